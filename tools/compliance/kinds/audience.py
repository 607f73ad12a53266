"""``audience``: recipients who must not get the message (age, region, exclusion flags).

The recipient's attributes come with the message (``message.recipient``: ``age``, ``region``,
``flags``). A rule scoped to offers (``params.offers``) applies only to messages carrying one of
them (``message.offer_id``): free shipping only to some regions, a trial never to former
subscribers. A rule scoped to products (``params.products``) applies only when the copy names
one of them, found the way every rule finds products (the catalogue's names and aliases), or
when its offer covers one, unless the copy names only the offer's other products ("Two <other
product>s under the tree? $30 off two or more kits": the message is about those it names).
A name inside wording the pack mandates word for word (an offer's conditions "for active
<product> members", another rule's disclosure) does not put the message in scope: the message
is not about that product. An offer that covers products the
pack's audience rules send to regions that exclude each other (a course licensed for one state
beside another state's course: "15% off any course") is not about any one of them: its products
put no message in scope of a region test, only the copy naming the product does (its age and
flag tests still apply). A recipient's hyphenated region
(``US-CA``) also answers to its country (``US``) and its subdivision code (``CA``); a rule's
``US-CA`` also matches a recipient written ``CA``. A recipient known only as the country of
a blocked region (``US`` for a rule blocking ``MA``) may live there: ``block_unknown_region``
decides, as for a recipient of unknown region (outside ``allowed_regions`` such a recipient is
already left out). Flags compare without regard to case, spaces
or hyphens (``Self-Excluded`` is ``self_excluded``).
"""

from __future__ import annotations

import re
from typing import cast

from nextbest.brand_context.models import AudienceRule, BrandPack
from nextbest.tools.compliance.kinds.base import CheckContext, RuleKeeper, violation
from nextbest.tools.compliance.kinds.required_element import US_STATES
from nextbest.tools.compliance.message import TextField
from nextbest.tools.compliance.required_text import inside_required
from nextbest.tools.compliance.verdict import Violation


def flag_key(flag: str) -> str:
    """A flag compared loosely: case folded, spaces and hyphens as underscores."""
    return re.sub(r"[\s-]+", "_", flag.strip().casefold())


def _fold(values: list[str]) -> frozenset[str]:
    return frozenset(v.strip().casefold() for v in values if v.strip())


def rule_regions(values: list[str]) -> frozenset[str]:
    """A rule's regions, case folded; ``US-MA`` also as its subdivision code ``MA``.

    A US state written in full (``New Jersey``) is its postal code (``nj``).

    Args:
        values: Regions as the rule writes them.

    Returns:
        The folded names, with each hyphenated code's subdivision added.
    """
    names: set[str] = set()
    for value in _fold(values):
        value = US_STATES.get(value, value)
        names.add(value)
        country, dash, subdivision = value.partition("-")
        if dash and country and subdivision:
            names.add(subdivision)
    return frozenset(names)


def region_names(region: str) -> frozenset[str]:
    """The names a recipient region answers to, case folded.

    ``US-CA`` (ISO 3166-2) is also ``US`` (its country) and ``CA`` (its subdivision code), so
    a rule may list either form; a US state written in full (``New Jersey``) is its code.

    Args:
        region: The recipient's region as the message gives it.

    Returns:
        The region itself and, for a hyphenated code, both of its parts.
    """
    folded = region.strip().casefold()
    folded = US_STATES.get(folded, folded)
    names = {folded}
    country, dash, subdivision = folded.partition("-")
    if dash and country and subdivision:
        names |= {country, subdivision}
    return frozenset(names)


_US_STATE_CODES = frozenset(US_STATES.values())
"""The folded postal codes of the US states: a rule region written ``FL`` is in ``us``."""


def countries_of(regions: frozenset[str]) -> frozenset[str]:
    """The countries holding folded subdivision regions: ``us`` for ``us-fl`` or ``fl``.

    Args:
        regions: Folded regions (:func:`~nextbest.tools.compliance.kinds.audience.rule_regions`).

    Returns:
        The folded country of each subdivision among them (a country itself adds none).
    """
    countries: set[str] = set()
    for region in regions:
        country, dash, subdivision = region.partition("-")
        if dash and country and subdivision:
            countries.add(country)
        elif region in _US_STATE_CODES:
            countries.add("us")
    return frozenset(countries)


def multi_region_offers(pack: BrandPack) -> frozenset[str]:
    """Offers covering products that the pack's audience rules send to disjoint regions.

    Two products whose ``allowed_regions`` share no region (``US`` and ``US-CA`` do share
    one) cannot both go to one recipient: an offer covering both is a catalogue-wide offer
    ("15% off any course"), used on whichever product the recipient may have, not an offer
    about either.

    Args:
        pack: The brand pack.

    Returns:
        The ids of such offers.
    """
    allowed: dict[str, list[frozenset[str]]] = {}
    for rule in pack.rules:
        if isinstance(rule, AudienceRule) and rule.params.allowed_regions:
            regions = rule_regions(rule.params.allowed_regions)
            for product in rule.params.products:
                allowed.setdefault(product, []).append(regions)
    found: set[str] = set()
    for offer in pack.offers:
        limits = [r for p in offer.products for r in allowed.get(p, [])]
        if any(not _overlap(a, b) for i, a in enumerate(limits) for b in limits[i + 1 :]):
            found.add(offer.id)
    return frozenset(found)


