"""A subject promising something free in Tamil, Sinhala or Hindi must be kept (set 24).

Vaigai Silks, a saree shop invented for these tests, gives a cotton bag free with a silk saree.
The skeleton view splits words of these scripts at their vowel signs, so the subject rule never
read their "free": a subject promising a free silk shawl, or anything free over a body that
gives nothing free, went through.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import invented_brand, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.indic_free_promises import unbacked_free_things

_DAY = date(2027, 1, 12)
_GIFT = "பட்டுப் புடவை வாங்கினால் பருத்திப் பை இலவசம். இருப்பு உள்ளவரை."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": invented_brand("vaigai"),
            "rules": [rule("subject", "subject_honesty")],
            "offers": [
                {
                    "id": "bag",
                    "name": "பருத்திப் பை இலவசம்",
                    "terms": _GIFT,
                    "discount_type": "free_gift",
                    "channels": ["email"],
                    "valid_from": "2027-01-01",
                    "valid_until": "2027-01-31",
                }
            ],
        },
        source="test",
    )


def _fired(subject: str, body: str, offer_id: str | None = "bag") -> set[str]:
    message = Message(
        channel="email",
        subject=subject,
        body=body,
        send_time=datetime(2027, 1, 12, 5, 0),
        offer_id=offer_id,
    )
    return set(RuleEngine(_pack()).check(message, as_of=_DAY).fired_rule_ids)


def test_a_tamil_free_thing_the_body_gives_is_kept() -> None:
    assert "subject" not in _fired("பருத்திப் பை இலவசம்", _GIFT)
    assert "subject" not in _fired("இலவச பருத்திப் பை!", _GIFT)


def test_a_tamil_free_thing_the_body_does_not_give_is_not_kept() -> None:
    assert "subject" in _fired("இலவச பட்டு சால்வை!", _GIFT)


def test_a_free_subject_over_a_body_without_free_is_not_kept() -> None:
    body = "பட்டுப் புடவைகள் ₹ 12,500 முதல்."
    assert "subject" in _fired("இலவச பருத்திப் பை!", body, offer_id=None)


def test_sinhala_and_hindi_free_things() -> None:
    body = "සේද සාරියක් සමඟ කපු බෑගය නොමිලේ."
    assert unbacked_free_things("කපු බෑගය නොමිලේ", [body]) == []
    assert unbacked_free_things("නොමිලේ සේද සාලුවක්!", [body]) == ["නොමිලේ සේද සාලුවක්"]
    body = "रेशमी साड़ी के साथ सूती थैला मुफ़्त।"
    assert unbacked_free_things("सूती थैला मुफ़्त", [body]) == []
    assert unbacked_free_things("मुफ़्त रेशमी शॉल!", [body]) == ["मुफ़्त रेशमी शॉल"]
