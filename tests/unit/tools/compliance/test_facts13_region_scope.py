"""A recipient known only by country, for a rule scoped to some of its states (issue 17).

A made-up brand, "Corvid Garden Supply" (lawn feed sold across US states and Canadian
provinces), has rules scoped to subdivisions. A recipient whose region is only a country
("US", "CA") may live in one of them: the rule's ``unknown_region`` decides, as for a recipient
of unknown region; a recipient known at the subdivision level is matched as before.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.kinds.audience import countries_of
from nextbest.tools.compliance.region_scope import RegionScope

DAY = date(2027, 5, 4)
NOON = datetime(2027, 5, 4, 16, 0, tzinfo=UTC)
FOOTER = (
    "\n\nCorvid Garden Supply Inc., 8 Elm Row, Raleigh, NC 27601. "
    "Unsubscribe: https://corvidgarden.example/unsubscribe"
)
BODY = "Our phosphorus-free lawn feed is back in stock." + FOOTER


def _pack(**scope: Any) -> BrandPack:
    rule = {
        "id": "state-notice",
        "kind": "banned_phrase",
        "description": "No phosphorus claims in states that regulate lawn feed labels.",
        "rationale": "State fertiliser laws.",
        "source": "test suite",
        "params": {"phrases": ["phosphorus-free"]},
        **scope,
    }
    return parse_pack(
        {
            "brand": {
                "name": "Corvid Garden Supply",
                "legal_name": "Corvid Garden Supply Inc.",
                "postal_address": "8 Elm Row, Raleigh, NC 27601",
                "channels": ["email"],
                "default_time_zone": "America/New_York",
                "website_domains": ["corvidgarden.example"],
            },
            "rules": [rule],
        },
        source="test",
    )


def _fires(pack: BrandPack, region: str | None) -> bool:
    message = Message(channel="email", body=BODY, send_time=NOON, recipient={"region": region})
    return "state-notice" in RuleEngine(pack).check(message, DAY).fired_rule_ids


@pytest.mark.parametrize(("unknown", "fires"), [("apply", True), ("skip", False)])
def test_a_country_only_recipient_of_a_state_rule_follows_unknown_region(
    unknown: str, fires: bool
) -> None:
    for regions in (["FL"], ["US-FL"], ["Florida"]):
        pack = _pack(regions=regions, unknown_region=unknown)
        assert _fires(pack, "US") is fires, regions
        assert _fires(pack, "FL") and _fires(pack, "US-FL")
        assert not _fires(pack, "GA") and not _fires(pack, "US-GA")  # known: another state
        assert not _fires(pack, "DE-BY")  # known: another country


def test_a_province_rule_reads_its_own_country_as_unknown_and_no_other() -> None:
    pack = _pack(regions=["CA-QC"])
    assert _fires(pack, "CA")  # Canada, known no closer than the province's country
    assert not _fires(pack, "MX")
    assert not _fires(pack, "CA-ON")


def test_a_country_only_recipient_of_a_rule_sparing_a_state_follows_unknown_region() -> None:
    assert _fires(_pack(except_regions=["FL"]), "US")
    assert not _fires(_pack(except_regions=["FL"], unknown_region="skip"), "US")
    assert _fires(_pack(except_regions=["FL"], unknown_region="skip"), "GA")
    assert not _fires(_pack(except_regions=["FL"]), "FL")


def test_a_rule_listing_the_country_itself_covers_the_country() -> None:
    pack = _pack(regions=["US", "CA-QC"], unknown_region="skip")
    assert _fires(pack, "US") and _fires(pack, "US-GA")
    assert countries_of(frozenset({"us-fl", "fl", "ca-qc", "us"})) == {"us", "ca"}
    scope = RegionScope.of(pack.rules[0])
    assert scope is not None and "us" not in scope.regions_within


def _audience_pack(**params: Any) -> BrandPack:
    pack = _pack(regions=["FL"])
    rule = {
        "id": "no-ship-states",
        "kind": "audience",
        "description": "Lawn feed never goes to two states.",
        "rationale": "State fertiliser laws.",
        "source": "test suite",
        "params": params,
    }
    return parse_pack({**pack.model_dump(exclude={"rules"}), "rules": [rule]}, source="test")


def _blocked(pack: BrandPack, region: str | None) -> bool:
    message = Message(channel="email", body=BODY, send_time=NOON, recipient={"region": region})
    return "no-ship-states" in RuleEngine(pack).check(message, DAY).fired_rule_ids


def test_an_audience_rule_blocking_states_reads_a_country_only_recipient_as_unknown() -> None:
    strict = _audience_pack(blocked_regions=["MA", "US-DE"], block_unknown_region=True)
    assert _blocked(strict, "US") and _blocked(strict, None) and _blocked(strict, "MA")
    assert not _blocked(strict, "US-NY") and not _blocked(strict, "NY")
    assert not _blocked(strict, "MX")  # a country holding none of the blocked states
    lenient = _audience_pack(blocked_regions=["MA", "US-DE"])
    assert not _blocked(lenient, "US") and _blocked(lenient, "DE")
