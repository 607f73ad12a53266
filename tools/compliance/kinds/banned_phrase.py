"""``banned_phrase``: phrases and patterns that must not appear, found through obfuscation.

A phrase written with a currency sign is found with the sign ("worth £" finds "worth £600",
not the "worth" of "it's worth checking", :func:`priced_pattern`).

Text the pack itself requires or approves is never banned wording: a disclosure's required
wording (an FDA disclaimer containing "treat" and "cure"), a claim's disclaimer, an offer's
terms and disclosure, a required statement and the brand's standing statements; nor is an
approved claim's own wording ("… earned 4.5 out of 5 stars from <rating body>" under a ban of
"from <rating body>"): the officer approved those words (a draft or retired claim's are not
approved), and whether the claim may be used on the send date and channel is the claim rule's
question. Nor is a subject's
closing words of such a wording the body states in full, the product named in other words
(see :mod:`~nextbest.tools.compliance.subject_tails`). Nor is the
path of a link to one of the brand's own domains (``/blog/why-no-plan-is-truly-unlimited``):
the link policy judges links; but a pattern that matches a path itself, slash and all
(``<domain>/share/`` against links to shared albums), is written against such links, and a
link it matches is banned wording. A banned word used in its everyday sense inside a longer idiom
(``forest green``, ``treat yourself``; see :mod:`~nextbest.tools.compliance.senses`) is not
banned wording; the idiom itself may still be banned. So is a word inside a set phrase or
compound ("third-party advertisers" under a ban of "party", "the flood changed the river
forever" under a ban of "forever"; see :mod:`~nextbest.tools.compliance.idioms`). Nor is a
banned statement the copy denies with a negated copula ("Cryptoassets are not covered by …")
or the sender denies of itself ("We do not settle student loans", "We are not a government
program", "Are we a government program? No."; see
:mod:`~nextbest.tools.compliance.sender_denials`; a quoted question the copy answers "The
honest answer is no", a quoted question the copy declines to answer ("we won't answer that one
for you"), or a subject quoting a question the body asks again and answers "No." or whose
opening says the answer is no, :mod:`~nextbest.tools.compliance.questions`), a phrase the copy says
there is no need for ("There is no need to hurry"; a warn-severity list of words the brand
voice avoids still flags the word itself), the second half of a "non-" compound
("non-profit") or a "without …" phrase the copy says it never does ("We never ship lenses
without a prescription"), or a label others give that the copy rejects ("You'll see heat pumps
sold as zero carbon. They aren't"); see :mod:`~nextbest.tools.compliance.denials`. Those
denials spare a blocking ban (a statement the copy does not make); a warn-severity ban is house
style, and a term it keeps out is still written when denied ("Our plan is not a <foreign
term>"). Nor is
"free …" as the tail of a privative compound ("interest-free credit" under a ban of "free
credit") or a "free …" phrase that only qualifies an appraisal noun after it ("a free roof
check" under a ban of "free roof"), or a phrase that only qualifies a threat noun after it
("Protect yourself from Pension Service scams" under a ban of "from Pension Service"); see
:mod:`~nextbest.tools.compliance.compounds`. Nor is a phrase opening with "with" that is the
complement of a verb of helping before it ("our desk can help with parking" under a ban of
"with parking"; see :mod:`~nextbest.tools.compliance.governed_prepositions`).
Nor is a word with an accented letter added beside its plain form, read as one stretched
letter ("traitée" under a ban of "traite"; "non testée" under a ban of "non testé" is still
the phrase; see :mod:`~nextbest.tools.compliance.stretched_letters`).
Nor is a phrase whose last word is the head of a negative contraction ("you won" in "you won't
want to share it"; see :func:`~nextbest.tools.compliance.phrases.cut_from_contraction`).
Nor is a one-word product name written all in lower case ("let your mind wander" under
a ban of the product "Wander"): the everyday word (see
:mod:`~nextbest.tools.compliance.lowercase_names`).
A banned "<participle> <noun>" phrase ("guaranteed rate") is also found in its predicative
form ("your rate is guaranteed"; see :func:`predicative_forms`), a banned phrase of several
words ending in a noun also in its plural ("our genetic counselors" under a ban of "genetic
counselor"; see :func:`plural_forms`), and a banned phrase of
several words opening with a verb in its "-ing" form ("Imagine paying off your bills" under a
ban of "pay off your bills"; see :func:`gerund_forms`). A banned claim of safety for children
or animals ("safe around kids", "pet-safe") is also found in its other wordings ("safe to use
around children and pets"; see :mod:`~nextbest.tools.compliance.safety_audiences`), and a
banned offsetting claim ("offset the carbon") in its other wordings ("plant a tree to balance
out the CO2 of your delivery"; see :mod:`~nextbest.tools.compliance.offset_claims`).
A banned "no more <thing>" promise is also found consigning the thing to the past ("frozen
pipes are a thing of the past"; see :mod:`~nextbest.tools.compliance.ended_forms`), and a
banned phrase with a word for school-age minors, a drinking venue or drawing on money in
another such word ("tweens" under a ban of "teens", "tap into your savings early" under a ban
of "access your savings early"; see :mod:`~nextbest.tools.compliance.word_equivalents`).
A Scandinavian brand's banned "<noun> <participle>" phrase is also found as a predicate, the
noun definite and perhaps fixed by a clock time ("leveringen kl. 12 er garantert" under a ban
of "levering garantert"; see :mod:`~nextbest.tools.compliance.scandinavian_predicates`).
A one-word banned adjective is also found as its "-ly" adverb ("Clean, naturally." under a
ban of "natural"), not as a sentence adverb ("Naturally, we'll refund you"; see
:mod:`~nextbest.tools.compliance.adverb_forms`).
A wording the rule lists with several words in one place is also found with the words another
listed wording takes there ("avoid a late fee" under bans of "avoid a penalty", "avoid a
surcharge", "stop paying a penalty", "stop paying a surcharge", "stop paying a late fee"; see
:mod:`~nextbest.tools.compliance.listed_alternatives`). A German or Dutch predicate put first
and denied by the copula after it ("Wasserdicht ist die Jacke nicht") and a named charge the
copy says there is none of ("we charge no booking fee.") are denials too (see
:func:`~nextbest.tools.compliance.denials.fronted_denied` and
:func:`~nextbest.tools.compliance.denials.charge_denied`).
A banned superlative ("fastest broadband") is also found as the claim that nothing matches
the thing ("broadband no one in town can match"; see
:mod:`~nextbest.tools.compliance.unmatched_forms`).
A ban of a precaution made optional ("skip the check", "no need for a check") also finds the
precaution said to be needed only the first time ("the check: only the first time"; see
:mod:`~nextbest.tools.compliance.first_time_only`).
A banned phrase of two words is also found with an adjective between them ("a perfect genetic
match" under a ban of "perfect match"; see :func:`adjective_pattern`).
A banned phrase of several words is also found with a quantity before its last word ("burn up
to 650 calories" under a ban of "burn calories"), the quantity standing for an article there
("te regalamos 3 años de garantía" under "te regalamos la garantía"; see
:func:`quantified_pattern`), and a German or Dutch phrase opening with a plural verb with the
brand's "wir" / "wij" after it ("übernehmen wir Ihre Zuzahlung" under "übernehmen Ihre
Zuzahlung": the verb-first word order; see :func:`inverted_forms`).
A rule with ``said_only_of`` (a title reserved to the licensed people, a certification to some
models) bans its phrases only in sentences that name none of them; the opening words of such a
name (at least two) name it too when the message names it in full elsewhere (a subject "Miód
gryczany na prezent" above a body offering "Miód gryczany z Leśnej Pasieki"), and a
subject's phrase is said of the one the body says it of ("Une diététicienne à Rennes" above
"Sophie Lenoir, diététicienne, rejoint notre équipe"); and a phrase the copy says the brand's
people do not do, whatever its length ("our aides never give infusions", "they do not do
tube feeding"), is ascribed to no one (see
:func:`~nextbest.tools.compliance.sender_denials.doers_deny_act`).
A banned phrase is also found in the inflected forms of the brand's language (Swedish
"nattklubben" under a ban of "nattklubb", French "livrés en 24 h" under a ban of
"livré en 24 h"; see :mod:`~nextbest.tools.compliance.phrase_inflections`).
A phrase the pack declares a non-claim (``non_claim_phrases``: a colour name "Sea Green", a
direction of use "Safe on natural wood floors") holds a banned word in another
sense: a rule that bans its words on every channel and field (a ban of a meaning: generic
"green" or "natural" claims) does not find them inside it. A rule limited to some channels,
fields or regions bans the words being seen there (a condition in a lock-screen preview), and
the declaration does not answer that (see :func:`declared_non_claims`).
A rule limited to some recipients' regions (``regions``, ``except_regions``) bans its words for
the other recipients even where they are an approved claim's wording: the officer approved the
words, and the rule says who may read them (a same-day delivery claim outside the cities it
holds in). So does a warn-severity rule limited to some channels: that is the channel's house
style, how any wording is written there ("no accented letters in an SMS" still warns of an
approved claim's accented text sent by SMS), which the claim's approval does not answer. A
pattern naming letters with diacritics (``[àâç]``) is also run on the original text, which the
folded view lacks (see :mod:`~nextbest.tools.compliance.case_scoped`).
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import (
    BannedPhraseRule,
    BrandPack,
    DisclosureRule,
    EntryStatus,
    RequiredElementRule,
)
from nextbest.tools.compliance.adverb_forms import adverb_forms, sentence_adverb
from nextbest.tools.compliance.case_scoped import (
    OfficerPattern,
    keeps_case,
    names_marked_letters,
)
from nextbest.tools.compliance.compounds import free_appraisal, names_threat, privative_free
from nextbest.tools.compliance.denials import (
    charge_denied,
    fronted_denied,
    negating_compound,
    never_without,
    no_longer,
    rebutted,
    said_unneeded,
)
from nextbest.tools.compliance.ended_forms import ended_forms
from nextbest.tools.compliance.first_time_only import first_time_pattern
from nextbest.tools.compliance.governed_prepositions import governed_with
from nextbest.tools.compliance.kinds.base import CheckContext, FieldText, overlaps, violation
from nextbest.tools.compliance.kinds.link_policy import own_links
from nextbest.tools.compliance.listed_alternatives import alternative_forms
from nextbest.tools.compliance.lowercase_names import capitalised_one_word_names, everyday_word
from nextbest.tools.compliance.normalise import fold, plain
from nextbest.tools.compliance.offset_claims import offset_forms
from nextbest.tools.compliance.phrase_inflections import inflected_phrases
from nextbest.tools.compliance.phrases import compile_phrases, cut_from_contraction
from nextbest.tools.compliance.prefilter import Prefiltered
from nextbest.tools.compliance.professional_acts import done_by_professional
from nextbest.tools.compliance.questions import (
    answered_in_body,
    quoted_question,
    subject_answered_no,
)
from nextbest.tools.compliance.questions import answered_no as question_answered_no
from nextbest.tools.compliance.safety_audiences import safety_forms
from nextbest.tools.compliance.safety_warnings import forbids_act, warned_against
from nextbest.tools.compliance.scandinavian_predicates import predicate_pattern
from nextbest.tools.compliance.sender_denials import answered_no, doers_deny_act, sender_denies
from nextbest.tools.compliance.senses import inside_sense
from nextbest.tools.compliance.stretched_letters import added_accented_letter
from nextbest.tools.compliance.subject_tails import tail_spans
from nextbest.tools.compliance.unmatched_forms import unmatched_pattern
from nextbest.tools.compliance.verdict import Violation
from nextbest.tools.compliance.word_equivalents import equivalent_forms

_DENIED = re.compile(
    r"\b(?:(?:is|are|was|were|be|been)\s+(?:not|never)|(?:is|are|was|were)n[’']t|"
    r"(?:will|would|can|could|may|might)\s+not\s+be|(?:won|can)[’']t\s+be|cannot\s+be)\s+$",
    re.IGNORECASE,
)
"""A copula denied right before a banned phrase: the copy says the banned statement is false
("Your deposits are not protected by …"). An imperative ("Don't miss out") is no denial."""

_DENIED_INSIDE = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:not|never)|(?:is|are|was|were)n[’']t|[’'](?:re|s)\s+"
    r"(?:not|never))\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+$",
    re.IGNORECASE,
)
"""A pattern's match that ends in a denied copula and at most four words: the banned word the
pattern looks for is denied ("Flex Plan you're never locked in", "Basic Edition isn't built
for self-employment"). A denial earlier in the match ("… isn't cheap, it's locked in") has a
comma or more words between, and the match is still found."""


def required_wordings(pack: BrandPack) -> list[str]:
    """Wordings the pack requires in copy whatever it promotes: never an offer or a claim.

    A fee line a disclosure rule requires ("Plus a $49 handling fee.") states a price that
    belongs to no promotion.

    Args:
        pack: The brand pack.

    Returns:
        Claim disclaimers (with their per-channel forms), disclosure wordings and required
        statements.
    """
    texts: list[str] = [c.disclaimer for c in pack.claims if c.disclaimer]
    texts += [w for c in pack.claims for w in c.disclaimer_by_channel.values()]
    for rule in pack.rules:
        if isinstance(rule, DisclosureRule):
            texts += rule.params.required_any
            for wordings in (
                *rule.params.required_by_region.values(),
                *rule.params.required_by_channel.values(),
            ):
                texts += wordings  # the line required of one region or channel
        elif isinstance(rule, RequiredElementRule) and rule.params.text:
            texts += [rule.params.text, *rule.params.alternatives]
    return texts


def required_texts(pack: BrandPack) -> list[str]:
    """Wordings the pack requires or approves verbatim (never banned wording).

    Args:
        pack: The brand pack.

    Returns:
        Disclosure wordings, claim disclaimers, offer terms and disclosures, required
        statements and standing statements.
    """
    texts = required_wordings(pack)
    for offer in pack.offers:
        texts += [w for w in (offer.terms, offer.disclosure) if w]
        texts += list(offer.disclosure_by_channel.values())
    texts += [s.text for s in pack.standing_statements if s.in_force]
    return texts


_PARTICIPLE_NOUN = re.compile(r"([a-z]{3,}ed)\s+([a-z]+)", re.IGNORECASE)
"""A two-word phrase of a past participle and a noun ("guaranteed rate")."""

_COPULAS = ("is", "are", "will be", "stays", "remains")


def predicative_forms(phrases: list[str]) -> list[str]:
    """The predicative forms of banned "<participle> <noun>" phrases.

    "guaranteed rate" is also said as "your rate is guaranteed": the same statement with the
    participle after a copula. Other phrases have none.

    Args:
        phrases: A rule's banned phrases.

    Returns:
        "<noun> is <participle>" and its other copulas, for each such phrase.
    """
    forms: list[str] = []
    for phrase in phrases:
        match = _PARTICIPLE_NOUN.fullmatch(phrase.strip())
        if match is not None:
            participle, noun = match.groups()
            forms += [f"{noun} {copula} {participle}" for copula in _COPULAS]
    return forms


_VERB_WORD = re.compile(r"[a-z]{2,}")
_CVC = re.compile(r"(?:^|[^aeiou]|qu)[aeiou][b-df-hj-np-tvz]$")
"""A word ending in one vowel and one consonant, whose consonant doubles before "-ing"."""


def gerund_forms(phrases: list[str]) -> list[str]:
    """The "-ing" forms of banned phrases of several words that may open with a verb.

    "pay off your bills" is also said "Imagine paying off your bills": the same statement with
    its verb as a gerund. The first word's spellings before "-ing" are all tried (``pay`` ->
    ``paying``, ``retire`` -> ``retiring``, ``get`` -> ``getting``); a form of a word that is
    no verb ("financialing freedom") never occurs in copy, so it finds nothing.

    Args:
        phrases: A rule's banned phrases.

    Returns:
        Each phrase of two or more words with its first word's "-ing" forms in its place.
    """
    forms: list[str] = []
    for phrase in phrases:
        first, _, rest = phrase.strip().partition(" ")
        word = first.lower()
        if not rest or not _VERB_WORD.fullmatch(word) or word.endswith(("ing", "ed", "ly")):
            continue
        stems = {word}
        if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
            stems.add(word[:-1])  # retire -> retiring
        if _CVC.search(word):
            stems.add(word + word[-1])  # get -> getting
        forms += [f"{stem}ing {rest}" for stem in sorted(stems)]
    return forms


_ARTICLES: frozenset[str] = frozenset(
    {"the", "a", "an", "la", "el", "los", "las", "le", "les", "der", "die", "das", "den", "il",
     "lo", "het", "een"}
)  # fmt: skip
"""Articles a quantity may stand in for before a banned phrase's last word."""
_QUANTITY = (
    r"(?:(?:up to|over|more than|as many as|about|around|nearly|almost|at least|hasta|mas de"
    r"|bis zu|uber|jusqu a|plus de|fino a|tot) )?\d+(?: \d+)?"
    r"(?: [a-z]+ (?:of|de|di|du|des|van|von))?"
)
"""A quantity in the skeleton view: "up to 650", "3 anos de" (a figure, perhaps a unit of)."""
_DIGIT_SKEL = re.compile(r"\d")
_TITLE_STOP = re.compile(
    r"(?:^|[\s(])(?:Dr|Drs|Prof|Mr|Mrs|Ms|Mx|Rev|Revd|Capt|Col|Sgt|Lt|Hon|Pr|Mme|Mlle|Dra|Sra|"
    r"Hr|Fr|डॉ|डा|प्रो)\.$"
)
"""A sentence piece ending in an abbreviated title ("… and Dr.", Hindi "डॉ." and "प्रो."): its
full stop ends no sentence, the name after it belongs to the piece."""


