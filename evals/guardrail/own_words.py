"""A pack's own approved words must never be what blocks a message (issue 17 self-check).

Every wording a compliance officer approved — claim texts and variants (with their
disclaimers), offer terms (with the offer attached) and their per-channel forms, standing
statements, non-claim phrases, disclosure wordings and product names — is put as a new first
paragraph into messages the pack's own cases label ``pass``. A block rule that fires on the
new message but not on the original is a finding: the engine read the brand's own approved
words as a violation. Wordings not usable on the message's date or channel are skipped;
``length_limit`` and ``disclosure`` are not counted (adding a paragraph to an SMS may make it
too long; naming a product may call for its label), nor a scoped claim said of another product.

```bash
python -m nextbest.evals.guardrail.own_words evals/guardrail/new_brands   # --json
```
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import typer

from nextbest.brand_context.ingest import load_pack
from nextbest.brand_context.models import BrandPack, DisclosureRule
from nextbest.evals.guardrail.cli import brand_folders
from nextbest.evals.guardrail.runner import Case, load_cases
from nextbest.tools.compliance.engine import RuleEngine
from nextbest.tools.compliance.kinds.claim_validity import claim_problem
from nextbest.tools.compliance.message import Message

IGNORED_KINDS: frozenset[str] = frozenset({"length_limit", "disclosure"})
"""Rule kinds a longer message may trip for reasons other than the words being wrong: its
length, and a disclosure the added words call for (naming a product that needs a label)."""
IGNORED_CODES: frozenset[str] = frozenset({"claim.wrong_product"})
"""Findings that are right: a claim scoped to one product added to a message about another."""


@dataclass(frozen=True)
class Wording:
    """One approved wording of a pack.

    Attributes:
        source: Where it comes from: ``claim``, ``offer``, ``statement``, ``non_claim``,
            ``disclosure`` or ``product``.
        entry_id: The entry's id (the phrase itself for non-claim phrases).
        text: The paragraph put into the message.
        offer_id: The offer to attach (offers only).
        channels: Channels the wording is approved for (None: every channel).
    """

    source: str
    entry_id: str
    text: str
    offer_id: str | None = None
    channels: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Finding:
    """An approved wording that made a passing message block.

    Attributes:
        brand: Brand folder name (or the pack's brand name).
        case_id: The passing case the wording was added to.
        source: Where the wording comes from.
        entry_id: The entry's id.
        rules: Block rule ids that fired only with the wording.
        text: The wording.
    """

    brand: str
    case_id: str
    source: str
    entry_id: str
    rules: tuple[str, ...]
    text: str


def approved_wordings(pack: BrandPack) -> Iterator[Wording]:
    """Every approved wording of ``pack``, one paragraph each.

    Args:
        pack: The brand pack.

    Yields:
        Wordings, claims first.
    """
    for claim in pack.claims:
        for text in (claim.text, *claim.variants):
            full = f"{text} {claim.disclaimer}" if claim.disclaimer else text
            yield Wording("claim", claim.id, full, channels=tuple(claim.channels))
    for offer in pack.offers:
        yield Wording("offer", offer.id, offer.terms, offer.id, tuple(offer.channels))
        for channel, text in offer.disclosure_by_channel.items():
            yield Wording("offer", offer.id, text, offer.id, (channel,))
    for statement in pack.standing_statements:
        if statement.in_force:
            yield Wording(
                "statement", statement.id, statement.text, None, tuple(statement.channels)
            )
    for phrase in pack.non_claim_phrases:
        yield Wording("non_claim", phrase, f"{phrase}.")
    for rule in pack.rules:
        if isinstance(rule, DisclosureRule):
            for text in rule.params.required_any:
                yield Wording("disclosure", rule.id, text)
    for product in pack.products:
        if product.in_force:
            for name in product.names:
                yield Wording("product", product.id, f"Meet {name}.")


def _with_wording(message: Message, wording: Wording) -> Message:
    """``message`` with ``wording`` as its first paragraph (and its offer attached)."""
    update: dict[str, object] = {"body": f"{wording.text}\n\n{message.body}"}
    if wording.offer_id is not None:
        update["offer_id"] = wording.offer_id
    return message.model_copy(update=update)


def _blocking(engine: RuleEngine, pack: BrandPack, message: Message, case: Case) -> set[str]:
    """Block rule ids that fire on ``message`` (ignored kinds left out)."""
    verdict = engine.check(message, as_of=case.as_of)
    kinds = {rule.id: rule.kind for rule in pack.rules}
    return {
        v.rule_id
        for v in verdict.violations
        if v.severity == "block"
        and kinds.get(v.rule_id) not in IGNORED_KINDS
        and v.code not in IGNORED_CODES
    }


def _usable(pack: BrandPack, wording: Wording, message: Message, case: Case) -> bool:
    """Whether ``wording`` may be used on the message's channel and date."""
    if wording.channels is not None and message.channel not in wording.channels:
        return False
    day = case.as_of or (message.send_time.date() if message.send_time else None)
    if day is None:
        return True
    entry = (
        pack.offer(wording.offer_id)
        if wording.source == "offer" and wording.offer_id
        else pack.claim(wording.entry_id)
        if wording.source == "claim"
        else None
    )
    return entry is None or claim_problem(entry, day, message.channel) is None


def own_word_findings(pack: BrandPack, cases: list[Case], brand: str = "") -> list[Finding]:
    """Approved wordings that make a passing message of the pack's own cases block.

    Args:
        pack: The brand pack.
        cases: Its labelled cases; those labelled ``pass`` without an offer are the bases.
        brand: The name findings are reported under (the pack's brand name when empty).

    Returns:
        One finding per wording and base message where a new block rule fired.
    """
    engine = RuleEngine(pack)
    name = brand or pack.brand.name
    bases = [c for c in cases if c.expected == "pass" and c.message.offer_id is None]
    findings: list[Finding] = []
    for case in bases:
        before = _blocking(engine, pack, case.message, case)
        for wording in approved_wordings(pack):
            if not _usable(pack, wording, case.message, case):
                continue
            after = _blocking(engine, pack, _with_wording(case.message, wording), case)
            if new := after - before:
                findings.append(
                    Finding(
                        name, case.id, wording.source, wording.entry_id, tuple(sorted(new)),
                        wording.text,
                    )
                )  # fmt: skip
    return findings


def brands_findings(root: Path) -> list[Finding]:
    """:func:`own_word_findings` for every brand folder under ``root``."""
    found: list[Finding] = []
    for folder in brand_folders(root):
        pack = load_pack(folder / "brand.yaml")
        found += own_word_findings(pack, load_cases(folder / "cases.jsonl"), folder.name)
    return found


def main(argv: list[str] | None = None) -> int:
    """Print the findings for a folder of brands; exit 1 when there is any."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("root", type=Path, help="a folder of brand folders (brand.yaml, cases)")
    parser.add_argument("--json", action="store_true", help="one JSON object per finding")
    args = parser.parse_args(argv)
    findings = brands_findings(args.root)
    for f in findings:
        if args.json:
            typer.echo(json.dumps(asdict(f)))
        else:
            rules = ",".join(f.rules)
            typer.echo(f"{f.brand} {f.case_id} {f.source}:{f.entry_id} → {rules}: {f.text}")
    if not args.json:
        typer.echo(f"{len(findings)} finding(s)")
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
