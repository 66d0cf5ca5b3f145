"""Parse the subject of an attribution into name, role and organisation.

The subject is what stands before the verb of an attribution line
("The Mayor of London, Sadiq Khan," in "The Mayor of London, Sadiq Khan,
said:"). It is split into comma-separated segments; the segment holding the
person's name is found, honorifics, ranks and post-nominals are taken off the
name, and the other segments become the role and the organisation:

* title first:  "Minister for Nature, Mary Creagh"            -> role, name
* name first:   "Aleyne Johnson, Director of ..., Samsung UK" -> name, role, org
* one segment:  "NCA Director General Graeme Biggar"          -> org+role, name
* references:   "He", "The Home Secretary", "Mr McLoughlin"   -> resolved later
* unnamed:      "A Home Office spokesperson"                  -> role, org

Pure functions only: text in, :class:`Subject` out.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Optional

import regex

from .rules.departments import (
    COMMA_DEPARTMENT_NAMES,
    DEPARTMENT_ACRONYMS,
    DEVOLVED_GOVERNMENTS,
    INFORMAL_DEPARTMENT_NAMES,
    PARTY_NAMES,
    PARTY_POSTS,
    UNIT_NOUNS,
    PLACE_POSSESSORS,
    REPRESENTATIVE_POST_NOMINALS,
)
from .rules.names import (
    BODY_NAME_WORDS,
    PLACE_DESCRIPTION_RX,
    HONORIFICS,
    JUDICIAL_STYLES,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    PERSON_DESCRIPTIONS,
    OFFICE_HONORIFICS,
    PEERAGES,
    PLACE_OPENERS,
    POST_NOMINALS,
    RANKS,
    RANKS_AFTER_TITLES,
    RANKS_AFTER_ROLES,
    SURNAME_WORDS,
    PLACE_NAME_WORDS,
    EVENT_NAME_WORDS,
    GIVEN_NAME_TITLES,
    PERSONAL_HONORIFICS,
    SEAT_WORDS,
    NOT_FIRST_NAMES,
    NOT_PERSON_NOUNS,
    MEMBER_LETTERS,
    MULTI_WORD_POST_NOMINALS,
    RELATIVE_NOUNS,
    SURNAME_STYLES,
    TITLE_NOUN_ENDINGS,
)
from .rules.office_holders import (COUNTRY_WORDS, FOREIGN_INITIALS, NATIONALITY_ENDINGS, NOT_NATIONALITIES,
                                   OWN_QUALIFIERS, PORTFOLIO_INITIALS)
from .rules.roles import (
    AREA_WORDS,
    TWO_WORD_TITLES,
    GOVERNING_ORGANS,
    COMPASS_WORDS,
    NOT_QUALIFIER_WORDS,
    AREA_NOUNS,
    WELSH_ALSO_NAMES,
    WELSH_ROLE_WORDS,
    WELSH_TITLE_WORDS,
    TITLE_OPENERS,
    TITLE_PREFIXES,
    UNIT_POSTS,
    GOVERNMENT_ROLE_PATTERN,
    MILITARY_UNITS,
    FIELD_INITIALISMS,
    BOARDED_BODY_NOUNS,
    BODY_REGIONS,
    BODY_HEAD_NOUNS,
    BODY_HEAD_TITLES,
    RELATIVE_BODY_NOUNS,
    RELATIVE_BODY_VERBS,
    BODY_KIND_NOUNS,
    BODY_KINDS_IN_TITLES,
    UK_NAMED_BODIES,
    POST_HEAD_WORDS,
    FUNCTION_HEAD_WORDS,
    OWN_POST_HEAD_WORDS,
    NOT_OWN_POST_WORDS,
    COMPOUND_ROLES,
    HEAD_ROLES,
    HEAD_ROLE_SHARERS,
    TITLE_TIME_WORDS,
    NATIONAL_APPOINTMENTS,
    NATION_POSSESSORS,
    WORK_AREA_TITLES,
    WORK_AREA_WORDS,
    NAMES_ENDING_IN_S,
    NATION_NAME_ENDS,
    NATION_NAMED_BODIES,
    PLAINLY_NAMED_BODIES,
    WORKING_UNITS,
    NATIONAL_QUALIFIERS,
    OFFICE_ORGANISATIONS,
    ORG_KEYWORDS,
    PEOPLE_GROUP_NOUNS,
    PERSON_ADJECTIVES,
    PERSON_NOUNS,
    PLACE_OFFICES,
    PORTFOLIO_SUBJECTS,
    SUBJECT_CONTINUATIONS,
    CAMEL_CASE_TERMS,
    CHIEF_RANKS,
    POSSESSIVE_ROLE_NOUNS,
    POSSESSIVE_NAME_NOUNS,
    BODY_OPENING_TITLE_WORDS,
    REMIT_NATIONS,
    ROLE_ACRONYMS,
    ROLE_MODIFIERS,
    ROYAL_POSSESSORS,
    ROLE_WORDS,
)
from .rules.speech import (DOCUMENT_NOUNS, LEAD_IN_PREPOSITIONS, LEAD_IN_WORDS, LINKING_WORDS, NAME_LIKE_DOCUMENT_NOUNS,
                           PASSIVE_AUXILIARIES, PASSIVE_DETERMINERS, POST_PARTICIPLES, REPORTED_HEARING, SPOKES_WORDS,
                           LEAD_VERBS_ALONE, STATEMENT_HEADINGS, TIME_ADVERBS, TIME_LEAD_IN, WEEKDAYS)


@dataclass(frozen=True, slots=True)
class Subject:
    """What an attribution's subject says about its speaker (shared between lines: never changed)."""

    name: Optional[str] = None
    role: Optional[str] = None
    organisation: Optional[str] = None
    rank: Optional[str] = None
    # How the speaker is referred to when not by full name:
    # "pronoun" (He/She), "role" (The Minister), "surname" (Mr Cook / Greening), "given" (a first name that a
    # description shows to be a person's: "Olena, who arrived in Leeds last month").
    reference: Optional[str] = None
    unnamed: bool = False  # a spokesperson or a body, no person named
    honorific: Optional[str] = None

    @property
    def is_person(self) -> bool:
        return self.name is not None or self.reference is not None


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


_HONORIFIC_RE = regex.compile(rf"(?:^|\s)(?:[Tt]he\s+)?(?P<h>(?:{_alternation(HONORIFICS)}))\s*$")
_RANK_RE = regex.compile(rf"(?:^|\s)(?P<r>(?:{_alternation(RANKS + JUDICIAL_STYLES)}))\s*$")
_PEERAGE_AT_END = regex.compile(
    rf"(?:^|\s)(?P<title>{_alternation(PEERAGES)})\s+(?P<rest>(?:(?:{_alternation(NAME_PARTICLES)})\s+){{0,2}}[A-Z][\p{{L}}'’-]+(?:\s+[A-Z][\p{{L}}'’-]+)?"
    rf"(?:\s+of\s+[A-Z][\p{{L}}'’-]+(?:\s+[A-Z][\p{{L}}'’-]+){{0,2}})?)\s*$"
)
_ARTICLE_BEFORE_PEERAGE = regex.compile(r"(?:^|\s+)[Tt]he$")
_POST_NOMINALS = frozenset(POST_NOMINALS)
_PARTICLES = frozenset(NAME_PARTICLES)
_NAME_TOKEN = regex.compile(r"^(?:[A-Z][\p{L}'’-]*|(?:[A-Z]\.){1,3}|(?:Mc|Mac|O'|O’|D'|D’)[A-Z][\p{L}'’-]*)$")
_GOVERNMENT_ROLE = regex.compile(GOVERNMENT_ROLE_PATTERN, regex.I)
_INITIAL = regex.compile(r"^[A-Z]\.?$")
_INITIALS = regex.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]$")
_ACRONYM = regex.compile(r"^(?:[A-Z][A-Za-z0-9&]*[A-Z0-9][A-Za-z0-9&]*|[A-Z]{2,})s?$")
_PRONOUN_RE = regex.compile(r"^(?P<p>He|She|They)$", regex.I)
_RELATIVE = regex.compile(
    r"^(?:who|which|whose|whom|where|that|currently|also|himself|herself|themselves|both|now|"
    r"recently|previously|formerly|speaking|writing|commenting|said|says|and who|and which|adding|saying|"
    r"explaining|noting|warning|before|after|when|while|whilst|as he|as she|"
    r"a (?:former|keen|regular|local|long-standing|lifelong|self-employed|retired)\b)\b",
    regex.I,
)
_SPOKES_RE = regex.compile(
    rf"^(?:(?:A|An|The|One)\s+)?(?:(?P<org>.+?)\s+)?(?P<role>{_alternation(SPOKES_WORDS)})"
    rf"(?:\s+(?:for|from|at|of|with)\s+(?P<org2>.+))?$",
    regex.I,
)
_ON_BEHALF = regex.compile(
    r"(?:^|,\s*)(?i:(?:(?:speaking|writing|commenting)\s+)?on behalf of\s+(?:the\s+)?)(?P<org>\p{Lu}[^,]{1,80}?)"
    r"(?=,|$)")
_NO_ONE_WORDS = frozenset({"statement"})  # words of _SPOKES_RE that name no person
# A spokesperson's portfolio, all in lower case and no article first ("for children and young people"), and a
# body named in capitals before the word ("Sinn Féin", "The Acme Party")
_PORTFOLIO_IN_LOWER_CASE = regex.compile(r"^(?!(?:the|a|an|its|their|our)\s)\p{Ll}[\p{Ll}\s,&'’-]*$")
_INDEFINITE = regex.compile(r"^(?:A|An|One)\s")  # "A Labour spokesperson": anyone of the party's, unnamed
_BODY_IN_CAPITALS = regex.compile(r"^\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*$")
# "A spokesperson for the penal reform charity the Howard League": a spokesperson for a body names no one, even when
# the body's name reads like a person's.
_UNNAMED_SPOKES = regex.compile(
    rf"^(?i:an?)\s+(?i:{_alternation(w for w in SPOKES_WORDS if w not in _NO_ONE_WORDS)})"
    r"\s+(?:for|from|at|of|with)\s+[^,]+$")
# A clause about the body after its name: "the Riverside veterans’ housing charity, which runs Op FORTITUDE".
_BODY_CLAUSE = regex.compile(r",\s*(?:which|who|whose|that)\b.*$")
_AND_SPLIT = regex.compile(r"\s+(?:and|&)\s+")
_KINDS_OF_STATEMENT = frozenset({"joint", "written", "full", "official", "short", "brief", "separate", "further",
                                 "new", "previous", "earlier", "latest", "second", "final"})
_SPOKES_ADJECTIVE = regex.compile(r"\s+(?:official|press|chief|senior|deputy)$")
_LEAD_IN_RE = regex.compile(rf"^(?:{_alternation(LEAD_IN_WORDS)})\b(?!-)|^\p{{Lu}}\p{{Ll}}+ing\b")  # not "Under-Secretary"
_DETERMINER_RX = r"(?i:the|his|her|their)\s+"
_RELATIVE_RX = rf"(?i:{'|'.join(RELATIVE_NOUNS)})"
_RELATIVE_PREFIX = regex.compile(rf"^(?:{_DETERMINER_RX})?{_RELATIVE_RX}\s+of\s+")  # "The mother of "
_RELATIVES_OF = regex.compile(
    rf"{_RELATIVE_PREFIX.pattern}(?:the\s+)?"
    rf"(?:(?!(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)\p{{Ll}}[\w-]*\s+){{0,3}}\p{{Lu}}[^,]*$"
    rf"|^\p{{Lu}}[^,]*?['’]s\s+{_RELATIVE_RX}$"  # "Harry Dunn's family"
    rf"|^(?:[Tt]he\s+)?\p{{Ll}}[\p{{L}}-]*['’]s\s+{_RELATIVE_RX}$"  # "(In a statement,) the victim's daughter"
    rf"|^(?:[Hh]is|[Hh]er|[Tt]heir)\s+{_RELATIVE_RX}$")  # "In a statement, his family": someone named before
# "The family of a 13-year-old girl ...", "the parents of a man who died": relatives of someone described, not named
_KIN_OF_SOMEONE_UNNAMED = regex.compile(rf"^(?:{_DETERMINER_RX})?(?P<kin>{_RELATIVE_RX})\s+of\s+(?:a|an)\s+[\p{{Ll}}\d]")
_OF_THE_NAME = regex.compile(r"^\S+\s+of\s+the\s+\p{Lu}")
_DETERMINER = regex.compile(rf"^{_DETERMINER_RX}")
_TITLE_OF = regex.compile(r"\s(?:of|for|at|to)\s")  # "The Chief Constable of Kent Police": a title and a body
_AS_CAPACITY = regex.compile(r"^as\s+(?:(?:the|a|an)\s+)?(?=\S)")  # "Jane Doe, as chair of the Acme Trust"
# Small words inside the name of a title or a body ("Head of the Civil Service", "Friends of the Earth").
_NAME_GLUE = frozenset({"of", "for", "and", "the", "&", "on", "in", "at", "to"})
_ARTICLE_TITLE = regex.compile(r"^(?:the|a|an)\s+\p{Lu}")
# "I", "... we cannot wait any longer and I": the first person is the speaker, never a name ("Elizabeth I" has a
# capital before it)
_FIRST_PERSON_SUBJECT = regex.compile(r"(?:^|\s\p{Ll}{1,20}\s)I$")
_COMPOUND_ROLE_RE = regex.compile(rf"(?i:{_alternation(COMPOUND_ROLES)})(?!s\b)")
_OF_SPLIT = regex.compile(r"\s+(?:(?:of|at|for|with|from)\s+(?=(?:the\s+)?\S)|in\s+(?=the\s+\S))")
_POSSESSIVE = regex.compile(r"^(?P<org>.+?)(?P<mark>'s|’s|s'|s’)\s+(?P<role>.+)$")
# "National Police Chiefs’ Council Chair", "National Police Chiefs’ Council lead for knife crime": a plural
# possessive before a body's noun is inside its name, whether the title after it is capitalised or not.
_PLURAL_POSSESSIVE_NAME = regex.compile(r"^(?P<org>\p{Lu}.*?s['’]\s+(?P<noun>\p{Lu}\p{Ll}+))\s+(?P<role>\p{L}.*)$")
# "mental health charity Mind", "the children’s charity NSPCC", "school leaders’ union the NAHT"
_KIND_BEFORE_NAME = regex.compile(
    r"^(?:the\s+)?(?:\p{Ll}[\p{L}'’-]*\s+){0,4}?(?:" + "|".join(sorted(BODY_KIND_NOUNS)) + r")\s+(?:the\s+)?"
    r"(?=[\p{Lu}\d])"
)
_SPACED_DASH = regex.compile(r"\s+[-–—]\s+")
_SPACED_DASH_KEPT = regex.compile(r"(\s+[-–—]\s+)")
_AS_ROLE = regex.compile(r"^(?P<who>.+?)\s+as\s+(?P<role>(?:the\s+)?\S.*)$")
_PAREN = regex.compile(r"\s*\((?P<inner>[^()]{1,120})\)")
_THE = regex.compile(r"^(?:the|The)\s+")
# "Speaking on behalf of the Renewable Power Association, its chief executive Philip Wolfe said:": the role is
# "chief executive" (not before a capital: "His Majesty's Chief Inspector" is a title)
_POSSESSIVE_DETERMINERS = frozenset({"its", "their", "his", "her", "our"})
_POSSESSIVE_DETERMINER = regex.compile(r"^(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?=\p{Ll})")
_WS = regex.compile(r"\s+")
_COMMA = regex.compile(r",\s+")
_POSSESSOR = regex.compile(r"^(?:[Tt]he\s+)?(?P<org>[A-Z].*?)(?:'s|’s|s'|s’)$")
# "of the Light Dragoons", "of 2nd Battalion The Parachute Regiment", "from 1 RIFLES": a body, or a unit by its number
_FROM_BODY = regex.compile(r"^(?:of|from|at)\s+(?:the\s+)?(?P<org>[A-Z].*|\d+(?:st|nd|rd|th)?\s+\p{Lu}.*)$")
_SHADOW = regex.compile(r"(?i)\bshadow\s+(?:[\w'’&-]+\s+){0,4}?(?:minister|ministers|secretary|chancellor|attorney"
                        r"|solicitor general|spokesperson|spokesman|spokeswoman|cabinet|leader of the house)\b")
_MIDDLE_INITIALS = regex.compile(r"^[A-Z]{2,3}$")
_JOINT = regex.compile(r"^(?P<first>[^,]+?)\s+and\s+(?P<second>[A-Z][^,]*)$")
_ROLE_PREPOSITIONS = frozenset({"to", "of", "for", "in", "at", "on"})
_POSSESSIVE_END = regex.compile(r"(?:'s|’s|'|’)$")
_AGE = regex.compile(r"^(?:aged\s+)?\d{1,3}(?:\s+years?\s+old)?$")  # "Jane Doe, 34, from Leeds"
_CONNECTIVE = regex.compile(r"^(?:And|But|So|Finally|Lastly|Similarly|Meanwhile|However),?\s+")
_STATEMENT_BY = regex.compile(r"^(?:(?i:a|an|the)\s+)?(?i:(?:joint|full)\s+)?(?i:" + "|".join(STATEMENT_HEADINGS)
                              + r")\s+(?:by|from)\s+(?=\S)")
# "The meeting was chaired by Economic Secretary Jane Roe(, who said:)": something done by someone, in the passive;
# the agent after "by" is who speaks. What was done is a thing in lower-case words ("The new centre was officially
# opened by ...", "It was hosted by ..."), or a person the agent joined ("The Chancellor was accompanied by ...").
def _alternation(phrases) -> str:
    """Phrases as a regex alternation, any space between their words and either apostrophe allowed:
    ("has been", "today's") -> "has\\s+been|today['’]s"."""
    return "|".join(p.replace(" ", r"\s+").replace("'", "['’]") for p in phrases)


def passive_by(participle: str = r"\p{Ll}+", auxiliaries=PASSIVE_AUXILIARIES, adverb: bool = True,
               time: bool = False) -> str:
    """The pattern of a passive verb and the "by" before its agent, up to the agent: 'was opened by ', 'has been
    warmly welcomed by '; with ``time``, also 'was championed today by ', 'were welcomed on Monday by '.
    ``participle`` is the pattern of the verb; ``adverb``, whether a word in -ly may come before it."""
    return (r"(?:" + _alternation(auxiliaries) + ")" + (r"(?:\s+\p{Ll}+ly)?" if adverb else "")
            + r"\s+" + participle
            + (r"(?:\s+(?:" + _alternation(TIME_ADVERBS) + r"|on\s+\p{Lu}\p{Ll}+day))?" if time else "")
            + r"\s+by\s+")


_PASSIVE_AGENT = regex.compile(
    r"^(?:(?i:" + _alternation(PASSIVE_DETERMINERS) + r")(?:\s+\p{Ll}[\p{Ll}'’-]*){1,4}|It"
    r"|(?P<doer>\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|the)){0,5}))"
    r"\s+" + passive_by() + r"(?=\p{Lu}|the\s+\p{Lu})")
_ENDS_IN_CONJUNCTION = regex.compile(r"\s(?:and|but|or)$")
_ENDS_IN_AND = regex.compile(r"\s(?:and|&)$")


def _passive_agent(subject: str) -> str:
    """The agent of a passive subject, who speaks: 'The meeting was chaired by Economic Secretary Jane Roe' ->
    'Economic Secretary Jane Roe'. When the subject goes on past the agent into a verb of its own ('The
    Minister was joined by Jane Roe and' (said)), the person or title the passive opens with speaks: 'The
    Minister'. Unchanged when it is no passive, or when a thing done goes on so ('The meeting was chaired by
    Jane Roe and')."""
    m = _PASSIVE_AGENT.match(subject)
    if m is None:
        return subject
    if _ENDS_IN_CONJUNCTION.search(subject):
        return m.group("doer") or subject
    return subject[m.end():]


def is_possessive(text: str) -> bool:
    """"The Office of Rail Regulation's", "Sustrans'": the words end in a possessive."""
    return _POSSESSIVE_END.search(text) is not None


def without_possessive(text: str) -> str:
    """"Driving Standards Agency's" -> "Driving Standards Agency"."""
    return _POSSESSIVE_END.sub("", text)


def _is_role_word(token: str) -> bool:
    word = token.casefold().strip(",.;:()'’")
    return word in ROLE_WORDS or _hyphenated_role_word(word)


def _hyphenated_role_word(word: str) -> bool:
    """A hyphenated compound whose last element is a role word is one: "Under-Secretary" (in
    "Parliamentary Under-Secretary of State for International Development"), "Co-Director"."""
    head, _, last = word.rpartition("-")
    return bool(head) and head.replace("-", "").isalpha() and last in ROLE_WORDS  # ("Pro-Vice-Chancellor" too)


_TITLE_TOKENS = frozenset(w for phrase in HONORIFICS + RANKS + JUDICIAL_STYLES + PEERAGES for w in phrase.split())
_DESCRIPTION_COMPOUND_RX = r"\p{Lu}\p{Ll}+-of-\p{Ll}+"  # "Mother-of-two", "Father-of-three"
_DESCRIPTION_COMPOUND = regex.compile(rf"^(?:{_DESCRIPTION_COMPOUND_RX}|{PLACE_DESCRIPTION_RX})$")


def _is_name_token(token: str) -> bool:
    if token in NOT_NAME_WORDS or token.casefold() in ROLE_WORDS or token in _TITLE_TOKENS \
            or token.casefold() in WELSH_TITLE_WORDS and token.casefold() not in WELSH_ALSO_NAMES \
            or token in PERSON_DESCRIPTIONS or _DESCRIPTION_COMPOUND.match(token) \
            or token.split("-", 1)[0].casefold() in TITLE_PREFIXES and _hyphenated_role_word(token.casefold()):
        # "Leaseholder Priya Shah", "Mother-of-two Jane Doe": a description, then the name; "Co-leader Adrian
        # Ramsay": a title
        return False
    if token.endswith(("'s", "’s", "s'", "s’")):
        return False  # a possessive: "Regulation's Bill Emery" names the body, then the person
    if token in _POST_NOMINALS:
        return False
    if len(token) > 1 and token.isupper() and not _INITIALS.match(token):
        return False  # an acronym (NCA, DSA), not a name; initials ("J.K.") are
    if any(ch.isdigit() for ch in token):
        return False
    return bool(_NAME_TOKEN.match(token))


def _is_surname_token(token: str) -> bool:
    """A last name that is also a title or common word ('West', 'King')."""
    return token in SURNAME_WORDS


