"""A PostgreSQL from pgserver's binaries that listens on 127.0.0.1 and wants scram-sha-256 passwords over TCP."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pgserver
from pgserver._commands import pg_ctl


@contextmanager
def scram_server(pgdata: Path, superuser_password: str) -> Iterator[int]:
    """Start the server in ``pgdata`` (superuser ``postgres`` with ``superuser_password``); yields its TCP port.

    TCP logins need their password; the unix socket stays trusted for the tests' own look at the result.
    """
    server = pgserver.get_server(pgdata, cleanup_mode="stop")
    server.psql(f"ALTER ROLE postgres PASSWORD '{superuser_password}'")
    (pgdata / "pg_hba.conf").write_text("local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    socket_dir = server.get_postmaster_info().socket_dir
    options = f"-h 127.0.0.1 -p {port} -k {socket_dir} -c password_encryption=scram-sha-256"
    pg_ctl(["-w", "restart", "-o", options], pgdata=pgdata, user=server.system_user, timeout=30)
    try:
        yield port
    finally:
        server.cleanup()
