"""The brand store in a real browser: voice and brand entries open, expired claims say so."""

from __future__ import annotations


def test_voice_brand_and_expired_claims_in_the_browser(page, server, sign_in_as) -> None:
    sign_in_as(page, "vera")
    for kind in ("voice", "brand"):
        page.goto(f"{server.url}/brand/entries/{kind}/{kind}")
        assert page.locator("h1").inner_text().startswith(kind)
        assert page.locator("h1 .status").inner_text() == "active"
    page.goto(f"{server.url}/brand?kind=claim")
    page.select_option("select[name=status]", "expired")
    page.click("button >> text=Show")
    page.wait_for_url(lambda url: "status=expired" in url)
    statuses = page.locator("table.entries tbody .status").all_inner_texts()
    assert statuses and set(statuses) == {"expired"}
