"""Words that introduce what someone said."""

# Verbs of an attribution line ("X said:", "X added:"), past and present.
SPEECH_VERBS = (
    "said", "says", "added", "adds", "commented", "comments", "explained", "explains",
    "warned", "warns", "stated", "states", "continued", "continues", "concluded", "concludes",
    "remarked", "remarks", "noted", "notes", "declared", "declares", "emphasised", "emphasized",
    "emphasises", "stressed", "stresses", "highlighted", "highlights", "observed", "observes",
    "responded", "responds", "replied", "replies", "urged", "urges", "argued", "argues",
    "insisted", "insists", "acknowledged", "acknowledges", "admitted", "admits", "reflected",
    "reflects", "summarised", "summarises", "announced", "announces", "confirmed", "confirms",
    "told", "tells", "wrote", "writes", "welcomed", "welcomes", "praised", "praises",
    "predicted", "predicts", "cautioned", "cautions", "pledged", "pledges", "promised",
    "promises", "revealed", "reveals", "asserted", "asserts", "recalled", "recalls",
    "believes", "believed", "thinks", "thought", "feels", "felt", "suggested", "suggests",
    "tweeted", "tweets",
)

# Verb phrases of several words ("is expected to say", "will say").
SPEECH_VERB_PHRASES = (
    r"is expected to (?:say|tell|announce|add|warn)",
    r"are expected to (?:say|tell|announce|add|warn)",
    r"(?:is|are) due to (?:say|tell|announce)",
    r"will (?:say|tell|add|announce|warn)",
    r"(?:will|is expected to|is due to) tell (?:the |a |an |his |her |their )?[\w'’ -]{2,50}?",
    r"(?:is|are|was|were) (?:quoted as saying|reported as saying)",
    r"went on to say",
    r"went on",
    r"(?:also )?pointed out",
    r"(?:has|have) (?:said|added|commented|stated)",
    r"said in a statement",
    r"added that",
    # "X welcomed the news:", "X welcomed the announcement:" (a colon follows: the words are the welcome)
    r"welcomed the (?:news|announcement|decision|move|plans?|funding|investment|report|publication|award)",
)

# A statement given, with the quotation after its colon in the same paragraph: "X, chief executive, has made the
# following statement: “...”" (a line ending in the colon is a statement's attribution of its own).
STATEMENT_GIVEN = (r"(?:(?:has|have)\s+)?(?:made|issued|released)\s+(?:the\s+following\s+statement"
                   # "has issued a statement on the war in Ukraine: “...”"
                   r"|a\s+statement(?:\s+(?:on|about|regarding)\s+[^:;.!?“”\"]{1,80})?(?=\s*:))")

# What a statement given may be called: "issued the following statement", "has given this reply", "made the
# following address to councillors".
STATEMENT_NOUNS = ("statement", "comment", "comments", "response", "reply", "message", "tribute", "remarks",
                   "address")

# A verb of explaining that closes its own sentence before the quotation it brings in: "X, Chief Executive of Acme,
# explains more. “...”".
EXPLAINS_THEN_STOP = r"(?:explains|explained)\s+(?:more|why|how|further)\."

# Verbs that, right after a quotation, attribute it: "'...,' said X."
INLINE_VERBS = (
    "said", "says", "added", "adds", "commented", "explained", "warned", "stated",
    "continued", "concluded", "remarked", "noted", "declared", "stressed", "urged",
    "insisted", "acknowledged", "admitted", "told", "explains", "comments", "warns",
    "continues", "concludes", "insists", "tweeted", "states", "notes", "stresses",
)
# Of those, the ones that before "that" report a document's or a body's position, not words spoken: "The IMF notes
# that “...”", "The charity states that “...”".
INLINE_VERBS_NOT_BEFORE_THAT = ("states", "notes", "stresses")

# Verbs that may come before the subject of a line ending in a colon: "Said Defence Secretary Liam Fox:", and
# in Welsh-language releases "Meddai'r Gweinidog ...:".
VERB_FIRST = ("Said", "Says", "Added", "Adds", "Meddai", "Dywedodd", "Ychwanegodd")
ENGLISH_VERB_FIRST = ("Said", "Says", "Added", "Adds")  # of those, the English ones

# A lead-in's one verb, which may stand before the subject with no comma ("Commenting Jane Doe said:").
LEAD_VERBS_ALONE = ("Commenting", "Responding", "Speaking", "Reacting")

# Clauses that open an attribution before its subject:
# "Commenting on the figures, X said:", "At the launch, X said:".
# Last words of an attribution written without its colon ("Rail Minister X said"):
# such a short line is not a heading.
# The end of a line that introduces someone's words ("... Jane Doe said:"), as a pattern.
ATTRIBUTION_LINE_END = r"\b(?:said|says|added|commented|explained|warned|stated|continued|concluded)\s*:\s*$"

UNPUNCTUATED_ATTRIBUTION_ENDS = frozenset({
    "said", "says", "added", "adds", "commented", "comments", "explained", "explains", "continued",
    "concluded", "stated", "warned",
})

