"""``urgency``: "ends tonight", "only 2 hours left" and "only 3 left" must be true.

Urgency wording is read against the message's offer and the send time in the brand's time zone:
"today" wording (``ends tonight``, ``last day``, ``today only``, ``final hours``) needs the
offer to end on the send date; ``ends tomorrow`` the day after; ``N days left`` on its last day
or at most N days before it (sent on the 8th, an offer through the 10th has "two days left");
``N hours left`` within N hours of the offer's end (``valid_until`` at ``ends_at``, or at
midnight); vaguer wording (``ending soon``, ``last chance``, ``final days``, a countdown)
needs an end date within :data:`SOON_DAYS` (the offer's last three days), but a brand's own
wording that names one day ("last day" in its language) only its last day or the day before
(:data:`ONE_DAY_DAYS`). An end date the copy states (``ends March 15``, ``jusqu'au 31/03``,
see :mod:`~nextbest.tools.compliance.stated_dates`) must be the offer's last day or a date its
terms give (``stays through April 30``). Scarcity wording (``only 3 left``, ``selling fast``)
needs an offer that declares ``limited_stock``. Wording inside the offer's own terms or
disclosure, a link or a standing statement, or any wording the pack approves (claims,
disclaimers, required texts), is not read; nor is a countdown to a trip or an event in a
sentence that sells nothing (see :mod:`~nextbest.tools.compliance.occasions`). Vague wording
that is part of wording naming the end ("sale ends" in "Sale ends Sunday") is judged by the end
it names. "Ends Sunday" needs the offer to end on the coming Sunday, "this week only" within
seven days, "this month only" within the send's month; vague or "today" urgency in a message
without an offer is true when the copy names the date it runs to (soon enough). French "expire
ce soir" reads as "ends tonight", and a brand's wording that counts weeks ("the final weeks")
needs the offer's last three weeks (:data:`FINAL_WEEKS_DAYS`). Wording the copy says there is
no need for ("No need to hurry") is no urgency, nor is a farewell ("À très vite", "See you
soon", "Hasta pronto"): it says goodbye, not that an offer ends. A brand phrase with a sign
between its words ("op = op") is found only with that sign: "Let op: op showroommodellen" is
another text. Dutch, German, French, Spanish and Italian "only today" and "only this week"
("alleen deze week", "nur heute") read as their English forms, and Czech and Slovak "ends
today" / "ends tomorrow" in either word order, with or without diacritics ("dnes končí",
"skončí už zítra", "len do zajtra"), as "today" and "tomorrow" wording. Without an offer, a
deadline to order in time for a holiday ("Last chance to order for Valentine's") is the brand's
delivery cut-off (see :mod:`~nextbest.tools.compliance.delivery_deadlines`), not an offer's end.
Without an offer, a countdown to a date ("Countdown to May 1") in a sentence that sells nothing
counts down to something beginning (a season, an opening), not to an offer's end. An offer that
ends in the small hours (up to :data:`NIGHT_ENDS`) ends with the night before: "tonight only" is
true of a "6 pm Dec 31 - 6 am Jan 1" offer sent on December 31. Scarcity wording in a question
about the reader's own supply ("Running low on your ink?") is the reader's stock, not the
brand's (:mod:`~nextbest.tools.compliance.reader_supplies`). A name that holds a word for
"urgent" (Thai and Lao write a hotline as "urgent line", Chinese first aid holds 急) urges nothing
(:mod:`~nextbest.tools.compliance.urgent_compounds`).
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from nextbest.brand_context.models import BrandPack, Offer, UrgencyRule
from nextbest.tools.compliance.delivery_deadlines import is_delivery_deadline
from nextbest.tools.compliance.denials import said_unneeded
from nextbest.tools.compliance.kinds.banned_phrase import required_texts
from nextbest.tools.compliance.kinds.base import CheckContext, overlaps, violation
from nextbest.tools.compliance.kinds.link_policy import Link, extract_links
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.normalise import fold, plain
from nextbest.tools.compliance.occasions import COMMERCE_WORDS, is_occasion_countdown
from nextbest.tools.compliance.one_day_words import names_one_day
from nextbest.tools.compliance.phrases import compile_phrases, phrase_pattern
from nextbest.tools.compliance.prefilter import Prefiltered
from nextbest.tools.compliance.reader_supplies import asks_of_reader_supply
from nextbest.tools.compliance.stated_dates import ANY_DATE, dates_in, stated_ends
from nextbest.tools.compliance.statement_dates import contradicted, statement_events
from nextbest.tools.compliance.urgent_compounds import urgent_name_spans
from nextbest.tools.compliance.verdict import Violation

SOON_DAYS = 3
"""Days before an offer's end that vague urgency ("ending soon", "last chance", "final days")
may be used: its last three days."""
ONE_DAY_DAYS = 2
"""Days before an offer's end that a brand's urgency wording naming one day ("last day", "ends
tonight" in its own words, :mod:`~nextbest.tools.compliance.one_day_words`) may be used."""
_ONE_DAY = "one day"
"""The value of a brand's urgency phrase that names one day."""
FINAL_WEEKS_DAYS = 21
"""Days before an offer's end that "final weeks" may be said: its final three weeks."""
_FINAL_WEEKS = re.compile(r"(?:final|last|closing) (?:few |couple of |two |three )?weeks")
"""A brand's urgency wording that counts the time left in weeks ("the final weeks")."""
NIGHT_ENDS = time(6, 0)
"""An offer ending after midnight and no later than this ends with the night before it."""
_COUNTDOWNS = ("days", "hours", "soon", "weeks")
"""Kinds of urgency wording that may count down to a trip or an event instead of an offer."""

_N = r"(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|24|48|72)"
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS = f"({'|'.join(_WEEKDAY_NAMES)})"
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12,
}  # fmt: skip

