"""Demo data: a kabupaten's agencies, people, official accounts, photos and three months of posts.

Every post goes through the real services (create, edit, submit, review, record publication), so reviews,
content hashes and audit events are genuine; photos are stored and rendered by the media pipeline. Each step
is played at a moment of a plausible history and the rows it writes are dated at that moment; at the end every
audit chain is re-hashed so that :func:`opdstudio.core.services.audit.verify_chain` finds it intact.
"""

from __future__ import annotations

import base64
import io
import random
import re
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Literal

from PIL import ExifTags, Image, ImageDraw, ImageFont
from PIL.TiffImagePlugin import IFDRational
from sqlalchemy import event, func, insert
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import UOWTransaction
from sqlmodel import Session, col, select

from ..domain.enums import AccountStatus, PostKind, PostStatus, Role
from ..domain.models import (
    ApprovalLevel,
    AuditEvent,
    OfficialAccount,
    Organisation,
    Person,
    Photo,
    Post,
    Publication,
    Synced,
)
from ..domain.workflow import PolicyFacts, mentions_regent, required_levels
from ..errors import DomainError, ProfileError
from ..media.importer import rerender
from ..media.store import MediaStore
from ..services import lint_service
from ..services.accounts import canonical_url
from ..services.audit import _event_digest
from ..services.passwords import hash_password
from ..services.people import add_person, is_set_up
from ..services.posts import PhotoPlacement, PostEdit, VariantEdit, create_post, edit_post, get_post
from ..services.queries import LOCAL_TZ
from ..services.workflow import approve, policy_for, record_publication, reject, request_changes, submit
from ..storage.bulk import publication_search_paused
from ..storage.database import Database
from . import text as T

DEMO_PASSWORD = "demo"
MAIN_LOGIN = "admin.kominfo"
_SEED = 2024_10_28
_DAYS = 90
_BATCH = 10_000


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`seed_demo` put into the profile."""

    organisations: int
    people: int
    accounts: int
    posts: dict[str, int]  # by status, every status present
    publications: int
    photos: int
    main_login: str = MAIN_LOGIN
    password: str = DEMO_PASSWORD


def seed_demo(
    db: Database,
    *,
    today: date | None = None,
    publications: int = 0,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Fill an empty profile with demo data covering the 90 days up to ``today`` (default: today, WIB).

    Everyone signs in with the password ``demo``; ``admin.kominfo`` is the main login. The same ``today`` gives
    the same content (row ids differ). When ``today`` is the current day, nothing is dated after the current
    time. ``publications`` > 0 bulk-inserts that many extra publication rows (re-posts of published posts, for
    benchmarks); they bypass the services and have no audit events.
    """
    if db.paths is None:
        raise ProfileError("Data demo memerlukan profil dengan folder foto.", "Demo data needs a profile folder.")
    say = progress or (lambda _message: None)
    current = datetime.now(LOCAL_TZ).date()
    today = today or current
    if today > current:
        raise DomainError(
            "Tanggal data demo tidak boleh di masa depan.", "The demo data cannot end on a date in the future."
        )
    # Demo rows are never synced: the session has no outbox hook (a demo profile must not fill a real server).
    with Session(db.engine, expire_on_commit=False) as session, session.begin():
        if is_set_up(session):
            raise DomainError(
                "Profil ini sudah berisi data; data demo hanya dapat diisi ke profil kosong.",
                "This profile already has data; demo data can only fill an empty profile.",
            )
        seeder = _Seeder(session, MediaStore(db.paths.media), today, say)
        seeder.run(publications)
        return seeder.summary()


StepKind = Literal["create", "dress", "submit", "approve", "changes", "fix", "reject", "late_edit", "publish"]
Fate = Literal[
    "published",
    "revised",
    "voided",
    "withdrawn",
    "rejected",
    "changes",
    "draft",
    "in_review",
    "level1",
    "approved",
    "void_draft",
]
_HISTORY_FATES: tuple[tuple[Fate, float], ...] = (
    ("published", 0.86),
    ("revised", 0.07),
    ("voided", 0.015),
    ("withdrawn", 0.015),
    ("rejected", 0.02),
    ("draft", 0.02),
)
# Posts that make the last days tell a story: (desk, fate, names the regent, window start, window end).
# Window ends are (days relative to today, fraction of that day's working hours; for today, of the hours until now).
_SCRIPTED: tuple[tuple[str, Fate, bool, tuple[int, float], tuple[int, float]], ...] = (
    ("ikp", "published", True, (0, 0.02), (0, 0.45)),
    ("ikp", "published", False, (0, 0.1), (0, 0.6)),
    ("ikp", "in_review", False, (0, 0.55), (0, 0.9)),
    ("ikp", "in_review", True, (0, 0.7), (0, 0.97)),
    ("ikp", "draft", False, (0, 0.9), (0, 0.99)),
    ("ikp", "approved", False, (0, 0.3), (0, 0.85)),
    ("ikp", "changes", False, (-1, 0.2), (-1, 0.9)),
    ("ikp", "void_draft", False, (-1, 0.1), (0, 0.4)),
    ("ikp", "rejected", False, (-5, 0.1), (-5, 0.8)),
    ("dinkes", "level1", True, (-1, 0.3), (0, 0.5)),
    ("dinkes", "rejected", False, (-12, 0.1), (-11, 0.5)),
    ("pkm_curup", "in_review", False, (0, 0.2), (0, 0.6)),
    ("dikbud", "approved", False, (-1, 0.1), (-1, 0.9)),
    ("pupr", "in_review", False, (-2, 0.2), (-2, 0.6)),
    ("curteng", "changes", False, (-3, 0.1), (-3, 0.9)),
    ("airmeles", "draft", False, (-2, 0.3), (-2, 0.5)),
)


