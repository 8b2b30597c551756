"""Cut connections (issue #5): a TCP proxy on 127.0.0.1 in front of the test server cuts a sync at chosen byte
offsets of either direction, or right after the server committed an entry but before the client read the
acknowledgement; each cut sync is followed by a normal one, after which the profile and the server must agree:
nothing lost, nothing pushed twice."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path
from typing import Any

import psycopg
import pytest

from opdstudio.core.errors import OpdError
from opdstudio.core.storage.database import Database
from opdstudio.core.sync.engine import SyncEngine
from tests.sync.fault_tools import (
    Cut,
    CuttingProxy,
    assert_in_step,
    edit_post,
    new_post,
    tcp_url,
    unix_socket_path,
)
from tests.sync.shared import SharedWorld

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("test_sync_faults")]

ROUNDS = 200
SEED = 20260505


def _acks_lost(db: Database, world: SharedWorld) -> int:
    """Pending entries the server has already applied (its answer never reached this client)."""
    with db.engine.connect() as conn:
        client_id = str(conn.exec_driver_sql("SELECT client_id FROM sync_state WHERE id = 1").scalar_one())
        frozen = [
            int(r[0])
            for r in conn.exec_driver_sql("SELECT seq FROM outbox WHERE state = 'pending' AND payload IS NOT NULL")
        ]
    if not frozen:
        return 0
    with world.db.superuser() as sconn:
        found = sconn.execute(
            "SELECT count(*) FROM app.applied_mutation WHERE client_id = %s AND seq = ANY(%s)", (client_id, frozen)
        ).fetchone()
    return int(found[0]) if found else 0


def test_syncs_cut_at_random_points_lose_and_duplicate_nothing(shared_world: SharedWorld, tmp_path: Path) -> None:
    world = shared_world
    rng = random.Random(SEED)
    with world.db.superuser() as conn:  # the server is never crashed here: skip its WAL flush at each commit
        conn.execute(f'ALTER DATABASE "{world.db.name}" SET synchronous_commit = off')
    proxy = CuttingProxy(unix_socket_path(world))
    url = tcp_url(world, "author", proxy.port)

    def connect() -> psycopg.Connection[Any]:
        return psycopg.connect(url)

    db = Database.open_profile(tmp_path / "author")
    engine = SyncEngine(db, connect)
    stats: Counter[str] = Counter()
    try:
        engine.sync()
        ids = [new_post(db, world, "author", rng) for _ in range(3)]
        engine.sync()
        assert_in_step(db, world)
        recent: list[tuple[int, int, int]] = [(proxy.counts["c2s"], proxy.counts["s2c"], proxy.commits)]
        for round_no in range(ROUNDS):
            if round_no % 40 == 39:
                ids.append(new_post(db, world, "author", rng))
            for _ in range(1 + (rng.random() < 0.2)):
                edit_post(db, world, "author", rng.choice(ids), rng)

            window = recent[-8:]
            c2s, s2c, commits = (sorted(r[i] for r in window)[-min(3, len(window))] for i in range(3))
            pick = rng.random()
            if pick < 0.3:
                cut = Cut(commit=rng.randrange(max(commits, 1)))
            elif pick < 0.65:
                cut = Cut("s2c", rng.randrange(s2c + 1))
            else:
                cut = Cut("c2s", rng.randrange(c2s + 1))
            proxy.arm(cut)
            try:
                engine.sync()
            except OpdError:
                stats["sync failed"] += 1
            recent.append((proxy.counts["c2s"], proxy.counts["s2c"], proxy.commits))
            stats["cut fired"] += proxy.fired
            lost = _acks_lost(db, world)
            stats["commit acknowledged lost"] += lost > 0
            if rng.random() < 0.3:  # more work before the normal sync: it must follow the entry left unanswered
                edit_post(db, world, "author", rng.choice(ids), rng)

            proxy.arm(None)
            report = engine.sync()
            recent.append((proxy.counts["c2s"], proxy.counts["s2c"], proxy.commits))
            assert (report.pending, report.rejected, report.conflicts) == (0, 0, 0), (round_no, cut, report)
            counts = assert_in_step(db, world)
            stats["rounds"] += 1
    finally:
        engine.close()
        db.close()
        proxy.close()
    print(f"\nfault rounds: {dict(stats)}; rows at the end: {counts}")
    assert stats["rounds"] == ROUNDS
    assert stats["cut fired"] >= ROUNDS * 0.7 and stats["sync failed"] >= ROUNDS * 0.6
    assert stats["commit acknowledged lost"] >= 20  # the server committed, the client never read the answer
