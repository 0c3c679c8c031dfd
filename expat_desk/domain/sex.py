"""Sex as passports record it (ICAO 9303: M, F, or unspecified)."""

from enum import StrEnum


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"
    UNSPECIFIED = "X"
