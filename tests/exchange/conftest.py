"""A profile with some of everything: plan versions, readings (one deleted, one edited),
diary entries, scores, attacks and questions."""

from __future__ import annotations

from datetime import date, datetime

import pytest


@pytest.fixture
def filled(session, clock, plan_factory):
    from asthma_app.domain.control import Attack, Care, ControlScore, Tool
    from asthma_app.domain.readings import PeakFlowReading, SymptomEntry

    clock.now = datetime(2026, 9, 1, 9, 0)
    session.plans.agree(plan_factory(agreed_on=date(2026, 9, 1), personal_best=480))
    clock.now = datetime(2026, 10, 1, 9, 0)
    session.plans.agree(plan_factory(agreed_on=date(2026, 10, 1)))
    diary, reviews = session.diary, session.reviews
    clock.now = datetime(2026, 11, 22, 8, 0)
    for day in range(1, 21):
        diary.log_reading(PeakFlowReading(datetime(2026, 10, day, 8, 0), (430 + day, 440)))
        diary.log_reading(PeakFlowReading(datetime(2026, 10, day, 20, 0), (470,),
                                          note="é ünïcode, \"quoted\""))
    diary.log_reading(PeakFlowReading(datetime(2026, 11, 20, 8, 0), (230,)))
    gone = diary.log_reading(PeakFlowReading(datetime(2026, 11, 21, 8, 0), (350,)))
    diary.delete("readings", gone.id, "reading")
    old = diary.log_reading(PeakFlowReading(datetime(2026, 11, 21, 9, 0), (360,)))
    diary.edit_reading(old, PeakFlowReading(datetime(2026, 11, 21, 9, 0), (380,)), "edit")
    diary.log_symptoms(SymptomEntry(datetime(2026, 11, 20, 9, 0), night_waking=True,
                                    reliever_puffs=6, triggers=("Colds and flu", "Pollen"),
                                    red_signs=("I can't walk or talk easily",)))
    reviews.record_rcp3((True, False, True), date(2026, 11, 1))
    reviews.record_rcp3((False, False, False), date(2026, 10, 1))
    reviews.record_score(ControlScore(date(2026, 11, 2), Tool.ACQ, 1.5))
    reviews.record_attack(Attack(date(2026, 11, 20), (Care.NHS_111, Care.STEROID_TABLETS),
                                 "cold"))
    reviews.add_question("Can I change to a dry powder inhaler?")
    _medicines(session)
    return session


def _medicines(session):
    """Doses (taken, not taken with a reason, scheduled, deleted), inhalers, a correction."""
    from asthma_app.domain.doses import DoseEvent
    from asthma_app.domain.schedule import Slot
    from asthma_app.storage import medicine_repository

    medicines = session.medicines
    medicines.log_dose("beclometasone", at=datetime(2026, 11, 21, 8, 5))
    medicines.log_dose("Clenil", at=datetime(2026, 11, 21, 20, 0), taken=False,
                       reason="away, \"forgot\" é")
    scheduled = medicine_repository.add_dose(session.db, session.profile_id, DoseEvent(
        "beclometasone (Clenil) 100 micrograms pressurised inhaler with spacer",
        datetime(2026, 11, 20, 8, 0), True, date(2026, 11, 20), Slot.MORNING, puffs=2),
        datetime(2026, 11, 21, 7, 0))  # logged the next day: late
    medicines.delete_dose(medicines.log_dose("beclometasone",
                                             at=datetime(2026, 11, 22, 7, 0)))
    assert scheduled.logged_late
    inhaler = medicines.start_inhaler("salbutamol", 200, at=datetime(2026, 11, 1, 9, 0))
    medicines.start_inhaler("beclometasone", 120, at=datetime(2026, 11, 2, 9, 0))
    medicines.correct_count(inhaler, 150)
