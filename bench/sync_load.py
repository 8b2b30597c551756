"""Load: many desktop clients of one regency syncing against one shared database (pgserver, loopback only).

    .venv/bin/python bench/sync_load.py [--clients 200] [--minutes 3] [--workers 12]

A Pemkab with 20 agencies; per agency 8 admins and 2 reviewers (levels 1 and 2), each client a profile of its
own with its own login. Every client wakes every 5–60 s (random), does what its person would do — an admin writes
a new post, edits or submits a draft, records the publication of an approved post; a reviewer approves or asks
for changes on a post in review — and syncs. Refusals and conflicts happen as they would (a reviewer approving a
text its author changed meanwhile). The run is bounded: after ``--minutes`` no client starts anything new; then
every client syncs until nothing is pending and the check compares each profile with the server: every row of
its agency on the server is in the profile with the same rev, every post the client wrote is on the server once
or kept as a refused draft, and nothing is pending.

Prints p50/p95/max sync latency (the wall time of ``SyncEngine.sync``, under this machine's load), syncs, server
errors (anything but an offline/refusal answer), refusals and conflicts, then the convergence check.
"""

from __future__ import annotations

import argparse
import heapq
import random
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pgserver  # noqa: E402
import psycopg  # noqa: E402
from sqlalchemy import text  # noqa: E402

from opdstudio.core.domain.enums import OrgKind, Role  # noqa: E402
from opdstudio.core.errors import OpdError  # noqa: E402
from opdstudio.core.services import posts, workflow  # noqa: E402
from opdstudio.core.storage.database import Database  # noqa: E402
from opdstudio.core.sync import admin  # noqa: E402
from opdstudio.core.sync.admin import init_server  # noqa: E402
from opdstudio.core.sync.connection import server_engine  # noqa: E402
from opdstudio.core.sync.engine import SyncEngine  # noqa: E402
from tests.sync.shared import PASSWORD, SharedDb, new_id  # noqa: E402

AGENCIES = 20
ADMINS, REVIEWERS = 8, 2


