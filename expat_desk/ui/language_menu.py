"""Settings → Language: the window is made again in the chosen language, in place.

Every string of a window is set when it is built (forms, code, models), so rather than teach
each of them to translate itself again, the main window is rebuilt on the same database: what
was typed goes to the drafts first and comes back without a question, and the selected
client, the tab and the window's place are kept.
"""

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from expat_desk.store import StoreError
from expat_desk.ui import language

# Said in the main window's words (its context), as its own menus are.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from expat_desk.ui.main_window import MainWindow

# The windows made by a switch: a window without a parent needs a Python reference to live.
_windows: list["MainWindow"] = []


def add_language_menu(window: "MainWindow") -> QMenu:
    """Settings → Language, each language named in itself, the current one checked."""
    menu = QMenu(translate("MainWindow", "&Language"), window)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    for code in language.LANGUAGES:
        action = QAction(language.NATIVE_NAMES[code], menu)
        action.setObjectName(f"language_{code}Action")
        action.setCheckable(True)
        action.setChecked(code == language.current())
        action.triggered.connect(lambda _=False, c=code: switch_language(window, c))
        group.addAction(action)
        menu.addAction(action)
    window.ui.settingsMenu.addSeparator()
    window.ui.settingsMenu.addMenu(menu)
    return menu


def switch_language(window: "MainWindow", code: str) -> "MainWindow":
    """The window again in ``code``; returns the window now shown (the same if nothing
    changed)."""
    from expat_desk.ui.main_window import MainWindow

    if code == language.current() or code not in language.LANGUAGES:
        return window
    window.details.keep_draft()
    wizard = window.wizard
    wizard_open = wizard is not None and wizard.isVisible()
    if wizard_open and wizard is not None:
        wizard.keep_draft()
    client_id = window.details.client_id
    tab = window.ui.mainTabs.currentIndex()
    client_tab = window.ui.clientTabs.currentIndex()
    language.save(code)
    language.install(code)
    fresh = MainWindow(window.store)
    fresh.setGeometry(window.geometry())
    if window.isMaximized():
        fresh.showMaximized()
    elif window.isVisible():
        fresh.show()
    _windows.append(fresh)
    # The old window goes without its questions: its typing is in the drafts.
    window.switching = True
    if wizard_open and wizard is not None:
        wizard.hide()
        wizard.deleteLater()
    window.close()
    window.deleteLater()
    with suppress(ValueError):
        _windows.remove(window)
    if client_id is not None:
        with suppress(StoreError):  # the client was there a moment ago; gone, nothing shown
            fresh.show_client(client_id)
    fresh.ui.mainTabs.setCurrentIndex(tab)
    fresh.ui.clientTabs.setCurrentIndex(client_tab)
    _restore_drafts(fresh)
    QApplication.processEvents()
    return fresh


def _restore_drafts(window: "MainWindow") -> None:
    from expat_desk.ui.app import restore_drafts

    pending = window.details.drafts.pending()
    if pending:
        restore_drafts(window, pending)
