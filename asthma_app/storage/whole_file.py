"""A copy written whole or not at all: the backups, plain and encrypted.

The copy is written as ``<name>.partial``, then made private, synced to the disk and renamed
over its name, so a cut-off copy never carries a backup's name (``backup.remove_partials``
deletes what a kill leaves); any failure deletes the partial file. Exports have their own
(``services/file_write.write_atomically``: a ``.part`` file and Windows' "file in use")."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..private_files import make_private

PARTIAL = ".partial"


@contextmanager
def written_whole(target: Path) -> Iterator[Path]:
    """Yields the path to write; on leaving, that file becomes ``target``."""
    partial = target.with_name(target.name + PARTIAL)
    partial.unlink(missing_ok=True)
    try:
        yield partial
        make_private(partial)  # also where no umask was set (the app and CLI set one)
        fsync_file(partial)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def fsync_file(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
