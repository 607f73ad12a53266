"""A pack's content hash: stable across upgrades that add optional brand or rule fields."""

from __future__ import annotations

import hashlib
import json

from nextbest.brand_context.models import ENTRY_SECTIONS, BrandPack
from nextbest.brand_context.pack_entries import (
    HASH_NEUTRAL_BRAND_FIELDS,
    HASH_NEUTRAL_PARAM_FIELDS,
    HASH_NEUTRAL_RULE_FIELDS,
    content_hash,
)

SAMPLE_PACK_HASH = "sha256:f74a4c58863fc71764a45c7348bafb0b92b34e08016422c159a959777086047b"
"""The bundled sample pack's hash since its last content change: logged decisions, the store's
versions and the LLM cassettes all name it, so a software upgrade must not move it."""


def _hash_without_added_fields(pack: BrandPack) -> str:
    """The hash as computed before the added fields existed (they are simply absent)."""
    data = pack.model_dump(mode="json")
    for section in ENTRY_SECTIONS.values():
        data[section] = sorted(data[section], key=lambda entry: entry["id"])
    for name in HASH_NEUTRAL_BRAND_FIELDS:
        data["brand"].pop(name, None)
    for rule in data["rules"]:
        for name in HASH_NEUTRAL_RULE_FIELDS:
            rule.pop(name, None)
        for name in HASH_NEUTRAL_PARAM_FIELDS.get(rule["kind"], (None, ()))[1]:
            rule["params"].pop(name, None)
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


def test_added_rule_fields_at_their_default_leave_the_hash_as_it_was(
    sample_pack: BrandPack,
) -> None:
    assert content_hash(sample_pack) == _hash_without_added_fields(sample_pack)


def test_a_rule_scoped_to_regions_changes_the_hash_and_unscoping_restores_it(
    sample_pack: BrandPack,
) -> None:
    before = content_hash(sample_pack)
    rule = sample_pack.rules[0]
    scoped = sample_pack.model_copy(
        update={"rules": [rule.model_copy(update={"regions": ["US-FL"]}), *sample_pack.rules[1:]]}
    )
    assert content_hash(scoped) != before
    unscoped = scoped.model_copy(
        update={"rules": [rule.model_copy(update={"regions": []}), *sample_pack.rules[1:]]}
    )
    assert content_hash(unscoped) == before


def test_the_sample_packs_hash_survives_upgrades(sample_pack: BrandPack) -> None:
    assert content_hash(sample_pack) == SAMPLE_PACK_HASH, (
        "the sample pack's content hash moved: a new optional rule field or parameter belongs "
        "in HASH_NEUTRAL_BRAND_FIELDS / HASH_NEUTRAL_RULE_FIELDS / HASH_NEUTRAL_PARAM_FIELDS"
    )


def test_a_disclosure_set_to_no_promotion_changes_the_hash(sample_pack: BrandPack) -> None:
    index = next(i for i, r in enumerate(sample_pack.rules) if r.kind == "disclosure")
    rule = sample_pack.rules[index]
    flagged = rule.model_copy(
        update={"params": rule.params.model_copy(update={"no_promotion": True})}
    )
    rules = [*sample_pack.rules[:index], flagged, *sample_pack.rules[index + 1 :]]
    assert content_hash(sample_pack.model_copy(update={"rules": rules})) != SAMPLE_PACK_HASH
