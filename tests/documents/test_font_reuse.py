"""Fonts are cut once a process and reused: a document made after others still embeds the
very glyphs it would get alone, and prints every value it was filled with."""

import io
from collections.abc import Callable
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from expat_desk.documents.fonts import _FILES, register_fonts
from expat_desk.documents.generate import prepare, render

LONG = {
    "surname": "Wolfeschlegelsteinhausenbergerdorff-Montgomery",
    "given_names": "Hubert Blaine Maximilian Alexander",
    "surname_cyr": "Вольфешлегельштайнхаузенбергердорф-Монтгомери",
    "given_names_cyr": "Хуберт Блейн Максимилиан Александр",
    "address": ("Kabanbay Batyr Ave 11/5, " * 12)[:300],
}


def embedded_fonts(pdf: bytes) -> dict[str, bytes]:
    """Each embedded font program by its subset name (the tag before "+" left out)."""
    fonts: dict[str, bytes] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"]).split("+", 1)[-1]] = descriptor["/FontFile2"].get_data()
    return fonts


def forget_kept_subsets() -> None:
    register_fonts()
    for name in _FILES:
        pdfmetrics.getFont(name).face._subsets.clear()


@pytest.mark.parametrize("languages", ["kk,ru", "ru,en", "en"])
def test_a_document_made_after_others_embeds_the_fonts_it_would_get_alone(
    centre_store, make_case: Callable[..., Any], attorney: Any, languages: str
) -> None:
    inputs = {"attorney_id": attorney.id}
    forget_kept_subsets()
    first = make_case("iin", channel="expat_centre", representative=True)
    alone = render(prepare(centre_store, first.id, "power-of-attorney", languages, inputs))
    # Other clients' papers in between, with other letters: the kept subsets grow and change.
    for client in ({"surname_cyr": "Әлиева", "given_names_cyr": "Ғалия"}, LONG):
        other = make_case("iin", client=client, channel="expat_centre", representative=True)
        render(prepare(centre_store, other.id, "power-of-attorney", "kk,en", inputs))
        render(prepare(centre_store, other.id, "consent", languages))
    again = render(prepare(centre_store, first.id, "power-of-attorney", languages, inputs))

    assert embedded_fonts(again) == embedded_fonts(alone)
    forget_kept_subsets()
    fresh = render(prepare(centre_store, first.id, "power-of-attorney", languages, inputs))
    assert embedded_fonts(fresh) == embedded_fonts(alone)


@pytest.mark.parametrize("languages", ["kk,ru", "ru,en", "en", "kk"])
def test_a_long_name_and_address_are_printed_whole_on_the_power_of_attorneys_pages(
    centre_store, make_case: Callable[..., Any], attorney: Any, languages: str
) -> None:
    case = make_case("iin", client=LONG, channel="expat_centre", representative=True)
    inputs = {"attorney_id": attorney.id}
    pdf = render(prepare(centre_store, case.id, "power-of-attorney", languages, inputs))
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    # Wrapped within its box, a long word is broken over lines: compare without spaces.
    squeezed = text.replace(" ", "")
    address = LONG["address"].strip(" ,")
    for value in (address, LONG["surname"], LONG["given_names"], case.number):
        assert value.replace(" ", "") in squeezed, value
    if languages != "en":
        assert LONG["surname_cyr"].replace(" ", "") in squeezed
    assert "{" not in text
    assert len(pages) <= 2
