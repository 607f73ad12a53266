"""The brand store on a Chroma server (NEXTBEST_CHROMA_URL): namespaced, movable, clear failures."""

from __future__ import annotations

import json
from pathlib import Path

import chromadb
import pytest
from chromadb.config import Settings
from typer.testing import CliRunner

from nextbest.app.cli.main import app
from nextbest.app.cli.service_errors import EXIT_UNAVAILABLE
from nextbest.brand_context.chroma_client import (
    CHROMA_URL_ENV,
    ChromaServer,
    ChromaUnavailableError,
    configured_server,
)
from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.store import BrandStore
from tests.services.chroma import ChromaServerProcess, chroma_cli

runner = CliRunner()


def _server_collections(url: str) -> set[str]:
    server = ChromaServer.parse(url)
    client = chromadb.HttpClient(
        host=server.host, port=server.port, settings=Settings(anonymized_telemetry=False)
    )
    return {c.name for c in client.list_collections()}


def _free_loopback_url() -> str:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"  # nothing listens there once the socket is closed


def test_workspaces_on_one_server_keep_their_own_entries(
    chroma_server: str, monkeypatch, tmp_path: Path, embedding_function, sample_pack
) -> None:
    monkeypatch.setenv(CHROMA_URL_ENV, chroma_server)
    other = sample_pack.model_dump(mode="json")
    other["claims"] = [
        {**claim, "text": "Tea leaves picked by hand on the quay every morning."}
        if claim["id"] == "clm-refund-60"
        else claim
        for claim in other["claims"]
    ]
    first = BrandStore(tmp_path / "a", embedding_function=embedding_function)
    second = BrandStore(tmp_path / "b", embedding_function=embedding_function)
    first.import_pack(sample_pack, author="ana", role="compliance", reason="a")
    second.import_pack(parse_pack(other), author="ana", role="compliance", reason="b")

    names = {first.index.collection_name, second.index.collection_name}
    assert len(names) == 2 and names <= _server_collections(chroma_server)
    assert not (tmp_path / "a" / "chroma").exists()  # nothing embedded in the folder
    # the same claim id holds different text in each workspace: each finds only its own
    hit_a = first.search("get my money back", kinds=["claim"], k=1)[0]
    hit_b = second.search("hand picked tea leaves", kinds=["claim"], k=1)[0]
    assert hit_a.entry_id == hit_b.entry_id == "clm-refund-60"
    assert "refund" in hit_a.data["text"] and "quay" in hit_b.data["text"]
    texts_a = [h.text for h in first.search("tea leaves on the quay", k=50)]
    assert not any("quay" in text for text in texts_a)
    # a second process on the same workspace database uses the same collection
    again = BrandStore(tmp_path / "a", embedding_function=embedding_function)
    assert again.search("get my money back", kinds=["claim"], k=1)[0].entry_id == "clm-refund-60"
    assert again.index.collection_name == first.index.collection_name
    for store in (first, second, again):
        store.close()


def test_a_workspace_moved_between_embedded_and_server_is_reindexed(
    chroma_server: str, monkeypatch, tmp_path: Path, embedding_function, sample_pack
) -> None:
    monkeypatch.delenv(CHROMA_URL_ENV, raising=False)
    home = tmp_path / "ws"
    with BrandStore(home, embedding_function=embedding_function) as embedded:
        embedded.import_pack(sample_pack, author="ana", role="compliance", reason="initial")
    monkeypatch.setenv(CHROMA_URL_ENV, chroma_server)
    with BrandStore(home, embedding_function=embedding_function) as served:
        hit = served.search("get my money back", kinds=["claim"], k=1)[0]
        assert hit.entry_id == "clm-refund-60"  # the new server's collection was built from SQL
        assert served.index.collection.count() == served.tables.count_rows()
        data = dict(served.get("claim", "clm-refund-60"))
        data["text"] = "Changed on the server: refunds within 90 days."
        served.put("claim", data, author="bo", role="compliance", reason="x", create=False)
    monkeypatch.delenv(CHROMA_URL_ENV)
    with BrandStore(home, embedding_function=embedding_function) as back:
        hit = back.search("get my money back", kinds=["claim"], k=1)[0]
        assert hit.data["text"] == "Changed on the server: refunds within 90 days."


