"""Settings → Backups…: encryption with a passphrase, and the second folder each backup is
copied to (a USB drive, a network share), with when a backup last reached it.

The passphrase is typed twice and never stored: turning encryption on keeps a key pair, its
private key wrapped with the passphrase (store.offsite). Only when the manager ticks it does
the passphrase go to the system's keyring, and a missing keyring is said, not fatal.
"""

from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from expat_desk.store import Store, StoreError, passphrase_keyring
from expat_desk.store.backup_crypto import check_passphrase_strength, passphrase_opens
from expat_desk.store.backup_crypto_errors import MIN_PASSPHRASE
from expat_desk.store.offsite import (
    encryption_keys,
    last_copy,
    same_disk,
    second_folder,
    set_second_folder,
    turn_encryption_off,
    turn_encryption_on,
)
from expat_desk.ui.dates import moment_text
from expat_desk.ui.error_words import refusal_text
from expat_desk.ui.palette import error_style
from expat_desk.ui.sizing import grow_to_fit, open_within_screen
from expat_desk.ui.tab_order import tab_chain


class BackupsDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.store = store
        self.was_on = encryption_keys(store) is not None
        self.folder: Path | None = second_folder(store)

        encryption = QGroupBox(self.tr("Encryption"), self)
        self.encrypt = QCheckBox(self.tr("&Encrypt backups with a passphrase"), encryption)
        self.encrypt.setObjectName("encryptCheck")
        self.encrypt.setChecked(self.was_on)
        self.passphrase = self._secret("passphraseField", self.tr("Passphrase"))
        self.repeat = self._secret("repeatPassphraseField", self.tr("Passphrase again"))
        self.remember = QCheckBox(
            self.tr("&Remember the passphrase in the system's keyring"), encryption
        )
        self.remember.setObjectName("rememberCheck")
        self.remember.setChecked(self.was_on and passphrase_keyring.recall(store.path) is not None)
        hint = self.tr(
            "At least %1 characters. Without it an encrypted backup cannot be restored: "
            "keep it somewhere safe, away from this laptop."
        ).replace("%1", str(MIN_PASSPHRASE))
        if self.was_on:
            hint = (
                self.tr(
                    "Encryption is on. Type a passphrase only to change it: backups made "
                    "before still open with the old one."
                )
                + " "
                + hint
            )
        self.hint = self._note("encryptionHint", hint)
        self.passphrase_error = self._note("passphraseError", "")
        self.passphrase_error.setStyleSheet(error_style())
        self.passphrase_error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.repeat)
        box = QVBoxLayout(encryption)
        box.addWidget(self.encrypt)
        box.addLayout(form)
        box.addWidget(self.passphrase_error)
        box.addWidget(self.remember)
        box.addWidget(self.hint)

        second = QGroupBox(self.tr("Second backup folder"), self)
        self.folder_field = QLineEdit(second)
        self.folder_field.setObjectName("secondFolderField")
        self.folder_field.setReadOnly(True)
        self.folder_field.setAccessibleName(self.tr("Second backup folder"))
        self.folder_field.setPlaceholderText(self.tr("None: backups stay on this laptop only"))
        choose = QPushButton(self.tr("&Choose…"), second)
        choose.setObjectName("chooseSecondFolderButton")
        choose.clicked.connect(self._choose)
        clear = QPushButton(self.tr("C&lear"), second)
        clear.setObjectName("clearSecondFolderButton")
        clear.clicked.connect(lambda: self._set_folder(None))
        row = QHBoxLayout()
        row.addWidget(self.folder_field, 1)
        row.addWidget(choose)
        row.addWidget(clear)
        copied = last_copy(store)
        self.last_copy = self._note(
            "lastCopyLabel",
            self.tr("Each backup is copied there too. Last copy: %1 UTC.").replace(
                "%1", moment_text(copied)
            )
            if copied
            else self.tr("Each backup is copied there too. No backup has been copied yet."),
        )
        self.warning = self._note("secondFolderWarning", "")
        self.warning.setStyleSheet(error_style())
        box = QVBoxLayout(second)
        box.addWidget(
            self._note(
                "secondFolderHint",
                self.tr("A USB drive or a network share, so that a lost laptop loses no data."),
            )
        )
        box.addLayout(row)
        box.addWidget(self.last_copy)
        box.addWidget(self.warning)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveBackupsButton")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelBackupsButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(encryption)
        layout.addWidget(second)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.encrypt.toggled.connect(self._follow)
        self.passphrase.textEdited.connect(lambda _t: self.passphrase_error.hide())
        self.repeat.textEdited.connect(lambda _t: self.passphrase_error.hide())
        tab_chain(
            self.encrypt, self.passphrase, self.repeat, self.remember, choose, clear, save, cancel
        )
        self._set_folder(self.folder)
        self._follow()
        self.setMinimumWidth(560)
        open_within_screen(self, 640)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)  # the notes wrap: longer in Russian and Kazakh

    def _secret(self, name: str, accessible: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setAccessibleName(accessible)
        return field

    def _note(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _follow(self, _checked: bool = False) -> None:
        on = self.encrypt.isChecked()
        for widget in (self.passphrase, self.repeat, self.remember):
            widget.setEnabled(on)
        self._warn()

    def _choose(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Second backup folder"), str(self.folder or Path.home())
        )
        if name:
            self._set_folder(Path(name))

    def _set_folder(self, folder: Path | None) -> None:
        self.folder = folder
        self.folder_field.setText("" if folder is None else str(folder))
        self._warn()

    def _warn(self) -> None:
        text = ""
        if self.folder is not None and same_disk(self.store.path, self.folder):
            text = self.tr(
                "This folder is on this laptop's own disk: choose a USB drive or a network share."
            )
        elif self.folder is not None and not self.encrypt.isChecked():
            text = self.tr(
                "Backups copied off this laptop hold every client's passport: turn encryption on."
            )
        self.warning.setText(text)
        self.warning.setVisible(bool(text))
        if self.isVisible():
            grow_to_fit(self)

    def accept(self) -> None:
        if not self._save_encryption():
            return
        try:
            set_second_folder(self.store, self.folder)
        except StoreError as exc:
            self.warning.setText(refusal_text(exc))
            self.warning.show()
            grow_to_fit(self)
            return
        super().accept()

    def _save_encryption(self) -> bool:
        typed, again = self.passphrase.text(), self.repeat.text()
        if not self.encrypt.isChecked():
            if self.was_on:
                turn_encryption_off(self.store)
                passphrase_keyring.forget(self.store.path)
            return True
        if self.was_on and not typed and not again:
            if not self.remember.isChecked():
                passphrase_keyring.forget(self.store.path)
                return True  # the keys stay as they are
            if passphrase_keyring.recall(self.store.path) is not None:
                return True
            return self._refuse(self.tr("Type the passphrase, so that it can be remembered."))
        if typed != again:
            return self._refuse(self.tr("The two passphrases differ."))
        try:
            check_passphrase_strength(typed)
        except StoreError as exc:
            return self._refuse(refusal_text(exc))
        keys = encryption_keys(self.store)
        if keys is None or not passphrase_opens(keys, typed):
            turn_encryption_on(self.store, typed)
        if not self.remember.isChecked():
            passphrase_keyring.forget(self.store.path)
        elif not passphrase_keyring.remember(self.store.path, typed):
            told = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Backups"),
                self.tr(
                    "The system's keyring is not available, so the passphrase is not "
                    "remembered: a restore will ask for it."
                ),
                QMessageBox.StandardButton.Ok,
                self,
            )
            told.setObjectName("keyringUnavailableMessage")
            told.exec()
        return True

    def _refuse(self, text: str) -> bool:
        self.passphrase_error.setText(text)
        self.passphrase_error.show()
        grow_to_fit(self)
        self.passphrase.setFocus()
        return False
