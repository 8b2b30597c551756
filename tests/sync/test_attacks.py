"""Attacks that got through (issue 12), replayed as raw SQL over each attacker's own login: the push ledger bound
to the login (class 3), rules the client used to keep alone (class 5), and one login stalling the others (class 6).
"""

from __future__ import annotations

import json
from typing import Any

import psycopg
import pytest

from tests.sync.shared import SharedWorld, approved, draft, new_id, publish

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
