"""Customer sources: DuckDB reads, bad CSV lines from its reject tables, line numbers."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from nextbest.tools.customers import CustomerSource, SourceError
from nextbest.tools.sample_customers import write_customers


def test_source_kinds_and_line_numbers(tmp_path: Path) -> None:
    path = write_customers(tmp_path / "c.csv", 25)
    source = CustomerSource(str(path))
    assert source.kind == "csv"
    assert CustomerSource("x.parquet").kind == "parquet"
    assert CustomerSource("crm.duckdb").kind == "duckdb"
    assert CustomerSource("postgresql://h/db").kind == "postgres"
    rows = [row for batch in source.read(batch_size=10) for row in batch]
    assert [r["_row"] for r in rows] == list(range(2, 27))  # the header is line 1
    assert "customer_id" in source.columns()
    parquet = write_customers(tmp_path / "c.parquet", 5)
    rows = [row for batch in CustomerSource(str(parquet)).read() for row in batch]
    assert [r["_row"] for r in rows] == [1, 2, 3, 4, 5]


def test_missing_file_and_postgres_without_extension_are_clear(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="not found"):
        CustomerSource(str(tmp_path / "nope.csv")).columns()
    with pytest.raises(SourceError, match="never downloads"):
        CustomerSource("postgres://user@127.0.0.1:1/crm").columns()


def test_broken_lines_are_rejected_with_line_numbers_and_the_rest_is_read(
    tmp_path: Path,
) -> None:
    lines = [
        "\ufeffid,name,spend",
        "1,Ana,10",
        '2,"Ben,20',  # unbalanced quote: DuckDB swallows the next lines into this record
        "3,Chloe,30",
        '4,"Dev ""D"", Jr",40',  # a correct quoted field
        "5,Elena,50,extra",  # too many fields
        "",
        "6,Farah",  # too few
        '7,"multi',
        'line",70',  # a quoted newline is one record over two lines
        "Total records: 7",
    ]
    path = tmp_path / "t.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    read = CustomerSource(str(path)).open()
    assert read.columns == ["id", "name", "spend"]
    rows = {r["id"]: r for batch in read.batches(batch_size=2) for r in batch}
    assert rows["1"]["_row"] == 2 and rows["4"]["name"] == 'Dev "D", Jr'
    assert rows["3"]["_row"] == 4 and rows["3"]["name"] == "Chloe"  # recovered after line 3
    assert rows["7"]["_row"] == 9 and rows["7"]["name"] == "multi\r\nline"
    bad = {r.row: r for r in read.bad_lines}
    assert set(bad) == {3, 6, 8, 11}
    assert bad[3].customer_id == "2" and "unreadable" in bad[3].reason
    assert bad[11].customer_id is None  # the footer is not a customer
    assert len(rows) + len(read.bad_lines) == 8  # every non-blank record accounted for


def test_tables_at_paths_with_apostrophes_and_spaces_are_read(tmp_path: Path) -> None:
    folder = tmp_path / "o'brien's exports 2026"
    folder.mkdir()
    for name in ("cust's table.csv", "cust's table.parquet"):
        path = write_customers(folder / name, 7)
        rows = [row for batch in CustomerSource(str(path)).read() for row in batch]
        assert len(rows) == 7 and "customer_id" in CustomerSource(str(path)).columns()
    database = folder / "crm's.duckdb"
    con = duckdb.connect(str(database))
    con.execute("CREATE TABLE customers AS SELECT 'C1' AS customer_id, 'Ana' AS first_name")
    con.close()
    source = CustomerSource(str(database), query="SELECT * FROM customers")
    assert [row["customer_id"] for batch in source.read() for row in batch] == ["C1"]


def test_a_file_mixing_line_endings_is_read_whole_with_its_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    # an export appended to by another tool: CRLF lines, then a bare-LF line, then CRLF again
    path.write_bytes(b"id,name\r\n1,Ana\r\n2,Ben\r\n3,Chloe\n4,Dev\r\n5,Elena\n")
    read = CustomerSource(str(path)).open()
    rows = [r for batch in read.batches(batch_size=2) for r in batch]
    assert [(r["_row"], r["id"], r["name"]) for r in rows] == [
        (2, "1", "Ana"),
        (3, "2", "Ben"),
        (4, "3", "Chloe"),
        (5, "4", "Dev"),
        (6, "5", "Elena"),
    ]
    assert read.bad_lines == []


@pytest.mark.parametrize("chunk", [1, 2, 3, 1 << 24])
def test_mixed_line_endings_are_found_across_read_chunks(tmp_path: Path, chunk: int) -> None:
    from nextbest.tools.customers import _mixes_line_endings

    crlf_only = tmp_path / "crlf.csv"
    crlf_only.write_bytes(b"a,b\r\n1,2\r\n3,4\r\n")
    lf_only = tmp_path / "lf.csv"
    lf_only.write_bytes(b"a,b\n1,2\n3,4\n")
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes(b"a,b\r\n1,2\r\n3,4\n")
    assert not _mixes_line_endings(crlf_only, chunk)
    assert not _mixes_line_endings(lf_only, chunk)
    assert _mixes_line_endings(mixed, chunk)
