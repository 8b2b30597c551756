"""Sync throughput against a real PostgreSQL server started here (pgserver, in a temporary directory).

    .venv/bin/python bench/sync.py [--rounds 5] [--posts 1000] [--pull-rows 10000]

Each round, interleaved in one run:
  - pull: a fresh profile pulls ~10 000 rows (posts, their targets and variants, written on the server by the
    author) → rows/s of the whole first sync;
  - push: the profile edits 1 000 posts (the title: a post update and an audit event each, two outbox entries)
    and syncs → entries/s of the push phase (RLS, triggers, the ledger, a savepoint per action, every answer
    recorded locally);
  - baselines over the same socket: raw psycopg upserts of the same rows (as the server stores them) into plain
    copies of the tables (no RLS, no triggers), ``executemany`` in one transaction, and one statement committed
    per row.
Median and best of the rounds; the last lines are ``NAME: ours X, baseline Y, ratio Z`` (rows/s, medians).

Traffic is local only (the server's unix socket). The small organisation world comes from tests/sync/shared.py.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pgserver  # noqa: E402
import psycopg  # noqa: E402
from psycopg.types.json import Jsonb  # noqa: E402

from opdstudio.core.services import posts  # noqa: E402
from opdstudio.core.storage.database import Database  # noqa: E402
from opdstudio.core.sync.admin import init_server  # noqa: E402
from opdstudio.core.sync.connection import server_engine  # noqa: E402
from opdstudio.core.sync.engine import SyncEngine  # noqa: E402
from tests.sync.shared import SharedDb, SharedWorld, new_id, post_hash  # noqa: E402


def seed_posts(world: SharedWorld, count: int) -> None:
    """``count`` drafts by the author (1 post + 2 targets + 2 variants each), written as the author."""
    targets = {world.instagram: "instagram", world.facebook: "facebook"}
    post_rows, target_rows, variant_rows = [], [], []
    for i in range(count):
        text = f"Posyandu Melati ke-{i} buka hari Sabtu pukul 08.00 di balai desa."
        post_id = new_id()
        post_rows.append(
            (
                post_id,
                world.bidang,
                world.people["author"].id,
                f"Posyandu {i}",
                text,
                post_hash("Posyandu " + str(i), text, targets),
            )
        )
        for account, platform in targets.items():
            target_rows.append((new_id(), post_id, account))
            variant_rows.append((new_id(), post_id, platform, text))
    conn = world.conn("author")
    with conn.transaction(), conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO app.post (id, organisation_id, author_id, title, main_text, content_hash) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            post_rows,
        )
        cur.executemany("INSERT INTO app.posttarget (id, post_id, account_id) VALUES (%s, %s, %s)", target_rows)
        cur.executemany(
            "INSERT INTO app.postvariant (id, post_id, platform, text) VALUES (%s, %s, %s, %s)", variant_rows
        )


def raw_upserts(db: SharedDb, rows: dict[str, list[dict[str, Any]]], *, commit_each: bool = False) -> tuple[int, float]:
    """Upsert ``rows`` (table → server rows as JSON) into plain copies of the tables with executemany, in one
    transaction, or (``commit_each``) one statement and commit per row, as the push's contract asks."""
    with db.superuser() as conn:
        conn.execute("CREATE SCHEMA IF NOT EXISTS bench_raw")
        for table in rows:
            conn.execute(f"DROP TABLE IF EXISTS bench_raw.{table}")
            conn.execute(f"CREATE TABLE bench_raw.{table} (LIKE app.{table} INCLUDING DEFAULTS, PRIMARY KEY (id))")
    total = sum(len(r) for r in rows.values())
    with psycopg.connect(db.superuser_url, autocommit=commit_each) as conn:
        started = time.perf_counter()
        with conn.cursor() as cur:
            for table, table_rows in rows.items():
                columns = list(table_rows[0])
                updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in columns if c != "id")
                sql = (
                    f"INSERT INTO bench_raw.{table} SELECT * FROM jsonb_populate_record(NULL::bench_raw.{table}, %s) "
                    f"ON CONFLICT (id) DO UPDATE SET {updates}"
                )
                if commit_each:
                    for r in table_rows:
                        cur.execute(sql, (Jsonb(r),))
                else:
                    cur.executemany(sql, [(Jsonb(r),) for r in table_rows])
        conn.commit()
        elapsed = time.perf_counter() - started
    return total, elapsed


