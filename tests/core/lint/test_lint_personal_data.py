"""NIK, KK and mobile-number patterns."""

from __future__ import annotations

import pytest

from opdstudio.core.lint.personal_data import find_personal_data, valid_kk, valid_nik


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(d.kind, text[d.start : d.end]) for d in find_personal_data(text)]


@pytest.mark.parametrize(
    ("nik", "valid"),
    [
        ("1702051208900003", True),  # Bengkulu, Rejang Lebong; born 12-08-1990
        ("1702015208900003", True),  # a woman: day + 40
        ("3273011701050001", True),  # Bandung
        ("9501011208900003", True),  # Papua Pegunungan (2022)
        ("1702052902000003", True),  # 29 February 2000
        ("1702052902010003", False),  # 29 February 1901/2001 does not exist
        ("1702053102900003", False),  # 31 February
        ("1702057208900003", False),  # day 72 - 40 = 32
        ("1702051213900003", False),  # month 13
        ("1702050008900003", False),  # day 0
        ("9902051208900003", False),  # no province 99
        ("2002051208900003", False),  # no province 20
        ("1700051208900003", False),  # regency 00
        ("1702001208900003", False),  # district 00
        ("1702051208900000", False),  # serial 0000
        ("170205120890000", False),  # 15 digits
    ],
)
def test_nik_validity(nik: str, valid: bool) -> None:
    assert valid_nik(nik) is valid


def test_kk_date_has_no_plus_forty() -> None:
    assert valid_kk("1702051007150012")
    assert not valid_kk("1702055007150012")
    assert valid_nik("1702055007150012")


@pytest.mark.parametrize(
    "written",
    ["1702051208900003", "1702 0512 0890 0003", "1702-0512-0890-0003", "17.02.05.120890.0003"],
)
def test_nik_in_text(written: str) -> None:
    assert _kinds(f"Atas nama Budi, NIK {written}, warga Desa Sumber Urip") == [("nik", written)]


def test_kk_is_recognised_by_its_label() -> None:
    assert _kinds("No. KK 1702 0510 0715 0012") == [("kk", "1702 0510 0715 0012")]
    assert _kinds("Nomor Kartu Keluarga: 1702051007150012") == [("kk", "1702051007150012")]
    assert _kinds("Nomor 1702051007150012") == [("nik", "1702051007150012")]


def test_numbers_that_are_not_nik() -> None:
    assert _kinds("Nomor rekening 17020512089000031") == []  # 17 digits
    assert _kinds("Kode 9902051208900003") == []
    assert _kinds("Anggaran Rp1.702.051.208.900") == []


@pytest.mark.parametrize(
    "number",
    [
        "0812-7345-6789",
        "0812 7345 6789",
        "081273456789",
        "08527345678",
        "+62 812-7345-6789",
        "+6281273456789",
        "62 812 7345 6789",
        "(+62) 812 7345 6789",
    ],
)
def test_mobile_numbers(number: str) -> None:
    assert _kinds(f"Silakan hubungi Pak Rahmat di {number} ya") == [("phone", number)]


@pytest.mark.parametrize(
    "text",
    [
        "Kantor Camat (0732) 21456",
        "Telepon 0732-21456",
        "Jakarta 021-5551234",
        "Darurat 112, ambulans 119",
        "Nomor pendek 0812-345",
        "Terlalu panjang 08123456789012",
        "Pukul 08.00–12.00 WIB",
    ],
)
def test_not_mobile_numbers(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Call Center 0811-7300-1234",
        "Hotline: 0811 7300 1234",
        "Layanan pengaduan 0811-7300-1234",
        "Narahubung: Bu Rina 0811-7300-1234",
        "WhatsApp Center Disdukcapil 0811-7300-1234",
        "Hubungi Pusdalops BPBD di 0811-7300-1234",
    ],
)
def test_mobile_numbers_after_an_official_label(text: str) -> None:
    assert [k for k, _ in _kinds(text)] == ["phone_official"]


def test_a_label_on_an_earlier_line_does_not_count() -> None:
    assert [k for k, _ in _kinds("Hotline kami buka 24 jam.\nBudi 0812-7345-6789")] == ["phone"]


def test_a_phone_pattern_inside_a_nik_is_not_reported_twice() -> None:
    assert _kinds("NIK 1702 0812 0890 0003") == [("nik", "1702 0812 0890 0003")]
