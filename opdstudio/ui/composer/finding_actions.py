"""What the admin does with a finding: jump to its words, apply a suggested wording, justify it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from opdstudio.core.errors import OpdError
from opdstudio.core.services import lint_service
from opdstudio.core.services.composing import ComposerState
from opdstudio.core.services.lint_service import LEAD, MAIN, PHOTO, CheckedFinding

from ..labels import platform_label
from .dialogs import JustificationDialog
from .text_editor import DraftTextEdit, select_in_line
from .variants import WEBSITE

if TYPE_CHECKING:
    from .window import ComposerDialog

Target = tuple[int, QPlainTextEdit | QLineEdit | None, str]


class FindingActions(QObject):
    """Acts on the composer's widgets for the findings panel."""

    def __init__(self, composer: ComposerDialog) -> None:
        super().__init__(composer)
        self.composer = composer

    def where(self, checked: CheckedFinding, state: ComposerState) -> str:
        """Where a finding is, in words: "Teks utama (Instagram)", "Foto 2", "TikTok, judul" …"""
        editor, field = lint_service.location(checked.finding, state)
        variant = checked.finding.variant
        if editor == PHOTO:
            where = self.tr("Foto {n}").format(n=int(field) + 1)
            return where + (f" · {platform_label(variant)}" if variant else "")
        if editor == MAIN:
            place = self.tr("Judul") if field == "title" else self.tr("Teks utama")
            return place + (f" ({platform_label(variant)})" if variant and variant != MAIN else "")
        if editor == LEAD:
            return self.tr("Teras berita")
        name = platform_label(editor)
        return self.tr("{platform}, judul").format(platform=name) if field == "title" else name

    def wordings(self, checked: CheckedFinding) -> list[str]:
        return lint_service.replacements(checked.finding, checked.excerpt)

    def target(self, checked: CheckedFinding) -> Target:
        """(tab index, widget, its text) holding a finding's span; widget None for a photo finding."""
        c = self.composer
        editor, field = lint_service.location(checked.finding, c.current_state())
        if editor == PHOTO:
            return -1, None, ""
        if editor == MAIN:
            widget: QPlainTextEdit | QLineEdit = c.details.title_edit if field == "title" else c.main_editor
            return 0, widget, _text(widget)
        variant = c.variant_editors.get(WEBSITE if editor == LEAD else editor)
        if variant is None:
            return -1, None, ""
        widget = variant.lead if editor == LEAD else (variant.title if field == "title" else variant.text)
        return c.tabs.indexOf(variant), widget, _text(widget)

    def jump_to(self, checked: CheckedFinding) -> None:
        """Show a finding: its tab and its words selected, or its photo."""
        f = checked.finding
        if f.field == PHOTO and f.photo is not None:
            self.composer.photos.select(f.photo)
            return
        tab, widget, text = self.target(checked)
        if widget is None:
            return
        self.composer.tabs.setCurrentIndex(tab)
        if isinstance(widget, QLineEdit):
            select_in_line(widget, text, f.start, f.end)
        elif isinstance(widget, DraftTextEdit):
            widget.select_span(f.start, f.end)
        if f.variant in self.composer.variant_editors:
            self.composer.preview.show_target(f.variant)

    def apply(self, checked: CheckedFinding, wording: str) -> None:
        """Replace the finding's words by ``wording`` (one undoable edit), if the text still holds them."""
        _tab, widget, text = self.target(checked)
        f = checked.finding
        if widget is not None and text[f.start : f.end] == checked.excerpt:
            if isinstance(widget, QLineEdit):
                select_in_line(widget, text, f.start, f.end)
                widget.insert(wording)
            elif isinstance(widget, DraftTextEdit):
                widget.replace_span(f.start, f.end, wording)
        self.composer.lint_now()

    def ask_justification(self, checked: CheckedFinding) -> None:
        current = checked.justification.text if checked.justification is not None else ""
        dialog = JustificationDialog(checked, current, self.composer)
        if dialog.exec():
            self.justify(checked, dialog.text.toPlainText())
        dialog.deleteLater()

    def justify(self, checked: CheckedFinding, text: str) -> bool:
        """Save the post, then record why this block finding should not stop it."""
        c = self.composer
        if not c.save() or c.post_id is None:
            return False
        try:
            with c.ctx.db.session() as session:
                lint_service.justify(session, c.ctx.person.id, c.post_id, checked.finding.rule, checked.subject, text)
                c.justifications = lint_service.justifications_of(session, c.post_id)
        except OpdError as exc:
            c.error.setText(c.ctx.message(exc))
            return False
        c.error.clear()
        c.lint_now()
        return True


def _text(widget: QPlainTextEdit | QLineEdit) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
