"""UI fixtures: an AppContext for a person of the shared world, with the synchronous task runner."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from opdstudio.core.domain.models import Person
from opdstudio.core.storage.database import Database
from opdstudio.ui.context import AppContext
from opdstudio.ui.tasks import SynchronousTaskRunner


@pytest.fixture
def make_ctx(db: Database, qapp: object) -> Callable[[str], AppContext]:
    def make(person_id: str, language: str = "id") -> AppContext:
        with db.session() as s:
            person = s.get(Person, person_id)
        assert person is not None
        return AppContext(db, person, SynchronousTaskRunner(), language)

    return make
