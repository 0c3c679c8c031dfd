"""Text as managers really paste it: typographic apostrophes, macOS accents, Windows lines."""

import unicodedata
from datetime import date

import pytest

from expat_desk.domain.catalogue import load_catalogue
from expat_desk.domain.client import check_client
from expat_desk.domain.errors import ValidationError
from expat_desk.domain.search import fold, sort_key

TODAY = date(2026, 11, 25)
BASE = {
    "surname": "Smith",
    "birth_date": "1985-03-02",
    "citizenship": "GBR",
    "passport_number": "123456789",
}


@pytest.mark.parametrize("surname", ["O’Connor", "Oʼconnor", "O'Connor"])
def test_any_apostrophe_is_accepted_in_a_name(surname: str) -> None:
    assert check_client({**BASE, "surname": surname}, today=TODAY).values["surname"] == surname


def test_decomposed_accents_are_composed() -> None:
    pasted = unicodedata.normalize("NFD", "Müller")
    assert len(pasted) == 7
    stored = check_client({**BASE, "surname": pasted}, today=TODAY).values["surname"]
    assert stored == "Müller"


def test_windows_line_endings_in_notes_become_plain_lines() -> None:
    notes = check_client({**BASE, "notes": "first\r\nsecond\rthird"}, today=TODAY).values["notes"]
    assert notes == "first\nsecond\nthird"


def test_a_control_character_in_a_free_text_answer_is_refused() -> None:
    spec = load_catalogue().service("loss_of_passport")
    with pytest.raises(ValidationError) as caught:
        spec.validate_answers({"place_of_loss": "Khan\x07 Shatyr", "date_of_loss": "2026-11-20"})
    assert set(caught.value.errors) == {"place_of_loss"}


def test_a_mission_is_kept_only_for_a_mission_channel() -> None:
    spec = load_catalogue().service("iin")
    answers = spec.validate_answers({"channel": "egov_portal", "mission": "seoul"})
    assert answers["mission"] is None
    answers = spec.validate_answers({"channel": "diplomatic_mission", "mission": "seoul"})
    assert answers["mission"] == "seoul"


@pytest.mark.parametrize(("typed", "stored"), [("yildiz", "Yıldız"), ("lodz", "Łódź")])
def test_letters_with_a_stroke_or_no_dot_are_found_without_them(typed: str, stored: str) -> None:
    assert fold(stored) == typed


def test_police_registration_refuses_a_citizen_of_kazakhstan() -> None:
    spec = load_catalogue(1).service("police_registration")
    answers = {
        "citizenship": "kaz",
        "reciprocal_visa_free": True,
        "inviting_party": "Nomad Fintech Ltd",
        "purpose": "employment_contract",
        "stay_until": "2027-06-30",
    }
    with pytest.raises(ValidationError) as caught:
        spec.validate_answers(answers)
    assert "citizen of Kazakhstan" in caught.value.errors["citizenship"]
    assert spec.validate_answers({**answers, "citizenship": "KGZ"})["citizenship"] == "KGZ"


def test_names_sort_as_a_dictionary_does() -> None:
    latin = ["Zhang", "Öztürk", "celik", "Abbott", "ÇELIK", "Dubois"]
    assert sorted(latin, key=sort_key) == ["Abbott", "celik", "ÇELIK", "Dubois", "Öztürk", "Zhang"]
    cyrillic = ["Яковлева", "Қасымова", "Ерлан", "КАРИМОВА", "Әлиев", "Ахметова"]
    assert sorted(cyrillic, key=sort_key) == [
        "Ахметова",
        "Әлиев",
        "Ерлан",
        "КАРИМОВА",
        "Қасымова",
        "Яковлева",
    ]


def test_a_transferred_day_off_names_its_source_day_unambiguously() -> None:
    from expat_desk.domain.calendar import BusinessCalendar

    reason = BusinessCalendar().why_not_working(date(2025, 1, 3))
    assert reason is not None and "2025-01-05" in reason and "01/05" not in reason
