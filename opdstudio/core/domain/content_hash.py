"""The content hash: what a reviewer approves, and what any later edit changes."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class VariantContent:
    platform: str
    title: str = ""
    text: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PhotoContent:
    sha256: str
    crop: Mapping[str, float] = field(default_factory=dict)
    caption: str = ""
    alt_text: str = ""


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, Mapping):
        return {str(k): _nfc(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_nfc(v) for v in value]
    return value


def _crop(crop: Mapping[str, float]) -> dict[str, float]:
    """A crop with every value as a float, so 0 and 0.0 (int from one widget, float from JSON) hash alike.

    -0.0 becomes 0.0: jsonb has no negative zero, so the server (``app.content_hash_of``) only ever sees 0.
    """
    return {str(k): float(v) or 0.0 for k, v in crop.items()}


def canonical_json(value: Any) -> str:
    """Deterministic JSON: NFC strings, sorted keys, no whitespace."""
    return json.dumps(_nfc(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(
    *,
    title: str,
    main_text: str,
    variants: Iterable[VariantContent],
    photos: Iterable[PhotoContent],
    target_account_ids: Iterable[str],
) -> str:
    """SHA-256 over the post's title, every variant's effective text, the ordered photos and the targets."""
    payload = {
        "title": title,
        "main": main_text,
        "variants": [
            {"platform": v.platform, "title": v.title, "text": v.text, "extra": dict(v.extra)}
            for v in sorted(variants, key=lambda v: v.platform)
        ],
        "photos": [
            {"sha256": p.sha256, "crop": _crop(p.crop), "caption": p.caption, "alt": p.alt_text} for p in photos
        ],
        "targets": sorted(set(target_account_ids)),
    }
    return hashlib.sha256(canonical_json(payload).encode("utf-8")).hexdigest()