LEAD_IN_WORDS = (
    "Commenting", "Speaking", "Responding", "Welcoming", "Talking", "Writing", "Reacting",
    "Announcing", "Launching", "Visiting", "Reflecting", "Discussing", "Addressing", "Opening",
    "Unveiling", "Marking", "Praising", "Meeting", "Asked", "Following", "After", "At", "On",
    "In", "During", "Before", "Ahead", "Today", "Yesterday", "Later", "Earlier", "Separately",
    "Also", "Meanwhile", "Elsewhere", "Additionally", "Referring", "Highlighting", "Explaining",
    "Thanking", "Paying", "Looking", "Confirming", "Outlining", "Setting", "Giving", "Leading",
    "Introducing", "Presenting", "Attending", "Joining", "Touring", "Chairing", "Hosting",
    "Writing", "Celebrating", "Pointing", "Adding", "Echoing", "Endorsing", "Supporting",
    "When", "While", "Whilst", "As", "Under", "With", "Having", "Outside",
    "Despite", "Amid", "Amidst", "Throughout", "Upon", "Alongside",
)

# Prepositions that open a lead-in ("Outside court Mr Smith said:", "Amid growing concern Ms Doe said:"): a
# preposition or a verb in -ing, then lower-case words, is a clause before the subject even with no comma.
LEAD_IN_PREPOSITIONS = frozenset({
    "after", "at", "on", "in", "during", "before", "following", "with", "under", "outside", "ahead", "despite",
    "amid", "amidst", "throughout", "upon", "alongside",
})

# Words in -ing that describe a person or a post before a title in lower case ("Serving police officer Jane Doe",
# "Visiting lecturer Dr Jane Doe", "Presiding judge Sir John Smith"), not a lead-in's verb; with the modifiers of
# a title ("Acting", "Managing") and the words that praise a person ("Leading") in rules/roles.py.
POST_PARTICIPLES = frozenset("""
    serving visiting presiding commanding reigning sitting practising practicing consulting supervising governing
    campaigning working training teaching nursing striking grieving returning competing
    """.split())

# Lead-in words that may only link a line to the one before it, a name following at once ("Whilst Professor
# Jane Doe, Dean for Partnerships at the University, said:", "Meanwhile Jane Doe, ..."): no clause to set aside.
LINKING_WORDS = frozenset({"While", "Whilst", "Meanwhile", "Also", "Additionally", "Separately", "Elsewhere"})

