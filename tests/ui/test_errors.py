"""An unexpected error: logged to the file, shown with copyable details, the app goes on."""

import logging
import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from expat_desk.store import Store
from expat_desk.ui import errors


def test_unexpected_error_is_logged_and_shown(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        box.findChild(type(box.buttons()[0]), "copyDetailsButton").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    root = logging.getLogger()
    handlers = list(root.handlers)
    log_path = errors.setup_logging(tmp_path)
    try:
        errors.install_excepthook(log_path)
        try:
            raise RuntimeError("the printer is on fire")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        for handler in set(root.handlers) - set(handlers):
            handler.close()
            root.removeHandler(handler)

    assert "RuntimeError: the printer is on fire" in log_path.read_text(encoding="utf-8")
    box = shown[0]
    assert "the printer is on fire" in box.text()
    assert str(log_path) in box.informativeText()
    assert "Traceback" in box.detailedText()
    assert "the printer is on fire" in QApplication.clipboard().text()


def test_the_log_and_the_details_never_carry_an_iin_or_passport(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers = list(root.handlers)
    log_path = errors.setup_logging(tmp_path)
    try:
        errors.install_excepthook(log_path)
        logging.getLogger("expat_desk").warning("looked up passport C01X00T47")
        try:
            raise ValueError("IIN 850314300017 clashes with passport C01X00T47")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        for handler in set(root.handlers) - set(handlers):
            handler.close()
            root.removeHandler(handler)

    written = log_path.read_text(encoding="utf-8")
    for place in (written, shown[0].text(), shown[0].detailedText()):
        assert "850314300017" not in place and "C01X00T47" not in place
    assert "**********17 clashes" in written


@pytest.mark.parametrize(
    "sabotage",
    [
        # An OperationalError: the statement fails inside SQLite, its row in SQLAlchemy's text.
        "CREATE TRIGGER sabotage BEFORE INSERT ON clients "
        "BEGIN INSERT INTO nowhere VALUES (1); END",
        # An IntegrityError, which the store turns into a conflict.
        "CREATE TRIGGER sabotage BEFORE INSERT ON clients BEGIN SELECT RAISE(ABORT, 'no'); END",
    ],
)
def test_a_failed_statement_never_puts_the_clients_row_in_the_log_or_the_dialog(
    qtbot, tmp_path: Path, monkeypatch, sabotage: str
) -> None:
    # Found by the attack: an unexpected database error logged the whole row it was writing.
    db_path = tmp_path / "expat-desk.sqlite3"
    store = Store.open(db_path, today=lambda: date(2026, 11, 25))
    raw = sqlite3.connect(db_path)
    raw.execute(sabotage)
    raw.commit()
    raw.close()
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers = list(root.handlers)
    log_path = errors.setup_logging(tmp_path)
    row = {
        "surname": "Quillfeather",
        "given_names": "Ottoline",
        "birth_date": date(1979, 8, 23),
        "sex": "F",
        "citizenship": "GBR",
        "passport_number": "XK1234",
        "email": "ottoline.q@example.org",
    }
    try:
        errors.install_excepthook(log_path)
        try:
            store.add_client(row)
        except Exception:
            sys.excepthook(*sys.exc_info())
    finally:
        store.close()
        for handler in set(root.handlers) - set(handlers):
            handler.close()
            root.removeHandler(handler)

    written = log_path.read_text(encoding="utf-8")
    assert "Traceback" in written and shown
    for place in (written, shown[0].text(), shown[0].detailedText()):
        for value in ("Quillfeather", "Ottoline", "1979-08-23", "XK1234", "ottoline.q", "example"):
            assert value not in place, value
