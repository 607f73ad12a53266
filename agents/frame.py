"""The message frame: the framework assembles every message; a writer supplies only the creative.

Legal furniture is the brand pack's, not the model's. Per channel the frame puts together, from
the writing brief:

- **e-mail** — subject (the writer's headline, or the offer's name), the greeting slot
  (``{{ first_name }}``, filled per recipient through a validated slot), the creative body, the
  offer's terms for the channel with their disclosure, the cited claims **verbatim** with their
  disclaimers, the call to action with the brand's own link, and the footer: advertising
  identification when required, legal name and postal address, the unsubscribe link;
- **SMS** — brand prefix, creative text, short offer terms, the brand's link, STOP/HELP when the
  channel's rules require them;
- **push** — title and body, within the channel's limits.

A writer returns a :class:`CreativeCopy`: a headline, a few sentences of creative text and the
ids of the claims it wants. Unknown claim ids are dropped, links and template syntax are removed
from the creative text, and anything else a model sends (a "footer", "terms", …) is ignored, so a
writer cannot change the footer, the claim text or the terms. The guardrail still checks the
whole assembled message: the frame makes passing likely; it never replaces the check.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

import jinja2
from pydantic import BaseModel, ConfigDict, Field

from nextbest.agents.brief import BriefClaim, BriefOffer, WritingBrief
from nextbest.tools.compliance.sms import sms_size

FRAME_DIR = Path(__file__).parent / "copy_templates"
TermsMode = Literal["full", "short"]

_URL = re.compile(
    r"(?i)\b(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|io|co|ly)\S*"
)
_TEMPLATE_SYNTAX = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[a-z0-9]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "in",
        "is",
        "it",
        "of",
        "on",
        "or",
        "per",
        "the",
        "this",
        "to",
        "with",
        "your",
        "you",
    ]
)


class CreativeCopy(BaseModel):
    """What a writer returns: only the creative part (also the LLM's structured-output schema)."""

    model_config = ConfigDict(extra="ignore")

    headline: str | None = Field(
        None, description="E-mail subject line or push title, in the brand's voice; null for SMS."
    )
    body: str = Field(
        description=(
            "One to three short sentences of creative text in the brand's voice. No greeting, "
            "no prices, discounts or offer terms, no claims, no links, no sign-off or footer: "
            "the framework adds those."
        )
    )
    claim_ids: list[str] = Field(
        default_factory=list,
        description="Ids of approved claims to include; the framework inserts their exact text.",
    )


class DraftCopy(BaseModel):
    """A message's copy fields as the release graph checks them (the frame's output)."""

    model_config = ConfigDict(extra="forbid")

    subject: str | None = Field(None, description="Email subject line or push title; null for SMS.")
    body: str = Field(description="The message body, plain text.")
    cta: str | None = Field(None, description="Call-to-action button label; null for SMS.")
    claim_ids: list[str] = Field(
        default_factory=list, description="Ids of the approved claims quoted in the copy."
    )
    creative: CreativeCopy | None = Field(
        None, description="The writer's creative part it was framed from (None: not framed)."
    )


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(FRAME_DIR),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def frame_hash() -> str:
    """SHA-256 over the frame templates, recorded with every framed message."""
    digest = hashlib.sha256()
    for path in sorted(FRAME_DIR.glob("*.j2")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return "sha256:" + digest.hexdigest()


def _render(name: str, **values: object) -> str:
    text = _environment().get_template(f"{name}.j2").render(**values)
    return re.sub(r"[ \t]+\n", "\n", re.sub(r"\n{3,}", "\n\n", text)).strip()


def clean_creative(text: str | None) -> str:
    """Creative text as data: links and template syntax removed, whitespace tidied.

    Args:
        text: What the writer sent.

    Returns:
        The text the frame may place (empty when nothing is left).
    """
    if not text:
        return ""
    text = _URL.sub("", text)
    text = _TEMPLATE_SYNTAX.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


def _stems(sentence: str) -> set[str]:
    words = (w for w in _WORD.findall(sentence.lower()) if w not in _STOPWORDS)
    return {re.sub(r"(able|ible|ing|ed|es|s)$", "", w) if len(w) > 4 else w for w in words}


def _covered(sentence: str, disclosure: str) -> bool:
    """Whether a terms sentence says nothing the disclosure does not (numbers included)."""
    if not set(_NUMBER.findall(sentence)) <= set(_NUMBER.findall(disclosure)):
        return False
    own = _stems(sentence)
    return bool(own) and len(own & _stems(disclosure)) / len(own) >= 0.6


def offer_terms(offer: BriefOffer, mode: TermsMode) -> str:
    """The offer's terms for a channel, with the disclosure, each condition said once.

    ``full`` keeps every sentence of the terms, ``short`` (SMS, push, fallback) the first; a
    later sentence that the disclosure already says (same words, same numbers) is left out,
    never the first, which states the offer.

    Args:
        offer: The offer in the brief.
        mode: ``full`` or ``short``.

    Returns:
        Terms and disclosure as one paragraph.
    """
    sentences = [s for s in _SENTENCE.split(offer.terms.strip()) if s]
    if mode == "short":
        sentences = sentences[:1]
    disclosure = (offer.disclosure or "").strip()
    if disclosure:
        sentences = sentences[:1] + [s for s in sentences[1:] if not _covered(s, disclosure)]
    return " ".join([*sentences, disclosure]).strip()


def _claims(brief: WritingBrief, ids: list[str], limit: int) -> list[BriefClaim]:
    by_id = {c.id: c for c in brief.claims}
    chosen = [by_id[i] for i in dict.fromkeys(ids) if i in by_id]
    return chosen[:limit]


def default_headline(brief: WritingBrief) -> str:
    """The headline when a writer gives none: the offer's name, or the brand's news."""
    return _render("email_subject", **brief.model_dump())


def assemble(
    brief: WritingBrief,
    creative: CreativeCopy,
    *,
    max_claims: int = 3,
    terms: TermsMode = "full",
    keep_creative: bool = True,
) -> DraftCopy:
    """Put one message together from the brief and the writer's creative part.

    Args:
        brief: The writing brief (the pack's text as of the send date).
        creative: The writer's headline, body and chosen claim ids.
        max_claims: At most this many of the chosen claims are placed.
        terms: ``full`` or ``short`` offer terms.
        keep_creative: False leaves the creative body out (a leaner variant).

    Returns:
        The assembled copy.
    """
    claims = _claims(brief, creative.claim_ids, max_claims)
    values = {
        **brief.model_dump(),
        "offer": brief.offer,
        "terms": offer_terms(brief.offer, terms) if brief.offer else "",
        "claims": claims,
        "creative": clean_creative(creative.body) if keep_creative else "",
    }
    headline = clean_creative(creative.headline) or default_headline(brief)
    channel = brief.channel
    if channel == "email":
        subject: str | None = headline
        body = _render("email_body", **values)
    elif channel == "sms":
        subject = None
        body = _render("sms_body", **values)
    else:
        subject = clean_creative(creative.headline) or _render("push_title", **values)
        body = _render("push_body", **values)
    return DraftCopy(
        subject=subject,
        body=body,
        cta=_render("cta", **values) if channel != "sms" else None,
        claim_ids=[c.id for c in claims],
        creative=creative,
    )


def without(creative: CreativeCopy, fields: set[str]) -> CreativeCopy:
    """The creative part with the elements at fault dropped (the frame's defaults stand in).

    Args:
        creative: What the writer sent.
        fields: Message fields a repeated violation pointed at: ``subject`` drops the headline;
            ``body`` (or an unknown field) drops the body and the chosen claims.

    Returns:
        The reduced creative part.
    """
    update: dict[str, object] = {}
    if "subject" in fields:
        update["headline"] = None
    if fields - {"subject", "cta"}:
        update.update(body="", claim_ids=[])
    return creative.model_copy(update=update)


def fits(brief: WritingBrief, copy: DraftCopy) -> bool:
    """Whether assembled copy is within the channel's length limits."""
    limits = brief.limits
    if copy.subject and len(copy.subject) > limits.get("subject_max_chars", 10**6):
        return False
    if len(copy.body) > limits.get("body_max_chars", 10**6):
        return False
    if brief.channel == "sms" and "sms_max_segments" in limits:
        return sms_size(copy.body).segments <= limits["sms_max_segments"]
    return True


def framed(brief: WritingBrief, creative: CreativeCopy, conservative: bool = False) -> DraftCopy:
    """The richest assembled variant that fits the channel's limits.

    Variants go from all chosen claims and the channel's terms (full in e-mail, short elsewhere)
    down to no claims, short terms and no creative body; the leanest is returned when none fits
    (the guardrail then says why).

    Args:
        brief: The writing brief.
        creative: The writer's creative part.
        conservative: The fallback: no claims, short terms.

    Returns:
        The copy.
    """
    first_terms: TermsMode = "full" if brief.channel == "email" and not conservative else "short"
    term_modes: list[TermsMode] = [first_terms, "short"] if first_terms == "full" else ["short"]
    claim_counts = [0] if conservative else sorted({len(creative.claim_ids), 2, 1, 0}, reverse=True)
    variants = [
        assemble(brief, creative, max_claims=count, terms=mode, keep_creative=keep)
        for keep in (True, False)
        for mode in term_modes
        for count in claim_counts
    ]
    for copy in variants:
        if fits(brief, copy):
            return copy
    return variants[-1]
