"""A Cyrillic preposition shared with a short claim makes no paraphrase of it (set 23).

Bdzhilka, a Ukrainian honey shop invented for these tests, may say "Мед з 100% акації." (honey
from 100% acacia). A subject offering "Мед з доставкою 2 дні" (honey with two-day delivery)
shares only the noun and the preposition "з" with that claim and states another figure, so it
read as the claim reworded with a new figure. Prepositions, conjunctions and possessives of
copy in Cyrillic are now left out of the comparison, as "with" and "of" are in English; the
claim stated with a stronger figure still blocks.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from compliance_helpers import rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine
from nextbest.tools.compliance.cyrillic_stopwords import STOPWORDS
from nextbest.tools.compliance.normalise import plain

DAY = date(2027, 3, 2)
NOON = datetime(2027, 3, 2, 8, 0, tzinfo=UTC)

PACK = BrandPack.model_validate(
    {
        "brand": {
            "name": "Bdzhilka",
            "legal_name": "TOV Bdzhilka",
            "postal_address": "vul. Lypova 9, Poltava 36000",
            "channels": ["email"],
            "default_time_zone": "Europe/Kyiv",
            "website_domains": ["bdzhilka.example"],
        },
        "rules": [
            rule(
                "claims",
                "claim_grounding",
                {"categories": ["health"], "extra_triggers": {"health": ["акації"]}},
            )
        ],
        "claims": [
            {
                "id": "acacia",
                "text": "Мед з 100% акації.",
                "category": "health",
                "substantiation": "Lab report 2027",
                "channels": ["email"],
            }
        ],
    }
)
ENGINE = RuleEngine(PACK)


def _fired(subject: str, body: str = "Замовляйте на сайті.") -> bool:
    message = Message(channel="email", subject=subject, body=body, send_time=NOON)
    return any(v.rule_id == "claims" for v in ENGINE.check(message, as_of=DAY).violations)


def test_a_sentence_sharing_a_noun_and_a_preposition_is_no_paraphrase() -> None:
    assert not _fired("Мед з доставкою 2 дні")


def test_the_claim_itself_passes() -> None:
    assert not _fired("Мед з 100% акації.")


def test_a_stronger_figure_of_the_claim_still_blocks() -> None:
    assert _fired("Мед з 200% акації.")


def test_only_forms_no_latin_word_shares_are_listed() -> None:
    assert plain("зі") in STOPWORDS
    assert plain("на") not in STOPWORDS  # folds to the Latin "ha"
    assert all(not word.isascii() for word in STOPWORDS)
