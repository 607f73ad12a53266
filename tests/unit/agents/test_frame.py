"""The message frame: the framework assembles the message, the writer supplies only the creative."""

from __future__ import annotations

import json
from datetime import date
from types import SimpleNamespace

import pytest

from nextbest.agents.brief import BriefOffer, build_brief
from nextbest.agents.composer import Composer
from nextbest.agents.frame import CreativeCopy, assemble, clean_creative, framed, offer_terms
from nextbest.agents.graph import graph
from nextbest.agents.llm import LLMSettings
from nextbest.agents.writer import LLMWriter
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from tests.unit.conftest import CUSTOMER, SEND_TIME, decision

DAY = date(2026, 11, 24)  # SEND_TIME's date


def _pack():
    return load_pack(sample_pack_path())


def _cells():
    pack = _pack()
    return [
        (offer.id, channel)
        for offer in pack.offers
        if offer.is_valid_on(DAY)
        for channel in offer.channels
    ]


def test_a_term_the_disclosure_already_states_is_said_once() -> None:
    offer = BriefOffer(
        id="o",
        name="Tea",
        terms="$5 off any tin with code TEA5. Cannot be combined with other offers. Ends May 1.",
        disclosure="Tins only, not combinable with other offers.",
        discount_type="amount",
        discount_amount=5,
    )
    full = offer_terms(offer, "full")
    assert full == (
        "$5 off any tin with code TEA5. Ends May 1. Tins only, not combinable with other offers."
    )
    assert offer_terms(offer, "short") == (
        "$5 off any tin with code TEA5. Tins only, not combinable with other offers."
    )


def test_a_term_with_a_number_the_disclosure_lacks_is_kept() -> None:
    offer = BriefOffer(
        id="o",
        name="Tea",
        terms="10% off tins. Minimum spend $25.",
        disclosure="Minimum spend applies.",
        discount_type="percent",
        discount_amount=10,
    )
    assert "Minimum spend $25." in offer_terms(offer, "full")


@pytest.mark.parametrize(("offer_id", "channel"), _cells())
def test_composer_says_each_term_once_and_passes_for_every_sample_cell(
    offer_id: str, channel: str, make_context
) -> None:
    context = make_context()
    out = graph.invoke(
        {"decision": decision(offer_id, channel), "customer": CUSTOMER, "send_time": SEND_TIME},
        config={"recursion_limit": 50},
        context=context,
    )
    assert out["outcome"] == "released", out.get("reason")
    (record,) = context.records.for_decision("d-1")
    assert record.author == "composer" and len(record.attempts) == 1
    body = record.message["body"]
    offer = _pack().offer(offer_id)
    sentences = [s.strip() for s in offer.terms.split(". ") if s.strip()]
    assert body.count(sentences[0].rstrip(".")) == 1  # the offer itself, once
    if offer.disclosure:
        assert body.count(offer.disclosure) == 1


class _FakeCompletions:
    """An OpenAI client's ``chat.completions`` answering JSON mode with scripted content."""

    def __init__(self, answers: list[dict]) -> None:
        self.answers = [json.dumps(a) for a in answers]
        self.requests: list[dict] = []

    def create(self, **request):
        self.requests.append(request)
        message = SimpleNamespace(content=self.answers.pop(0), refusal=None)
        return SimpleNamespace(choices=[SimpleNamespace(message=message)])


def _writer(answers: list[dict]) -> LLMWriter:
    client = SimpleNamespace(chat=SimpleNamespace(completions=_FakeCompletions(answers)))
    settings = LLMSettings(model="scripted", api_key="x", base_url="http://127.0.0.1:9/v1")
    return LLMWriter(client, settings, mode="json_object")  # type: ignore[arg-type]


