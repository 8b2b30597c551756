"""The composer's draft: the whole state of a post being written, its autosave buffer, and saving it.

Autosave policy (DESIGN.md: a crash loses at most a second or two): the composer writes its state into the
local ``EditorBuffer`` about a second after the last keystroke and at least every two seconds while typing
goes on; SQLite in WAL mode with ``synchronous=FULL`` keeps each acknowledged write through a kill -9 or a
power cut. The buffer is never synced and never audited. The post itself (synced, audited, hashed) is
written through ``posts.edit_post`` only when the admin saves, leaves the composer or submits, so the audit
trail holds deliberate versions, not keystrokes. After a crash the buffer is still ``pending`` and the app
offers it back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from ..domain.drafting import EditorBuffer
from ..domain.enums import PostKind, PostStatus
from ..domain.models import Person, Photo, Post, Review
from ..domain.platforms import PlatformSpec, find_hashtags, spec_for
from ..domain.types import new_id, utcnow
from ..domain.workflow import TRANSITIONS
from . import posts
from .post_content import ComposerState, PhotoDraft, state_from_post, state_hash
from .post_content import VariantDraft as VariantDraft  # the composer's types live with the post's content
from .post_content import photo_draft as photo_draft

ARTICLE_FIELDS = ("dateline", "lead", "writer", "editor")
"""What a website article holds besides its title and body (in ``VariantDraft.extra``)."""


# --- saving ------------------------------------------------------------------------------------------


def save(
    session: Session,
    actor_id: str,
    state: ComposerState,
    *,
    buffer_id: str | None = None,
    seq: int = 0,
    void_approval: bool = False,
) -> Post:
    """Write ``state`` to its post (creating it when new) as one edit; the buffer is then clean.

    Raises ``ApprovalVoidRequired`` for an approved post unless ``void_approval``; nothing is written then.
    """
    if state.post_id is None:
        post = posts.create_post(session, actor_id, state.organisation_id, kind=PostKind(state.kind))
        state.post_id = post.id
    post = posts.edit_post(session, actor_id, state.post_id, _edit_of(state), void_approval=void_approval)
    _save_photo_facts(session, state.photos)
    if buffer_id is not None:
        done = session.connection().execute(
            update(EditorBuffer)
            .where(col(EditorBuffer.id) == buffer_id)
            .values(
                post_id=post.id,
                state=state.to_json(),
                base_hash=post.content_hash,
                pending=False,
                seq=func.max(col(EditorBuffer.seq), seq),
                updated_at=utcnow(),
            )
        )
        if done.rowcount == 0:
            session.add(
                EditorBuffer(
                    id=buffer_id,
                    person_id=actor_id,
                    post_id=post.id,
                    organisation_id=state.organisation_id,
                    base_hash=post.content_hash,
                    state=state.to_json(),
                    seq=seq,
                )
            )
    session.flush()
    return post


def _edit_of(state: ComposerState) -> posts.PostEdit:
    """The whole composer state as one edit of its post (the post service writes only what differs)."""
    edits: dict[str, posts.VariantEdit | None] = {}
    for v in state.active_variants():
        if v.follows_main and not v.title and not v.extra:
            edits[v.platform] = None
        else:  # a title or article fields need an explicit variant (stored as edited; see state_from_post)
            edits[v.platform] = posts.VariantEdit(v.text, v.title, dict(v.extra))
    return posts.PostEdit(
        title=state.title,
        main_text=state.main_text,
        kind=PostKind(state.kind),
        event_date=state.event_date,
        event_place=state.event_place,
        programme=state.programme,
        target_account_ids=list(state.target_account_ids),
        variants=edits,
        photos=[posts.PhotoPlacement(p.photo_id, dict(p.crop), p.caption, p.alt_text) for p in state.photos],
    )


def _save_photo_facts(session: Session, photos: Sequence[PhotoDraft]) -> None:
    for draft in photos:
        photo = session.get(Photo, draft.photo_id)
        if photo is None:
            continue
        facts = (draft.contains_children, draft.consent_note.strip())
        if (photo.contains_children, photo.consent_note) != facts:
            photo.contains_children, photo.consent_note = facts
            posts.touch(photo)


# --- the autosave buffer -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Opened:
    """What the composer starts from."""

    state: ComposerState
    view: dict[str, Any]
    buffer_id: str
    seq: int
    recovered_at: datetime | None = None  # set when the state holds edits that were never saved
    stale: bool = False  # the post changed (e.g. by sync) after those edits began


def open_draft(
    session: Session,
    person_id: str,
    *,
    post_id: str | None = None,
    organisation_id: str | None = None,
    buffer_id: str | None = None,
) -> Opened:
    """The state to edit: the person's unsaved edits of the post if any, else the post (or a new draft)."""
    buffer = session.get(EditorBuffer, buffer_id) if buffer_id else None
    if buffer is not None:
        post_id = buffer.post_id
        organisation_id = buffer.organisation_id
    elif post_id is not None:
        buffer = _newest_buffer(session, person_id, post_id)
    post = posts.get_post(session, post_id) if post_id else None
    if buffer is not None and buffer.pending:
        state = ComposerState.from_json(buffer.state)
        stale = post is not None and post.content_hash != buffer.base_hash
        return Opened(state, dict(buffer.view), buffer.id, buffer.seq, buffer.updated_at, stale)
    if post is not None:
        state = state_from_post(session, post)
    elif organisation_id is not None:
        state = ComposerState(organisation_id=organisation_id)
    else:
        raise ValueError("a new draft needs an organisation")
    if buffer is None:
        return Opened(state, {}, new_id(), 0)
    return Opened(state, dict(buffer.view), buffer.id, buffer.seq)


