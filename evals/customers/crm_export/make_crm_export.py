"""Generate a hostile, realistic CRM contact export with its ground truth.

The file imitates what a marketing team actually hands over: a contact export from its CRM with
the CRM's own column names and conventions (``Contact ID``, ``Email Opt-In`` as ``true``/
``false``, ``SMS Consent`` as ``Y``/``N``/``express_written``, percentages from 0 to 100, US
dates of birth), written with a UTF-8 byte-order mark and Windows line endings, as spreadsheet
tools do. Among roughly 2,200 ordinary contacts it plants a few hundred bad or hostile rows —
impossible dates, negative or non-numeric numbers, blanks that are not zeros, duplicate and
missing ids, malformed addresses, unknown consent words and time zones, prompt-injection and
markup in first names, unsubscribes, complaints, do-not-contact, GDPR objections, minors — and a
few physically broken CSV lines written by hand.

Outputs (next to this file):

* ``crm_export.csv`` — the export.
* ``expected.jsonl`` — one object per planted row (physical line number, id, column, class,
  what a correct system must do and why), then one summary object.

Everything is derived from ``random.Random(20261202)`` and the fixed export date, so running the
script again produces byte-identical files. Standard library only (and typer to print).

The ordinary contacts and the CRM's conventions are in ``crm_contacts.py``, the planted rows
in ``crm_planted_rows.py``; this script lays the records out, numbers the physical lines and
writes both files.

Run::

    python evals/customers/crm_export/make_crm_export.py
"""

from __future__ import annotations

import csv
import io
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

import typer
from crm_contacts import (
    COLUMNS,
    EOL,
    EXPORT_DATE,
    Record,
    clean_contact,
    row_text,
    truth,
)
from crm_planted_rows import broken_records, plant_rows

SEED = 20261202


N_CLEAN = 2200


HERE = Path(__file__).resolve().parent


CSV_NAME = "crm_export.csv"


EXPECTED_NAME = "expected.jsonl"


BOM = "\ufeff"


