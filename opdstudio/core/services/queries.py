"""Read-side queries the screens and the CLI share (lists, queues, today's state)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_
from sqlmodel import Session, col, select

from ..domain.enums import PostStatus, Role
from ..domain.models import Organisation, Person, Post, PostVariant
from ..reporting.publication_log import LogFilter, LogRow, publication_page
from .orgs import orgs_where, reviewer_level
from .workflow import state_of

# Rejang Lebong and most agencies using OPD Studio are in Western Indonesia Time.
LOCAL_TZ = ZoneInfo("Asia/Jakarta")


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC instants at which ``day`` starts and ends in local (WIB) time."""
    start = datetime.combine(day, time.min, tzinfo=LOCAL_TZ).astimezone(UTC)
    return start, start + timedelta(days=1)


@dataclass(frozen=True)
class PostRow:
    id: str
    title: str
    status: str
    organisation: str
    author: str
    platforms: str
    updated_at: datetime


def list_posts(
    session: Session,
    person_id: str,
    *,
    search: str = "",
    status: str | None = None,
    platform: str | None = None,
    author_id: str | None = None,
    limit: int = 500,
) -> list[PostRow]:
    """Posts of the organisations where the person is admin (with units), newest change first."""
    org_ids = orgs_where(session, person_id, Role.ADMIN)
    stmt = (
        select(Post, Organisation.name, Person.name)
        .join(Organisation, col(Organisation.id) == col(Post.organisation_id))
        .join(Person, col(Person.id) == col(Post.author_id))
        .where(or_(col(Post.organisation_id).in_(org_ids), col(Post.author_id) == person_id))
        .where(col(Post.deleted_at).is_(None))
    )
    if search.strip():
        like = f"%{search.strip()}%"
        stmt = stmt.where(or_(col(Post.title).ilike(like), col(Post.main_text).ilike(like)))
    if status:
        stmt = stmt.where(Post.status == status)
    if author_id:
        stmt = stmt.where(Post.author_id == author_id)
    if platform:
        with_platform = select(PostVariant.post_id).where(
            PostVariant.platform == platform, col(PostVariant.deleted_at).is_(None)
        )
        stmt = stmt.where(col(Post.id).in_(with_platform))
    rows = session.exec(stmt.order_by(col(Post.updated_at).desc()).limit(limit)).all()
    platforms = _platforms_of(session, [p.id for p, _o, _a in rows])
    return [
        PostRow(p.id, p.title, p.status, org, author, ", ".join(platforms.get(p.id, [])), p.updated_at)
        for p, org, author in rows
    ]


def _platforms_of(session: Session, post_ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if not post_ids:
        return out
    stmt = (
        select(PostVariant.post_id, PostVariant.platform)
        .where(col(PostVariant.post_id).in_(post_ids), col(PostVariant.deleted_at).is_(None))
        .order_by(col(PostVariant.platform))
    )
    for post_id, platform in session.exec(stmt).all():
        out.setdefault(post_id, []).append(platform)
    return out


@dataclass(frozen=True)
class QueueItem:
    post_id: str
    title: str
    organisation: str
    author: str
    submitted_at: datetime | None
    waiting_level: int
    required_levels: tuple[int, ...]


def review_queue(session: Session, person_id: str) -> list[QueueItem]:
    """Posts waiting for this reviewer: own organisations and units below, not their own, oldest first."""
    org_ids = orgs_where(session, person_id, Role.REVIEWER)
    if not org_ids:
        return []
    stmt = (
        select(Post, Organisation.name, Person.name)
        .join(Organisation, col(Organisation.id) == col(Post.organisation_id))
        .join(Person, col(Person.id) == col(Post.author_id))
        .where(
            Post.status == PostStatus.IN_REVIEW,
            col(Post.organisation_id).in_(org_ids),
            Post.author_id != person_id,
            col(Post.deleted_at).is_(None),
        )
        .order_by(col(Post.submitted_at))
    )
    items = []
    for post, org, author in session.exec(stmt).all():
        state = state_of(session, post)
        level = reviewer_level(session, person_id, post.organisation_id)
        waiting = state.waiting_level
        if waiting is not None and level is not None and level >= waiting:
            items.append(QueueItem(post.id, post.title, org, author, post.submitted_at, waiting, state.required_levels))
    return items


@dataclass(frozen=True)
class Today:
    """What the home screen shows."""

    waiting_for_me: list[QueueItem]
    my_posts_needing_attention: list[PostRow]
    published_today: list[LogRow]


def today_for(session: Session, person_id: str, day: date | None = None) -> Today:
    """Posts waiting for me, my posts sent back, and what my agencies published today."""
    day = day or datetime.now(LOCAL_TZ).date()
    start, end = local_day_bounds(day)
    my_orgs = {o for role in (Role.ADMIN, Role.REVIEWER, Role.OVERSIGHT) for o in orgs_where(session, person_id, role)}
    attention = list_posts(session, person_id, status=PostStatus.CHANGES_REQUESTED, author_id=person_id)
    return Today(
        waiting_for_me=review_queue(session, person_id),
        my_posts_needing_attention=attention,
        published_today=publication_page(
            session, LogFilter(org_ids=tuple(sorted(my_orgs)), since=start, until=end), limit=50
        ),
    )
