"""A consistent copy of a live SQLite file (used before a migration and by tests that clone a profile)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def backup_sqlite(source: Path, dest: Path) -> None:
    """Copy a live SQLite database consistently (the online backup API, WAL included)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
