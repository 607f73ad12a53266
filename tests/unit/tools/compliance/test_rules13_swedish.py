"""Swedish as a language the engine reads, and prices in kronor (issue 17).

Generic cases for a brand invented here: Fjällbacka Cykel, a Swedish bike-repair shop whose
copy must be in Swedish.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from compliance_helpers import rule as _rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack, LanguageParams
from nextbest.tools.compliance import Message, RuleEngine, Verdict
from nextbest.tools.compliance.kinds.required_element import UNSUBSCRIBE_PATTERN
from nextbest.tools.compliance.language_id import judge
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.price_roles import not_a_product_price
from nextbest.tools.compliance.price_triggers import shape_pattern
from nextbest.tools.compliance.stated_dates import dates_in, stated_ends
from nextbest.tools.compliance.thresholds import is_threshold

DAY = date(2027, 3, 10)
SEND = datetime(2027, 3, 10, 10, 0)

BIKE_BRAND: dict[str, Any] = {
    "name": "Fjällbacka Cykel",
    "legal_name": "Fjällbacka Cykel AB",
    "postal_address": "Strandvägen 3, 457 40 Fjällbacka",
    "channels": ["email", "sms"],
    "default_time_zone": "Europe/Stockholm",
    "website_domains": ["fjallbackacykel.se"],
    "locales": ["sv-SE"],
}
SWEDISH_ONLY = _rule("bara-svenska", "language", {"allowed": ["sv"]})

SWEDISH = (
    "Nu kan du läsa om hur vår service fungerar. Du måste boka en tid och ha med dig "
    "cykeln för att vi ska kunna hjälpa dig."
)
DUTCH = "Hoi Anna, je bestelling is onderweg en komt over twee dagen aan met onze bezorgdienst."
GERMAN = (
    "Hallo Anna, deine Bestellung ist unterwegs und kommt in zwei Tagen mit unserem "
    "Lieferdienst bei dir an."
)


def _pack(*rules: dict[str, Any]) -> BrandPack:
    return parse_pack({"brand": BIKE_BRAND, "rules": list(rules)}, source="test")


def _check(pack: BrandPack, body: str) -> Verdict:
    return RuleEngine(pack).check(
        Message(channel="email", body=body, subject="Om vår service", send_time=SEND),
        as_of=DAY,
    )


def test_swedish_copy_under_a_swedish_only_rule_passes() -> None:
    """'kan', 'om', 'du' are also Dutch or German words: Swedish copy is still Swedish."""
    assert judge(SWEDISH, frozenset({"sv"})) is None
    assert not _check(_pack(SWEDISH_ONLY), SWEDISH).violations


def test_other_languages_under_a_swedish_only_rule_block() -> None:
    """English, Dutch and German copy is not Swedish."""
    english = "Hi Anna, bring your bike in and we will help you fix it for the spring."
    verdict = _check(_pack(SWEDISH_ONLY), english)
    assert [v.rule_id for v in verdict.violations] == ["bara-svenska"]
    assert "English" in verdict.violations[0].message
    assert judge(DUTCH, frozenset({"sv"})) is not None
    assert judge(GERMAN, frozenset({"sv"})) is not None


def test_swedish_is_not_mistaken_for_its_neighbours() -> None:
    """Swedish copy is judged Swedish, and Dutch / German copy keeps its own language."""
    finding = judge(SWEDISH, frozenset({"en"}))
    assert finding is not None and finding.language == "sv"
    assert judge(DUTCH, frozenset({"nl"})) is None
    assert judge(GERMAN, frozenset({"de"})) is None


def test_language_params_read_swedish_by_name() -> None:
    """'Swedish' and 'sv-SE' are sv."""
    assert LanguageParams(allowed=["Swedish", "sv-SE"]).allowed == ["sv"]


SERVICE_PLAN = _rule(
    "serviceplan-villkor",
    "disclosure",
    {
        "trigger_prices": ["per month"],
        "required_any": ["Bindningstid 12 månader, uppsägningstid 1 månad."],
    },
)


def test_a_monthly_price_in_kronor_triggers_a_per_month_disclosure() -> None:
    """'49 kr/mån', '49 kr i månaden' and '49 kr per månad' are monthly prices."""
    pack = _pack(SERVICE_PLAN)
    for body in (
        "Serviceplanen kostar 49 kr/mån.",
        "Serviceplanen kostar 49 kr i månaden.",
        "Serviceplanen kostar 49 kronor per månad.",
    ):
        verdict = _check(pack, body)
        assert [v.rule_id for v in verdict.violations] == ["serviceplan-villkor"], body
    ok = "Serviceplanen kostar 49 kr/mån. Bindningstid 12 månader, uppsägningstid 1 månad."
    assert not _check(pack, ok).violations


def test_an_amount_with_no_period_is_no_monthly_price() -> None:
    """A plain amount in kronor, or 'per man' (per person), is no per-month price."""
    pack = _pack(SERVICE_PLAN)
    assert not _check(pack, "Vi lagar cyklar för upp till 15 000 kr.").violations
    assert not _check(pack, "Guided ride: $25 per man, bikes included.").violations


def test_monthly_prices_in_other_languages() -> None:
    """'par mois', 'al mes', 'por mês', 'pro Monat' are per-month prices too."""
    pattern = re.compile(shape_pattern("per month"))
    for text in ("29 € par mois", "29 € al mes", "R$ 30 por mês", "10 € pro Monat"):
        assert pattern.search(fold(text).text), text


def test_a_dollar_sign_after_the_figure_is_a_price() -> None:
    """Quebec French writes '54,99 $': a price, as '$54.99' is."""
    pattern = re.compile(shape_pattern("any"))
    assert pattern.search(fold("La lampe Aurore est à 54,99 $ en magasin.").text)
    assert pattern.search(fold("Dès 1 299 $ installée.").text)
    assert not pattern.search(fold("Modèle 54 en magasin.").text)


GROUNDING = _rule(
    "pastaenden", "claim_grounding", {"categories": ["price", "superlative", "guarantee"]}
)


def test_swedish_price_and_superlative_claims_need_an_approved_claim() -> None:
    """'Sveriges lägsta pris', 'den bästa servicen', 'garanterat' are claims, as in English."""
    pack = _pack(GROUNDING)
    for body in (
        "Vi har Sveriges lägsta pris på cykelservice.",
        "Vi ger dig den bästa servicen i stan.",
        "Din cykel är garanterat klar på fredag.",
    ):
        assert [v.rule_id for v in _check(pack, body).violations] == ["pastaenden"], body


def test_swedish_idioms_with_basta_make_no_claim() -> None:
    """'Bästa hälsningar', 'bäst före', and Italian 'basta' are no superlative."""
    pack = _pack(GROUNDING)
    for body in (
        "Välkommen in i vår verkstad. Bästa hälsningar, Fjällbacka Cykel",
        "Kedjeoljan är bäst före maj 2028.",
        "Basta un clic per prenotare il tagliando.",
    ):
        assert not _check(pack, body).violations, body


def test_swedish_and_iso_end_dates_are_read() -> None:
    """'senast den 31 januari 2027', 'gäller t.o.m. 28 februari', 'slutar 2027-03-31'."""
    assert [d.readings for d in stated_ends(fold("Boka senast den 31 januari 2027.").text)] == [
        ((2027, 1, 31),)
    ]
    assert [d.readings for d in stated_ends(fold("Gäller t.o.m. 28 februari.").text)] == [
        ((None, 2, 28),)
    ]
    assert [d.readings for d in stated_ends(fold("Kampanjen slutar 2027-03-31.").text)] == [
        ((2027, 3, 31),)
    ]
    assert dates_in(fold("Servicevecka 2027-05-03 till 2027-05-09").text) == [
        date(2027, 5, 3),
        date(2027, 5, 9),
    ]


def test_thousands_grouped_by_spaces_are_one_figure() -> None:
    """'350 000 kr' and '1 299 $' are read whole, not as '000 kr' / '299 $'."""
    pattern = re.compile(shape_pattern("any"))
    for text, price in (
        ("Cykeln kostar 12 500 kr.", "12 500 kr"),
        ("Dès 1 299 $ installée.", "1 299 $"),
        ("Ab 2 500,50 € im Paket.", "2 500,50 €"),
    ):
        match = pattern.search(fold(text).text)
        assert match is not None and match.group() == fold(price).text, text


def test_swedish_and_portuguese_unsubscribe_lines_count() -> None:
    """'Avregistrera dig', 'Avsluta prenumerationen', 'Descadastre-se' tell how to opt out."""
    unsubscribe = re.compile(UNSUBSCRIBE_PATTERN)
    for line in (
        "Avregistrera dig här: fjallbackacykel.se/ut",
        "Vill du inte få fler utskick? Avsluta prenumerationen på fjallbackacykel.se/ut",
        "Descadastre-se em fjallbackacykel.se/ut",
    ):
        assert unsubscribe.search(fold(line).text), line
    assert not unsubscribe.search(fold("Registrera dig för nyhetsbrevet.").text)


def test_swedish_spending_thresholds_are_conditions() -> None:
    """'vid köp över 500 kr', 'på minst 2 000 kr', '500 kr eller mer' are thresholds."""
    for text, price in (
        ("Fri frakt vid köp över 500 kr.", "500 kr"),
        ("Gäller service på minst 2 000 kr.", "2 000 kr"),
        ("Rabatt på köp om 500 kr eller mer.", "500 kr"),
    ):
        start = text.index(price)
        assert is_threshold(text, start, start + len(price)), text
    text = "Vårservicen kostar 500 kr."
    assert not is_threshold(text, text.index("500"), text.index("500") + 6)


def test_swedish_amounts_off_and_benefit_limits_are_no_product_price() -> None:
    """'Spara 200 kr', '50 kr i rabatt', 'täcker upp till 5 000 kr' are not what it costs."""
    for text, price in (
        ("Spara 200 kr på vårservicen.", "200 kr"),
        ("Få 50 kr i rabatt på nya däck.", "50 kr"),
        ("Cykelförsäkringen täcker upp till 5 000 kr per år.", "5 000 kr"),
    ):
        start = text.index(price)
        assert not_a_product_price(text, start, start + len(price)), text
    for text, price in (
        ("Vårservicen kostar 500 kr.", "500 kr"),
        ("Du betalar upp till 500 kr för servicen.", "500 kr"),
    ):
        start = text.index(price)
        assert not not_a_product_price(text, start, start + len(price)), text


def test_a_loan_amount_up_to_a_figure_is_no_cost_figure() -> None:
    """'Låna upp till 150 000 kr', 'Borrow up to $25,000': what is lent, not what it costs."""
    for text, price in (
        ("Låna upp till 150 000 kr till din nya verkstad.", "150 000 kr"),
        ("Borrow up to $25,000 for your workshop.", "$25,000"),
    ):
        start = text.index(price)
        assert not_a_product_price(text, start, start + len(price)), text


def test_a_loan_product_up_to_an_amount_and_a_payment_per_period() -> None:
    """'Verkstadslån på upp till 150 000 kr' is lent; 'loan payments up to $400 a month' cost."""
    text = "Verkstadslån på upp till 150 000 kr."
    start = text.index("150 000 kr")
    assert not_a_product_price(text, start, start + len("150 000 kr"))
    text = "Loan payments up to $400 a month."
    start = text.index("$400")
    assert not not_a_product_price(text, start, start + len("$400"))
