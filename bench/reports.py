"""Publication log and exports at scale: a profile with 1 000 000 generated publications.

Measures, each against a baseline run in the same process on the same file:
  - opening the log (model + first page) and the deepest page  vs  the raw SQLite keyset query;
  - full-text search for a rare, a medium and a common word  vs  the raw FTS5 query and ``LIKE '%word%'``;
  - a few filters (agency with its units, platform, author, a month);
  - exporting 100 000 rows to XLSX  vs  plain xlsxwriter writing the same rows, and the peak memory of both
    (each in its own process; growth of the resident set over the process after its imports).

    .venv/bin/python bench/reports.py [--publications 1000000] [--export-rows 100000] [--profile DIR]

The data is generated here with SQLAlchemy Core bulk inserts (distinct posts with Zipf-distributed words, ~3
publications each); the search index is filled by the profile's own triggers as the rows go in.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from opdstudio.core.domain.enums import Decision, OrgKind  # noqa: E402
from opdstudio.core.domain.models import (  # noqa: E402
    OfficialAccount,
    Organisation,
    Person,
    Post,
    Publication,
    Review,
)
from opdstudio.core.storage.database import Database  # noqa: E402

RARE, MEDIUM, COMMON = "rabies", "posyandu", "kabupaten"
_RATES = {RARE: 0.0003, MEDIUM: 0.01, COMMON: 0.5}  # share of posts whose text holds the word
_YEARS = 3
_BATCH = 10_000
_WORDS = """
kegiatan pemerintah desa warga masyarakat pelayanan program bantuan kesehatan pendidikan sekolah jalan
pembangunan rapat koordinasi kepala dinas camat bupati wakil sekretaris daerah bidang informasi publik
sosialisasi pelatihan pemeriksaan gratis ibu anak balita gizi lansia petani pupuk panen sawah kebun kopi pasar
harga sembako bazar murah upacara peringatan hari nasional kemerdekaan pahlawan pemuda olahraga lomba festival
budaya tari musik pariwisata danau air terjun curup rejang lebong bengkulu kota kecamatan kelurahan dusun
gotong royong kebersihan sampah lingkungan pohon penanaman banjir longsor bencana siaga relawan polisi tentara
keamanan ketertiban lalu lintas kendaraan pajak retribusi izin usaha umkm koperasi ekonomi investasi anggaran
laporan evaluasi monitoring kunjungan kerja audiensi silaturahmi musyawarah perencanaan pembangunan musrenbang
aspirasi pengaduan layanan online aplikasi digital internet jaringan menara telekomunikasi data statistik
penduduk kependudukan akta kelahiran kartu keluarga vaksinasi imunisasi stunting pencegahan penanganan
penyakit demam berdarah fogging puskesmas rumah sakit dokter perawat bidan
"""


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    syllables = [c + v for c in "bcdfghjklmnprstwy" for v in "aiueo"]
    made = {"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(size * 2)}
    made -= set(_RATES)
    return _WORDS.split() + sorted(made)[:size]


class Generator:
    """Organisations, people, accounts, posts, approvals and publications, bulk-inserted."""

    def __init__(self, db: Database, seed: int = 7) -> None:
        self.db = db
        self.rng = random.Random(seed)
        self.now = datetime.now(UTC).replace(microsecond=0)
        self.vocab = _vocabulary(self.rng, 20_000)
        self.weights = [1 / (rank + 1) for rank in range(len(self.vocab))]
        self.agencies: list[tuple[str, list[str], str, list[str]]] = []  # (agency, orgs, admin, accounts)
        self.reviewer = ""

    def _id(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _row(self, at: datetime, **values: Any) -> dict[str, Any]:
        return {"id": self._id(), "rev": 1, "created_at": at, "updated_at": at, **values}

    def world(self) -> None:
        """A Pemkab, 30 OPD with two units each, 5 kecamatan with 6 desa each; an admin and accounts for each."""
        start = self.now - timedelta(days=365 * _YEARS + 30)
        orgs, people, accounts = [], [], []
        pemkab = self._row(start, name="Pemerintah Kabupaten Rejang Lebong", kind=OrgKind.PEMKAB, parent_id=None)
        orgs.append(pemkab)
        reviewer = self._row(start, name="Kepala Diskominfo", login="reviewer", title="", language="id")
        people.append(reviewer)
        self.reviewer = reviewer["id"]
        specs: list[tuple[str, str, str | None]] = []
        for n in range(30):
            specs.append((f"Dinas Urusan {n + 1:02d}", OrgKind.DINAS, None))
        for n in range(5):
            specs.append((f"Kecamatan {n + 1}", OrgKind.KECAMATAN, None))
            specs.extend((f"Desa {n + 1}-{d + 1}", OrgKind.DESA, f"Kecamatan {n + 1}") for d in range(6))
        ids: dict[str, str] = {}
        for name, kind, parent in specs:
            org = self._row(start, name=name, kind=kind, parent_id=ids[parent] if parent else pemkab["id"])
            ids[name] = org["id"]
            orgs.append(org)
            members = [org["id"]]
            if kind == OrgKind.DINAS:
                for b in range(2):
                    unit = self._row(start, name=f"Bidang {b + 1} {name}", kind=OrgKind.BIDANG, parent_id=org["id"])
                    orgs.append(unit)
                    members.append(unit["id"])
            admin = self._row(start, name=f"Admin {name}", login=f"admin{len(people)}", title="", language="id")
            people.append(admin)
            platforms = ["facebook"] if kind == OrgKind.DESA else ["facebook", "instagram", "tiktok"]
            own = []
            for platform in platforms:
                handle = f"{name.lower().replace(' ', '')}.{platform}"
                url = f"https://{platform}.com/{handle}"
                accounts.append(self._row(start, organisation_id=org["id"], platform=platform, handle=handle, url=url))
                own.append(accounts[-1]["id"])
            self.agencies.append((org["id"], members, admin["id"], own))
        with self.db.engine.begin() as conn:
            conn.execute(insert(Organisation), orgs)
            conn.execute(insert(Person), people)
            conn.execute(
                insert(OfficialAccount),
                [{**a, "status": "active", "managed_by_id": None, "reported_on": None} for a in accounts],
            )

    def _text(self) -> tuple[str, str]:
        rng = self.rng
        words = rng.choices(self.vocab, self.weights, k=rng.randint(35, 70))
        for word, rate in _RATES.items():
            if rng.random() < rate:
                words.insert(rng.randrange(len(words)), word)
        title = " ".join(rng.choices(self.vocab[:400], k=rng.randint(3, 7))).capitalize()
        return title, " ".join(words).capitalize() + "."

    def publications(self, count: int, say: Callable[[str], None]) -> None:
        """About ``count`` publications of distinct posts (1–5 accounts each) over the last years, recorded in
        time order as they would be."""
        rng, span = self.rng, timedelta(days=365 * _YEARS).total_seconds()
        made = 0
        while made < count:
            with self.db.engine.begin() as conn:
                posts, reviews, pubs = [], [], []
                while len(pubs) < _BATCH and made + len(pubs) < count:
                    _agency, members, admin, accounts = rng.choice(self.agencies)
                    progress = (made + len(pubs) + rng.random() * 3) / count
                    published = self.now - timedelta(seconds=span * (1 - progress))
                    title, text = self._text()
                    post = self._row(
                        published - timedelta(hours=3),
                        organisation_id=rng.choice(members),
                        author_id=admin,
                        title=title,
                        main_text=text,
                        kind="social",
                        status="published",
                        content_hash=f"{rng.getrandbits(256):064x}",
                        submitted_at=published - timedelta(hours=2),
                    )
                    posts.append(post)
                    reviews.append(
                        self._row(
                            published - timedelta(hours=1),
                            post_id=post["id"],
                            reviewer_id=self.reviewer,
                            level=1,
                            decision=Decision.APPROVE,
                            comment="",
                            content_hash=post["content_hash"],
                        )
                    )
                    for account in rng.sample(accounts, min(len(accounts), rng.randint(1, 5))):
                        at = published + timedelta(minutes=rng.randint(0, 90))
                        pubs.append(
                            self._row(
                                at,
                                post_id=post["id"],
                                account_id=account,
                                url=f"https://example.org/p/{made + len(pubs)}",
                                published_at=at,
                                content_hash=post["content_hash"],
                                recorded_by_id=admin,
                            )
                        )
                conn.execute(insert(Post), posts)
                conn.execute(insert(Review), reviews)
                conn.execute(insert(Publication), sorted(pubs, key=lambda p: p["published_at"]))
                made += len(pubs)
                say(f"{made:,} publications")


def generate(profile: Path, count: int) -> Database:
    """A new profile at ``profile`` holding ``count`` generated publications."""
    db = Database.open_profile(profile)
    gen = Generator(db)
    gen.world()
    started = time.perf_counter()

    def say(message: str) -> None:
        print(f"\r  generating: {message} ({time.perf_counter() - started:.0f} s)", end="", flush=True)

    gen.publications(count, say)
    print()
    return db


# -- measurements ----------------------------------------------------------------------------------------------

_RAW_COLUMNS = """
    SELECT p.id, p.published_at, o.name, a.platform, a.handle, p.url, post.title, author.name
    FROM publication p
    JOIN post ON post.id = p.post_id
    JOIN officialaccount a ON a.id = p.account_id
    JOIN organisation o ON o.id = post.organisation_id
    JOIN person author ON author.id = post.author_id
