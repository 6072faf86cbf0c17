"""Read rows straight from the pages of a damaged SQLite file, for salvage.

When a table's b-tree is broken above its leaves (a zeroed root page, a damaged interior page),
SQLite cannot reach the rows, yet they are still on their leaf pages. This module reads the
file as the SQLite file format describes it (https://www.sqlite.org/fileformat2.html): it walks
every table's tree from its root as far as the pages are sound (the schema table's from page
1 too), and the table-leaf pages that no sound tree reaches ("orphans", minus the free list,
whose pages hold deleted rows) are given to the table whose tree was broken, when that choice
is unambiguous (one broken table, or one broken table with that many columns). Overflow
chains are followed; text is decoded leniently.

It is the fallback of ``recovery.salvage`` for computers without a ``sqlite3`` program that
can run ``.recover`` (Debian's 3.40 shell lacks the ``sqlite_dbpage`` table it needs, and the
Windows and macOS bundles have no shell at all). Pure Python, read-only, never raises on bad
bytes: a page it cannot make sense of is skipped.
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

TABLE_LEAF, TABLE_INTERIOR = 0x0D, 0x05


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(8):
        byte = data[at + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    return (value << 8) | data[at + 8], at + 9


class PageFile:
    def __init__(self, data: bytes):
        self.data = data
        size = struct.unpack(">H", data[16:18])[0]
        self.page_size = 65536 if size == 1 else size
        if self.page_size < 512 or self.page_size & (self.page_size - 1):
            self.page_size = 4096  # a damaged header: the app's (and SQLite's) default
        self.usable = self.page_size - data[20]
        self.pages = len(data) // self.page_size

    def page(self, number: int) -> bytes:
        start = (number - 1) * self.page_size
        return self.data[start:start + self.page_size]

    def header_at(self, number: int) -> int:
        return 100 if number == 1 else 0

    def kind(self, number: int) -> int:
        if not 1 <= number <= self.pages:
            return -1
        return self.page(number)[self.header_at(number)]

    def free_pages(self) -> set[int]:
        free, trunk, seen = set(), struct.unpack(">I", self.data[32:36])[0], set()
        while 1 <= trunk <= self.pages and trunk not in seen:
            seen.add(trunk)
            page = self.page(trunk)
            count = struct.unpack(">I", page[4:8])[0]
            free.add(trunk)
            for i in range(min(count, (self.usable - 8) // 4)):
                free.add(struct.unpack(">I", page[8 + 4 * i:12 + 4 * i])[0])
            trunk = struct.unpack(">I", page[0:4])[0]
        return free

    def walk(self, root: int) -> tuple[set[int], bool]:
        """The table-leaf pages under ``root`` and whether the whole tree was sound."""
        leaves, sound, todo, seen = set(), True, [root], set()
        while todo:
            number = todo.pop()
            if number in seen:
                sound = False
                continue
            seen.add(number)
            kind = self.kind(number)
            if kind == TABLE_LEAF:
                leaves.add(number)
            elif kind == TABLE_INTERIOR:
                page, at = self.page(number), self.header_at(number)
                count = struct.unpack(">H", page[at + 3:at + 5])[0]
                todo.append(struct.unpack(">I", page[at + 8:at + 12])[0])
                for i in range(count):
                    pointer = struct.unpack(">H", page[at + 12 + 2 * i:at + 14 + 2 * i])[0]
                    todo.append(struct.unpack(">I", page[pointer:pointer + 4])[0])
            else:
                sound = False
        return leaves, sound

    def leaf_records(self, number: int) -> list[tuple[int, list[Any]]]:
        """(rowid, values) of every cell on a table-leaf page that can be decoded."""
        page, at = self.page(number), self.header_at(number)
        count = struct.unpack(">H", page[at + 3:at + 5])[0]
        records = []
        for i in range(count):
            try:
                pointer = struct.unpack(">H", page[at + 8 + 2 * i:at + 10 + 2 * i])[0]
                records.append(self._cell(page, pointer))
            except (IndexError, ValueError, struct.error):
                continue  # one bad cell costs only itself
        return records

    def _cell(self, page: bytes, at: int) -> tuple[int, list[Any]]:
        size, at = _varint(page, at)
        rowid, at = _varint(page, at)
        if rowid >= 1 << 63:
            rowid -= 1 << 64
        usable = self.usable
        local_max = usable - 35
        if size <= local_max:
            payload = page[at:at + size]
        else:
            least = (usable - 12) * 32 // 255 - 23
            local = least + (size - least) % (usable - 4)
            local = local if local <= local_max else least
            gathered = bytearray(page[at:at + local])
            following = struct.unpack(">I", page[at + local:at + local + 4])[0]
            seen = set()
            while len(gathered) < size:
                if not 1 <= following <= self.pages or following in seen:
                    raise ValueError("broken overflow chain")
                seen.add(following)
                overflow = self.page(following)
                gathered += overflow[4:usable]
                following = struct.unpack(">I", overflow[0:4])[0]
            payload = bytes(gathered[:size])
        if len(payload) != size:
            raise ValueError("cut-off cell")
        return rowid, _record(payload)


Value = int | float | str | bytes | None  # what a record's column may hold


def _record(payload: bytes) -> list[Value]:
    header_size, at = _varint(payload, 0)
    types = []
    while at < header_size:
        kind, at = _varint(payload, at)
        types.append(kind)
    values: list[Value] = []
    at = header_size
    for kind in types:
        if kind == 0:
            values.append(None)
        elif kind in (8, 9):
            values.append(kind - 8)
        elif 1 <= kind <= 6:
            width = (0, 1, 2, 3, 4, 6, 8)[kind]
            values.append(int.from_bytes(payload[at:at + width], "big", signed=True))
            at += width
        elif kind == 7:
            values.append(struct.unpack(">d", payload[at:at + 8])[0])
            at += 8
        elif kind >= 12:
            width = (kind - 12) // 2
            raw = payload[at:at + width]
            if len(raw) != width:
                raise ValueError("cut-off value")
            values.append(raw.decode("utf-8", "replace") if kind % 2 else bytes(raw))
            at += width
        else:
            raise ValueError("reserved serial type")
    return values


def orphan_rows(path: Path, tables: dict[str, tuple[int, list[str], str | None]]
                ) -> dict[str, dict[int, dict[str, Any]]]:
    """Rows on leaf pages that no sound tree reaches, by table.

    ``tables``: name -> (root page, column names, the INTEGER PRIMARY KEY column or None)."""
    try:
        pages = PageFile(Path(path).read_bytes())
    except (OSError, struct.error):
        return {}
    # The schema table (sqlite_master, root page 1) is a table too: once it outgrows page 1,
    # its rows sit on leaf pages that no user table reaches, and read as a broken table's
    # rows they would take its first rowids. Its leaves are reached, never orphans.
    reached, broken = pages.walk(1)[0], []
    for name, (root, _columns, _key) in tables.items():
        leaves, sound = pages.walk(root)
        reached |= leaves
        if not sound:
            broken.append(name)
    if not broken:
        return {}
    skip = reached | pages.free_pages()
    found: dict[str, dict[int, dict[str, Any]]] = {name: {} for name in broken}
    for number in range(2, pages.pages + 1):
        if number in skip or pages.kind(number) != TABLE_LEAF:
            continue
        for rowid, values in pages.leaf_records(number):
            owners = [name for name in broken if len(values) == len(tables[name][1])]
            if len(broken) == 1 and len(values) <= len(tables[broken[0]][1]):
                owners = broken  # older rows may have fewer columns (ADD COLUMN)
            if len(owners) != 1:
                continue  # ambiguous: better missing (and counted) than in the wrong table
            name = owners[0]
            columns, key = tables[name][1], tables[name][2]
            row = dict(zip(columns, values, strict=False))
            if key is not None:
                row[key] = rowid
            found[name].setdefault(rowid, row)
    return found
