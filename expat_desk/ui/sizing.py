"""Sizes taken from the screen and the text, not from pixel numbers.

A dialog's default size is where it starts, not a promise: on a 1366 × 768 laptop, or on
1920 × 1080 at 150 % (1280 × 720 logical pixels), it is what the screen has room for, never
less than its layout needs. A dialog that comes to say more (the reasons under its fields)
grows to show all of it, as far as the screen goes. A field's hint reads whole in every
language when the dialog opens, though the manager may make the dialog narrower.
"""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLineEdit, QStyle, QWidget

# QLineEdit's size hint is this many x's of its font wide (qlineedit.cpp).
_LINE_EDIT_CHARACTERS = 17


def room(window: QWidget) -> QSize:
    """What the screen the window opens on has for it: its available area (no task bar),
    less the title bar the system puts above the window."""
    parent = window.parentWidget()
    anchor = parent.window() if parent is not None else window
    area = anchor.screen().availableGeometry()
    title = window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, window)
    return QSize(area.width(), area.height() - title)


def open_within_screen(
    window: QWidget, width: int | None = None, height: int | None = None
) -> None:
    """Give the window its default size (its present one if none is said), or as much of the
    screen as there is; its layout still keeps it from going below its minimum."""
    space = room(window)
    width = window.width() if width is None else width
    height = window.height() if height is None else height
    window.resize(min(width, space.width()), min(height, space.height()))


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
