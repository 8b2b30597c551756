"""Demo data: a realistic profile made through the real services, with an intact audit trail."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

import pytest
from PIL import ExifTags, Image
from sqlalchemy import func
from sqlmodel import Session, col, select

from opdstudio.core.demo import DemoSummary, seed_demo
from opdstudio.core.domain.drafting import LintJustification
from opdstudio.core.domain.enums import AccountStatus, AuditAction, OrgKind, PostStatus
from opdstudio.core.domain.models import (
    AuditEvent,
    OfficialAccount,
    Organisation,
    Person,
    Photo,
    Post,
    PostPhoto,
    Publication,
    Review,
)
from opdstudio.core.errors import DomainError
from opdstudio.core.media.renditions import existing_renditions
from opdstudio.core.media.store import MediaStore
from opdstudio.core.services.audit import verify_chain
from opdstudio.core.services.orgs import reviewer_level, subtree
from opdstudio.core.services.people import sign_in
from opdstudio.core.services.posts import compute_hash
from opdstudio.core.services.queries import LOCAL_TZ, local_day_bounds
from opdstudio.core.services.workflow import state_of
from opdstudio.core.storage.database import Database

TODAY = date(2026, 11, 20)  # a Friday
NOW = datetime.combine(TODAY, time(16, 0), LOCAL_TZ)  # a past day's story ends at 16:00 WIB
EXTRA = 2000

# One worker seeds the demo once for the whole module (the seed is the expensive part).
pytestmark = pytest.mark.xdist_group("demo")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary, list[str]]]:
    db = Database.open_profile(tmp_path_factory.mktemp("demo") / "profile")
    messages: list[str] = []
    summary = seed_demo(db, today=TODAY, publications=EXTRA, progress=messages.append)
    yield db, summary, messages
    db.close()


@pytest.fixture
def session(seeded: tuple[Database, DemoSummary, list[str]]) -> Iterator[Session]:
    with seeded[0].session() as s:
        yield s
        s.rollback()


def _org(s: Session, name: str) -> Organisation:
    return s.exec(select(Organisation).where(Organisation.name == name)).one()


def _person(s: Session, login: str) -> Person:
    return s.exec(select(Person).where(Person.login == login)).one()


def test_summary_reports_what_was_made(seeded: tuple[Database, DemoSummary, list[str]]) -> None:
    _db, summary, messages = seeded
    assert summary.organisations == 13
    assert summary.people >= 20
    assert summary.accounts >= 25
    assert set(summary.posts) == {s.value for s in PostStatus}
    assert all(n > 0 for n in summary.posts.values()), summary.posts
    assert 150 <= summary.posts[PostStatus.PUBLISHED] <= 300
    assert summary.photos >= 20
    assert summary.main_login == "admin.kominfo"
    assert messages[-1] == "Data demo siap."


def test_organisation_tree(session: Session) -> None:
    pemkab = _org(session, "Pemerintah Kabupaten Rejang Lebong")
    assert pemkab.kind == OrgKind.PEMKAB and pemkab.parent_id is None
    opds = session.exec(select(Organisation).where(Organisation.parent_id == pemkab.id)).all()
    assert {o.name for o in opds} == {
        "Dinas Komunikasi dan Informatika",
        "Dinas Kesehatan",
        "Dinas Pendidikan dan Kebudayaan",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "Kecamatan Curup Tengah",
    }
    kecamatan = _org(session, "Kecamatan Curup Tengah")
    units = session.exec(select(Organisation).where(Organisation.parent_id == kecamatan.id)).all()
    assert {(o.name, o.kind) for o in units} == {
        ("Kelurahan Talang Rimbo Baru", OrgKind.KELURAHAN),
        ("Desa Air Meles Atas", OrgKind.DESA),
    }


def test_audit_chains_are_intact_and_historical(session: Session) -> None:
    assert verify_chain(session) == []
    events = session.exec(select(AuditEvent).order_by(col(AuditEvent.organisation_id), col(AuditEvent.seq))).all()
    assert min(e.created_at for e in events) < datetime.combine(TODAY - timedelta(days=80), time(), UTC)
    assert max(e.created_at for e in events) <= NOW
    for before, after in pairwise(events):
        if before.organisation_id == after.organisation_id:
            assert before.created_at <= after.created_at
    actions = {e.action for e in events}
    assert {AuditAction.APPROVAL_VOIDED, AuditAction.CHANGES_REQUESTED, AuditAction.REJECTED} <= actions
    assert AuditAction.LEVEL_APPROVED in actions


def test_published_posts_carry_their_approved_hash(session: Session) -> None:
    published = session.exec(select(Post).where(Post.status == PostStatus.PUBLISHED)).all()
    for post in published:
        hashes = session.exec(select(Publication.content_hash).where(Publication.post_id == post.id)).all()
        assert post.content_hash in hashes
        assert post.content_hash == compute_hash(session, post)
        assert state_of(session, post).is_approved
    mismatched = session.exec(
        select(func.count())
        .select_from(Publication)
        .join(Post, col(Post.id) == col(Publication.post_id))
        .where(col(Publication.content_hash) != col(Post.content_hash))
    ).one()
    assert mismatched == 0


def test_reviews_and_posts_are_back_dated(session: Session) -> None:
    reviews = session.exec(select(Review)).all()
    posts = {p.id: p for p in session.exec(select(Post)).all()}
    for review in reviews:
        post = posts[review.post_id]
        assert post.submitted_at is not None
        assert post.created_at <= review.created_at <= NOW
    days = {p.created_at.astimezone(LOCAL_TZ).date() for p in posts.values()}
    assert min(days) <= TODAY - timedelta(days=85)


def _published_days(s: Session, name: str) -> list[datetime]:
    """When the organisation's (and its units') publications went out, per the audit trail."""
    org = _org(s, name)
    return list(
        s.exec(
            select(AuditEvent.created_at).where(
                AuditEvent.action == AuditAction.PUBLISHED,
                col(AuditEvent.organisation_id).in_(subtree(s, org.id)),
            )
        ).all()
    )


def test_dinas_kominfo_published_today(session: Session) -> None:
    start, end = local_day_bounds(TODAY)
    today = [t for t in _published_days(session, "Dinas Komunikasi dan Informatika") if start <= t < end]
    assert len(today) >= 2


def test_in_review_posts_wait_for_kabid_ikp(session: Session) -> None:
    kabid = _person(session, "kabid.ikp")
    ikp = _org(session, "Bidang Informasi dan Komunikasi Publik")
    waiting = [
        post
        for post in session.exec(
            select(Post).where(Post.status == PostStatus.IN_REVIEW, Post.organisation_id == ikp.id)
        ).all()
        if state_of(session, post).waiting_level == 1
    ]
    assert waiting
    level = reviewer_level(session, kabid.id, ikp.id)
    assert level is not None and level >= 1
    assert all(p.author_id != kabid.id for p in waiting)


def test_a_dinkes_post_waits_for_the_kepala_dinas(session: Session) -> None:
    kadis = _person(session, "kadis.dinkes")
    dinkes = _org(session, "Dinas Kesehatan")
    posts = session.exec(
        select(Post).where(Post.status == PostStatus.IN_REVIEW, Post.organisation_id == dinkes.id)
    ).all()
    states = [state_of(session, p) for p in posts]
    assert any(s.required_levels == (1, 2) and s.waiting_level == 2 for s in states)
    assert reviewer_level(session, kadis.id, dinkes.id) == 2


def test_photos_are_valid_jpegs_in_the_store(seeded: tuple[Database, DemoSummary, list[str]], session: Session) -> None:
    db = seeded[0]
    assert db.paths is not None
    store = MediaStore(db.paths.media)
    photos = session.exec(select(Photo)).all()
    assert len(photos) >= 20
    with_gps = with_date = 0
    for photo in photos:
        path = store.find(photo.sha256)
        assert path is not None
        data = path.read_bytes()
        assert hashlib.sha256(data).hexdigest() == photo.sha256 and len(data) == photo.size_bytes
        with Image.open(path) as image:
            assert image.format == "JPEG" and image.size == (photo.width, photo.height)
            exif = image.getexif()
            with_gps += bool(exif.get_ifd(ExifTags.IFD.GPSInfo))
            with_date += ExifTags.Base.DateTimeOriginal in exif.get_ifd(ExifTags.IFD.Exif)
            assert bool(exif.get_ifd(ExifTags.IFD.GPSInfo)) == photo.has_gps
            image.load()
        assert existing_renditions(store, photo.sha256, None)  # made by the media pipeline
    assert with_gps >= 2 and with_date >= 10
    illustrated = session.exec(select(func.count(func.distinct(PostPhoto.post_id)))).one()
    assert illustrated >= 100


def test_compliance_gaps_are_realistic(session: Session) -> None:
    def days_with_publications(name: str) -> set[date]:
        return {t.astimezone(LOCAL_TZ).date() for t in _published_days(session, name)}

    kominfo = days_with_publications("Dinas Komunikasi dan Informatika")
    assert len(kominfo) >= 60  # nearly daily
    desa = days_with_publications("Desa Air Meles Atas")
    assert desa and max(desa) <= TODAY - timedelta(days=30)  # gone quiet ("mati suri")
    pupr = sorted(days_with_publications("Dinas Pekerjaan Umum dan Penataan Ruang"))
    assert max(b - a for a, b in pairwise(pupr)) >= timedelta(days=21)


def test_account_registry(session: Session) -> None:
    def platforms(name: str) -> list[str]:
        org = _org(session, name)
        rows = session.exec(select(OfficialAccount).where(OfficialAccount.organisation_id == org.id)).all()
        return sorted(a.platform for a in rows)

    assert platforms("Desa Air Meles Atas") == ["facebook"]
    assert platforms("Bidang Aplikasi Informatika") == []
    assert "website" in platforms("Dinas Komunikasi dan Informatika")
    statuses = session.exec(select(OfficialAccount.status)).all()
    assert AccountStatus.DORMANT in statuses and AccountStatus.CLOSED in statuses
    urls = session.exec(select(Publication.url).limit(500)).all()
    assert all(u.startswith("https://") for u in urls)


def test_lint_blocks_were_justified_by_the_author(session: Session) -> None:
    rows = session.exec(select(LintJustification)).all()
    assert rows
    for row in rows:
        post = session.get(Post, row.post_id)
        assert post is not None and row.text.strip()
        assert row.created_at <= (post.submitted_at or NOW)


def test_everyone_signs_in_with_demo(session: Session) -> None:
    assert sign_in(session, "admin.kominfo", "demo").login == "admin.kominfo"


def test_extra_publications_are_bulk_rows_without_events(session: Session) -> None:
    total = session.exec(select(func.count()).select_from(Publication)).one()
    recorded = session.exec(
        select(func.count()).select_from(AuditEvent).where(AuditEvent.action == AuditAction.PUBLISHED)
    ).one()
    assert total - recorded == EXTRA


def test_seeding_a_used_profile_is_refused(seeded: tuple[Database, DemoSummary, list[str]]) -> None:
    with pytest.raises(DomainError) as caught:
        seed_demo(seeded[0], today=TODAY)
    assert "kosong" in caught.value.message("id") and "empty" in caught.value.message("en")


def test_a_future_date_is_refused(db: Database) -> None:
    with pytest.raises(DomainError) as caught:
        seed_demo(db, today=datetime.now(LOCAL_TZ).date() + timedelta(days=1))
    assert "masa depan" in caught.value.message("id")
    with db.session() as s:
        assert s.exec(select(func.count()).select_from(Person)).one() == 0
