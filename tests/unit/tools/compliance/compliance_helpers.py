"""Helpers for the rule engine tests: a small non-sample brand built in code."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import RuleEngine, Verdict
from nextbest.tools.compliance.message import Message

DAY = date(2026, 11, 24)
NOON_UTC = datetime(2026, 11, 24, 17, 0)

BRAND: dict[str, Any] = {
    "name": "Northwind Coffee",
    "legal_name": "Northwind Coffee Roasters LLC",
    "postal_address": "77 Harbor Road, Unit 5, Bangor, ME 04401, USA",
    "sender_addresses": {"email": "news@northwind.coffee", "sms": "55501", "push": "coffee.nw"},
    "channels": ["email", "sms", "push"],
    "default_time_zone": "America/New_York",
    "website_domains": ["northwind.coffee"],
}


TOLLGARTH_LARDER: dict[str, Any] = {
    "name": "Tollgarth Larder",
    "short_name": "Tollgarth",
    "legal_name": "Tollgarth Larder Ltd",
    "postal_address": "3 Mill Wynd, Hexham NE46 1AB, United Kingdom",
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/London",
    "website_domains": ["tollgarth.example"],
}
"""A British food brand invented for the fifteenth set's claim tests (``*_set15.py``)."""

FERNHOLLOW_WALLS: dict[str, Any] = {
    "name": "Fernhollow",
    "legal_name": "Fernhollow Climbing Walls Ltd",
    "postal_address": "3 Quarry Lane, Keswick CA12 5AB, United Kingdom",
    "sender_addresses": {"email": "hello@fernhollow.example"},
    "channels": ["email"],
    "default_time_zone": "Europe/London",
    "website_domains": ["fernhollow.example"],
}
"""A British climbing-wall operator invented for the fifteenth set's denial tests."""

MOSSBANK_CANDLES: dict[str, Any] = {
    "name": "Mossbank Candles",
    "legal_name": "Mossbank Candles Ltd",
    "postal_address": "9 Tannery Row, Kendal LA9 4AB, United Kingdom",
    "sender_addresses": {"email": "hello@mossbank.example", "sms": "60210"},
    "channels": ["email", "sms"],
    "default_time_zone": "Europe/London",
    "website_domains": ["mossbank.example"],
}
"""A British candle maker invented for the sixteenth set's tests (``*_set16.py``)."""


def rule(rule_id: str, kind: str, params: dict[str, Any] | None = None, **extra: Any) -> dict:
    """A rule entry with the boilerplate filled in."""
    entry: dict[str, Any] = {
        "id": rule_id,
        "kind": kind,
        "description": f"test rule {rule_id}",
        "rationale": "tests",
        "source": "test suite",
        **extra,
    }
    if params is not None:
        entry["params"] = params
    return entry


def email_brand(name: str, locale: str, zone: str) -> dict[str, Any]:
    """A one-channel (e-mail) brand named ``name``, writing in ``locale`` from ``zone``."""
    slug = name.lower().replace(" ", "")
    return {
        "name": name,
        "legal_name": f"{name} Ltd",
        "postal_address": "1 Test Street, Testtown",
        "sender_addresses": {"email": f"hello@{slug}.example"},
        "channels": ["email"],
        "locales": [locale],
        "default_time_zone": zone,
        "website_domains": [f"{slug}.example"],
    }


def email_ban_pack(name: str, locale: str, zone: str, phrases: list[str]) -> BrandPack:
    """An e-mail brand (:func:`email_brand`) with one banned-phrase rule (id ``ban``)."""
    ban = rule("ban", "banned_phrase", {"phrases": phrases})
    return parse_pack({"brand": email_brand(name, locale, zone), "rules": [ban]}, source="test")


def ban_fires(check: Callable[..., Verdict], pack: BrandPack, body: str) -> bool:
    """Whether the ``ban`` rule fires on an e-mail with this body (subject "News")."""
    return "ban" in fired(check(pack, channel="email", subject="News", body=body))


def facts_pack(brand: dict[str, Any], products: list[dict[str, Any]]) -> BrandPack:
    """A pack of ``brand`` and ``products`` with one ``product_facts`` rule (id ``facts``)."""
    facts = rule(
        "facts", "product_facts", description="Features said of a product match the catalogue."
    )
    return parse_pack({"brand": brand, "rules": [facts], "products": products}, source="test")


def facts_fired(pack: BrandPack, body: str, subject: str) -> bool:
    """Whether the ``facts`` rule fires on an e-mail with this body, sent 15 February 2027."""
    message = Message(
        channel="email", subject=subject, body=body, send_time=datetime(2027, 2, 15, 10, 0)
    )
    verdict = RuleEngine(pack).check(message, as_of=date(2027, 2, 15))
    return any(v.rule_id == "facts" for v in verdict.violations)


