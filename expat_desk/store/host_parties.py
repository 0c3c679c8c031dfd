"""The host parties: the companies, hotels and landlords who receive the centre's clients."""

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from expat_desk.domain.catalogue import ServiceCode
from expat_desk.domain.errors import Message, RuleViolation, ValidationError
from expat_desk.domain.host_party import HOST_FIELDS, HostKind, check_host_party
from expat_desk.domain.host_party import HostParty as HostFacts
from expat_desk.domain.search import fold
from expat_desk.store.models import Case, HostParty
from expat_desk.store.session import StoreSession


class HostPartyRecords(StoreSession):
    def list_host_parties(self, search: str | None = None) -> list[HostParty]:
        """Every host party by name; ``search`` finds a part of the name or the BIN/IIN."""
        with self._read() as s:
            hosts = list(s.scalars(select(HostParty).order_by(func.lower(HostParty.name))))
        if search and (term := fold(" ".join(search.split()))):
            digits = "".join(search.split())
            hosts = [
                h
                for h in hosts
                if term in fold(h.name) or (digits.isdigit() and digits in (h.id_number or ""))
            ]
        return hosts

    def get_host_party(self, host_id: int) -> HostParty:
        with self._read() as s:
            return self._get(s, HostParty, host_id)

    def add_host_party(self, values: Mapping[str, Any]) -> HostParty:
        checked = check_host_party(values, today=self.today())
        now = self.now()
        with self._write() as s:
            self._check_number(s, checked.id_number, None)
            host = HostParty(**_columns(checked), created_at=now, updated_at=now)
            s.add(host)
            s.flush()
            self._log(s, "host_party", host.id, "create", new=host.name)
        return host

    def update_host_party(self, host_id: int, changes: Mapping[str, Any]) -> HostParty:
        """Change a host's fields; each change goes to the event log. Letters already printed
        keep what they printed (documents are stored as made)."""
        with self._write() as s:
            host = self._get(s, HostParty, host_id)
            current = {name: getattr(host, name) for name in HOST_FIELDS}
            checked = check_host_party({**current, **changes}, today=self.today())
            self._check_number(s, checked.id_number, host_id)
            changed = False
            for name, new in _columns(checked).items():
                if current[name] != new:
                    self._log(
                        s, "host_party", host_id, "update", field=name, old=current[name], new=new
                    )
                    setattr(host, name, new)
                    changed = True
            if changed:
                host.updated_at = self.now()
        return host

    def remove_host_party(self, host_id: int) -> None:
        """Delete a host no case names (a typo, a duplicate); one named by a case stays."""
        with self._write() as s:
            host = self._get(s, HostParty, host_id)
            used = self._cases_of_host(s, host_id)
            if used:
                raise RuleViolation(
                    Message(
                        "host.in_use",
                        "{name} is the host party of {cases} case(s) and cannot be removed",
                        name=host.name,
                        cases=used,
                    )
                )
            self._log(s, "host_party", host_id, "delete", old=host.name)
            s.delete(host)

    def host_party_case_count(self, host_id: int) -> int:
        with self._read() as s:
            return self._cases_of_host(s, host_id)

    def host_facts(self, host_id: int) -> HostFacts | None:
        """The host as the documents read it, or None if the record is gone."""
        with self._read() as s:
            host = s.get(HostParty, host_id)
            return None if host is None else host_facts(host)

    @staticmethod
    def _cases_of_host(s: Session, host_id: int) -> int:
        # Only migration notifications name a host; JSON paths work in SQLite and PostgreSQL.
        return (
            s.scalar(
                select(func.count())
                .select_from(Case)
                .where(
                    Case.service == ServiceCode.MIGRATION_NOTIFICATION.value,
                    Case.answers["host_party"].as_integer() == host_id,
                )
            )
            or 0
        )

    @staticmethod
    def _check_number(s: Session, number: str | None, own_id: int | None) -> None:
        if not number:
            return
        other = s.scalar(
            select(HostParty).where(HostParty.id_number == number, HostParty.id != (own_id or 0))
        )
        if other:
            raise ValidationError(
                {
                    "id_number": Message(
                        "host.number_taken",
                        "already belongs to host party {name}",
                        name=other.name,
                    )
                }
            )


def host_facts(host: HostParty) -> HostFacts:
    """A stored host as the rules read it (what a letter still needs, what it prints)."""
    return HostFacts(
        kind=HostKind(host.kind) if host.kind else None,
        **{name: getattr(host, name) for name in HOST_FIELDS if name != "kind"},
    )


def _columns(checked: HostFacts) -> dict[str, Any]:
    values = {name: getattr(checked, name) for name in HOST_FIELDS}
    values["kind"] = checked.kind.value if checked.kind else None
    return values
