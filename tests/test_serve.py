"""`quotes serve` and the release database seen through Datasette's in-process client.

Counts below were taken from the bundled corpus by hand: ten Home Office
releases, thirty quotes; Yvette Cooper speaks five times ("Home Secretary
Yvette Cooper said:" four times, "Home Secretary, Yvette Cooper, said:"
once), Dame Diana Johnson three times, Seema Malhotra twice.
"""
from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from conftest import run_quotes
from quotes.database import DB_FILE, METADATA_FILE
from quotes.pipeline import build, bundled_corpus


@pytest.fixture(scope="module")
def rel(tmp_path_factory) -> Path:
    return build([bundled_corpus()], out=tmp_path_factory.mktemp("serve") / "output").release.path


@pytest.fixture(scope="module")
def app(rel):
    datasette = pytest.importorskip("datasette.app")
    metadata = json.loads((rel / METADATA_FILE).read_text(encoding="utf-8"))
    return datasette.Datasette(immutables=[str(rel / DB_FILE)], metadata=metadata)


def get_json(app, path: str):
    async def fetch():
        return await app.client.get(path)

    response = asyncio.run(fetch())
    assert response.status_code == 200, (path, response.text[:500])
    return response.json()


def test_full_text_search_is_stemmed(app):
    rows = get_json(app, "/quotes/quotes.json?_search=thefts&_shape=objects&_size=max")["rows"]
    # "thefts" finds the Home Secretary's quote, which says "phone theft" and "mobile phone thefts".
    assert any(r["speaker"] == "Yvette Cooper" and "prevent phone theft" in r["text"] for r in rows)
    assert all("theft" in r["text"].lower() or "theft" in r["title"].lower() for r in rows)
    none = get_json(app, "/quotes/quotes.json?_search=zeppelin&_shape=objects")["rows"]
    assert none == []


def test_search_within_the_speaker_column(app):
    rows = get_json(app, "/quotes/quotes.json?_search_speaker=cooper&_shape=objects&_size=max")["rows"]
    assert len(rows) == 5 and {r["speaker"] for r in rows} == {"Yvette Cooper"}


def test_speaker_and_publisher_facets_count_quotes(app):
    # Facets come from the metadata file; asking for them again in the URL would list them twice.
    data = get_json(app, "/quotes/quotes.json?_size=0")
    facets = data["facet_results"]
    speakers = {item["value"]: item["count"] for item in facets["speaker"]["results"]}
    assert speakers["Yvette Cooper"] == 5
    assert speakers["Diana Johnson"] == 3
    assert speakers["Seema Malhotra"] == 2
    assert sum(speakers.values()) == 30
    publishers = {item["value"]: item["count"] for item in facets["publisher"]["results"]}
    assert publishers == {"Home Office": 30}
    assert {"speaker", "organisation", "publisher", "date"} <= set(facets)


def test_a_facet_value_filters_the_table(app):
    data = get_json(app, "/quotes/quotes.json?speaker=Diana+Johnson&_shape=objects")
    assert len(data["rows"]) == 3
    assert {r["role"] for r in data["rows"]} == {
        "Minister for Crime and Policing", "Policing Minister", "Minister for Policing, Fire and Crime Prevention"}


def test_the_canned_query_is_listed_and_runs(app):
    database = get_json(app, "/quotes.json")
    assert "quotes_by_speaker" in {q["name"] for q in database["queries"]}
    rows = get_json(app, "/quotes/quotes_by_speaker.json?speaker=Dame+Diana+Johnson&_shape=array")
    assert len(rows) == 3
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), reverse=True)


def test_serve_without_the_extra_says_how_to_install_it(rel, tmp_path):
    # A Python in which `import datasette` fails, as it does without the `serve` extra.
    (tmp_path / "sitecustomize.py").write_text('import sys\nsys.modules["datasette"] = None\n', encoding="utf-8")
    out = run_quotes("serve", str(rel), "--port", "0", env={"PYTHONPATH": str(tmp_path)})
    assert out.returncode == 2
    assert "pip install 'quotes[serve]'" in out.stderr
    assert "Traceback" not in out.stderr
    # Lookups do not need Datasette.
    found = run_quotes("lookup", "Yvette Cooper", "--format", "json", "--dataset", str(rel),
                       env={"PYTHONPATH": str(tmp_path)})
    assert found.returncode == 0, found.stderr
    assert len(json.loads(found.stdout)["quotes"]) == 5


def test_serve_help_names_the_local_address():
    out = run_quotes("serve", "--help")
    assert out.returncode == 0
    assert "127.0.0.1" in out.stdout
