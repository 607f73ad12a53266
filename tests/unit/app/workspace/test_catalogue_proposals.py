"""Maker–checker for the catalogue (products) and standing statements (issue 17).

Like claims, offers and rules: a compliance user proposes, another approves or rejects, every
change is a new pack version with maker and checker, and the guardrail reads the result.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from nextbest.app.workspace.proposals import (
    Actor,
    ProposalInvalid,
    ProposalRefused,
    Proposals,
    ProposalStatus,
)
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.roles import Role
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.compliance import Message, RuleEngine

ANA = Actor("ana", Role.COMPLIANCE)
BEN = Actor("ben", Role.COMPLIANCE)
MIA = Actor("mia", Role.MARKETER)
DAY = date(2026, 11, 24)
KIT = {
    "id": "glow-kit",
    "name": "Glow Kit",
    "list_price": 42,
    "currency": "USD",
    "category": "gift set",
}
SHIPPING = {"id": "ship-60", "text": "Free shipping on orders over $60."}


class Clock:
    """One minute per call, from 2026-11-02."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture(scope="module")
def template(tmp_path_factory, embedding_function) -> Path:
    """The sample pack loaded once per module; each test works on a copy."""
    home = tmp_path_factory.mktemp("catalogue") / "ws"
    store = BrandStore(
        Workspace(home),
        clock=lambda: datetime(2026, 11, 1, tzinfo=UTC),
        embedding_function=embedding_function,
    )
    store.import_pack(load_pack(sample_pack_path()), author="t", role="admin", reason="t")
    store.close()
    return home


@pytest.fixture
def store(template: Path, tmp_path: Path, embedding_function) -> Iterator[BrandStore]:
    workspace = Workspace(Path(shutil.copytree(template, tmp_path / "ws")))
    s = BrandStore(workspace, clock=Clock(), embedding_function=embedding_function)
    yield s
    s.close()


@pytest.fixture
def desk(store: BrandStore) -> Iterator[Proposals]:
    d = Proposals(store.workspace, store=store, clock=Clock())
    yield d
    d.close()


def _offer_flagged(store: BrandStore, body: str) -> bool:
    """Whether the guardrail, on the pack in force, reads ``body`` as an unapproved promotion."""
    verdict = RuleEngine(store.pack()).check(
        Message(channel="email", subject="News", body=body), as_of=DAY, scope="copy"
    )
    return "ftc-offer-terms" in verdict.fired_rule_ids


def test_a_product_is_proposed_approved_by_another_user_and_priced_in_copy(desk, store) -> None:
    before = store.current_version()
    assert _offer_flagged(store, "The Glow Kit is just $42.")
    p = desk.propose(ANA, "product", "add", payload=KIT, reason="new gift set")
    assert p.status == ProposalStatus.PENDING and p.target == "glow-kit"
    assert {f.path for d in p.diff for f in d.fields} >= {"name", "list_price", "currency"}
    assert store.current_version() == before and store.pack().product("glow-kit") is None
    with pytest.raises(ProposalRefused, match="own proposal"):
        desk.approve(p.id, ANA)
    done = desk.approve(p.id, BEN, note="price list checked")
    assert done.status == ProposalStatus.APPROVED and done.applied_version == before + 1
    assert store.pack().product("glow-kit").list_price == 42
    last = store.history("glow-kit")[-1]
    assert last.change.author == "ana" and "approved by ben" in last.change.reason
    assert not _offer_flagged(store, "The Glow Kit is just $42.")  # a plain list price
    assert _offer_flagged(store, "The Glow Kit is $30.")  # below list: a promotion


def test_a_product_edit_is_versioned_and_a_rejection_changes_nothing(desk, store) -> None:
    desk.approve(desk.propose(ANA, "product", "add", payload=KIT, reason="new").id, BEN)
    version = store.current_version()
    cheaper = desk.propose(
        ANA, "product", "edit", target="glow-kit", payload={**KIT, "list_price": 38}, reason="x"
    )
    [delta] = cheaper.diff
    [field] = delta.fields
    assert (field.path, field.before, field.after) == ("list_price", 42, 38)
    rejected = desk.reject(cheaper.id, BEN, reason="the price list says 42")
    assert rejected.status == ProposalStatus.REJECTED and store.current_version() == version
    assert store.pack().product("glow-kit").list_price == 42
    with pytest.raises(ProposalInvalid, match="list_price"):
        desk.propose(ANA, "product", "edit", payload={**KIT, "list_price": -1}, reason="x")


def test_only_compliance_may_propose_catalogue_changes(desk) -> None:
    with pytest.raises(ProposalRefused, match="compliance"):
        desk.propose(MIA, "product", "add", payload=KIT, reason="marketing wants it")
    with pytest.raises(ProposalRefused, match="compliance"):
        desk.propose(MIA, "statement", "add", payload=SHIPPING, reason="marketing wants it")


def test_a_standing_statement_is_approved_then_retired_through_proposals(desk, store) -> None:
    body = "Free shipping on orders over $60."
    assert _offer_flagged(store, body)
    added = desk.propose(ANA, "statement", "add", payload=SHIPPING, reason="standing policy")
    desk.approve(added.id, BEN)
    assert not _offer_flagged(store, body)  # allowed everywhere, never an offer
    retired = desk.propose(ANA, "statement", "retire", target="ship-60", reason="policy ended")
    assert retired.status == ProposalStatus.PENDING and not _offer_flagged(store, body)
    desk.approve(retired.id, BEN)
    assert store.get("statement", "ship-60")["status"] == "retired"
    assert _offer_flagged(store, body)  # kept for history, no longer in force
    with pytest.raises(ProposalInvalid, match="retired"):
        desk.propose(ANA, "statement", "retire", target="ship-60", reason="again")


def test_a_product_proposal_shows_the_rule_tests_it_would_flip(desk, store) -> None:
    example = {
        "id": "kit-price",
        "message": {"channel": "email", "subject": "News", "body": "The Glow Kit is just $42."},
        "as_of": "2026-11-24",
        "expect": "block",
        "rule_ids": ["ftc-offer-terms"],
    }
    store.put("rule_test", example, author="ana", role="compliance", reason="example")
    p = desk.propose(ANA, "product", "add", payload=KIT, reason="new gift set")
    [flip] = desk.example_flips(p.id)
    assert flip.test_id == "kit-price" and flip.broken
    with pytest.raises(ProposalRefused, match="kit-price"):
        desk.approve(p.id, BEN)
    assert desk.approve(p.id, BEN, override_examples="the kit has a list price now").status == (
        ProposalStatus.APPROVED
    )
