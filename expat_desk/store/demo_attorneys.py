"""The demo's attorneys: the centre's managers (store.demo.MANAGERS), residents with
Kazakhstan ID cards, for the powers of attorney a demo case prints.

Fixed, not drawn: the clients and cases a seed makes stay the same with or without them.
"""

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from expat_desk.domain.attorney import check_attorney
from expat_desk.domain.iin import iin_check_digit
from expat_desk.store.models import Attorney

if TYPE_CHECKING:
    from expat_desk.store.store import Store

# (full name as the ID card writes it, birth date, female, ID card number, issued on)
DEMO_ATTORNEYS = (
    ("Сарсенова Айгерим Болатқызы", date(1991, 4, 17), True, "046512873", date(2021, 8, 3)),
    ("Абенов Данияр Серікұлы", date(1987, 11, 2), False, "039874105", date(2019, 2, 26)),
    ("Каримова Мадина Рустамовна", date(1994, 6, 9), True, "051236947", date(2023, 5, 15)),
)


def demo_attorney_iin(birth: date, female: bool) -> str:
    """A valid IIN for the birth date and sex (the first serial with a check digit)."""
    century = {18: 1, 19: 3, 20: 5}[birth.year // 100] + female
    for serial in range(1, 10000):
        first11 = f"{birth:%y%m%d}{century}{serial:04d}"
        check = iin_check_digit(first11)
        if check is not None:
            return first11 + str(check)
    raise ValueError(birth)  # never: most serials have a check digit


def add_demo_attorneys(store: "Store", s: Session, today: date, now: datetime) -> int:
    """The managers as the attorneys, where the centre has none of its own yet; recorded at
    ``now``, a fixed moment, so the same seed and day give the same rows."""
    if s.scalar(select(func.count(Attorney.id))):
        return 0
    for name, birth, female, number, issued in DEMO_ATTORNEYS:
        values = check_attorney(
            {
                "full_name": name,
                "document_kind": "kz_id_card",
                "document_number": number,
                "document_issued": issued,
                "document_authority": "МВД РК",
                "resident": True,
                "iin": demo_attorney_iin(birth, female),
            },
            today,
        )
        attorney = Attorney(**values, active=True, created_at=now, updated_at=now)
        s.add(attorney)
        s.flush()
        store._log(s, "attorney", attorney.id, "create", new=attorney.full_name, at=now)
    return len(DEMO_ATTORNEYS)
