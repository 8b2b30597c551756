"""The lint engine: content rules over each text, platform limits per variant, photo checks."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field

from opdstudio.core.domain.platforms import PlatformSpec, spec_for
from opdstudio.core.lint.findings import LANGUAGES, new_finding
from opdstudio.core.lint.fixes import clause_removal, initials, mask_digits
from opdstudio.core.lint.folding import Token, tokenize
from opdstudio.core.lint.matcher import Match
from opdstudio.core.lint.model import Finding, LintDraft, Severity, VariantText
from opdstudio.core.lint.personal_data import find_personal_data
from opdstudio.core.lint.platform_checks import photo_findings, platform_findings
from opdstudio.core.lint.rules import ContextRule, Rule, RuleSet, load_rules
from opdstudio.core.lint.text_checks import find_text_marks

_CLOSING_QUOTES = ('"', "”", "’", "'")
_ATTRIBUTION_BEFORE = (*_CLOSING_QUOTES, ",")  # '…," katanya' / 'Menurut X, katanya, …'
_ATTRIBUTION_AFTER = (",", ".", *_CLOSING_QUOTES)
_MASKS = {"nik": (4, 4), "kk": (4, 4), "phone": (4, 3)}


@dataclass
class _Scan:
    """One pass of the matcher over a text: rule hits, allow-list spans and context phrases found."""

    tokens: list[Token]
    hits: list[tuple[Rule, Match]] = dataclass_field(default_factory=list)
    allowed: dict[str, list[tuple[int, int]]] = dataclass_field(default_factory=lambda: defaultdict(list))
    contexts: dict[str, list[Match]] = dataclass_field(default_factory=lambda: defaultdict(list))


def _scan(rules: RuleSet, tokens: list[Token]) -> _Scan:
    scan = _Scan(tokens)
    cancelled: dict[str, list[Match]] = defaultdict(list)
    for m in rules.matcher.scan(tokens):
        kind, key = m.phrase.key
        if kind == "term":
            scan.hits.append((rules.by_id[key], m))
        elif kind == "allow":
            scan.allowed[key].append((tokens[m.first].start, tokens[m.last - 1].end))
        elif kind == "context":
            scan.contexts[key].append(m)
        else:
            cancelled[key].append(m)
    for cid, matches in cancelled.items():
        scan.contexts[cid] = [c for c in scan.contexts[cid] if not any(u.first <= c.first < u.last for u in matches)]
    return scan


def _near(ctx: ContextRule, found: Match, first: int, last: int, tokens: list[Token]) -> bool:
    """Whether context phrase `found` is near the tokens [first, last) as `ctx` defines it."""
    if ctx.anywhere:
        return True
    if ctx.same_sentence and tokens[found.first].sentence != tokens[first].sentence:
        return False
    if ctx.same_clause and tokens[found.first].clause != tokens[first].clause:
        return False
    return 0 <= first - found.last < ctx.before or 0 <= found.first - last < ctx.after


def _verdict(rule: Rule, first: int, last: int, scan: _Scan, rules: RuleSet) -> tuple[bool, ContextRule | None]:
    """(counts, context that lowers it): a `require` context must be near, a `skip` one drops the match."""
    applying = {
        cid
        for cid in rule.contexts
        if any(_near(rules.contexts[cid], m, first, last, scan.tokens) for m in scan.contexts.get(cid, ()))
    }
    required = [cid for cid in rule.contexts if rules.contexts[cid].action == "require"]
    if required and not applying.intersection(required):
        return False, None
    ordered = [rules.contexts[cid] for cid in rule.contexts if cid in applying]
    if any(c.action == "skip" for c in ordered):
        return False, None
    return True, next((c for c in ordered if c.action == "info"), None)


def _token_range(tokens: list[Token], ends: list[int], start: int, end: int) -> tuple[int, int]:
    """Token indexes [first, last) overlapping the characters [start, end); `ends` are the tokens' ends."""
    first = bisect_left(ends, start + 1)
    last = first
    while last < len(tokens) and tokens[last].start < end:
        last += 1
    return min(first, max(len(tokens) - 1, 0)), max(last, first + 1)


