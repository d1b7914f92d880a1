"""Baselines: write every current finding, then fail only on new ones; keyed by pointer, not line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from config_helpers import NO_ELDER, cli, lint, repo, write  # noqa: F401

# Two placeholders in one explanation: same rule, same pointer, told apart by the text.
DRAFT = NO_ELDER.replace("Your safety comes first.", "Your safety comes first. TODO check this. TBD.", 1)


def _setup(repo: Path) -> Path:
    return write(repo / "policies" / "a.yaml", DRAFT)


def test_write_then_use_the_baseline(repo: Path) -> None:
    """--write-baseline records every finding and passes; --baseline then hides them, marked 'baseline'."""
    _setup(repo)

    wrote = cli("check", "policies", "--write-baseline", "baseline.json")
    used = cli("check", "policies", "--baseline", "baseline.json", "--format", "json")

    assert wrote.exit_code == 0
    assert "Wrote 3 findings to the baseline baseline.json" in wrote.stderr
    assert used.exit_code == 0
    findings = used.json()["files"][0]["findings"]
    assert sorted(f["rule"] for f in findings) == ["COV004", "TXT001", "TXT001"]
    assert all(f["suppressed"] and f["suppression"]["source"] == "baseline" for f in findings)
    assert used.json()["summary"]["suppressed"] == 3


def test_baseline_file_is_sorted_stable_json_with_a_version(repo: Path) -> None:
    """Entries are keyed by rule, relative path with slashes and pointer; a word finding adds a hash."""
    _setup(repo)
    cli("check", "policies", "--write-baseline", "ci/baseline.json")
    first = (repo / "ci" / "baseline.json").read_bytes()
    cli("check", "policies", "--write-baseline", "ci/baseline.json")

    data = json.loads(first)
    assert (repo / "ci" / "baseline.json").read_bytes() == first
    assert data["version"] == 1
    assert [(e["path"], e["rule"], e["pointer"], "hash" in e) for e in data["findings"]] == [
        ("../policies/a.yaml", "COV004", "/limits", False),
        ("../policies/a.yaml", "TXT001", "/limits/0/explanation", True),
        ("../policies/a.yaml", "TXT001", "/limits/0/explanation", True),
    ]
    assert len({e["hash"] for e in data["findings"] if "hash" in e}) == 2
    assert first == json.dumps(data, indent=2, sort_keys=True).encode() + b"\n"
    assert "line" not in first.decode()


def test_lines_can_shift_and_findings_stay_baselined(repo: Path) -> None:
    """Adding lines above does not matter: entries use pointers, not line numbers."""
    path = _setup(repo)
    cli("check", "policies", "--write-baseline", "baseline.json")
    shifted = "# Reviewed by Dana, 2026.\n# More notes.\n" + DRAFT.replace("clinic:\n", "clinic:\n  website: https://riverside.example\n", 1)
    path.write_text(shifted, encoding="utf-8")

    result = lint(repo / "policies", baseline=str(repo / "baseline.json"))

    assert not result.failed
    assert all(f.suppression is not None for f in result.findings())
    assert result.findings()[0].line != 19  # the lines really moved


def test_a_new_gap_fails(repo: Path) -> None:
    """A finding that is not in the baseline fails the run; the old ones stay hidden."""
    path = _setup(repo)
    cli("check", "policies", "--write-baseline", "baseline.json")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  - category: child_abuse\n", "  - category: minors\n", 1), encoding="utf-8")

    run = cli("check", "policies", "--baseline", "baseline.json")

    assert run.exit_code == 1
    active = [line for line in run.stdout.splitlines() if ": error " in line or ": warning " in line]
    # The limit is now filed under minors while its words speak of child abuse:
    # the child abuse limit is missing (COV003) and the limit is off topic (LIM002).
    assert len(active) == 2 and "COV003" in active[0] and "LIM002" in active[1]


def test_a_new_word_in_the_same_field_fails(repo: Path) -> None:
    """Fixing one placeholder and adding another in the same field is a new finding (the hash differs)."""
    path = _setup(repo)
    cli("check", "policies", "--write-baseline", "baseline.json")
    path.write_text(DRAFT.replace("TODO check this.", "FIXME later.", 1), encoding="utf-8")

    result = lint(repo / "policies", baseline=str(repo / "baseline.json"))

    active = [f for f in result.findings() if f.suppression is None]
    assert [(f.rule_id, f.message.split("'")[1]) for f in active] == [("TXT001", "FIXME")]
    assert result.failed


def test_a_moved_list_item_keeps_its_word_findings(repo: Path) -> None:
    """A finding about a word matches its text even when its list item moved (the pointer changed)."""
    path = _setup(repo)
    cli("check", "policies", "--write-baseline", "baseline.json")
    first, rest = DRAFT.split("  - category: harm_to_others\n", 1)
    head, item = first.split("  - category: harm_to_self\n", 1)
    moved = head + "  - category: harm_to_others\n" + rest.replace("  - category: child_abuse\n", "  - category: harm_to_self\n" + item + "  - category: child_abuse\n", 1)
    path.write_text(moved, encoding="utf-8")

    result = lint(repo / "policies", baseline=str(repo / "baseline.json"))

    assert [f.pointer for f in result.findings() if f.rule_id == "TXT001"] == ["/limits/1/explanation"] * 2
    assert not result.failed


def test_entries_that_match_nothing_are_reported_not_failed(repo: Path) -> None:
    """Fixed findings leave stale entries: a note on stderr, exit code 0, and a per-file count in JSON."""
    path = _setup(repo)
    cli("check", "policies", "--write-baseline", "baseline.json")
    path.write_text(DRAFT.replace(" TBD.", "", 1), encoding="utf-8")

    run = cli("check", "policies", "--baseline", "baseline.json", "--format", "json")

    assert run.exit_code == 0
    assert "1 entry in the baseline baseline.json matches no finding now" in run.stderr
    assert run.json()["files"][0]["metrics"]["baseline_unmatched"] == 1


def test_entries_for_deleted_files_count_as_stale(repo: Path) -> None:
    """A baselined file that is gone leaves stale entries too."""
    _setup(repo)
    write(repo / "policies" / "b.yaml", DRAFT)
    cli("check", "policies", "--write-baseline", "baseline.json")
    (repo / "policies" / "b.yaml").unlink()

    run = cli("check", "policies", "--baseline", "baseline.json")

    assert run.exit_code == 0
    assert "3 entries in the baseline baseline.json match no finding now" in run.stderr


def test_never_writes_over_a_linted_file(repo: Path) -> None:
    """--write-baseline onto a policy being checked is refused with exit code 2."""
    path = _setup(repo)

    run = cli("check", "policies", "--write-baseline", "policies/a.yaml")

    assert run.exit_code == 2
    assert "one of the files being checked" in run.stderr
    assert path.read_text(encoding="utf-8") == DRAFT


def test_a_broken_baseline_is_a_clear_error(repo: Path) -> None:
    """A missing or bad baseline file is exit code 2 with one message."""
    _setup(repo)
    write(repo / "bad.json", '{"version": 7, "findings": []}')
    write(repo / "broken.json", "{")

    assert "no baseline file here" in cli("check", "policies", "--baseline", "nope.json").stderr
    assert "not a policy-lint baseline" in cli("check", "policies", "--baseline", "bad.json").stderr
    broken = cli("check", "policies", "--baseline", "broken.json")
    assert broken.exit_code == 2 and "broken.json:1:2" in broken.stderr


def test_config_can_name_the_baseline(repo: Path) -> None:
    """baseline: in the config, relative to the config file."""
    _setup(repo)
    cli("check", "policies", "--write-baseline", "ci/baseline.json")
    write(repo / ".policy-lint.yaml", "baseline: ci/baseline.json\n")

    assert cli("check", "policies").exit_code == 0
    assert cli("check", "policies", "--ignore-suppressions").exit_code == 1

    write(repo / ".policy-lint.yaml", "baseline: ci/missing.json\n")
    run = cli("check", "policies")
    assert run.exit_code == 2 and ".policy-lint.yaml:1:11" in run.stderr


def test_comment_suppressed_findings_are_not_written(repo: Path) -> None:
    """The baseline holds only findings nobody accepted yet."""
    write(repo / "policies" / "a.yaml", DRAFT.replace("limits:\n", 'limits:  # policy-lint: ignore[COV004] reason="addendum"\n', 1))

    cli("check", "policies", "--write-baseline", "baseline.json")

    rules = [e["rule"] for e in json.loads((repo / "baseline.json").read_text())["findings"]]
    assert rules == ["TXT001", "TXT001"]


# A page whose findings sit in several blocks (legal words, a placeholder).
PAGE = """<html><body><main>
<h1>Privacy at Oak Counseling</h1>
<p>What you tell us stays private, TBD.</p>
<p>Notwithstanding the foregoing, we shall tell you first.</p>
<ul><li>We shall keep your records locked.</li><li>We shall keep your records locked.</li></ul>
<p>Pursuant to the law, we may share what is needed to keep someone safe.</p>
</main></body></html>
"""


def _pointers(run) -> list[tuple[str, str, bool]]:  # noqa: ANN001
    return sorted((f["rule"], f["pointer"], f["suppressed"]) for f in run.json()["files"][0]["findings"])


def test_a_page_keeps_its_baseline_when_a_paragraph_is_added_above(repo: Path) -> None:
    """On prose the pointer /blocks/N moves when a paragraph is added: the baseline names each block by its text."""
    page = write(repo / "site" / "privacy.html", PAGE)
    wrote = cli("check", "site", "--write-baseline", "baseline.json")
    assert wrote.exit_code == 0
    entries = json.loads((repo / "baseline.json").read_text())["findings"]
    assert entries and all(not e["pointer"].startswith("/blocks/") or e["pointer"].startswith("/blocks/@") for e in entries)
    # The two list items say the same thing: each has its own entry (copy 0 and copy 1).
    assert {e["pointer"].rsplit(":", 1)[1] for e in entries if e["pointer"].startswith("/blocks/@list_item")} == {"0", "1"}

    before = cli("check", "site", "--format", "json")
    page.write_text(PAGE.replace("<h1>Privacy at Oak Counseling</h1>", "<h1>Privacy at Oak Counseling</h1>\n<p>Last updated in May.</p>"), encoding="utf-8")
    after = cli("check", "site", "--baseline", "baseline.json", "--format", "json")

    moved = [(r, p) for r, p, _ in _pointers(after)]
    assert moved != [(r, p) for r, p, _ in _pointers(before)]  # every block after the new one has a new number
    assert after.exit_code == 0
    assert all(s for _, _, s in _pointers(after))
    assert after.json()["summary"]["suppressed"] == len(_pointers(before))


def test_a_new_finding_on_a_page_still_fails(repo: Path) -> None:
    """A new sentence with a placeholder, and an edited paragraph, are new findings."""
    page = write(repo / "site" / "privacy.html", PAGE)
    cli("check", "site", "--write-baseline", "baseline.json")
    page.write_text(PAGE.replace("<p>Notwithstanding", "<p>We call you back soon, TODO.</p>\n<p>Notwithstanding"), encoding="utf-8")
    after = cli("check", "site", "--baseline", "baseline.json", "--format", "json")
    active = [(r, p) for r, p, s in _pointers(after) if not s]
    assert [r for r, _ in active] == ["TXT001"]
    assert after.exit_code == 1


def test_an_old_page_baseline_with_block_numbers_still_reads(repo: Path) -> None:
    """A baseline written before blocks had names (pointer /blocks/N) still hides the same findings."""
    write(repo / "site" / "privacy.html", PAGE)
    now = cli("check", "site", "--format", "json")
    old = [{"path": "site/privacy.html", "rule": r, "name": "", "pointer": p, "count": 1} for r, p, _ in _pointers(now)]
    (repo / "old.json").write_text(json.dumps({"version": 1, "tool": "policy-lint", "findings": old}), encoding="utf-8")
    used = cli("check", "site", "--baseline", "old.json", "--format", "json")
    assert used.exit_code == 0
    assert all(s for _, _, s in _pointers(used))


def test_an_old_page_baseline_with_a_field_pointer_still_reads(repo: Path) -> None:
    """Trial 7: a missing limit on a page pointed at "/limits", a YAML field; now at the whole document, "".

    A baseline written before still hides the same findings, one entry for one finding.
    """
    write(repo / "site" / "privacy.html", PAGE)
    now = cli("check", "site", "--format", "json")
    whole = [(r, p) for r, p, _ in _pointers(now) if p == ""]
    assert whole, "the page lacks something, so some findings are about the whole document"
    fields = {"COV": "/limits", "NOT": "/notification", "DOC": "/confidentiality"}
    old = [
        {"path": "site/privacy.html", "rule": r, "name": "", "pointer": fields.get(r[:3], "/clinic") if p == "" else p, "count": 1}
        for r, p, _ in _pointers(now)
    ]
    (repo / "old.json").write_text(json.dumps({"version": 1, "tool": "policy-lint", "findings": old}), encoding="utf-8")
    used = cli("check", "site", "--baseline", "old.json", "--format", "json")
    assert used.exit_code == 0
    assert all(s for _, _, s in _pointers(used))
    # One old entry hides one finding: a second finding of the same rule is new.
    short = [e for e in old if not (e["pointer"] in fields.values() and e["rule"] == whole[0][0])]
    (repo / "short.json").write_text(json.dumps({"version": 1, "tool": "policy-lint", "findings": short}), encoding="utf-8")
    used = cli("check", "site", "--baseline", "short.json", "--format", "json")
    assert [r for r, _, s in _pointers(used) if not s] == [whole[0][0]]


# A page with a table whose rows have findings (legal words); the first cell of each row only names it (a label).
TABLE = """<html><body><main>
<h1>Privacy at Oak Counseling</h1>
<p>What you tell us stays private.</p>
<table>
<tr><td>Child abuse</td><td>Notwithstanding the foregoing, we shall report it to child protective services.</td></tr>
<tr><td>Court orders</td><td>Pursuant to a court order, we shall share your records.</td></tr>
</table>
</main></body></html>
"""
ROWS = [
    ("Child abuse", "Notwithstanding the foregoing, we shall report it to child protective services."),
    ("Court orders", "Pursuant to a court order, we shall share your records."),
]


def _row_name(text: str, copy: int = 0) -> str:
    """A table row's name by the hash of its text as read (as policy-lint named rows before parity14)."""
    import hashlib

    return f"table_row:{hashlib.sha256(' '.join(text.split()).casefold().encode('utf-8')).hexdigest()[:12]}:{copy}"


