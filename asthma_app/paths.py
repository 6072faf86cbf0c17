"""Where the app keeps its files: the only module that uses platformdirs.

The data dir can be overridden with ``--data-dir`` or ``ASTHMA_APP_DATA_DIR`` so that tests,
portable installs and clinics never touch a real profile.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_DATA_DIR = "ASTHMA_APP_DATA_DIR"
DATABASE_NAME = "asthma.sqlite3"

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
    else:
        import platformdirs

        folder = Path(platformdirs.user_data_dir("asthma-app", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


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
    if _override is not None or os.environ.get(ENV_DATA_DIR):
        folder = data_dir() / "logs"
    else:
        import platformdirs

        folder = Path(platformdirs.user_log_dir("asthma-app", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def resources_dir() -> Path:
    """Bundled resources: beside the package in a checkout, or in the PyInstaller bundle."""
    import sys

    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
