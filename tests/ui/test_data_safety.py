"""Backups, restores, one window a database, and erasing a client, as a manager does them."""

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QPushButton

from expat_desk.store import Store
from expat_desk.store.backup import list_backups
from expat_desk.store.errors import NotFound
from expat_desk.store.lock import WriterLock
from expat_desk.ui.app import create_main_window, take_writer_lock
from expat_desk.ui.ask_dialog import AskDialog

TODAY = date(2026, 11, 25)


def add_client(store: Store, surname: str, passport: str) -> Any:
    client, _ = store.add_client(
        {
            "surname": surname,
            "given_names": "Anna",
            "birth_date": date(1990, 5, 2),
            "sex": "F",
            "citizenship": "DEU",
            "passport_number": passport,
        }
    )
    return client


@pytest.fixture
def window(qtbot, db_path: Path):  # type: ignore[no-untyped-def]
    with Store.open(db_path) as store:
        add_client(store, "Weber", "C01X00T47")
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def click(object_name: str):  # type: ignore[no-untyped-def]
    """A stand-in for QMessageBox.exec that clicks the named button, as the manager would."""

    def exec_(box: QMessageBox) -> int:
        box.findChild(QPushButton, object_name).click()
        return 0

    return exec_


def answering(text: str):  # type: ignore[no-untyped-def]
    """A stand-in for AskDialog.exec that types ``text`` into its field and presses OK."""

    def exec_(dialog: AskDialog) -> int:
        if isinstance(dialog.field, QComboBox):
            dialog.field.setEditText(text)
        else:
            dialog.field.setText(text)
        dialog.accept()
        return dialog.result()

    return exec_


def test_back_up_now_files_an_archive(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.objectName()) or 0)

    window.ui.backupAction.trigger()

    [archive] = list_backups(window.store.path)
    assert shown == ["backupDoneMessage"]
    assert archive.name.endswith("-manual.zip")


def test_the_days_backup_is_made_once(window) -> None:  # type: ignore[no-untyped-def]
    assert window.backups.daily() is not None
    assert window.backups.daily() is None
    assert len(list_backups(window.store.path)) == 1


def test_restore_brings_the_backup_back_after_asking(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    window.ui.backupAction.trigger()
    [archive] = list_backups(window.store.path)
    add_client(window.store, "Later", "C01X00T48")
    window.refresh()
    assert window.register.model.rowCount() == 2

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
    monkeypatch.setattr(QMessageBox, "exec", click("confirmRestoreButton"))
    window.ui.restoreAction.trigger()

    assert [c.surname for c in window.store.search_clients()] == ["Weber"]
    assert window.register.model.rowCount() == 1
    assert any(p.name.endswith("-before-restore.zip") for p in list_backups(window.store.path))


def test_restore_is_not_done_when_the_manager_cancels(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    window.ui.backupAction.trigger()
    [archive] = list_backups(window.store.path)
    add_client(window.store, "Later", "C01X00T48")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(archive), ""))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.objectName()) or 0)

    window.ui.restoreAction.trigger()

    assert asked == ["restoreQuestion"]
    assert window.store.count_clients() == 2


def test_a_file_that_is_not_a_backup_is_refused_with_a_message(  # type: ignore[no-untyped-def]
    window, monkeypatch, tmp_path: Path
) -> None:
    junk = tmp_path / "holiday-photos.zip"
    junk.write_bytes(b"PK\x03\x04 not really")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)

    window.ui.restoreAction.trigger()

    assert len(told) == 1 and "not a backup of Expat Desk" in told[0]
    assert window.store.count_clients() == 1


def test_a_second_copy_on_the_same_database_is_told_and_not_opened(  # type: ignore[no-untyped-def]
    qtbot, db_path: Path, monkeypatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.informativeText()) or 0)
    with WriterLock(db_path):
        assert take_writer_lock(db_path) is None
    assert "already open in another Expat Desk window" in told[0]
    second = take_writer_lock(db_path)
    assert second is not None
    second.release()


def test_erasing_a_client_asks_for_the_surname_then_erases(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    client = window.store.search_clients()[0]
    window.register.ui.clientTable.selectRow(0)
    assert window.ui.eraseClientAction.isEnabled()

    monkeypatch.setattr(AskDialog, "exec", answering("Webber"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: 0)
    window.ui.eraseClientAction.trigger()
    assert window.store.get_client(client.id).surname == "Weber"

    monkeypatch.setattr(AskDialog, "exec", answering("weber"))
    window.ui.eraseClientAction.trigger()
    with pytest.raises(NotFound):
        window.store.get_client(client.id)
    assert window.register.model.rowCount() == 0
    assert not window.ui.eraseClientAction.isEnabled()


def test_the_desk_manager_signs_the_history_the_client_tab_shows(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert window.desk_label.text() == "Manager: not set"
    monkeypatch.setattr(AskDialog, "exec", answering("Aigerim Sarsenova"))
    window.ui.deskManagerAction.trigger()
    assert window.desk_label.text() == "Manager: Aigerim Sarsenova"

    window.register.ui.clientTable.selectRow(0)
    details = window.details
    details.ui.employerField.setText("AIFC Court")
    details.save()

    lines = [window.ui.clientHistory.item(r).text() for r in range(window.ui.clientHistory.count())]
    assert "unknown  registered: Weber Anna" in lines[0]
    assert "Aigerim Sarsenova  employer: — → AIFC Court" in lines[-1]


def test_erasing_while_a_reader_holds_the_journal_says_so(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    client = window.store.search_clients()[0]
    window.register.ui.clientTable.selectRow(0)
    monkeypatch.setattr("expat_desk.store.erasure.CHECKPOINT_TRIES", 1)
    monkeypatch.setattr("expat_desk.store.database.BUSY_TIMEOUT_MS", 0)
    window.store.engine.dispose()  # new connections wait for no reader
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: warnings.append(text))
    monkeypatch.setattr(AskDialog, "exec", answering("weber"))
    reader = sqlite3.connect(window.store.path, timeout=0)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM clients").fetchone()
        window.store.update_client(client.id, {"employer": "AIFC Court"})  # after the snapshot
        window.ui.eraseClientAction.trigger()
    finally:
        reader.close()
    with pytest.raises(NotFound):
        window.store.get_client(client.id)
    assert len(warnings) == 1 and "until Expat Desk is closed" in warnings[0]
