"""File menu actions: export (CSV, JSON backup, FHIR, PDFs) and import (JSON backup, CSV with a
preview), with file dialogs. Data exports and imports run in a worker thread with a progress
dialog so the window never freezes on a big file.

Signals (ExchangeWorker): ``progressed(int, int)``, ``finished(str)``, ``failed(str)``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

# The dialogs and the worker code are imported where they are used: every start makes this
# object (for the File menu's title), few starts export anything.

FILTERS = {"csv": "CSV (*.csv)", "json": "JSON backup (*.json)", "fhir": "FHIR JSON (*.json)",
           "pdf-plan": "PDF (*.pdf)", "pdf-review": "PDF (*.pdf)"}


class ExchangeWorker(QObject):
    progressed = Signal(int, int)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, job):
        super().__init__()
        self._job = job

    def run(self) -> None:
        from .workers import failure_message

        try:
            self.finished.emit(self._job(lambda done, total: self.progressed.emit(done, total)))
        except Exception as error:  # noqa: BLE001 - any failure becomes a calm message
            self.failed.emit(failure_message(error))


class ExchangeActions(QObject):
    """Owns the File menu of one main window. Its actions are made each time it opens, in
    the language of the moment (and not at start-up, where nobody has opened it yet)."""

    def __init__(self, window):
        super().__init__(window)
        self.thread = self.worker = self.progress = None
        self.menu = window.menuBar().addMenu("")
        self.menu.aboutToShow.connect(self._fill_menu)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&File"))

    def _fill_menu(self) -> None:
        self.menu.clear()
        labels = {"csv": self.tr("Export readings and diary (CSV)..."),
                  "json": self.tr("Export a full backup (JSON)..."),
                  "fhir": self.tr("Export for health records (FHIR)..."),
                  "pdf-plan": self.tr("Save my action plan as PDF..."),
                  "pdf-review": self.tr("Save the review summary as PDF...")}
        for fmt, text in labels.items():
            self.menu.addAction(text, lambda f=fmt: self.export(f))
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Import a backup (JSON)..."), self.import_backup)
        self.menu.addAction(self.tr("Import readings from a spreadsheet (CSV)..."),
                            self.import_csv)

    @property
    def window(self):
        """The main window, as our Qt parent: no Python reference cycle keeps it alive."""
        return self.parent()

    def _session(self):
        return self.window.session

    def export(self, fmt: str, path: str | None = None, plain_ok: bool | None = None) -> None:
        """``plain_ok``: for a protected person, whether they knowingly accept a file that
        is not encrypted (None: ask them)."""
        from ..services import exchange  # imported on use: keeps start-up fast

        session = self._session()
        if session is None or not self._plain_export_accepted(session, plain_ok):
            return
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export"), "",
                                                  FILTERS[fmt])
            if not path:
                return
        if fmt.startswith("pdf"):
            from .printing.pdf import save_plan_pdf, save_review_pdf

            try:
                if fmt == "pdf-plan":
                    save_plan_pdf(session, Path(path))
                else:
                    save_review_pdf(session.reviews.summary(), Path(path))
            except OSError as error:  # open in another program, read-only, full
                self._failed(str(error))
                return
            self._done(path)
            return
        from ..storage.database import another_connection, database_file

        diary = database_file(session.db)  # asked here: the connection is this thread's

        def job(progress):
            from ..services.profiles import open_session

            with another_connection(diary) as db:  # never the window's connection
                own = open_session(db, session.profile_id, session.clock)
                return str(exchange.export_data(own, fmt, Path(path), progress))

        self._run(job)

    def _plain_export_accepted(self, session, plain_ok: bool | None) -> bool:
        """A protected person's diary is encrypted; an export file is not. Say so first."""
        from ..services.profile_security import has_passphrase

        if not has_passphrase(self.window.db, session.profile_id):
            return True
        if plain_ok is None:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(
                self.window, self.tr("Export"),
                self.tr("Your diary is protected by a passphrase, but this file will not be "
                        "encrypted: anyone who can open it can read it. Export it anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            plain_ok = answer == QMessageBox.StandardButton.Yes
        return plain_ok

    def import_backup(self, path: str | None = None) -> None:
        from ..services import exchange  # imported on use: keeps start-up fast

        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import a backup"), "",
                                                  FILTERS["json"])
            if not path:
                return
        from ..storage.database import another_connection, database_file

        diary, today = database_file(self.window.db), self.window.clock().date()

        def job(progress):
            # its own connection: a reading saved in the window meanwhile is its own
            # transaction, never part of the import's (which may roll back)
            with another_connection(diary) as db:
                report = exchange.import_backup_file(db, Path(path), today)
            progress(1, 1)
            return report.profile_name

        self._run(job)

    def import_csv(self, path: str | None = None, confirm=None) -> None:
        """Preview first (nothing written), then write all rows in one go if accepted."""
        from ..services import exchange  # imported on use: keeps start-up fast
        from ..storage.exchange import ImportRefused

        session = self._session()
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import readings"), "",
                                                  FILTERS["csv"])
            if not path:
                return
        try:
            preview = exchange.preview_csv(session, Path(path))
        except ImportRefused as error:
            self._failed(str(error))
            return
        from ..domain.text import fill

        text = fill(self.tr("%1 readings, %2 diary entries and %3 attacks will be added. %4 "
                            "rows are already in your diary and will be skipped."),
                    len(preview.readings), len(preview.entries), len(preview.attacks),
                    preview.skipped_existing)
        if confirm is None:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(self.window, self.tr("Import readings"), text)
            confirm = answer == QMessageBox.StandardButton.Yes
        if confirm:
            exchange.apply_csv(session, preview)
            self.window.refresh_pages()

    def _run(self, job) -> None:
        from PySide6.QtCore import QThread
        from PySide6.QtWidgets import QProgressDialog

        from .workers import keep_alive

        self.progress = QProgressDialog(self.tr("Working..."), "", 0, 0, self.window)
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)
        self.last_error = ""
        # no parent: deleting a running thread with its window would abort the app
        self.thread, self.worker = keep_alive(QThread()), ExchangeWorker(job)
        self.thread.job_worker = self.worker  # lives as long as its thread, not this object
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_worker_progressed)
        self.worker.finished.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self.thread.quit)
        self.worker.failed.connect(self.thread.quit)
        self.thread.start()

    def _on_worker_progressed(self, done: int, total: int) -> None:
        if self.progress:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress:
            self.progress.close()
            self.progress = None

    def _done(self, result: str) -> None:
        self._close_progress()
        self.window.statusBar().showMessage(self.tr("Done: %1").replace("%1", result), 8000)
        self.window.refresh_pages()

    def _failed(self, message: str) -> None:
        self._close_progress()
        self.last_error = message
        from PySide6.QtWidgets import QMessageBox

        self.message_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Nothing was changed"),
                                       message, QMessageBox.StandardButton.Ok, self.window)
        self.message_box.open()  # not exec(): never block the event loop
