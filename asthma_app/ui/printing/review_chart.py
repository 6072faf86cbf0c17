"""A small peak-flow chart for the printed review summary, drawn with QPainter into a QImage.

Kept separate on purpose: the Trends page has its own chart renderer, which can replace this
one later (same inputs: the summary's readings and plan). Black-and-white safe: the zone
lines are dashed differently and labelled in words.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from ...domain.review import ReviewSummary
from ...domain.statistics import to_scale
from ...domain.text import fill
from ...domain.zones import threshold_value
from ..dates import format_date

translate = QCoreApplication.translate  # called with its context: pyside6-lupdate finds it


def render_review_chart(summary: ReviewSummary, width: int = 1800, height: int = 700) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(14, height // 26))
    painter.setFont(font)
    try:
        _draw(painter, summary, QRectF(width * 0.07, height * 0.05, width * 0.78, height * 0.82))
    finally:
        painter.end()
    return image


def _points(summary: ReviewSummary) -> list[tuple[datetime, int]]:
    scale = summary.stats.scale
    out = []
    for reading in summary.readings:
        value = to_scale(reading.value, reading.scale, scale)
        if value is not None:
            out.append((reading.taken_at, value))
    return out


def chart_description(summary: ReviewSummary) -> str:
    """The chart in words (its text alternative in the printed summary): what a reader who
    cannot see the picture needs from it — the range of readings and how many fell below the
    plan's amber and red lines."""
    points = _points(summary)
    if not points:
        return translate("ReviewChart", "Chart: no peak-flow readings in this period.")
    values = [value for _moment, value in points]
    plan = summary.current_plan
    text = fill(translate("ReviewChart", "Chart: %1 peak-flow readings from %2 to %3, from %4 "
                                         "to %5 L/min."),
                len(values), format_date(summary.start), format_date(summary.end),
                min(values), max(values))
    if plan and plan.personal_best:
        amber = threshold_value(plan.personal_best, plan.amber_below_pct)
        red = threshold_value(plan.personal_best, plan.red_below_pct)
        text += " " + fill(translate("ReviewChart", "Personal best %1 L/min. %2 readings were "
                                                    "below the amber line (%3 L/min) and %4 "
                                                    "below the red line (%5 L/min)."),
                           plan.personal_best, sum(v < amber for v in values), amber,
                           sum(v < red for v in values), red)
    return text


def _draw(painter: QPainter, summary: ReviewSummary, area: QRectF) -> None:
    points = _points(summary)
    plan = summary.current_plan
    best = plan.personal_best if plan and plan.personal_best else None
    values = [v for _t, v in points] + ([best] if best else [])
    if not values:
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter,
                         translate("ReviewChart", "No peak-flow readings in this period."))
        return
    low = max(0, (min(values) - 50) // 50 * 50)
    high = (max(values) + 50) // 50 * 50 + 50
    start = datetime.combine(summary.start, datetime.min.time())
    span = (summary.end - summary.start + timedelta(days=1)).total_seconds()

    def x(moment: datetime) -> float:
        return area.left() + area.width() * (moment - start).total_seconds() / span

    def y(value: float) -> float:
        return area.bottom() - area.height() * (value - low) / (high - low)

    _axes(painter, area, low, high, y, summary)
    if best:
        _zone_lines(painter, area, plan, best, y)
    path = QPainterPath()
    for index, (moment, value) in enumerate(points):
        (path.moveTo if index == 0 else path.lineTo)(QPointF(x(moment), y(value)))
    painter.setPen(QPen(QColor("#1565c0"), 3))
    painter.drawPath(path)
    painter.setBrush(QColor("#1565c0"))
    radius = 3 if len(points) > 200 else 5
    for moment, value in points:
        painter.drawEllipse(QPointF(x(moment), y(value)), radius, radius)


def _axes(painter, area: QRectF, low: int, high: int, y, summary: ReviewSummary) -> None:
    painter.setPen(QPen(QColor("#9e9e9e"), 1))
    step = 50 if high - low <= 400 else 100
    for value in range(int(low), int(high) + 1, step):
        painter.drawLine(QPointF(area.left(), y(value)), QPointF(area.right(), y(value)))
        painter.drawText(QRectF(0, y(value) - 20, area.left() - 8, 40),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
    painter.setPen(QPen(QColor("black"), 2))
    painter.drawRect(area)
    below = QRectF(area.left(), area.bottom() + 4, area.width(), 60)
    painter.drawText(below, Qt.AlignmentFlag.AlignLeft, summary.start.isoformat())
    painter.drawText(below, Qt.AlignmentFlag.AlignRight, summary.end.isoformat())
    painter.drawText(below, Qt.AlignmentFlag.AlignHCenter,
                     fill(translate("ReviewChart", "Peak flow, L/min (%1 scale)"),
                          summary.stats.scale.value))


def _zone_lines(painter, area: QRectF, plan, best: int, y) -> None:
    lines = ((best, translate("ReviewChart", "Personal best"), Qt.PenStyle.SolidLine, "#1b5e20"),
             (threshold_value(best, plan.amber_below_pct), translate("ReviewChart", "Amber below"),
              Qt.PenStyle.DashLine, "#8d6e00"),
             (threshold_value(best, plan.red_below_pct), translate("ReviewChart", "Red below"),
              Qt.PenStyle.DotLine, "#b71c1c"))
    for value, text, style, colour in lines:
        pen = QPen(QColor(colour), 3)
        pen.setStyle(style)
        painter.setPen(pen)
        painter.drawLine(QPointF(area.left(), y(value)), QPointF(area.right(), y(value)))
        painter.drawText(QRectF(area.right() + 8, y(value) - 20, 400, 40),
                         Qt.AlignmentFlag.AlignVCenter, f"{text} {value}")
