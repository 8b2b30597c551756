"""How fast supervisors decide and how often a post passes on its first submission, from the audit trail.

A review round runs from a submission to the decision that ends it: the final approval, a request for changes or
a rejection (an intermediate level's approval does not end it; a withdrawal or voided approval ends it without a
decision). Turnaround is measured on rounds decided in the period; the first-pass rate on posts whose first
decision falls in the period.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from ..domain.enums import AuditAction
from ..domain.models import AuditEvent

DECISIONS = frozenset({AuditAction.APPROVED, AuditAction.CHANGES_REQUESTED, AuditAction.REJECTED})
_ENDS_WITHOUT_DECISION = frozenset({AuditAction.WITHDRAWN, AuditAction.APPROVAL_VOIDED})
_CHUNK = 500


@dataclass(frozen=True)
class ApprovalStats:
    decisions: int  # review rounds decided in the period
    median_hours: float | None
    p90_hours: float | None
    first_decisions: int  # posts whose first decision fell in the period
    first_pass: int  # … of which were approved on that first decision

    @property
    def first_pass_rate(self) -> float | None:
        return self.first_pass / self.first_decisions if self.first_decisions else None


@dataclass(frozen=True)
class Round:
    post_id: str
    submitted_at: datetime
    decided_at: datetime
    decision: str


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (the smallest value with at least ``share`` of the values at or below it)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def rounds_of(events: Iterable[tuple[str, datetime, str, dict[str, object]]]) -> dict[str, list[Round]]:
    """Decided review rounds per post from its (post, time, action, detail) events in order."""
    out: dict[str, list[Round]] = defaultdict(list)
    open_since: dict[str, datetime] = {}
    for post_id, at, action, detail in events:
        if action == AuditAction.SUBMITTED:
            if detail.get("already_approved"):
                open_since.pop(post_id, None)
            else:
                open_since[post_id] = at
        elif action in DECISIONS and post_id in open_since:
            out[post_id].append(Round(post_id, open_since.pop(post_id), at, action))
        elif action in _ENDS_WITHOUT_DECISION:
            open_since.pop(post_id, None)
    return out


def approval_stats(session: Session, start: datetime, end: datetime, scope: set[str] | None) -> ApprovalStats:
    """Turnaround and first-pass rate of the decisions taken from ``start`` to ``end`` (UTC) in ``scope``."""
    decided = select(AuditEvent.post_id).where(
        col(AuditEvent.action).in_(DECISIONS),
        col(AuditEvent.created_at) >= start,
        col(AuditEvent.created_at) < end,
        col(AuditEvent.post_id).is_not(None),
    )
    if scope is not None:
        decided = decided.where(col(AuditEvent.organisation_id).in_(scope))
    post_ids = sorted({p for p in session.exec(decided).all() if p is not None})
    events: list[tuple[str, datetime, str, dict[str, object]]] = []
    wanted = DECISIONS | _ENDS_WITHOUT_DECISION | {AuditAction.SUBMITTED}
    for n in range(0, len(post_ids), _CHUNK):
        stmt = (
            select(AuditEvent.post_id, AuditEvent.created_at, AuditEvent.action, AuditEvent.detail)
            .where(col(AuditEvent.post_id).in_(post_ids[n : n + _CHUNK]), col(AuditEvent.action).in_(wanted))
            .order_by(col(AuditEvent.post_id), col(AuditEvent.created_at), col(AuditEvent.seq))
        )
        events.extend((p or "", at, action, dict(detail)) for p, at, action, detail in session.exec(stmt).all())
    hours: list[float] = []
    first_decisions = first_pass = 0
    for rounds in rounds_of(events).values():
        for r in rounds:
            if start <= r.decided_at < end:
                hours.append((r.decided_at - r.submitted_at).total_seconds() / 3600)
        first = rounds[0]
        if start <= first.decided_at < end:
            first_decisions += 1
            first_pass += first.decision == AuditAction.APPROVED
    return ApprovalStats(
        decisions=len(hours),
        median_hours=statistics.median(hours) if hours else None,
        p90_hours=percentile(hours, 0.9) if hours else None,
        first_decisions=first_decisions,
        first_pass=first_pass,
    )
