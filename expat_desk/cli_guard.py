"""How the command line ends: its exit codes, one line for every error, and output that a
terminal cannot take for commands.

A supervisor's script reads the exit code, so each has one meaning (the README's table and
``expat-desk --help`` list them). Whatever goes wrong, the user sees one line on stderr: a
refusal says what to fix; an error nobody expected says where its details went, and its
traceback goes to the log, identifying numbers starred out and no row values.
"""

import argparse
import os
import re
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

from expat_desk import paths
from expat_desk.domain.errors import Refusal, ValidationError
from expat_desk.domain.privacy import mask_personal_numbers

EXIT_OK = 0
EXIT_REFUSED = 1  # the operation was refused or failed; the line on stderr says why
EXIT_OLD_SCHEMA = 3  # `check`: sound, but its schema is not this app's (open it to upgrade)
EXIT_USAGE = 64  # a command, option or value the command line does not take (EX_USAGE)
EXIT_DAMAGED = 65  # `check`: the database is damaged (EX_DATAERR)
EXIT_UNEXPECTED = 70  # an error nobody expected; details in the log (EX_SOFTWARE)
EXIT_INTERRUPTED = 130  # stopped with Ctrl+C

EXIT_CODES = (
    (EXIT_OK, "done (`check`: the database is sound and current)"),
    (EXIT_REFUSED, "refused or failed: one line on stderr says why; nothing half-written"),
    (EXIT_OLD_SCHEMA, "`check`: sound, but its schema is older than this app's"),
    (EXIT_USAGE, "usage: a command, option or value not understood"),
    (EXIT_DAMAGED, "`check`: the database is damaged"),
    (EXIT_UNEXPECTED, "unexpected error: its details are in the log file"),
    (EXIT_INTERRUPTED, "interrupted (Ctrl+C)"),
)

# SQLite's INTEGER is 64-bit signed: a larger id or limit made sqlite3 raise OverflowError.
SQLITE_MAX = 2**63 - 1
LOG_FILE = "expat-desk.log"  # the window's log (ui.errors), in the same folder


def exit_codes_epilog() -> str:
    return "exit codes:\n" + "\n".join(f"  {code:>3}  {meaning}" for code, meaning in EXIT_CODES)


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error exits with EXIT_USAGE (argparse's own 2 was also what
    `check` said of a damaged database)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


# --- argument types ---------------------------------------------------------------------------

_ASCII_DIGITS = re.compile(r"[0-9]+")


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``, in ASCII digits only
    (``int()`` takes "١٢", "１２" and "1_000"; ``str.isdigit()`` takes "²", which ``int()``
    refuses)."""

    def parse(text: str) -> int:
        sign, digits = ("-", text[1:]) if text.startswith("-") else ("", text)
        if not _ASCII_DIGITS.fullmatch(digits):
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number")
        if len(digits) > 20:  # int() of a million digits takes a while and then refuses
            raise argparse.ArgumentTypeError(f"{digits[:12]}... is too large (at most {high})")
        value = int(sign + digits)
        if value < low:
            if low == 1:
                raise argparse.ArgumentTypeError(f"{value} is not a positive number")
            raise argparse.ArgumentTypeError(f"{value} is less than {low}")
        if value > high:
            raise argparse.ArgumentTypeError(f"{value} is too large (at most {high})")
        return value

    return parse


positive_id = whole_number(1, SQLITE_MAX)


def case_reference(text: str) -> int | str:
    """``--case``: an id in ASCII digits (as an int, within SQLite's range), else a number
    such as IIN-2026-00012."""
    text = text.strip()
    if _ASCII_DIGITS.fullmatch(text):
        return positive_id(text)
    if not text:
        raise argparse.ArgumentTypeError("give the case's number (IIN-2026-00012) or id")
    return text


# --- output a terminal cannot take for commands -----------------------------------------------

# C0 and C1 controls but tab and newline (the lines' own separators), DEL, and the marks that
# reorder or hide text (RTL override, isolates, line separators): a client named
# "\x1b[2J" would clear the screen, "\u202e" would print the rest of a line backwards.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]"
)


def terminal_safe(text: str) -> str:
    """``text`` with each control character written as ``\\uXXXX`` (valid in JSON too)."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


class _Escaping:
    """A text stream whose writes pass through terminal_safe."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(terminal_safe(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def escaped_output() -> Iterator[None]:
    """Everything printed to stdout and stderr meanwhile, with control characters escaped:
    names from the database, file names from a folder, values echoed in errors."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Escaping(out), _Escaping(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


# --- one line for every error -----------------------------------------------------------------


def say_error(message: str) -> None:
    print(f"expat-desk: error: {message}", file=sys.stderr)


def guarded(command: str, run: Callable[[], int]) -> int:
    """``run()``'s exit code; any exception it lets through becomes one line on stderr."""
    try:
        return run()
    except KeyboardInterrupt:
        print("expat-desk: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (Refusal, ValidationError) as exc:  # a refusal a command did not word itself
        say_error(str(exc))
        return EXIT_REFUSED
    except BrokenPipeError:
        raise  # main's: the reader went away
    except OSError as exc:  # a full disk, a read-only one, a folder that went away ...
        logged = _log(command, exc)
        where = f" ({exc.filename})" if exc.filename else ""
        detail = f"; details in {logged}" if logged else ""
        say_error(f"{exc.strerror or type(exc).__name__}{where}{detail}")
        return EXIT_REFUSED
    except Exception as exc:
        logged = _log(command, exc)
        where = f"details in {logged}" if logged else "its details could not be logged"
        say_error(f"unexpected error ({type(exc).__name__}), {where}")
        return EXIT_UNEXPECTED


def _log(command: str, error: BaseException) -> Path | None:
    """Append the error's traceback to the log; where it went, or None if it could not."""
    try:
        path = paths.log_dir() / LOG_FILE
        with open(path, "a", encoding="utf-8") as log:
            log.write(
                f"{datetime.now():%Y-%m-%d %H:%M:%S,%f}"[:-3]
                + f" ERROR expat_desk.cli: `expat-desk {command}` failed\n"
                + mask_personal_numbers(_traceback(error))
            )
        if os.name == "posix":
            path.chmod(0o600)
        return path
    except OSError:
        return None


def _traceback(error: BaseException) -> str:
    """The traceback of ``error`` and of the errors it came from, with each message only as
    far as it holds no row values: a database error's text would carry the statement's
    parameters (names, birth dates), so only its type and the driver's own words are kept."""
    chain: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    parts = []
    for n, exc in enumerate(reversed(chain)):
        if n:
            parts.append("\nThe error above led to this one:\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(exc.__traceback__))
        parts.append(f"{type(exc).__module__}.{type(exc).__qualname__}: {_safe_text(exc)}\n")
    return "".join(parts)


def _safe_text(error: BaseException) -> str:
    original = getattr(error, "orig", None)  # SQLAlchemy's StatementError and its kind
    if hasattr(error, "params") and hasattr(error, "statement"):
        driver = f"{type(original).__name__}: {original}" if original is not None else ""
        return f"(parameters not logged) {driver}"
    return str(error)
