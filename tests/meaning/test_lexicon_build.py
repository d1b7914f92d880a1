"""Building the lexicon reads each phrase's words once (session 15): a slot's filler is read apart from the words
beside it and joined, where the slot stands apart from them. These tests hold that to reading each filled-in phrase
whole, on topics.yaml itself and on slots that touch a letter, an apostrophe or another slot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from policy_lint.meaning._lexicon import ARTICLES, WORD, Lexicon, _correlative

TOPICS = Path(__file__).resolve().parents[2] / "policy_lint" / "data" / "topics.yaml"


def _whole(lex: Lexicon, phrase: str, classes: dict[str, list[str]]) -> list[tuple[str, ...]]:
    """The plain way: fill in the first slot with each phrase of its class, then read the whole phrase."""
    slot = re.search(r"\{(\w+)\}", phrase)
    if slot is None:
        # a correlative "either" is left out, as the reader leaves it out of a text (miss30)
        found = [m for m in WORD.finditer(phrase) if m.group().lower() not in ARTICLES]
        words = tuple(lex.stem(m.group()) for k, m in enumerate(found) if not _correlative(phrase, found, k))
        return [words] if words else []
    out: list[tuple[str, ...]] = []
    for filler in classes[slot.group(1)]:
        out.extend(_whole(lex, phrase[: slot.start()] + filler + phrase[slot.end() :], classes))
    return out


@pytest.fixture(scope="module")
def built() -> tuple[Lexicon, dict[str, list[str]]]:
    data = YAML(typ="safe").load(TOPICS.read_text(encoding="utf-8"))
    classes = {str(k): [str(p) for p in v] for k, v in data["classes"].items()}
    for name, phrases in (data.get("vague_phrases") or {}).items():
        classes[str(name)] = [str(p) for p in phrases]
    return Lexicon(data), classes


def test_every_phrase_with_a_slot_in_topics_yaml_reads_as_the_whole_phrase(built: tuple[Lexicon, dict[str, list[str]]]) -> None:
    lex, classes = built
    slotted = [(name, p) for name, phrases in classes.items() for p in phrases if "{" in p]
    assert len(slotted) > 100  # the lexicon does use slots
    for name, phrase in slotted:
        assert lex._expand(phrase, classes, name) == _whole(lex, phrase, classes), phrase


@pytest.mark.parametrize(
    "phrase",
    [
        "report {who}",
        "{who}'s records",  # an apostrophe after the slot joins the filler's last word
        "re{who}",  # a letter before it
        "{who}{act}",  # two slots side by side
        "{who} must {act} it",
        "the {who}",  # an article before it is left out either way
        "{act}, then {who}",
    ],
)
def test_slots_beside_letters_marks_and_other_slots_read_as_the_whole_phrase(built: tuple[Lexicon, dict[str, list[str]]], phrase: str) -> None:
    lex, _ = built
    classes = {"who": ["the police", "a judge", "CPS", "the"], "act": ["tell", "pass on"], "x": [phrase]}
    assert lex._expand(phrase, classes, "x") == _whole(lex, phrase, classes)


def test_the_slots_expand_to_a_bounded_number_of_phrases(built: tuple[Lexicon, dict[str, list[str]]]) -> None:
    """A phrase with several slots expands to the product of their fillers. Session 18's abusive-conduct phrases crossed
    four slots (about a million phrases): the first run, which compiles the lexicon, took 19 s instead of 4. The
    lexicon held 255,000 phrases at the session's start and 404,000 at its end; a class that needs more should read
    its slots as a sequence of classes in a topic's pattern, not as one crossed phrase."""
    lex, _ = built
    assert len(lex.matcher._phrases) <= 500_000, len(lex.matcher._phrases)
