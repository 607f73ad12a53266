"""What the installed llama.cpp build needs from the CPU, and whether this machine has it.

``llama-cpp-python`` builds llama.cpp from source when it is installed. With llama.cpp's
default ``GGML_NATIVE=ON`` the CPU backend is compiled for the building machine's CPU (AVX-512,
AMX, … when present) and can die with an illegal instruction or a general protection fault on
another machine of the same kind. nextbest's install command builds it portable
(``CMAKE_ARGS="-DGGML_NATIVE=OFF"``: SSE3, SSSE3, AVX, AVX2, F16C, FMA, BMI2). This module reads
the features a build was compiled with (``llama_print_system_info``, in a child process, so a
broken build cannot take the caller down), compares them with the CPU's flags and says how to
rebuild.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

PORTABLE_FEATURES = frozenset({"SSE3", "SSSE3", "AVX", "AVX2", "F16C", "FMA", "BMI2"})
"""The x86-64 instruction-set features a ``GGML_NATIVE=OFF`` build compiles in."""

FEATURE_CPU_FLAGS: dict[str, str] = {
    "SSE3": "pni",
    "SSSE3": "ssse3",
    "AVX": "avx",
    "AVX2": "avx2",
    "AVX_VNNI": "avx_vnni",
    "F16C": "f16c",
    "FMA": "fma",
    "BMI2": "bmi2",
    "AVX512": "avx512f",
    "AVX512_VBMI": "avx512vbmi",
    "AVX512_VNNI": "avx512_vnni",
    "AVX512_BF16": "avx512_bf16",
    "AMX_INT8": "amx_int8",
}
"""llama.cpp feature name (as ``llama_print_system_info`` prints it) → ``/proc/cpuinfo`` flag."""

REBUILD_COMMAND = (
    'CMAKE_ARGS="-DGGML_NATIVE=OFF" pip install --force-reinstall --no-deps --no-cache-dir '
    '"llama-cpp-python==0.3.36"'
)
"""Rebuilds the binding portable in the active environment (without the cached native wheel)."""

_PROBE = "import llama_cpp; print(llama_cpp.llama_print_system_info().decode())"
_FEATURE = re.compile(r"\b([A-Z][A-Z0-9_]*) = 1\b")


@dataclass(frozen=True)
class BuildReport:
    """The installed llama.cpp build held against this machine's CPU.

    Attributes:
        compiled: The instruction-set features the CPU backend was compiled with.
        missing_on_cpu: Compiled features this CPU does not have (the build will crash here).
        beyond_portable: Compiled features outside the portable set (it may crash elsewhere).
    """

    compiled: frozenset[str]
    missing_on_cpu: frozenset[str]
    beyond_portable: frozenset[str]

    @property
    def portable(self) -> bool:
        """Whether the build uses only the portable feature set."""
        return not self.beyond_portable

    def summary(self) -> str:
        """One line for people: portable or not, and what is wrong."""
        if self.missing_on_cpu:
            return (
                f"the llama.cpp build uses {', '.join(sorted(self.missing_on_cpu))}, which this "
                f"CPU lacks: rebuild it portable with: {REBUILD_COMMAND}"
            )
        if self.beyond_portable:
            return (
                f"the llama.cpp build is native to another CPU "
                f"({', '.join(sorted(self.beyond_portable))}); it runs here but not on every "
                f"machine: rebuild it portable with: {REBUILD_COMMAND}"
            )
        return f"portable llama.cpp build ({', '.join(sorted(self.compiled))})"


def parse_system_info(text: str) -> frozenset[str]:
    """The instruction-set features in a ``llama_print_system_info`` line.

    Args:
        text: E.g. ``"CPU : SSE3 = 1 | AVX = 1 | AVX512 = 1 | OPENMP = 1 |"``.

    Returns:
        The features set to 1 that name CPU instructions (``OPENMP``, ``REPACK`` … are dropped).
    """
    return frozenset(name for name in _FEATURE.findall(text) if name in FEATURE_CPU_FLAGS)


def cpu_flags(cpuinfo: Path = Path("/proc/cpuinfo")) -> frozenset[str] | None:
    """The CPU's feature flags from ``/proc/cpuinfo`` (None where the file is not there)."""
    try:
        text = cpuinfo.read_text(errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith("flags"):
            return frozenset(line.partition(":")[2].split())
    return None


def compiled_features(python: str = sys.executable, timeout_s: float = 60.0) -> frozenset[str]:
    """The features the installed ``llama_cpp`` was compiled with, read in a child process.

    Args:
        python: The interpreter whose ``llama_cpp`` is read.
        timeout_s: Bound on the child process.

    Returns:
        The compiled instruction-set features.

    Raises:
        RuntimeError: If the binding cannot be imported (the child's error is included).
    """
    done = subprocess.run(
        [python, "-c", _PROBE], capture_output=True, text=True, timeout=timeout_s, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"llama_cpp cannot be imported: {done.stderr.strip()[-500:]}")
    return parse_system_info(done.stdout)


def assess(compiled: frozenset[str], flags: frozenset[str] | None) -> BuildReport:
    """Hold compiled features against CPU flags and the portable set.

    Args:
        compiled: Features from :func:`compiled_features`.
        flags: CPU flags from :func:`cpu_flags` (None: unknown, nothing is reported missing).

    Returns:
        The report.
    """
    missing: frozenset[str] = frozenset()
    if flags is not None:
        missing = frozenset(name for name in compiled if FEATURE_CPU_FLAGS[name] not in flags)
    return BuildReport(
        compiled=compiled, missing_on_cpu=missing, beyond_portable=compiled - PORTABLE_FEATURES
    )


def installed_build(python: str = sys.executable) -> BuildReport:
    """The report for the installed build on this machine."""
    return assess(compiled_features(python), cpu_flags())
