"""Reporting periods: the text forms the CLI takes, their days, labels and the recent-periods lists."""

from __future__ import annotations

from datetime import date

import pytest

from opdstudio.core.errors import DomainError
from opdstudio.core.reporting.periods import DayBasis, PeriodKind, custom, parse_period, recent


@pytest.mark.parametrize(
    ("text", "first", "last", "label"),
    [
        ("2025-10", date(2025, 10, 1), date(2025, 10, 31), "Oktober 2025"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "Februari 2024"),
        ("2025-Q3", date(2025, 7, 1), date(2025, 9, 30), "Triwulan III 2025"),
        ("2025-q1", date(2025, 1, 1), date(2025, 3, 31), "Triwulan I 2025"),
        ("2025-S1", date(2025, 1, 1), date(2025, 6, 30), "Semester I 2025"),
        ("2025-S2", date(2025, 7, 1), date(2025, 12, 31), "Semester II 2025"),
        ("2025", date(2025, 1, 1), date(2025, 12, 31), "Tahun 2025"),
    ],
)
def test_text_forms(text: str, first: date, last: date, label: str) -> None:
    period = parse_period(text)
    assert (period.first, period.last, period.label) == (first, last, label)
    assert parse_period(period.code) == period


@pytest.mark.parametrize("text", ["2025-13", "2025-Q5", "2025-S3", "25-10", "Oktober", ""])
def test_unknown_forms_are_refused_with_the_syntax(text: str) -> None:
    with pytest.raises(DomainError, match="2025-Q3"):
        parse_period(text)


def test_days_all_or_working_and_a_running_period_stops_today() -> None:
    week = custom(date(2025, 11, 3), date(2025, 11, 9))
    assert len(week.days()) == 7 and len(week.days(DayBasis.WORKING)) == 5
    assert week.label == "3 November 2025 – 9 November 2025" and week.kind == PeriodKind.CUSTOM
    october = parse_period("2025-10").until(date(2025, 10, 15))
    assert (october.first, october.last, october.label) == (date(2025, 10, 1), date(2025, 10, 15), "Oktober 2025")
    with pytest.raises(DomainError):
        custom(date(2025, 11, 9), date(2025, 11, 3))


def test_recent_periods_newest_first() -> None:
    today = date(2026, 2, 10)
    assert [p.code for p in recent(PeriodKind.MONTH, today, 3)] == ["2026-02", "2026-01", "2025-12"]
    assert [p.code for p in recent(PeriodKind.QUARTER, today, 3)] == ["2026-Q1", "2025-Q4", "2025-Q3"]
    assert [p.code for p in recent(PeriodKind.SEMESTER, today, 3)] == ["2026-S1", "2025-S2", "2025-S1"]
    assert [p.code for p in recent(PeriodKind.YEAR, today, 2)] == ["2026", "2025"]
