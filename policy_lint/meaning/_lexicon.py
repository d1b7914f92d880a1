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

import json
import json.decoder
import re
from functools import lru_cache
from typing import Any

#: What parts the classes of a way: "a>b" (b within `near` words after a), "a>>b" (within `close`), "a>>>b"
#: (b anywhere after a in the sentence).
_ORDER = re.compile(r">+")

__all__ = ["Lexicon", "lexicon", "stem", "tokens", "Matcher", "LexiconError"]

#: Below the first word, a branch whose JSON is longer than this is kept apart too (``Matcher.dump``).
#: Small, so a text opens little more of the tree than it walks: reading examples/complete.yaml opens
#: about 300 branches and 20 KB of JSON (at 256 bytes: 244 branches, 87 KB, 1 ms more).
_BRANCH_BYTES = 32

#: The C scanner behind ``json.loads``, called directly: a branch of the tree is read with a third of the
#: cost of a ``json.loads`` call (the text comes from the cache, whose hash was checked).
_scan_json = json.decoder.JSONDecoder().scan_once

#: A word: letters and digits, with inner apostrophes ("don't", "child's"). A hyphen splits words; a mark that
#: shows nothing (a soft hyphen, a zero-width space or joiner) does not ("confi\u00addential" is one word).
WORD = re.compile(r"[^\W_]+(?:['\u2019\u00ad\u200b\u200c\u200d\u2060\ufeff][^\W_]+)*")

