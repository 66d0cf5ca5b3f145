"""Matching what a reader types against speaker names and roles (pure functions).

Names are compared in folded form (see :func:`quotes.speakers.fold`): case,
accents and punctuation do not matter, so "diana johnson", "Diana JOHNSON"
and "Diána Johnson" are the same key. A name is also split into words, so
that a surname alone finds every person who has it, and words are compared
with a small edit distance, so that "diana jonson" still finds Diana Johnson.

Roles are reduced to their words by :func:`quotes.speakers.role_key`
("Secretary of State for Transport" -> {secretary, transport}): a role
matches when it holds every word of the query and no qualifier the query
lacks ("Home Secretary" is not "Shadow Home Secretary").
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Iterable, Mapping, Optional

import regex

from .rules.identity import ROLE_STOPWORDS
from .rules.lookup import QUERY_HONORIFICS, ROLE_QUALIFIERS, TYPO_TOLERANCE
from .speakers import fold, person_key, role_key
_APOSTROPHES = regex.compile(r"[\p{Pd}'’‘`´]")


def name_keys(name: str) -> set[str]:
    """Folded forms of a name: as written, as a person key (no titles or middle initials),
    and with apostrophes and hyphens joined ("O'Donnell" -> "odonnell")."""
    keys = {fold(name), person_key(name), fold(_APOSTROPHES.sub("", name))}
    keys.discard("")
    return keys


def query_key(query: str) -> str:
    """Folded query without leading honorifics: 'Sir Keir Starmer' -> 'keir starmer'."""
    words = fold(query).split()
    while len(words) > 1 and words[0] in QUERY_HONORIFICS:
        words = words[1:]
    return " ".join(words)


def tolerance(word: str) -> int:
    """Edit distance tolerated in a word of this length."""
    allowed = 0
    for min_len, distance in TYPO_TOLERANCE:
        if len(word) >= min_len:
            allowed = distance
    return allowed


def edit_distance(a: str, b: str, limit: int) -> Optional[int]:
    """Edit distance with adjacent transpositions, or None when above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return None
    if a == b:
        return 0
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        best = current[0]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return None
        previous2, previous = previous, current
    return previous[-1] if previous[-1] <= limit else None


def one_deletions(word: str) -> set[str]:
    """The word and every form of it with one letter left out.

    Two words within one edit of each other (a letter added, dropped,
    changed, or two swapped) share at least one of these forms, so near
    matches of a mistyped word are found by looking its forms up.
    """
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def word_matches(word: str, candidate: str) -> Optional[int]:
    """Distance between a query word and a name word when they match, else None.

    A one-letter query word is an initial and matches any word it begins.
    """
    if len(word) == 1:
        return 0 if candidate.startswith(word) else None
    return edit_distance(word, candidate, tolerance(word))


def ids_by_typo(words: list[str], token_ids: Mapping[str, set[str]]) -> dict[str, int]:
    """Speakers whose names hold a near match of every query word, with the total distance.

    Only the speakers at the smallest total distance are returned.
    """
    per_word: list[dict[str, int]] = []
    for word in words:
        best: dict[str, int] = {}
        for token, ids in token_ids.items():
            d = word_matches(word, token)
            if d is None:
                continue
            for sid in ids:
                if d < best.get(sid, 1 << 30):
                    best[sid] = d
        if not best:
            return {}
        per_word.append(best)
    common = set(per_word[0]).intersection(*per_word[1:])
    totals = {sid: sum(w[sid] for w in per_word) for sid in common}
    if not totals:
        return {}
    low = min(totals.values())
    return {sid: d for sid, d in totals.items() if d == low}


