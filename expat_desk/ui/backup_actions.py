"""File → Back up now and Restore from backup, the day's backup at start, Settings → Backups.

The work is the store's (store.backup, store.offsite). It runs on the window's thread with a
modal progress dialog that the store's progress callback moves and that keeps the window
painting; nothing else can change the data meanwhile. Only the copy to the second folder runs
on a thread of its own (ui.offsite_actions), on a finished archive.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from expat_desk.store import StoreError
from expat_desk.store.backup import (
    DEFAULT_KEEP,
    KEEP_SETTING,
    backups_folder,
    check_backup,
    restore_backup,
)
from expat_desk.store.offsite import daily_backup, encryption_keys, make_backup
from expat_desk.store.sealed_names import is_encrypted
from expat_desk.ui.dates import moment_text
from expat_desk.ui.error_words import refusal_text
from expat_desk.ui.offsite_actions import SecondCopy, ask_passphrase

if TYPE_CHECKING:
    from expat_desk.ui.main_window import MainWindow

T = TypeVar("T")


class BackupActions(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        window.ui.backupAction.triggered.connect(self.back_up_now)
        window.ui.restoreAction.triggered.connect(self.restore)
        self.second_copy = SecondCopy(window)
        # Settings → Backups…, made here, not in the form.
        self.settings_action = QAction(self.tr("&Backups…"), window)
        self.settings_action.setObjectName("backupSettingsAction")
        self.settings_action.setStatusTip(
            self.tr("Encrypt backups, and copy each to a USB drive or a network share")
        )
        window.ui.settingsMenu.addAction(self.settings_action)
        self.settings_action.triggered.connect(self.edit_settings)

    def edit_settings(self) -> int:
        from expat_desk.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.window.store, self.window)
        try:
            return dialog.exec()
        finally:
            dialog.deleteLater()

    @property
    def keep(self) -> int:
        value = self.window.store.get_setting(KEEP_SETTING, DEFAULT_KEEP)
        return value if isinstance(value, int) and 1 <= value <= 365 else DEFAULT_KEEP

    def daily(self) -> Path | None:
        """The day's backup, if none was made today; a failure is told, never fatal."""
        try:
            made = self._with_progress(
                self.tr("Making today's backup…"),
                lambda progress: daily_backup(
                    self.window.store.path,
                    encryption_keys(self.window.store),
                    keep=self.keep,
                    progress=progress,
                ),
            )
        except StoreError as exc:
            self._warn(
                self.tr("Today's backup could not be made.\n\n%1").replace("%1", refusal_text(exc))
            )
            return None
        if made is not None:
            self.window.ui.statusBar.showMessage(
                self.tr("Backed up to %1").replace("%1", str(made)), 10_000
            )
            self.second_copy.start(made)
        return made

    def back_up_now(self) -> Path | None:
        try:
            made = self._with_progress(
                self.tr("Backing up…"),
                lambda progress: make_backup(
                    self.window.store.path, encryption_keys(self.window.store), progress=progress
                ),
            )
        except StoreError as exc:
            self._warn(
                self.tr("The backup could not be made.\n\n%1").replace("%1", refusal_text(exc))
            )
            return None
        self.second_copy.start(made)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Backup made"),
            self.tr("The database and its files are backed up to\n%1").replace("%1", str(made)),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("backupDoneMessage")
        box.button(QMessageBox.StandardButton.Ok).setObjectName("backupDoneOkButton")
        show = box.addButton(self.tr("Show folder"), QMessageBox.ButtonRole.ActionRole)
        show.setObjectName("showBackupFolderButton")
        box.exec()
        if box.clickedButton() is show:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(made.parent)))
        return made

    def restore(self) -> bool:
        if not self.window.details.confirm_leave():  # typing is not in any backup
            return False
        store = self.window.store
        folder = backups_folder(store.path)
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Restore from backup"),
            str(folder if folder.is_dir() else store.path.parent),
            self.tr("Expat Desk backups (*.zip *.zip.edb)"),
        )
        if not name:
            return False
        archive = Path(name)
        passphrase: str | None = None
        from expat_desk.store.backup_crypto import opened  # cryptography: only for a restore

        wrong = False
        while True:
            if is_encrypted(archive):
                passphrase = ask_passphrase(self.window, archive, wrong)
                if passphrase is None:
                    return False
            try:
                with opened(archive, store.path, passphrase) as plain:
                    return self._restore_from(plain, name)
            except StoreError as exc:
                if exc.code == "backup.wrong_passphrase":
                    wrong = True  # said in the next question; asked again
                    continue
                self._warn(
                    self.tr("This backup cannot be restored.\n\n%1").replace(
                        "%1", refusal_text(exc)
                    )
                )
                return False

    def _restore_from(self, plain: Path, name: str) -> bool:
        """Check, ask and restore ``plain`` (the archive chosen, opened if it was sealed)."""
        store = self.window.store
        try:
            info = self._with_progress(
                self.tr("Checking the backup…"),
                lambda progress: check_backup(plain, progress, beside=store.path),
            )
        except StoreError as exc:
            self._warn(
                self.tr("This backup cannot be restored.\n\n%1").replace("%1", refusal_text(exc))
            )
            return False
        made = moment_text(info.created_at)
        question = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore from backup"),
            self.tr(
                "Replace all the data with the backup of %1 UTC (%2 clients, %3 cases, %4 files)?"
            )
            .replace("%1", made)
            .replace("%2", str(info.clients))
            .replace("%3", str(info.cases))
            .replace("%4", str(info.files)),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        question.setObjectName("restoreQuestion")
        question.button(QMessageBox.StandardButton.Cancel).setObjectName("cancelRestoreButton")
        question.setInformativeText(
            self.tr("What is there now is backed up first, so this restore can be undone.")
        )
        replace = question.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        replace.setObjectName("confirmRestoreButton")
        question.setDefaultButton(QMessageBox.StandardButton.Cancel)
        question.exec()
        if question.clickedButton() is not replace:
            return False
        store.engine.dispose()  # no connection may hold the file being replaced
        try:
            self._with_progress(
                self.tr("Restoring…"),
                lambda progress: restore_backup(store.path, plain, progress=progress),
            )
        except StoreError as exc:
            self._warn(self.tr("The restore failed.\n\n%1").replace("%1", refusal_text(exc)))
            return False
        finally:
            store.reopen()
        self.window.refresh()
        self.window.show_client(None)
        self.window.show_desk_manager()
        self.window.ui.statusBar.showMessage(
            self.tr("Restored from %1").replace("%1", name), 10_000
        )
        return True

    def _with_progress(self, label: str, work: Callable[[Callable[[float], None]], T]) -> T:
        dialog = QProgressDialog(label, "", 0, 100, self.window)
        dialog.setObjectName("backupProgress")
        dialog.setWindowTitle(self.tr("Expat Desk"))
        dialog.setCancelButton(None)  # a half-made backup is worse than a wait
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)

        def progress(fraction: float) -> None:
            dialog.setValue(min(99, int(fraction * 100)))
            # Paint, but take no clicks: nothing may change the data meanwhile.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

        try:
            return work(progress)
        finally:
            dialog.setValue(100)
            dialog.close()
            dialog.deleteLater()

    def _warn(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Expat Desk"),
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setObjectName("backupProblemMessage")
        box.button(QMessageBox.StandardButton.Ok).setObjectName("backupProblemOkButton")
        box.exec()
