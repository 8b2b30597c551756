"""Where this profile's shared database is, how to reach it, and where its password lives.

The server, port, database, login, TLS mode and CA file are ordinary preferences in the profile's ``Setting``
table. The password never is: it goes to the OS keyring through ``keyring`` (:class:`PasswordVault`) or, where no
usable keyring exists, stays in this process's memory for the session only. It is handed to libpq as a separate
argument and never becomes part of a URL, a file or a log line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

import keyring
import keyring.backend
import keyring.errors
from sqlmodel import Session

from ..errors import OpdError
from ..services.settings import get_setting, set_setting

if TYPE_CHECKING:  # psycopg costs ~190 ms of start-up; it is imported when a connection is opened
    import psycopg

SSLMODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_PORT = 5432
DEFAULT_SSLMODE = "prefer"
CONNECT_TIMEOUT = 10  # seconds; an unreachable host answers within this
KEYRING_SERVICE = "OPD Studio"

_PREFIX = "shared_db."
_FIELDS = ("host", "port", "database", "login", "sslmode", "ca_file", "remember_password")


class ConnectFailure(OpdError):
    """Connecting to the shared database failed; ``exit_code`` tells the CLI's caller which way, ``detail`` holds
    libpq's own words (for ``-v`` and the log, never the only explanation)."""

    exit_code = 10

    def __init__(self, message_id: str, message_en: str, detail: str = "") -> None:
        super().__init__(message_id, message_en)
        self.detail = detail


class ServerUnreachable(ConnectFailure):
    """No PostgreSQL answered at that host and port."""

    exit_code = 10


class PasswordRefused(ConnectFailure):
    """The server wants a (different) password for this login."""

    exit_code = 11


class PasswordMissing(PasswordRefused):
    """The server wants a password and none was given."""


class UnknownLogin(ConnectFailure):
    """The server has no login role of that name."""

    exit_code = 12


class DatabaseMissing(ConnectFailure):
    """The server answered but has no database of that name."""

    exit_code = 13


class TlsRefused(ConnectFailure):
    """TLS could not be set up as the TLS mode asks (no TLS on the server, an untrusted certificate …)."""

    exit_code = 14


class LoginRefused(ConnectFailure):
    """The server's access rules (pg_hba.conf) do not let this login in from here."""

    exit_code = 15


@dataclass(frozen=True)
class SharedDbSettings:
    """How to reach the shared database (no password: see :class:`PasswordVault`).

    ``host`` is a name or address, or a directory holding PostgreSQL's unix socket (it starts with ``/``).
    """

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    login: str = ""
    sslmode: str = DEFAULT_SSLMODE
    ca_file: str = ""
    remember_password: bool = True  # keep it in the OS keyring (when one exists) rather than for the session

    @property
    def configured(self) -> bool:
        """Whether enough is filled in to try connecting."""
        return bool(self.host.strip() and self.database.strip() and self.login.strip())

    @property
    def account(self) -> str:
        """The keyring account name of this login on this server: ``login@host:port/database``."""
        return f"{self.login.strip()}@{self.host.strip()}:{self.port}/{self.database.strip()}"

    def validated(self) -> SharedDbSettings:
        """These settings with surrounding spaces removed; :class:`OpdError` when a value cannot work."""
        clean = replace(
            self,
            host=self.host.strip(),
            database=self.database.strip(),
            login=self.login.strip(),
            sslmode=self.sslmode.strip() or DEFAULT_SSLMODE,
            ca_file=self.ca_file.strip(),
        )
        if clean.sslmode not in SSLMODES:
            raise OpdError(
                f"Mode TLS tidak dikenal: {clean.sslmode!r}. Pilih salah satu: {', '.join(SSLMODES)}.",
                f"Unknown TLS mode: {clean.sslmode!r}. Choose one of: {', '.join(SSLMODES)}.",
            )
        if not 1 <= clean.port <= 65535:
            raise OpdError(f"Port {clean.port} tidak valid (1–65535).", f"Port {clean.port} is not valid (1–65535).")
        return clean


