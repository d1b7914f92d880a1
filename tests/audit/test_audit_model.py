"""The audit matrix as data: columns, statuses, totals, order and anchors."""

from __future__ import annotations

from typing import Any

from policy_lint.audit.model import ClinicInput, Status, build_audit, column_label, is_requirement, requirements_of
from policy_lint.findings import FileResult, Finding, Position, Severity, Suppression
from policy_lint.rules.base import Example, RuleSpec


def _rule(rid: str, name: str, kind: str, tags: tuple[str, ...] = ()) -> RuleSpec:
    return RuleSpec(rid, name, kind, Severity.ERROR, f"Summary of {rid}.", "", "", (), Example(""), Example(""), tags=tags)


RULES = (
    _rule("COV001", "harm-to-self-missing", "coverage.required_limit"),
    _rule("COV002", "harm-to-others-missing", "coverage.required_limit"),
    _rule("NOT001", "notify-at-start-missing", "coverage.required_text"),
    _rule("PLN001", "hard-to-read-text", "plain.readability"),
    _rule("PLN002", "hard-to-read-policy", "plain.policy_readability"),
    _rule("TXT001", "placeholder-text", "text.placeholder"),
    _rule("XYZ001", "custom-thing", "text.placeholder", tags=("requirement",)),
    _rule("XYZ002", "optional-thing", "coverage.required_text", tags=("not-requirement",)),
)


def _f(path: str, rule: str, *, suppressed: bool = False) -> Finding:
    sup = Suppression("We explain this in the intake form.", "comment") if suppressed else None
    return Finding(path, rule, rule.lower(), Severity.ERROR, f"{rule} message", Position(3, 1), suppression=sup)


def _audit(*items: ClinicInput) -> Any:
    return build_audit(items, RULES, date="2026-11-26", pack_name="base", pack_version="2026.11", tool_version="0.1.0")


def test_columns_are_chosen_by_the_pack() -> None:
    assert [r.id for r in requirements_of(RULES)] == ["COV001", "COV002", "NOT001", "PLN002", "XYZ001"]
    assert not is_requirement(RULES[3]) and not is_requirement(RULES[5]) and not is_requirement(RULES[7])


def test_base_pack_columns(base_pack: Any) -> None:
    ids = [r.id for r in requirements_of(base_pack.rules)]
    for rid in ("COV001", "COV002", "COV003", "COV004", "COV005", "NOT001", "NOT002"):
        assert rid in ids
    assert not any(i.startswith(("PAR", "SCH", "LIM", "SUP")) for i in ids)
    # Two rules that forbid something are columns, headed by what passes (trial 7).
    assert "COV008" in ids and "TXT001" in ids and "COV007" not in ids
    labels = {r.id: r.label for r in requirements_of(base_pack.rules)}
    assert (labels["COV008"], labels["TXT001"]) == ("No blanket promise", "No template text")
    if base_pack.rule("PLN002") is not None:
        assert "PLN002" in ids


def test_column_labels() -> None:
    assert column_label(RULES[0]) == "Harm to self"
    assert column_label(RULES[2]) == "Notify at start"
    assert column_label(RULES[4]) == "Reading grade"
    assert column_label(RULES[6]) == "Custom thing"


