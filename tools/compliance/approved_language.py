"""The brand's approved claims as evidence of the language a message is written in.

A language rule judges the writer's copy with the pack's approved and mandated wording blanked
out, since a mandated line may be bilingual or in the law's language. But an approved claim
written in one of the allowed languages is the brand's selling copy in that language, which
the writer chose to use, not a legal line: a message that opens with its claims in the
required language and then gives a short version in another ("Nos pistes sont damées chaque
nuit. … --- Our slopes are groomed every night.") is bilingual, not written in the other
language. Those claims therefore vote for the allowed languages, and never for another one (a
claim approved in a foreign language does not make foreign copy allowed, nor allowed copy
foreign). Standing statements, disclaimers and required lines do not vote: they are often the
law's lines (a health warning, a waiting-period notice) put in the law's language above copy
written in another. Claims in the legal footer (a paragraph naming the brand's legal name or
address) do not vote either.
"""

from __future__ import annotations

from nextbest.tools.compliance.language_id import language_scores


def approved_votes(
    text: str,
    spans: list[tuple[int, int]],
    allowed: frozenset[str],
    footer: list[tuple[int, int]],
) -> float:
    """The function-word votes of the best allowed language in the approved claims.

    Args:
        text: The field's original text.
        spans: The approved claims found in it.
        allowed: The languages the message may be written in.
        footer: Spans of the field that are its legal footer.

    Returns:
        The votes (0.0 when no claim is written outside the footer).
    """
    kept = [
        text[start:end]
        for start, end in spans
        if not any(lo <= start and end <= hi for lo, hi in footer)
    ]
    if not kept:
        return 0.0
    return language_scores("\n".join(kept)).best(allowed)[1]
