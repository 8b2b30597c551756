"""A small kabupaten with one week of publications (Mon 3 – Sun 9 November 2025, WIB) whose report figures are
worked out by hand in the tests.

    Pemerintah Kabupaten Rejang Lebong
    ├── Dinas Komunikasi dan Informatika   fb (reported 1 Oct), ig (reported 1 Oct), x (closed)
    │   └── Bidang IKP (unit: rolls up into the dinas)
    ├── Dinas Kesehatan                    ig (reported 10 Nov, after the deadline), tiktok (never used)
    └── Kecamatan Curup Tengah             no account
        ├── Desa Air Meles Atas            fb (reported 1 Nov)
        └── Desa Talang Benih              ig only, not reported

Publications (WIB): Kominfo Mon 09:00 fb + 10:00 ig (from the bidang), Tue 23:30 fb (bidang; UTC Tuesday),
Thu 06:30 fb (UTC still Wednesday), Fri, Sat, Sun 10:00 fb; and Sun 2 Nov ig before the week.
Dinkes Tue 09:00 ig (text with three flexing findings and one profanity).
Air Meles one a day at 08:00 fb, plus a withdrawn (tombstoned) one on Wednesday.
Review rounds decided in the week (hours): 1, 3 (changes) + 2, 2, 4, 8, 0.5, Dinkes 1, Air Meles 7 × 1.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlmodel import Session, col, select

from opdstudio.core.domain.enums import AccountStatus, AuditAction, OrgKind, Role
from opdstudio.core.domain.models import AuditEvent, OfficialAccount, Organisation, Publication, Review
from opdstudio.core.reporting.periods import custom
from opdstudio.core.services import posts, workflow
from opdstudio.core.services.people import add_person
from opdstudio.core.services.queries import LOCAL_TZ
from opdstudio.core.storage.backups import backup_sqlite
from opdstudio.core.storage.database import Database
from opdstudio.core.storage.profile import ProfilePaths

MON = date(2025, 11, 3)
WEEK = custom(MON, MON + timedelta(days=6))
DEADLINE = date(2025, 11, 5)
FLEXING = "Kepala puskesmas pamer tas Hermes dan jam Rolex baru, dasar goblok."


def wib(day: date, hour: int, minute: int = 0) -> datetime:
    """A local (WIB) time as an aware UTC instant."""
    return datetime.combine(day, time(hour, minute), LOCAL_TZ).astimezone(UTC)


def day(n: int) -> date:
    """Day ``n`` of the week (0 = Monday)."""
    return MON + timedelta(days=n)


@dataclass
class Town:
    pemkab: str = ""
    kominfo: str = ""
    bidang: str = ""
    dinkes: str = ""
    kecamatan: str = ""
    desa: str = ""
    desa2: str = ""
    people: dict[str, str] = field(default_factory=dict)
    accounts: dict[str, str] = field(default_factory=dict)
    posts: dict[str, str] = field(default_factory=dict)


def _org(s: Session, name: str, kind: OrgKind, parent: str | None) -> str:
    org = Organisation(name=name, kind=kind, parent_id=parent)
    s.add(org)
    s.flush()
    return org.id


def _account(s: Session, org: str, platform: str, handle: str, reported: date | None, status: str = "active") -> str:
    account = OfficialAccount(
        organisation_id=org,
        platform=platform,
        handle=handle,
        url=f"https://{'www.' if platform != 'x' else ''}{platform}.com/{handle.lstrip('@')}",
        reported_on=reported,
        status=status,
    )
    s.add(account)
    s.flush()
    return account.id


# How the platforms the town publishes on link one post; ``ref`` stands for the platform's own id of the post.
_POST_LINKS = {
    "facebook": "https://www.facebook.com/{name}/posts/{ref}",
    "instagram": "https://www.instagram.com/p/{ref}/",
}


def post_link(account: OfficialAccount, ref: str) -> str:
    """The link of the post ``ref`` published on ``account``, as its platform writes it."""
    return _POST_LINKS[account.platform].format(name=account.handle.lstrip("@"), ref=ref)


_BUILT: list[tuple[Path, Town]] = []


def town_profile(root: Path, password_hash: str) -> tuple[Database, Town]:
    """A profile at ``root`` holding the town: built once per test process, then copied."""
    if not _BUILT:
        folder = Path(tempfile.mkdtemp(prefix="opd-town-"))
        atexit.register(shutil.rmtree, folder, True)
        db = Database.open_profile(folder / "profile")
        town = build_town(db, password_hash)
        db.close()
        _BUILT.append((ProfilePaths(folder / "profile").database, town))
    source, town = _BUILT[0]
    paths = ProfilePaths(root)
    paths.root.mkdir(parents=True, exist_ok=True)
    backup_sqlite(source, paths.database)
    return Database.open_profile(root), town


def build_town(db: Database, password_hash: str) -> Town:
    """Create the organisations, people, accounts and the week's publications."""
    t = Town()
    with db.session() as s:
        t.pemkab = _org(s, "Pemerintah Kabupaten Rejang Lebong", OrgKind.PEMKAB, None)
        t.kominfo = _org(s, "Dinas Komunikasi dan Informatika", OrgKind.DINAS, t.pemkab)
        t.bidang = _org(s, "Bidang Informasi dan Komunikasi Publik", OrgKind.BIDANG, t.kominfo)
        t.dinkes = _org(s, "Dinas Kesehatan", OrgKind.DINAS, t.pemkab)
        t.kecamatan = _org(s, "Kecamatan Curup Tengah", OrgKind.KECAMATAN, t.pemkab)
        t.desa = _org(s, "Desa Air Meles Atas", OrgKind.DESA, t.kecamatan)
        t.desa2 = _org(s, "Desa Talang Benih", OrgKind.DESA, t.kecamatan)
        for login, name, roles in (
            ("ani", "Ani Lestari", [(t.bidang, Role.ADMIN, 1)]),
            ("budi", "Budi Santoso", [(t.bidang, Role.REVIEWER, 1)]),
            ("gita", "Gita Permata", [(t.kominfo, Role.ADMIN, 1)]),
            ("dewi", "Dewi Kartika", [(t.kominfo, Role.REVIEWER, 2)]),
            ("sari", "Sari Wulandari", [(t.dinkes, Role.ADMIN, 1)]),
            ("eko", "Eko Prasetyo", [(t.dinkes, Role.REVIEWER, 1)]),
            ("wati", "Wati Rahayu", [(t.desa, Role.ADMIN, 1)]),
            ("camat", "Hendra Camat", [(t.kecamatan, Role.REVIEWER, 1)]),
            ("fajar", "Fajar Nugroho", [(t.pemkab, Role.OVERSIGHT, 1)]),
        ):
            t.people[login] = add_person(
                s, name=name, login=login, password="", password_hash=password_hash, roles=roles
            ).id
        a = t.accounts
        a["kominfo_fb"] = _account(s, t.kominfo, "facebook", "diskominforl", date(2025, 10, 1))
        a["kominfo_ig"] = _account(s, t.kominfo, "instagram", "@kominfo.rl", date(2025, 10, 1))
        a["kominfo_x"] = _account(s, t.kominfo, "x", "@kominfo_rl", None, AccountStatus.CLOSED)
        a["dinkes_ig"] = _account(s, t.dinkes, "instagram", "@dinkes.rl", date(2025, 11, 10))
        a["dinkes_tiktok"] = _account(s, t.dinkes, "tiktok", "@dinkes.rl", date(2025, 11, 10))
        a["desa_fb"] = _account(s, t.desa, "facebook", "desaairmelesatas", date(2025, 11, 1))
        a["desa2_ig"] = _account(s, t.desa2, "instagram", "@talangbenih", None)
    p = t.people
    _publish(
        db,
        t,
        "p0",
        t.kominfo,
        p["gita"],
        p["dewi"],
        "Persiapan Hari Pahlawan",
        [(a["kominfo_ig"], wib(day(-1), 10))],
        [(wib(day(-2), 9), wib(day(-2), 10))],
    )
    _publish(
        db,
        t,
        "p1",
        t.bidang,
        p["ani"],
        p["budi"],
        "Rapat koordinasi vaksinasi rabies",
        [(a["kominfo_fb"], wib(day(0), 9)), (a["kominfo_ig"], wib(day(0), 10))],
        [(wib(day(0), 7), wib(day(0), 8))],
    )
    _publish(
        db,
        t,
        "p2",
        t.bidang,
        p["ani"],
        p["budi"],
        "Posyandu Melati buka layanan malam",
        [(a["kominfo_fb"], wib(day(1), 23, 30))],
        [(wib(day(1), 8), wib(day(1), 11)), (wib(day(1), 12), wib(day(1), 14))],
    )
    _publish(
        db,
        t,
        "p3",
        t.kominfo,
        p["gita"],
        p["dewi"],
        "Jadwal pelayanan SIM keliling",
        [(a["kominfo_fb"], wib(day(3), 6, 30))],
        [(wib(day(2), 20), wib(day(2), 22))],
    )
    _publish(
        db,
        t,
        "p4",
        t.kominfo,
        p["gita"],
        p["dewi"],
        "Pelatihan literasi digital",
        [(a["kominfo_fb"], wib(day(4), 8))],
        [(wib(day(3), 8), wib(day(3), 12))],
    )
    _publish(
        db,
        t,
        "p5",
        t.kominfo,
        p["gita"],
        p["dewi"],
        "Gotong royong bersihkan Sungai Musi",
        [(a["kominfo_fb"], wib(day(5), 10))],
        [(wib(day(4), 9), wib(day(4), 17))],
    )
    _publish(
        db,
        t,
        "p6",
        t.kominfo,
        p["gita"],
        p["dewi"],
        "Car free day Lapangan Setia Negara",
        [(a["kominfo_fb"], wib(day(6), 10))],
        [(wib(day(6), 7), wib(day(6), 7, 30))],
    )
    _publish(
        db,
        t,
        "p7",
        t.dinkes,
        p["sari"],
        p["eko"],
        "Etika pelayanan puskesmas",
        [(a["dinkes_ig"], wib(day(1), 9))],
        [(wib(day(0), 9), wib(day(0), 10))],
        text=FLEXING,
    )
    for n in range(7):
        _publish(
            db,
            t,
            f"d{n}",
            t.desa,
            p["wati"],
            p["camat"],
            f"Kabar desa hari ke-{n + 1}",
            [(a["desa_fb"], wib(day(n), 8))],
            [(wib(day(n), 6), wib(day(n), 7))],
        )
    with db.session() as s:  # a publication recorded by mistake and withdrawn: counted nowhere
        post = posts.get_post(s, t.posts["d2"])
        wrong = workflow.record_publication(
            s,
            p["wati"],
            post.id,
            account_id=a["desa_fb"],
            url="https://www.facebook.com/salah/1",
            published_at=wib(day(2), 15),
            approved_hash=post.content_hash,
        )
        s.flush()
        wrong.deleted_at = datetime.now(UTC)
    return t