def _overlap(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two folded region lists share a region, a country holding the other's state."""
    return (
        not first.isdisjoint(second)
        or any(not region_names(r).isdisjoint(second) for r in first)
        or any(not region_names(r).isdisjoint(first) for r in second)
    )


class AudienceCheck(RuleKeeper[AudienceRule]):
    """Tests the recipient's age, region and flags against the rule."""

    def __init__(self, rule: AudienceRule, pack: BrandPack | None = None) -> None:
        """Fold the rule's regions and flags once.

        Args:
            rule: The rule.
            pack: The brand pack, to find offers that span regions (see
                :func:`multi_region_offers`); without it every offer's products count.
        """
        super().__init__(rule)
        params = rule.params
        self.blocked_regions = rule_regions(params.blocked_regions)
        self.allowed_regions = rule_regions(params.allowed_regions)
        self.blocked_within = countries_of(self.blocked_regions) - self.blocked_regions
        """Countries holding some blocked regions: a recipient known only as one of them may
        live in a blocked region, so ``block_unknown_region`` decides."""
        self.blocked_flags = frozenset(flag_key(f) for f in params.blocked_flags if f.strip())
        self.products = frozenset(params.products)
        self.offers = frozenset(params.offers)
        self.spanning = (
            multi_region_offers(pack)
            if pack is not None and self.products and self.allowed_regions
            else frozenset()
        )

    def in_scope(self, ctx: CheckContext) -> bool:
        """Whether the message carries one of the rule's offers and is about one of its products.

        Without ``offers`` any message (with or without an offer) passes the first test; without
        ``products``, the second. A message is about a product when the copy names it (outside
        mandated wording) or its offer covers it.
        """
        return self._scope(ctx) is not None

    def _scope(self, ctx: CheckContext) -> str | None:
        """Why the rule applies, or None when it does not.

        ``"all"``: every test applies. ``"offer"``: only a region-spanning offer's products
        bring the message in, so the region test does not apply (age and flags do).
        """
        if self.offers and ctx.message.offer_id not in self.offers:
            return None
        if not self.products:
            return "all"
        if any(
            hit.product.id in self.products
            and not inside_required(ctx, cast(TextField, hit.field), hit.start, hit.end)
            for hit in ctx.product_hits
        ):
            return "all"
        offer = ctx.pack.offer(ctx.message.offer_id) if ctx.message.offer_id else None
        if offer is not None and not self.products.isdisjoint(offer.products):
            if self._names_other_offer_products(ctx, frozenset(offer.products)):
                return None  # "Two <other kit>s? $30 off two or more kits": about those
            return "offer" if offer.id in self.spanning else "all"
        return None

    def _names_other_offer_products(self, ctx: CheckContext, covered: frozenset[str]) -> bool:
        """Whether the copy names the offer's products outside the rule (and none of the rule's).

        An offer on several products ("$25 off three or more boxes") promoted with only some of
        them named is about the ones named: the rule's products come in only when the copy
        names one (tested before) or names none of the offer's products at all.
        """
        return any(
            hit.product.id in covered
            and hit.product.id not in self.products
            and not inside_required(ctx, cast(TextField, hit.field), hit.start, hit.end)
            for hit in ctx.product_hits
        )

    def check(self, ctx: CheckContext) -> list[Violation]:
        """One violation per failed test (age, region, flags) when the rule is in scope."""
        scope = self._scope(ctx)
        if scope is None:
            return []
        params = self.rule.params
        recipient = ctx.message.recipient
        age = recipient.age if recipient else None
        region = recipient.region if recipient else None
        flags = recipient.flags if recipient else []
        found: list[Violation] = []
        if params.min_age is not None or params.max_age is not None:
            if age is None:
                if params.block_unknown_age:
                    found.append(
                        violation(
                            self.rule,
                            "The recipient's age is not known, and this message is age-gated.",
                            evidence="no recipient age",
                            fix_hint="Send only to recipients whose age is verified.",
                        )
                    )
            elif params.min_age is not None and age < params.min_age:
                found.append(
                    violation(
                        self.rule,
                        f"The recipient is {age}, under the minimum age {params.min_age}.",
                        evidence=f"age {age}",
                        fix_hint=f"Send only to recipients aged {params.min_age} or over.",
                    )
                )
            elif params.max_age is not None and age > params.max_age:
                found.append(
                    violation(
                        self.rule,
                        f"The recipient is {age}, over the maximum age {params.max_age}.",
                        evidence=f"age {age}",
                        fix_hint=f"Send only to recipients aged {params.max_age} or under.",
                    )
                )
        if (self.blocked_regions or self.allowed_regions) and scope == "all":
            names = region_names(region) if region else None
            if names is None:
                if params.block_unknown_region:
                    found.append(
                        violation(
                            self.rule,
                            "The recipient's region is not known, and this message is limited "
                            "by region.",
                            evidence="no recipient region",
                            fix_hint="Send only to recipients whose region is known.",
                        )
                    )
            elif not names.isdisjoint(self.blocked_regions) or (
                self.allowed_regions and names.isdisjoint(self.allowed_regions)
            ):
                found.append(
                    violation(
                        self.rule,
                        f"The recipient's region {region!r} may not receive this message.",
                        evidence=f"region {region}",
                        fix_hint="Leave recipients in this region out of the audience.",
                    )
                )
            elif params.block_unknown_region and len(names) == 1 and names <= self.blocked_within:
                found.append(
                    violation(
                        self.rule,
                        f"The recipient's region is known only as {region!r}, which holds "
                        "regions this message may not reach.",
                        evidence=f"region {region}",
                        fix_hint="Send only to recipients whose state or province is known.",
                    )
                )
        hits = [f for f in flags if flag_key(f) in self.blocked_flags]
        if hits:
            found.append(
                violation(
                    self.rule,
                    f"The recipient is flagged {', '.join(repr(f) for f in hits)}.",
                    evidence=", ".join(hits),
                    fix_hint="Leave flagged recipients out of the audience.",
                )
            )
        return found
