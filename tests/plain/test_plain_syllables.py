"""Syllable counts against the CMU Pronouncing Dictionary.

tests/plain/data/cmu_sample.tsv holds two fixed random samples of 3,000
words each, made by tools/build_syllables.py from CMUdict: "common" words
(listed in lower case by /usr/share/dict/words) and "any" CMU word (many of
them surnames and places). A count is right when it matches any of the
word's CMU pronunciations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_lint.plain import syllables
from policy_lint.plain.syllables import count_syllables, load_exceptions, rule_syllables

SAMPLE = Path(__file__).parent / "data" / "cmu_sample.tsv"


def _sample(name: str) -> list[tuple[str, set[int]]]:
    rows = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        which, word, counts = line.split("\t")
        if which == name:
            rows.append((word, {int(c) for c in counts.split(",")}))
    return rows


def _accuracy(rows: list[tuple[str, set[int]]], count) -> float:  # type: ignore[no-untyped-def]
    return sum(count(w) in allowed for w, allowed in rows) / len(rows)


def test_samples_are_big_enough() -> None:
    """Each sample has at least 2,000 words."""
    assert len(_sample("common")) >= 2000
    assert len(_sample("any")) >= 2000


def test_shipped_counter_matches_cmu_on_common_words() -> None:
    """With the shipped table, common words are counted as CMU counts them."""
    assert _accuracy(_sample("common"), count_syllables) >= 0.995


def test_rules_alone_are_good_on_unknown_words() -> None:
    """Without the table, the rules still get most words right (96% common, 93% any at build time)."""
    empty: dict[str, int] = {}

    assert _accuracy(_sample("common"), lambda w: syllables._lookup(empty, w)) >= 0.95
    assert _accuracy(_sample("any"), lambda w: syllables._lookup(empty, w)) >= 0.92
    assert _accuracy(_sample("any"), count_syllables) >= 0.93


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("you", 1),
        ("the", 1),
        ("share", 1),
        ("shared", 1),
        ("wanted", 2),
        ("places", 2),
        ("states", 1),
        ("table", 2),
        ("lovely", 2),
        ("being", 2),
        ("client", 2),
        ("radio", 3),
        ("someone", 2),
        ("therapist", 3),
        ("information", 4),
        ("confidentiality", 7),
        ("subpoena", 3),
        ("notwithstanding", 4),
        ("pursuant", 3),
    ],
)
def test_known_words(word: str, expected: int) -> None:
    """Common policy words get their dictionary count."""
    assert expected == count_syllables(word)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("didn't", 2),
        ("don't", 1),
        ("we'll", 1),
        ("client's", 2),
        ("nurse's", 2),
        ("follow-up", 3),
        ("Therapist", 3),
        ("telehealth", 3),
        ("deidentified", 5),
    ],
)
def test_contractions_hyphens_case_and_new_words(word: str, expected: int) -> None:
    """Apostrophes, hyphens and capitals are handled; new words fall back to the rules."""
    assert expected == count_syllables(word)


def test_no_letters_means_no_syllables() -> None:
    """Numbers and punctuation have no syllables here (the formulas count a number as one)."""
    assert 0 == rule_syllables("911")
    assert 0 == count_syllables("--")


def test_data_file_keeps_the_cmu_licence_and_loads() -> None:
    """The shipped table names its source, keeps the CMU notice and holds small counts."""
    head = syllables.DATA_FILE.read_text(encoding="utf-8")[:3000]
    table = load_exceptions()

    assert "CMU Pronouncing Dictionary" in head
    assert "Carnegie Mellon University" in head
    assert "Redistribution and use in source and binary forms" in head
    assert 1000 < len(table) < 10000
    assert all(1 <= n <= 12 for n in table.values())
