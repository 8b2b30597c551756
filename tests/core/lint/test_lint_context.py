"""Context beyond word lists, one-click fixes that leave a correct text, and findings that explain
themselves: what a person writing an OPD post would notice."""

from __future__ import annotations

import pytest

from opdstudio.core.lint import Finding, Severity, lint_text
from opdstudio.core.services import lint_service


def _raised(text: str) -> set[str]:
    return {f.rule for f in lint_text(text) if f.severity != Severity.INFO}


def _applied(text: str, finding: Finding, fix: str) -> str:
    return text[: finding.start] + fix + text[finding.end :]


@pytest.mark.parametrize(
    "text",
    [
        "Bupati turun ke jalan membagikan masker kepada pengendara.",
        "Ribuan warga menyerbu pasar murah di halaman pendopo.",
        "Petugas mengusir gajah liar kembali ke hutan.",
        "Sebanyak 15 ekor babi milik peternak mati mendadak; sampel dikirim ke Balai Veteriner.",
        "Kawanan monyet masuk permukiman, warga diminta tidak memberi makan.",
        "Bupati mengingatkan ASN agar tidak pamer kekayaan dan tidak bergaya hidup hedonis.",
        "“Stok aman sampai Lebaran,” katanya di Pasar Inpres.",
        "Menurut Kepala Dinas, katanya, seluruh hewan kurban sudah diperiksa.",
        "ASN diminta tidak menyebarkan informasi bersifat rahasia di media sosial.",
        "Hubungi kami di nomor WhatsApp 0815-1010-1771 untuk melaporkan jalan rusak.",
        "Dinkes menegaskan tidak ada makanan yang dapat menyembuhkan kanker.",
        "Gelar produk UMKM: teh cina kemasan dan kopi robusta lokal.",
        "Pemadam kebakaran memadamkan api yang membakar gudang kopra.",
    ],
)
def test_real_clean_posts_raise_nothing(text: str) -> None:
    assert _raised(text) == set()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Hubungi saja Bu Rina langsung di 0812 7788 9901.", "personal_data.phone"),
        ("Katanya sudah masuk ke kampung kita, hati-hati.", "hoax_unsourced.sumber_tidak_jelas"),
        ("Tolong bagikan ke semua grup keluarga!", "hoax_unsourced.ajakan_viral"),
        ("𝑲𝒂𝒃𝒂𝒓 𝒈𝒆𝒎𝒃𝒊𝒓𝒂 bantuan tunai sudah cair.", "hoax_unsourced.huruf_bergaya"),
        ("ZONA MERAH BEGAL MALAM INI!!!", "hoax_unsourced.huruf_kapital"),
        ("Saya Bupati, mohon transfer biaya administrasi dulu.", "hoax_unsourced.catut_pejabat"),
        ("Air rebusan pare membunuh sel kanker, tidak perlu kemoterapi.", "hoax_unsourced.klaim_kesehatan"),
        ("Vaksin itu buat manusia, bukan buat kadal gurun.", "hate_sara.sebutan_kebencian"),
        ("Siap mendukung Pak Hendra menjadi bupati periode berikutnya!", "election.dukungan"),
        ("Umur segini lagi lucu2nya, yuk ke posyandu.", "slang.ulang_angka"),
        ("Sarapan roti Rp400 ribu sebelum rapat, sesekali manjain diri.", "flexing.pamer"),
        ("Korban, Intan (15), tinggal di Jalan Mawar No. 12.", "personal_data.identitas"),
        ("Privat, tidak boleh disebarkan ke luar grup.", "confidential.internal"),
        ("Yang buang sampah di sini otak dengkul semua!", "profanity.hinaan"),
        ("Kalau tidak ditemui, bakar saja kantornya!", "provocation.ajakan_kekerasan"),
    ],
)
def test_real_violations_are_found(text: str, rule: str) -> None:
    assert rule in _raised(text)


@pytest.mark.parametrize(
    ("text", "rule", "fixed"),
    [
        (
            "Dasar bajingan, jalan belum diperbaiki juga! Kami akan menindaklanjuti.",
            "profanity.kasar",
            "Jalan belum diperbaiki juga! Kami akan menindaklanjuti.",
        ),
        (
            "Jalan sudah diperbaiki, yang protes memang goblok, terima kasih atas kesabaran warga.",
            "profanity.hinaan",
            "Jalan sudah diperbaiki, terima kasih atas kesabaran warga.",
        ),
        (
            "Posyandu buka pukul 08.00. Yang tidak datang otak udang. Bawa buku KIA.",
            "profanity.hinaan",
            "Posyandu buka pukul 08.00. Bawa buku KIA.",
        ),
        (
            "Penerima bantuan: Siti, NIK 1702034509870002.",
            "personal_data.nik",
            "Penerima bantuan: Siti, NIK 1702********0002.",
        ),
        (
            "Tanya bibit ke Pak Darto di 0857-1234-9876.",
            "personal_data.phone",
            "Tanya bibit ke Pak Darto di 0857-****-*876.",
        ),
        (
            "Korban pencabulan adalah Melati Anggraini, 5 tahun, warga RT 04.",
            "personal_data.identitas",
            "Korban pencabulan adalah M.A., warga RT 04.",
        ),
        ("Hati2 di jalan licin.", "slang.ulang_angka", "Hati-hati di jalan licin."),
        ("𝑲𝒂𝒃𝒂𝒓 𝒈𝒆𝒎𝒃𝒊𝒓𝒂 dari Dinas Sosial.", "hoax_unsourced.huruf_bergaya", "Kabar gembira dari Dinas Sosial."),
    ],
)
def test_the_first_one_click_fix_leaves_a_correct_text(text: str, rule: str, fixed: str) -> None:
    [finding] = [f for f in lint_text(text) if f.rule == rule]
    wordings = lint_service.replacements(finding, text[finding.start : finding.end])
    assert _applied(text, finding, wordings[0]) == fixed


def test_a_number_can_also_be_deleted_in_one_click() -> None:
    text = "NIK 1702034509870002"
    [finding] = lint_text(text)
    assert lint_service.replacements(finding, text[finding.start : finding.end]) == ["1702********0002", ""]


def test_a_sara_label_is_not_repeated_as_another_category() -> None:
    found = lint_text("Dasar Cina, semoga kalian dapat balasan!")
    assert [f.category for f in found] == ["hate_sara"]


@pytest.mark.parametrize(
    ("text", "point_id", "point_en"),
    [
        ("Pulang dinas naik jet pribadi biar tidak antre.", "SE Mendagri 800/1915/SJ/2023", "800/1915/SJ/2023"),
        ("Coblos nomor 2 ya!", "SKB 2/2022", "SKB 2/2022"),
        ("Ini info dari grup sebelah.", "SE MenPANRB 137/2018 angka 6", "SE MenPANRB 137/2018 item 6"),
        ("NIK 1702034509870002", "UU PDP 27/2022", "Law 27/2022"),
    ],
)
def test_each_finding_names_its_regulation_point_in_both_languages(text: str, point_id: str, point_en: str) -> None:
    [finding] = [f for f in lint_text(text) if f.severity != Severity.INFO]
    assert point_id in finding.message and finding.basis and point_id in finding.basis
    assert point_en in finding.message_en
    assert finding.suggestion  # … and what to do
    [english] = [f for f in lint_text(text, lang="en") if f.severity != Severity.INFO]
    assert english.message == finding.message_en
