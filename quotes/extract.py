"""From one release to its quotes: the extraction step, pure and per document.

For each paragraph: find an attribution (:mod:`quotes.attribution`), resolve
who speaks (:mod:`quotes.speaker`, with short references like "He added:"
resolved to the person named earlier in the same release), decide the
quote's extent (:mod:`quotes.extent`) and resolve the organisation
(:mod:`quotes.organisation`). No I/O happens here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator, Optional

import regex

from .attribution import (
    CLOSE,
    NOTE_AT_END,
    OPEN,
    TIMEOUT,
    Attribution,
    byline,
    closes_quotation,
    curly_quotation_end,
    find_attribution,
    lead_colon_attribution,
    first_sentence,
    last_sentence,
    lead_colon_own_words,
    leading_subject,
    lost_its_opening,
    named_colon_attribution,
    names_two_people,
    opens_quotation,
    reported_speech_attribution,
    wholly_quoted,
)
from .extent import (ReleaseSignals, SpeakerCue, interruptions, opens_with_quoted_title, paragraph_signals,
                     press_office_line, quote_extent, runs_open_to_the_cut, speaks_in_first_person, words_pattern)
from .extent import closes_quotation as extent_closes_quotation
from .holders import (another_countrys_holder, names_devolved_head, office_held, office_holder, office_of, titles_of,
                      titles_written)
from .ids import quote_id
from .models import Document, Paragraph, Quote, Reject, Source
from .paragraphs import is_contact_line, is_stop_heading, quotation_left_open
from .organisation import (
    is_government_publisher,
    may_sit_devolved,
    acronym_definitions,
    department_for,
    is_department,
    is_former_post,
    parties_named,
    party_key,
    resolve_organisation,
    whole_word_initials,
)
from .rules.names import (
    PERSONAL_HONORIFICS,
    BODY_NAME_WORDS,
    PLACE_NAME_WORDS,
    COURTESY_STYLES,
    GIVEN_NAME_STYLES,
    PEERAGES,
    MEMBER_LETTERS,
    NOT_FIRST_NAMES,
    OFFICE_STYLES,
    PEER_SURNAME_TITLES,
    PLACE_LEADS,
    POLITICAL_TITLES,
    SHORT_GIVEN_NAMES,
)
from .rules.departments import (DEPARTMENT_ACRONYMS, INFORMAL_DEPARTMENT_NAMES, REPRESENTATIVE_POST_NOMINALS,
                                SHORT_NAMED_BODIES)
from .rules.office_holders import DEVOLVED_TITLES
from .rules.roles import (AREA_WORDS, BARE_MINISTER_TITLES, BODY_HEAD_TITLES, BODY_KIND_NOUNS, COMPASS_WORDS,
                          MEMBERS_ORGANS, MINISTERIAL_RANKS, NATION_NAME_ENDS, NATIONAL_QUALIFIERS, PEOPLE_GROUP_NOUNS,
                          PERSON_ADJECTIVES, PERSON_NOUNS, PORTFOLIO_SUBJECTS, ROLE_MODIFIERS, ROLE_WORDS,
                          STAFF_TITLE_WORDS)
from .rules.extent import COMMENT_OPENING_NARRATION, FIRST_PERSON_SINGULAR, OFFICE_TITLE, SPEECH_SIGNS
from .rules.speech import (ATTRIBUTION_LINE_END, ENGLISH_VERB_FIRST, LEAD_IN_WORDS, LEAD_VERBS_ALONE, LIST_VERBS,
                           REPORTING_VERBS, RESPONSE_PARTICIPLES, RESPONSE_VERBS, RESPONSE_VERBS_PAST, SPEECH_VERBS,
                           STATEMENT_HEADINGS)
from .speaker import (
    NameSplit,
    _body_across_and,
    has_org_keyword,
    _JOINT,
    _is_kind_of_body,
    _is_body_name,
    _continues_portfolio,
    Subject,
    _second_person_after_title,
    names_a_relation,
    _clean_role,
    _is_role_word,
    _ROLE_PREPOSITIONS,
    _TITLE_TOKENS,
    _strip_post_nominals,
    is_government_role,
    is_possessive,
    looks_like_org,
    names_another_country,
    parse_subject,
    passive_by,
    reads_as_lead_in,
    representative_mark,
    split_party,
    strip_lead_in,
    split_name,
    split_role_org,
)
from .speakers import fold, role_key

_WORD = regex.compile(r"[\p{L}’'-]+")
_AND = regex.compile(r"\s+and\s+")
_LEADING_AND = regex.compile(r"^(?:and|&)\s+")
_SPACES_COMMAS = regex.compile(r"[\s,]+")
_QUOTATION_OPENS = regex.compile(r"[“\"‘]")  # (not a straight single mark: it is an apostrophe too)
# A paragraph that looks like an attribution line but did not parse: reported
# in the build report so rules can be improved.
_ATTRIBUTION_LIKE = regex.compile(ATTRIBUTION_LINE_END)
_RUN_WORDS = 24
_NAME_RUN = regex.compile(
    r"(?:(?:[A-Z][\p{L}'’.-]*|of|for|to|the|and),?\s+){0,%d}[A-Z][\p{L}'’-]+" % _RUN_WORDS
    + r"(?:\s+(?:de|van|von|da|le|du|di)\s+[A-Z][\p{L}'’-]+)?(?:\s+[A-Z][\p{L}'’-]+){0,3}"
)
_RUN_GOES_ON = regex.compile(r",?\s+(?:[A-Z]|(?:of|for|to|the|and)\s)")

# A full stop after a word that is no abbreviation ends the sentence inside a run of capitals:
# "... by Roads Minister Mike Penning. The A14 Challenge ...".
_SENTENCE_END = regex.compile(r"(?<=\b(?P<word>\p{Lu}\p{Ll}{2,}))\.\s+")


def _run_spans(text: str, pos: int = 0) -> Iterator[tuple[int, int]]:
    """Where the runs of capitalised words are. A run longer than the pattern takes at once ends after the
    last person named in it, so that the next run starts with the next person's title, not inside it."""
    for m in _NAME_RUN.finditer(text, pos):
        if m.end() - m.start() > 2 * _RUN_WORDS and len(m.group(0).split()) > _RUN_WORDS \
                and _RUN_GOES_ON.match(text, m.end()):
            run = m.group(0)
            apart = [d for d in _PEOPLE_APART.finditer(run) if _person_ends_before(run[: d.start()].rstrip(" ,"))]
            if apart:
                cut = m.start() + apart[-1].start()
                yield m.start(), cut
                yield from _run_spans(text, cut)  # rare: go on from the next person
                return
        yield m.start(), m.end()


def name_runs(text: str) -> Iterator[str]:
    """Runs of capitalised words that may name people, each within one sentence."""
    for begin, finish in _run_spans(text):
        run, start = text[begin:finish], 0
        verb_first = _VERB_OPENS_RUN.match(run)
        if verb_first and (begin == 0 or _SENTENCE_BEFORE.search(text, max(0, begin - 4), begin)):
            run = run[verb_first.end():]  # "Said Jane Doe, “...”": the verb opening the sentence is no given name
        if (run.startswith("the ") or text[max(0, begin - 4):begin] == "the ") \
                and _LOWER_WORD_FOLLOWS.match(text, finish) \
                and not any(_is_role_word(w) for w in run.split()):
            continue  # "the England and Tottenham Hotspur striker": names used as a description

        for end in _SENTENCE_END.finditer(run):
            word = end.group("word")
            if word in _TITLE_TOKENS and not _is_role_word(word) or word in _ABBREVIATIONS:
                continue  # "Mrs.", "Hon.": an abbreviation, not a sentence's end ("... Advisory Officer. Jake" is)
            yield from _at_possessives(run[start:end.start()])
            start = end.end()
        yield from _at_possessives(run[start:])


_ABBREVIATIONS = frozenset({"Inc", "Ltd", "Corp", "Bros", "Plc", "Assoc", "Dept", "Govt", "Univ", "Jnr", "Snr"})
_VERB_OPENS_RUN = regex.compile(rf"^(?:{'|'.join((*ENGLISH_VERB_FIRST, *LEAD_VERBS_ALONE))})\s+(?=\p{{Lu}})")
_SENTENCE_BEFORE = regex.compile(r"[.!?:][”’\"]?\s+$")
_LOWER_WORD_FOLLOWS = regex.compile(r"\s+\p{Ll}")
_PEERAGE_FIRST = regex.compile(r"^(?:King|Queen|Prince|Princess|Lord|Lady)\b")
_POSSESSIVE_WORD = regex.compile(r"(?<=\p{L})['’]s\s+")


def _at_possessives(run: str) -> Iterator[str]:
    """'Chancellor Gordon Brown's Business Advisory Group' -> 'Chancellor Gordon Brown', 'Business Advisory
    Group': a person's full name before a possessive is a person in their own right ('The King's Fund',
    "Children's Commissioner Jane Doe" stay whole)."""
    start = 0
    for m in _POSSESSIVE_WORD.finditer(run):
        owner = split_name(run[start:m.start()])
        if owner is None or owner.suffix or len(owner.name.split()) < 2 or _PEERAGE_FIRST.match(owner.name):
            continue
        yield run[start:m.start()]
        start = m.end()
    yield run[start:]


def names_in_run(run: str) -> list[tuple[str, Optional[str]]]:
    """People named in a run of capitalised words, with the role written before (or just after) each.

    'Transport Minister Norman Baker and Business Minister Mark Prisk'
        -> [('Norman Baker', 'Transport Minister'), ('Mark Prisk', 'Business Minister')]
    'Baroness Williams of Trafford, Minister for Countering Extremism'
        -> [('Baroness Williams of Trafford', 'Minister for Countering Extremism')]
    'Jane Doe, Head of Policy, Age UK'
        -> [('Jane Doe', 'Head of Policy at Age UK')]  (the body joined as the role's workplace)
    'Jane Roe, Economic Secretary to the Treasury and John Smith, Chief Economic Adviser to the Treasury'
        -> [('Jane Roe', 'Economic Secretary to the Treasury'), ('John Smith', 'Chief Economic Adviser to the
            Treasury')]  (two people, each with a title after the name, and no comma before the "and")
    """
    listed = _second_person_set_apart(run)
    if listed is not None:
        return names_in_run(listed)
    head, comma, tail = run.partition(",")
    words = head.split()
    if comma and len(words) > 1 and (words[0] in LEAD_IN_WORDS or words[0].endswith("ing")) \
            and not _is_role_word(words[1]) and reads_as_lead_in(head.strip()):
        # "Today Jane Doe, Chief Executive of ...": the lead-in word goes; "Recognising Volunteers
        # Week, the Minister ...": a clause, no one named. ("Under Secretary of State ..." is a title.)
        rest_words = words[1:] if words[0] in LEAD_IN_WORDS else []
        while len(rest_words) > 2 and (rest_words[0] in _DATE_WORDS or rest_words[0][:1].islower()):
            rest_words = rest_words[1:]  # "On Monday Jane Doe", "In March Jane Doe"; not "Today June Sarpong"
        head = " ".join(rest_words)
    if comma:
        named = split_name(head.strip()) if head.strip() else None
        first, _, rest = tail.partition(",")
        after = _clean_role(first)
        # (a member's letters are a title too: "John Roe, SNP MSP for Shettleston")
        if (named is not None and not named.suffix and len(named.name.split()) >= 2 and after
                and not _names_someone(first.strip())
                and any(_is_role_word(w) or w in REPRESENTATIVE_POST_NOMINALS and " and " not in first
                        for w in after.split())):
            found = _names_with_roles_before(head)
            more = rest.split(",")
            while more and more[0].strip() and _continues_portfolio(after, more[0].strip()):
                # "Cabinet Secretary for Health, Wellbeing and Sport": the title's list of subjects goes on
                after = f"{after}, {more.pop(0).strip()}"
            rest = ",".join(more)
            if found and (found[-1][1] is None or found[-1][1].casefold() in MINISTERIAL_RANKS
                          or found[-1][1].casefold().rstrip(".") in _MEMBER_STYLES):
                # (a rank before the name, or a councillor's style: the office after it says which)
                found[-1] = (found[-1][0], after)
            rest = rest.strip()
            if _LEADING_AND.match(rest):  # ", and John Smith, Chairman of ..."
                return found + names_in_run(_LEADING_AND.sub("", rest))
            body = rest.split(",", 1)[0].strip()
            if found and body and looks_like_org(body) and found[-1][1] == after:
                found[-1] = (found[-1][0], f"{after} at {body}")  # "Jane Doe, Head of Policy, Age UK"
            return found
    found = _names_with_roles_before(run)
    subject = _SUBJECT_AFTER_APPOSITIVE.search(run) if not found else None
    if subject is not None:
        # "Together with Welsh Office Industry Minister, Lord Jones, the Chancellor hosted ...": the run went on
        # into the subject of the sentence the title and name were set before
        return names_in_run(run[: subject.start()])
    after = _person_after_complement(run) if not found else None
    if after is not None:
        # "John Doe is to be Chief Executive of the new Office of Public Procurement, Jane Roe, Chief Secretary to
        # the Treasury, announced today": the run began inside the sentence's complement
        return names_in_run(after)
    return found


def _person_after_complement(run: str) -> Optional[str]:
    """The run from the person named after its first comma, when the words before that comma name no one and hold
    no title (the end of a complement: '... of the new Office of Public Procurement') and the person is named in
    full with a title set off after the name ('Jane Roe, Chief Secretary to the Treasury'); None otherwise
    ('Minister for Policing, Criminal Justice and Victims, Jane Doe': a title's subjects before the name)."""
    head, comma, tail = run.partition(",")
    if not comma or split_name(head.strip()) is not None or any(_is_role_word(w) for w in head.split()):
        return None
    first, comma, rest = tail.partition(",")
    named = split_name(first.strip())
    if not comma or named is None or named.prefix or named.suffix or len(named.name.split()) < 2:
        return None
    return tail.strip() if any(_is_role_word(w) for w in rest.split(",")[0].split()) else None


# ", the Chancellor" ending a run: the subject of a sentence after a phrase set off by commas
_SUBJECT_AFTER_APPOSITIVE = regex.compile(r",\s+the\s+[^,]+$")


def _second_person_set_apart(run: str) -> Optional[str]:
    """The run with a comma before the "and" that joins a second person, each named with a title after the name:
    'Jane Roe, Economic Secretary to the Treasury and John Smith, Chief Economic Adviser' -> 'Jane Roe, Economic
    Secretary to the Treasury, and John Smith, Chief Economic Adviser'; None when no segment is a title, then
    "and" and a bare full name before another title ('Jane Doe, Chief Executive of Acme and Network Rail, ...')."""
    if " and " not in run:
        return None
    segs = [s.strip() for s in run.split(",")]
    for k in range(1, len(segs) - 1):
        joint = _JOINT.match(segs[k])
        if joint is not None and _second_person_after_title(segs, k, joint):
            return ", ".join(segs[:k] + [joint.group("first"), "and " + joint.group("second")] + segs[k + 1:])
    return None


# (a peer's territorial title is part of the name: "Baroness Jane Roe of Northtown"; a style before the name
# is no part of it: "The Rt Hon Lord Roe")
_STYLE = r"(?:(?:" + "|".join(regex.escape(s).replace("The", "[Tt]he") for s in
                             sorted(COURTESY_STYLES, key=len, reverse=True)) + r")\s+)?"
_PERSON = _STYLE + (r"(?P<who>(?:" + "|".join(PEERAGES) + r")(?:\s+[A-Z][\p{L}'’.-]+){1,3}\s+of\s+[A-Z][\p{L}'’.-]+"
           r"(?:\s+[A-Z][\p{L}'’.-]+){0,2}|[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3})")
