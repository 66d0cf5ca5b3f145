"""Deterministic first-sight identifiers for quotes.

A quote's ID is derived from where and how it was first seen: the release
(title, date, publisher), the attribution line and the opening words of the
quote. Releases of the dataset carry IDs forward by matching against the
previous release (see :mod:`quotes.release`), so a corrected quote keeps
its ID even though a fresh hash of its fields would differ.
"""
from __future__ import annotations

import hashlib
import unicodedata

import regex

from .models import Document

_PUNCT = regex.compile(r"[^\w\s]")
# The ASCII characters _PUNCT matches, each turned into a space in one pass (a speed-up only: the text is ASCII
# when they go, and what is left of ASCII whitespace, regex's \s and str.split() agree on).
_ASCII_PUNCT = "".join(chr(c) for c in range(128) if _PUNCT.match(chr(c)))
_PUNCT_TO_SPACE = str.maketrans(_ASCII_PUNCT, " " * len(_ASCII_PUNCT))


def normalise(text: str | None) -> str:
    """Case-, accent-, punctuation- and whitespace-insensitive form of a text."""
    if not text:
        return ""
    # Accents go with NFKD + ASCII; other non-ASCII characters (curly quotes,
    # dashes, currency signs) are punctuation for this purpose.
    text = unicodedata.normalize("NFKD", text).encode("ascii", "replace").decode("ascii").replace("?", " ")
    return " ".join(text.casefold().translate(_PUNCT_TO_SPACE).split())


def quote_id(doc: Document, attribution: str, first_paragraph: str) -> str:
    key = "\x1f".join(
        [
            normalise(doc.title),
            doc.date.isoformat() if doc.date else "",
            normalise(doc.publisher),
            normalise(attribution[:400]),
            normalise(first_paragraph[:400])[:200],
        ]
    )
    return "q_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
