"""The Qt side of sync: runs the engine in the background every minute and on demand, one run at a time, and
says what state this profile is in (local / offline / syncing / n pending / n conflicts / last synced).

The engine is ``opdstudio.core.sync.engine.SyncEngine(db, connect)`` with ``sync(progress, cancelled)`` and
``status()``; ``connect`` opens a psycopg connection with the settings of this profile and the password from the
:class:`PasswordVault` (asked once per session when no keyring can keep it).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from opdstudio.core.storage.backups import backup_before_sync
from opdstudio.core.storage.database import Database
from opdstudio.core.storage.profile import ProfilePaths
from opdstudio.core.sync.settings import (
    PasswordRefused,
    PasswordVault,
    SharedDbSettings,
    load_shared_db_settings,
    open_connection,
)
from opdstudio.core.sync.sync_log import CONFLICT, SyncProblem, recent_problems

from .context import AppContext
from .tasks import Task

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

EngineFactory = Callable[[Database, Callable[[], "psycopg.Connection[Any]"]], Any]
PasswordAsker = Callable[[str, str], "str | None"]  # (account, why) → password or None


def default_engine_factory(db: Database, connect: Callable[[], psycopg.Connection[Any]]) -> Any:
    """The sync engine of this build, or None when it has none yet."""
    try:
        from opdstudio.core.sync.engine import SyncEngine  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    return SyncEngine(db, connect)


def _run(
    engine: Any, paths: ProfilePaths | None, progress: Callable[[int, int, str], None], cancelled: Callable[[], bool]
) -> Any:
    """One sync on the worker thread; the engine reports ``(stage, done, total)``, the task ``(done, total, stage)``."""
    backup_before_sync(paths)
    return engine.sync(progress=lambda stage, done, total: progress(done, total, stage), cancelled=cancelled)


def _local(when: datetime) -> datetime:
    """``when`` in local time (a naive value is UTC, as stored)."""
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone()


class SyncController(QObject):
    """Background sync for the main window and the settings page."""

    state_changed = Signal()
    problems_changed = Signal()

    INTERVAL_MS = 60_000
    FIRST_RUN_MS = 1_500
    LOCAL, UNAVAILABLE, IDLE, SYNCING, OFFLINE = "local", "unavailable", "idle", "syncing", "offline"

    def __init__(
        self,
        ctx: AppContext,
        *,
        vault: PasswordVault | None = None,
        engine_factory: EngineFactory | None = None,
        ask_password: PasswordAsker | None = None,
        problem_source: Callable[[Database], list[SyncProblem]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.vault = vault if vault is not None else PasswordVault()
        self._engine_factory = engine_factory or default_engine_factory
        self._ask = ask_password or self._ask_with_dialog
        self._problem_source = problem_source or recent_problems
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self._started = False
        self._task: Task | None = None
        self._running = False
        self._asked = False  # the password prompt was shown this session
        self._password: str | None = None  # for the run in progress only
        self.engine: Any = None
        self.settings = SharedDbSettings()
        self.state = self.LOCAL
        self.error = ""
        self.pending = self.conflicts = self.rejected = 0
        self.last_synced_at: datetime | None = None
        self.progress = ""
        self.errors: deque[tuple[datetime, str]] = deque(maxlen=50)
        self.status_problems: list[str] = []
        self.reload_settings()

    # -- configuration ---------------------------------------------------------------------------------------

    @property
    def configured(self) -> bool:
        return self.settings.configured

    @property
    def running(self) -> bool:
        return self._running

    def reload_settings(self) -> None:
        """Read the shared-database settings again (after the settings page saved them)."""
        with self.ctx.db.session() as session:
            self.settings = load_shared_db_settings(session)
        self._close_engine()
        self.engine = self._engine_factory(self.ctx.db, self._connect) if self.configured else None
        if not self.configured:
            self.state = self.LOCAL
            self.timer.stop()
        elif self.engine is None:
            self.state = self.UNAVAILABLE
        elif self.state in (self.LOCAL, self.UNAVAILABLE):
            self.state = self.IDLE
        if self.configured and self._started and not self.timer.isActive():
            self.timer.start()
        self.refresh_status()

    def start(self) -> None:
        """Sync every minute from now on (and once shortly after start) while a shared database is set."""
        self._started = True
        if self.configured:
            self.timer.start()
            QTimer.singleShot(self.FIRST_RUN_MS, self, self._tick)

    def stop(self) -> None:
        """No more runs; ask a run in progress to stop at its next check."""
        self._started = False
        self.timer.stop()
        if self._task is not None:
            self._task.cancel()

    def _close_engine(self) -> None:
        close = getattr(self.engine, "close", None)
        if close is not None and not self._running:
            close()

    # -- running ---------------------------------------------------------------------------------------------

    def _tick(self) -> None:
        self.sync_now(interactive=False)

    def sync_now(self, interactive: bool = True) -> bool:
        """Start a sync in the background; False when one is already running or there is nothing to sync with.

        ``interactive``: the person asked for it, so the password may be asked again even if they declined
        earlier in this session. A timer tick asks at most once per session.
        """
        if self._running or not self.configured:
            return False
        if self.engine is None:
            self.state = self.UNAVAILABLE
            self.state_changed.emit()
            return False
        account = self.settings.account
        password = self.vault.get(account)
        if password is None and (interactive or not self._asked):
            self._asked = True
            password = self._ask(account, self._why_asked())
            if password:
                self.vault.set(account, password, persist=self.settings.remember_password)
        self._password = password
        self._running = True
        self.state = self.SYNCING
        self.state_changed.emit()
        self.progress = ""
        self._task = self.ctx.tasks.submit(
            _run,
            self.engine,
            self.ctx.db.paths,
            on_result=self._done,
            on_error=self._failed,
            on_progress=self._progressed,
        )
        return True

    def _progressed(self, done: int, total: int, stage: str) -> None:
        steps = {"push": self.tr("kirim"), "pull": self.tr("terima"), "photos": self.tr("unduh foto")}
        step = steps.get(stage, stage)
        self.progress = f"{step} {done}/{total}" if total else step
        self.state_changed.emit()

    def _connect(self) -> psycopg.Connection[Any]:
        """Open a connection for the engine (called on its worker thread)."""
        return open_connection(self.settings, self._password)

    def _finish(self) -> None:
        self._running = False
        self._task = None
        self._password = None

    def _done(self, report: Any) -> None:
        self._finish()
        self.state = self.IDLE
        self.error = ""
        self.last_synced_at = datetime.now().astimezone()
        self._take_counts(report)
        self.refresh_status()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.state = self.OFFLINE
        self.error = self.ctx.message(exc)
        if isinstance(exc, PasswordRefused):
            self.vault.forget_session(self.settings.account)
        self.errors.appendleft((datetime.now().astimezone(), self.error))
        self.refresh_status()
        self.problems_changed.emit()

    def refresh_status(self) -> None:
        """Counts and problems from the engine's local bookkeeping (no connection needed)."""
        if self.engine is not None and not self._running:
            try:
                status = self.engine.status()
            except Exception as exc:  # a broken status must not take the window down
                log.warning("sync status unavailable: %s", exc)
            else:
                self._take_counts(status)
                when = getattr(status, "last_synced_at", None)
                if isinstance(when, datetime):
                    self.last_synced_at = _local(when)
            self._load_problems()
        self.state_changed.emit()

    def _take_counts(self, outcome: Any) -> None:
        for name in ("pending", "conflicts", "rejected"):
            value = getattr(outcome, name, None)
            if isinstance(value, int):
                setattr(self, name, value)

    def _load_problems(self) -> None:
        try:
            found = self._problem_source(self.ctx.db)
        except Exception as exc:  # an older profile without the sync tables: nothing to show
            log.warning("sync log unavailable: %s", exc)
            found = []
        self.status_problems = [self._describe(p) for p in found]
        self.problems_changed.emit()

    def _describe(self, problem: SyncProblem) -> str:
        """One refused write or conflict, readable: when, what it was about, and why."""
        label = self.tr("Konflik") if problem.kind == CONFLICT else self.tr("Ditolak")
        about = f"{problem.table} «{problem.title}»" if problem.title else f"{problem.table} {problem.row_id[:8]}"
        when = f"{_local(problem.when):%d-%m %H:%M}  " if problem.when else ""
        return f"{when}{label}: {about} — {problem.message(self.ctx.language)}"

    # -- what to show ----------------------------------------------------------------------------------------

    def status_text(self) -> str:
        """One line for the status bar."""
        if self.state == self.LOCAL:
            return self.tr("Profil lokal — tidak terhubung ke basis data bersama")
        where = f"{self.settings.login}@{self.settings.host}"
        if self.state == self.UNAVAILABLE:
            return self.tr("Basis data bersama {where} — sinkronisasi belum tersedia di versi ini").format(where=where)
        if self.state == self.SYNCING:
            text = self.tr("Basis data bersama {where} — menyinkronkan…").format(where=where)
            return f"{text} {self.progress}" if self.progress else text
        parts = [self.tr("offline")] if self.state == self.OFFLINE else []
        if self.pending:
            parts.append(self.tr("{n} menunggu").format(n=self.pending))
        if self.conflicts:
            parts.append(self.tr("{n} konflik").format(n=self.conflicts))
        if self.rejected:
            parts.append(self.tr("{n} ditolak").format(n=self.rejected))
        if self.last_synced_at is not None:
            parts.append(self.tr("terakhir sinkron {time}").format(time=self.last_synced_at.strftime("%H:%M")))
        elif self.state != self.OFFLINE:
            parts.append(self.tr("belum pernah sinkron"))
        return self.tr("Basis data bersama {where}").format(where=where) + " — " + " · ".join(parts)

    def problems(self) -> list[str]:
        """The sync log: current conflicts and rejections, then recent failures, newest first."""
        failures = [f"{when.strftime('%d-%m %H:%M')}  {text}" for when, text in self.errors]
        return [*self.status_problems, *failures]

    def _why_asked(self) -> str:
        if not self.vault.available:
            return self.vault.reason_in(self.ctx.language)
        if not self.settings.remember_password:
            return self.tr(
                "Kata sandi tidak disimpan di keyring (pilihan di Pengaturan), jadi ditanyakan sekali per sesi."
            )
        return self.tr("Kata sandi belum tersimpan di keyring sistem.")

    def _ask_with_dialog(self, account: str, why: str) -> str | None:
        from .dialogs.password_prompt import ask_password

        parent = self.parent()
        return ask_password(account, why, parent if isinstance(parent, QWidget) else None)
