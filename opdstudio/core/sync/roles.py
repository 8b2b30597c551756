"""The PostgreSQL roles of a shared database, named after the database so several can share one cluster.

``<db>_owner`` (NOLOGIN, CREATEROLE) owns the schema, every table and every function; nobody logs in as it.
``<db>_member`` (NOLOGIN) is granted to every person's login role and carries the table privileges that
row-level security then narrows. ``<db>_operator`` (NOLOGIN) is granted to operators' logins in addition and
may execute the ``app.admin_*`` functions. Person logins are ordinary LOGIN roles named like ``Person.login``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection

_UNSAFE = re.compile(r"[^a-z0-9_]+")
PREFIX_MAX = 40  # leaves room for "_operator" inside PostgreSQL's 63-byte names


@dataclass(frozen=True)
class ServerRoles:
    """The three group roles of one shared database."""

    owner: str
    member: str
    operator: str

    @classmethod
    def for_database(cls, database: str) -> ServerRoles:
        """The group role names of ``database`` (lower case, a-z 0-9 _, at most 40 characters of prefix)."""
        prefix = _UNSAFE.sub("_", database.lower()).strip("_")[:PREFIX_MAX] or "opd"
        if prefix[0].isdigit():
            prefix = "opd_" + prefix[: PREFIX_MAX - 4]
        return cls(owner=f"{prefix}_owner", member=f"{prefix}_member", operator=f"{prefix}_operator")

    def substitutions(self) -> dict[str, str]:
        """Placeholders of the migration SQL: ``@owner@`` (identifier) and ``@owner_name@`` (string literal)."""
        out: dict[str, str] = {}
        for key in ("owner", "member", "operator"):
            name = getattr(self, key)
            out[f"@{key}@"] = quote_ident(name)
            out[f"@{key}_name@"] = "'" + name.replace("'", "''") + "'"
        return out


def quote_ident(name: str) -> str:
    """``name`` as a quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def role_exists(conn: Connection, name: str) -> bool:
    """Whether the cluster has a role called ``name``."""
    return conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).first() is not None


def ensure_roles(conn: Connection, roles: ServerRoles) -> None:
    """Create the owner (as the connected superuser), then the two groups as the owner so it administers them."""
    if role_exists(conn, roles.owner):
        conn.exec_driver_sql(f"ALTER ROLE {quote_ident(roles.owner)} NOLOGIN CREATEROLE")
    else:
        conn.exec_driver_sql(f"CREATE ROLE {quote_ident(roles.owner)} NOLOGIN CREATEROLE")
    missing = [name for name in (roles.member, roles.operator) if not role_exists(conn, name)]
    if missing:
        conn.exec_driver_sql(f"SET LOCAL ROLE {quote_ident(roles.owner)}")
        for name in missing:
            conn.exec_driver_sql(f"CREATE ROLE {quote_ident(name)} NOLOGIN")
        conn.exec_driver_sql("RESET ROLE")