"""
_RAW_NEWEST = _RAW_COLUMNS + " WHERE p.deleted_at IS NULL ORDER BY p.published_at DESC, p.id DESC LIMIT 200"
_RAW_KEYSET = (
    _RAW_COLUMNS + " WHERE p.deleted_at IS NULL AND (p.published_at, p.id) < (?, ?)"
    " ORDER BY p.published_at DESC, p.id DESC LIMIT 200"
)
_RAW_OFFSET = _RAW_COLUMNS + " WHERE p.deleted_at IS NULL ORDER BY p.published_at DESC, p.id DESC LIMIT 200 OFFSET ?"
_RAW_FTS = (
    _RAW_COLUMNS.replace(
        "FROM publication p", "FROM publication_search_key k JOIN publication p ON p.id = k.publication_id"
    )
    + " WHERE k.key IN (SELECT rowid FROM publication_search WHERE publication_search MATCH ?"
    " ORDER BY rowid DESC LIMIT 200) ORDER BY k.key DESC"
)
_RAW_LIKE = (
    _RAW_COLUMNS + " WHERE p.deleted_at IS NULL AND (post.title LIKE ? OR post.main_text LIKE ?)"
    " ORDER BY p.published_at DESC, p.id DESC LIMIT 200"
)
_RAW_EXPORT = (
    _RAW_COLUMNS.replace("SELECT p.id,", "SELECT").replace("author.name", "author.name, r.created_at, reviewer.name")
    + " LEFT JOIN review r ON r.post_id = p.post_id AND r.decision = 'approve' AND r.content_hash = p.content_hash"
    " LEFT JOIN person reviewer ON reviewer.id = r.reviewer_id"
    " JOIN publication_search_key k ON k.publication_id = p.id WHERE k.key >= ? ORDER BY k.key"
)


def _fetch(raw: sqlite3.Connection, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    return raw.execute(sql, params).fetchall()


def best_ms(fn: Callable[[], Any], runs: int = 7) -> float:
    """The median of ``runs`` timings of ``fn`` in milliseconds (after one warm-up run)."""
    fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


LINES: list[str] = []  # the closing ``NAME: ours X, baseline Y, ratio Z`` lines


def row(label: str, ours: float, base: float | None = None, base_label: str = "") -> None:
    ratio = f"{ours / base:6.2f}x" if base else ""
    if base:
        name = re.sub(r"[^a-z0-9]+", "_", f"{label or 'same'} vs {base_label}".lower()).strip("_")
        LINES.append(f"log_{name}: ours {ours:.2f} ms, baseline {base:.2f} ms, ratio {ours / base:.2f}")
    base_text = f"{base:9.2f} ms  {base_label}" if base is not None else ""
    print(f"  {label:<44} {ours:9.2f} ms   {base_text:<34} {ratio}")


def measure_queries(db: Database) -> None:
    from PySide6.QtCore import QCoreApplication

    from opdstudio.core.reporting.publication_log import (
        LogFilter,
        count_publications,
        match_expression,
        publication_page,
    )
    from opdstudio.core.services.orgs import subtree
    from opdstudio.ui.models import PublicationLogModel

    QCoreApplication.instance() or QCoreApplication([])
    raw = sqlite3.connect(db.paths.database if db.paths else "")
    total = raw.execute("SELECT count(*) FROM publication_search_key").fetchone()[0]
    print(f"\nPublication log, {total:,} publications (median of 7 runs; baseline: raw sqlite3, same file)")
    print(f"  {'':<44} {'OPD Studio':>12}   {'baseline':<34} ratio")

    def open_log() -> None:
        model = PublicationLogModel(db, ["a"] * 8)
        model.set_filters()
        assert model.rowCount() == 200

    row(
        "open the log: model + first page",
        best_ms(open_log),
        best_ms(lambda: raw.execute(_RAW_NEWEST).fetchall()),
        "newest 200, ORDER BY time, id",
    )
    with db.session() as s:
        deep_key = raw.execute("SELECT key FROM publication_search_key ORDER BY key LIMIT 1 OFFSET 200").fetchone()[0]
        at, pid = raw.execute(
            "SELECT p.published_at, p.id FROM publication_search_key k JOIN publication p ON p.id = k.publication_id"
            " WHERE k.key = ?",
            (deep_key,),
        ).fetchone()
        assert len(publication_page(s, after=deep_key)) == 200
        row(
            "deepest page (the 200 oldest)",
            best_ms(lambda: publication_page(s, after=deep_key)),
            best_ms(lambda: raw.execute(_RAW_KEYSET, (at, pid)).fetchall()),
            "keyset on (published_at, id)",
        )
        row(
            "  (for scale: OFFSET to the deepest page)",
            best_ms(lambda: raw.execute(_RAW_OFFSET, (total - 200,)).fetchall(), 3),
        )
        row(
            "count all publications",
            best_ms(lambda: count_publications(s)),
            best_ms(lambda: raw.execute("SELECT count(*) FROM publication").fetchone()),
            "SELECT count(*) FROM publication",
        )
        for words in (RARE, MEDIUM, COMMON, f"{COMMON} desa", "kabupa*"):
            log_filter = LogFilter(search=words)
            matches = count_publications(s, log_filter)
            ours = best_ms(partial(publication_page, s, log_filter))
            row(
                f"search '{words}' ({matches:,}), first page",
                ours,
                best_ms(partial(_fetch, raw, _RAW_FTS, (match_expression(log_filter),))),
                "raw FTS5, same expression",
            )
            if " " not in words and "*" not in words:
                like = f"%{words}%"
                row("", ours, best_ms(partial(_fetch, raw, _RAW_LIKE, (like, like)), 3), "LIKE '%word%' on posts")
            row("  and its count (shown in the background)", best_ms(partial(count_publications, s, log_filter), 3))

        def org(name: str) -> str:
            return str(raw.execute("SELECT id FROM organisation WHERE name = ?", (name,)).fetchone()[0])

        opd = tuple(subtree(s, org("Dinas Urusan 07")))
        author = raw.execute("SELECT id FROM person WHERE login = 'admin40'").fetchone()[0]
        newest = raw.execute("SELECT max(key) FROM publication_search_key").fetchone()[0]
        last = datetime.fromtimestamp(newest // 1024 / 1000, UTC) - timedelta(days=365)
        month = (last - timedelta(days=30), last)
        for label, log_filter in (
            ("filter: one OPD with its units", LogFilter(org_ids=opd)),
            ("filter: one desa", LogFilter(org_ids=(org("Desa 3-4"),))),
            ("filter: platform tiktok", LogFilter(platform="tiktok")),
            ("filter: one author", LogFilter(author_id=author)),
            ("filter: 30 days, a year ago", LogFilter(since=month[0], until=month[1])),
            ("filter: OPD + 'kabupaten' + those 30 days", LogFilter(COMMON, opd, since=month[0], until=month[1])),
        ):
            row(f"{label} ({count_publications(s, log_filter):,})", best_ms(partial(publication_page, s, log_filter)))
    raw.close()


_CHILD = """
import os, resource, sys, time
sys.path.insert(0, {root!r})
kind, profile, since_key, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
from datetime import UTC, datetime
import sqlite3, xlsxwriter
from opdstudio.core.reporting.log_workbook import write_log_xlsx
from opdstudio.core.reporting.log_export import write_log_csv
from opdstudio.core.reporting.publication_log import LogFilter
from opdstudio.core.storage.database import Database
def rss():
    return int(next(l for l in open('/proc/self/status') if l.startswith('VmRSS')).split()[1])
