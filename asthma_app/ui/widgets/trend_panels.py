"""Beside and instead of the Trends charts: the statistics panel and the same data as tables."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from ...domain.readings import Period
from ...domain.text import fill
from ...services.trends import judge_value
from .common import format_date, format_datetime, label
from .measured_label import measured_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableWidget

# The tables' classes and the ``Qt`` namespace are imported when the tables are first made
# (``View as table``): PySide6 builds each class's Python enums on first use, and ``Qt``'s
# alone cost a sixth of opening Trends cold (see ``ui.charts.SOLID``).


def _tr(text: str) -> str:
    return QCoreApplication.translate("Trends", text)


def _or_dash(value, unit: str = "") -> str:
    if value is None:
        return _tr("no data")
    return f"{value}{unit}"


class StatsPanel(QWidget):
    """The figures for the period as label/value pairs, then the plain-language notes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = measured_label(self.tr("This period"), "sectionTitle")
        self.form = QFormLayout()
        self.values = {}
        self.notes_heading = measured_label(self.tr("What the diary shows"), "sectionTitle")
        self.notes = measured_label()
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.notes_heading)
        layout.addWidget(self.notes)
        layout.addStretch(1)

    def value_width(self) -> int:
        """Room for the widest value the figures can take (a count of twenty years of
        doses, the days in each zone over twenty years, a flow, "no data"): each value keeps
        it, so none is cut at the panel's edge at 200 % text; the captions wrap instead."""
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(text) for text in (
            "000 L/min", "00000 / 00000", "0000 / 0000 / 0000", "100.0 %", _tr("no data"),
            QCoreApplication.translate("Trends", "no figure")))

    def fit_width(self) -> int:
        """The least width showing a value whole beside a caption of a usual length."""
        width = self.value_width()  # once: six texts measured
        for value in self.values.values():
            value.setMinimumWidth(width)
        margins = self._layout.contentsMargins()
        spacing = self.form.horizontalSpacing()
        if spacing < 0:
            spacing = self.style().pixelMetric(self.style().PixelMetric.PM_LayoutHorizontalSpacing)
        return (margins.left() + margins.right() + max(0, spacing) + width
                + self.fontMetrics().horizontalAdvance(self.tr("Reliever days a week")))

    def rows(self, stats, view=None) -> list[tuple[str, str]]:
        unit = " L/min"
        return self._peak_rows(stats, unit) + (_medicine_rows(view) if view else [])

    def _peak_rows(self, stats, unit: str) -> list[tuple[str, str]]:
        return [
            (self.tr("Peak flow readings"), str(stats.readings_count)),
            (self.tr("Average morning"), _or_dash(stats.mean_morning, unit)),
            (self.tr("Average evening"), _or_dash(stats.mean_evening, unit)),
            (self.tr("Highest"), _or_dash(stats.highest, unit)),
            (self.tr("Lowest"), _or_dash(stats.lowest, unit)),
            (self.tr("Lowest % of best"), _or_dash(stats.lowest_pct_best, " %")),
            (self.tr("Variability"), _or_dash(stats.variability_pct, " %")),
            (self.tr("Days green / amber / red"),
             f"{stats.days_green} / {stats.days_amber} / {stats.days_red}"),
            (self.tr("Days with no data"), str(stats.days_no_data)),
            (self.tr("Reliever days a week"), str(stats.reliever_days_per_week)),
            (self.tr("Nights woken a week"), str(stats.nights_woken_per_week)),
            (self.tr("Readings missed"), str(stats.readings_missed)),
        ]

    def show_view(self, view) -> None:
        rows = self.rows(view.stats, view)
        if not self.values:
            width = self.value_width()  # once, not per row: six texts measured
            for name, _value in rows:
                value = label("", wrap=False)
                value.setMinimumWidth(width)
                caption = measured_label(name)
                caption.setBuddy(value)
                self.form.addRow(caption, value)
                self.values[name] = value
        for name, value in rows:
            self.values[name].setText(value)
            self.values[name].setAccessibleName(f"{name}: {value}")
        self.notes.setText("\n\n".join(view.notes))


