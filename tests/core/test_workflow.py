"""The review workflow services: every transition a post can take, and every refusal a person can meet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

import pytest
from sqlmodel import Session, col, select

from opdstudio.core.domain.enums import AuditAction, Decision, PolicyCondition, PostStatus, Role
from opdstudio.core.domain.models import ApprovalLevel, AuditEvent, OfficialAccount, Photo, Publication, Review
from opdstudio.core.errors import DomainError
from opdstudio.core.services import posts, workflow
from opdstudio.core.services.audit import verify_chain
from opdstudio.core.services.people import add_person
from opdstudio.core.storage.database import Database

if TYPE_CHECKING:
    from tests.core.conftest import World


TEXT = "Diskominfo menggelar pelatihan literasi digital bagi 40 perangkat desa di aula kantor."
REGENT_TEXT = "Bupati Rejang Lebong membuka pelatihan literasi digital bagi perangkat desa."
WIB = timezone(timedelta(hours=7))


# --------------------------------------------------------------------------- helpers


def refuse(db: Database, action: Callable[[Session], Any], fragment: str) -> DomainError:
    """Run ``action`` in a session, expect a DomainError whose English message holds ``fragment``."""
    with pytest.raises(DomainError) as info, db.session() as s:
        action(s)
    err = info.value
    assert fragment in err.message("en")
    assert err.message("id").strip(), "the Indonesian message is missing"
    assert err.message("id") != err.message("en"), "the Indonesian message is not translated"
    assert err.message() == err.message("id"), "Indonesian is the default language"
    return err


def new_post(
    db: Database, w: World, *, text: str = TEXT, targets: tuple[str, ...] | None = None, author: str = ""
) -> str:
    with db.session() as s:
        post = posts.create_post(
            s,
            author or w.admin,
            w.bidang,
            title="Pelatihan literasi digital",
            main_text=text,
            target_account_ids=(w.instagram,) if targets is None else targets,
        )
        return post.id


def current_hash(db: Database, post_id: str) -> str:
    with db.session() as s:
        return posts.compute_hash(s, posts.get_post(s, post_id))


def status(db: Database, post_id: str) -> str:
    with db.session() as s:
        return posts.get_post(s, post_id).status


def is_approved(db: Database, post_id: str) -> bool:
    with db.session() as s:
        return workflow.state_of(s, posts.get_post(s, post_id)).is_approved


def events(db: Database, post_id: str) -> list[AuditEvent]:
    with db.session() as s:
        stmt = select(AuditEvent).where(AuditEvent.post_id == post_id).order_by(col(AuditEvent.seq))
        return list(s.exec(stmt).all())


def actions(db: Database, post_id: str) -> list[str]:
    return [e.action for e in events(db, post_id)]


def submit(db: Database, post_id: str, actor: str) -> str:
    """Submit and return the hash the reviewers will see."""
    with db.session() as s:
        return workflow.submit(s, actor, post_id).content_hash


def approve(db: Database, post_id: str, reviewer: str, seen: str | None = None) -> str:
    seen = seen if seen is not None else current_hash(db, post_id)
    with db.session() as s:
        return workflow.approve(s, reviewer, post_id, seen).status


def edit(db: Database, post_id: str, actor: str, change: posts.PostEdit, *, void: bool = False) -> str:
    with db.session() as s:
        return posts.edit_post(s, actor, post_id, change, void_approval=void).status


def publish(db: Database, post_id: str, actor: str, account: str, approved_hash: str, **kw: Any) -> Publication:
    kw.setdefault("url", "https://www.instagram.com/p/C0ffee123/")
    kw.setdefault("published_at", datetime(2026, 3, 2, 9, 30, tzinfo=WIB))
    with db.session() as s:
        return workflow.record_publication(s, actor, post_id, account_id=account, approved_hash=approved_hash, **kw)


def publish_in(s: Session, w: World, post_id: str, approved_hash: str) -> Publication:
    return workflow.record_publication(
        s,
        w.admin,
        post_id,
        account_id=w.instagram,
        url="https://instagram.com/p/abc",
        published_at=datetime.now(UTC),
        approved_hash=approved_hash,
    )


def approved_post(db: Database, w: World, **kw: Any) -> tuple[str, str]:
    post_id = new_post(db, w, **kw)
    seen = submit(db, post_id, w.admin)
    assert approve(db, post_id, w.kabid, seen) == PostStatus.APPROVED
    return post_id, seen


def make_person(db: Database, login: str, roles: list[tuple[str, Role, int]], password_hash: str) -> str:
    with db.session() as s:
        return add_person(s, name=login.title(), login=login, password="", password_hash=password_hash, roles=roles).id


def add_policy(db: Database, org_id: str, *rules: tuple[int, str, PolicyCondition]) -> None:
    with db.session() as s:
        for level, label, condition in rules:
            s.add(ApprovalLevel(organisation_id=org_id, level=level, label=label, condition=condition))


@pytest.fixture
def two_levels(db: Database, world: World) -> World:
    """Dinas Kominfo's policy: the kepala bidang always, the kepala dinas when the regent is named."""
    add_policy(
        db,
        world.dinas,
        (1, "Kepala Bidang", PolicyCondition.ALWAYS),
        (2, "Kepala Dinas", PolicyCondition.ON_REGENT_MENTION),
    )
    return world


