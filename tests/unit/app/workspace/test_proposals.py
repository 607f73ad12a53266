"""Maker–checker proposals: validation, roles, maker ≠ checker, staleness, audit, impact."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from nextbest.app.workspace.audit import AuditLog
from nextbest.app.workspace.proposal_entries import parse_entry_yaml, validate_entry
from nextbest.app.workspace.proposals import (
    Actor,
    ProposalConflict,
    ProposalInvalid,
    ProposalNotFound,
    ProposalRefused,
    Proposals,
    ProposalStale,
    ProposalStatus,
)
from nextbest.brand_context.field_diff import field_changes
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.roles import Role
from nextbest.brand_context.store import BrandStore
from nextbest.brand_context.workspace import Workspace

ANA = Actor("ana", Role.COMPLIANCE)
BEN = Actor("ben", Role.COMPLIANCE)
ROOT = Actor("root", Role.ADMIN)
MIA = Actor("mia", Role.MARKETER)
MAX = Actor("max", Role.MARKETER)
VIC = Actor("vic", Role.VIEWER)


class Clock:
    """One minute per call, from 2026-11-02."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def workspace(workspace_copy, embedding_function) -> Workspace:
    """A copy of the sample pack loaded once per backend (SQLite and Postgres)."""

    def build(home: Path) -> None:
        store = BrandStore(
            Workspace(home),
            clock=lambda: datetime(2026, 11, 1, tzinfo=UTC),
            embedding_function=embedding_function,
        )
        store.import_pack(load_pack(sample_pack_path()), author="t", role="admin", reason="t")
        store.close()

    return Workspace(workspace_copy("proposals", build))


@pytest.fixture
def store(workspace: Workspace, embedding_function) -> Iterator[BrandStore]:
    s = BrandStore(workspace, clock=Clock(), embedding_function=embedding_function)
    yield s
    s.close()


@pytest.fixture
def desk(workspace: Workspace, store: BrandStore) -> Iterator[Proposals]:
    d = Proposals(workspace, store=store, clock=Clock())
    yield d
    d.close()


def _claim(store: BrandStore, claim_id: str = "clm-refund-60", **changes) -> dict:
    return {**store.get("claim", claim_id), **changes}


def _audit(desk: Proposals, **filters) -> list:
    return desk.audit.entries(**filters)


# -- creating -----------------------------------------------------------------------------


def test_a_proposal_waits_with_a_field_diff_and_leaves_the_store_alone(desk, store) -> None:
    before = store.current_version()
    p = desk.propose(
        ANA,
        "claim",
        "edit",
        target="clm-refund-60",
        payload=_claim(store, text="Not happy? Full refund within 60 days."),
        reason="shorter",
    )
    assert p.status == ProposalStatus.PENDING and p.label == "claim.edit"
    assert p.maker == "ana" and p.maker_role == "compliance" and p.base_version == before
    [delta] = p.diff
    assert delta.change == "changed" and [f.path for f in delta.fields] == ["text"]
    assert delta.fields[0].before.startswith("Not happy? Get a full refund")
    assert delta.fields[0].after == "Not happy? Full refund within 60 days."
    assert store.current_version() == before
    assert "Get a full refund" in store.get("claim", "clm-refund-60")["text"]
    [entry] = _audit(desk, action="proposal.create")
    assert (entry.actor, entry.target, entry.reason) == ("ana", f"proposal:{p.id}", "shorter")
    assert entry.details["fields"] == ["text"]
    assert desk.pending_count() == 1 and desk.get(p.id) == p


