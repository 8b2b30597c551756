"""Upgrading a shared database that already holds an agency's work: revision 0001 → head keeps every row and
every rule, and the sync refuses a server whose schema is not the one the app speaks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pgserver
import psycopg
import pytest

from opdstudio.core.errors import OpdError
from opdstudio.core.services import posts
from opdstudio.core.storage.database import Database
from opdstudio.core.sync.admin import init_server
from opdstudio.core.sync.connection import server_engine
from opdstudio.core.sync.engine import SyncEngine
from opdstudio.core.sync.server_schema import head_revision, known_revisions
from tests.sync.shared import SharedDb, SharedWorld, draft, review, set_status

pytestmark = pytest.mark.xdist_group("test_schema_upgrade")


@pytest.fixture(scope="module")
def old_world(pg_server: pgserver.PostgresServer) -> Iterator[SharedWorld]:
    """A database left at the first revision, with the small world and a post in review on it."""
    db = SharedDb.create(pg_server, "s_schema_upgrade")
    engine = server_engine(db.superuser_url)
    init_server(engine, target=known_revisions()[0])
    engine.dispose()
    world = SharedWorld.build(db)
    yield world
    world.close()
    db.drop()


def test_the_sync_refuses_an_older_server_schema_and_keeps_the_work(old_world: SharedWorld, tmp_path: Path) -> None:
    profile = Database.open_profile(tmp_path / "author")
    sync = SyncEngine(profile, lambda: psycopg.connect(old_world.db.url(old_world.people["author"].login)))
    try:
        with pytest.raises(OpdError) as older:
            sync.sync()
        assert "opdstudio server init" in older.value.message_id and "older" in older.value.message_en
        assert sync.status().last_synced_at is None
    finally:
        sync.close()
        profile.close()


def test_upgrading_keeps_the_rows_and_the_rules(old_world: SharedWorld, tmp_path: Path) -> None:
    w = old_world
    post = draft(w)
    set_status(w, "author", post, "in_review")
    engine = server_engine(w.db.superuser_url)
    try:
        result = init_server(engine)
    finally:
        engine.dispose()
    assert (result.revision_before, result.revision_after) == (known_revisions()[0], head_revision())
    # The roles granted before the upgrade still count: the reviewer decides, the author may not.
    with pytest.raises(psycopg.Error) as self_review:
        review(w, "author", post, "approve")
    assert self_review.value.sqlstate in ("42501", "OPD01")
    review(w, "reviewer", post, "approve")
    # And a profile syncs with the upgraded server.
    profile = Database.open_profile(tmp_path / "author")
    sync = SyncEngine(profile, lambda: psycopg.connect(w.db.url(w.people["author"].login)))
    try:
        report = sync.sync()
        assert report.pulled > 0
        with profile.session() as s:
            assert posts.get_post(s, post.id).status == "approved"
    finally:
        sync.close()
        profile.close()


def test_the_sync_refuses_a_newer_server_schema(old_world: SharedWorld, tmp_path: Path) -> None:
    w = old_world
    with w.db.superuser() as root:
        root.execute("UPDATE app.alembic_version SET version_num = '9999'")
    profile = Database.open_profile(tmp_path / "author")
    sync = SyncEngine(profile, lambda: psycopg.connect(w.db.url(w.people["author"].login)))
    try:
        with pytest.raises(OpdError) as newer:
            sync.sync()
        assert "Perbarui OPD Studio" in newer.value.message_id and "newer schema" in newer.value.message_en
        assert sync.status().last_synced_at is None
    finally:
        sync.close()
        profile.close()
        with w.db.superuser() as root:
            root.execute("UPDATE app.alembic_version SET version_num = %s", (head_revision(),))
