"""Load check of the web workspace: concurrent signed-in sessions browsing and searching.

Starts ``nextbest serve`` (uvicorn, one process) on a loopback port over a fresh workspace with
the sample brand, signs in ``--sessions`` browser-like sessions (users of every role, argon2
hashes with the library's default parameters), then each session loops for ``--duration``
seconds: ~70 % page views chosen among the pages its role may open, ~30 % searches of the
brand store (the page and the JSON API, when the server has them), pausing ``--think`` seconds
between requests. Sessions sign in first (timed apart: argon2 is slow on purpose). Prints p50 /
p95 / p99 page time, requests per second and the error count (any non-2xx answer or transport
error), with the machine's load average, since other work on the machine skews the figures.

Usage:
    python evals/bench_web.py [--sessions 50] [--duration 60] [--think 0.2 1.0] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from rich.console import Console
from rich.table import Table

from nextbest.app.web.users import UserStore
from nextbest.brand_context.roles import Role
from nextbest.brand_context.workspace import Workspace

PASSWORD = "bench-password-123"
USERS = {"vic": Role.VIEWER, "max": Role.MARKETER, "cleo": Role.COMPLIANCE, "adam": Role.ADMIN}
PAGES = [
    "/",
    "/brand",
    "/brand?kind=claim",
    "/brand/versions",
    "/proposals",
    "/review",
    "/runs",
    "/decisions",
    "/audit",
    "/account",
    "/api/me",
    "/api/brand/entries",
    "/api/proposals",
    "/api/audit?limit=50",
]
SEARCHES = ["/brand/search?q={q}", "/api/brand/search?q={q}"]
QUERIES = [
    "get my money back",
    "vitamin c serum",
    "free shipping",
    "sensitive skin",
    "vegan",
    "dermatologist tested",
    "discount for new customers",
    "unsubscribe",
    "quiet hours",
    "refund",
]


@dataclass
class Sample:
    """One request's outcome."""

    kind: str
    seconds: float
    ok: bool


@dataclass
class Results:
    """Every sample of the run."""

    samples: list[Sample] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    sign_ins: list[float] = field(default_factory=list)
    reconnects: int = 0


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def prepare(home: Path) -> None:
    """Users of every role in a fresh workspace (``serve`` loads the sample brand itself)."""
    users = UserStore(Workspace(home).ensure())
    for name, role in USERS.items():
        if users.get(name) is None:
            users.add(name, role, PASSWORD, actor="bench")
    users.close()


def start_server(home: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    """``nextbest serve`` in a subprocess (output to ``log``); returns once ``/healthz`` answers."""
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from nextbest.app.cli.main import app; app()",
                "serve",
                "--home",
                str(home),
                "--port",
                str(port),
            ],
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    process.kill()
    raise RuntimeError("server did not start within 120 s")


async def sign_in(client: httpx.AsyncClient, name: str) -> None:
    """Sign in through the form, like a browser."""
    page = await client.get("/login")
    match = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    if not match:
        raise RuntimeError("no sign-in form")
    response = await client.post(
        "/login", data={"username": name, "password": PASSWORD, "csrf_token": match.group(1)}
    )
    if response.status_code != 303:
        raise RuntimeError(f"sign-in of {name} failed: {response.status_code}")


async def allowed(client: httpx.AsyncClient, paths: list[str]) -> list[str]:
    """The paths that answer 200 to this session (what its role may open, and that exist)."""
    found = []
    for path in paths:
        response = await client.get(path.format(q="refund"))
        if response.status_code == 200:
            found.append(path)
    return found


async def session(
    client: httpx.AsyncClient,
    pages: list[str],
    searches: list[str],
    until: float,
    think: tuple[float, float],
    results: Results,
    seed: int,
) -> None:
    """One signed-in user browsing and searching until ``until`` (monotonic time)."""
    rng = random.Random(seed)
    while time.monotonic() < until:
        if searches and rng.random() < 0.3:
            kind, path = "search", rng.choice(searches).format(q=rng.choice(QUERIES))
        else:
            kind, path = "page", rng.choice(pages)
        started = time.perf_counter()
        try:
            try:
                response = await client.get(path)
            except httpx.RemoteProtocolError:
                # The server closed an idle keep-alive connection as it was reused; browsers
                # retry an idempotent request once on a fresh connection, so do we (counted).
                results.reconnects += 1
                response = await client.get(path)
            ok = 200 <= response.status_code < 300
            if not ok:
                results.errors.append(f"{response.status_code} {path}")
        except httpx.HTTPError as error:
            ok = False
            results.errors.append(f"{type(error).__name__} {path}")
        results.samples.append(Sample(kind, time.perf_counter() - started, ok))
        await asyncio.sleep(rng.uniform(*think))


async def signed_in(base_url: str, name: str, results: Results) -> httpx.AsyncClient | None:
    """A client signed in as ``name`` (the sign-in time recorded), or None if it failed."""
    client = httpx.AsyncClient(base_url=base_url, timeout=30, follow_redirects=False)
    started = time.perf_counter()
    try:
        await sign_in(client, name)
    except (httpx.HTTPError, RuntimeError) as error:
        results.errors.append(f"sign-in {name}: {type(error).__name__} {error}")
        await client.aclose()
        return None
    results.sign_ins.append(time.perf_counter() - started)
    return client


