"""A reserved title before a Hindi abbreviated title ("डॉ.") is said of the name after it.

Sarovar Yogshala, an Indian yoga school invented for these tests (issue 17, set 22), reserves
the title "योगाचार्य" to its head teacher, सुनील वर्मा. Hindi abbreviates "doctor" as "डॉ." and
"professor" as "प्रो."; their full stop ended the sentence, so "योगाचार्य डॉ. सुनील वर्मा" read
as the title said of no one. The title said of someone else still blocks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack


def _pack() -> BrandPack:
    banned = rule(
        "reserved-title",
        "banned_phrase",
        {"phrases": ["योगाचार्य"], "said_only_of": ["सुनील वर्मा", "Sunil Verma"]},
    )
    return parse_pack(
        {
            "brand": {
                "name": "Sarovar Yogshala",
                "legal_name": "Sarovar Yogshala Private Limited",
                "postal_address": "21 Ghat Road, Rishikesh, Uttarakhand 249201, India",
                "sender_addresses": {"email": "namaste@sarovar.example"},
                "channels": ["email"],
                "locales": ["hi-IN"],
                "default_time_zone": "Asia/Kolkata",
                "website_domains": ["sarovar.example"],
            },
            "rules": [banned],
        },
        source="test",
    )


def test_the_title_before_an_abbreviated_doctor_is_said_of_the_name(check: Any) -> None:
    for subject, body in (
        ("योगाचार्य डॉ. सुनील वर्मा की कक्षा", "इस रविवार योगाचार्य डॉ. सुनील वर्मा सुबह की कक्षा लेंगे।"),
        ("नई कक्षा", "हमारे प्रमुख शिक्षक योगाचार्य प्रो. सुनील वर्मा अब ऑनलाइन भी पढ़ाते हैं।"),
    ):
        verdict = check(_pack(), channel="email", subject=subject, body=body)
        assert "reserved-title" not in fired(verdict), body


def test_the_title_said_of_another_teacher_still_blocks(check: Any) -> None:
    for body in (
        "इस रविवार योगाचार्य डॉ. अमित शर्मा सुबह की कक्षा लेंगे।",
        "हमारे सभी शिक्षक योगाचार्य हैं। डॉ. सुनील वर्मा भी पढ़ाते हैं।",
    ):
        verdict = check(_pack(), channel="email", subject="नई कक्षा", body=body)
        assert "reserved-title" in fired(verdict), body
