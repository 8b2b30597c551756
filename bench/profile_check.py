"""Profile care at open, measured interleaved in one run on a demo profile: ``Database.open_profile`` as it runs
on every open but the day's first (header check; the full ``quick_check`` only below 16 MB) and with the full
check forced, each against the same open without any check; the day's first open (check, backup, check of the
copy) and ``profile restore`` against a later open.

    .venv/bin/python bench/profile_check.py [--runs 7] [--publications 100000] [--profile DIR [--copies K]]

``--profile`` measures an existing profile (copied first; ``--copies K`` adds K copies of each of its
publications, search index included, for a large file quickly); otherwise a demo profile is made (slow, once).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from opdstudio.core.storage import backups, database
from opdstudio.core.storage.database import Database
from opdstudio.core.storage.profile import ProfilePaths


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def open_close(root: Path) -> None:
    Database.open_profile(root).close()


def open_unchecked(root: Path) -> None:
    checked = database.ensure_sound
    database.ensure_sound = lambda _paths, full=True: None  # type: ignore[assignment]
    try:
        open_close(root)
    finally:
        database.ensure_sound = checked


def open_fully_checked(root: Path) -> None:
    limit = backups.FULL_CHECK_BELOW
    backups.FULL_CHECK_BELOW = 1 << 62
    try:
        open_close(root)
    finally:
        backups.FULL_CHECK_BELOW = limit


def first_open_of_day(root: Path) -> None:
    for daily in ProfilePaths(root).backups.glob("daily-*"):
        daily.unlink()
    open_close(root)


def restore(root: Path) -> None:
    backups.restore(ProfilePaths(root))


def grow(root: Path, copies: int) -> None:
    """Add ``copies`` re-posts of every publication (fresh ids and links), through the app's own triggers."""
    import sqlite3

    conn = sqlite3.connect(ProfilePaths(root).database)
    with conn:
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO publication SELECT lower(hex(randomblob(16))), rev, NULL, NULL, created_at, updated_at, "
            "post_id, account_id, url || '?ulang=' || i, published_at, content_hash, recorded_by_id "
            "FROM publication, n WHERE deleted_at IS NULL",
            (copies,),
        )
    conn.close()


def report(name: str, ours: list[float], base: list[float]) -> None:
    om, bm = statistics.median(ours), statistics.median(base)
    mins = f"min {min(ours) * 1000:.1f} / {min(base) * 1000:.1f}"
    print(f"  {name}: median {om * 1000:.1f} ms vs {bm * 1000:.1f} ms ({mins})")
    print(f"{name}: ours {om * 1000:.1f} ms, baseline {bm * 1000:.1f} ms, ratio {om / bm:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--publications", type=int, default=100_000)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--copies", type=int, default=0)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="opd-bench-care-"))
    root = work / "profile"
    try:
        if args.profile:
            shutil.copytree(args.profile, root, ignore=shutil.ignore_patterns("backups", "media"))
            grow(root, args.copies)
        else:
            from opdstudio.core.demo import seed_demo

            seed_demo(Database.open_profile(root), publications=args.publications)
        open_close(root)  # migrations and today's backup out of the way
        size = ProfilePaths(root).database.stat().st_size / 1e6
        print(f"profile file {size:.1f} MB, {args.runs} runs interleaved")
        pairs: dict[str, tuple[list[float], list[float]]] = {
            "later open (header check, full below 16 MB) vs no check": ([], []),
            "open with a full quick_check vs no check": ([], []),
            "first open of the day vs a later open": ([], []),
            "profile restore vs a later open": ([], []),
        }
        for _ in range(args.runs):
            check, full, day, rest = pairs.values()
            check[0].append(timed(lambda: open_close(root)))
            check[1].append(timed(lambda: open_unchecked(root)))
            full[0].append(timed(lambda: open_fully_checked(root)))
            full[1].append(timed(lambda: open_unchecked(root)))
            day[0].append(timed(lambda: first_open_of_day(root)))
            day[1].append(timed(lambda: open_close(root)))
            rest[0].append(timed(lambda: restore(root)))
            rest[1].append(timed(lambda: open_close(root)))
            for aside in ProfilePaths(root).backups.glob("damaged-*"):
                aside.unlink()
        for name, (ours, base) in pairs.items():
            report(name, ours, base)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