async def load(
    base_url: str, sessions: int, duration: float, think: tuple[float, float]
) -> tuple[Results, dict]:
    """Probe what each role may open, sign every session in, then browse concurrently."""
    plan: dict[str, dict[str, list[str]]] = {}
    async with httpx.AsyncClient(base_url=base_url, timeout=60) as probe:
        for name in USERS:
            probe.cookies.clear()
            await sign_in(probe, name)
            plan[name] = {
                "pages": await allowed(probe, PAGES),
                "searches": await allowed(probe, SEARCHES),
            }
    results = Results()
    names = [list(USERS)[i % len(USERS)] for i in range(sessions)]
    clients = await asyncio.gather(*[signed_in(base_url, name, results) for name in names])
    until = time.monotonic() + duration
    await asyncio.gather(
        *[
            session(client, plan[name]["pages"], plan[name]["searches"], until, think, results, i)
            for i, (name, client) in enumerate(zip(names, clients, strict=True))
            if client is not None
        ]
    )
    for client in clients:
        if client is not None:
            await client.aclose()
    return results, plan


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) of values, in milliseconds."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summarise(results: Results, duration: float) -> dict:
    """Counts and latency percentiles, overall and per kind."""
    summary: dict = {
        "requests": len(results.samples),
        "errors": len(results.errors),
        "reconnects": results.reconnects,
        "requests_per_s": round(len(results.samples) / duration, 1),
    }
    for kind in ("all", "page", "search"):
        times = [s.seconds for s in results.samples if kind in ("all", s.kind)]
        summary[kind] = {
            "n": len(times),
            "p50_ms": round(percentile(times, 0.50), 1),
            "p95_ms": round(percentile(times, 0.95), 1),
            "p99_ms": round(percentile(times, 0.99), 1),
            "mean_ms": round(1000 * statistics.fmean(times), 1) if times else None,
        }
    summary["sign_in"] = {
        "n": len(results.sign_ins),
        "p50_ms": round(percentile(results.sign_ins, 0.50), 1),
        "max_ms": round(1000 * max(results.sign_ins), 1) if results.sign_ins else None,
    }
    summary["error_examples"] = sorted(set(results.errors))[:10]
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument(
        "--think",
        type=float,
        nargs=2,
        default=(0.2, 1.0),
        metavar=("MIN", "MAX"),
        help="Pause between a session's requests (s).",
    )
    parser.add_argument("--json", action="store_true", help="Print the summary as JSON.")
    args = parser.parse_args()
    console = Console(emoji=False)
    with tempfile.TemporaryDirectory(prefix="nextbest-bench-web-") as tmp:
        home = Path(tmp) / "ws"
        prepare(home)
        port = free_port()
        log = Path(tmp) / "server.log"
        server = start_server(home, port, log)
        try:
            results, plan = asyncio.run(
                load(f"http://127.0.0.1:{port}", args.sessions, args.duration, tuple(args.think))
            )
        finally:
            server.terminate()
            server.wait(timeout=30)
        server_log = log.read_text(errors="replace")
    summary = summarise(results, args.duration)
    summary["sessions"] = args.sessions
    summary["duration_s"] = args.duration
    summary["think_s"] = list(args.think)
    summary["load_average_1m"] = round(os.getloadavg()[0], 2)
    summary["cpus"] = os.cpu_count()
    summary["pages"] = sorted({p for role in plan.values() for p in role["pages"]})
    summary["searches"] = sorted({p for role in plan.values() for p in role["searches"]})
    summary["server_log_tail"] = server_log[-1500:] if summary["errors"] else ""
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    table = Table(
        title=f"{args.sessions} sessions × {args.duration:.0f} s on loopback "
        f"(load average {summary['load_average_1m']} on {summary['cpus']} CPUs)"
    )
    for column in ("kind", "n", "p50 ms", "p95 ms", "p99 ms"):
        table.add_column(column, justify="right")
    for kind in ("all", "page", "search"):
        row = summary[kind]
        table.add_row(
            kind, str(row["n"]), str(row["p50_ms"]), str(row["p95_ms"]), str(row["p99_ms"])
        )
    console.print(table)
    console.print(
        f"{summary['requests']} requests, {summary['requests_per_s']}/s, "
        f"errors: {summary['errors']} {summary['error_examples']}, "
        f"stale keep-alive connections retried: {summary['reconnects']}"
    )
    console.print(
        f"{summary['sign_in']['n']} concurrent sign-ins (argon2): p50 "
        f"{summary['sign_in']['p50_ms']} ms, slowest {summary['sign_in']['max_ms']} ms"
    )
    if summary["server_log_tail"]:
        console.print(summary["server_log_tail"], markup=False)
    console.print(f"pages: {', '.join(summary['pages'])}")
    console.print(f"searches: {', '.join(summary['searches']) or 'none (no search route yet)'}")


if __name__ == "__main__":
    main()
