"""Platform specs (the real limits in one place), X's weighted length and hashtag extraction.

X counting follows twitter-text's v3 configuration: text is NFC-normalised; every code point weighs 2
except U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037, which weigh 1; a URL weighs 23
whatever its length; an emoji sequence (ZWJ sequence, skin tone, flag, keycap) weighs 2 as one unit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple


class Platform(StrEnum):
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    TIKTOK = "tiktok"
    YOUTUBE = "youtube"
    X = "x"
    WEBSITE = "website"


@dataclass(frozen=True)
class PlatformSpec:
    """Limits of one platform. Ratios are width / height; None means the platform sets no limit."""

    platform: Platform
    display_name: str
    text_label: str  # what the platform calls the main text, in Indonesian (for messages)
    text_max: int | None
    x_weighted: bool = False  # count the text with X's weighted length instead of characters
    title_max: int | None = None
    max_hashtags: int | None = None
    forbidden_chars: frozenset[str] = frozenset()
    aspect_min: float | None = None
    aspect_max: float | None = None
    preferred_aspect: float | None = None
    preview_cutoff: int | None = None  # characters shown in the feed before the "more" link
    preview_more_label: str | None = None

    def text_length(self, text: str) -> int:
        """Length of `text` as this platform counts it."""
        return x_weighted_length(text) if self.x_weighted else len(text)

    def text_overflow_offset(self, text: str) -> int | None:
        """Index in `text` where it first goes past the platform's limit, or None if it fits."""
        if self.text_max is None:
            return None
        if self.x_weighted:
            return x_overflow_offset(text, self.text_max)
        return self.text_max if len(text) > self.text_max else None

    def aspect_allowed(self, width: int, height: int) -> bool:
        """Whether an image of this size fits the platform's aspect-ratio range (1 % tolerance)."""
        if width <= 0 or height <= 0:
            return False
        ratio = width / height
        low = self.aspect_min if self.aspect_min is not None else 0.0
        high = self.aspect_max if self.aspect_max is not None else float("inf")
        return low * 0.99 <= ratio <= high * 1.01


SPECS: dict[Platform, PlatformSpec] = {
    Platform.FACEBOOK: PlatformSpec(
        Platform.FACEBOOK,
        "Facebook",
        "Postingan",
        text_max=63_206,
        aspect_min=1 / 3,  # takes nearly anything; beyond 1:3..3:1 the feed crops hard
        aspect_max=3.0,
        preview_cutoff=480,
        preview_more_label="Lihat selengkapnya",
    ),
    Platform.INSTAGRAM: PlatformSpec(
        Platform.INSTAGRAM,
        "Instagram",
        "Keterangan",
        text_max=2_200,
        max_hashtags=5,  # since December 2025
        aspect_min=4 / 5,
        aspect_max=1.91,
        preferred_aspect=4 / 5,
        preview_cutoff=125,
        preview_more_label="… selengkapnya",
    ),
    Platform.TIKTOK: PlatformSpec(
        Platform.TIKTOK,
        "TikTok",
        "Deskripsi",
        text_max=4_000,
        title_max=90,  # photo posts
        aspect_min=9 / 16,
        aspect_max=1.0,
        preferred_aspect=9 / 16,
    ),
    Platform.YOUTUBE: PlatformSpec(
        Platform.YOUTUBE,
        "YouTube",
        "Deskripsi",
        text_max=5_000,
        title_max=100,
        forbidden_chars=frozenset("<>"),
        preferred_aspect=16 / 9,
    ),
    Platform.X: PlatformSpec(
        Platform.X,
        "X",
        "Postingan",
        text_max=280,
        x_weighted=True,
        aspect_min=1 / 2,
        aspect_max=3.0,
        preferred_aspect=16 / 9,
    ),
    Platform.WEBSITE: PlatformSpec(Platform.WEBSITE, "Situs web", "Artikel", text_max=None),
}


def spec_for(platform: Platform | str) -> PlatformSpec | None:
    """The spec of a platform id, or None for an id we do not know."""
    try:
        return SPECS[Platform(platform)]
    except ValueError:
        return None


# --- X weighted length -------------------------------------------------------------------------

