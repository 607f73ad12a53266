"""Wording that says the opposite of the phrase right after it (rules of language).

Two general cases where a banned or urgency phrase is present in the text but not said:

- the copy says there is no need for it ("There is no need to hurry", "You don't have to
  decide today"): the phrase is denied, the reassurance is the opposite of pressure;
- the phrase is the second half of a compound formed with "non-" or "not-for-"
  ("non-profit", "not-for-profit"): a different word, not the banned one;
- a phrase starting with "without" in a clause whose subject says it never does the thing
  ("We never ship lenses without a prescription", "You can't book without a valid ID"): a
  double negative that restates the rule the ban protects;
- a promise word right after "no" ("no refunds on sale items", "no warranty on used parts"),
  or after the sender's own "we can't" / "we don't" / "we won't" ("We can't guarantee the
  weather, but …"): the copy withholds the promise, it does not make it (whether it may
  withhold it is another rule's matter).

- a sentence whose subject is "nobody" / "no one" ("Nobody starts out fluent") or "nothing"
  ("Nothing in farming is guaranteed"): it denies something of every person or thing and
  promises nothing of a product.
- a thing the copy says the offer does not have, with no qualifier after it ("a one-time box,
  no subscription", "One kit, no subscription and nothing to cancel", "without a contract."):
  the thing is absent, so a disclosure about it has nothing to disclose ("No annual fee the
  first year" is qualified, a term of the offer, and still the thing).

- an act the reader is told they need not do, with nothing after it ("with no obligation to
  sell or borrow.", see :func:`unneeded_act`): the act is not offered.

- a label others give the thing, which the copy then rejects ("You'll see wood stoves sold as
  zero carbon. They aren't: …", "Some call it risk-free, but it isn't"): the copy reports the
  claim in order to deny it (see :func:`rebutted`).

- a claim noun the copy says the thing is not ("It is not a cure: when you stop, the symptoms
  come back", "CPAP isn't a cure for sleep apnea", see :func:`denied_to_be`): the copy denies
  the claim; it does not make it.

- a named charge the copy says there is none of, with no qualifier after it ("there is no
  booking fee to pay.", see :func:`charge_denied`): a truthful absence adds nothing to a price
  (a ban of a qualified charge, "hidden fees" or "extra charges", still finds "no hidden
  fees", a claim of its own).

- a predicate put first in a German or Dutch clause and denied by its copula after it
  ("Wasserdicht ist die Jacke nicht.", "Waterdicht is de jas niet", see
  :func:`fronted_denied`): the copy says the thing is not what the phrase names.

An imperative ("Don't miss out") is no denial: the phrase is still urged.
"""

from __future__ import annotations

import re

_NO_NEED = re.compile(
    r"(?:\b(?:no|not\s+any|never\s+any|under\s+no)\s+(?:need|reason|pressure|obligation)\s+to|"
    r"\b(?:do(?:es)?\s+not|don[’']t|doesn[’']t|won[’']t|will\s+not|never)\s+(?:need|have)\s+to|"
    r"\bneedn[’']t|\bneed\s+not)\s+$",
    re.IGNORECASE,
)
""""No need to", "you don't have to", "needn't" right before the phrase."""

_COMPOUND = re.compile(r"\b(?:non|not[-\s]for)[-\s]?$", re.IGNORECASE)
"""A "non-" or "not-for-" prefix joined to the phrase ("non-profit")."""


