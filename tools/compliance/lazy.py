"""A property computed on first read and kept on the instance, without a lock.

``functools.cached_property`` (Python 3.11) takes a lock shared by every instance of the class
on each first read, which costs more than many of the per-message views it keeps. The engine's
per-check objects (a field's views, the check context) are built and read by one thread, so
:class:`lazy_property` keeps the same behaviour without the lock: the first read calls the
function and stores the value in the instance's ``__dict__`` under the property's name, and
later reads find it there without calling the descriptor at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Self, TypeVar, overload

T = TypeVar("T")


class lazy_property(Generic[T]):  # noqa: N801 - named like the decorator it replaces
    """``functools.cached_property`` without its lock (see the module docstring).

    Attributes:
        func: The function computing the value from the instance.
        name: The attribute name the value is kept under (set when the class is created).
    """

    def __init__(self, func: Callable[[Any], T]) -> None:
        """Wrap ``func``.

        Args:
            func: The method computing the value.
        """
        self.func = func
        self.name: str | None = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type[Any], name: str) -> None:
        """Remember the attribute name.

        Args:
            owner: The class.
            name: The attribute name.

        Raises:
            TypeError: When the same descriptor is given two names.
        """
        if self.name is None:
            self.name = name
        elif name != self.name:
            raise TypeError(f"lazy_property assigned to two names ({self.name!r} and {name!r})")

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> Self: ...

    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type[Any] | None = None) -> T | Self:
        """The value, computed and kept on the first read of ``instance``.

        Args:
            instance: The instance read (None when read on the class).
            owner: The class.

        Returns:
            The descriptor itself when read on the class, else the value.

        Raises:
            TypeError: When the descriptor has no name (not set on a class).
        """
        if instance is None:
            return self
        if self.name is None:
            raise TypeError("lazy_property used without __set_name__")
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value
