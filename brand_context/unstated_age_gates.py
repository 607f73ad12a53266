"""Age-gated audience rules that block recipients of unknown age without saying so.

An ``audience`` rule with ``min_age`` or ``max_age`` blocks a recipient whose age is not known
unless the pack writes ``block_unknown_age: false``: an age gate cannot clear someone whose age
nobody checked. That default is right for alcohol or credit, and it is also the one an officer
most often relies on without knowing it: a rulebook line "no marketing to anyone under 18" reads
as "never to a known minor", yet with a customer table that carries no age (or a ``nextbest
check`` without a recipient) every message of the brand blocks. ``nextbest kb validate`` and
``kb import`` list each such rule as a warning, so the choice is made in the pack, where a
checker can see it: ``block_unknown_age: true`` keeps the strict reading and silences the
warning, ``false`` lets recipients of unknown age through.
"""

from __future__ import annotations

from dataclasses import dataclass

from nextbest.brand_context.models import AudienceParams, BrandPack


@dataclass(frozen=True)
class UnstatedAgeGate:
    """An age-gated audience rule that relies on the default for recipients of unknown age.

    Attributes:
        rule_id: The rule's id.
        min_age: Its youngest allowed age, if any.
        max_age: Its oldest allowed age, if any.
    """

    rule_id: str
    min_age: int | None
    max_age: int | None

    def message(self) -> str:
        """One line for the officer, naming the rule and both ways to settle it.

        Returns:
            The warning text.
        """
        limits = [
            f"min_age {self.min_age}" if self.min_age is not None else "",
            f"max_age {self.max_age}" if self.max_age is not None else "",
        ]
        gate = " and ".join(limit for limit in limits if limit)
        return (
            f"rule {self.rule_id}: {gate} blocks every message whose recipient's age is not "
            "known (block_unknown_age defaults to true); write block_unknown_age: true to keep "
            "that, or false if ages are checked before sending"
        )


def find_unstated_age_gates(pack: BrandPack) -> list[UnstatedAgeGate]:
    """The pack's age-gated audience rules that do not say what an unknown age does.

    Args:
        pack: A validated brand pack.

    Returns:
        One entry per audience rule with ``min_age`` or ``max_age`` and no explicit
        ``block_unknown_age``, in the pack's order.
    """
    found: list[UnstatedAgeGate] = []
    for rule in pack.rules:
        params = rule.params
        if not isinstance(params, AudienceParams):
            continue
        gated = params.min_age is not None or params.max_age is not None
        if gated and "block_unknown_age" not in params.model_fields_set:
            found.append(UnstatedAgeGate(rule.id, params.min_age, params.max_age))
    return found
