"""kill -9 of a real syncing process (issue #5): a child process (tests/sync/sync_child.py, forked from a server
that paid the imports once) syncs a profile with many pending changes and is SIGKILLed at a random moment; a
normal sync afterwards must leave the profile and the server complete and equal."""

from __future__ import annotations

import os
import random
import signal
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import IO

import psycopg
import pytest

from opdstudio.core.storage.database import Database
from opdstudio.core.sync.engine import SyncEngine
from tests.sync.fault_tools import assert_in_step, edit_post, new_post, post_ids
from tests.sync.shared import SharedWorld

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("test_sync_kill")]

KILLS = 50
MAX_ROUNDS = 75
SEED = 20260509
CHILD = Path(__file__).with_name("sync_child.py")


def _line(stream: IO[str], prefix: str) -> str:
    line = stream.readline().strip()
    assert line.startswith(prefix), f"expected {prefix!r} from the sync child, got {line!r}"
    return line


def _acks_lost(db: Database, world: SharedWorld) -> int:
    with db.engine.connect() as conn:
        client_id = str(conn.exec_driver_sql("SELECT client_id FROM sync_state WHERE id = 1").scalar_one())
        frozen = [int(r[0]) for r in conn.exec_driver_sql("SELECT seq FROM outbox WHERE state = 'pending'")]
    with world.db.superuser() as sconn:
        found = sconn.execute(
            "SELECT count(*) FROM app.applied_mutation WHERE client_id = %s AND seq = ANY(%s)", (client_id, frozen)
        ).fetchone()
    return int(found[0]) if found else 0


def test_a_sync_killed_at_random_points_is_completed_by_the_next(shared_world: SharedWorld, tmp_path: Path) -> None:
    world = shared_world
    rng = random.Random(SEED)
    with world.db.superuser() as conn:  # the server is never crashed here: skip its WAL flush at each commit
        conn.execute(f'ALTER DATABASE "{world.db.name}" SET synchronous_commit = off')
    url = world.db.url(world.people["author"].login)
    profile = tmp_path / "author"
    db = Database.open_profile(profile)
    engine = SyncEngine(db, lambda: psycopg.connect(url))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
        env=env,
    )
    assert child.stdin is not None and child.stdout is not None
    stats: Counter[str] = Counter()
    durations: list[float] = []
    try:
        _line(child.stdout, "ready")
        engine.sync()
        for _ in range(4):
            new_post(db, world, "author", rng)
        rounds = 0
        while stats["killed"] < KILLS:
            rounds += 1
            assert rounds <= MAX_ROUNDS, f"only {stats['killed']} kills in {MAX_ROUNDS} rounds"
            if rounds % 10 == 0:
                new_post(db, world, "author", rng)
            ids = post_ids(db, world)
            for _ in range(4):  # ~12 outbox entries: the post, an audit event, and variants following the text
                edit_post(db, world, "author", rng.choice(ids), rng)

            child.stdin.write(f"{profile} {url}\n")
            child.stdin.flush()
            pid = int(_line(child.stdout, "pid").split()[1])
            started = time.monotonic()
            calibrating = len(durations) < 2
            if not calibrating:
                time.sleep(rng.uniform(0, statistics.median(durations) * 0.9))
                os.kill(pid, signal.SIGKILL)  # not reaped until "reap": at worst a zombie
            child.stdin.write("reap\n")
            child.stdin.flush()
            lines = []
            while True:
                line = child.stdout.readline().strip()
                assert line, "the sync child server died"
                if line.startswith("exit "):
                    break
                lines.append(line)
            status = int(line.split()[2])
            assert not any(x.startswith("error") for x in lines), lines
            if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
                stats["killed"] += 1
                stats["acks lost"] += _acks_lost(db, world) > 0
            else:
                assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 and lines[-1].startswith("done"), lines
                durations.append(time.monotonic() - started)
                stats["finished first"] += 1

            report = engine.sync()
            assert (report.pending, report.rejected, report.conflicts) == (0, 0, 0), (rounds, report)
            counts = assert_in_step(db, world)
    finally:
        if child.stdin is not None:
            child.stdin.close()
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()
        engine.close()
        db.close()
    print(f"\nkill rounds: {rounds}, {dict(stats)}; rows at the end: {counts}")
    assert stats["killed"] >= KILLS
