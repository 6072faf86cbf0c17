"""Render resources/icons/app.svg to the app icon set with Qt (no other tools needed).

Writes ``build/icons/asthma-app-<N>.png`` for N in 16..1024, ``asthma-app.ico`` (Windows: every
size up to 256 in one file, PNG-compressed entries as Windows Vista and later read them) and
``asthma-app.icns`` (macOS: the PNG-based entries 16 to 1024). Both containers are written here
rather than with Qt's single-image writers, so each size is drawn from the SVG, not scaled.
Usage: ``python build_scripts/make_icons.py [OUT_DIR]``
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09",
              1024: b"ic10"}  # Apple's PNG-based icon element types


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    QGuiApplication.instance() or QGuiApplication([])  # Qt needs an app to draw
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg"))
    out.mkdir(parents=True, exist_ok=True)
    written, pngs = [], {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = out / f"asthma-app-{size}.png"
        image.save(str(path))
        written.append(path)
        pngs[size] = path.read_bytes()
    ico = out / "asthma-app.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = out / "asthma-app.icns"
    icns.write_bytes(icns_bytes({ICNS_TYPES[size]: pngs[size] for size in ICNS_TYPES}))
    return [*written, ico, icns]


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """ICONDIR, one ICONDIRENTRY per size (256 is written as 0), then the PNG data."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, data = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        data += png
    return header + entries + data


def icns_bytes(elements: dict[bytes, bytes]) -> bytes:
    """'icns', total length, then (type, length incl. 8-byte header, PNG) per element."""
    body = b"".join(kind + struct.pack(">I", len(png) + 8) + png for kind, png in elements.items())
    return b"icns" + struct.pack(">I", len(body) + 8) + body


if __name__ == "__main__":
    for path in render(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"):
        print(path)
