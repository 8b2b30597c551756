"""Startup: process start → main window shown, on a demo profile holding 100 000 publications,
against a bare QMainWindow process measured in the same run. Prints the medians and their ratio.

    .venv/bin/python bench/startup.py [--runs 7] [--publications 100000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

# The app's own start-up path, less the password prompt: open (and migrate) the profile, load the
# language, build and show the main window with its first page filled.
OURS = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlmodel import select
from opdstudio.core.domain.models import Person
from opdstudio.core.services.settings import get_setting
from opdstudio.core.storage.database import Database
from opdstudio.ui.context import AppContext
from opdstudio.ui.i18n import install_language
from opdstudio.ui.main_window import MainWindow
from opdstudio.ui.tasks import TaskRunner
app = QApplication([])
db = Database.open_profile(sys.argv[1])
with db.session() as s:
    lang = install_language(app, get_setting(s, "language", "id"))
    person = s.exec(select(Person).where(Person.login == sys.argv[2])).one()
window = MainWindow(AppContext(db, person, TaskRunner(), lang))
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def time_process(code: str, *args: str) -> float:
    """Seconds from spawning the interpreter to the child's 'shown' line."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait()
    if line.strip() != "shown":
        raise RuntimeError(f"child did not show its window (exit {proc.returncode})")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--publications", type=int, default=100_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from opdstudio.core.reporting.publication_log import count_publications
    from opdstudio.core.services.demo import seed_demo
    from opdstudio.core.storage.database import Database

    profile = Path(tempfile.mkdtemp(prefix="opd-bench-")) / "profile"
    t = time.perf_counter()
    db = Database.open_profile(profile)
    summary = seed_demo(db, publications=args.publications)
    with db.session() as s:
        total = count_publications(s)
    db.close()
    print(f"demo profile: {total:,} publications, seeded in {time.perf_counter() - t:.1f} s")

    time_process(BARE)  # warm the file cache for both
    time_process(OURS, str(profile), summary.main_login)
    bare = [time_process(BARE) for _ in range(args.runs)]
    ours = [time_process(OURS, str(profile), summary.main_login) for _ in range(args.runs)]
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"bare QMainWindow process : median {b * 1000:7.1f} ms  (runs: {', '.join(f'{x * 1000:.0f}' for x in bare)})")
    print(f"OPD Studio main window   : median {o * 1000:7.1f} ms  (runs: {', '.join(f'{x * 1000:.0f}' for x in ours)})")
    print(f"ratio OPD Studio / bare  : {o / b:.2f}x")


if __name__ == "__main__":
    main()
