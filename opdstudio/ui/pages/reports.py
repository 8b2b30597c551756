"""Laporan: how active each agency was in a month (days with at least one publication)."""

from __future__ import annotations

import calendar
from datetime import date, datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from opdstudio.core.reporting.activity import AgencyActivity, agency_activity
from opdstudio.core.services.queries import LOCAL_TZ

from ..context import AppContext
from ..models import Column, RowsModel


class ReportsPage(QWidget):
    """Monthly activity per agency, most active first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = QComboBox()
        today = datetime.now(LOCAL_TZ).date()
        year, month = today.year, today.month
        for _ in range(12):
            self.month.addItem(f"{month:02d}-{year}", (year, month))
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        self.month.currentIndexChanged.connect(self.refresh)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.model: RowsModel[AgencyActivity] = RowsModel(
            [
                Column(self.tr("Organisasi"), lambda r: r.name),
                Column(self.tr("Publikasi"), lambda r: r.publications),
                Column(self.tr("Hari aktif"), lambda r: f"{r.active_days} / {r.days}"),
                Column(self.tr("Kepatuhan harian"), lambda r: f"{r.compliance:.0%}"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Bulan")))
        bar.addWidget(self.month)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        """Recompute the chosen month (up to today for the current month)."""
        year, month = self.month.currentData()
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        last = min(last, datetime.now(LOCAL_TZ).date())
        with self.ctx.db.session() as session:
            rows = agency_activity(session, first, last)
        self.model.set_rows(rows)
        self.note.setText(
            self.tr(
                "Hari dengan minimal satu publikasi, {first} s.d. {last}. Unit kerja dihitung ke OPD induknya."
            ).format(first=first.strftime("%d-%m-%Y"), last=last.strftime("%d-%m-%Y"))
        )
