"""tools/train_model.py (the topic-model experiment): the parts that need no scikit-learn.

It must never train on held-out passages, its features must point at the
words they came from, and its pure-Python scorer must compute a logistic
regression and name the words that raised a score.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parents[2]
TOOL = load_script(ROOT / "tools" / "train_model.py", "_train_model")
REDTEAM = load_script(ROOT / "tools" / "measure_redteam.py", "_train_model_redteam")


def test_training_rows_hold_no_held_out_document() -> None:
    rows = TOOL.load_rows()
    docs = {r.doc for r in rows}
    assert not any(REDTEAM.held_out(d) for d in docs)
    numbers = {REDTEAM.doc_number(d) for d in docs if d.startswith("r")}
    assert numbers == set(range(1, 15)) | set(range(28, 42)) | set(range(56, 84))
    meaning = load_script(ROOT / "tools" / "measure_meaning.py", "_train_model_meaning")
    for path in (meaning.DEVSET, meaning.NPP_SET):
        data = meaning.load(path)
        held = {d["id"] for d in data["documents"] if d["split"] != "dev"}
        assert held and not held & docs
        assert {d["id"] for d in data["documents"] if d["split"] == "dev"} <= docs


def test_a_set_labels_only_its_own_topics() -> None:
    rows = TOOL.load_rows()
    npp = [r for r in rows if r.group == "npp"]
    core = [r for r in rows if r.group != "npp"]
    assert npp and core
    assert all("child_abuse" not in r.labelled for r in npp)
    assert all("child_abuse" in r.labelled and "npp_header" not in r.labelled for r in core)


def test_features_point_at_their_words() -> None:
    text = "We keep notes. We must report child abuse."
    feats = TOOL.features(text)
    assert [text[a:b] for a, b in feats["w:report"]] == ["report"]
    assert [text[a:b] for a, b in feats["b:child abus"]] == ["child abuse"]
    assert [text[a:b] for a, b in feats["w:note"]] == ["notes"]
    assert "b:note we" not in feats  # pairs never cross a sentence
    assert any(f.startswith("c:") for f in feats)


def _model() -> object:
    return TOOL.Model(
        {
            "format": 1,
            "topics": ["child_abuse", "court_order"],
            "bias": [-2.0, -1.0],
            "weights": {"w:child": [[0, 1.5]], "w:abus": [[0, 2.0], [1, -0.5]], "w:judg": [[1, 3.0]]},
            "thresholds": {"add": 0.9, "veto": 0.05},
        }
    )


def test_the_scorer_is_a_logistic_regression_that_names_its_words() -> None:
    m = _model()
    got = m.scores({"w:child": [], "w:abus": [], "w:other": []})
    assert got["child_abuse"] == pytest.approx(1 / (1 + math.exp(-1.5)))
    assert got["court_order"] == pytest.approx(1 / (1 + math.exp(1.5)))
    assert m.explain("child_abuse", {"w:child": [], "w:abus": []}) == [(2.0, "w:abus"), (1.5, "w:child")]
    assert m.explain("court_order", {"w:abus": []}) == []  # a weight against the topic decides nothing for it
    assert m.explain("elder_abuse", {"w:abus": []}) == []


@pytest.mark.parametrize(
    "bad",
    [
        {"format": 2, "topics": [], "bias": [], "weights": {}, "thresholds": {"add": 1, "veto": 0}},
        {"format": 1, "topics": ["a"], "bias": [], "weights": {}, "thresholds": {"add": 1, "veto": 0}},
        {"format": 1, "topics": ["a"], "bias": [0], "weights": {"w:x": [[3, 1.0]]}, "thresholds": {"add": 1, "veto": 0}},
    ],
)
def test_a_broken_model_is_refused(bad: dict) -> None:
    with pytest.raises(ValueError):
        TOOL.Model(bad)


def test_the_hybrid_adds_only_where_the_rules_read_nothing_negative() -> None:
    row = TOOL.Row("dev", "d", "text", {}, frozenset({"child_abuse", "court_order"}))
    row.rules = {"court_order": "states"}
    probs = {"child_abuse": 0.95, "court_order": 0.01}
    assert TOOL.hybrid(row, probs, 0.9, None) == {"court_order": "states", "child_abuse": "states"}
    assert TOOL.hybrid(row, probs, None, 0.05) == {}
    assert TOOL.hybrid(row, probs, None, None) == {"court_order": "states"}
    row.negated = True
    assert TOOL.hybrid(row, probs, 0.9, None) == {"court_order": "states"}
