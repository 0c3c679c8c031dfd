"""How the main window is laid out on the screen it opens on, and remembered between runs.

The window must fit a laptop's 1366 × 768 and a 1920 × 1080 screen at 150 % (1280 × 720
logical pixels, less the taskbar) in every language. Its panes hold more than that room
shows, so what is taller than the room scrolls instead of being squeezed until its words are
cut; the window opens inside the screen, whatever was saved on a larger one.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QStyle, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

# The register and the selected client share the window two to three at first: the register
# is for finding a client and scrolls sideways to its further columns; the client's form and
# checklist, where the work is done, do not scroll sideways and need the room for their words.
REGISTER_SHARE = 2
DETAILS_SHARE = 3


def scrolling(widget: QWidget, name: str) -> QScrollArea:
    """``widget`` in a frameless scroll area that gives it at least the size it needs."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


def share(splitter: QSplitter) -> None:
    """Room the window gains or loses goes to both sides in the same proportion."""
    splitter.setStretchFactor(0, REGISTER_SHARE)
    splitter.setStretchFactor(1, DETAILS_SHARE)


def restore(window: "QMainWindow", splitters: tuple[QSplitter, ...]) -> None:
    # Window state only: QSettings is the place for it; the centre's settings live in the
    # database.
    settings = QSettings()
    if geometry := settings.value("window/geometry"):
        window.restoreGeometry(geometry)
    else:
        # The first start: all the screen's room, less the taskbar, frame and all (on a
        # laptop every pixel is needed); restored, nearly all of it, centred. (The soak's
        # crash once blamed on maximizing was the checklist's scroll bar at that width.)
        first_start_geometry(window)
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    for splitter in splitters:
        if state := settings.value(f"window/{splitter.objectName()}"):
            splitter.restoreState(state)
        else:  # in proportion, whatever the window's width turns out to be
            splitter.setSizes([REGISTER_SHARE * 10_000, DETAILS_SHARE * 10_000])
    fit_to_screen(window)


FIRST_START_SHARE = 0.94  # of the room, restored; the rest is for the frame and title bar


def first_start_geometry(window: QWidget) -> None:
    if (screen := window.screen()) is None:
        return
    room = screen.availableGeometry()
    width, height = int(room.width() * FIRST_START_SHARE), int(room.height() * FIRST_START_SHARE)
    window.resize(width, height)
    window.move(room.center().x() - width // 2, room.center().y() - height // 2)


def fit_to_screen(window: QWidget) -> None:
    """A laptop's 1366 × 768 (less the taskbar) is smaller than a window saved on a larger
    screen: the window opens inside the screen."""
    if (screen := window.screen()) is None:
        return
    room = screen.availableGeometry()
    width, height = min(window.width(), room.width()), min(window.height(), room.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        window.move(room.topLeft())


def fit_dialog(dialog: QWidget) -> None:
    """A dialog drawn for a large screen (the documents dialog is 1080 × 680) fits the screen
    it opens on, title bar included, though never smaller than its layout needs."""
    screen = (dialog.parentWidget() or dialog).screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    title = dialog.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, dialog)
    fits = QSize(min(dialog.width(), room.width()), min(dialog.height(), room.height() - title))
    if fits != dialog.size():
        dialog.resize(fits.expandedTo(dialog.minimumSizeHint()))


def save(window: "QMainWindow", splitters: tuple[QSplitter, ...]) -> None:
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    for splitter in splitters:
        settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
