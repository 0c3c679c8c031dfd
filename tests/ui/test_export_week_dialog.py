"""File → Export week, as a manager sends the week to the supervisor on Friday."""

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QPushButton

from expat_desk.store import Store
from expat_desk.store.demo import fill_demo
from expat_desk.ui import language
from expat_desk.ui.app import create_main_window

FRIDAY = date(2026, 11, 27)


@pytest.fixture
def window(qtbot, db_path: Path):  # type: ignore[no-untyped-def]
    with Store.open(db_path, today=lambda: FRIDAY) as store:
        fill_demo(store, clients=40)
    window = create_main_window(db_path, today=lambda: FRIDAY)
    qtbot.addWidget(window)
    window.show()
    return window


def answering(name: str, asked: list[str]):  # type: ignore[no-untyped-def]
    def exec_(box: QMessageBox) -> int:
        asked.append(box.objectName())
        button = (
            box.findChild(QPushButton, name)
            or box.button(QMessageBox.StandardButton.Cancel)
            or box.button(QMessageBox.StandardButton.Close)
        )
        button.click()
        return 0

    return exec_


def test_the_week_is_exported_after_one_question_a_session(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch, tmp_path: Path
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", answering("confirmPersonalDataButton", asked))
    targets = iter([tmp_path / "first", tmp_path / "second.xlsx"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(next(targets)), ""))

    window.ui.exportWeekAction.trigger()
    dialog = window.export_dialog
    assert dialog.week().week == 48 and "23.11.2026 to 29.11.2026" in dialog.ui.weekSpan.text()
    dialog.ui.managerField.setCurrentIndex(dialog.ui.managerField.findData("Daniyar Abenov"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "exportButton"), Qt.MouseButton.LeftButton)

    first = tmp_path / "first.xlsx"
    assert dialog.written == first and first.exists()
    book = openpyxl.load_workbook(first)
    assert book.sheetnames == ["Summary", "Cases", "By day"]
    assert book.properties.creator == "Daniyar Abenov"
    assert asked == ["personalDataQuestion", "exportDoneMessage"]

    window.ui.exportWeekAction.trigger()
    window.export_dialog.ui.weekField.setDate(QDate(2026, 11, 16))
    window.export_dialog.export()
    assert (tmp_path / "second.xlsx").exists()
    assert asked.count("personalDataQuestion") == 1  # once a session


def test_nothing_is_written_when_the_manager_declines(  # type: ignore[no-untyped-def]
    window, monkeypatch, tmp_path: Path
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", answering("no such button", asked))
    saved: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: saved.append("x") or ("", "")
    )

    window.ui.exportWeekAction.trigger()
    assert window.export_dialog.export() is None
    assert asked == ["personalDataQuestion"] and saved == []


def test_a_week_in_the_future_cannot_be_picked(window) -> None:  # type: ignore[no-untyped-def]
    window.ui.exportWeekAction.trigger()
    field = window.export_dialog.ui.weekField
    field.setDate(QDate(2027, 1, 4))
    assert field.date() == QDate(FRIDAY)


def test_a_folder_that_cannot_be_written_is_said_next_to_the_form(  # type: ignore[no-untyped-def]
    window, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", answering("confirmPersonalDataButton", []))
    missing = tmp_path / "no such folder" / "week.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))

    window.ui.exportWeekAction.trigger()
    dialog = window.export_dialog
    assert dialog.export() is None
    assert dialog.ui.errorLabel.isVisibleTo(dialog)
    assert "not written" in dialog.ui.errorLabel.text()


def test_the_workbook_speaks_the_language_chosen(  # type: ignore[no-untyped-def]
    qtbot, window, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", answering("confirmPersonalDataButton", []))
    out = tmp_path / "week.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.ui.exportWeekAction.trigger()
    dialog = window.export_dialog
    combo = dialog.findChild(QComboBox, "exportLanguageCombo")
    assert combo.accessibleName() == "Language of the workbook"
    assert [combo.itemText(n) for n in range(combo.count())] == ["Русский", "Қазақша", "English"]
    assert dialog.ui.exportLanguageLabel.buddy() is combo
    assert combo.currentData() == "en"  # the window's language in these tests

    combo.setCurrentIndex(combo.findText("Қазақша"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "exportButton"), Qt.MouseButton.LeftButton)

    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Жиынтық", "Істер", "Күндер бойынша"]
    assert book["Істер"]["G1"].value == "Апта соңындағы мәртебесі"


def test_the_language_offered_first_is_the_windows(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(language, "current", lambda: "ru")
    window.ui.exportWeekAction.trigger()
    assert window.export_dialog.ui.exportLanguageCombo.currentText() == "Русский"
    assert window.export_dialog.workbook_language() == "ru"
