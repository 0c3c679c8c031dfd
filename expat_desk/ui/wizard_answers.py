"""The answers of the case wizard's details page: a widget for each question of the service.

The questions are data (the catalogue's ``OptionSpec``); ``WizardAnswers`` builds a widget for
each into the page's form, reads what they hold, sets them from a draft, shows each one's
error and words an answer for the review. Which answers are valid, and whether the service
may be opened at all, is the wizard's to decide. Its strings keep the wizard's context
("CaseWizard"), so that the translations do not depend on where the code lives.
"""

from collections.abc import Callable, Mapping
from contextlib import suppress
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from expat_desk.domain.catalogue import OptionKind, OptionSpec, ServiceSpec
from expat_desk.domain.eligibility import DERIVED_OPTIONS, derived_answers
from expat_desk.domain.visa_free import VisaFreeList
from expat_desk.store import Store, StoreError
from expat_desk.ui.country_picker import CountryPicker
from expat_desk.ui.dates import date_edit_format, day_text
from expat_desk.ui.host_parties_dialog import HostPartyPicker, host_label
from expat_desk.ui.language import pick
from expat_desk.ui.palette import error_style
from expat_desk.ui.titles import answer_error, country_title

# Called by this name so that pyside6-lupdate finds each string with its context.
translate = QCoreApplication.translate