def doses_text(due: int, taken: int) -> str:
    """"75 % (3 of 4 due)", or a plain "none due" (never 0 % or 100 % without doses)."""
    translate = QCoreApplication.translate  # spelled out: lupdate does not follow _tr
    if not due:
        return translate("Trends", "no doses due (no times in the plan)")
    return fill(translate("Trends", "%1 % (%2 of %3 due)"), taken * 100 // due, taken, due)


def _medicine_rows(view) -> list[tuple[str, str]]:
    # short values: the panel is as wide as its longest peak-flow value (``_fit_side``)
    translate = QCoreApplication.translate
    due, taken = view.doses_due, view.doses_taken
    return [(translate("Trends", "Preventer doses taken"),
             fill(translate("Trends", "%1 %"), taken * 100 // due) if due
             else translate("Trends", "no figure")),
            (translate("Trends", "Doses taken / due"), f"{taken} / {due}"),
            (translate("Trends", "Reliever puffs a week"),
             _or_dash(view.reliever_puffs_per_week))]


def _table(headers: list[str], name: str) -> QTableWidget:
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget  # lazy: above

    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    from PySide6.QtCore import Qt  # lazy: see the imports
    from PySide6.QtWidgets import QTableWidgetItem  # lazy: see the imports

    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, item)


class TrendsTables(QWidget):
    """What the charts draw, as rows: one per peak-flow point, one per diary bar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.peak_table = _table([self.tr("Date"), self.tr("Session"), self.tr("Peak flow"),
                                  self.tr("% of best"), self.tr("Zone")],
                                 self.tr("Peak flow readings table"))
        self.diary_table = _table([self.tr("From"), self.tr("Days"), self.tr("Reliever puffs"),
                                   self.tr("Nights woken"), self.tr("Preventer doses taken")],
                                  self.tr("Reliever and nights table"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label(self.tr("Peak flow"), "sectionTitle"))
        layout.addWidget(self.peak_table, 3)
        layout.addWidget(label(self.tr("Reliever and nights woken"), "sectionTitle"))
        layout.addWidget(self.diary_table, 2)

    def show_view(self, view) -> None:
        _fill(self.peak_table, peak_rows(view))
        no_entry = self.tr("no diary entry")
        doses = list(view.adherence) or [None] * len(view.reliever)
        _fill(self.diary_table, [
            [format_date(bar.start), str(bar.days),
             no_entry if bar.value is None else str(bar.value),
             no_entry if night.value is None else str(night.value),
             doses_text(dose.due, dose.taken) if dose else doses_text(0, 0)]
            for bar, night, dose in zip(view.reliever, view.nights, doses, strict=True)])


def peak_rows(view) -> list[list[str]]:
    """Rows for the peak-flow table, oldest first, from exactly the points the chart draws."""
    tagged = [(point, period) for period in (Period.MORNING, Period.EVENING)
              for point in view.series(period).points]
    tagged.sort(key=lambda pair: pair[0].at)
    rows = []
    for point, period in tagged:
        pct, zone = judge_value(point.low, view.scale, view.timeline.plan_at(point.at))
        if point.count == 1:
            when, value = format_datetime(point.at), str(point.high)
        else:
            days = view.series(period).bucket_days
            last = point.bucket_start + timedelta(days=days - 1)
            when = fill(_tr("%1 to %2"), format_date(point.bucket_start), format_date(last))
            value = fill(_tr("%1 to %2 (average %3, %4 readings)"), point.low, point.high,
                         round(point.mean), point.count)
        rows.append([when, period.label(), value, _or_dash(pct, " %"),
                     zone.short_label() if zone else _tr("no zone")])
    return rows
