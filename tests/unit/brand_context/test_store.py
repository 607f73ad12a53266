from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from nextbest.brand_context.ingest import PackValidationError
from nextbest.brand_context.roles import PermissionDenied
from nextbest.brand_context.store import BrandStore, NoVersionError, StoreError

# Every test runs against the embedded Chroma store and a Chroma server (tests/services/chroma.py).
pytestmark = pytest.mark.usefixtures("chroma_backend")


def _edit_claim_text(store: BrandStore, claim_id: str, text: str, who: str = "bo") -> None:
    data = dict(store.get("claim", claim_id))
    data["text"] = text
    store.put("claim", data, author=who, role="compliance", reason="policy update", create=False)


def test_failed_import_leaves_the_store_unchanged(store: BrandStore, sample_pack) -> None:
    before = (store.current_version(), store.content_hash(), store.pack())
    data = sample_pack.model_dump(mode="json")
    data["claims"][0]["text"] = "Changed text that must not land."
    data["rules"][4]["params"] = {"max_chars": -3}
    from nextbest.brand_context.ingest import parse_pack

    with pytest.raises(PackValidationError):
        store.import_pack(parse_pack(data), author="ana", role="compliance", reason="bad")
    # a valid pack with an unauthorised role is refused before anything is written
    data["rules"][4] = sample_pack.model_dump(mode="json")["rules"][4]
    with pytest.raises(PermissionDenied):
        store.import_pack(parse_pack(data), author="mo", role="marketer", reason="sneaky")
    assert (store.current_version(), store.content_hash(), store.pack()) == before
    hits = store.search("Changed text that must not land", kinds=["claim"], k=1)
    assert hits[0].data["text"] != "Changed text that must not land."


def test_as_of_returns_the_text_in_force_then(store: BrandStore) -> None:
    first = store.version(1)
    _edit_claim_text(store, "clm-refund-60", "Not happy? Get a full refund within 90 days.")
    second = store.version(2)
    assert first.created_at < second.created_at
    before = store.as_of(second.created_at - timedelta(hours=1))
    after = store.as_of(second.created_at + timedelta(hours=1))
    assert before.claim("clm-refund-60").text.endswith("within 60 days of purchase.")
    assert after.claim("clm-refund-60").text == "Not happy? Get a full refund within 90 days."
    assert store.content_hash(1) != store.content_hash(2)
    # search as of the earlier time finds the earlier wording
    old_hit = store.search("refund", kinds=["claim"], as_of=first.created_at, k=1)[0]
    assert "60 days" in old_hit.data["text"]
    new_hit = store.search("refund", kinds=["claim"], k=1)[0]
    assert "90 days" in new_hit.data["text"]


def test_as_of_before_the_first_version_says_so(store: BrandStore) -> None:
    with pytest.raises(NoVersionError, match="before the first brand pack version"):
        store.as_of(datetime(2020, 1, 1, tzinfo=UTC))


def test_empty_store_says_how_to_start(make_store) -> None:
    empty = make_store("empty")
    with pytest.raises(NoVersionError, match="kb init"):
        empty.pack()


def test_rollback_restores_a_version_and_is_recorded(store: BrandStore) -> None:
    _edit_claim_text(store, "clm-refund-60", "Refunds within 14 days.")
    store.retire("rule", "sms-length", author="bo", role="compliance", reason="trial")
    assert store.current_version() == 3
    info = store.rollback(1, author="ana", role="compliance", reason="undo trial")
    assert info is not None and info.version == 4 and info.action == "rollback to v1"
    assert store.pack() == store.pack(1)
    assert store.content_hash(4) == store.content_hash(1)
    assert [v.version for v in store.versions()] == [1, 2, 3, 4]
    assert store.pack(3).rule("sms-length").status.value == "retired"  # history kept
    assert store.rollback(1, author="ana", role="compliance", reason="again") is None


