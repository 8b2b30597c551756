"""Three clients (two admins, a reviewer) edit, submit, approve, go offline, sync, replay and crash mid-sync in any
order; once everyone is back online and has synced twice, every client holds exactly the server's rows, no entry is
left pending, and every local version the server did not take is kept (a conflict copy or a refused entry)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import text

from opdstudio.core.errors import OpdError
from opdstudio.core.services import posts, workflow
from opdstudio.core.storage.database import Database
from opdstudio.core.sync import push as push_module
from opdstudio.core.sync.engine import SyncEngine
from tests.sync.shared import SharedWorld

pytestmark = pytest.mark.xdist_group("test_client_state_machine")

KEYS = ("author", "admin2", "reviewer")
COMPARED = ("post", "posttarget", "postvariant", "review")


class Crash(psycopg.OperationalError):
    """The connection drops after the server committed an entry, before the client recorded it."""


class Installation:
    def __init__(self, world: SharedWorld, key: str) -> None:
        self.world = world
        self.key = key
        self.person_id = world.people[key].id
        self.root = Path(tempfile.mkdtemp(prefix=f"sm-{key}-"))
        self.db = Database.open_profile(self.root / "profile")
        self.online = True
        self.engine = SyncEngine(self.db, self._connect)

    def _connect(self) -> psycopg.Connection[Any]:
        if not self.online:
            raise psycopg.OperationalError("offline")
        return psycopg.connect(self.world.db.url(self.world.people[self.key].login))

    def sync(self, crash_after: int | None = None) -> None:
        real = push_module.record_answers
        calls = {"n": 0}

        def crashing(*args: Any) -> str:
            calls["n"] += 1
            if crash_after is not None and calls["n"] > crash_after:
                raise Crash("server closed the connection unexpectedly")
            return real(*args)

        push_module.record_answers = crashing
        try:
            self.engine.sync()
        except OpdError:
            pass  # offline or crashed: everything stays pending
        finally:
            push_module.record_answers = real

    def rows(self, table: str) -> dict[str, tuple[Any, ...]]:
        with self.db.engine.connect() as conn:
            return _rows(conn.execute(text(_query(table))).mappings().all())

    def scalar(self, sql: str, **params: Any) -> int:
        with self.db.engine.connect() as conn:
            return int(conn.execute(text(sql), params).scalar_one())

    def close(self) -> None:
        self.engine.close()
        self.db.close()


def _query(table: str) -> str:
    cols = {
        "post": "id, title, main_text, status, content_hash, rev, server_version",
        "posttarget": "id, post_id, account_id, deleted_at IS NULL AS live, rev, server_version",
        "postvariant": "id, post_id, platform, text, deleted_at IS NULL AS live, rev, server_version",
        "review": "id, post_id, decision, content_hash, server_version",
    }[table]
    return f"SELECT {cols} FROM {table}"


def _rows(found: Any) -> dict[str, tuple[Any, ...]]:
    return {str(r["id"]): tuple(bool(v) if k == "live" else v for k, v in r.items()) for r in found}


def server_rows(world: SharedWorld, table: str) -> dict[str, tuple[Any, ...]]:
    with world.db.superuser() as conn:
        cur = conn.cursor(row_factory=psycopg.rows.dict_row)
        cur.execute(_query(table).replace(f"FROM {table}", f"FROM app.{table}"))
        return _rows(cur.fetchall())


class SyncMachine(RuleBasedStateMachine):
    world: SharedWorld

    def __init__(self) -> None:
        super().__init__()
        self.clients = {key: Installation(self.world, key) for key in KEYS}
        for client in self.clients.values():
            client.sync()
        author = self.clients["author"]
        with author.db.session() as s:
            self.post_id = posts.create_post(
                s,
                author.person_id,
                self.world.bidang,
                title="Posyandu",
                main_text="Posyandu Melati buka.",
                target_account_ids=[self.world.instagram],
            ).id
        author.sync()
        for client in self.clients.values():
            client.sync()

    def _try(self, client: Installation, work: Any) -> None:
        try:
            with client.db.session() as s:
                work(s)
        except OpdError:
            pass  # the local rules refuse it (wrong status, nothing changed …)

    @rule(who=st.sampled_from(("author", "admin2")), title=st.sampled_from(("A", "B", "C")))
    def edit(self, who: str, title: str) -> None:
        client = self.clients[who]
        self._try(
            client,
            lambda s: posts.edit_post(
                s, client.person_id, self.post_id, posts.PostEdit(title=title), void_approval=True
            ),
        )

    @rule(who=st.sampled_from(("author", "admin2")), both=st.booleans())
    def retarget(self, who: str, both: bool) -> None:
        client = self.clients[who]
        accounts = [self.world.instagram, self.world.facebook] if both else [self.world.instagram]
        edit = posts.PostEdit(target_account_ids=accounts)
        self._try(client, lambda s: posts.edit_post(s, client.person_id, self.post_id, edit, void_approval=True))

    @rule(who=st.sampled_from(("author", "admin2")))
    def submit(self, who: str) -> None:
        client = self.clients[who]
        self._try(client, lambda s: workflow.submit(s, client.person_id, self.post_id))

    @rule()
    def approve(self) -> None:
        client = self.clients["reviewer"]

        def work(s: Any) -> None:
            post = posts.get_post(s, self.post_id)
            workflow.approve(s, client.person_id, self.post_id, post.content_hash)

        self._try(client, work)

    @rule()
    def approve_on_the_authors_laptop(self) -> None:
        """The reviewer's approval entered on the author's profile: the server refuses it (not their login)."""
        client = self.clients["author"]
        reviewer = self.world.people["reviewer"].id

        def work(s: Any) -> None:
            post = posts.get_post(s, self.post_id)
            workflow.approve(s, reviewer, self.post_id, post.content_hash)

        self._try(client, work)

    @rule(who=st.sampled_from(KEYS))
    def toggle_online(self, who: str) -> None:
        self.clients[who].online = not self.clients[who].online

    @rule(who=st.sampled_from(KEYS))
    def sync(self, who: str) -> None:
        self.clients[who].sync()

    @rule(who=st.sampled_from(KEYS), after=st.integers(0, 2))
    def crash_mid_sync(self, who: str, after: int) -> None:
        self.clients[who].sync(crash_after=after)

    @invariant()
    def nothing_is_left_half_done(self) -> None:
        for client in self.clients.values():
            assert (
                client.scalar(
                    "SELECT count(*) FROM outbox WHERE state NOT IN "
                    "('pending', 'sent', 'rejected', 'conflict', 'dropped')"
                )
                == 0
            )

    def teardown(self) -> None:
        try:
            for _round in range(2):
                for client in self.clients.values():
                    client.online = True
                    client.sync()
            for client in self.clients.values():
                assert client.scalar("SELECT count(*) FROM outbox WHERE state = 'pending'") == 0, client.key
                # every refused or overruled local version is kept somewhere
                lost = client.scalar(
                    "SELECT count(*) FROM outbox o WHERE o.state = 'conflict' AND NOT EXISTS "
                    "(SELECT 1 FROM conflict_copy c WHERE c.table_name = o.table_name AND c.row_id = o.row_id)"
                )
                assert lost == 0, client.key
                refused_without_copy = client.scalar(
                    "SELECT count(*) FROM outbox o WHERE o.state = 'rejected' AND NOT EXISTS "
                    "(SELECT 1 FROM conflict_copy c WHERE c.table_name = o.table_name AND c.row_id = o.row_id "
                    "AND c.kind = 'refused')"
                )
                assert refused_without_copy == 0, client.key
                impersonated = client.scalar(
                    "SELECT count(*) FROM review WHERE reviewer_id = :who AND server_version IS NULL",
                    who=self.world.people["reviewer"].id,
                )
                assert impersonated == 0, client.key
                assert client.scalar("SELECT count(*) FROM outbox WHERE state = 'rejected' AND payload IS NULL") == 0
            for table in COMPARED:
                expected = server_rows(self.world, table)
                for client in self.clients.values():
                    assert client.rows(table) == expected, (client.key, table)
        finally:
            for client in self.clients.values():
                client.close()


def test_clients_converge_on_the_server(shared_world: SharedWorld) -> None:
    SyncMachine.world = shared_world
    run_state_machine_as_test(
        SyncMachine,
        settings=settings(
            max_examples=6,
            stateful_step_count=10,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
