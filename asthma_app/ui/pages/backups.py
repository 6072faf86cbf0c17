"""Backups: see the copies of the diary, make one now, or bring the open person's diary back
from one (after a check).

Backing up and restoring run as jobs (``ui.workers.run_job``) with a busy bar, so the window
never freezes. Restoring brings back only the open person, and always saves the whole diary
as it is first (``storage.restore``). A protected person's diary is in their own encrypted
file: they see and restore their own encrypted copies (``storage.vault_restore``), never the
shared file's, which do not hold their diary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ... import paths
from ...domain.text import fill
from ...storage import backup
from ...storage.database import another_connection
from ...storage.restore import restore_from_backup
from ..widgets.common import format_datetime, label
from ..workers import Job, failure_message, run_job
from .base import Page

if TYPE_CHECKING:
    from ...storage.vault_restore import VaultBackup


class BackupsPage(Page):
    key = "backups"

    def __init__(self, mode, parent=None):
        super().__init__(mode, parent)
        self.heading = label(self.tr("Backups of my diary"), "pageTitle")
        self.explain = label(self._explanation(False))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)  # follows the text size, never clips
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Bring back this copy..."))
        self.restore_button.clicked.connect(self.ask_restore)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        self.status = label("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.explain):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.backups: list[backup.BackupInfo | VaultBackup] = []  # the person's own if protected
        self.worker: Job | None = None
        self.confirm: QMessageBox | None = None

    def _explanation(self, encrypted: bool) -> str:
        if encrypted:
            return self.tr(
                "Your diary is encrypted with your passphrase, and so are these copies of it. "
                "They hold only your diary: bringing one back changes nobody else's. Your "
                "diary as it is now is saved first, so nothing is lost.")
        return self.tr(
            "The app makes a copy of your diary each day you use it, and keeps copies from the "
            "last week, the last five weeks and the last year. You can bring a copy back if "
            "something went wrong. Your diary as it is now is saved first, so nothing is lost.")

    def title(self) -> str:
        return self.tr("Backups")

    def _kind(self, kind: str) -> str:
        names = {backup.AUTO: self.tr("Daily (automatic)"), backup.MANUAL: self.tr("Made by me"),
                 backup.BEFORE_RESTORE: self.tr("Before bringing back a copy")}
        return names.get(kind, self.tr("Before an update") if kind.startswith("before-migration")
                         else kind)

    def _vault(self):
        """The open person's encrypted file, or None (no passphrase, or nobody open)."""
        if self.session is None:
            return None
        from ...services.vaults import vault_file  # lazy: SQLCipher only with a vault

        return vault_file(self.session.db)

    def refresh(self) -> None:
        encrypted = self._vault()
        if encrypted is None:
            self.backups = backup.list_backups(paths.backups_dir())
        else:
            from ...storage import vault_restore  # lazy: SQLCipher only with a vault

            self.backups = vault_restore.list_vault_backups(encrypted)
        self.explain.setText(self._explanation(encrypted is not None))
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            size = fill(self.tr("%1 KB"), max(1, round(info.size / 1024)))
            for column, text in enumerate((format_datetime(info.created), self._kind(info.kind),
                                           size)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.worker is None
        self.backup_button.setEnabled(idle and self.session is not None)
        self.restore_button.setEnabled(idle and self.selected() is not None)

    def selected(self) -> backup.BackupInfo | VaultBackup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _start(self, job, done_message: str, database=None) -> None:
        self._done_message = done_message
        self.busy.show()
        self.status.setText(self.tr("Working. Please wait."))
        self.worker = run_job(self, job, database=database or self.session.db, name="backups",
                              on_result=self._on_job_result, on_error=self._on_job_error)
        self._update_buttons()

    def _on_job_result(self, _result) -> None:
        self._finished(self._done_message)

    def _on_job_error(self, error: BaseException) -> None:
        self._finished(failure_message(error))

    def _finished(self, message: str) -> None:
        self.worker = None
        self.busy.hide()
        self.status.setText(message)
        self.refresh()
        self.data_changed.emit()

    def back_up_now(self) -> None:
        from ...services.vaults import shared_file, vault_file  # lazy: SQLCipher with a vault

        # a protected person's session is on their own encrypted file (storage/vault.py): the
        # shared file is backed up as usual (it holds no protected diary), and theirs is
        # copied encrypted beside it, never through a plain backup
        now, encrypted = self.session.clock(), vault_file(self.session.db)
        shared = shared_file(self.session.db)

        def job(connect, _progress):
            with connect() as own:  # a connection of the job's own, never the window's
                made = backup.make_backup(own, paths.backups_dir(), backup.MANUAL, now)
            if encrypted is not None:
                from ...storage import vault  # lazy: SQLCipher only with a vault

                with another_connection(encrypted) as own:
                    vault.manual_backup(own, encrypted, now)
            return made

        self._start(job, self.tr("Backup made."), database=shared)

    def ask_restore(self) -> QMessageBox | None:
        info = self.selected()
        if info is None or self.session is None:
            return None
        self.confirm = QMessageBox(QMessageBox.Icon.Question, self.tr("Bring back a copy"), fill(
            self.tr("Bring back %1's diary as it was on %2? Other people's diaries are not "
                    "changed. The whole diary as it is now is saved as a backup first."),
            self.session.profile.name, format_datetime(info.created)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        yes = self.confirm.button(QMessageBox.StandardButton.Yes)
        self.confirm.buttonClicked.connect(
            lambda button: self.restore(info) if button is yes else None)
        self.confirm.open()
        return self.confirm

    def restore(self, info: backup.BackupInfo | VaultBackup) -> None:
        encrypted = self._vault()
        if encrypted is not None and info.path.suffix != ".db":
            # a backup of the shared file does not hold an encrypted diary: restoring one
            # would only rewind everyone else
            self.status.setText(self.tr(
                "Your diary is encrypted and kept apart, so these backups do not hold it. "
                "Nothing was changed."))
            return
        now, person = self.session.clock(), self.session.profile_id
        # what undo remembers names rows the restore replaces: forget it first
        self.session.diary.clear_undo()
        done = fill(self.tr("Your diary now runs up to %1."), format_datetime(info.created))
        if encrypted is not None:
            self._restore_encrypted(info, encrypted, person, now, done)
            return

        def job(connect, _progress):
            with connect() as own:
                return restore_from_backup(own, info.path, paths.backups_dir(), now, person)

        self._start(job, done)

    def _restore_encrypted(self, info, encrypted, person: int, now, done: str) -> None:
        from ...storage import vault, vault_restore  # lazy: SQLCipher only with a vault

        key = vault.known_key(encrypted)  # asked here: the key of the unlocked person only
        if key is None:
            return  # locked meanwhile: the window is going

        def job(connect, _progress):
            with connect() as own:  # the job's own connection to the person's vault
                return vault_restore.restore_vault(own, encrypted, info.path, key, person, now)

        self._start(job, done, database=self.session.db)
