"""Settings → Backups, the copy to the second folder and a sealed backup's restore, as a
manager does them (the system's keyring replaced by one in memory)."""

from datetime import date
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from qt_keys import type_text

from expat_desk.store import Store, backup_crypto
from expat_desk.store.backup_crypto import is_encrypted
from expat_desk.store.offsite import (
    encryption_keys,
    last_copy,
    list_archives,
    second_folder,
    set_second_folder,
    turn_encryption_on,
)
from expat_desk.ui.app import create_main_window
from expat_desk.ui.ask_dialog import AskDialog
from expat_desk.ui.backups_dialog import BackupsDialog

TODAY = date(2026, 11, 25)
PASSPHRASE = "Жаңа құпия сөз 2026"  # typed in Kazakh, as a manager may


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError("none")


class NoKeyring(MemoryKeyring):
    """A headless Linux: no backend at all."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("no backend")

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("no backend")


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    before = keyring.get_keyring()
    fake = MemoryKeyring()
    keyring.set_keyring(fake)
    monkeypatch.setattr(backup_crypto.new_keys, "__kwdefaults__", {"log2_n": 14})
    yield fake
    keyring.set_keyring(before)


@pytest.fixture
def window(qtbot, db_path: Path):  # type: ignore[no-untyped-def]
    with Store.open(db_path) as store:
        store.add_client(
            {
                "surname": "Weber",
                "given_names": "Anna",
                "birth_date": date(1990, 5, 2),
                "sex": "F",
                "citizenship": "DEU",
                "passport_number": "C01X00T47",
            }
        )
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def click(object_name: str):  # type: ignore[no-untyped-def]
    def exec_(box: QMessageBox) -> int:
        box.findChild(QPushButton, object_name).click()
        return 0

    return exec_


def open_settings(window, qtbot) -> BackupsDialog:  # type: ignore[no-untyped-def]
    dialog = BackupsDialog(window.store, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_settings_turn_encryption_on_and_choose_the_second_folder(  # type: ignore[no-untyped-def]
    window, qtbot, monkeypatch, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    dialog = open_settings(window, qtbot)
    assert window.backups.settings_action in window.ui.settingsMenu.actions()
    dialog.findChild(QPushButton, "chooseSecondFolderButton").click()
    # A second folder without encryption is warned of (here also: it is on the same disk).
    assert dialog.warning.isVisible()
    dialog.encrypt.click()
    type_text(dialog.passphrase, PASSPHRASE)
    type_text(dialog.repeat, PASSPHRASE[:-1])
    dialog.remember.click()
    save = dialog.findChild(QPushButton, "saveBackupsButton")
    save.click()
    assert dialog.isVisible() and dialog.passphrase_error.text() == "The two passphrases differ."
    assert encryption_keys(window.store) is None

    type_text(dialog.repeat, PASSPHRASE[-1])
    save.click()
    assert not dialog.isVisible()
    assert encryption_keys(window.store) is not None
    assert second_folder(window.store) == usb
    assert list(memory_keyring.kept.values()) == [PASSPHRASE]


def test_a_weak_passphrase_is_refused_in_the_dialog(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_settings(window, qtbot)
    dialog.encrypt.click()
    type_text(dialog.passphrase, "short")
    type_text(dialog.repeat, "short")
    dialog.findChild(QPushButton, "saveBackupsButton").click()
    assert "at least 12 characters" in dialog.passphrase_error.text()
    assert encryption_keys(window.store) is None


def test_no_keyring_is_said_and_encryption_is_on_all_the_same(  # type: ignore[no-untyped-def]
    window, qtbot, monkeypatch
) -> None:
    keyring.set_keyring(NoKeyring())
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.objectName()) or 0)
    dialog = open_settings(window, qtbot)
    dialog.encrypt.click()
    type_text(dialog.passphrase, PASSPHRASE)
    type_text(dialog.repeat, PASSPHRASE)
    dialog.remember.click()
    dialog.findChild(QPushButton, "saveBackupsButton").click()
    assert told == ["keyringUnavailableMessage"]
    assert encryption_keys(window.store) is not None and not dialog.isVisible()


def test_the_days_backup_is_sealed_and_copied_to_the_second_folder(  # type: ignore[no-untyped-def]
    window, qtbot, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    set_second_folder(window.store, usb)
    turn_encryption_on(window.store, PASSPHRASE)
    with qtbot.waitSignal(window.backups.second_copy.done, timeout=30_000) as copied:
        made = window.backups.daily()
    assert made is not None and is_encrypted(made)
    assert copied.args[0] == usb / made.name and is_encrypted(usb / made.name)
    assert "Backup copied to" in window.ui.statusBar.currentMessage()
    assert last_copy(window.store) is not None


def test_an_unplugged_second_folder_is_told_in_the_status_bar(  # type: ignore[no-untyped-def]
    window, qtbot, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    set_second_folder(window.store, usb)
    usb.rmdir()  # the USB drive pulled out
    with qtbot.waitSignal(window.backups.second_copy.done, timeout=30_000) as copied:
        made = window.backups.daily()
    assert copied.args == [None]
    assert made is not None and made.is_file()  # the local backup is made all the same
    message = window.ui.statusBar.currentMessage()
    assert "not copied to the second folder" in message and str(usb) in message
    assert list_archives(tmp_path) == [] and last_copy(window.store) is None


def test_restore_of_a_sealed_backup_asks_the_passphrase_again_when_wrong(  # type: ignore[no-untyped-def]
    window, monkeypatch
) -> None:
    turn_encryption_on(window.store, PASSPHRASE)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    archive = window.backups.back_up_now()
    assert archive is not None and is_encrypted(archive)
    window.store.add_client(
        {
            "surname": "Later",
            "given_names": "Max",
            "birth_date": date(1980, 1, 1),
            "sex": "M",
            "citizenship": "DEU",
            "passport_number": "C01X00T55",
        }
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
    asked: list[str] = []
    answers = iter(["a wrong passphrase", PASSPHRASE])

    def answer(dialog: AskDialog) -> int:
        asked.append(dialog.question.text())
        assert dialog.field.echoMode() == dialog.field.EchoMode.Password  # type: ignore[union-attr]
        type_text(dialog.field, next(answers))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AskDialog, "exec", answer)
    monkeypatch.setattr(QMessageBox, "exec", click("confirmRestoreButton"))

    assert window.backups.restore()
    assert len(asked) == 2 and "is encrypted" in asked[0]
    assert asked[1].startswith("The passphrase is wrong")
    assert [c.surname for c in window.store.search_clients()] == ["Weber"]


def test_a_remembered_passphrase_restores_without_asking(  # type: ignore[no-untyped-def]
    window, monkeypatch, memory_keyring: MemoryKeyring
) -> None:
    turn_encryption_on(window.store, PASSPHRASE)
    memory_keyring.set_password("ExpatDesk", str(window.store.path.resolve()), PASSPHRASE)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    archive = window.backups.back_up_now()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
    asked: list[Any] = []
    monkeypatch.setattr(AskDialog, "exec", lambda dialog: asked.append(dialog) or 0)
    monkeypatch.setattr(QMessageBox, "exec", click("confirmRestoreButton"))
    assert window.backups.restore() and asked == []


def test_saving_with_encryption_on_keeps_the_keys_unless_a_new_passphrase_is_typed(  # type: ignore[no-untyped-def]
    window, qtbot
) -> None:
    turn_encryption_on(window.store, PASSPHRASE)
    keys = encryption_keys(window.store)
    dialog = open_settings(window, qtbot)
    assert dialog.encrypt.isChecked() and "Encryption is on" in dialog.hint.text()
    dialog.findChild(QPushButton, "saveBackupsButton").click()
    assert encryption_keys(window.store) == keys

    dialog = open_settings(window, qtbot)
    type_text(dialog.passphrase, "another passphrase, longer")
    type_text(dialog.repeat, "another passphrase, longer")
    dialog.findChild(QPushButton, "saveBackupsButton").click()
    assert encryption_keys(window.store) not in (None, keys)

    dialog = open_settings(window, qtbot)
    dialog.encrypt.click()
    dialog.findChild(QPushButton, "saveBackupsButton").click()
    assert encryption_keys(window.store) is None