# --------------------------------------------------------------------------- the happy path


def test_a_post_goes_from_draft_to_published_with_one_audit_event_per_step(db: Database, world: World) -> None:
    w = world
    post_id = new_post(db, w)
    assert status(db, post_id) == PostStatus.DRAFT
    created_hash = current_hash(db, post_id)

    seen = submit(db, post_id, w.admin)
    assert seen == created_hash
    with db.session() as s:
        post = posts.get_post(s, post_id)
        assert post.status == PostStatus.IN_REVIEW
        assert post.submitted_at is not None and post.submitted_at.tzinfo is not None
        assert not workflow.state_of(s, post).is_approved

    assert approve(db, post_id, w.kabid, seen) == PostStatus.APPROVED
    assert is_approved(db, post_id)
    with db.session() as s:
        (review,) = s.exec(select(Review).where(Review.post_id == post_id)).all()
        assert (review.reviewer_id, review.decision, review.level, review.content_hash) == (
            w.kabid,
            Decision.APPROVE,
            1,
            seen,
        )

    pub = publish(db, post_id, w.admin, w.instagram, seen)
    assert status(db, post_id) == PostStatus.PUBLISHED
    with db.session() as s:
        stored = s.get(Publication, pub.id)
        assert stored is not None
        assert stored.content_hash == seen
        assert stored.recorded_by_id == w.admin
        assert stored.published_at == datetime(2026, 3, 2, 2, 30, tzinfo=UTC)

    evs = events(db, post_id)
    assert [e.action for e in evs] == [
        AuditAction.CREATED,
        AuditAction.SUBMITTED,
        AuditAction.APPROVED,
        AuditAction.PUBLISHED,
    ]
    assert [e.actor_id for e in evs] == [w.admin, w.admin, w.kabid, w.admin]
    assert all(e.content_hash == seen for e in evs)
    assert all(e.organisation_id == w.bidang for e in evs)
    assert evs[3].detail["account_id"] == w.instagram
    with db.session() as s:
        assert verify_chain(s) == []


def test_request_changes_needs_a_comment_then_the_author_edits_and_resubmits(db: Database, world: World) -> None:
    w = world
    post_id = new_post(db, w)
    first = submit(db, post_id, w.admin)

    refuse(
        db,
        lambda s: workflow.request_changes(s, w.kabid, post_id, first, "   "),
        "Write what needs to change",
    )
    assert status(db, post_id) == PostStatus.IN_REVIEW

    with db.session() as s:
        workflow.request_changes(s, w.kabid, post_id, first, "  Sebutkan jumlah peserta perempuan.  ")
    assert status(db, post_id) == PostStatus.CHANGES_REQUESTED
    with db.session() as s:
        (review,) = s.exec(select(Review).where(Review.post_id == post_id)).all()
        assert review.decision == Decision.REQUEST_CHANGES
        assert review.comment == "Sebutkan jumlah peserta perempuan."
        assert review.content_hash == first
    last = events(db, post_id)[-1]
    assert last.action == AuditAction.CHANGES_REQUESTED
    assert last.detail["comment"] == "Sebutkan jumlah peserta perempuan."
    assert last.content_hash == first

    # a post sent back cannot be reviewed until it is resubmitted
    refuse(db, lambda s: workflow.approve(s, w.kabid, post_id, first), "cannot be reviewed")

    status_after = edit(db, post_id, w.admin, posts.PostEdit(main_text=TEXT + " Peserta perempuan: 18 orang."))
    assert status_after == PostStatus.CHANGES_REQUESTED
    second = submit(db, post_id, w.admin)
    assert second != first
    assert status(db, post_id) == PostStatus.IN_REVIEW
    assert approve(db, post_id, w.kabid, second) == PostStatus.APPROVED
    assert actions(db, post_id) == [
        AuditAction.CREATED,
        AuditAction.SUBMITTED,
        AuditAction.CHANGES_REQUESTED,
        AuditAction.EDITED,
        AuditAction.SUBMITTED,
        AuditAction.APPROVED,
    ]
    assert events(db, post_id)[3].content_hash == second


