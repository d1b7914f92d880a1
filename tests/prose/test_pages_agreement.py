"""Agreement of policy-lint with hand labels on the real-style pages (tests/prose/pages).

The pages and labels were written by a tester who had not seen the lexicon,
the dev set or the prose examples; ``python tools/measure_pages.py`` prints
the figures and every disagreement. The floors are the agreement measured
when the pages were written: a change that makes policy-lint read these
pages worse fails here. A change that makes it read them better should raise
the floors and the table in docs/coverage.md ("Real-style pages"). Never edit
a page or a label to make this pass.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parents[2]


TOOL = load_script(ROOT / "tools" / "measure_pages.py")
DATA = TOOL.load_labels()

# Agreement in percent, per format, as measured; it may not fall below these.
# Measured on all 28 pages on 2026-12-05, when 12 new pages were added (the
# first 16 alone gave 91.7 in every format); raised by round 4 (acc5) and by the
# stance work of acc6 (html 88.3 to 89.2, all 89.9 to 90.2).
# Branch blanket5 (blanket promises, COV008) lowered md from 90.7 to 84.3 and all from 90.2 to
# 88.1: seven cells of m04_contradiction.md, whose "What you say here stays here" now makes every
# limit contradicted (the team's rule for blanket promises, docs/coverage.md); the labels, written
# before that rule, say stated or missing. Relabelling the page is the team's call; no other cell moved.
# Branch acc7 (law words name no court, and more wording; measured once at its end, merged with
# blanket5): html 89.2 to 90.8, md 84.3 to 86.1, txt 90.7 to 91.7, all 88.1 to 89.6.
# Branch acc8 (fresh wording of the core topics, r84-r111; measured once at its end): md 86.1 to 87.0,
# all 89.6 to 89.9 (minimum necessary 92.9 to 96.4).
# Branch acc9 (second new-user trial; measured once at its end, figures only): html 90.8 to 91.7, all
# 89.9 to 90.2 (one court_order cell, 96.4 to 100.0).
# Branch acc10 (more fresh wording of the core topics, r56-r83; measured once at its end, figures only):
# one required_by_law cell of a Markdown page changed, md 87.0 to 86.1, all 90.2 to 89.9.
# Branch prose7 (dev pages' classes: protective acts, care-home residents, whose health is threatened,
# the law as a limit of its own, a text reader that joins words hyphenated at a line's end; measured at
# the start and end of each round, figures only): html 91.7 to 93.3, md 86.1 to 88.9, all 89.9 to 91.4;
# merged with main after core4's round 9 (main alone: html 91.7, md 88.0, all 90.5): html 93.3, md 90.7,
# txt 91.7, all 92.0.
# Branch real3 (classes from real practice texts kept outside the repository; figures only): a list item
# that is the law's requirement with its subject before it ("Disclosure is otherwise required by law"):
# html 93.3 to 94.2, md 90.7 to 91.7, all 92.0 to 92.6 (two required_by_law cells).
# Branch real8 (classes from real practice texts kept outside the repository; figures only): a lead-in whose
# last sentence only points back, the police named after a list, and more: html 95.0 to 96.7, all 93.5 to 94.0
# (nine topics: html 96.7 to 98.9, all 96.4 to 97.2).
# Branch law17 (the law's duty whose object is a named danger or abuse speaks of that limit, no catch-all; a class
# from a tuning set's page; figures only): one required_by_law cell, html 96.7 to 97.5, all 95.5 to 95.8.
# Session 13 (the lead: "or when the law requires it" after other limits is the law's requirement as a limit of
# its own, stated; figures only): two required_by_law cells, md 96.3 to 97.2, txt 93.5 to 94.4, all 95.8 to 96.4.
# Session 14 (a convention changed by the lead, branch law21; figures only): the law named as the source of a
# duty beside one named limit ("we are required by law to report child abuse") is required_by_law vague, as
# every independent labeller of the real held-out sets real17, real19 and real20 read it (11 files of 11); these
# pages' labels read it missing. Five required_by_law cells (missing -> vague), lowered on purpose:
# html 97.5 to 95.0, txt 94.4 to 92.6, all 96.4 to 94.9. The nine topics are unchanged.
# Branch law22 (a report to a profession's regulator is the law beside one case, vague; the law's requirement or
# permission as the last alternative after "or" is stated; figures only): two required_by_law cells, md 97.2 to 98.1,
# txt 92.6 to 93.5, all 94.9 to 95.5.
# Branch tell25 (a list item that is only the law's requirement, its examples after it, is the catch-all, stated;
# figures only): one required_by_law cell, html 95.0 to 95.8, all 95.5 to 95.8.
# Session 16, the lead ("someone" in a danger with a word of its degree names no one, vague; figures only): one
# harm_to_others cell, md 98.1 to 99.1, all 95.8 to 96.1 (nine topics: md 97.5 to 98.8, all 98.4 to 98.8).
# Branch tune40, session 22 (the same convention for an Act named as the duty's source, "the Child, Youth and Family
# Services Act requires us to report it", as both labellers of tune25b and tune26b read it; figures only): one
# required_by_law cell of m03 (missing -> vague), lowered on purpose: md 99.1 to 98.1, all 96.4 to 96.1.
FLOORS = {"html": 95.8, "md": 98.1, "txt": 94.4, "all": 96.1}
# The same, on the nine topics the JSON coverage list must hold (issue 12, item 4), first measured at the
# end of session 6 (main after core6).
FLOORS9 = {"html": 98.9, "md": 98.8, "txt": 100.0, "all": 99.2}
TOPICS = ["harm_to_self", "harm_to_others", "duty_to_warn", "child_abuse", "elder_abuse",
          "dependent_adult_abuse", "court_order", "required_by_law", "at_intake",
          "before_disclosure", "after_disclosure", "minimum_necessary"]


def test_the_labels_file_is_well_formed() -> None:
    assert TOOL.problems(DATA) == []
    assert DATA["topics"] == TOPICS
    formats = [TOOL.FORMATS[Path(name).suffix] for name in DATA["pages"]]
    for fmt in ("html", "md", "txt"):
        assert formats.count(fmt) >= 5, fmt
    statuses = {s for cells in DATA["pages"].values() for s in cells.values()}
    assert statuses == set(TOOL.STATUSES)  # every status is used at least once


@pytest.mark.parametrize("breakage", ["bad status", "missing topic", "unknown page", "unlabelled page"])
def test_a_broken_labels_file_is_caught(breakage: str, tmp_path: Path) -> None:
    data = copy.deepcopy(DATA)
    folder = TOOL.PAGES
    first = next(iter(data["pages"]))
    if breakage == "bad status":
        data["pages"][first]["court_order"] = "stated-ish"
    elif breakage == "missing topic":
        del data["pages"][first]["court_order"]
    elif breakage == "unknown page":
        data["pages"]["nowhere.html"] = dict(data["pages"][first])
    else:
        for name in data["pages"]:
            (tmp_path / name).write_text("x", encoding="utf-8")
        (tmp_path / "extra.txt").write_text("x", encoding="utf-8")
        folder = tmp_path
    assert TOOL.problems(data, folder)


def test_agreement_per_format_does_not_fall() -> None:
    result = TOOL.measure()
    assert set(result["format"]) == set(FLOORS)
    for fmt, floor in FLOORS.items():
        assert TOOL.pct(result["format"][fmt]) >= floor, (fmt, result["format"][fmt])
    assert set(result["format9"]) == set(FLOORS9)
    for fmt, floor in FLOORS9.items():
        assert TOOL.pct(result["format9"][fmt]) >= floor, (fmt, result["format9"][fmt])
    assert result["format9"]["all"][1] == len(DATA["pages"]) * len(TOOL.ISSUE_TOPICS)
    assert sum(c[1] for c in result["topic"].values()) == len(DATA["pages"]) * len(TOPICS)


def test_the_table_in_the_docs_is_the_measured_one() -> None:
    doc = (ROOT / "docs" / "coverage.md").read_text(encoding="utf-8")
    assert TOOL.table(TOOL.measure()) in doc


def _result() -> dict:
    # two pages, two topics: the tool reads p1 harm_to_self stated and the rest missing
    labels = {"p1.txt": {"harm_to_self": "stated", "required_by_law": "vague"},
              "p2.md": {"harm_to_self": "missing", "required_by_law": "missing"}}
    reading = {("p1.txt", "harm_to_self"): "stated", ("p1.txt", "required_by_law"): "missing",
               ("p2.md", "harm_to_self"): "missing", ("p2.md", "required_by_law"): "missing"}
    misses = [{"page": "p1.txt", "topic": "required_by_law", "label": "vague", "tool": "missing", "where": []}]
    return {"labels": labels, "reading": reading, "misses": misses}


def test_two_labellers_counts_agreement_and_the_tool_where_both_agree() -> None:
    second = {"p1.txt": {"harm_to_self": "stated", "required_by_law": "missing"},
              "p2.md": {"harm_to_self": "vague", "required_by_law": "missing"}}
    out = TOOL.two_labellers(_result(), second)
    rows = {line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]] for line in out.splitlines()[2:]}
    # labellers agree on 2 of 4; the tool = first 3/4, = second 3/4; where both agree 2/2; either 4/4
    assert rows["all"] == ["50.0", "75.0", "75.0", "100.0 (2/2)", "100.0"]
    assert rows["txt"][0] == "50.0" and rows["md"][0] == "50.0"
    assert rows["nine"] == ["50.0", "100.0", "50.0", "100.0 (1/1)", "100.0"]
    assert "p1" not in out and "p2" not in out  # figures only: no page name


def test_confusion_counts_label_and_reading_with_no_page_name() -> None:
    out = TOOL.confusion(_result()["misses"])
    assert "| required_by_law | vague -> missing (1) |" in out
    assert "p1" not in out


def test_a_folder_s_labels_may_take_either_form(tmp_path: Path) -> None:
    cells = {"a.txt": {"harm_to_self": "stated"}}
    flat = tmp_path / "flat.yaml"
    flat.write_text("a.txt: {harm_to_self: stated}\n", encoding="utf-8")
    nested = tmp_path / "nested.yaml"
    nested.write_text("topics: [harm_to_self]\npages:\n  a.txt: {harm_to_self: stated}\n", encoding="utf-8")
    assert TOOL.page_labels(flat) == cells
    assert TOOL.page_labels(nested) == cells
    broken = tmp_path / "broken.yaml"
    broken.write_text("- a.txt\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        TOOL.page_labels(broken)
