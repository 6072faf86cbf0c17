"""Import refusals and storage messages are made below the UI (no Qt there), yet a person
using the app in Polish reads them in Polish, placeholders filled (domain/text.translate)."""

from __future__ import annotations

import json

import pytest

from asthma_app.domain import text


@pytest.fixture
def polish(qapp):
    from PySide6.QtCore import QCoreApplication

    from asthma_app import i18n

    before = text._translator
    text.install_translator(QCoreApplication.translate)  # as app.py does
    i18n.set_language("pl")
    yield
    i18n.set_language("en")
    text.install_translator(before)


def refusal(action) -> str:
    from asthma_app.storage.exchange import ImportRefused

    with pytest.raises(ImportRefused) as caught:
        action()
    return str(caught.value)


def test_csv_refusals_are_in_polish_with_line_and_column(polish):
    from asthma_app.storage.exchange.csv_format import parse_csv

    message = refusal(lambda: parse_csv("when,notes\n2026-11-20 08:30,x\n"))
    assert message.startswith("wiersz 1: Pierwszy wiersz musi zawierać nazwy kolumn")
    message = refusal(lambda: parse_csv("date_time,peak_flow\n2026-11-20 08:30,lots\n"))
    assert message == "wiersz 2, kolumna peak_flow: 'lots' nie jest liczbą całkowitą w L/min."


def test_backup_refusals_are_in_polish(polish):
    from datetime import date

    from asthma_app.storage.exchange import json_backup
    from asthma_app.storage.exchange.backup_import import check_backup

    assert refusal(lambda: json_backup.loads('{"format": "something else"}')) == (
        "To nie jest kopia zapasowa utworzona przez tę aplikację.")
    newer = json.dumps({"format": json_backup.FORMAT, "format_version": 999})
    assert "Zaktualizuj aplikację" in refusal(lambda: json_backup.loads(newer))
    assert refusal(lambda: check_backup({"profile": None}, date(2026, 11, 22))) == (
        "profile: Kopia zapasowa nie zawiera profilu.")


def test_a_file_refusal_and_a_storage_message_are_in_polish(polish, tmp_path):
    from asthma_app.storage.errors import Problem, message
    from asthma_app.storage.exchange import read_text

    path = tmp_path / "readings.csv"
    path.write_bytes("date_time".encode("utf-16-le"))  # UTF-16 without its byte-order mark
    assert refusal(lambda: read_text(path)).startswith("Plik wygląda na tekst UTF-16")
    assert message(Problem.CORRUPT).startswith("Plik dzienniczka jest uszkodzony")


def test_in_english_the_refusals_read_as_before():
    """No translator (the command line, pure tests): the English source text, unchanged."""
    from asthma_app.storage.exchange.csv_format import parse_csv

    assert refusal(lambda: parse_csv("date_time,peak_flow\n2026-11-20 08:30,lots\n")) == (
        "line 2, column peak_flow: 'lots' is not a whole number of L/min.")


def test_the_medicines_refusals_are_in_polish(polish):
    """The dose and inhaler records added with issue 16 refuse in the user's language too."""
    from datetime import date

    from asthma_app.storage.exchange.backup_import import _correction, _inhaler
    from asthma_app.storage.exchange.csv_format import parse_csv

    csv_text = "record,date_time,medicine,taken\ndose,2026-11-20 08:30,,1\n"
    assert refusal(lambda: parse_csv(csv_text)) == (
        "wiersz 2, kolumna medicine: Dawka wymaga nazwy leku (najwyżej 300 znaków).")
    today = date(2026, 11, 22)
    assert refusal(lambda: _inhaler({"medicine": "Clenil", "size": 5000}, "inhalers[0]",
                                    today)) == (
        "inhalers[0].size: Wielkość inhalatora musi wynosić od 1 do 1000 dawek.")
    assert refusal(lambda: _correction({"doses_left": -1}, "corrections[0]", today)) == (
        "corrections[0].doses_left: Liczba pozostałych dawek musi wynosić od 0 do 1000.")
