"""Vocabulary of the archive-dump format."""

# Document kinds that appear as "  • <KIND> : <title>" headers in archive dumps.
KNOWN_KINDS = frozenset({
    "PRESS RELEASE",
    "NEWS STORY",
    "WORLD NEWS STORY",
    "GOVERNMENT RESPONSE",
    "SPEECH",
    "STATEMENT",
    "WRITTEN STATEMENT",
    "ORAL STATEMENT",
    "WRITTEN MINISTERIAL STATEMENT",
    "AUTHORED ARTICLE",
    "NEWS ARTICLE",
    "CORRESPONDENCE",
    "POLICY PAPER",
    "GUIDANCE",
    "CONSULTATION",
    "NOTICE",
    "OPEN LETTER",
    "TRANSCRIPT",
    "DETAILED GUIDE",
    "DECISION",
    "FOI RELEASE",
    "OFFICIAL STATISTICS",
    "NATIONAL STATISTICS",
    "RESEARCH AND ANALYSIS",
    # Kinds an archive names in a dated title ("Lucy Frazer – 2023 Letter to ...", "Jane Doe – 2019 Comments on
    # ...", "John Smith – 2021 Article in The Times"): letters, articles and remarks, not press releases
    "LETTER",
    "ARTICLE",
    "COMMENTS",
    "INTERVIEW",
    "TWEET",
    "PARLIAMENTARY QUESTION",
})

# Kinds whose quotes are extracted; the rest are counted as skipped.
# The same news_article family that GOV.UK's Content API serves.
IN_SCOPE_KINDS = frozenset({
    "PRESS RELEASE",
    "NEWS STORY",
    "WORLD NEWS STORY",
    "GOVERNMENT RESPONSE",
})

# The months in order, each by its name and the short forms dates use for it.
MONTH_SPELLINGS = (
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
    ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
    ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
)
MONTHS = {name: number for number, names in enumerate(MONTH_SPELLINGS, start=1) for name in names}

# Words that never end a sentence: a line of a dump that stops on one, with no punctuation after it, was
# broken in the middle of its sentence ("... for the remainder of this" / "Parliament through ...").
MID_SENTENCE_WORDS = frozenset({
    "a", "an", "the", "this", "these", "those", "its", "our", "their", "my", "your", "his",
    "of", "to", "for", "with", "from", "into", "onto", "upon", "by", "at", "as", "than",
    "and", "or", "but", "nor",
})

# A release's contact line, which ends it without final punctuation ("Press office 020 7944 4400",
# "Email press@acme.org.uk"): an address, a telephone number or the word that introduces one.
CONTACT_LINE = r"@|https?:|www\.|\d{5}|\b\d{3,5} \d{3,4}\b|\b(?:Tel|Telephone|Email|Contact|Press office)\b"