@dataclass
class _Plan:
    """One post's story, decided up front."""

    desk: T.Desk
    org_id: str
    author_id: str
    title: str
    text: str
    programme: str
    kind: PostKind
    event_date: date
    event_place: str
    targets: list[OfficialAccount]
    photos: list[PhotoPlacement]
    custom: tuple[str, ...]  # platforms with their own variant text
    post_id: str = ""


@dataclass(frozen=True)
class _Action:
    """One thing that happens to a post, not yet timed."""

    kind: StepKind
    actor: str = ""  # reviewer login
    text: str = ""  # comment, reason or added sentence
    account: OfficialAccount | None = None
    url: str = ""


@dataclass(frozen=True)
class _Step:
    at: datetime
    order: int
    plan: _Plan
    action: _Action


class _Backdater:
    """Dates the rows each flush writes at the story's current moment instead of the wall clock."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.moment: datetime | None = None
        event.listen(session, "before_flush", self._before_flush)

    def _before_flush(self, session: OrmSession, _ctx: UOWTransaction, _instances: Any) -> None:
        if self.moment is None:
            return
        for row in session.new:
            if isinstance(row, Synced):
                row.created_at = row.updated_at = self.moment
        for row in session.dirty:
            if isinstance(row, Synced):
                row.updated_at = self.moment

    def at(self, moment: datetime) -> None:
        """Write what is pending at the previous moment, then date later writes at ``moment``."""
        self.session.flush()
        self.moment = moment

    def stop(self) -> None:
        """Write what is pending and let later writes keep their own times."""
        self.session.flush()
        self.moment = None
        event.remove(self.session, "before_flush", self._before_flush)


class _Seeder:
    """Builds the demo world inside one session."""

    def __init__(self, session: Session, store: MediaStore, today: date, say: Callable[[str], None]) -> None:
        self.session = session
        self.store = store
        self.today = today
        self.say = say
        self.rng = random.Random(_SEED)
        self.clock = _Backdater(session)
        start_of_day = datetime.combine(today, time(0), LOCAL_TZ)
        end = datetime.combine(today, time(16), LOCAL_TZ)
        real_now = datetime.now(UTC)
        if start_of_day <= real_now < end:
            end = real_now.astimezone(LOCAL_TZ)
        self.now = end.astimezone(UTC)
        morning = datetime.combine(today, time(6, 30), LOCAL_TZ)
        self.morning = morning if end - morning >= timedelta(hours=1) else start_of_day
        self.org: dict[str, str] = {}
        self.person: dict[str, str] = {}
        self.pinned: list[Synced] = []  # the session's identity map is weak: keep hot rows out of SQL
        self.accounts: dict[str, list[OfficialAccount]] = {}
        self.photos: list[tuple[T.PhotoSpec, Photo]] = []
        self.steps: list[_Step] = []
        self.titles: dict[str, str] = {}
        self.levels: dict[tuple[str, bool], tuple[int, ...]] = {}
        self.grain: dict[tuple[int, int], Image.Image] = {}

    def run(self, publications: int) -> None:
        self.say("Menyiapkan organisasi, pengguna dan akun resmi…")
        self.build_world()
        self.say("Membuat foto kegiatan…")
        self.build_photos()
        # The media pipeline renders while the posts are written: Pillow works without holding the GIL.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-renditions") as pool:
            renders = [pool.submit(rerender, self.store, photo.sha256, None) for _spec, photo in self.photos]
            self.say("Menyusun rencana post tiga bulan terakhir…")
            self.plan_history()
            self.plan_scripted()
            self.say("Menulis, meninjau dan mencatat publikasi post…")
            self.play()
            self.clock.stop()
            self.say("Menyelesaikan rendisi foto…")
            for done in renders:
                done.result()
        self.say("Menyusun ulang rantai audit…")
        self.rechain()
        if publications > 0:
            self.extra_publications(publications)
        self.say("Data demo siap.")

    # -- world ---------------------------------------------------------------------------------------------

    def build_world(self) -> None:
        s = self.session
        self.clock.at(self._local(self.today - timedelta(days=_DAYS + 14), time(9, 0)))
        for spec in T.ORGS:
            org = Organisation(
                name=spec.name,
                short_name=spec.short_name,
                kind=spec.kind,
                parent_id=self.org[spec.parent] if spec.parent else None,
            )
            s.add(org)
            s.flush()
            self.org[spec.key] = org.id
            self.pinned.append(org)
        for org_key, level, label, condition in T.APPROVAL_LEVELS:
            s.add(ApprovalLevel(organisation_id=self.org[org_key], level=level, label=label, condition=condition))
        password_hash = hash_password(DEMO_PASSWORD)
        for p in T.PEOPLE:
            person = add_person(
                s,
                name=p.name,
                login=p.login,
                password="",
                password_hash=password_hash,
                title=p.title,
                roles=[(self.org[org_key], role, level) for org_key, role, level in p.roles],
            )
            self.person[p.login] = person.id
            self.pinned.append(person)
        admins = {org: p.login for p in T.PEOPLE for org, role, _lv in p.roles if role == Role.ADMIN}
        for a in T.ACCOUNTS:
            manager = admins.get(a.org) or admins.get(_parent(a.org) or "", "diskominfo")
            account = OfficialAccount(
                organisation_id=self.org[a.org],
                platform=a.platform,
                handle=a.handle,
                url=canonical_url(a.platform, a.handle),
                managed_by_id=self.person[manager],
                reported_on=self.today - timedelta(days=a.reported_days_ago),
                status=a.status,
            )
            s.add(account)
            self.accounts.setdefault(a.org, []).append(account)

    def build_photos(self) -> None:
        for spec in T.PHOTOS:
            day = self.today - timedelta(days=spec.days_ago)
            taken = datetime.combine(day, time(self.rng.randint(7, 11), self.rng.randint(0, 59)), LOCAL_TZ)
            taken = taken.replace(second=self.rng.randint(0, 59))
            image = _paint(spec, self.rng, self.grain)
            data = _jpeg(image, spec, taken, self.rng)
            sha, _path, _present = self.store.add_bytes(data, ".jpg")
            name = (
                f"IMG_{taken:%Y%m%d_%H%M%S}.jpg"
                if spec.exif
                else f"IMG-{taken:%Y%m%d}-WA{self.rng.randint(0, 9999):04d}.jpg"
            )
            photo = Photo(
                sha256=sha,
                original_name=name,
                size_bytes=len(data),
                width=image.width,
                height=image.height,
                taken_at=taken.astimezone(UTC) if spec.exif else None,
                has_gps=spec.gps,
                contains_children=spec.children,
                consent_note=spec.consent_note,
                imported_by_id=self.person[spec.owner],
            )
            self.clock.at((taken + timedelta(hours=self.rng.uniform(1, 5))).astimezone(UTC))
            self.session.add(photo)
            self.photos.append((spec, photo))

    # -- planning ------------------------------------------------------------------------------------------

    def plan_history(self) -> None:
        rng = self.rng
        fates, weights = zip(*_HISTORY_FATES, strict=True)
        for desk in T.DESKS:
            for back in range(_DAYS - 1, -1, -1):
                if any(lo <= back <= hi for lo, hi in desk.quiet):
                    continue
                day = self.today - timedelta(days=back)
                rate = desk.per_day * (0.35 if day.weekday() >= 5 else 1.0)
                for _ in range(int(rate) + (rng.random() < rate % 1)):
                    template = rng.choice(T.TEMPLATES[desk.templates])
                    plan = self._plan(desk, template, day)
                    start = self._local(day, time(rng.randint(8, 16), rng.randint(0, 59)))
                    fate: Fate = rng.choices(fates, weights)[0]
                    self._schedule(plan, self._script(plan, fate), start, None)

    def plan_scripted(self) -> None:
        desks = {d.org: d for d in T.DESKS}
        for desk_key, fate, regent, (d1, f1), (d2, f2) in _SCRIPTED:
            desk = desks[desk_key]
            candidates = [
                t
                for t in T.TEMPLATES[desk.templates]
                if mentions_regent([t.title, t.text]) == regent and t.kind == PostKind.SOCIAL
            ]
            begin, end = self._moment(d1, f1), self._moment(d2, f2)
            plan = self._plan(desk, self.rng.choice(candidates), begin.astimezone(LOCAL_TZ).date())
            self._schedule(plan, self._script(plan, fate), begin, end)

    def _plan(self, desk: T.Desk, template: T.Template, day: date) -> _Plan:
        rng = self.rng
        ctx = self._context(desk, day)
        title, text = template.title.format(**ctx), template.text.format(**ctx)
        regent = mentions_regent([title, text])
        targets = self._targets(desk, template, regent)
        platforms = {a.platform for a in targets}
        custom = tuple(
            sorted(p for p in platforms if p in ("x", "tiktok", "youtube") or (p == "instagram" and rng.random() < 0.5))
        )
        return _Plan(
            desk=desk,
            org_id=self.org[desk.org],
            author_id=self.person[desk.author],
            title=title,
            text=text,
            programme=template.programme.format(**ctx),
            kind=template.kind,
            event_date=day,
            event_place=template.place.format(**ctx),
            targets=targets,
            photos=self._placements(template.scene, ctx),
            custom=custom,
        )

    def _levels(self, org_key: str, regent: bool) -> tuple[int, ...]:
        if (org_key, regent) not in self.levels:
            policy = policy_for(self.session, self.org[org_key])
            self.levels[org_key, regent] = required_levels(policy, PolicyFacts(mentions_regent=regent))
        return self.levels[org_key, regent]

    def _context(self, desk: T.Desk, day: date) -> dict[str, str]:
        rng = self.rng
        kec = desk.kecamatan or rng.choice(T.KECAMATAN)
        ctx = {
            "kec": kec,
            "desa": rng.choice(T.DESA[kec]),
            "ruas": rng.choice(T.ROADS),
            "posyandu": rng.choice(T.POSYANDU),
            "sekolah": "SD Negeri 1 Curup" if desk.org == "sdn1" else rng.choice(T.SCHOOLS),
            "puskesmas": next((o.name for o in T.ORGS if o.key == desk.org and o.kind == "puskesmas"), "Puskesmas"),
            "peringatan": rng.choice(T.COMMEMORATIONS),
            "n": str(rng.randint(20, 240)),
            "km": f"{rng.uniform(0.8, 6.5):.1f}".replace(".", ","),
            "minggu": str(rng.randint(2, 8)),
            "persen": str(rng.randint(35, 95)),
            "jam": f"{rng.choice((7, 8, 9, 13, 14)):02d}.{rng.choice(('00', '30'))}",
            "tahun_depan": str(day.year + 1),
            "tahun_lusa": str(day.year + 2),
            "hari": f"{T.DAYS[day.weekday()]} ({day:%d/%m/%Y})",
        }
        ctx["tempat"] = rng.choice(T.VENUES).format(**ctx)
        return ctx

    def _targets(self, desk: T.Desk, template: T.Template, regent: bool) -> list[OfficialAccount]:
        rng = self.rng
        pool = [a for org in desk.accounts for a in self.accounts.get(org, []) if a.status != AccountStatus.CLOSED]

        def of(platform: str) -> list[OfficialAccount]:
            return [a for a in pool if a.platform == platform]

        facebook = of("facebook")[:1]
        if template.kind == PostKind.ARTICLE:
            return of("website")[:1] + facebook
        chosen = list(facebook)
        if of("instagram") and rng.random() < 0.45:
            chosen.append(rng.choice(of("instagram")))
        others = of("tiktok") + of("youtube") + of("x")
        if others and rng.random() < 0.1:
            chosen.append(rng.choice(others))
        if regent and desk.org == "ikp":  # the regent's activities also go out on the Pemkab's account
            chosen = [*chosen[:2], next(a for a in self.accounts["pemkab"] if a.platform == "instagram")]
        return chosen or pool[:1]

    def _placements(self, scene: str | None, ctx: dict[str, str]) -> list[PhotoPlacement]:
        """One to four photos of the activity (or of related ones), each with its own caption."""
        rng = self.rng
        own = [p for p in self.photos if p[0].scene == scene]
        if not own or rng.random() < 0.12:
            return []
        chosen = rng.sample(own, rng.randint(1, len(own)))
        related = next((g for g in T.RELATED_SCENES if scene in g), frozenset())
        others = [p for p in self.photos if p[0].scene in related - {scene}]
        if others and rng.random() < 0.4:
            chosen += rng.sample(others, min(len(others), rng.randint(1, 4 - len(chosen))))
        placements, used = [], set()
        for spec, photo in chosen:
            captions = [c for c in T.CAPTIONS[spec.scene] if c not in used] or list(T.CAPTIONS[spec.scene])
            caption = rng.choice(captions)
            used.add(caption)
            alt = spec.alt if rng.random() < 0.6 else ""
            placements.append(PhotoPlacement(photo.id, caption=caption.format(**ctx), alt_text=alt))
        return placements

    def _script(self, plan: _Plan, fate: Fate) -> list[_Action]:
        """What happens to a post with this fate, in order."""
        rng = self.rng
        reviewers = plan.desk.reviewers
        ctx = self._context(plan.desk, plan.event_date)
        comment, fix = rng.choice(T.CHANGE_REQUESTS)
        fixed = _Action("fix", text=fix.format(**ctx))
        late = _Action("late_edit", text=rng.choice(T.LATE_EDITS).format(**ctx))

        def review(*added: _Action) -> list[_Action]:
            """Submit, then an approval at each level the text (with ``added`` sentences) needs."""
            regent = mentions_regent([plan.title, plan.text, *(a.text for a in added)])
            levels = self._levels(plan.desk.org, regent)
            return [_Action("submit")] + [
                _Action("approve", reviewers[lv - 1], rng.choice(T.APPROVE_COMMENTS)) for lv in levels
            ]

        publish = [
            _Action("publish", account=a, url=_post_url(rng, (a.platform, a.handle, a.url), plan.title, ""))
            for a in plan.targets
        ]
        asked = [_Action("submit"), _Action("changes", reviewers[0], comment)]
        begin = [_Action("create")] + ([_Action("dress")] if plan.photos or plan.custom else [])
        if fate == "published":
            return [*begin, *review(), *publish]
        if fate == "revised":
            return [*begin, *asked, fixed, *review(fixed), *publish]
        if fate == "withdrawn":
            return [*begin, _Action("submit"), late, *review(late), *publish]
        if fate == "voided":
            return [*begin, *review(), late, *review(late), *publish]
        if fate == "void_draft":
            return [*begin, *review(), late]
        if fate == "rejected":
            return [*begin, _Action("submit"), _Action("reject", reviewers[0], rng.choice(T.REJECT_REASONS))]
        if fate == "changes":
            return [*begin, *asked]
        if fate == "in_review":
            return [*begin, _Action("submit")]
        if fate == "level1":
            return [*begin, *review()[:2]]
        if fate == "approved":
            return [*begin, *review()]
        return begin  # draft

    def _schedule(self, plan: _Plan, actions: list[_Action], start: datetime, end: datetime | None) -> None:
        """Time the actions: spread over [start, end] in waking hours, or from ``start`` with realistic gaps."""
        rng = self.rng
        moments: list[datetime] = []
        if end is not None:
            spread = sorted(start + (end - start) * rng.random() for _ in actions[1:])
            moments = [start, *sorted(o if (o := self._office(t)) <= end else t for t in spread)]
        else:
            at, previous = start, ""
            for action in actions:
                at = self._office(at + self._gap(plan.desk, previous, action.kind))
                moments.append(at)
                previous = action.kind
        for action, at in zip(actions, moments, strict=True):
            self.steps.append(_Step(at, len(self.steps), plan, action))

    def _gap(self, desk: T.Desk, previous: str, kind: StepKind) -> timedelta:
        u = self.rng.uniform
        minutes: float
        if kind == "create":
            minutes = 0
        elif kind == "dress":
            minutes = u(3, 15)
        elif kind == "submit":
            minutes = u(5, 30) if previous == "fix" else u(10, 90)
        elif kind in ("approve", "changes", "reject"):
            minutes = u(30, 480) if previous == "approve" else 60 * u(*desk.turnaround)
        elif kind == "fix":
            minutes = 60 * u(0.5, 20)
        elif kind == "late_edit":
            minutes = 60 * u(1, 20) if previous == "approve" else u(5, 60)
        else:
            minutes = u(1, 10) if previous == "publish" else u(5, 120)
        return timedelta(minutes=minutes)

    def _office(self, at: datetime) -> datetime:
        """``at`` moved into waking hours (07:00–21:30 WIB)."""
        local = at.astimezone(LOCAL_TZ)
        if time(7, 0) <= local.time() <= time(21, 30):
            return at
        day = local.date() + timedelta(days=1 if local.time() > time(21, 30) else 0)
        return self._local(day, time(7, 15)) + timedelta(minutes=self.rng.uniform(0, 75))

    def _local(self, day: date, at: time) -> datetime:
        return datetime.combine(day, at, LOCAL_TZ).astimezone(UTC)

    def _moment(self, days: int, fraction: float) -> datetime:
        """A moment on today ± ``days``: a fraction of today up to now, or of another day's working hours."""
        if days == 0:
            return (self.morning + (self.now - self.morning) * fraction).astimezone(UTC)
        return self._local(self.today + timedelta(days=days), time(7, 30)) + timedelta(hours=10 * fraction)

    # -- playing -------------------------------------------------------------------------------------------

    def play(self) -> None:
        steps = sorted((st for st in self.steps if st.at <= self.now), key=lambda st: (st.at, st.order))
        for index, st in enumerate(steps, 1):
            self.clock.at(st.at)
            self._perform(st.plan, st.action, st.at)
            if index % 500 == 0:
                self.say(f"Memproses langkah {index} dari {len(steps)}…")

    def _perform(self, plan: _Plan, action: _Action, at: datetime) -> None:
        s, author, kind = self.session, plan.author_id, action.kind
        if kind == "create":
            post = create_post(
                s,
                author,
                plan.org_id,
                title=plan.title,
                main_text=plan.text,
                kind=plan.kind,
                target_account_ids=[a.id for a in plan.targets],
                event_date=plan.event_date,
                event_place=plan.event_place,
                programme=plan.programme,
            )
            plan.post_id = post.id
            self.pinned.append(post)
            self.titles[post.id] = plan.title
            return
        seen = get_post(s, plan.post_id).content_hash
        reviewer = self.person.get(action.actor, "")
        if kind == "dress":
            edit_post(s, author, plan.post_id, PostEdit(photos=plan.photos, variants=_variants(plan)))
        elif kind == "submit":
            try:
                post = submit(s, author, plan.post_id)
            except DomainError:
                if not self._justify(plan):  # refused for another reason than lint
                    raise
                post = submit(s, author, plan.post_id)
            post.submitted_at = at
        elif kind == "approve":
            approve(s, reviewer, plan.post_id, seen, action.text)
        elif kind == "changes":
            request_changes(s, reviewer, plan.post_id, seen, action.text)
        elif kind == "reject":
            reject(s, reviewer, plan.post_id, seen, action.text)
        elif kind in ("fix", "late_edit"):
            plan.text = f"{plan.text}\n\n{action.text}"
            edit = PostEdit(main_text=plan.text, variants=_variants(plan))
            edit_post(s, author, plan.post_id, edit, void_approval=True)
        elif action.account is not None:
            record_publication(
                s,
                author,
                plan.post_id,
                account_id=action.account.id,
                url=action.url,
                published_at=at,
                approved_hash=seen,
            )

    def _justify(self, plan: _Plan) -> int:
        """Write the reason an admin gives for each block finding of lint; how many were justified."""
        blocking = lint_service.unjustified_blocks(self.session, get_post(self.session, plan.post_id))
        for checked in blocking:
            finding = checked.finding
            reason = T.JUSTIFICATIONS.get(finding.rule) or T.JUSTIFICATIONS[""]
            lint_service.justify(self.session, plan.author_id, plan.post_id, finding.rule, checked.subject, reason)
        return len(blocking)

    def rechain(self) -> None:
        """Re-hash every organisation's audit chain after the back-dating."""
        previous: dict[str, str] = {}
        events = self.session.exec(
            select(AuditEvent).order_by(col(AuditEvent.organisation_id), col(AuditEvent.seq))
        ).all()
        for ev in events:
            ev.prev_hash = previous.get(ev.organisation_id, "")
            ev.event_hash = _event_digest(ev)
            previous[ev.organisation_id] = ev.event_hash
        self.session.flush()

    def extra_publications(self, count: int) -> None:
        """Bulk-insert ``count`` re-posts of published posts (Core executemany, no audit events)."""
        rng = self.rng
        accounts = {a.id: (a.platform, a.handle, a.url) for group in self.accounts.values() for a in group}
        first_out: dict[tuple[str, str], tuple[str, str, str, str, datetime]] = {}
        for p in self.session.exec(select(Publication).order_by(col(Publication.published_at))).all():
            first_out.setdefault(
                (p.post_id, p.account_id),
                (p.post_id, p.account_id, p.content_hash, p.recorded_by_id, p.published_at),
            )
        originals = list(first_out.values())
        connection = self.session.connection()
        with publication_search_paused(connection):
            for start in range(0, count, _BATCH):
                batch: list[dict[str, Any]] = []
                for n in range(start, min(start + _BATCH, count)):
                    post_id, account_id, content_hash, recorded_by, since = rng.choice(originals)
                    at = since + (self.now - since) * rng.random()
                    url = _post_url(rng, accounts[account_id], self.titles[post_id], f"-{n}")
                    batch.append(
                        {
                            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                            "rev": 1,
                            "server_version": None,
                            "deleted_at": None,
                            "created_at": at,
                            "updated_at": at,
                            "post_id": post_id,
                            "account_id": account_id,
                            "url": url,
                            "published_at": at,
                            "content_hash": content_hash,
                            "recorded_by_id": recorded_by,
                        }
                    )
                connection.execute(insert(Publication), batch)
                self.say(f"Publikasi tambahan: {_thousands(start + len(batch))} dari {_thousands(count)}…")

    def summary(self) -> DemoSummary:
        s = self.session

        def count(model: type[Synced]) -> int:
            return s.exec(select(func.count()).select_from(model)).one()

        by_status = dict(s.exec(select(Post.status, func.count()).group_by(col(Post.status))).all())
        return DemoSummary(
            organisations=count(Organisation),
            people=count(Person),
            accounts=count(OfficialAccount),
            posts={status.value: by_status.get(status.value, 0) for status in PostStatus},
            publications=count(Publication),
            photos=count(Photo),
        )


