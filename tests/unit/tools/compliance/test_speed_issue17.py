"""Issue 17 speed: work the engine does once per pack is never redone per message."""

from __future__ import annotations

import gc

import pytest
from compliance_helpers import DAY, build_pack, rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import required_text
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.compliance.message import Message


def _mandating_pack(index: int) -> BrandPack:
    """A pack whose disclosure rule mandates a wording of its own."""
    return build_pack(
        [
            rule(
                f"r{index}",
                "disclosure",
                {
                    "trigger_phrases": ["cold brew"],
                    "required_any": [f"Cold brew batch {index} is roasted in Bangor."],
                },
            )
        ]
    )


def test_mandated_wording_is_compiled_once_per_live_pack(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    packs = [_mandating_pack(i) for i in range(150)]  # more brands than any fixed bound
    engines = [RuleEngine(pack) for pack in packs]
    compiled: list[object] = []
    original = required_text.compile_phrases

    def counting(phrases: list[str], *, obfuscation: bool = True) -> object:
        compiled.append(phrases)
        return original(phrases, obfuscation=obfuscation)

    monkeypatch.setattr(required_text, "compile_phrases", counting)
    message = Message(channel="sms", body="Cold brew is back. Reply STOP to opt out.")
    for _ in range(2):  # brands taking turns, as a batch over many brands does
        for engine in engines:
            engine.check(message, as_of=DAY)
    assert compiled == []  # every engine compiled its pack's wording when it was built
    first = required_text.required_pattern(packs[0])
    assert first is not None and first.search("cold brew batch 0 is roasted in bangor")


def test_a_collected_pack_leaves_the_mandated_wording_cache() -> None:
    pack = _mandating_pack(7)
    key = id(pack)
    assert required_text.required_pattern(pack) is not None
    assert key in required_text._patterns
    del pack
    gc.collect()
    assert key not in required_text._patterns
