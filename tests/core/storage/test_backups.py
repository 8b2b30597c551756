"""Profile care: a damaged file is refused with a clear message, backups rotate and are checked, and a restore
brings the data back while the damaged file is kept aside."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from opdstudio.core.domain.models import Person, Setting
from opdstudio.core.errors import OpdError
from opdstudio.core.storage import backups
from opdstudio.core.storage.backups import DamagedProfileError, check_file
from opdstudio.core.storage.database import Database, sqlite_engine
from opdstudio.core.storage.profile import ProfilePaths
from tests.core.storage.damage import KINDS, overwrite_page, root_page

LOGINS = ["ani", "budi", "citra", "dewi", "eko", "fajar"]


def logins(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT login FROM person"))
    finally:
        conn.close()


@pytest.fixture
def paths(db: Database, world: Any) -> ProfilePaths:
    """A closed profile holding the world's people."""
    assert db.paths is not None
    db.close()
    return db.paths


@pytest.mark.parametrize("damage", KINDS.values(), ids=KINDS.keys())
def test_opening_a_damaged_file_is_refused_in_both_languages_and_changes_nothing(
    paths: ProfilePaths, damage: Callable[[Path], None]
) -> None:
    damage(paths.database)
    before = paths.database.read_bytes()
    with pytest.raises(DamagedProfileError) as info:
        Database.open_profile(paths.root)
    err = info.value
    assert "Berkas profil rusak" in err.message("id") and str(paths.database) in err.message("id")
    assert "The profile file is damaged" in err.message("en") and str(paths.database) in err.message("en")
    assert paths.database.read_bytes() == before


def test_damage_met_after_opening_is_the_same_clear_error(paths: ProfilePaths) -> None:
    """A page that goes bad while the profile is open surfaces at the next statement, not as sqlite3's error."""
    engine = sqlite_engine(paths)  # as Database.open_profile made it, before the page went bad
    try:
        overwrite_page(paths.database, root_page(paths.database, "person"))
        db = Database(engine, paths)
        with pytest.raises(DamagedProfileError) as info, db.session() as s:
            s.exec(select(Person)).all()
        assert "malformed" in info.value.message("en")
    finally:
        engine.dispose()


def test_the_message_names_the_newest_intact_backup(paths: ProfilePaths) -> None:
    good = backups.backup_now(paths)
    newer = backups.backup_now(paths)
    overwrite_page(newer, root_page(newer, "person"))  # the newest backup is itself damaged: skipped
    KINDS["not sqlite"](paths.database)
    with pytest.raises(DamagedProfileError) as info:
        Database.open_profile(paths.root)
    assert info.value.backup == good
    assert good.name in info.value.message("id") and "profile restore --latest" in info.value.message("id")


def test_without_a_backup_the_message_says_so(paths: ProfilePaths) -> None:
    shutil.rmtree(paths.backups, ignore_errors=True)
    KINDS["truncated"](paths.database)
    with pytest.raises(DamagedProfileError) as info:
        Database.open_profile(paths.root)
    assert info.value.backup is None
    assert "Belum ada cadangan" in info.value.message("id") and "No intact backup" in info.value.message("en")


def test_the_first_open_of_a_day_backs_up_and_later_opens_do_not(paths: ProfilePaths) -> None:
    shutil.rmtree(paths.backups, ignore_errors=True)
    Database.open_profile(paths.root).close()
    (daily,) = paths.backups.glob("daily-*.sqlite3")
    assert daily.name == f"daily-{date.today().isoformat()}.sqlite3"
    assert logins(daily) == LOGINS and check_file(daily) == []
    Database.open_profile(paths.root).close()
    assert list(paths.backups.glob("daily-*.sqlite3")) == [daily]


def test_a_new_profile_gets_no_backup_of_its_empty_file(tmp_path: Path) -> None:
    Database.open_profile(tmp_path / "baru").close()
    assert backups.backups(ProfilePaths(tmp_path / "baru")) == []


def test_daily_backups_keep_the_newest_fourteen_days(paths: ProfilePaths) -> None:
    shutil.rmtree(paths.backups, ignore_errors=True)
    first = date(2026, 11, 1)
    days = [first + timedelta(days=n) for n in range(20)]
    for day in days:
        assert backups.daily_backup(paths, today=day) is not None
        assert backups.daily_backup(paths, today=day) is None  # the second open that day
    kept = sorted(p.name for p in paths.backups.glob("daily-*"))
    assert kept == [f"daily-{d.isoformat()}.sqlite3" for d in days[-backups.DAILY_KEEP :]]


def test_backups_before_sync_are_spaced_and_the_last_five_kept(paths: ProfilePaths) -> None:
    start = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    made = []
    for minutes in range(0, 8 * 60, 20):  # a sync every 20 minutes for 8 hours
        dest = backups.backup_before_sync(paths, start + timedelta(minutes=minutes))
        if dest is not None:
            made.append(dest)
    assert len(made) == 8  # one an hour
    assert sorted(paths.backups.glob("presync-*")) == made[-backups.PRESYNC_KEEP :]
    assert all(logins(p) == LOGINS for p in made[-backups.PRESYNC_KEEP :])