# "Jane Doe, chief executive of the Acme Trust, welcomed ...": a name, then a role in lower case.
_APPOSITIVE = regex.compile(
    _PERSON + r",\s+(?!(?:and|or|but|nor|who|whose|which|where|when|while|as|with|said|says)\b)"
    r"(?P<what>(?:the\s+|a\s+|an\s+)?(?:\p{Ll}|(?<=\b(?:the|an?)\s+)\p{Lu}{2,6}\s+\p{Ll})[^,;:.!?“”\"()]{2,100}?)"
    # (a description ends at its comma, or, one with "a" or "an" and a body's initials, at the sentence's end: "...
    # was Jane Doe, a JCCC caseworker.", not "..., a practising surgeon.", "..., a nurse who trained in
    # Manchester.", nor the next clause's subject in "Together with Lord Jones, the Chancellor hosted ...")
    r"(?:,|(?<=,\s+an?\s+\p{Lu}{2,}\s[^,]*)\.(?=\s|$))"
)
# "the chief executive of the Environment Agency, Sir James Bevan, visited ...", "The leader of the Labour Party, Rt
# Hon Jeremy Corbyn MP, ...": a title in lower case with its body, then the name, set off by commas.
_TITLE_FIRST_APPOSITIVE = regex.compile(
    # (the sentence's subject, or the agent or companion of its verb; not a title of someone else's relation, "the
    # daughter of the chief executive of ...", nor an object, "a memorial to the founding director of ...")
    r"(?:^|(?<=[.!?:]\s)|(?<=\b(?:by|with|[Aa]nd|[Yy]esterday|[Tt]oday),?\s))[Tt]he\s+"
    # (a kind of body's possessive may come first: "The airport's chairman, Sir John Roe, ...")
    r"(?:(?P<kind>\p{Ll}{3,20})['’]s\s+)?"
    r"(?P<what>(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(?:" + "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
    + r")(?:\s+(?:of|for|at)\s+(?:the\s+)?\p{Lu}[^,;:.!?“”\"()]{1,80}?)?),\s+" + _PERSON + r"(?:,|\s+(?=\p{Ll}))")
# "Alan Cook has been reappointed by ... as non-executive chairman of the Highways Agency Board for ...",
# "the appointment of Philip Rutnam as the new Permanent Secretary at the Department for Transport"
_AS_ROLE = (
    r"\s+as\s+(?:the\s+)?(?:new\s+|first\s+(?:ever\s+)?)?(?P<what>[^.;:,“”\"()]{3,120}?)"
    r"(?=\s+(?:for(?!\s+[A-Z])|from|with|until|on|in|by|to\s+(?:lead|help|oversee))\b|[.,;:]|$)"
)
# The occasion the description goes on to ("a caseworker at her first service"), no part of the post.
_OWN_OCCASION = regex.compile(r"\s+(?:at|in|on|during|for)\s+(?:her|his|their)\b.*$")
_ARTICLE_BEFORE_CAPITAL = regex.compile(r"^(?:an?|the)\s+(?=\p{Lu})")
_AFTER_A_NAME = regex.compile(r"(?<=\b[A-Z][\w'’&-]*)(?:\s+\p{Ll}[\w'’-]*)+$")
_APPOINTMENTS = (
    regex.compile(
        _PERSON + r"\s+(?:has\s+been|have\s+been|was|is|will\s+be|had\s+been)\s+(?:re-?)?"
        r"(?:appointed|named|confirmed|chosen|selected|elected)\b[^.;:“”\"]{0,80}?" + _AS_ROLE
    ),
    regex.compile(r"\b(?:re-?)?appointment\s+of\s+" + _PERSON + _AS_ROLE),
    # the active form, someone else appointing: "Environment Secretary Thérèse Coffey has appointed Alan Lovell as
    # the new Chair of the Environment Agency" (the appointer keeps their own title)
    # (a body appointing to its own post: "The Acme Trust has appointed Jane Doe as its new Chief Executive")
    regex.compile(r"(?:(?P<body>(?:The\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|and|for|the|&)){0,6}?)"
                  r"\s+(?:has\s+|have\s+)?)?"
                  r"\b(?:re-?)?(?:appointed|appoints|named|names|confirmed|confirms)\s+" + _PERSON + _AS_ROLE),
)
# A time the sentence opens with, before the body that appointed someone: "Yesterday", "On Monday", "In September".
_TIME_OPENING = regex.compile(
    r"^(?:(?:On|In|Last|This|Earlier|Later)\s+\p{Lu}\p{Ll}+,?\s+|(?:Today|Yesterday|Tonight),?\s+)+")
_ITS_POST = regex.compile(r"^(?:its|their)\s+(?:new\s+|first\s+)?")


# A body's name in capitals, with glue words inside but not at its end ("Police Federation of England and Wales"),
# and a short title of up to two modifiers and a role word ("national chair"): parts of the two patterns below
_BODY_NAME = r"\p{Lu}[\p{L}'’&-]*(?:(?:\s+(?:of|and|for|the|&))*\s+\p{Lu}[\p{L}'’&-]*){0,7}"
_SHORT_TITLE = rf"(?:(?:{'|'.join(sorted(ROLE_MODIFIERS))})\s+){{0,2}}(?:{'|'.join(sorted(ROLE_WORDS))})"
# A post described with no name, "the (new) national chair of the Acme Federation", at the end of a sentence's
# clause (the person is named in the next sentence)
_POST_WITHOUT_NAME = regex.compile(
    rf"\b[Tt]he\s+(?:new\s+)?(?P<role>{_SHORT_TITLE})\s+of\s+(?:the\s+)?(?P<body>{_BODY_NAME})"
    r"(?=\s*(?:\([^()]{1,12}\))?(?:[\s,.;]|$))(?![\s,]+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})")
# A body's new post told with the body as the subject, the holder named in the next sentence: "Forestry England,
# the country's largest land manager, has a new chief executive." / "Jane Doe has almost 30 years of experience"
_BODY_HAS_NEW_POST = regex.compile(
    rf"^(?:The\s+)?(?P<body>{_BODY_NAME})(?:,[^,.;:]{{1,160}},)?\s+(?:has|have)\s+(?:appointed\s+)?(?:a|its)\s+new\s+"
    rf"(?P<role>{_SHORT_TITLE})[.!]?$")
# A post is the sentence's voice: after "according to", "says", "from" ("the clear message from the leader of
# ..."), or before a verb of speech ("the chair of the Acme Federation has stressed")
_VOICE_BEFORE_POST = regex.compile(r"\b(?:according\s+to|says|said|from|warns|warned|insists|believes)\s+$")
_VOICE_AFTER_POST = regex.compile(
    rf"\s*(?:\([^()]{{1,12}}\)\s*)?(?:(?:has|have)\s+)?(?:{'|'.join(SPEECH_VERBS)})\b")
# A sentence the name opens that gives the person's words at once: "Jane Doe said: ...", "Jane Doe, who ..., said:"
_SPEAKS_AT_ONCE = regex.compile(
    rf"\p{{Lu}}[\p{{L}}'’.-]*(?:\s+\p{{Lu}}[\p{{L}}'’.-]*){{1,3}}(?:,[^,.:;]{{1,160}},)?\s+(?:also\s+)?"
    rf"(?:{'|'.join(SPEECH_VERBS)})\b")
# What may stand between the sentence before and a name opening the next: "And John Roe has vowed ..."
_SENTENCE_OPENS_WITH_NAME = regex.compile(r"(?:^|[.!?][”’\"]?\s+)(?:(?:And|But|So)\s+)?$")


def _described_before(text: str, at: int, before: str) -> Optional[tuple[str, str]]:
    """The post the sentence right before a name describes with no name, when the name opens its own sentence:
    "..., according to the new national chair of the Acme Federation." / "And Jane Doe has vowed ..." gives
    ("national chair", "Acme Federation"). None when that sentence names a person, or holds two such posts."""
    opens = _SENTENCE_OPENS_WITH_NAME.search(text, 0, at)
    if opens is None:
        return None
    # (the sentence before is in this paragraph when a stop opens the match, else the previous paragraph's last)
    head = text[:opens.start() + 1].rstrip() if text[opens.start():opens.start() + 1] in (".", "!", "?") else ""
    previous = last_sentence(head)[1] if head else last_sentence(before.rstrip())[1] if before else ""
    if not previous or "“" in previous or "\"" in previous:
        return None
    if _SPEAKS_AT_ONCE.match(text, at):
        return None  # "Jane Doe said: ..." after "The award was presented by the chair of ...": her own line
    new_post = _BODY_HAS_NEW_POST.match(previous)
    if new_post is not None:
        return new_post.group("role"), new_post.group("body")  # "Acme has a new chief executive." / "Jane Doe ..."
    posts = list(_POST_WITHOUT_NAME.finditer(previous))
    if len(posts) != 1 or any(len(n.split()) >= 2 for r in name_runs(previous) for n, _ in names_in_run(r)):
        return None
    m = posts[0]
    if is_former_post(m.group("role")):
        return None
    if not (_VOICE_BEFORE_POST.search(previous, 0, m.start()) or _VOICE_AFTER_POST.match(previous, m.end())):
        return None  # the post is the voice of the sentence, not "presented by the chair of ..." nor "was the ..."
    return m.group("role"), m.group("body")


# A body after a title set off by "at", right after a run of capitals: " at the University of Lincoln" (not "... in
# the School of Medicine", "... on Monday", "... and Leeds Teaching Hospitals" after it).
_BODY_AFTER_TITLE = regex.compile(
    r"\s+at\s+(?:the\s+)?"
    r"(?P<body>\p{Lu}[\p{L}’'&-]*(?:\s+(?:(?:of|for|&|the)\s+)*\p{Lu}[\p{L}’'&-]*){0,8})")


def described_people(text: str) -> list[tuple[str, Optional[str], Optional[str]]]:
    """People a sentence describes after their name: (name, role, organisation).

    'Jane Doe, chief executive of the Acme Trust, welcomed the plan'
        -> [('Jane Doe', 'chief executive', 'Acme Trust')]
    'Alan Cook has been reappointed as non-executive chairman of the Highways Agency Board for ...'
        -> [('Alan Cook', 'non-executive chairman', 'Highways Agency')]
    'The Secretary of State has appointed Alan Lovell as the new Chair of the Environment Agency.'
        -> [('Alan Lovell', 'Chair', 'Environment Agency')]
    """
    found = []
    try:
        if ", " in text:
            for m in _APPOSITIVE.finditer(text, timeout=TIMEOUT):
                found.append((m.group("who"), m.group("what")))
            for m in _TITLE_FIRST_APPOSITIVE.finditer(text, timeout=TIMEOUT):
                kind = m.group("kind")
                found.append((m.group("who"), f"{kind}’s {m.group('what')}" if kind else m.group("what")))
        if " as " in text:
            for pattern in _APPOINTMENTS:
                for m in pattern.finditer(text, timeout=TIMEOUT):
                    what, body = m.group("what"), m.groupdict().get("body")
                    body = _TIME_OPENING.sub("", body) if body else body  # "Yesterday Acme Trust appointed ..."
                    own = _ITS_POST.match(what)
                    if own and body and _is_body_name(body):
                        what = f"{what[own.end():]} of {body}"  # "its new Chief Executive": the appointing body's
                    found.append((m.group("who"), what))
    except TimeoutError:
        return []  # pathological text: nobody described, rather than a failed release
    people = []
    for who, what in found:
        words = who.split()
        if words[0] in PEERAGES and (_is_role_word(words[1]) or words[1] in _TITLE_TOKENS):
            continue  # "Lord Lieutenant of Kent Jane Doe": an office and a person, not a peer's title
        what = _OWN_OCCASION.sub("", what)  # "caseworker at her first service" -> "caseworker"
        after = _AFTER_A_NAME.search(what)
        if after and not any(_is_role_word(w) for w in after.group().split()):
            what = what[:after.start()]  # "Chair for NHS England last year" -> "Chair for NHS England"
        what = _ARTICLE_BEFORE_CAPITAL.sub("", what)  # "a JCCC caseworker" -> "JCCC caseworker"
        subject = parse_subject(f"{who}, {what}")
        if subject is None or not subject.name or len(subject.name.split()) < 2 or not subject.role:
            continue
        if subject.name not in who:
            continue  # "The NHS Plan, published today by Health Secretary Alan Milburn, ...": a thing, then a name
        if not any(_is_role_word(w) for w in subject.role.split()):
            continue
        people.append((subject.name, subject.role, subject.organisation))
    return people


def _names_someone(text: str) -> bool:
    """'Chief Executive Jim Smith' names someone; in 'Minister for Countering Extremism' the
    capitalised words are the object of the title."""
    sp = split_name(text)
    return sp is not None and (sp.prefix.rsplit(None, 1) or [""])[-1] not in _ROLE_PREPOSITIONS


def _names_with_roles_before(run: str) -> list[tuple[str, Optional[str]]]:
    found: list[tuple[str, Optional[str]]] = []
    while run:
        sp = split_name(run)
        if sp and sp.suffix and len(sp.name.split()) >= 2 and sp.rank and _FROM_WORD.match(sp.suffix):
            found.append((sp.name, f"{sp.rank} {sp.suffix}"))  # "Chief Constable Jane Doe of Kent Police"
            break
        if sp and sp.suffix and len(sp.name.split()) >= 2 and not sp.prefix \
                and sp.suffix.split()[0] in REPRESENTATIVE_POST_NOMINALS:
            found.append((sp.name, sp.suffix))  # "Jane Doe MP for Bath and Wells": the member and her seat
            break
        if not sp or sp.suffix or len(sp.name.split()) < 2:
            break
        prefix = sp.prefix
        if sp.honorific and _person_ends_before(prefix) and _strip_post_nominals(prefix.split()) == prefix.split() \
                and not _is_role_word(prefix.split()[-1]):  # (not a title before the style: "Acme spokesperson Cllr X")
            # "..., Universities Minister David Willetts, Sir John Armitt": the comma before the honorific went
            # with it; the person before is another, and Sir John has no title here (a style that is an office
            # is one: "Mayor Sadiq Khan has announced ...")
            found.append((sp.name, _style_as_office(sp.honorific)))
            run = prefix
            continue
        cut = None
        for m in reversed(list(_PEOPLE_APART.finditer(prefix))):
            # "Communities Secretary, Eric Pickles, and ...", "Communities Secretary Eric Pickles, Housing
            # Minister Grant Shapps": a person ends where the next one's title begins.
            if _person_ends_before(prefix[: m.start()].rstrip(" ,")) \
                    and not _place_body_across_and(prefix[: m.start()], m.group(),
                                                   NameSplit(prefix=prefix[m.end():].strip(), name=sp.name),
                                                   run.startswith(prefix) and run[len(prefix):].startswith(",")):
                cut = m
                break
        if cut is None and _person_ends_before(prefix) and _strip_post_nominals(prefix.split()) == prefix.split():
            # "Jane Doe, John Smith": a list of names alone (not "Sinn Féin MLA")
            found.append((sp.name, _style_as_office(sp.honorific)))
            run = prefix
            continue
        if cut is None:
            # Only the words after the last comma belong to this person: "London, Birmingham, Rail Minister X".
            before, _, own = prefix.rpartition(",")
            before, own = _portfolio_list_before(before, own)
            role = _clean_role(own) if own.strip() and any(w[:1].isupper() for w in own.split()) else None
            if role is not None and not any(_is_role_word(w) for w in own.split()):
                # "Minister for Policing, Criminal Justice and Victims": the subjects listed after the title
                role = _clean_role(_title_before_comma(prefix) or own)
            title = _title_before_comma(before)
            if role is None and title:
                # "UK Economic Secretary to the Treasury, Jane Doe", "... Advisor to the Middle East, Air Marshal X"
                role = _clean_role(title)
            found.append((sp.name, _role_written_before(role) or _style_as_office(sp.honorific)))
            break
        found.append((sp.name, _role_written_before(_clean_role(prefix[cut.end():].rsplit(",", 1)[-1]))))
        run = prefix[: cut.start()].rstrip(" ,")
    return list(reversed(found))


def _portfolio_list_before(before: str, own: str) -> tuple[str, str]:
    """A title whose portfolio lists its subjects with commas ('Environment, Food and Rural Affairs Secretary',
    'Children, Schools and Families Secretary'): the subjects before the last comma go back into the title, which
    the comma only seemed to cut ('London, Birmingham, Rail Minister': places, which stay out)."""
    if not any(_is_role_word(w) for w in own.split()) or " and " not in own:
        return before, own  # (a list's last subject comes after "and": "... Food and Rural Affairs Secretary")
    while before.strip():
        head, comma, chunk = before.rpartition(",")
        words = chunk.split()
        subjects = 0
        while subjects < len(words) and words[-1 - subjects][:1].isupper() \
                and words[-1 - subjects].casefold() in PORTFOLIO_SUBJECTS:
            subjects += 1
        if not subjects:
            break
        if subjects < len(words) and words[-1 - subjects] in ("for", "of", "the"):
            break  # "Department for Transport, Roads and Safety Minister": a body's name, then a title
        kept = words[len(words) - subjects:]
        own = f"{' '.join(kept)},{own}"
        if subjects < len(words):
            return f"{head}{comma}{' '.join(words[:len(words) - subjects])}", own
        before = head
    return before, own


