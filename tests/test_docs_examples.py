"""The examples in docs/configuration.md run, and print what the page says.

How the page is read:

* ``<!-- example: NAME -->`` starts an example in a fresh folder that holds
  ``.git`` (a repository root), so no config outside it is used.
* A fenced block with ``file=PATH`` in its info string (```` ```yaml
  file=.policy-lint.yaml ````) is written to that path in the folder.
* A block with ``compare=PATH`` must equal that file at that point (for
  example a baseline file that a command wrote).
* A ``console`` block holds commands (lines that start with ``$ ``), each
  followed by what it prints. ``exit=N`` on the fence is the exit code of
  every command in the block (0 when left out). A command may start with
  ``NAME=value`` settings for the environment.
* The printed lines must appear in the real output, in the same order (the
  page may leave lines out, such as hints), and every finding line of the
  real output must be on the page.
* ``text`` blocks are syntax sketches and are not run. Every other block
  must belong to an example.

The date for ``until`` is fixed at 2026-11-26 (POLICY_LINT_TODAY) unless a
command sets its own.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "configuration.md"
TODAY = "2026-11-26"

_MARK = re.compile(r"<!--\s*example:\s*([\w-]+)\s*-->")
_FENCE = re.compile(r"^```(\S*)(.*)$")
_FINDING = re.compile(r"^\S+:\d+:\d+: (error|warning|info) [A-Z]+\d+ ")


@dataclass
class Block:
    """One fenced block of the page."""

    lang: str
    attrs: dict[str, str]
    body: str
    line: int


@dataclass
class Example:
    """The blocks after one example marker."""

    name: str
    line: int
    blocks: list[Block] = field(default_factory=list)


def _parse(text: str) -> tuple[list[Example], list[Block]]:
    """Split the page into examples; return them and the blocks outside any example."""
    examples: list[Example] = []
    loose: list[Block] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        mark = _MARK.search(lines[i])
        if mark:
            examples.append(Example(mark.group(1), i + 1))
            i += 1
            continue
        fence = _FENCE.match(lines[i])
        if fence:
            start = i + 1
            body: list[str] = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                body.append(lines[i])
                i += 1
            attrs = dict(tok.split("=", 1) for tok in fence.group(2).split() if "=" in tok)
            block = Block(fence.group(1), attrs, "\n".join(body) + "\n", start)
            if examples and not block.lang == "text":
                examples[-1].blocks.append(block)
            elif block.lang != "text":
                loose.append(block)
        elif lines[i].startswith("## ") and examples:
            # A new section ends the example: later blocks need their own marker.
            examples.append(Example("", i + 1))
        i += 1
    named = [e for e in examples if e.name]
    for e in examples:
        if not e.name:
            loose.extend(e.blocks)
    return named, loose


EXAMPLES, LOOSE = _parse(DOC.read_text(encoding="utf-8"))
# The README shows a few of the same kind; only its marked examples run
# (its other blocks, such as the quick start, are not examples).
README = ROOT / "README.md"
README_EXAMPLES, _ = _parse(README.read_text(encoding="utf-8"))
ALL = [(DOC, e) for e in EXAMPLES] + [(README, e) for e in README_EXAMPLES]


def _commands(block: Block) -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for line in block.body.splitlines():
        if line.startswith("$ "):
            out.append((line[2:], []))
        elif out:
            out[-1][1].append(line.rstrip())
    return out


def _run(command: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[str]]:
    from policy_lint.cli import cli

    words = shlex.split(command)
    env = {"POLICY_LINT_TODAY": TODAY, "NO_COLOR": "1"}
    while words and re.fullmatch(r"[A-Z_]+=.*", words[0]):
        key, value = words.pop(0).split("=", 1)
        env[key] = value
    assert words[:1] == ["policy-lint"], f"only policy-lint commands run: {command}"
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(cli, words[1:], env=env, catch_exceptions=False)
    lines = (result.stdout + result.stderr).splitlines()
    return result.exit_code, [line.rstrip() for line in lines]


def _is_subsequence(wanted: list[str], actual: list[str]) -> bool:
    it = iter(actual)
    return all(any(a == w for a in it) for w in wanted)


def test_the_page_has_examples() -> None:
    """The page is there and has examples for config, suppressions and baselines."""
    names = {e.name for e in EXAMPLES}

    assert len(EXAMPLES) >= 8
    assert len(names) == len(EXAMPLES), "example names are unique"
    assert {"quick-start", "suppressions", "baseline"} <= names


def test_every_block_belongs_to_an_example() -> None:
    """No config or policy on the page goes untested."""
    assert not [(b.line, b.lang) for b in LOOSE]
    for example in EXAMPLES:
        for block in example.blocks:
            assert block.lang == "console" or "file" in block.attrs or "compare" in block.attrs, f"line {block.line}: give the block file=PATH or make it a text block"
        assert any(b.lang == "console" for b in example.blocks), f"example {example.name} runs nothing"


def test_readme_shows_config_suppression_and_baseline() -> None:
    """The README has runnable examples of the config, a suppression and a baseline."""
    assert {"readme-config", "readme-suppression", "readme-baseline"} <= {e.name for e in README_EXAMPLES}


@pytest.mark.parametrize(("page", "example"), ALL, ids=lambda x: x.name if isinstance(x, Example) else x.stem)
def test_example_runs_as_shown(page: Path, example: Example, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each command exits as shown and prints the lines shown."""
    folder = tmp_path / "repo"
    (folder / ".git").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    for block in example.blocks:
        if "file" in block.attrs:
            path = folder / block.attrs["file"]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(block.body, encoding="utf-8")
            continue
        if "compare" in block.attrs:
            written = (folder / block.attrs["compare"]).read_text(encoding="utf-8")
            assert written == block.body, f"{page.name}:{block.line}: {block.attrs['compare']} holds:\n{written}"
            continue
        expected_code = int(block.attrs.get("exit", "0"))
        for command, wanted in _commands(block):
            code, actual = _run(command, folder, monkeypatch)
            where = f"{page.name}:{block.line} $ {command}\n--- real output ---\n" + "\n".join(actual)
            assert code == expected_code, where
            assert _is_subsequence([w for w in wanted if w], actual), where
            missing = [a for a in actual if _FINDING.match(a) and a not in wanted]
            assert not missing, where
