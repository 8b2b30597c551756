"""Akun Resmi: the registry of official accounts with their last publication; Diskominfo also sees who has not
reported an account by the deadline and which villages lack the required Facebook account. Exported to CSV or
XLSX."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import select

from opdstudio.core.domain.enums import Role
from opdstudio.core.domain.models import Organisation
from opdstudio.core.errors import OpdError
from opdstudio.core.reporting.registry import DEADLINE_SETTING, RegistryEntry, RegistryOverview, registry_overview
from opdstudio.core.reporting.registry_export import write_registry_csv, write_registry_xlsx
from opdstudio.core.services.accounts import delete_account
from opdstudio.core.services.orgs import orgs_where
from opdstudio.core.services.queries import LOCAL_TZ
from opdstudio.core.services.settings import get_setting, set_setting

from ..context import AppContext
from ..dialogs.account import AccountDialog
from ..exporting import ExportRunner, choose_file
from ..labels import PLATFORMS, account_status_label, org_kind_label, platform_label
from ..models import SORT_ROLE, Column, RowsModel


class AccountFilter(QSortFilterProxyModel):
    """Rows whose organisation, handle, URL or manager contain the search text, on the chosen platform."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.text = ""
        self.platform: str | None = None

    def set_filter(self, text: str, platform: str | None) -> None:
        self.beginFilterChange()
        self.text, self.platform = text.strip().casefold(), platform
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: object) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        account = model.row_at(source_row).account
        if self.platform is not None and account.platform != self.platform:
            return False
        haystack = " ".join((account.organisation, account.handle, account.url, account.managed_by or ""))
        return self.text in haystack.casefold()


