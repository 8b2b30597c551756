"""Log Publikasi: every recorded publication, newest first, loaded page by page as you scroll; searched and
filtered by agency (with its units), platform, author and period; exported to CSV or XLSX in the background."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QPoint, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.reporting.log_export import write_log_csv
from opdstudio.core.reporting.log_workbook import write_log_xlsx
from opdstudio.core.reporting.publication_log import Cancelled, LogFilter, LogRow, Progress, count_publications
from opdstudio.core.services.orgs import subtree
from opdstudio.core.services.people import people
from opdstudio.core.services.queries import LOCAL_TZ, local_day_bounds

from ..context import AppContext
from ..exporting import ExportRunner, choose_file
from ..labels import PLATFORMS, platform_label
from ..models import PublicationLogModel, log_values
from ..org_picker import fill_organisations

PERIODS = ("all", "today", "week", "month", "last_month", "range")
WIDTHS = (122, 190, 210, 300, 130, 140, 130)


class PublicationLogPage(QWidget):
    """The publication log (keyset-paged; a million rows open as fast as ten)."""

    open_post = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr('Cari judul, isi, organisasi atau akun… ("frasa persis", awalan*)'))
        self.search.setClearButtonEnabled(True)
        self.organisation = QComboBox()
        self.organisation.setMinimumContentsLength(22)
        self.platform = QComboBox()
        self.platform.addItem(self.tr("Semua platform"), None)
        for platform in PLATFORMS:
            self.platform.addItem(platform_label(platform), platform)
        self.author = QComboBox()
        self.author.addItem(self.tr("Semua penulis"), None)
        self.period = QComboBox()
        for key, label in zip(
            PERIODS,
            (
                self.tr("Semua waktu"),
                self.tr("Hari ini"),
                self.tr("7 hari terakhir"),
                self.tr("Bulan ini"),
                self.tr("Bulan lalu"),
                self.tr("Rentang tanggal"),
            ),
            strict=True,
        ):
            self.period.addItem(label, key)
        today = QDate.currentDate()
        self.first = QDateEdit(today.addDays(-30))
        self.last = QDateEdit(today)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setVisible(False)
        self.summary = QLabel()
        self.export_status = QLabel()
        self.csv_button = QPushButton(self.tr("Ekspor CSV"))
        self.xlsx_button = QPushButton(self.tr("Ekspor XLSX"))
        self.open_url_button = QPushButton(self.tr("Buka tautan"))
        self.open_post_button = QPushButton(self.tr("Buka post"))
        self.copy_button = QPushButton(self.tr("Salin baris"))
        self.model = PublicationLogModel(
            ctx.db,
            [
                self.tr("Waktu terbit"),
                self.tr("Organisasi"),
                self.tr("Akun"),
                self.tr("Judul post"),
                self.tr("Penulis"),
                self.tr("Disetujui oleh"),
                self.tr("Waktu persetujuan"),
                self.tr("Tautan"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort)
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _i: self.open_url())
        QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy_rows)
        self.exports = ExportRunner(ctx, self, self.export_status)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.organisation, 1)
        filters.addWidget(self.platform)
        filters.addWidget(self.author)
        when = QHBoxLayout()
        when.addWidget(QLabel(self.tr("Periode")))
        when.addWidget(self.period)
        when.addWidget(self.first)
        when.addWidget(self.last)
        when.addSpacing(12)
        when.addWidget(self.summary, 1)
        when.addWidget(self.csv_button)
        when.addWidget(self.xlsx_button)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #65676b; padding: 16px;")
        self.empty.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.export_status, 1)
        for button in (self.open_url_button, self.open_post_button, self.copy_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(when)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        self._counting = 0
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.organisation, self.platform, self.author):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.first.dateChanged.connect(self.apply_filters)
        self.last.dateChanged.connect(self.apply_filters)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.open_url_button.clicked.connect(self.open_url)
        self.open_post_button.clicked.connect(self._open_post)
        self.copy_button.clicked.connect(self.copy_rows)

    def refresh(self) -> None:
        """Refill the choices and reload the log from the newest publication."""
        with self.ctx.db.session() as session:
            fill_organisations(self.organisation, session, self.tr("Semua organisasi"))
            chosen = self.author.currentData()
            self.author.blockSignals(True)
            self.author.clear()
            self.author.addItem(self.tr("Semua penulis"), None)
            for person in people(session):
                self.author.addItem(person.name, person.id)
            self.author.setCurrentIndex(max(0, self.author.findData(chosen)))
            self.author.blockSignals(False)
        self.apply_filters()

    def current_filter(self) -> LogFilter:
        """What the filters on screen select."""
        org = self.organisation.currentData()
        org_ids = None
        if org is not None:
            with self.ctx.db.session() as session:
                org_ids = tuple(subtree(session, org))
        since, until = self._bounds()
        return LogFilter(
            search=self.search.text(),
            org_ids=org_ids,
            platform=self.platform.currentData(),
            author_id=self.author.currentData(),
            since=since,
            until=until,
        )

    def _bounds(self) -> tuple[datetime | None, datetime | None]:
        key = self.period.currentData()
        today = datetime.now(LOCAL_TZ).date()
        if key == "today":
            first, last = today, today
        elif key == "week":
            first, last = today - timedelta(days=6), today
        elif key == "month":
            first, last = today.replace(day=1), today
        elif key == "last_month":
            last = today.replace(day=1) - timedelta(days=1)
            first = last.replace(day=1)
        elif key == "range":
            first, last = _day(self.first.date()), _day(self.last.date())
        else:
            return None, None
        return local_day_bounds(first)[0], local_day_bounds(last)[1]

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "range"
        self.first.setVisible(custom)
        self.last.setVisible(custom)
        self.apply_filters()

    def apply_filters(self) -> None:
        """Show the newest rows the filters select; count them in the background."""
        log_filter = self.current_filter()
        self.model.set_filters(log_filter)
        self._counting += 1
        ticket = self._counting
        self.summary.setText(self.tr("Menghitung…"))

        def count() -> int:
            with self.ctx.db.session() as session:
                return count_publications(session, log_filter)

        self.ctx.tasks.submit(count, on_result=lambda n: self._show_count(ticket, n))

    def _show_count(self, ticket: int, total: int) -> None:
        if ticket != self._counting:
            return
        self.summary.setText(self.tr("{n} publikasi").format(n=f"{total:,}".replace(",", ".")))
        filtered = self.current_filter() != LogFilter()
        self.empty.setText(
            self.tr("Tidak ada publikasi yang cocok dengan pencarian dan filter ini. Ubah atau kosongkan filternya.")
            if filtered
            else self.tr("Belum ada publikasi yang dicatat. Catat publikasi lewat Draf → Bantu publikasi.")
        )
        self.empty.setVisible(total == 0)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        if column != 0:  # only the time sorts: a million rows stay keyset-paged
            header.blockSignals(True)
            header.setSortIndicator(
                0, Qt.SortOrder.AscendingOrder if self.model.oldest_first else Qt.SortOrder.DescendingOrder
            )
            header.blockSignals(False)
            self.export_status.setText(
                self.tr("Log diurutkan menurut waktu terbit; klik judul kolom itu untuk membalik.")
            )
            return
        self.model.sort(0, order)

    def _need_selection(self) -> list[LogRow]:
        rows = self.selected_rows()
        if not rows:
            self.export_status.setText(self.tr("Pilih dulu satu baris di log."))
        return rows

    def selected_rows(self) -> list[LogRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def open_url(self) -> None:
        for row in self._need_selection()[:1]:
            QDesktopServices.openUrl(QUrl(row.url))

    def _open_post(self) -> None:
        for row in self._need_selection()[:1]:
            self.open_post.emit(row.post_id)

    def copy_rows(self) -> None:
        """Copy the selected rows, tab-separated with a header line (pastes into a spreadsheet)."""
        rows = self._need_selection()
        if not rows:
            return
        horizontal = Qt.Orientation.Horizontal
        header = "\t".join(str(self.model.headerData(c, horizontal)) for c in range(self.model.columnCount()))
        lines = [header, *("\t".join(log_values(r)) for r in rows)]
        QGuiApplication.clipboard().setText("\n".join(lines))

    def _menu(self, point: QPoint) -> None:
        if not self.table.indexAt(point).isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Buka tautan"), self.open_url)
        menu.addAction(self.tr("Buka post"), self._open_post)
        menu.addAction(self.tr("Salin baris"), self.copy_rows)
        menu.exec(self.table.viewport().mapToGlobal(point))

    def export(self, kind: str) -> None:
        """Export what the filters select (oldest first) to a file the person chooses."""
        stamp = datetime.now(LOCAL_TZ).strftime("%Y%m%d")
        path = choose_file(self, f"log-publikasi-{stamp}.{kind}", kind)
        if path is None:
            return
        log_filter = self.current_filter()
        description = self.tr("{period} · {org}").format(
            period=self.period.currentText(), org=self.organisation.currentText().strip()
        )

        def work(progress: Progress, cancelled: Cancelled) -> int:
            with self.ctx.db.session() as session:
                if kind == "csv":
                    return write_log_csv(session, path, log_filter, progress, cancelled)
                return write_log_xlsx(session, path, log_filter, description, progress, cancelled)

        self.exports.run(work, path)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
