"""The colours the window adds to the system's: errors, warnings, the Due rows, days off.

Each is taken for the palette in use, so a dark system palette gets light reds and ambers on
dark backgrounds rather than dark red on near black. Colours are asked for when a widget is
built (after the application exists), never at import.
"""

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class Colours:
    error: QColor
    warning: QColor
    warning_background: QColor
    overdue: tuple[QColor, QColor]  # background, text
    today: tuple[QColor, QColor]
    highlight_background: QColor  # a centre's own working day in the calendar


_LIGHT = Colours(
    error=QColor("#b3261e"),
    warning=QColor("#7a5200"),
    warning_background=QColor("#fff4d6"),
    overdue=(QColor("#fde2e1"), QColor("#8b1a1a")),
    today=(QColor("#fff1c2"), QColor("#6b4e00")),
    highlight_background=QColor("#fff3cd"),
)
_DARK = Colours(
    error=QColor("#ffb4ab"),
    warning=QColor("#ffd47a"),
    warning_background=QColor("#3d3000"),
    overdue=(QColor("#5c1d1a"), QColor("#ffdad6")),
    today=(QColor("#4a3b00"), QColor("#ffe08a")),
    highlight_background=QColor("#4a3b00"),
)


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(palette: QPalette | None = None) -> Colours:
    return _DARK if is_dark(palette) else _LIGHT


def error_style() -> str:
    return f"color: {colours().error.name()};"


def warning_style() -> str:
    c = colours()
    return f"color: {c.warning.name()}; background: {c.warning_background.name()}; padding: 4px;"


def caution_style() -> str:
    """A warning's colour alone, for a line under a field (a passport about to run out)."""
    return f"color: {colours().warning.name()};"
