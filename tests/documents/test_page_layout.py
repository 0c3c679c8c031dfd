"""What a notary and the police accept on paper: a signature never stands alone on its page,
and no page but the last is left more than a third empty."""

import io
from collections.abc import Callable
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4

from expat_desk.documents.fields import fill
from expat_desk.documents.generate import prepare, render
from expat_desk.documents.render import BOTTOM, TOP
from expat_desk.documents.texts import load_template

BODY = A4[1] - TOP - BOTTOM
# Short, ordinary and as long as the client record lets an address be.
ADDRESSES = ["Astana", "Kunayev St 19, apt 61, Astana", ("Kabanbay Batyr Ave 11/5, " * 12)[:300]]
LANGUAGES = ["ru,en", "kk,ru", "kk,en", "ru", "kk"]
KINDS = {
    "consent": ("iin", {"channel": "expat_centre", "representative": True}, {}),
    # The resident attorney's power prints one row more (the IIN) than the non-resident's.
    "power-of-attorney": ("iin", {"channel": "expat_centre", "representative": True}, {}),
    "power-of-attorney-non-resident": (
        "iin",
        {"channel": "expat_centre", "representative": True},
        {},
    ),
    "notification-letter": (
        "migration_notification",
        {"arrival_date": "2026-11-23", "host_party": 1},
        {"stay_until": "2027-01-20"},
    ),
}


def body_lines(page: Any) -> list[tuple[float, str]]:
    """(height above the bottom edge, text) of each line between the page's margins."""
    lines: list[tuple[float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        y = tm[5] * cm[3] + cm[5]
        if text.strip() and BOTTOM - 1 <= y <= A4[1] - TOP + 1:
            lines.append((y, text.strip()))

    page.extract_text(visitor_text=visit)
    return lines


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("languages", LANGUAGES)
@pytest.mark.parametrize("address", ADDRESSES)
def test_the_signature_has_text_above_it_and_no_page_is_a_third_empty(
    centre_store,
    make_case: Callable[..., Any],
    attorney: Any,
    foreign_attorney: Any,
    kind: str,
    languages: str,
    address: str,
) -> None:
    service, answers, inputs = KINDS[kind]
    if kind.startswith("power-of-attorney"):
        chosen = foreign_attorney if kind.endswith("non-resident") else attorney
        kind, inputs = "power-of-attorney", {"attorney_id": chosen.id}
    case = make_case(service, client={"address": address}, **answers)
    prepared = prepare(centre_store, case.id, kind, languages, inputs)
    pages = PdfReader(io.BytesIO(render(prepared))).pages
    template = load_template(prepared.kind)
    first = prepared.languages[0]
    text_sections = [s for s in template.sections if not (s.signatures or s.box)]
    # The end of the text: the last section's last row where it has rows, else its heading
    # (a split section may leave its heading and first lines on the page before).
    end = text_sections[-1]
    last_words = end.fields[-1].label[first] if end.fields else None
    last_words = last_words or (end.heading[first] if end.heading else None)
    label = next(s for s in template.sections if s.signatures).signatures[0].label[first]
    signer = fill(label, prepared.values[first])

    last = " ".join(text for _, text in body_lines(pages[-1]))
    assert signer in last
    if last_words:
        assert last_words in last, "the last page must carry the end of the text"
    for number, page in enumerate(pages[:-1], 1):
        lowest = min(y for y, _ in body_lines(page))
        assert lowest - BOTTOM <= BODY / 3, f"page {number} is more than a third empty"
