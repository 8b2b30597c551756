"""Tentang OPD Studio: the mark, the version, where this profile lives, and the parts it runs on."""

from __future__ import annotations

import platform
from importlib.resources import files

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from opdstudio import __version__

from ..context import AppContext

ICON = str(files("opdstudio") / "resources" / "icons" / "opdstudio.png")


class AboutDialog(QDialog):
    """Version and build details a person can read out to Diskominfo IT."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tentang OPD Studio"))
        mark = QLabel()
        mark.setPixmap(
            QPixmap(ICON).scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.version = QLabel(self.tr("Versi {version}").format(version=__version__))
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title = QLabel("OPD Studio")
        title.setStyleSheet("font-size: 16pt; font-weight: bold")
        purpose = QLabel(
            self.tr("Susun, periksa, setujui, dan laporkan unggahan media sosial instansi pemerintah daerah.")
        )
        purpose.setWordWrap(True)
        profile = ctx.db.paths.root if ctx.db.paths is not None else "—"
        self.details = QLabel(
            self.tr("Profil: {profile}\nPython {python} · Qt for Python {qt} · {system}").format(
                profile=profile,
                python=platform.python_version(),
                qt=pyside_version,
                system=platform.platform(terse=True),
            )
        )
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)
        self.details.setStyleSheet("color: palette(placeholder-text)")
        text = QVBoxLayout()
        for label in (title, self.version, purpose, self.details):
            text.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(mark)
        row.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)


def about_button(ctx: AppContext, window: QWidget) -> QToolButton:
    """A status-bar button (and F1) that opens the Tentang dialog over ``window``."""
    action = QAction(QCoreApplication.translate("AboutDialog", "Tentang OPD Studio"), window)
    action.setShortcut(QKeySequence("F1"))
    action.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
    action.triggered.connect(lambda: AboutDialog(ctx, window).exec())
    window.addAction(action)
    button = QToolButton()
    button.setDefaultAction(action)
    button.setAutoRaise(True)
    return button
