"""The window's tests never leave a question waiting for a click nobody will make."""

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def unattended_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A question a test did not expect (leaving a form, closing the window at teardown) is
    answered "Discard" where that is offered, else dismissed; each is noted by its name.

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
    return asked
