"""Who held the great offices of state, and when.

A release often quotes "the Prime Minister" or "the Chancellor" without ever
writing the name (the reader knows who it is). For these offices alone the
holder on the release date is a matter of record, so the speaker can be
named. Other offices change hands too often, and share their titles with too
many posts outside government, to be named this way.

Sources: the lists of holders of each office published by the UK
government and Parliament. Dates are those of appointment; a holder serves
until the day the next one is appointed. On a changeover day the speaker
could be either, so none is named.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

D = dt.date

# office -> (holder, appointed), in order of appointment (from May 1997).
HOLDERS: dict[str, tuple[tuple[str, dt.date], ...]] = {
    "Prime Minister": (
        ("Tony Blair", D(1997, 5, 2)),
        ("Gordon Brown", D(2007, 6, 27)),
        ("David Cameron", D(2010, 5, 11)),
        ("Theresa May", D(2016, 7, 13)),
        ("Boris Johnson", D(2019, 7, 24)),
        ("Liz Truss", D(2022, 9, 6)),
        ("Rishi Sunak", D(2022, 10, 25)),
        ("Keir Starmer", D(2024, 7, 5)),
    ),
    "Chancellor of the Exchequer": (
        ("Gordon Brown", D(1997, 5, 2)),
        ("Alistair Darling", D(2007, 6, 28)),
        ("George Osborne", D(2010, 5, 11)),
        ("Philip Hammond", D(2016, 7, 13)),
        ("Sajid Javid", D(2019, 7, 24)),
        ("Rishi Sunak", D(2020, 2, 13)),
        ("Nadhim Zahawi", D(2022, 7, 5)),
        ("Kwasi Kwarteng", D(2022, 9, 6)),
        ("Jeremy Hunt", D(2022, 10, 14)),
        ("Rachel Reeves", D(2024, 7, 5)),
    ),
    "Home Secretary": (
        ("Jack Straw", D(1997, 5, 2)),
        ("David Blunkett", D(2001, 6, 8)),
        ("Charles Clarke", D(2004, 12, 15)),
        ("John Reid", D(2006, 5, 5)),
        ("Jacqui Smith", D(2007, 6, 28)),
        ("Alan Johnson", D(2009, 6, 5)),
        ("Theresa May", D(2010, 5, 12)),
        ("Amber Rudd", D(2016, 7, 13)),
        ("Sajid Javid", D(2018, 4, 30)),
        ("Priti Patel", D(2019, 7, 24)),
        ("Suella Braverman", D(2022, 9, 6)),
        ("Grant Shapps", D(2022, 10, 19)),
        ("Suella Braverman", D(2022, 10, 25)),
        ("James Cleverly", D(2023, 11, 13)),
        ("Yvette Cooper", D(2024, 7, 5)),
        ("Shabana Mahmood", D(2025, 9, 5)),
    ),
    "Foreign Secretary": (
        ("Robin Cook", D(1997, 5, 2)),
        ("Jack Straw", D(2001, 6, 8)),
        ("Margaret Beckett", D(2006, 5, 5)),
        ("David Miliband", D(2007, 6, 28)),
        ("William Hague", D(2010, 5, 12)),
        ("Philip Hammond", D(2014, 7, 15)),
        ("Boris Johnson", D(2016, 7, 13)),
        ("Jeremy Hunt", D(2018, 7, 9)),
        ("Dominic Raab", D(2019, 7, 24)),
        ("Liz Truss", D(2021, 9, 15)),
        ("James Cleverly", D(2022, 9, 6)),
        ("David Cameron", D(2023, 11, 13)),
        ("David Lammy", D(2024, 7, 5)),
        ("Yvette Cooper", D(2025, 9, 5)),
    ),
}

# Titles as releases write them (compared in lower case) -> the office.
TITLES: dict[str, str] = {
    "prime minister": "Prime Minister",
    "pm": "Prime Minister",
    "chancellor": "Chancellor of the Exchequer",
    "chancellor of the exchequer": "Chancellor of the Exchequer",
    "home secretary": "Home Secretary",
    "secretary of state for the home department": "Home Secretary",
    "foreign secretary": "Foreign Secretary",
    "foreign and commonwealth secretary": "Foreign Secretary",
    "secretary of state for foreign and commonwealth affairs": "Foreign Secretary",
    "secretary of state for foreign, commonwealth and development affairs": "Foreign Secretary",
}

# The bodies each office speaks for: a title the release places anywhere else (a university's
# chancellor, another country's prime minister) names no one.
DEPARTMENTS: dict[str, frozenset[str]] = {
    "Prime Minister": frozenset({"Prime Minister's Office, 10 Downing Street"}),
    "Chancellor of the Exchequer": frozenset({"HM Treasury"}),
    "Home Secretary": frozenset({"Home Office"}),
    "Foreign Secretary": frozenset({"Foreign and Commonwealth Office", "Foreign, Commonwealth and Development Office"}),
}

# Another country's holder of a title: a nationality before it ("Japanese Prime Minister", "German Chancellor",
# "Israeli Prime Minister": the endings), or a country's name ("New Zealand Prime Minister"); the words with
# those endings that are ours, and other words that happen to end so.
NATIONALITY_ENDINGS = "ese|ish|ian|an|ch|i|ic"
COUNTRY_WORDS = ("Greek", "Thai", "Swiss", "New Zealand", "Luxembourg", "Slovak", "Czech", "Irish", "Dutch",
                 "Barbados", "Malta", "Cypriot", "Montenegrin", "Papua New Guinea", "Solomon Islands", "Fiji",
                 "Samoa", "Tonga", "Bahamas", "Belize", "Grenada", "St Lucia", "Mauritius", "Seychelles", "Singapore",
                 "Vanuatu", "Tuvalu", "Antigua", "Dominica", "Israel", "Japan", "India", "Canada", "Australia",
                 "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Iraq", "Lebanon", "Jordan", "Ukraine", "Poland",
                 "Spain", "Portugal", "Italy", "Greece", "Sweden", "Norway", "Denmark", "Finland", "Estonia",
                 "Latvia", "Lithuania", "Hungary", "Romania", "Bulgaria", "Croatia", "Slovenia", "Albania",
                 "Armenia", "Georgia", "Vietnam", "Malaysia", "Jamaica", "Ireland")
# Initials of another country or of a union of countries, before a title: "US Trade Representative", "EU Trade
# Commissioner".
FOREIGN_INITIALS = ("US", "USA", "EU", "UAE")
# ... of which those that before a minister's title name a UK portfolio ("EU Minister").
PORTFOLIO_INITIALS = ("EU",)
# Words before a UK government title that end like a nationality but name a portfolio or a region of the
# world a UK minister covers ("Tech Minister", "Indo-Pacific Minister"); portfolio subjects and role
# modifiers of rules/roles.py are never nationalities either.
NOT_NATIONALITIES = frozenset({"tech", "pacific", "indo-pacific", "arctic", "atlantic", "urban", "civic", "human",
                               "academic", "metropolitan", "european", "olympic", "paralympic", "islamic",
                               "crossbench", "research", "fintech"})
OWN_QUALIFIERS = ("British", "Scottish", "Welsh", "Cornish", "Republican", "Conservative", "Labour", "Christian",
                  "Dear", "Shadow", "Then", "Britain", "UK", "Country", "Nation", "Government", "Downing", "Street")
# Offices whose title bodies give their heads too ("the Chancellor of the University"): a body's holder named
# in the release ("the university's Chancellor", a Vice-Chancellor) leaves the title unnamed.
BODY_TITLE_OFFICES = frozenset({"Chancellor of the Exchequer"})
BODY_WORDS = ("university", "college", "school", "academy")

# The devolved First Ministers (and Northern Ireland's deputy First Minister, an office held jointly with the
# First Minister's): office -> (holder, from), in order; None while the office stood vacant or the
# institutions were suspended (an acting holder is not named either).
DEVOLVED_HOLDERS: dict[str, tuple[tuple[Optional[str], dt.date], ...]] = {
    "First Minister of Scotland": (
        ("Donald Dewar", D(1999, 5, 17)),
        (None, D(2000, 10, 11)),
        ("Henry McLeish", D(2000, 10, 27)),
        (None, D(2001, 11, 8)),
        ("Jack McConnell", D(2001, 11, 22)),
        ("Alex Salmond", D(2007, 5, 17)),
        ("Nicola Sturgeon", D(2014, 11, 20)),
        ("Humza Yousaf", D(2023, 3, 29)),
        ("John Swinney", D(2024, 5, 8)),
    ),
    "First Minister of Wales": (
        ("Alun Michael", D(1999, 5, 12)),
        ("Rhodri Morgan", D(2000, 2, 9)),
        ("Carwyn Jones", D(2009, 12, 10)),
        ("Mark Drakeford", D(2018, 12, 13)),
        ("Vaughan Gething", D(2024, 3, 20)),
        ("Eluned Morgan", D(2024, 8, 6)),
    ),
    "First Minister of Northern Ireland": (
        ("David Trimble", D(1999, 12, 2)),
        (None, D(2000, 2, 11)),
        ("David Trimble", D(2000, 5, 30)),
        (None, D(2001, 7, 1)),
        ("David Trimble", D(2001, 11, 6)),
        (None, D(2002, 10, 14)),
        ("Ian Paisley", D(2007, 5, 8)),
        ("Peter Robinson", D(2008, 6, 5)),
        (None, D(2010, 1, 11)),
        ("Peter Robinson", D(2010, 2, 3)),
        ("Arlene Foster", D(2016, 1, 11)),
        (None, D(2017, 1, 9)),
        ("Arlene Foster", D(2020, 1, 11)),
        (None, D(2021, 6, 14)),
        ("Paul Givan", D(2021, 6, 17)),
        (None, D(2022, 2, 3)),
        ("Michelle O'Neill", D(2024, 2, 3)),
    ),
    "deputy First Minister of Northern Ireland": (
        ("Seamus Mallon", D(1999, 12, 2)),
        (None, D(2000, 2, 11)),
        ("Seamus Mallon", D(2000, 5, 30)),
        ("Mark Durkan", D(2001, 11, 6)),
        (None, D(2002, 10, 14)),
        ("Martin McGuinness", D(2007, 5, 8)),
        (None, D(2017, 1, 9)),
        ("Michelle O'Neill", D(2020, 1, 11)),
        (None, D(2021, 6, 14)),
        ("Michelle O'Neill", D(2021, 6, 17)),
        (None, D(2022, 2, 3)),
        ("Emma Little-Pengelly", D(2024, 2, 3)),
    ),
}
# (title as written, folded, the government it heads) -> the office.
DEVOLVED_TITLES: dict[tuple[str, str], str] = {
    ("first minister", "Scottish Government"): "First Minister of Scotland",
    ("first minister", "Welsh Government"): "First Minister of Wales",
    ("first minister", "Northern Ireland Executive"): "First Minister of Northern Ireland",
    ("deputy first minister", "Northern Ireland Executive"): "deputy First Minister of Northern Ireland",
}
