"""How client search folds text, so that one query finds Latin, Cyrillic and digits alike.

SQLite's own ``lower()`` and ``LIKE`` fold only ASCII, so each client carries a folded search
key, and the query is folded the same way.
"""

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

# Letters with no decomposition that people type without their stroke or dot.
_FOLD = str.maketrans({"ё": "е", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "æ": "ae"})


@lru_cache(maxsize=4096)  # names and employers repeat: most folds are look-ups
def fold(text: str) -> str:
    """Case-folded, without diacritics (é -> e, ё -> е), white space collapsed."""
    if text.isascii():
        return " ".join(text.lower().split())
    # Decompose before case-folding too: 𝐀 or ℌ decompose to capitals.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    folded = unicodedata.normalize("NFC", _drop_latin_marks(decomposed)).translate(_FOLD)
    if not folded.isascii():
        # A letter the table spells in ASCII (æ -> ae) may carry a mark of its own.
        folded = unicodedata.normalize(
            "NFC", _drop_latin_marks(unicodedata.normalize("NFD", folded))
        )
    return " ".join(folded.split())


def _drop_latin_marks(decomposed: str) -> str:
    # Keep the marks Kazakh and Russian letters need (й is и + breve); drop Latin accents only,
    # all of them when they stack (Vietnamese ễ is e + circumflex + tilde).
    kept: list[str] = []
    base_ascii = False
    for ch in decomposed:
        if not unicodedata.combining(ch):
            base_ascii = ch.isascii()
        elif base_ascii:
            continue
        kept.append(ch)
    return "".join(kept)


def search_key(*fields: str | None) -> str:
    """The text a query is matched against: every field folded, plus phone-like digits alone."""
    parts = [fold(f) for f in fields if f]
    # "+7 701 234-56-78" is also found as 77012345678, however the manager types it.
    digits = [re.sub(r"\D", "", f) for f in fields if f and re.search(r"\d", f)]
    parts += [d for d in digits if d not in parts]
    return " | ".join(parts)


def query_terms(query: str) -> list[str]:
    """Folded words of a query; a phone typed with spaces or dashes becomes its digits.
    Control characters (a pasted NUL, a tab) part words: no stored key holds them."""
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in query).strip()
    if re.fullmatch(r"\+?[\d\s\-()]{5,}", text):
        digits = re.sub(r"\D", "", text)
        # "8 701 ..." is how Kazakhstan writes +7 701 ... locally; an IIN or a passport
        # number is typed without separators, so only a spaced-out number is read so.
        if digits.startswith("8") and not text.startswith("+") and re.search(r"[\s\-()]", text):
            digits = "7" + digits[1:]
        return [digits]
    return fold(text).split()


# The Kazakh Cyrillic alphabet, which holds the Russian one in the same order, with the
# Ukrainian and Belarusian letters beside their kin. Code points alone would put Ё first
# and Қ after Я.
_CYRILLIC_ORDER = "аәбвгғґдеёєжзийіїкқлмнңоөпрстуұүўфхһцчшщъыіьэюя"
_SORT = str.maketrans({ch: chr(0xE000 + i) for i, ch in enumerate(dict.fromkeys(_CYRILLIC_ORDER))})
SEARCHED_FIELDS = (
    "surname",
    "given_names",
    "surname_cyr",
    "given_names_cyr",
    "passport_number",
    "iin",
    "phone",
    "email",
    "employer",
)


def sort_key(text: str) -> str:
    """A key that sorts names as a dictionary does: case and Latin accents aside, Cyrillic in
    alphabet order. Plain code-point order of the key is the order (SQLite's BINARY)."""
    return fold(text).translate(_SORT)


def client_index(values: Mapping[str, Any]) -> dict[str, str | None]:
    """The derived columns a client row carries for search and sorting."""

    def name(surname: str, given: str) -> str:
        return " ".join(v for v in (values.get(surname), values.get(given)) if v)

    cyrillic = name("surname_cyr", "given_names_cyr")
    return {
        "search_text": search_key(*(values.get(f) for f in SEARCHED_FIELDS)),
        "sort_name": sort_key(name("surname", "given_names")),
        "sort_name_cyr": sort_key(cyrillic) if cyrillic else None,
    }
