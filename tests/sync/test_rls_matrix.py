"""Row-level security, table by table: each statement runs as each person's own login role over a real
connection (in a transaction rolled back afterwards) and is either allowed or refused by PostgreSQL."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest

from opdstudio.core.sync import protocol
from opdstudio.core.sync.connection import server_engine
from tests.sync.shared import PostRef, SharedWorld, approved, audit, draft, new_id, publish, review, set_status

# One worker builds this module's database once (pytest -n 2 --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_rls_matrix")

IDENTITIES = ("author", "admin2", "reviewer", "outsider", "oversight", "operator")
EVERYONE = frozenset(IDENTITIES)
NOBODY: frozenset[str] = frozenset()
TREE = frozenset({"author", "admin2", "reviewer", "oversight", "operator"})  # who may read the bidang's posts
ADMINS = frozenset({"author", "admin2"})  # admins of the bidang
OPERATOR = frozenset({"operator"})
RULE_KEEPERS = frozenset({"reviewer", "oversight", "operator"})  # lint overrides: never an admin (lint_service)

# (SELECT, INSERT, UPDATE) per table; DELETE is refused everywhere.
EXPECTED: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {
    "organisation": (EVERYONE, OPERATOR, OPERATOR),
    "person": (EVERYONE, OPERATOR, frozenset({"author", "operator"})),  # the author edits their own title
    "membership": (EVERYONE, OPERATOR, OPERATOR),
    "approvallevel": (EVERYONE, OPERATOR, OPERATOR),
    "officialaccount": (EVERYONE, ADMINS | {"oversight", "operator"}, ADMINS | {"oversight", "operator"}),
    "post": (TREE, ADMINS, ADMINS),
    "posttarget": (TREE, ADMINS, ADMINS),
    "postvariant": (TREE, ADMINS, ADMINS),
    "postphoto": (TREE, ADMINS, ADMINS),
    "photo": (TREE, ADMINS | {"outsider"}, frozenset({"author"})),
    "review": (TREE, frozenset({"reviewer"}), NOBODY),
    "publication": (TREE, ADMINS, NOBODY),
    "auditevent": (TREE, ADMINS | {"reviewer"}, NOBODY),
    "lintjustification": (TREE, ADMINS, NOBODY),
    "lintoverrides": (EVERYONE, RULE_KEEPERS, RULE_KEEPERS),
    "photoblob": (TREE, ADMINS | {"outsider"}, NOBODY),
    "login_person": (frozenset({"author"}), NOBODY, NOBODY),
    "applied_mutation": (frozenset({"author"}), NOBODY, NOBODY),  # written only by the push procedures
    "client_login": (NOBODY, NOBODY, NOBODY),  # whose installation a client id is: the ledger guard's
    "server_clock": (EVERYONE, NOBODY, NOBODY),
    "role_scope": (NOBODY, NOBODY, NOBODY),  # read only by the owner's helpers
}
# insufficient privilege / row-level security, the workflow triggers, and the push ledger's guard
REFUSALS = {"42501", "OPD01", "OPD03"}


@dataclass
class Rows:
    """One existing row per table, written by the people who normally write it."""

    youtube: str  # an official account of the bidang itself
    draft: PostRef  # the author's draft, with a photo
    in_review: PostRef
    reviewed: PostRef
    published: PostRef
    review: str
    publication: str
    audit: str
    photo: str
    postphoto: str
    sha256: str
    justification: str
    overrides: str
    client: str


@pytest.fixture(scope="module")
def rows(shared_world: SharedWorld) -> Rows:
    w = shared_world
    youtube = new_id()
    with w.db.superuser() as root:
        root.execute(
            "INSERT INTO app.officialaccount (id, organisation_id, platform, handle, url) "
            "VALUES (%s, %s, 'youtube', 'ikp', 'https://youtube.com/@ikp')",
            (youtube, w.bidang),
        )
        root.execute(
            "INSERT INTO app.approvallevel (id, organisation_id, level, label) VALUES (%s, %s, 1, 'Kepala Dinas')",
            (new_id(), w.dinas),
        )
    post = draft(w)
    data = b"\xff\xd8 foto posyandu"
    sha = hashlib.sha256(data).hexdigest()
    photo, placement, justification, overrides = new_id(), new_id(), new_id(), new_id()
    author = w.conn("author")
    author.execute("SELECT app.put_photo_blob(%s, %s)", (sha, data))
    author.execute(
        "INSERT INTO app.photo (id, sha256, original_name, size_bytes, width, height, imported_by_id) "
        "VALUES (%s, %s, 'posyandu.jpg', %s, 4000, 3000, %s)",
        (photo, sha, len(data), w.people["author"].id),
    )
    author.execute(
        "INSERT INTO app.postphoto (id, post_id, photo_id, position) VALUES (%s, %s, %s, 0)",
        (placement, post.id, photo),
    )
    author.execute(
        "INSERT INTO app.lintjustification (id, post_id, rule, subject, content_hash, text, author_id) "
        "VALUES (%s, %s, 'slang', 'gaes', %s, 'Kutipan warga.', %s)",
        (justification, post.id, post.content_hash, w.people["author"].id),
    )
    w.conn("reviewer").execute(
        "INSERT INTO app.lintoverrides (id, organisation_id, overrides, updated_by_id) VALUES (%s, %s, '[]', %s)",
        (overrides, w.bidang, w.people["reviewer"].id),
    )
    in_review, reviewed = draft(w), draft(w)
    for p in (in_review, reviewed):
        set_status(w, "author", p, "in_review")
    review_id = review(w, "reviewer", reviewed, "request_changes")
    published = approved(w)
    publication = publish(w, "author", published)
    event = audit(w, "author", post, "created")
    client = str(uuid.uuid4())
    engine = server_engine(w.db.url(w.people["author"].login))
    with engine.begin() as conn:
        protocol.apply_mutation(conn, client, 1, "nothing", {"id": new_id()}, None)
    engine.dispose()
    return Rows(
        youtube,
        post,
        in_review,
        reviewed,
        published,
        review_id,
        publication,
        event,
        photo,
        placement,
        sha,
        justification,
        overrides,
        client,
    )


def _insert(table: str, who: str, w: SharedWorld, r: Rows) -> tuple[str, tuple[Any, ...]]:
    me = w.people[who].id
    blob = f"blob {uuid.uuid4()}".encode()
    statements: dict[str, tuple[str, tuple[Any, ...]]] = {
        "organisation": (
            "INSERT INTO app.organisation (id, name, parent_id) VALUES (%s, 'Unit baru', %s)",
            (new_id(), w.bidang),
        ),
        "person": (
            "INSERT INTO app.person (id, name, login) VALUES (%s, 'Orang Baru', %s)",
            (new_id(), f"baru_{uuid.uuid4().hex[:8]}"),
        ),
        "membership": (
            "INSERT INTO app.membership (id, person_id, organisation_id, role) VALUES (%s, %s, %s, 'reviewer')",
            (new_id(), w.people["author"].id, w.seksi),
        ),
        "approvallevel": (
            "INSERT INTO app.approvallevel (id, organisation_id, level, label) VALUES (%s, %s, 1, 'Kasi')",
            (new_id(), w.seksi),
        ),
        "officialaccount": (
            "INSERT INTO app.officialaccount (id, organisation_id, platform, handle, url) "
            "VALUES (%s, %s, 'tiktok', 'ikp', 'https://tiktok.com/@ikp')",
            (new_id(), w.bidang),
        ),
        "post": ("INSERT INTO app.post (id, organisation_id, author_id) VALUES (%s, %s, %s)", (new_id(), w.bidang, me)),
        "posttarget": (
            "INSERT INTO app.posttarget (id, post_id, account_id) VALUES (%s, %s, %s)",
            (new_id(), r.draft.id, r.youtube),
        ),
        "postvariant": (
            "INSERT INTO app.postvariant (id, post_id, platform) VALUES (%s, %s, 'youtube')",
            (new_id(), r.draft.id),
        ),
        "postphoto": (
            "INSERT INTO app.postphoto (id, post_id, photo_id, position) VALUES (%s, %s, %s, 1)",
            (new_id(), r.draft.id, r.photo),
        ),
        "photo": (
            "INSERT INTO app.photo (id, sha256, original_name, size_bytes, width, height, imported_by_id) "
            "VALUES (%s, %s, 'lagi.jpg', 1, 1, 1, %s)",
            (new_id(), r.sha256, me),
        ),
        "review": (
            "INSERT INTO app.review (id, post_id, reviewer_id, decision, content_hash) "
            "VALUES (%s, %s, %s, 'approve', %s)",
            (new_id(), r.in_review.id, me, r.in_review.content_hash),
        ),
        "publication": (
            "INSERT INTO app.publication (id, post_id, account_id, url, published_at, content_hash, "
            "recorded_by_id) VALUES (%s, %s, %s, 'https://facebook.com/p/2', now(), %s, %s)",
            (new_id(), r.published.id, w.facebook, r.published.content_hash, me),
        ),
        "auditevent": (
            "INSERT INTO app.auditevent (id, organisation_id, seq, post_id, actor_id, action) "
            "VALUES (%s, %s, 0, %s, %s, 'edited')",
            (new_id(), w.bidang, r.draft.id, me),
        ),
        "lintjustification": (
            "INSERT INTO app.lintjustification (id, post_id, rule, subject, content_hash, text, "
            "author_id) VALUES (%s, %s, 'nik', '1234', '', 'Contoh.', %s)",
            (new_id(), r.draft.id, me),
        ),
        "lintoverrides": (
            "INSERT INTO app.lintoverrides (id, organisation_id, updated_by_id) VALUES (%s, %s, %s)",
            (new_id(), w.seksi, me),
        ),
        "photoblob": (
            "INSERT INTO app.photoblob (sha256, data, size_bytes, uploaded_by_id) VALUES (%s, %s, 0, %s)",
            (hashlib.sha256(blob).hexdigest(), blob, me),
        ),
        "login_person": ("INSERT INTO app.login_person (login, person_id) VALUES (%s, %s)", ("someone_else", me)),
        "applied_mutation": (
            "INSERT INTO app.applied_mutation (client_id, seq, table_name, outcome) VALUES (%s, 1, 'post', 'applied')",
            (str(uuid.uuid4()),),
        ),
        "client_login": (
            "INSERT INTO app.client_login (client_id, login) VALUES (%s, current_user)",
            (str(uuid.uuid4()),),
        ),
        "server_clock": ("INSERT INTO app.server_clock (singleton, version) VALUES (true, 0)", ()),
        "role_scope": (
            "INSERT INTO app.role_scope (person_id, role, organisation_id, level) VALUES (%s, 'reviewer', %s, 9)",
            (me, w.pemkab),
        ),
    }
    return statements[table]


def _target(table: str, w: SharedWorld, r: Rows) -> tuple[str, Any]:
    """The key column and value of the existing row a SELECT, UPDATE or DELETE aims at."""
    return {
        "organisation": ("id", w.bidang),
        "person": ("id", w.people["author"].id),
        "membership": ("person_id", w.people["author"].id),
        "approvallevel": ("organisation_id", w.dinas),
        "officialaccount": ("id", r.youtube),
        "post": ("id", r.draft.id),
        "posttarget": ("post_id", r.draft.id),
        "postvariant": ("post_id", r.draft.id),
        "postphoto": ("id", r.postphoto),
        "photo": ("id", r.photo),
        "review": ("id", r.review),
        "publication": ("id", r.publication),
        "auditevent": ("id", r.audit),
        "lintjustification": ("id", r.justification),
        "lintoverrides": ("id", r.overrides),
        "photoblob": ("sha256", r.sha256),
        "login_person": ("login", w.people["author"].login),
        "applied_mutation": ("client_id", r.client),
        "client_login": ("client_id", r.client),
        "server_clock": ("singleton", True),
        "role_scope": ("person_id", w.people["author"].id),
    }[table]


UPDATES = {  # a harmless change per table
    "organisation": "short_name = 'IKP'",
    "person": "title = 'Pranata Humas'",
    "membership": "level = 1",
    "approvallevel": "label = 'Kadis'",
    "officialaccount": "handle = 'ikp.rl'",
    "post": "title = 'Judul baru'",
    "posttarget": "updated_at = now()",
    "postvariant": "title = 'Judul varian'",
    "postphoto": "caption = 'Keterangan'",
    "photo": "consent_note = 'Izin orang tua ada.'",
    "review": "comment = 'diubah'",
    "publication": "url = 'https://instagram.com/p/ubah'",
    "auditevent": "action = 'diubah'",
    "lintjustification": "text = 'diubah'",
    "lintoverrides": 'overrides = \'[{"rule": "slang"}]\', updated_by_id = app.person_id()',
    "photoblob": "data = 'x'",
    "login_person": "person_id = person_id",
    "applied_mutation": "outcome = 'applied'",
    "client_login": "login = current_user",
    "server_clock": "version = version + 1",
    "role_scope": "level = 9",
}


def _statement(table: str, op: str, who: str, w: SharedWorld, r: Rows) -> tuple[str, tuple[Any, ...]]:
    if op == "INSERT":
        return _insert(table, who, w, r)
    column, value = _target(table, w, r)
    if op == "SELECT":
        return f"SELECT 1 FROM app.{table} WHERE {column} = %s", (value,)
    if op == "UPDATE":
        return f"UPDATE app.{table} SET {UPDATES[table]} WHERE {column} = %s", (value,)
    return f"DELETE FROM app.{table} WHERE {column} = %s", (value,)


def _allowed(conn: psycopg.Connection[Any], sql: str, params: tuple[Any, ...]) -> bool:
    """Run the statement in a transaction that is rolled back; True when it read or wrote a row."""
    try:
        with conn.transaction(force_rollback=True):
            cur = conn.execute(sql, params)
            return cur.fetchone() is not None if cur.description else cur.rowcount > 0
    except psycopg.Error as exc:
        assert exc.sqlstate in REFUSALS, f"{sql}: unexpected {exc.sqlstate} {exc}"
        return False


CASES = [(table, op) for table in EXPECTED for op in ("SELECT", "INSERT", "UPDATE", "DELETE")]


@pytest.mark.parametrize(("table", "op"), CASES, ids=[f"{t}-{o}" for t, o in CASES])
def test_rls_matrix(shared_world: SharedWorld, rows: Rows, table: str, op: str) -> None:
    expected = NOBODY if op == "DELETE" else EXPECTED[table][("SELECT", "INSERT", "UPDATE").index(op)]
    allowed = {
        who for who in IDENTITIES if _allowed(shared_world.conn(who), *_statement(table, op, who, shared_world, rows))
    }
    assert allowed == expected


def test_every_table_of_the_schema_is_in_the_matrix(shared_world: SharedWorld) -> None:
    with shared_world.db.superuser() as root:
        tables = {
            name
            for (name,) in root.execute(
                "SELECT relname FROM pg_class WHERE relnamespace = 'app'::regnamespace AND relkind = 'r' "
                "AND relname <> 'alembic_version'"
            )
        }
    assert tables == set(EXPECTED)


def test_the_matrix_rows_really_exist(shared_world: SharedWorld, rows: Rows) -> None:
    """A refused SELECT means hidden, not missing: the superuser finds every target row."""
    with shared_world.db.superuser() as root:
        for table in EXPECTED:
            column, value = _target(table, shared_world, rows)
            assert root.execute(f"SELECT 1 FROM app.{table} WHERE {column} = %s", (value,)).fetchone(), table
