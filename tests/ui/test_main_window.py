"""The main window as a manager first meets it: counts of the register, the demo offer."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from expat_desk.store import Store
from expat_desk.store.demo import fill_demo
from expat_desk.ui import app as app_module
from expat_desk.ui.app import create_main_window, fill_with_demo


def test_window_shows_what_the_database_holds(qtbot, until_ready, db_path: Path) -> None:
    """A database with demo data: the window counts its clients and each service's cases."""
    with Store.open(db_path) as store:
        fill_demo(store, clients=60)
        counts = store.case_counts()
        clients = store.count_clients()
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    until_ready(window)

    assert f"Clients in the register: {clients}" in window.ui.subtitleLabel.text()
    table = window.ui.serviceTable
    assert table.rowCount() == 5 and table.columnCount() == 5
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == [
        "In progress",
        "Submitted",
        "Completed",
        "Cancelled",
        "Refused by the authority",
    ]
    assert table.verticalHeaderItem(0).text() == "IIN issuance"
    completed_iin = counts.get(("iin", "completed"), 0)
    assert table.item(0, 2).text() == str(completed_iin)
    shown_total = sum(int(table.item(r, c).text()) for r in range(5) for c in range(5))
    assert shown_total == sum(counts.values())


def test_empty_database_can_be_filled_with_demo_data(qtbot, until_ready, db_path: Path) -> None:
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    until_ready(window)
    assert "Clients in the register: 0" in window.ui.subtitleLabel.text()

    fill_with_demo(window)

    assert window.store.count_clients() == 200
    assert "Clients in the register: 200" in window.ui.subtitleLabel.text()


@pytest.mark.parametrize(
    ("button", "expected"),
    [(QMessageBox.StandardButton.Yes, True), (QMessageBox.StandardButton.No, False)],
)
def test_demo_offer_follows_the_managers_answer(qtbot, monkeypatch, db_path, button, expected):
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return button

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert app_module.ask_for_demo(window) is expected
    assert "empty" in asked[0]


def test_every_widget_a_screen_reader_reaches_has_a_name(qtbot, db_path: Path) -> None:
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    for widget in (window.ui.titleLabel, window.ui.subtitleLabel, window.ui.serviceTable):
        assert widget.objectName()
        assert widget.accessibleName()


def test_quit_closes_the_window(qtbot, db_path: Path) -> None:
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.ui.quitAction.trigger()
    assert not window.isVisible()


def test_window_size_and_splitters_come_back_next_time(qtbot, db_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName("Expat Desk tests")
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    window.resize(760, 540)  # within the offscreen screen's 800 x 600
    window.show()
    window.ui.clientsSplitter.setSizes([480, 250])
    sizes = window.ui.clientsSplitter.sizes()
    window.close()

    again = create_main_window(db_path)
    qtbot.addWidget(again)
    again.show()
    assert abs(again.width() - 760) <= 8 and abs(again.height() - 540) <= 8
    assert again.ui.clientsSplitter.sizes() == sizes


def test_every_view_has_a_keyboard_shortcut(qtbot, db_path: Path) -> None:
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    for action, page, keys in (
        (window.ui.viewDueAction, window.ui.duePage, "Ctrl+3"),
        (window.ui.viewOverviewAction, window.ui.overviewPage, "Ctrl+2"),
        (window.ui.viewClientsAction, window.ui.clientsPage, "Ctrl+1"),
    ):
        assert action.shortcut().toString() == keys
        action.trigger()
        assert window.ui.mainTabs.currentWidget() is page


def test_tab_walks_the_whole_client_side_without_getting_stuck(qtbot, db_path: Path) -> None:
    """Keyboard alone: Tab leaves the register table and the text boxes instead of looping."""
    with Store.open(db_path) as store:
        fill_demo(store, clients=5)
    window = create_main_window(db_path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.register.ui.clientTable.selectRow(0)
    window.register.focus_search()
    seen = []
    for _ in range(40):
        focused = window.focusWidget()
        seen.append(focused.objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    for name in ("clientTable", "mrzInput", "surnameField", "notesField", "saveClientButton"):
        assert name in seen
    assert seen.count("clientTable") == 1 and seen.count("mrzInput") == 1


def test_the_window_opens_inside_a_screen_smaller_than_its_form(qtbot, tmp_path) -> None:
    from expat_desk.ui.app import create_main_window

    window = create_main_window(tmp_path / "small.sqlite3")
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert room.width() < 1440  # the offscreen screen is smaller than the form (1440 wide)
    assert room.contains(window.geometry())
