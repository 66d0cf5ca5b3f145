"""Quote IDs: the normal form of the texts they are made of."""
from __future__ import annotations

import unicodedata

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.ids import normalise


def _normalised_by_patterns(text):
    """The normal form as patterns write it: punctuation to spaces, then runs of whitespace to one space."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "replace").decode("ascii").replace("?", " ")
    return regex.sub(r"\s+", " ", regex.sub(r"[^\w\s]", " ", text.casefold())).strip()


def test_the_normal_form_folds_case_accents_punctuation_and_space():
    assert normalise("  Café’s “Plan” —\tNOW\x1c! ") == "cafe s plan now"
    assert normalise(None) == "" and normalise("") == ""


@given(st.text(alphabet=st.characters(max_codepoint=0x2100), max_size=80))
@settings(max_examples=500, deadline=None)
def test_the_normal_form_is_the_one_the_patterns_give(text):
    assert normalise(text) == _normalised_by_patterns(text)