def test_reject_needs_a_reason_and_is_final(db: Database, world: World) -> None:
    w = world
    post_id = new_post(db, w)
    seen = submit(db, post_id, w.admin)
    refuse(db, lambda s: workflow.reject(s, w.kabid, post_id, seen, ""), "reason for rejecting")
    assert status(db, post_id) == PostStatus.IN_REVIEW

    with db.session() as s:
        workflow.reject(s, w.kabid, post_id, seen, "Kegiatan ini belum boleh diumumkan.")
    assert status(db, post_id) == PostStatus.REJECTED
    last = events(db, post_id)[-1]
    assert (last.action, last.actor_id, last.content_hash) == (AuditAction.REJECTED, w.kabid, seen)
    assert last.detail["comment"] == "Kegiatan ini belum boleh diumumkan."

    refuse(db, lambda s: posts.edit_post(s, w.admin, post_id, posts.PostEdit(main_text="baru")), "no longer")
    refuse(db, lambda s: workflow.submit(s, w.admin, post_id), "cannot be submitted")
    refuse(db, lambda s: workflow.approve(s, w.kabid, post_id, seen), "cannot be reviewed")
    refuse(db, lambda s: workflow.request_changes(s, w.kabid, post_id, seen, "ubah"), "cannot be reviewed")
    refuse(db, lambda s: workflow.reject(s, w.kabid, post_id, seen, "lagi"), "cannot be reviewed")
    refuse(
        db,
        lambda s: workflow.record_publication(
            s,
            w.admin,
            post_id,
            account_id=w.instagram,
            url="https://instagram.com/p/x",
            published_at=datetime.now(UTC),
            approved_hash=seen,
        ),
        "cannot be recorded as published",
    )
    # the rejected post is archived, not deleted
    assert status(db, post_id) == PostStatus.REJECTED
    assert len(events(db, post_id)) == 3


# --------------------------------------------------------------------------- edits after submission


def test_editing_an_approved_post_needs_void_approval_and_voids_it(db: Database, world: World) -> None:
    w = world
    post_id, approved_hash = approved_post(db, w)
    change = posts.PostEdit(main_text=TEXT + " Kegiatan berlangsung dua hari.")

    refuse(db, lambda s: posts.edit_post(s, w.admin, post_id, change), "voids the approval")
    assert status(db, post_id) == PostStatus.APPROVED
    assert current_hash(db, post_id) == approved_hash
    assert is_approved(db, post_id)

    assert edit(db, post_id, w.admin, change, void=True) == PostStatus.DRAFT
    new_hash = current_hash(db, post_id)
    assert new_hash != approved_hash
    assert not is_approved(db, post_id)
    last = events(db, post_id)[-1]
    assert last.action == AuditAction.APPROVAL_VOIDED
    assert last.content_hash == new_hash
    assert last.detail == {"previous_hash": approved_hash}

    # the old approval cannot be used to record a publication any more
    refuse(db, lambda s: publish_in(s, w, post_id, approved_hash), "cannot be recorded as published")

    seen = submit(db, post_id, w.admin)
    assert seen == new_hash
    assert status(db, post_id) == PostStatus.IN_REVIEW
    assert approve(db, post_id, w.kabid, seen) == PostStatus.APPROVED
    publish(db, post_id, w.admin, w.instagram, seen)
    assert status(db, post_id) == PostStatus.PUBLISHED


def test_editing_what_the_hash_does_not_cover_keeps_the_approval(db: Database, world: World) -> None:
    w = world
    post_id, approved_hash = approved_post(db, w)
    assert edit(db, post_id, w.admin, posts.PostEdit(event_place="Aula Diskominfo")) == PostStatus.APPROVED
    assert current_hash(db, post_id) == approved_hash
    assert is_approved(db, post_id)
    assert actions(db, post_id)[-1] == AuditAction.APPROVED  # nothing to audit: the content did not change


def test_changing_the_targets_of_an_approved_post_voids_the_approval(db: Database, world: World) -> None:
    w = world
    post_id, approved_hash = approved_post(db, w)
    change = posts.PostEdit(target_account_ids=[w.instagram, w.facebook])
    assert current_hash(db, post_id) == approved_hash
    refuse(db, lambda s: posts.edit_post(s, w.admin, post_id, change), "voids the approval")
    assert edit(db, post_id, w.admin, change, void=True) == PostStatus.DRAFT
    assert actions(db, post_id)[-1] == AuditAction.APPROVAL_VOIDED
    assert not is_approved(db, post_id)


def test_undoing_a_voiding_edit_and_resubmitting_is_not_left_waiting_forever(db: Database, world: World) -> None:
    w = world
    post_id, approved_hash = approved_post(db, w)
    edit(db, post_id, w.admin, posts.PostEdit(main_text="Teks sementara."), void=True)
    edit(db, post_id, w.admin, posts.PostEdit(main_text=TEXT))
    assert current_hash(db, post_id) == approved_hash
    assert status(db, post_id) == PostStatus.DRAFT

    # every required level already approved exactly this content: it is approved, not stuck in review
    submit(db, post_id, w.admin)
    assert status(db, post_id) == PostStatus.APPROVED
    last = events(db, post_id)[-1]
    assert last.action == AuditAction.SUBMITTED
    assert last.detail.get("already_approved") is True
    publish(db, post_id, w.admin, w.instagram, approved_hash)
    assert status(db, post_id) == PostStatus.PUBLISHED


