"""Where the shipped data files (`resources/` at the top of the repository) are found.

It sits in the lowest layer so that every other one may ask it. In a PyInstaller bundle the
files are unpacked beside the frozen code (``sys._MEIPASS``); from a checkout or an editable
install they are next to the package.
"""

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
