"""A spend that earns a reward ("1 point for every £10 spent") is no price (issue 17, set 25).

Inkwell Lane, a stationer invented for these tests, asks for its VAT line beside every price.
A loyalty scheme's earning rate names a sum of money that buys nothing: it was read as a price
and the VAT line demanded, in English as in Macedonian ("3 поени за секои 250 ден. потрошени"). A
price stated in the same message still needs the line.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 1, 5)


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": {
                "name": "Inkwell Lane",
                "legal_name": "Inkwell Lane Ltd",
                "postal_address": "1 Quill Street, Leeds LS1 4AB",
                "sender_addresses": {"email": "hello@inkwell.example"},
                "channels": ["email"],
                "locales": ["en-GB"],
                "default_time_zone": "Europe/London",
                "website_domains": ["inkwell.example"],
            },
            "rules": [
                rule(
                    "vat-line",
                    "disclosure",
                    {"trigger_prices": ["any"], "required_any": ["All prices include VAT."]},
                    channels=["email"],
                )
            ],
        },
        source="test",
    )


def _fired(body: str) -> set[str]:
    return email_fired(
        _pack(), body, subject="Inkwell Club", send_time=datetime(2027, 1, 5, 9, 0), as_of=_DAY
    )


def test_an_earning_rate_is_no_price() -> None:
    assert "vat-line" not in _fired("Club members earn 1 point for every £10 spent.")
    assert "vat-line" not in _fired("Club members earn 2 points for each £5 you spend.")
    assert "vat-line" not in _fired("Собирате 3 поени за секои 250 ден. потрошени.")


def test_a_price_still_needs_the_line() -> None:
    assert "vat-line" in _fired("The brass nib set is £12.")
    assert "vat-line" in _fired("Перото чини 1.150 ден.")
    assert "vat-line" in _fired("Earn 1 point for every £10 spent. The brass nib set is £12.")
