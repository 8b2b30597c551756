"""Lint findings by category over the posts published in a period.

Findings are not stored, so the published posts are linted again (their text per platform and their photos'
privacy facts) with the current rules; this costs about half a millisecond per post.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from ..domain.models import Photo, Post, PostPhoto, PostVariant, Publication
from ..domain.platforms import Platform
from ..lint import LintDraft, PhotoFacts, VariantText, lint_draft, load_rules

_CHUNK = 500


@dataclass(frozen=True)
class LintCount:
    category: str
    findings: int
    posts: int  # published posts with at least one finding of the category


def published_posts(session: Session, start: datetime, end: datetime, scope: set[str] | None) -> list[str]:
    """Posts with a publication from ``start`` to ``end`` (UTC) in ``scope``."""
    stmt = (
        select(Publication.post_id)
        .join(Post, col(Post.id) == col(Publication.post_id))
        .where(
            col(Publication.published_at) >= start,
            col(Publication.published_at) < end,
            col(Publication.deleted_at).is_(None),
        )
        .distinct()
    )
    if scope is not None:
        stmt = stmt.where(col(Post.organisation_id).in_(scope))
    return sorted(session.exec(stmt).all())


def lint_counts(
    session: Session,
    post_ids: list[str],
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[LintCount]:
    """Findings per category over ``post_ids``, most frequent first."""
    rules = load_rules()
    findings: Counter[str] = Counter()
    posts: Counter[str] = Counter()
    for n in range(0, len(post_ids), _CHUNK):
        if cancelled and cancelled():
            break
        for draft in _drafts(session, post_ids[n : n + _CHUNK]):
            found = Counter(f.category for f in lint_draft(draft, rules))
            findings.update(found)
            posts.update(found.keys())
        if progress:
            progress(min(n + _CHUNK, len(post_ids)), len(post_ids))
    return sorted((LintCount(c, findings[c], posts[c]) for c in findings), key=lambda r: (-r.findings, r.category))


def _drafts(session: Session, post_ids: list[str]) -> list[LintDraft]:
    variants: dict[str, dict[Platform | str, VariantText]] = defaultdict(dict)
    stmt = select(PostVariant).where(col(PostVariant.post_id).in_(post_ids), col(PostVariant.deleted_at).is_(None))
    for v in session.exec(stmt).all():
        variants[v.post_id][v.platform] = VariantText(v.text, v.title or None)
    photos: dict[str, list[PhotoFacts]] = defaultdict(list)
    placed = (
        sa_select(
            col(PostPhoto.post_id),
            col(Photo.sha256),
            col(Photo.has_gps),
            col(Photo.contains_children),
            col(Photo.consent_note),
        )
        .join(Photo, col(Photo.id) == col(PostPhoto.photo_id))
        .where(col(PostPhoto.post_id).in_(post_ids), col(PostPhoto.deleted_at).is_(None))
        .order_by(col(PostPhoto.post_id), col(PostPhoto.position))
    )
    for post_id, sha, gps, children, note in session.connection().execute(placed).all():
        photos[post_id].append(PhotoFacts(sha, has_gps=gps, contains_children=children, consent_note=note))
    return [LintDraft(dict(variants[p]), photos[p]) for p in post_ids if variants[p] or photos[p]]
