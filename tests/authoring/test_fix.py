"""policy-lint fix: only meaning-safe changes, as exact edits, and the findings they fix are gone."""

from __future__ import annotations

import difflib
import json
import re
import shutil
import stat
from pathlib import Path
from typing import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES, CliRun
from policy_lint import meaning
from policy_lint.authoring.fix import FixError, fix_text, safe_terms
from policy_lint.engine import Linter
from policy_lint.loading import load_text

SMALL = EXAMPLES / "small-practice.yaml"

#: What fix --diff may change in the small-practice example, and nothing else.
SMALL_EDITS = [
    ("PLN009", "the client's", "your"),
    ("PLN005", "In the event that", "If"),
    ("PLN005", "initiating", "starting"),
    ("PLN005", "in the event that", "if"),
    ("PLN005", "prior to", "before"),
    ("PLN005", "thereafter", "after that"),
    ("PLN008", "PHI", "Protected health information (PHI)"),
    ("PLN009", "the client", "you"),
    ("PLN005", "utilize", "use"),
    ("PLN005", "regarding", "about"),
    ("PLN009", "the client's", "your"),
    ("PLN009", "The client", "You"),
    ("PLN009", "the client", "you"),
    ("PLN005", "prior to", "before"),
    ("PLN009", "the client's", "your"),
    ("PLN005", "regarding", "about"),
]


def _copy(tmp_path: Path, src: Path = SMALL, name: str = "policy.yaml") -> Path:
    dst = tmp_path / name
    shutil.copyfile(src, dst)
    return dst


def _counts(result, rules: tuple[str, ...] = ("PLN005", "PLN008", "PLN009")) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {r: sum(1 for f in result.findings if f.rule_id == r) for r in rules}


def _summary(stderr: str) -> list[tuple[str, str, str]]:
    return [(m[0], m[1], m[2]) for m in re.findall(r': (PLN\d{3}) "([^"]*)" -> "([^"]*)"', stderr)]


