"""Build the installable bundle: icons, then PyInstaller (onedir), then report the size.

Usage (any OS, from the repository root, with the build extra installed):
    python build_scripts/build_bundle.py        # or: make bundle
Output: dist/asthma-app/ (Linux, Windows) or dist/Asthma Plan & Diary.app (macOS).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "asthma-app"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    subprocess.run([sys.executable, str(ROOT / "build_scripts" / "make_icons.py")], check=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyi"),
                    str(ROOT / "build_scripts" / "asthma_app.spec")], check=True, cwd=ROOT)
    if sys.platform.startswith("linux"):
        desktop = ROOT / "build_scripts" / "linux" / "asthma-app.desktop"
        (DIST / desktop.name).write_text(desktop.read_text())
    print(f"Bundle: {DIST}  size: {folder_size(DIST) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
