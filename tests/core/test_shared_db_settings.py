"""Shared-database settings: the URL libpq gets, what the profile stores (never a password), and the password
vault on machines without a usable keyring."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import keyring.backend
import psycopg
import pytest
from keyring.backends import fail, null

from opdstudio.core.errors import OpdError
from opdstudio.core.storage.database import Database
from opdstudio.core.sync import settings as shared
from opdstudio.core.sync.settings import (
    PasswordRefused,
    PasswordVault,
    SharedDbSettings,
    connection_url,
    describe_connect_error,
    load_shared_db_settings,
    save_shared_db_settings,
)

SECRET = "rahasia-bersama-42"
BASE = SharedDbSettings(host="db.kominfo.example.go.id", port=5432, database="opdstudio", login="ani")


def test_url_has_host_port_database_login_and_sslmode() -> None:
    assert connection_url(BASE) == "postgresql://ani@db.kominfo.example.go.id:5432/opdstudio?sslmode=prefer"


def test_url_with_verify_full_and_ca_file() -> None:
    s = SharedDbSettings(
        host="10.1.2.3", port=6543, database="opd studio", login="ani.s", sslmode="verify-full", ca_file="/etc/ca.pem"
    )
    assert connection_url(s) == (
        "postgresql://ani.s@10.1.2.3:6543/opd%20studio?sslmode=verify-full&sslrootcert=/etc/ca.pem"
    )
    assert psycopg.conninfo.conninfo_to_dict(connection_url(s)) == {
        "host": "10.1.2.3",
        "port": "6543",
        "dbname": "opd studio",
        "user": "ani.s",
        "sslmode": "verify-full",
        "sslrootcert": "/etc/ca.pem",
    }


def test_url_with_socket_directory_and_ipv6() -> None:
    socket = SharedDbSettings(host="/run/postgresql", database="opdstudio", login="ani", sslmode="disable")
    assert psycopg.conninfo.conninfo_to_dict(connection_url(socket)) == {
        "host": "/run/postgresql",
        "port": "5432",
        "dbname": "opdstudio",
        "user": "ani",
        "sslmode": "disable",
    }
    v6 = SharedDbSettings(host="::1", database="opdstudio", login="ani")
    assert connection_url(v6).startswith("postgresql://ani@[::1]:5432/opdstudio?")


def test_url_never_carries_a_password_and_escapes_the_login() -> None:
    s = SharedDbSettings(host="h", database="d", login="a@b:c/d")
    assert connection_url(s) == "postgresql://a%40b%3Ac%2Fd@h:5432/d?sslmode=prefer"
    assert psycopg.conninfo.conninfo_to_dict(connection_url(s))["user"] == "a@b:c/d"


@pytest.mark.parametrize(("field", "value"), [("sslmode", "always"), ("port", 0), ("port", 70000)])
def test_invalid_values_are_refused_in_both_languages(field: str, value: Any) -> None:
    bad = SharedDbSettings(**{**BASE.__dict__, field: value})
    with pytest.raises(OpdError) as caught:
        connection_url(bad)
    assert caught.value.message("id") != caught.value.message("en")


def test_settings_round_trip_through_the_profile_without_the_password(db: Database) -> None:
    wanted = SharedDbSettings(
        host=" db.kominfo.example.go.id ",
        port=6432,
        database="opdstudio",
        login="ani",
        sslmode="verify-ca",
        ca_file="/etc/opd/ca.pem",
        remember_password=False,
    )
    with db.session() as s:
        assert load_shared_db_settings(s) == SharedDbSettings()
        save_shared_db_settings(s, wanted)
    with db.session() as s:
        loaded = load_shared_db_settings(s)
    assert loaded == SharedDbSettings(**{**wanted.__dict__, "host": "db.kominfo.example.go.id"})
    assert loaded.configured
    assert loaded.account == "ani@db.kominfo.example.go.id:6432/opdstudio"


def test_connect_errors_are_told_apart() -> None:
    def err(text: str) -> OpdError:
        return describe_connect_error(psycopg.OperationalError(text), BASE)

    wrong = err('connection failed: FATAL:  password authentication failed for user "ani"')
    assert isinstance(wrong, PasswordRefused)
    assert "Kata sandi salah" in wrong.message("id") and "Wrong password" in wrong.message("en")
    assert isinstance(err("fe_sendauth: no password supplied"), PasswordRefused)
    unreachable = err('connection failed: connection to server at "10.0.0.9", port 5432 failed: Connection refused')
    assert "tidak dapat dihubungi" in unreachable.message("id") and "cannot be reached" in unreachable.message("en")
    tls = err("connection failed: server does not support SSL, but SSL was required")
    assert tls.message("id").startswith("Masalah TLS") and tls.message("en").startswith("TLS problem")
    assert "tidak ada" in err('FATAL:  database "opdstudio" does not exist').message("id")
    assert "tidak dikenal" in err('FATAL:  role "ani" does not exist').message("id")


def test_missing_ca_file_is_a_tls_problem(tmp_path: Path) -> None:
    s = SharedDbSettings(**{**BASE.__dict__, "sslmode": "verify-full", "ca_file": str(tmp_path / "nope.pem")})
    with pytest.raises(OpdError, match="Masalah TLS"):
        shared.open_connection(s, SECRET)


def test_unreachable_host_gives_a_clear_error() -> None:
    s = SharedDbSettings(host="127.0.0.1", port=1, database="opdstudio", login="ani")
    with pytest.raises(OpdError) as caught:
        shared.test_connection(s, SECRET)
    assert "tidak dapat dihubungi" in caught.value.message("id")
    assert SECRET not in caught.value.message("id") + caught.value.message("en")


# -- the vault ---------------------------------------------------------------------------------------------------

_writes: list[str] | None = None


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _writes is not None and event == "open" and len(args) > 1:
        mode, flags = args[1], args[2] if len(args) > 2 else 0
        if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (isinstance(flags, int) and flags & 0o3):
            _writes.append(str(args[0]))


_hooked = False


@contextmanager
def no_file_written() -> Iterator[None]:
    """Fail when anything in the block opens a file for writing (an audit hook sees every open)."""
    global _writes, _hooked
    if not _hooked:
        sys.addaudithook(_audit)
        _hooked = True
    _writes = []
    try:
        yield
        assert _writes == []
    finally:
        _writes = None


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_vault_without_a_keyring_keeps_the_password_in_memory_only(
    backend: keyring.backend.KeyringBackend, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    calls: list[str] = []
    for name in ("get_password", "set_password", "delete_password"):
        monkeypatch.setattr(backend, name, lambda *a, _n=name: calls.append(_n))
    with no_file_written():
        vault = PasswordVault(backend)
        assert not vault.available
        assert "keyring" in vault.reason and "keyring" in vault.reason_in("en")
        assert vault.get(BASE.account) is None
        assert vault.set(BASE.account, SECRET) is False
        assert vault.get(BASE.account) == SECRET
        assert not vault.stored(BASE.account)
        vault.forget_session(BASE.account)
        assert vault.get(BASE.account) is None
        vault.set(BASE.account, SECRET)
        vault.delete(BASE.account)
        assert vault.get(BASE.account) is None
    assert calls == []  # the unusable backend is never even asked
    assert list(tmp_path.iterdir()) == []
    assert PasswordVault(backend).get(BASE.account) is None  # a new session starts empty


def test_default_vault_follows_the_configured_backend() -> None:
    # tests/conftest.py sets PYTHON_KEYRING_BACKEND to the fail backend, as on a machine without a keyring
    assert not PasswordVault().available


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError(username)
        del self.items[(service, username)]


class BrokenKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def test_vault_with_a_keyring_stores_there_unless_told_to_keep_it_for_the_session() -> None:
    backend = MemoryKeyring()
    vault = PasswordVault(backend)
    assert vault.available and vault.reason == ""
    assert vault.set(BASE.account, SECRET) is True
    assert backend.items == {("OPD Studio", BASE.account): SECRET}
    assert PasswordVault(backend).get(BASE.account) == SECRET  # the next session finds it
    assert vault.set(BASE.account, SECRET, persist=False) is False
    assert backend.items == {}  # taken out of the keyring
    assert vault.get(BASE.account) == SECRET
    vault.delete(BASE.account)
    assert vault.get(BASE.account) is None


def test_a_failing_keyring_falls_back_to_the_session() -> None:
    vault = PasswordVault(BrokenKeyring())
    assert vault.set(BASE.account, SECRET) is False
    assert not vault.available and "KeyringLocked" in vault.reason
    assert vault.get(BASE.account) == SECRET
