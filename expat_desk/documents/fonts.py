"""The shipped fonts (PT Serif and PT Sans, resources/fonts, ParaType's free licence): they
carry Cyrillic and every Kazakh letter, and ReportLab embeds them in each PDF."""

from functools import cache
from typing import Any

from expat_desk.domain.resources import resource_path

SERIF = "PTSerif"
SERIF_BOLD = "PTSerif-Bold"
SERIF_ITALIC = "PTSerif-Italic"
SANS = "PTSans"
SANS_BOLD = "PTSans-Bold"

_FILES = {
    SERIF: "PTSerif-Regular.ttf",
    SERIF_BOLD: "PTSerif-Bold.ttf",
    SERIF_ITALIC: "PTSerif-Italic.ttf",
    "PTSerif-BoldItalic": "PTSerif-BoldItalic.ttf",
    SANS: "PTSans-Regular.ttf",
    SANS_BOLD: "PTSans-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Register the fonts with ReportLab once a process (reading them costs tens of ms)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    shared = _shared_font_class()
    for name, file in _FILES.items():
        pdfmetrics.registerFont(shared(name, str(resource_path("fonts", file))))
    # <b> and <i> inside a paragraph pick the matching face.
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF_ITALIC)
    addMapping(SERIF, 1, 1, "PTSerif-BoldItalic")
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)


# Subsets kept per font: a pair of documents uses about four each, a day's batch a few dozen.
_SUBSETS_KEPT = 256


def _shared_font_class() -> type:
    """A TTFont that cuts and deflates each glyph subset once a process, not once a file.

    ReportLab cuts a subset font out of the TTF for every 256 characters a document uses, then
    deflates it: a third of a document's time. The same characters in the same order give the
    same subset bytes, so the embedded font is reused as it was, byte for byte."""
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

    class Deflated:
        """A subset already deflated: its stream is written as it is, marked FlateDecode."""

        pdfname = "FlateDecode"

        def __init__(self, deflated: bytes) -> None:
            self.deflated = deflated

        def encode(self, text: bytes) -> bytes:
            return self.deflated

    class SharedFace(TTFontFace):  # type: ignore[misc]
        _subsets: dict[tuple[int, ...], tuple[bytes, Deflated]]

        def makeSubset(self, subset: list[int]) -> bytes:
            return self._kept(subset)[0]

        def _kept(self, subset: list[int]) -> tuple[bytes, Deflated]:
            key = tuple(subset)
            kept = self._subsets.get(key)
            if kept is None:
                content = super().makeSubset(subset)
                kept = content, Deflated(pdfdoc.PDFZCompress.encode(content))
                if len(self._subsets) >= _SUBSETS_KEPT:
                    self._subsets.pop(next(iter(self._subsets)))
                self._subsets[key] = kept
            return kept

        def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:
            reference = super().addSubsetObjects(doc, fontname, subset)
            if doc.compression:
                # The font file stream just made: its filter hands back the kept deflate.
                stream = doc.idToObject[f"fontFile:{self.filename}({fontname})"]
                stream.filters = [self._kept(subset)[1]]
            return reference

    class SharedTTFont(TTFont):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.face.__class__ = SharedFace
            self.face._subsets = {}

    return SharedTTFont
