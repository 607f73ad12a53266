"""Open questions that ask about a topic without asserting anything (a rule of language).

"Is retinol safe for dry skin?" asks the reader's own question before the copy
answers it; the health words in it are not a statement. Only a plain yes/no question counts:
it starts with an auxiliary verb, ends with a question mark, and neither names the brand nor
speaks of its own products ("Can our serum cure dryness?" insinuates a claim), nor is it a
negative or "did you know" question that asserts its answer ("Isn't our serum the safest?",
"Did you know retinol is safe?").

A question the copy answers "no" right after it ("Is <product> dairy-free? No.", "'Will the course
make my son fluent?' The honest answer is no") asserts nothing either, whoever it names:
the copy denies what it asks. The "honest answer" may come after a lead-in ('"Is <brand>
free?" People ask us this all the time, so here's the straight answer: no.'), and an answer the copy
declines to give ('"Is it legal where I live?" We won't answer that one for you: your state's
regulator does.') asserts nothing either. A question in the subject is answered by the body
when the body's opening says the answer is no, in any language the engine reads.

A yes/no question the copy quotes as someone else's ('One reader asked us: "Is the parking
really free?"') is that person's words: the copy does not say what it asks, unless it answers
"yes" right after it (:func:`quoted_open_question`).
"""

from __future__ import annotations

import re

_OPEN_QUESTION = re.compile(
    r"^\s*(?:is|are|can|could|does|do|should|will|would)\s+(?!you\s+know\b)"
    r"(?![a-z]*n[’']t\b)[^?]*\?\s*$",
    re.IGNORECASE,
)
_OWN = re.compile(r"\b(?:our|ours|we|us)\b", re.IGNORECASE)


def open_question(sentence: str) -> bool:
    """Whether a sentence is a plain yes/no question that does not speak of the brand's own.

    Args:
        sentence: One sentence of the original text.

    Returns:
        True for "Is retinol safe for dry skin?", False for statements, negative
        questions and questions about "our" products.
    """
    return bool(_OPEN_QUESTION.match(sentence)) and not _OWN.search(sentence)


_OPENING_QUOTES = " \t\"“‘'«„"
"""Space and opening quotes before a quoted question."""


def question_at(text: str, sentence: tuple[int, int], start: int) -> str:
    """The question of a sentence that holds ``start``, else the whole sentence.

    A quoted question runs on into the sentence after it when its question mark is followed by
    a closing quote ('"Does it cure snoring?" It's the question we hear most.'): the question is
    the sentence's words up to its first question mark, opening quotes aside. A phrase after
    that question mark is not in the question, and the whole sentence is returned.

    Args:
        text: The field's original text.
        sentence: The sentence's span.
        start: Where the phrase starts.

    Returns:
        The question holding the phrase ('Does it cure snoring?'), or the sentence.
    """
    s_start, s_end = sentence
    mark = text.find("?", s_start, s_end)
    if mark < start:
        return text[s_start:s_end]
    return text[s_start : mark + 1].lstrip(_OPENING_QUOTES)


_QUESTION_END = re.compile(r"[.!\n]|\?")
"""What ends the question a phrase sits in: a sentence stop, a line break or its question mark."""

