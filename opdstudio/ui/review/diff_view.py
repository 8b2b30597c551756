"""The word diff as the reviewer reads it: insertions green and underlined, deletions red and struck through."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from opdstudio.core.services.diffing import FieldDiff, Op, Segment

from ..labels import platform_label

translate = QCoreApplication.translate
PhotoLookup = Callable[[str], QImage | None]  # a photo's full SHA-256 → its thumbnail
THUMB_HEIGHT = 56
_PHOTO_REF = re.compile(r"\[([0-9a-f]{8})\]")

INSERT_STYLE = "background-color:#d7f5dd; color:#1b5e20; text-decoration:underline;"
DELETE_STYLE = "background-color:#fde0e0; color:#b71c1c; text-decoration:line-through;"


def field_label(diff: FieldDiff) -> str:
    """“Instagram · Teks”, “Judul”, “Foto (urutan dan keterangan)” …"""
    names = {
        "title": translate("ReviewDiff", "Judul"),
        "main_text": translate("ReviewDiff", "Teks utama"),
        "text": translate("ReviewDiff", "Teks"),
        "dateline": translate("ReviewDiff", "Baris tempat dan tanggal"),
        "lead": translate("ReviewDiff", "Teras berita"),
        "writer": translate("ReviewDiff", "Penulis"),
        "editor": translate("ReviewDiff", "Editor"),
        "photos": translate("ReviewDiff", "Foto (urutan, potongan, keterangan, teks alternatif, persetujuan)"),
    }
    name = names.get(diff.field, diff.field)
    return f"{platform_label(diff.platform)} · {name}" if diff.platform else name


def readable(segments: Sequence[Segment]) -> list[Segment]:
    """The same change with a replaced phrase in one piece: a space between two changes joins them, so
    “[-Pemaparan-]{+Camat+} [-materi-]{+Sindang+}” reads “[-Pemaparan materi-]{+Camat Sindang+}”."""
    out: list[Segment] = []
    gone, new = "", ""

    def flush() -> None:
        nonlocal gone, new
        out.extend(Segment(op, text) for op, text in ((Op.DELETE, gone), (Op.INSERT, new)) if text)
        gone, new = "", ""

    for index, s in enumerate(segments):
        if s.op == Op.DELETE:
            gone += s.text
        elif s.op == Op.INSERT:
            new += s.text
        elif (gone or new) and s.text.isspace() and index + 1 < len(segments) and "\n" not in s.text:
            gone, new = gone + s.text, new + s.text  # the space belongs to both versions
        else:
            flush()
            out.append(s)
    flush()
    return out


def segments_html(segments: Sequence[Segment]) -> str:
    """Segments as HTML spans (line breaks kept), replaced phrases in one piece."""
    out = []
    for s in readable(segments):
        text = html.escape(s.text).replace("\n", "<br>")
        if s.op == Op.INSERT:
            out.append(f"<span style='{INSERT_STYLE}'>{text}</span>")
        elif s.op == Op.DELETE:
            out.append(f"<span style='{DELETE_STYLE}'>{text}</span>")
        else:
            out.append(text)
    return "".join(out)


def show_diff(browser: QTextBrowser, title: str, changes: Sequence[FieldDiff], picture: PhotoLookup) -> None:
    """:func:`diff_html` in ``browser``, each photo shown by its thumbnail instead of its hash prefix."""
    pictured = set()
    for diff in changes:
        for sha in diff.photo_sha256s:
            image = picture(sha)
            if image is not None:
                url = QUrl(f"photo:{sha[:8]}")
                scaled = image.scaledToHeight(THUMB_HEIGHT)
                browser.document().addResource(QTextDocument.ResourceType.ImageResource, url, scaled)
                pictured.add(sha[:8])
    browser.setHtml(diff_html(title, changes, pictured))


def _with_thumbnails(text: str, pictured: Collection[str]) -> str:
    def image(match: re.Match[str]) -> str:
        prefix = match.group(1)
        return f"<img src='photo:{prefix}' height='{THUMB_HEIGHT}'>" if prefix in pictured else match.group(0)

    return _PHOTO_REF.sub(image, text)


def diff_html(title: str, changes: Sequence[FieldDiff], pictured: Collection[str] = ()) -> str:
    """The changed fields under ``title``; a platform text that changed exactly like the main text is named, not
    repeated; unchanged fields are listed in one line; photos whose prefix is ``pictured`` show as images."""
    main = next((d for d in changes if d.platform is None and d.field == "main_text"), None)
    parts = [f"<h3>{html.escape(title)}</h3>"]
    same_as_main, unchanged = [], []
    shown = 0
    for diff in changes:
        if not diff.changed:
            if any(s.text for s in diff.segments):
                unchanged.append(field_label(diff))
            continue
        if main is not None and main.changed and diff.field == "text" and diff.segments == main.segments:
            same_as_main.append(platform_label(diff.platform or ""))
            continue
        shown += 1
        parts.append(f"<p style='margin-bottom:2px'><b>{html.escape(field_label(diff))}</b></p>")
        body = segments_html(diff.segments)
        if diff.photo_sha256s:
            body = _with_thumbnails(body, pictured)
        parts.append(f"<p style='margin-top:0'>{body}</p>")
    if shown == 0:
        parts.append("<p>" + translate("ReviewDiff", "Tidak ada perubahan isi.") + "</p>")
    if same_as_main:
        note = translate("ReviewDiff", "Teks {platforms} mengikuti teks utama (perubahannya sama).")
        parts.append(f"<p><i>{html.escape(note.format(platforms=', '.join(same_as_main)))}</i></p>")
    if unchanged:
        label = translate("ReviewDiff", "Tidak berubah:")
        parts.append(f"<p style='color:#65676b'>{label} {html.escape(', '.join(unchanged))}</p>")
    legend_new = translate("ReviewDiff", "teks baru")
    legend_gone = translate("ReviewDiff", "teks yang dihapus")
    parts.append(
        f"<p style='color:#65676b'><small><span style='{INSERT_STYLE}'>{legend_new}</span> · "
        f"<span style='{DELETE_STYLE}'>{legend_gone}</span></small></p>"
    )
    return "".join(parts)