def quantified_pattern(phrases: list[str]) -> re.Pattern[str] | None:
    """Banned phrases of several words with a quantity before their last word (skeleton view).

    "burn calories" is also said "burn up to 650 calories"; "te regalamos la garantía" also
    "te regalamos 3 años de garantía" (the quantity in the article's place).

    Args:
        phrases: A rule's banned phrases.

    Returns:
        One pattern for all such forms, or None when no phrase has two words or more.
    """
    forms: list[str] = []
    for phrase in phrases:
        words = plain(phrase).split()
        if len(words) < 2 or not words[-1].isalpha():
            continue
        heads = [words[:-1]]
        if len(words) > 2 and words[-2] in _ARTICLES:
            heads.append(words[:-2])
        for head in heads:
            forms.append(
                " ".join(map(re.escape, head)) + " " + _QUANTITY + " " + re.escape(words[-1])
            )
    if not forms:
        return None
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(forms) + r")(?![a-z0-9])")


_NOUN_END = re.compile(r"[a-z]{2,}[b-df-hj-npqrtvwz]|[a-z]{2,}[^aeiou]e|[a-z]+ee")
"""A last word that may take a plural "-s": three letters or more, ending in a consonant other
than "s", "x" and "y", or in "e" after a consonant or another "e" ("rate", "fee"); an
adjective in "-y", an adverb or a plural is left alone."""


