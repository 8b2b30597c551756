"""Tools of the sync fault tests: a loopback TCP proxy in front of the test server's unix socket that cuts the
connection at a chosen point, and the check that a client profile and the shared database are in step."""

from __future__ import annotations

import contextlib
import random
import re
import socket
import struct
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from opdstudio.core.services import posts
from opdstudio.core.storage.database import Database
from tests.sync.shared import SharedWorld

TABLES = ("post", "posttarget", "postvariant", "auditevent")
COMMITTED_TAGS = (b"COMMIT\x00", b"CALL\x00")  # CommandComplete tags sent after the server committed


@dataclass
class Cut:
    """Where the proxy cuts: after ``offset`` bytes of one direction ("c2s" or "s2c"), counted over every
    connection of the round; or (``commit`` = n) just before the n-th COMMIT acknowledgement (0-based) reaches the
    client, i.e. after the server committed but before the client read the reply. The end of a ``CALL`` counts as
    one: a pushed batch is committed entry by entry inside it."""

    direction: str = "s2c"
    offset: int = 0
    commit: int | None = None


class CuttingProxy:
    """A threading TCP server on 127.0.0.1 that forwards to the server's unix socket, counts the bytes of each
    direction and closes both ends at the armed :class:`Cut` (once; afterwards it forwards cleanly)."""

    def __init__(self, unix_path: str) -> None:
        self.unix_path = unix_path
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._cut: Cut | None = None
        self.fired = False
        self.counts = {"c2s": 0, "s2c": 0}
        self.commits = 0
        self._closing = False
        self._threads: list[threading.Thread] = []
        self._accepter = threading.Thread(target=self._accept, name="cutting-proxy", daemon=True)
        self._accepter.start()

    def arm(self, cut: Cut | None) -> None:
        """Start a round: reset the counters and cut at ``cut`` (None: forward everything)."""
        with self._lock:
            self._cut, self.fired = cut, False
            self.counts = {"c2s": 0, "s2c": 0}
            self.commits = 0

    def close(self) -> None:
        self._closing = True
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        self._listener.close()
        self._accepter.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                server.connect(self.unix_path)
            except OSError:
                client.close()
                server.close()
                continue
            pair = _Pair(self, client, server)
            self._threads = [t for t in self._threads if t.is_alive()]
            for target in (pair.client_to_server, pair.server_to_client):
                thread = threading.Thread(target=target, daemon=True)
                thread.start()
                self._threads.append(thread)

    def _allow(self, direction: str, chunk: bytes) -> int:
        """How many bytes of ``chunk`` may pass (fewer than its length: cut now)."""
        with self._lock:
            cut = self._cut
            if self.fired or cut is None or cut.commit is not None or cut.direction != direction:
                self.counts[direction] += len(chunk)
                return len(chunk)
            room = cut.offset - self.counts[direction]
            if room >= len(chunk):
                self.counts[direction] += len(chunk)
                return len(chunk)
            self.fired = True
            self.counts[direction] += max(room, 0)
            return max(room, 0)

    def _commit_seen(self) -> bool:
        """A COMMIT acknowledgement is about to pass: whether to cut before it."""
        with self._lock:
            cut = self._cut
            n, self.commits = self.commits, self.commits + 1
            if self.fired or cut is None or cut.commit is None or n != cut.commit:
                return False
            self.fired = True
            return True


class _Pair:
    """One proxied connection."""

    def __init__(self, proxy: CuttingProxy, client: socket.socket, server: socket.socket) -> None:
        self.proxy, self.client, self.server = proxy, client, server
        self._closed = threading.Event()

    def _close(self) -> None:
        if self._closed.is_set():
            return
        self._closed.set()
        for sock in (self.client, self.server):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def client_to_server(self) -> None:
        try:
            while True:
                chunk = self.client.recv(65536)
                if not chunk:
                    break
                allowed = self.proxy._allow("c2s", chunk)
                self.server.sendall(chunk[:allowed])
                if allowed < len(chunk):
                    break
        except OSError:
            pass
        self._close()

    def server_to_client(self) -> None:
        """Forward whole protocol messages (every server message is type byte + int32 length) so a COMMIT
        acknowledgement can be held back; a byte cut may still fall inside a message."""
        pending = b""
        try:
            while True:
                chunk = self.server.recv(65536)
                if not chunk:
                    break
                pending += chunk
                out = bytearray()
                cut = False
                while len(pending) >= 5:
                    length = struct.unpack("!I", pending[1:5])[0]
                    if len(pending) < 1 + length:
                        break
                    message, pending = pending[: 1 + length], pending[1 + length :]
                    if message[:1] == b"C" and message[5:] in COMMITTED_TAGS and self.proxy._commit_seen():
                        cut = True
                        break
                    out += message
                if out:
                    allowed = self.proxy._allow("s2c", bytes(out))
                    self.client.sendall(bytes(out[:allowed]))
                    cut = cut or allowed < len(out)
                if cut:
                    break
        except OSError:
            pass
        self._close()


