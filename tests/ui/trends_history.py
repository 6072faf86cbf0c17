"""Four years of made-up history for the Trends page's tests (the ``trends`` fixture)."""

from __future__ import annotations

from asthma_app.domain.synthetic import generate_history

HISTORY = generate_history(years=4, seed=3, readings_per_session=2)
