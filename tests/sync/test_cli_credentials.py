"""Passwords and connection failures on the command line, against a PostgreSQL that wants scram-sha-256 over TCP:
each password source works and ``-v`` names it; each way of failing has its own message and exit code."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pgserver
import pytest

from opdstudio.cli import main
from opdstudio.core.services.people import sign_in
from opdstudio.core.storage.database import Database
from tests.tcp_postgres import scram_server

SUPERUSER_PASSWORD = "super-Rahasia-7"
pytestmark = pytest.mark.xdist_group("test_cli_credentials")


@pytest.fixture(scope="module")
def port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    with scram_server(tmp_path_factory.mktemp("pgcred") / "data", SUPERUSER_PASSWORD) as tcp_port:
        yield tcp_port


@pytest.fixture(autouse=True)
def no_ambient_passwords(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Only the sources a test sets: no PGPASSWORD, and a password file that does not exist."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and SUPERUSER_PASSWORD not in out + err
    return code, out, err


def test_server_init_creates_the_missing_database_with_pgpassword(
    port: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", SUPERUSER_PASSWORD)
    url = f"postgresql://postgres@127.0.0.1:{port}/opd_baru"
    code, out, err = run(capsys, "-v", "server", "init", url)
    assert code == 0, err
    assert "Basis data 'opd_baru' dibuat" in out and "dibuat/diperbarui" in out
    assert "kata sandi dari / password from: PGPASSWORD" in err
    code, out, _ = run(capsys, "server", "init", url)
    assert code == 0 and "sudah mutakhir" in out


def test_a_password_file_is_read_by_libpqs_rules(
    port: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(
        f"# Diskominfo\nanother:5432:*:postgres:not-this\n127.0.0.1:{port}:*:postgres:{SUPERUSER_PASSWORD}\n"
    )
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    pgpass.chmod(0o644)  # others may read it: libpq ignores it, and so do we
    code, _, err = run(capsys, "server", "verify-audit", "--url", url)
    assert code == 11 and "meminta kata sandi" in err and "PGPASSWORD" in err
    pgpass.chmod(0o600)
    code, _, err = run(capsys, "server", "verify-audit", "--url", url, "-v")
    assert f"password file {pgpass}" in err


def test_wrong_password_names_the_cause_and_keeps_libpqs_words_for_verbose(
    port: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", "salah-sandi")
    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    code, _, err = run(capsys, "server", "add-org", "--url", url, "--name", "Dinas X")
    assert code == 11 and "Kata sandi salah untuk login postgres" in err and "Wrong password" in err
    assert "libpq" not in err and "FATAL" not in err
    code, _, err = run(capsys, "-v", "server", "add-org", "--url", url, "--name", "Dinas X")
    assert code == 11 and "libpq: " in err and "password authentication failed" in err


@pytest.mark.parametrize(
    ("url", "code", "said"),
    [
        ("postgresql://postgres@127.0.0.1:{port}/tidak_ada", 13, "Basis data tidak_ada tidak ada di server"),
        ("postgresql://postgres@127.0.0.1:{free}/opd", 10, "tidak dapat dihubungi"),
        ("postgresql://postgres@127.0.0.1:{port}/postgres?sslmode=require", 14, "Masalah TLS"),
    ],
)
def test_each_way_of_failing_to_connect_has_its_own_message_and_code(
    port: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    url: str,
    code: int,
    said: str,
) -> None:
    monkeypatch.setenv("PGPASSWORD", SUPERUSER_PASSWORD)
    profile = tmp_path / "opd-ani"
    got, _, err = run(capsys, "sync", "--profile", str(profile), "--url", url.format(port=port, free=1))
    assert got == code and said in err
    assert not profile.exists()  # a failed first sync makes no profile


def test_an_unknown_login_is_named(pg_server: pgserver.PostgresServer, capsys: pytest.CaptureFixture[str]) -> None:
    """Where the server says so (trust or peer logins; with passwords PostgreSQL hides it behind 'wrong password')."""
    socket_dir = pg_server.get_postmaster_info().socket_dir
    code, _, err = run(capsys, "server", "verify-audit", "--url", f"postgresql://siapa@/postgres?host={socket_dir}")
    assert code == 12 and "Login siapa tidak dikenal" in err


def test_a_remembered_server_needs_no_url_and_keeps_no_password(
    port: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PGPASSWORD", SUPERUSER_PASSWORD)
    url = f"postgresql://postgres@127.0.0.1:{port}/opd_ingat"
    assert run(capsys, "server", "init", url)[0] == 0
    assert run(capsys, "server", "add-org", "--url", url, "--name", "Dinas Kominfo")[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("sandi-ani-123\n"))
    argv = ["server", "add-user", "--url", url, "--login", "ani", "--org", "Dinas Kominfo", "--role", "admin"]
    assert run(capsys, *argv, "--password-stdin")[0] == 0
    monkeypatch.delenv("PGPASSWORD")
    profile = tmp_path / "opd-ani"
    monkeypatch.setattr("sys.stdin", io.StringIO("sandi-ani-123\nlokal-ani-123\n"))  # server, then new local
    ani = f"postgresql://ani@127.0.0.1:{port}/opd_ingat"
    code, out, err = run(capsys, "sync", "--profile", str(profile), "--url", ani, "--password-stdin", "-v")
    assert code == 0, err
    assert "password from: --password-stdin" in err and "Profil bergabung sebagai 'ani'" in err
    db = Database.open_profile(profile)
    with db.session() as session:
        assert sign_in(session, "ani", "lokal-ani-123").login == "ani"  # what the window's sign-in checks
    db.close()
    monkeypatch.setattr("sys.stdin", io.StringIO("sandi-ani-123\n"))
    code, out, err = run(capsys, "sync", "--profile", str(profile), "--password-stdin")
    assert code == 0 and "Terkirim" in out, err
    stored = b"".join(p.read_bytes() for p in profile.rglob("*") if p.is_file())
    assert b"sandi-ani-123" not in stored and b"lokal-ani-123" not in stored
    monkeypatch.setenv("PGPASSWORD", SUPERUSER_PASSWORD)
    code, _, err = run(capsys, "sync", "--profile", str(profile), "--url", url)
    assert code == 1 and "Profil ini terhubung ke ani@127.0.0.1" in err  # one profile, one server and login
