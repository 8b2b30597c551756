"""Frozen start-up: process start → the sign-in window on screen, from the PyInstaller bundle (ours) against the
`make run` path (the venv's Python running main.py, baseline), interleaved on one demo profile under Xvfb.

    make dist   # or: bash installer/build_linux.sh
    .venv/bin/python bench/frozen_startup.py [--runs 7] [--bundle build/smoke-linux/…/opdstudio]

The window is found by its title with xdotool, polled every 10 ms, as a person would see it appear.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from opdstudio import __version__  # noqa: E402

TITLE = "^Masuk ke OPD Studio$"
TIMEOUT = 120.0


def _window_shown(env: dict[str, str]) -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", TITLE], env=env, capture_output=True, check=False
    )
    return found.returncode == 0


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning ``command`` until its sign-in window is visible; the process is then stopped."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not _window_shown(env):
            if proc.poll() is not None:
                raise RuntimeError(f"{command[0]} exited {proc.returncode}: {proc.stderr.read().decode()[-2000:]}")
            if time.perf_counter() - start > TIMEOUT:
                raise RuntimeError(f"{command[0]} showed no sign-in window within {TIMEOUT:.0f} s")
            time.sleep(0.01)
        return time.perf_counter() - start
    finally:
        proc.kill()
        proc.wait()


def _bundle(tmp: Path, given: str | None) -> Path:
    if given:
        return Path(given).resolve()
    tarball = ROOT / "dist" / f"opdstudio-{__version__}-linux-x86_64.tar.gz"
    if not tarball.exists():
        raise SystemExit(f"no {tarball}: run `make dist` (or pass --bundle)")
    with tarfile.open(tarball) as archive:
        archive.extractall(tmp, filter="tar")
    return tmp / f"opdstudio-{__version__}-linux-x86_64" / "opdstudio" / "opdstudio"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", help="the bundle's opdstudio executable (default: unpack dist/'s tarball)")
    args = parser.parse_args()
    if shutil.which("xdotool") is None or shutil.which("Xvfb") is None:
        raise SystemExit("needs xdotool and Xvfb (apt-get install -y xdotool xvfb)")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        bundle = _bundle(tmp, args.bundle)
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env["HOME"] = str(tmp / "home")
        display = next(f":{n}" for n in range(140, 200) if not Path(f"/tmp/.X{n}-lock").exists())
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x860x24", "-nolisten", "tcp"])
        try:
            env["DISPLAY"] = display
            time.sleep(1.0)
            profile = tmp / "demo"
            subprocess.run([str(bundle), "demo", "--profile", str(profile)], env=env, check=True, capture_output=True)
            ours_cmd = [str(bundle), "--profile", str(profile)]
            base_cmd = [sys.executable, str(ROOT / "main.py"), "--profile", str(profile)]
            time_to_window(ours_cmd, env)  # warm the page cache for both before measuring
            time_to_window(base_cmd, env)
            ours: list[float] = []
            base: list[float] = []
            for _ in range(args.runs):
                ours.append(time_to_window(ours_cmd, env))
                base.append(time_to_window(base_cmd, env))
        finally:
            xvfb.kill()
            xvfb.wait()
    print(f"bundle  median {statistics.median(ours):.3f} s  min {min(ours):.3f} s  ({args.runs} runs)")
    print(f"make run median {statistics.median(base):.3f} s  min {min(base):.3f} s")
    for name, pick in (("frozen_sign_in_median", statistics.median), ("frozen_sign_in_min", min)):
        o, b = pick(ours), pick(base)
        print(f"{name}: ours {o:.3f} s, baseline {b:.3f} s, ratio {o / b:.2f}")


if __name__ == "__main__":
    main()
