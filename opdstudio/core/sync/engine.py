"""The sync engine the app and the CLI drive: push the outbox, pull, fetch the photo originals the pulled rows
name, and say how it went.

``SyncEngine(db, connect).sync(progress, cancelled) -> SyncReport`` and ``status() -> SyncStatus``. ``connect``
returns a new psycopg connection logged in as the person (the caller handles the URL and the password). When the
server cannot be reached, nothing local changes, every entry stays pending and :class:`SyncOffline` (an OpdError
with Indonesian and English messages) is raised. ``progress(stage, done, total)`` is called with stage "push",
"pull" or "photos"; ``cancelled()`` returning true stops between entries / pages / photos (what is done stays
done).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from sqlalchemy import Engine, create_engine, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from ..domain.sync_models import OutboxState
from ..domain.types import utcnow
from ..errors import OpdError
from ..storage.database import Database
from . import conflicts, outbox
from .connection import is_connect_failure
from .photo_download import download_missing_photos
from .protocol import refusal
from .pull import local_transaction, pull
from .push import push
from .server_schema import check_server_schema

Progress = Callable[[str, int, int], None]


class SyncOffline(OpdError):
    """The server could not be reached (or the login was refused); everything stays pending."""


@dataclass(frozen=True)
class SyncReport:
    """What one sync did."""

    pushed: int  # entries the server applied (or already held)
    pulled: int  # rows written locally from the server
    photos: int  # photo originals downloaded from the server
    conflicts: int  # new conflict copies (the server version won)
    rejected: int  # entries the server refused in this sync
    pending: int  # entries still waiting (cancelled, or a photo file missing)
    duration: float  # seconds


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows."""

    pending: int
    conflicts: int  # conflict copies not yet looked at
    rejected: int  # refused entries (kept with their reason)
    last_synced_at: datetime | None


class SyncEngine:
    """Push then pull against the shared database, one person's login at a time."""

    def __init__(self, db: Database, connect: Callable[[], psycopg.Connection[Any]]) -> None:
        self.db = db
        self._connect = connect
        self._server: Engine = create_engine("postgresql+psycopg://", creator=self._new_connection, poolclass=NullPool)

    def _new_connection(self) -> psycopg.Connection[Any]:
        return self._connect()

    def client_id(self) -> str:
        """This installation's id towards the server (made on first use)."""
        with local_transaction(self.db) as conn:
            return str(outbox.sync_state(conn)["client_id"])

    def status(self) -> SyncStatus:
        """Pending, conflicts and rejections as stored locally (no server needed)."""
        with self.db.engine.connect() as conn:
            state = outbox.sync_state(conn)
            conn.commit()
            return SyncStatus(
                pending=outbox.count(conn, OutboxState.PENDING),
                conflicts=conflicts.open_count(conn),
                rejected=outbox.count(conn, OutboxState.REJECTED),
                last_synced_at=state["last_synced_at"],
            )

    def sync(self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> SyncReport:
        """Push every pending local write, pull what changed on the server, then the photo bytes it lacks."""
        started = time.monotonic()
        client_id = self.client_id()
        try:
            # One connection for the whole sync, in autocommit: every call is its own server transaction.
            with self._server.connect() as server:
                server = server.execution_options(isolation_level="AUTOCOMMIT")
                check_server_schema(server)
                pushed = push(self.db, server, client_id, progress=progress, cancelled=cancelled)
                pulled = pull(self.db, server, progress=progress, cancelled=cancelled)
                photos = download_missing_photos(self.db, server, progress=progress, cancelled=cancelled)
        except (DBAPIError, psycopg.Error) as exc:
            raise self._failure(exc) from None
        with local_transaction(self.db) as conn:
            if not (cancelled is not None and cancelled()) and not pushed.blocked:
                conn.execute(
                    update(outbox.SYNC_STATE)
                    .where(outbox.SYNC_STATE.c.id == 1)
                    .values(last_synced_at=utcnow(), last_error="")
                )
            pending = outbox.count(conn, OutboxState.PENDING)
        return SyncReport(
            pushed=pushed.pushed,
            pulled=pulled,
            photos=photos,
            conflicts=pushed.conflicts,
            rejected=pushed.rejected,
            pending=pending,
            duration=time.monotonic() - started,
        )

    def _failure(self, exc: DBAPIError | psycopg.Error) -> OpdError:
        if isinstance(exc, DBAPIError):
            readable = refusal(exc)
            if readable is not None:
                return readable
            offline = is_connect_failure(exc)
            reason = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else type(exc.orig).__name__
        else:
            state = exc.sqlstate
            offline = state is None or state[:2] in ("08", "28") or state == "3D000"
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if offline:
            return SyncOffline(
                f"Server tidak dapat dihubungi; perubahan tetap tersimpan dan dikirim nanti. ({reason})",
                f"The server cannot be reached; changes stay saved and are sent later. ({reason})",
            )
        return OpdError(f"Sinkronisasi gagal: {reason}", f"Sync failed: {reason}")

    def close(self) -> None:
        """Release the server engine."""
        self._server.dispose()
