"""An amount given for each friend brought in: a referral reward, not a price.

"$10 for every friend who joins" or "10 000 Ar isaky ny namana" (Malagasy: for each friend)
offers money for a referral, as "get $10" does; it is what the brand pays, not what anything
costs. An amount is read so when a word for "per" and a word for a friend or a referral follow
it. "Per person" stays a price. The pattern is written for the folded (lower-case) view.
"""

from __future__ import annotations

AFTER = (
    r"\s+(?:per|for\s+(?:each|every)|isaky\s+ny)\s+"
    r"(?:friends?|referrals?|referred\s+friends?|namana)\b"
)
"""What follows a referral reward's amount: "for every friend", "isaky ny namana"."""
