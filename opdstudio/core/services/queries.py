"""Read-side queries the screens and the CLI share (lists, queues, today's state)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from ..domain.enums import PostStatus, Role
from ..domain.models import OfficialAccount, Organisation, Person, Post, PostVariant, Publication
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
        .where(or_(col(Post.organisation_id).in_(org_ids), Post.author_id == person_id))
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
class PublicationRow:
    id: str
    published_at: datetime
    organisation: str
    platform: str
    handle: str
    url: str
    title: str
    author: str
    post_id: str


def publication_page(
    session: Session,
    *,
    after: tuple[datetime, str] | None = None,
    limit: int = 200,
    org_ids: list[str] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> list[PublicationRow]:
    """One page of the publication log, newest first, continuing after the (published_at, id) key."""
    author = Person.__table__.alias("author")
    stmt = (
        select(
            Publication.id,
            Publication.published_at,
            Organisation.name,
            OfficialAccount.platform,
            OfficialAccount.handle,
            Publication.url,
            Post.title,
            author.c.name,
            Publication.post_id,
        )
        .join(Post, col(Post.id) == col(Publication.post_id))
        .join(OfficialAccount, col(OfficialAccount.id) == col(Publication.account_id))
        .join(Organisation, col(Organisation.id) == col(Post.organisation_id))
        .join(author, author.c.id == col(Post.author_id))
        .where(col(Publication.deleted_at).is_(None))
    )
    if after is not None:
        at, pid = after
        stmt = stmt.where(
            or_(
                col(Publication.published_at) < at,
                (col(Publication.published_at) == at) & (col(Publication.id) < pid),
            )
        )
    if org_ids is not None:
        stmt = stmt.where(col(Post.organisation_id).in_(org_ids))
    if since is not None:
        stmt = stmt.where(col(Publication.published_at) >= since)
    if until is not None:
        stmt = stmt.where(col(Publication.published_at) < until)
    stmt = stmt.order_by(col(Publication.published_at).desc(), col(Publication.id).desc()).limit(limit)
    return [PublicationRow(*row) for row in session.exec(stmt).all()]


def count_publications(session: Session) -> int:
    """How many publications the profile holds."""
    return session.exec(select(func.count()).select_from(Publication)).one()


@dataclass(frozen=True)
class Today:
    """What the home screen shows."""

    waiting_for_me: list[QueueItem]
    my_posts_needing_attention: list[PostRow]
    published_today: list[PublicationRow]


def today_for(session: Session, person_id: str, day: date | None = None) -> Today:
    """Posts waiting for me, my posts sent back, and what my agencies published today."""
    day = day or datetime.now(LOCAL_TZ).date()
    start, end = local_day_bounds(day)
    my_orgs = {o for role in (Role.ADMIN, Role.REVIEWER, Role.OVERSIGHT) for o in orgs_where(session, person_id, role)}
    attention = list_posts(session, person_id, status=PostStatus.CHANGES_REQUESTED, author_id=person_id)
    return Today(
        waiting_for_me=review_queue(session, person_id),
        my_posts_needing_attention=attention,
        published_today=publication_page(session, org_ids=sorted(my_orgs), since=start, until=end, limit=50),
    )
