"""Trends: peak flow, reliever use and nights woken over a chosen period, with statistics.

Loads nothing until it is first shown (keeps start-up fast) and only the period shown.
Keys: Left/Right move the period a quarter of its length, Page Up/Page Down a whole length.
"""

from __future__ import annotations

import gc
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.readings import Period
from ...domain.text import fill
from ..widgets.common import (
    format_date,
    format_datetime,
    label,
    left_to_right,
    to_date,
    to_qdate,
)
from ..widgets.measured_label import measured_label
from .base import Page

if TYPE_CHECKING:
    from ..widgets.trend_panels import TrendsTables

# Charts, statistics and their services are imported on first use (see ``_build``): the
# Trends page must not slow down the start-up of the Today screen.

RANGE_KEYS = ("2w", "3m", "1y", "all", "custom")
# Properties set by value: the ``Qt`` namespace's enums cost a sixth of opening Trends cold
# (see ``charts.SOLID``); it is imported where a key press or the idle preparation needs it.
STRONG_FOCUS, NO_FOCUS, SCROLL_BAR_ALWAYS_ON = 11, 0, 2
RESIZE_REDRAW_MS = 150



def _see_through_scrolling(body: QWidget, into: QBoxLayout, stretch: int = 0,
                           frame: bool = False) -> QScrollArea:
    """``body`` in a scroll area (``frame``: with the style's frame, else none), added to
    ``into``, that, like ``body``, leaves its background to the page behind it, all one
    colour. A scroll area fills both, and Qt paints a widget filling its background on its
    own as well as with the window around it: the first visit drew the whole page twice
    (~40 M instructions)."""
    area = QScrollArea(into.parentWidget())  # its scroll bars styled in the page, see below
    viewport = QWidget()  # made here: the one Qt makes would need asking for (``ChartView``)
    area.setViewport(viewport)
    viewport.setAutoFillBackground(False)
    area.setWidgetResizable(True)
    if not frame:
        area.setFrameShape(QScrollArea.Shape.NoFrame)
    # In its place first: ``setWidget`` shows ``body``, and Qt styles a widget as it is
    # shown, so ``body`` would be styled outside the page and again when moved into it.
    into.addWidget(area, stretch)
    area.setWidget(body)  # sets ``body`` to fill its background
    body.setAutoFillBackground(False)
    return area