# Unnamed speakers: "A Home Office spokesperson said:".
SPOKES_WORDS = (
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "representative",
    "source", "official", "insider", "statement",
)
# Of those, the words that name a speaker on a line of their own, before a colon and no verb ("Ofcom
# spokesperson:", "A Premier League spokesperson:"); "Source:" and "Statement:" head other lines.
COLON_SPOKES_WORDS = ("spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "representative")

# Verbs that, before a colon, as often introduce a list of measures as words
# spoken ("The Defence Secretary also announced:"): the paragraph after them
# is no quote when it reads as a list item (lower-case or a figure first, or
# no full stop).
LIST_VERBS = (
    "announced", "announces", "confirmed", "confirms", "revealed", "reveals", "pledged", "pledges",
    "promised", "promises", "unveiled", "unveils", "outlined", "outlines", "set out", "sets out",
)

# A statement's heading before its author: "Statement by the Scottish Secretary David Mundell:".
STATEMENT_HEADINGS = ("statement", "comment", "comments", "message", "remarks", "words", "response", "tribute")
# A comment's heading in the present tense, its verb and its participle ("Jane Doe, ABC Lead Economist, responds to
# the latest GDP data", "Jane Doe, Chief Executive of Acme, responding to the Spring Statement").
RESPONSE_VERBS = ("comments", "responds", "reacts")
RESPONSE_PARTICIPLES = ("commenting", "responding", "reacting")
# ... and in the past tense, when the heading stands without a stop ("Cllr Jane Doe, Chair of the Acme Board,
# responded to the announcement of the projects awarded"): with a stop it is a sentence of narration.
RESPONSE_VERBS_PAST = ("commented", "responded", "reacted")

# Head nouns of documents, which say things but are nobody: "The White Paper says:", "The Highway Code
# states:", "The NHS Constitution states:" (a body's name never ends in one of these).
DOCUMENT_NOUNS = frozenset("""
    paper code constitution review agreement plan strategy report act bill guidance framework protocol manifesto
    memorandum assessment document charter directive regulations order treaty convention consultation survey
    study letter handbook manual policy law rules standard standards specification contract judgment judgement
    ruling motion amendment petition resolution declaration communique communiqué prospectus white-paper
    compact concordat accord roadmap blueprint
    """.split())
# Texts in which someone speaks for themselves, in the first person ("She highlighted a letter from one parent in
# the city:", "She pointed to the victim’s statement:"): a lead that names one, before a paragraph in the first
# person without quotation marks, may be giving that text's words, not its subject's. Not the policy documents of
# DOCUMENT_NOUNS: "The Minister welcomed the report:" is followed by the Minister's own words.
PERSONAL_TEXT_NOUNS = frozenset(STATEMENT_HEADINGS) | frozenset("""
    letter letters email emails e-mail e-mails diary diaries testimony testimonies story stories poem poems
    statements messages tributes
    """.split())
# Document nouns that end people's and bodies' names too ("Jude Law", "Andrew Motion", "Ordnance Survey"): a
# document's name only after "The" or another determiner.
NAME_LIKE_DOCUMENT_NOUNS = frozenset("""
    law motion charter order survey study letter compact accord bill code
    """.split())

# A clause that reports what someone else heard or was told: the words that follow are reported, and the
# subject is nobody's ("The court heard that Pike told investigators:", "Magistrates heard how the director
# told inspectors:", "The jury was told that he said:").
REPORTED_HEARING = r"\b(?:heard|was told|were told|learned|learnt|found|ruled|accepted)\s+(?:that|how)\b"

# Verbs of a narration sentence about someone speaking that ends in a colon before their quotation, with no
# "said:" at its end ("X emphasised the importance of the talks, and said that he would ...:" / "He also spoke
# about ...:"); the verb comes right after the person (or after "also").
LEAD_COLON_VERBS = (
    "said", "spoke", "talked", "told", "emphasised", "emphasized", "stressed", "warned", "added", "explained",
    "insisted", "argued", "urged", "underlined", "reiterated", "highlighted", "described", "pointed", "went on",
    "welcomed", "commented", "remarked", "reflected", "responded",
)

# Of those, the verbs whose object may be another person, whose words may follow ("The Chancellor spoke to an
# apprentice at the centre:", "She described how one family had found a home:"): before a paragraph without
# quotation marks, nothing shows whose words it holds.
LEAD_COLON_VERBS_OF_ANOTHER = ("spoke", "talked", "told", "described")

# Verbs of reported speech ("The minister said the plan would ..."): such a paragraph, then one wholly in
# quotation marks that credits nobody, gives the quotation to the person reported.
REPORTING_VERBS = (
    "said", "says", "told", "added", "warned", "stressed", "insisted", "explained", "emphasised", "emphasized",
    "urged", "pledged", "promised", "vowed",
    # the occasion of the words that follow ("The Paymaster General was discussing the new tax credit ...", then a
    # paragraph wholly in quotation marks)
    "was speaking", "was discussing", "was outlining", "was addressing", "was responding", "was commenting",
    # a response told before the words ("Councillor Jane Doe, Leader of the group, responds to the news that ...")
    "responds to", "responded to", "comments on", "commented on",
)

# Verbs of saying that a that-clause follows ("..., pointing out that a union circular clearly stated “...”"): the
# verb after such a clause belongs to the clause's own subject, not to the sentence's. Not "heard that", "was
# told that", "found that": what follows those is reported, and nobody's (see REPORTED_HEARING).
THAT_CLAUSE_VERBS = (
    "saying", "said", "says", "adding", "added", "noting", "noted", "pointing out", "pointed out", "points out",
    "explaining", "explained", "stressing", "stressed", "arguing", "argued", "insisting", "insisted", "warning",
    "warned", "claiming", "claimed", "confirming", "confirmed", "stating", "stated", "making clear", "made clear",
    "reminding", "recalling", "recalled", "emphasising", "emphasised",
)

# Adverbs between a person and their verb ("He also spoke ...").
VERB_ADVERBS = ("also", "then", "later", "again", "today", "yesterday", "specifically", "further")

# Auxiliaries of a passive verb before its agent: "was opened by", "has been chaired by", "is being led by".
PASSIVE_AUXILIARIES = (
    "was", "were", "is", "are", "has been", "have been", "had been", "will be", "is being", "was being",
)

# Of those, the ones of a thing already done, which a narration sentence ending in a colon tells ("The issue was
# raised by Shadow Minister Jane Roe MS in the Senedd today:").
PASSIVE_DONE_AUXILIARIES = ("was", "were", "has been", "have been")

# Determiners of a thing done in the passive, before its lower-case words: "The meeting was chaired by ...",
# "Today's event was opened by ...".
PASSIVE_DETERMINERS = ("the", "a", "an", "this", "today's", "yesterday's")

# Words of time between a passive verb and "by": "was championed today by", "were welcomed this morning by";
# a weekday ("on Monday") is read besides.
TIME_ADVERBS = ("today", "yesterday", "tonight", "this morning", "this afternoon", "this evening", "this week")

# The days and months a time phrase may name.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

# A time phrase that opens a sentence with no comma after it, before the subject: "On Wednesday 15 July Jane Doe,
# Chief Executive, made the following address", "Yesterday Jane Doe said:", "Earlier today the Minister said:".
TIME_LEAD_IN = (
    r"^(?:On\s+(?:(?:{days})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:{months}))?)?"
    r"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{months}))(?:\s+\d{{4}})?"
    r"|(?:Earlier|Later)\s+(?:today|this\s+(?:morning|afternoon|evening|week))|Today|Yesterday|Last\s+night)"
    r"\s+(?=\p{{Lu}})(?!(?:{days}|{months})\b)"
).format(days="|".join(WEEKDAYS), months="|".join(MONTHS))