def test_statuses_totals_and_order() -> None:
    clean = ClinicInput(FileResult("a-clean.yaml"), "Alder Clinic")
    two_gaps = ClinicInput(FileResult("b.yaml", (_f("b.yaml", "COV001"), _f("b.yaml", "NOT001"), _f("b.yaml", "TXT001"))), "Birch Clinic")
    suppressed = ClinicInput(FileResult("c.yaml", (_f("c.yaml", "COV002", suppressed=True),)), "Cedar Clinic")
    unreadable = ClinicInput(FileResult("d.yaml", (_f("d.yaml", "PAR003"),)), None, checked=False)
    one_gap = ClinicInput(FileResult("e.yaml", (_f("e.yaml", "PLN002"), _f("e.yaml", "PLN001"))), "Elm Clinic")
    audit = _audit(clean, two_gaps, suppressed, unreadable, one_gap)

    # Unreadable first (nothing is known about it), then the most gaps.
    assert [c.name for c in audit.clinics] == ["d.yaml", "Birch Clinic", "Elm Clinic", "Cedar Clinic", "Alder Clinic"]
    broken, birch, elm, cedar, alder = audit.clinics
    assert [c.status for c in birch.cells] == [Status.FAIL, Status.PASS, Status.FAIL, Status.PASS, Status.PASS]
    assert (birch.gaps, birch.passed, [f.rule_id for f in birch.other]) == (2, 3, ["TXT001"])
    assert elm.cells[3].status is Status.FAIL and [f.rule_id for f in elm.other] == ["PLN001"]
    assert cedar.cells[1].status is Status.SUPPRESSED and cedar.gaps == 0 and cedar.suppressed == 1
    assert all(c.status is Status.UNCHECKED for c in broken.cells) and not broken.checked
    assert not broken.named and broken.name == "d.yaml"
    assert alder.checked and alder.gaps == 0 and alder.named

    totals = {r.id: t for r, t in zip(audit.requirements, audit.totals)}
    assert (totals["COV001"].failed, totals["COV001"].passed, totals["COV001"].unchecked) == (1, 3, 1)
    assert (totals["COV002"].suppressed, totals["COV002"].passed) == (1, 3)
    assert audit.summary == {
        "clinics": 5,
        "complete": 2,
        "complete_with_other_errors": 0,
        "with_other_errors": 2,
        "not_required": 0,
        "with_gaps": 2,
        "not_checked": 1,
        "gaps": 3,
        "suppressed": 1,
        "other_findings": 3,
        "requirements": 5,
        "skipped_files": 0,
        "law_not_checked": 0,
        "no_pack": 0,
    }


def test_an_internal_error_leaves_cells_not_checked() -> None:
    crash = Finding("x.yaml", "PL000", "internal-error", Severity.ERROR, "policy-lint failed.")
    audit = _audit(ClinicInput(FileResult("x.yaml", (crash, _f("x.yaml", "COV001"))), "X"))
    (row,) = audit.clinics
    assert row.crashed and not row.checked
    assert row.cells[0].status is Status.FAIL
    assert {c.status for c in row.cells[1:]} == {Status.UNCHECKED}


def test_anchors_are_hashes_and_unique() -> None:
    evil = '"><script>alert(1)</script>'
    items = [ClinicInput(FileResult(f"{evil}.yaml", (_f(f"{evil}.yaml", "COV001"),)), evil), ClinicInput(FileResult("same.yaml"), "A")]
    items.append(items[1].replace())  # the same path twice still gets its own ids
    audit = _audit(*items)
    ids = [c.anchor for c in audit.clinics] + [c.other_anchor for c in audit.clinics] + [x.anchor for c in audit.clinics for x in c.cells]
    assert len(ids) == len(set(ids))
    for i in ids:
        assert i.isalnum() and i.isascii() and len(i) == 13


def test_clinic_name_is_tidied() -> None:
    audit = _audit(ClinicInput(FileResult("dir/p.json"), "  Oak \n  Therapy  "), ClinicInput(FileResult("dir/q.json"), "   "))
    assert sorted(c.name for c in audit.clinics) == ["Oak Therapy", "dir/q.json"]


def test_json_shape() -> None:
    audit = _audit(ClinicInput(FileResult("b.yaml", (_f("b.yaml", "COV001"),)), "Birch"))
    data = audit.to_dict()
    assert data["pack"] == {"name": "base", "version": "2026.11"}
    assert data["clinics"][0]["cells"]["COV001"]["status"] == "fail"
    assert data["clinics"][0]["cells"]["COV001"]["findings"][0]["rule"] == "COV001"
    assert data["requirements"][0]["totals"] == {"pass": 0, "fail": 1, "suppressed": 0, "not_checked": 0, "not_required": 0, "no_pack": 0}


