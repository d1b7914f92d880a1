"""policy-lint's own words pass its plain-language checks.

Every user-facing text in the shipped rule packs (pack titles and
descriptions; each rule's summary, rationale, hint, prose hint and message;
the descriptions of rule examples) must:

* use no legal or wordy term from policy_lint/data/legalese.json that has a
  plain replacement (PLN005),
* have no sentence over 30 words (PLN004),
* not say "the client" or "the patient" (PLN009; rule docs speak to the
  practice, so plain "clients" is fine there),
* not join words with a slash, such as and/or (PLN011).

Text in quotation marks is left out first: a rule may quote the words it
warns about ("pursuant to", "the client"). So are {placeholders} in message
templates, `code`, file paths, field paths such as notification.at_intake
and YAML tags.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator
from unittest.mock import patch

import pytest

from policy_lint.plain.detect import reader_address, slashes
from policy_lint.plain.legalese import default_lexicon
from policy_lint.plain.text import sentences
from policy_lint.loading import load_text

PACKS = sorted((Path(__file__).resolve().parents[1] / "policy_lint" / "packs").glob("*.yaml"))
RULE_FIELDS = ("summary", "rationale", "hint", "prose_hint", "message", "fixable")
MAX_WORDS = 30

# Wording in other people's packs that fails these checks, as (pack, pointer).
# It is reported to the pack's owner; remove an entry once it is fixed.
_REPORTED = "reported to the base pack's owner; the plain-language checks flag this wording"
KNOWN: dict[tuple[str, str], str] = {}

_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d|(?<!\w)'[^']*'(?!\w)")
# Not prose: file paths, {placeholders}, `code`, field paths (notification.at_intake), YAML tags (!!python/object).
_NOT_PROSE = re.compile(r"[\w.-]*/[\w./-]+\.\w+|\{[a-z_]+\}|`[^`]*`|\b[a-z_]+(?:\.[a-z_]+)+\b|!!?\S+")


def _texts(path: Path) -> Iterator[tuple[str, str]]:
    loaded = load_text(path.read_text(encoding="utf-8"), path.name)
    assert loaded.document is not None, path
    data: Any = loaded.document.data
    for key in ("title", "description"):
        if isinstance(data.get(key), str):
            yield f"/{key}", data[key]
    for i, rule in enumerate(data.get("rules") or []):
        for key in RULE_FIELDS:
            if isinstance(rule.get(key), str):
                yield f"/rules/{i}/{key}", rule[key]
        # Messages and hints a kind takes from its params (LIM004's named_message, terms_message, ...).
        for key, value in (rule.get("params") or {}).items():
            if isinstance(value, str) and (key.endswith("_message") or key.endswith("_hint")):
                yield f"/rules/{i}/params/{key}", value
        for which in ("fail", "pass"):
            example = (rule.get("examples") or {}).get(which)
            if isinstance(example, dict) and isinstance(example.get("description"), str):
                yield f"/rules/{i}/examples/{which}/description", example["description"]


def _problems(text: str) -> list[str]:
    bare = _NOT_PROSE.sub("x", _QUOTED.sub('""', " ".join(text.split())))
    found = []
    for hit in default_lexicon().find(bare):
        if hit.term.plain:
            found.append(f'legal wording "{hit.text}": use {" or ".join(hit.term.plain)}')
    for sent in sentences(bare):
        if len(sent.words) > MAX_WORDS:
            found.append(f"a sentence of {len(sent.words)} words: {sent.text[:60]}...")
    # Rule docs speak to the practice, so "clients" is fine; "the client" is not.
    found += [f'"{h.text}": say "{h.suggestion}"' for h in reader_address(bare) if h.text.lower().startswith("the ")]
    found += [f'slash "{h.text}": say "{h.suggestion}"' for h in slashes(bare)]
    return found


# A category's ID (health_oversight) in words for people: say its label ("audits and licensing boards").
_RAW_ID = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
# Words about the tool's insides that a clinic does not know.
_JARGON = ("a duty's field", "each category is used once")


def _comment_problems(text: str) -> list[str]:
    """``_problems``, and also a category ID or the tool's own jargon (the comments ``import`` writes in a draft)."""
    bare = _NOT_PROSE.sub("x", " ".join(text.split()))  # an ID in quotes is an ID too
    found = _problems(text)
    found += [f'the ID "{m.group(0)}": say its label' for m in _RAW_ID.finditer(bare)]
    found += [f'jargon "{j}"' for j in _JARGON if j in text]
    return found


CASES = [(path.stem, pointer, text) for path in PACKS for pointer, text in _texts(path)]


