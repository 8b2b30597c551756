"""The content hash: equal content hashes alike however it is spelled; any real change shows."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from opdstudio.core.domain.content_hash import PhotoContent, VariantContent, canonical_json, content_hash

PHOTO_A = "a" * 64
PHOTO_B = "b" * 64
IG, FB = "acc-instagram", "acc-facebook"


def base(**changes: Any) -> dict[str, Any]:
    content: dict[str, Any] = {
        "title": "Pelatihan literasi digital",
        "main_text": "Diskominfo menggelar pelatihan literasi digital di Curup.",
        "variants": [
            VariantContent("instagram", "", "Pelatihan literasi digital 📱 #RejangLebong", {"alt": "peserta"}),
            VariantContent("facebook", "Pelatihan", "Diskominfo menggelar pelatihan literasi digital."),
        ],
        "photos": [
            PhotoContent(PHOTO_A, {"x": 0.1, "y": 0.0, "w": 0.8, "h": 1.0}, "Peserta pelatihan", "Foto peserta"),
            PhotoContent(PHOTO_B, {}, "Narasumber"),
        ],
        "target_account_ids": [IG, FB],
    }
    content.update(changes)
    return content


def h(**changes: Any) -> str:
    return content_hash(**base(**changes))


def test_the_hash_is_a_sha256_hex_digest() -> None:
    assert re.fullmatch(r"[0-9a-f]{64}", h())


def test_the_same_content_hashes_the_same_every_time() -> None:
    assert h() == h()


def test_target_order_and_repeats_do_not_matter() -> None:
    assert h(target_account_ids=[FB, IG]) == h()
    assert h(target_account_ids=[IG, FB, IG]) == h()
    assert h(target_account_ids=(t for t in [FB, IG])) == h()


def test_variant_order_does_not_matter() -> None:
    assert h(variants=list(reversed(base()["variants"]))) == h()


def test_dict_key_order_does_not_matter() -> None:
    photos = base()["photos"]
    variants = base()["variants"]
    reordered_crop = dict(reversed(list(photos[0].crop.items())))
    assert list(reordered_crop) != list(photos[0].crop)
    variants_b = [replace(variants[0], extra={"alt": "peserta"}), variants[1]]
    assert h(photos=[replace(photos[0], crop=reordered_crop), photos[1]], variants=variants_b) == h()


def test_an_integer_crop_equals_the_same_float_crop() -> None:
    """One widget gives 0 and 1, JSON gives 0.0 and 1.0: the same crop, the same approval."""
    photos = base()["photos"]
    whole_int = [replace(photos[0], crop={"x": 0, "y": 0, "w": 1, "h": 1}), photos[1]]
    whole_float = [replace(photos[0], crop={"x": 0.0, "y": 0.0, "w": 1.0, "h": 1.0}), photos[1]]
    assert h(photos=whole_int) == h(photos=whole_float)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_decomposed_and_composed_accents_hash_alike() -> None:
    """A macOS keyboard or a pasted text may give "é" as e + combining accent."""
    title = "Café Literasi — Desa Pagar Gunung"
    caption = "Kunjungan ke café desa"
    assert nfd(caption) != caption
    precomposed = h(
        title=title,
        main_text="Résumé kegiatan",
        photos=[PhotoContent(PHOTO_A, {}, caption)],
        variants=[VariantContent("instagram", "", "Cafè", {"note": "é"})],
    )
    decomposed = h(
        title=nfd(title),
        main_text=nfd("Résumé kegiatan"),
        photos=[PhotoContent(PHOTO_A, {}, nfd(caption))],
        variants=[VariantContent("instagram", "", nfd("Cafè"), {"note": nfd("é")})],
    )
    assert precomposed == decomposed


@pytest.mark.parametrize(
    "change",
    [
        {"title": "Pelatihan literasi digital 2026"},
        {"main_text": "Diskominfo menggelar pelatihan literasi digital di Curup!"},
        {"variants": [VariantContent("instagram", "", "Teks IG lain"), base()["variants"][1]]},
        {"variants": [replace(base()["variants"][0], extra={"alt": "narasumber"}), base()["variants"][1]]},
        {"variants": [base()["variants"][0], replace(base()["variants"][1], title="Judul FB")]},
        {"variants": base()["variants"][:1]},
        {"photos": list(reversed(base()["photos"]))},
        {"photos": base()["photos"][:1]},
        {
            "photos": [
                replace(base()["photos"][0], crop={"x": 0.1, "y": 0.0, "w": 0.7, "h": 1.0}),
                base()["photos"][1],
            ]
        },
        {"photos": [replace(base()["photos"][0], caption="Peserta"), base()["photos"][1]]},
        {"photos": [replace(base()["photos"][0], alt_text=""), base()["photos"][1]]},
        {"photos": [replace(base()["photos"][0], sha256="c" * 64), base()["photos"][1]]},
        {"target_account_ids": [IG]},
        {"target_account_ids": [IG, FB, "acc-x"]},
    ],
    ids=[
        "title",
        "main text",
        "variant text",
        "variant extra",
        "variant title",
        "variant removed",
        "photo order",
        "photo removed",
        "crop",
        "caption",
        "alt text",
        "other photo",
        "target removed",
        "target added",
    ],
)
def test_any_change_of_content_changes_the_hash(change: dict[str, Any]) -> None:
    assert h(**change) != h()


def test_text_moved_between_fields_changes_the_hash() -> None:
    assert h(title="ab", main_text="c") != h(title="a", main_text="bc")


def test_whitespace_is_content() -> None:
    assert h(main_text=base()["main_text"] + " ") != h()


def test_canonical_json_is_compact_sorted_and_nfc() -> None:
    assert canonical_json({"b": 1, "a": [nfd("é"), {"d": 2, "c": None}]}) == '{"a":["é",{"c":null,"d":2}],"b":1}'


# --------------------------------------------------------------------------- properties

texts = st.text(max_size=30)
variant = st.builds(
    VariantContent,
    st.sampled_from(["instagram", "facebook", "x", "tiktok", "website"]),
    texts,
    texts,
    st.dictionaries(st.sampled_from(["alt", "link", "note"]), texts, max_size=3),
)
photo = st.builds(
    PhotoContent,
    st.sampled_from([PHOTO_A, PHOTO_B, "c" * 64]),
    st.dictionaries(
        st.sampled_from(["x", "y", "w", "h"]),
        st.floats(0, 1, allow_nan=False, allow_subnormal=False),
        max_size=4,
    ),
    texts,
    texts,
)
content = st.fixed_dictionaries(
    {
        "title": texts,
        "main_text": texts,
        # one variant per platform, as a post has
        "variants": st.lists(variant, max_size=4, unique_by=lambda v: v.platform),
        "photos": st.lists(photo, max_size=4),
        "target_account_ids": st.lists(st.sampled_from([IG, FB, "acc-x", "acc-web"]), max_size=5),
    }
)
fast = settings(max_examples=30, database=None, deadline=None)


@fast
@given(content, st.randoms(use_true_random=False))
def test_order_of_variants_and_targets_never_matters(c: dict[str, Any], rnd: Any) -> None:
    shuffled = dict(c, variants=list(c["variants"]), target_account_ids=list(c["target_account_ids"]))
    rnd.shuffle(shuffled["variants"])
    rnd.shuffle(shuffled["target_account_ids"])
    assert content_hash(**shuffled) == content_hash(**c)


def decompose(c: dict[str, Any]) -> dict[str, Any]:
    return dict(
        c,
        title=nfd(c["title"]),
        main_text=nfd(c["main_text"]),
        variants=[
            VariantContent(v.platform, nfd(v.title), nfd(v.text), {k: nfd(x) for k, x in v.extra.items()})
            for v in c["variants"]
        ],
        photos=[PhotoContent(p.sha256, p.crop, nfd(p.caption), nfd(p.alt_text)) for p in c["photos"]],
    )


@fast
@given(content)
def test_unicode_normalisation_never_matters(c: dict[str, Any]) -> None:
    assert content_hash(**decompose(c)) == content_hash(**c)


@fast
@given(content, texts)
def test_a_different_main_text_always_changes_the_hash(c: dict[str, Any], other: str) -> None:
    assume(unicodedata.normalize("NFC", other) != unicodedata.normalize("NFC", c["main_text"]))
    assert content_hash(**dict(c, main_text=other)) != content_hash(**c)


@fast
@given(content, st.data())
def test_a_different_caption_or_photo_order_always_changes_the_hash(c: dict[str, Any], data: Any) -> None:
    assume(c["photos"])
    photos = list(c["photos"])
    i = data.draw(st.integers(0, len(photos) - 1))
    caption = data.draw(texts)
    assume(unicodedata.normalize("NFC", caption) != unicodedata.normalize("NFC", photos[i].caption))
    photos[i] = replace(photos[i], caption=caption)
    assert content_hash(**dict(c, photos=photos)) != content_hash(**c)

    rotated = c["photos"][1:] + c["photos"][:1]
    assume(rotated != c["photos"])
    assert content_hash(**dict(c, photos=rotated)) != content_hash(**c)


@fast
@given(content, st.sampled_from([IG, FB, "acc-x", "acc-web", "acc-new"]))
def test_adding_or_removing_a_target_always_changes_the_hash(c: dict[str, Any], account: str) -> None:
    targets = set(c["target_account_ids"])
    toggled = sorted(targets ^ {account})
    assert content_hash(**dict(c, target_account_ids=toggled)) != content_hash(**c)