@dataclass
class Client:
    """One desktop installation: a person, their agency, their profile."""

    login: str
    person_id: str
    org: str
    account: str
    reviewer: bool
    db: Database
    engine: SyncEngine
    lock: threading.Lock = field(default_factory=threading.Lock)
    written: set[str] = field(default_factory=set)  # posts this client created
    rng: random.Random = field(default_factory=random.Random)


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    refused: int = 0
    conflicts: int = 0
    actions: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def build_world(db: SharedDb, clients: int) -> tuple[list[tuple[str, str, str, str, bool]], str]:
    """Agencies, logins and roles, one official account per agency: (login, person id, org, account, reviewer)."""
    engine = server_engine(db.superuser_url)
    people: list[tuple[str, str, str, str, bool]] = []
    try:
        with engine.begin() as conn:
            pemkab = admin.add_org(conn, "Pemerintah Kabupaten Beban", OrgKind.PEMKAB)
            per_agency = ADMINS + REVIEWERS
            for a in range(max(1, clients // per_agency)):
                org = admin.add_org(conn, f"Dinas {a + 1}", OrgKind.DINAS, pemkab)
                account = new_id()
                conn.execute(
                    text(
                        "INSERT INTO app.officialaccount (id, organisation_id, platform, handle, url) "
                        "VALUES (:id, :org, 'instagram', :handle, :url)"
                    ),
                    {"id": account, "org": org, "handle": f"d{a + 1}", "url": f"https://instagram.com/d{a + 1}"},
                )
                for k in range(per_agency):
                    login = f"{db.name}_a{a}_{k}"
                    person = admin.add_user(conn, login, f"Orang {a}-{k}", PASSWORD)
                    reviewer = k >= ADMINS
                    if reviewer:
                        admin.grant_role(conn, login, org, Role.REVIEWER, k - ADMINS + 1)
                    else:
                        admin.grant_role(conn, login, org, Role.ADMIN, 1)
                    people.append((login, person, org, account, reviewer))
    finally:
        engine.dispose()
    return people[:clients], pemkab


def act(client: Client) -> int:
    """One thing the client's person does before syncing; how many local actions it took."""
    rng = client.rng
    with client.db.session() as s:
        if client.reviewer:
            waiting = s.exec(
                text("SELECT id, content_hash FROM post WHERE organisation_id = :org AND status = 'in_review'"),
                params={"org": client.org},
            ).all()
            if not waiting:
                return 0
            post_id, seen = rng.choice(waiting)
            if rng.random() < 0.8:
                workflow.approve(s, client.person_id, post_id, seen)
            else:
                workflow.request_changes(s, client.person_id, post_id, seen, "Mohon sebutkan sumbernya.")
            return 1
        mine = s.exec(
            text("SELECT id, status, content_hash FROM post WHERE author_id = :me AND server_version IS NOT NULL"),
            params={"me": client.person_id},
        ).all()
        drafts = [m for m in mine if m[1] in ("draft", "changes_requested")]
        approved = [m for m in mine if m[1] == "approved"]
        roll = rng.random()
        if approved and roll < 0.25:
            post_id, _status, approved_hash = rng.choice(approved)
            workflow.record_publication(
                s,
                client.person_id,
                post_id,
                account_id=client.account,
                url=f"https://instagram.com/p/{new_id()[:11]}",
                published_at=datetime.now(UTC),
                approved_hash=approved_hash,
            )
        elif drafts and roll < 0.55:
            post_id = rng.choice(drafts)[0]
            workflow.submit(s, client.person_id, post_id)
        elif drafts and roll < 0.8:
            post_id = rng.choice(drafts)[0]
            edit = posts.PostEdit(main_text=f"Kegiatan posyandu diperbarui {rng.randint(1, 10**6)}.")
            posts.edit_post(s, client.person_id, post_id, edit)
        else:
            post = posts.create_post(
                s,
                client.person_id,
                client.org,
                title=f"Kegiatan {rng.randint(1, 10**6)}",
                main_text="Posyandu Melati buka hari Sabtu pukul 08.00 di balai desa.",
                target_account_ids=[client.account],
            )
            client.written.add(post.id)
        return 1


def cycle(client: Client, tally: Tally) -> None:
    """Act, then sync; record the sync's latency and outcome."""
    with client.lock:
        try:
            done = act(client)
        except OpdError:
            done = 0  # the local rules said no (someone else moved the post meanwhile): nothing to send
        started = time.perf_counter()
        try:
            report = client.engine.sync()
        except Exception as exc:  # a load test counts every failure
            with tally.lock:
                tally.errors.append(f"{client.login}: {exc}")
            return
        elapsed = time.perf_counter() - started
    with tally.lock:
        tally.latencies.append(elapsed)
        tally.refused += report.rejected
        tally.conflicts += report.conflicts
        tally.actions += done


def converge(client: Client) -> None:
    """Sync until nothing is pending and a sync brings nothing new (bounded)."""
    for _ in range(6):
        report = client.engine.sync()
        if report.pending == 0 and report.pushed == 0 and report.pulled == 0:
            return


def check(db: SharedDb, clients: list[Client]) -> list[str]:
    """Each profile against the server; the problems found (empty: converged)."""
    problems: list[str] = []
    with db.superuser() as conn:
        for client in clients:
            server = {
                table: dict(
                    conn.execute(
                        f"SELECT t.id, t.rev FROM app.{table} t {join} WHERE p.organisation_id = %s",
                        (client.org,),
                    ).fetchall()
                )
                for table, join in (
                    ("post", "JOIN app.post p ON p.id = t.id"),
                    ("review", "JOIN app.post p ON p.id = t.post_id"),
                    ("publication", "JOIN app.post p ON p.id = t.post_id"),
                )
            }
            with client.db.engine.connect() as local:
                for table, on_server in server.items():
                    mine = dict(
                        local.execute(
                            text(
                                f"SELECT t.id, t.rev FROM {table} t JOIN post p ON p.id = "
                                f"{'t.id' if table == 'post' else 't.post_id'} "
                                "WHERE p.organisation_id = :org AND t.server_version IS NOT NULL"
                            ),
                            {"org": client.org},
                        ).all()
                    )
                    if mine != on_server:
                        missing = len(set(on_server) - set(mine))
                        extra = len(set(mine) - set(on_server))
                        stale = sum(1 for k in set(mine) & set(on_server) if mine[k] != on_server[k])
                        problems.append(f"{client.login} {table}: {missing} missing, {extra} extra, {stale} stale")
                pending = local.execute(text("SELECT count(*) FROM outbox WHERE state = 'pending'")).scalar_one()
                if pending:
                    problems.append(f"{client.login}: {pending} entries still pending")
                unsent = set(
                    local.execute(
                        text("SELECT id FROM post WHERE server_version IS NULL AND author_id = :me"),
                        {"me": client.person_id},
                    ).scalars()
                )
                kept = set(
                    local.execute(
                        text("SELECT row_id FROM conflict_copy WHERE kind = 'refused' AND table_name = 'post'")
                    ).scalars()
                )
            lost = {p for p in client.written if p not in server["post"] and p not in (unsent & kept)}
            if lost:
                problems.append(f"{client.login}: {len(lost)} written posts neither on the server nor kept")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--minutes", type=float, default=3.0)
    parser.add_argument("--workers", type=int, default=12, help="client cycles running at once (threads)")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="opd-bench-load-") as tmp:
        server = pgserver.get_server(Path(tmp) / "pg", cleanup_mode="stop")
        try:
            run(server, Path(tmp), args)
        finally:
            server.cleanup()


def run(server: Any, tmp: Path, args: argparse.Namespace) -> None:
    db = SharedDb.create(server, "bench_load")
    engine = server_engine(db.superuser_url)
    init_server(engine)
    engine.dispose()
    people, _pemkab = build_world(db, args.clients)
    template = Database.open_profile(tmp / "template")
    template.close()
    clients: list[Client] = []
    started = time.perf_counter()
    for n, (login, person, org, account, reviewer) in enumerate(people):
        shutil.copytree(tmp / "template", tmp / f"c{n}")
        profile = Database.open_profile(tmp / f"c{n}")
        url = db.url(login)
        client = Client(
            login, person, org, account, reviewer, profile, SyncEngine(profile, lambda url=url: psycopg.connect(url))
        )
        client.rng.seed(args.seed * 1000 + n)
        client.engine.sync()
        clients.append(client)
    print(
        f"{len(clients)} clients of {len(clients) // (ADMINS + REVIEWERS)} agencies ready "
        f"in {time.perf_counter() - started:.0f} s; running {args.minutes:g} min",
        flush=True,
    )

    tally = Tally()
    rng = random.Random(args.seed)
    start = time.monotonic()
    end = start + args.minutes * 60
    due = [(start + rng.uniform(0, 60), n) for n in range(len(clients))]
    heapq.heapify(due)
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        running: dict[int, Any] = {}
        while due and time.monotonic() < end:
            when, n = heapq.heappop(due)
            time.sleep(max(0.0, when - time.monotonic()))
            if time.monotonic() >= end:
                break
            if n in running and not running[n].done():
                heapq.heappush(due, (time.monotonic() + 1, n))
                continue
            running[n] = pool.submit(cycle, clients[n], tally)
            heapq.heappush(due, (time.monotonic() + rng.uniform(5, 60), n))
    ran = time.monotonic() - start

    lat = sorted(tally.latencies)

    def pct(p: int) -> float:  # nearest rank
        return lat[min(len(lat) - 1, round(p / 100 * (len(lat) - 1)))] * 1000 if lat else 0.0

    print(
        f"ran {ran:.0f} s: {len(lat)} syncs, {tally.actions} local actions, {tally.refused} refused entries, "
        f"{tally.conflicts} conflicts, {len(tally.errors)} server errors"
    )
    print(f"sync latency: p50 {pct(50):.0f} ms, p95 {pct(95):.0f} ms, max {pct(100):.0f} ms")
    for error in tally.errors[:10]:
        print("  error:", error)

    started = time.perf_counter()
    for client in clients:
        converge(client)
    for client in clients:  # once more: rows others pushed during the first round of convergence
        converge(client)
    problems = check(db, clients)
    print(
        f"convergence ({time.perf_counter() - started:.0f} s): "
        + ("every client matches the server, nothing pending, nothing lost" if not problems else "PROBLEMS")
    )
    for problem in problems[:20]:
        print("  ", problem)
    with db.superuser() as conn:
        totals = conn.execute(
            "SELECT (SELECT count(*) FROM app.post), (SELECT count(*) FROM app.review), "
            "(SELECT count(*) FROM app.publication), (SELECT count(*) FROM app.applied_mutation)"
        ).fetchone()
    print(f"server: {totals[0]} posts, {totals[1]} reviews, {totals[2]} publications, {totals[3]} ledger entries")
    for client in clients:
        client.engine.close()
        client.db.close()
    if problems or tally.errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
