"""The demo shell: banner on every screen, reset, MART switch, presenter, throwaway folder."""

import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

from asthma_app.domain.plan import PlanKind
from asthma_app.domain.profile import Profile
from asthma_app.domain.readings import PeakFlowReading
from asthma_app.services.profiles import create_profile
from asthma_app.storage import repository
from tests.ui.helpers import click, unnamed_controls


def _snapshot(folder: Path) -> dict:
    return {str(p.relative_to(folder)): (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes())
                                         .hexdigest())
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _flush():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_demo_never_touches_the_real_data_dir(qtbot, db, clock, data_dir):
    from asthma_app.app import create_application, demo_shell

    create_application()
    create_profile(db, Profile("Real Person", 1970), clock)
    before = _snapshot(data_dir)
    shell = demo_shell(clock)
    folder = shell.folder
    assert data_dir not in folder.parents and folder != data_dir
    window = shell.window
    window.show()
    window.session.diary.log_reading(PeakFlowReading(clock(), (222,)))
    shell.switch_to_mart()
    shell.reset()
    _flush()
    shell.close()
    _flush()
    assert not folder.exists()
    assert _snapshot(data_dir) == before
    assert [p.name for p in repository.list_profiles(db)] == ["Real Person"]


def test_reset_leaves_no_residue(qtbot, clock):
    from asthma_app.app import create_application, demo_shell

    create_application()
    shell = demo_shell(clock)
    try:
        session = shell.window.session
        start = [r.value for r in repository.list_readings(shell.db, session.profile_id)]
        session.diary.log_reading(PeakFlowReading(clock(), (123,)))
        click(qtbot, shell.mart_button)
        assert shell.window.session.plans.current().kind is PlanKind.MART
        click(qtbot, shell.reset_button)
        _flush()
        session = shell.window.session
        after = repository.list_readings(shell.db, session.profile_id)
        assert [r.value for r in after] == start and 123 not in [r.value for r in after]
        assert session.plans.current().kind is PlanKind.PREVENTER_RELIEVER
        assert not session.diary.can_undo
        files = {p.name for p in shell.folder.iterdir()}
        assert files <= {"asthma.sqlite3", "asthma.sqlite3-wal", "asthma.sqlite3-shm",
                         "demo-template.sqlite3", "backups"}
    finally:
        shell.close()


def test_banner_on_every_screen_and_presenter(qtbot, clock):
    from asthma_app.app import create_application, demo_shell
    from asthma_app.ui.demo import PRESENTER_SCALE

    create_application()
    shell = demo_shell(clock)
    window = shell.window
    window.show()
    try:
        for page in window.page_list:
            window.show_page(page.key)
            assert shell.banner.isVisible() and shell.banner.window() is window
            assert "DEMO" in shell.banner.findChild(type(window.profile_label)).text()
            assert window.windowTitle().startswith("DEMO")
        assert unnamed_controls(window) == []
        shell.presenter_box.setChecked(True)
        assert window.text_size.currentData() == PRESENTER_SCALE
        click(qtbot, shell.reset_button)  # presenter view survives a reset
        assert shell.window.text_size.currentData() == PRESENTER_SCALE
    finally:
        shell.close()


def test_try_the_demo_from_first_run(qtbot, db, clock):
    from asthma_app.app import create_application, home_shell

    create_application()
    home = home_shell(db, clock)
    window = home.window
    qtbot.addWidget(window)
    window.show()
    button = window.first_run.try_demo_button
    qtbot.waitUntil(button.isVisible)
    click(qtbot, button)
    shell = home.try_demo.shell
    try:
        assert shell.window.isVisible() and not window.isVisible()
        assert shell.window.session.profile.name.endswith("(demo)")
        folder = shell.folder
        click(qtbot, shell.leave_button)
        assert window.isVisible() and not folder.exists()
        assert repository.list_profiles(db) == []
    finally:
        home.shutdown()


def test_a_demo_tried_from_home_is_deleted_when_the_app_ends(qtbot, db, clock):
    """Closing the app (or SIGTERM) while the demo tried from the first-run screen was
    open left its throwaway folder behind: only "Leave demo" deleted it."""
    from asthma_app.app import create_application, home_shell

    create_application()
    home = home_shell(db, clock)
    qtbot.addWidget(home.window)
    home.window.show()
    click(qtbot, home.window.first_run.try_demo_button)
    folder = home.try_demo.shell.folder
    assert folder.exists()
    home.shutdown()  # what the app's aboutToQuit runs
    _flush()
    assert not folder.exists()


def test_banner_follows_a_change_of_language(qtbot, clock):
    """Switching to Urdu in the demo left the banner and its buttons in English."""
    from asthma_app import i18n
    from asthma_app.app import create_application, demo_shell

    create_application()
    shell = demo_shell(clock)
    try:
        shell.window.show()
        english = [shell.banner_text.text(), shell.mart_button.text(),
                   shell.presenter_box.text(), shell.reset_button.text(),
                   shell.leave_button.text()]
        i18n.set_language("ur")
        urdu = [shell.banner_text.text(), shell.mart_button.text(),
                shell.presenter_box.text(), shell.reset_button.text(),
                shell.leave_button.text()]
        assert shell.leave_button.text() == "ڈیمو سے باہر نکلیں"
        assert all(u != e for u, e in zip(urdu, english, strict=True)), urdu
        i18n.set_language("en")
        assert shell.leave_button.text() == "Leave demo"
    finally:
        i18n.set_language("en")
        shell.close()
        _flush()


def test_the_text_size_option_applies_to_the_demo(qtbot, clock):
    """``asthma-app --demo --text-scale 200``: a nurse showing the demo at 200 % text."""
    from asthma_app.app import create_application, demo_shell

    create_application()
    shell = demo_shell(clock, text_scale=190)  # the nearest size the menu offers
    assert shell.window.text_size.currentData() == 200
    shell.end()
