"""Findings and justifications as the reviewer reads them beside the post's text."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from opdstudio.core.services.lint_service import LintReport

from .text_editor import SEVERITY_COLOURS

translate = QCoreApplication.translate


def lint_notes_html(report: LintReport, authors: Mapping[str, str], current_hash: str) -> str:
    """HTML of every warn and block finding with its justification (info findings are left out)."""
    shown = [c for c in report.findings if c.finding.severity != "info"]
    title = translate("LintNotes", "Temuan pemeriksaan")
    if not shown:
        nothing = translate("LintNotes", "Tidak ada temuan berat atau peringatan.")
        return f"<h3>{title}</h3><p>{nothing}</p>"
    labels = {"block": translate("LintNotes", "Berat"), "warn": translate("LintNotes", "Peringatan")}
    rows = []
    for checked in shown:
        f = checked.finding
        colour = SEVERITY_COLOURS[str(f.severity)].name()
        quote = f" — “{html.escape(checked.excerpt)}”" if checked.excerpt else ""
        row = f"<li><b style='color:{colour}'>{labels[str(f.severity)]}</b>: {html.escape(f.message)}{quote}"
        j = checked.justification
        if j is not None:
            who = html.escape(authors.get(j.author_id, ""))
            older = ""
            if j.content_hash != current_hash:
                older = " " + translate("LintNotes", "(ditulis untuk versi sebelumnya)")
            label = translate("LintNotes", "Alasan penulis")
            row += f"<br><i>{label} ({who}){older}: {html.escape(j.text)}</i>"
        elif f.severity == "block":
            row += "<br><i>" + translate("LintNotes", "Belum ada alasan.") + "</i>"
        rows.append(row + "</li>")
    return f"<h3>{title}</h3><ul>{''.join(rows)}</ul>"
