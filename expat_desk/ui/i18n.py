"""The window's translations: gathered from the sources, translated in Qt Linguist, built.

    python -m expat_desk.ui.i18n update    # new and changed strings into the .ts files
    python -m expat_desk.ui.i18n release   # the .qm files the app loads

The .ts files (resources/translations) are what translators edit, in Qt Linguist
(``pyside6-linguist``) or any editor; they keep no line numbers, so moving code does not
change them. The .qm files are built from them and shipped beside them.
"""

import subprocess
import sys
from pathlib import Path

from expat_desk.domain.resources import resource_path

LANGUAGES = ("ru", "kk")
_PACKAGE = Path(__file__).resolve().parent
_FORMS = _PACKAGE.parents[1] / "forms"


def ts_path(code: str) -> Path:
    return resource_path("translations", f"expat_desk_{code}.ts")


def qm_path(code: str) -> Path:
    return resource_path("translations", f"expat_desk_{code}.qm")


def sources() -> list[Path]:
    """The code and the Designer forms whose strings the window shows (not the compiled
    forms: their strings are the .ui files')."""
    return sorted(_PACKAGE.glob("*.py")) + sorted(_FORMS.glob("*.ui"))


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def update(targets: list[Path] | None = None) -> None:
    """Merge the sources' strings into the .ts files (``targets``: other copies of them)."""
    files = targets or [ts_path(code) for code in LANGUAGES]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *map(str, sources()),
            "-locations",
            "none",
            "-no-obsolete",
            "-ts",
            *files,
        ],
        check=True,
        capture_output=True,
    )


def release(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "release"
    if command == "update":
        update()
    elif command == "release":
        for code in LANGUAGES:
            release(ts_path(code), qm_path(code))
    else:
        print("usage: python -m expat_desk.ui.i18n [update|release]", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
