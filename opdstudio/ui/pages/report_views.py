"""What the Laporan page shows of a computed report: key figures, a bar per agency, the calendar heat-map and
the platforms; and the labels of lint categories."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from opdstudio.core.reporting.report import ComplianceReport

from ..charts import Bar, BarChart, CalendarHeatmap, compliance_colour
from ..labels import platform_label

translate = QCoreApplication.translate


def lint_category_label(category: str) -> str:
    return {
        "flexing": translate("Reports", "Pamer kemewahan (flexing)"),
        "profanity": translate("Reports", "Kata kasar / tidak sopan"),
        "hate_sara": translate("Reports", "Ujaran kebencian (SARA)"),
        "hoax_unsourced": translate("Reports", "Hoaks / klaim tanpa sumber"),
        "provocation": translate("Reports", "Provokasi"),
        "radicalism": translate("Reports", "Radikalisme"),
        "pornography": translate("Reports", "Pornografi"),
        "personal_data": translate("Reports", "Data pribadi warga"),
        "election": translate("Reports", "Netralitas pemilu"),
        "confidential": translate("Reports", "Kerahasiaan dokumen"),
        "slang": translate("Reports", "Bahasa tidak baku"),
        "non_inclusive": translate("Reports", "Bahasa tidak inklusif"),
        "platform_limit": translate("Reports", "Batas platform"),
        "photo_privacy": translate("Reports", "Privasi foto"),
    }.get(category, category)


def hours_label(hours: float | None) -> str:
    """``2,5 jam`` / ``1 hari 3 jam`` in the UI language."""
    if hours is None:
        return "–"
    if hours < 24:
        return translate("Reports", "{h} jam").format(h=QLocale().toString(round(hours, 1), "g", 3))
    days, rest = divmod(round(hours), 24)
    return translate("Reports", "{d} hari {h} jam").format(d=days, h=rest)


def percent_label(share: float | None) -> str:
    """``85,7%`` in Indonesian, ``85.7%`` in English."""
    return "–" if share is None else QLocale().toString(share * 100, "f", 1) + "%"


class Figure(QFrame):
    """A big number with its caption."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class SummaryView(QScrollArea):
    """Key figures, compliance per agency, the calendar and the platforms of one report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.compliance = Figure(self.tr("Rata-rata kepatuhan harian"))
        self.publications = Figure(self.tr("Publikasi"))
        self.full = Figure(self.tr("Instansi patuh penuh"))
        self.dormant = Figure(self.tr("Akun mati suri"))
        self.turnaround = Figure(self.tr("Median waktu persetujuan"))
        self.first_pass = Figure(self.tr("Disetujui pada pengajuan pertama"))
        figures = QGridLayout()
        for n, figure in enumerate(
            (self.compliance, self.publications, self.full, self.dormant, self.turnaround, self.first_pass)
        ):
            figures.addWidget(figure, 0, n)
        self.agency_bars = BarChart()
        self.heatmap = CalendarHeatmap()
        self.platform_bars = BarChart()
        self.agency_box = self._box(self.tr("Kepatuhan harian per instansi"), self.agency_bars)
        self.calendar_box = self._box(self.tr("Kalender hari dengan konten"), self.heatmap)
        self.platform_box = self._box(self.tr("Publikasi per platform"), self.platform_bars)
        self.calendar_note = QLabel(
            self.tr(
                "Hijau: bagian instansi yang terbit hari itu (makin tua makin banyak); merah muda: tidak ada; "
                "abu-abu: hari yang tidak dihitung."
            )
        )
        self.calendar_note.setWordWrap(True)
        self.calendar_box.layout().addWidget(self.calendar_note)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(figures)
        layout.addWidget(self.agency_box)
        layout.addWidget(self.calendar_box)
        layout.addWidget(self.platform_box)
        layout.addStretch(1)
        self.setWidget(content)

    def _box(self, title: str, content: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(content)
        return box

    def show_report(self, report: ComplianceReport) -> None:
        rows = report.agencies
        a = report.approvals
        self.compliance.value.setText(percent_label(report.average_compliance if rows else None))
        self.publications.value.setText(f"{report.activity.publications:,}".replace(",", "."))
        self.full.value.setText(f"{sum(1 for r in rows if r.days and r.active_days == r.days)} / {len(rows)}")
        self.dormant.value.setText(str(len(report.dormant)))
        self.turnaround.value.setText(hours_label(a.median_hours))
        self.first_pass.value.setText(percent_label(a.first_pass_rate))
        self.agency_bars.set_bars(
            [
                Bar(
                    r.name,
                    r.compliance * 100,
                    f"{r.compliance * 100:.0f}% ({r.active_days}/{r.days})",
                    compliance_colour(r.compliance),
                )
                for r in rows
            ],
            100,
        )
        self.heatmap.set_days(report.activity.days, len(rows))
        platforms = report.activity.platforms
        self.platform_bars.set_bars(
            [
                Bar(platform_label(p.platform), p.publications, str(p.publications), Qt.GlobalColor.darkGreen)
                for p in platforms
            ],
            max((p.publications for p in platforms), default=1),
        )
