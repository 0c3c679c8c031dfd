"""The documents the centre prints for a case, and the languages it prints them in."""

from enum import StrEnum


class DocumentKind(StrEnum):
    CONSENT = "consent"
    POWER_OF_ATTORNEY = "power-of-attorney"
    NOTIFICATION_LETTER = "notification-letter"


LANGUAGES = ("kk", "ru", "en")
DEFAULT_LANGUAGES = ("ru", "en")


def parse_languages(text: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """One language or two side by side, "ru,en" or ("ru", "en"); ValueError says what is wrong."""
    parts = text.split(",") if isinstance(text, str) else list(text)
    codes = tuple(p.strip().lower() for p in parts if p.strip())
    unknown = [c for c in codes if c not in LANGUAGES]
    if unknown:
        raise ValueError(
            f"unknown language {', '.join(unknown)}: choose from {', '.join(LANGUAGES)}"
        )
    if not 1 <= len(codes) <= 2:
        raise ValueError("choose one language, or two to print side by side")
    if len(set(codes)) != len(codes):
        raise ValueError("the two columns need two different languages")
    return codes
