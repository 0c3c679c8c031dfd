"""Help → User guide: the guide of the window's language, a page shipped with the app."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox

from expat_desk.domain.resources import resource_path
from expat_desk.ui import language

# Said in the main window's words (its context), as its own menus are.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from expat_desk.ui.main_window import MainWindow


def guide_url() -> QUrl:
    """The guide's page in the window's language (English where none is shipped)."""
    for code in (language.current(), "en"):
        path = resource_path("guide", f"guide-{code}.html")
        if path.is_file():
            return QUrl.fromLocalFile(str(path))
    return QUrl()


def add_guide_action(window: "MainWindow") -> QAction:
    action = QAction(translate("MainWindow", "&User guide"), window)
    action.setObjectName("userGuideAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.setStatusTip(translate("MainWindow", "A manager's day in ten steps, in your language"))
    action.triggered.connect(lambda: open_guide(window))
    window.ui.helpMenu.insertAction(window.ui.aboutAction, action)
    return action


def open_guide(window: "MainWindow") -> bool:
    url = guide_url()
    if url.isEmpty() or not QDesktopServices.openUrl(url):
        QMessageBox.information(
            window,
            translate("MainWindow", "User guide"),
            translate(
                "MainWindow",
                "The user guide could not be opened: no browser or no guide is installed.",
            ),
        )
        return False
    return True
