"""The sender denying a banned statement of itself (a rule of language).

A banned phrase is a statement the brand must not make. When the copy says the statement is
false of the sender, the phrase is present but the statement is not made:

- the sender says it does not do the thing: "We do not consolidate car loans", "We never charge
  a setup fee", "Our team won't ask for your PIN" (a subject of the first person, then a negated
  auxiliary right before the phrase);
- the sender says it does not provide the thing (a phrase of several words), one verb of
  giving or promising between the negated auxiliary and the phrase: "We do not provide
  overnight care", "We never promise a perfect fit";
- a negative quantifier denies it (a phrase of several words) of anyone: "No coach can
  promise a medal", "No one can promise …", "Nobody will …" (a subject "no <noun>" or
  "nobody", then a modal);
- a negative quantifier subject says the banned quality of none of its kind (a phrase of any
  length): "No bond fund is risk-free", "No ski lesson can make a child fall-proof" (a subject
  "no <noun>" of up to three words, "nobody" or "nothing", then a copula or a modal with "be",
  or a modal with a verb of making and its object of up to three words); the statement is
  denied of every one, so of the brand's too. "No other …", "No more …" compare, and a phrase
  followed by "but", "except", "than" or "like" ("No plan is risk-free but ours") exempts one:
  both are claims. The same holds in German, Norwegian, Danish, Swedish and Dutch ("Kein Helm
  ist …", "Ingen båt er …", "Geen slot is …"), and of a banned phrase that is itself a clause
  with its subject first ("yields are fixed") after "no" or "no <owner>'s" ("No yields are
  fixed", "but no bond's yields are fixed");
- the copy denies that the sender is the thing, with an article between: "We are not a
  government agency", "This is not an investment" (the bare negated copula, "are not covered
  by", is handled by the banned-phrase rule itself), or says what the thing is and then what it
  is not: "The CX2 is a carbon block filter, not a softener", "Our spray is a cleaner and not
  a disinfectant";
- the copy denies it in French with a negated copula, perhaps an article and the noun the
  adjective follows: "ce fonds n'est pas un produit sans frais";
- the copy says a question is not asked (a phrase of several words, a ban of an inquiry),
  whoever would ask it: "we never ask about your credit score", "landlords may not request
  your credit score"; or that no one is asked to do the act: "we will never ask you to share
  a passcode", also in Vietnamese ("không bao giờ yêu cầu bạn …");
- the sender says it does not word the statement (a phrase of several words): "Why our cartons
  don't say carbon neutral", 'we don't put "carbon neutral" on our cartons';
- a singular negative quantifier subject and its verb deny the statement (a phrase of several
  words) of every one: "no sunscreen blocks every ray" ("No other sunscreen …" and "… but
  ours does" compare, and stay claims).

- the copy asks the question and answers it "No" at once: "Are we an authorised dealer? No."
  (a "No problem" or "No need to wait" answer affirms, it denies nothing), or answers that no
  one can promise it: a quoted question ("Are your reports 100% accurate?") followed by "No
  <one> can (honestly) promise that." (a negative quantifier subject, a modal, a verb of
  promising and "that" / "it" / "this").

An imperative ("Don't miss out") or a statement about the reader ("You don't pay a setup fee
until …") is no denial by the sender. Nor is a bare "no" before the phrase ("No miracle
needed", "No upfront fees"): a ban of vocabulary (hype, shaming words) still sees the word, and
the phrase list cannot say which kind of ban it is.
"""

from __future__ import annotations

import re

_REACH = 60
"""How far before a phrase its denial is looked for (characters)."""

_SENDER_DOES_NOT = re.compile(
    r"\b(?:we|i|our\s+[a-z]+)\s+"
    r"(?:do\s+not|don[’']t|does\s+not|doesn[’']t|did\s+not|didn[’']t|never|will\s+never|"
    r"will\s+not|won[’']t|would\s+never|cannot|can[’']t|can\s+not)\s+(?:ever\s+)?$",
    re.IGNORECASE,
)
"""The sender's own negated auxiliary right before the phrase ("we do not settle …")."""

_GIVING = (
    r"provide|provides|offer|offers|give|gives|promise|promises|guarantee|guarantees|"
    r"sell|sells|deliver|delivers|supply|supplies|claim|claims|make|makes"
)
"""Verbs of giving or promising, between a denial and the thing denied ("do not provide …")."""

