"""The errors the rules raise for what they refuse, each with a code a window can translate.

A refusal's sentence is a ``Message``: its English text, with the code of the sentence and the
arguments put in it, so a window can say it in its own language. An argument that is itself a
word with a code (a status, a service, a country) is a ``Word``: the English sentence reads
its English, the arguments keep its code and its kind.
"""

from collections.abc import Iterable, Mapping
from datetime import date


class Word(str):
    """A word of a sentence that stands for a code: ``kind`` says what it names ("status",
    "state", "service", "country", "document", "field"), ``code`` which; as a ``str`` it is
    the English. Several codes of one kind are joined with commas ("open,submitted")."""

    kind: str
    code: str

    def __new__(cls, kind: str, code: str, english: str | None = None) -> "Word":
        word = super().__new__(cls, code if english is None else english)
        word.kind = kind
        word.code = code
        return word


def day(value: date) -> Word:
    """A date as an argument: ISO in the English sentence, the window's date form on screen."""
    return Word("date", value.isoformat())


def words(kind: str, codes: Iterable[str], english: Mapping[str, str] | None = None) -> Word:
    """Several codes of one kind as one argument: "cancelled, submitted" in English."""
    listed = list(codes)
    shown = ", ".join((english or {}).get(code, code) for code in listed) or "none"
    return Word(kind, ",".join(listed), shown)


class Message(str):
    """One refusal's sentence in English, with the code and arguments a window needs to say
    it in its own language; it is a ``str``, so whatever reads the English still works.

    ``params`` hold each argument as text, a Word as its code; ``kinds`` name the kind of
    each argument that is a Word."""

    code: str
    params: dict[str, str]
    kinds: dict[str, str]

    def __new__(cls, code: str, template: str, **params: object) -> "Message":
        texts = {name: str(value) for name, value in params.items()}
        message = super().__new__(cls, template.format(**texts))
        message.code = code
        message.params = {
            name: value.code if isinstance(value, Word) else str(value)
            for name, value in params.items()
        }
        message.kinds = {
            name: value.kind for name, value in params.items() if isinstance(value, Word)
        }
        return message


class Refusal(Exception):
    """What a manager is told cannot be done; ``code`` names the refusal, so a window can
    say it in its own language, and ``params`` are the values its sentence needs.

    Raised with a Message, it takes the Message's code and arguments; raised with plain text,
    it has a code only where one is given."""

    def __init__(
        self,
        message: str = "",
        code: str | None = None,
        params: Mapping[str, str] | None = None,
    ) -> None:
        kinds: Mapping[str, str] = {}
        if isinstance(message, Message) and code is None:
            code, params, kinds = message.code, message.params, message.kinds
        self.code = code
        self.params = dict(params or {})
        self.kinds = dict(kinds)
        super().__init__(message)


class ValidationError(ValueError):
    """One or more fields are wrong; ``errors`` maps each field name to a sentence."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {why}" for field, why in self.errors.items()))


class RuleViolation(Refusal, ValueError):
    """An action the rules do not allow (a status move, an EDS case without an IIN, ...)."""


def message_of(error: BaseException) -> str:
    """The Message an error was raised with, kept whole, else its text."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, Message) else str(error)
