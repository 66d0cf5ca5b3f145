"""Vocabulary used to match what a reader types against speakers and roles.

Names and roles are compared in folded form (lower case, no accents, no
punctuation). Roles are reduced to their words by
:func:`quotes.speakers.role_key` (whose synonyms and rewrites live in
:mod:`quotes.rules.identity`), so "Secretary of State for Transport" and
"Transport Secretary" compare equal; the words below are what lookups add.
"""

# Words that make a different office: "Shadow Home Secretary" is not the
# Home Secretary, "Permanent Secretary" is not a Secretary of State. A role
# with one of these words matches a query only when the query has it too.
ROLE_QUALIFIERS = frozenset(
    """
    shadow deputy permanent private parliamentary under assistant former junior vice opposition
    first second principal
    """.split()
)

# Words a reader may put before a name that the dataset does not keep
# ("Sir Keir Starmer", "Dr Smith"); folded, and dropped from the query's front.
QUERY_HONORIFICS = frozenset(
    """
    the rt right hon honourable mr mrs ms miss mx dr doctor dame sir professor prof reverend rev revd
    cllr councillor
    """.split()
)

# Largest edit distance tolerated in one word of a name, by the word's length:
# (minimum length, distance). Short words must be typed exactly.
TYPO_TOLERANCE = ((4, 1), (8, 2))
