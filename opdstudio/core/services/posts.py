"""Creating and editing posts: one edit is applied once, hashed once and linted once.

A save reads the post, its organisation's chain (ancestors, whether the actor is an admin there, the lint
overrides) and the post's live targets, variants and photos once; it writes only the rows that change, in
one flush.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import exists, literal
from sqlalchemy import select as core_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from ..domain.drafting import LintOverrides
from ..domain.enums import AuditAction, PostKind, PostStatus, Role
from ..domain.models import Membership, OfficialAccount, Organisation, Photo, Post, PostPhoto, PostTarget, PostVariant
from ..domain.types import utcnow
from ..domain.workflow import TRANSITIONS
from ..errors import ApprovalVoidRequired, DomainError
from . import lint_service
from .audit import append_event
from .post_content import (
    ComposerState,
    content_state,
    get_post,
    photos_of,
    state_from_post,
    state_hash,
    targets_of,
    touch,
    variants_of,
)

__all__ = [  # what the services, the CLI and the UI read through this module
    "PhotoPlacement",
    "PostEdit",
    "VariantEdit",
    "compute_hash",
    "create_post",
    "edit_post",
    "get_post",
    "photos_of",
    "targets_of",
    "touch",
    "variants_of",
]


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


def compute_hash(session: Session, post: Post) -> str:
    """The content hash of the post as it is now in the session."""
    return state_hash(state_from_post(session, post))


@dataclass(frozen=True)
class _Chain:
    """An organisation and its ancestors (itself first), what the actor may do there, and its lint overrides."""

    orgs: list[str]
    admin: bool
    overrides: list[dict[str, Any]]  # effective overrides: the root agency's first, the organisation's own last


def _chain(session: Session, actor_id: str, org_id: str) -> _Chain:
    """One statement: the ancestors of ``org_id``, whether ``actor_id`` is an admin in one of them, their overrides."""
    chain = (
        core_select(
            col(Organisation.id).label("id"), col(Organisation.parent_id).label("parent_id"), literal(0).label("depth")
        )
        .where(col(Organisation.id) == org_id)
        .cte("chain", recursive=True)
    )
    parent = aliased(Organisation)
    chain = chain.union_all(
        core_select(col(parent.id), col(parent.parent_id), chain.c.depth + 1)
        .join(chain, col(parent.id) == chain.c.parent_id)
        .where(chain.c.depth < 64)
    )
    admin = exists().where(
        col(Membership.organisation_id) == chain.c.id,
        col(Membership.person_id) == actor_id,
        col(Membership.role) == Role.ADMIN.value,
        col(Membership.deleted_at).is_(None),
    )
    overrides = (
        core_select(col(LintOverrides.overrides))
        .where(col(LintOverrides.organisation_id) == chain.c.id, col(LintOverrides.deleted_at).is_(None))
        .limit(1)
        .scalar_subquery()
    )
    rows = session.connection().execute(core_select(chain.c.id, admin, overrides).order_by(chain.c.depth)).all()
    return _Chain(
        orgs=[r[0] for r in rows],
        admin=any(r[1] for r in rows),
        overrides=[o for r in reversed(rows) for o in (r[2] or [])],
    )


def _require_admin(chain: _Chain) -> None:
    if not chain.admin:
        raise DomainError(
            "Anda bukan admin media sosial di organisasi ini.",
            "You are not a social-media admin of this organisation.",
        )


@dataclass
class _Content:
    """A post's target, variant and photo rows (live and deleted), read once per save."""

    targets: list[tuple[PostTarget, OfficialAccount]]
    variants: dict[str, PostVariant]
    photos: list[tuple[PostPhoto, Photo]]  # live only, in place order

    @classmethod
    def load(cls, session: Session, post: Post) -> _Content:
        targets = session.exec(
            select(PostTarget, OfficialAccount)
            .join(OfficialAccount, col(OfficialAccount.id) == col(PostTarget.account_id))
            .where(PostTarget.post_id == post.id)
        ).all()
        variants = session.exec(select(PostVariant).where(PostVariant.post_id == post.id)).all()
        return cls([(t, a) for t, a in targets], {v.platform: v for v in variants}, photos_of(session, post.id))

    def live_accounts(self) -> list[OfficialAccount]:
        live = [a for t, a in self.targets if t.deleted_at is None]
        return sorted(live, key=lambda a: (a.platform, a.handle))

    def state(self, post: Post) -> ComposerState:
        """The composer state of the post as these rows leave it."""
        variants = sorted((v for v in self.variants.values() if v.deleted_at is None), key=lambda v: v.platform)
        return content_state(post, self.live_accounts(), variants, self.photos)


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
    chain = _chain(session, actor_id, organisation_id)
    _require_admin(chain)
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
    session.flush()  # the rows below refer to it
    content = _Content([], {}, [])
    with session.no_autoflush:
        _apply_targets(session, post, chain, content, target_account_ids)
        _sync_variants(session, post, content, {})
        state = content.state(post)
        post.content_hash = state_hash(state)
        if title or main_text:
            post.lint_warning = lint_service.has_warning(state, chain.overrides)
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
    """Apply ``edit``; an approved post needs ``void_approval``. Approved/in-review posts go back to draft.

    Only the rows that change are written; the hash and the lint warning are computed once from the result.
    """
    post = get_post(session, post_id)
    chain = _chain(session, actor_id, post.organisation_id)
    _require_admin(chain)
    status = PostStatus(post.status)
    if status not in TRANSITIONS["edit"]:
        raise DomainError(
            f"Post berstatus '{status.value}' tidak dapat diubah lagi; buat post baru.",
            f"A post that is '{status.value}' can no longer be edited; create a new post.",
        )
    old_hash = post.content_hash
    with session.no_autoflush:
        content = _Content.load(session, post)
        for name in ("title", "main_text", "kind", "event_place", "programme"):
            value = getattr(edit, name)
            if value is not None and getattr(post, name) != value:
                setattr(post, name, value)
        if edit.event_date is not None and post.event_date != edit.event_date:
            post.event_date = edit.event_date
        if edit.target_account_ids is not None:
            _apply_targets(session, post, chain, content, edit.target_account_ids)
        _sync_variants(session, post, content, edit.variants or {})
        if edit.photos is not None:
            _apply_photos(session, post, content, edit.photos)
        state = content.state(post)
        new_hash = state_hash(state)
        if new_hash != old_hash and status == PostStatus.APPROVED and not void_approval:
            raise ApprovalVoidRequired(
                "Post ini sudah disetujui. Mengubahnya membatalkan persetujuan dan harus diajukan ulang.",
                "This post is approved. Editing it voids the approval and it must be submitted again.",
            )
        touch(post)
        post.content_hash = new_hash
        if new_hash != old_hash:
            warning = lint_service.has_warning(state, chain.overrides)
            if post.lint_warning != warning:
                post.lint_warning = warning
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


