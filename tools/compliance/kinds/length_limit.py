"""``length_limit``: characters per field, and SMS segments with GSM-7 / UCS-2 awareness."""

from __future__ import annotations

from nextbest.brand_context.models import LengthLimitRule
from nextbest.tools.compliance.kinds.base import CheckContext, RuleKeeper, violation
from nextbest.tools.compliance.sms import sms_size
from nextbest.tools.compliance.verdict import Violation


class LengthLimitCheck(RuleKeeper[LengthLimitRule]):
    """Checks ``max_chars`` (code points) and, on SMS, ``max_segments``."""

    def check(self, ctx: CheckContext) -> list[Violation]:
        """Violations when the field is longer than allowed."""
        params = self.rule.params
        text = ctx.message.text_of(params.field)
        found: list[Violation] = []
        if params.max_chars is not None and len(text) > params.max_chars:
            found.append(
                violation(
                    self.rule,
                    f"The {params.field} is {len(text)} characters; the limit is "
                    f"{params.max_chars}.",
                    field=params.field,
                    span=(params.max_chars, len(text)),
                    evidence=text[params.max_chars :],
                    fix_hint=f"Shorten the {params.field} by {len(text) - params.max_chars} "
                    "characters.",
                )
            )
        if params.max_segments is not None and text:
            size = sms_size(text)
            if size.segments > params.max_segments:
                hint = f"Shorten the {params.field} to {params.max_segments} segment(s)"
                if size.offending is not None:
                    hint += (
                        f"; {size.offending!r} forces UCS-2 encoding (70 characters per "
                        "segment), replacing it would allow GSM-7 (160)"
                    )
                found.append(
                    violation(
                        self.rule,
                        f"The {params.field} needs {size.segments} SMS segments "
                        f"({size.encoding}, {size.units} units); the limit is "
                        f"{params.max_segments}.",
                        field=params.field,
                        evidence=f"{size.encoding}, {size.units} units, {size.segments} segments",
                        fix_hint=hint + ".",
                    )
                )
        return found
