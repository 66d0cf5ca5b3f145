"""GOV.UK Content API documents as input (placeholder until the reader lands)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator


def read_json_file(path: Path, label: str) -> Iterator:
    from .inputs import FileProblem

    yield FileProblem(label, "GOV.UK JSON input is not supported yet", fatal=True)