_SENDER_DOES_NOT_GIVE = re.compile(
    r"\b(?:we|i|our\s+[a-z]+)\s+"
    r"(?:do\s+not|don[’']t|does\s+not|doesn[’']t|never|will\s+never|will\s+not|won[’']t|"
    r"cannot|can[’']t|can\s+not)\s+"
    rf"(?:{_GIVING})\s+$",
    re.IGNORECASE,
)
"""The sender's negated auxiliary and a verb of giving right before the phrase ("we do not
provide …")."""

_NOBODY_CAN = re.compile(
    r"(?:^|[.!?;:\n]\s*|\b(?:and|but|because|since)\s+)"
    r"(?:no\s+(?:one|[a-z]{3,})|nobody|no-one)\s+"
    rf"(?:can|could|will|would|should|may)\s+(?:(?:{_GIVING})\s+)?$",
    re.IGNORECASE,
)
"""A negative quantifier subject and a modal right before the phrase ("No clinic can …"),
at the start of a sentence or clause."""

_NONE_IS = re.compile(
    r"(?:^|[.!?;:\n]\s*|\b(?:and|but|because|since)\s+)"
    r"(?:no\s+(?!(?:other|more|less|better|worse|one|longer)\b)[a-z]{3,}(?:[\s-]+[a-z]{3,}){0,2}|"
    r"nobody|no[\s-]one|nothing)\s+"
    r"(?:is|are|(?:can|could|will|would|should|may|might)\s+(?:ever\s+)?be|"
    r"(?:can|could|will|would|should|may|might)\s+(?:ever\s+)?(?:make|render|keep)"
    r"(?:\s+[\w’'-]+){1,3}?)\s+$",
    re.IGNORECASE,
)
"""A negative quantifier subject and a copula, a modal with "be", or a modal with a verb of
making and its object, right before the phrase ("No bond fund is …", "No ski lesson can make a
child …"), at the start of a sentence or clause."""

_NONE_IS_OTHER = re.compile(
    r"(?:^|[.!?;:\n\u2013\u2014]\s*|\b(?:und|aber|denn|og|men|och|fordi|eftersom|en|maar)\s+)"
    # de: "Kein Helm ist …", "Keine Versicherung kann … sein"
    r"(?:kein(?:e|er|es|en)?\s+(?!(?:andere[rsn]?|mehr|weniger|besserer?|einzige[rsn]?)\b)"
    r"[^\W\d_]{3,}(?:\s+[^\W\d_]{3,}){0,2}\s+(?:ist|sind|war|waren|(?:kann|wird)\s+(?:je\s+)?)"
    # nb / da / sv: "Ingen båt er …", "Inget lås är …"
    r"|(?:ingen|inget|intet|inga)\s+(?!(?:annen|annet|andre|anden|andet|annan|annat|andra|mer|"
    r"fler|flere|bedre|bättre)\b)[^\W\d_]{3,}(?:\s+[^\W\d_]{3,}){0,2}\s+(?:er|är|var|kan\s+være|"
    r"kan\s+vara|vil\s+være|blir)"
    # nl: "Geen slot is …"
    r"|geen\s+(?!(?:andere|meer|betere)\b)[^\W\d_]{3,}(?:\s+[^\W\d_]{3,}){0,2}\s+(?:is|zijn|was|"
    r"waren|kan\s+(?:ooit\s+)?)"
    # fr: "Aucun casque n'est …", "Aucune serrure ne peut être …", "Rien n'est …"
    r"|(?:(?:aucun|aucune|nul|nulle)\s+(?!(?:autre|autres)\b)[^\W\d_]{3,}"
    r"(?:\s+[^\W\d_]{3,}){0,2}|rien)\s+(?:n[’']est|ne\s+sont|ne\s+(?:peut|sera)\s+être)"
    r")\s+$",
    re.IGNORECASE,
)
"""The same negative quantifier subject and copula in the other languages the engine reads
(German, Norwegian, Danish, Swedish, Dutch, French): "Kein Helm ist …", "Ingen båt er …", "Geen
slot is …", "Aucun casque n'est …". "Kein anderer …", "ingen andre …", "aucun autre …"
compare, and stay claims."""

_NO_OWNER = re.compile(
    r"(?:^|[.!?;:\n]\s*|\b(?:and|but|because|since|so)\s+)"
    r"no\s+(?!(?:other|more|less|better|worse|one|longer)\b)"
    r"(?:(?:[a-z]{2,}[\s-]+){0,2}[a-z]{3,}[’']s?\s+)?$",
    re.IGNORECASE,
)
"""A negative quantifier, perhaps with an owner, right before a phrase that opens with its
subject noun: "No returns are …", "but no fund's returns are …"."""

