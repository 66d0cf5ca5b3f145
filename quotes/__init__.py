"""quotes: who said what, in UK government press releases.

Library API (the ``quotes`` command is a thin layer over it)::

    import quotes
    rows = quotes.extract(text)                  # quote records of one archive dump (pure)
    result = quotes.build(["dumps/"], out="output")  # read, extract, publish a release
    figures = quotes.evaluate("gold.jsonl", "output/quotes")
"""
from __future__ import annotations

__version__ = "0.1.0"

from .archive import read_dump  # noqa: E402
from .extract import extract, extract_document  # noqa: E402
from .models import BuildReport, Document, Paragraph, Quote, Reject, Source, Speaker  # noqa: E402
from .pipeline import build, extract_files  # noqa: E402


def evaluate(gold, predictions) -> dict:
    """Figures of a built dataset (or rows file) against a gold annotation."""
    from pathlib import Path

    from .evaluate import read_gold, read_predictions, score

    return score(read_gold(Path(gold)), read_predictions(Path(predictions))).figures()


__all__ = [
    "__version__", "build", "evaluate", "extract", "extract_document", "extract_files", "read_dump",
    "BuildReport", "Document", "Paragraph", "Quote", "Reject", "Source", "Speaker",
]
