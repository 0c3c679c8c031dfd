"""Why a day is no business day, in the window's language.

The calendar (domain.calendar) names a holiday as the ``holidays`` package does in English,
which has no Russian; each name is marked for translation here, with the package's suffixes
("(observed)", "(estimated)") and its transferred days off ("substituted from 2025-01-05").
"""

import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from expat_desk.ui.dates import full_day_text

_CONTEXT = "Holidays"
# The names holidays.KZ gives (Labour Code Art. 84-85); a test keeps the list complete.
NAMES = {
    name: name
    for name in (
        QT_TRANSLATE_NOOP("Holidays", "New Year's Day"),
        QT_TRANSLATE_NOOP("Holidays", "Orthodox Christmas"),
        QT_TRANSLATE_NOOP("Holidays", "International Women's Day"),
        QT_TRANSLATE_NOOP("Holidays", "Nowruz Holiday"),
        QT_TRANSLATE_NOOP("Holidays", "Kazakhstan's People Solidarity Holiday"),
        QT_TRANSLATE_NOOP("Holidays", "Defender of the Fatherland Day"),
        QT_TRANSLATE_NOOP("Holidays", "Victory Day"),
        QT_TRANSLATE_NOOP("Holidays", "Capital Day"),
        QT_TRANSLATE_NOOP("Holidays", "Constitution Day"),
        QT_TRANSLATE_NOOP("Holidays", "Republic Day"),
        QT_TRANSLATE_NOOP("Holidays", "First President Day"),
        QT_TRANSLATE_NOOP("Holidays", "Independence Day"),
        QT_TRANSLATE_NOOP("Holidays", "Eid al-Adha"),
    )
}
REASONS = {
    "weekend": QT_TRANSLATE_NOOP("Holidays", "weekend"),
    "day off set by the centre": QT_TRANSLATE_NOOP("Holidays", "day off set by the centre"),
}
SUFFIXES = {
    " (observed)": QT_TRANSLATE_NOOP("Holidays", "%1 (observed)"),
    " (estimated)": QT_TRANSLATE_NOOP("Holidays", "%1 (estimated)"),
}
_SUBSTITUTED = re.compile(r"Day off \(substituted from (\d{4}-\d\d-\d\d)\)")
_SUBSTITUTED_TEXT = QT_TRANSLATE_NOOP("Holidays", "Day off (substituted from %1)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _one(name: str) -> str:
    moved = _SUBSTITUTED.fullmatch(name)
    if moved:
        try:
            day = full_day_text(date.fromisoformat(moved[1]))
        except ValueError:  # not a day: said as the package wrote it
            day = moved[1]
        return _tr(_SUBSTITUTED_TEXT).replace("%1", day)
    for suffix, template in SUFFIXES.items():
        if name.endswith(suffix):
            return _tr(template).replace("%1", _one(name.removesuffix(suffix)))
    if name in NAMES:
        return _tr(NAMES[name])
    return name  # a name the package added since: shown as it gives it


def reason_text(reason: str) -> str:
    """A reason of BusinessCalendar.why_not_working in the window's words; a day with two
    holidays has both, as the package joins them."""
    if reason in REASONS:
        return _tr(REASONS[reason])
    return "; ".join(_one(part) for part in reason.split("; "))
