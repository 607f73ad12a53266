"""Every rule kind, each with a passing and a failing message, on a brand that is not the sample."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from compliance_helpers import build_pack, fired, rule

SMS_OK = "Northwind Coffee: fresh beans are in. Reply STOP to opt out, HELP for help."


# --------------------------------------------------------------------------- banned_phrase
def test_banned_phrase_pass_and_fail(check) -> None:
    pack = build_pack([rule("no-hype", "banned_phrase", {"phrases": ["miracle", "cure"]})])
    assert check(pack, channel="push", body="A secure, curated roast.").decision == "pass"
    verdict = check(pack, channel="push", body="A miracle roast.")
    assert verdict.decision == "block"
    (violation,) = verdict.violations
    assert violation.rule_id == "no-hype" and violation.kind == "banned_phrase"
    assert violation.span == (2, 9) and violation.evidence == "miracle"
    assert violation.source == "test suite" and violation.fix_hint


def test_banned_pattern_only_in_listed_fields(check) -> None:
    pack = build_pack(
        [
            rule(
                "no-fake-reply",
                "banned_phrase",
                {"patterns": [r"^\s*re\s*:"], "fields": ["subject"]},
            )
        ]
    )
    assert check(pack, channel="email", subject="Fresh beans", body="re: beans").decision == "pass"
    verdict = check(pack, channel="email", subject="RE: your beans", body="Fresh beans")
    assert fired(verdict) == {"no-fake-reply"}
    assert verdict.violations[0].field == "subject"


def test_warn_severity_never_blocks(check) -> None:
    pack = build_pack([rule("voice", "banned_phrase", {"phrases": ["cheap"]}, severity="warn")])
    verdict = check(pack, channel="push", body="Cheap thrills.")
    assert verdict.decision == "warn" and not verdict.blocked


# --------------------------------------------------------------------------- required_element
@pytest.mark.parametrize(
    ("element", "channel", "good", "bad"),
    [
        ("unsubscribe", "email", "Beans. Unsubscribe: https://northwind.coffee/u", "Beans."),
        (
            "postal_address",
            "email",
            "Beans. Northwind Coffee, 77 Harbor Rd, Unit 5, Bangor ME 04401",
            "Beans. Northwind Coffee, Bangor, Maine",
        ),
        ("brand_name", "sms", "NORTHWIND COFFEE: beans", "Beans are in"),
        ("stop_help", "sms", "Beans. Text STOP to quit, HELP for help.", "Beans. Reply HELP."),
        ("ad_identification", "email", "Ad: fresh beans", "Fresh beans"),
    ],
)
def test_required_element_pass_and_fail(check, element, channel, good, bad) -> None:
    pack = build_pack([rule("req", "required_element", {"element": element}, channels=[channel])])
    assert check(pack, channel=channel, body=good, consent="soft_opt_in").decision == "pass"
    verdict = check(pack, channel=channel, body=bad, consent="soft_opt_in")
    assert fired(verdict) == {"req"}
    assert verdict.violations[0].fix_hint


def test_stop_wording_accepts_every_opt_out_keyword(check) -> None:
    pack = build_pack([rule("req", "required_element", {"element": "stop_help"})])
    for keyword in ("STOP", "QUIT", "END", "REVOKE", "OPT OUT", "CANCEL", "UNSUBSCRIBE"):
        body = f"Northwind Coffee: beans. Reply {keyword} to opt out. Reply HELP for help."
        assert check(pack, channel="sms", body=body).decision == "pass", keyword
    assert check(pack, channel="sms", body="Sale ends soon. Reply HELP for help").blocked


def test_ad_identification_satisfied_by_opt_in(check) -> None:
    pack = build_pack([rule("ad", "required_element", {"element": "ad_identification"})])
    assert check(pack, channel="email", body="Fresh beans", consent="opt_in").decision == "pass"
    assert check(pack, channel="email", body="Fresh beans", consent="soft_opt_in").blocked


def test_sender_identity(check) -> None:
    pack = build_pack([rule("from", "required_element", {"element": "sender_identity"})])
    ok = check(pack, channel="email", body="Beans", sender="NEWS@northwind.coffee")
    assert ok.decision == "pass"
    assert check(pack, channel="email", body="Beans", sender="deals@nw-coffee.biz").blocked
    assert check(pack, channel="email", body="Beans").blocked


def test_required_element_extra_patterns_satisfy_it(check) -> None:
    pack = build_pack(
        [
            rule(
                "unsub",
                "required_element",
                {"element": "unsubscribe", "patterns": [r"\bleave list\b"]},
            )
        ]
    )
    assert check(pack, channel="email", body="Beans. Leave list: reply 2").decision == "pass"


# --------------------------------------------------------------------------- length_limit
def test_length_limit_chars(check) -> None:
    pack = build_pack([rule("title", "length_limit", {"field": "subject", "max_chars": 10})])
    assert check(pack, channel="push", subject="Beans!", body="x").decision == "pass"
    verdict = check(pack, channel="push", subject="Fresh beans today", body="x")
    (violation,) = verdict.violations
    assert violation.span == (10, 17) and violation.evidence == "s today"


def test_length_limit_sms_segments_by_encoding(check) -> None:
    pack = build_pack([rule("segments", "length_limit", {"field": "body", "max_segments": 1})])
    gsm = "a" * 160
    assert check(pack, channel="sms", body=gsm).decision == "pass"
    assert check(pack, channel="sms", body=gsm + "a").blocked
    ucs2 = "\u2728" + "a" * 69
    assert check(pack, channel="sms", body=ucs2).decision == "pass"
    verdict = check(pack, channel="sms", body=ucs2 + "a")
    assert verdict.blocked and "UCS-2" in verdict.violations[0].message


# --------------------------------------------------------------------------- claim_grounding
CLAIMS = [
    {
        "id": "clm-fair",
        "text": "Every bean is Fairtrade certified.",
        "category": "sustainability",
        "substantiation": "Fairtrade licence FT-1",
        "channels": ["email", "sms", "push"],
    },
    {
        "id": "clm-fresh",
        "text": "Roasted within 48 hours of shipping.",
        "category": "efficacy",
        "substantiation": "Roastery logs",
        "channels": ["email"],
        "disclaimer": "Applies to whole-bean orders.",
    },
    {
        "id": "clm-old",
        "text": "Voted best coffee in Maine 2023.",
        "category": "superlative",
        "substantiation": "Readers poll 2023",
        "channels": ["email", "push"],
        "valid_until": "2024-06-30",
    },
]
GROUNDING = rule(
    "substantiate",
    "claim_grounding",
    {
        "categories": ["efficacy", "sustainability", "superlative"],
        "extra_triggers": {"efficacy": ["roasted within"]},
    },
)


def test_claim_grounding_exact_claim_passes(check) -> None:
    pack = build_pack([GROUNDING], claims=CLAIMS)
    verdict = check(pack, channel="push", body="Every bean is Fairtrade certified. Enjoy.")
    assert verdict.decision == "pass"


def test_claim_grounding_unapproved_statement_fails(check) -> None:
    pack = build_pack([GROUNDING], claims=CLAIMS)
    verdict = check(pack, channel="push", body="Our eco-friendly beans are the best.")
    assert fired(verdict) == {"substantiate"}
    assert "sustainability" in verdict.violations[0].message


def test_claim_grounding_strengthened_paraphrase_fails(check) -> None:
    pack = build_pack([GROUNDING], claims=CLAIMS)
    good = "Roasted within 48 hours of shipping. Applies to whole-bean orders."
    assert check(pack, channel="email", body=good).decision == "pass"
    for bad in (
        "Roasted within 12 hours of shipping. Applies to whole-bean orders.",
        "Always roasted within 48 hours of shipping. Applies to whole-bean orders.",
    ):
        assert check(pack, channel="email", body=bad).blocked, bad


def test_claim_grounding_close_match_allows_a_harmless_insertion(check) -> None:
    pack = build_pack([GROUNDING], claims=CLAIMS)
    verdict = check(pack, channel="sms", body="Every single bean is Fairtrade certified.")
    assert verdict.decision == "pass"


def test_claim_grounding_expired_and_wrong_channel_claims_fail(check) -> None:
    pack = build_pack([GROUNDING], claims=CLAIMS)
    expired = check(pack, channel="email", body="Voted best coffee in Maine 2023.")
    assert expired.blocked and "expired on 2024-06-30" in expired.violations[0].message
    wrong_channel = check(pack, channel="sms", body="Roasted within 48 hours of shipping.")
    assert wrong_channel.blocked and "not approved for sms" in wrong_channel.violations[0].message
    still_valid = check(
        pack, channel="email", body="Voted best coffee in Maine 2023.", as_of=date(2024, 1, 5)
    )
    assert still_valid.decision == "pass"


def test_claim_grounding_missing_disclaimer_fails(check) -> None:
    pack = build_pack([GROUNDING], claims=CLAIMS)
    verdict = check(pack, channel="email", body="Roasted within 48 hours of shipping.")
    assert verdict.blocked and "disclaimer" in verdict.violations[0].message


def test_claim_grounding_cited_ids_must_exist_and_be_valid(check) -> None:
    pack = build_pack([GROUNDING], claims=CLAIMS)
    assert check(pack, channel="push", body="Hello", claim_ids=["clm-fair"]).decision == "pass"
    assert check(pack, channel="push", body="Hello", claim_ids=["clm-nope"]).blocked
    assert check(pack, channel="push", body="Hello", claim_ids=["clm-old"]).blocked


def test_claim_grounding_idiom_exceptions(check) -> None:
    pack = build_pack([GROUNDING], claims=CLAIMS)
    assert check(pack, channel="push", body="Make the most of your morning.").decision == "pass"
    assert check(pack, channel="push", body="Our most loved roast.").blocked


# --------------------------------------------------------------------------- offer_terms
OFFERS = [
    {
        "id": "off-ten",
        "name": "Ten percent off",
        "terms": "10% off whole beans with code BEAN10. Minimum spend $25.",
        "discount_type": "percent",
        "discount_amount": 10,
        "currency": "USD",
        "code": "BEAN10",
        "min_spend": 25,
        "disclosure": "Min. spend $25, whole beans only.",
        "channels": ["email", "sms", "push"],
        "valid_until": "2026-12-31",
    },
    {
        "id": "off-ship",
        "name": "Free shipping",
        "terms": "Free shipping on orders over $30.",
        "discount_type": "free_shipping",
        "disclosure": "On orders over $30.",
        "channels": ["email", "push"],
        "valid_until": "2026-01-31",
    },
]
OFFER_RULE = rule("offers", "offer_terms", {"conditions_within_chars": 80})


def test_offer_terms_matching_offer_passes(check) -> None:
    pack = build_pack([OFFER_RULE], offers=OFFERS)
    body = "Take 10% off with code BEAN10. Min. spend $25, whole beans only."
    assert check(pack, channel="push", body=body, offer_id="off-ten").decision == "pass"


@pytest.mark.parametrize(
    ("body", "offer_id", "why"),
    [
        ("Take 15% off with code BEAN10. Min. spend $25, whole beans only.", "off-ten", "15%"),
        ("Take 10% off with code BEANS. Min. spend $25, whole beans only.", "off-ten", "code"),
        ("Take 10% off with code BEAN10.", "off-ten", "conditions"),
        ("Take 10% off everything this week.", None, "no offer"),
        ("Free shipping this week. On orders over $30.", "off-ship", "expired"),
        ("Take 10% off.", "off-missing", "unknown"),
        ("Get free mugs. Min. spend $25, whole beans only.", "off-ten", "free"),
    ],
)
def test_offer_terms_violations(check, body, offer_id, why) -> None:
    pack = build_pack([OFFER_RULE], offers=OFFERS)
    verdict = check(pack, channel="push", body=body, offer_id=offer_id)
    assert fired(verdict) == {"offers"}, why


def test_offer_conditions_must_be_near_the_mention(check) -> None:
    pack = build_pack([OFFER_RULE], offers=OFFERS)
    far = "Take 10% off with code BEAN10. " + "Fresh roasts every week for you. " * 4
    verdict = check(
        pack, channel="email", body=far + "Min. spend $25, whole beans only.", offer_id="off-ten"
    )
    assert verdict.blocked and "more than 80 characters" in verdict.violations[0].message


def test_offer_free_inside_a_compound_word_is_not_an_offer(check) -> None:
    pack = build_pack([OFFER_RULE], offers=OFFERS)
    assert check(pack, channel="push", body="Gluten-free, caffeine-free decaf.").decision == "pass"


# --------------------------------------------------------------------------- quiet_hours
QUIET = rule("quiet", "quiet_hours", {"start": "21:00", "end": "08:00"})


@pytest.mark.parametrize(
    ("utc", "zone", "blocked"),
    [
        (datetime(2026, 11, 24, 17, 0), "America/New_York", False),  # 12:00
        (datetime(2026, 11, 25, 2, 0), "America/New_York", True),  # 21:00, start inclusive
        (datetime(2026, 11, 24, 12, 59), "America/New_York", True),  # 07:59
        (datetime(2026, 11, 24, 13, 0), "America/New_York", False),  # 08:00, end exclusive
        (datetime(2026, 11, 24, 14, 0), "Asia/Tokyo", True),  # 23:00
        (datetime(2026, 11, 24, 17, 0), None, True),  # unknown zone
        (datetime(2026, 11, 24, 17, 0), "Not/AZone", True),
    ],
)
def test_quiet_hours(check, utc, zone, blocked) -> None:
    pack = build_pack([QUIET])
    verdict = check(pack, channel="sms", body=SMS_OK, send_time=utc, recipient_time_zone=zone)
    assert verdict.blocked is blocked


def test_quiet_hours_unknown_zone_may_go_when_allowed(check) -> None:
    lenient = rule(
        "quiet", "quiet_hours", {"start": "21:00", "end": "08:00", "block_unknown_time_zone": False}
    )
    pack = build_pack([lenient])
    # "Unknown time zone may go": no local time is known, so no moment is inside the window,
    # not even 22:00 in the brand's default zone (03:00 UTC).
    assert check(pack, channel="sms", body=SMS_OK).decision == "pass"
    late = check(pack, channel="sms", body=SMS_OK, send_time=datetime(2026, 11, 25, 3))
    assert late.decision == "pass"
    known = check(
        pack,
        channel="sms",
        body=SMS_OK,
        send_time=datetime(2026, 11, 25, 3),
        recipient_time_zone="America/New_York",
    )
    assert known.blocked


# --------------------------------------------------------------------------- consent
def test_consent_levels_and_objection(check) -> None:
    pack = build_pack([rule("consent", "consent", {"required": "opt_in"})])
    assert check(pack, channel="push", body="Beans", consent="opt_in").decision == "pass"
    assert check(pack, channel="push", body="Beans", consent="express_written").decision == "pass"
    assert check(pack, channel="push", body="Beans", consent="soft_opt_in").blocked
    assert check(pack, channel="push", body="Beans").blocked
    objected = check(
        pack, channel="push", body="Beans", consent="opt_in", objected_to_profiling=True
    )
    assert objected.blocked and "objected" in objected.violations[0].message


# --------------------------------------------------------------------------- link_policy
LINKS = rule("links", "link_policy", {"banned_domains": ["bit.ly"], "max_links": 2})


@pytest.mark.parametrize(
    ("body", "blocked"),
    [
        ("Shop https://northwind.coffee/beans", False),
        ("Shop shop.northwind.coffee/beans or write to hi@northwind.coffee", False),
        ("Shop https://bit.ly/beans", True),
        ("Shop https://beans.example.org/x", True),
        ("Shop http://northwind.coffee/beans", True),
        ("Shop https://n\u043erthwind.coffee/beans", True),  # Cyrillic o: a look-alike domain
        ("a https://northwind.coffee/1 b https://northwind.coffee/2 c northwind.coffee/3", True),
    ],
)
def test_link_policy(check, body, blocked) -> None:
    pack = build_pack([LINKS])
    assert check(pack, channel="email", body=body).blocked is blocked


def test_link_policy_checks_hidden_links(check) -> None:
    pack = build_pack([LINKS])
    verdict = check(pack, channel="email", body="Shop now", links=["https://evil.example.net/x"])
    assert verdict.blocked and verdict.violations[0].evidence == "https://evil.example.net/x"


# --------------------------------------------------------------------------- disclosure
DISCLOSE = rule(
    "paid",
    "disclosure",
    {"triggers": [r"\bambassador\b"], "required_any": ["#ad", "sponsored"], "within_chars": 40},
)


def test_disclosure(check) -> None:
    pack = build_pack([DISCLOSE])
    assert check(pack, channel="push", body="Our ambassador Jo loves it #ad").decision == "pass"
    assert check(pack, channel="push", body="No trigger here").decision == "pass"
    missing = check(pack, channel="push", body="Our ambassador Jo loves it")
    assert missing.blocked and missing.violations[0].evidence == "ambassador"
    far = "Our ambassador Jo loves it. " + "Great beans, great mornings. " * 3 + "#ad"
    assert check(pack, channel="push", body=far).blocked


# --------------------------------------------------------------------------- wording variants
def test_required_element_wording_variants(check) -> None:
    unsub = build_pack([rule("unsub", "required_element", {"element": "unsubscribe"})])
    body = "Beans. Update your email preferences at https://northwind.coffee/prefs"
    assert check(unsub, channel="email", body=body).decision == "pass"
    address = build_pack([rule("addr", "required_element", {"element": "postal_address"})])
    spelled = "Northwind Coffee, 77 Harbor Road, Unit 5, Bangor, Maine 04401"
    assert check(address, channel="email", body=spelled).decision == "pass"
    sender = build_pack([rule("from", "required_element", {"element": "sender_identity"})])
    named = "Northwind Coffee <News@Northwind.coffee>"
    assert check(sender, channel="email", body="Beans", sender=named).decision == "pass"


def test_brand_name_without_its_legal_suffix(check) -> None:
    pack = build_pack([rule("brand", "required_element", {"element": "brand_name"})])
    renamed = pack.model_copy(
        update={"brand": pack.brand.model_copy(update={"name": "Northwind Coffee Co."})}
    )
    assert check(renamed, channel="sms", body="Northwind Coffee: beans").decision == "pass"


def test_points_multiple_and_half_off_are_checked(check) -> None:
    offers = [
        {
            "id": "off-pts",
            "name": "Double points",
            "terms": "Members earn 2 points per $1.",
            "discount_type": "points",
            "discount_amount": 2,
            "disclosure": "Members only.",
            "channels": ["push"],
        },
        *OFFERS,
    ]
    pack = build_pack([OFFER_RULE], offers=offers)
    ok = check(
        pack, channel="push", body="Double points this week. Members only.", offer_id="off-pts"
    )
    assert ok.decision == "pass"
    wrong = check(
        pack, channel="push", body="Triple points this week. Members only.", offer_id="off-pts"
    )
    assert wrong.blocked
    half = "Half off whole beans with code BEAN10. Min. spend $25, whole beans only."
    assert check(pack, channel="push", body=half, offer_id="off-ten").blocked


@pytest.mark.parametrize(
    ("body", "blocked"),
    [
        ("Our smoothest, richest blend yet.", True),
        ("The healthiest coffee you can buy.", True),
        ("As seen on TV.", True),
        ("Our latest collection is here.", False),
        ("At your request, the forest roast is back.", False),
        ("Recommended for you: the house blend.", False),
        ("Have you ever tried cold brew?", False),
    ],
)
def test_claim_triggers_generalise_beyond_the_lexicon_words(check, body, blocked) -> None:
    every = rule(
        "claims",
        "claim_grounding",
        {"categories": ["efficacy", "health", "superlative", "endorsement", "comparative"]},
    )
    assert check(build_pack([every]), channel="push", body=body).blocked is blocked


@pytest.mark.parametrize(
    ("body", "blocked"),
    [
        ("Free your mornings with a subscription.", False),
        ("Feel free to reply.", False),
        ("Gluten free and delicious.", False),
        ("Free mugs this week.", True),
    ],
)
def test_free_as_a_verb_or_adjective_is_not_an_offer(check, body, blocked) -> None:
    assert check(build_pack([OFFER_RULE]), channel="push", body=body).blocked is blocked


def test_paraphrase_of_an_approved_claim_without_trigger_words(check) -> None:
    claims = [
        {
            "id": "clm-returns",
            "text": "Free returns within 30 days.",
            "category": "guarantee",
            "substantiation": "Returns policy",
            "channels": ["push"],
        }
    ]
    pack = build_pack([rule("claims", "claim_grounding", {"categories": ["guarantee"]})], claims)
    assert check(pack, channel="push", body="Free returns within 30 days.").decision == "pass"
    verdict = check(pack, channel="push", body="Free returns within 60 days.")
    assert verdict.blocked and "Paraphrases approved claim" in verdict.violations[0].message
    unrelated = check(pack, channel="push", body="Returns desk opens at 9 on weekdays.")
    assert unrelated.decision == "pass"


def test_offer_with_a_minimum_spend_cannot_be_promised_on_every_order(check) -> None:
    pack = build_pack([OFFER_RULE], offers=OFFERS)
    body = "10% off with code BEAN10 on every order. Min. spend $25, whole beans only."
    assert check(pack, channel="push", body=body, offer_id="off-ten").blocked
    fine = "10% off with code BEAN10 on any order over $25. Min. spend $25, whole beans only."
    assert check(pack, channel="push", body=fine, offer_id="off-ten").decision == "pass"


def test_extra_triggers_with_meaningful_punctuation(check) -> None:
    params = {"categories": ["price"], "extra_triggers": {"price": ["/month", "24/7"]}}
    pack = build_pack([rule("claims", "claim_grounding", params)])
    assert check(pack, channel="push", body="Plans from $20/month.").blocked
    assert check(pack, channel="push", body="Support 24/7.").blocked
    assert check(pack, channel="push", body="Your first month is on us soon.").decision == "pass"


def test_changed_figures_in_an_approved_claim(check) -> None:
    claims = [
        {
            "id": "clm-servings",
            "text": "Each tin makes at least 40 cups of coffee.",
            "category": "efficacy",
            "substantiation": "Brew test",
            "channels": ["push"],
        }
    ]
    pack = build_pack([rule("claims", "claim_grounding", {"categories": ["efficacy"]})], claims)
    assert (
        check(pack, channel="push", body="Each tin makes at least 40 cups of coffee.").decision
        == "pass"
    )
    verdict = check(pack, channel="push", body="Each tin makes 60 cups of coffee.")
    assert verdict.blocked and "clm-servings" in verdict.violations[0].message
    assert check(pack, channel="push", body="A 250 g tin of house coffee.").decision == "pass"


def test_number_words_count_as_figures(check) -> None:
    claims = [
        {
            "id": "clm-walk",
            "text": "Two minutes' walk from the harbour.",
            "category": "service",
            "substantiation": "Site survey",
            "channels": ["push"],
        }
    ]
    pack = build_pack([rule("claims", "claim_grounding", {"categories": ["service"]})], claims)
    assert (
        check(pack, channel="push", body="Two minutes' walk from the harbour.").decision == "pass"
    )
    assert check(pack, channel="push", body="One minute from the harbour.").blocked
