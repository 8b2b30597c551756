"""Connecting to the shared database with a person's own login (psycopg 3 through SQLAlchemy).

URLs are libpq's: ``postgresql://login@host:5432/db?sslmode=verify-full&sslrootcert=/path/ca.pem``, or a unix
socket as ``postgresql://login@/db?host=/run/postgresql``. The password is given separately (from the keyring or
a prompt), never written into the URL, a file or a log; without one libpq still reads ``PGPASSWORD`` and
``~/.pgpass``.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from ..errors import OpdError


def server_engine(url: str, password: str | None = None) -> Engine:
    """An engine on the shared database at ``url``, logging in with ``password`` when one is given."""
    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        raise OpdError(
            f"Alamat server tidak dikenali: {url!r}. Contoh: postgresql://login@host:5432/opdstudio",
            f"Unrecognised server address: {url!r}. Example: postgresql://login@host:5432/opdstudio",
        ) from None
    if parsed.drivername not in ("postgresql", "postgres", "postgresql+psycopg"):
        raise OpdError("Alamat server harus diawali postgresql://", "The server address must start with postgresql://")
    parsed = parsed.set(drivername="postgresql+psycopg")
    if password is not None:
        parsed = parsed.set(password=password)
    return create_engine(parsed, pool_pre_ping=True)


def is_connect_failure(exc: DBAPIError) -> bool:
    """Whether the error is about reaching or logging in to the server (not about a statement)."""
    state = getattr(exc.orig, "sqlstate", None)
    return state is None or state[:2] in ("08", "28") or state == "3D000"


def scram_verifier(conn: Connection, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password`` for ``login``, computed here so the password never travels."""
    raw = cast(Any, conn.connection.dbapi_connection)
    verifier: bytes = raw.pgconn.encrypt_password(password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256")
    return verifier.decode("ascii")