def _strip_post_nominals(tokens: list[str]) -> list[str]:
    """Letters after a name go: known ones ('CBE', 'MP'), and a run of capitals that holds a known one
    ('CBE FEI', 'OBE FRSA'); letters of two words ('DSO ADC Gen') too."""
    for letters in MULTI_WORD_POST_NOMINALS:
        if len(tokens) > len(letters) and tuple(t.strip(",.") for t in tokens[-len(letters):]) == letters:
            tokens = tokens[: -len(letters)]
    k = len(tokens)
    while k and _LETTERS.match(tokens[k - 1].strip(",.")):
        k -= 1
    if k < len(tokens) and k >= 2 and any(t.strip(",.") in _POST_NOMINALS for t in tokens[k:]):
        tokens = tokens[:k]
    while tokens and tokens[-1].strip(",.") in _POST_NOMINALS:
        tokens = tokens[:-1]
    return tokens


_LETTERS = regex.compile(r"^[A-Z]{2,6}$")


@dataclass(frozen=True, slots=True)
class NameSplit:
    prefix: str  # text before the name (role or organisation), honorifics and ranks removed
    name: str
    rank: Optional[str] = None
    honorific: Optional[str] = None
    suffix: str = ""  # text after the name in the same segment (name-first segments)


def _is_subject_word(token: str) -> bool:
    """A word of a portfolio's subject ('Care', 'Sleeping'), never a given name after a title's preposition."""
    low = token.casefold()
    return low in PORTFOLIO_SUBJECTS or low.endswith("ing") and len(low) > 5


def _particles_follow_a_name(tokens: list[str], k: int) -> bool:
    """Whether the particle at ``k`` and any particles before it follow a name token."""
    while k > 0 and tokens[k - 1] in _PARTICLES:
        k -= 1
    return k > 0 and _is_name_token(tokens[k - 1])


@lru_cache(maxsize=65536)
def split_name(segment: str) -> Optional[NameSplit]:
    """Find a personal name at the end (or start) of one segment.

    'Home Secretary Yvette Cooper' -> prefix 'Home Secretary', name 'Yvette Cooper'
    'Policing Minister Dame Diana Johnson' -> prefix 'Policing Minister', name 'Diana Johnson'
    'Baroness Kidron' -> name 'Baroness Kidron';  'Mr Cook' -> name 'Cook', honorific 'Mr'
    'Ian Bevan Managing Director of Northern Rail' -> name 'Ian Bevan', suffix 'Managing Director of ...'
    """
    tokens = _strip_post_nominals(segment.split())
    if not tokens:
        return None
    text = " ".join(tokens)
    peer = _PEERAGE_AT_END.search(text)
    # "Baroness Lord", "Countess ACC": a title followed only by other titles names nobody; "Lord
    # Chancellor", "Lord Mayor", "Lord Lieutenant" are offices.
    if peer and not all(w in _TITLE_TOKENS or w == "of" for w in peer.group("rest").split()) \
            and not _is_role_word(peer.group("rest").split()[0]):
        # "Professor the Lord Darzi": the article before a peerage is the style's, not a title's
        prefix = _ARTICLE_BEFORE_PEERAGE.sub("", text[: peer.start()].strip())
        return _finish_prefix(prefix, f"{peer.group('title')} {peer.group('rest')}")
    # Collect name tokens from the end.
    i = len(tokens)
    while i > 0:
        tok = tokens[i - 1]
        if _is_name_token(tok):
            i -= 1
            continue
        if i == len(tokens) and i >= 2 and _is_surname_token(tok) and _is_name_token(tokens[i - 2]):
            i -= 1  # "Ashton West", "Edmund King"
            continue
        if i == len(tokens) and i >= 3 and tokens[i - 3] in PERSONAL_HONORIFICS and _is_name_token(tokens[i - 2]) \
                and tok[:1].isupper() and tok.isalpha() and not tok.isupper():
            i -= 1  # "Dr Will Welfare": after a person's honorific and a given name, the surname
            continue
        if tok in _PARTICLES and i - 1 > 0 and i < len(tokens) and _particles_follow_a_name(tokens, i - 1):
            i -= 1  # "Theo de Pencier", "Ursula von der Leyen"
            continue
        if i == len(tokens) - 1 and i >= 2 and _MIDDLE_INITIALS.match(tok) and tok not in _POST_NOMINALS \
                and _is_name_token(tokens[i - 2]):
            i -= 1  # "David TC Davies": initials between the given name and the surname
            continue
        break
    if i == len(tokens) - 1 and i >= 2 and tokens[i - 1] in GIVEN_NAME_TITLES \
            and (_is_role_word(tokens[i - 2]) or tokens[i - 2] in _TITLE_TOKENS):
        i -= 1  # "Commander Dean Haydon": a given name that is also a title, after a title
    # "Rob Perrins of Berkeley Homes": a name, then the body it is from.
    if 3 <= i <= 5 and tokens[i - 1] in ("of", "from", "at") and all(_is_name_token(t) for t in tokens[: i - 1]):
        head = _finish_prefix("", " ".join(tokens[: i - 1]))
        if head and len(head.name.split()) >= 2:
            return NameSplit(prefix="", name=head.name, honorific=head.honorific, suffix=" ".join(tokens[i - 1:]))
    titled = _titled_name_from_body(tokens)
    if titled is not None:
        return titled
    name_tokens = tokens[i:]
    # A leading particle cannot start a name.
    while name_tokens and name_tokens[0] in _PARTICLES:
        name_tokens = name_tokens[1:]
        i += 1
    # "Ambassador to Portugal Kirsty Hayes": after a preposition, the first
    # capitalised word is the object of the title, not the start of the name.
    # So too after the opener of a place's name: "Mayor of Greater Manchester Andy Burnham",
    # "High Commissioner to New Zealand Iona Thomas".
    # A known office's words are never the start of a name: "Director of Public Prosecutions Max Hill".
    office = _known_office_length(tokens)
    if i < office < len(tokens):
        name_tokens = tokens[office:]
        i = office
    # After "and" the first capitalised word ends the title's subject: "Police and Crime Commissioner
    # for Devon and Cornwall Alison Hernandez", "Minister for Housing and Homelessness Jane Doe".
    after_preposition = i > 0 and (tokens[i - 1] in _ROLE_PREPOSITIONS or tokens[i - 1] in ("and", "&") and any(
        t in _ROLE_PREPOSITIONS for t in tokens[:i - 1])  # not "Paul and Sarah Jane Cooper"
        or tokens[i - 1] == "the" and i > 1 and tokens[i - 2] in _ROLE_PREPOSITIONS)  # "... for the Thames Valley"
    # "Minister for Pensions | Reform James Purnell": the subject goes on after a word of it, or after a nation's
    # adjective ("Minister for Education and Welsh | Language Jeremy Miles"), after the title's preposition or in
    # the rest of its list after a comma ("Cabinet Secretary for Economy, | Energy and Welsh | Language Jeremy Miles")
    listed_subjects = len(tokens) > 2 and _is_subject_word(tokens[0].rstrip(",")) and tokens[1] in ("and", "&")
    continued_subject = i > 1 and (_is_subject_word(tokens[i - 1]) or tokens[i - 1].casefold() in NATIONAL_QUALIFIERS) \
        and (any(t in _ROLE_PREPOSITIONS for t in tokens[:i - 1]) or listed_subjects)
    # "Chief Inspector of General | Practice Steve Field", "Royal College of General | Practitioners": a rank's
    # word after a title's preposition is the title's subject, and so is the word after it
    subject_rank = i > 1 and tokens[i - 1] in _ONE_WORD_RANKS and tokens[i - 2] in _ROLE_PREPOSITIONS
    after_preposition = after_preposition or subject_rank
    opened_place = i > 1 and tokens[i - 1] in PLACE_OPENERS and (
        tokens[i - 2] in _ROLE_PREPOSITIONS or i > 2 and tokens[i - 2] == "the" and tokens[i - 3] in _ROLE_PREPOSITIONS)
    if len(name_tokens) == 2 and i >= 2 and (
            tokens[i - 1] in _ROLE_PREPOSITIONS
            and any(_is_role_word(t) or t in REPRESENTATIVE_POST_NOMINALS for t in tokens[:i - 1])
            # ("MP for Haslingden and Hyndburn": a seat's name joined by "and")
            or after_preposition and any(t in REPRESENTATIVE_POST_NOMINALS for t in tokens[:i - 1])):
        # "The Minister for High Streets": the title's subject; no one is named here. So too a member's seat:
        # "Labour MP for Leeds North" (the person follows: "..., John Brown, said:")
        name_tokens = []
    if len(name_tokens) >= 3 and (after_preposition or opened_place):
        drop = 2 if after_preposition and name_tokens[0] in PLACE_OPENERS and len(name_tokens) >= 4 else 1
        name_tokens = name_tokens[drop:]
        i += drop
    # "Director of Service Prosecutions Jane Doe": a noun of the title's subject is no given name.
    # Nor is the last word of a body's name ("Head of National Food Crime Unit Andrew Quinn").
    # Nor is the second word of a place's name ("... for Thames Valley Matthew Barber").
    # Nor a word of a portfolio after its preposition ("Minister for Social Care Jane Doe", "... for Rough
    # Sleeping Jane Doe").
    while len(name_tokens) >= 3 and i > 0 and (name_tokens[0].casefold().endswith(TITLE_NOUN_ENDINGS)
                                               or name_tokens[0] in PLACE_NAME_WORDS
                                               or name_tokens[0] in EVENT_NAME_WORDS
                                               or name_tokens[0] in BODY_NAME_WORDS
                                               or (after_preposition or opened_place or continued_subject)
                                               and _is_subject_word(name_tokens[0])
                                               or name_tokens[0].casefold() in SUBJECT_CONTINUATIONS
                                               and any(t in _ROLE_PREPOSITIONS for t in tokens[:i])):
        name_tokens = name_tokens[1:]
        i += 1
    # "Parent Jo", "Pupil Jo Smith": a person's noun before a name describes them; it is no given name
    while len(name_tokens) >= 2 and name_tokens[0].casefold() in PERSON_NOUNS:
        name_tokens = name_tokens[1:]
        i += 1
    prefix = " ".join(tokens[:i])
    if name_tokens and len(name_tokens) <= 5:
        split = _finish_prefix(prefix, " ".join(name_tokens))
        # "Ambassador Cowell", "Minister Smith": a title and a surname refer to someone named before.
        # (not after a word that only opens a title: "Chief Investigator" is one title, and no one is named)
        titled_surname = len(name_tokens) == 1 and bool(split) and _is_title_phrase(split.prefix.split()) \
            and split.prefix[:1].isupper() and not subject_rank \
            and split.prefix.split()[-1].casefold() not in TITLE_OPENERS
        if split and (len(name_tokens) >= 2 or split.honorific or split.rank or titled_surname):
            if not all(_INITIAL.match(t) for t in name_tokens):
                return _styled_surname(split)
    # Name first, role after it, in one segment: "Ian Bevan Managing Director of ...".
    j = 0
    while j < len(tokens) and (_is_name_token(tokens[j]) or (tokens[j] in _PARTICLES and 0 < j < len(tokens) - 1)
                               or (j >= 1 and _is_surname_token(tokens[j]))):
        j += 1
    # ("Jane Doe MP for Bath": a member's letters and her seat are a role too)
    if 2 <= j <= 4 and j < len(tokens) and (_is_role_word(tokens[j]) or tokens[j].casefold() in ROLE_MODIFIERS
                                            or tokens[j] in ("of", "from", "at")
                                            or tokens[j] in REPRESENTATIVE_POST_NOMINALS
                                            and tokens[j + 1:j + 2] == ["for"]) \
            and not all(t.casefold() in AREA_WORDS for t in tokens[:j]):  # "Flood Risk Manager": an area, no name
        head = _finish_prefix("", " ".join(tokens[:j]))
        if head:
            return NameSplit(prefix=head.prefix, name=head.name, rank=head.rank, honorific=head.honorific,
                             suffix=" ".join(tokens[j:]))
    return None


def _styled_surname(split: NameSplit) -> NameSplit:
    """'Mr Justice | Edis' -> 'Mr Justice Edis': a judge's style stays with a surname that stands alone."""
    if split.honorific in SURNAME_STYLES and len(split.name.split()) == 1:
        return replace(split, name=f"{split.honorific} {split.name}", honorific=None)
    return split


_ONE_WORD_RANKS = frozenset(r for r in RANKS if " " not in r)  # "General", "Major", "Sergeant"
_KNOWN_OFFICES = tuple(sorted((tuple(k.split()) for k in OFFICE_ORGANISATIONS if " " in k), key=len, reverse=True))


def _known_office_length(tokens: list[str]) -> int:
    """How many leading tokens spell an office of the table ('Director of Public Prosecutions'), or 0."""
    low = [t.casefold().replace("’", "'") for t in tokens]
    start = 1 if low and low[0] == "the" else 0
    for office in _KNOWN_OFFICES:
        if tuple(low[start:start + len(office)]) == office:
            return start + len(office)
    return 0


def _titled_name_from_body(tokens: list[str]) -> Optional[NameSplit]:
    """'Dr Jane Doe from the University of Leeds', 'Chief Constable Jane Doe of Kent Police', 'Chief Executive Jane
    Doe of the Acme Trust'.

    Titles and a full name, then 'of'/'from'/'at' and a body: the name with
    its titles, and the body as the suffix.
    """
    for p in range(2, min(len(tokens) - 1, 8)):
        if tokens[p] not in ("of", "from", "at"):
            continue
        rest = tokens[p + 1:]
        if rest and rest[0] in ("the", "The"):
            rest = rest[1:]
        # ("Sergeant Amy Clarke of 1st Regiment Royal Horse Artillery": a unit by its number)
        numbered = len(rest) > 1 and _UNIT_NUMBER.match(rest[0]) is not None and rest[1][:1].isupper()
        if not rest or not rest[0][:1].isupper() and not numbered:
            return None
        head = split_name(" ".join(tokens[:p]))
        # (a title may come first: "Watch Officer Jane Doe of Northtown Coastguard"; then only a body's name after
        # "of" of two words at least, or one a body's word marks: not "Campaigner Jane Doe from Leeds")
        if head is None or head.prefix and not _is_title_phrase(head.prefix.split()) or head.suffix \
                or len(head.name.split()) < 2:
            return None
        if head.prefix and tokens[p] == "from" and len(rest) == 1 and not has_org_keyword(rest[0]) \
                and not _POST_HEAD.search(head.prefix):
            # "Campaigner Jane Doe from Leeds": a home town after a description, no body ("Chief Executive Jane Doe
            # from Shelter" keeps its body)
            return NameSplit(prefix=head.prefix, name=head.name, rank=head.rank, honorific=head.honorific, suffix="")
        return NameSplit(prefix=head.prefix, name=head.name, rank=head.rank, honorific=head.honorific,
                         suffix=" ".join(tokens[p:]))
    return None


_UNIT_NUMBER = regex.compile(r"^\d+(?:st|nd|rd|th)?$")
# The head word of a post held at a body (not a description of a person: "Campaigner", "Resident")
_POST_HEAD = regex.compile(rf"(?i)\b(?:{'|'.join(sorted(POST_HEAD_WORDS))})\b")


def _stands_after_words(prefix: str, start: int) -> bool:
    """Whether words other than titles stand before a title found at ``start``, in the same segment.

    'West Midlands Mayor': yes; 'Rt Revd Bishop', 'Interim, Chief Constable': no.
    """
    before = prefix[:start].strip()
    if not before or before.endswith(","):
        return False
    return not all(w in _TITLE_TOKENS or w in ("the", "The") for w in before.split())


def _finish_prefix(prefix: str, name: str) -> Optional[NameSplit]:
    """Take honorifics and ranks off the end of the prefix."""
    honorific = rank = None
    changed = True
    while changed and prefix:
        changed = False
        m = _HONORIFIC_RE.search(prefix)
        # "West Midlands Mayor", "Bishop of London": an office, not a courtesy title.
        if m and m.group("h") in OFFICE_HONORIFICS and _stands_after_words(prefix, m.start()):
            m = None
        # "Secretary of State for Justice": after a title's preposition the word is its subject; so too after a
        # subject's word that follows one ("Cabinet Secretary for Social Justice").
        before = prefix[: m.start()].split() if m else []
        if m and (before[-1:] in ([p] for p in _ROLE_PREPOSITIONS)
                  or len(before) >= 2 and _is_subject_word(before[-1].strip(",")) and _is_subject_word(m.group("h"))
                  and any(w in _ROLE_PREPOSITIONS for w in before[:-1])):
            m = None
        # "His Honour Judge", "District Judge": a rank (a judge's style) that ends in an honorific is the rank
        longer = _RANK_RE.search(prefix) if m else None
        if longer and longer.start("r") < m.start("h"):
            m = None
        if m:
            honorific = honorific or m.group("h")
            prefix = prefix[: m.start()].strip()
            changed = True
            continue
        m = _RANK_RE.search(prefix)
        # A rank is only a rank when nothing but other titles stands before
        # it: "Border Security Commander", "NCA Director General" are roles.
        # So is one after a whole office of the table ("First Sea Lord Admiral Sir Ben Key").
        if m and (not _stands_after_words(prefix, m.start()) or m.group("r") in RANKS_AFTER_TITLES
                  or m.group("r") in RANKS_AFTER_ROLES and any(_is_role_word(w) for w in prefix[: m.start()].split())
                  or _THE.sub("", prefix[: m.start()].strip(" ,")).casefold().replace("’", "'") in OFFICE_ORGANISATIONS):
            rank = m.group("r")
            prefix = prefix[: m.start()].strip()
            changed = True
    name = name.strip(" ,")
    if not name:
        return None
    return NameSplit(prefix=prefix.strip(" ,"), name=name, rank=rank, honorific=honorific)


def _department_pattern(name: str) -> str:
    """'Department for Culture, Media and Sport' as a pattern that also takes '&' for 'and' and any spacing."""
    return r"\s+".join("(?:and|&)" if w == "and" else regex.escape(w).replace("'", "['’]") for w in name.split())


_COMMA_DEPARTMENT = regex.compile("|".join(_department_pattern(n) for n in COMMA_DEPARTMENT_NAMES))
_DEPARTMENT_NOUNS = ("Department", "Ministry", "Office")


def _department_commas(subject: str) -> frozenset[int]:
    """Where the commas inside a department's own name are: 'Jane Doe, Permanent Secretary of the Department of the
    Environment, Transport and the Regions' holds one there, which splits nothing."""
    if not any(noun in subject for noun in _DEPARTMENT_NOUNS):
        return frozenset()
    return frozenset(k for m in _COMMA_DEPARTMENT.finditer(subject) for k in range(m.start(), m.end())
                     if subject[k] == ",")


def _segments(subject: str) -> list[str]:
    """Split on commas outside parentheses and outside a department's name; drop empty parts."""
    parts, depth, cur = [], 0, []
    kept = _department_commas(subject) if "," in subject else frozenset()
    for k, ch in enumerate(subject):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        if ch == "," and depth == 0 and k not in kept:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


def _without_clause_objects(segs: list[str]) -> list[str]:
    """Segments without the name a relative clause's title is set off with: in "The Prime Minister, Tony Blair,
    who attended the ceremony with the Taoiseach, Bertie Ahern, said:" Bertie Ahern is the Taoiseach, named
    inside the clause, not the speaker."""
    out: list[str] = []
    for s in segs:
        if len(out) > 1 and _RELATIVE.match(out[-1]) and out[-1].split()[-1][:1].isupper() \
                and _is_bare_name(s):
            continue
        out.append(s)
    return out


def _after_dashed_lead_in(clause: str) -> Optional[str]:
    """'Launching her Interim Report – “Securing our Future Housing Needs” – Kate Barker' -> 'Kate Barker': a
    lead-in set off by dashes, as by a comma; None when no dash closes a lead-in before a name ('Speaking at the
    launch, Jane Doe', 'Launching the app, Acme – a start-up – said')."""
    parts = _SPACED_DASH.split(clause)
    if len(parts) < 2 or len(parts) > 3 or "," in parts[-1]:
        return None
    rest = parts[-1].strip()
    if rest[:1].isupper() and _is_lead_in_clause(parts[0]) and _names_at_once(rest):
        return rest
    return None


