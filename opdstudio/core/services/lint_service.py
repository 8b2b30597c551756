"""Lint in the workflow: an agency's rules (with its overrides), the findings of a draft or a stored post,
justifications of block findings, one-click replacements, and the warning fact the approval policy reads.

A draft is linted as variants: "main" (post title and main text), each target platform's variant, and
"website:lead" for an article's lead. Findings of a variant that follows the main text are reported once,
on "main" (platform limits stay on their platform but point into the main text).

A justification binds to its finding by (rule, subject), where the subject is the matched words (folded),
the photo's SHA-256 or, for a platform limit, the platform and field; it counts while that finding exists.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlmodel import Session, col, select

from ..domain.drafting import LintJustification, LintOverrides
from ..domain.enums import Role
from ..domain.models import Person, Post
from ..errors import DomainError
from ..lint import Finding, LintDraft, PhotoFacts, RuleSet, Severity, VariantText, lint_draft, load_rules
from .orgs import ancestors, holds_role
from .post_content import ComposerState, get_post, state_from_post, touch

MAIN = "main"
LEAD = "website:lead"
PHOTO = "photo"
PLATFORM_LIMIT = "platform_limit"


# --- rules of an agency ------------------------------------------------------------------------------


def overrides_of(session: Session, organisation_id: str) -> list[dict[str, Any]]:
    """The overrides an organisation itself stores (not those it inherits)."""
    row = _overrides_row(session, organisation_id)
    return list(row.overrides) if row is not None else []


def effective_overrides(session: Session, organisation_id: str) -> list[dict[str, Any]]:
    """Every override that applies to an organisation: the root agency's first, its own last."""
    chain = reversed(ancestors(session, organisation_id))
    return [o for oid in chain for o in overrides_of(session, oid)]


def rules_for(session: Session, organisation_id: str) -> RuleSet:
    """The lint rules of an organisation: opdstudio/resources/rules with the overrides of it and its ancestors."""
    return _rules(_key(effective_overrides(session, organisation_id)))


def set_overrides(
    session: Session, actor_id: str, organisation_id: str, overrides: Sequence[Mapping[str, Any]]
) -> LintOverrides:
    """Replace an organisation's overrides; refused unless they load. Reviewers, oversight and operators only."""
    if not any(
        holds_role(session, actor_id, r, organisation_id) for r in (Role.REVIEWER, Role.OVERSIGHT, Role.OPERATOR)
    ):
        raise DomainError(
            "Hanya atasan, pengawas Diskominfo atau operator yang dapat mengubah aturan pemeriksaan.",
            "Only a reviewer, Diskominfo oversight or an operator can change the lint rules.",
        )
    values = [dict(o) for o in overrides]
    try:
        load_rules(overrides=effective_overrides(session, organisation_id) + values)
    except ValueError as exc:
        raise DomainError(f"Aturan tidak valid: {exc}", f"Invalid rule override: {exc}") from exc
    row = _overrides_row(session, organisation_id)
    if row is None:
        row = LintOverrides(organisation_id=organisation_id)
        session.add(row)
    else:
        touch(row)
    row.overrides, row.updated_by_id = values, actor_id
    session.flush()
    return row


def _overrides_row(session: Session, organisation_id: str) -> LintOverrides | None:
    stmt = select(LintOverrides).where(
        LintOverrides.organisation_id == organisation_id, col(LintOverrides.deleted_at).is_(None)
    )
    return session.exec(stmt).first()


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)


@lru_cache(maxsize=32)
def _rules(overrides_key: str) -> RuleSet:
    return load_rules(overrides=json.loads(overrides_key))


# --- findings of a draft ------------------------------------------------------------------------------


def draft_of(state: ComposerState) -> LintDraft:
    """What lint reads of a composer state."""
    variants: dict[str, VariantText] = {MAIN: VariantText(state.main_text, state.title)}
    for v in state.active_variants():
        variants[v.platform] = VariantText(v.text, v.title)
        if v.extra.get("lead"):
            variants[LEAD] = VariantText(v.extra["lead"])
    photos = [PhotoFacts(p.sha256, p.has_gps, p.contains_children, p.consent_note, *p.crop_size) for p in state.photos]
    return LintDraft(variants, photos)


