"""Tokens, folding (case, digits for letters, repeated letters, affixes) and phrase matching."""

from __future__ import annotations

import pytest

from opdstudio.core.lint.folding import fold, forms_of, spellings, squeeze, stems, tokenize
from opdstudio.core.lint.matcher import Matcher, compile_phrase


def _matches(phrase: str, text: str, **options: object) -> list[str]:
    matcher = Matcher([compile_phrase(("term", "t"), phrase, **options)])  # type: ignore[arg-type]
    tokens = tokenize(text)
    return [text[tokens[m.first].start : tokens[m.last - 1].end] for m in matcher.scan(tokens)]


def test_tokens_keep_their_place_in_the_original_text() -> None:
    text = "Halo, Café  Curup! #RejangLebong b4b1"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["Halo", "Café", "Curup", "Rejang", "Lebong", "b4b1"]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.sentence for t in tokens] == [0, 0, 0, 1, 1, 1]


def test_fold_case_and_accents() -> None:
    assert fold("CAFÉ") == "cafe"
    assert fold("Ｂａｎｇｓａｔ") == "bangsat"  # full-width letters


def test_digits_read_as_letters_only_inside_words() -> None:
    assert "babi" in spellings("b4b1")
    assert {"b4b1", "babi", "babl"} <= spellings("B4B1")
    assert spellings("2025") == {"2025"}


def test_squeeze_repeated_letters_but_not_digits() -> None:
    assert squeeze("bangeeeet") == "banget"
    assert squeeze("anjiiing") == "anjing"
    assert squeeze("100") == "100"


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("dipamerkan", "pamer"),
        ("memamerkan", "pamer"),
        ("mempamerkan", "pamer"),
        ("pameran", "pamer"),
        ("pamernya", "pamer"),
        ("kemewahan", "mewah"),
        ("menyebarkan", "sebar"),
        ("disebarluaskan", "sebarluas"),
        ("memukul", "pukul"),
        ("menipu", "tipu"),
        ("pengirim", "kirim"),
        ("bersifat", "sifat"),
        ("sebarin", "sebar"),
        ("memenangkan", "menang"),
        ("mendukungnya", "dukung"),
    ],
)
def test_affixes_are_stripped(word: str, stem: str) -> None:
    assert stem in stems(word)


def test_forms_of_a_token() -> None:
    forms = forms_of("Bangeeet")
    assert "banget" in forms.exact
    assert "pamer" in forms_of("dipamerkan").stems
    assert "pamer" not in forms_of("dipamerkan").exact


def test_phrase_alternatives_and_affixes() -> None:
    assert _matches("pamer mobil|tas", "Jangan dipamerkan mobilnya.") == ["dipamerkan mobilnya"]
    assert _matches("pamer mobil|tas", "Pamer tas baru") == ["Pamer tas"]
    assert _matches("pamer mobil|tas", "Pamer jam tangan") == []
    assert _matches("pamer tas", "pamer tasnya") == []  # 3-letter words match only as written


def test_gap_allows_words_between_but_not_across_sentences() -> None:
    assert _matches("pilih golkar", "Ayo pilih Partai Golkar!", gap=2) == ["pilih Partai Golkar"]
    assert _matches("pilih golkar", "Ayo pilih. Golkar!", gap=2) == []
    assert _matches("pilih golkar", "Ayo pilih Partai Golkar!") == []


def test_short_terms_only_match_as_written() -> None:
    assert _matches("lo", "Lo udah datang?") == ["Lo"]
    assert _matches("lo", "Kelo dan selo") == []


def test_affixes_can_be_turned_off() -> None:
    assert _matches("lawan", "Persirel melawan PS Kepahiang", affixes=False) == []
    assert _matches("lawan", "Persirel melawan PS Kepahiang") == ["melawan"]


def test_repeated_letters_do_not_break_legit_double_letters() -> None:
    assert _matches("maaf", "Mohon maaf lahir batin") == ["maaf"]
    assert _matches("maaf", "Maaaaf ya") == ["Maaaaf"]
    assert _matches("bangsat", "BANGSAAAT!") == ["BANGSAAAT"]


def test_digit_spelling_matches() -> None:
    assert _matches("babi", "Dasar b4b1") == ["b4b1"]
    assert _matches("anjing", "4nj1ng lu") == ["4nj1ng"]


def test_prefix_terms() -> None:
    assert _matches("wkwk*", "wkwkwkwk lucu") == ["wkwkwkwk"]
    assert _matches("wkwk*", "wk lucu") == []


def test_sentence_end_terms() -> None:
    assert _matches("lawan$", "Rakyat bersatu, lawan! Tolak!") == ["lawan"]
    assert _matches("lawan$", "Lawan stunting bersama") == []


def test_case_sensitive_terms() -> None:
    assert _matches("RAHASIA", "RAHASIA - nota dinas", case_sensitive=True) == ["RAHASIA"]
    assert _matches("RAHASIA", "Rahasia sehat ala dokter", case_sensitive=True) == []
