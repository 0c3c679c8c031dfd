"""Each database keeps its files in a folder of its own, and no record reaches out of it."""

from pathlib import Path

from expat_desk.store.files import adopt_old_layout, case_folder, files_root, recorded_path


def test_two_databases_in_one_folder_never_share_a_file(tmp_path: Path) -> None:
    real, demo = tmp_path / "expat-desk.sqlite3", tmp_path / "expat-desk-demo.sqlite3"
    assert case_folder(real, "attachments", 3) != case_folder(demo, "attachments", 3)
    assert case_folder(real, "documents", 3).stat().st_mode & 0o077 == 0


def test_a_file_beside_the_database_is_never_taken_for_a_recorded_one(tmp_path: Path) -> None:
    # Found by the attack: the old layout's fallback reached the user's files beside the db.
    db = tmp_path / "expat-desk.sqlite3"
    beside = tmp_path / "attachments" / "case-1" / "scan.pdf"
    beside.parent.mkdir(parents=True)
    beside.write_bytes(b"%PDF")
    found = recorded_path(db, "attachments/case-1/scan.pdf")
    assert found == files_root(db).absolute() / "attachments" / "case-1" / "scan.pdf"
    assert not found.exists()


def test_a_link_out_of_the_files_folder_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "expat-desk.sqlite3"
    outside = tmp_path / "user-notes.txt"
    outside.write_text("mine")
    folder = case_folder(db, "attachments", 1)
    (folder / "notes.txt").symlink_to(outside)
    (files_root(db) / "documents").symlink_to(tmp_path, target_is_directory=True)
    (folder / "inside.pdf").write_bytes(b"%PDF")
    (folder / "inside-link.pdf").symlink_to(folder / "inside.pdf")
    assert recorded_path(db, "attachments/case-1/notes.txt") is None
    assert recorded_path(db, "documents/user-notes.txt") is None
    assert recorded_path(db, "attachments/case-1/inside-link.pdf") is not None


def test_the_old_layout_moves_in_only_what_records_name_in_their_case_folders(
    tmp_path: Path,
) -> None:
    db = tmp_path / "expat-desk.sqlite3"
    for name in (
        "attachments/case-1/scan.pdf",
        "attachments/case-2/other.pdf",
        "documents/user-notes.txt",
        "documents/case-1/linked.pdf",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / "attachments/case-1/scan.pdf").write_bytes(b"%PDF scan")
    (tmp_path / "attachments/case-2/other.pdf").write_bytes(b"%PDF other")
    (tmp_path / "documents/user-notes.txt").write_text("mine")
    (tmp_path / "documents/case-1/linked.pdf").symlink_to(tmp_path / "documents/user-notes.txt")

    moved = adopt_old_layout(
        db,
        [
            (1, "attachments/case-1/scan.pdf"),
            (1, "attachments/case-2/other.pdf"),  # another case's folder
            (1, "documents/user-notes.txt"),  # in no case folder
            (1, "documents/case-1/linked.pdf"),  # a link
            (1, "attachments/case-1/missing.pdf"),
        ],
    )

    assert moved == 1
    assert (case_folder(db, "attachments", 1) / "scan.pdf").read_bytes() == b"%PDF scan"
    assert not (tmp_path / "attachments/case-1/scan.pdf").exists()
    assert (tmp_path / "attachments/case-2/other.pdf").exists()
    assert (tmp_path / "documents/user-notes.txt").read_text() == "mine"
    assert (tmp_path / "documents/case-1/linked.pdf").is_symlink()


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
