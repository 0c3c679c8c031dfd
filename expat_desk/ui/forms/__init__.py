"""Python classes compiled by ``pyside6-uic`` from the Designer files in ``forms/``.

The compiled modules are committed, so the app and its PyInstaller bundle need no compiler at
run time; ``python -m expat_desk.ui.forms`` compiles them again after a ``.ui`` file changes,
and a test fails when one is out of date.
"""

import re
import subprocess
import sys
from pathlib import Path

FORMS_SOURCE = Path(__file__).resolve().parents[3] / "forms"
COMPILED = Path(__file__).resolve().parent
# The header names the compiler's version; a file compiled by another Qt is still current.
_VERSION_LINE = re.compile(r"^## Created by: Qt User Interface Compiler version .*$", re.M)


def compiled_name(ui_file: Path) -> Path:
    return COMPILED / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    uic = Path(sys.executable).with_name("pyside6-uic")
    command = [str(uic) if uic.exists() else "pyside6-uic", "--no-autoconnection", str(ui_file)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return normalized(output)


def normalized(source: str) -> str:
    return _VERSION_LINE.sub("## Created by: Qt User Interface Compiler", source)
