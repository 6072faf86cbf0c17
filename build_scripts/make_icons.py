"""Render resources/icons/app.svg to the app icon set with Qt (no other tools needed).

Writes ``build/icons/asthma-app-<N>.png`` for N in 16..512, ``asthma-app.ico`` (Windows) and,
where Qt's image plugin can write it, ``asthma-app.icns`` (macOS).
Usage: ``python build_scripts/make_icons.py [OUT_DIR]``
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    QGuiApplication.instance() or QGuiApplication([])  # noqa: B018 - Qt needs an app
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "app.svg"))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = out / f"asthma-app-{size}.png"
        image.save(str(path))
        written.append(path)
        if size == 256:
            big = image
    formats = {bytes(f).decode() for f in QImageWriter.supportedImageFormats()}
    for suffix in ("ico", "icns"):
        if suffix in formats:
            path = out / f"asthma-app.{suffix}"
            big.save(str(path), suffix)
            written.append(path)
    return written


if __name__ == "__main__":
    for path in render(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"):
        print(path)