_POSSESSIVE = frozenset({"'s", "’s"})
"""A possessive ending, which the skeleton reads as a plural "-s"."""


def plural_forms(phrases: list[str]) -> list[str]:
    """The plural forms of banned phrases of several words ending in a noun.

    A title or a thing banned in the singular is banned in the plural too: "our genetic
    counselors" under a ban of "genetic counselor", "free trials" under a ban of "free trial".
    Only a phrase of several words is given a plural (a one-word ban lists the forms it
    means); its last word takes "-s" when it ends in a consonant other than "s" and "y".

    Args:
        phrases: A rule's banned phrases.

    Returns:
        Each such phrase with "-s" on its last word.
    """
    forms: list[str] = []
    for phrase in phrases:
        words = phrase.strip().split()
        if len(words) > 1 and _NOUN_END.fullmatch(words[-1].lower()):
            forms.append(" ".join([*words[:-1], words[-1] + "s"]))
    return forms


_ADJECTIVE = (
    r"(?:[a-z]{3,}(?:ic|ical|al|ful|ous|ive|ary)|everyday|mild|severe|minor|"
    r"persistent|constant|frequent|ongoing|recurring|stubborn|lingering)"
)
"""A word with an adjective's suffix ("genetic", "total", "careful", "famous", "active"), or
one of how often or how badly ("everyday", "mild", "persistent"): "cures stubborn acne" is
"cures acne" said of some acne."""
_NEGATIONS = frozenset({"no", "zero", "not", "never", "without", "non"})
"""First words whose phrase an inserted adjective narrows ("no additional fees" is not "no
fees")."""


