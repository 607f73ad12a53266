"""``product_facts``: figures and features said of a product match its catalogue facts.

A made-up brand built here — "Pinecrest Kayaks", two kayaks with a load limit, a hull length
and a rudder on one of them — not the sample brand and not any evaluation brand.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict

DAY = date(2027, 6, 2)
NOON = datetime(2027, 6, 2, 16, 0, tzinfo=UTC)

PRODUCTS: list[dict[str, Any]] = [
    {
        "id": "drift-10",
        "name": "Pinecrest Drift 10",
        "aliases": ["Drift 10"],
        "facts": [
            {"name": "load limit", "value": 120, "unit": "kg", "unit_aliases": ["kilos"]},
            {"name": "hull length", "value": 3.05, "unit": "m", "limit": "exact"},
            {"name": "warranty", "value": 2, "unit": "years", "limit": "min"},
            {"name": "day rate", "value": 35, "unit": "a day", "limit": "min"},
        ],
        "lacks": ["rudder"],
    },
    {
        "id": "tandem-14",
        "name": "Pinecrest Tandem 14",
        "aliases": ["Tandem 14"],
        "facts": [{"name": "load limit", "value": 200, "unit": "kg", "unit_aliases": ["kilos"]}],
    },
    {
        "id": "junior",
        "name": "Pinecrest Junior",
        "aliases": ["Junior"],
        "facts": [{"name": "minimum age", "value": 8, "unit": "years", "limit": "min"}],
    },
]


OFFERS: list[dict[str, Any]] = [
    {
        "id": "spring-rental",
        "name": "Drift 10 rental at 29 a day",
        "terms": "Drift 10 rental at 29 a day. April 1-30, 2027; one kayak per booking.",
        "discount_type": "price",
        "discount_amount": 29,
        "currency": "GBP",
        "channels": ["email"],
        "products": ["drift-10"],
    }
]

SAFETY_LINE = "Paddling carries risk: a rudder or a spray deck does not make a kayak safe."


def _engine(with_rule: bool = True, extra: list[dict[str, Any]] | None = None) -> RuleEngine:
    brand = {
        "name": "Pinecrest Kayaks",
        "legal_name": "Pinecrest Kayaks Ltd",
        "postal_address": "4 Quay Street, Bristol BS1 4DJ, United Kingdom",
        "channels": ["email", "sms", "push"],
        "default_time_zone": "Europe/London",
        "website_domains": ["pinecrest.example"],
    }
    rules = [
        {
            "id": "facts",
            "kind": "product_facts",
            "description": "Figures and features match the catalogue.",
            "rationale": "Misleading specifications.",
            "source": "Test rulebook",
        },
        {
            "id": "safety-line",
            "kind": "disclosure",
            "description": "Whitewater copy carries the safety line.",
            "rationale": "Safety.",
            "source": "Test rulebook",
            "params": {
                "trigger_phrases": ["whitewater"],
                "required_any": [SAFETY_LINE, "from 6 years", "from 10 years"],
            },
        },
    ]
    return RuleEngine(
        BrandPack.model_validate(
            {
                "brand": brand,
                "products": PRODUCTS,
                "offers": OFFERS,
                "rules": [*(rules if with_rule else []), *(extra or [])],
            }
        )
    )


def _send(
    engine: RuleEngine, body: str, subject: str = "New kayaks", offer_id: str | None = None
) -> Verdict:
    message = Message(
        channel="email", subject=subject, body=body, send_time=NOON, offer_id=offer_id
    )
    return engine.check(message, as_of=DAY)


def _facts(verdict: Verdict) -> list[str]:
    return [v.rule_id for v in verdict.violations if v.rule_id == "facts"]


@pytest.mark.parametrize(
    "body",
    [
        "The Drift 10 carries up to 150 kg of paddler and gear.",
        "Load the Drift 10 with 130 kilos and go.",
        "The Drift 10 hull is 3.5 m long.",
        "The Drift 10 comes with a 1 years warranty.",
        "Steer the Drift 10 with its foot rudder.",
        "Tandem 14 carries 200 kg; the Drift 10 takes 180 kg.",
        "The Junior is for paddlers from 6 years.",
    ],
)
def test_a_figure_or_feature_that_does_not_hold_of_its_product_blocks(body: str) -> None:
    verdict = _send(_engine(), body)
    assert verdict.fired_rule_ids == ["facts"], body
    assert verdict.violations[0].kind == "product_facts"


@pytest.mark.parametrize(
    "body",
    [
        "The Drift 10 carries up to 120 kg of paddler and gear.",
        "The Drift 10 carries up to 100 kg with a dog aboard.",
        "The Drift 10 hull is 3.05 m long, with a 3 years warranty.",
        "The Tandem 14 carries up to 200 kg.",
        "The Drift 10 has no rudder: it tracks straight on its own.",
        "Only the Tandem 14 has a rudder; the Drift 10 tracks straight without one.",
        "The Drift 10 is sold without paddles or a rudder.",
        "Our shop is 400 m from the harbour.",
        "The Junior is for paddlers from 8 years. Kayaks are not suitable for children under 6 "
        "years.",
        "Little ones ride along from 5 years with a parent. Solo paddlers start on the Junior.",
    ],
)
def test_figures_within_the_limit_and_denied_features_pass(body: str) -> None:
    assert not _send(_engine(), body).violations, body


def test_a_figure_in_the_body_is_said_of_the_product_the_subject_names() -> None:
    verdict = _send(_engine(), "Room for 160 kg of you and your camping kit.", "The Drift 10")
    assert verdict.fired_rule_ids == ["facts"]


def test_facts_without_the_rule_change_nothing() -> None:
    assert not _send(_engine(with_rule=False), "The Drift 10 carries 500 kg.").violations


def test_a_figure_right_before_a_product_name_is_said_of_that_product() -> None:
    body = "The Drift 10 is light, and the 200 kg Tandem 14 carries two."
    assert not _facts(_send(_engine(), body))
    assert _facts(_send(_engine(), "The Tandem 14 is roomy, and the 200 kg Drift 10 too."))


def test_the_message_offers_own_figure_may_undercut_the_catalogue() -> None:
    body = "Rent the Drift 10 at 29 a day this April."
    assert not _facts(_send(_engine(), body, offer_id="spring-rental"))
    assert _facts(_send(_engine(), body))  # no offer: the catalogue's day rate holds
    assert _facts(_send(_engine(), "Rent the Drift 10 at 19 a day.", offer_id="spring-rental"))


def test_a_lacked_feature_inside_mandated_wording_is_not_said_of_a_product() -> None:
    body = f"Meet the Drift 10.\n\n{SAFETY_LINE}"
    assert not _facts(_send(_engine(), body))
    assert _facts(_send(_engine(), "Meet the Drift 10 with its rudder."))


def test_a_figure_in_a_short_required_form_is_still_the_copys_statement() -> None:
    # "from 6 years" is one of the forms a rule accepts, not a line of the rulebook
    assert not _facts(_send(_engine(), "The Junior, from 10 years."))
    assert _facts(_send(_engine(), "The Junior from 6 years, £20 a day."))


@pytest.mark.parametrize(
    "body",
    [
        "The Drift 10 does not come with a spray deck or a rudder.",
        "The Drift 10 doesn't include a rudder.",
        "The Drift 10 does not offer a rudder or paddle leash, so it stays simple.",
    ],
)
def test_a_lacked_feature_after_a_negated_verb_of_having_is_denied(body: str) -> None:
    assert not _facts(_send(_engine(), body)), body


RUDDER_RULE: dict[str, Any] = {
    "id": "rudder-holders",
    "kind": "disclosure",
    "description": "Rudders only on the Tandem, with the rudder line.",
    "rationale": "Misleading specifications.",
    "source": "Test rulebook",
    "params": {
        "trigger_phrases": ["rudder"],
        "feature_of_products": ["tandem-14"],
        "required_any": ["Rudder sold separately."],
    },
}


def test_a_lacked_feature_a_disclosure_rule_binds_to_other_products_is_reported_once() -> None:
    verdict = _send(_engine(extra=[RUDDER_RULE]), "Steer the Drift 10 with its foot rudder.")
    assert "rudder-holders" in verdict.fired_rule_ids
    assert not _facts(verdict)
    scoped = {**RUDDER_RULE, "channels": ["sms"]}  # reads fewer messages: the fact rule keeps it
    assert _facts(_send(_engine(extra=[scoped]), "Steer the Drift 10 with its foot rudder."))


FEATHER: dict[str, Any] = {
    "id": "feather-9",
    "name": "Pinecrest Feather 9",
    "aliases": ["Feather 9"],
    "facts": [{"name": "boat weight", "value": 14.5, "unit": "kg", "unit_aliases": ["kilos"]}],
    "lacks": ["built-in GPS"],
}


@pytest.mark.parametrize(
    "body",
    [
        "The Feather 9 weighs under 15 kg, so one person carries it.",
        "The Feather 9 weighs just under 15 kilos.",
        "The Feather 9 is less than 15 kg on the scale.",
        "Das Feather 9 wiegt unter 15 kg.",
        "Le Feather 9 pèse moins de 15 kg.",
        "Il Feather 9 pesa meno di 15 kg.",
        "The Drift 10 hull is under 3.5 m long.",
    ],
)
def test_a_figure_that_bounds_the_products_own_measure_holds_when_the_fact_lies_within(
    body: str,
) -> None:
    assert not _facts(_send(_feather_engine(), body)), body


@pytest.mark.parametrize(
    "body",
    [
        "The Feather 9 weighs over 15 kg: built to last.",
        "The Drift 10 hull is under 3 m long.",
        "The Drift 10 is for paddlers under 150 kg.",
    ],
)
def test_a_bound_no_allowed_measure_meets_and_a_bound_on_what_it_carries_still_block(
    body: str,
) -> None:
    assert _facts(_send(_feather_engine(), body)), body


def _feather_engine() -> RuleEngine:
    pack = _engine().pack
    data = pack.model_dump()
    data["products"] = [*data["products"], FEATHER]
    return RuleEngine(BrandPack.model_validate(data))


@pytest.mark.parametrize(
    "body",
    [
        "The Feather 9 logs your route with GPS built in.",
        "The Feather 9 tracks every trip with GPS right out of the box.",
        "The Feather 9 has built-in GPS.",
    ],
)
def test_a_lacked_built_in_feature_said_the_other_way_round_blocks(body: str) -> None:
    assert _facts(_send(_feather_engine(), body)), body


@pytest.mark.parametrize(
    "body",
    [
        "Clip our GPS unit to the Feather 9 to log your route.",
        "The Feather 9 comes without GPS built in; add a clip-on tracker.",
        "The Feather 9 is light. The Tandem 14 has GPS built in.",
    ],
)
def test_a_built_in_feature_denied_or_said_of_another_product_passes(body: str) -> None:
    assert not _facts(_send(_feather_engine(), body)), body