_COPULA_IN = re.compile(r"\b(?:is|are|was|were|will\s+be|stays|remains)\b", re.IGNORECASE)
"""A copula inside a banned phrase: the phrase is a clause ("returns are guaranteed")."""

_EXCEPT_AFTER = re.compile(
    r"\s+(?:but|except|save|besides|apart\s+from|other\s+than|than|like|unless|außer|als|wie|"
    r"enn|än|end|dan|behalve|sauf|hormis|que|comme)\b",
    re.IGNORECASE,
)
"""An exception or a comparison right after the phrase: "No plan is risk-free but ours",
"Kein Helm ist so leicht wie unserer"."""

_IS_NOT_A = re.compile(
    r"\b(?:(?:is|are|was|were)\s+not|(?:is|are|was|were)n[’']t|[’'](?:re|s)\s+not|"
    r"(?:is|are)\s+never)\s+(?:(?:a|an|any|part\s+of\s+(?:a|an|any))\s+)$",
    re.IGNORECASE,
)
"""A negated copula and an article right before the phrase ("we are not a …")."""

_IS_NOT_A_FR = re.compile(
    r"\b(?:n[’']est|ne\s+sont|n[’']était|n[’']étaient|ne\s+sera|ne\s+seront)\s+"
    r"(?:pas|jamais|nullement)\s+"
    r"(?:(?:un|une|des|du|de\s+la|de\s+l[’']|d[’'])\s*(?:[^\W\d_]{3,}\s+)?)?$",
    re.IGNORECASE,
)
"""A French negated copula, perhaps an article and the noun an adjective follows, right before
the phrase ("ce fonds n'est pas un produit sans frais", "il n'est pas sans danger"): the
statement denied. "n'est pas seulement …" and "n'est pas qu'un …" restrict, and stay claims."""

_ASKING = r"ask|asks|request|requests|require|requires|demand|demands|inquire|inquires"
"""Verbs of asking, for a ban of an inquiry ("salary history" asked of a candidate)."""

_NOT_ASKED = re.compile(
    r"\b(?:do\s+not|don[’']t|does\s+not|doesn[’']t|never|will\s+never|will\s+not|won[’']t|"
    r"may\s+not|must\s+not|cannot|can[’']t|can\s+not|(?:are|is)\s+not\s+allowed\s+to)\s+"
    rf"(?:{_ASKING})\s+(?:(?:you|candidates?|applicants?|anyone|anybody)\s+)?"
    r"(?:(?:about|for|after)\s+)?(?:(?:your|their|his|her|any|a)\s+)?$",
    re.IGNORECASE,
)
"""A negated verb of asking right before the phrase, whoever asks: "we never ask about your
…", "landlords may not request …": the copy says the question is not asked."""

_NOT_ASKED_TO = re.compile(
    r"\b(?:do\s+not|don[’']t|does\s+not|doesn[’']t|never|will\s+never|will\s+not|won[’']t|"
    r"may\s+not|must\s+not|cannot|can[’']t|can\s+not)\s+"
    rf"(?:{_ASKING})\s+(?:you|customers?|anyone|anybody|members?|users?)\s+to\s+$"
    # Vietnamese: "không bao giờ yêu cầu bạn …", "không bao giờ đề nghị quý khách …"
    r"|(?<!\w)(?:không\s+bao\s+giờ|chẳng\s+bao\s+giờ|không\s+hề|không|chưa\s+bao\s+giờ)\s+"
    r"(?:yêu\s+cầu|đề\s+nghị|đòi\s+hỏi|đòi|hỏi|bắt)\s+"
    r"(?:(?:bạn|quý\s+khách|khách\s+hàng|anh\s+chị|người\s+dùng|ai)\s+)?(?:phải\s+)?$",
    re.IGNORECASE,
)
"""A negated verb of asking someone to do the act right before it: "we will never ask you to
…", Vietnamese "chúng tôi không bao giờ yêu cầu bạn …": the copy says the act is not asked
for (a warning against fraud, not a request)."""


_CONTRASTED = re.compile(
    r"\b(?:is|are|was|were|[’'](?:s|re))\s+(?:(?:just|only|simply|really)\s+)?"
    r"(?:a|an|the|our)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+"
    r"(?:\s*,\s*|\s+(?:and|but)\s+|\s*,\s*(?:and|but)\s+)not\s+(?:a|an|any)\s+$",
    re.IGNORECASE,
)
"""What the thing is, then what it is not, right before the phrase: "The CX2 is a carbon
block filter, not a …", "Our spray is a cleaner and not a …"."""

