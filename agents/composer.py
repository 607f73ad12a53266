"""The offline composer: deterministic copy from approved material only, no LLM.

With no API key the composer is the writer; with one it is the fallback. It fills jinja2 copy
templates (``agents/copy_templates/*.j2``) with the brief — the offer's exact terms and
disclosure, approved claims word for word with their disclaimers, and the channel's required
elements — and then picks the richest variant that fits the channel's length limits. Nothing
in it is specific to one brand: every word comes from the brand pack.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

import jinja2

from nextbest.agents.brief import WritingBrief
from nextbest.agents.writer import DraftCopy
from nextbest.tools.compliance.sms import sms_size

TEMPLATES_DIR = Path(__file__).parent / "copy_templates"
COMPOSER_NAME = "composer"
FALLBACK_NAME = "fallback-template"


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def templates_hash() -> str:
    """SHA-256 over the copy templates, recorded with every composed message."""
    digest = hashlib.sha256()
    for path in sorted(TEMPLATES_DIR.glob("*.j2")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return "sha256:" + digest.hexdigest()


def _render(name: str, **values: object) -> str:
    text = _environment().get_template(f"{name}.j2").render(**values)
    return re.sub(r"[ \t]+\n", "\n", re.sub(r"\n{3,}", "\n\n", text)).strip()


def _first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return match.group(1) if match else text


def _fits(brief: WritingBrief, draft: DraftCopy) -> bool:
    limits = brief.limits
    if draft.subject and len(draft.subject) > limits.get("subject_max_chars", 10**6):
        return False
    if len(draft.body) > limits.get("body_max_chars", 10**6):
        return False
    if brief.channel == "sms" and "sms_max_segments" in limits:
        return sms_size(draft.body).segments <= limits["sms_max_segments"]
    return True


class Composer:
    """Writes copy from the brief with jinja2 templates; deterministic and offline.

    Args:
        conservative: Cite no claims and only the first sentence of the offer terms — the
            fallback template used when other drafts were blocked.
    """

    def __init__(self, conservative: bool = False) -> None:
        self.conservative = conservative
        self.name = FALLBACK_NAME if conservative else COMPOSER_NAME
        self.prompt_hash = templates_hash()

    def write(
        self,
        brief: WritingBrief,
        revision: str | None = None,
        previous: DraftCopy | None = None,
    ) -> DraftCopy:
        """Compose a draft; revisions fall back to the next more conservative variant.

        Args:
            brief: The writing brief.
            revision: Guardrail instructions (a revision drops claims and long terms).
            previous: The draft being revised (unused: the composer is deterministic).

        Returns:
            The richest variant that fits the channel's limits.
        """
        variants = list(self._variants(brief))
        if revision:
            variants = variants[1:] or variants
        for draft in variants:
            if _fits(brief, draft):
                return draft
        return variants[-1]

    def _variants(self, brief: WritingBrief) -> list[DraftCopy]:
        claim_counts = [0] if self.conservative else [2, 1, 0]
        term_modes = ["short"] if self.conservative else ["full", "short"]
        out = []
        for terms_mode in term_modes:
            for count in claim_counts:
                out.append(self._compose(brief, brief.claims[:count], terms_mode))
        return out

    def _compose(self, brief: WritingBrief, claims: list, terms_mode: str) -> DraftCopy:
        offer = brief.offer
        if offer is not None and terms_mode == "short":
            offer = offer.model_copy(update={"terms": _first_sentence(offer.terms)})
        values = {**brief.model_dump(), "offer": offer, "claims": claims}
        channel = brief.channel
        subject = None
        if channel == "email":
            subject = _render("email_subject", **values)
            body = _render("email_body", **values)
        elif channel == "sms":
            body = _render("sms_body", **values)
        else:
            subject = _render("push_title", **values)
            body = _render("push_body", **values)
        return DraftCopy(
            subject=subject,
            body=body,
            cta=_render("cta", **values) if channel != "sms" else None,
            claim_ids=[c.id for c in claims],
        )
