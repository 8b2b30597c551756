"""Pengaturan → Basis data bersama: the form saves to the profile, the password never lands in a file, and
without a keyring the checkbox says why and the password is asked once per session."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail, null
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from opdstudio.core.sync.settings import PasswordVault, SharedDbSettings, load_shared_db_settings
from opdstudio.ui import sync_controller
from opdstudio.ui.context import AppContext
from opdstudio.ui.main_window import MainWindow
from opdstudio.ui.pages.settings import SettingsPage
from opdstudio.ui.sync_controller import SyncController

SECRET = "Sandi-Bersama-7391"


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


class FakeEngine:
    """Stands in for SyncEngine: each sync opens a connection through the controller's ``connect``."""

    def __init__(self, db: Any, connect: Callable[[], Any]) -> None:
        self.connect = connect
        self.runs = 0

    def sync(self, progress: Any = None, cancelled: Any = None) -> Any:
        self.runs += 1
        self.connect()
        return None

    def status(self) -> Any:
        return None


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The password every connection of the controller was opened with (no server needed)."""
    seen: list[str | None] = []
    monkeypatch.setattr(sync_controller, "open_connection", lambda settings, password: seen.append(password))
    return seen


@pytest.fixture
def profile_log(make_ctx: Callable[[str], AppContext], world: Any) -> Iterator[Path]:
    """Log everything to the profile's log file, as the app does."""
    ctx = make_ctx(world.admin)
    assert ctx.db.paths is not None
    path = ctx.db.paths.log_file
    handler = logging.FileHandler(path, encoding="utf-8")
    root = logging.getLogger()
    old = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield path
    root.removeHandler(handler)
    root.setLevel(old)
    handler.close()


def _page(qtbot: QtBot, ctx: AppContext, vault: PasswordVault, **kwargs: Any) -> SettingsPage:
    sync = SyncController(ctx, vault=vault, engine_factory=FakeEngine, **kwargs)
    page = SettingsPage(ctx, sync=sync)
    qtbot.addWidget(page)
    sync.setParent(page)
    return page


def _fill(qtbot: QtBot, page: SettingsPage, *, host: str = "db.kominfo.example.go.id", port: int = 5432) -> None:
    page.db_host.clear()
    qtbot.keyClicks(page.db_host, host)
    page.db_port.setValue(port)
    qtbot.keyClicks(page.db_name, "opdstudio")
    qtbot.keyClicks(page.db_login, "ani")
    qtbot.keyClicks(page.db_password, SECRET)
    page.db_sslmode.setCurrentIndex(page.db_sslmode.findData("verify-full"))
    page.db_ca_file.setText("/etc/opdstudio/ca.pem")


def _files_hold_secret(root: Path) -> list[str]:
    return [p.name for p in root.rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()]


def test_saving_stores_the_settings_but_never_the_password(
    qtbot: QtBot, world: Any, make_ctx: Callable[[str], AppContext], profile_log: Path, connections: list[str | None]
) -> None:
    ctx = make_ctx(world.admin)
    page = _page(qtbot, ctx, PasswordVault())
    assert page.mode.text().startswith("Lokal saja")
    _fill(qtbot, page)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.test_result.text() == "Pengaturan basis data bersama disimpan."
    with ctx.db.session() as s:
        stored = load_shared_db_settings(s)
    assert stored == SharedDbSettings(
        "db.kominfo.example.go.id", 5432, "opdstudio", "ani", "verify-full", "/etc/opdstudio/ca.pem", True
    )
    assert page.db_password.text() == ""
    assert page.db_password.placeholderText() == "diingat selama sesi ini — isi untuk mengganti"
    assert page.mode.text().startswith("Basis data bersama: ani@db.kominfo.example.go.id:5432/opdstudio")
    # a sync and a failing connection test write to the log; neither carries the password
    assert page.sync.sync_now() and connections == [SECRET]
    page.db_host.setText("127.0.0.1")
    page.db_port.setValue(1)
    page.db_sslmode.setCurrentIndex(page.db_sslmode.findData("prefer"))
    page.db_ca_file.clear()
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert "tidak dapat dihubungi" in page.test_result.text()
    assert page.save_shared_db()
    ctx.db.close()  # checkpoint nothing away: the WAL and the main file are both searched
    assert profile_log.stat().st_size > 0
    assert ctx.db.paths is not None
    assert _files_hold_secret(ctx.db.paths.root) == []


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_without_a_keyring_the_checkbox_says_why_and_the_password_is_asked_once(
    qtbot: QtBot,
    world: Any,
    make_ctx: Callable[[str], AppContext],
    connections: list[str | None],
    backend: keyring.backend.KeyringBackend,
) -> None:
    asked: list[tuple[str, str]] = []

    def ask(account: str, why: str) -> str:
        asked.append((account, why))
        return SECRET

    ctx = make_ctx(world.admin)
    page = _page(qtbot, ctx, PasswordVault(backend), ask_password=ask)
    assert not page.remember.isEnabled() and not page.remember.isChecked()
    assert "Tidak ada keyring sistem" in page.keyring_note.text()
    assert not page.keyring_note.isHidden()
    assert page.remember.toolTip() == page.keyring_note.text()
    _fill(qtbot, page)
    page.db_password.clear()  # saved without a password: the first sync asks
    assert page.save_shared_db()
    assert page.db_password.placeholderText() == "belum diisi"
    for interactive in (False, False, True):
        assert page.sync.sync_now(interactive=interactive)
    assert connections == [SECRET, SECRET, SECRET]
    assert len(asked) == 1
    assert asked[0][0] == "ani@db.kominfo.example.go.id:5432/opdstudio"
    assert "ditanyakan sekali setiap sesi" in asked[0][1]
    assert page.db_password.placeholderText() in ("belum diisi", "diingat selama sesi ini — isi untuk mengganti")
    # the next session (a new vault over the same backend) knows nothing
    assert PasswordVault(backend).get("ani@db.kominfo.example.go.id:5432/opdstudio") is None


