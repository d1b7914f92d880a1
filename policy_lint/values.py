"""The bases of every value class: ``Record``, ``Frozen`` and ``Row``.

Why not dataclasses: a dataclass writes and compiles its methods each time
its module is imported, 1 to 3 ms a class. policy-lint needs about 25 such
classes before it reads one file, and that was 15% of a one-file run (a
pre-commit hook). Here the shared methods are written once, in source, so
they load compiled from the ``.pyc``; each class writes only its
``__slots__`` and ``__init__``.

* ``Record``: a mutable record (a document, a tally). Equal when its fields
  are equal; never hashed.
* ``Frozen``: an immutable record. It can be hashed, unless the class says
  ``hashable=False`` because its fields hold dicts or lists
  (``class Pack(Frozen, hashable=False)``).
* ``Row``: an immutable record that is a tuple. Words, sentences and counts
  are made by the hundred thousand and added up field by field, and a tuple
  is the cheapest thing to build and hash.

A ``Record`` or ``Frozen`` subclass lists its fields in ``__slots__``, in the
order of its ``__init__`` arguments; a ``Row`` lists them in ``_fields``, in
the order of its ``__new__`` arguments. ``_compared`` (default: every field)
are the fields that equality and the hash use. ``tests/test_values.py``
checks every subclass: the arguments match the fields, ``replace`` and a
pickle round trip work, and ``Frozen`` and ``Row`` cannot be changed and
hash where they claim to.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = ["Frozen", "Record", "Row"]

_set = object.__setattr__


class Record:
    """A mutable record: equal when its fields are equal; shown with its fields."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _compared: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "_fields" not in cls.__dict__:
            cls._fields = tuple(cls.__dict__.get("__slots__", ()))
        if "_compared" not in cls.__dict__:
            cls._compared = cls._fields

    def _key(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self._compared])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._key() == other._key()  # type: ignore[attr-defined,no-any-return]
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({shown})"

    def replace(self, **changes: Any) -> Any:
        """A copy with some fields changed (as ``dataclasses.replace``)."""
        unknown = set(changes) - set(self._fields)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {sorted(unknown)[0]!r}")
        values = {name: getattr(self, name) for name in self._fields}
        values.update(changes)
        return self.__class__(**values)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (self.__class__, tuple([getattr(self, name) for name in self._fields]))


class Frozen(Record):
    """An immutable record: it cannot be changed after ``__init__``.

    ``__init__`` sets its fields with ``values._set(self, name, value)``. It
    can be hashed unless the class is declared with ``hashable=False``.
    """

    __slots__ = ()
    hashable: ClassVar[bool] = True

    def __init_subclass__(cls, hashable: bool | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if hashable is not None:
            cls.hashable = hashable
        if not cls.hashable:
            cls.__hash__ = None  # type: ignore[assignment]

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: a {type(self).__name__} never changes")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: a {type(self).__name__} never changes")

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(self._key())


class Row(tuple):  # type: ignore[type-arg]
    """An immutable record that is a tuple: ``_fields``, a ``__new__`` and one property per field."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    hashable: ClassVar[bool] = True

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={value!r}" for name, value in zip(self._fields, self))
        return f"{type(self).__name__}({inner})"

    def __getnewargs__(self) -> tuple[Any, ...]:
        return tuple(self)

    def replace(self, **changes: Any) -> Any:
        """A copy with some fields changed (as ``dataclasses.replace``)."""
        unknown = set(changes) - set(self._fields)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {sorted(unknown)[0]!r}")
        values = dict(zip(self._fields, self))
        values.update(changes)
        return self.__class__(**values)
