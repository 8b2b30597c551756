"""Bad input on the command line: a clear message in Indonesian and English, no traceback, nothing written or lost,
and an exit code that says what kind of refusal it was."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from opdstudio.cli import main
from opdstudio.core.domain.models import Person
from opdstudio.core.services.people import sign_in
from opdstudio.core.storage.database import Database
from tests.conftest import PASSWORD


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _root(db: Database) -> str:
    assert db.paths is not None
    return str(db.paths.root)


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("ani@db.example.go.id/opd", "harus diawali postgresql://"),
        ("db.example.go.id:5432/opd", "harus diawali postgresql://"),
        ("postgresql://ani@db.example.go.id:54x2/opd", "Port '54x2' pada alamat server bukan angka"),
        ("postgresql://db.example.go.id:5432/opd", "tidak menyebut login"),
    ],
)
def test_a_mistyped_server_address_is_refused_before_a_profile_is_made(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, url: str, said: str
) -> None:
    profile = tmp_path / "opd-ani"
    code, _, err = run(capsys, "sync", "--profile", str(profile), "--url", url)
    assert code == 1 and said in err and "postgresql://login@host:5432/opd" in err
    assert not profile.exists()


def test_argparse_speaks_indonesian_with_the_english_beside(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["post", "new", "--title", "x"])
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert "argumen wajib belum diisi: --org" in err and "(the following arguments are required: --org)" in err
    with pytest.raises(SystemExit):
        main(["export", "log", "--format", "pdf", "-o", "x.pdf"])
    assert "argumen --format: pilihan 'pdf' tidak ada" in capsys.readouterr().err


def test_a_file_where_the_profile_folder_should_be(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    notes = tmp_path / "catatan.txt"
    notes.write_text("jangan ditimpa")
    code, _, err = run(capsys, "profile", "info", "--profile", str(notes))
    assert code == 6 and "adalah berkas, bukan folder profil" in err and "is a file, not a profile folder" in err
    assert notes.read_text() == "jangan ditimpa"


def test_a_profile_typo_creates_nothing_without_create(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    typo = tmp_path / "opd-anni"
    code, _, err = run(capsys, "post", "list", "--profile", str(typo))
    assert code == 1 and "belum berisi profil OPD Studio" in err and "--create" in err
    assert not typo.exists()
    missing_parent = tmp_path / "tidak-ada" / "profil"
    code, _, err = run(capsys, "profile", "info", "--profile", str(missing_parent), "--create")
    assert code == 6 and f"Folder {missing_parent.parent} tidak ada" in err
    assert not missing_parent.parent.exists()
    code, out, _ = run(capsys, "profile", "info", "--profile", str(typo), "--create")
    assert code == 0 and str(typo) in out


def test_a_new_profile_folder_is_asked_about_on_a_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal("t\n"))
    code, _, err = run(capsys, "profile", "info", "--profile", str(tmp_path / "baru"))
    assert code == 1 and "Profil tidak dibuat" in err and not (tmp_path / "baru").exists()
    monkeypatch.setattr("sys.stdin", Terminal("ya\n"))
    assert run(capsys, "profile", "info", "--profile", str(tmp_path / "baru"))[0] == 0


@pytest.mark.parametrize("where", ["missing-folder", "folder"])
def test_export_to_a_path_that_cannot_take_the_file(
    db: Database, world: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path, where: str
) -> None:
    target = tmp_path / "tidak-ada" / "log.csv" if where == "missing-folder" else tmp_path
    code, _, err = run(capsys, "export", "log", "--profile", _root(db), "--format", "csv", "-o", str(target))
    assert code == 6
    if where == "missing-folder":
        assert "tidak ada; buat dulu folder itu" in err and "does not exist" in err
        assert not target.parent.exists()
    else:
        assert "adalah folder; sebutkan nama berkas keluaran" in err and "is a folder" in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into any folder, so nothing is read-only to it")
def test_export_into_a_read_only_folder(
    db: Database, world: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    locked = tmp_path / "terkunci"
    locked.mkdir()
    locked.chmod(0o555)
    code, _, err = run(capsys, "export", "log", "--profile", _root(db), "--format", "csv", "-o", str(locked / "a.csv"))
    assert code == 6 and "Tidak ada izin menulis" in err and not list(locked.iterdir())


def test_media_import_exits_non_zero_with_the_count_of_refused_files(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = tmp_path / "kegiatan.jpg"
    Image.new("RGB", (640, 480), (200, 120, 40)).save(good, "JPEG")
    text = tmp_path / "bukan-foto.jpg"
    text.write_text("ini bukan foto")
    code, out, err = run(
        capsys, "media", "import", str(good), str(text), str(tmp_path / "hilang.jpg"), "--profile", _root(db)
    )
    assert code == 3 and "2 dari 3 berkas ditolak" in err and "2 of 3 files refused" in err
    assert out.count("DITOLAK") == 2 and out.count("OK ") == 1
    code, _, err = run(capsys, "media", "import", str(good), "--profile", _root(db))
    assert code == 0 and not err


def test_acting_as_someone_needs_their_local_password(
    db: Database, world: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("bukan-sandinya\n"))
    code, _, err = run(capsys, "post", "list", "--profile", _root(db), "--as", "ani", "--password-stdin")
    assert code == 4 and "kata sandi salah" in err.lower()
    code, _, err = run(capsys, "post", "list", "--profile", _root(db), "--as", "ani")
    assert code == 1 and "tidak ada terminal" in err and "--password-stdin" in err


def test_acting_as_someone_without_a_local_password_on_this_profile_is_refused(
    db: Database, world: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on Ani's laptop after her join: Budi came with the pull and has no local password there."""
    from opdstudio.core.domain.models import LocalCredential

    with db.session() as s:
        budi = s.get(Person, world.kabid)
        s.delete(s.get(LocalCredential, budi.id))
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))
    code, _, err = run(capsys, "review", "queue", "--profile", _root(db), "--as", budi.login, "--password-stdin")
    assert code == 4 and f"'{budi.login}' belum punya kata sandi lokal di profil ini" in err


def test_user_passwd_changes_the_local_password_the_window_asks(
    db: Database, world: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\nsandi-baru-ani-1\n"))
    code, out, _ = run(capsys, "user", "passwd", "--profile", _root(db), "--as", "ani", "--password-stdin")
    assert code == 0 and "disimpan" in out
    with db.session() as s:
        assert sign_in(s, "ani", "sandi-baru-ani-1").login == "ani"
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\nsandi-lain-ani-2\n"))
    code, _, _ = run(capsys, "user", "passwd", "--profile", _root(db), "--as", "ani", "--password-stdin")
    assert code == 4  # the old password no longer opens it


def test_end_of_input_or_ctrl_c_at_a_prompt_ends_without_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    def closed(prompt: str) -> str:
        raise EOFError

    def interrupted(prompt: str) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr("getpass.getpass", closed)
    argv = ["server", "passwd", "ani", "--url", "postgresql://operator@127.0.0.1:1/opd"]
    code, _, err = run(capsys, *argv)
    assert code == 1 and "masukan berakhir" in err and "Input ended" in err
    monkeypatch.setattr("getpass.getpass", interrupted)
    code, _, err = run(capsys, *argv)
    assert code == 130 and "dibatalkan" in err
