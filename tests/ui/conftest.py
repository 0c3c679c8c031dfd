"""The window's tests never leave a question waiting for a click nobody will make."""

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox


@pytest.fixture(autouse=True)
def unattended_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A question a test did not expect (leaving a form, closing the window at teardown) is
    answered "Discard" where that is offered, else dismissed; each is noted by its name. The
    static boxes and input dialogs, and the app's AskDialog, are answered Ok, No or Cancel.

    A test that is about a question patches QMessageBox.exec itself."""
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.objectName() or box.text())
        button = (
            box.button(QMessageBox.StandardButton.Discard)
            or box.escapeButton()
            or box.button(QMessageBox.StandardButton.Cancel)
            or box.button(QMessageBox.StandardButton.Close)
        )
        if button is not None:
            button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    # The static helpers run their own loop, out of reach of the patch above.
    for name, reply in (
        ("information", QMessageBox.StandardButton.Ok),
        ("warning", QMessageBox.StandardButton.Ok),
        ("critical", QMessageBox.StandardButton.Ok),
        ("question", QMessageBox.StandardButton.No),
    ):
        monkeypatch.setattr(
            QMessageBox,
            name,
            staticmethod(lambda *args, _n=name, _r=reply, **kw: asked.append(_n) or _r),
        )
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
    from expat_desk.ui.ask_dialog import AskDialog

    # The app's own questions (the surname before an erasure, the manager at this desk).
    monkeypatch.setattr(AskDialog, "exec", lambda dialog: asked.append(dialog.objectName()) or 0)
    return asked


@pytest.fixture(autouse=True)
def stores_of_windows_left_open_are_closed():
    """A test may end with a window that would not close (its question answered "Cancel");
    pytest-qt deletes it anyway, so its store is closed here rather than left to the
    collector, which reports every connection it finds open."""
    yield
    from expat_desk.ui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets() if QApplication.instance() else ():
        if isinstance(widget, MainWindow):
            widget.store.close()


@pytest.fixture
def until_ready(qtbot):
    """Waits until a main window has filled in its deadlines and counts, which it does after
    its first paint (at the loop's next turn when not shown); returns the window."""

    def wait(window):
        qtbot.waitUntil(window.is_ready, timeout=30_000)
        return window

    return wait


@pytest.fixture
def shown_window(qtbot, db_path, until_ready):
    """The main window on a fresh database, shown as at start-up and ready."""
    from expat_desk.ui.app import create_main_window

    window = create_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return until_ready(window)
