"""Start-up on a register of any size: the window is on screen with the register's first page
before the deadlines are worked out; it then fills them in, as it used to before showing."""

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from PySide6.QtCore import QEvent, QObject

import expat_desk
from expat_desk.store import Store
from expat_desk.store.demo import fill_demo
from expat_desk.ui.app import create_main_window
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]


class FirstPaint(QObject):
    """What the window held when the register first painted."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.seen: dict | None = None
        window.register.ui.clientTable.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.seen is None:
            self.seen = {
                "register_rows": self.window.register.model.rowCount(),
                "due_rows": self.window.due_model.rowCount(),
                "ready": self.window.is_ready(),
            }
        return False


def demo_db(db_path: Path) -> Path:
    with Store.open(db_path, today=lambda: TODAY) as store:
        fill_demo(store, clients=60)
    return db_path


def test_the_window_paints_the_register_before_the_deadlines_then_fills_them(
    qtbot, until_ready, db_path: Path
) -> None:
    demo_db(db_path)
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    paint = FirstPaint(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=30_000):
        pass

    assert paint.seen == {"register_rows": 60, "due_rows": 0, "ready": False}
    assert window.is_ready()
    with Store.open(db_path, today=lambda: TODAY) as store:
        expected = [(i.facts.number, i.deadline.kind) for i in store.due_items()]
        clients = store.count_clients()
    shown = [(i.facts.number, i.deadline.kind) for i in window.due_model.items()]
    assert expected and shown == expected
    assert window.due_count.text().startswith("Overdue: ")
    assert f"Clients in the register: {clients}" in window.ui.subtitleLabel.text()


def test_a_window_never_shown_is_filled_all_the_same(qtbot, until_ready, db_path: Path) -> None:
    demo_db(db_path)
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    assert not window.is_ready() and window.due_model.rowCount() == 0

    until_ready(window)

    assert window.due_model.rowCount() > 0


# The app as expat-desk starts it, in its own process (its collector and its imports are the
# process's): at the end of start-up it prints what it found and leaves.
START = """
import gc, json, os, sys
from pathlib import Path
from PySide6.QtWidgets import QMessageBox
from expat_desk.ui import app
from expat_desk.ui.ask_dialog import AskDialog

QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
AskDialog.exec = lambda dialog: 0
first = app.after_start

def after_start(window, defects):
    first(window, defects)
    print(json.dumps({
        "ready": window.is_ready(),
        "due_rows": window.due_model.rowCount(),
        "collector_on": gc.isenabled(),
        "frozen": gc.get_freeze_count(),
        "imported": sorted(
        {m.split(".")[0] for m in sys.modules}
        & {"reportlab", "openpyxl", "cryptography", "keyring"}
    ),
    }), flush=True)
    os._exit(0)

app.after_start = after_start
gc.disable()  # as expat-desk does before it imports the window
sys.exit(app.run(Path(sys.argv[1]), language="en"))
"""


def test_after_start_up_the_collector_is_frozen_and_no_document_or_crypto_library_is_loaded(
    tmp_path: Path, db_path: Path
) -> None:
    demo_db(db_path)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        **{f"XDG_{k}_HOME": str(tmp_path / k.lower()) for k in ("CONFIG", "DATA", "STATE")},
    }
    done = subprocess.run(
        [sys.executable, "-c", START, str(db_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])

    assert found["ready"] and found["due_rows"] > 0
    assert found["collector_on"] and found["frozen"] > 0
    # ReportLab and openpyxl wait for the first document or export, cryptography for a sealed
    # backup, the keyring for a passphrase remembered.
    assert found["imported"] == []


def test_the_version_is_the_one_pyproject_names() -> None:
    with (ROOT / "pyproject.toml").open("rb") as f:
        assert expat_desk.__version__ == tomllib.load(f)["project"]["version"]