def _style_as_office(honorific: Optional[str]) -> Optional[str]:
    """A style before a name that is also an office ('Mayor', 'Bishop', 'Cllr'), as a role; else None."""
    style = (honorific or "").rstrip(".")  # "Cllr." as "Cllr"
    return style if style in OFFICE_STYLES else None


_FROM_WORD = regex.compile(r"^(?:of|from|at)\s")
# A peer's title before a surname ("Lord Cameron"), which a commoner named earlier may have taken
_PEER_TITLES = frozenset(w.casefold() for w in PEER_SURNAME_TITLES)
_PEOPLE_APART = regex.compile(r",?\s+and(?:\s+|$)|,\s+")


def _place_body_across_and(left: str, glue: str, second: NameSplit, set_off: bool) -> bool:
    """'Causeway Coast | and | Glens Borough Council Mayor, Councillor Jane Doe': one body's name runs across the
    "and" (:func:`speaker._body_across_and`) when the words before it name a place ("Causeway Coast"; "Jane Doe and
    Southtown Council Leader, Cllr John Roe" names two people) and the title is set off from the second name by a
    comma (``set_off``; in "Jane Doe and Acme Council Leader John Roe" two people are named)."""
    if glue.strip() != "and" or "," in left or not set_off or not any(w in PLACE_NAME_WORDS for w in left.split()):
        return False
    first = split_name(left.strip())
    return first is not None and _body_across_and(first, second)


def _person_ends_before(left: str) -> bool:
    """Whether the words before an 'and' or a comma end in a person's full name ('... Jane Doe MP'), not in
    a title's subjects ('Minister for Policing, Criminal Justice') nor a body ('Chief Executive of Network Rail')."""
    inner = split_name(left)
    if inner is None or inner.suffix or len(inner.name.split()) < 2 or not _names_someone(left):
        return False
    if _strip_post_nominals(left.split())[-1:] != inner.name.split()[-1:]:
        return False
    after_comma = left[: left.rfind(inner.name)].rstrip().endswith(",")
    return not (after_comma and all(w.casefold() in PORTFOLIO_SUBJECTS for w in inner.name.split()))
_TITLE_GLUE = frozenset({"of", "for", "to", "the", "and", "&", "in", "on", "at"})


