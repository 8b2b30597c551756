"""One platform's variant: follows the main text until the admin edits it; a website article has its own fields."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from opdstudio.core.domain.platforms import spec_for
from opdstudio.core.services.composing import VariantDraft, overflow_spans

from ..labels import platform_label
from .counters import CounterBar
from .text_editor import DraftTextEdit

WEBSITE = "website"
TITLE_OVER_STYLE = "QLineEdit { border: 2px solid #c62828; }"


class VariantEditor(QWidget):
    """The text (and title, and article fields) of one platform."""

    changed = Signal()

    def __init__(self, platform: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = platform
        self._main_text = ""
        self._loading = False
        spec = spec_for(platform)
        self.follow = QCheckBox(self.tr("Ikuti teks utama"))
        self.follow.setToolTip(self.tr("Teks platform ini sama dengan teks utama sampai Anda mengubahnya di sini."))
        self.title = QLineEdit()
        self.text = DraftTextEdit()
        self.counters = CounterBar()
        self.dateline = QLineEdit()
        self.lead = DraftTextEdit()
        self.writer = QLineEdit()
        self.editor_credit = QLineEdit()
        has_title = platform == WEBSITE or (spec is not None and spec.title_max is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.follow)
        form = QFormLayout()
        if has_title:
            limit = spec.title_max if spec is not None else None
            self.title.setPlaceholderText(
                self.tr("Judul berita") if limit is None else self.tr("Judul (maks. {n} karakter)").format(n=limit)
            )
            form.addRow(self.tr("Judul"), self.title)
        if platform == WEBSITE:
            self.dateline.setPlaceholderText(self.tr("mis. CURUP, 12 Mei 2025 —"))
            self.lead.setPlaceholderText(self.tr("Teras berita: siapa, apa, kapan, di mana, dalam satu-dua kalimat."))
            self.lead.setMaximumHeight(80)
            self.writer.setPlaceholderText(self.tr("Nama penulis"))
            self.editor_credit.setPlaceholderText(self.tr("Nama editor"))
            form.addRow(self.tr("Baris tanggal"), self.dateline)
            form.addRow(self.tr("Teras"), self.lead)
        layout.addLayout(form)
        if platform == WEBSITE:
            layout.addWidget(QLabel(self.tr("Isi berita")))
        self.text.setPlaceholderText(self.tr("Teks khusus {platform}").format(platform=platform_label(platform)))
        layout.addWidget(self.text, 1)
        if platform == WEBSITE:
            credits = QFormLayout()
            credits.addRow(self.tr("Penulis"), self.writer)
            credits.addRow(self.tr("Editor"), self.editor_credit)
            layout.addLayout(credits)
        layout.addWidget(self.counters)
        self.follow.toggled.connect(self._follow_toggled)
        self.text.textChanged.connect(self._text_edited)
        for edit in (self.title, self.dateline, self.writer, self.editor_credit):
            edit.textChanged.connect(self._edited)
        self.lead.textChanged.connect(self._edited)

    @property
    def follows_main(self) -> bool:
        return self.follow.isChecked()

    def set_draft(self, draft: VariantDraft, main_text: str) -> None:
        """Show a stored variant."""
        self._loading = True
        self._main_text = main_text
        self.follow.setChecked(draft.follows_main)
        self.title.setText(draft.title)
        self.text.setPlainText(main_text if draft.follows_main else draft.text)
        self.dateline.setText(draft.extra.get("dateline", ""))
        self.lead.setPlainText(draft.extra.get("lead", ""))
        self.writer.setText(draft.extra.get("writer", ""))
        self.editor_credit.setText(draft.extra.get("editor", ""))
        self._loading = False
        self.update_counters()

    def draft(self) -> VariantDraft:
        """The variant as the admin left it."""
        extra = {
            key: value
            for key, value in (
                ("dateline", self.dateline.text().strip()),
                ("lead", self.lead.toPlainText().strip()),
                ("writer", self.writer.text().strip()),
                ("editor", self.editor_credit.text().strip()),
            )
            if value
        }
        text = "" if self.follows_main else self.text.toPlainText()
        return VariantDraft(self.platform, self.follows_main, self.title.text(), text, extra)

    def show_main(self, main_text: str) -> None:
        """The main text changed: a following variant shows it (its undo history restarts)."""
        self._main_text = main_text
        if self.follows_main and self.text.toPlainText() != main_text:
            self._loading = True
            self.text.setPlainText(main_text)
            self._loading = False
        self.update_counters()

    def update_counters(self) -> None:
        title, text = self.title.text(), self.text.toPlainText()
        self.counters.show_counts([(self.platform, title, text)])
        spans = overflow_spans(self.platform, title, text)
        self.text.set_overflow(spans.get("text"))
        self.title.setStyleSheet(TITLE_OVER_STYLE if "title" in spans else "")

    def _follow_toggled(self, on: bool) -> None:
        if self._loading:
            return
        if on:
            self.show_main(self._main_text)
        self._edited()

    def _text_edited(self) -> None:
        if self._loading:
            return
        if self.follows_main and self.text.toPlainText() != self._main_text:
            self._loading = True
            self.follow.setChecked(False)  # the admin edited this platform's text: it no longer follows
            self._loading = False
        self._edited()

    def _edited(self) -> None:
        if self._loading:
            return
        self.update_counters()
        self.changed.emit()
