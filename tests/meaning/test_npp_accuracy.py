"""How well the core reads the parts of a HIPAA Notice of Privacy Practices (tests/meaning/npp.yaml).

The floors are the figures measured when docs/hipaa-notice.md was last
written (``python tools/measure_meaning.py --set npp --write``). A change
that reads worse fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parents[2]


TOOL = load_script(ROOT / "tools" / "measure_meaning.py")
DATA = TOOL.load(TOOL.NPP_SET)

# (precision, recall) in percent for the "states" stance, as measured.
FLOORS = {"dev": (99.4, 98.9), "heldout": (100.0, 86.7)}


def test_every_part_of_the_notice_is_labelled_in_both_splits() -> None:
    from policy_lint.meaning import topics

    parts = set(DATA["names"].values())
    assert parts <= set(topics())
    assert {t for t in topics() if t.startswith("npp_")} | {"breach_notification"} == parts
    for split in ("dev", "heldout"):
        seen = set()
        for _, _, gold, _ in TOOL.passages(DATA, split):
            seen |= set(gold)
        assert seen == parts, f"{split} lacks {sorted(parts - seen)}"


def test_the_set_has_near_misses_and_is_split_by_notice() -> None:
    ids = [d["id"] for d in DATA["documents"]]
    assert len(ids) == len(set(ids))
    empty = [text for d in DATA["documents"] for text, labels in d["passages"] if not labels]
    assert len(empty) >= 20
    assert sum(len(d["passages"]) for d in DATA["documents"] if d["split"] == "heldout") >= 30


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_accuracy_stays_at_or_above_what_was_measured(split: str) -> None:
    p, r = TOOL.totals(DATA, split)["states"]
    precision, recall = FLOORS[split]
    assert round(p, 1) >= precision, f"{split} precision {p:.1f} < {precision}"
    assert round(r, 1) >= recall, f"{split} recall {r:.1f} < {recall}"


def test_docs_hold_the_current_table() -> None:
    doc = (ROOT / "docs" / "hipaa-notice.md").read_text(encoding="utf-8")
    assert TOOL.table(DATA, TOOL.NPP_BEGIN, TOOL.NPP_END) in doc, "run: python tools/measure_meaning.py --set npp --write"


def test_a_core_set_measures_only_the_topics_it_labels() -> None:
    """The abuse-report set says nothing of notice parts, and the notice set nothing of abuse reports."""
    rows = [("x", "You have the right to inspect and copy your record.", {}, {})]
    assert TOOL.measure(rows, {"child_abuse"})["counts"] == {}
    assert TOOL.measure(rows)["counts"][("npp_right_access", "states")] == [0, 1, 0]