def _is_title_before_comma(text: str) -> bool:
    """'UK Economic Secretary to the Treasury' before ', Jane Doe': a title set off by a comma; not a
    lead-in ('Welcoming the Minister') nor a list of names."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() or w in _TITLE_GLUE for w in words) \
        and any(_is_role_word(w) for w in words) and words[0] not in LEAD_IN_WORDS \
        and not words[0].endswith("ing")


def _title_before_comma(before: str) -> Optional[str]:
    """The title that ends the words before a name's comma: 'Transport Secretary', or one whose subjects are
    listed with commas ('Minister for Policing, Criminal Justice and Victims')."""
    segs = before.split(",")
    if _is_title_before_comma(segs[-1]):
        return segs[-1]
    for k in range(len(segs) - 2, max(-1, len(segs) - 5), -1):
        if any(_is_role_word(w) for seg in segs[k + 1:] for w in seg.split()):
            return None
        title = ",".join(segs[k:])
        if _is_title_before_comma(title) and any(w in _ROLE_PREPOSITIONS for w in segs[k].split()):
            return title
    return None


def _role_written_before(role: Optional[str]) -> Optional[str]:
    """The words before a name, as a role, when they hold a title.

    "The Office of Rail Regulation's" names a body; "co-funders Metro" or "the
    Ellen MacArthur Foundation" (the end of a list before the name) hold no title.
    """
    if role is None or is_possessive(role):
        return None
    if not any(_is_role_word(w) or w in POLITICAL_TITLES for w in role.split()):
        return None
    # "G7 Finance Ministers the Chancellor of the Exchequer": an article not after a preposition starts the
    # title; what stands before it belongs to the sentence, as a preposition before it does ("of Chancellor").
    words = role.split()
    # "Sebastian James to Secretary of State for Education": a name and a preposition before the title.
    # Only a name: in "Welcome to Yorkshire Chief Executive" or "Chaplain to the Speaker" the "to" is the title's.
    cut = next((k for k, w in enumerate(words) if w == "to" and 0 < k < len(words) - 1
                and not any(_is_role_word(v) for v in words[:k]) and _ends_in_name(words[:k])), None)
    if cut is not None:
        words = words[cut + 1:]
    while len(words) > 1 and words[0] in ("of", "for", "and", "&", "to", "in", "on", "at"):
        words = words[1:]
    role = " ".join(words)
    starts = [k for k, w in enumerate(words) if w == "the" and 0 < k < len(words) - 1
              and words[k - 1] not in _ROLE_PREPOSITIONS and words[k - 1] not in ("and", "&")]
    if starts and words[starts[-1] + 1][:1].isupper():
        return _clean_role(" ".join(words[starts[-1]:]))
    return role


def _ends_in_name(words: list[str]) -> bool:
    """Whether the words end in a person's full name ('... Sebastian James'), not a body's word ('Welcome')."""
    sp = split_name(" ".join(words))
    return sp is not None and not sp.suffix and len(sp.name.split()) >= 2


def _shortened(short: str, full: str) -> bool:
    """A name written short after its first mention (both case-folded).

    'duncan smith' for 'iain duncan smith' (a surname of two words, after
    'Mr'), 'baroness williams' for 'baroness williams of trafford'.
    """
    if len(short.split()) < 2 or len(full) <= len(short):
        return False
    return full.endswith(" " + short) or full.startswith(short + " of ")


def _short_given_name(a: str, b: str) -> bool:
    """'doug oakervee' and 'douglas oakervee': one given name the usual short form of the other.

    Only forms in the table count: 'Paul' is no short form of 'Paula'.
    """
    pa, pb = a.split(), b.split()
    if len(pa) != 2 or len(pb) != 2 or pa[1] != pb[1] or pa[0] == pb[0]:
        return False
    return pb[0] in SHORT_GIVEN_NAMES.get(pa[0], ()) or pa[0] in SHORT_GIVEN_NAMES.get(pb[0], ())


@dataclass(slots=True)
class Person:
    name: Optional[str]
    role: Optional[str]
    organisation: Optional[str]
    paragraph: int


@dataclass
class ReleaseContext:
    """What is known about the people of one release while reading it."""

    doc: Document
    speakers: list[Person] = field(default_factory=list)
    _mentions: Optional[list[Person]] = None
    _by_paragraph: dict[int, list[Person]] = field(default_factory=dict)
    _definitions: Optional[dict[str, str]] = None
    _texts: Optional[list[str]] = None
    _folded: Optional[list[str]] = None  # the texts case-folded, with straight apostrophes (see _mentions_of)
    _orgs: dict[tuple[Optional[str], Optional[str], Optional[str]], Optional[str]] = field(default_factory=dict)
    _title_named: Optional[list[tuple[str, Optional[str]]]] = None
    _title_people: Optional[list[Person]] = None
    _quoted: Optional[frozenset[int]] = None
    _by_index: Optional[dict[int, Paragraph]] = None

    def paragraph(self, index: int) -> Optional[Paragraph]:
        """The release's paragraph of that index, or None."""
        if self._by_index is None:
            self._by_index = {p.index: p for p in self.doc.paragraphs}
        return self._by_index.get(index)

    def _text_of(self, index: int) -> str:
        p = self.paragraph(index)
        return p.text if p is not None else ""

    @property
    def title_named(self) -> list[tuple[str, Optional[str]]]:
        """The people the release's title names in full (two words or more), each with the title it gives them or
        None: the title is read once per release."""
        if self._title_named is None:
            self._title_named = [(name, role) for run in name_runs(self.doc.title or "")
                                 for name, role in names_in_run(run) if len(name.split()) >= 2]
        return self._title_named

    @property
    def quoted(self) -> frozenset[int]:
        """The paragraphs that open a quotation: a quote's words, which introduce no one (“A Supreme Court, ...”)."""
        if self._quoted is None:
            self._quoted = frozenset(p.index for p in self.doc.paragraphs if opens_quotation(p.text))
        return self._quoted

    @property
    def texts(self) -> list[str]:
        if self._texts is None:
            self._texts = [p.text for p in self.doc.paragraphs]
        return self._texts

    @property
    def definitions(self) -> dict[str, str]:
        if self._definitions is None:
            defs = acronym_definitions([self.doc.title] + self.texts)
            for acr, full in self.doc.abbreviations.items():
                defs.setdefault(acr, full)
            self._definitions = defs
        return self._definitions

    @property
    def mentions(self) -> list[Person]:
        """People named anywhere in the release, with the role written before their name."""
        if self._mentions is None:
            found = [m for p in self.doc.paragraphs for m in self._mentions_in(p)]
            self._mentions = self._linked() + found
        return self._mentions

    def _linked(self) -> list[Person]:
        # People linked by the publisher's metadata come before everything the text says, then the people the
        # title names with their title.
        return [Person(name, None, None, 0) for name in self.doc.people] + self._titled_in_title()

    def _titled_in_title(self) -> list[Person]:
        """People the release's title names with a title, who the text names too: in "Prime Minister Jane Doe in
        Paris for talks", Jane Doe is the Prime Minister when the text says "Jane Doe said ..." (a title's other
        capitalised words, named nowhere in the text, are no one)."""
        if self._title_people is None:
            self._title_people = [Person(name, role, None, 0) for name, role in self.title_named
                                  if role and any(name in t or _titled_surname(name).search(t) for t in self.texts)]
        return self._title_people

    def _mentions_in(self, p) -> list[Person]:
        """People named in one paragraph (each paragraph read once per release)."""
        cached = self._by_paragraph.get(p.index)
        if cached is not None:
            return cached
        found: list[Person] = []
        for run in name_runs(p.text):
            # "deputy First Minister Emma Little-Pengelly": the lower-case word before the run is the title's
            at = p.text.find(run)
            lesser = _LESSER_BEFORE.search(p.text, 0, at) if at > 0 else None
            for name, role in names_in_run(run):
                if lesser and role and role == run.split(name)[0].strip(" ,"):
                    role = f"{lesser.group(1)} {role}"
                body = None
                # (a councillor's style alone before the name gives way to a title before it: "Acme Resources
                # spokesperson Councillor Jane Doe")
                style_only = role is not None and run.startswith(f"{role} {name}") and role in _STYLE_OFFICES
                if (not role or style_only) and at > 0 and (run.startswith(name) or style_only):
                    # "Network Rail chief executive Andrew Haines": a body, then a title in lower case
                    titled = _LOWER_TITLE_BEFORE.search(p.text, max(0, at - 120), at)
                    if titled and titled.group("comma") and not _names_body_before_title(titled.group("body")):
                        titled = None  # "Environment minister, Jane Doe": a portfolio, not a body, before the comma
                    if titled and all(w.casefold() in ROLE_MODIFIERS or _is_role_word(w)
                                      for w in titled.group("body").split()):
                        # "Chief executive Jane Doe reported ...": the sentence's capital opens the title, no body
                        role = f"{titled.group('body').strip()} {titled.group('role')}"
                    elif titled and _is_kind_of_body(titled.group("body").strip()):
                        # "Party leader Jane Doe", "Council leader Jane Doe": a kind of body is the title's word
                        role = f"{titled.group('body').strip()} {titled.group('role')}"
                    elif titled and style_only:
                        whole = parse_subject(f"{titled.group('body')} {titled.group('role')} {name}")
                        if whole is not None and whole.role:
                            role, body = whole.role, whole.organisation
                    elif titled:
                        role, body = titled.group("role"), _named_body(titled.group("body"))
                if role and body is None and run.endswith(role):
                    # "Professor Jane Doe, Deputy Vice Chancellor for Research at the University of Lincoln": the
                    # body after the title's "at", which ends the run of capitals
                    after = _BODY_AFTER_TITLE.match(p.text, at + len(run))
                    body = after.group("body") if after and _is_body_name(after.group("body")) else None
                if not role and at > 0:
                    role = _title_before(p.text, at, _INITIALS_SEPARATOR, ends_in_title=True) \
                        or _title_before_dash(p.text, at, run)
                if not role and len(name.split()) >= 2:
                    described = _described_before(p.text, p.text.find(name, at), self._text_of(p.index - 1))
                    if described is not None:
                        role, body = described
                found.append(Person(name, role, body, p.index))
        for name, role, org in described_people(p.text):
            if is_former_post(role):
                # "Sir Alan Budd, former member of the Bank of England's Monetary Policy Committee, has agreed to
                # chair the OBR": a post no longer held is no role to carry over to "Sir Alan Budd said:"
                role, org = None, None
            found.append(Person(name, role, org, p.index))
        self._by_paragraph[p.index] = found
        return found

    def _mentions_of(self, word: str) -> list[Person]:
        """The mentions of the paragraphs whose text has ``word`` (case-folded), in release order: every
        name that can match a name with that word is among them, so a lookup by name reads no other
        paragraph."""
        if self._mentions is not None:
            return self._mentions
        word = word.replace("’", "'")
        if self._folded is None:
            self._folded = [text.casefold().replace("’", "'") for text in self.texts]
        found = [m for p, text in zip(self.doc.paragraphs, self._folded) if word in text
                 for m in self._mentions_in(p)]
        return self._linked() + found

    def _by_name(self, name: str, before: int) -> Optional[Person]:
        """Most recent speaker, else the best mention, with this full name or surname.

        A name written exactly is looked for first; only when nobody has it is a
        shortened form ('Mr Duncan Smith', 'Doug Oakervee') matched to a fuller one.
        """
        key = name.casefold()
        if len(name.split()) > 1:
            exact = self._by_name_matching(key, before, lambda full: full == key)
            if exact is not None and exact.role:
                return exact
            fuller = self._by_name_matching(key, before, lambda full: _shortened(key, full)
                                            or _short_given_name(key, full))
            # "Lord Darzi" after "Professor the Lord Darzi of Denham": a peer's full style, with no role either
            peer_style = fuller is not None and exact is not None and not exact.role \
                and fuller.name.casefold().startswith(key + " of ")
            if fuller is None and (exact is None or not exact.role):
                fuller = self._commoner_of_peer(key, before)
            return fuller if fuller is not None and (fuller.role or exact is None or peer_style) else exact
        return self._by_name_matching(key, before, lambda full: full == key or key in (full.split()[-1],
                                                                                        full.split()[0]))

    def _commoner_of_peer(self, key: str, before: int) -> Optional[Person]:
        """'lord cameron' for "Foreign Secretary David Cameron" named earlier: a peer's title and surname for the
        one person of the release with that surname, named with a role, who is no peer; None when the release
        names the peer as such elsewhere, or several people have the surname ("John Smith" and "Jane Smith")."""
        words = key.split()
        if len(words) != 2 or words[0] not in _PEER_TITLES:
            return None
        people = [m for m in [*self.speakers, *self._mentions_of(words[1])] if m.name]
        if any(m.name.casefold() == key and m.paragraph != before for m in people):
            return None  # "... with Lord Smith, chair of the Acme Trust": the peer is someone the release names
        named = [m for m in people if m.name.casefold() != key and m.name.casefold().split()[-1] == words[1]]
        names = {m.name.casefold() for m in named}
        if len(names) != 1 or next(iter(names)).split()[0] in _PEER_TITLES:
            return None
        candidates = [m for m in named if m.role]
        if not candidates:
            return None
        earlier = [m for m in candidates if m.paragraph <= before]
        return earlier[-1] if earlier else candidates[0]

    def _named_in_title(self, subject: Subject) -> Optional[Person]:
        """The one person the release's title names in full whom an honorific and one word stand for, when the
        text names no one of that name: "Sir John said," and "Mr Roe continued," in a release titled
        "John Roe – A deal is key to restoring the Assembly" are John Roe (a knight's or a dame's
        style goes with the given name, any other with the surname); None when no one or several people fit."""
        if not subject.honorific or not subject.name or " " in subject.name:
            return None
        at = 0 if subject.honorific in GIVEN_NAME_STYLES else -1
        found = {name for name, _ in self.title_named
                 if name.split()[at] == subject.name and not _ends_in_body_noun(name)}
        return Person(found.pop(), None, None, 0) if len(found) == 1 else None

    def _by_name_matching(self, key: str, before: int, matches: Callable[[str], bool]) -> Optional[Person]:
        single = len(key.split()) == 1

        def match(person: Person) -> bool:
            return bool(person.name) and matches(person.name.casefold())

        for person in reversed(self.speakers):
            if match(person) and (person.role or not single):
                return person
        candidates = [m for m in self._mentions_of(key.split()[-1]) if match(m)]
        if not candidates:
            return next((p for p in reversed(self.speakers) if match(p)), None)
        with_role = [m for m in candidates if m.role]
        # (a title written out beats the style of an office: "Mayor of Greater Manchester Andy Burnham" then "Mayor
        # Andy Burnham said:")
        titled = [m for m in with_role if m.role not in OFFICE_STYLES]
        with_role = titled or with_role
        earlier = [m for m in with_role if m.paragraph <= before]
        pick = (earlier[-1] if earlier else (with_role[0] if with_role else candidates[-1]))
        return pick

    def _one_member_of(self, body: str, before: int) -> Optional[Person]:
        """The one person named before paragraph ``before`` with a title that opens with ``body``'s name ("Acme
        Party MLA Jane Doe"); None when no one, or more than one, is."""
        members = {m.name: m for m in self.mentions
                   if m.name and len(m.name.split()) >= 2 and m.role and m.paragraph <= before
                   and m.role.startswith(f"{body} ")}
        return next(iter(members.values())) if len(members) == 1 else None

    def _by_role(self, role: str, before: int, context: str = "") -> Optional[Person]:
        """The person a title used as a reference stands for, given the paragraph ``before`` which it is read (and,
        in that paragraph, the ``context`` before the attribution): the last speaker whose role has the title's
        words, else the last person named with it before, else the first named with it after. "Roads Minister Jane
        Roe visited ..." then "The Minister said:" is Jane Roe; "the First Minister" is no deputy First Minister,
        "the Prime Minister" no other country's. A member by constituency no role matches is told by
        ``_member_by_seat``; None when no one fits."""
        want = role.casefold().replace("pm", "prime minister") if role.casefold() == "pm" else role.casefold()
        words = set(_WORD.findall(want))
        # "The Secretary of State": the publishing department's own; in a release of no department, any
        own_department = self._org(role, None) if want in _SECRETARY_OF_STATE else None
        if own_department:  # "Office of the Secretary of State for Wales" is the Wales Office of the table
            own_department = department_for(own_department, self.doc.date) or own_department

        def match(person: Person) -> bool:
            if not person.role:
                return False
            have = person.role.casefold()
            if _LESSER_OFFICE.search(have.replace(want, "\x00")) and not _LESSER_OFFICE.search(want):
                return False  # "the First Minister" is not the deputy First Minister, nor a shadow or former one
            if have != want and another_countrys_holder(want, person.name, self.doc.date):
                return False  # "the Prime Minister" is not "the Prime Minister of Bangladesh, Sheikh Hasina"
            if want in _SECRETARY_OF_STATE and (want in have or _SUBJECT_SECRETARY.match(have)):
                # "Trade and Industry Secretary Alan Johnson", then "The Secretary of State said:": the
                # publishing department's own secretary (any, in a release of no department)
                return own_department is None or _same_body(self._org(person.role, None), own_department)
            if want in have:
                return True
            return words <= set(_WORD.findall(have))

        for person in reversed(self.speakers):
            if match(person):
                return person
        # In the attribution's own paragraph only a person named before it counts: in "Appearing on the
        # BBC's Radio Solent, the Prime Minister said ..." the lead-in names no one.
        earlier = [m for m in self.mentions if match(m) and (
            m.paragraph < before or m.paragraph == before and m.name is not None and m.name in context)]
        if earlier:
            return earlier[-1]
        later = [m for m in self.mentions if match(m) and m.paragraph > before]
        if later:
            return later[0]
        return self._member_by_seat(role, before)

    def _member_by_seat(self, role: str, before: int) -> Optional[Person]:
        """The member a title by constituency and the member's letters stands for, in two cases.

        - In any release, when the title has a word before the letters: the one person the release names with
          those letters in their role. "Sinn Féin MLA Jane Doe has written ..." then "The Foyle MLA said:" is that
          person as named (the party before the post goes to the organisation); None when the release names
          several people with the letters ("Hartlepool MP Jane Doe and Strangford MP John Smith").
        - Failing that, in a party's own release and for a title naming a constituency ("South Antrim MLA", not
          "Sinn Féin MLA"): the one person the release names, titled as the party's, with the title as written.
          "Sinn Féin National Chairperson John Roe has met ..." then "The South Antrim MLA said:" is John Roe,
          South Antrim MLA. None in any other publisher's release, when the narration names anyone else with a
          title or the release's title names anyone else, when the one person is not titled as the party's, or is
          named only after the paragraph ``before`` (or in it).
        """
        head = role.split()[-1:]
        if not head or head[0] not in MEMBER_LETTERS:
            return None
        if len(_WORD.findall(role.casefold())) >= 2:
            holders = {p.name: p for p in [*self.speakers, *self.mentions] if p.role and head[0] in p.role.split()}
            if len(holders) == 1:
                return next(iter(holders.values()))
        party = party_key(self.doc.publisher)
        if not party or not _is_seat_member(role):
            return None
        people = {m.name: m for m in [*self.speakers, *self.mentions] if m.name and len(m.name.split()) >= 2
                  and (m.role or m.organisation) and m.paragraph not in self.quoted}
        if len(people) != 1:
            return None
        (person,) = people.values()
        # (not "Health Minister John Roe", nor "DUP leader John Roe" in another party's release; nor in a release
        # titled "Jane Doe calls on the Health Minister to act")
        in_title = {name for name, _ in self.title_named}
        if person.paragraph >= before or in_title - {person.name} \
                or parties_named(f"{person.role or ''} {person.organisation or ''}") != {party}:
            return None
        return Person(person.name, role, None, person.paragraph)

    def _one_minister_before(self, role: str, paragraph: int, context: str = "") -> Optional[Person]:
        """Who a bare "the Minister" is when its words match no title: the one person the release has named before
        the line (or quoted) with a government office, leaving out the holders of the great offices, whom a release
        calls by their own titles ("the Chancellor"). "Further progress has been made, Economic Secretary Jane Roe
        announced today." then "Publishing the figures, the Minister said:" is Jane Roe, Economic Secretary. None
        when the release names two such ministers (which of them speaks is not told), or none; another country's
        minister, a shadow or a former one holds no office here."""
        bare = " ".join(role.casefold().split()).removeprefix("the ")
        department = None
        if bare not in BARE_MINISTER_TITLES:
            # "the Foreign Office Minister", "the Treasury Minister": a department's minister, whom the one
            # minister of that department the release named before is; "the Minister for India", a portfolio the
            # release gave no one: the one minister named before (of its department, when the title tells it)
            office = " ".join(role.split()[:-1]).removeprefix("the ").removeprefix("The ")
            portfolio = bare.startswith("minister for ")
            if not portfolio and (not _DEPARTMENT_MINISTER.match(bare) or not (
                    is_department(office) or office in DEPARTMENT_ACRONYMS
                    or office.casefold() in INFORMAL_DEPARTMENT_NAMES)):
                return None
            department = self._org(role, None)
            if department is None and not portfolio:
                return None
            before = " ".join(p.text for p in self.doc.paragraphs if p.index < paragraph) + " " + context
            if len(_MINISTER_TITLED.findall(before)) > 1:
                return None  # two ministers' titles written before: which one speaks is not told
        found: dict[str, Person] = {}
        for person in [*self.speakers, *self.mentions]:
            if person.paragraph > paragraph or person.paragraph == paragraph and (
                    person.name is None or person.name not in context):
                continue
            if not person.name or not self._holds_ministerial_office(person):
                continue
            if department and not _same_body(self._org(person.role, person.organisation), department):
                continue
            found.setdefault(person.name.casefold(), person)
        # ("Roe", titled once as "Economic Secretary Ms Roe", is the Jane Roe named in full)
        people = [p for key, p in found.items() if " " in key or not any(
            other.endswith(" " + key) for other in found)]
        return people[0] if len(people) == 1 else None

    def _holds_ministerial_office(self, person: Person) -> bool:
        """Whether a person named with a title holds a UK government office other than a great one: 'Economic
        Secretary', 'Sports Minister'; not 'Chancellor', 'First Minister', 'French Finance Minister', 'Shadow
        Economic Secretary' or 'former Economic Secretary' (who speak for no department here)."""
        role = person.role
        if not role or not is_government_role(role) or _great_office(role):
            return False
        return self._org(role, person.organisation) is not None

    def _named_in_context(self, context: str, paragraph: int) -> Optional[Person]:
        """The last person named in full in the sentences before a pronoun's attribution, with what was said of
        them: in "Mary Marsh, Director of the NSPCC, welcomed the proposals. She said:", she is Mary Marsh,
        Director; a place visited is no one ("... Rebecca Pow visited Blackpool South beach today.")."""
        person, pos, written = None, 0, None
        for run in name_runs(context):
            at = context.find(run, pos)
            pos = at + len(run) if at >= 0 else pos
            for name, role in names_in_run(run) or _name_before_comma(run):
                if len(name.split()) < 2 or not role and (_after_place_word(context, at) or _ends_in_body_noun(name)):
                    continue
                if _GROUP_NOUN_AFTER.match(context, pos):
                    continue  # "assisted by British Red Cross volunteers": a body's name before its people, no one
                person = self._by_name(name, paragraph) or Person(name, role, None, paragraph)
                # (a rank is a title too: "Chief Constable John Roe"; an article is none: "the Falklands War")
                written = role or any(w[:1].isupper() for w in run[: max(run.find(name), 0)].split())
        if person is not None and not written and not person.role and not person.organisation:
            # "Chief Constable Jane Doe, who served in the Falklands War, is a staunch advocate ... He said:": a
            # name with no title after a titled subject is no likelier the speaker than the subject
            opening = self._titled_opening(context, paragraph)
            if opening is not None:
                return opening
        return person

    def _titled_opening(self, context: str, paragraph: int) -> Optional[Person]:
        """The person named with a title that the last sentence of ``context`` opens with, as its subject."""
        subject = _sentence_subject(_QUOTATION_OPENS.split(last_sentence(context)[1], maxsplit=1)[0])
        if subject is None or subject.reference is not None or not subject.name or len(subject.name.split()) < 2 \
                or not (subject.rank or subject.role and any(_is_role_word(w) for w in subject.role.split())):
            return None
        known = self._by_name(subject.name, paragraph)
        if known is not None and (known.role or known.organisation) and not subject.role:
            return known
        return Person(subject.name, subject.role, subject.organisation, paragraph)

    def _subject_before(self, paragraph: int, titled_only: bool = False) -> Optional[Person]:
        """The person a narration paragraph right before is about, when it opens with a title: in "In a
        video call, the Prime Minister offered ..." then "He went on to say:", he is the Prime Minister; after
        "Floods Minister Rory Stewart visited Hebden Bridge today.", he is Rory Stewart. With ``titled_only``, only
        a person named with a title ("Acme Trust chair Jane Doe welcomed the plan.")."""
        before = self.paragraph(paragraph - 1)
        if before is None or before.kind != "text":
            return None
        # (the sentence up to any quoted words: their commas are not the lead-in's, "In a video call, the Prime
        # Minister offered him “massive congratulations, ...”")
        sentence = _QUOTATION_OPENS.split(before.text.split(". ")[0], maxsplit=1)[0]
        subject = _sentence_subject(sentence)
        if subject is not None and subject.reference is None and subject.name and len(subject.name.split()) >= 2 \
                and subject.role and any(_is_role_word(w) for w in subject.role.split()) \
                and not opens_quotation(before.text):  # (a quote's words are no narration: '"A Supreme Court, ...')
            # "Education Secretary Gavin Williamson visited Bridgwater and Taunton College today to meet some of
            # the first T Level students." then "Speaking during the visit, he said:": the titled person the
            # sentence is about, not the last capitalised words in it
            known = self._by_name(subject.name, paragraph - 1)
            if known is not None and (known.role or not subject.role):
                return known
            # ("Our chief executive, Jane Doe, has welcomed ...": named bare after the title's comma, so the mention
            # of the name alone has no title)
            return Person(subject.name, subject.role, subject.organisation, paragraph - 1)
        if titled_only:
            return None
        if subject is not None and subject.reference is None and subject.name and not subject.role \
                and len(subject.name.split()) >= 2 and not _ends_in_body_noun(subject.name) \
                and not opens_quotation(before.text) and _then_a_verb(sentence, subject.name):
            # "Sir Alastair Morton announced today that he will hand over to Richard Bowker." then "He said:": the
            # person the sentence opens with, named without a title, not the last name in it
            return self._by_name(subject.name, paragraph - 1) or Person(subject.name, None, None, paragraph - 1)
        if subject is None or not subject.name and subject.reference is None:
            agent = self._passive_agent_in(sentence, paragraph - 1)
            if agent is not None:
                # "The Government’s commitment ... was championed today by the Chief Secretary Jane Roe as she
                # met staff ..." then "She commented:": the person who did it, not the thing or body it was done to
                return agent
        if subject is None or subject.reference != "role" or not subject.role:
            return None
        return self._by_role(subject.role, paragraph - 1) or self._only_person_before(subject.role, paragraph - 1)

    def _passive_agent_in(self, sentence: str, paragraph: int) -> Optional[Person]:
        """The person named with a title after "by" in a passive sentence ('... was championed today by the Chief
        Secretary Jane Roe as she met ...' -> Jane Roe, Chief Secretary); None when the agent is no titled
        person ('... was funded by the Big Lottery Fund', '... was opened by Jane Doe' named nowhere with a title)."""
        m = _PASSIVE_BY.search(sentence)
        if m is None:
            return None
        run = next(name_runs(sentence[m.end():]), None)
        if run is None or not sentence[m.end():].lstrip().startswith(run.split()[0]):
            return None
        for name, role in names_in_run(run)[:1]:
            known = self._by_name(name, paragraph)
            if known is not None and known.role:
                return known
            if len(name.split()) >= 2 and role and any(_is_role_word(w) for w in role.split()):
                return Person(name, role, None, paragraph)
        return None

    def _only_person_before(self, role: str, paragraph: int) -> Optional[Person]:
        """The holder of a title the narration gives without a name, when the release has named one person before
        and with no title of their own: "Jane Doe sets out ..." then "the Education Secretary argued ..." and
        "She told the conference:" is Jane Doe, Education Secretary. None when several people were named."""
        named = {m.name: m for m in self.mentions if m.paragraph <= paragraph and m.paragraph not in self.quoted
                 and m.name and len(m.name.split()) >= 2 and self._may_be_person(m)}
        if len(named) != 1:
            return None
        (person,) = named.values()
        # (named as a sentence's subject: "Jane Doe sets out ...", not "... presented by Jane Doe, who ...")
        if person.role or person.organisation or not self._opens_a_sentence(person):
            return None
        return Person(person.name, role, None, paragraph)

    def _opens_a_sentence(self, mention: Person) -> bool:
        """Whether a mention's name opens a sentence of its paragraph."""
        text = self._text_of(mention.paragraph)
        at = text.find(mention.name or "\x00")
        return at == 0 or at > 1 and text[at - 2] in ".!?" and text[at - 1] == " "

    def _may_be_person(self, mention: Person) -> bool:
        """Whether a mention with no title may be who "he" or "she" is: not a body ("Speaking at the Wellington
        Academy, he said ...": a name ending in a body's noun) nor a place after "at" or "in" ("talks in Lancaster
        House")."""
        if mention.role or mention.organisation or not mention.name:
            return True
        if _ends_in_body_noun(mention.name):
            return False
        text = self._text_of(mention.paragraph)
        at = text.find(mention.name)
        return at < 0 or not _after_place_word(text, at)

    def _reporter_before(self, paragraph: int, goes_on: bool = False) -> Optional[Person]:
        """The person the paragraph right before reports as saying something ('Environment minister, Trudy
        Harrison, said the creation of the reserve was “...”'), when that is not the last speaker: "She
        added:" goes on from them."""
        before = self.paragraph(paragraph - 1)
        if before is None or before.kind != "text" or before.text.rstrip().endswith(":"):
            return None
        # (a credit at the report's end, "..., says Professor Jane Doe.", tells who "she said" is, not who "he
        # added" is: that goes on from the last speaker)
        after = None if goes_on else _REPORTED_SPEECH_AFTER.search(before.text)
        subject = next(filter(None, (self._reported_by(before.text, m) for m in (
            _REPORTED_SPEECH.match(before.text), after))), None)
        if subject is None:
            return None
        if subject.name is None:
            # "Speaking in the Cabinet Room, the PM said he wanted ..." then "He said:": the office's holder, as
            # "The PM said:" would name them; not when the release names someone else with that title ("Indian Prime
            # Minister Jane Roe arrived in London today."), whom "the Prime Minister" may be
            person = self.resolve(subject, Attribution("reported-lead", before.text, subject, ""), paragraph - 1)
            named = person.name is not None and not (self.speakers and self.speakers[-1].name == person.name)
            return person if named and not self._title_held_by_another(subject.role, person, paragraph) else None
        if self.speakers and self.speakers[-1].name == subject.name:
            return None
        known = self._by_name(subject.name, paragraph - 1)
        if known is not None and (known.role or not subject.role):
            return known
        return Person(subject.name, subject.role, self._org(subject.role, subject.organisation), paragraph - 1)

    def _title_held_by_another(self, title: str, person: Person, paragraph: int) -> bool:
        """Whether someone other than ``person`` is named before ``paragraph`` with a title that holds ``title``
        ("Indian Prime Minister Jane Roe" for "the PM")."""
        office = office_of(title)
        wanted = [f" {fold(t)} " for t in (titles_of(office) if office else (title,))]
        return any(m.name != person.name and m.role and any(t in f" {fold(m.role)} " for t in wanted)
                   for m in self.mentions if m.paragraph < paragraph)

    @staticmethod
    def _reported_by(text: str, m: Optional[regex.Match]) -> Optional[Subject]:
        """The person named in full whom a report of speech credits (its opening subject, or its closing credit:
        '... less land for farming, says engineering pioneer, Professor Jane Doe.')."""
        # The person's own words must be in the sentence ('... said the reserve was “a haven”'): a report of
        # what someone told a court or what a review found is no one going on speaking.
        if m is None or _DESCRIBED_OPENING.match(m.group("who")):
            return None
        # (a dump may have lost the marks: "X, Area Director, said teams were ..." is X speaking too, but not
        # what X told someone: "X told the court he had ...")
        if not any(mark in text for mark in "“\"") and m.group("verb") == "told":
            return None
        who = m.group("who")
        head, comma, rest = who.partition(", ")
        if comma and _OFFICE_TOLD_OF.match(rest) and reads_as_lead_in(head.strip()):
            who = rest  # "Speaking in the Cabinet Room, the PM": the lead-in clause is no part of the subject
        subject = parse_subject(who)
        if subject is not None and subject.reference == "role" and subject.role and _OFFICE_TOLD_OF.match(who):
            return subject  # "the PM said he wanted ...": an office told of by title
        if subject is None or not subject.name or len(subject.name.split()) < 2:
            return None
        return subject

    def resolve(self, subject: Subject, att: Attribution, paragraph: int) -> Person:
        """Who the subject of an attribution is, carrying over what the release said before."""
        role, org, name = subject.role, subject.organisation, subject.name
        if subject.reference == "pronoun":
            person = self._named_in_context(att.context, paragraph) if att.context else None
            if person is None:
                # "One of those diagnosed is Jean, 69, from Doncaster. She said:": someone introduced by first
                # name and age, in the same paragraph or the one before
                before = self.paragraph(paragraph - 1)
                if before is not None and (before.kind != "text" or opens_quotation(before.text)):
                    before = None  # (a quote's words are no introduction)
                first = _introduced_by_age(att.context) or (_introduced_by_age(before.text) if before else None)
                if first is not None:
                    person = self._by_name(first, paragraph) or Person(first, None, None, paragraph)
            goes_on = _GOES_ON_VERB.search(att.text) is not None
            if person is None:
                person = self._reporter_before(paragraph, goes_on)  # "X said the plan ... “...”" / "She added:"
            if person is None and not goes_on:
                # "Council leader Jane Doe welcomed the plan." then "She said:": the titled person the narration
                # right before is about, rather than the last speaker (whom "She added:" goes on from)
                person = self._subject_before(paragraph, titled_only=True)
            if person is None and self.speakers:
                person = self.speakers[-1]
            if person is None:
                person = self._subject_before(paragraph)
            if person is None:
                # (not in a quotation's words: "“A Supreme Court, housed in its own building, ...”")
                earlier = [m for m in self.mentions if m.paragraph < paragraph and m.paragraph not in self.quoted
                           and self._may_be_person(m)]
                person = earlier[-1] if earlier else None
            if person is not None and person.name and not person.role and not person.organisation:
                # "The Health Secretary Jane Doe will today ..." then "Addressing the conference, Jane Doe will
                # say ..." then "He will say:": the bare mention is the same person the release titled before
                person = self._by_name(person.name, paragraph) or person
            if person is not None and person.name and not person.role and not person.organisation:
                # "... the Schools Minister set out her plans. In her letter she wrote:" for Jane Roe named bare;
                # or a great office its holder on the day is told of by title ("the Prime Minister stated ...")
                held = self._title_told_of(person, att.context, paragraph) \
                    or office_held(person.name, self.doc.date, self.texts)
                person = Person(person.name, held, None, person.paragraph) if held else person
            if person is not None:
                role, org = person.role, person.organisation
                if role and not org:
                    role, org = split_role_org(role)  # "Environment Agency Enforcement Team Leader", said earlier
                return Person(person.name, role, self._org(role, org, member=person.name), paragraph)
            return Person(None, None, None, paragraph)
        if subject.reference == "role" and role:
            person = self._by_role(role, paragraph, att.context)
            member = self._one_member_of(org, paragraph) if person is None and org and role.startswith(org) else None
            if member is not None:
                # "Acme Party MLA Jane Doe has welcomed ..." then "The Acme Party spokesperson for health said:": the
                # one member of that body the release names holds the body's post
                return Person(member.name, role, self._org(role, org), paragraph)
            if person is not None and person.role and names_another_country(person.role):
                # "Economic Secretary Jane Roe met the French Finance Minister ...", then "The Minister said:": in a
                # UK release, the UK's minister
                person = self._one_minister_before(role, paragraph, att.context) or person
            if person is not None:
                # The office as written here when it is the same office ("Policing Minister" for
                # "Minister for Policing"); the fuller title when this one is bare ("the Minister").
                same_office = person.role is not None and role_key(person.role) == role_key(role)
                held = role if same_office else person.role or role
                party = split_party(held)  # "Sinn Féin MLA" named before: an MLA, the party's
                if party is not None and not person.organisation:
                    return Person(person.name, party[0], self._org(party[0], party[1]), paragraph)
                return Person(person.name, held,
                              person.organisation or self._org(person.role, org, member=person.name), paragraph)
            last = self.speakers[-1] if self.speakers else None
            if last is not None and self._untitled_goes_on(last, role, att, paragraph):
                # "Vaughan Gething said: ..." then "The Health Secretary added:": the same speaker, whose
                # title this tells
                return Person(last.name, role, last.organisation or self._org(role, org), paragraph)
            org = self._org(role, org)
            # A great office the release never names the holder of: the holder on the release date.
            holder = None if _told_of_another_time(att.text, self.doc.date) else \
                office_holder(role, org, self.doc.date, self.texts)
            if holder is None and self._linked_holder(role):
                # "The minister said:" in a document the publisher linked to one person and their one office
                holder = self.doc.people[0]
                org = org or self._org(self.doc.roles[0], None)
            minister = self._one_minister_before(role, paragraph, att.context) if holder is None else None
            if minister is not None:
                return Person(minister.name, minister.role, self._org(minister.role, minister.organisation),
                              paragraph)
            return Person(holder, role, org, paragraph)
        if name and (subject.reference in ("surname", "given") or not role):
            person = self._by_name(name, paragraph) or self._named_in_title(subject)
            if person is not None:
                shortened = person.name is not None and _shortened(name.casefold(), person.name.casefold())
                full = person.name if subject.reference in ("surname", "given") or shortened else name
                if role and role == subject.rank and person.role and person.role != role:
                    role = None  # "Air Marshal Sampson said:": a rank; the post was given when he was named
                if not role and person.role and not org and not person.organisation:
                    role, org = split_role_org(person.role)  # "Chief Executive of Acme Trust", said earlier
                role = role or person.role
                org = org or person.organisation
                if not role and not org:
                    role = office_held(full, self.doc.date, self.texts)  # a great office told of by title
                role = role or (None if org else self._member_post(att, full)) or _office_style(subject)
                # (the holders' table knows "Lord Cameron" as the "David Cameron" named earlier)
                return Person(full, role, self._org(role, org, person.name or full), paragraph)
            holder = self._holder_by_surname(name, att, paragraph) \
                if subject.reference == "surname" and not role and not org else None
            if holder is not None:
                return holder  # "The First Minister has confirmed ..." then "Ms Sturgeon said:"
            if subject.reference == "surname" and not subject.honorific and not role and len(name.split()) == 1:
                body = self._body_named(name)
                if body is not None:
                    return Person(None, None, self._org(None, body), paragraph)  # "Shelter said:": a body
        if name and not role and len(self.doc.roles) == 1 and [p.casefold() for p in self.doc.people] == [name.casefold()]:
            role = self.doc.roles[0]  # the one person and the one role the publisher linked to the release
        if name and not role and not org:
            # "The Home Secretary has urged ..." then "Theresa May said:": a great office its holder on the day
            # is told of by title
            role = office_held(name, self.doc.date, self.texts)
        if name and not role and not org:
            role = self._member_post(att, name)
        role = role or (_office_style(subject) if name else None)
        if subject.unnamed and not name and names_a_relation(role):
            role = None  # "The family of John Smith said:": a relation, no post
        if name and role and not org:
            role, org = self._body_closing_title(role)
        return Person(name, role, self._org(role, org, name), paragraph)

    def _body_closing_title(self, role: str) -> tuple[str, Optional[str]]:
        """'Commercial Director Acme Point' -> ('Commercial Director', 'Acme Point'): capitalised words written
        straight after a title, with no "of" or comma between, are the body it is held at when the release names
        that body elsewhere too ("Acme Point has been awarded a contract ..."); not the title's own area, nation or
        place ("Managing Director UK and Ireland", "Director Operations")."""
        words = role.split()
        last = max((k for k, w in enumerate(words) if _is_role_word(w)), default=None)
        body = words[last + 1:] if last is not None else []
        # (the title ends in a head word, with no preposition in it: not "Minister for the Cabinet Office", "Chief
        # Coastguard")
        if last is None or words[last].casefold() not in _TITLE_HEAD_WORDS \
                or any(w in _ROLE_PREPOSITIONS for w in words[:last]) \
                or len(body) == 1 and not body[0].isupper():
            return role, None
        if not body or len(body) > 5 or not all(w[:1].isupper() or w == "&" for w in body) \
                or any(_is_role_word(w) or w in NATION_NAME_ENDS or w.casefold() in NATIONAL_QUALIFIERS for w in body) \
                or all(w.casefold() in AREA_WORDS or w.casefold() in COMPASS_WORDS for w in body):
            return role, None
        name = " ".join(body)
        if sum(text.count(name) for text in self.texts) < 2:
            return role, None
        if not (has_org_keyword(name) or any(len(w) > 1 and w.isupper() for w in body)
                or body[-1].strip(".").casefold() in _COMPANY_ENDINGS):
            return role, None  # "Regional Director East Midlands", "Project Director Old Oak Common": an area, a site
        return " ".join(words[:last + 1]), name

    def _holder_by_surname(self, surname: str, att: Attribution, paragraph: int) -> Optional[Person]:
        """The holder on the release's date of a great office, or of a devolved First Minister's, whose title the
        release writes and whose surname this is, when the release names no one else of that surname: 'The
        First Minister has confirmed ...' then 'Ms Sturgeon said:' in the Scottish Government's release of 28 May
        2020 -> Nicola Sturgeon, First Minister, Scottish Government."""
        if _told_of_another_time(att.text, self.doc.date) or not is_government_publisher(self.doc.publisher,
                                                                                          self.doc.date):
            return None  # ("Mr Johnson said:" in a council's release that mentions "the Prime Minister's speech")
        for title in titles_written(self.texts):
            org = self._org(title, None)
            holder = office_holder(title, org, self.doc.date, self.texts)
            if holder is not None and holder.split()[-1].casefold() == surname.casefold():
                return Person(holder, title, org, paragraph)
        return None

    def _title_told_of(self, person: Person, context: str, paragraph: int) -> Optional[str]:
        """The title the sentence before a pronoun's attribution gives its subject without a name, when the person
        the pronoun is has no title and is the one person the release names as a sentence's subject: "Jane Roe has
        invited head teachers ..." then "... In her letter, the Schools Minister set out her plans. In her letter she
        wrote:" -> 'Schools Minister'; None when the release names someone else with that title."""
        sentence = _QUOTATION_OPENS.split(last_sentence(context)[1], maxsplit=1)[0] if context else ""
        if not sentence:
            return None
        subject = _sentence_subject(sentence)
        if subject is None or subject.reference != "role" or not subject.role \
                or self._by_role(subject.role, paragraph, context) is not None:
            return None
        only = self._only_person_before(subject.role, paragraph)
        return subject.role if only is not None and only.name == person.name else None

    def _member_post(self, att: Attribution, name: str) -> Optional[str]:
        """The elected member's letters after the name in a party's own release, where the member speaks for the
        party ("Sinéad Ennis MLA said:" in Sinn Féin's release: an MLA); None in any other release (there "Greg
        Clark MP" is a courtesy, no role)."""
        return representative_mark(att.text, name) if party_key(self.doc.publisher) else None

    def _body_named(self, word: str) -> Optional[str]:
        """'Shelter' in 'Shelter said:', where the release names Shelter as a body: the body of someone quoted
        or named before ('Polly Neate, Chief Executive of Shelter'), or a word a body's kind stands before ('the
        housing charity Shelter'), a body known by a short name ('Ofcom'), or a word with a title of its own
        ('Google’s chief executive'); None for a word the release names no body by ('Parents', 'Residents')."""
        for person in [*self.speakers, *self._mentions_of(word.casefold())]:
            org = person.organisation or (split_role_org(person.role)[1] if person.role else None)
            if _same_body(org, word):
                return word
        if word in SHORT_NAMED_BODIES or word in self.definitions:
            return word  # "Ofcom said:", "Ofsted said:": a body known by that short name
        kind = regex.compile(rf"\b(?:{_BODY_KINDS})\s+(?:the\s+)?{regex.escape(word)}\b")
        if any(kind.search(text) for text in self.texts):
            return word
        # "Google’s chief executive", "Acme’s Group Director for Safety": a word whose title someone holds
        owned = regex.compile(rf"\b{regex.escape(word)}['’]s\s+((?:[\p{{L}}-]+\s+){{0,2}}[\p{{L}}-]+)")
        return word if any(_titled(m.group(1)) for text in self.texts for m in owned.finditer(text)) else None

    def introduced_as_person(self, name: Optional[str], before: int) -> bool:
        """Whether a paragraph before ``before`` introduced someone by this first name and an age ('Amir, 22,
        from Birmingham, found a job ...') or a description of one person ('Karen – a volunteer at a local
        charity – became the first ...'): then 'Amir said:' is that person, not a group like 'Parents said:'."""
        return bool(name) and any(name in _all_introduced_by_age(p.text) or name in _all_introduced_described(p.text)
                                  for p in self.doc.paragraphs if p.index < before and p.kind == "text")

    def _linked_holder(self, role: str) -> bool:
        """Whether the one person the publisher linked to the release holds the office referred to: one person
        and one government office linked, whose title has every word of the reference ('the minister' and
        'Minister for Industry'), and no one else named in the release with that office."""
        if len(self.doc.people) != 1 or len(self.doc.roles) != 1 or not is_government_role(self.doc.roles[0]):
            return False
        linked = {w.casefold() for w in self.doc.roles[0].split()}
        words = [w.casefold() for w in role.split() if w.casefold() != "the"]
        return bool(words) and all(w in linked for w in words)

    def _untitled_goes_on(self, last: Person, role: str, att: Attribution, att_paragraph: int) -> bool:
        """A government office of two words or more that goes on ('The Health Secretary added:') right after a
        speaker introduced by bare name ('Vaughan Gething said:', no title, no description: not a case study's
        'Jane Smith, who cares for her mother, said:'), when the release names no one else with that title."""
        if not last.name or last.role or last.organisation or len(last.name.split()) < 2 \
                or not _GOES_ON_SPEAKING.search(att.text) or len(role.split()) < 2 or not is_government_role(role):
            return False
        line = self._text_of(last.paragraph)
        if "," in line or " who " in line or not line.lstrip().startswith(last.name):
            return False
        # Not when the release shows them apart: the title held by someone the release tells of ("The Health
        # Secretary opened a new centre ..."), the speaker met in the narration before ("... run by Tom Jones"),
        # or the office's words naming the speaker ("Patients like Marigold ...").
        title = regex.compile(rf"(?i)\b{regex.escape(role.removeprefix('the ').removeprefix('The '))}\b")
        names = words_pattern(last.name.split())
        for p in self.doc.paragraphs:
            if p.index == last.paragraph or p.index >= att_paragraph:
                continue
            if title.search(p.text) or p.index < last.paragraph and names is not None and names.search(p.text):
                return False
        return True

    def _org(self, role: Optional[str], org: Optional[str], name: Optional[str] = None,
             member: Optional[str] = None) -> Optional[str]:
        # The same person is often quoted several times in a release: resolve each (role, org) once; the name
        # tells another country's holder of a great office's title ("Chancellor Scholz"), and a devolved minister
        # by the legislature's letters the release writes after it ("Jane Doe MSP"; ``member``: a person the
        # release named before, whose name tells only that)
        member = member or name
        key = (role, org, name if another_countrys_holder(role, name, self.doc.date) or names_devolved_head(role)
               else None,
               member if may_sit_devolved(role) else None)
        if key not in self._orgs:
            self._orgs[key] = resolve_organisation(role, org, self.doc.date, self.definitions, self.texts,
                                                   self.doc.publisher, key[2], key[3])
        return self._orgs[key]


