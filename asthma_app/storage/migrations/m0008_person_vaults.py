"""Version 7: where a passphrase-protected person's diary lives, encrypted (storage/vault.py).

``vault`` is the name of the person's own SQLCipher file in the ``people`` folder (NULL: their
diary is in this shared file), ``vault_kdf`` how its key is derived from their passphrase
(``scrypt$N$r$p$salt_hex``, a salt of its own: never the stored passphrase hash).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..db_types import Database

VERSION = 8


def apply(db: Database) -> None:
    db["profiles"].add_column("vault", str)
    db["profiles"].add_column("vault_kdf", str)
