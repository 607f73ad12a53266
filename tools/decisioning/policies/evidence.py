"""Prior precisions learned from the data: type-II maximum likelihood, one per block of weights.

A ridge prior with one precision ``λ`` for every weight treats a block of weights the data
barely supports (say, every pairwise product crossed with every send window) like the main
effects. Here each block ``g`` of parameters has its own precision ``λ_g``, set by maximising the
marginal likelihood (the *evidence*) with MacKay's fixed-point updates (MacKay, 1992; Tipping,
2001, eq. 16 for groups). For the model ``r = φᵀθ + ε``, ``ε ~ N(0, σ²)``,
``θ_i ~ N(0, σ²/λ_g(i))``, with ``A = diag(λ) + Σ w φφᵀ``, ``b = Σ w r φ`` and ``m = A⁻¹ b``::

    γ_g = Σ_{i ∈ g} (1 − λ_g (A⁻¹)_ii)              well-determined parameters of block g
    σ²  = (Σ w r² − mᵀb − mᵀ diag(λ) m) / (N − Σ_g γ_g)
    λ_g ← σ² γ_g / ‖m_g‖²

Everything comes from the sufficient statistics the model keeps (``A``, ``b``, ``Σ w r²``,
``N``), so a refit never revisits rows. A step starts from the factor the model has just
computed and costs one triangular inverse (in single precision) and one new factorisation
(``O(D³)``); refits happen when the data has grown by a set factor.
Rewards ×c scale ``σ²`` and ``‖m_g‖²`` alike, so the learned precisions are scale-invariant.
"""

from __future__ import annotations

import numpy as np
from scipy.linalg.lapack import strtri


class EvidencePrior:
    """One prior precision per block of parameters, refitted by evidence maximisation.

    A block whose precision reaches ``ceiling`` is *pruned*: its weights are held at exactly 0
    and leave the factorisation, which then costs ``O(D_active³)``. As with MacKay's updates
    themselves (a precision at infinity stays there), a pruned block does not come back.

    Args:
        blocks: Block index of every parameter, ``(D,)`` ints in ``0 … B − 1``.
        floor: Smallest precision a block may get.
        ceiling: Precision at which a block is pruned.
        growth: Refit once the total observation weight has grown by this factor since the
            last refit (1.0: every time the data doubles).
        iterations: Fixed-point steps per refit (warm-started from the current precisions).
        min_weight: No refit before this much observation weight.
    """

    def __init__(
        self,
        blocks: np.ndarray,
        floor: float = 1e-2,
        ceiling: float = 1e6,
        growth: float = 1.0,
        iterations: int = 1,
        min_weight: float = 500.0,
    ) -> None:
        self.blocks = np.asarray(blocks, dtype=np.int64)
        self.n_blocks = int(self.blocks.max()) + 1
        self.floor, self.ceiling = floor, ceiling
        self.growth, self.iterations, self.min_weight = growth, iterations, min_weight
        self.refitted_at = 0.0
        self.noise_variance = float("nan")

    def due(self, total: float) -> bool:
        """Whether the data has grown enough since the last refit."""
        if total < self.min_weight:
            return False
        return self.refitted_at <= 0 or total >= self.refitted_at * (1.0 + self.growth)

    def step(
        self,
        chol: np.ndarray,
        theta: np.ndarray,
        b: np.ndarray,
        prior: np.ndarray,
        active: np.ndarray,
        sum_r2: float,
        total: float,
    ) -> np.ndarray:
        """One fixed-point step on the active parameters.

        Args:
            chol: Lower Cholesky factor of ``A`` on the active parameters, under ``prior``.
            theta: Posterior mean of the active parameters.
            b: ``Σ w r φ`` on the active parameters.
            prior: Current precision of the active parameters.
            active: Indices of the active parameters.
            sum_r2: ``Σ w r²``.
            total: ``N = Σ w``.

        Returns:
            The new precision of every active parameter (its block's value).
        """
        g = self.blocks[active]
        n = self.n_blocks
        # diag(A⁻¹) = column norms of L⁻¹; single precision is ample for γ (a sum of shares)
        inv_chol, info = strtri(np.asfortranarray(chol, dtype=np.float32), lower=1)
        if info != 0:
            raise np.linalg.LinAlgError(f"strtri failed (info={info})")
        inv_diag = np.einsum("ki,ki->i", inv_chol, inv_chol, dtype=np.float64)
        gamma = np.bincount(g, 1.0 - prior * inv_diag, minlength=n)
        rss = sum_r2 - float(theta @ b) - float(theta @ (prior * theta))
        sigma2 = max(rss, 0.0) / max(total - float(gamma.sum()), 1.0)
        norms = np.bincount(g, theta * theta, minlength=n)
        block = sigma2 * np.maximum(gamma, 1e-12) / np.maximum(norms, 1e-300)
        self.noise_variance = sigma2
        return np.asarray(np.clip(block, self.floor, self.ceiling)[g])

    def state(self) -> np.ndarray:
        """``[refitted_at, noise_variance]`` to persist."""
        return np.array([self.refitted_at, self.noise_variance])

    def load_state(self, state: np.ndarray) -> None:
        """Restore from :meth:`state`."""
        self.refitted_at, self.noise_variance = (float(v) for v in state)
