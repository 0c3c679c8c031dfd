"""The attorneys the centre's powers of attorney name: adding, changing, retiring, listing.

An attorney is never deleted: the documents printed with them keep the values they printed
(documents.generate files them with the document), and a retired attorney is only no longer
offered for a new one.
"""

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from expat_desk.domain.attorney import ATTORNEY_FIELDS, check_attorney
from expat_desk.domain.errors import Message, ValidationError
from expat_desk.store.models import Attorney
from expat_desk.store.session import StoreSession, as_text


class AttorneyRecords(StoreSession):
    def list_attorneys(self, active_only: bool = True) -> list[Attorney]:
        """By name; with ``active_only`` (the default) without the retired ones."""
        stmt = select(Attorney).order_by(Attorney.full_name, Attorney.id)
        if active_only:
            stmt = stmt.where(Attorney.active.is_(True))
        with self._read() as s:
            return list(s.scalars(stmt))

    def get_attorney(self, attorney_id: int) -> Attorney:
        with self._read() as s:
            return self._get(s, Attorney, attorney_id)

    def add_attorney(self, values: Mapping[str, Any]) -> Attorney:
        """Store a new attorney; ValidationError names every refused field."""
        checked = check_attorney(values, self.today())
        now = self.now()
        with self._write() as s:
            self._check_iin_free(s, checked["iin"], None)
            attorney = Attorney(**checked, active=True, created_at=now, updated_at=now)
            s.add(attorney)
            s.flush()
            self._log(s, "attorney", attorney.id, "create", new=attorney.full_name)
        return attorney

    def update_attorney(self, attorney_id: int, changes: Mapping[str, Any]) -> Attorney:
        """Change some fields; the whole record is checked again, each change logged."""
        with self._write() as s:
            attorney = self._get(s, Attorney, attorney_id)
            current = {name: getattr(attorney, name) for name in ATTORNEY_FIELDS}
            checked = check_attorney({**current, **changes}, self.today())
            self._check_iin_free(s, checked["iin"], attorney_id)
            changed = False
            for name, new in checked.items():
                old = current[name]
                if as_text(old) != as_text(new):
                    setattr(attorney, name, new)
                    self._log(s, "attorney", attorney_id, "update", field=name, old=old, new=new)
                    changed = True
            if changed:
                attorney.updated_at = self.now()
        return attorney

    def retire_attorney(self, attorney_id: int) -> Attorney:
        """No longer offered for a new power of attorney; the ones printed keep the name."""
        with self._write() as s:
            attorney = self._get(s, Attorney, attorney_id)
            if attorney.active:
                attorney.active = False
                attorney.updated_at = self.now()
                self._log(s, "attorney", attorney_id, "retire", field="active", old=True, new=False)
        return attorney

    @staticmethod
    def _check_iin_free(s: Session, iin: str | None, own_id: int | None) -> None:
        if not iin:
            return
        other = s.scalar(select(Attorney).where(Attorney.iin == iin, Attorney.id != (own_id or 0)))
        if other:
            raise ValidationError(
                {
                    "iin": Message(
                        "attorney.iin_taken",
                        "already belongs to attorney #{id} {name}",
                        id=other.id,
                        name=other.full_name,
                    )
                }
            )
