"""Settings the window reads at start, stored by hand or by a damaged file: never a crash."""

from __future__ import annotations


def test_an_unreadable_text_size_or_last_person_opens_at_the_defaults(make_window, db, session):
    """A hand-edited diary ("big" as the text size, "x" as the last person) opens at 100 %
    with the first person, instead of failing to start."""
    with db.conn:
        db.conn.execute("INSERT INTO settings (key, value) VALUES ('text_scale', 'big'), "
                        "('last_profile_id', 'x')")
    window = make_window()
    assert window.text_size.currentData() == 100
    assert window.session is not None and window.session.profile_id == session.profile_id
