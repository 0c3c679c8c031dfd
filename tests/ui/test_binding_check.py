"""The start-up check for a Python and Qt for Python pair that loses references to None."""

import logging
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from expat_desk.ui import binding_check
from expat_desk.ui.binding_check import LostReference, lost_references, warn_if_defective


def test_the_bindings_this_suite_runs_on_lose_nothing() -> None:
    """The supported pair (Python 3.12+, or a Qt for Python without the defect) passes."""
    assert lost_references() == []


def test_a_probe_on_the_real_bindings_costs_the_process_no_reference(qapp) -> None:
    before = sys.getrefcount(None), sys.getrefcount(True)
    lost_references()
    assert (sys.getrefcount(None), sys.getrefcount(True)) == before


class LosingCounts:
    """A refcount that behaves as on Python 3.11 with Qt for Python 6.12.0: mortal objects
    whose count falls by one for every probe call made between two readings."""

    def __init__(self, losing: set[str]) -> None:
        self.losing = losing
        self.readings: dict[str, Iterator[int]] = {}

    def __call__(self, obj: object) -> int:
        name = repr(obj)
        if name not in self.readings:
            lost = binding_check.PROBE_CALLS if name in self.losing else 0
            # immortal(): alone, then with 100 more held; the probe: before, after.
            self.readings[name] = iter([5000, 5100, 5000, 5000 - lost])
        return next(self.readings[name])


@pytest.mark.parametrize(
    ("losing", "expected"),
    [
        ({"None", "True"}, ["None", "True"]),
        ({"None"}, ["None"]),
        (set(), []),
    ],
)
def test_lost_references_are_found_by_watching_the_counts(
    qapp, monkeypatch: pytest.MonkeyPatch, losing: set[str], expected: list[str]
) -> None:
    given_back: list[tuple[object, int]] = []
    monkeypatch.setattr(binding_check, "_give_back", lambda o, n: given_back.append((o, n)))

    found = lost_references(refcount=LosingCounts(losing))

    assert [f.what for f in found] == expected
    assert all(f.per_call == 1.0 for f in found)
    # What the probe's own calls took is given back.
    assert [(repr(o), n) for o, n in given_back] == [
        (w, binding_check.PROBE_CALLS) for w in expected
    ]


def test_immortal_objects_are_not_probed(qapp) -> None:
    constant = lambda obj: 2**32 - 1  # noqa: E731 - Python 3.12's count of an immortal object
    assert lost_references(refcount=constant) == []


def test_a_defective_pair_is_told_in_the_window_and_the_log(
    qtbot, caplog: pytest.LogCaptureFixture
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    found = [LostReference("None", "a void method called from Python", 1.0)]

    with caplog.at_level(logging.ERROR, logger=binding_check.__name__):
        box = warn_if_defective(parent, found)

    assert isinstance(box, QMessageBox) and box.objectName() == "bindingDefectMessage"
    qtbot.waitUntil(box.isVisible)
    python = sys.version.split()[0]
    assert f"Python {python}" in box.text() and "close by itself" in box.text()
    assert "3.12 or newer" in box.informativeText()
    [record] = caplog.records
    assert "loses a reference to None" in record.getMessage()
    assert "use Python 3.12 or newer" in record.getMessage()
    box.close()


def test_a_sound_pair_says_nothing(qtbot, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        assert warn_if_defective(None, []) is None
    assert caplog.records == []