def strip_lead_in(clause: str) -> str:
    """'Commenting on the figures, X' -> 'X' (the part after the lead-in clause).

    Tries each comma from the left and keeps the first remainder that starts
    like a subject (a capital letter).
    """
    if not _LEAD_IN_RE.match(clause) or _lists_title_subjects(clause):
        return clause
    words = clause.split(None, 2)
    if (len(words) > 1 and not words[0].endswith(",") and words[1][:1].isupper() and words[0] not in LEAD_IN_WORDS
            and (_is_role_word(words[1]) or words[0].casefold() in ROLE_MODIFIERS)):
        return clause  # "Commanding Officer, ...", "Managing Director ...": a title, not a lead-in
    dashed = _after_dashed_lead_in(clause)
    if dashed is not None:
        return dashed
    titled = _titled_after_long_lead_in(clause)
    if titled is not None:
        return titled
    head, comma, tail = clause.partition(",")
    if words[0] in LINKING_WORDS and len(words) > 1 and _is_bare_name(head.split(None, 1)[1]):
        return clause.split(None, 1)[1]  # "Whilst Professor Jane Doe, Dean for Partnerships at ...": a link, no clause
    if comma and _may_open_lead_in(words[0]) and not _lower_title_then_person(tail.strip()) \
            and not _is_bare_name(tail.split(",")[0].strip()):
        # (not "Launching the new Humanitarian Emergency Fund, Jane Doe, Head of ...": a full name after the comma)
        # "In response to the publication Baroness Newlove, Victims' Commissioner ...": no comma after the
        # lead-in, one after the name (not "In response to the Stability Index, head of policy at Acme, Jane Doe":
        # the lead-in's comma, then a title in lower case and the person)
        named = _after_lead_in_without_comma(head)
        before = head[: len(head) - len(named)].split()
        # not "Welcoming the Transport Secretary Grant Shapps, Jane Doe": a name straight after an article or
        # a preposition is the lead-in's object
        # nor "In New York, Foreign Secretary X", "At Lancaster House, ...": a place after a preposition
        verb_alone = _LEAD_VERB_ALONE.match(head)
        if verb_alone and named == head:
            named, before = head[verb_alone.end():].strip(), [verb_alone.group(0)]
        split = split_name(named) if named != head and (len(before) >= 2 or verb_alone) \
            and before[-1].casefold() not in _OBJECT_MARKERS else None
        # nor "Speaking at the General Assembly in New York, Jane Doe": a place after "in", "at", "from"
        if split is not None and len(split.name.split()) >= 2 and not split.suffix \
                and not {"in", "at", "from", "near"} & set(split.prefix.split()):
            return f"{named},{tail}"
    first_comma = _COMMA.search(clause)
    if first_comma is not None and _is_lead_in_clause(clause[: first_comma.start()]) \
            and _bodies_listed(clause[first_comma.end():], at_least=3):
        # "In a joint statement, the Environment Agency, Natural England and the Forestry Commission", "..., the
        # leaders of ASCL, NAHT, NEU and NASUWT": the list after the lead-in is the subject, not its last part (a
        # list of three at least, so that a lead-in's own comma is never taken for one)
        return clause[first_comma.end():].strip()
    kept = _department_commas(clause)
    for m in _COMMA.finditer(clause):
        if m.start() in kept:
            continue  # "Publishing the report of the Department of the Environment, Transport and the Regions, Mr
            # Doe": a department's own comma inside the lead-in, no subject after it
        rest = clause[m.end():]
        # The last part is the subject even when it looks like a participle ("Greening").
        if rest[:1].isupper() and (not _LEAD_IN_RE.match(rest) or "," not in rest) \
                and (_is_lead_in_clause(clause[: m.start()]) or not _is_title_phrase(clause[: m.start()].split())
                     and _names_at_once(rest)) and not _lead_in_goes_on(rest):
            return _after_named_work(rest)  # not "Irving Stone, Chief Executive ..."; "Urging Londoners, ... X"
        if (_ARTICLE_TITLE.match(rest) or _PRONOUN_RE.match(rest) or _is_relatives(rest) or _is_plural_group(rest)) \
                and "," not in rest and _is_lead_in_clause(clause[: m.start()]):
            return rest  # "Responding to the report, the Home Secretary", "Speaking at the launch, he"
        if _ARTICLE_TITLE.match(rest) and _office_then_person(rest) and _is_lead_in_clause(clause[: m.start()]):
            return rest  # "Sentencing the men, the Recorder of Westminster, His Honour Judge Andrew Goymer"
        if _relative_then_name(rest) and _is_lead_in_clause(clause[: m.start()]):
            return rest  # "Outside court, the victim's sister, Karen Stead": her relation is her role
        if _lower_title_then_person(rest) and _is_lead_in_clause(clause[: m.start()]):
            # "Responding to the speech, the deputy chief executive of NHS Providers, Jane Doe", "..., senior censor
            # and vice president for education, Dr Jane Doe, who is acting as president"
            return rest
    if "," not in clause and _may_open_lead_in(words[0]):
        verb_alone = _LEAD_VERB_ALONE.match(clause)
        if verb_alone and _is_bare_name(clause[verb_alone.end():].strip()):
            return clause[verb_alone.end():].strip()  # "Commenting Jane Doe said:": the lead-in's one verb
        return _after_lead_in_without_comma(clause)
    return clause


def _unit_in_body(tail: str) -> bool:
    """'Specialist Lawyer in the CPS Special Crime Division': after "in the", a unit of a body named by its initials
    first; not a House of Parliament, nor a kind of place ('Manager in the Town Centre')."""
    words = tail.split()
    if not words or tail.casefold().startswith(("house of", "houses of")):
        return False
    # (a body's initials first, "CPS Special Crime Division"; not a kind of place, "the Town Centre", "the
    # Primary School")
    return words[0].strip("'’") in DEPARTMENT_ACRONYMS or bool(_ACRONYM.match(words[0])) and has_org_keyword(tail)


def _two_people(rest: str) -> bool:
    """'Nichola Mallon, Regional Director of Northern Ireland for the ICE, Jenny Green': a person, then a title and a
    second person: the first person ends the lead-in ('the announcement of the new Minister for Infrastructure,
    Nichola Mallon'), and the title is the second person's."""
    segs = _segments(rest)
    return len(segs) == 3 and _is_bare_name(segs[0]) and _is_bare_name(segs[2]) \
        and any(_is_role_word(w) for w in segs[1].split())


def _lead_in_goes_on(rest: str) -> bool:
    """'Following the Review of Law, Policy and Procedure Relating to Parole Decisions, Chief Executive, Martin
    Jones': the lead-in's own words hold a comma; what follows that comma opens no subject (no name, title, body or
    article), and a later comma is followed by a person."""
    head, comma, tail = rest.partition(",")
    if _two_people(rest):
        return True
    if not comma or any(_is_role_word(w) for w in head.split()) or _is_body_name(head) or _ARTICLE_TITLE.match(rest):
        return False
    split = split_name(head.strip())
    if split is not None and (not split.prefix or split.rank or split.honorific):
        return False  # "Jane Doe, ...", "Dr Jane Doe, ...": a person
    if _OPENS_LIST_WITH.match(tail):
        return False  # "Newry, Mourne and Down District Council ...", "Culture, Media and Sport Secretary": a list
    return any(_names_at_once(tail[m.end():]) for m in _COMMA.finditer(tail)) or _names_at_once(tail)


# The rest of a list after its first item's comma, in a name or a title ("Newry, | Mourne and Down District
# Council", "Culture, | Media and Sport Secretary"): capitalised words, then "and" or "&".
_OPENS_LIST_WITH = regex.compile(r"^\s*(?:\p{Lu}[\p{L}'’-]*(?:,\s+|\s+)){1,4}(?:and|&)\s+\p{Lu}")
_LIST_SPLIT = regex.compile(r",\s+(?:and\s+)?|\s+and\s+")
# A group heading a list of bodies: "the leaders of ASCL, NAHT and NEU".
_GROUP_OF = regex.compile(r"^(?:the\s+)?(?:leaders|heads|chief\s+executives|chairs|members|representatives)\s+of\s+",
                          flags=regex.IGNORECASE)


def _list_items(text: str) -> list[str]:
    """The items of a list written 'A, B and C' (also 'A, B, and C'), or [text] when there is no "and"."""
    if " and " not in text:
        return [text]
    return [item.strip() for item in _LIST_SPLIT.split(text.strip()) if item.strip()]


def _bodies_listed(text: str, at_least: int = 2) -> bool:
    """'the Environment Agency, Natural England and the Forestry Commission': ``at_least`` bodies, each by its
    name or initials, in a list (after a group heading them: 'the leaders of ASCL, NAHT, NEU and NASUWT')."""
    items = _list_items(_GROUP_OF.sub("", text.strip()))
    return len(items) >= at_least and all(_is_body_name(item) for item in items)


def _titled_after_long_lead_in(clause: str) -> Optional[str]:
    """The title after a lead-in that holds commas of its own: 'Speaking ahead of a visit to the test site, PNDC,
    in Cumbernauld, the First Minister' -> 'the First Minister', when no part between names a person ('Commenting
    on the plan, Jane Doe, the Chief Executive' names Jane Doe); None otherwise."""
    parts = [p.strip() for p in clause.split(",")]
    if len(parts) < 3 or not _ARTICLE_TITLE.match(parts[-1]) or not _is_title_phrase(parts[-1].split()[1:]):
        return None
    if any(split_name(p) is not None for p in parts[1:-1]):
        return None
    return parts[-1]


# "the two leaders", "both ministers": several people at once, none of them the speaker alone
_PLURAL_GROUP = regex.compile(r"^(?:(?i:the)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten)\s+)?|(?i:both)\s+)"
                              r"(?P<noun>\p{Ll}+s)$")


def _is_plural_group(text: str) -> bool:
    """'In a joint statement, the two leaders said:': a group that speaks together, giving no speaker, role or body."""
    m = _PLURAL_GROUP.match(text)
    return bool(m) and _is_role_word(m.group("noun"))


_THE_OR_OUR = regex.compile(r"^(?:the|our)\s+", regex.I)
# "Commenting Jane Doe, Head of Policy ...": a lead-in's one verb, with no comma after it, before the name.
_LEAD_VERB_ALONE = regex.compile(rf"^(?:{'|'.join(LEAD_VERBS_ALONE)})(?=\s+\p{{Lu}})")


def _lower_title_then_person(text: str) -> bool:
    """'the deputy chief executive of NHS Providers, Jane Doe', 'senior censor and vice president for education,
    Dr Jane Doe, who ...': a title in lower case (its body may follow), then the person who holds it, set off by a
    comma (a clause about them may follow)."""
    segs = [seg for seg in _segments(text) if not _RELATIVE.match(seg)]
    if len(segs) != 2:
        return False
    words = _THE_OR_OUR.sub("", segs[0]).split()
    return bool(words) and (_is_role_word(words[0]) or words[0].casefold() in ROLE_MODIFIERS) \
        and words[0][:1].islower() and _names_a_person(segs[1])


def _office_then_person(text: str) -> bool:
    """'the Recorder of Westminster, His Honour Judge Andrew Goymer', 'the Mayor of London, Sadiq Khan': an
    article and an office (capitalised words and glue that hold a role word), then the person who holds it."""
    segs = _segments(text)
    office = _THE.sub("", segs[0]).split()
    return len(segs) == 2 and all(w[:1].isupper() or w in _NAME_GLUE for w in office) \
        and any(_is_role_word(w) for w in office) and _names_a_person(segs[1], titled=True)


def _lists_title_subjects(clause: str) -> bool:
    """'Levelling Up, Housing and Communities Secretary Michael Gove', 'Housing, Communities and Local Government
    Secretary James Brokenshire': a title whose list of subjects opens with a word in -ing, split at the list's
    commas, not a lead-in clause ('Speaking, Housing and Planning Minister X': a lead-in's word opens it)."""
    segs = [s.strip() for s in clause.split(",")]
    first = segs[0].split()
    if not first or first[0] in LEAD_IN_WORDS or first[0].casefold() not in PORTFOLIO_SUBJECTS | WORK_AREA_WORDS:
        return False
    for k, seg in enumerate(segs):
        words = seg.split()
        if not words or not all(w[:1].isupper() or w in ("and", "&") for w in words):
            return False
        if any(_is_role_word(w) for w in words):
            split = split_name(seg)
            title = (split.prefix if split else seg).split()
            # the title's list ends in "and" within this segment ("Housing and Communities Secretary")
            return k > 0 and _is_title_phrase(title) and ("and" in title or "&" in title)
    return False


# Words that make the opening of a line a clause ("Commenting on his appointment", "Speaking afterwards",
# "In response"), not an adjective before a title ("Leading barrister Jane Doe", "Visiting Professor").
_CLAUSE_WORDS = frozenset("""
    on at in to after afterwards before during following from about with the his her their its this today
    yesterday later earlier also response meeting visit
    """.split())


def _after_named_work(rest: str) -> str:
    """'Corporation tax reform, Paymaster General Dawn Primarolo' -> 'Paymaster General Dawn Primarolo': the
    lead-in's object (a consultation's or a strategy's name) set off by commas before a titled person."""
    segs = rest.split(",")
    if len(segs) < 2:
        return rest
    last = split_name(segs[-1].strip())
    if last is None or last.suffix or len(last.name.split()) < 2 or not any(
            _is_role_word(w) for w in last.prefix.split()):
        return rest
    earlier = " ".join(segs[:-1]).split()
    if any(_is_role_word(w) for w in earlier):
        return rest  # "Minister for Policing, Fire and Crime Prevention, Dame Diana Johnson": one title
    if earlier[0] in ("A", "An", "The") or any(w.islower() and w not in _NAME_GLUE for w in earlier):
        return segs[-1].strip()
    return rest


_ING_WORD = regex.compile(r"^\p{Lu}\p{Ll}{2,}ing$")
# Words that qualify a person or a post before a title in lower case ("Acting head teacher", "Leading barrister",
# "Outgoing chair", "Serving police officer", "Housing association tenant")
_DESCRIBING_WORDS = ROLE_MODIFIERS | PERSON_ADJECTIVES | TITLE_TIME_WORDS | POST_PARTICIPLES | PORTFOLIO_SUBJECTS \
    | WORK_AREA_WORDS


def _may_open_lead_in(word: str) -> bool:
    """A first word a lead-in may open with: a lead-in word ('Commenting', 'In'), or any verb in -ing
    ('Congratulating', 'Acknowledging'); its clause is told apart from a title ('Acting Chief Constable') by the
    words after it."""
    return word in LEAD_IN_WORDS or bool(_ING_WORD.match(word))


def _is_person_noun(word: str) -> bool:
    """A word naming a person or a post in lower case: 'officer', 'expert', 'mum', 'resident', 'daughter'."""
    return _is_role_word(word) or word in PERSON_NOUNS or word in RELATIVE_NOUNS \
        or word.capitalize() in PERSON_DESCRIPTIONS


def _opens_clause(opening: list[str]) -> bool:
    """Whether the lower-case words (case-folded) a line opens with, before its first capital, are a clause and
    not a description before a title: 'commenting on his appointment', 'speaking afterwards' (a clause's word),
    'welcoming these changes', 'amid growing concern' (a verb in -ing or a preposition, then a word no title
    has, and no person's noun last); not 'leading barrister', 'acting head teacher', 'serving police officer',
    'campaigning mum' nor a single word ('Acting Chief Constable')."""
    if any(t in _CLAUSE_WORDS for t in opening):
        return True
    first, rest = opening[0], opening[1:]
    if not rest or first in _DESCRIBING_WORDS or not (first.endswith("ing") or first in LEAD_IN_PREPOSITIONS):
        return False
    return not _is_person_noun(rest[-1]) and any(not _is_title_word(w) for w in rest)


_BRACKETED_DAY = regex.compile(rf"^\((?:{'|'.join(WEEKDAYS)}|today|yesterday)\)$")


def _after_lead_in_without_comma(clause: str) -> str:
    """'Commenting on his appointment Lord Janvrin' -> 'Lord Janvrin', 'Welcoming these changes Miss Roe' ->
    'Miss Roe'.

    The lead-in is its opening word and lower-case words (see ``_opens_clause``); the subject starts at the
    first capital after them and must be a person, with at most a title before the name.
    """
    tokens = clause.split()
    opening = [t.casefold() for t in tokens[:next((k for k, t in enumerate(tokens) if k and t[:1].isupper()),
                                                 len(tokens))]]
    if not _opens_clause(opening):
        return clause
    skip_to = 0
    for k in range(1, len(tokens)):
        rest = " ".join(tokens[k:])
        if k == len(tokens) - 1 and _PRONOUN_RE.match(tokens[k]) or tokens[k] == "the" and k + 1 < len(tokens) and (
                _is_title_phrase(tokens[k + 1:]) or tokens[-1] in MEMBER_LETTERS or tokens[k + 1:] == ["PM"]):
            return rest  # "Speaking afterwards he", "Speaking afterwards the Minister", "... the DUP MP"
        if tokens[k] == "the" and k >= 2 and tokens[k - 1] not in _OBJECT_MARKERS \
                and _is_office_with_portfolio(tokens[k + 1:]):
            return rest  # "Launching the service at a nursery in Cardiff the Deputy Minister for Social Services"
        if not tokens[k][:1].isupper():
            if tokens[k][:1].islower() or tokens[k][:1].isdigit() or _BRACKETED_DAY.match(tokens[k]):
                continue  # ("today (Friday)": the day in brackets is the lead-in's aside)
            return clause
        if k < skip_to:
            continue
        if tokens[k - 1] in ("in", "near") and not _opens_title(tokens[k]):
            skip_to = _title_after_place(tokens, k)
            if skip_to:
                continue  # "After a meeting in Manchester | HMRC’s Chief Executive Jim Harra": the place goes with "in"
        split = split_name(rest)
        if split is not None and not split.suffix:
            if split.prefix.split()[-1:] and split.prefix.split()[-1] in EVENT_NAME_WORDS and rest.startswith(
                    split.prefix):
                return rest[len(split.prefix):].strip()  # "Speaking at the Labour Party Conference Jane Doe"
            if all(_is_title_word(w) for w in split.prefix.split()) and not (
                    split.honorific and split.prefix and not any(_is_role_word(w) for w in split.prefix.split())) \
                    and not _article_opens_title(split.prefix):
                return rest  # "... Lord Janvrin", "In response Passenger Focus chief executive Anthony Smith"
        # "Speaking in Bristol Ms Doe", "After Jane Doe spoke Transport Secretary X": the subject starts later.
    return clause


def _is_office_with_portfolio(words: list[str]) -> bool:
    """'Deputy Minister for Social Services', 'Secretary of State for Wales': a title ending in a role word, then
    its portfolio after a preposition, all capitalised words and glue, with no name after it ('Minister for Housing
    Jane Doe' names the holder; 'Minister for the new service' is no portfolio)."""
    at = next((k for k, w in enumerate(words) if w in _ROLE_PREPOSITIONS), 0)
    portfolio = words[at:]
    return at > 0 and len(portfolio) > 1 and _is_title_phrase(words[:at]) and portfolio[-1][:1].isupper() \
        and all(w[:1].isupper() or w in _NAME_GLUE and (w != "the" or portfolio[k - 1] in _ROLE_PREPOSITIONS)
                for k, w in enumerate(portfolio)) \
        and split_name(" ".join(words)) is None


def _article_opens_title(prefix: str) -> bool:
    """Whether an article inside the words before a name opens the title, so that the words before it are the
    lead-in's ('TUC and CBI the Chancellor' in "Announcing the plans at a meeting with the TUC and CBI the Chancellor
    Jane Roe"); not the article of the title's own subject after its preposition ('Minister for the Cabinet Office')."""
    words = prefix.split()
    return any(w == "the" and 0 < k < len(words) - 1 and words[k - 1] not in _ROLE_PREPOSITIONS
               and words[k - 1] not in ("and", "&") and words[k + 1][:1].isupper()
               for k, w in enumerate(words))


def _opens_title(token: str) -> bool:
    """A word a title may open with: initials ('HMRC’s'), a role or rank word, a portfolio's subject."""
    bare = without_possessive(token)
    return bool(_ACRONYM.match(bare)) or _is_role_word(bare) or bare in _TITLE_TOKENS \
        or bare.casefold() in ROLE_MODIFIERS or bare.casefold() in PORTFOLIO_SUBJECTS


def _title_after_place(tokens: list[str], k: int) -> int:
    """Where a title starts after capitalised words from ``k`` that open none (a place before the subject: 'New
    York | Foreign Secretary ...'); 0 when none does."""
    j = k
    while j < len(tokens) and tokens[j][:1].isupper() and not _opens_title(tokens[j]):
        j += 1
    return j if k < j < len(tokens) - 2 and _opens_title(tokens[j]) else 0


_FIRST_NAME_ONLY = regex.compile(
    r"^(?P<name>\p{Lu}\p{Ll}{2,}),\s+(?:\d{1,3},\s+)?(?P<desc>(?:a|an)\s+\p{Ll}[^,]{2,80}|from\s+\p{Lu}[^,]{1,60})"
    r"(?:,\s*[^,]{1,80})?$"
)
_OBJECT_MARKERS = frozenset({"the", "a", "an", "to", "of", "for", "with", "by", "on", "at", "in", "from", "and"})
_LEAD_WORD_THEN_ARTICLE = regex.compile(r"^(?P<word>\p{Lu}\p{Ll}+),\s+(?=(?:a|an)\s)")
_HOME_TOWN = regex.compile(r"\s+(?:from|in|of)\s+\p{Lu}.*$")
# "the housing charity", "a part of GCHQ": a description of the body named before it
_DESCRIPTION_SEGMENT = regex.compile(r"^(?:the|a|an)\s+[\p{Ll}\d][\p{Ll}\d\s'’-]*?(?:\s+(?:of|within)\s+\S.*)?$")
_DESCRIPTION_BREAKS = frozenset({"of", "in", "from", "who", "at", "with", "for", "on", "that", "which", "based"})


def _first_name_word(word: str) -> bool:
    """A word that may be a given name: not a clause's opening ('Overall'), nor a body's or a title's word."""
    return _is_name_token(word) and word not in NOT_FIRST_NAMES and word not in LEAD_IN_WORDS \
        and not word.endswith(("ly", "wards", "ever", "less")) and word.casefold() not in ORG_KEYWORDS \
        and not _is_role_word(word)


def _may_be_first_name(word: str) -> bool:
    """A word that may be a given name standing alone: a given name's word (_first_name_word), nor a group of
    people ('Residents')."""
    return _first_name_word(word) and word.casefold() not in PEOPLE_GROUP_NOUNS


def _first_name_who(subject: str) -> Optional[Subject]:
    """'Mark, 45, who slept rough for two years', 'Olena, who arrived in Leeds last month': a member of the
    public named by first name, with an age or a relative clause of one person ('who has', not 'who have');
    'Mother-of-two Olena': a description before the first name."""
    m = _FIRST_NAME_WHO.match(subject)
    if m and _may_be_first_name(m.group("name")) and (m.group("age") or _one_person_verb(m.group("verb"))):
        return Subject(name=m.group("name"), reference="given")
    m = _DESCRIBED_FIRST_NAME.match(subject)
    if m and _may_be_first_name(m.group("name")):
        return Subject(name=m.group("name"), role=m.group("desc"), reference="given")
    return _first_name_aged_or_related(subject)


# "Sam, 24": a first name and an age alone
_AGED_FIRST_NAME = regex.compile(r"^(?P<name>\p{Lu}\p{Ll}+),\s+\d{1,3}$")
# "Year 5 pupil Maisie, 10", "Single mum Claire, 34, from Wolverhampton", "Parent Jo, whose 9-year-old son has
# autism": a description, then a first name that an age or a clause of one person shows to be one
_DESCRIBED_AGED_FIRST_NAME = regex.compile(
    r"^(?P<desc>(?:Year\s+\d{1,2}\s+)?(?:\p{Lu}\p{Ll}+|\p{Ll}+)(?:[\s-]+\p{Ll}+){0,2})\s+(?P<name>\p{Lu}\p{Ll}+),\s+"
    r"(?:\d{1,3}(?:,\s+from\s+\p{Lu}[^,]{1,60})?|(?:who|whose)\s+[^,]{2,150})$")
# Someone's relation to a person named before: "Her manager", "Lee's work coach", "their mentor"
_RELATION_RX = r"^(?:\p{Lu}\p{Ll}+(?:'s|’s)|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?P<role>\p{Ll}[\p{Ll}\s-]{1,40}?)"
# "Lee's work coach, Sam", "Her work coach, Jo": a relation, then a first name
_RELATION_THEN_FIRST_NAME = regex.compile(rf"{_RELATION_RX},\s+(?P<name>\p{{Lu}}\p{{Ll}}+)$")


def _may_be_short_first_name(word: str) -> bool:
    """A given name, two letters long at the least ('Jo'), but no title ('Dr', 'Mr')."""
    return _may_be_first_name(word) and word not in _TITLE_TOKENS


