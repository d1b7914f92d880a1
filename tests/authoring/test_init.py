"""policy-lint init: a starter policy that passes every check, for each place and practice type."""

from __future__ import annotations

import json
import os
import re
import shlex
import stat
import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest

from conftest import CliRun
from policy_lint.authoring import init as starter
from policy_lint.loading import load_text

#: The jurisdictions init must have a template of its own for (issue 16 adds packs for them).
JURISDICTIONS = ("US", "US-CA", "US-TX", "US-NY", "GB", "CA-BC", "AU-NSW", "CA-ON", "AU-VIC", "AU-QLD", "IE")
NO_TTY = {"CI": "true"}


def _init(run_cli: Callable[..., CliRun], path: Path, *args: str) -> CliRun:
    return run_cli("init", str(path), "--name", "Riverside Counseling", "--email", "privacy@riverside.example", *args, env=NO_TTY)


def test_every_required_jurisdiction_has_its_own_template() -> None:
    assert set(JURISDICTIONS) <= set(starter.available())


@pytest.mark.parametrize("practice", starter.PRACTICES)
@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
def test_init_then_check_is_clean(run_cli: Callable[..., CliRun], tmp_path: Path, jurisdiction: str, practice: str) -> None:
    """init writes a policy; check finds nothing in it, not even a warning."""
    policy = tmp_path / "policy.yaml"
    made = _init(run_cli, policy, "--jurisdiction", jurisdiction, "--practice", practice)
    assert made.exit_code == 0, made.stderr
    checked = run_cli("check", str(policy), "--isolated", "--fail-on", "warning")
    assert checked.exit_code == 0, checked.stdout
    assert "0 errors, 0 warnings, 0 info" in checked.stdout
    data = load_text(policy.read_text(encoding="utf-8"), "policy.yaml").document.data  # type: ignore[union-attr]
    assert data["clinic"]["jurisdiction"] == jurisdiction
    wanted = {"minors": "minors", "telehealth": "telehealth", "couples-family": "couples_family_group", "group": "staff_vendors"}.get(practice)
    categories = [limit["category"] for limit in data["limits"]]
    if wanted:
        assert wanted in categories
    assert len(categories) == len(set(categories))


