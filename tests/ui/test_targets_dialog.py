"""The centre changes a target processing time; cases past it show as overdue."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from expat_desk.domain.deadlines import DEFAULT_TARGET_DAYS
from expat_desk.store import Store
from expat_desk.ui.targets_dialog import TargetsDialog


def test_dialog_shows_the_targets_and_saves_a_change(qtbot, db_path: Path) -> None:
    store = Store.open(db_path)
    dialog = TargetsDialog(store)
    qtbot.addWidget(dialog)
    spin = dialog.findChild(type(dialog.spins["iin"]), "iinTargetSpin")
    assert spin.value() == DEFAULT_TARGET_DAYS["iin"]

    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )

    with Store.open(db_path) as again:
        assert again.target_days()["iin"] == 5
        assert again.target_days()["eds"] == DEFAULT_TARGET_DAYS["eds"]
    store.close()


def test_cancel_changes_nothing(qtbot, db_path: Path) -> None:
    store = Store.open(db_path)
    dialog = TargetsDialog(store)
    qtbot.addWidget(dialog)
    dialog.spins["eds"].setValue(9)
    dialog.reject()
    assert store.target_days()["eds"] == DEFAULT_TARGET_DAYS["eds"]
    store.close()


def test_a_longer_target_takes_a_case_off_the_overdue_list(db_path: Path) -> None:
    today = date(2026, 11, 25)
    with Store.open(db_path, today=lambda: date(2026, 11, 16)) as store:
        client, _ = store.add_client(
            {
                "surname": "Lee",
                "birth_date": "1990-01-01",
                "citizenship": "KOR",
                "passport_number": "M00000001",
            }
        )
        store.open_case(client.id, "iin", {"channel": "egov_portal"})
    with Store.open(db_path, today=lambda: today) as store:
        # Opened Mon 16 Nov: 3 business days end Thu 19 Nov, overdue on the 25th.
        assert [i.urgency.value for i in store.due_items()] == ["overdue"]
        store.set_target_days("iin", 8)  # ends Thu 26 Nov: due this week
        assert [i.urgency.value for i in store.due_items()] == ["this_week"]
