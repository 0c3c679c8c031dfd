"""Pictures of the settings dialogs, editors and questions, in every language on the two
screens the centre's laptops have, for a person to look at, and a list of what looks cut.

    python docs/review_layouts.py                      # all screens, all languages
    python docs/review_layouts.py --screens laptop --languages ru --only host-party-editor

The pictures go to /tmp/layout-review/<screen>/<language>/<dialog>.png (``--out`` for another
folder); each line printed names a dialog, its size, the screen's room and anything that does
not fit: a dialog past the screen, a button or label narrower than its text, a column
narrower than its header.

The screens: a 1366 × 768 laptop at 100 %, and 1920 × 1080 at 150 %, where a window has
1280 × 720 logical pixels (QT_SCALE_FACTOR=1.5 on the offscreen platform). Each language and
screen runs in its own process: the platform and the scale are fixed when Qt starts.

The scenes are in docs/review_scenes.py. The main window, the client form, the wizard and the
checklist have pictures of their own (docs/make_screenshots.py); the host party picker is seen
in the wizard's page it sits on.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

SCREENS = {
    "laptop": {"width": 1366, "height": 768, "scale": None},
    "fullhd-150": {"width": 1920, "height": 1080, "scale": "1.5"},
}
LANGUAGES = ("en", "ru", "kk")
TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 5, 42)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "layout-review")
    parser.add_argument("--screens", default=",".join(SCREENS))
    parser.add_argument("--languages", default=",".join(LANGUAGES))
    parser.add_argument("--only", default="", help="dialog names, comma-separated")
    parser.add_argument("--child", nargs=2, metavar=("SCREEN", "LANGUAGE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(*args.child, out=args.out, only=_names(args.only))
    failed = 0
    for screen in _names(args.screens):
        for language in _names(args.languages):
            failed |= run_child(screen, language, args.out, args.only)
    return failed


def _names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",") if name.strip()]


def run_child(screen: str, language: str, out: Path, only: str) -> int:
    spec = SCREENS[screen]
    config = Path(tempfile.mkdtemp()) / "screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": screen,
                        "x": 0,
                        "y": 0,
                        "width": spec["width"],
                        "height": spec["height"],
                        "logicalDpiX": 96,
                        "logicalDpiY": 96,
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    env.pop("QT_SCALE_FACTOR", None)
    if spec["scale"]:
        env["QT_SCALE_FACTOR"] = spec["scale"]
    env["PYTHONPATH"] = os.pathsep.join(
        [str(Path(__file__).resolve().parents[1]), env.get("PYTHONPATH", "")]
    )
    command = [sys.executable, __file__, "--out", str(out), "--child", screen, language]
    if only:
        command += ["--only", only]
    return subprocess.run(command, env=env, check=False).returncode


# --- in the child: one screen, one language ------------------------------------------------


def child(screen: str, language: str, *, out: Path, only: list[str]) -> int:
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # no remembered window layout
    os.environ["TZ"] = "Asia/Almaty"
    time.tzset()
    import logging

    logging.disable(logging.CRITICAL)  # the binding warning logs what it shows
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    # The offscreen platform says this of every window it shows; it is not the app's fault.
    qInstallMessageHandler(
        lambda _kind, _context, text: (
            None if "does not support" in text else print(text, file=sys.stderr)
        )
    )
    app = QApplication(sys.argv[:1])  # before anything of the app's is imported
    from expat_desk.store import Store
    from expat_desk.store.demo import fill_demo
    from expat_desk.ui.app import create_main_window

    folder = out / screen / language
    folder.mkdir(parents=True, exist_ok=True)
    data = tempfile.TemporaryDirectory()
    db = Path(data.name) / "demo.sqlite3"
    with Store.open(db, today=lambda: TODAY) as store:
        fill_demo(store, today=TODAY)
        store.set_desk_manager("Aigerim Sarsenova")
    window = create_main_window(db, today=lambda: TODAY, language=language)
    window.store.now = lambda: NOW
    window.show()
    app.processEvents()
    room = app.primaryScreen().availableGeometry()
    print(f"== {screen} {language}: {room.width()}×{room.height()} logical")
    found = 0
    from review_scenes import SCENES  # beside this file

    with Catcher() as catcher:
        for name, scene in SCENES.items():
            if only and name not in only:
                continue
            for suffix, widget in scene(window, catcher):
                shot = name + (f"-{suffix}" if suffix else "")
                app.processEvents()
                widget.grab().save(str(folder / f"{shot}.png"))
                said = problems(widget)
                found += bool(said)
                size = widget.frameGeometry()
                lines = [f"{shot}: {size.width()}×{size.height()}", *said]
                print("\n   ".join(lines))
    window.close()
    window.store.close()
    data.cleanup()
    return 1 if found else 0


def problems(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """What does not fit: the window past the screen, texts cut, headers cut."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QHeaderView, QLabel, QWidget

    found = []
    room = widget.screen().availableGeometry()
    frame = widget.frameGeometry()
    if widget.isWindow() and not room.contains(frame):
        found.append(f"past the screen: {frame.getRect()} in {room.getRect()}")
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget) or child.window() is not widget.window():
            continue
        name = child.objectName() or type(child).__name__
        if isinstance(child, QLabel) and child.text():
            if child.wordWrap():
                need = child.heightForWidth(child.width())
                if child.height() < need:
                    found.append(f"label {name} cut: {child.height()} high of {need}")
            elif child.width() < child.sizeHint().width():
                found.append(f"label {name} cut: {child.width()} of {child.sizeHint().width()}")
        elif isinstance(child, QAbstractButton) and child.text():
            if child.width() < child.sizeHint().width():
                found.append(
                    f"button {name} cut: {child.width()} of {child.sizeHint().width()}"
                    f" ({child.text()!r})"
                )
        elif isinstance(child, QHeaderView) and child.orientation() == Qt.Orientation.Horizontal:
            for section in range(child.count()):
                if child.isSectionHidden(section):
                    continue
                if child.sectionSize(section) < child.sectionSizeHint(section):
                    title = child.model().headerData(section, Qt.Orientation.Horizontal)
                    found.append(
                        f"column {title!r} of {child.parent().objectName()} cut: "
                        f"{child.sectionSize(section)} of {child.sectionSizeHint(section)}"
                    )
    return found


