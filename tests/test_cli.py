"""The headless commands, run as a person runs them: a real process, a profile folder, stdout and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from opdstudio.cli import main
from opdstudio.core.domain.models import AuditEvent
from opdstudio.core.services import posts
from opdstudio.core.storage.database import Database
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[1]


def _root(db: Database) -> Path:
    assert db.paths is not None
    return db.paths.root


def test_help_lists_every_command() -> None:
    proc = subprocess.run([sys.executable, "main.py", "--help"], capture_output=True, text=True, cwd=ROOT, check=True)
    for command in ("gui", "demo", "user", "post", "audit", "profile"):
        assert command in proc.stdout


def test_user_add_then_list_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], db: Database, world: Any
) -> None:
    profile = _root(db)
    proc = subprocess.run(
        [
            sys.executable,
            "main.py",
            "user",
            "add",
            "--profile",
            str(profile),
            "--name",
            "Rina Marlina",
            "--login",
            "rina",
            "--org",
            "Dinas Kesehatan",
            "--role",
            "reviewer",
            "--level",
            "2",
            "--password-stdin",
        ],
        input="kata-sandi-rina\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert main(["user", "list", "--profile", str(profile), "--format", "json"]) == 0
    people = {p["login"]: p for p in json.loads(capsys.readouterr().out)}
    assert people["rina"]["roles"] == [{"role": "reviewer", "organisation_id": world.other_dinas, "level": 2}]


def test_user_add_with_a_short_password_fails_with_both_languages(db: Database, world: Any) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "main.py",
            "user",
            "add",
            "--profile",
            str(_root(db)),
            "--name",
            "Rina",
            "--login",
            "rina",
            "--org",
            "Dinas Kesehatan",
            "--role",
            "admin",
            "--password-stdin",
        ],
        input="pendek\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 1
    assert "Kata sandi minimal 8 karakter." in proc.stderr and "at least 8 characters" in proc.stderr


def test_audit_verify_detects_an_edited_event(db: Database, world: Any, capsys: pytest.CaptureFixture[str]) -> None:
    with db.session() as s:
        posts.create_post(s, world.admin, world.bidang, title="Upacara Hari Pahlawan")
    profile = str(_root(db))
    assert main(["audit", "verify", "--profile", profile]) == 0
    assert "Rantai audit utuh." in capsys.readouterr().out
    with db.session() as s:
        event = s.exec(select(AuditEvent)).one()
        event.action = "approved"
    assert main(["audit", "verify", "--profile", profile, "--format", "json"]) == 3
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["problems"][0]["problem"] == "edited"


def test_post_list_and_profile_info(
    db: Database, world: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.session() as s:
        posts.create_post(s, world.admin, world.bidang, title="Penyuluhan stunting")
    profile = str(_root(db))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["post", "list", "--profile", profile, "--as", "ani", "--password-stdin", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["title"], r["status"]) for r in rows] == [("Penyuluhan stunting", "draft")]
    assert main(["profile", "info", "--profile", profile, "--format", "json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["counts"]["post"] == 1 and info["counts"]["person"] == 6


def test_unknown_login_is_a_clear_error(db: Database, world: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["post", "list", "--profile", str(_root(db)), "--as", "siapa"]) == 1
    assert "Login 'siapa' tidak ada di profil ini." in capsys.readouterr().err


def test_account_add_validates_the_url_and_lists_the_account(
    db: Database, world: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = str(_root(db))
    base = ["account", "add", "--profile", profile, "--as", "ani", "--password-stdin"]
    base += ["--org", "Bidang Informasi dan Komunikasi Publik"]
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n{PASSWORD}\n"))
    assert main([*base, "--platform", "tiktok", "--handle", "@ikp.rl", "--url", "https://facebook.com/ikp.rl"]) == 1
    assert "bukan alamat" in capsys.readouterr().err
    assert main([*base, "--platform", "tiktok", "--handle", "@ikp.rl", "--url", "https://www.tiktok.com/@ikp.rl"]) == 0
    capsys.readouterr()
    assert main(["account", "list", "--profile", profile, "--format", "json"]) == 0
    handles = {(a["platform"], a["handle"]) for a in json.loads(capsys.readouterr().out)}
    assert ("tiktok", "@ikp.rl") in handles and ("instagram", "@kominfo.rl") in handles
