"""Command groups whose subcommands are imported only when they are needed.

``nextbest --help`` and a simple command must not import what other commands need (the
evaluation harness, the learner, the LLM clients). The ``nextbest.app.cli`` modules import their
heavy dependencies inside their functions; a command defined outside ``app/cli`` (in
``nextbest.evals``) is mounted through a :class:`LazyGroup` instead: it names the command by
``module:attribute`` and imports it when the group runs it, completes it or shows its help.
"""

from __future__ import annotations

import importlib
from typing import Any, ClassVar, cast

import typer
from typer.core import TyperGroup


def _attribute(target: str) -> Any:
    """The object a ``module:attribute`` string names (the module is imported now)."""
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def _commands_of(app: typer.Typer) -> dict[str, Any]:
    """The click commands a typer app holds, by name (as ``add_typer`` would mount them)."""
    return dict(typer.main.get_group(app).commands)


class LazyGroup(TyperGroup):
    """A typer group with subcommands imported on first use.

    Subclasses (see :func:`lazy_group`) set :attr:`lazy_commands` and/or :attr:`lazy_app`; the
    commands the group was built with come first, in their order, then the lazy ones.
    """

    lazy_commands: ClassVar[dict[str, str]] = {}
    """Subcommand name → ``module:function`` of its typer command function."""

    lazy_app: ClassVar[str | None] = None
    """``module:attribute`` of a typer app: every command of it is a subcommand of this group."""

    def _load_app(self) -> None:
        """Add the commands of :attr:`lazy_app` (once; the group keeps them)."""
        if self.lazy_app is None or self.__dict__.get("_lazy_app_loaded"):
            return
        self.__dict__["_lazy_app_loaded"] = True
        for name, command in _commands_of(_attribute(self.lazy_app)).items():
            self.commands.setdefault(name, command)

    def _load_command(self, name: str) -> None:
        """Add the lazy subcommand ``name`` (once)."""
        if name in self.commands or name not in self.lazy_commands:
            return
        holder = typer.Typer(add_completion=False)
        holder.command(name)(_attribute(self.lazy_commands[name]))
        self.commands[name] = _commands_of(holder)[name]

    def list_commands(self, ctx: Any) -> list[str]:
        """The subcommand names: the built ones, then the lazy ones (without importing them)."""
        self._load_app()
        names = super().list_commands(ctx)
        return names + [name for name in self.lazy_commands if name not in names]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """The subcommand ``cmd_name``, imported now if it is a lazy one."""
        self._load_app()
        self._load_command(cmd_name)
        return super().get_command(ctx, cmd_name)


def lazy_group(
    *,
    commands: dict[str, str] | None = None,
    app: str | None = None,
    base: type[TyperGroup] = TyperGroup,
) -> type[LazyGroup]:
    """A :class:`LazyGroup` class for ``typer.Typer(cls=...)``.

    Args:
        commands: Subcommand name → ``module:function`` of a typer command function.
        app: ``module:attribute`` of a typer app whose commands the group shows and runs.
        base: The group class to extend (e.g. one that turns errors into one line).

    Returns:
        A subclass of ``base`` and :class:`LazyGroup` with those lazy subcommands.
    """
    namespace = {"lazy_commands": dict(commands or {}), "lazy_app": app}
    return cast(type[LazyGroup], type(f"Lazy{base.__name__}", (LazyGroup, base), namespace))
