"""Holdout: a sticky, salted hash of the customer id decides who gets no message.

Membership depends only on the salt and the customer id, so the same customer is held out in
every run (and in every process) until the salt changes. The hash is BLAKE2b with the salt as
key; the first 8 bytes, read as an unsigned integer and divided by 2**64, give a uniform number
in [0, 1) that is compared with the requested share.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import numpy as np
from pydantic import BaseModel, ConfigDict, Field


class Holdout(BaseModel):
    """A holdout group of a given share.

    Attributes:
        share: Fraction of customers held out, in [0, 1).
        salt: Changing the salt draws a new, independent holdout.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    share: float = Field(0.05, ge=0.0, lt=1.0)
    salt: str = Field("nextbest-holdout", min_length=1)

    def uniform(self, customer_ids: Iterable[str]) -> np.ndarray:
        """The customer's hash as a number in [0, 1), ``(n,)``."""
        key = self.salt.encode()[:64]
        values = [
            int.from_bytes(
                hashlib.blake2b(str(cid).encode(), digest_size=8, key=key).digest(), "big"
            )
            for cid in customer_ids
        ]
        return np.asarray(values, dtype=np.float64) / 2.0**64

    def is_held_out(self, customer_ids: Iterable[str]) -> np.ndarray:
        """Boolean ``(n,)``: the customer is in the holdout group."""
        return self.uniform(customer_ids) < self.share
