"""Claim grounding's narrower-form test skips claims the sentence shares no solid word with.

Issue 17 (speed): :meth:`ClaimForms.subset_match` gives up at once on a claim none of whose
solid words (not figures, product-name or function words) can be kept from the sentence; the
sentence's stems are computed once per token list, for every claim of the pack. Made-up brand
("Northwind Coffee", the helpers' test brand), invented claims.
"""

from __future__ import annotations

from compliance_helpers import build_pack

from nextbest.brand_context.models import Claim, ClaimCategory
from nextbest.tools.compliance.kinds.claim_wording import ClaimForms, canon
from nextbest.tools.compliance.lexicon import STOPWORDS
from nextbest.tools.compliance.normalise import plain

CLAIMS = [
    {
        "id": "roast",
        "text": "Every bag is roasted within 48 hours of shipping.",
        "category": "service",
        "substantiation": "Roastery log",
        "channels": ["email", "sms", "push"],
    },
    {
        "id": "beans",
        "text": "All our beans are fairly traded.",
        "category": "sustainability",
        "substantiation": "Trade audit",
        "channels": ["email", "sms", "push"],
    },
]


def _forms() -> tuple[ClaimForms, dict[str, Claim]]:
    pack = build_pack([], claims=CLAIMS)
    forms = ClaimForms(pack, {ClaimCategory.SERVICE, ClaimCategory.SUSTAINABILITY})
    return forms, {c.id: c for c in pack.claims}


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Content tokens with made-up but ordered spans (enough for these tests)."""
    words = [w for w in plain(text).split() if w not in STOPWORDS]
    return [(canon(w), 10 * i, 10 * i + 5) for i, w in enumerate(words)]


def test_a_reordered_form_still_matches() -> None:
    forms, claims = _forms()
    text = "Our beans are all fairly traded."
    assert forms.subset_match(claims["beans"], _tokens(text), text) is not None


def test_a_sentence_without_the_claims_words_does_not_match() -> None:
    forms, claims = _forms()
    text = "Shipping is free this week."
    sentence = _tokens(text)
    assert forms.subset_match(claims["beans"], sentence, text) is None
    assert forms.subset_match(claims["roast"], sentence, text) is None


def test_every_may_stand_for_all() -> None:
    forms, _ = _forms()
    kept = forms._kept_stems(_tokens("Every bean we sell"))
    assert "all" in kept  # "every" may be kept as the claim's "all"


def test_stems_are_computed_once_per_token_list() -> None:
    forms, _ = _forms()
    sentence = _tokens("Roasted beans, fairly traded.")
    first = forms._kept_stems(sentence)
    assert forms._kept_stems(sentence) is first
    other = _tokens("Roasted beans, fairly traded.")  # an equal but new list: computed again
    again = forms._kept_stems(other)
    assert again == first
    assert again is not first
