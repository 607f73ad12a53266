"""Dense linear algebra behind the shared ridge model: rank-k Cholesky updates and PCG."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy.linalg import solve_triangular
from scipy.linalg.lapack import strtri


def cholesky_update(chol: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """The lower Cholesky factor of ``LLᵀ + VᵀV`` from ``L`` and the rows ``V`` ``(k, D)``.

    One rank-1 update per row, each in ``O(D²)`` vectorised steps: with ``p = L⁻¹v``,
    ``I + ppᵀ = MMᵀ`` where ``M`` is lower triangular with ``M_jj = √(q_j / q_{j−1})`` and
    ``M_ij = p_i p_j / √(q_j q_{j−1})`` below the diagonal (``q_j = 1 + Σ_{i≤j} p_i²``), so the
    new factor is ``LM``, whose columns are suffix sums of ``p_i L_{:,i}`` (Gill, Golub, Murray
    and Saunders, 1974, method C1). Every step keeps the factor positive definite.

    Args:
        chol: Lower Cholesky factor ``L`` ``(D, D)``.
        rows: Rows to add, ``(k, D)``.

    Returns:
        The updated lower factor (a new array).
    """
    upper = chol.T.copy()  # rows of R = columns of L: contiguous suffix sums
    sums = np.empty_like(upper)
    for v in rows:
        p = solve_triangular(upper, v, trans="T", lower=False, check_finite=False)
        q = 1.0 + np.cumsum(p * p)
        q_prev = np.concatenate(([1.0], q[:-1]))
        gamma = p / np.sqrt(q * q_prev)
        np.multiply(upper, p[:, None], out=sums)
        for j in range(len(p) - 2, -1, -1):  # sums[j] = Σ_{i≥j} p_i R_i (row adds beat cumsum)
            np.add(sums[j], sums[j + 1], out=sums[j])
        upper *= np.sqrt(q / q_prev)[:, None]
        upper[:-1] += gamma[:-1, None] * sums[1:]
    return upper.T  # Fortran order: LAPACK's own layout, and no transposing copy next time


def triangular_inverse(chol: np.ndarray) -> np.ndarray:
    """``L⁻¹`` of a lower Cholesky factor, in single precision (a preconditioner's accuracy).

    Applying ``(LLᵀ)⁻¹`` as two matrix-vector products with ``L⁻¹`` is several times faster
    than two triangular solves with ``L`` (measured at ``D = 900``: 0.17 against 0.96 ms).
    """
    inverse, info = strtri(np.asfortranarray(chol, dtype=np.float32), lower=1)
    if info != 0:
        raise np.linalg.LinAlgError(f"strtri failed (info={info})")
    return np.asarray(inverse)


def pcg(
    matvec: Callable[[np.ndarray], np.ndarray],
    b: np.ndarray,
    x0: np.ndarray,
    inverse: np.ndarray,
    rtol: float = 1e-5,
    max_iter: int = 50,
) -> np.ndarray:
    """Solve ``A x = b`` by conjugate gradients from ``x0``, preconditioned by ``(LLᵀ)⁻¹``.

    Args:
        matvec: ``x ↦ A x``.
        b: Right-hand side.
        x0: Starting point.
        inverse: ``L⁻¹`` of a (possibly older) Cholesky factor of ``A``
            (:func:`triangular_inverse`; float32 is enough: iterates and residuals stay in
            float64, so the solution is as accurate as ``rtol`` asks).
        rtol: Residual norm relative to ``‖b‖`` at which to stop.
        max_iter: Most iterations.
    """
    tol = rtol * float(np.linalg.norm(b))  # relative only: rewards ×c give a solution ×c
    if tol == 0.0:
        return np.zeros_like(b)

    def precondition(r: np.ndarray) -> np.ndarray:
        return np.asarray(inverse.T @ (inverse @ r.astype(inverse.dtype)), dtype=np.float64)

    x = x0.copy()
    r = b - matvec(x)
    if float(np.linalg.norm(r)) <= tol:
        return x
    z = precondition(r)
    p = z.copy()
    rz = float(r @ z)
    for _ in range(max_iter):
        Ap = matvec(p)
        step = rz / float(p @ Ap)
        x += step * p
        r -= step * Ap
        if float(np.linalg.norm(r)) <= tol:
            break
        z = precondition(r)
        rz_new = float(r @ z)
        p = z + (rz_new / rz) * p
        rz = rz_new
    return x
