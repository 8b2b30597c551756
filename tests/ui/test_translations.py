"""Indonesian is the source language; every UI string has an English translation, compiled and loadable."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from opdstudio.ui.context import AppContext
from opdstudio.ui.i18n import TRANSLATIONS, install_language
from opdstudio.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = TRANSLATIONS / "opdstudio_en.ts"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name", ""), msg.findtext("source", "")): msg.find("translation")  # type: ignore[misc]
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_every_string_in_the_sources_is_translated(tmp_path: Path) -> None:
    sources = [*sorted(str(p) for p in (ROOT / "opdstudio" / "ui").rglob("*.py")), str(ROOT / "opdstudio" / "app.py")]
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate if lupdate.exists() else shutil.which("pyside6-lupdate")), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = set(_messages(fresh))
    committed = _messages(TS)
    assert in_code - set(committed) == set(), "run `make translations` and translate the new strings"
    unfinished = [
        key for key, tr in committed.items() if key in in_code and (tr.get("type") or not (tr.text or "").strip())
    ]
    assert unfinished == []


def test_english_ui_shows_english_navigation(
    qtbot: QtBot, qapp: QApplication, world: Any, make_ctx: Callable[[str, str], AppContext]
) -> None:
    assert install_language(qapp, "en") == "en"
    try:
        window = MainWindow(make_ctx(world.admin, "en"))
        qtbot.addWidget(window)
        labels = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert labels == ["Home", "Drafts", "Review", "Publication log", "Reports", "Official accounts", "Settings"]
        assert window.profile_state.text().startswith("Local profile — not connected to a shared database")
    finally:
        install_language(qapp, "id")
    window2 = MainWindow(make_ctx(world.admin, "id"))
    qtbot.addWidget(window2)
    assert window2.nav.item(0).text() == "Beranda"


def test_qt_own_dialogs_speak_indonesian(qtbot: QtBot, qapp: QApplication) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton

    assert install_language(qapp, "id") == "id"
    box = QMessageBox(QMessageBox.Icon.Question, "OPD Studio", "Hapus draf?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert [box.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)] == [
        "&Ya",
        "&Tidak",
    ]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    files = QFileDialog(None, "Pilih foto")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(files)
    labels = {label.text() for label in files.findChildren(QLabel)}
    assert labels == {"&Lihat di:", "&Nama berkas:", "&Jenis berkas:"}
    assert {b.text() for b in files.findChildren(QPushButton)} >= {"&Buka", "Batal"}
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert [a.text().split("\t")[0] for a in menu.actions() if a.text()][:5] == [
        "&Urungkan",
        "Ula&ngi",
        "Po&tong",
        "&Salin",
        "&Tempel",
    ]
