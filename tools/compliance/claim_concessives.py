"""Concessive superlatives: "even the best tyre", said of any thing of a kind.

"Even the best helmet can't prevent every injury", "auch der beste Helm ersetzt keine
Vorsicht", "selv den beste jakka": the superlative after *even* picks no product out; it
concedes that any thing of the kind, the best included, has a limit. The sentence warns; it
ranks nothing of the brand's against anyone. "Our best helmet yet" and "der beste Helm im
Test" stay rankings (no *even* before them).

Read in English, German, Norwegian, Danish, Swedish, Dutch, French, Spanish and Italian
copy. The pattern runs on the skeleton view and is added to the claim grounding rule's
exceptions of superlatives (see :mod:`~nextbest.tools.compliance.claim_senses`).
"""

from __future__ import annotations

_EVEN = (
    r"(?:even|auch|selbst|sogar|selv|till och med|zelfs|meme|incluso|hasta|anche|perfino|"
    r"persino)"
)
"""*Even* in the languages read (case and accents folded)."""

_SUPERLATIVE = (
    r"(?:the (?:very )?(?:best|finest|strongest|safest|toughest|most [a-z]+)"
    r"|(?:der|die|das|den|dem|des) (?:aller)?(?:beste|besten|sicherste|sichersten|starkste|"
    r"starksten)"
    r"|(?:den|det|de) (?:aller )?(?:beste|bedste|basta|sikreste|sterkeste)"
    r"|(?:de|het) (?:aller)?(?:beste|veiligste|sterkste)"
    r"|(?:le|la|les) (?:meilleure?s?|plus [a-z]+)"
    r"|(?:el|la|los|las) (?:mejor|mejores|mas [a-z]+)"
    r"|(?:il|la|i|le) (?:migliore|migliori|piu [a-z]+))"
)
"""A definite superlative: "the best", "der beste", "den beste", "le meilleur"."""

CONCESSIVE_PATTERN = rf"(?<![a-z0-9]){_EVEN} {_SUPERLATIVE}(?![a-z0-9])"
"""*Even* before a definite superlative: "even the best tyre", "auch der beste Reifen"."""
