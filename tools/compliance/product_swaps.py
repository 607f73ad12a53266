"""Product swaps: a product-scoped claim's words said with another product's name.

"Free towel hire on every visit with a Silver card" for the approved "Free towel hire on every
visit with a Gold card" (scoped to the Gold cards): apart from the product names the
sentence says exactly what the claim says. It is not a reworded claim but the claim said of a
product outside its scope, and it is reported as such (the claim's scope finding). A sentence
that also changes other words ("Free towel hire on 3 visits with a Silver card") is a paraphrase
and stays one.
"""

from __future__ import annotations

from nextbest.brand_context.models import Claim
from nextbest.tools.compliance.kinds.claim_wording import FUNCTION_WORDS, ClaimForms, stem


def swaps_product(forms: ClaimForms, claim: Claim, sentence: list[tuple[str, int, int]]) -> bool:
    """Whether ``sentence`` is ``claim`` with its product names exchanged for others.

    Args:
        forms: The pack's claims as token lists.
        claim: A product-scoped claim the sentence paraphrases.
        sentence: ``(token, start, end)`` content tokens of the sentence.

    Returns:
        True when the sentence's words outside product names (function words aside) are
        exactly the claim's words outside product names, and the sentence holds a product
        name word the claim does not.
    """
    names = forms.product_words
    said = {stem(t) for t, _, _ in sentence} - FUNCTION_WORDS
    own = {stem(t) for t in forms.claim_tokens[claim.id]} - FUNCTION_WORDS
    if not (said & names) - own:
        return False  # no name of its own: not said of another product
    rest = said - names
    return bool(rest) and rest == own - names
