"""A question with one answer to type or to choose: the surname that confirms an erasure, the
manager at this desk.

Qt's QInputDialog keeps its question on one line however long it is, and the Kazakh warning
before an erasure ran past a 1280-pixel screen; here the question wraps. Its field and buttons
have names, for the tests and for a screen reader.
"""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from expat_desk.ui.tab_order import tab_chain

LINE_CHARACTERS = 80  # as QLabel's own word wrap


class AskDialog(QDialog):
    """``name`` names the dialog; its widgets are ``<name>Text``, ``<name>Field``,
    ``<name>OkButton`` and ``<name>CancelButton``. With ``items`` the answer is chosen from
    them or typed; without, it is typed."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        name: str,
        title: str,
        question: str,
        accessible: str,
        items: list[str] | None = None,
        current: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.question = QLabel(question, self)
        self.question.setObjectName(f"{name}Text")
        self.question.setWordWrap(True)
        # As wide as its longest paragraph, up to the 80 characters Qt wraps a label at: a
        # short question reads on one line, a long one in lines of a comfortable length.
        metrics = self.question.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(line) for line in question.splitlines()), default=0
        )
        self.question.setMinimumWidth(min(longest, metrics.averageCharWidth() * LINE_CHARACTERS))
        self.field: QLineEdit | QComboBox
        if items is None:
            self.field = QLineEdit(current, self)
        else:
            self.field = QComboBox(self)
            self.field.setEditable(True)  # a name not yet in the list may be typed
            self.field.addItems(items)
            self.field.setCurrentText(current)
        self.field.setObjectName(f"{name}Field")
        self.field.setAccessibleName(accessible)
        self.question.setBuddy(self.field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setObjectName(f"{name}OkButton")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName(f"{name}CancelButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.field)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        tab_chain(self.field, ok, cancel)
        self.field.setFocus()

    def answer(self) -> str:
        field = self.field
        return field.text() if isinstance(field, QLineEdit) else field.currentText()


def ask(
    parent: QWidget | None,
    *,
    name: str,
    title: str,
    question: str,
    accessible: str,
    items: list[str] | None = None,
    current: str = "",
) -> str | None:
    """The answer, or None when the manager cancels."""
    dialog = AskDialog(
        parent,
        name=name,
        title=title,
        question=question,
        accessible=accessible,
        items=items,
        current=current,
    )
    try:
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
