"""Compile every ``forms/*.ui`` into ``expat_desk/ui/forms/ui_*.py``."""

from expat_desk.ui.forms import FORMS_SOURCE, compile_form, compiled_name

for ui_file in sorted(FORMS_SOURCE.glob("*.ui")):
    target = compiled_name(ui_file)
    target.write_text(compile_form(ui_file), encoding="utf-8")
    print(f"{ui_file.name} -> {target.name}")
