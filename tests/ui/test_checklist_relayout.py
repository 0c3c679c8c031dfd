"""The case pane settles after a relayout, whatever the window's width (issue 13's crash).

At a 796-pixel window (what the offscreen screen gives a maximized window) the checklist's
own scroll bar came and went with its height, and the pane's scroll area resized the pane
inside its own resize until the stack ran out: a segfault in QHeaderView::sectionSizeHint.
A guard here swallows a runaway's resizes so that the test fails instead of crashing.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from expat_desk.store import Store
from expat_desk.store.demo import fill_demo
from expat_desk.ui.app import create_main_window

# Resizes of the pane in one turn of the loop: a few settle it; the runaway made thousands.
RUNAWAY = 100


class ResizeGuard(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.turn = 0
        self.runaways = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.turn += 1
            if self.turn > RUNAWAY:
                self.runaways += 1
                return True  # stops the recursion before the stack runs out
        return False


def test_the_case_pane_settles_at_every_case(qtbot, until_ready, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    with Store.open(db) as store:
        fill_demo(store)
    window = create_main_window(db)
    qtbot.addWidget(window)
    window.resize(796, 720)
    window.show()
    until_ready(window)
    guard = ResizeGuard()
    window.checklist.installEventFilter(guard)
    stuck = []
    for case in window.store.list_cases():
        window.open_case(case.id)
        guard.turn = 0
        QCoreApplication.processEvents()
        if guard.runaways:
            stuck.append(case.id)
            guard.runaways = 0
    assert stuck == []