def test_editing_while_in_review_withdraws_and_the_reviewer_of_the_old_text_is_refused(
    db: Database, world: World
) -> None:
    w = world
    post_id = new_post(db, w)
    old = submit(db, post_id, w.admin)

    assert edit(db, post_id, w.admin2, posts.PostEdit(title="Judul baru")) == PostStatus.DRAFT
    last = events(db, post_id)[-1]
    assert (last.action, last.actor_id) == (AuditAction.WITHDRAWN, w.admin2)
    assert last.detail == {"previous_hash": old}
    assert last.content_hash == current_hash(db, post_id)

    # withdrawn: nothing to review until it comes back
    err = refuse(db, lambda s: workflow.approve(s, w.kabid, post_id, old), "cannot be reviewed")
    assert "draft" in err.message("en")
    assert "tidak dapat ditinjau" in err.message("id")

    new = submit(db, post_id, w.admin)
    assert new != old
    # the reviewer still has the old version on screen
    for act in (
        lambda s: workflow.approve(s, w.kabid, post_id, old),
        lambda s: workflow.request_changes(s, w.kabid, post_id, old, "kurang foto"),
        lambda s: workflow.reject(s, w.kabid, post_id, old, "tidak layak"),
    ):
        refuse(db, act, "changed since you opened it")
    assert status(db, post_id) == PostStatus.IN_REVIEW
    assert approve(db, post_id, w.kabid, new) == PostStatus.APPROVED


def test_an_edit_in_review_that_changes_no_content_keeps_the_post_in_review(db: Database, world: World) -> None:
    w = world
    post_id = new_post(db, w)
    seen = submit(db, post_id, w.admin)
    assert edit(db, post_id, w.admin, posts.PostEdit(programme="Literasi Digital")) == PostStatus.IN_REVIEW
    assert approve(db, post_id, w.kabid, seen) == PostStatus.APPROVED


# --------------------------------------------------------------------------- who may do what


def test_nobody_reviews_their_own_post(db: Database, world: World, password_hash: str) -> None:
    w = world
    both = make_person(db, "gita", [(w.bidang, Role.ADMIN, 1), (w.bidang, Role.REVIEWER, 1)], password_hash)
    post_id = new_post(db, w, author=both)
    seen = submit(db, post_id, both)
    refuse(db, lambda s: workflow.approve(s, both, post_id, seen), "your own post")
    refuse(db, lambda s: workflow.request_changes(s, both, post_id, seen, "ubah"), "your own post")
    refuse(db, lambda s: workflow.reject(s, both, post_id, seen, "tolak"), "your own post")
    assert status(db, post_id) == PostStatus.IN_REVIEW
    # ... but she reviews a colleague's post, and a colleague reviews hers
    assert approve(db, post_id, w.kabid, seen) == PostStatus.APPROVED
    other = new_post(db, w)
    assert approve(db, other, both, submit(db, other, w.admin)) == PostStatus.APPROVED


def test_a_reviewer_of_an_unrelated_organisation_is_refused(db: Database, world: World) -> None:
    w = world
    post_id = new_post(db, w)
    seen = submit(db, post_id, w.admin)
    for act in (
        lambda s: workflow.approve(s, w.outsider, post_id, seen),
        lambda s: workflow.request_changes(s, w.outsider, post_id, seen, "ubah"),
        lambda s: workflow.reject(s, w.outsider, post_id, seen, "tolak"),
    ):
        refuse(db, act, "not a reviewer in this post's organisation")
    assert status(db, post_id) == PostStatus.IN_REVIEW


def test_a_reviewer_of_an_ancestor_organisation_may_review(db: Database, world: World) -> None:
    w = world
    post_id = new_post(db, w)
    seen = submit(db, post_id, w.admin)
    assert approve(db, post_id, w.kadis, seen) == PostStatus.APPROVED
    with db.session() as s:
        (review,) = s.exec(select(Review).where(Review.post_id == post_id)).all()
        # the kepala dinas signs at their own level 2, which covers the default policy's single level
        assert (review.reviewer_id, review.level) == (w.kadis, 2)


def test_a_reviewer_of_the_bidang_cannot_review_a_post_of_the_dinas_above(
    db: Database, world: World, password_hash: str
) -> None:
    w = world
    dinas_admin = make_person(db, "hana", [(w.dinas, Role.ADMIN, 1)], password_hash)
    with db.session() as s:
        post_id = posts.create_post(s, dinas_admin, w.dinas, main_text=TEXT, target_account_ids=[w.facebook]).id
    seen = submit(db, post_id, dinas_admin)
    refuse(db, lambda s: workflow.approve(s, w.kabid, post_id, seen), "not a reviewer")
    assert approve(db, post_id, w.kadis, seen) == PostStatus.APPROVED


def test_oversight_reads_but_cannot_review(db: Database, world: World) -> None:
    w = world
    post_id = new_post(db, w)
    seen = submit(db, post_id, w.admin)
    for act in (
        lambda s: workflow.approve(s, w.oversight, post_id, seen),
        lambda s: workflow.request_changes(s, w.oversight, post_id, seen, "ubah"),
        lambda s: workflow.reject(s, w.oversight, post_id, seen, "tolak"),
    ):
        refuse(db, act, "not a reviewer")
    assert status(db, post_id) == PostStatus.IN_REVIEW


