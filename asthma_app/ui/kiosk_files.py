"""The kiosk's folders: one per kiosk session, each holding its visitors' folders, all inside
``paths.kiosk_dir()``.

A running kiosk holds a lock file (``QLockFile``) in its session folder. At start-up a kiosk
deletes every session folder whose lock is not held by a running process: what a crash, a
SIGKILL or a power cut left behind, before the first visitor sits down. A folder that cannot be
deleted now (Windows: a file still in use) is reported and deleted at a later start.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLockFile

from ..services.file_write import remove_tree

LOCK_NAME = "kiosk.lock"


def report(what: str, failed: list[str]) -> None:
    """Kiosk problems go to the log/console for the clinic's IT (never a visitor's data)."""
    if failed and sys.stderr is not None:
        print(f"asthma-app kiosk: could not delete {what} ({len(failed)} item(s), first: "
              f"{Path(failed[0]).name}); it will be deleted at the next start", file=sys.stderr,
              flush=True)


def sweep_leftovers(base: Path) -> list[str]:
    """Delete everything in ``base`` that no running kiosk holds. Returns what stayed."""
    stayed: list[str] = []
    for child in sorted(Path(base).iterdir()):
        if child.is_dir():
            lock = QLockFile(str(child / LOCK_NAME))
            lock.setStaleLockTime(0)  # only a dead holder makes it stale, never its age
            if not lock.tryLock(0):
                continue  # another kiosk is running with it (or it cannot be locked at all)
            lock.unlock()  # Windows cannot delete a file that is open, even our own lock
            failed = remove_tree(child)
        else:
            failed = remove_tree_file(child)
        report("a folder left by an earlier kiosk session", failed)
        stayed += failed
    return stayed


def remove_tree_file(path: Path) -> list[str]:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        return [str(path)]
    return []


class KioskSession:
    """This kiosk's own folder (locked while it runs) and its visitors' folders."""

    def __init__(self, base: Path):
        self.base = Path(base)
        self.leftovers = sweep_leftovers(self.base)
        self.root = Path(tempfile.mkdtemp(prefix="session-", dir=self.base))
        self.lock = QLockFile(str(self.root / LOCK_NAME))
        self.lock.setStaleLockTime(0)
        self.lock.tryLock(0)
        self.pending: list[Path] = []  # visitor folders a wipe could not delete yet

    def new_visitor_folder(self) -> Path:
        return Path(tempfile.mkdtemp(prefix="visitor-", dir=self.root))

    def remove_visitor(self, folder: Path) -> list[str]:
        """Delete a visitor's folder (and any an earlier wipe could not); what stayed."""
        stayed: list[str] = []
        for item in [*self.pending, Path(folder)]:
            failed = remove_tree(item)
            report("a visitor's folder", failed)
            stayed += failed
        self.pending = [item for item in [*self.pending, Path(folder)] if item.exists()]
        return stayed

    def close(self) -> list[str]:
        """Delete the whole session folder; what stayed is deleted at the next start."""
        self.lock.unlock()
        failed = remove_tree(self.root)
        report("the kiosk's folder", failed)
        return failed
