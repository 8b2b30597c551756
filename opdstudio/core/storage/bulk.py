"""Bulk inserts of publications: the per-row search trigger is paused and the search index rebuilt once.

The keys and the FTS5 index are those of migration 0002 (``publication_search_key``, ``publication_search``):
a key sorts like its publication time, ``ms since 1970 * 1024 + n``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text

_TRIGGER = "publication_search_ai"
_BASE = (
    "((CAST(strftime('%s', published_at) AS INTEGER) * 1000"
    " + CAST(substr(strftime('%f', published_at), 4, 3) AS INTEGER)) * 1024)"
)


@contextmanager
def publication_search_paused(conn: Connection) -> Iterator[None]:
    """Insert publications inside the block without indexing each; afterwards key and index them all at once."""
    sql = conn.execute(
        text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"), {"name": _TRIGGER}
    ).scalar()
    if sql is None:  # not a profile database with the search index
        yield
        return
    conn.execute(text(f"DROP TRIGGER {_TRIGGER}"))
    try:
        yield
        conn.execute(text("DELETE FROM publication_search_key"))
        conn.execute(
            text(
                "INSERT INTO publication_search_key(key, publication_id) "
                f"SELECT {_BASE} + row_number() OVER (PARTITION BY {_BASE} ORDER BY id) - 1, id "
                "FROM publication WHERE deleted_at IS NULL"
            )
        )
        conn.execute(text("INSERT INTO publication_search(publication_search) VALUES ('rebuild')"))
    finally:
        conn.execute(text(sql))