def send_offer_sms(
    check: Callable[..., Verdict], pack: BrandPack, body: str, offer_id: str, day: date, hour: int
) -> Verdict:
    """The verdict on an SMS with this body and offer, sent and checked on ``day`` at ``hour``."""
    return check(
        pack,
        channel="sms",
        body=body,
        offer_id=offer_id,
        as_of=day,
        send_time=datetime(day.year, day.month, day.day, hour, 0),
    )


def build_pack(
    rules: list[dict], claims: list[dict] | None = None, offers: list[dict] | None = None
) -> BrandPack:
    """A Northwind Coffee pack with the given rules, claims and offers."""
    return parse_pack(
        {"brand": BRAND, "rules": rules, "claims": claims or [], "offers": offers or []},
        source="test",
    )


def fired(verdict: Verdict) -> set[str]:
    """The rule ids that fired."""
    return set(verdict.fired_rule_ids)


def claims_block(
    check: Callable[..., Verdict], pack: BrandPack, body: str, subject: str = "News"
) -> bool:
    """Whether the built-in claim rule (id ``claims``) blocks an e-mail with this body."""
    return "claims" in fired(check(pack, channel="email", subject=subject, body=body))


_INVENTED_BRANDS: dict[str, tuple[str, str, str, str, str, str]] = {
    # key: (name, legal name, postal address, locale, time zone, domain)
    "kohaku": (
        "こはく茶房",
        "株式会社こはく茶房",
        "〒600-0000 京都府京都市下京区茶町1-2",
        "ja-JP",
        "Asia/Tokyo",
        "kohaku.example",
    ),
    "hanoi_xanh": (
        "Hà Nội Xanh",
        "Công ty TNHH Hà Nội Xanh",
        "12 Tràng Tiền, Hoàn Kiếm, Hà Nội",
        "vi-VN",
        "Asia/Ho_Chi_Minh",
        "hanoixanh.example",
    ),
    "hanul": (
        "하늘차",
        "주식회사 하늘차",
        "부산광역시 해운대구 달맞이길 12 (48120)",
        "ko-KR",
        "Asia/Seoul",
        "hanul.example",
    ),
    "ranwala": (
        "Ranwala Herbal Spa",
        "Ranwala Herbal Spa (Pvt) Ltd",
        "අංක 12, මුහුදු පාර, ගාල්ල",
        "si-LK",
        "Asia/Colombo",
        "ranwala.example",
    ),
    "vaigai": (
        "Vaigai Silks",
        "Vaigai Silks Private Limited",
        "8, மேல மாசி வீதி, மதுரை 625001",
        "ta-IN",
        "Asia/Kolkata",
        "vaigai.example",
    ),
    "tana_mar": (
        "ጣና ማር",
        "Tana Mar Trading PLC",
        "ባሕር ዳር፣ ቀበሌ 4፣ ሕንጻ 12",
        "am-ET",
        "Africa/Addis_Ababa",
        "tanamar.example",
    ),
}
"""Brands invented for the tests of copy in one script or language each.

Kohaku Sabo (a Japanese tea house), Hà Nội Xanh (a Vietnamese bike-share), 하늘차 (a Korean tea
shop), Ranwala Herbal Spa (a Sri Lankan spa, Sinhala copy), Vaigai Silks (a Madurai sari shop,
Tamil copy) and ጣና ማር (Tana Mar, an Ethiopian honey shop, Amharic copy).
"""


def invented_brand(key: str, *, sms_sender: str | None = None) -> dict[str, Any]:
    """The ``brand`` entry of one invented brand of ``_INVENTED_BRANDS``.

    Args:
        key: The brand's key in ``_INVENTED_BRANDS`` (``"kohaku"``, ``"hanul"``, …).
        sms_sender: The SMS sender when the brand also sends SMS; e-mail only when None.

    Returns:
        A pack's ``brand`` mapping: copy in the brand's locale, sent in its time zone, from
        ``hello@<domain>`` (and ``sms_sender``).
    """
    name, legal_name, postal_address, locale, zone, domain = _INVENTED_BRANDS[key]
    senders = {"email": f"hello@{domain}"}
    if sms_sender is not None:
        senders["sms"] = sms_sender
    return {
        "name": name,
        "legal_name": legal_name,
        "postal_address": postal_address,
        "sender_addresses": senders,
        "channels": list(senders),
        "locales": [locale],
        "default_time_zone": zone,
        "website_domains": [domain],
    }


def email_fired(
    pack: BrandPack,
    body: str,
    *,
    subject: str,
    send_time: datetime,
    as_of: date,
    offer_id: str | None = None,
) -> set[str]:
    """The rule ids an e-mail with this subject and body fires against ``pack`` on ``as_of``."""
    message = Message(
        channel="email", subject=subject, body=body, send_time=send_time, offer_id=offer_id
    )
    return set(RuleEngine(pack).check(message, as_of=as_of).fired_rule_ids)
