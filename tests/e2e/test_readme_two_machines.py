"""The README's "Two machines, one shared database" walk-through, run as written.

The commands come out of the README's fenced block; only the host and port change. Each runs through bash as a
subprocess of the installed ``opdstudio`` entry point, on a pseudo-terminal, against a PostgreSQL that listens on
TCP and asks for scram-sha-256 passwords. Passwords are given the ways the README tells a person: the superuser's
from ``~/.pgpass``, the generated ones typed at the labelled prompts, the local ones chosen at the join and typed
for every ``--as``.
"""

from __future__ import annotations

import os
import pty
import re
import select
import shlex
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from pytestqt.qtbot import QtBot

from opdstudio.core.domain.models import Person
from opdstudio.core.storage.database import Database
from opdstudio.ui.dialogs.sign_in import SignInDialog
from tests.tcp_postgres import scram_server

README = Path(__file__).resolve().parents[2] / "README.md"
ENTRY_POINT = Path(sys.executable).parent / "opdstudio"
SUPERUSER_PASSWORD = "super-Rahasia-9"
LOCAL = {"ani": "lokal-ani-1234", "budi": "lokal-budi-1234"}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
COMMAND_SECONDS = 120


def readme_commands() -> list[str]:
    """The shell commands of the walk-through: continuation lines joined, comments and blank lines left out."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("## Two machines, one shared database") :]
    block = section[section.index("```sh\n") + 6 : section.index("\n```", section.index("```sh\n"))]
    commands, current = [], ""
    for line in block.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        current += stripped
        if current.endswith("\\"):
            current = current[:-1].rstrip() + " "
            continue
        commands.append(current)
        current = ""
    return commands


@pytest.fixture(scope="module")
def tcp_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    with scram_server(tmp_path_factory.mktemp("pgtcp") / "data", SUPERUSER_PASSWORD) as port:
        yield port


class Terminal:
    """Runs one command line through bash on a pseudo-terminal and answers the password prompts."""

    def __init__(self, env: dict[str, str], answer: Callable[[str], str]) -> None:
        self.env, self.answer = env, answer

    def run(self, line: str) -> tuple[int, str]:
        pid, fd = pty.fork()
        if pid == 0:  # the child: bash expands ~ and $VARS as for a person, then runs the real entry point
            os.execvpe("bash", ["bash", "-c", line], self.env)
        output, pending = "", ""
        deadline = time.monotonic() + COMMAND_SECONDS
        try:
            while time.monotonic() < deadline:
                ready, _, _ = select.select([fd], [], [], 0.5)
                if not ready:
                    continue
                try:
                    data = os.read(fd, 4096).decode("utf-8", errors="replace")
                except OSError:  # EIO: the command ended and closed the terminal
                    break
                if not data:
                    break
                output += data
                pending += data
                if pending.endswith(": ") and ("Kata sandi" in pending or "Ulangi" in pending):
                    os.write(fd, (self.answer(pending) + "\n").encode())
                    pending = ""
            else:
                os.kill(pid, signal.SIGKILL)
                pytest.fail(f"{line!r} did not finish in {COMMAND_SECONDS} s:\n{output}")
        finally:
            os.close(fd)
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status), output.replace("\r\n", "\n")


def test_the_readme_walk_through_works_as_written(tcp_server: int, tmp_path: Path, qtbot: QtBot) -> None:
    home = tmp_path / "home"
    home.mkdir()
    pgpass = home / ".pgpass"
    pgpass.write_text(f"127.0.0.1:{tcp_server}:*:postgres:{SUPERUSER_PASSWORD}\n")
    pgpass.chmod(0o600)
    env = {
        "HOME": str(home),
        "PATH": f"{ENTRY_POINT.parent}{os.pathsep}{os.environ['PATH']}",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
        "TERM": "dumb",
        "LANG": "C.UTF-8",
    }
    server_passwords: dict[str, str] = {}
    asked: list[str] = []
    last_answer = [""]

    def answer(prompt: str) -> str:
        line = prompt.strip().splitlines()[-1]
        asked.append(line)
        if line.startswith("Ulangi"):
            return last_answer[0]
        if found := re.search(r"Kata sandi PostgreSQL \((\w+)@", line):
            last_answer[0] = server_passwords[found.group(1)]
        elif found := re.search(r"Kata sandi lokal(?: baru untuk masuk ke profil ini sebagai)? '(\w+)'", line):
            last_answer[0] = LOCAL[found.group(1)]
        else:
            pytest.fail(f"an unexpected prompt: {line!r}")
        return last_answer[0]

    terminal = Terminal(env, answer)
    post_id = ""
    for command in readme_commands():
        command = command.replace("dbhost:5432", f"127.0.0.1:{tcp_server}").replace("<id>", post_id)
        words = shlex.split(command)
        if words[0] == "export":
            name, _, value = words[1].partition("=")
            env[name] = value
            continue
        if words[0] == "unset":
            env.pop(words[1], None)
            continue
        assert words[0] == "opdstudio", command
        code, output = terminal.run(command)
        assert code == 0, f"{command}\n{output}"
        assert "Traceback" not in output, output
        if words[1:3] == ["server", "add-user"]:
            login = words[words.index("--login") + 1]
            server_passwords[login] = re.search(r"Kata sandi \(tampil sekali.*\): (\S+)", output).group(1)
        if words[1:3] == ["post", "new"]:
            post_id = UUID.findall(output)[-1]

    # Nobody acts as Budi on Ani's laptop: he has no local password there.
    code, output = terminal.run("opdstudio review queue --profile ~/opd-ani --as budi")
    assert code == 4 and "'budi' belum punya kata sandi lokal di profil ini" in output
    # The superuser's password came from ~/.pgpass; the people typed theirs at prompts that named them.
    assert not any("superuser" in line for line in asked)
    assert any(line.startswith("Kata sandi PostgreSQL (ani@127.0.0.1") for line in asked)
    assert any("sebagai 'budi'" in line for line in asked)
    with psycopg.connect(f"postgresql://postgres@127.0.0.1:{tcp_server}/opd", password=SUPERUSER_PASSWORD) as conn:
        post = conn.execute("SELECT status, title FROM app.post WHERE id = %s", (post_id,)).fetchone()
        reviews = conn.execute("SELECT decision FROM app.review WHERE post_id = %s", (post_id,)).fetchall()
        publications = conn.execute("SELECT url FROM app.publication WHERE post_id = %s", (post_id,)).fetchall()
    assert post == ("published", "Posyandu Melati")
    assert reviews == [("approve",)]
    assert publications == [("https://facebook.com/kominfo/posts/1",)]
    # The profiles the CLI made open in the window: its sign-in takes the local password chosen at the join.
    for login in ("ani", "budi"):
        db = Database.open_profile(home / f"opd-{login}")
        dialog = SignInDialog(db)
        qtbot.addWidget(dialog)
        dialog.who.setCurrentIndex(dialog.who.findData(login))
        dialog.password.setText("salah-sandi-99")
        dialog.accept()
        assert dialog.person_id is None and dialog.error.text() == "Login atau kata sandi salah."
        dialog.password.setText(LOCAL[login])
        dialog.accept()
        with db.session() as session:
            assert session.get(Person, dialog.person_id).login == login
        db.close()
