"""File > Stay check answers a caller as the manager types, without opening a case."""

from datetime import date

import pytest
from PySide6.QtCore import QDate

from expat_desk.ui.main_window import MainWindow
from expat_desk.ui.stay_check_dialog import StayCheckDialog


@pytest.fixture
def dialog(shown_window: MainWindow) -> StayCheckDialog:
    window = shown_window
    assert window.ui.stayCheckAction in window.ui.fileMenu.actions()
    assert window.ui.stayCheckAction.shortcut().toString() == "Ctrl+T"
    window.ui.stayCheckAction.trigger()
    assert window.stay_dialog is not None and window.stay_dialog.isVisible()
    return window.stay_dialog


def ask(qtbot, dialog: StayCheckDialog, citizenship: str, arrival: date, departure: date | None):
    ui = dialog.ui
    ui.citizenshipField.set_code(None)
    qtbot.keyClicks(ui.citizenshipField, citizenship)
    ui.arrivalDate.setDate(QDate(arrival))
    ui.departureBox.setChecked(departure is not None)
    if departure is not None:
        ui.departureDate.setDate(QDate(departure))
    return ui.answerLabel.text()


def test_a_long_stay_of_a_us_citizen_is_answered_with_its_warnings(qtbot, dialog) -> None:
    answer = ask(qtbot, dialog, "usa", date(2026, 12, 4), date(2027, 12, 31))
    assert dialog.ui.citizenshipField.code() == "USA"
    assert "393 days needs registration" in answer
    assert "migration notification" in answer
    assert "9 December 2026" in answer and "8 December 2026" in answer  # with their year
    assert "30 visa-free days of one entry" in answer
    assert "within 180 days" in answer


def test_a_month_of_a_kyrgyz_citizen_needs_no_registration(qtbot, dialog) -> None:
    answer = ask(qtbot, dialog, "KGZ", date(2026, 12, 11), date(2027, 1, 9))
    assert "30 days needs no registration" in answer
    assert "police registration through the centre" in answer
    assert "17 December 2026" in answer


def test_unanswerable_questions_say_what_is_missing(qtbot, dialog) -> None:
    assert "type part of its name" in ask(qtbot, dialog, "XX", date(2026, 12, 4), None)
    assert "not a foreigner" in ask(qtbot, dialog, "KAZ", date(2026, 12, 4), None)
    assert "before the arrival" in ask(qtbot, dialog, "RUS", date(2026, 12, 4), date(2026, 12, 1))


def test_a_private_visit_and_a_visa_about_to_lapse(qtbot, dialog) -> None:
    ui = dialog.ui
    ui.purposeCombo.setCurrentIndex(ui.purposeCombo.findData("private"))
    answer = ask(qtbot, dialog, "RUS", date(2026, 12, 1), date(2027, 3, 1))  # 91 days
    assert "90 days at most" in answer
    ui.visaBox.setChecked(True)
    ui.visaUntilDate.setDate(QDate(2027, 2, 1))
    assert "before the stay does" in ui.answerLabel.text()


def test_every_control_has_a_name_for_screen_readers(dialog) -> None:
    ui = dialog.ui
    for widget in (
        ui.citizenshipField,
        ui.arrivalDate,
        ui.departureBox,
        ui.departureDate,
        ui.purposeCombo,
        ui.visaBox,
        ui.visaUntilDate,
        ui.answerLabel,
        ui.introLabel,
    ):
        assert widget.objectName() and widget.accessibleName(), widget.objectName()