def test_validation_errors_carry_the_field_path_inside_the_entry(desk, store) -> None:
    with pytest.raises(ProposalInvalid) as bad:
        desk.propose(
            ANA,
            "claim",
            "edit",
            target="clm-refund-60",
            payload=_claim(store, text="", channels=["fax"], colour="red"),
            reason="r",
        )
    paths = {p.path: p.message for p in bad.value.problems}
    assert set(paths) == {"text", "channels[0]", "colour"}
    assert "unknown field" in paths["colour"]
    rule = {**store.get("rule", "sms-length"), "params": {"field": "body", "max_segments": "x"}}
    with pytest.raises(ProposalInvalid) as bad_rule:
        desk.propose(ANA, "rule", "edit", target="sms-length", payload=rule, reason="r")
    assert [p.path for p in bad_rule.value.problems] == ["params.max_segments"]
    unknown_kind = {**rule, "kind": "vibes"}
    with pytest.raises(ProposalInvalid) as bad_kind:
        validate_entry("rule", unknown_kind)
    assert bad_kind.value.problems[0].path == "kind"
    assert "banned_phrase" in bad_kind.value.problems[0].message
    assert desk.list() == [] and _audit(desk) == []


def test_structural_mistakes_are_refused_before_anything_is_stored(desk, store) -> None:
    claim = _claim(store)
    cases = [
        (("claim", "add"), {"payload": claim}, "id", "exists; propose an edit"),
        (
            ("claim", "edit"),
            {"payload": {**claim, "id": "clm-new"}, "target": "clm-refund-60"},
            "id",
            "cannot change the id",
        ),
        (("claim", "edit"), {"payload": claim, "target": "clm-refund-60"}, "", "nothing to change"),
        (("claim", "edit"), {"payload": {**claim, "id": "clm-nope"}}, "id", "no claim"),
        (("claim", "retire"), {"target": "clm-nope"}, "id", "there is no claim"),
        (("voice", "retire"), {}, "action", "can be: edit"),
        (("goat", "add"), {}, "kind", "unknown kind"),
        (("pack", "rollback"), {"target": "9"}, "version", "does not exist"),
        (("pack", "rollback"), {"target": "1"}, "version", "same content"),
    ]
    for (kind, action), extra, path, words in cases:
        with pytest.raises(ProposalInvalid) as exc:
            desk.propose(ANA, kind, action, reason="r", **extra)
        assert exc.value.problems[0].path == path, (kind, action, exc.value.problems)
        assert words in str(exc.value), (kind, action, str(exc.value))
    with pytest.raises(ProposalInvalid, match="reason is required"):
        desk.propose(ANA, "claim", "retire", target="clm-vegan", reason="  ")
    assert desk.list() == []


def test_the_makers_role_must_allow_the_change(desk, store) -> None:
    with pytest.raises(ProposalRefused, match="compliance or higher"):
        desk.propose(MIA, "claim", "retire", target="clm-vegan", reason="r")
    with pytest.raises(ProposalRefused, match="may not roll back packs"):
        desk.propose(MIA, "pack", "rollback", target="1", reason="r")
    with pytest.raises(ProposalRefused):
        desk.propose(VIC, "voice", "edit", payload={"tone": ["loud"]}, reason="r")
    refused = _audit(desk, action="proposal.create")
    assert [e.outcome for e in refused] == ["refused"] * 3
    assert refused[-1].actor == "mia" and "compliance" in refused[-1].details["error"]
    voice = {**store.get("voice", "voice"), "tone": ["warm", "bright"]}
    p = desk.propose(MIA, "voice", "edit", payload=voice, reason="brighter")
    assert p.target == "voice" and p.title == "edit the voice"
    assert [f.path for f in p.diff[0].fields] == ["tone"]


def test_yaml_text_is_parsed_with_a_clear_error(desk) -> None:
    assert parse_entry_yaml("id: x\ntext: hello\n") == {"id": "x", "text": "hello"}
    with pytest.raises(ProposalInvalid, match="malformed YAML at line 2"):
        parse_entry_yaml("id: x\n  text: [unclosed\n")
    with pytest.raises(ProposalInvalid, match="mapping"):
        parse_entry_yaml("- a\n- b\n")
    assert [f.path for f in field_changes({"a": {"b": 1}, "c": 2}, {"a": {"b": 2}, "d": 3})] == [
        "a.b",
        "c",
        "d",
    ]


