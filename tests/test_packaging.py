"""A wheel (what `pip install .` installs, and what both installers carry) holds the package data."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from opdstudio.installed import missing_files

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_carries_rules_translations_migrations_and_icon(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("opdstudio-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(tmp_path / "unpacked")
    package = tmp_path / "unpacked" / "opdstudio"
    assert missing_files(package) == []
    assert (package / "resources" / "icons" / "opdstudio.png").is_file()
