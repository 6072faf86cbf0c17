"""ReviewService: the follow-up after an attack is started, persisted and resolved."""

from __future__ import annotations

from datetime import date, datetime

from asthma_app.domain.control import Attack, Care, FollowUp
from asthma_app.services import demo
from asthma_app.services.profiles import open_session
from asthma_app.services.reviews import ATTACKS
from asthma_app.storage import control_repository
from asthma_app.storage.database import open_database

NOW = datetime(2026, 11, 22, 9, 0)


def test_attack_with_emergency_care_starts_a_follow_up_that_persists(session, db, clock):
    plain = session.reviews.record_attack(Attack(date(2026, 11, 20), (Care.NHS_111,)))
    ae = session.reviews.record_attack(Attack(date(2026, 11, 21), (Care.EMERGENCY_DEPARTMENT,)))
    assert plain.follow_up is None and ae.follow_up is FollowUp.OPEN
    again = open_session(db, session.profile_id, clock)  # as after a restart
    assert [a.id for a in again.reviews.follow_ups()] == [ae.id]
    again.reviews.set_follow_up(ae.id, FollowUp.BOOKED)
    assert [a.follow_up for a in session.reviews.follow_ups()] == [FollowUp.BOOKED]
    session.reviews.set_follow_up(ae.id, FollowUp.DONE)
    assert session.reviews.follow_ups() == []
    assert session.reviews.attacks()[0].follow_up is FollowUp.DONE


def test_steroid_tablets_alone_start_a_follow_up_and_a_deleted_attack_drops_it(session):
    attack = session.reviews.record_attack(Attack(date(2026, 11, 22), (Care.STEROID_TABLETS,)))
    assert session.reviews.follow_ups() == [attack]
    session.reviews.delete(ATTACKS, attack.id)
    assert session.reviews.follow_ups() == []


def test_follow_up_of_another_profile_is_never_changed(session, db, clock):
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile

    attack = session.reviews.record_attack(Attack(date(2026, 11, 22), (Care.AMBULANCE,)))
    other = open_session(db, create_profile(db, Profile(name="Ana"), clock).id, clock)
    other.reviews.set_follow_up(attack.id, FollowUp.DONE)
    assert session.reviews.follow_ups()[0].follow_up is FollowUp.OPEN


def test_an_old_attack_recorded_now_starts_none_and_the_newest_comes_first(session):
    reviews = session.reviews
    reviews.record_attack(Attack(date(2026, 10, 24), (Care.AMBULANCE,)))  # 29 days ago
    first = reviews.record_attack(Attack(date(2026, 10, 25), (Care.AMBULANCE,)))  # 28
    second = reviews.record_attack(Attack(date(2026, 11, 21), (Care.STEROID_TABLETS,)))
    assert [a.id for a in reviews.follow_ups()] == [second.id, first.id]


def test_an_attack_without_follow_up_cannot_be_given_one(session):
    attack = session.reviews.record_attack(Attack(date(2026, 11, 22), ()))
    session.reviews.set_follow_up(attack.id, FollowUp.BOOKED)
    assert session.reviews.attacks()[0].follow_up is None


def test_demo_has_an_attack_with_its_follow_up_done_and_a_review_checklist(tmp_path):
    from asthma_app.domain.checklist import PlanGiven

    db = open_database(tmp_path / "demo.sqlite3")
    profile = demo.populate(db, NOW)
    attack = control_repository.list_attacks(db, profile.id)[0]
    assert Care.STEROID_TABLETS in attack.care and attack.follow_up is FollowUp.DONE
    checklist = control_repository.list_checklists(db, profile.id)[0]
    assert checklist.plan_given is PlanGiven.UPDATED
    assert 0 < (checklist.done_on - attack.occurred_on).days <= 7
    db.close()