# -- deciding ------------------------------------------------------------------------------


def test_nobody_approves_their_own_proposal_not_even_an_admin(desk, store) -> None:
    mine = desk.propose(ROOT, "claim", "retire", target="clm-vegan", reason="formula changed")
    for actor in (ROOT, Actor(" ROOT ", Role.ADMIN), Actor("root", Role.ADMIN, via="cli")):
        with pytest.raises(ProposalRefused, match="cannot approve your own proposal"):
            desk.approve(mine.id, actor)
    with pytest.raises(ProposalRefused, match="withdraw it instead"):
        desk.reject(mine.id, ROOT, reason="changed my mind")
    assert desk.get(mine.id).status == ProposalStatus.PENDING
    assert store.get("claim", "clm-vegan")["status"] == "active"
    refused = _audit(desk, action="proposal.approve")
    assert len(refused) == 3 and {e.outcome for e in refused} == {"refused"}
    assert {e.actor for e in refused} == {"root", "ROOT", "cli:root"}


def test_a_second_user_approves_and_the_history_shows_both(desk, store) -> None:
    text = "Not happy? Full refund within 60 days."
    p = desk.propose(
        ANA, "claim", "edit", payload=_claim(store, text=text), reason="shorter wording"
    )
    done = desk.approve(p.id, BEN, note="legal ok")
    assert done.status == ProposalStatus.APPROVED and done.checker == "ben"
    assert done.checker_role == "compliance" and done.decision_reason == "legal ok"
    assert done.applied_version == store.current_version() == 2
    assert store.get("claim", "clm-refund-60")["text"] == text
    last = store.history("clm-refund-60")[-1]
    assert last.change.author == "ana" and last.change.role == "compliance"
    assert "proposed by ana, approved by ben" in last.change.reason
    assert "shorter wording" in last.change.reason and "legal ok" in last.change.reason
    assert f"proposal #{p.id}" in last.change.reason
    [approval] = _audit(desk, action="proposal.approve")
    assert (approval.actor, approval.target, approval.outcome) == ("ben", f"proposal:{p.id}", "ok")
    assert approval.details["applied_version"] == 2 and approval.details["maker"] == "ana"
    with pytest.raises(ProposalConflict, match="already approved by ben"):
        desk.approve(p.id, ROOT)
    assert desk.pending_count() == 0


def test_the_checkers_role_must_allow_the_change(desk, store) -> None:
    claim = desk.propose(ANA, "claim", "retire", target="clm-vegan", reason="r")
    with pytest.raises(ProposalRefused, match="compliance or higher"):
        desk.approve(claim.id, MIA)
    with pytest.raises(ProposalRefused):
        desk.reject(claim.id, VIC, reason="no")
    voice = desk.propose(
        MIA, "voice", "edit", payload={**store.get("voice", "voice"), "tone": ["x"]}, reason="r"
    )
    approved = desk.approve(voice.id, MAX)
    assert approved.status == ProposalStatus.APPROVED
    assert store.get("voice", "voice")["tone"] == ["x"]
    assert store.history("voice")[-1].change.author == "mia"


def test_a_stale_proposal_is_refused_and_stays_pending(desk, store) -> None:
    first = desk.propose(
        ANA, "claim", "edit", payload=_claim(store, text="First new wording."), reason="a"
    )
    second = desk.propose(
        BEN, "claim", "edit", payload=_claim(store, text="Second new wording."), reason="b"
    )
    desk.approve(first.id, BEN)
    assert "changed in v2 by ana" in (desk.stale_reason(second) or "")
    with pytest.raises(ProposalStale, match="changed since this proposal was made against v1"):
        desk.approve(second.id, ANA)
    assert desk.get(second.id).status == ProposalStatus.PENDING
    assert store.get("claim", "clm-refund-60")["text"] == "First new wording."
    refused = _audit(desk, action="proposal.approve", target=f"proposal:{second.id}")
    assert refused[0].outcome == "refused" and refused[0].details["error"].startswith("stale")
    # the maker withdraws it; only they may
    with pytest.raises(ProposalRefused, match="only ben"):
        desk.withdraw(second.id, ANA)
    gone = desk.withdraw(second.id, BEN, reason="superseded")
    assert gone.status == ProposalStatus.WITHDRAWN and gone.decision_reason == "superseded"
    with pytest.raises(ProposalConflict, match="already withdrawn"):
        desk.reject(second.id, ROOT, reason="x")


