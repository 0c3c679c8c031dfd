"""The documents' wording is data the centre edits; a mistake in it is caught when read."""

import pytest

from expat_desk.documents.fields import FIELD_LABELS
from expat_desk.documents.kinds import LANGUAGES, DocumentKind, parse_languages
from expat_desk.documents.texts import (
    TemplateError,
    load_common,
    load_template,
    parse_template,
)

KNOWN = set(FIELD_LABELS)


def minimal(**changes: object) -> dict:
    data: dict = {
        "services": ["iin"],
        "title": {"kk": "Сенімхат", "ru": "Доверенность", "en": "Power of attorney"},
        "sections": [
            {"text": {"kk": "{client_name}", "ru": "{client_name}", "en": "{client_name}"}}
        ],
    }
    data.update(changes)
    return data


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_shipped_document_reads_in_all_three_languages(kind: DocumentKind) -> None:
    template = load_template(kind)
    assert set(template.title) == set(LANGUAGES)
    assert template.sections
    assert template.placeholders() <= KNOWN | template.variant_names()


def test_the_common_words_have_twelve_months_a_language() -> None:
    common = load_common()
    assert common.months["kk"][11] == "желтоқсан"
    assert common.months["ru"][0] == "января"
    assert {len(names) for names in common.months.values()} == {12}


def test_a_text_lacking_a_language_is_refused_naming_where() -> None:
    data = minimal(title={"ru": "Доверенность", "en": "Power of attorney"})
    with pytest.raises(TemplateError, match=r"title: no text in kk"):
        parse_template(DocumentKind.POWER_OF_ATTORNEY, data, KNOWN)


def test_a_placeholder_the_app_cannot_fill_is_refused() -> None:
    data = minimal(
        sections=[{"text": {"kk": "{client_nme}", "ru": "{client_name}", "en": "{client_name}"}}]
    )
    with pytest.raises(TemplateError, match=r"cannot fill \{client_nme\}"):
        parse_template(DocumentKind.POWER_OF_ATTORNEY, data, KNOWN)


def test_a_service_lacking_one_of_the_per_service_values_is_refused() -> None:
    words = {"kk": "x", "ru": "x", "en": "x"}
    data = minimal(
        services=["iin", "eds"],
        service_values={"iin": {"powers": words}, "eds": {}},
    )
    with pytest.raises(TemplateError, match=r"service_values.eds lacks powers"):
        parse_template(DocumentKind.POWER_OF_ATTORNEY, data, KNOWN)


def test_an_empty_section_is_refused() -> None:
    with pytest.raises(TemplateError, match="empty section"):
        parse_template(DocumentKind.CONSENT, minimal(sections=[{}]), KNOWN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ru,en", ("ru", "en")), (" KK ", ("kk",)), ("en,kk", ("en", "kk"))],
)
def test_languages_are_one_or_two_of_kk_ru_en(text: str, expected: tuple[str, ...]) -> None:
    assert parse_languages(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ru,de", "unknown language de"),
        ("ru,ru", "two different languages"),
        ("kk,ru,en", "one language, or two"),
        ("", "one language, or two"),
    ],
)
def test_bad_languages_are_refused_with_the_reason(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_languages(text)


def test_the_kazakh_power_of_attorney_says_without_substitution_as_a_notary_does() -> None:
    # Civil Code Art. 169 in Kazakh: "қайта сенім білдіру" (передоверие).
    term = [s for s in load_template(DocumentKind.POWER_OF_ATTORNEY).sections if s.text][-1].text
    assert "қайта сенім білдіру құқығынсыз" in term["kk"]
    assert "без права передоверия" in term["ru"]


def test_an_optional_row_must_name_a_placeholder_of_its_own_value() -> None:
    label = {"kk": "ЖСН", "ru": "ИИН", "en": "IIN"}
    row = {"label": label, "value": "{attorney_iin}", "when": "attorney_name"}
    with pytest.raises(TemplateError, match="when: must name a placeholder"):
        parse_template(DocumentKind.POWER_OF_ATTORNEY, minimal(sections=[{"fields": [row]}]), KNOWN)
    row["when"] = "attorney_iin"
    template = parse_template(
        DocumentKind.POWER_OF_ATTORNEY, minimal(sections=[{"fields": [row]}]), KNOWN
    )
    assert template.optional_placeholders() == {"attorney_iin"}


def test_every_kind_of_identity_document_is_worded_in_each_language() -> None:
    from expat_desk.domain.attorney import DOCUMENT_KINDS

    common = load_common()
    assert set(common.identity_kinds) == set(DOCUMENT_KINDS)
    for kind in DOCUMENT_KINDS:
        assert set(common.identity_kinds[kind]) == set(LANGUAGES)
        assert all(common.identity_kinds[kind].values())