def test_without_a_keyring_a_password_typed_in_settings_is_not_asked_again(
    qtbot: QtBot, world: Any, make_ctx: Callable[[str], AppContext], connections: list[str | None]
) -> None:
    asked: list[str] = []
    page = _page(qtbot, make_ctx(world.admin), PasswordVault(null.Keyring()), ask_password=lambda a, w: asked.append(a))
    _fill(qtbot, page)
    assert page.save_shared_db()
    assert page.sync.sync_now(interactive=False) and page.sync.sync_now()
    assert connections == [SECRET, SECRET] and asked == []


def test_with_a_keyring_the_password_goes_there_or_only_into_the_session(
    qtbot: QtBot, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    backend = MemoryKeyring()
    page = _page(qtbot, make_ctx(world.admin), PasswordVault(backend))
    assert page.remember.isEnabled() and page.remember.isChecked() and page.keyring_note.isHidden()
    _fill(qtbot, page)
    assert page.save_shared_db()
    account = "ani@db.kominfo.example.go.id:5432/opdstudio"
    assert backend.items == {("OPD Studio", account): SECRET}
    assert page.db_password.placeholderText() == "tersimpan di keyring sistem — isi untuk mengganti"
    page.remember.setChecked(False)
    assert page.save_shared_db()
    assert backend.items == {}
    assert page.sync.vault.get(account) == SECRET
    # another login: the old one's password does not linger
    page.remember.setChecked(True)
    assert page.save_shared_db()
    page.db_login.setText("ani2")
    assert page.save_shared_db()
    assert backend.items == {}


def test_invalid_form_shows_why_and_stores_nothing(
    qtbot: QtBot, world: Any, make_ctx: Callable[[str], AppContext]
) -> None:
    ctx = make_ctx(world.admin)
    page = _page(qtbot, ctx, PasswordVault())
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert page.test_result.text() == "Isi server, nama basis data dan login terlebih dahulu."
    assert not page.sync_button.isEnabled()
    assert page.sync_log.item(0).text() == "Belum ada masalah sinkronisasi."


def test_main_window_status_bar_follows_the_shared_db(
    qtbot: QtBot,
    world: Any,
    make_ctx: Callable[[str], AppContext],
    monkeypatch: pytest.MonkeyPatch,
    connections: list[str | None],
) -> None:
    monkeypatch.setattr(sync_controller, "default_engine_factory", FakeEngine)
    monkeypatch.setattr(SyncController, "_ask_with_dialog", lambda self, account, why: SECRET)
    window = MainWindow(make_ctx(world.admin))
    qtbot.addWidget(window)
    assert window.profile_state.text().startswith("Profil lokal — tidak terhubung ke basis data bersama")
    assert window.sync_button.isHidden()
    settings = window.settings
    _fill(qtbot, settings)
    assert settings.save_shared_db()
    assert window.profile_state.text() == "Basis data bersama ani@db.kominfo.example.go.id — belum pernah sinkron"
    assert not window.sync_button.isHidden()
    window.show()
    qtbot.waitExposed(window)
    assert window.sync_action.shortcut().toString() == "Ctrl+R"
    window.sync_action.trigger()
    assert connections == [SECRET]
    assert window.profile_state.text().startswith("Basis data bersama ani@db.kominfo.example.go.id — terakhir sinkron ")
    window.sync.stop()