_RELATION_TO_SOMEONE = regex.compile(rf"{_RELATION_RX}$")


def _first_name_aged_or_related(subject: str) -> Optional[Subject]:
    """A case study's first name: after an age ('Sam, 24'), after a description whose head is a person's noun
    ('Year 5 pupil Maisie, 10' -> role 'Year 5 pupil'), or after someone's relation ("Lee's work coach, Sam")."""
    m = _AGED_FIRST_NAME.match(subject)
    if m and _may_be_short_first_name(m.group("name")):
        return Subject(name=m.group("name"), reference="given")
    m = _DESCRIBED_AGED_FIRST_NAME.match(subject)
    if m and _may_be_short_first_name(m.group("name")) and _describes_a_person(m.group("desc")):
        return Subject(name=m.group("name"), role=m.group("desc"), reference="given")
    m = _RELATION_THEN_FIRST_NAME.match(subject)
    if m and _may_be_short_first_name(m.group("name")):
        return Subject(name=m.group("name"), role=m.group("role").strip(), reference="given")
    return None


def _describes_a_person(desc: str) -> bool:
    """'Single mum', 'Year 5 pupil', 'Mother-of-two': a person's noun heads it (not 'Council leader')."""
    return bool(_DESCRIPTION_COMPOUND.match(desc)) or desc.split()[-1].casefold() in PERSON_NOUNS


_FIRST_NAME_WHO = regex.compile(
    r"^(?P<name>\p{Lu}\p{Ll}{2,}),\s+(?:(?P<age>\d{1,3}),\s+)?who\s+(?P<verb>\p{Ll}+)\b[^,]{0,150}"
    r"(?:,\s*[^,]{1,80})?$")
# Verbs of one person's relative clause: "who lives", "who has", "who arrived", "who fled" (not "who have", "who
# run": a group's, "Residents, who have campaigned for years").
_IRREGULAR_PASTS = frozenset("""
    had came fled left lost won began became grew took found made spent met knew went got slept fought gave saw
    heard felt kept built brought bought taught sold told wrote ran swam
    """.split())


_DESCRIBED_FIRST_NAME = regex.compile(rf"^(?P<desc>{_DESCRIPTION_COMPOUND_RX})\s+(?P<name>\p{{Lu}}\p{{Ll}}{{2,}})$")


def _one_person_verb(verb: str) -> bool:
    return verb.endswith(("s", "ed")) or verb in _IRREGULAR_PASTS


def _first_name_described(subject: str) -> Optional[Subject]:
    """'Ted, a truck driver from Godmanchester', 'Sarah, 34, from Leeds': someone a release names by first
    name only, then describes (not 'Overall, a third of drivers' nor a body: 'Acme, a charity')."""
    m = _FIRST_NAME_ONLY.match(subject)
    if not m:
        return _first_name_who(subject)
    name = m.group("name")
    if not _first_name_word(name):
        return None
    desc = m.group("desc")
    if desc.startswith("from "):
        return Subject(name=name)
    role = _HOME_TOWN.sub("", desc.split(None, 1)[1]).strip()
    # The description's head noun decides: "a charity worker" is a person, "a local charity" a body.
    words = role.split()
    cut = next((k for k, w in enumerate(words) if w in _DESCRIPTION_BREAKS or k and w.endswith("ing")), len(words))
    head = (words[:cut] or words)[-1].casefold()
    if head in ORG_KEYWORDS or head in BODY_KIND_NOUNS or head in NOT_PERSON_NOUNS:
        return None  # "Acme, a local charity", "Leeds, a city of 800,000 people": a body or a place described
    return Subject(name=name, role=role)


def _is_title_word(word: str) -> bool:
    """A word of a title or a body's name: capitalised, glue, or a title's own word ('chief', 'transport')."""
    low = word.casefold().strip("'’")
    return word[:1].isupper() or word[:1].isdigit() or word in _NAME_GLUE or _is_role_word(word) \
        or low in ROLE_MODIFIERS or low in PORTFOLIO_SUBJECTS


def reads_as_lead_in(text: str) -> bool:
    """'Recognising Volunteers Week', 'Speaking at the launch': a lead-in clause, not a name or a title."""
    return bool(_LEAD_IN_RE.match(text)) and _is_lead_in_clause(text)


def _names_at_once(text: str) -> bool:
    """A full name straight after the comma, or after a title set off by commas ('Transport Secretary,
    Grant Shapps')."""
    segs = _segments(text)
    if not segs:
        return False
    return _names_a_person(segs[0], titled=True) or len(segs) > 1 and segs[0][:1].isupper() \
        and any(_is_role_word(w) for w in segs[0].split()) and _names_a_person(segs[1])


def _names_a_person(text: str, titled: bool = False) -> bool:
    """Whether one of the comma-separated parts of ``text`` is a person's full name and nothing else
    (``titled``: or ends in one, after a title: 'Transport Secretary Justine Greening')."""
    for seg in _segments(text):
        split = split_name(seg)
        if split is not None and (titled or not split.prefix) and not split.suffix and len(split.name.split()) >= 2:
            return True
    return False


def _titled_name(text: str) -> bool:
    """'The Solicitor General Michael Tomlinson KC MP': a full name after a title (not 'the Sinn Féin MLA'
    nor 'the SNP Glasgow East MP', where the capitals after the article are a party's and a seat's)."""
    split = split_name(text)
    if split is None or len(split.name.split()) < 2:
        return False
    if any(_is_role_word(w) for w in split.prefix.split()) or split.honorific or split.rank:
        return True
    # "The Conservative Jane Smith MP" names her; in "The SNP Glasgow East MP" the words are a seat's
    return split.prefix.strip().casefold() not in ("", "the") and not any(
        w in SEAT_WORDS or w in PLACE_NAME_WORDS for w in split.name.split())


def _second_person_after_title(segs: list[str], k: int, joint: Optional[regex.Match]) -> bool:
    """Whether segment ``k`` is the first person's title, then 'and' and a second person's full name, whose own
    title follows in the next segment ('Financial Secretary to the Treasury and Melanie Johnson' before
    'Parliamentary Under Secretary of State ...'); not a body's name ('Director of Marks and Spencer')."""
    if joint is None or k + 1 >= len(segs) or _is_bare_name(joint.group("first")):
        return False
    second = joint.group("second")
    return len(second.split()) >= 2 and _is_bare_name(second) and not _is_bare_name(segs[k + 1]) \
        and any(_is_role_word(w) for w in segs[k + 1].split()) \
        and any(_is_role_word(w) for w in joint.group("first").split())


def _office_and_person(first: str, second: str) -> bool:
    """'the Chancellor' and 'John Smith': two people speaking together, the first by an office with an article
    and no name, the second by a full name with nothing before it; not one office whose subjects go on after
    "and" ('the Minister for Culture and Heritage Jane Doe' has a title before the name)."""
    words = first.split()
    return len(words) >= 2 and words[0] in ("the", "The") and _is_title_phrase(words[1:]) \
        and split_name(first) is None and _is_bare_name(second)


def _is_bare_name(text: str) -> bool:
    """A full name with at most honorifics or ranks before it: 'Dr Jane Doe', not 'Chair Jane Doe'."""
    split = split_name(text)
    return split is not None and not split.prefix and not split.suffix and len(split.name.split()) >= 2


def _is_relatives_body(text: str) -> bool:
    """'Families of the Fallen': a body named like relatives (capitalised, no article, 'of the' and a
    capitalised name; not 'Relatives of the Hillsborough victims')."""
    m = _OF_THE_NAME.search(text)
    return text[:1].isupper() and not _DETERMINER.match(text) and m is not None and all(
        w[:1].isupper() or w in _NAME_GLUE for w in text[m.end() - 1:].split())


def _is_relatives(text: str) -> bool:
    """'The family of John Smith', "Harry Dunn's family"; not a body ('Families of British Servicemen
    Association') nor a title with a body ('Daughters of Charity Services chief executive')."""
    if not _RELATIVES_OF.match(text) or _is_relatives_body(text):
        return False
    words = text.split()
    return words[-1].casefold().strip("'’") not in ORG_KEYWORDS and not any(
        w.islower() and _is_role_word(w) for w in words)


_RELATION_ONLY = regex.compile(rf"^(?:(?:the|his|her|their)\s+)?{_RELATIVE_RX}(?:\s+of\s+.+)?$|['’]s\s+{_RELATIVE_RX}$", regex.I)


def names_a_relation(role: Optional[str]) -> bool:
    """Whether what an unnamed speaker is called is only how they are related to someone ('family', 'family of
    John Smith', "Harry Dunn's family", 'parents'): a relation, which is no post held."""
    return bool(role) and _RELATION_ONLY.search(role) is not None


def _is_title_phrase(words: list[str]) -> bool:
    """A title ('Head of the Civil Service', 'Housing and Planning Minister'), not 'Congratulating the
    Chief Constable': capitalised words and glue, ending in a role word, "the" only after a preposition."""
    return bool(words) and _is_role_word(words[-1]) and all(w[:1].isupper() or w in _NAME_GLUE for w in words) \
        and not any(w == "the" and (k == 0 or words[k - 1] not in _ROLE_PREPOSITIONS) for k, w in enumerate(words))


def _body_then_title(first: str, second: str) -> bool:
    """'City of London Police', 'the national policing lead for economic crime': after the name, a body's name,
    then a title that is the post held in it."""
    return _is_body_name(first) and any(_is_role_word(w) for w in second.split())


# "who will become the first Independent Anti-Slavery Commissioner", "who was appointed HM Chief Inspector of
# Constabulary last year": a relative clause that gives the post
_POST_IN_RELATIVE = regex.compile(
    r"^who\s+(?:is|will\s+be|will\s+become|becomes|became|has\s+become|is\s+to\s+become"
    r"|(?:was|has\s+been|is\s+being)\s+appointed(?:\s+as)?)\s+(?:(?:the|a|an)\s+)?(?:(?:first|new)\s+)?"
    r"(?P<post>\p{Lu}[^,]*?)"
    r"(?:\s+(?:last|this|next)\s+(?:year|month|week)|\s+in\s+\d{4})?$")


def _post_in_relative(segment: str) -> Optional[str]:
    """The post a relative clause gives ('who will become the first Independent Anti-Slavery Commissioner' ->
    'Independent Anti-Slavery Commissioner'); None when it gives none ('who runs a cafe') or one held before
    ('who was Chief Executive ...', '... until 2019')."""
    m = _POST_IN_RELATIVE.match(segment)
    if m is None or not any(_is_role_word(w) for w in m.group("post").split()) \
            or not all(w[:1].isupper() or w in _NAME_GLUE for w in m.group("post").split()):
        return None
    return m.group("post")


def _relative_then_name(text: str) -> bool:
    """"the victim's sister, Karen Stead", "her brother, John Green": a relation, then the name in commas."""
    relation, comma, rest = text.partition(",")
    return bool(comma) and "," not in rest and _is_relatives(relation.strip()) and split_name(rest.strip()) is not None


def _is_lead_in_clause(text: str) -> bool:
    """'Responding to the Chief Inspector's report', 'On Monday': a clause, not a title ('Training and
    Development Manager': capitalised words ending in a role word) or a name ('Irving Stone')."""
    words = text.split()
    if not words:
        return False
    if words[0] in LEAD_IN_WORDS:
        return True  # "Meeting the Chief Constable"
    if _is_title_phrase(words):
        return False
    if len(words) == 2 and all(_is_name_token(w) for w in words):
        return False
    return True


def _clean_role(text: Optional[str]) -> Optional[str]:
    if text is None:
        return None
    text = _WS.sub(" ", text).strip(" ,;:-–")
    text = _THE.sub("", text)
    text = _POSSESSIVE_DETERMINER.sub("", text)
    return text or None


def _capitalised(text: str) -> bool:
    """Capitalised as a name is: 'Acme', and brands written in camel case ('techUK', 'eBay', 'easyJet')."""
    return text[:1].isupper() or bool(_CAMEL_CASE.match(text))


_CAMEL_CASE = regex.compile(r"^(?!(?:e|i|m)(?:" + "|".join(CAMEL_CASE_TERMS) + r")\b)\p{Ll}{1,5}\p{Lu}[\p{L}\d]*")


def looks_like_org(text: str) -> bool:
    """'Samsung UK', 'Apple', 'Northern Rail', 'IWF', '5 Medical Regiment': a body rather than a role."""
    words = text.split()
    if not words or not _capitalised(text) and not _ACRONYM.match(words[0]) \
            and not (text[:1].isdigit() and words[-1].casefold() in MILITARY_UNITS):
        return False
    if _FIRM_BY_AMPERSAND.match(text) and not any(_is_role_word(w) for w in text.split("&")[0].split()):
        return True  # "Legal & General", "Smith & Partners": a firm's name, whatever word closes it
    if any(_is_role_word(w) for w in words[_body_opening_title(words):]) or _holds_compound_role(text):
        return False  # not "Second in Command of O Squadron"
    return True


# Capitalised words joined by an ampersand before the last: a firm's name ("Legal & General"); a title joins its
# words with "and" (and a title's words before the "&" are checked apart: "Chair & Chief Executive").
_FIRM_BY_AMPERSAND = regex.compile(r"^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}&\s+\p{Lu}[\p{L}'’-]*$")


def _body_opening_title(words: list[str]) -> int:
    """1 when a title's word opens a body's name, as an adjective ('General Dynamics UK', 'General Medical
    Council': initials or a body's noun after it, and no other title's word), else 0 ('General Secretary')."""
    return int(len(words) > 1 and words[0].casefold() in BODY_OPENING_TITLE_WORDS
               and has_org_keyword(" ".join(words[1:])) and not any(_is_role_word(w) for w in words[1:]))


def has_org_keyword(text: str) -> bool:
    return any(w.casefold().strip(",.()'’") in ORG_KEYWORDS for w in text.split()) or any(
        _ACRONYM.match(w.strip(",.()'’")) for w in text.split()
    )


def is_government_role(role: Optional[str]) -> bool:
    """'Home Secretary', 'Minister for Nature', 'The PM': a UK government office holder."""
    if not role:
        return False
    low = role.casefold().strip()
    if low in ("pm", "the pm"):
        return True
    if is_shadow_role(low):
        return False  # "Shadow Education Minister": the opposition's, not the government's
    return bool(_GOVERNMENT_ROLE.search(low))


# "<Body> <title> and <title> of <another body>": two posts, the second a title of its own after "and"
_SECOND_POST = regex.compile(r"^(?P<first>.+?)\s+and\s+(?P<second>(?:\p{L}+\s+){0,2}?\p{L}+\s+(?:of|at|for)\s+\S.*)$")


def _two_posts_first_body(role: str) -> Optional[tuple[str, str]]:
    """'Environment Agency Executive Director for Environment and Business and chair of the National Drought
    Group': the body written before the first title is the organisation, and both posts stay in the role (not cut
    after 'chair', with the second body taken); None unless a body opens the first post."""
    for m in _SECOND_POST.finditer(role):
        second = m.group("second").split()
        if "at" in second:
            continue  # "DPTAC Member and Director of Policy at Mobilise": the workplace after "at" is the body
        if not any(_is_role_word(w) for w in second[: second.index(next(w for w in second if w in ("of", "at", "for")))]):
            continue
        first_role, first_org = split_role_org(m.group("first"))
        if first_org and m.group("first").startswith(first_org) and first_role:
            return f"{first_role} and {m.group('second')}", first_org
    return None


def is_shadow_role(role: str) -> bool:
    """'Shadow Home Secretary', 'Shadow Minister for Schools': an opposition front-bencher's title; not a body
    called 'Shadow ...' ('Chair of Shadow Great British Railways', 'the Shadow Authority')."""
    return bool(_SHADOW.search(role))


# A party's name before a representative's post: "Sinn Féin MLA", "DUP Mid Ulster MLA", "Welsh Labour candidate".
_PARTY_BEFORE_POST = regex.compile(
    r"^(?:the\s+)?(?P<party>" + "|".join(regex.escape(p) for p in sorted(PARTY_NAMES, key=len, reverse=True))
    + r")\s+(?P<post>(?:[\p{L}'’-]+\s+){0,5}[\p{L}.]+)$", regex.I)
# A party's group on a council or in an association, and its post: "WLGA Plaid Cymru Group Leader", "Leader of the
# Conservative Group on Acme Council".
_GROUP_PARTY = r"(?:" + "|".join(regex.escape(p) for p in sorted(PARTY_NAMES, key=len, reverse=True)) \
    + r"|independent|independents)\s+group"
_GROUP_POST = r"(?:(?:deputy|vice|assistant)\s+|co-)?(?:leader|chair|chairman|chairwoman|whip|spokesperson|secretary)"
# (each form with the title it keeps, and whether what follows "on" must be a body's name: the group's name before
# the post, "WLGA | Plaid Cymru Group Leader", or the post "of the" group "on" a body)
_GROUP_POSTS = (
    (regex.compile(rf"^(?:(?P<body>.+?)\s+)?(?P<group>{_GROUP_PARTY})\s+(?P<post>{_GROUP_POST})$", regex.I),
     "{group} {post}", False),
    (regex.compile(rf"^(?P<post>{_GROUP_POST})\s+of\s+the\s+(?P<group>{_GROUP_PARTY})"
                   rf"(?:\s+(?:on|of|at|in)\s+(?:the\s+)?(?P<body>.+))?$", regex.I),
     "{post} of the {group}", True),
)


def _party_group_post(role: str) -> Optional[tuple[str, Optional[str]]]:
    """A post in a party's group on a body, which keeps the group in the title, and the body named with it:
    'WLGA Plaid Cymru Group Leader' -> ('Plaid Cymru Group Leader', 'WLGA'), 'Leader of the Conservative Group on
    Acme Council' -> ('Leader of the Conservative Group', 'Acme Council'), 'Labour Group Leader' -> (..., None);
    None for a group on a subject ('Chair of the Independent Group on Drugs')."""
    for pattern, title, body_named in _GROUP_POSTS:
        m = pattern.match(role)
        if m is None or not m.group("group")[:1].isupper():
            continue
        body = m.group("body")
        if body and body_named and not _is_body_name(body):
            return None  # a group on a subject, not on a body
        return title.format(group=m.group("group"), post=m.group("post")), _clean_role(body) if body else None
    return None


# A party's post, then "of" and the party: "co-leader of the Green Party", "leader of the Scottish Conservatives".
_POST_OF_PARTY = regex.compile(
    r"^(?P<post>(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)\s+of\s+(?:the\s+)?(?P<party>"
    + "|".join(regex.escape(p) for p in sorted(PARTY_NAMES, key=len, reverse=True))
    + r")(?:\s+(?:who|whose|which)\s.*)?$", regex.I)  # (a relative clause after the party is no part of it)


def is_party_post(role: Optional[str]) -> bool:
    """'MLA', 'Foyle MLA', 'health spokesperson', 'Councillor', 'Leader', 'MP for Bath', a shadow minister: a
    post a party's own representative holds; not a government office nor a post of a body ('Chair of the LGA')."""
    if not role:
        return False
    words = [w.strip(",").casefold() for w in _THE.sub("", role).split()]
    if is_shadow_role(role):
        return True
    if not words or is_government_role(role) or any(w in ORG_KEYWORDS for w in words):
        return False
    return words[-1] in PARTY_POSTS or words[0] in {p.casefold() for p in REPRESENTATIVE_POST_NOMINALS} \
        and len(words) > 2 and words[1] == "for"  # "MP for Bridgwater"


def split_party(role: str) -> Optional[tuple[str, str]]:
    """A party's name before a representative's post goes to the organisation, the rest stays the role:
    'Sinn Féin MLA' -> ('MLA', 'Sinn Féin'), 'DUP Mid Ulster MLA' -> ('Mid Ulster MLA', 'DUP'); None for a body
    that starts with a party's word ('Labour Market Enforcement Director') or a shadow minister's title."""
    m = _PARTY_BEFORE_POST.match(role)
    if m is None or not m.group("party")[:1].isupper() or is_shadow_role(role):
        return None
    post = m.group("post")
    if is_party_post(post) or " and " in post and is_party_post(post.split(" and ")[0]):
        # ("SNP | MSP and Finance Committee member": a party's post, joined with another)
        return post, m.group("party")
    return None


_REPRESENTATIVE_MARK = regex.compile(r"\b(?:" + "|".join(REPRESENTATIVE_POST_NOMINALS) + r")\b")


def representative_mark(line: str, name: str) -> Optional[str]:
    """The elected member's letters written after the name ('Sinéad Ennis MLA said:' -> 'MLA', 'Jo Bloggs OBE
    MSP said:' -> 'MSP'); None when the name has none ('Jo Bloggs CBE said:')."""
    last = name.split()[-1] if name.split() else ""
    m = last and regex.search(rf"\b{regex.escape(last)},?(?P<marks>(?:\s+[A-Z][A-Za-z]{{1,5}}\b){{1,4}})", line)
    mark = m and _REPRESENTATIVE_MARK.search(m.group("marks"))
    return mark.group(0) if mark else None


def split_role_org(role: str) -> tuple[str, Optional[str]]:
    """:func:`_split_role_org`, keeping the body in a lead's title as written: in 'ACPO lead for Roads Policing',
    'NPCC lead on knife crime', the lead is the body's own, and 'lead for Roads Policing' alone names no post; the
    body is the organisation still ('Acme lead engineer' is split as before: a lead engineer is a post)."""
    title, org = _split_role_org(role)
    if org and title.startswith(("lead for ", "lead on ")) and role.rstrip().endswith(title):
        return _clean_role(role) or role, org
    return title, org