def lint_state(state: ComposerState, rules: RuleSet, lang: str = "id") -> list[Finding]:
    """Findings of a composer state, those of following variants' text reported once on "main"."""
    following = {v.platform for v in state.active_variants() if v.follows_main}
    return [
        f
        for f in lint_draft(draft_of(state), rules, lang)
        if not (f.variant in following and f.field == "text" and f.category != PLATFORM_LIMIT)
    ]


def location(finding: Finding, state: ComposerState) -> tuple[str, str]:
    """(editor, field) holding a finding's span: editor "main", a platform, "website:lead" or "photo"."""
    if finding.field == PHOTO:
        return PHOTO, str(finding.photo)
    variant = finding.variant or MAIN
    if finding.field == "text" and variant in state.platforms and state.variant(variant).follows_main:
        return MAIN, "text"
    return variant, finding.field


def text_at(state: ComposerState, editor: str, field: str) -> str:
    """The text an editor's field holds in ``state``."""
    if editor == MAIN:
        return state.title if field == "title" else state.main_text
    if editor == LEAD:
        return state.variant("website").extra.get("lead", "")
    variant = state.variant(editor)
    return variant.title if field == "title" else variant.text


def excerpt(finding: Finding, state: ComposerState) -> str:
    """The words a finding marks (empty for photo findings)."""
    if finding.field == PHOTO:
        return ""
    editor, field = location(finding, state)
    return text_at(state, editor, field)[finding.start : finding.end]


def subject(finding: Finding, state: ComposerState) -> str:
    """What a justification of ``finding`` is bound to (see the module docstring)."""
    if finding.field == PHOTO and finding.photo is not None and finding.photo < len(state.photos):
        return state.photos[finding.photo].sha256
    if finding.category == PLATFORM_LIMIT:
        return f"{finding.variant}:{finding.field}"
    return " ".join(unicodedata.normalize("NFC", excerpt(finding, state)).casefold().split())


_ARROW = re.compile(r"([^\s(,→][^(,→]*?)\s*→\s*([^,)→]+)")


def replacements(finding: Finding, matched: str) -> list[str]:
    """Wording that can replace ``matched`` in one click ("" deletes it); empty when the advice is not wording.

    The engine's own fixes come first (the sentence rewritten without an offending clause, a masked number,
    initials for a name); otherwise the rule's suggestion is read: "a → b" pairs (the one for ``matched``),
    alternatives "x / y" of plain wording, or advice starting with "Hapus" (delete the words).
    """
    hint = (finding.suggestion or "").strip()
    if finding.field == PHOTO or finding.category == PLATFORM_LIMIT:
        return []
    if finding.fixes:
        return list(finding.fixes)
    if not hint:
        return []
    folded = matched.casefold().strip()
    if "→" in hint:
        pairs = [(a.strip().casefold(), b.strip()) for a, b in _ARROW.findall(hint)]
        return [_like(matched, b) for a, b in pairs if a == folded]
    if hint.startswith("Hapus"):
        return [""]
    if hint.endswith(".") or ";" in hint:
        return []
    return [_like(matched, alt.strip()) for alt in hint.split(" / ") if alt.strip()]


def _like(matched: str, wording: str) -> str:
    """``wording`` capitalised like ``matched`` (a sentence start stays a sentence start)."""
    if matched[:1].isupper() and wording[:1].islower() and not matched.isupper():
        return wording[:1].upper() + wording[1:]
    return wording


# --- justifications and the report a reviewer sees ----------------------------------------------------


@dataclass(frozen=True)
class CheckedFinding:
    """A finding with what binds it and the justification that covers it, if any."""

    finding: Finding
    subject: str
    excerpt: str
    justification: LintJustification | None = None

    @property
    def blocks(self) -> bool:
        """A block finding nobody justified: it stops submission."""
        return self.finding.severity == Severity.BLOCK and self.justification is None


