"""Tentang: the version and the profile a person reads out to Diskominfo IT, opened from the main window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from opdstudio import __version__
from opdstudio.ui.context import AppContext
from opdstudio.ui.dialogs.about import AboutDialog
from opdstudio.ui.i18n import install_language
from opdstudio.ui.main_window import MainWindow


def test_about_shows_version_and_profile(qtbot: QtBot, world: Any, make_ctx: Callable[[str], AppContext]) -> None:
    ctx = make_ctx(world.admin)
    dialog = AboutDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Tentang OPD Studio"
    assert dialog.version.text() == f"Versi {__version__}"
    assert str(ctx.db.paths.root) in dialog.details.text()


def test_about_speaks_english(
    qtbot: QtBot, qapp: QApplication, world: Any, make_ctx: Callable[[str, str], AppContext]
) -> None:
    install_language(qapp, "en")
    try:
        dialog = AboutDialog(make_ctx(world.admin, "en"))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "About OPD Studio"
        assert dialog.version.text() == f"Version {__version__}"
    finally:
        install_language(qapp, "id")


def test_main_window_opens_about_from_its_status_bar(
    qtbot: QtBot, world: Any, make_ctx: Callable[[str], AppContext], monkeypatch: Any
) -> None:
    opened: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(make_ctx(world.admin))
    qtbot.addWidget(window)
    (button,) = [
        b for b in window.statusBar().findChildren(QToolButton) if b.defaultAction().text() == "Tentang OPD Studio"
    ]
    button.click()
    assert len(opened) == 1 and opened[0].version.text() == f"Versi {__version__}"