def _split_role_org(role: str) -> tuple[str, Optional[str]]:
    """Separate an organisation written inside a role.

    'Chief Executive of the IWF'      -> ('Chief Executive', 'IWF')
    'Managing Partner at IBM UK and Ireland' -> ('Managing Partner', 'IBM UK and Ireland')
    'the College of Policing’s Director of Operational Standards'
                                       -> ('Director of Operational Standards', 'College of Policing')
    'ASB Help CEO'                     -> ('CEO', 'ASB Help')
    'Minister for Nature'              -> ('Minister for Nature', None): government roles stay whole
    'Director of Government and External Relations' -> unchanged (no organisation in it)
    """
    role = _clean_role(role) or ""
    if not role:
        return role, None
    group = _party_group_post(role)
    if group is not None:
        return group
    party = split_party(role)
    if party is not None:
        return party  # "DUP Councillor" -> ('Councillor', 'DUP')
    of_party = _POST_OF_PARTY.match(role)
    if of_party and of_party.group("party")[:1].isupper() and is_party_post(of_party.group("post")):
        return of_party.group("post"), of_party.group("party")  # "co-leader of the Green Party"
    # A title that reads like a body keeps its words, but not the unit it commands: "Officer Commanding 6 Squadron".
    unit = _numbered_unit(role) if _holds_compound_role(role) else None
    if unit is not None:
        return unit
    owned = _POSSESSIVE.match(role)
    if owned and _TRAILING_BRACKETS.sub("", owned.group("role")).casefold() in UNIT_POSTS \
            and _capitalised(owned.group("org")) \
            and not any(_is_role_word(w) for w in owned.group("org").split()):
        return owned.group("role"), owned.group("org")  # "HMS Spey’s second-in-command": the ship's
    if role.casefold().replace("’", "'") in OFFICE_ORGANISATIONS or _holds_compound_role(role) \
            or _is_place_office(role):
        return role, None
    two_posts = _two_posts_first_body(role)
    if two_posts is not None:
        return two_posts
    plural = _PLURAL_POSSESSIVE_NAME.match(role)
    if plural and plural.group("noun").casefold() in ORG_KEYWORDS \
            and any(_is_role_word(w) for w in plural.group("role").split()):
        return _clean_role(plural.group("role")) or role, _clean_role(plural.group("org"))
    # Possessive: "the College of Policing's Director of ...", "Sustrans' Chief Executive"; not one inside a body's
    # name ("Alzheimer's Society Chief Executive": the body is split off before its title below).
    m = _POSSESSIVE.match(role)
    if m and m.group("mark")[-1] == "s" and m.group("role").split()[0].casefold() in POSSESSIVE_NAME_NOUNS:
        m = None
    if m and m.group("org").islower() and m.group("org").split()[-1] in ORG_KEYWORDS \
            and any(_is_role_word(w) for w in m.group("role").split()):
        # "the charity's chief executive": a body unnamed here, but of a kind the release may tell (see
        # organisation.resolve_organisation)
        kind = _THE.sub("", m.group("org"))
        return _clean_role(m.group("role")) or role, kind if kind in BODY_KINDS_IN_TITLES else None
    if m and (_capitalised(m.group("org")) or m.group("org")[:1].isdigit()) \
            and any(_is_role_word(w) for w in m.group("role").split()):  # "140 Expeditionary Air Wing's"
        org = _clean_role(m.group("org")) or ""
        if m.group("mark")[0] in "sS":
            org += m.group("mark")[0]  # plural possessive keeps its s: Sustrans'
        elif f"{org}'s".casefold() in NAMES_ENDING_IN_S or _SAINTS_NAME.match(org):
            org += m.group("mark")  # "Barnardo's Chief Executive", "St Mungo’s": the body's name ends in 's
        if org.casefold() in NATION_POSSESSORS and any(w.casefold() in NATIONAL_APPOINTMENTS for w in role.split()):
            return role, None  # "the UK's Ambassador to the United States": a British envoy, no body
        if org.casefold() in NATION_POSSESSORS:
            # "the UK’s International Education Champion": the nation the post serves, no body (an office the
            # tables know gives its own: "the UK's Chief Veterinary Officer")
            return _clean_role(m.group("role")) or role, None
        if org and not any(_is_role_word(w) for w in org.split()) and org.casefold() not in POSSESSIVE_ROLE_NOUNS \
                and org.casefold() not in ROYAL_POSSESSORS:
            return _clean_role(m.group("role")) or role, org
    words = role.split()
    if is_shadow_role(role):
        # "Welsh Conservative Shadow Local Government Minister": one title, the party's; a party written
        # as letters before it is its body ("SNP Shadow Chancellor").
        if len(words) > 1 and _ACRONYM.match(words[0]) and not _is_role_word(words[0]):
            return _clean_role(" ".join(words[1:])) or role, words[0]
        return role, None
    if is_government_role(role):
        government = next((g for g in DEVOLVED_GOVERNMENTS if role.casefold().startswith(g.casefold() + " ")), None)
        if government and is_government_role(role[len(government):]):
            return role[len(government):].strip(), government  # "Welsh Government | Economy Minister"
        # Only an acronym of a department may stand before a government role: "DfT permanent secretary" (not a
        # portfolio's: "AI Minister", "SME Minister").
        if len(words) > 1 and _ACRONYM.match(words[0].strip("'’")) and not _is_role_word(words[0]) \
                and words[0].casefold() not in NATIONAL_QUALIFIERS \
                and words[0].strip("'’").casefold() in _DEPARTMENT_ACRONYMS_FOLDED:
            return _clean_role(" ".join(words[1:])) or role, words[0]
        return role, None
    # "X of/at/for (the) Y" where Y is an organisation; "at" binds first.
    splits = sorted(_OF_SPLIT.finditer(role), key=lambda m: (m.group(0).split()[0] != "at", m.start()))
    for m in splits:
        head, tail = role[: m.start()], role[m.end():]
        tail_clean = _clean_role(_KIND_BEFORE_NAME.sub("", _before_second_title(tail))) or ""
        word = m.group(0).split()[0]
        if _MILITARY_UNIT.match(tail_clean) and head.strip():
            return _clean_role(head) or role, tail_clean  # "Commanding Officer of 1st Battalion The Royal Welsh"
        if word == "of" and _topic_then_body(tail_clean):
            continue  # "Chair of COVID-19 immunisation for the JCVI": a topic, then the body after "for"
        if word == "in" and not _unit_in_body(tail_clean):
            continue  # "Minister in the House of Lords", "Head of Policy in the region": no body's unit
        # "at" names a workplace after any description ("apprentice at BAE Systems");
        # "of"/"for" a body only after a role word.
        if not tail_clean or word != "at" and not any(_is_role_word(w) for w in head.split()):
            continue
        if not _capitalised(tail_clean) and not tail_clean[:1].isdigit():
            continue
        area = _TRAILING_BRACKETS.sub("", tail_clean)  # (a bracket narrowing the area: "Operations (North)")
        # (a nation's qualifier may open it after a function's title: "Head of UK Operations"; "Chief Executive of
        # UK Sport" and "Head of UK Sport" name a body, `UK_NAMED_BODIES`)
        area_words = area.split()[1:] if area.split()[:1] and area.split()[0].casefold() in NATIONAL_QUALIFIERS \
            and head.split()[-1:] and head.split()[-1].casefold() in FUNCTION_HEAD_WORDS \
            and area.casefold() not in UK_NAMED_BODIES else area.split()
        if area_words and all(w.casefold().strip(",") in PORTFOLIO_SUBJECTS or w.casefold() in FIELD_INITIALISMS
                              and _LIST_JOIN.search(area) for w in area_words):
            # "Director of Policy", "Cabinet Member for Transport", "Portfolio Holder for HR and Communications":
            # an area of work, not a body
            continue
        if _names_nations(tail_clean):
            continue  # "Director for Scotland, Wales and Northern Ireland": the nations of a remit, not a body
        if word == "for" and any(_is_role_word(w) for w in head.split()) \
                and (head.islower() and (_names_a_kind_of_body(tail_clean) or _has_initials(tail_clean)
                                         or head.split()[-1].casefold() in SPOKES_WORDS)
                     or _THE.match(tail) and _names_a_kind_of_body(tail_clean)) \
                and tail_clean[:1].isupper() and not _is_role_word(tail_clean.split()[0]) \
                and tail_clean.split()[0].casefold() not in COMPASS_WORDS:
            # "campaigns director for Brake", "head of A Living Landscape for The Wildlife Trusts": a title written
            # in lower case, as a description, then the body it is held for
            return _clean_role(head) or role, tail_clean
        if _heads_a_work_area(head, tail_clean) and not _body_by_article(tail):
            continue  # "Director General of Prisons": the area the director heads
        if head.split() and head.split()[-1].casefold() in NATIONAL_APPOINTMENTS and _COUNTRY_FIRST.match(tail_clean):
            continue  # "High Commissioner of Australia to the UK": the country that sends the envoy, no body
        if len(tail_clean.split()) == 1 and tail_clean.casefold() in ORG_KEYWORDS:
            continue  # "HM Chief Inspector of Constabulary": a kind of body, not a body's name
        # "the Association of Chief Police Officers", "the Chief Fire Officers Association": a body's
        # name may hold role words around its head noun.
        tail_words = tail_clean.split()
        body_named = tail_words[0].casefold() in BODY_HEAD_NOUNS or len(tail_words) > 1 and \
            tail_words[-1].casefold().strip("'’") in BODY_HEAD_NOUNS or any(
                w.casefold() in BODY_HEAD_NOUNS and nxt == "of" for w, nxt in zip(tail_words, tail_words[1:])) \
            or _body_of_members(tail_words)
        if any(_is_role_word(w) for w in tail_words) and not body_named \
                and not (word == "at" and _workplace_named(tail_words)):
            continue
        head_text = " ".join(head.casefold().split()).strip(" ,")
        # "Founder and Chief Executive of Acme": each of the joined titles heads a body.
        top_role = all(_is_head_role(part) for part in _AND_SPLIT.split(head_text))
        functional = head_text.split()[-1] in HEAD_ROLES and _has_proper_word(tail_clean)
        # "Head of Guardianship Scotland", "Director of Public Health Wales": a name a nation closes
        nation_named = tail_clean.casefold() in NATION_NAMED_BODIES  # "Director of Public Health Wales"
        if word != "at" and not has_org_keyword(tail_clean) and not nation_named and _initials_lead(head):
            continue  # "HMRC Director of Individuals and Small Business Compliance": the title's subject
        if word == "for" and not _THE.match(tail) and not nation_named \
                and _initials_lead(head):
            continue  # "NCSC Deputy Director for Economy and Society": the remit, without the article of a body
        # "interim chair of Skills England", "start-up chair of Great British Energy": a head's title, modified,
        # before a name of capitalised words
        headed = _ends_with_title(head_text, BODY_HEAD_TITLES) and (
            len(tail_words) > 1 and all(w[:1].isupper() or w in _NAME_GLUE for w in tail_words)
            or _one_word_body(tail_words))
        if word == "at" or has_org_keyword(tail_clean) or top_role or headed or tail_clean in DEPARTMENT_ACRONYMS \
                or (word == "of" and (functional or nation_named)):
            unit = None if _THE.match(tail) else _unit_of_body_before(head, m.group(0), tail_clean)
            # (a unit with its article is a body of its own)
            return unit or (_clean_role(head) or role, _body_of_organ(tail_clean))
    # A unit by its number right after the title: "Commander 3 Commando Brigade".
    unit = _numbered_unit(role)
    if unit is not None:
        return unit
    # Organisation before the role words: "ASB Help CEO", "NCA Director General". A role word with a possessive
    # mark ends a body's name ("The Association of Police and Crime Commissioners’ | Joint Prevention Lead").
    first_role = next((k for k, w in enumerate(words) if _is_role_word(w) and not is_possessive(w)), None)
    owner_end = next((k + 1 for k in range(first_role - 1, 0, -1) if is_possessive(words[k])), None) \
        if first_role else None
    if owner_end is not None and any(_is_role_word(w) for w in words[owner_end - 1:owner_end]):
        first_role = owner_end  # the body's name ends at its possessive: "... Commissioners’ | Joint Prevention Lead"
    # Qualifiers belong with the role: "First Great Western | Managing Director",
    # "RAC | technical director" (lower-case words before a lower-case role word).
    while first_role and (words[first_role - 1].casefold() in ROLE_MODIFIERS
                          or (words[first_role].islower() and words[first_role - 1].islower())) \
            and not (first_role >= 2 and words[first_role - 2].casefold() in _NAME_GLUE) \
            and not _area_before_chief(words, first_role):
        first_role -= 1  # (a body's name ends in no glue word: "Royal Academy of Engineering | Chief Executive")
    # "Hampshire Fire and Rescue Service | Group Manager": a rank of two words stays whole.
    while first_role and " ".join(words[first_role - 1:first_role + 1]) in _TWO_WORD_RANKS:
        first_role -= 1
    if first_role and first_role > 0:
        first_role = _body_name_end(words, first_role)
        org = " ".join(words[:first_role])
        if is_possessive(org):
            org = without_possessive(org)  # "The King’s Fund’s | Chief Executive"
        rest = " ".join(words[first_role:])
        # "Ofsted Chief Inspector": a body's short name from the table counts as an acronym.
        acronymic = any(_ACRONYM.match(w.strip("'’")) or w.strip("'’") in DEPARTMENT_ACRONYMS or _CAMEL_CASE.match(w)
                        or _joined_initials(w) for w in words[:first_role])
        lower_role = rest[:1].islower()
        # "UK Trade | Envoy to Nigeria", "British | Ambassador": a nation's envoy, not a body and a role.
        national_envoy = (org.split()[0].casefold() in NATIONAL_QUALIFIERS or names_another_country(role)) and \
            rest.split()[0].casefold() in NATIONAL_APPOINTMENTS  # "US Trade Representative" too
        # "Sport England", "Disclosure Scotland": a name a nation closes
        nation_named = org.casefold() in NATION_NAMED_BODIES or len(org.split()) > 1 \
            and org.split()[-1] in NATION_NAME_ENDS
        # "Shelter | Chief Executive": one proper word before a title only a body's head holds
        # ("Save the Children | Chief Executive", "Citizens Advice | Chief Executive": a name of several words)
        one_word_body = _proper_words(org) >= 1 and rest.casefold() in BODY_HEAD_TITLES \
            and all(w[:1].isupper() or w in _NAME_GLUE for w in org.split()) \
            and org.split()[0].casefold() not in TITLE_TIME_WORDS and not names_another_country(role)
        area = _function_after_initials(org, rest)
        if area is not None:
            org, rest = area  # "HIWFRS | Prevention Manager", "APCC | Performance lead"
        if len(org.split()) > 1 and _DESCRIPTION_COMPOUND.match(org.split()[0]):
            org = " ".join(org.split()[1:])  # "Cambridge-based | Acme Therapeutics | chief executive"
        if _capitalised(org) and not _names_an_area_only(org) \
                and (acronymic or lower_role or has_org_keyword(org) or _proper_words(org) >= 2
                                  or nation_named or one_word_body) \
                and org.split()[-1] not in ("and", "&") and org.casefold() not in NATIONAL_QUALIFIERS \
                and not national_envoy and not _is_kind_of_body(org) and not _names_a_field(org) \
                and org.split()[0] not in ("A", "An") \
                and not (_DESCRIPTION_COMPOUND.match(org.split()[0]) and len(org.split()) == 1) \
                and not (" " not in org and not org.isupper() and org.casefold().endswith(("ed", "ing"))
                         and not _is_body_name(org)):
            # (nor "London-based" | campaigner, nor a participle that opens a description: "Armed" | forces champion)
            return rest, org
    # "Project lead and Environment Agency researcher": a body named inside a later one of joined
    # titles speaks for the person; the joined titles stay as written.
    parts = _AND_SPLIT.split(role)
    if len(parts) > 1 and split_role_org(parts[0])[1] is None:  # not "Chair of Transport Focus and ..."
        for part in parts[1:]:
            part_role, part_org = split_role_org(part)
            if part_org and part_role != part and has_org_keyword(part_org):
                return role, part_org
    return role, None


def _workplace_named(words: list[str]) -> bool:
    """Whether a workplace after "at" is a body whose name ends in a role word, no other word of it one ("at the
    Health and Safety Executive"; not "at the Chief Executive")."""
    return len(words) >= 2 and all(w[:1].isupper() or w in _NAME_GLUE for w in words) \
        and not any(_is_role_word(w) for w in words[:-1]) and _is_role_word(words[-1])


def _unit_of_body_before(head: str, glue: str, unit: str) -> Optional[tuple[str, str]]:
    """'Food Standards Agency Head' 'of' 'National Food Crime Unit': a unit headed within the body named before
    the title; the unit stays in the role ('Head of National Food Crime Unit') and the body speaks. None when no
    body stands before the title or the tail is no unit ('Chief Executive of Acme Trust')."""
    if unit.split()[-1].casefold() not in UNIT_NOUNS:
        return None
    title, body = split_role_org(head)
    # (the body before the title, not a remit after its "of": "Director of Capability at Strategic Command" heads
    # Capability within Strategic Command)
    before = body is not None and _THE.sub("", head.strip()).casefold().startswith(body.casefold())
    return (f"{title}{glue}{unit}", body) if body and title and before else None


def _body_of_members(words: list[str]) -> bool:
    """'NHS Clinical Commissioners': a body named by its members, a title's plural after a body's initials and
    capitalised words (not 'Police Officers' nor 'Chief Executives')."""
    last = words[-1].strip("'’")
    return len(words) >= 2 and last[:1].isupper() and last.casefold().endswith("s") and _is_role_word(last) \
        and all(w[:1].isupper() for w in words) and any(_ACRONYM.match(w) and not _is_role_word(w) for w in words[:-1])


def _topic_then_body(tail: str) -> bool:
    """'COVID-19 immunisation for the JCVI', 'Policy for the Acme Trust': the topic of a title (words in lower case,
    of areas of work, or the nations of a remit), then "for" or "at" and the body it is worked on for; not a body's
    name that holds "for" ('Institute for Government', 'Action for Children')."""
    words = tail.split()
    for k, w in enumerate(words[1:-1], start=1):
        if w not in ("for", "at"):
            continue
        nxt = words[k + 2] if words[k + 1] in ("the", "The") and k + 2 < len(words) else words[k + 1]
        topic = words[:k]
        return (nxt[:1].isupper() or nxt[:1].isdigit()) \
            and not any(t.casefold() in ORG_KEYWORDS and t.casefold() not in AREA_NOUNS for t in topic) \
            and (any(t[:1].islower() and t not in _NAME_GLUE for t in topic)
                 or all(t.casefold() in PORTFOLIO_SUBJECTS or t.casefold() in AREA_NOUNS for t in topic)
                 or _names_nations(" ".join(topic)))  # "Regional Director of Northern Ireland for the ICE"
    return False


def _before_second_title(tail: str) -> str:
    """'Mace and co-chair of the Construction Leadership Council' -> 'Mace': a body, then "and" and a second title
    the speaker holds ('Chief Executive of Mace and co-chair of ...', 'Leader of Wakefield Council and LGA
    Vice-Chair'); the first title's body is the one spoken for. Not the rest of a body's name ('Police and Crime
    Commissioners' Association')."""
    for m in _AND_SPLIT.finditer(tail):
        if _opens_second_title(tail[m.end():].split()):
            return tail[: m.start()]
    return tail


def _opens_second_title(words: list[str]) -> bool:
    """'co-chair of the ...', 'former head of the civil service', 'LGA Vice-Chair': a title, with at most words of
    time, qualifiers or a body's initials before its first role word."""
    k = next((i for i, w in enumerate(words) if _is_role_word(w)), None)
    if k is None:
        return False
    return all(w.casefold() in ROLE_MODIFIERS or w.casefold() in TITLE_TIME_WORDS
               or _ACRONYM.match(w) and not _is_role_word(w) for w in words[:k]) \
        and not any(w.casefold() in ORG_KEYWORDS for w in words[:k + 1])


_REPORTED_HEARING = regex.compile(REPORTED_HEARING)
_TWO_WORD_RANKS = frozenset(r for r in RANKS if len(r.split()) == 2) | TWO_WORD_TITLES
_DEPARTMENT_ACRONYMS_FOLDED = frozenset(a.casefold() for a in DEPARTMENT_ACRONYMS)
_COUNTRY_FIRST = regex.compile(rf"^(?:{'|'.join(map(regex.escape, COUNTRY_WORDS))})\b")
# Another country named before a title: "Japanese Foreign Minister", "New Zealand Trade Minister", "US Trade
# Representative" (not "Scottish", "Tech", "Economic").
_FOREIGN_OPENING = regex.compile(
    rf"^(?:the\s+)?(?P<w>(?!(?:{'|'.join(map(regex.escape, OWN_QUALIFIERS))})\b)\p{{Lu}}[\p{{L}}-]*(?:{NATIONALITY_ENDINGS})"
    rf"|{'|'.join(map(regex.escape, COUNTRY_WORDS))}|(?P<i>{'|'.join(map(regex.escape, FOREIGN_INITIALS))}))\s+\S")


def names_another_country(role: str) -> bool:
    """'Japanese Foreign Minister', 'Australian Trade Minister', 'US Trade Representative': a title another
    country's nationality, name or initials open (a title of that country's, not of a UK body)."""
    m = _FOREIGN_OPENING.match(role)
    if m is None or m.group("i") in PORTFOLIO_INITIALS and is_government_role(role):
        return False  # ("EU Minister": a UK minister's portfolio)
    word = (m.group("w") or "").casefold()
    return word not in NOT_NATIONALITIES and word not in PORTFOLIO_SUBJECTS and word not in ROLE_MODIFIERS \
        and word not in NATIONAL_QUALIFIERS


_NUMBERED_START = regex.compile(r"(?<=\s)(?=(?:\d+(?:st|nd|rd|th)?|[IVXL]+(?:\([A-Z]{1,4}\))?)\s)")
# A unit known by its number: "1st Battalion The Royal Welsh", "16 Air Assault Brigade", "IX(B) Squadron",
# "II(AC) Squadron", "3rd (United Kingdom) Division".
_MILITARY_UNIT = regex.compile(
    r"^(?:\d+(?:st|nd|rd|th)?|[IVXL]+(?:\([A-Z]{1,4}\))?)\s+(?:\S+\s+){0,4}?(?i:"
    + "|".join(sorted(MILITARY_UNITS)) + r")\b")
# A bracket inside a unit's name, after its number: "160th (Welsh) Brigade", "1st (UK) Division", "II(AC) Squadron".
_UNIT_BRACKET = regex.compile(r"(?<=(?:^|\s)(?:\d+(?:st|nd|rd|th)?|[IVXL]+))\s*\([^()]{1,40}\)(?=\s+\p{Lu})")


def _numbered_unit(role: str) -> Optional[tuple[str, str]]:
    """'Commander 3 Commando Brigade' -> ('Commander', '3 Commando Brigade'): a unit by its number right after the
    title, or None."""
    for m in _NUMBERED_START.finditer(role):
        head, tail = role[: m.start()].strip(), role[m.start():]
        if head and any(_is_role_word(w) for w in head.split()) and _MILITARY_UNIT.match(tail):
            return _clean_role(head) or role, tail
    return None


def _bracketed_asides(subject: str) -> list[regex.Match]:
    """The brackets that stand aside from the words ('Jane Doe (Acme Trust)', '(DPTAC)'), not those inside a unit's
    name after its number ('3rd (United Kingdom) Division')."""
    return [m for m in _PAREN.finditer(subject) if not _UNIT_BRACKET.match(subject, m.start())]


