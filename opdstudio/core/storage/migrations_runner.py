"""Alembic migrations of the local profile: back up first, refuse a schema newer than the app."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine

from ..errors import ProfileError

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    """The Alembic configuration of the local schema (no ini file needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest schema revision this build of OPD Studio knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None for an empty file."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine, *, backup_dir: Path | None = None, database_file: Path | None = None) -> None:
    """Bring the schema to head; back up the file before changing an existing schema."""
    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    current = current_revision(engine)
    head = script.get_current_head()
    if current == head:
        return
    if current is not None:
        try:
            script.get_revision(current)
        except CommandError:
            raise ProfileError(
                f"Profil ini dibuat oleh versi OPD Studio yang lebih baru (skema {current}). "
                "Perbarui OPD Studio untuk membukanya; data Anda tidak diubah.",
                f"This profile was made by a newer OPD Studio (schema {current}). "
                "Update OPD Studio to open it; your data was not changed.",
            ) from None
        if backup_dir is not None and database_file is not None and database_file.exists():
            from .database import backup_sqlite

            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            backup_sqlite(database_file, backup_dir / f"opdstudio-{current}-{stamp}.sqlite3")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