db = Database.open_profile(profile)
start_rss = rss()
start = time.perf_counter()
if kind == 'plain':
    # The same log sheet as ours, cell for cell: header format, column widths, frozen header, WIB datetimes with
    # their number format, text cells, HYPERLINK formulas with the link format and the URL as cached value,
    # autofilter. What ours adds: the agency roll-up, platform names and the summary sheet with charts.
    from datetime import timedelta
    from opdstudio.core.reporting.log_export import LOG_HEADERS
    from opdstudio.core.reporting.log_workbook import WORKBOOK_OPTIONS
    raw = sqlite3.connect(db.paths.database)
    book = xlsxwriter.Workbook(out, WORKBOOK_OPTIONS)
    book.add_worksheet('Ringkasan')
    sheet = book.add_worksheet('Log Publikasi')
    head = book.add_format({{"bold": True, "bg_color": "#DCE6F1", "border": 1, "text_wrap": True}})
    stamp = book.add_format({{"num_format": "dd-mm-yyyy hh:mm"}})
    link = book.add_format({{"font_color": "blue", "underline": 1}})
    for column, width in enumerate((17, 34, 34, 11, 24, 48, 22, 22, 17, 50)):
        sheet.set_column(column, column, width)
    sheet.freeze_panes(1, 0)
    sheet.write_row(0, 0, LOG_HEADERS, head)
    wib = timedelta(hours=7)
    rows = 0
    for rows, (at, org, platform, handle, url, title, author, approved, approver) in enumerate(
            raw.execute({export!r}, (since_key,)), start=1):
        sheet.write_datetime(rows, 0, datetime.fromisoformat(at) + wib, stamp)
        for column, text in enumerate((org, org, platform, handle, title, author, approver or ""), start=1):
            sheet.write_string(rows, column, text)
        if approved is not None:
            sheet.write_datetime(rows, 8, datetime.fromisoformat(approved) + wib, stamp)
        sheet.write_formula(rows, 9, f'=HYPERLINK("{{url}}")', link, url)
    sheet.autofilter(0, 0, max(rows, 1), 9)
    book.close()
