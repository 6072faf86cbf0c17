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
