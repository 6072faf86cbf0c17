"""The charts' markers as images: a filled circle or triangle with a white rim, drawn at each
point of a line (QtCharts' "light markers").

Taken ready-made from ``marker_pixels`` (written by build_scripts/marker_pixels.py with
``draw_marker``): drawing them on a cold visit to Trends built PySide6's Python classes for
QPainter, QPainterPath and QPolygonF, which nothing else on that path needs (~7 million
instructions, 2 % of the visit). tests/ui/test_trends_cold.py checks every stored image
against ``draw_marker``; one not stored is drawn.
"""

from __future__ import annotations

import sys
from array import array

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage

CIRCLE, TRIANGLE = "circle", "triangle"  # (QScatterSeries' enum only for these: its class)
RIM = "#ffffff"
_WORD = "I" if array("I").itemsize == 4 else "L"  # 32 bits


def marker_image(shape: str, colour: str, size: int) -> QImage:
    from .marker_pixels import PIXELS  # lazy: only the charts need it

    stored = PIXELS.get((shape, colour, size))
    if stored is None:
        return draw_marker(shape, colour, size)
    # stored as ARGB words, most significant byte first: the image holds them in the
    # machine's order
    words = array(_WORD, stored)
    if sys.byteorder == "little":
        words.byteswap()
    return QImage(words.tobytes(), size, size, 4 * size,
                  QImage.Format.Format_ARGB32_Premultiplied).copy()


def stored_bytes(image: QImage) -> bytes:
    """``image``'s pixels as ``marker_image`` reads them back (for the generator)."""
    words = array(_WORD, (image.pixel(x, y) for y in range(image.height())
                        for x in range(image.width())))
    if sys.byteorder == "little":
        words.byteswap()
    return words.tobytes()


def draw_marker(shape: str, colour: str, size: int) -> QImage:
    """The marker drawn by QPainter (what ``marker_pixels`` stores).

    Drawn without ``QImage.fill``, ``QPainter.setPen`` or ``setBrush``: each has overloads
    taking ``Qt`` enums, and PySide6 builds the whole namespace to rule them out
    (``charts.SOLID``).
    """
    from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF  # lazy: see above

    image = QImage(bytes(4 * size * size), size, size, 4 * size,  # transparent
                   QImage.Format.Format_ARGB32_Premultiplied).copy()
    path = QPainterPath()
    if shape == TRIANGLE:
        path.addPolygon(QPolygonF([QPointF(size / 2, 0.5), QPointF(size - 0.5, size - 0.5),
                                   QPointF(0.5, size - 0.5), QPointF(size / 2, 0.5)]))
    else:
        path.addEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillPath(path, _solid_brush(colour))
    rim = QPen()
    rim.setColor(QColor(RIM))
    rim.setWidthF(1)
    painter.strokePath(path, rim)
    painter.end()
    return image


def _solid_brush(colour: str):
    """A brush of one colour: a texture of one pixel (``QBrush(QColor)``: see ``draw_marker``)."""
    from PySide6.QtGui import QBrush  # lazy: see draw_marker

    pixel = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    pixel.setPixelColor(0, 0, QColor(colour))
    return QBrush(pixel)
