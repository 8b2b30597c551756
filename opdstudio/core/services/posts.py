"""Creating and editing posts; the content a hash covers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, col, select

from ..domain.content_hash import PhotoContent, VariantContent, content_hash
from ..domain.enums import AuditAction, PostKind, PostStatus, Role
from ..domain.models import OfficialAccount, Photo, Post, PostPhoto, PostTarget, PostVariant, Synced
from ..domain.types import utcnow
from ..domain.workflow import TRANSITIONS
from ..errors import ApprovalVoidRequired, DomainError
from .audit import append_event
from .orgs import ancestors, holds_role


def touch(row: Synced) -> None:
    """Mark a synced row as edited (rev + 1, updated now)."""
    row.rev += 1
    row.updated_at = utcnow()


@dataclass
class VariantEdit:
    """New text for one platform variant; it stops following the main text."""

    text: str
    title: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass
class PhotoPlacement:
    """A photo's place in a post."""

    photo_id: str
    crop: Mapping[str, float] = field(default_factory=dict)
    caption: str = ""
    alt_text: str = ""


@dataclass
class PostEdit:
    """A change to a post; None leaves a field as it is."""

    title: str | None = None
    main_text: str | None = None
    kind: PostKind | None = None
    event_date: date | None = None
    event_place: str | None = None
    programme: str | None = None
    target_account_ids: Sequence[str] | None = None
    variants: Mapping[str, VariantEdit | None] | None = None  # None value = follow the main text again
    photos: Sequence[PhotoPlacement] | None = None


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


def compute_hash(session: Session, post: Post) -> str:
    """The content hash of the post as it is now in the session."""
    return content_hash(
        title=post.title,
        main_text=post.main_text,
        variants=[VariantContent(v.platform, v.title, v.text, v.extra) for v in variants_of(session, post.id)],
        photos=[PhotoContent(ph.sha256, pp.crop, pp.caption, pp.alt_text) for pp, ph in photos_of(session, post.id)],
        target_account_ids=[a.id for a in targets_of(session, post.id)],
    )


def _require_admin(session: Session, actor_id: str, org_id: str) -> None:
    if not holds_role(session, actor_id, Role.ADMIN, org_id):
        raise DomainError(
            "Anda bukan admin media sosial di organisasi ini.",
            "You are not a social-media admin of this organisation.",
        )


def get_post(session: Session, post_id: str) -> Post:
    """The post with this id, or a DomainError a person can read."""
    post = session.get(Post, post_id)
    if post is None or post.deleted_at is not None:
        raise DomainError("Post tidak ditemukan.", "Post not found.")
    return post


def create_post(
    session: Session,
    actor_id: str,
    organisation_id: str,
    *,
    title: str = "",
    main_text: str = "",
    kind: PostKind = PostKind.SOCIAL,
    target_account_ids: Sequence[str] = (),
    event_date: date | None = None,
    event_place: str = "",
    programme: str = "",
) -> Post:
    """Start a draft in ``organisation_id`` written by ``actor_id``."""
    _require_admin(session, actor_id, organisation_id)
    post = Post(
        organisation_id=organisation_id,
        author_id=actor_id,
        title=title,
        main_text=main_text,
        kind=kind,
        event_date=event_date,
        event_place=event_place,
        programme=programme,
    )
    session.add(post)
    session.flush()
    _apply_targets(session, post, target_account_ids)
    post.content_hash = compute_hash(session, post)
    if title or main_text:
        _note_lint_warning(session, post)
    append_event(
        session,
        organisation_id=organisation_id,
        actor_id=actor_id,
        action=AuditAction.CREATED,
        post_id=post.id,
        content_hash=post.content_hash,
    )
    return post


