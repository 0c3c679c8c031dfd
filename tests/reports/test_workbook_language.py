"""The workbook in Russian and Kazakh as the supervisor opens it: sheets, headers, statuses and
services in that language, dates still dates, totals still formulas; and merged whatever the
languages of the files."""

import re
import tomllib
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from expat_desk.domain.catalogue import load_catalogue
from expat_desk.domain.resources import resource_path
from expat_desk.domain.workflow import CaseStatus
from expat_desk.reports.errors import NotAWorkloadExport
from expat_desk.reports.figures import CaseRow, DayRow, SummaryRow, Workload
from expat_desk.reports.layout import LANGUAGE_MARK, SUMMARY_COUNTS
from expat_desk.reports.merge import merge_workloads
from expat_desk.reports.reader import read_workload
from expat_desk.reports.weeks import IsoWeek
from expat_desk.reports.words import FILE, WordsError, parse_words
from expat_desk.reports.workbook import write_workload
from expat_desk.reports.workload import export_week

AIGERIM = "Aigerim Sarsenova"
DANIYAR = "Daniyar Abenov"
MADE = datetime(2026, 11, 27, 11, 0)
SHEETS = {
    "en": ["Summary", "Cases", "By day"],
    "ru": ["Сводка", "Дела", "По дням"],
    "kk": ["Жиынтық", "Істер", "Күндер бойынша"],
}
IIN_TITLE = load_catalogue().service("iin").title
# Until the catalogue has Kazakh titles, a Kazakh workbook shows the Russian one.
IIN = {"en": "IIN issuance", "ru": "Получение ИИН", "kk": IIN_TITLE.get("kk") or IIN_TITLE["ru"]}
COMPLETED = {"en": "Completed", "ru": "Завершено", "kk": "Аяқталды"}
ALL_MANAGERS = {"en": "All managers", "ru": "Все менеджеры", "kk": "Барлық менеджерлер"}


def shown(ws: Any, figure: Callable) -> list[tuple]:
    """Every row as a supervisor sees it, formulas worked out."""
    return [
        tuple(figure(ws, cell.coordinate) for cell in row)
        for row in ws.iter_rows()
        if any(cell.value is not None for cell in row)
    ]


def numbers(rows: list[tuple]) -> list[tuple]:
    """Only the figures and dates of rows: what must not change with the language."""
    return [tuple(v for v in row if isinstance(v, int | float | datetime)) for row in rows]


