"""Running an export in the background: choose the file, show progress with a cancel button, report the outcome
in a label with a link to the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressDialog, QWidget

from opdstudio.core.reporting.export_files import ExportCancelled

from .context import AppContext

translate = QCoreApplication.translate
Work = Callable[..., Any]  # fn(progress, cancelled) -> anything; runs on a worker thread

FILTERS = {
    "csv": "CSV (*.csv)",
    "xlsx": "Excel (*.xlsx)",
    "pdf": "PDF (*.pdf)",
}


def choose_file(parent: QWidget, suggested: str, kind: str) -> Path | None:
    """Ask where to save; None when the person cancels."""
    title = translate("Export", "Simpan ekspor")
    path, _filter = QFileDialog.getSaveFileName(parent, title, suggested, FILTERS[kind])
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == f".{kind}" else chosen.with_name(f"{chosen.name}.{kind}")


class ExportRunner(QObject):
    """Runs one export at a time for a page and writes its outcome into ``status``."""

    done = Signal(object)  # the Path written

    def __init__(self, ctx: AppContext, parent: QWidget, status: QLabel) -> None:
        super().__init__(parent)
        self.ctx, self.page, self.status = ctx, parent, status
        status.setTextFormat(Qt.TextFormat.RichText)
        status.setOpenExternalLinks(False)
        status.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.progress: QProgressDialog | None = None

    def run(self, work: Work, path: Path) -> None:
        """Start ``work`` (which writes ``path``) in the background."""
        writing = translate("Export", "Menulis {name}…").format(name=path.name)
        self.progress = QProgressDialog(writing, translate("Export", "Batal"), 0, 0, self.page)
        self.progress.setWindowTitle(translate("Export", "Ekspor"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoReset(False)
        self.progress.setAutoClose(False)
        self.status.setText(writing)
        task = self.ctx.tasks.submit(
            work,
            on_result=lambda _r: self._finished(path),
            on_error=self._failed,
            on_progress=self._advance,
        )
        if self.progress is not None:
            self.progress.canceled.connect(task.cancel)

    def _advance(self, done: int, total: int, _message: str) -> None:
        if self.progress is not None and total:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _close(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, path: Path) -> None:
        self._close()
        link = QUrl.fromLocalFile(str(path)).toString()
        self.status.setText(
            translate("Export", 'Tersimpan: <a href="{url}">{name}</a>').format(url=link, name=path.name)
        )
        self.done.emit(path)

    def _failed(self, error: BaseException) -> None:
        self._close()
        if isinstance(error, ExportCancelled):
            self.status.setText(translate("Export", "Ekspor dibatalkan; tidak ada berkas ditulis."))
        else:
            self.status.setText(translate("Export", "Ekspor gagal: {error}").format(error=self.ctx.message(error)))
