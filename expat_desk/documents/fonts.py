"""The shipped fonts (PT Serif and PT Sans, resources/fonts, ParaType's free licence): they
carry Cyrillic and every Kazakh letter, and ReportLab embeds them in each PDF."""

from functools import cache

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
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    # <b> and <i> inside a paragraph pick the matching face.
    addMapping(SERIF, 0, 0, SERIF)
    addMapping(SERIF, 1, 0, SERIF_BOLD)
    addMapping(SERIF, 0, 1, SERIF_ITALIC)
    addMapping(SERIF, 1, 1, "PTSerif-BoldItalic")
    addMapping(SANS, 0, 0, SANS)
    addMapping(SANS, 1, 0, SANS_BOLD)
    addMapping(SANS, 0, 1, SANS)
    addMapping(SANS, 1, 1, SANS_BOLD)
