"""Tests of the service catalogue against the centre's page (seed/expat-centre-services.txt).

Each checklist item and condition below is written from the seed, not from the JSON file: the
expected keywords of every item come from the seed's wording.
"""

import copy
import json
import re
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from expat_desk.domain.catalogue import (
    ServiceCode,
    ServiceSpec,
    available_versions,
    catalogue_for,
    load_catalogue,
    parse_catalogue,
)
from expat_desk.domain.errors import ValidationError
from expat_desk.domain.resources import resource_path

TODAY = date(2026, 11, 25)
CYRILLIC = re.compile(r"[\u0400-\u04FF]")

# Seed, "Obtaining Individual Identification Number": the four channels and 11 missions.
IIN_CHANNELS = ("expat_centre", "government_for_citizens", "egov_portal", "diplomatic_mission")
SEED_MISSIONS = {
    "Washington DC",
    "Seoul",
    "Bishkek",
    "Moscow",
    "Prague",
    "Dubai",
    "New York",
    "Saint-Petersburg",
    "Frankfurt",
    "Istanbul",
    "Beijing",
}
# Seed, "Registration of foreign citizens": the three ways of notifying.
MIGRATION_CHANNELS = ("expat_centre", "visa_migration_portal", "migration_authority")

# Every item of every service: code -> (words its English title must hold, Russian stems).
SEED_ITEMS: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "iin": {
        "iin.application": (("application",), ("заявлен",)),
        "iin.passport_copy": (
            ("copy", "passport", "notarized", "translation", "kazakh", "russian"),
            ("копия", "паспорт", "нотариальн", "перевод"),
        ),
        "iin.consent": (("consent", "expat centre"), ("согласи",)),
        "iin.power_of_attorney": (("notarized", "power of attorney"), ("доверенност",)),
    },
    "eds": {
        "eds.application": (("application", "online"), ("заявлен",)),
        "eds.passport_translation": (
            ("notarized", "passport", "kazakh", "russian"),
            ("паспорт", "перевод", "нотариальн"),
        ),
        "eds.identity_document": (("identification document",), ("удостоверяющ", "личност")),
        "eds.iin": (("individual identification number",), ("ИИН",)),
        "eds.power_of_attorney": (("notarized", "power of attorney"), ("доверенност",)),
    },
    "migration_notification": {
        "migration.host_letter": (("official letter", "host party"), ("письмо", "принимающ")),
        "migration.passport": (("passport",), ("паспорт",)),
        "migration.arrival_date": (("date of arrival",), ("прибыти",)),
        "migration.host_eds": (("digital signature", "host party", "portal"), ("ЭЦП",)),
    },
    "police_registration": {
        "police.inviting_letter": (("letter", "inviting party"), ("письмо", "приглашающ")),
        "police.passport_original": (("original passport",), ("оригинал", "паспорт")),
        "police.additional": (("additional documents",), ("дополнительн",)),
    },
    "loss_of_passport": {
        "loss.police_statement": (("statement", "police", "temporary stay"), ("заявлени",)),
        "loss.certificate": (("certificate", "loss", "migration police"), ("справк", "утрат")),
        "loss.new_passport": (
            ("new passport", "substitute", "consulate"),
            ("паспорт", "консульств"),
        ),
        "loss.exit_visa": (("exit visa",), ("выездн", "виз")),
    },
}

# Answers that every service accepts, so each test changes only what it is about.
BASE_ANSWERS: dict[str, dict[str, Any]] = {
    "iin": {"channel": "expat_centre", "representative": False},
    "eds": {"kz_citizen": False, "representative": False},
    "migration_notification": {
        "arrival_date": "2026-11-23",
        "host_party": 1,
        "channel": "expat_centre",
    },
    "police_registration": {
        "citizenship": "DEU",
        "reciprocal_visa_free": True,
        "inviting_party": "Astana Hub LLP",
        "purpose": "employment_contract",
        "stay_until": "2027-06-30",
    },
    "loss_of_passport": {"place_of_loss": "Astana, Mega Silk Way", "date_of_loss": "2026-11-20"},
}


def spec(service: str) -> ServiceSpec:
    return load_catalogue(1).service(service)


def checklist_codes(service: str, **changes: Any) -> list[str]:
    """The item codes of a case opened with the base answers plus ``changes``."""
    s = spec(service)
    answers = s.validate_answers({**BASE_ANSWERS[service], **changes}, today=TODAY)
    return [item.code for item in s.checklist(answers)]


