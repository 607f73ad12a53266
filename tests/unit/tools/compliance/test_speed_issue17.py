"""Issue 17 speed: the engine's shortcuts (work kept per pack, scans skipped) change nothing."""

from __future__ import annotations

import gc
import re

import pytest
from compliance_helpers import BRAND, DAY, NOON_UTC, build_pack, rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import required_text
from nextbest.tools.compliance.catalogue import Catalogue
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.compliance.kinds.base import CheckContext, ClaimIndex, FieldText, SharedPatterns
from nextbest.tools.compliance.kinds.claim_wording import has_digit
from nextbest.tools.compliance.kinds.link_policy import extract_links, own_domain_links, own_links
from nextbest.tools.compliance.message import Message
from nextbest.tools.compliance.offer_paraphrase import sentence_spans
from nextbest.tools.compliance.org_names import in_organisation_name
from nextbest.tools.compliance.prefilter import Prefiltered, needed_literals
from nextbest.tools.compliance.proper_names import in_place_name, trigger_line_words
from nextbest.tools.compliance.restated_terms import _may_restate, restated_spans


def _mandating_pack(index: int) -> BrandPack:
    """A pack whose disclosure rule mandates a wording of its own."""
    return build_pack(
        [
            rule(
                f"r{index}",
                "disclosure",
                {
                    "trigger_phrases": ["cold brew"],
                    "required_any": [f"Cold brew batch {index} is roasted in Bangor."],
                },
            )
        ]
    )


