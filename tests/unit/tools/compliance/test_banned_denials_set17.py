"""Banned statements the copy denies, asks or uses in another sense (issue 17, set 17).

Brands invented for these tests: Hollyburn Home Help, an American home-help agency whose
helpers may not be said to do nursing acts (reserved to its nurses); Kestrelford Bonds, an
Australian bond fund that bans "yields are fixed"; Bergfink Helme, an Austrian helmet shop that
bans "absolut sicher"; Saltmarsh Lodges, a British lodge operator that bans "with parking".
Each denial form passes; the same words said as a statement still block.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _brand(name: str, locale: str, zone: str) -> dict[str, Any]:
    slug = name.lower().replace(" ", "")
    return {
        "name": name,
        "legal_name": f"{name} Ltd",
        "postal_address": "4 Orchard Row, Springfield, IL 62701, USA",
        "sender_addresses": {"email": f"hello@{slug}.example"},
        "channels": ["email"],
        "locales": [locale],
        "default_time_zone": zone,
        "website_domains": [f"{slug}.example"],
    }


def _pack(name: str, locale: str, zone: str, banned: dict[str, Any]) -> Any:
    return parse_pack({"brand": _brand(name, locale, zone), "rules": [banned]}, source="test")


def _home_help() -> Any:
    banned = rule(
        "nursing-acts",
        "banned_phrase",
        {"phrases": ["infusions", "tube feeding"], "said_only_of": ["nurse", "nurses"]},
    )
    return _pack("Hollyburn Home Help", "en-US", "America/Chicago", banned)


def test_helpers_who_never_do_a_reserved_act_pass(check: Any) -> None:
    for body in (
        "Our helpers cook and tidy, and they never give infusions.",
        "Our home helpers do not do tube feeding.",
        "We never give infusions at home.",
    ):
        verdict = check(_home_help(), channel="email", subject="What we do", body=body)
        assert "nursing-acts" not in fired(verdict), body


def test_helpers_said_to_do_a_reserved_act_block(check: Any) -> None:
    for body in (
        "Our helpers cook, tidy and give infusions.",
        "They give infusions and do tube feeding.",
        "Never miss your infusions: our helpers remind you.",
    ):
        verdict = check(_home_help(), channel="email", subject="What we do", body=body)
        assert "nursing-acts" in fired(verdict), body


def test_a_reserved_act_said_of_the_nurses_passes(check: Any) -> None:
    body = "Our nurses give infusions on a doctor's order."
    verdict = check(_home_help(), channel="email", subject="Nursing", body=body)
    assert "nursing-acts" not in fired(verdict)


def _bonds() -> Any:
    banned = rule("no-fixed-yields", "banned_phrase", {"phrases": ["yields are fixed"]})
    return _pack("Kestrelford Bonds", "en-AU", "Australia/Sydney", banned)


def test_a_clause_denied_of_every_owner_passes(check: Any) -> None:
    for body in (
        "We spread your money across many issuers, but no bond fund's yields are fixed.",
        "No yields are fixed: prices move every day.",
    ):
        verdict = check(_bonds(), channel="email", subject="Market update", body=body)
        assert "no-fixed-yields" not in fired(verdict), body


def test_the_clause_stated_or_compared_blocks(check: Any) -> None:
    for body in (
        "With Kestrelford, your yields are fixed for five years.",
        "No other fund's yields are fixed like ours.",
    ):
        verdict = check(_bonds(), channel="email", subject="Market update", body=body)
        assert "no-fixed-yields" in fired(verdict), body


def _helmets() -> Any:
    banned = rule("keine-sicherheitsversprechen", "banned_phrase", {"phrases": ["absolut sicher"]})
    return _pack("Bergfink Helme", "de-AT", "Europe/Vienna", banned)


def test_a_german_negative_quantifier_denies_the_claim(check: Any) -> None:
    body = "Kein Helm ist absolut sicher – fahren Sie vorausschauend."
    verdict = check(_helmets(), channel="email", subject="Sicher unterwegs", body=body)
    assert "keine-sicherheitsversprechen" not in fired(verdict)


def test_a_german_claim_or_comparison_still_blocks(check: Any) -> None:
    for body in (
        "Unser Helm ist absolut sicher.",
        "Kein anderer Helm ist absolut sicher.",
        "Kein Helm ist absolut sicher außer unserem.",
    ):
        verdict = check(_helmets(), channel="email", subject="Sicher unterwegs", body=body)
        assert "keine-sicherheitsversprechen" in fired(verdict), body


def _lodges() -> Any:
    banned = rule("parking-wording", "banned_phrase", {"phrases": ["with parking"]})
    return _pack("Saltmarsh Lodges", "en-GB", "Europe/London", banned)


def test_with_governed_by_a_verb_of_helping_passes(check: Any) -> None:
    for body in (
        "Our front desk can't help with parking, so please plan ahead.",
        "Our staff will assist you with parking on arrival.",
    ):
        verdict = check(_lodges(), channel="email", subject="Your stay", body=body)
        assert "parking-wording" not in fired(verdict), body


def test_a_package_with_parking_blocks(check: Any) -> None:
    for body in ("Lodges with parking from £89.", "A weekend break with parking for two."):
        verdict = check(_lodges(), channel="email", subject="Your stay", body=body)
        assert "parking-wording" in fired(verdict), body