_NO_NEED_OTHER = re.compile(
    # sv: "du behöver inte skynda dig", "behöver du inte", "ingen anledning att"
    r"(?:\b(?:behöver|måste)(?:\s+(?:du|ni|man|vi))?\s+(?:inte|ej|aldrig)|"
    r"\b(?:ingen|inget)\s+(?:anledning|behov|brådska|stress)\s+(?:av\s+)?att|"
    # it: "non c'è bisogno di affrettarti", "non devi", "nessuna fretta di"
    r"\bnon\s+(?:c[’']è\s+(?:bisogno|motivo|fretta)\s+di|serve|occorre|è\s+necessario|"
    r"devi|dovete|deve|hai\s+bisogno\s+di|avete\s+bisogno\s+di)|"
    r"\bnessun[ao]?\s+(?:bisogno|fretta|motivo)\s+di|"
    # es: "no hace falta", "no tienes que", "no hay prisa por"
    r"\bno\s+(?:hace\s+falta|es\s+necesario|hay\s+(?:prisa|necesidad|motivo)\s+(?:de|por|para)|"
    r"tienes\s+que|tiene\s+que|tienen\s+que|necesitas|necesita)|\bsin\s+necesidad\s+de|"
    # pt: "não precisa", "não é preciso", "não tem que"
    r"\bnão\s+(?:precisa|precisas|precisam|é\s+preciso|é\s+necessário|tem\s+que|tens\s+que)"
    r"(?:\s+de)?|"
    # fr: "pas besoin de vous presser", "inutile de", "vous n'avez pas à"
    r"\b(?:pas|nul|aucun)\s+besoin\s+d(?:e|[’'])|\binutile\s+d(?:e|[’'])|"
    r"\bn[’'](?:avez|as|ont)\s+pas\s+à|"
    # nl: "je hoeft niet te haasten", "geen reden om", "niet nodig om"
    r"\b(?:hoeft|hoef|hoeven)(?:\s+(?:je|u|jij|jullie|men))?\s+(?:niet|nooit)(?:\s+te)?|"
    r"\b(?:geen\s+(?:reden|noodzaak|haast)|niet\s+nodig)\s+om(?:\s+te)?|"
    # de: "Sie müssen nicht", "kein Grund, … zu"
    r"\b(?:Sie\s+müssen|du\s+musst|ihr\s+müsst|müssen\s+Sie|musst\s+du|brauchen\s+Sie|"
    r"brauchst\s+du)\s+(?:sich\s+|dich\s+)?nicht(?:\s+zu)?|\bkein(?:en)?\s+(?:Grund|Anlass),?"
    r"\s+(?:zu|zur|zum))(?:\s+|(?<=[’']))$",
    re.IGNORECASE,
)
"""The same reassurance in the other languages the engine reads: Swedish, Italian, Spanish,
Portuguese, French, Dutch and German."""


def said_unneeded(text: str, start: int) -> bool:
    """Whether the copy says there is no need for the phrase starting at ``start``.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True for "There is no need to hurry", "You don't have to decide today", Swedish "du
        behöver inte skynda dig", Italian "non c'è bisogno di affrettarti".
    """
    window = max(0, start - 48)
    return (
        _NO_NEED.search(text, window, start) is not None
        or _NO_NEED_OTHER.search(text, window, start) is not None
    )


_OTHER_ACT = re.compile(r"[\w’'-]+\s+(?:or|nor|and)\s+$", re.IGNORECASE)
"""A verb the act is coordinated with ("sell or " in "no obligation to sell or borrow")."""


def unneeded_act(text: str, start: int, end: int) -> bool:
    """Whether the copy says the reader need not do the act at ``start:end``, and nothing more.

    "Free valuation, with no obligation to sell or borrow." mentions borrowing only to say it is
    not asked of the reader: the message does not offer the act, so a disclosure the act calls
    for has nothing to disclose. A qualifier after the act ("no need to pay for 12 months", "no
    obligation to borrow more than you need") is a term of what is offered, and still the act.

    Args:
        text: The field's original text.
        start: Where the act's words start.
        end: Where they end (exclusive).

    Returns:
        True for "borrow" in "with no obligation to sell or borrow." or "There's no need to
        book."; False in "No need to pay for 12 months" or "Borrow with no obligation".
    """
    if _ABSENT_AFTER.match(text, end) is None:
        return False
    lead = start
    other = _OTHER_ACT.search(text, max(0, start - 24), start)
    if other is not None:
        lead = other.start()
    return said_unneeded(text, lead)


