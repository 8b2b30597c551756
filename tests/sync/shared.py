"""A shared database per test module and a small world on it; helpers that write posts with raw SQL, each as
the person's own login role over a real connection."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlparse

import pgserver
import psycopg
from sqlalchemy import Engine

from opdstudio.core.domain.content_hash import VariantContent, content_hash
from opdstudio.core.domain.enums import OrgKind, Role
from opdstudio.core.sync import admin
from opdstudio.core.sync.connection import server_engine
from opdstudio.core.sync.roles import ServerRoles

PASSWORD = "sandi-server-1"


@dataclass
class SharedDb:
    """One database (and its cluster-wide roles, prefixed with its name) on the test server."""

    name: str
    socket_dir: str
    superuser_url: str
    roles: ServerRoles

    @classmethod
    def create(cls, server: pgserver.PostgresServer, name: str) -> SharedDb:
        socket_dir = parse_qs(urlparse(server.get_uri()).query)["host"][0]
        db = cls(name, socket_dir, server.get_uri(database=name), ServerRoles.for_database(name))
        db.drop()
        with psycopg.connect(server.get_uri(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return db

    def url(self, login: str) -> str:
        """How ``login`` connects (the test cluster trusts local sockets; production asks for the password)."""
        return f"postgresql://{login}@/{self.name}?host={self.socket_dir}"

    def connect(self, login: str) -> psycopg.Connection[Any]:
        return psycopg.connect(self.url(login), autocommit=True)

    def superuser(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self.superuser_url, autocommit=True)

    def drop(self) -> None:
        server_url = self.superuser_url.replace(f"/{self.name}?", "/postgres?")
        with psycopg.connect(server_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            logins = conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE %s ORDER BY rolname = %s",
                (self.name.replace("_", r"\_") + r"\_%", self.roles.owner),
            ).fetchall()
            for (role,) in logins:
                conn.execute(f'DROP ROLE "{role}"')


@dataclass(frozen=True)
class Who:
    """A person on the shared server."""

    login: str
    id: str


@dataclass
class SharedWorld:
    """Pemkab → Dinas Kominfo → Bidang IKP → Seksi; Dinas Kesehatan beside it; people in every role."""

    db: SharedDb
    pemkab: str
    dinas: str
    bidang: str
    seksi: str
    other_dinas: str
    people: dict[str, Who]
    instagram: str  # official accounts of Dinas Kominfo
    facebook: str
    _connections: dict[str, psycopg.Connection[Any]] = field(default_factory=dict)

    # author, admin2: admins of the bidang; reviewer: level 1 in the bidang (the kepala bidang); kadis: level 2 in
    # the dinas; sekda: level 3 at the Pemkab; outsider: admin of Dinas Kesehatan; oversight, operator: at the
    # Pemkab; dual: admin and reviewer (level 1) of the bidang.
    ROLES = {
        "author": [("bidang", Role.ADMIN, 1)],
        "admin2": [("bidang", Role.ADMIN, 1)],
        "reviewer": [("bidang", Role.REVIEWER, 1)],
        "kadis": [("dinas", Role.REVIEWER, 2)],
        "sekda": [("pemkab", Role.REVIEWER, 3)],
        "outsider": [("other_dinas", Role.ADMIN, 1)],
        "oversight": [("pemkab", Role.OVERSIGHT, 1)],
        "operator": [("pemkab", Role.OPERATOR, 1)],
        "dual": [("bidang", Role.ADMIN, 1), ("bidang", Role.REVIEWER, 1)],
    }

    @classmethod
    def level_of(cls, key: str) -> int:
        """The level a person signs at (their highest reviewer level; 1 for someone who is no reviewer)."""
        return max((level for _org, role, level in cls.ROLES[key] if role == Role.REVIEWER), default=1)

    @classmethod
    def build(cls, db: SharedDb) -> SharedWorld:
        engine = server_engine(db.superuser_url)
        try:
            people, orgs = cls._people(engine, db)
        finally:
            engine.dispose()
        world = cls(
            db,
            pemkab=orgs["pemkab"],
            dinas=orgs["dinas"],
            bidang=orgs["bidang"],
            seksi=orgs["seksi"],
            other_dinas=orgs["other_dinas"],
            people=people,
            instagram=new_id(),
            facebook=new_id(),
        )
        with db.superuser() as conn:
            for account, platform in ((world.instagram, "instagram"), (world.facebook, "facebook")):
                conn.execute(
                    "INSERT INTO app.officialaccount (id, organisation_id, platform, handle, url) "
                    "VALUES (%s, %s, %s, %s, %s)",
                    (account, world.dinas, platform, "kominfo.rl", f"https://{platform}.com/kominfo.rl"),
                )
        return world

    @classmethod
    def _people(cls, engine: Engine, db: SharedDb) -> tuple[dict[str, Who], dict[str, str]]:
        with engine.begin() as conn:
            pemkab = admin.add_org(conn, "Pemerintah Kabupaten Rejang Lebong", OrgKind.PEMKAB)
            dinas = admin.add_org(conn, "Dinas Kominfo", OrgKind.DINAS, pemkab)
            bidang = admin.add_org(conn, "Bidang IKP", OrgKind.BIDANG, dinas)
            seksi = admin.add_org(conn, "Seksi Publikasi", OrgKind.BIDANG, bidang)
            other = admin.add_org(conn, "Dinas Kesehatan", OrgKind.DINAS, pemkab)
            orgs = {"pemkab": pemkab, "dinas": dinas, "bidang": bidang, "seksi": seksi, "other_dinas": other}
            people: dict[str, Who] = {}
            for key, roles in cls.ROLES.items():
                login = f"{db.name}_p_{key}"
                person_id = admin.add_user(conn, login, key.title(), PASSWORD)
                for org_key, role, level in roles:
                    admin.grant_role(conn, login, orgs[org_key], role, level)
                people[key] = Who(login, person_id)
        return people, orgs

    def conn(self, key: str) -> psycopg.Connection[Any]:
        """The module-long connection of a person, logged in as their own role."""
        if key not in self._connections:
            self._connections[key] = self.db.connect(self.people[key].login)
        return self._connections[key]

    def close(self) -> None:
        for conn in self._connections.values():
            conn.close()


@dataclass
class PostRef:
    id: str
    content_hash: str
    targets: list[str]


def new_id() -> str:
    return str(uuid.uuid4())


def post_hash(title: str, text: str, targets: dict[str, str]) -> str:
    """The content hash of a post whose variants all follow its main text."""
    variants = [VariantContent(platform, "", text) for platform in sorted(set(targets.values()))]
    return content_hash(title=title, main_text=text, variants=variants, photos=[], target_account_ids=list(targets))


def draft(
    world: SharedWorld,
    who: str = "author",
    *,
    org: str | None = None,
    title: str = "Posyandu",
    text: str = "",
    lint_warning: bool = False,
) -> PostRef:
    """A draft written by ``who`` with both official accounts as targets (raw SQL as that person)."""
    targets = {world.instagram: "instagram", world.facebook: "facebook"}
    text = text or f"Posyandu Melati hari ini, {new_id()[:8]}."
    post = PostRef(new_id(), post_hash(title, text, targets), list(targets))
    conn = world.conn(who)
    with conn.transaction():
        conn.execute(
            "INSERT INTO app.post (id, organisation_id, author_id, title, main_text, content_hash, lint_warning) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s)",
            (post.id, org or world.bidang, world.people[who].id, title, text, post.content_hash, lint_warning),
        )
        for account, platform in targets.items():
            conn.execute(
                "INSERT INTO app.posttarget (id, post_id, account_id) VALUES (%s, %s, %s)", (new_id(), post.id, account)
            )
            conn.execute(
                "INSERT INTO app.postvariant (id, post_id, platform, text) VALUES (%s, %s, %s, %s)",
                (new_id(), post.id, platform, text),
            )
    return post


def set_status(world: SharedWorld, who: str, post: PostRef, status: str) -> None:
    world.conn(who).execute("UPDATE app.post SET status = %s WHERE id = %s", (status, post.id))


def review(
    world: SharedWorld,
    who: str,
    post: PostRef,
    decision: str = "approve",
    *,
    level: int | None = None,
    content_hash: str | None = None,
    comment: str = "",
) -> str:
    """A review by ``who``, at their own level unless ``level`` says otherwise."""
    level = SharedWorld.level_of(who) if level is None else level
    review_id = new_id()
    world.conn(who).execute(
        "INSERT INTO app.review (id, post_id, reviewer_id, level, decision, comment, content_hash) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s)",
        (
            review_id,
            post.id,
            world.people[who].id,
            level,
            decision,
            comment or ("" if decision == "approve" else "Perbaiki judulnya."),
            content_hash or post.content_hash,
        ),
    )
    return review_id


def publish(world: SharedWorld, who: str, post: PostRef, *, content_hash: str | None = None) -> str:
    publication_id = new_id()
    world.conn(who).execute(
        "INSERT INTO app.publication (id, post_id, account_id, url, published_at, content_hash, recorded_by_id) "
        "VALUES (%s, %s, %s, %s, now(), %s, %s)",
        (
            publication_id,
            post.id,
            post.targets[0],
            "https://instagram.com/p/abc",
            content_hash or post.content_hash,
            world.people[who].id,
        ),
    )
    return publication_id


def approved(world: SharedWorld) -> PostRef:
    """A post submitted by the author and approved by the bidang's reviewer."""
    post = draft(world)
    set_status(world, "author", post, "in_review")
    review(world, "reviewer", post)
    return post


def status_of(world: SharedWorld, post: PostRef) -> str:
    with world.db.superuser() as conn:
        row = conn.execute("SELECT status FROM app.post WHERE id = %s", (post.id,)).fetchone()
    assert row is not None
    return str(row[0])


def audit(world: SharedWorld, who: str, post: PostRef, action: str, detail: dict[str, Any] | None = None) -> str:
    event_id = new_id()
    world.conn(who).execute(
        "INSERT INTO app.auditevent (id, organisation_id, seq, post_id, actor_id, action, content_hash, detail) "
        "VALUES (%s, %s, 0, %s, %s, %s, %s, %s)",
        (event_id, world.bidang, post.id, world.people[who].id, action, post.content_hash, json.dumps(detail or {})),
    )
    return event_id