# -- helpers -------------------------------------------------------------------------------------------------


def _parent(org_key: str) -> str | None:
    return next(o.parent for o in T.ORGS if o.key == org_key)


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _variants(plan: _Plan) -> dict[str, VariantEdit | None]:
    """Platform texts that differ from the main text."""
    tags = T.HASHTAGS[plan.desk.templates]
    texts = {
        "instagram": VariantEdit(f"{plan.text}\n\n{tags}"),
        "x": VariantEdit(f"{plan.title}. {tags}"[:280]),
        "tiktok": VariantEdit(f"{plan.title} {tags}"),
        "youtube": VariantEdit(plan.text, title=plan.title),
    }
    return {p: texts[p] for p in plan.custom}


def _post_url(rng: random.Random, account: tuple[str, str, str], title: str, suffix: str) -> str:
    """A plausible link to one item published on ``account`` (platform, handle, home URL)."""
    platform, handle, home = account
    name = handle.lstrip("@")
    if platform == "facebook":
        return f"https://www.facebook.com/{name}/posts/{rng.randrange(10**15, 10**16)}"
    if platform == "instagram":
        return f"https://www.instagram.com/p/{_code(rng)}/"
    if platform == "tiktok":
        return f"https://www.tiktok.com/@{name}/video/{rng.randrange(7 * 10**18, 8 * 10**18)}"
    if platform == "youtube":
        return f"https://www.youtube.com/watch?v={_code(rng)}"
    if platform == "x":
        return f"https://x.com/{name}/status/{rng.randrange(18 * 10**17, 19 * 10**17)}"
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return f"{home}/berita/{slug}{suffix}"