def test_the_writer_cannot_change_the_footer_the_claim_text_or_the_terms() -> None:
    pack = _pack()
    brief = build_brief(pack, channel="email", offer_id="off-night-renew-10", day=DAY)
    claim = brief.claims[0]
    answer = {
        "headline": "Sleep well",
        "body": "Your evening ritual. Details at https://evil.example.net/x {{ secret }}",
        "claim_ids": [claim.id, "clm-made-up"],
        "footer": "Unsubscribe? You can't.",
        "terms": "90% off everything, forever.",
        "claim_text": {claim.id: "Cures everything."},
    }
    copy = _writer([answer]).write(brief)

    assert copy.claim_ids == [claim.id]
    assert claim.text in copy.body and "Cures everything" not in copy.body
    assert "90% off" not in copy.body and "You can't" not in copy.body
    assert offer_terms(brief.offer, "full") in copy.body
    assert copy.body.rstrip().endswith(f"unsubscribe at {brief.unsubscribe_url}")
    assert f"{brief.legal_name}, {brief.postal_address}" in copy.body
    assert "evil.example.net" not in copy.body and "{{ secret" not in copy.body
    assert copy.body.startswith("Hi {{ first_name }},")  # the greeting slot is the frame's
    assert copy.creative is not None and copy.creative.headline == "Sleep well"


def test_a_rewritten_claim_in_the_creative_text_is_blocked(make_context) -> None:
    answer = {"headline": None, "body": "Miracle cream cures dry skin overnight.", "claim_ids": []}
    writer = _writer([answer] * 3)
    context = make_context(writer=writer)
    out = graph.invoke(
        {
            "decision": decision("off-welcome-15", "sms"),
            "customer": CUSTOMER,
            "send_time": SEND_TIME,
        },
        config={"recursion_limit": 50},
        context=context,
    )
    (record,) = context.records.for_decision("d-1")
    assert record.attempts[0]["decision"] == "block"
    assert "cures" not in (out.get("message") or {}).get("body", "")


def test_a_rule_that_fires_twice_drops_the_element_instead_of_looping(make_context) -> None:
    answer = {"headline": None, "body": "Miracle cream cures dry skin overnight.", "claim_ids": []}
    writer = _writer([answer, answer])
    context = make_context(writer=writer)
    out = graph.invoke(
        {
            "decision": decision("off-welcome-15", "sms"),
            "customer": CUSTOMER,
            "send_time": SEND_TIME,
        },
        config={"recursion_limit": 50},
        context=context,
    )

    assert out["outcome"] == "released"
    (record,) = context.records.for_decision("d-1")
    assert [a["decision"] for a in record.attempts] == ["block", "block", "pass"]
    assert record.attempts[0]["fired_rules"] == record.attempts[1]["fired_rules"]
    last = record.attempts[2]["draft"]
    assert last["author"] == "scripted" and last["dropped"] == ["body"]
    assert "cures" not in record.message["body"]
    assert len(writer.client.chat.completions.requests) == 2  # the third round asked no model


def test_clean_creative_keeps_words_and_drops_links_and_template_syntax() -> None:
    text = "Glow on {% if x %} see www.example.com or https://x.io/a?b=1 {{ y }} now"
    assert clean_creative(text) == "Glow on if x see or y now"


def test_assemble_places_only_the_brief_claims_and_the_composer_fits_sms() -> None:
    pack = _pack()
    brief = build_brief(pack, channel="sms", offer_id="off-welcome-15", day=DAY)
    copy = assemble(brief, CreativeCopy(body="Hello.", claim_ids=["nope"]))
    assert copy.claim_ids == [] and copy.body.startswith(f"{brief.brand_name}: Hello.")
    assert copy.body.endswith("Reply STOP to opt out, HELP for help.")
    composed = Composer().write(brief)
    assert framed(brief, CreativeCopy(body="Hello.")).body.endswith("HELP for help.")
    assert composed.creative is not None


def test_an_offer_s_disclosure_for_the_channel_is_the_one_framed() -> None:
    pack = _pack()
    offer = pack.offer("off-welcome-15")
    short = "First order, min. spend $30."
    changed = pack.model_copy(
        update={
            "offers": [
                o.model_copy(update={"disclosure_by_channel": {"sms": short}})
                if o.id == offer.id
                else o
                for o in pack.offers
            ]
        }
    )
    sms = framed(
        build_brief(changed, channel="sms", offer_id=offer.id, day=DAY), CreativeCopy(body="")
    )
    email = framed(
        build_brief(changed, channel="email", offer_id=offer.id, day=DAY), CreativeCopy(body="")
    )
    assert short in sms.body and offer.disclosure not in sms.body
    assert offer.disclosure in email.body and short not in email.body
