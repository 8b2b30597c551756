"""Ways a profile file gets damaged on a real disk, done to a real file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path


def _page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


def root_page(path: Path, table: str) -> int:
    """The page number of ``table``'s b-tree root."""
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0])
    finally:
        conn.close()


def overwrite_page(path: Path, page: int) -> None:
    """Overwrite one page with junk, as a bad sector or a torn write would."""
    size = _page_size(path)
    with path.open("r+b") as f:
        f.seek((page - 1) * size)
        f.write(bytes(range(256)) * (size // 256))


def overwrite_middle_page(path: Path) -> None:
    """Junk over the b-tree page in the middle of the file (root pages are never free-list pages)."""
    conn = sqlite3.connect(path)
    try:
        roots = sorted(int(r[0]) for r in conn.execute("SELECT rootpage FROM sqlite_schema WHERE rootpage > 1"))
    finally:
        conn.close()
    overwrite_page(path, roots[len(roots) // 2])


def truncate(path: Path) -> None:
    """Cut the file in half, as a copy interrupted by a full disk would."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def not_sqlite(path: Path) -> None:
    """Replace the file with something else entirely (a document saved over it)."""
    path.write_bytes(b"%PDF-1.7\nbukan basis data\n" * 2000)


KINDS: dict[str, Callable[[Path], None]] = {
    "page in the middle": overwrite_middle_page,
    "truncated": truncate,
    "not sqlite": not_sqlite,
}