def _is_seat_member(role: str) -> bool:
    """'South Antrim MLA', 'Bath MP', 'DUP Mid Ulster MLA': an elected member by constituency (capitalised words
    of a place before the member's letters, after any party); not 'Sinn Féin MLA', 'Shadow Health Minister MP'
    nor 'local MLA'."""
    party = split_party(role)
    words = (party[0] if party else role).split()
    place = words[:-1]
    return len(words) >= 2 and words[-1] in MEMBER_LETTERS and len(place) <= 5 and place[0][:1].isupper() \
        and all(w[:1].isupper() and not _is_role_word(w) or w == "and" for w in place)


_DEVOLVED_GREAT_TITLES = frozenset(title for title, _ in DEVOLVED_TITLES)


def _great_office(role: str) -> bool:
    """'Chancellor', 'the Prime Minister', 'First Minister': a great office, or a devolved government's head, which
    a release refers to by its own title."""
    title = " ".join(role.casefold().split()).removeprefix("the ")
    return office_of(role) is not None or title in _DEVOLVED_GREAT_TITLES


# A minister's title ("Security Minister Dan Jarvis", "Minister for Crime, Policing and Fire Diana Johnson", "Economic
# Secretary Jane Roe"), not the Prime Minister's.
_MINISTER_TITLED = regex.compile(r"(?<!Prime )\b(?:Minister|Secretary)\b")
_MEMBER_STYLES = frozenset({"councillor", "cllr"})  # "Councillor Jane Doe, Leader of Anytown Council"
_DEPARTMENT_MINISTER = regex.compile(r"^(?:\S+\s+){1,3}minister$")  # "foreign office minister"