def test_diff_on_the_small_practice_shows_only_meaning_safe_changes(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    policy = _copy(tmp_path)
    before = policy.read_bytes()
    done = run_cli("fix", "--diff", "--isolated", str(policy))
    assert done.exit_code == 1  # there are changes to make
    assert policy.read_bytes() == before  # --diff writes nothing
    assert _summary(done.stderr) == SMALL_EDITS
    removed = [line[1:] for line in done.stdout.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in done.stdout.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert len(removed) == len(added)
    # Each changed line differs only by the listed swaps, word for word.
    def words(line: str) -> list[str]:
        return re.findall(r"\(?[\w'\u2019]+\)?|[^\w\s]", line)

    allowed = {(tuple(words(a)), tuple(words(b))) for _, a, b in SMALL_EDITS}
    swaps = 0
    for old, new in zip(removed, added):
        a, b = words(old), words(new)
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if tag != "equal":
                assert (tuple(a[i1:i2]), tuple(b[j1:j2])) in allowed, (old, new)
                swaps += 1
    assert swaps == len(SMALL_EDITS)
    # Legal terms with more than one plain word, and unsafe sentences, are left alone.
    assert "Pursuant to" not in "".join(added) or "Pursuant to" in "".join(removed)
    assert not any("If you is" in line or "you is " in line for line in added)


def test_after_fix_the_findings_it_fixed_are_gone(run_cli: Callable[..., CliRun], linter: Linter, tmp_path: Path) -> None:
    policy = _copy(tmp_path)
    policy.chmod(0o640)
    old_text = policy.read_text(encoding="utf-8")
    before = linter.lint_text(old_text, "p.yaml")
    done = run_cli("fix", "--isolated", str(policy))
    assert done.exit_code == 0, done.stderr
    assert "Fixed 16 problems" in done.stderr
    assert stat.S_IMODE(policy.stat().st_mode) == 0o640
    new_text = policy.read_text(encoding="utf-8")
    after = linter.lint_text(new_text, "p.yaml")
    fixed = {r: sum(1 for e in SMALL_EDITS if e[0] == r) for r in ("PLN005", "PLN008", "PLN009")}
    for rule, n in _counts(before).items():
        assert _counts(after)[rule] == n - fixed[rule], rule
    # Which ones: none of the swapped words is flagged any more.
    left = " ".join(f.message for f in after.findings if f.rule_id in ("PLN005", "PLN008"))
    for word in ("in the event that", "prior to", "utilize", "regarding", "thereafter", "initiating"):
        assert f'"{word}"' not in left.lower()
    assert "PHI" not in left
    # The core reads every topic as before.
    reading = lambda t: [(i["topic"], i["status"]) for i in meaning.coverage(meaning.passages_of(load_text(t, "p.yaml").document))]  # noqa: E731
    assert reading(old_text) == reading(new_text)
    # Comments and the other lines stay as they were.
    assert [line for line in old_text.splitlines() if line.startswith("#")] == [line for line in new_text.splitlines() if line.startswith("#")]
    again = run_cli("fix", "--isolated", str(policy))
    assert again.exit_code == 0 and "Fixed" not in again.stderr
    assert policy.read_text(encoding="utf-8") == new_text


def test_every_safe_term_has_one_plain_word() -> None:
    data = json.loads((Path(__file__).resolve().parents[2] / "policy_lint" / "data" / "legalese.json").read_text(encoding="utf-8"))
    safe = [e for e in data["entries"] if e.get("safe")]
    assert len(safe) >= 20
    for e in safe:
        assert len(e["plain"]) == 1, e["term"]
        assert "(" not in e["plain"][0], e["term"]
    for e in data["entries"]:
        assert "forms" not in e or e.get("safe"), e["term"]
    terms = safe_terms()
    assert terms["prior to"] == "before" and terms["in the event that"] == "if" and terms["utilize"] == "use"
    assert terms["utilized"] == "used"
    # Legal thresholds and terms with several choices are never swapped.
    for term in ("reasonable suspicion", "reasonable cause to believe", "disclose", "release", "provided that", "shall", "retain"):
        assert term not in terms


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("The client will get a copy.", "You will get a copy."),
        ("We tell the client before we share.", "We tell you before we share."),
        ("We keep the client's records safe.", "We keep your records safe."),
        ("The client is safe here.", None),  # "you is": the verb does not fit
        ("The client has a right to see it.", None),
        ("If the client tells us, we keep his notes.", None),  # "his" would point nowhere
        ("If you are a parent, the client may ask.", None),  # "you" is someone else here
        ("We keep the identity of the client private.", None),  # "of you" reads worse
        ("The client may ask, and the client has rights.", None),  # one does not fit: none change
    ],
)
def test_the_client_becomes_you_only_where_the_sentence_allows(linter: Linter, text: str, fixed: str | None) -> None:
    policy = f"schema_version: 1\nquestions: {text}\n"
    result = fix_text(policy, "p.yaml", linter)
    assert result.text == (f"schema_version: 1\nquestions: {fixed}\n" if fixed else policy)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("We protect your PHI.", "We protect your protected health information (PHI)."),
        ("PHI stays here.", "Protected health information (PHI) stays here."),
        ("Ask the HHS about it.", "Ask the U.S. Department of Health and Human Services (HHS) about it."),
        ("Call CPS now.", "Call Child Protective Services (CPS) now."),
        ("We protect PHIs here.", None),  # a plural: the long form would not read right
        ("We follow the XYZQ rules.", None),  # unknown: nothing to spell out
        ("We share it prior to the visit.", "We share it before the visit."),
        ("We may utilize a secure system.", "We may use a secure system."),
        ("We utilized a secure system.", "We used a secure system."),
        ("We keep an approximately small file.", None),  # "an" would not fit "about"
        ("We may disclose it.", None),  # two plain choices: the writer picks
        ("We may retain a lawyer.", None),  # not marked safe
        ("I may, but am not required to, warn them.", None),  # a choice: "must" would change the meaning
        ("We are required to report it.", None),  # two plain choices: the writer picks
        ("We share it without your consent.", None),  # a word clients know
        ("Your GP may call us.", None),  # not known to policy-lint: nothing to spell out
        ("Ask about our Employee Assistance Program.", None),  # a name: "Help Program" would be wrong
        ("We give assistance.", "We give help."),
        ("With couples, the couple is the client.", None),  # not "the couple is you"
    ],
)
def test_acronyms_and_legal_words(linter: Linter, text: str, fixed: str | None) -> None:
    policy = f"schema_version: 1\nquestions: {text}\n"
    result = fix_text(policy, "p.yaml", linter)
    assert result.text == (f"schema_version: 1\nquestions: {fixed}\n" if fixed else policy)


