"""An unexpected error: logged to the file, shown with copyable details, the app goes on."""

import logging
import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from ts_text import translated

from expat_desk.domain.errors import Message, Word
from expat_desk.store import Store
from expat_desk.store.errors import NotFound
from expat_desk.ui import errors, language


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
    # The raw text is English of no use to a manager: the kind in words, the rest in details.
    assert box.text() == "Something went wrong: an error in the program (RuntimeError)"
    assert str(log_path) in box.informativeText()
    assert "Traceback" in box.detailedText()
    assert "RuntimeError: the printer is on fire" in box.detailedText()
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


def crash_in(code: str, error: BaseException, tmp_path: Path, monkeypatch) -> QMessageBox:
    """The box the hook shows for ``error`` in a window speaking ``code``."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers = list(root.handlers)
    log_path = errors.setup_logging(tmp_path)
    language.install(code)
    try:
        errors.install_excepthook(log_path)
        try:
            raise error
        except type(error):
            sys.excepthook(*sys.exc_info())
    finally:
        language.install("en")
        for handler in set(root.handlers) - set(handlers):
            handler.close()
            root.removeHandler(handler)
    assert "Traceback" in log_path.read_text(encoding="utf-8")
    return shown[0]


def test_a_refusal_of_ours_is_said_in_russian_by_its_code(qtbot, tmp_path, monkeypatch) -> None:
    missing = NotFound(
        Message("store.not_found", "no {record} #{id}", record=Word("record", "client"), id=42)
    )
    box = crash_in("ru", missing, tmp_path, monkeypatch)

    words = (
        translated("ru", "DomainErrors", "no {record} #{id}")
        .replace("{record}", translated("ru", "DomainErrors", "client"))
        .replace("{id}", "42")
    )
    assert box.text() == translated("ru", "Errors", "Something went wrong: %1").replace("%1", words)
    assert "no client" not in box.text()
    assert "NotFound: no client #42" in box.detailedText()  # the English stays in the details
    assert box.windowTitle() == translated("ru", "Errors", "Unexpected error")


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (RuntimeError("the printer is on fire"), "an error in the program (%1)"),
        (KeyError("passport_number"), "an error in the program (%1)"),
        (
            PermissionError(13, "Permission denied", "C:/Expat/out.xlsx"),
            "a file or folder could not be read or written (%1)",
        ),
        (
            sqlite3.OperationalError("database disk image is malformed"),
            "the database could not do what was asked (%1)",
        ),
    ],
)
def test_any_other_error_is_named_by_its_kind_in_russian_without_its_raw_text(
    qtbot, tmp_path, monkeypatch, error: BaseException, kind: str
) -> None:
    box = crash_in("ru", error, tmp_path, monkeypatch)

    words = translated("ru", "Errors", kind).replace("%1", type(error).__name__)
    assert box.text() == translated("ru", "Errors", "Something went wrong: %1").replace("%1", words)
    raw = str(error)
    assert raw not in box.text() and raw in box.detailedText()
    assert not any("a" <= ch <= "z" for ch in words.replace(type(error).__name__, ""))
