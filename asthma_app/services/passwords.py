"""Passphrases and PINs, stored only as salted scrypt hashes (memory-hard, OWASP strength).

Encoded as ``scrypt$N$r$p$salt_hex$hash_hex`` so the parameters travel with the hash and can
be raised later without breaking old hashes. Comparison is constant-time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

# OWASP Password Storage Cheat Sheet: scrypt with N=2^17, r=8, p=1 as the minimum.
SCRYPT_N = 2 ** 17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
_MAXMEM = 256 * 1024 * 1024  # 128 * N * r = 128 MiB is needed; allow headroom


def _derive(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=_MAXMEM, dklen=KEY_BYTES)


def hash_secret(secret: str) -> str:
    """A new salted hash of ``secret`` (a fresh random salt every time)."""
    salt = secrets.token_bytes(SALT_BYTES)
    key = _derive(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${key.hex()}"


def parse_hash(encoded: str) -> tuple[int, int, int, bytes, bytes]:
    """(N, r, p, salt, key); ValueError if ``encoded`` is not one of our hashes."""
    parts = encoded.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        raise ValueError("not an scrypt hash")
    n, r, p = (int(x) for x in parts[1:4])
    return n, r, p, bytes.fromhex(parts[4]), bytes.fromhex(parts[5])


def verify_secret(secret: str, encoded: str | None) -> bool:
    """True if ``secret`` matches ``encoded``; False for a wrong secret or a broken hash."""
    if not encoded:
        return False
    try:
        n, r, p, salt, key = parse_hash(encoded)
    except ValueError:
        return False
    if n < 2 or r < 1 or p < 1 or n * r > 2 ** 22:  # refuse absurd (hostile) parameters
        return False
    return hmac.compare_digest(_derive(secret, salt, n, r, p), key)
