"""Find attributions: paragraphs that introduce what someone said.

Block forms (the quote is in the paragraphs that follow):

* ``said-colon``   "Home Secretary Yvette Cooper said:", "He added:", "X said" (no colon)
* ``saying``       "The Minister welcomed the plans, saying:"
* ``statement``    "X has asked the DfT to release the following statement:"
* ``name-colon``   "Environment Secretary Steve Reed:" (title and name, no verb)
* ``verb-first``   "Meddai'r Gweinidog ... Mike Penning:" (Welsh)
* ``byline``       "Jane Doe, Chief Executive, Acme Trust" (a titled person and nothing else, on a line of its
  own right before a paragraph that opens a quotation; the caller checks what follows)

Inline forms (the quote is inside the paragraph, in quotation marks):

* ``inline-after``  'X said: "..."' and '..., adding: "..."'
* ``inline-before`` '"...," said X.', '"...," X said.' and '"..." X said today.' (no punctuation before the mark)
* ``dash-credit``   '"..." – Jane Doe, Chief Executive, Acme' (a quotation credited after a dash)
* ``inline-colon``  'X said: We are delighted ...' (the words after the colon, to the end of
  the paragraph, where a dump has lost the quotation marks)
* ``inline-end``    'We are delighted ..., said X.' (the paragraph before ", said X" that ends
  it, where a dump has lost the quotation marks; "..., X said." may be a paraphrase and is not read)

A paragraph that merely reports speech ("The minister said the plan
would...") has no colon and no quotation, and is not an attribution.

Pure functions: a paragraph's text in, an :class:`Attribution` (or None) out.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator, Optional

import regex

from .rules.roles import NATION_NAMED_BODIES, PEOPLE_GROUP_NOUNS, PERSON_NOUNS, ROLE_WORDS
from .rules.names import (HONORIFIC_SPELLINGS, NAMES_WITH_MARKS, PEERAGES, PERSONAL_HONORIFICS, PLAIN_HONORIFICS,
                          RELATIVE_NOUNS)
from .rules.archive import MID_SENTENCE_WORDS
from .rules.speech import (COLON_SPOKES_WORDS, DOCUMENT_NOUNS, ENGLISH_VERB_FIRST, EXPLAINS_THEN_STOP, INLINE_VERBS,
                           INLINE_VERBS_NOT_BEFORE_THAT, LEAD_COLON_VERBS, LEAD_COLON_VERBS_OF_ANOTHER,
                           LEAD_IN_PREPOSITIONS, NAME_LIKE_DOCUMENT_NOUNS, PASSIVE_DONE_AUXILIARIES,
                           PERSONAL_TEXT_NOUNS, REPORTING_VERBS, RESPONSE_PARTICIPLES, RESPONSE_VERBS,
                           RESPONSE_VERBS_PAST, SPEECH_VERB_PHRASES, SPEECH_VERBS, STATEMENT_GIVEN,
                           STATEMENT_HEADINGS, STATEMENT_NOUNS, THAT_CLAUSE_VERBS, VERB_ADVERBS, VERB_FIRST)
from .speaker import (Subject, _is_role_word, _is_title_phrase, has_org_keyword, is_government_role, parse_subject,
                      passive_by, reads_as_lead_in, split_name, strip_lead_in, without_possessive)

TIMEOUT = 0.5  # seconds; a guard against pathological input, never reached on real text
MAX_CLAUSE = 400
MIN_INLINE_WORDS = 4  # an inline quotation after its attribution ('X said: "..."')
MIN_INLINE_BEFORE_WORDS = 3  # one before it ('"...," said X')

_VERB = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
_PHRASE = "|".join(SPEECH_VERB_PHRASES)
_INLINE_VERB = "|".join(sorted(INLINE_VERBS, key=len, reverse=True))
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# Adverbials that may follow a speaker's name ("said Jane Doe at the launch")...
_ADVERBIAL_AFTER_NAME = (
    rf"today|yesterday|tonight|this (?:morning|afternoon|evening|week)|on (?:{_DAYS})"
    r"|on \d{1,2} [A-Z][a-z]+|in a (?:written )?(?:statement|speech|letter|video(?: message)?|blog(?: post)?|"
    r"interview|foreword|message|press conference|podcast)|at (?:the|a|an|his|her|their|today's) [\w'’ -]{1,50}"
    r"|during (?:the|a|an|his|her|their) [\w'’ -]{1,50}|afterwards|after (?:the|a|an|his|her) [\w'’ -]{1,40}"
    r"|in (?:the|a|an|his|her) [\w'’ -]{1,40}|when (?:asked|questioned)[\w'’ -]{0,40}|in response|in reply"
    r"|that|about (?:the|this|it|these|his|her) ?[\w'’ -]{0,40}"
)
# ...and after the verb, also what was spoken of ("said of the plan"). After "said <name>", "of the ..."
# names the speaker's body instead ("said Jane Doe, chair of the Acme Trust").
_ADVERBIAL = (_ADVERBIAL_AFTER_NAME + r"|of (?:the|this) [\w'’ -]{1,40}"
              # "said (8 July):", "said (July 8th)": the day in brackets
              r"|\((?:on )?(?:\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+|[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?"
              rf"|today|yesterday|{_DAYS})(?: \d{{4}})?\)")
# "told the conference:", also with a relative clause about the audience ("told the conference, which was attended
# by thousands of teachers, tech experts and educators:")
_TOLD = r"told (?:the |a |an |his |her |their )?[\w'’ -]{2,50}?(?:,\s+(?:which|who)\s[^:;.!?“”\"]{1,120}?)?"
# "told" a publication or a programme, by its name, before a comma and the words ("told Campus E-News, “...”"); not
# "told the victim, “...”", words reported of someone told
_TOLD_PUBLICATION = r"told (?:the )?\p{Lu}[\w'’ -]{1,50}?"
_STATEMENT = (
    r"(?:has |have |had )?(?:issued|released|made|given|gave|provided|published|asked [^:]{1,80}? to "
    rf"(?:release|issue|publish|make|give)) (?:(?:the|a|this) following|this) (?:{'|'.join(STATEMENT_NOUNS)})"
    r"(?: [^:.]{0,80})?"
    # "The UK, United States and Norway issued a joint statement, which read:"
    r"|(?:has |have |had )?(?:issued|released|made|published) (?:a|the) (?:joint |short |brief |written )?"
    r"statement,? which (?:read|reads|said|says|stated|states)"
)

# A sentence's own words (five or more in lower case) before the comma that sets off the subject of "said".
_REPORTED_BEFORE_SUBJECT = regex.compile(r"^\p{Lu}[^,]*?(?:\s\p{Ll}[\p{Ll}’'-]*){5,}[^,]*,\s+[^,]+$")
BLOCK_TAIL = regex.compile(
    rf"(?:^|[\s,])(?P<verb>(?:{_PHRASE})|(?:{_VERB})|{_TOLD}|(?P<statement>{_STATEMENT}))"
    rf"(?:\s+(?:{_ADVERBIAL}))?\s*(?P<punct>[:;,.]?)\s*$"
)
SAYING_TAIL = regex.compile(
    r",?\s+(?:before |while |and |then )?(?P<verb>saying|adding|commenting|explaining|stating|warning|noting|"
    r"declaring|stressing|insisting|continuing|concluding|writing|telling [\w'’ -]{2,40}?)\s*(?:that\s*)?:\s*$"
)
NAME_COLON = regex.compile(r"^(?P<subject>[^:;.!?“”\"]{3,160}):\s*$")
VERB_FIRST_RE = regex.compile(
    rf"^(?P<verb>{'|'.join(VERB_FIRST)})(?:['’]r)?\s+(?P<subject>[^:]{{3,200}}?)\s*:\s*$"
)
# A few words in single marks, closed before the sentence goes on in lower case: a term, not a quotation.
_SCARE_QUOTED = regex.compile(r"^[^‘’'.!?]{1,60}?\p{L}[’'](?=\s+\p{Ll})")
_ATTRIBUTED_BEFORE = regex.compile(rf"\s(?:{_INLINE_VERB}):\s*$")  # 'X said: ' right before the first quotation
# A clause naming someone, a speech verb and a colon, then an opening mark: another speaker's line.
_NEXT_SPEAKER_LINE = regex.compile(rf"^[”\"’']?\s+\p{{Lu}}[^“”\"]{{2,200}}?\s(?:{_INLINE_VERB}):\s*[“\"]")
# Personal honorifics and peerages, which may stand before a name going on ("added Dame Diana").
_COURTESY = frozenset(w.rstrip(".") for w in (*PERSONAL_HONORIFICS, *PEERAGES))
# "that" and a word before the quotation mark: the words quoted are inside reported speech
_REPORTED_CLAUSE = regex.compile(r"\bthat\s+\S+\s+\S")
_ENGLISH_VERB_FIRST = frozenset(ENGLISH_VERB_FIRST)
_NAMED_AFTER_VERB = regex.compile(r"^(?:(?:the|a|an|one|another)\s+(?=\p{Ll}+\s*$)|(?:the\s+)?(?!(?:To|That|In|On|By|At|For)\b)\p{Lu})")
ADVERB_TAIL = regex.compile(
    r"(?:\s+(?:also|further|then|later|simply|recently|previously|earlier|again|today|yesterday|"
    r"herself|himself|themselves|personally|separately|additionally|too|has|have|had|was|were|is|will|would))+$"
)

OPEN = "“\"‘'"
CLOSE = "”\"’'"
# 'X said: "...' -- attribution clause, then an opening quotation mark.
INLINE_AFTER = regex.compile(
    rf"(?:^|(?<=[.!?][”\"’']?\s))(?P<clause>[^.!?“”\"]{{2,300}}?)[\s,]+"
    rf"(?P<verb>{_TOLD}(?=\s*:)|{_TOLD_PUBLICATION}(?=,\s*[“\"])|(?:{_INLINE_VERB})|"
    rf"adding|saying|explaining|commenting|stating|warning|noting|declaring|stressing|insisting|"
    rf"(?:{_PHRASE})|{STATEMENT_GIVEN}(?=\s*:)|{EXPLAINS_THEN_STOP})(?:\s+(?:{_ADVERBIAL}))?\s*[:,;]?\s*(?:that\s*)?"
    rf"(?P<open>[“\"‘'])(?=\S)"
)
# What may follow the speaker after a comma: '"...," said X, adding that ...'.
# ", as chair of the Acme Trust" is more of the speaker; ", as he met troops" and ", and the minister
# agreed" are not ("and" before a capital may be a list in a title: "Research, Innovation, and Skills").
_GOES_ON = (rf"(?:adding|saying|explaining|noting|warning|stressing|insisting|before|after|while|whilst"
            rf"|as(?!\s+(?:(?:the|a|an|its|their|our)\s+)?(?:[\w-]+\s+){{0,2}}(?i:{'|'.join(sorted(ROLE_WORDS))})"
            rf"(?=\s+(?:of|for|at|to)\b|\s*[,.;]|\s*$))"
            rf"|and(?=\s+\p{{Ll}}))")
# '"...," said X.' / '"...," X said.' -- a quotation, then its attribution.
INLINE_BEFORE = regex.compile(
    rf"(?:^|(?<=[.!?:][”\"’']?\s))(?P<open>[“\"‘'])"
    # the quotation ends in punctuation inside the marks, or the comma stands outside them: '"...", said X'
    rf"(?P<quote>[^“”\"]{{8,}}?(?:[,.!?…—–-](?=[”\"’'])|[^\s,.!?](?=[”\"’'],)))(?P<close>[”\"’']),?\s+"
    rf"(?:(?P<verb1>{_INLINE_VERB})\s+(?P<who1>[^.!?;:“”\"]{{2,200}}?)(?:\s+(?:{_ADVERBIAL_AFTER_NAME}))?"
    rf"|(?P<who2>[^.!?;:,“”\"]{{2,200}}?)\s+(?P<verb2>{_INLINE_VERB})(?:\s+(?:{_ADVERBIAL}))?"
    # '"...," Jane Doe, chief executive of Acme, said.': the name and what follows it between commas; a title
    # before the name in commas too ('"...," the Education Secretary, Bridget Phillipson, said today.')
    rf"|(?P<who3>(?:the\s+)?\p{{Lu}}[^.!?;:“”\"]{{2,200}}?),\s+(?P<verb3>{_INLINE_VERB})(?:\s+(?:{_ADVERBIAL}))?"
    rf"(?=\s*[.!?])"
    # or with the comma before the verb left out, each part set off by commas opening in a capital ('"...", Dr
    # Jane Doe, Deputy Director, Acme commented.'; not '"...," Jane Doe told supporters, as John Smith added.')
    rf"|(?P<who5>\p{{Lu}}[^.!?;:,“”\"]{{1,80}}?(?:,\s+\p{{Lu}}[^.!?;:,“”\"]{{1,100}}?)+)\s+(?P<verb5>{_INLINE_VERB})"
    rf"(?:\s+(?:{_ADVERBIAL}))?(?=\s*[.!?])"
    # or a title and a name with the comma after the name left out ('"...," Economic Secretary, Jane Doe said
    # today.'): capitalised words only, one comma
    rf"|(?P<who4>(?:the\s+)?\p{{Lu}}[\p{{L}}'’-]*(?:\s+(?:\p{{Lu}}[\p{{L}}'’-]*|of|for|to|the|and)){{0,6}},\s+"
    rf"\p{{Lu}}[\p{{L}}'’.-]*(?:\s+\p{{Lu}}[\p{{L}}'’.-]*){{1,3}})\s+(?P<verb4>{_INLINE_VERB})"
    rf"(?:\s+(?:{_ADVERBIAL}))?(?=\s*[.!?]))"
    rf"\s*(?P<end>[.;:!?]|$|,(?=\s*[“\"‘])|,(?=\s+{_GOES_ON}\b))"
)
# '“... the economic performance of the UK has been enviable” the International Monetary Fund said today.': a
# paragraph that opens with a quotation closed without punctuation, then who said it and the verb, which end
# the sentence (no more words after them, so "“Levelling up” funds said to be ..." is not one).
INLINE_BEFORE_BARE = regex.compile(
    rf"^(?P<open>[“\"])(?P<quote>[^“”\"]{{20,}}?\p{{L}})(?P<close>[”\"])\s+"
    rf"(?:(?P<who2>(?:the\s+)?\p{{Lu}}[^.!?;:,“”\"]{{2,200}}?)\s+(?P<verb2>{_INLINE_VERB})(?:\s+(?:{_ADVERBIAL}))?"
    # or the verb first ('“... internationally” said Jane Doe, CEO, Acme.')
    rf"|(?P<verb1>{_INLINE_VERB})\s+(?P<who1>\p{{Lu}}[^.!?;:“”\"]{{2,200}}?))"
    rf"\s*(?P<end>\.)"
)
# 'X said: We are delighted ...': an attribution clause, a colon, then a sentence, and no quotation mark.
INLINE_COLON = regex.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<clause>[^.!?:;“”\"]{{2,300}}?)[\s,]+(?P<verb>{_TOLD}|(?:{_INLINE_VERB})|(?:{_PHRASE}))"
    rf"(?:\s+(?:{_ADVERBIAL}))?\s*:\s+(?P<rest>\p{{Lu}}.*)$"
)
# 'We are delighted ..., said X.': a paragraph that ends with its attribution, and no quotation mark.
# Only "said X" (the verb first): "..., the minister said." is as often a paraphrase.
INLINE_END = regex.compile(
    rf"^(?P<quote>\p{{Lu}}[^“”\"]{{10,}}?),\s+(?P<verb>{_INLINE_VERB})\s+(?P<who>[^.!?;:“”\"]{{2,200}}?)"
    rf"(?:\s+(?:{_ADVERBIAL_AFTER_NAME}))?\.\s*$"
)
# Words in the first person: what marks speech when the quotation marks are lost.
_FIRST_PERSON = regex.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|our|Our|us|my|My|me)\b")
_SUBORDINATE_OPENING = regex.compile(r"^(?:As|What|Where|When|If|Although|Because|While|Whilst)\b")
# '"..." – Jane Doe, Chief Executive, Acme': a whole paragraph that is a quotation and its credit.
DASH_CREDIT = regex.compile(
    r"^(?P<open>[“\"‘'])(?P<quote>[^“”\"]{8,}?)(?P<close>[”\"’'])(?P<stop>\.?)\s*[-–—]{1,2}\s*"
    r"(?P<who>\p{Lu}[^“”\"!?;:–—]{2,200}?)\.?\s*$"
)
_SPOKEN_WITHOUT_STOP = 12  # words of a dash-credited quotation in the first person that needs no final stop
_WHOLE_SENTENCE_FIRST = regex.compile(r"\p{Ll}[.!?]\s+\p{Lu}")  # a sentence ended, and another begun
_DATED_CREDIT = regex.compile(r"\b(?:1[0-9]|20)\d\d\b")  # "– Winston Churchill, 1940": a saying of record
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?][”\"’')]?)\s+(?=[A-Z“\"‘(])")
_ABBREVIATION = regex.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Prof|Rev|Revd|Hon|Rt|Sgt|Capt|Col|Gen|Lt|Co|Ltd|Inc|vs|etc|e\.g|i\.e)|\b[A-Z])\.$")


_CLOSING = regex.compile(r"[.,!?…—–-][”\"’'](?=\s|$)")
# Not "As part of the visit, the Minister", "As a result the Minister".
_AS_ADVERBS = "a result|ever|always|such|usual|expected|promised|planned|agreed|announced"
_AS_ADVERBIAL = regex.compile(rf"^As (?:{_AS_ADVERBS})"
                              r"\s+(?=(?:the|a|an)\s|\p{Lu}|(?:he|she|they)\b)")  # the subject straight after it
_RECALL = regex.compile(rf"^(?:As|Like)\s+(?!(?:{_AS_ADVERBS}|well|part of|of)\b)[^,]+$")
_WORKPLACE_AT = regex.compile(r"\s+at\s+(?:the\s+)?\p{Lu}[^.!?;:“”\"]*")
_DOUBLE_CLOSE = regex.compile(r"[”\"](?=[\s,;:.!?)]|$)")
_DOUBLE_MARK = regex.compile(r"[“”\"]")
# The rest of a paragraph that opens a quotation and never closes it: '... said X. "It shows the plan is working.'
_OPEN_TAIL = regex.compile(r"[\s.,;–—-]*[“\"](?P<q>[^“”\"]{3,})$")
# After a quoted part: an attribution of its own ('..., added Clive Selley, Chief Executive of Openreach.').
_ANOTHER_SPEAKER = regex.compile(
    rf"\s*,?\s*(?:{'|'.join(INLINE_VERBS)})\s+(?!(?:he|she|they)\b)(?:the\s+)?(?P<who>(?:\p{{Lu}}[\p{{L}}'’.-]*\s*)+)")
_MORE_QUOTED = regex.compile(r"[“\"‘'](?P<q>[^“”\"]{3,}?[.!?…,])[”\"’'](?=\s|$)")


@dataclass(slots=True)
class Attribution:
    """An attribution found in one paragraph."""

    rule: str
    text: str  # the attribution as written (the clause for inline quotes)
    subject: Subject
    context: str = ""  # earlier sentences of the paragraph (who "He" or "She" may be)
    quote: Optional[str] = None  # inline forms: the quoted words
    open_ended: bool = False  # inline quotation not closed in this paragraph
    open_tail: bool = False  # '"A," said X. "B ...' with the last quotation left open at the paragraph's end
    rest: str = ""  # what follows in the paragraph when another speaker's quotation starts there


def _sentence_breaks(text: str, pos: int = 0, endpos: Optional[int] = None) -> Iterator[regex.Match]:
    """The breaks between sentences in ``text[pos:endpos]``: a stop, then a space and a capital ('... more. The
    plan'); not after an abbreviation ('Mr. Roe', 'J. Doe') nor a decimal point ('£1.5 billion')."""
    for m in _SENTENCE_BREAK.finditer(text, pos, len(text) if endpos is None else endpos, timeout=TIMEOUT):
        # Only the last few characters can hold the abbreviation; looking at the whole
        # prefix made this loop quadratic in the number of sentences.
        if not _ABBREVIATION.search(text[max(0, m.start() - 20): m.start()].rstrip()):
            yield m


def first_sentence(text: str) -> str:
    """The first sentence of ``text``: 'I want Mr. Roe to see the centre. It opens in May.' -> 'I want Mr. Roe to
    see the centre.' (the whole text when it has one sentence or is cut off)."""
    first = next(_sentence_breaks(text), None)
    return text[:first.start()] if first else text


def last_sentence(text: str) -> tuple[str, str]:
    """Split off the last sentence: ('Earlier sentences.', 'Last one said:')."""
    cut = 0
    for m in _sentence_breaks(text):
        cut = m.end()
    return text[:cut].strip(), text[cut:].strip()


_LEADING_SUBJECT_STOP = regex.compile(r"^\p{Ll}")
_SUBJECT_GLUE = frozenset({"of", "for", "the", "and", "at", "to", "in", "on", "&"})


def leading_subject(clause: str) -> str:
    """The noun phrase a sentence opens with: 'The Minister welcomed it' -> 'The Minister'."""
    from .speaker import _is_role_word  # local import: a private helper shared by the two steps

    words = clause.split()
    out: list[str] = []
    for w in words:
        bare = w.strip(",;:'’")
        if not bare:
            continue
        if _LEADING_SUBJECT_STOP.match(bare) and bare not in _SUBJECT_GLUE and not _is_role_word(bare):
            break
        out.append(w)
    return " ".join(out).rstrip(",")


# A subject pronoun after a comma, or after "and", that ends the words before the verb ("..., held at Northtown
# Airport, he", "... since becoming the Maritime Minister and he").
_PRONOUN_LAST = regex.compile(r"(?<=\S)(?:,\s*|\s+and\s+)(?P<pronoun>(?i:he|she|they))$")


def _pronoun_subject(head: str) -> Optional[Subject]:
    """The pronoun right before the speech verb is the subject, and everything before it a lead-in: 'Speaking at the
    sixth in a series of Acme Skills Roadshows, held at Northtown International Airport, he' -> he (not a person
    called "Acme Skills Roadshows", "held" at the airport); so too after "and" that ends a clause of its own ("This
    visit was his first since becoming the Maritime Minister and he"). None when the words do not end so ("As
    he", "Jane Doe and he": no lead-in, and two people)."""
    m = _PRONOUN_LAST.search(head)
    if m is None:
        return None
    if not m.group(0).lstrip().startswith(","):
        if not _is_clause_of_its_own(head[: m.start()]):
            return None
        opening = parse_subject(leading_subject(head[: m.start()]))
        if opening is not None and opening.name and opening.reference is None:
            return opening  # "Maritime Minister Jane Doe met port staff and he said:": the clause's own subject
    return parse_subject(m.group("pronoun"))


def _is_clause_of_its_own(words: str) -> bool:
    """Words before "and he" that make a clause of their own, with a verb and its object: five words or more, three
    of them in lower case and none a conjunction's or a preposition's alone ('Jane Doe and John Roe' is no clause)."""
    low = [w for w in words.split() if w[:1].islower() and w not in ("and", "or", "of", "the", "for", "to")]
    return len(words.split()) >= 5 and len(low) >= 3


def _block(text: str) -> Optional[Attribution]:
    context, clause = last_sentence(text)
    if not clause or len(clause) > MAX_CLAUSE:
        return None
    m = VERB_FIRST_RE.match(clause)
    if m and m.group("verb") in _ENGLISH_VERB_FIRST and not _NAMED_AFTER_VERB.match(m.group("subject")):
        m = None  # "Added to that, ministers have also confirmed the following:": no one named after the verb
    if m:
        subject = parse_subject(m.group("subject"))
        if subject and subject.is_person:
            return Attribution("verb-first", text, subject, context)
        return None
    m = SAYING_TAIL.search(clause, timeout=TIMEOUT)
    if m:
        subject = parse_subject(leading_subject(clause[: m.start()]))
        if subject and (subject.is_person or subject.unnamed):
            return Attribution("saying", text, subject, context)
        return None
    m = BLOCK_TAIL.search(clause, timeout=TIMEOUT)
    if m:
        if m.group("punct") == "." and not m.group("statement"):
            # "..., the minister said." closes reported speech; "X issued the following statement." brings one in
            return None
        head = ADVERB_TAIL.sub("", clause[: m.start()].rstrip(" ,"))
        if not m.group("punct") and _REPORTED_BEFORE_SUBJECT.match(head) \
                and not reads_as_lead_in(head.split(",")[0]):
            # "Wales continues to punch above its weight ..., Cabinet Secretary Jane Doe said today": reported speech
            # that lost its stop, not a line that lost its colon ("Rail Minister Jane Doe said")
            return None
        joined = _NAMED_THEN_PAST.match(head) if head.endswith(" and") else None
        if joined and parse_subject(joined.group("who")) is not None:
            # "Jane Doe, Vice-Chancellor of the Acme University welcomed the Green Paper and said:": the subject of
            # both verbs, not the first predicate
            head = joined.group("who")
        subject = _pronoun_subject(head) or parse_subject(head)
        if subject and (subject.is_person or subject.unnamed):
            rule = "statement" if m.group("statement") else "said-colon"
            return Attribution(rule, text, subject, context)
        return None
    if clause.endswith(":"):
        m = NAME_COLON.match(clause)
        if m:
            subject = parse_subject(m.group("subject"))
            if subject and subject.name and subject.reference is None and (subject.role or subject.rank or subject.honorific):
                sp = split_name(m.group("subject").split(",")[0])
                if subject.role or (sp and (sp.honorific or sp.rank)):
                    return Attribution("name-colon", text, subject, context)
            if subject and subject.unnamed and subject.role in COLON_SPOKES_WORDS:
                return Attribution("name-colon", text, subject, context)  # "Ofcom spokesperson:"
    return None


# A statement's heading, with no colon: "Statement from The Lord Mayor, Cllr Jane Doe", "Statement on the riots
# from Acme (ACM) National Chair Jane Doe, 6 August 2024" (the date it was made may close it).
_STATEMENT_HEADING = regex.compile(
    rf"^(?:(?:A|The)\s+)?(?:(?:joint|full)\s+)?(?i:{'|'.join(STATEMENT_HEADINGS)})"
    r"(?:\s+(?:on|about|regarding)\s+[^,:;.!?“”\"]{1,80}?)?\s+(?:from|by)\s+(?P<who>\p{Lu}[^:;.!?“”\"]{2,200}?)"
    r"(?:,\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2}),?\s+\d{4})?$")


# A heading of a comment, in the present tense (or the past, with no stop): "Jane Doe, General Secretary of Acme,
# comments on the publication today of the results in England.", "Jane Doe, Acme Lead Economist, responds to the
# latest GDP data", "Jane Doe, Chief Executive of Acme, responding to the Spring Statement", "Cllr Jane Doe, Chair of
# the Acme Board, responded to the announcement of the projects awarded".
_RESPONDS_HEADING = regex.compile(
    rf"^(?P<who>\p{{Lu}}[^:;!?“”\"]{{2,200}}?)"
    rf"(?:\s+(?:{'|'.join(RESPONSE_VERBS)})|,\s+(?:{'|'.join(RESPONSE_PARTICIPLES)})"
    rf"|\s+(?:{'|'.join(RESPONSE_VERBS_PAST)})(?=[^.!?]*\w$))"
    r"\s+(?:on|to)\s+[^:;!?“”\"]{3,300}?\.?$")
_RESPONSE_WORDS = (tuple(f" {verb} " for verb in (*RESPONSE_VERBS, *RESPONSE_VERBS_PAST))
                   + tuple(f", {p} " for p in RESPONSE_PARTICIPLES))
_AGE_SET_OFF = regex.compile(r",\s*\d{1,3}\s*(?:,|$)")  # "Crew Manager Jane Doe, 34, responds to ..."
_HEADING_WITH_STOP_MAX = 500  # a comment's heading with a stop is one sentence: longer paragraphs are no heading


def _names_a_response(text: str) -> bool:
    """Whether a comment's heading may be in ``text`` (its verb's words are; a speed-up only)."""
    return any(words in text for words in _RESPONSE_WORDS)


def _statement_heading(text: str) -> Optional[Attribution]:
    """A statement's heading, with no colon, names its author as "X:" would: a person named with a title or an
    honorific (not a body's statement, nor a heading naming someone bare); so does a comment's heading in the present
    tense ("Jane Doe, General Secretary of Acme, comments on the publication of the results.")."""
    m = _STATEMENT_HEADING.match(text, timeout=TIMEOUT) if text[-1].isalnum() else None
    rule = "statement"
    if m is None and _names_a_response(text):
        m = _RESPONDS_HEADING.match(text, timeout=TIMEOUT)
        rule = "comment-heading"
        if m is not None and (_CLAUSE_IN_SUBJECT.search(m.group("who")) or _AGE_SET_OFF.search(m.group("who"))):
            return None  # "Station Manager Jane Doe, who leads the crew, responds to 300 incidents a year."
    subject = parse_subject(m.group("who")) if m else None
    if subject is None or not subject.name or subject.reference is not None \
            or not (subject.role or subject.rank or subject.honorific):
        return None
    return Attribution(rule, text, subject, "")


def _strip_close(quote: str) -> tuple[str, bool]:
    """Remove a closing quotation mark at the end; report whether there was one."""
    q = quote.rstrip()
    if q and q[-1] in CLOSE:
        return q[:-1].rstrip(), True
    if len(q) > 1 and q[-1] in ".;!?" and q[-2] in CLOSE:
        return q[:-2].rstrip(), True  # '... said that “we are delighted”.': the stop is the sentence's
    return q, False


def _outer_close(rest: str) -> Optional[int]:
    """Where the double mark that closes an open quotation stands in ``rest``, skipping the marks of a
    “phrase” quoted inside it; None when none closes it."""
    depth = 0
    for mark in _DOUBLE_MARK.finditer(rest):
        ch = mark.group()
        if ch == "“":
            depth += 1
        elif ch == "”" and depth:
            depth -= 1
        elif _DOUBLE_CLOSE.match(rest, mark.start()):
            return mark.start()
    return None


# A passive before the verb ("He was told by officials:") and the agent after it.
_PASSIVE_AUXILIARY_END = regex.compile(r"\b(?:was|were|been|being|is|are)$")
_AGENT_AFTER = regex.compile(r"\bby\s+(?P<agent>[^:;“”\"]{2,200}?)\s*[:,]?\s*$")


def _inline_after(text: str) -> Optional[Attribution]:
    """A clause naming the speaker and a speech verb, then their words in marks in the same paragraph: 'The Home
    Secretary said: “We will act.”', 'Jane Doe added that “we are delighted”, and that ...'. The words run as
    :func:`_quoted_after` reads them. Not words recalled from elsewhere ('As the Prime Minister said: “...”'),
    nor a phrase quoted inside reported speech ('said in a statement that the plan was “...”')."""
    m = INLINE_AFTER.search(text, timeout=TIMEOUT)
    if not m:
        return None
    clause = m.group("clause").strip()
    if _RECALL.match(clause):
        return None  # 'As the Prime Minister said: “...”' recalls words said elsewhere
    clause = _AS_ADVERBIAL.sub("", clause)  # "As a result the Minister"
    if _REPORTED_CLAUSE.search(text, m.end("verb"), m.start("open")):
        return None  # 'said in a statement that the plan was “...”': reported speech quoting a phrase
    verb = m.group("verb")
    if verb in INLINE_VERBS_NOT_BEFORE_THAT and "that" in text[m.end("verb"): m.start("open")]:
        return None  # "The IMF notes that “...”": a position reported, no words spoken
    if verb.endswith("ing"):
        # "Appearing on the BBC's Radio Solent, the Prime Minister said ..., adding:": the lead-in goes first.
        clause = leading_subject(strip_lead_in(clause))
    else:
        clause = ADVERB_TAIL.sub("", clause)
        joined = _NAMED_THEN_PAST.match(clause) if clause.endswith(" and") else None
        if joined:
            # "The traffic commissioner also considered the company's records and said “...”": the subject of
            # both verbs, not the whole first predicate
            clause = joined.group("who")
    if _PASSIVE_AUXILIARY_END.search(m.group("clause").strip()) and not verb.endswith("ing"):
        # "He was told by officials: “...”": the one told is no speaker; the agent after "by" is
        agent = _AGENT_AFTER.search(text, m.start("verb"), m.start("open"))
        subject = parse_subject(agent.group("agent")) if agent else None
    else:
        subject = _that_clause_subject(clause, "," in text[m.end("clause"): m.start("verb")])
        if subject is None:
            subject = _pronoun_subject(clause) or parse_subject(clause)
    if not subject or not (subject.is_person or subject.unnamed):
        return None
    found = _quoted_after(text[m.end():], m.group("open"), text[: m.start("open")].rstrip().endswith(" that"))
    if found is None:
        return None
    quote, open_ended, more = found
    attribution = text[m.start("clause"): m.start("open")].strip()
    return Attribution("inline-after", attribution, subject, text[: m.start("clause")].strip(),
                       quote=quote, open_ended=open_ended, rest=more)


# A titled person, a colon and the words in marks, with no verb: "Jane Doe, Executive Director at Acme: “...”"
_NAME_COLON_INLINE = regex.compile(r"^(?P<subject>\p{Lu}[^:;.!?“”\"]{2,160}?)\s*:\s*(?P<open>[“\"])(?=\S)")


def _name_colon_inline(text: str) -> Optional[Attribution]:
    """'Jane Doe, Executive Director at the Acme Cross: “We are ...”': the line "Jane Doe, ...:" of the name-colon
    form, with the words after it in the same paragraph. A full name and a title are needed, and no verb."""
    m = _NAME_COLON_INLINE.match(text)
    if m is None or _SPEECH_WORD.search(m.group("subject")):
        return None
    subject = parse_subject(m.group("subject"))
    if subject is None or subject.reference is not None or not subject.name or len(subject.name.split()) < 2 \
            or not subject.role:
        return None
    found = _quoted_after(text[m.end():], m.group("open"))
    if found is None:
        return None
    quote, open_ended, more = found
    words = quote.split()
    if len(words) < 4 or sum(w[:1].isupper() for w in words[1:]) * 2 >= len(words) - 1:
        return None  # a talk's or a book's title in marks ("...: “The Future of Cities”"), no words spoken
    return Attribution("name-colon", text[: m.start("open")].strip(), subject, "", quote=quote,
                       open_ended=open_ended, rest=more)


def _quoted_after(rest: str, open_mark: str, after_that: bool = False) -> Optional[tuple[str, bool, str]]:
    """The words quoted in ``rest``, which follows an opening mark ``open_mark``: (quote, open_ended, more).
    The quotation ends at a closing mark after punctuation ('... for growth.”'), at one before the sentence's
    stop ('... for growth”.'), at a double mark that closes it mid-sentence ('“we are delighted”, and that
    ...'), or runs on past the paragraph (open_ended: a British quotation whose next paragraph opens again).
    ``more`` is another speaker's line after the closing mark ('X said: “A.” Y added: “B.”'). None when the
    marks hold a term, not a quotation ('added that ‘trust schools’ would ...', ``after_that``: the marks
    follow "that"), or when fewer than MIN_INLINE_WORDS words are quoted."""
    close = _CLOSING.search(rest, timeout=TIMEOUT)
    first = _outer_close(rest) if open_mark == "“" else None
    if first is not None and (close is None or first < close.start()) and rest[first + 1:].strip(" .”"):
        # '... are justified in light of the evidence” and welcomed the Government’s efforts “to enhance ...”.': the
        # quotation closes at its own mark, mid-sentence; the narration and any later fragment are no part of it
        quote, open_ended = rest[:first], False
    elif close:
        quote = rest[: close.start() + 1]
        open_ended = False
    else:
        quote, closed = _strip_close(rest)
        open_ended = not closed
        mid = _outer_close(rest) if open_ended and open_mark in "“\"" else None
        if mid is not None:  # 'said that “we are delighted”, and that ...': a double mark closes it mid-sentence
            quote, open_ended = rest[:mid], False
        scare = _SCARE_QUOTED.match(rest) if open_ended and open_mark in "‘'" else None
        if scare and len(scare.group(0).split()) <= 3 and (after_that or not scare.group(0)[:-1].endswith("s")):
            # "added that 'trust schools' would be able to ...", "labels saying ‘flushable’ or ...": a term in
            # marks, then more of the sentence (not "‘Our workers’ rights ...": a plural's possessive)
            return None
        if scare and not after_that:
            scare = None
        if scare:
            quote, open_ended = scare.group(0)[:-1], False  # "said that ‘this is a landmark day’ and thanked ..."
    if len(quote.split()) < MIN_INLINE_WORDS:
        return None
    after = rest[len(quote):] if not open_ended and rest.startswith(quote) else ""
    return quote.strip(), open_ended, after if _NEXT_SPEAKER_LINE.search(after) else ""


_THAT_CLAUSE = regex.compile(rf"\b(?:{'|'.join(sorted(THAT_CLAUSE_VERBS, key=len, reverse=True))})\s+that\s+")


def _that_clause_subject(clause: str, comma_before_verb: bool) -> Optional[Subject]:
    """The speaker when the clause before the speech verb holds a that-clause. The verb may be the that-clause's
    own: in 'The union then wrote to Jane Doe, chair of the committee, pointing out that a union circular in
    December 2020 clearly (stated “...”)' the circular states the words and Jane Doe, the letter's addressee,
    says nothing, so a document or a body there gives an empty Subject (no one speaks); a person there
    ('noting that the Chief Fire Officer, John Smith, had (said: “...”)') speaks. Anything else after "that"
    is no speaker: the sentence's own subject speaks ('The Home Secretary made clear that the law would
    change and (said “...”)', a clause ending in "and" going on with the subject's second verb), and None
    leaves it to the caller, as when the clause has no that-clause or one closed by a comma before the verb
    ('The Minister, noting that the figures were up, (said: “...”)')."""
    last = None
    for last in _THAT_CLAUSE.finditer(clause, timeout=TIMEOUT):
        pass
    if last is None:
        return None
    own = ADVERB_TAIL.sub("", clause[last.end():].strip(" ,"))
    if not own or own == "and" or own.endswith(" and"):
        return _sentence_subject(clause[:last.start()])
    if _names_a_document_in_clause(own):
        return Subject()
    subject = _pronoun_subject(own) or parse_subject(own)
    if subject is not None and (subject.is_person or subject.unnamed):
        return subject
    if has_org_keyword(own):
        return Subject()
    return None if comma_before_verb else _sentence_subject(clause[:last.start()])


def _sentence_subject(before: str) -> Optional[Subject]:
    """The subject a sentence opens with, up to its verb: 'The Home Secretary made clear' -> the Home Secretary,
    'Speaking in Leeds, she made clear' -> she. None when it names no one."""
    before = ADVERB_TAIL.sub("", before.strip(" ,"))
    subject = _pronoun_subject(before) or parse_subject(leading_subject(strip_lead_in(before)))
    return subject if subject is not None and (subject.is_person or subject.unnamed) else None


def _names_a_document_in_clause(phrase: str) -> bool:
    """A that-clause's subject whose head noun (before any preposition or comma) is a document's: 'the
    report', 'last year’s survey of members', 'the Home Office guidance', 'a consultation in March'. The noun
    must be in lower case or follow a determiner or a possessive when it also ends names ('Jane Law' is a
    person)."""
    determined, head = False, None
    for word in phrase.split():
        bare = word.strip(",;:()")
        low = bare.casefold()
        if low in MID_SENTENCE_WORDS or low in LEAD_IN_PREPOSITIONS:
            if head is not None:
                break
            determined = True  # 'the', 'a', 'its' before the noun phrase
            continue
        determined = determined or (head is not None and head.endswith(("’s", "'s")))
        head = bare
        if word.endswith(","):
            break
    if head is None or head.casefold() not in DOCUMENT_NOUNS:
        return False
    return head[:1].islower() or determined or head.casefold() not in NAME_LIKE_DOCUMENT_NOUNS


def _same_speaker(subject: Subject, who: str) -> bool:
    """'..., said Doe.' after Jane Doe, '..., added the Home Secretary.' after the Home Secretary: the same
    speaker going on."""
    def spelt(word: str) -> str:
        return HONORIFIC_SPELLINGS.get(word, word).casefold()

    tokens = who.replace(".", " ").split()
    titles = [w for w in tokens if w in _COURTESY and w not in PLAIN_HONORIFICS]
    named_with = {spelt(subject.honorific or ""), *(spelt(w) for w in (subject.name or "").split())}
    if any(spelt(t) not in named_with for t in titles):
        return False  # "added Sir John" after "John Smith": another John
    plain = [w for w in tokens if w in PLAIN_HONORIFICS]
    named_plain = (subject.honorific or "").rstrip(".")
    if plain and named_plain in PLAIN_HONORIFICS and plain[0] != named_plain:
        return False  # "added Mrs Brown" after "Mr John Brown"
    words = [w for w in tokens if w not in _COURTESY]
    name = (subject.name or "").split(" of ")[0].split()  # "Lord Hanson of Flint" is Lord Hanson
    name = [w for w in name if w not in _COURTESY] or name
    if name and (name[-1] in words or words == name[:1]):
        return True  # "..., said Doe." / "..., added Dame Diana." (not another Jess named in full)
    # "..., added the Minister." after "the Policing Minister, Dame Jo Doe": the title's words again
    role_words = {w.casefold() for w in (subject.role or "").split()}
    return bool(role_words) and all(w.casefold() in role_words for w in words)


def _inline_before(text: str) -> Optional[Attribution]:
    m = INLINE_BEFORE.search(text, timeout=TIMEOUT) or INLINE_BEFORE_BARE.match(text, timeout=TIMEOUT)
    if not m:
        return None
    g = m.groupdict()
    if g["who2"] and g["end"] == ":" and _ATTRIBUTED_BEFORE.search(text, 0, m.start()):
        return None  # 'X said: “...” Councillor John Smith added: “...”': the next speaker's line, not a credit
    who = (g.get("who1") or g["who2"] or g.get("who3") or g.get("who4") or g.get("who5") or "").strip()
    if g.get("who1") and "," in who and any(_is_role_word(w) for w in who.rsplit(",", 1)[-1].split()):
        at = _WORKPLACE_AT.match(text, m.end("who1"), m.start("end"))
        if at and has_org_keyword(at.group(0)):  # '"...," said Jane Doe, Head of Operations at the Environment Agency.': her workplace
            who = text[m.start("who1"): at.end()].strip()
    subject = parse_subject(ADVERB_TAIL.sub("", who))
    if not subject or not (subject.is_person or subject.unnamed):
        return None
    quote = m.group("quote")
    if text[m.end("close"): m.end("close") + 1] == ",":
        quote += ","  # '"...", said X': the comma outside the marks, treated as the one inside
    parts = [quote]
    rest = ""
    # More quotation after the attribution: '"A," said X, "and b."' -> 'A, and b.'; when the
    # second part starts a new sentence, '"A," said X. "B."' -> 'A. B.' A part another speaker's
    # attribution follows is theirs: '"A," said X. "B," added Y.'
    after = text[m.end():]
    done = 0  # where the parts taken so far end in ``after``
    for more in _MORE_QUOTED.finditer(after, timeout=TIMEOUT):
        another = _ANOTHER_SPEAKER.match(after, more.end())
        if another and not _same_speaker(subject, another.group("who")):
            rest = after[more.start():]
            break
        parts.append(more.group("q"))
        done = more.end()
    # '"A," said X. "B.' with the paragraph ending inside the quotation: B is theirs, and the quotation runs on.
    open_ended = open_tail = False
    if not rest:
        tail = _OPEN_TAIL.match(after, done)
        if tail:
            # (the quotation goes on into paragraphs that open a quotation of their own, or into one that
            # only closes it)
            parts.append(tail.group("q").strip())
            open_tail = True
    # Words right before "said X" are spoken even when few ('"We welcome this," said X');
    # fewer than three are a label or a scare quote.
    if sum(len(part.split()) for part in parts) < MIN_INLINE_BEFORE_WORDS:
        return None
    if len(parts) == 1 or not parts[0].endswith(","):
        parts[0] = parts[0].rstrip(",")
    elif parts[1][:1].isupper():
        parts[0] = parts[0][:-1] + "."
    elif _VERB_GOES_ON.match(parts[1]):
        # '“Today’s decision,” said X, “gives the industry ...”': the comma marks the break for the credit only;
        # the sentence goes on from its subject to its verb ('“If we act now,” said X, “we can ...”' and '“We
        # welcome this,” said X, “and we will ...”' keep it)
        parts[0] = parts[0][:-1]
    attribution = text[m.end("close"): m.end()].strip(" ,")
    return Attribution("inline-before", attribution, subject, text[: m.start()].strip(),
                       quote=" ".join(parts).strip().rstrip(","), rest=rest, open_ended=open_ended,
                       open_tail=open_tail)


# Verbs a sentence's subject goes on to after a quotation split by its credit ("“Today’s decision,” said X,
# “gives ...”"): before them the comma is the break's only.
_VERB_GOES_ON = regex.compile(
    r"(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|gives|give|shows|means|makes"
    r"|brings|helps|marks|sets|provides|offers|represents|delivers|allows|puts|takes|creates|ensures|needs)\b")


def _speaks_unmarked(subject: Optional[Subject], quote: str) -> bool:
    """Without quotation marks, words count as a quote when a person (or a spokesperson) says them
    in the first person and in a sentence: not a body's notice, a document's rule or a paraphrase."""
    return bool(subject) and (subject.is_person or bool(subject.unnamed and subject.role)) \
        and len(quote.split()) >= MIN_INLINE_WORDS and bool(_FIRST_PERSON.search(quote))


def _inline_colon(text: str) -> Optional[Attribution]:
    m = INLINE_COLON.search(text, timeout=TIMEOUT)
    if not m or _SUBORDINATE_OPENING.match(m.group("clause").strip()):
        return None  # "As the Prime Minister said: ..." recalls words, it does not attribute them
    subject = parse_subject(ADVERB_TAIL.sub("", m.group("clause").strip()))
    quote = m.group("rest").strip()
    if not _speaks_unmarked(subject, quote) or quote[-1] not in ".!?…”\"’'" and (
            len(quote.split()) < _SPOKEN_WITHOUT_STOP or not _WHOLE_SENTENCE_FIRST.search(quote)):
        # words spoken end a sentence; "X said: Yes" or a heading does not (words cut short in a truncated dump
        # are spoken when a whole sentence of them came first)
        return None
    attribution = text[m.start("clause"): m.start("rest")].strip()
    # The words end with the paragraph: without marks, nothing says that the next one is still theirs.
    return Attribution("inline-colon", attribution, subject, text[: m.start("clause")].strip(), quote=quote)


def _inline_end(text: str) -> Optional[Attribution]:
    m = INLINE_END.match(text, timeout=TIMEOUT)
    if not m or m.group("verb").endswith("s"):
        return None  # "..., says Transport Secretary": a summary in the style of a headline, not speech
    subject = parse_subject(ADVERB_TAIL.sub("", m.group("who").strip()))
    # Only the sentence the attribution closes: the sentences before may be the press office's.
    context, quote = last_sentence(m.group("quote").strip())
    if not _speaks_unmarked(subject, quote):
        return None
    return Attribution("inline-end", text[m.end("quote"):].strip(" ,"), subject, context, quote=quote)


def _dash_credit(text: str) -> Optional[Attribution]:
    m = DASH_CREDIT.match(text, timeout=TIMEOUT)
    if not m or _DATED_CREDIT.search(m.group("who")):
        return None
    quote = m.group("quote").strip()
    # Words spoken end a sentence (inside the marks or just after them); a title does not
    # ("The Road to Net Zero", "Get Britain Working: the plan to ...").
    # (a long quotation in the first person is words spoken even without its stop)
    if len(quote.split()) < MIN_INLINE_WORDS or not (quote[-1] in ".!?…" or m.group("stop") or (
            len(quote.split()) >= _SPOKEN_WITHOUT_STOP and _FIRST_PERSON.search(quote))):
        return None
    subject = parse_subject(m.group("who"))
    if not subject or not subject.is_person or subject.reference is not None:
        return None  # the credit must name someone: "– She" or "– Acme" credits nobody
    if not _credits_an_office(subject):
        return None  # "– William Shakespeare, Hamlet", "– Jane Doe, The Guardian": a citation, not a statement
    return Attribution("dash-credit", text[m.end("stop"):].strip(" -–—"), subject, "", quote=quote)


def _credits_an_office(subject: Subject) -> bool:
    """A press office credits a statement to a post or a body: 'Jane Doe, Chief Executive, Acme'."""
    from .speaker import _is_role_word, has_org_keyword  # helpers shared by the two steps

    role_held = bool(subject.role) and (any(_is_role_word(w) for w in subject.role.split())
                                        or is_government_role(subject.role))
    # "Highways England", "Sport England": a body a nation's name closes, from the table
    body = subject.organisation or subject.role
    body_named = bool(body) and (has_org_keyword(body) or body.casefold() in NATION_NAMED_BODIES)
    return role_held or bool(subject.rank) or body_named


# Cheap tests that rule a paragraph out before the full patterns run.
# A block attribution ends with a colon, opens with a Welsh verb, or has a speech word near its end with no
# stop after it.
_BLOCK_WORDS = (*SPEECH_VERBS, "say", "tell", "statement", "comments", "saying", "adding", "commenting", "explaining",
                "stating", "warning", "noting", "declaring", "stressing", "insisting", "continuing", "concluding",
                "writing", "telling")
_BLOCK_WORD_TO_END = 120
_MAY_BE_BLOCK_WORD = regex.compile(rf"(?i:\b(?:{'|'.join(sorted(_BLOCK_WORDS, key=len, reverse=True))})\b)"
                                   rf"[^.!?]{{0,{_BLOCK_WORD_TO_END}}}$")
_MAY_BE_BLOCK_OPENING = regex.compile(rf"^(?:{'|'.join(VERB_FIRST)})")
_MAY_BE_BLOCK_COLON = regex.compile(r":\s*$")
# How far before the end a speech word can start: the longest word, the words after it, a final newline.
_BLOCK_WORD_REACH = max(map(len, _BLOCK_WORDS)) + _BLOCK_WORD_TO_END + 1
_MAY_BE_INLINE_AFTER = regex.compile(rf"\b(?:{_INLINE_VERB}|adding|saying|explaining|commenting|stating|warning|"
                                     rf"noting|declaring|stressing|insisting|say|tell|added|welcomed|statement|explains|explained)\b"
                                     rf"[^“\"‘']{{0,60}}[“\"‘']")
_MAY_BE_INLINE_BEFORE = regex.compile(r"[,.!?…—–-][”\"’']\s|[”\"’'],\s|^[“\"][^“”\"]{20,}?\p{L}[”\"]\s+(?:the\s+)?\p{Lu}"
                                   rf"|^[“\"][^“”\"]{{20,}}?\p{{L}}[”\"]\s+(?:{_INLINE_VERB})\s+\p{{Lu}}")
_MAY_BE_INLINE_COLON = regex.compile(rf"\b(?:{_INLINE_VERB}|{_PHRASE}|told)\b[^:]{{0,60}}:\s+\p{{Lu}}")
_MAY_BE_INLINE_END = regex.compile(rf",\s+(?:{_INLINE_VERB})\s+[^.!?;:]{{2,200}}\.\s*$")
_MAY_BE_DASH_CREDIT = regex.compile(r"[”\"’']\.?\s*[-–—]")
_ASCII_OPENING = regex.compile(r"(?:^|[\s(])'\S")


def _may_be_block(end: str) -> bool:
    """Whether the end of a paragraph may hold a block attribution (the cheap test before :func:`_block`)."""
    return bool(_MAY_BE_BLOCK_COLON.search(end) or _MAY_BE_BLOCK_OPENING.match(end)
                or _MAY_BE_BLOCK_WORD.search(end, _block_word_from(end)))


def _block_word_from(end: str) -> int:
    """Where a speech word that the block test can find may start at the earliest: after the last stop, and
    within reach of the end (a speed-up only: the case-insensitive search is slow on the text before)."""
    last_stop = max(end.rfind("."), end.rfind("!"), end.rfind("?"))
    return max(0, last_stop + 1, len(end) - _BLOCK_WORD_REACH)


def find_attribution(text: str) -> Optional[Attribution]:
    """The attribution in one paragraph, if it has one."""
    try:
        text = _turned_opening(text)
        lettered = _letters_for_marks(text)
        found = _find_attribution(lettered)
        return _marks_back(found) if found and lettered != text else found
    except TimeoutError:
        # A pattern ran past TIMEOUT on pathological text: no attribution, rather than a crash.
        return None


def _turned_opening(text: str) -> str:
    """'Jane Doe said:” I am delighted ...': a closing mark typed for the opening one after a colon, where no
    quotation is open, is the opening mark."""
    spaced = _SPACED_OPENING.search(text)
    if spaced is not None:
        # 'Jane Doe said:" Project Hope ...': a space typed after the opening mark
        text = f"{text[: spaced.start()]}: {spaced.group('mark')}{text[spaced.end():]}"
    m = _TURNED_OPENING.search(text)
    if m is None or "“" in text[: m.start()]:
        return text
    return f"{text[: m.start()]}: “{text[m.end():]}"


_SPACED_OPENING = regex.compile(r":\s*(?P<mark>[“\"])\s+(?=\p{Lu})")


_TURNED_OPENING = regex.compile(r":\s*”\s*(?=\p{Lu})")


# The marks of a name such as "Which?" as letters that look the same ("Whichʔ"), so that no pattern reads them as
# the end of a sentence ("Rocio Concha, Which? Director of Policy and Advocacy, said:"); put back in what is found.
_MARK_LETTERS = {"?": "ʔ", "!": "ǃ"}
_MARKS_OF_LETTERS = str.maketrans({v: k for k, v in _MARK_LETTERS.items()})
_NAME_WITH_MARK = regex.compile(rf"(?<!\p{{L}})(?:{'|'.join(map(regex.escape, NAMES_WITH_MARKS))})(?=[\s,]|$)")


def _letters_for_marks(text: str) -> str:
    if "?" not in text and "!" not in text:
        return text
    return _NAME_WITH_MARK.sub(lambda m: m.group(0)[:-1] + _MARK_LETTERS[m.group(0)[-1]], text)


def _marks_back(found: Attribution) -> Attribution:
    def back(value: Optional[str]) -> Optional[str]:
        return value if value is None else value.translate(_MARKS_OF_LETTERS)

    subject = _body_with_mark(replace(found.subject, name=back(found.subject.name), role=back(found.subject.role),
                                      organisation=back(found.subject.organisation)))
    return replace(found, text=back(found.text), context=back(found.context), quote=back(found.quote),
                   rest=back(found.rest), subject=subject)


def _body_with_mark(subject: Subject) -> Subject:
    """A name with a mark is a body's: "Which? said:" is the body speaking, and in "Which? Director of Policy Rocio
    Concha" it is her organisation, not part of her title."""
    if subject.reference == "surname" and subject.name in NAMES_WITH_MARKS:
        return Subject(organisation=subject.name, unnamed=True)
    first, _, rest = (subject.role or "").partition(" ")
    if first in NAMES_WITH_MARKS and rest and not subject.organisation:
        return replace(subject, role=rest, organisation=first)
    return subject


# A paragraph whose one closing mark has no opening mark before it ('The question is what is best for Britain?”,
# Economic Secretary Jane Doe said today.'): the mark was lost at the paragraph's start, where a quotation opens.
_LOST_OPENING = regex.compile(r"^(?=\p{Lu})[^“”\"]{20,}”[^“”\"]*$")


# A single closing mark after a word, then a credit's verb and a name, in a paragraph no mark opened (the
# apostrophes of "I’m" stand between letters, this mark after one).
_LOST_SINGLE_OPENING = regex.compile(
    rf"^\p{{Lu}}[^‘]{{20,}}?\p{{L}}[,.!?]?(?P<close>’),?\s+(?:{_INLINE_VERB})\s+\p{{Lu}}[^’]*$")


def lost_its_opening(text: str) -> bool:
    """Whether a paragraph closes a quotation it never opened (its opening mark lost, or left to the paragraph
    before, which opened the quotation and left it open)."""
    return "”" in text and "“" not in text and '"' not in text and _LOST_OPENING.match(text) is not None


# "X issued the following statement.": a statement given, its sentence closed by a stop (a speed-up only; the
# block test reads it)
_GIVES_STATEMENT_STOP = regex.compile(
    rf"\bthe following (?:{'|'.join(STATEMENT_NOUNS)})(?:\s+(?:to|on|about|regarding|at|after|following|in)\b"
    r"[^.:;!?]{0,80})?(?:\s+(?:today|tonight|yesterday|this\s+(?:morning|afternoon|evening)))?\.$")


# A note in brackets closing a paragraph: "(Photo: Acme)", "(see note 1).": no narration
NOTE_AT_END = regex.compile(r"\s*\([^()]{1,60}\)\.?\s*$")
_ENDS_IN_QUOTATION = regex.compile(r"[”\"][.,]?\s*$")  # the paragraph ends where a quotation closes
# 'Said the Acme MLA: “...”', 'Said Doe, “...”': the verb first, then the subject, a colon or a comma and the words
# in marks
_VERB_FIRST_INLINE = regex.compile(
    rf"^(?P<verb>{'|'.join(ENGLISH_VERB_FIRST)})\s+(?P<subject>[^:;.!?“”\"]{{3,160}}?)"
    r"\s*[:,]\s*(?=[“\"])")


def _find_attribution(text: str) -> Optional[Attribution]:
    if not text or len(text) > 20000:
        return None
    tail = text[-1]
    if tail.isalnum() or tail == "." and len(text) <= _HEADING_WITH_STOP_MAX and _names_a_response(text):
        found = _statement_heading(text)
        if found:
            return found
    if (tail in ":;," or tail.isalpha() or tail == ")") and _may_be_block(text[-400:]) \
            or tail == "." and _GIVES_STATEMENT_STOP.search(text[-120:]):
        found = _block(text)
        if found:
            return found
    if not ("“" in text or '"' in text or "‘" in text or "'" in text and _ASCII_OPENING.search(text)):
        if lost_its_opening(text):
            found = _inline_before("“" + text)
            if found:
                return found
        single = _LOST_SINGLE_OPENING.search(text)
        # (words spoken, in the first person, not a plural's possessive: "at the meeting of the Governors’ said")
        if single and _FIRST_PERSON.search(text, 0, single.start("close")) \
                and not text[: single.start("close")].endswith("s"):
            # '... and internationally’ said Jane Doe, CEO, Acme.': a single mark closes what no mark opened
            found = _inline_before("“" + text[: single.start("close")] + "”" + text[single.end("close"):])
            if found:
                return found
        return _unmarked(text)  # no quotation mark: no inline quote, unless a dump has lost the marks
    if _MAY_BE_INLINE_BEFORE.search(text):
        found = _inline_before(text)
        if found:
            return found
    if text[0] in OPEN and _MAY_BE_DASH_CREDIT.search(text):
        found = _dash_credit(text)
        if found:
            return found
    if _MAY_BE_INLINE_AFTER.search(text):
        found = _inline_after(text)
        if found:
            return found
    verb_first = _VERB_FIRST_INLINE.match(text)
    if verb_first and _NAMED_AFTER_VERB.match(verb_first.group("subject")):
        # 'Said the Acme MLA: “...”': read as 'the Acme MLA said: “...”', the line kept as written
        found = _inline_after(f"{verb_first.group('subject')} {verb_first.group('verb').lower()}: "
                              f"{text[verb_first.end():]}")
        if found and (found.open_ended or _ENDS_IN_QUOTATION.search(NOTE_AT_END.sub("", text))):
            # (the words run to the paragraph's end: not 'Said Business School, “one of the world's leading
            # business schools”, will host ...', a name that opens with the verb)
            return replace(found, text=text[: verb_first.end()].strip())
    if _COLON_THEN_QUOTATION.search(text):
        found = _reported_then_quoted(text)
        if found:
            return found
    if text[0] not in OPEN:
        found = _name_colon_inline(text)
        if found:
            return found
    return _unmarked(text)  # quotation marks around a phrase only ("the 'Levelling Up' fund")


def _unmarked(text: str) -> Optional[Attribution]:
    """'X said: We are ...' and 'We are ..., said X.': where a dump has lost the quotation marks."""
    if _MAY_BE_INLINE_END.search(text):
        found = _inline_end(text)
        if found:
            return found
    return _inline_colon(text) if _MAY_BE_INLINE_COLON.search(text) else None


def opens_quotation(text: str) -> bool:
    return bool(text) and text[0] in OPEN and len(text) > 1 and not text[1].isspace()


def closes_quotation(text: str) -> bool:
    t = text.rstrip()
    return bool(t) and t[-1] in CLOSE and (len(t) < 2 or t[-2] in ".,!?…—–-)")


def _person_then_verb(verbs: str) -> regex.Pattern:
    """A sentence that opens with someone (a lead-in may come first) and a verb ``verbs`` matches right after them
    (an auxiliary may come first: "has welcomed")."""
    return regex.compile(
        rf"^(?P<who>\p{{Lu}}[^.;:!?“”\"]{{0,160}}?)\s+(?:(?:has|have|had)\s+)?(?:(?:{'|'.join(VERB_ADVERBS)})\s+)?"
        rf"(?P<verb>{verbs})\b(?!\s*:)")


def _any_of(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_LEAD_COLON = _person_then_verb(_any_of(LEAD_COLON_VERBS))
_LEAD_OWN_WORDS = _person_then_verb(_any_of(v for v in LEAD_COLON_VERBS if v not in LEAD_COLON_VERBS_OF_ANOTHER))
_REPORTING = _person_then_verb(_any_of(REPORTING_VERBS))
# A person named, then a verb in the past tense that ends in -ed ("Michael Gove today congratulated", "Jane Doe has
# welcomed"), opening a sentence.
_NAMED_THEN_PAST = _person_then_verb(r"\p{Ll}{2,20}ed")
_CLAUSE_IN_SUBJECT = regex.compile(r"\b(?:who|which|that|whose|where|when)\b")
_LEAD_IS_LIST = regex.compile(r"\b(?:as follows|the following|following)\s*:\s*$")
_SAYERS = frozenset({"he", "she"})
_ROLE_HEAD = regex.compile(r"\s+(?:of|for|to)\s+")  # "Secretary" of "Secretary of State for Work and Pensions"
_PLURAL = regex.compile(r"(?<![su])s$")


def _a_person(who: str, pair_before: bool = False) -> Optional[Subject]:
    """The subject parsed when it is one person: 'Gordon Brown', 'The PM', 'Before the meeting the PM', 'He';
    not a body ('The Government'), a document ('The report'), a group ('Ministers', 'They') or a lone word.
    With ``pair_before`` (a quote of two people speaking together came right before), 'They' is the two going on."""
    if _CLAUSE_IN_SUBJECT.search(who):
        return None  # "The minister who opened the centre": the verb belongs to another clause
    if _PASSIVE_AUXILIARY_END.search(who):
        return None  # "He was told by officials": the one told, who is no speaker
    subject = parse_subject(who)
    if subject is None or subject.unnamed or not subject.is_person:
        return None
    if subject.reference == "pronoun":
        return subject if subject.honorific in _SAYERS or pair_before and subject.honorific == "they" else None
    if subject.reference == "role":
        head = _ROLE_HEAD.split(subject.role or "")[0].split()
        return subject if head and not _PLURAL.search(head[-1]) else None  # not "Ministers", "Police officers"
    if subject.reference is None and subject.name and len(subject.name.split()) >= 2:
        return subject
    if subject.reference == "surname" and subject.honorific:
        return subject  # "Mr Brown"
    return None


# The passive with the person after "by": "The issue was raised by Shadow Rural Affairs Minister Samuel Kurtz MS
# in the Senedd today:" (a place or time after the person is no part of them).
_BY_PERSON = regex.compile(
    r"^(?:[^.;:!?“”\"]{0,120}?\s)?" + passive_by(r"\p{Ll}{2,20}ed", PASSIVE_DONE_AUXILIARIES, adverb=False) +
    r"(?P<who>(?:the\s+)?\p{Lu}[^.;:!?“”\"]{1,120}?)(?:,?\s+(?:in|at|on|during|today|yesterday|this|last)\b[^.;:!?“”\"]{0,80})?"
    r"\s*:\s*$")


def lead_colon_attribution(text: str, pair_before: bool = False) -> Optional[Attribution]:
    """A narration sentence about a person speaking that ends in a colon without "said:" at its end, which a
    quotation follows: 'Gordon Brown emphasised the importance of the talks, and said that he would ...:' /
    'He also spoke about helping developing countries:'. Not 'The Government announced:' (a body) nor
    '... are as follows:'. The caller checks that a quotation opens the next paragraph. ``pair_before``: the
    quote right before was two people's ("the Chancellor and Jane Doe said:"), so 'Continuing, they stressed
    that ...:' is the two going on."""
    found = _colon_lead(text, _LEAD_COLON, pair_before) or _colon_lead(text, _BY_PERSON)
    return Attribution("lead-colon", text, found[1], found[0]) if found else None


def _colon_lead(text: str, pattern: regex.Pattern, pair_before: bool = False) -> Optional[tuple[str, Subject]]:
    """The sentences before, and the person, of a colon-ended narration sentence whose subject ``pattern``
    finds in its group "who"; None for a list's introduction or when no person is found."""
    if not text.rstrip().endswith(":") or _LEAD_IS_LIST.search(text):
        return None
    context, clause = last_sentence(text)
    m = pattern.match(clause, timeout=TIMEOUT)
    subject = _a_person(m.group("who"), pair_before) if m else None
    return (context, subject) if subject else None


def lead_colon_own_words(text: str) -> Optional[Attribution]:
    """A narration sentence about a person speaking that ends in a colon, before a paragraph in which they speak
    for themselves without quotation marks: '... The Chancellor went on to call for other countries to follow the
    UK’s lead:' then 'Today in Northtown I ask our partners ...'. Not when the sentence turns to someone else,
    whose words the paragraph may be ('The Chancellor spoke to an apprentice:', 'She highlighted the work of Amy
    Smith, an apprentice at the centre:', 'She pointed to the victim’s statement:'), nor a list's introduction.
    The caller checks that the next paragraph is plainly in the first person."""
    if not text.rstrip().endswith(":") or _LEAD_IS_LIST.search(text):
        return None
    context, clause = last_sentence(text)
    m = _LEAD_OWN_WORDS.match(clause, timeout=TIMEOUT)
    if m is None or _names_someone_else(clause[m.end():]):
        return None
    subject = _a_person(m.group("who"))
    return Attribution("lead-colon", text, subject, context) if subject else None


_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}")
_LOWER_WORD = regex.compile(r"(?<![\p{L}'’-])\p{Ll}[\p{L}-]*(?P<possessive>['’]s|(?<=s)['’])?(?![\p{L}'’-])")


def _names_someone_else(words: str) -> bool:
    """Whether words after the verb bring in someone else, whose words the next paragraph may be: a person named
    in full or by honorific and surname ('the work of Amy Smith, an apprentice'), a text in which someone speaks
    for themselves ('a letter from one parent'), a person's or a group's noun ('one resident', 'the victims'), or
    the possessive of a person ('the minister’s', 'Jane Doe’s'). Not 'other countries to follow the UK’s lead' (a
    country's possessive) nor 'the centre’s lead' (a body's)."""
    for run in _CAPITALISED_RUN.finditer(words, timeout=TIMEOUT):
        found = split_name(without_possessive(run.group(0)))
        if found is not None and (found.honorific or len(found.name.split()) >= 2):
            return True
    for m in _LOWER_WORD.finditer(words, timeout=TIMEOUT):
        word = m.group(0)[: m.start("possessive") - m.start()] if m.group("possessive") else m.group(0)
        if word in PERSONAL_TEXT_NOUNS or _person_or_group(word) \
                or m.group("possessive") and _is_role_word(word):
            return True
    return False


def _person_or_group(word: str) -> bool:
    """'parent', 'victims', 'residents', 'daughter', 'families': a lower-case noun for a person or for people."""
    return word in PERSON_NOUNS or word in PEOPLE_GROUP_NOUNS or word in RELATIVE_NOUNS \
        or word.endswith("s") and word[:-1] in PERSON_NOUNS


# Two people joined by "and", each named or titled, right before the verb: "the Chancellor and Jane Doe"
_PAIR = regex.compile(r"^(?P<first>[^,]{2,80}?)\s+and\s+(?P<second>[^,]{2,80})$")


def names_two_people(attribution: str) -> bool:
    """Whether an attribution's subject is two people speaking together: 'Speaking after the IMF and World Bank
    announced the news, the Chancellor and Jane Roe said:', 'Jane Doe and John Smith said:'. Not one person's
    title with "and" in it ('Business and Trade Secretary Jane Doe said:') nor one person's two posts ('Jane Doe,
    Chair of Acme and Trustee of the Foo Trust, said:')."""
    _, clause = last_sentence(attribution)
    m = BLOCK_TAIL.search(clause, timeout=TIMEOUT) if len(clause) <= MAX_CLAUSE else None
    if m is None:
        return False
    pair = _PAIR.match(strip_lead_in(ADVERB_TAIL.sub("", clause[: m.start()].rstrip(" ,"))))
    return pair is not None and all(_one_of_a_pair(pair.group(part)) for part in ("first", "second"))


def _one_of_a_pair(words: str) -> bool:
    """'the Chancellor', 'Jane Roe', 'Health Secretary Jane Doe', 'Ms Roe': a person named in full, by
    honorific and surname, or a title after "the"; not a word of a title ('Business' of "Business and Trade
    Secretary") nor a title without "the"."""
    subject = _a_person(words)
    if subject is None:
        return False
    return subject.reference == "role" and words.split()[0] in ("the", "The") \
        or subject.reference == "surname" and bool(subject.honorific) \
        or subject.reference is None and bool(subject.name) and len(subject.name.split()) >= 2


def named_colon_attribution(text: str) -> Optional[Attribution]:
    """A narration sentence that ends in a colon, whose subject is a person named (in full, or by honorific and
    surname) and whose verb is a past tense in -ed, before paragraphs in the speaker's own words without
    quotation marks: 'Jane Doe today congratulated the schools opening this term:' then 'I am delighted ...'.
    Not 'The Department welcomed the report:' (a body), 'He thanked the volunteers:' (nobody named), '... are as
    follows:'. The caller checks that the next paragraph is in the first person."""
    found = _colon_lead(text, _NAMED_THEN_PAST)
    if found is None or found[1].reference not in (None, "surname"):
        return None  # "He", "The Minister": named nowhere in the sentence
    return Attribution("lead-colon", text, found[1], found[0])


# A byline's parts may be set off by a bar as well as by a comma: "Jane Doe | Acme chief executive".
_BYLINE_BAR = regex.compile(r"\s+\|\s+")
_BYLINE_MAX = 160  # a byline is a name and a title, no sentence
# a press contact's line, no author's ("Press Officer", "Media Manager"; not "Head of Media Studies")
_CONTACT_POST = regex.compile(r"(?i)\b(?:press|media|communications|PR)\s+(?:officer|office|team|manager|adviser|"
                              r"advisor|contact|assistant|executive|relations)\b")
_SPEECH_WORD = regex.compile(rf"\b(?:{_VERB})\b")


def byline(text: str) -> Optional[Attribution]:
    """A line that is a titled person and nothing else ("Jane Doe, Chief Executive, Acme Trust", "Gavin Roe | Acme
    chief executive", "Councillor Jane Doe, cabinet member for children"): the author of the quotation a paragraph
    right after it opens. A full name and a title are needed, and no verb may follow the name; the caller checks
    the paragraph after."""
    t = text.strip()
    if len(t) > _BYLINE_MAX or not t[-1:].isalpha() or any(mark in t for mark in "“”\":;.!?") \
            or any(ch.isdigit() for ch in t):
        return None
    first = split_name(_BYLINE_BAR.split(t)[0].split(",")[0].strip())
    if first is None or first.suffix or len(first.name.split()) < 2 \
            or first.prefix and not _is_title_phrase(first.prefix.split()):
        return None  # the line opens with the person ("Pupils at Northtown School with Jane Doe, ..." is a caption)
    subject = parse_subject(_BYLINE_BAR.sub(", ", t))
    if subject is None or subject.reference is not None or not subject.name or len(subject.name.split()) < 2 \
            or not subject.role or _SPEECH_WORD.search(t) or _CONTACT_POST.search(subject.role):
        return None
    return Attribution("byline", text, subject, "")


def reported_speech_attribution(text: str) -> Optional[Attribution]:
    """A paragraph reporting what a person said, in the press office's words, which a paragraph wholly in
    quotation marks follows: 'The PM said civilian experts ... are able to show immediate progress.' /
    'Gordon Brown said he had spoken to salt manufacturers.'. Not 'The report said ...' (a document) nor a
    paragraph with quotation marks of its own. The caller checks the quotation that follows."""
    t = text.rstrip()
    if not t.endswith((".", "!")) or any(mark in t for mark in "“”\""):
        return None
    fronted = _FRONTED_REPORTING.match(t, timeout=TIMEOUT)
    if fronted is not None and reads_as_lead_in(fronted.group("lead")):
        # "In the week in which Chancellor John Roe announced the appointment of Lord Doe ..., Ms Roe urged
        # business to ...": the subject after the fronted clause speaks, whoever the clause names ("Published on
        # the day the Chancellor visited, the report said ...": a document, so no one)
        subject = _a_person(fronted.group("who"))
    else:
        m = _REPORTING.match(t, timeout=TIMEOUT)
        subject = _a_person(m.group("who")) if m else None
    return Attribution("reported-lead", text, subject) if subject else None


# A fronted clause, its comma, then the sentence's subject (no comma in it) and a verb of reported speech.
_FRONTED_REPORTING = regex.compile(
    rf"^(?P<lead>\p{{Lu}}[^.;:!?“”\"]{{0,300}}?),\s+(?P<who>[^,.;:!?“”\"]{{1,80}}?)\s+(?:(?:has|have|had)\s+)?"
    rf"(?:(?:{'|'.join(VERB_ADVERBS)})\s+)?(?P<verb>{_any_of(REPORTING_VERBS)})\b(?!\s*:)")


# A colon, then a quotation in double marks: '...: “But in return we are able to ...”'.
_COLON_THEN_QUOTATION = regex.compile(r":\s*[“\"](?=\S)")
# A quotation mark that opens or closes a quotation: a double mark, or a single one opening at a word's start
# (not the apostrophe of 'the UK’s' or 'members’ rights').
_QUOTATION_MARK = regex.compile(r"[“”\"]|(?<!\w)[‘']")


def _reported_then_quoted(text: str) -> Optional[Attribution]:
    """A paragraph that opens reporting what one person said, in the press office's words, and gives their own
    words after a colon in the same sentence: 'Mr Roe said some firms would be asked to pay more in
    the years ahead: “But in return we can promise them a fair plan for growth.”' (also '... the UK’s finances
    were strong and £1.5 billion would follow: “...”', and a quotation closed before its stop, '... for growth”.', or
    left open for the next paragraph). The quotation is read as an inline one is (:func:`_quoted_after`). Not a
    body or a group ('The report said ...:'), nor when a sentence ends, or a quotation opens, between the
    reported words and the colon ('Mr Roe said it would. The plan is: “...”')."""
    m = _REPORTING.match(text, timeout=TIMEOUT)
    colon = _COLON_THEN_QUOTATION.search(text, m.end()) if m else None
    if colon is None or _QUOTATION_MARK.search(text, m.end(), colon.start()) \
            or next(_sentence_breaks(text, m.end(), colon.start()), None) is not None:
        return None
    agent = _AGENT_AFTER.search(text, m.end(), colon.start() + 1) if _PASSIVE_AUXILIARY_END.search(m.group("who")) \
        else None
    # ("He was told by the Chief Executive, Jane Doe: “...”": the agent speaks; "by officials" names no one)
    subject = _a_person(agent.group("agent")) if agent else _a_person(m.group("who"))
    if subject is None:
        return None
    found = _quoted_after(text[colon.end():], text[colon.end() - 1])
    if found is None:
        return None
    quote, open_ended, more = found
    return Attribution("inline-after", text[:colon.start()].strip(), subject, "", quote=quote,
                       open_ended=open_ended, rest=more)


def wholly_quoted(text: str) -> bool:
    """The paragraph is a quotation from its first character: its double quotation closes at its very end or
    is left open (to close in a later paragraph). '“We will do this.”' yes; '“Levelling up” is a slogan.' no."""
    t = text.rstrip()
    if t[:1] == "“":
        end = curly_quotation_end(t)
        return end is None or t[end + 1:].strip() in ("", ".", ",")
    if t[:1] == '"':
        count = t.count('"')
        return count % 2 == 1 or t.endswith('"') or t.endswith('".')
    return False


def curly_quotation_end(text: str) -> Optional[int]:
    """Where the quotation that ``text`` opens with “ closes (the index of its ”, quotations inside it counted),
    or None when it is left open: '“A “B” C.” D' -> 9."""
    depth = 0
    for k, ch in enumerate(text):
        depth += (ch == "“") - (ch == "”")
        if depth == 0:
            return k
    return None
