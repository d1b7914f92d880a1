"""The knowledge of ``data/topics.yaml``, compiled once, on first use.

Words are compared by stem (``stem``): lowercase, curly apostrophes read as
straight ones, a possessive ``'s`` dropped, then a light suffix strip
("abusing", "abused", "abuses" and "abuse" all give "abus"). The stemmer is
crude on purpose: it is the same on both sides (the lexicon and the text),
so it only has to give word forms of one word the same stem, and words of
the lexicon different stems. ``lemmas`` in the data file gives the forms it
cannot see ("children" -> "child").

A ``Matcher`` finds phrases (tuples of stems) in a list of stems: at each
place the longest phrase wins, and a phrase may belong to several classes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = ["Lexicon", "lexicon", "stem", "tokens", "Matcher", "LexiconError"]

#: A word: letters and digits, with inner apostrophes ("don't", "child's"). A hyphen splits words.
WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")

_VOWELS = frozenset("aeiouy")

#: Words skipped in phrases and in texts alike: "a student" is "student".
ARTICLES = frozenset({"a", "an", "the"})


class LexiconError(ValueError):
    """``topics.yaml`` does not have the shape policy-lint needs."""


def _raw_stem(word: str) -> str:
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    elif w.endswith("s'"):
        w = w[:-1]
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ied") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ing") and len(w) > 5:
        w = _undouble(w[:-3])
    elif w.endswith("ed") and len(w) > 4:
        w = _undouble(w[:-2])
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    if len(w) > 3 and w.endswith("e") and not w.endswith("ee"):
        w = w[:-1]
    return w


def _undouble(w: str) -> str:
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in _VOWELS and w[-1] not in "lsz":
        return w[:-1]
    return w


class Lexicon:
    """Everything ``topics.yaml`` says, ready to use.

    Attributes:
        lemmas: word (lowercase) -> the word it stands for.
        content: the Matcher of the classes (who, what, actions, ...).
        cues: the Matcher of negation cues, exceptions and force words.
        actions, privacy: stems a negation cue can turn round, or that turn it back.
        topics: name -> (kind, states, opposite, unless); each way a tuple of conditions.
        vague: (classes, topics) pairs.
        near, close: word distances of "a>b" and "a>>b".
    """

    def __init__(self, data: Any, tables: Any = None) -> None:
        if not isinstance(data, dict) or not isinstance(data.get("classes"), dict) or not isinstance(data.get("topics"), dict):
            raise LexiconError("topics.yaml needs 'classes' and 'topics' mappings")
        self.lemmas: dict[str, str] = {str(k).lower().replace("\u2019", "'"): str(v).lower() for k, v in (data.get("lemmas") or {}).items()}
        self._stems: dict[str, str] = {}
        classes: dict[str, list[str]] = {str(k): [str(p) for p in v] for k, v in data["classes"].items()}
        for name, phrases in (data.get("vague_phrases") or {}).items():
            classes[str(name)] = [str(p) for p in phrases]
        self.class_names = frozenset(classes)
        self.content = Matcher(frozenset(str(m) for m in data.get("masks") or []))
        if tables is None:
            for name, phrases in classes.items():
                for phrase in phrases:
                    for words in self._expand(phrase, classes, name):
                        self.content.add(words, name)
        self.near = int(data.get("near", 6))
        self.close = int(data.get("close", 3))
        self.topics: dict[str, tuple[str, tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...], frozenset[str]]] = {}
        for name, spec in data["topics"].items():
            if not isinstance(spec, dict) or spec.get("kind") not in ("limit", "duty"):
                raise LexiconError(f"topic {name!r} needs kind: limit or duty")
            states = tuple(tuple(str(c) for c in way) for way in spec.get("states") or [])
            opposite = tuple(tuple(str(c) for c in way) for way in spec.get("opposite") or [])
            unless = frozenset(str(c) for c in spec.get("unless") or [])
            for way in states + opposite:
                for cond in way:
                    for part in cond.replace(">>", ">").split(">"):
                        if part not in self.class_names:
                            raise LexiconError(f"topic {name!r} names an unknown class {part!r}")
            for part in unless:
                if part not in self.class_names:
                    raise LexiconError(f"topic {name!r} names an unknown class {part!r}")
            self.topics[str(name)] = (str(spec["kind"]), states, opposite, unless)
        #: For each class, the topics with a way that uses it; and each topic's place in the file.
        self.topics_by_class: dict[str, frozenset[str]] = {}
        for name, (_, states, opposite, _) in self.topics.items():
            for way in states + opposite:
                for cond in way:
                    for part in cond.replace(">>", ">").split(">"):
                        self.topics_by_class[part] = self.topics_by_class.get(part, frozenset()) | {name}
        self.topic_rank = {name: i for i, name in enumerate(self.topics)}
        #: The classes each way needs somewhere in its sentences (to skip it fast).
        self.needs: dict[tuple[str, ...], frozenset[str]] = {
            way: frozenset(part for cond in way for part in cond.replace(">>", ">").split(">"))
            for _, states, opposite, _ in self.topics.values()
            for way in states + opposite
        }
        self.core = frozenset(str(t) for t in data.get("core") or [])
        self.targets = frozenset(str(c) for c in data.get("targets") or [])
        for t in self.core:
            if t not in self.topics:
                raise LexiconError(f"'core' names an unknown topic {t!r}")
        for c in self.targets | set(data.get("masks") or []):
            if c not in self.class_names:
                raise LexiconError(f"'targets' or 'masks' names an unknown class {c!r}")
        self.vague: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        for entry in data.get("vague") or []:
            words = tuple(str(c) for c in entry["words"])
            topics = tuple(str(t) for t in entry["topics"])
            for c in words:
                if c not in self.class_names:
                    raise LexiconError(f"a vague entry names an unknown class {c!r}")
            for t in topics:
                if t not in self.topics:
                    raise LexiconError(f"a vague entry names an unknown topic {t!r}")
            self.vague.append((words, topics))
        neg = data.get("negation") or {}
        force = data.get("force") or {}
        self.cues = Matcher()
        if tables is not None:
            self.content.load(tables["content"])
            self.cues.load(tables["cues"])
            self.actions = frozenset(tables["actions"])
            self.privacy = frozenset(tables["privacy"])
            return
        for label, phrases in (
            ("strong", neg.get("strong")),
            ("weak", neg.get("weak")),
            ("ignore", neg.get("ignore")),
            ("exception", neg.get("exceptions")),
            ("must", force.get("must")),
            ("may", force.get("may")),
        ):
            for phrase in phrases or []:
                self.cues.add(self._words(str(phrase)), label)
        self.actions = frozenset(self.stem(str(w)) for w in neg.get("actions") or [])
        self.privacy = frozenset(self.stem(str(w)) for w in neg.get("privacy") or [])

    def stem(self, word: str) -> str:
        """The stem of one word, as the lexicon compares words."""
        got = self._stems.get(word)
        if got is None:
            low = word.lower().replace("\u2019", "'")
            lemma = self.lemmas.get(low)
            got = lemma if lemma is not None else _raw_stem(low)
            if len(self._stems) >= _MAX_WORDS:
                self._stems.clear()
            self._stems[word] = got
        return got

    def _words(self, phrase: str) -> tuple[str, ...]:
        return tuple(self.stem(m.group()) for m in WORD.finditer(phrase) if m.group().lower() not in ARTICLES)

    def _expand(self, phrase: str, classes: dict[str, list[str]], owner: str) -> list[tuple[str, ...]]:
        """A phrase as stems; a ``{class}`` slot gives one phrase per phrase of that class."""
        slot = re.search(r"\{(\w+)\}", phrase)
        if slot is None:
            words = self._words(phrase)
            return [words] if words else []
        name = slot.group(1)
        if name not in classes or name == owner:
            raise LexiconError(f"the phrase {phrase!r} of class {owner!r} names an unknown class {name!r}")
        out: list[tuple[str, ...]] = []
        for filler in classes[name]:
            if "{" in filler:
                raise LexiconError(f"class {name!r} is used in a slot, so its phrases cannot hold slots")
            out.extend(self._expand(phrase[: slot.start()] + filler + phrase[slot.end() :], classes, owner))
        return out


#: Words whose stem is remembered (a policy has a few thousand different words).
_MAX_WORDS = 12500


class Matcher:
    """Phrases of stems, each with the labels (classes) it carries.

    At each place, each label takes its longest phrase there, and a label's
    phrases never overlap one another. Phrases of different labels may
    overlap ("your child" is a guardian and holds a child), except inside a
    phrase of a *masking* label: "substance abuse" hides "abuse", "first
    session" hides "first".
    """

    def __init__(self, masks: frozenset[str] = frozenset()) -> None:
        self._by_first: dict[str, dict[tuple[str, ...], set[str]]] = {}
        self.masks = masks

    def add(self, words: tuple[str, ...], label: str) -> None:
        if words:
            self._by_first.setdefault(words[0], {}).setdefault(words, set()).add(label)

    def compile(self) -> None:
        """Index the phrases by their first word: the labels of that word alone, and the longer phrases, longest first."""
        table: dict[str, tuple[frozenset[str], list[tuple[list[str], frozenset[str]]]]] = {}
        for first, phrases in self._by_first.items():
            single = frozenset(phrases.get((first,), ()))
            longer = sorted(((list(p[1:]), frozenset(ls)) for p, ls in phrases.items() if len(p) > 1), key=lambda x: -len(x[0]))
            table[first] = (single, longer)
        self._table = table

    def dump(self) -> dict[str, Any]:
        """The compiled table as JSON-ready data (label sets are listed once and named by number)."""
        sets: dict[frozenset[str], int] = {}

        def ref(labels: frozenset[str]) -> int:
            return sets.setdefault(labels, len(sets))

        table = {first: [ref(single), [[tail, ref(labels)] for tail, labels in longer]] for first, (single, longer) in self._table.items()}
        return {"sets": [sorted(x) for x in sets], "table": table}

    def load(self, dumped: dict[str, Any]) -> None:
        """Take a table ``dump`` made (instead of ``add`` and ``compile``)."""
        sets = [frozenset(x) for x in dumped["sets"]]
        self._table = {first: (sets[single], [(tail, sets[labels]) for tail, labels in longer]) for first, (single, longer) in dumped["table"].items()}

    def find(self, stems: list[str], start: int = 0, end: int | None = None) -> list[tuple[frozenset[str], int, int]]:
        """``(labels, i, j)`` for each phrase found in ``stems[start:end]`` (``j`` is past its last word).

        At each place each label takes its longest phrase; a label may start
        again inside its own phrase (a second label there is harmless).
        """
        out: list[tuple[frozenset[str], int, int]] = []
        stop = len(stems) if end is None else end
        table = self._table
        for i in range(start, stop):
            entry = table.get(stems[i])
            if entry is None:
                continue
            single, longer = entry
            seen: frozenset[str] = frozenset()
            for tail, labels in longer:
                n = len(tail)
                if i + n < stop and stems[i + 1 : i + 1 + n] == tail:
                    new = labels - seen
                    if new:
                        out.append((new, i, i + 1 + n))
                        seen = seen | labels
            if single:
                new = single - seen if seen else single
                if new:
                    out.append((new, i, i + 1))
        if self.masks and len(out) > 1:
            masking = [(i, j, labels) for labels, i, j in out if labels & self.masks and j - i > 1]
            if masking:
                out = [
                    (labels, i, j)
                    for labels, i, j in out
                    if not any(a <= i and j <= b and (b - a) > (j - i) and not (labels & mlabels) for a, b, mlabels in masking)
                ]
        return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon (``data/topics.yaml``), compiled on first use.

    Compiling stems every phrase of the file, which would cost a one-file
    run tens of milliseconds. So the compiled tables are kept as JSON next
    to the parsed packs (``$XDG_CACHE_HOME/policy-lint``), under a name made
    from policy-lint's version and the file's size and time, like
    ``resources.load_shipped_yaml`` does; ``POLICY_LINT_NO_CACHE=1`` turns
    it off. A cache that cannot be read is ignored.
    """
    from policy_lint.resources import _cache_dir, data_path, load_data

    data = load_data("topics.yaml")
    folder = _cache_dir()
    cached = None
    if folder is not None:
        import zlib

        from policy_lint._version import __version__

        path = data_path("topics.yaml")
        try:
            st = path.stat()
            where = zlib.crc32(str(path.resolve()).encode("utf-8", "surrogateescape"))
            cached = folder / f"topics-compiled-{__version__}-{where:08x}-{st.st_size}-{st.st_mtime_ns}.json"
        except OSError:
            cached = None
    if cached is not None:
        import json

        from policy_lint._io import read_regular

        try:
            tables = json.loads(read_regular(cached, 64 * 1024 * 1024))
            return Lexicon(data, tables)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            pass
    lex = Lexicon(data)
    lex.content.compile()
    lex.cues.compile()
    if cached is not None:
        import json

        from policy_lint._io import atomic_write

        tables = {"content": lex.content.dump(), "cues": lex.cues.dump(), "actions": sorted(lex.actions), "privacy": sorted(lex.privacy)}
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(cached, json.dumps(tables, ensure_ascii=False, separators=(",", ":")))
        except (OSError, ValueError, TypeError):
            pass  # a read-only home: compiling each run is enough
    return lex


def stem(word: str) -> str:
    """The stem of ``word`` under the shipped lexicon."""
    return lexicon().stem(word)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """``(stem, start, end)`` of each word of ``text``."""
    st = lexicon().stem
    return [(st(m.group()), m.start(), m.end()) for m in WORD.finditer(text)]
