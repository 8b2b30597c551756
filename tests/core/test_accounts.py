"""Which links are publications on an official account: a post on the account's platform (the account's own site for
a website), never the account's page itself."""

from __future__ import annotations

import pytest

from opdstudio.core.domain.models import OfficialAccount
from opdstudio.core.errors import DomainError
from opdstudio.core.services.accounts import check_publication_url


def test_facebook_short_links_and_mobile_hosts_are_facebook() -> None:
    fb = OfficialAccount(
        organisation_id="o", platform="facebook", handle="kominforl", url="https://facebook.com/kominforl"
    )
    for url in ("https://m.facebook.com/story.php?id=1", "https://fb.me/abc", "https://www.facebook.com/share/p/1A/"):
        assert check_publication_url(fb, url) == url


def test_a_website_link_must_be_on_the_account_site() -> None:
    site = OfficialAccount(
        organisation_id="o", platform="website", handle="kominfo", url="https://kominfo.rejanglebongkab.go.id"
    )
    good = "https://kominfo.rejanglebongkab.go.id/berita/pelatihan-literasi-digital"
    assert check_publication_url(site, good) == good
    with pytest.raises(DomainError) as info:
        check_publication_url(site, "https://rejanglebongkab.go.id/berita/1")
    assert info.value.message("en") == (
        "This link is not on the website of the account kominfo (kominfo.rejanglebongkab.go.id)."
    )
