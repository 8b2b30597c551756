"""The post's details beside the text: organisation, title, kind, target accounts, event date and place, programme."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from opdstudio.core.domain.enums import PostKind
from opdstudio.core.services.accounts import AccountRow
from opdstudio.core.services.composing import ReviewNote

from ..labels import platform_label
from ..models import local_time


class DetailsPanel(QWidget):
    """What a post is about and where it goes."""

    changed = Signal()
    targets_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.org = QComboBox()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Judul singkat untuk daftar draf dan laporan"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Post media sosial"), PostKind.SOCIAL.value)
        self.kind.addItem(self.tr("Artikel situs web"), PostKind.ARTICLE.value)
        self.targets = QListWidget()
        self.targets.setMinimumHeight(90)
        self.targets.setMaximumHeight(150)
        self.targets.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.targets.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.event_date = QDateEdit(QDate.currentDate())
        self.event_date.setCalendarPopup(True)
        self.event_date.setDisplayFormat("dd-MM-yyyy")
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("mis. Aula Kantor Bupati, Curup"))
        self.programme = QLineEdit()
        self.programme.setPlaceholderText(self.tr("mis. Bulan Imunisasi Anak Nasional"))
        self.status = QLabel()
        self.history = QListWidget()
        self.history.setMaximumHeight(110)
        self.history.setWordWrap(True)
        self._platforms: dict[str, str] = {}
        form = self._form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Organisasi"), self.org)
        form.addRow(self.tr("Judul"), self.title_edit)
        form.addRow(self.tr("Jenis"), self.kind)
        form.addRow(self.tr("Akun tujuan"), self.targets)
        form.addRow(self.tr("Tanggal kegiatan"), self.event_date)
        form.addRow(self.tr("Tempat kegiatan"), self.place)
        form.addRow(self.tr("Program/kegiatan"), self.programme)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Catatan tinjauan"), self.history)
        for edit in (self.title_edit, self.place, self.programme):
            edit.textChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self.changed)
        self.event_date.dateChanged.connect(self.changed)
        self.targets.itemChanged.connect(self._target_toggled)

    def set_orgs(self, names: Mapping[str, str], current: str) -> None:
        """The organisations the person may write for, ``current`` chosen."""
        self.org.blockSignals(True)
        self.org.clear()
        for oid, name in sorted(names.items(), key=lambda kv: kv[1]):
            self.org.addItem(name, oid)
        self.org.setCurrentIndex(max(0, self.org.findData(current)))
        self.org.blockSignals(False)

    def set_accounts(self, rows: Iterable[AccountRow], chosen: Iterable[str]) -> None:
        """The accounts a post of the organisation may target, ``chosen`` ticked."""
        picked = set(chosen)
        self.targets.blockSignals(True)
        self.targets.clear()
        self._platforms = {}
        for row in rows:
            item = QListWidgetItem(f"{platform_label(row.platform)} {row.handle}")
            item.setToolTip(f"{platform_label(row.platform)} {row.handle} — {row.organisation}\n{row.url}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setCheckState(Qt.CheckState.Checked if row.id in picked else Qt.CheckState.Unchecked)
            self.targets.addItem(item)
            self._platforms[row.id] = row.platform
        self.targets.blockSignals(False)

    def set_history(self, notes: Iterable[ReviewNote]) -> None:
        """The reviewers' decisions so far, oldest first."""
        self.history.clear()
        decisions = {
            "approve": self.tr("menyetujui"),
            "request_changes": self.tr("meminta perbaikan"),
            "reject": self.tr("menolak"),
        }
        for note in notes:
            comment = f": {note.comment}" if note.comment else ""
            self.history.addItem(
                f"{local_time(note.at)} {note.reviewer} {decisions.get(note.decision, note.decision)}{comment}"
            )
        self.history.setVisible(self.history.count() > 0)
        label = self._form.labelForField(self.history)
        if label is not None:
            label.setVisible(self.history.count() > 0)

    def set_programmes(self, names: Iterable[str]) -> None:
        """Programmes used before, offered as the admin types."""
        completer = QCompleter(sorted(set(names)), self.programme)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.programme.setCompleter(completer)

    def check_target(self, account_id: str, on: bool = True) -> None:
        """Tick (or untick) one target account."""
        for i in range(self.targets.count()):
            item = self.targets.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == account_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen_targets(self) -> list[str]:
        return [
            self.targets.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.targets.count())
            if self.targets.item(i).checkState() == Qt.CheckState.Checked
        ]

    def platforms(self) -> list[str]:
        """The platforms of the ticked accounts."""
        return sorted({self._platforms[a] for a in self.chosen_targets() if a in self._platforms})

    def event_day(self) -> date:
        return self.event_date.date().toPython()  # type: ignore[return-value]

    def set_event_day(self, day: date | None) -> None:
        if day is not None:
            self.event_date.setDate(QDate(day.year, day.month, day.day))

    def _target_toggled(self, _item: QListWidgetItem) -> None:
        self.targets_changed.emit()
        self.changed.emit()
