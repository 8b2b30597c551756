"""The head of each organisation's audit chain (its newest event's sequence number and hash), printed in the
monthly report so that a signed paper copy anchors the chain: a later removed tail or a recomputed chain no longer
matches what was signed."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from ..domain.models import AuditEvent, Organisation


@dataclass(frozen=True)
class ChainHead:
    organisation: str  # its name
    seq: int
    event_hash: str
    at: datetime  # when the head event was written (UTC)

    @property
    def grouped_hash(self) -> str:
        """The hash in groups of eight, to read aloud or compare by eye."""
        return " ".join(self.event_hash[i : i + 8] for i in range(0, len(self.event_hash), 8))


def chain_heads(session: Session, organisation_ids: Collection[str] | None = None) -> list[ChainHead]:
    """The newest event of every chain (of ``organisation_ids`` only, when given), by organisation name."""
    newest = select(AuditEvent.organisation_id, func.max(AuditEvent.seq).label("seq")).group_by(
        col(AuditEvent.organisation_id)
    )
    if organisation_ids is not None:
        newest = newest.where(col(AuditEvent.organisation_id).in_(organisation_ids))
    last = newest.subquery()
    rows = session.exec(
        select(Organisation.name, AuditEvent.seq, AuditEvent.event_hash, AuditEvent.created_at)
        .join(last, (col(AuditEvent.organisation_id) == last.c.organisation_id) & (col(AuditEvent.seq) == last.c.seq))
        .join(Organisation, col(Organisation.id) == AuditEvent.organisation_id)
        .order_by(col(Organisation.name))
    ).all()
    return [ChainHead(name, seq, digest, at) for name, seq, digest, at in rows]


def anchor_problem(session: Session, organisation_id: str, seq: int, event_hash: str) -> str | None:
    """Whether event ``seq`` of the organisation's chain still has the printed hash: None when it does, else
    "missing" (the event is gone) or "different" (the chain was edited or recomputed up to it)."""
    found = session.exec(
        select(AuditEvent.event_hash).where(AuditEvent.organisation_id == organisation_id, AuditEvent.seq == seq)
    ).first()
    if found is None:
        return "missing"
    return None if found == "".join(event_hash.split()).lower() else "different"
