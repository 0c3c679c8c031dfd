"""What a view cuts short is shown whole in its tooltip.

A table's cell elides text that is wider than its column ("Чёткая копия паспорта с нотари…"),
and a Russian or Kazakh title is elided where the English one fits. Hovering over such a cell
shows the whole text, above the model's own tooltip when it has one (the checklist's is the
title in the other language); a cell whose text fits shows only the model's tooltip, as before.
The text is measured when the tooltip is asked for, so the model serves nothing more at paint.
"""

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QToolTip,
)

Index = QModelIndex | QPersistentModelIndex


def is_elided(view: QAbstractItemView, index: Index) -> bool:
    """Whether the display text of ``index`` is wider than the room its cell has for it."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return False
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
    # The delegate leaves the focus frame's margin and a pixel on each side of the text.
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    cell = view.visualRect(index)
    room = cell.width() - margin
    delegate = view.itemDelegateForIndex(index)
    wraps = getattr(delegate, "wraps", None)
    if wraps(index) if callable(wraps) else view.wordWrap():
        # Wrapped onto more lines: cut where the lines need more height than the row, or a
        # word alone is wider than the column.
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        lines = metrics.boundingRect(0, 0, max(room, 1), 1 << 20, flags, text)
        return lines.height() > cell.height() or lines.width() > room
    return max(metrics.horizontalAdvance(line) for line in text.split("\n")) > room


def tooltip_text(view: QAbstractItemView, index: Index) -> str:
    """The tooltip ``index`` shows: its whole text when elided, then the model's tooltip."""
    own = index.data(Qt.ItemDataRole.ToolTipRole)
    own = own if isinstance(own, str) else ""
    if not is_elided(view, index):
        return own
    text = str(index.data(Qt.ItemDataRole.DisplayRole))
    return text if not own or text in own else f"{text}\n{own}"


class _ElidedTips(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid():
            return False
        tip = tooltip_text(self.view, index)
        if tip:
            QToolTip.showText(event.globalPos(), tip, self.view, self.view.visualRect(index))
        else:
            QToolTip.hideText()
            event.ignore()
        return True


def show_elided_tips(view: QAbstractItemView) -> None:
    """Let ``view`` show the whole text of an elided cell when hovered."""
    view.viewport().installEventFilter(_ElidedTips(view))


def tip_the_choice(combo: QComboBox) -> None:
    """A combo box narrower than the item it shows has that item whole in its tooltip (else
    the tooltip it had)."""
    own = combo.toolTip()

    def update() -> None:
        text = combo.currentText()
        room = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            _option(combo),
            QStyle.SubControl.SC_ComboBoxEditField,
            combo,
        )
        cut = combo.fontMetrics().horizontalAdvance(text) > room.width()
        combo.setToolTip(text if cut else own)

    combo.currentTextChanged.connect(lambda _text: update())
    _Resized(combo, update)
    update()


def _option(combo: QComboBox) -> QStyleOptionComboBox:
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    return option


class _Resized(QObject):
    def __init__(self, widget: QComboBox, then) -> None:
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.then()
        return False
