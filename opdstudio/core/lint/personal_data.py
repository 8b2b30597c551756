"""Citizens' personal data written into a post: NIK, family-card (KK) numbers and mobile numbers.

A NIK is PP RR DD DDMMYY SSSS: province, regency and district codes, birth date (women add 40 to the
day) and a serial. A KK number has the same region part followed by its issue date. Mobile numbers are
08…/+62 8…/62 8… with 10–13 digits; landlines and short emergency numbers never match, and a mobile
number right after an official label (call center, hotline, pengaduan, an agency's name …) is reported
as a service contact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# Province codes of Kemendagri, including the Papua provinces created in 2022.
PROVINCE_CODES = frozenset(
    {11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65}
    | {71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96}
)

_SIXTEEN_DIGITS = re.compile(r"(?<!\d)(?<!\d[ .-])\d(?:[ .-]?\d){15}(?![ .-]?\d)")
_MOBILE = re.compile(r"(?<![\w+])(?<!\d[ .-])(?:\(?\+62\)?|62|0)[ .-]?8\d(?:[ .-]?\d){7,10}(?![ .-]?\d)")
_KK_LABEL = re.compile(r"(?:\bkk\b|kartu\s+keluarga)[\s.:]*(?:no(?:mor)?\.?)?[\s.:]*$", re.IGNORECASE)
_OFFICIAL_LABEL = re.compile(
    r"(?:call\s*cent(?:er|re)|hotline|pengaduan|layanan|narahubung|contact\s*person|\bcp\b"
    r"|(?:whats\s?app|wa|sms)\s*cent(?:er|re)|pusat\s*(?:informasi|panggilan)|humas|darurat|posko"
    r"|pusdalops|\b(?:dinas|badan|kantor|bpbd|damkar|puskesmas|rsud|polres|polsek|disdukcapil)\b)",
    re.IGNORECASE,
)
_LABEL_REACH = 40  # characters before a number searched for a label


@dataclass(frozen=True)
class DataMatch:
    kind: str  # "nik", "kk", "phone" or "phone_official"
    start: int
    end: int


def _region_ok(digits: str) -> bool:
    return int(digits[:2]) in PROVINCE_CODES and digits[2:4] != "00" and digits[4:6] != "00"


def _date_ok(day: int, month: int, yy: int) -> bool:
    for century in (1900, 2000):
        try:
            date(century + yy, month, day)
        except ValueError:
            continue
        return True
    return False


def valid_nik(digits: str) -> bool:
    """Whether 16 digits read as a plausible NIK (real province, non-zero codes, real birth date)."""
    if len(digits) != 16 or not digits.isdigit() or not _region_ok(digits) or digits[12:] == "0000":
        return False
    day, month, yy = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    return _date_ok(day - 40 if day > 40 else day, month, yy)


def valid_kk(digits: str) -> bool:
    """Whether 16 digits read as a plausible KK number (real province, real issue date)."""
    if len(digits) != 16 or not digits.isdigit() or not _region_ok(digits) or digits[12:] == "0000":
        return False
    return _date_ok(int(digits[6:8]), int(digits[8:10]), int(digits[10:12]))


def find_personal_data(text: str) -> list[DataMatch]:
    """NIK, KK and mobile numbers in `text`, in order."""
    found: list[DataMatch] = []
    long_numbers: list[tuple[int, int]] = []
    for m in _SIXTEEN_DIGITS.finditer(text):
        long_numbers.append(m.span())
        digits = re.sub(r"\D", "", m.group())
        before = text[max(0, m.start() - 30) : m.start()]
        if _KK_LABEL.search(before) and valid_kk(digits):
            found.append(DataMatch("kk", *m.span()))
        elif valid_nik(digits):
            found.append(DataMatch("nik", *m.span()))
    for m in _MOBILE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in long_numbers):
            continue
        before = text[max(0, m.start() - _LABEL_REACH) : m.start()].rsplit("\n", 1)[-1]
        kind = "phone_official" if _OFFICIAL_LABEL.search(before) else "phone"
        found.append(DataMatch(kind, *m.span()))
    return sorted(found, key=lambda d: d.start)
