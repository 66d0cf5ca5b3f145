"""Speaker identity and role matching: vocabularies used by quotes.speakers and quotes.lookup."""

# Words left out when two role titles are compared: "Minister for Policing"
# and "Policing Minister" both reduce to {minister, policing}.
ROLE_STOPWORDS = frozenset({"the", "of", "for", "and", "to", "at", "in", "on", "a", "an", "&"})

# Whole titles written in more than one way. Keys and values are folded
# (lower case, no accents, punctuation as spaces); applied before the rewrite
# patterns below.
ROLE_SYNONYMS = {
    "secretary of state for the home department": "home secretary",
    "chancellor of the exchequer": "chancellor",
    "secretary of state for foreign and commonwealth affairs": "foreign secretary",
    "secretary of state for foreign commonwealth and development affairs": "foreign secretary",
    "lord chancellor and secretary of state for justice": "justice secretary",
    "first lord of the treasury": "prime minister",
    "pm": "prime minister",
}

# (pattern, replacement) applied in order to the folded title (Python `re`
# syntax). "Secretary of State for Transport" is the Transport Secretary;
# "Minister of State for Policing" is the Minister for Policing.
ROLE_REWRITES = (
    (r"^secretary of state for (?:the )?(.+)$", r"\1 secretary"),
    (r"^minister of state for (?:the )?(.+)$", r"minister for \1"),
)

# Titles a reference by office cannot be tied to one person with: several
# people hold them at the same time, or they name nobody in particular.
# Compared with the reduced role key (words sorted, stop words dropped).
SHARED_ROLE_KEYS = frozenset({
    "minister", "ministers", "secretary", "spokesperson", "spokesman", "spokeswoman", "official",
    "officials", "source", "member", "mp", "councillor", "director", "manager", "officer", "adviser",
    "advisor", "expert", "panel", "expert panel", "government", "department", "junior minister",
    "member parliament", "local mp", "government spokesperson", "campaigner", "volunteer", "resident",
    "passenger", "driver", "parent", "pupil", "student", "teacher", "nurse", "doctor",
})

# Words that mark a role as a spokesperson's: never tied to a named person.
SPOKES_WORDS = ("spokes", "press office", "source")

# Single-word titles held by one person at a time inside one organisation
# ("Mayor" of the Greater London Authority, "Chancellor"). Other single-word
# titles ("Director", "Minister") are shared and never resolved by office.
SINGLE_HOLDER_TITLES = frozenset({
    "chancellor", "mayor", "chair", "chairman", "chairwoman", "chairperson", "president", "commissioner",
    "ombudsman", "tsar", "czar", "comptroller", "governor", "registrar", "provost", "rector",
})

# How far (days) from the last quote seen in an office a reference by office
# may still be tied to that holder.
ROLE_REFERENCE_MAX_GAP_DAYS = 183
