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
