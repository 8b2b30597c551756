"""What happened to posts, read from the audit events: the activity feed, a post's audit trail, and what is
new for a person since they last looked (for desktop notifications)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import or_
from sqlmodel import Session, col, select

from ..domain.enums import AuditAction, Role
from ..domain.models import AuditEvent, OfficialAccount, Organisation, Person, Post
from .audit import verify_chain
from .orgs import orgs_where
from .queries import review_queue

A = AuditAction
FEED_ACTIONS = (
    A.SUBMITTED,
    A.LEVEL_APPROVED,
    A.APPROVED,
    A.CHANGES_REQUESTED,
    A.REJECTED,
    A.APPROVAL_VOIDED,
    A.PUBLISHED,
)
"""Steps worth telling others about; creating, editing and withdrawing a draft are the author's own business."""
DECISIONS = (A.APPROVED, A.CHANGES_REQUESTED, A.REJECTED)


@dataclass(frozen=True)
class ActivityItem:
    """One step of a post's life: who did what, when, with the content hash it concerned."""

    event_id: str
    at: datetime
    action: str
    actor_id: str
    actor: str
    post_id: str | None
    post_title: str
    organisation: str
    content_hash: str
    comment: str = ""
    level: int | None = None
    account: str = ""  # "platform handle" of a publication
    url: str = ""
    seq: int = 0  # place in the organisation's hash chain
    event_hash: str = ""


def _visible_orgs(session: Session, person_id: str) -> list[str]:
    return list(dict.fromkeys(o for role in Role for o in orgs_where(session, person_id, role)))


def _items(session: Session, rows: Iterable[tuple[AuditEvent, str, str, str]]) -> list[ActivityItem]:
    rows = list(rows)
    account_ids = {ev.detail.get("account_id") for ev, *_ in rows if ev.detail.get("account_id")}
    accounts = {
        a.id: f"{a.platform} {a.handle}"
        for a in session.exec(select(OfficialAccount).where(col(OfficialAccount.id).in_(account_ids))).all()
    }
    return [
        ActivityItem(
            event_id=ev.id,
            at=ev.created_at,
            action=ev.action,
            actor_id=ev.actor_id,
            actor=actor,
            post_id=ev.post_id,
            post_title=title,
            organisation=org,
            content_hash=ev.content_hash,
            comment=str(ev.detail.get("comment", "")),
            level=ev.detail.get("level"),
            account=accounts.get(ev.detail.get("account_id", ""), ""),
            url=str(ev.detail.get("url", "")),
            seq=ev.seq,
            event_hash=ev.event_hash,
        )
        for ev, actor, title, org in rows
    ]


def _events() -> Any:
    return (
        select(AuditEvent, Person.name, Post.title, Organisation.name)
        .join(Person, col(Person.id) == col(AuditEvent.actor_id))
        .join(Post, col(Post.id) == col(AuditEvent.post_id))
        .join(Organisation, col(Organisation.id) == col(AuditEvent.organisation_id))
    )


def activity_feed(session: Session, person_id: str, *, limit: int = 50) -> list[ActivityItem]:
    """The newest steps on posts of every organisation the person works in (and on their own posts)."""
    org_ids = _visible_orgs(session, person_id)
    stmt = (
        _events()
        .where(col(AuditEvent.action).in_(FEED_ACTIONS))
        .where(or_(col(AuditEvent.organisation_id).in_(org_ids), col(Post.author_id) == person_id))
        .order_by(col(AuditEvent.created_at).desc(), col(AuditEvent.seq).desc())
        .limit(limit)
    )
    return _items(session, session.exec(stmt).all())


@dataclass(frozen=True)
class Trail:
    """A post's audit trail, oldest first, and whether its organisation's hash chain is intact."""

    entries: list[ActivityItem]
    chain_intact: bool


def post_trail(session: Session, post_id: str) -> Trail:
    """Every audit event of the post (including drafting steps), with the chain check of its organisation."""
    stmt = _events().where(AuditEvent.post_id == post_id).order_by(col(AuditEvent.seq))
    rows = session.exec(stmt).all()
    org_ids = {ev.organisation_id for ev, *_ in rows}
    intact = not any(verify_chain(session, org_id) for org_id in org_ids)
    return Trail(_items(session, rows), intact)


class NoticeKind(StrEnum):
    WAITING = "waiting"  # a post now waits for my review
    DECIDED = "decided"  # a reviewer decided on my post


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    post_id: str
    title: str
    action: str = ""  # for DECIDED: approved, changes_requested, rejected
    actor: str = ""
    comment: str = ""


@dataclass(frozen=True)
class Watch:
    """What a person is waiting on at one moment: posts in their queue and decisions on their posts."""

    waiting: Mapping[str, str]  # post id → title
    decisions: Mapping[str, ActivityItem]  # event id → decision


def watch(session: Session, person_id: str, since: datetime) -> Watch:
    """The person's review queue and the decisions others took on their posts since ``since``."""
    stmt = (
        _events()
        .where(col(AuditEvent.action).in_(DECISIONS))
        .where(Post.author_id == person_id, AuditEvent.actor_id != person_id, col(AuditEvent.created_at) >= since)
        .order_by(col(AuditEvent.created_at))
    )
    return Watch(
        waiting={q.post_id: q.title for q in review_queue(session, person_id)},
        decisions={item.event_id: item for item in _items(session, session.exec(stmt).all())},
    )


def news(before: Watch, after: Watch) -> list[Notice]:
    """What ``after`` holds that ``before`` did not: posts that came to wait for me, decisions on my posts."""
    out = [Notice(NoticeKind.WAITING, pid, title) for pid, title in after.waiting.items() if pid not in before.waiting]
    for event_id, item in after.decisions.items():
        if event_id not in before.decisions and item.post_id is not None:
            out.append(Notice(NoticeKind.DECIDED, item.post_id, item.post_title, item.action, item.actor, item.comment))
    return out
