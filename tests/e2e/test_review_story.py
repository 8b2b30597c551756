"""Issue #6 end to end, through the CLI and the sync engine against a real PostgreSQL server.

Three local profiles — the admin's, the reviewer's and oversight's — each log in with their own password:

the admin drafts offline and submits; the reviewer syncs, requests changes; the admin edits and resubmits; the
reviewer approves; the admin edits again (approval voided), resubmits, gets approval, records the publication;
oversight syncs and sees it; the audit chain verifies locally and on the server; a tampered audit row is detected
(on the server, and in a local profile).
"""

from __future__ import annotations

import io
import json
import sqlite3
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pgserver
import psycopg
import pytest

from opdstudio.cli import main
from tests.sync.shared import SharedDb

pytestmark = pytest.mark.xdist_group("test_review_story")

PASSWORDS = {"admin": "Sandi-Admin-2026", "reviewer": "Sandi-Kabid-2026", "oversight": "Sandi-Inspektorat-26"}
ACCOUNT_URL = "https://instagram.com/kominfo.rl"
LOCAL_PASSWORD = "lokal-sandi-2026"  # each person's local password, chosen at their first sync
OFFLINE_URL = "postgresql://nobody@/tidak_ada?host=/nonexistent-socket-dir&connect_timeout=2"


class Cli:
    """``opdstudio …`` in-process: exit code, parsed JSON (or text) and standard error."""

    def __init__(self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self.capsys = capsys
        self.monkeypatch = monkeypatch

    def run(self, *argv: str, stdin: str = "") -> tuple[int, str, str]:
        """Run a command; acting ``--as`` someone gives their local password on standard input."""
        if "--as" in argv and not stdin:
            argv, stdin = (*argv, "--password-stdin"), LOCAL_PASSWORD + "\n"
        self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(argv))
        out, err = self.capsys.readouterr()
        return code, out, err

    def ok(self, *argv: str, stdin: str = "") -> Any:
        code, out, err = self.run(*argv, "--format", "json", stdin=stdin)
        assert code == 0, f"opdstudio {' '.join(argv)} → {code}: {err}"
        return json.loads(out)


@pytest.fixture(scope="module")
def story_db(pg_server: pgserver.PostgresServer) -> Iterator[SharedDb]:
    """A blank database whose people (members of its ``_member`` role) must give their password."""
    db = SharedDb.create(pg_server, "s_story")
    hba = Path(pg_server.pgdata) / "pg_hba.conf"
    original = hba.read_text()
    hba.write_text(f"local {db.name} +{db.roles.member} scram-sha-256\n" + original)
    try:
        with psycopg.connect(pg_server.get_uri(), autocommit=True) as conn:
            conn.execute("SELECT pg_reload_conf()")
        yield db
    finally:
        hba.write_text(original)
        with psycopg.connect(pg_server.get_uri(), autocommit=True) as conn:
            conn.execute("SELECT pg_reload_conf()")
        db.drop()


def _wait_until_password_required(url: str) -> None:
    deadline = time.monotonic() + 5
    while True:
        try:
            psycopg.connect(url).close()
        except psycopg.OperationalError as exc:
            assert "password" in str(exc)
            return
        assert time.monotonic() < deadline, "the server did not reload pg_hba.conf"
        time.sleep(0.05)