def load_shared_db_settings(session: Session) -> SharedDbSettings:
    """The shared-database settings stored in this profile (empty ones when none were saved)."""
    raw = {name: get_setting(session, _PREFIX + name, "") for name in _FIELDS}
    try:
        port = int(raw["port"]) if raw["port"] else DEFAULT_PORT
    except ValueError:
        port = DEFAULT_PORT
    return SharedDbSettings(
        host=raw["host"],
        port=port,
        database=raw["database"],
        login=raw["login"],
        sslmode=raw["sslmode"] if raw["sslmode"] in SSLMODES else DEFAULT_SSLMODE,
        ca_file=raw["ca_file"],
        remember_password=raw["remember_password"] != "0",
    )


def save_shared_db_settings(session: Session, settings: SharedDbSettings) -> SharedDbSettings:
    """Validate and store ``settings`` in this profile (never a password); returns what was stored."""
    clean = settings.validated()
    values = {
        "host": clean.host,
        "port": str(clean.port),
        "database": clean.database,
        "login": clean.login,
        "sslmode": clean.sslmode,
        "ca_file": clean.ca_file,
        "remember_password": "1" if clean.remember_password else "0",
    }
    for name, value in values.items():
        set_setting(session, _PREFIX + name, value)
    return clean


def connection_url(settings: SharedDbSettings) -> str:
    """The libpq URL of ``settings`` — without any password.

    ``postgresql://login@host:5432/db?sslmode=verify-full&sslrootcert=/ca.pem``; a socket directory as host gives
    ``postgresql://login@/db?host=/run/postgresql&port=5432``.
    """
    s = settings.validated()
    user = quote(s.login, safe="")
    database = quote(s.database, safe="")
    params: dict[str, str] = {}
    if s.host.startswith("/"):
        netloc = f"{user}@"
        params["host"] = s.host
        params["port"] = str(s.port)
    else:
        host = f"[{s.host}]" if ":" in s.host and not s.host.startswith("[") else s.host
        netloc = f"{user}@{quote(host, safe='[]:')}:{s.port}"
    params["sslmode"] = s.sslmode
    if s.ca_file:
        params["sslrootcert"] = s.ca_file
    return f"postgresql://{netloc}/{database}?{urlencode(params, safe='/')}"


def open_connection(settings: SharedDbSettings, password: str | None, **kwargs: Any) -> psycopg.Connection[Any]:
    """A new psycopg connection to the shared database as ``settings.login``; a readable :class:`OpdError`
    when the server cannot be reached, refuses the login, or TLS fails."""
    import psycopg

    s = settings.validated()
    if not s.configured:
        raise OpdError(
            "Basis data bersama belum diatur: isi server, nama basis data dan login.",
            "The shared database is not set up: fill in the server, database name and login.",
        )
    if s.ca_file and not os.path.isfile(s.ca_file):
        raise TlsRefused(
            f"Masalah TLS: berkas sertifikat CA {s.ca_file} tidak ditemukan.",
            f"TLS problem: the CA certificate file {s.ca_file} was not found.",
        )
    url = connection_url(s)
    extra: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT, **kwargs}
    if password:
        extra["password"] = password
    try:
        return psycopg.connect(url, **extra)
    except psycopg.Error as exc:
        raise describe_connect_error(exc, s) from None


def test_connection(settings: SharedDbSettings, password: str | None) -> str:
    """Connect once and return the server's version (``PostgreSQL 16.4``); :class:`OpdError` otherwise."""
    with open_connection(settings, password, autocommit=True) as conn:
        row = conn.execute("SHOW server_version").fetchone()
    version = str(row[0]).split()[0] if row else "?"
    return f"PostgreSQL {version}"


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test despite its name


