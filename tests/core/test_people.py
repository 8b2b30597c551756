"""People of a profile: first-run setup, logins, passwords, signing in."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import select

from opdstudio.core.domain.enums import OrgKind, Role
from opdstudio.core.domain.models import LocalCredential, Membership, Organisation, Person
from opdstudio.core.errors import AuthError, DomainError
from opdstudio.core.services import people
from opdstudio.core.services.passwords import hash_password, verify_password
from opdstudio.core.storage.database import Database

PASSWORD = "rahasia-kominfo-2026"


def answers(**changes: object) -> people.FirstRun:
    values: dict[str, object] = {
        "organisation_name": "  Dinas Komunikasi dan Informatika ",
        "organisation_kind": OrgKind.DINAS,
        "person_name": " Ani Lestari ",
        "login": "Ani.Lestari",
        "password": PASSWORD,
        "roles": (Role.ADMIN, Role.REVIEWER),
        "title": "Pranata Humas",
        "parent_name": "Pemerintah Kabupaten Rejang Lebong",
    }
    values.update(changes)
    return people.FirstRun(**values)  # type: ignore[arg-type]


@pytest.fixture
def ani(db: Database) -> str:
    with db.session() as s:
        return people.first_run(s, answers()).id


def both_languages(err: DomainError | AuthError, en_fragment: str) -> None:
    assert en_fragment in err.message("en")
    assert err.message("id").strip()
    assert err.message("id") != err.message("en")


# --------------------------------------------------------------------------- first run


def test_first_run_creates_the_organisation_under_its_pemkab_and_the_first_person(db: Database) -> None:
    with db.session() as s:
        assert not people.is_set_up(s)
        person = people.first_run(s, answers())
    with db.session() as s:
        assert people.is_set_up(s)
        orgs = {o.name: o for o in s.exec(select(Organisation)).all()}
        assert set(orgs) == {"Dinas Komunikasi dan Informatika", "Pemerintah Kabupaten Rejang Lebong"}
        dinas, pemkab = orgs["Dinas Komunikasi dan Informatika"], orgs["Pemerintah Kabupaten Rejang Lebong"]
        assert (dinas.kind, dinas.parent_id) == (OrgKind.DINAS, pemkab.id)
        assert (pemkab.kind, pemkab.parent_id) == (OrgKind.PEMKAB, None)

        stored = s.get(Person, person.id)
        assert stored is not None
        assert (stored.name, stored.login, stored.title) == ("Ani Lestari", "ani.lestari", "Pranata Humas")
        roles = {(m.organisation_id, m.role, m.level) for m in s.exec(select(Membership)).all()}
        assert roles == {(dinas.id, Role.ADMIN, 1), (dinas.id, Role.REVIEWER, 1)}
        assert [p.login for p in people.people(s)] == ["ani.lestari"]


def test_first_run_without_a_parent_creates_a_single_organisation(db: Database) -> None:
    with db.session() as s:
        people.first_run(s, answers(parent_name="  ", organisation_kind=OrgKind.SEKOLAH, roles=(Role.ADMIN,)))
    with db.session() as s:
        (org,) = s.exec(select(Organisation)).all()
        assert (org.kind, org.parent_id) == (OrgKind.SEKOLAH, None)
        assert [m.role for m in s.exec(select(Membership)).all()] == [Role.ADMIN]


def test_first_run_happens_once(db: Database, ani: str) -> None:
    with pytest.raises(DomainError) as info, db.session() as s:
        people.first_run(s, answers(login="budi"))
    both_languages(info.value, "already set up")
    with db.session() as s:
        assert len(s.exec(select(Organisation)).all()) == 2


INCOMPLETE = [
    ({"organisation_name": "   "}, "organisation name is required"),
    ({"roles": ()}, "at least one role"),
    ({"person_name": " "}, "name is required"),
    ({"login": "a"}, "3–40 characters"),
    ({"password": "pendek"}, "at least 8 characters"),
]


def test_first_run_refuses_incomplete_answers_and_leaves_nothing_behind(db: Database) -> None:
    for change, fragment in INCOMPLETE:
        with pytest.raises(DomainError) as info, db.session() as s:
            people.first_run(s, answers(**change))
        both_languages(info.value, fragment)
        with db.session() as s:
            assert not people.is_set_up(s)
            assert s.exec(select(Organisation)).all() == []


# --------------------------------------------------------------------------- signing in


def test_sign_in_with_the_right_password(db: Database, ani: str) -> None:
    with db.session() as s:
        assert people.sign_in(s, "ani.lestari", PASSWORD).id == ani
        assert people.sign_in(s, "  ANI.Lestari ", PASSWORD).id == ani  # logins are not case sensitive


def test_sign_in_refuses_a_wrong_password_or_unknown_login_alike(db: Database, ani: str) -> None:
    attempts = [
        ("ani.lestari", "rahasia-kominfo-2025"),
        ("ani.lestari", PASSWORD.upper()),
        ("ani.lestari", ""),
        ("ani.lestari", PASSWORD + " "),
        ("budi", PASSWORD),
        ("", ""),
    ]
    for login, password in attempts:
        with pytest.raises(AuthError) as info, db.session() as s:
            people.sign_in(s, login, password)
        # the same words whether the login or the password was wrong: no hint which logins exist
        assert info.value.message("en") == "Wrong login or password."
        assert info.value.message("id") == "Login atau kata sandi salah."
        assert str(info.value) == info.value.message("id")


def test_a_removed_person_cannot_sign_in(db: Database, ani: str) -> None:
    with db.session() as s:
        person = s.get(Person, ani)
        assert person is not None
        person.deleted_at = datetime.now(UTC)
    with pytest.raises(AuthError), db.session() as s:
        people.sign_in(s, "ani.lestari", PASSWORD)


def test_a_damaged_stored_hash_refuses_sign_in_instead_of_crashing(db: Database, ani: str) -> None:
    for damaged in ("scrypt$16384$8$1$!!!$???", "scrypt$abc$8$1$AAAA$AAAA", "plain-text", ""):
        with db.session() as s:
            credential = s.get(LocalCredential, ani)
            assert credential is not None
            credential.password_hash = damaged
        with pytest.raises(AuthError), db.session() as s:
            people.sign_in(s, "ani.lestari", PASSWORD)


def test_set_password_replaces_the_old_one(db: Database, ani: str) -> None:
    with db.session() as s:
        people.set_password(s, ani, "kata-sandi-baru")
    with db.session() as s:
        assert people.sign_in(s, "ani.lestari", "kata-sandi-baru").id == ani
    with pytest.raises(AuthError), db.session() as s:
        people.sign_in(s, "ani.lestari", PASSWORD)
    with pytest.raises(DomainError) as info, db.session() as s:
        people.set_password(s, ani, "1234567")
    both_languages(info.value, "at least 8 characters")
    with db.session() as s:
        assert people.sign_in(s, "ani.lestari", "kata-sandi-baru").id == ani


# --------------------------------------------------------------------------- logins and passwords


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("ani", "ani"),
        ("  Ani.Lestari  ", "ani.lestari"),
        ("kominfo_rl2", "kominfo_rl2"),
        ("a" * 40, "a" * 40),
    ],
)
def test_valid_logins_are_normalised(raw: str, clean: str) -> None:
    assert people.check_login(raw) == clean


@pytest.mark.parametrize(
    "login", ["", "ab", "a" * 41, "1ani", "_ani", ".ani", "ani lestari", "ani-lestari", "ani@kominfo", "aní"]
)
def test_invalid_logins_are_refused(login: str) -> None:
    with pytest.raises(DomainError) as info:
        people.check_login(login)
    both_languages(info.value, "3–40 characters")


def test_a_login_is_taken_once_whatever_its_case(db: Database, ani: str) -> None:
    with pytest.raises(DomainError) as info, db.session() as s:
        people.add_person(s, name="Ani Kedua", login="ANI.LESTARI", password=PASSWORD, roles=[])
    both_languages(info.value, "already taken")
    assert "ani.lestari" in info.value.message("en")


def test_add_person_gives_the_roles_asked_for(db: Database, ani: str) -> None:
    with db.session() as s:
        dinas = s.exec(select(Organisation).where(Organisation.kind == OrgKind.DINAS)).one()
        kadis = people.add_person(
            s,
            name="Dewi",
            login="dewi",
            password=PASSWORD,
            roles=[(dinas.id, Role.REVIEWER, 2)],
            title="Kadis",
        )
    with db.session() as s:
        (m,) = s.exec(select(Membership).where(Membership.person_id == kadis.id)).all()
        assert (m.organisation_id, m.role, m.level) == (dinas.id, Role.REVIEWER, 2)
        assert people.sign_in(s, "dewi", PASSWORD).id == kadis.id


def test_passwords_need_eight_characters(db: Database) -> None:
    for password in ("", "1234567", "sandi12"):
        with pytest.raises(DomainError) as info, db.session() as s:
            people.add_person(s, name="Budi", login="budi", password=password, roles=[])
        both_languages(info.value, "at least 8 characters")
        assert "8" in info.value.message("id")
    with db.session() as s:
        assert people.people(s) == []
        people.add_person(s, name="Budi", login="budi", password="12345678", roles=[])
    with db.session() as s:
        assert people.sign_in(s, "budi", "12345678").login == "budi"


def test_the_stored_hash_is_salted_scrypt_not_the_password(db: Database, ani: str) -> None:
    with db.session() as s:
        credential = s.get(LocalCredential, ani)
        assert credential is not None
        stored = credential.password_hash
    assert PASSWORD not in stored
    scheme, n, r, p, salt, digest = stored.split("$")
    assert scheme == "scrypt"
    assert int(n) >= 2**14 and int(r) >= 8 and int(p) >= 1
    assert salt and digest
    assert verify_password(PASSWORD, stored)
    assert not verify_password(PASSWORD + "x", stored)
    # a fresh salt every time: the same password never gives the same hash
    assert hash_password(PASSWORD) != hash_password(PASSWORD)


def test_a_hash_from_another_scheme_never_matches() -> None:
    stored = hash_password(PASSWORD)
    assert not verify_password(PASSWORD, stored.replace("scrypt", "md5", 1))
