"""`opdstudio selfcheck` and `--version`: what an installation reports about itself."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from opdstudio import __version__
from opdstudio.cli import main
from opdstudio.commands import selfcheck

ROOT = Path(__file__).resolve().parents[1]
NAMES = [name for name, _check in selfcheck.CHECKS]


def test_every_part_of_this_installation_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["selfcheck", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["version"] == __version__
    assert [c["check"] for c in report["checks"]] == NAMES
    assert [c["check"] for c in report["checks"] if not c["ok"]] == []
    details = {c["check"]: c["detail"] for c in report["checks"]}
    assert "Asia/Jayapura 14:00" in details["timezones"]  # 05:00 UTC is 14:00 WIT
    assert details["translations"] == "English: Beranda → Home"


def test_a_broken_part_is_named_with_its_reason_and_the_exit_code_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(selfcheck, "ZONES", ("Asia/Jakarta", "Asia/Atlantis"))
    assert main(["selfcheck"]) == 1
    out = capsys.readouterr().out
    assert "GAGAL timezones" in out and "Asia/Atlantis" in out
    assert "OK    fts5" in out
    assert "1 pemeriksaan gagal / 1 checks failed" in out


def test_version_is_the_package_version_everywhere() -> None:
    assert version("opdstudio") == __version__
    proc = subprocess.run(
        [sys.executable, "main.py", "--version"], capture_output=True, text=True, cwd=ROOT, check=True, timeout=60
    )
    assert proc.stdout.strip() == f"OPD Studio {__version__}"
