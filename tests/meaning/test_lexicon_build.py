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
    its slots as a sequence of classes in a topic's pattern, not as one crossed phrase.

    (lex37, session 21) At 498,662 phrases every round hit the bound of 500,000 (the first run compiled in 5 s). The
    crossed phrases of three and four slots went to `sequences` in topics.yaml (read as a run of their slots' classes,
    with no phrase of their own): 206,102 phrases, a first run of 2.5 s. The bound is that count and 150,000 for the
    rounds to come; a class that needs more slots in a row belongs in `sequences`."""
    lex, _ = built
    assert len(lex.matcher._phrases) <= 356_000, len(lex.matcher._phrases)


def _fills(phrase: str, classes: dict[str, list[str]], counts: dict[str, int]) -> int:
    """How many filled-in phrases ``_whole`` makes of ``phrase`` (counted, not built); ``counts`` keeps each filler's."""
    got = counts.get(phrase)
    if got is None:
        got = 1
        for slot in re.findall(r"\{(\w+)\}", phrase):
            got *= sum(_fills(f, classes, counts) for f in classes[slot])
        counts[phrase] = got
    return got


def _nth(phrase: str, k: int, classes: dict[str, list[str]], counts: dict[str, int]) -> str:
    """The ``k``-th filled-in form of ``phrase``, as text, built alone (the slots as digits of a mixed radix)."""
    out, at = [], 0
    for slot in re.finditer(r"\{(\w+)\}", phrase):
        fillers = classes[slot.group(1)]
        k, digit = divmod(k, sum(_fills(f, classes, counts) for f in fillers))
        for f in fillers:
            if digit < counts[f]:
                out += [phrase[at : slot.start()], _nth(f, digit, classes, counts)]
                break
            digit -= counts[f]
        at = slot.end()
    return "".join(out) + phrase[at:]


def test_each_sequence_in_topics_yaml_reads_its_filled_in_phrases_whole(built: tuple[Lexicon, dict[str, list[str]]]) -> None:
    """A phrase of `sequences` reads where its slots' classes follow one another (lex37, session 21): each filled-in
    phrase (a sample of each product), read as a sentence, gives the class the whole of it, as the crossed phrase did.
    (clean40, session 22) The sample is drawn from the count of the product and only its 200 phrases are built (it
    built every filled-in phrase first: 3.8 s)."""
    import random

    lex, classes = built
    data = YAML(typ="safe").load(TOPICS.read_text(encoding="utf-8"))
    rnd = random.Random(37)
    seqs = [(str(name), str(p)) for name, phrases in data["sequences"].items() for p in phrases]
    assert len(seqs) > 10
    counts: dict[str, int] = {}
    for name, phrase in seqs:
        total = _fills(phrase, classes, counts)
        for k in rnd.sample(range(total), min(200, total)):
            for words in _whole(lex, _nth(phrase, k, classes, counts), classes):
                content, _ = lex.matcher.find(list(words))
                assert any(name in labels and i == 0 and j == len(words) for labels, i, j in content), (phrase, words)


def test_the_sampler_makes_the_filled_in_phrases_of_the_whole_product(built: tuple[Lexicon, dict[str, list[str]]]) -> None:
    """``_nth`` over the whole count makes what ``_whole`` makes, no more and no fewer (a filler with a slot of its own)."""
    lex, _ = built
    classes = {"who": ["the police", "{act} staff", "CPS"], "act": ["tell", "pass on"], "obl": ["duties", "a duty"]}
    counts: dict[str, int] = {}
    phrase = "{who} must {act} their {obl}"
    total = _fills(phrase, classes, counts)
    assert total == 4 * 2 * 2
    made = [w for k in range(total) for w in _whole(lex, _nth(phrase, k, classes, counts), classes)]
    assert sorted(made) == sorted(_whole(lex, phrase, classes))


def _sequence_lexicons(extra: dict[str, list[str]]) -> tuple[Lexicon, Lexicon]:
    """The same classes with the phrases of ``x`` crossed into its list, and read as a sequence."""
    base = {"who": ["the police", "a judge", "CPS", "we"], "act": ["tell", "pass on", "pass"], "det": ["the", "all", "all our"],
            "obl": ["legal duties", "duties"], "y": ["pass on the file"]}
    base.update(extra)
    crossed = {"classes": {**base, "x": ["{who} must {act} it", "{who} {det} {obl}", "if {act} {who}"]}, "topics": {}, "masks": ["y"]}
    seq = {"classes": {**base, "x": []}, "topics": {}, "masks": ["y"],
           "sequences": {"x": ["{who} must {act} it", "{who} {det} {obl}", "if {act} {who}"]}}
    return Lexicon(crossed), Lexicon(seq)


@pytest.mark.parametrize(
    "text",
    [
        "the police must tell it",
        "then a judge must pass on it to us",  # the longest phrase of the slot's class
        "CPS must pass it on",  # a shorter one of the slot's class
        "I must tell it",  # "we" read as "I", as in a crossed phrase
        "the police all our legal duties",
        "the police the legal duties",  # a slot whose class has a phrase of no word ("the") holds nothing
        "the police duties",
        "if tell CPS",
        "if pass on the file CPS",  # inside a masking phrase of a longer span
        "a judge must",
        "police must tell it, CPS must pass on it",
    ],
)
def test_a_sequence_reads_the_places_of_its_crossed_phrases(text: str) -> None:
    crossed, seq = _sequence_lexicons({})
    stems = [crossed.stem(m.group()) for m in WORD.finditer(text) if m.group().lower() not in ARTICLES]
    a, b = crossed.matcher.find(stems), seq.matcher.find(stems)
    assert sorted((sorted(ls), i, j) for ls, i, j in a[0]) == sorted((sorted(ls), i, j) for ls, i, j in b[0])


@pytest.mark.parametrize(
    ("text", "reads"),
    [
        ("the police must tell it", True),  # one phrase of each sequence
        ("a judge all our legal duties", True),
        ("if pass on CPS", True),
        ("the police must tell", False),  # a slot's words missing
        ("must the police tell it", False),  # the slots out of their order
        ("the police must report it", False),  # a word of no filler
        ("if tell the nurse", False),
        ("the police legal duties all", False),
    ],
)
def test_a_sequence_reads_its_phrases_and_no_other(text: str, reads: bool) -> None:
    """(clean40, session 22) In place of "the sequence lexicon holds fewer phrases than the crossed one", which holds by
    construction: a filled-in phrase of each sequence reads the class over the whole of it, and a phrase outside every
    sequence does not, where the crossed lexicon agrees."""
    crossed, seq = _sequence_lexicons({})
    stems = [seq.stem(m.group()) for m in WORD.finditer(text) if m.group().lower() not in ARTICLES]
    for lex in (crossed, seq):
        content, _ = lex.matcher.find(stems)
        assert any("x" in labels and i == 0 and j == len(stems) for labels, i, j in content) is reads, (text, lex is seq)


def test_a_sequence_names_known_classes_with_slots_apart() -> None:
    from policy_lint.meaning._lexicon import LexiconError

    for bad in ({"x": ["{nobody} must"]}, {"x": ["re{who}"]}, {"zz": ["{who}"]}, {"x": ["must tell"]}):
        with pytest.raises(LexiconError):
            Lexicon({"classes": {"who": ["the police"], "x": []}, "topics": {}, "sequences": bad})
