"""Check that Qt can start here; otherwise print the exact apt-get line that fixes it."""

from __future__ import annotations

import os
import subprocess
import sys

OFFSCREEN_PACKAGES = "libgl1 libegl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3"
X11_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0"
)
_PROBE = "from PySide6.QtWidgets import QApplication; QApplication([])"


def main() -> int:
    """Start a bare QApplication in a child process and explain any failure."""
    offscreen = os.environ.get("QT_QPA_PLATFORM") == "offscreen"
    if (
        not offscreen
        and sys.platform.startswith("linux")
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    ):
        print("OPD Studio needs a desktop session (no DISPLAY is set). On a server try: xvfb-run make run")
        return 1
    proc = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=60)
    if proc.returncode == 0:
        return 0
    packages = OFFSCREEN_PACKAGES if offscreen else f"{OFFSCREEN_PACKAGES} {X11_PACKAGES}"
    print(proc.stderr.strip()[-2000:], file=sys.stderr)
    print("\nQt cannot start: a system library is missing. On Debian/Ubuntu install them with:")
    print(f"  sudo apt-get install -y {packages}")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
