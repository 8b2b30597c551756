"""A real PostgreSQL server for the tests, started once per test process from the pgserver package."""

from __future__ import annotations

from collections.abc import Iterator

import pgserver
import pytest
from sqlalchemy import Engine, create_engine, text

from tests.sync.shared import SharedDb, SharedWorld


@pytest.fixture
def pg_engine(pg_server: pgserver.PostgresServer, request: pytest.FixtureRequest) -> Iterator[Engine]:
    """An engine on a fresh database of its own (dropped afterwards)."""
    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name.lower())[:50]
    admin = create_engine(
        pg_server.get_uri().replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    uri = pg_server.get_uri(database=name).replace("postgresql://", "postgresql+psycopg://")
    engine = create_engine(uri)
    yield engine
    engine.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="module")
def shared_db(pg_server: pgserver.PostgresServer, request: pytest.FixtureRequest) -> Iterator[SharedDb]:
    """A database of its own for the test module, with the shared schema and roles (``server init``)."""
    from opdstudio.core.sync.admin import init_server
    from opdstudio.core.sync.connection import server_engine

    name = "s_" + request.module.__name__.rsplit(".", 1)[-1].removeprefix("test_")[:20]
    db = SharedDb.create(pg_server, name)
    engine = server_engine(db.superuser_url)
    init_server(engine)
    engine.dispose()
    yield db
    db.drop()


@pytest.fixture(scope="module")
def shared_world(shared_db: SharedDb) -> Iterator[SharedWorld]:
    """Organisations, people in every role and two official accounts on the module's shared database."""
    world = SharedWorld.build(shared_db)
    yield world
    world.close()
