"""Alembic migrations of the local profile: back up first, refuse a schema newer than the app."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from ..errors import ProfileError
from .backups import backup_sqlite

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r'^(down_revision|revision)\s*=\s*["\']?([^"\'\s]+)["\']?\s*$', re.MULTILINE)


def alembic_config() -> Config:
    """The Alembic configuration of the local schema (no ini file needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest schema revision this build of OPD Studio knows."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def quick_head_revision() -> str | None:
    """The head of a linear chain read straight from the version files, without importing Alembic.

    Opening a profile that is already up to date then costs no Alembic import (~150 ms of start-up).
    """
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found: dict[str, str] = {m[1]: m[2] for m in _REVISION.finditer(path.read_text(encoding="utf-8"))}
        if "revision" in found:
            revisions.add(found["revision"])
            parents.add(found.get("down_revision", "None"))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None for an empty file."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, *, backup_dir: Path | None = None, database_file: Path | None = None) -> None:
    """Bring the schema to head; back up the file before changing an existing schema."""
    current = current_revision(engine)
    if current is not None and current == quick_head_revision():
        return
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
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
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            backup_sqlite(database_file, backup_dir / f"opdstudio-{current}-{stamp}.sqlite3")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