def _attributed(text: str, start: int, end: int) -> bool:
    """'"…," katanya', 'Menurut X, katanya, …': the words attribute a quote instead of passing on a rumour.

    After a closing quote any listed words are attribution; "kata…" also when set off by commas.
    """
    before = text[:start].rstrip()
    if before.endswith(_CLOSING_QUOTES):
        return True
    if not text[start:end].casefold().startswith("kata"):
        return False
    return before.endswith(_ATTRIBUTION_BEFORE) or text[end:].lstrip().startswith(_ATTRIBUTION_AFTER)


def _place(rule: Rule, text: str, start: int, end: int, fixes: tuple[str, ...]) -> tuple[int, int, tuple[str, ...]]:
    """The span a finding marks and its fixes: the clause the words belong to for `remove = "clause"`."""
    if rule.remove != "clause":
        return start, end, fixes
    s, e, replacement = clause_removal(text, start, end)
    return s, e, (replacement,)


def _term_findings(text: str, rules: RuleSet, lang: str, scan: _Scan) -> list[Finding]:
    found: list[Finding] = []
    tokens = scan.tokens
    for rule, hit in scan.hits:
        start, end = tokens[hit.first].start, tokens[hit.last - 1].end
        if any(s <= start and end <= e for s, e in scan.allowed[rule.id] + scan.allowed[""]):
            continue
        if rule.skip_after_quote and _attributed(text, start, end):
            continue
        counts, ctx = _verdict(rule, hit.first, hit.last, scan, rules)
        if not counts:
            continue
        values = {"term": text[start:end]}
        fixes: tuple[str, ...] = ("",) if (rule.suggestion or "").startswith("Hapus") else ()
        found.append(new_finding(rule, lang, values, ctx, start=start, end=end, term=hit.phrase.text, fixes=fixes))
    placed = []
    for f in _shadowed(_without_overlaps(found), rules):
        s, e, fixes = _place(rules.by_id[f.rule], text, f.start, f.end, f.fixes)
        placed.append(replace(f, start=s, end=e, fixes=fixes))
    return placed


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


def _data_fixes(kind: str, written: str, name: str) -> tuple[str, ...]:
    if kind in _MASKS:
        return (mask_digits(written, *_MASKS[kind]), "")
    if kind == "identity":
        return (initials(name),)
    return ()


def _detector_findings(text: str, rules: RuleSet, lang: str, scan: _Scan) -> list[Finding]:
    found = []
    marks = [
        (d.kind, d.start, d.end, _data_fixes(d.kind, text[d.start : d.end], d.name)) for d in find_personal_data(text)
    ]
    marks += [(m.kind, m.start, m.end, (m.fix,) if m.fix else ()) for m in find_text_marks(text)]
    ends = [t.end for t in scan.tokens] if marks else []
    for kind, start, end, fixes in marks:
        rule = rules.by_detector.get(kind)
        if rule is None:
            continue
        span = _token_range(scan.tokens, ends, start, end)
        counts, ctx = _verdict(rule, *span, scan, rules) if scan.tokens else (True, None)
        if counts:
            s, e, fixes = _place(rule, text, start, end, fixes)
            found.append(new_finding(rule, lang, {"term": text[start:end]}, ctx, start=s, end=e, fixes=fixes))
    return found


def _shadowed(findings: list[Finding], rules: RuleSet) -> list[Finding]:
    """Without findings inside the words of a finding whose rule `shadows` their category ("dasar Cina" is
    SARA, not also non-inclusive)."""
    covers = [(f.start, f.end, set(rules.by_id[f.rule].shadows)) for f in findings if rules.by_id[f.rule].shadows]
    return [f for f in findings if not any(s <= f.start and f.end <= e and f.category in c for s, e, c in covers)]


def _check_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {LANGUAGES}, not {lang!r}")


def content_findings(text: str, rules: RuleSet, lang: str = "id") -> list[Finding]:
    """Word-list, personal-data and writing findings of one text (no platform, field "text")."""
    _check_language(lang)
    scan = _scan(rules, tokenize(text))
    return _term_findings(text, rules, lang, scan) + _detector_findings(text, rules, lang, scan)


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
