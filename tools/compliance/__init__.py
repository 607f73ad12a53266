"""The compliance rule engine: normalisation, rule kinds, messages and verdicts."""

from nextbest.tools.compliance.engine import RuleEngine, pack_content_hash
from nextbest.tools.compliance.message import Message
from nextbest.tools.compliance.verdict import Verdict, Violation

__all__ = ["Message", "RuleEngine", "Verdict", "Violation", "pack_content_hash"]
