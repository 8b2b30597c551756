"""The lint engine: content rules over each text, platform limits per variant, photo checks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from opdstudio.core.domain.platforms import PlatformSpec, spec_for
from opdstudio.core.lint.findings import LANGUAGES, new_finding
from opdstudio.core.lint.folding import Token, tokenize
from opdstudio.core.lint.matcher import Match
from opdstudio.core.lint.model import Finding, LintDraft, Severity, VariantText
from opdstudio.core.lint.personal_data import find_personal_data
from opdstudio.core.lint.platform_checks import photo_findings, platform_findings
from opdstudio.core.lint.rules import ContextRule, Rule, RuleSet, load_rules

_CLOSING_QUOTES = ('"', "”", "’", "'")


def _near(ctx: ContextRule, found: Match, hit: Match, tokens: list[Token]) -> bool:
    if ctx.anywhere:
        return True
    if ctx.same_sentence and tokens[found.first].sentence != tokens[hit.first].sentence:
        return False
    return 0 <= hit.first - found.last < ctx.before or 0 <= found.first - hit.last < ctx.after


def _context_for(
    rule: Rule, hit: Match, found: dict[str, list[Match]], rules: RuleSet, tokens: list[Token]
) -> ContextRule | None:
    """The context that applies to `hit`: a skipping one wins over one that lowers to info."""
    applying = [
        rules.contexts[cid]
        for cid in rule.contexts
        if any(_near(rules.contexts[cid], m, hit, tokens) for m in found.get(cid, ()))
    ]
    return next((c for c in applying if c.action == "skip"), applying[0] if applying else None)


def _term_findings(text: str, rules: RuleSet, lang: str) -> list[Finding]:
    tokens = tokenize(text)
    hits: list[tuple[Rule, Match]] = []
    allowed: dict[str, list[tuple[int, int]]] = defaultdict(list)
    contexts: dict[str, list[Match]] = defaultdict(list)
    cancelled: dict[str, list[Match]] = defaultdict(list)
    for m in rules.matcher.scan(tokens):
        key = m.phrase.key
        span = (tokens[m.first].start, tokens[m.last - 1].end)
        if key[0] == "term":
            hits.append((rules.by_id[key[1]], m))
        elif key[0] == "allow":
            allowed[key[1]].append(span)
        elif key[0] == "context":
            contexts[key[1]].append(m)
        else:
            cancelled[key[1]].append(m)
    for cid, matches in cancelled.items():
        contexts[cid] = [c for c in contexts[cid] if not any(u.first <= c.first < u.last for u in matches)]
    found: list[Finding] = []
    for rule, hit in hits:
        start, end = tokens[hit.first].start, tokens[hit.last - 1].end
        if any(s <= start and end <= e for s, e in allowed[rule.id] + allowed[""]):
            continue
        if rule.skip_after_quote and text[:start].rstrip().endswith(_CLOSING_QUOTES):
            continue
        ctx = _context_for(rule, hit, contexts, rules, tokens)
        if ctx is not None and ctx.action == "skip":
            continue
        values = {"term": text[start:end]}
        found.append(new_finding(rule, lang, values, ctx, start=start, end=end, term=hit.phrase.text))
    return _without_overlaps(found)


def _without_overlaps(findings: list[Finding]) -> list[Finding]:
    """Of overlapping findings in one category keep the longer (the more specific phrase)."""
    kept: dict[str, list[Finding]] = defaultdict(list)
    for f in sorted(findings, key=lambda f: (f.start, f.start - f.end)):
        same = kept[f.category]
        if same and f.start < same[-1].end:
            if f.end - f.start > same[-1].end - same[-1].start:
                same[-1] = f
            continue
        same.append(f)
    return [f for group in kept.values() for f in group]


def _data_findings(text: str, rules: RuleSet, lang: str) -> list[Finding]:
    found = []
    for match in find_personal_data(text):
        rule = rules.by_detector.get(match.kind)
        if rule is not None:
            values = {"term": text[match.start : match.end]}
            found.append(new_finding(rule, lang, values, start=match.start, end=match.end))
    return found


def _check_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {LANGUAGES}, not {lang!r}")


def content_findings(text: str, rules: RuleSet, lang: str = "id") -> list[Finding]:
    """Word-list and personal-data findings of one text (no platform, field "text")."""
    _check_language(lang)
    return _term_findings(text, rules, lang) + _data_findings(text, rules, lang)


def _sorted(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (Severity(f.severity).rank, f.start, f.end, f.variant or "", f.rule))


def lint_draft(draft: LintDraft, rules: RuleSet | None = None, lang: str = "id") -> list[Finding]:
    """All findings of a draft, most severe first, then by position.

    `rules` defaults to opdstudio/resources/rules; `lang` ("id" or "en") is the language of `Finding.message`.
    Variants keyed by a known platform id are also checked against that platform's limits.
    """
    _check_language(lang)
    rules = load_rules() if rules is None else rules
    cache: dict[str, list[Finding]] = {}
    findings: list[Finding] = []
    specs: list[PlatformSpec] = []
    for key, variant in draft.variants.items():
        name = str(key)
        for field, text in (("text", variant.text), ("title", variant.title or "")):
            if text not in cache:
                cache[text] = content_findings(text, rules, lang)
            findings.extend(replace(f, variant=name, field=field) for f in cache[text])
        spec = spec_for(name)
        if spec is not None:
            specs.append(spec)
            findings.extend(platform_findings(spec, variant, rules, lang))
    findings.extend(photo_findings(draft.photos, specs, rules, lang))
    return _sorted(findings)


def lint_text(
    text: str, platforms: Sequence[str] = (), rules: RuleSet | None = None, lang: str = "id"
) -> list[Finding]:
    """Findings of one text: content findings once (variant None), platform limits per platform."""
    rules = load_rules() if rules is None else rules
    findings = content_findings(text, rules, lang)
    for name in platforms:
        spec = spec_for(name)
        if spec is None:
            raise ValueError(f"unknown platform {name!r}")
        findings.extend(platform_findings(spec, VariantText(text), rules, lang))
    return _sorted(findings)