def negating_compound(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` is the second half of a "non-" compound.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True for "profit" in "non-profit" or "not-for-profit".
    """
    return _COMPOUND.search(text, max(0, start - 12), start) is not None


_NEVER_WITHOUT = re.compile(
    r"\b(?:we|you|i|they|nobody|no one|our [a-z]+)(?:[’'](?:ll|re|d))?\s+"
    r"(?:never|do\s+not|don[’']t|does\s+not|doesn[’']t|will\s+not|won[’']t|cannot|can[’']t|"
    r"can\s+not|may\s+not|must\s+not|are\s+not|aren[’']t|is\s+not|isn[’']t)\s+"
    r"(?:(?!and\b|but\b|or\b|so\b|then\b)[\w’'-]+\s+){1,6}$",
    re.IGNORECASE,
)
"""A subject that never does a thing, then up to six words of the same clause."""


_WITHOUT = re.compile(r"(?:without|utan|senza|sin|sans|ohne|zonder|sem)\b", re.IGNORECASE)
""""Without" in the languages the engine reads."""

_CLAUSE_LINK = (
    r"(?:and|but|or|so|then|och|men|eller|så|e|ed|ma|o|oppure|y|pero|ni|et|mais|ou|und|aber|"
    r"oder|maar|doch)\b"
)
_NEVER_WITHOUT_OTHER = re.compile(
    r"(?:"
    # sv: "Vi lånar aldrig ut pengar utan …", "Ingen får lån utan …"
    r"\b(?:vi|du|ni|jag|de|man)\s+(?:[\w’'-]+\s+)?(?:aldrig|inte|ej|inga|ingen|inget)|"
    r"\bingen\s+\w+r\b|"
    # it: "Non concediamo mai prestiti senza …", "Noi non prestiamo …", "nessuno ottiene …"
    r"\bnon\s+[\w’'-]+(?:iamo|amo|emo)\b|\bnoi\s+non|\bnessuno|"
    # es / pt: "Nunca prestamos …", "No prestamos dinero …", "Não emprestamos …"
    r"\b(?:nadie|ninguém)|\b(?:no|não|nunca|jamás|jamais)\s+[\w’'-]+mos\b|"
    # fr: "Nous n'accordons jamais de prêt sans …", "personne n'obtient …"
    r"\b(?:nous|on|vous)\s+(?:ne\s+|n[’'])[\w’'-]+\s+(?:jamais|pas|aucun|aucune)|\bpersonne\s+n|"
    # de / nl: "Wir verleihen nie Geld ohne …", "We lenen nooit zonder …"
    r"\b(?:wir|we|wij|niemand)\s+[\w’'-]+\s+(?:nie|niemals|nicht|kein\w*|nooit|niet|geen)"
    rf")\s+(?:(?!{_CLAUSE_LINK})[\w’'-]+\s+){{0,6}}$",
    re.IGNORECASE,
)
"""The same double negative in the other languages the engine reads: a subject that never
does a thing (or a pro-drop verb in the first person plural after the negation), then up to
six words of the same clause."""


def never_without(text: str, start: int) -> bool:
    """Whether a phrase starting with "without" restates a rule as a double negative.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True for "without a prescription" in "We never ship lenses without a prescription" or
        "utan kreditprövning" in Swedish "Vi lånar aldrig ut pengar utan kreditprövning";
        False in "Order lenses without a prescription" or after a clause break.
    """
    if _WITHOUT.match(text, start) is None:
        return False
    clause = re.split(r"[.;:!?,\n]|\s[-–—]\s", text[max(0, start - 80) : start])[-1]
    if text[start : start + 7].lower() == "without":
        return _NEVER_WITHOUT.search(clause) is not None
    return _NEVER_WITHOUT_OTHER.search(clause) is not None


_NO_LONGER = re.compile(
    r"\b(?:non|no|não)\s+(?!(?:solo|soltanto|sólo|só|solamente|apenas)\b)"
    rf"(?:(?!{_CLAUSE_LINK})[\w’'-]+\s+){{1,3}}$",
    re.IGNORECASE,
)
_MORE = re.compile(r"(?:più|piu|más|mais)\b", re.IGNORECASE)


def no_longer(text: str, start: int) -> bool:
    """Whether a phrase opening with "più" / "más" / "mais" is the "no more" of a negation.

    Italian "non ci sono più tasse da aggiungere", Spanish "no hay más tasas" and Portuguese
    "não há mais taxas" say there are no further charges: "più" after a negated verb is the
    adverb of "no longer, no more", not the "plus" of "49 € più tasse".

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True when the phrase opens with "più" / "más" / "mais" and a "non" / "no" / "não" of the
        same clause stands one to three words before it.
    """
    if _MORE.match(text, start) is None:
        return False
    clause = re.split(r"[.;:!?,\n]", text[max(0, start - 48) : start])[-1]
    return _NO_LONGER.search(clause) is not None


_WITHHELD = re.compile(
    r"\b(?:no|(?:we|i)\s+(?:can[’']t|cannot|can\s+not|don[’']t|do\s+not|won[’']t|will\s+not)|"
    r"(?:no\s+[a-z]+|nobody|no\s+one|no-one)\s+(?:can|could|will|would|may))\s+$",
    re.IGNORECASE,
)
""""No" right before the phrase ("no refunds"), the sender saying it does not make the promise
("we can't guarantee the weather"), or a subject that denies it of anyone ("No clinic can
guarantee a baby", "Nobody can guarantee the weather")."""


def withheld(text: str, start: int) -> bool:
    """Whether the phrase starting at ``start`` is withheld by a "no" right before it.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True for "refunds" in "no refunds on sale items" and "guarantee" in "we can't
        guarantee the weather" or "No clinic can guarantee a baby"; False in "no-quibble
        refunds", "refunds, no questions asked" or "you can't beat our guarantee".
    """
    return _WITHHELD.search(text, max(0, start - 32), start) is not None


_NO_SUBJECT = re.compile(
    r"(?:^|[\s(:;,\u2013\u2014\"“])(?:no\s+(?!other\b|one\s+else\b)[a-z]+|nothing|nobody|no\s+one|"
    r"no-one)\s+$",
    re.IGNORECASE,
)
_VERB_OBJECT = re.compile(r"\s+(?:a|an|the|that|you|your|any|anyone|results?|success)\b")


def denied_by_subject(text: str, sentence_end: int, start: int, end: int) -> bool:
    """Whether a verb of promise is said of no subject at all ("no kit guarantees a win").

    "Honest truth: no saddle guarantees a smooth ride" promises nothing of anything: the
    subject "no <noun>" denies the verb of every such thing. The verb must be a third-person
    form followed by its object, so a noun phrase ("no-quibble guarantees") stays a claim, and
    a sentence that sets the sender or a rival apart ("No other bank guarantees your savings
    like we do", "no bank guarantees it but us") stays a claim too.

    Args:
        text: The field's original text.
        sentence_end: End of the sentence holding the verb.
        start: Where the verb starts.
        end: Where it ends (exclusive).

    Returns:
        True for "guarantees" in "no rope guarantees a summit"; False in "No other bank
        guarantees your savings like we do" or "no-quibble guarantees on every order".
    """
    verb = text[start:end]
    if not verb.islower() or not verb.endswith("s"):
        return False
    if _NO_SUBJECT.search(text, max(0, start - 24), start) is None:
        return False
    if _VERB_OBJECT.match(text, end) is None:
        return False
    return _COMPARES_OR_OWN.search(text, end, sentence_end) is None


_NOBODY = re.compile(r"^\W*(?:nobody|no\s+one|no-one|nothing)\b", re.IGNORECASE)
_COMPARES_OR_OWN = re.compile(
    r"\b(?:than|like|as|we|our|ours|us|with|without|except|but|until|unless)\b", re.IGNORECASE
)


def said_of_nobody(sentence: str) -> bool:
    """Whether a sentence denies something of everyone, asserting nothing of any product.

    "Nobody starts out fluent." or "No one is born a climber." says what holds of no person, and
    "Nothing in sailing is guaranteed." of no thing; it promises no result. A sentence that
    compares, speaks of the sender or a product through "with", "like", "than", "except"…
    ("Nobody teaches faster than us", "No one gets fluent without practice like ours") is a
    claim in disguise and does not count; the caller also requires that the sentence names
    neither the brand nor a product.

    Args:
        sentence: One sentence of the original text.

    Returns:
        True for a plain "nobody …" / "no one …" / "nothing …" sentence.
    """
    return _NOBODY.match(sentence) is not None and _COMPARES_OR_OWN.search(sentence) is None


_ABSENT_BEFORE = re.compile(
    r"(?:^|[\s(,;:–—-])(?:no|without(?:\s+(?:a|an|any))?|not\s+an?|sin|sem|sans|ohne|zonder|"
    r"senza|utan|nessun[ao]?|ningún|ninguna|nenhum|nenhuma|aucun|aucune|kein(?:e|en)?|geen)\s+$",
    re.IGNORECASE,
)
_ABSENT_AFTER = re.compile(
    r"\s*(?:$|[,.;:!?)\n–—]|-\s|(?:and|or|y|o|e|ou|et|und|oder|en|of|och|eller)\b)",
    re.IGNORECASE,
)


def stated_absent(text: str, start: int, end: int) -> bool:
    """Whether the copy says the thing at ``start:end`` is absent, with no qualifier after it.

    Args:
        text: The field's original text.
        start: Where the thing's words start.
        end: Where they end (exclusive).

    Returns:
        True for "subscription" in "a one-time box, no subscription)" or "One kit, no
        subscription and nothing to cancel"; False in "No annual fee the first year", "no-fee
        subscription" or "Start your subscription".
    """
    return (
        _ABSENT_BEFORE.search(text, max(0, start - 16), start) is not None
        and _ABSENT_AFTER.match(text, end) is not None
    )


_REPORTED_AS = re.compile(
    r"\b(?:(?:sold|marketed|advertised|billed|described|labell?ed|promoted|pitched|touted|"
    r"branded|presented|portrayed|painted)\s+as|(?:called|calls|call)(?:\s+(?:it|them))?|"
    r"(?:claimed|said|promised)\s+to\s+be)\s+(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""A label others give a thing, before the phrase ("sold as", "marketed as", "called"; up to
two words between: "sold as zero carbon" holds the claim word "carbon")."""

_REJECTED_AFTER = re.compile(
    r"[^.!?;:\n]{0,60}?(?:[.!?;:]\s+|,?\s+but\s+)"
    r"(?:(?:they|it|that|this|these|those|which|he|she)\s*(?:aren[’']t|isn[’']t|wasn[’']t|"
    r"weren[’']t|are\s+not|is\s+not|was\s+not|were\s+not|[’'](?:re|s)\s+not)"
    r"\s*(?:[.!:;,\u2013\u2014]|-\s|$)"
    r"|(?:that|this)(?:[’']s|\s+is)\s+(?:not\s+true|untrue|false|wrong|a\s+myth)\b"
    r"|(?:not\s+so|not\s+true|untrue|false|wrong)\s*[.!:;,]"
    r"|(?:no|nope)\s*[.!:;,])",
    re.IGNORECASE,
)
"""The copy's rejection of the label, in the next sentence or clause: a bare "They aren't."
("They aren't cheap" says something else), "That's not true", "Not so."."""


def rebutted(text: str, start: int, end: int) -> bool:
    """Whether the phrase at ``start:end`` is a label others give, which the copy rejects.

    Args:
        text: The field's original text.
        start: Where the phrase starts.
        end: Where it ends (exclusive).

    Returns:
        True for "zero carbon" in "You'll see wood stoves sold as zero carbon. They aren't: …";
        False in "Our wood stoves are sold as zero carbon.", "Sold as zero carbon. They're
        the best." or "… sold as zero carbon. They aren't cheap."
    """
    return (
        _REPORTED_AS.search(text, max(0, start - 48), start) is not None
        and _REJECTED_AFTER.match(text, end) is not None
    )


_NOT_TO_BE = re.compile(
    r"(?:\b(?:is|are|was|were|it[’']s|that[’']s|this[’']s)\s+not|\b(?:isn|aren|wasn|weren)[’']t"
    r"|\bn[’']est\s+pas|\bne\s+sont\s+pas|\bno\s+(?:es|son)|\bnon\s+(?:è|sono)"
    r"|\bnão\s+(?:é|são)|\b(?:är|er)\s+(?:inte|ikke|ikkje)|\bis\s+geen"
    r"|\b(?:ist|sind)\s+kein(?:e|en)?)"
    r"\s+(?:(?:a|an|une?|una?|um|uma|en|ett|et)\s+)?$",
    re.IGNORECASE,
)
"""A verb of being, negated, right before a noun ("is not a", "isn't a", "n'est pas un", "är
inte en", "ist kein"), with no word between ("not just a", "not only a" add, not deny)."""
_DENIED_AFTER = re.compile(
    r"\s*(?:$|[,.;:!?)\n–—]|-\s|(?:for|pour|para|per|för|für)\b"
    r"|(?:and|et|und|y|e|en|och|og|but|mais|aber|pero|maar)\s)"
)
"""What may follow the denied noun: the clause's end, its purpose, or the next clause ("is
not guaranteed and a loan may default")."""


def denied_to_be(text: str, start: int, end: int) -> bool:
    """Whether the copy says the thing is not what the noun at ``start:end`` names.

    Args:
        text: The field's original text.
        start: Where the noun starts.
        end: Where it ends (exclusive).

    Returns:
        True for "cure" in "It is not a cure: when you stop, …" or "CPAP isn't a cure for
        sleep apnea"; False in "It's not just a cure", "It is a cure" or "not a cure-all
        pill but a cure".
    """
    return (
        _NOT_TO_BE.search(text, max(0, start - 24), start) is not None
        and _DENIED_AFTER.match(text, end) is not None
    )


_CLAUSE_START = re.compile(r"(?:^|[.!?;:\n\u2013\u2014]\s*|[„\"“'‘»«]\s*)$")
"""The start of a sentence or clause (perhaps a quote opening it) right before the phrase."""

_FRONTED_DENIED = re.compile(
    r"\s+(?:ist|sind|war|waren|bin|bist|seid|wird|werden|is|zijn|was|waren|ben|bent|wordt)"
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:nicht|nie|niemals|keineswegs|niet|nooit)"
    r"\s*(?:[,.;:!?\n\u2013\u2014]|$|(?:und|aber|denn|en|maar|want)\b)",
    re.IGNORECASE,
)
"""A copula after the fronted predicate and its negation closing the clause: "… ist die Jacke
nicht.", "… sind wir damit nicht, und …", "… is de jas niet"."""


def fronted_denied(text: str, start: int, end: int) -> bool:
    """Whether a German or Dutch predicate opening its clause is denied by the copula after it.

    Args:
        text: The field's original text.
        start: Where the phrase starts.
        end: Where it ends (exclusive).

    Returns:
        True for "Wasserdicht" in "Wasserdicht ist die Jacke nicht, aber …" or "Waterdicht is
        de jas niet."; False in "Wasserdicht ist die Jacke, nicht schwer" or "Die Jacke ist
        wasserdicht."
    """
    return (
        _CLAUSE_START.search(text, max(0, start - 4), start) is not None
        and _FRONTED_DENIED.match(text, end) is not None
    )


_CHARGES = frozenset(
    {"fee", "fees", "charge", "charges", "surcharge", "surcharges", "frais", "gebühr",
     "gebühren", "kosten", "toeslag", "supplément"}
)  # fmt: skip
"""Nouns naming a charge added to a price."""
_QUALIFIED = frozenset(
    {"hidden", "extra", "additional", "surprise", "unexpected", "other", "any", "more", "plus",
     "cachés", "versteckte", "verborgen", "zusätzliche", "supplémentaires"}
)  # fmt: skip
"""Words that make a charge a claim of its own when denied ("no hidden fees")."""


def charge_denied(text: str, start: int, end: int) -> bool:
    """Whether the copy says there is no such charge (a named fee, with nothing after it).

    Args:
        text: The field's original text.
        start: Where the charge's words start.
        end: Where they end (exclusive).

    Returns:
        True for "booking fee" in "we charge no booking fee."; False in "a booking fee
        applies", "no booking fee on your first order" or "hidden fees" in "no hidden fees".
    """
    words = text[start:end].casefold().split()
    if not words or words[-1] not in _CHARGES or _QUALIFIED & set(words):
        return False
    return stated_absent(text, start, end)
