"""The Due view and its count, as a manager sees them on a Wednesday morning."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from expat_desk.domain.deadlines import Urgency
from expat_desk.store import Store
from expat_desk.ui.app import create_main_window, show_due_today
from expat_desk.ui.due_model import COL_CASE, COL_URGENCY, COL_WHAT, DueModel, row_colours

TODAY = date(2026, 11, 25)  # a Wednesday
CLIENT = {
    "surname": "Schmidt",
    "given_names": "Lena",
    "birth_date": "1985-04-28",
    "citizenship": "DEU",
    "passport_number": "C01X00T47",
}
# Arrivals, with the host party's three business days: 18 Nov -> 23 Nov (overdue),
# 20 Nov (Fri) -> 25 Nov (today), 24 Nov -> 27 Nov (this week).
ARRIVALS = {"overdue": date(2026, 11, 18), "today": date(2026, 11, 20), "week": date(2026, 11, 24)}


def make_database(path: Path) -> dict[str, str]:
    numbers = {}
    with Store.open(path, today=lambda: TODAY) as store:
        client, _ = store.add_client(CLIENT)
        host = store.add_host_party({"kind": "legal", "name": "Nomad Fintech Ltd"})
        for label, arrival in ARRIVALS.items():
            answers = {
                "arrival_date": arrival,
                "host_party": host.id,
                "channel": "migration_authority",
            }
            numbers[label] = store.open_case(client.id, "migration_notification", answers).number
    return numbers


def notification_rows(model: DueModel) -> dict[str, str]:
    """Case number -> urgency shown, for the host party's notification deadline."""
    return {
        model.index(r, COL_CASE).data(): model.index(r, COL_URGENCY).data()
        for r in range(model.rowCount())
        if model.index(r, COL_WHAT).data() == "Host party notifies the migration police"
    }


def test_due_view_sorts_deadlines_by_urgency_and_colours_them(
    qtbot, until_ready, db_path: Path
) -> None:
    numbers = make_database(db_path)
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    until_ready(window)
    model = window.ui.dueView.model()

    assert notification_rows(model) == {
        numbers["overdue"]: "Overdue",
        numbers["today"]: "Today",
        numbers["week"]: "This week",
    }
    first = [model.index(r, COL_URGENCY).data() for r in range(model.rowCount())]
    assert first == sorted(first, key=["Overdue", "Today", "This week"].index)
    overdue_row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Overdue")
    today_row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "Today")
    week_row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "This week")
    background = Qt.ItemDataRole.BackgroundRole
    red = model.index(overdue_row, 0).data(background).color()
    amber = model.index(today_row, 0).data(background).color()
    assert red.red() > red.green() and red != amber
    assert amber.red() > amber.blue()
    assert model.index(week_row, 0).data(background) is None  # the view's own colours


def test_status_bar_counts_what_is_due(qtbot, until_ready, db_path: Path) -> None:
    make_database(db_path)
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    until_ready(window)
    model = window.ui.dueView.model()
    urgencies = [model.index(r, COL_URGENCY).data() for r in range(model.rowCount())]
    expected = (
        f"Overdue: {urgencies.count('Overdue')} · Due today: {urgencies.count('Today')} · "
        f"This week: {urgencies.count('This week')}"
    )
    assert window.due_count.text() == expected
    assert urgencies.count("Today") >= 1


def test_start_up_says_what_is_due_today(qtbot, until_ready, db_path: Path) -> None:
    numbers = make_database(db_path)
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    until_ready(window)
    show_due_today(window)
    box = window.findChild(QMessageBox, "dueTodayMessage")
    assert box is not None and box.isVisible()
    assert numbers["today"] in box.informativeText()
    assert numbers["overdue"] not in box.informativeText()
    assert window.ui.mainTabs.currentWidget() is window.ui.duePage
    box.close()