def token_index(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """{word: speaker ids} from (speaker_id, folded name key) pairs."""
    index: dict[str, set[str]] = defaultdict(set)
    for sid, key in pairs:
        for token in key.split():
            index[token].add(sid)
    return index


# ---------------------------------------------------------------- roles


@lru_cache(maxsize=65536)
def role_words(role: str) -> frozenset[str]:
    """The words a role is compared by: 'Minister for Policing' -> {minister, policing}."""
    return frozenset(role_key(role).split())


def near_words(words: Iterable[str], vocabulary: Iterable[str]) -> dict[str, dict[str, int]]:
    """For each query word, the vocabulary words within its typo tolerance and their distances."""
    vocab = set(vocabulary)
    out: dict[str, dict[str, int]] = {}
    for word in words:
        limit = tolerance(word)
        near = {}
        for v in vocab:
            d = edit_distance(word, v, limit)
            if d is not None:
                near[v] = d
        out[word] = near
    return out


def role_matches(query_words: frozenset[str], candidate: frozenset[str],
                 near: Optional[Mapping[str, Mapping[str, int]]] = None) -> Optional[int]:
    """Distance when a role matches the query's words, else None.

    Every query word must be in the role (or, given ``near`` from
    :func:`near_words`, a near match of it), and every qualifier of the role
    ("shadow", "deputy", ...) must be in the query.
    """
    if not query_words:
        return None
    if any(q not in query_words for q in candidate & ROLE_QUALIFIERS):
        return None
    total = 0
    for word in query_words:
        if word in candidate:
            continue
        if near is None:
            return None
        dists = [d for w, d in near.get(word, {}).items() if w in candidate]
        if not dists:
            return None
        total += min(dists)
    return total


@lru_cache(maxsize=65536)
def org_words(organisation: Optional[str]) -> frozenset[str]:
    """Words of an organisation's name plus its acronyms ('National Crime Agency' -> ..., 'nca')."""
    if not organisation:
        return frozenset()
    words = fold(organisation).split()
    content = [w for w in words if w not in ROLE_STOPWORDS]
    return frozenset(content) | {_initials(words), _initials(content)}


RolePair = tuple[str, Optional[str]]


def matching_roles(query: str, pairs: Iterable[RolePair], typos: bool = False, with_org: bool = False,
                   keys: Optional[Mapping[str, str]] = None) -> list[RolePair]:
    """(role, organisation) pairs that a query names.

    With ``with_org`` the query may also name the organisation ("NCA Director
    General"); with ``typos``, only the pairs at the smallest distance are kept.
    ``keys`` gives roles' keys already computed (role -> role_key).
    """
    words = role_words(query)
    candidates: dict[RolePair, frozenset[str]] = {}
    for role, organisation in pairs:
        if not role:
            continue
        candidate = frozenset(keys[role].split()) if keys and role in keys else role_words(role)
        candidates[(role, organisation)] = candidate | org_words(organisation) if with_org else candidate
    near = near_words(words, set().union(*candidates.values())) if typos and candidates else None
    found: dict[RolePair, int] = {}
    for pair, candidate in candidates.items():
        d = role_matches(words, candidate, near)
        if d is not None:
            found[pair] = d
    if not found:
        return []
    low = min(found.values())
    return sorted((p for p, d in found.items() if d == low), key=lambda p: (p[0], p[1] or ""))


# ---------------------------------------------------------------- organisations


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w)


@lru_cache(maxsize=65536)
def org_matches(query: str, organisation: Optional[str]) -> bool:
    """True when an organisation is the one a reader typed.

    Case and accents do not matter; the query may be part of the name
    ("home office" in "Home Office") or its acronym ("NCA" for "National
    Crime Agency", "DfT" for "Department for Transport").
    """
    if not organisation or not query:
        return False
    from .rules.departments import DEPARTMENT_ACRONYMS

    q, org = fold(query), fold(organisation)
    if not q:
        return False
    if q in org:
        return True
    expanded = DEPARTMENT_ACRONYMS.get(query.strip())
    if expanded and fold(expanded) == org:
        return True
    if " " in q:
        return False
    words = org.split()
    return q in (_initials(words), _initials([w for w in words if w not in ROLE_STOPWORDS]))