class TrendsPage(Page):
    key = "trends"

    def __init__(self, mode, parent=None):
        super().__init__(mode, parent)
        self.service = None
        self.view = None
        self.range_key = "3m"
        self.start = self.end = None
        self._dirty = True
        self._drawn_for: tuple = ()
        self.built = False
        self.setProperty("focusPolicy", STRONG_FOCUS)
        QVBoxLayout(self)

    def prepare(self) -> None:
        """Idle time before the first visit: build, then read, draw and lay out the first
        visit's period at the size the page will have, so that the visit only paints.
        ``showEvent`` draws again if the data, the day or the charts' width changed since."""
        self._prepare(idle=True)

    def before_visit(self) -> None:
        """A visit before (or without) the idle preparation: the same, now. Else the visit
        drew the charts at the hidden page's size, laid them out, and a resize drew them
        again for the real one."""
        self._prepare(idle=False)

    def _prepare(self, idle: bool) -> None:
        # Building the page makes thousands of objects and no garbage: the collector ran ~14
        # times during a cold visit (2-4 ms) for nothing. It runs once after, if it was on
        # (start-up turns it on after the first paint).
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._prepare_now(idle)
        finally:
            if collecting:
                gc.enable()

    def _prepare_now(self, idle: bool) -> None:
        self._build()
        if self.service is not None and self._dirty and self.range_key != "custom":
            # the time axes' dates before their first layout (see ``charts.set_period``)
            self.charts.set_period(*self.service.range_for(self.range_key))
        self.ensurePolished()  # hidden, so not yet styled: sizes must use the style's fonts
        if idle:  # drawn by our items from now on (charts.TrendsCharts._own_items)
            self.charts.dashes()
        if self.service is None or not self._dirty or self.range_key == "custom":
            return
        # The charts are laid out once their period is drawn in them: laid out at their
        # sizes first, each value axis' labels were laid out again as it got its range, and
        # QtCharts laid the charts out again after (9 chart layouts, now 4: ~12 M).
        views = self.charts.views()
        for view_ in views:
            view_.hold(True)
        try:
            if not self._lay_out_hidden(idle):
                self.service.prepare(*self.service.range_for(self.range_key))  # read, at least
                return
            self.reload()
        finally:
            for view_ in views:
                view_.hold(False)
        self._lay_out_hidden(idle)  # again: the new texts and series change sizes
        # Qt tells a scroll area that its widget's size changed only while it is on screen:
        # told after a cold visit's first paint, the figures' panel grew under the reader's
        # eyes. Told now, and laid out at the new sizes.
        for area in (self.side, self.scroll_area):
            QCoreApplication.sendEvent(area, QEvent(QEvent.Type.LayoutRequest))
        self._lay_out_hidden(idle)

    def _lay_out_hidden(self, idle: bool) -> bool:
        """Give the hidden page the geometry it will have when its stack shows it, and lay
        it out there: Qt lays out a hidden widget only when asked to draw it. False if the
        page is not in a stack (nothing to predict its size from)."""
        holder = self.parentWidget()
        stack = holder.parentWidget() if holder is not None else None
        if stack is None or self.isVisible():
            return False
        holder.setGeometry(stack.contentsRect())  # what QStackedLayout gives the current page
        if idle:
            # Qt shows each child the first time with its parent and then invalidates the
            # layouts above it: done now, the visit has less to lay out again (6 % of its
            # instructions). Not just before a visit: it takes the ``Qt`` namespace
            # (STRONG_FOCUS), and the visit shows the children next anyway.
            from PySide6.QtCore import Qt  # lazy: see STRONG_FOCUS

            for child in self.findChildren(QWidget):
                if not (child.isWindow()
                        or child.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)):
                    child.show()
        # Drawing one pixel makes Qt lay out the hidden page and every widget in it and
        # deliver their resize events, as showing it would (QWidget::render). By ``grab``:
        # ``render`` has an overload taking a QPainter, and PySide6 built QPainter's Python
        # class (~5 M instructions) to rule it out.
        self.grab(QRect(0, 0, 1, 1))
        return True

    def _build(self) -> None:
        """Make the widgets on first use: charts cost start-up time the Today screen needs."""
        if self.built:
            return
        self.built = True
        from ..charts import TrendsCharts  # lazy: start-up
        from ..widgets.trend_panels import StatsPanel  # lazy: start-up

        # A resize redraws for the new width once it has stopped (dragging a window's edge
        # resizes it many times a second).
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(RESIZE_REDRAW_MS)
        self._resized.timeout.connect(self._on_resized_timeout)
        # The tables are made when first asked for: a stack lays out every page, hidden or
        # not, so they cost each range change a sixth of its layout (and the first visit
        # their making).
        self.tables: TrendsTables | None = None
        self.stack = QStackedWidget()
        self.stats = StatsPanel()
        self.selection = measured_label(self.tr("Click a dot on the chart to see that reading."),
                                        "hint")
        self.period_label = measured_label("", "hint")
        # Made from the page down, each container in the page before what it holds: Qt
        # styles a widget when it is shown (a stack shows its page, a scroll area its
        # widget), and one styled outside the page was styled again, with everything in
        # it, when moved in (55 widgets; Trends opened cold: ~20 M instructions).
        content = QWidget()
        outer = QVBoxLayout(content)
        # at 200 % text: charts taller
        area = self.scroll_area = _see_through_scrolling(content, self.layout())
        area.setProperty("focusPolicy", NO_FOCUS)  # arrow keys stay the page's (moving time)
        # The scroll bar's room is kept even when all fits: appearing after the first layout,
        # it made the charts lay out and draw twice on every visit (~20 ms) and shift sideways.
        area.setProperty("verticalScrollBarPolicy", SCROLL_BAR_ALWAYS_ON)
        outer.addWidget(measured_label(self.tr("Trends"), "pageTitle"))
        outer.addLayout(self._range_row())
        dates, actions = self._action_rows()
        outer.addLayout(dates)
        outer.addLayout(actions)
        outer.addWidget(self.period_label)
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        outer.addWidget(self.selection)
        body.addWidget(self.stack, 3)
        self.charts = TrendsCharts(self.stack)
        self.charts.point_selected.connect(self._on_charts_point_selected)
        self.charts.peak_view.dragged.connect(self._on_chart_dragged)
        self.charts.peak_view.installEventFilter(self)
        self.stack.addWidget(self.charts)
        side = self.side = _see_through_scrolling(self.stats, body, 1, frame=True)
        # Its scroll bar's room kept too (``_fit_side`` counts it): appearing after the
        # figures were filled, it narrowed them after a cold visit's first paint.
        side.setProperty("verticalScrollBarPolicy", SCROLL_BAR_ALWAYS_ON)
        self._fit_side()

    def _range_row(self) -> QHBoxLayout:
        names = {"2w": self.tr("2 weeks"), "3m": self.tr("3 months"), "1y": self.tr("1 year"),
                 "all": self.tr("All"), "custom": self.tr("Custom")}
        self.range_buttons = QButtonGroup(self)
        row = QHBoxLayout()
        for key in RANGE_KEYS:
            # one of several: radio buttons, so assistive technologies say "1 of 5, selected"
            button = QRadioButton(names[key])
            button.setChecked(key == self.range_key)
            button.setToolTip(self.tr("Show this period"))
            self.range_buttons.addButton(button)
            button.clicked.connect(lambda _c=False, k=key: self.set_range(k))
            row.addWidget(button)
        self.range_button = dict(zip(RANGE_KEYS, self.range_buttons.buttons(), strict=True))
        self.earlier = QPushButton(self.tr("\u2190 Earlier"))
        self.earlier.setAccessibleName(self.tr("Earlier"))
        self.earlier.clicked.connect(lambda: self.move_window(-1.0))
        self.later = QPushButton(self.tr("Later \u2192"))
        self.later.setAccessibleName(self.tr("Later"))
        self.later.clicked.connect(lambda: self.move_window(1.0))
        row.addSpacing(12)
        row.addWidget(self.earlier)
        row.addWidget(self.later)
        row.addStretch(1)
        return row

    def _fit_side(self) -> None:
        """The figures panel grows with the text size, so no value is cut off: its own
        width plus its frame and its scroll bar's (at 200 % the old fixed allowance of 40
        pixels cut "L/min" to "L/mir")."""
        side = self.side
        self.stats.ensurePolished()
        side.setMinimumWidth(max(280, self.stats.fit_width() + 2 * side.frameWidth()
                                 + side.verticalScrollBar().sizeHint().width()))

    def changeEvent(self, event):  # noqa: N802 - Qt override
        super().changeEvent(event)
        if self.built and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_side()
            self.charts.fit_text()

    def _action_rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The dates, then the actions: one row of both is wider than a laptop at 200 %."""
        self.from_edit, self.to_edit = left_to_right(QDateEdit()), left_to_right(QDateEdit())
        row = QHBoxLayout()
        for text, edit in ((self.tr("From"), self.from_edit), (self.tr("To"), self.to_edit)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(text)
            caption = label(text, wrap=False)
            caption.setBuddy(edit)
            edit.dateChanged.connect(self._on_date_edit_changed)
            row.addWidget(caption)
            row.addWidget(edit)
        self.table_button = QPushButton(self.tr("View as table"))
        self.table_button.setCheckable(True)
        self.table_button.toggled.connect(self._on_table_button_toggled)
        self.save_button = QPushButton(self.tr("Save chart as PNG\u2026"))
        if not self.mode.offers_files:  # (shown with the page: showing it here styled it
            self.save_button.hide()      # outside the page, see ``_build``)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.best_button = QPushButton(self.tr("Find my personal best\u2026"))
        self.best_button.clicked.connect(self.open_personal_best)
        row.addStretch(1)
        actions = QHBoxLayout()
        for button in (self.table_button, self.save_button, self.best_button):
            actions.addWidget(button)
        actions.addStretch(1)
        return row, actions

    def title(self) -> str:
        return self.tr("Trends")

    # --- loading ----------------------------------------------------------------------------

    def set_session(self, session) -> None:
        from ...services.trends import TrendsService  # lazy: start-up

        self.service = TrendsService(session) if session else None
        super().set_session(session)

    def refresh(self) -> None:
        """Data changed: reload now if visible, else when next shown."""
        self._dirty = True
        if self.service is not None:
            self.service.refresh()
        if self.isVisible():
            self.reload()

    def showEvent(self, event):  # noqa: N802 - Qt override
        self._build()
        super().showEvent(event)
        if self._dirty or self._drawn_for != self._drawing_now():
            self.reload()

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.Resize and self.view is not None
                and self.isVisible()):
            self._resized.start()
        return super().eventFilter(watched, event)

    def _on_resized_timeout(self) -> None:
        """Points and bars are cut to the charts' width: draw again for a new one (a first
        visit also draws before the page is laid out, at the hidden page's width)."""
        if (self.isVisible() and self.start is not None
                and self._drawn_for != self._drawing_now()):
            self.show_period(self.start, self.end)

    def _drawing_now(self) -> tuple:
        """What a drawn period depends on besides the data: the day (a named range ends
        today) and the charts' width (points and bars are cut to it)."""
        return (self.service.today() if self.service is not None else None,
                self.charts.plot_width())

    def reload(self) -> None:
        if self.service is None:
            return
        self._build()
        self._dirty = False
        if self.range_key == "custom" and self.start is not None:
            self.show_period(self.start, self.end)
        else:
            self.set_range(self.range_key if self.range_key != "custom" else "3m")

    def set_range(self, key: str) -> None:
        self._build()
        self.range_key = key
        self.range_button[key].setChecked(True)
        if key == "custom":
            self.show_period(to_date(self.from_edit.date()), to_date(self.to_edit.date()))
            return
        self.show_period(*self.service.range_for(key))

    def show_period(self, start: date, end: date) -> None:
        self._build()
        if end < start:
            start, end = end, start
        self.start, self.end = start, end
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
        self._drawn_for = self._drawing_now()
        self.view = self.service.view(start, end, self._drawn_for[1])
        self.charts.show_view(self.view)
        self.stats.show_view(self.view)
        if self.tables is not None and self.table_button.isChecked():
            self.tables.show_view(self.view)
        self.period_label.setText(fill(self.tr("%1 to %2 (%n days)", "", self.view.stats.days),
                                       format_date(start), format_date(end)))
        self.later.setEnabled(end < self.service.today())
        self.selection.setText(self.tr("Click a dot on the chart to see that reading."))

    # --- moving along -----------------------------------------------------------------------

    def move_window(self, fraction: float) -> None:
        """Move the period by ``fraction`` of its length (negative: earlier), not past today."""
        if self.start is None:
            return
        length = (self.end - self.start).days + 1
        shift = timedelta(days=round(length * fraction) or (1 if fraction > 0 else -1))
        today = self.service.today()
        if self.end + shift > today:
            shift = today - self.end
        if not shift:
            return
        self.range_key = "custom"
        self.range_button["custom"].setChecked(True)
        self.show_period(self.start + shift, self.end + shift)

    def keyPressEvent(self, event):  # noqa: N802 - Qt override
        from PySide6.QtCore import Qt  # lazy: see STRONG_FOCUS

        steps = {Qt.Key.Key_Left: -0.25, Qt.Key.Key_Right: 0.25,
                 Qt.Key.Key_PageUp: -1.0, Qt.Key.Key_PageDown: 1.0}
        if event.key() in steps:
            self.move_window(steps[event.key()])
            return
        super().keyPressEvent(event)

    def _on_chart_dragged(self, fraction: float) -> None:
        self.move_window(fraction)

    def _on_date_edit_changed(self, _date) -> None:
        if self.service is not None:
            self.range_key = "custom"
            self.set_range("custom")

    # --- selection, table, PNG, personal best -----------------------------------------------

    def _on_charts_point_selected(self, period_value: str, index: int) -> None:
        self._describe(Period(period_value), index)

    def select_point(self, period: Period, index: int) -> str:
        """Select the ``index``-th point of ``period`` (as a click on it does); its text."""
        self.charts.select(period, index)
        return self.selection.text()

    def _describe(self, period: Period, index: int) -> str:
        point = self.view.series(period).points[index]
        when = format_datetime(point.at) if point.count == 1 else format_date(point.bucket_start)
        from ...services.trends import describe_point  # lazy: start-up

        text = describe_point(self.view, period, point, when)
        self.selection.setText(text)
        return text

    def _on_table_button_toggled(self, checked: bool) -> None:
        if checked and self.tables is None:
            from ..widgets.trend_panels import TrendsTables  # lazy: see _build

            self.tables = TrendsTables()
            self.stack.addWidget(self.tables)
        if checked and self.view is not None and self.tables is not None:
            self.tables.show_view(self.view)
        self.stack.setCurrentWidget(self.tables if checked else self.charts)
        self.table_button.setText(self.tr("View as chart") if checked
                                  else self.tr("View as table"))

    def _on_save_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # lazy: its enums cost the first visit

        name = f"peak-flow-{self.start.isoformat()}-to-{self.end.isoformat()}.png"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save chart as PNG"), str(Path.home() / name),
            self.tr("PNG images (*.png)"))
        if path:
            self.save_png(Path(path))

    def save_png(self, path: Path) -> bool:
        """Save the charts as shown now (not the table) to ``path``."""
        return self.charts.grab().save(str(path), "PNG")

    def open_personal_best(self):
        from ..dialogs.personal_best import PersonalBestDialog  # lazy: start-up

        self.dialog = PersonalBestDialog(self.session, self)
        self.dialog.plan_saved.connect(lambda _plan: self.data_changed.emit())
        self.dialog.open()
        return self.dialog


def render_trends_png(session, start: date, end: date, path: Path,
                      size: tuple[int, int] = (1200, 700)) -> bool:
    """Draw the Trends charts for ``[start, end]`` into a PNG file (for the review summary)."""
    from PySide6.QtCore import Qt  # lazy: see STRONG_FOCUS

    from ...services.trends import TrendsService  # lazy: start-up
    from ..charts import TrendsCharts  # lazy: start-up

    widget = QWidget()
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    charts = TrendsCharts(widget)
    layout = QVBoxLayout(widget)
    layout.addWidget(charts)
    widget.resize(*size)
    widget.show()
    charts.show_view(TrendsService(session).view(start, end, charts.plot_width()))
    saved = widget.grab().save(str(path), "PNG")
    widget.close()
    widget.deleteLater()
    return saved