def test_the_review_story(
    story_db: SharedDb, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = Cli(capsys, monkeypatch)
    db = story_db
    root = db.superuser_url

    # --- the operator sets the server up ---------------------------------------------------------------
    cli.ok("server", "init", root)
    cli.ok("server", "add-org", "--url", root, "--name", "Pemkab Rejang Lebong", "--kind", "pemkab")
    dinas = cli.ok("server", "add-org", "--url", root, "--name", "Dinas Kominfo", "--parent", "Pemkab Rejang Lebong")
    kominfo = dinas["id"]
    login = {key: f"{db.name}_{key}" for key in PASSWORDS}
    for key, org, role in (
        ("admin", "Dinas Kominfo", "admin"),
        ("reviewer", "Dinas Kominfo", "reviewer"),
        ("oversight", "Pemkab Rejang Lebong", "oversight"),
    ):
        added = cli.ok(
            "server", "add-user", "--url", root, "--login", login[key], "--org", org, "--role", role,
            "--name", key.title(), "--password-stdin", stdin=PASSWORDS[key] + "\n",
        )  # fmt: skip
        assert added["created"] is True
    # The official account (the registry has no CLI yet): written as the operator would, straight into the server.
    with db.superuser() as conn:
        conn.execute(
            "INSERT INTO app.officialaccount (id, organisation_id, platform, handle, url) VALUES (%s, %s, %s, %s, %s)",
            (str(uuid.uuid4()), kominfo, "instagram", "kominfo.rl", ACCOUNT_URL),
        )
    url = {key: db.url(login[key]) for key in PASSWORDS}
    _wait_until_password_required(url["admin"])

    profile = {key: str(tmp_path / key) for key in PASSWORDS}

    def sync(key: str) -> Any:
        # The server password, then (read only by the first sync, which joins) the new local password.
        stdin = f"{PASSWORDS[key]}\n{LOCAL_PASSWORD}\n"
        report = cli.ok("sync", "--profile", profile[key], "--url", url[key], "--password-stdin", stdin=stdin)
        assert (report["rejected"], report["conflicts"], report["pending"]) == (0, 0, 0), report
        return report

    def as_(key: str) -> tuple[str, ...]:
        return ("--profile", profile[key], "--as", login[key])

    def show(key: str, post_id: str) -> Any:
        return cli.ok("post", "show", post_id, "--profile", profile[key])

    def server_status(post_id: str) -> str:
        with db.superuser() as conn:
            row = conn.execute("SELECT status FROM app.post WHERE id = %s", (post_id,)).fetchone()
        assert row is not None
        return str(row[0])

    # A wrong password is refused and changes nothing.
    code, _, err = cli.run(
        "sync", "--profile", profile["admin"], "--url", url["admin"], "--password-stdin", stdin="salah-sandi-1"
    )
    assert code == 11 and "Kata sandi salah" in err
    for key in PASSWORDS:  # each profile gets the people, organisations and accounts from the server
        assert sync(key)["pulled"] > 0

    # --- the admin drafts offline and submits ---------------------------------------------------------
    post_id = cli.ok(
        "post", "new", *as_("admin"), "--org", "Dinas Kominfo", "--title", "Posyandu Melati",
        "--text", "Posyandu Melati buka hari Sabtu pukul 08.00 di Balai Desa.", "--target", "instagram:kominfo.rl",
    )["id"]  # fmt: skip
    assert cli.ok("post", "submit", post_id, *as_("admin"))["status"] == "in_review"
    code, _, err = cli.run("sync", "--profile", profile["admin"], "--url", OFFLINE_URL, "--password-stdin", stdin="x")
    assert code == 10 and "tidak dapat dihubungi" in err
    assert cli.ok("sync", "--profile", profile["admin"], "--status")["pending"] > 0
    assert sync("admin")["pushed"] > 0
    assert server_status(post_id) == "in_review"

    # --- the reviewer syncs and requests changes ------------------------------------------------------
    sync("reviewer")
    queue = cli.ok("review", "queue", *as_("reviewer"))
    assert [q["post_id"] for q in queue] == [post_id]
    first_hash = show("reviewer", post_id)["content_hash"]
    decided = cli.ok(
        "review", "request-changes", post_id, *as_("reviewer"), "--hash", first_hash,
        "--comment", "Sebutkan alamat balai desanya.",
    )  # fmt: skip
    assert decided["status"] == "changes_requested"
    sync("reviewer")
    assert server_status(post_id) == "changes_requested"

    # --- the admin edits and resubmits ----------------------------------------------------------------
    sync("admin")
    seen = show("admin", post_id)
    assert seen["status"] == "changes_requested"
    assert [(r["decision"], r["comment"]) for r in seen["reviews"]] == [
        ("request_changes", "Sebutkan alamat balai desanya.")
    ]
    second_text = "Posyandu Melati buka hari Sabtu pukul 08.00 di Balai Desa Talang Rimbo."
    cli.ok("post", "edit", post_id, *as_("admin"), "--text", second_text)
    assert cli.ok("post", "submit", post_id, *as_("admin"))["status"] == "in_review"
    sync("admin")

    # --- the reviewer approves ------------------------------------------------------------------------
    sync("reviewer")
    second_hash = show("reviewer", post_id)["content_hash"]
    assert second_hash != first_hash
    approved = cli.ok("review", "approve", post_id, *as_("reviewer"), "--hash", second_hash)
    assert approved["status"] == "approved"
    sync("reviewer")
    assert server_status(post_id) == "approved"

    # --- the admin edits again: the approval is voided; resubmits and is approved again ----------------
    sync("admin")
    assert show("admin", post_id)["status"] == "approved"
    third_text = second_text + " Bawa buku KIA."
    code, _, err = cli.run("post", "edit", post_id, *as_("admin"), "--text", third_text)
    assert code == 1  # editing an approved post needs the admin's explicit consent
    edited = cli.ok("post", "edit", post_id, *as_("admin"), "--text", third_text, "--void-approval")
    assert edited["status"] == "draft" and edited["content_hash"] != second_hash
    assert cli.ok("post", "submit", post_id, *as_("admin"))["status"] == "in_review"
    sync("admin")
    assert server_status(post_id) == "in_review"

    sync("reviewer")
    third_hash = show("reviewer", post_id)["content_hash"]
    assert third_hash == edited["content_hash"]
    code, _, err = cli.run("review", "approve", post_id, *as_("reviewer"), "--hash", second_hash)
    assert code == 1  # the old approval cannot be replayed on the new text
    cli.ok("review", "approve", post_id, *as_("reviewer"), "--hash", third_hash)
    sync("reviewer")
    assert server_status(post_id) == "approved"

    # --- the admin records the publication ------------------------------------------------------------
    sync("admin")
    assert show("admin", post_id)["status"] == "approved"
    published_url = "https://www.instagram.com/p/PosyanduMelati1/"
    publication = cli.ok(
        "post", "record-publication", post_id, *as_("admin"), "--account", "instagram:kominfo.rl",
        "--url", published_url,
    )  # fmt: skip
    assert publication["content_hash"] == third_hash
    sync("admin")
    assert server_status(post_id) == "published"

    # --- oversight syncs and sees it ------------------------------------------------------------------
    sync("oversight")
    seen = show("oversight", post_id)
    assert seen["status"] == "published" and seen["content_hash"] == third_hash
    assert seen["main_text"] == third_text
    assert [p["url"] for p in seen["publications"]] == [published_url]
    assert [r["decision"] for r in seen["reviews"]] == ["request_changes", "approve", "approve"]
    trail = cli.ok("post", "trail", post_id, "--profile", profile["oversight"])
    assert trail["chain_intact"] is True
    actions = [e["action"] for e in trail["entries"]]
    for expected in ("created", "submitted", "changes_requested", "edited", "approved", "approval_voided", "published"):
        assert expected in actions, (expected, actions)

    # --- the audit chain verifies, locally and on the server ------------------------------------------
    for key in PASSWORDS:
        sync(key)  # pending local audit events keep local seq values until synced
        verified = cli.ok("audit", "verify", "--profile", profile[key], "--url", url[key], "--password-stdin",
                          stdin=PASSWORDS[key])  # fmt: skip
        assert verified == {"ok": True, "problems": [], "server": {"ok": True, "problems": []}}, key
    with db.superuser() as conn:
        events = conn.execute("SELECT count(*) FROM app.auditevent WHERE post_id = %s", (post_id,)).fetchone()
    assert events is not None and events[0] >= 9
    with sqlite3.connect(Path(profile["oversight"]) / "opdstudio.sqlite3") as local:
        (local_events,) = local.execute("SELECT count(*) FROM auditevent WHERE post_id = ?", (post_id,)).fetchone()
    assert local_events == events[0]  # oversight holds the whole chain

    code, _, err = cli.run(
        "audit",
        "verify",
        "--profile",
        profile["admin"],
        "--url",
        url["admin"],
        "--password-stdin",
        stdin="salah-sandi-2",
    )
    assert code == 11 and "Kata sandi salah" in err

    # --- a tampered server row is detected ------------------------------------------------------------
    with db.superuser() as conn, conn.transaction():
        conn.execute("SET LOCAL session_replication_role = replica")  # the append-only trigger refuses even us
        conn.execute(
            "UPDATE app.auditevent SET detail = jsonb_build_object('comment', 'Disetujui lisan.') "
            "WHERE post_id = %s AND action = 'changes_requested'",
            (post_id,),
        )
    code, out, _ = cli.run(
        "audit", "verify", "--profile", profile["oversight"], "--url", url["oversight"], "--password-stdin",
        "--format", "json", stdin=PASSWORDS["oversight"],
    )  # fmt: skip
    result = json.loads(out)
    assert code == 3 and result["ok"] is False
    assert result["problems"] == []  # the local copy still holds what was signed
    assert [(p["organisation_id"], p["problem"]) for p in result["server"]["problems"]] == [(kominfo, "edited")]
    code, out, _ = cli.run("audit", "verify", "--profile", profile["reviewer"], "--url", url["reviewer"],
                           "--password-stdin", stdin=PASSWORDS["reviewer"])  # fmt: skip
    assert code == 3 and "Rantai audit server rusak" in out and "edited" in out

    # --- a tampered local row is detected -------------------------------------------------------------
    with sqlite3.connect(Path(profile["admin"]) / "opdstudio.sqlite3") as local:
        changed = local.execute(
            "UPDATE auditevent SET actor_id = (SELECT id FROM person WHERE login = ?) "
            "WHERE post_id = ? AND action = 'published'",
            (login["reviewer"], post_id),
        ).rowcount
    assert changed == 1
    code, out, _ = cli.run("audit", "verify", "--profile", profile["admin"], "--format", "json")
    result = json.loads(out)
    assert code == 3 and "server" not in result
    assert [(p["organisation_id"], p["problem"]) for p in result["problems"]] == [(kominfo, "edited")]