def autosave(
    session: Session, person_id: str, state: ComposerState, view: Mapping[str, Any], *, buffer_id: str, seq: int
) -> bool:
    """Keep ``state`` as the person's unsaved edits; False (nothing written) when a newer ``seq`` is stored."""
    buffer = _buffer_row(session, person_id, state, buffer_id)
    if buffer.seq >= seq and buffer.state:
        return False
    buffer.state, buffer.view, buffer.seq = state.to_json(), dict(view), seq
    buffer.post_id, buffer.pending, buffer.updated_at = state.post_id, True, utcnow()
    session.flush()
    return True


def remember_view(
    session: Session, person_id: str, state: ComposerState, view: Mapping[str, Any], buffer_id: str
) -> None:
    """Store where the person was (tab, cursor) so opening the draft again resumes there."""
    buffer = _buffer_row(session, person_id, state, buffer_id)
    buffer.view = dict(view)
    buffer.post_id = buffer.post_id or state.post_id
    session.flush()


def discard(session: Session, buffer_id: str) -> None:
    """Forget the unsaved edits (and the remembered place) of a buffer."""
    buffer = session.get(EditorBuffer, buffer_id)
    if buffer is not None:
        session.delete(buffer)
        session.flush()


@dataclass(frozen=True)
class PendingDraft:
    """Unsaved edits found in the buffer, e.g. after a crash."""

    buffer_id: str
    post_id: str | None
    title: str
    excerpt: str
    updated_at: datetime


def pending_drafts(session: Session, person_id: str) -> list[PendingDraft]:
    """The person's unsaved edits of posts that can still be edited, newest first."""
    stmt = (
        select(EditorBuffer)
        .where(EditorBuffer.person_id == person_id, col(EditorBuffer.pending).is_(True))
        .order_by(col(EditorBuffer.updated_at).desc())
    )
    found = []
    for buffer in session.exec(stmt).all():
        state = ComposerState.from_json(buffer.state)
        if buffer.post_id is not None:
            post = session.get(Post, buffer.post_id)
            editable = post is not None and post.deleted_at is None and PostStatus(post.status) in TRANSITIONS["edit"]
            if not editable or state_hash(state) == post.content_hash:  # type: ignore[union-attr]
                continue
        text = " ".join(state.main_text.split())
        found.append(PendingDraft(buffer.id, buffer.post_id, state.title, text[:120], buffer.updated_at))
    return found


def _newest_buffer(session: Session, person_id: str, post_id: str) -> EditorBuffer | None:
    stmt = (
        select(EditorBuffer)
        .where(EditorBuffer.person_id == person_id, EditorBuffer.post_id == post_id)
        .order_by(col(EditorBuffer.updated_at).desc())
    )
    return session.exec(stmt).first()


