"""Checks on how a text is written rather than on its words: styled Unicode letters, all-caps alarm and
number reduplication ("gara2", "grup²")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Mathematical alphanumerics (𝑲𝒂𝒃𝒂𝒓, 𝗣𝗘𝗡𝗧𝗜𝗡𝗚), letterlike double-struck/script capitals (ℙ𝔼ℕ), fullwidth
# and circled letters: what "fancy text" generators produce.
_STYLED = (
    "\U0001d400-\U0001d7ff\u2102\u2107\u210a-\u2113\u2115\u2119-\u211d\u2124\u2128\u212c-\u2131\u2133\u2134"
    "\uff21-\uff3a\uff41-\uff5a\u24b6-\u24e9"
)
_STYLED_RUN = re.compile(f"[{_STYLED}](?:[{_STYLED}\\s]*[{_STYLED}])?")
_BANGS = re.compile(r"!+")
_REDUPLICATED = re.compile(r"(?<![\w#@])([^\W\d_]{3,})[2²]([^\W\d_]*)(?![\w²])")
MIN_STYLED = 3  # styled letters in a run before it counts
MIN_CAPS_LETTERS = 12  # a shouted sentence: this many letters in at least MIN_CAPS_WORDS words …
MIN_CAPS_WORDS = 3
MIN_REPEATED_BANG = 6  # … or this many letters ending in "!!"


@dataclass(frozen=True)
class TextMatch:
    kind: str  # "styled_letters", "alarm_caps" or "reduplication"
    start: int
    end: int
    fix: str | None = None  # the plain wording for the span, when there is one


def _styled(text: str) -> list[TextMatch]:
    found = []
    for m in _STYLED_RUN.finditer(text):
        if sum(not c.isspace() for c in m.group()) >= MIN_STYLED:
            found.append(TextMatch("styled_letters", m.start(), m.end(), unicodedata.normalize("NFKC", m.group())))
    return found


def _alarm_caps(text: str) -> list[TextMatch]:
    """Sentences shouted in capitals and ending in "!", and runs of "!!!"."""
    found = []
    previous_end = 0
    for bang in _BANGS.finditer(text):
        begin = max(text.rfind(c, previous_end, bang.start()) for c in ".?\n") + 1
        begin = max(begin, previous_end)
        previous_end = bang.end()
        raw = text[begin : bang.end()]
        sentence = raw.strip()
        letters = [c for c in sentence if c.isalpha()]
        if not letters or not letters[0].isupper():
            continue
        words = [w for w in sentence.split() if any(c.isalpha() for c in w)]
        long_enough = (len(letters) >= MIN_CAPS_LETTERS and len(words) >= MIN_CAPS_WORDS) or (
            sentence.endswith("!!") and len(letters) >= MIN_REPEATED_BANG
        )
        if long_enough and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
            start = begin + len(raw) - len(raw.lstrip())
            found.append(TextMatch("alarm_caps", start, start + len(sentence)))
    return found


def _reduplicated(text: str) -> list[TextMatch]:
    found = []
    for m in _REDUPLICATED.finditer(text):
        base, rest = m.group(1), m.group(2)
        if base.isupper() and len(base) <= 3:  # codes such as PM2, H2
            continue
        found.append(TextMatch("reduplication", m.start(), m.end(), f"{base}-{base.lower()}{rest}"))
    return found


def find_text_marks(text: str) -> list[TextMatch]:
    """Styled letters, shouted sentences and number reduplication in `text`, in order."""
    return sorted(_styled(text) + _alarm_caps(text) + _reduplicated(text), key=lambda m: m.start)
