"""Name the holder of a great office of state quoted by title alone ("The Prime Minister said:").

Used only when the release itself never names the person holding the title
(then that name is used, as written). The table is in
:mod:`quotes.rules.office_holders`.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from .rules.office_holders import DEPARTMENTS, HOLDERS, TITLES


def office_of(role: Optional[str]) -> Optional[str]:
    """The great office a bare title names ('the PM' -> 'Prime Minister'), or None."""
    if not role:
        return None
    return TITLES.get(" ".join(role.split()).casefold().removeprefix("the "))


def office_holder(role: Optional[str], organisation: Optional[str], date: Optional[dt.date]) -> Optional[str]:
    """Who held the office a bare title names on ``date``, when the title is resolved to that office's own
    department (not a university's chancellor); None on a changeover day, before the table starts, or when
    the title is not one of the great offices."""
    office = office_of(role)
    if office is None or date is None or organisation not in DEPARTMENTS[office]:
        return None
    holder = None
    for name, appointed in HOLDERS[office]:
        if appointed == date:
            return None  # either the outgoing or the incoming holder may be speaking
        if appointed < date:
            holder = name
    return holder
