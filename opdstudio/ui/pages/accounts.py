"""Akun Resmi: the registry of official accounts of my organisations (all of them for Diskominfo)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import select

from opdstudio.core.domain.enums import Role
from opdstudio.core.domain.models import Organisation
from opdstudio.core.errors import OpdError
from opdstudio.core.services.accounts import AccountRow, delete_account, list_accounts
from opdstudio.core.services.orgs import orgs_where

from ..context import AppContext
from ..dialogs.account import AccountDialog
from ..labels import account_status_label, platform_label
from ..models import Column, RowsModel


class AccountsPage(QWidget):
    """List, add, change and remove official accounts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.organisations: dict[str, str] = {}
        self.model: RowsModel[AccountRow] = RowsModel(
            [
                Column(self.tr("Organisasi"), lambda r: r.organisation),
                Column(self.tr("Platform"), lambda r: platform_label(r.platform)),
                Column(self.tr("Nama akun"), lambda r: r.handle),
                Column(self.tr("URL"), lambda r: r.url),
                Column(self.tr("Status"), lambda r: account_status_label(r.status)),
                Column(self.tr("Dilaporkan"), lambda r: r.reported_on.strftime("%d-%m-%Y") if r.reported_on else "—"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.add_button = QPushButton(self.tr("Tambah akun"))
        self.edit_button = QPushButton(self.tr("Ubah"))
        self.delete_button = QPushButton(self.tr("Hapus"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        bar = QHBoxLayout()
        bar.addStretch(1)
        for button in (self.delete_button, self.edit_button, self.add_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        """Reload the accounts this person may see and change."""
        with self.ctx.db.session() as session:
            person = self.ctx.person.id
            if orgs_where(session, person, Role.OVERSIGHT) or orgs_where(session, person, Role.OPERATOR):
                scope = None
                orgs = list(session.exec(select(Organisation)).all())
            else:
                scope = orgs_where(session, person, Role.ADMIN)
                orgs = [o for o in session.exec(select(Organisation)).all() if o.id in scope]
            rows = list_accounts(session, scope)
        self.organisations = {o.id: o.name for o in orgs}
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        can_edit = bool(self.organisations)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(can_edit)

    def _selected(self) -> AccountRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add(self) -> None:
        if AccountDialog(self.ctx, self.organisations, None, self).exec():
            self.refresh()

    def edit(self) -> None:
        row = self._selected()
        if row is not None and AccountDialog(self.ctx, self.organisations, row, self).exec():
            self.refresh()

    def delete(self) -> None:
        row = self._selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Hapus akun?"),
            self.tr("Hapus {handle} dari daftar akun resmi? Catatan publikasinya tetap disimpan.").format(
                handle=row.handle
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.db.session() as session:
                delete_account(session, self.ctx.person.id, row.id)
        except OpdError as exc:
            QMessageBox.warning(self, self.tr("Tidak dapat dihapus"), self.ctx.message(exc))
            return
        self.refresh()
