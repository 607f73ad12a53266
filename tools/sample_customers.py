"""A realistic, seeded sample customer table for demos, tests and benchmarks.

Columns match what nextbest's decisioning, contact policy and guardrail read: identity and
locale, IANA time zone (about 4 % missing), consent per channel as consent levels, profiling
objection, suppression, recent unsubscribes and complaints, behaviour (tenure, orders, spend,
recency, engagement), last contact per channel and a segment. Generation is vectorised, so
100,000 rows take well under a second.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

from nextbest.tools import duck
from nextbest.tools.customer_schema import CustomerSchema
from nextbest.tools.decisioning.features import FeatureSpec

FIRST_NAMES = [
    "Ana",
    "Ben",
    "Chloe",
    "Dev",
    "Elena",
    "Farah",
    "Gus",
    "Hana",
    "Ivan",
    "Jia",
    "Kofi",
    "Lena",
    "Mateo",
    "Nia",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sam",
    "Tara",
    "Uma",
    "Viktor",
    "Wen",
    "Xavi",
    "Yara",
    "Zoe",
]
TIME_ZONES = [
    ("America/New_York", 0.36),
    ("America/Chicago", 0.22),
    ("America/Denver", 0.08),
    ("America/Los_Angeles", 0.24),
    ("America/Phoenix", 0.03),
    ("Pacific/Honolulu", 0.01),
    ("", 0.06),
]
SEGMENTS = ["new", "active", "lapsed", "vip"]
SKIN_CONCERNS = ["dryness", "sensitivity", "aging", "oiliness", "none"]

COLUMNS = [
    "customer_id",
    "first_name",
    "locale",
    "time_zone",
    "consent_email",
    "consent_sms",
    "consent_push",
    "objected_to_profiling",
    "suppressed",
    "last_unsubscribe_at",
    "last_complaint_at",
    "age",
    "tenure_days",
    "orders_count",
    "total_spend",
    "avg_order_value",
    "days_since_last_purchase",
    "email_open_rate",
    "push_open_rate",
    "loyalty_member",
    "skin_concern",
    "segment",
    "last_email_days",
    "last_sms_days",
    "last_push_days",
]


def generate_customers(n: int, seed: int = 7) -> dict[str, np.ndarray]:
    """Generate ``n`` customers as columns.

    Args:
        n: Number of customers.
        seed: RNG seed; the same seed gives the same table.

    Returns:
        Column name → numpy array, in :data:`COLUMNS` order.
    """
    rng = np.random.default_rng(seed)
    ids = np.array([f"C{index:07d}" for index in range(1, n + 1)], dtype=object)
    zones, weights = zip(*TIME_ZONES, strict=True)
    segment = rng.choice(SEGMENTS, size=n, p=[0.2, 0.45, 0.28, 0.07])
    is_new, is_lapsed, is_vip = segment == "new", segment == "lapsed", segment == "vip"
    tenure = np.where(is_new, rng.integers(1, 60, n), rng.integers(60, 2400, n))
    orders = np.where(is_new, 0, rng.poisson(np.where(is_vip, 14, 4), n) + 1)
    aov = np.round(rng.lognormal(3.8, 0.35, n), 2)
    recency = np.where(
        is_new, 9999, np.where(is_lapsed, rng.integers(90, 720, n), rng.integers(1, 89, n))
    )
    email = rng.choice(["opt_in", "soft_opt_in", "none"], size=n, p=[0.62, 0.28, 0.10])
    sms = rng.choice(["express_written", "none"], size=n, p=[0.38, 0.62])
    push = rng.choice(["opt_in", "none"], size=n, p=[0.45, 0.55])
    unsubscribed = rng.random(n) < 0.01
    complained = rng.random(n) < 0.003
    days_ago = rng.integers(1, 120, n)
    stamp = (np.datetime64("2026-11-24") - days_ago.astype("timedelta64[D]")).astype(str)
    return {
        "customer_id": ids,
        "first_name": rng.choice(FIRST_NAMES, size=n).astype(object),
        "locale": np.full(n, "en-US", dtype=object),
        "time_zone": rng.choice(zones, size=n, p=weights).astype(object),
        "consent_email": email.astype(object),
        "consent_sms": sms.astype(object),
        "consent_push": push.astype(object),
        "objected_to_profiling": rng.random(n) < 0.02,
        "suppressed": rng.random(n) < 0.01,
        "last_unsubscribe_at": np.where(unsubscribed, stamp, "").astype(object),
        "last_complaint_at": np.where(complained, stamp, "").astype(object),
        "age": rng.integers(18, 80, n),
        "tenure_days": tenure,
        "orders_count": orders,
        "total_spend": np.round(orders * aov, 2),
        "avg_order_value": np.where(orders > 0, aov, 0.0),
        "days_since_last_purchase": recency,
        "email_open_rate": np.round(rng.beta(2, 5, n), 3),
        "push_open_rate": np.round(rng.beta(1.5, 8, n), 3),
        "loyalty_member": is_vip | (rng.random(n) < 0.25),
        "skin_concern": rng.choice(SKIN_CONCERNS, size=n).astype(object),
        "segment": segment.astype(object),
        "last_email_days": rng.integers(0, 60, n),
        "last_sms_days": rng.integers(0, 60, n),
        "last_push_days": rng.integers(0, 60, n),
    }


def write_customers(path: str | Path, n: int, seed: int = 7) -> Path:
    """Write a generated customer table as CSV or Parquet (by the file suffix).

    Args:
        path: Destination ``.csv`` or ``.parquet`` file.
        n: Number of customers.
        seed: RNG seed.

    Returns:
        The written path.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = generate_customers(n, seed)
    csv_path = path if path.suffix == ".csv" else path.with_suffix(".tmp.csv")
    with csv_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(zip(*(columns[name].tolist() for name in COLUMNS), strict=True))
    if csv_path != path:
        con = duck.connect()
        con.read_csv(str(csv_path), header=True).write_parquet(str(path))
        con.close()
        csv_path.unlink()
    return path


SAMPLE_SCHEMA_PATH = Path(__file__).with_name("sample_customers.yaml")
"""The sample table's customer schema (data, beside the generator)."""


def sample_schema() -> CustomerSchema:
    """The customer schema of the sample table (:data:`SAMPLE_SCHEMA_PATH`)."""
    return CustomerSchema.load(SAMPLE_SCHEMA_PATH)


def sample_feature_spec() -> FeatureSpec:
    """The feature spec of the sample table, as its schema declares it.

    Returns:
        Numeric features (log-scaled and binned where thresholds matter), booleans and the
        categorical segment and skin concern.
    """
    return sample_schema().feature_spec()
