"""What happens to an error nobody expected: it goes to a rotating log file and to a dialog
with copyable details, and the app keeps running (every change was already committed whole)."""

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from expat_desk.domain.privacy import mask_personal_numbers

# Called by this name so that pyside6-lupdate finds each string with its context.
translate = QCoreApplication.translate

log = logging.getLogger("expat_desk")

# What the dialog says of an error without a code of ours: its kind in words, never its raw
# text (English, or a repr of someone's data); that stays in the details and the log.
_FILE_ERROR = QT_TRANSLATE_NOOP("Errors", "a file or folder could not be read or written (%1)")
_DATABASE_ERROR = QT_TRANSLATE_NOOP("Errors", "the database could not do what was asked (%1)")
_MEMORY_ERROR = QT_TRANSLATE_NOOP("Errors", "the computer ran out of memory (%1)")
_PROGRAM_ERROR = QT_TRANSLATE_NOOP("Errors", "an error in the program (%1)")


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
        show_error_dialog(mask_personal_numbers(error_words(error)), details, log_path)

    sys.excepthook = hook


def _has_code(error: BaseException) -> bool:
    from expat_desk.domain.errors import Message, Refusal, ValidationError, message_of
    from expat_desk.ui.error_words import SENTENCES

    if isinstance(error, ValidationError):
        return all(
            isinstance(why, Message) and why.code in SENTENCES for why in error.errors.values()
        )
    if isinstance(error, Refusal) and error.code in SENTENCES:
        return True
    message = message_of(error)
    return isinstance(message, Message) and message.code in SENTENCES


def error_words(error: BaseException) -> str:
    """What the dialog says of ``error`` in the window's language: a refusal of ours by its
    code (as the forms say it), anything else by its kind, named by its class."""
    # Imported here: the hook is installed before the window, and needs them only on a crash.
    from expat_desk.ui.error_words import refusal_text

    if _has_code(error):
        return refusal_text(error)
    kinds = type(error).__mro__
    if any(k.__module__.split(".")[0] in {"sqlalchemy", "sqlite3"} for k in kinds):
        words = _DATABASE_ERROR
    elif isinstance(error, OSError):
        words = _FILE_ERROR
    elif isinstance(error, MemoryError):
        words = _MEMORY_ERROR
    else:
        words = _PROGRAM_ERROR
    return translate("Errors", words).replace("%1", type(error).__name__)


def show_error_dialog(message: str, details: str, log_path: Path) -> None:
    """The box of an unexpected error: ``message`` (in the window's words, see error_words)
    after "Something went wrong", the masked traceback behind "Show details"."""
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
