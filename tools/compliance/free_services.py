"""A "free" that states an everyday service or gathering, not a promotion.

Businesses give some things to everyone as a matter of course and say so in the same words
as a promotion: "Parking is free in the north garage", "our free monthly support groups",
"join our free online info evening on May 4". Such a "free" gives nothing that is otherwise
sold and is tied to no purchase, code or deadline, so it needs no approved offer. These forms
are read here:

- a gathering the business holds for whoever comes (a support group, an info evening or
  session, an open day or evening, a seminar, a meetup), with up to three words between
  "free" and it ("a free online info evening");
- a service given free to anyone at all ("free workshops for anyone caring for a
  relative", "free check-ups for everyone");
- free help given in confidence, or a free help line ("free and confidential help is available
  24/7 at <number>", "a free, anonymous support line"): a public-interest service, sold to
  nobody;
- a plain statement that an amenity is free ("Parking is free", "Wi-Fi and coffee are
  always free");
- a service or feature of the brand's own said to be free in what it is ("the planner is a
  free tool", French "est un service gratuit", German "ist ein kostenloser Dienst"): how it is
  priced, not a promotion;
- an event said to be free and open to the public ("The lecture is free and open to all",
  "free and open to the whole community"): a public event, sold to nobody.

Either form stops being everyday when a purchase, a code, a prize draw or a limited time
follows within a few words ("free parking when you book", "a free seminar for new members
this week"): then it is a promotion like any other. The patterns run on the skeleton view
(case folded, punctuation as spaces).
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import NormalisedText

_GATHERINGS = (
    "support group", "support groups", "support meeting", "support meetings",
    "info evening", "info evenings", "information evening", "information evenings",
    "info session", "info sessions", "information session", "information sessions",
    "info night", "info nights", "information night", "information nights",
    "open day", "open days", "open evening", "open evenings", "open house", "open houses",
    "seminar", "seminars", "meetup", "meetups", "meet up", "meet ups",
)  # fmt: skip
_AMENITIES = (
    "parking", "wi fi", "wifi", "internet", "coffee", "tea", "water", "entry", "admission",
    "shuttle", "shuttles", "lockers", "towels", "valet", "charging", "restrooms",
)  # fmt: skip
_HELP = (
    "help", "support", "advice", "counselling", "counseling", "counsel", "referral",
    "referrals", "screening", "screenings", "treatment",
)  # fmt: skip
_TIES = (
    "purchase", "purchases", "purchased", "order", "orders", "ordered", "buy", "buys",
    "buying", "bought", "spend", "spends", "spending", "book", "books", "booked", "booking",
    "bookings", "joins", "joined", "signs up", "enrol", "enroll", "enrols", "enrolls",
    "code", "promo", "subscribe", "subscription", "sign up",
    "join", "joining", "member", "members", "draw", "prize", "sweepstakes", "contest",
    "when you", "with every", "with any", "with your", "if you", "this", "today", "tonight",
    "tomorrow", "until", "till", "through", "thru", "only", "limited", "weekend", "first",
    "new", "offer", "deal", "sale", "worth", "value", "valued",
)  # fmt: skip


def _words(items: tuple[str, ...]) -> str:
    return "|".join(sorted({re.escape(i) for i in items}, key=len, reverse=True))


_NOT_TIED = rf"(?!(?: [a-z0-9]+){{0,8}}? (?:{_words(_TIES)})\b)"
_EVERYDAY_FREE = re.compile(
    rf"\bfree (?:[a-z0-9]+ ){{0,3}}?(?:{_words(_GATHERINGS)})\b{_NOT_TIED}"
    rf"|\bfree (?:[a-z0-9]+ ){{0,3}}?[a-z]+ for (?:anyone|everyone|everybody)"
    rf"(?: (?:who s |who is |who are )?going through(?: [a-z]+){{1,2}}?)?\b{_NOT_TIED}"
    rf"|\bfree (?:and |or )?(?:confidential|anonymous) (?:[a-z0-9]+ ){{0,2}}?"
    rf"(?:{_words(_HELP)})\b{_NOT_TIED}"
    rf"|\bfree (?:[a-z0-9]+ ){{0,2}}?(?:helpline|helplines|hotline|hotlines|help line|crisis line)"
    rf"\b{_NOT_TIED}"
    rf"|\b(?:{_words(_AMENITIES)})(?: and (?:{_words(_AMENITIES)}))? (?:is|are) "
    rf"(?:always |still |also )?free\b{_NOT_TIED}"
    rf"|\b(?:is|are|est|sont|ist|sind) (?:an? |un |une |ein |eine )?(?:[a-z]+ )?"
    rf"(?:free (?:service|tool|feature)s?|services? gratuite?s?|outils? gratuits?|"
    rf"fonctions? gratuites?|kostenlose[rs]? (?:dienst|service|funktion|werkzeug))\b{_NOT_TIED}"
    rf"|\bfree and open to (?:the (?:whole |wider |general )?(?:public|community)|all|everyone|"
    rf"everybody|anyone|all ages)\b{_NOT_TIED}"
)


def everyday_free(view: NormalisedText, start: int) -> bool:
    """Whether the "free" starting at original offset ``start`` states an everyday service.

    Args:
        view: The skeleton view of the field.
        start: Where the "free" word starts in the original text.

    Returns:
        True when an everyday-service statement that holds that "free" is found.
    """
    for match in _EVERYDAY_FREE.finditer(view.text):
        m_start, m_end = view.original_span(*match.span())
        if m_start <= start < m_end:
            return True
    return False
