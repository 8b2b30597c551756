"""The rules of a post's life, as pure functions over plain values.

draft ──submit──▶ in_review ──approve (all required levels)──▶ approved ──record publication──▶ published
in_review ──request changes──▶ changes_requested ──resubmit──▶ in_review;  in_review ──reject──▶ rejected.
An edit of an approved post voids the approval; an edit while in review withdraws the submission.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .enums import Decision, PolicyCondition, PostStatus

S = PostStatus

TRANSITIONS: dict[str, frozenset[PostStatus]] = {
    "submit": frozenset({S.DRAFT, S.CHANGES_REQUESTED}),
    "review": frozenset({S.IN_REVIEW}),
    "edit": frozenset({S.DRAFT, S.CHANGES_REQUESTED, S.IN_REVIEW, S.APPROVED}),
    "publish": frozenset({S.APPROVED, S.PUBLISHED}),
}

STATUS_LABELS_ID = {
    S.DRAFT: "draf",
    S.IN_REVIEW: "menunggu tinjauan",
    S.CHANGES_REQUESTED: "perlu perbaikan",
    S.APPROVED: "disetujui",
    S.PUBLISHED: "terpublikasi",
    S.REJECTED: "ditolak",
}
STATUS_LABELS_EN = {
    S.DRAFT: "draft",
    S.IN_REVIEW: "in review",
    S.CHANGES_REQUESTED: "changes requested",
    S.APPROVED: "approved",
    S.PUBLISHED: "published",
    S.REJECTED: "rejected",
}

# Titles of regional heads, also inside hashtags (#BupatiRejangLebong) and common abbreviations.
_REGENT = re.compile(
    r"(?<![a-z])(bupati|wakil\s+bupati|wabup|wali\s*kota|wakil\s+wali\s*kota|wawali|gubernur|wagub)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class LevelRule:
    """One approval level of a policy and when it applies."""

    level: int
    label: str
    condition: PolicyCondition = PolicyCondition.ALWAYS


DEFAULT_POLICY: tuple[LevelRule, ...] = (LevelRule(1, "Atasan langsung"),)


@dataclass(frozen=True)
class PolicyFacts:
    """What the policy conditions look at."""

    has_warning: bool = False
    mentions_regent: bool = False


@dataclass(frozen=True)
class ReviewFact:
    """A recorded review, reduced to what the approval rule needs."""

    reviewer_id: str
    level: int
    decision: Decision
    content_hash: str


@dataclass(frozen=True)
class ApprovalState:
    """Approval derived from the reviews of the current hash."""

    required_levels: tuple[int, ...]
    approved_levels: tuple[int, ...]

    @property
    def waiting_level(self) -> int | None:
        """The lowest required level still without an approval, or None when approved."""
        return next((lv for lv in self.required_levels if lv not in self.approved_levels), None)

    @property
    def is_approved(self) -> bool:
        return self.waiting_level is None


def mentions_regent(texts: Iterable[str]) -> bool:
    """Whether any text names the regent / mayor / governor by title."""
    return any(_REGENT.search(t) for t in texts)


def required_levels(policy: Sequence[LevelRule], facts: PolicyFacts) -> tuple[int, ...]:
    """The levels a post with these facts must pass, ascending."""
    needed = []
    for rule in policy:
        cond = rule.condition
        applies = (
            cond == PolicyCondition.ALWAYS
            or (cond == PolicyCondition.ON_WARNING and facts.has_warning)
            or (cond == PolicyCondition.ON_REGENT_MENTION and facts.mentions_regent)
            or (cond == PolicyCondition.ON_WARNING_OR_REGENT and (facts.has_warning or facts.mentions_regent))
        )
        if applies:
            needed.append(rule.level)
    return tuple(sorted(set(needed))) or (min(r.level for r in policy) if policy else 1,)


def approval_state(reviews: Iterable[ReviewFact], current_hash: str, levels: Sequence[int]) -> ApprovalState:
    """Which required levels hold an approval of exactly ``current_hash``.

    A reviewer signs at their own level, and an approval at a level also covers every level below it
    (a kepala dinas who approves first needs no kepala bidang after them).
    """
    signed = [r.level for r in reviews if r.content_hash == current_hash and r.decision == Decision.APPROVE]
    top = max(signed, default=0)
    return ApprovalState(tuple(levels), tuple(level for level in levels if level <= top))
