"""``personal_data``: no card or account numbers, contact details or labelled personal facts.

Found in the original text: card-like numbers (13–19 digits, unbroken or in a card's groups of
four, or four, six and five; a card "ending in 4821" is fine, an order number grouped eight and
six is no card), masked card numbers that show more than the last four digits, US
Social Security numbers and, with them, vehicle registration marks written as on a plate (``KA05
MN 7310``, :mod:`~nextbest.tools.compliance.vehicle_plates`), IBAN-like account numbers, e-mail
addresses and phone numbers that are not the brand's own (its senders, support contact and
``own_contacts``) nor a figure written with its currency (a price grouped as a phone number:
"12 400 000 soʻm", :mod:`~nextbest.tools.compliance.priced_figures`) nor given as a number to
call (``Call us at …``, ``helpline: …``: the brand's or a helpline), a label the pack names
followed by its figure within :data:`LABEL_REACH`
characters, only punctuation and linking words between them and in the same sentence (``date of
birth: 4 May``, ``BMI 31``; not "we will not ask for your passcode. Reply STOP …"), phrases the
pack names as personal whatever follows, and the recipient's own e-mail, phone or full name when
the message carries them (``message.recipient``; a Korean, Chinese or Japanese full name is
one word, family name and given name written together). Wording the pack itself requires or approves
(offer terms, disclosures, disclaimers, an approved claim usable on the send date: "members lost
8% of their body weight") is never personal data, nor is a number labelled as the brand's
company, tax or licence registration (``NIPC 516 204 337``, ``BTW-nummer``) or a number in the
footer line that carries the brand's legal name or postal address
(:mod:`~nextbest.tools.compliance.registration_ids`). A label followed only by another label the
rule names ("nunca lhe pede o NIF, o IBAN ou códigos": a list of what is never asked) has no
value after it, nor a label after an indefinite article whose figure is a threshold ("a BMI of
30 or more is the usual threshold for obesity"): any person's reading, not the recipient's. A
label the copy says is on file, its value in words after a colon ("Allergy note on file:
latex"), is the person's record read out, figure or not.
"""

from __future__ import annotations

import re

from nextbest.brand_context.models import BrandPack, PersonalDataRule
from nextbest.tools.compliance.bare_phones import bare_mobile_spans
from nextbest.tools.compliance.kinds.banned_phrase import required_texts
from nextbest.tools.compliance.kinds.base import CheckContext, FieldText, overlaps, violation
from nextbest.tools.compliance.message import RecipientDetails
from nextbest.tools.compliance.normalise import plain
from nextbest.tools.compliance.phrases import compile_phrases, phrase_pattern
from nextbest.tools.compliance.priced_figures import written_as_price
from nextbest.tools.compliance.registration_ids import identity_line_spans, registration_spans
from nextbest.tools.compliance.thresholds import is_threshold
from nextbest.tools.compliance.vehicle_plates import plate_spans
from nextbest.tools.compliance.verdict import Violation
from nextbest.tools.compliance.word_marks import past_marks

LABEL_REACH = 25
"""Characters after a label in which a figure makes it personal data."""

CARD = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")
MASKED = re.compile(r"(?<![\w-])[xX*•](?:[ -]?[xX*•\d]){7,22}(?![\w-])")
SSN = re.compile(r"(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])")
_GROUP_SEPARATOR = re.compile(r"[ -]")


def card_grouped(number: str) -> bool:
    """Whether a run of 13-19 digits is grouped as a payment card number is.

    A card number is written unbroken or in the groups printed on cards: fours (the last group
    may be shorter) or four, six and five (or four). A run grouped otherwise ("20250314-004417",
    eight and six) is an order, tracking or reference number, not a card.

    Args:
        number: The digits with their spaces or dashes.

    Returns:
        True when the grouping is a card's.
    """
    groups = [len(g) for g in _GROUP_SEPARATOR.split(number) if g]
    if len(groups) == 1:
        return True
    if groups[0] != 4:
        return False
    if groups[1:] in ([6, 5], [6, 4]):
        return True
    return all(g == 4 for g in groups[1:-1]) and 1 <= groups[-1] <= 4