def adjective_pattern(phrases: list[str]) -> re.Pattern[str] | None:
    """Banned phrases of two words with one adjective between them (skeleton view).

    "perfect match" is also said "a perfect genetic match", "cure cancer" "cure pancreatic
    cancer": the same statement with the noun qualified. Only a word with an adjective's
    suffix, or one of how often or how badly (:data:`_ADJECTIVE`), is let in, and not after a
    negation ("no additional fees" says less than "no fees").

    Args:
        phrases: A rule's banned phrases.

    Returns:
        One pattern for all such forms, or None when no phrase has two words.
    """
    forms: list[str] = []
    for phrase in phrases:
        words = plain(phrase).split()
        if len(words) == 2 and all(w.isalpha() for w in words) and words[0] not in _NEGATIONS:
            forms.append(f"{re.escape(words[0])} {_ADJECTIVE} {re.escape(words[1])}")
    if not forms:
        return None
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(forms) + r")(?![a-z0-9])")


def inverted_forms(phrases: list[str]) -> list[str]:
    """German and Dutch banned phrases opening with a plural verb, with "wir" / "wij" after it.

    "übernehmen Ihre Zuzahlung" is said "im Dezember übernehmen wir Ihre Zuzahlung": after
    another sentence part, the verb comes first and the brand ("wir", "wij") after it.

    Args:
        phrases: A rule's banned phrases.

    Returns:
        "<verb> wir <rest>" and "<verb> wij <rest>" for each phrase whose first word ends in
        "-en" and has more words after it.
    """
    forms: list[str] = []
    for phrase in phrases:
        first, _, rest = phrase.strip().partition(" ")
        if rest and len(first) > 3 and first.isalpha() and first.lower().endswith("en"):
            forms += [f"{first} wir {rest}", f"{first} wij {rest}"]
    return forms


