"""Tests of how client search folds names, so one query finds Latin, Cyrillic and digits alike."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from expat_desk.domain.search import fold, query_terms, search_key

KAZAKH_PAIRS = [  # each Kazakh letter and the Russian letter it must not be confused with
    ("ә", "а"),
    ("ғ", "г"),
    ("қ", "к"),
    ("ң", "н"),
    ("ө", "о"),
    ("ұ", "у"),
    ("ү", "у"),
    ("һ", "х"),
    ("і", "и"),
]


def finds(query: str, *fields: str | None) -> bool:
    """What the store does: every query term is a substring of the client's search key."""
    key = search_key(*fields)
    return all(term in key for term in query_terms(query))


# --- fold -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("SMITH", "smith"),
        ("Smith", "sMiTh"),
        ("ИВАНОВ", "иванов"),
        ("АЛЁНА", "алена"),
        ("Алёна", "АЛЕНА"),
        ("Ёлкин", "елкин"),
    ],
)
def test_fold_is_case_insensitive_in_latin_and_cyrillic(typed: str, stored: str) -> None:
    assert fold(typed) == fold(stored)


@pytest.mark.parametrize(
    ("accented", "plain"),
    [
        ("Müller", "muller"),
        ("Çelik", "celik"),
        ("José García", "jose garcia"),
        ("Dvořák", "dvorak"),
        ("Nguyễn", "nguyen"),
        ("Trần Thị Hồng", "tran thi hong"),
        ("Ærøskøbing", "aeroskobing"),  # letters with a stroke fold too
    ],
)
def test_fold_drops_latin_accents(accented: str, plain: str) -> None:
    """Accents on Latin letters vanish, also stacked ones (Vietnamese ễ = e + ^ + ~)."""
    assert fold(accented) == plain


@pytest.mark.parametrize(("kazakh", "russian"), KAZAKH_PAIRS)
def test_fold_keeps_kazakh_letters_distinct(kazakh: str, russian: str) -> None:
    """қ is not к: a Kazakh name must not match a different Russian one."""
    assert fold(kazakh) == kazakh
    assert fold(kazakh.upper()) == kazakh
    assert fold(kazakh) != fold(russian)


def test_fold_keeps_short_i_distinct_from_i() -> None:
    """й is a letter of its own in Russian and Kazakh, not и with an accent."""
    assert fold("Сергей") == "сергей"
    assert fold("Сергей") != fold("Сергеи")


def test_fold_collapses_white_space() -> None:
    assert fold("  Anna \t Maria\n ") == "anna maria"
    assert fold(" Анна   Мария ") == "анна мария"


# --- search key and query ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "fields"),
    [
        ("müller", ("Müller", "Hans")),
        ("MULLER hans", ("Müller", "Hans")),
        ("celik", ("Çelik", None)),
        ("алена", ("Petrova", "Alena", "Петрова", "Алёна")),
        ("АЛЁНА петрова", ("Petrova", "Alena", "Петрова", "Алёна")),
        ("қасымов", ("Kassymov", None, "Қасымов")),
        ("n1234567", ("Smith", "John", None, None, "N1234567")),
    ],
)
def test_query_finds_the_client(query: str, fields: tuple[str | None, ...]) -> None:
    assert finds(query, *fields)


def test_kazakh_query_does_not_find_a_russian_spelling() -> None:
    assert not finds("қасымов", "Kasymov", None, "Касымов")


@pytest.mark.parametrize(
    "typed", ["+7 701 234 56 78", "+7 (701) 234-56-78", "7-701-234-56-78", "77012345678"]
)
def test_phone_typed_with_spaces_or_dashes_becomes_digits(typed: str) -> None:
    assert query_terms(typed) == ["77012345678"]


@pytest.mark.parametrize("stored", ["+77012345678", "+7 701 234-56-78"])
def test_phone_query_finds_client_however_either_was_typed(stored: str) -> None:
    assert finds("+7 701 234 56 78", "Smith", None, None, None, "N1234567", None, stored)
    assert finds("701-234-56-78", "Smith", None, None, None, "N1234567", None, stored)


def test_query_of_words_is_folded_and_split() -> None:
    assert query_terms("  Алёна   MÜLLER ") == ["алена", "muller"]


def test_search_key_skips_empty_fields() -> None:
    assert search_key(None, "", "Smith") == search_key("Smith")


# --- any text ---------------------------------------------------------------------------------


@given(st.text())
@example("ǘ")  # u + two accents
@example("a\u1fed")  # a compatibility character that decomposes into space + accents
def test_fold_is_idempotent_and_never_raises(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@given(st.text())
def test_query_terms_and_search_key_never_raise(text: str) -> None:
    terms = query_terms(text)
    assert all(terms)
    assert isinstance(search_key(text, text), str)


@given(st.text(alphabet=st.characters(categories=["Lu", "Ll"]), min_size=1))
def test_a_name_finds_itself_in_any_case(name: str) -> None:
    """Whatever the letters, typing the stored name (or its upper case) finds the client."""
    assert finds(name, name)
    assert finds(fold(name), name)
