"""Platform specs, X's weighted length (twitter-text v3 rules) and hashtag extraction."""

from __future__ import annotations

import pytest

from opdstudio.core.domain.platforms import (
    SPECS,
    Platform,
    find_hashtags,
    hashtags,
    spec_for,
    url_spans,
    x_overflow_offset,
    x_weighted_length,
)

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # man, woman, girl, boy (ZWJ)
THUMBS_MEDIUM = "\U0001f44d\U0001f3fd"  # thumbs up + skin tone
FLAG_ID = "\U0001f1ee\U0001f1e9"  # 🇮🇩
KEYCAP_ONE = "1\ufe0f\u20e3"
FLAG_SCOTLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
HEART_ON_FIRE = "\u2764\ufe0f\u200d\U0001f525"
RAINBOW_FLAG = "\U0001f3f3\ufe0f\u200d\U0001f308"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("   \n\t", 0),
        ("Halo Curup", 10),
        ("a" * 280, 280),
        ("a" * 281, 281),
        ("你好", 4),  # CJK weighs 2
        ("안녕", 4),
        ("\u2014\u2019", 2),  # em dash and right quote are in the light ranges
        ("\u2026", 2),  # the ellipsis is not
        (FAMILY, 2),
        (THUMBS_MEDIUM, 2),
        (FLAG_ID, 2),
        (KEYCAP_ONE, 2),
        (FLAG_SCOTLAND, 2),
        (HEART_ON_FIRE, 2),
        (RAINBOW_FLAG, 2),
        ("\u00a9", 1),  # © without the emoji selector is a Latin-1 character
        ("\u00a9\ufe0f", 2),
        ("https://example.com/" + "a" * 100, 23),
        ("Cek kab.go.id", 4 + 23),
        ("go.id", 23),
        ("http://a.co and example.com", 23 + 5 + 23),
        ("e\u0301", 1),  # NFC composes to é
        ("\u1100\u1161", 2),  # Hangul jamo compose to one syllable (weight 2, not 4)
        ("pukul 08.00 Rp1.500.000", 23),  # no TLD, no URL
    ],
)
def test_x_weighted_length(text: str, expected: int) -> None:
    assert x_weighted_length(text) == expected


def test_exactly_280_fits_and_281_overflows_at_the_last_character() -> None:
    assert x_overflow_offset("a" * 280) is None
    assert x_overflow_offset("a" * 281) == 280
    assert x_overflow_offset("你" * 140) is None
    assert x_overflow_offset("你" * 141) == 140


def test_an_emoji_or_url_that_crosses_the_limit_is_marked_from_its_start() -> None:
    assert x_overflow_offset("a" * 278 + FAMILY) is None
    assert x_overflow_offset("a" * 279 + FAMILY) == 279
    text = "a" * 260 + " https://example.com/berita"
    assert x_weighted_length(text) == 261 + 23
    assert x_overflow_offset(text) == 261


def test_overflow_offset_points_into_the_original_text_after_normalisation() -> None:
    text = "a" * 279 + "e\u0301" + "bc"  # é written decomposed: two code points, one unit
    assert x_weighted_length(text) == 282
    assert x_overflow_offset(text) == 281  # the 'b', in the original indexing


def test_url_spans_follow_twitter_text() -> None:
    text = "Info: https://rejanglebongkab.go.id/berita?id=5. Juga bkpsdm.rejanglebongkab.go.id, dan foo.bar"
    spans = [text[s:e] for s, e in url_spans(text)]
    assert spans == ["https://rejanglebongkab.go.id/berita?id=5", "bkpsdm.rejanglebongkab.go.id"]
    assert url_spans("-example.com") == []  # no protocol and a '-' before: not a URL
    assert url_spans("user@example.com") == []


def test_hashtags() -> None:
    text = "#RejangLebong #2025 #Hari_Ini a#b #Curup, #Bengkulu! #日本語 &#39; #️⃣ https://x.com/#frag #a#b"
    assert hashtags(text) == ["RejangLebong", "Hari_Ini", "Curup", "Bengkulu", "日本語"]
    first = find_hashtags(text)[0]
    assert (first.start, first.end) == (0, 13)


def test_every_platform_has_a_spec() -> None:
    assert set(SPECS) == set(Platform)
    assert spec_for("instagram") is SPECS[Platform.INSTAGRAM]
    assert spec_for("whatsapp") is None


def test_the_real_limits() -> None:
    assert SPECS[Platform.FACEBOOK].text_max == 63_206
    assert SPECS[Platform.INSTAGRAM].text_max == 2_200
    assert SPECS[Platform.INSTAGRAM].max_hashtags == 5
    assert SPECS[Platform.INSTAGRAM].preview_cutoff == 125
    assert SPECS[Platform.FACEBOOK].preview_cutoff == 480
    assert SPECS[Platform.X].preview_cutoff is None
    assert SPECS[Platform.TIKTOK].title_max == 90
    assert SPECS[Platform.TIKTOK].text_max == 4_000
    assert SPECS[Platform.YOUTUBE].title_max == 100
    assert SPECS[Platform.YOUTUBE].text_max == 5_000
    assert SPECS[Platform.YOUTUBE].forbidden_chars == frozenset("<>")
    assert SPECS[Platform.WEBSITE].text_max is None


def test_text_length_and_overflow_per_platform() -> None:
    instagram = SPECS[Platform.INSTAGRAM]
    assert instagram.text_overflow_offset("a" * 2_200) is None
    assert instagram.text_overflow_offset("a" * 2_201) == 2_200
    x = SPECS[Platform.X]
    assert x.text_length("你好") == 4
    assert x.text_overflow_offset("你" * 141) == 140
    assert SPECS[Platform.WEBSITE].text_overflow_offset("a" * 100_000) is None


@pytest.mark.parametrize(
    ("platform", "width", "height", "allowed"),
    [
        (Platform.INSTAGRAM, 1080, 1350, True),  # 4:5
        (Platform.INSTAGRAM, 1080, 566, True),  # 1.91:1
        (Platform.INSTAGRAM, 1080, 1920, False),  # 9:16 is too tall for the feed
        (Platform.TIKTOK, 1080, 1920, True),
        (Platform.TIKTOK, 1080, 1080, True),
        (Platform.TIKTOK, 1920, 1080, False),
        (Platform.X, 1600, 900, True),
        (Platform.X, 4000, 1000, False),
        (Platform.WEBSITE, 8000, 100, True),
        (Platform.FACEBOOK, 0, 100, False),
    ],
)
def test_aspect_ranges(platform: Platform, width: int, height: int, allowed: bool) -> None:
    assert SPECS[platform].aspect_allowed(width, height) is allowed
