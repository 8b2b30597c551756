"""Laporan: compliance with the daily minimum for a month, quarter, semester, year or any range — per agency,
with charts, dormant accounts, approval turnaround and lint findings — computed in the background and exported
to CSV, XLSX or PDF."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.domain.enums import Role
from opdstudio.core.errors import OpdError
from opdstudio.core.reporting.compliance import AgencyCompliance
from opdstudio.core.reporting.dormancy import AccountActivity
from opdstudio.core.reporting.letterhead import load_letterhead
from opdstudio.core.reporting.lint_summary import LintCount
from opdstudio.core.reporting.periods import DayBasis, Period, PeriodKind, custom, recent
from opdstudio.core.reporting.publication_log import Cancelled, Progress
from opdstudio.core.reporting.report import ComplianceReport, ReportOptions, build_report
from opdstudio.core.reporting.report_export import write_report_csv, write_report_xlsx
from opdstudio.core.reporting.report_tables import day_ranges
from opdstudio.core.services.orgs import orgs_where
from opdstudio.core.services.queries import LOCAL_TZ

from ..context import AppContext
from ..exporting import ExportRunner, choose_file
from ..labels import account_status_label, period_label, platform_label
from ..models import Column, RowsModel
from ..org_picker import fill_organisations
from .report_views import SummaryView, hours_label, lint_category_label, percent_label

RECENT = {PeriodKind.MONTH: 24, PeriodKind.QUARTER: 8, PeriodKind.SEMESTER: 6, PeriodKind.YEAR: 5}


def _table(model: RowsModel[Any], stretch: int) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class ReportsPage(QWidget):
    """Choose a period and an agency; read the report; export it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: ComplianceReport | None = None
        self.kind = QComboBox()
        for kind, label in (
            (PeriodKind.MONTH, self.tr("Bulan")),
            (PeriodKind.QUARTER, self.tr("Triwulan")),
            (PeriodKind.SEMESTER, self.tr("Semester")),
            (PeriodKind.YEAR, self.tr("Tahun")),
            (PeriodKind.CUSTOM, self.tr("Rentang tanggal")),
        ):
            self.kind.addItem(label, kind)
        self.period = QComboBox()
        self.period.setMinimumContentsLength(16)
        today = QDate.currentDate()
        self.first = QDateEdit(today.addDays(-29))
        self.last = QDateEdit(today)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.scope = QComboBox()
        self.scope.setMinimumContentsLength(24)
        self.basis = QComboBox()
        self.basis.addItem(self.tr("Semua hari"), DayBasis.ALL)
        self.basis.addItem(self.tr("Hari kerja (Senin–Jumat)"), DayBasis.WORKING)
        self.dormant_days = QSpinBox()
        self.dormant_days.setRange(1, 365)
        self.dormant_days.setValue(7)
        self.dormant_days.setSuffix(self.tr(" hari"))
        self.csv_button = QPushButton(self.tr("CSV"))
        self.xlsx_button = QPushButton(self.tr("XLSX"))
        self.pdf_button = QPushButton(self.tr("PDF"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.export_status = QLabel()
        self.exports = ExportRunner(ctx, self, self.export_status)
        self.model: RowsModel[AgencyCompliance] = RowsModel(
            [
                Column(self.tr("Instansi"), lambda r: r.name),
                Column(self.tr("Publikasi"), lambda r: r.publications),
                Column(self.tr("Hari aktif"), lambda r: f"{r.active_days} / {r.days}"),
                Column(self.tr("Kepatuhan harian"), lambda r: percent_label(r.compliance)),
                Column(self.tr("Beruntun terpanjang"), lambda r: r.longest_streak),
                Column(self.tr("Hari tanpa publikasi"), lambda r: day_ranges(r.missed)),
            ],
            self,
        )
        self.leaders: RowsModel[tuple[int, AgencyCompliance]] = RowsModel(
            [
                Column(self.tr("Peringkat"), lambda r: r[0]),
                Column(self.tr("Instansi"), lambda r: r[1].name),
                Column(self.tr("Publikasi"), lambda r: r[1].publications),
                Column(self.tr("Hari aktif"), lambda r: r[1].active_days),
            ],
            self,
        )
        self.dormant: RowsModel[AccountActivity] = RowsModel(
            [
                Column(self.tr("Organisasi"), lambda r: r.organisation),
                Column(self.tr("Platform"), lambda r: platform_label(r.platform)),
                Column(self.tr("Akun"), lambda r: r.handle),
                Column(self.tr("Status registri"), lambda r: account_status_label(r.status)),
                Column(self.tr("Terakhir terbit"), lambda r: r.last_published or self.tr("belum pernah")),
            ],
            self,
        )
        self.lint: RowsModel[LintCount] = RowsModel(
            [
                Column(self.tr("Kategori temuan"), lambda r: lint_category_label(r.category)),
                Column(self.tr("Temuan"), lambda r: r.findings),
                Column(self.tr("Post"), lambda r: r.posts),
            ],
            self,
        )
        self.summary = SummaryView()
        self.approvals = QLabel()
        self.approvals.setWordWrap(True)
        quality = QWidget()
        quality_layout = QVBoxLayout(quality)
        quality_layout.addWidget(self.approvals)
        quality_layout.addWidget(_table(self.lint, 0), 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.summary, self.tr("Ringkasan"))
        self.tabs.addTab(_table(self.model, 5), self.tr("Kepatuhan per instansi"))
        self.tabs.addTab(_table(self.leaders, 1), self.tr("Paling aktif"))
        self.tabs.addTab(_table(self.dormant, 0), self.tr("Akun mati suri"))
        self.tabs.addTab(quality, self.tr("Persetujuan && lint"))
        first_row = QHBoxLayout()
        for label, widget in (
            (self.tr("Periode"), self.kind),
            (None, self.period),
            (None, self.first),
            (None, self.last),
            (self.tr("Instansi"), self.scope),
        ):
            if label:
                first_row.addWidget(QLabel(label))
            first_row.addWidget(widget)
        first_row.addStretch(1)
        second_row = QHBoxLayout()
        second_row.addWidget(QLabel(self.tr("Hari dihitung")))
        second_row.addWidget(self.basis)
        second_row.addWidget(QLabel(self.tr("Mati suri setelah")))
        second_row.addWidget(self.dormant_days)
        second_row.addStretch(1)
        second_row.addWidget(self.export_status)
        second_row.addWidget(QLabel(self.tr("Ekspor:")))
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            second_row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(first_row)
        layout.addLayout(second_row)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        self._ticket = 0
        self._fill_periods()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.period, self.scope, self.basis):
            combo.currentIndexChanged.connect(self.recompute)
        self.first.dateChanged.connect(self.recompute)
        self.last.dateChanged.connect(self.recompute)
        self.dormant_days.valueChanged.connect(self.recompute)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self._scoped = False

    def _fill_periods(self) -> None:
        kind = PeriodKind(self.kind.currentData())
        custom_range = kind == PeriodKind.CUSTOM
        self.period.setVisible(not custom_range)
        self.first.setVisible(custom_range)
        self.last.setVisible(custom_range)
        self.period.blockSignals(True)
        self.period.clear()
        if not custom_range:
            for period in recent(kind, datetime.now(LOCAL_TZ).date(), RECENT[kind]):
                self.period.addItem(period_label(period), period)
        self.period.blockSignals(False)

    def _kind_changed(self) -> None:
        self._fill_periods()
        self.recompute()

    def refresh(self) -> None:
        """Refill the agencies and recompute the report."""
        with self.ctx.db.session() as session:
            fill_organisations(self.scope, session, self.tr("Semua instansi"))
            if not self._scoped:
                self._scoped = True
                person = self.ctx.person.id
                if not (orgs_where(session, person, Role.OVERSIGHT) or orgs_where(session, person, Role.OPERATOR)):
                    own = orgs_where(session, person, Role.ADMIN) or orgs_where(session, person, Role.REVIEWER)
                    if own:
                        self.scope.setCurrentIndex(max(0, self.scope.findData(own[0])))
        self.recompute()

    def selected_period(self) -> Period:
        if self.kind.currentData() == PeriodKind.CUSTOM:
            return custom(_day(self.first.date()), _day(self.last.date()))
        return self.period.currentData()  # type: ignore[no-any-return]

    def options(self) -> ReportOptions:
        return ReportOptions(basis=DayBasis(self.basis.currentData()), dormant_days=self.dormant_days.value())

    def recompute(self) -> None:
        """Build the report for the current choices in the background; a newer request wins."""
        try:
            period = self.selected_period()
        except OpdError as error:  # a custom range that ends before it starts
            self.note.setText(self.ctx.message(error))
            return
        scope, options = self.scope.currentData(), self.options()
        self._ticket += 1
        ticket = self._ticket
        self.note.setText(self.tr("Menghitung laporan…"))
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            button.setEnabled(False)

        def work(progress: Progress, cancelled: Cancelled) -> ComplianceReport:
            with self.ctx.db.session() as session:
                return build_report(session, period, scope, options, progress=progress, cancelled=cancelled)

        self.ctx.tasks.submit(
            work,
            on_result=lambda report: self._show(ticket, report),
            on_error=lambda error: self._failed(ticket, error),
            on_progress=lambda _d, _t, message: self._progress(ticket, message),
        )

    def _progress(self, ticket: int, message: str) -> None:
        if ticket == self._ticket:
            self.note.setText(message)

    def _failed(self, ticket: int, error: BaseException) -> None:
        if ticket == self._ticket:
            self.note.setText(self.tr("Laporan gagal dihitung: {error}").format(error=self.ctx.message(error)))

    def _show(self, ticket: int, report: ComplianceReport) -> None:
        if ticket != self._ticket:
            return
        self.report = report
        self.model.set_rows(report.agencies)
        self.leaders.set_rows(list(enumerate(report.leaderboard[:10], start=1)))
        self.dormant.set_rows(report.dormant)
        self.lint.set_rows(report.lint)
        self.summary.show_report(report)
        p = report.period
        self.note.setText(
            self.tr(
                "{scope} · {first} s.d. {last} · {days} hari dihitung. Hari dengan minimal satu publikasi; "
                "unit kerja dihitung ke instansi induknya."
            ).format(
                scope=report.scope_name,
                first=p.first.strftime("%d-%m-%Y"),
                last=p.last.strftime("%d-%m-%Y"),
                days=len(p.days(report.options.basis)),
            )
        )
        a = report.approvals
        self.approvals.setText(
            self.tr(
                "{n} keputusan tinjauan. Dari pengajuan sampai keputusan: median {median}, persentil ke-90 {p90}. "
                "Disetujui pada pengajuan pertama: {rate} ({ok} dari {all} post). Temuan lint dihitung ulang atas "
                "konten yang terbit dengan aturan saat ini."
            ).format(
                n=a.decisions,
                median=hours_label(a.median_hours),
                p90=hours_label(a.p90_hours),
                rate=percent_label(a.first_pass_rate),
                ok=a.first_pass,
                all=a.first_decisions,
            )
        )
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            button.setEnabled(True)

    def export(self, kind: str) -> None:
        """Write the report on screen as CSV, XLSX or PDF."""
        report = self.report
        if report is None:
            return
        path = choose_file(self, f"laporan-{report.requested.code}.{kind}", kind)
        if path is None:
            return
        if kind == "pdf":
            with self.ctx.db.session() as session:
                letterhead = load_letterhead(session)  # the kop surat and signature set in Pengaturan

            def work() -> None:
                _write_report_pdf(report, path, letterhead)
        else:
            writer = {"csv": write_report_csv, "xlsx": write_report_xlsx}[kind]

            def work() -> None:
                writer(report, path)

        self.exports.run(work, path)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _write_report_pdf(*args: Any, **kwargs: Any) -> Any:
    """The PDF writer, imported on first use: reportlab costs ~130 ms of start-up."""
    from opdstudio.core.reporting.report_pdf import write_report_pdf

    return write_report_pdf(*args, **kwargs)