def test_only_an_admin_creates_or_edits_a_post(db: Database, world: World) -> None:
    w = world
    for who in (w.kabid, w.kadis, w.oversight, w.outsider):
        refuse(
            db,
            lambda s, who=who: posts.create_post(s, who, w.bidang, main_text=TEXT, target_account_ids=[w.instagram]),
            "not a social-media admin",
        )
    post_id = new_post(db, w)
    for who in (w.kabid, w.kadis, w.oversight):
        refuse(
            db,
            lambda s, who=who: posts.edit_post(s, who, post_id, posts.PostEdit(main_text="diubah atasan")),
            "not a social-media admin",
        )
    assert actions(db, post_id) == [AuditAction.CREATED]


def test_an_admin_of_a_unit_cannot_write_for_the_organisation_above(db: Database, world: World) -> None:
    w = world
    refuse(db, lambda s: posts.create_post(s, w.admin, w.dinas, main_text=TEXT), "not a social-media admin")
    refuse(db, lambda s: posts.create_post(s, w.admin, w.other_dinas, main_text=TEXT), "not a social-media admin")


def test_only_an_admin_submits(db: Database, world: World) -> None:
    w = world
    post_id = new_post(db, w)
    for who in (w.kabid, w.kadis, w.oversight, w.outsider):
        refuse(db, lambda s, who=who: workflow.submit(s, who, post_id), "Only a social-media admin")
    assert status(db, post_id) == PostStatus.DRAFT
    # another admin of the same unit may submit a colleague's draft
    submit(db, post_id, w.admin2)
    assert status(db, post_id) == PostStatus.IN_REVIEW


def test_only_an_admin_records_a_publication(db: Database, world: World) -> None:
    w = world
    post_id, seen = approved_post(db, w)
    for who in (w.kabid, w.kadis, w.oversight):
        refuse(
            db,
            lambda s, who=who: workflow.record_publication(
                s,
                who,
                post_id,
                account_id=w.instagram,
                url="https://instagram.com/p/abc",
                published_at=datetime.now(UTC),
                approved_hash=seen,
            ),
            "Only a social-media admin",
        )
    assert status(db, post_id) == PostStatus.APPROVED


# --------------------------------------------------------------------------- submission refusals


def test_an_empty_post_cannot_be_submitted(db: Database, world: World) -> None:
    for text in ("", "   \n\t "):
        post_id = new_post(db, world, text=text)
        refuse(db, lambda s, post_id=post_id: workflow.submit(s, world.admin, post_id), "The post is empty")
        assert status(db, post_id) == PostStatus.DRAFT


def test_a_post_with_only_a_platform_text_can_be_submitted(db: Database, world: World) -> None:
    post_id = new_post(db, world, text="")
    edit(db, post_id, world.admin, posts.PostEdit(variants={"instagram": posts.VariantEdit(text="Hanya IG.")}))
    submit(db, post_id, world.admin)
    assert status(db, post_id) == PostStatus.IN_REVIEW


def test_a_post_without_target_accounts_cannot_be_submitted(db: Database, world: World) -> None:
    post_id = new_post(db, world, targets=())
    refuse(db, lambda s: workflow.submit(s, world.admin, post_id), "at least one target official account")
    edit(db, post_id, world.admin, posts.PostEdit(target_account_ids=[world.facebook]))
    submit(db, post_id, world.admin)
    assert status(db, post_id) == PostStatus.IN_REVIEW


def test_a_post_in_review_or_approved_cannot_be_submitted_again(db: Database, world: World) -> None:
    post_id = new_post(db, world)
    seen = submit(db, post_id, world.admin)
    refuse(db, lambda s: workflow.submit(s, world.admin, post_id), "cannot be submitted")
    assert status(db, post_id) == PostStatus.IN_REVIEW
    approve(db, post_id, world.kabid, seen)
    refuse(db, lambda s: workflow.submit(s, world.admin, post_id), "cannot be submitted")
    assert status(db, post_id) == PostStatus.APPROVED


# --------------------------------------------------------------------------- publication refusals


def test_publication_is_refused_for_a_post_not_yet_approved(db: Database, world: World) -> None:
    post_id = new_post(db, world)
    draft_hash = current_hash(db, post_id)
    refuse(db, lambda s: publish_in(s, world, post_id, draft_hash), "cannot be recorded as published")
    seen = submit(db, post_id, world.admin)
    refuse(db, lambda s: publish_in(s, world, post_id, seen), "cannot be recorded as published")
    with db.session() as s:
        assert s.exec(select(Publication)).all() == []


def test_publication_is_refused_for_a_hash_other_than_the_approved_one(db: Database, world: World) -> None:
    post_id, seen = approved_post(db, world)
    stale = "0" * 64
    assert stale != seen
    refuse(db, lambda s: publish_in(s, world, post_id, stale), "exactly the approved version")
    assert status(db, post_id) == PostStatus.APPROVED