class Catcher:
    """The app's message boxes and input dialogs, shown without their own event loop so
    that a scene can take their picture; each is answered as Cancel would."""

    def __init__(self) -> None:
        self.boxes: list = []

    def __enter__(self) -> "Catcher":
        from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

        self.saved = {
            (QMessageBox, "exec"): QMessageBox.exec,
            (QDialog, "exec"): QDialog.exec,
            (QInputDialog, "getText"): QInputDialog.getText,
            (QInputDialog, "getItem"): QInputDialog.getItem,
            **{(QMessageBox, n): getattr(QMessageBox, n) for n in STATIC_BOXES},
        }
        catcher = self

        def shown(dialog) -> int:  # type: ignore[no-untyped-def]
            dialog.show()
            catcher.boxes.append(dialog)
            return 0

        def static_box(icon):  # type: ignore[no-untyped-def]
            def ask(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
                box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
                if icon == QMessageBox.Icon.Question:
                    box.setStandardButtons(
                        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                    )
                shown(box)
                return QMessageBox.StandardButton.No

            return staticmethod(ask)

        def get_text(parent, title, label, echo=None, text="", *args, **kwargs):  # type: ignore[no-untyped-def]
            dialog = QInputDialog(parent)
            dialog.setWindowTitle(title)
            dialog.setLabelText(label)
            dialog.setTextValue(text)
            shown(dialog)
            return "", False

        def get_item(parent, title, label, items, current=0, editable=True, *args, **kwargs):  # type: ignore[no-untyped-def]
            dialog = QInputDialog(parent)
            dialog.setWindowTitle(title)
            dialog.setLabelText(label)
            dialog.setComboBoxItems(items)
            dialog.setComboBoxEditable(editable)
            if items:
                dialog.setTextValue(items[current])
            shown(dialog)
            return "", False

        QMessageBox.exec = shown
        QDialog.exec = shown
        QInputDialog.getText = staticmethod(get_text)
        QInputDialog.getItem = staticmethod(get_item)
        for name, icon in STATIC_BOXES.items():
            setattr(QMessageBox, name, static_box(getattr(QMessageBox.Icon, icon)))
        return self

    def __exit__(self, *exc: object) -> None:
        for (owner, name), value in self.saved.items():
            setattr(owner, name, value)

    def take(self) -> list:
        """The boxes shown since the last call, closed once the scene has their picture."""
        boxes, self.boxes = self.boxes, []
        return boxes


STATIC_BOXES = {
    "information": "Information",
    "warning": "Warning",
    "critical": "Critical",
    "question": "Question",
}


if __name__ == "__main__":
    sys.exit(main())