def _code(rng: random.Random) -> str:
    """An 11-character media code as Instagram and YouTube use."""
    return base64.urlsafe_b64encode(rng.randbytes(9)).decode()[:11]


# -- photos --------------------------------------------------------------------------------------------------

_Colour = tuple[int, int, int]
_SKIN: tuple[_Colour, ...] = ((205, 160, 120), (180, 130, 95), (150, 105, 75), (120, 85, 60))
_CLOTHES: tuple[_Colour, ...] = (
    (176, 156, 108),  # khaki PDH uniform
    (240, 240, 235),
    (120, 70, 40),  # batik
    (40, 70, 130),
    (30, 110, 90),
    (150, 40, 60),
    (60, 60, 60),
)
_CAMERAS = (("samsung", "SM-A556E"), ("OPPO", "CPH2591"), ("Xiaomi", "23053RN02A"), ("vivo", "V2247"))
_CURUP = (-3.4705, 102.5255)


def _mix(a: _Colour, b: _Colour, t: float) -> _Colour:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t), round(a[2] + (b[2] - a[2]) * t))


def _shade(c: _Colour, factor: float) -> _Colour:
    return (min(255, round(c[0] * factor)), min(255, round(c[1] * factor)), min(255, round(c[2] * factor)))


def _paint(spec: T.PhotoSpec, rng: random.Random, grain: dict[tuple[int, int], Image.Image]) -> Image.Image:
    """A simple activity scene: sky or wall, ground, setting, a banner, people and sensor grain."""
    w, h = (1200, 1600) if spec.portrait else (1600, 1200)
    top, bottom, ground, accent = spec.palette
    indoor = spec.setting in ("hall", "stage")
    horizon = int(h * (0.62 if indoor else 0.5))
    img = Image.new("RGB", (w, h), bottom)
    draw = ImageDraw.Draw(img)
    for y in range(horizon):
        draw.line([(0, y), (w, y)], fill=_mix(top, bottom, y / horizon))
    if not indoor:
        ridge = (
            [(0, horizon)]
            + [(x, horizon - int(h * rng.uniform(0.04, 0.16))) for x in range(0, w + 200, 200)]
            + [(w, horizon)]
        )
        draw.polygon(ridge, fill=_mix((70, 110, 80), bottom, 0.45))
    draw.rectangle([0, horizon, w, h], fill=ground)
    _setting(draw, spec.setting, w, h, horizon, accent, rng)
    _banner(draw, spec.banner, w, h, accent, indoor)
    crowd = [(rng.uniform(0.03, 0.97) * w, rng.uniform(horizon + 40, h - 10)) for _ in range(rng.randint(7, 16))]
    for x, feet in sorted(crowd, key=lambda p: p[1]):  # far people first
        child = spec.children and rng.random() < 0.5
        height = (feet - horizon) * 1.1 + h * 0.12
        _figure(draw, x, feet, height * (0.6 if child else 1.0), rng)
    if (w, h) not in grain:
        grain[w, h] = Image.effect_noise((w, h), 22).convert("RGB")
    return Image.blend(img, grain[w, h], 0.06)


