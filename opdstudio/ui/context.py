"""What every screen is handed: the database, the signed-in person, the task runner, the language."""

from __future__ import annotations

from dataclasses import dataclass

from opdstudio.core.domain.models import Person
from opdstudio.core.errors import OpdError
from opdstudio.core.storage.database import Database

from .tasks import TaskRunner


@dataclass
class AppContext:
    db: Database
    person: Person
    tasks: TaskRunner
    language: str = "id"

    def message(self, error: BaseException) -> str:
        """A user-facing message for ``error`` in the UI language."""
        if isinstance(error, OpdError):
            return error.message(self.language)
        return str(error)
