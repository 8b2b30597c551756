"""The installed app's start-up check: a lost file is named in a clear message, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from opdstudio.installed import EXIT_BROKEN_INSTALL, PACKAGE, REQUIRED, main, missing_files


def _copy_required(target: Path, leave_out: str = "") -> None:
    for folder, _pattern in REQUIRED:
        if folder.startswith(("core/storage/migrations", "core/storage/shared_migrations")):
            folder = "/".join(folder.split("/")[:3])
        if folder != leave_out and not (target / folder).exists():
            shutil.copytree(PACKAGE / folder, target / folder)


def test_this_installation_has_every_file() -> None:
    assert missing_files() == []


def test_a_copy_of_the_package_files_is_complete(tmp_path: Path) -> None:
    _copy_required(tmp_path)
    assert missing_files(tmp_path) == []


def test_missing_rules_stop_the_app_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _copy_required(tmp_path, leave_out="resources/rules")
    assert main(["lint", "-"], root=tmp_path) == EXIT_BROKEN_INSTALL
    err = capsys.readouterr().err
    assert str(tmp_path / "resources/rules/*.toml") in err
    assert "Pasang ulang OPD Studio" in err and "Reinstall OPD Studio" in err
    assert "Traceback" not in err


def test_an_intact_installation_runs_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.startswith("OPD Studio ")


def test_redirected_output_is_utf8_even_where_the_locale_is_not() -> None:
    # Windows pipes and files default to the ANSI code page (cp1252), which has no "→" or "—".
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "opdstudio.installed", "selfcheck"], capture_output=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    assert "English: Beranda → Home" in proc.stdout.decode("utf-8")
