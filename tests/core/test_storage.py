"""The local profile database: durable settings, safe migrations, timezone-aware times."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlmodel import select

from opdstudio.core.domain.models import Membership, Organisation, Setting
from opdstudio.core.errors import ProfileError
from opdstudio.core.storage import migrations_runner
from opdstudio.core.storage.backups import backup_sqlite
from opdstudio.core.storage.database import Database
from opdstudio.core.storage.profile import ProfilePaths

WIB = timezone(timedelta(hours=7))


def raw(path: Path, sql: str) -> list[tuple[object, ...]]:
    """Read the file with plain sqlite3, outside the application."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def revision(path: Path) -> str:
    return str(raw(path, "SELECT version_num FROM alembic_version")[0][0])


def files(root: Path) -> dict[str, bytes]:
    """Every file of a profile folder and its bytes."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def make_profile(root: Path) -> None:
    db = Database.open_profile(root)
    with db.session() as s:
        s.add(Organisation(name="Dinas Komunikasi dan Informatika"))
        s.add(Setting(key="language", value="id"))
    db.close()


# --------------------------------------------------------------------------- connection settings


def test_every_session_runs_with_wal_full_sync_and_foreign_keys(db: Database) -> None:
    # two sessions open at once hold two connections: each must have the settings
    with db.session() as first, db.session() as second:
        conns = [first.connection(), second.connection()]
        assert conns[0].connection.dbapi_connection is not conns[1].connection.dbapi_connection
        for conn in conns:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_the_file_itself_is_in_wal_mode(db: Database) -> None:
    assert db.paths is not None
    assert raw(db.paths.database, "PRAGMA journal_mode") == [("wal",)]


def test_a_row_pointing_nowhere_is_refused(db: Database) -> None:
    with pytest.raises(IntegrityError), db.session() as s:
        s.add(Membership(person_id="nobody", organisation_id="nowhere", role="admin"))


def test_a_failed_session_keeps_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as s:
        s.add(Setting(key="language", value="en"))
        s.flush()
        raise RuntimeError("crash in the middle")
    with db.session() as s:
        assert s.get(Setting, "language") is None


# --------------------------------------------------------------------------- opening and migrating


def test_a_new_profile_is_migrated_to_the_newest_schema_without_a_backup(tmp_path: Path) -> None:
    root = tmp_path / "baru"
    db = Database.open_profile(root)
    db.close()
    paths = ProfilePaths(root)
    assert revision(paths.database) == migrations_runner.head_revision()
    assert not paths.backups.exists() or not any(paths.backups.iterdir())


def test_reopening_a_current_profile_changes_nothing_but_adds_the_days_backup(tmp_path: Path) -> None:
    root = tmp_path / "profil"
    make_profile(root)
    before = files(root)
    db = Database.open_profile(root)
    with db.session() as s:
        assert [o.name for o in s.exec(select(Organisation)).all()] == ["Dinas Komunikasi dan Informatika"]
    db.close()
    after = files(root)
    (daily,) = [name for name in after if name.startswith("backups/")]
    assert daily.startswith("backups/daily-")
    del after[daily]
    assert after == before


def test_a_profile_from_a_newer_opd_studio_is_refused_untouched(tmp_path: Path) -> None:
    root = tmp_path / "profil"
    make_profile(root)
    paths = ProfilePaths(root)
    conn = sqlite3.connect(paths.database)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = files(root)

    with pytest.raises(ProfileError) as info:
        Database.open_profile(root)
    err = info.value
    assert "newer OPD Studio" in err.message("en")
    assert "9999_future" in err.message("en")
    assert "lebih baru" in err.message("id")
    assert "9999_future" in err.message("id")
    assert err.message("id") != err.message("en")

    assert files(root) == before
    assert not paths.backups.exists()
    assert revision(paths.database) == "9999_future"
    assert raw(paths.database, "SELECT name FROM organisation") == [("Dinas Komunikasi dan Informatika",)]


def test_the_refused_file_is_not_left_open(tmp_path: Path) -> None:
    """After the refusal the user may move or replace the file (Windows refuses while it is open)."""
    root = tmp_path / "profil"
    make_profile(root)
    conn = sqlite3.connect(ProfilePaths(root).database)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    with pytest.raises(ProfileError):
        Database.open_profile(root)
    # an exclusive lock succeeds only when no other connection holds the file
    conn = sqlite3.connect(ProfilePaths(root).database, timeout=0)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    finally:
        conn.close()


NEXT_REVISION = '''"""a later schema"""
import sqlalchemy as sa
from alembic import op

revision = "9000"
down_revision = "{current}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("laternote", sa.Column("id", sa.Integer(), primary_key=True))
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("motto", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        batch.drop_column("motto")
    op.drop_table("laternote")
'''


def install_next_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the app's migrations those of a later OPD Studio: today's revisions plus one more."""
    scripts = tmp_path / "migrations-next"
    shutil.copytree(migrations_runner.MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    current = migrations_runner.head_revision()
    (scripts / "versions" / "9000_next.py").write_text(NEXT_REVISION.format(current=current), encoding="utf-8")
    monkeypatch.setattr(migrations_runner, "MIGRATIONS", scripts)
    assert migrations_runner.head_revision() == "9000"


def test_migrating_an_older_profile_backs_it_up_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "profil"
    paths = ProfilePaths(root)
    make_profile(root)  # written by today's OPD Studio
    old_revision = revision(paths.database)
    assert old_revision == migrations_runner.head_revision()

    install_next_version(tmp_path, monkeypatch)
    db = Database.open_profile(root)  # opened by the next version
    try:
        with db.session() as s:
            assert s.exec(select(Organisation.name)).all() == ["Dinas Komunikasi dan Informatika"]
            cols = [r[1] for r in s.connection().exec_driver_sql("PRAGMA table_info(organisation)")]
            assert "motto" in cols
    finally:
        db.close()
    assert revision(paths.database) == "9000"

    (backup,) = sorted(paths.backups.glob("opdstudio-*"))
    assert old_revision in backup.name
    assert revision(backup) == old_revision
    assert raw(backup, "SELECT name FROM organisation") == [("Dinas Komunikasi dan Informatika",)]
    assert raw(backup, "SELECT value FROM setting WHERE key = 'language'") == [("id",)]
    assert raw(backup, "SELECT name FROM sqlite_master WHERE name = 'laternote'") == []
    assert "motto" not in [r[1] for r in raw(backup, "PRAGMA table_info(organisation)")]
    assert raw(backup, "PRAGMA integrity_check") == [("ok",)]

    # opening again migrates nothing: no second migration backup
    Database.open_profile(root).close()
    assert len(list(paths.backups.glob("opdstudio-*"))) == 1


def test_backup_copies_what_is_still_in_the_write_ahead_log(db: Database, tmp_path: Path) -> None:
    assert db.paths is not None
    with db.session() as s:
        s.add(Setting(key="language", value="en"))
    # the engine is still open, so the row may sit in the -wal file only
    dest = tmp_path / "copy" / "backup.sqlite3"
    backup_sqlite(db.paths.database, dest)
    assert raw(dest, "SELECT value FROM setting WHERE key = 'language'") == [("en",)]


# --------------------------------------------------------------------------- times


def test_a_naive_datetime_is_refused(db: Database) -> None:
    with pytest.raises(StatementError) as info, db.session() as s:
        s.add(Organisation(name="Dinas", created_at=datetime(2026, 3, 2, 9, 30)))
        s.flush()
    assert isinstance(info.value.orig, ValueError)
    assert "naive" in str(info.value.orig)
    with db.session() as s:
        assert s.exec(select(Organisation)).all() == []


def test_times_are_stored_as_utc_and_come_back_aware(db: Database) -> None:
    with db.session() as s:
        org = Organisation(name="Dinas", created_at=datetime(2026, 3, 2, 9, 30, 15, 123456, tzinfo=WIB))
        s.add(org)
        org_id = org.id
    with db.session() as s:
        stored = s.connection().execute(text("SELECT created_at FROM organisation WHERE id = :id"), {"id": org_id})
        assert str(stored.scalar()).startswith("2026-03-02 02:30:15.123456")
        again = s.get(Organisation, org_id)
        assert again is not None
        assert again.created_at == datetime(2026, 3, 2, 2, 30, 15, 123456, tzinfo=UTC)
        assert again.created_at.utcoffset() == timedelta(0)
        assert again.updated_at.tzinfo is not None
        assert again.deleted_at is None


def test_times_compare_correctly_in_queries(db: Database) -> None:
    with db.session() as s:
        s.add(Organisation(name="pagi", created_at=datetime(2026, 3, 2, 8, 0, tzinfo=WIB)))  # 01:00 UTC
        s.add(Organisation(name="malam", created_at=datetime(2026, 3, 2, 2, 0, tzinfo=UTC)))  # 02:00 UTC
    with db.session() as s:
        cutoff = datetime(2026, 3, 2, 8, 30, tzinfo=WIB)  # 01:30 UTC
        later = s.exec(select(Organisation.name).where(Organisation.created_at > cutoff)).all()
    assert later == ["malam"]


def test_the_quick_head_read_from_the_files_is_alembics_head() -> None:
    from opdstudio.core.storage.migrations_runner import head_revision, quick_head_revision

    assert quick_head_revision() == head_revision()
