"""Attacks that got through (issue 12), replayed as raw SQL over each attacker's own login: the push ledger bound
to the login (class 3), rules the client used to keep alone (class 5), and one login stalling the others (class 6).
"""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest

from tests.sync.shared import SharedWorld, approved, draft, new_id, publish, status_of

pytestmark = pytest.mark.xdist_group("test_attacks")


def refused(code: str, sqlstate: str = "OPD01") -> pytest.RaisesExc[psycopg.Error]:
    """A server refusal with this code (SQLSTATE OPD01, or OPD03 for the ledger; the code in the hint)."""
    return pytest.raises(psycopg.Error, check=lambda e: e.sqlstate == sqlstate and e.diag.message_hint == code)


def _push_post(world: SharedWorld, who: str, client_id: str, seq: int) -> list[dict[str, Any]]:
    """``who`` pushes one new draft as installation ``client_id``, outbox entry ``seq``; the server's answers."""
    row = {
        "id": new_id(),
        "organisation_id": world.bidang,
        "author_id": world.people[who].id,
        "title": "Posyandu",
        "main_text": f"Posyandu Melati {seq}.",
        "content_hash": "x",
    }
    entries = [{"seq": seq, "table": "post", "row": row, "base_rev": None, "txn": f"t{seq}"}]
    found = world.conn(who).execute("SELECT app.push_batch(%s, %s::jsonb)", (client_id, json.dumps(entries))).fetchone()
    assert found is not None
    return list(found[0])


# Class 3: the applied-mutation ledger.


def test_another_login_cannot_fill_an_installations_ledger(shared_world: SharedWorld) -> None:
    client_a = new_id()
    assert _push_post(shared_world, "author", client_a, 1)[0]["outcome"] == "applied"
    with refused("ledger_direct", "OPD03"):
        shared_world.conn("outsider").execute(
            "INSERT INTO app.applied_mutation (client_id, seq, table_name, outcome) "
            "SELECT %s, s, 'post', 'applied' FROM generate_series(2, 50) AS s",
            (client_a,),
        )
    assert _push_post(shared_world, "author", client_a, 2)[0]["outcome"] == "applied"


def test_another_login_cannot_push_under_an_installations_id(shared_world: SharedWorld) -> None:
    client_a = new_id()
    assert _push_post(shared_world, "author", client_a, 1)[0]["outcome"] == "applied"
    with refused("foreign_client", "OPD03"):
        _push_post(shared_world, "admin2", client_a, 2)
    assert _push_post(shared_world, "author", client_a, 2)[0]["outcome"] == "applied"


def test_nobody_writes_the_ledger_but_the_push_procedure(shared_world: SharedWorld) -> None:
    client = new_id()
    with refused("ledger_direct", "OPD03"):
        shared_world.conn("author").execute(
            "INSERT INTO app.applied_mutation (client_id, seq, table_name, outcome) VALUES (%s, 1, 'post', 'applied')",
            (client,),
        )
    assert _push_post(shared_world, "author", client, 1)[0]["outcome"] == "applied"


# Class 5: client-only rules made the server's.


def test_a_new_rows_rev_is_the_servers(shared_world: SharedWorld) -> None:
    """A row inserted with rev = 2147483647 would be frozen for everyone (no edit can raise it): the server sets 1."""
    post = draft(shared_world)
    conn = shared_world.conn("author")
    variant = new_id()
    conn.execute(
        "INSERT INTO app.postvariant (id, post_id, platform, text, rev) VALUES (%s, %s, 'x', 'Teks.', 2147483647)",
        (variant, post.id),
    )
    assert conn.execute("SELECT rev FROM app.postvariant WHERE id = %s", (variant,)).fetchone() == (1,)
    conn.execute("UPDATE app.postvariant SET text = 'Teks baru.' WHERE id = %s", (variant,))
    assert conn.execute("SELECT rev FROM app.postvariant WHERE id = %s", (variant,)).fetchone() == (2,)


