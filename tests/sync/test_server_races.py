"""Writers at the same moment: one decision per post, one audit chain per organisation, versions in commit order."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import psycopg
import pytest

from opdstudio.core.sync.admin import verify_audit
from opdstudio.core.sync.connection import server_engine
from tests.sync.shared import PostRef, SharedWorld, draft, new_id, set_status, status_of

# One worker builds this module's database once (pytest -n 2 --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_server_races")


def at_once(*jobs: Callable[[], Any]) -> list[Any]:
    """Run the jobs in threads released together; each result is the job's value or the exception it raised."""
    barrier = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)

    def run(i: int, job: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            results[i] = job()
        except Exception as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return results


def decide(world: SharedWorld, conn: psycopg.Connection[Any], post: PostRef, who: str, decision: str) -> str:
    conn.execute(
        "INSERT INTO app.review (id, post_id, reviewer_id, level, decision, comment, content_hash) "
        "VALUES (%s, %s, %s, %s, %s, 'Keputusan.', %s)",
        (new_id(), post.id, world.people[who].id, world.level_of(who), decision, post.content_hash),
    )
    return who


def test_two_reviewers_deciding_at_once_land_exactly_one_decision(shared_world: SharedWorld) -> None:
    for round_ in range(8):
        post = draft(shared_world)
        set_status(shared_world, "author", post, "in_review")
        decisions = {"reviewer": "approve", "kadis": "reject"}
        if round_ % 2:
            decisions = {"reviewer": "reject", "kadis": "approve"}
        connections = {who: shared_world.db.connect(shared_world.people[who].login) for who in decisions}
        jobs = [partial(decide, shared_world, connections[who], post, who, d) for who, d in decisions.items()]
        results = at_once(*jobs)
        for conn in connections.values():
            conn.close()
        winners = [r for r in results if isinstance(r, str)]
        losers = [r for r in results if isinstance(r, psycopg.Error)]
        assert len(winners) == 1 and len(losers) == 1, results
        assert losers[0].sqlstate == "OPD01" and losers[0].diag.message_hint == "not_in_review"
        with shared_world.db.superuser() as root:
            landed = root.execute("SELECT decision FROM app.review WHERE post_id = %s", (post.id,)).fetchall()
        assert landed == [(decisions[winners[0]],)]
        assert status_of(shared_world, post) == ("approved" if landed[0][0] == "approve" else "rejected")


def test_concurrent_audit_appends_form_one_unbroken_chain(shared_world: SharedWorld) -> None:
    post = draft(shared_world)

    def append(who: str) -> Callable[[], None]:
        def job() -> None:
            with shared_world.db.connect(shared_world.people[who].login) as conn:
                for i in range(10):
                    conn.execute(
                        "INSERT INTO app.auditevent (id, organisation_id, seq, post_id, actor_id, action, detail) "
                        "VALUES (%s, %s, 0, %s, %s, 'edited', %s)",
                        (new_id(), shared_world.bidang, post.id, shared_world.people[who].id, json.dumps({"i": i})),
                    )

        return job

    assert at_once(append("author"), append("admin2"), append("reviewer")) == [None, None, None]
    with shared_world.db.superuser() as root:
        seqs = [
            s
            for (s,) in root.execute(
                "SELECT seq FROM app.auditevent WHERE organisation_id = %s ORDER BY seq", (shared_world.bidang,)
            )
        ]
    assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) >= 30
    engine = server_engine(shared_world.db.superuser_url)
    assert verify_audit(engine, shared_world.bidang) == []
    engine.dispose()


def test_server_versions_follow_commit_order(shared_world: SharedWorld) -> None:
    """A writer that started later waits for the counter row, so it can never commit a lower version."""
    first = shared_world.db.connect(shared_world.people["author"].login)
    reader = shared_world.conn("oversight")
    before = reader.execute("SELECT version FROM app.server_clock").fetchone()
    assert before is not None
    first_post = new_id()
    with first.transaction():
        first.execute(
            "INSERT INTO app.post (id, organisation_id, author_id) VALUES (%s, %s, %s)",
            (first_post, shared_world.bidang, shared_world.people["author"].id),
        )
        second_post = new_id()

        def second() -> None:
            with shared_world.db.connect(shared_world.people["admin2"].login) as conn:
                conn.execute(
                    "INSERT INTO app.post (id, organisation_id, author_id) VALUES (%s, %s, %s)",
                    (second_post, shared_world.bidang, shared_world.people["admin2"].id),
                )

        waiting = threading.Thread(target=second)
        waiting.start()
        time.sleep(0.3)
        assert waiting.is_alive()  # queued behind the first writer's counter row
        assert reader.execute("SELECT count(*) FROM app.pull(%s)", (before[0],)).fetchone() == (0,)
    waiting.join(timeout=10)
    first.close()
    versions = dict(
        reader.execute(
            "SELECT id, server_version FROM app.post WHERE id IN (%s, %s)", (first_post, second_post)
        ).fetchall()
    )
    assert versions[first_post] < versions[second_post]