def unix_socket_path(world: SharedWorld) -> str:
    """The server's unix socket (``<socket dir>/.s.PGSQL.<port>``)."""
    found = sorted(Path(world.db.socket_dir).glob(".s.PGSQL.*"))
    found = [p for p in found if not p.name.endswith(".lock")]
    assert len(found) == 1, found
    return str(found[0])


def tcp_url(world: SharedWorld, key: str, port: int) -> str:
    return (
        f"postgresql://{world.people[key].login}@127.0.0.1:{port}/{world.db.name}"
        "?sslmode=disable&gssencmode=disable&connect_timeout=10"
    )


def new_post(db: Database, world: SharedWorld, key: str, rng: random.Random) -> str:
    with db.session() as s:
        return posts.create_post(
            s,
            world.people[key].id,
            world.bidang,
            title=f"Posyandu {rng.randrange(10**6)}",
            main_text=f"Posyandu Melati buka hari Sabtu, pukul {rng.randrange(7, 12)}.",
            target_account_ids=[world.instagram, world.facebook],
        ).id


def edit_post(db: Database, world: SharedWorld, key: str, post_id: str, rng: random.Random) -> None:
    n = rng.randrange(10**6)
    edit = posts.PostEdit(title=f"Judul {n}") if rng.random() < 0.5 else posts.PostEdit(main_text=f"Isi baru {n}.")
    with db.session() as s:
        posts.edit_post(s, world.people[key].id, post_id, edit)


def post_ids(db: Database, world: SharedWorld) -> list[str]:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT id FROM post WHERE organisation_id = :o ORDER BY id"), {"o": world.bidang})
        return [str(r[0]) for r in rows]


_LOCAL = {
    "post": "SELECT id, rev, server_version, title, main_text, status, content_hash FROM post "
    "WHERE organisation_id = ?",
    "posttarget": "SELECT t.id, t.rev, t.server_version, t.account_id, t.deleted_at IS NULL FROM posttarget t "
    "JOIN post p ON p.id = t.post_id WHERE p.organisation_id = ?",
    "postvariant": "SELECT v.id, v.rev, v.server_version, v.platform, v.text FROM postvariant v "
    "JOIN post p ON p.id = v.post_id WHERE p.organisation_id = ?",
    "auditevent": "SELECT id, rev, server_version, seq, action, event_hash FROM auditevent WHERE organisation_id = ?",
}


def _server_sql(local: str) -> str:
    return re.sub(r"\b(FROM|JOIN) (\w+)", r"\1 app.\2", local).replace("?", "%s")


def assert_in_step(db: Database, world: SharedWorld) -> dict[str, int]:
    """The profile and the server agree: nothing pending, every entry pushed exactly once (the server's ledger
    holds exactly the client's sent entries), and the same rows with the same revs and versions on both sides.
    Returns the row counts per table."""
    with db.engine.connect() as conn:
        client_id = str(conn.exec_driver_sql("SELECT client_id FROM sync_state WHERE id = 1").scalar_one())
        states: dict[str, int] = dict(conn.exec_driver_sql("SELECT state, count(*) FROM outbox GROUP BY state").all())
        sent = {int(r[0]) for r in conn.exec_driver_sql("SELECT seq FROM outbox WHERE state = 'sent'")}
        local = {t: {str(r[0]): tuple(r[1:]) for r in conn.exec_driver_sql(_LOCAL[t], (world.bidang,))} for t in TABLES}
    assert set(states) <= {"sent"}, f"outbox states {states}"  # one writer: no conflict, rejection or leftover
    with world.db.superuser() as sconn:
        ledger = sconn.execute(
            "SELECT seq, outcome FROM app.applied_mutation WHERE client_id = %s", (client_id,)
        ).fetchall()
        server = {}
        for t in TABLES:
            rows = sconn.execute(_server_sql(_LOCAL[t]), (world.bidang,)).fetchall()
            server[t] = {str(r[0]): tuple(r[1:]) for r in rows}
    assert {int(s) for s, _ in ledger} == sent and len(ledger) == len(sent)
    assert {o for _, o in ledger} <= {"applied"}
    for t in TABLES:
        assert all(v[1] is not None for v in local[t].values()), f"{t}: a local row without server_version"
        if local[t] != server[t]:
            only_local = {k: v for k, v in local[t].items() if server[t].get(k) != v}
            only_server = {k: v for k, v in server[t].items() if local[t].get(k) != v}
            raise AssertionError(f"{t} differs: local {only_local} server {only_server}")
    return {t: len(local[t]) for t in TABLES}