def _apply_targets(session: Session, post: Post, chain: _Chain, content: _Content, account_ids: Sequence[str]) -> None:
    wanted = list(dict.fromkeys(account_ids))
    if set(wanted) == {a.id for a in content.live_accounts()}:
        return
    known = {a.id: a for _t, a in content.targets}
    missing = [aid for aid in wanted if aid not in known]
    if missing:
        found = session.exec(select(OfficialAccount).where(col(OfficialAccount.id).in_(missing))).all()
        known.update({a.id: a for a in found})
    for aid in wanted:
        account = known.get(aid)
        if account is None or account.deleted_at is not None:
            raise DomainError("Akun resmi tujuan tidak ditemukan.", "Target official account not found.")
        if account.organisation_id not in chain.orgs:
            raise DomainError(
                f"Akun {account.handle} milik organisasi lain; pilih akun organisasi Anda atau induknya.",
                f"The account {account.handle} belongs to another organisation; choose one of yours or a parent's.",
            )
    by_account = {a.id: t for t, a in content.targets}
    for aid, target in by_account.items():
        if aid not in wanted and target.deleted_at is None:
            target.deleted_at = utcnow()
            touch(target)
        elif aid in wanted and target.deleted_at is not None:
            target.deleted_at = None
            touch(target)
    for aid in wanted:
        if aid not in by_account:
            target = PostTarget(post_id=post.id, account_id=aid)
            session.add(target)
            content.targets.append((target, known[aid]))


def _sync_variants(session: Session, post: Post, content: _Content, edits: Mapping[str, VariantEdit | None]) -> None:
    """One live variant per target platform; following variants mirror the main text.

    ``None`` for a platform makes its variant follow the main text again, without a title or article fields.
    """
    platforms = {a.platform for a in content.live_accounts()}
    rows = content.variants
    for platform in sorted(platforms | set(rows)):
        row = rows.get(platform)
        if platform not in platforms:
            if row is not None and row.deleted_at is None:
                row.deleted_at = utcnow()
                touch(row)
            continue
        if row is None:
            follows, title, text, extra = True, "", post.main_text, {}
        else:
            follows, title, text, extra = row.follows_main, row.title, row.text, dict(row.extra)
        if platform in edits:
            change = edits[platform]
            if change is None:
                follows, title, extra = True, "", {}
            else:
                follows, title, text, extra = False, change.title, change.text, dict(change.extra)
        if follows:
            text = post.main_text
        if row is None:
            row = PostVariant(post_id=post.id, platform=platform, follows_main=follows, title=title, text=text)
            row.extra = extra
            rows[platform] = row
            session.add(row)
        elif (row.follows_main, row.title, row.text, dict(row.extra), row.deleted_at) != (
            follows,
            title,
            text,
            extra,
            None,
        ):
            row.follows_main, row.title, row.text, row.extra, row.deleted_at = follows, title, text, extra, None
            touch(row)


def _apply_photos(session: Session, post: Post, content: _Content, placements: Sequence[PhotoPlacement]) -> None:
    """Replace the post's photo placements, unless they are the same as now."""
    current = [PhotoPlacement(pp.photo_id, dict(pp.crop), pp.caption, pp.alt_text) for pp, _ph in content.photos]
    wanted = [PhotoPlacement(p.photo_id, dict(p.crop), p.caption, p.alt_text) for p in placements]
    if wanted == current:
        return
    ids = list({p.photo_id for p in wanted})
    photos = {ph.id: ph for ph in session.exec(select(Photo).where(col(Photo.id).in_(ids))).all()} if ids else {}
    if len(photos) != len(ids):
        raise DomainError("Foto tidak ditemukan.", "Photo not found.")
    for pp, _ph in content.photos:
        pp.deleted_at = utcnow()
        touch(pp)
    content.photos = []
    for position, placement in enumerate(wanted):
        row = PostPhoto(
            post_id=post.id,
            photo_id=placement.photo_id,
            position=position,
            crop=dict(placement.crop),
            caption=placement.caption,
            alt_text=placement.alt_text,
        )
        session.add(row)
        content.photos.append((row, photos[placement.photo_id]))
