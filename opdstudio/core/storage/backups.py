"""Care of the profile file: a health check, rotating backups (SQLite's online backup API, each copy checked
after writing) and restoring from one with the damaged file kept aside.

Backups live in the profile's ``backups/`` folder: ``daily-YYYY-MM-DD`` (first open of the day, the newest
``DAILY_KEEP`` kept), ``presync-…`` (before a sync, at most one per ``PRESYNC_EVERY``, the newest ``PRESYNC_KEEP``
kept), ``manual-…`` (``opdstudio profile backup``, never pruned) and the migration runner's ``opdstudio-<rev>-…``.
A restored-over file is moved to ``damaged-…`` beside them and never deleted.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from ..errors import OpdError, ProfileError
from .profile import ProfilePaths

DAILY_KEEP = 14
PRESYNC_KEEP = 5
PRESYNC_EVERY = timedelta(hours=1)
FULL_CHECK_BELOW = 16 * 1024 * 1024  # bytes; larger files get the full check once a day
SUFFIX = ".sqlite3"
_RESTORABLE = ("daily-", "presync-", "manual-", "opdstudio-")
_SIDE_FILES = ("-wal", "-shm")
# SQLite's primary result codes for a damaged file: SQLITE_CORRUPT and SQLITE_NOTADB.
_DAMAGE_CODES = (11, 26)
_BUSY = 5  # SQLITE_BUSY: another connection holds the file


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite saying the file is malformed or not a database at all."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(exc, sqlite3.DatabaseError) and code is not None and code & 0xFF in _DAMAGE_CODES


class DamagedProfileError(ProfileError):
    """The profile file is damaged; names the newest backup that passed its check, if any."""

    def __init__(self, paths: ProfilePaths, detail: str) -> None:
        self.paths = paths
        self.detail = detail
        self.backup = newest_good_backup(paths)
        self._what = (
            f"Berkas profil rusak: {paths.database} ({detail}). Tidak ada yang diubah.",
            f"The profile file is damaged: {paths.database} ({detail}). Nothing was changed.",
        )
        if self.backup is None:
            hint_id = "Belum ada cadangan yang utuh; salin folder profil ini dan hubungi petugas TI."
            hint_en = "No intact backup exists; copy this profile folder and contact IT."
        else:
            hint_id = f"Pulihkan cadangan terbaru yang utuh ({self.backup.name}): opdstudio profile restore --latest"
            hint_en = f"Restore the newest intact backup ({self.backup.name}): opdstudio profile restore --latest"
        super().__init__(f"{self._what[0]} {hint_id}", f"{self._what[1]} {hint_en}")

    def restore_question(self, lang: str = "id") -> str:
        """The question the window asks when a backup exists."""
        assert self.backup is not None
        made = datetime.fromtimestamp(self.backup.stat().st_mtime).strftime("%d-%m-%Y %H:%M")
        if lang == "en":
            return (
                f"{self._what[1]}\n\nRestore the newest intact backup, made {made}? Changes made after it are "
                f"lost; the damaged file is kept aside in {self.paths.backups}, not deleted."
            )
        return (
            f"{self._what[0]}\n\nPulihkan cadangan utuh terbaru, dibuat {made}? Perubahan sesudah cadangan itu "
            f"hilang; berkas yang rusak disimpan di {self.paths.backups}, tidak dihapus."
        )


def check_file(path: Path, *, thorough: bool = False) -> list[str]:
    """What SQLite finds wrong with the file (``quick_check``, or ``integrity_check`` when thorough); [] if sound."""
    pragma = "integrity_check" if thorough else "quick_check"
    conn = sqlite3.connect(path)
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def header_problem(path: Path) -> str | None:
    """What the 100-byte header shows at once: not SQLite at all, or shorter than the pages it counts."""
    size = path.stat().st_size
    if size == 0:
        return None  # a new, empty database
    with path.open("rb") as f:
        head = f.read(100)
    if len(head) < 100 or not head.startswith(b"SQLite format 3\x00"):
        return "file is not a database"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    counted = head[24:28] == head[92:96] and pages > 0  # the page count is valid for this change counter
    wal = path.with_name(path.name + "-wal")
    pending = wal.exists() and wal.stat().st_size > 0  # a checkpoint cut short is finished from the -wal
    if counted and not pending and size < pages * page_size:
        return f"truncated: {size} bytes of {pages * page_size}"
    return None


def ensure_sound(paths: ProfilePaths, *, full: bool = True) -> None:
    """Raise DamagedProfileError when the profile file's header is wrong or (``full``) it fails ``quick_check``."""
    if not paths.database.exists():
        return
    problem = header_problem(paths.database)
    problems = [problem] if problem else check_file(paths.database) if full else []
    if problems:
        raise DamagedProfileError(paths, _summary(problems))


def full_check_due(paths: ProfilePaths, today: date | None = None) -> bool:
    """Whether opening should run the full ``quick_check`` (its cost grows with the file: ~15 ms/MB): always
    for a file under FULL_CHECK_BELOW, otherwise on the first open of the day (when the day's backup is made)."""
    small = paths.database.exists() and paths.database.stat().st_size < FULL_CHECK_BELOW
    return small or not _daily_path(paths, today).exists()


def _summary(problems: list[str]) -> str:
    first = " ".join(problems[0].replace("*** in database main ***", "").split())
    return first + (f" (+{len(problems) - 1})" if len(problems) > 1 else "")


