"""A required limit with only vague words stays quiet only while LIM004 really speaks.

With a policy whose only abuse words are "We must report suspected abuse or
neglect.", LIM004 warns that the words are too general and COV003/COV004 keep
quiet. When LIM004 is turned off for the run (--ignore, severity: off, a
per-file ignore, --select without it), COV003 and COV004 must report the
missing limits: otherwise nothing tells the user.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLES


def _vague_policy(folder: Path) -> Path:
    text = (EXAMPLES / "complete.yaml").read_text(encoding="utf-8")
    start, end = text.index("  - category: child_abuse"), text.index("  - category: court_order")
    text = text[:start] + text[end:]
    keep = "It covers your records, your bills and the notes we keep."
    text = text.replace(keep, keep + "\n    We must report suspected abuse or neglect.")
    path = folder / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _ids(output: str) -> set[str]:
    return {word for line in output.splitlines() for word in line.split() if word[:3] in ("LIM", "COV") and word[3:].isdigit()}


def test_lim004_on_keeps_the_required_limits_quiet(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    found = _ids(run_cli("check", str(_vague_policy(tmp_path))).stdout)
    assert "LIM004" in found
    assert not {"COV003", "COV004"} & found


@pytest.mark.parametrize(
    "config, args",
    [
        ("", ("--ignore", "LIM004")),
        ("severity:\n  LIM004: off\n", ()),
        ('per_file_ignores:\n  "policy.yaml": [LIM004]\n', ()),
        ("", ("--select", "COV")),
        # a config that takes the topics out of LIM004 (its options were unseen by COV003 and COV004)
        ("rules:\n  LIM004:\n    topics: [harm_to_self, harm_to_others, court_order]\n", ()),
    ],
    ids=["ignore", "severity-off", "per-file-ignore", "select-without", "config-topics"],
)
def test_lim004_off_lets_the_required_limits_speak(tmp_path: Path, run_cli, monkeypatch, config: str, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    path = _vague_policy(tmp_path)
    if config:
        (tmp_path / ".policy-lint.yaml").write_text(config, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = _ids(run_cli("check", *args, str(path)).stdout)
    assert "LIM004" not in found
    assert {"COV003", "COV004"} <= found


def test_a_suppressed_lim004_still_counts(tmp_path: Path, run_cli, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The user saw that warning and accepted it, with a reason: the rule ran."""
    path = _vague_policy(tmp_path)
    (tmp_path / ".policy-lint.yaml").write_text(
        "suppressions:\n  - path: policy.yaml\n    rules: [LIM004]\n    reason: We list the abuse cases in our intake form.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    run = run_cli("check", "--show-suppressed", str(path))
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "LIM004" in run.stdout  # shown as suppressed
    assert not {"COV003", "COV004"} & _ids(run.stdout)


def test_the_reporting_laws_in_general_get_lim004_not_a_missing_limit(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    """"We follow all applicable state and federal reporting requirements." names no abuse limit: too general.

    It was read as nothing, so the policy got COV003 and COV004 (missing) and
    no word on the sentence that was meant to cover them.
    """
    page = tmp_path / "policy.md"
    page.write_text(
        "# Privacy at Elm Street Therapy\n\nWhat you tell us stays private. There are a few limits.\n\n"
        "If you may seriously hurt yourself soon, we may call emergency services.\n\n"
        "If a judge orders us to share your records, we must do so.\n\n"
        "We follow all applicable state and federal reporting requirements.\n",
        encoding="utf-8",
    )
    out = run_cli("check", "--no-hints", str(page)).stdout
    found = _ids(out)
    assert "LIM004" in found and not {"COV003", "COV004"} & found
    assert "policy.md:9:26: warning LIM004 'state and federal reporting requirements' is too general" in out
