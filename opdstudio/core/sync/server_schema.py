"""The shared database's schema: Alembic migrations in ``storage/shared_migrations``, run as the owner role.

Each revision's SQL lives in ``shared_migrations/sql/<revision>/*.sql`` and runs in file-name order, with the
role placeholders (``@owner@``, ``@member_name@`` …, see :class:`ServerRoles`) filled in for the database.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, cast

from alembic import command, op
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection

from ..errors import OpdError
from .roles import ServerRoles, quote_ident

SHARED_MIGRATIONS = Path(__file__).resolve().parents[1] / "storage" / "shared_migrations"
SCHEMA = "app"


def alembic_config() -> Config:
    """The Alembic configuration of the shared schema (no ini file needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(SHARED_MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The newest shared-schema revision this build of OPD Studio knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


@cache
def known_revisions() -> tuple[str, ...]:
    """Every shared-schema revision this build knows, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return tuple(reversed([r.revision for r in script.walk_revisions()]))


def check_server_schema(conn: Connection) -> None:
    """Refuse to sync with a shared database whose schema is not the one this build of OPD Studio speaks."""
    found = current_revision(conn)
    head = head_revision()
    if found == head:
        return
    if found is None:
        raise OpdError(
            "Basis data bersama belum disiapkan. Minta operator Diskominfo menjalankan 'opdstudio server init'; "
            "perubahan Anda tetap tersimpan di sini.",
            "The shared database is not set up yet. Ask the Diskominfo operator to run 'opdstudio server init'; "
            "your changes stay saved here.",
        )
    if found in known_revisions():
        raise OpdError(
            f"Skema basis data bersama (revisi {found}) lebih lama dari yang dibutuhkan OPD Studio ini ({head}). "
            "Minta operator Diskominfo menjalankan 'opdstudio server init'; perubahan Anda tetap tersimpan di sini.",
            f"The shared database's schema (revision {found}) is older than this OPD Studio needs ({head}). "
            "Ask the Diskominfo operator to run 'opdstudio server init'; your changes stay saved here.",
        )
    raise OpdError(
        f"Basis data bersama memakai skema yang lebih baru (revisi {found}). Perbarui OPD Studio; perubahan Anda "
        "tetap tersimpan di sini.",
        f"The shared database has a newer schema (revision {found}). Update OPD Studio; your changes stay saved here.",
    )


def current_revision(conn: Connection) -> str | None:
    """The shared-schema revision of the database, or None before ``server init``."""
    if conn.exec_driver_sql(f"SELECT to_regclass('{SCHEMA}.alembic_version')").scalar() is None:
        return None
    return MigrationContext.configure(conn, opts={"version_table_schema": SCHEMA}).get_current_revision()


def database_roles(conn: Connection) -> ServerRoles:
    """The group roles of the database ``conn`` is connected to."""
    return ServerRoles.for_database(str(conn.exec_driver_sql("SELECT current_database()").scalar_one()))


def upgrade(conn: Connection, target: str = "head") -> tuple[str | None, str]:
    """Bring the schema to ``target`` (the newest by default) inside the caller's transaction, as the owner;
    returns (before, after).

    Refuses a database whose schema is newer than this build.
    """
    cfg = alembic_config()
    script = ScriptDirectory.from_config(cfg)
    before = current_revision(conn)
    if before is not None:
        try:
            script.get_revision(before)
        except CommandError:
            raise OpdError(
                f"Basis data bersama memakai skema yang lebih baru (revisi {before}). Perbarui OPD Studio dulu; "
                "tidak ada yang diubah.",
                f"The shared database has a newer schema (revision {before}). Update OPD Studio first; "
                "nothing was changed.",
            ) from None
    conn.exec_driver_sql(f"SET LOCAL ROLE {quote_ident(database_roles(conn).owner)}")
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, target)
    conn.exec_driver_sql("RESET ROLE")
    return before, head_revision() if target == "head" else target


def run_sql_files(revision: str) -> None:
    """Run one revision's SQL files on the migration's connection (called from a migration's ``upgrade()``)."""
    bind = op.get_bind()
    substitutions = database_roles(bind).substitutions()
    # The psycopg connection itself: without parameters it sends the script as is ('%' stays '%').
    raw = cast(Any, bind.connection.driver_connection)
    for path in sorted((SHARED_MIGRATIONS / "sql" / revision).glob("*.sql")):
        sql = path.read_text(encoding="utf-8")
        for placeholder, value in substitutions.items():
            sql = sql.replace(placeholder, value)
        raw.execute(sql)
