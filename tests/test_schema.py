"""The JSON Schemas in schemas/ are generated from the models and must not drift from them."""
from __future__ import annotations

import json

from quotes.models import Quote
from quotes.schema import arrow_schema, hf_features, json_schemas

from conftest import ROOT, run_quotes


def test_committed_json_schemas_match_the_models():
    for name, schema in json_schemas().items():
        path = ROOT / "schemas" / f"{name}.schema.json"
        assert path.is_file(), f"{path} missing: run `quotes schema`"
        assert json.loads(path.read_text(encoding="utf-8")) == schema, f"{path} is stale: run `quotes schema`"


def test_schema_check_command_detects_drift(tmp_path):
    assert run_quotes("schema", "--out", str(tmp_path)).returncode == 0
    assert run_quotes("schema", "--out", str(tmp_path), "--check").returncode == 0
    stale = tmp_path / "quote.schema.json"
    data = json.loads(stale.read_text())
    del data["properties"]["speaker"]
    stale.write_text(json.dumps(data))
    proc = run_quotes("schema", "--out", str(tmp_path), "--check")
    assert proc.returncode == 1 and "quote.schema.json" in proc.stderr


def test_arrow_schema_and_card_features_follow_the_model():
    schema = arrow_schema(Quote)
    assert schema.names == list(Quote.model_fields)
    features = {f["name"]: f for f in hf_features(schema)}
    assert features["speaker"] == {"name": "speaker", "dtype": "string"}
    assert features["date"] == {"name": "date", "dtype": "date32"}
    assert features["paragraphs"] == {"name": "paragraphs", "list": "string"}
    assert [s["name"] for s in features["source"]["struct"]] == ["file", "release", "paragraph", "line", "url",
                                                                 "content_id"]