def _setting(
    draw: ImageDraw.ImageDraw, setting: str, w: int, h: int, horizon: int, accent: _Colour, rng: random.Random
) -> None:
    if setting == "tent":
        for i in range(4):
            left = w * (0.05 + 0.23 * i)
            draw.polygon(
                [
                    (left, h * 0.32),
                    (left + w * 0.22, h * 0.32),
                    (left + w * 0.2, h * 0.22),
                    (left + w * 0.02, h * 0.22),
                ],
                fill=(245, 245, 245) if i % 2 else accent,
            )
            for px in (left + 8, left + w * 0.22 - 8):
                draw.line([(px, h * 0.32), (px, horizon + h * 0.12)], fill=(200, 200, 200), width=8)
        draw.rectangle([w * 0.15, horizon + h * 0.05, w * 0.6, horizon + h * 0.1], fill=(235, 230, 215))
    elif setting == "hall":
        draw.rectangle([w * 0.1, horizon + h * 0.04, w * 0.9, horizon + h * 0.1], fill=accent)
        draw.rectangle([w * 0.72, h * 0.12, w * 0.95, h * 0.42], fill=(250, 250, 250), outline=(90, 90, 90), width=6)
    elif setting == "road":
        draw.polygon([(w * 0.42, horizon), (w * 0.58, horizon), (w, h), (0, h)], fill=(85, 85, 90))
        for k in range(8):
            y0 = horizon + (h - horizon) * (k / 8) ** 1.6
            y1 = horizon + (h - horizon) * ((k + 0.5) / 8) ** 1.6
            draw.line([(w / 2, y0), (w / 2, y1)], fill=(240, 240, 240), width=max(2, int(k * 4)))
        draw.rectangle([w * 0.72, horizon - h * 0.1, w * 0.9, horizon + h * 0.06], fill=(235, 180, 30))
        draw.ellipse([w * 0.73, horizon + h * 0.03, w * 0.79, horizon + h * 0.09], fill=(40, 40, 40))
        draw.ellipse([w * 0.83, horizon + h * 0.03, w * 0.89, horizon + h * 0.09], fill=(40, 40, 40))
    elif setting == "field":
        pole = w * rng.uniform(0.15, 0.3)
        draw.line([(pole, h * 0.1), (pole, horizon + h * 0.08)], fill=(210, 210, 210), width=10)
        draw.rectangle([pole, h * 0.1, pole + w * 0.12, h * 0.14], fill=(200, 20, 30))
        draw.rectangle([pole, h * 0.14, pole + w * 0.12, h * 0.18], fill=(250, 250, 250))
        for _ in range(5):
            tx = w * rng.uniform(0.5, 0.98)
            draw.ellipse([tx - 70, horizon - 190, tx + 70, horizon - 40], fill=(50, 110, 60))
            draw.rectangle([tx - 10, horizon - 50, tx + 10, horizon + 10], fill=(100, 70, 40))
    elif setting == "building":
        left, right = w * 0.12, w * 0.88
        draw.rectangle([left, horizon - h * 0.2, right, horizon + h * 0.03], fill=(240, 232, 210))
        draw.polygon(
            [(left - 30, horizon - h * 0.2), (right + 30, horizon - h * 0.2), (w / 2, horizon - h * 0.33)],
            fill=_shade(accent, 0.8),
        )
        for k in range(6):
            x = left + (right - left) * (k + 0.3) / 6
            draw.rectangle([x, horizon - h * 0.15, x + (right - left) / 10, horizon - h * 0.07], fill=(120, 160, 190))
    elif setting == "water":
        draw.rectangle([0, horizon, w, horizon + h * 0.16], fill=(60, 120, 170))
        draw.line([(0, horizon + h * 0.05), (w, horizon + h * 0.07)], fill=(90, 70, 50), width=10)
        for k in range(12):
            x = w * k / 11
            draw.line([(x, horizon - h * 0.06), (x, horizon + h * 0.06)], fill=(70, 60, 50), width=4)
    else:  # stage
        draw.rectangle([0, horizon - h * 0.06, w, horizon + h * 0.04], fill=(110, 70, 40))
        for k in range(4):
            cx = w * (0.2 + 0.2 * k)
            draw.ellipse([cx - 80, horizon - h * 0.35, cx + 80, horizon - h * 0.28], fill=(255, 240, 190))


