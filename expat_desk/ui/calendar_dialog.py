"""The centre's corrections to Kazakhstan's business calendar: pick a day, say what it is."""

import calendar as gregorian
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QWidget,
)

from expat_desk.store import Store
from expat_desk.ui.dates import long_day_text, weekday_text
from expat_desk.ui.forms.ui_calendar_dialog import Ui_CalendarDialog
from expat_desk.ui.holiday_words import reason_text
from expat_desk.ui.palette import colours
from expat_desk.ui.sizing import open_within_screen


class CalendarDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.ui = Ui_CalendarDialog()
        self.ui.setupUi(self)
        self.setObjectName("calendarDialog")
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeCalendarButton")
        self.kinds = QButtonGroup(self)
        for button, kind in (
            (self.ui.nationalButton, None),
            (self.ui.dayOffButton, "day_off"),
            (self.ui.workingDayButton, "working_day"),
        ):
            self.kinds.addButton(button)
            button.setProperty("kind", kind)
        self.kinds.buttonClicked.connect(self._set_kind)
        self.ui.calendar.selectionChanged.connect(self._show_day)
        self.ui.calendar.currentPageChanged.connect(lambda *_: self._paint_month())
        self.ui.overrideList.itemActivated.connect(self._go_to)
        self._reload()
        open_within_screen(self)

    def selected_day(self) -> date:
        return self.ui.calendar.selectedDate().toPython()

    def _reload(self) -> None:
        self.business = self.store.business_calendar()
        self._paint_month()
        self._fill_list()
        self._show_day()

    def _show_day(self) -> None:
        day = self.selected_day()
        self.ui.dayLabel.setText(long_day_text(day))
        reason = self.business.why_not_working(day)
        self.ui.reasonLabel.setText(
            self.tr("A business day")
            if reason is None
            else self.tr("No business day: %1").replace("%1", reason_text(reason))
        )
        kind = (
            "day_off"
            if day in self.business.days_off
            else "working_day"
            if day in self.business.working_days
            else None
        )
        for button in self.kinds.buttons():
            button.setChecked(button.property("kind") == kind)

    def _set_kind(self, button: QAbstractButton) -> None:
        self.store.set_calendar_day(self.selected_day(), button.property("kind"))
        self._reload()

    def _paint_month(self) -> None:
        widget = self.ui.calendar
        year, month = widget.yearShown(), widget.monthShown()
        widget.setDateTextFormat(QDate(), QTextCharFormat())  # forget the last month's marks
        for number in range(1, gregorian.monthrange(year, month)[1] + 1):
            day = date(year, month, number)
            look = QTextCharFormat()
            if not self.business.is_business_day(day):
                look.setForeground(QBrush(colours().error))
            if day in self.business.days_off or day in self.business.working_days:
                look.setBackground(QBrush(colours().highlight_background))
                look.setFontWeight(QFont.Weight.Bold)
            widget.setDateTextFormat(QDate(day), look)

    def _fill_list(self) -> None:
        self.ui.overrideList.clear()
        days = [(d, self.tr("day off")) for d in self.business.days_off]
        days += [(d, self.tr("working day")) for d in self.business.working_days]
        for day, what in sorted(days):
            item = QListWidgetItem(f"{weekday_text(day)} — {what}")
            item.setData(Qt.ItemDataRole.UserRole, QDate(day))
            self.ui.overrideList.addItem(item)

    def _go_to(self, item: QListWidgetItem) -> None:
        self.ui.calendar.setSelectedDate(item.data(Qt.ItemDataRole.UserRole))
