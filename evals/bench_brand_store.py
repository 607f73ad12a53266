"""Benchmark the brand store: ingest 5,000 generated entries, then run 1,000 searches.

Prints ingest seconds and query latency p50 / p95 for ``BrandStore.search`` (embedding the
query, Chroma's filtered HNSW search, decoding hits), next to a peer measured in the same run:
an exact brute-force numpy cosine search over the same vectors with the same filters. The
peer gives both a speed ratio and the recall@k of the approximate index.

Targets on a 2-core machine: ingest < 30 s, query p95 < 20 ms.

Usage:
    python evals/bench_brand_store.py [--entries 5000] [--queries 1000] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
from rich.console import Console

from nextbest.brand_context.embedding import MiniLMEmbedder, OfflineEmbeddingFunction
from nextbest.brand_context.entry_index import document_text
from nextbest.brand_context.ingest import load_pack, sample_pack_path
from nextbest.brand_context.models import CHANNELS, BrandPack
from nextbest.brand_context.store import BrandStore
from nextbest.evals.bench_table import peer_table

PRODUCTS = [
    "Daily Dew",
    "Night Renew",
    "Calm Balm",
    "Sun Veil",
    "Glow Drops",
    "Refill Pouch",
    "Clay Mask",
    "Lip Nectar",
    "Eye Halo",
    "Body Silk",
]
BENEFITS = [
    "hydrates skin for up to {n} hours",
    "reduces the look of redness in {n} days",
    "smooths rough patches in {n} days",
    "is suitable for sensitive skin",
    "is made with {n}% plant-derived ingredients",
    "ships in {n}% recycled packaging",
    "comes with a {n}-day money-back guarantee",
    "absorbs in under {n} seconds",
    "was rated {n} out of 5 by customers",
    "is free from added fragrance",
]
CATEGORIES = [
    "efficacy",
    "efficacy",
    "efficacy",
    "health",
    "sustainability",
    "sustainability",
    "guarantee",
    "efficacy",
    "endorsement",
    "efficacy",
]
QUESTIONS = [
    "how long does {p} keep my skin moist",
    "can I get my money back on {p}",
    "is {p} ok for sensitive skin",
    "what is {p} packaging made of",
    "does {p} calm redness",
    "how do customers rate {p}",
    "is {p} fragrance free",
    "discount on {p}",
    "no texts late at night",
    "what words are banned",
]


def generate_pack(base: BrandPack, entries: int, rng: np.random.Generator) -> BrandPack:
    """A pack with ``entries`` generated claims, offers and rules on top of the sample brand."""
    data = base.model_dump(mode="json")
    n_claims, n_offers = int(entries * 0.7), int(entries * 0.2)
    n_rules = entries - n_claims - n_offers
    claims, offers, rules = [], [], []
    for i in range(n_claims):
        b = int(rng.integers(len(BENEFITS)))
        product = PRODUCTS[int(rng.integers(len(PRODUCTS)))]
        channels = sorted(set(rng.choice(CHANNELS, size=int(rng.integers(1, 4)))))
        start = date(2025, 1, 1).toordinal() + int(rng.integers(0, 600))
        claims.append(
            {
                "id": f"gen-claim-{i}",
                "text": f"{product} {BENEFITS[b].format(n=int(rng.integers(2, 99)))}.",
                "category": CATEGORIES[b],
                "substantiation": f"Study {i}",
                "channels": channels,
                "valid_from": date.fromordinal(start).isoformat(),
                "valid_until": date.fromordinal(start + int(rng.integers(30, 900))).isoformat(),
            }
        )
    for i in range(n_offers):
        product = PRODUCTS[int(rng.integers(len(PRODUCTS)))]
        pct = int(rng.integers(5, 40))
        offers.append(
            {
                "id": f"gen-offer-{i}",
                "name": f"{pct}% off {product}",
                "terms": f"{pct}% off {product} with code GEN{i}. Minimum spend ${pct + 20}.",
                "discount_type": "percent",
                "discount_amount": pct,
                "currency": "USD",
                "channels": list(CHANNELS),
            }
        )
    for i in range(n_rules):
        word = f"bannedword{i}"
        rules.append(
            {
                "id": f"gen-rule-{i}",
                "kind": "banned_phrase",
                "description": f"Never say {word} or anything like it about {PRODUCTS[i % 10]}.",
                "rationale": "Generated for the benchmark.",
                "source": "Benchmark policy",
                "params": {"phrases": [word]},
            }
        )
    data["claims"] += claims
    data["offers"] += offers
    data["rules"] += rules
    return BrandPack.model_validate(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    console = Console()
    pack = generate_pack(load_pack(sample_pack_path()), args.entries, rng)
    total = len(pack.claims) + len(pack.offers) + len(pack.rules) + 2
    embedder = MiniLMEmbedder()
    embedder.embed(["warm up"])  # model load is not ingest work

    with tempfile.TemporaryDirectory() as tmp:
        # the pack is loaded "before" the day the queries ask about, whatever today's date is
        loaded = datetime(2026, 11, 1, tzinfo=UTC)
        store = BrandStore(
            Path(tmp), embedding_function=OfflineEmbeddingFunction(embedder), clock=lambda: loaded
        )
        start = time.perf_counter()
        store.import_pack(pack, author="bench", role="admin", reason="benchmark")
        ingest_s = time.perf_counter() - start

        queries = [
            (
                QUESTIONS[int(rng.integers(len(QUESTIONS)))].format(
                    p=PRODUCTS[int(rng.integers(len(PRODUCTS)))]
                ),
                str(rng.choice(CHANNELS)),
            )
            for _ in range(args.queries)
        ]
        today = date(2026, 11, 24)
        latencies, results = [], []
        for text, channel in queries:
            t0 = time.perf_counter()
            hits = store.search(text, channel=channel, as_of=today, k=args.k)
            latencies.append(time.perf_counter() - t0)
            results.append([(h.entry_id, h.score) for h in hits])

        # Peer: exact brute-force cosine search with the same filters, same embedder.
        live = [pack.brand, pack.voice, *pack.claims, *pack.offers, *pack.rules]
        kinds = ["brand", "voice"] + ["claim"] * len(pack.claims)
        kinds += ["offer"] * len(pack.offers) + ["rule"] * len(pack.rules)
        start = time.perf_counter()
        matrix = embedder.embed(
            [document_text(k, e.model_dump(mode="json")) for k, e in zip(kinds, live, strict=True)]
        )
        peer_ingest_s = time.perf_counter() - start
        usable = np.array([not hasattr(e, "is_valid_on") or e.is_valid_on(today) for e in live])
        allowed = {
            ch: usable
            & np.array([not getattr(e, "channels", None) or ch in e.channels for e in live])
            for ch in CHANNELS
        }
        peer_lat, recall = [], []
        for (text, channel), got in zip(queries, results, strict=True):
            t0 = time.perf_counter()
            q = embedder.embed([text])[0]
            scores = np.where(allowed[channel], matrix @ q, -np.inf)
            top = np.argsort(-scores)[: args.k]
            peer_lat.append(time.perf_counter() - t0)
            # a hit counts when it scores at least the exact k-th best (ties are equally right)
            kth = scores[top[-1]] - 1e-4
            recall.append(sum(score >= kth for _, score in got) / max(1, len(top)))
        store.close()

    ms = np.array(latencies) * 1000
    peer_ms = np.array(peer_lat) * 1000
    figures = {
        "entries": total,
        "queries": args.queries,
        "ingest_s": round(ingest_s, 2),
        "query_p50_ms": round(float(np.percentile(ms, 50)), 2),
        "query_p95_ms": round(float(np.percentile(ms, 95)), 2),
        "peer_embed_all_s": round(peer_ingest_s, 2),
        "peer_query_p50_ms": round(float(np.percentile(peer_ms, 50)), 2),
        "peer_query_p95_ms": round(float(np.percentile(peer_ms, 95)), 2),
        "recall_at_k_vs_exact": round(float(np.mean(recall)), 4),
    }
    if args.json:
        print(json.dumps(figures))
        return
    table = peer_table(
        f"brand store · {total} entries · {args.queries} queries · k={args.k}",
        "BrandStore (Chroma)",
        "peer: numpy exact",
        "ratio store/peer",
    )
    table.add_row(
        "ingest / embed all (s)",
        f"{ingest_s:.2f}",
        f"{peer_ingest_s:.2f}",
        f"{ingest_s / peer_ingest_s:.2f}",
    )
    for p in (50, 95):
        a, b = figures[f"query_p{p}_ms"], figures[f"peer_query_p{p}_ms"]
        table.add_row(f"query p{p} (ms)", f"{a:.2f}", f"{b:.2f}", f"{a / b:.2f}")
    table.add_row("recall@k vs exact", f"{figures['recall_at_k_vs_exact']:.3f}", "1.000", "")
    console.print(table)
    verdict = "meets" if ingest_s < 30 and figures["query_p95_ms"] < 20 else "MISSES"
    console.print(f"targets ingest < 30 s, query p95 < 20 ms: [bold]{verdict}[/]")


if __name__ == "__main__":
    main()