#: A word as a reader sees it: ligatures as their letters ("\ufb01rst" is "first"), invisible marks left out,
#: a curly apostrophe straight. (Prose readers fold these in the block text already; a YAML policy pasted from
#: a PDF keeps them.)
_SEEN = str.maketrans({"\u2019": "'", "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                       "\ufb05": "st", "\ufb06": "st", "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": ""})

_VOWELS = frozenset("aeiouy")

#: Words skipped in phrases and in texts alike: "a student" is "student".
ARTICLES = frozenset({"a", "an", "the"})


class LexiconError(ValueError):
    """``topics.yaml`` does not have the shape policy-lint needs."""


def _raw_stem(word: str) -> str:
    w = word.lower().translate(_SEEN)
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
        matcher: the Matcher of every phrase: the classes (who, what, actions, ...)
            and the cues (negation, exceptions, force words), found in one pass.
        actions, privacy: stems a negation cue can turn round, or that turn it back.
        topics: name -> (kind, states, opposite, unless); each way a tuple of conditions.
        opposite_unless: name -> classes that, in the sentence, make a negated reading state nothing.
        solo: name -> ways that hold only in a sentence that states nothing else.
        vague: (classes, topics) pairs.
        near, close: word distances of "a>b" and "a>>b".
        ways_by_class: class -> (topic, classes the way needs): each way once, under its class that the fewest ways use.
    """

    def __init__(self, data: Any, compiled: "dict[str, Any] | None" = None) -> None:
        """Check and compile ``data`` (topics.yaml), or take what ``compiled()`` made (then ``data`` is not read)."""
        self._stems: dict[str, str] = {}
        #: Each phrase's stems while the lexicon is built (emptied after).
        self._phrase_words: dict[str, tuple[str, ...]] = {}
        if compiled is not None:
            self._load(compiled)
            return
        if not isinstance(data, dict) or not isinstance(data.get("classes"), dict) or not isinstance(data.get("topics"), dict):
            raise LexiconError("topics.yaml needs 'classes' and 'topics' mappings")
        self.lemmas: dict[str, str] = {str(k).lower().replace("\u2019", "'"): str(v).lower() for k, v in (data.get("lemmas") or {}).items()}
        classes: dict[str, list[str]] = {str(k): [str(p) for p in v] for k, v in data["classes"].items()}
        for name, phrases in (data.get("vague_phrases") or {}).items():
            classes[str(name)] = [str(p) for p in phrases]
        blanket = data.get("blanket")
        blanket_phrases: dict[str, list[str]] = {}
        if blanket is not None:
            # Blanket promises (``_blanket.py``): their own classes, in the same tree of phrases. They
            # are kept as cues, which no masking class hides ("unless the law requires" keeps "unless").
            if not isinstance(blanket, dict) or not isinstance(blanket.get("classes"), dict):
                raise LexiconError("'blanket' needs a 'classes' mapping")
            for name, phrases in blanket["classes"].items():
                if not str(name).startswith("blanket_") or str(name) in classes:
                    raise LexiconError(f"a blanket class must be named blanket_... and be new: {name!r}")
                blanket_phrases[str(name)] = [str(p) for p in phrases]
        class_names = frozenset(classes)
        masks = frozenset(str(m) for m in data.get("masks") or [])
        self.matcher = Matcher(class_names, masks)
        speaker = self._speaker_swaps()
        # Every swap starts with a word that is a swap of its own ("we" of "we are"): phrases with none of them keep.
        swapped = frozenset(k[0] for k in speaker)
        for name, phrases in classes.items():
            for phrase in phrases:
                for words in self._expand(phrase, classes, name):
                    self.matcher.add(words, name)
                    if swapped.isdisjoint(words):
                        continue
                    other = _other_speaker(words, speaker)
                    if other is not None:
                        self.matcher.add(other, name)
        self.near = int(data.get("near", 6))
        self.close = int(data.get("close", 3))
        topics: dict[str, Any] = {}
        contrary: dict[str, Any] = {}
        scoped: dict[str, list[str]] = {}
        solo_stop: dict[str, list[str]] = {}
        for name, spec in data["topics"].items():
            if not isinstance(spec, dict) or spec.get("kind") not in ("limit", "duty"):
                raise LexiconError(f"topic {name!r} needs kind: limit or duty")
            ways = {key: [[str(c) for c in way] for way in spec.get(key) or []] for key in ("states", "opposite", "solo", "contrary")}
            unless = sorted(str(c) for c in spec.get("unless") or [])
            # Classes that, in the sentence, make a negated reading of the topic state nothing
            # ("we do not tell you each time we share information for treatment": the routine rule).
            opposite_unless = sorted(str(c) for c in spec.get("opposite_unless") or [])
            if opposite_unless:
                scoped[str(name)] = opposite_unless
            # Classes that stop the `solo` ways ("permitted or required by law" is a qualifier, no requirement).
            solo_unless = sorted(str(c) for c in spec.get("solo_unless") or [])
            if solo_unless:
                solo_stop[str(name)] = solo_unless
            if ways["contrary"]:
                contrary[str(name)] = ways["contrary"]
            for way in ways["states"] + ways["opposite"] + ways["solo"] + ways["contrary"]:
                for cond in way:
                    for part in _ORDER.split(cond):
                        if part not in class_names:
                            raise LexiconError(f"topic {name!r} names an unknown class {part!r}")
            for part in unless + opposite_unless + solo_unless:
                if part not in class_names:
                    raise LexiconError(f"topic {name!r} names an unknown class {part!r}")
            topics[str(name)] = [str(spec["kind"]), ways["states"], ways["opposite"], unless, ways["solo"]]
        promise = _blanket_rules(blanket, topics, frozenset(blanket_phrases)) if blanket is not None else None
        if promise is not None:
            topics[promise["topic"]] = ["promise", [], [], [], []]
        core = sorted(str(t) for t in data.get("core") or [])
        ready_promise = sorted(str(t) for t in data.get("ready_promise") or [])
        targets = sorted(str(c) for c in data.get("targets") or [])
        for t in core + ready_promise:
            if t not in topics:
                raise LexiconError(f"'core' or 'ready_promise' names an unknown topic {t!r}")
        for c in set(targets) | masks:
            if c not in class_names:
                raise LexiconError(f"'targets' or 'masks' names an unknown class {c!r}")
        vague = []
        for entry in data.get("vague") or []:
            words = [str(c) for c in entry["words"]]
            vtopics = [str(t) for t in entry["topics"]]
            for c in words:
                for part in _ORDER.split(c):
                    if part not in class_names:
                        raise LexiconError(f"a vague entry names an unknown class {part!r}")
            for t in vtopics:
                if t not in topics:
                    raise LexiconError(f"a vague entry names an unknown topic {t!r}")
            vague.append([words, vtopics, bool(entry.get("stands")), bool(entry.get("not_with_duty")), bool(entry.get("not_turned")), bool(entry.get("alone"))])
        page_vague = []
        for entry in data.get("page_vague") or []:
            if not isinstance(entry, dict) or entry.get("when") not in topics or not entry.get("words") or not entry.get("topics"):
                raise LexiconError("each 'page_vague' entry needs 'when' (a topic), 'words' and 'topics'")
            for t in entry["topics"]:
                if t not in topics:
                    raise LexiconError(f"a page_vague entry names an unknown topic {t!r}")
            page_vague.append([str(entry["when"]), sorted({" ".join(str(w).lower().split()) for w in entry["words"]}), [str(t) for t in entry["topics"]]])
        quiet = []
        for entry in data.get("quiet") or []:
            if not isinstance(entry, dict) or not entry.get("frame") or not entry.get("unless"):
                raise LexiconError("each 'quiet' entry needs a 'frame' class and an 'unless' class")
            pair = [str(entry["frame"]), str(entry["unless"])]
            for c in pair:
                if c not in class_names:
                    raise LexiconError(f"a 'quiet' entry names an unknown class {c!r}")
            quiet.append(pair)
        risk = data.get("telling_risk") or {}
        if risk:
            if str(risk.get("class")) not in class_names or not risk.get("duties") or not risk.get("limits"):
                raise LexiconError("'telling_risk' needs a known 'class' and lists of 'duties' and 'limits'")
            for t in list(risk["duties"]) + list(risk["limits"]):
                if t not in topics:
                    raise LexiconError(f"'telling_risk' names an unknown topic {t!r}")
        neg = data.get("negation") or {}
        force = data.get("force") or {}
        for label, phrases in (
            ("strong", neg.get("strong")),
            ("weak", neg.get("weak")),
            ("ignore", neg.get("ignore")),
            ("void", neg.get("void")),
            ("exception", neg.get("exceptions")),
            ("must", force.get("must")),
            ("not_must", force.get("not_must")),
            ("may", force.get("may")),
            # the "may" of a belief ("We may think a child has been harmed") holds a cue that says nothing
            ("ignore", force.get("belief")),
        ):
            for phrase in phrases or []:
                self.matcher.add(self._words(str(phrase)), label)
        for label, phrases in blanket_phrases.items():
            for phrase in phrases:
                # a ``{blanket_...}`` slot, as in the classes ("not bound by {blanket_report_laws}")
                for words in self._expand(phrase, blanket_phrases, label):
                    self.matcher.add(words, label)
        self.matcher.sequences = self._sequences(data.get("sequences"), classes, speaker)
        self._phrase_words = {}
        self.matcher.compile()
        self._set_rules(
            {
                "topics": topics,
                "contrary": contrary,
                "opposite_unless": scoped,
                "solo_unless": solo_stop,
                "telling_risk": [str(risk["class"]), sorted(str(t) for t in risk["duties"]), sorted(str(t) for t in risk["limits"])] if risk else None,
                "core": core,
                "ready_promise": ready_promise,
                "targets": targets,
                "vague": vague,
                "page_vague": page_vague,
                "near": self.near,
                "close": self.close,
                "quiet": quiet,
                "actions": sorted({self.stem(str(w)) for w in neg.get("actions") or []}),
                "privacy": sorted({self.stem(str(w)) for w in neg.get("privacy") or []}),
                "blanket": promise,
            }
        )

    def compiled(self) -> dict[str, Any]:
        """Everything the reader needs, as JSON-ready data (``Lexicon(None, compiled)`` takes it back)."""
        return {"format": COMPILED_FORMAT, "lemmas": self.lemmas, "matcher": self.matcher.dump(), "rules": self._rules}

    def _load(self, compiled: dict[str, Any]) -> None:
        if compiled.get("format") != COMPILED_FORMAT:
            raise LexiconError("a compiled lexicon of another format")
        self.lemmas = compiled["lemmas"]
        self.matcher = Matcher.load(compiled["matcher"])
        self._set_rules(compiled["rules"])

    def _set_rules(self, rules: dict[str, Any]) -> None:
        """Take the topics and the rest (lists, as in the compiled form) and index them for reading."""
        self._rules = rules
        self.near = int(rules["near"])
        self.close = int(rules["close"])
        self.topics: dict[str, tuple[str, tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...], frozenset[str]]] = {}
        self.solo: dict[str, tuple[tuple[str, ...], ...]] = {}
        for name, (kind, states, opposite, unless, solo) in rules["topics"].items():
            self.topics[name] = (kind, tuple(tuple(w) for w in states), tuple(tuple(w) for w in opposite), frozenset(unless))
            if solo:
                self.solo[name] = tuple(tuple(w) for w in solo)
        #: For each class, the topics with a way that uses it; and each topic's place in the file.
        self.topics_by_class: dict[str, frozenset[str]] = {}
        #: The classes each way needs somewhere in its sentences (to skip it fast).
        self.needs: dict[tuple[str, ...], frozenset[str]] = {}
        self.ways_by_class: dict[str, list[tuple[str, frozenset[str]]]] = {}
        #: For each topic, the classes of each way of two or more conditions (a way may span two sentences).
        self.multi: dict[str, list[frozenset[str]]] = {}
        for name, (_, states, opposite, _) in self.topics.items():
            for way in states + opposite:
                needs = frozenset(part for cond in way for part in _ORDER.split(cond))
                self.needs[way] = needs
                if len(way) > 1:
                    self.multi.setdefault(name, []).append(needs)
                for part in needs:
                    self.topics_by_class[part] = self.topics_by_class.get(part, frozenset()) | {name}
                    self.ways_by_class.setdefault(part, []).append((name, needs))
        # A way holds only where every class it needs is found, so each way is
        # listed once, under the class of its needs that the fewest ways use:
        # a sentence then tries each way at most once, and seldom.
        uses = {c: len(ways) for c, ways in self.ways_by_class.items()}
        keyed: dict[str, list[tuple[str, frozenset[str]]]] = {}
        seen_ways: set[tuple[str, frozenset[str]]] = set()
        for c, ways in self.ways_by_class.items():
            for pair in ways:
                if pair not in seen_ways:
                    seen_ways.add(pair)
                    keyed.setdefault(min(pair[1], key=lambda k: (uses[k], k)), []).append(pair)
        self.ways_by_class = keyed
        #: For each class, the topics with a way of two or more conditions that uses it (``_read._pairs``).
        self.multi_by_class: dict[str, frozenset[str]] = {}
        for c, names in self.topics_by_class.items():
            got_multi = frozenset(t for t in names if t in self.multi)
            if got_multi:
                self.multi_by_class[c] = got_multi
        #: Ways that say the opposite by themselves ("we send the entire file" when a subpoena arrives).
        self.contrary: dict[str, tuple[tuple[str, ...], ...]] = {
            name: tuple(tuple(w) for w in ways) for name, ways in rules.get("contrary", {}).items()
        }
        #: (class, duties, limits): in a sentence that states one of the duties, those limits named after a
        #: phrase of the class are the duty's exception ("unless doing so would put someone in danger").
        got = rules.get("telling_risk")
        self.telling_risk: tuple[str, frozenset[str], frozenset[str]] | None = (got[0], frozenset(got[1]), frozenset(got[2])) if got else None
        #: Classes that stop a topic's ``solo`` ways (and the law alone as a list item).
        self.solo_unless: dict[str, frozenset[str]] = {
            name: frozenset(classes) for name, classes in rules.get("solo_unless", {}).items()
        }
        #: Classes that make a negated reading of a topic state nothing (see ``opposite_unless`` in topics.yaml).
        self.opposite_unless: dict[str, frozenset[str]] = {
            name: frozenset(classes) for name, classes in rules.get("opposite_unless", {}).items()
        }
        for ways in list(self.solo.values()) + list(self.contrary.values()):
            for way in ways:
                self.needs[way] = frozenset(part for cond in way for part in _ORDER.split(cond))
        self.topic_rank = {name: i for i, name in enumerate(self.topics)}
        self.core = frozenset(rules["core"])
        #: Topics a refusal whose only exception is the client's readiness does not state (a promise to the client).
        self.ready_promise = frozenset(rules["ready_promise"])
        self.targets = frozenset(rules["targets"])
        self.vague: list[tuple[tuple[str, ...], tuple[str, ...]]] = [(tuple(v[0]), tuple(v[1])) for v in rules["vague"]]
        #: The topics of vague entries marked ``stands``: their words are judged on their own even in
        #: a sentence that names another limit ("... if there is a serious risk to someone's life, if
        #: a child is at risk ...": harm stays vague next to the child abuse limit).
        self.standing: frozenset[tuple[str, ...]] = frozenset(tuple(v[1]) for v in rules["vague"] if len(v) > 2 and v[2])
        #: The classes of vague entries marked ``not_with_duty``: in a sentence that states a duty of telling
        #: the client they name where the disclosure goes ("Before we call APS, we will tell you"), no limit.
        self.not_with_duty: frozenset[tuple[str, ...]] = frozenset(tuple(v[0]) for v in rules["vague"] if len(v) > 3 and v[3])
        #: The vague entries marked ``not_turned``, as (classes, topics): a negation in their sentence leaves them vague,
        #: never the opposite. The law as a qualifier ("We never share what you say, subject to the law") bounds a promise
        #: of privacy; it refuses no disclosure the law requires (law17). An entry, not its classes: the Act's law is not
        #: turned, the child's limit the same Act names is ("We will not make reports under the Children Act": child_abuse
        #: refused; mend42, session 22: it read vague, a false all clear).
        self.not_turned: frozenset[tuple[tuple[str, ...], tuple[str, ...]]] = frozenset(
            (tuple(v[0]), tuple(v[1])) for v in rules["vague"] if len(v) > 4 and v[4])
        #: The classes of vague entries marked ``alone``: they hold only where the sentence reads no other core limit,
        #: stated or vague. The law as a qualifier of a sharing for a named danger ("Consistent with applicable law, we may
        #: disclose ... to prevent a serious threat to health or safety") speaks of that sharing (law17).
        self.alone_vague: frozenset[tuple[str, ...]] = frozenset(tuple(v[0]) for v in rules["vague"] if len(v) > 5 and v[5])
        #: The classes each vague entry needs, and the entries with an order ("inform_verb>>limits_obj").
        self.needs_vague: dict[tuple[str, ...], frozenset[str]] = {
            w: frozenset(part for cond in w for part in _ORDER.split(cond)) for w, _ in self.vague
        }
        self.ordered_vague = frozenset(w for w, _ in self.vague if any(">" in cond for cond in w))
        #: (topic, words, topics): a policy that states ``topic`` in one of ``words``, and says nothing of
        #: ``topics``, is vague for them ("a vulnerable adult" names no age: vague for elder abuse).
        self.page_vague: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [(w, tuple(p), tuple(t)) for w, p, t in rules.get("page_vague", ())]
        #: (frame, unless) class pairs: a sentence with a phrase of the frame and none of ``unless`` states no limit.
        self.quiet: tuple[tuple[str, str], ...] = tuple((f, u) for f, u in rules["quiet"])
        self.actions = frozenset(rules["actions"])
        self.privacy = frozenset(rules["privacy"])
        #: Blanket promises (``_blanket.py``): the topic, what it contradicts, the classes that let a sentence be looked at.
        got = rules.get("blanket")
        self.blanket_topic: str | None = got["topic"] if got else None
        self.blanket_contradicts: tuple[str, ...] = tuple(got["contradicts"]) if got else ()
        self.blanket_no_duty: tuple[str, ...] = tuple(got["no_duty"]) if got else ()
        self.blanket_triggers: tuple[str, ...] = tuple(got["triggers"]) if got else ()
        self.blanket_reach: int = int(got["reach"]) if got else 0
        #: The cue labels of the blanket phrases (blanket_*), to find them among a sentence's cues.
        self.blanket_labels: frozenset[str] = frozenset(label for labels in self.matcher._sets for label in labels if label.startswith("blanket_"))

    def stem(self, word: str) -> str:
        """The stem of one word, as the lexicon compares words."""
        got = self._stems.get(word)
        if got is None:
            low = word.lower().translate(_SEEN)
            lemma = self.lemmas.get(low)
            got = lemma if lemma is not None else _raw_stem(low)
            if len(self._stems) >= _MAX_WORDS:
                self._stems.clear()
            self._stems[word] = got
        return got

    def _speaker_swaps(self) -> dict[tuple[str, ...], tuple[str, ...]]:
        """The practice speaking as "I" where a phrase has "we", stem for stem: "when we first start working together"
        is also read as "when I first start working together", "our staff" as "my staff", so that no reading leans on
        whether a practice says "we" or "I" (law16). Only that way round: "I" and "my" in a phrase may be the client
        ("my therapist", in a form the client signs), never the practice's "we"."""
        pairs = [("we are", "i am"), ("we were", "i was"), ("we", "i"), ("our", "my"), ("us", "me"),
                 ("ourselves", "myself")]
        out: dict[tuple[str, ...], tuple[str, ...]] = {}
        for a, b in pairs:
            wa, wb = tuple(self.stem(w) for w in a.split()), tuple(self.stem(w) for w in b.split())
            out.setdefault(wa, wb)
        return out

    def _words(self, phrase: str) -> tuple[str, ...]:
        got = self._phrase_words.get(phrase)
        if got is None:
            found = [m for m in WORD.finditer(phrase) if m.group().lower() not in ARTICLES]
            got = tuple(self.stem(m.group()) for k, m in enumerate(found) if not _correlative(phrase, found, k))
            self._phrase_words[phrase] = got
        return got

    def _sequences(self, data: Any, classes: dict[str, list[str]], speaker: dict[tuple[str, ...], tuple[str, ...]]) -> dict[str, list[list[Any]]]:
        """``sequences`` in topics.yaml, as ``Matcher.sequences``: class -> its phrases read as a sequence of parts.

        A part is ``["c", class]`` (a slot: the phrase that class finds there; ``"o"`` where the class has a phrase of
        no word, so the slot may hold nothing) or ``["w", [stems, ...]]`` (the words
        between slots, with "I" for the practice's "we" as in the classes). "{passive_if} {passive_thing}
        {passive_must} {passive_done}" crossed its four lists into 64,800 phrases; as a sequence it adds none
        (lex37, session 21)."""
        out: dict[str, list[list[Any]]] = {}
        if data is None:
            return out
        if not isinstance(data, dict):
            raise LexiconError("'sequences' needs a mapping of class -> phrases")
        for name, phrases in data.items():
            name = str(name)
            if name not in classes:
                raise LexiconError(f"'sequences' names an unknown class {name!r}")
            for phrase in phrases or []:
                phrase = str(phrase)
                parts: list[Any] = []
                at = 0
                for slot in re.finditer(r"\{(\w+)\}", phrase):
                    head, part = phrase[at : slot.start()], slot.group(1)
                    if _JOINS.match(head[-1:]) or _JOINS.match(phrase[slot.end() : slot.end() + 1]):
                        raise LexiconError(f"a slot of the sequence {phrase!r} must stand apart from the words beside it")
                    if part not in classes or part == name or part in data:
                        raise LexiconError(f"the sequence {phrase!r} of class {name!r} names an unknown class {part!r} (or a sequence's)")
                    self._sequence_words(head, parts, speaker)
                    # a class with a phrase of no word ("the" of `conform_det`) may be left out, as its phrase would be
                    parts.append(["o" if any(not self._words(f) for f in classes[part]) else "c", part])
                    at = slot.end()
                self._sequence_words(phrase[at:], parts, speaker)
                if not any(kind == "c" for kind, _ in parts):  # one slot at least that must hold
                    raise LexiconError(f"the sequence {phrase!r} of class {name!r} has no slot that must hold: a plain phrase of the class")
                out.setdefault(name, []).append(parts)
        return out

    def _sequence_words(self, text: str, parts: list[Any], speaker: dict[tuple[str, ...], tuple[str, ...]]) -> None:
        words = self._words(text)
        if words:
            other = _other_speaker(words, speaker)
            parts.append(["w", [list(words)] + ([list(other)] if other is not None else [])])

    def _expand(self, phrase: str, classes: dict[str, list[str]], owner: str) -> list[tuple[str, ...]]:
        """A phrase as stems; a ``{class}`` slot gives one phrase per phrase of that class.

        Where a slot stands apart from the words beside it (a space or a mark, never a letter or an apostrophe), the
        words before it, the filler's and the words after it are read apart and joined: the same stems as reading
        each filled-in phrase whole, without reading the same words again for each of a class's phrases."""
        return [words for words in self._fill(phrase, classes, owner) if words]

    def _fill(self, phrase: str, classes: dict[str, list[str]], owner: str) -> list[tuple[str, ...]]:
        """``_expand``, with the phrases that hold no word left in."""
        slot = re.search(r"\{(\w+)\}", phrase)
        if slot is None:
            return [self._words(phrase)]
        name = slot.group(1)
        if name not in classes or name == owner:
            raise LexiconError(f"the phrase {phrase!r} of class {owner!r} names an unknown class {name!r}")
        head, tail = phrase[: slot.start()], phrase[slot.end() :]
        apart = not _JOINS.match(head[-1:]) and not _JOINS.match(tail[:1])
        if apart:
            before = self._words(head)
            rests = self._fill(tail, classes, owner)
        out: list[tuple[str, ...]] = []
        for filler in classes[name]:
            if "{" in filler:
                raise LexiconError(f"class {name!r} is used in a slot, so its phrases cannot hold slots")
            if not apart:
                out.extend(self._fill(head + filler + tail, classes, owner))
                continue
            middle = before + self._words(filler)
            out.extend(middle + rest for rest in rests)
        return out


#: What may stand between a correlative "either" and the word after it: spaces and articles ("either the client or").
_BARE_GAP = re.compile(r"\s+(?:(?:a|an|the)\s+)*", re.IGNORECASE)


def correlative_gap(text: str, end: int, nxt_start: int, nxt_word: str) -> bool:
    """Whether an "either" that ends at ``end`` is a correlative one: the next word, ``nxt_word`` at ``nxt_start``,
    follows after spaces or an article only, and is not "of" ("either of these exceptions"). The reader's words
    (``_read._no_either``) and the lexicon's phrases (``_correlative``) both ask it (miss30)."""
    return nxt_word.lower() != "of" and _BARE_GAP.fullmatch(text, end, nxt_start) is not None


def _correlative(phrase: str, found: list[Any], k: int) -> bool:
    """Whether the ``k``-th word of ``phrase`` is a correlative "either" ("either to you or to others", "without either
    your consent"), left out as the reader leaves it out of a text (``_read._no_either``): a word follows it, after
    spaces or an article only (or a slot does: the phrase ends in a space), and that word is not "of" ("either of
    these exceptions")."""
    if found[k].group().lower() != "either":
        return False
    if k + 1 < len(found):
        nxt = found[k + 1]
        return correlative_gap(phrase, found[k].end(), nxt.start(), nxt.group())
    rest = phrase[found[k].end() :]
    return bool(rest) and rest.isspace()


#: A character that joins a slot's filler to the words beside it (a letter, a digit, an apostrophe, an invisible mark,
#: or a brace of another slot): there, a filled-in phrase is read whole.
_JOINS = re.compile(r"[\w'\u2019\u00ad\u200b\u200c\u200d\u2060\ufeff{}]")


def _other_speaker(words: tuple[str, ...], swaps: dict[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...] | None:
    """``words`` with "I" for the practice's "we" (see ``Lexicon._speaker_swaps``), or None when they hold no "we"."""
    out: list[str] = []
    i = 0
    changed = False
    while i < len(words):
        two = swaps.get(words[i : i + 2]) if i + 1 < len(words) else None
        if two is not None:
            out.extend(two)
            i += 2
            changed = True
            continue
        one = swaps.get(words[i : i + 1])
        if one is not None:
            out.extend(one)
            changed = True
        else:
            out.append(words[i])
        i += 1
    return tuple(out) if changed else None


def _blanket_rules(blanket: dict[str, Any], topics: dict[str, Any], class_names: frozenset[str]) -> dict[str, Any]:
    """The ``blanket`` section, checked: the topic it reads, the limits it contradicts, its triggers."""
    topic = blanket.get("topic")
    if not isinstance(topic, str) or not topic or topic in topics:
        raise LexiconError("'blanket' needs a 'topic' name of its own")
    out: dict[str, Any] = {"topic": topic, "reach": int(blanket.get("reach", 9))}
    for key in ("contradicts", "no_duty"):
        names = [str(t) for t in blanket.get(key) or []]
        for t in names:
            if t not in topics:
                raise LexiconError(f"'blanket' {key} names an unknown topic {t!r}")
        out[key] = names
    triggers = [str(c) for c in blanket.get("triggers") or []]
    for c in triggers:
        if c not in class_names:
            raise LexiconError(f"'blanket' triggers names an unknown class {c!r}")
    out["triggers"] = triggers
    return out


#: Words whose stem is remembered (a policy has a few thousand different words).
_MAX_WORDS = 12500


class Matcher:
    """Phrases of stems, each with the labels it carries: the classes and the cues.

    At each place, each label takes its longest phrase there, and a label's
    phrases never overlap one another. Phrases of different labels may
    overlap ("your child" is a guardian and holds a child), except inside a
    phrase of a *masking* class: "substance abuse" hides "abuse", "first
    session" hides "first". Masks hide only classes, never cues.

    The phrases are kept as a tree of words (a trie), so ``find`` reads a
    sentence in one pass: at each place it follows the words as far as a
    phrase goes, and most words lead nowhere at the first step.
    """

    def __init__(self, classes: frozenset[str] = frozenset(), masks: frozenset[str] = frozenset()) -> None:
        self._phrases: dict[tuple[str, ...], set[str]] = {}
        #: Branches of a loaded tree not read yet (JSON text; see ``dump``).
        self._branches: list[str | bytes] = []
        self.classes = classes
        self.masks = masks
        #: class -> phrases read as a sequence of parts (``Lexicon._sequences``; lex37, session 21).
        self.sequences: dict[str, list[list[Any]]] = {}
        #: ``sequences`` indexed for ``find`` (``_sequence_plan``), made on first use.
        self._seq_plan: "tuple[frozenset[str], dict[str, list[tuple[str, list[Any], frozenset[str], frozenset[str]]]], dict[frozenset[str], frozenset[str]]] | None" = None

    def add(self, words: tuple[str, ...], label: str) -> None:
        if words:
            self._phrases.setdefault(words, set()).add(label)

    def compile(self) -> None:
        """Build the tree: each node is ``[labels, children]`` (labels a number in ``sets``, or -1), a leaf its number alone."""
        sets: dict[frozenset[str], int] = {}
        root: dict[str, list[Any]] = {}
        for words in sorted(self._phrases):
            kids = root
            node: list[Any] = []
            for w in words:
                node = kids.get(w) or kids.setdefault(w, [-1, None])
                if node[1] is None:
                    node[1] = {}
                kids = node[1]
            node[0] = sets.setdefault(frozenset(self._phrases[words]), len(sets))
        _prune(root)
        self._sets_list = [sorted(x) for x in sets]
        self._setup(root, [frozenset(x) for x in sets])

    def _setup(self, root: dict[str, Any], sets: list[frozenset[str]]) -> None:
        self._root = root
        self._sets = sets
        # Each label set split in two: its classes and its cues.
        self._split = [(ls & self.classes, ls - self.classes) for ls in sets]

    def dump(self) -> dict[str, Any]:
        """The tree as JSON-ready data (label sets are listed once and named by number).

        Below the first word, each branch is kept apart, as JSON text of its
        own (``branches``; the node names it by number): every first word's
        branch, and deeper down every branch longer than ``_BRANCH_BYTES``.
        Loading the cache then makes only the first words (a few hundred
        objects, not tens of thousands), and ``find`` reads a branch the first
        time a text walks into it. A one-file run opens a small part of the
        tree.
        """
        tree: dict[str, Any] = {}
        branches: list[str] = []
        keys: dict[str, str] = {}
        for w, node in self._root.items():
            if node.__class__ is int:
                tree[w] = node
            else:
                text = self._apart(self._kids(node), branches, keys)
                tree[w] = [node[0], len(branches)]
                branches.append(text)
        return {"sets": self._sets_list, "classes": sorted(self.classes), "masks": sorted(self.masks), "tree": tree, "branches": branches,
                "sequences": self.sequences}

    def _kids(self, node: list[Any]) -> dict[str, Any]:
        kids = node[1]
        return self._open(node) if kids.__class__ is int else kids  # type: ignore[no-any-return]

    def _apart(self, kids: dict[str, Any], branches: list[str], keys: dict[str, str]) -> str:
        """``kids`` as JSON text, each long branch below them moved to ``branches`` (named by its number).

        The text is built from the texts below (what ``json.dumps`` with the separators "," and ":" writes), so
        each branch is written once, not once more for every level above it. ``keys``: each word as JSON text, written
        once."""
        parts: list[str] = []
        for w, node in kids.items():
            key = keys.get(w)
            if key is None:
                key = keys[w] = json.dumps(w, ensure_ascii=False)
            if node.__class__ is int:
                parts.append(f"{key}:{node}")
                continue
            inner = self._apart(self._kids(node), branches, keys)
            if len(inner) > _BRANCH_BYTES:
                parts.append(f"{key}:[{node[0]},{len(branches)}]")
                branches.append(inner)
            else:
                parts.append(f"{key}:[{node[0]},{inner}]")
        return "{" + ",".join(parts) + "}"

    @classmethod
    def load(cls, dumped: dict[str, Any]) -> "Matcher":
        """A Matcher from what ``dump`` made (instead of ``add`` and ``compile``)."""
        m = cls(frozenset(dumped["classes"]), frozenset(dumped["masks"]))
        m._sets_list = dumped["sets"]
        m._branches = dumped["branches"]
        firsts = [node[1] for node in dumped["tree"].values() if node.__class__ is not int]
        if any(ref.__class__ is not int or not 0 <= ref < len(m._branches) for ref in firsts):
            raise LexiconError("a compiled lexicon whose branches do not match its tree")
        m._setup(dumped["tree"], [frozenset(x) for x in dumped["sets"]])
        m.sequences = dumped.get("sequences") or {}
        return m

    def _open(self, node: list[Any]) -> dict[str, Any]:
        """The words after a node: its branch, read from JSON the first time a text needs it."""
        try:
            text = self._branches[node[1]]
            if text.__class__ is bytes:  # as read from the cache file: decoded when first needed
                text = text.decode("utf-8")
            kids: dict[str, Any] = _scan_json(text, 0)[0]
        except (StopIteration, IndexError, UnicodeDecodeError):  # checked by the cache's hash, so never seen: a clear error, not a wrong reading
            raise LexiconError("a branch of the compiled lexicon is missing or not JSON") from None
        node[1] = kids
        return kids

    def find(self, stems: list[str]) -> tuple[list[tuple[frozenset[str], int, int]], list[tuple[frozenset[str], int, int]]]:
        """``(classes, cues)``: ``(labels, i, j)`` for each phrase found in ``stems`` (``j`` is past its last word).

        At each place each label takes its longest phrase; a label may start
        again inside its own phrase (a second label there is harmless).
        """
        content: list[tuple[frozenset[str], int, int]] = []
        cues: list[tuple[frozenset[str], int, int]] = []
        stop = len(stems)
        root = self._root
        split = self._split
        classes = self.classes
        get = root.get
        for i, st in enumerate(stems):
            node = get(st)
            if node is None:
                continue
            if node.__class__ is int:  # a leaf: one phrase of one word
                c, q = split[node]
                if c:
                    content.append((c, i, i + 1))
                if q:
                    cues.append((q, i, i + 1))
                continue
            ref, kids = node
            if kids.__class__ is int:
                kids = self._open(node)
            hits = [(ref, i + 1)] if ref >= 0 else []
            k = i + 1
            while kids and k < stop:
                node = kids.get(stems[k])
                if node is None:
                    break
                k += 1
                if node.__class__ is int:
                    hits.append((node, k))
                    break
                ref, kids = node
                if kids.__class__ is int:
                    kids = self._open(node)
                if ref >= 0:
                    hits.append((ref, k))
            if not hits:
                continue
            if len(hits) == 1:
                ref, j = hits[0]
                c, q = split[ref]
                if c:
                    content.append((c, i, j))
                if q:
                    cues.append((q, i, j))
                continue
            sets = self._sets
            seen: frozenset[str] = frozenset()
            for ref, j in reversed(hits):
                labels = sets[ref]
                new = labels - seen if seen else labels
                if new:
                    c = new & classes
                    q = new - classes
                    if c:
                        content.append((c, i, j))
                    if q:
                        cues.append((q, i, j))
                    seen = seen | labels
        if self.sequences and content:
            content = self._in_sequence(stems, content)
        if self.masks and len(content) > 1:
            masking = [(i, j, labels) for labels, i, j in content if j - i > 1 and labels & self.masks]
            if masking:
                # Inside a masking phrase a shorter phrase that shares none of its labels is hidden; one
                # that shares some keeps those (and its masking classes) only: "young person" (a child,
                # a client) hides "person" as someone else, not as a client.
                masks = self.masks
                kept = []
                for labels, i, j in content:
                    for a, b, mlabels in masking:
                        if a <= i and j <= b and (b - a) > (j - i):
                            shared = labels & mlabels
                            labels = shared | (labels & masks) if shared else shared
                            if not labels:
                                break
                    if labels:
                        kept.append((labels, i, j))
                content = kept
        return content, cues


    def _in_sequence(self, stems: list[str], content: list[tuple[frozenset[str], int, int]]) -> list[tuple[frozenset[str], int, int]]:
        """``content`` with the hits of ``sequences``: a class's sequence holds from ``i`` to ``j`` where each slot's
        class has its phrase (the longest it has there, as ``find`` keeps it) right where the part before ends, and
        each part of words follows right after. The class keeps its longest phrase at each place, as a phrase of its
        own list would (before the masks, as a phrase of its own list is): the same places as crossing the slots'
        lists into phrases, without the phrases (lex37, session 21)."""
        plan = self._seq_plan
        if plan is None:
            plan = self._seq_plan = _sequence_plan(self.sequences)
        wanted, seqs, cut = plan
        ends: dict[str, dict[int, int]] = {}
        for labels, i, j in content:
            mine = cut.get(labels)
            if mine is None:
                mine = cut[labels] = labels & wanted
            for label in mine:
                ends.setdefault(label, {})[i] = j
        if not ends:
            return content
        got: dict[str, dict[int, int]] = {}
        stop = len(stems)
        words_in: "set[str] | None" = None
        for name, parts, needs, heads in [seq for key in ends for seq in seqs.get(key, ())]:
            if not needs.issubset(ends):
                continue
            kind, first = parts[0]
            if kind == "c":
                starts = list(ends[first])
            elif heads:  # words first: where one of their first words is
                if words_in is None:
                    words_in = set(stems)
                if words_in.isdisjoint(heads):
                    continue
                starts = [i for i, st in enumerate(stems) if st in heads]
            else:  # a slot that may hold nothing: any place
                starts = list(range(stop))
            for i in starts:
                at = {i}
                for kind, part in parts:
                    nxt: set[int] = set()
                    for k in at:
                        if kind == "w":
                            nxt.update(k + len(w) for w in part if stems[k : k + len(w)] == w)
                            continue
                        e = ends.get(part, {}).get(k)
                        if e is not None:
                            nxt.add(e)
                        if kind == "o":
                            nxt.add(k)
                    at = nxt
                    if not at:
                        break
                else:
                    k = max(at)
                    mine = got.setdefault(name, {})
                    if k > i and k > mine.get(i, -1):
                        mine[i] = k
        if not got:
            return content
        out: list[tuple[frozenset[str], int, int]] = []
        for labels, i, j in content:
            longer = [name for name in labels if got.get(name, {}).get(i, -1) > j]
            if longer:
                labels = labels.difference(longer)
                if not labels:
                    continue
            out.append((labels, i, j))
        for name, places in got.items():
            own = ends.get(name, {})
            out.extend((frozenset((name,)), i, j) for i, j in places.items() if j > own.get(i, -1))
        out.sort(key=lambda hit: hit[1])
        return out


def _sequence_plan(sequences: dict[str, list[list[Any]]]) -> tuple[frozenset[str], dict[str, list[tuple[str, list[Any], frozenset[str], frozenset[str]]]], dict[frozenset[str], frozenset[str]]]:
    """``sequences`` ready for ``Matcher._in_sequence``: the classes whose places it needs (their slots' and their own),
    for each phrase (listed under one class that must hold in it) its class, its parts, the classes that must hold in
    it and the first words of a part of words that starts it (a sentence without them is not walked), and an empty cache of each label set's classes among the
    needed ones (a few hundred label sets recur)."""
    wanted: set[str] = set(sequences)
    seqs: dict[str, list[tuple[str, list[Any], frozenset[str], frozenset[str]]]] = {}
    for name, phrases in sequences.items():
        for parts in phrases:
            kind, first = parts[0]
            needs = frozenset(part for k, part in parts if k == "c")
            wanted.update(part for k, part in parts if k != "w")
            heads = frozenset(w[0] for w in first) if kind == "w" else frozenset()
            # under the last class that must hold (the most particular, as a rule: "passive_done", "guard_who")
            key = [part for k, part in parts if k == "c"][-1]
            seqs.setdefault(key, []).append((name, parts, needs, heads))
    return frozenset(wanted), seqs, {}


def _prune(kids: dict[str, Any]) -> None:
    """A leaf becomes its label number alone (fewer objects to load, no lookup for nothing)."""
    for w, node in kids.items():
        if node[1]:
            _prune(node[1])
        else:
            kids[w] = node[0]


#: The shape of the compiled lexicon kept in the cache; a change of the code that reads it bumps it.
COMPILED_FORMAT = 13


@lru_cache(maxsize=1)
def source_digest() -> str:
    """A hash of ``data/topics.yaml`` (read once a process: the lexicon's cache and the reading cache both name by it)."""
    from policy_lint.fileio import read_regular
    from policy_lint.resources import _digest, data_path

    return _digest(read_regular(data_path("topics.yaml"), 16 * 1024 * 1024))


class _Branches:
    """The branches of a snapshot's tree: one bytes object and where each branch ends, sliced when a
    text first walks into one (cutting thousands of branches apart on load would cost a millisecond)."""

    __slots__ = ("_blob", "_ends")

    def __init__(self, blob: bytes, ends: list[int]) -> None:
        self._blob = blob
        self._ends = ends

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, i: int) -> bytes:
        ends = self._ends
        return self._blob[ends[i - 1] if i else 0 : ends[i]]


def _snapshot(lex: Lexicon) -> bytes:
    """``lex`` (a lexicon made from a ``compiled()`` form: its tree's branches still apart) as marshal data.

    Every attribute is kept as it is in memory, the indexes too, so loading
    it (``_from_snapshot``) builds nothing: a third of the cost of reading
    the compiled JSON and indexing it again. The branches of the tree stay
    JSON text, one line each, read when a text first walks into them.
    """
    import marshal

    m = lex.matcher
    state = {k: v for k, v in vars(lex).items() if k not in ("_stems", "matcher")}
    kept = {k: v for k, v in vars(m).items() if k not in ("_branches", "_phrases", "_seq_plan")}
    parts = [b if b.__class__ is bytes else b.encode("utf-8") for b in m._branches]  # type: ignore[union-attr]
    ends, at = [], 0
    for part in parts:
        at += len(part)
        ends.append(at)
    return marshal.dumps((COMPILED_FORMAT, state, kept, b"".join(parts), ends))


def _from_snapshot(data: bytes) -> Lexicon:
    """The lexicon ``_snapshot`` wrote (its check sum was checked by the caller)."""
    import marshal

    form, state, kept, blob, ends = marshal.loads(data)
    if form != COMPILED_FORMAT or not isinstance(state, dict) or not isinstance(kept, dict) or not isinstance(blob, bytes) or not isinstance(ends, list):
        raise ValueError("a compiled lexicon of another format")
    lex = Lexicon.__new__(Lexicon)
    lex.__dict__.update(state)
    lex._stems = {}
    m = Matcher.__new__(Matcher)
    m.__dict__.update(kept)
    m._phrases = {}
    m._seq_plan = None
    m._branches = _Branches(blob, ends)  # type: ignore[assignment]
    lex.matcher = m
    return lex


@lru_cache(maxsize=1)
def _code_stamp() -> str:
    """A check sum of this module's own source: a snapshot holds its objects as this code makes them, so
    a change of the code (in a checkout, before the version changes) makes a new one."""
    from zlib import crc32

    try:
        with open(__file__, "rb") as fh:
            return f"{crc32(fh.read()):08x}"
    except OSError:  # pragma: no cover - run from a zip: the version names the code
        return "0"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicon (``data/topics.yaml``), compiled on first use.

    Compiling stems every phrase of the file, which would cost a one-file
    run tens of milliseconds. So the compiled lexicon is kept in the cache
    next to the parsed packs (``$XDG_CACHE_HOME/policy-lint``) as a
    snapshot of its objects (``_snapshot``: Python's marshal format, the one
    of its own ``.pyc`` files), under a name made from policy-lint's
    version, the compiled format, the Python that wrote it, a check sum of
    this module and a hash of the data file, like
    ``resources.load_shipped_yaml`` does: a run with a warm cache never
    parses the YAML file. Each entry starts with a CRC-32 of the rest: it
    finds a file cut short or damaged on disk, not a forgery. What keeps
    others' files out is the folder (``resources._own_folder``): the user's
    own, which no one else may write in, or no cache is used. One that does
    not match, or cannot be read, is compiled again.
    ``POLICY_LINT_NO_CACHE=1`` turns the cache off.
    """
    from policy_lint.resources import _cache_dir, _own_folder, load_data

    folder = _cache_dir()
    cached = None
    if folder is not None and _own_folder(folder):
        import marshal
        import sys
        from zlib import crc32

        from policy_lint.fileio import read_regular
        from policy_lint._version import __version__

        try:
            python = f"{sys.implementation.cache_tag}-{marshal.version}"
            cached = folder / f"topics-compiled-{__version__}-{COMPILED_FORMAT}-{python}-{_code_stamp()}-{source_digest()}.bin"
            raw = read_regular(cached, 64 * 1024 * 1024, follow_links=False)
            check, _, payload = raw.partition(b"\n")
            if check == b"%08x" % crc32(payload):
                return _from_snapshot(payload)
        except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError, AttributeError):
            pass  # unreadable, or not what this code writes: compiled again and written anew
    lex = Lexicon(load_data("topics.yaml"))
    if cached is not None:
        from policy_lint.fileio import atomic_write

        try:
            # Through the compiled form, so the snapshot holds the tree with its branches apart.
            payload = _snapshot(Lexicon(None, json.loads(json.dumps(lex.compiled(), ensure_ascii=False))))
            atomic_write(cached, b"%08x\n" % crc32(payload) + payload, follow_links=False)
        except (OSError, ValueError, TypeError):
            pass  # a read-only home: compiling each run is enough
        else:
            from policy_lint.resources import prune_cache

            prune_cache(cached.parent, r"topics-compiled-.+\.(?:bin|json)")  # older word lists, versions, formats (JSON before)
    return lex


def stem(word: str) -> str:
    """The stem of ``word`` under the shipped lexicon."""
    return lexicon().stem(word)


def tokens(text: str) -> list[tuple[str, int, int]]:
    """``(stem, start, end)`` of each word of ``text``."""
    st = lexicon().stem
    return [(st(m.group()), m.start(), m.end()) for m in WORD.finditer(text)]
