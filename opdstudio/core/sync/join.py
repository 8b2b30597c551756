"""Join the shared database from an empty profile: pull the world, then give one's own person a local password.

An organisation and its people created by the Diskominfo operator (``opdstudio server add-user``) reach a new
profile through a first sync. People pulled that way have no :class:`LocalCredential`, so nobody could sign in;
:func:`join_shared_database` sets the local sign-in password of the person whose login is the shared-database login.
The server password is only handed to libpq: it is never stored in the profile (the caller may keep it in the
:class:`~opdstudio.core.sync.settings.PasswordVault`).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session, select

from ..domain.models import LocalCredential, Person
from ..errors import OpdError
from ..services.people import check_password, is_set_up, set_password
from ..storage.database import Database
from .engine import SyncEngine
from .settings import SharedDbSettings, load_shared_db_settings, open_connection, save_shared_db_settings


def join_shared_database(
    db: Database,
    settings: SharedDbSettings,
    password: str,
    local_password: str,
    *,
    progress: Callable[[str, int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Person:
    """Connect this empty profile to the shared database as ``settings.login`` and return that person.

    Saves ``settings``, syncs once (push has nothing to send, pull brings the organisations and people this login
    may see), finds the person with this login and sets their local sign-in password (``local_password``, checked
    by the profile's password rules before anything else happens). Refused on a profile that is already set up;
    a profile that an earlier, unfinished join to the same database and login filled may be joined again.

    ``progress(stage, done, total)`` and ``cancelled()`` are handed to the sync (see :class:`SyncEngine`). A join
    cancelled before it finished sets no local password and raises an :class:`OpdError`; what the pull already
    brought stays, and the same join may simply be started again.
    """
    check_password(local_password)
    clean = settings.validated()
    if not clean.configured:
        raise OpdError(
            "Basis data bersama belum diatur: isi server, nama basis data dan login.",
            "The shared database is not set up: fill in the server, database name and login.",
        )
    with db.session() as session:
        _refuse_unless_joinable(session, clean)
        clean = save_shared_db_settings(session, clean)
    engine = SyncEngine(db, lambda: open_connection(clean, password))
    try:
        engine.sync(progress=progress, cancelled=cancelled)
    finally:
        engine.close()
    if cancelled is not None and cancelled():
        raise OpdError(
            "Bergabung ke basis data bersama dibatalkan; kata sandi lokal belum dibuat. "
            "Ulangi kapan saja dengan data koneksi yang sama untuk melanjutkan.",
            "Joining the shared database was cancelled; no local password was set. "
            "Try again at any time with the same connection details to continue.",
        )
    return claim_local_password(db, clean.login, local_password)


def claim_local_password(db: Database, login: str, local_password: str) -> Person:
    """Give the person whose login is ``login`` (pulled from the shared database) this profile's local sign-in
    password; an :class:`OpdError` when the server holds no such person."""
    check_password(local_password)
    login = login.lower()
    with db.session() as session:
        person = session.exec(select(Person).where(Person.login == login)).first()
        if person is None or person.deleted_at is not None:
            raise OpdError(
                f"Login {login} belum terdaftar sebagai orang di basis data bersama. Hubungi operator Diskominfo.",
                f"The login {login} is not registered as a person in the shared database. "
                "Contact the Diskominfo operator.",
            )
        set_password(session, person.id, local_password)
    return person


def _refuse_unless_joinable(session: Session, settings: SharedDbSettings) -> None:
    """An empty profile, or one an unfinished join to the same database and login filled, may be joined."""
    if not is_set_up(session):
        return
    saved = load_shared_db_settings(session)
    same = (saved.host, saved.port, saved.database, saved.login.lower()) == (
        settings.host,
        settings.port,
        settings.database,
        settings.login.lower(),
    )
    unclaimed = session.exec(select(LocalCredential.person_id).limit(1)).first() is None
    if not (same and unclaimed):
        raise OpdError(
            "Profil ini sudah berisi data; hubungkan basis data bersama hanya dari profil yang masih kosong.",
            "This profile already holds data; connect to the shared database only from an empty profile.",
        )
