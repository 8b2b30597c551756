"""Joining the shared database from an empty profile: the first sync brings the world, the person whose login it
is gets a local sign-in password, and the server password stays out of the profile."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from keyring.backends import fail
from pytestqt.qtbot import QtBot
from sqlmodel import select

from opdstudio.core.domain.models import Organisation, Person
from opdstudio.core.errors import AuthError, OpdError
from opdstudio.core.services.people import sign_in
from opdstudio.core.storage.database import Database
from opdstudio.core.sync.join import join_shared_database
from opdstudio.core.sync.settings import PasswordVault, SharedDbSettings, load_shared_db_settings
from opdstudio.ui.dialogs.first_run import FirstRunDialog
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


def test_the_first_run_dialog_joins_the_shared_database(
    qtbot: QtBot, shared_world: SharedWorld, profile: Database
) -> None:
    reviewer = shared_world.people["reviewer"]
    settings = settings_for(shared_world, reviewer.login)
    vault = PasswordVault(fail.Keyring())  # session only: the test never touches a real keyring
    dialog = FirstRunDialog(profile, vault=vault)
    qtbot.addWidget(dialog)
    dialog.join_choice.setChecked(True)
    assert dialog.pages.currentIndex() == 1
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