def server_rows(db: SharedDb, where: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    with db.superuser() as conn:
        return {
            table: [r[0] for r in conn.execute(f"SELECT to_jsonb(t) FROM app.{table} t WHERE {cond}").fetchall()]
            for table, cond in where.items()
        }


class Phases:
    """Wall-clock time of the push phase of a sync (from the progress callback)."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.push_done: float | None = None

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage == "push":
            self.push_done = time.perf_counter()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (at least 5 for the figures)")
    parser.add_argument("--posts", type=int, default=1000, help="posts edited and pushed per round")
    parser.add_argument("--pull-rows", type=int, default=10_000, help="rows pulled (5 per seeded post)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="opd-bench-sync-") as tmp:
        server = pgserver.get_server(Path(tmp) / "pg", cleanup_mode="stop")
        try:
            run(server, Path(tmp), args.rounds, args.posts, args.pull_rows)
        finally:
            server.cleanup()


Rates = dict[str, list[float]]  # measurement → rows/s per round


def run(server: Any, tmp: Path, rounds: int, post_count: int, pull_rows: int) -> None:
    db = SharedDb.create(server, "bench_sync")
    engine = server_engine(db.superuser_url)
    init_server(engine)
    engine.dispose()
    world = SharedWorld.build(db)
    seeded = max(pull_rows // 5, post_count)
    started = time.perf_counter()
    seed_posts(world, seeded)
    seconds = time.perf_counter() - started
    print(f"server: PostgreSQL via pgserver (unix socket), {seeded:,} posts seeded in {seconds:.1f} s")
    url = db.url(world.people["author"].login)
    bidang = world.bidang
    pull_where = {
        "post": f"organisation_id = '{bidang}'",
        "posttarget": f"post_id IN (SELECT id FROM app.post WHERE organisation_id = '{bidang}')",
        "postvariant": f"post_id IN (SELECT id FROM app.post WHERE organisation_id = '{bidang}')",
    }
    rates: Rates = {}

    def note(name: str, count: int, seconds: float) -> None:
        rates.setdefault(name, []).append(count / seconds)

    profile = Database.open_profile(tmp / "author")
    sync = SyncEngine(profile, lambda: psycopg.connect(url))
    try:
        sync.sync()
        with profile.engine.connect() as conn:
            ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM post ORDER BY id LIMIT ?", (post_count,))]
        id_list = ", ".join(f"'{i}'" for i in ids)
        for n in range(rounds):
            # pull: a fresh profile, then the same rows upserted raw
            fresh = Database.open_profile(tmp / f"fresh-{n}")
            fresh_sync = SyncEngine(fresh, lambda: psycopg.connect(url))
            try:
                report = fresh_sync.sync()
            finally:
                fresh_sync.close()
                fresh.close()
            note("pull", report.pulled, report.duration)
            pulled = server_rows(db, pull_where)
            note("pull raw 1 txn", *raw_upserts(db, pulled))
            note("pull raw commit/row", *raw_upserts(db, pulled, commit_each=True))

            # push: edit the posts locally, sync, then the same rows upserted raw
            with profile.session() as s:
                for i, post_id in enumerate(ids):
                    posts.edit_post(s, world.people["author"].id, post_id, posts.PostEdit(title=f"Judul {n}-{i}"))
            phases = Phases()
            push_report = sync.sync(progress=phases)
            assert push_report.pending == 0 and push_report.rejected == 0 and push_report.conflicts == 0, push_report
            note("push", push_report.pushed, (phases.push_done or time.perf_counter()) - phases.started)
            pushed = server_rows(
                db,
                {
                    "post": f"id IN ({id_list})",
                    "auditevent": f"id IN (SELECT id FROM app.auditevent WHERE post_id IN ({id_list}) "
                    f"ORDER BY server_version DESC LIMIT {len(ids)})",
                },
            )
            note("push raw 1 txn", *raw_upserts(db, pushed))
            note("push raw commit/row", *raw_upserts(db, pushed, commit_each=True))
            print(f"  round {n + 1}: " + ", ".join(f"{k} {v[-1]:,.0f}/s" for k, v in rates.items()), flush=True)
    finally:
        sync.close()
        profile.close()
        world.close()

    print(f"\n  {'rows/s over ' + str(rounds) + ' rounds':<28} {'median':>10} {'best':>10}")
    for name, values in rates.items():
        print(f"  {name:<28} {statistics.median(values):>10,.0f} {max(values):>10,.0f}")
    print()
    for ours, base in (
        ("push", "push raw 1 txn"),
        ("push", "push raw commit/row"),
        ("pull", "pull raw 1 txn"),
        ("pull", "pull raw commit/row"),
    ):
        mine, theirs = statistics.median(rates[ours]), statistics.median(rates[base])
        print(f"{ours} vs {base} (median): ours {mine:,.0f}, baseline {theirs:,.0f}, ratio {mine / theirs:.2f}")
    for ours, base in (("push", "push raw 1 txn"), ("pull", "pull raw 1 txn")):
        mine, theirs = max(rates[ours]), max(rates[base])
        print(f"{ours} vs {base} (best): ours {mine:,.0f}, baseline {theirs:,.0f}, ratio {mine / theirs:.2f}")


if __name__ == "__main__":
    main()
