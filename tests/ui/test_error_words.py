"""Every refusal of the layers below is said in the window's language.

The domain, store, documents and reports raise each refusal with a code and its English
(domain.errors.Message); ui/error_words marks the same English for translation under that code.
A test reads the sources, so the two cannot drift apart; others refuse a status move, a BIN and
a stay in Russian and in Kazakh and read what the manager is shown.
"""

import ast
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QWidget,
)
from qt_keys import type_text
from ts_text import translated as ts_translation

from expat_desk.domain.errors import Message, RuleViolation, ValidationError, Word
from expat_desk.store import Store
from expat_desk.ui import language
from expat_desk.ui.app import create_main_window
from expat_desk.ui.checklist_pane import ChecklistPane
from expat_desk.ui.error_words import SENTENCES, error_text, refusal_text
from expat_desk.ui.host_party_editor import HostPartyEditor

PACKAGE = Path(__file__).resolve().parents[2] / "expat_desk"
LAYERS = ("domain", "store", "documents", "reports")
TODAY = date(2026, 11, 25)
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
# The errors that reach a manager as a refusal, each raised with a Message.
REFUSALS = {
    "RuleViolation",
    "StoreError",
    "DatabasePathError",
    "CorruptDatabase",
    "DatabaseLocked",
    "NewerSchema",
    "NotFound",
    "Conflict",
    "DatabaseInUse",
    "BackupError",
    "DocumentFileChanged",
    "InvalidIin",
    "InvalidMrz",
    "WorkloadError",
    "NotAWorkloadExport",
    "OverlappingExports",
}


# --- the sources and the sentences ---------------------------------------------------------


def sources() -> list[Path]:
    return [path for layer in LAYERS for path in sorted((PACKAGE / layer).rglob("*.py"))]


def constants(tree: ast.Module) -> dict[str, str]:
    """A module's NAME = "text" (codes kept in a constant, as NOT_RECIPROCAL is)."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and isinstance(node.value.value, str):
                    found[target.id] = node.value.value
    return found


def called(node: ast.AST, names: set[str]) -> str | None:
    if isinstance(node, ast.Call):
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        return name if name in names else None
    return None


def raised_messages() -> tuple[list[tuple[str, str, set[str], str]], list[str]]:
    """(code, English template, its arguments' names, where) of every Message of the layers
    below, and where a Message's code or template is not written out."""
    found, unreadable = [], []
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        named = constants(tree)
        where = path.relative_to(PACKAGE.parent)
        for node in ast.walk(tree):
            if not called(node, {"Message"}):
                continue
            assert isinstance(node, ast.Call)
            code_node, template_node = node.args[0], node.args[1]
            code = (
                code_node.value
                if isinstance(code_node, ast.Constant)
                else named.get(getattr(code_node, "id", ""))
            )
            template = template_node.value if isinstance(template_node, ast.Constant) else None
            if not isinstance(code, str) or not isinstance(template, str):
                unreadable.append(f"{where}:{node.lineno}")
                continue
            arguments = {k.arg for k in node.keywords if k.arg is not None}
            found.append((code, template, arguments, f"{where}:{node.lineno}"))
    return found, unreadable


def test_every_code_raised_has_its_sentence_worded_as_raised() -> None:
    found, unreadable = raised_messages()
    assert not unreadable, f"a Message's code and English must be written out: {unreadable}"
    assert len({code for code, *_ in found}) > 100
    problems = []
    for code, template, arguments, where in found:
        if not re.fullmatch(r"[a-z0-9_]+(\.[a-z0-9_]+)*", code):
            problems.append(f"{where}: {code!r} is not a dotted lower-case code")
        if code not in SENTENCES:
            problems.append(f"{where}: {code} has no sentence in ui/error_words")
        elif SENTENCES[code] != template:
            problems.append(
                f"{where}: {code} raises {template!r}, the window says {SENTENCES[code]!r}"
            )
        if set(PLACEHOLDER.findall(template)) != arguments:
            problems.append(f"{where}: {code} names {sorted(arguments)} for {template!r}")
    assert not problems, "\n".join(problems)


def test_a_code_means_one_sentence_and_every_sentence_is_raised() -> None:
    found, _ = raised_messages()
    by_code: dict[str, set[str]] = {}
    for code, template, _, _ in found:
        by_code.setdefault(code, set()).add(template)
    assert {code: t for code, t in by_code.items() if len(t) > 1} == {}
    assert set(SENTENCES) - set(by_code) == set(), "a sentence no layer raises any more"


def test_every_refusal_is_raised_with_a_message() -> None:
    """A RuleViolation, a store error ... and each field of a ValidationError carry a code:
    plain text (an f-string) would reach the manager in English only."""
    plain = []
    for path in sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(PACKAGE.parent)
        for node in ast.walk(tree):
            if called(node, REFUSALS):
                assert isinstance(node, ast.Call)
                first = node.args[0] if node.args else None
                if first is None or isinstance(first, ast.Constant | ast.JoinedStr):
                    plain.append(f"{where}:{node.lineno}")
            elif called(node, {"ValidationError"}):
                assert isinstance(node, ast.Call)
                given = node.args[0]
                if isinstance(given, ast.Dict) and any(
                    isinstance(v, ast.Constant | ast.JoinedStr) for v in given.values
                ):
                    plain.append(f"{where}:{node.lineno}")
            elif isinstance(node, ast.Assign) and isinstance(
                node.value, ast.Constant | ast.JoinedStr
            ):
                # errors["field"] = "why": a field's refusal as plain text
                target = node.targets[0]
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "errors"
                ):
                    plain.append(f"{where}:{node.lineno}")
    assert not plain, "raised as plain text, without a code: " + ", ".join(plain)


