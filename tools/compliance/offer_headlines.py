"""Offer headlines: a subject or CTA made only of the attached offer's own words.

"Free shipping on any order" as the subject of a message that carries the approved offer
"Free insured shipping on any order placed February 1-14 …": every word of the subject is a
word of the offer's name, terms or disclosure; it announces that offer, whose figures, dates
and conditions the offer rules check. It is no claim of its own, and the claim rule leaves it.
A subject adding a word of its own ("Free shipping on every order, no minimum": ``no``,
``minimum``, ``every``) says more than the offer does and is read as usual, and so is one with
a strengthener ("Refund Advance: guaranteed approval" above terms that say "approval not
guaranteed": the offer's words, but not what the offer says).
"""

from __future__ import annotations

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance.kinds.claim_wording import FUNCTION_WORDS, canon, stem
from nextbest.tools.compliance.lexicon import STOPWORDS, STRENGTHENERS
from nextbest.tools.compliance.normalise import plain


def _stems(text: str) -> set[str]:
    """Stems of the words of ``text`` other than stop words and function words."""
    return {stem(canon(w)) for w in plain(text).split() if w not in STOPWORDS} - FUNCTION_WORDS


class OfferHeadlines:
    """The words of each offer of the pack, read once per pack."""

    def __init__(self, pack: BrandPack) -> None:
        """Collect the stems of every offer's name, terms and disclosures.

        Args:
            pack: The brand pack.
        """
        self.words: dict[str, set[str]] = {}
        for offer in pack.offers:
            texts = [offer.name, offer.terms or "", offer.disclosure or ""]
            texts += list(offer.disclosure_by_channel.values())
            self.words[offer.id] = set().union(*(_stems(t) for t in texts))

    def announces(self, offer_id: str | None, field_text: str) -> bool:
        """Whether a short field is made only of words of the attached offer.

        Args:
            offer_id: The offer the message carries, if any.
            field_text: The subject or CTA.

        Returns:
            True when every word of the field (stop words and function words aside) is a word
            of the offer's name, terms or disclosure, and none is a strengthener.
        """
        if offer_id is None:
            return False
        own = self.words.get(offer_id)
        if not own:
            return False
        if set(plain(field_text).split()) & STRENGTHENERS:
            return False
        said = _stems(field_text)
        return bool(said) and said <= own