def test_marketer_cannot_change_rules_claims_or_offers(store: BrandStore) -> None:
    rule = dict(store.get("rule", "sms-length"))
    rule["params"] = {"field": "body", "max_segments": 5}
    with pytest.raises(PermissionDenied, match="compliance or higher"):
        store.put("rule", rule, author="mo", role="marketer", reason="more room", create=False)
    with pytest.raises(PermissionDenied):
        store.retire("claim", "clm-vegan", author="mo", role="marketer", reason="x")
    with pytest.raises(PermissionDenied):
        store.rollback(1, author="v", role="viewer", reason="x")
    voice = dict(store.get("voice", "voice"))
    voice["tone"] = ["warm", "playful"]
    assert store.put("voice", voice, author="mo", role="marketer", reason="seasonal") is not None
    assert store.current_version() == 2


def test_paraphrase_search_finds_the_approved_claim(store: BrandStore) -> None:
    hits = store.search("get my money back", kinds=["claim"], k=3)
    assert hits[0].entry_id == "clm-refund-60"
    hits = store.search("how long does the moisturiser keep skin hydrated", kinds=["claim"])
    assert hits[0].entry_id == "clm-hydration-72h"
    hits = store.search("can you text me late at night", kinds=["rule"], channel="sms", k=2)
    assert "tcpa-quiet-hours" in [h.entry_id for h in hits]


def test_retired_and_expired_entries_only_when_asked(store: BrandStore) -> None:
    def ids(**kwargs) -> set[str]:
        found = store.search("carbon neutral company climate", kinds=["claim"], k=30, **kwargs)
        return {h.entry_id for h in found}

    assert "clm-carbon-neutral" not in ids()  # expired 2025-12-31
    assert "clm-carbon-neutral" in ids(include_expired=True)
    store.retire("claim", "clm-vegan", author="bo", role="compliance", reason="certificate lapsed")
    assert "clm-vegan" not in ids()
    assert "clm-vegan" in ids(include_retired=True)
    assert "clm-double-hyaluronic" not in ids()  # a draft is not approved


def test_expired_claim_is_found_on_a_day_it_was_valid(make_store, sample_pack, clock) -> None:
    clock.now = datetime(2025, 3, 1, tzinfo=UTC)  # pack loaded while the claim was valid
    s = make_store("early")
    s.import_pack(sample_pack, author="ana", role="compliance", reason="2025 load")
    hits = s.search("carbon neutral", kinds=["claim"], as_of=date(2025, 6, 1), k=30)
    assert "clm-carbon-neutral" in {h.entry_id for h in hits}
    hits = s.search("carbon neutral", kinds=["claim"], as_of=date(2026, 6, 1), k=30)
    assert "clm-carbon-neutral" not in {h.entry_id for h in hits}


def test_channel_filter(store: BrandStore) -> None:
    sms = {h.entry_id for h in store.search("sunscreen SPF protection", channel="sms", k=30)}
    email = {h.entry_id for h in store.search("sunscreen SPF protection", channel="email", k=30)}
    assert "clm-spf30" in email and "clm-spf30" not in sms


def test_history_and_diff(store: BrandStore) -> None:
    _edit_claim_text(store, "clm-refund-60", "Refunds within 30 days of purchase.")
    revisions = store.history("clm-refund-60")
    assert [(r.version_from, r.version_to) for r in revisions] == [(1, 2), (2, None)]
    assert revisions[1].change.author == "bo" and revisions[1].change.role == "compliance"
    (change,) = store.diff(1, 2)
    assert change.change == "changed" and change.fields[0].path == "text"
    assert change.fields[0].after == "Refunds within 30 days of purchase."
    with pytest.raises(StoreError):
        store.history("no-such-id")


def test_add_edit_validation_and_duplicates(store: BrandStore) -> None:
    claim = {
        "id": "clm-new",
        "text": "Suitable for all skin types.",
        "category": "health",
        "substantiation": "Panel 2026",
        "channels": ["email"],
    }
    store.put("claim", claim, author="bo", role="compliance", reason="new", create=True)
    with pytest.raises(StoreError, match="already exists"):
        store.put("claim", claim, author="bo", role="compliance", reason="again", create=True)
    bad_rule = dict(store.get("rule", "push-body-length"))
    bad_rule["params"] = {"field": "body", "max_chars": 0}
    with pytest.raises(PackValidationError) as info:
        store.put("rule", bad_rule, author="bo", role="compliance", reason="x", create=False)
    assert info.value.problems[0].path == "rules[push-body-length].params.max_chars"
    assert store.put("claim", claim, author="bo", role="compliance", reason="same") is None


