"""Versioned releases: reproducible, immutable, checksummed, with stable IDs and a changelog."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from quotes.hub import push_release
from quotes.pipeline import build
from quotes.release import DATA_FILE, SPEAKERS_FILE, ReleaseError, load_rows, verify_release

from conftest import dump, release, run_quotes

RELEASE_A = release("Police centre to tackle violence against women and girls", [
    "A new national policing centre will put victims at the heart of investigations.",
    "Home Secretary Yvette Cooper said:",
    "Women and girls experience violence and abuse each year, yet for far too long it has not been taken seriously.",
    "Warm words are not enough. We need to drive up standards across every force.",
    "Notes to editors",
])
RELEASE_B = release("Crackdown on illegal wildlife products at the border", [
    "Border Force officers made 217 seizures of wildlife products.",
    "Minister for Nature, Mary Creagh said:",
    "Tackling wildlife crime is essential to protecting iconic biodiversity at home and abroad.",
], date="4 February 2025")
RELEASE_C = release("More support for victims of antisocial behaviour", [
    "Victims of persistent antisocial behaviour will get new support.",
    "Minister for Crime and Policing Dame Diana Johnson said:",
    "For victims of antisocial behaviour, the impact on their lives can be devastating.",
], date="9 January 2025")


def write(path: Path, *releases: str) -> Path:
    path.write_text(dump(*releases), encoding="utf-8")
    return path


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    return write(tmp_path / "dump.txt", RELEASE_A, RELEASE_B)


@pytest.fixture()
def epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")  # 2025-01-01T00:00:00Z


def test_layout_manifest_and_checksums(corpus, tmp_path, epoch):
    result = build([corpus], out=tmp_path / "out", dataset="demo")
    folder = tmp_path / "out" / "demo" / "1.0.0"
    assert result.release.path == folder and result.release.created
    for name in ("README.md", DATA_FILE, SPEAKERS_FILE, "release.json", "changes.json", "croissant.json",
                 "build-report.json", "SHA256SUMS"):
        assert (folder / name).is_file(), name
    manifest = json.loads((folder / "release.json").read_text(encoding="utf-8"))
    assert manifest["version"] == "1.0.0" and manifest["previous_version"] is None
    assert manifest["created"] == "2025-01-01T00:00:00Z"
    assert manifest["row_counts"] == {"quotes": 2, "speakers": 2}
    (inp,) = manifest["inputs"]
    assert inp["file"] == "dump.txt" and inp["sha256"] == hashlib.sha256(corpus.read_bytes()).hexdigest()
    listed = {f["path"]: f for f in manifest["files"]}
    assert listed[DATA_FILE]["sha256"] == hashlib.sha256((folder / DATA_FILE).read_bytes()).hexdigest()
    # SHA256SUMS covers every file but itself, in `sha256sum -c` format.
    sums = dict(reversed(line.split("  ", 1)) for line in (folder / "SHA256SUMS").read_text().splitlines())
    for path in folder.rglob("*"):
        if path.is_file() and path.name != "SHA256SUMS":
            rel = path.relative_to(folder).as_posix()
            assert sums[rel] == hashlib.sha256(path.read_bytes()).hexdigest(), rel
    index = json.loads((tmp_path / "out" / "demo" / "versions.json").read_text(encoding="utf-8"))
    assert index["latest"] == "1.0.0" and index["versions"][0]["latest"] is True


def test_parquet_is_zstd_with_plain_string_types_and_sorted_by_speaker_then_date(corpus, tmp_path):
    build([corpus, write(tmp_path / "more.txt", RELEASE_C)], out=tmp_path / "out", dataset="demo")
    pf = pq.ParquetFile(tmp_path / "out" / "demo" / "1.0.0" / DATA_FILE)
    schema = pf.schema_arrow
    assert str(schema.field("speaker").type) == "string"
    assert str(schema.field("date").type) == "date32[day]"
    assert str(schema.field("paragraphs").type).startswith("list<") and "large" not in str(schema)
    assert pf.metadata.row_group(0).column(0).compression == "ZSTD"
    assert pf.schema_arrow.metadata[b"dataset_version"] == b"1.0.0"
    speakers = [r["speaker"] for r in pq.read_table(tmp_path / "out" / "demo" / "1.0.0" / DATA_FILE).to_pylist()]
    assert speakers == sorted(speakers) and len(speakers) == 3


def test_two_builds_of_the_same_input_are_identical(corpus, tmp_path, epoch):
    build([corpus], out=tmp_path / "one", dataset="demo")
    build([corpus], out=tmp_path / "two", dataset="demo")
    a, b = tmp_path / "one" / "demo" / "1.0.0", tmp_path / "two" / "demo" / "1.0.0"
    assert load_rows(a) == load_rows(b)
    assert (a / "SHA256SUMS").read_text() == (b / "SHA256SUMS").read_text()


def test_rebuilding_unchanged_input_publishes_nothing(corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out=out, dataset="demo")
    again = build([corpus], out=out, dataset="demo")
    assert again.release.created is False and "no change" in again.release.message
    same = build([corpus], out=out, dataset="demo", version="1.0.0")
    assert same.release.created is False and "identical" in same.release.message
    assert [p.name for p in (out / "demo").iterdir() if p.is_dir()] == ["1.0.0"]


def test_corrected_quote_keeps_its_id_and_shows_as_changed(corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out=out, dataset="demo")
    before = {r["speaker"]: r for r in load_rows(out / "demo" / "1.0.0")}
    fixed = RELEASE_A.replace("Warm words are not enough.", "Warm words are simply not enough.")
    write(corpus, fixed, RELEASE_B)
    result = build([corpus], out=out, dataset="demo")
    assert result.release.version == "1.0.1"  # a correction is a patch
    after = {r["speaker"]: r for r in load_rows(out / "demo" / "1.0.1")}
    assert after["Yvette Cooper"]["quote_id"] == before["Yvette Cooper"]["quote_id"]
    changes = json.loads((out / "demo" / "1.0.1" / "changes.json").read_text(encoding="utf-8"))
    assert changes["added"] == [] and changes["removed"] == []
    (changed,) = changes["changed"]
    assert changed["key"] == before["Yvette Cooper"]["quote_id"]
    assert set(changed["changes"]) == {"text", "paragraphs"}
    assert "simply" in changed["changes"]["text"][1]
    # The earlier version is untouched.
    assert verify_release(out / "demo" / "1.0.0") == []


def test_added_release_bumps_the_minor_version(corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out=out, dataset="demo")
    write(tmp_path / "more.txt", RELEASE_C)
    result = build([corpus, tmp_path / "more.txt"], out=out, dataset="demo")
    assert result.release.version == "1.1.0" and result.release.previous == "1.0.0"
    changes = json.loads((out / "demo" / "1.1.0" / "changes.json").read_text(encoding="utf-8"))
    by_speaker = {r["speaker"]: r["quote_id"] for r in load_rows(out / "demo" / "1.1.0")}
    assert changes["added"] == [by_speaker["Diana Johnson"]]  # IDs only: the rows are in the data file
    assert changes["removed"] == [] and changes["changed"] == []
    card = (out / "demo" / "1.1.0" / "README.md").read_text(encoding="utf-8")
    assert "Against 1.0.0: 1 quotes added, 0 removed, 0 changed" in card
    index = json.loads((out / "demo" / "versions.json").read_text(encoding="utf-8"))
    assert [v["version"] for v in index["versions"]] == ["1.0.0", "1.1.0"] and index["latest"] == "1.1.0"


def test_withdrawn_quote_is_listed_as_removed(corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out=out, dataset="demo")
    write(corpus, RELEASE_A)
    result = build([corpus], out=out, dataset="demo")
    assert result.release.version == "1.1.0"
    changes = json.loads((out / "demo" / "1.1.0" / "changes.json").read_text(encoding="utf-8"))
    before = {r["speaker"]: r["quote_id"] for r in load_rows(out / "demo" / "1.0.0")}
    assert changes["removed"] == [before["Mary Creagh"]]


def test_a_published_version_is_never_changed(corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out=out, dataset="demo")
    write(corpus, RELEASE_A)
    with pytest.raises(ReleaseError, match="already published with different content"):
        build([corpus], out=out, dataset="demo", version="1.0.0")
    proc = run_quotes("build", str(corpus), "--out", str(out), "--dataset", "demo", "--version", "1.0.0")
    assert proc.returncode == 3 and "already published" in proc.stderr
    assert verify_release(out / "demo" / "1.0.0") == []


def test_a_failed_build_leaves_no_partial_version(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    build([corpus], out=out, dataset="demo")
    write(tmp_path / "more.txt", RELEASE_C)
    import quotes.release as rel

    def boom(**kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(rel, "croissant", boom)
    with pytest.raises(KeyboardInterrupt):
        build([corpus, tmp_path / "more.txt"], out=out, dataset="demo")
    assert sorted(p.name for p in (out / "demo").iterdir()) == ["1.0.0", "versions.json"]
    assert verify_release(out / "demo" / "1.0.0") == []


def test_verify_catches_a_flipped_byte(corpus, tmp_path):
    build([corpus], out=tmp_path / "out", dataset="demo")
    folder = tmp_path / "out" / "demo" / "1.0.0"
    ok = run_quotes("verify", str(folder))
    assert ok.returncode == 0 and "OK" in ok.stdout
    data = bytearray((folder / DATA_FILE).read_bytes())
    data[len(data) // 2] ^= 0x01
    (folder / DATA_FILE).write_bytes(bytes(data))
    bad = run_quotes("verify", str(folder))
    assert bad.returncode == 1
    assert f"{DATA_FILE}: checksum mismatch" in bad.stderr


def test_verify_catches_a_wrong_row_count_even_with_matching_checksums(corpus, tmp_path):
    build([corpus], out=tmp_path / "out", dataset="demo")
    folder = tmp_path / "out" / "demo" / "1.0.0"
    manifest = json.loads((folder / "release.json").read_text())
    manifest["row_counts"]["quotes"] = 99
    (folder / "release.json").write_text(json.dumps(manifest))
    lines = [l for l in (folder / "SHA256SUMS").read_text().splitlines() if not l.endswith("  release.json")]
    lines.append(f"{hashlib.sha256((folder / 'release.json').read_bytes()).hexdigest()}  release.json")
    (folder / "SHA256SUMS").write_text("\n".join(lines) + "\n")
    problems = verify_release(folder)
    assert any("2 rows, release.json says 99" in p for p in problems)


def test_diff_command_text_and_json(corpus, tmp_path):
    out = tmp_path / "out"
    build([corpus], out=out, dataset="demo")
    write(tmp_path / "more.txt", RELEASE_C)
    build([corpus, tmp_path / "more.txt"], out=out, dataset="demo")
    text = run_quotes("diff", str(out / "demo" / "1.0.0"), str(out / "demo" / "1.1.0"))
    assert text.returncode == 0
    assert text.stdout.splitlines()[0] == "1.0.0 -> 1.1.0: 1 added, 0 removed, 0 changed"
    assert "Diana Johnson" in text.stdout
    js = run_quotes("diff", str(out / "demo" / "1.0.0"), str(out / "demo" / "1.1.0"), "--format", "json")
    data = json.loads(js.stdout)
    assert data["counts"]["added"] == 1 and data["added"][0]["speaker"] == "Diana Johnson"


def test_load_dataset_reads_both_configurations_offline(corpus, tmp_path):
    datasets = pytest.importorskip("datasets")
    build([corpus], out=tmp_path / "out", dataset="demo")
    folder = str(tmp_path / "out" / "demo" / "1.0.0")
    assert sorted(datasets.get_dataset_config_names(folder)) == ["default", "speakers"]
    quotes = datasets.load_dataset(folder, split="train")
    assert quotes.num_rows == 2
    assert quotes.features["speaker"] == datasets.Value("string")
    assert quotes.features["date"] == datasets.Value("date32")
    assert quotes.features["paragraphs"] == datasets.List(datasets.Value("string"))
    speakers = datasets.load_dataset(folder, "speakers", split="train")
    assert speakers.num_rows == 2
    assert set(speakers["name"]) == {"Yvette Cooper", "Mary Creagh"}


def test_croissant_metadata_validates_and_loads_a_record(corpus, tmp_path):
    mlc = pytest.importorskip("mlcroissant")
    build([corpus], out=tmp_path / "out", dataset="demo")
    path = tmp_path / "out" / "demo" / "1.0.0" / "croissant.json"
    dataset = mlc.Dataset(jsonld=str(path))
    records = list(dataset.records(record_set="quotes"))
    assert len(records) == 2
    speakers = {r["quotes/speaker"].decode() if isinstance(r["quotes/speaker"], bytes) else r["quotes/speaker"]
                for r in records}
    assert speakers == {"Yvette Cooper", "Mary Creagh"}
    # A wrong hash is caught when records are read.
    copy = tmp_path / "copy"
    shutil.copytree(tmp_path / "out" / "demo" / "1.0.0", copy)
    data = json.loads((copy / "croissant.json").read_text())
    data["distribution"][0]["sha256"] = "0" * 64
    (copy / "croissant.json").write_text(json.dumps(data))
    with pytest.raises(Exception, match=r"Download\(quotes-parquet\)"):  # the sha256 check
        list(mlc.Dataset(jsonld=str(copy / "croissant.json")).records(record_set="quotes"))


class FakeHub:
    def __init__(self):
        self.calls = []

    def create_repo(self, repo_id, **kw):
        self.calls.append(("create_repo", repo_id, kw))

    def upload_folder(self, **kw):
        self.calls.append(("upload_folder", kw))

        class Info:
            oid = "abc123"
        return Info()

    def create_tag(self, repo_id, **kw):
        self.calls.append(("create_tag", repo_id, kw))


def test_push_uploads_and_tags_the_version(corpus, tmp_path):
    build([corpus], out=tmp_path / "out", dataset="demo")
    folder = tmp_path / "out" / "demo" / "1.0.0"
    hub = FakeHub()
    plan = push_release(folder, "someone/uk-quotes", api=hub)
    names = [c[0] for c in hub.calls]
    assert names == ["create_repo", "upload_folder", "create_tag"]
    upload = hub.calls[1][1]
    assert upload["folder_path"] == str(folder) and upload["repo_type"] == "dataset"
    assert "data/*" in upload["delete_patterns"]
    tag = hub.calls[2][2]
    assert tag["tag"] == "v1.0.0" and tag["revision"] == "abc123"
    assert plan.commit == "abc123"


def test_push_dry_run_lists_files_and_contacts_nothing(corpus, tmp_path):
    build([corpus], out=tmp_path / "out", dataset="demo")
    proc = run_quotes("push", str(tmp_path / "out" / "demo" / "1.0.0"), "--repo", "someone/uk-quotes", "--dry-run")
    assert proc.returncode == 0, proc.stderr
    assert "would upload" in proc.stdout and DATA_FILE in proc.stdout and "would tag the commit v1.0.0" in proc.stdout


def test_push_refuses_a_damaged_release(corpus, tmp_path):
    build([corpus], out=tmp_path / "out", dataset="demo")
    folder = tmp_path / "out" / "demo" / "1.0.0"
    (folder / "README.md").write_text("tampered", encoding="utf-8")
    proc = run_quotes("push", str(folder), "--repo", "someone/uk-quotes", "--dry-run")
    assert proc.returncode == 1 and "does not verify" in proc.stderr


def test_changes_streamed_item_by_item_are_written_as_the_whole_object_would_be(tmp_path):
    from quotes.publish import write_json
    from quotes.release import _Counted, _write_changes

    head = {"dataset": "quotes", "version": "1.1.0", "previous_version": "1.0.0"}
    changed = [{"key": "q_3", "changes": {"text": ["a", "b"], "paragraphs": [["x"], ["y", "é"]]}},
               {"key": "q_4", "changes": {}}]
    for added, change_list in ((["q_1", "q_2"], changed), ([], []), (["q_1"], [])):
        write_json(tmp_path / "whole.json", {**head, "added": added, "removed": ["q_0"], "changed": change_list})
        _write_changes(tmp_path / "streamed.json", {**head, "added": _Counted(iter(added), len(added)),
                                                    "removed": ["q_0"],
                                                    "changed": _Counted(iter(change_list), len(change_list))})
        assert (tmp_path / "streamed.json").read_bytes() == (tmp_path / "whole.json").read_bytes()


def test_row_digest_is_the_digest_of_the_rows_comparable_form():
    """Digests decide what changed between versions; dates count as their ISO text, nested or not."""
    import datetime as dt
    import hashlib

    from quotes.release import _comparable, row_digest

    rows = [
        {"quote_id": "q_1", "date": dt.date(2025, 2, 4), "paragraphs": ["“We will act,” she said.", "é"],
         "source": {"file": "a.txt", "release": 3, "line": None}, "inline": False},
        {"quote_id": "q_2", "date": None, "paragraphs": [], "source": None, "nested": [{"d": dt.date(2012, 1, 1)}]},
    ]
    for row in rows:
        expected = hashlib.sha256(json.dumps(_comparable(row), sort_keys=True, ensure_ascii=False).encode())
        assert row_digest(row) == expected.digest()[:16]
    assert row_digest(rows[0]) != row_digest({**rows[0], "date": dt.date(2025, 2, 5)})
