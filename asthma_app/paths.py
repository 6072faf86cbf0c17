"""Where the app keeps its files: the only module that uses platformdirs.

The data dir can be overridden with ``--data-dir`` or ``ASTHMA_APP_DATA_DIR`` so that tests,
portable installs and clinics never touch a real profile; an installed bundle with
``portable.txt`` or a ``data`` folder beside the program keeps its data there.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from .private_files import tighten_existing

ENV_DATA_DIR = "ASTHMA_APP_DATA_DIR"
ENV_KIOSK_DIR = "ASTHMA_APP_KIOSK_DIR"  # tests and unusual set-ups; see kiosk_dir()
DATABASE_NAME = "asthma.sqlite3"
PORTABLE_MARKER = "portable.txt"
PORTABLE_FOLDER = "data"

_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    """The data folder, created on first use."""
    if _override is not None:
        folder = _override
    elif os.environ.get(ENV_DATA_DIR):
        folder = Path(os.environ[ENV_DATA_DIR]).expanduser().resolve()
    elif (portable := portable_dir()) is not None:
        folder = portable
    else:
        import platformdirs  # lazy: start-up

        folder = Path(platformdirs.user_data_dir("asthma-app", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def data_dir_is_chosen() -> bool:
    """True if the user chose the data folder (--data-dir or the environment variable)."""
    return _override is not None or bool(os.environ.get(ENV_DATA_DIR))


def tighten_permissions() -> None:
    """Private permissions for what an older version left open (see private_files)."""
    tighten_existing(database_path(), backups_dir(),
                     None if data_dir_is_chosen() else data_dir())


def portable_dir() -> Path | None:
    """Portable mode (USB sticks, clinic machines): an installed program with a
    ``portable.txt`` file or a ``data`` folder beside it keeps its data in that ``data``
    folder. On macOS "beside it" means beside the ``.app``: anything added inside a signed app
    breaks its signature. A source checkout is never portable."""
    if not getattr(sys, "frozen", False):
        return None
    program = program_dir()
    if (program / PORTABLE_MARKER).exists() or (program / PORTABLE_FOLDER).is_dir():
        return program / PORTABLE_FOLDER
    return None


def program_dir() -> Path:
    """The folder a user sees the program in: the executable's folder, or on macOS the
    folder holding ``Name.app`` (the executable is ``Name.app/Contents/MacOS/name``)."""
    executable = Path(sys.executable).resolve()
    bundle = executable.parents[2] if len(executable.parents) > 3 else None
    if (sys.platform == "darwin" and bundle is not None and bundle.suffix == ".app"
            and executable.parent.name == "MacOS" and executable.parent.parent.name == "Contents"):
        return bundle.parent
    return executable.parent


def database_path() -> Path:
    return data_dir() / DATABASE_NAME


def backups_dir() -> Path:
    folder = data_dir() / "backups"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:  # a read-only data folder: the diary still opens, backups report why not
        pass
    return folder


def log_dir() -> Path:
    """Logs live beside the data when the data dir is overridden, else in the user log dir."""
    if _override is not None or os.environ.get(ENV_DATA_DIR) or portable_dir() is not None:
        folder = data_dir() / "logs"
    else:
        import platformdirs  # lazy: start-up

        folder = Path(platformdirs.user_log_dir("asthma-app", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def kiosk_dir() -> Path:
    """Where kiosk visitors' folders live: one fixed folder per user, so that a kiosk started
    after a crash or a power cut finds and deletes what earlier sessions left (docs/kiosk.md).

    On Linux it is in ``/dev/shm`` (RAM, gone at power-off) when that exists; elsewhere in the
    user's temporary folder (Windows: ``%LOCALAPPDATA%\\Temp``, private to the user)."""
    if os.environ.get(ENV_KIOSK_DIR):
        folder = Path(os.environ[ENV_KIOSK_DIR]).expanduser().resolve()
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    shm = Path("/dev/shm")
    in_ram = sys.platform.startswith("linux") and shm.is_dir() and os.access(shm, os.W_OK)
    base = shm if in_ram else Path(tempfile.gettempdir())
    owner = f"-{os.getuid()}" if hasattr(os, "getuid") else ""
    folder = base / f"asthma-kiosk{owner}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        if hasattr(os, "getuid") and (folder.is_symlink() or folder.stat().st_uid != os.getuid()):
            raise PermissionError(f"{folder} belongs to someone else")
    except OSError:  # a shared temp folder where the name is taken: a private one instead
        return Path(tempfile.mkdtemp(prefix="asthma-kiosk-"))
    return folder


def resources_dir() -> Path:
    """Bundled resources: beside the package in a checkout, or in the PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