# An age in brackets after a name: "Geraint (aged 18), a member of ...", "Jane Doe (45), from Leeds".
_AGE_IN_BRACKETS = regex.compile(r"(?<=\p{L})\s*\((?:aged\s+)?\d{1,3}\)")
_ASIDE_AFTER_NAME = regex.compile(r"^(?P<name>[^,()]{3,80}?)\s*\((?P<inner>[^()]{1,60})\)(?=\s*,)")


def _without_aside_after_name(subject: str) -> str:
    """'Councillor Jane Doe (Newport), WLGA Spokesperson for Housing' -> 'Councillor Jane Doe, WLGA Spokesperson for
    Housing': brackets right after a person's name and before a comma that hold the member's ward, area or party
    ('(Flintshire)', '(Lab, Newport East)') are dropped; not a body's name or initials ('Jane Doe (Acme Trust), Chief
    Executive'), a title, or a name after a title ('The Minister of State (Jane Doe), ...')."""
    m = _ASIDE_AFTER_NAME.match(subject)
    if m is None:
        return subject
    person = split_name(m.group("name"))
    inner = m.group("inner").strip()
    if person is None or person.prefix or person.suffix or len(person.name.split()) < 2 \
            or not inner[:1].isupper() or _is_body_name(inner) \
            or any(_ACRONYM.match(w.strip(",")) and len(w.strip(",")) > 3 for w in inner.split()) \
            or any(_is_role_word(w.strip(",")) for w in inner.split()):
        return subject
    return subject[: m.end("name")] + subject[m.end():]


def _after_title(subject: str, aside: regex.Match) -> Optional[tuple[str, str, list[str]]]:
    """The words written before brackets, set right after them with no comma, and the words inside ('Head of Policy',
    'Shelter', ['Shelter']), when the words before are no name; None otherwise. Brackets holding the title in
    Welsh ('(Comisiynydd y Gymraeg)') stand after no title of their own."""
    before = subject[: aside.start()]
    title = before.rsplit(",", 1)[-1].strip()
    inner = aside.group("inner").strip()
    words = inner.split()
    if not before[-1:].isalnum() or not title or not words or split_name(title) is not None \
            or any(w.casefold() in WELSH_TITLE_WORDS or w.casefold() in WELSH_ROLE_WORDS for w in words):
        return None
    return title, inner, words


def _body_after_title(subject: str, aside: regex.Match) -> bool:
    """'Head of Policy (Shelter)', 'Director (Friends of the Earth)': capitalised words in brackets right after a
    title, not a caption's or a state's word, nor words of titles, areas or places: the body the title is held at."""
    after = _after_title(subject, aside)
    if after is None:
        return False
    title, inner, words = after
    if not any(_is_role_word(w) for w in title.split()):
        return False
    if _LIST_JOIN.search(f" {inner} "):
        return False  # "(Reserves and Cadets)", "(Children and Families)": a list of the title's areas
    return words[0][:1].isupper() and not any(w.casefold() in NOT_QUALIFIER_WORDS for w in words) \
        and any(w.casefold() not in _QUALIFIER_VOCABULARY for w in words if w[:1].isupper()) \
        and split_name(inner) is None


def _qualifies_title(subject: str, aside: regex.Match) -> bool:
    """'Minister of State for Health (Secondary Care)', 'Assistant Chief of the Defence Staff (Reserves and Cadets)':
    brackets right after a title (no comma between) that narrow it are part of the title as written. Not a name, a
    body or its initials in brackets, nor a Welsh rendering of the title ('(Comisiynydd y Gymraeg)')."""
    after = _after_title(subject, aside)
    if after is None:
        return False
    title, inner, words = after
    if len(words) > _QUALIFIER_WORDS:
        return False
    if not any(_is_role_word(w) for w in title.split() + words):
        return False  # "Jane Doe (Acme Trust)": a name or a body before the brackets
    if _ACRONYM.match(inner) or split_name(inner) is not None or _is_body_name(inner):
        return False
    low = [w.casefold().strip(",") for w in words]
    if any(w in NOT_QUALIFIER_WORDS for w in low) or inner.casefold() in PARTY_NAMES or inner in _PARTY_WORDS:
        return False  # "(pictured)", "(left)", "(retired)", "(Labour)": a caption, a state or a party
    capitalised = [w for w, c in zip(low, words) if c[:1].isupper()]
    if any(w not in _QUALIFIER_VOCABULARY for w in capitalised) and not is_government_role(title):
        return False  # "Head of Policy (Shelter)", "Director (Friends of the Earth)": a body's name, unknown words
    # (the brackets must not make a body of the title: "Head of Service (Children and Families)")
    return split_role_org(f"{title} ({inner})")[1] == split_role_org(title)[1]


# Two bodies' initials joined by a hyphen: "NCA-CEOP Director" (a command of the NCA); the first a body the table
# knows, not a pair of countries or fields ("UK-US Trade Envoy", "AI-ML Research Lead").
_JOINED_INITIALS = regex.compile(r"^[A-Z]{2,}(?:-[A-Z]{2,})+$")


def _joined_initials(word: str) -> bool:
    return bool(_JOINED_INITIALS.match(word)) and word.split("-")[0] in DEPARTMENT_ACRONYMS


_LIST_JOIN = regex.compile(r"\s(?:and|&)\s")  # a list of areas: "HR and Communications" (not "STEM Learning")
_QUALIFIER_WORDS = 6
# Capitalised words that may narrow a title in brackets: areas of work, titles' words, places of a remit.
_QUALIFIER_VOCABULARY = AREA_WORDS | ROLE_WORDS | ROLE_MODIFIERS | REMIT_NATIONS | COMPASS_WORDS \
    | frozenset({"of", "the", "for"})
_PARTY_WORDS = frozenset({"Labour", "Conservative", "Conservatives", "Lib Dem", "Lib Dems", "Green", "Greens",
                          "Independent", "Reform"})
_TRAILING_BRACKETS = regex.compile(r"\s*\([^()]*\)$")  # a title's qualifier: "second-in-command (temporary commander)"


def _area_after_title(before: str, aside: str) -> bool:
    """'Emily Keane, Deputy Commissioner' then 'Regulatory Supervision, ICO' after a dash: a title, then the area
    it covers (words of portfolios), which stays with it as written."""
    title = before.rsplit(",", 1)[-1].split()
    return bool(title) and _is_role_word(title[-1]) and _is_work_area(aside.split(",", 1)[0].strip())


def _names_a_division(before: str, aside: str) -> bool:
    """'Jane Doe, Vice President, General Dynamics UK' + 'Land Systems': after a dash, a division of the body that
    ends the words before it (a body's name after a comma, no person's), in a few capitalised words with no title
    ('BAE Systems – Naval Ships'); not a title ('Acme – Chief Executive') nor a description ('the charity ...')."""
    head, comma, body = before.rpartition(",")
    body, words = body.strip(), aside.split()
    person = split_name(aside)
    return bool(comma and head.strip() and body) and all(w[:1].isupper() or w in _NAME_GLUE for w in body.split()) \
        and split_name(body) is None and (has_org_keyword(body) or not any(_is_role_word(w) for w in body.split())) \
        and 0 < len(words) <= 4 and all(w[:1].isupper() or w in _NAME_GLUE for w in words) \
        and not any(_is_role_word(w) for w in words) and not (person and (person.honorific or person.rank))


def _title_not_name(split: NameSplit) -> bool:
    """'Director | Land Equipment', 'Commander | Joint Helicopter Command': words after a title that a person
    named by rank in the next segment shows to be the title's (no rank or honorific of their own, or a
    body's noun at the end)."""
    last = split.name.split()[-1].casefold()
    return bool(split.prefix) and not split.rank and not split.honorific \
        or last in ORG_KEYWORDS or last in MILITARY_UNITS


def _names_a_document(subject: str) -> bool:
    """'The White Paper', 'The NHS Constitution': a document's name (a determiner, then words whose head noun is
    a document's), with no comma, no honorific and no role word in it."""
    determined = bool(_DOCUMENT_DETERMINER.match(subject))
    words = _DOCUMENT_DETERMINER.sub("", subject).split()
    if not 0 < len(words) <= 8 or "," in subject or words[-1].casefold() not in DOCUMENT_NOUNS \
            or any(_is_role_word(w) or w in _TITLE_TOKENS for w in words):
        return False
    # Without "The", only nouns that end no names ("NHS Constitution"; not "Jude Law", "Ordnance Survey").
    return determined or words[-1].casefold() not in NAME_LIKE_DOCUMENT_NOUNS


_DOCUMENT_DETERMINER = regex.compile(r"^(?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+")


def _is_head_role(title: str) -> bool:
    """A lower-case title that heads a body, in the plural or shared too: 'chief investment officer', 'joint
    managing directors' (of Sizewell C)."""
    words = title.split()
    if words and words[0] in HEAD_ROLE_SHARERS and len(words) > 1:
        words = words[1:]
    if words and words[-1].endswith("s") and " ".join(words[:-1] + [words[-1][:-1]]) in HEAD_ROLES:
        return True
    return " ".join(words) in HEAD_ROLES or title in HEAD_ROLES


def _ends_with_title(text: str, titles) -> bool:
    """Whether lower-case ``text`` is one of ``titles`` or ends with one as whole words ('interim chair')."""
    return any(text == t or text.endswith(f" {t}") for t in titles)


def _heads_a_work_area(head: str, tail: str) -> bool:
    """'Director General | Prisons', 'Executive Director | Flood and Coastal Risk Management': a director's area
    of work (words of portfolios and areas), not a body."""
    title = " ".join(head.casefold().split()).strip(" ,")
    if not _ends_with_title(title, WORK_AREA_TITLES) or tail.casefold() in NATION_NAMED_BODIES:
        return False  # ("Director General of Sport England": a body a nation's name closes)
    # ("Director General of Probation and Wales": the nations of an area's remit go with it)
    words = [w.casefold() for w in tail.split() if w.casefold() not in REMIT_NATIONS]
    return bool(words) and all(w in WORK_AREA_WORDS or w in PORTFOLIO_SUBJECTS for w in words) \
        and any(w not in _NAME_GLUE for w in words)


def _names_nations(text: str) -> bool:
    """'Scotland, Wales and Northern Ireland': the nations of a remit; not 'Northern' alone, a body's name
    ("Managing Director of Northern", the train operator)."""
    words = [w.casefold().strip(",") for w in text.split()]
    return all(w in REMIT_NATIONS or w in _NAME_GLUE for w in words) and all(
        nxt == "ireland" for w, nxt in zip(words, [*words[1:], ""]) if w == "northern")


def _one_word_body(words: list[str]) -> bool:
    """'Napo' in "Assistant General Secretary of Napo": one capitalised word after a head's modified title is a body's
    name, unless it is an area of work ('Vice President of Engineering'), a place or a group of people ('Deputy Chair of
    Governors')."""
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    low = words[0].casefold().strip("'’")
    return low not in PORTFOLIO_SUBJECTS and low not in WORK_AREA_WORDS and low not in PLACE_POSSESSORS \
        and low not in PEOPLE_GROUP_NOUNS and not low.endswith(("s", "ing"))


def _body_by_article(tail: str) -> bool:
    """'the Government Digital Service', 'the Prison Service': a body's name, its words capitalised after "the" and
    its last a body's noun, though each word may also name an area of work ('Director General of Prisons')."""
    words = tail.split()
    if len(words) < 3 or words[0] not in ("the", "The"):
        return False
    named = [w for w in words[1:] if w not in _NAME_GLUE]
    return all(w[:1].isupper() for w in named) and named[-1].casefold() in ORG_KEYWORDS


# A body named after a saint, in the possessive ("St Mungo’s", "St John's"): the mark is its name's.
_SAINTS_NAME = regex.compile(r"^(?:St\.?|Saint)\s+\p{Lu}\p{Ll}*[^s\W]$")  # (not a place: "St Helens")
_ORGAN_OF_BODY = regex.compile(r"^(?P<body>.+?)['’]s\s+(?P<organ>\p{L}[\p{L} ]*)$")


def _body_of_organ(body: str) -> str:
    """"The Acme Trust’s Board of Trustees" -> "The Acme Trust": a body's governing organ, named after the body's
    possessive, is the body's (:data:`GOVERNING_ORGANS`)."""
    m = _ORGAN_OF_BODY.match(body)
    if m is None or m.group("organ").casefold() not in GOVERNING_ORGANS:
        return body
    return m.group("body")


def _has_initials(name: str) -> bool:
    """'UZ Arts', 'POD Point', 'RSPB': a name with a body's initials in it."""
    return any(len(w) > 1 and w.isupper() and w.isalpha() for w in name.split())


def _names_a_kind_of_body(name: str) -> bool:
    """'The Wildlife Trusts', 'the Acme Trust': a name with a body's noun in it, singular or plural."""
    return any(w.casefold() in ORG_KEYWORDS or w.casefold().removesuffix("s") in ORG_KEYWORDS for w in name.split())


def _initials_lead(head: str) -> bool:
    """'HMRC Director', 'UKHSA Deputy Director', 'Electoral Commission Director', 'Ofgem Director': a body's initials
    or name, then the title (nothing but titles' words)."""
    words = head.split()
    if len(words) > 1 and bool(_ACRONYM.match(words[0].strip("'’"))) and not _is_role_word(words[0]) \
            and words[0].casefold() not in NATIONAL_QUALIFIERS and all(_is_role_word(w) for w in words[1:]):
        return True
    first_role = next((k for k, w in enumerate(words) if _is_role_word(w)), None)
    # (not a title's own words before its head: "Group Retail Director")
    return bool(first_role) and all(_is_role_word(w) for w in words[first_role:]) \
        and not any(w.casefold() in ROLE_MODIFIERS or w.casefold() in AREA_WORDS for w in words[:first_role]) \
        and _is_body_name(" ".join(words[:first_role]))


def _area_before_chief(words: list[str], first_role: int) -> bool:
    """'Angling Trust and Fish Legal | Chief Executive': a title "Chief ..." takes a rank before it ('Deputy Chief
    Executive', 'Group Chief Executive'), never an area of work ('Legal', 'Finance'), which ends the body's name."""
    low = [w.casefold() for w in words]
    return low[first_role] == "chief" and first_role + 1 < len(words) and _is_role_word(words[first_role + 1]) \
        and low[first_role - 1] not in CHIEF_RANKS


def _body_name_end(words: list[str], first_role: int) -> int:
    """Where a body's name written before a title ends: 'Environment Agency | Enforcement Team Leader' (after
    a body's noun, when the words up to the title hold no other: not 'Betsi Cadwaladr University Health
    Board'), 'Highways England | Service Delivery Manager' (a body named by a nation, from the table; not
    'Keep Britain Tidy'); after a body's initials before a unit ('NCA | Branch Commander'); else at the first role
    word."""
    if first_role >= 2 and _ACRONYM.match(words[0].strip("'’")) and words[1].casefold() in WORKING_UNITS:
        return 1
    for k in range(1, first_role):
        word, nxt = words[k].strip("'’"), words[k + 1].strip("'’")
        if not (words[0][:1].isupper() and nxt[:1].isupper()) or nxt in NATION_NAME_ENDS \
                or any(is_possessive(w) for w in words[k + 1:first_role]):  # "National Police | Chief's Council"
            continue
        if " ".join(words[:k + 1]).casefold() in NATION_NAMED_BODIES:
            return k + 1
        rest = [w.strip("'’").casefold() for w in words[k + 1:first_role]]
        if word.casefold() in ORG_KEYWORDS and nxt.casefold() not in ORG_KEYWORDS and word not in NATION_NAME_ENDS \
                and not any(w in ORG_KEYWORDS and w not in WORKING_UNITS for w in rest) \
                and not any(w.title() in NATION_NAME_ENDS or _ACRONYM.match(w.upper()) and w.isupper() for w in rest):
            return k + 1
    return first_role


_UNIT_OF_BODY = regex.compile(r"^(?P<unit>[^,]+?)\s+(?P<prep>for|at|with)\s+(?:the\s+)?(?P<body>[\p{Lu}\d][^,]*)$")


def _unit_of_body(seg: str) -> Optional[tuple[str, str]]:
    """'Criminal Investigation for HMRC', 'flood and coastal risk management for the Environment Agency': a
    unit or area of work, then the body it is of (a body's noun or initials); None otherwise."""
    m = _UNIT_OF_BODY.match(seg.strip())
    if m is None or any(_is_role_word(w) for w in m.group("unit").split()) \
            or m.group("unit").split()[-1].casefold() in ORG_KEYWORDS:
        return None  # "Institute for Government", "Campaign for Better Transport": one body's name
    body = _clean_role(m.group("body")) or ""
    words = body.split()
    # ("President, Global Affairs at Meta": after "at", a company's name alone is the workplace)
    named = has_org_keyword(body) or m.group("prep") == "at" and all(_capitalised(w) for w in words)
    if not words or not named or _holds_compound_role(body) or any(_is_role_word(w) for w in words):
        return None
    return m.group("unit").strip(), body


def _function_after_initials(org: str, rest: str) -> Optional[tuple[str, str]]:
    """A body's initials, then words of a function or a portfolio, before a post below the body's head:
    ('HIWFRS Prevention', 'Manager') -> ('HIWFRS', 'Prevention Manager'), ('DSA Customer Services', 'Manager');
    None for a name the function words end ('NHS England') or a head's title ('NHS Property Services | Chief
    Executive': the head of a body of that name)."""
    words = org.split()
    if len(words) < 2 or not _ACRONYM.match(words[0]) or rest.casefold() in BODY_HEAD_TITLES:
        return None
    if not _names_an_area_only(" ".join(words[1:])):
        return None
    return words[0], f"{' '.join(words[1:])} {rest}"


def _names_an_area_only(org: str) -> bool:
    """'Performance', 'Customer Services', 'Flood and Coastal Risk': words of a function or a portfolio alone,
    before a title ('Performance lead', 'Flood and Coastal Risk Manager'), name no body."""
    words = [w.casefold() for w in org.split()]
    if all(w in PORTFOLIO_SUBJECTS for w in words):
        return True
    return words[0] not in ("and", "&") and all(w in AREA_WORDS for w in words)


def _names_a_field(org: str) -> bool:
    """'TV', 'IT', 'HR' before a title ('TV doctor', 'IT Director'): a field of work's initials, no body."""
    return all(w.casefold() in FIELD_INITIALISMS for w in org.split())


def _is_kind_of_body(word: str) -> bool:
    """'Council' in 'Council leader', 'Party' in 'Party leader': a kind of body, which names none ('NHS', 'BBC' are
    names)."""
    return " " not in word and (word.casefold() in ORG_KEYWORDS or word.casefold() == "party") and not word.isupper()


def _is_place_office(role: str) -> bool:
    """'Tees Valley Mayor': the words before a place's office name the place, not a body.

    Not when they hold a body's name or a qualifier: 'Greater London Authority Deputy Mayor'.
    """
    words = role.split()
    if len(words) < 2 or words[-1].casefold() not in PLACE_OFFICES:
        return False
    place = words[:-1]
    return not has_org_keyword(" ".join(place)) and place[-1].casefold() not in ROLE_MODIFIERS


def _holds_compound_role(text: str) -> bool:
    """'West Midlands Police and Crime Commissioner': an office whose title reads like a body. Its plural
    names the members of a body ('Chair of the Association of Police and Crime Commissioners'), no office held."""
    return bool(_COMPOUND_ROLE_RE.search(text))


def _splits_compound_role(left: str, right: str) -> bool:
    """'Police', 'Fire and Crime Commissioner for Essex': one title split at its comma."""
    return not _holds_compound_role(left) and not _holds_compound_role(right) \
        and _holds_compound_role(f"{left}, {right}")


def _join_adjacent(segs: list[str], belongs: Callable[[str, str], bool]) -> list[str]:
    """Segments put back together where ``belongs(previous, segment)`` says a comma split one phrase."""
    out: list[str] = []
    for seg in segs:
        if out and belongs(out[-1], seg):
            out[-1] = f"{out[-1]}, {seg}"
        else:
            out.append(seg)
    return out


def _proper_words(text: str) -> int:
    """Words that are neither titles nor subject words: 'Civic Voice', 'Carplus', "Morrison's"."""
    count = 0
    for w in text.split():
        bare = without_possessive(w.strip(",."))
        if _capitalised(bare) and bare not in NOT_NAME_WORDS and bare.casefold() not in ROLE_WORDS:
            count += 1
    return count


def _has_proper_word(text: str) -> bool:
    return _proper_words(text) > 0


def _is_clause(segment: str) -> bool:
    """A segment that reads as a clause ('Drivers are to be released from ...'), not a title."""
    lower = [w for w in segment.split() if w[:1].islower() and w not in ("of", "for", "and", "the", "at", "to",
                                                                         "in", "on", "&", "a", "an")
             and not _is_role_word(w) and w.casefold() not in ROLE_MODIFIERS]
    return len(lower) >= 5


def _body_across_and(first: NameSplit, second: NameSplit) -> bool:
    """'Country Land and Business Association President Ross Murray', 'Angling Trust and Fish Legal Chief Executive
    Mark Lloyd': one body's name with "and" in it, then a title and the one person; not two people."""
    if first.prefix or first.rank or first.honorific or not second.prefix:
        return False
    words = second.prefix.split()
    body = list(itertools.takewhile(lambda w: w[:1].isupper() and not _is_role_word(w), words))
    return bool(body) and len(body) < len(words) and (_ends_in_body_noun(first.name) or _ends_in_body_noun(" ".join(body)))


def _ends_in_body_noun(text: str) -> bool:
    """'Angling Trust', 'Business Association': a body's noun closes it (not a portfolio's, 'Transport')."""
    last = text.split()[-1].casefold()
    return last in ORG_KEYWORDS and last not in PORTFOLIO_SUBJECTS


# A title's preposition and capitalised words up to the name: "owner of Pixel | Forge Studios"
_BODY_RUN_BEFORE_NAME = regex.compile(r"\b(?:of|at|for|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*$")


def _name_inside_body_run(split: NameSplit) -> bool:
    """The name found goes on a capitalised run that a title's preposition opens: it may be the body's end."""
    return not split.honorific and not split.rank and not split.suffix \
        and bool(_BODY_RUN_BEFORE_NAME.search(split.prefix))


