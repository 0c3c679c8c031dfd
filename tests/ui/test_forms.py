"""The compiled Designer forms are current: each matches what pyside6-uic makes of its .ui."""

from pathlib import Path

import pytest

from expat_desk.ui.forms import FORMS_SOURCE, compile_form, compiled_name

UI_FILES = sorted(FORMS_SOURCE.glob("*.ui"))


def test_there_are_forms() -> None:
    assert UI_FILES, f"no .ui files in {FORMS_SOURCE}"


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_compiled_form_matches_its_source(ui_file) -> None:
    compiled = compiled_name(ui_file)
    assert compiled.exists(), f"{compiled.name} is missing: run python -m expat_desk.ui.forms"
    assert compiled.read_text(encoding="utf-8") == compile_form(ui_file), (
        f"{compiled.name} is out of date: run python -m expat_desk.ui.forms"
    )


def test_every_form_says_its_tab_order_for_every_field_it_has() -> None:
    """Tab walks a form in the order it reads, not in the order widgets were added; a new
    field must take its place in that order (Designer: Edit → Tab Order)."""
    import xml.etree.ElementTree as ET

    interactive = {
        "QLineEdit", "QPlainTextEdit", "QTextEdit", "QComboBox", "QDateEdit", "QSpinBox",
        "QCheckBox", "QRadioButton", "QPushButton", "QToolButton", "QTableView", "QListWidget",
        "QListView", "QTableWidget", "QTreeView", "CountryPicker", "QCalendarWidget",
    }  # fmt: skip
    forms = sorted((Path(__file__).parents[2] / "forms").glob("*.ui"))
    assert forms
    for form in forms:
        root = ET.parse(form).getroot()
        fields = {w.get("name") for w in root.iter("widget") if w.get("class") in interactive}
        order = [t.text for t in root.iter("tabstop")]
        assert fields <= set(order), f"{form.name}: not in the tab order: {fields - set(order)}"
        assert len(order) == len(set(order)), f"{form.name}: a field twice in the tab order"


def test_tab_walks_the_client_form_in_reading_order(qtbot, tmp_path) -> None:
    from PySide6.QtCore import Qt

    from expat_desk.ui.app import create_main_window

    window = create_main_window(tmp_path / "tabs.sqlite3")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    ui = window.details.ui
    ui.surnameField.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget().objectName())
    assert seen == ["givenNamesField", "surnameCyrField", "givenNamesCyrField", "patronymicField"]
