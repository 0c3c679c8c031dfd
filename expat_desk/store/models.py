"""The tables of the local database, as SQLAlchemy 2 typed models."""

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from expat_desk.domain.attorney import DOCUMENT_KINDS
from expat_desk.domain.catalogue import ServiceCode
from expat_desk.domain.host_party import HostKind
from expat_desk.domain.stay_records import EntryBasis
from expat_desk.domain.stays import StayPurpose
from expat_desk.domain.workflow import CaseStatus, ItemState

# Named constraints keep Alembic's batch migrations on SQLite predictable.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# An erased client's or case's id is never given to another (migration 0004).
NEVER_REUSED = {"sqlite_autoincrement": True}


def _values(enum: type) -> str:
    return ", ".join(f"'{member.value}'" for member in enum)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Manager(Base):
    __tablename__ = "managers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    email: Mapped[str | None] = mapped_column(String(254))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Client(Base):
    __tablename__ = "clients"
    __table_args__ = (UniqueConstraint("citizenship", "passport_number"), NEVER_REUSED)

    id: Mapped[int] = mapped_column(primary_key=True)
    surname: Mapped[str] = mapped_column(String(100))
    given_names: Mapped[str | None] = mapped_column(String(100))
    surname_cyr: Mapped[str | None] = mapped_column(String(100))
    given_names_cyr: Mapped[str | None] = mapped_column(String(100))
    patronymic: Mapped[str | None] = mapped_column(String(100))
    # The register sorts by these: an index each, so a deep page is a walk, not a sort.
    birth_date: Mapped[date] = mapped_column(Date, index=True)
    sex: Mapped[str] = mapped_column(String(1), default="X")
    citizenship: Mapped[str] = mapped_column(String(3))
    passport_number: Mapped[str] = mapped_column(String(20), index=True)
    passport_issued: Mapped[date | None] = mapped_column(Date)
    passport_authority: Mapped[str | None] = mapped_column(String(200))
    passport_expiry: Mapped[date | None] = mapped_column(Date)
    iin: Mapped[str | None] = mapped_column(String(12), unique=True)
    phone: Mapped[str | None] = mapped_column(String(20), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    employer: Mapped[str | None] = mapped_column(String(200), index=True)
    address: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("managers.id"), index=True)
    # Folded copy of the searchable fields (see domain.search): SQLite folds only ASCII.
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Keys that sort names as a dictionary does (domain.search.sort_key): "SMITH" beside
    # "Smith", Çelik among the Cs, Қ after К.
    sort_name: Mapped[str] = mapped_column(String(210), index=True)
    sort_name_cyr: Mapped[str | None] = mapped_column(String(210), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    manager: Mapped[Manager | None] = relationship(lazy="joined")
    cases: Mapped[list["Case"]] = relationship(
        back_populates="client", order_by="Case.id", lazy="raise"
    )

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_names) if p)

    @property
    def full_name_cyr(self) -> str:
        return " ".join(p for p in (self.surname_cyr, self.given_names_cyr) if p)