def test_a_rollback_is_stale_once_anything_changed(desk, store) -> None:
    retire = desk.propose(ANA, "claim", "retire", target="clm-vegan", reason="r")
    desk.approve(retire.id, BEN)
    back = desk.propose(BEN, "pack", "rollback", payload={"version": 1}, reason="undo")
    assert back.target == "v1" and back.diff[0].entry_id == "clm-vegan"
    assert back.diff[0].fields[0].path == "status"
    other = desk.propose(ANA, "offer", "retire", target="off-summer-25", reason="r")
    desk.approve(other.id, ROOT)
    with pytest.raises(ProposalStale, match="now v3"):
        desk.approve(back.id, ANA)
    again = desk.propose(BEN, "pack", "rollback", target="v1", reason="undo both")
    done = desk.approve(again.id, ANA)
    assert done.applied_version == 4
    assert store.get("claim", "clm-vegan")["status"] == "active"
    assert store.version(4).action == "rollback to v1" and store.version(4).author == "ben"


def test_rejection_needs_a_reason_and_is_audited(desk, store) -> None:
    p = desk.propose(ANA, "offer", "retire", target="off-summer-25", reason="season over")
    with pytest.raises(ProposalInvalid, match="reason is required"):
        desk.reject(p.id, BEN, reason=" ")
    done = desk.reject(p.id, BEN, reason="runs until August")
    assert done.status == ProposalStatus.REJECTED and done.decision_reason == "runs until August"
    assert store.get("offer", "off-summer-25")["status"] == "active"
    [entry] = _audit(desk, action="proposal.reject")
    assert (entry.actor, entry.reason) == ("ben", "runs until August")
    with pytest.raises(ProposalNotFound):
        desk.get(999)


def test_a_store_refusal_marks_the_proposal_failed(desk, store, workspace) -> None:
    p = desk.propose(ANA, "claim", "retire", target="clm-vegan", reason="r")
    # a crash-free way to make the store refuse: the maker's recorded role no longer allows it
    conn = workspace.connect()
    with conn:
        conn.execute("UPDATE proposals SET maker_role = 'viewer' WHERE proposal_id = ?", (p.id,))
    conn.close()
    done = desk.approve(p.id, BEN)
    assert done.status == ProposalStatus.FAILED and "store refused" in done.decision_reason
    assert store.get("claim", "clm-vegan")["status"] == "active"
    [entry] = _audit(desk, action="proposal.approve")
    assert entry.outcome == "failed"


def test_listing_puts_pending_first_and_filters(desk, store) -> None:
    a = desk.propose(ANA, "claim", "retire", target="clm-vegan", reason="r")
    b = desk.propose(ANA, "offer", "retire", target="off-summer-25", reason="r")
    c = desk.propose(ANA, "claim", "retire", target="clm-rating", reason="r")
    desk.reject(c.id, BEN, reason="no")
    desk.reject(a.id, BEN, reason="no")
    assert [p.id for p in desk.list()] == [b.id, c.id, a.id]
    assert [p.id for p in desk.list(status="rejected")] == [c.id, a.id]
    assert [p.id for p in desk.list(kind="offer")] == [b.id]
    assert [p.id for p in desk.list(target="clm-vegan")] == [a.id]


