"""Sizes taken from the screen and the text, not from pixel numbers.

A dialog's default size is where it starts, not a promise: on a 1366 × 768 laptop, or on
1920 × 1080 at 150 % (1280 × 720 logical pixels), it is what the screen has room for, never
less than its layout needs. A dialog that comes to say more (the reasons under its fields)
grows to show all of it, as far as the screen goes. A field's hint reads whole in every
language when the dialog opens, though the manager may make the dialog narrower.
"""

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QWidget

# QLineEdit's size hint is this many x's of its font wide (qlineedit.cpp).
_LINE_EDIT_CHARACTERS = 17


def _area(window: QWidget) -> QRect:
    """The available area (no task bar) of the screen the window opens on: its parent's."""
    parent = window.parentWidget()
    anchor = parent.window() if parent is not None and not window.isVisible() else window
    return anchor.screen().availableGeometry()


def _frame(window: QWidget) -> QMargins:
    """The frame the system puts round the window: as it is once the window is made, else
    at least its title bar."""
    handle = window.windowHandle()
    if handle is not None and window.isVisible():
        return handle.frameMargins()
    title = window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, window)
    return QMargins(0, title, 0, 0)


def room(window: QWidget) -> QSize:
    """What the screen has for the window, inside its frame."""
    return _area(window).marginsRemoved(_frame(window)).size()


def open_within_screen(
    window: QWidget, width: int | None = None, height: int | None = None
) -> None:
    """Give the window its default size (its present one if none is said), or as much of the
    screen as there is; its layout still keeps it from going below its minimum. Shown, it is
    brought inside the screen, frame and all."""
    space = room(window)
    width = window.width() if width is None else width
    height = window.height() if height is None else height
    window.resize(min(width, space.width()), min(height, space.height()))
    if window.findChild(_KeepOnScreen) is None:
        window.installEventFilter(_KeepOnScreen(window))


def keep_on_screen(window: QWidget) -> None:
    """No larger than the screen's available area, frame and all, and inside it."""
    frame = _frame(window)
    area = _area(window)
    space = area.marginsRemoved(frame).size()
    if window.width() > space.width() or window.height() > space.height():
        window.resize(min(window.width(), space.width()), min(window.height(), space.height()))
    outer = window.geometry().marginsAdded(frame)
    x = max(area.left(), min(outer.left(), area.right() + 1 - outer.width()))
    y = max(area.top(), min(outer.top(), area.bottom() + 1 - outer.height()))
    if (x, y) != (outer.left(), outer.top()):
        window.move(x, y)  # a window's position is its frame's


class _KeepOnScreen(QObject):
    """Once the window is shown, its frame is known: it is kept inside the screen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            keep_on_screen(watched)
        return False


def grow_to_fit(window: QWidget) -> None:
    """As tall as the window's layout now needs at its width (wrapped text included), within
    the screen; a top-level window does not do that by itself."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    need = (
        layout.totalHeightForWidth(window.width())
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    need = max(need, layout.totalMinimumSize().height())
    if need > window.height():
        window.resize(window.width(), min(need, room(window).height()))


def placeholder_width(line: QLineEdit) -> int:
    """How wide the field is with its placeholder written out whole."""
    metrics = line.fontMetrics()
    frame = line.sizeHint().width() - metrics.horizontalAdvance("x") * _LINE_EDIT_CHARACTERS
    return metrics.horizontalAdvance(line.placeholderText()) + frame


def open_with_placeholders_whole(window: QWidget, lines: list[QLineEdit]) -> None:
    """Open at the window's own size, wider by what its fields need for their placeholders
    to read whole (as far as the screen goes)."""
    hint = window.sizeHint()
    wider = max((placeholder_width(line) - line.sizeHint().width() for line in lines), default=0)
    open_within_screen(window, hint.width() + max(wider, 0), hint.height())
