"""Typed text the desk keeps: free of control characters, which print as nothing, or worse.

An escape sequence in the centre's name ("\\x1b[2J") clears a supervisor's terminal when a
command prints it; a right-to-left override (U+202E) shows the rest of a line backwards on a
printed document; a NUL cuts a note short for readers written in C. A name is one line: no
control or format character at all. A multi-line note keeps its line breaks and tabs (a line
break pasted from Windows, CR LF, becomes LF) but nothing else of the kind, and none of the
marks that reorder text.
"""

import unicodedata

from expat_desk.domain.errors import Message

# Format characters that reorder or hide text; the others (a zero-width joiner in an emoji,
# a soft hyphen) are harmless in a note.
_REORDERING = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def control_free(text: str, *, multiline: bool = False) -> str:
    """``text`` (CR LF made LF in a multi-line one) if it holds no character it may not;
    ValueError with the field's message (code ``text.control``) otherwise."""
    if multiline:
        text = text.replace("\r\n", "\n")
        allowed = {"\n", "\t"}
        refused = ("Cc",)
    else:
        allowed, refused = set(), ("Cc", "Cf")
    for ch in text:
        if ch in allowed:
            continue
        if unicodedata.category(ch) in refused or ch in _REORDERING:
            raise ValueError(Message("text.control", "contains a control character"))
    return text