def errors_of(service: str, answers: dict[str, Any]) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        spec(service).validate_answers(answers, today=TODAY)
    return info.value.errors


def catalogue_data() -> dict[str, Any]:
    return json.loads(resource_path("catalogue", "services-v1.json").read_text(encoding="utf-8"))


# --- the catalogue as a whole ---------------------------------------------------------------


def test_version_one_holds_the_five_services_of_the_seed() -> None:
    """Version 1 has exactly IIN, EDS, migration notification, police registration, loss."""
    catalogue = load_catalogue(1)
    assert catalogue.version == 1
    assert set(catalogue.services) == set(ServiceCode)
    assert {str(code) for code in ServiceCode} == set(SEED_ITEMS)


def test_version_one_takes_effect_on_11_january_2020() -> None:
    """The seed's rules apply "since January 11, 2020"."""
    assert load_catalogue(1).effective_from == date(2020, 1, 11)


def test_available_versions_are_sorted_and_include_version_one() -> None:
    versions = available_versions()
    assert 1 in versions
    assert versions == sorted(set(versions))


def test_default_catalogue_is_the_newest_version() -> None:
    assert load_catalogue().version == max(available_versions())


@pytest.mark.parametrize("version", [0, -1, 999])
def test_unknown_version_raises_key_error(version: int) -> None:
    with pytest.raises(KeyError):
        load_catalogue(version)


def test_unknown_service_raises_key_error() -> None:
    with pytest.raises(KeyError):
        load_catalogue(1).service("visa_extension")


@pytest.mark.parametrize("service", [str(code) for code in ServiceCode])
def test_catalogue_missing_a_service_is_refused(service: str) -> None:
    """parse_catalogue refuses a file that lacks one of the five services, naming it."""
    data = catalogue_data()
    data["services"] = [s for s in data["services"] if s["code"] != service]
    with pytest.raises(ValueError, match=service):
        parse_catalogue(data)


def test_shipped_file_parses_to_the_loaded_catalogue() -> None:
    parsed = parse_catalogue(copy.deepcopy(catalogue_data()))
    assert parsed == load_catalogue(1)


@pytest.mark.parametrize("service", list(SEED_ITEMS))
def test_every_item_of_the_seed_is_in_the_checklist_with_its_wording(service: str) -> None:
    """Each service lists exactly the seed's documents, each titled as the seed words it."""
    items = {item.code: item for item in spec(service).items}
    assert set(items) == set(SEED_ITEMS[service])
    for code, (en_words, ru_stems) in SEED_ITEMS[service].items():
        en, ru = items[code].title["en"].lower(), items[code].title["ru"].lower()
        for word in en_words:
            assert word in en, f"{code}: {word!r} not in {en!r}"
        for stem in ru_stems:
            assert stem.lower() in ru, f"{code}: {stem!r} not in {ru!r}"


def test_item_codes_are_unique_and_stable_looking() -> None:
    """Codes look like "service.something", one prefix per service, never reused."""
    codes = [item.code for s in load_catalogue(1).services.values() for item in s.items]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert re.fullmatch(r"[a-z]+\.[a-z]+(_[a-z]+)*", code), code
    prefixes = {
        service: {item.code.split(".")[0] for item in s.items}
        for service, s in load_catalogue(1).services.items()
    }
    assert all(len(p) == 1 for p in prefixes.values()), prefixes
    assert len({p.pop() for p in prefixes.values()}) == len(prefixes)


KAZAKH_LETTERS = re.compile("[әғқңөұүһі]", re.IGNORECASE)


def _texts(catalogue: Any) -> list[tuple[str, dict[str, str]]]:
    """Every text of a catalogue the window shows, with where it is."""
    found: list[tuple[str, dict[str, str]]] = []
    for service in catalogue.services.values():
        found.append((str(service.code), dict(service.title)))
        found += [(item.code, dict(item.title)) for item in service.items]
        for option in service.options:
            found.append((option.name, dict(option.label)))
            found += [(choice.code, dict(choice.title)) for choice in option.choices]
            if option.refusal is not None:
                found.append((f"{option.name} refusal", dict(option.refusal)))
    return found