def test_search_index_rebuilds_from_history(store: BrandStore, embedding_function) -> None:
    version = store.current_version()
    store.tables.set_meta("indexed_version", "0")  # simulate a crash between SQLite and Chroma
    store.tables.conn.commit()
    reopened = BrandStore(store.workspace, embedding_function=embedding_function)
    hits = reopened.search("get my money back", kinds=["claim"], k=1)
    assert hits[0].entry_id == "clm-refund-60"
    assert reopened.tables.meta("indexed_version") == str(version)
    reopened.close()


def test_index_failure_mid_commit_leaves_store_and_search_unchanged(
    store: BrandStore, embedding_function, monkeypatch
) -> None:
    data = dict(store.get("claim", "clm-refund-60"))
    data["text"] = "Phantom wording that never committed."
    collection = store.index.collection
    real_upsert = collection.upsert
    calls = {"n": 0}

    def failing_upsert(**kwargs):
        calls["n"] += 1
        real_upsert(**kwargs)  # the vectors land in Chroma …
        raise RuntimeError("disk full")  # … but the commit fails afterwards

    monkeypatch.setattr(collection, "upsert", failing_upsert)
    with pytest.raises(RuntimeError, match="disk full"):
        store.put("claim", data, author="bo", role="compliance", reason="x", create=False)
    monkeypatch.undo()
    assert calls["n"] == 1
    assert store.current_version() == 1
    texts = [h.data["text"] for h in store.search("refund", kinds=["claim"], k=10)]
    assert "Phantom wording that never committed." not in texts
    reopened = BrandStore(store.workspace, embedding_function=embedding_function)
    texts = [h.data["text"] for h in reopened.search("refund", kinds=["claim"], k=10)]
    assert "Phantom wording that never committed." not in texts
    reopened.close()


def test_catalogue_survives_the_store(make_store, sample_pack) -> None:
    data = sample_pack.model_dump(mode="json")
    data["products"] = [
        {"id": "tent-2p", "name": "Ridgeline Tent", "list_price": 240, "currency": "USD"}
    ]
    data["standing_statements"] = [{"id": "ship", "text": "Free shipping on orders over $60."}]
    data["non_claim_phrases"] = ["pitch the tent on level ground"]
    data["rule_tests"] = [
        {"id": "calm", "message": {"channel": "push", "body": "Hello."}, "expect": "pass"}
    ]
    from nextbest.brand_context.ingest import parse_pack

    s = make_store()
    s.import_pack(parse_pack(data), author="ana", role="compliance", reason="catalogue")
    pack = s.pack()
    assert [p.id for p in pack.products] == ["tent-2p"]
    assert pack.standing_statements[0].text == "Free shipping on orders over $60."
    assert pack.non_claim_phrases == ["pitch the tent on level ground"]
    assert [t.id for t in pack.rule_tests] == ["calm"]
    product = dict(s.get("product", "tent-2p"))
    product["list_price"] = 260
    s.put("product", product, author="ana", role="compliance", reason="price", create=False)
    assert s.pack().product("tent-2p").list_price == 260  # type: ignore[union-attr]
    with pytest.raises(PermissionDenied):
        s.put("product", product, author="mo", role="marketer", reason="x", create=False)


def test_imported_rulebook_in_force_from_an_earlier_day(make_store, sample_pack, clock) -> None:
    s = make_store()
    today = clock().date()
    earlier = today - timedelta(days=30)
    info = s.import_pack(
        sample_pack, author="ana", role="compliance", reason="rulebook", effective_from=earlier
    )
    assert info is not None and info.created_at.date() == earlier
    assert f"in force from {earlier}" in info.reason
    assert s.as_of(earlier + timedelta(days=1)) == s.pack()
    with pytest.raises(NoVersionError):
        s.as_of(earlier - timedelta(days=1))
    with pytest.raises(StoreError, match="not after version 1"):
        s.import_pack(
            sample_pack.model_copy(update={"claims": sample_pack.claims[1:]}),
            author="ana",
            role="compliance",
            reason="older",
            effective_from=earlier - timedelta(days=5),
        )
    with pytest.raises(StoreError, match="in the future"):
        s.import_pack(
            sample_pack, author="ana", role="compliance", reason="x",
            effective_from=today + timedelta(days=365),
        )  # fmt: skip