_CURRENCY_SIGN = re.compile(r"[$£€¥₹]")


def priced_pattern(phrases: list[str]) -> re.Pattern[str] | None:
    """Banned phrases written with a currency sign, found with the sign (folded view).

    "worth £" bans a reference price ("worth £600"), not the word "worth" ("It's worth
    checking the drainage holes"): the skeleton view drops the sign, so these phrases are
    matched on the folded view, the sign included, spaces free.

    Args:
        phrases: A rule's banned phrases.

    Returns:
        One pattern for the phrases holding a currency sign, or None when none does.
    """
    forms: list[str] = []
    for phrase in phrases:
        if _CURRENCY_SIGN.search(phrase) is None:
            continue
        body = r"\s*".join(re.escape(part) for part in fold(phrase).text.split())
        if phrase.strip()[:1].isalnum():
            body = r"(?<![a-z0-9])" + body
        if phrase.strip()[-1:].isalnum():
            body += r"(?![a-z0-9])"
        forms.append(body)
    return re.compile("|".join(forms)) if forms else None


def declared_non_claims(rule: BannedPhraseRule, pack: BrandPack | None) -> re.Pattern[str] | None:
    """The pack's declared non-claim phrases, when the rule bans a meaning everywhere.

    "Sea Green" (a colour) and "Safe on natural wood floors" (a direction of use)
    are declared non-claims: the banned "green" or "natural" inside them is a name or an
    everyday word, not the generic claim the rule bans. Only a rule that bans its words on
    every channel and field for every recipient bans a meaning; one limited to some channels,
    fields or regions bans the words being seen there ("your cushion" in an SMS preview),
    which a non-claim declaration does not answer. Product names are not among them: a pack
    may keep a product's name off a channel.

    Args:
        rule: The banned-phrase rule.
        pack: The brand pack (none: no declared phrases).

    Returns:
        A skeleton-view pattern of the declared phrases, or None.
    """
    if pack is None or not pack.non_claim_phrases:
        return None
    scoped = rule.channels or rule.regions or rule.except_regions
    if scoped or set(rule.params.fields) != {"subject", "body", "cta"}:
        return None
    return compile_phrases(pack.non_claim_phrases, obfuscation=False)