def test_quotes_blocks_and_comments_stay(linter: Linter) -> None:
    text = (
        "# top comment\n"
        "schema_version: 1\n"
        "confidentiality:\n"
        '  summary: "We tell you prior to sharing. A \\"quote\\" stays."  # trailing comment\n'
        "  details: 'We utilize it. It''s ours.'\n"
        "limits:\n"
        "  - category: other\n"
        "    title: Prior   to\n"
        "    explanation: |\n"
        "      We act prior\n"
        "      to the visit.\n"
        "\n"
        "      In the event that you call, we answer.\n"
        "questions: >\n"
        "  We share it prior\n"
        "  to the visit. # not a comment inside a block\n"
    )
    result = fix_text(text, "p.yaml", linter)
    new = result.text
    assert new.startswith("# top comment\nschema_version: 1\n")
    assert '  summary: "We tell you before sharing. A \\"quote\\" stays."  # trailing comment\n' in new
    assert "  details: 'We use it. It''s ours.'\n" in new
    assert "    title: Before\n" in new
    data = load_text(new, "p.yaml").document.data  # type: ignore[union-attr]
    assert data["limits"][0]["explanation"] == "We act before the visit.\n\nIf you call, we answer.\n"
    assert data["questions"] == "We share it before the visit. # not a comment inside a block\n"