def test_no_start_up_message_when_nothing_is_due_today(qtbot, until_ready, db_path: Path) -> None:
    make_database(db_path)
    window = create_main_window(db_path, today=lambda: date(2026, 12, 20))  # a Sunday, later
    qtbot.addWidget(window)
    until_ready(window)
    show_due_today(window)
    assert window.findChild(QMessageBox, "dueTodayMessage") is None


def test_double_click_asks_for_the_case(qtbot, until_ready, db_path: Path) -> None:
    make_database(db_path)
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    until_ready(window)
    view = window.ui.dueView
    index = view.model().index(0, COL_CASE)
    with qtbot.waitSignal(window.case_requested) as signal:
        view.doubleClicked.emit(index)
    with Store.open(db_path) as store:
        assert store.get_case(signal.args[0]).number == index.data()


def test_due_model_is_a_well_behaved_model(qtmodeltester, db_path: Path) -> None:
    make_database(db_path)
    with Store.open(db_path, today=lambda: TODAY) as store:
        model = DueModel(store.due_items())
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_colours_are_distinct_for_overdue_and_today() -> None:
    from expat_desk.domain.deadlines import Urgency

    assert row_colours(Urgency.OVERDUE)[0] != row_colours(Urgency.TODAY)[0]


def test_a_passport_running_out_says_how_soon(qtbot, until_ready, db_path: Path) -> None:
    with Store.open(db_path, today=lambda: TODAY) as store:
        client, _ = store.add_client({**CLIENT, "passport_expiry": "2027-02-10"})
        store.open_case(client.id, "iin", {"channel": "egov_portal"})
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    until_ready(window)
    model = window.ui.dueView.model()
    texts = [model.index(r, COL_WHAT).data() for r in range(model.rowCount())]
    assert "Passport expires · within 3 months" in texts


def test_double_click_opens_the_case_beside_its_client(qtbot, until_ready, db_path: Path) -> None:
    numbers = make_database(db_path)
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    until_ready(window)
    window.ui.mainTabs.setCurrentWidget(window.ui.duePage)
    model = window.ui.dueView.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 2).data() == numbers["today"])
    window.ui.dueView.doubleClicked.emit(model.index(row, COL_CASE))

    assert window.ui.mainTabs.currentWidget() is window.ui.clientsPage
    assert window.ui.clientTabs.currentWidget() is window.ui.casesHolder
    assert window.details.ui.headingLabel.text() == "Schmidt Lena"
    assert window.ui.caseList.currentItem().text().startswith(numbers["today"])
    assert window.checklist.case is not None and window.checklist.case.number == numbers["today"]


def test_ticking_a_document_updates_the_case_list(qtbot, db_path: Path) -> None:
    numbers = make_database(db_path)
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.register.ui.clientTable.selectRow(0)
    window.ui.clientTabs.setCurrentWidget(window.ui.casesHolder)
    first = window.ui.caseList.currentItem().text()
    assert "0 of 2 documents" in first
    window.checklist.select_row(0)
    qtbot.mouseClick(window.checklist.ui.markReceivedButton, Qt.MouseButton.LeftButton)
    assert "1 of 2 documents" in window.ui.caseList.currentItem().text()
    assert window.ui.caseList.currentItem().text().split(" · ")[0] in numbers.values()


def test_each_case_of_a_client_shows_its_next_deadline(qtbot, db_path: Path) -> None:
    numbers = make_database(db_path)
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.register.ui.clientTable.selectRow(0)
    texts = {
        window.ui.caseList.item(r).text().split(" · ")[0]: window.ui.caseList.item(r)
        for r in range(window.ui.caseList.count())
    }
    # Arrived Wed 18 Nov: the host party's notification was due Mon 23 Nov.
    late = texts[numbers["overdue"]]
    assert late.text().endswith(
        "Host party notifies the migration police by Mon 23 November 2026"
    )  # with its year
    assert late.background().color() == row_colours(Urgency.OVERDUE)[0]
    assert texts[numbers["week"]].text().endswith("by Fri 27 November 2026")


