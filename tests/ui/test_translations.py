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