@pytest.mark.parametrize("version", available_versions())
def test_every_title_label_and_choice_is_in_english_russian_and_kazakh(version: int) -> None:
    """Nothing shows up blank in any window language; Russian and Kazakh texts are Cyrillic
    (a name of a place or of the centre may be the same in all three)."""
    for where, text in _texts(load_catalogue(version)):
        assert set(text) == {"en", "ru", "kk"}, where
        assert all(t.strip() for t in text.values()), where
        if text["en"] != text["ru"]:
            assert CYRILLIC.search(text["ru"]), where
            assert CYRILLIC.search(text["kk"]), where


@pytest.mark.parametrize("version", available_versions())
def test_kazakh_texts_are_kazakh_not_russian_copied(version: int) -> None:
    """Most Kazakh wording has a letter Russian lacks, and the service titles use the terms of
    the documents (ЖСН, ЭЦҚ, көші-қон полициясы, паспорттың жоғалуы)."""
    texts = _texts(load_catalogue(version))
    own = [w for w, t in texts if t["kk"] != t["ru"] and KAZAKH_LETTERS.search(t["kk"])]
    assert len(own) > len(texts) * 2 // 3
    titles = {s: load_catalogue(version).service(s).title["kk"] for s in ServiceCode}
    assert "ЖСН" in titles[ServiceCode.IIN] and "ЭЦҚ" in titles[ServiceCode.EDS]
    assert "көші-қон полициясы" in titles[ServiceCode.POLICE_REGISTRATION].lower()
    assert titles[ServiceCode.LOSS_OF_PASSPORT] == "Паспорттың жоғалуы"
    host = load_catalogue(version).service("migration_notification").option("host_party")
    assert host.label["kk"] == "Қабылдаушы тарап"


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_a_catalogue_text_without_one_language_is_refused_naming_it(lang: str) -> None:
    """A title, a label, a choice or an item lacking a language never reaches the window."""
    places = [
        lambda d: d["services"][0]["title"],
        lambda d: d["services"][0]["options"][0]["label"],
        lambda d: d["services"][0]["options"][0]["choices"][1],
        lambda d: d["services"][0]["items"][1]["title"],
    ]
    for place in places:
        data = catalogue_data()
        del place(data)[lang]
        with pytest.raises(ValueError, match=f"lacks {lang}"):
            parse_catalogue(data)


def test_only_eds_requires_the_client_to_have_an_iin() -> None:
    """Seed: the IIN is a document of an EDS; an IIN case obviously cannot need one."""
    required = {str(c) for c, s in load_catalogue(1).services.items() if s.requires_client_iin}
    assert required == {"eds"}


def test_only_loss_of_passport_is_done_as_sequential_steps() -> None:
    sequential = {str(c) for c, s in load_catalogue(1).services.items() if s.sequential}
    assert sequential == {"loss_of_passport"}


# --- IIN --------------------------------------------------------------------------------------


def test_iin_channels_are_the_four_of_the_seed() -> None:
    assert set(spec("iin").option("channel").choice_codes()) == set(IIN_CHANNELS)


@pytest.mark.parametrize("channel", IIN_CHANNELS)
@pytest.mark.parametrize("representative", [False, True])
def test_iin_checklist_for_every_channel_and_representative(
    channel: str, representative: bool
) -> None:
    """Application and passport copy always; consent only via the centre; PoA only by proxy."""
    extra = {"mission": "moscow"} if channel == "diplomatic_mission" else {}
    codes = checklist_codes("iin", channel=channel, representative=representative, **extra)
    expected = {"iin.application", "iin.passport_copy"}
    if channel == "expat_centre":
        expected.add("iin.consent")
    if representative:
        expected.add("iin.power_of_attorney")
    assert set(codes) == expected
    assert len(codes) == len(expected)


def test_iin_without_a_channel_goes_through_the_centre_and_needs_consent() -> None:
    """The centre's own desk: an unanswered channel means the Expat Centre."""
    s = spec("iin")
    answers = s.validate_answers({}, today=TODAY)
    assert answers["channel"] == "expat_centre"
    assert "iin.consent" in [item.code for item in s.checklist(answers)]
    assert "iin.power_of_attorney" not in [item.code for item in s.checklist(answers)]


def test_iin_mission_is_required_for_the_diplomatic_mission_channel() -> None:
    errors = errors_of("iin", {"channel": "diplomatic_mission"})
    assert set(errors) == {"mission"}


@pytest.mark.parametrize("channel", ["expat_centre", "government_for_citizens", "egov_portal"])
def test_iin_mission_is_not_asked_for_other_channels(channel: str) -> None:
    answers = spec("iin").validate_answers({"channel": channel}, today=TODAY)
    assert answers["mission"] is None


