"""Reporting periods (month, quarter, semester, year or a custom range) and the days they count.

Text form, as the CLI takes it: ``2025-10`` (a month), ``2025-Q3`` (a quarter), ``2025-S1`` (a semester),
``2025`` (a year). Labels are Indonesian, as they appear on a letter to the regent.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ..errors import DomainError

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_ROMAN = ("I", "II", "III", "IV")
_PATTERN = re.compile(r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{1,2})|[Qq](?P<quarter>[1-4])|[Ss](?P<semester>[12])))?$")


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    SEMESTER = "semester"
    YEAR = "year"
    CUSTOM = "custom"


class DayBasis(StrEnum):
    """Which days the daily minimum applies to."""

    ALL = "all"
    WORKING = "working"  # Monday to Friday


@dataclass(frozen=True)
class Period:
    """The days ``first`` to ``last`` inclusive."""

    kind: PeriodKind
    first: date
    last: date

    @property
    def label(self) -> str:
        """How the period is named in a report, e.g. "Triwulan III 2025"."""
        y = self.first.year
        if self.kind == PeriodKind.MONTH:
            return f"{MONTHS[self.first.month - 1]} {y}"
        if self.kind == PeriodKind.QUARTER:
            return f"Triwulan {_ROMAN[(self.first.month - 1) // 3]} {y}"
        if self.kind == PeriodKind.SEMESTER:
            return f"Semester {_ROMAN[(self.first.month - 1) // 6]} {y}"
        if self.kind == PeriodKind.YEAR:
            return f"Tahun {y}"
        return f"{long_date(self.first)} – {long_date(self.last)}"

    @property
    def code(self) -> str:
        """The text form (``2025-Q3``; ``2025-10-01..2025-10-15`` for a custom range)."""
        y = self.first.year
        return {
            PeriodKind.MONTH: f"{y}-{self.first.month:02d}",
            PeriodKind.QUARTER: f"{y}-Q{(self.first.month - 1) // 3 + 1}",
            PeriodKind.SEMESTER: f"{y}-S{(self.first.month - 1) // 6 + 1}",
            PeriodKind.YEAR: f"{y}",
        }.get(self.kind, f"{self.first.isoformat()}..{self.last.isoformat()}")

    def until(self, today: date) -> Period:
        """This period cut at ``today`` (a running month counts only the days so far)."""
        return Period(self.kind, self.first, min(self.last, max(today, self.first)))

    def days(self, basis: DayBasis = DayBasis.ALL) -> list[date]:
        """The period's days the daily minimum applies to."""
        count = (self.last - self.first).days + 1
        every = [self.first + timedelta(days=n) for n in range(count)]
        return every if basis == DayBasis.ALL else [d for d in every if d.weekday() < 5]


def month(year: int, number: int) -> Period:
    return Period(PeriodKind.MONTH, date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1]))


def quarter(year: int, number: int) -> Period:
    first = date(year, 3 * number - 2, 1)
    return Period(PeriodKind.QUARTER, first, month(year, 3 * number).last)


def semester(year: int, number: int) -> Period:
    return Period(PeriodKind.SEMESTER, date(year, 6 * number - 5, 1), month(year, 6 * number).last)


def year(number: int) -> Period:
    return Period(PeriodKind.YEAR, date(number, 1, 1), date(number, 12, 31))


def custom(first: date, last: date) -> Period:
    """Any range of days; refuses one that ends before it starts."""
    if last < first:
        raise DomainError(
            "Tanggal akhir periode harus sama dengan atau setelah tanggal awal.",
            "The period's last day must be on or after its first day.",
        )
    return Period(PeriodKind.CUSTOM, first, last)


def parse_period(text: str) -> Period:
    """``2025-10``, ``2025-Q3``, ``2025-S1`` or ``2025``."""
    found = _PATTERN.match(text.strip())
    if found is None or (found["month"] and not 1 <= int(found["month"]) <= 12):
        raise DomainError(
            f"Periode '{text}' tidak dikenal; pakai 2025-10, 2025-Q3, 2025-S1 atau 2025.",
            f"Unknown period '{text}'; use 2025-10, 2025-Q3, 2025-S1 or 2025.",
        )
    y = int(found["year"])
    if found["month"]:
        return month(y, int(found["month"]))
    if found["quarter"]:
        return quarter(y, int(found["quarter"]))
    if found["semester"]:
        return semester(y, int(found["semester"]))
    return year(y)


def recent(kind: PeriodKind, today: date, count: int) -> list[Period]:
    """The ``count`` periods of ``kind`` up to the one holding ``today``, newest first."""
    makers = {
        PeriodKind.MONTH: (12, lambda y, n: month(y, n)),
        PeriodKind.QUARTER: (4, lambda y, n: quarter(y, n)),
        PeriodKind.SEMESTER: (2, lambda y, n: semester(y, n)),
    }
    if kind == PeriodKind.YEAR:
        return [year(today.year - n) for n in range(count)]
    per_year, make = makers[kind]
    index = today.year * per_year + (today.month - 1) * per_year // 12
    return [make(i // per_year, i % per_year + 1) for i in range(index, index - count, -1)]


def long_date(day: date) -> str:
    """``1 Oktober 2025``."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
