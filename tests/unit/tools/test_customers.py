"""Customer sources and row validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from nextbest.tools.customers import CustomerSource, RowValidator, SourceError
from nextbest.tools.sample_customers import sample_feature_spec, write_customers


def test_source_kinds_and_row_numbers(tmp_path: Path) -> None:
    path = write_customers(tmp_path / "c.csv", 25)
    source = CustomerSource(str(path))
    assert source.kind == "csv"
    assert CustomerSource("x.parquet").kind == "parquet"
    assert CustomerSource("crm.duckdb").kind == "duckdb"
    assert CustomerSource("postgresql://h/db").kind == "postgres"
    rows = [row for batch in source.read(batch_size=10) for row in batch]
    assert [r["_row"] for r in rows] == list(range(1, 26))
    assert "customer_id" in source.columns()


def test_missing_file_and_postgres_without_extension_are_clear(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="not found"):
        CustomerSource(str(tmp_path / "nope.csv")).columns()
    with pytest.raises(SourceError, match="never downloads"):
        CustomerSource("postgres://user@127.0.0.1:1/crm").columns()


def test_validator_converts_types_and_rejects_with_reasons() -> None:
    validator = RowValidator(sample_feature_spec())
    base = {
        "customer_id": "C1",
        "age": "41",
        "loyalty_member": "true",
        "time_zone": "",
        "consent_sms": "express_written",
        "suppressed": "false",
        "_row": 1,
    }
    clean, rejected = validator.validate(base)
    assert rejected is None and clean["age"] == 41.0 and clean["loyalty_member"] is True
    assert clean["time_zone"] is None and clean["suppressed"] is False
    _, duplicate = validator.validate({**base, "_row": 2})
    assert duplicate.row == 2 and "duplicate" in duplicate.reason
    _, bad = validator.validate(
        {**base, "customer_id": "C2", "age": "old", "consent_sms": "sure", "_row": 3}
    )
    assert bad.row == 3 and "age" in bad.reason and "consent_sms" in bad.reason
    with pytest.raises(SourceError, match="age"):
        validator.check_columns(["customer_id", "first_name"])
