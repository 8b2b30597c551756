"""Findings from the platform specs (lengths, hashtags, forbidden characters, image aspect) and photo
privacy facts (GPS in the original, children without a consent note)."""

from __future__ import annotations

from collections.abc import Sequence

from opdstudio.core.domain.platforms import PlatformSpec, find_hashtags
from opdstudio.core.lint.findings import new_finding
from opdstudio.core.lint.model import Finding, PhotoFacts, VariantText
from opdstudio.core.lint.rules import RuleSet


def platform_findings(spec: PlatformSpec, variant: VariantText, rules: RuleSet, lang: str) -> list[Finding]:
    """Hard limits of `spec` broken by one variant."""
    found: list[Finding] = []
    where = spec.platform.value
    text = variant.text
    base = {"platform": spec.display_name, "label": spec.text_label, "limit": spec.text_max}
    overflow = spec.text_overflow_offset(text)
    detector = "x_weighted_length" if spec.x_weighted else "text_length"
    if overflow is not None and (rule := rules.by_detector.get(detector)):
        values = {**base, "count": spec.text_length(text) if spec.x_weighted else len(text)}
        found.append(new_finding(rule, lang, values, variant=where, start=overflow, end=len(text)))
    tags = find_hashtags(text)
    limit = spec.max_hashtags
    if limit is not None and len(tags) > limit and (rule := rules.by_detector.get("hashtag_count")):
        values = {**base, "count": len(tags), "limit": limit}
        found.append(new_finding(rule, lang, values, variant=where, start=tags[limit].start, end=tags[-1].end))
    title = variant.title or ""
    title_max = spec.title_max
    if title_max is not None and len(title) > title_max and (rule := rules.by_detector.get("title_length")):
        values = {**base, "count": len(title), "limit": title_max}
        found.append(new_finding(rule, lang, values, variant=where, field="title", start=title_max, end=len(title)))
    if spec.forbidden_chars and (rule := rules.by_detector.get("forbidden_chars")):
        for field, value in (("text", text), ("title", title)):
            for i, char in enumerate(value):
                if char in spec.forbidden_chars:
                    values = {**base, "char": char}
                    found.append(new_finding(rule, lang, values, variant=where, field=field, start=i, end=i + 1))
    return found


def photo_findings(
    photos: Sequence[PhotoFacts], specs: Sequence[PlatformSpec], rules: RuleSet, lang: str
) -> list[Finding]:
    """Privacy facts of each photo, and its aspect ratio against every target platform."""
    found: list[Finding] = []
    gps = rules.by_detector.get("photo_gps")
    children = rules.by_detector.get("photo_children_consent")
    aspect = rules.by_detector.get("photo_aspect")
    for index, photo in enumerate(photos):
        values: dict[str, object] = {"number": index + 1}
        if photo.has_gps and gps:
            found.append(new_finding(gps, lang, values, field="photo", photo=index))
        if photo.contains_children and not (photo.consent_note or "").strip() and children:
            found.append(new_finding(children, lang, values, field="photo", photo=index))
        if aspect and photo.width and photo.height:
            for spec in specs:
                if not spec.aspect_allowed(photo.width, photo.height):
                    ratio = {"ratio": f"{photo.width / photo.height:.2f}", "platform": spec.display_name}
                    limits = {"min": _ratio(spec.aspect_min), "max": _ratio(spec.aspect_max)}
                    found.append(
                        new_finding(
                            aspect,
                            lang,
                            {**values, **ratio, **limits},
                            variant=spec.platform.value,
                            field="photo",
                            photo=index,
                        )
                    )
    return found


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"
