"""The composer's text editor: marks lint findings and over-limit text, hands pasted pictures to the composer.

Core offsets count code points; Qt counts UTF-16 units, so an emoji before a span shifts it by one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from .photo_files import local_files

SEVERITY_COLOURS = {"block": QColor("#c62828"), "warn": QColor("#ef6c00"), "info": QColor("#1565c0")}
OVERFLOW_BACKGROUND = QColor("#ffcdd2")


def to_utf16(text: str, index: int) -> int:
    """The Qt position of code-point ``index`` in ``text``."""
    head = text[:index]
    return index + sum(1 for c in head if ord(c) > 0xFFFF)


@dataclass(frozen=True)
class Mark:
    """A span to mark, in code points: a finding ("block"/"warn"/"info") or "overflow"."""

    start: int
    end: int
    kind: str


class DraftTextEdit(QPlainTextEdit):
    """Plain text with undo/redo, finding and overflow marks; pasted or dropped pictures become photos."""

    images_pasted = Signal(QMimeData)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._findings: list[Mark] = []
        self._overflow: Mark | None = None

    def set_findings(self, marks: Sequence[Mark]) -> None:
        self._findings = list(marks)
        self._refresh_marks()

    def set_overflow(self, span: tuple[int, int] | None) -> None:
        mark = Mark(span[0], span[1], "overflow") if span else None
        if mark != self._overflow:
            self._overflow = mark
            self._refresh_marks()

    def marks(self) -> list[Mark]:
        """The marks shown now (findings, then the overflow)."""
        return self._findings + ([self._overflow] if self._overflow else [])

    def select_span(self, start: int, end: int) -> None:
        """Select code points ``start``–``end`` and show them."""
        self.setTextCursor(self._cursor(self.toPlainText(), start, end))
        self.ensureCursorVisible()
        self.setFocus()

    def replace_span(self, start: int, end: int, wording: str) -> None:
        """Replace code points ``start``–``end`` by ``wording`` as one undoable edit (deleting takes a space too)."""
        text = self.toPlainText()
        if not wording and text[end : end + 1] == " ":
            end += 1
        elif not wording and text[start - 1 : start] == " ":
            start -= 1
        cursor = self._cursor(text, start, end)
        cursor.insertText(wording)
        self.setTextCursor(cursor)
        self.setFocus()

    def _cursor(self, text: str, start: int, end: int) -> QTextCursor:
        last = self.document().characterCount() - 1
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(to_utf16(text, start), last))
        cursor.setPosition(min(to_utf16(text, end), last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _refresh_marks(self) -> None:
        text = self.toPlainText()
        selections = []
        for mark in self.marks():
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            if mark.kind == "overflow":
                fmt.setBackground(OVERFLOW_BACKGROUND)
            else:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(SEVERITY_COLOURS.get(mark.kind, SEVERITY_COLOURS["info"]))
                fmt.setBackground(QColor(SEVERITY_COLOURS.get(mark.kind, SEVERITY_COLOURS["info"]).lighter(190)))
            selection.cursor = self._cursor(text, mark.start, mark.end)  # type: ignore[attr-defined]
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        self.setExtraSelections(selections)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasImage() or bool(local_files(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasImage() or local_files(source):
            self.images_pasted.emit(source)
            return
        super().insertFromMimeData(source)


def select_in_line(edit: QLineEdit, text: str, start: int, end: int) -> None:
    """Select code points ``start``–``end`` of a line edit and focus it."""
    edit.setFocus()
    edit.setSelection(to_utf16(text, start), to_utf16(text, end) - to_utf16(text, start))