def test_mandated_wording_is_compiled_once_per_live_pack(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    packs = [_mandating_pack(i) for i in range(150)]  # more brands than any fixed bound
    engines = [RuleEngine(pack) for pack in packs]
    compiled: list[object] = []
    original = required_text.compile_phrases

    def counting(phrases: list[str], *, obfuscation: bool = True) -> object:
        compiled.append(phrases)
        return original(phrases, obfuscation=obfuscation)

    monkeypatch.setattr(required_text, "compile_phrases", counting)
    message = Message(channel="sms", body="Cold brew is back. Reply STOP to opt out.")
    for _ in range(2):  # brands taking turns, as a batch over many brands does
        for engine in engines:
            engine.check(message, as_of=DAY)
    assert compiled == []  # every engine compiled its pack's wording when it was built
    first = required_text.required_pattern(packs[0])
    assert first is not None and first.search("cold brew batch 0 is roasted in bangor")


def test_a_collected_pack_leaves_the_mandated_wording_cache() -> None:
    pack = _mandating_pack(7)
    key = id(pack)
    assert required_text.required_pattern(pack) is not None
    assert key in required_text._patterns
    del pack
    gc.collect()
    assert key not in required_text._patterns


# --------------------------------------------------------------------------- prefilters
_TEXTS = [
    "save 20% on the lantern kit today",
    "take 15 percent off your first order",
    "ﬂash sale: 2-for-1 on trail mix",
    "members earn 3x points on every order",
    "free shipping for 30 days with code TRAIL10",
    "livraison offerte dès 40 € d'achat",
    "kostenloser Versand ab 30 €",
    "the ſale ends friday",  # a long s, which case-insensitive matching reads as 's'
    "MEGA SALE — £5 OFF",
    "nothing promotional here, just a note about the weather",
    "",
]
_PATTERNS = [
    r"(?<![\w.])\d{1,3}\s?(?:%|percent)(?:\s+|-)(?:off|discount)\b",
    r"\b(?:save|take)\s+\d+\s?(?:%|percent)",
    r"[$£€]\s?\d+|\d+\s?(?:€|£|dollars?)",
    r"\bfr(?:ee|3e)\b(?! to\b)",
    r"\b(?:double|triple|\d+x)\s+points?\b",
    r"\b(?:promo code|code)\s*:?\s+([a-z0-9]{3,24})\b",
    r"(?=\w*sale)\bmega\b",
    r"(?:2|two)[ -]for[ -](?:1|one)",
]


@pytest.mark.parametrize("source", _PATTERNS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_a_prefiltered_scan_finds_what_the_pattern_finds(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    scan = Prefiltered(pattern)
    assert scan.needs or flags  # each needs a literal (case-insensitively: an ASCII one)
    for text in _TEXTS:
        for view in (text, text.lower(), text.upper()):
            assert [m.span() for m in scan.finditer(view)] == [
                m.span() for m in pattern.finditer(view)
            ]


def test_needed_literals_read_alternatives_lookarounds_and_classes() -> None:
    percent = needed_literals(re.compile(r"\d+\s?(?:%|percent)|save\s+\d+\s?percent"))
    assert len(percent) == 1 and {"%", "percent"} <= percent[0]  # and one word of "save …"
    assert needed_literals(re.compile(r"(?=.*€)\d+")) == [frozenset({"€"})]
    assert needed_literals(re.compile(r"[$£€]\d+")) == [frozenset({"$", "£", "€"})]
    assert needed_literals(re.compile(r"(?:free)?\d+")) == []  # an optional part needs nothing
    assert needed_literals(re.compile(r"(?<!free )\d+")) == []  # nor a negative assertion
    assert needed_literals(re.compile(r"[a-z]+ly")) == [frozenset({"ly"})]


def test_a_case_insensitive_pattern_is_always_scanned_on_non_ascii_text() -> None:
    scan = Prefiltered(re.compile(r"\bsale\b", re.IGNORECASE))
    assert scan.needs == [frozenset({"sale"})]
    assert not scan.possible("nothing on offer")
    assert scan.possible("the ſale ends friday")  # 'ſ' matches 's' case-insensitively
    assert [m.group() for m in scan.finditer("the ſale ends")] == ["ſale"]
    assert scan.possible("SALE") and scan.possible("Sale")


# --------------------------------------------------------------------------- line words
def test_line_words_are_kept_per_line_and_read_by_position() -> None:
    text = "Dinner at the Finest Catch Oyster Bar.\nCertified by the Harbor Kitchen Guild."
    words, index = trigger_line_words(text, 14, 20)  # "Finest"
    assert [w for w, _, _ in words] == ["Dinner", "at", "the", "Finest", "Catch", "Oyster", "Bar"]
    assert index == [3] and words[3][1:] == (14, 20)
    assert isinstance(words, tuple)  # shared between triggers: it cannot be changed
    again, at_start = trigger_line_words(text, 3, 8)
    assert again is words and at_start == [0, 1]  # "Dinner", "at": a trigger across two words
    assert trigger_line_words(text, 6, 7)[1] == []  # a space between words overlaps none
    second, at = trigger_line_words(text, 56, 63)  # "Harbor", on the second line
    assert second[0] == ("Certified", 39, 48) and [second[i][0] for i in at] == ["Harbor"]
    assert in_place_name(text, 14, 20)
    assert in_organisation_name(text, 56, 63)


# --------------------------------------------------------------------------- catalogue scans
def test_product_names_and_claim_wordings_found_through_their_prefilters() -> None:
    pack = BrandPack.model_validate(
        {
            "brand": {**BRAND, "name": "Larkspur Lamps"},
            "products": [
                {"id": "dome", "name": "Tidewater Dome Lamp", "category": "lamp"},
                {"id": "arc", "name": "Arc Floor Light", "aliases": ["the Arc"]},
            ],
            "claims": [
                {
                    "id": "bulb",
                    "text": "Bulbs rated for 25,000 hours.",
                    "variants": ["LED bulbs last 25,000 hours"],
                    "category": "efficacy",
                    "substantiation": "Maker's test sheet",
                    "channels": ["email", "sms", "push"],
                }
            ],
        }
    )
    catalogue = Catalogue(pack)
    body = (
        "Two Tidewater Dome Lamps and the Arc: LED bulbs last 25,000 hours. Tidewater Dome glows."
    )
    fields = {"body": FieldText.of("body", body)}
    hits = [(h.product.id, body[h.start : h.end]) for h in catalogue.product_hits(fields)]
    assert hits == [
        ("dome", "Tidewater Dome Lamps"),
        ("arc", "the Arc"),
        ("dome", "Tidewater Dome"),
    ]
    assert catalogue.product_hits({"body": FieldText.of("body", "A lamp for every room.")}) == []
    claims = ClaimIndex(pack).hits(fields, DAY, "email")
    assert [body[h.start : h.end] for h in claims] == ["LED bulbs last 25,000 hours"]
    assert ClaimIndex(pack).hits({"body": FieldText.of("body", "Bulbs rated.")}, DAY, "sms") == []


# --------------------------------------------------------------------------- officer patterns
def test_officer_patterns_of_a_banned_phrase_rule_still_fire() -> None:
    pack = build_pack(
        [
            rule(
                "ban",
                "banned_phrase",
                {"patterns": [r"\bmiracle\s+(?:cure|fix)\b", r"\d+% guaranteed"]},
            )
        ]
    )
    engine = RuleEngine(pack)
    for body, blocked in [
        ("A MIRACLE  Cure for tired mornings.", True),
        ("Our roast is 100% guaranteed fresh.", True),
        ("A miracle fix, naïvely brewed.", True),  # non-ASCII text: always scanned
        ("A quiet cure for tired mornings.", False),
    ]:
        verdict = engine.check(Message(channel="email", body=body), as_of=DAY)
        assert ("ban" in verdict.fired_rule_ids) is blocked, body


def test_has_digit_reads_every_kind_of_digit() -> None:
    for token, expected in [
        ("72", True), ("50%", True), ("4.7", True), ("m²", True), ("٣days", True),
        ("protein", False), ("", False), ("½", False),
    ]:  # fmt: skip
        assert has_digit(token) is expected == any(c.isdigit() for c in token), token


# --------------------------------------------------------------------------- shared per message
def test_sentence_spans_are_kept_per_text_and_handed_out_fresh() -> None:
    text = "Rates from 4.5% p.a. apply. Ask us!\n\nOffer ends 4. May "
    first = sentence_spans(text)
    assert [text[s:e] for s, e in first] == [
        "Rates from 4.5% p.a. apply.",
        "Ask us!",
        "Offer ends 4. May",
    ]
    first.append((0, 1))
    assert sentence_spans(text) == first[:-1]


def test_own_links_are_read_once_per_message() -> None:
    pack = build_pack([rule("ban", "banned_phrase", {"phrases": ["miracle"]})])
    message = Message(
        channel="email",
        body="Visit https://northwind.coffee/beans or www.example.org today.",
        links=["https://shop.northwind.coffee/cart"],
    )
    ctx = CheckContext(pack, message, DAY, NOON_UTC, ClaimIndex(pack), SharedPatterns.compile(pack))
    hosts = [link.host for link in own_links(ctx)]
    assert hosts == ["northwind.coffee", "shop.northwind.coffee"]
    assert own_links(ctx) is own_links(ctx)
    assert own_links(ctx) == own_domain_links(extract_links(ctx), pack)


def test_restated_spans_skip_a_field_that_lacks_the_wording_s_figures_or_words() -> None:
    wording = "Offer valid until 31 May 2027 on orders over $40. One code per household."
    said = "Hi Sam! Valid till 31 May 2027 for orders over $40. Only one code per household."
    assert restated_spans(wording, said) == [(0, len(said))]
    assert _may_restate(wording, said)
    for other in (
        "Hi Sam! Valid till 31 May 2027 for orders over $45. Only one code per household.",
        "Hi Sam! Our beans are roasted weekly in small batches for your mornings.",
    ):
        assert not _may_restate(wording, other)
        assert restated_spans(wording, other) == []


def test_prefiltered_search_is_the_pattern_s_search() -> None:
    scan = Prefiltered(re.compile(r"results may vary\.?"))
    assert scan.search("hi there") is None
    found = scan.search("Lose weight. results may vary.")
    assert found is not None and found.group() == "results may vary."


def test_sentence_at_finds_the_first_sentence_holding_a_position() -> None:
    text = FieldText.of("body", "Fresh beans.  Roasted today!\nShips Monday. ﬁne grind")
    for index in range(-1, len(text.original) + 2):
        first = next(((s, e) for s, e in text.sentences if s <= index < e), None)
        assert text.sentence_at(index) == (first or (0, len(text.original)))


def test_a_trigger_list_shared_by_disclosure_rules_is_scanned_once_per_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Seven rules anchored on one trigger list read each field once, and each still fires."""
    from nextbest.tools.compliance.case_scoped import OfficerPattern

    triggers = ["tasting", "cupping session", "free sample"]
    pack = build_pack(
        [
            rule(
                f"tasting-{n}",
                "disclosure",
                {"trigger_phrases": triggers, "required_any": [f"Tasting line {n}."]},
            )
            for n in range(7)
        ]
    )
    scans: list[str] = []
    real_scan = OfficerPattern._scan

    def counted(self: OfficerPattern, text: FieldText) -> list[tuple[int, int]]:
        scans.append(self.regex.pattern)
        return real_scan(self, text)

    monkeypatch.setattr(OfficerPattern, "_scan", counted)
    message = Message(
        channel="email",
        subject="Cupping session on Friday",
        body="Join our tasting at the Harbor Road roastery.",
        send_time=NOON_UTC,
    )
    verdict = RuleEngine(pack).check(message, as_of=DAY)
    assert {f"tasting-{n}" for n in range(7)} <= set(verdict.fired_rule_ids)
    assert max(scans.count(p) for p in scans) <= len(("subject", "body", "cta"))
    text = FieldText.of("body", "A free sample with every tasting.")
    pattern = OfficerPattern.compile(r"free\s+sample")
    first = pattern.spans(text)
    first.append((0, 1))  # a caller may change its list: the kept spans stay as found
    assert pattern.spans(text) == [(2, 13)]
