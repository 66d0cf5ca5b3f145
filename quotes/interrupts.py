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

_requested = False


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
