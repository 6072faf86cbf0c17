"""Fontconfig's own start, on a thread begun before Qt is imported (Linux only).

On Linux Qt asks fontconfig for the system's fonts the first time any text is measured, and
fontconfig's first call, ``FcInit()``, reads its configuration files (XML, through expat) and
its font cache: ~25 million instructions, a third of Qt's reading of the font list. PySide6
keeps Python's lock while Qt reads that list (docs/performance.md, "startup4"), so whatever
thread asks, the main thread waits for it. ``FcInit()`` is fontconfig's public C function,
and ``ctypes`` lets go of Python's lock for the length of a foreign call: called here, on a
thread of its own started before Qt is even imported, it runs beside the main thread's
imports on the other core, and Qt's own ``FcInit()`` then finds fontconfig's configuration
made and returns at once (fontconfig keeps one configuration per process, set atomically).

The library is the one Qt uses: it is loaded by its soname (``libfontconfig.so.1``, what
``libQt6Gui`` names), and the dynamic linker gives every later request for that soname, Qt's
included, the copy already loaded. Nothing of Qt is called here. Where fontconfig is not
there (another platform, or a Linux without it) nothing happens and Qt starts fontconfig
itself as before; Windows and macOS never load anything (their Qt does not use fontconfig).
"""

from __future__ import annotations

import sys
import threading

SONAME = "libfontconfig.so.1"  # fontconfig's ABI since 2.0, the name libQt6Gui links


def _start_fontconfig() -> None:
    try:
        import ctypes  # lazy: only on the platforms with fontconfig, and off the main thread

        ctypes.CDLL(SONAME).FcInit()  # no Python lock held while it runs
    except (OSError, AttributeError):  # no fontconfig (or no FcInit): Qt does without it
        pass


def start_fontconfig(platform: str = sys.platform) -> threading.Thread | None:
    """On Linux, start fontconfig on a thread of its own and return the thread (``join`` it
    before Qt measures any text: a Qt that found fontconfig half-started would load its own
    configuration too); None elsewhere."""
    if not platform.startswith("linux"):
        return None
    thread = threading.Thread(target=_start_fontconfig, name="fontconfig", daemon=True)
    thread.start()
    return thread