def test_publication_is_refused_on_an_account_the_post_does_not_target(db: Database, world: World) -> None:
    post_id, seen = approved_post(db, world)  # targets Instagram only
    refuse(
        db,
        lambda s: workflow.record_publication(
            s,
            world.admin,
            post_id,
            account_id=world.facebook,
            url="https://facebook.com/kominforl/posts/1",
            published_at=datetime.now(UTC),
            approved_hash=seen,
        ),
        "not one of the post's targets",
    )
    assert status(db, post_id) == PostStatus.APPROVED


def test_publication_needs_a_full_url_and_a_timezone_aware_time(db: Database, world: World) -> None:
    post_id, seen = approved_post(db, world)
    bad_urls = [
        "instagram.com/p/abc",
        "ftp://instagram.com/p/abc",
        "https://",
        "sudah tayang",
        "",
        "javascript:x",
    ]
    for url in bad_urls:
        with pytest.raises(DomainError) as info:
            publish(db, post_id, world.admin, world.instagram, seen, url=url)
        assert "full URL" in info.value.message("en"), url
        assert "URL lengkap" in info.value.message("id")
    with pytest.raises(DomainError) as info:
        publish(db, post_id, world.admin, world.instagram, seen, published_at=datetime(2026, 3, 2, 9, 30))
    assert "time zone" in info.value.message("en")
    assert "zona waktu" in info.value.message("id")
    assert status(db, post_id) == PostStatus.APPROVED
    # a link with spaces around it is kept without them
    pub = publish(db, post_id, world.admin, world.instagram, seen, url="  https://instagram.com/p/Ok1/ ")
    assert pub.url == "https://instagram.com/p/Ok1/"


@pytest.mark.parametrize(
    ("target", "url", "message_id", "message_en"),
    [
        (
            "instagram",
            "https://www.facebook.com/kominforl/posts/1",
            "Tautan ini bukan alamat Instagram (instagram.com).",
            "This link is not on Instagram (instagram.com).",
        ),
        (
            "instagram",
            "https://instagram.com.evil.example/p/Cx1",
            "Tautan ini bukan alamat Instagram (instagram.com).",
            "This link is not on Instagram (instagram.com).",
        ),
        (
            "facebook",
            "https://www.instagram.com/p/Cx1/",
            "Tautan ini bukan alamat Facebook (facebook.com, fb.com, fb.me).",
            "This link is not on Facebook (facebook.com, fb.com, fb.me).",
        ),
        (
            "instagram",
            "sudah tayang di IG",
            "Tautan publikasi harus berupa URL lengkap (https://…).",
            "The publication link must be a full URL (https://…).",
        ),
        (
            "facebook",
            "https://facebook.com/kominforl/",
            "Ini tautan halaman akun, bukan tautan postingan yang terbit.",
            "This is the account's page, not the link of the published post.",
        ),
    ],
)
def test_record_publication_itself_refuses_a_link_that_is_not_a_post_on_the_account_platform(
    db: Database, world: World, target: str, url: str, message_id: str, message_en: str
) -> None:
    """The core rule, not only the publish assist: every caller (CLI, dialog, demo data) meets it."""
    post_id, seen = approved_post(db, world, targets=(world.instagram, world.facebook))
    before = actions(db, post_id)
    account = world.instagram if target == "instagram" else world.facebook
    err = refuse(
        db,
        lambda s: workflow.record_publication(
            s,
            world.admin,
            post_id,
            account_id=account,
            url=url,
            published_at=datetime.now(UTC),
            approved_hash=seen,
        ),
        message_en,
    )
    assert (err.message("id"), err.message("en")) == (message_id, message_en)
    assert status(db, post_id) == PostStatus.APPROVED
    assert actions(db, post_id) == before
    with db.session() as s:
        assert s.exec(select(Publication)).all() == []


def test_a_published_post_may_be_recorded_on_its_other_targets(db: Database, world: World) -> None:
    post_id, seen = approved_post(db, world, targets=(world.instagram, world.facebook))
    publish(db, post_id, world.admin, world.instagram, seen)
    assert status(db, post_id) == PostStatus.PUBLISHED
    publish(db, post_id, world.admin2, world.facebook, seen, url="https://facebook.com/kominforl/posts/9")
    assert status(db, post_id) == PostStatus.PUBLISHED
    with db.session() as s:
        pubs = s.exec(select(Publication).where(Publication.post_id == post_id)).all()
        assert {p.account_id for p in pubs} == {world.instagram, world.facebook}
        assert {p.content_hash for p in pubs} == {seen}
    assert actions(db, post_id)[-2:] == [AuditAction.PUBLISHED, AuditAction.PUBLISHED]
    # a published post is no longer editable
    refuse(
        db,
        lambda s: posts.edit_post(s, world.admin, post_id, posts.PostEdit(main_text="x"), void_approval=True),
        "can no longer be edited",
    )


def test_an_unknown_post_is_not_found(db: Database, world: World) -> None:
    refuse(db, lambda s: workflow.submit(s, world.admin, "no-such-post"), "Post not found")
    refuse(db, lambda s: workflow.approve(s, world.kabid, "no-such-post", "x"), "Post not found")