def test_iin_missions_are_the_eleven_of_the_seed() -> None:
    """Washington DC, Seoul, ..., Beijing; a hyphen or a space in a city name is the same."""
    choices = spec("iin").option("mission").choices
    assert len(choices) == 11
    assert len({c.code for c in choices}) == 11

    def name(text: str) -> str:
        return text.replace("-", " ")

    assert {name(c.title["en"]) for c in choices} == {name(m) for m in SEED_MISSIONS}


@pytest.mark.parametrize("mission", spec("iin").option("mission").choice_codes())
def test_iin_every_mission_is_accepted(mission: str) -> None:
    answers = spec("iin").validate_answers(
        {"channel": "diplomatic_mission", "mission": mission}, today=TODAY
    )
    assert answers["mission"] == mission


def test_iin_unknown_mission_is_refused() -> None:
    errors = errors_of("iin", {"channel": "diplomatic_mission", "mission": "paris"})
    assert set(errors) == {"mission"}


# --- EDS --------------------------------------------------------------------------------------


@pytest.mark.parametrize("kz_citizen", [False, True])
@pytest.mark.parametrize("representative", [False, True])
def test_eds_checklist_for_foreigners_citizens_and_representatives(
    kz_citizen: bool, representative: bool
) -> None:
    """Foreigner: notarized passport translation; citizen: ID document; IIN always."""
    codes = checklist_codes("eds", kz_citizen=kz_citizen, representative=representative)
    expected = {"eds.application", "eds.iin"}
    expected.add("eds.identity_document" if kz_citizen else "eds.passport_translation")
    if representative:
        expected.add("eds.power_of_attorney")
    assert set(codes) == expected
    assert len(codes) == len(expected)


def test_eds_client_is_a_foreigner_unless_said_otherwise() -> None:
    """The centre serves expats: by default the passport translation is asked for."""
    s = spec("eds")
    codes = [i.code for i in s.checklist(s.validate_answers({}, today=TODAY))]
    assert "eds.passport_translation" in codes
    assert "eds.identity_document" not in codes


def test_eds_requires_client_iin() -> None:
    assert spec("eds").requires_client_iin is True


# --- migration notification -------------------------------------------------------------------


def test_migration_channels_are_the_three_of_the_seed() -> None:
    assert set(spec("migration_notification").option("channel").choice_codes()) == set(
        MIGRATION_CHANNELS
    )


@pytest.mark.parametrize("channel", MIGRATION_CHANNELS)
def test_migration_checklist_asks_host_eds_only_via_the_portal(channel: str) -> None:
    """Letter, passport and arrival date always; the host's EDS only for the portal."""
    codes = checklist_codes("migration_notification", channel=channel)
    expected = {"migration.host_letter", "migration.passport", "migration.arrival_date"}
    if channel == "visa_migration_portal":
        expected.add("migration.host_eds")
    assert set(codes) == expected


def test_migration_requires_arrival_date_and_host_party() -> None:
    errors = errors_of("migration_notification", {"channel": "expat_centre"})
    assert set(errors) == {"arrival_date", "host_party"}


def test_migration_blank_host_party_counts_as_missing() -> None:
    errors = errors_of(
        "migration_notification", {**BASE_ANSWERS["migration_notification"], "host_party": "   "}
    )
    assert set(errors) == {"host_party"}


def test_migration_arrival_date_is_typed_as_a_date() -> None:
    answers = spec("migration_notification").validate_answers(
        BASE_ANSWERS["migration_notification"], today=TODAY
    )
    assert answers["arrival_date"] == date(2026, 11, 23)


# --- police registration ----------------------------------------------------------------------


def test_police_checklist_letter_and_original_passport_required_more_optional() -> None:
    """Seed: letter and original passport; "additional documents may be required"."""
    s = spec("police_registration")
    answers = s.validate_answers(BASE_ANSWERS["police_registration"], today=TODAY)
    required = {item.code: item.required for item in s.checklist(answers)}
    assert required == {
        "police.inviting_letter": True,
        "police.passport_original": True,
        "police.additional": False,
    }


@pytest.mark.parametrize("value", [False, "no"])
def test_police_refused_without_reciprocal_visa_free_agreement(value: Any) -> None:
    """Registration applies only to countries with a reciprocal visa-free agreement."""
    errors = errors_of(
        "police_registration",
        {**BASE_ANSWERS["police_registration"], "reciprocal_visa_free": value},
    )
    assert set(errors) == {"reciprocal_visa_free"}
    assert "reciprocal" in errors["reciprocal_visa_free"].lower()