X_MAX_WEIGHTED_LENGTH = 280
_SCALE = 100
_DEFAULT_WEIGHT = 200
_URL_WEIGHT = 23 * _SCALE
_CONTROL_AND_SPACE = "".join(map(chr, range(33)))  # what Java's String.trim() removes
_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))  # weight 100


def _code_point_weight(char: str) -> int:
    cp = ord(char)
    if cp <= 4351 or any(low <= cp <= high for low, high in _LIGHT_RANGES[1:]):
        return _SCALE
    return _DEFAULT_WEIGHT


# Top-level domains twitter-text accepts: every country code (ASCII and internationalised) and the
# generic ones that matter in Indonesian posts (the full IANA list of brand TLDs is left out).
_CCTLD_NAMES = (
    "ac ad ae af ag ai al am an ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs "
    "bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh "
    "er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht "
    "hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt "
    "lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no "
    "np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj "
    "sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tp tr tt tv tw tz ua ug uk um "
    "us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw "
    # internationalised country codes, as twitter-text lists them
    "ευ ελ бел мкд мон рф срб укр қаз հայ ישראל الاردن الجزائر السعودية المغرب امارات ایران بارت بھارت تونس "
    "سودان سورية عراق عمان فلسطين قطر مصر مليسيا موريتانيا پاکستان ڀارت भारत বাংলা ভারত ভাৰত ਭਾਰਤ ભારત "
    "ଭାରତ இந்தியா இலங்கை சிங்கப்பூர் భారత్ ಭಾರತ ഭാരതം ලංකා ไทย გე 한국 中国 中國 台湾 台灣 新加坡 澳門 香港 "
)
_GTLD_NAMES = (
    "academy agency app art asia biz blog business center church city click cloud club com company coop "
    "design dev digital edu education email events foundation fun gallery global gov group guru icu info "
    "institute int international jobs life link live media mil mobi museum name net network news ngo ninja "
    "one online org page photo photos pics pro radio school services shop site social solutions space store "
    "studio tech tel today top travel university video vip website wiki world xyz "
)
_LATIN_ACCENTS = (
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263"
    "\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_CYRILLIC = "\u0400-\u04ff"
_VALID_CHAR = f"[a-z0-9{_LATIN_ACCENTS}]"
_SUBDOMAIN = f"(?>(?:{_VALID_CHAR}[a-z0-9{_LATIN_ACCENTS}\\-_]*)?{_VALID_CHAR}\\.)"
_DOMAIN_NAME = f"(?:(?:{_VALID_CHAR}[a-z0-9{_LATIN_ACCENTS}\\-]*)?{_VALID_CHAR}\\.)"
_TLD_END = "(?=[^a-z0-9@+-]|$)"
_GTLD = f"(?:(?:{'|'.join(sorted(_GTLD_NAMES.split(), key=len, reverse=True))}){_TLD_END})"
_CCTLD = f"(?:(?:{'|'.join(_CCTLD_NAMES.split())}){_TLD_END})"
_UNICODE_CHAR = "[^-_!\"#$%&'()*+,./:;<=>?@\\[\\]^`{|}~\\s\u2000-\u206f]"
_UNICODE_DOMAIN_NAME = f"(?:(?:{_UNICODE_CHAR}(?:{_UNICODE_CHAR}|-)*)?{_UNICODE_CHAR}\\.)"
_DOMAIN = (
    f"(?:{_SUBDOMAIN}*{_DOMAIN_NAME}(?:{_GTLD}|{_CCTLD}|xn--[-0-9a-z]+))"
    f"|(?:(?:(?<=http://)|(?<=https://))"
    f"(?:{_DOMAIN_NAME}{_CCTLD}|{_UNICODE_DOMAIN_NAME}(?:{_GTLD}|{_CCTLD})))"
    f"|(?:{_DOMAIN_NAME}{_CCTLD}(?=/))"
)
_PATH_CHAR = f"[a-z0-9!*';:=+,.$/%#\\[\\]\\-\u2013_~|&@{_LATIN_ACCENTS}{_CYRILLIC}]"
_PARENS = f"\\((?:{_PATH_CHAR}+|{_PATH_CHAR}*\\({_PATH_CHAR}+\\){_PATH_CHAR}*)\\)"
_PATH_END = f"(?:[a-z0-9=_#/\\-+{_LATIN_ACCENTS}{_CYRILLIC}]|{_PARENS})"
_PATH = f"(?:{_PATH_CHAR}*(?:{_PARENS}{_PATH_CHAR}*)*{_PATH_END}|@{_PATH_CHAR}+/)"
_QUERY = "[a-z0-9!?*'();:&=+$/%#\\[\\]\\-_.,~|@]"
_QUERY_END = "[a-z0-9\\-_&=#/]"
_PRECEDING = "(?:[^a-z0-9@\uff20$#\uff03\ufffe\ufeff\uffff]|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|^)"
_CHUNK_WITH_DOT = re.compile(r"(?<!\S)\S*\.\S*")
_URL = re.compile(
    f"(?P<before>{_PRECEDING})(?P<url>(?P<protocol>https?://)?(?P<domain>{_DOMAIN})(?::[0-9]++)?"
    f"(?:/{_PATH}*+)?(?:\\?{_QUERY}*{_QUERY_END})?)",
    re.IGNORECASE,
)


def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the URLs twitter-text would find in `text` (with or without http/https)."""
    if "." not in text:
        return []
    spans = []
    for chunk in _CHUNK_WITH_DOT.finditer(text):  # a URL never spans whitespace: match chunk by chunk
        spans.extend(_chunk_urls(text, max(0, chunk.start() - 1), chunk.end()))
    return spans


def _chunk_urls(text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    spans = []
    for m in _URL.finditer(text, pos, endpos):
        if not m["protocol"] and m["before"] and m["before"] in "-_./":
            continue
        try:
            m["domain"].encode("idna")
        except UnicodeError:
            continue
        if len(m["url"]) + (0 if m["protocol"] else len("https://")) <= 4096:
            spans.append(m.span("url"))
    return spans


# Emoji: a ZWJ sequence of elements; an element is a flag (two regional indicators), a keycap, a
# subdivision flag (tag sequence) or a pictograph with an optional variation selector or skin tone.
# © and ® only count as emoji with U+FE0F (without it they are ordinary Latin-1 characters).
_PICTOGRAPHS = (
    "\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328\u2388\u23cf\u23e9-\u23f3"
    "\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe\u2600-\u2605\u2607-\u2612\u2614-\u2685"
    "\u2690-\u2705\u2708-\u2712\u2714\u2716\u271d\u2721\u2728\u2733\u2734\u2744\u2747\u274c\u274e"
    "\u2753-\u2755\u2757\u2763-\u2767\u2795-\u2797\u27a1\u27b0\u27bf\u2934\u2935\u2b05-\u2b07\u2b1b"
    "\u2b1c\u2b50\u2b55\u3030\u303d\u3297\u3299"
    "\U0001f000-\U0001f0ff\U0001f10d-\U0001f10f\U0001f12f\U0001f16c-\U0001f171\U0001f17e\U0001f17f"
    "\U0001f18e\U0001f191-\U0001f19a\U0001f1ad-\U0001f1e5\U0001f201-\U0001f20f\U0001f21a\U0001f22f"
    "\U0001f232-\U0001f23a\U0001f23c-\U0001f23f\U0001f249-\U0001f3fa\U0001f400-\U0001f53d"
    "\U0001f546-\U0001f64f\U0001f680-\U0001f6ff\U0001f774-\U0001f77f\U0001f7d5-\U0001f7ff"
    "\U0001f80c-\U0001f80f\U0001f848-\U0001f84f\U0001f85a-\U0001f85f\U0001f888-\U0001f88f"
    "\U0001f8ae-\U0001f8ff\U0001f90c-\U0001f93a\U0001f93c-\U0001f945\U0001f947-\U0001faff"
    "\U0001fc00-\U0001fffd"
)
_SKIN_TONE = "\U0001f3fb-\U0001f3ff"
_EMOJI_ELEMENT = (
    "(?:[\U0001f1e6-\U0001f1ff]{2}"
    "|[#*0-9]\ufe0f?\u20e3"
    "|\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f"
    "|[\u00a9\u00ae]\ufe0f"
    f"|[{_PICTOGRAPHS}](?:\ufe0f|[{_SKIN_TONE}])?"
    f"|[{_SKIN_TONE}])"
)
_EMOJI = re.compile(f"{_EMOJI_ELEMENT}(?:\u200d{_EMOJI_ELEMENT})*")


def _nfc_with_map(text: str) -> tuple[str, list[int]]:
    """NFC of `text` and, for each normalised index, the index in `text` of the segment it came from."""
    if unicodedata.is_normalized("NFC", text):
        return text, list(range(len(text)))
    parts: list[str] = []
    origin: list[int] = []
    seg_start = 0
    segment = ""
    for i, char in enumerate(text):
        if segment and unicodedata.combining(char) == 0:
            joined = unicodedata.normalize("NFC", segment + char)
            if joined == unicodedata.normalize("NFC", segment) + unicodedata.normalize("NFC", char):
                normal = unicodedata.normalize("NFC", segment)
                parts.append(normal)
                origin.extend([seg_start] * len(normal))
                seg_start, segment = i, ""
        segment += char
    if segment:
        normal = unicodedata.normalize("NFC", segment)
        parts.append(normal)
        origin.extend([seg_start] * len(normal))
    return "".join(parts), origin


def _weighted_scan(text: str, limit: int) -> tuple[int, int | None]:
    """Scaled weighted length of `text` and the original index where it first exceeds `limit`."""
    if not text.lstrip(_CONTROL_AND_SPACE):
        return 0, None
    normal, origin = _nfc_with_map(text)
    urls = dict(url_spans(normal))
    emoji = {m.start(): m.end() for m in _EMOJI.finditer(normal)}
    scaled_limit = limit * _SCALE
    weight = 0
    overflow: int | None = None
    i = 0
    while i < len(normal):
        if i in urls:
            weight, end = weight + _URL_WEIGHT, urls[i]
        elif i in emoji:
            weight, end = weight + _DEFAULT_WEIGHT, emoji[i]
        else:
            cp = ord(normal[i])
            weight += _SCALE if cp <= 4351 else _code_point_weight(normal[i])
            end = i + 1
        if overflow is None and weight > scaled_limit:
            overflow = origin[i]
        i = end
    return weight, overflow


def x_weighted_length(text: str) -> int:
    """Length of `text` as X counts it (twitter-text v3 configuration); 280 is the limit."""
    return _weighted_scan(text, X_MAX_WEIGHTED_LENGTH)[0] // _SCALE


def x_overflow_offset(text: str, limit: int = X_MAX_WEIGHTED_LENGTH) -> int | None:
    """Index in `text` of the first character (or URL/emoji unit) that takes the X count past `limit`."""
    return _weighted_scan(text, limit)[1]


# --- hashtags ----------------------------------------------------------------------------------

_HASHTAG_SPECIALS = frozenset(
    "_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\u00b7"
)


class Hashtag(NamedTuple):
    tag: str  # without the leading '#'
    start: int  # index of the '#'
    end: int


def _is_tag_letter(char: str) -> bool:
    return unicodedata.category(char)[0] in "LM"


def _is_tag_char(char: str) -> bool:
    return _is_tag_letter(char) or unicodedata.category(char) == "Nd" or char in _HASHTAG_SPECIALS


def find_hashtags(text: str) -> list[Hashtag]:
    """Hashtags in `text` by twitter-text's rules (a tag needs a letter; none inside a URL)."""
    if "#" not in text and "＃" not in text:
        return []
    found = []
    for m in re.finditer("[#＃]", text):
        start = m.start()
        if start > 0:
            before = text[start - 1]
            if before not in "\ufe0e\ufe0f" and (before == "&" or _is_tag_char(before)):
                continue
        end = start + 1
        if end < len(text) and text[end] in "\ufe0f\u20e3":
            continue
        while end < len(text) and _is_tag_char(text[end]):
            end += 1
        tag = text[start + 1 : end]
        if not any(_is_tag_letter(c) for c in tag) or text.startswith(("#", "＃", "://"), end):
            continue
        found.append(Hashtag(tag, start, end))
    urls = url_spans(text)
    return [h for h in found if not any(s < h.end and h.start < e for s, e in urls)]


def hashtags(text: str) -> list[str]:
    """The hashtags in `text`, without '#', in order of appearance."""
    return [h.tag for h in find_hashtags(text)]
