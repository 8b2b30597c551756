"""Citizens' personal data written into a post: NIK, family-card (KK) numbers, mobile numbers, and a
person identified beyond numbers (a child victim's name with age and address, a patient's initials with a
house address).

A NIK is PP RR DD DDMMYY SSSS: province, regency and district codes, birth date (women add 40 to the
day) and a serial. A KK number has the same region part followed by its issue date. Mobile numbers are
08…/+62 8…/62 8… with 10–13 digits; landlines and short emergency numbers never match. A mobile number
is a service contact when an institution stands beside it in its sentence (call center, hotline, "hubungi
kami", an agency's name …) and no person is named right before it ("hubungi Bu Rina di 08…" is private).
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
_OFFICIAL_LABEL = re.compile(  # a service label: it makes the number official even with a person named
    r"(?:call\s*cent(?:er|re)|hotline|pengaduan|narahubung|contact\s*person|\bcp\b"
    r"|(?:whats\s?app|wa|sms)\s*cent(?:er|re)|pusat\s*(?:informasi|panggilan)|humas|darurat|posko|pusdalops)",
    re.IGNORECASE,
)
_INSTITUTION = re.compile(  # an agency beside the number, in its sentence
    r"\b(?:dinas|badan|kantor|bpbd|damkar|puskesmas|rsud|polres|polsek|pemkab|pemkot|pemprov|pemerintah|pdam"
    r"|satpol|bidang|sekretariat|kecamatan|kelurahan|uptd?|balai|diskominfo\w*|dinkominfo\w*|disdukcapil"
    r"|disdik\w*|disnaker|disperindag|disdagperin|dishub|dinkes|dinsos|distan|disnakkeswan|admin|resmi"
    r"|hubungi\s+kami|kanal|layanan)\b",
    re.IGNORECASE,
)
_PERSON_BEFORE = re.compile(
    r"\b(?i:pak|bu|bapak|ibu|mas|mbak|kak|sdr\.?|saudara|saudari)\s+[A-Z][\w']*(?:\s+[A-Z][\w']*)?"
    r"[\s,:]*(?:langsung\s+)?(?:di|ke)?\s*(?:nomor|no\.?|hp|wa|whatsapp)?[\s.:]*$",
)
_LABEL_REACH = 100  # characters of the same line before a number searched for an institution
_AFTER_REACH = 60  # … and after it
_PERSON_REACH = 40

# A named person with an age: "Melati Anggraini, 5 tahun", "Intan (15)", "Putri berusia 12 tahun".
_AGE = (
    r"(?:\(\s*(?P<a1>\d{1,2})(?:\s*(?:tahun|thn|th))?\s*\)"
    r"|,\s*(?:berusia\s+|usia\s+|umur\s+)?(?P<a2>\d{1,2})\s*(?:tahun|thn|th)\b"
    r"|\s+(?:berusia|usia|umur)\s+(?P<a3>\d{1,2})(?:\s*(?:tahun|thn|th))?\b)"
)
_NAMED_AGE = re.compile(r"\b(?P<name>[A-Z][a-z']+(?:\s+[A-Z][a-z']+){0,3}|[A-Z](?:\.\s?[A-Z])*\.?)\s*" + _AGE)
_INITIALS = re.compile(r"\b(?:ber)?inisial\s+(?P<name>[A-Z](?:\.\s?[A-Z])*\.?)")
_SENSITIVE = re.compile(
    r"\b(?:korban|pasien|penerima|yatim|piatu|balita|stunting|pencabulan|pelecehan|perundungan|kekerasan|kdrt"
    r"|asusila|penculikan|dirawat|dirujuk|positif|odgj|disabilitas)\b",
    re.IGNORECASE,
)
_HOUSE = re.compile(
    r"\b(?:jalan|jl|gang|gg|rt|rw|dusun|perumahan|blok|kampung)\b|\bno\.\s*\d|tinggal\s+di\b", re.IGNORECASE
)
_CHILD_DETAIL = re.compile(
    r"\b(?:sd|smp|sma|smk|mi|mts|sekolah|kelas|siswa|siswi|beragama|suku|kelurahan|desa)\b", re.IGNORECASE
)
_NOT_A_NAME = frozenset({"Korban", "Pasien", "Anak", "Penerima", "Balita", "Warga", "Siswi", "Siswa", "Usia"})
ADULT = 18


@dataclass(frozen=True)
class DataMatch:
    kind: str  # "nik", "kk", "phone", "phone_official" or "identity"
    start: int
    end: int
    name: str = ""  # for "identity": the name written


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
        kind = "phone_official" if _is_service_contact(text, m.start(), m.end()) else "phone"
        found.append(DataMatch(kind, *m.span()))
    found.extend(_identities(text))
    return sorted(found, key=lambda d: d.start)


def _is_service_contact(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _LABEL_REACH) : start].rsplit("\n", 1)[-1]
    if _OFFICIAL_LABEL.search(before[-_PERSON_REACH:]):
        return True
    if _PERSON_BEFORE.search(before[-_PERSON_REACH:]):
        return False
    after = text[end : end + _AFTER_REACH].split("\n", 1)[0]
    after = re.split(r"[.!?](?:\s|$)", after, maxsplit=1)[0]
    return bool(_OFFICIAL_LABEL.search(before) or _INSTITUTION.search(before) or _INSTITUTION.search(after))


def _identities(text: str) -> list[DataMatch]:
    """People identified beyond numbers, where the text is about a victim, patient or child in care.

    A child (under 18) named with an age counts with an address, school, religion or ethnicity beside it;
    an adult named with an age, or anyone given by initials, counts with a house address.
    """
    if not _SENSITIVE.search(text):
        return []
    house = bool(_HOUSE.search(text))
    detail = house or bool(_CHILD_DETAIL.search(text))
    found = []
    for m in _NAMED_AGE.finditer(text):
        name = m["name"]
        if name.split()[0] in _NOT_A_NAME:
            continue
        age = int(m["a1"] or m["a2"] or m["a3"])
        if (age < ADULT and detail) or house:
            found.append(DataMatch("identity", m.start(), m.end(), name))
    if house:
        for m in _INITIALS.finditer(text):
            if not any(d.start <= m.start("name") < d.end for d in found):
                found.append(DataMatch("identity", m.start("name"), m.end("name"), m["name"]))
    return found