def _name_segment_index(segs: list[str], splits: list[Optional[NameSplit]], listed: bool = False) -> Optional[int]:
    found = [k for k, s in enumerate(splits) if s is not None]
    if not found:
        return None
    if found[0] == 0 and splits[0].suffix and splits[0].name.casefold() in NATION_NAMED_BODIES:
        # "Natural England Chief Executive, Helen Phillips": a body's name and a title, then the person
        later = [k for k in found[1:] if not splits[k].prefix and not splits[k].suffix]
        if later:
            return later[0]
    if found[0] == 0 and _name_inside_body_run(splits[0]):
        # "Employer and owner of Pixel Forge Studios, Dan Hughes": the body's last words are no name when a
        # later segment is one of its own
        later = [k for k in found[1:] if not splits[k].prefix and not splits[k].suffix]
        if later:
            return later[0]
    if found[0] == 0:
        # Only a rank (Sir, Dr and the like start the next person of a list too), right after the title.
        ranked = 1 if len(splits) > 1 and splits[1] is not None and splits[1].rank and not splits[1].prefix \
            and not splits[1].suffix and not listed else None
        if ranked is not None and _title_not_name(splits[0]):
            return ranked  # "Director Land Equipment, Major General Robert Talbot-Rice": the rank names him
        return 0
    pure = [k for k in found if not splits[k].prefix and not splits[k].suffix]
    if pure:
        return pure[-1]
    return found[-1]


# A relative clause that names the body a person heads or belongs to: "Jane Doe, who chairs the Federation of
# Small Businesses, said:", "Ellen MacArthur, whose charity - the Ellen MacArthur Foundation - already ..."
_RELATIVE_BODY = regex.compile(
    rf"(?:^|,\s*)(?:who\s+(?:{'|'.join(RELATIVE_BODY_VERBS)})(?:\s+(?:the|a|an|its|their)(?:\s+\p{{Ll}}+){{1,2}}\s+(?P<at>at))?"
    rf"|whose\s+(?:{'|'.join(RELATIVE_BODY_NOUNS)}))"
    r"(?:\s*[-–—,]\s*|\s+)(?:the\s+)?(?P<body>\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|and|for|the|&))*)")


@lru_cache(maxsize=65536)
def parse_subject(subject: str) -> Optional[Subject]:
    """Parse the subject of an attribution; None when it names nobody.

    Cached: the same people are introduced in the same words release after
    release ("Transport Minister Norman Baker"), and the result is immutable.
    """
    parsed = _parse_subject(subject)
    if parsed is not None and parsed.role and _OWN_POST.search(parsed.role) \
            and parsed.organisation in (None, OWN_BODY):
        # "Our Cabinet Member for Health, Councillor Jane Doe", "The Chairman of our Board of Trustees, Jane Doe":
        # the publisher's post, written without "our" ("Our MP" is no post of the publisher's)
        own = _own_staff_post(parsed.role)
        parsed = replace(parsed, role=_OUR_OPENING.sub("", parsed.role) or None,
                         organisation=OWN_BODY if own else None)
    # ("Speaking to Channel 4 news, our director of development Jane Doe": after a lead-in, and before the name)
    our = _OUR.match(subject) or _OUR_AFTER_LEAD_IN.search(subject)
    post = our.group("post") if our else ""
    if parsed is not None and parsed.name and post.endswith(f" {parsed.name}"):
        post = post[: -len(parsed.name) - 1]
    if parsed is not None and not parsed.organisation and our and (parsed.name or parsed.role) \
            and _names_post_only(post):
        return replace(parsed, organisation=OWN_BODY)  # "Our chief executive, Jane Doe": the publisher's
    if parsed is not None and parsed.name and not parsed.organisation:
        relative = _RELATIVE_BODY.search(subject)
        if relative:
            words = without_possessive(relative.group("body")).split()
            while words and words[-1] in _NAME_GLUE:
                words.pop()
            # ("who runs a cafe at Leeds Station": after "at", only a body by its noun)
            if words and not (len(words) == 1 and _is_kind_of_body(words[0])) \
                    and not (relative.group("at") and not has_org_keyword(" ".join(words))):
                return replace(parsed, organisation=" ".join(words))
    return parsed


# "Jane Roe who moves from her current post of ...": a person, then a relative clause with no comma before it
_RELATIVE_WITHOUT_COMMA = regex.compile(r"^(?P<who>\p{Lu}[^,]{2,80}?)\s+(?=(?:who|whose)\s+\p{Ll})")


# The publisher speaking of its own people ("Our chief executive, Jane Doe, said:"): the body is the publisher's,
# which the organisation step puts in.
_OUR = regex.compile(r"^(?:Our|our)\s+(?P<post>[^,]{2,60}?)\s*(?:,|$)")
_OUR_AFTER_LEAD_IN = regex.compile(r",\s+our\s+(?P<post>[^,]{2,60}?)\s*(?:,|$)")
OWN_BODY = "our"
# A post the publisher's own: opened by "our" ("Our Cabinet Member"), or of "our" governing organ ("Chairman of our
# Board of Trustees")
_OWN_POST = regex.compile(r"^(?:Our|our)\s|\bof\s+our\s+"
                          rf"(?i:{'|'.join(sorted(GOVERNING_ORGANS, key=len, reverse=True))})\b")
_OUR_OPENING = regex.compile(r"^(?:Our|our)\s+")


def _own_staff_post(role: str) -> bool:
    """Whether a post named after "our" is one of the publisher's own: its head word, before any preposition, is one
    of `OWN_POST_HEAD_WORDS` ("Cabinet Member for Health", "Chairman of our Board of Trustees")."""
    words = [w.casefold().strip(",") for w in _OUR_OPENING.sub("", role).split()]
    head = next((k for k, w in enumerate(words) if w in _ROLE_PREPOSITIONS), len(words))
    return head > 0 and words[head - 1] in OWN_POST_HEAD_WORDS and not NOT_OWN_POST_WORDS & set(words)


def _names_post_only(words: str) -> bool:
    """'chief executive', 'Director of Nursing': a post, with no other body named in it ('partners at the Beta
    Trust' names one)."""
    tokens = words.split()
    return any(_is_role_word(w) for w in tokens) and not any(
        w.casefold() in ORG_KEYWORDS and not _is_role_word(w) for w in tokens) and " at " not in f" {words} "


def _comma_before_relative(subject: str) -> str:
    """'Jane Roe who moves from her current post of Permanent Secretary' -> 'Jane Roe, who moves from
    her ...': the comma a relative clause after a person's name goes without, so that the clause is set aside as
    one written with it is; unchanged when the words before "who" name no one by full name or honorific and
    surname ('The man who found the dog', 'Those who ...')."""
    m = _RELATIVE_WITHOUT_COMMA.match(subject)
    if m is None:
        return subject
    split = split_name(m.group("who"))
    if split is None or split.suffix or len(split.name.split()) < 2 and not split.honorific:
        return subject
    return f"{m.group('who')},{subject[m.end('who'):]}"


# A wire service's dateline before the release's first words: "LONDON, United Kingdom, April 6, 2018/ — ",
# "LONDON, 6 April 2018 – ".
_DATELINE = regex.compile(
    r"^\p{Lu}{2,}(?:[\s-]+\p{Lu}{2,})*,(?:\s+\p{Lu}[\p{L}\s]*,)?\s+"
    r"(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+),?\s+\d{4}\s*/?\s*[-–—]+\s*")


_TIME_LEAD_IN = regex.compile(TIME_LEAD_IN)


def _names_body_only(text: str) -> bool:
    """'Northtown Council': a body's name first, with no person in it (not "Programme presenter Jane Doe")."""
    first = text.split(",")[0].strip()
    return has_org_keyword(first) and split_name(first) is None


def _opens_with_person(text: str) -> bool:
    """'the Minister', 'Jane Doe, ...', 'Transport Secretary Jane Doe': a person first (not "Programme presenter
    Jane Doe" after "Today", a show's name)."""
    if text.startswith(("the ", "The ")):
        return True
    split = split_name(text.split(",")[0].strip())
    return split is not None and len(split.name.split()) >= 2 and not split.suffix \
        and (not split.prefix or _is_title_phrase(split.prefix.split()))


# A wire service's dateline: "LONDON, UNITED KINGDOM--(Marketwire - Dec. 16, 2008) - ", "LONDON--(BUSINESS WIRE)--"
_WIRE_DATELINE = regex.compile(r"^\p{Lu}[\p{Lu}\s,.'’-]{1,60}?--\s*\([^()]{2,80}\)\s*(?:--|[-–—])\s*")


def _parse_subject(subject: str) -> Optional[Subject]:
    subject = _WIRE_DATELINE.sub("", _DATELINE.sub("", _WS.sub(" ", subject))).strip(" ,;:-–—")
    timed = _TIME_LEAD_IN.match(subject)
    if timed is not None and (_opens_with_person(subject[timed.end():]) or _names_body_only(subject[timed.end():])):
        subject = subject[timed.end():]  # "On Wednesday 15 July Jane Doe": a time, then the subject
    subject = _passive_agent(_STATEMENT_BY.sub("", _CONNECTIVE.sub("", subject)))
    if not subject or len(subject) > 600:
        return None
    # "On behalf of the Acme Trust, Jane Doe", "Jane Doe, speaking on behalf of the Acme Trust": the body.
    behalf = _ON_BEHALF.search(subject)
    if behalf:
        subject = (subject[: behalf.start()] + subject[behalf.end():]).strip(" ,")
    subject = _comma_before_relative(strip_lead_in(subject))
    if len(subject) > 300:
        return None  # (a long lead-in, "In response to the report published by ...", is gone by now)
    lead = _LEAD_WORD_THEN_ARTICLE.match(subject)
    if lead and (lead.group("word") in LEAD_IN_WORDS or lead.group("word") in NOT_FIRST_NAMES
                 or lead.group("word").endswith(("ly", "wards"))):
        subject = subject[lead.end():]  # "Today, a spokesperson": the lead-in word goes
    subject = _without_aside_after_name(_AGE_IN_BRACKETS.sub("", subject))
    first = _first_name_described(subject)
    if first is not None:
        return first  # "Ted, a truck driver from Godmanchester": a member of the public, by first name
    body = _body_of_the_table(subject)
    if body is not None:
        return Subject(organisation=body, unnamed=True)  # "Historic England said:": a body, though named like a person
    listed = _GROUP_OF.sub("", subject)
    if _bodies_listed(listed):
        # "the Environment Agency, Natural England and the Forestry Commission said:", "the leaders of ASCL, NAHT
        # and NEU said:": the bodies together, with no one's post
        return Subject(organisation=_THE.sub("", listed), unnamed=True)
    if _THE.match(subject) and subject.split()[-1] in MEMBER_LETTERS and "," not in subject \
            and not _titled_name(subject):
        return Subject(role=_THE.sub("", subject), reference="role")  # "the Sinn Féin MLA": a member named before
    if _PRONOUN_RE.match(subject):
        return Subject(reference="pronoun", honorific=subject.casefold())
    if _FIRST_PERSON_SUBJECT.search(subject):
        return None  # "... I told the committee it is": the speaker's own words go on, no one else is credited
    if _names_a_document(subject):
        return None  # "The White Paper says:": a document, which is nobody
    if _REPORTED_HEARING.search(subject):
        return None  # "The court heard that Pike": words reported from a hearing
    head, _, rest = subject.partition(",")
    if _RELATIVES_OF.match(subject) and _is_relatives_body(subject):
        return Subject(organisation=_clean_role(subject), unnamed=True)  # "Families of the Fallen said:"
    if _is_relatives(subject) or rest and _is_relatives(head.strip()) and not _names_a_person(rest):
        # "The family of John Smith", "The family of Sgt John Smith, of 1st Battalion The Rifles": they
        # speak, unnamed; John Smith does not. ("The mother of Sarah Smith, Jane Doe" names her.)
        return Subject(role=_clean_role(head), unnamed=True)
    unnamed_kin = _KIN_OF_SOMEONE_UNNAMED.match(subject)
    if unnamed_kin:
        # "The family of a 13-year-old girl whose body was found ...": they speak, and the person is not named
        return Subject(role=unnamed_kin.group("kin").casefold(), unnamed=True)
    spokes = _SPOKES_RE.match(subject)
    if spokes and (not split_name(subject) or _UNNAMED_SPOKES.match(subject) or _body_before_spokes(subject)) \
            and not _names_a_person(head):
        portfolio = spokes.group("org2") if _PORTFOLIO_IN_LOWER_CASE.match(spokes.group("org2") or "") else None
        if portfolio and _BODY_IN_CAPITALS.match(spokes.group("org") or "") \
                and spokes.group("role").casefold() not in _NO_ONE_WORDS:
            body, post = _spokes_body(spokes.group("org")), f"{spokes.group('role')} for {portfolio}"
            if _INDEFINITE.match(subject):
                # "A Labour spokesperson for health": one of the party's, unnamed, speaking on that portfolio
                return Subject(role=post, organisation=body, unnamed=True)
            # "The Acme Party spokesperson for children and young people": a party's portfolio, held by one person
            # the release names, not a body's unnamed voice
            return Subject(role=f"{spokes.group('org')} {post}", organisation=body, reference="role")
        org = _spokes_body(spokes.group("org2") or spokes.group("org"))
        if org and is_possessive(org):
            org = without_possessive(org)  # "The Prime Minister's official spokesman"
        if org and org.casefold() in ("government", "the government"):
            org = "Government"
        role = spokes.group("role").casefold()
        if role in _NO_ONE_WORDS and org and org.casefold() in _KINDS_OF_STATEMENT:
            return None  # "The Joint Statement said:": what kind of statement, not whose
        if role in _NO_ONE_WORDS:
            # "A statement from the Acme Trust said:": the body speaks, and no one holds a post;
            # "The statement said:", "A joint statement said:" name no body.
            return Subject(organisation=org, unnamed=True) if org and org[:1].isupper() else None
        return Subject(role=role, organisation=org, unnamed=True)
    # Parentheses: a name "(Theresa Villiers)" or a role "(ACPO lead for Roads Policing)".
    extra_roles: list[str] = []
    paren_name: Optional[NameSplit] = None
    paren_body: Optional[str] = None
    asides = [m for m in _bracketed_asides(subject) if not _qualifies_title(subject, m)]
    for m in asides:
        inner = m.group("inner").strip()
        sp = split_name(inner)
        if sp and not sp.prefix and not sp.suffix and paren_name is None:
            paren_name = sp
        elif _ACRONYM.match(inner):
            continue  # "(DPTAC)": a body's initials, defined
        elif len(inner.split()) > 1 and _is_body_name(inner) or _body_after_title(subject, m):
            # "Jane Doe (Acme Trust) said:", "Jane Doe, Head of Policy (Shelter), said:"
            paren_body = paren_body or inner
        else:
            extra_roles.append(inner)
    for m in reversed(asides):
        subject = subject[: m.start()] + subject[m.end():]
    subject = subject.strip()
    # Between dashes: a role ("Jane Doe – Chief Executive, Acme – said") is kept as a segment,
    # a description ("Carplus - the national charity for car clubs") is dropped.
    first, *pieces = _SPACED_DASH_KEPT.split(subject)
    kept = [first]
    for dash, aside in zip(pieces[::2], pieces[1::2]):
        if _names_a_division(kept[-1], aside):
            kept[-1] += dash + aside  # "Vice President, General Dynamics UK – Land Systems": a company's division
        elif _area_after_title(kept[-1], aside):
            # "Deputy Commissioner – Regulatory Supervision, ICO": the title's area, kept as written
            area, comma, rest = aside.partition(",")
            kept[-1] += dash + area
            if comma:
                kept.append(rest.strip())
        # ("Jane Doe — the Environment Agency’s Area Director — said": a title after "the" is a role too, and "the
        # Chief Secretary to the Treasury – the Rt Hon Jane Roe – said": a name after "the" and a style)
        elif aside[:1].isupper() or aside.startswith("the ") and (any(_is_role_word(w) for w in aside.split())
                                                                  or _styled_name(aside)):
            kept.append(aside)
    subject = ", ".join(kept)
    relative_role = next(filter(None, map(_post_in_relative, _segments(subject))), None)
    segs = _join_adjacent(_rejoin_listed_names(
        [_AS_CAPACITY.sub("", s) for s in _without_clause_objects(_segments(subject))
         if not _RELATIVE.match(s) and not _AGE.match(s)]),
        _splits_compound_role)
    while len(segs) > 1 and _is_clause(segs[0]):
        segs = segs[1:]
    participle = next((k for k in range(1, len(segs)) if _PARTICIPLE_CLAUSE.match(segs[k])), None)
    if participle is not None:
        segs = segs[:participle]  # "Jane Doe MP, Shadow Secretary, responding to the report ...": the occasion goes
    if not segs:
        return None
    # "David Morgan and Mark Smith of the Heritage Railway Association": the first person speaks.
    joint = _JOINT.match(segs[0])
    if joint:
        first, second = split_name(joint.group("first")), split_name(joint.group("second"))
        # (not "Indian Commerce and Industry Minister X": one title whose subject's words stand either side of
        # "and")
        one_title = first and second and first.name.split()[-1].casefold() in PORTFOLIO_SUBJECTS \
            and second.prefix.split()[:1] and second.prefix.split()[0].casefold() in PORTFOLIO_SUBJECTS
        if first and second and not first.suffix and len(first.name.split()) >= 2 and not one_title \
                and not _body_across_and(first, second):
            # "Environment Minister Rebecca Pow and Eve Ellis, Chief Executive of the Woodland Trust": the first
            # has a title of her own; the title after the comma is the second person's
            own_title = bool(first.prefix or first.rank) and len(second.name.split()) >= 2 and not second.suffix
            segs = [joint.group("first") + (" " + second.suffix if second.suffix else "")] + \
                ([] if own_title else segs[1:])
        elif _office_and_person(joint.group("first"), joint.group("second")):
            segs = [joint.group("first")]  # "the Chancellor and John Smith": the office named first speaks
    listed = len(segs) > 1 and bool(_AND_SPLIT.search(segs[1]))  # "X, Chief Constable Y and Z": a list
    # "Co-chairs of the committee, Dr Jane Doe and Dr John Smith": the first person named speaks.
    for k in range(1, len(segs)):
        joint = _JOINT.match(segs[k])
        if joint and _is_bare_name(joint.group("first")) and _is_bare_name(joint.group("second")):
            segs[k] = joint.group("first")
        elif _second_person_after_title(segs, k, joint):
            # "Ruth Kelly, Financial Secretary to the Treasury and Melanie Johnson, Parliamentary Under Secretary
            # ...": the first person speaks, in her own title; the second person's name and title go
            segs = segs[:k] + [joint.group("first")]
            break
    # "County Councillor Tim Ashton as Cabinet Member for ..."
    m = _AS_ROLE.match(segs[0])
    if m and split_name(m.group("who")):
        segs = [m.group("who"), m.group("role")] + segs[1:]
    if paren_name is not None:
        role_text = ", ".join(segs)
        role, org = split_role_org(role_text)
        return Subject(name=paren_name.name, role=role or None, organisation=org,
                       rank=paren_name.rank, honorific=paren_name.honorific)
    splits = [split_name(s) for s in segs]
    for k in range(1, len(segs)):
        split = splits[k]
        # "Insolvency Service Chief Executive, Dean Beale": after a title of its own, a given name that is also a
        # title ("Dean"; a rank such as "Major" is read as the rank) opens the person's name
        if split is not None and split.prefix in GIVEN_NAME_TITLES and len(split.name.split()) == 1 \
                and not split.suffix and any(_is_role_word(w) for w in segs[k - 1].split()):
            splits[k] = NameSplit(prefix="", name=f"{split.prefix} {split.name}")
    if len(segs) > 1 and _RELATIVE_PREFIX.match(segs[0]):
        splits[0] = None  # "The mother of Sarah Smith, Jane Doe": she speaks, named after
    k = _name_segment_index(segs, splits, listed)
    if k is None and len(segs) == 1:
        named = _name_then_body_title(segs[0])
        if named is not None:
            return named  # "Iain Coucher Network Rail Chief Executive": no commas between the three
    if k is None:
        return _reference_subject(segs, extra_roles)
    ns = splits[k]
    assert ns is not None
    if len(segs) == 1 and _after_article_only(ns):
        return Subject(organisation=ns.name, unnamed=True)  # "the Premier League said:": a body
    pre = segs[:k]
    post = segs[k + 1:]
    if pre or ns.prefix:
        # "Chairperson Jane Doe, MLA": a member's letters set off after a titled name are no body
        post = [seg for seg in post if seg not in _POST_NOMINALS]
    organisation: Optional[str] = None
    prefix = ns.prefix
    owner = _POSSESSOR.match(prefix)
    if owner and not any(_is_role_word(w) for w in owner.group("org").split()):
        organisation = owner.group("org")  # "The Office of Rail Regulation's Bill Emery"
        prefix = ""
    if prefix and pre and _RELATION_TO_SOMEONE.match(pre[-1]):
        pre = pre[:-1]  # "Her manager, practice owner Mark Evans": his own title is the role, not how he is related
    role_parts = pre + ([prefix] if prefix else [])
    post, home_body = _without_home_town(post)
    # "Chief Executive of Shelter, the housing charity": a description of the body already named
    while len(post) >= 2 and _DESCRIPTION_SEGMENT.match(post[-1]) and not any(_is_role_word(w) for w in post[-1].split()):
        post = post[:-1]
    post = _join_adjacent(post, _continues_portfolio)
    if home_body and organisation is None:
        organisation = home_body
    if ns.suffix:
        from_body = _FROM_BODY.match(ns.suffix)
        if from_body and not post and not role_parts:
            return Subject(name=ns.name, role=ns.rank, organisation=_clean_role(from_body.group("org")),
                           rank=ns.rank, honorific=ns.honorific)
        if from_body and not post:
            organisation = _clean_role(from_body.group("org"))  # "Watch Officer Jane Doe of Northtown Coastguard"
        else:
            post = [ns.suffix] + post
    if role_parts:
        role = ", ".join(role_parts)
        if post:
            if looks_like_org(post[-1]):
                organisation = _clean_role(post[-1])
            elif not extra_roles and any(_is_role_word(w) for w in post[0].split()):
                # A second, more specific role after the name ("T/CC X, NPCC lead for ...").
                role = post[0]
    elif post:
        unit = _unit_of_body(post[-1]) if len(post) >= 2 else None
        if unit is not None:
            # "Assistant Director, Criminal Investigation for HMRC": a unit of the title, then its body
            organisation = unit[1]
            role = ", ".join(post[:-1] + [unit[0]])
        elif len(post) == 1 and _is_body_name(post[0]) and not _holds_compound_role(post[0]):
            organisation = _clean_role(post[0])  # "Jane Doe, University of Leeds, said:": no role given
            role = None
        elif len(post) >= 2 and looks_like_org(post[-1]):
            organisation = _clean_role(post[-1])
            role = ", ".join(post[:-1])
        elif len(post) == 2 and _body_then_title(post[0], post[1]):
            # "Commander Chris Greany, City of London Police, the national policing lead for economic crime"
            organisation, role = _clean_role(post[0]), post[1]
        else:
            role = post[0]
            if len(post) >= 2 and has_org_keyword(post[1]) and not any(_is_role_word(w) for w in post[1].split()):
                organisation = _clean_role(post[1])
    elif extra_roles:
        role = extra_roles[0]
    else:
        role = None
    role = _without_former_post(role) or relative_role
    if role and organisation is None:
        role, organisation = split_role_org(role)
    elif role:
        role = _clean_role(role)
        if role and not is_government_role(role):
            inner_role, inner_org = split_role_org(role)
            if inner_org and inner_org.casefold() == (organisation or "").casefold():
                role = inner_role
    if organisation is None and paren_body:
        # "Councillor Jane Doe (Portsmouth City Council), Chair of the LGA's Culture, Tourism and Sport Board": the
        # body of the title she speaks in goes first; her own body in brackets when the title names none
        organisation = _clean_role(paren_body)
    if not role and ns.rank:
        role = ns.rank
    name = ns.name
    reference = None
    if len(name.split()) == 1 and not _PEERAGE_AT_END.search(name):
        reference = "surname"
    role, described_body = _described_role(_clean_role(role))
    if role and role.split()[-1] in ("and", "&"):
        role = None  # "Acme and Jane Doe said:": the words before "and" are another's, no title of hers
    # The body spoken for counts when the line names no other ("Speaking on behalf of the X, Jane
    # Doe, Chief Executive of the Y" speaks for Y); a minister speaks for a department.
    spoken_for = _body_spoken_for(behalf.group("org")) if behalf and not is_government_role(role) else None
    organisation = organisation or described_body or spoken_for
    return Subject(name=name, role=role, organisation=_body_of_board(_clean_role(organisation)),
                   rank=ns.rank, reference=reference, honorific=ns.honorific)


