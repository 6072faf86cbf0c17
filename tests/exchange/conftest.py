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
    return session
