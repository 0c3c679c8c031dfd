"""What happens to an error nobody expected: it goes to a rotating log file and to a dialog
with copyable details, and the app keeps running (every change was already committed whole)."""

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from expat_desk.domain.privacy import mask_personal_numbers

# Called by this name so that pyside6-lupdate finds each string with its context.
translate = QCoreApplication.translate

log = logging.getLogger("expat_desk")


class MaskingFormatter(logging.Formatter):
    """Every line, traceback included, with IINs and passport numbers starred out."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_personal_numbers(super().format(record))


def setup_logging(folder: Path) -> Path:
    """Log to ``folder/expat-desk.log``; a windowed build has no console to print to."""
    path = folder / "expat-desk.log"
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # Alembic tells every migration step at INFO; the log wants only its problems.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return path


def install_excepthook(log_path: Path) -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        # The details may be forwarded by e-mail: no identifying number leaves whole.
        details = mask_personal_numbers("".join(traceback.format_exception(kind, error, tb)))
        log.error("Unexpected error\n%s", details)
        show_error_dialog(mask_personal_numbers(str(error)) or kind.__name__, details, log_path)

    sys.excepthook = hook


def show_error_dialog(message: str, details: str, log_path: Path) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, translate("Errors", "Unexpected error"), "")
    box.setObjectName("errorDialog")
    box.setText(translate("Errors", "Something went wrong: %1").replace("%1", message))
    box.setInformativeText(
        translate("Errors", "Everything you saved is safe. The details are in %1.").replace(
            "%1", str(log_path)
        )
    )
    box.setDetailedText(details)
    copy = box.addButton(translate("Errors", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    copy.setObjectName("copyDetailsButton")
    copy.setAccessibleName(translate("Errors", "Copy details"))
    # An action-role button would close the box; copying should not.
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    close = box.addButton(QMessageBox.StandardButton.Close)
    close.setObjectName("closeErrorButton")
    box.exec()
