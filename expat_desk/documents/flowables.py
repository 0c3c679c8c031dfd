"""The page's geometry and the flowables of a document's layout that ReportLab lacks: a
paragraph that breaks its lines once, and the keep-together rules around the signatures and
the notary's box."""

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, FrameBreak, KeepTogether, Spacer
from reportlab.platypus import Paragraph as _Paragraph

INK = colors.HexColor("#1d2733")
ACCENT = colors.HexColor("#1f4e79")
MUTED = colors.HexColor("#5b6572")
RULE = colors.HexColor("#b8c2cc")

LEFT, RIGHT, TOP, BOTTOM = 25 * mm, 18 * mm, 30 * mm, 20 * mm
WIDTH = A4[0] - LEFT - RIGHT
GUTTER = 8 * mm
# The most of a page left empty before a break (a third of the body's height).
MAX_GAP = (A4[1] - TOP - BOTTOM) / 3
LEADING = 12.4  # the body text's line


# Parsed markup kept per (text, style), and its lines per width: most of a document's
# paragraphs are its fixed wording (labels, headings, captions), the same for every client.
_KEPT = 2048  # a day's batch uses a few hundred
_parsed: dict[tuple[str, object], tuple[str, object, list]] = {}  # type: ignore[type-arg]
_broken: dict[tuple, tuple] = {}  # type: ignore[type-arg]
# What breaking the lines sets on a paragraph, beside the lines (ReportLab 5.1).
_BREAK_STATE = ("frags", "height", "_width_max", "_splitLongWordCount", "_hyphenations")


def _keep(kept: dict, key: object, value: object) -> None:  # type: ignore[type-arg]
    if len(kept) >= _KEPT:
        kept.pop(next(iter(kept)))
    kept[key] = value


class Paragraph(_Paragraph):
    """A paragraph that parses its markup and breaks its lines once a process for a text,
    style and width, and asks for them once for a width: the tables around it ask its size
    several times (sizing, the page's keep-together checks, then drawing), and parsing and
    breaking are most of a document's time. ``style`` must be one kept for the process
    (render's are): it is part of the key. Drawing only reads the lines; a split changes
    them, so a paragraph split breaks its own lines anew from fragments of its own."""

    _wrapped: tuple[float, float] | None = None
    _wrapped_for: float | None = None
    _key: tuple[str, object] | None = None  # the text and style, while the lines are shared

    def _setup(self, text, style, bulletText, frags, cleaner):  # type: ignore[no-untyped-def]
        if frags is not None or bulletText:
            return super()._setup(text, style, bulletText, frags, cleaner)
        key = (text, style)
        kept = _parsed.get(key)
        if kept is None:
            super()._setup(text, style, bulletText, frags, cleaner)
            if self.bulletText:  # markup that made a bullet: not kept, parsed each time
                return None
            kept = (self.text, self.style, self.frags)
            _keep(_parsed, key, kept)
        self._key = key
        text, style, self._parsed = kept
        # Each paragraph has fragments of its own: laying out may mark them.
        return super()._setup(text, style, None, [f.clone() for f in self._parsed], cleaner)

    def breakLines(self, width):  # type: ignore[no-untyped-def]
        if self._key is None:
            return super().breakLines(width)
        key = (*self._key, tuple(width) if isinstance(width, list) else width)
        kept = _broken.get(key)
        if kept is None:
            lines = super().breakLines(width)
            kept = lines, tuple(getattr(self, name) for name in _BREAK_STATE)
            _keep(_broken, key, kept)
        lines, state = kept
        for name, value in zip(_BREAK_STATE, state, strict=True):
            setattr(self, name, value)
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # The lines depend on the width only; a split's pieces are new paragraphs.
        if availWidth == self._wrapped_for and self._wrapped and hasattr(self, "blPara"):
            return self._wrapped
        self._wrapped = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth
        return self._wrapped

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self._key is not None:  # the shared lines stay as they are: break this one's own
            self._key = None
            self.frags = [f.clone() for f in self._parsed]
        self._wrapped_for = None  # splitting may change the words' fragments: break anew
        self.wrap(availWidth, availHeight)
        return super().split(availWidth, availHeight)