_SAYING = r"say|says|put|puts|write|writes|print|prints|use|uses|call|calls|label|labels"
"""Verbs of wording a statement: "our cartons don't say …", "we don't call it …"."""

_SENDER_DOES_NOT_SAY = re.compile(
    r"\b(?:we|i|our\s+[a-z]+)\s+"
    r"(?:do\s+not|don[’']t|does\s+not|doesn[’']t|never|will\s+never|will\s+not|won[’']t|"
    r"cannot|can[’']t|can\s+not)\s+"
    rf"(?:{_SAYING})\s+(?:(?:it|them|this|that|ourselves|itself)\s+)?[\"“‘']?$",
    re.IGNORECASE,
)
"""The sender's negated auxiliary and a verb of wording right before the phrase ("why our cartons
don't say …", 'we don't put "…" on our cartons'): the sender says it does not make the
statement."""

_NONE_DOES = re.compile(
    r"(?:^|[.!?;:\n]\s*|\b(?:and|but|because|since)\s+)"
    r"no\s+(?!(?:other|more|less|better|worse|one|longer|wonder|matter|doubt|need|problem|"
    r"worries|fuss|hassle)\b)[a-z]{3,}\s+(?:(?:ever|really|truly|actually)\s+)?[a-z]{2,}s\s+$",
    re.IGNORECASE,
)
"""A singular negative quantifier subject and its verb right before the phrase ("no filter
removes …"), at the start of a sentence or clause: the statement is denied of every one."""


_DOERS_DO_NOT = re.compile(
    r"\b(?:we|i|they|our\s+(?:[a-z]+\s+)?[a-z]+)\s+"
    r"(?:do\s+not|don[’']t|does\s+not|doesn[’']t|never|will\s+never|will\s+not|won[’']t|"
    r"cannot|can[’']t|can\s+not|may\s+not|must\s+not|are\s+not\s+allowed\s+to)\s+"
    rf"(?:(?:{_GIVING}|do|does|perform|performs|handle|handles|administer|administers)\s+)?$",
    re.IGNORECASE,
)
"""The doers' negated auxiliary, perhaps a verb of doing or giving, right before an act ("our
caregivers never give …", "they do not perform …")."""


def doers_deny_act(text: str, start: int) -> bool:
    """Whether the copy says the brand's people do not do the act starting at ``start``.

    Under a rule that reserves its acts to some people (``said_only_of``: tube feeding only of
    the nurses), the phrase is an act ascribed to someone, whatever its length: "our aides
    never give infusions" or "they do not do tube feeding" ascribe it to no one, and keep the
    rule. "They" counts as the subject here: it stands for the people the sentence just named.

    Args:
        text: The field's original text.
        start: Where the act's words start.

    Returns:
        True for "infusions" in "our aides help at home, and they never give infusions";
        False in "they give infusions" or "never miss your infusions".
    """
    return _DOERS_DO_NOT.search(text, max(0, start - _REACH), start) is not None


def sender_denies(text: str, start: int, end: int | None = None) -> bool:
    """Whether the copy denies the banned statement starting at ``start``.

    A verb of giving between the denial and the phrase, or a negative quantifier subject,
    denies only a phrase of several words (a statement: "overnight care", "promise a
    medal"); a one-word ban is vocabulary the brand keeps out of its copy ("We don't offer
    leverage" still writes the word).

    Args:
        text: The field's original text.
        start: Where the banned phrase starts.
        end: Where it ends (exclusive); when None, the phrase is taken as one word.

    Returns:
        True for "consolidate" in "We do not consolidate car loans", "overnight care" in "we do not
        provide overnight care", "promise a medal" in "No coach can promise a medal",
        "government agency" in "We are not a government agency", "risk-free" in "No bond fund
        is risk-free", "sans frais" in "ce n'est pas un produit sans frais", "credit score" in
        "we never ask about your credit score"; False for "Don't miss out", "You can't miss
        it", "No upfront fees" or "No other plan is risk-free".
    """
    reach = max(0, start - _REACH)
    none_is = (
        _NONE_IS.search(text, reach, start) is not None
        or _NONE_IS_OTHER.search(text, reach, start) is not None
        or (  # "no fund's returns are guaranteed": the phrase's own subject quantified
            end is not None
            and _COPULA_IN.search(text, start, end) is not None
            and _NO_OWNER.search(text, reach, start) is not None
        )
    )
    if none_is and (end is None or _EXCEPT_AFTER.match(text, end) is None):
        return True  # "No bond fund is risk-free": denied of every one
    patterns: tuple[re.Pattern[str], ...] = (
        _SENDER_DOES_NOT,
        _IS_NOT_A,
        _IS_NOT_A_FR,
        _CONTRASTED,
    )
    if end is not None and len(text[start:end].split()) > 1:
        if _NONE_DOES.search(text, reach, start) is not None and (
            _EXCEPT_AFTER.match(text, end) is None
        ):
            return True  # "no sunscreen blocks every ray": denied of every one
        patterns += (
            _SENDER_DOES_NOT_GIVE,
            _SENDER_DOES_NOT_SAY,
            _NOBODY_CAN,
            _NOT_ASKED,
            _NOT_ASKED_TO,
        )
    return any(pattern.search(text, reach, start) is not None for pattern in patterns)