# A past post after the present one: "senior economic adviser at PwC and a former MPC member".
_FORMER_POST = regex.compile(r"(?<=\S)\s+and\s+(?:(?:a|an|the)\s+)?(?:former|ex-|one-time)\s*\S.*$")


def _without_former_post(role: Optional[str]) -> Optional[str]:
    """The post held now, with its body, without a former one added after "and": 'senior economic adviser at PwC
    and a former MPC member' -> 'senior economic adviser at PwC'; not 'Chief Executive and former Finance Director
    of Acme', whose body the two posts share."""
    if not role:
        return role
    present = _FORMER_POST.sub("", role)
    return present if present != role and _TITLE_OF.search(present) else role


def _body_of_the_table(subject: str) -> Optional[str]:
    """'Historic England', 'the Sport England': a body of the table of those a nation's name closes, which a
    given name and a surname-like nation would otherwise make a person; 'Oxfam', 'Save the Children': a charity
    known by a plain name."""
    bare = _THE.sub("", subject).strip()
    return bare if bare.casefold() in NATION_NAMED_BODIES or bare.casefold() in PLAINLY_NAMED_BODIES else None


def _styled_name(text: str) -> bool:
    """'the Rt Hon Jane Roe MP': a person's name with a style before it, and nothing else; not 'the national charity
    for car clubs'."""
    split = split_name(text)
    return split is not None and bool(split.honorific) and not split.prefix and not split.suffix


def _after_article_only(split: NameSplit) -> bool:
    """'The | Premier League': capitalised words after a bare article, with no title, honorific or rank, name a
    body; a person's name follows "the" only with a title ("the Rt Hon", "the Lord", "the Home Secretary")."""
    return split.prefix in ("the", "The") and not split.honorific and not split.rank and not split.suffix \
        and not _PEERAGE_AT_END.search(split.name)


def _body_before_spokes(subject: str) -> bool:
    """'Premier League spokesperson': capitalised words straight before a spokesperson's word, with no comma or
    title between, are the body spoken for, not a person's name (a person is set off: 'Jane Doe, spokesperson')."""
    sp = split_name(subject)
    return bool(sp and not sp.prefix and not sp.rank and not sp.honorific and not is_possessive(sp.name)
                and sp.suffix.casefold() in SPOKES_WORDS)


def _spokes_body(org: Optional[str]) -> Optional[str]:
    """The body a spokesperson speaks for, without its kind or a clause about it: 'the drugs charity Release' ->
    'Release', "the Prime Minister's official" -> "Prime Minister's"."""
    if not org:
        return org
    org = _BODY_CLAUSE.sub("", org)
    if org.casefold() in _POSSESSIVE_DETERMINERS:
        return None  # "Their spokesperson said:": the body is one named before, not "Their"
    return _clean_role(_KIND_BEFORE_NAME.sub("", _SPOKES_ADJECTIVE.sub("", org)))


_TRAILING_ADVERBIAL = regex.compile(r"\s+(?:at|in|on|during|today|yesterday|this)\b.*$")


def _body_spoken_for(text: str) -> Optional[str]:
    """'the Acme Trust at the launch' -> 'Acme Trust'; a person or the sovereign is no body."""
    body = _TRAILING_ADVERBIAL.sub("", text).strip()
    return body if body and has_org_keyword(body) else None


_BODY_PART_OF = regex.compile(r"^(?P<body>.+?)(?:'s|’s)\s+(?:\p{Lu}[\w&-]*,?\s+|(?:and|&|of|for)\s+)*"
                              r"(?:Board|Committee|Panel|Forum|Council)$")
# A body's governing council or board after its initials: "the BMA Council", "the TUC General Council".
_INITIALS_PART_OF = regex.compile(r"^(?:the\s+)?(?P<body>[A-Z][A-Za-z&]*[A-Z])\s+(?:\p{Lu}\p{Ll}+\s+){0,2}"
                                  r"(?:Board|Committee|Council)$")
# Initials that are no body's of their own before such a word: "NHS Board", "EU Council", "UN Committee".
_NOT_OWNING_INITIALS = frozenset({"NHS", "EU", "UN", "UK", "GB"})


def _body_of_board(org: Optional[str]) -> Optional[str]:
    """'Highways Agency Board' -> 'Highways Agency': a body's board speaks for the body.

    Only when the word before 'Board' ends a body's name ('Olympic Board',
    'Betsi Cadwaladr University Health Board' stay as they are).
    """
    if org is None:
        return org
    # "the Local Government Association's Environment and Housing Board": the body that owns it.
    owned = _BODY_PART_OF.match(org)
    if owned:
        owner = owned.group("body")
        if _ACRONYM.match(owner) or len(owner.split()) > 1 and \
                owner.split()[-1].casefold() in BODY_HEAD_NOUNS | BOARDED_BODY_NOUNS:
            return owner  # not "the Council's Planning Committee": a kind of body, named elsewhere
    initials = _INITIALS_PART_OF.match(org)
    if initials and initials.group("body") not in _NOT_OWNING_INITIALS:
        return initials.group("body")  # "Chairman of the BMA Council": the BMA
    if not org.endswith((" Board", " board")):
        return org
    body = org[: -len(" board")]
    return body if body.split()[-1].casefold() in BOARDED_BODY_NOUNS else org


_ARTICLE = regex.compile(r"^(?:[Aa]|[Aa]n)\s+(?=[a-z])")
_FROM_PLACE = regex.compile(r"\s+from\s+(?:the\s+)?(?P<place>[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,3})$")
# After a description ("a leaseholder in Manchester"), "in" names a home town or a workplace as "from" does.
_IN_PLACE = regex.compile(r"\s+(?:from|in)\s+(?:the\s+)?(?P<place>[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,3})$")
_DESCRIBING_CLAUSE = regex.compile(r"\s+(?:who|whose|which)\s.*$")
# A workplace named by its kind ("a teacher at a DFID-supported school"): a place after it says where the workplace
# is, and stays with it ("... in Lahore"); it is no home town.
_UNNAMED_WORKPLACE = regex.compile(r"\s+at\s+(?:a|an)\s+\S")


def _described_role(role: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """A description as a role, and the body it names: no article, no relative clause, no home town.

    'a car club member from London' -> ('car club member', None)
    'a volunteer from the Acme Trust' -> ('volunteer', 'Acme Trust')
    'a nurse who bought a flat in Swindon' -> ('nurse', None)
    'a leaseholder in Manchester' -> ('leaseholder', None)
    'a teacher at a school in Lahore' -> ('teacher at a school in Lahore', None)
    """
    if role is None:
        return None, None
    role = _DESCRIBING_CLAUSE.sub("", role)
    described = _ARTICLE.match(role) is not None
    role = _ARTICLE.sub("", role)
    m = (_IN_PLACE if described else _FROM_PLACE).search(role)
    body = None
    if m and m.group(0).lstrip().startswith("in ") and _UNNAMED_WORKPLACE.search(role[: m.start()]):
        m = None  # "a teacher at a DFID-supported school in Lahore": the school's place
    if m:
        if has_org_keyword(m.group("place")):
            body = m.group("place")
        role = role[: m.start()]
    return role or None, body


# "of the Leeds", "of the LGA's Culture": the first word of a name, or of a board's after its owner's
_OF_THE_WORD = regex.compile(r"\b(?:of|for)\s+the\s+(?:[A-Z][\p{L}'’-]*(?:'s|’s)\s+)?[A-Z][\p{L}'’-]*$")
_OF_SOMETHING = regex.compile(r"\b(?:of|for)\s+(?:the\s+)?[A-Z]")
_SINGLE_WORD = regex.compile(r"^[A-Z][\p{L}'’-]*$")
_LIST_END = regex.compile(r"^[A-Z][\p{L}'’-]*(?:\s+(?:[A-Z][\p{L}'’-]*|and|&|of|the))*\s+(?:and|&)\s+[A-Z]")


def _rejoin_listed_names(segs: list[str]) -> list[str]:
    """Put back the commas of a name that lists things.

    'Chairman of the Leeds', 'Lancaster and Morecambe Community Rail Partnership'
    and 'President of the Association of Directors of Economy', 'Environment',
    'Planning and Transport' are one segment each, split at the commas of the
    body's name. A run is joined when it continues 'of/for ...' and ends in
    '... and ...', and either the name opened with 'the' and one word ('of the
    Leeds') or single words stand between ('Environment').
    """
    out: list[str] = []
    k = 0
    while k < len(segs):
        seg = segs[k]
        m = k + 1
        while m < len(segs) and _SINGLE_WORD.match(segs[m]):
            m += 1
        if (_OF_SOMETHING.search(seg) and m < len(segs) and _LIST_END.match(segs[m])
                and split_name(segs[m]) is None
                and (m > k + 1 or _OF_THE_WORD.search(seg))):
            out.append(", ".join(segs[k:m + 1]))
            k = m + 1
            continue
        out.append(seg)
        k += 1
    return out


_PORTFOLIO_END = regex.compile(r"\b(?:for|of)\s+(?:the\s+)?[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*)*$")
_BODY_NAME_START = regex.compile(r"^(?:Department|Ministry|Office|HM|His Majesty's|Her Majesty's)\b")
_SUBJECT_LIST = regex.compile(r"^[A-Z][\p{L}'’-]*(?:\s+[\p{L}'’-]+)*?\s+(?:and|&)\s+[A-Z][\p{L}'’-]*(?:\s+[\p{L}'’-]+)*$")


def _continues_portfolio(role: str, seg: str) -> bool:
    """'Cabinet Member for Transport' + 'Environment and Regeneration': one role split at its list's comma.

    A government role's list always continues ('Secretary of State for
    Environment' + 'Food and Rural Affairs'); another role's only when every
    word is a subject of work, so 'Director for Europe, Procter and Gamble'
    keeps its company.
    """
    if _area_of_title(role, seg):
        return True  # "National Director" + "Education"
    if _nations_of_title(role, seg):
        return True  # "the Royal Navy’s Flag Officer Scotland" + "Northern England and Northern Ireland"
    if (_AREA_TITLE.search(role) and _PORTFOLIO_END.search(role) or _REGION.search(seg)) and _PLACE_LIST.match(seg) \
            and seg.split()[-1].casefold() not in ORG_KEYWORDS and split_role_org(role)[1] is not None:
        # "Natural England's Area Manager for Devon" + "Cornwall and the Isles of Scilly": the places of an area's
        # title, whose body is named before it (not "Regional Director for Europe" + "Procter and Gamble")
        return True
    if not _PORTFOLIO_END.search(role) or not _SUBJECT_LIST.match(seg):
        return False
    subjects = all(w.casefold().strip("'’") in PORTFOLIO_SUBJECTS for w in seg.split())
    if _BODY_NAME_START.match(seg) or seg.split()[-1].casefold() in ORG_KEYWORDS \
            and not (subjects and is_government_role(role)):
        # "Foreign and Commonwealth Office", "Homes and Communities Agency": a body; but a minister's "Skills and
        # Social Partnership" is a portfolio's subjects
        return False
    return is_government_role(role) or subjects


# A title of an area, whose "for" names its places: "Area Manager for Devon", "Regional Director for the North".
_AREA_TITLE = regex.compile(r"\b(?:Area|Regional|District|area|regional|district)\s+(?:\S+\s+){0,2}?"
                            r"(?:Manager|Director|Lead|Officer|Head|manager|director|lead|officer|head)\s+for\s+\S")


# A region of the country named in a list of places: "Yorkshire and North East".
_REGION = regex.compile(r"\b(?:" + "|".join(regex.escape(r.title()) for r in BODY_REGIONS if " " in r) + r")$")
_PLACE_LIST = regex.compile(r"^(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the))*\s+(?:and|&)\s+(?:the\s+)?"
                         r"\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the))*$")


def _nations_of_title(role: str, seg: str) -> bool:
    """'Flag Officer Scotland' + 'Northern England and Northern Ireland', 'Director for Scotland' + 'Wales and
    Northern Ireland': a title whose remit ends in a nation, then the rest of its list of nations, not a body."""
    words = seg.split()
    return any(_is_role_word(w) for w in role.split()) and role.split()[-1].casefold() in REMIT_NATIONS \
        and bool(_PLACE_LIST.match(seg)) and words[-1].casefold() in REMIT_NATIONS


def _area_of_title(role: str, seg: str) -> bool:
    """'National Director' + 'Education': a bare title, then the subject of work it covers (a few words of a
    portfolio's subjects), not a body. The subjects may come in several segments: 'NICE Director, Science' +
    'Evidence and Analytics'."""
    if not _is_work_area(seg):
        return False
    title, _, last = role.rpartition(",")
    while title and _is_work_area(last.strip()):
        role = title
        title, _, last = role.rpartition(",")
    return bool(role.split()) and _is_role_word(role.split()[-1].strip("'’"))


def _is_work_area(seg: str) -> bool:
    """'Healthcare Quality and Access', 'Education': a few capitalised words of a portfolio's subjects."""
    words = seg.split()
    return 0 < len(words) <= 4 and words[0][:1].isupper() \
        and all(w.casefold().strip("'’") in PORTFOLIO_SUBJECTS for w in words) \
        and words[-1].casefold() not in ("and", "&", "the")


def _without_home_town(post: list[str]) -> tuple[list[str], Optional[str]]:
    """'Jane Doe, 34, from Leeds': a 'from' segment names a body only when it reads as one.

    Returns the other segments, and the body ('from Acme Trust') if any; a
    home town ('from Leeds') is neither a role nor an organisation.
    """
    kept, body = [], None
    for seg in post:
        m = _FROM_BODY.match(seg)
        if m is None:
            kept.append(seg)
            continue
        org = _clean_role(m.group("org"))
        # 'of the Association of Chief Police Officers' is a body; 'from Leeds' a home town.
        if body is None and (not seg.startswith("from") or has_org_keyword(org or "")):
            body = org
    return kept, body


_COURTESY_TOKENS = frozenset(w for phrase in HONORIFICS + PEERAGES for w in phrase.split()) | {"HRH", "HM"}
_ACRONYM_PLURAL = regex.compile(r"^[A-Z]{2,}s$")  # "MPs", "MEPs": people


# An indefinite determiner and a description in lower case: someone unnamed ("one senior officer", "a business owner")
_UNNAMED_INDIVIDUAL = regex.compile(r"^(?i:one|another|a|an)\s+[\p{Ll}\d][\p{Ll}\d\s'’-]*$")


def _body_of_its_noun(text: str) -> bool:
    """'Association of Chief Police Officers', 'Institute of Directors': a body's noun, then "of" and the members
    or the field it is named for; the titles after "of" are its members', no one's post (not 'Chair of ...')."""
    head, sep, tail = text.partition(" of ")
    words = head.split()
    return bool(sep and words and words[-1].casefold() in BODY_HEAD_NOUNS and _THE.sub("", tail)[:1].isupper()
                and not any(_is_role_word(w) for w in words))


# A clause of the occasion after the person and their title: "responding to the IFS's report", "speaking at ...".
_PARTICIPLE_CLAUSE = regex.compile(r"^(?:also\s+)?\p{Ll}{3,}ing\s+(?:to|at|on|in|after|about|from|for|the|this|a|an)\b")


_FIRM_QUALIFIERS = frozenset({"group", "europe", "international", "global", "holdings", "mobility", "plc", "ltd"})


def _name_then_body_title(segment: str) -> Optional[Subject]:
    """A full name, a body's name and a title written with no commas between them: 'Jane Doe Network Rail Chief
    Executive' -> Jane Doe, Chief Executive, Network Rail; None unless the words between the name and the title
    are a body's name on their own."""
    words = segment.split()
    first_role = next((k for k, w in enumerate(words) if _is_role_word(w)), None)
    if first_role is None or first_role < 3 or not all(_is_role_word(w) or w.casefold() in ROLE_MODIFIERS
                                                        for w in words[first_role:]):
        return None
    while first_role > 3 and words[first_role - 1].casefold() in ROLE_MODIFIERS:
        first_role -= 1
    name, body = words[:2], words[2:first_role]
    if all(w in NATION_NAME_ENDS or w.casefold() in _FIRM_QUALIFIERS for w in body):
        return None  # "Morgan Stanley UK Chief Executive": a firm of two words, then its country
    if not all(_is_name_token(w) for w in name) or name[0] in NOT_FIRST_NAMES or not _is_body_name(" ".join(body)) \
            or any(w.isupper() or w in PLACE_NAME_WORDS or w in SEAT_WORDS or w in PLACE_OPENERS for w in name):
        return None  # (not a place that opens a body's name: "Tees Valley Combined Authority Chair")
    return Subject(name=" ".join(name), role=" ".join(words[first_role:]), organisation=" ".join(body))


def _reference_subject(segs: list[str], extra_roles: list[str]) -> Optional[Subject]:
    """No full name: a short reference ('The Minister', 'Greening'; a title never ending in "and": 'The
    Chancellor and' -> Chancellor) or a body ('The expert panel')."""
    text = ", ".join(segs)
    words = text.split()
    if len(words) == 1 and _is_name_token(words[0]):
        return Subject(name=words[0], reference="surname")
    bare = _THE.sub("", text)
    if not bare:
        return None
    if text[:4].casefold() == "the " and bare.split()[-1].casefold() in ORG_KEYWORDS and len(words) <= 8 \
            and not (bare[:1].isupper() and _is_role_word(bare.split()[0]) and _TITLE_OF.search(bare)):
        return Subject(organisation=bare, unnamed=True)  # "The expert panel said:", not "The Minister for ... Society"
    if _is_plural_group(text):
        return Subject(unnamed=True)  # "the two leaders": a joint statement, by no one person and no one body
    if _UNNAMED_INDIVIDUAL.match(text):
        return None  # "One small business owner told researchers:": one of many, neither named nor speaking for a body
    if _body_of_its_noun(bare):
        return Subject(organisation=bare, unnamed=True)  # "The Association of Chief Police Officers said:"
    if any(_is_role_word(w) for w in bare.split()) or bare.casefold() in ("pm",) \
            or text[:4].casefold() == "the " and bare.split()[-1] in MEMBER_LETTERS:  # "The Foyle MLA"
        # a role never ends in "and": "The Chancellor and" (someone cut off) is the Chancellor
        role, org = split_role_org(_ENDS_IN_AND.sub("", bare))
        return Subject(role=role, organisation=org, reference="role")
    if text[:4].casefold() == "the " and has_org_keyword(bare) and len(words) <= 8:
        return Subject(organisation=bare, unnamed=True)
    if _names_a_body(words) or bare.casefold() in INFORMAL_DEPARTMENT_NAMES:
        return Subject(organisation=bare, unnamed=True)  # "Network Rail said:", "Downing Street said:"
    return None


_RANK_LETTERS = frozenset(r for r in RANKS if r.isupper() and " " not in r)  # "DCI", "PCSO"


def _is_body_name(segment: str) -> bool:
    """'University of Leeds', 'Acme Trust', 'NSPCC': a segment that is a body's name, not a role."""
    words = _THE.sub("", segment).split()
    bare = [w.strip(",.'’") for w in words]
    if not words or any(_is_role_word(w) or w.casefold() in ROLE_ACRONYMS or w in _RANK_LETTERS for w in bare) \
            or bare[-1].casefold() in PERSON_NOUNS:
        return False  # "Chief Executive", "Kent PCC", "Rail Passenger": an office or a person, not a body
    if len(words) == 1:
        # Capitals only ("NSPCC"), or a body known by its short name ("Ofcom"); not "YouTuber".
        return (bare[0].isupper() and len(bare[0]) >= 2 or bare[0] in DEPARTMENT_ACRONYMS) \
            and bare[0] not in _POST_NOMINALS and not _ACRONYM_PLURAL.match(bare[0])
    return _names_a_body(words) and (bare[-1].isupper() or any(w.casefold() in ORG_KEYWORDS for w in bare)) \
        or " ".join(bare).casefold() in NATION_NAMED_BODIES  # "Natural England"


def _names_a_body(words: list[str]) -> bool:
    """'Network Rail', 'Age UK', 'Transport for London': a body's name standing alone.

    Not a group of people ('Labour MPs', 'NHS Staff', 'Rail Passengers') and
    not a person with titles or letters ('Gove MP', 'Dr Patel of the NHS').
    """
    if not 2 <= len(words) <= 8 or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w in _NAME_GLUE for w in words):
        return False
    bare = [w.strip(",.'’") for w in words]
    if bare[0] in _COURTESY_TOKENS or any(w in _POST_NOMINALS for w in bare):
        return False  # "Dr Patel of the NHS", "HRH The Duke of Cambridge", "Gove MP"
    if any(w.casefold() in PEOPLE_GROUP_NOUNS or _ACRONYM_PLURAL.match(w) for w in bare):
        return False
    return any(w.casefold() in ORG_KEYWORDS for w in bare) or _ACRONYM.match(bare[-1]) is not None

