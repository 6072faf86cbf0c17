"""Storage failures sorted by their code, never by their wording: known problems or bugs.

A known problem is one the person can do something about (a full disk, read-only media, the
file in use by another program, a damaged file, no permission, a failing disk). It is
recognised by SQLite's result code (``sqlite3.Error.sqlite_errorcode``, primary part) or by
the OS error number, and has a plain, translated message (:func:`message`). Anything else
(``no such table``, a misuse of the API) is a bug: :func:`problem` says ``None`` and callers
let it propagate to the crash dialog and log instead of dressing it up as the disk's fault.
The split follows qutebrowser's ``misc/sql.py`` (known errors versus bugs).

Text of the error is never read: it varies between SQLite versions and languages of the OS.
"""

from __future__ import annotations

import errno
import sqlite3
import sys
from enum import Enum

from ..domain.text import translate


class Problem(Enum):
    READ_ONLY = "read-only"
    PERMISSION = "permission"
    FULL = "full"
    BUSY = "busy"  # locked by another program (SQLITE_BUSY, SQLITE_LOCKED)
    CORRUPT = "corrupt"
    NOT_A_DATABASE = "not-a-database"
    IO = "io"
    CANT_OPEN = "cant-open"


_BY_SQLITE_CODE = {
    sqlite3.SQLITE_READONLY: Problem.READ_ONLY,
    sqlite3.SQLITE_PERM: Problem.PERMISSION,
    sqlite3.SQLITE_FULL: Problem.FULL,
    sqlite3.SQLITE_BUSY: Problem.BUSY,
    sqlite3.SQLITE_LOCKED: Problem.BUSY,
    sqlite3.SQLITE_CORRUPT: Problem.CORRUPT,
    sqlite3.SQLITE_NOTADB: Problem.NOT_A_DATABASE,
    sqlite3.SQLITE_IOERR: Problem.IO,
    sqlite3.SQLITE_CANTOPEN: Problem.CANT_OPEN,
}
_BY_ERRNO = {
    errno.EROFS: Problem.READ_ONLY,
    errno.EACCES: Problem.PERMISSION,
    errno.EPERM: Problem.PERMISSION,
    errno.ENOSPC: Problem.FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): Problem.FULL,  # over a disk quota
    errno.EIO: Problem.IO,
}


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code of ``error`` (of an extended one: SQLITE_IOERR_WRITE is
    SQLITE_IOERR), or None when it carries none."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def database_errors() -> tuple[type[Exception], ...]:
    """SQLite's errors, and SQLCipher's once a vault has been opened: ``sqlcipher3`` has its
    own exception classes (with the same result codes), and is never imported just for this."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error,) + ((cipher.Error,) if cipher else ())


def problem(error: BaseException) -> Problem | None:
    """The known problem behind ``error``, or None: then it is a bug, not the disk's fault."""
    if isinstance(error, database_errors()):
        code = sqlite_code(error)
        return None if code is None else _BY_SQLITE_CODE.get(code)
    if isinstance(error, OSError):
        return _BY_ERRNO.get(error.errno)
    return None


def message(known: Problem) -> str:
    """The plain words for a known problem (translated)."""
    texts = {
        Problem.READ_ONLY: translate("Storage", "The data folder is read-only, so nothing can "
                                               "be saved. Nothing was changed."),
        Problem.PERMISSION: translate("Storage", "This computer does not allow the app to "
                                                 "change the data folder, so nothing can be "
                                                 "saved. Nothing was changed."),
        Problem.FULL: translate("Storage", "The disk is full, so this could not be saved. "
                                           "Nothing was changed."),
        Problem.BUSY: translate("Storage", "The diary is in use by another program. Close it "
                                           "and try again. Nothing was changed."),
        Problem.CORRUPT: translate("Storage", "The diary file is damaged, so this could not "
                                              "be done. Close the app and start it again: it "
                                              "checks the file and repairs what it can."),
        Problem.NOT_A_DATABASE: translate("Storage", "This file is not a diary of this app "
                                                     "(or it is damaged beyond reading), so "
                                                     "it could not be used."),
        Problem.IO: translate("Storage", "The disk could not be read or written, so this "
                                         "could not be done. Check that the disk or memory "
                                         "stick is still connected, then try again."),
        Problem.CANT_OPEN: translate("Storage", "The diary file could not be opened. Check "
                                                "that the data folder still exists and that "
                                                "you may use it."),
    }
    return texts[known]
