"""Rule tests in a real browser: a checker sees which examples a proposal breaks and must give
a reason to approve it anyway."""

from __future__ import annotations

from nextbest.app.workspace.proposals import Actor, Proposals
from nextbest.brand_context.roles import Role
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace


def _propose_breaking_edit(home) -> int:
    workspace = Workspace(home)
    store = BrandStore(workspace)
    try:
        claim = store.get("claim", "clm-refund-60")
        message = {
            "channel": "push",
            "body": claim["text"],
            "consent": "opt_in",
            "recipient_time_zone": "America/New_York",
            "send_time": "2026-11-24T18:00:00Z",
        }
        example = {"id": "refund-push", "message": message, "as_of": "2026-11-24", "expect": "pass"}
        store.put("rule_test", example, author="ada", role="admin", reason="example")
        with Proposals(workspace, store=store) as desk:
            proposal = desk.propose(
                Actor("cora", Role.COMPLIANCE),
                "claim",
                "edit",
                target="clm-refund-60",
                payload={**claim, "text": "Full refund in 60 days."},
                reason="plainer words",
            )
        return proposal.id
    finally:
        store.close()


def test_checker_sees_broken_examples_and_overrides_with_a_reason(
    page, server, sign_in_as, screenshot
) -> None:
    number = _propose_breaking_edit(server.home)
    sign_in_as(page, "colin")
    page.goto(f"{server.url}/proposals/{number}")
    flips = page.locator("#example-flips").inner_text()
    assert "refund-push" in flips and "breaks" in flips
    override = page.locator("input[name=override_examples]")
    assert override.get_attribute("required") is not None
    screenshot(page, "proposal-breaks-rule-test")
    override.fill("the old wording is withdrawn")
    page.click("button >> text=Approve and apply")
    page.wait_for_selector(".flash")
    assert "Approved and applied" in page.locator(".flash").inner_text()
