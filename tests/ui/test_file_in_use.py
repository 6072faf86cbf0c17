"""Saving over a file another program has open (a CSV in Excel, a PDF in Acrobat): Windows
refuses the rename (PermissionError, winerror 32). The app says so calmly, keeps the old file
as it was and leaves no ``.part`` file behind; saving works once the file is closed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.platform_sim import refuse_open_files

IN_USE = "is open in another program"


@pytest.fixture
def open_elsewhere(monkeypatch, tmp_path):
    """Files under ``tmp_path/out`` that another program holds open; returns the folder and a
    switch to close them."""
    folder = tmp_path / "out"
    folder.mkdir()
    state = {"open": True}
    refuse_open_files(monkeypatch, lambda p: state["open"] and Path(p).parent == folder,
                      method="replace")
    return folder, state


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".part", ".partial")))


@pytest.mark.parametrize("fmt", ["csv", "json", "fhir"])
def test_data_export_over_an_open_file(session, open_elsewhere, fmt):
    from asthma_app.services.exchange import export_data
    from asthma_app.services.file_write import FileInUseError

    folder, state = open_elsewhere
    target = folder / f"mine.{fmt}"
    target.write_text("the old export")
    with pytest.raises(FileInUseError) as caught:
        export_data(session, fmt, target)
    assert IN_USE in str(caught.value) and "mine." in str(caught.value)
    assert target.read_text() == "the old export" and leftovers(folder) == []
    state["open"] = False
    export_data(session, fmt, target)
    assert target.read_text(encoding="utf-8-sig") != "the old export"


def test_menu_exports_say_so_calmly(window_with_plan, qtbot, open_elsewhere):
    folder, _state = open_elsewhere
    actions = window_with_plan.exchange_actions
    for fmt, name in (("pdf-plan", "plan.pdf"), ("pdf-review", "review.pdf"),
                      ("csv", "readings.csv")):
        target = folder / name
        target.write_bytes(b"old")
        actions.last_error = ""
        actions.export(fmt, str(target))  # the PDFs used to raise into the crash dialog here
        qtbot.waitUntil(lambda: bool(actions.last_error), timeout=10000)
        assert IN_USE in actions.last_error and name in actions.last_error
        assert "Errno" not in actions.last_error
        assert isinstance(actions.message_box, QMessageBox)
        actions.message_box.close()
        assert target.read_bytes() == b"old" and leftovers(folder) == []


def test_review_page_pdf_over_an_open_file(window_with_plan, qtbot, open_elsewhere):
    folder, state = open_elsewhere
    window_with_plan.show_page("review")
    page = window_with_plan.page("review")
    page.tabs.setCurrentIndex(3)
    summary = page.summary_view
    target = folder / "review.pdf"
    target.write_bytes(b"old")
    assert summary.save_pdf_to(str(target)) is None
    assert IN_USE in summary.save_error.text()
    summary.save_error.close()
    assert target.read_bytes() == b"old" and leftovers(folder) == []
    state["open"] = False
    assert summary.save_pdf_to(str(target)) == target
    assert target.read_bytes().startswith(b"%PDF")


def test_backup_copy_over_a_file_in_use_leaves_nothing(db, tmp_path, monkeypatch):
    from asthma_app.storage.backup import backup_to
    from asthma_app.storage.database import StorageError

    target = tmp_path / "copy.sqlite3"
    refuse_open_files(monkeypatch, lambda p: Path(p).name == "copy.sqlite3.partial",
                      method="replace")
    with pytest.raises(StorageError):
        backup_to(db, target)
    assert not target.exists() and list(tmp_path.glob("*.partial")) == []


def test_command_line_export_over_an_open_file(filled_cli, open_elsewhere, capsys):
    from asthma_app.app import main

    folder, _state = open_elsewhere
    target = folder / "mine.csv"
    target.write_text("old")
    assert main(["export", "--profile", "Sam Patel", "--format", "csv",
                 "--out", str(target)]) == 1
    assert IN_USE in capsys.readouterr().err
    assert target.read_text() == "old" and leftovers(folder) == []


@pytest.fixture
def filled_cli(session):
    return session
