"""In a real browser: compliance approves an escalated message and sees it released; the run page
and the decision inspector render (screenshots of the review queue, a run and a decision)."""

from __future__ import annotations

from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.workspace import Workspace
from tests.unit.app.workspace.test_review_queue import make_escalation
from tests.unit.app.workspace.test_runs import customers_with_a_bad_row, run_batch


def test_compliance_approves_an_escalated_message(page, server, sign_in_as, screenshot) -> None:
    runtime = NextbestRuntime(server.home)
    try:
        make_escalation(runtime, "d-browser")
    finally:
        runtime.close()
    sign_in_as(page, "cora")
    assert "1" in page.locator(".panel", has_text="Review queue").locator(".count").inner_text()
    page.click("nav >> text=Review queue")
    page.wait_for_url(f"{server.url}/review")
    item = page.locator(".review-item", has_text="d-browser")
    mark = item.locator("mark.violation").first
    assert mark.is_visible() and mark.get_attribute("title") == "judge.tone"
    assert "judge concerns only" in item.inner_text()
    screenshot(page, "review-queue")
    item.locator("a", has_text="d-browser").first.click()
    page.wait_for_url(f"{server.url}/review/d-browser")
    approve = page.locator("form[action='/review/d-browser/approve'].stack")
    approve.locator("input[name=note]").fill("the tone is on brand")
    approve.locator("button[type=submit]").click()
    page.wait_for_url(f"{server.url}/review")
    assert "Released d-browser" in page.locator(".flash-ok").inner_text()
    assert "No escalated message is waiting for review." in page.locator("main").inner_text()
    page.goto(f"{server.url}/decisions?q=d-browser")
    page.wait_for_url(f"{server.url}/decisions/d-browser")
    released = page.locator("section.record", has_text="released")
    text = released.inner_text()
    assert "cora — approve: the tone is on brand" in text
    assert "Every rule's verdict" in text


def test_run_and_decision_pages(page, server, sign_in_as, screenshot) -> None:
    customers = customers_with_a_bad_row(server.home.parent / "customers.csv", 30)
    finished = run_batch(Workspace(server.home), customers, "run-browser")
    sign_in_as(page, "mark")
    page.click("nav >> text=Runs")
    page.click("text=run-browser")
    page.wait_for_url(f"{server.url}/runs/run-browser")
    assert "30 of 30 accounted for" in page.locator("main").inner_text()
    page.click("text=Build the report")
    page.wait_for_url(f"{server.url}/runs/run-browser")
    screenshot(page, "run")
    page.click("a[href='/runs/run-browser/report']")
    page.wait_for_url(f"{server.url}/runs/run-browser/report")
    assert page.locator("img").count() >= 3
    screenshot(page, "run-report")
    assert finished.summary["released"] > 0
    page.goto(f"{server.url}/decisions")
    page.locator("table a[href^='/decisions/']").first.click()
    page.wait_for_selector("text=Alternatives the policy scored")
    assert page.locator("tr.chosen").count() == 1
    screenshot(page, "decision-inspector")