def backup_sqlite(source: Path, dest: Path) -> None:
    """Copy a live SQLite file consistently (the online backup API, WAL included) into a temporary name, check
    the copy, then move it into place."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(source)
    try:
        out = sqlite3.connect(partial)
        try:
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")  # a self-contained copy, no -wal beside it
        finally:
            out.close()
    finally:
        src.close()
    problems = check_file(partial)
    if problems:
        partial.unlink(missing_ok=True)
        raise OpdError(
            f"Cadangan {dest.name} gagal diperiksa ({_summary(problems)}); tidak disimpan.",
            f"Backup {dest.name} failed its check ({_summary(problems)}); not kept.",
        )
    os.replace(partial, dest)


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _prune(folder: Path, prefix: str, keep: int) -> None:
    for old in sorted(folder.glob(f"{prefix}*{SUFFIX}"), reverse=True)[keep:]:
        old.unlink()


def backup_now(paths: ProfilePaths, kind: str = "manual", now: datetime | None = None) -> Path:
    """A checked copy of the profile file named ``<kind>-<UTC time>``; the file itself must be sound."""
    if not paths.database.exists():
        raise OpdError(f"Profil {paths.root} belum ada.", f"There is no profile in {paths.root}.")
    ensure_sound(paths)
    dest = paths.backups / f"{kind}-{_stamp(now or datetime.now(UTC))}{SUFFIX}"
    backup_sqlite(paths.database, dest)
    return dest


def _daily_path(paths: ProfilePaths, today: date | None) -> Path:
    return paths.backups / f"daily-{(today or date.today()).isoformat()}{SUFFIX}"


def daily_backup(paths: ProfilePaths, today: date | None = None) -> Path | None:
    """The first call of a day copies the file and prunes to the newest DAILY_KEEP; later calls do nothing."""
    dest = _daily_path(paths, today)
    if dest.exists() or not paths.database.exists():
        return None
    backup_sqlite(paths.database, dest)
    _prune(paths.backups, "daily-", DAILY_KEEP)
    return dest


def backup_before_sync(paths: ProfilePaths | None, now: datetime | None = None) -> Path | None:
    """A copy before a sync unless one was made within PRESYNC_EVERY (or there is no file: ``paths`` None);
    keeps the newest PRESYNC_KEEP. A damaged file raises DamagedProfileError, so the sync does not start."""
    if paths is None:
        return None
    now = now or datetime.now(UTC)
    recent = sorted(paths.backups.glob(f"presync-*{SUFFIX}"))
    if recent and recent[-1].name > f"presync-{_stamp(now - PRESYNC_EVERY)}{SUFFIX}":
        return None
    dest = backup_now(paths, "presync", now)
    _prune(paths.backups, "presync-", PRESYNC_KEEP)
    return dest


def backups(paths: ProfilePaths) -> list[Path]:
    """Every restorable backup of the profile, newest first."""
    if not paths.backups.is_dir():
        return []
    found = [p for p in paths.backups.glob(f"*{SUFFIX}") if p.name.startswith(_RESTORABLE)]
    return sorted(found, key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)


def newest_good_backup(paths: ProfilePaths) -> Path | None:
    """The newest backup that passes ``quick_check``, or None."""
    return next((p for p in backups(paths) if not check_file(p)), None)


def _refuse_if_in_use(path: Path) -> None:
    """An exclusive lock succeeds only when no other connection (another window or command) holds the file."""
    conn = sqlite3.connect(path, timeout=0)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == _BUSY:
            raise OpdError(
                "Profil ini sedang dibuka (jendela OPD Studio atau perintah lain); tutup dulu, lalu pulihkan.",
                "This profile is open (an OPD Studio window or another command); close it first, then restore.",
            ) from None
        # a damaged file cannot be locked the normal way, and nothing can have it open for long
    finally:
        conn.close()


@dataclass(frozen=True)
class Restored:
    """What a restore did: the backup it copied and where the file it replaced now lies (None if there was none)."""

    source: Path
    kept_aside: Path | None


def restore(paths: ProfilePaths, source: Path | None = None, now: datetime | None = None) -> Restored:
    """Put ``source`` (default: the newest good backup) in place of the profile file, which is moved aside.

    The profile must not be open meanwhile (close the window first).
    """
    if source is None:
        source = newest_good_backup(paths)
        if source is None:
            raise OpdError("Tidak ada cadangan yang utuh untuk dipulihkan.", "There is no intact backup to restore.")
    if not source.is_file():
        raise OpdError(f"Berkas cadangan {source} tidak ada.", f"Backup file {source} does not exist.")
    problems = check_file(source)
    if problems:
        raise OpdError(
            f"Cadangan {source} sendiri rusak ({_summary(problems)}); pilih yang lain.",
            f"Backup {source} is itself damaged ({_summary(problems)}); choose another.",
        )
    kept: Path | None = None
    if paths.database.exists():
        _refuse_if_in_use(paths.database)
        kept = paths.backups / f"damaged-{_stamp(now or datetime.now(UTC))}{SUFFIX}"
        kept.parent.mkdir(parents=True, exist_ok=True)
        os.replace(paths.database, kept)
        for side in _SIDE_FILES:
            extra = paths.database.with_name(paths.database.name + side)
            if extra.exists():
                os.replace(extra, kept.with_name(kept.name + side))
    backup_sqlite(source, paths.database)
    return Restored(source, kept)
