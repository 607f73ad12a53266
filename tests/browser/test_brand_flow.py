"""Maker–checker in a real browser: cora proposes a claim edit, fixes a field error; colin
approves it; the claim's history shows both users."""

from __future__ import annotations

import re

FIXED_TEXT = "Not happy? Get your money back within 60 days of purchase."


def test_propose_fix_and_approve_a_claim_edit(
    page, browser, server, sign_in_as, screenshot
) -> None:
    sign_in_as(page, "cora")
    page.click("nav >> text=Brand store")
    page.wait_for_url(f"{server.url}/brand")
    assert page.locator("table.entries").inner_text().count("clm-") >= 10
    screenshot(page, "brand-store")

    page.fill("input[name=q]", "get my money back")
    page.click("text=Search")
    page.wait_for_url(re.compile(r".*/brand/search\?q=get"))
    assert "clm-refund-60" in page.locator("table").inner_text()
    screenshot(page, "brand-search")

    page.click("a >> text=clm-refund-60")
    page.wait_for_url(f"{server.url}/brand/entries/claim/clm-refund-60")
    page.click("text=Propose an edit")
    textarea = page.locator("textarea[name=yaml]")
    original = textarea.input_value()
    assert "category: guarantee" in original

    # an invalid field: the error is shown on that field, and what was typed is kept
    textarea.fill(original.replace("category: guarantee", "category: miracle"))
    page.fill("input[name=reason]", "plainer words")
    page.click("button >> text=Propose")
    row = page.locator("tr.invalid[data-field=category]")
    assert "Input should be" in row.inner_text() and "miracle" in row.inner_text()
    assert textarea.get_attribute("aria-invalid") == "true"
    assert "category: miracle" in textarea.input_value()
    screenshot(page, "brand-propose-field-error")

    # fixed: the proposal is created and waits for someone else
    textarea.fill(original.replace("Get a full refund", "Get your money back"))
    page.click("button >> text=Propose")
    page.wait_for_url(re.compile(r".*/proposals/\d+$"))
    proposal_url = page.url
    assert "Another user must approve it" in page.locator(".flash").inner_text()
    assert "You cannot approve your own proposal" in page.locator("#why-not").inner_text()
    assert page.locator("text=Approve and apply").count() == 0
    screenshot(page, "proposal-maker")

    # a second compliance user approves it in their own browser session
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    colin = context.new_page()
    try:
        sign_in_as(colin, "colin")
        assert "edit claim clm-refund-60" in colin.locator(".panels").inner_text()
        colin.click("nav >> text=Proposals")
        colin.click("a >> text=edit claim clm-refund-60")
        colin.wait_for_url(proposal_url)
        diff = colin.locator("table.diff").inner_text()
        assert "Get a full refund" in diff and "Get your money back" in diff
        screenshot(colin, "proposal-checker")
        colin.fill("input[name=note]", "checked with legal")
        colin.click("text=Approve and apply")
        colin.wait_for_url(proposal_url)
        assert "Approved and applied as brand pack v2" in colin.locator(".flash").inner_text()
        screenshot(colin, "proposal-approved")

        colin.click("text=The claim and its history")
        colin.wait_for_url(f"{server.url}/brand/entries/claim/clm-refund-60")
        assert FIXED_TEXT in colin.locator("table.fields").inner_text()
        latest = colin.locator("table.history tbody tr").first.inner_text()
        assert "cora (compliance)" in latest and "approved by colin" in latest
        screenshot(colin, "brand-entry-history")
    finally:
        context.close()