def edit_post(session: Session, actor_id: str, post_id: str, edit: PostEdit, *, void_approval: bool = False) -> Post:
    """Apply ``edit``; an approved post needs ``void_approval``. Approved/in-review posts go back to draft."""
    post = get_post(session, post_id)
    _require_admin(session, actor_id, post.organisation_id)
    status = PostStatus(post.status)
    if status not in TRANSITIONS["edit"]:
        raise DomainError(
            f"Post berstatus '{status.value}' tidak dapat diubah lagi; buat post baru.",
            f"A post that is '{status.value}' can no longer be edited; create a new post.",
        )
    old_hash = post.content_hash
    for name in ("title", "main_text", "kind", "event_place", "programme"):
        value = getattr(edit, name)
        if value is not None:
            setattr(post, name, value)
    if edit.event_date is not None:
        post.event_date = edit.event_date
    if edit.target_account_ids is not None:
        _apply_targets(session, post, edit.target_account_ids)
    _sync_variants(session, post, edit.variants or {})
    if edit.photos is not None:
        _apply_photos(session, post, edit.photos)
    new_hash = compute_hash(session, post)
    if new_hash != old_hash and status == PostStatus.APPROVED and not void_approval:
        raise ApprovalVoidRequired(
            "Post ini sudah disetujui. Mengubahnya membatalkan persetujuan dan harus diajukan ulang.",
            "This post is approved. Editing it voids the approval and it must be submitted again.",
        )
    touch(post)
    post.content_hash = new_hash
    if new_hash != old_hash:
        _note_lint_warning(session, post)
    if new_hash != old_hash and status in (PostStatus.APPROVED, PostStatus.IN_REVIEW):
        post.status = PostStatus.DRAFT
        action = AuditAction.APPROVAL_VOIDED if status == PostStatus.APPROVED else AuditAction.WITHDRAWN
        append_event(
            session,
            organisation_id=post.organisation_id,
            actor_id=actor_id,
            action=action,
            post_id=post.id,
            content_hash=new_hash,
            detail={"previous_hash": old_hash},
        )
    elif new_hash != old_hash:
        append_event(
            session,
            organisation_id=post.organisation_id,
            actor_id=actor_id,
            action=AuditAction.EDITED,
            post_id=post.id,
            content_hash=new_hash,
        )
    session.flush()
    return post


def _note_lint_warning(session: Session, post: Post) -> None:
    """Keep ``post.lint_warning`` (what the on_warning approval levels read) in step with the saved content.

    Every content write passes here (``create_post`` and ``edit_post``, so the composer's save, the CLI and the
    demo); ``workflow.submit`` sets it again from the content it sends, which is what reviewers and the server go by.
    """
    from . import lint_service  # lint_service builds on this module

    post.lint_warning = lint_service.has_warning(session, post)


def _apply_targets(session: Session, post: Post, account_ids: Sequence[str]) -> None:
    wanted = list(dict.fromkeys(account_ids))
    allowed = set(ancestors(session, post.organisation_id))
    for aid in wanted:
        account = session.get(OfficialAccount, aid)
        if account is None or account.deleted_at is not None:
            raise DomainError("Akun resmi tujuan tidak ditemukan.", "Target official account not found.")
        if account.organisation_id not in allowed:
            raise DomainError(
                f"Akun {account.handle} milik organisasi lain; pilih akun organisasi Anda atau induknya.",
                f"The account {account.handle} belongs to another organisation; choose one of yours or a parent's.",
            )
    existing = session.exec(select(PostTarget).where(PostTarget.post_id == post.id)).all()
    by_account = {t.account_id: t for t in existing}
    for aid, target in by_account.items():
        if aid not in wanted and target.deleted_at is None:
            target.deleted_at = utcnow()
            touch(target)
        elif aid in wanted and target.deleted_at is not None:
            target.deleted_at = None
            touch(target)
    for aid in wanted:
        if aid not in by_account:
            session.add(PostTarget(post_id=post.id, account_id=aid))
    session.flush()
    _sync_variants(session, post, {})


def _sync_variants(session: Session, post: Post, edits: Mapping[str, VariantEdit | None]) -> None:
    """One live variant per target platform; following variants mirror the main text."""
    platforms = {a.platform for a in targets_of(session, post.id)}
    rows = {v.platform: v for v in session.exec(select(PostVariant).where(PostVariant.post_id == post.id)).all()}
    for platform in sorted(platforms | set(rows)):
        row = rows.get(platform)
        if platform not in platforms:
            if row is not None and row.deleted_at is None:
                row.deleted_at = utcnow()
                touch(row)
            continue
        if row is None:
            row = PostVariant(post_id=post.id, platform=platform, text=post.main_text)
            session.add(row)
        before = (row.follows_main, row.title, row.text, dict(row.extra), row.deleted_at)
        row.deleted_at = None
        if platform in edits:
            change = edits[platform]
            row.follows_main = change is None
            if change is not None:
                row.text, row.title, row.extra = change.text, change.title, dict(change.extra)
        if row.follows_main:
            row.text = post.main_text
        if before != (row.follows_main, row.title, row.text, dict(row.extra), row.deleted_at):
            touch(row)
    session.flush()


def _apply_photos(session: Session, post: Post, placements: Sequence[PhotoPlacement]) -> None:
    for pp in session.exec(select(PostPhoto).where(PostPhoto.post_id == post.id, col(PostPhoto.deleted_at).is_(None))):
        pp.deleted_at = utcnow()
        touch(pp)
    for position, placement in enumerate(placements):
        if session.get(Photo, placement.photo_id) is None:
            raise DomainError("Foto tidak ditemukan.", "Photo not found.")
        session.add(
            PostPhoto(
                post_id=post.id,
                photo_id=placement.photo_id,
                position=position,
                crop=dict(placement.crop),
                caption=placement.caption,
                alt_text=placement.alt_text,
            )
        )
    session.flush()
