"""A brand pack as entries: the rows the store keeps, and back again.

The store keeps a pack as one row per entry, keyed ``(kind, id)``: the brand identity, voice and
non-claim phrases are singletons (their id is their kind), claims, offers, rules, products,
statements and rule tests one row each. This module turns a pack into those entries and back,
validates one entry against its schema, and hashes a pack's content independent of entry order.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from nextbest.brand_context.ingest import (
    FieldProblem,
    PackValidationError,
    entry_to_data,
    parse_pack,
    problems_from_validation_error,
)
from nextbest.brand_context.models import (
    ENTRY_SECTIONS,
    Brand,
    BrandPack,
    Claim,
    DisclosureParams,
    NonClaimPhrases,
    Offer,
    Product,
    RequiredElementParams,
    Rule,
    RuleTest,
    StandingStatement,
    Voice,
    _RuleBase,
)
from nextbest.brand_context.store_records import StoreError

Entries = dict[tuple[str, str], dict[str, Any]]
"""A pack's entries: ``(kind, id)`` → the entry's plain data."""

SINGLETONS = frozenset({"brand", "voice", "non_claims"})
"""Kinds a pack holds once; their id is their kind."""

_RULE_ADAPTER: TypeAdapter[Rule] = TypeAdapter(Rule)
_MODELS: dict[str, Any] = {
    "brand": Brand,
    "voice": Voice,
    "claim": Claim,
    "offer": Offer,
    "rule": _RULE_ADAPTER,
    "product": Product,
    "statement": StandingStatement,
    "non_claims": NonClaimPhrases,
    "rule_test": RuleTest,
}


HASH_NEUTRAL_RULE_FIELDS = ("regions", "except_regions", "unknown_region", "service_exempt")
"""Rule fields added after packs were first hashed; left out of the hash at their default.

A pack written before a field existed must keep its hash when the software learns the field,
or every logged decision would stop matching the version it was checked against.
"""


HASH_NEUTRAL_BRAND_FIELDS = ("postal_address_forms", "name_forms")
"""Brand fields added after packs were first hashed; left out of the hash at their default."""


HASH_NEUTRAL_PARAM_FIELDS: dict[str, tuple[type[BaseModel], tuple[str, ...]]] = {
    "disclosure": (DisclosureParams, ("no_promotion",)),
    "required_element": (RequiredElementParams, ("at_start",)),
}
"""Rule parameters added after packs were first hashed, per rule kind (its params model and the
field names); left out of the hash at their default, like :data:`HASH_NEUTRAL_RULE_FIELDS`."""


def _defaults(model: type[BaseModel], names: tuple[str, ...]) -> dict[str, Any]:
    fields = model.model_fields
    return {name: fields[name].get_default(call_default_factory=True) for name in names}


def _drop_defaults(data: dict[str, Any], defaults: dict[str, Any]) -> None:
    for name, default in defaults.items():
        if name in data and data[name] == default:
            del data[name]


def content_hash(pack: BrandPack) -> str:
    """SHA-256 of the pack's canonical JSON; equal packs hash equal, whatever the entry order.

    Brand fields in :data:`HASH_NEUTRAL_BRAND_FIELDS`, rule fields in
    :data:`HASH_NEUTRAL_RULE_FIELDS` and rule parameters in
    :data:`HASH_NEUTRAL_PARAM_FIELDS` count only when set away from their default, so an
    upgrade that adds such a field leaves every stored pack's hash unchanged.

    Args:
        pack: The pack.

    Returns:
        ``sha256:<hex>``.
    """
    data = pack.model_dump(mode="json")
    for section in ENTRY_SECTIONS.values():
        data[section] = sorted(data[section], key=lambda entry: entry["id"])
    rule_defaults = _defaults(_RuleBase, HASH_NEUTRAL_RULE_FIELDS)
    param_defaults = {
        kind: _defaults(model, names) for kind, (model, names) in HASH_NEUTRAL_PARAM_FIELDS.items()
    }
    _drop_defaults(data["brand"], _defaults(Brand, HASH_NEUTRAL_BRAND_FIELDS))
    for rule in data[ENTRY_SECTIONS["rule"]]:
        _drop_defaults(rule, rule_defaults)
        if rule["kind"] in param_defaults and isinstance(rule.get("params"), dict):
            _drop_defaults(rule["params"], param_defaults[rule["kind"]])
    canonical = json.dumps(data, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


def entries_of(pack: BrandPack) -> Entries:
    """Every entry of ``pack``, keyed ``(kind, id)``."""
    entries: Entries = {
        ("brand", "brand"): entry_to_data(pack.brand),
        ("voice", "voice"): entry_to_data(pack.voice),
    }
    if pack.non_claim_phrases:
        phrases = NonClaimPhrases(phrases=pack.non_claim_phrases)
        entries[("non_claims", "non_claims")] = entry_to_data(phrases)
    for kind, section in ENTRY_SECTIONS.items():
        for entry in getattr(pack, section):
            entries[(kind, entry.id)] = entry_to_data(entry)
    return entries


def pack_data(entries: Entries) -> dict[str, Any]:
    """The pack's plain data (as in ``brand.yaml``) from its entries, not yet validated."""
    data: dict[str, Any] = {section: [] for section in ENTRY_SECTIONS.values()}
    for (kind, _), value in entries.items():
        if kind == "non_claims":
            data["non_claim_phrases"] = value.get("phrases", [])
        elif kind in SINGLETONS:
            data[kind] = value
        else:
            data[ENTRY_SECTIONS[kind]].append(value)
    return data


def pack_from_entries(entries: Entries) -> BrandPack:
    """The pack of stored entries (which were valid when stored)."""
    return BrandPack.model_validate(pack_data(entries))


def validated_pack(entries: Entries, source: str) -> BrandPack:
    """The pack of changed entries, checked as a whole (cross-references, a brand identity).

    Raises:
        PackValidationError: With the field path of every problem, named after ``source``.
    """
    if ("brand", "brand") not in entries:
        raise PackValidationError(
            source, [FieldProblem("brand", "the store has no brand identity yet")]
        )
    return parse_pack(pack_data(entries), source=source)


def validate_entry(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """One entry's data checked against its kind's schema, as stored.

    Raises:
        StoreError: For an unknown kind.
        PackValidationError: With the field path (``claims[clm-1].text``) of every problem.
    """
    if kind not in _MODELS:
        raise StoreError(f"unknown kind {kind!r}; valid: {', '.join(_MODELS)}")
    label = kind if kind in SINGLETONS else f"{ENTRY_SECTIONS[kind]}[{data.get('id', '?')}]"
    try:
        model = _MODELS[kind]
        entry = (
            model.validate_python(data)
            if isinstance(model, TypeAdapter)
            else model.model_validate(data)
        )
    except ValidationError as exc:
        raise PackValidationError(
            label, problems_from_validation_error(exc, data, prefix=label)
        ) from None
    return entry_to_data(entry)