def test_a_case_opened_from_the_due_view_shows_its_client_alone(
    qtbot, until_ready, db_path: Path
) -> None:
    make_database(db_path)
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    until_ready(window)
    table = window.register.ui.clientTable
    table.selectRow(0)
    first = window.register.model.client(0)
    index = window.ui.dueView.model().index(0, COL_CASE)
    with Store.open(db_path) as store:
        case = store.case_by_number(index.data())
    assert case.client_id != first.id or window.register.model.rowCount() == 1

    window.ui.dueView.doubleClicked.emit(index)

    assert window.details.client_id == case.client_id
    assert table.selectionModel().selectedRows() == []
    assert window.checklist.case is not None and window.checklist.case.id == case.id


def test_the_due_list_read_a_page_at_a_time_is_the_whole_list(
    qtbot, until_ready, db_path: Path, monkeypatch
) -> None:
    from expat_desk.domain.deadlines import due_items
    from expat_desk.ui import due_model

    make_database(db_path)
    monkeypatch.setattr(due_model, "PAGE", 2)
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    until_ready(window)
    assert window.due_model.rowCount() == 2 and window.due_model.canFetchMore()
    window.due_model.fetch_all()
    with Store.open(db_path, today=lambda: TODAY) as store:
        # Worked out from scratch by the domain's rules, not read from the stored deadlines.
        scratch = due_items(store.deadline_facts(), store.business_calendar(), TODAY)
        expected = [(i.facts.number, i.deadline.kind) for i in scratch]
    shown = [(i.facts.number, i.deadline.kind) for i in window.due_model.items()]
    assert len(expected) > 2 and shown == expected


def test_a_dark_palette_gets_colours_readable_on_it(qapp) -> None:
    """Light text on a dark background, not the light theme's dark red on near black."""
    from PySide6.QtGui import QColor, QPalette

    from expat_desk.ui.palette import colours, is_dark

    dark = QPalette(QColor("#202124"))  # a palette built around a dark window colour
    assert is_dark(dark) and not is_dark(QPalette(QColor("#f0f0f0")))
    background = dark.color(QPalette.ColorRole.Window)
    for colour in (colours(dark).error, colours(dark).warning, colours(dark).overdue[1]):
        assert colour.lightness() - background.lightness() > 100, colour.name()
    light = colours(QPalette(QColor("#f0f0f0")))
    assert light.error.lightness() < 128


def test_on_a_demo_register_the_due_tab_and_counts_show_what_the_rules_work_out(
    qtbot, until_ready, db_path: Path, monkeypatch
) -> None:
    """Stored deadlines, read a page at a time: the same items and counts as from scratch."""
    from expat_desk.domain.deadlines import due_items
    from expat_desk.store.demo import fill_demo
    from expat_desk.ui import due_model

    with Store.open(db_path, today=lambda: TODAY) as store:
        fill_demo(store, clients=80, today=TODAY)
        scratch = due_items(
            store.deadline_facts(), store.business_calendar(), TODAY, store.target_days()
        )
    monkeypatch.setattr(due_model, "PAGE", 7)
    window = create_main_window(db_path, today=lambda: TODAY)
    qtbot.addWidget(window)
    until_ready(window)
    model = window.due_model
    assert model.rowCount() == min(7, len(scratch))
    model.fetch_all()
    shown = [(i.facts.number, i.deadline.kind, i.urgency) for i in model.items()]
    assert shown == [(i.facts.number, i.deadline.kind, i.urgency) for i in scratch]
    count = {u: sum(i.urgency is u for i in scratch) for u in Urgency}
    assert window.due_count.text() == (
        f"Overdue: {count[Urgency.OVERDUE]} · Due today: {count[Urgency.TODAY]} · "
        f"This week: {count[Urgency.THIS_WEEK]}"
    )
    if count[Urgency.TODAY]:
        show_due_today(window)
        box = window.findChild(QMessageBox, "dueTodayMessage")
        assert box is not None and f"Due today: {count[Urgency.TODAY]}" in box.text()
        box.close()
