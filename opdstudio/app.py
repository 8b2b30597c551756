"""Wires everything and starts Qt: open the profile, set up or sign in, show the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from opdstudio.core.domain.models import Person
from opdstudio.core.errors import OpdError
from opdstudio.core.services.people import is_set_up, people
from opdstudio.core.services.settings import get_setting, set_setting
from opdstudio.core.storage.database import Database
from opdstudio.core.storage.profile import default_profile_dir, demo_profile_dir

from .ui.context import AppContext
from .ui.dialogs.sign_in import SignInDialog
from .ui.i18n import install_language
from .ui.main_window import MainWindow
from .ui.screen_fit import install_screen_fit
from .ui.tasks import TaskRunner

DEMO_LOGIN = "admin.kominfo"


def run_gui(profile: Path | None, *, demo: bool = False, language: str | None = None) -> int:
    """Start the desktop application; returns the process exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("OPD Studio")
    app.setOrganizationName("Diskominfo")
    install_screen_fit(app)
    root = profile or (demo_profile_dir() if demo else default_profile_dir())
    try:
        db = Database.open_profile(root)
    except OpdError as exc:
        install_language(app, language or "id")
        restored = _offer_restore(root, exc, language or "id")
        if restored is None:
            return 2
        db = restored
    _log_to(root / "opdstudio.log")
    with db.session() as session:
        lang = install_language(app, language or get_setting(session, "language", "id"))
        empty = not is_set_up(session)
    tasks = TaskRunner()
    if demo and empty:
        if not _seed_with_progress(db, tasks, lang):
            return 1
        empty = False
    vault = None
    if empty:
        from .ui.dialogs.first_run import FirstRunDialog  # the sync machinery it can join with loads only here

        dialog = FirstRunDialog(db, lang, tasks=tasks)
        if not dialog.exec():
            return 0
        vault = dialog.vault  # holds a joined server's password for this session when no keyring exists
    person = _sign_in(db, lang, demo)
    if person is None:
        return 0
    window = MainWindow(AppContext(db, person, tasks, lang), vault)
    window.show()
    QTimer.singleShot(0, window.offer_recovery)
    code = app.exec()
    tasks.wait()
    db.close()
    return code


def _offer_restore(root: Path, exc: OpdError, lang: str) -> Database | None:
    """A damaged file with an intact backup: offer to restore it (the damaged file is kept aside) and open the
    result. Any other refusal is only shown."""
    from opdstudio.core.storage.backups import DamagedProfileError, restore

    if not isinstance(exc, DamagedProfileError) or exc.backup is None:
        QMessageBox.critical(None, "OPD Studio", exc.message(lang))
        return None
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    if QMessageBox.warning(None, "OPD Studio", exc.restore_question(lang), yes | no, yes) != yes:
        return None
    try:
        restore(exc.paths, exc.backup)
        return Database.open_profile(root)
    except OpdError as again:
        QMessageBox.critical(None, "OPD Studio", again.message(lang))
        return None


def _sign_in(db: Database, lang: str, demo: bool) -> Person | None:
    with db.session() as session:
        everyone = people(session)
        last = get_setting(session, "last_login", DEMO_LOGIN if demo else "")
    if len(everyone) == 1:
        person: Person | None = everyone[0]
    else:
        hint = QApplication.translate("App", "Profil demo: kata sandi semua akun adalah 'demo'.") if demo else ""
        dialog = SignInDialog(db, lang, last_login=last, hint=hint)
        if not dialog.exec():
            return None
        person = next(p for p in everyone if p.id == dialog.person_id)
    assert person is not None
    with db.session() as session:
        set_setting(session, "last_login", person.login)
    return person


def _seed_with_progress(db: Database, tasks: TaskRunner, lang: str) -> bool:
    """Fill the demo profile in the background while a progress dialog shows what is happening."""
    dialog = QProgressDialog(QApplication.translate("App", "Menyiapkan data demo…"), "", 0, 0)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    loop = QEventLoop()
    outcome: list[BaseException | None] = []

    from opdstudio.core.demo import seed_demo

    def seed(progress: object) -> None:
        seed_demo(db, progress=lambda message: progress(0, 0, message))  # type: ignore[operator]

    task = tasks.submit(
        seed,
        on_result=lambda _r: outcome.append(None),
        on_error=outcome.append,
        on_progress=lambda _d, _t, message: dialog.setLabelText(message),
    )
    task.finished.connect(loop.quit)
    if not outcome:
        loop.exec()
    dialog.close()
    error = outcome[0] if outcome else None
    if error is not None:
        text = error.message(lang) if isinstance(error, OpdError) else str(error)
        QMessageBox.critical(None, "OPD Studio", text)
        return False
    return True


def _log_to(path: Path) -> None:
    logging.basicConfig(
        filename=path, level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
