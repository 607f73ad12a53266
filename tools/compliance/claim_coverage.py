"""Coverage promises: "with Medicare, it could cost you nothing" is a coverage claim.

Saying that a payer (health insurance, Medicare, Medicaid, a health plan, the NHS) pays for a
product in full, so that it costs the reader nothing, promises coverage the reader's plan may
not give: "may cost you nothing with Medicaid", "free with your insurance", "$0 with
Medicaid", "100% covered by insurance", "fully covered by your plan". It needs an approved
wording, like the coverage statements packs approve as service claims ("Medicare Part B covers
CPAP machines …"), and it is a price statement as well, so the trigger is read under both
categories. A zero cost tied to no payer ("at no cost to you", a free offer) is another matter,
for the offer rules.
The patterns read the skeleton view (case folded, punctuation as spaces).
"""

from __future__ import annotations

from nextbest.brand_context.models import ClaimCategory

_PAYER = (
    r"(?:(?:your |their |the )?(?:health |private |dental |vision )?(?:insurance|insurer|"
    r"insurers|health plan|insurance plan)|medicare(?: part [a-d])?|medicaid|"
    r"tricare|the nhs|nhs)"
)
_ZERO = (
    r"(?:cost(?:s|ing)? (?:you |them )?(?:nothing|zero|0|no money)|"
    r"0 (?:out of pocket|copay|co pay)|pay nothing|no out of pocket(?: cost| costs)?)"
)
_FREE = r"(?:(?:is|are|be|it s|they re) free|free of charge)"
"""Free as what the product is ("it's free"), not a free extra ("free delivery")."""

COVERAGE_PATTERNS: tuple[str, ...] = (
    # "with Medicare, a new CPAP could cost you nothing", "through your insurance, it's free"
    rf"(?<![a-z0-9])(?:with|through|via|under|thanks to) {_PAYER} (?:[a-z0-9]+ ){{0,10}}?"
    rf"(?:{_ZERO}|{_FREE})(?![a-z0-9])",
    # "costs you nothing with Medicaid", "free with your insurance", "$0 with Medicaid"
    rf"(?<![a-z0-9])(?:{_ZERO}|free|[$£€]0) (?:(?:at all|for you|for most) )?(?:with|through|via|"
    rf"under|thanks to) {_PAYER}(?![a-z0-9])",
    # "100% covered by insurance", "fully covered by your plan", "Medicare pays for it in full"
    rf"(?<![a-z0-9])(?:100 ?%?|fully|completely|entirely|totally) covered (?:by|through|under) "
    rf"{_PAYER}(?![a-z0-9])",
)
"""A zero cost to the reader tied to a payer, or full coverage by one."""

COVERAGE_TRIGGERS: dict[ClaimCategory, tuple[str, ...]] = {
    ClaimCategory.SERVICE: COVERAGE_PATTERNS,
    ClaimCategory.PRICE: COVERAGE_PATTERNS,
}
"""Per category, trigger patterns added to the built-in ones."""
