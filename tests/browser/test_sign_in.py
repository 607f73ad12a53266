"""Sign in through a real browser, land on the home page, see the nav of the role, sign out."""

from __future__ import annotations

import re


def test_sign_in_lands_on_home(page, server, screenshot) -> None:
    page.goto(f"{server.url}/audit")
    page.wait_for_url(re.compile(r".*/login\?next=%2Faudit$"))
    screenshot(page, "sign-in")
    page.fill("input[name=username]", "cora")
    page.fill("input[name=password]", "not-the-password")
    page.click("button[type=submit]")
    assert page.locator("[role=alert]").inner_text() == "Wrong user name or password."
    page.fill("input[name=password]", "correct-horse-battery")
    page.click("button[type=submit]")
    page.wait_for_url(f"{server.url}/audit")  # back where they wanted to go
    assert "sign_in_failed" in page.locator("table.audit").inner_text()
    screenshot(page, "audit")
    page.click("nav >> text=Home")
    page.wait_for_url(f"{server.url}/")
    assert page.locator("h1").inner_text() == "Welcome, cora"
    nav = page.locator("nav").inner_text()
    assert "Audit" in nav and "Users" not in nav
    assert "Lumen Botanics" in page.locator(".panels").inner_text()
    shot = screenshot(page, "home")
    assert shot.stat().st_size > 10_000
    cookies = {c["name"]: c for c in page.context.cookies()}
    assert cookies["nextbest_session"]["httpOnly"] is True
    assert cookies["nextbest_session"]["sameSite"] == "Lax"
    page.click("text=Sign out")
    page.wait_for_url(f"{server.url}/login")
    page.goto(f"{server.url}/")
    page.wait_for_url(re.compile(r".*/login\?next=%2F$"))


def test_admin_sees_users_and_creates_a_token(page, server, sign_in_as, screenshot) -> None:
    sign_in_as(page, "ada")
    page.click("nav >> text=Users")
    assert page.locator("table").inner_text().count("compliance") >= 2
    screenshot(page, "users")
    page.click(".who a[href='/account']")  # my account
    page.fill("input[name=label]", "nightly export")
    page.click("text=Create token")
    token = page.locator("#new-token").inner_text().strip()
    assert token.startswith("nbt_")
    screenshot(page, "account")


def test_a_script_in_the_audit_log_stays_text(page, server, sign_in_as) -> None:
    script = '<script>alert("owned")</script><img src=x onerror="alert(1)">'
    server.app.state.services.audit.record(script, "proposal.reject", target=script, reason=script)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    sign_in_as(page, "cora")
    page.goto(f"{server.url}/audit")
    row = page.locator("table.audit tbody tr", has_text="proposal.reject").inner_text()
    assert row.count(script) == 3  # actor, target and reason shown literally, as text
    assert page.locator("table.audit script, table.audit img").count() == 0
    assert dialogs == []