class AccountsPage(QWidget):
    """List, add, change and remove official accounts; Diskominfo's reporting check."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.organisations: dict[str, str] = {}
        self.overview: RegistryOverview | None = None
        self.model: RowsModel[RegistryEntry] = RowsModel(
            [
                Column(self.tr("Organisasi"), lambda r: r.account.organisation),
                Column(self.tr("Platform"), lambda r: platform_label(r.account.platform)),
                Column(self.tr("Nama akun"), lambda r: r.account.handle),
                Column(self.tr("URL"), lambda r: r.account.url),
                Column(self.tr("Pengelola"), lambda r: r.account.managed_by or "—"),
                Column(self.tr("Status"), lambda r: account_status_label(r.account.status)),
                Column(
                    self.tr("Dilaporkan"),
                    lambda r: r.account.reported_on.strftime("%d-%m-%Y") if r.account.reported_on else "—",
                ),
                Column(self.tr("Publikasi terakhir"), lambda r: r.last_published or self.tr("belum pernah")),
            ],
            self,
        )
        self.proxy = AccountFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari organisasi, nama akun, URL atau pengelola…"))
        self.search.setClearButtonEnabled(True)
        self.platform = QComboBox()
        self.platform.addItem(self.tr("Semua platform"), None)
        for platform in PLATFORMS:
            self.platform.addItem(platform_label(platform), platform)
        self.search.textChanged.connect(self._filter)
        self.platform.currentIndexChanged.connect(self._filter)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.add_button = QPushButton(self.tr("Tambah akun"))
        self.edit_button = QPushButton(self.tr("Ubah"))
        self.delete_button = QPushButton(self.tr("Hapus"))
        self.open_button = QPushButton(self.tr("Buka URL"))
        self.csv_button = QPushButton(self.tr("Ekspor CSV"))
        self.xlsx_button = QPushButton(self.tr("Ekspor XLSX"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.open_button.clicked.connect(self.open_url)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.export_status = QLabel()
        self.exports = ExportRunner(ctx, self, self.export_status)
        bar = QHBoxLayout()
        bar.addWidget(self.export_status, 1)
        for button in (self.csv_button, self.xlsx_button, self.open_button, self.delete_button, self.edit_button):
            bar.addWidget(button)
        bar.addWidget(self.add_button)
        registry = QWidget()
        registry_layout = QVBoxLayout(registry)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.platform)
        registry_layout.addLayout(filters)
        registry_layout.addLayout(bar)
        registry_layout.addWidget(self.table)
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd-MM-yyyy")
        self.unreported = QListWidget()
        self.no_facebook = QListWidget()
        self.unreported_box = self._box(self.tr("Belum melaporkan akun resmi"), self.unreported)
        self.no_facebook_box = self._box(self.tr("Desa/kelurahan tanpa akun Facebook"), self.no_facebook)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(QLabel(self.tr("Batas waktu pelaporan akun ke Diskominfo")))
        deadline_row.addWidget(self.deadline)
        deadline_row.addStretch(1)
        lists = QHBoxLayout()
        lists.addWidget(self.unreported_box)
        lists.addWidget(self.no_facebook_box)
        self.oversight_view = QWidget()
        oversight_layout = QVBoxLayout(self.oversight_view)
        oversight_layout.addLayout(deadline_row)
        oversight_layout.addLayout(lists, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(registry, self.tr("Daftar akun"))
        self.tabs.addTab(self.oversight_view, self.tr("Pemantauan Diskominfo"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.deadline.dateChanged.connect(self._deadline_changed)

    def _box(self, title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(content)
        return box

    def refresh(self) -> None:
        """Reload the accounts this person may see and change, and Diskominfo's check."""
        with self.ctx.db.session() as session:
            person = self.ctx.person.id
            oversees = bool(orgs_where(session, person, Role.OVERSIGHT) or orgs_where(session, person, Role.OPERATOR))
            orgs = list(session.exec(select(Organisation)).all())
            if oversees:
                scope = None
            else:
                scope = set(orgs_where(session, person, Role.ADMIN))
                orgs = [o for o in orgs if o.id in scope]
            stored = get_setting(session, DEADLINE_SETTING)
            deadline = date.fromisoformat(stored) if stored else datetime.now(LOCAL_TZ).date()
            self.overview = registry_overview(session, deadline, scope)
        self.organisations = {o.id: o.name for o in orgs}
        self.deadline.blockSignals(True)
        self.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))
        self.deadline.blockSignals(False)
        self.tabs.setTabVisible(1, oversees)
        self._show(self.overview)
        can_edit = bool(self.organisations)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(can_edit)

    def _show(self, overview: RegistryOverview) -> None:
        self.model.set_rows(overview.entries)
        self.table.resizeColumnsToContents()  # the URL column as wide as its longest URL; the table scrolls
        self.table.horizontalHeader().setStretchLastSection(True)
        deadline = overview.deadline.strftime("%d-%m-%Y")
        for widget, box, agencies, title in (
            (
                self.unreported,
                self.unreported_box,
                overview.unreported,
                self.tr("Belum melaporkan akun sampai {d} ({n})"),
            ),
            (
                self.no_facebook,
                self.no_facebook_box,
                overview.villages_without_facebook,
                self.tr("Desa/kelurahan tanpa akun Facebook sampai {d} ({n})"),
            ),
        ):
            widget.clear()
            widget.addItems([f"{a.name} — {org_kind_label(a.kind)}" for a in agencies] or [self.tr("Tidak ada.")])
            box.setTitle(title.format(d=deadline, n=len(agencies)))

    def _deadline_changed(self, value: QDate) -> None:
        with self.ctx.db.session() as session:
            set_setting(session, DEADLINE_SETTING, date(value.year(), value.month(), value.day()).isoformat())
        self.refresh()

    def _filter(self) -> None:
        self.proxy.set_filter(self.search.text(), self.platform.currentData())

    def _selected(self) -> RegistryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def add(self) -> None:
        if AccountDialog(self.ctx, self.organisations, None, self).exec():
            self.refresh()

    def edit(self) -> None:
        entry = self._selected()
        if entry is not None and AccountDialog(self.ctx, self.organisations, entry.account, self).exec():
            self.refresh()

    def open_url(self) -> None:
        entry = self._selected()
        if entry is not None:
            QDesktopServices.openUrl(QUrl(entry.account.url))

    def delete(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Hapus akun?"),
            self.tr("Hapus {handle} dari daftar akun resmi? Catatan publikasinya tetap disimpan.").format(
                handle=entry.account.handle
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.db.session() as session:
                delete_account(session, self.ctx.person.id, entry.account.id)
        except OpdError as exc:
            QMessageBox.warning(self, self.tr("Tidak dapat dihapus"), self.ctx.message(exc))
            return
        self.refresh()

    def export(self, kind: str) -> None:
        """The registry (and, in XLSX, the late reporters and villages without Facebook) to a file."""
        overview = self.overview
        if overview is None:
            return
        path = choose_file(self, f"akun-resmi-{overview.deadline.isoformat()}.{kind}", kind)
        if path is None:
            return

        def work() -> None:
            if kind == "csv":
                write_registry_csv(overview, path)
            else:
                write_registry_xlsx(overview, path)

        self.exports.run(work, path)
