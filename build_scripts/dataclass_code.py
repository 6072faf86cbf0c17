"""Compile the methods ``dataclasses`` makes for the app's classes ahead of time
(asthma_app/dataclass_code.py): imports every module of the app, notes each source text
``dataclasses`` executes, and writes them compiled to ``resources/dataclass_code.marshal``.
On the way, PySide6's own support code, which it compiles from text at its first import
(asthma_app/ui/pyside_code.py), goes to ``pyside_code.marshal`` beside it.

    python build_scripts/dataclass_code.py [--output PATH]

Run by ``make``, the bundle build and the benchmark; the file is not in git. A stale file is
never wrong (a changed class makes a new text, compiled at start-up as without the file), only
slower: run this again after changing a dataclass.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from asthma_app import dataclass_code  # noqa: E402 - after the path


def main() -> int:
    import asthma_app
    from asthma_app.ui import pyside_code

    target = Path(sys.argv[2]) if sys.argv[1:2] == ["--output"] else dataclass_code.shipped()
    with pyside_code.recording() as (pyside_seen, patterns):  # PySide6's first import, here
        import PySide6.QtCore  # as ui/application.create_application imports it
        import PySide6.QtWidgets  # noqa: F401
    count = pyside_code.write(target.with_name(pyside_code.FILE_NAME), pyside_seen, patterns)
    print(f"{target.with_name(pyside_code.FILE_NAME)}: {count} PySide6 support modules, "
          f"{len(patterns)} regular expressions")
    seen = dataclass_code.record()
    for module in pkgutil.walk_packages(asthma_app.__path__, "asthma_app."):
        if module.name == "asthma_app.__main__":  # it would run the app
            continue
        try:
            importlib.import_module(module.name)
        except ImportError as error:  # another system's module: its classes compile at use
            print(f"{module.name} not imported here ({error}): its dataclasses are left out")
    count = dataclass_code.write(target, seen)
    print(f"{target}: {count} dataclass methods")
    return 0


if __name__ == "__main__":
    sys.exit(main())
