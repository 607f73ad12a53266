"""Rupee prices in Sinhala, Tamil and Hindi script are read (issue 17, set 24).

Ranwala Herbal Spa, a Sri Lankan spa invented for these tests, lists a herbal steam bath at
රු. 4,500 and has one approved price offer of රු. 3,900; a rule asks for the towel line beside
the bath's price. The folded view drops the Sinhala vowel sign of "රු.", so a Sinhala rupee
price was no price: a bath offered below its list price with no offer, at another figure than
the offer's, or priced without its line, went through.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 3, 9)
_LINE = "තුවා සහ ලොකර් ඇතුළත්."
_TERMS = "ඖෂධ වාෂ්ප ස්නානය රු. 3,900. 2027 මාර්තු 31 දක්වා ගාල්ල ශාඛාවේ පමණි."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": invented_brand("ranwala"),
            "rules": [
                rule("offers", "offer_terms", {"conditions_within_chars": 300}),
                rule(
                    "towel-line",
                    "disclosure",
                    {
                        "trigger_products": ["bath"],
                        "trigger_prices": ["any"],
                        "prices_of_products": True,
                        "required_any": [_LINE],
                    },
                ),
            ],
            "products": [
                {
                    "id": "bath",
                    "name": "ඖෂධ වාෂ්ප ස්නානය",
                    "list_price": 4500,
                    "currency": "LKR",
                },
            ],
            "offers": [
                {
                    "id": "march-bath",
                    "name": "ඖෂධ වාෂ්ප ස්නානය රු. 3,900",
                    "terms": _TERMS,
                    "discount_type": "price",
                    "discount_amount": 3900,
                    "currency": "LKR",
                    "channels": ["email"],
                    "products": ["bath"],
                    "valid_from": "2027-03-01",
                    "valid_until": "2027-03-31",
                }
            ],
        },
        source="test",
    )


def _fired(body: str, offer_id: str | None = None) -> set[str]:
    return email_fired(
        _pack(),
        body,
        subject="ගාල්ලේ සුවය",
        send_time=datetime(2027, 3, 9, 4, 0),
        as_of=_DAY,
        offer_id=offer_id,
    )


def test_a_sinhala_rupee_price_below_the_list_without_an_offer_blocks() -> None:
    assert "offers" in _fired(f"ඖෂධ වාෂ්ප ස්නානය දැන් රු. 3,500. {_LINE}")
    assert "offers" in _fired(f"ඖෂධ වාෂ්ප ස්නානය දැන් රු.3,500. {_LINE}")
    assert "offers" in _fired(f"ඖෂධ වාෂ්ප ස්නානය දැන් රුපියල් 3,500. {_LINE}")
    assert "offers" in _fired(f"ඖෂධ වාෂ්ප ස්නානය දැන් LKR 3,500. {_LINE}")
    assert "offers" not in _fired(f"ඖෂධ වාෂ්ප ස්නානය රු. 4,500. {_LINE}")


def test_tamil_and_hindi_rupee_short_forms_are_prices() -> None:
    assert "offers" in _fired(f"ඖෂධ වාෂ්ප ස්නානය ரூ. 3,500. {_LINE}")
    assert "offers" in _fired(f"ඖෂධ වාෂ්ප ස්නානය 3,500 ரூபாய். {_LINE}")
    assert "offers" in _fired(f"ඖෂධ වාෂ්ප ස්නානය रु. 3,500. {_LINE}")


def test_the_offer_figure_is_checked_in_sinhala_rupees() -> None:
    body = f"ඖෂධ වාෂ්ප ස්නානය රු. 3,400. {_LINE}\n\n{_TERMS}"
    assert "offers" in _fired(body, "march-bath")
    body = f"ඖෂධ වාෂ්ප ස්නානය රු. 3,900. {_LINE}\n\n{_TERMS}"
    assert "offers" not in _fired(body, "march-bath")


def test_a_sinhala_rupee_price_needs_its_line() -> None:
    assert "towel-line" in _fired("ඖෂධ වාෂ්ප ස්නානය රු. 4,500 පමණි.")
    assert "towel-line" not in _fired(f"ඖෂධ වාෂ්ප ස්නානය රු. 4,500 පමණි. {_LINE}")


def test_a_sinhala_word_before_a_full_stop_and_a_figure_is_no_price() -> None:
    assert "offers" not in _fired("අපගේ නව කාමර. 12 දෙනෙකුට ඉඩ ඇත.")
