"""Start-up: process start → main window shown, through the real entry path (``opdstudio.cli.main``, what
``python main.py`` runs), against a bare QMainWindow holding a QTableView, measured in the same run.

Two profiles: the default demo profile and the same with 1 000 000 publications. Each round runs the
three processes once, in a rotating order (interleaved), so a busy machine slows all of them alike. The
sign-in dialog is answered by an event filter in the child; the time from the dialog showing to its
``accept`` returning (a person typing, plus the scrypt check) is taken out of our figure and reported as
``to sign-in``: the time until the first window a person sees.

    .venv/bin/python bench/startup.py [--runs 7] [--profiles /tmp/opd-bench-profiles]

Peak RSS is the child's ``ru_maxrss`` when the window shows. Ends with one line per measurement:
``NAME: ours X, baseline Y, ratio Z``.
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
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QTableView()
view.setModel(QStandardItemModel(20, 6))
window.setCentralWidget(view)
window.show()
def done():
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"shown 0 0 {rss}", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

# The real entry path; an event filter signs in as the demo's main login and reports when the main window shows.
OURS = """
import resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
marks = {}
def done():
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    signin = marks.get("accepted", 0) - marks.get("signin", 0)
    print(f"shown {signin:.6f} {marks.get('signin_at', 0):.6f} {rss}", flush=True)
    app.quit()
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow():
            name = type(obj).__name__
            if name == "SignInDialog" and "signin" not in marks:
                marks["signin"] = time.perf_counter()
                marks["signin_at"] = time.time()
                def answer(dialog=obj):
                    dialog.password.setText(sys.argv[3])
                    dialog.accept()
                    marks["accepted"] = time.perf_counter()
                QTimer.singleShot(0, answer)
            elif name == "MainWindow" and "main" not in marks:
                marks["main"] = True
                QTimer.singleShot(0, done)
        return False
watch = Watch()
app.installEventFilter(watch)
from opdstudio.cli import main
main(["--profile", sys.argv[1]])
"""


def run_child(code: str, *args: str) -> tuple[float, float, float]:
    """(seconds to the window, seconds to the first window a person sees, peak RSS in MB) of one child process."""
    start_wall = time.time()
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait()
    if not line.startswith("shown"):
        raise RuntimeError(f"child did not show its window (exit {proc.returncode})")
    _, signin, signin_at, rss = line.split()
    first = float(signin_at) - start_wall if float(signin_at) else elapsed
    return elapsed - float(signin), first, int(rss) / 1024


def build_profile(root: Path, publications: int) -> str:
    """A demo profile in ``root`` (reused when it is already there); returns its main login."""
    from opdstudio.core.demo import seed_demo
    from opdstudio.core.storage.database import Database

    if (root / "ready").exists():
        return (root / "ready").read_text()
    t = time.perf_counter()
    db = Database.open_profile(root)
    summary = seed_demo(db, publications=publications)
    db.close()
    print(f"profile {root.name}: {summary.publications:,} publications, seeded in {time.perf_counter() - t:.1f} s")
    (root / "ready").write_text(summary.main_login)
    return summary.main_login


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--profiles", type=Path, help="keep the seeded profiles here and reuse them")
    parser.add_argument("--publications", type=int, default=1_000_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    base = args.profiles or Path(tempfile.mkdtemp(prefix="opd-bench-"))
    profiles = {
        "demo": base / "demo",
        "1m": base / f"pub{args.publications}",
    }
    logins = {
        "demo": build_profile(profiles["demo"], 0),
        "1m": build_profile(profiles["1m"], args.publications),
    }
    password = "demo"

    kinds = ["bare", "demo", "1m"]

    def once(kind: str) -> tuple[float, float, float]:
        if kind == "bare":
            return run_child(BARE)
        return run_child(OURS, str(profiles[kind]), logins[kind], password)

    for kind in kinds:  # warm the file cache for every process
        once(kind)
    results: dict[str, list[tuple[float, float, float]]] = {k: [] for k in kinds}
    for n in range(args.runs):
        for kind in kinds[n % 3 :] + kinds[: n % 3]:
            results[kind].append(once(kind))

    def column(kind: str, i: int) -> list[float]:
        return [r[i] for r in results[kind]]

    bare = column("bare", 0)
    print(f"bare QMainWindow+QTableView: runs {', '.join(f'{x * 1000:.0f}' for x in bare)} ms")
    for kind in ("demo", "1m"):
        print(f"OPD Studio ({kind:>4}) main window: runs {', '.join(f'{x * 1000:.0f}' for x in column(kind, 0))} ms")
        print(f"OPD Studio ({kind:>4}) sign-in    : runs {', '.join(f'{x * 1000:.0f}' for x in column(kind, 1))} ms")
    lines = []
    for kind in ("demo", "1m"):
        for label, i in (("main_window", 0), ("to_sign_in", 1)):
            ours = column(kind, i)
            for stat, f in (("median", statistics.median), ("min", min)):
                o, b = f(ours), f(bare)
                lines.append(
                    f"startup_{kind}_{label}_{stat}: ours {o * 1000:.0f} ms, baseline {b * 1000:.0f} ms, "
                    f"ratio {o / b:.2f}"
                )
        o, b = statistics.median(column(kind, 2)), statistics.median(column("bare", 2))
        lines.append(f"startup_{kind}_peak_rss: ours {o:.0f} MB, baseline {b:.0f} MB, ratio {o / b:.2f}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
