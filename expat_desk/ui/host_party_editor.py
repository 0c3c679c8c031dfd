"""One host party's record: a company with its BIN and head, or a private person with an IIN."""

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from expat_desk.domain.errors import ValidationError
from expat_desk.domain.host_party import HOST_FIELDS, LIMITS, HostKind
from expat_desk.store import Store
from expat_desk.store.models import HostParty
from expat_desk.ui.error_words import error_text
from expat_desk.ui.palette import error_style
from expat_desk.ui.sizing import grow_to_fit, open_with_placeholders_whole
from expat_desk.ui.tab_order import tab_chain

# What each field takes as typed: the record's limits, a number in groups, a phone's signs.
_LIMITS = {**LIMITS, "id_number": 15, "phone": 20}


class HostPartyEditor(QDialog):
    """Saves through the store; a refused value is explained under its field, nothing stored."""

    def __init__(
        self, store: Store, host: HostParty | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hostPartyEditor")
        self.store = store
        self.host = host
        self.saved: HostParty | None = None
        self.setWindowTitle(self.tr("Host party") if host else self.tr("New host party"))
        self.kind = QComboBox()
        self.kind.setObjectName("hostKindField")
        self.kind.setAccessibleName(self.tr("Kind of host party"))
        self.kind.addItem(self.tr("(choose)"), None)
        self.kind.addItem(self.tr("Legal entity (company, hotel)"), HostKind.LEGAL.value)
        self.kind.addItem(self.tr("Private person (landlord, relative)"), HostKind.NATURAL.value)
        titles = {
            "name": self.tr("Name"),
            "id_number": self.tr("BIN or IIN"),
            "address": self.tr("Address"),
            "phone": self.tr("Phone"),
            "signatory": self.tr("Head who signs"),
            "position": self.tr("Head's position"),
        }
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setVerticalSpacing(4)  # a reason sits close under its field, as in the other forms
        self._row(form, "kind", self.tr("Kind"), self.kind)
        for name, title in titles.items():
            line = QLineEdit()
            line.setMaxLength(_LIMITS[name])
            line.textEdited.connect(lambda _text, n=name: self.errors[n].hide())
            self.fields[name] = line
            self._row(form, name, title, line)
        self.fields["phone"].setPlaceholderText(self.tr("+7 717 255 00 00 or 8 717 255 00 00"))
        self.fields["signatory"].setPlaceholderText(self.tr("As the letter prints it"))
        self.note = QLabel(
            self.tr(
                "The notification letter is printed on this host's letterhead, with its number, "
                "address and phone, signed by its head or, for a private person, by themself."
            )
        )
        self.note.setObjectName("hostPartyNote")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("saveHostPartyButton")
        save.setAccessibleName(self.tr("Save the host party"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelHostPartyButton")
        cancel.setAccessibleName(self.tr("Close without saving"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addStretch(1)  # room the dialog grows by for what it says goes here
        layout.addWidget(self.buttons)
        if host is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(host.kind), 0))
            for name, line in self.fields.items():
                line.setText(getattr(host, name) or "")
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        tab_chain(self.kind, *self.fields.values(), save, cancel)
        open_with_placeholders_whole(self, list(self.fields.values()))

    def _row(self, form: QGridLayout, name: str, title: str, widget: QWidget) -> None:
        widget.setObjectName(f"host_{name}Field" if name != "kind" else "hostKindField")
        widget.setAccessibleName(title)
        error = QLabel()
        error.setObjectName(f"host_{name}Error")
        error.setAccessibleName(self.tr("%1: error").replace("%1", title))
        error.setStyleSheet(error_style())
        error.setWordWrap(True)
        error.hide()
        label = QLabel(title + ":")
        label.setBuddy(widget)
        row = form.rowCount()
        form.addWidget(label, row, 0)
        form.addWidget(widget, row, 1)
        # Under the field, in a row of its own: the label stays level with its field, and
        # the row takes no room while there is nothing to say.
        form.addWidget(error, row + 1, 1)
        self.errors[name] = error
        self.labels[name] = label

    def _kind_changed(self) -> None:
        self.errors["kind"].hide()
        kind = self.kind.currentData()
        legal = kind != HostKind.NATURAL.value
        # A private person signs their own letter: no head, no position to ask for.
        for name in ("signatory", "position"):
            self.labels[name].setVisible(legal)
            self.fields[name].setVisible(legal)
            if not legal:
                self.errors[name].hide()
        number = {
            HostKind.LEGAL.value: self.tr("BIN"),
            HostKind.NATURAL.value: self.tr("IIN"),
        }.get(kind, self.tr("BIN or IIN"))
        self.labels["id_number"].setText(number + ":")
        self.fields["id_number"].setAccessibleName(number)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {n: line.text().strip() or None for n, line in self.fields.items()}
        values["kind"] = self.kind.currentData()
        if values["kind"] == HostKind.NATURAL.value:
            values["signatory"] = values["position"] = None
        return values

    def accept(self) -> None:
        values = self.values()
        try:
            if self.host is None:
                self.saved = self.store.add_host_party(values)
            else:
                self.saved = self.store.update_host_party(self.host.id, values)
        except ValidationError as error:
            self._show_errors(error.errors)
            return
        super().accept()

    def _show_errors(self, errors: dict[str, str]) -> None:
        first: QWidget | None = None
        for name in HOST_FIELDS:
            why = errors.get(name)
            self.errors[name].setText(error_text(why) if why else "")
            self.errors[name].setVisible(bool(why))
            if why and first is None:
                first = self.kind if name == "kind" else self.fields[name]
        if first is not None:
            first.setFocus()
        grow_to_fit(self)
