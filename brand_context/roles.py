"""Who may change what in the brand store: roles viewer < marketer < compliance < admin."""

from __future__ import annotations

from enum import IntEnum


class Role(IntEnum):
    """Ordered roles; a higher role can do everything a lower one can."""

    VIEWER = 0
    MARKETER = 1
    COMPLIANCE = 2
    ADMIN = 3

    @classmethod
    def parse(cls, value: str | Role) -> Role:
        """Parse a role name, case-insensitively.

        Args:
            value: A role name such as ``"compliance"`` or a Role.

        Returns:
            The role.

        Raises:
            ValueError: Listing the valid role names.
        """
        if isinstance(value, Role):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            names = ", ".join(r.name.lower() for r in cls)
            raise ValueError(f"unknown role {value!r}; valid roles: {names}") from None

    @property
    def label(self) -> str:
        """Lower-case name, as users type it."""
        return self.name.lower()


MINIMUM_ROLE_TO_CHANGE: dict[str, Role] = {
    "claim": Role.COMPLIANCE,
    "offer": Role.COMPLIANCE,
    "rule": Role.COMPLIANCE,
    "brand": Role.COMPLIANCE,
    "pack": Role.COMPLIANCE,
    "voice": Role.MARKETER,
    "product": Role.COMPLIANCE,
    "statement": Role.COMPLIANCE,
    "non_claims": Role.COMPLIANCE,
    "rule_test": Role.COMPLIANCE,
}
"""The least role that may change each kind of entry ("pack" = import and rollback)."""


class PermissionDenied(PermissionError):
    """A user's role does not allow the change they asked for."""


def require_role(role: Role, kind: str, action: str) -> None:
    """Refuse a change the role does not allow.

    Args:
        role: The acting user's role.
        kind: What is being changed: claim, offer, rule, brand, voice or pack.
        action: A verb for the message, e.g. ``"edit"``.

    Raises:
        PermissionDenied: With the role needed.
    """
    needed = MINIMUM_ROLE_TO_CHANGE[kind]
    if role < needed:
        raise PermissionDenied(
            f"role {role.label!r} may not {action} {kind}s; {needed.label} or higher is required"
        )
