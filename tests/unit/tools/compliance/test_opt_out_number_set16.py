"""An SMS opt-out that names a number other than the brand's own (issue 17, set 16).

The brand is Brackenford Bakes, a bakery invented for these tests, texting from the short code
61842. "Text STOP to 61842" (or "Reply STOP") is a working opt-out; "Text STOP to 68142" sends
the reader to a number that stops nothing. A brand texting from a sender name (not a number)
says nothing of its opt-out number, so its numbered opt-outs are not compared.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.tools.compliance.kinds.required_element import wrong_opt_out_number


def _pack(sms_sender: str = "61842") -> Any:
    brand = {
        "name": "Brackenford Bakes",
        "legal_name": "Brackenford Bakes Ltd",
        "postal_address": "2 Oven Row, Bath BA1 1AA, United Kingdom",
        "sender_addresses": {"email": "hi@brackenford.example", "sms": sms_sender, "push": "bb"},
        "channels": ["email", "sms", "push"],
        "default_time_zone": "Europe/London",
        "website_domains": ["brackenford.example"],
    }
    stop = rule("sms-stop", "required_element", {"element": "stop"}, channels=["sms"])
    return parse_pack({"brand": brand, "rules": [stop]}, source="test")


def test_the_brands_own_number_passes(check: Any) -> None:
    for body in (
        "Brackenford: fresh sourdough, £4.20. Text STOP to 61842",
        "Brackenford: fresh sourdough, £4.20. Reply STOP to opt out",
    ):
        verdict = check(_pack(), channel="sms", body=body, sender="61842")
        assert "sms-stop" not in fired(verdict), body


def test_another_number_blocks(check: Any) -> None:
    body = "Brackenford: fresh sourdough, £4.20. Text STOP to 68142"
    verdict = check(_pack(), channel="sms", body=body, sender="61842")
    assert "sms-stop" in fired(verdict)


def test_a_named_sender_is_not_compared(check: Any) -> None:
    body = "Brackenford: fresh sourdough, £4.20. Text STOP to 68142"
    verdict = check(_pack("Brackenfrd"), channel="sms", body=body, sender="Brackenfrd")
    assert "sms-stop" not in fired(verdict)


def test_a_phone_number_with_its_country_code() -> None:
    assert wrong_opt_out_number("Text STOP to +44 7700 900123", "07700900123") is None
    assert wrong_opt_out_number("Text STOP to 07700 900124", "07700900123") == "07700 900124"
