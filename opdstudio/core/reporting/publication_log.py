"""The publication log: what went out where and when, with its author and approver; filtered, searched and paged.

Pages follow the time-ordered search key of migration 0002 (SQLite): every page, filter and full-text search is a
bounded read of ``publication_search_key`` or of the FTS5 index ``publication_search``, whatever the depth.

Search is Indonesian-friendly: a word also finds its suffixed forms ("vaksin" finds "vaksinasi", "layanan" finds
"layanannya"); a word of two or three letters, or one typed with a closing ``*``, matches as a prefix; a "quoted
phrase" matches as written; accents and case are ignored. Suffixed forms are looked up as exact terms, so FTS5
streams them newest first: a prefix on a long common word would make FTS5 collect every match first (about
40 ms for a word in half of a million publications), while its short prefixes have their own index.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, Select, String, bindparam, func, type_coerce
from sqlalchemy import column as sa_column
from sqlalchemy import select as sa_select
from sqlalchemy import table as sa_table
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from ..domain.enums import Decision
from ..domain.models import OfficialAccount, Organisation, Person, Post, Publication, Review

KEY_SLOTS = 1024  # keys per millisecond, as migration 0002 computes them
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_KEYS = sa_table("publication_search_key", sa_column("key", Integer), sa_column("publication_id"))
_INDEX = sa_table("publication_search", sa_column("rowid", Integer), sa_column("publication_search"))
_TEXT_COLUMNS = "{title body organisation handle}"
_WORD = re.compile(r"[^\W_]+")
_TYPED = re.compile(r"([^\W_]+)(\*?)")
# Indonesian suffixes and clitics a search word also matches with (vaksin → vaksinasi, layanan → layanannya).
SUFFIXES = (
    "", "nya", "lah", "kah", "pun", "ku", "mu", "an", "kan", "i", "annya", "kannya", "inya",
    "asi", "isasi", "asinya", "wan", "wati", "isme", "is", "if", "ator", "or", "al", "ik",
)  # fmt: skip
_PHRASE = re.compile(r'"([^"]*)"')

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


def key_of(at: datetime) -> int:
    """The first search key of the millisecond holding ``at`` (rounded as SQLite rounds)."""
    micro = (at - _EPOCH) // timedelta(microseconds=1)
    return (micro + 500) // 1000 * KEY_SLOTS


@dataclass(frozen=True)
class LogFilter:
    """What the log shows; None means no restriction."""

    search: str = ""
    org_ids: tuple[str, ...] | None = None  # the post's organisation is one of these (an agency with its units)
    platform: str | None = None
    author_id: str | None = None
    since: datetime | None = None  # UTC, inclusive
    until: datetime | None = None  # UTC, exclusive


@dataclass(frozen=True)
class LogRow:
    """One publication as the log shows it; ``key`` orders the log."""

    key: int
    id: str
    published_at: datetime
    organisation: str
    platform: str
    handle: str
    url: str
    title: str
    author: str
    approver: str
    approved_at: datetime | None
    post_id: str
    organisation_id: str


def text_query(search: str) -> str:
    """An FTS5 expression for what a person typed: every word (with its suffixed forms, or as a prefix when short
    or ending in ``*``) and every "quoted phrase" must match."""
    terms = []
    for phrase in _PHRASE.findall(search):
        words = _WORD.findall(phrase)
        if words:
            terms.append('"' + " ".join(words) + '"')
    for word, star in _TYPED.findall(_PHRASE.sub(" ", search)):
        if star or 2 <= len(word) <= 3:
            terms.append(f'"{word}"*')
        elif len(word) == 1:
            terms.append(f'"{word}"')
        else:
            terms.append("(" + " OR ".join(f'"{word}{suffix}"' for suffix in SUFFIXES) + ")")
    return " AND ".join(terms)


def match_expression(log_filter: LogFilter) -> str:
    """The FTS5 MATCH expression of the filter's search text and tags ("" when neither restricts)."""
    parts = []
    text = text_query(log_filter.search)
    if text:
        parts.append(f"{_TEXT_COLUMNS} : ({text})")
    if log_filter.org_ids:
        parts.append("tags : (" + " OR ".join(f'"o{o.replace("-", "")}"' for o in log_filter.org_ids) + ")")
    if log_filter.platform:
        parts.append(f'tags : "p{"".join(_WORD.findall(log_filter.platform))}"')
    if log_filter.author_id:
        parts.append(f'tags : "a{log_filter.author_id.replace("-", "")}"')
    return " AND ".join(parts)


@dataclass(frozen=True)
class _Shape:
    """Which restrictions a query has; each shape's statement is built once and reused with new values."""

    match: bool
    since: bool
    until: bool
    after: bool
    oldest_first: bool


def _shape_and_values(log_filter: LogFilter, after: int | None, oldest_first: bool) -> tuple[_Shape, dict[str, Any]]:
    values: dict[str, Any] = {"match": match_expression(log_filter), "after": after}
    values["lo"] = key_of(log_filter.since) if log_filter.since is not None else None
    values["hi"] = key_of(log_filter.until) if log_filter.until is not None else None
    shape = _Shape(
        bool(values["match"]), values["lo"] is not None, values["hi"] is not None, after is not None, oldest_first
    )
    return shape, {k: v for k, v in values.items() if v is not None and v != ""}


