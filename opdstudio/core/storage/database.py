"""The one place that opens the local database and hands out sessions."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext
from sqlmodel import Session

from ..errors import OpdError
from .backups import DamagedProfileError, daily_backup, ensure_sound, full_check_due, is_damage
from .migrations_runner import migrate
from .profile import ProfilePaths

log = logging.getLogger(__name__)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def sqlite_engine(paths: ProfilePaths) -> Engine:
    """An engine on the profile file with WAL, synchronous=FULL and foreign keys on every connection; SQLite
    saying the file is damaged, at any statement, surfaces as DamagedProfileError."""
    engine = create_engine(f"sqlite:///{paths.database}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas)

    def damaged(context: ExceptionContext) -> None:
        if is_damage(context.original_exception):
            raise DamagedProfileError(paths, str(context.original_exception)) from context.original_exception

    event.listen(engine, "handle_error", damaged)
    return engine


class Database:
    """An opened, migrated profile database; ``session()`` is the only way services reach it."""

    def __init__(self, engine: Engine, paths: ProfilePaths | None = None) -> None:
        self.engine = engine
        self.paths = paths
        # Run on every new session (open_profile installs the sync outbox hook, core.sync.outbox).
        self.session_hooks: list[Callable[[Session], None]] = []

    @classmethod
    def open_profile(cls, root: Path) -> Database:
        """Open (creating if needed) the profile in ``root``: refuse a damaged file (header always, quick_check as
        ``full_check_due`` says), back up, migrate, refuse a newer schema, and make the day's backup on the first
        open of the day."""
        paths = ProfilePaths(Path(root))
        paths.root.mkdir(parents=True, exist_ok=True)
        existed = paths.database.exists()
        ensure_sound(paths, full=full_check_due(paths))
        engine = sqlite_engine(paths)
        try:
            migrate(engine, backup_dir=paths.backups, database_file=paths.database)
        except BaseException:
            engine.dispose()  # do not keep the refused file open
            raise
        if existed:
            try:
                daily_backup(paths)
            except (OSError, sqlite3.Error, OpdError) as exc:  # no backup today must not stop the day's work
                log.warning("daily backup failed: %s", exc)
        from ..sync.outbox import record_writes

        db = cls(engine, paths)
        db.session_hooks.append(record_writes)
        return db

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends normally and rolls back otherwise."""
        with Session(self.engine, expire_on_commit=False) as session:
            for hook in self.session_hooks:
                hook(session)
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()
