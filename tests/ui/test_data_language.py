"""Text that is data (the catalogue's services, questions, choices and checklist items) follows
the window's language: a manager in a Kazakh window reads the services in Kazakh."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWizard

from expat_desk.domain.catalogue import ServiceCode, load_catalogue
from expat_desk.domain.errors import ValidationError
from expat_desk.store import Store
from expat_desk.store.models import ChecklistItem
from expat_desk.ui import language
from expat_desk.ui.case_wizard import CaseWizard
from expat_desk.ui.checklist_model import COL_TITLE
from expat_desk.ui.checklist_pane import ChecklistPane
from expat_desk.ui.titles import answer_error, item_title

CLIENT = {
    "surname": "Ivanov",
    "given_names": "Ivan",
    "birth_date": date(1980, 1, 2),
    "citizenship": "RUS",
    "passport_number": "750000001",
}
IIN_ANSWERS = {"channel": "expat_centre", "representative": True}
# What a manager reads, per window language (the wizard's first service, the IIN channel of
# the ЦОН, the first document of an IIN case).
SEEN = {
    "kk": ("ЖСН алу", "ХҚКО (Азаматтарға арналған үкімет)", "Толтырылған өтініш"),
    "ru": ("Получение ИИН", "ЦОН (Правительство для граждан)", "Заполненное заявление"),
}


@pytest.fixture(params=["kk", "ru"])
def window_language(request):  # type: ignore[no-untyped-def]
    """The window in Kazakh or Russian for one test; the other tests expect English."""
    language.install(request.param)
    try:
        yield request.param
    finally:
        language.install("en")


@pytest.fixture
def english():  # type: ignore[no-untyped-def]
    yield
    language.install("en")


def texts(view) -> list[str]:
    return [view.item(r).text() for r in range(view.count())]


def next_page(qtbot, wizard: CaseWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_pick_falls_back_from_kazakh_to_russian_then_english(english) -> None:
    full = {"en": "Passport", "ru": "Паспорт", "kk": "Паспорт (kk)"}
    language.install("kk")
    assert (language.current(), language.pick(full)) == ("kk", "Паспорт (kk)")
    assert language.pick({"en": "Exit visa", "ru": "Выездная виза", "kk": ""}) == "Выездная виза"
    assert language.pick({"en": "Exit visa"}) == "Exit visa"
    language.install("ru")
    # Russian falls back to English, never to Kazakh: a reader of Russian may not read it.
    assert language.pick({"en": "Exit visa", "kk": "Шығу визасы"}) == "Exit visa"
    assert language.pick(full) == "Паспорт"
    language.install("en")
    assert language.pick(full) == "Passport"


def test_an_item_of_a_case_without_a_kazakh_title_reads_in_russian(english) -> None:
    """An item of a rules version the app does not ship (migration 0010 left it NULL)."""
    item = ChecklistItem(title_en="Exit visa", title_ru="Выездная виза", title_kk=None)
    language.install("kk")
    assert item_title(item) == "Выездная виза"
    item.title_kk = "Шығу визасы"
    assert item_title(item) == "Шығу визасы"


def test_a_refused_answer_is_explained_in_the_windows_language(english) -> None:
    """The rule refuses a Kazakh citizen's police registration in English; the wizard shows
    the catalogue's sentence in the window's language, other reasons as given."""
    spec = load_catalogue().service("police_registration")
    with pytest.raises(ValidationError) as refused:
        spec.validate_answers({"citizenship": "KAZ"}, today=date(2026, 11, 25))
    why = refused.value.errors["citizenship"]
    language.install("kk")
    assert answer_error(spec, "citizenship", why) == (
        "Қазақстан азаматы шетелдік ретінде тіркелмейді"
    )
    assert answer_error(spec, "entry_date", "is required") == "is required"
    assert answer_error(spec, "entry_date", None) == ""


def test_the_wizard_speaks_the_windows_language(qtbot, store: Store, window_language) -> None:
    lang = window_language
    service, channel, first_item = SEEN[lang]
    client = store.add_client(CLIENT)[0]
    wizard = CaseWizard(store, client_id=client.id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    next_page(qtbot, wizard)

    services = wizard.ui.serviceChoice
    catalogue = load_catalogue()
    assert texts(services) == [catalogue.service(code).title[lang] for code in ServiceCode]
    assert texts(services)[0] == service
    rect = services.visualItemRect(services.item(0))
    qtbot.mouseClick(services.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    next_page(qtbot, wizard)

    combo = wizard.findChild(QComboBox, "answer_channel")
    assert channel in [combo.itemText(i) for i in range(combo.count())]
    labels = {label.text() for label in wizard.findChildren(QLabel) if label.isVisible()}
    channel_label = catalogue.service("iin").option("channel").label[lang]
    assert f"{channel_label}:" in labels
    next_page(qtbot, wizard)

    assert texts(wizard.ui.checklistPreview)[0] == first_item
    assert "Application" not in " ".join(texts(wizard.ui.checklistPreview))
    next_page(qtbot, wizard)
    assert service in wizard.ui.reviewSummary.text()


def test_a_cases_checklist_speaks_the_windows_language(
    qtbot, store: Store, window_language
) -> None:
    lang = window_language
    service, _, first_item = SEEN[lang]
    client = store.add_client(CLIENT)[0]
    case = store.open_case(client.id, "iin", IIN_ANSWERS)
    pane = ChecklistPane(store)
    qtbot.addWidget(pane)
    pane.show_case(case.id)
    pane.show()
    qtbot.waitExposed(pane)

    model = pane.ui.checklistView.model()
    shown = [model.index(r, COL_TITLE).data() for r in range(model.rowCount())]
    assert shown == [getattr(i, f"title_{lang}") for i in case.items]
    assert shown[0] == first_item
    # The tooltip gives the title as papers in the other language word it.
    other = model.index(0, COL_TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert other == {"kk": "Заполненное заявление", "ru": "Толтырылған өтініш"}[lang]
    assert service in pane.ui.caseLabel.text()
    assert first_item in pane.ui.readyLabel.text()

    view = pane.ui.checklistView
    rect = view.visualRect(model.index(0, COL_TITLE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert first_item in pane.ui.itemGroup.title()


def test_the_wizards_client_list_names_the_country(qtbot, store: Store, window_language) -> None:
    store.add_client(CLIENT)
    wizard = CaseWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    (line,) = texts(wizard.ui.clientPicker)
    russia = {"ru": "Россия", "kk": "Ресей"}[window_language]
    assert f"— {russia}, 02.01.1980, 750000001" in line
    assert "RUS" not in line