def _same_body(a: Optional[str], b: Optional[str]) -> bool:
    """'the Wales Office' and 'Wales Office', 'HM Revenue & Customs' and 'HM Revenue and Customs': one body."""
    def key(name: Optional[str]) -> str:
        return " ".join((name or "").casefold().replace("&", "and").removeprefix("the ").split())
    return bool(a) and key(a) == key(b)


_BODY_KINDS = "|".join(sorted(BODY_KIND_NOUNS))  # a body's kind before its name ("the housing charity Shelter")
_LOWER_TITLE_BEFORE = regex.compile(
    r"(?:^|(?<=\s))(?P<body>\p{Lu}[\p{L}'’&-]*(?:\s+(?:\p{Lu}[\p{L}'’&-]*|of|and|for|the)){0,5}?)(?:['’]s)?\s+"
    # (a governing organ's member: "Midlands Connect board member Cllr Jane Doe")
    rf"(?P<role>(?:(?:{'|'.join(MEMBERS_ORGANS)})\s+(?=members?\b))?"
    rf"(?:(?:{'|'.join(sorted(ROLE_MODIFIERS))})\s+){{0,3}}(?:{'|'.join(sorted(ROLE_WORDS))}))"
    r"(?P<comma>,)?\s+$")
_NOT_BODY_OPENERS = frozenset({"The", "A", "An", "Its", "Their", "Our", "His", "Her", "This", "That"})


def _names_body_before_title(words: str) -> bool:
    """'UFU', 'Acme Union' before "president, Jane Doe": a body's initials or name, not a portfolio's subject
    ('Environment') or a kind of body alone."""
    parts = words.split()
    return bool(parts) and not all(w.casefold() in AREA_WORDS for w in parts) \
        and (any(w.isupper() and len(w) > 1 for w in parts) or _is_body_name(words))


def _sentence_subject(sentence: str) -> Optional[Subject]:
    """Who a sentence of narration opens with, read after its lead-in and up to its verb."""
    return parse_subject(leading_subject(strip_lead_in(_through_subject(sentence))))


def _named_body(words: str) -> Optional[str]:
    """The body in capitalised words before a title: 'Network Rail'; not 'Yesterday', 'The', nor a word
    describing the person ('Outstanding' in "Outstanding headteacher Jane Doe")."""
    parts = words.split()
    while parts and (parts[0] in _NOT_BODY_OPENERS or parts[0].casefold() in PERSON_ADJECTIVES):
        parts = parts[1:]
    if not parts or len(parts) == 1 and (parts[0] in LEAD_IN_WORDS or parts[0] in NOT_FIRST_NAMES
                                          or parts[0] in _DATE_WORDS):
        return None
    if parts[-1].endswith(("s’", "s'")):
        parts[-1] = parts[-1][:-1]  # "the Police Federation of England and Wales’ chair": the body, not its mark
    return " ".join(parts)


_COMPANY_ENDINGS = frozenset({"ltd", "limited", "plc", "llp", "group", "inc", "uk"})
# The head words of titles a body's name may follow straight ("Commercial Director Acme Point").
_TITLE_HEAD_WORDS = STAFF_TITLE_WORDS | {title.split()[-1] for title in BODY_HEAD_TITLES}
_STYLE_OFFICES = frozenset({"Councillor", "Cllr", "Cllr."})
# Verbs of a speaker going on: "She added:", "He continued:", "He concluded:".
_GOES_ON_VERB = regex.compile(r"\b(?:added|adds|adding|continued|continues|concluded|concludes|went on)\b")
_CONTACT_DETAIL = regex.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\+?\d[\d ()-]{6,}\d")


def _contact_details_only(text: str) -> bool:
    """A line of telephone numbers, e-mail addresses or web addresses, with a few words at most ('07700 900 123 /
    jane.doe@acme.org.uk', 'Out of hours 07700 900 456'): a contact, never words spoken."""
    if not is_contact_line(text) or _CONTACT_DETAIL.search(text) is None or _QUOTATION_OPENS.search(text) \
            or text.rstrip()[-1:] in ".!?”’\"":
        return False  # (words in marks, or a sentence, are spoken: "“Please call 0800 123 4567 today.”")
    return len(regex.findall(r"\p{L}{2,}", _CONTACT_DETAIL.sub(" ", text))) <= 3


_LESSER_BEFORE = regex.compile(r"\b(deputy|vice|shadow|former|junior)\s+$")
_LESSER_OFFICE = regex.compile(r"\b(?:deputy|vice|shadow|former|junior|assistant)[ -]\x00")
_SECRETARY_OF_STATE = frozenset({"secretary of state", "the secretary of state"})
# "<Subject> Secretary": a Secretary of State by the subject of the department (not a permanent, private,
# parliamentary or shadow secretary, nor a union's general secretary)
_SUBJECT_SECRETARY = regex.compile(
    r"^(?:the\s+)?(?:(?!(?:permanent|private|parliamentary|general|shadow|press|principal|cabinet|under|assistant"
    r"|deputy|company|joint|honorary|branch|national|economic|financial|exchequer|chief|executive|union)\b)"
    r"[\w,'’&-]+\s+)+secretary$")


# A passive verb and "by" before its agent: "was championed today by (the Chief Secretary ...)", "has been opened
# by", "were welcomed yesterday by"
_PASSIVE_BY = regex.compile(r"\b" + passive_by(time=True) + r"(?:the\s+)?(?=\p{Lu})")


def _through_subject(sentence: str) -> str:
    """A narration sentence up to the end of the subject after its lead-in clause: "After arriving in Leeds, the
    PM went straight into talks with the Mayor of Leeds, Jane Doe, and ..." -> "After arriving in Leeds, the PM"
    (the commas after the verb are the object's, not the lead-in's). Unchanged when no subject follows the first
    comma ("Jane Doe, Chief Executive of Acme, visited ...")."""
    head, comma, rest = sentence.partition(", ")
    if not comma or not reads_as_lead_in(head.strip()):
        return sentence
    subject = leading_subject(rest)
    return f"{head}, {subject}" if subject and len(subject) < len(rest.rstrip(" .")) else sentence


def _name_before_comma(run: str) -> list[tuple[str, Optional[str]]]:
    """The person a run opens with when no title is read after it: 'Phil Hope MP, Parliamentary Under-Secretary
    of State' -> [('Phil Hope', None)]."""
    sp = split_name(run.split(",")[0])
    return [(sp.name, _clean_role(sp.prefix) or None)] if sp and not sp.suffix else []


# A title written right before a name, then what sets the name off from it (a pattern): its initials in brackets
# ("Her Majesty’s Chief Inspector (HMCI) Sir John Roe") or a dash ("the Chief Secretary to the Treasury –
# the Rt Hon Jane Roe – outlined today ...").
_TITLE_THEN = r"(?P<title>\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|to|the|and|&)){0,8})\s+"
_INITIALS_SEPARATOR = r"\(\p{Lu}[\p{Lu}\p{Ll}&]{1,9}\)"
_DASH_SEPARATOR = r"[–—-]"
_DASH_AFTER = regex.compile(r"\s+[–—-]\s")


_TITLE_WORDS_BEFORE = "|".join(regex.escape(w) for w in sorted(
    {w.capitalize() for w in ROLE_WORDS if w.isalpha()} | set(PERSONAL_HONORIFICS), key=len, reverse=True))


@lru_cache(maxsize=1024)
def _titled_surname(name: str) -> regex.Pattern:
    """The surname of ``name`` after a capitalised title or an honorific ('Minister Poots', 'Mr Poots'): the
    person named in full in the release's title, named again in its text."""
    surname = regex.escape(name.split()[-1])
    return regex.compile(rf"\b(?:{_TITLE_WORDS_BEFORE})\.?\s+{surname}\b(?![\p{{L}}'’-])")


@lru_cache(maxsize=None)
def _title_then(separator: str) -> regex.Pattern:
    """The pattern of a title, then ``separator``, at the end of the text before a name."""
    return regex.compile(_TITLE_THEN + separator + r"\s+$")


def _title_before(text: str, at: int, separator: str, ends_in_title: bool = False) -> Optional[str]:
    """The title written in the 120 characters before a name at ``at``, set off from it by ``separator``: 'Her
    Majesty’s Chief Inspector (HMCI) Sir John Roe' -> 'Her Majesty’s Chief Inspector' with the initials'
    separator; None unless one of its words is a title's (``ends_in_title``: its last word, so that a body's name
    is none: 'The Internet Watch Foundation (IWF) Chief Executive ...')."""
    m = _title_then(separator).search(text, max(0, at - 120), at)
    words = m.group("title").split() if m else []
    if not words or not (_is_role_word(words[-1]) if ends_in_title else any(_is_role_word(w) for w in words)):
        return None
    return _role_written_before(_clean_role(m.group("title")))


def _title_before_dash(text: str, at: int, run: str) -> Optional[str]:
    """The title a person's name is set off from by dashes: "the Chief Secretary to the Treasury – the Rt Hon Jane
    Roe – outlined today ..." -> 'Chief Secretary to the Treasury' for the run 'the Rt Hon Jane Roe' at ``at``;
    None unless the dashes close around the name alone (with its style), after words holding a title ("... in
    Kent and Medway – Jane Roe, a parent –" names no title)."""
    if not _DASH_AFTER.match(text, at + len(run)):
        return None
    person = split_name(run)
    if person is None or person.prefix not in ("", "the", "The"):
        return None
    return _title_before(text, at, _DASH_SEPARATOR)


def _titled(words: str) -> bool:
    """Whether words after a possessive are a title: 'chief executive', 'Group Director for'; not 'new plan'."""
    return any(_is_role_word(w) for w in words.split())


def _after_place_word(text: str, at: int) -> bool:
    """Whether the words at ``at`` follow a word that leads to a place ('visited Hebden Bridge', 'in Leeds', 'at the
    Wellington Academy')."""
    before = text[max(0, at - 30):at].split()
    if before and before[-1] == "the":
        before = before[:-1]
    return bool(before) and before[-1] in PLACE_LEADS


def _then_a_verb(sentence: str, name: str) -> bool:
    """Whether the sentence opens with the name, after any lead-in, and a word in lower case follows it: 'Sir Jane
    Doe announced today ...' (not 'Jane Doe, Chief Executive of ...', nor 'Jane Doe and John Roe ...')."""
    at = sentence.find(name)
    if at < 0:
        return False
    words = sentence[:at].split()
    while words and words[-1] in _TITLE_TOKENS:
        words.pop()  # "Sir", "Dr" before the name are part of how it is written
    lead_in = " ".join(words).strip(" ,")
    rest = sentence[at + len(name):].split(None, 1)
    return (not lead_in or reads_as_lead_in(lead_in)) and bool(rest) and rest[0][:1].islower() \
        and rest[0] not in ("and", "or", "of", "from", "at")


def _ends_in_body_noun(name: str) -> bool:
    """Whether a name ends in a body's noun ('Wellington Academy', 'Acme Trust'), which no surname is."""
    return name.split()[-1] in BODY_NAME_WORDS


def _office_style(subject: Subject) -> Optional[str]:
    """A style that is also an office ('Mayor Andy Burnham', 'Bishop John Smith', 'Cllr Anne Forde'), taken off the
    name: the role when neither the line nor the release gives another."""
    return _style_as_office(subject.honorific)


def _introduced_by_age(text: str) -> Optional[str]:
    """The first person a text introduces by first name and age ('... is Jean, 69, from Doncaster.')."""
    found = _all_introduced_by_age(text)
    return found[0] if found else None


def _all_introduced_by_age(text: str) -> list[str]:
    """Everyone a text introduces by first name and age, in order."""
    return [m.group("name") for m in _NAMED_WITH_AGE.finditer(text or "")
            if m.group("name") not in NOT_FIRST_NAMES and m.group("name") not in LEAD_IN_WORDS
            and not _OBJECT_BEFORE.search(text, 0, m.start())]


def _all_introduced_described(text: str) -> list[str]:
    """Everyone a text introduces by a name and, set off by a comma or a dash, a description whose head is a
    person's noun ('Karen – a volunteer at a local charity – became ...', 'Tom, a keen cyclist, ...'); not a body
    or a place described ('Acme, a local charity', 'Leeds, a city of ...'), nor someone met along the way."""
    return [m.group("name") for m in _NAMED_WITH_DESCRIPTION.finditer(text)
            if m.group("head") in PERSON_NOUNS and m.group("name") not in NOT_FIRST_NAMES
            and m.group("name") not in LEAD_IN_WORDS and not _OBJECT_BEFORE.search(text, 0, m.start())]


