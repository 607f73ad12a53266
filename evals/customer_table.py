"""Score a run on a hostile customer table against its ground truth (``expected.jsonl``).

The ground truth names every planted row by its physical line: its class (negative spend,
unsubscribed, hostile first name, …) and the handling a correct system must show
(``reject_row``, ``skip_line``, ``suppress_channel``, ``suppress_all``, ``no_profiling``,
``neutral_greeting``, ``blank_is_unknown``), with any ``also_acceptable`` alternatives. The
run's own outputs are the evidence: ``rejects.csv`` (line numbers) and ``outbox.jsonl`` (who got
what on which channel). A row is *mishandled* when the evidence shows none of the acceptable
handlings. Clean rows (not in the ground truth) must not be rejected, and nobody may get two
messages in one run.

Usage::

    python -m nextbest.evals.customer_table EXPECTED_JSONL RUN_FOLDER
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import typer
from pydantic import BaseModel, ConfigDict, Field

GREETING = re.compile(r"^\s*(?:Hi|Hello|Hey|Dear)\s+([^,\n!]*)[,!]", re.IGNORECASE)
"""The greeting of a message body or subject; group 1 is the name slot's text."""
NEUTRAL = "there"


class ExpectedRow(BaseModel):
    """One planted row of the ground truth."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    line: int
    customer_id: str | None = None
    column: str | None = None
    kind: str = Field(alias="class")
    expected: str
    channel: str | None = None
    value: str | None = None
    also_acceptable: list[str] = Field(default_factory=list)

    @property
    def acceptable(self) -> set[str]:
        """Every handling that counts as correct."""
        return {self.expected, *self.also_acceptable}


class RowVerdict(BaseModel):
    """How the run handled one planted row."""

    line: int
    kind: str
    expected: str
    observed: str
    ok: bool


class TableScore(BaseModel):
    """The run against the ground truth.

    Attributes:
        planted: Planted rows scored.
        mishandled: Planted rows whose handling is not acceptable.
        by_class: Per class, ``[handled, total]``.
        clean_rows_rejected: Lines not planted that the run rejected.
        messaged_twice: Customers with more than one message in the run.
        rejected_lines: Lines in the rejects file.
        messages: Messages in the outbox.
        failures: The mishandled rows.
    """

    planted: int
    mishandled: int
    by_class: dict[str, list[int]]
    clean_rows_rejected: int
    messaged_twice: int
    rejected_lines: int
    messages: int
    failures: list[RowVerdict]


def load_expected(path: str | Path) -> list[ExpectedRow]:
    """The planted rows of an ``expected.jsonl`` (its summary line is skipped)."""
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        if "line" in data:
            rows.append(ExpectedRow.model_validate(data))
    return rows


def score_run(expected: list[ExpectedRow], run_folder: str | Path) -> TableScore:
    """Compare a finished run's rejects and outbox with the ground truth.

    Args:
        expected: The planted rows.
        run_folder: ``runs/RUN_ID`` of the workspace (``rejects.csv``, ``outbox.jsonl``).

    Returns:
        The score, with every mishandled row.
    """
    folder = Path(run_folder)
    with (folder / "rejects.csv").open(encoding="utf-8", newline="") as handle:
        rejected = {int(r["row"]) for r in csv.DictReader(handle)}
    outbox = folder / "outbox.jsonl"
    messages = [json.loads(x) for x in outbox.read_text(encoding="utf-8").splitlines()] if (
        outbox.exists()
    ) else []
    by_customer: dict[str, list[dict]] = defaultdict(list)
    for message in messages:
        by_customer[str(message["customer_id"]).strip()].append(message)
    verdicts = [_judge(row, rejected, by_customer) for row in expected]
    classes: dict[str, list[int]] = {}
    for verdict in verdicts:
        tally = classes.setdefault(verdict.kind, [0, 0])
        tally[0] += int(verdict.ok)
        tally[1] += 1
    planted_lines = {row.line for row in expected}
    counts = Counter(str(m["customer_id"]).strip() for m in messages)
    return TableScore(
        planted=len(verdicts),
        mishandled=sum(not v.ok for v in verdicts),
        by_class=dict(sorted(classes.items())),
        clean_rows_rejected=len(rejected - planted_lines),
        messaged_twice=sum(1 for n in counts.values() if n > 1),
        rejected_lines=len(rejected),
        messages=len(messages),
        failures=[v for v in verdicts if not v.ok],
    )


def _judge(
    row: ExpectedRow, rejected: set[int], by_customer: dict[str, list[dict]]
) -> RowVerdict:
    acceptable = row.acceptable
    if row.line in rejected:
        return _verdict(row, "reject_row", "reject_row" in acceptable)
    sent = by_customer.get((row.customer_id or "").strip(), []) if row.customer_id else []
    channels = sorted({m["channel"] for m in sent})
    observed = f"processed; messaged on {channels}" if sent else "processed; no message"
    if row.expected == "reject_row" and not acceptable - {"reject_row"}:
        return _verdict(row, observed, False)
    if row.expected == "skip_line":
        return _verdict(row, observed, not sent)
    if row.expected == "suppress_channel":
        ok = row.channel not in channels or (
            "suppress_all" in acceptable and not sent
        )
        return _verdict(row, observed, ok)
    if row.expected in ("suppress_all", "no_profiling"):
        return _verdict(row, observed, not sent)
    if row.expected == "neutral_greeting":
        return _verdict(row, observed, all(_neutral(m, row.value) for m in sent))
    if row.expected == "blank_is_unknown":
        return _verdict(row, observed, True)  # processed, not rejected
    if row.expected == "reject_row":  # alternatives such as neutral_greeting or field_unknown
        if "neutral_greeting" in acceptable:
            return _verdict(row, observed, all(_neutral(m, row.value) for m in sent))
        if "suppress_channel" in acceptable:
            return _verdict(row, observed, row.channel not in channels)
        return _verdict(row, observed, "field_unknown" in acceptable)
    return _verdict(row, observed, False)


def _neutral(message: dict, value: str | None) -> bool:
    """Whether a message greets neutrally and carries none of the planted value."""
    for field in ("subject", "body", "cta"):
        text = message.get(field) or ""
        greeting = GREETING.match(text)
        if greeting and greeting.group(1).strip() != NEUTRAL:
            return False
        planted = (value or "").strip()
        if len(planted) >= 8 and planted in text:
            return False
    return True


def _verdict(row: ExpectedRow, observed: str, ok: bool) -> RowVerdict:
    return RowVerdict(
        line=row.line, kind=row.kind, expected=row.expected, observed=observed, ok=ok
    )


def main() -> None:
    """Print the score of a run folder against a ground-truth file, as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("expected", type=Path, help="the table's expected.jsonl")
    parser.add_argument("run_folder", type=Path, help="the workspace's runs/RUN_ID folder")
    args = parser.parse_args()
    score = score_run(load_expected(args.expected), args.run_folder)
    typer.echo(json.dumps(score.model_dump(mode="json"), indent=2))


if __name__ == "__main__":
    main()
