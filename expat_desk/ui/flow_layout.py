"""A row of widgets that wraps onto the next line where the room ends (Qt's flow layout example).

A row of buttons or filters is as wide as its words, and Russian and Kazakh words are longer
than English ones: in a horizontal box the row then widens the whole window past a laptop's
screen, or squeezes its buttons until their words are cut. In a flow layout each widget keeps
the width its words need and the row takes a second line instead (height for width).
"""

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget

DEFAULT_GAP = 6


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    # --- the items ---------------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # --- sizes ------------------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line."""
        width = height = 0
        for n, item in enumerate(self._visible()):
            hint = item.sizeHint()
            width += hint.width() + (self._gap(item, Qt.Orientation.Horizontal) if n else 0)
            height = max(height, hint.height())
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:
        """The widest item alone: every other one can go to a line of its own."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize().expandedTo(item.sizeHint()))
        return size.grownBy(self.contentsMargins())

    # --- placing ----------------------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _gap(self, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        style = widget.style() if widget is not None else None
        if style is None:
            return DEFAULT_GAP
        kind = QSizePolicy.ControlType.PushButton
        gap = style.layoutSpacing(kind, kind, orientation)
        if gap < 0:  # the style has no spacing of its own for them (Fusion): its layouts' one
            metric = (
                QStyle.PixelMetric.PM_LayoutHorizontalSpacing
                if orientation == Qt.Orientation.Horizontal
                else QStyle.PixelMetric.PM_LayoutVerticalSpacing
            )
            gap = style.pixelMetric(metric)
        return gap if gap >= 0 else DEFAULT_GAP

    def _place(self, rect: QRect, *, move: bool) -> int:
        area = rect.marginsRemoved(self.contentsMargins())
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, QPoint, QSize]] = []

        def finish_line() -> None:
            # Items of one line share its height: a check box beside a combo box is centred.
            for item, point, size in line:
                if move:
                    top = point.y() + (line_height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(point.x(), top), size))
            line.clear()

        for item in self._visible():
            size = item.sizeHint().boundedTo(QSize(max(area.width(), 1), 1 << 24))
            gap = self._gap(item, Qt.Orientation.Horizontal)
            if line and x + size.width() > area.right() + 1:
                finish_line()
                x = area.x()
                y += line_height + self._gap(item, Qt.Orientation.Vertical)
                line_height = 0
            line.append((item, QPoint(x, y), size))
            x += size.width() + gap
            line_height = max(line_height, size.height())
        finish_line()
        margins: QMargins = self.contentsMargins()
        return y + line_height - rect.y() + margins.bottom()


def flow_instead_of(row: QBoxLayout, spacing: int = -1) -> FlowLayout:
    """Move the widgets of a Designer row ``row`` into a FlowLayout put where the row was (its
    spacers are dropped: a flow line is as long as its widgets)."""
    flow = FlowLayout(spacing=spacing)
    flow.setContentsMargins(row.contentsMargins())
    widgets = [row.itemAt(i).widget() for i in range(row.count())]
    parent = row.parent()
    while row.count():
        row.takeAt(0)
    for widget in widgets:
        if widget is not None:
            flow.addWidget(widget)
    if isinstance(parent, QBoxLayout):
        index = parent.indexOf(row)
        parent.removeItem(row)
        parent.insertLayout(index, flow)
        row.deleteLater()
    elif isinstance(parent, QWidget):
        QWidget().setLayout(row)  # a widget's layout is not replaced: it goes with this one
        parent.setLayout(flow)
    return flow
