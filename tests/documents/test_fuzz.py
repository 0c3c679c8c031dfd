"""Whatever a manager types for a document or the centre's details, only the documented
errors come back."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from expat_desk.documents.fields import DocumentFacts, check_inputs
from expat_desk.documents.kinds import DocumentKind, parse_languages
from expat_desk.domain.centre import CentreDetails, check_bin, check_centre
from expat_desk.domain.errors import ValidationError

anything = st.one_of(
    st.none(), st.text(), st.integers(), st.floats(), st.booleans(), st.dates(), st.binary()
)
FACTS = DocumentFacts(
    case_number="MN-2026-00001",
    service="migration_notification",
    surname="Smith",
    given_names=None,
    surname_cyr=None,
    given_names_cyr=None,
    birth_date=date(1985, 3, 14),
    citizenship="GBR",
    passport_number="GB1",
    client_address=None,
    centre=CentreDetails(),
    today=date(2026, 11, 26),
    arrival_date=date(2026, 11, 23),
)


@given(st.sampled_from(list(DocumentKind)), st.dictionaries(st.text(max_size=20), anything))
def test_document_answers_give_values_or_a_validation_error(kind, raw) -> None:  # type: ignore[no-untyped-def]
    for name in ("attorney_id", "term_until", "stay_address", "stay_until"):
        raw.setdefault(name, None)
    try:
        checked = check_inputs(kind, raw, FACTS)
    except ValidationError as exc:
        assert exc.errors
    else:
        assert all(v is None or isinstance(v, str | date | int) for v in checked.values())


@given(st.text())
def test_languages_parse_or_raise_value_error(text: str) -> None:
    try:
        parsed = parse_languages(text)
    except ValueError:
        return
    assert 1 <= len(parsed) <= 2


@given(st.text())
def test_a_bin_is_accepted_or_refused_with_a_reason(text: str) -> None:
    try:
        value = check_bin(text)
    except ValidationError as exc:
        assert set(exc.errors) == {"bin"}
    else:
        assert len(value) == 12 and value.isdigit()


@given(st.dictionaries(st.sampled_from(["name", "bin", "address", "other"]), anything))
def test_centre_details_are_accepted_or_refused_field_by_field(values) -> None:  # type: ignore[no-untyped-def]
    try:
        details = check_centre(values)
    except ValidationError as exc:
        assert set(exc.errors) <= {"name", "bin", "address"}
    else:
        assert details.name
