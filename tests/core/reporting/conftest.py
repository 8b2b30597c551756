"""The hand-checked town: one copy per test module for tests that only read it, one per test for those that
change it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from opdstudio.core.storage.database import Database
from tests.core.reporting.town import Town, town_profile


@pytest.fixture(scope="module")
def town_db(tmp_path_factory: pytest.TempPathFactory, password_hash: str) -> Iterator[tuple[Database, Town]]:
    db, town = town_profile(tmp_path_factory.mktemp("town") / "profile", password_hash)
    yield db, town
    db.close()


@pytest.fixture
def fresh_town(tmp_path: Path, password_hash: str) -> Iterator[tuple[Database, Town]]:
    db, town = town_profile(tmp_path / "profile", password_hash)
    yield db, town
    db.close()
