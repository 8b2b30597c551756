"""Phrase matching over tokens: every phrase is compiled into slots, indexed by the forms of its
first slot, so a text is scanned once whatever the number of terms."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from opdstudio.core.lint.folding import MIN_STEM, Token, forms_of, spellings, squeeze


@dataclass(frozen=True, slots=True)
class Slot:
    """One word position of a phrase: its alternatives in every form they may be met."""

    forms: frozenset[str]  # compared with a token's exact forms
    stem_forms: frozenset[str]  # compared with a token's stems (affixable alternatives only)
    prefixes: tuple[str, ...]  # "wkwk*": any token form starting so
    raw: frozenset[str]  # case-sensitive spellings; when set, nothing else matches

    def matches(self, token: Token) -> bool:
        if self.raw:
            return token.text in self.raw
        forms = forms_of(token.text)
        if not self.forms.isdisjoint(forms.exact) or not self.stem_forms.isdisjoint(forms.stems):
            return True
        return any(f.startswith(p) for p in self.prefixes for f in forms.exact)


@dataclass(frozen=True, slots=True)
class Phrase:
    key: tuple[str, str]  # what the caller gets back with each match
    text: str
    slots: tuple[Slot, ...]
    gap: int
    sentence_end: bool  # written with a trailing "$": the match must end its sentence


@dataclass(frozen=True, slots=True)
class Match:
    phrase: Phrase
    first: int  # token indexes, end exclusive
    last: int


def _slot(word: str, affixes: bool, case_sensitive: bool) -> Slot:
    alternatives = [a for a in word.split("|") if a]
    if case_sensitive:
        return Slot(frozenset(), frozenset(), (), frozenset(alternatives))
    forms: set[str] = set()
    stem_forms: set[str] = set()
    prefixes: list[str] = []
    for alt in alternatives:
        if alt.endswith("*") and len(alt) > 3:
            prefixes.extend(sorted(spellings(alt[:-1])))
            continue
        for spelled in spellings(alt):
            variants = {spelled, squeeze(spelled)}
            forms |= variants
            if affixes and len(spelled) >= MIN_STEM:
                stem_forms |= variants
    return Slot(frozenset(forms), frozenset(stem_forms), tuple(prefixes), frozenset())


def compile_phrase(
    key: tuple[str, str], text: str, gap: int = 0, affixes: bool = True, case_sensitive: bool = False
) -> Phrase:
    """A phrase ("pamer mobil|tas", "wkwk*", "lawan$", "RAHASIA") ready for a Matcher."""
    sentence_end = text.endswith("$")
    words = text.removesuffix("$").split()
    if not words:
        raise ValueError(f"empty phrase {text!r}")
    slots = tuple(_slot(w, affixes, case_sensitive) for w in words)
    return Phrase(key, text.removesuffix("$"), slots, gap, sentence_end)


class Matcher:
    """Finds every phrase in a token list."""

    def __init__(self, phrases: Iterable[Phrase]) -> None:
        self._by_form: dict[str, list[Phrase]] = defaultdict(list)
        self._by_raw: dict[str, list[Phrase]] = defaultdict(list)
        self._by_prefix: list[tuple[str, Phrase]] = []
        self._starting: dict[str, list[Phrase]] = {}  # token text → phrases whose first slot it matches
        for phrase in phrases:
            first = phrase.slots[0]
            for raw in first.raw:
                self._by_raw[raw].append(phrase)
            for form in first.forms | first.stem_forms:
                self._by_form[form].append(phrase)
            self._by_prefix.extend((p, phrase) for p in first.prefixes)

    def _candidates(self, token: Token) -> list[Phrase]:
        cached = self._starting.get(token.text)
        if cached is None:
            if len(self._starting) > 50_000:
                self._starting.clear()
            cached = self._starting[token.text] = self._lookup(token)
        return cached

    def _lookup(self, token: Token) -> list[Phrase]:
        forms = forms_of(token.text)
        found: dict[int, Phrase] = {}
        for phrase in self._by_raw.get(token.text, ()):
            found[id(phrase)] = phrase
        for form in forms.exact | forms.stems:
            for phrase in self._by_form.get(form, ()):
                found[id(phrase)] = phrase
        for prefix, phrase in self._by_prefix:
            if any(f.startswith(prefix) for f in forms.exact):
                found[id(phrase)] = phrase
        return [p for p in found.values() if p.slots[0].matches(token)]

    def scan(self, tokens: list[Token]) -> list[Match]:
        """All matches, in token order; each phrase matches at most once per starting token."""
        matches: list[Match] = []
        for i, token in enumerate(tokens):
            for phrase in self._candidates(token):
                last = _match_rest(phrase, tokens, i)
                if last is not None:
                    matches.append(Match(phrase, i, last))
        return matches


def _match_rest(phrase: Phrase, tokens: list[Token], first: int) -> int | None:
    position = first
    for slot in phrase.slots[1:]:
        limit = min(len(tokens), position + 2 + phrase.gap)
        for j in range(position + 1, limit):
            if phrase.gap and tokens[j].sentence != tokens[first].sentence:
                return None
            if slot.matches(tokens[j]):
                position = j
                break
        else:
            return None
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if phrase.sentence_end and following is not None and following.sentence == tokens[position].sentence:
        return None
    return position + 1
