"""The offline composer: deterministic copy from approved material only, no LLM.

With no API key the composer is the writer; with one it is the fallback. Its creative part is the
brand's own voice (the pack's first example line) and the offer's name as the headline; the
message frame (:mod:`nextbest.agents.frame`) adds everything else from the brief — offer terms
with their disclosure, approved claims word for word, the required elements — and picks the
richest variant that fits the channel's limits. Nothing in it is specific to one brand: every
word comes from the brand pack.
"""

from __future__ import annotations

from nextbest.agents.brief import WritingBrief
from nextbest.agents.frame import CreativeCopy, DraftCopy, frame_hash, framed

COMPOSER_NAME = "composer"
FALLBACK_NAME = "fallback-template"


def templates_hash() -> str:
    """SHA-256 over the frame's copy templates, recorded with every composed message."""
    return frame_hash()


def voice_creative(brief: WritingBrief, with_claims: bool = True) -> CreativeCopy:
    """The composer's creative part: the brand's first example line, its claims if allowed."""
    lines = brief.voice.get("example_lines") or []
    return CreativeCopy(
        headline=None,
        body=str(lines[0]) if lines else "",
        claim_ids=[c.id for c in brief.claims] if with_claims else [],
    )


class Composer:
    """Writes copy from the brief through the message frame; deterministic and offline.

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
        """Compose a draft; a revision drops the claims (the next more conservative variant).

        Args:
            brief: The writing brief.
            revision: Guardrail instructions (a revision cites no claims).
            previous: The draft being revised (unused: the composer is deterministic).

        Returns:
            The richest variant that fits the channel's limits.
        """
        creative = voice_creative(brief, with_claims=not (revision or self.conservative))
        return framed(brief, creative, conservative=self.conservative)