def test_the_audit_log_is_shared_with_the_workspace(workspace, desk, store) -> None:
    desk.propose(ANA, "claim", "retire", target="clm-vegan", reason="r")
    log = AuditLog(workspace)
    try:
        assert [e.action for e in log.entries()] == ["proposal.create"]
    finally:
        log.close()


# -- rule impact ---------------------------------------------------------------------------

RULE = {
    "id": "brand-no-ritual",
    "kind": "banned_phrase",
    "channels": ["email", "sms", "push"],
    "description": "Do not call the routine a ritual.",
    "rationale": "Legal review of wellness wording.",
    "source": "Brand policy 2026-11",
    "params": {"fields": ["subject", "body", "cta"], "phrases": ["evening ritual"]},
}


FOOTER = (
    "Unsubscribe: https://lumenbotanics.com/unsubscribe. Lumen Botanics Inc., "
    "418 Alder Street, Suite 200, Portland, OR 97204, USA"
)


def _released(workspace: Workspace, store: BrandStore) -> None:
    lines = [
        {
            "message_id": f"m-{n}",
            "run_id": "r-1",
            "pack_hash": store.content_hash(),
            "channel": "email",
            "subject": "Gentle nights",
            "body": body,
            "sender": "hello@mail.lumenbotanics.com",
            "send_time": "2026-11-03T18:00:00+00:00",
            "recipient_time_zone": "America/Los_Angeles",
            "consent": "opt_in",
        }
        for n, body in enumerate(
            [f"Your evening ritual, made gentler. {FOOTER}", f"A little glow. {FOOTER}"]
        )
    ]
    (workspace.home / "outbox.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))


def test_a_rule_proposal_lists_the_messages_it_would_block(desk, store, workspace) -> None:
    _released(workspace, store)
    p = desk.propose(ANA, "rule", "add", payload=RULE, reason="no rituals")
    assert p.impact is not None and p.impact.rule_id == "brand-no-ritual"
    assert p.impact.checked == 2 and p.impact.by_status == {"queued": 2}
    assert p.impact.blocked_count == 1
    [blocked] = p.impact.blocked
    assert blocked.message_id == "m-0" and blocked.rules == ["brand-no-ritual"]
    assert "evening ritual" in blocked.reasons[0]
    assert store.current_version() == 1 and desk.get(p.id).impact == p.impact
    # the impact is what the proposal would do, not what the store does today
    refreshed = desk.refresh_impact(p.id)
    assert refreshed.impact is not None and refreshed.impact.blocked_count == 1
    retire = desk.propose(ANA, "rule", "retire", target="sms-length", reason="r")
    assert retire.impact is not None and retire.impact.blocked_count == 0
    claim = desk.propose(ANA, "claim", "retire", target="clm-vegan", reason="r")
    assert claim.impact is None
    with pytest.raises(ProposalRefused, match="not a pending rule"):
        desk.refresh_impact(claim.id)


# -- the command line ----------------------------------------------------------------------


def test_the_cli_lists_shows_and_decides_with_the_same_rules(desk, store, workspace) -> None:
    from typer.testing import CliRunner

    from nextbest.app.cli.proposals import app

    runner = CliRunner()
    home = ["--home", str(workspace.home)]
    p = desk.propose(
        ANA,
        "claim",
        "edit",
        payload=_claim(store, text="Refund in 60 days."),
        reason="[bold]markup[/bold] stays text",
    )
    listed = runner.invoke(app, ["list", *home])
    assert listed.exit_code == 0 and "pending" in listed.output and "ana" in listed.output
    [row] = json.loads(runner.invoke(app, ["list", *home, "--json", "--status", "pending"]).output)
    assert (row["id"], row["target"], row["maker"]) == (p.id, "clm-refund-60", "ana")
    shown = runner.invoke(app, ["show", str(p.id), *home])
    assert shown.exit_code == 0 and "[bold]markup[/bold] stays text" in shown.output
    as_json = json.loads(runner.invoke(app, ["show", str(p.id), *home, "--json"]).output)
    assert as_json["status"] == "pending" and as_json["stale"] is None

    own = runner.invoke(app, ["approve", str(p.id), "--as", "ana", "--role", "admin", *home])
    assert own.exit_code == 1 and "cannot approve your own proposal" in own.output
    bad_role = runner.invoke(app, ["approve", str(p.id), "--as", "ben", "--role", "boss", *home])
    assert bad_role.exit_code == 2 and "unknown role" in bad_role.output
    no_reason = runner.invoke(
        app, ["reject", str(p.id), "--as", "ben", "--role", "compliance", "--reason", " ", *home]
    )
    assert no_reason.exit_code == 2 and "reason is required" in no_reason.output
    ok = runner.invoke(
        app, ["approve", str(p.id), "--as", "ben", "--role", "compliance", "-m", "fine", *home]
    )
    assert ok.exit_code == 0 and "approved" in ok.output and "pack v2" in ok.output
    assert store.get("claim", "clm-refund-60")["text"] == "Refund in 60 days."
    approvals = desk.audit.entries(action="proposal.approve")
    assert [(e.actor, e.outcome) for e in approvals] == [("cli:ben", "ok"), ("cli:ana", "refused")]
    again = runner.invoke(
        app, ["reject", str(p.id), "--as", "cy", "--role", "admin", "--reason", "late", *home]
    )
    assert again.exit_code == 1 and "already approved" in again.output
    missing = runner.invoke(app, ["show", "99", *home])
    assert missing.exit_code == 2 and "no proposal #99" in missing.output
    if not workspace.on_postgres:  # on Postgres the database is the workspace, any folder
        nowhere = runner.invoke(app, ["list", "--home", str(workspace.home / "nope")])
        assert nowhere.exit_code == 2 and "no workspace" in nowhere.output


# -- goals ---------------------------------------------------------------------------------


def test_a_goal_is_validated_against_its_hard_limits_and_approved_by_someone_else(
    desk, store, workspace
) -> None:
    from nextbest.app.workspace.goal_store import GoalStore

    with pytest.raises(ProposalInvalid) as limits:
        desk.propose(MIA, "goal", "set", payload={"holdout_share": 0.001}, reason="more reach")
    assert [p.path for p in limits.value.problems] == ["holdout_share"]
    with pytest.raises(ProposalInvalid) as typo:
        desk.propose(MIA, "goal", "set", payload={"objectve": "conversions"}, reason="r")
    assert typo.value.problems[0].path == "objectve"
    with pytest.raises(ProposalRefused):
        desk.propose(VIC, "goal", "set", payload={"objective": "conversions"}, reason="r")
    goal = {"objective": "conversions", "summary": "count orders", "holdout_share": 0.1}
    p = desk.propose(MIA, "goal", "set", payload=goal, reason="Q4 push")
    assert p.title == "set the marketing goal" and p.base_version is None
    assert {f.path for f in p.diff[0].fields} == {"objective", "summary", "holdout_share"}
    with pytest.raises(ProposalRefused, match="own proposal"):
        desk.approve(p.id, MIA)
    with pytest.raises(ProposalRefused, match="may not approve goals"):
        desk.approve(p.id, VIC)
    done = desk.approve(p.id, MAX, note="ok")
    assert done.status == ProposalStatus.APPROVED and done.applied_version == 1
    goals = GoalStore(workspace)
    try:
        saved = goals.current()
    finally:
        goals.close()
    assert saved is not None and saved.goal.objective == "conversions"
    assert (saved.author, saved.approved_by) == ("mia", "max")
    assert "proposed by mia, approved by max" in saved.reason
    # a second goal proposal goes stale once another goal is approved
    a = desk.propose(MIA, "goal", "set", payload={**goal, "summary": "a"}, reason="a")
    b = desk.propose(MAX, "goal", "set", payload={**goal, "summary": "b"}, reason="b")
    assert a.base_version == 1
    desk.approve(a.id, MAX)
    with pytest.raises(ProposalStale, match="another goal was approved"):
        desk.approve(b.id, MIA)


def test_a_rule_without_its_impact_cannot_be_approved_until_it_is_known(desk, store) -> None:
    p = desk.propose(ANA, "rule", "add", payload=RULE, reason="later", compute_impact=False)
    assert p.impact is None
    with pytest.raises(ProposalRefused, match="impact on released messages is not computed"):
        desk.approve(p.id, BEN)
    assert desk.get(p.id).status == ProposalStatus.PENDING
    desk.refresh_impact(p.id)
    assert desk.approve(p.id, BEN).status == ProposalStatus.APPROVED


def test_an_unexpected_error_while_applying_leaves_the_proposal_failed_not_stuck(
    desk, store, monkeypatch
) -> None:
    p = desk.propose(ANA, "claim", "retire", target="clm-vegan", reason="r")

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "retire", broken)
    with pytest.raises(RuntimeError):
        desk.approve(p.id, BEN)
    failed = desk.get(p.id)
    assert failed.status == ProposalStatus.FAILED and "RuntimeError" in failed.decision_reason
    assert [e.outcome for e in desk.audit.entries(action="proposal.approve")] == ["failed"]