def test_police_reciprocal_agreement_must_be_answered() -> None:
    answers = {**BASE_ANSWERS["police_registration"]}
    del answers["reciprocal_visa_free"]
    assert set(errors_of("police_registration", answers)) == {"reciprocal_visa_free"}


@pytest.mark.parametrize("citizenship", ["XXX", "Germany", "DE", "12"])
def test_police_citizenship_must_be_a_real_iso_code(citizenship: str) -> None:
    errors = errors_of(
        "police_registration", {**BASE_ANSWERS["police_registration"], "citizenship": citizenship}
    )
    assert set(errors) == {"citizenship"}


@pytest.mark.parametrize(("typed", "code"), [("deu", "DEU"), (" TUR ", "TUR"), ("D", "DEU")])
def test_police_citizenship_is_normalized(typed: str, code: str) -> None:
    answers = spec("police_registration").validate_answers(
        {**BASE_ANSWERS["police_registration"], "citizenship": typed}, today=TODAY
    )
    assert answers["citizenship"] == code


# --- loss of passport -------------------------------------------------------------------------


def test_loss_of_passport_steps_are_in_the_seed_order() -> None:
    """Police statement, certificate of loss, new passport or substitute, exit visa."""
    s = spec("loss_of_passport")
    assert s.sequential is True
    assert [item.code for item in s.items] == list(SEED_ITEMS["loss_of_passport"])
    answers = s.validate_answers(BASE_ANSWERS["loss_of_passport"], today=TODAY)
    assert [item.code for item in s.checklist(answers)] == list(SEED_ITEMS["loss_of_passport"])
    assert all(item.required for item in s.items)


@pytest.mark.parametrize("days_ago", [0, 1, 365])
def test_loss_of_passport_date_today_or_past_accepted(days_ago: int) -> None:
    lost = TODAY - timedelta(days=days_ago)
    answers = spec("loss_of_passport").validate_answers(
        {**BASE_ANSWERS["loss_of_passport"], "date_of_loss": lost.isoformat()}, today=TODAY
    )
    assert answers["date_of_loss"] == lost


@pytest.mark.parametrize("lost", [TODAY + timedelta(days=1), "2027-01-01"])
def test_loss_of_passport_date_in_the_future_refused(lost: Any) -> None:
    errors = errors_of(
        "loss_of_passport", {**BASE_ANSWERS["loss_of_passport"], "date_of_loss": lost}
    )
    assert set(errors) == {"date_of_loss"}
    assert "future" in errors["date_of_loss"]


def test_date_and_time_answers_are_taken_as_dates() -> None:
    """A datetime for a date question is its date, and still checked against today."""
    answers = spec("loss_of_passport").validate_answers(
        {**BASE_ANSWERS["loss_of_passport"], "date_of_loss": datetime(2026, 11, 20, 14, 5)},
        today=TODAY,
    )
    assert answers["date_of_loss"] == date(2026, 11, 20)
    errors = errors_of(
        "loss_of_passport",
        {**BASE_ANSWERS["loss_of_passport"], "date_of_loss": datetime(2026, 11, 26, 0, 0)},
    )
    assert set(errors) == {"date_of_loss"}


def test_loss_of_passport_place_and_date_required() -> None:
    assert set(errors_of("loss_of_passport", {})) == {"place_of_loss", "date_of_loss"}


# --- bad answers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("service", "field", "value"),
    [
        ("iin", "channel", "embassy"),
        ("iin", "representative", "maybe"),
        ("eds", "kz_citizen", "perhaps"),
        ("migration_notification", "arrival_date", "25.11.2026"),
        ("migration_notification", "arrival_date", "2026-02-30"),
        ("migration_notification", "channel", "fax"),
        ("police_registration", "purpose", "tourism"),
        ("police_registration", "stay_until", "next year"),
        ("loss_of_passport", "date_of_loss", "yesterday"),
    ],
)
def test_bad_answer_is_refused_naming_the_field(service: str, field: str, value: str) -> None:
    errors = errors_of(service, {**BASE_ANSWERS[service], field: value})
    assert set(errors) == {field}


@pytest.mark.parametrize("service", list(BASE_ANSWERS))
def test_unknown_question_is_refused_by_name(service: str) -> None:
    errors = errors_of(service, {**BASE_ANSWERS[service], "chanel": "expat_centre"})
    assert set(errors) == {"chanel"}