URGENCY_PATTERNS: dict[str, str] = {
    "today": (
        r"\b(?:ends?|ending|closes?|closing|expires?|expiring|over|gone) (?:at midnight )?"
        r"(?:tonight|today|at midnight)\b|\b(?:last|final) day\b|\btoday only\b|"
        r"\btonight only\b|\bfinal hours\b|\blast hours\b"
        r"|\b(?:expire|expirent|se termine|termine|finit|prend fin) "
        r"(?:ce soir|aujourd hui|a minuit)\b|\baujourd hui seulement\b|\bdernier jour\b"
        r"|\bdernieres heures\b"
        r"|\b(?:alleen|enkel|slechts) vandaag\b|\bnur heute\b|\bsolo (?:hoy|oggi)\b"
        r"|\b(?:konci|skonci|vyprsi) (?:uz )?dnes\b|\b(?:uz )?dnes (?:konci|skonci)\b"
        r"|\b(?:jen|pouze|len|iba) dnes\b|\bposledni den\b|\bposledny den\b"
    ),
    "tomorrow": r"\b(?:ends?|ending|closes?|expires?) tomorrow\b|\btomorrow only\b"
    r"|\b(?:expire|se termine|termine|finit|prend fin) demain\b|\bdemain seulement\b"
    r"|\b(?:konci|skonci|vyprsi) (?:uz )?(?:zitra|zajtra)\b"
    r"|\b(?:uz )?(?:zitra|zajtra) (?:konci|skonci)\b|\b(?:jen|pouze|len|iba) do (?:zitra|zajtra)\b",
    "weekday": r"\b(?:ends?|ending|expires?|expiring) (?:on |this )?"
    + _WEEKDAYS
    + r"\b|\b"
    + _WEEKDAYS
    + r" only\b",
    "week": r"\b(?:this|one) week(?:end)? only\b|\bonly this week(?:end)?\b"
    r"|\b(?:ends?|ending|over) this week(?:end)?\b"
    r"|\b(?:alleen|enkel|slechts) (?:deze week|dit weekend)\b"
    r"|\bnur (?:diese woche|dieses wochenende)\b"
    r"|\b(?:seulement|uniquement) cette semaine\b|\bcette semaine (?:seulement|uniquement)\b"
    r"|\bsolo (?:esta|questa) (?:semana|settimana)\b",
    "month": r"\b(?:this|one) month only\b|\bonly this month\b"
    r"|\b(?:ends?|ending|over) this month\b",
    "days": r"\b(?:only )?" + _N + r" (?:more )?days? (?:left|to go|remaining)\b"
    r"|(?<!in the )(?<!over the )(?<!for the )(?<!during the )\blast " + _N + r" days\b",
    "hours": r"\b(?:only )?" + _N + r" (?:more )?hours? (?:left|to go|remaining)\b"
    r"|\bends in " + _N + r" hours?\b",
    "soon": (
        r"\b(?:ending|ends) soon\b|\blast chance\b|\bcountdown\b|\bhurry\b|\btime is running out\b"
        r"|\bdon'?t miss out\b|\bbefore it'?s too late\b|\bnow or never\b|\bclock is ticking\b"
    ),
}
"""Urgency wording by what it claims about the offer's end (folded view)."""

