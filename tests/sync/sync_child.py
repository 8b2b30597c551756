"""A real syncing process for the kill -9 test (tests/sync/test_sync_kill.py).

    python tests/sync/sync_child.py PROFILE URL        one sync of PROFILE against URL, then exit
    python tests/sync/sync_child.py --serve            read "PROFILE URL" lines from stdin; for each, fork a
                                                       process that syncs once (the imports are paid once)

Every process prints ``pid <pid>`` once it has opened the profile and is about to sync, and ``done <json>`` when
the sync finished. In serve mode the server then waits for a ``reap`` line (so the test may still SIGKILL the pid:
it is at worst a zombie, never reused) and prints ``exit <pid> <wait status>``. Lines are written unbuffered.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402

from opdstudio.core.storage.database import Database  # noqa: E402
from opdstudio.core.sync.engine import SyncEngine  # noqa: E402


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def sync_once(profile: str, url: str) -> None:
    def connect() -> psycopg.Connection[Any]:
        return psycopg.connect(url)

    db = Database.open_profile(Path(profile))
    engine = SyncEngine(db, connect)
    say(f"pid {os.getpid()}")
    report = engine.sync()
    engine.close()
    db.close()
    say("done " + json.dumps({"pushed": report.pushed, "pulled": report.pulled, "pending": report.pending}))


def serve() -> None:
    say("ready")
    for line in sys.stdin:
        profile, url = line.split()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                sync_once(profile, url)
            except BaseException as exc:  # reported to the test, which fails on it
                say(f"error {type(exc).__name__}: {exc}".replace("\n", " "))
                code = 1
            os._exit(code)
        sys.stdin.readline()  # "reap"
        _, status = os.waitpid(pid, 0)
        say(f"exit {pid} {status}")


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
    else:
        sync_once(sys.argv[1], sys.argv[2])
