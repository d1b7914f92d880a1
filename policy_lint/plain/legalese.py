"""Find legal and wordy terms, and check that needed terms are explained.

Each term in ``policy_lint/data/legalese.json`` has either ``plain`` (words
to use instead: "pursuant to" -> "under") or ``define`` (a plain meaning for
a term a policy may need: "subpoena"). Matching works on words, not on a
big regular expression: a dict maps each first word to the terms that start
with it, so loading is quick and matching is one lookup per word.

A single-word term also matches its -s, -es, -ed, -ing forms (disclose,
discloses, disclosed, disclosing; permit, permitted). Phrases match their
words in order with only white space between them, in any case; their
first and last words may take those endings too (mandated reporters).

A ``fixed`` term ("informed consent") has neither: it is a phrase clients
know as it is. It is matched like the others, so the words inside it are
not matched on their own ("informed" is not "tell" there), and no rule
reports it.

A ``define`` term counts as explained (see ``is_explained``) when, in the
same sentence:

* an explanation follows it: "subpoena, which is ...", "subpoena (a legal
  demand ...)", "subpoena - a ...", "subpoena: ...", "subpoena means ...",
  "subpoena is a ...", "subpoena refers to ...";
* or a gloss leads up to it: "... (called a subpoena)", "known as a
  subpoena", "the legal word for this is subpoena";

or when one sentence anywhere in the policy says the plain meaning from the
data file: it holds at least 75% of the meaning's content words (compared
on their first five letters). One explained use anywhere is enough.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from policy_lint.plain.analysis import MAX_TEXTS, TextInfo, analyse
from policy_lint.plain.stems import word_stems
from policy_lint.plain.text import by_pieces, count_words, has_skips, word_pattern, words
from policy_lint.values import Frozen, Row, _set

__all__ = ["Term", "TermHit", "Lexicon", "default_terms", "default_lexicon", "terms_from_data", "is_explained", "unexplained", "law_terms", "said_by_law", "term_forms"]

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "legalese.json"


class Term(Row):
    """One entry: a term with plain words to use, or a meaning to give."""

    __slots__ = ()
    _fields = ("term", "plain", "define", "source")

    def __new__(cls, term: str, plain: tuple[str, ...] = (), define: str | None = None, source: str = "") -> "Term":
        return tuple.__new__(cls, (term, plain, define, source))

    @property
    def term(self) -> str:
        return self[0]

    @property
    def plain(self) -> tuple[str, ...]:
        return self[1]

    @property
    def define(self) -> str | None:
        return self[2]

    @property
    def source(self) -> str:
        return self[3]

    @property
    def needs_definition(self) -> bool:
        """True for a term a policy may keep if it explains it."""
        return self.define is not None and not self.plain


class TermHit(Frozen):
    """A term found in a text: ``text[start:end]`` is what was written."""

    __slots__ = ("start", "end", "text", "term")
    start: int
    end: int
    text: str
    term: Term

    def __init__(self, start: int, end: int, text: str, term: Term) -> None:
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "text", text)
        _set(self, "term", term)


def terms_from_data(entries: Iterable[Mapping[str, Any]]) -> tuple[Term, ...]:
    """Build terms from data entries (the shipped file or a pack's ``legalese``)."""
    out: list[Term] = []
    for e in entries:
        if not isinstance(e, Mapping) or not isinstance(e.get("term"), str) or not e["term"].strip():
            continue
        plain = e.get("plain") or ()
        if isinstance(plain, str):
            plain = (plain,)
        define = e.get("define")
        out.append(
            Term(
                term=e["term"].strip(),
                plain=tuple(str(p) for p in plain if isinstance(p, str)),
                define=str(define) if isinstance(define, str) and define.strip() else None,
                source=str(e.get("source", "")),
            )
        )
    return tuple(out)


_default: tuple[Term, ...] | None = None
_default_lexicon: "Lexicon | None" = None
_law_may_say: frozenset[str] = frozenset()


def default_terms() -> tuple[Term, ...]:
    """The shipped terms (loaded once)."""
    global _default, _law_may_say
    if _default is None:
        with DATA_FILE.open(encoding="utf-8") as fh:
            entries = json.load(fh)["entries"]
        _law_may_say = law_terms(entries)
        _default = terms_from_data(entries)
    return _default


def law_terms(entries: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """The terms (lower case) of the entries marked ``law_may_say``: plain when the law does it."""
    return frozenset(e["term"].strip().lower() for e in entries if isinstance(e, Mapping) and e.get("law_may_say") is True and isinstance(e.get("term"), str))


def said_by_law(text: str, hit: TermHit, extra: frozenset[str] = frozenset()) -> bool:
    """True when ``hit`` is a ``law_may_say`` term and the law is the one who does it.

    "Texas law requires us to warn", "as required by Colorado regulation",
    "the law does not require it": not a finding. "We require a signed
    form" still is ("we need").
    """
    default_terms()
    key = hit.term.term.lower()
    if key not in _law_may_say and key not in extra:
        return False
    from policy_lint.plain.detect import law_acts

    return law_acts(text, hit.start, hit.end)


def default_lexicon() -> "Lexicon":
    """A lexicon of the shipped terms (built once)."""
    global _default_lexicon
    if _default_lexicon is None:
        _default_lexicon = Lexicon(default_terms())
    return _default_lexicon


def _forms(word: str) -> set[str]:
    """A word and its regular -s, -ed, -ing forms (over-generating is harmless)."""
    forms = {word}
    if not word.isalpha():
        return forms
    if word.endswith("e"):
        stem = word[:-1]
        forms |= {word + "s", word + "d", stem + "ing"}
    elif word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        stem = word[:-1]
        forms |= {stem + "ies", stem + "ied", word + "ing"}
    else:
        forms |= {word + "s", word + "es", word + "ed", word + "ing"}
        if len(word) > 2 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
            forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}  # permit -> permitted
    return forms


class Lexicon:
    """A set of terms, ready to match against text."""

    def __init__(self, terms: Iterable[Term]) -> None:
        # first word -> list of (rest of the words, term); longest phrase first
        self._index: dict[str, list[tuple[tuple[frozenset[str], ...], Term]]] = {}
        self.terms: tuple[Term, ...] = tuple(terms)
        self._found: dict[str, list[TermHit]] = {}  # text -> hits, as several rules ask
        self._pieces: dict[str, tuple[TermHit, ...]] = {}  # piece of a text -> hits in it
        for term in self.terms:
            firsts, rest = _inflected(term.term)
            for form in firsts:
                self._index.setdefault(form, []).append((rest, term))
        for entries in self._index.values():
            entries.sort(key=lambda e: -len(e[0]))

    def find(self, text: str) -> list[TermHit]:
        """Every match in ``text``, left to right, longest match first, no overlaps."""
        return list(self._hits(text))

    def _hits(self, text: str) -> list[TermHit]:
        """``find`` without the copy: callers must not change the list."""
        hits = self._found.get(text)
        if hits is None:
            if len(self._found) > MAX_TEXTS:
                self._found.clear()
            hits = self._found[text] = self._find(text)
        return hits

    def _find(self, text: str) -> list[TermHit]:
        if has_skips(text):  # words() drops web and email addresses: read the text whole
            return self._find_in(text)
        # Policies reuse sentences in new paragraphs, so each piece of text
        # that no word or term runs across has its hits remembered.
        return by_pieces(text, self._pieces, self._find_in, _shift, _MAX_PIECES)

    def _find_in(self, text: str) -> list[TermHit]:
        # The words of ``text`` (as ``words(text)``), lower case; their places
        # only once a term needs them.
        spans: list[tuple[int, int]] | None
        if has_skips(text):  # words() drops web and email addresses
            ws = words(text)
            toks = [w[0] for w in ws]
            spans = [(w[1], w[2]) for w in ws]
        else:
            toks = word_pattern(text).findall(text)
            spans = None
        norms = list(map(str.lower, toks))
        if not text.isascii():
            norms = [n if n.isascii() else _norm(n) for n in norms]
        found = list(map(self._index.get, norms))
        hits: list[TermHit] = []
        if not any(found):
            return hits
        n = len(norms)
        after = 0  # matches do not overlap
        for i in [i for i, candidates in enumerate(found) if candidates]:
            if i < after:
                continue
            for rest, term in found[i]:  # type: ignore[union-attr]
                last = i + len(rest)
                if last >= n:
                    continue
                if rest and not all(norms[i + k] in forms for k, forms in enumerate(rest, start=1)):
                    continue
                if spans is None:
                    spans = _spans(text, toks)
                if rest and any(text[spans[k - 1][1] : spans[k][0]].strip() for k in range(i + 1, last + 1)):
                    continue  # punctuation between the words
                start, end = spans[i][0], spans[last][1]
                hits.append(TermHit(start, end, text[start:end], term))
                after = last + 1
                break
        return hits


#: How many pieces of text a Lexicon remembers the hits of; when full, it starts again.
_MAX_PIECES = 2048


def _shift(hit: TermHit, n: int) -> TermHit:
    return TermHit(hit.start + n, hit.end + n, hit.text, hit.term)


def _spans(text: str, toks: Sequence[str]) -> list[tuple[int, int]]:
    """Where each word of ``word_pattern(text).findall(text)`` is.

    Each word is the first copy of itself after the word before: a copy
    that started earlier would have been found first, as a word starts
    with a letter or a digit wherever it is.
    """
    out = []
    pos = 0
    find = text.find
    for tok in toks:
        start = find(tok, pos)
        pos = start + len(tok)
        out.append((start, pos))
    return out


_NO_INFLECT = frozenset({"in", "with", "prior", "for", "at", "by", "until", "it", "is", "are"})


def _inflected(term: str) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """How the lexicon matches ``term``: the forms of its first word, and the forms of each word after it.

    A word matches in each of its forms. In a phrase, the first word may be
    a verb (disclose to), the last a plural (mandated reporters); the words
    between match as written. An empty term has no forms.
    """
    parts = [p for p in _norm(term).split() if p]
    if not parts:
        return frozenset(), ()
    if len(parts) == 1:
        return frozenset(_forms(parts[0])), ()
    rest = tuple(frozenset({p}) for p in parts[1:-1]) + (frozenset(_forms(parts[-1])),)
    return frozenset(_forms(parts[0]) if parts[0] not in _NO_INFLECT else {parts[0]}), rest


def term_forms(term: str) -> frozenset[str]:
    """Every form of ``term`` the lexicon matches: "require" -> "required", "requires", ...; "disclose to" -> "disclosed to".

    A word a user lists under a rule's ``ignore`` is the word the finding
    quoted ("required"), not always the term on the list ("require").
    """
    from itertools import product

    firsts, rest = _inflected(term)
    return frozenset(" ".join((first, *after)) for first in firsts for after in product(*rest))


def _norm(s: str) -> str:
    s = s.lower()
    if not s.isascii():
        s = s.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-")
    return s


# After a term (lower case, leading comma dropped): an explanation follows.
_EXPLAIN_AFTER = (
    "(", "\u2014", "\u2013", "--", "- ", ":",
    "which means ", "which is ", "which are ", "which refers ", "that means ", "that is ",
    "this means ", "this is ", "means ", "meaning ", "is a ", "is an ", "is the ", "is when ",
    "is what ", "is how ", "are a ", "are an ", "are the ", "are people ", "are times ",
    "refers to ", "stands for ",
)  # fmt: skip
# Before a term (lower case, brackets read as spaces): a gloss leads up to it.
_EXPLAIN_BEFORE = (
    " called", " called a", " called an", " called the",
    " known as", " known as a", " known as an", " known as the", " for this is", " for this is a",
    " for this is an", " for this is the", " for that is", " for that is a", " for it is",
    " for it is a",
)  # fmt: skip


def is_explained(text: str, hit: TermHit) -> bool:
    """True when the sentence around ``hit`` explains the term in place."""
    sent_start, sent_end = 0, len(text)
    info = analyse(text)
    i = bisect_right(info.starts(), hit.start) - 1
    if i >= 0 and hit.start < info.spans[i][1]:
        sent_start, sent_end = info.spans[i][0], info.spans[i][1]
    after = text[hit.end : sent_end].lstrip().lower()
    if after.startswith(","):
        after = after[1:].lstrip()
    if after.startswith(_EXPLAIN_AFTER) and count_words(after) >= 2:
        return True
    before = " " + text[sent_start : hit.start].rstrip().lower()
    if before.endswith(("(", "\u2014", "\u2013", " -")):
        return True
    if before.replace("(", " ").endswith(_EXPLAIN_BEFORE):
        return True
    return _duty_said(hit.term.define or "", after)


def _duty_said(gloss: str, after: str) -> bool:
    """True when a term whose meaning is a duty ("a person the law says must report abuse") has the duty said after it.

    "I am a mandated reporter and must report to the county", "a mandatory
    reporter under the Act and must report to the Department": the same
    sentence says what the term means for the reader. The verb after "must",
    "have to" or "required to" must be the gloss's own (compared on its first
    five letters).
    """
    words_ = gloss.lower().split()
    if "must" not in words_ or words_.index("must") + 1 >= len(words_):
        return False
    verb = words_[words_.index("must") + 1][:5]
    tail = after.split()
    for i, w in enumerate(tail):
        if w in ("must", "to") and (w == "must" or (i and tail[i - 1] in ("have", "has", "required", "obliged", "obligated"))):
            if any(t.strip(",.;:").startswith(verb) for t in tail[i + 1 : i + 4]):
                return True
    return False


def unexplained(texts: Sequence[str], lexicon: Lexicon | None = None) -> list[tuple[int, TermHit]]:
    """First use of each needed term that the policy never explains.

    Args:
        texts: the prose fields of one policy, in file order.
        lexicon: the terms to look for (the shipped ones by default).

    Returns:
        ``(index into texts, hit)`` for the first use of each unexplained term.
    """
    lex = lexicon or default_lexicon()
    first: dict[str, tuple[int, TermHit]] = {}
    explained: set[str] = set()
    for idx, text in enumerate(texts):
        for hit in lex._hits(text):
            if not hit.term.needs_definition:
                continue
            key = hit.term.term.lower()
            first.setdefault(key, (idx, hit))
            if key not in explained and is_explained(text, hit):
                explained.add(key)
    pending = {k: v for k, v in first.items() if k not in explained}
    if pending:
        infos = [analyse(t) for t in texts]
        for key, (_, hit) in list(pending.items()):
            if _gloss_is_said(hit.term.define or "", infos):
                del pending[key]
    return sorted(pending.values(), key=lambda v: (v[0], v[1].start))


_GLOSS_SHARE = 0.75


_gloss_stems: dict[str, frozenset[str]] = {}


def _stems(text: str) -> frozenset[str]:
    """The content-word stems of a gloss (remembered: glosses come from the lexicon)."""
    found = _gloss_stems.get(text)
    if found is None:
        if len(_gloss_stems) >= 1024:
            _gloss_stems.clear()
        found = _gloss_stems[text] = word_stems(words(text))
    return found


def _gloss_is_said(gloss: str, infos: Sequence[TextInfo]) -> bool:
    """True when one sentence holds most (75%) of the gloss's content words.

    Words compare on their first five letters, so "adults" meets "adult"
    and "depends" meets "depend". Each text remembers its answer for each
    gloss (``TextInfo.says``).
    """
    want = _stems(gloss)
    if len(want) < 2:
        return False
    need = _GLOSS_SHARE * len(want)
    return any(info.says(want, need) for info in infos)
