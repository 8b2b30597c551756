"""Before a post goes back to the reviewers: show the author what changed since the previous submission."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from opdstudio.core.services.diffing import FieldDiff

from ..review.diff_view import PhotoLookup, show_diff


class ResubmitDialog(QDialog):
    """The word diff against the previous submission, with "submit" and "keep editing"."""

    def __init__(self, changes: Sequence[FieldDiff], picture: PhotoLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ajukan ulang ke atasan"))
        intro = QLabel(self.tr("Atasan akan melihat perubahan ini dibandingkan pengajuan sebelumnya:"))
        intro.setWordWrap(True)
        self.diff = QTextBrowser()
        show_diff(self.diff, self.tr("Perubahan sejak pengajuan sebelumnya"), changes, picture)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ajukan ulang"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Lanjut mengubah"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.diff, 1)
        layout.addWidget(buttons)
        self.resize(640, 460)
