"""Draw OPD Studio's mark (a speech bubble carrying an approval tick on a blue tile) at every size installers want.

    .venv/bin/python installer/icon/draw_icon.py  # rewrites opdstudio.ico, opdstudio.png, hicolor/, the app's copy

Drawn once at 1024 px and scaled down, so every size comes from the same shapes.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
BIG = 1024
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256)
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
TOP, BOTTOM = (23, 78, 156), (20, 150, 190)  # Diskominfo blue into a lighter teal
TICK = (22, 140, 80)
STAMP = (200, 40, 40)


def _gradient(size: int) -> Image.Image:
    tile = Image.new("RGB", (size, size))
    draw = ImageDraw.Draw(tile)
    for y in range(size):
        t = y / (size - 1)
        draw.line([(0, y), (size, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(TOP, BOTTOM, strict=True)))
    return tile


def draw_mark(size: int = BIG) -> Image.Image:
    """The mark at ``size`` px, transparent outside the rounded tile."""
    s = size / BIG
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, size - 1, size - 1], radius=round(200 * s), fill=255)
    mark = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    mark.paste(_gradient(size), (0, 0), mask)
    draw = ImageDraw.Draw(mark)
    # speech bubble with its tail at the lower left
    draw.rounded_rectangle([150 * s, 190 * s, 874 * s, 730 * s], radius=round(150 * s), fill="white")
    draw.polygon([(270 * s, 690 * s), (230 * s, 890 * s), (470 * s, 710 * s)], fill="white")
    # the supervisor's tick inside the bubble
    draw.line(
        [(330 * s, 470 * s), (460 * s, 600 * s), (700 * s, 330 * s)],
        fill=TICK,
        width=max(1, round(100 * s)),
        joint="curve",
    )
    for x, y in ((330, 470), (460, 600), (700, 330)):
        r = 50 * s
        draw.ellipse([x * s - r, y * s - r, x * s + r, y * s + r], fill=TICK)
    # a red dot at the upper right: the red-and-white of the flag, and "published"
    draw.ellipse([740 * s, 90 * s, 930 * s, 280 * s], fill=STAMP, outline="white", width=max(1, round(28 * s)))
    return mark


def main() -> None:
    big = draw_mark(BIG)
    sizes = {n: big.resize((n, n), Image.Resampling.LANCZOS) for n in {*ICO_SIZES, *HICOLOR_SIZES}}
    sizes[256].save(HERE / "opdstudio.ico", sizes=[(n, n) for n in ICO_SIZES], append_images=[])
    big.resize((512, 512), Image.Resampling.LANCZOS).save(HERE / "opdstudio.png")
    sizes[128].save(HERE.parents[1] / "opdstudio" / "resources" / "icons" / "opdstudio.png")  # the Tentang dialog
    for n in HICOLOR_SIZES:
        target = HERE / "hicolor" / f"{n}x{n}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        sizes[n].save(target / "opdstudio.png")


if __name__ == "__main__":
    main()
