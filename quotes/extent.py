"""Decide where a quote ends.

The rule, in order:

1. The paragraph right after a block attribution is always the quote's first
   paragraph (unless it is a heading or a list item: then there is no quote).
2. Quotation marks are decisive. When the first paragraph opens with a
   quotation mark, paragraphs are attached until one closes the quotation
   (British style: each paragraph opens, only the last one closes; a
   quotation left open also runs through a few paragraphs without marks up
   to the one that closes it). A quotation that never closes goes on as
   unmarked words do (rule 3), by a higher bar; one left open in the
   attribution's own line ('X said: “From today ...') takes the next
   paragraph only when it reads as the speaker's words.
3. Otherwise the following paragraphs are attached while they read as the
   speaker's words, and the quote stops at the first paragraph that is
   * a heading ("Notes to editors", a short line without final punctuation),
   * a list item, or narration introducing a list (ends with ':'; the speaker's own line in the first person
     that introduces one, 'Today we are publishing a plan to deliver it, including:', runs through its items),
   * another attribution (block or inline),
   * in the press office's voice: scored by the signals in
     :mod:`quotes.rules.extent` (first person adds; the speaker named in the
     third person, narration openings and verbs, the government or the
     publisher as an outside party subtract),
   * or the end of the release.
   A paragraph of plain facts that the score would stop at is passed over when,
   with no narration in between, the speaker says "I" again right after it, or
   a statement release (attribution first) ends with such paragraphs; a government department's spokesperson's
   statement release also runs through paragraphs about third parties up to the press office's first line.
4. A one-line caption inside a quotation still open, which resumes right after
   it, does not end the quotation (:func:`interruptions` names such lines).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Optional, Sequence

import regex

from .attribution import closes_quotation as _closes_at_end
from .attribution import first_sentence, opens_quotation
from .models import Paragraph
from .paragraphs import is_stop_heading, reads_as_cut
from .rules import extent as R

# A lookahead on the characters a match can start with lets the engine skip ahead (a speed-up only).
_SIGNALS = {name: regex.compile(f"(?=[{R.SIGNAL_STARTS[name]}])(?:{rx})" if name in R.SIGNAL_STARTS else rx)
            for name, rx in R.SIGNALS.items()}
_PHRASES = {name: regex.compile(rx) for name, rx in R.PHRASE_SIGNALS.items()}
_NEEDS = R.SIGNAL_NEEDS
_PHRASE_NEEDS = R.PHRASE_NEEDS
_OPENING_SIGNALS = frozenset({"continues_thought", "subordinate_opening", "conjunction_opening", "discourse_marker",
                              "opens_with_the", "rhetorical_opening", "named_subject",
                              "narration_opening", "third_person_report", "narration_link"})
# read with the first person of names blanked ("the Our Future Fund" is no speaker's "our")
_SPOKEN_SIGNALS = frozenset({"first_person", "first_person_plural"})
_WORD = regex.compile(r"[\w’']+")
_SENTENCE_BREAK = regex.compile(r"[.!?]\s+[A-Z]")
_CAPITALISED = regex.compile(r"\b[A-Z][a-z]+\b")
_QUOTED_SPANS = regex.compile(r"[“\"‘][^“”\"]*[”\"’]")
_FIRST_PERSON_SINGULAR = regex.compile(R.FIRST_PERSON_SINGULAR)
_REPORT_VERBS = ("said", "says", "added", "adds", "explained", "continued", "warned", "told")
_PRONOUN_REPORT = regex.compile(rf"\b(?:he|she|they) (?:{'|'.join(_REPORT_VERBS)})\b")
_CAPITAL = regex.compile(r"[A-Z]")
_TITLE_CASE_NAME = regex.compile(R.TITLE_CASE_NAME)
_SENTENCE_OPENS = regex.compile(r"(?:^|[.!?:;]|[“\"‘(])\s*$")
_NAME_FIRST_PERSON = regex.compile(r"\b(?:Our|our|My|We|Us)\b")
# Signals are read from the first SIGNAL_SPAN characters of a paragraph. Real
# paragraphs are far shorter (about 1,000 at most in the development corpus);
# the bound keeps patterns that backtrack (the quoted spans) from taking
# quadratic time on a megabyte-long line.
SIGNAL_SPAN = 2000


def words_pattern(words: Sequence[str]) -> Optional[regex.Pattern]:
    """One compiled pattern matching any of the words as whole words."""
    words = tuple(sorted({w for w in words if w}))
    return _words_pattern(words) if words else None


@lru_cache(maxsize=4096)
def _words_pattern(words: tuple[str, ...]) -> regex.Pattern:
    return regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True)) + r")\b")


@dataclass(slots=True)
class SpeakerCue:
    """What identifies the speaker and the publisher in narration (compiled once per quote)."""

    names: Optional[regex.Pattern] = None  # full name and surname
    publisher: Optional[regex.Pattern] = None  # the publisher's name and its initials
    organisation: Optional[regex.Pattern] = None  # the speaker's organisation and its initials
    body: bool = False  # a body or its unnamed spokesperson speaks, naming itself in the third person
    government: bool = False  # the speaker speaks for the UK government (a department's minister, official, envoy)
    minister: bool = False  # the speaker's title is a government's office ("Home Secretary", "First Minister")


def _mentions(text: str, pattern: Optional[regex.Pattern]) -> bool:
    return pattern is not None and pattern.search(text) is not None


def _has_quotation_mark(text: str) -> bool:
    """Whether a quoted span can open in ``text`` (else removing quoted spans changes nothing)."""
    return "“" in text or '"' in text or "‘" in text


def _contains_any(text: str, needles: tuple[str, ...]) -> bool:
    for needle in needles:
        if needle in text:
            return True
    return False


@dataclass(slots=True)
class _OwnSignals:
    """What a paragraph shows whoever speaks: every signal but those naming the speaker or the publisher."""

    signals: dict[str, bool]  # in the order paragraph_signals gives them; the cue's own are False here
    unquoted: str  # the text read, quoted spans removed
    reports_speech: bool  # "he said", "she added": someone reported in the third person


def _without_names_first_person(text: str) -> str:
    """The text with the first person inside names written in Title Case blanked ('the joint statement,
    Transforming Our Justice System, is published' -> '..., Transforming     Justice System, ...', 'The Strategy
    for our Veterans will ...'): 'Our' there is the name's, no one speaking. Only a possessive with a word of the
    name after it ('Find My' keeps its 'My'), and not the first word of a sentence ('Our Armed Forces are ...')."""
    if len(_CAPITAL.findall(text)) < 2 or not _NAME_FIRST_PERSON.search(text):
        return text  # a speed-up only: such a name needs two capitals and a first-person word
    return blank_first_person_in_names(text)


def blank_first_person_in_names(text: str) -> str:
    """:func:`_without_names_first_person` without its speed-up."""
    def blank(m: regex.Match) -> str:
        name = m.group()
        opens = _SENTENCE_OPENS.search(text, max(0, m.start() - 3), m.start()) is not None
        for w in reversed(list(_NAME_FIRST_PERSON.finditer(name))):
            if w.end() < len(name) and not (opens and w.start() == 0):
                name = name[:w.start()] + " " * (w.end() - w.start()) + name[w.end():]
        return name
    return _TITLE_CASE_NAME.sub(blank, text)


def _own_signals(text: str) -> _OwnSignals:
    full, text = text, text[:SIGNAL_SPAN]
    unquoted = _QUOTED_SPANS.sub(" ", text) if _has_quotation_mark(text) else text
    lower = unquoted.lower()
    spoken = _without_names_first_person(unquoted)  # what the first person is read from
    found = {}
    for name, rx in _SIGNALS.items():
        needs = _NEEDS.get(name)
        if needs is not None and not _contains_any(lower, needs):
            found[name] = False
        else:
            found[name] = rx.search(text if name in _OPENING_SIGNALS else spoken if name in _SPOKEN_SIGNALS
                                    else unquoted) is not None
    words = set(_WORD.findall(lower))
    for name, vocabulary in R.WORD_SIGNALS.items():
        found[name] = not words.isdisjoint(vocabulary) or _says_phrase(name, lower)
    found["many_names"] = _names_many(unquoted)
    found["long"] = len(full) > R.LONG_PARAGRAPH
    for name in _CUE_SIGNALS:
        found[name] = False
    found["list_intro"] = full.rstrip().endswith(":")
    reports = _contains_any(lower, _REPORT_VERBS) and _PRONOUN_REPORT.search(unquoted) is not None
    return _OwnSignals(found, unquoted, reports)


def _says_phrase(name: str, lower: str) -> bool:
    """Whether the lower-cased text holds one of the phrases of a word signal."""
    phrase = _PHRASES.get(name)
    needs = _PHRASE_NEEDS.get(name)
    return phrase is not None and (needs is None or _contains_any(lower, needs)) and phrase.search(lower) is not None


def _names_many(text: str) -> bool:
    """So many capitalised words that the paragraph lists names; counting capital letters first is a speed-up
    only (each such word has one)."""
    return len(_CAPITAL.findall(text)) >= R.MANY_NAMES and len(_CAPITALISED.findall(text)) >= R.MANY_NAMES


_CUE_SIGNALS = ("publisher_named", "speaker_organisation_named", "speaker_named", "own_body_reported")


class ReleaseSignals:
    """The signals each paragraph of one release shows on its own, computed once per paragraph (a speed-up
    only: the quotes of a release, and the look-ahead of the extent rule, ask about the same paragraphs
    again). Keyed by the paragraph's text: make one per release, never share one across releases."""

    __slots__ = ("_own", "_first_person")

    def __init__(self) -> None:
        self._own: dict[str, _OwnSignals] = {}
        self._first_person: dict[str, bool] = {}

    def own(self, text: str) -> _OwnSignals:
        found = self._own.get(text)
        if found is None:
            found = self._own[text] = _own_signals(text)
        return found

    def first_person(self, text: str) -> bool:
        """The first-person signal alone, without computing the others when they are not known yet."""
        own = self._own.get(text)
        if own is not None:
            return own.signals["first_person"]
        found = self._first_person.get(text)
        if found is None:
            found = self._first_person[text] = speaks_in_first_person(text)
        return found


def paragraph_signals(text: str, cue: SpeakerCue, memo: Optional[ReleaseSignals] = None) -> dict[str, bool]:
    """Which speech and narration signals a paragraph shows (its own text only)."""
    own = memo.own(text) if memo is not None else _own_signals(text)
    found = dict(own.signals)
    found["publisher_named"] = _mentions(own.unquoted, cue.publisher)
    found["speaker_organisation_named"] = _mentions(own.unquoted, cue.organisation)
    found["speaker_named"] = own.reports_speech or _mentions(own.unquoted, cue.names)
    found["own_body_reported"] = _own_body_reported(text, cue)
    if (found["named_subject"] or found["opens_with_the"]) and _opens_with_own_side(text, cue):
        # "The UK shares the desire for a peaceful resolution ...": the speaker's side, no third party's fact
        found["named_subject"] = found["opens_with_the"] = False
    return found


# The country a UK government speaker speaks for, as a paragraph's subject ("The UK will continue to lead efforts
# at the UN Human Rights Council ...", in the Foreign Office minister's quote): their own side, no third party.
_OWN_COUNTRY = regex.compile(R.OWN_COUNTRY)
_OWN_GOVERNMENT = regex.compile(R.OWN_GOVERNMENT)


_OWN_BODY_ACTS_TODAY = regex.compile(R.OWN_BODY_ACTS_TODAY)
_GOVERNMENT_SUBJECT = regex.compile(r"(?:UK |British |HM )?[Gg]overnment\b")


def _own_body_reported(text: str, cue: SpeakerCue) -> bool:
    """Whether a paragraph opens with the publisher, the speaker's organisation or the government doing something
    that day ('The Foreign, Commonwealth & Development Office today summoned the Russian Embassy ...', 'The
    Government has today published ...'): the press office reporting, even after a spokesperson's statement,
    which names its body in the third person only to say where it stands ('The Department remains committed')."""
    at = 4 if text.startswith("The ") else 0
    for subject in (cue.publisher, cue.organisation, _GOVERNMENT_SUBJECT if at else None):
        m = subject.match(text, at) if subject is not None else None
        if m is not None and _OWN_BODY_ACTS_TODAY.match(text, m.end()) is not None:
            return True
    return False


def _opens_with_own_side(text: str, cue: SpeakerCue) -> bool:
    """Whether a paragraph opens with the speaker's own side: their organisation ('The Example Trust supports
    ...' in its chief executive's quote), for a UK government speaker the country ('The UK shares the desire
    ...'), and for the government's unnamed spokesperson the government itself ('The Government remains
    committed ...')."""
    if cue.organisation is None and not cue.government:
        return False
    return (_opens_with_own_organisation(text, cue)
            or cue.government and (_OWN_COUNTRY.match(text) is not None
                                   or cue.body and _OWN_GOVERNMENT.match(text) is not None))


def _opens_with_own_organisation(text: str, cue: SpeakerCue) -> bool:
    """The name a paragraph opens with is the speaker's own organisation ('The Example Trust supports ...' in the
    Example Trust's chief executive's quote): no third party."""
    m = _SIGNALS["named_subject"].match(text)
    return m is not None and cue.organisation is not None and cue.organisation.search(text, 0, m.end()) is not None


def speaks_in_first_person(text: str) -> bool:
    """The first-person signal alone (what the paragraph after a candidate is asked)."""
    text = text[:SIGNAL_SPAN]
    unquoted = _QUOTED_SPANS.sub(" ", text) if _has_quotation_mark(text) else text  # as _own_signals reads it
    return _SIGNALS["first_person"].search(_without_names_first_person(unquoted)) is not None


_CONTINUATION_LINE = regex.compile(R.CONTINUATION_LINE)
_NAME_IN_TEXT = regex.compile(R.NAME_IN_TEXT)


def continues_speaker(line: str, before: str, cue: SpeakerCue) -> bool:
    """Whether the attribution ``line`` announces more words of the quote's speaker ('Ms Terroni added:'; 'She
    added:' when the paragraph ``before`` it names no one else the pronoun could be)."""
    m = _CONTINUATION_LINE.match(line.strip())
    if m is None:
        return False
    subject = m.group("subject")
    if subject in ("He", "She"):
        return _NAME_IN_TEXT.search(before) is None
    return cue.names is not None and cue.names.search(subject) is not None


def _cancelled(signals: dict[str, bool]) -> set[str]:
    """The signals another signal of the paragraph explains away (:data:`R.CANCELS`); a signal explained away
    explains nothing away itself ('We will make ...' with a named subject keeps its promise)."""
    first = {other for name, others in R.CANCELS.items() if signals.get(name) for other in others}
    return {other for name, others in R.CANCELS.items() if signals.get(name) and name not in first for other in others}


def paragraph_score(signals: dict[str, bool], position: int, following: str,
                    attribution_opens_release: bool = False) -> float:
    """Score of a paragraph: its signals, its distance from the attribution, what follows it.

    ``position`` is 1 for the quote's second paragraph; ``following`` is
    'heading', 'end', 'attribution', 'same_speaker' (more words of the speaker announced), 'speech' (in the first
    person), 'speech_at_once' (its first sentence says "I") or 'text'. ``attribution_opens_release``: no paragraph
    of the release's text comes before the quote's attribution.
    """
    w = R.WEIGHTS
    cancelled = _cancelled(signals)
    score = w["bias"] + sum(w[name] for name, on in signals.items() if on and name in w and name not in cancelled)
    if following == "same_speaker" and any(signals.get(name) for name in R.FACTS_BETWEEN):
        following = "attribution"  # the press office's figures set between two parts of the quote
    if position == 1:
        score += w["second"] + (w["second_before_attribution"] if following == "attribution" else 0.0)
    if position >= 2:
        score += w["third_or_later"]
    if position >= 3:
        score += w["fourth_or_later"]
    if attribution_opens_release:
        score += w["attribution_opens_release"]
    score += {
        "heading": w["next_is_heading"],
        "end": w["next_is_end"],
        "attribution": w["next_is_attribution"],
        "same_speaker": w["next_is_same_speaker"],
        "speech": w["next_is_first_person"],
        "speech_at_once": w["next_opens_in_first_person"],
    }.get(following, 0.0)
    return score


def closes_quotation(text: str) -> bool:
    """Whether a paragraph ends by closing a quotation: '… today.”', and also '… today”.' (the mark before the
    final stop, common in police and local releases) when that mark closes every quotation the paragraph
    opens ('… called it a “disgrace”.' inside a quotation left open closes only the quoted word)."""
    if _closes_at_end(text):
        return True
    t = text.rstrip()
    if len(t) < 3 or t[-1] not in ".,;" or t[-2] not in "”\"" or t[-3].isspace() or t[-3] in ".,;:!?":
        return False
    if t[-2] == "”":
        return t.count("”") >= t.count("“")
    return t.count('"') % 2 == (0 if opens_quotation(t) else 1)


def _without_closing_mark(text: str) -> str:
    """The paragraph without the mark that closes its quotation ('… today.”' and '… today”.' alike)."""
    t = text.rstrip()
    if _closes_at_end(t):
        return t[:-1]
    if closes_quotation(t):
        return t[:-2] + t[-1]
    return t


_OFFICE_CLOSING_LINE = regex.compile(R.OFFICE_CLOSING_LINE)
_CREDIT_OPENING = regex.compile(rf"^(?:[–—-]\s|(?:{'|'.join(R.CREDIT_OPENINGS)})\b)")
# How far a quotation left open may run through unmarked paragraphs: to the paragraph whose closing mark
# closes it (the mark is the proof; a statement of nine paragraphs marked only at its ends is common), or, with
# no mark to close it, to where the input stops.
_CLOSING_RUN = 12
_OPEN_RUN = 6


def _closes_open_quotation(text: str) -> bool:
    """A paragraph that ends a quotation opened before it: more closing than opening marks."""
    if not closes_quotation(text):
        return False
    curly = text.count("”") - text.count("“")
    return curly > 0 or curly == 0 and text.count('"') % 2 == 1


def _balanced(text: str) -> bool:
    """No quotation opens or closes across this paragraph's edges."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def _closing_paragraph(paragraphs: Sequence[Paragraph], k: int,
                       is_attribution: Callable[[str], bool]) -> Optional[int]:
    """Index of the unmarked paragraph at or after ``k`` that closes an open quotation, if one does soon."""
    for j in range(k, min(len(paragraphs), k + _CLOSING_RUN)):
        p = paragraphs[j]
        if not _runs_on(p, is_attribution):
            return None
        if _closes_open_quotation(p.text):
            return j
        if not _balanced(p.text):
            return None
    return None


def _runs_on(p: Paragraph, is_attribution: Callable[[str], bool], cut: bool = False) -> bool:
    """A paragraph a quotation left open may run on through: text (or, when ``cut``, the words the input cut
    off, which may be short enough to look like a heading), not set apart, opening no quotation of its own and
    not someone else's attribution."""
    return (p.kind == "text" or cut) and not p.blockquote and not opens_quotation(p.text) \
        and not is_attribution(p.text)


def runs_open_to_the_cut(paragraphs: Sequence[Paragraph], k: int, is_attribution: Callable[[str], bool]) -> bool:
    """A quotation left open before ``k`` runs on to where the input stops, through the paragraphs from ``k``
    to the end, as it runs on to the paragraph that closes it (``_closing_paragraph``): no more than
    ``_OPEN_RUN`` of them, with no quotation mark at all and no closing heading, no one else speaking, and
    the last reading as words cut off ('“By working together, ...' / 'We welcome the triple lock.' /
    'Dozens of our local firms rely'). Not when 'ENDS', 'Notes to editors' or a contact line ends the release."""
    n = len(paragraphs)
    if not k < n <= k + _OPEN_RUN or not reads_as_cut(paragraphs[-1]):
        return False
    return all(_runs_on(p, is_attribution, cut=j == n - 1) and not is_stop_heading(p.text)
               and "“" not in p.text and "”" not in p.text and '"' not in p.text
               for j, p in enumerate(paragraphs[k:], k))


_QUOTED_TITLE = regex.compile(R.QUOTED_TITLE_OPENING)


def opens_with_quoted_title(text: str) -> bool:
    """A paragraph opening with a quoted name that its sentence goes on after ('"Reducing Re-offending Through
    Skills and Employment", which sets out ..., was published alongside the strategy.'): the press office
    naming a document, not a quotation resuming."""
    return _QUOTED_TITLE.match(text) is not None


def _whole_paragraph_quoted(text: str, first: bool) -> bool:
    """'“We have written to every company ...' (closing, if at all, at its end); not '“Zombie knives” were
    banned', '“...,” the report found' or '“...” – Amy, 17': those close a quotation inside the paragraph.
    Only the ``first`` paragraph of the run must open with a double mark (single marks open quoted names
    and terms as often as speech)."""
    t = text.rstrip()
    if first and not t.startswith(("“", '"')):
        return False
    inner = _without_closing_mark(t)
    inner = inner[1:] if inner.startswith(("“", '"')) else inner
    return "”" not in inner and '"' not in inner


def _resumed_quotation_end(paragraphs: Sequence[Paragraph], k: int, cue: "SpeakerCue",
                           is_attribution: Callable[[str], bool], memo: ReleaseSignals) -> int:
    """One past a quotation that resumes at ``k`` after an unmarked first paragraph, or ``k`` when what opens
    there is someone else's (an attribution in the run), a quoted term or a credited line."""
    end = quote_extent(paragraphs, k, cue, is_attribution, signal_memo=memo)
    run = paragraphs[k:end]
    if not run or not closes_quotation(run[-1].text) or any(
            not _whole_paragraph_quoted(p.text, j == 0) or is_attribution(p.text) for j, p in enumerate(run)):
        return k
    after = paragraphs[end].text if end < len(paragraphs) else ""
    if after and (is_attribution(after) and not after.rstrip().endswith(":") or _CREDIT_OPENING.match(after)):
        return k  # '“...,” said Jane Doe.', '– Amy, 17', 'So said Jane Doe ...' right after: the words are theirs
    return end


def _lost_opening_mark(paragraphs: Sequence[Paragraph], start: int, k: int, cue: SpeakerCue,
                       is_attribution: Callable[[str], bool], memo: ReleaseSignals) -> bool:
    """Paragraph ``k``, without marks, sits in a run of paragraphs that each open with a quotation mark, the
    quotation still open before it and reopened right after it ('“I want to agree the basis ...' / 'I also want
    to ensure that public services ...' / '“The UK Government is willing to help ...'): the same words, whose
    opening mark was lost, when it shows no sign of the press office's voice. The caller checks that the
    quotation reopened after it runs on to its close."""
    if k - start < 2 or k + 1 >= len(paragraphs) or closes_quotation(paragraphs[k - 1].text):
        return False
    p, after = paragraphs[k], paragraphs[k + 1]
    if p.kind != "text" or p.blockquote or _has_quotation_mark(p.text) or "”" in p.text \
            or is_stop_heading(p.text) or p.text.rstrip().endswith(":"):
        return False
    if after.kind != "text" or after.blockquote or not after.text.startswith(("“", '"')) \
            or is_attribution(after.text) or opens_with_quoted_title(after.text):
        return False
    return (all(opens_quotation(q.text) for q in paragraphs[start:k])
            and _plain_statement(p.text, cue, memo) is not None)


def _blockquote_end(paragraphs: Sequence[Paragraph], start: int, is_attribution: Callable[[str], bool]) -> int:
    """One past a run of blockquote paragraphs; an attribution line inside the run ("X said:") ends it."""
    end = start
    while end < len(paragraphs) and paragraphs[end].blockquote:
        p = paragraphs[end]
        if end > start and p.text.rstrip().endswith(":") and is_attribution(p.text):
            break
        end += 1
    return end


def _speaks_for_self(text: str, memo: ReleaseSignals) -> bool:
    """First person singular ('I will meet ...'): never the press office, which may write 'we'."""
    return _FIRST_PERSON_SINGULAR.search(memo.own(text).unquoted) is not None


def _plain_statement(text: str, cue: SpeakerCue, memo: ReleaseSignals) -> Optional[dict[str, bool]]:
    """The signals of a paragraph that can be one more of the speaker's words (it shows no sign of the press
    office's voice: no narration, no one reported, no list), or None."""
    signals = paragraph_signals(text, cue, memo)
    if cue.body:
        for name in R.BODY_VOICE:
            signals[name] = False
    return None if any(signals[name] for name in R.NARRATION_SIGNS) else signals


def _statement_resumes(paragraphs: Sequence[Paragraph], start: int, k: int, cue: SpeakerCue,
                       is_attribution: Callable[[str], bool], memo: ReleaseSignals) -> Optional[int]:
    """One past where an unmarked statement the scorer would stop at ``k`` (a paragraph of facts: figures,
    dates, the passive) really ends, or None when it ends at ``k``.

    The statement goes on through such paragraphs when, before anything else, the speaker plainly speaks
    again (a paragraph in the first person singular, or plural when a body speaks or in a statement release:
    the press office itself may write 'we'), or, in a statement release (the attribution comes first, after
    a summary line at most), when they run to the end of the release (or to its 'ENDS' or 'Notes to editors'):
    nothing the press office says comes between. Every paragraph passed over must show no sign of narration at
    all, and to run to the end none may state a date, a schedule, figures or a list of contents either (a
    closing line of facts is the press office's).

    A government department's unnamed spokesperson speaks for the government in the third person about other
    countries ('The Russian authorities saw him as a threat.', 'The crucial next step is inclusive talks ...'):
    in their statement release such paragraphs are no facts of the press office's, and the statement runs
    through them (up to :data:`R.STATEMENT_RUN`) to the end of the release or to the first paragraph in the
    press office's voice ('The Foreign, Commonwealth & Development Office today summoned the Russian Embassy ...').
    """
    n = len(paragraphs)
    # A statement release: the attribution comes first, after one summary line at most.
    statement_release = sum(1 for p in paragraphs[:start - 1] if p.kind == "text") <= R.STATEMENT_LEAD
    spokesperson = statement_release and cue.body and cue.government
    facts = _SPOKESPERSON_FACT_SIGNS if spokesperson else R.FACT_SIGNS
    closing = True  # nothing passed over so far reads as the press office's closing line
    for j in range(k, min(n, k + (R.STATEMENT_RUN if spokesperson else R.STATEMENT_GAP) + 1)):
        p = paragraphs[j]
        if p.kind != "text" or p.blockquote or is_stop_heading(p.text) or is_attribution(p.text) \
                or _has_quotation_mark(p.text) and not _balanced(p.text):
            return None
        signals = _plain_statement(p.text, cue, memo)
        if signals is None:
            # the spokesperson's statement ends where the press office takes up its own voice
            return j if spokesperson and closing and j > k else None
        if j > k and signals["first_person"] and (statement_release or cue.body or _speaks_for_self(p.text, memo)) \
                and (j <= k + R.STATEMENT_GAP or closing):
            return j + 1
        if any(signals[name] for name in facts):
            closing = False  # the press office's closing line of facts ("Work is expected to start in April.")
        if _ends_release(paragraphs, j + 1) and statement_release and closing \
                and not press_office_line(p.text):
            return j + 1  # a statement release ends with the statement
    return None


_SPOKESPERSON_FACT_SIGNS = tuple(name for name in R.FACT_SIGNS if name not in R.THIRD_PARTY_SIGNS)


def press_office_line(text: str) -> bool:
    """A line of the press office's even in a statement release: an instruction to the reader ("View the full
    statement here."), a word about the release itself, or a line too short to be a statement's ("Applications are
    open now.")."""
    return len(text.strip()) < R.CLOSING_LINE_MIN or _OFFICE_CLOSING_LINE.search(text) is not None


def _ends_release(paragraphs: Sequence[Paragraph], k: int) -> bool:
    """The release's own text ends before paragraph ``k``: the end of the release, or 'ENDS' or 'Notes to editors'
    after which nothing is said ('However, these changes must be introduced fairly ...' then 'ENDS')."""
    return k >= len(paragraphs) or is_stop_heading(paragraphs[k].text)


def _is_interruption(p: Paragraph, cue: SpeakerCue, is_attribution: Callable[[str], bool]) -> bool:
    """A one-line caption or note ('Jane Doe visits the new centre.'): short, one sentence, no quotation
    marks, not the speaker talking, no attribution."""
    t = p.text.strip()
    return (p.kind == "text" and not p.blockquote and 0 < len(t) <= R.INTERRUPTION_LENGTH
            and not _has_quotation_mark(t) and '"' not in t and "”" not in t
            and len(_SENTENCE_BREAK.findall(t.rstrip(".!?"))) == 0 and not t.endswith(":")
            and not speaks_in_first_person(t) and not is_stop_heading(t) and not is_attribution(t)
            and not _REPORTS_SPEECH.search(t))  # "Councillor Jane Doe welcomed the funding.": narration


# Words in marks credited to someone who is no attribution's speaker ('“We know who they are,” said one senior
# officer.'): theirs, not the quote's before them (a credit to the speaker is an attribution of its own).
_CREDITED_TO_SOMEONE = regex.compile(r"[,.!?…][”\"’'],? (?:said|says|added|adds) (?!(?:he|she|they)\b)\S")
# A line that reports someone's words or welcome is the press office's, not a caption.
_REPORTS_SPEECH = regex.compile(r"\b(?:said|says|added|welcomed|welcomes|told|praised|thanked|warned|explained)\b")


def _interrupts_quotation(paragraphs: Sequence[Paragraph], k: int, cue: SpeakerCue,
                          is_attribution: Callable[[str], bool]) -> bool:
    """Paragraph ``k`` is a one-line interruption (a photo caption) inside a quotation still open before it,
    and the quotation resumes in the paragraph right after it ('“… / Jane Doe at the launch. / “…')."""
    if k < 1 or k + 1 >= len(paragraphs) or closes_quotation(paragraphs[k - 1].text):
        return False
    resumed = paragraphs[k + 1]
    return (_is_interruption(paragraphs[k], cue, is_attribution) and resumed.kind == "text"
            and not resumed.blockquote and opens_quotation(resumed.text) and resumed.text.startswith(("“", '"'))
            and not is_attribution(resumed.text))


def interruptions(paragraphs: Sequence[Paragraph], start: int, end: int,
                  is_attribution: Callable[[str], bool]) -> frozenset[int]:
    """Positions in ``paragraphs[start:end]`` (a quote as :func:`quote_extent` found it) of the one-line
    interruptions it runs over (photo captions inside a quotation): not the speaker's words."""
    if end - start < 3 or not opens_quotation(paragraphs[start].text):
        return frozenset()
    cue = SpeakerCue()
    return frozenset(k for k in range(start + 1, end - 1)
                     if not opens_quotation(paragraphs[k].text) and _interrupts_quotation(paragraphs, k, cue, is_attribution))


def quote_extent(
    paragraphs: Sequence[Paragraph],
    start: int,
    cue: SpeakerCue,
    is_attribution: Callable[[str], bool],
    signal_memo: Optional[ReleaseSignals] = None,
    opened_before: bool = False,
) -> int:
    """Index one past the quote's last paragraph; == start when there is no quote.

    ``signal_memo`` keeps the signals of the release's paragraphs once computed (one per release; a new one
    when not given). ``opened_before``: the quote began in the attribution's own line with a quotation left
    open there ('X said: “From today ...'); ``start`` is then its second paragraph."""
    n = len(paragraphs)
    memo = signal_memo if signal_memo is not None else ReleaseSignals()
    left_open = False
    if start >= n or paragraphs[start].kind != "text" or is_attribution(paragraphs[start].text):
        return start
    first = paragraphs[start]
    if first.blockquote:
        return _blockquote_end(paragraphs, start, is_attribution)
    origin = start - 1 if opened_before else start  # the quote's first paragraph, where positions count from
    if opened_before and not opens_quotation(first.text):
        # The quotation left open in the attribution's line closes a few paragraphs on, or its closing mark
        # was lost. The paragraph here is judged as a second paragraph of unmarked words is (a quotation's
        # continuation set apart loses its marks in a dump); the ones after it by the higher bar of a
        # quotation that never closes.
        close = _closing_paragraph(paragraphs, start, is_attribution)
        if close is not None:
            return close + 1
        scored_from, threshold, unmarked = start, R.UNCLOSED_THRESHOLD, False
    elif opens_quotation(first.text):
        end = start
        while end < n:
            p = paragraphs[end]
            if end > start and not opens_quotation(p.text) and p.kind == "text" and not is_attribution(p.text):
                # A quotation left open runs on through paragraphs without marks of their own, up to
                # the one that closes it ("…“I visited the hall …" … "… live peaceably.”").
                close = _closing_paragraph(paragraphs, end, is_attribution)
                if close is not None:
                    end = close
                    p = paragraphs[end]
                elif _lost_opening_mark(paragraphs, start, end, cue, is_attribution, memo):
                    # one paragraph of a marked run lost its opening mark; the quotation resumes after it
                    resumed = _resumed_quotation_end(paragraphs, end + 1, cue, is_attribution, memo)
                    if resumed > end + 1:
                        return resumed
            if end > start and _interrupts_quotation(paragraphs, end, cue, is_attribution):
                end += 1  # a caption inside a quotation still open, which resumes right after it
                continue
            if end > start and (p.kind == "heading" or not opens_quotation(p.text) and p.kind != "list_item"
                                and not _closes_open_quotation(p.text) or is_attribution(p.text)
                                or _CREDITED_TO_SOMEONE.search(p.text)):
                break
            end += 1
            if closes_quotation(p.text):
                # British style closes only the last paragraph; a quote whose every paragraph is
                # wrapped goes on while the next paragraph opens another quotation of its own.
                if not (end < n and paragraphs[end].kind == "text" and opens_quotation(paragraphs[end].text)
                        and not paragraphs[end].blockquote and not is_attribution(paragraphs[end].text)
                        and not opens_with_quoted_title(paragraphs[end].text)):
                    break
            elif end < n and paragraphs[end].blockquote and not p.blockquote:
                # A quotation left open runs on into the blockquote that follows it.
                return _blockquote_end(paragraphs, end, is_attribution)
        if end >= n or closes_quotation(paragraphs[end - 1].text):
            return end
        # A quotation that never closes: what follows is judged as unmarked words are, by a higher bar
        # (the press office's next line after a lost closing mark often reads like speech).
        scored_from, threshold, unmarked = end, R.UNCLOSED_THRESHOLD, False
        left_open = True  # the quote's marked run never closed: marks that open again after it are its own
    else:
        scored_from, threshold, unmarked = start + 1, R.THRESHOLD, True

    def following(k: int) -> str:
        if k >= n:
            return "end"
        p = paragraphs[k]
        if p.kind != "text" or is_stop_heading(p.text):
            return "heading"
        if p.blockquote or opens_quotation(p.text):
            return "attribution"
        if is_attribution(p.text):
            return "same_speaker" if continues_speaker(p.text, paragraphs[k - 1].text, cue) else "attribution"
        if not memo.first_person(p.text):
            return "text"
        # its first sentence says "I" ("I would like to thank ..."), which the press office never writes
        return "speech_at_once" if _FIRST_PERSON_SINGULAR.search(first_sentence(p.text[:SIGNAL_SPAN])) else "speech"

    # The attribution opens the release (nothing of the release's text before it): the speaker's statement release
    # (not a government speaker's: a department's release goes back to its facts).
    opens_release = not (cue.government or cue.minister) and not any(p.kind == "text" for p in paragraphs[:start - 1])
    end = scored_from
    while end < n:
        p = paragraphs[end]
        if p.kind != "text" or p.blockquote or is_stop_heading(p.text):
            break
        if is_attribution(p.text):
            break
        if opens_quotation(p.text):
            # Marks that resume with no one named ('“We have written to ...' after an unmarked first
            # paragraph) are more of the same words: the quotation runs to its close.
            if left_open and end - scored_from <= R.LOST_MARK_RUN:
                # So too after a paragraph that lost its opening mark inside a quotation the quote left open
                # ("'... for current and future generations." / "But to have any chance ..." / "'Since this
                # ..."): the marked paragraphs that take it up again, whether or not they close it.
                resumed = quote_extent(paragraphs, end, cue, is_attribution, signal_memo=memo)
                run = paragraphs[end:resumed]
                ok = bool(run) and all(opens_quotation(q.text) and not is_attribution(q.text) for q in run)
                return resumed if ok else end
            return _resumed_quotation_end(paragraphs, end, cue, is_attribution, memo) if end == start + 1 else end
        if _closes_open_quotation(p.text):
            return end + 1  # the closing mark of a quotation whose opening mark was lost ends it here
        signals = paragraph_signals(p.text, cue, memo)
        if cue.body:
            for name in R.BODY_VOICE:
                signals[name] = False
        introduces_list = _speaker_introduces_list(paragraphs, end, signals)
        if any(signals[name] for name in R.HARD_NARRATION if not (introduces_list and name == "list_intro")):
            break
        bar = R.THRESHOLD if opened_before and end == start else threshold
        statement_opening = opens_release and not press_office_line(p.text) \
            and any(signals[name] for name in R.SPEECH_SIGNS)
        if paragraph_score(signals, end - origin, following(end + 1), statement_opening) <= bar:
            resumed = _statement_resumes(paragraphs, start, end, cue, is_attribution, memo) if unmarked else None
            if resumed is None:
                break
            end = resumed
            continue
        end += 1
        if introduces_list:
            while end < n and paragraphs[end].kind == "list_item":
                end += 1  # the items finish the speaker's sentence
    return end


def _speaker_introduces_list(paragraphs: Sequence[Paragraph], k: int, signals: dict[str, bool]) -> bool:
    """Paragraph ``k`` is the speaker's own sentence left open for the list items right after it ('Today we are
    publishing a plan to deliver it, including:' then '• reforms to planning ...'): in the first person, not the
    press office's list."""
    return (signals["list_intro"] and signals["first_person"] and k + 1 < len(paragraphs)
            and paragraphs[k + 1].kind == "list_item")