def test_json_files_are_fixed_too(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    policy = tmp_path / "p.json"
    original = '{\n  "schema_version": 1,\n  "questions": "We utilize email. The client will get a reply \\u2014 prior to Friday."\n}\n'
    policy.write_text(original, encoding="utf-8")
    done = run_cli("fix", "--isolated", str(policy))
    assert done.exit_code == 0, done.stderr
    new = policy.read_text(encoding="utf-8")
    assert new == original.replace("utilize", "use").replace("The client", "You").replace("prior to", "before")
    assert json.loads(new)["questions"] == "We use email. You will get a reply \u2014 before Friday."


def test_a_file_with_a_parse_error_is_refused(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    original = "schema_version: 1\nquestions: We share it prior to the visit.\nquestions: again\n"
    bad.write_text(original, encoding="utf-8")
    good = _copy(tmp_path, name="good.yaml")
    done = run_cli("fix", "--isolated", str(bad), str(good))
    assert done.exit_code == 2
    assert re.search(r"bad\.yaml:3:1: .*fix changes only files it can read", done.stderr)
    assert bad.read_text(encoding="utf-8") == original
    assert "Fixed 16 problems in" in done.stderr  # the next file is still fixed
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema_version: [\n", encoding="utf-8")
    assert run_cli("fix", "--isolated", str(broken)).exit_code == 2
    with pytest.raises(FixError):
        fix_text("a: [\n", "x.yaml", Linter.__new__(Linter))


def test_config_ignores_and_suppressions_are_respected(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    policy = _copy(tmp_path)
    (tmp_path / ".policy-lint.yaml").write_text("ignore: [PLN005, PLN008]\n", encoding="utf-8")
    done = run_cli("fix", "--diff", str(policy))
    assert {rule for rule, _, _ in _summary(done.stderr)} == {"PLN009"}
    policy.write_text("schema_version: 1\n# policy-lint: ignore[PLN005] reason=\"Our lawyer's wording.\"\nquestions: We share it prior to the visit.\n", encoding="utf-8")
    assert run_cli("fix", "--diff", str(policy)).exit_code == 0


def test_a_link_is_followed_and_not_replaced(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    real = _copy(tmp_path, name="real.yaml")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    assert run_cli("fix", "--isolated", str(link)).exit_code == 0
    assert link.is_symlink()
    assert "prior to" not in real.read_text(encoding="utf-8")


def test_non_utf8_is_refused(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_bytes("schema_version: 1\nquestions: caf\u00e9 prior to it\n".encode("utf-16"))
    done = run_cli("fix", "--isolated", str(policy))
    assert done.exit_code == 2 and "UTF-8" in done.stderr


# -- the property test ---------------------------------------------------------------

_PIECES = [
    "We share it prior to the visit.",
    "In the event that you call, we answer.",
    "The client will get a copy.",
    "We protect your PHI.",
    "We keep the client's records safe.",
    "We tell the client before we share.",
    "We utilize a secure system.",
    "If the client is sad, we help.",
    "They told the client that.",
    "Questions regarding this page go to us.",
    "We may disclose it to the police.",
    "Call 911 if you are in danger.",
    "We keep an approximately small file.",
    "HIPAA protects you.",
    "We act thereafter.",
    "The patient may ask in order to know.",
]

_LIMITS = [
    ("harm_to_self", "If you might hurt yourself", "If we think you may seriously hurt yourself soon, we act to keep you safe."),
    ("harm_to_others", "If you might hurt others", "If we think you may seriously hurt another person, we act to keep people safe."),
    ("child_abuse", "Children", "The law says we must report it if we think a child is being abused."),
    ("elder_abuse", "Older adults", "The law says we must report it if we think an older adult is being abused."),
    ("court_order", "Judges", "A judge can order us to share your records."),
]


def _styled(key: str, text: str, style: str, indent: str) -> str:
    if style == "plain":
        return f"{indent}{key}: {text}\n"
    if style == "double":
        return f'{indent}{key}: "{text}"\n'
    if style == "single":
        quoted = text.replace("'", "''")
        return f"{indent}{key}: '{quoted}'\n"
    words = text.split()
    lines, line = [], ""
    for w in words:
        if line and len(line) + len(w) > 30:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    head = ">" if style == "folded" else "|"
    return f"{indent}{key}: {head}\n" + "".join(f"{indent}  {ln}\n" for ln in lines)


@st.composite
def policies(draw: st.DrawFn) -> str:
    style = st.sampled_from(["plain", "double", "single", "folded", "literal"])
    prose = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map(" ".join)
    out = ["# A generated policy\n", "schema_version: 1\n"]
    if draw(st.booleans()):
        out.append("clinic:\n  name: A practice  # the name\n  jurisdiction: US-CA\n  contact: {email: a@b.example}\n  effective_date: 2026-01-01\n")
    out.append("confidentiality:\n")
    out.append(_styled("summary", draw(prose), draw(style), "  "))
    limits = draw(st.lists(st.sampled_from(_LIMITS), max_size=5, unique=True))
    if limits:
        out.append("limits:\n")
        for category, title, explanation in limits:
            out.append(f"  - category: {category}\n")
            if draw(st.booleans()):
                out.append("    # keep this comment\n")
            out.append(_styled("title", title, draw(style), "    "))
            extra = draw(prose) if draw(st.booleans()) else ""
            out.append(_styled("explanation", f"{explanation} {extra}".strip(), draw(style), "    "))
    if draw(st.booleans()):
        out.append("notification:\n")
        out.append(_styled("at_intake", "We go over this page with you at your first session.", draw(style), "  "))
        out.append(_styled("before_disclosure", draw(prose), draw(style), "  "))
    out.append(_styled("questions", draw(prose), draw(style), ""))
    text = "".join(out)
    if draw(st.booleans()):  # the same policy as JSON, sometimes with \u escapes
        data = load_text(text, "p.yaml").document.data  # type: ignore[union-attr]
        text = json.dumps(data, indent=draw(st.sampled_from([None, 2])), ensure_ascii=draw(st.booleans())) + "\n"
    return text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=policies())
def test_fix_keeps_schema_coverage_and_every_other_line(linter: Linter, text: str) -> None:
    name = "p.json" if text.startswith("{") else "p.yaml"
    is_json = name.endswith(".json")
    before = linter.lint_text(text, name, is_json=is_json)
    result = fix_text(text, name, linter, is_json=is_json)
    new = result.text
    after = linter.lint_text(new, name, is_json=is_json)
    loaded = load_text(new, name, is_json=is_json)
    assert loaded.document is not None and not loaded.problems
    # The schema still passes (or fails the same way) and coverage is unchanged.
    assert [f.check_tuple()[0] for f in before.findings if f.rule_id.startswith("SCH")] == [f.check_tuple()[0] for f in after.findings if f.rule_id.startswith("SCH")]
    cover = lambda r: sorted((f.rule_id, f.pointer) for f in r.findings if f.rule_id.startswith(("COV", "NOT")))  # noqa: E731
    assert cover(before) == cover(after)
    # The core (issue 12) reads the same status for every topic.
    reading = lambda t: [(i["topic"], i["status"]) for i in meaning.coverage(meaning.passages_of(load_text(t, name, is_json=is_json).document))]  # noqa: E731
    assert reading(text) == reading(new)
    # No line outside the fixed spans changes.
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    touched: set[int] = set()
    for e in result.edits:
        assert e.raw is not None
        first = max(i for i, s in enumerate(starts) if s <= e.raw[0])
        last = max(i for i, s in enumerate(starts) if s <= max(e.raw[0], e.raw[1] - 1))
        touched.update(range(first, last + 1))
    old_lines, new_lines = text.splitlines(), new.splitlines()
    for tag, i1, i2, _, _ in difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes():
        if tag != "equal":
            assert set(range(i1, i2)) <= touched, (tag, old_lines[i1:i2])
    # The findings it fixed are gone, and a second run finds nothing more to do.
    for rule in ("PLN005", "PLN008", "PLN009"):
        fixed = sum(1 for e in result.edits if e.rule_id == rule)
        assert _counts(after)[rule] <= _counts(before)[rule] - fixed, rule
    assert not fix_text(new, name, linter, is_json=is_json).edits


def test_every_plain_language_rule_says_if_fix_changes_it() -> None:
    """fixable is set on each PLN rule; it names a fix exactly for the kinds fix knows."""
    from policy_lint.authoring.fix import ACRONYM, LEGAL, READER
    from policy_lint.docs import explain_rule
    from policy_lint.packs import load_pack

    pack = load_pack("plain-language", validate_builtin=True)
    rules = [r for r in pack.rules if r.id.startswith("PLN")]
    assert len(rules) == 11
    for r in rules:
        assert r.fixable is not None, r.id
        assert bool(r.fixable) == (r.kind in (LEGAL, ACRONYM, READER)), r.id
        assert "policy-lint fix:" in explain_rule(r)
    assert {r.id for r in rules if r.fixable} == {"PLN005", "PLN008", "PLN009"}


def test_the_pack_schema_checks_fixable(tmp_path: Path) -> None:
    from policy_lint.errors import RulePackError
    from policy_lint.packs import load_pack

    for value, ok in (("false", True), ("'Swaps one word.'", True), ("true", False), ("''", False), ("[a]", False)):
        pack = tmp_path / f"p{len(value)}{ok}.yaml"
        pack.write_text(
            "pack: mine\nextends: base\nrules:\n"
            f"  - id: PLN005\n    fixable: {value}\n",
            encoding="utf-8",
        )
        if ok:
            load_pack(str(pack))
        else:
            with pytest.raises(RulePackError):
                load_pack(str(pack))


def test_a_file_that_changes_while_fixing_is_not_written(linter: Linter, tmp_path: Path) -> None:
    from policy_lint.authoring.fix import fix_path, write_fixed

    policy = _copy(tmp_path)
    _, result = fix_path(str(policy), linter, 1 << 20)
    assert result.edits
    policy.write_text(policy.read_text(encoding="utf-8") + "# an edit made meanwhile\n", encoding="utf-8")
    with pytest.raises(FixError, match="changed while"):
        write_fixed(str(policy), result, 1 << 20)
    assert policy.read_text(encoding="utf-8").endswith("# an edit made meanwhile\n")


def test_a_change_the_core_would_read_differently_is_dropped(linter: Linter, monkeypatch: pytest.MonkeyPatch) -> None:
    """If the core read a topic differently after a swap, fix leaves that field alone."""
    real = meaning.coverage

    def reads_before_as_missing(passages, required=()):  # type: ignore[no-untyped-def]
        items = real(passages, required)
        if any("before the visit" in p.text for p in passages):
            items = [dict(i, status="missing") if i["topic"] == "before_disclosure" else i for i in items]
        return items

    monkeypatch.setattr(meaning, "coverage", reads_before_as_missing)
    text = (
        "schema_version: 1\n"
        "notification:\n"
        "  before_disclosure: We tell you prior to the visit.\n"
        "questions: We utilize email.\n"
    )
    result = fix_text(text, "p.yaml", linter)
    assert result.text == text.replace("utilize", "use")
    assert [e.old for e in result.skipped] == ["prior to"]


@pytest.mark.parametrize("suffix", [".md", ".html", ".txt", ".docx", ".pdf"])
def test_pages_and_documents_are_left_alone(run_cli: Callable[..., CliRun], tmp_path: Path, suffix: str) -> None:
    page = tmp_path / f"notice{suffix}"
    page.write_bytes(b"We share it prior to the visit.\n")
    done = run_cli("fix", "--isolated", str(page))
    assert done.exit_code == 2
    assert "YAML and JSON policy files only" in done.stderr
    assert page.read_bytes() == b"We share it prior to the visit.\n"


def test_nothing_to_fix_says_so_in_one_line(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    policy = tmp_path / "complete.yaml"
    policy.write_bytes((EXAMPLES / "complete.yaml").read_bytes())
    before = policy.read_bytes()
    for diff in (("--diff",), ()):
        done = run_cli("fix", *diff, "--isolated", str(policy))
        assert done.exit_code == 0
        assert done.stdout == ""  # no diff
        assert done.stderr == f"Nothing to fix in {policy}.\n"
    assert policy.read_bytes() == before


def test_the_docs_give_the_exit_codes_fix_returns(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    """0: nothing to change or changes made; 1: --diff would change something; 2: a file it cannot fix."""
    root = Path(__file__).resolve().parents[2]
    for doc in ("README.md", "docs/authoring.md"):
        text = " ".join((root / doc).read_text(encoding="utf-8").split())
        assert "`policy-lint fix` exits with 0" in text, doc
        assert "1 with `--diff` when it would change something" in text, doc
        assert "like `ruff --diff`" in text, doc
    policy = _copy(tmp_path)
    assert run_cli("fix", "--diff", "--isolated", str(policy)).exit_code == 1
    assert run_cli("fix", "--isolated", str(policy)).exit_code == 0
    assert run_cli("fix", "--diff", "--isolated", str(policy)).exit_code == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("a: [\n", encoding="utf-8")
    assert run_cli("fix", "--diff", "--isolated", str(bad)).exit_code == 2


def test_fix_files_goes_on_after_a_file_it_cannot_fix(linter: Linter, tmp_path: Path) -> None:
    """A broken file gets one message and exit code 2; the next file is still fixed."""
    from policy_lint.authoring.fix import fix_files

    broken = tmp_path / "broken.yaml"
    broken.write_text("clinic: [\n", encoding="utf-8")
    good = tmp_path / "small.yaml"
    shutil.copy(SMALL, good)
    before = good.read_text(encoding="utf-8")
    got = list(fix_files([str(broken), str(good)], lambda _path: linter, show_diff=False, max_bytes=2_000_000))
    assert [code for _notes, _diff, code in got] == [2, 0]
    assert len(got[0][0]) == 1 and str(broken) in got[0][0][0]
    assert got[1][0][-1] == f"Fixed {len(SMALL_EDITS)} problems in {good}."
    assert good.read_text(encoding="utf-8") != before

