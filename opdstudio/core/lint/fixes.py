"""One-click fixes that leave a correct text: the sentence rewritten without the clause a word belongs
to, masked numbers, and a name replaced by its initials."""

from __future__ import annotations

import re

_SENTENCE_END = ".!?\n"
_CLAUSE_END = ",;:"


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from after the previous end mark to its own end mark (inclusive)."""
    s = max(text.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    e = len(text)
    for i in range(end, len(text)):
        if text[i] in _SENTENCE_END:
            e = i
            while e < len(text) and text[e] in _SENTENCE_END.replace("\n", ""):
                e += 1
            break
    while s < start and text[s].isspace():
        s += 1
    return s, e


def clause_removal(text: str, start: int, end: int) -> tuple[int, int, str]:
    """(start, end, replacement) for the sentence holding [start, end), without the clause of those words.

    The replacement is the rewritten sentence: a clause after a comma goes with its comma, a first clause
    with the comma after it (the next word takes the capital letter). When the words are the whole
    sentence, the replacement is empty and the span takes the space after the sentence too.
    """
    s, e = _sentence(text, start, end)
    body_end = e
    while body_end > s and text[body_end - 1] in _SENTENCE_END:
        body_end -= 1
    before = max(text.rfind(c, s, start) for c in _CLAUSE_END)
    after = min((i for i in range(end, body_end) if text[i] in _CLAUSE_END), default=-1)
    if before < 0 and after < 0:
        while e < len(text) and text[e] in " \t":
            e += 1
        return s, e, ""
    if before >= 0:
        return s, e, text[s:before] + text[after if after >= 0 else body_end : e]
    rest = text[after + 1 : e].lstrip()
    return s, e, rest[:1].upper() + rest[1:]


def mask_digits(number: str, keep_start: int = 4, keep_end: int = 4) -> str:
    """`number` with its middle digits as "*" (separators kept): 1702034509870002 → 1702********0002."""
    count = sum(c.isdigit() for c in number)
    out, seen = [], 0
    for c in number:
        if c.isdigit():
            out.append(c if seen < keep_start or seen >= count - keep_end else "*")
            seen += 1
        else:
            out.append(c)
    return "".join(out)


_NAME = re.compile(r"[A-Z][a-z'A-Z]*")


def initials(name: str) -> str:
    """ "Melati Anggraini" → "M.A."; initials stay initials."""
    return "".join(w[0] + "." for w in _NAME.findall(name)) or name
