"""What the window's backups need of encryption and the second folder: the copy to the second
folder, off the window's thread, and the passphrase a sealed archive's restore asks for.

A USB drive pulled out or a network share gone away can make a copy hang for a minute; the
copy runs on a plain thread that touches no widget and hands its outcome to the window's thread
through a queued signal. The window says how it went in the status bar, never in a box: a
missing second folder does not stop the day's work.
"""

import threading
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLineEdit

from expat_desk.store import StoreError, passphrase_keyring
from expat_desk.store.offsite import copy_to_second, keep_setting, record_copy, second_folder
from expat_desk.ui.ask_dialog import AskDialog
from expat_desk.ui.error_words import refusal_text

if TYPE_CHECKING:
    from expat_desk.ui.main_window import MainWindow

translate = QCoreApplication.translate


class SecondCopy(QObject):
    """Copies each new backup to the second folder; ``done`` once a copy ended (the copy's
    path, or None when it failed and the status bar says why)."""

    done = Signal(object)
    _finished = Signal(object, object)  # from the copying thread: the copy, or the refusal

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self._finished.connect(self._report)
        self.thread: threading.Thread | None = None

    def start(self, archive: Path) -> bool:
        """Copy ``archive`` if a second folder is set; whether a copy was started."""
        folder = second_folder(self.window.store)
        if folder is None:
            return False
        keep = keep_setting(self.window.store)
        self.window.ui.statusBar.showMessage(
            self.tr("Copying the backup to %1…").replace("%1", str(folder))
        )

        def copy() -> None:
            try:
                outcome: object = copy_to_second(archive, folder, keep)
            except StoreError as exc:
                outcome = exc
            with suppress(RuntimeError):  # the window closed meanwhile: nobody left to tell
                self._finished.emit(archive, outcome)

        self.thread = threading.Thread(target=copy, name="second-backup-copy", daemon=True)
        self.thread.start()
        return True

    def _report(self, _archive: Path, outcome: object) -> None:
        bar = self.window.ui.statusBar
        if isinstance(outcome, StoreError):
            bar.showMessage(
                self.tr("The backup was not copied to the second folder: %1").replace(
                    "%1", refusal_text(outcome)
                )
            )
            self.done.emit(None)
            return
        record_copy(self.window.store, datetime.now(UTC).replace(tzinfo=None))
        bar.showMessage(self.tr("Backup copied to %1").replace("%1", str(outcome)), 10_000)
        self.done.emit(outcome)


def ask_passphrase(window: "MainWindow", archive: Path, wrong: bool) -> str | None:
    """The passphrase of a sealed archive: the keyring's if the manager let it remember one
    (and it was not just found wrong), else typed; None when the manager cancels."""
    if not wrong:
        remembered = passphrase_keyring.recall(window.store.path)
        if remembered:
            return remembered
    question = translate("BackupActions", "%1 is encrypted. Type its passphrase:").replace(
        "%1", archive.name
    )
    if wrong:
        question = (
            translate("BackupActions", "The passphrase is wrong; a backup opens only with its own.")
            + "\n\n"
            + question
        )
    dialog = AskDialog(
        window,
        name="passphraseDialog",
        title=translate("BackupActions", "Restore from backup"),
        question=question,
        accessible=translate("BackupActions", "Passphrase of the backup"),
    )
    assert isinstance(dialog.field, QLineEdit)
    dialog.field.setEchoMode(QLineEdit.EchoMode.Password)
    try:
        if not dialog.exec():
            return None
        return dialog.field.text()
    finally:
        dialog.deleteLater()
