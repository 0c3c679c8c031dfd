"""A draft survives the app's end and is read back only if it is one of ours."""

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from expat_desk.store.drafts import Drafts


def test_a_draft_is_kept_privately_and_read_back(db_path: Path) -> None:
    drafts = Drafts(db_path)
    drafts.save(
        "client-form",
        {"client_id": None, "values": {"surname": "Әлиева", "born": date(1990, 5, 2)}},
    )

    again = Drafts(db_path).load("client-form")
    assert again is not None
    assert again.values == {
        "client_id": None,
        "values": {"surname": "Әлиева", "born": "1990-05-02"},
    }
    path = drafts.folder / "client-form.json"
    assert path.stat().st_mode & 0o077 == 0
    assert [d.kind for d in drafts.pending()] == ["client-form"]
    drafts.clear("client-form")
    assert drafts.load("client-form") is None and drafts.pending() == []


def test_only_plain_values_are_kept(db_path: Path) -> None:
    with pytest.raises(ValueError):
        Drafts(db_path).save("case-wizard", {"x": object()})
    with pytest.raises(ValueError):
        Drafts(db_path).save("other", {})


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=512))
def test_a_damaged_draft_file_is_ignored(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    db = tmp_path_factory.mktemp("drafts") / "desk.sqlite3"
    drafts = Drafts(db)
    drafts.save("client-form", {})
    (drafts.folder / "client-form.json").write_bytes(data)
    loaded = drafts.load("client-form")
    assert loaded is None or isinstance(loaded.values, dict)
