"""Passphrase / PIN hashing: scrypt at OWASP strength, salted, constant-time verify."""

import hashlib

from asthma_app.services.passwords import hash_secret, parse_hash, verify_secret


def test_parameters_are_owasp_minimum_or_above():
    n, r, p, salt, key = parse_hash(hash_secret("correct horse"))
    assert n >= 2 ** 17 and r >= 8 and p >= 1
    assert len(salt) == 16 and len(key) >= 32
    # the stored key really is scrypt of the secret with those parameters
    assert hashlib.scrypt(b"correct horse", salt=salt, n=n, r=r, p=p, maxmem=2 ** 28,
                          dklen=len(key)) == key


def test_verify_right_and_wrong():
    encoded = hash_secret("pa55 phrase é")
    assert verify_secret("pa55 phrase é", encoded)
    assert not verify_secret("pa55 phrase e", encoded)
    assert not verify_secret("", encoded)
    assert not verify_secret("x", None)
    assert not verify_secret("x", "plain text")


def test_same_secret_gets_different_salts():
    a, b = hash_secret("1234"), hash_secret("1234")
    assert a != b
    assert parse_hash(a)[3] != parse_hash(b)[3]
    assert verify_secret("1234", a) and verify_secret("1234", b)


def test_secret_never_stored_in_clear():
    assert "hunter2" not in hash_secret("hunter2")
