"""What a post holds, read and held in memory: its targets, variants and photos, the composer's state of it,
and the content hash of that state. The one place both the post services and lint read content from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from ..domain.content_hash import PhotoContent, VariantContent, content_hash
from ..domain.enums import PostKind
from ..domain.models import OfficialAccount, Photo, Post, PostPhoto, PostTarget, PostVariant, Synced
from ..domain.types import utcnow
from ..errors import DomainError


def touch(row: Synced) -> None:
    """Mark a synced row as edited (rev + 1, updated now)."""
    row.rev += 1
    row.updated_at = utcnow()


def get_post(session: Session, post_id: str) -> Post:
    """The post with this id, or a DomainError a person can read."""
    post = session.get(Post, post_id)
    if post is None or post.deleted_at is not None:
        raise DomainError("Post tidak ditemukan.", "Post not found.")
    return post


def variants_of(session: Session, post_id: str) -> list[PostVariant]:
    stmt = select(PostVariant).where(PostVariant.post_id == post_id, col(PostVariant.deleted_at).is_(None))
    return list(session.exec(stmt.order_by(col(PostVariant.platform))).all())


def targets_of(session: Session, post_id: str) -> list[OfficialAccount]:
    stmt = (
        select(OfficialAccount)
        .join(PostTarget, col(PostTarget.account_id) == col(OfficialAccount.id))
        .where(PostTarget.post_id == post_id, col(PostTarget.deleted_at).is_(None))
        .order_by(col(OfficialAccount.platform), col(OfficialAccount.handle))
    )
    return list(session.exec(stmt).all())


def photos_of(session: Session, post_id: str) -> list[tuple[PostPhoto, Photo]]:
    stmt = (
        select(PostPhoto, Photo)
        .join(Photo, col(Photo.id) == col(PostPhoto.photo_id))
        .where(PostPhoto.post_id == post_id, col(PostPhoto.deleted_at).is_(None))
        .order_by(col(PostPhoto.position))
    )
    return [(pp, ph) for pp, ph in session.exec(stmt).all()]


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
    """The composer state of a stored post."""
    return content_state(post, targets_of(session, post.id), variants_of(session, post.id), photos_of(session, post.id))


def content_state(
    post: Post,
    targets: list[OfficialAccount],
    variants: list[PostVariant],
    photos: list[tuple[PostPhoto, Photo]],
) -> ComposerState:
    """The composer state of a post and its live rows (targets in platform, handle order; photos in place order).

    A variant whose text equals the main text follows it, whatever the stored flag says (a variant with
    its own title is stored as edited, see ``composing.save``).
    """
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
        variants={
            v.platform: VariantDraft(
                v.platform, v.follows_main or v.text == post.main_text, v.title, v.text, dict(v.extra)
            )
            for v in variants
        },
        photos=[photo_draft(ph, pp.crop, pp.caption, pp.alt_text) for pp, ph in photos],
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
