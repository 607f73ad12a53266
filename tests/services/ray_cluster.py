"""Ray for tests: a real cluster, never a mock.

Contract (shared by the service fixtures): ``NEXTBEST_TEST_RAY_ADDRESS`` names a running Ray
cluster (``.ci/run`` starts one with 2 CPUs and exports it). When it is unset, the session
starts a local cluster in this process (``ray.init(num_cpus=2)``, loopback only, no dashboard,
usage statistics off) and shuts it down at the end. When neither works the Ray tests skip —
except under ``CI``, where they fail.

Fixtures:
    ray_cluster: The cluster's address (None for the session's own local cluster).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

ADDRESS_ENV = "NEXTBEST_TEST_RAY_ADDRESS"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"Ray is required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[str | None]:
    """A Ray cluster this test process is connected to."""
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    try:
        import ray
    except ImportError:
        _unavailable("ray is not installed (pip install 'nextbest[ray]')")
        return
    from nextbest.app.workspace.ray_engine import RayUnavailable, connect_ray

    address = os.environ.get(ADDRESS_ENV) or None
    try:
        connect_ray(address, num_cpus=2)
    except RayUnavailable as exc:
        _unavailable(str(exc))
        return
    yield address
    ray.shutdown()
