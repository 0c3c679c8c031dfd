"""The centre's details live in the database's settings, checked and logged."""

import pytest

from expat_desk.domain.centre import CentreDetails
from expat_desk.domain.errors import ValidationError
from expat_desk.store import Store

VALID_BIN = "160840012340"


def test_the_store_keeps_the_details_and_logs_the_change(store: Store) -> None:
    assert store.centre_details() == CentreDetails()
    store.set_centre_details({"name": "AIFC Expat Centre", "bin": VALID_BIN, "address": "Astana"})
    assert store.centre_details().bin == VALID_BIN
    with pytest.raises(ValidationError):
        store.set_centre_details({"name": "AIFC Expat Centre", "bin": "160840012341"})
    assert store.centre_details().bin == VALID_BIN
    assert [e.field for e in store.history("setting", 0)] == ["centre.details"]
