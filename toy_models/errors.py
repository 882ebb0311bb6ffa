"""The errors the numeric core raises on bad input.

Both subclass ValueError, so `except ValueError` catches them; they exist so tests and
callers can tell "your input is wrong" from "this would not fit in the machine".
"""


class InputError(ValueError):
    """An argument has the wrong shape, type, values, or is not finite."""


class StateSpaceTooLarge(ValueError):
    """Exact enumeration was refused before it started: the space is too large."""
