"""Where a workbook's temporaries go while it is written, and how the finished file is put in
place: nothing with a client's name ever lies in the system's temp folder, nor half-written
under the workbook's name.

openpyxl's write-only sheets stream their rows to files it makes with ``tempfile`` in the
system's temp folder (``openpyxl.worksheet._writer.create_temporary_file``), removed only at
exit: a killed export left them there with client names. Patching that module-level function
would race with an export on another thread, so each sheet here is given its own writer on a
file in the desk's scratch folder (``store.scratch``: owner-only, beside the database, deleted
at the end and swept after a crash), through the ``out`` argument openpyxl's writer takes.
"""

import errno
import os
import shutil
import tempfile
from contextlib import suppress
from itertools import count
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.worksheet import _writer as sheet_writer
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter

from expat_desk.store.output_paths import check_output_path, replace_into

_POSIX = os.name == "posix"
_numbers = count(1)


def sheet_in(ws: WriteOnlyWorksheet, folder: Path) -> WriteOnlyWorksheet:
    """``ws`` with its rows streamed to a file in ``folder`` instead of the system's temp
    folder. Called before anything is appended; the writer is still made at the first row,
    as openpyxl does, so the widths and panes set before it are written."""

    def get_writer() -> None:  # openpyxl's WriteOnlyWorksheet._get_writer, with its own file
        if ws._writer is None:
            path = str(folder / f"sheet-{next(_numbers)}.xml")
            # openpyxl forgets the file through this list once the sheet is zipped up.
            sheet_writer.ALL_TEMP_FILES.append(path)
            ws._writer = sheet_writer.WorksheetWriter(ws, out=path)
            ws._writer.write_top()

    ws._get_writer = get_writer  # type: ignore[method-assign]
    return ws


def save_atomically(wb: Workbook, out: Path, folder: Path) -> Path:
    """Zip the workbook up in ``folder`` (the scratch folder), then rename it over ``out``;
    when ``out`` is on another disk, copy it beside ``out`` first and rename that."""
    out = check_output_path(out)
    handle, part = tempfile.mkstemp(prefix="workbook-", suffix=".xlsx", dir=folder)
    os.close(handle)
    # openpyxl's own save, with the quickest deflate: a year's Cases sheet is hundreds of
    # megabytes of markup, and level 6 spent most of the writing time for a few per cent.
    try:
        with ZipFile(part, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=1) as archive:
            ExcelWriter(wb, archive).save()
    except BaseException:
        # A full disk mid-save leaves the sheets' files open: closed, the scratch folder can
        # go with them (Windows deletes no open file).
        for ws in wb.worksheets:
            for stream in (ws._rows, ws._writer):  # the rows' generator, then the file's
                with suppress(Exception):  # half a sheet's markup: nothing to keep of it
                    if stream is not None:
                        stream.close()
        raise
    with open(part, "rb+") as stream:
        os.fsync(stream.fileno())
    try:
        replace_into(part, out)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        _copy_into(Path(part), out)
    return out


def _copy_into(finished: Path, out: Path) -> None:
    handle, part = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".xlsx.part", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as target, finished.open("rb") as source:
            shutil.copyfileobj(source, target, 1024 * 1024)
            target.flush()
            os.fsync(target.fileno())
        if _POSIX:
            os.chmod(part, 0o600)
        replace_into(part, out)
    except BaseException:
        Path(part).unlink(missing_ok=True)
        raise
