"""Alembic environment: runs on the connection the caller hands in (batch mode for SQLite)."""

from alembic import context
from sqlmodel import SQLModel

from opdstudio.core.domain import (
    drafting,  # noqa: F401
    models,  # noqa: F401  (registers the tables)
    sync_models,  # noqa: F401
)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
