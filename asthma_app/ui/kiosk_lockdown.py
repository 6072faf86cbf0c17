"""What the kiosk can lock down from inside the app, per platform (docs/kiosk.md).

- macOS: ``NSApplication.presentationOptions`` hide the Dock and menu bar and disable Cmd+Tab,
  Force Quit (Cmd+Opt+Esc) and Cmd+H while the kiosk runs. Set through the Objective-C
  runtime with ``ctypes`` (no extra dependency); Apple's rules for valid combinations are
  kept (process switching may only be disabled with the Dock hidden, the Apple menu only with
  the menu bar hidden). Session termination (log-out, shut-down) stays allowed: the kiosk
  wipes on it.
- Windows: an app cannot disable Ctrl+Alt+Del or the Win key for itself; the clinic uses
  Assigned Access or Shell Launcher (docs/kiosk.md).
- Linux: the desktop's own kiosk settings (docs/kiosk.md).
"""

from __future__ import annotations

import sys

# NSApplicationPresentationOptions (AppKit, NSApplication.h)
HIDE_DOCK = 1 << 1
HIDE_MENU_BAR = 1 << 3
DISABLE_APPLE_MENU = 1 << 4
DISABLE_PROCESS_SWITCHING = 1 << 5
DISABLE_FORCE_QUIT = 1 << 6
DISABLE_HIDE_APPLICATION = 1 << 8
KIOSK_OPTIONS = (HIDE_DOCK | HIDE_MENU_BAR | DISABLE_APPLE_MENU | DISABLE_PROCESS_SWITCHING
                 | DISABLE_FORCE_QUIT | DISABLE_HIDE_APPLICATION)


def _load_objc():
    import ctypes  # lazy: platform
    import ctypes.util  # lazy: platform

    return ctypes.cdll.LoadLibrary(ctypes.util.find_library("objc") or "libobjc.dylib")


def set_presentation_options(options: int, load_objc=_load_objc) -> None:
    """``[[NSApplication sharedApplication] setPresentationOptions:options]``."""
    import ctypes  # lazy: platform

    objc = load_objc()
    objc.objc_getClass.restype = ctypes.c_void_p
    objc.objc_getClass.argtypes = [ctypes.c_char_p]
    objc.sel_registerName.restype = ctypes.c_void_p
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    address = ctypes.cast(objc.objc_msgSend, ctypes.c_void_p).value
    if address is None:  # a NULL symbol: said and carried on like any missing AppKit
        raise OSError("objc_msgSend has no address")
    # objc_msgSend must be called through a prototype of the exact method (arm64 ABI)
    get = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)(address)
    put = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong)(address)
    application = get(objc.objc_getClass(b"NSApplication"),
                      objc.sel_registerName(b"sharedApplication"))
    put(application, objc.sel_registerName(b"setPresentationOptions:"), options)


def lock_down(app, platform: str | None = None, load_objc=_load_objc):
    """Lock the desktop around the kiosk where the app can; returns a function that undoes it
    (called when the attendant leaves kiosk mode)."""
    platform = platform or sys.platform
    if platform != "darwin":
        return lambda: None
    try:
        set_presentation_options(KIOSK_OPTIONS, load_objc)
    except (OSError, AttributeError, ValueError) as error:  # no AppKit: say so, carry on
        if sys.stderr is not None:
            print(f"asthma-app kiosk: macOS lock-down not set ({error})", file=sys.stderr)
        return lambda: None
    undo = lambda: set_presentation_options(0, load_objc)
    app.aboutToQuit.connect(undo)
    return undo