class KeepUnlessGap(KeepTogether):
    """Flowables kept on one page, but split over the break where moving them whole would
    leave more than ``max_gap`` of the page empty."""

    def __init__(self, flowables: list[Flowable], max_gap: float) -> None:
        super().__init__(flowables)
        self._max_gap = max_gap

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        content = self._content[:]
        if aH >= self._H or aH > self._max_gap:
            return content  # it fits, or it starts here and goes on over the break
        return [FrameBreak(), *content]


class Gap(Spacer):
    """Space around the signatures that may close to ``least`` where that keeps them on the
    page of the text they sign."""

    def __init__(self, height: float, least: float) -> None:
        super().__init__(1, height)
        self.least = least


class NotaryBox(Flowable):
    """The empty box for the notary's certification: 34 mm tall, down to 26 mm where that
    keeps the signatures on the page of the text they sign."""

    HEIGHT = 34 * mm
    LEAST = 26 * mm
    least = LEAST

    def __init__(self, caption: Paragraph) -> None:
        super().__init__()
        self.caption = caption
        self.width = WIDTH  # as wide as the text's columns, centred as they are
        self.height = self.HEIGHT
        self.hAlign = "CENTER"

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(MUTED)
        self.canv.setLineWidth(0.6)
        self.canv.rect(0, 0, self.width, self.height)
        _, caption_height = self.caption.wrap(self.width - 12, self.height)
        self.caption.drawOn(self.canv, 6, self.height - 5 - caption_height)


class KeepEndTogether(KeepTogether):
    """The end of the text and the signatures on one page. Where moving them whole would
    leave more than ``max_gap`` empty, the text is split instead, so that the next page still
    starts with at least ``TAIL`` of the text above the signatures."""

    # Two lines of the text being signed above the signatures, and a heading never left at
    # the foot of a page without a line of its text (cell paddings included).
    TAIL = 2 * LEADING
    HEAD = 3 + 14 + LEADING

    def __init__(self, sections: list[Flowable], signing: list[Flowable], max_gap: float) -> None:
        super().__init__([*sections, *signing])
        self._sections = sections
        self._signing = signing
        self._max_gap = max_gap

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if aH >= self._H or aH <= self._max_gap:
            return super().split(aW, aH)
        # The box gives first, then the spaces around the signatures.
        give = sorted(
            (f for f in self._signing if isinstance(f, NotaryBox | Gap)),
            key=lambda f: not isinstance(f, NotaryBox),
        )
        need = self._H - aH
        if give and need <= sum(f.height - f.least for f in give):
            # Fit on this page by a shorter box rather than leave the page a third empty.
            for flowable in give:
                taken = min(need, flowable.height - flowable.least)
                flowable.height -= taken
                need -= taken
            self.wrap(aW, aH)
            return super().split(aW, aH)
        heights = [section.wrap(aW, aH)[1] for section in self._sections]
        cut = min(aH, sum(heights) - self.TAIL)  # the text that may stay on this page
        here: list[Flowable] = []
        for index, (section, height) in enumerate(zip(self._sections, heights, strict=True)):
            if height <= cut:
                here.append(section)
                cut -= height
                continue
            # Sums of line heights carry float dust: a line that fits exactly must fit.
            pieces = section.split(aW, cut + 0.01) if cut >= self.HEAD else []
            if len(pieces) >= 2 and pieces[0].wrap(aW, aH)[1] >= self.HEAD:
                here.append(pieces[0])
                later = [*pieces[1:], *self._sections[index + 1 :]]
            else:
                later = self._sections[index:]
            if not here:
                return super().split(aW, aH)
            return [*here, KeepTogether([*later, *self._signing])]
        return super().split(aW, aH)
