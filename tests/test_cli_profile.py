"""`opdstudio profile check|backup|restore`, and every command meeting a damaged profile file: a clear message
in Indonesian and English, a non-zero exit, no traceback, and a way back to the data."""

from __future__ import annotations

import io
import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from opdstudio.cli import main
from opdstudio.core.services import posts
from opdstudio.core.storage.database import Database
from tests.conftest import PASSWORD
from tests.core.storage.damage import KINDS, overwrite_middle_page

ROOT = Path(__file__).resolve().parents[1]
TITLE = "Pelatihan literasi digital"


@pytest.fixture
def profile(db: Database, world: Any) -> Path:
    """A closed profile with one draft by 'ani'."""
    assert db.paths is not None
    with db.session() as s:
        posts.create_post(s, world.admin, world.bidang, title=TITLE, main_text="Pelatihan literasi digital di aula.")
    db.close()
    return db.paths.root


def run(capsys: pytest.CaptureFixture[str], profile: Path, *argv: str) -> tuple[int, str, str]:
    """Run a command; one that acts `--as` someone gives that person's local password on standard input."""
    capsys.readouterr()
    if "--as" in argv:
        argv = (*argv, "--password-stdin")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        code = main([*argv, "--profile", str(profile)])
    out, err = capsys.readouterr()
    return code, out, err


def assert_damage_reported(code: int, out: str, err: str) -> None:
    assert code == 1
    assert out == ""
    assert "Berkas profil rusak" in err and "The profile file is damaged" in err
    assert "Traceback" not in err


def test_post_list_and_audit_verify_on_a_damaged_page_say_so_without_a_traceback(profile: Path) -> None:
    """The attack run's case, as a real process: both commands used to exit 0 silently or crash."""
    overwrite_middle_page(profile / "opdstudio.sqlite3")
    for argv in (["post", "list", "--as", "ani"], ["audit", "verify"]):
        proc = subprocess.run(
            [sys.executable, "main.py", *argv, "--profile", str(profile)],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        assert_damage_reported(proc.returncode, proc.stdout, proc.stderr)


COMMANDS = [
    ["post", "list", "--as", "ani"],
    ["audit", "verify"],
    ["profile", "info"],
    ["profile", "check"],
    ["profile", "backup"],
    ["user", "list"],
    ["sync", "--status"],
]


@pytest.mark.parametrize("damage", KINDS.values(), ids=KINDS.keys())
def test_every_command_reports_each_kind_of_damage(
    profile: Path, damage: Callable[[Path], None], capsys: pytest.CaptureFixture[str]
) -> None:
    damage(profile / "opdstudio.sqlite3")
    for argv in COMMANDS:
        assert_damage_reported(*run(capsys, profile, *argv))


def test_backup_then_damage_then_restore_latest_brings_the_post_back(
    profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, profile, "profile", "backup", "--format", "json")
    assert code == 0, err
    saved = Path(json.loads(out)["backup"])
    database = profile / "opdstudio.sqlite3"
    overwrite_middle_page(database)
    damaged = database.read_bytes()

    code, out, err = run(capsys, profile, "post", "list", "--as", "ani")
    assert_damage_reported(code, out, err)
    assert saved.name in err and "profile restore --latest" in err  # the way back is named

    code, out, err = run(capsys, profile, "profile", "restore", "--latest", "--format", "json")
    assert code == 0, err
    done = json.loads(out)
    assert done["restored"] == str(saved)
    assert Path(done["kept_aside"]).read_bytes() == damaged  # kept aside, not deleted

    code, out, err = run(capsys, profile, "post", "list", "--as", "ani")
    assert code == 0, err
    assert TITLE in out
    code, out, err = run(capsys, profile, "audit", "verify")
    assert (code, out.strip()) == (0, "Rantai audit utuh.")


def test_restore_from_a_named_file(profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "flashdisk" / "opdstudio-salinan.sqlite3"
    code, out, err = run(capsys, profile, "profile", "backup", "--format", "json")
    assert code == 0, err
    copy.parent.mkdir()
    copy.write_bytes(Path(json.loads(out)["backup"]).read_bytes())
    KINDS["not sqlite"](profile / "opdstudio.sqlite3")

    code, out, err = run(capsys, profile, "profile", "restore", "--from", str(copy))
    assert code == 0, err
    assert str(copy) in out and "disimpan di" in out
    code, out, err = run(capsys, profile, "post", "list", "--as", "ani")
    assert code == 0 and TITLE in out


def test_restore_with_nothing_to_restore_is_refused_and_changes_nothing(
    profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for backup in (profile / "backups").glob("*"):
        backup.unlink()
    database = profile / "opdstudio.sqlite3"
    KINDS["truncated"](database)
    before = database.read_bytes()
    code, _out, err = run(capsys, profile, "profile", "restore", "--latest")
    assert code == 1 and "Tidak ada cadangan yang utuh" in err and "Traceback" not in err
    assert database.read_bytes() == before
    code, _out, err = run(capsys, profile, "profile", "restore", "--from", str(profile / "tidak-ada.sqlite3"))
    assert code == 1 and "tidak ada" in err
    assert database.read_bytes() == before


def test_check_of_a_sound_profile_lists_its_backups(profile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, profile, "profile", "backup")
    code, out, err = run(capsys, profile, "profile", "check", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["ok"] is True
    assert [Path(p).name.split("-")[0] for p in data["backups"]] == ["manual", "daily"]


def test_sync_backs_up_first_and_refuses_to_start_from_a_damaged_file(
    profile: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    unreachable = ["sync", "--url", "postgresql://ani@127.0.0.1:1/opd", "--password-stdin"]
    code, _out, err = run(capsys, profile, *unreachable)
    assert code == 10 and "tidak dapat dihubungi" in err
    (presync,) = (profile / "backups").glob("presync-*.sqlite3")  # made before the connection was tried
    conn = sqlite3.connect(presync)
    try:
        assert conn.execute("SELECT title FROM post").fetchall() == [(TITLE,)]
    finally:
        conn.close()
    overwrite_middle_page(profile / "opdstudio.sqlite3")
    assert_damage_reported(*run(capsys, profile, *unreachable))


def test_audit_heads_and_a_printed_anchor_checked_from_the_command_line(
    profile: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, profile, "audit", "heads", "--format", "json")
    assert code == 0, err
    (head,) = json.loads(out)
    assert head["organisation"] == "Bidang Informasi dan Komunikasi Publik" and head["seq"] == 1
    code, text, err = run(capsys, profile, "audit", "heads")
    grouped = " ".join(head["event_hash"][i : i + 8] for i in range(0, 64, 8))
    assert grouped in text
    anchor = ["audit", "anchor", "--org", head["organisation"], "--seq", "1"]
    code, out, err = run(capsys, profile, *anchor, "--hash", grouped)
    assert (code, out.startswith("Cocok")) == (0, True), err
    code, out, err = run(capsys, profile, *anchor, "--hash", "0" * 64)
    assert code == 3 and "TIDAK COCOK" in out and "berbeda" in out
    code, out, err = run(
        capsys, profile, "audit", "anchor", "--org", head["organisation"], "--seq", "2", "--hash", grouped
    )
    assert code == 3 and "tidak ada lagi" in out


def test_commands_on_a_folder_without_a_profile_say_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "tidak-ada"
    for argv in (["profile", "check"], ["profile", "backup"]):
        code, _out, err = run(capsys, empty, *argv)
        assert code == 1 and "There is no profile" in err
    assert not empty.exists()
