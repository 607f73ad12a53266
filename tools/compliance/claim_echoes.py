"""Subject and CTA wording that only echoes what the body says: names and claim words.

A short field (subject, CTA) that repeats a name the body uses with one trigger word
(:func:`name_headline`), the words of a declared non-claim name the body uses
(:func:`name_phrase_words`) or only words of a claim the body carries (:func:`echoes`) says
nothing of its own.
"""

from __future__ import annotations

from nextbest.brand_context.models import Claim
from nextbest.tools.compliance.kinds.base import CheckContext, FieldText
from nextbest.tools.compliance.kinds.claim_wording import FUNCTION_WORDS, ClaimForms, canon, stem
from nextbest.tools.compliance.lexicon import STOPWORDS
from nextbest.tools.compliance.normalise import plain


def name_headline(text: FieldText, trigger: set[str], named: set[str]) -> bool:
    """Whether a subject or CTA is only a name the body uses and one trigger word.

    "Millrace Depot, greener" above a body that carries the approved sustainability claim of
    the Millrace Depot: the headline names the product and the kind of claim the body makes; it
    says nothing of its own. The trigger is one word, and every other word of the field
    (stop words and function words aside) is a word of a product or declared name the body
    uses (``named``). A figure or any other word makes it a statement of its own.

    Args:
        text: The subject or CTA.
        trigger: Stems of the trigger's words.
        named: Stems of the product and declared names the body uses.

    Returns:
        True when the field is only such a name and one trigger word.
    """
    if len(trigger) != 1:
        return False
    words = [stem(canon(w)) for w in plain(text.original).split() if w not in STOPWORDS]
    rest = [w for w in words if w not in trigger and w not in FUNCTION_WORDS]
    return bool(rest) and all(w in named for w in rest)


NAME_PHRASE_WORDS = 4
"""Most words of a declared non-claim phrase read as a name (a page, a programme, a section)."""


def name_phrase_words(ctx: CheckContext) -> set[str]:
    """Stems of the declared non-claim names the body uses ("Guaranteed Fit Finder").

    A subject or CTA trigger made only of these words ("Guaranteed fit, from home" above
    "Try our Guaranteed Fit Finder") is a short form of that name, as a product's
    short name is. Only phrases of at most :data:`NAME_PHRASE_WORDS` words count: a declared
    non-claim sentence is no name.

    Args:
        ctx: The message being checked.

    Returns:
        The stems of the body's declared non-claim names of at most
        :data:`NAME_PHRASE_WORDS` words.
    """
    body = ctx.fields.get("body")
    if body is None:
        return set()
    words: set[str] = set()
    for start, end in ctx.non_claim_spans["body"]:
        phrase = plain(body.original[start:end]).split()
        if len(phrase) <= NAME_PHRASE_WORDS:
            words |= {stem(canon(w)) for w in phrase}
    return words


def echoes(forms: ClaimForms, claim: Claim, sentence: list[tuple[str, int, int]]) -> bool:
    """Whether every word of a short field's sentence is a word of ``claim``.

    "No fee to enrol" over a body that states "No fee to enrol on the course." word for
    word shortens the approved claim: it adds nothing the claim does not say.

    Args:
        forms: The pack's claim wordings.
        claim: The claim the body carries.
        sentence: Tokens of the short field's sentence.

    Returns:
        True when every token's stem is a word of the claim.
    """
    own = forms.claim_stems[claim.id][1]
    return all(stem(t) in own for t, _, _ in sentence)