@dataclass(frozen=True)
class LintReport:
    findings: list[CheckedFinding]

    @property
    def unjustified(self) -> list[CheckedFinding]:
        return [c for c in self.findings if c.blocks]

    @property
    def has_warning(self) -> bool:
        """Whether a warn or block finding remains (justified or not): the policy's ``on_warning``."""
        return any(c.finding.severity in (Severity.WARN, Severity.BLOCK) for c in self.findings)


def justifications_of(session: Session, post_id: str) -> dict[tuple[str, str], LintJustification]:
    """The newest justification per (rule, subject) of a post."""
    stmt = (
        select(LintJustification)
        .where(LintJustification.post_id == post_id, col(LintJustification.deleted_at).is_(None))
        .order_by(col(LintJustification.created_at))
    )
    return {(j.rule, j.subject): j for j in session.exec(stmt).all()}


def check(
    state: ComposerState,
    findings: Sequence[Finding],
    justifications: Mapping[tuple[str, str], LintJustification],
) -> LintReport:
    """Pair each finding with its subject and its justification (block findings only are justified)."""
    checked = []
    for f in findings:
        key = subject(f, state)
        justified = justifications.get((f.rule, key)) if f.severity == Severity.BLOCK else None
        checked.append(CheckedFinding(f, key, excerpt(f, state), justified))
    return LintReport(checked)


def report_for_post(session: Session, post: Post, lang: str = "id") -> LintReport:
    """The findings of a stored post (as the reviewer sees it) with their justifications."""
    state = state_from_post(session, post)
    rules_key = _key(effective_overrides(session, post.organisation_id))
    findings = _cached_findings(rules_key, _key(state.to_json()), lang)
    return check(state, findings, justifications_of(session, post.id))


@lru_cache(maxsize=128)
def _cached_findings(rules_key: str, state_key: str, lang: str) -> tuple[Finding, ...]:
    """Lint of a stored post; the workflow asks for it on every approval step."""
    return tuple(lint_state(ComposerState.from_json(json.loads(state_key)), _rules(rules_key), lang))


def justification_authors(session: Session, report: LintReport) -> dict[str, str]:
    """Names of the people who wrote the report's justifications, by id."""
    ids = {c.justification.author_id for c in report.findings if c.justification is not None}
    return {p.id: p.name for p in session.exec(select(Person).where(col(Person.id).in_(ids))).all()}


def has_warning(state: ComposerState, overrides: Sequence[Mapping[str, Any]]) -> bool:
    """Whether ``state`` leaves a warn (or block) finding under these effective overrides (root agency's first):
    the ``on_warning`` approval levels apply."""
    findings = _cached_findings(_key(list(overrides)), _key(state.to_json()), "id")
    return any(f.severity in (Severity.WARN, Severity.BLOCK) for f in findings)


def unjustified_blocks(session: Session, post: Post) -> list[CheckedFinding]:
    """Block findings of the post's current content that have no justification."""
    return report_for_post(session, post).unjustified


def justify(session: Session, actor_id: str, post_id: str, rule: str, subject_: str, text: str) -> LintJustification:
    """Record why the block finding (rule, subject) of the post's current content should not stop it."""
    post = get_post(session, post_id)
    if not holds_role(session, actor_id, Role.ADMIN, post.organisation_id):
        raise DomainError(
            "Hanya admin media sosial organisasi ini yang dapat menulis alasan.",
            "Only a social-media admin of this organisation can write a justification.",
        )
    if not text.strip():
        raise DomainError("Tulis alasannya.", "Write the justification.")
    report = report_for_post(session, post)
    found = next((c for c in report.findings if (c.finding.rule, c.subject) == (rule, subject_)), None)
    if found is None or found.finding.severity != Severity.BLOCK:
        raise DomainError(
            "Temuan ini sudah tidak ada pada isi post; tidak perlu alasan.",
            "This finding is no longer in the post's content; no justification is needed.",
        )
    row = LintJustification(
        post_id=post.id,
        rule=rule,
        subject=subject_,
        excerpt=found.excerpt,
        content_hash=post.content_hash,
        text=text.strip(),
        author_id=actor_id,
    )
    session.add(row)
    session.flush()
    return row
