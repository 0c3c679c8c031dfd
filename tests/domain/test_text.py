"""Control characters in typed text (issue 15, item 12): the centre's name took a terminal
escape, and a checklist note a NUL. A name holds none; a note keeps its lines and tabs only."""

import pytest

from expat_desk.domain.centre import check_centre
from expat_desk.domain.errors import ValidationError
from expat_desk.domain.text import control_free

HOSTILE = ["Centre\x1b[2J", "Centre\x07", "Centre\u202eertneC", "Centre\x00", "Centre\x9b31m"]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_name_or_a_note_with_a_control_character_is_refused(text: str) -> None:
    for multiline in (False, True):
        with pytest.raises(ValueError) as caught:
            control_free(text, multiline=multiline)
        assert caught.value.args[0].code == "text.control"


def test_a_note_keeps_its_lines_and_tabs_and_a_name_has_none() -> None:
    assert control_free("line one\r\nline\ttwo", multiline=True) == "line one\nline\ttwo"
    for text in ("two\nlines", "a\ttab"):
        with pytest.raises(ValueError):
            control_free(text)
    assert control_free("Әлия Жанна-Мария O'Neil") == "Әлия Жанна-Мария O'Neil"


@pytest.mark.parametrize("field", ["name", "address"])
@pytest.mark.parametrize("text", [*HOSTILE, "AIFC\nExpat Centre"])
def test_the_centres_details_refuse_control_characters_by_field(field: str, text: str) -> None:
    values = {"name": "AIFC Expat Centre", "bin": "", "address": "Mangilik El 55/20", field: text}
    with pytest.raises(ValidationError) as caught:
        check_centre(values)
    assert set(caught.value.errors) == {field}
    assert caught.value.errors[field] == "contains a control character"
