"""Build the installable bundle: icons, translations, then PyInstaller (onedir); report the size.

Usage (any OS, from the repository root, with the build extra installed):
    python build_scripts/build_bundle.py        # or: make bundle
Output: dist/asthma-app/ (Linux, Windows) or dist/Asthma Plan & Diary.app (macOS).
The installers are made from that by build_scripts/linux/make_deb.py (Linux),
build_scripts/windows/asthma-app.iss (Windows, Inno Setup) and build_scripts/macos/make_dmg.sh
(macOS); see docs/installer.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "asthma-app"
APP = ROOT / "dist" / "Asthma Plan & Diary.app"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    python = sys.executable
    subprocess.run([python, str(ROOT / "build_scripts" / "make_icons.py")], check=True)
    # The .qm files are not in git: compile them in every build, or the bundle is English only.
    subprocess.run([python, str(ROOT / "build_scripts" / "translations.py"), "build", "--force"],
                   check=True)
    # Not in git either: the dataclasses' methods compiled ahead (asthma_app/dataclass_code.py)
    subprocess.run([python, str(ROOT / "build_scripts" / "dataclass_code.py")], check=True)
    subprocess.run([python, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyi"),
                    str(ROOT / "build_scripts" / "asthma_app.spec")], check=True, cwd=ROOT)
    if sys.platform.startswith("linux"):
        desktop = ROOT / "build_scripts" / "linux" / "asthma-app.desktop"
        (DIST / desktop.name).write_text(desktop.read_text())
    built = APP if sys.platform == "darwin" else DIST
    print(f"Bundle: {built}  size: {folder_size(built) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
