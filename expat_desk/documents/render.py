"""Laying a filled document out on A4 pages with ReportLab.

Two languages are printed side by side, section by section, so each paragraph sits beside
its translation; signatures and the notary's box span the page once, with both languages'
captions. ReportLab is imported here only, when a document is first made.
"""

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from expat_desk.documents.fields import fill
from expat_desk.documents.flowables import (
    ACCENT,
    BOTTOM,
    GUTTER,
    INK,
    LEADING,
    LEFT,
    MAX_GAP,
    MUTED,
    RIGHT,
    RULE,
    TOP,
    WIDTH,
    Gap,
    KeepEndTogether,
    KeepUnlessGap,
    NotaryBox,
    Paragraph,
)
from expat_desk.documents.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, register_fonts
from expat_desk.documents.texts import CommonTexts, Localized, Section, Signature, Template


@dataclass(frozen=True)
class PageInfo:
    """What the running header and footer print."""

    operator_name: str
    case_number: str
    title: str
    author: str
    # A letter on another's letterhead (the host party's): lines under its name, in place of
    # the centre's.
    letterhead: tuple[str, ...] = ()


@cache  # one set a process: the paragraphs' kept markup is keyed by its style
def _styles(columns: int) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=SERIF, fontSize=9.5, leading=LEADING, textColor=INK)
    # Justified text in a narrow column opens wide gaps (no hyphenation): ragged right there.
    return {
        "body": ParagraphStyle(
            "body-j", parent=base, alignment=TA_JUSTIFY if columns == 1 else TA_LEFT
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=13,
            leading=16,
            alignment=TA_CENTER,
            textColor=ACCENT,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=base, fontSize=8.5, leading=11, alignment=TA_CENTER, textColor=MUTED
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=9.5,
            leading=12,
            textColor=ACCENT,
            spaceAfter=2,
        ),
        "label": ParagraphStyle(
            "label", parent=base, fontName=SANS, fontSize=8, leading=10, textColor=MUTED
        ),
        "value": ParagraphStyle("value", parent=base, fontName=SERIF_BOLD),
        "addressee": ParagraphStyle(
            "addressee", parent=base, fontName=SERIF_BOLD, alignment=TA_RIGHT, leading=13
        ),
        "caption": ParagraphStyle(
            "caption", parent=base, fontName=SANS, fontSize=8, leading=10, textColor=MUTED
        ),
        "signline": ParagraphStyle("signline", parent=base, alignment=TA_LEFT),
    }


def render_pdf(
    template: Template,
    common: CommonTexts,
    values: Mapping[str, Mapping[str, str]],
    languages: Sequence[str],
    page: PageInfo,
) -> bytes:
    """The document as PDF bytes, in ``languages`` (one, or two side by side)."""
    register_fonts()
    columns = len(languages)
    styles = _styles(columns)
    column_width = (WIDTH - GUTTER * (columns - 1)) / columns

    def text(part: Localized, lang: str) -> str:
        # Paragraph takes markup: the filled values are the manager's text, never markup.
        return escape(fill(part[lang], values[lang])).replace("\n", "<br/>")

    story: list[Flowable] = []
    if template.addressee:
        for lang in languages:
            story.append(Paragraph(text(template.addressee, lang), styles["addressee"]))
        story.append(Spacer(1, 6 * mm))
    head = [[_cell(template, lang, text, styles) for lang in languages]]
    story.append(_columns(head, column_width, rules=False))
    story.append(Spacer(1, 5 * mm))

    signing: list[Flowable] = []
    sections: list[Flowable] = []
    for section in template.sections:
        if section.signatures or section.box:
            signing.extend(_full_width(section, languages, text, styles, common, values))
            continue
        row = [
            _section_cell(section, lang, text, styles, column_width, values[lang])
            for lang in languages
        ]
        sections.append(_columns([row], column_width, rules=True))
    # A section moves to the next page whole, its heading never left behind, unless that
    # would leave more than a third of the page empty: then it goes on over the break.
    ending = _ending(sections, WIDTH)
    story.extend(KeepUnlessGap([table], MAX_GAP) for table in sections[:-ending])
    # The signatures and the notary's box stay on one page with the end of the text: a notary
    # refuses a page that holds a signature and nothing it signs.
    story.append(KeepEndTogether(sections[-ending:], signing, MAX_GAP))

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=page.title,
        author=page.author,
        subject=page.case_number,
        creator="Expat Desk",
        # Else each page names Helvetica, a font the PDF does not embed.
        initialFontName=SERIF,
    )
    decorate = _Decorations(page, common, languages)
    document.build(story, canvasmaker=decorate.canvas_class())
    return buffer.getvalue()