VISIBLE_DIGITS = 4
"""Digits a masked card number may show (the last four)."""
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
EMAIL = re.compile(r"\b[\w.+-]+@([\w-]+(?:\.[\w-]+)+)\b")
PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}(?!\w)"
    r"|(?<![\w+.,])(?:\+\d{1,3}[ .-]?)?(?=(?:[ .-]?\d){9})\d{2,4}(?:[ .-]\d{2,3}){3,4}(?![\w.,]?\d)"
)
"""A phone number: grouped by threes and fours ("555-014-2200", "(02) 9876 5432"), or in four or
five short groups of nine digits or more, pairs among them, as French and Malagasy copy write
it ("06 12 34 56 78", "032 45 678 90")."""
_DIGITS = re.compile(r"\D")
_ANY_DIGIT = re.compile(r"\d")
_DIGIT_RUN = re.compile(r"\+?\d[\d ().-]{5,}\d")
_CALL_US = re.compile(
    r"(?:\b(?:call|ring|dial)(?: us| our \w+(?: \w+)?)?(?: on| at)?|"
    r"\b(?:phone|contact) us(?: on| at)?|"
    r"\b(?:helpline|hotline|appelez(?:-nous)?|llamanos|llame al|rufen sie(?: uns)?(?: an)?)"
    r"\s*:?|"
    # "Report outages to <utility> at 888-…": a number to report to (a person's is still one)
    r"\breport\b(?:\s+(?!you\b|your\b)[\w&'.-]+){0,4}\s+(?:at|on))"
    r"\s*(?:\+?\d{1,3}[ .-]?)?$",
    re.IGNORECASE,
)
"""Words that give a number as one to call: the brand's or a helpline, not the recipient's."""
_PUNCT = r"[\s:=#.,()$\u20ac\u00a3\u2013\u2014\u00b0\u00ba\u2116-]*"
"""Punctuation between a label and its figure, the number signs among it ("N.° 1234", "№ 5")."""
_LINK = (
    r"(?i:(?:is|was|are|as|on|of|the|your|their|his|her|"
    r"its|in|at|falls|will|be|turns|turning|age|aged|no|number|nr|ending|starting|with|to|"
    # the same links in Portuguese, Spanish, French and German: "senha provisória é 48213"
    r"é|e|es|est|era|foi|fue|son|sont|ist|sind|war|de|do|da|du|del|der|die|das|o|a|el|la|"
    r"le|les|seu|sua|su|tu|teu|tua|votre|ton|ta|ihr|ihre|dein|deine|numero|número|nº|n°)\b)"
)
STREET_TYPES: tuple[str, ...] = (
    "ulica", "aleja", "plac", "osiedle", "strada", "calle", "rua", "rue",
)  # fmt: skip
"""Street types written in full before a street's name (Polish "ulica Lipowa 5", Italian
"strada", Spanish "calle", Portuguese "rua", French "rue")."""
STREET_ABBREVIATIONS: tuple[str, ...] = (
    "ul", "al", "pl", "os", "str", "c", "av", "avda", "r", "v", "bd", "blvd",
)  # fmt: skip
"""Street types written short, with a full stop or a slash ("ul. Lipowa 5", "C/ Mayor 3",
"Av. da Liberdade 10")."""
_STREET_TYPE = (
    r"(?:(?i:" + "|".join(STREET_ABBREVIATIONS) + r")(?:\.|/)\s*"
    r"|(?i:" + "|".join(STREET_TYPES) + r")\s+)"
)
_CAPITAL = "A-Z\u0400-\u042f\u0490\u0391-\u03a9"
"""Capital letters of the Latin, Cyrillic (``Ё``, ``Є``, ``І``, ``Ї``, ``Ј``, ``Ґ`` among them)
and Greek scripts, for a value written in capitals (a registration mark as a plate writes it)."""
_LABEL_GAP = re.compile(
    f"{_PUNCT}(?:{_LINK}{_PUNCT}){{0,3}}(?P<street>{_STREET_TYPE})?"
    f"(?:[^\\W\\d_]+(?:[\\s-]+|:\\s*)(?:{_LINK}{_PUNCT}){{0,2}})?"
    rf"(?P<value>\d|[{_CAPITAL}][{_CAPITAL}0-9]{{3,}}\b|[{_CAPITAL}]{{1,4}}[ -]\d"
    rf"|[{_CAPITAL}](?=[{_CAPITAL}]*\d)[{_CAPITAL}0-9]{{2}}\b)"
)
"""What may stand between a label and its figure (or a code with figures, ``LW-2209``, or a
value in capitals, ``verbal password is still BLUEHERON``, or a registration in letters and
figures after its region, ``plate NC TXR-4821``, in any script with capitals (a Cyrillic
plate ``ВМ 4417 ЕК`` after its label), or a postcode whose first part mixes capitals
and figures, ``postal code K2P 1L4``, ``Eircode D08 X2Y4``): punctuation and a few linking
words, and at most one other word, ending in a space, a hyphen or a colon (``date of birth on file:
04/12``), in English and the main Latin-script languages (``date of birth: 4 May``,
``birthday is on 12/05``, ``donor ID is LW-2209``, ``senha provisória é 48213``); "birthday
party for a 5-year-old" puts other words between them, and the figure is not the labelled
fact; nor is a time the label is measured at ("body weight at 6 months", :data:`_DURATION`).
An address may open with its street type ("Adres dostawy: ul. Lipowa 5/12",
:data:`STREET_ABBREVIATIONS`) before the street's name; that abbreviation's full stop ends no
sentence."""
_ON_FILE = re.compile(
    r"(?:[\s-]+[^\W\d_]+)?\s+(?:on\s+(?:file|record)|recorded|noted|registered)\s*:\s*"
    r"(?!(?:none|n/a|nothing)\b)[^\W\d_]{2,}",
    re.IGNORECASE,
)
"""A label the copy says the brand holds on file, with its value in words after a colon
("Allergy note on file: latex", "medical notes recorded: asthma"): the person's own record,
read out, is personal data though no figure follows."""
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z][a-z]")
"""A sentence end and the next sentence's first word ("… your passcode. Reply STOP …"): a
figure or capitalised word after it belongs to another sentence, not to the label."""
_DURATION = re.compile(
    r"\s+(?:in|at|after|within|over|for|by|during)\s+(?:the\s+first\s+|the\s+next\s+)?"
    r"\d+\s*(?:-\s*)?(?:months?|weeks?|days?|years?|hours?|hrs?|wks?|mos?)\b",
    re.IGNORECASE,
)
"""A time after a label ("their body weight at 6 months", "weight in 6 months"): it says when,
and the figure is no labelled personal value."""
_ANY_READING = re.compile(
    r"(?:^|[\s(])(?:a|an|un|une|uno|una|ein|eine|einen|einem|ett|en|um|uma)\s+$", re.IGNORECASE
)
"""An indefinite article before a label ("an AHI", "a BMI", "un IMC", "ett BMI"): any
person's reading, not the recipient's."""
_FIGURE_RUN = re.compile(r"\d+(?:[.,]\d+)*")


