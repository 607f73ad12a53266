"""Connecting to a Ray cluster for ``nextbest run --engine ray``.

Ray is imported only when a Ray run starts: the local engine never needs it. Usage statistics are
off, no dashboard is started, and nothing is fetched from the network.
"""

from __future__ import annotations

import logging
import os

RAY_ENVIRONMENT = {"RAY_USAGE_STATS_ENABLED": "0"}
"""Set before Ray starts: no usage statistics leave the machine."""


class RayUnavailable(RuntimeError):
    """Ray is not installed, or the cluster cannot be reached (nothing was recorded)."""


def connect_ray(address: str | None = None, num_cpus: int | None = None) -> None:
    """Connect this process to a Ray cluster (or start a local one), once.

    Args:
        address: A cluster address (``auto``, ``HOST:PORT``, ``ray://HOST:PORT``); None
            starts a local cluster for this process (or uses ``$RAY_ADDRESS`` when set).
        num_cpus: CPUs of a local cluster (all of the machine's when None).

    Raises:
        RayUnavailable: Ray is not installed or the cluster cannot be reached.
    """
    for key, value in RAY_ENVIRONMENT.items():
        os.environ.setdefault(key, value)
    try:
        import ray
    except ImportError:
        raise RayUnavailable(
            "--engine ray needs Ray: pip install 'nextbest[ray]' (the local engine needs none)"
        ) from None
    if ray.is_initialized():
        return
    local = address is None and not os.environ.get("RAY_ADDRESS")
    try:
        ray.init(
            address=address,
            num_cpus=num_cpus if local else None,
            _node_ip_address="127.0.0.1" if local else None,  # a local cluster stays on loopback
            include_dashboard=False,
            configure_logging=False,
            log_to_driver=False,
        )
    except Exception as exc:  # noqa: BLE001 — one line for the CLI, whatever Ray raised
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        where = address or os.environ.get("RAY_ADDRESS") or "a new local cluster"
        raise RayUnavailable(f"cannot reach the Ray cluster at {where}: {first}") from None
    from ray.data import DataContext

    context = DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)  # the CLI shows its own progress


def cluster_cpus() -> int:
    """CPUs of the connected Ray cluster."""
    import ray

    return max(1, int(ray.cluster_resources().get("CPU", 1)))
