"""The "Tes koneksi" check against a real PostgreSQL: the version on success, and a clear reason for a wrong or missing
password and an unknown database. The login here must give a password (scram-sha-256), unlike the rest of the
test cluster, which trusts its local socket."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pgserver
import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from opdstudio.core.domain.models import Person
from opdstudio.core.errors import OpdError
from opdstudio.core.storage.database import Database
from opdstudio.core.sync import settings as shared
from opdstudio.core.sync.settings import PasswordRefused, PasswordVault, SharedDbSettings, save_shared_db_settings
from opdstudio.ui.context import AppContext
from opdstudio.ui.pages.settings import SettingsPage
from opdstudio.ui.sync_controller import SyncController
from opdstudio.ui.tasks import SynchronousTaskRunner
from tests.sync.shared import SharedWorld

PASSWORD = "Sandi-Uji-Koneksi-5"


@pytest.fixture(scope="module")
def login(pg_server: pgserver.PostgresServer) -> Iterator[SharedDbSettings]:
    """A login role that must authenticate with its password over the local socket."""
    role = f"koneksi_{uuid.uuid4().hex[:8]}"
    hba = Path(pg_server.pgdata) / "pg_hba.conf"
    original = hba.read_text()
    socket_dir = parse_qs(urlparse(pg_server.get_uri()).query)["host"][0]
    with psycopg.connect(pg_server.get_uri(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{PASSWORD}'")
        hba.write_text(f"local all {role} scram-sha-256\n" + original)
        conn.execute("SELECT pg_reload_conf()")
    settings = SharedDbSettings(host=socket_dir, port=_port_of(pg_server.get_uri()), database="postgres", login=role)
    _wait_until_password_required(settings)
    yield settings
    hba.write_text(original)
    with psycopg.connect(pg_server.get_uri(), autocommit=True) as conn:
        conn.execute("SELECT pg_reload_conf()")
        conn.execute(f'DROP ROLE "{role}"')


def _wait_until_password_required(settings: SharedDbSettings) -> None:
    deadline = time.monotonic() + 5
    while True:
        try:
            shared.test_connection(settings, None)
        except PasswordRefused:
            return
        assert time.monotonic() < deadline, "the server did not reload pg_hba.conf"
        time.sleep(0.05)


def test_right_password_gives_the_server_version(login: SharedDbSettings) -> None:
    version = shared.test_connection(login, PASSWORD)
    assert version.startswith("PostgreSQL 1")
    with psycopg.connect(shared.connection_url(login), password=PASSWORD) as conn:
        assert version == f"PostgreSQL {conn.execute('SHOW server_version').fetchone()[0].split()[0]}"  # type: ignore[index]


def test_wrong_or_missing_password_and_unknown_database(login: SharedDbSettings) -> None:
    with pytest.raises(PasswordRefused) as wrong:
        shared.test_connection(login, "bukan-ini")
    assert wrong.value.message("id").startswith(f"Kata sandi salah untuk login {login.login}")
    assert wrong.value.message("en").startswith(f"Wrong password for the login {login.login}")
    with pytest.raises(PasswordRefused, match="meminta kata sandi"):
        shared.test_connection(login, None)
    missing = SharedDbSettings(**{**login.__dict__, "database": "tidak_ada_db"})
    with pytest.raises(OpdError) as unknown:
        shared.test_connection(missing, PASSWORD)
    assert "Basis data tidak_ada_db tidak ada" in unknown.value.message("id")
    assert PASSWORD not in unknown.value.message("id") + unknown.value.message("en")


def test_settings_page_button_reports_the_version(
    qtbot: QtBot, qapp: QApplication, login: SharedDbSettings, db: Database, world: object
) -> None:
    with db.session() as s:
        person = s.get(Person, world.admin)  # type: ignore[attr-defined]
    assert person is not None
    ctx = AppContext(db, person, SynchronousTaskRunner())
    page = SettingsPage(ctx, sync=SyncController(ctx, vault=PasswordVault(), engine_factory=lambda d, c: None))
    qtbot.addWidget(page)
    page.db_host.setText(login.host)
    page.db_port.setValue(login.port)
    page.db_name.setText(login.database)
    page.db_login.setText(login.login)
    page.db_sslmode.setCurrentIndex(page.db_sslmode.findData("prefer"))
    page.db_password.setText("salah")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert page.test_result.text().startswith("Kata sandi salah")
    page.db_password.setText(PASSWORD)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert page.test_result.text().startswith("Koneksi berhasil: PostgreSQL 1")
    assert page.test_button.isEnabled()


def _controller(root: Path, settings: SharedDbSettings, asked: list[str]) -> tuple[SyncController, Database]:
    """A SyncController on a fresh profile with the real SyncEngine, for ``settings``."""
    db = Database.open_profile(root)
    with db.session() as s:
        save_shared_db_settings(s, settings)
    ctx = AppContext(db, Person(name="Uji", login=settings.login), SynchronousTaskRunner())
    return SyncController(ctx, vault=PasswordVault(), ask_password=lambda a, w: asked.append(a) or None), db


def test_controller_syncs_with_the_real_engine(qapp: QApplication, shared_world: SharedWorld, tmp_path: Path) -> None:
    author = shared_world.people["author"].login
    settings = SharedDbSettings(
        host=shared_world.db.socket_dir,
        port=_port_of(shared_world.db.superuser_url),
        database=shared_world.db.name,
        login=author,
        sslmode="disable",
    )
    asked: list[str] = []
    sync, db = _controller(tmp_path / "profile", settings, asked)
    try:
        assert sync.status_text() == f"Basis data bersama {author}@{settings.host} — belum pernah sinkron"
        assert sync.sync_now()
        assert sync.state == SyncController.IDLE, sync.error
        assert asked == [settings.account]  # asked once (declined: the test cluster trusts its socket)
        assert sync.status_text().startswith(f"Basis data bersama {author}@{settings.host} — terakhir sinkron ")
        assert sync.sync_now(interactive=False) and sync.state == SyncController.IDLE
        assert len(asked) == 1
        assert sync.problems() == []
    finally:
        sync.stop()
        sync._close_engine()
        db.close()


def test_controller_with_a_wrong_password_goes_offline_and_forgets_it(
    qapp: QApplication, login: SharedDbSettings, tmp_path: Path
) -> None:
    asked: list[str] = []
    sync, db = _controller(tmp_path / "profile", login, asked)
    try:
        sync.vault.set(login.account, "bukan-ini", persist=False)
        assert sync.sync_now()
        assert sync.state == SyncController.OFFLINE
        assert sync.error.startswith(f"Kata sandi salah untuk login {login.login}")
        assert sync.status_text().endswith("— offline")
        assert sync.vault.get(login.account) is None
        assert sync.problems()[0].endswith(sync.error)
    finally:
        sync.stop()
        sync._close_engine()
        db.close()


def _port_of(url: str) -> int:
    query = parse_qs(urlparse(url).query)
    return int(query.get("port", [urlparse(url).port or 5432])[0])
