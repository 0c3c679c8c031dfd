"""A workbook's temporaries (issue 15, item 6): openpyxl streamed the rows of a write-only
sheet, client names and all, to files in the system's temp folder, left there when the export
was killed. They now live in the desk's scratch folder beside the database, which the next
start sweeps; a failed write leaves nothing, neither there nor beside the workbook.
"""

import errno
import os
import subprocess
import sys
import threading
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from expat_desk.domain.workflow import CaseStatus
from expat_desk.reports.figures import CaseRow, Workload
from expat_desk.reports.weeks import IsoWeek
from expat_desk.reports.workbook import write_workload
from expat_desk.store.scratch import scratch_root, sweep

MADE = datetime(2026, 11, 27, 11, 0)
WEEK = IsoWeek(2026, 48)
NAME = "Sentinelova Aliya"


def _workload(name: str = NAME, rows: int = 50) -> Workload:
    cases = tuple(
        CaseRow(WEEK, f"IIN-{n}", f"{name} {n}", "FRA", "iin", "Aigerim Sarsenova",
                CaseStatus.OPEN, date(2026, 11, 23), None, None, None, None, 1)
        for n in range(rows)
    )  # fmt: skip
    return Workload(scope="All managers", weeks=(WEEK,), cases=cases)


def _holding(folder: Path, text: str) -> list[Path]:
    return [
        p
        for p in folder.rglob("*")
        if p.is_file() and text.encode() in p.read_bytes()  # the markup is not compressed
    ]


_KILLED = """
import os, sys
from datetime import datetime
from pathlib import Path
import expat_desk.reports.saving as saving

class Killed:  # the process dies as the workbook is zipped up: every sheet is on disk
    def __init__(self, *args): pass
    def save(self): os._exit(9)

saving.ExcelWriter = Killed
sys.path.insert(0, sys.argv[3])
from test_export_temporaries import _workload
from expat_desk.reports.workbook import write_workload

write_workload(_workload(), Path(sys.argv[1]), made_at=datetime(2026, 11, 27),
               db_path=Path(sys.argv[2]))
"""


def test_a_killed_export_leaves_no_client_name_in_the_system_temp_folder(
    tmp_path: Path,
) -> None:
    system_temp, out_folder = tmp_path / "system-temp", tmp_path / "out"
    system_temp.mkdir()
    out_folder.mkdir()
    db = tmp_path / "desk.sqlite3"
    env = {**os.environ, "TMPDIR": str(system_temp), "TEMP": str(system_temp)}
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            _KILLED,
            str(out_folder / "w.xlsx"),
            str(db),
            str(Path(__file__).parent),
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert child.returncode == 9, child.stderr
    assert _holding(system_temp, NAME) == []
    assert list(out_folder.iterdir()) == []  # no part file beside the workbook either
    # The rows were in the scratch folder, which the next start sweeps away.
    assert _holding(scratch_root(db), NAME)
    assert sweep(db) == 1
    assert _holding(scratch_root(db), NAME) == []


def test_a_full_disk_leaves_no_workbook_and_no_temporaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import expat_desk.reports.saving as saving

    real = saving.ExcelWriter

    class FullDisk(real):  # type: ignore[misc, valid-type]
        def save(self) -> None:
            super().save()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(saving, "ExcelWriter", FullDisk)
    db, out = tmp_path / "desk.sqlite3", tmp_path / "w.xlsx"
    out.write_bytes(b"last week's workbook")
    with pytest.raises(OSError) as error:
        write_workload(_workload(), out, made_at=MADE, db_path=db)
    assert error.value.errno == errno.ENOSPC
    assert out.read_bytes() == b"last week's workbook"  # the old file, whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["desk.sqlite3-tmp", "w.xlsx"]
    assert list(scratch_root(db).iterdir()) == []


def test_exports_on_two_threads_keep_their_own_rows(tmp_path: Path) -> None:
    # The window exports while another export may run: no module-wide setting is shared.
    made: dict[str, Path] = {}

    def export(name: str) -> None:
        made[name] = write_workload(
            _workload(name, rows=2000),
            tmp_path / f"{name}.xlsx",
            made_at=MADE,
            db_path=tmp_path / f"{name}.sqlite3",
        )

    threads = [threading.Thread(target=export, args=(n,)) for n in ("Alpha", "Beta")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for name, path in made.items():
        clients = {
            r[2]
            for r in openpyxl.load_workbook(path)["Cases"].iter_rows(min_row=2, values_only=True)
        }
        assert len(clients) == 2000 and all(c.startswith(f"{name} ") for c in clients)
        assert list(scratch_root(tmp_path / f"{name}.sqlite3").iterdir()) == []
