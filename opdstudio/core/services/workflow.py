"""Use cases of the review workflow: submit, approve, request changes, reject, record publication."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from ..domain.enums import AuditAction, Decision, PolicyCondition, PostStatus, Role
from ..domain.models import ApprovalLevel, AuditEvent, Post, Publication, Review
from ..domain.types import utcnow
from ..domain.workflow import (
    DEFAULT_POLICY,
    TRANSITIONS,
    ApprovalState,
    LevelRule,
    PolicyFacts,
    ReviewFact,
    approval_state,
    mentions_regent,
    required_levels,
)
from ..errors import DomainError
from . import lint_service
from .accounts import check_publication_url
from .audit import append_event
from .diffing import content_snapshot
from .orgs import ancestors, holds_role, reviewer_level
from .posts import compute_hash, get_post, photos_of, targets_of, touch, variants_of


def policy_for(session: Session, org_id: str) -> tuple[LevelRule, ...]:
    """The approval levels of the nearest organisation (itself or an ancestor) that defines any."""
    for oid in ancestors(session, org_id):
        rows = session.exec(
            select(ApprovalLevel)
            .where(ApprovalLevel.organisation_id == oid, col(ApprovalLevel.deleted_at).is_(None))
            .order_by(col(ApprovalLevel.level))
        ).all()
        if rows:
            return tuple(LevelRule(r.level, r.label, PolicyCondition(r.condition)) for r in rows)
    return DEFAULT_POLICY


def policy_facts(session: Session, post: Post) -> PolicyFacts:
    """What the policy conditions see in the post's current content.

    The warning is the post's ``lint_warning`` flag, which ``submit`` (and every content edit) sets from lint:
    the reviewer's client and the server, which cannot run lint, read the same flag, and it is not re-linted here.
    """
    texts = [post.title, post.main_text]
    texts += [t for v in variants_of(session, post.id) for t in (v.title, v.text)]
    texts += [t for pp, _photo in photos_of(session, post.id) for t in (pp.caption, pp.alt_text)]
    return PolicyFacts(has_warning=post.lint_warning, mentions_regent=mentions_regent(texts))


def state_of(session: Session, post: Post) -> ApprovalState:
    """Approval of the post, derived from the reviews of its current hash (never from the status alone)."""
    reviews = session.exec(select(Review).where(Review.post_id == post.id)).all()
    facts = [ReviewFact(r.reviewer_id, r.level, Decision(r.decision), r.content_hash) for r in reviews]
    levels = required_levels(policy_for(session, post.organisation_id), policy_facts(session, post))
    return approval_state(facts, compute_hash(session, post), levels)


def _require_status(post: Post, transition: str) -> None:
    if PostStatus(post.status) not in TRANSITIONS[transition]:
        labels = {
            "submit": ("diajukan", "submitted"),
            "review": ("ditinjau", "reviewed"),
            "publish": ("dicatat publikasinya", "recorded as published"),
        }[transition]
        raise DomainError(
            f"Post berstatus '{post.status}' tidak dapat {labels[0]}.",
            f"A post that is '{post.status}' cannot be {labels[1]}.",
        )


def submit(session: Session, actor_id: str, post_id: str) -> Post:
    """Send a draft (or a post sent back for changes) to the reviewers."""
    post = get_post(session, post_id)
    _require_status(post, "submit")
    if not holds_role(session, actor_id, Role.ADMIN, post.organisation_id):
        raise DomainError(
            "Hanya admin media sosial organisasi ini yang dapat mengajukan post.",
            "Only a social-media admin of this organisation can submit a post.",
        )
    if not (post.main_text.strip() or any(v.text.strip() for v in variants_of(session, post.id))):
        raise DomainError("Post masih kosong; tulis isinya dulu.", "The post is empty; write its text first.")
    if not targets_of(session, post.id):
        raise DomainError(
            "Pilih minimal satu akun resmi tujuan sebelum mengajukan.",
            "Choose at least one target official account before submitting.",
        )
    post.content_hash = compute_hash(session, post)
    report = lint_service.report_for_post(session, post)
    blocking = report.unjustified
    if blocking:
        first = blocking[0].finding
        raise DomainError(
            f"{len(blocking)} temuan berat belum diperbaiki atau diberi alasan, mis.: {first.message}",
            f"{len(blocking)} blocking finding(s) not fixed or justified, e.g.: {first.message_en}",
        )
    post.lint_warning = report.has_warning  # lint_service.has_warning: the on_warning levels apply
    state = state_of(session, post)
    # Content whose exact hash already holds every required approval (e.g. an edit undone after a void)
    # is approved: leaving it in review would wait for a level nobody can sign.
    post.status = PostStatus.APPROVED if state.is_approved else PostStatus.IN_REVIEW
    post.submitted_at = utcnow()
    touch(post)
    detail: dict[str, object] = {
        "required_levels": list(state.required_levels),
        "content": content_snapshot(session, post),  # what a later diff compares against
    }
    if state.is_approved:
        detail["already_approved"] = True
    append_event(
        session,
        organisation_id=post.organisation_id,
        actor_id=actor_id,
        action=AuditAction.SUBMITTED,
        post_id=post.id,
        content_hash=post.content_hash,
        detail=detail,
    )
    return post


# A publication may be recorded a few minutes 'early' when the PC clock runs fast.
PUBLICATION_CLOCK_SKEW = timedelta(minutes=5)
_WRITING_ACTIONS = (AuditAction.CREATED, AuditAction.EDITED, AuditAction.WITHDRAWN, AuditAction.APPROVAL_VOIDED)


def _check_reviewer(session: Session, actor_id: str, post: Post, seen_hash: str) -> tuple[ApprovalState, int]:
    """Refuse anyone who may not decide on this version; returns the state and the level they sign at."""
    _require_status(post, "review")
    if actor_id == post.author_id:
        raise DomainError("Anda tidak dapat meninjau post Anda sendiri.", "You cannot review your own post.")
    wrote = session.exec(
        select(AuditEvent.id).where(
            AuditEvent.post_id == post.id,
            AuditEvent.actor_id == actor_id,
            col(AuditEvent.action).in_(_WRITING_ACTIONS),
        )
    ).first()
    if wrote is not None:
        raise DomainError(
            "Anda ikut mengubah post ini, jadi tidak dapat meninjaunya.",
            "You edited this post, so you cannot review it.",
        )
    level = reviewer_level(session, actor_id, post.organisation_id)
    if level is None:
        raise DomainError(
            "Anda bukan atasan (peninjau) di organisasi post ini atau organisasi induknya.",
            "You are not a reviewer in this post's organisation or any organisation above it.",
        )
    current = compute_hash(session, post)
    if seen_hash != current:
        raise DomainError(
            "Isi post sudah berubah sejak Anda membukanya. Muat ulang dan tinjau versi terbaru.",
            "The post changed since you opened it. Reload and review the latest version.",
        )
    state = state_of(session, post)
    waiting = state.waiting_level
    if waiting is None or level < waiting:
        raise DomainError(
            f"Post ini menunggu persetujuan tingkat {waiting}; tingkat Anda {level}.",
            f"This post waits for level {waiting} approval; your level is {level}.",
        )
    return state, level


def _record_review(session: Session, actor_id: str, post: Post, level: int, decision: Decision, comment: str) -> Review:
    review = Review(
        post_id=post.id,
        reviewer_id=actor_id,
        level=level,
        decision=decision,
        comment=comment.strip(),
        content_hash=post.content_hash,
    )
    session.add(review)
    session.flush()
    return review


def approve(session: Session, actor_id: str, post_id: str, seen_hash: str, comment: str = "") -> Post:
    """Approve the exact content ``seen_hash`` at the reviewer's own level (covering the levels below it)."""
    post = get_post(session, post_id)
    state, level = _check_reviewer(session, actor_id, post, seen_hash)
    _record_review(session, actor_id, post, level, Decision.APPROVE, comment)
    done = state_of(session, post).is_approved
    if done:
        post.status = PostStatus.APPROVED
        touch(post)
    append_event(
        session,
        organisation_id=post.organisation_id,
        actor_id=actor_id,
        action=AuditAction.APPROVED if done else AuditAction.LEVEL_APPROVED,
        post_id=post.id,
        content_hash=post.content_hash,
        detail={"level": level, "required_levels": list(state.required_levels)},
    )
    return post