class HostParty(Base):
    """Who receives a foreigner and notifies the police: a company, a hotel, a landlord."""

    __tablename__ = "host_parties"
    __table_args__ = (
        # NULL: kept from a typed name before hosts were records; the manager says which.
        CheckConstraint(f"kind IS NULL OR kind IN ({_values(HostKind)})", name="kind"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str | None] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200), index=True)
    # BIN or IIN; two records of one entity would split its cases between them.
    id_number: Mapped[str | None] = mapped_column(String(12), unique=True)
    address: Mapped[str | None] = mapped_column(String(300))
    phone: Mapped[str | None] = mapped_column(String(20))
    signatory: Mapped[str | None] = mapped_column(String(150))
    position: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        CheckConstraint(f"service IN ({_values(ServiceCode)})", name="service"),
        CheckConstraint(f"status IN ({_values(CaseStatus)})", name="status"),
        Index(None, "status", "service"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    service: Mapped[str] = mapped_column(String(30))
    checklist_version: Mapped[int] = mapped_column(Integer)
    channel: Mapped[str | None] = mapped_column(String(40))
    representative: Mapped[bool] = mapped_column(Boolean, default=False)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("managers.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), default=CaseStatus.OPEN.value)
    opened_on: Mapped[date] = mapped_column(Date, index=True)
    submitted_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    arrival_date: Mapped[date | None] = mapped_column(Date)
    # Every answer of the wizard (host party, purpose, place of loss ...), ISO dates as text.
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    outcome: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    client: Mapped[Client] = relationship(back_populates="cases", lazy="joined")
    manager: Mapped[Manager | None] = relationship(lazy="joined")
    items: Mapped[list["ChecklistItem"]] = relationship(
        back_populates="case", order_by="ChecklistItem.position", lazy="selectin"
    )


class ChecklistItem(Base):
    __tablename__ = "checklist_items"
    __table_args__ = (
        CheckConstraint(f"state IN ({_values(ItemState)})", name="state"),
        UniqueConstraint("case_id", "code"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(60))
    # Titles are copied from the catalogue so an old case reads as it was opened.
    title_en: Mapped[str] = mapped_column(String(300))
    title_ru: Mapped[str] = mapped_column(String(300))
    # NULL only for a version this app does not ship (migration 0010 fills the rest).
    title_kk: Mapped[str | None] = mapped_column(String(300))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    state: Mapped[str] = mapped_column(String(20), default=ItemState.MISSING.value)
    state_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    file_path: Mapped[str | None] = mapped_column(String(500))
    file_sha256: Mapped[str | None] = mapped_column(String(64))

    case: Mapped[Case] = relationship(back_populates="items")


class Event(Base):
    """The append-only history of every change; triggers refuse UPDATE (but an erasure's) and
    DELETE, and each event is chained to the one before by its hash."""

    __tablename__ = "events"
    __table_args__ = (Index(None, "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("managers.id"))
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(Integer)
    # The case a change belongs to, so a case's history is one indexed query.
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(20))
    field: Mapped[str | None] = mapped_column(String(60))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    # The hash chain (store/event_chain.py, migration 0013): the values' digests, salted with
    # the event's own random salt, which an erasure blanks; and the chain's hash.
    salt: Mapped[str | None] = mapped_column(String(32))
    old_digest: Mapped[str | None] = mapped_column(String(64))
    new_digest: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))

    manager: Mapped[Manager | None] = relationship(lazy="joined")


class Setting(Base):
    """The centre's own settings (BIN, target times, calendar overrides): one JSON value a key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Attorney(Base):
    """A person a power of attorney names; retired rather than deleted, since the documents
    printed with them keep their values (Document.inputs)."""

    __tablename__ = "attorneys"
    __table_args__ = (
        CheckConstraint(
            f"document_kind IN ({', '.join(repr(k) for k in DOCUMENT_KINDS)})",
            name="document_kind",
        ),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    document_kind: Mapped[str] = mapped_column(String(30))
    document_number: Mapped[str] = mapped_column(String(20))
    document_issued: Mapped[date] = mapped_column(Date)
    document_authority: Mapped[str] = mapped_column(String(200))
    resident: Mapped[bool] = mapped_column(Boolean, default=False)
    iin: Mapped[str | None] = mapped_column(String(12), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Document(Base):
    """A generated PDF (consent, power of attorney, letter), kept as it was printed."""

    __tablename__ = "documents"
    __table_args__ = NEVER_REUSED

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    # Language codes in column order, "ru,en".
    languages: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("managers.id"))
    # Relative to the database's files folder (store.files), so the two move together.
    path: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    # What the manager chose for it (the term ..., and the attorney's values as printed, so a
    # later edit of the attorney's record does not rewrite the history), to read it back.
    inputs: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    manager: Mapped[Manager | None] = relationship(lazy="joined")


class ClientStay(Base):
    """One entry of a foreigner into Kazakhstan and the exit after it (domain.stay_records)."""

    __tablename__ = "client_stays"
    __table_args__ = (
        CheckConstraint(f"basis IN ({_values(EntryBasis)})", name="basis"),
        CheckConstraint(f"purpose IN ({_values(StayPurpose)})", name="purpose"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    arrival: Mapped[date] = mapped_column(Date)
    departure: Mapped[date | None] = mapped_column(Date)  # None while still in the country
    basis: Mapped[str] = mapped_column(String(20))
    visa_number: Mapped[str | None] = mapped_column(String(20))
    basis_until: Mapped[date | None] = mapped_column(Date)  # the visa's or permit's last day
    purpose: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class CaseDeadline(Base):
    """A case's deadline as a stored fact (migration 0011), kept by store.deadline_records in
    the transaction of every change that moves it, so the Due list and its counts page through
    an index instead of working every case out. Dates only: how urgent it is depends on the
    day and is decided when it is read."""

    __tablename__ = "case_deadlines"
    __table_args__ = (
        Index(None, "due", "number", "id"),  # the Due list's order
        Index(None, "client_id", "due"),  # the register's "has overdue items"
        Index(None, "listed_from", "due", "listed_until"),  # the status bar's counts
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    number: Mapped[str] = mapped_column(String(20))
    service: Mapped[str] = mapped_column(String(30))
    kind: Mapped[str] = mapped_column(String(40))
    due: Mapped[date] = mapped_column(Date)
    # A watched lapse is listed from this day (None: a case's own deadline, listed in the week
    # it falls due or once past) until ``listed_until`` (None: for as long as it stands).
    listed_from: Mapped[date | None] = mapped_column(Date)
    listed_until: Mapped[date | None] = mapped_column(Date)