def test_a_backup_of_a_damaged_file_is_refused_and_nothing_written(paths: ProfilePaths) -> None:
    shutil.rmtree(paths.backups, ignore_errors=True)
    overwrite_page(paths.database, root_page(paths.database, "person"))
    with pytest.raises(DamagedProfileError):
        backups.backup_now(paths)
    with pytest.raises(DamagedProfileError):  # a sync does not start from a damaged file
        backups.backup_before_sync(paths)
    assert not paths.backups.exists() or not any(paths.backups.iterdir())


def test_a_backup_holds_what_is_still_in_the_write_ahead_log(db: Database, world: Any) -> None:
    assert db.paths is not None
    with db.session() as s:
        s.add(Setting(key="language", value="en"))
    dest = backups.backup_now(db.paths)  # the profile is still open: the row may sit in the -wal only
    conn = sqlite3.connect(dest)
    try:
        assert conn.execute("SELECT value FROM setting WHERE key = 'language'").fetchall() == [("en",)]
    finally:
        conn.close()
    assert not dest.with_name(dest.name + "-wal").exists()  # the copy stands alone


@pytest.mark.parametrize("damage", KINDS.values(), ids=KINDS.keys())
def test_restore_brings_the_data_back_and_keeps_the_damaged_file(
    paths: ProfilePaths, damage: Callable[[Path], None]
) -> None:
    saved = backups.backup_now(paths)
    damage(paths.database)
    damaged_bytes = paths.database.read_bytes()

    done = backups.restore(paths)

    assert done.source == saved
    assert done.kept_aside is not None and done.kept_aside.read_bytes() == damaged_bytes
    db = Database.open_profile(paths.root)
    try:
        with db.session() as s:
            assert sorted(p.login for p in s.exec(select(Person)).all()) == LOGINS
    finally:
        db.close()
    assert done.kept_aside not in backups.backups(paths)  # never offered as a backup to restore


def test_restore_refuses_a_damaged_backup_and_leaves_the_profile_alone(paths: ProfilePaths, tmp_path: Path) -> None:
    bad = tmp_path / "salinan.sqlite3"
    shutil.copy(paths.database, bad)
    overwrite_page(bad, root_page(bad, "person"))
    before = paths.database.read_bytes()
    with pytest.raises(OpdError) as info:
        backups.restore(paths, bad)
    assert "damaged" in info.value.message("en") and "rusak" in info.value.message("id")
    assert paths.database.read_bytes() == before
    assert not list(paths.backups.glob("damaged-*"))


def test_restore_without_any_backup_says_so(paths: ProfilePaths) -> None:
    shutil.rmtree(paths.backups, ignore_errors=True)
    with pytest.raises(OpdError) as info:
        backups.restore(paths)
    assert "no intact backup" in info.value.message("en")
    assert logins(paths.database) == LOGINS


def test_restore_refuses_while_the_profile_is_open_elsewhere(db: Database, world: Any) -> None:
    assert db.paths is not None
    backups.backup_now(db.paths)
    with db.session() as s:  # the window has the profile open
        s.add(Setting(key="language", value="en"))
    before = db.paths.database.read_bytes()
    with pytest.raises(OpdError) as info:
        backups.restore(db.paths)
    assert "close it first" in info.value.message("en") and "tutup dulu" in info.value.message("id")
    assert db.paths.database.read_bytes() == before
    with db.session() as s:  # and it keeps working
        assert s.get(Setting, "language") is not None


@pytest.mark.parametrize("damage", [KINDS["truncated"], KINDS["not sqlite"]], ids=["truncated", "not sqlite"])
def test_the_header_check_refuses_a_cut_or_foreign_file_of_any_size_at_every_open(
    paths: ProfilePaths, damage: Callable[[Path], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large file's full check waits for the day's first open; the header is checked every time."""
    monkeypatch.setattr(backups, "FULL_CHECK_BELOW", 0)
    Database.open_profile(paths.root).close()  # today's backup exists: the full check is done for today
    assert not backups.full_check_due(paths)
    damage(paths.database)
    with pytest.raises(DamagedProfileError):
        Database.open_profile(paths.root)


def test_a_large_file_gets_the_full_check_on_the_first_open_of_a_day(
    paths: ProfilePaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backups, "FULL_CHECK_BELOW", 0)
    shutil.rmtree(paths.backups, ignore_errors=True)
    assert backups.full_check_due(paths)
    overwrite_page(paths.database, root_page(paths.database, "setting"))  # a table opening does not read
    with pytest.raises(DamagedProfileError):
        Database.open_profile(paths.root)
    assert not paths.backups.exists() or not list(paths.backups.glob("daily-*"))  # no backup of a damaged file