def request_changes(session: Session, actor_id: str, post_id: str, seen_hash: str, comment: str) -> Post:
    """Send the post back to its author with a comment (required)."""
    if not comment.strip():
        raise DomainError("Tulis apa yang perlu diperbaiki.", "Write what needs to change.")
    return _decide(session, actor_id, post_id, seen_hash, comment, Decision.REQUEST_CHANGES)


def reject(session: Session, actor_id: str, post_id: str, seen_hash: str, reason: str) -> Post:
    """Reject the post for good (it is archived, not deleted); a reason is required."""
    if not reason.strip():
        raise DomainError("Tulis alasan penolakan.", "Write the reason for rejecting.")
    return _decide(session, actor_id, post_id, seen_hash, reason, Decision.REJECT)


def _decide(session: Session, actor_id: str, post_id: str, seen_hash: str, comment: str, decision: Decision) -> Post:
    post = get_post(session, post_id)
    _state, level = _check_reviewer(session, actor_id, post, seen_hash)
    _record_review(session, actor_id, post, level, decision, comment)
    rejected = decision == Decision.REJECT
    post.status = PostStatus.REJECTED if rejected else PostStatus.CHANGES_REQUESTED
    touch(post)
    append_event(
        session,
        organisation_id=post.organisation_id,
        actor_id=actor_id,
        action=AuditAction.REJECTED if rejected else AuditAction.CHANGES_REQUESTED,
        post_id=post.id,
        content_hash=post.content_hash,
        detail={"level": level, "comment": comment.strip()},
    )
    return post


