"""Who may propose and decide each kind of change: the pack's role table plus goals and limits."""

from __future__ import annotations

from nextbest.brand_context.roles import (
    MINIMUM_ROLE_TO_CHANGE,
    PermissionDenied,
    Role,
    require_role,
)

GOAL_ROLE = Role.MARKETER
"""The least role that may propose, approve or reject a marketer goal."""


LIMITS_ROLE = Role.COMPLIANCE
"""The least role that may propose, approve or reject the brand limits (compliance, admin)."""

_OWN_ROLES = {"goal": GOAL_ROLE, "limits": LIMITS_ROLE}


def minimum_role(kind: str) -> Role:
    """The least role that may propose or decide a change of ``kind``."""
    return _OWN_ROLES.get(kind) or MINIMUM_ROLE_TO_CHANGE[kind]


def require_change_role(role: Role, kind: str, action: str) -> None:
    """Refuse a role that may not propose or decide a change of ``kind``.

    Raises:
        PermissionDenied: With the role needed.
    """
    if kind not in _OWN_ROLES:
        require_role(role, kind, action)
    elif role < _OWN_ROLES[kind]:
        what = "goals" if kind == "goal" else "the brand limits"
        needed = _OWN_ROLES[kind].label
        raise PermissionDenied(
            f"role {role.label!r} may not {action} {what}; {needed} or higher is required"
        )
