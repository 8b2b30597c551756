"""SyncController with a fake engine: the state it shows, one run at a time, the password asked once."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from opdstudio.core.errors import OpdError
from opdstudio.core.storage.database import Database
from opdstudio.core.sync.settings import PasswordRefused, PasswordVault, SharedDbSettings, save_shared_db_settings
from opdstudio.core.sync.sync_log import CONFLICT, REJECTED, SyncProblem
from opdstudio.ui import sync_controller
from opdstudio.ui.context import AppContext
from opdstudio.ui.sync_controller import SyncController
from opdstudio.ui.tasks import TaskRunner


@dataclass
class Report:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    pending: int = 0
    duration: float = 0.0


@dataclass
class Status:
    pending: Any = 0
    conflicts: Any = 0
    rejected: Any = 0
    last_synced_at: datetime | None = None


@dataclass
class FakeEngine:
    db: Any
    connect: Callable[[], Any]
    runs: int = 0
    gate: threading.Event | None = None
    started: threading.Event = field(default_factory=threading.Event)
    fail: BaseException | None = None
    current: Status = field(default_factory=Status)

    def sync(self, progress: Any = None, cancelled: Any = None) -> Report:
        self.runs += 1
        self.started.set()
        if self.gate is not None:
            assert self.gate.wait(10)
        if self.fail is not None:
            raise self.fail
        self.connect()
        return Report(pushed=1)

    def status(self) -> Status:
        return self.current


@pytest.fixture
def configured(db: Database) -> Database:
    with db.session() as s:
        save_shared_db_settings(s, SharedDbSettings(host="db.example.go.id", database="opdstudio", login="ani"))
    return db


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    seen: list[str | None] = []
    monkeypatch.setattr(sync_controller, "open_connection", lambda settings, password: seen.append(password))
    return seen


def _controller(ctx: AppContext, asked: list[str] | None = None, answer: str | None = "sandi") -> SyncController:
    def ask(account: str, why: str) -> str | None:
        if asked is not None:
            asked.append(account)
        return answer

    return SyncController(ctx, vault=PasswordVault(), engine_factory=FakeEngine, ask_password=ask)


def test_without_a_shared_db_it_stays_local(world: Any, make_ctx: Callable[[str], AppContext]) -> None:
    sync = _controller(make_ctx(world.admin))
    assert not sync.configured and sync.engine is None
    assert sync.status_text() == "Profil lokal — tidak terhubung ke basis data bersama"
    assert sync.sync_now() is False
    sync.start()
    assert not sync.timer.isActive()


def test_state_text_follows_status_and_runs(
    world: Any, configured: Database, make_ctx: Callable[[str], AppContext], connections: list[str | None]
) -> None:
    sync = _controller(make_ctx(world.admin))
    engine: FakeEngine = sync.engine
    assert sync.status_text() == "Basis data bersama ani@db.example.go.id — belum pernah sinkron"
    engine.current = Status(pending=3, conflicts=1)
    sync.refresh_status()
    where = "Basis data bersama ani@db.example.go.id"
    assert sync.status_text() == f"{where} — 3 menunggu · 1 konflik · belum pernah sinkron"
    when = datetime(2025, 3, 4, 2, 15, tzinfo=UTC).astimezone()
    engine.current = Status(pending=0, conflicts=0, last_synced_at=when)
    texts: list[str] = []
    sync.state_changed.connect(lambda: texts.append(sync.status_text()))
    assert sync.sync_now()
    assert texts[0] == "Basis data bersama ani@db.example.go.id — menyinkronkan…"
    assert texts[-1] == f"Basis data bersama ani@db.example.go.id — terakhir sinkron {when:%H:%M}"
    assert connections == ["sandi"]


def test_failures_show_offline_and_reach_the_sync_log(
    world: Any, configured: Database, make_ctx: Callable[[str], AppContext], connections: list[str | None]
) -> None:
    asked: list[str] = []
    sync = _controller(make_ctx(world.admin), asked)
    engine: FakeEngine = sync.engine
    engine.fail = OpdError("Server db.example.go.id:5432 tidak dapat dihubungi.", "Server cannot be reached.")
    assert sync.sync_now()
    assert sync.state == SyncController.OFFLINE
    assert sync.status_text() == "Basis data bersama ani@db.example.go.id — offline"
    assert sync.error == "Server db.example.go.id:5432 tidak dapat dihubungi."
    assert sync.problems()[0].endswith("Server db.example.go.id:5432 tidak dapat dihubungi.")
    # a refused password is forgotten, so the next sync the person starts asks again
    engine.fail = PasswordRefused("Kata sandi salah untuk login ani.", "Wrong password for the login ani.")
    assert sync.sync_now(interactive=False)
    assert asked == [sync.settings.account]
    assert sync.vault.get(sync.settings.account) is None
    assert sync.sync_now(interactive=False)
    assert len(asked) == 1  # a timer tick does not prompt again
    engine.fail = None
    assert sync.sync_now()
    assert len(asked) == 2 and sync.state == SyncController.IDLE
    assert connections == ["sandi"]


def test_rejections_and_conflicts_fill_the_log(
    world: Any, configured: Database, make_ctx: Callable[[str], AppContext]
) -> None:
    when = datetime(2025, 3, 4, 2, 15, tzinfo=UTC)
    found = [
        SyncProblem(CONFLICT, "post", "p1", "Posyandu Melati", "stale_rev", "Diubah juga di server.", "Changed.", when),
        SyncProblem(REJECTED, "review", "r1234567890", "", "self_review", "Tidak boleh meninjau sendiri.", "No.", None),
    ]
    sync = SyncController(
        make_ctx(world.admin),
        vault=PasswordVault(),
        engine_factory=FakeEngine,
        problem_source=lambda db: found,
    )
    engine: FakeEngine = sync.engine
    engine.current = Status(pending=2, conflicts=1, rejected=1)
    emitted: list[int] = []
    sync.problems_changed.connect(lambda: emitted.append(1))
    sync.refresh_status()
    assert emitted
    assert sync.problems() == [
        f"{when.astimezone():%d-%m %H:%M}  Konflik: post «Posyandu Melati» — Diubah juga di server.",
        "Ditolak: review r1234567 — Tidak boleh meninjau sendiri.",
    ]
    assert "2 menunggu · 1 konflik · 1 ditolak" in sync.status_text()


def test_progress_of_the_engine_reaches_the_status_text(
    world: Any, configured: Database, make_ctx: Callable[[str], AppContext], connections: list[str | None]
) -> None:
    sync = _controller(make_ctx(world.admin))
    seen: list[str] = []
    sync.state_changed.connect(lambda: seen.append(sync.status_text()))
    engine: FakeEngine = sync.engine
    original = engine.sync

    def sync_with_progress(progress: Any = None, cancelled: Any = None) -> Report:
        progress("push", 2, 5)
        assert cancelled() is False
        return original(progress, cancelled)

    engine.sync = sync_with_progress  # type: ignore[method-assign]
    assert sync.sync_now()
    assert "Basis data bersama ani@db.example.go.id — menyinkronkan… kirim 2/5" in seen


def test_never_two_runs_at_once(
    qtbot: QtBot,
    world: Any,
    configured: Database,
    make_ctx: Callable[[str], AppContext],
    connections: list[str | None],
) -> None:
    ctx = make_ctx(world.admin)
    pool = QThreadPool()
    ctx.tasks = TaskRunner(pool)
    sync = _controller(ctx)
    engine: FakeEngine = sync.engine
    engine.gate = threading.Event()
    sync.start()
    assert sync.timer.isActive() and sync.timer.interval() == 60_000
    try:
        assert sync.sync_now()
        assert engine.started.wait(5)
        assert sync.running and sync.state == SyncController.SYNCING
        assert sync.sync_now() is False
        sync.timer.timeout.emit()  # a tick while running starts nothing either
        assert engine.runs == 1
    finally:
        engine.gate.set()
    qtbot.waitUntil(lambda: not sync.running, timeout=5000)
    assert sync.state == SyncController.IDLE and engine.runs == 1
    engine.gate = None
    assert sync.sync_now()
    qtbot.waitUntil(lambda: not sync.running, timeout=5000)
    assert engine.runs == 2 and connections == ["sandi", "sandi"]
    sync.stop()
    assert not sync.timer.isActive()
    pool.waitForDone(5000)


def test_without_the_engine_module_it_says_so(
    world: Any, configured: Database, make_ctx: Callable[[str], AppContext]
) -> None:
    sync = SyncController(make_ctx(world.admin), vault=PasswordVault(), engine_factory=lambda db, connect: None)
    assert sync.state == SyncController.UNAVAILABLE and sync.sync_now() is False
    assert "sinkronisasi belum tersedia" in sync.status_text()
