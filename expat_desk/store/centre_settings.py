"""The centre's settings: its details, calendar corrections, target times, visa-free list."""

import logging
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from expat_desk.domain.calendar import BusinessCalendar
from expat_desk.domain.catalogue import ServiceCode
from expat_desk.domain.centre import CentreDetails, check_centre
from expat_desk.domain.countries import normalize_country_code
from expat_desk.domain.deadlines import DEFAULT_TARGET_DAYS
from expat_desk.domain.errors import Message, ValidationError
from expat_desk.domain.visa_free import VisaFreeList, check_correction, load_visa_free
from expat_desk.store.models import Setting
from expat_desk.store.session import StoreSession

log = logging.getLogger(__name__)

# Settings keys of the centre's calendar corrections and target times.
DAYS_OFF = "calendar.days_off"
WORKING_DAYS = "calendar.working_days"
TARGETS = "targets.business_days"
CENTRE = "centre.details"
DESK_MANAGER = "desk.manager_id"
# The centre's corrections of the published visa-free list: {ISO3: regime, or None to drop}.
VISA_FREE = "visa_free.corrections"

_CENTRE_FIELDS = ("name", "bin", "address")


class CentreSettings(StoreSession):
    def business_calendar(self) -> BusinessCalendar:
        """Kazakhstan's calendar with the centre's own days off and working days on top."""
        return calendar_from(self.get_setting(DAYS_OFF, []), self.get_setting(WORKING_DAYS, []))

    def set_calendar_day(self, day: date, kind: str | None) -> None:
        """Make ``day`` a day off ("day_off"), a working day ("working_day"), or leave it to the
        national calendar again (None)."""
        if kind not in (None, "day_off", "working_day"):
            raise ValidationError(
                {"kind": Message("calendar.day_kind", "must be day_off, working_day or nothing")}
            )
        with self._write() as s:  # read and write in one transaction: no change is lost
            for key, wanted in ((DAYS_OFF, "day_off"), (WORKING_DAYS, "working_day")):
                setting = s.get(Setting, key)
                days = set(_dates(setting.value if setting else [])) - {day}
                if kind == wanted:
                    days.add(day)
                value = sorted(d.isoformat() for d in days)
                if value != (setting.value if setting else []):
                    self._put_setting(s, key, value)

    def target_days(self) -> dict[str, int]:
        """Target processing time of each service in business days (defaults, then settings)."""
        return targets_from(self.get_setting(TARGETS, {}))

    def set_target_days(self, service: str, days: int) -> None:
        try:
            code = ServiceCode(service)
        except ValueError:
            raise ValidationError(
                {
                    "service": Message(
                        "service.unknown_code", "{typed} is not a service", typed=repr(service)
                    )
                }
            ) from None
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 90:
            raise ValidationError(
                {
                    "days": Message(
                        "target.days_range", "must be a whole number of business days, 1 to 90"
                    )
                }
            )
        with self._write() as s:
            setting = s.get(Setting, TARGETS)
            self._put_setting(s, TARGETS, {**(setting.value if setting else {}), code.value: days})

    def centre_details(self) -> CentreDetails:
        stored = self.get_setting(CENTRE)
        if stored is None:
            return CentreDetails()
        try:
            return check_centre(stored if isinstance(stored, dict) else {})
        except ValidationError:
            log.warning("the centre's details setting is not valid; the defaults are used")
            return CentreDetails()

    def set_centre_details(self, values: Mapping[str, Any]) -> CentreDetails:
        details = check_centre(values)
        self.set_setting(CENTRE, {name: getattr(details, name) for name in _CENTRE_FIELDS})
        return details

    def visa_free(self) -> VisaFreeList:
        """The published visa-free list with the centre's corrections on top."""
        stored = self.get_setting(VISA_FREE, {})
        corrections: dict[str, Any] = {}
        for country, value in stored.items() if isinstance(stored, dict) else ():
            try:
                corrections[country] = check_correction(country, value)[1]
            except (ValidationError, AttributeError):
                log.warning("the visa-free correction of %r is not valid; it is ignored", country)
        return load_visa_free().corrected(corrections)

    def set_visa_free_correction(self, country: str, values: Mapping[str, Any] | None) -> None:
        """Correct one country of the published list; ``values`` None goes back to it.

        ``values`` as ``check_correction`` takes them."""
        if values is None:
            code = normalize_country_code(str(country or ""))
            if code is None:
                raise ValidationError(
                    {"country": Message("country.not_code", "is not an ISO 3166 country code")}
                )
            value: dict[str, Any] | None = None
        else:
            code, value = check_correction(country, values)
        with self._write() as s:
            setting = s.get(Setting, VISA_FREE)
            stored = dict(setting.value) if setting and isinstance(setting.value, dict) else {}
            if value is None:
                stored.pop(code, None)
            else:
                stored[code] = value
            self._put_setting(s, VISA_FREE, stored)

    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._read() as s:
            setting = s.get(Setting, key)
        return default if setting is None else setting.value

    def set_setting(self, key: str, value: Any) -> None:
        with self._write() as s:
            self._put_setting(s, key, value)

    def _put_setting(self, s: Session, key: str, value: Any) -> None:
        setting = s.get(Setting, key)
        old = None if setting is None else setting.value
        if setting is None:
            s.add(Setting(key=key, value=value))
        else:
            setting.value = value
        if old != value:
            self._log(s, "setting", 0, "update", field=key, old=old, new=value)


def calendar_from(days_off: Any, working_days: Any) -> BusinessCalendar:
    """The calendar the two stored lists of corrections make."""
    return BusinessCalendar(days_off=_dates(days_off), working_days=_dates(working_days))


def targets_from(stored: Any) -> dict[str, int]:
    """The target times a stored setting makes: the defaults, then its valid values."""
    valid = {
        service: days
        for service, days in (stored.items() if isinstance(stored, dict) else [])
        if service in DEFAULT_TARGET_DAYS
        and isinstance(days, int)
        and not isinstance(days, bool)
        and 1 <= days <= 90
    }
    if stored and valid != stored:
        log.warning("the target times setting holds values out of range; they are ignored")
    return {**DEFAULT_TARGET_DAYS, **valid}


def calendar_days(values: Any) -> list[date]:
    """The days of a stored list of calendar corrections (what is no date left out)."""
    return _dates(values)


def _dates(values: Any) -> list[date]:
    """The ISO dates of a stored list; anything else in it (an edited file) is left out."""
    days = []
    for value in values if isinstance(values, list) else [values]:
        try:
            days.append(date.fromisoformat(value))
        except (TypeError, ValueError):
            log.warning("a calendar setting holds %r, not a date; it is ignored", value)
    return days