def test_every_pack_is_checked() -> None:
    """The test sees the plain-language pack and the base pack, and many texts."""
    names = {p.stem for p in PACKS}

    assert "plain-language" in names
    assert len(CASES) > 40


@pytest.mark.parametrize(
    ("pack", "pointer", "text"),
    [
        pytest.param(*case, marks=pytest.mark.xfail(reason=KNOWN[case[:2]], strict=False))
        if case[:2] in KNOWN
        else case
        for case in CASES
    ],
    ids=[f"{c[0]}{c[1]}" for c in CASES],
)
def test_own_words_are_plain(pack: str, pointer: str, text: str) -> None:
    """Each user-facing text passes the plain-language checks."""
    assert [] == _problems(text)


_REPO_FILE = re.compile(r"\b(?:docs|examples)/")


def test_packs_name_no_file_a_pip_user_lacks() -> None:
    """docs/ and examples/ are in the repository, not in an installed policy-lint."""
    found = []
    for path in PACKS:
        data: Any = load_text(path.read_text(encoding="utf-8"), path.name).document.data  # type: ignore[union-attr]
        for i, rule in enumerate(data.get("rules") or []):
            texts = [rule.get(key) for key in RULE_FIELDS] + [s.get("cite") for s in rule.get("sources") or [] if isinstance(s, dict)]
            found += [f"{path.stem}/rules/{i}: {t}" for t in texts if isinstance(t, str) and _REPO_FILE.search(t)]
        found += [f"{path.stem}/{k}" for k in ("title", "description") if isinstance(data.get(k), str) and _REPO_FILE.search(data[k])]
    assert found == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You may disclose it.", 1),
        ('Say "you", not "the client".', 0),
        ("The client can ask.", 1),
        ("Clients can ask.", 0),
        ("Add notification.at_intake to the file.", 0),
        ("Call your parent and/or guardian.", 1),
        ("Use {plain} instead of {term}.", 0),
        (" ".join(["word"] * 31) + ".", 1),
    ],
)
def test_the_checks_work(text: str, expected: int) -> None:
    """The checks catch each kind of problem and leave quoted words alone."""
    assert expected == len(_problems(text))


def _prose_messages() -> list[tuple[str, str]]:
    """What the prose readers and ``import`` say: the problem messages and hints of the catalogue's prose cases."""
    import sys
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent / "hardening"))
    from hardening_cases import PROSE_CASES

    from policy_lint.loading import load_path
    from policy_lint.readers.load import EXTRA_HINT

    from policy_lint.findings import FileResult, Finding, Severity
    from policy_lint.session import _hint_prose_stdin

    out: list[tuple[str, str]] = [("office extra", EXTRA_HINT)]
    empty = FileResult("<stdin>", (Finding("<stdin>", "PAR006", "empty-file", Severity.ERROR, "x"),))
    for page in (b"<p>Words.</p>", b"# Words\n"):
        out.append(("stdin page hint", _hint_prose_stdin(empty, page).findings[0].hint or "missing"))
    with tempfile.TemporaryDirectory() as tmp:
        for case in PROSE_CASES:
            built = case.build(Path(tmp))
            if built.args == ["-"]:
                continue
            for problem in load_path(built.args[0]).problems:
                out.append((case.name, problem.message))
                if problem.hint:
                    out.append((case.name + " hint", problem.hint))
    return out


@pytest.mark.parametrize(("case", "text"), _prose_messages(), ids=lambda v: str(v)[:40])
def test_prose_reader_words_are_plain(case: str, text: str) -> None:
    """The findings about web pages, Word and PDF files pass the plain-language checks too."""
    assert [] == _problems(text)


def _trial5_messages() -> list[tuple[str, str]]:
    """What the fixes of trial 5 say: skipped files, the law column, not a PDF or Word file, hints, rules, why."""
    from pathlib import Path as P

    from policy_lint.audit.model import _LAW_SUMMARY
    from policy_lint.discover import skipped_note
    from policy_lint.findings import FileResult, Finding, Severity
    from policy_lint.readers import pdf
    from policy_lint.readers.docx import check_zip
    from policy_lint.session import _hint_prose_stdin

    out: list[tuple[str, str]] = [
        ("skipped one", skipped_note([P("clinics/leeds/policy.txt")]) or "missing"),
        ("skipped many", skipped_note([P(f"c/{i}.txt") for i in range(8)] + [P("c/a.docx")]) or "missing"),
        ("law column", _LAW_SUMMARY),
        ("not a pdf", pdf.NOT_A_PDF),
        ("not a pdf hint", pdf._NOT_A_PDF_HINT),
    ]
    for raw in (b"plain text", b"\xd0\xcf\x11\xe0" + b"\x00" * 60):
        problem = check_zip(raw, 10**6)
        assert problem is not None
        out += [("not a docx", problem.message), ("not a docx hint", problem.hint or "")]
    only_text = FileResult("<stdin>", (Finding("<stdin>", "PAR006", "empty-file", Severity.ERROR, "x"),))
    out.append(("stdin text hint", _hint_prose_stdin(only_text, b"We keep it private.").findings[0].hint or "missing"))
    return out