# --------------------------------------------------------------------------- multi-level policy


def test_a_post_naming_the_regent_needs_both_levels_in_order(db: Database, two_levels: World) -> None:
    w = two_levels
    post_id = new_post(db, w, text=REGENT_TEXT)
    seen = submit(db, post_id, w.admin)
    assert events(db, post_id)[-1].detail["required_levels"] == [1, 2]

    assert approve(db, post_id, w.kabid, seen) == PostStatus.IN_REVIEW
    with db.session() as s:
        state = workflow.state_of(s, posts.get_post(s, post_id))
        assert (state.approved_levels, state.waiting_level, state.is_approved) == ((1,), 2, False)
    last = events(db, post_id)[-1]
    assert (last.action, last.detail["level"]) == (AuditAction.LEVEL_APPROVED, 1)

    # the kepala bidang cannot sign the kepala dinas's level, nor publish before it
    refuse(db, lambda s: workflow.approve(s, w.kabid, post_id, seen), "waits for level 2")
    refuse(db, lambda s: publish_in(s, w, post_id, seen), "cannot be recorded as published")

    assert approve(db, post_id, w.kadis, seen) == PostStatus.APPROVED
    last = events(db, post_id)[-1]
    assert (last.action, last.detail["level"], last.actor_id) == (AuditAction.APPROVED, 2, w.kadis)
    with db.session() as s:
        levels = {r.reviewer_id: r.level for r in s.exec(select(Review).where(Review.post_id == post_id))}
    assert levels == {w.kabid: 1, w.kadis: 2}


def test_a_higher_reviewer_signing_first_covers_the_levels_below(db: Database, two_levels: World) -> None:
    w = two_levels
    post_id = new_post(db, w, text=REGENT_TEXT)
    seen = submit(db, post_id, w.admin)
    # the kepala dinas approves before the kepala bidang: their level-2 approval covers level 1 too
    assert approve(db, post_id, w.kadis, seen) == PostStatus.APPROVED
    with db.session() as s:
        (review,) = s.exec(select(Review).where(Review.post_id == post_id)).all()
    assert (review.reviewer_id, review.level) == (w.kadis, 2)
    assert actions(db, post_id)[-1] == AuditAction.APPROVED
    # and the kepala bidang has nothing left to sign
    refuse(db, lambda s: workflow.approve(s, w.kabid, post_id, seen), "cannot be reviewed")


def test_a_reviewer_who_edited_the_post_cannot_review_it(db: Database, world: World, password_hash: str) -> None:
    w = world
    editor = make_person(db, "joko", [(w.bidang, Role.ADMIN, 1), (w.bidang, Role.REVIEWER, 1)], password_hash)
    post_id = new_post(db, w)
    with db.session() as s:
        posts.edit_post(s, editor, post_id, posts.PostEdit(main_text=TEXT + " Diperbarui."))
    seen = submit(db, post_id, w.admin)
    refuse(db, lambda s: workflow.approve(s, editor, post_id, seen), "You edited this post")
    assert approve(db, post_id, w.kabid, seen) == PostStatus.APPROVED


def test_a_post_not_naming_the_regent_needs_only_level_one(db: Database, two_levels: World) -> None:
    w = two_levels
    post_id = new_post(db, w, text="Kabupaten Rejang Lebong meraih penghargaan keterbukaan informasi.")
    seen = submit(db, post_id, w.admin)
    assert events(db, post_id)[-1].detail["required_levels"] == [1]
    assert approve(db, post_id, w.kabid, seen) == PostStatus.APPROVED
    assert actions(db, post_id)[-1] == AuditAction.APPROVED


def test_the_regent_named_only_in_a_platform_text_still_needs_level_two(db: Database, two_levels: World) -> None:
    w = two_levels
    post_id = new_post(db, w, targets=(w.instagram, w.facebook))
    edit(db, post_id, w.admin, posts.PostEdit(variants={"facebook": posts.VariantEdit(text=REGENT_TEXT)}))
    seen = submit(db, post_id, w.admin)
    assert events(db, post_id)[-1].detail["required_levels"] == [1, 2]
    assert approve(db, post_id, w.kabid, seen) == PostStatus.IN_REVIEW


def test_the_regent_named_only_in_a_photo_caption_still_needs_level_two(db: Database, two_levels: World) -> None:
    w = two_levels
    with db.session() as s:
        photo = Photo(sha256="ab" * 32, original_name="IMG_0001.jpg", size_bytes=1000, width=40, height=30)
        s.add(photo)
        s.flush()
        photo_id = photo.id
    post_id = new_post(db, w)
    caption = posts.PhotoPlacement(photo_id, caption="Wakil Bupati menyerahkan sertifikat.")
    edit(db, post_id, w.admin, posts.PostEdit(photos=[caption]))
    seen = submit(db, post_id, w.admin)
    assert events(db, post_id)[-1].detail["required_levels"] == [1, 2]
    assert approve(db, post_id, w.kabid, seen) == PostStatus.IN_REVIEW


