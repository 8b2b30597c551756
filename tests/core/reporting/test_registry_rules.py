"""Official accounts are checked by each platform's rules: the handle's form and a URL that names the same
account on the platform's own domain."""

from __future__ import annotations

import pytest

from opdstudio.core.errors import DomainError
from opdstudio.core.services.accounts import AccountInput, canonical_url, validate


@pytest.mark.parametrize(
    ("platform", "handle", "url", "saved"),
    [
        ("instagram", "@dinkes.rl", "https://www.instagram.com/dinkes.rl/", "@dinkes.rl"),
        ("instagram", "dinkes_rl", "https://instagram.com/Dinkes_RL", "dinkes_rl"),
        ("tiktok", "dinkes.rl", "https://www.tiktok.com/@dinkes.rl", "@dinkes.rl"),
        ("youtube", "pemkabrl", "https://www.youtube.com/@pemkabrl", "@pemkabrl"),
        ("youtube", "@pemkabrl", "https://www.youtube.com/channel/UCx1y2z3", "@pemkabrl"),
        ("x", "kominfo_rl", "https://twitter.com/kominfo_rl", "@kominfo_rl"),
        ("facebook", "desaairmelesatas", "https://m.facebook.com/desaairmelesatas", "desaairmelesatas"),
        ("facebook", "100012345678", "https://www.facebook.com/profile.php?id=100012345678", "100012345678"),
        ("website", "", "https://dinkes.rejanglebongkab.go.id/", "dinkes.rejanglebongkab.go.id"),
    ],
)
def test_accepted(platform: str, handle: str, url: str, saved: str) -> None:
    assert validate(AccountInput("org", platform, handle, url)).handle == saved


@pytest.mark.parametrize(
    ("platform", "handle", "url", "message"),
    [
        ("instagram", "@dinkes.rl", "https://facebook.com/dinkes.rl", "bukan alamat instagram"),
        ("instagram", "dinkes..rl", "https://instagram.com/dinkes..rl", "tanpa titik di awal"),
        ("instagram", "@kominfo", "https://instagram.com/dinkes", "URL menunjuk akun 'dinkes'"),
        ("x", "kominfo.rl", "https://x.com/kominfo.rl", "1–15 huruf, angka atau garis bawah"),
        ("x", "a_very_long_handle_x", "https://x.com/a_very_long_handle_x", "1–15"),
        ("tiktok", "dinkes.", "https://tiktok.com/@dinkes.", "tidak diakhiri titik"),
        ("facebook", "desa", "https://facebook.com/desa", "minimal 5"),
        ("facebook", "desaairmeles", "facebook.com/desaairmeles", "URL akun harus lengkap"),
        ("mastodon", "x", "https://example.org", "tidak dikenal"),
    ],
)
def test_refused(platform: str, handle: str, url: str, message: str) -> None:
    with pytest.raises(DomainError, match=message):
        validate(AccountInput("org", platform, handle, url))


def test_canonical_urls_pass_their_own_check() -> None:
    for platform, handle in (
        ("facebook", "desaairmelesatas"),
        ("instagram", "@kominfo.rl"),
        ("tiktok", "@dinkes.rl"),
        ("youtube", "@pemkabrl"),
        ("x", "@kominfo_rl"),
        ("website", "kominfo.rejanglebongkab.go.id"),
    ):
        url = canonical_url(platform, handle)
        assert validate(AccountInput("org", platform, handle, url)).url == url
