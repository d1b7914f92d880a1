"""Problems a new user found in trial 8, each checked through the command line.

Words that name one topic get advice about that topic (LIM004); the rest of
the file grows with the other fixes of that trial.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import pytest

from conftest import CliRun


def _findings(run_cli: Callable[..., CliRun], *args: str) -> list[dict]:  # type: ignore[type-arg]
    out = run_cli("check", "--format", "json", *args).stdout
    return [f for r in json.loads(out)["files"] for f in r["findings"]]


def _page(tmp_path: Path, text: str, name: str = "page.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- LIM004: the example sentence fits the topic the finding names --------------------------------


@pytest.mark.parametrize(
    ("sentence", "wanted", "unwanted"),
    [
        ("We may share information if there is a serious threat to health or safety.", "hurt", "child"),
        ("We report abuse to the right agency.", "child", "hurt yourself"),
    ],
)
def test_a_vague_finding_suggests_a_sentence_about_its_own_topic(tmp_path: Path, run_cli: Callable[..., CliRun], sentence: str, wanted: str, unwanted: str) -> None:
    page = _page(tmp_path, f"# Privacy\n\nWhat you tell us stays private.\n\n{sentence}\n")
    vague = [f for f in _findings(run_cli, str(page)) if f["rule"] == "LIM004"]
    assert vague, "no LIM004"
    for f in vague:
        assert wanted in f["hint"].lower(), f["hint"]
        assert unwanted not in f["hint"].lower(), f["hint"]
