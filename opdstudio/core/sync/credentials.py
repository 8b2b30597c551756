"""Server addresses and passwords the way PostgreSQL users expect them.

:func:`parse_server_url` turns ``postgresql://login@host:5432/db?sslmode=…`` into :class:`SharedDbSettings` with
a clear message for a missing scheme or a port that is not a number. :func:`connect_with_credentials` finds the
password in libpq's order — an explicit one (``--password-stdin``), ``PGPASSWORD``, the password file
(``PGPASSFILE`` or ``~/.pgpass``, with libpq's matching rules), then the OS keyring entry the window saved, then a
labelled prompt when a person is at a terminal — and says which source it used. A password is never written into a
URL, a file or a log.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote, urlsplit

from ..errors import OpdError
from .settings import (
    DEFAULT_SSLMODE,
    PasswordMissing,
    PasswordRefused,
    PasswordVault,
    SharedDbSettings,
    open_connection,
)

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
EXAMPLE = "postgresql://login@host:5432/opd"


@dataclass(frozen=True)
class ServerAddress:
    """A parsed server URL: the settings to keep and a password the URL itself carried (never kept)."""

    settings: SharedDbSettings
    url_password: str | None = None


def parse_server_url(url: str) -> ServerAddress:
    """The server named by a libpq URL; :class:`OpdError` naming what is wrong with it."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme.lower() not in SCHEMES or not text.lower().startswith(parts.scheme.lower() + "://"):
        raise OpdError(
            f"Alamat server {text!r} harus diawali postgresql://, contoh: {EXAMPLE}",
            f"The server address {text!r} must start with postgresql://, for example: {EXAMPLE}",
        )
    try:
        port = parts.port
    except ValueError:
        raw = parts.netloc.rsplit(":", 1)[-1]
        raise OpdError(
            f"Port {raw!r} pada alamat server bukan angka 1–65535, contoh: {EXAMPLE}",
            f"The port {raw!r} in the server address is not a number 1–65535, for example: {EXAMPLE}",
        ) from None
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    host = unquote(parts.hostname or "") or query.get("host", "")
    if not port and query.get("port", "").isdigit():
        port = int(query["port"])
    settings = SharedDbSettings(
        host=host or "localhost",
        port=port or 5432,
        database=unquote(parts.path.lstrip("/")),
        login=unquote(parts.username or ""),
        sslmode=query.get("sslmode", DEFAULT_SSLMODE),
        ca_file=query.get("sslrootcert", ""),
    )
    missing = [name for name, value in (("login", settings.login), ("database", settings.database)) if not value]
    if missing:
        raise OpdError(
            f"Alamat server {text!r} tidak menyebut {' dan '.join(missing)}, contoh: {EXAMPLE}",
            f"The server address {text!r} names no {' and '.join(missing)}, for example: {EXAMPLE}",
        )
    return ServerAddress(settings.validated(), unquote(parts.password) if parts.password else None)


def password_file() -> Path:
    """The libpq password file: ``PGPASSFILE``, else ``~/.pgpass`` (``%APPDATA%\\postgresql\\pgpass.conf``)."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", "")) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def password_file_has(settings: SharedDbSettings) -> bool:
    """Whether libpq will find a password for ``settings`` in the password file (its rules: the first matching
    ``host:port:database:login:password`` line, ``*`` matches anything, ``\\`` escapes; ignored when others
    may read it)."""
    path = password_file()
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return False
        if os.name != "nt" and info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            log.warning("password file %s may be read by others; libpq ignores it (chmod 600)", path)
            return False
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return False
    host = "localhost" if settings.host.startswith("/") else settings.host
    wanted = (host, str(settings.port), settings.database, settings.login)
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        fields = _pgpass_fields(line)
        if len(fields) >= 5 and all(f in ("*", w) for f, w in zip(fields[:4], wanted, strict=True)):
            return True
    return False


def _pgpass_fields(line: str) -> list[str]:
    fields, current, escaped = [], "", False
    for char in line:
        if escaped:
            current, escaped = current + char, False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append(current)
            current = ""
        else:
            current += char
    return [*fields, current]


@dataclass(frozen=True)
class Credential:
    """The password to hand libpq (None: libpq finds it itself) and where it came from, for ``-v``."""

    password: str | None
    source: str


def connect_with_credentials(
    address: ServerAddress,
    *,
    explicit: Credential | None = None,
    vault: PasswordVault | None = None,
    prompt: Callable[[], str] | None = None,
) -> tuple[psycopg.Connection[Any], Credential]:
    """A connection as ``address``'s login and the credential that opened it.

    Tries, in order: ``explicit`` (``--password-stdin``), the URL's own password, what libpq finds itself
    (``PGPASSWORD``, the password file), the keyring entry, then ``prompt()`` (None when nobody is at a
    terminal) once the server asked for a password.
    A keyring password the server refuses falls through to the prompt; a prompted one that worked is saved to the
    keyring when the profile keeps passwords there.
    """
    settings = address.settings
    if explicit is None and address.url_password is not None:
        explicit = Credential(address.url_password, "URL")
    if explicit is None:
        if os.environ.get("PGPASSWORD"):
            explicit = Credential(None, "PGPASSWORD")
        elif password_file_has(settings):
            explicit = Credential(None, f"berkas kata sandi / password file {password_file()}")
    if explicit is not None:
        return open_connection(settings, explicit.password), explicit
    stored = _stored(vault, settings.account)
    if stored:
        try:
            return open_connection(settings, stored), Credential(stored, "keyring")
        except PasswordRefused:
            if prompt is None:
                raise
    try:  # trust, peer or certificate logins need no password; libpq says when one is wanted
        return open_connection(settings, None), Credential(None, "libpq")
    except PasswordMissing:
        if prompt is None:
            raise
    password = prompt()
    conn = open_connection(settings, password)
    if vault is not None and settings.remember_password:
        vault.set(settings.account, password)
    return conn, Credential(password, "prompt")


def _stored(vault: PasswordVault | None, account: str) -> str | None:
    if vault is None:
        return None
    try:
        return vault.get(account)
    except Exception:  # a broken keyring backend must not hide libpq's own sources
        return None