def test_all_practice_types_at_once_are_clean(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    for jurisdiction in JURISDICTIONS:
        policy = tmp_path / f"{jurisdiction}.yaml"
        args = [a for p in starter.PRACTICES for a in ("--practice", p)]
        assert _init(run_cli, policy, "--jurisdiction", jurisdiction, "--phone", "+1 555 0100", *args).exit_code == 0
    checked = run_cli("check", str(tmp_path), "--isolated", "--fail-on", "warning")
    assert checked.exit_code == 0, checked.stdout


def test_each_place_names_its_own_law() -> None:
    """Each template cites its own law and agencies, not another place's."""
    own = {
        "US-CA": ("Cal. ", "Adult Protective Services"),
        "US-TX": ("Tex. ", "Texas Department of Family and Protective Services"),
        "US-NY": ("N.Y. ", "Adult Protective Services"),
        "GB": ("Act ", "local council"),
        "CA-BC": ("(B.C.)", "director"),
        "AU-NSW": ("(NSW)", "Child Protection Helpline"),
        "CA-ON": ("(Ont.)", "children's aid society"),
        "AU-VIC": ("(Vic)", "Child Protection"),
        "AU-QLD": ("(Qld)", "the police"),
        "IE": ("Children First Act 2015", "Tusla"),
    }
    for code, (cite, agency) in own.items():
        policy, _, note = starter.build(starter.Answers("A practice", code, email="a@b.example"))
        assert note is None
        text = json.dumps(policy)
        basis = [b for limit in policy["limits"] for b in ([limit["legal_basis"]] if isinstance(limit.get("legal_basis"), str) else limit.get("legal_basis", []))]
        assert any(cite in b for b in basis), code
        assert agency in text, code
        others = [c for c, _ in own.values() if c != cite and c not in ("Act ",)]
        assert not any(o in b for b in basis for o in others), (code, basis)
        assert all(limit.get("legal_basis") for limit in policy["limits"][:4]), code


def test_texas_never_promises_a_duty_to_warn() -> None:
    """Texas law lets a therapist share on a threat but sets no duty to warn (Thapar v. Zezulka)."""
    policy, checklist, _ = starter.build(starter.Answers("A practice", "US-TX", email="a@b.example"))
    categories = [limit["category"] for limit in policy["limits"]]
    assert "duty_to_warn" not in categories
    others = next(limit for limit in policy["limits"] if limit["category"] == "harm_to_others")
    assert "must warn" not in others["explanation"] and "does not say I must" in others["explanation"]  # a solo starter (the default) speaks as "I"
    assert any("Thapar" in item for item in checklist)


def test_the_file_starts_with_the_schema_line_and_the_lawyer_checklist(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    assert _init(run_cli, policy, "--jurisdiction", "US-NY").exit_code == 0
    lines = policy.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# yaml-language-server: $schema=")
    schema_file = Path(lines[0].split("$schema=", 1)[1])
    assert schema_file.is_file()
    path = run_cli("schema", "--path")
    assert path.exit_code == 0 and Path(path.stdout.strip()) == schema_file
    printed = run_cli("schema")
    assert json.loads(printed.stdout) == json.loads(schema_file.read_text(encoding="utf-8"))
    head = " ".join(line.lstrip("#- ") for line in lines if line.startswith("#"))
    assert "not legal advice" in head and "lawyer" in head and "Mental Hygiene Law 9.46" in head


def test_init_never_writes_over_a_file(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("mine\n", encoding="utf-8")
    policy.chmod(0o600)
    made = _init(run_cli, policy, "--jurisdiction", "US-TX")
    assert made.exit_code == 2
    assert "already exists" in made.stderr and "never writes over" in made.stderr
    assert policy.read_text(encoding="utf-8") == "mine\n"
    assert stat.S_IMODE(policy.stat().st_mode) == 0o600
    link = tmp_path / "link.yaml"
    link.symlink_to(tmp_path / "missing.yaml")  # a dangling link is a file name in use too
    assert _init(run_cli, link, "--jurisdiction", "US-TX").exit_code == 2
    assert not (tmp_path / "missing.yaml").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.yaml", "policy.yaml"]  # no temporary file left


def test_without_a_terminal_it_asks_nothing_and_names_what_is_missing(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    made = run_cli("init", str(tmp_path / "p.yaml"), "--jurisdiction", "US-TX", "--email", "a@b.example", env=NO_TTY, input="Typed Name\n")
    assert made.exit_code == 2 and "--name" in made.stderr
    made = run_cli("init", str(tmp_path / "p.yaml"), "--name", "X", "--email", "a@b.example", env=NO_TTY)
    assert made.exit_code == 2 and "--jurisdiction" in made.stderr
    made = run_cli("init", str(tmp_path / "p.yaml"), "--name", "X", "--jurisdiction", "GB", env=NO_TTY)
    assert made.exit_code == 2 and "--email" in made.stderr
    assert not (tmp_path / "p.yaml").exists()


def test_without_a_terminal_every_missing_option_is_named_at_once(tmp_path: Path) -> None:
    """One run names all that is missing, not one option per run (a new user's report)."""
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    done = subprocess.run(
        [sys.executable, "-m", "policy_lint", "init", str(tmp_path / "p.yaml"), "--jurisdiction", "US-TX", "--practice", "solo"],
        stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env,
    )
    assert done.returncode == 2
    error = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(error) == 1 and "--name" in error[0] and "--email" in error[0] and "--phone" in error[0]
    assert "Traceback" not in done.stderr
    done = subprocess.run([sys.executable, "-m", "policy_lint", "init", str(tmp_path / "p.yaml")], stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env)
    error = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert done.returncode == 2 and len(error) == 1
    assert all(option in error[0] for option in ("--name", "--email", "--phone", "--jurisdiction", "US-TX"))
    assert not (tmp_path / "p.yaml").exists()
    # What the README shows for a run with no terminal is enough.
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    shown = re.findall(r"^\s*policy-lint init (policy\.yaml [^#\n]*)", readme, re.M)
    assert len(shown) >= 2
    for i, line in enumerate(shown):
        args = shlex.split(line)
        assert "--name" in args and ("--email" in args or "--phone" in args), line
        args[0] = str(tmp_path / f"readme-{i}.yaml")
        made = subprocess.run([sys.executable, "-m", "policy_lint", "init", *args], stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env)
        assert made.returncode == 0, made.stderr


def test_the_api_names_every_missing_answer_at_once() -> None:
    with pytest.raises(starter.InitError) as caught:
        starter.build(starter.Answers("", "US-TX"))
    assert "--name" in str(caught.value) and "--email" in str(caught.value)


def test_on_a_terminal_it_asks_its_questions(run_cli: Callable[..., CliRun], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import policy_lint.cli as cli

    monkeypatch.setattr(cli, "_interactive", lambda: True)
    policy = tmp_path / "policy.yaml"
    made = run_cli("init", str(policy), input="Hill Therapy\n+44 20 7946 0000\nGB\n")
    assert made.exit_code == 0, made.stderr
    data = load_text(policy.read_text(encoding="utf-8"), "p").document.data  # type: ignore[union-attr]
    assert data["clinic"]["name"] == "Hill Therapy"
    assert data["clinic"]["contact"] == {"phone": "+44 20 7946 0000"}
    assert data["clinic"]["jurisdiction"] == "GB"


def test_ci_true_means_no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    import policy_lint.cli as cli

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setenv("CI", "true")
    assert cli._interactive() is False
    monkeypatch.delenv("CI")
    assert cli._interactive() is True


def test_odd_answers_are_quoted_and_read_back_the_same(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    name = 'Dr. "Lee": #1 practice\\ yes'
    made = run_cli("init", str(policy), "--name", name, "--email", "o'neil@x.example", "--contact-name", "no", "--jurisdiction", "us-ca", env=NO_TTY)
    assert made.exit_code == 0, made.stderr
    data = load_text(policy.read_text(encoding="utf-8"), "p").document.data  # type: ignore[union-attr]
    assert data["clinic"]["name"] == name
    assert data["clinic"]["contact"]["name"] == "no"
    assert data["clinic"]["jurisdiction"] == "US-CA"


def test_a_state_without_a_template_gets_federal_text_and_a_note(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    made = _init(run_cli, policy, "--jurisdiction", "US-FL")
    assert made.exit_code == 0
    assert "no template for Florida (US-FL)" in made.stderr and "does not cover the law of Florida" in made.stderr
    checked = run_cli("check", str(policy), "--isolated", "--fail-on", "warning")
    assert checked.exit_code == 0, checked.stdout


@pytest.mark.parametrize("code", ["XX", "Texas", "US-", "US-ZZ", "Irlande"])
def test_a_bad_or_unknown_jurisdiction_is_a_usage_error(run_cli: Callable[..., CliRun], tmp_path: Path, code: str) -> None:
    made = _init(run_cli, tmp_path / "p.yaml", "--jurisdiction", code)
    assert made.exit_code == 2
    assert "US-TX" in made.stderr  # it names the templates there are
    assert "Traceback" not in made.stderr
    assert not (tmp_path / "p.yaml").exists()


@pytest.mark.parametrize(("code", "guess"), [("Texas", "'US-TX' (Texas)"), ("US-ZZ", "'US' (United States)"), ("Ireland", "'IE' (Ireland)")])
def test_an_unknown_place_gets_a_guess(run_cli: Callable[..., CliRun], tmp_path: Path, code: str, guess: str) -> None:
    made = _init(run_cli, tmp_path / "p.yaml", "--jurisdiction", code)
    assert made.exit_code == 2 and f"Did you mean {guess}?" in made.stderr, made.stderr


@pytest.mark.parametrize(("code", "name"), [("NZ", "New Zealand"), ("CA-AB", "Alberta"), ("FR", "France"), ("AU-WA", "Western Australia"), ("FR-75", "FR-75")])
def test_a_place_without_a_template_gets_the_base_text_and_a_note(run_cli: Callable[..., CliRun], tmp_path: Path, code: str, name: str) -> None:
    """Trial 10 (issue 13): init --jurisdiction IE exited 2 ("no template for IE"), while Colorado fell back to federal law."""
    policy = tmp_path / "policy.yaml"
    made = _init(run_cli, policy, "--jurisdiction", code, "--practice", "group", "--practice", "minors")
    assert made.exit_code == 0, made.stderr
    assert f"policy-lint has no template for {name + ' (' + code + ')' if name != code else code} yet." in made.stderr
    assert f"so it does not cover the law of {name}" in made.stderr
    data = load_text(policy.read_text(encoding="utf-8"), "policy.yaml").document.data  # type: ignore[union-attr]
    assert data["clinic"]["jurisdiction"] == code
    assert not any(limit.get("legal_basis") for limit in data["limits"] if limit["category"] not in ("client_authorization",))  # no law of another country
    checked = run_cli("check", str(policy), "--isolated", "--fail-on", "warning")
    assert checked.exit_code == 0, checked.stdout
    assert "0 errors, 0 warnings" in checked.stdout


def test_a_region_without_a_template_gets_its_countrys_text(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    """Scotland: the text for the United Kingdom (as the gb pack checks it), and a note that Scottish law may differ."""
    policy = tmp_path / "policy.yaml"
    made = _init(run_cli, policy, "--jurisdiction", "GB-SCT")
    assert made.exit_code == 0, made.stderr
    assert "no template for Scotland (GB-SCT) yet. The starter uses the text for the United Kingdom (GB)" in made.stderr
    assert "Terrorism Act 2000" in policy.read_text(encoding="utf-8")
    checked = run_cli("check", str(policy), "--isolated", "--fail-on", "warning")
    assert checked.exit_code == 0, checked.stdout


def test_every_place_policy_lint_knows_gets_a_starter() -> None:
    """Each known code: its own template, the federal text (a US state) or the base text, never an error."""
    from policy_lint.jurisdictions.codes import _regions

    own = set(starter.available())
    for code in _regions():
        _, note = starter.template_for(code)
        assert (note is None) == (code in own), code
        if note is not None:
            assert "does not cover the law of" in note and ("federal law only" in note) == code.startswith("US-"), code
            assert ("cites no law" in note) == (code.split("-")[0] not in own), code


def test_bad_email_or_date_is_a_usage_error(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    made = run_cli("init", str(tmp_path / "p.yaml"), "--name", "X", "--email", "not an email", "--jurisdiction", "GB", env=NO_TTY)
    assert made.exit_code == 2 and "policy format" in made.stderr
    made = _init(run_cli, tmp_path / "p.yaml", "--jurisdiction", "GB", "--effective-date", "tomorrow")
    assert made.exit_code == 2 and "not a date" in made.stderr


def test_dash_prints_the_policy(run_cli: Callable[..., CliRun]) -> None:
    made = run_cli("init", "-", "--name", "X", "--phone", "555 0100 22", "--jurisdiction", "AU-NSW", env=NO_TTY)
    assert made.exit_code == 0
    assert made.stdout.startswith("# yaml-language-server:")


def test_the_new_file_gets_the_usual_permissions(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        assert _init(run_cli, tmp_path / "p.yaml", "--jurisdiction", "GB").exit_code == 0
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "p.yaml").stat().st_mode) == 0o644


def test_the_core_never_reads_a_starter_as_saying_the_opposite() -> None:
    """The text-understanding core (issue 12) finds no topic a starter contradicts, and reads the required ones as stated."""
    from policy_lint import meaning

    for code in JURISDICTIONS:
        text, _, _ = starter.render_starter(starter.Answers("A practice", code, email="a@b.example", practices=starter.PRACTICES), "s.json")
        doc = load_text(text, "p.yaml").document
        statuses = {i["topic"]: i["status"] for i in meaning.coverage(meaning.passages_of(doc))}
        assert "contradicted" not in statuses.values(), (code, statuses)
        for topic in ("harm_to_self", "harm_to_others", "child_abuse", "elder_abuse", "court_order", "at_intake", "before_disclosure", "after_disclosure", "minimum_necessary"):
            assert statuses[topic] == "stated", (code, topic)


def test_atomic_create_never_writes_over_even_in_a_race(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_lint import fileio

    target = tmp_path / "new.yaml"
    real_link = os.link

    def someone_else_first(src: str, dst: str) -> None:
        Path(dst).write_text("theirs\n", encoding="utf-8")  # made between our check and our link
        real_link(src, dst)

    monkeypatch.setattr(os, "link", someone_else_first)
    with pytest.raises(FileExistsError):
        fileio.atomic_create(target, "ours\n")
    assert target.read_text(encoding="utf-8") == "theirs\n"
    assert [p.name for p in tmp_path.iterdir()] == ["new.yaml"]  # no temporary file left

    def no_hard_links(src: str, dst: str) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_hard_links)
    other = tmp_path / "other.yaml"
    fileio.atomic_create(other, "ours\n")
    assert other.read_text(encoding="utf-8") == "ours\n"
    with pytest.raises(FileExistsError):
        fileio.atomic_create(other, "again\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.yaml", "other.yaml"]


def test_a_starter_says_in_words_what_its_categories_say() -> None:
    """Read without its categories (as a prose check reads the notice), each starter covers the same core topics.

    The core counts a limit's words only for the categories it is filed
    under; a page has no categories. So a starter whose limits state a topic
    they are not filed under would check differently as a page.
    """
    from policy_lint import meaning

    for code in JURISDICTIONS:
        text, _, _ = starter.render_starter(starter.Answers("A practice", code, email="a@b.example", practices=starter.PRACTICES), "s.json")
        doc = load_text(text, "p.yaml").document
        passages = meaning.passages_of(doc)
        bare = [meaning.Passage(p.pointer, p.text, (), p.group) for p in passages]
        core = lambda items: [(i["topic"], i["status"]) for i in items if i["topic"] in meaning.CORE_TOPICS]  # noqa: E731
        assert core(meaning.coverage(bare)) == core(meaning.coverage(passages)), code


def test_every_jurisdiction_pack_has_a_starter() -> None:
    """A place with its own rule pack gets its own starter text, and each starter's place has a pack."""
    from policy_lint.packs import load_pack
    from policy_lint.resources import builtin_packs

    codes = set()
    for name in builtin_packs():
        place = load_pack(name).settings.get("jurisdiction")
        if isinstance(place, dict) and place.get("code"):
            codes.add(place["code"])
    assert codes == set(starter.available())


def _client_words(data: dict) -> list[str]:  # type: ignore[type-arg]
    """The words a client reads: summary, limits, notification and questions."""
    out = [str(data["confidentiality"]["summary"]), str(data["questions"])]
    for limit in data["limits"]:
        out += [str(limit.get("title", "")), str(limit.get("explanation", "")), *[str(w) for w in limit.get("may_tell", [])]]
    return out + [str(v) for v in data["notification"].values()]


@pytest.mark.parametrize("practices", [("solo",), ("solo", "minors", "telehealth"), ("solo", "couples-family")])
@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
def test_a_solo_starter_speaks_as_i(jurisdiction: str, practices: tuple[str, ...]) -> None:
    """Found in trial 6: init --practice solo wrote "we" and "Our therapists": one therapist says "I"."""
    text, _, _ = starter.render_starter(starter.Answers("Calm Harbor Therapy", jurisdiction, email="a@b.example", practices=practices), "schema.json")
    data = load_text(text, "p.yaml").document.data  # type: ignore[union-attr]
    words = " ".join(_client_words(data))
    assert not re.findall(r"\b(?:we|We|us|our|Our|ours|your therapist)\b", words)
    assert re.search(r"\bI (?:do not share|sometimes ask)\b", words) and " me " in words
    assert data["clinic"]["name"] == "Calm Harbor Therapy" and data["clinic"]["jurisdiction"] == jurisdiction


@pytest.mark.parametrize("practices", [("group",), ("solo", "group"), ("minors",)])
def test_a_group_starter_still_speaks_as_we(practices: tuple[str, ...]) -> None:
    text, _, _ = starter.render_starter(starter.Answers("Riverside Counseling", "US-CA", email="a@b.example", practices=practices), "schema.json")
    data = load_text(text, "p.yaml").document.data  # type: ignore[union-attr]
    assert "What you tell us in therapy stays private." in data["confidentiality"]["summary"]
    assert not re.search(r"\bI\b", " ".join(_client_words(data)))


@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
def test_a_solo_starter_with_every_type_but_group_is_clean(run_cli: Callable[..., CliRun], tmp_path: Path, jurisdiction: str) -> None:
    policy = tmp_path / "policy.yaml"
    args = [a for p in starter.PRACTICES if p != "group" for a in ("--practice", p)]
    assert _init(run_cli, policy, "--jurisdiction", jurisdiction, *args).exit_code == 0
    checked = run_cli("check", str(policy), "--isolated", "--fail-on", "info")
    assert checked.exit_code == 0, checked.stdout
    assert "tell me" in policy.read_text(encoding="utf-8")