# --- saying them -----------------------------------------------------------------------------


def translated(code: str, source: str, context: str = "DomainErrors") -> str:
    return ts_translation(code, context, source)


@pytest.fixture
def speak(qapp):
    """Install a language for the test, English again afterwards."""
    yield language.install
    language.install("en")


def test_in_english_a_refusal_reads_as_raised(speak) -> None:
    speak("en")
    refused = RuleViolation(
        Message(
            "case.iin_exists",
            "{name} already has an IIN ({iin})",
            name="DUBOIS Camille",
            iin="850314400011",
        )
    )
    assert (
        refusal_text(refused) == str(refused) == "DUBOIS Camille already has an IIN (850314400011)"
    )
    assert refused.code == "case.iin_exists" and refused.params["iin"] == "850314400011"
    # Not a refusal of ours: as it came (a full disk says what it says).
    assert refusal_text(OSError("No space left on device")) == "No space left on device"


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_words_in_a_sentence_are_the_windows_words(speak, code: str) -> None:
    speak(code)
    refused = RuleViolation(
        Message(
            "case.closed",
            "case {number} is {status}: reopen it to change it",
            number="IIN-2026-0001",
            status=Word("status", "completed"),
        )
    )
    assert refused.params == {"number": "IIN-2026-0001", "status": "completed"}
    status = translated(code, "Completed", "Titles")
    expected = (
        translated(code, "case {number} is {status}: reopen it to change it")
        .replace("{number}", "IIN-2026-0001")
        .replace("{status}", status)
    )
    assert refusal_text(refused) == expected != str(refused)
    assert status in expected
    # A ValidationError: each field named in the window's words, with why.
    error = ValidationError({"on": Message("date.future", "cannot be in the future")})
    field_and_why = translated(code, "%1: %2")
    assert refusal_text(error) == field_and_why.replace("%1", translated(code, "date")).replace(
        "%2", translated(code, "cannot be in the future")
    )
    assert error_text("no code, as typed") == "no code, as typed"


# --- the window, in Russian and in Kazakh ------------------------------------------------