def layout(rng: random.Random) -> tuple[list[Record], Record]:
    """Create all records in file order, plus the footer line.

    Args:
        rng: The generator's random source.

    Returns:
        ``(records, footer)``; the footer is the CRM's trailing summary line.
    """
    counter = iter(range(100001, 1_000_000))

    def fresh() -> dict[str, str]:
        return clean_contact(rng, next(counter))

    clean = [Record(values=fresh()) for _ in range(N_CLEAN)]
    planted = plant_rows(rng, fresh)
    broken = broken_records(rng, fresh)
    records = list(clean)
    for record in planted + broken:
        records.insert(rng.randint(1, len(records) - 1), record)
    # duplicates of clean rows: exact copies, changed data, padded id
    originals = rng.sample(clean, 10)
    for k, original in enumerate(originals):
        assert original.values is not None
        copy = dict(original.values)
        if k < 4:
            kind = "exact copy of the earlier row"
        elif k < 8:
            copy["Lifetime Value"] = f"{float(copy['Lifetime Value']) + 37.5:.2f}"
            copy["Email Address"] = "new." + copy["Email Address"]
            kind = "same Contact ID with different data (newer e-mail, higher lifetime value)"
        else:
            copy["Contact ID"] = f" {copy['Contact ID']} "
            kind = "same Contact ID padded with spaces"
        start = records.index(original) + 1
        where = rng.randint(start, len(records))
        entry = truth("Contact ID", "duplicate_id", "reject_row",
                      f"duplicate Contact ID: {kind}; a contact may get at most one message "
                      "per run", value=copy["Contact ID"])  # fmt: skip
        records.insert(where, Record(values=copy, truth=[entry], duplicate_of=original))
    # keep the unterminated quote's damage bounded and known: put it three records before the
    # next row that a CSV writer had to quote, so a strict reader swallows exactly two rows
    unbalanced = next(r for r in records if r.raw is not None and r.raw.count('"') % 2)
    records.remove(unbalanced)
    quoted = [
        i for i, r in enumerate(records) if r.values is not None and '"' in row_text(r.values)
    ]
    target = quoted[len(quoted) // 2]
    records.insert(target - 2, unbalanced)
    footer = Record(
        raw=f"Total records: {len(records) - 1:,} (exported {EXPORT_DATE} by crm-admin)",
        truth=[
            truth(
                None,
                "broken_csv",
                "skip_line",
                "the CRM's footer line: not a customer; must not be counted or messaged",
                also_acceptable=["reject_row"],
            )
        ],  # fmt: skip
    )
    return records, footer


def render(records: list[Record], footer: Record) -> tuple[str, list[dict[str, Any]]]:
    """Write the records out and number their physical lines.

    Args:
        records: Data records in file order.
        footer: The trailing footer line.

    Returns:
        ``(file text, ground-truth entries)`` with 1-based physical line numbers (the header is
        line 1; a record with an embedded newline covers two lines and is numbered by its first).
    """
    header = io.StringIO()
    csv.writer(header, lineterminator=EOL).writerow(COLUMNS)
    parts = [BOM + header.getvalue()]
    line = 2
    starts: dict[int, int] = {}
    for record in [*records, footer]:
        text = record.raw + EOL if record.raw is not None else row_text(record.values or {})
        starts[id(record)] = line
        parts.append(text)
        line += text.count("\n")
    text = "".join(parts)
    entries: list[dict[str, Any]] = []
    for record in [*records, footer]:
        for entry in record.truth:
            cid = entry.pop("customer_id", None)
            if record.values is not None:
                cid = record.values["Contact ID"]
            item: dict[str, Any] = {"line": starts[id(record)], "customer_id": cid, **entry}
            if record.duplicate_of is not None:
                item["duplicate_of_line"] = starts[id(record.duplicate_of)]
            if record.raw is not None and record.raw.count('"') % 2:
                through = _next_quote_line(text, starts[id(record)])
                item["strict_reader_swallows_through_line"] = through
                item["reason"] += (
                    f"; a strict RFC 4180 reader runs on to the next quote on line {through}, "
                    "merging the rows in between into this field — the system must report this "
                    "record and must not silently lose or mis-assign the rows after it"
                )
            entries.append(item)
    entries.sort(key=lambda e: e["line"])
    return text, entries


def _next_quote_line(text: str, line: int) -> int | None:
    """The physical line holding the next quote character after line ``line``.

    A strict RFC 4180 reader keeps reading an unterminated quoted field until that quote.
    """
    lines = text.split("\n")
    for number in range(line + 1, len(lines) + 1):
        if '"' in lines[number - 1]:
            return number
    return None


def summary(entries: list[dict[str, Any]], records: list[Record]) -> dict[str, Any]:
    """The closing summary object of ``expected.jsonl``.

    Args:
        entries: Ground-truth entries.
        records: Data records (the footer excluded).

    Returns:
        Counts per class and expected action, planted and clean row counts.
    """
    clean_rows = sum(1 for r in records if not r.truth)
    return {
        "summary": True,
        "generator": "evals/customers/crm_export/make_crm_export.py",
        "seed": SEED,
        "export_date": EXPORT_DATE.isoformat(),
        "columns": len(COLUMNS),
        "data_records": len(records),
        "planted_rows": len(entries),
        "clean_rows": clean_rows,
        "counts_by_class": dict(sorted(Counter(e["class"] for e in entries).items())),
        "counts_by_expected": dict(sorted(Counter(e["expected"] for e in entries).items())),
        "notes": (
            "data_records counts the physical records between the header and the footer line "
            "(the blank line included); planted_rows includes the blank line and the footer. "
            "Every planted row has exactly one planted defect; clean rows have none, and the "
            "ordinary conventions of columns.md apply to them (e.g. blank Timezone = not known, "
            "blank Mobile = no number, blank SMS Consent = never asked = no consent)."
        ),
    }


def build(directory: Path = HERE) -> tuple[Path, Path, dict[str, Any]]:
    """Generate the export and its ground truth into ``directory``.

    Args:
        directory: Destination folder.

    Returns:
        ``(csv path, expected path, summary)``.
    """
    rng = random.Random(SEED)
    records, footer = layout(rng)
    text, entries = render(records, footer)
    csv_path = directory / CSV_NAME
    expected_path = directory / EXPECTED_NAME
    csv_path.write_bytes(text.encode("utf-8"))
    info = summary(entries, records)
    lines = [json.dumps(e, ensure_ascii=False) for e in entries]
    lines.append(json.dumps(info, ensure_ascii=False))
    expected_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return csv_path, expected_path, info


def main() -> None:
    """Write the files and print what was written."""
    csv_path, expected_path, info = build()
    records, clean = info["data_records"], info["clean_rows"]
    typer.echo(f"wrote {csv_path} ({records} data records, {clean} clean)")
    typer.echo(f"wrote {expected_path} ({info['planted_rows']} planted rows)")
    for klass, count in info["counts_by_class"].items():
        typer.echo(f"  {klass:22s} {count}")


if __name__ == "__main__":
    main()
