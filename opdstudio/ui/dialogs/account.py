"""Add or change an official account (platform, handle, URL, who manages it, status, date reported to
Diskominfo); the handle and URL are checked by the platform's rules, and the usual URL is filled in from the
handle."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.domain.enums import AccountStatus
from opdstudio.core.errors import OpdError
from opdstudio.core.services.accounts import AccountInput, AccountRow, canonical_url, save_account
from opdstudio.core.services.people import people

from ..context import AppContext
from ..labels import PLATFORMS, account_status_label, platform_label


class AccountDialog(QDialog):
    """Edits ``row`` (or a new account) for one of ``organisations`` (id → name)."""

    def __init__(
        self,
        ctx: AppContext,
        organisations: dict[str, str],
        row: AccountRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setWindowTitle(self.tr("Akun resmi baru") if row is None else self.tr("Ubah akun resmi"))
        self.org = QComboBox()
        for oid, name in sorted(organisations.items(), key=lambda kv: kv[1]):
            self.org.addItem(name, oid)
        self.platform = QComboBox()
        for platform in PLATFORMS:
            self.platform.addItem(platform_label(platform), platform)
        self.handle = QLineEdit()
        self.url = QLineEdit()
        self.manager = QComboBox()
        self.manager.addItem(self.tr("— belum ditentukan —"), None)
        with ctx.db.session() as session:
            for person in people(session):
                self.manager.addItem(person.name, person.id)
        self.status = QComboBox()
        for status in AccountStatus:
            self.status.addItem(account_status_label(status), status.value)
        self.reported = QCheckBox(self.tr("Sudah dilaporkan ke Diskominfo pada"))
        self.reported_on = QDateEdit(QDate.currentDate())
        self.reported_on.setCalendarPopup(True)
        self.reported_on.setDisplayFormat("dd-MM-yyyy")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        if row is not None:
            self.org.setCurrentIndex(self.org.findData(row.organisation_id))
            self.platform.setCurrentIndex(self.platform.findData(row.platform))
            self.handle.setText(row.handle)
            self.url.setText(row.url)
            self.status.setCurrentIndex(self.status.findData(row.status))
            self.manager.setCurrentIndex(max(0, self.manager.findData(row.managed_by_id)))
            if row.reported_on:
                self.reported.setChecked(True)
                d = row.reported_on
                self.reported_on.setDate(QDate(d.year, d.month, d.day))
        form = QFormLayout()
        form.addRow(self.tr("Organisasi"), self.org)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Nama akun"), self.handle)
        form.addRow(self.tr("URL"), self.url)
        form.addRow(self.tr("Dikelola oleh"), self.manager)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.reported, self.reported_on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.platform.currentIndexChanged.connect(self._hint)
        self.handle.textChanged.connect(self._hint)
        for edit in (self.handle, self.url):
            edit.textEdited.connect(self.error.clear)  # a fixed mistake no longer shows its old message
        for combo in (self.org, self.platform, self.status, self.manager):
            combo.currentIndexChanged.connect(self.error.clear)
        self._hint()
        self.resize(520, 0)

    def _hint(self) -> None:
        """Show an example handle and, greyed in the URL field, the address the handle usually has: it is used
        only while the URL stays empty, so a pasted URL is never glued onto it."""
        platform = self.platform.currentData()
        example = "kominfo.go.id" if platform == "website" else "@diskominfo.rl"
        self.handle.setPlaceholderText(example)
        self.url.setPlaceholderText(self.suggested_url() or canonical_url(platform, example))

    def suggested_url(self) -> str:
        """The platform's usual address of the handle typed ('' for none, or when the handle is itself a URL)."""
        handle = self.handle.text().strip()
        if not handle or "://" in handle:
            return ""
        return canonical_url(self.platform.currentData(), handle)

    def accept(self) -> None:
        """Save through the core registry service; a refusal is shown and the dialog stays open."""
        data = AccountInput(
            organisation_id=self.org.currentData(),
            platform=self.platform.currentData(),
            handle=self.handle.text(),
            url=self.url.text().strip() or self.suggested_url(),
            status=AccountStatus(self.status.currentData()),
            reported_on=self.reported_on.date().toPython() if self.reported.isChecked() else None,
            managed_by_id=self.manager.currentData(),
        )
        try:
            with self.ctx.db.session() as session:
                save_account(session, self.ctx.person.id, data, self.row.id if self.row else None)
        except OpdError as exc:
            self.error.setText(self.ctx.message(exc))
            return
        super().accept()
