"""Joining the shared database from an empty profile: the first sync brings the world, the person whose login it
is gets a local sign-in password, and the server password stays out of the profile. The first-run dialog runs
the join in the background with a progress line, and a cancelled join may be repeated."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot
from sqlmodel import select

from opdstudio.core.domain.models import LocalCredential, Organisation, Person
from opdstudio.core.errors import AuthError, OpdError
from opdstudio.core.services.people import sign_in
from opdstudio.core.storage.database import Database
from opdstudio.core.sync.join import join_shared_database
from opdstudio.core.sync.settings import PasswordVault, SharedDbSettings, load_shared_db_settings
from opdstudio.ui.dialogs.first_run import FirstRunDialog
from opdstudio.ui.tasks import SynchronousTaskRunner, Task, TaskRunner
from tests.sync.shared import PASSWORD, SharedWorld

pytestmark = pytest.mark.xdist_group("test_join_shared_database")

LOCAL = "sandi-lokal-77"


def settings_for(world: SharedWorld, login: str) -> SharedDbSettings:
    url = world.db.superuser_url
    port = int(parse_qs(urlparse(url).query).get("port", [urlparse(url).port or 5432])[0])
    return SharedDbSettings(host=world.db.socket_dir, port=port, database=world.db.name, login=login, sslmode="disable")


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Database]:
    db = Database.open_profile(tmp_path / "profil")
    yield db
    db.close()


class WatchingRunner(SynchronousTaskRunner):
    """Runs each task in place, and calls ``look`` after every progress report has reached the dialog."""

    def __init__(self, look: Callable[[], None]) -> None:
        super().__init__()
        self._look = look

    def _start(self, task: Task) -> None:
        task.progress.connect(lambda _done, _total, _stage: self._look())  # after the dialog's own handler
        super()._start(task)


def fill_join_form(qtbot: QtBot, dialog: FirstRunDialog, settings: SharedDbSettings) -> None:
    dialog.join_choice.setChecked(True)
    dialog.join_host.setText(settings.host)
    dialog.join_port.setValue(settings.port)
    qtbot.keyClicks(dialog.join_database, settings.database)
    qtbot.keyClicks(dialog.join_login, settings.login)
    dialog.join_sslmode.setCurrentIndex(dialog.join_sslmode.findData("disable"))
    qtbot.keyClicks(dialog.join_server_password, PASSWORD)
    qtbot.keyClicks(dialog.join_password, LOCAL)
    qtbot.keyClicks(dialog.join_password2, LOCAL)


def form_values(dialog: FirstRunDialog) -> tuple[object, ...]:
    return (
        dialog.join_choice.isChecked(),
        dialog.join_host.text(),
        dialog.join_port.value(),
        dialog.join_database.text(),
        dialog.join_login.text(),
        dialog.join_sslmode.currentData(),
        dialog.join_server_password.text(),
        dialog.join_password.text(),
        dialog.join_password2.text(),
    )


def is_locked(dialog: FirstRunDialog) -> bool:
    """The form and "Mulai" are disabled, the progress line shows, and "Batal" still answers."""
    return (
        not dialog.pages.isEnabled()
        and not dialog.new_choice.isEnabled()
        and not dialog.join_choice.isEnabled()
        and not dialog.ok_button.isEnabled()
        and dialog.cancel_button.isEnabled()
        and dialog.progress.isVisible()
        and dialog.progress_label.isVisible()
    )


def has_local_password(db: Database) -> bool:
    with db.session() as s:
        return s.exec(select(LocalCredential)).first() is not None


def test_join_as_an_admin_brings_the_org_tree_and_a_local_password(
    shared_world: SharedWorld, profile: Database, tmp_path: Path
) -> None:
    author = shared_world.people["author"]
    person = join_shared_database(profile, settings_for(shared_world, author.login), PASSWORD, LOCAL)
    assert (person.id, person.login) == (author.id, author.login)
    with profile.session() as s:
        orgs = {o.id: o for o in s.exec(select(Organisation)).all()}
        assert {shared_world.pemkab, shared_world.dinas, shared_world.bidang} <= set(orgs)
        assert orgs[shared_world.bidang].parent_id == shared_world.dinas
        assert orgs[shared_world.dinas].parent_id == shared_world.pemkab
        assert sign_in(s, author.login, LOCAL).id == author.id
        with pytest.raises(AuthError):
            sign_in(s, author.login, PASSWORD)  # the server password is not the local one
        assert load_shared_db_settings(s).login == author.login
    profile.close()
    for file in (tmp_path / "profil").rglob("*"):
        if file.is_file():
            assert PASSWORD.encode() not in file.read_bytes(), file
    # the profile now holds a person who can sign in: a second join is refused
    with pytest.raises(OpdError, match="sudah berisi data"):
        join_shared_database(profile, settings_for(shared_world, author.login), PASSWORD, LOCAL)


def test_a_login_that_is_no_person_is_refused_clearly(shared_world: SharedWorld, profile: Database) -> None:
    login = f"{shared_world.db.name}_bukan_orang_{uuid.uuid4().hex[:6]}"
    with shared_world.db.superuser() as conn:
        conn.execute(f'CREATE ROLE "{login}" LOGIN IN ROLE "{shared_world.db.roles.member}"')
    try:
        with pytest.raises(OpdError) as refused:
            join_shared_database(profile, settings_for(shared_world, login), PASSWORD, LOCAL)
        assert "belum terdaftar sebagai orang di basis data bersama" in refused.value.message("id")
        assert "not registered as a person" in refused.value.message("en")
    finally:
        with shared_world.db.superuser() as conn:
            conn.execute(f'DROP ROLE "{login}"')


def test_a_short_local_password_is_refused_before_connecting(shared_world: SharedWorld, profile: Database) -> None:
    with pytest.raises(OpdError, match="minimal"):
        join_shared_database(profile, settings_for(shared_world, shared_world.people["author"].login), PASSWORD, "x")
    with profile.session() as s:
        assert s.exec(select(Person)).first() is None


def test_a_profile_that_is_set_up_is_refused(shared_world: SharedWorld, db: Database, world: object) -> None:
    with pytest.raises(OpdError) as refused:
        join_shared_database(db, settings_for(shared_world, shared_world.people["author"].login), PASSWORD, LOCAL)
    assert "sudah berisi data" in refused.value.message("id")
    assert "already holds data" in refused.value.message("en")


def test_join_reports_pull_progress_and_a_cancelled_join_can_be_repeated(
    shared_world: SharedWorld, profile: Database
) -> None:
    author = shared_world.people["author"]
    settings = settings_for(shared_world, author.login)
    seen: list[tuple[str, int, int]] = []
    with pytest.raises(OpdError) as stopped:
        join_shared_database(
            profile,
            settings,
            PASSWORD,
            LOCAL,
            progress=lambda stage, done, total: seen.append((stage, done, total)),
            cancelled=lambda: any(stage == "pull" for stage, _done, _total in seen),  # after the first page
        )
    assert "dibatalkan" in stopped.value.message("id") and "cancelled" in stopped.value.message("en")
    pulled = [(done, total) for stage, done, total in seen if stage == "pull"]
    assert pulled and all(done == total > 0 for done, total in pulled)
    assert not has_local_password(profile)
    with profile.session() as s:
        assert s.exec(select(Person).where(Person.login == author.login)).first() is not None  # the page stayed
    person = join_shared_database(profile, settings, PASSWORD, LOCAL)  # the unfinished join is simply repeated
    assert person.id == author.id
    with profile.session() as s:
        assert sign_in(s, author.login, LOCAL).id == author.id


def test_the_first_run_dialog_joins_the_shared_database(
    qtbot: QtBot, shared_world: SharedWorld, profile: Database
) -> None:
    reviewer = shared_world.people["reviewer"]
    settings = settings_for(shared_world, reviewer.login)
    vault = PasswordVault(fail.Keyring())  # session only: the test never touches a real keyring
    during: list[tuple[bool, str]] = []
    runner = WatchingRunner(lambda: during.append((is_locked(dialog), dialog.progress_label.text())))
    dialog = FirstRunDialog(profile, vault=vault, tasks=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.progress.isHidden() and dialog.progress_label.isHidden()
    dialog.join_choice.setChecked(True)
    assert dialog.pages.currentIndex() == 1
    assert dialog.pages.rect().contains(dialog.join_password2.geometry())  # the last field shows
    dialog.join_host.setText(settings.host)
    dialog.join_port.setValue(settings.port)
    qtbot.keyClicks(dialog.join_database, settings.database)
    qtbot.keyClicks(dialog.join_login, reviewer.login)
    dialog.join_sslmode.setCurrentIndex(dialog.join_sslmode.findData("disable"))
    qtbot.keyClicks(dialog.join_server_password, PASSWORD)
    qtbot.keyClicks(dialog.join_password, LOCAL)
    qtbot.keyClicks(dialog.join_password2, LOCAL + "x")
    dialog.accept()
    assert dialog.error.text() == "Kedua kata sandi lokal tidak sama."
    assert dialog.result() == 0
    dialog.join_password2.clear()
    qtbot.keyClicks(dialog.join_password2, LOCAL)
    dialog.accept()
    assert dialog.result() == 1, dialog.error.text()
    assert dialog.person_id == reviewer.id
    assert vault.get(settings.account) == PASSWORD
    with profile.session() as s:
        assert sign_in(s, reviewer.login, LOCAL).id == reviewer.id
    assert during, "the pull reported no progress"
    assert all(locked for locked, _text in during)
    rows = during[-1][1].removeprefix("Mengambil data dari server… ").removesuffix(" baris")
    assert rows != during[-1][1] and int(rows.replace(".", "")) > 0, during


def test_a_failed_join_in_the_background_unlocks_the_form_with_every_value_kept(
    qtbot: QtBot, shared_world: SharedWorld, profile: Database
) -> None:
    login = f"{shared_world.db.name}_bukan_orang_{uuid.uuid4().hex[:6]}"
    with shared_world.db.superuser() as conn:
        conn.execute(f'CREATE ROLE "{login}" LOGIN IN ROLE "{shared_world.db.roles.member}"')
    pool = QThreadPool()
    dialog = FirstRunDialog(profile, vault=PasswordVault(fail.Keyring()), tasks=TaskRunner(pool))
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        fill_join_form(qtbot, dialog, settings_for(shared_world, login))
        before = form_values(dialog)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert is_locked(dialog) and dialog.progress_label.text() == "Menghubungkan ke basis data bersama…"
        qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=30_000)
    finally:
        pool.waitForDone(30_000)
        with shared_world.db.superuser() as conn:
            conn.execute(f'DROP ROLE "{login}"')
    assert "belum terdaftar sebagai orang di basis data bersama" in dialog.error.text()
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.pages.isEnabled() and dialog.join_choice.isEnabled() and dialog.new_choice.isEnabled()
    assert dialog.progress.isHidden() and dialog.progress_label.isHidden()
    assert form_values(dialog) == before
    assert not has_local_password(profile)


def test_cancelling_a_running_join_says_so_and_the_join_can_be_started_again(
    qtbot: QtBot, shared_world: SharedWorld, profile: Database
) -> None:
    author = shared_world.people["author"]
    settings = settings_for(shared_world, author.login)
    pool = QThreadPool()
    dialog = FirstRunDialog(profile, vault=PasswordVault(fail.Keyring()), tasks=TaskRunner(pool))
    qtbot.addWidget(dialog)
    dialog.show()
    fill_join_form(qtbot, dialog, settings)
    before = form_values(dialog)
    try:
        # A slow server: every row-level check reads app.login_person, so the join waits on this lock.
        with shared_world.db.superuser() as conn, conn.transaction():
            conn.execute("LOCK TABLE app.login_person IN ACCESS EXCLUSIVE MODE")
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            qtbot.wait(300)  # the window goes on answering while the join hangs
            assert is_locked(dialog) and dialog.isVisible()
            assert dialog.progress.minimum() == dialog.progress.maximum() == 0  # busy
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # as "Batal": asks the join to stop, the dialog stays
            assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
            assert dialog.progress_label.text().startswith("Membatalkan…")
        qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=30_000)
        assert "dibatalkan" in dialog.error.text() and "Ulangi" in dialog.error.text()
        assert dialog.isVisible() and dialog.result() == 0 and dialog.cancel_button.isEnabled()
        assert form_values(dialog) == before and dialog.pages.isEnabled()
        assert not has_local_password(profile)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # again, and this time to the end
        qtbot.waitUntil(lambda: dialog.result() == 1, timeout=30_000)
    finally:
        pool.waitForDone(30_000)
    assert dialog.person_id == author.id and not dialog.isVisible()
    with profile.session() as s:
        assert sign_in(s, author.login, LOCAL).id == author.id