def _ending(sections: list[Flowable], width: float) -> int:
    """How many sections, counted from the end, make the text that may be split to stand
    with the signatures: enough that a split leaves several lines on either side."""
    total = 0.0
    for count, section in enumerate(reversed(sections), 1):
        total += section.wrap(width, A4[1])[1]
        if total >= 3 * KeepEndTogether.TAIL:
            return count
    return len(sections)


def _cell(template: Template, lang: str, text, styles) -> list[Flowable]:  # type: ignore[no-untyped-def]
    cell: list[Flowable] = [Paragraph(text(template.title, lang), styles["title"])]
    if template.subtitle:
        cell.append(Spacer(1, 1.5 * mm))
        cell.append(Paragraph(text(template.subtitle, lang), styles["subtitle"]))
    return cell


def _section_cell(  # type: ignore[no-untyped-def]
    section: Section, lang: str, text, styles, width: float, values: Mapping[str, str]
) -> list[Flowable]:
    cell: list[Flowable] = []
    # A row whose optional value is empty is left out (a non-resident attorney has no IIN).
    rows = [row for row in section.fields if not row.when or values.get(row.when)]
    if section.heading:
        cell.append(Paragraph(text(section.heading, lang), styles["heading"]))
    if section.text:
        for paragraph in text(section.text, lang).split("<br/><br/>"):
            cell.append(Paragraph(paragraph, styles["body"]))
    if rows:
        label_width = 0.36 * width
        table = Table(
            [
                [
                    Paragraph(text(row.label, lang), styles["label"]),
                    Paragraph(text({lang: row.value}, lang), styles["value"]),
                ]
                for row in rows
            ],
            colWidths=[label_width, width - label_width],
        )
        table.setStyle(
            _table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ]
            )
        )
        cell.append(table)
    return cell


def _columns(rows: list[list[list[Flowable]]], column_width: float, *, rules: bool) -> Table:
    columns = len(rows[0])
    # Each column gets half the gutter as padding, so its content is exactly column_width.
    half = GUTTER / 2 if columns > 1 else 0
    table = Table(rows, colWidths=[column_width + half] * columns, splitInRow=1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), half),
        ("RIGHTPADDING", (0, 0), (-1, -1), half),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    if columns > 1 and rules:
        # A hairline between the languages, as in bilingual forms.
        style.append(("LINEAFTER", (0, 0), (-2, -1), 0.4, RULE))
    table.setStyle(_table_style(style))
    return table


def _both(part: Localized | None, languages: Sequence[str], text) -> str:  # type: ignore[no-untyped-def]
    return " / ".join(text(part, lang) for lang in languages) if part else ""


def _full_width(  # type: ignore[no-untyped-def]
    section: Section,
    languages: Sequence[str],
    text,
    styles,
    common: CommonTexts,
    values: Mapping[str, Mapping[str, str]],
) -> list[Flowable]:
    out: list[Flowable] = [Gap(3 * mm, 0.5 * mm)]
    for signature in section.signatures:
        out.extend(_signature(signature, languages, text, styles, common))
    if section.box:
        box = NotaryBox(Paragraph(_both(section.box, languages, text), styles["caption"]))
        out.extend([Gap(2 * mm, 0.5 * mm), box])
    return out