def test_every_wrong_answer_is_reported_at_once() -> None:
    errors = errors_of(
        "police_registration",
        {
            "citizenship": "XXX",
            "reciprocal_visa_free": False,
            "purpose": "tourism",
            "stay_until": "soon",
            "nickname": "x",
        },
    )
    assert set(errors) == {
        "citizenship",
        "reciprocal_visa_free",
        "inviting_party",
        "purpose",
        "stay_until",
        "nickname",
    }


@pytest.mark.parametrize("service", list(BASE_ANSWERS))
def test_base_answers_are_accepted(service: str) -> None:
    """The answers the other tests start from are valid, so each refusal is about one field."""
    answers = spec(service).validate_answers(BASE_ANSWERS[service], today=TODAY)
    assert set(answers) == {option.name for option in spec(service).options}


ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(),
    st.dates(),
    st.datetimes(),
    st.sampled_from(["yes", "no", "expat_centre", "diplomatic_mission", "KAZ", "d", "2026-11-25"]),
)


@pytest.mark.parametrize("service", list(BASE_ANSWERS))
@given(data=st.data())
def test_arbitrary_answers_give_a_checklist_or_a_validation_error(
    service: str, data: st.DataObject
) -> None:
    """Whatever the wizard sends, the result is typed answers or a ValidationError."""
    s = spec(service)
    names = st.sampled_from([o.name for o in s.options]) | st.text(max_size=12)
    answers = data.draw(st.dictionaries(names, ANY_VALUE, max_size=8))
    try:
        result = s.validate_answers(answers, today=TODAY)
    except ValidationError as exc:
        assert exc.errors
        assert set(exc.errors) <= set(answers) | {o.name for o in s.options}
        return
    for option in s.options:
        if option.required:
            assert result[option.name] is not None
        if option.must_be is not None:
            assert result[option.name] == option.must_be
        if option.not_future and result[option.name] is not None:
            assert result[option.name] <= TODAY
        if option.choices and result[option.name] is not None:
            assert result[option.name] in option.choice_codes()
    assert {i.code for i in s.checklist(result)} <= {i.code for i in s.items}


def test_russian_says_utrata_the_legal_term_for_a_lost_passport() -> None:
    # "утрата" (Administrative and Civil Codes), never the colloquial "утеря"; so do the forms.
    catalogue = load_catalogue(1)
    russian = [s.title["ru"] for s in catalogue.services.values()]
    russian += [o.label["ru"] for s in catalogue.services.values() for o in s.options]
    russian += [i.title["ru"] for s in catalogue.services.values() for i in s.items]
    russian += [p.read_text(encoding="utf-8") for p in resource_path("documents").glob("*.toml")]
    assert not [text for text in russian if "утер" in text.casefold()]
    assert catalogue.service("loss_of_passport").title["ru"] == "Утрата паспорта"


# --- version 2: the rules of 1 July 2026 ---------------------------------------------------


def test_version_2_is_in_force_from_1_july_2026() -> None:
    assert catalogue_for(date(2026, 6, 30)).version == 1
    assert catalogue_for(date(2026, 7, 1)).version == 2
    assert load_catalogue(2).effective_from == date(2026, 7, 1)


@pytest.mark.parametrize(
    ("channel", "letter"),
    [("expat_centre", True), ("migration_authority", True), ("visa_migration_portal", False)],
)
def test_version_2_asks_a_letter_only_where_one_is_filed(channel: str, letter: bool) -> None:
    spec = load_catalogue(2).service("migration_notification")
    answers = spec.validate_answers(
        {"arrival_date": "2026-11-23", "host_party": 1, "channel": channel},
        today=date(2026, 11, 25),
    )
    codes = [item.code for item in spec.checklist(answers)]
    assert ("migration.host_letter" in codes) is letter
    assert "migration.arrival_date" not in codes  # a question of the case, not a document


def test_version_2_asks_when_the_client_crossed_the_border() -> None:
    option = load_catalogue(2).service("police_registration").option("entry_date")
    assert option.required and option.not_future


def test_every_change_of_version_2_names_its_sources() -> None:
    data = json.loads(resource_path("catalogue", "services-v2.json").read_text(encoding="utf-8"))
    known = {source["id"] for source in data["sources"]}
    assert data["changes"]
    for change in data["changes"]:
        assert change["sources"] and set(change["sources"]) <= known
