"""Decision inspector pages and API: by decision id or customer, escaped, 404s without internals."""

from __future__ import annotations

import csv
import shutil
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

import pytest

from nextbest.app.workspace.release import release_one
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.roles import Role
from nextbest.tools.sample_customers import write_customers

NOW = datetime(2026, 11, 24, 17, tzinfo=UTC)
SCRIPT = "<script>alert('x')</script>"
EVIL_ID = "C<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def decided_template(web_home_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The web sample workspace with 12 sample customers decided and released (one hostile)."""
    home = Path(shutil.copytree(web_home_template, tmp_path_factory.mktemp("dec-web") / "ws"))
    path = write_customers(home / "customers.csv", 12)
    rows = list(csv.DictReader(path.open()))
    rows[0].update(customer_id=EVIL_ID, first_name=SCRIPT)
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    runtime = NextbestRuntime(home)
    try:
        customers = runtime.customer_rows()
        app = runtime.release_graph()
        for customer, decision in zip(customers, runtime.decide(customers, NOW), strict=True):
            release_one(runtime, customer, decision, app)
    finally:
        runtime.close()
    return home


@pytest.fixture
def web_home(decided_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the decided workspace (overrides the conftest fixture)."""
    return Path(shutil.copytree(decided_template, tmp_path / "ws"))


def _a_released_decision(client) -> dict:
    for h in client.get("/api/customers/C0000002/decisions").json()["decisions"]:
        if h["outcome"] == "released":
            return h
    for customer in range(3, 13):
        history = client.get(f"/api/customers/C{customer:07d}/decisions").json()["decisions"]
        if history and history[0]["outcome"] == "released":
            return history[0]
    raise AssertionError("no released sample decision")


def test_decision_page_shows_the_whole_explanation(web_home, clients) -> None:
    client = clients[Role.VIEWER]
    summary = _a_released_decision(client)
    page = client.get(f"/decisions/{summary['decision_id']}")
    assert page.status_code == 200
    text = page.text
    for heading in (
        "Alternatives the policy scored",
        "Masked before scoring",
        "Versions",
        "The message sent",
        "Every rule's verdict",
        "How it performed",
    ):
        assert heading in text, heading
    assert "← chosen" in text and 'class="chosen"' in text
    assert f"{summary['propensity']:.4f}" in text
    assert "v1 <code>sha256:" in text
    data = client.get(f"/api/decisions/{summary['decision_id']}").json()
    assert data["decision"]["decision_id"] == summary["decision_id"]
    for rule_id in data["decision"].get("mask_rules", {}):  # the rule behind a mask is named
        assert "brand pack rule" in text and f"<code>{rule_id}</code>" in text
    (record,) = data["records"]
    assert data["rules"][record["record_id"]] and data["copy"]["body"]
    assert data["versions"]["pack_version"] == 1
    assert client.get(f"/decisions/{record['record_id']}").status_code == 200


def test_search_redirects_to_a_decision_or_a_customer(web_home, clients) -> None:
    client = clients[Role.MARKETER]
    summary = _a_released_decision(client)
    found = client.get("/decisions", params={"q": summary["decision_id"]})
    assert found.status_code == 303
    assert found.headers["location"] == f"/decisions/{summary['decision_id']}"
    customer = client.get("/decisions", params={"q": " C0000004 "})
    assert customer.status_code == 303 and customer.headers["location"] == "/customers/C0000004"
    nothing = client.get("/decisions", params={"q": "nobody"})
    assert nothing.status_code == 404 and "Nothing found for" in nothing.text
    listing = client.get("/decisions")
    assert listing.status_code == 200 and "Latest release records" in listing.text
    assert 'href="/customers/C0000004"' in listing.text


def test_customer_page_lists_decisions_and_profile(web_home, clients) -> None:
    page = clients[Role.VIEWER].get("/customers/C0000004")
    assert page.status_code == 200
    assert "consent_email" in page.text and "Decisions, newest first" in page.text
    history = clients[Role.VIEWER].get("/api/customers/C0000004/decisions").json()
    assert len(history["decisions"]) == 1
    assert clients[Role.VIEWER].get("/api/customers/nobody/decisions").json()["decisions"] == []


def test_scripts_in_customer_fields_render_inert(web_home, clients) -> None:
    client = clients[Role.VIEWER]
    evil_url = quote(EVIL_ID, safe="")
    (evil,) = client.get(f"/api/customers/{evil_url}/decisions").json()["decisions"]
    pages = [
        client.get(f"/customers/{evil_url}"),
        client.get(f"/decisions/{evil['decision_id']}"),
        client.get("/decisions"),
    ]
    for page in pages:
        assert page.status_code == 200
        assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert "C&lt;img src=x onerror=alert(1)&gt;" in pages[0].text
    assert f'href="/customers/{evil_url}"' in pages[2].text
    # the profile is the customer as the schema reads them: a script is not a first name
    assert "&lt;script&gt;alert(" not in pages[0].text and "consent_email" in pages[0].text


def test_unknown_ids_are_clear_404s(web_home, clients) -> None:
    client = clients[Role.VIEWER]
    page = client.get("/decisions/nope")
    assert page.status_code == 404
    assert "There is no decision or release record nope." in page.text
    assert "Traceback" not in page.text
    api = client.get("/api/decisions/nope")
    assert api.status_code == 404
    assert api.json() == {"detail": "There is no decision or release record nope."}
    assert client.get("/customers/nobody").status_code == 404
