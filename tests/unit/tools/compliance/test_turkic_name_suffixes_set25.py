"""A banned name with a Turkic case ending opening a sentence is named (issue 17, set 25).

Xəzər Sığorta, an insurer invented for these tests, may not name its rival Dalğa. Azerbaijani
joins a case ending to a name with a hyphen ("Dalğa-dan fərqli olaraq", unlike Dalğa), Turkish
with an apostrophe ("Dalğa'dan farklı olarak"). At the start of a sentence a name followed by a
hyphen and a lower-case word was taken for an English-style compound ("Peak-season") and let
through. A compound with an everyday word stays a compound.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import rule

from nextbest.brand_context.ingest import parse_pack


def _pack(locale: str) -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Xəzər Sığorta",
                "legal_name": "Xəzər Sığorta ASC",
                "postal_address": "Füzuli küçəsi 7, Sumqayıt",
                "sender_addresses": {"sms": "XEZER"},
                "channels": ["sms"],
                "locales": [locale],
                "default_time_zone": "Asia/Baku",
                "website_domains": ["xezer.example"],
            },
            "rules": [rule("rival", "case_sensitive_term", {"terms": ["Dalğa"]})],
        }
    )


def test_azerbaijani_name_with_a_case_ending_is_named(check) -> None:
    pack = _pack("az-Latn-AZ")
    for body in (
        "Dalğa-dan fərqli olaraq sığorta sənədi eyni gün hazır olur.",
        "Dalğa-nın müştəriləri də bizə keçir.",
    ):
        verdict = check(pack, channel="sms", body=body)
        assert "rival" in verdict.fired_rule_ids, body


def test_turkish_name_with_an_apostrophe_ending_is_named(check) -> None:
    verdict = check(_pack("tr-TR"), channel="sms", body="Dalğa'dan farklı olarak hızlıyız.")
    assert "rival" in verdict.fired_rule_ids


def test_compound_with_an_everyday_word_stays_a_compound(check) -> None:
    verdict = check(_pack("az-Latn-AZ"), channel="sms", body="Dalğa-style sörf dərsləri.")
    assert "rival" not in verdict.fired_rule_ids, verdict.violations