else:
    since = datetime.fromtimestamp(since_key // 1024 / 1000, UTC)
    with db.session() as s:
        writer = write_log_xlsx if kind == 'xlsx' else write_log_csv
        rows = writer(s, out, LogFilter(since=since))
print(rows, time.perf_counter() - start, start_rss, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def measure_exports(db: Database, rows: int, runs: int) -> list[str]:
    """Ours (XLSX, CSV) and plain xlsxwriter writing the same log cells, each in its own process, interleaved."""
    assert db.paths is not None
    raw = sqlite3.connect(db.paths.database)
    folder = Path(tempfile.mkdtemp(prefix="opd-export-"))
    print(f"\nExports of {rows:,} rows ({runs} interleaved rounds; each in its own process;")
    print("memory = peak RSS minus RSS after opening the profile)")
    since_key = raw.execute(
        "SELECT key FROM publication_search_key ORDER BY key DESC LIMIT 1 OFFSET ?", (rows - 1,)
    ).fetchone()[0]
    raw.close()
    kinds = ("xlsx", "plain", "csv")
    results: dict[str, list[tuple[float, float]]] = {kind: [] for kind in kinds}
    for round_ in range(runs):
        for kind in kinds[round_ % 3 :] + kinds[: round_ % 3]:
            out = folder / f"{kind}.{'csv' if kind == 'csv' else 'xlsx'}"
            code = _CHILD.format(root=str(ROOT), export=_RAW_EXPORT)
            proc = subprocess.run(
                [sys.executable, "-c", code, kind, str(db.paths.root), str(since_key), str(out)],
                capture_output=True,
                text=True,
                check=True,
            )
            written, seconds, start_rss, peak = proc.stdout.split()
            assert int(written) == rows, (kind, written)
            results[kind].append((float(seconds), (int(peak) - int(start_rss)) / 1024))
    labels = {
        "xlsx": "OPD Studio log XLSX (log sheet + summary + charts)",
        "plain": "plain xlsxwriter, the same log cells",
        "csv": "OPD Studio log CSV",
    }
    for kind in kinds:
        seconds = [r[0] for r in results[kind]]
        memory = [r[1] for r in results[kind]]
        print(
            f"  {labels[kind]:<52} median {statistics.median(seconds):6.2f} s, min {min(seconds):6.2f} s, "
            f"+{statistics.median(memory):6.1f} MB"
        )
    lines = []
    for stat, f in (("median", statistics.median), ("min", min)):
        o, b = f([r[0] for r in results["xlsx"]]), f([r[0] for r in results["plain"]])
        lines.append(f"export_xlsx_{rows}_{stat}: ours {o:.2f} s, baseline {b:.2f} s, ratio {o / b:.2f}")
    o, b = statistics.median([r[1] for r in results["xlsx"]]), statistics.median([r[1] for r in results["plain"]])
    lines.append(f"export_xlsx_{rows}_memory: ours {o:.1f} MB, baseline {b:.1f} MB, ratio {o / max(b, 0.1):.2f}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--publications", type=int, default=1_000_000)
    parser.add_argument("--export-rows", type=int, default=100_000)
    parser.add_argument("--export-runs", type=int, default=3, help="interleaved rounds of the exports")
    parser.add_argument("--profile", type=Path, help="reuse (or create) the generated profile in this folder")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    profile = args.profile or Path(tempfile.mkdtemp(prefix="opd-bench-")) / "profile"
    if (profile / "opdstudio.sqlite3").exists():
        db = Database.open_profile(profile)
        print(f"profile: {profile} (reused)")
    else:
        started = time.perf_counter()
        db = generate(profile, args.publications)
        size = (profile / "opdstudio.sqlite3").stat().st_size / 1e9
        print(f"profile: {profile}, generated in {time.perf_counter() - started:.0f} s, {size:.2f} GB")
    measure_queries(db)
    lines = measure_exports(db, args.export_rows, args.export_runs)
    db.close()
    print("\n".join(LINES + lines))


if __name__ == "__main__":
    main()