def _threshold_of_anyone(text: str, start: int, value: int) -> bool:
    """Whether the label at ``start`` and its figure at ``value`` state a threshold.

    "A BMI of 30 or more is the usual threshold", "an HbA1c over 48": a label after
    an indefinite article, its figure a bound ("or more", "over", "at least",
    :func:`~nextbest.tools.compliance.thresholds.is_threshold`), speaks of any reading; "your
    BMI is over 30" or "BMI: 31.2" is the recipient's.
    """
    if _ANY_READING.search(text, max(0, start - 8), start) is None:
        return False
    figure = _FIGURE_RUN.match(text, value)
    return figure is not None and is_threshold(text, figure.start(), figure.end())


CALL_REACH = 45
"""Characters before a phone number searched for words that give it as one to call."""
MIN_PHONE_DIGITS = 7
"""Trailing digits of the recipient's phone that, found in the copy, give it away."""
Found = tuple[str, int, int]
"""``(what, start, end)`` of one piece of personal data in a field."""
_NUMBERS = frozenset(
    {
        "a card-like number",
        "a masked number showing more than the last four digits",
        "a Social Security number",
        "an account number",
        "a phone number",
    }
)
"""Findings by the shape of a number alone: in the sender's identity line (as a label the
pack names there), the company's."""
_LABELLED = "a labelled personal detail"
_FULL_NAME_UNSPACED = re.compile(r"[\uac00-\ud7af\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{2,}")
"""A full name written, as Korean, Chinese and Japanese names are, with no space between family
name and given name ("박서연", "陈美玲"): one word, yet the whole name, not a first name."""
_ADDRESS_PART = re.compile(r"\s*,\s*")