def describe_connect_error(exc: psycopg.Error, settings: SharedDbSettings) -> ConnectFailure:
    """What to tell a person when connecting failed: wrong password, unreachable host, TLS … (id and en).

    libpq's own text is kept in ``detail`` only: it is English, technical, and never the only explanation.
    """
    detail = " ".join(str(exc).split()) or type(exc).__name__
    low = detail.lower()
    where = f"{settings.host}:{settings.port}" if not settings.host.startswith("/") else settings.host
    state = getattr(exc, "sqlstate", None) or ""
    login, database = settings.login, settings.database
    if "no password supplied" in low:
        return PasswordMissing(
            f"Server {where} meminta kata sandi untuk login {login}, tetapi tidak ada yang diberikan. Jalankan di "
            "terminal agar ditanyakan, atau beri lewat PGPASSWORD, ~/.pgpass (PGPASSFILE) atau --password-stdin.",
            f"The server {where} asks for a password for the login {login} and none was given. Run it on a "
            "terminal to be asked, or give it through PGPASSWORD, ~/.pgpass (PGPASSFILE) or --password-stdin.",
            detail,
        )
    if "role" in low and "does not exist" in low:
        return UnknownLogin(
            f"Login {login} tidak dikenal di server {where}. Hubungi operator Diskominfo.",
            f"The login {login} is unknown on the server {where}. Contact the Diskominfo operator.",
            detail,
        )
    if state == "28P01" or "password authentication failed" in low or "authentication failed" in low:
        return PasswordRefused(
            f"Kata sandi salah untuk login {login} di {where} (atau login itu belum dibuat oleh operator).",
            f"Wrong password for the login {login} on {where} (or the operator has not created that login).",
            detail,
        )
    if state == "3D000" or ("database" in low and "does not exist" in low):
        return DatabaseMissing(
            f"Basis data {database} tidak ada di server {where}. Periksa namanya, atau minta operator menjalankan "
            "'opdstudio server init'.",
            f"The database {database} does not exist on the server {where}. Check its name, or ask the operator to "
            "run 'opdstudio server init'.",
            detail,
        )
    if any(word in low for word in ("ssl", "tls", "certificate", "sslrootcert")):
        return TlsRefused(
            f"Masalah TLS saat terhubung ke {where} (mode {settings.sslmode}): server tidak menawarkan TLS atau "
            "sertifikatnya tidak dipercaya. Periksa mode TLS dan berkas CA.",
            f"TLS problem connecting to {where} (mode {settings.sslmode}): the server offers no TLS or its "
            "certificate is not trusted. Check the TLS mode and the CA file.",
            detail,
        )
    if state.startswith("28") or "pg_hba.conf" in low:
        return LoginRefused(
            f"Server {where} tidak mengizinkan login {login} masuk dari komputer ini (aturan pg_hba.conf). "
            "Hubungi operator Diskominfo.",
            f"The server {where} does not let the login {login} in from this computer (pg_hba.conf rules). "
            "Contact the Diskominfo operator.",
            detail,
        )
    return ServerUnreachable(
        f"Server {where} tidak dapat dihubungi. Periksa alamat, port dan jaringan.",
        f"The server {where} cannot be reached. Check the address, port and network.",
        detail,
    )


