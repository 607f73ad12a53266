"""Suite-wide fixtures: the network is blocked for every test (loopback stays open)."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

pytest_plugins = [
    "tests.services.postgres",
    "tests.services.chroma",
    "tests.services.ray_cluster",
    "tests.sample_workspace",
]

_LOOPBACK = ("127.", "::1", "localhost")
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _guard(address: object) -> None:
    host = address[0] if isinstance(address, tuple) else str(address)
    if isinstance(host, str) and (host.startswith(_LOOPBACK) or host == ""):
        return
    if isinstance(address, str | bytes):  # AF_UNIX paths
        return
    raise RuntimeError(f"network access is blocked in tests (tried {address!r})")


def _blocked_connect(self: socket.socket, address: object) -> None:
    _guard(address)
    return _real_connect(self, address)


def _blocked_connect_ex(self: socket.socket, address: object) -> int:
    _guard(address)
    return _real_connect_ex(self, address)


@pytest.fixture(autouse=True, scope="session")
def _block_network() -> Iterator[None]:
    socket.socket.connect = _blocked_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _blocked_connect_ex  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]


@pytest.fixture(autouse=True)
def _no_api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see a real key; cassette tests set a fake one explicitly."""
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
