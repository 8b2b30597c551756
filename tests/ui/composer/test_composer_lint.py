"""The findings panel: findings appear as the admin types (debounced), a click jumps to the words even after
an emoji, a suggestion applies in one click and undoes, block findings stop submission until justified,
and the reviewer sees findings and justifications beside the text."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from opdstudio.core.domain.enums import PostStatus
from opdstudio.core.services import posts
from opdstudio.core.storage.database import Database
from opdstudio.ui.composer import ComposerDialog
from opdstudio.ui.composer.dialogs import JustificationDialog
from opdstudio.ui.pages.review import ReviewPage
from tests.ui.composer.conftest import OpenComposer


def _row(dialog: ComposerDialog, rule: str) -> int:
    return next(i for i, c in enumerate(dialog.report.findings) if c.finding.rule == rule)


def test_findings_follow_typing_after_a_pause(qtbot: QtBot, open_composer: OpenComposer) -> None:
    dialog = open_composer()
    qtbot.keyClicks(dialog.main_editor, "Gak usah ragu")
    assert dialog._lint_timer.isActive() and dialog.report.findings == []  # not on every keystroke
    with qtbot.waitSignal(dialog.linted, timeout=2000):
        pass
    assert [c.finding.rule for c in dialog.report.findings] == ["slang.tidak"]
    assert [(m.start, m.end, m.kind) for m in dialog.main_editor.marks()] == [(0, 3, "warn")]
    assert "1 peringatan" in dialog.findings.summary.text()


def test_a_click_jumps_to_the_words_even_after_an_emoji(open_composer: OpenComposer) -> None:
    dialog = open_composer()
    dialog.main_editor.setPlainText("Selamat 🎉🎉 pagi, gak terasa sudah Senin.")
    dialog.lint_now()
    dialog.main_editor.moveCursor(dialog.main_editor.textCursor().MoveOperation.Start)
    dialog.findings.select(_row(dialog, "slang.tidak"))
    assert dialog.main_editor.textCursor().selectedText() == "gak"


def test_a_suggestion_applies_in_one_click_and_undoes(open_composer: OpenComposer) -> None:
    dialog = open_composer()
    dialog.main_editor.setPlainText("Gak usah ragu, datang saja.")
    dialog.lint_now()
    dialog.findings.list.setCurrentRow(_row(dialog, "slang.tidak"))
    button = dialog.findings.apply_buttons[0]
    assert button.isVisibleTo(dialog) and button.text() == "Ganti: Tidak"
    button.click()
    assert dialog.main_editor.toPlainText() == "Tidak usah ragu, datang saja."
    assert dialog.report.findings == []
    dialog.main_editor.undo()
    assert dialog.main_editor.toPlainText() == "Gak usah ragu, datang saja."


def test_a_finding_in_the_title_selects_it(qtbot: QtBot, open_composer: OpenComposer) -> None:
    dialog = open_composer()
    qtbot.keyClicks(dialog.details.title_edit, "Acara kece gak ada lawan")
    dialog.lint_now()
    dialog.findings.select(_row(dialog, "slang.tidak"))
    assert dialog.details.title_edit.selectedText() == "gak"


def test_a_block_finding_stops_submission_until_justified(
    db: Database, world: Any, open_composer: OpenComposer, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_composer()
    dialog.details.check_target(world.instagram)
    dialog.main_editor.setPlainText("Pendaftaran hubungi 081234567890.")
    dialog.submit_button.click()
    assert dialog.error.text().startswith("1 temuan berat belum diperbaiki atau diberi alasan")
    assert dialog.findings.current() is not None and dialog.findings.current().blocks  # type: ignore[union-attr]
    assert dialog.findings.justify_button.isVisibleTo(dialog)

    def fill(self: JustificationDialog) -> int:
        self.text.setPlainText("Nomor layanan resmi panitia pendaftaran.")
        return 1

    monkeypatch.setattr(JustificationDialog, "exec", fill)
    dialog.findings.justify_button.click()
    assert dialog.report.unjustified == []
    assert "beralasan" in dialog.findings.list.item(0).text()
    dialog.submit_button.click()
    assert dialog.result() == 1
    with db.session() as s:
        assert posts.get_post(s, dialog.post_id or "").status == PostStatus.IN_REVIEW


def test_the_reviewer_sees_findings_and_justifications_beside_the_text(
    qtbot: QtBot, world: Any, open_composer: OpenComposer, make_ctx: Any
) -> None:
    dialog = open_composer()
    dialog.details.check_target(world.instagram)
    dialog.main_editor.setPlainText("Gak usah antre, hubungi 081234567890.")
    dialog.lint_now()
    assert dialog.actions.justify(dialog.report.findings[_row(dialog, "personal_data.phone")], "Nomor resmi panitia.")
    dialog.save_and_submit()
    page = ReviewPage(make_ctx(world.kabid))
    qtbot.addWidget(page)
    page.refresh()
    assert "Gak usah antre" in page.detail.pane("instagram").text.text()
    shown = page.detail.findings.toPlainText()
    assert page.detail.info.tabText(0) == "Temuan (2)"
    assert "Temuan pemeriksaan" in shown
    assert "Nomor HP pribadi" in shown and "Alasan penulis (Ani): Nomor resmi panitia." in shown
    assert "“Gak” tidak baku." in shown