SCARCITY_PATTERN = (
    r"\b(?:only|just) " + _N + r" (?:\w+ ){0,3}(?:left|remaining)\b|\b" + _N + r" (?:\w+ )?left in "
    r"stock\b|\balmost gone\b|\bselling (?:out|fast)\b|\bfew (?:\w+ ){0,3}left\b|\blow stock\b"
    r"|\blimited stock\b|\bnearly sold out\b|\bgoing fast\b|\bwhile (?:stocks|supplies) last\b"
)
"""Scarcity wording (folded view); a few words may stand between the count and "left" ("only a
few bundle discounts left")."""


FAREWELLS = re.compile(
    r"\ba (?:tres |plus |bien )?(?:vite|bientot|tout de suite)\b|\bsee you (?:very |real )?soon\b"
    r"|\btalk (?:to you )?soon\b|\bspeak soon\b|\bhasta (?:muy )?pronto\b|\bbis (?:ganz )?bald\b"
    r"|\ba presto\b|\bate (?:muito )?breve\b|\bate logo\b"
)
"""Farewells whose words ("vite", "soon") would read as urgency (skeleton view)."""

_PRECISE = frozenset({"today", "tomorrow", "weekday", "week", "month", "days", "hours"})
"""Kinds of urgency wording that name when the offer ends: vague wording of the brand's own
(``sale ends``) that is part of one of them is judged by the day it names."""

Phrase = tuple[str, str, int, int, str]
"""``(kind, field, start, end, value)`` of one urgency or scarcity phrase."""


_SIGNED = re.compile(r"\w\s*[=+&]\s*\w")
"""A brand phrase with a sign between its words ("op = op", "1+1"): the sign is part of it."""


def _signed_pattern(phrase: str) -> re.Pattern[str]:
    """A brand phrase with a sign, matched with that sign (folded view, spaces optional).

    "op = op" is found in "Op=op!" but not in "Let op: op showroommodellen", where a colon
    stands between the same words.
    """
    tokens = re.findall(r"[=+&]|[^\s=+&]+", fold(phrase).text)
    body = re.escape(tokens[0])
    for before, token in zip(tokens, tokens[1:], strict=False):
        signed = token in "=+&" or before in "=+&"
        body += (r"\s*" if signed else r"\s+") + re.escape(token)
    return re.compile(r"(?<!\w)" + body + r"(?!\w)")


_TO_DATE = re.compile(r"[^\S\n]+(?:to|until|till)[^\S\n]+")
_MONEY_SIGN = re.compile(r"[$€£%]")


def is_date_countdown(words: str, sentence: str, after: str) -> bool:
    """Whether "countdown" counts down to a date in a sentence that sells nothing.

    "Countdown to May 1" counts down to something that begins then (a season, an opening),
    not to an offer's end; "Countdown: 20% off ends May 1" sells, and stays urgency.

    Args:
        words: The urgency wording found (original text).
        sentence: Its sentence (original text).
        after: The text of the sentence after the wording.

    Returns:
        True for "countdown to|until <date>" in a sentence without money or commerce words.
    """
    if fold(words).text != "countdown":
        return False
    lead = _TO_DATE.match(after)
    if lead is None or ANY_DATE.match(fold(after[lead.end() :]).text) is None:
        return False
    if _MONEY_SIGN.search(sentence):
        return False
    return not any(w in COMMERCE_WORDS for w in plain(sentence).split())