def _buffer_row(session: Session, person_id: str, state: ComposerState, buffer_id: str) -> EditorBuffer:
    buffer = session.get(EditorBuffer, buffer_id)
    if buffer is None:
        base = posts.get_post(session, state.post_id).content_hash if state.post_id else ""
        buffer = EditorBuffer(
            id=buffer_id,
            person_id=person_id,
            post_id=state.post_id,
            organisation_id=state.organisation_id,
            base_hash=base,
        )
        session.add(buffer)
    return buffer


# --- counters and the feed preview -------------------------------------------------------------------


@dataclass(frozen=True)
class Count:
    """One live counter: ``what`` is "text", "title" or "hashtags"; ``limit`` None means no limit."""

    what: str
    value: int
    limit: int | None

    @property
    def over(self) -> bool:
        return self.limit is not None and self.value > self.limit


def counts(platform: str, title: str, text: str) -> list[Count]:
    """The counters of one platform's variant, as the platform counts (X: weighted length)."""
    spec = spec_for(platform)
    if spec is None:
        return [Count("text", len(text), None)]
    found = [Count("text", spec.text_length(text), spec.text_max)]
    if spec.title_max is not None:
        found.append(Count("title", len(title), spec.title_max))
    if spec.max_hashtags is not None:
        found.append(Count("hashtags", len(find_hashtags(text)), spec.max_hashtags))
    return found


def overflow_spans(platform: str, title: str, text: str) -> dict[str, tuple[int, int]]:
    """Per field ("text", "title"), the code-point span past the platform's limit, if any."""
    spec = spec_for(platform)
    if spec is None:
        return {}
    spans = {}
    start = spec.text_overflow_offset(text)
    if start is not None:
        spans["text"] = (start, len(text))
    if spec.title_max is not None and len(title) > spec.title_max:
        spans["title"] = (spec.title_max, len(title))
    return spans


def feed_excerpt(spec: PlatformSpec, text: str) -> tuple[str, bool]:
    """What the feed shows before its "more" link, cut at a word boundary; True when it was cut.

    X shows the text up to its limit and nothing after it.
    """
    limit = spec.preview_cutoff
    if spec.x_weighted:
        cut = spec.text_overflow_offset(text)
        return (text, False) if cut is None else (text[:cut], True)
    if limit is None or len(text) <= limit:
        return text, False
    head = text[:limit]
    space = head.rfind(" ")
    return (head[:space] if space > limit // 2 else head).rstrip(), True


def feed_frame(platform: str, width: int, height: int) -> tuple[float, bool]:
    """The aspect (w/h) of the frame a platform's feed shows a photo in, and whether it is letterboxed in it.

    Feeds crop a photo into their aspect range; a TikTok photo post shows the whole photo on a 9:16 screen;
    YouTube community posts use the spec's preferred aspect.
    """
    ratio = width / height if width > 0 and height > 0 else 1.0
    spec = spec_for(platform)
    if spec is None:
        return ratio, False
    if spec.platform.value == "tiktok":
        return spec.preferred_aspect or 9 / 16, True
    if spec.aspect_min is None and spec.aspect_max is None:
        return spec.preferred_aspect or ratio, False
    low = spec.aspect_min if spec.aspect_min is not None else 0.0
    high = spec.aspect_max if spec.aspect_max is not None else float("inf")
    return min(max(ratio, low), high), False


def known_programmes(session: Session, organisation_id: str) -> list[str]:
    """Programme (kegiatan) tags already used by the organisation's posts, for the composer to offer."""
    stmt = select(Post.programme).where(Post.organisation_id == organisation_id, Post.programme != "").distinct()
    return sorted(session.exec(stmt).all())


@dataclass(frozen=True)
class ReviewNote:
    """A reviewer's decision on the post, as the composer lists it."""

    at: datetime
    reviewer: str
    decision: str
    comment: str


def review_history(session: Session, post_id: str) -> list[ReviewNote]:
    """The post's reviews, oldest first."""
    stmt = (
        select(Review, Person.name)
        .join(Person, col(Person.id) == col(Review.reviewer_id))
        .where(Review.post_id == post_id)
        .order_by(col(Review.created_at))
    )
    return [ReviewNote(r.created_at, name, r.decision, r.comment) for r, name in session.exec(stmt).all()]