MIN_OPENING_WORDS = 2
"""Fewest opening words of a ``said_only_of`` name that still name it."""


def _openings(name: str) -> list[str]:
    """The opening words of a name, from :data:`MIN_OPENING_WORDS` words to all but the last.

    Args:
        name: A name a rule's phrases may be said of ("Miód gryczany z Leśnej Pasieki").

    Returns:
        Its shortened forms ("Miód gryczany", "Miód gryczany z", …).
    """
    words = name.split()
    return [" ".join(words[:n]) for n in range(MIN_OPENING_WORDS, len(words))]


class BannedPhraseCheck:
    """Finds banned phrases (whole words, after normalisation) and banned patterns.

    Phrases are matched on the skeleton view with leetspeak and letter-splitting allowed, so
    ``CUR3``, ``c.u.r.e`` and ``сure`` are found but ``secure`` is not. Patterns are the
    compliance team's own regular expressions, matched case-insensitively on the folded view;
    one that keeps letter case in a group (``(?-i:ABC)``) runs on the original text.
    """

    def __init__(self, rule: BannedPhraseRule, pack: BrandPack | None = None) -> None:
        """Compile the rule's phrases and patterns once, and the pack's required wordings.

        Args:
            rule: The rule.
            pack: The brand pack whose required wordings are exempt (none when None).
        """
        self.rule = rule
        self.rule_id = rule.id
        words = [p for p in rule.params.phrases if _CURRENCY_SIGN.search(p) is None]
        locales = list(pack.brand.locales) if pack is not None else []
        self.phrases = compile_phrases(
            [
                *words,
                *inflected_phrases(words, locales),
                *predicative_forms(words),
                *safety_forms(words),
                *offset_forms(words),
                *ended_forms(words),
                *equivalent_forms(words),
                *gerund_forms(words),
                *inverted_forms(words),
                *plural_forms(words),
                *alternative_forms(words),
            ]
        )
        self.adverbs = compile_phrases(adverb_forms(words))  # "naturally" of "natural"
        self.priced = priced_pattern(rule.params.phrases)
        self.quantified = quantified_pattern(rule.params.phrases)
        self.qualified = adjective_pattern(rule.params.phrases)
        self.predicated = predicate_pattern(words, locales)  # "overfarten er garantert"
        self.unmatched = unmatched_pattern(words)  # "broadband no one can match"
        self.first_time = first_time_pattern(words)  # "the check: only the first time"
        self.patterns = [  # a view without the literals a pattern needs is not scanned
            Prefiltered(re.compile(p, re.IGNORECASE))
            for p in rule.params.patterns
            if not keeps_case(p)
        ]
        self.cased = [  # "(?-i:ABC)" keeps letter case: run on the original text
            OfficerPattern.compile(p) for p in rule.params.patterns if keeps_case(p)
        ]
        self.cased += [  # "[àâç]": no such letter in the folded view, read the original too
            OfficerPattern(re.compile(p, re.IGNORECASE), on_original=True)
            for p in rule.params.patterns
            if not keeps_case(p) and names_marked_letters(p)
        ]
        self.required = (
            compile_phrases(required_texts(pack), obfuscation=False) if pack is not None else None
        )
        self.plain_phrases = {plain(p): p for p in rule.params.phrases}
        self.owners = compile_phrases(rule.params.said_only_of, obfuscation=False)
        self.owner_openings = compile_phrases(
            sorted({o for name in rule.params.said_only_of for o in _openings(name)}),
            obfuscation=False,
        )
        # a region rule says who may read an approved claim; a channel's house style how
        # it is written there (an SMS without accented letters): either still reads claims
        self.claims_read = bool(
            rule.regions or rule.except_regions or (rule.severity == "warn" and rule.channels)
        )
        self.non_claims = declared_non_claims(rule, pack)
        self.product_words = (
            capitalised_one_word_names(pack.products) if pack is not None else frozenset()
        )

    def _said_of_owner(self, text: FieldText, start: int) -> bool:
        """Whether the sentence of the phrase at ``start`` names one it may be said of.

        An abbreviated title's full stop ends no sentence: "… and Dr. <name> will coach" says
        the title of the name after it.
        """
        if self.owners is None:
            return False
        s_start, s_end = text.sentence_at(start)
        while s_end < len(text.original) and _TITLE_STOP.search(text.original[s_start:s_end]):
            s_end = max(s_end + 1, text.sentence_at(s_end + 1)[1])  # "Dr. <name>": one sentence
        return any(  # overlapping: a title's full stop ("Dr.") may split the sentence
            o_start < s_end and s_start < o_end
            for o_start, o_end in (
                text.skel.original_span(*m.span()) for m in self.owners.finditer(text.skel.text)
            )
        )

    def _headline_of_owner(self, ctx: CheckContext, name: str, words: str) -> bool:
        """Whether a subject's reserved phrase is said in the body of one who holds it.

        "Une diététicienne à Rennes Centre" above "Sophie Lenoir, diététicienne, rejoint notre
        magasin": the subject announces what the body says, so its title is the body's, said
        of the person the body names with it. A body that uses the phrase of nobody named
        (or of someone else) keeps the subject's use banned.
        """
        if name != "subject" or self.owners is None or self.phrases is None:
            return False
        said = plain(words)
        for other, text in ctx.fields.items():
            if other == "subject":
                continue
            for match in self.phrases.finditer(text.skel.text):
                start, _ = text.skel.original_span(*match.span())
                if plain(match.group()) == said and self._said_of_owner(text, start):
                    return True
        return False

    def _owner_shortened(self, ctx: CheckContext, text: FieldText, start: int, end: int) -> bool:
        """Whether the phrase is inside the opening words of a name the message gives in full.

        "Miód gryczany na prezent" above a body naming "Miód gryczany z Leśnej
        Pasieki": the subject shortens the certified product's name.
        """
        if self.owner_openings is None or self.owners is None:
            return False
        if not any(
            o_start <= start and end <= o_end
            for o_start, o_end in (
                text.skel.original_span(*m.span())
                for m in self.owner_openings.finditer(text.skel.text)
            )
        ):
            return False
        return any(self.owners.search(field.skel.text) for field in ctx.fields.values())

    @staticmethod
    def _opposite(original: str, start: int) -> bool:
        """Whether the copy says the opposite of what the rule forbids around ``start``.

        "There is no need to hurry" (the reassurance that is no pressure), "Never light
        fireworks after drinking" (a safety warning against the pairing), "Never borrow money to
        play" (the act forbidden; "Don't miss out" still urges), "Only your doctor can
        diagnose …" (the act attributed to a professional, not to the product).
        """
        return (
            said_unneeded(original, start)
            or warned_against(original, start)
            or forbids_act(original, start)
            or done_by_professional(original, start)
        )

    def check(self, ctx: CheckContext) -> list[Violation]:
        """Violations for every banned phrase or pattern found in the rule's fields."""
        found: list[Violation] = []
        body = ctx.fields.get("body")
        # A blocking ban bans statements, which a denial does not make; a warning is house
        # style, kept out of the copy in any sentence ("this is not a <foreign term>").
        statements = self.rule.severity == "block"
        for name in self.rule.params.fields:
            text = ctx.fields.get(name)
            if text is None:
                continue
            hits: list[tuple[int, int]] = []
            if self.phrases is not None:
                for view in text.match_views:
                    for match in self.phrases.finditer(view.text):
                        hits.append(view.original_span(*match.span()))
            if self.adverbs is not None:
                for match in self.adverbs.finditer(text.skel.text):
                    span = text.skel.original_span(*match.span())
                    if not sentence_adverb(text.original, *span):  # "Naturally, we …"
                        hits.append(span)
            if self.priced is not None:
                for match in self.priced.finditer(text.folded.text):
                    hits.append(text.folded.original_span(*match.span()))
            if self.quantified is not None and _DIGIT_SKEL.search(text.skel.text):
                for match in self.quantified.finditer(text.skel.text):
                    hits.append(text.skel.original_span(*match.span()))
            if self.qualified is not None:
                for match in self.qualified.finditer(text.skel.text):
                    hits.append(text.skel.original_span(*match.span()))
            if self.predicated is not None:
                for match in self.predicated.finditer(text.skel.text):
                    hits.append(text.skel.original_span(*match.span()))
            for extra in (self.unmatched, self.first_time):
                if extra is not None:
                    for match in extra.finditer(text.folded.text):
                        hits.append(text.folded.original_span(*match.span()))
            pathed: list[tuple[int, int]] = []
            for view in text.pattern_views if self.patterns else ():
                for pattern in self.patterns:
                    for match in pattern.finditer(view.text):
                        if match.end() > match.start() and not _DENIED_INSIDE.search(match[0]):
                            hits.append(view.original_span(*match.span()))
                            if "/" in match[0]:  # "<domain>/share/": written against links
                                pathed.append(hits[-1])
            for cased in self.cased:
                hits.extend(cased.spans(text))
            exempt: list[tuple[int, int]] = []
            if self.required is not None and hits:
                exempt = [
                    text.skel.original_span(*m.span())
                    for m in self.required.finditer(text.skel.text)
                ]
                if name == "subject" and body is not None:
                    exempt += tail_spans(text, body, self.required, ctx.product_hits)
                exempt += [  # a link a path pattern matches is what the pattern bans
                    link.span
                    for link in own_links(ctx)
                    if link.field == name
                    and link.span
                    and not any(overlaps(s, e, [link.span]) for s, e in pathed)
                ]
            if hits:
                exempt += ctx.brand_name_spans.get(name, [])
            declared = (  # "Sea Green", "… natural wood floors": a declared non-claim
                [
                    text.skel.original_span(*m.span())
                    for m in self.non_claims.finditer(text.skel.text)
                ]
                if hits and self.non_claims is not None
                else []
            )
            if hits and not self.claims_read:
                exempt += [  # an approved claim's wording (not a draft's or a retired one's)
                    (h.start, h.end)
                    for h in ctx.claim_hits
                    if h.field == name and h.claim.status == EntryStatus.ACTIVE
                ]
            unique = set(hits)
            reported: list[tuple[int, int]] = []
            for start, end in sorted(unique):
                if (start, end - 2) in unique and text.original[end - 2 : end] in _POSSESSIVE:
                    continue  # "dealer's": the singular found, not a plural "dealers"
                if overlaps(start, end, reported):
                    continue  # words inside a hit already reported (read accented and folded)
                if overlaps(start, end, exempt) or inside_sense(start, end, text.everyday_senses):
                    continue
                if any(s <= start and end <= e for s, e in declared):
                    continue  # the banned word inside a declared non-claim phrase
                if inside_sense(start, end, text.idioms):
                    continue  # "third-party", "changed the river forever": no banned sense
                if everyday_word(text.original, start, end, self.product_words):
                    continue  # "let your mind wander" under a ban of the product "Wander"
                if added_accented_letter(text.original[start:end], self.plain_phrases):
                    continue  # "traitée" is no stretched "traite"
                if cut_from_contraction(text.original, end):
                    continue  # "you won" in "you won't want to share it"
                if statements and _DENIED.search(text.original, 0, start):
                    continue  # "Cryptoassets are not covered by …": the statement denied
                if statements and fronted_denied(text.original, start, end):
                    continue  # "Wasserdicht ist die Jacke nicht": the predicate denied
                if statements and charge_denied(text.original, start, end):
                    continue  # "we charge no booking fee.": no charge added
                if statements and (
                    sender_denies(text.original, start, end) or answered_no(text.original, end)
                ):
                    continue  # "We do not settle …"; "Are we a government program? No."
                if statements and question_answered_no(text.original, start):
                    continue  # '"Will lessons make my son …?" The honest answer is no'
                if statements and quoted_question(text.original, start):
                    continue  # 'A reader asked: "What if my roof leaks …?"': the reader's words
                if (
                    statements
                    and name != "body"
                    and body is not None
                    and (
                        answered_in_body(
                            text.original, start, text.original[start:end], body.original
                        )
                        or subject_answered_no(text.original, start, body.original)
                    )
                ):
                    continue  # subject '"Is it a …?"' above a body asking it, answered "No."
                if negating_compound(text.original, start) or never_without(text.original, start):
                    continue  # "profit" in "non-profit"; "we never ship without a prescription"
                if statements and rebutted(text.original, start, end):
                    continue  # "heat pumps sold as zero carbon. They aren't": a label rejected
                if privative_free(text.original, start) or names_threat(text.original, end):
                    continue  # "interest-free credit"; "from Pension Service scams"
                if free_appraisal(text.original, start, end):
                    continue  # "free roof" in "a free roof check": the check is free
                if governed_with(text.original, start):
                    continue  # "help with parking": the verb's "with", nothing included
                if self._said_of_owner(text, start):
                    continue  # a reserved title said of one who holds it
                if self.owners is not None and doers_deny_act(text.original, start):
                    continue  # "our aides never give infusions": the act ascribed to no one
                if self._headline_of_owner(ctx, name, text.original[start:end]):
                    continue  # a subject's title, said in the body of the one who holds it
                if self._owner_shortened(ctx, text, start, end):
                    continue  # "Miód gryczany …": the opening words of the certified name
                if no_longer(text.original, start):
                    continue  # "non ci sono più tasse": "più" is "no more", not "plus"
                if self.rule.severity == "block" and self._opposite(text.original, start):
                    continue  # "There is no need to hurry" (a voice word warns in any sense)
                words = text.original[start:end]
                reported.append((start, end))
                found.append(
                    violation(
                        self.rule,
                        f"Banned wording in the {name}: {words!r}.",
                        field=name,
                        span=(start, end),
                        evidence=words,
                        fix_hint=f"Remove or rephrase {words!r}; {self.rule.description}",
                    )
                )
        return found
