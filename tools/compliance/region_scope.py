"""Rules that apply only to recipients in (or outside) some regions.

Any rule may carry ``regions`` (only for recipients there), ``except_regions`` (not for
recipients there) and ``unknown_region`` (``apply`` or ``skip`` when the recipient's region is
not known). The engine asks :meth:`RegionScope.covers` before it runs a scoped rule on a
message: a state's own SMS quiet hours, a higher minimum age in some states, a claim that may
be made only where a licence holds. Regions compare as audience rules compare them
(:func:`~nextbest.tools.compliance.kinds.audience.region_names`): a recipient ``US-FL`` is also
``US`` and ``FL``; a rule's ``US-FL`` also matches a recipient written ``FL``; a US state may
be written in full.

A recipient known only at a coarser level than the rule's regions (``US``, or a customer with
only a country, for a rule of ``FL``; ``CA`` for ``CA-QC``) may live in one of them: the
rule's ``unknown_region`` decides for them, as for a recipient of unknown region, both for
``regions`` (the rule may be theirs) and for ``except_regions`` (they may be exempt). A
subdivision's country is its code's prefix (``US-FL``, ``CA-QC``); a US state written alone
(``FL``, ``Florida``) is in ``US``.
"""

from __future__ import annotations

from dataclasses import dataclass

from nextbest.brand_context.models import BrandPack, Rule
from nextbest.tools.compliance.kinds.audience import countries_of, region_names, rule_regions


@dataclass(frozen=True)
class RegionScope:
    """The regions one rule is limited to, folded once when the engine is built.

    Attributes:
        regions: The only regions the rule applies to (folded); empty: every region.
        except_regions: Regions the rule never applies to (folded).
        unknown_applies: Whether the rule applies when the recipient's region is not known.
        regions_within: Countries holding some of ``regions`` (folded): a recipient known only
            as one of them is of unknown region.
        except_within: Countries holding some of ``except_regions`` (folded), likewise.
    """

    regions: frozenset[str]
    except_regions: frozenset[str]
    unknown_applies: bool
    regions_within: frozenset[str] = frozenset()
    except_within: frozenset[str] = frozenset()

    @classmethod
    def of(cls, rule: Rule) -> RegionScope | None:
        """The rule's region scope, or None when the rule applies in every region.

        Args:
            rule: A brand pack rule.

        Returns:
            The folded scope, or None for a rule without ``regions`` and ``except_regions``.
        """
        if not rule.regions and not rule.except_regions:
            return None
        regions = rule_regions(rule.regions)
        except_regions = rule_regions(rule.except_regions)
        return cls(
            regions,
            except_regions,
            rule.unknown_region == "apply",
            countries_of(regions) - regions,
            countries_of(except_regions) - except_regions,
        )

    def covers(self, region: str | None) -> bool:
        """Whether the rule applies to a recipient in ``region``.

        Args:
            region: The recipient's region (``message.recipient.region``), None when unknown.

        Returns:
            True when the recipient is in ``regions`` (or it is empty) and not in
            ``except_regions``; for an unknown region, or one known only as the country of
            some of those regions, ``unknown_applies``.
        """
        if region is None:
            return self.unknown_applies
        names = region_names(region)
        # a region of one name only ("US", not "US-GA") may be a country holding rule regions
        coarse = next(iter(names)) if len(names) == 1 else None
        if self.regions and names.isdisjoint(self.regions):
            return self.unknown_applies and coarse in self.regions_within
        if not names.isdisjoint(self.except_regions):
            return False
        if coarse in self.except_within:
            return self.unknown_applies  # "US" for a rule sparing "FL": maybe exempt
        return True


def region_scopes(pack: BrandPack) -> dict[str, RegionScope]:
    """Rule id → region scope, for the pack's rules limited by region (the others are absent).

    Args:
        pack: The brand pack.

    Returns:
        The scopes of the rules that carry ``regions`` or ``except_regions``.
    """
    scopes: dict[str, RegionScope] = {}
    for rule in pack.rules:
        scope = RegionScope.of(rule)
        if scope is not None:
            scopes[rule.id] = scope
    return scopes
