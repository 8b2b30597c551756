"""People of a profile: first-run setup, adding people, signing in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlmodel import Session, col, select

from ..domain.enums import OrgKind, Role
from ..domain.models import LocalCredential, Membership, Organisation, Person
from ..errors import AuthError, DomainError
from .passwords import hash_password, verify_password

MIN_PASSWORD = 8
_LOGIN = re.compile(r"^[a-z][a-z0-9_.]{2,39}$")


def check_login(login: str) -> str:
    """A valid login (also a PostgreSQL role name): lower case, 3–40 of a-z 0-9 _ ."""
    login = login.strip().lower()
    if not _LOGIN.match(login):
        raise DomainError(
            "Nama login harus 3–40 karakter: huruf kecil, angka, titik atau garis bawah, diawali huruf.",
            "A login must be 3–40 characters: lower-case letters, digits, dot or underscore, starting with a letter.",
        )
    return login


def check_password(password: str) -> None:
    """Refuse passwords too short to protect a profile."""
    if len(password) < MIN_PASSWORD:
        raise DomainError(
            f"Kata sandi minimal {MIN_PASSWORD} karakter.", f"The password needs at least {MIN_PASSWORD} characters."
        )


def is_set_up(session: Session) -> bool:
    """Whether the profile has at least one person."""
    return session.exec(select(Person.id).limit(1)).first() is not None


def people(session: Session) -> list[Person]:
    """Everyone in the profile, by name."""
    return list(session.exec(select(Person).where(col(Person.deleted_at).is_(None)).order_by(Person.name)).all())


def add_person(
    session: Session,
    *,
    name: str,
    login: str,
    password: str,
    roles: list[tuple[str, Role, int]],
    title: str = "",
    password_hash: str | None = None,
) -> Person:
    """Add a person with a password and roles [(organisation id, role, level)]."""
    login = check_login(login)
    if not name.strip():
        raise DomainError("Nama wajib diisi.", "The name is required.")
    if session.exec(select(Person).where(Person.login == login)).first() is not None:
        raise DomainError(f"Login '{login}' sudah dipakai.", f"The login '{login}' is already taken.")
    if password_hash is None:
        check_password(password)
        password_hash = hash_password(password)
    person = Person(name=name.strip(), login=login, title=title.strip())
    session.add(person)
    session.flush()
    session.add(LocalCredential(person_id=person.id, password_hash=password_hash))
    for org_id, role, level in roles:
        session.add(Membership(person_id=person.id, organisation_id=org_id, role=role, level=level))
    session.flush()
    return person


@dataclass(frozen=True)
class FirstRun:
    """What the first-run dialog asks."""

    organisation_name: str
    organisation_kind: OrgKind
    person_name: str
    login: str
    password: str
    roles: tuple[Role, ...]
    title: str = ""
    parent_name: str = ""


def first_run(session: Session, answers: FirstRun) -> Person:
    """Create the organisation (under an optional parent Pemkab) and its first person."""
    if is_set_up(session):
        raise DomainError("Profil ini sudah disiapkan.", "This profile is already set up.")
    if not answers.organisation_name.strip():
        raise DomainError("Nama organisasi wajib diisi.", "The organisation name is required.")
    if not answers.roles:
        raise DomainError("Pilih minimal satu peran.", "Choose at least one role.")
    parent_id = None
    if answers.parent_name.strip():
        parent = Organisation(name=answers.parent_name.strip(), kind=OrgKind.PEMKAB)
        session.add(parent)
        session.flush()
        parent_id = parent.id
    org = Organisation(name=answers.organisation_name.strip(), kind=answers.organisation_kind, parent_id=parent_id)
    session.add(org)
    session.flush()
    return add_person(
        session,
        name=answers.person_name,
        login=answers.login,
        password=answers.password,
        title=answers.title,
        roles=[(org.id, role, 1) for role in answers.roles],
    )


def sign_in(session: Session, login: str, password: str) -> Person:
    """The person whose login and password match, or an AuthError."""
    person = session.exec(select(Person).where(Person.login == login.strip().lower())).first()
    credential = session.get(LocalCredential, person.id) if person else None
    if (
        person is None
        or person.deleted_at is not None
        or credential is None
        or not verify_password(password, credential.password_hash)
    ):
        raise AuthError("Login atau kata sandi salah.", "Wrong login or password.")
    return person


def set_password(session: Session, person_id: str, password: str) -> None:
    """Replace a person's password for this profile."""
    check_password(password)
    credential = session.get(LocalCredential, person_id)
    if credential is None:
        session.add(LocalCredential(person_id=person_id, password_hash=hash_password(password)))
    else:
        credential.password_hash = hash_password(password)


def has_local_password(session: Session, person_id: str) -> bool:
    """Whether the person can sign in to this profile (has a local password here)."""
    return session.get(LocalCredential, person_id) is not None


def refuse_without_local_password(person: Person) -> AuthError:
    """Why ``person`` may not act on this profile: nobody can sign in as them here."""
    return AuthError(
        f"'{person.login}' belum punya kata sandi lokal di profil ini, jadi tidak dapat masuk atau bertindak di sini. "
        f"Orangnya menetapkannya dengan 'opdstudio user passwd --as {person.login}' (membuktikan diri dengan kata "
        "sandi server).",
        f"'{person.login}' has no local password on this profile, so nobody can sign in or act as them here. They "
        f"set one with 'opdstudio user passwd --as {person.login}' (proving who they are with the server password).",
    )
