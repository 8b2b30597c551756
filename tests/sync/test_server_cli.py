"""`opdstudio server …` run as an operator would: a real server, real login roles, stdout and exit codes."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pgserver
import psycopg
import pytest

from opdstudio.cli import main
from opdstudio.core.sync.connection import server_engine
from opdstudio.core.sync.server_schema import current_revision, head_revision
from tests.sync.shared import SharedDb, SharedWorld, audit, draft

# One worker builds this module's database once (pytest -n 2 --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_server_cli")


@pytest.fixture(scope="module")
def blank_db(pg_server: pgserver.PostgresServer) -> Iterator[SharedDb]:
    db = SharedDb.create(pg_server, "s_cli_blank")
    yield db
    db.drop()


class Terminal(io.StringIO):
    """Standard input as a person at a terminal has it (getpass itself is replaced in the test)."""

    def isatty(self) -> bool:
        return True


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_the_schema_then_finds_nothing_to_do(
    blank_db: SharedDb, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "server", "init", blank_db.superuser_url, "--format", "json")
    assert code == 0
    result = json.loads(out)
    assert (result["revision_before"], result["revision_after"]) == (None, head_revision())
    assert result["roles"]["owner"] == "s_cli_blank_owner"
    code, out, _ = run(capsys, "server", "init", blank_db.superuser_url)
    assert code == 0 and "sudah mutakhir" in out
    engine = server_engine(blank_db.superuser_url)
    with engine.connect() as conn:
        assert current_revision(conn) == head_revision()
    engine.dispose()


def test_init_needs_a_superuser(shared_world: SharedWorld, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "server", "init", shared_world.db.url(shared_world.people["operator"].login))
    assert code == 1 and "superuser" in err


def test_an_operator_adds_organisations_and_people_with_their_own_login(
    shared_world: SharedWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    url = shared_world.db.url(shared_world.people["operator"].login)
    code, out, _ = run(
        capsys,
        "server",
        "add-org",
        "--url",
        url,
        "--name",
        "Puskesmas Curup",
        "--kind",
        "puskesmas",
        "--parent",
        "Dinas Kesehatan",
        "--format",
        "json",
    )
    assert code == 0
    org_id = json.loads(out)["id"]
    login = f"{shared_world.db.name}_rina"
    code, out, _ = run(
        capsys,
        "server",
        "add-user",
        "--url",
        url,
        "--login",
        login,
        "--name",
        "Rina Marlina",
        "--org",
        "Puskesmas Curup",
        "--role",
        "admin",
        "--generate-password",
        "--format",
        "json",
    )
    assert code == 0
    created = json.loads(out)
    assert created["created"] is True and len(created["password"]) >= 12
    code, out, _ = run(
        capsys,
        "server",
        "add-user",
        "--url",
        url,
        "--login",
        login,
        "--org",
        org_id,
        "--role",
        "reviewer",
        "--level",
        "2",
        "--format",
        "json",
    )
    assert code == 0 and json.loads(out)["created"] is False
    with shared_world.db.connect(login) as rina:
        roles = rina.execute(
            "SELECT m.role, m.level FROM app.membership m JOIN app.login_person l ON l.person_id = m.person_id "
            "WHERE l.login = current_user ORDER BY m.role"
        ).fetchall()
    assert roles == [("admin", 1), ("reviewer", 2)]


def test_add_user_asks_for_the_password_twice(
    shared_world: SharedWorld, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = shared_world.db.url(shared_world.people["operator"].login)
    login = f"{shared_world.db.name}_tono"
    answers = iter(["sandi-tono-123", "sandi-tono-124"])
    prompts: list[str] = []
    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", lambda prompt: prompts.append(prompt) or next(answers))
    code, _, err = run(
        capsys, "server", "add-user", "--url", url, "--login", login, "--org", "Bidang IKP", "--role", "admin"
    )
    assert code == 1 and "differ" in err
    answers = iter(["sandi-tono-123", "sandi-tono-123"])
    code, out, _ = run(
        capsys, "server", "add-user", "--url", url, "--login", login, "--org", "Bidang IKP", "--role", "admin"
    )
    assert code == 0 and "dibuat" in out and "sandi-tono" not in out
    assert prompts[0] == f"Kata sandi untuk login baru '{login}' / Password for the new login '{login}': "
    with shared_world.db.connect(login) as tono:
        assert tono.execute("SELECT name FROM app.person WHERE id = app.person_id()").fetchone() == (login,)


def test_passwd_sets_a_password_postgresql_accepts(
    shared_world: SharedWorld,
    pg_server: pgserver.PostgresServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    login = shared_world.people["reviewer"].login
    operator_url = shared_world.db.url(shared_world.people["operator"].login)
    monkeypatch.setattr("sys.stdin", io.StringIO("kata-sandi-baru-9\n"))
    code, out, _ = run(capsys, "server", "passwd", "--url", operator_url, login, "--password-stdin")
    assert code == 0 and login in out
    hba = Path(pg_server.pgdata) / "pg_hba.conf"
    original = hba.read_text()
    hba.write_text(f"local {shared_world.db.name} {login} scram-sha-256\n" + original)
    try:
        with shared_world.db.superuser() as root:
            root.execute("SELECT pg_reload_conf()")
        with psycopg.connect(shared_world.db.url(login), password="kata-sandi-baru-9") as conn:
            assert conn.execute("SELECT current_user").fetchone() == (login,)
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            psycopg.connect(shared_world.db.url(login), password="salah-sandi")
        code, _, err = run(capsys, "server", "verify-audit", "--url", shared_world.db.url(login))
        # No password given and none asked for without a terminal: the message says how to give one.
        assert code == 11 and "meminta kata sandi" in err and "PGPASSWORD" in err and "Traceback" not in err
    finally:
        hba.write_text(original)
        with shared_world.db.superuser() as root:
            root.execute("SELECT pg_reload_conf()")


def test_people_who_are_not_operators_cannot_administer(
    shared_world: SharedWorld, capsys: pytest.CaptureFixture[str]
) -> None:
    url = shared_world.db.url(shared_world.people["oversight"].login)
    code, _, err = run(capsys, "server", "add-org", "--url", url, "--name", "Dinas Liar")
    assert code == 1 and "tidak berwenang" in err
    code, _, err = run(
        capsys, "server", "passwd", "--url", url, shared_world.people["author"].login, "--generate-password"
    )
    assert code == 1


def test_a_url_is_required(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPDSTUDIO_SERVER_URL", raising=False)
    code, _, err = run(capsys, "server", "verify-audit")
    assert code == 1 and "--url" in err


def test_verify_audit_finds_an_edited_event(shared_world: SharedWorld, capsys: pytest.CaptureFixture[str]) -> None:
    post = draft(shared_world)
    audit(shared_world, "author", post, "created")
    audit(shared_world, "reviewer", post, "changes_requested", {"comment": "Foto kurang jelas."})
    url = shared_world.db.url(shared_world.people["operator"].login)
    code, out, _ = run(capsys, "server", "verify-audit", "--url", url)
    assert code == 0 and "utuh" in out
    with shared_world.db.superuser() as root:
        root.execute("SET session_replication_role = replica")
        root.execute("UPDATE app.auditevent SET action = 'approved' WHERE post_id = %s AND seq > 1", (post.id,))
    code, out, _ = run(capsys, "server", "verify-audit", "--url", url, "--format", "json")
    assert code == 3
    assert {p["problem"] for p in json.loads(out)["problems"]} == {"edited"}
