"""The client register as a manager uses it: search as you type, sort by a column, scroll."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from qt_keys import type_text

from expat_desk.store import Store
from expat_desk.store.demo import fill_demo
from expat_desk.ui import client_model
from expat_desk.ui.app import create_main_window
from expat_desk.ui.client_model import COL_BORN, COL_NAME, COL_PASSPORT, ClientTableModel


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        fill_demo(store, clients=60)
    return db_path


def shown_column(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_register_lists_every_client_sorted_by_name(qtbot, demo_db: Path) -> None:
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    model = window.register.model
    assert model.rowCount() == 60
    assert window.register.ui.clientCountLabel.text() == "60 clients"
    with Store.open(demo_db) as store:
        expected = [c.full_name for c in store.search_clients(limit=100)]
    assert shown_column(model, COL_NAME) == expected


def test_typing_a_cyrillic_name_finds_the_client(qtbot, demo_db: Path) -> None:
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    register = window.register
    someone = next(
        model_client
        for r in range(register.model.rowCount())
        if (model_client := register.model.client(r)).surname_cyr
    )
    type_text(register.ui.clientSearch, someone.surname_cyr.lower(), focus=False)
    qtbot.waitUntil(lambda: register.model.query == someone.surname_cyr.lower())

    ids = [register.model.client(r).id for r in range(register.model.rowCount())]
    assert someone.id in ids
    assert all(
        someone.surname_cyr.lower() in (register.model.client(r).surname_cyr or "").lower()
        for r in range(register.model.rowCount())
    )
    assert register.ui.clientCountLabel.text().endswith("found")


def test_a_passport_number_typed_in_small_letters_finds_its_owner(qtbot, demo_db: Path) -> None:
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    register = window.register
    passport = register.model.client(7).passport_number
    qtbot.keyClicks(register.ui.clientSearch, passport.lower())
    qtbot.keyClick(register.ui.clientSearch, Qt.Key.Key_Return)
    assert shown_column(register.model, COL_PASSPORT) == [passport]


def test_clicking_a_header_sorts_by_that_column(qtbot, demo_db: Path) -> None:
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    window.show()
    table = window.register.ui.clientTable
    model = window.register.model
    header = table.horizontalHeader()

    def click_born() -> list:
        x = header.sectionViewportPosition(COL_BORN) + header.sectionSize(COL_BORN) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        return [model.client(r).birth_date for r in range(model.rowCount())]

    first = click_born()
    assert first == sorted(first)
    second = click_born()
    assert second == sorted(first, reverse=True)


def test_ctrl_f_finds_a_client_from_anywhere(qtbot, demo_db: Path) -> None:
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    window.ui.mainTabs.setCurrentWidget(window.ui.duePage)
    assert window.ui.findAction.shortcut().toString() == "Ctrl+F"
    window.ui.findAction.trigger()
    assert window.ui.mainTabs.currentWidget() is window.ui.clientsPage
    assert window.focusWidget() is window.register.ui.clientSearch


def test_the_model_reads_pages_and_keeps_only_a_few(monkeypatch, demo_db: Path) -> None:
    monkeypatch.setattr(client_model, "PAGE_SIZE", 7)
    monkeypatch.setattr(client_model, "KEPT_PAGES", 2)
    with Store.open(demo_db) as store:
        asked: list[list[int]] = []
        by_ids = store.clients_by_ids

        def counting(ids):
            asked.append(list(ids))
            return by_ids(ids)

        store.clients_by_ids = counting
        model = ClientTableModel(store)
        every = [c.id for c in store.search_clients(limit=100)]
        assert [model.client(r).id for r in range(60)] == every
        # each page read once, in order, by the ids of its rows
        assert asked == [every[n : n + 7] for n in range(0, 60, 7)]
        assert sum(len(page) for page in model._pages.values()) <= 14
        model.client(0)
        assert asked[-1] == every[:7]  # forgotten, read again


def test_scrolled_to_the_bottom_the_register_shows_the_last_client(qtbot, demo_db: Path) -> None:
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    window.show()
    table = window.register.ui.clientTable
    with Store.open(demo_db) as store:
        last = store.search_clients(limit=100)[-1]
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    bottom = table.rowAt(table.viewport().height() - 2)
    row = bottom if bottom >= 0 else window.register.model.rowCount() - 1
    assert table.model().index(row, COL_NAME).data() == last.full_name
    assert row == window.register.model.rowCount() - 1


def test_a_broad_search_says_more_than_and_grows_as_it_is_scrolled(
    qtbot, monkeypatch, demo_db: Path
) -> None:
    monkeypatch.setattr(client_model, "FIRST_FOUND", 10)
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    window.show()
    register = window.register
    with Store.open(demo_db) as store:
        matching = [c.full_name for c in store.search_clients("a", limit=100)]
    assert len(matching) > 40  # "a" is in nearly every name, e-mail or employer
    register.ui.clientSearch.setText("a")
    register.search_now()
    assert register.model.rowCount() == 10
    assert register.ui.clientCountLabel.text() == "More than 10 found"
    table = register.ui.clientTable
    while register.model.canFetchMore():
        table.scrollToBottom()
        QApplication.processEvents()  # the view asks for more once the scroll is laid out
    assert shown_column(register.model, COL_NAME) == matching
    assert register.ui.clientCountLabel.text() == f"{len(matching)} found"


def test_searching_again_narrows_to_an_exact_count(qtbot, monkeypatch, demo_db: Path) -> None:
    monkeypatch.setattr(client_model, "FIRST_FOUND", 10)
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    register = window.register
    passport = register.model.client(3).passport_number
    register.ui.clientSearch.setText(passport)
    register.search_now()
    assert shown_column(register.model, COL_PASSPORT) == [passport]
    assert register.ui.clientCountLabel.text() == "1 found"


def test_the_search_waits_for_a_pause_of_at_most_150_ms() -> None:
    from expat_desk.ui.client_register import SEARCH_DELAY_MS

    assert 0 < SEARCH_DELAY_MS <= 150


def test_client_model_is_a_well_behaved_model(qtmodeltester, demo_db: Path) -> None:
    with Store.open(demo_db) as store:
        qtmodeltester.check(ClientTableModel(store))


def test_filters_by_service_status_manager_and_overdue(qtbot, until_ready, demo_db: Path) -> None:
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    until_ready(window)
    register = window.register
    model = register.model

    def shown_ids() -> set[int]:
        return {model.client(r).id for r in range(model.rowCount())}

    with Store.open(demo_db) as store:
        with_eds = {c.client_id for c in store.list_cases(service="eds")}
        submitted_eds = {c.client_id for c in store.list_cases(service="eds", status="submitted")}
        manager = store.list_managers()[0]
        theirs = {c.id for c in store.search_clients(limit=1000) if c.manager_id == manager.id}
        overdue = {i.facts.client_id for i in store.due_items() if i.urgency.value == "overdue"}

    register.ui.serviceFilter.setCurrentIndex(register.ui.serviceFilter.findData("eds"))
    assert shown_ids() == with_eds
    register.ui.statusFilter.setCurrentIndex(register.ui.statusFilter.findData("submitted"))
    assert shown_ids() == submitted_eds
    assert register.ui.clientCountLabel.text() == f"{len(submitted_eds)} found"
    register.ui.serviceFilter.setCurrentIndex(0)
    register.ui.statusFilter.setCurrentIndex(0)
    register.ui.managerFilter.setCurrentIndex(register.ui.managerFilter.findData(manager.id))
    assert shown_ids() == theirs
    register.ui.managerFilter.setCurrentIndex(0)
    qtbot.mouseClick(register.ui.overdueFilter, Qt.MouseButton.LeftButton)
    assert overdue and shown_ids() == overdue


def test_the_keyboard_goes_from_the_search_into_the_results_and_back(qtbot, tmp_path) -> None:
    """Ctrl+F, type, Down into the results, Enter opens the client, Escape back to the search."""
    from datetime import date

    from expat_desk.store import Store
    from expat_desk.ui.app import create_main_window

    path = tmp_path / "keys.sqlite3"
    with Store.open(path) as store:
        for surname, passport in (("Dubois", "19FR12345"), ("Durand", "19FR54321")):
            store.add_client(
                {
                    "surname": surname,
                    "birth_date": date(1985, 3, 14),
                    "citizenship": "FRA",
                    "passport_number": passport,
                }
            )
    window = create_main_window(path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # focus goes to the active window only
    search = window.register.ui.clientSearch
    table = window.register.ui.clientTable
    window.ui.findAction.trigger()
    assert search.hasFocus()
    qtbot.keyClicks(search, "Durand")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert table.hasFocus() and table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.details.ui.surnameField.hasFocus()
    assert window.details.ui.surnameField.text() == "Durand"
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert search.hasFocus() and search.selectedText() == "Durand"


# The register's citizenship column in the window's language, sorted as that language
# names the countries (Қырғызстан before Қытай in Kazakh, Китай before Кыргызстан in Russian).
CITIZENSHIPS_SEEN = {
    "ru": ["Германия", "Китай", "Кыргызстан", "Узбекистан"],
    "kk": ["Германия", "Қырғызстан", "Қытай", "Өзбекстан"],
}


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_citizenship_reads_as_the_countrys_name_in_the_windows_language(
    qtbot, store: Store, code: str
) -> None:
    from expat_desk.ui import language
    from expat_desk.ui.client_model import COL_CITIZENSHIP
    from expat_desk.ui.client_register import ClientRegister

    for n, country in enumerate(["UZB", "KGZ", "DEU", "CHN"]):
        store.add_client(
            {
                "surname": f"Client{'ABCD'[n]}",
                "given_names": "Test",
                "birth_date": date(1985, 3, 14),
                "citizenship": country,
                "passport_number": f"X{n:07d}",
            }
        )
    language.install(code)
    try:
        register = ClientRegister(store)
        qtbot.addWidget(register)
        table = register.ui.clientTable
        model = register.model
        in_name_order = CITIZENSHIPS_SEEN[code]
        germany, china, kyrgyzstan, uzbekistan = (
            in_name_order if code == "ru" else [in_name_order[i] for i in (0, 2, 1, 3)]
        )
        # Sorted by name (of the clients) first: as they were added.
        assert shown_column(model, COL_CITIZENSHIP) == [uzbekistan, kyrgyzstan, germany, china]
        table.sortByColumn(COL_CITIZENSHIP, Qt.SortOrder.AscendingOrder)
        assert shown_column(model, COL_CITIZENSHIP) == in_name_order
        table.sortByColumn(COL_CITIZENSHIP, Qt.SortOrder.DescendingOrder)
        assert shown_column(model, COL_CITIZENSHIP) == in_name_order[::-1]
        # The title of the column is not cut by the names it now holds.
        header = table.horizontalHeader()
        assert header.sectionSize(COL_CITIZENSHIP) >= header.sectionSizeHint(COL_CITIZENSHIP)
    finally:
        language.install("en")


def test_the_register_reads_its_ids_once_as_it_opens_and_sorting_again_changes_nothing(
    qtbot, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = []
    original = Store.client_ids_sorted

    def counted(self, *args, **kwargs):
        reads.append(kwargs.get("sort"))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "client_ids_sorted", counted)
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    table = window.register.ui.clientTable
    names = shown_column(window.register.model, COL_NAME)

    assert reads == ["name"]  # on 100,000 clients, each read of the ids is tens of ms
    table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert reads == ["name"] and shown_column(window.register.model, COL_NAME) == names
    table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert reads == ["name", "name"]
    assert shown_column(window.register.model, COL_NAME) == names[::-1]
