"""Publishing a release folder to the Hugging Face Hub (network I/O lives here only)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from .release import load_manifest, verify_release

# Shards of earlier versions that the new upload replaces.
DELETE_PATTERNS = ["data/*", "speakers/*"]


class PushError(Exception):
    pass


@dataclass
class PushPlan:
    repo_id: str
    version: str
    files: list[dict[str, Any]]
    dry_run: bool
    commit: Optional[str] = None
    done: list[str] = field(default_factory=list)

    @property
    def tag(self) -> str:
        return f"v{self.version}"

    def lines(self) -> list[str]:
        head = "would upload" if self.dry_run else "uploaded"
        out = [f"{head} {len(self.files)} files to datasets/{self.repo_id}:"]
        out += [f"  {f['path']}  ({f['bytes']:,} bytes)" for f in self.files]
        out.append(f"{'would delete' if self.dry_run else 'replaced'} stale files matching {', '.join(DELETE_PATTERNS)}")
        if self.dry_run:
            out.append(f"would tag the commit {self.tag}")
        else:
            out.append(f"tagged commit {self.commit} as {self.tag}")
        return out


def push_release(folder: Path, repo_id: str, *, dry_run: bool = False, private: bool = False,
                 token: Optional[str] = None, api: Any = None) -> PushPlan:
    """Upload ``folder`` to the dataset repo ``repo_id`` and tag the commit ``v<version>``.

    The release is verified first; a damaged release is never pushed.
    ``api`` is an ``HfApi``-like object (tests pass a fake one).
    """
    if "/" not in repo_id or repo_id.count("/") != 1 or not all(repo_id.split("/")):
        raise PushError(f"invalid repository {repo_id!r}: use OWNER/NAME")
    problems = verify_release(folder)
    if problems:
        raise PushError(f"{folder} does not verify, not pushing: " + "; ".join(problems[:3]))
    manifest = load_manifest(folder)
    files = [{"path": "SHA256SUMS", "bytes": (folder / "SHA256SUMS").stat().st_size}] + [
        {"path": f["path"], "bytes": f["bytes"]} for f in manifest["files"]]
    files.append({"path": "release.json", "bytes": (folder / "release.json").stat().st_size})
    plan = PushPlan(repo_id=repo_id, version=manifest["version"], files=sorted(files, key=lambda f: f["path"]),
                    dry_run=dry_run)
    if dry_run:
        return plan
    if api is None:
        from huggingface_hub import HfApi

        api = HfApi(token=token)
    try:
        api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
        info = api.upload_folder(repo_id=repo_id, repo_type="dataset", folder_path=str(folder),
                                 commit_message=f"Release {plan.tag}", delete_patterns=DELETE_PATTERNS)
        plan.commit = getattr(info, "oid", None) or getattr(info, "commit_id", None)
        summary = manifest.get("changes", {})
        api.create_tag(repo_id, repo_type="dataset", tag=plan.tag, revision=plan.commit,
                       tag_message=f"{manifest['dataset']} {plan.tag}: +{summary.get('added', 0)} added, "
                                   f"-{summary.get('removed', 0)} removed, {summary.get('changed', 0)} changed")
    except Exception as exc:  # noqa: BLE001 - any Hub failure is reported the same way
        raise PushError(f"push to {repo_id} failed: {exc}") from exc
    return plan