def test_the_reading_grade_cell_shows_the_grade() -> None:
    grade = _f("g.yaml", "PLN002").replace(data={"fk_grade": 13.8, "words": 511})
    audit = _audit(ClinicInput(FileResult("g.yaml", (grade,)), "G"))
    cells = {c.requirement.id: c for c in audit.clinics[0].cells}
    assert cells["PLN002"].detail == "grade 13.8"
    assert cells["COV001"].detail == ""


def test_a_clinic_with_no_name_shows_its_folder_and_file() -> None:
    """Found in trials: a page with no name showed as "privacy.md" (trial 5), or as a bare folder "austin" (trial 6).

    A consultant must find the file: the row shows "folder/file".
    """
    audit = _audit(
        ClinicInput(FileResult("US-TX/hill/privacy.md", ())),
        ClinicInput(FileResult("US-NY/hudson/policy.docx", ())),
        ClinicInput(FileResult("US-NY/hudson/old.pdf", ())),
        ClinicInput(FileResult("US-CA/privacy.html", ())),
        ClinicInput(FileResult("page.md", ())),  # no folder at all
        ClinicInput(FileResult("oak/notice.md", ()), "Oak Grove Counseling"),  # the policy's own name wins
    )
    names = {c.path: (c.name, c.named, c.shows_path) for c in audit.clinics}
    assert names["US-TX/hill/privacy.md"] == ("hill/privacy.md", False, False)
    assert names["US-NY/hudson/policy.docx"] == ("hudson/policy.docx", False, False)
    assert names["US-NY/hudson/old.pdf"] == ("hudson/old.pdf", False, False)
    assert names["US-CA/privacy.html"] == ("US-CA/privacy.html", False, False)
    assert names["page.md"] == ("page.md", False, False)
    assert names["oak/notice.md"] == ("Oak Grove Counseling", True, True)
    from policy_lint.audit import render

    text = render("markdown", audit)
    assert "| [hill/privacy.md](#" in text and "| [US-CA/privacy.html](#" in text
    assert "<br>oak/notice.md" in text  # a name from the policy: the file is shown under it


def test_summary_lines_are_one_list_for_every_report() -> None:
    """The numbers at the top of the reports: one line per figure that has something to say, in one order."""
    clean = ClinicInput(FileResult("a-clean.yaml"), "Alder Clinic")
    two_gaps = ClinicInput(FileResult("b.yaml", (_f("b.yaml", "COV001"), _f("b.yaml", "NOT001"), _f("b.yaml", "TXT001"))), "Birch Clinic")
    suppressed = ClinicInput(FileResult("c.yaml", (_f("c.yaml", "COV002", suppressed=True),)), "Cedar Clinic")
    unreadable = ClinicInput(FileResult("d.yaml", (_f("d.yaml", "PAR003"),)), None, checked=False)
    audit = _audit(clean, two_gaps, suppressed, unreadable)

    lines = [(x.key, x.count, x.words, x.tone) for x in audit.summary_lines]
    assert lines == [
        ("clinics", 4, "clinics checked", ""),
        ("complete", 2, "meet every requirement", "good"),
        ("with_gaps", 1, "has gaps", "bad"),
        ("gaps", 2, "gaps in all", "bad"),
        ("with_other_errors", 1, "clinic has other errors to fix, such as wording", "warn"),
        ("other_findings", 2, "other findings", "warn"),
        ("suppressed", 1, "suppressed, with a reason", "warn"),
        ("not_checked", 1, "could not be checked", "warn"),
    ]
    by_key = {x.key: x for x in audit.summary_lines}
    assert by_key["with_gaps"].more == ", 2 gaps in all" and not by_key["gaps"].in_text  # the text report says it once

    # A report to one clinic counts no clinics, and says "could not check" without a number.
    one = audit.for_clinic(audit.clinics[0])
    assert one.single and one.clinics[0].name == "d.yaml"
    assert [(x.key, x.count, x.words) for x in one.summary_lines] == [
        ("gaps", 0, "gaps in all"),
        ("other_findings", 1, "other finding"),  # the file cannot be read (PAR003)
        ("not_checked", None, "policy-lint could not check all of this file"),
    ]
