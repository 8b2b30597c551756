"""Photo commands: import files into a profile's photo store (originals by SHA-256, renditions per platform)."""

from __future__ import annotations

import argparse
import sys

from .common import REFUSED, Subparsers, emit, format_arg, open_profile, profile_arg


def register(sub: Subparsers) -> None:
    """Add the media commands."""
    media = sub.add_parser("media", help="photos of a profile")
    media_sub = media.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = media_sub.add_parser("import", help="copy photos into the profile's store and make their renditions")
    imp.add_argument("files", nargs="+", metavar="FILE", help="JPEG, PNG, WebP or HEIC/HEIF files")
    profile_arg(imp)
    format_arg(imp)
    imp.set_defaults(handler=_import)


def _import(args: argparse.Namespace) -> int:
    """Import every file; a refused file is reported and the rest still import. Exit 0 when all imported, else
    REFUSED with the count on standard error."""
    from opdstudio.core.media import import_photos
    from opdstudio.core.services.photos import media_store

    db = open_profile(args)
    try:
        results = import_photos(args.files, media_store(db))
    finally:
        db.close()
    lines = []
    for r in results:
        if r.ok:
            again = " (sudah ada)" if r.duplicate else ""
            lines.append(f"OK     {r.file}  {r.sha256}  {len(r.renditions)} rendisi{again}")
        else:
            lines.append(f"DITOLAK {r.file}: {r.message}")
    emit(args, [r.to_json() for r in results], "\n".join(lines))
    refused = sum(not r.ok for r in results)
    if refused:
        print(
            f"opdstudio: {refused} dari {len(results)} berkas ditolak. ({refused} of {len(results)} files refused.)",
            file=sys.stderr,
        )
        return REFUSED
    return 0
