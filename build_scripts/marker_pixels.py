"""Write asthma_app/ui/marker_pixels.py: every marker the Trends charts draw
(``charts.MARKERS``), drawn by ``chart_markers.draw_marker``, stored as pixels.

    python build_scripts/marker_pixels.py

Run again after changing a marker's shape, colour or size, or how it is drawn:
tests/ui/test_trends_cold.py fails while the stored pixels differ from the drawing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUTPUT = ROOT / "asthma_app" / "ui" / "marker_pixels.py"
HEADER = '''"""The Trends charts' markers as pixels (see ``chart_markers``): written by
build_scripts/marker_pixels.py from ``chart_markers.draw_marker``; do not edit."""

# (shape, colour, size): size x size ARGB words, premultiplied, row by row, most
# significant byte first
PIXELS = {
'''


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    from asthma_app.ui import chart_markers, charts

    _app = QGuiApplication.instance() or QGuiApplication([])
    lines = [HEADER]
    for shape, colour, size in charts.MARKERS:
        data = chart_markers.stored_bytes(chart_markers.draw_marker(shape, colour, size)).hex()
        lines.append(f"    ({shape!r}, {colour!r}, {size}): bytes.fromhex(\n")
        for at in range(0, len(data), 80):
            lines.append(f'        "{data[at:at + 80]}"\n')
        lines.append("    ),\n")
    lines.append("}\n")
    OUTPUT.write_text("".join(lines), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(charts.MARKERS)} markers)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
