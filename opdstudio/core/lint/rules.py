"""Lint rules as data: loading the TOML files under opdstudio/resources/rules/ and applying agency overrides.

A rules file holds one category:

    category = "slang"
    contexts = []                 # context rules (contexts.toml) every rule here listens to

    [[rule]]
    id = "slang.tidak"
    severity = "warn"             # block | warn | info
    terms = ["gak", "nggak"]      # words/phrases; "a|b" alternatives per word; "wkwk*" a word prefix;
                                  # a trailing "$" requires the match to end its sentence ("lawan$")
    gap = 0                       # other words allowed between the words of a phrase
    affixes = true                # also match affixed forms (stems of 4+ letters only)
    case_sensitive = false        # match the spelling exactly (e.g. "RAHASIA")
    skip_after_quote = false      # ignore a match right after a closing quote ('…," katanya')
    allow = ["..."]               # phrases in which a match is legitimate
    message = "…"                 # Indonesian; {term} is replaced by the words matched
    message_en = "…"
    suggestion = "tidak"
    basis = "…"                   # the regulation point the rule enforces (a file may set it for all its rules)
    basis_en = "…"
    remove = "clause"             # one-click removal takes the clause the words belong to (default: the words)
    shadows = ["profanity"]       # findings of these categories inside this rule's match are not repeated

Rules with `detector = "nik"` (etc.) instead of `terms` are checked in code (personal data, platform
limits, photos); their severity and messages still come from the file. contexts.toml holds
`[[context]]` tables: phrases that, near a match, skip it, lower it to info, or (`require`) must be near
for the match to count at all (`unless` lists longer phrases that cancel one, e.g. "jangan lupa" is no
prohibition).
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from importlib.resources import files
from pathlib import Path
from typing import Any

from opdstudio.core.lint.matcher import Matcher, Phrase, compile_phrase
from opdstudio.core.lint.model import CATEGORIES, Severity

# Package data, found through importlib.resources so an installed wheel or a frozen bundle has it too.
RULES_DIR = Path(str(files("opdstudio") / "resources" / "rules"))

DETECTORS = frozenset(
    {
        "nik",
        "kk",
        "phone",
        "phone_official",
        "text_length",
        "x_weighted_length",
        "title_length",
        "hashtag_count",
        "forbidden_chars",
        "photo_gps",
        "photo_children_consent",
        "photo_aspect",
        "identity",
        "styled_letters",
        "alarm_caps",
        "reduplication",
    }
)


@dataclass(frozen=True)
class Rule:
    id: str
    category: str
    severity: Severity
    message: str
    message_en: str
    suggestion: str | None = None
    terms: tuple[str, ...] = ()
    detector: str | None = None
    gap: int = 0
    affixes: bool = True
    case_sensitive: bool = False
    skip_after_quote: bool = False  # not after a closing quote: '"…," katanya' attributes a quote
    allow: tuple[str, ...] = ()
    contexts: tuple[str, ...] = ()
    basis: str = ""  # the regulation point, in plain words
    basis_en: str = ""
    remove: str = "words"  # "words" or "clause": what one-click removal takes
    shadows: tuple[str, ...] = ()  # categories whose findings inside this rule's match are dropped


@dataclass(frozen=True)
class ContextRule:
    """Phrases that make a nearby match legitimate (`skip`), worth only a mention (`info`), or that must be
    near for it to count (`require`)."""

    id: str
    phrases: tuple[str, ...]
    action: str  # "skip", "info" or "require"
    unless: tuple[str, ...] = ()  # longer phrases that cancel a phrase inside them ("jangan lupa")
    before: int = 0  # words before the match that are searched
    after: int = 0  # words after the match that are searched
    same_sentence: bool = False
    same_clause: bool = False  # only inside the term's clause (a comma ends the scope of "tidak")
    anywhere: bool = False  # the phrase anywhere in the text counts
    note: str = ""
    note_en: str = ""


@dataclass(frozen=True, eq=False)
class RuleSet:
    """Loaded rules, immutable (overrides make a new set). Keep one per profile: its index compiles once."""

    rules: tuple[Rule, ...]
    contexts: Mapping[str, ContextRule]
    allow: tuple[str, ...] = ()  # phrases legitimate for every rule

    @cached_property
    def by_detector(self) -> dict[str, Rule]:
        """The enabled rule of each detector."""
        return {r.detector: r for r in self.rules if r.detector}

    @cached_property
    def by_id(self) -> dict[str, Rule]:
        """Every enabled rule by id."""
        return {r.id: r for r in self.rules}

    @cached_property
    def matcher(self) -> Matcher:
        """One index of every term, allow-list phrase and context phrase.

        Match keys: ("term", rule id), ("allow", rule id, or "" for every rule), ("context", context id),
        ("unless", context id).
        """
        phrases: list[Phrase] = []
        for r in self.rules:
            for term in r.terms:
                phrases.append(compile_phrase(("term", r.id), term, r.gap, r.affixes, r.case_sensitive))
            phrases.extend(compile_phrase(("allow", r.id), a) for a in r.allow)
        phrases.extend(compile_phrase(("allow", ""), a) for a in self.allow)
        for ctx in self.contexts.values():
            phrases.extend(compile_phrase(("context", ctx.id), p) for p in ctx.phrases)
            phrases.extend(compile_phrase(("unless", ctx.id), p) for p in ctx.unless)
        return Matcher(phrases)


_RULE_KEYS = {
    "id": str,
    "severity": str,
    "message": str,
    "message_en": str,
    "suggestion": str,
    "terms": list,
    "detector": str,
    "gap": int,
    "affixes": bool,
    "case_sensitive": bool,
    "skip_after_quote": bool,
    "allow": list,
    "contexts": list,
    "basis": str,
    "basis_en": str,
    "remove": str,
    "shadows": list,
}
_CONTEXT_KEYS = {
    "id": str,
    "phrases": list,
    "unless": list,
    "action": str,
    "before": int,
    "after": int,
    "same_sentence": bool,
    "same_clause": bool,
    "anywhere": bool,
    "note": str,
    "note_en": str,
}
_OVERRIDE_KEYS = {"rule", "category", "disable", "severity", "allow", "terms"}


def _checked(table: Mapping[str, Any], schema: Mapping[str, type], where: str) -> dict[str, Any]:
    unknown = set(table) - set(schema)
    if unknown:
        raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
    for key, value in table.items():
        expected = schema[key]
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ValueError(f"{where}: {key!r} must be {expected.__name__}")
        if isinstance(value, list) and key != "rule" and not all(isinstance(v, str) and v.strip() for v in value):
            raise ValueError(f"{where}: {key!r} must be a list of non-empty strings")
    return dict(table)


def _severity(value: Any, where: str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise ValueError(f"{where}: severity must be block, warn or info, not {value!r}") from None


def _rule(table: Mapping[str, Any], category: str, defaults: Mapping[str, Any], where: str) -> Rule:
    data = {**defaults, **_checked(table, _RULE_KEYS, where)}
    for key in ("id", "severity", "message", "message_en"):
        if key not in data:
            raise ValueError(f"{where}: missing {key!r}")
    if not data["id"].startswith(category + "."):
        raise ValueError(f"{where}: rule id {data['id']!r} must start with {category + '.'!r}")
    if bool(data.get("terms")) == bool(data.get("detector")):
        raise ValueError(f"{where}: a rule has either terms or a detector")
    if data.get("detector") and data["detector"] not in DETECTORS:
        raise ValueError(f"{where}: unknown detector {data['detector']!r}")
    if data.get("remove", "words") not in ("words", "clause"):
        raise ValueError(f"{where}: remove must be words or clause")
    if set(data.get("shadows", ())) - set(CATEGORIES):
        raise ValueError(f"{where}: shadows names an unknown category")
    return Rule(
        id=data["id"],
        category=category,
        severity=_severity(data["severity"], where),
        message=data["message"],
        message_en=data["message_en"],
        suggestion=data.get("suggestion"),
        terms=tuple(data.get("terms", ())),
        detector=data.get("detector"),
        gap=data.get("gap", 0),
        affixes=data.get("affixes", True),
        case_sensitive=data.get("case_sensitive", False),
        skip_after_quote=data.get("skip_after_quote", False),
        allow=tuple(data.get("allow", ())),
        contexts=tuple(data.get("contexts", ())),
        basis=data.get("basis", ""),
        basis_en=data.get("basis_en", ""),
        remove=data.get("remove", "words"),
        shadows=tuple(data.get("shadows", ())),
    )


def _context(table: Mapping[str, Any], where: str) -> ContextRule:
    data = _checked(table, _CONTEXT_KEYS, where)
    for key in ("id", "phrases", "action"):
        if key not in data:
            raise ValueError(f"{where}: missing {key!r}")
    if data["action"] not in ("skip", "info", "require"):
        raise ValueError(f"{where}: action must be skip, info or require")
    data["phrases"] = tuple(data["phrases"])
    data["unless"] = tuple(data.get("unless", ()))
    return ContextRule(**data)


def _read_dir(base_dir: Path) -> RuleSet:
    files = sorted(base_dir.glob("*.toml"))
    if not files:
        raise ValueError(f"no rule files in {base_dir}")
    rules: list[Rule] = []
    contexts: dict[str, ContextRule] = {}
    for path in files:
        with path.open("rb") as fh:
            doc = tomllib.load(fh)
        if "context" in doc:
            for i, table in enumerate(doc.pop("context")):
                ctx = _context(table, f"{path.name} context #{i + 1}")
                if ctx.id in contexts:
                    raise ValueError(f"{path.name}: duplicate context id {ctx.id!r}")
                contexts[ctx.id] = ctx
        if not doc:
            continue
        schema = {"category": str, "contexts": list, "rule": list, "basis": str, "basis_en": str}
        _checked(doc, schema, path.name)
        category = doc.get("category", "")
        if category not in CATEGORIES:
            raise ValueError(f"{path.name}: unknown category {category!r}")
        defaults: dict[str, Any] = {k: doc[k] for k in ("contexts", "basis", "basis_en") if k in doc}
        for i, table in enumerate(doc.get("rule", [])):
            if not isinstance(table, dict):
                raise ValueError(f"{path.name}: 'rule' must be an array of tables")
            rules.append(_rule(table, category, defaults, f"{path.name} rule #{i + 1}"))
    seen: set[str] = set()
    for r in rules:
        if r.id in seen:
            raise ValueError(f"duplicate rule id {r.id!r}")
        seen.add(r.id)
        missing = set(r.contexts) - set(contexts)
        if missing:
            raise ValueError(f"rule {r.id!r} uses unknown contexts {sorted(missing)}")
    return RuleSet(tuple(rules), contexts)


def _apply(ruleset: RuleSet, override: Mapping[str, Any]) -> RuleSet:
    unknown = set(override) - _OVERRIDE_KEYS
    if unknown:
        raise ValueError(f"override {dict(override)!r}: unknown keys {sorted(unknown)}")
    if "rule" not in override and "category" not in override:
        if set(override) != {"allow"}:
            raise ValueError(f"override {dict(override)!r}: name a rule or category, or give only 'allow'")
        return replace(ruleset, allow=ruleset.allow + tuple(_strings(override["allow"], "allow")))
    if "rule" in override:
        targets = {r.id for r in ruleset.rules if r.id == override["rule"]}
    else:
        targets = {r.id for r in ruleset.rules if r.category == override["category"]}
    if not targets:
        raise ValueError(f"override {dict(override)!r}: no such rule or category")
    rules: list[Rule] = []
    for r in ruleset.rules:
        if r.id not in targets:
            rules.append(r)
            continue
        if override.get("disable", False):
            continue
        if "severity" in override:
            r = replace(r, severity=_severity(override["severity"], f"override of {r.id}"))
        if "allow" in override:
            r = replace(r, allow=r.allow + tuple(_strings(override["allow"], "allow")))
        if "terms" in override:
            if r.detector:
                raise ValueError(f"override of {r.id}: a detector rule takes no terms")
            r = replace(r, terms=r.terms + tuple(_strings(override["terms"], "terms")))
        rules.append(r)
    return replace(ruleset, rules=tuple(rules))


def _strings(value: Any, key: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"override {key!r} must be a list of non-empty strings")
    return value


@cache
def _default_rules() -> RuleSet:
    return _read_dir(RULES_DIR)


def load_rules(base_dir: Path | None = None, overrides: Sequence[Mapping[str, Any]] | None = None) -> RuleSet:
    """Rules from `base_dir` (default opdstudio/resources/rules) with per-agency `overrides` applied in order.

    An override names a `rule` id or a `category` and may `disable` it, set its `severity`, or add
    `allow` phrases or `terms`; an override with only `allow` adds phrases legitimate for every rule.
    Raises ValueError on a malformed file or override.
    """
    ruleset = _default_rules() if base_dir is None else _read_dir(base_dir)
    for override in overrides or ():
        ruleset = _apply(ruleset, override)
    return ruleset