def _keys(shape: _Shape) -> Select[Any]:
    """The keys a filter of this shape selects, in log order."""
    if shape.match:
        key = _INDEX.c.rowid
        stmt = select(key.label("key")).where(_INDEX.c.publication_search.op("MATCH")(bindparam("match")))
    else:
        key = _KEYS.c.key
        stmt = select(key.label("key"))
    if shape.since:
        stmt = stmt.where(key >= bindparam("lo"))
    if shape.until:
        stmt = stmt.where(key < bindparam("hi"))
    if shape.after:
        stmt = stmt.where(key > bindparam("after") if shape.oldest_first else key < bindparam("after"))
    return stmt.order_by(key if shape.oldest_first else key.desc())


@lru_cache(maxsize=64)
def _page_statement(shape: _Shape) -> Select[Any]:
    picked = _keys(shape).limit(bindparam("limit")).subquery("picked")
    author, reviewer = aliased(Person), aliased(Person)

    def last_approval(stmt: Select[Any]) -> Any:
        """The highest-level approval of the published hash (correlated to the publication)."""
        return (
            stmt.where(
                col(Review.post_id) == col(Publication.post_id),
                col(Review.content_hash) == col(Publication.content_hash),
                col(Review.decision) == Decision.APPROVE,
            )
            .order_by(col(Review.level).desc(), col(Review.created_at).desc())
            .limit(1)
            .scalar_subquery()
        )

    approver = last_approval(
        sa_select(col(reviewer.name)).join_from(Review, reviewer, col(reviewer.id) == col(Review.reviewer_id))
    )
    approved_at = last_approval(sa_select(type_coerce(col(Review.created_at), String)))
    return (
        sa_select(
            _KEYS.c.key,
            col(Publication.id),
            type_coerce(col(Publication.published_at), String),
            col(Organisation.name),
            col(OfficialAccount.platform),
            col(OfficialAccount.handle),
            col(Publication.url),
            col(Post.title),
            col(author.name),
            approver,
            approved_at,
            col(Publication.post_id),
            col(Post.organisation_id),
        )
        .select_from(picked)
        .join(_KEYS, _KEYS.c.key == picked.c.key)
        .join(Publication, col(Publication.id) == _KEYS.c.publication_id)
        .join(Post, col(Post.id) == col(Publication.post_id))
        .join(OfficialAccount, col(OfficialAccount.id) == col(Publication.account_id))
        .join(Organisation, col(Organisation.id) == col(Post.organisation_id))
        .join(author, col(author.id) == col(Post.author_id))
        .order_by(_KEYS.c.key if shape.oldest_first else _KEYS.c.key.desc())
    )


@lru_cache(maxsize=64)
def _count_statement(shape: _Shape) -> Select[Any]:
    return sa_select(func.count()).select_from(_keys(shape).order_by(None).subquery())


def publication_page(
    session: Session,
    log_filter: LogFilter | None = None,
    *,
    after: int | None = None,
    limit: int = 200,
    oldest_first: bool = False,
) -> list[LogRow]:
    """One page of the log (newest first unless ``oldest_first``), continuing after the row whose key is ``after``.
    Reads what the session's transaction sees (flush pending changes first)."""
    log_filter = log_filter or LogFilter()
    if log_filter.org_ids is not None and not log_filter.org_ids:
        return []
    shape, values = _shape_and_values(log_filter, after, oldest_first)
    found = session.connection().execute(_page_statement(shape), {**values, "limit": limit}).all()
    return [
        LogRow(
            key,
            pid,
            _utc(at),
            org,
            platform,
            handle,
            url,
            title,
            by,
            approver or "",
            _utc(approved) if approved else None,
            post,
            org_id,
        )
        for key, pid, at, org, platform, handle, url, title, by, approver, approved, post, org_id in found
    ]


def _utc(stored: str) -> datetime:
    """A stored SQLite time (UTC, no zone) as an aware instant; parsed directly, as it is read in bulk."""
    return datetime.fromisoformat(stored).replace(tzinfo=UTC)


def count_publications(session: Session, log_filter: LogFilter | None = None) -> int:
    """How many publications the filter selects."""
    log_filter = log_filter or LogFilter()
    if log_filter.org_ids is not None and not log_filter.org_ids:
        return 0
    shape, values = _shape_and_values(log_filter, None, False)
    return int(session.connection().execute(_count_statement(shape), values).scalar_one())


def iter_log(
    session: Session,
    log_filter: LogFilter | None = None,
    *,
    batch: int = 2000,
    oldest_first: bool = True,
    cancelled: Cancelled | None = None,
) -> Iterator[list[LogRow]]:
    """The whole selection in pages of ``batch`` rows (oldest first for exports); stops early when cancelled."""
    after: int | None = None
    while not (cancelled and cancelled()):
        page = publication_page(session, log_filter, after=after, limit=batch, oldest_first=oldest_first)
        if page:
            yield page
        if len(page) < batch:
            return
        after = page[-1].key
