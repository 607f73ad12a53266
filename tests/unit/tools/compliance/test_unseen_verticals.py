"""What a brand in a vertical no evaluation set covers will do (issue 17): one test per cause.

Every test uses a made-up brand built here — "Gullwing Boatworks", a used-boat broker with no
product catalogue, and "Brightwater Academy", a school whose programs are often named without
their category word — not the sample brand and not the wording of any evaluation brand.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict
from nextbest.tools.compliance.catalogue import short_name

DAY = date(2027, 2, 10)
NOON = datetime(2027, 2, 10, 17, 0, tzinfo=UTC)
FOOTER = (
    "\n\nGullwing Boatworks LLC, 12 Marina Way, Annapolis, MD 21401. "
    "Unsubscribe: https://gullwingboats.com/unsubscribe"
)


def _rule(rule_id: str, kind: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    rule: dict[str, Any] = {
        "id": rule_id,
        "kind": kind,
        "description": f"{rule_id} rule.",
        "rationale": "Test brand policy.",
        "source": "Test rulebook",
    }
    if params is not None:
        rule["params"] = params
    return rule


def _brand(name: str, domain: str) -> dict[str, Any]:
    return {
        "name": name,
        "legal_name": f"{name} LLC",
        "postal_address": "12 Marina Way, Annapolis, MD 21401",
        "channels": ["email", "sms", "push"],
        "default_time_zone": "America/New_York",
        "website_domains": [domain],
    }


def _boats() -> BrandPack:
    return BrandPack.model_validate(
        {
            "brand": _brand("Gullwing Boatworks", "gullwingboats.com"),
            "offers": [
                {
                    "id": "survey-credit",
                    "name": "Survey credit",
                    "terms": "$400 toward your marine survey when you buy through Gullwing. "
                    "Credit applied at closing.",
                    "disclosure": "Credit applied at closing.",
                    "discount_type": "amount",
                    "discount_amount": 400,
                    "currency": "USD",
                    "channels": ["email", "sms", "push"],
                    "valid_until": "2027-03-31",
                }
            ],
            "rules": [_rule("offers", "offer_terms", {})],
        }
    )


def _school() -> BrandPack:
    return BrandPack.model_validate(
        {
            "brand": _brand("Brightwater Academy", "brightwater.edu"),
            "products": [
                {"id": "welding", "name": "Pipe Welding Certificate", "category": "certificate"},
                {"id": "hvac", "name": "HVAC Technician Certificate", "category": "certificate"},
            ],
            "claims": [
                {
                    "id": "pay",
                    "text": "Median first-year pay of $61,000 for 2026 Pipe Welding graduates.",
                    "category": "efficacy",
                    "substantiation": "Graduate survey 2026",
                    "channels": ["email", "sms", "push"],
                    "products": ["welding"],
                }
            ],
            "rules": [_rule("claims", "claim_grounding", {"categories": ["efficacy"]})],
        }
    )


@pytest.fixture(scope="module")
def boats() -> RuleEngine:
    """One engine over the made-up boat broker."""
    return RuleEngine(_boats())


def _email(engine: RuleEngine, body: str, **fields: Any) -> Verdict:
    fields.setdefault("subject", "From the docks")
    message = Message(channel="email", body=body + FOOTER, send_time=NOON, **fields)
    return engine.check(message, as_of=DAY)


# --- prices that are inventory facts, in a pack without a catalogue ----------------------------


def test_asking_price_of_an_item_not_in_any_catalogue_is_not_a_promotion(boats: RuleEngine) -> None:
    listing = _email(
        boats, "Just in: a 2019 center console, 24 ft, listed at $86,500. Sea trial by appointment."
    )
    assert "offers" not in listing.fired_rule_ids, listing.violations
    fee = _email(boats, "Slip rental runs $1,200 a season at our Annapolis yard.")
    assert "offers" not in fee.fired_rule_ids, fee.violations


def test_price_worded_as_a_promotion_still_needs_an_offer(boats: RuleEngine) -> None:
    for body in (
        "This weekend only: the 24 ft center console for just $79,900.",
        "Trailers from $2,499 during our spring sale.",
        "Get a $400 bonus when you buy your next boat.",
    ):
        verdict = _email(boats, body)
        assert "offers" in verdict.fired_rule_ids, body


def test_reduced_price_with_was_and_now_is_still_a_promotion(boats: RuleEngine) -> None:
    verdict = _email(boats, "The 24 ft center console is now $79,900 (was $86,500).")
    assert "offers" in verdict.fired_rule_ids


def test_prices_on_a_message_with_an_offer_are_checked_against_it(boats: RuleEngine) -> None:
    good = _email(
        boats,
        "$400 toward your marine survey when you buy through Gullwing. Credit applied at closing.",
        offer_id="survey-credit",
    )
    assert "offers" not in good.fired_rule_ids, good.violations
    wrong = _email(
        boats,
        "$600 toward your marine survey when you buy through Gullwing. Credit applied at closing.",
        offer_id="survey-credit",
    )
    assert "offers" in wrong.fired_rule_ids


# --- programs named without their category word ------------------------------------------------


def test_product_named_without_its_category_word_is_that_product() -> None:
    pack = _school()
    shorts = {p.id: short_name(p, pack.products) for p in pack.products}
    assert shorts == {"welding": "Pipe Welding", "hvac": "HVAC Technician"}


def test_claim_moved_to_a_program_named_without_its_category_word_is_wrong_product() -> None:
    engine = RuleEngine(_school())
    moved = _email(engine, "HVAC Technician graduates earn a median first-year pay of $61,000.")
    assert "claims" in moved.fired_rule_ids
    own = _email(engine, "Pipe Welding graduates earn a median first-year pay of $61,000.")
    assert "claims" not in own.fired_rule_ids, own.violations
    lower = _email(engine, "Learn pipe welding basics in our free open workshop.")
    assert "claims" not in lower.fired_rule_ids, lower.violations


# --- number formats of non-English copy --------------------------------------------------------


def _pans(offer_products: list[str] | None = None) -> BrandPack:
    """A made-up French cookware shop with a catalogue, and an offer on one pan."""
    return BrandPack.model_validate(
        {
            "brand": _brand("Cuivre Tranquille", "cuivretranquille.fr"),
            "products": [
                {
                    "id": "sauteuse",
                    "name": "Sauteuse Atlas",
                    "list_price": 1234.5,
                    "currency": "EUR",
                },
                {"id": "poele", "name": "Poêle Brume", "list_price": 89, "currency": "EUR"},
            ],
            "offers": [
                {
                    "id": "brume-15",
                    "name": "Brume 15",
                    "terms": "15 % de remise sur la Poêle Brume. Jusqu'au 31/03/2027.",
                    "disclosure": "Jusqu'au 31/03/2027.",
                    "discount_type": "percent",
                    "discount_amount": 15,
                    "products": offer_products or ["poele"],
                    "channels": ["email", "sms", "push"],
                    "valid_until": "2027-03-31",
                }
            ],
            "rules": [_rule("offres", "offer_terms", {})],
        }
    )


def test_prices_with_dot_or_space_thousands_and_decimal_comma_are_read_whole() -> None:
    engine = RuleEngine(_pans())
    for price in ("1 234,50 €", "1.234,50 €", "1\u00a0234,50 €", "1\u202f234,50 €"):
        listed = _email(engine, f"La Sauteuse Atlas en cuivre martelé : {price}.")
        assert "offres" not in listed.fired_rule_ids, (price, listed.violations)
    below = _email(engine, "La Sauteuse Atlas en cuivre martelé : 1 034,50 €.")
    assert "offres" in below.fired_rule_ids


def test_list_price_of_a_product_outside_the_offer_is_not_a_promotion() -> None:
    engine = RuleEngine(_pans())
    verdict = _email(
        engine,
        "15 % de remise sur la Poêle Brume. Jusqu'au 31/03/2027. "
        "La Sauteuse Atlas reste à 1 234,50 €.",
        offer_id="brume-15",
    )
    assert "offres" not in verdict.fired_rule_ids, verdict.violations
    lower = _email(
        engine,
        "15 % de remise sur la Poêle Brume. Jusqu'au 31/03/2027. La Sauteuse Atlas à 999 €.",
        offer_id="brume-15",
    )
    assert "offres" in lower.fired_rule_ids


# --- triggers do not run across paragraphs -----------------------------------------------------


def test_a_claim_trigger_does_not_join_words_of_two_paragraphs() -> None:
    pack = BrandPack.model_validate(
        {
            "brand": _brand("Gullwing Boatworks", "gullwingboats.com"),
            "products": [{"id": "kit", "name": "Deck First Aid"}],
            "rules": [_rule("claims", "claim_grounding", {"categories": ["health"]})],
        }
    )
    engine = RuleEngine(pack)
    apart = _email(engine, "Stow a Deck First Aid on board.\n\nSleep aboard at our marina.")
    assert "claims" not in apart.fired_rule_ids, apart.violations
    joined = _email(engine, "A cup of chamomile aids restful sleep on board.")
    assert "claims" in joined.fired_rule_ids


# --- the brand's own approved words never block -------------------------------------------------


def test_own_approved_wordings_never_make_a_passing_message_block() -> None:
    from nextbest.evals.guardrail.own_words import approved_wordings, own_word_findings
    from nextbest.evals.guardrail.runner import Case

    pack = _pans()
    base = Message(
        channel="email",
        subject="Nouveautés",
        body="Nos casseroles sont fabriquées en Bretagne." + FOOTER,
        send_time=NOON,
    )
    cases = [Case(id="base", channel="email", message=base, expected="pass", as_of=DAY)]
    sources = {w.source for w in approved_wordings(pack)}
    assert {"offer", "product"} <= sources
    assert own_word_findings(pack, cases) == []


def test_price_in_a_paragraph_naming_no_product_is_not_read_against_other_paragraphs() -> None:
    engine = RuleEngine(_pans())
    apart = _email(
        engine,
        "La Sauteuse Atlas, martelée à la main.\n\nNos ateliers de cuisine : 45 € par personne.",
    )
    assert "offres" not in apart.fired_rule_ids, apart.violations
    together = _email(engine, "La Sauteuse Atlas, martelée à la main. Cette semaine : 999 €.")
    assert "offres" in together.fired_rule_ids


# --- copy in other languages and other verticals' everyday wording ------------------------------


def test_discounts_and_free_items_in_french_spanish_and_german_copy_are_read() -> None:
    engine = RuleEngine(_pans())
    offer = "brume-15"
    tail = " Jusqu'au 31/03/2027."
    ok = _email(engine, "15 % de remise sur la Poêle Brume." + tail, offer_id=offer)
    assert "offres" not in ok.fired_rule_ids, ok.violations
    for body in (
        "20 % de réduction sur la Poêle Brume.",
        "-25 % sur la Poêle Brume.",
        "Poêle Brume : remise de 30 % ce week-end.",
        "Livraison offerte sur la Poêle Brume.",
        "Envío gratis en la Poêle Brume.",
        "Kostenloser Versand für die Poêle Brume.",
        "Poêle Brume avec le code promo BRUME30.",
    ):
        verdict = _email(engine, body + tail, offer_id=offer)
        assert "offres" in verdict.fired_rule_ids, body
    without = _email(engine, "15 % de remise sur la Poêle Brume ce week-end.")
    assert "offres" in without.fired_rule_ids
    toll_free = _email(engine, "Une question ? Appelez notre numéro gratuit au 0 800 123 456.")
    assert "offres" not in toll_free.fired_rule_ids, toll_free.violations


def test_a_number_given_to_call_is_not_personal_data() -> None:
    pack = BrandPack.model_validate(
        {
            "brand": _brand("Gullwing Boatworks", "gullwingboats.com"),
            "rules": [_rule("pii", "personal_data", {})],
        }
    )
    engine = RuleEngine(pack)
    for body in (
        "Questions? Call 1-888-555-0142 any day.",
        "Boating safety helpline: 1-888-555-0177.",
        "Call us at (410) 555-0100 to book a sea trial.",
    ):
        verdict = _email(engine, body)
        assert "pii" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "We saved your number 410-555-0163 for the sea trial.",
        "We will text your phone 410-555-0163 when the boat is ready.",
    ):
        assert "pii" in _email(engine, body).fired_rule_ids, body


def test_a_deadline_before_arrival_is_not_a_claim_of_duration() -> None:
    pack = BrandPack.model_validate(
        {
            "brand": _brand("Gullwing Boatworks", "gullwingboats.com"),
            "rules": [_rule("claims", "claim_grounding", {"categories": ["efficacy"]})],
        }
    )
    engine = RuleEngine(pack)
    deadline = _email(engine, "Reschedule your sea trial up to 48 hours before departure.")
    assert "claims" not in deadline.fired_rule_ids, deadline.violations
    lasting = _email(engine, "Our hull wax protects for up to 48 hours in salt water.")
    assert "claims" in lasting.fired_rule_ids


# --- end dates stated in copy ---------------------------------------------------------------


def _marina() -> RuleEngine:
    pack = BrandPack.model_validate(
        {
            "brand": _brand("Gullwing Boatworks", "gullwingboats.com"),
            "offers": [
                {
                    "id": "winter-slip",
                    "name": "Winter slip",
                    "terms": "20% off winter slip rental. Sign by March 31, 2027 "
                    "for slips through October 31, 2027.",
                    "disclosure": "New slip holders only.",
                    "discount_type": "percent",
                    "discount_amount": 20,
                    "channels": ["email", "sms", "push"],
                    "valid_until": "2027-03-31",
                }
            ],
            "rules": [_rule("urgency", "urgency", {})],
        }
    )
    return RuleEngine(pack)


def test_an_end_date_stated_in_copy_must_be_the_offers_last_day() -> None:
    engine = _marina()
    for body in (
        "Winter slips 20% off until the season opens. Offer ends March 31.",
        "Offre valable jusqu'au 31/03/2027.",
        "Angebot gültig bis 31.03.2027.",
        "Válido hasta el 31 de marzo de 2027.",
        "Ends 03/31/27.",
        "Your discounted slip is good through October 31.",
    ):
        verdict = _email(engine, body, offer_id="winter-slip")
        assert "urgency" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "Offer ends March 15.",
        "Offre valable jusqu'au 15/03/2027.",
        "Angebot gültig bis 01.03.2027.",
        "Ends Friday, February 12.",
    ):
        verdict = _email(engine, body, offer_id="winter-slip")
        assert "urgency" in verdict.fired_rule_ids, body


def test_a_date_in_figures_keeps_every_reading_unless_dots_say_day_first() -> None:
    from nextbest.tools.compliance.normalise import fold
    from nextbest.tools.compliance.stated_dates import stated_ends

    [slashes] = stated_ends(fold("Ends 12/01/2027.").text)
    assert slashes.may_be(date(2027, 12, 1)) and slashes.may_be(date(2027, 1, 12))
    [dots] = stated_ends(fold("Gültig bis 12.01.2027.").text)
    assert dots.may_be(date(2027, 1, 12)) and not dots.may_be(date(2027, 12, 1))
    [named] = stated_ends(fold("Se termine le 1er décembre.").text)
    assert named.may_be(date(2031, 12, 1))
    assert stated_ends(fold("Open Monday to Friday, 9 to 5.").text) == []


def test_reference_prices_are_checked_in_every_wording() -> None:
    engine = RuleEngine(_pans())
    offer = "brume-15"
    tail = " 15 % de remise sur la Poêle Brume. Jusqu'au 31/03/2027."
    for wording in ("compare at 99 €", "au lieu de 99 €", "statt 99 €", "valued at 99 €"):
        verdict = _email(
            engine, f"Poêle Brume, {wording}, maintenant 75,65 €.{tail}", offer_id=offer
        )
        assert "offres" in verdict.fired_rule_ids, wording  # the list price is 89 €
    right = _email(
        engine, f"Poêle Brume, au lieu de 89 €, maintenant 75,65 €.{tail}", offer_id=offer
    )
    assert "offres" not in right.fired_rule_ids, right.violations


def test_a_lead_in_price_without_a_catalogue_is_a_fact(boats: RuleEngine) -> None:
    verdict = _email(boats, "Chesapeake day charters from $640 per boat, skipper included.")
    assert "offers" not in verdict.fired_rule_ids, verdict.violations


def test_a_phone_number_spelled_in_letters_is_not_shouting() -> None:
    pack = BrandPack.model_validate(
        {
            "brand": _brand("Gullwing Boatworks", "gullwingboats.com"),
            "rules": [_rule("caps", "capitals", {})],
        }
    )
    engine = RuleEngine(pack)
    spelled = _email(engine, "Boating questions? Call 1-888-GULLWAY any day.")
    assert "caps" not in spelled.fired_rule_ids, spelled.violations
    shouting = _email(engine, "HUGE savings on slips this week.")
    assert "caps" in shouting.fired_rule_ids


def test_free_as_a_standing_policy_is_not_a_promotion(boats: RuleEngine) -> None:
    for body in (
        "Free sea-trial cancellation up to 24 hours before departure.",
        "Free pump-out service at every Gullwing marina.",
        "Kids ride free on harbour tours with a paying adult, every day of the year.",
    ):
        verdict = _email(boats, body)
        assert "offers" not in verdict.fired_rule_ids, (body, verdict.violations)
    for body in (
        "Free pump-out service at every Gullwing marina this weekend.",
        "Free winter storage when you buy a boat, as always.",
        "Free shipping on every order.",
        "Free fuel dock pump-out included with your slip.",
        "Free coffee at every marina this Saturday.",
    ):
        verdict = _email(boats, body)
        assert "offers" in verdict.fired_rule_ids, body


def test_naming_the_offers_product_is_not_restating_the_offer() -> None:
    pack = BrandPack.model_validate(
        {
            "brand": _brand("Gullwing Boatworks", "gullwingboats.com"),
            "products": [
                {"id": "wax", "name": "Saltguard Hull Wax", "list_price": 30, "currency": "USD"}
            ],
            "offers": [
                {
                    "id": "wax-5",
                    "name": "Wax 5",
                    "terms": "$5 off Saltguard Hull Wax with code WAX5. One per customer.",
                    "disclosure": "One per customer.",
                    "discount_type": "amount",
                    "discount_amount": 5,
                    "currency": "USD",
                    "code": "WAX5",
                    "products": ["wax"],
                    "channels": ["email"],
                    "valid_until": "2027-03-31",
                }
            ],
            "rules": [_rule("offers", "offer_terms", {})],
        }
    )
    engine = RuleEngine(pack)
    body = (
        "$5 off Saltguard Hull Wax with code WAX5. One per customer.\n\n"
        "Saltguard Hull Wax is blended from 3 natural waxes."
    )
    verdict = _email(engine, body, offer_id="wax-5")
    assert "offers" not in verdict.fired_rule_ids, verdict.violations
    changed = _email(
        engine, "$8 off Saltguard Hull Wax with code WAX5. One per customer.", offer_id="wax-5"
    )
    assert "offers" in changed.fired_rule_ids


def test_a_price_in_a_paragraph_of_its_own_is_not_read_against_the_offer() -> None:
    engine = RuleEngine(_pans())
    tail = "15 % de remise sur la Poêle Brume. Jusqu'au 31/03/2027."
    aside = _email(
        engine, f"{tail}\n\nNos ateliers de cuisine : 45 € par personne.", offer_id="brume-15"
    )
    assert "offres" not in aside.fired_rule_ids, aside.violations
    promoted = _email(engine, f"{tail}\n\nSeulement 45 € ce week-end !", offer_id="brume-15")
    assert "offres" in promoted.fired_rule_ids
    ranged = _email(engine, "Taux de 19,24 % – 28,24 % selon profil.")
    assert "offres" not in ranged.fired_rule_ids, ranged.violations


def test_an_asking_price_in_its_own_paragraph_beside_an_offer_is_a_fact(boats: RuleEngine) -> None:
    offer = (
        "$400 toward your marine survey when you buy through Gullwing. Credit applied at closing."
    )
    listing = "Just listed: a 2019 center console, 24 ft, asking $86,500."
    verdict = _email(boats, f"{offer}\n\n{listing}", offer_id="survey-credit")
    assert "offers" not in verdict.fired_rule_ids, verdict.violations
    inside = _email(
        boats, f"{offer} Buy the 24 ft center console for $86,500.", offer_id="survey-credit"
    )
    assert "offers" in inside.fired_rule_ids


def test_subject_phrases_that_promise_no_benefit_are_informational() -> None:
    pack = BrandPack.model_validate(
        {
            "brand": _brand("Gullwing Boatworks", "gullwingboats.com"),
            "rules": [_rule("subject", "subject_honesty", {})],
        }
    )
    engine = RuleEngine(pack)
    body = "Our spring boat show opens at the Annapolis marina on April 4. Bring the family."
    for subject in ("Save the date", "Kick off the boating season", "Off-season storage hours"):
        verdict = _email(engine, body, subject=subject)
        assert "subject" not in verdict.fired_rule_ids, (subject, verdict.violations)
    for subject in ("Save big this spring", "20% off slips"):
        verdict = _email(engine, body, subject=subject)
        assert "subject" in verdict.fired_rule_ids, subject


def test_unsubscribe_wording_in_other_languages_is_an_unsubscribe() -> None:
    pack = BrandPack.model_validate(
        {
            "brand": _brand("Cuivre Tranquille", "cuivretranquille.fr"),
            "rules": [_rule("desinscription", "required_element", {"element": "unsubscribe"})],
        }
    )
    engine = RuleEngine(pack)
    for line in (
        "Se désinscrire : https://cuivretranquille.fr/d",
        "Pour vous désabonner, cliquez ici : https://cuivretranquille.fr/d",
        "Newsletter abbestellen: https://cuivretranquille.fr/d",
        "Para darte de baja: https://cuivretranquille.fr/d",
        "Disiscriviti: https://cuivretranquille.fr/d",
    ):
        message = Message(channel="email", subject="Nouveautés", body=f"Bonjour.\n\n{line}")
        verdict = engine.check(message, as_of=DAY)
        assert "desinscription" not in verdict.fired_rule_ids, (line, verdict.violations)
    bare = engine.check(Message(channel="email", subject="Nouveautés", body="Bonjour."), as_of=DAY)
    assert "desinscription" in bare.fired_rule_ids


def test_claims_in_french_spanish_and_german_copy_are_claims() -> None:
    pack = BrandPack.model_validate(
        {
            "brand": _brand("Cuivre Tranquille", "cuivretranquille.fr"),
            "claims": [
                {
                    "id": "cuivre",
                    "text": "Cuivre martelé à la main en Normandie.",
                    "category": "superlative",
                    "substantiation": "Atelier 2026",
                    "channels": ["email"],
                }
            ],
            "rules": [
                _rule(
                    "allegations",
                    "claim_grounding",
                    {"categories": ["superlative", "efficacy", "sustainability"]},
                )
            ],
        }
    )
    engine = RuleEngine(pack)
    for body in (
        "La meilleure casserole du marché.",
        "Revêtement cliniquement testé.",
        "Des poêles éco-responsables.",
        "La mejor sartén de España.",
        "Die beste Pfanne für Ihre Küche.",
    ):
        verdict = _email(engine, body)
        assert "allegations" in verdict.fired_rule_ids, body
    for body in ("Meilleurs vœux de toute l'équipe !", "Cuivre martelé à la main en Normandie."):
        verdict = _email(engine, body)
        assert "allegations" not in verdict.fired_rule_ids, (body, verdict.violations)


def test_dates_in_other_languages_are_not_figures_of_an_offer() -> None:
    from nextbest.tools.compliance.offer_paraphrase import figures_of

    assert figures_of("Offre valable jusqu'au 31 mars 2027.") == set()
    assert figures_of("Válido hasta el 15 de agosto.") == set()
    assert figures_of("Gültig bis 31.03.") == set()
    assert figures_of("3.5% APR for 12 months") == {3.5, 12.0}


def test_financing_terms_are_promotions_that_need_an_offer(boats: RuleEngine) -> None:
    for body in (
        "0% APR for 60 months on every new pontoon.",
        "No interest if paid in full within 12 months.",
        "Drive home a trailer with $0 down.",
    ):
        verdict = _email(boats, body)
        assert "offers" in verdict.fired_rule_ids, body
    rate = _email(boats, "Marine loan rates start at 6.9% APR for qualified buyers.")
    assert "offers" not in rate.fired_rule_ids, rate.violations


def test_an_amount_the_offers_terms_give_is_not_a_different_offer() -> None:
    pack = BrandPack.model_validate(
        {
            "brand": _brand("Gullwing Boatworks", "gullwingboats.com"),
            "offers": [
                {
                    "id": "fuel-credit",
                    "name": "Fuel credit",
                    "terms": "Rent a slip for the season and get $150 in fuel credit. "
                    "Credit expires October 31, 2027.",
                    "disclosure": "Credit expires October 31, 2027.",
                    "discount_type": "free_gift",
                    "min_spend": 900,
                    "currency": "USD",
                    "channels": ["email"],
                    "valid_until": "2027-03-31",
                }
            ],
            "rules": [_rule("offers", "offer_terms", {})],
        }
    )
    engine = RuleEngine(pack)
    tail = " Credit expires October 31, 2027."
    same = _email(
        engine, "Get $150 in fuel credit with a season slip." + tail, offer_id="fuel-credit"
    )
    assert "offers" not in same.fired_rule_ids, same.violations
    for body in ("Get $250 in fuel credit with a season slip.", "Save $900 on a season slip."):
        verdict = _email(engine, body + tail, offer_id="fuel-credit")
        assert "offers" in verdict.fired_rule_ids, body


def test_the_brands_own_name_is_never_a_claim_a_banned_phrase_or_an_offer() -> None:
    pack = BrandPack.model_validate(
        {
            "brand": {**_brand("Best Free Boats", "bestfreeboats.com"), "short_name": "Best Free"},
            "rules": [
                _rule("offers", "offer_terms", {}),
                _rule("claims", "claim_grounding", {"categories": ["superlative"]}),
                _rule("banned", "banned_phrase", {"phrases": ["best free"]}),
            ],
        }
    )
    engine = RuleEngine(pack)
    own = _email(engine, "Best Free Boats opens a second yard in Annapolis. See you at Best Free!")
    assert own.fired_rule_ids == [], own.violations
    lower = _email(engine, "The best free boat show in Maryland.")
    assert {"offers", "claims", "banned"} <= set(lower.fired_rule_ids)


def test_a_product_named_with_a_promotional_word_is_not_a_promotion() -> None:
    pack = BrandPack.model_validate(
        {
            "brand": _brand("Gullwing Boatworks", "gullwingboats.com"),
            "products": [
                {"id": "flow", "name": "Free Flow Bilge Pump", "list_price": 89, "currency": "USD"},
                {"id": "last", "name": "Last Chance Anchor", "list_price": 140, "currency": "USD"},
            ],
            "rules": [_rule("offers", "offer_terms", {}), _rule("urgency", "urgency", {})],
        }
    )
    engine = RuleEngine(pack)
    named = _email(engine, "The Free Flow Bilge Pump and the Last Chance Anchor are back in stock.")
    assert named.fired_rule_ids == [], named.violations
    promo = _email(engine, "Free anchor line with every Last Chance Anchor, last chance!")
    assert {"offers", "urgency"} <= set(promo.fired_rule_ids)


def test_a_safety_warning_in_capitals_is_not_shouting() -> None:
    pack = BrandPack.model_validate(
        {
            "brand": _brand("Gullwing Boatworks", "gullwingboats.com"),
            "rules": [_rule("caps", "capitals", {})],
        }
    )
    engine = RuleEngine(pack)
    warning = _email(engine, "WARNING: CHOKING HAZARD. Small parts in the kids' knot-tying kit.")
    assert "caps" not in warning.fired_rule_ids, warning.violations
    shouting = _email(engine, "WARNING: PRICES THIS LOW WON'T LAST.")
    assert "caps" in shouting.fired_rule_ids


def test_a_lone_reference_price_without_a_catalogue_is_a_fact(boats: RuleEngine) -> None:
    lone = _email(boats, "The 2026 Tidewalker 22 arrives in March, MSRP $64,900.")
    assert "offers" not in lone.fired_rule_ids, lone.violations
    for body in (
        "The 2026 Tidewalker 22, MSRP $64,900, now $59,900.",
        "The 2026 Tidewalker 22, MSRP $64,900 — save big this weekend.",
    ):
        assert "offers" in _email(boats, body).fired_rule_ids, body
