"""The red-team set (tests/meaning/redteam.yaml) is well formed, and its tool works.

The set is a test set only: no floor is checked here on purpose, so nobody
is tempted to tune the lexicon on it. ``python tools/measure_redteam.py``
prints the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_lint.meaning import CORE_TOPICS

from conftest import load_script

ROOT = Path(__file__).resolve().parents[2]


TOOL = load_script(ROOT / "tools" / "measure_redteam.py")
DATA = TOOL.load()


def test_the_set_is_large_and_covers_every_core_topic_many_times() -> None:
    docs = DATA["documents"]
    assert len(docs) >= 25
    assert len({d["id"] for d in docs}) == len(docs)
    assert sum(len(d["passages"]) for d in docs) >= 250
    seen: dict[str, int] = {}
    near_misses = 0
    for doc in docs:
        for _text, labels in doc["passages"]:
            gold, _force = TOOL.labels(labels, DATA["names"])
            near_misses += not gold
            for topic in gold:
                seen[topic] = seen.get(topic, 0) + 1
    assert near_misses >= 40
    for topic in CORE_TOPICS:
        assert seen.get(topic, 0) >= 5, topic


def test_every_label_names_a_known_topic_and_stance() -> None:
    from policy_lint.meaning import topics

    known = set(topics())
    assert set(DATA["names"].values()) <= known
    for doc in DATA["documents"]:
        for text, labels in doc["passages"]:
            assert isinstance(text, str) and text.strip(), doc["id"]
            TOOL.labels(labels, DATA["names"])


def test_a_bad_label_is_refused() -> None:
    with pytest.raises(SystemExit):
        TOOL.labels("nosuchtopic", DATA["names"])
    with pytest.raises(SystemExit):
        TOOL.labels("child:X", DATA["names"])
    with pytest.raises(SystemExit):
        TOOL.labels("child!should", DATA["names"])


def test_the_scorer_counts_a_right_a_wrong_and_a_missed_reading() -> None:
    data = {
        "names": {"child": "child_abuse", "court": "court_order", "self": "harm_to_self"},
        "documents": [
            {
                "id": "t1",
                "passages": [
                    ["I must report suspected child abuse to Child Protective Services.", "child!must"],
                    ["Our office is closed on Mondays.", "court"],
                ],
            }
        ],
    }
    m = TOOL.score(data)
    assert m["passages"] == 2
    assert m["counts"][("child_abuse", "states")][0] == 1
    assert m["counts"][("court_order", "states")][2] == 1
    assert m["force"] == (1, 1)
    assert [e[1] for e in m["errors"]] == ["Our office is closed on Mondays."]
    out = TOOL.report(m, data)
    assert "court_order: expected states, got -" in out


def _half(lo: int, hi: int) -> list[dict]:
    return [d for d in DATA["documents"] if lo <= TOOL.doc_number(d["id"]) <= hi]


def test_the_second_set_is_split_into_a_tuning_and_a_held_out_half() -> None:
    tuning, held_out = _half(28, 41), _half(42, 55)
    assert len(tuning) == 14 and len(held_out) == 14
    assert all("-tuning-" in d["id"] for d in tuning)
    assert all("-heldout-" in d["id"] for d in held_out)
    assert not [d["id"] for d in DATA["documents"] if TOOL.doc_number(d["id"]) < 28 and "-heldout-" in d["id"]]
    for half in (tuning, held_out):
        passages = [p for d in half for p in d["passages"]]
        assert len(passages) >= 130
        seen: dict[str, set[str]] = {}
        for _text, labels in passages:
            gold, _force = TOOL.labels(labels, DATA["names"])
            for topic, stance in gold.items():
                seen.setdefault(topic, set()).add(stance)
        assert sum(not TOOL.labels(lab, DATA["names"])[0] for _t, lab in passages) >= 25
        for topic in CORE_TOPICS:
            assert "states" in seen.get(topic, set()), topic
        assert sum("opposite" in s for s in seen.values()) >= 5
        assert sum("vague" in s for s in seen.values()) >= 4


def test_the_third_set_is_all_tuning_and_weighs_the_hard_parts() -> None:
    third = _half(56, 83)
    assert len(third) == 28
    assert [TOOL.doc_number(d["id"]) for d in third] == list(range(56, 84))
    assert all("-tuning-" in d["id"] for d in third)
    passages = [p for d in third for p in d["passages"]]
    assert len(passages) >= 300
    seen: dict[tuple[str, str], int] = {}
    for _text, labels in passages:
        gold, _force = TOOL.labels(labels, DATA["names"])
        for topic, stance in gold.items():
            seen[(topic, stance)] = seen.get((topic, stance), 0) + 1
    assert sum(not TOOL.labels(lab, DATA["names"])[0] for _t, lab in passages) >= 50
    for topic in CORE_TOPICS:
        assert seen.get((topic, "states"), 0) >= 1, topic
    hard = ("duty_to_warn", "elder_abuse", "dependent_adult_abuse", "before_disclosure", "minimum_necessary")
    for topic in hard:
        assert seen.get((topic, "states"), 0) >= 10, topic
    assert seen.get(("after_disclosure", "states"), 0) >= 8
    assert seen.get(("required_by_law", "states"), 0) >= 5 and seen.get(("required_by_law", "vague"), 0) >= 3
    assert len({t for t, s in seen if s == "opposite"}) >= 8
    assert len({t for t, s in seen if s == "vague"}) >= 5


def _tally(docs: list[dict]) -> tuple[dict[tuple[str, str], int], int]:
    seen: dict[tuple[str, str], int] = {}
    near_misses = 0
    for doc in docs:
        for _text, labels in doc["passages"]:
            gold, _force = TOOL.labels(labels, DATA["names"])
            near_misses += not gold
            for topic, stance in gold.items():
                seen[(topic, stance)] = seen.get((topic, stance), 0) + 1
    return seen, near_misses


def test_the_fourth_set_is_split_and_states_every_core_topic_25_times() -> None:
    tuning, held_out = _half(84, 111), _half(112, 125)
    assert [TOOL.doc_number(d["id"]) for d in tuning + held_out] == list(range(84, 126))
    assert all("-tuning-" in d["id"] for d in tuning)
    assert all("-heldout-" in d["id"] and TOOL.held_out(d["id"]) for d in held_out)
    assert not [d["id"] for d in tuning if TOOL.held_out(d["id"])]
    assert not [d["id"] for d in DATA["documents"] if TOOL.doc_number(d["id"]) > 153]
    assert all(len(d["passages"]) >= 9 for d in tuning + held_out)
    seen, near_misses = _tally(tuning + held_out)
    assert near_misses >= 80
    for topic in CORE_TOPICS:
        assert seen.get((topic, "states"), 0) >= 25, topic
    for half in (tuning, held_out):
        part, near = _tally(half)
        assert near >= 20
        for topic in CORE_TOPICS:
            assert part.get((topic, "states"), 0) >= 5, topic
        assert len({t for t, s in part if s == "opposite"}) >= 7
        assert len({t for t, s in part if s == "vague"}) >= 5


def test_the_fifth_set_is_all_tuning_and_weighs_the_duties_and_opposites() -> None:
    fifth = _half(126, 153)
    assert [TOOL.doc_number(d["id"]) for d in fifth] == list(range(126, 154))
    assert all("-tuning-" in d["id"] and not TOOL.held_out(d["id"]) for d in fifth)
    assert all(10 <= len(d["passages"]) <= 15 for d in fifth)
    seen, near_misses = _tally(fifth)
    assert sum(len(d["passages"]) for d in fifth) >= 350
    assert near_misses >= 70
    for topic in CORE_TOPICS:
        assert seen.get((topic, "states"), 0) >= 8, topic
    assert seen.get(("before_disclosure", "opposite"), 0) >= 5
    assert len({t for t, s in seen if s == "opposite"}) >= 8
    assert len({t for t, s in seen if s == "vague"}) >= 5


def test_ids_picks_a_range_of_documents_and_refuses_a_bad_one() -> None:
    assert TOOL.id_range("r28-r41") == (28, 41)
    assert TOOL.id_range("r30") == (30, 30)
    assert TOOL.doc_number("r42-heldout-us-oregon") == 42
    for bad in ("r41-r28", "tuning", "r28-x"):
        with pytest.raises(SystemExit):
            TOOL.id_range(bad)
    data = {
        "names": DATA["names"],
        "documents": [
            {"id": "r41-tuning-a", "passages": [["Our office is closed on Mondays.", ""]]},
            {"id": "r42-heldout-b", "passages": [["Our office is closed on Mondays.", ""], ["Parking is free.", ""]]},
        ],
    }
    m = TOOL.score(data, ids=(42, 55))
    assert (m["documents"], m["passages"]) == (1, 2)


def test_wrong_readings_of_held_out_documents_are_never_shown() -> None:
    data = {
        "names": {"court": "court_order"},
        "documents": [{"id": "r50-heldout-x", "passages": [["Our office is closed on Mondays.", "court"]]}],
    }
    out = TOOL.report(TOOL.score(data), data)
    assert "closed on Mondays" not in out
    assert "1 wrong readings in held-out documents are not shown" in out
    data["documents"][0]["id"] = "r20-us-group"  # r15-r27 have been held out since round 2
    assert "closed on Mondays" not in TOOL.report(TOOL.score(data), data)
    data["documents"][0]["id"] = "r118-heldout-x"  # the fourth set's held-out part
    assert "closed on Mondays" not in TOOL.report(TOOL.score(data), data)
    data["documents"][0]["id"] = "r100-tuning-x"
    assert "closed on Mondays" in TOOL.report(TOOL.score(data), data)
    data["documents"][0]["id"] = "r40-tuning-x"
    assert "closed on Mondays" in TOOL.report(TOOL.score(data), data)