class WizardAnswers:
    """The question widgets of the details form; ``edited`` is called at every change."""

    def __init__(
        self,
        store: Store,
        visa_free: VisaFreeList,
        form: QFormLayout,
        edited: Callable[[], None],
    ) -> None:
        self.store = store
        self.visa_free = visa_free
        self.form = form
        self.edited = edited
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.derived: dict[str, QLabel] = {}

    def build(self, spec: ServiceSpec | None) -> None:
        """Empty the form, then ask the questions of ``spec`` (none without a service)."""
        form = self.form
        while form.rowCount():
            form.removeRow(0)
        self.widgets.clear()
        self.errors.clear()
        self.derived.clear()
        if spec is None:
            return
        derived = DERIVED_OPTIONS.get(spec.code, frozenset())
        for option in spec.options:
            if option.name in derived:
                # A fact of the client record: shown, not asked (the record decides).
                fact = QLabel()
                fact.setObjectName(f"answer_{option.name}")
                fact.setAccessibleName(pick(option.label))
                fact.setWordWrap(True)
                form.addRow(QLabel(pick(option.label) + ":"), fact)
                self.derived[option.name] = fact
                continue
            widget = self._widget(option)
            error = QLabel()
            error.setObjectName(f"answer_{option.name}Error")
            error.setAccessibleName(
                translate("CaseWizard", "%1: error").replace("%1", pick(option.label))
            )
            error.setStyleSheet(error_style())
            error.setWordWrap(True)
            error.hide()
            cell = QWidget()
            cell.setObjectName(f"answer_{option.name}Cell")
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            if isinstance(widget, QDateEdit) and not option.required:
                column.addLayout(self._with_clear_button(option, widget))
            else:
                column.addWidget(widget)
            column.addWidget(error)
            if isinstance(widget, QCheckBox):
                form.addRow(cell)
            else:
                label = QLabel(pick(option.label) + ":")
                label.setBuddy(widget)
                form.addRow(label, cell)
            self.widgets[option.name] = widget
            self.errors[option.name] = error

    def _with_clear_button(self, option: OptionSpec, edit: QDateEdit) -> QHBoxLayout:
        """An optional date can be taken back to "not set" (a date edit alone cannot)."""
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        clear = QToolButton()
        clear.setText(translate("CaseWizard", "Clear"))
        clear.setObjectName(f"answer_{option.name}Clear")
        clear.setAccessibleName(
            translate("CaseWizard", "Clear %1").replace("%1", pick(option.label))
        )
        clear.clicked.connect(lambda: edit.setDate(edit.minimumDate()))
        row.addWidget(clear)
        return row

    def _widget(self, option: OptionSpec) -> QWidget:
        title = pick(option.label)
        widget: QWidget
        match option.kind:
            case OptionKind.CHOICE:
                combo = QComboBox()
                if option.default is None:
                    combo.addItem(translate("CaseWizard", "(not chosen)"), None)
                for choice in option.choices:
                    combo.addItem(pick(choice.title), choice.code)
                if option.default is not None:
                    combo.setCurrentIndex(combo.findData(option.default))
                combo.currentIndexChanged.connect(self.edited)
                widget = combo
            case OptionKind.BOOL:
                box = QCheckBox(title)
                box.setChecked(bool(option.default))
                box.toggled.connect(self.edited)
                widget = box
            case OptionKind.DATE:
                edit = QDateEdit()
                edit.setCalendarPopup(True)
                edit.setDisplayFormat(date_edit_format())
                edit.setMinimumDate(QDate(1900, 1, 1))
                edit.setSpecialValueText(translate("CaseWizard", "not set"))
                edit.setDate(edit.minimumDate())
                today = self.store.today()
                edit.calendarWidget().setCurrentPage(today.year, today.month)
                edit.dateChanged.connect(self.edited)
                widget = edit
            case OptionKind.HOST:
                picker = HostPartyPicker(self.store, title)
                picker.changed.connect(self.edited)
                widget = picker
            case OptionKind.TEXT | OptionKind.COUNTRY:
                widget = line = QLineEdit() if option.kind is OptionKind.TEXT else CountryPicker()
                line.textChanged.connect(self.edited)
        widget.setObjectName(f"answer_{option.name}")
        widget.setAccessibleName(title)
        return widget

    def raw(self, spec: ServiceSpec | None, citizenship: str | None) -> dict[str, Any]:
        """What the widgets hold, with the facts the client's citizenship decides."""
        answers: dict[str, Any] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QLineEdit | CountryPicker):  # the picker, a QComboBox, too
                answers[name] = widget.text()
            elif isinstance(widget, QComboBox):
                answers[name] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                answers[name] = widget.isChecked()
            elif isinstance(widget, QDateEdit):
                picked = widget.date()
                answers[name] = None if picked == widget.minimumDate() else picked.toPython()
            elif isinstance(widget, HostPartyPicker):
                answers[name] = widget.host_id()
        if spec is not None and citizenship is not None:
            answers.update(derived_answers(spec.code, citizenship, self.visa_free))
        return answers

    def set_answer(self, name: str, value: Any) -> None:
        """Put a draft's answer back (one that no longer fits leaves the widget empty)."""
        widget = self.widgets.get(name)
        if isinstance(widget, QLineEdit | CountryPicker):
            widget.setText(value if isinstance(value, str) else "")
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QDateEdit):
            widget.setDate(qdate(value) or widget.minimumDate())
        elif isinstance(widget, HostPartyPicker):
            widget.set_host_id(value)

    def show_derived(self, raw: Mapping[str, Any]) -> None:
        """The facts of the client record, as they now stand."""
        for name, fact in self.derived.items():
            fact.setText(
                translate("CaseWizard", "%1 (from the client record)").replace(
                    "%1", _derived_text(name, raw.get(name))
                )
            )

    def show_errors(
        self, spec: ServiceSpec | None, raw: Mapping[str, Any], errors: Mapping[str, str]
    ) -> None:
        """Each question's error (``errors``: those to show), and which questions apply."""
        for name, label in self.errors.items():
            why = errors.get(name)
            label.setText(answer_error(spec, name, why))
            label.setVisible(bool(why))
            if spec is not None:
                # A question that does not apply (the mission of an IIN filed at home) is off.
                when = spec.option(name).required_when or {}
                self.widgets[name].setEnabled(all(raw.get(k) == v for k, v in when.items()))

    def text(self, option: OptionSpec, value: Any) -> str:
        """An answer as the review words it."""
        if option.kind is OptionKind.HOST and isinstance(value, int):
            with suppress(StoreError):
                return host_label(self.store.get_host_party(value))
        if isinstance(value, bool):
            return _yes_no(value)
        if isinstance(value, date):
            return day_text(value)
        for choice in option.choices:
            if choice.code == value:
                return pick(choice.title)
        return str(value)


def _derived_text(name: str, value: Any) -> str:
    if name == "citizenship" and isinstance(value, str):
        return f"{country_title(value)} ({value})"
    return _yes_no(value)


def _yes_no(value: Any) -> str:
    return translate("CaseWizard", "yes") if value else translate("CaseWizard", "no")


def qdate(value: Any) -> QDate | None:
    """A date a draft kept (ISO text), or None if it holds none."""
    if not isinstance(value, str):
        return None
    try:
        return QDate(date.fromisoformat(value))
    except ValueError:
        return None