def test_an_edit_between_levels_withdraws_and_the_first_level_must_sign_again(db: Database, two_levels: World) -> None:
    w = two_levels
    post_id = new_post(db, w, text=REGENT_TEXT)
    first = submit(db, post_id, w.admin)
    approve(db, post_id, w.kabid, first)
    assert edit(db, post_id, w.admin, posts.PostEdit(main_text=REGENT_TEXT + " Acara dihadiri 200 warga.")) == (
        PostStatus.DRAFT
    )
    second = submit(db, post_id, w.admin)
    refuse(db, lambda s: workflow.approve(s, w.kadis, post_id, first), "changed since you opened it")
    with db.session() as s:
        state = workflow.state_of(s, posts.get_post(s, post_id))
    assert (state.approved_levels, state.waiting_level) == ((), 1)
    assert approve(db, post_id, w.kabid, second) == PostStatus.IN_REVIEW
    assert approve(db, post_id, w.kadis, second) == PostStatus.APPROVED


def test_level_two_may_send_a_post_back_and_level_one_need_not_sign_the_same_text_again(
    db: Database, two_levels: World
) -> None:
    w = two_levels
    post_id = new_post(db, w, text=REGENT_TEXT)
    seen = submit(db, post_id, w.admin)
    approve(db, post_id, w.kabid, seen)
    with db.session() as s:
        workflow.request_changes(s, w.kadis, post_id, seen, "Tunggu konfirmasi protokol.")
    assert events(db, post_id)[-1].detail["level"] == 2
    assert submit(db, post_id, w.admin) == seen  # resubmitted unchanged
    with db.session() as s:
        assert workflow.state_of(s, posts.get_post(s, post_id)).waiting_level == 2
    assert approve(db, post_id, w.kadis, seen) == PostStatus.APPROVED


def test_the_nearest_policy_applies(db: Database, two_levels: World) -> None:
    w = two_levels
    with db.session() as s:
        # the bidang has no policy of its own: the dinas's applies; Dinas Kesehatan falls back to the default
        assert [r.level for r in workflow.policy_for(s, w.bidang)] == [1, 2]
        assert workflow.policy_for(s, w.dinas) == workflow.policy_for(s, w.bidang)
        assert [r.level for r in workflow.policy_for(s, w.other_dinas)] == [1]
        assert [r.level for r in workflow.policy_for(s, w.pemkab)] == [1]

    add_policy(db, w.bidang, (1, "Kepala Bidang", PolicyCondition.ALWAYS))
    with db.session() as s:
        assert [(r.level, r.label) for r in workflow.policy_for(s, w.bidang)] == [(1, "Kepala Bidang")]
    post_id = new_post(db, w, text=REGENT_TEXT)
    seen = submit(db, post_id, w.admin)
    assert approve(db, post_id, w.kabid, seen) == PostStatus.APPROVED


def test_a_deleted_policy_level_no_longer_applies(db: Database, two_levels: World) -> None:
    w = two_levels
    with db.session() as s:
        level2 = s.exec(
            select(ApprovalLevel).where(ApprovalLevel.organisation_id == w.dinas, ApprovalLevel.level == 2)
        ).one()
        level2.deleted_at = datetime.now(UTC)
    post_id = new_post(db, w, text=REGENT_TEXT)
    seen = submit(db, post_id, w.admin)
    assert approve(db, post_id, w.kabid, seen) == PostStatus.APPROVED


def test_a_post_cannot_target_another_agencys_account(db: Database, world: World) -> None:
    w = world
    with db.session() as s:
        other = OfficialAccount(
            organisation_id=w.other_dinas, platform="facebook", handle="dinkesrl", url="https://facebook.com/dinkesrl"
        )
        s.add(other)
        s.flush()
        other_id = other.id
    refuse(
        db,
        lambda s: posts.create_post(s, w.admin, w.bidang, main_text=TEXT, target_account_ids=[other_id]),
        "belongs to another organisation",
    )


def test_a_publication_in_the_future_or_recorded_twice_is_refused(db: Database, world: World) -> None:
    w = world
    post_id, approved_hash = approved_post(db, w)
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    refuse(db, lambda s: publish_in_at(s, w, post_id, approved_hash, tomorrow), "in the future")
    publish(db, post_id, w.admin, w.instagram, approved_hash)
    refuse(
        db,
        lambda s: workflow.record_publication(
            s,
            w.admin,
            post_id,
            account_id=w.instagram,
            url="https://www.instagram.com/p/C0ffee123/",
            published_at=datetime(2026, 3, 2, 10, 0, tzinfo=WIB),
            approved_hash=approved_hash,
        ),
        "already recorded",
    )


def publish_in_at(s: Session, w: World, post_id: str, approved_hash: str, at: datetime) -> Publication:
    return workflow.record_publication(
        s,
        w.admin,
        post_id,
        account_id=w.instagram,
        url="https://instagram.com/p/besok",
        published_at=at,
        approved_hash=approved_hash,
    )
