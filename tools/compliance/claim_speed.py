"""Speed promises said without a figure: "your refund arrives instantly".

The built-in service triggers find a delivery time with a figure ("arrives within 2 days",
"ready in 30 minutes"). A delivery, a payment or a refund said to happen *instantly*,
*immediately*, *right away* or *in seconds* makes the same promise, stronger: it is a service
claim that needs an approved wording. The verb must say that something reaches the reader or
is done for them (arrives, delivered, credited, refunded…); "instantly" of anything else
("instantly recognisable") is not a speed promise.
"""

from __future__ import annotations

from nextbest.brand_context.models import ClaimCategory

_MOVES = (
    "arrive", "arrives", "arrived", "arriving", "deliver", "delivers", "delivered", "land",
    "lands", "reach", "reaches", "credited", "deposited", "transferred", "paid out", "paid",
    "refunded", "settled", "processed", "shipped", "dispatched", "approved",
)  # fmt: skip
_AT_ONCE = (
    "instantly", "immediately", "right away", "straight away", "in seconds", "within seconds",
    "in an instant", "in no time",
)  # fmt: skip

SPEED_PATTERN = (
    r"(?<![a-z0-9])(?:"
    + "|".join(sorted(_MOVES, key=len, reverse=True))
    + r")(?: [a-z]+){0,2}? (?:"
    + "|".join(sorted(_AT_ONCE, key=len, reverse=True))
    + r")(?![a-z0-9])"
)
"""A verb of delivery or payment, at most two words, then a word for *at once* (skeleton)."""

SPEED_TRIGGERS: dict[ClaimCategory, tuple[str, ...]] = {ClaimCategory.SERVICE: (SPEED_PATTERN,)}
"""Per category, trigger patterns added to the built-in ones."""
