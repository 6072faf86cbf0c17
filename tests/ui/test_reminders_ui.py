"""The reminder notifier (only the OS tray is replaced) and the settings dialog."""

from datetime import time

from PySide6.QtWidgets import QSystemTrayIcon

from asthma_app.services import reminders as rem
from tests.ui.helpers import unnamed_controls


class FakeTray:
    """Stands in for the OS notification area only."""

    def __init__(self, _parent):
        self.messages = []

    def showMessage(self, title, text, *_):  # noqa: N802 - Qt's name
        self.messages.append(text)


def test_one_reminder_at_a_time_then_the_next(qtbot, session, clock):
    from asthma_app.ui.reminders import SHOW_SECONDS, ReminderNotifier

    db, pid = session.db, session.profile_id
    rem.save(db, pid, [rem.Reminder("preventer", time(8, 0)),
                       rem.Reminder("peak_flow", time(8, 0))], clock())
    notifier = ReminderNotifier(db, pid, clock, tray_factory=FakeTray)
    assert notifier.check() is None  # off until turned on
    rem.set_enabled(db, pid, True)
    first = notifier.check()
    assert first is not None and len(notifier.tray.messages) == 1
    assert notifier.check() is None  # one on screen: nothing more
    clock.advance(seconds=SHOW_SECONDS)
    second = notifier.check()
    assert second is not None and second.key != first.key
    clock.advance(seconds=SHOW_SECONDS)
    assert notifier.check() is None and len(notifier.tray.messages) == 2
    rem.set_enabled(db, pid, False)
    clock.advance(days=1)
    assert notifier.check() is None


def test_settings_save_and_say_when_no_tray(qtbot, session, clock, monkeypatch):
    from asthma_app.ui.reminders import ReminderSettings

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    dialog = ReminderSettings(session.db, session.profile_id, clock)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.no_tray.isVisible() and "no notification area" in dialog.no_tray.text()
    assert unnamed_controls(dialog) == []
    dialog.on.setChecked(True)
    dialog.rows["preventer"][0].setChecked(True)
    dialog._on_save_clicked()
    saved = {r.kind: r for r in rem.load(session.db, session.profile_id)}
    assert saved["preventer"].enabled and not saved["peak_flow"].enabled
    assert rem.enabled(session.db, session.profile_id)


def _dose_plan(session, clock):
    from asthma_app.domain.plan import Medicine, MedicineRole
    from asthma_app.domain.schedule import DoseTimes
    from tests.conftest import make_plan

    session.plans.agree(make_plan(medicines=(
        Medicine("beclometasone", MedicineRole.PREVENTER, schedule=DoseTimes.BOTH,
                 puffs_each_time=2),)))
    rem.save(session.db, session.profile_id, [rem.Reminder("preventer", time(8, 0))], clock())
    rem.set_enabled(session.db, session.profile_id, True)


def test_preventer_reminder_offers_taken_for_the_person_it_is_for(qtbot, session, clock):
    """Taken logs the morning dose in this person's diary; Remind me later asks again after
    15 minutes (hazard H40/H42)."""
    from asthma_app.domain.doses import DoseState
    from asthma_app.ui.reminders import (
        SHOW_SECONDS,
        SNOOZE_MINUTES,
        ReminderBanner,
        ReminderNotifier,
    )

    _dose_plan(session, clock)
    notifier = ReminderNotifier(session.db, session.profile_id, clock, tray_factory=FakeTray)
    notifier.timer.stop()  # checked by hand: the 30 s timer must not outlive this test's file
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    offered = []
    notifier.reminded.connect(banner.show_reminder)
    notifier.dose_reminded.connect(lambda pid, _t: offered.append(pid))
    notifier.dose_reminded.connect(lambda pid, _t: banner.offer_dose(
        pid, session, session.profile.name, notifier.remind_later))
    clock.advance(minutes=5)
    assert notifier.check() is not None and offered == [session.profile_id]
    banner.show()
    assert banner.text.text().startswith("Sam Patel: ")
    assert unnamed_controls(banner) == []
    banner.dose.later_button.click()
    assert not banner.isVisible()
    clock.advance(seconds=SHOW_SECONDS)
    assert notifier.check() is None  # not yet
    clock.advance(minutes=SNOOZE_MINUTES)
    assert notifier.check() is not None and len(offered) == 2
    banner.dose.taken_button.click()
    assert [d.state for d in session.medicines.today()] == [DoseState.TAKEN,
                                                            DoseState.NOT_LOGGED]
    assert "Logged as taken: beclometasone" in banner.dose.result.text()


def test_taken_never_logs_for_another_person(qtbot, session, clock, db):
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile, open_session
    from asthma_app.ui.reminders import ReminderBanner

    _dose_plan(session, clock)
    other = open_session(db, create_profile(db, Profile("Ana Other"), clock).id, clock)
    _dose_plan(other, clock)
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    banner.show_reminder("Time for your preventer, as your plan says.")
    banner.offer_dose(session.profile_id, other, "Sam Patel")  # the wrong session
    banner.dose.taken_button.click()
    assert other.medicines.doses() == [] and session.medicines.doses() == []
    assert not banner.dose.isVisible()


def test_switching_person_hides_the_last_persons_reminder(make_window, session, clock, db):
    from asthma_app.domain.profile import Profile
    from asthma_app.services.profiles import create_profile
    window = make_window()
    window.open_profile(session.profile)
    window.show_reminder("Time for your preventer, as your plan says.")
    banner = window.reminder_banner
    banner.offer_dose(session.profile_id, window.session, "Sam Patel")
    assert banner.isVisible()
    window.open_profile(create_profile(db, Profile("Ana Other"), clock))
    assert not banner.isVisible()