def test_a_target_on_another_agencys_account_is_refused(shared_world: SharedWorld) -> None:
    foreign = new_id()
    with shared_world.db.superuser() as su:
        su.execute(
            "INSERT INTO app.officialaccount (id, organisation_id, platform, handle, url) "
            "VALUES (%s, %s, 'instagram', 'dinkes.rl', 'https://instagram.com/dinkes.rl')",
            (foreign, shared_world.other_dinas),
        )
    post = draft(shared_world)
    with refused("foreign_account"):
        shared_world.conn("author").execute(
            "INSERT INTO app.posttarget (id, post_id, account_id) VALUES (%s, %s, %s)", (new_id(), post.id, foreign)
        )
    target = (
        shared_world.conn("author")
        .execute("SELECT id FROM app.posttarget WHERE post_id = %s LIMIT 1", (post.id,))
        .fetchone()
    )
    assert target is not None
    with refused("foreign_account"):
        shared_world.conn("author").execute(
            "UPDATE app.posttarget SET account_id = %s WHERE id = %s", (foreign, target[0])
        )


@pytest.mark.parametrize(
    "url",
    ["https://evil.example/p/abc", "https://instagram.com.evil.example/p/abc", "https://instagram.com@evil.example/p"],
)
def test_a_publication_link_off_the_accounts_platform_is_refused(shared_world: SharedWorld, url: str) -> None:
    post = approved(shared_world)
    with refused("bad_url"):
        shared_world.conn("author").execute(
            "INSERT INTO app.publication (id, post_id, account_id, url, published_at, content_hash, recorded_by_id) "
            "VALUES (%s, %s, %s, %s, now(), %s, %s)",
            (new_id(), post.id, shared_world.instagram, url, post.content_hash, shared_world.people["author"].id),
        )
    publish(shared_world, "author", post)  # https://instagram.com/p/abc


def test_a_lint_override_without_its_author_is_refused(shared_world: SharedWorld) -> None:
    conn = shared_world.conn("reviewer")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(
            "INSERT INTO app.lintoverrides (id, organisation_id, overrides, updated_by_id) VALUES (%s, %s, '[]', NULL)",
            (new_id(), shared_world.seksi),
        )
    row = new_id()
    conn.execute(
        "INSERT INTO app.lintoverrides (id, organisation_id, overrides, updated_by_id) VALUES (%s, %s, '[]', %s)",
        (row, shared_world.seksi, shared_world.people["reviewer"].id),
    )
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE app.lintoverrides SET updated_by_id = NULL WHERE id = %s", (row,))


# Class 6: no single login stalls the others.


def test_one_login_cannot_take_every_connection(shared_world: SharedWorld) -> None:
    opened: list[psycopg.Connection[Any]] = []
    try:
        with pytest.raises(psycopg.OperationalError, match="too many connections for role"):
            for _ in range(50):
                opened.append(shared_world.db.connect(shared_world.people["outsider"].login))
        assert len(opened) <= 10
        with shared_world.db.connect(shared_world.people["admin2"].login) as other:
            assert other.execute("SELECT 1").fetchone() == (1,)
    finally:
        for conn in opened:
            conn.close()


def test_a_login_starts_with_statement_and_idle_transaction_limits(shared_world: SharedWorld) -> None:
    with shared_world.db.connect(shared_world.people["outsider"].login) as conn:
        assert conn.execute("SHOW statement_timeout").fetchone() == ("2min",)
        assert conn.execute("SHOW idle_in_transaction_session_timeout").fetchone() == ("1min",)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT pg_advisory_lock(1)",
        "SELECT pg_advisory_xact_lock(hashtextextended('opdstudio.audit:x', 0))",
        "SELECT pg_try_advisory_lock_shared(1, 2)",
        "SELECT lo_from_bytea(0, 'x'::bytea)",
        "SELECT lo_create(0)",
    ],
)
def test_advisory_locks_and_large_objects_are_not_for_members(shared_world: SharedWorld, sql: str) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        shared_world.conn("outsider").execute(sql)


# Class 4 (part): editing an approved post through its parts.


def test_changing_a_part_of_an_approved_post_voids_the_approval(shared_world: SharedWorld) -> None:
    post = approved(shared_world)
    shared_world.conn("author").execute(
        "UPDATE app.postvariant SET text = 'Teks lain yang tidak ditinjau.' WHERE post_id = %s AND platform = %s",
        (post.id, "facebook"),
    )
    assert status_of(shared_world, post) == "draft"
