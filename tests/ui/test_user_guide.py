"""Help → User guide opens the guide shipped in the window's language."""

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from expat_desk.ui import language
from expat_desk.ui.app import create_main_window


@pytest.mark.parametrize("code", ["ru", "kk", "en"])
def test_the_guide_opens_in_the_windows_language(
    qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    try:
        window = create_main_window(tmp_path / "guide.sqlite3", language=code)
        qtbot.addWidget(window)
        window.guide_action.trigger()
    finally:
        language.install("en")
    [url] = opened
    path = url.toLocalFile()
    assert path.endswith(f"guide-{code}.html")
    page = Path(path).read_text(encoding="utf-8")
    assert f'lang="{code}"' in page
    # Every picture the page shows is shipped beside it.
    for image in re.findall(r'<img[^>]+src="([^"]+)"', page):
        assert (Path(path).parent / image).is_file(), image
