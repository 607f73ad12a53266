"""The compliance rule engine: normalisation, rule kinds, messages and verdicts."""

from tools.compliance.engine import RuleEngine, pack_content_hash
from tools.compliance.message import Message
from tools.compliance.verdict import Verdict, Violation

__all__ = ["Message", "RuleEngine", "Verdict", "Violation", "pack_content_hash"]
