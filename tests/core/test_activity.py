"""The activity feed, a post's audit trail and what is new for a person, all read from the audit events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlmodel import select

from opdstudio.core.domain.enums import AuditAction
from opdstudio.core.domain.models import AuditEvent
from opdstudio.core.services import activity, posts, workflow
from opdstudio.core.services.activity import Notice, NoticeKind
from opdstudio.core.storage.database import Database

TEXT = "Diskominfo menggelar pelatihan literasi digital bagi 40 perangkat desa di aula kantor."
A = AuditAction


def _life(db: Database, w: Any) -> str:
    """Created, submitted, sent back, edited, resubmitted, approved and published."""
    with db.session() as s:
        post = posts.create_post(
            s, w.admin, w.bidang, title="Pelatihan literasi", main_text=TEXT, target_account_ids=[w.instagram]
        )
        workflow.submit(s, w.admin, post.id)
        workflow.request_changes(s, w.kabid, post.id, post.content_hash, "Tambahkan jumlah peserta perempuan.")
        posts.edit_post(s, w.admin, post.id, posts.PostEdit(main_text=TEXT + " Separuh peserta perempuan."))
        workflow.submit(s, w.admin, post.id)
        workflow.approve(s, w.kabid, post.id, post.content_hash)
        workflow.record_publication(
            s,
            w.admin,
            post.id,
            account_id=w.instagram,
            url="https://www.instagram.com/p/Cx1/",
            published_at=datetime.now(UTC),
            approved_hash=post.content_hash,
        )
        return post.id


def test_feed_tells_who_did_what_newest_first_without_drafting_noise(db: Database, world: Any) -> None:
    post_id = _life(db, world)
    with db.session() as s:
        feed = activity.activity_feed(s, world.admin)
    assert [(i.action, i.actor) for i in feed] == [
        (A.PUBLISHED, "Ani"),
        (A.APPROVED, "Budi"),
        (A.SUBMITTED, "Ani"),
        (A.CHANGES_REQUESTED, "Budi"),
        (A.SUBMITTED, "Ani"),
    ]
    assert {i.post_id for i in feed} == {post_id} and feed[0].post_title == "Pelatihan literasi"
    assert feed[0].account == "instagram @kominfo.rl" and feed[0].url == "https://www.instagram.com/p/Cx1/"
    assert feed[3].comment == "Tambahkan jumlah peserta perempuan." and feed[3].level == 1
    assert feed[0].organisation == "Bidang Informasi dan Komunikasi Publik"


def test_feed_shows_an_organisation_only_to_the_people_working_in_or_above_it(db: Database, world: Any) -> None:
    _life(db, world)
    with db.session() as s:
        assert len(activity.activity_feed(s, world.kadis)) == 5  # reviewer of the parent dinas
        assert len(activity.activity_feed(s, world.oversight, limit=2)) == 2  # Diskominfo sees every agency
        assert activity.activity_feed(s, world.outsider) == []  # Dinas Kesehatan


def test_trail_has_every_step_with_hashes_and_checks_the_chain(db: Database, world: Any) -> None:
    post_id = _life(db, world)
    with db.session() as s:
        trail = activity.post_trail(s, post_id)
    assert trail.chain_intact
    assert [e.action for e in trail.entries] == [
        A.CREATED,
        A.SUBMITTED,
        A.CHANGES_REQUESTED,
        A.EDITED,
        A.SUBMITTED,
        A.APPROVED,
        A.PUBLISHED,
    ]
    assert [e.seq for e in trail.entries] == sorted(e.seq for e in trail.entries)
    assert all(len(e.event_hash) == 64 for e in trail.entries)
    assert trail.entries[-1].content_hash == trail.entries[-2].content_hash != trail.entries[1].content_hash
    with db.session() as s:
        event = s.exec(select(AuditEvent).where(AuditEvent.post_id == post_id, AuditEvent.action == A.EDITED)).one()
        event.actor_id = world.admin2
    with db.session() as s:
        assert not activity.post_trail(s, post_id).chain_intact


def test_news_is_a_post_that_came_to_wait_for_me_or_a_decision_on_my_post(db: Database, world: Any) -> None:
    w = world
    since = datetime.now(UTC) - timedelta(seconds=1)
    with db.session() as s:
        post = posts.create_post(
            s, w.admin, w.bidang, title="Posyandu", main_text=TEXT, target_account_ids=[w.instagram]
        )
        reviewer_before = activity.watch(s, w.kabid, since)
        author_before = activity.watch(s, w.admin, since)
        workflow.submit(s, w.admin, post.id)
        reviewer_after = activity.watch(s, w.kabid, since)
        assert activity.news(reviewer_before, reviewer_after) == [Notice(NoticeKind.WAITING, post.id, "Posyandu")]
        assert activity.news(reviewer_after, activity.watch(s, w.kabid, since)) == []  # told once
        assert activity.news(author_before, activity.watch(s, w.admin, since)) == []  # my own step
        workflow.request_changes(s, w.kabid, post.id, post.content_hash, "Foto kurang jelas.")
        author_after = activity.watch(s, w.admin, since)
        assert activity.news(reviewer_after, activity.watch(s, w.kabid, since)) == []  # left the queue
    assert activity.news(author_before, author_after) == [
        Notice(NoticeKind.DECIDED, post.id, "Posyandu", A.CHANGES_REQUESTED, "Budi", "Foto kurang jelas.")
    ]
