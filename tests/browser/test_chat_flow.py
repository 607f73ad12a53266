"""The marketer chat in a real browser: mark sets a goal in a new conversation and sees the
diff stream in; cora, in her own session, approves it; the page shows the approved version."""

from __future__ import annotations

import re

PROPOSE = "propose holdout=0.1 objective=retention"


def test_set_a_goal_in_the_chat_and_another_user_approves_it(
    page, browser, server, sign_in_as, screenshot
) -> None:
    sign_in_as(page, "mark")
    page.click("nav >> text=Chat")
    page.wait_for_url(f"{server.url}/chat")
    page.click("#new-conversation")
    page.wait_for_url(re.compile(r".*/chat/[0-9a-f]{12}$"))
    conversation_url = page.url
    assert page.locator("#chat-mode").inner_text() == "guided mode — no LLM configured"

    # replies stream into the page: no reload (the marker survives), the form stays usable
    page.evaluate("window.__sameDocument = true")
    page.fill("#chat-text", "goals")
    page.click("#send")
    page.locator(".msg-assistant >> text=No approved goal yet").wait_for()
    # a locator, not wait_for_function: its string predicate is eval'd, which the page's CSP
    # (script-src 'self') refuses
    page.locator("#chat-form[data-state='idle']").wait_for(state="attached")
    assert page.evaluate("window.__sameDocument === true")
    assert page.locator("#chat-text").input_value() == ""

    page.fill("#chat-text", PROPOSE)
    page.click("#send")
    diff = page.locator("#pending table.goal-diff")
    diff.wait_for()
    assert page.evaluate("window.__sameDocument === true")
    rows = diff.locator("tbody tr").all_inner_texts()
    assert [re.split(r"\s+", r.strip()) for r in rows] == [
        ["holdout_share", "null", "0.1"],
        ["objective", '"revenue"', '"retention"'],
    ]
    assert "Awaiting approval by another user" in page.locator("#pending").inner_text()
    assert page.locator("#approve-form").count() == 0
    assert page.locator("#chat-form").is_hidden()
    screenshot(page, "chat-diff")

    # a second user (compliance) signs in, opens the conversation and approves it
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    cora = context.new_page()
    try:
        sign_in_as(cora, "cora")
        assert "Goal changes awaiting approval" in cora.locator(".panels").inner_text()
        cora.click("nav >> text=Chat")
        cora.click(f"table.waiting a[href='{conversation_url.removeprefix(server.url)}']")
        cora.wait_for_url(conversation_url)
        assert cora.locator("#chat-form").count() == 0  # only mark writes here
        cora.fill("#approve-form input[name=reason]", "Q4 retention push")
        cora.click("#approve-form button[type=submit]")
        cora.wait_for_url(re.compile(re.escape(conversation_url) + "(#latest)?$"))
        approved = "Approved by cora: goal version 1 is in force now"
        assert approved in cora.locator(".flash").inner_text()
        assert approved in cora.locator("#messages").inner_text()
        assert "version 1" in cora.locator(".goal-in-force").inner_text()
        assert cora.locator("#pending").count() == 0
        screenshot(cora, "chat-approved")
    finally:
        context.close()

    # mark sees the approved goal version in his conversation, and may write again
    page.reload()
    assert "Goal in force: version 1 (retention)" in page.locator(".goal-in-force").inner_text()
    assert "Approved by cora: goal version 1" in page.locator("#messages").inner_text()
    assert page.locator("#chat-form").is_visible()
    goals = server.app.state.services.runtime().goals
    version = goals.current()
    assert version is not None and (version.author, version.approved_by) == ("mark", "cora")
