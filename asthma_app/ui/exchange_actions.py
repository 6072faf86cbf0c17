"""File menu actions: export (CSV, JSON backup, FHIR, PDFs) and import (JSON backup, CSV with a
preview), with file dialogs. Data exports and imports run as jobs (``ui.workers.run_job``),
each on its own connection, with a progress dialog so the window never freezes on a big file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from .file_filters import file_filter

# The dialogs and the worker code are imported where they are used: every start makes this
# object (for the File menu's title), few starts export anything.

# each format's file-dialog filter (ui/file_filters.py), made in the language of the moment
FILTER_KINDS = {"csv": "csv", "json": "json", "fhir": "fhir", "pdf-plan": "pdf",
                "pdf-review": "pdf", "plan-file": "plan-file"}


class ExchangeActions(QObject):
    """Owns the File menu of one main window. Its actions are made each time it opens, in
    the language of the moment (and not at start-up, where nobody has opened it yet)."""

    def __init__(self, window):
        super().__init__(window)
        self.job = self.progress = None
        self.plan_dialog = None
        self.menu = window.menuBar().addMenu("")
        self.menu.aboutToShow.connect(self._fill_menu)
        self.retranslate()
        window.setAcceptDrops(True)  # a plan file dropped on it opens (ui/plan_drop.py)

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&File"))

    def _fill_menu(self) -> None:
        self.menu.clear()
        labels = {"csv": self.tr("Export readings and diary (CSV)..."),
                  "json": self.tr("Export a full backup (JSON)..."),
                  "fhir": self.tr("Export for health records (FHIR)..."),
                  "pdf-plan": self.tr("Save my action plan as PDF..."),
                  "pdf-review": self.tr("Save the review summary as PDF..."),
                  "plan-file": self.tr("Save my action plan as a plan file (.asthmaplan)...")}
        self.menu.addAction(self.tr("Open a plan from my nurse..."), self.open_nurse_plan)
        self.menu.addSeparator()
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
        from ..services import exchange  # lazy: imported on use: keeps start-up fast

        session = self._session()
        if session is None or not self._plain_export_accepted(session, plain_ok):
            return
        if path is None:
            from PySide6.QtWidgets import QFileDialog  # lazy: start-up

            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export"), "",
                                                  file_filter(FILTER_KINDS[fmt]))
            if not path:
                return
        if fmt.startswith("pdf"):
            from .printing.pdf import save_plan_pdf, save_review_pdf  # lazy: start-up

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
        def job(connect, progress):
            from ..services.profiles import open_session  # lazy: none (move it to the top)

            with connect() as db:  # never the window's connection
                own = open_session(db, session.profile_id, session.clock)
                return str(exchange.export_data(own, fmt, Path(path), progress))

        self._run(job, session.db)

    def _plain_export_accepted(self, session, plain_ok: bool | None) -> bool:
        """A protected person's diary is encrypted; an export file is not. Say so first."""
        from ..services.profile_security import has_passphrase  # lazy: none (move it to the top)

        if not has_passphrase(self.window.db, session.profile_id):
            return True
        if plain_ok is None:
            from PySide6.QtWidgets import QMessageBox  # lazy: start-up

            answer = QMessageBox.question(
                self.window, self.tr("Export"),
                self.tr("Your diary is protected by a passphrase, but this file will not be "
                        "encrypted: anyone who can open it can read it. Export it anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            plain_ok = answer == QMessageBox.StandardButton.Yes
        return plain_ok

    def import_backup(self, path: str | None = None) -> None:
        from ..services import exchange  # lazy: imported on use: keeps start-up fast

        if path is None:
            from PySide6.QtWidgets import QFileDialog  # lazy: start-up

            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import a backup"), "",
                                                  file_filter("json"))
            if not path:
                return
        today = self.window.clock().date()

        def job(connect, progress):
            # its own connection: a reading saved in the window meanwhile is its own
            # transaction, never part of the import's (which may roll back)
            with connect() as db:
                report = exchange.import_backup_file(db, Path(path), today)
            progress(1, 1)
            return report.profile_name

        self._run(job, self.window.db)

    def import_csv(self, path: str | None = None, confirm=None) -> None:
        """Preview first (nothing written), then write all rows in one go if accepted."""
        from ..services import exchange  # lazy: imported on use: keeps start-up fast
        from ..storage.exchange import ImportRefused  # lazy: start-up

        session = self._session()
        if path is None:
            from PySide6.QtWidgets import QFileDialog  # lazy: start-up

            path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import readings"), "",
                                                  file_filter("csv"))
            if not path:
                return
        try:
            preview = exchange.preview_csv(session, Path(path))
        except ImportRefused as error:
            self._failed(str(error))
            return
        from ..domain.text import fill  # lazy: none (move it to the top)

        text = fill(self.tr("%1 readings, %2 diary entries and %3 attacks will be added. %4 "
                            "rows are already in your diary and will be skipped."),
                    len(preview.readings), len(preview.entries), len(preview.attacks),
                    preview.skipped_existing)
        if confirm is None:
            from PySide6.QtWidgets import QMessageBox  # lazy: start-up

            answer = QMessageBox.question(self.window, self.tr("Import readings"), text)
            confirm = answer == QMessageBox.StandardButton.Yes
        if confirm:
            exchange.apply_csv(session, preview)
            self.window.refresh_pages()

    def open_nurse_plan(self, path: str | None = None) -> None:
        """The plan PDF, a .asthmaplan file or a FHIR CarePlan: read, checked, compared with
        the current plan; it becomes the plan only when the patient confirms."""
        from .plan_handover import open_nurse_plan  # lazy: start-up

        open_nurse_plan(self, path)

    def _run(self, job, database) -> None:
        from PySide6.QtWidgets import QProgressDialog  # lazy: start-up

        from .workers import run_job  # lazy: start-up

        self.progress = QProgressDialog(self.tr("Working..."), "", 0, 0, self.window)
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)
        self.last_error = ""
        self.job = run_job(self, job, database=database, name="exchange",
                           on_result=self._done, on_error=self._on_job_error,
                           on_progress=self._on_job_progress)

    def _on_job_error(self, error: BaseException) -> None:
        from .workers import failure_message  # lazy: start-up

        self._failed(failure_message(error))

    def _on_job_progress(self, done: int, total: int) -> None:
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
        from PySide6.QtWidgets import QMessageBox  # lazy: start-up

        self.message_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Nothing was changed"),
                                       message, QMessageBox.StandardButton.Ok, self.window)
        self.message_box.open()  # not exec(): never block the event loop
