"""The installed app's entry point: check that the app's own files are all there, then run the CLI or the window.

A bundle or installation that lost a file (an antivirus quarantine, a half-copied folder) says what is missing
and how to repair it, instead of failing later with a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path

PACKAGE = Path(str(files("opdstudio")))

# (folder inside the package, file pattern that must match at least once)
REQUIRED = (
    ("resources/rules", "*.toml"),
    ("resources/translations", "opdstudio_en.qm"),
    ("core/storage/migrations", "env.py"),
    ("core/storage/migrations/versions", "*.py"),
    ("core/storage/shared_migrations", "env.py"),
    ("core/storage/shared_migrations/versions", "*.py"),
    ("core/storage/shared_migrations/sql", "*/*.sql"),
)
EXIT_BROKEN_INSTALL = 3


def missing_files(root: Path = PACKAGE) -> list[str]:
    """The required package files that are not in ``root``, as ``folder/pattern``."""
    return [f"{folder}/{pattern}" for folder, pattern in REQUIRED if not any((root / folder).glob(pattern))]


def broken_install_message(missing: Sequence[str], root: Path = PACKAGE) -> str:
    """What the person sees when files are missing: Indonesian first, then English."""
    listing = "\n".join(f"  - {root / item}" for item in missing)
    return (
        "OPD Studio tidak dapat dimulai: berkas aplikasi berikut hilang atau rusak.\n"
        f"{listing}\n"
        "Pasang ulang OPD Studio (data dan profil Anda tidak terhapus), atau hubungi TI Diskominfo.\n\n"
        "OPD Studio cannot start: the application files above are missing or damaged. "
        "Reinstall OPD Studio (your data and profile are kept), or contact Diskominfo IT."
    )


def main(argv: Sequence[str] | None = None, root: Path = PACKAGE) -> int:
    """Check the installation, then hand over to :func:`opdstudio.cli.main`."""
    args = list(sys.argv[1:] if argv is None else argv)
    _utf8_when_redirected()
    missing = missing_files(root)
    if missing:
        message = broken_install_message(missing, root)
        if sys.stderr is not None:  # pythonw on Windows has no stderr
            print(message, file=sys.stderr)
        if not args or args[0] == "gui" or args[0].startswith("--"):
            _show_dialog(message)
        return EXIT_BROKEN_INSTALL
    from .cli import main as cli_main

    return cli_main(args)


def _utf8_when_redirected() -> None:
    """Write UTF-8 into pipes and files: Windows would use its ANSI code page, which has no "—", "«" or "→"."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and not stream.isatty() and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _show_dialog(message: str) -> None:
    """Show ``message`` in a window when Qt itself is intact; a console reader already saw it."""
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox
    except ImportError:
        return
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841  (kept alive for the dialog)
    QMessageBox.critical(None, "OPD Studio", message)


if __name__ == "__main__":
    raise SystemExit(main())