@pytest.mark.parametrize(("case", "text"), _trial5_messages(), ids=lambda v: str(v)[:40])
def test_trial5_words_are_plain(case: str, text: str) -> None:
    assert [] == _problems(text)


def test_rules_and_why_words_are_plain(tmp_path: Path) -> None:
    """The new lines of `policy-lint rules` and `policy-lint why` pass the checks too."""
    from click.testing import CliRunner

    from policy_lint.cli import cli

    runner = CliRunner()
    rules = runner.invoke(cli, ["rules"]).stdout.splitlines()[-1]
    policy = tmp_path / "US-TX" / "hill" / "p.md"
    policy.parent.mkdir(parents=True)
    policy.write_text("# Privacy\n\nIf a judge orders it, we must share your records. We tell you first when it is safe.\n", encoding="utf-8")
    why = runner.invoke(cli, ["why", str(policy)]).stdout
    lines = [rules] + [line for line in why.splitlines() if line.strip().startswith(("Not needed", "What check asks"))]
    assert len(lines) >= 3
    for line in lines:
        shown = re.sub(r"\b[a-z]+(?:_[a-z]+)+\b", "x", line.replace(str(policy), "p.md"))  # topic names are names, not words
        assert [] == _problems(shown), line


def test_trial6_why_words_are_plain(tmp_path: Path) -> None:
    """What `why` says of DOC001 to DOC004 and of a vague or contradicted topic passes the checks too."""
    from click.testing import CliRunner

    from policy_lint.cli import cli
    from policy_lint.why import LOOKED_FOR

    runner = CliRunner()
    lines: list[str] = list(LOOKED_FOR.values())
    for text in ("# Privacy\n\nWe see clients on Mondays.\n", "# Privacy\n\nWhat you say is private. We may have to make a report if there is abuse.\n", "# Privacy\n\nWe never report anything you tell us to anyone, for any reason.\n"):
        policy = tmp_path / "p.md"
        policy.write_text(text, encoding="utf-8")
        why = runner.invoke(cli, ["why", str(policy)]).stdout
        part = why.split("What check asks of this policy")[1].split("\n\n")[0]
        lines += part.splitlines()[1:]
    assert any("vague (LIM004 warns)" in line for line in lines) and any("contradicted (" in line for line in lines)
    for line in lines:
        shown = re.sub(r"\b[a-z]+(?:_[a-z]+)+\b", "x", line)  # topic names are names, not words
        shown = re.sub(r"^\s*[A-Z]{3}\d{3} [a-z-]+: ", "", shown)  # the rule's id and name
        for sentence in re.split(r"(?<=\.) ", shown):
            assert [] == _problems(sentence), line


def test_fix14_why_note_on_a_consent_only_promise_is_plain(tmp_path: Path) -> None:
    """What `why` says of a promise whose only exception is the client's consent passes the checks too (fix14)."""
    from click.testing import CliRunner

    from policy_lint.cli import cli

    policy = tmp_path / "p.md"
    policy.write_text("# Privacy\n\nWe never share anything you say with anyone, except with your written consent.\n", encoding="utf-8")
    why = CliRunner().invoke(cli, ["why", str(policy)]).stdout
    notes = [line.split("  (", 1)[1].rstrip(")") for line in why.splitlines() if "blanket_promise" in line and "  (" in line]
    assert notes and "consent" in notes[0]
    for note in notes:
        for part in re.split(r": ", note):
            assert [] == _problems(part), note


def test_limits16_why_note_on_a_claim_of_total_secrecy_is_plain(tmp_path: Path) -> None:
    """What `why` says of a claim of total secrecy and nothing else passes the checks too (limits16)."""
    from click.testing import CliRunner

    from policy_lint.cli import cli

    policy = tmp_path / "p.md"
    policy.write_text("# Privacy\n\nYour sessions are completely confidential.\n", encoding="utf-8")
    why = CliRunner().invoke(cli, ["why", str(policy)]).stdout
    notes = [line.split("  (", 1)[1].rstrip(")") for line in why.splitlines() if "blanket_promise" in line and "  (" in line]
    assert notes and "everything is private" in notes[0], why
    for note in notes:
        for part in re.split(r": ", note):
            assert [] == _problems(part), note


