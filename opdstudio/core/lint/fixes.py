"""One-click fixes that leave a correct text: removing the clause a word belongs to, masking numbers and
replacing a name by its initials."""

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
    """(start, end, replacement) that removes the clause holding [start, end) and leaves a correct text.

    A whole sentence goes with the space after it; a clause after a comma goes with its comma; a first
    clause goes with the comma after it, and the next word takes the capital letter.
    """
    s, e = _sentence(text, start, end)
    body_end = e
    while body_end > s and text[body_end - 1] in _SENTENCE_END:
        body_end -= 1
    before = max(text.rfind(c, s, start) for c in _CLAUSE_END)
    after = min((i for i in range(end, body_end) if text[i] in _CLAUSE_END), default=-1)
    if before < 0 and after < 0:  # the whole sentence
        while e < len(text) and text[e] in " \t":
            e += 1
        return s, e, ""
    if before >= 0:  # ", clause" (up to the next mark)
        return before, after if after >= 0 else body_end, ""
    nxt = after + 1
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    if nxt < len(text):
        return s, nxt + 1, text[nxt].upper()
    return s, nxt, ""


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
    """"Melati Anggraini" → "M.A."; initials stay initials."""
    return "".join(w[0] + "." for w in _NAME.findall(name)) or name
