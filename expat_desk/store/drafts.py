"""Drafts: what a manager has typed but not saved, kept on disk so a crash loses nothing.

One JSON file a form (``drafts/<kind>.json`` in the database's files folder, owner-only),
written whole under a temporary name and renamed. A draft is read back defensively: a file
that is not one of ours is ignored, never trusted.
"""

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from expat_desk.store.files import files_root, write_private

KINDS = ("client-form", "case-wizard")
_MAX_BYTES = 256 * 1024


@dataclass(frozen=True)
class Draft:
    kind: str
    saved_at: datetime  # UTC
    # Plain values only: text, numbers, yes/no, ISO dates as text; nested one level at most.
    values: dict[str, Any]


class Drafts:
    def __init__(self, db_path: Path) -> None:
        self.folder = files_root(Path(db_path)) / "drafts"

    def _path(self, kind: str) -> Path:
        if kind not in KINDS:
            raise ValueError(f"{kind!r} is not a kind of draft")
        return self.folder / f"{kind}.json"

    def save(self, kind: str, values: Mapping[str, Any]) -> None:
        path = self._path(kind)
        for folder in (self.folder.parent, self.folder):
            folder.mkdir(mode=0o700, exist_ok=True)
        record = {
            "kind": kind,
            "saved_at": datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds"),
            "values": _plain(values),
        }
        write_private(path, json.dumps(record, ensure_ascii=False).encode("utf-8"))

    def load(self, kind: str) -> Draft | None:
        path = self._path(kind)
        try:
            if path.stat().st_size > _MAX_BYTES:
                return None
            record = json.loads(path.read_text(encoding="utf-8"))
            saved_at = datetime.fromisoformat(record["saved_at"])
            values = record["values"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if record.get("kind") != kind or not isinstance(values, dict):
            return None
        if not all(_is_plain(v, depth=1) for v in values.values()):
            return None
        return Draft(kind, saved_at, values)

    def clear(self, kind: str) -> None:
        self._path(kind).unlink(missing_ok=True)

    def pending(self) -> list[Draft]:
        return [draft for kind in KINDS if (draft := self.load(kind)) is not None]


def _plain(values: Mapping[str, Any]) -> dict[str, Any]:
    def one(value: Any) -> Any:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, Mapping):
            return {str(k): one(v) for k, v in value.items()}
        return value

    plain = {str(k): one(v) for k, v in values.items()}
    if not all(_is_plain(v, depth=1) for v in plain.values()):
        raise ValueError("a draft holds text, numbers, yes/no and dates only")
    return plain


def _is_plain(value: Any, depth: int) -> bool:
    if isinstance(value, dict):
        return depth > 0 and all(
            isinstance(k, str) and _is_plain(v, depth - 1) for k, v in value.items()
        )
    return value is None or isinstance(value, str | int | bool)
