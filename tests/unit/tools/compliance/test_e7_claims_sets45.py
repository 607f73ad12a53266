"""General causes of claim, banned-phrase and urgency false blocks (issue 17, fifth set).

Every test uses a made-up brand built here — "Larkspur Rail Tours", a scenic railway
excursion operator — not the sample brand and not the wording of any evaluation brand. Each
test has a near neighbour that must still block.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from compliance_helpers import rule as _rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict

DAY = date(2027, 5, 12)
NOON = datetime(2027, 5, 12, 16, 0, tzinfo=UTC)


def _engine(rules: list[dict[str, Any]], **extra: Any) -> RuleEngine:
    brand = {
        "name": "Larkspur Rail Tours",
        "short_name": "Larkspur",
        "legal_name": "Larkspur Rail Tours Ltd",
        "postal_address": "2 Station Yard, Keswick CA12 5AB, United Kingdom",
        "channels": ["email", "sms", "push"],
        "default_time_zone": "Europe/London",
        "website_domains": ["larkspur.example"],
    }
    return RuleEngine(BrandPack.model_validate({"brand": brand, "rules": rules, **extra}))


def _send(engine: RuleEngine, body: str, channel: str = "email", subject: str = "") -> Verdict:
    message = Message(
        channel=channel,
        subject=(subject or "News from Larkspur") if channel == "email" else None,
        body=body,
        send_time=NOON,
    )
    return engine.check(message, as_of=DAY)


CLAIMS = _rule(
    "claims",
    "claim_grounding",
    {
        "categories": [
            "health", "superlative", "service", "comparative", "endorsement", "efficacy",
        ]
    },
)  # fmt: skip


def _fires(body: str, subject: str = "") -> bool:
    return "claims" in _send(_engine([CLAIMS]), body, subject=subject).fired_rule_ids


def test_the_readers_own_doctor_is_a_referral_not_a_health_claim() -> None:
    assert not _fires("Ask your family doctor whether a mountain route suits you.")
    assert not _fires("Mobility passes are checked with your doctor before travel.")
    assert _fires("Your doctor recommends our mountain air for your lungs.")
    assert _fires("Doctors approved: the dining car menu.")


def test_reviews_as_a_verb_is_no_endorsement() -> None:
    assert not _fires("Our team reviews your booking and sends tickets the same week.")
    assert _fires("Read 5-star reviews from our riders.")


def test_the_largest_pack_of_the_brands_own_range_is_no_superlative() -> None:
    assert not _fires("The Grand Pass holds 12 journeys, our largest bundle.")
    assert _fires("Our largest selection of routes anywhere.")
    assert _fires("The finest carriages in Britain.")


def test_doubling_as_an_offer_mechanic_is_no_comparison() -> None:
    assert not _fires("Book any tour and we'll double the loyalty stamps.")
    assert _fires("Our carriages offer double the legroom.")


def test_a_schedule_longer_than_the_brands_own_last_season_is_no_comparison() -> None:
    assert not _fires("The summer timetable runs two weeks longer than last season.")
    assert not _fires("Season 4 runs a fortnight longer than Season 3.")
    assert _fires("Our trains run longer than other operators' trains.")


def test_short_on_time_is_the_readers_diary_not_punctuality() -> None:
    assert not _fires("Take a two-hour loop instead.", subject="Short on time?")
    assert _fires("Every train leaves on time.")


def test_a_phrase_the_copy_says_there_is_no_need_for_is_not_said() -> None:
    engine = _engine(
        [
            _rule("no-pressure", "banned_phrase", {"phrases": ["hurry", "decide today"]}),
            _rule("urgency", "urgency", {}),
        ]
    )
    for body in (
        "There is no need to hurry: the autumn timetable is open all season.",
        "No need to hurry. Your seats are held for a week.",
        "You don't have to decide today; call us any time.",
    ):
        assert not _send(engine, body).violations, body
    hurried = _send(engine, "Hurry: seats on the autumn timetable are going.")
    # one fault, one finding: the ban holds the words urgency would also read (banned_urgency)
    assert set(hurried.fired_rule_ids) == {"no-pressure"}
    assert "no-pressure" in _send(engine, "Don't wait, decide today.").fired_rule_ids


def test_a_non_compound_is_not_its_banned_second_half() -> None:
    engine = _engine([_rule("no-investment", "banned_phrase", {"phrases": ["profit"]})])
    for body in (
        "Riders helped our non-profit partner plant 300 trees along the line.",
        "A not-for-profit trust keeps the old viaduct open.",
    ):
        assert not _send(engine, body).violations, body
    assert (
        "no-investment" in _send(engine, "A season pass you can resell at a profit.").fired_rule_ids
    )


def test_a_voice_word_warns_even_when_the_copy_says_there_is_no_need_for_it() -> None:
    voice = _rule("voice-words", "banned_phrase", {"phrases": ["hurry"]})
    voice["severity"] = "warn"
    verdict = _send(_engine([voice]), "No need to hurry: the autumn timetable is open.")
    assert verdict.fired_rule_ids == ["voice-words"]


def test_a_free_worksheet_the_brand_gives_away_is_no_offer() -> None:
    engine = _engine([_rule("offers", "offer_terms", {})])
    assert not _send(engine, "Our free trip-planning worksheet is ready to download.").violations
    assert (
        "offers"
        in _send(engine, "A free trip-planning worksheet with every booking.").fired_rule_ids
    )
    assert "offers" in _send(engine, "Free first-class upgrade on the coast line.").fired_rule_ids


def test_never_without_restates_the_rule_the_ban_protects() -> None:
    engine = _engine([_rule("id-required", "banned_phrase", {"phrases": ["without a ticket"]})])
    for body in (
        "A reminder: we never let anyone board without a ticket.",
        "You can't ride the summit line without a ticket.",
    ):
        assert not _send(engine, body).violations, body
    for body in (
        "Ride the summit line without a ticket this weekend.",
        "We never check: board without a ticket.",
        "Why not ride without a ticket?",
    ):
        assert "id-required" in _send(engine, body).fired_rule_ids, body


def test_sale_is_a_word_of_the_copys_own_language_unless_next_to_english() -> None:
    engine = _engine([_rule("offers", "offer_terms", {})])

    def offers(body: str, locale: str) -> bool:
        message = Message(
            channel="email", subject="Dal vagone ristorante", body=body, send_time=NOON,
            locale=locale,
        )  # fmt: skip
        return "offers" in engine.check(message, as_of=DAY).fired_rule_ids

    assert not offers("Il pranzo a bordo: pane, olio e un pizzico di sale marino.", "it-IT")
    assert offers("Summer sale sui biglietti del treno panoramico.", "it-IT")
    assert offers("Seats on sale, add a pinch of salt to your lunch.", "en-GB")
    assert offers("Big sale on the coast line this week.", "en-GB")


def test_the_most_spontaneous_thing_i_have_done_is_the_writers_life_not_a_claim() -> None:
    assert not _fires("Tell us: the most spontaneous thing I've done on a train...")
    assert not _fires("The longest trip we ever took started at this station.")
    assert _fires("The most comfortable seats you've ever sat in.")
    assert _fires("The most scenic railway in Britain.")


def test_a_subject_shortening_the_claim_the_body_states_is_no_paraphrase() -> None:
    rule = _rule(
        "claims",
        "claim_grounding",
        {"categories": ["service"], "extra_triggers": {"service": ["no fee"]}},
    )
    claim = {
        "id": "no-fee",
        "text": "No fee to board your train.",
        "category": "service",
        "substantiation": "Fare terms 2027",
        "channels": ["email"],
        "keywords": ["no fee", "fee"],
    }
    engine = _engine([rule], claims=[claim])
    body = "No fee to board your train.\n\nSee you aboard."
    assert not _send(engine, body, subject="No fee to board").violations
    assert "claims" in _send(engine, body, subject="No fee to board early").fired_rule_ids
    assert "claims" in _send(engine, body, subject="No fee to board, ever").fired_rule_ids


def _offer_engine() -> RuleEngine:
    products = [
        {"id": "pass-10", "name": "Coast 10-ride Pass", "list_price": 89.0, "currency": "GBP"},
        {"id": "pass-season", "name": "Season Pass", "list_price": 240.0, "currency": "GBP"},
    ]
    offer = {
        "id": "season-20",
        "name": "£20 off the Season Pass",
        "terms": "£20 off the Season Pass, bought by 31 May 2027.",
        "discount_type": "amount",
        "discount_amount": 20,
        "currency": "GBP",
        "products": ["pass-season"],
        "channels": ["email"],
        "valid_from": "2027-05-01",
        "valid_until": "2027-05-31",
    }
    rule = _rule("offers", "offer_terms", {})
    return _engine([rule], products=products, offers=[offer])


def test_another_products_name_and_price_in_the_offer_sentence_are_no_offer_terms() -> None:
    engine = _offer_engine()

    def offers(body: str) -> list[str]:
        message = Message(
            channel="email", subject="Passes for summer", body=body, send_time=NOON,
            offer_id="season-20",
        )  # fmt: skip
        return [v.message for v in engine.check(message, as_of=DAY).violations]

    fine = offers("The Coast 10-ride Pass is £89, and £20 off the Season Pass runs to 31 May 2027.")
    assert not [m for m in fine if "figures it does not give" in m]
    former = offers(
        "The Coast 10-ride Pass is now £69 (was £89), and £20 off the Season Pass runs to "
        "31 May 2027."
    )
    assert [m for m in former if "figures it does not give" in m]