def click(qtbot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


@pytest.fixture
def window_in(qtbot, store: Store, db_path: Path):
    """The main window on the test store, in a language; English again afterwards."""

    def open_in(code: str) -> Any:
        window = create_main_window(db_path, today=lambda: TODAY, language=code)
        qtbot.addWidget(window)
        return window

    yield open_in
    language.install("en")


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_a_refused_status_move_is_said_in_the_language(
    qtbot, store: Store, window_in, monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    client, _ = store.add_client(
        {
            "surname": "Dubois",
            "birth_date": date(1985, 3, 14),
            "citizenship": "FRA",
            "passport_number": "19AB12345",
        }
    )
    case = store.open_case(client.id, "iin", {"channel": "expat_centre", "representative": True})
    for item in case.items:
        store.set_item_state(item.id, "received")
    window = window_in(code)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    pane = ChecklistPane(window.store)
    qtbot.addWidget(pane)
    pane.show_case(case.id)
    store.move_case(case.id, "cancelled")  # another window cancelled it meanwhile
    click(qtbot, pane.ui.submitCaseButton)

    def status(title: str) -> str:
        return translated(code, title, "Titles")

    sentence = translated(
        code, "a case that is {current} cannot become {target} (allowed: {allowed})"
    )
    assert shown == [
        sentence.replace("{current}", status("Cancelled"))
        .replace("{target}", status("Submitted"))
        .replace("{allowed}", status("In progress"))
    ]
    assert "cannot become" not in shown[0]
    assert store.get_case(case.id).status == "cancelled"


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_a_refused_bin_is_said_in_the_language(qtbot, store: Store, window_in, code: str) -> None:
    window = window_in(code)
    editor = HostPartyEditor(window.store)
    qtbot.addWidget(editor)
    editor.show()
    editor.kind.setCurrentIndex(editor.kind.findData("legal"))
    type_text(editor.fields["name"], "ТОО «Астана Сервис»")
    type_text(editor.fields["id_number"], "1304 4000 0014")  # the last digit mistyped
    click(qtbot, editor.buttons.button(QDialogButtonBox.StandardButton.Save))

    assert editor.result() != QDialog.DialogCode.Accepted
    error = editor.findChild(QWidget, "host_id_numberError")
    english = "the check digit does not match: a digit is mistyped"
    assert error.text() == translated(code, english) != english
    assert [h.name for h in store.list_host_parties()] == ["Nomad Fintech Ltd"]


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_a_refused_stay_is_said_in_the_language(qtbot, store: Store, window_in, code: str) -> None:
    store.add_client(
        {
            "surname": "Wright",
            "birth_date": "1985-03-02",
            "citizenship": "USA",
            "passport_number": "123456789",
        }
    )
    window = window_in(code)
    window.show()
    window.register.ui.clientTable.selectRow(0)
    stays = window.details.stays
    stays.ui.addStayButton.click()
    editor = stays.editor
    assert editor is not None and editor.isVisible()
    ui = editor.ui
    ui.stillHereBox.setChecked(False)
    ui.arrivalField.setDate(QDate(TODAY))
    ui.departureField.setDate(QDate(TODAY - timedelta(days=1)))
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    assert editor.isVisible()  # kept open, with why
    sentence = translated(code, "cannot be before the arrival")
    assert ui.departureError.text() == sentence[:1].upper() + sentence[1:]
    assert "arrival" not in ui.departureError.text()
    assert window.store.list_stays(window.details.client_id) == []


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_a_passport_warning_is_said_in_the_language_with_its_date(
    qtbot, store: Store, window_in, code: str
) -> None:
    store.add_client(
        {
            "surname": "Wright",
            "birth_date": "1985-03-02",
            "citizenship": "USA",
            "passport_number": "123456789",
        }
    )
    window = window_in(code)
    details = window.details
    expired = TODAY - timedelta(days=3)
    details.ui.passportExpiryField.setDate(QDate(expired))  # picked in the calendar

    sentence = translated(code, "the passport expired on {expiry}: record the new passport")
    # The long form in a sentence, its month in the language (QLocale's, as every date).
    expected = sentence.replace("{expiry}", QLocale(code).toString(QDate(expired), "d MMMM yyyy"))
    assert details.ui.passportExpiryError.text() == expected[0].upper() + expected[1:]
    assert "expired" not in details.ui.passportExpiryError.text()
    assert f"{expired:%B}" not in details.ui.passportExpiryError.text()  # no English month


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_a_pasted_mrz_that_fails_a_check_is_said_in_the_language(
    qtbot, store: Store, window_in, code: str
) -> None:
    store.add_client(
        {
            "surname": "Wright",
            "birth_date": "1985-03-02",
            "citizenship": "USA",
            "passport_number": "123456789",
        }
    )
    window = window_in(code)
    window.show()
    window.register.ui.clientTable.selectRow(0)
    details = window.details
    line1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    line2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
    mistyped = line2[:5] + "3" + line2[6:]  # the document number no longer matches its digit
    QApplication.clipboard().setText(f"{line1}\n{mistyped}\n")
    details.ui.mrzInput.setFocus()
    qtbot.keyClick(details.ui.mrzInput, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert details.ui.mrzInput.toPlainText().startswith(line1)
    click(qtbot, details.ui.fillFromMrzButton)

    english = "MRZ line 2: the check digit of the {field} is {digit}, expected {expected}"
    expected = (
        translated(code, english)
        .replace("{field}", translated(code, "document number"))
        .replace("{digit}", "6")
        .replace("{expected}", "9")
    )
    assert details.ui.mrzError.isVisible()
    assert details.ui.mrzError.text() == expected
    assert "check digit" not in expected and "document number" not in expected
    assert details.ui.passportNumberField.text() == "123456789"  # nothing filled


def test_a_pasted_mrz_that_fails_a_check_reads_as_raised_in_english(
    qtbot, store: Store, window_in
) -> None:
    window = window_in("en")
    details = window.details
    details.ui.mrzInput.setPlainText("P<UTOERIKSSON<<ANNA".ljust(44, "<") + "\n" + "X" * 43)
    click(qtbot, details.ui.fillFromMrzButton)
    assert details.ui.mrzError.text() == ("MRZ must have two lines of 44 characters; line 2 has 43")