@pytest.fixture(scope="module")
def books(week48: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("languages")
    return {
        lang: export_week(week48.store, "2026-W48", out=folder / f"{lang}.xlsx", language=lang)
        for lang in ("en", "ru", "kk")
    }


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_sheets_headers_statuses_and_services_speak_the_language(
    books: dict[str, Path], week48: Any, lang: str
) -> None:
    wb = openpyxl.load_workbook(books[lang])
    assert wb.sheetnames == SHEETS[lang]
    summary, cases, days = (wb[name] for name in SHEETS[lang])
    header = [c.value for c in summary[5]][:10]
    assert header[:3] == {"ru": ["Менеджер", "Услуга", "Открыто дел"], "kk": [
        "Менеджер", "Қызмет", "Ашылған істер"]}[lang]  # fmt: skip
    assert (
        header[SUMMARY_COUNTS["refused"] - 1]
        == {
            "ru": "Отказано органом",
            "kk": "Орган бас тартқан істер",
        }[lang]
    )
    assert summary["A1"].value.startswith(
        {"ru": "Недельная нагрузка", "kk": "Апталық жүктеме"}[lang]
    )
    assert (AIGERIM, IIN[lang]) in {(r[0].value, r[1].value) for r in summary.iter_rows()}
    assert ALL_MANAGERS[lang] in {r[0].value for r in summary.iter_rows()}
    assert (
        cases["G1"].value
        == {"ru": "Статус на конец недели", "kk": "Апта соңындағы мәртебесі"}[lang]
    )
    c1 = next(r for r in cases.iter_rows(min_row=2) if r[1].value == week48.cases["c1"].number)
    assert (c1[3].value, c1[4].value, c1[6].value) == (
        {"ru": "Франция", "kk": "Франция"}[lang],  # countries.json has no Kazakh names yet
        IIN[lang],
        COMPLETED[lang],
    )
    # Dates stay dates, shown as dates, whatever the words around them.
    assert isinstance(c1[7].value, datetime) and c1[7].number_format == "yyyy-mm-dd"
    assert days["A1"].value == {"ru": "Неделя", "kk": "Апта"}[lang]
    assert days["C2"].value == {"ru": "Пн", "kk": "Дс"}[lang]  # Monday 23 November
    assert isinstance(days["B2"].value, datetime)
    assert days.cell(days.max_row, 1).value == {"ru": "Итого", "kk": "Барлығы"}[lang]
    assert wb.custom_doc_props[LANGUAGE_MARK].value == lang


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_totals_compute_the_same_figures_in_every_language(
    books: dict[str, Path], lang: str, figure: Callable
) -> None:
    english, other = openpyxl.load_workbook(books["en"]), openpyxl.load_workbook(books[lang])
    for sheet, name in zip(SHEETS["en"], SHEETS[lang], strict=True):
        assert numbers(shown(other[name], figure)) == numbers(shown(english[sheet], figure))
    overall = [r for r in other[SHEETS[lang][0]].iter_rows() if r[0].value == ALL_MANAGERS[lang]]
    assert overall[0][2].value == "=SUM(C11,C17)"  # the managers' total rows, as in English


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_formulas_that_name_a_sheet_quote_it(books: dict[str, Path], lang: str) -> None:
    wb = openpyxl.load_workbook(books[lang])
    # The cells' formulas stay within their sheet ...
    formulas = [
        c.value
        for ws in wb
        for row in ws.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("=")
    ]
    assert formulas and not [f for f in formulas if "!" in f]
    # ... and the chart's, the only ones naming a sheet, quote its name.
    with zipfile.ZipFile(books[lang]) as z:
        chart = z.read("xl/charts/chart1.xml").decode()
    refs = re.findall(r"<f>(.*?)</f>", chart)
    assert len(refs) == 6 and all(r.startswith(f"'{SHEETS[lang][0]}'!") for r in refs)


def test_a_manager_named_like_a_formula_stays_text_in_every_language(tmp_path: Path) -> None:
    # The store refuses such a name; a workbook handed in to merge may still bring one.
    attacker = '=HYPERLINK("http://evil.example","x")'
    week = IsoWeek(2026, 48)
    workload = Workload(
        scope=attacker,
        weeks=(week,),
        summary=(SummaryRow(week, attacker, "iin", opened=1, in_progress=1),),
        cases=(
            CaseRow(week, "IIN-1", "=1+1", "FRA", "iin", attacker, CaseStatus.OPEN,
                    week.monday, None, None, None, None, 1),
        ),
        days=tuple(DayRow(day, attacker, 1) for day in week.days()),
    )  # fmt: skip
    source = write_workload(
        workload, tmp_path / "source.xlsx", made_at=MADE, db_path=tmp_path / "desk.db"
    )
    for lang in ("en", "ru", "kk"):
        out = merge_workloads(
            [source], tmp_path / f"{lang}.xlsx", language=lang, db_path=tmp_path / "desk.db"
        )
        wb = openpyxl.load_workbook(out)
        cells = [c for ws in wb for row in ws.iter_rows() for c in row if c.value == attacker]
        # The Summary row and its total, the case, the seven days.
        assert len(cells) == 10 and {c.data_type for c in cells} == {"s"}
        [client] = [c for row in wb[SHEETS[lang][1]].iter_rows() for c in row if c.value == "=1+1"]
        assert client.data_type == "s"
        assert wb.properties.creator == attacker
        assert {r.manager for r in read_workload(out).summary} == {attacker}


# --- merging ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mixed(week48: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("mixed")
    store = week48.store
    return {
        "aigerim-ru": export_week(store, "2026-W48", manager=AIGERIM, out=folder, language="ru"),
        "daniyar-en": export_week(store, "2026-W48", manager=DANIYAR, out=folder, language="en"),
        "daniyar-kk": export_week(
            store, "2026-W48", manager=DANIYAR, out=folder / "d-kk.xlsx", language="kk"
        ),
    }


def test_a_russian_and_an_english_file_merge_into_the_language_asked(
    mixed: dict[str, Path], books: dict[str, Path], tmp_path: Path, figure: Callable
) -> None:
    files = [mixed["aigerim-ru"], mixed["daniyar-en"]]
    out = merge_workloads(
        files, tmp_path / "team.xlsx", language="ru", db_path=tmp_path / "desk.db"
    )
    merged, team = openpyxl.load_workbook(out), openpyxl.load_workbook(books["ru"])
    assert merged.sheetnames == SHEETS["ru"]
    for name in SHEETS["ru"]:
        # All but the title line (which names the merged managers): word for word the team's.
        assert shown(merged[name], figure)[1:] == shown(team[name], figure)[1:]
    assert merged.properties.description.startswith("Объединено из файлов: ")


def test_files_of_different_languages_merge_into_english_unless_told(
    mixed: dict[str, Path], books: dict[str, Path], tmp_path: Path, figure: Callable
) -> None:
    out = merge_workloads(
        [mixed["aigerim-ru"], mixed["daniyar-kk"]],
        tmp_path / "team.xlsx",
        db_path=tmp_path / "desk.db",
    )
    merged, team = openpyxl.load_workbook(out), openpyxl.load_workbook(books["en"])
    assert merged.sheetnames == SHEETS["en"]
    assert shown(merged["Cases"], figure) == shown(team["Cases"], figure)


def test_files_of_one_language_merge_into_it(
    mixed: dict[str, Path], week48: Any, tmp_path: Path
) -> None:
    other = export_week(
        week48.store, "2026-W48", manager=AIGERIM, out=tmp_path / "a-kk.xlsx", language="kk"
    )
    out = merge_workloads(
        [other, mixed["daniyar-kk"]], tmp_path / "team.xlsx", db_path=tmp_path / "desk.db"
    )
    assert openpyxl.load_workbook(out).sheetnames == SHEETS["kk"]


def test_a_file_of_the_new_format_without_its_language_is_refused(
    books: dict[str, Path], tmp_path: Path
) -> None:
    wb = openpyxl.load_workbook(books["ru"])
    wb.custom_doc_props[LANGUAGE_MARK].value = "de"
    wb.save(tmp_path / "de.xlsx")
    with pytest.raises(NotAWorkloadExport, match=r"de.xlsx .*language 'de' is not one of"):
        read_workload(tmp_path / "de.xlsx")
    del wb.custom_doc_props[LANGUAGE_MARK]
    wb.save(tmp_path / "none.xlsx")
    with pytest.raises(NotAWorkloadExport, match="language empty is not one of en, ru, kk"):
        read_workload(tmp_path / "none.xlsx")


def test_a_language_not_offered_is_refused_before_anything_is_written(
    week48: Any, mixed: dict[str, Path], tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="one of en, ru, kk, not 'de'"):
        export_week(week48.store, "2026-W48", out=tmp_path, language="de")
    with pytest.raises(ValueError, match="one of en, ru, kk, not 'de'"):
        merge_workloads(
            [mixed["daniyar-en"]], tmp_path / "x.xlsx", language="de", db_path=tmp_path / "desk.db"
        )
    assert list(tmp_path.iterdir()) == []


# --- the words file ---------------------------------------------------------------------------


def words_data() -> dict[str, Any]:
    with resource_path(*FILE).open("rb") as stream:
        return tomllib.load(stream)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["status"]["refused"].pop("kk"), r"status.refused: give exactly en, ru, kk"),
        (lambda d: d["summary"].pop("overdue"), r"\[summary\] lacks overdue"),
        (lambda d: d["sheet"]["cases"].update(ru="Дела/архив"), "Excel refuses"),
        (lambda d: d["sheet"]["cases"].update(kk="І" * 32), "at most 31 characters"),
        (lambda d: d["sheet"]["cases"].update(en="summary"), "two en sheet names are alike"),
        (lambda d: d["status"]["open"].update(ru="Подано"), r"\[status\]: two ru words"),
        (lambda d: d["text"]["title"].update(kk="Апталық жүктеме"), "same {placeholders}"),
    ],
)
def test_a_mistake_in_the_words_file_is_named_when_it_is_read(
    change: Callable[[dict], Any], message: str
) -> None:
    data = words_data()
    parse_words(data)  # as shipped: sound
    change(data)
    with pytest.raises(WordsError, match=message):
        parse_words(data)
