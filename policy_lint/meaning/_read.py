"""Read one passage: the topics it states, with stance, force and the words that decided.

How a passage is read (the data is ``data/topics.yaml``):

1. Split into words (stems) and sentences. A sentence ends at ``. ! ? ;``
   followed by a space, at a blank line, or before a list item.
2. Find the phrases of each class in each sentence (longest phrase first).
3. A topic is stated when one of its ways holds: all its conditions in one
   sentence, or in a sentence and the next ("This rule covers adults who
   depend on others. If someone is abusing that person, we must report it.").
   A condition ``a>b`` needs a phrase of ``b`` after one of ``a``, a few
   words on, in the same sentence ("hurt yourself", "danger to others").
4. A sentence is negated when a cue ("never", "nobody", "not even", "we do
   not") reaches an action ("report", "share", "tell", "go over") before a
   word that turns it back ("keep", "private", "permission": "we cannot
   keep this private" states a limit), and the sentence holds no exception
   ("unless", "except", "but", "without"). A topic whose words lie in a
   negated stretch is said the *opposite* way.
5. A sentence that states no limit but holds generic wording
   ("as the law requires", "a serious threat to health or safety", "abuse"
   with no one named) makes those topics *vague*.
6. Force: "must" where the sentence holds a duty word (must, required,
   mandated, the law says we), else "may" where it holds a choice word
   (may, can, might), else None.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from policy_lint.values import Frozen, _set
from policy_lint.meaning._lexicon import ARTICLES, WORD, lexicon

__all__ = ["Statement", "read_passage", "MAX_PASSAGES", "STANCES"]

#: How many passages ``read_passage`` remembers.
MAX_PASSAGES = 1024

STANCES = ("states", "opposite", "vague")

# Between two words: the end of a sentence, a blank line, or a new list item.
_END = re.compile(r"[.!?;][\"')\]\u201d\u2019]*\s|\n[ \t]*\n|\n[ \t]*(?:[-*\u2022\u00b7+]|\d{1,2}[.)])\s")
# Between two words: a comma, colon, bracket or dash (the edge of a clause for "not").
_CLAUSE = re.compile(r"[,:()\u2013\u2014]|\s-\s")
# A full stop after these words ends no sentence ("e.g. a judge", "Cal. Evid. Code").
# A sentence that starts with one of these starts with a condition ("If ..., we ...").
_SUBORDINATE = frozenset({"if", "when", "whenever", "even", "should", "where", "although", "though", "while", "unless"})
_ABBREV = frozenset({"e", "g", "i", "eg", "ie", "cal", "evid", "dr", "mr", "mrs", "ms", "st", "no", "vs", "etc", "u", "inc", "sec", "seq", "stat", "rev", "code", "n", "y", "c"})


class Statement(Frozen):
    """One topic a passage states.

    Attributes:
        topic: the topic (a category of categories.yaml, or a duty such as at_intake).
        stance: "states", "opposite" (it says the opposite) or "vague" (generic wording that names no limit).
        force: "must", "may" or None (no word of duty or choice).
        span: start and end character offsets, in the passage, of the words that decided.
        words: those words, as written.
    """

    __slots__ = ("topic", "stance", "force", "span", "words")
    topic: str
    stance: str
    force: str | None
    span: tuple[int, int]
    words: tuple[str, ...]

    def __init__(self, topic: str, stance: str, force: str | None, span: tuple[int, int], words: tuple[str, ...]) -> None:
        _set(self, "topic", topic)
        _set(self, "stance", stance)
        _set(self, "force", force)
        _set(self, "span", span)
        _set(self, "words", words)


def read_passage(text: str) -> tuple[Statement, ...]:
    """The topics ``text`` states, one ``Statement`` per topic, in the order of their words."""
    if not isinstance(text, str) or not text.strip():
        return ()
    return _read(text)


_PRIORITY = {"opposite": 0, "states": 1, "vague": 2}


@lru_cache(maxsize=MAX_PASSAGES)
def _read(text: str) -> tuple[Statement, ...]:
    lex = lexicon()
    stem = lex.stem
    words = [(stem(m.group()), m.start(), m.end()) for m in WORD.finditer(text) if m.group().lower() not in ARTICLES]
    if not words:
        return ()
    stems = [w[0] for w in words]
    n = len(words)
    clause_edge = [False] * (n + 1)
    sentences: list[tuple[int, int]] = []
    first = 0
    for i in range(1, n):
        gap = text[words[i - 1][2] : words[i][1]]
        if len(gap) == 1 and gap == " ":
            continue
        if _END.search(gap) and not (gap.startswith(".") and stems[i - 1] in _ABBREV and not gap.startswith(".\n")):
            sentences.append((first, i))
            first = i
        elif _CLAUSE.search(gap):
            clause_edge[i] = True
    sentences.append((first, n))

    content = lex.content.find
    cues = lex.cues.find
    per: list[dict[str, list[tuple[int, int]]]] = []
    negs: list[list[tuple[int, int, int, int, int, bool]]] = []
    forces: list[str | None] = []
    for a, b in sentences:
        found: dict[str, list[tuple[int, int]]] = {}
        for labels, i, j in content(stems, a, b):
            for label in labels:
                found.setdefault(label, []).append((i, j))
        per.append(found)
        cue_hits = cues(stems, a, b)
        kinds = set()
        for labels, _, _ in cue_hits:
            kinds |= labels
        forces.append("must" if "must" in kinds else "may" if "may" in kinds else None)
        regions: list[tuple[int, int, int, int, int, bool]] = []
        if "exception" not in kinds and ("strong" in kinds or "weak" in kinds):
            for labels, i, j in cue_hits:
                if "ignore" in labels or not ("strong" in labels or "weak" in labels):
                    continue
                strong = "strong" in labels
                k, limit, hit = j, min(b, j + (14 if strong else 10)), -1
                while k < limit:
                    if not strong and clause_edge[k]:
                        break
                    s = stems[k]
                    if s in lex.privacy:
                        break
                    if s in lex.actions:
                        hit = k
                        break
                    k += 1
                if hit < 0:
                    continue
                # "If we could not tell you first, ...": a condition. What it
                # holds is neither said nor said the opposite way.
                drop = not strong and stems[a] in _SUBORDINATE and not any(clause_edge[a + 1 : i + 1])
                if strong or (stems[a] in _SUBORDINATE and not drop):
                    lo, hi = a, b  # "If a child is hurt, we do not report it" turns the condition round too
                else:
                    lo = i
                    while lo > a and not clause_edge[lo]:
                        lo -= 1
                    hi = hit + 1
                    while hi < b and not clause_edge[hi]:
                        hi += 1
                regions.append((lo, hi, i, j, hit, drop))
        negs.append(regions)

    found_st: dict[str, tuple[int, Statement]] = {}
    core_stated: set[int] = set()
    core = lex.core
    order = 0
    for s in range(len(sentences)):
        for topic, (kind, states, opposite, unless) in lex.topics.items():
            for ways, only_negated in ((states, False), (opposite, True)):
                if only_negated and not negs[s]:
                    continue
                for way in ways:
                    used = _match(way, per, s, sentences, lex.near, lex.close, unless, _negated_words(negs, sentences, s), lex.targets)
                    if used is None:
                        continue
                    neg = _negation(used, negs, sentences, s)
                    if only_negated and neg is None:
                        continue
                    if neg is not None and neg[5]:
                        break
                    if neg is not None and topic not in core:
                        break  # "we do not share your child's grades": not a limit either way
                    stance = "opposite" if neg is not None else "states"
                    pieces = list(used)
                    if neg is not None:
                        pieces.extend([(neg[2], neg[3]), (neg[4], neg[4] + 1)])
                    st = _statement(text, words, topic, stance, _force(forces, used, sentences, s), pieces)
                    order += 1
                    _keep(found_st, st, order)
                    if kind == "limit":
                        core_stated.update(_sentences_of(used, sentences, s))
                    break
                else:
                    continue
                break
    for s in range(len(sentences)):
        if s in core_stated or s - 1 in core_stated:
            continue  # generic words next to a named limit speak of that limit
        for classes, topics in lex.vague:
            if not all(c in per[s] for c in classes):
                continue
            used = [per[s][c][0] for c in classes]
            neg = _negation(used, negs, sentences, s)
            if neg is not None and neg[5]:
                continue
            stance = "opposite" if neg is not None else "vague"
            pieces = list(used)
            if neg is not None:
                pieces.extend([(neg[2], neg[3]), (neg[4], neg[4] + 1)])
            for topic in topics:
                order += 1
                _keep(found_st, _statement(text, words, topic, stance, forces[s], pieces), order)
    return tuple(st for _, st in sorted(found_st.values(), key=lambda x: (x[1].span, x[0])))


def _keep(found: dict[str, tuple[int, Statement]], st: Statement, order: int) -> None:
    old = found.get(st.topic)
    if old is None or _PRIORITY[st.stance] < _PRIORITY[old[1].stance]:
        found[st.topic] = (order, st)


def _negated_words(negs: list[list[tuple[int, int, int, int, int, bool]]], sentences: list[tuple[int, int]], s: int) -> frozenset[int]:
    out: set[int] = set()
    for t in (s, s + 1):
        if t < len(sentences):
            for lo, hi, *_ in negs[t]:
                out.update(range(lo, hi))
    return frozenset(out)


def _sentences_of(used: list[tuple[int, int]], sentences: list[tuple[int, int]], s: int) -> set[int]:
    out = {s}
    if s + 1 < len(sentences) and any(i >= sentences[s + 1][0] for i, _ in used):
        out.add(s + 1)
    return out


def _match(
    way: tuple[str, ...],
    per: list[dict[str, list[tuple[int, int]]]],
    s: int,
    sentences: list[tuple[int, int]],
    near: int,
    close: int,
    unless: frozenset[str],
    avoid: frozenset[int] = frozenset(),
    targets: frozenset[str] = frozenset(),
) -> list[tuple[int, int]] | None:
    """The words that meet every condition of ``way`` in sentence ``s`` (or ``s`` and the next), else None.

    Words outside a negated stretch (``avoid``) are taken first: in "If we
    could not tell you first, we tell you afterwards" the second "tell you"
    decides.
    """
    here = per[s]
    if any(c in here for c in unless):
        return None
    used = _match_in(way, [here], near, close, avoid, targets)
    if used is not None or len(way) < 2 or s + 1 >= len(sentences):
        return used
    nxt = per[s + 1]
    if any(c in nxt for c in unless):
        return None
    used = _match_in(way, [here, nxt], near, close, avoid, targets)
    if used is None:
        return None
    if all(i >= sentences[s + 1][0] for i, _ in used) or all(i < sentences[s + 1][0] for i, _ in used):
        return None  # found in one sentence alone: that sentence reports it itself
    return used


def _blocked(found: dict[str, list[tuple[int, int]]], targets: frozenset[str], j: int, k: int, m: int) -> bool:
    """True when another target lies between ``j`` and ``k`` and ``(k, m)`` does not carry on its list."""
    for name in targets:
        for x, y in found.get(name, ()):
            if j <= x and y <= k and (x, y) != (k, m) and k - y > 1:
                return True
    return False


def _match_in(
    way: tuple[str, ...],
    sents: list[dict[str, list[tuple[int, int]]]],
    near: int,
    close: int,
    avoid: frozenset[int],
    targets: frozenset[str] = frozenset(),
) -> list[tuple[int, int]] | None:
    used: list[tuple[int, int]] = []
    for cond in way:
        got: list[tuple[int, int]] | None = None
        second: list[tuple[int, int]] | None = None
        if ">" in cond:
            gap = close if ">>" in cond else near
            left, right = cond.replace(">>", ">").split(">", 1)
            for found in sents:
                for i, j in found.get(left, ()):
                    for k, m in found.get(right, ()):
                        if j <= k <= j + gap and not (right in targets and _blocked(found, targets, j, k, m)):
                            if i in avoid or k in avoid:
                                second = second or [(i, j), (k, m)]
                            else:
                                got = [(i, j), (k, m)]
                                break
                    if got:
                        break
                if got:
                    break
        else:
            for found in sents:
                for hit in found.get(cond, ()):
                    if hit[0] in avoid:
                        second = second or [hit]
                    else:
                        got = [hit]
                        break
                if got:
                    break
        got = got or second
        if got is None:
            return None
        used.extend(got)
    return used


def _negation(
    used: list[tuple[int, int]], negs: list[list[tuple[int, int, int, int, int, bool]]], sentences: list[tuple[int, int]], s: int
) -> tuple[int, int, int, int, int, bool] | None:
    for t in (s, s + 1):
        if t >= len(sentences):
            break
        for region in negs[t]:
            lo, hi = region[0], region[1]
            if any(lo <= i < hi for i, _ in used):
                return region
    return None


def _force(forces: list[str | None], used: list[tuple[int, int]], sentences: list[tuple[int, int]], s: int) -> str | None:
    got = [forces[t] for t in _sentences_of(used, sentences, s)]
    return "must" if "must" in got else "may" if "may" in got else None


def _statement(text: str, words: list[tuple[str, int, int]], topic: str, stance: str, force: str | None, pieces: list[tuple[int, int]]) -> Statement:
    pieces = sorted(set(pieces))
    pieces = [(i, j) for i, j in pieces if not any(a <= i and j <= b and (a, b) != (i, j) for a, b in pieces)]
    shown: list[str] = []
    for i, j in pieces:
        piece = text[words[i][1] : words[j - 1][2]]
        if piece not in shown:
            shown.append(piece)
    start = words[pieces[0][0]][1]
    end = max(words[j - 1][2] for _, j in pieces)
    return Statement(topic, stance, force, (start, end), tuple(shown))