_ANSWERED_NO = re.compile(
    r"\s*[\"”’'»)\]]*\s*"  # the question's closing quote or bracket ("… ? »" in French)
    # who asked it, after a quoted question: '"…?" asked Ciara from Tralee.'
    r"(?:(?<=[\"”’'»])(?:[^.!?\n\"“”]{0,30}?\b(?:asked|asks|wrote|writes)\b[^.!?\n]{0,60}[.!]\s*))?"
    r"(?:(?:sadly|unfortunately|honestly|in short|simply put)\s*,?\s*)?"
    # a scope the answer holds for: "For daily rinses, no."
    r"(?:(?:for|in|on|at)\s+[^.!?\n,]{1,40},\s*(?=(?:no|nope)\s*[.!;]))?"
    r"(?:"
    r"(?:[^?\n]{0,80}?[\s,])?"  # a lead-in: "People ask us this all the time, so here's"
    r"(?:the|my|our)\s+(?:(?:honest|short|simple|straight|plain|real|quick|true)\s+)?answer"
    r"(?:\s+is|\s*:)\s*(?:no|nope)\b(?!\s+(?:need|more|matter|wonder|problem|worries|doubt|"
    r"one|longer)\b)"
    # the answer that none of them is: "The short answer is that no <thing> can be called so"
    r"|(?:[^?\n]{0,80}?[\s,])?(?:the|my|our)\s+(?:(?:honest|short|simple|straight|plain|real|"
    r"quick|true)\s+)?answer\s+is\s+that\s+(?:no|none|nothing)\b(?:\s+[\w’'-]+){0,4}?\s+"
    r"(?:should|can|could|may|must)\s+(?:ever\s+)?be\b"
    # the French answer stated: "Notre réponse est non."
    r"|(?:[^?\n]{0,80}?[\s,])?(?:la|notre|ma)\s+(?:(?:vraie|courte|seule|simple)\s+)?"
    r"réponse\s+(?:est|:)\s*:?\s*non\b"
    r"|(?:no|nope|nein|non|nej|nee|nie|nei|não)\s*(?=[.,!;:\u2013\u2014]|-\s|$)"
    # an answer declined, the reader sent elsewhere: "… and we won't answer it for you"
    r"|(?:[^?\n]{0,80}?[\s,])?(?:(?:we|i)\s+(?:won[’']t|will\s+not|can[’']t|cannot|can\s+not|"
    r"don[’']t|do\s+not|shouldn[’']t|should\s+not)\s+(?:try\s+to\s+)?answer\s+"
    r"(?:it|this|that|this\s+one|that\s+one)\b|"
    r"(?:it|that)(?:[’']s|\s+is)\s+not\s+(?:for\s+us|ours|our\s+place)\s+to\s+(?:answer|say)\b)"
    # the sender making no such claim: "We don't track that, and we don't claim it."
    r"|(?:(?!\b(?:yes|yeah|ja|oui|wel|s[ií])\b)[^?\n]){0,80}?[\s,:]"
    r"(?:(?:we|i)\s+(?:don[’']t|do\s+not|never|won[’']t|will\s+not)\s+(?:claim|say|promise)\s+"
    r"(?:it|that|so|this)"
    r"|wir\s+(?:behaupten|sagen|versprechen)\s+(?:es|das)\s+(?:auch\s+)?(?:nicht|nie)"
    r"|(?:das|es)\s+(?:behaupten|sagen|versprechen)\s+wir\s+(?:auch\s+)?(?:nicht|nie)"
    r"|(?:dat|het)\s+(?:beweren|zeggen|beloven)\s+(?:we|wij)\s+(?:ook\s+)?(?:niet|nooit)"
    r"|(?:we|wij)\s+(?:beweren|zeggen|beloven)\s+(?:dat|het)\s+(?:ook\s+)?(?:niet|nooit)"
    r"|(?:nous\s+ne|on\s+ne)\s+le\s+(?:pr[ée]tend(?:ons)?|dit|disons|promet(?:tons)?)\s+pas)"
    r"(?=\s*(?:[.,;:!\u2013\u2014]|$|(?:and|und|en|et|but|aber|maar|mais)\b))"
    r")",
    re.IGNORECASE,
)
"""An answer of "no" right after a question: "No.", "Sadly, no.", "The honest answer is no",
"We get asked this often, and the answer is no",
and the bare "no" of the other languages the engine reads (Nein, Non, Nej, Nee, Nie, Nei,
Não), the French "Notre réponse est non.", "The short answer is that no <thing> can ever be
sold so"; after a quoted question, also
after who asked it ('"…?" asked a reader. For everyday
use, no.'), and a "no" for a stated scope ("For daily rinses, no."). An answer the copy
declines to give ("We hear this a lot, and we won't answer it for you: the regulator does.")
asserts nothing either, nor one in which the sender says it makes no such claim ("Honestly:
we don't track that, and we don't claim it.", German "Das behaupten wir nicht.",
Dutch "dat beweren we niet", French "nous ne le prétendons pas"); a "yes" before it ("Yes. We
don't claim it, we prove it.") keeps the claim."""


