"""How client search folds text, so that one query finds Latin, Cyrillic and digits alike.

SQLite's own ``lower()`` and ``LIKE`` fold only ASCII, so each client carries a folded search
key, and the query is folded the same way.
"""

import re
import unicodedata
from functools import lru_cache

# Letters with no decomposition that people type without their stroke or dot.
_FOLD = str.maketrans({"ё": "е", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "æ": "ae"})


@lru_cache(maxsize=4096)  # names and employers repeat: most folds are look-ups
def fold(text: str) -> str:
    """Case-folded, without diacritics (é -> e, ё -> е), white space collapsed."""
    if text.isascii():
        return " ".join(text.lower().split())
    # Decompose before case-folding too: 𝐀 or ℌ decompose to capitals.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
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
    return " ".join(unicodedata.normalize("NFC", "".join(kept)).translate(_FOLD).split())


def search_key(*fields: str | None) -> str:
    """The text a query is matched against: every field folded, plus phone-like digits alone."""
    parts = [fold(f) for f in fields if f]
    # "+7 701 234-56-78" is also found as 77012345678, however the manager types it.
    digits = [re.sub(r"\D", "", f) for f in fields if f and re.search(r"\d", f)]
    parts += [d for d in digits if d not in parts]
    return " | ".join(parts)


def query_terms(query: str) -> list[str]:
    """Folded words of a query; a phone typed with spaces or dashes becomes its digits."""
    text = query.strip()
    if re.fullmatch(r"\+?[\d\s\-()]{5,}", text):
        return [re.sub(r"\D", "", text)]
    return fold(text).split()
