"""The growing wait after wrong passphrases: schedule, no check while waiting, kept on disk."""

from __future__ import annotations

import itertools

from asthma_app.domain.profile import Profile
from asthma_app.services import guess_delay
from asthma_app.services import profile_security as security
from asthma_app.services.guess_delay import FREE_TRIES, MAX_WAIT_S, attempt, wait_after
from asthma_app.services.profiles import create_profile


def test_the_wait_grows_after_a_few_free_tries_and_is_capped():
    assert [wait_after(n) for n in range(1, FREE_TRIES)] == [0] * (FREE_TRIES - 1)
    waits = [wait_after(n) for n in range(FREE_TRIES, 20)]
    assert waits[0] >= 2 and waits == sorted(waits) and max(waits) == MAX_WAIT_S == 300
    assert all(b == min(2 * a, MAX_WAIT_S) for a, b in itertools.pairwise(waits))


def test_while_waiting_a_try_is_not_even_checked(clock):
    store, calls = {}, []

    class Memory:
        get, set = store.get, store.__setitem__

    def wrong():
        calls.append(1)
        return False

    for _ in range(FREE_TRIES):
        last = attempt(Memory, "k", clock(), wrong)
    assert len(calls) == FREE_TRIES and last.wait_seconds == wait_after(FREE_TRIES) > 0
    refused = attempt(Memory, "k", clock(), lambda: calls.append(1) or True)
    assert not refused.ok and not refused.checked and len(calls) == FREE_TRIES
    assert f"{refused.wait_seconds} seconds" in refused.message()
    clock.advance(seconds=last.wait_seconds)
    assert attempt(Memory, "k", clock(), lambda: True).ok  # the right one, once waited
    assert attempt(Memory, "k", clock(), wrong).wait_seconds == 0  # and the count starts anew


def test_messages_never_say_one_second_or_one_minute():
    assert "2 seconds" in guess_delay.wait_message(1)
    assert "60 seconds" in guess_delay.wait_message(60)
    assert "2 minutes" in guess_delay.wait_message(61)
    assert "5 minutes" in guess_delay.wait_message(300)


def test_wrong_passphrases_make_a_wait_that_a_restart_keeps(db, clock, monkeypatch):
    """The count is in the diary: a new connection (a restarted app) still waits, and the
    right passphrase is refused unchecked (no scrypt) until the wait is over."""
    from asthma_app import paths
    from asthma_app.services import passwords
    from asthma_app.storage.database import open_database

    person = create_profile(db, Profile("Pat"), clock)
    security.set_passphrase(db, person.id, "right one")
    for _ in range(FREE_TRIES):
        result = security.try_passphrase(db, person.id, "wrong", clock())
    assert not result.ok and result.wait_seconds > 0
    db.close()
    restarted = open_database(paths.database_path())
    try:
        checks = []
        real = passwords.verify_secret
        monkeypatch.setattr(passwords, "verify_secret",
                            lambda *a: checks.append(1) or real(*a))
        refused = security.try_passphrase(restarted, person.id, "right one", clock())
        assert not refused.ok and refused.wait_seconds > 0 and checks == []
        assert "seconds" in refused.message()
        clock.advance(seconds=refused.wait_seconds)
        assert security.try_passphrase(restarted, person.id, "right one", clock()).ok
        assert checks == [1]
    finally:
        restarted.close()


def test_changing_or_removing_a_passphrase_needs_the_current_one(db, clock):
    import pytest

    person = create_profile(db, Profile("Cai"), clock)
    security.set_passphrase(db, person.id, "first one", now=clock())  # none yet: no question
    stored = db["profiles"].get(person.id)["passphrase_hash"]
    with pytest.raises(security.PassphraseRefused, match="not the current passphrase"):
        security.set_passphrase(db, person.id, "second", current="", now=clock())
    with pytest.raises(security.PassphraseRefused, match="not the current passphrase"):
        security.update_security(db, person.id, "not it", clock(), passphrase=None)
    with pytest.raises(security.PassphraseRefused, match="wait"):  # the third counts too
        security.update_security(db, person.id, "nor this", clock(), lock_after=5)
    assert db["profiles"].get(person.id)["passphrase_hash"] == stored
    assert security.lock_after_minutes(db, person.id) == 0
    clock.advance(minutes=5)
    security.set_passphrase(db, person.id, "second", current="first one", now=clock())
    assert security.try_passphrase(db, person.id, "second", clock()).ok
