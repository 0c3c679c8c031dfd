"""Logs never carry an IIN or a passport number whole."""

from hypothesis import given
from hypothesis import strategies as st

from expat_desk.domain.privacy import mask_personal_numbers


def test_iins_passports_phones_and_mrz_lines_are_starred_out() -> None:
    text = (
        "ValidationError: iin: '850314300017' clashes; passport 'C01X00T47' of DEU; "
        "phone +77011234567; P<GBRSMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<"
    )
    masked = mask_personal_numbers(text)
    for secret in ("850314300017", "C01X00T47", "7011234567", "SMITH<<JOHN"):
        assert secret not in masked
    assert "**********17" in masked and "*******47" in masked and "<MRZ line>" in masked


def test_ordinary_words_numbers_and_case_numbers_stay_readable() -> None:
    text = "case IIN-2026-00012 opened on 2026-11-25, 3 of 7 documents, line 482 in store.py"
    assert mask_personal_numbers(text) == text


@given(st.text())
def test_masking_any_text_gives_text_no_longer_than_it(text: str) -> None:
    masked = mask_personal_numbers(text)
    assert isinstance(masked, str) and len(masked) <= len(text)