def answered_no(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` sits in a question the copy answers "no" right after it.

    "Is <product> dairy-free? No. Kefir is cultured milk." and "A parent asked us: 'Will
    the course make my son fluent?' The honest answer is no": the words in the question are
    the reader's, and the copy denies them; nothing is asserted, whoever the question names.
    The answer must be a plain "no" (followed by a stop, a comma or a dash, not "No need to
    …") or "the honest / short answer is no", which may follow a short lead-in without a
    question ("People ask us this all the time, so here's the straight answer: no").

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True when the question holding the phrase ends with ``?`` and "no" answers it.
    """
    end = _QUESTION_END.search(text, start)
    if end is None or end.group() != "?":
        return False
    return _ANSWERED_NO.match(text, end.end()) is not None


_ANSWER_IS_NO = re.compile(
    r"\b(?:"
    r"the\s+(?:(?:honest|short|simple|straight|plain|real|quick|true)\s+)?answer(?:\s+is|\s*:)"
    r"\s*(?:no|nope)\b(?!\s+(?:need|more|matter|wonder|problem|worries|doubt|one)\b)"
    r"|svaret\s+(?:er|är)\s*:?\s*(?:nei|nej)"  # nb, da, sv
    r"|die\s+(?:(?:ehrliche|kurze|einfache)\s+)?antwort\s+(?:ist|lautet)\s*:?\s*nein"
    r"|het\s+(?:eerlijke\s+|korte\s+)?antwoord\s+is\s*:?\s*nee"
    r"|(?:la|notre)\s+réponse\s+est\s*:?\s*non"
    r"|la\s+(?:respuesta\s+es|risposta\s+è)\s*:?\s*no"
    r"|a\s+resposta\s+é\s*:?\s*não"
    r"|vastaus\s+on\s*:?\s*ei"
    r")(?=\s*(?:[.,!;:\u2013\u2014]|-\s|$))",
    re.IGNORECASE,
)
"""The copy's statement that the answer is no, in the languages the engine reads: "The short
answer is no.", Norwegian "Svaret er nei –", German "Die Antwort lautet: Nein."."""

_OPENING_CHARS = 400
"""How much of the body's opening may answer a subject's question."""


def subject_answered_no(text: str, start: int, body: str) -> bool:
    """Whether a subject's question holding ``start`` is answered "no" at the body's opening.

    The subject '«Er hytta åpen hele året?»' above a body that opens "It's what we're asked
    most. The answer is no: …" (in the brand's language) quotes the reader's question, and the
    body denies what it asks, without asking it again.

    Args:
        text: The subject's or title's original text.
        start: Where the phrase starts in it.
        body: The body's original text.

    Returns:
        True when the phrase sits in a question of ``text`` and the body's first paragraphs
        (:data:`_OPENING_CHARS`) state that the answer is no.
    """
    end = _QUESTION_END.search(text, start)
    if end is None or end.group() != "?":
        return False
    return _ANSWER_IS_NO.search(body[:_OPENING_CHARS]) is not None


def answered_in_body(text: str, start: int, words: str, body: str) -> bool:
    """Whether a question in a subject or title is asked again in the body and answered "no".

    The subject '"Is the RO5 a purifier?" Your questions, answered' heads a body that asks
    '"Is the RO5 a water purifier?" No. …': the subject quotes the reader's question, and the
    body denies what it asks.

    Args:
        text: The subject's or title's original text.
        start: Where the phrase starts in it.
        words: The phrase as written there.
        body: The body's original text.

    Returns:
        True when the phrase sits in a question of ``text`` and the body holds the same words
        in a question it answers "no" (:func:`answered_no`).
    """
    end = _QUESTION_END.search(text, start)
    if end is None or end.group() != "?":
        return False
    pattern = re.compile(r"(?<!\w)" + re.escape(words) + r"(?!\w)", re.IGNORECASE)
    return any(answered_no(body, m.start()) for m in pattern.finditer(body))


_QUOTED_OPEN = re.compile(
    r"(?:asked|asks|wrote|writes|wondered|wonders|question)\b[^\"“«\n]{0,40}[:,]?\s*[\"“«]\s*"
    r"(?P<question>[^\"”»?\n]{1,120}\?)"
    r"\s*[\"”»]",
    re.IGNORECASE,
)
"""A question quoted after who asked it: 'A parent asked us: "Is it really free?"' (whether it
is a plain yes/no question, :func:`open_question` reads)."""
_QUOTED_ASKED_AFTER = re.compile(
    r"(?:^|(?<=[.!?\n]))[ \t]*[\"“«]\s*(?P<question>[^\"”»?\n]{1,120}\?)\s*[\"”»]"
    r"(?=[ \t]*[^.!?\n]{0,60}?\b(?:questions?|asked|ask|asks|hear)\b)",
    re.IGNORECASE,
)
"""A quoted question opening a sentence, then called a question people ask: '"Does the pass
cover weekends?" It's the question we hear most.', '"Can I bring my dog?" We get asked that a
lot.'."""
_AFFIRMED = re.compile(
    r"\s*(?:yes|yep|yeah|absolutely|of course|definitely|you bet|indeed)\b",
    re.IGNORECASE,
)
"""An answer of "yes" right after a question."""


_WH_QUESTION = re.compile(
    r"^\s*(?:what|how|why|when|where|who|which|comment|pourquoi|quand|que|qu[’']est|quel(?:le)?s?"
    r"|was|wie|warum|wann|wo|wer|welche[rsnm]?)\b",
    re.IGNORECASE,
)
"""A question that asks what, how, why, when, where or who (English, French, German): it asks
for an account, and no "yes" can make its words the copy's statement."""


def quoted_question(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` sits in a wh-question quoted as someone else's.

    'This week's question comes from a reader: "What happens if my boiler breaks in winter?"'
    quotes what the reader asked; a question of what, how or why asserts nothing, and a banned
    phrase in it is the reader's wording, not the copy's. A question speaking of "our" or "we"
    is the sender's own voice; a yes/no question is the copy's statement when its answer
    affirms it, which :func:`answered_no` and :func:`quoted_open_question` read.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True when the phrase is inside such a quoted wh-question.
    """
    for match in _QUOTED_OPEN.finditer(text, max(0, start - 200), min(len(text), start + 160)):
        if match.start("question") <= start < match.end("question"):
            question = match.group("question")
            return _WH_QUESTION.match(question) is not None and not _OWN.search(question)
    return False


def quoted_open_question(text: str, start: int) -> bool:
    """Whether the phrase at ``start`` sits in a yes/no question quoted as someone else's.

    'One customer asked at the open day: "Is it really free?" Here is the honest answer: …'
    quotes what the customer asked; the copy asserts none of its words. The question must be
    a plain yes/no question (:func:`open_question`: it neither names the brand's own nor is a
    negative question) in quotes, after a verb of asking, or opening a sentence the copy then
    calls a question people ask ('"Is the bus free?" We hear that one a lot.'); a question the
    copy answers "yes" right after it ("… free?" Yes: …) is the copy's own statement.

    Args:
        text: The field's original text.
        start: Where the phrase starts.

    Returns:
        True when the phrase is inside such a quoted question and no "yes" follows it.
    """
    window = (max(0, start - 200), min(len(text), start + 160))
    for pattern in (_QUOTED_OPEN, _QUOTED_ASKED_AFTER):
        for match in pattern.finditer(text, *window):
            if match.start("question") <= start < match.end("question"):
                return open_question(match.group("question")) and not _AFFIRMED.match(
                    text, match.end()
                )
    return False
