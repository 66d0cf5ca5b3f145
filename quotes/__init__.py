"""quotes: who said what, in UK government press releases.

Library API (the ``quotes`` command is a thin layer over it)::

    import quotes
    rows = quotes.extract(text)                      # quote records of one archive dump (pure)
    result = quotes.build(["dumps/"], out="output")  # read, extract, publish a release
    figures = quotes.evaluate("gold.jsonl", "output/quotes")

Names are imported on first use, so ``import quotes`` (and the command line)
starts quickly.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

# ``extract`` is both a module and the function it holds: bind the function
# now, so that importing the module later cannot shadow it.
from .extract import extract, extract_document  # noqa: E402

_EXPORTS = {
    "build": "pipeline",
    "extract_files": "pipeline",
    "read_dump": "archive",
    "BuildReport": "models",
    "Document": "models",
    "Paragraph": "models",
    "Quote": "models",
    "Reject": "models",
    "Source": "models",
    "Speaker": "models",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'quotes' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def evaluate(gold, predictions) -> dict:
    """Figures of a built dataset (or rows file) against a gold annotation."""
    from pathlib import Path

    from .evaluate import read_gold, read_predictions, score

    return score(read_gold(Path(gold)), read_predictions(Path(predictions))).figures()


__all__ = ["__version__", "evaluate", "extract", "extract_document", *_EXPORTS]