_NAMING_VERBS = frozenset({"say", "says", "call", "calls", "label", "labels"})
"""Verbs of wording a claim trigger may follow unquoted: "our cartons don't say carbon neutral".
"put", "use", "write" and "print" name wording only with the phrase quoted ('we don't put
"carbon neutral" on our cartons'): "we don't use artificial colours" states what the product
lacks, a claim of its own."""

_QUOTE_MARKS = "\"“‘'"
"""Opening quotes: the phrase after one is a mention of the words."""

_PRONOUNS = frozenset({"it", "them", "this", "that", "ourselves", "itself"})
"""Objects a wording verb may take before the phrase ("we don't call it …")."""


def disowns_wording(text: str, start: int) -> bool:
    """Whether the sender says it does not word the claim starting at ``start``.

    "Why our cartons don't say carbon neutral", 'we don't put "carbon neutral" on our cartons':
    the copy mentions the words to say it does not make the claim (see the wording verbs of
    :func:`sender_denies`). For a claim trigger the verb must be one of naming (``say``,
    ``call``, ``label``) or the phrase must be quoted, a mention of the words.

    Args:
        text: The field's original text.
        start: Where the trigger starts.

    Returns:
        True for "carbon neutral" in "our cartons don't say carbon neutral" or 'we don't put
        "carbon neutral" on our cartons'; False in "we don't use artificial colours".
    """
    match = _SENDER_DOES_NOT_SAY.search(text, max(0, start - _REACH), start)
    if match is None:
        return False
    said = match.group().rstrip()
    if said.endswith(tuple(_QUOTE_MARKS)):
        return True
    words = re.findall(r"[\w’']+", said.lower())
    verb = next((w for w in reversed(words) if w not in _PRONOUNS), "")
    return verb in _NAMING_VERBS


ANSWER_NO: tuple[str, ...] = (
    "no", "nope", "nej", "nei", "nee", "nein", "non", "não", "nao", "nie",
)  # fmt: skip
"""The answer "No" on its own, in English and the other languages the engine reads (Danish,
Swedish "nej", Norwegian "nei", Dutch "nee", German "nein", French "non", Portuguese "não",
Polish "nie"), before punctuation: "… er det lovligt?” Nej. …"."""

_ANSWERED_NO = re.compile(
    r"[^.!?\n]{0,200}?\?[\"”’']?\s*(?:(?:" + "|".join(ANSWER_NO) + r")\s*[.!,;:–—-]|"
    r"(?:no(?:\s+[\w’'-]+){1,3}|nobody|no-one)\s+(?:can|could|will|would)\s+(?:[a-z]+ly\s+)?"
    rf"(?:{_GIVING}|say|said|tell)\s+(?:that|this|it|so)\b)",
    re.IGNORECASE,
)
"""The rest of a question, its question mark (and closing quote), then the answer "No." right
after it (in any of :data:`ANSWER_NO`, also after a closing quote and a paragraph break), or
"No <one> can promise that." """


def answered_no(text: str, end: int) -> bool:
    """Whether the phrase ending at ``end`` sits in a question the copy answers "No".

    Args:
        text: The field's original text.
        end: Where the banned phrase ends.

    Returns:
        True for "authorised dealer" in "Are you an authorised dealer? No. We are not." or
        "100% accurate" in '"Are your reports 100% accurate?" No site can honestly promise
        that.'; False for "Need an authorised dealer? No problem.", "Want 100% accurate
        reports? No site can match ours." or a statement.
    """
    return _ANSWERED_NO.match(text, end) is not None
