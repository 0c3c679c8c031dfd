"""Settings are read defensively: a value edited into nonsense never stops the app."""

from datetime import date

import pytest

from expat_desk.domain.centre import CentreDetails
from expat_desk.store import Store
from expat_desk.store.store import CENTRE, DAYS_OFF, TARGETS


@pytest.mark.parametrize(
    ("key", "value"),
    [
        (TARGETS, {"iin": "five", "eds": 0, "nonsense": 3, "police_registration": True}),
        (TARGETS, ["not", "a", "table"]),
        (DAYS_OFF, ["2026-12-31", "someday", 42, None]),
        (DAYS_OFF, "2026-12-31"),
        (CENTRE, {"name": "", "bin": "123"}),
        (CENTRE, "AIFC"),
    ],
)
def test_a_damaged_setting_falls_back_to_what_is_valid(
    store: Store, key: str, value: object
) -> None:
    store.set_setting(key, value)

    targets = store.target_days()
    assert all(isinstance(days, int) and 1 <= days <= 90 for days in targets.values())
    calendar = store.business_calendar()
    if key == DAYS_OFF:
        assert not calendar.is_business_day(date(2026, 12, 31))
    assert isinstance(store.centre_details(), CentreDetails)
    if key == CENTRE:
        assert store.centre_details() == CentreDetails()
