"""Benchmark the local model build: tokens per second of this build against a peer build.

The install command builds llama.cpp portable (``GGML_NATIVE=OFF``: AVX2/FMA/F16C, no AVX-512
or AMX) so that it runs on every machine of our kind. This measures what that costs: the same
generation (bundled SmolLM2-135M, fixed prompt, greedy, fixed token count, 2 threads) run by
this environment's ``llama_cpp`` and by the peer interpreter's (e.g. a virtual environment with
a native build), each in its own child process, alternating, several rounds; medians reported.

Usage:
    python -m nextbest.evals.bench_local_model --peer /tmp/native-venv/bin/python [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

from rich.console import Console
from rich.table import Table

from nextbest.agents.local_build import compiled_features
from nextbest.agents.local_llm import bundled_model_path, signal_name

_MEASURE = """
import json, sys, time
from llama_cpp import Llama
model, n_tokens = sys.argv[1], int(sys.argv[2])
llm = Llama(model_path=model, n_ctx=1024, n_threads=2, seed=7, verbose=False)
prompt = "Write a short, friendly note about a spring sale on garden tools. " * 4
llm(prompt, max_tokens=8, temperature=0.0)  # warm-up
start = time.perf_counter()
out = llm(prompt, max_tokens=n_tokens, temperature=0.0, stop=[], logit_bias=None)
elapsed = time.perf_counter() - start
tokens = out["usage"]["completion_tokens"]
llm.reset()
start = time.perf_counter()
llm.eval(llm.tokenize(prompt.encode() * 3))
prefill = time.perf_counter() - start
print(json.dumps({"gen_tokens": tokens, "gen_s": elapsed,
                  "prefill_tokens": len(llm.tokenize(prompt.encode() * 3)), "prefill_s": prefill}))
"""


class BuildCrashedError(RuntimeError):
    """The build died while generating (its signal or exit status is the message)."""


def measure(python: str, model: str, n_tokens: int) -> dict[str, float]:
    """Tokens per second of one interpreter's build, in a child process.

    Args:
        python: The interpreter whose ``llama_cpp`` runs.
        model: GGUF file.
        n_tokens: Tokens to generate.

    Returns:
        ``generate_tps`` and ``prefill_tps``.

    Raises:
        BuildCrashedError: If the child process dies (e.g. a native build's SIGSEGV).
    """
    done = subprocess.run(
        [python, "-c", _MEASURE, model, str(n_tokens)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if done.returncode != 0:
        raise BuildCrashedError(signal_name(done.returncode) or f"exit {done.returncode}")
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        "generate_tps": data["gen_tokens"] / data["gen_s"],
        "prefill_tps": data["prefill_tokens"] / data["prefill_s"],
    }


def main() -> None:
    """Measure both builds and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--peer", required=True, help="Python of the environment to compare")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    model = str(bundled_model_path())
    builds = {"this build": sys.executable, "peer build": args.peer}
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in builds}
    crashed: dict[str, str] = {}
    for _ in range(args.rounds):
        for name, python in builds.items():
            if name in crashed:
                continue
            try:
                runs[name].append(measure(python, model, args.tokens))
            except BuildCrashedError as exc:
                crashed[name] = str(exc)
    result: dict[str, dict[str, object]] = {}
    for name, python in builds.items():
        row: dict[str, object] = {"features": sorted(compiled_features(python))}
        if name in crashed:
            row.update(crashed=crashed[name], generate_tps=None, prefill_tps=None)
        else:
            row.update(
                generate_tps=statistics.median(r["generate_tps"] for r in runs[name]),
                prefill_tps=statistics.median(r["prefill_tps"] for r in runs[name]),
            )
        result[name] = row
    if not crashed:
        result["ratio this / peer"] = {
            key: result["this build"][key] / result["peer build"][key]  # type: ignore[operator]
            for key in ("generate_tps", "prefill_tps")
        }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    table = Table(title=f"SmolLM2-135M Q4_1, {args.tokens} tokens, median of {args.rounds}")
    for column in ("build", "compiled features", "generate tok/s", "prefill tok/s"):
        table.add_column(column)
    for name in builds:
        row = result[name]
        speeds = (
            [f"crashed ({row['crashed']})"] * 2
            if "crashed" in row
            else [f"{row['generate_tps']:.1f}", f"{row['prefill_tps']:.1f}"]
        )
        table.add_row(name, " ".join(row["features"]), *speeds)  # type: ignore[arg-type]
    console = Console()
    console.print(table)
    if "ratio this / peer" in result:
        ratio = result["ratio this / peer"]
        console.print(
            f"this / peer: generate {ratio['generate_tps']:.2f}×, "
            f"prefill {ratio['prefill_tps']:.2f}×"
        )


if __name__ == "__main__":
    main()
