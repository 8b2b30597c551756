"""Photo import benchmark: our pipeline against naive Pillow and pyvips, measured in the same run.

Run from the repository root: ``python bench/photos.py [--runs N] [--batch N]``.

Every pipeline runs once per round, rounds interleaved, reported as median and min; the last lines compare ours
(render only) with chained pyvips and with naive Pillow: ``NAME: ours X, baseline Y, ratio Z``.

For a 24 MP and a 12 MP textured JPEG (EXIF orientation 6, with GPS) it prints seconds per image for
  - ours, render only: open, metadata, one draft decode, all renditions from each other, JPEG writes;
  - ours, full import: the same plus hashing and copying the original into the store (with fsync);
  - naive Pillow: open, exif_transpose, a LANCZOS resize of the full image for every rendition, save;
  - pyvips (one vips thread): ``thumbnail`` (shrink-on-load, auto-rotate) from the file for every
    rendition, and chained: one ``thumbnail`` to 2048 px, the smaller ones from it;
and the batch throughput of ``import_photos`` with one worker thread vs one per core, plus a spawn
process pool for comparison. Every pipeline makes the same seven renditions. "time ÷ ours" above 1
means ours (render only) is that many times faster. All make the same sizes (Facebook 2048 px, also from 12 MP).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

os.environ.setdefault("VIPS_CONCURRENCY", "1")  # one vips thread: a per-core comparison with ours

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import ExifTags, Image, ImageChops, ImageFilter, ImageOps

from opdstudio.core.media import RENDITIONS, Fit, MediaStore, import_photo, import_photos
from opdstudio.core.media.metadata import read_metadata
from opdstudio.core.media.opening import open_photo
from opdstudio.core.media.renditions import decode_upright, make_renditions, write_renditions

try:
    import pyvips
except (ImportError, OSError):  # OSError: pyvips installed but libvips missing
    pyvips = None

SIZES = {"24 MP": (6000, 4000), "12 MP": (4032, 3024)}
QUALITY = 85


def textured(size: tuple[int, int]) -> Image.Image:
    """Gradients, blotches and fine grain: decodes about as slowly as a real photo, unlike flat colour."""
    small = (size[0] // 8, size[1] // 8)
    gradients = [
        Image.linear_gradient("L"),
        Image.radial_gradient("L"),
        Image.linear_gradient("L").rotate(90),
    ]
    channels = []
    for gradient in gradients:
        blotches = Image.effect_noise(small, 90).filter(ImageFilter.GaussianBlur(3))
        base = ImageChops.blend(gradient.resize(size), blotches.resize(size, Image.Resampling.BICUBIC), 0.6)
        channels.append(ImageChops.add(base, Image.effect_noise(size, 14), 1.0, -128))
    return Image.merge("RGB", channels)


def write_sample(path: Path, size: tuple[int, int]) -> None:
    """A camera-like JPEG: landscape pixels, orientation 6 (shown portrait), GPS and DateTimeOriginal."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "BenchCam"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "S"
    gps[ExifTags.GPS.GPSLatitude] = (3.0, 28.0, 12.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (102.0, 31.0, 48.0)
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = "2025:03:14 08:15:00"
    textured(size).save(path, "JPEG", quality=92, exif=exif)


def ours_render(src: Path, out: Path) -> None:
    """Our pipeline without the store copy: what the naive and pyvips pipelines also do."""
    with open_photo(src) as image:
        meta = read_metadata(image)
        upright = decode_upright(image, src, meta.orientation, None)
    write_renditions(MediaStore(out), "0" * 64, None, make_renditions(upright, None, (meta.width, meta.height)))


def ours_import(src: Path, out: Path) -> None:
    """The full import of one file into a fresh store."""
    result = import_photo(src, MediaStore(out))
    assert result.ok and not result.duplicate, result


def naive(src: Path, out: Path) -> None:
    """What one writes first: upright the full image, resize it in full for every rendition."""
    with Image.open(src) as opened:
        full = ImageOps.exif_transpose(opened).convert("RGB")
    for spec in RENDITIONS.values():
        size = (spec.width, spec.height)
        if spec.fit is Fit.COVER:
            picture = ImageOps.fit(full, size, Image.Resampling.LANCZOS)
        elif spec.fit is Fit.LETTERBOX:
            picture = Image.new("RGB", size, "black")
            fitted = ImageOps.contain(full, size, Image.Resampling.LANCZOS)
            picture.paste(fitted, ((size[0] - fitted.width) // 2, (size[1] - fitted.height) // 2))
        else:
            scale = min(1.0, spec.width / full.width, spec.height / full.height)
            target = (round(full.width * scale), round(full.height * scale))
            picture = full.resize(target, Image.Resampling.LANCZOS)
        picture.save(out / f"{spec.name}.jpg", "JPEG", quality=QUALITY)


def vips_each(src: Path, out: Path) -> None:
    """pyvips ``thumbnail`` from the file for every rendition (shrink-on-load, auto-rotate, strip on save)."""
    for spec in RENDITIONS.values():
        _vips_save(_vips_fit(pyvips.Image.thumbnail, str(src), spec.name), out / f"{spec.name}.jpg")


def vips_chained(src: Path, out: Path) -> None:
    """pyvips at its best: one shrink-on-load ``thumbnail`` to 2048 px, the rest by ``thumbnail_image`` of it."""
    large = pyvips.Image.thumbnail(str(src), 2048, height=2048, size="down").copy_memory()
    for spec in RENDITIONS.values():
        _vips_save(_vips_fit(pyvips.Image.thumbnail_image, large, spec.name), out / f"{spec.name}.jpg")


def _vips_fit(thumbnail: Callable[..., Any], source: Any, name: str) -> Any:
    spec = RENDITIONS[name]
    if spec.fit is Fit.COVER:
        return thumbnail(source, spec.width, height=spec.height, crop="centre")
    if spec.fit is Fit.LETTERBOX:
        picture = thumbnail(source, spec.width, height=spec.height)
        return picture.gravity("centre", spec.width, spec.height, extend="black")
    return thumbnail(source, spec.width, height=spec.height, size="down")


def _vips_save(picture: Any, path: Path) -> None:
    picture.jpegsave(str(path), Q=QUALITY, strip=True)


def interleaved(pipelines: dict[str, Callable[[Path, Path], None]], src: Path, runs: int) -> dict[str, list[float]]:
    """Wall seconds of every pipeline on ``src``, ``runs`` rounds after one warm-up round; each round runs every
    pipeline once, in a rotating order, so a busy machine slows them alike. Each run writes into a fresh directory."""
    names = list(pipelines)
    times: dict[str, list[float]] = {name: [] for name in names}
    for round_ in range(runs + 1):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            out = Path(tempfile.mkdtemp(prefix="bench-out-"))
            try:
                start = time.perf_counter()
                pipelines[name](src, out)
                if round_:
                    times[name].append(time.perf_counter() - start)
            finally:
                shutil.rmtree(out)
    return times


def batch_seconds(
    files: list[Path], run: Callable[[list[Path], MediaStore], Any], runs: int = 2
) -> tuple[float, float]:
    """Best wall time of importing ``files`` into a fresh store with ``run``, and the CPU seconds it used
    (this process and its finished children): CPU ÷ wall is how many cores the run kept busy."""
    best = (float("inf"), 0.0)
    for _ in range(runs):
        root = Path(tempfile.mkdtemp(prefix="bench-store-"))
        try:
            cpu_before, start = _cpu_seconds(), time.perf_counter()
            results = run(files, MediaStore(root))
            wall, cpu = time.perf_counter() - start, _cpu_seconds() - cpu_before
            assert all(r.ok for r in results)
            best = min(best, (wall, cpu))
        finally:
            shutil.rmtree(root)
    return best


def _cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def spawn_pool(files: list[Path], store: MediaStore) -> list[Any]:
    """The alternative we measured and did not keep: a spawn-context process pool (start-up included)."""
    workers = os.cpu_count() or 1
    with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
        return list(pool.map(import_photo, files, [store] * len(files)))


def _load() -> str:
    return f"load average {os.getloadavg()[0]:.2f}"


def gui_heartbeat(files: list[Path], work: Path, *, in_background: bool) -> tuple[float, float]:
    """Longest gap between 10 ms timer ticks while ``files`` import, and the import's wall time.

    ``in_background`` uses the app's own path (the composer's task runner on the QThreadPool); otherwise the
    same import runs on the GUI thread, the frozen-window baseline.
    """
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from opdstudio.core.domain.enums import OrgKind, Role
    from opdstudio.core.services import photos
    from opdstudio.core.services.people import FirstRun, first_run
    from opdstudio.core.storage.database import Database
    from opdstudio.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    db = Database.open_profile(work / f"profile-{'bg' if in_background else 'fg'}")
    with db.session() as session:
        person = first_run(
            session, FirstRun("Dinas Kominfo", OrgKind.DINAS, "Bench", "bench", "bench-password", (Role.ADMIN,))
        ).id
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    heartbeat = QTimer(interval=10)
    heartbeat.timeout.connect(tick)
    heartbeat.start()
    start = time.perf_counter()
    if in_background:
        loop = QEventLoop()
        TaskRunner().submit(photos.import_files, db, person, files, on_result=lambda _r: loop.quit())
        loop.exec()
    else:
        QTimer.singleShot(0, lambda: photos.import_files(db, person, files))
        QTimer.singleShot(20, app.quit)
        app.exec()
    elapsed = time.perf_counter() - start
    heartbeat.stop()
    db.close()
    return max(gaps, default=0.0), elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="interleaved timed rounds per image")
    parser.add_argument("--batch", type=int, default=8, help="12 MP photos in the batch measurement")
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    work = Path(tempfile.mkdtemp(prefix="bench-photos-"))
    try:
        print(f"Python {sys.version.split()[0]}, Pillow {Image.__version__}, {cores} cores, {_load()}")
        if pyvips is None:
            print("pyvips is not importable: the pyvips column is skipped (pip install pyvips, apt libvips42)")
        else:
            print(f"pyvips {pyvips.__version__}, libvips {pyvips.version(0)}.{pyvips.version(1)}, one vips thread")
        samples = {}
        for label, size in SIZES.items():
            samples[label] = work / f"sample-{label.replace(' ', '')}.jpg"
            write_sample(samples[label], size)
        pipelines: dict[str, Callable[[Path, Path], None]] = {
            "ours, render only": ours_render,
            "ours, full import": ours_import,
            "naive Pillow": naive,
        }
        if pyvips is not None:
            pipelines["pyvips, per rendition"] = vips_each
            pipelines["pyvips, chained"] = vips_chained
        print(f"\nSeconds per image ({args.runs} interleaved rounds, single thread), 7 renditions each")
        print(f"{'image':<7} {'pipeline':<22} {'median':>8} {'min':>8} {'median ÷ ours':>14}")
        lines = []
        for label, src in samples.items():
            times = interleaved(pipelines, src, args.runs)
            ours = times["ours, render only"]
            for name, seconds in times.items():
                print(
                    f"{label:<7} {name:<22} {statistics.median(seconds):>8.3f} {min(seconds):>8.3f}"
                    f" {statistics.median(seconds) / statistics.median(ours):>13.2f}×"
                )
            tag = label.replace(" ", "").lower()
            for name, key in (("pyvips, chained", "vips_chained"), ("naive Pillow", "naive")):
                if name in times:
                    for stat, f in (("median", statistics.median), ("min", min)):
                        o, b = f(ours), f(times[name])
                        lines.append(
                            f"photos_{tag}_vs_{key}_{stat}: ours {o:.3f} s, baseline {b:.3f} s, ratio {o / b:.2f}"
                        )

        files = []
        for index in range(args.batch):
            files.append(work / f"batch-{index}.jpg")
            write_sample(files[-1], SIZES["12 MP"])
        one = batch_seconds(files, lambda f, s: import_photos(f, s, workers=1))
        all_cores = batch_seconds(files, lambda f, s: import_photos(f, s, workers=cores))
        spawned = batch_seconds(files, spawn_pool)
        print(f"\nBatch of {args.batch} × 12 MP, full import (best of 2)")
        print(f"{'mode':<34} {'s total':>8} {'photos/s':>9} {'speed-up':>9} {'cores busy':>11}")
        for name, (seconds, cpu) in (
            ("import_photos, 1 thread", one),
            (f"import_photos, {cores} threads (kept)", all_cores),
            (f"spawn process pool, {cores} procs", spawned),
        ):
            speed_up = one[0] / seconds
            print(f"{name:<34} {seconds:>8.2f} {args.batch / seconds:>9.2f} {speed_up:>8.2f}× {cpu / seconds:>11.2f}")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        gui_files = []
        for index in range(20):
            gui_files.append(work / f"gui-{index}.jpg")
            write_sample(gui_files[-1], SIZES["12 MP"])
        frozen, frozen_s = gui_heartbeat(gui_files, work, in_background=False)
        responsive, responsive_s = gui_heartbeat(gui_files, work, in_background=True)
        print("\nGUI heartbeat (10 ms timer) while 20 × 12 MP photos import")
        print(f"{'where the import runs':<34} {'longest gap':>12} {'import s':>9}")
        print(f"{'task runner (the app), target ≤ 100 ms':<34} {responsive:>10.1f} ms {responsive_s:>9.2f}")
        print(f"{'GUI thread (baseline)':<34} {frozen:>10.1f} ms {frozen_s:>9.2f}")
        print(f"\nat the end: {_load()} (other work on the machine skews the timings, most of all the batch)")
        print("\n".join(lines))
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
