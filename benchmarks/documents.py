"""Figure 8: a consent and a power of attorney generated, filed and recorded, as pairs a
second, on a copy of the large set (Russian | English side by side, the default).

The app's path is ``documents.generate.generate``: checks, fields filled, laid out, the PDF
written and fsynced beside the database, the record committed. The baseline is bare
ReportLab with the same text (read back from the app's own PDFs of each language) and the
same font, PT Serif 9.5 pt, in two columns on A4, the file written and fsynced and a row
committed to SQLite with synchronous=FULL. Needs pypdf (in the test extras) to read the text.
"""

import hashlib
import io
import os
import sqlite3
import time
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from benchmarks.data import Context, data_day
from benchmarks.report import Figure, Target

PAIRS = 15  # a run: this many consents and as many powers of attorney
KINDS = ("consent", "power-of-attorney")
CLIENT = {
    "surname": "Benchmark",
    "given_names": "Pair",
    "surname_cyr": "Бенчмарк",
    "given_names_cyr": "Пара",
    "birth_date": date(1985, 3, 14),
    "sex": "M",
    "citizenship": "GBR",
    "passport_number": "QB7654321",
    "passport_issued": date(2021, 3, 9),
    "passport_authority": "HM Passport Office",
    "address": "Kunayev St 19, Astana",
}
ATTORNEY = {
    "full_name": "Bench Attorney",
    "document_kind": "kz_id_card",
    "document_number": "043299999",
    "document_issued": date(2020, 5, 1),
    "document_authority": "МВД РК",
    "resident": False,
}


def pdf_text(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(pdf)).pages
    return [line for page in pages for line in page.extract_text().splitlines() if line.strip()]


class BareDocuments:
    """The same words in two columns, bare ReportLab, filed as plainly as it gets."""

    def __init__(self, folder: Path, texts: dict[str, tuple[list[str], list[str]]]) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        from expat_desk.domain.resources import resource_path

        pdfmetrics.registerFont(TTFont("Bare", str(resource_path("fonts", "PTSerif-Regular.ttf"))))
        self.folder = folder
        folder.mkdir(exist_ok=True)
        self.texts = texts
        self.db = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = FULL")
        self.db.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, path TEXT, sha256 TEXT)")
        self.made = 0

    def render(self, left: list[str], right: list[str]) -> bytes:
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

        style = ParagraphStyle("body", fontName="Bare", fontSize=9.5, leading=12.4)
        chunks = [
            (left[i : i + 4], right[i : i + 4]) for i in range(0, max(len(left), len(right)), 4)
        ]
        rows = [
            [Paragraph(escape(" ".join(a)), style), Paragraph(escape(" ".join(b)), style)]
            for a, b in chunks
        ]
        width = A4[0] - 43 * mm
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4, initialFontName="Bare").build(
            [Table(rows, colWidths=[width / 2, width / 2])]
        )
        return buffer.getvalue()

    def file(self, kind: str) -> None:
        pdf = self.render(*self.texts[kind])
        self.made += 1
        path = self.folder / f"{kind}-{self.made}.pdf"
        with open(path, "wb") as out:
            out.write(pdf)
            out.flush()
            os.fsync(out.fileno())
        self.db.execute("BEGIN IMMEDIATE")
        self.db.execute(
            "INSERT INTO documents (path, sha256) VALUES (?, ?)",
            (path.name, hashlib.sha256(pdf).hexdigest()),
        )
        self.db.execute("COMMIT")


def run(ctx: Context) -> list[Figure]:
    from expat_desk.documents.generate import generate, prepare, render
    from expat_desk.store import Store

    db = ctx.copy(ctx.large)
    day = data_day(db)
    store = Store.open(db, today=lambda: day)
    client, _ = store.add_client(CLIENT)
    case = store.open_case(client.id, "iin", {"representative": True})
    inputs = {
        "consent": None,
        "power-of-attorney": {"attorney_id": store.add_attorney(ATTORNEY).id},
    }
    texts = {
        kind: tuple(
            pdf_text(render(prepare(store, case.id, kind, lang, inputs[kind])))
            for lang in ("ru", "en")
        )
        for kind in KINDS
    }
    bare = BareDocuments(ctx.work / "bare", texts)  # type: ignore[arg-type]

    def app_pairs() -> None:
        for _ in range(PAIRS):
            for kind in KINDS:
                generate(store, case.id, kind, "ru,en", inputs[kind])

    def bare_pairs() -> None:
        for _ in range(PAIRS):
            for kind in KINDS:
                bare.file(kind)

    rates: dict[str, list[float]] = {"app": [], "bare": []}
    for kind in KINDS:  # untimed: fonts loaded, templates read, caches warm
        generate(store, case.id, kind, "ru,en", inputs[kind])
        bare.file(kind)
    for n in range(ctx.runs):
        for name in ("app", "bare") if n % 2 == 0 else ("bare", "app"):
            start = time.perf_counter()
            (app_pairs if name == "app" else bare_pairs)()
            rates[name].append(PAIRS / (time.perf_counter() - start))
    store.close()
    return [
        Figure(
            "documents.pairs",
            "8 consent + power of attorney, filed",
            "/s",
            rates["app"],
            rates["bare"],
            Target(limit=25, op=">="),
            note=f"pairs a second, {PAIRS} pairs a run (ru | en); baseline: bare ReportLab "
            "two columns, same text and font, fsynced and committed",
        )
    ]
