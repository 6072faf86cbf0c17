"""Make a .deb a patient can install (``sudo apt install ./asthma-app_<version>_<arch>.deb``)
from the PyInstaller onedir in dist/asthma-app, with ``dpkg-deb`` only.

Layout: the program in /opt/asthma-app, ``/usr/bin/asthma-app`` linking to it, the desktop
entry in /usr/share/applications and the icon in every hicolor size (and the SVG), so the app
appears in the desktop's menu with its icon. Depends lists the system libraries Qt's xcb
platform plug-in needs (not bundled by PyInstaller); speech-dispatcher is recommended for
read-aloud. Why .deb and not AppImage or Flatpak: docs/installer.md.

Usage: python build_scripts/linux/make_deb.py [ONEDIR] [OUT_DIR]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "asthma-app"
DEPENDS = ["libc6 (>= 2.31)", "libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0",
           "libfontconfig1", "libfreetype6", "libdbus-1-3", "libxcb-cursor0", "libxcb-icccm4",
           "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0", "libxcb-shape0",
           "libxcb-xinerama0", "libxcb-randr0", "libxcb-xkb1", "libx11-xcb1"]
RECOMMENDS = ["speech-dispatcher", "fonts-noto-core", "fonts-dejavu-core"]
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"]


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


def control(size_kb: int, arch: str) -> str:
    return (f"Package: {PACKAGE}\nVersion: {version()}\nArchitecture: {arch}\n"
            "Maintainer: Asthma Plan & Diary contributors <noreply@asthma-app.invalid>\n"
            f"Installed-Size: {size_kb}\nSection: misc\nPriority: optional\n"
            f"Depends: {', '.join(DEPENDS)}\nRecommends: {', '.join(RECOMMENDS)}\n"
            "Homepage: https://github.com/asthma-app/asthma-app\n"
            "Description: Asthma Plan & Diary: your asthma action plan and peak-flow diary\n"
            " Keep your personal asthma action plan, log peak flow and symptoms, and see your\n"
            " zone with the advice from your own plan. Works offline; your data stays on this\n"
            " computer.\n")


POSTINST = """#!/bin/sh
set -e
# menus and icon caches pick up the new entry at once (both tools are optional)
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor || true
fi
"""


def stage(onedir: Path, icons: Path, staging: Path, arch: str) -> None:
    if staging.exists():
        shutil.rmtree(staging)
    program = staging / "opt" / PACKAGE
    shutil.copytree(onedir, program, symlinks=True)
    (staging / "usr" / "bin").mkdir(parents=True)
    os.symlink(f"/opt/{PACKAGE}/{PACKAGE}", staging / "usr" / "bin" / PACKAGE)
    applications = staging / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(ROOT / "build_scripts" / "linux" / "asthma-app.desktop", applications)
    hicolor = staging / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(icons / f"asthma-app-{size}.png", folder / f"{PACKAGE}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "app.svg",
                 hicolor / "scalable" / "apps" / f"{PACKAGE}.svg")
    debian = staging / "DEBIAN"
    debian.mkdir()
    size_kb = sum(p.stat().st_size for p in staging.rglob("*")
                  if p.is_file() and not p.is_symlink()) // 1024 + 1
    (debian / "control").write_text(control(size_kb, arch), encoding="utf-8")
    (debian / "postinst").write_text(POSTINST, encoding="utf-8")
    (debian / "postinst").chmod(0o755)
    for path in [staging, *staging.rglob("*")]:  # dpkg wants 0755 folders, no group writes
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)


def build(onedir: Path, out: Path, icons: Path | None = None, compress: bool = True) -> Path:
    """The .deb in ``out``. ``compress=False`` (tests) skips xz, which takes minutes."""
    icons = icons or ROOT / "build" / "icons"
    if not (onedir / PACKAGE).exists():
        raise SystemExit(f"No bundle in {onedir}: run 'make bundle' first.")
    arch = architecture()
    staging = out / "deb-staging"
    stage(onedir, icons, staging, arch)
    target = out / f"{PACKAGE}_{version()}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz" if compress else "-Znone",
                    "--build", str(staging), str(target)], check=True, capture_output=True)
    shutil.rmtree(staging)
    return target


if __name__ == "__main__":
    onedir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / PACKAGE
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "dist"
    print(build(onedir, out))