def _banner(draw: ImageDraw.ImageDraw, text: str, w: int, h: int, accent: _Colour, indoor: bool) -> None:
    big = ImageFont.load_default(size=max(28, h // 22))
    small = ImageFont.load_default(size=max(18, h // 40))
    header = "PEMERINTAH KABUPATEN REJANG LEBONG"
    width = max(draw.textlength(text, font=big), draw.textlength(header, font=small)) + 80
    width = min(width, w - 40)
    left, top = (w - width) / 2, h * (0.08 if indoor else 0.05)
    draw.rectangle([left, top, left + width, top + h * 0.11], fill=accent, outline=(250, 250, 250), width=5)
    draw.text((w / 2, top + h * 0.03), header, font=small, fill=(250, 250, 250), anchor="mm")
    draw.text((w / 2, top + h * 0.075), text, font=big, fill=(255, 255, 255), anchor="mm")


def _figure(draw: ImageDraw.ImageDraw, x: float, feet: float, height: float, rng: random.Random) -> None:
    """A person seen from the front: legs, body, head, maybe a hijab."""
    head = height * 0.12
    skin, shirt = rng.choice(_SKIN), rng.choice(_CLOTHES)
    hip, shoulder = feet - height * 0.45, feet - height + head * 2
    draw.rectangle([x - height * 0.08, hip, x + height * 0.08, feet], fill=(45, 45, 55))
    draw.rounded_rectangle(
        [x - height * 0.14, shoulder, x + height * 0.14, hip + height * 0.05], radius=int(height * 0.05), fill=shirt
    )
    cy = shoulder - head * 0.9
    if rng.random() < 0.45:
        scarf = rng.choice(((230, 230, 230), (30, 30, 40), (170, 60, 90), (60, 90, 150), (200, 170, 120)))
        draw.ellipse([x - head * 1.15, cy - head * 1.1, x + head * 1.15, cy + head * 1.4], fill=scarf)
    draw.ellipse([x - head * 0.8, cy - head * 0.9, x + head * 0.8, cy + head * 0.9], fill=skin)


def _jpeg(image: Image.Image, spec: T.PhotoSpec, taken: datetime, rng: random.Random) -> bytes:
    """JPEG bytes; camera photos carry EXIF DateTimeOriginal and, when asked, GPS near Curup."""
    out = io.BytesIO()
    if not spec.exif:
        image.save(out, "JPEG", quality=86)
        return out.getvalue()
    exif = Image.Exif()
    exif[ExifTags.Base.Make], exif[ExifTags.Base.Model] = rng.choice(_CAMERAS)
    details = exif.get_ifd(ExifTags.IFD.Exif)
    details[ExifTags.Base.DateTimeOriginal] = f"{taken:%Y:%m:%d %H:%M:%S}"
    details[ExifTags.Base.OffsetTimeOriginal] = "+07:00"
    if spec.gps:
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
        lat, lon = _CURUP[0] + rng.uniform(-0.08, 0.08), _CURUP[1] + rng.uniform(-0.08, 0.08)
        gps[ExifTags.GPS.GPSLatitudeRef], gps[ExifTags.GPS.GPSLatitude] = "S", _dms(-lat)
        gps[ExifTags.GPS.GPSLongitudeRef], gps[ExifTags.GPS.GPSLongitude] = "E", _dms(lon)
    image.save(out, "JPEG", quality=86, exif=exif)
    return out.getvalue()


def _dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    degrees = int(value)
    minutes = (value - degrees) * 60
    return IFDRational(degrees, 1), IFDRational(int(minutes), 1), IFDRational(round((minutes % 1) * 6000), 100)