class PasswordVault:
    """Passwords of shared-database logins: in the OS keyring when a usable one exists, else in memory only.

    A fail or null keyring backend (none installed, a headless machine) or a plain-text file backend makes the
    vault ``available=False`` with a ``reason``; then ``set`` keeps the password for this session only and the
    app asks again next time it starts. Nothing here ever writes a password to a file.
    """

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend
        self._session: dict[str, str] = {}
        self._reason: tuple[str, str] | None = None

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        """The keyring backend, detected on first use (detection costs ~120 ms of start-up)."""
        if self._backend is None:
            self._backend = keyring.get_keyring()
        return self._backend

    @property
    def reason_id(self) -> str:
        return self._reasons()[0]

    @property
    def reason_en(self) -> str:
        return self._reasons()[1]

    def _reasons(self) -> tuple[str, str]:
        if self._reason is None:
            self._reason = _unusable(self.backend)
        return self._reason

    @property
    def available(self) -> bool:
        """Whether passwords can be kept in the OS keyring."""
        return not self.reason_id

    @property
    def reason(self) -> str:
        """Why the keyring cannot be used (Indonesian; "" when it can)."""
        return self.reason_id

    def reason_in(self, lang: str = "id") -> str:
        """Why the keyring cannot be used, in ``lang``."""
        return self.reason_en if lang == "en" else self.reason_id

    def get(self, account: str) -> str | None:
        """The password of ``account``: this session's first, then the keyring's; None when unknown."""
        if account in self._session:
            return self._session[account]
        if not self.available:
            return None
        try:
            return self.backend.get_password(KEYRING_SERVICE, account)
        except keyring.errors.KeyringError as exc:
            self._give_up(exc)
            return None

    def set(self, account: str, password: str, *, persist: bool = True) -> bool:
        """Remember ``password`` for ``account``; in the keyring when ``persist`` and possible, else for this
        session. Returns True when it went to the keyring."""
        self._session[account] = password
        if not (persist and self.available):
            if self.available:
                self._delete_stored(account)
            return False
        try:
            self.backend.set_password(KEYRING_SERVICE, account, password)
        except keyring.errors.KeyringError as exc:
            self._give_up(exc)
            return False
        return True

    def forget_session(self, account: str) -> None:
        """Drop the session copy (e.g. after the server refused it), keeping any keyring entry."""
        self._session.pop(account, None)

    def delete(self, account: str) -> None:
        """Forget the password of ``account`` everywhere."""
        self._session.pop(account, None)
        if self.available:
            self._delete_stored(account)

    def stored(self, account: str) -> bool:
        """Whether the keyring (not just this session) holds a password for ``account``."""
        if not self.available:
            return False
        try:
            return self.backend.get_password(KEYRING_SERVICE, account) is not None
        except keyring.errors.KeyringError:
            return False

    def _delete_stored(self, account: str) -> None:
        try:
            self.backend.delete_password(KEYRING_SERVICE, account)
        except keyring.errors.PasswordDeleteError:
            pass  # nothing was stored
        except keyring.errors.KeyringError as exc:
            self._give_up(exc)

    def _give_up(self, exc: Exception) -> None:
        """The keyring failed while in use (locked, D-Bus gone): use the session only from now on."""
        name = type(exc).__name__
        self._reason = (
            f"Keyring sistem gagal dipakai ({name}); kata sandi hanya diingat selama sesi ini.",
            f"The system keyring failed ({name}); the password is kept for this session only.",
        )


def _unusable(backend: keyring.backend.KeyringBackend) -> tuple[str, str]:
    """Why ``backend`` cannot hold passwords safely, as (id, en); ("", "") when it can."""
    from keyring.backends import chainer, fail, null

    none = (
        "Tidak ada keyring sistem di komputer ini (mis. Secret Service, Windows Credential Locker, macOS Keychain), "
        "jadi kata sandi ditanyakan sekali setiap sesi dan tidak disimpan.",
        "There is no system keyring on this computer (e.g. Secret Service, Windows Credential Locker, "
        "macOS Keychain), so the password is asked once per session and not stored.",
    )
    if isinstance(backend, fail.Keyring | null.Keyring):
        return none
    if isinstance(backend, chainer.ChainerBackend):
        usable = [b for b in backend.backends if not _unusable(b)[0]]
        return ("", "") if usable else none
    module = type(backend).__module__
    if module.startswith("keyrings.alt") and "plaintext" in type(backend).__name__.lower():
        return (
            "Keyring yang terpasang menyimpan kata sandi sebagai teks biasa dalam berkas; OPD Studio tidak "
            "memakainya, jadi kata sandi ditanyakan sekali setiap sesi.",
            "The installed keyring stores passwords as plain text in a file; OPD Studio does not use it, so the "
            "password is asked once per session.",
        )
    return ("", "")
