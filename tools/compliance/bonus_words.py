"""Words for an extra given on top, written after a percentage.

Somali copy gives a bonus as a percentage followed by "dheeraad" (extra, more): "hel 10%
dheeraad ah" (get 10% extra) offers that much on top, as "20% off" offers that much off in
English. English "10% extra" is not read here: it as often states a surcharge ("costs 10%
extra"). The pattern is written for the folded (lower-case) view.
"""

from __future__ import annotations

AFTER = r"(?<!\w)dheeraad\w*"
"""Alternatives (no group) of a bonus word after its percentage: "10% dheeraad ah"."""
