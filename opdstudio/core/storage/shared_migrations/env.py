"""Alembic environment of the shared PostgreSQL schema: runs on the connection the caller hands in, which has
already switched to the owner role (see opdstudio.core.sync.server_schema.upgrade)."""

from alembic import context

# Alembic sets context.config when it runs this file; importing it elsewhere (e.g. a layering test) does nothing.
config = getattr(context, "config", None)
if config is not None:
    context.configure(connection=config.attributes["connection"], version_table_schema="app")
    with context.begin_transaction():
        context.run_migrations()
