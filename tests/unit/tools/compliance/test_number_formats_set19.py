"""Figures in Swiss and South African notation (issue 17, set 19).

Two brands are invented for these tests. Gratwald Messer, a Swiss knife maker, writes prices
with an apostrophe between thousands and a dash for zero cents ("CHF 1'450.–"): the figure is
1450, not "CHF 1" cut at the apostrophe, so a list price passes and a lower price without an
offer still blocks. Its subject may promise only the bonus the offer gives. Baobab Burial Plans,
a South African insurer, writes amounts after the rand's "R" with a space between thousands
("R20 000 cover"); the figure is 20000, a plan name's own number ("Baobab 20 cover") states no
amount, and a wrong amount still blocks. A feature on a list line is said of the product named
on that line, not of the next line's.
"""

from __future__ import annotations

from typing import Any

import pytest
from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.normalise import fold
from nextbest.tools.compliance.offer_paraphrase import read_number

_HERBST = (
    "Herbstpreis bis 30. November 2026, solange Vorrat. Vergleichspreis: unser Preis im Sommer."
)
_GRIP = "Walnussgriff, geölt"
_KIESEL = "• Kiesel, Nr. 2"
_BONUS = "Gilt beim Kauf ab CHF 2'000.– mit Code TREUE250 bis 30. November 2026."


def _swiss_pack() -> Any:
    products = [
        {"id": "grat", "name": "Gratwanderer", "list_price": 1450, "currency": "CHF",
         "facts": [{"name": "Klinge", "value": 90, "unit": "mm", "limit": "exact"}]},
        {"id": "falter", "name": "Falter", "list_price": 90, "currency": "CHF"},
        {"id": "kiesel", "name": "Kiesel", "list_price": 60, "currency": "CHF",
         "lacks": ["Etui"]},
    ]  # fmt: skip
    offers = [
        {
            "id": "herbst",
            "name": "Gratwanderer: Herbstpreis CHF 1'290.– statt CHF 1'450.–",
            "terms": f"Gratwanderer: Herbstpreis CHF 1'290.– statt CHF 1'450.–. {_HERBST}",
            "discount_type": "price",
            "discount_amount": 1290,
            "currency": "CHF",
            "disclosure": _HERBST,
            "channels": ["email"],
            "products": ["grat"],
        },
        {
            "id": "treue",
            "name": "CHF 250.– Treuebonus mit Code TREUE250",
            "terms": f"CHF 250.– Treuebonus mit Code TREUE250. {_BONUS}",
            "discount_type": "amount",
            "discount_amount": 250,
            "currency": "CHF",
            "min_spend": 2000,
            "code": "TREUE250",
            "disclosure": _BONUS,
            "channels": ["email"],
            "products": ["grat"],
        },
    ]
    rules = [
        rule("offers", "offer_terms", {"conditions_within_chars": 300}),
        rule("facts", "product_facts"),
        rule("subject", "subject_honesty"),
    ]
    brand = email_brand("Gratwald Messer", "de-CH", "Europe/Zurich")
    return parse_pack(
        {"brand": brand, "rules": rules, "products": products, "offers": offers}, source="test"
    )


def _rand_pack() -> Any:
    products = [
        {"id": f"baobab-{n}", "name": f"Baobab {n}", "list_price": price, "currency": "ZAR",
         "facts": [
             {"name": "cover amount", "value": n * 1000, "unit": "cover", "limit": "exact"},
             {"name": "premium", "value": price, "unit": "pm", "limit": "exact"},
         ]}
        for n, price in ((10, 59), (20, 99))
    ]  # fmt: skip
    brand = email_brand("Baobab Burial Plans", "en-ZA", "Africa/Johannesburg")
    return parse_pack(
        {"brand": brand, "rules": [rule("facts", "product_facts")], "products": products},
        source="test",
    )


def test_apostrophe_and_space_groups_read_as_one_figure() -> None:
    assert read_number("1'450") == 1450
    assert read_number("12\u2019900.50") == 12900.5
    assert fold("CHF 1\u2019450.–").text == "chf 1 450.-"
    assert fold("it's 5'10").text == "it's 5'10"  # no group of three digits: no figure


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Neu im Laden: Gratwanderer, 90 mm Klinge, CHF 1'450.–.", False),
        ("Neu im Laden: Gratwanderer, 90 mm Klinge, CHF 1\u2019450.–.", False),
        ("Neu im Laden: Gratwanderer, 90 mm Klinge, jetzt nur CHF 1'290.–.", True),
    ],
)
def test_a_swiss_list_price_is_no_promotion(check: Any, body: str, fires: bool) -> None:
    verdict = check(_swiss_pack(), channel="email", subject="Neu im Laden", body=body)
    assert ("offers" in fired(verdict)) is fires, verdict.violations


@pytest.mark.parametrize(
    ("price", "fires"),
    [("CHF 1'290.– statt CHF 1'450.–", False), ("CHF 1'190.– statt CHF 1'450.–", True)],
)
def test_a_swiss_offer_price_is_read_whole(check: Any, price: str, fires: bool) -> None:
    body = f"Gratwanderer: Herbstpreis {price}.\n{_HERBST}"
    verdict = check(
        _swiss_pack(), channel="email", subject="Herbstpreis", body=body, offer_id="herbst"
    )
    assert ("offers" in fired(verdict)) is fires, verdict.violations


@pytest.mark.parametrize(("bonus", "fires"), [("250", False), ("1'000", True)])
def test_a_subject_bonus_after_a_currency_code(check: Any, bonus: str, fires: bool) -> None:
    body = f"Ihr Treuebonus: CHF 250.– mit Code TREUE250.\n{_BONUS}"
    verdict = check(
        _swiss_pack(),
        channel="email",
        subject=f"CHF {bonus}.– Treuebonus für Sie",
        body=body,
        offer_id="treue",
    )
    assert ("subject" in fired(verdict)) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        (f"Neu:\n• Falter, Nr. 4, {_GRIP}, Etui: CHF 90.–\n{_KIESEL}, ohne Etui: CHF 60.–", False),
        (f"Neu:\n• Falter, Nr. 4, {_GRIP}: CHF 90.–\n{_KIESEL}, Etui: CHF 60.–", True),
    ],
)
def test_a_feature_on_a_list_line_is_said_of_its_own_item(
    check: Any, body: str, fires: bool
) -> None:
    verdict = check(_swiss_pack(), channel="email", subject="Neu", body=body)
    assert ("facts" in fired(verdict)) is fires, verdict.violations


@pytest.mark.parametrize(
    ("body", "fires"),
    [
        ("Baobab 20: R20 000 cover for R99 pm.", False),
        ("Baobab 20: R20\u00a0000 cover for R99 pm.", False),
        ("Baobab 10: R10 000 cover. Baobab 20 cover is twice that.", False),
        ("Baobab 20: R25 000 cover for R99 pm.", True),
        ("Baobab 20: R10 000 cover for R99 pm.", True),
        ("Baobab 20: R20 000 cover for R89 pm.", True),
    ],
)
def test_rand_amounts_grouped_by_spaces(check: Any, body: str, fires: bool) -> None:
    verdict = check(_rand_pack(), channel="email", subject="Your plan", body=body)
    assert ("facts" in fired(verdict)) is fires, verdict.violations
