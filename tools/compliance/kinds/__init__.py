"""One module per rule kind; :func:`compile_rule` turns a pack rule into its check."""

from __future__ import annotations

from nextbest.brand_context.models import (
    AudienceRule,
    BannedPhraseRule,
    BrandPack,
    CapitalsRule,
    CaseSensitiveTermRule,
    ClaimGroundingRule,
    ConsentRule,
    DisclosureRule,
    LanguageRule,
    LengthLimitRule,
    LinkPolicyRule,
    OfferTermsRule,
    PersonalDataRule,
    ProductFactsRule,
    QuietHoursRule,
    RequiredElementRule,
    Rule,
    SubjectHonestyRule,
    UrgencyRule,
)
from nextbest.tools.compliance.kinds.audience import AudienceCheck
from nextbest.tools.compliance.kinds.banned_phrase import BannedPhraseCheck
from nextbest.tools.compliance.kinds.base import CheckContext, ClaimIndex, RuleCheck, SharedPatterns
from nextbest.tools.compliance.kinds.capitals import CapitalsCheck
from nextbest.tools.compliance.kinds.case_sensitive_term import CaseSensitiveTermCheck
from nextbest.tools.compliance.kinds.claim_grounding import ClaimGroundingCheck
from nextbest.tools.compliance.kinds.consent import ConsentCheck
from nextbest.tools.compliance.kinds.disclosure import DisclosureCheck
from nextbest.tools.compliance.kinds.language import LanguageCheck
from nextbest.tools.compliance.kinds.length_limit import LengthLimitCheck
from nextbest.tools.compliance.kinds.link_policy import LinkPolicyCheck
from nextbest.tools.compliance.kinds.offer_terms import OfferTermsCheck
from nextbest.tools.compliance.kinds.personal_data import PersonalDataCheck
from nextbest.tools.compliance.kinds.product_facts import ProductFactsCheck
from nextbest.tools.compliance.kinds.promotion_free import PromotionFree
from nextbest.tools.compliance.kinds.quiet_hours import QuietHoursCheck
from nextbest.tools.compliance.kinds.required_element import RequiredElementCheck
from nextbest.tools.compliance.kinds.subject_honesty import SubjectHonestyCheck
from nextbest.tools.compliance.kinds.urgency import UrgencyCheck
from nextbest.tools.compliance.verb_forms import with_imperatives

__all__ = ["CheckContext", "ClaimIndex", "RuleCheck", "SharedPatterns", "compile_rule"]


def compile_rule(rule: Rule, pack: BrandPack) -> RuleCheck:
    """The compiled check for one rule (patterns compiled once, reused for every message).

    Args:
        rule: A brand pack rule of any kind.
        pack: The pack the rule belongs to.

    Returns:
        An object with ``rule_id`` and ``check(ctx) -> list[Violation]``.
    """
    match rule:
        case BannedPhraseRule():
            return BannedPhraseCheck(rule, pack)
        case RequiredElementRule():
            return RequiredElementCheck(rule, pack)
        case LengthLimitRule():
            return LengthLimitCheck(rule)
        case ClaimGroundingRule():
            return ClaimGroundingCheck(rule, pack)
        case OfferTermsRule():
            return OfferTermsCheck(rule, pack)
        case QuietHoursRule():
            return QuietHoursCheck(rule)
        case ConsentRule():
            return ConsentCheck(rule)
        case LinkPolicyRule():
            return LinkPolicyCheck(rule, pack)
        case DisclosureRule():
            promotion_free = PromotionFree(rule, pack) if rule.params.no_promotion else None
            return DisclosureCheck(with_imperatives(rule, pack), promotion_free)
        case UrgencyRule():
            return UrgencyCheck(rule, pack)
        case PersonalDataRule():
            return PersonalDataCheck(rule, pack)
        case SubjectHonestyRule():
            return SubjectHonestyCheck(rule, pack)
        case CapitalsRule():
            return CapitalsCheck(rule, pack)
        case CaseSensitiveTermRule():
            return CaseSensitiveTermCheck(rule, pack)
        case AudienceRule():
            return AudienceCheck(rule, pack)
        case LanguageRule():
            return LanguageCheck(rule, pack)
        case ProductFactsRule():
            return ProductFactsCheck(rule, pack)
    raise TypeError(f"unsupported rule kind: {type(rule).__name__}")
