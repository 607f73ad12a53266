"""``consent``: the recipient holds the consent the channel needs and has not objected."""

from __future__ import annotations

from nextbest.brand_context.models import ConsentRule
from nextbest.tools.compliance.kinds.base import CheckContext, RuleKeeper, violation
from nextbest.tools.compliance.message import CONSENT_ORDER
from nextbest.tools.compliance.verdict import Violation


class ConsentCheck(RuleKeeper[ConsentRule]):
    """Compares the message's consent level with the rule's requirement."""

    def check(self, ctx: CheckContext) -> list[Violation]:
        """Violations for missing or too-weak consent, and for an objection to profiling."""
        params = self.rule.params
        found: list[Violation] = []
        held = ctx.message.consent
        if held is None or CONSENT_ORDER[held] < CONSENT_ORDER[params.required]:
            found.append(
                violation(
                    self.rule,
                    f"The recipient's consent ({held or 'unknown'}) does not meet the "
                    f"{params.required} required on {ctx.message.channel}.",
                    evidence=f"consent={held or 'unknown'}",
                    fix_hint=f"Send only to recipients with {params.required} consent.",
                )
            )
        if params.objection_blocks and ctx.message.objected_to_profiling:
            found.append(
                violation(
                    self.rule,
                    "The recipient objected to profiling; targeted marketing is not allowed.",
                    evidence="objected_to_profiling=true",
                    fix_hint="Remove the recipient from targeted sends.",
                )
            )
        return found
