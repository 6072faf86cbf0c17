"""Timings for the Trends code (run by hand: ``python tests/benchmarks/bench_trends.py``).

Not a test: timings depend on the machine. Prints the best of several runs.
"""

from __future__ import annotations

import sys
import timeit
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from asthma_app.domain.series import (
    daily_nights,
    daily_reliever,
    points_for_chart,
    zone_bands,
)
from asthma_app.domain.statistics import notes_for, period_stats
from asthma_app.domain.synthetic import generate_history


def best_ms(func, repeat: int = 5) -> float:
    return min(timeit.repeat(func, number=1, repeat=repeat)) * 1000


def main() -> None:
    print(f"generate_history(years=20): {best_ms(generate_history, 3):.0f} ms")
    history = generate_history()
    print(f"  {len(history.readings)} readings, {len(history.entries)} diary entries")
    year = generate_history(years=1)
    one_year = lambda: period_stats(year.readings, year.entries, year.plans, year.start, year.end)
    print(f"period_stats, 1 year ({len(year.readings)} readings, {len(year.entries)} entries): "
          f"{best_ms(one_year):.1f} ms")
    stats = one_year()
    print(f"notes_for: {best_ms(lambda: notes_for(stats, year.plans.latest())):.2f} ms")
    first, last = history.start, history.end
    data = (history.readings, history.entries, history.plans)
    last_year = lambda: period_stats(*data, date(2025, 1, 1), last)
    print(f"period_stats, last year out of 20 years of data: {best_ms(last_year):.1f} ms")
    print(f"period_stats, all 20 years: {best_ms(lambda: period_stats(*data, first, last)):.1f} ms")
    chart = lambda: points_for_chart(history.readings, first, last, 500)
    print(f"points_for_chart, 20 years -> 500 points: {best_ms(chart):.1f} ms")
    daily = lambda: (daily_reliever(history.entries, first, last),
                     daily_nights(history.entries, first, last),
                     zone_bands(history.plans, first, last))
    print(f"daily_reliever + daily_nights + zone_bands, 20 years: {best_ms(daily):.1f} ms")


if __name__ == "__main__":
    main()
