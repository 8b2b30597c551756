"""The shape of the shared database: mirrored tables, ownership, forced row-level security, privileges, roles."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest
from sqlmodel import SQLModel

from opdstudio.core.domain import drafting, models  # noqa: F401  (registers every local table)
from opdstudio.core.domain.enums import OrgKind, Role
from opdstudio.core.errors import OpdError
from opdstudio.core.sync import admin
from opdstudio.core.sync.connection import server_engine
from opdstudio.core.sync.roles import ServerRoles
from opdstudio.core.sync.server_schema import current_revision, head_revision, upgrade
from tests.sync.shared import PASSWORD, SharedDb, SharedWorld, draft

# One worker builds this module's database once (pytest -n 2 --dist loadgroup).
pytestmark = pytest.mark.xdist_group("test_shared_schema")

SERVER_ONLY = {"server_clock", "login_person", "applied_mutation", "photoblob", "role_scope", "alembic_version"}


def rows(conn: psycopg.Connection[Any], sql: str, *params: Any) -> list[tuple[Any, ...]]:
    return conn.execute(sql, params).fetchall()


def test_every_synced_local_table_is_on_the_server_with_the_same_columns(shared_db: SharedDb) -> None:
    local = {
        name: {c.name for c in table.columns}
        for name, table in SQLModel.metadata.tables.items()
        if "server_version" in table.columns
    }
    with shared_db.superuser() as root:
        synced = rows(root, "SELECT unnest(app.synced_tables())")
        server = {
            name: {
                c
                for (c,) in rows(
                    root,
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = 'app' AND table_name = %s",
                    name,
                )
            }
            for (name,) in synced
        }
    assert server == local


def test_every_table_is_owned_by_the_nologin_owner_and_forces_row_level_security(shared_db: SharedDb) -> None:
    roles = shared_db.roles
    with shared_db.superuser() as root:
        tables = rows(
            root,
            "SELECT c.relname, pg_get_userbyid(c.relowner), c.relrowsecurity, c.relforcerowsecurity "
            "FROM pg_class c WHERE c.relnamespace = 'app'::regnamespace AND c.relkind = 'r'",
        )
        functions = rows(
            root,
            "SELECT p.proname, pg_get_userbyid(p.proowner), p.prosecdef, p.proconfig FROM pg_proc p "
            "WHERE p.pronamespace = 'app'::regnamespace",
        )
        owner = rows(root, "SELECT rolcanlogin, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = %s", roles.owner)
    assert {t for t, *_ in tables} >= SERVER_ONLY
    assert all(o == roles.owner and rls and forced for _, o, rls, forced in tables), tables
    assert owner == [(False, False, False)]
    assert all(o == roles.owner for _, o, _, _ in functions)
    definers = [(name, config) for name, _, definer, config in functions if definer]
    assert definers and all(any(c.startswith("search_path=") for c in config or []) for _, config in definers)


def test_no_person_may_delete_or_truncate_and_append_only_tables_take_no_update(shared_world: SharedWorld) -> None:
    login = shared_world.people["operator"].login
    with shared_world.db.superuser() as root:
        granted = rows(
            root,
            "SELECT c.relname, has_table_privilege(%s, c.oid, 'DELETE'), has_table_privilege(%s, c.oid, 'TRUNCATE'), "
            "has_table_privilege(%s, c.oid, 'UPDATE') FROM pg_class c "
            "WHERE c.relnamespace = 'app'::regnamespace AND c.relkind = 'r'",
            login,
            login,
            login,
        )
    assert not [t for t, delete, truncate, _ in granted if delete or truncate]
    append_only = {"review", "publication", "auditevent", "lintjustification", "photoblob", "applied_mutation"}
    assert not [t for t, _, _, update in granted if update and t in append_only]


def test_person_logins_hold_no_power_of_their_own(shared_world: SharedWorld) -> None:
    roles: ServerRoles = shared_world.db.roles
    with shared_world.db.superuser() as root:
        for key, who in shared_world.people.items():
            attrs = rows(
                root,
                "SELECT rolcanlogin, rolsuper, rolcreaterole, rolbypassrls, pg_has_role(rolname, %s, 'MEMBER'), "
                "pg_has_role(rolname, %s, 'MEMBER'), pg_has_role(rolname, %s, 'MEMBER') FROM pg_roles "
                "WHERE rolname = %s",
                roles.owner,
                roles.member,
                roles.operator,
                who.login,
            )
            assert attrs == [(True, False, False, False, False, True, key == "operator")], key


def test_only_a_login_that_is_a_person_sees_anything(shared_world: SharedWorld) -> None:
    """Rows are keyed on current_user: a bare login (or a person who SETs ROLE to the group) sees nothing."""
    db = shared_world.db
    with db.superuser() as root:
        root.execute(f'CREATE ROLE "{db.name}_nobody" LOGIN IN ROLE "{db.roles.member}"')
    try:
        with db.connect(f"{db.name}_nobody") as nobody:
            assert rows(nobody, "SELECT count(*) FROM app.organisation") == [(0,)]
            assert rows(nobody, "SELECT count(*) FROM app.pull(0)") == [(0,)]
        with db.connect(shared_world.people["oversight"].login) as oversight:
            assert rows(oversight, "SELECT count(*) > 0 FROM app.organisation") == [(True,)]
            oversight.execute(f'SET ROLE "{db.roles.member}"')
            assert rows(oversight, "SELECT count(*) FROM app.organisation") == [(0,)]
            oversight.execute("SELECT set_config('app.person_id', %s, false)", (shared_world.people["operator"].id,))
            assert rows(oversight, "SELECT count(*) FROM app.post") == [(0,)]
    finally:
        with db.superuser() as root:
            root.execute(f'DROP ROLE "{db.name}_nobody"')


def test_a_session_idle_inside_a_transaction_is_ended(shared_world: SharedWorld) -> None:
    """A laptop cut off mid-push cannot hold the counter row, and so every writer, for long."""
    with shared_world.db.connect(shared_world.people["author"].login) as conn:
        assert rows(conn, "SHOW idle_in_transaction_session_timeout") == [("1min",)]


def test_a_database_with_a_newer_schema_is_refused(shared_db: SharedDb) -> None:
    engine = server_engine(shared_db.superuser_url)
    try:
        with engine.begin() as conn:
            assert current_revision(conn) == head_revision()
            conn.exec_driver_sql("UPDATE app.alembic_version SET version_num = '9999'")
            with pytest.raises(OpdError) as newer:
                upgrade(conn)
            assert "newer schema" in newer.value.message_en
            conn.rollback()
        with engine.connect() as conn:
            assert current_revision(conn) == head_revision()
    finally:
        engine.dispose()


def test_roles_follow_memberships_and_the_organisation_tree_at_once(shared_world: SharedWorld) -> None:
    """Who holds which role where is precomputed on the server (app.role_scope); every change of a membership or
    of the tree must show in what a person may see and write in the very next statement."""
    w = shared_world
    post = draft(w)
    engine = server_engine(w.db.superuser_url)
    login = f"{w.db.name}_p_newcomer"
    try:
        with engine.begin() as conn:
            admin.add_user(conn, login, "Pendatang Baru", PASSWORD)
            membership = admin.grant_role(conn, login, w.dinas, Role.REVIEWER, 2)
            unit = admin.add_org(conn, "Seksi Baru", OrgKind.BIDANG, w.bidang)
    finally:
        engine.dispose()
    newcomer = w.db.connect(login)

    def sees_post() -> bool:
        return bool(rows(newcomer, "SELECT count(*) FROM app.post WHERE id = %s", post.id)[0][0])

    assert sees_post()  # a reviewer at the dinas reads the bidang below it
    assert draft(w, org=unit).id  # the author, admin of the bidang, writes in its new unit at once
    with w.db.superuser() as root:
        root.execute("UPDATE app.membership SET deleted_at = now() WHERE id = %s", (membership,))
        root.execute("UPDATE app.organisation SET parent_id = %s WHERE id = %s", (w.other_dinas, unit))
    assert not sees_post()
    with pytest.raises(psycopg.Error) as refused:
        draft(w, org=unit)  # the unit moved to another dinas: no longer the author's
    assert refused.value.sqlstate in ("42501", "OPD01")
    newcomer.close()
