"""Operator administration of the shared database: create/upgrade it, add organisations and people, reset
passwords, verify the audit chains. The CLI (``opdstudio server …``) calls these."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlmodel import Session

from ..domain.enums import Role
from ..errors import OpdError
from ..services.audit import ChainProblem, verify_chain
from ..services.people import check_login, check_password
from .connection import scram_verifier
from .protocol import refusals_as_errors
from .roles import ServerRoles, ensure_roles, quote_ident
from .server_schema import SCHEMA, database_roles, upgrade

MIN_SERVER_VERSION = 140000
IDLE_TIMEOUT = "60s"


@dataclass(frozen=True)
class InitResult:
    """What ``server init`` did."""

    database: str
    roles: ServerRoles
    revision_before: str | None
    revision_after: str


def init_server(engine: Engine, target: str = "head") -> InitResult:
    """Create or upgrade the shared schema (to ``target``, the newest by default) and its roles; run as a superuser,
    any number of times."""
    with engine.begin() as conn:
        facts = conn.execute(
            text(
                "SELECT current_setting('server_version_num')::int, current_setting('server_encoding'), "
                "current_database(), (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
            )
        ).one()
        version, encoding, database, superuser = facts
        if version < MIN_SERVER_VERSION:
            raise OpdError("OPD Studio memerlukan PostgreSQL 14 atau lebih baru.", "OPD Studio needs PostgreSQL 14+.")
        if encoding != "UTF8":
            raise OpdError(
                f"Basis data harus berenkode UTF8 (sekarang {encoding}).",
                f"The database must use the UTF8 encoding (it uses {encoding}).",
            )
        if not superuser:
            raise OpdError(
                "Jalankan 'server init' dengan akun superuser PostgreSQL (mis. postgres).",
                "Run 'server init' with a PostgreSQL superuser account (e.g. postgres).",
            )
        roles = database_roles(conn)
        ensure_roles(conn, roles)
        db = quote_ident(database)
        # A client cut off mid-push must not hold the counter row (and so every writer) for long.
        conn.exec_driver_sql(f"ALTER DATABASE {db} SET idle_in_transaction_session_timeout = '{IDLE_TIMEOUT}'")
        conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {db} FROM PUBLIC")
        conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {db} TO {quote_ident(roles.member)}")
        conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA} AUTHORIZATION {quote_ident(roles.owner)}")
        before, after = upgrade(conn, target)
    return InitResult(database, roles, before, after)


def create_database(engine: Engine, name: str) -> None:
    """Create the database ``name`` (UTF8) for ``server init``; refused plainly when the login may not."""
    with engine.connect() as conn:
        allowed = conn.execute(
            text("SELECT rolsuper OR rolcreatedb FROM pg_roles WHERE rolname = current_user")
        ).scalar_one()
    if not allowed:
        raise OpdError(
            f"Basis data '{name}' belum ada dan login ini tidak boleh membuatnya. Buat dulu (createdb {name}) atau "
            "pakai superuser PostgreSQL.",
            f"The database '{name}' does not exist and this login may not create it. Create it first "
            f"(createdb {name}) or use a PostgreSQL superuser.",
        )
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {quote_ident(name)} ENCODING 'UTF8' TEMPLATE template0")


def find_org(conn: Connection, key: str) -> str:
    """The id of the organisation whose id or exact name is ``key``."""
    ids = (
        conn.execute(
            text("SELECT id FROM app.organisation WHERE (id = :key OR name = :key) AND deleted_at IS NULL"),
            {"key": key},
        )
        .scalars()
        .all()
    )
    if len(ids) != 1:
        raise OpdError(
            f"Organisasi '{key}' tidak ditemukan (atau tidak unik).", f"Organisation '{key}' not found (or not unique)."
        )
    return str(ids[0])


def add_org(conn: Connection, name: str, kind: str, parent: str | None = None, short_name: str = "") -> str:
    """Add an organisation (under ``parent``, an id or exact name); returns its id."""
    parent_id = find_org(conn, parent) if parent else None
    with refusals_as_errors():
        return str(
            conn.execute(
                text("SELECT app.admin_add_org(:name, :kind, :parent, :short)"),
                {"name": name, "kind": kind, "parent": parent_id, "short": short_name},
            ).scalar_one()
        )


def login_exists(conn: Connection, login: str) -> bool:
    """Whether a person with this login is on the server."""
    return conn.execute(text("SELECT 1 FROM app.person WHERE login = :login"), {"login": login}).first() is not None


def add_user(conn: Connection, login: str, name: str, password: str, title: str = "") -> str:
    """Create the person and their PostgreSQL login role, with its connection and time limits; returns the
    person's id."""
    login = check_login(login)
    check_password(password)
    with refusals_as_errors():
        person_id = conn.execute(
            text("SELECT app.admin_add_user(:login, :name, :title, :verifier)"),
            {"login": login, "name": name, "title": title, "verifier": scram_verifier(conn, login, password)},
        ).scalar_one()
        if conn.execute(text("SELECT to_regprocedure('app.admin_limit_login(text, integer)')")).scalar():
            conn.execute(text("SELECT app.admin_limit_login(:login)"), {"login": login})  # else set by 0004
        return str(person_id)


def grant_role(conn: Connection, login: str, org: str, role: Role, level: int = 1) -> str:
    """Give the login ``role`` in the organisation ``org`` (id or exact name); returns the membership id."""
    org_id = find_org(conn, org)
    with refusals_as_errors():
        return str(
            conn.execute(
                text("SELECT app.admin_grant(:login, :org, :role, :level)"),
                {"login": login.strip().lower(), "org": org_id, "role": str(role), "level": level},
            ).scalar_one()
        )


def set_password(conn: Connection, login: str, password: str) -> None:
    """Replace the login's PostgreSQL password."""
    login = login.strip().lower()
    check_password(password)
    with refusals_as_errors():
        conn.execute(
            text("SELECT app.admin_set_password(:login, :verifier)"),
            {"login": login, "verifier": scram_verifier(conn, login, password)},
        )


def generate_password() -> str:
    """A fresh password to hand to a new person (shown once)."""
    return secrets.token_urlsafe(12)


def verify_audit(engine: Engine, organisation_id: str | None = None) -> list[ChainProblem]:
    """Recompute the audit chains the connected role may read, in Python, independently of the server's trigger."""
    server = engine.execution_options(schema_translate_map={None: SCHEMA})
    with Session(server) as session:
        return verify_chain(session, organisation_id)
