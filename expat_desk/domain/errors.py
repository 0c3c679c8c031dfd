"""The error every rule raises for input it refuses, naming each field and why."""

from collections.abc import Mapping


class ValidationError(ValueError):
    """One or more fields are wrong; ``errors`` maps each field name to a sentence."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {why}" for field, why in self.errors.items()))


class RuleViolation(ValueError):
    """An action the rules do not allow (a status move, an EDS case without an IIN, ...).

    ``code`` names the rule, so a window can say it in its own language; ``params`` are the
    values its sentence needs."""

    def __init__(
        self, message: str, code: str | None = None, params: Mapping[str, str] | None = None
    ) -> None:
        self.code = code
        self.params = dict(params or {})
        super().__init__(message)


class Message(str):
    """One refusal's sentence in English, with the code and arguments a window needs to say
    it in its own language; it is a ``str``, so whatever reads the English still works."""

    code: str
    params: dict[str, str]

    def __new__(cls, code: str, template: str, **params: object) -> "Message":
        texts = {name: str(value) for name, value in params.items()}
        message = super().__new__(cls, template.format(**texts))
        message.code = code
        message.params = texts
        return message


def message_of(error: BaseException) -> str:
    """The Message an error was raised with, kept whole, else its text."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, Message) else str(error)
