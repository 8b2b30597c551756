"""Start-up through the real entry path loads only what the first screen needs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from opdstudio.core.storage.database import Database
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[1]

# Sign in as ani the way a person would, wait for the main window, then list what start-up imported.
CHILD = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
found = []

def report():
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("alembic", "psycopg", "reportlab", "xlsxwriter")
                    or (m.startswith("keyring.backends.") and m != "keyring.backends.fail"))
    roots = sorted({m.split(".")[0] if not m.startswith("keyring") else m for m in loaded})
    print("shown", " ".join(roots), flush=True)
    app.quit()

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            name = type(obj).__name__
            if name == "SignInDialog":
                obj.who.setCurrentIndex(obj.who.findData("ani"))
                obj.password.setText(sys.argv[2])
                QTimer.singleShot(0, obj.accept)
            elif name == "MainWindow" and not found:
                found.append(obj)
                QTimer.singleShot(0, report)
        return False

watch = Watch()
app.installEventFilter(watch)
from opdstudio.cli import main
main(["--profile", sys.argv[1]])
"""


def test_start_up_imports_no_migration_sync_keyring_or_export_machinery(db: Database, world: Any) -> None:
    assert db.paths is not None
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}  # let keyring look if asked
    env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(db.paths.root), PASSWORD],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    shown = [line for line in proc.stdout.splitlines() if line.startswith("shown")]
    assert shown, proc.stdout + proc.stderr
    assert shown[0].split()[1:] == []  # names what start-up imported: alembic, psycopg, keyring.backends.* …
