"""Interrupts that cannot be lost.

A signal handler that raises ``KeyboardInterrupt`` raises it wherever the
interpreter happens to be, and when that is inside a finaliser (``__del__``,
which the ``regex`` module runs while compiling patterns) Python prints
"Exception ignored" and carries on as if nothing had happened. So the
command's handlers also record the interrupt here, and the build checks the
record at safe points (between documents, between work units, before a
release is moved into place) and raises there.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

_requested = False
_deferring = 0


def request() -> None:
    """Record an interrupt (called from a signal handler)."""
    global _requested
    _requested = True


def requested() -> bool:
    return _requested


def clear() -> None:
    global _requested
    _requested = False


def check() -> None:
    """Raise ``KeyboardInterrupt`` if an interrupt was recorded and not yet acted on."""
    if _requested:
        raise KeyboardInterrupt


def deferring() -> bool:
    """True inside :func:`deferred`: a handler should only record the interrupt, not raise it."""
    return _deferring > 0


@contextmanager
def deferred() -> Iterator[None]:
    """A step that must not be cut in two (moving a finished release into place and indexing it).

    An interrupt that arrives inside is recorded and left to the caller: the
    step completes either way.
    """
    global _deferring
    _deferring += 1
    try:
        yield
    finally:
        _deferring -= 1
