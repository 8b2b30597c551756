"""Tokens with their place in the original text, and the folded forms a token can match under.

Folding: case and accents, digits written for letters (b4b1 → babi), repeated letters (bangeeet →
banget; terms are indexed squeezed too, so legitimate double letters still match), and Indonesian
affixes (me-, di-, ber-, pe-, ke-, se- …; -kan, -i, -an, -nya, -lah, -kah, informal -in).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

_WORD = re.compile(r"[^\W_](?:[^\W_]|[\u0300-\u036f])*")
_CAMEL_BREAK = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SENTENCE_END = re.compile(r"[.!?;](?=\s|$)|\n")
_CLAUSE_END = re.compile(r"[.!?;,:](?=\s|$)|\n")
_REPEATS = re.compile(r"([^\W\d_])\1+")
_LEET_I = str.maketrans("4130578", "aieostb")
_LEET_L = str.maketrans("4130578", "aleostb")

MIN_STEM = 4  # shorter stems are never looked up: only terms of 4+ letters match through affixes

_PARTICLES = ("nya", "lah", "kah", "pun")
_SUFFIXES = ("kan", "an", "i", "in")
# prefix → what the dropped initial consonant may have been ("" when nothing was dropped)
_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("meny", ("s",)),
    ("meng", ("", "k")),
    ("mem", ("", "p")),
    ("men", ("", "t")),
    ("me", ("",)),
    ("peny", ("s",)),
    ("peng", ("", "k")),
    ("pem", ("", "p")),
    ("pen", ("", "t")),
    ("per", ("",)),
    ("pe", ("",)),
    ("ber", ("",)),
    ("ter", ("",)),
    ("di", ("",)),
    ("ke", ("",)),
    ("se", ("",)),
    ("nge", ("",)),
    ("ny", ("s",)),
)


class Token(NamedTuple):
    """A word of a text (a tuple: a long text makes a thousand of them)."""

    start: int
    end: int
    text: str  # as written
    sentence: int  # index of the sentence the token is in
    clause: int  # index of the clause (sentences split further at commas and colons)


@dataclass(frozen=True, slots=True)
class Forms:
    """What a token can match: `exact` forms (folded, digit-mapped, squeezed) and affix-stripped `stems`."""

    exact: frozenset[str]
    stems: frozenset[str]


def tokenize(text: str) -> list[Token]:
    """Words of `text` (letter/digit runs; camelCase hashtags split) with spans into `text`."""
    sentence_ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    clause_ends = [m.start() for m in _CLAUSE_END.finditer(text)]
    tokens: list[Token] = []
    sentence = clause = 0
    for m in _WORD.finditer(text):
        while sentence < len(sentence_ends) and sentence_ends[sentence] < m.start():
            sentence += 1
        while clause < len(clause_ends) and clause_ends[clause] < m.start():
            clause += 1
        word = m.group()
        if word.islower() or word.isupper() or not _CAMEL_BREAK.search(word):
            tokens.append(Token(m.start(), m.end(), word, sentence, clause))
            continue
        offset = m.start()
        for piece in _CAMEL_BREAK.split(word):
            tokens.append(Token(offset, offset + len(piece), piece, sentence, clause))
            offset += len(piece)
    return tokens


def fold(word: str) -> str:
    """Case- and accent-folded `word` (digits kept)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def squeeze(word: str) -> str:
    """`word` with runs of the same letter reduced to one (bangeeet → banget; digits kept)."""
    return _REPEATS.sub(r"\1", word)


def spellings(word: str) -> set[str]:
    """Folded spellings of a written word: as is and, when letters and digits mix, digits read as letters."""
    folded = fold(word)
    found = {folded}
    if any(c.isdigit() for c in folded) and any(c.isalpha() for c in folded):
        found.add(folded.translate(_LEET_I))
        if "1" in folded:
            found.add(folded.translate(_LEET_L))
    return found


def _without_suffixes(word: str) -> set[str]:
    found = {word}
    for particle in ("", *_PARTICLES):
        if particle and not word.endswith(particle):
            continue
        base = word[: len(word) - len(particle)]
        found.add(base)
        for suffix in _SUFFIXES:
            if base.endswith(suffix):
                found.add(base[: -len(suffix)])
    return {w for w in found if len(w) >= MIN_STEM}


def _without_prefixes(word: str, depth: int = 2) -> set[str]:
    found = {word}
    if depth == 0:
        return found
    for prefix, restored in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM - 1:
            rest = word[len(prefix) :]
            for initial in restored:
                if len(initial + rest) >= MIN_STEM:
                    found |= _without_prefixes(initial + rest, depth - 1)
    return found


def stems(word: str) -> set[str]:
    """Candidate stems of a folded word, with affixes stripped (the word itself excluded)."""
    found: set[str] = set()
    for base in _without_suffixes(word):
        found |= _without_prefixes(base)
    found.discard(word)
    return found


@lru_cache(maxsize=8192)
def forms_of(word: str) -> Forms:
    """All forms a written token can match under (cached: posts repeat their words)."""
    exact: set[str] = set()
    for spelled in spellings(word):
        exact |= {spelled, squeeze(spelled)}
    stemmed: set[str] = set()
    for form in exact:
        if form.isalpha():
            for stem in stems(form):
                stemmed |= {stem, squeeze(stem)}
    return Forms(frozenset(exact), frozenset(stemmed - exact))
