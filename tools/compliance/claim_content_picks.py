"""The brand's own content ranked by its readers' use: "our most-read guides".

"Our most popular budget planners", "this month's most-read articles", "the most-watched videos on
our channel": the superlative ranks pieces of the brand's free content (guides, articles,
calculators, recipes) against each other by how often readers use them. It ranks nothing the
brand sells against anyone, like an editor's pick of the week's best stories (see
:mod:`~nextbest.tools.compliance.claim_senses`). "Our most popular plan", "the most trusted
brand" and "the most popular fund in Australia" stay rankings.

The pattern runs on the skeleton view and is added to the claim grounding rule's exceptions
of superlatives.
"""

from __future__ import annotations

_PIECES = (
    "guides", "articles", "posts", "blog posts", "stories", "reads", "calculators", "planners",
    "checklists", "templates", "worksheets", "quizzes", "recipes", "videos", "podcasts",
    "episodes", "webinars", "tutorials", "how tos", "explainers", "newsletters", "pages",
)  # fmt: skip
"""Plural nouns of content pieces a brand publishes for readers."""

_USE = r"(?:popular|read|viewed|watched|shared|downloaded|visited|used|clicked|listened to)"
"""How readers' use of a piece is measured."""

CONTENT_PICK_PATTERN = (
    r"(?<![a-z0-9])(?:our|the|this (?:week|month|year) s|last (?:week|month|year) s) "
    r"(?:\d+ )?most " + _USE + r" (?:[a-z]+ )?(?:" + "|".join(_PIECES) + r")(?![a-z0-9])"
    r"(?! (?:in|of) (?:the )?(?:country|market|industry|australia|canada|britain|uk|us|world))"
)
"""A superlative of use before a plural of content pieces: "our most-read guides"."""
