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


# -- --hipaa-covered-entity with no place: checked as the US, and the note says so ------------------

NPP_PAGE = """\
# Notice of Privacy Practices

THIS NOTICE DESCRIBES HOW MEDICAL AND MENTAL HEALTH INFORMATION ABOUT YOU MAY BE USED AND DISCLOSED AND HOW YOU CAN GET ACCESS TO THIS INFORMATION. PLEASE REVIEW IT CAREFULLY.

We use your health information to treat you and to get paid.
"""


def test_a_hipaa_covered_entity_with_no_place_is_checked_as_the_us(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    page = _page(tmp_path, NPP_PAGE)
    found = _findings(run_cli, str(page), "--hipaa-covered-entity")
    rules = {f["rule"] for f in found}
    assert any(r.startswith("NPP") for r in rules), rules  # the notice rules ran
    assert "NPP001" not in rules  # "medical and mental health information" is the header
    assert "JUR003" not in rules
    note = next(f for f in found if f["rule"] == "JUR004")
    assert "HIPAA" in note["message"] and "us pack" in note["message"]
    why = run_cli("why", str(page), "--hipaa-covered-entity").stdout
    assert "with the us pack, for the United States (US), assumed because a HIPAA covered entity is in the US" in why


def test_without_the_flag_a_page_with_no_place_still_says_no_law_was_checked(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    found = _findings(run_cli, str(_page(tmp_path, NPP_PAGE)))
    rules = {f["rule"] for f in found}
    assert "JUR003" in rules and not any(r.startswith("NPP") for r in rules)


def test_a_place_the_page_gives_wins_over_the_hipaa_assumption(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    page = _page(tmp_path, NPP_PAGE + "\nHudson Street Therapy, 12 Hudson St, New York, NY 10013\n")
    found = _findings(run_cli, str(page), "--hipaa-covered-entity")
    note = next(f for f in found if f["rule"] == "JUR004")
    assert "US-NY" in note["message"] and "HIPAA" not in note["message"]


# -- a column that one of several topics meets says which one met it ------------------------------

LAW_ONLY = "Lone Star Counseling, Austin, TX 78704\n\nWhat you share here is confidential, except as required by law or to keep people safe.\n"


def _audit(run_cli: Callable[..., CliRun], folder: Path, fmt: str = "json") -> str:
    out = folder.parent / f"report.{ {'markdown': 'md'}.get(fmt, fmt)}"
    run_cli("audit", str(folder), "-f", fmt, "-o", str(out), "--date", "2026-12-05")
    return out.read_text(encoding="utf-8-sig")


def test_as_required_by_law_meets_court_order_or_law_and_every_output_says_how(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    folder = tmp_path / "clinics"
    folder.mkdir()
    _page(folder, LAW_ONLY, "lonestar.txt")
    data = json.loads(_audit(run_cli, folder))
    column = next(r for r in data["requirements"] if r["id"] == "COV005")
    assert column["label"] == "Court order or law"
    cell = data["clinics"][0]["cells"]["COV005"]
    assert (cell["status"], cell["coverage"], cell["detail"]) == ("pass", "stated", "by another law")
    assert "✓ stated, by another law" in _audit(run_cli, folder, "markdown")
    assert "stated (by another law)" in _audit(run_cli, folder, "csv")
    why = run_cli("why", str(folder / "lonestar.txt")).stdout
    assert "COV005 court-order-missing: met by required_by_law, not court_order" in why
    assert not [f for f in _findings(run_cli, str(folder / "lonestar.txt")) if f["rule"] == "COV005"]


def test_a_column_met_by_its_first_topic_says_nothing_more(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    folder = tmp_path / "clinics"
    folder.mkdir()
    _page(folder, "# P\n\nIf a judge orders us to share your records, we must do so.\n", "p.md")
    cell = json.loads(_audit(run_cli, folder))["clinics"][0]["cells"]["COV005"]
    assert cell["coverage"] == "stated" and "detail" not in cell


# -- "vague" means one thing: a gap that check reports -------------------------------------------

CARE_HOME = "# P\n\nWhat you tell me stays private.\n\nIf a resident of a long-term care home is being abused, we must report it to the Director.\n"


def test_words_the_page_leaves_vague_get_a_warning_and_why_agrees(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    page = _page(tmp_path, CARE_HOME)
    vague = [f for f in _findings(run_cli, str(page)) if f["rule"] == "LIM004"]
    assert vague and "older adult" in vague[0]["message"]
    why = run_cli("why", str(page)).stdout
    assert "COV004 elder-abuse-missing: vague (LIM004 warns)" in why
    folder = tmp_path / "clinics"
    folder.mkdir()
    _page(folder, CARE_HOME, "p.md")
    cell = json.loads(_audit(run_cli, folder))["clinics"][0]["cells"]["COV004"]
    assert (cell["status"], cell["coverage"]) == ("fail", "vague")


def test_vague_words_no_rule_warns_about_do_not_meet_a_required_limit(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    pack = _page(tmp_path, 'pack: mine\nversion: "1"\nextends: base\nrules:\n  - id: LIM004\n    params:\n      topics: [child_abuse]\n', "pack.yaml")
    page = _page(tmp_path, CARE_HOME)
    rules = {f["rule"] for f in _findings(run_cli, str(page), "--pack", str(pack))}
    assert {"COV004", "COV006"} <= rules and "LIM004" not in rules


def test_vague_words_for_one_topic_are_not_warned_about_when_another_meets_the_rule(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    text = "# P\n\nIf a judge orders us to share your records, we must do so.\n\nYour records are private, except as permitted by law and in an emergency.\n"
    assert not [f for f in _findings(run_cli, str(_page(tmp_path, text))) if f["rule"] == "LIM004"]
    alone = "# P\n\nYour records are private, except as permitted by law and in an emergency.\n"
    assert [f for f in _findings(run_cli, str(_page(tmp_path, alone, "alone.md"))) if f["rule"] == "LIM004"]


GB_PAGE = """\
# Leeds Talking Space

What you tell us stays private. We may share information without your consent to raise safeguarding concerns about a child or a vulnerable adult.
"""


def test_general_words_the_place_pack_counts_are_stated_and_say_which_pack(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    folder = tmp_path / "clinics"
    (folder / "GB").mkdir(parents=True)
    page = _page(folder / "GB", GB_PAGE, "leeds.md")
    assert not [f for f in _findings(run_cli, str(page)) if f["rule"] == "LIM004"]
    why = run_cli("why", str(page)).stdout
    assert "(general words, but the gb pack counts them)" in why
    cell = json.loads(_audit(run_cli, folder))["clinics"][0]["cells"]["COV004"]
    assert (cell["status"], cell["coverage"], cell["detail"]) == ("pass", "vague", "the gb pack counts its words")
    assert "COV004 elder-abuse-missing: met: the words are general, but the gb pack counts them" in why
    # Without the gb pack the same words stay vague.
    other = _page(tmp_path, GB_PAGE, "nowhere.md")
    assert [f for f in _findings(run_cli, str(other)) if f["rule"] == "LIM004" and "older adult" in f["message"]]


def test_the_legend_explains_every_word_a_cell_can_show(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    from policy_lint.audit.model import COVERAGE_WORDS
    from policy_lint.meaning import STATUSES

    assert {w for w, _ in COVERAGE_WORDS} == set(STATUSES)
    folder = tmp_path / "clinics"
    folder.mkdir()
    _page(folder, CARE_HOME, "p.md")
    for fmt in ("markdown", "html"):
        report = _audit(run_cli, folder, fmt)
        for word, _ in COVERAGE_WORDS:
            assert f"{word}</strong>:" in report or f"- {word}:" in report, (fmt, word)


# -- the new words are plain ----------------------------------------------------------------------


def test_the_new_words_are_plain(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    from test_own_words import _problems

    from policy_lint.audit.model import COVERAGE_WORDS, DETAIL_MEANS, TOPIC_WORDS
    from policy_lint.packs import load_pack

    lim004 = next(r for r in load_pack("base").rules if r.id == "LIM004")
    lines = [*lim004.params["examples"].values(), lim004.hint, lim004.prose_hint, DETAIL_MEANS, *TOPIC_WORDS.values()]
    lines += [f"{w}: {m}" for w, m in COVERAGE_WORDS]
    page = _page(tmp_path, NPP_PAGE)
    note = next(f for f in _findings(run_cli, str(page), "--hipaa-covered-entity") if f["rule"] == "JUR004")
    lines += [note["message"], note["hint"]]
    for f in _findings(run_cli, str(_page(tmp_path, "# P\n\nWe share information if there is a serious threat to health or safety.\n", "v.md"))):
        if f["rule"] == "LIM004":
            lines += [f["message"], f["hint"]]
    for line in lines:
        assert [] == _problems(line), line


# -- a report for one clinic reads as that clinic's report ----------------------------------------


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_per_clinic_report_reads_as_one_clinics_report(tmp_path: Path, run_cli: Callable[..., CliRun], fmt: str) -> None:
    folder = tmp_path / "clinics"
    (folder / "US-TX").mkdir(parents=True)
    _page(folder / "US-TX", LAW_ONLY, "lonestar.txt")
    _page(folder / "US-TX", "# P\n\nIf a judge orders us to share your records, we must do so.\n", "other.md")
    per = tmp_path / "per"
    run_cli("audit", str(folder), "-f", fmt, "-o", str(tmp_path / "all.out"), "--per-clinic", str(per), "--date", "2026-12-05")
    whole = (tmp_path / "all.out").read_text(encoding="utf-8")
    assert "Clinics by jurisdiction" in whole and "2 clinics" in whole
    reports = sorted(per.iterdir())
    assert len(reports) == 2
    for report in reports:
        text = report.read_text(encoding="utf-8")
        for multi in ("Clinics by jurisdiction", "1 clinic", "of 1 ", "of 1<", "Clinics that could not be checked come first", "each clinic", "0 meet", "Total"):
            assert multi not in text, (report.name, multi)
        assert "Jurisdiction: Texas (US-TX). Checked against the us-tx pack." in text
        assert "The clinic meets every requirement when" in text


def test_the_one_clinic_words_are_plain() -> None:
    from test_own_words import _problems

    from policy_lint.audit.model import COMPLETE_MEANS_ONE

    for line in (COMPLETE_MEANS_ONE, "not counted: the law of this place does not make it a duty, so saying so is true", "general words, but the gb pack counts them", "met: the words are general, but the gb pack counts them", "Not checked against the law of its place: the place is not known, or policy-lint has no rule pack of its own for it", "Each column is one of the 15 requirements. Select a cell to see what policy-lint found and how to fix it."):
        assert [] == _problems(line), line


# -- "we are not mandated reporters" contradicts only the duties the place's law sets ---------------

NOT_MANDATED = "# Privacy\n\n{place}\n\nWhat you tell us stays private. We are not mandated reporters.\n"


def test_not_mandated_reporters_in_bc_contradicts_child_abuse_only(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    page = _page(tmp_path, NOT_MANDATED.format(place="This policy follows the law of British Columbia."))
    found = _findings(run_cli, str(page))
    contradicted = [f for f in found if f["rule"] == "COV007"]
    assert len(contradicted) == 1
    assert "child" in contradicted[0]["message"] and "older adult" not in contradicted[0]["message"]
    assert {f["severity"] for f in found if f["rule"] in ("COV004", "COV006")} == {"info"}  # allowed, not a duty: a note
    why = run_cli("why", str(page)).stdout
    assert "elder_abuse: opposite" in why and "(not counted: the law of this place does not make it a duty, so saying so is true)" in why
    assert "COV004 elder-abuse-missing: not met" in why and "COV003 child-abuse-missing: contradicted (COV007 reports it)" in why
    folder = tmp_path / "clinics"
    (folder / "CA-BC").mkdir(parents=True)
    page.rename(folder / "CA-BC" / "north.md")
    cells = json.loads(_audit(run_cli, folder))["clinics"][0]["cells"]
    assert cells["COV003"]["coverage"] == "contradicted" and cells["COV003"]["status"] == "fail"
    assert cells["COV004"]["status"] == cells["COV006"]["status"] == "not a duty here"


def test_not_mandated_reporters_where_the_law_sets_every_duty_contradicts_them_all(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    for place in ("This policy follows the law of California.", ""):
        page = _page(tmp_path, NOT_MANDATED.format(place=place), "p.md")
        contradicted = [f for f in _findings(run_cli, str(page)) if f["rule"] == "COV007"]
        assert len(contradicted) == 1 and "older adult" in contradicted[0]["message"], place


def test_words_about_one_limit_still_contradict_it_where_it_is_no_duty(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    page = _page(tmp_path, "# Privacy\n\nThis policy follows the law of British Columbia.\n\nWe never report abuse of an older adult to anyone.\n")
    found = _findings(run_cli, str(page))
    assert [f for f in found if f["rule"] == "COV007" and "older adult" in f["message"]]


def test_not_mandated_reporters_in_the_uk_contradicts_nothing_but_child_safeguarding_is_still_asked_for(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    page = _page(tmp_path, NOT_MANDATED.format(place=""))
    found = _findings(run_cli, str(page), "--jurisdiction", "GB")
    assert not [f for f in found if f["rule"] == "COV007"]
    assert {(f["rule"], f["severity"]) for f in found if f["rule"] in ("COV003", "COV004", "COV006")} == {("COV003", "warning"), ("COV004", "info"), ("COV006", "info")}


def test_bc_counts_its_own_words_for_vulnerable_adults(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    text = "# Privacy\n\nThis policy follows the law of British Columbia.\n\nIf we learn that a vulnerable adult is being abused or neglected, we may report it to a designated agency.\n"
    page = _page(tmp_path, text)
    assert not [f for f in _findings(run_cli, str(page)) if f["rule"] == "LIM004"]
    assert "COV004 elder-abuse-missing: met: the words are general, but the ca-bc pack counts them" in run_cli("why", str(page)).stdout
