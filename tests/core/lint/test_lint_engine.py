"""The engine: each category on natural Indonesian, legitimate contexts, spans, drafts, platform and
photo findings, and a property test on arbitrary text."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from opdstudio.core.domain.platforms import Platform
from opdstudio.core.lint import (
    Finding,
    LintDraft,
    PhotoFacts,
    Severity,
    VariantText,
    lint_draft,
    lint_text,
)


def _raised(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity != Severity.INFO]


@pytest.mark.parametrize(
    ("text", "category", "matched"),
    [
        ("Weekend healing ke Labuan Bajo, bawa tas Dior baru 😍", "flexing", "healing"),
        ("Dasar bajingan, jalan belum diperbaiki juga!", "profanity", "bajingan"),
        ("Antek asing itu tidak pantas tinggal di sini", "hate_sara", "Antek asing"),
        ("Katanya besok ada pemadaman total se-kabupaten.", "hoax_unsourced", "Katanya"),
        ("Besok kita geruduk kantor bupati!", "provocation", "geruduk"),
        ("Tegakkan khilafah, tinggalkan sistem thaghut!", "radicalism", "khilafah"),
        ("Link bokep terbaru cek bio", "pornography", "bokep"),
        ("Penerima: Sari, NIK 1702015208900003", "personal_data", "1702015208900003"),
        ("Coblos nomor 1, lanjutkan pembangunan!", "election", "Coblos nomor"),
        ("Terlampir nota dinas internal soal rotasi pejabat", "confidential", "nota dinas internal"),
        ("Gak nyangka acaranya seru", "slang", "Gak"),
        ("Bantuan untuk orang cacat di desa", "non_inclusive", "orang cacat"),
    ],
)
def test_each_category_on_a_natural_sentence(text: str, category: str, matched: str) -> None:
    hits = [f for f in _raised(lint_text(text)) if f.category == category]
    assert hits, lint_text(text)
    assert any(matched in text[f.start : f.end] for f in hits)


@pytest.mark.parametrize(
    "text",
    [
        "Waspada hoaks! Jangan mudah percaya pesan berantai yang katanya dari Dinas Kesehatan. Cek fakta di "
        "situs resmi.",
        "Sesuai SE Mendagri, ASN dilarang pamer kemewahan / flexing di media sosial.",
        "Vaksinasi rabies gratis untuk anjing dan kucing di Puskeswan Curup.",
        "Hasil uji menemukan daging babi pada sampel bakso; pastikan membeli produk berlabel halal.",
        "Peternak diminta melaporkan babi yang mati mendadak akibat ASF.",
        "KUOTA TERBATAS! Daftar pelatihan sekarang.",
        "Bersama lawan stunting di Kabupaten Rejang Lebong.",
        "Ayo serbu pasar murah di halaman kantor camat!",
        "Pameran UMKM dibuka hari ini, produk unggulan desa dipamerkan.",
        "Trauma healing bagi anak korban banjir oleh BPBD.",
        "Call Center 112 dan hotline Dinsos 0811-7300-1234 siap melayani.",
        "Kantor kami: (0732) 21456",
        '"Kami akan terus meningkatkan pelayanan," katanya.',
        "ASN dilarang mendukung paslon mana pun sesuai SKB netralitas.",
        "Jangan lupa datang ke TPS dan gunakan hak pilih Anda.",
        "Gerhana bulan aman dilihat dengan mata telanjang.",
        "Persirel melawan PS Kepahiang di final Bupati Cup. Ayo dukung tim kita!",
        "Gugatan ditolak karena cacat prosedur.",
        "Selamat Tahun Baru Imlek bagi warga Tionghoa.",
        "Pelepasliaran monyet ekor panjang oleh BKSDA.",
    ],
)
def test_legitimate_contexts_raise_nothing(text: str) -> None:
    assert _raised(lint_text(text)) == []


def test_a_context_can_lower_a_finding_to_info_and_says_why() -> None:
    text = (
        "Kesbangpol mengajak pelajar mewaspadai radikalisme di media sosial. Hari ini kami membedah cara "
        "kelompok pengusung khilafah merekrut anak muda lewat video pendek."
    )
    [finding] = lint_text(text)
    assert (finding.rule, finding.severity) == ("radicalism.propaganda", "info")
    assert finding.context == "pencegahan_radikalisme"
    assert "khilafah" in text[finding.start : finding.end]
    assert "pencegahan radikalisme" in finding.message


def test_a_mention_of_a_slur_outside_any_context_is_blocked() -> None:
    [finding] = lint_text("Petugasnya b4b1 semua!")
    assert (finding.rule, finding.severity) == ("profanity.makian_hewan", "block")
    assert finding.fixes == ("",)  # the whole sentence goes


def test_spans_point_at_the_original_text() -> None:
    text = "🇮🇩 Café ramai. BANGSAAAT, ayo pilih Partai Golkar!"
    found = {f.category: f for f in lint_text(text)}
    assert text[found["profanity"].start : found["profanity"].end].startswith("BANGSAAAT")
    assert found["profanity"].term == "bangsat"
    assert text[found["election"].start : found["election"].end] == "BANGSAAAT, ayo pilih Partai Golkar!"
    assert "pilih Partai Golkar" in found["election"].message


def test_mobile_number_severity_depends_on_its_label() -> None:
    assert [(f.rule, f.severity) for f in lint_text("Hubungi Pak Budi 0812-7345-6789")] == [
        ("personal_data.phone", "block")
    ]
    assert [(f.rule, f.severity) for f in lint_text("Hotline pengaduan 0812-7345-6789")] == [
        ("personal_data.phone_official", "info")
    ]


def test_kk_and_nik_block() -> None:
    found = lint_text("No. KK 1702051007150012 dan NIK 1702015208900003")
    assert [(f.rule, f.severity) for f in found] == [("personal_data.kk", "block"), ("personal_data.nik", "block")]


def test_platform_limits_for_one_text() -> None:
    text = "Festival budaya! " + " ".join(f"#Tag{i}" for i in range(1, 8))
    [finding] = lint_text(text, ["instagram", "facebook"])
    assert (finding.rule, finding.variant, finding.severity) == ("platform_limit.hashtag_count", "instagram", "block")
    assert text[finding.start : finding.end] == "#Tag6 #Tag7"
    with pytest.raises(ValueError, match="unknown platform"):
        lint_text(text, ["myspace"])


def test_x_overflow_is_marked_from_the_first_character_past_280() -> None:
    text = "Pengumuman " + "penting " * 40
    [finding] = lint_text(text, ["x"])
    assert finding.rule == "platform_limit.x_weighted_length"
    assert (finding.start, finding.end) == (280, len(text))
    assert str(len(text)) in finding.message


def test_draft_lints_each_variant_its_titles_and_photos() -> None:
    draft = LintDraft(
        variants={
            Platform.INSTAGRAM: VariantText("Gue hadir di musrenbang"),
            "youtube": VariantText("Rekaman <lengkap> musrenbang", title="Musrenbang " + "x" * 100),
            "tiktok": VariantText("Musrenbang", title="Coblos nomor 2"),
            "whatsapp": VariantText("Gue juga"),
        },
        photos=[
            PhotoFacts("a" * 64, has_gps=True, width=1080, height=1350),
            PhotoFacts("b" * 64, contains_children=True, width=1920, height=1080),
            PhotoFacts("c" * 64, contains_children=True, consent_note="Izin orang tua, 12/5"),
        ],
    )
    found = {(f.rule, f.variant, f.field, f.photo) for f in lint_draft(draft)}
    assert found == {
        ("slang.saya", "instagram", "text", None),
        ("slang.saya", "whatsapp", "text", None),
        ("platform_limit.forbidden_chars", "youtube", "text", None),
        ("platform_limit.title_length", "youtube", "title", None),
        ("election.dukungan", "tiktok", "title", None),
        ("photo_privacy.gps", None, "photo", 0),
        ("photo_privacy.children_consent", None, "photo", 1),
        ("platform_limit.photo_aspect", "tiktok", "photo", 1),  # 16:9 is too wide; photo 0 (4:5) fits
    }


def test_findings_sort_by_severity_then_position() -> None:
    text = "Gue lihat NIK 1702051208900003, kata orang dalam, bangsat"
    found = lint_text(text)
    assert [f.severity for f in found] == ["block", "block", "warn", "warn"]
    assert [f.start for f in found] == sorted(f.start for f in found[:2]) + sorted(f.start for f in found[2:])


def test_findings_serialise_to_json_and_messages_follow_the_language() -> None:
    [finding] = lint_text("Mantul!", lang="en")
    data = json.loads(json.dumps(finding.to_dict()))
    assert data["severity"] == "warn"
    assert data["message"] == data["message_en"]
    assert data["message"].startswith("The slang expression “Mantul” does not suit an official account. Basis: ")
    assert set(data) >= {"rule", "category", "variant", "start", "end", "photo", "suggestion", "term"}
    [indonesian] = lint_text("Mantul!")
    assert indonesian.message.startswith("Ungkapan gaul")
    with pytest.raises(ValueError, match="lang"):
        lint_text("Mantul!", lang="fr")


_PLATFORMS = [p.value for p in Platform]
_SAMPLE_WORDS = """anjing b4b1 bangeeet dipamerkan mobil jangan hoaks katanya #Tag https://a.id/x 0812-7345-6789
1702051208900003 lawan ! . < RAHASIA"""
_ODD = ["\n", "\U0001f1ee\U0001f1e9", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "e\u0301", "\u200f"]
_WORDS = st.sampled_from([*_SAMPLE_WORDS.split(), *_ODD])


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(), st.lists(st.one_of(_WORDS, st.text(max_size=3))).map(" ".join)))
def test_the_engine_never_raises_and_spans_stay_in_the_text(text: str) -> None:
    for finding in lint_text(text, _PLATFORMS):
        assert 0 <= finding.start <= finding.end <= len(text)
    draft = LintDraft({p: VariantText(text, title=text[:120]) for p in _PLATFORMS}, [PhotoFacts("x", True, True)])
    for finding in lint_draft(draft):
        limit = len(text[:120]) if finding.field == "title" else len(text)
        assert 0 <= finding.start <= finding.end <= limit