def test_a_reindex_on_a_shared_server_leaves_other_processes_working(
    chroma_server: str, monkeypatch, tmp_path: Path, embedding_function, sample_pack
) -> None:
    monkeypatch.setenv(CHROMA_URL_ENV, chroma_server)
    home = tmp_path / "ws"
    with BrandStore(home, embedding_function=embedding_function) as first:
        first.import_pack(sample_pack, author="ana", role="compliance", reason="initial")
        other = BrandStore(home, embedding_function=embedding_function)  # e.g. a web process
        assert other.search("get my money back", kinds=["claim"], k=1)[0].entry_id == (
            "clm-refund-60"
        )
        assert first.reindex() == first.tables.count_rows()
        data = dict(other.get("claim", "clm-refund-60"))
        data["text"] = "Refunds within 90 days, after the reindex."
        other.put("claim", data, author="bo", role="compliance", reason="x", create=False)
        hit = first.search("get my money back", kinds=["claim"], k=1)[0]
        assert hit.data["text"] == "Refunds within 90 days, after the reindex."
        assert first.index.collection.count() == first.tables.count_rows()
        other.close()


def test_unreachable_server_is_one_line_in_the_store_and_the_cli(
    monkeypatch, tmp_path: Path, embedding_function, sample_pack
) -> None:
    down = _free_loopback_url()
    monkeypatch.setenv(CHROMA_URL_ENV, down)
    store = BrandStore(tmp_path / "ws", embedding_function=embedding_function)
    with pytest.raises(ChromaUnavailableError, match=f"cannot reach the Chroma server at {down}"):
        store.import_pack(sample_pack, author="ana", role="compliance", reason="x")
    assert store.current_version() is None  # nothing written without the index
    store.close()
    for command in (
        ["kb", "init", "--sample", "--home", str(tmp_path / "cli")],
        ["demo", "--home", str(tmp_path / "demo")],
    ):
        result = runner.invoke(app, command)
        assert result.exit_code == EXIT_UNAVAILABLE, result.output
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in result.output
        assert lines[0].startswith(f"error: cannot reach the Chroma server at {down}")
        assert f"unset {CHROMA_URL_ENV}" in lines[0]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8000", ChromaServer("127.0.0.1", 8000, False)),
        ("https://chroma.internal", ChromaServer("chroma.internal", 443, True)),
        ("http://chroma.internal/", ChromaServer("chroma.internal", 80, False)),
    ],
)
def test_server_url_is_parsed(url: str, expected: ChromaServer) -> None:
    assert configured_server(url) == expected


@pytest.mark.parametrize(
    "url", ["chroma:8000", "ftp://host:1", "http://host:1/prefix", "http://host:99999", "http://"]
)
def test_malformed_server_url_is_refused(url: str) -> None:
    with pytest.raises(ChromaUnavailableError, match="is not an http"):
        configured_server(url)


def test_no_url_means_embedded(monkeypatch) -> None:
    monkeypatch.delenv(CHROMA_URL_ENV, raising=False)
    assert configured_server() is None
    monkeypatch.setenv(CHROMA_URL_ENV, "  ")
    assert configured_server() is None


def test_demo_on_the_server_releases_what_the_embedded_store_releases(
    chroma_server: str, monkeypatch, tmp_path: Path
) -> None:
    def demo(backend: str) -> list[dict]:
        home = tmp_path / backend
        result = runner.invoke(
            app,
            ["demo", "--home", str(home), "--customers", "3", "--now",
             "2027-01-05T18:00:00+00:00", "--json"],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["outcomes"]["released"] >= 1
        lines = (home / "outbox.jsonl").read_text().splitlines()
        volatile = ("decision_id", "message_id")
        return [{k: v for k, v in json.loads(line).items() if k not in volatile} for line in lines]

    monkeypatch.delenv(CHROMA_URL_ENV, raising=False)
    embedded = demo("embedded")
    monkeypatch.setenv(CHROMA_URL_ENV, chroma_server)
    served = demo("server")
    assert not (tmp_path / "server" / "chroma").exists()
    assert served == embedded and all(message["claim_ids"] for message in served)


def test_a_server_lost_mid_session_is_one_clear_error(
    monkeypatch, tmp_path: Path, embedding_function, sample_pack
) -> None:
    cli = chroma_cli()
    assert cli is not None, "chromadb installs the chroma CLI beside this Python"
    server = ChromaServerProcess(cli)  # a private server this test can stop
    try:
        server.wait()
        monkeypatch.setenv(CHROMA_URL_ENV, server.url)
        store = BrandStore(tmp_path / "ws", embedding_function=embedding_function)
        store.import_pack(sample_pack, author="ana", role="compliance", reason="initial")
        assert store.search("get my money back", kinds=["claim"], k=1)[0].entry_id == (
            "clm-refund-60"
        )
    finally:
        server.stop()
    hit = store.search("money back", kinds=["claim"], k=1)[0]  # the version's vectors are cached
    assert hit.entry_id == "clm-refund-60"
    data = dict(store.get("claim", "clm-refund-60"))
    data["text"] = "Written while the server is gone."
    with pytest.raises(ChromaUnavailableError, match=f"lost the Chroma server at {server.url}"):
        store.put("claim", data, author="bo", role="compliance", reason="x", create=False)
    assert store.current_version() == 1  # nothing committed without the index
    store.close()
