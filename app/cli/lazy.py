"""Command groups whose subcommands are imported only when they are needed.

``nextbest --help`` and a simple command must not import what other commands need (the
evaluation harness, the learner, the LLM clients). The ``nextbest.app.cli`` modules import their
heavy dependencies inside their functions; a command defined outside ``app/cli`` (in
``nextbest.evals``) is mounted through a :class:`LazyGroup` instead: a loader function imports
it when the group runs it, completes it or shows its help.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, cast

import typer
from typer.core import TyperGroup

CommandLoader = Callable[[], Callable[..., Any]]
"""Imports and returns a typer command function."""

AppLoader = Callable[[], typer.Typer]
"""Imports and returns a typer app."""


def _commands_of(app: typer.Typer) -> dict[str, Any]:
    """The click commands a typer app holds, by name (as ``add_typer`` would mount them)."""
    return dict(typer.main.get_group(app).commands)


class LazyGroup(TyperGroup):
    """A typer group with subcommands imported on first use.

    Subclasses (see :func:`lazy_group`) set :attr:`lazy_commands` and/or :attr:`lazy_apps`; the
    commands the group was built with come first, in their order, then the lazy ones.
    """

    lazy_commands: ClassVar[dict[str, CommandLoader]] = {}
    """Subcommand name → the loader of its typer command function."""

    lazy_apps: ClassVar[tuple[AppLoader, ...]] = ()
    """Loaders of typer apps: every command of each is a subcommand of this group."""

    def _load_apps(self) -> None:
        """Add the commands of :attr:`lazy_apps` (once; the group keeps them)."""
        if not self.lazy_apps or self.__dict__.get("_lazy_apps_loaded"):
            return
        self.__dict__["_lazy_apps_loaded"] = True
        for load in self.lazy_apps:
            for name, command in _commands_of(load()).items():
                self.commands.setdefault(name, command)

    def _load_command(self, name: str) -> None:
        """Add the lazy subcommand ``name`` (once)."""
        if name in self.commands or name not in self.lazy_commands:
            return
        holder = typer.Typer(add_completion=False)
        holder.command(name)(self.lazy_commands[name]())
        self.commands[name] = _commands_of(holder)[name]

    def list_commands(self, ctx: Any) -> list[str]:
        """The subcommand names: the built ones, then the lazy ones (without importing them)."""
        self._load_apps()
        names = super().list_commands(ctx)
        return names + [name for name in self.lazy_commands if name not in names]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """The subcommand ``cmd_name``, imported now if it is a lazy one."""
        self._load_apps()
        self._load_command(cmd_name)
        return super().get_command(ctx, cmd_name)


def lazy_group(
    *,
    commands: dict[str, CommandLoader] | None = None,
    apps: tuple[AppLoader, ...] = (),
    base: type[TyperGroup] = TyperGroup,
) -> type[LazyGroup]:
    """A :class:`LazyGroup` class for ``typer.Typer(cls=...)`` or ``add_typer(..., cls=...)``.

    Args:
        commands: Subcommand name → a function that imports and returns its command function.
        apps: Functions that import and return typer apps whose commands the group shows and
            runs (imported when the group lists or runs its commands, not when its parent does).
        base: The group class to extend (e.g. one that turns errors into one line).

    Returns:
        A subclass of ``base`` and :class:`LazyGroup` with those lazy subcommands.
    """
    namespace = {"lazy_commands": dict(commands or {}), "lazy_apps": tuple(apps)}
    return cast(type[LazyGroup], type(f"Lazy{base.__name__}", (LazyGroup, base), namespace))
