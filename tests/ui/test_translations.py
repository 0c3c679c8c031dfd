"""The window's translations are complete, current with the sources, and built."""

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from expat_desk.ui import i18n

PLACEHOLDER = re.compile(r"%\d+|%n|\{[a-z_]+\}")


def messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each .ts file as pyside6-lupdate leaves it after reading today's sources."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {code: folder / i18n.ts_path(code).name for code in i18n.LANGUAGES}
    for code, copy in copies.items():
        shutil.copyfile(i18n.ts_path(code), copy)
    i18n.update(list(copies.values()))
    return copies


@pytest.mark.parametrize("code", i18n.LANGUAGES)
def test_every_string_of_the_sources_is_in_the_ts_file(code: str, refreshed) -> None:
    assert messages(refreshed[code]).keys() == messages(i18n.ts_path(code)).keys(), (
        "run: python -m expat_desk.ui.i18n update, translate, then release"
    )


@pytest.mark.parametrize("code", i18n.LANGUAGES)
def test_every_string_is_translated_with_its_placeholders_and_shortcut(code: str) -> None:
    problems = []
    for (context, source, _), message in messages(i18n.ts_path(code)).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        for text in forms:
            if set(PLACEHOLDER.findall(source)) - {"%n"} != set(PLACEHOLDER.findall(text)) - {"%n"}:
                problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                problems.append(f"{context}: {source!r} -> {text!r} changes the shortcut")
    assert not problems, "\n".join(problems[:30])


@pytest.mark.parametrize("code", i18n.LANGUAGES)
def test_the_shipped_qm_file_is_built_from_the_ts_file(code: str, tmp_path: Path) -> None:
    built = tmp_path / f"{code}.qm"
    i18n.release(i18n.ts_path(code), built)
    assert built.read_bytes() == i18n.qm_path(code).read_bytes(), (
        "run: python -m expat_desk.ui.i18n release"
    )


def test_the_documents_missing_values_are_marked_for_translation_as_worded() -> None:
    from expat_desk.documents.fields import FIELD_LABELS
    from expat_desk.ui.document_words import FIELD_WORDS

    assert FIELD_WORDS == FIELD_LABELS