def _publish(
    db: Database,
    t: Town,
    key: str,
    org: str,
    author: str,
    reviewer: str,
    title: str,
    out: list[tuple[str, datetime]],
    rounds: list[tuple[datetime, datetime]],
    text: str = "",
) -> None:
    """Write, review (changes requested in every round but the last), approve and publish; then date every step
    as ``rounds`` and ``out`` say."""
    with db.session() as s:
        post = posts.create_post(
            s,
            author,
            org,
            title=title,
            main_text=text or f"{title}. Info lengkap di kantor.",
            target_account_ids=[acc for acc, _at in out],
        )
        for n in range(len(rounds)):
            workflow.submit(s, author, post.id)
            if n < len(rounds) - 1:
                workflow.request_changes(s, reviewer, post.id, post.content_hash, "Tambahkan jam layanan.")
                posts.edit_post(s, author, post.id, posts.PostEdit(main_text=post.main_text + " Buka 08.00."))
            else:
                workflow.approve(s, reviewer, post.id, post.content_hash)
        for n, (account, at) in enumerate(out):
            workflow.record_publication(
                s,
                author,
                post.id,
                account_id=account,
                url=post_link(s.get_one(OfficialAccount, account), f"{key}-{n}"),
                published_at=at,
                approved_hash=post.content_hash,
            )
        s.flush()
        _date_steps(s, post.id, rounds, [at for _acc, at in out])
        t.posts[key] = post.id


def _date_steps(s: Session, post_id: str, rounds: list[tuple[datetime, datetime]], out: list[datetime]) -> None:
    submitted = iter(r[0] for r in rounds)
    decided = iter(r[1] for r in rounds)
    published = iter(out)
    last = rounds[0][0] - timedelta(hours=1)
    for ev in s.exec(select(AuditEvent).where(AuditEvent.post_id == post_id).order_by(col(AuditEvent.seq))).all():
        if ev.action == AuditAction.SUBMITTED:
            last = next(submitted)
        elif ev.action in (AuditAction.APPROVED, AuditAction.CHANGES_REQUESTED):
            last = next(decided)
        elif ev.action == AuditAction.PUBLISHED:
            last = next(published)
        elif ev.action == AuditAction.EDITED:
            last = last + timedelta(minutes=10)
        ev.created_at = last
    reviews = s.exec(select(Review).where(Review.post_id == post_id).order_by(col(Review.created_at))).all()
    for review, (_sub, at) in zip(reviews, rounds, strict=True):
        review.created_at = at
    for pub in s.exec(select(Publication).where(Publication.post_id == post_id)).all():
        pub.created_at = pub.published_at
