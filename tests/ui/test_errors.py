"""An unexpected error: logged to the file, shown with copyable details, the app goes on."""

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from expat_desk.ui import errors


def test_unexpected_error_is_logged_and_shown(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        box.findChild(type(box.buttons()[0]), "copyDetailsButton").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    root = logging.getLogger()
    handlers = list(root.handlers)
    log_path = errors.setup_logging(tmp_path)
    try:
        errors.install_excepthook(log_path)
        try:
            raise RuntimeError("the printer is on fire")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        for handler in set(root.handlers) - set(handlers):
            handler.close()
            root.removeHandler(handler)

    assert "RuntimeError: the printer is on fire" in log_path.read_text(encoding="utf-8")
    box = shown[0]
    assert "the printer is on fire" in box.text()
    assert str(log_path) in box.informativeText()
    assert "Traceback" in box.detailedText()
    assert "the printer is on fire" in QApplication.clipboard().text()


def test_the_log_and_the_details_never_carry_an_iin_or_passport(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers = list(root.handlers)
    log_path = errors.setup_logging(tmp_path)
    try:
        errors.install_excepthook(log_path)
        logging.getLogger("expat_desk").warning("looked up passport C01X00T47")
        try:
            raise ValueError("IIN 850314300017 clashes with passport C01X00T47")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        for handler in set(root.handlers) - set(handlers):
            handler.close()
            root.removeHandler(handler)

    written = log_path.read_text(encoding="utf-8")
    for place in (written, shown[0].text(), shown[0].detailedText()):
        assert "850314300017" not in place and "C01X00T47" not in place
    assert "**********17 clashes" in written
