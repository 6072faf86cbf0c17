"""Files the way Windows allows: all-or-nothing writes for exports, and deletions that retry.

Writes go beside the target, then are renamed over it.

On Windows the rename fails while another program has the target open (a CSV in Excel, a PDF
in Acrobat: ``PermissionError``, winerror 32 "being used by another process"); virus scanners
and indexers also hold new files for a moment. So the rename is tried a few times; if it still
fails, the partial file is removed, the old file is left exactly as it was, and the error says
in plain words what to do (``FileInUseError``, an ``OSError`` so callers that already handle
disk errors handle it too). ``remove_tree`` deletes a folder the same patient way and says
what it could not delete, instead of ``ignore_errors=True``, which hides "file in use".
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from ..domain.text import fill, translate
from ..private_files import make_private

RETRIES = 5
RETRY_SECONDS = 0.2  # a scanner's brief hold is over within a second
T = TypeVar("T")


class FileInUseError(PermissionError):
    """The target is open in another program (or otherwise refused); nothing was changed."""


def write_atomically(path: Path, write: Callable[[Path], T]) -> T:
    """``write(partial_path)`` makes the whole file; it then replaces ``path`` in one step.

    Any failure leaves no partial file and ``path`` untouched."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        result = write(partial)
        make_private(partial)  # an export holds health data: the user's own until shared
        _replace(partial, path)
    except BaseException:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass  # nothing more can be done; the message below still explains
        raise
    return result


def _replace(partial: Path, path: Path) -> None:
    for attempt in range(RETRIES):
        try:
            partial.replace(path)
            return
        except PermissionError as error:
            if attempt == RETRIES - 1:
                raise FileInUseError(fill(translate(
                    "Files", "%1 is open in another program, or may not be changed, so it "
                             "was not saved. Close it there (or choose another name) and try "
                             "again. Nothing was changed."), path.name)) from error
            time.sleep(RETRY_SECONDS)


def remove_tree(folder: Path, attempts: int = RETRIES, pause: float = RETRY_SECONDS) -> list[str]:
    """Delete ``folder`` and everything in it, trying again while Windows says a file is in
    use (a virus scanner, an indexer). Returns the paths that could not be deleted (empty when
    the folder is gone) so the caller can report them: errors are never silently ignored."""
    folder = Path(folder)
    failed: list[str] = []

    def note(_function: object, path: str, _error: object) -> None:
        failed.append(str(path))

    for attempt in range(attempts):
        failed.clear()
        if not folder.exists():
            return []
        if sys.version_info >= (3, 12):
            shutil.rmtree(folder, onexc=note)
        else:
            shutil.rmtree(folder, onerror=note)
        if not folder.exists():
            return []
        if attempt < attempts - 1:
            time.sleep(pause)
    return list(failed) or [str(folder)]
