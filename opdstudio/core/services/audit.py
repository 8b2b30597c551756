"""Audit events: append-only, hash-chained per organisation."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from ..domain.content_hash import canonical_json
from ..domain.models import AuditEvent
from ..domain.types import utcnow


def _event_digest(ev: AuditEvent) -> str:
    body = {
        "id": ev.id,
        "org": ev.organisation_id,
        "seq": ev.seq,
        "post": ev.post_id,
        "actor": ev.actor_id,
        "action": ev.action,
        "hash": ev.content_hash,
        "detail": ev.detail,
        "at": ev.created_at.isoformat(),
        "prev": ev.prev_hash,
    }
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def append_event(
    session: Session,
    *,
    organisation_id: str,
    actor_id: str,
    action: str,
    post_id: str | None = None,
    content_hash: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add the next event of the organisation's chain."""
    last = session.exec(
        select(AuditEvent)
        .where(AuditEvent.organisation_id == organisation_id)
        .order_by(col(AuditEvent.seq).desc())
        .limit(1)
    ).first()
    ev = AuditEvent(
        organisation_id=organisation_id,
        seq=(last.seq + 1) if last else 1,
        post_id=post_id,
        actor_id=actor_id,
        action=action,
        content_hash=content_hash,
        detail=detail or {},
        prev_hash=last.event_hash if last else "",
        created_at=utcnow(),
    )
    ev.event_hash = _event_digest(ev)
    session.add(ev)
    session.flush()
    return ev


@dataclass(frozen=True)
class ChainProblem:
    organisation_id: str
    seq: int
    problem: str  # "edited", "missing", "reordered"


def verify_chain(session: Session, organisation_id: str | None = None) -> list[ChainProblem]:
    """Recompute every chain; report edited, missing or reordered events (empty list = intact)."""
    stmt = select(AuditEvent).order_by(col(AuditEvent.organisation_id), col(AuditEvent.seq))
    if organisation_id is not None:
        stmt = stmt.where(AuditEvent.organisation_id == organisation_id)
    problems: list[ChainProblem] = []
    prev: dict[str, AuditEvent] = {}
    for ev in session.exec(stmt).all():
        before = prev.get(ev.organisation_id)
        expected_seq = before.seq + 1 if before else 1
        if ev.seq != expected_seq:
            problems.append(ChainProblem(ev.organisation_id, ev.seq, "missing"))
        if ev.prev_hash != (before.event_hash if before else ""):
            problems.append(ChainProblem(ev.organisation_id, ev.seq, "reordered"))
        if ev.event_hash != _event_digest(ev):
            problems.append(ChainProblem(ev.organisation_id, ev.seq, "edited"))
        prev[ev.organisation_id] = ev
    return problems