def test_approvals_from_many_threads_on_one_shared_store_all_apply(desk, store) -> None:
    import threading

    targets = ["clm-vegan", "clm-rating", "clm-bestseller", "clm-spf30"]
    made = [desk.propose(ANA, "claim", "retire", target=t, reason="r").id for t in targets]
    errors: list[BaseException] = []

    def approve(number: int) -> None:
        own = Proposals(desk.workspace, store=store, clock=Clock())
        try:
            own.approve(number, BEN)
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)
        finally:
            own.close()

    threads = [threading.Thread(target=approve, args=(n,)) for n in made]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert {desk.get(n).status for n in made} == {ProposalStatus.APPROVED}
    assert sorted(desk.get(n).applied_version for n in made) == [2, 3, 4, 5]
    assert all(store.get("claim", t)["status"] == "retired" for t in targets)


SMS_OK = "Lumen Botanics: a little glow for the shorter days. Reply STOP to opt out, HELP for help."


def test_a_change_that_breaks_a_rule_test_needs_an_audited_override(desk, store) -> None:
    example = {
        "id": "glow-sms",
        "message": {
            "channel": "sms",
            "body": SMS_OK,
            "sender": "48213",
            "consent": "express_written",
            "recipient_time_zone": "America/New_York",
            "send_time": "2026-11-24T18:00:00Z",
        },
        "as_of": "2026-11-24",
        "expect": "pass",
    }
    store.put("rule_test", example, author="ana", role="compliance", reason="example")
    rule = {
        "id": "no-glow",
        "kind": "banned_phrase",
        "description": "No glow talk.",
        "rationale": "Test.",
        "source": "Policy",
        "params": {"phrases": ["glow"]},
    }
    p = desk.propose(ANA, "rule", "add", payload=rule, reason="ban glow")
    [flip] = desk.example_flips(p.id)
    assert flip.test_id == "glow-sms" and flip.broken and flip.after.decision == "block"
    with pytest.raises(ProposalRefused, match="breaks rule tests glow-sms"):
        desk.approve(p.id, BEN)
    assert desk.get(p.id).status == ProposalStatus.PENDING
    approved = desk.approve(p.id, BEN, override_examples="glow is now a regulated word")
    assert approved.status == ProposalStatus.APPROVED
    entries = _audit(desk, action="proposal.approve")
    [ok] = [e for e in entries if e.outcome != "refused"]
    assert ok.details["examples_broken"] == ["glow-sms"]
    assert ok.details["override"] == "glow is now a regulated word"
    [refused] = [e for e in entries if e.outcome == "refused"]
    assert "glow-sms" in refused.details["error"]
