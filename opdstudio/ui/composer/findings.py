"""The findings panel: what lint found, most severe first; click to jump to it, apply a suggestion in one
click, write the justification a block finding needs before the post can be submitted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.services.lint_service import CheckedFinding, LintReport

from .text_editor import SEVERITY_COLOURS

Locate = Callable[[CheckedFinding], str]
Wordings = Callable[[CheckedFinding], list[str]]
MAX_WORDINGS = 3


def severity_icon(severity: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["info"]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class FindingsPanel(QWidget):
    """Lint findings of the draft with their suggestions and justifications."""

    activated = Signal(object)  # CheckedFinding: jump to it
    apply_requested = Signal(object, str)  # CheckedFinding, wording ("" deletes the words)
    justify_requested = Signal(object)  # CheckedFinding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = LintReport([])
        self._wordings: Wordings = lambda _c: []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setStyleSheet("color: #2e7d32;")
        self.justification = QLabel()
        self.justification.setWordWrap(True)
        self.justification.setStyleSheet("color: #555; font-style: italic;")
        self.apply_buttons = [QPushButton() for _ in range(MAX_WORDINGS)]
        self.justify_button = QPushButton(self.tr("Tulis alasan…"))
        buttons = QHBoxLayout()
        for button in self.apply_buttons:
            buttons.addWidget(button)
            button.clicked.connect(lambda _c=False, b=button: self._apply(b))
        buttons.addStretch(1)
        buttons.addWidget(self.justify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.suggestion)
        layout.addWidget(self.justification)
        layout.addLayout(buttons)
        self.list.itemClicked.connect(lambda _item: self._activate())
        self.list.itemActivated.connect(lambda _item: self._activate())
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        self.justify_button.clicked.connect(self._justify)
        self.show_report(self.report, lambda _c: "", self._wordings)

    def show_report(self, report: LintReport, locate: Locate, wordings: Wordings) -> None:
        """Show ``report``; ``locate`` names where a finding is, ``wordings`` gives its one-click replacements."""
        keep = self.current()
        self.report, self._wordings = report, wordings
        self.list.blockSignals(True)
        self.list.clear()
        for checked in report.findings:
            f = checked.finding
            where = locate(checked)
            quote = f" · “{checked.excerpt}”" if checked.excerpt and len(checked.excerpt) <= 60 else ""
            item = QListWidgetItem(severity_icon(str(f.severity)), f"{f.message}\n{where}{quote}")
            item.setToolTip(f.message)
            if checked.justification is not None:
                item.setText(item.text() + "  ✓ " + self.tr("beralasan"))
            self.list.addItem(item)
        if keep is not None:
            same = [
                i
                for i, c in enumerate(report.findings)
                if (c.finding.rule, c.subject, c.finding.variant)
                == (keep.finding.rule, keep.subject, keep.finding.variant)
            ]
            self.list.setCurrentRow(same[0] if same else -1)
        self.list.blockSignals(False)
        self.summary.setText(self._summary(report))
        self._show_current()

    def current(self) -> CheckedFinding | None:
        row = self.list.currentRow()
        return self.report.findings[row] if 0 <= row < len(self.report.findings) else None

    def select(self, row: int) -> None:
        """Make ``row`` current and jump to it, as a click does."""
        self.list.setCurrentRow(row)
        self._activate()

    def _summary(self, report: LintReport) -> str:
        tally = {"block": 0, "warn": 0, "info": 0}
        for c in report.findings:
            tally[str(c.finding.severity)] += 1
        if not report.findings:
            return self.tr("Pemeriksaan: tidak ada temuan.")
        text = self.tr("Pemeriksaan: {block} berat, {warn} peringatan, {info} info.").format(**tally)
        waiting = len(report.unjustified)
        if waiting:
            text += " " + self.tr("{n} temuan berat perlu diperbaiki atau diberi alasan sebelum diajukan.").format(
                n=waiting
            )
        return text

    def _show_current(self) -> None:
        checked = self.current()
        self.message.setText(checked.finding.message if checked else "")
        hint = checked.finding.suggestion if checked else None
        self.suggestion.setText(self.tr("Saran: {hint}").format(hint=hint) if hint else "")
        self.suggestion.setVisible(bool(hint))
        justification = checked.justification if checked else None
        self.justification.setText(
            self.tr("Alasan: {text}").format(text=justification.text) if justification is not None else ""
        )
        self.justification.setVisible(justification is not None)
        wordings = self._wordings(checked)[:MAX_WORDINGS] if checked else []
        for button, wording in zip(self.apply_buttons, wordings + [None] * MAX_WORDINGS, strict=False):
            button.setVisible(wording is not None)
            if wording is not None:
                button.setProperty("wording", wording)
                button.setText(self.tr("Ganti: {w}").format(w=wording) if wording else self.tr("Hapus kata ini"))
        self.justify_button.setVisible(bool(checked and checked.finding.severity == "block"))
        self.justify_button.setText(self.tr("Ubah alasan…") if justification is not None else self.tr("Tulis alasan…"))

    def _activate(self) -> None:
        checked = self.current()
        if checked is not None:
            self.activated.emit(checked)

    def _justify(self) -> None:
        checked = self.current()
        if checked is not None:
            self.justify_requested.emit(checked)

    def _apply(self, button: QPushButton) -> None:
        checked = self.current()
        if checked is not None:
            self.apply_requested.emit(checked, str(button.property("wording")))
