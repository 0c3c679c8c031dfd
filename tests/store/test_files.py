"""Each database keeps its files in a folder of its own; older files are still found."""

from pathlib import Path

from expat_desk.store.files import case_folder, files_root, recorded_path


def test_two_databases_in_one_folder_never_share_a_file(tmp_path: Path) -> None:
    real, demo = tmp_path / "expat-desk.sqlite3", tmp_path / "expat-desk-demo.sqlite3"
    assert case_folder(real, "attachments", 3) != case_folder(demo, "attachments", 3)
    assert case_folder(real, "documents", 3).stat().st_mode & 0o077 == 0


def test_a_file_filed_beside_the_database_before_the_files_folder_is_still_found(
    tmp_path: Path,
) -> None:
    db = tmp_path / "expat-desk.sqlite3"
    legacy = tmp_path / "attachments" / "case-1" / "scan.pdf"
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(b"%PDF")
    assert recorded_path(db, "attachments/case-1/scan.pdf") == legacy.absolute()
    current = case_folder(db, "attachments", 1) / "scan.pdf"
    current.write_bytes(b"%PDF-new")
    assert recorded_path(db, "attachments/case-1/scan.pdf") == current.absolute()
    assert files_root(db) in current.parents


def test_a_recorded_path_cannot_lead_out_of_the_files_folder(tmp_path: Path) -> None:
    db = tmp_path / "expat-desk.sqlite3"
    for bad in (
        "../secret.pdf",
        "/etc/passwd",
        "attachments/../../x",
        "other/x.pdf",
        "x.pdf",
        "attachments\\..\\x",
    ):
        assert recorded_path(db, bad) is None, bad
