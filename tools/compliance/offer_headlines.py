"""Offer headlines: a subject or CTA made only of the attached offer's own words.

"Free shipping on any order" as the subject of a message that carries the approved offer
"Free insured shipping on any order placed February 1-14 …": every word of the subject is a
word of the offer's name, terms or disclosure; it announces that offer, whose figures, dates
and conditions the offer rules check. It is no claim of its own, and the claim rule leaves it.
A subject adding a word of its own ("Free shipping on every order, no minimum": ``no``,
``minimum``, ``every``) says more than the offer does and is read as usual, and so is one with
a strengthener ("Payday Boost: guaranteed approval" above terms that say "approval not
guaranteed": the offer's words, but not what the offer says).

In the body, a sentence that names the attached offer's code states that offer: a trigger
made only of the offer's words there ("Use code PINE10 and pay no delivery fee") is the offer's
wording, not a claim (see :meth:`OfferHeadlines.restates`). So is a plain word of saving the
pack counts as a price trigger ("cheaper now: 15% off with code PINE10"): the saving is the
one the offer gives. A price trigger the engine knows as a ranking or a guarantee ("lowest
price", "cheapest", "price match") says more than any discount and stays a claim.
"""

from __future__ import annotations

from nextbest.brand_context.models import BrandPack, ClaimCategory
from nextbest.tools.compliance.kinds.claim_wording import FUNCTION_WORDS, canon, stem
from nextbest.tools.compliance.lexicon import CATEGORY_TRIGGERS, STOPWORDS, STRENGTHENERS
from nextbest.tools.compliance.normalise import plain

_RANKED_PRICES = frozenset(plain(p) for p in CATEGORY_TRIGGERS[ClaimCategory.PRICE].phrases)
"""Built-in price triggers that rank or guarantee a price ("lowest price", "cheapest")."""


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
        self.codes: dict[str, str] = {o.id: plain(o.code) for o in pack.offers if o.code}
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

    def restates(
        self, offer_id: str | None, sentence: str, trigger: str, category: str | None = None
    ) -> bool:
        """Whether a trigger is a word of the attached offer said with the offer's code.

        "Use code PINE10 and pay no delivery fee on your first order" in a message carrying
        that offer: the sentence names the offer by its code, and the trigger ("delivery fee")
        is the offer's own wording, whose figures and conditions the offer rules check. A
        trigger with a word the offer does not use ("award-winning") stays a claim, unless it
        is a plain price trigger ("cheaper now: 15% off with code PINE10"): the saving the
        offer gives, not a ranking ("cheapest") and with no strengthener.

        Args:
            offer_id: The offer the message carries, if any.
            sentence: The trigger's sentence.
            trigger: The trigger's text.
            category: The trigger's claim category, if known.

        Returns:
            True when the sentence names the offer's code and every word of the trigger
            (stop words and function words aside) is a word of the offer, or the trigger is a
            plain word of saving.
        """
        if offer_id is None:
            return False
        code, own = self.codes.get(offer_id), self.words.get(offer_id)
        if not code or not own or f" {code} " not in f" {plain(sentence)} ":
            return False
        words = plain(trigger)
        if (
            category == ClaimCategory.PRICE
            and words not in _RANKED_PRICES
            and not set(words.split()) & STRENGTHENERS
        ):
            return True  # "cheaper now with code PINE10": the offer's saving
        said = _stems(trigger)
        return bool(said) and said <= own