# A name, then a description set off by a comma or a dash, up to its head noun: the word before a preposition or
# the description's end ("Karen – a volunteer at ...", "Tom, a keen cyclist,").
_NAMED_WITH_DESCRIPTION = regex.compile(
    r"\b(?P<name>\p{Lu}\p{Ll}{2,})(?:,|\s[–—-])\s+(?:a|an)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(?P<head>\p{Ll}[\p{Ll}-]*)"
    r"(?=\s+(?:at|of|in|from|with|for|on|who|based|and)\b|\s*[,;.–—]|\s-\s)")

# Someone introduced by first name and age ("... is Jean, 69, from Doncaster", "NHS nurse Sarah, 34, ..."), not
# met or named along the way ("she met patients including Margaret, 81", "whose wife Jane, 50").
_NAMED_WITH_AGE = regex.compile(r"\b(?P<name>\p{Lu}\p{Ll}{2,}),\s+(?:aged\s+)?\d{1,3},(?!\d)")
_OBJECT_BEFORE = regex.compile(r"\b(?:including|like|met|meeting|with|and|from|where|such as|(?:her|his|their|whose|our"
                               r"|my)\s+(?:\p{Ll}+\s+)?(?:wife|husband|son|daughter|mother|father|partner|friend"
                               r"|colleague|teammates?|sister|brother))\s+(?:\p{Ll}+\s+){0,2}$")


def _told_of_another_time(line: str, date) -> bool:
    """'Speaking at the signing in 1998, the Prime Minister said:', 'the then Prime Minister': words from
    another time than the release's, whose office holder may be someone else."""
    if _THEN.search(line):
        return True
    # "at the signing in 1998", "Speaking at the 2012 Olympics", "In a 2015 speech"
    return date is not None and any(int(y) < date.year for rx in (_YEAR, _YEAR_OF_EVENT) for y in rx.findall(line))


_YEAR_OF_EVENT = regex.compile(r"(?i:\b(?:at|in|during|after|following|ahead of|before)\s+(?:the|a|an|his|her|their))\s+"
                            r"(1[89]\d\d|20\d\d)\s+(?:\p{Lu}\p{L}+|speech|election"
                            r"|conference|summit|visit|interview|address|statement|debate|campaign|games|referendum)\b")
_THEN = regex.compile(r"(?i)\b(?:the then|then-|at the time)\b")
# a year as the time of the words ("at the signing in 1998", "back in May 2019"), not a thing's ("the 2024 figures")
_YEAR = regex.compile(r"\b(?:in|during|since|of|from)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May"
                      r"|June|July|August|September|October|November|December)\s+)?(1[89]\d\d|20\d\d)\b(?!\s*-)")
_GOES_ON_SPEAKING = regex.compile(r"\b(?:added|adds|continued|continues|went on)\b")
_DESCRIBED_OPENING = regex.compile(r"^(?:A|An|The)\s+\p{Ll}")  # "A review led by Professor John Smith"
# An office told of by its title alone, as a report of speech's subject: "the PM", "the Prime Minister", "the Foreign
# Secretary", "the Minister for Schools" (not "the report", "the council").
_OFFICE_TOLD_OF = regex.compile(rf"^[Tt]he {OFFICE_TITLE}$")
# "Environment minister, Trudy Harrison, said the creation ...": a sentence opening with a person who says
# something, reported in the press office's words.
_REPORTED_SPEECH = regex.compile(
    r"^(?P<who>\p{Lu}[^.;:“”\"]{3,200}?)\s+(?P<verb>said|says|added|told|explained|warned|stressed|insisted)\s+(?!:)"
    r"(?=\p{L}|“|\")")
# Reported speech credited at its end: "... a reduction in farm inputs, says genetic engineering pioneer, Professor
# Jane Doe."
_REPORTED_SPEECH_AFTER = regex.compile(
    r",\s+(?P<verb>says|said)\s+"
    r"(?P<who>(?:[\p{Ll}-]+,?\s+){0,4}?(?:\p{Lu}[\p{L}'’-]*,?\s+){0,6}\p{Lu}[\p{L}'’-]+)\.$")


def _unwrap(text: str) -> str:
    """Drop the quotation marks that wrap a quoted paragraph.

    The opening mark at the start goes; the mark at the end goes when it
    closes the quotation the paragraph belongs to, not one inside it
    ("... called it ‘a game changer’" keeps its marks). Single marks are told
    from apostrophes ("we’re", "Dad's") by where they stand. Nothing inside
    the paragraph is edited: "“... today”." gives "... today”." (the
    published text stays as written but for its very first and last mark).
    """
    t = text.strip()
    opened = t[:1] in OPEN and len(t) > 1 and not _closes_inside(t)
    if opened:
        t = t[1:]
    if t[-1:] in CLOSE and len(t) > 1 and _closes_outer(t):
        t = t[:-1]
    return t.strip()


_IN_WORD_APOSTROPHE = regex.compile(r"(?<=\p{L})[’'](?=\p{L})")
_SINGLE_OPENING = regex.compile(r"(?:^|(?<=[\s(\[“\"—–-]))[‘']")
_SINGLE_CLOSING = regex.compile(r"[’'](?=$|[\s,.;:!?)\]”\"…—–-])")


_AFTER_CLOSING = " .,;:!?…"


def _closes_inside(t: str) -> bool:
    """Whether the mark opening ``t`` is closed before the paragraph's end, with more words after it: the
    paragraph opens with a quoted phrase ("‘Never again’ is a solemn promise ..."), not with its own
    quotation, so the mark stays."""
    first, rest = t[0], t[1:]
    if first == "“":
        end = curly_quotation_end(t)
        return end is not None and t[end + 1:].strip(_AFTER_CLOSING) != ""
    if first == '"':
        k = rest.find('"')
        return k >= 0 and rest[k + 1:].strip(_AFTER_CLOSING) != ""
    m = _SINGLE_CLOSING.search(_IN_WORD_APOSTROPHE.sub("x", rest))
    return m is not None and rest[m.end():].strip(_AFTER_CLOSING) != ""


def _closes_outer(t: str) -> bool:
    """Whether the mark ending ``t`` has no partner inside ``t`` (so it closes an outer quotation)."""
    last, body = t[-1], t[:-1]
    if last == "”":
        return body.count("“") <= body.count("”")
    if last == '"':
        return body.count('"') % 2 == 0
    bare = _IN_WORD_APOSTROPHE.sub("", body)
    return len(_SINGLE_OPENING.findall(bare)) <= len(_SINGLE_CLOSING.findall(bare))


@lru_cache(maxsize=1024)
def _initials(name: str) -> tuple[str, ...]:
    """'Driving Standards Agency' -> ('Driving Standards Agency', 'DSA'); 'Department for Transport' -> (..., 'DfT', 'DFT');
    a name with 'and' is also written with '&' ('Foreign, Commonwealth & Development Office', as GOV.UK writes it).

    Kept for the publishers and bodies seen (a speed-up only: every quote asks for its publisher's)."""
    words = [w for w in _SPACES_COMMAS.split(name) if w]
    if len(words) < 2:
        return (name,)
    upper = "".join(w[0] for w in words if w[:1].isupper())
    mixed = "".join(w[0] if w[:1].isupper() else w[0].lower() for w in words if w.casefold() not in ("the", "and", "of"))
    # A word in capitals stays whole: 'UK Health Security Agency' -> 'UKHSA', 'HM Revenue and Customs' -> 'HMRC'.
    whole = whole_word_initials(w for w in words if w[:1].isupper())
    out = [name]
    for form in (name.replace(" and ", " & "), upper, mixed, whole):
        if len(form) >= 2 and form not in out:
            out.append(form)
    return tuple(out)


_SPOKESPERSON = regex.compile(r"(?i)\bspokes(?:person|man|woman|people)\b")


def _cue(person: Person, publisher: Optional[str]) -> SpeakerCue:
    names: tuple[str, ...] = ()
    if person.name:
        parts = person.name.split()
        names = (person.name, parts[-1]) if len(parts) > 1 else (person.name,)
    return SpeakerCue(names=words_pattern(names), publisher=words_pattern(_initials(publisher) if publisher else ()),
                      organisation=words_pattern(_initials(person.organisation) if person.organisation else ()),
                      body=person.name is None and person.role is not None
                      and _SPOKESPERSON.search(person.role) is not None,
                      government=is_department(person.organisation), minister=is_government_role(person.role))


class _AttributionMemo:
    """find_attribution once per paragraph text within a release (the extent rule asks again)."""

    __slots__ = ("seen",)

    def __init__(self) -> None:
        self.seen: dict[str, Optional[Attribution]] = {}

    def find(self, text: str) -> Optional[Attribution]:
        if text not in self.seen:
            self.seen[text] = find_attribution(text)
        return self.seen[text]

    def __call__(self, text: str) -> bool:
        return self.find(text) is not None


# Set to "1" to let a failure inside the rules propagate instead of becoming an error reject.
RAISE_ERRORS_ENV = "QUOTES_RAISE_EXTRACTION_ERRORS"


def extract_document(doc: Document) -> tuple[list[Quote], list[Reject]]:
    """All quotes of one release, and what looked like an attribution but did not parse.

    A failure inside the rules on one release becomes an error reject that
    names the release, so one bad document never stops the rest of a build.
    """
    try:
        return _extract_document(doc)
    except Exception as exc:  # noqa: BLE001 - any failure on one document is reported, not raised
        if os.environ.get(RAISE_ERRORS_ENV) == "1":
            raise  # the test suite sets this, so that a failing rule fails its test
        return [], [Reject(file=doc.file, line=doc.line, release=doc.position, kind="error",
                           reason=f"extraction failed ({type(exc).__name__}: {exc}); no quotes taken from this "
                                  f"release", text=doc.title)]


def _heads_a_statement(text: str, memo: _AttributionMemo) -> bool:
    """A line read as a heading that names a comment's titled author ("Jane Doe, Acme Lead Economist, responds to
    the latest GDP data"): an attribution, though it stands like a heading."""
    att = memo.find(text) if _MAY_HEAD_A_STATEMENT.search(text) else None
    return att is not None and att.rule in ("statement", "comment-heading")


_MAY_HEAD_A_STATEMENT = regex.compile(
    r"\b(?:" + "|".join((*STATEMENT_HEADINGS, *RESPONSE_VERBS, *RESPONSE_VERBS_PAST, *RESPONSE_PARTICIPLES)) + r")\b",
    regex.I)


def _extract_document(doc: Document) -> tuple[list[Quote], list[Reject]]:
    quotes: list[Quote] = []
    rejects: list[Reject] = []
    ctx = ReleaseContext(doc)
    memo = _AttributionMemo()
    signals = ReleaseSignals()
    paras = doc.paragraphs
    n = len(paras)
    i = 0
    last_end = 0  # paragraphs before this index already belong to a quote
    while i < n:
        p = paras[i]
        # (a line read as a heading may be a byline, or name a comment's author: read once here)
        heading_byline = _byline_of(paras, i, memo, last_end == i) if p.kind == "heading" else None
        if p.kind != "text" and not (p.kind == "heading" and (heading_byline is not None
                                                              or _heads_a_statement(p.text, memo))):
            i += 1
            continue
        # (only "they" can go on from two people: the check is skipped for any other line, a speed-up only)
        pair_before = bool(quotes) and last_end == i and _THEY.search(p.text) is not None \
            and names_two_people(quotes[-1].attribution)
        att = memo.find(p.text) or _lead_attribution(paras, i, memo, pair_before) \
            or (heading_byline if p.kind == "heading" else _byline_of(paras, i, memo, last_end == i))
        if att is None:
            if _ATTRIBUTION_LIKE.search(p.text):
                rejects.append(Reject(file=doc.file, line=doc.line, release=doc.position, kind="unparsed_attribution",
                                      reason=f"paragraph {p.index} looks like an attribution but names nobody",
                                      text=p.text[:300]))
            i += 1
            continue
        person = _pair_going_on(ctx, att, p.index) if pair_before else None
        person = person or ctx.resolve(att.subject, att, p.index)
        if _names_nobody_known(att.subject, person) and not ctx.introduced_as_person(person.name, p.index):
            # "Parents told the survey:", "Residents said:": one capitalised word that is
            # nobody the release introduces is a group of people, not a speaker.
            rejects.append(Reject(file=doc.file, line=doc.line, release=doc.position, kind="unparsed_attribution",
                                  reason=f"paragraph {p.index}: '{att.subject.name}' is nobody the release names",
                                  text=p.text[:300]))
            i += 1
            continue
        cue = _cue(person, doc.publisher)
        if att.rule == "comment-heading" and not any(opens_quotation(q.text) for q in paras[i + 1:i + 3]) \
                and not (i + 1 < n and paras[i + 1].kind == "text" and _speaks_at_once(paras[i + 1].text, memo)) \
                and not _comment_opens_release(paras, i, att, cue, memo, signals):
            # "Jane Doe, Minister, responds to the report" then narration: a heading, not the words' attribution
            # (then words that say "I", which lost their marks, are hers; so too any words of hers, when the heading
            # opens the release)
            rejects.append(Reject(file=doc.file, line=doc.line, release=doc.position, kind="unparsed_attribution",
                                  reason=f"paragraph {p.index}: a comment's heading with no quotation after it",
                                  text=p.text[:300]))
            i += 1
            continue
        if att.quote is not None:
            texts = [att.quote]
            end = i + 1
            if att.open_ended or _quotation_follows(paras, i + 1, memo):
                # The quotation runs on, or the next paragraphs are more of it in their own marks:
                # '"A," said X.' / '"B."'.
                end = quote_extent(paras, i + 1, cue, memo, signal_memo=signals, opened_before=att.open_ended)
                texts += _spoken(paras, i + 1, end, memo)
            elif att.open_tail and _only_closes_quotation(paras, i + 1, memo):
                # '"A," said X. "B ...' / '... C."': the next paragraph ends the quotation left open
                texts.append(_unwrap(paras[i + 1].text))
                end = i + 2
            first_index = p.index
            inline = True
            if att.rule == "inline-before" and (opens_quotation(p.text) or lost_its_opening(p.text)):
                # '“Para one. / “Para two,” said X.': the open quotation of the paragraphs
                # before belongs to the same speaker (so too when the second lost its opening mark).
                lead = _open_run_before(paras, i, last_end)
                if lead:
                    texts = [_unwrap(q.text) for q in lead] + texts
                    first_index = lead[0].index
        else:
            # (a line naming the speaker and nothing else between the attribution and the words is a photo's
            # caption: passed over)
            start = i + 2 if _captions_speaker(paras, i + 1, person) else i + 1
            end = quote_extent(paras, start, cue, memo, signal_memo=signals)
            if end == n - 1 and _cut_fragment(paras, end, end > start, memo):
                end = n  # the release stops in the quote's first or next paragraph, which looks like a heading
            elif doc.truncated and _open_to_the_cut(paras, start, end, memo):
                end = n  # a quotation the quote opened is still open where the input stops: it runs on to the cut
            if end > start and _contact_details_only(paras[start].text):
                end = start  # "Jane Doe, Senior Media Officer, Acme:" then her telephone number: a contact, no words
            if end > start and _LIST_INTRO.search(att.text) and _reads_as_list_item(paras[start].text):
                rejects.append(Reject(file=doc.file, line=doc.line, release=doc.position,
                                      kind="unparsed_attribution",
                                      reason=f"paragraph {p.index}: introduces a list, not words spoken",
                                      text=p.text[:300]))
                i += 1
                continue
            if end == start:
                reason = ("the input stops after this attribution" if doc.truncated and start >= n
                          else "attribution is not followed by a quotable paragraph")
                rejects.append(Reject(file=doc.file, line=doc.line, release=doc.position,
                                      kind="unparsed_attribution", reason=f"paragraph {p.index}: {reason}",
                                      text=p.text[:300]))
                i += 1
                continue
            texts = _spoken(paras, start, end, memo)
            first_index = paras[start].index
            inline = False
        texts = [t for t in texts if t]
        if not texts:
            i = max(end, i + 1)
            continue
        complete = not ((doc.truncated or _stops_mid_sentence(paras[-1].text))
                        and (end >= n or not inline and _may_run_on(paras, end)))
        if att.rule == "byline" and quotes and last_end == i and quotes[-1].speaker == person.name:
            # "Jane Doe said:" / "“A pull-quote.”" / "Jane Doe, Chief Executive, Acme" / "“More words ...”": the
            # byline of the speaker quoted right before carries on the same quote
            before = quotes[-1]
            paragraphs = [*before.paragraphs, *texts]
            quotes[-1] = before.model_copy(update={"paragraphs": paragraphs, "text": "\n\n".join(paragraphs),
                                                   "complete": complete})
            i = max(end, i + 1)
            last_end = i
            continue
        quotes.append(_make_quote(doc, person, att, texts, first_index, inline, complete))
        ctx.speakers.append(person)
        quotes.extend(_next_speakers_in_paragraph(doc, ctx, att, p))
        i = max(end, i + 1)
        last_end = i
    return quotes, rejects


