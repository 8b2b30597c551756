"""Where a profile lives on disk: one folder holding the SQLite file, photos and backups."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "OPDStudio"
APP_AUTHOR = "Diskominfo"


def default_profile_dir() -> Path:
    """The default profile folder in the platform's data directory."""
    return Path(user_data_dir(APP_NAME, APP_AUTHOR)) / "profiles" / "default"


def demo_profile_dir() -> Path:
    """The folder of the demo profile that ``--demo`` opens."""
    return Path(user_data_dir(APP_NAME, APP_AUTHOR)) / "profiles" / "demo"


@dataclass(frozen=True)
class ProfilePaths:
    """The files of one profile."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "opdstudio.sqlite3"

    @property
    def media(self) -> Path:
        return self.root / "media"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def log_file(self) -> Path:
        return self.root / "opdstudio.log"
