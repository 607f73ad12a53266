"""Chat replies as UI in a real browser (issue 20, items 4 and 6): mark clicks a help example
into the message box, sees a preview as tables and bar charts with the cold-start explanation,
proposes in a plain sentence, and amends the waiting proposal from the page."""

from __future__ import annotations

import re


def test_examples_previews_and_amending_in_the_browser(
    page, server, sign_in_as, screenshot
) -> None:
    sign_in_as(page, "mark")
    page.goto(f"{server.url}/chat")
    page.click("#new-conversation")
    page.wait_for_url(re.compile(r".*/chat/[0-9a-f]{12}$"))

    # a help example fills the box; nothing is sent until mark sends it
    page.click("#chat-help button[data-fill='at most one SMS a week']")
    assert page.locator("#chat-text").input_value() == "at most one SMS a week"
    assert page.locator("#messages li").count() == 0

    page.fill("#chat-text", "preview cap.sms=1/7 holdout=0.1")
    page.click("#send")
    preview = page.locator("#messages .msg-preview")
    preview.wait_for()
    assert "Preview on 300 customers" in preview.inner_text()
    assert preview.locator("svg.bars").count() == 2
    assert preview.locator("svg.bars rect.bar-proposed").count() >= 2
    assert preview.locator("table.preview-summary tbody tr").count() == 3
    assert "has not learned from any outcome yet" in preview.locator(".cold-start").inner_text()
    box = preview.locator("svg.bars").first.bounding_box()
    assert box is not None and box["width"] > 200 and box["height"] > 40  # drawn, not blocked
    screenshot(page, "chat-preview-charts")

    # a locator, not wait_for_function: its string predicate is eval'd, which the page's CSP
    # (script-src 'self') refuses
    page.locator("#chat-form[data-state='idle']").wait_for(state="attached")
    page.fill("#chat-text", "keep 10 % as a control group")
    page.click("#send")
    page.locator("#pending table.goal-diff").wait_for()
    assert "holdout_share" in page.locator("#messages .msg-proposal table.diff").inner_text()

    # the maker amends the waiting proposal from the page: a new revision, same approval
    page.fill("#amend-form input[name=text]", "not after 8 pm")
    page.click("#amend-form button[type=submit]")
    page.wait_for_url(re.compile(r".*#pending$"))
    assert "(revision 2)" in page.locator("#pending-title").inner_text()
    rows = page.locator("#pending table.goal-diff tbody tr").all_inner_texts()
    assert any(r.split()[:3] == ["send_window.end_hour", "null", "20"] for r in rows)
    assert "Awaiting approval by another user" in page.locator("#pending").inner_text()
    screenshot(page, "chat-amended")
