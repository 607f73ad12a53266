"""Maker–checker for the catalogue in a real browser (issue 17): cora proposes a new product
from the brand store, colin approves it, and the brand store lists it with its price."""

from __future__ import annotations

import re

PRODUCT = "id: glow-kit\nname: Glow Kit\nlist_price: 42\ncurrency: USD\ncategory: gift set\n"


def test_propose_and_approve_a_new_product(page, browser, server, sign_in_as, screenshot) -> None:
    sign_in_as(page, "cora")
    page.goto(f"{server.url}/brand")
    page.click("text=Propose a new product")
    page.wait_for_url(f"{server.url}/brand/new/product")
    textarea = page.locator("textarea[name=yaml]")
    assert "list_price" in textarea.input_value()

    textarea.fill(PRODUCT.replace("currency: USD\n", ""))  # a price needs its currency
    page.fill("input[name=reason]", "new gift set")
    page.click("button >> text=Propose")
    assert page.locator("text=has a list_price but no currency").count() >= 1

    textarea.fill(PRODUCT)
    page.click("button >> text=Propose")
    page.wait_for_url(re.compile(r".*/proposals/\d+$"))
    proposal_url = page.url
    assert "You cannot approve your own proposal" in page.locator("#why-not").inner_text()
    screenshot(page, "product-proposal-maker")

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    colin = context.new_page()
    try:
        sign_in_as(colin, "colin")
        colin.goto(proposal_url)
        assert "list_price" in colin.locator("table.diff").inner_text()
        colin.fill("input[name=note]", "matches the price list")
        colin.click("text=Approve and apply")
        colin.wait_for_url(proposal_url)
        assert "Approved and applied" in colin.locator(".flash").inner_text()
        colin.goto(f"{server.url}/brand?kind=product")
        listed = colin.locator("table.entries").inner_text()
        assert "glow-kit" in listed and "Glow Kit — 42.0 USD" in listed
        screenshot(colin, "product-in-brand-store")
    finally:
        context.close()