def _without_street(gap: re.Match[str]) -> str:
    """The gap between a label and its value, without the street type an address opens with."""
    if gap.group("street") is None:
        return gap.group()
    return gap.string[gap.start() : gap.start("street")] + gap.string[gap.end("street") : gap.end()]


class PersonalDataCheck:
    """Finds personal data in the copy."""

    def __init__(self, rule: PersonalDataRule, pack: BrandPack) -> None:
        """Compile the labels and terms; note the brand's own contact details.

        Args:
            rule: The rule.
            pack: The brand pack (senders, support contact, domains).
        """
        self.rule = rule
        self.rule_id = rule.id
        self.labels = compile_phrases(rule.params.labelled, obfuscation=False)
        self.terms = compile_phrases(rule.params.terms, obfuscation=False)
        self.personal_labels = frozenset(plain(label) for label in rule.params.labelled)
        self.approved = compile_phrases(required_texts(pack), obfuscation=False)
        brand = pack.brand
        own = [*brand.sender_addresses.values(), brand.support_contact or ""]
        own += rule.params.own_contacts
        self.own_domains = {d.lower() for d in brand.website_domains}
        self.own_domains |= {o.split("@", 1)[1].lower() for o in own if "@" in o}
        self.own_digits = {_DIGITS.sub("", o) for o in own if _DIGITS.sub("", o)}
        identity = [brand.legal_name]
        for address in (brand.postal_address, *brand.postal_address_forms):
            identity.append(address)
            identity.append(_ADDRESS_PART.split(address.strip())[0])  # the street
        self.identity = compile_phrases(
            [i for i in identity if len(i.split()) >= 2], obfuscation=False
        )

    def _own_number(self, found: str) -> bool:
        """Whether a phone number is one of the brand's own, with or without its country code.

        The phone pattern may leave out a leading trunk or country code (``1-800-555-0142`` is
        found as ``800-555-0142``), so a number is the brand's own when its digits and an own
        number's digits are the same or one ends with the other (at least
        :data:`MIN_PHONE_DIGITS` digits).
        """
        digits = _DIGITS.sub("", found)
        return any(
            digits == own
            or (
                min(len(digits), len(own)) >= MIN_PHONE_DIGITS
                and (own.endswith(digits) or digits.endswith(own))
            )
            for own in self.own_digits
        )

    def _own_domain(self, domain: str) -> bool:
        domain = domain.lower()
        return any(domain == d or domain.endswith("." + d) for d in self.own_domains)

    def _found(self, ctx: CheckContext, name: str) -> list[tuple[str, int, int]]:
        params = self.rule.params
        text = ctx.fields[name]  # type: ignore[index]
        original = text.original
        out: list[tuple[str, int, int]] = []
        digits = _ANY_DIGIT.search(original) is not None  # card, masked, SSN, IBAN, phone need one
        if digits and params.card_numbers:
            out += [
                ("a card-like number", m.start(), m.end())
                for m in CARD.finditer(original)
                if card_grouped(m.group())
            ]
        if digits and params.masked_numbers:
            out += [
                ("a masked number showing more than the last four digits", m.start(), m.end())
                for m in MASKED.finditer(original)
                if sum(c.isdigit() for c in m.group()) > VISIBLE_DIGITS
            ]
        if digits and params.national_ids:
            out += [
                ("a Social Security number", m.start(), m.end()) for m in SSN.finditer(original)
            ]
            out += [("a vehicle registration number", *span) for span in plate_spans(original)]
        if digits and params.account_numbers:
            out += [("an account number", m.start(), m.end()) for m in IBAN.finditer(original)]
        if params.email_addresses:
            out += [
                ("an e-mail address", m.start(), m.end())
                for m in EMAIL.finditer(original)
                if not self._own_domain(m.group(1))
            ]
        if digits and params.phone_numbers:
            spans = [m.span() for m in PHONE.finditer(original)]
            spans += bare_mobile_spans(original)  # "07911234567": a mobile with no spaces
            out += [
                ("a phone number", start, end)
                for start, end in spans
                if not self._own_number(original[start:end])
                and not written_as_price(original, start, end)  # "12 400 000 soʻm"
                and not _CALL_US.search(original[max(0, start - CALL_REACH) : start])
                and not any(s <= start < e for _, s, e in out)
            ]
        if self.labels is not None:
            for match in self.labels.finditer(text.skel.text):
                start, end = text.skel.original_span(*match.span())
                end = past_marks(original, end)  # "எண்": the label's last vowel sign or virama
                gap = _LABEL_GAP.match(original[end : end + LABEL_REACH])
                if gap and _DURATION.match(original, end):
                    continue  # "body weight at 6 months": when, not the labelled figure
                if gap and not _SENTENCE_BREAK.search(_without_street(gap)):
                    value = original[end + gap.start("value") : end + gap.end()]
                    if _threshold_of_anyone(original, start, end + gap.start("value")):
                        continue  # "a BMI of 30 or more": a bound any reading is measured by
                    if self._another_label(value):
                        continue  # "o NIF, o IBAN ou …": a list of labels, no value
                    out.append((_LABELLED, start, end))
                elif gap is None and _ON_FILE.match(original, end):
                    out.append((_LABELLED, start, end))  # "Allergy note on file: latex"
        if self.terms is not None:
            for match in self.terms.finditer(text.skel.text):
                out.append(("a personal detail", *text.skel.original_span(*match.span())))
        recipient = ctx.message.recipient
        if params.recipient_details and recipient is not None:
            own = self._recipient_details(text, recipient)
            # the recipient's own number read by the generic test too: one finding, the
            # more telling one
            out = [hit for hit in out if not overlaps(hit[1], hit[2], [h[1:] for h in own])]
            out += own
        return out

    def _another_label(self, value: str) -> bool:
        """Whether the capital word read as a label's value is itself a label of the rule."""
        if self.labels is None or not value.isalpha():
            return False
        return self.labels.fullmatch(plain(value)) is not None

    @staticmethod
    def _recipient_details(text: FieldText, recipient: RecipientDetails) -> list[Found]:
        """Where the recipient's own e-mail, phone number or full name stands in a field."""
        out: list[Found] = []
        original = text.original
        if recipient.email:
            start = original.lower().find(recipient.email.strip().lower())
            if start >= 0:
                out.append(("the recipient's e-mail", start, start + len(recipient.email.strip())))
        digits = _DIGITS.sub("", recipient.phone or "")
        if len(digits) >= MIN_PHONE_DIGITS:
            for match in _DIGIT_RUN.finditer(original):
                if digits[-MIN_PHONE_DIGITS:] in _DIGITS.sub("", match.group()):
                    out.append(("the recipient's phone number", match.start(), match.end()))
        name = (recipient.full_name or "").strip()
        if len(name.split()) >= 2 or _FULL_NAME_UNSPACED.fullmatch(name):
            pattern = re.compile(phrase_pattern(name, obfuscation=False))
            for match in pattern.finditer(text.skel.text):
                out.append(("the recipient's full name", *text.skel.original_span(*match.span())))
        return out

    def check(self, ctx: CheckContext) -> list[Violation]:
        """A violation for each piece of personal data in the rule's fields."""
        found: list[Violation] = []
        for name in self.rule.params.fields:
            if name not in ctx.fields:
                continue
            text = ctx.fields[name]
            hits = self._found(ctx, name)
            if not hits:
                continue
            exempt = (
                [text.skel.original_span(*m.span()) for m in self.approved.finditer(text.skel.text)]
                if self.approved is not None
                else []
            )
            exempt += registration_spans(text.original, self.personal_labels)
            exempt += [(h.start, h.end) for h in ctx.claim_hits if h.usable and h.field == name]
            identity = (
                identity_line_spans(
                    text.original,
                    [
                        text.skel.original_span(*m.span())
                        for m in self.identity.finditer(text.skel.text)
                    ],
                )
                if self.identity is not None
                else []
            )
            for what, start, end in hits:
                if overlaps(start, end, exempt):
                    continue
                if (what in _NUMBERS or what == _LABELLED) and overlaps(start, end, identity):
                    continue  # a number in the line naming the sender: the company's
                words = ctx.fields[name].original[start:end]
                found.append(
                    violation(
                        self.rule,
                        f"The {name} contains {what}: {words!r}.",
                        field=name,
                        span=(start, end),
                        evidence=words,
                        fix_hint="Remove personal data from marketing copy.",
                    )
                )
        return found
