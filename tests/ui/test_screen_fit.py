"""Every window and dialog fits an office PC's screen with its primary buttons visible: 1280×720, and
1920×1080 at Windows' default 150 % scaling (1280×720 logical), each emulated by Qt's offscreen platform in a
subprocess; sizes are remembered."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from opdstudio.ui.screen_fit import FRAME_ALLOWANCE, install_screen_fit

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("width", "height", "scale"), [(1280, 720, "1"), (1920, 1080, "1.5")])
def test_every_window_fits_an_office_screen(tmp_path: Path, width: int, height: int, scale: str) -> None:
    screen = {"screens": [{"name": "kantor", "x": 0, "y": 0, "width": width, "height": height, "dpr": 1}]}
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR=scale)
    env.pop("PYTEST_XDIST_WORKER", None)
    probe = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/ui/fit_probe.py", "-q", "-p", "no:cacheprovider", "-p", "no:xdist"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert probe.returncode == 0, probe.stdout[-6000:] + probe.stderr[-2000:]


class Remembered(QDialog):
    """A dialog of ours (its class names its remembered size)."""


def test_a_window_reopens_at_the_size_it_was_left_at_but_never_larger_than_the_screen(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "windows.ini"), QSettings.Format.IniFormat)
    fit = install_screen_fit(qapp, settings)
    try:
        Remembered.__module__ = "opdstudio.tests"
        first = Remembered()
        qtbot.addWidget(first)
        first.resize(500, 300)
        first.show()
        first.resize(610, 420)
        first.hide()
        again = Remembered()
        qtbot.addWidget(again)
        again.show()
        assert again.size() == QSize(610, 420)
        again.resize(5000, 4000)
        again.hide()
        again.show()
        area = qapp.primaryScreen().availableGeometry().size()
        assert again.width() + FRAME_ALLOWANCE.width() <= area.width()
        assert again.height() + FRAME_ALLOWANCE.height() <= area.height()
    finally:
        qapp.removeEventFilter(fit)
