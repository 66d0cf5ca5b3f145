"""Material for the lookup tests: the bundled Home Office corpus plus a few releases written here.

The extra releases add what the bundled corpus lacks: earlier Home
Secretaries (so that a role resolves to different people on different
dates), names with accents, hyphens and apostrophes, and quote text full
of HTML, markdown and terminal control characters.
"""
from __future__ import annotations

from pathlib import Path

from quotes.pipeline import build, bundled_corpus

from conftest import dump, release

SCRIPT = "<script>alert('x')</script>"
HOSTILE = (f"Platforms must remove {SCRIPT} content and **stop** [harm](javascript:alert(1)) fast; "
           "see `code` and $x$ | table.")
ESCAPE = "A second paragraph mentions \x1b[31mred\x1b[0m text."

EXTRA = dump(
    release("Tougher sentences for knife crime", [
        "New measures were announced today.", "Home Secretary Suella Braverman said:",
        "Knife crime devastates families and we will not tolerate it on our streets."],
        date="1 March 2023", month="March 2023"),
    release("Border security package announced", [
        "A package of border measures was set out.", "Home Secretary Suella Braverman said:",
        "We are taking back control of our borders with these new powers."],
        date="20 June 2023", month="June 2023"),
    release("Neighbourhood policing boost", [
        "More officers will patrol high streets.", "Home Secretary James Cleverly said:",
        "Safer streets depend on visible neighbourhood policing in every town."],
        date="10 January 2024", month="January 2024"),
    release("Action on shoplifting", [
        "Retailers welcomed the plan.", "Home Secretary James Cleverly said:",
        "Shoplifting is not a victimless crime and offenders will be caught."],
        date="5 March 2024", month="March 2024"),
    release("Wildlife charity joins river clean-up", [
        "Volunteers cleared two tonnes of rubbish.",
        "Chief Executive of the Wildlife Trust, Zoë Brontë-Ashworth, said:",
        "Our rivers are recovering thanks to thousands of volunteers."],
        date="12 February 2025"),
    release("Online safety code published", [
        "A new code of practice was published.",
        "Director of Online Safety at Ofcom, Siobhán O’Connell, said:",
        HOSTILE, ESCAPE],
        date="13 February 2025"),
)

# Counted by hand in the inputs: the bundled corpus quotes Yvette Cooper five
# times as Home Secretary (6, 4, 4 February, 30 and 9 January 2025) and Diana
# Johnson three times (15, 15 and 9 January 2025, under three role titles).
COOPER = 5
JOHNSON = 3
HOME_SECRETARY = 2 + 2 + COOPER  # Braverman, Cleverly, Cooper


def build_release(folder: Path) -> Path:
    """Build the bundled corpus plus the extra releases; returns the release folder."""
    folder.mkdir(parents=True, exist_ok=True)
    extra = folder / "extra.txt"
    extra.write_text(EXTRA, encoding="utf-8")
    result = build([bundled_corpus(), extra], out=folder / "output")
    return result.release.path
