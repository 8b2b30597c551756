"""Suite-wide setup (headless Qt, no real keyring) and the shared fixtures: a migrated profile and a
small organisation tree with people in every role."""

from __future__ import annotations

import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
# pgserver asks platformdirs for a runtime dir; give it one instead of a fallback warning.
os.environ.setdefault("XDG_RUNTIME_DIR", tempfile.mkdtemp(prefix="opd-runtime-"))

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pgserver
import pytest
from sqlmodel import Session

from opdstudio.core.domain.enums import OrgKind, Role
from opdstudio.core.domain.models import OfficialAccount, Organisation
from opdstudio.core.services.passwords import hash_password
from opdstudio.core.services.people import add_person
from opdstudio.core.storage.database import Database

PASSWORD = "sandi-rahasia-1"


@pytest.fixture(scope="session")
def password_hash() -> str:
    return hash_password(PASSWORD)


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[pgserver.PostgresServer]:
    """A real PostgreSQL server (pgserver), one per test process, for tests/sync and tests/e2e."""
    server = pgserver.get_server(Path(tmp_path_factory.mktemp("pgdata")), cleanup_mode="stop")
    yield server
    server.cleanup()


@pytest.fixture(scope="session")
def migrated_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A profile migrated once per test process (migrating costs ~0.15 s, copying ~0.01 s)."""
    root = tmp_path_factory.mktemp("template") / "profile"
    Database.open_profile(root).close()
    Database.open_profile(root).close()  # the day's backup made here, not again in every copy
    return root


@pytest.fixture
def db(migrated_profile: Path, tmp_path: Path) -> Iterator[Database]:
    """A migrated profile of its own in tmp_path, opened the normal way."""
    root = tmp_path / "profile"
    shutil.copytree(migrated_profile, root)
    database = Database.open_profile(root)
    yield database
    database.close()


@dataclass
class World:
    """Pemkab → Dinas Kominfo → Bidang IKP, plus Dinas Kesehatan; people in every role."""

    pemkab: str
    dinas: str
    bidang: str
    other_dinas: str
    admin: str  # admin of Bidang IKP, the usual author
    admin2: str  # a second admin of Bidang IKP
    kabid: str  # reviewer level 1 in Bidang IKP
    kadis: str  # reviewer level 2 in Dinas Kominfo (ancestor of the bidang)
    outsider: str  # reviewer of Dinas Kesehatan (not an ancestor)
    oversight: str  # Diskominfo oversight at the Pemkab
    instagram: str  # official accounts of Dinas Kominfo
    facebook: str


@pytest.fixture
def world(db: Database, password_hash: str) -> World:
    with db.session() as s:
        pemkab = _org(s, "Pemerintah Kabupaten Rejang Lebong", OrgKind.PEMKAB, None)
        dinas = _org(s, "Dinas Komunikasi dan Informatika", OrgKind.DINAS, pemkab)
        bidang = _org(s, "Bidang Informasi dan Komunikasi Publik", OrgKind.BIDANG, dinas)
        other = _org(s, "Dinas Kesehatan", OrgKind.DINAS, pemkab)

        def person(login: str, roles: list[tuple[str, Role, int]]) -> str:
            return add_person(
                s, name=login.title(), login=login, password="", password_hash=password_hash, roles=roles
            ).id

        ig = OfficialAccount(
            organisation_id=dinas, platform="instagram", handle="@kominfo.rl", url="https://instagram.com/kominfo.rl"
        )
        fb = OfficialAccount(
            organisation_id=dinas, platform="facebook", handle="kominforl", url="https://facebook.com/kominforl"
        )
        s.add_all([ig, fb])
        s.flush()
        return World(
            pemkab=pemkab,
            dinas=dinas,
            bidang=bidang,
            other_dinas=other,
            admin=person("ani", [(bidang, Role.ADMIN, 1)]),
            admin2=person("citra", [(bidang, Role.ADMIN, 1)]),
            kabid=person("budi", [(bidang, Role.REVIEWER, 1)]),
            kadis=person("dewi", [(dinas, Role.REVIEWER, 2)]),
            outsider=person("eko", [(other, Role.REVIEWER, 2)]),
            oversight=person("fajar", [(pemkab, Role.OVERSIGHT, 1)]),
            instagram=ig.id,
            facebook=fb.id,
        )


def _org(s: Session, name: str, kind: OrgKind, parent: str | None) -> str:
    org = Organisation(name=name, kind=kind, parent_id=parent)
    s.add(org)
    s.flush()
    return org.id
