"""The words of init, render and fix pass policy-lint's own plain-language checks.

Uses the checks of tests/test_own_words.py on: the messages each command
prints (gathered by running it into each problem), the notice's own
headings and labels, and the lawyer checklists of the starter templates.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from conftest import EXAMPLES, CliRun
from policy_lint.authoring import init as starter
from policy_lint.authoring.render import LABELS, LABELS_I
from test_own_words import _problems

NO_TTY = {"CI": "true"}


def _messages(run_cli: Callable[..., CliRun], tmp_path: Path) -> list[str]:
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: [\n", encoding="utf-8")
    taken = tmp_path / "taken.yaml"
    taken.write_text("x\n", encoding="utf-8")
    small = tmp_path / "small.yaml"
    small.write_bytes((EXAMPLES / "small-practice.yaml").read_bytes())
    page = tmp_path / "privacy.md"
    page.write_text("# Privacy\n\nWhat you tell us stays private.\n", encoding="utf-8")
    runs = [
        run_cli("init", str(tmp_path / "a.yaml"), "--jurisdiction", "US-TX", "--email", "a@b.example", env=NO_TTY),
        run_cli("init", str(tmp_path / "a.yaml"), "--name", "X", "--email", "a@b.example", env=NO_TTY),
        run_cli("init", str(tmp_path / "a.yaml"), "--name", "X", "--jurisdiction", "GB", env=NO_TTY),
        run_cli("init", str(tmp_path / "a.yaml"), "--name", "X", "--email", "a@b.example", "--jurisdiction", "Texas", env=NO_TTY),
        run_cli("init", str(tmp_path / "a.yaml"), "--name", "X", "--email", "a@b.example", "--jurisdiction", "FR", env=NO_TTY),
        run_cli("init", str(tmp_path / "a.yaml"), "--name", "X", "--email", "bad", "--jurisdiction", "GB", env=NO_TTY),
        run_cli("init", str(taken), "--name", "X", "--email", "a@b.example", "--jurisdiction", "GB", env=NO_TTY),
        run_cli("init", str(tmp_path / "b.yaml"), "--name", "X", "--email", "a@b.example", "--jurisdiction", "US-FL", env=NO_TTY),
        run_cli("render", str(bad)),
        run_cli("render", str(small), "-o", str(tmp_path / "n.html")),
        run_cli("render", str(small), "--format", "docx"),
        run_cli("fix", "--isolated", str(bad)),
        run_cli("fix", "--isolated", str(small)),
        run_cli("fix", "--isolated", str(page)),
        run_cli("render", str(page)),
        run_cli("render", str(small), "-o", str(taken)),
        run_cli("render", str(small), "-o", str(tmp_path / "n.pdf")),
        run_cli("render", str(small), "-o", str(tmp_path / "n.rtf")),
        run_cli("render", str(small), "-o", str(tmp_path / "n.md"), "--format", "html"),
    ]
    out = []
    for run in runs:
        for line in run.stderr.splitlines():
            if line.startswith(("Usage:", "Try ")) or re.search(r': PLN\d{3} "', line):
                continue  # click's usage line; fix's list of swaps quotes the policy's words
            out.append(line.removeprefix("Error: "))
    return out


def test_command_messages_are_plain(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    messages = _messages(run_cli, tmp_path)
    assert len(messages) >= 12
    for message in messages:
        bare = re.sub(r"\S*/\S*", "x", message)  # paths
        assert [] == _problems(bare), message


def test_notice_labels_and_lawyer_checklists_are_plain() -> None:
    texts = list(LABELS.values()) + list(LABELS_I.values())
    for code in starter.available():
        _, checklist, _ = starter.build(starter.Answers("A practice", code, email="a@b.example"))
        texts += checklist
    for text in texts:
        assert [] == _problems(text), text