def _words_name(label: str, text: str, copy: int = 0) -> str:
    """A table row's name by the hash of its cells' words."""
    import hashlib
    import re

    words = " ".join(re.findall(r"\w+", f"{label} {text}".casefold()))
    return f"table_row:{hashlib.sha256(words.encode('utf-8')).hexdigest()[:12]}:{copy}"


def test_a_table_row_is_named_by_its_words(repo: Path) -> None:
    """(parity14) A row's name does not hold what the reader puts between its cells ("Child abuse: ..." or "Child abuse.
    ..."), so a change of how rows are joined keeps a baseline."""
    write(repo / "site" / "privacy.html", TABLE)
    cli("check", "site", "--write-baseline", "baseline.json")
    rows = {e["pointer"].split("/@", 1)[1] for e in json.loads((repo / "baseline.json").read_text())["findings"] if "@table_row:" in e["pointer"]}
    assert rows == {_words_name(label, text) for label, text in ROWS}


@pytest.mark.parametrize("sep", [". ", ": "])
def test_a_baseline_that_names_a_row_by_its_older_text_still_reads(repo: Path, sep: str) -> None:
    """A baseline written when a row's label was joined by ". " (before core13), or by ": " with the row named by its
    text (before parity14), still hides the row's findings: they no longer show again until it is written anew."""
    write(repo / "site" / "privacy.html", TABLE)
    cli("check", "site", "--write-baseline", "baseline.json")
    entries = json.loads((repo / "baseline.json").read_text())["findings"]
    older = {_words_name(label, text): _row_name(f"{label}{sep}{text}") for label, text in ROWS}
    renamed = 0
    for e in entries:
        head, _, name = e["pointer"].partition("/@")
        if name in older:
            e["pointer"] = f"{head}/@{older[name]}"
            renamed += 1
    assert renamed >= 2
    (repo / "old.json").write_text(json.dumps({"version": 1, "tool": "policy-lint", "findings": entries}), encoding="utf-8")
    used = cli("check", "site", "--baseline", "old.json", "--format", "json")
    assert used.exit_code == 0
    assert all(s for _, _, s in _pointers(used))


def test_an_edited_row_still_shows_with_an_older_baseline(repo: Path) -> None:
    """Near miss: a new finding in a row still shows, whatever name the baseline gives the old row."""
    write(repo / "site" / "privacy.html", TABLE)
    cli("check", "site", "--write-baseline", "baseline.json")
    entries = json.loads((repo / "baseline.json").read_text())["findings"]
    older = {_words_name(label, text): _row_name(f"{label}. {text}") for label, text in ROWS}
    for e in entries:
        head, _, name = e["pointer"].partition("/@")
        e["pointer"] = f"{head}/@{older[name]}" if name in older else e["pointer"]
    (repo / "old.json").write_text(json.dumps({"version": 1, "tool": "policy-lint", "findings": entries}), encoding="utf-8")
    write(repo / "site" / "privacy.html", TABLE.replace("share your records.", "share your records, TBD."))
    used = cli("check", "site", "--baseline", "old.json", "--format", "json")
    assert used.exit_code == 1
    assert [p for _, p, s in _pointers(used) if not s]