def _signature(  # type: ignore[no-untyped-def]
    signature: Signature, languages: Sequence[str], text, styles, common: CommonTexts
) -> list[Flowable]:
    name = text({lang: signature.name for lang in languages}, languages[0])
    caption = _both(signature.label, languages, text)
    sign_word = _both(common.signature, languages, lambda p, lang: escape(p[lang]))
    name_word = _both(common.full_name, languages, lambda p, lang: escape(p[lang]))
    date_word = _both(common.date_line, languages, lambda p, lang: escape(p[lang]))
    dates = " / ".join(
        text({lang: signature.date for lang in languages}, lang) for lang in languages
    )
    line = "_" * 28
    rows = [
        [Paragraph(f"<b>{caption}</b>", styles["label"]), ""],
        [
            Paragraph(line, styles["signline"]),
            Paragraph(name if name else line, styles["value" if name else "signline"]),
        ],
        [Paragraph(sign_word, styles["caption"]), Paragraph(name_word, styles["caption"])],
        [Paragraph(f"{date_word}: {dates}", styles["body"]), ""],
    ]
    # A stamp line empty in every language (a private person has no seal) is left out.
    stamp = signature.stamp and any(text(signature.stamp, lang).strip() for lang in languages)
    if stamp:
        rows.append([Paragraph(_both(signature.stamp, languages, text), styles["caption"]), ""])
    table = Table(rows, colWidths=[0.45 * WIDTH, 0.55 * WIDTH])
    table.setStyle(
        _table_style(
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("SPAN", (0, 3), (-1, 3)),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 1), (-1, 1), 6 * mm),
                ("TOPPADDING", (0, 3), (-1, 3), 1.5 * mm),
            ]
            + (
                [("SPAN", (0, 4), (-1, 4)), ("TOPPADDING", (0, 4), (-1, 4), 3 * mm)]
                if stamp
                else []
            )
        )
    )
    return [table, Gap(1 * mm, 0)]


def _table_style(commands: list) -> TableStyle:  # type: ignore[type-arg]
    # A table sets its cells' font even around flowables: without this, Helvetica, which
    # the PDF does not embed.
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), SERIF), *commands])


class _Decorations:
    """The running header (the centre) and footer (case and "page n of m") of every page."""

    def __init__(self, page: PageInfo, common: CommonTexts, languages: Sequence[str]) -> None:
        self.page = page
        self.centre_lines = list(page.letterhead) or [
            common.centre_line[lang] for lang in languages
        ]
        self.case_word = " / ".join(common.footer_case[lang] for lang in languages)
        self.page_word = " / ".join(common.footer_page[lang] for lang in languages)

    def canvas_class(self) -> type[Canvas]:
        decorations = self

        class NumberedCanvas(Canvas):
            # Pages are kept until the end so each footer can say how many there are.
            def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
                super().__init__(*args, **kwargs)
                self._pages: list[dict] = []

            def showPage(self) -> None:
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self) -> None:
                total = len(self._pages)
                for number, state in enumerate(self._pages, start=1):
                    self.__dict__.update(state)
                    decorations.draw(self, number, total)
                    super().showPage()
                super().save()

        return NumberedCanvas

    def draw(self, canvas: Canvas, number: int, total: int) -> None:
        width, height = A4
        top = height - 14 * mm
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.setFont(SANS_BOLD, 11)
        canvas.drawString(LEFT, top, self.page.operator_name)
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        # The case number stands at the right of the name: the lines below have the width.
        lines = [
            part
            for line in self.centre_lines
            for part in simpleSplit(line, SANS, 7.5, width - LEFT - RIGHT)[:2]
        ][:3]
        for i, line in enumerate(lines):
            canvas.drawString(LEFT, top - 10 - i * 9, line)
        canvas.setFont(SANS, 8)
        canvas.drawRightString(width - RIGHT, top, f"{self.case_word} {self.page.case_number}")
        rule = top - 10 - len(lines) * 9 + 2
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(LEFT, rule, width - RIGHT, rule)
        canvas.line(LEFT, BOTTOM - 6 * mm, width - RIGHT, BOTTOM - 6 * mm)
        canvas.setFont(SANS, 7.5)
        canvas.drawString(LEFT, BOTTOM - 10 * mm, self.page.title)
        canvas.drawRightString(
            width - RIGHT, BOTTOM - 10 * mm, f"{self.page_word} {number} / {total}"
        )
        canvas.restoreState()