def record_publication(
    session: Session,
    actor_id: str,
    post_id: str,
    *,
    account_id: str,
    url: str,
    published_at: datetime,
    approved_hash: str,
) -> Publication:
    """Record that the approved content ``approved_hash`` went out on ``account_id`` at ``url``, a link on the
    account's platform (``accounts.check_publication_url``)."""
    post = get_post(session, post_id)
    _require_status(post, "publish")
    if not holds_role(session, actor_id, Role.ADMIN, post.organisation_id):
        raise DomainError(
            "Hanya admin media sosial organisasi ini yang dapat mencatat publikasi.",
            "Only a social-media admin of this organisation can record a publication.",
        )
    if approved_hash != compute_hash(session, post) or not state_of(session, post).is_approved:
        raise DomainError(
            "Hanya konten yang disetujui, persis versi yang disetujui, yang dapat dicatat sebagai terbit.",
            "Only approved content, exactly the approved version, can be recorded as published.",
        )
    account = next((a for a in targets_of(session, post.id) if a.id == account_id), None)
    if account is None:
        raise DomainError("Akun ini bukan tujuan post tersebut.", "This account is not one of the post's targets.")
    link = check_publication_url(account, url)
    if published_at.tzinfo is None:
        raise DomainError("Waktu terbit harus menyertakan zona waktu.", "The publication time needs a time zone.")
    if published_at > utcnow() + PUBLICATION_CLOCK_SKEW:
        raise DomainError(
            "Waktu terbit ada di masa depan; catat publikasi setelah benar-benar terbit.",
            "The publication time is in the future; record a publication once it is really out.",
        )
    duplicate = session.exec(
        select(Publication.id).where(
            Publication.post_id == post.id, Publication.account_id == account_id, Publication.url == link
        )
    ).first()
    if duplicate is not None:
        raise DomainError(
            "Publikasi dengan tautan ini sudah tercatat untuk akun tersebut.",
            "A publication with this link is already recorded for that account.",
        )
    publication = Publication(
        post_id=post.id,
        account_id=account_id,
        url=link,
        published_at=published_at,
        content_hash=approved_hash,
        recorded_by_id=actor_id,
    )
    session.add(publication)
    if post.status != PostStatus.PUBLISHED:
        post.status = PostStatus.PUBLISHED
        touch(post)
    append_event(
        session,
        organisation_id=post.organisation_id,
        actor_id=actor_id,
        action=AuditAction.PUBLISHED,
        post_id=post.id,
        content_hash=approved_hash,
        detail={"account_id": account_id, "url": publication.url},
    )
    return publication