_THEY = regex.compile(r"\b[Tt]hey\b")
# A noun for a group of people right after a capitalised run: the run names their body, no person
_GROUP_NOUN_AFTER = regex.compile(rf"\s+(?:{'|'.join(sorted(PEOPLE_GROUP_NOUNS))})\b")


def _lead_attribution(paras, i: int, memo: "_AttributionMemo", pair_before: bool = False) -> Optional[Attribution]:
    """A narration paragraph about a person speaking, right before a paragraph that is wholly a quotation and
    credits nobody: 'Gordon Brown emphasised the importance of the talks, and said that he would ...:' or 'The PM
    said civilian experts ... are able to show immediate progress.', then '“This work in the field ...”'; or
    before one without marks in which the speaker plainly speaks for themselves ('... The Chancellor went on to
    call for other countries to follow the UK’s lead:' then 'Today in Northtown I ask our partners ...'), or
    after a report of speech without a colon when its first sentence says "I" (:func:`_speaks_at_once`).
    ``pair_before``: the quote right before was two people's, whom "they" may go on from."""
    k = i + 1
    if k >= len(paras) or paras[k].kind != "text" or paras[k].blockquote:
        return None
    quoted = paras[k].text
    text = paras[i].text
    if quoted[:1] not in OPEN and text.rstrip().endswith(":"):
        if not _in_own_words(quoted, memo):
            return None
        return named_colon_attribution(text) or (
            lead_colon_own_words(text) if _I_MYSELF.search(first_sentence(quoted)) else None)
    if quoted[:1] not in OPEN and not text.rstrip().endswith(":"):
        # Words set apart that lost their marks (a dump drops a blockquote's): 'Jane Doe said she was delighted
        # to have been selected.' then 'I have lived here all my life ...'.
        return reported_speech_attribution(text) if _speaks_at_once(quoted, memo) else None
    if quoted[:1] not in "“\"" or not wholly_quoted(quoted) or memo(quoted) or opens_with_quoted_title(quoted) \
            or _CREDITED_INLINE.search(quoted):
        return None
    if text.rstrip().endswith(":"):
        return lead_colon_attribution(text, pair_before)
    return reported_speech_attribution(text)


def _comment_opens_release(paras, i: int, att: Attribution, cue: SpeakerCue, memo: "_AttributionMemo",
                           signals: ReleaseSignals) -> bool:
    """The comment's heading ``paras[i]`` opens the release and names a titled author ("Jane Doe, Acme Lead
    Economist, responds to the latest GDP data"), and the paragraph after it shows nothing of the press office's
    voice (no one reported, no list, no pointer elsewhere, not a line too short to be a comment's): the release is
    her comment, whose marks a dump dropped ("The latest GDP data likely marks the start of a downturn ..."). Not a
    body's heading ("Acme responds to 300 emergencies a year ...")."""
    k = i + 1
    if k >= len(paras) or not att.subject.name or not att.subject.role \
            or any(p.kind == "text" for p in paras[:i]):
        return False
    p = paras[k]
    if p.kind != "text" or p.blockquote or memo(p.text) or _reads_as_list_item(p.text) or press_office_line(p.text):
        return False
    found = paragraph_signals(p.text, cue, signals)
    # (and it shows a sign of speech: "Unemployment rose to 4.4% in the three months to June, according to figures
    # published today" shows none, and is the press office's)
    return not any(found[name] for name in COMMENT_OPENING_NARRATION) \
        and any(found[name] for name in SPEECH_SIGNS)


_CAPTION_MAX = 80  # a caption naming a person is a name, its honorifics and post-nominals


def _captions_speaker(paras, k: int, person: "Person") -> bool:
    """Paragraph ``k``, right after an attribution, is the speaker's name and nothing else, and words follow it: a
    photo's caption the page kept ("Environment Secretary, Jane Doe said:" / "The Rt Hon Jane Doe MP" / "“I was
    ...")."""
    if not person.name or k + 1 >= len(paras) or paras[k + 1].kind != "text" \
            or paras[k].kind not in ("text", "heading"):
        return False
    if not (opens_quotation(paras[k + 1].text) or speaks_in_first_person(paras[k + 1].text)):
        return False  # "Jane Doe" then "Jane Doe has led Acme since 2019 ...": a heading and her biography
    t = paras[k].text.strip()
    if len(t) > _CAPTION_MAX or any(ch in t for ch in ",.:;!?“”\"") or any(ch.isdigit() for ch in t):
        return False
    found = split_name(t)
    return found is not None and not found.prefix and not found.suffix \
        and fold(found.name).split()[-1:] == fold(person.name).split()[-1:]


def _speaks_at_once(text: str, memo: "_AttributionMemo") -> bool:
    """A paragraph whose first sentence says "I" ('I was delighted to be selected ...'; not 'We will publish the
    details ...', which the press office writes too), and which reports no one's speech, is no list item and
    credits no words of its own: the words of whoever the paragraph before reports speaking."""
    return (_I_MYSELF.search(first_sentence(text)) is not None and _REPORTS_SOMEONE.search(text) is None
            and not _CREDITED_INLINE.search(text) and not _reads_as_list_item(text) and not memo(text))


# ('... John Doe urged him to press ahead, as we approach the Budget.': the press office reporting someone)
_REPORTS_SOMEONE = regex.compile(rf"\b(?:{'|'.join(REPORTING_VERBS)})\b")


def _byline_of(paras, i: int, memo: "_AttributionMemo", after_quote: bool) -> Optional[Attribution]:
    """A line naming a titled person and nothing else ("Jane Doe, Chief Executive, Acme Trust"), right before a
    paragraph that opens a quotation crediting no one. Not right after a quotation no one is credited with
    (``after_quote``: a quote taken ends right before it): there the line signs the words before it."""
    k = i + 1
    if k >= len(paras) or paras[k].text[:1] not in "“\"" or paras[k].kind != "text" or memo(paras[k].text) \
            or _CREDITED_INLINE.search(paras[k].text) or not wholly_quoted(NOTE_AT_END.sub("", paras[k].text)):
        return None  # (not a quoted title opening narration: '“Northtown Live” returns this summer.')
    if i > 0 and not after_quote and closes_quotation(paras[i - 1].text):
        return None
    return byline(paras[i].text)


def _pair_going_on(ctx: "ReleaseContext", att: Attribution, index: int) -> Optional["Person"]:
    """The speakers of the quote right before, when "they" go on from two people quoted together ('the Chancellor
    and Jane Doe said:' ... 'Continuing, they stressed that ...:'): the same speaker as recorded there."""
    if att.rule != "lead-colon" or att.subject.reference != "pronoun" or att.subject.honorific != "they" \
            or not ctx.speakers:
        return None
    last = ctx.speakers[-1]
    return Person(last.name, last.role, last.organisation, index)


def _in_own_words(text: str, memo: "_AttributionMemo") -> bool:
    """A paragraph without quotation marks in which someone speaks for themselves: 'I am delighted that more
    schools are opening this week.' (not 'We will fund 100 schools.', which a department writes too, nor a list
    item or another attribution)."""
    return bool(_I_MYSELF.search(text)) and not _reads_as_list_item(text) and not memo(text)


_I_MYSELF = regex.compile(FIRST_PERSON_SINGULAR)

# '“...,” said Jane Doe' or '“...” – Jane Doe' anywhere in a paragraph: its quotation is someone's of its own.
_CREDITED_INLINE = regex.compile(r"[,.!?…]?[”\"],?\s+(?:said|says|added|adds|according to|[–—-]\s*\p{Lu})")
_TERMINAL = regex.compile(r"[.!?:;\"”’')\]…]\s*$")


def _stops_mid_sentence(text: str) -> bool:
    """A release's last paragraph cut off where a sentence goes on: 'The successful trial of t', 'Rent',
    'I am delighted to reappoint Peter, Lord' (not a contact line such as 'Press office 020 7944 4400')."""
    t = text.rstrip()
    return bool(t) and not _TERMINAL.search(t) and (t[-1].isalnum() or t[-1] == ",") \
        and not is_contact_line(t) and not is_stop_heading(t)


def _cut_fragment(paras, k: int, in_quote: bool, memo: "_AttributionMemo") -> bool:
    """The release's last paragraph ``k`` is words cut off, not a heading, and goes with the quote before it:
    the first paragraph after an attribution ('... said:' / 'The £22 billion'), the next paragraph of a
    quote in the same style (marks or none) as its paragraph before ('... are really stoked to be moving to'),
    or one that opens a quotation where the paragraph before, in marks, left it open ('“I am pleased ...' /
    '“Their expertise will help to ensure that the review produces a fully rounded analysis of')."""
    p = paras[k]
    if p.kind not in ("heading", "text") or not _stops_mid_sentence(p.text) or memo(p.text):
        return False
    if not in_quote:
        return p.kind == "heading"
    if _ATTRIBUTION_LIKE.search(p.text):
        return False
    before = paras[k - 1].text
    goes_on = opens_quotation(p.text) and _opens_in_marks(before) and not extent_closes_quotation(before)
    return goes_on or p.kind == "heading" and opens_quotation(p.text) == closes_quotation(before)


def _opens_in_marks(text: str) -> bool:
    """A quotation paragraph opened in marks ('“We will ...'), or with a stray closing mark in place of its
    opening one ('” I am pleased ...')."""
    return text[:1] in OPEN or text[:1] in CLOSE


def _open_to_the_cut(paras, start: int, end: int, is_attribution: Callable[[str], bool]) -> bool:
    """The quote ``paras[start:end]`` opened a quotation that nothing after it closes before the input stops,
    and the paragraphs left run on to the cut as a quotation left open runs on (``runs_open_to_the_cut``: a
    few, without marks, no one else speaking, no closing heading): '“By working together, ...' then
    paragraphs without marks up to '... Dozens of our local firms rely'. Not when 'ENDS', 'Notes to editors' or
    a contact line ends the release."""
    return start < end < len(paras) and quotation_left_open(p.text for p in paras[start:end]) \
        and runs_open_to_the_cut(paras, end, is_attribution)


def _may_run_on(paras, end: int) -> bool:
    """The release is cut off in the paragraph right after a quote whose last paragraph closes no quotation
    mark, so the quote may go on into it: 'I am delighted ...' (no marks) then 'The Coalition believes that
    headteachers and teachers know best how to run schools. Th'."""
    return end == len(paras) - 1 and _stops_mid_sentence(paras[end].text) \
        and not extent_closes_quotation(paras[end - 1].text)  # (also '... this week”.')


def _next_speakers_in_paragraph(doc: Document, ctx: ReleaseContext, att: Attribution, p) -> list[Quote]:
    """'“A,” said X. “B,” added Y.' and 'X said: “A.” Y added: “B.”': each further speaker whose quotation
    follows in the same paragraph."""
    found = []
    rest = att.rest
    while rest:
        more = find_attribution(rest.strip().lstrip("”\"’' "))
        if more is None or more.rule not in ("inline-before", "inline-after") or not more.quote:
            break
        person = ctx.resolve(more.subject, more, p.index)
        found.append(_make_quote(doc, person, more, [more.quote], p.index, True, True))
        ctx.speakers.append(person)
        rest = more.rest if len(more.rest) < len(rest) else ""
    return found


def _spoken(paras: list, start: int, end: int, is_attribution: Callable[[str], bool]) -> list[str]:
    """The words of ``paras[start:end]``, unwrapped, without the one-line captions a quotation runs over."""
    skip = interruptions(paras, start, end, is_attribution)
    return [_unwrap(q.text) for k, q in enumerate(paras[start:end], start) if k not in skip]


_LIST_INTRO = regex.compile(rf"\b(?:{'|'.join(LIST_VERBS)})(?:\s+that)?\s*:\s*$")


def _reads_as_list_item(text: str) -> bool:
    """'a new fleet of armoured vehicles', '£50 million for ...': an item of a list, not a sentence spoken."""
    t = text.strip().rstrip(CLOSE).rstrip()
    if not t or t[0] in OPEN:
        return False  # quotation marks: words spoken
    # Two signs of the three: no "I" or "we", a lower-case word or a figure first, no full stop.
    # Only "I" and "we" count: measures are listed as "our" ("£3 billion to help our high streets ...").
    signs = (not _I_OR_WE.search(t), t[0].islower() or t[0] in _ITEM_OPENINGS,
             not t.endswith((".", "!", "?", "…")))
    return sum(signs) >= 2


_ITEM_OPENINGS = frozenset("£$€0123456789•*-–—")
_I_OR_WE = regex.compile(r"\b(?:I|[Ww]e)(?:['’](?:m|ve|ll|d|re))?\b")  # the speaker doing something, not "our NHS"
_DATE_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
                        "June July August September October November December".split())


def _names_nobody_known(subject: Subject, person: Person) -> bool:
    """A bare single word ('Parents') taken for a surname, that matched nobody in the release."""
    return (subject.reference == "surname" and subject.honorific is None and subject.role is None
            and person.role is None and person.name is not None and len(person.name.split()) == 1)


def _quotation_follows(paras, k: int, memo: "_AttributionMemo") -> bool:
    """The paragraph at ``k`` opens a quotation of its own and attributes it to nobody."""
    return (k < len(paras) and paras[k].kind == "text" and not paras[k].blockquote
            and opens_quotation(paras[k].text) and not memo(paras[k].text))


def _only_closes_quotation(paras, k: int, memo: "_AttributionMemo") -> bool:
    """The paragraph at ``k`` closes a quotation it does not open, and attributes nothing: '... a home.”'"""
    if k >= len(paras) or paras[k].kind != "text" or paras[k].blockquote:
        return False
    text = paras[k].text
    return "“" not in text and not opens_quotation(text) and extent_closes_quotation(text) and not memo(text)


def _closed_inside(text: str) -> bool:
    """A double quotation closed before the paragraph ends: '“We welcome this,” said Jane Doe.'"""
    if text[:1] == "“":
        return text.count("”") >= text.count("“")  # a nested “phrase” leaves the outer quotation open
    if text[:1] == '"':
        return text.count('"') % 2 == 0
    return False


def _open_run_before(paras, i: int, floor: int) -> list:
    """Paragraphs right before ``i`` that open a quotation and leave it open (British continuation)."""
    run = []
    k = i - 1
    while k >= floor and paras[k].kind == "text" and opens_quotation(paras[k].text) \
            and not closes_quotation(paras[k].text) and not _closed_inside(paras[k].text):
        run.append(paras[k])
        k -= 1
    return list(reversed(run))


def _make_quote(doc: Document, person: Person, att: Attribution, texts: list[str], first_index: int,
                inline: bool, complete: bool) -> Quote:
    source = Source(file=doc.file, release=doc.position, paragraph=first_index, line=doc.line,
                    url=doc.url, content_id=doc.content_id)
    return Quote(
        quote_id=quote_id(doc, att.text, texts[0]),
        speaker=person.name,
        role=person.role,
        organisation=person.organisation,
        date=doc.date,
        publisher=doc.publisher,
        title=doc.title,
        text="\n\n".join(texts),
        paragraphs=texts,
        attribution=att.text,
        source=source,
        rule=att.rule,
        inline=inline,
        complete=complete,
    )


def extract(text: str, file: str = "<text>") -> list[Quote]:
    """Quotes of every press release in an archive dump held in a string."""
    from .archive import read_dump

    out: list[Quote] = []
    for doc in read_dump(text, file):
        if isinstance(doc, Document):
            out.extend(extract_document(doc)[0])
    return out


__all__ = ["extract", "extract_document", "ReleaseContext"]
