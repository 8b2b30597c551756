"""Pengaturan: language, where the profile lives, the database mode, and the people of this profile."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import select

from opdstudio.core.domain.enums import Role
from opdstudio.core.domain.models import Organisation
from opdstudio.core.services.orgs import holds_role, memberships
from opdstudio.core.services.people import people
from opdstudio.core.services.settings import set_setting

from ..context import AppContext
from ..dialogs.person import PersonDialog
from ..i18n import LANGUAGES
from ..labels import role_label


class SettingsPage(QWidget):
    """Preferences of this profile."""

    language_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(ctx.language))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel()
        self.profile = QLabel(str(ctx.db.paths.root) if ctx.db.paths else "")
        self.profile.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mode = QLabel(
            self.tr("Lokal saja: semua data tersimpan di komputer ini. Belum terhubung ke basis data bersama.")
        )
        self.mode.setWordWrap(True)
        general = QGroupBox(self.tr("Umum"))
        form = QFormLayout(general)
        form.addRow(self.tr("Bahasa"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Folder profil"), self.profile)
        form.addRow(self.tr("Basis data"), self.mode)
        self.people = QListWidget()
        self.add_person = QPushButton(self.tr("Tambah orang"))
        self.add_person.clicked.connect(self._add_person)
        people_box = QGroupBox(self.tr("Orang di profil ini"))
        people_layout = QVBoxLayout(people_box)
        people_layout.addWidget(self.people)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_person)
        people_layout.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(people_box, 1)

    def refresh(self) -> None:
        """Reload the people list and what this person may do here."""
        self.people.clear()
        with self.ctx.db.session() as session:
            names = {o.id: o.name for o in session.exec(select(Organisation)).all()}
            for person in people(session):
                roles = ", ".join(
                    f"{role_label(m.role)} — {names.get(m.organisation_id, '?')}"
                    for m in memberships(session, person.id)
                )
                self.people.addItem(f"{person.name} ({person.login}): {roles}")
            me = self.ctx.person.id
            self.manageable = {
                oid: name
                for oid, name in names.items()
                if holds_role(session, me, Role.OPERATOR, oid) or holds_role(session, me, Role.ADMIN, oid)
            }
        self.add_person.setEnabled(bool(self.manageable))

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        with self.ctx.db.session() as session:
            set_setting(session, "language", code)
        self.language_note.setText(
            self.tr("Bahasa baru dipakai setelah OPD Studio dibuka ulang.") if code != self.ctx.language else ""
        )
        self.language_changed.emit(code)

    def _add_person(self) -> None:
        if PersonDialog(self.ctx, self.manageable, self).exec():
            self.refresh()
