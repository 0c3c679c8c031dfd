"""The centre corrects the national calendar: a late-announced day off, a working Saturday."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from expat_desk.store import Store
from expat_desk.ui.calendar_dialog import CalendarDialog
from expat_desk.ui.palette import colours


def dialog_on(qtbot, db_path: Path, day: date) -> CalendarDialog:
    store = Store.open(db_path)
    dialog = CalendarDialog(store)
    qtbot.addWidget(dialog, before_close_func=lambda _: store.close())
    dialog.ui.calendar.setSelectedDate(QDate(day))
    return dialog


def test_a_holiday_says_why_it_is_no_business_day(qtbot, db_path: Path) -> None:
    dialog = dialog_on(qtbot, db_path, date(2026, 3, 24))  # Nauryz moved off the weekend
    assert "No business day" in dialog.ui.reasonLabel.text()
    assert "Nowruz" in dialog.ui.reasonLabel.text()
    assert dialog.ui.nationalButton.isChecked()


def test_marking_a_day_off_is_stored_and_shown(qtbot, db_path: Path) -> None:
    wednesday = date(2026, 12, 30)
    dialog = dialog_on(qtbot, db_path, wednesday)
    assert dialog.ui.reasonLabel.text() == "A business day"

    qtbot.mouseClick(dialog.ui.dayOffButton, Qt.MouseButton.LeftButton)

    assert not dialog.store.business_calendar().is_business_day(wednesday)
    assert "day off set by the centre" in dialog.ui.reasonLabel.text()
    assert dialog.ui.overrideList.count() == 1
    assert "30 December 2026" in dialog.ui.overrideList.item(0).text()
    look = dialog.ui.calendar.dateTextFormat(QDate(wednesday))
    assert look.foreground().color() == colours().error
    with Store.open(db_path) as store:  # in the database, not only in the dialog
        assert not store.business_calendar().is_business_day(wednesday)


def test_a_working_saturday_and_back_to_the_national_calendar(qtbot, db_path: Path) -> None:
    saturday = date(2026, 12, 26)
    dialog = dialog_on(qtbot, db_path, saturday)
    assert "weekend" in dialog.ui.reasonLabel.text()

    qtbot.mouseClick(dialog.ui.workingDayButton, Qt.MouseButton.LeftButton)
    assert dialog.store.business_calendar().is_business_day(saturday)
    assert dialog.ui.reasonLabel.text() == "A business day"

    qtbot.mouseClick(dialog.ui.nationalButton, Qt.MouseButton.LeftButton)
    assert not dialog.store.business_calendar().is_business_day(saturday)
    assert dialog.ui.overrideList.count() == 0


def test_every_control_has_a_name_for_screen_readers(qtbot, db_path: Path) -> None:
    dialog = dialog_on(qtbot, db_path, date(2026, 11, 25))
    for widget in (
        dialog.ui.calendar,
        dialog.ui.nationalButton,
        dialog.ui.dayOffButton,
        dialog.ui.workingDayButton,
        dialog.ui.overrideList,
    ):
        assert widget.objectName() and widget.accessibleName()
