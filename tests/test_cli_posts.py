"""The post and review commands: the whole flow from draft to publication, scripted as an admin would."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from opdstudio.cli import main
from opdstudio.core.domain.enums import Role
from opdstudio.core.domain.models import Organisation
from opdstudio.core.services.people import add_person
from opdstudio.core.storage.database import Database
from tests.conftest import PASSWORD

TEXT = "Diskominfo menggelar pelatihan literasi digital bagi 40 perangkat desa di aula kantor."
TEXT2 = "Diskominfo menggelar pelatihan literasi digital bagi 45 perangkat desa di aula kantor."
FB_TEXT = "Pelatihan literasi digital hari ini diikuti perangkat desa. Terima kasih para peserta!"


class Cli:
    """Runs commands on one profile and returns (exit code, stdout, stderr)."""

    def __init__(self, db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        assert db.paths is not None
        self.profile, self.capsys, self.monkeypatch = str(db.paths.root), capsys, monkeypatch

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        """Run a command; one that acts as a person gives their local password first on standard input."""
        self.capsys.readouterr()
        if argv[0] in ("post", "review", "activity", "account"):
            rest = sys.stdin.read() if isinstance(sys.stdin, io.StringIO) else ""
            self.monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n{rest}"))
            argv = (*argv, "--password-stdin")
        code = main([*argv, "--profile", self.profile])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str) -> Any:
        code, out, err = self(*argv, "--format", "json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(db: Database, world: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(db, capsys, monkeypatch)


def _new(cli: Cli, *extra: str) -> str:
    code, out, err = cli(
        "post", "new", "--as", "ani", "--org", "Bidang Informasi dan Komunikasi Publik",
        "--title", "Pelatihan literasi digital", "--text", TEXT, *extra,
    )  # fmt: skip
    assert code == 0, err
    return out.strip()


def test_the_whole_flow_from_draft_to_publication(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fb_file = tmp_path / "facebook.txt"
    fb_file.write_text(FB_TEXT, encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(TEXT))
    code, out, err = cli(
        "post", "new", "--as", "ani", "--org", "Bidang Informasi dan Komunikasi Publik",
        "--title", "Pelatihan literasi digital", "--text-file", "-", "--target", "instagram:@kominfo.rl",
        "--target", "kominforl", "--variant", f"facebook={fb_file}", "--event-date", "2026-03-02", "--place", "Aula",
    )  # fmt: skip
    assert code == 0, err
    post_id = out.strip()
    shown = cli.json("post", "show", post_id[:8])
    assert (shown["status"], shown["main_text"], shown["place"]) == ("draft", TEXT, "Aula")
    assert {v["platform"]: v["text"] for v in shown["variants"]} == {"facebook": FB_TEXT, "instagram": TEXT}

    assert cli.json("post", "submit", post_id, "--as", "ani")["status"] == "in_review"
    assert [q["post_id"] for q in cli.json("review", "queue", "--as", "budi")] == [post_id]
    code, _out, _err = cli("review", "request-changes", post_id, "--as", "budi", "--comment", "Jumlah peserta salah.")
    assert code == 0
    cli.json("post", "edit", post_id, "--as", "ani", "--text", TEXT2)
    cli.json("post", "submit", post_id, "--as", "ani")
    code, out, _err = cli("post", "diff", post_id, "--as", "budi")
    assert "bagi [-40-]{+45+} perangkat" in out

    seen = cli.json("post", "show", post_id)["content_hash"]
    assert cli.json("review", "approve", post_id, "--as", "budi", "--hash", seen)["status"] == "approved"
    assert cli.json("post", "caption", post_id, "--account", "kominforl")["caption"] == FB_TEXT

    code, _out, err = cli(
        "post", "record-publication", post_id, "--as", "ani", "--account", "instagram:@kominfo.rl",
        "--url", "https://www.facebook.com/kominforl/posts/1",
    )  # fmt: skip
    assert code == 1 and "bukan alamat Instagram" in err and "not on Instagram" in err
    record = cli.json(
        "post", "record-publication", post_id, "--as", "ani", "--account", "instagram:@kominfo.rl",
        "--url", "https://www.instagram.com/p/Cx1/", "--at", "2026-03-02T09:30",
    )  # fmt: skip
    assert record["content_hash"] == seen and record["published_at"] == "2026-03-02T02:30:00+00:00"

    shown = cli.json("post", "show", post_id)
    assert shown["status"] == "published"
    assert [(r["reviewer"], r["decision"]) for r in shown["reviews"]] == [
        ("budi", "request_changes"),
        ("budi", "approve"),
    ]
    feed = cli.json("activity", "--as", "dewi")
    assert [i["action"] for i in feed] == ["published", "approved", "submitted", "changes_requested", "submitted"]
    trail = cli.json("post", "trail", post_id)
    assert trail["chain_intact"] and trail["entries"][0]["action"] == "created"
    code, out, _err = cli("post", "trail", post_id)
    assert out.rstrip().endswith("Rantai audit utuh.")


def test_editing_an_approved_post_needs_void_approval(cli: Cli) -> None:
    post_id = _new(cli, "--target", "instagram:@kominfo.rl")
    cli.json("post", "submit", post_id, "--as", "ani")
    cli.json("review", "approve", post_id, "--as", "budi")
    code, _out, err = cli("post", "edit", post_id, "--as", "ani", "--text", TEXT2)
    assert code == 1 and "membatalkan persetujuan" in err and "voids the approval" in err
    assert cli.json("post", "show", post_id)["status"] == "approved"
    assert cli.json("post", "edit", post_id, "--as", "ani", "--text", TEXT2, "--void-approval")["status"] == "draft"
    assert cli.json("activity", "--as", "ani")[0]["action"] == "approval_voided"


def test_a_decision_on_a_stale_hash_and_publish_steps_on_a_draft_are_refused(cli: Cli) -> None:
    post_id = _new(cli, "--target", "instagram:@kominfo.rl")
    code, _out, err = cli("post", "caption", post_id, "--account", "instagram:@kominfo.rl")
    assert code == 1 and "Only an approved post can be published." in err
    cli.json("post", "submit", post_id, "--as", "ani")
    code, _out, err = cli("review", "approve", post_id, "--as", "budi", "--hash", "0" * 64)
    assert code == 1 and "The post changed since you opened it." in err
    code, _out, err = cli("review", "reject", post_id, "--as", "budi", "--reason", "  ")
    assert code == 1 and "Write the reason for rejecting." in err


def test_names_that_match_nothing_or_several_things_say_so(cli: Cli, db: Database, world: Any) -> None:
    with db.session() as s:
        from opdstudio.core.domain.models import OfficialAccount

        s.add(
            OfficialAccount(
                organisation_id=world.dinas, platform="x", handle="kominforl", url="https://x.com/kominforl"
            )
        )
    code, _out, err = cli("post", "new", "--as", "ani", "--org", world.bidang, "--target", "kominforl")
    assert code == 1 and "write platform:handle, e.g. instagram:kominforl" in err
    code, _out, err = cli("post", "show", "zzzz")
    assert code == 1 and "Post 'zzzz' not found" in err
    code, _out, err = cli("post", "list")
    assert code == 1 and "--as LOGIN" in err


def test_a_one_person_profile_needs_no_as(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, password_hash: str
) -> None:
    with db.session() as s:
        org = Organisation(name="Desa Talang Ulu", kind="desa")
        s.add(org)
        s.flush()
        add_person(
            s, name="Sari", login="sari", password="", password_hash=password_hash, roles=[(org.id, Role.ADMIN, 1)]
        )
    cli = Cli(db, capsys, monkeypatch)
    code, out, err = cli("post", "new", "--org", "Desa Talang Ulu", "--title", "Gotong royong")
    assert code == 0, err
    assert [r["id"] for r in cli.json("post", "list")] == [out.strip()]


def test_a_website_article_is_exported_for_the_cms(cli: Cli, db: Database, world: Any, tmp_path: Path) -> None:
    with db.session() as s:
        from opdstudio.core.domain.models import OfficialAccount

        s.add(
            OfficialAccount(
                organisation_id=world.dinas,
                platform="website",
                handle="kominfo",
                url="https://kominfo.rejanglebongkab.go.id",
            )
        )
    post_id = _new(cli, "--target", "website:kominfo")
    code, _out, err = cli("post", "export-article", post_id, "--out", str(tmp_path))
    assert code == 1 and "Only an approved post can be published." in err
    cli.json("post", "submit", post_id, "--as", "ani")
    cli.json("review", "approve", post_id, "--as", "budi")
    files = cli.json("post", "export-article", post_id, "--out", str(tmp_path / "cms"))
    assert Path(files["html"]).name == "pelatihan-literasi-digital.html" and files["photos"] == []
    assert Path(files["text"]).read_text(encoding="utf-8") == f"Pelatihan literasi digital\n\n{TEXT}\n"