def _count(raw: str) -> int:
    return _WORD_NUMBERS[raw] if raw in _WORD_NUMBERS else int(raw)


class UrgencyCheck:
    """Checks urgency and scarcity wording against the offer's end and stock."""

    def __init__(self, rule: UrgencyRule, pack: BrandPack) -> None:
        """Compile the built-in and brand wording and each offer's own text.

        Args:
            rule: The rule.
            pack: The brand pack (offers, time zone).
        """
        self.rule = rule
        self.rule_id = rule.id
        self.pack = pack
        self.zone = ZoneInfo(pack.brand.default_time_zone)
        # a field without the literals a pattern needs is not scanned for it
        self.urgency = {kind: Prefiltered(re.compile(p)) for kind, p in URGENCY_PATTERNS.items()}
        self.extra_urgency = compile_phrases(
            [p for p in rule.params.extra_urgency if not _SIGNED.search(p)], obfuscation=False
        )
        self.signed = [  # "op = op": the sign is part of the phrase
            (kind, _signed_pattern(p))
            for kind, phrases in (
                ("soon", rule.params.extra_urgency),
                ("scarcity", rule.params.extra_scarcity),
            )
            for p in phrases
            if _SIGNED.search(p)
        ]
        self.scarcity = Prefiltered(re.compile(SCARCITY_PATTERN))
        self.extra_scarcity = compile_phrases(
            [p for p in rule.params.extra_scarcity if not _SIGNED.search(p)], obfuscation=False
        )
        approved = required_texts(pack) + [c.text for c in pack.claims]
        self.approved = compile_phrases(approved, obfuscation=False)
        self.offer_text = {
            offer.id: [
                re.compile(phrase_pattern(w, obfuscation=False))
                for w in (offer.terms, offer.disclosure, *offer.disclosure_by_channel.values())
                if w
            ]
            for offer in pack.offers
        }

        self.events = statement_events(pack)
        self.offer_dates = {
            offer.id: dates_in(fold(" ".join(w for w in (offer.terms, offer.disclosure) if w)).text)
            for offer in pack.offers
        }

    def _end(self, offer: Offer) -> datetime | None:
        """When the offer ends (time-zone aware), or None when it has no end date."""
        if offer.valid_until is None:
            return None
        if offer.ends_at is not None:
            return datetime.combine(offer.valid_until, offer.ends_at, self.zone)
        return datetime.combine(offer.valid_until + timedelta(days=1), time(0), self.zone)

    def _masked(
        self, ctx: CheckContext, offer: Offer | None, name: TextField, links: list[Link]
    ) -> list[tuple[int, int]]:
        """Spans of a field that are not read: links, statements, approved and offer wording."""
        text = ctx.fields[name]
        masked = [link.span for link in links if link.field == name and link.span]
        masked.extend(ctx.statement_spans.get(name, []))
        masked.extend(ctx.brand_name_spans.get(name, []))
        masked.extend((h.start, h.end) for h in ctx.product_hits if h.field == name)
        masked.extend(
            text.skel.original_span(*m.span()) for m in FAREWELLS.finditer(text.skel.text)
        )
        masked.extend(urgent_name_spans(text.skel))  # a hotline, first aid: names, no urgency
        if self.approved is not None:
            masked.extend(
                text.skel.original_span(*m.span()) for m in self.approved.finditer(text.skel.text)
            )
        if offer is not None:
            for pattern in self.offer_text[offer.id]:
                masked.extend(
                    text.skel.original_span(*m.span()) for m in pattern.finditer(text.skel.text)
                )
        return masked

    def _wrong_end_dates(self, ctx: CheckContext, offer: Offer) -> list[Violation]:
        """A violation for each end date the copy states that is not the offer's last day."""
        if offer.valid_until is None:
            return []
        found: list[Violation] = []
        links = extract_links(ctx)
        for name, text in ctx.fields.items():
            stated = stated_ends(text.folded.text)
            if not stated:
                continue
            masked = self._masked(ctx, offer, name, links)
            for date_said in stated:
                start, end = text.folded.original_span(date_said.start, date_said.end)
                if overlaps(start, end, masked) or any(
                    date_said.may_be(day)
                    for day in (offer.valid_until, *self.offer_dates[offer.id])
                ):
                    continue  # the offer's last day, or another date its terms give (a stay window)
                words = text.original[start:end]
                found.append(
                    violation(
                        self.rule,
                        f"The copy says the offer ends {words!r}, but offer {offer.id!r} runs "
                        f"until {offer.valid_until.isoformat()}.",
                        field=name,
                        span=(start, end),
                        evidence=words,
                        fix_hint=f"State the offer's real end date ({offer.valid_until}).",
                    )
                )
        return found

    def _false_deadlines(self, ctx: CheckContext) -> list[Violation]:
        """A violation for each sentence giving a statement's dated event another date.

        "Enrollment for the <course> cohort closes January 8" where the brand's own standing
        statement says enrollment for it closes January 22 (see
        :mod:`~nextbest.tools.compliance.statement_dates`).
        """
        found: list[Violation] = []
        for name, text in ctx.fields.items():
            if ANY_DATE.search(text.folded.text) is None:
                continue
            statements = ctx.statement_spans.get(name, [])
            for start, end in text.sentences:
                if overlaps(start, end, statements):
                    continue  # the standing statement itself
                products = {
                    h.product.id
                    for h in ctx.product_hits
                    if h.field == name and start <= h.start < end
                }
                event = contradicted(self.events, text.original[start:end], products)
                if event is None:
                    continue
                words = text.original[start:end].strip()
                days = ", ".join(sorted(d.isoformat() for d in event.dates))
                found.append(
                    violation(
                        self.rule,
                        f"The deadline in {words!r} is not true: the brand's own statement "
                        f"gives {days}.",
                        field=name,
                        span=(start, end),
                        evidence=words,
                        fix_hint=f"State the real date ({days}).",
                    )
                )
        return found

    def _wording(self, ctx: CheckContext, offer: Offer | None) -> list[Phrase]:
        """``(kind, field, start, end, value)`` of every urgency or scarcity phrase."""
        found: list[Phrase] = []
        links = extract_links(ctx)
        patterns = [*self.urgency.items(), ("scarcity", self.scarcity)]
        for name, text in ctx.fields.items():
            masked: list[tuple[int, int]] | None = None  # read only once a phrase is found
            for kind, pattern in patterns:
                for match in pattern.finditer(text.folded.text):
                    start, end = text.folded.original_span(*match.span())
                    if masked is None:
                        masked = self._masked(ctx, offer, name, links)
                    if overlaps(start, end, masked):
                        continue
                    value = next((g for g in match.groups() if g), "") if match.groups() else ""
                    found.append((kind, name, start, end, value))
            for kind, phrases in (("soon", self.extra_urgency), ("scarcity", self.extra_scarcity)):
                if phrases is None:
                    continue
                for match in phrases.finditer(text.skel.text):
                    start, end = text.skel.original_span(*match.span())
                    if masked is None:
                        masked = self._masked(ctx, offer, name, links)
                    if not overlaps(start, end, masked):
                        weeks = kind == "soon" and _FINAL_WEEKS.fullmatch(match.group())
                        day = kind == "soon" and names_one_day(match.group())
                        value = _ONE_DAY if day else ""
                        found.append(("weeks" if weeks else kind, name, start, end, value))
            for kind, signed in self.signed:
                for match in signed.finditer(text.folded.text):
                    start, end = text.folded.original_span(*match.span())
                    if masked is None:
                        masked = self._masked(ctx, offer, name, links)
                    if not overlaps(start, end, masked):
                        found.append((kind, name, start, end, ""))
        return found

    def _false(self, kind: str, value: str, offer: Offer, ctx: CheckContext) -> str | None:
        """Why the wording is untrue of ``offer`` at send time, or None when it is true."""
        if kind == "scarcity":
            return None if offer.limited_stock else "the offer does not declare limited stock"
        end = self._end(offer)
        if end is None:
            return "the offer has no end date"
        moment = ctx.moment.astimezone(self.zone)
        if end <= moment:
            return "the offer has already ended"
        today = moment.date()
        last_day = (end - timedelta(microseconds=1)).date()
        if offer.ends_at is not None and time(0) < offer.ends_at <= NIGHT_ENDS:
            last_day -= timedelta(days=1)  # ends in the small hours: with the night before
            if today > last_day:
                today = last_day  # sent after midnight, before the end: still that night
        match kind:
            case "today":
                ok = last_day == today
            case "tomorrow":
                ok = last_day == today + timedelta(days=1)
            case "days":
                ok = (last_day - today).days <= _count(value)  # today, then N more days
            case "hours":
                ok = end - moment <= timedelta(hours=_count(value))
            case "weekday":  # "ends Sunday": the offer's last day is the coming Sunday
                ahead = (_WEEKDAY_NAMES.index(value) - today.weekday()) % 7
                ok = last_day == today + timedelta(days=ahead)
            case "week":
                ok = (last_day - today).days < 7
            case "month":  # "this month only": the offer ends within the send's month
                ok = (last_day.year, last_day.month) == (today.year, today.month)
            case "weeks":  # "the final weeks": within its last three weeks
                ok = (last_day - today).days < FINAL_WEEKS_DAYS
            case _:  # "last day" of the brand's own wording: its last day or the day before
                ok = (last_day - today).days < (ONE_DAY_DAYS if value == _ONE_DAY else SOON_DAYS)
        if ok:
            return None
        return f"the offer runs until {last_day.isoformat()}"

    def _dated(self, ctx: CheckContext, kind: str) -> bool:
        """Whether a message without an offer states the date its urgency runs to.

        Vague urgency ("last chance") is true when the copy names a date within
        :data:`SOON_DAYS` of the send day; "today" wording when it names the send day.
        """
        today = ctx.moment.astimezone(self.zone).date()
        reach = 1 if kind == "today" else SOON_DAYS
        return any(
            0 <= (stated - today).days < reach
            for text in ctx.fields.values()
            for stated in dates_in(text.folded.text)
        )

    def check(self, ctx: CheckContext) -> list[Violation]:
        """A violation for each urgency or scarcity phrase the offer does not back."""
        offer_id = ctx.message.offer_id
        offer = self.pack.offer(offer_id) if offer_id else None
        found: list[Violation] = [] if offer is None else self._wrong_end_dates(ctx, offer)
        if offer is None and self.events:
            found += self._false_deadlines(ctx)
        wording = self._wording(ctx, offer)
        precise = [(name, start, end) for kind, name, start, end, _ in wording if kind in _PRECISE]
        for kind, name, start, end, value in wording:
            text = ctx.fields[name]  # type: ignore[index]
            if kind == "soon" and any(n == name and s < end and start < e for n, s, e in precise):
                continue  # "Sale ends Sunday": judged by the day it names, not as "ending soon"
            words = text.original[start:end]
            s_start, s_end = text.sentence_at(start)
            if kind in _COUNTDOWNS and is_occasion_countdown(
                text.original[s_start:s_end], end - s_start
            ):
                continue  # "30 days to go: your pre-cruise checklist"
            if offer is None and is_date_countdown(
                words, text.original[s_start:s_end], text.original[end:s_end]
            ):
                continue  # "Countdown to May 1": to something that begins, not an offer's end
            if (
                offer is None
                and kind in ("soon", "today", "weeks")
                and is_delivery_deadline(text.original[s_start:s_end])
            ):
                continue  # "Last chance to order for Valentine's": a delivery cut-off
            if said_unneeded(text.original, start):
                continue  # "There is no need to hurry": the opposite of urgency
            if kind == "scarcity" and asks_of_reader_supply(
                text.original[s_start:s_end], start - s_start
            ):
                continue  # "Running low on your ink?": the reader's supply, not the brand's
            what = "Scarcity" if kind == "scarcity" else "Urgency"
            if offer is None and kind in ("soon", "today", "weeks") and self._dated(ctx, kind):
                continue  # "Last chance: <show> is leaving January 31", sent January 30
            reason = "no offer backs it" if offer is None else self._false(kind, value, offer, ctx)
            if reason is None:
                continue
            found.append(
                violation(
                    self.rule,
                    f"{what} wording {words!r} is not true: {reason}.",
                    field=name,
                    span=(start, end),
                    evidence=words,
                    fix_hint="Remove it, or use it only when the offer really ends or runs out.",
                )
            )
        return found
