"""Logging in to the shared database from the command line: the address, the password's source, an engine."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from opdstudio.core.errors import OpdError

from .common import ask_secret, at_terminal, say, stdin_line

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from opdstudio.core.sync.credentials import Credential, ServerAddress
    from opdstudio.core.sync.settings import SharedDbSettings

URL_ENV = "OPDSTUDIO_SERVER_URL"
T = TypeVar("T")


def address_of(url: str | None) -> ServerAddress:
    """The server ``--url`` (or ``$OPDSTUDIO_SERVER_URL``) names; an error that says how to name one."""
    from opdstudio.core.sync.credentials import parse_server_url

    url = url or os.environ.get(URL_ENV)
    if not url:
        raise OpdError(
            f"Sebutkan server dengan --url atau variabel lingkungan {URL_ENV}.",
            f"Name the server with --url or the {URL_ENV} environment variable.",
        )
    return parse_server_url(url)


def log_in(args: argparse.Namespace, address: ServerAddress, who_id: str, who_en: str) -> Credential:
    """Find the password of ``address``'s login (``--password-stdin``, PGPASSWORD, ~/.pgpass, keyring, prompt),
    check it by connecting once, and return it; ``-v`` says which source it came from."""
    from opdstudio.core.sync.credentials import Credential, connect_with_credentials
    from opdstudio.core.sync.settings import PasswordVault

    s = address.settings
    explicit = None
    if getattr(args, "server_password_stdin", False):
        explicit = Credential(stdin_line("kata sandi server", "server password"), "--password-stdin")

    def prompt() -> str:
        where = f"{s.login}@{s.host}:{s.port}/{s.database}"
        return ask_secret(f"{who_id} ({where}) / {who_en}: ")

    conn, credential = connect_with_credentials(
        address, explicit=explicit, vault=PasswordVault(), prompt=prompt if at_terminal() else None
    )
    conn.close()
    say(args, f"kata sandi dari / password from: {credential.source}")
    return credential


def engine_for(settings: SharedDbSettings, credential: Credential) -> Engine:
    """An SQLAlchemy engine whose connections open the way :func:`log_in` checked (classified errors)."""
    from sqlalchemy import create_engine

    from opdstudio.core.sync.settings import open_connection

    def creator() -> Any:
        return open_connection(settings, credential.password)

    return create_engine("postgresql+psycopg://", creator=creator)


@contextmanager
def server_engine(
    args: argparse.Namespace, address: ServerAddress, who: tuple[str, str], credential: Credential | None = None
) -> Iterator[Engine]:
    """An engine logged in as ``address``'s login (with ``credential``, else found by :func:`log_in`); a statement
    the server refuses is told plainly."""
    from sqlalchemy.exc import DBAPIError

    engine = engine_for(address.settings, credential or log_in(args, address, *who))
    try:
        yield engine
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0]
        raise OpdError(f"Server menolak: {reason}", f"The server refused: {reason}") from None
    finally:
        engine.dispose()


def with_server(
    args: argparse.Namespace, address: ServerAddress, who: tuple[str, str], work: Callable[[Engine], T]
) -> T:
    """``work(engine)`` on :func:`server_engine`."""
    with server_engine(args, address, who) as engine:
        return work(engine)
