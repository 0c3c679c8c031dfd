"""The compiled Designer forms are current: each matches what pyside6-uic makes of its .ui."""

import pytest

from expat_desk.ui.forms import FORMS_SOURCE, compile_form, compiled_name

UI_FILES = sorted(FORMS_SOURCE.glob("*.ui"))


def test_there_are_forms() -> None:
    assert UI_FILES, f"no .ui files in {FORMS_SOURCE}"


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_compiled_form_matches_its_source(ui_file) -> None:
    compiled = compiled_name(ui_file)
    assert compiled.exists(), f"{compiled.name} is missing: run python -m expat_desk.ui.forms"
    assert compiled.read_text(encoding="utf-8") == compile_form(ui_file), (
        f"{compiled.name} is out of date: run python -m expat_desk.ui.forms"
    )
