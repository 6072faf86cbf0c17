"""Files and folders private to the user who runs the app (POSIX: folders 0700, files 0600).

A process-wide umask of 077, set first thing by the command line and the window's start-up,
makes everything the process creates private: the data folder, the diary and SQLite's -wal and
-shm files, backups, logs and exports. ``make_private`` is for files whose mode comes from
elsewhere (a copy keeps its source's mode), and ``tighten_existing`` closes up what an older
version made readable by everyone. On Windows the user's profile folders (where the data
lives) are private to the user already; these calls do nothing there (docs/data-safety.md).
"""

from __future__ import annotations

import os
from pathlib import Path

FOLDER_MODE, FILE_MODE = 0o700, 0o600
PRIVATE_UMASK = 0o077


def restrict_new_files() -> None:
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


def make_private(path: Path) -> None:
    """Owner-only permissions on ``path`` if it is ours and more open; errors are ignored (a
    read-only disk, someone else's file): privacy never stops the diary from opening."""
    if os.name != "posix":
        return
    try:
        info = os.lstat(path)
        if info.st_uid != os.getuid() or os.path.islink(path):
            return
        wanted = FOLDER_MODE if os.path.isdir(path) else FILE_MODE
        if info.st_mode & 0o777 != wanted:
            os.chmod(path, wanted)
    except OSError:
        pass


def tighten_existing(database: Path, backups: Path, own_folder: Path | None) -> None:
    """Make the diary (with its -wal/-shm), the backups folder and every backup in it private;
    also the data folder itself when the app chose it (``own_folder``): a folder the user
    pointed the app at with --data-dir is theirs to share or not."""
    if os.name != "posix":
        return
    if own_folder is not None:
        make_private(own_folder)
    for suffix in ("", "-wal", "-shm"):
        make_private(database.with_name(database.name + suffix))
    make_private(backups)
    if backups.is_dir():
        for path in backups.iterdir():
            make_private(path)
