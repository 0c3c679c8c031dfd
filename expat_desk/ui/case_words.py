"""How the checklist pane words a case: its title, what it still lacks, its history."""

from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from expat_desk.domain.catalogue import load_catalogue
from expat_desk.domain.workflow import DONE_STATES, CaseStatus, ItemState
from expat_desk.store.models import Case, Event
from expat_desk.ui.checklist_model import STATE_TITLES
from expat_desk.ui.dates import full_day_text, moment_text
from expat_desk.ui.titles import document_title, item_title, service_title, status_title

FIELD_TITLES = {
    "state": QT_TRANSLATE_NOOP("ChecklistModel", "state"),
    "state_date": QT_TRANSLATE_NOOP("ChecklistModel", "date"),
    "note": QT_TRANSLATE_NOOP("ChecklistModel", "note"),
    "file": QT_TRANSLATE_NOOP("ChecklistModel", "scan"),
    "status": QT_TRANSLATE_NOOP("ChecklistModel", "status"),
    "submitted_on": QT_TRANSLATE_NOOP("ChecklistModel", "submitted on"),
    "closed_on": QT_TRANSLATE_NOOP("ChecklistModel", "closed on"),
    "outcome": QT_TRANSLATE_NOOP("ChecklistModel", "outcome"),
}

# Called by this name so that pyside6-lupdate finds each string with its context.
translate = QCoreApplication.translate


def _value(field: str | None, value: str | None) -> str:
    """A value of the event log as the pane words it."""
    if value is None:
        return "—"
    if field == "state" and value in set(ItemState):
        return translate("ChecklistModel", STATE_TITLES[ItemState(value)])
    if field == "status" and value in set(CaseStatus):
        return status_title(CaseStatus(value))
    return value


def history_line(event: Event, titles: dict[int, str]) -> str:
    """A line of a case's history: when, who, and what changed, in the window's words."""
    when = moment_text(event.at.replace(tzinfo=UTC).astimezone())
    who = event.manager.name if event.manager is not None else translate("ChecklistPane", "unknown")
    if event.entity == "item":
        subject = titles.get(
            event.entity_id,
            translate("ChecklistPane", "item #%1").replace("%1", str(event.entity_id)),
        )
    elif event.entity == "case":
        subject = translate("ChecklistPane", "case")
    else:
        subject = event.entity
    if event.entity == "document" and event.action == "create":
        what = (
            translate("ChecklistPane", "%1 generated: %2")
            .replace("%1", document_title(event.field or ""))
            .replace("%2", Path(event.new or "").name)
        )
    elif event.action == "create":
        what = (
            translate("ChecklistPane", "%1 opened: %2")
            .replace("%1", subject)
            .replace("%2", event.new or "")
        )
    else:
        what = (
            translate("ChecklistPane", "%1, %2: %3 → %4")
            .replace("%1", subject)
            .replace(
                "%2",
                translate("ChecklistModel", FIELD_TITLES[event.field])
                if event.field in FIELD_TITLES
                else event.field or event.action,
            )
            .replace("%3", _value(event.field, event.old))
            .replace("%4", _value(event.field, event.new))
        )
    return f"{when}  {who}  {what}"


def case_title(case: Case) -> str:
    """Number, service and the rule set it follows, client, status (and a refusal's reason)."""
    rules = load_catalogue(case.checklist_version)
    service = service_title(case.service, rules.version)
    status = CaseStatus(case.status)
    # Which rule set the case follows: a case keeps the one it was opened under.
    version = (
        translate("ChecklistPane", "rules v%1 of %2")
        .replace("%1", str(rules.version))
        .replace("%2", full_day_text(rules.effective_from))
    )
    title = (
        translate("ChecklistPane", "%1 · %2 (%5) · %3 · %4")
        .replace("%1", case.number)
        .replace("%2", service)
        .replace("%3", case.client.full_name)
        .replace("%4", status_title(status))
        .replace("%5", version)
    )
    if status is CaseStatus.REFUSED and case.outcome:
        # The authority's reason, with the case: what to put right before resubmitting.
        title = (
            translate("ChecklistPane", "%1: %2").replace("%1", title).replace("%2", case.outcome)
        )
    return title


def missing_text(case: Case) -> str:
    missing = [
        item_title(i)
        for i in case.items
        if i.required and ItemState(i.state) not in DONE_STATES | {ItemState.NOT_APPLICABLE}
    ]
    return translate("ChecklistPane", "Missing: %1").replace("%1", "; ".join(missing))