def test_trial6_place_words_are_plain(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The audit's note when a page's address disagrees with its folder, and the notice's line on its law."""
    import json

    from click.testing import CliRunner

    from policy_lint.cli import cli
    from policy_lint.jurisdictions.where import place_sentence

    page = tmp_path / "clinics" / "US-TX" / "calm" / "privacy.md"
    page.parent.mkdir(parents=True)
    page.write_text("# Privacy\n\nWhat you tell me stays private.\n\nCalm Harbor Therapy, 4100 Park Blvd, Oakland, CA 94610.\n", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    notes = json.loads(CliRunner().invoke(cli, ["audit", "clinics", "--format", "json"]).stdout)["notes"]
    assert len(notes) == 1
    texts = [re.sub(r"^\S+: ", "", notes[0]).replace("per_file_jurisdiction", "the config"), place_sentence("US-CA"), place_sentence("GB")]
    for text in texts:
        for sentence in re.split(r"(?<=\.) ", text):
            assert [] == _problems(sentence), sentence


def test_places14_tie_words_are_plain(tmp_path: Path) -> None:
    """JUR003's words when addresses of two places weigh the same, and its hints (YAML and prose)."""
    import json

    from click.testing import CliRunner

    from policy_lint.cli import cli

    page = tmp_path / "privacy.md"
    page.write_text("# Privacy\n\nWhat you tell me stays private.\n\nSeattle, WA\n\nToronto, ON\n", encoding="utf-8")
    policy = tmp_path / "policy.yaml"
    policy.write_text("schema_version: 1\nconfidentiality:\n  summary: What you tell me stays private.\n  details: Toronto, ON M5V 2T6 or Seattle, WA 98101.\n", encoding="utf-8")
    texts = []
    for path in (page, policy):
        out = json.loads(CliRunner().invoke(cli, ["check", str(path), "--format", "json"]).stdout)
        found = [f for f in out["files"][0]["findings"] if f["rule"] == "JUR003"]
        assert found and "alike" in found[0]["message"], out
        texts += [found[0]["message"], found[0]["hint"]]
    for text in texts:
        for sentence in re.split(r"(?<=\.) ", text):
            assert [] == _problems(sentence), sentence


@pytest.mark.parametrize(
    ("tail", "named"),
    [
        # a paragraph after a list that names whom you contact (prose7)
        ("In these cases we contact the appropriate authorities.", ""),
        # one that names the police among those told (real8)
        ("In these cases we may need to inform the police or your doctor.", "police"),
    ],
)
def test_why_words_for_a_list_tail_are_plain(tmp_path: Path, tail: str, named: str) -> None:
    """What `why` says of a paragraph after a list, read with the list above it, passes the checks too."""
    from click.testing import CliRunner

    from policy_lint.cli import cli

    policy = tmp_path / "p.md"
    policy.write_text("# Privacy\n\nWe may share without your consent:\n\n- if you may harm another person;\n\n" + tail + "\n", encoding="utf-8")
    why = CliRunner().invoke(cli, ["why", str(policy)]).stdout
    notes = [line.split("  (", 1)[1].rstrip(")") for line in why.splitlines() if "read with the list above it" in line]
    assert len(notes) == 1 and named in notes[0], why
    assert [] == _problems(notes[0])

def test_trial7_audit_words_are_plain(tmp_path: Path) -> None:
    """What the audit says after trial 7: what "meets every requirement" means, each clinic's line, not a duty here, the notes."""
    from policy_lint.audit.model import _BLANKET_NOTE, COMPLETE_MEANS, Audit, Clinic, Place
    from policy_lint.session import _kind_of_file

    from policy_lint.audit.model import COMPLETE_MEANS_ONE, NO_PACK_MEANS

    lines = [COMPLETE_MEANS, COMPLETE_MEANS_ONE, NO_PACK_MEANS, _BLANKET_NOTE.format(label="No blanket promise", id="COV008")]
    lines += [Place("US-OH", "Ohio", "folder", "us", no_pack=True).checked_against]
    # Each clinic's line, in each case (the cells are not needed for the words).
    from policy_lint.audit.model import Cell, Requirement, Status
    from policy_lint.findings import Finding, Severity

    req = Requirement("COV004", "elder-abuse-missing", "Elder abuse", "s", Severity.ERROR, "coverage.required_limit", ("elder_abuse",))
    error = Finding("p.md", "PLN001", "hard-to-read-text", Severity.ERROR, "m")
    for statuses, other in (([Status.PASS, Status.NOT_REQUIRED, Status.SUPPRESSED], (error, error)), ([Status.FAIL, Status.FAIL], ()), ([Status.PASS, Status.UNCHECKED], (error,))):
        clinic = Clinic("p.md", "p.md", False, True, tuple(Cell(req, s) for s in statuses), other, "a")
        head, rest = clinic.verdict
        lines += [head, rest]
    place_notes = tuple(f"p{n}.md: a note" for n in range(3))
    audit = Audit("t", "2026-12-05", "base", "1", "0", (), (), notes=place_notes, place_notes=place_notes)
    lines += list(audit.terminal_notes)
    assert _kind_of_file(None) == "file"
    # The legend lines of the Markdown report that trial 7 added.
    from policy_lint.audit import markdown

    source = Path(markdown.__file__).read_text(encoding="utf-8")
    lines += [m for m in re.findall(r'"(- .*?not a duty.*?|.*?not a gap.*?)"', source)]
    # Every summary line at the top of the HTML and Markdown reports, for one and for several, for a report to one clinic.
    figures = ("clinics", "complete", "with_other_errors", "not_required", "with_gaps", "not_checked", "gaps", "suppressed", "other_findings", "skipped_files", "law_not_checked", "no_pack")
    shown: set[str] = set()
    for count in (1, 2):
        for single in (False, True):
            summed = Audit("t", "2026-12-05", "base", "1", "0", (), (Clinic("p.md", "p.md", False, True, (), (), "a"),), single=single)
            with patch.object(Audit, "summary", property(lambda self, count=count: dict.fromkeys(figures, count))):
                for line in summed.summary_lines:
                    shown.add(line.key)
                    number = "" if line.count is None else f"{line.count} "
                    lines += [f"{number}{line.words}{line.more}.", f"{number}{line.words}{line.card}."]
    assert shown == set(figures)
    assert len(lines) >= 10
    for line in lines:
        shown = re.sub(r"\{[^}]*\}", "x", line)
        assert [] == _problems(shown), line


_FIELD = re.compile(r"\b[a-z]+_[a-z_]+\b|\b[a-z]+\.[a-z_]+\b|\b(?:category|categories|limits|notification|questions|confidentiality):")


def test_prose_hints_speak_no_yaml() -> None:
    """A prose hint is for a clinic with a web page, Word file or PDF: no field names, no YAML keys."""
    found = []
    for path in PACKS:
        loaded = load_text(path.read_text(encoding="utf-8"), path.name)
        for i, rule in enumerate(loaded.document.data.get("rules") or []):  # type: ignore[union-attr]
            text = rule.get("prose_hint")
            if isinstance(text, str):
                found.append(text)
                bare = re.sub(r"\S+@\S+", "x", text)  # privacy@yourclinic.example is an address, not a field
                assert not _FIELD.search(bare), (path.name, rule.get("id"), text)
    assert len(found) >= 40


def test_trial8_severity_words_are_plain() -> None:
    """The words a plain-language finding adds when it is far past its limit (error_above)."""
    from policy_lint.packs import load_pack
    from policy_lint.session import make_linter

    long = "questions: " + " ".join(["word"] * 45) + ".\n"
    hard = (
        'questions: "Pursuant to applicable law, information may be disclosed in the event that the client is determined '
        'to present an imminent danger, notwithstanding any prior authorization, and the therapist shall notify the appropriate authorities."\n'
    )
    linter = make_linter(load_pack("base"))
    messages = [f.message for t in (long, hard) for f in linter.lint_text(t, "p.yaml").findings if f.rule_id in ("PLN001", "PLN002", "PLN004")]
    added = [m for m in messages if "this is an error" in m]
    assert {m.split(". ")[-1] for m in added} >= {"Above grade 10, this is an error.", "Above grade 12, this is an error.", "Over 40 words, this is an error."}
    for m in added:
        assert [] == _problems(m[m.index("Above") if "Above" in m else m.index("Over") :])


def test_init_notes_for_a_place_with_no_template_are_plain() -> None:
    """Trial 10: init falls back to the federal, country or base text, and says which law that leaves out."""
    from policy_lint.authoring import init as starter

    notes = [starter.template_for(code)[1] for code in ("US-OH", "GB-SCT", "NZ", "FR-75")]
    errors = []
    for code in ("XX", "Texas", "US-ZZ"):
        try:
            starter.normalise(code)
        except starter.InitError as exc:
            errors.append(str(exc))
    assert len(errors) == 3 and all(notes)
    for line in [*notes, *errors]:
        assert [] == _problems(line), line
