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
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from ..domain.content_hash import PhotoContent, VariantContent, content_hash
from ..domain.drafting import EditorBuffer
from ..domain.enums import PostKind, PostStatus
from ..domain.models import Person, Photo, Post, Review
from ..domain.platforms import PlatformSpec, find_hashtags, spec_for
from ..domain.types import new_id, utcnow
from ..domain.workflow import TRANSITIONS
from . import posts

ARTICLE_FIELDS = ("dateline", "lead", "writer", "editor")
"""What a website article holds besides its title and body (in ``VariantDraft.extra``)."""


@dataclass
class VariantDraft:
    """One platform's text; while ``follows_main`` its text is the main text."""

    platform: str
    follows_main: bool = True
    title: str = ""
    text: str = ""
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class PhotoDraft:
    """A photo in the post as the composer holds it: placement (crop, caption) and the photo's facts."""

    photo_id: str
    sha256: str
    original_name: str = ""
    width: int = 0
    height: int = 0
    taken_at: datetime | None = None
    has_gps: bool = False
    crop: dict[str, float] = field(default_factory=dict)
    caption: str = ""
    alt_text: str = ""
    contains_children: bool = False
    consent_note: str = ""

    @property
    def crop_size(self) -> tuple[int, int]:
        """Pixel size of the part of the photo the post shows."""
        if not self.crop:
            return self.width, self.height
        return round(self.width * self.crop["w"]), round(self.height * self.crop["h"])


@dataclass
class ComposerState:
    """Everything the composer edits; ``platforms`` are those of the chosen target accounts."""

    organisation_id: str
    post_id: str | None = None
    title: str = ""
    kind: str = PostKind.SOCIAL.value
    main_text: str = ""
    event_date: date | None = None
    event_place: str = ""
    programme: str = ""
    target_account_ids: list[str] = field(default_factory=list)
    platforms: list[str] = field(default_factory=list)
    variants: dict[str, VariantDraft] = field(default_factory=dict)
    photos: list[PhotoDraft] = field(default_factory=list)

    def variant(self, platform: str) -> VariantDraft:
        """The variant of ``platform`` (a following one if it was never edited), text resolved."""
        v = self.variants.get(platform) or VariantDraft(platform)
        return replace(v, text=self.main_text) if v.follows_main else v

    def active_variants(self) -> list[VariantDraft]:
        """The variants of the target platforms, in platform order, text resolved."""
        return [self.variant(p) for p in sorted(self.platforms)]

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as ISO text)."""
        data = asdict(self)
        data["event_date"] = self.event_date.isoformat() if self.event_date else None
        for photo in data["photos"]:
            photo["taken_at"] = photo["taken_at"].isoformat() if photo["taken_at"] else None
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ComposerState:
        """The state ``to_json`` wrote (keys this version does not know are ignored)."""
        values = _known(cls, data)
        values["event_date"] = date.fromisoformat(data["event_date"]) if data.get("event_date") else None
        values["variants"] = {k: VariantDraft(**_known(VariantDraft, v)) for k, v in data.get("variants", {}).items()}
        photos = []
        for p in data.get("photos", []):
            taken = p.get("taken_at")
            photos.append(
                PhotoDraft(**{**_known(PhotoDraft, p), "taken_at": datetime.fromisoformat(taken) if taken else None})
            )
        values["photos"] = photos
        return cls(**values)


def _known(kind: type, data: Mapping[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(kind)}
    return {k: v for k, v in data.items() if k in names}


def state_from_post(session: Session, post: Post) -> ComposerState:
    """The composer state of a stored post.

    A variant whose text equals the main text follows it, whatever the stored flag says (a variant with
    its own title is stored as edited, see ``save``).
    """
    targets = posts.targets_of(session, post.id)
    variants = {
        v.platform: VariantDraft(v.platform, v.follows_main or v.text == post.main_text, v.title, v.text, dict(v.extra))
        for v in posts.variants_of(session, post.id)
    }
    return ComposerState(
        organisation_id=post.organisation_id,
        post_id=post.id,
        title=post.title,
        kind=post.kind,
        main_text=post.main_text,
        event_date=post.event_date,
        event_place=post.event_place,
        programme=post.programme,
        target_account_ids=[a.id for a in targets],
        platforms=sorted({a.platform for a in targets}),
        variants=variants,
        photos=[photo_draft(ph, pp.crop, pp.caption, pp.alt_text) for pp, ph in posts.photos_of(session, post.id)],
    )


def photo_draft(photo: Photo, crop: Mapping[str, float] | None = None, caption: str = "", alt: str = "") -> PhotoDraft:
    """A photo row placed in a draft."""
    return PhotoDraft(
        photo_id=photo.id,
        sha256=photo.sha256,
        original_name=photo.original_name,
        width=photo.width,
        height=photo.height,
        taken_at=photo.taken_at,
        has_gps=photo.has_gps,
        crop=dict(crop or {}),
        caption=caption,
        alt_text=alt,
        contains_children=photo.contains_children,
        consent_note=photo.consent_note,
    )


def state_hash(state: ComposerState) -> str:
    """The content hash the post will have once ``state`` is saved."""
    return content_hash(
        title=state.title,
        main_text=state.main_text,
        variants=[VariantContent(v.platform, v.title, v.text, v.extra) for v in state.active_variants()],
        photos=[PhotoContent(p.sha256, p.crop, p.caption, p.alt_text) for p in state.photos],
        target_account_ids=state.target_account_ids,
    )


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
    """Write ``state`` to its post (creating it when new) through the post services; the buffer is then clean.

    Raises ``ApprovalVoidRequired`` for an approved post unless ``void_approval``; nothing is written then.
    """
    if state.post_id is None:
        post = posts.create_post(session, actor_id, state.organisation_id, kind=PostKind(state.kind))
        state.post_id = post.id
    posts.edit_post(session, actor_id, state.post_id, _edit_of(session, state), void_approval=void_approval)
    _save_photo_facts(session, state.photos)
    post = posts.get_post(session, state.post_id)
    if buffer_id is not None:
        buffer = _buffer_row(session, actor_id, state, buffer_id)
        buffer.post_id, buffer.state, buffer.base_hash = post.id, state.to_json(), post.content_hash
        buffer.pending, buffer.seq, buffer.updated_at = False, max(buffer.seq, seq), utcnow()
    session.flush()
    return post


def _edit_of(session: Session, state: ComposerState) -> posts.PostEdit:
    assert state.post_id is not None
    rows = {v.platform: v for v in posts.variants_of(session, state.post_id)}
    edits: dict[str, posts.VariantEdit | None] = {}
    for v in state.active_variants():
        row = rows.get(v.platform)
        leftovers = row is not None and bool(row.title or row.extra)
        if v.follows_main and not v.title and not v.extra and not leftovers:
            edits[v.platform] = None
        else:  # a title or article fields need an explicit variant (stored as edited; see state_from_post)
            edits[v.platform] = posts.VariantEdit(v.text, v.title, dict(v.extra))
    placements = [posts.PhotoPlacement(p.photo_id, dict(p.crop), p.caption, p.alt_text) for p in state.photos]
    current = [
        posts.PhotoPlacement(pp.photo_id, dict(pp.crop), pp.caption, pp.alt_text)
        for pp, _ph in posts.photos_of(session, state.post_id)
    ]
    return posts.PostEdit(
        title=state.title,
        main_text=state.main_text,
        kind=PostKind(state.kind),
        event_date=state.event_date,
        event_place=state.event_place,
        programme=state.programme,
        target_account_ids=list(state.target_account_ids),
        variants=edits,
        photos=None if placements == current else placements,
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
