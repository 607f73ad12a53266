"""The run report on the page: matplotlib plots as base64 PNG and the self-contained HTML file.

The HTML comes from the jinja2 template ``report_templates/report.html.j2``.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import Any

import numpy as np
from jinja2 import Environment, FileSystemLoader, select_autoescape

from nextbest.app.workspace.report_model import RunReport

TEMPLATES = Path(__file__).parent / "report_templates"


def _png(fig: Any) -> str:
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def draw_plots(report: RunReport) -> dict[str, str]:
    """The report's plots as base64 PNG: lift, breakdowns, guardrail and OPE."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    colours = {"holdout": "#9aa5b1", "treated": "#2f6f9f"}
    out: dict[str, str] = {}
    fig, axes = plt.subplots(1, len(report.lifts), figsize=(12, 3.2))
    for ax, lift in zip(np.atleast_1d(axes), report.lifts, strict=True):
        scale = 1.0 if lift.metric.startswith("revenue") else 100.0
        values = [lift.holdout * scale, lift.treated * scale]
        errors = np.array(
            [
                [v - lo * scale, hi * scale - v]
                for v, (lo, hi) in zip(values, [lift.holdout_ci, lift.treated_ci], strict=True)
            ]
        ).T
        ax.bar(
            ["holdout", "treated"],
            values,
            yerr=np.maximum(errors, 0),
            capsize=6,
            color=[colours["holdout"], colours["treated"]],
        )
        unit = "" if scale == 1.0 else " pp"
        ax.set_title(
            f"{lift.metric}\nlift {lift.diff * scale:+.2f}{unit} "
            f"[{lift.low * scale:+.2f}, {lift.high * scale:+.2f}]",
            fontsize=9,
        )
        ax.set_ylabel("$ per customer" if scale == 1.0 else "% of customers", fontsize=8)
        ax.tick_params(labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    fig.suptitle("Treated vs holdout (95 % intervals)", fontsize=11)
    fig.tight_layout()
    out["lift"] = _png(fig)

    fig, axes = plt.subplots(1, 2, figsize=(12, 3.6), gridspec_kw={"width_ratios": [3, 2]})
    baseline = report.lift("conversion rate").holdout * 100
    for ax, rows, title in (
        (axes[0], report.by_offer, "Conversion rate by offer (treated)"),
        (axes[1], report.by_channel, "Conversion rate by channel (treated)"),
    ):
        names = [f"{r.group} (n={r.decisions:,})" for r in rows][::-1]
        values = np.array([r.conversion_rate * 100 for r in rows][::-1])
        cis = np.array([[r.conversion_ci[0] * 100, r.conversion_ci[1] * 100] for r in rows][::-1])
        err = np.maximum(np.vstack([values - cis[:, 0], cis[:, 1] - values]), 0)
        ax.barh(names, values, xerr=err, capsize=3, color=colours["treated"])
        ax.axvline(
            baseline, color="#c0392b", linestyle="--", linewidth=1, label=f"holdout {baseline:.1f}%"
        )
        ax.set_title(title, fontsize=10)
        ax.set_xlabel("% converted", fontsize=8)
        ax.tick_params(labelsize=8)
        ax.legend(fontsize=7, loc="lower right")
        ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    out["breakdown"] = _png(fig)

    fig, axes = plt.subplots(1, 2, figsize=(12, 3.2))
    names = list(report.guardrail)
    axes[0].barh(names[::-1], [report.guardrail[k] for k in names][::-1], color="#4a8c5c")
    axes[0].set_title("Cells by guardrail outcome", fontsize=10)
    axes[0].set_xlabel("cells", fontsize=8)
    blocked = report.blocked_at_recheck or {"(none)": 0}
    axes[1].barh(list(blocked)[::-1], list(blocked.values())[::-1], color="#b9770e")
    axes[1].set_title("Blocked at the per-customer re-check, by rule", fontsize=10)
    axes[1].set_xlabel("messages", fontsize=8)
    for ax in axes:
        ax.tick_params(labelsize=8)
        ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    out["guardrail"] = _png(fig)

    if report.ope:
        fig, ax = plt.subplots(figsize=(7, 2.6))
        labels = [f"{e.policy}\n{e.estimator}" for e in report.ope]
        values = np.array([e.value for e in report.ope])
        err = np.maximum(
            np.vstack(
                [values - [e.low for e in report.ope], [e.high for e in report.ope] - values]
            ),
            0,
        )
        ax.errorbar(values, range(len(values)), xerr=err, fmt="o", capsize=5, color="#2f6f9f")
        ax.set_yticks(range(len(values)), labels, fontsize=8)
        ax.invert_yaxis()
        ax.set_xlabel("reward per decision (value model)", fontsize=8)
        ax.set_title("Logging policy (observed) vs latest policy (off-policy)", fontsize=10)
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout()
        out["ope"] = _png(fig)
    return out


def render_html(report: RunReport) -> str:
    """The self-contained HTML report."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = lambda v, digits=2: f"{v * 100:.{digits}f}%"
    env.filters["signed_pct"] = lambda v, digits=2: f"{v * 100:+.{digits}f}"
    return env.get_template("report.html.j2").render(report=report)


def write_report(report: RunReport, path: Path) -> Path:
    """Write the HTML report to ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(report), encoding="utf-8")
    return path
