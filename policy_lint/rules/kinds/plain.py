"""Kinds for the plain-language rules (PLN). The text work is in ``policy_lint.plain``.

Every kind reads the pack's prose fields through ``ctx.prose()`` and points
at words or sentences with ``span`` offsets inside the string; the engine
turns those into lines and columns. Messages come from the rule's
``message`` template in the pack, with ``{placeholders}`` filled in here.
What the rules read from a field (counts, scores, sentences, hits) comes
from ``policy_lint.plain.analysis``, worked out once per text; the list of
fields and the policy's total counts are kept on the document
(``doc.cache``), so running all PLN rules on a file splits each field once.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterator, Mapping, Sequence

from policy_lint.rules.base import CheckContext, Violation

__all__ = [
    "readability",
    "policy_readability",
    "sentence_length",
    "legal_wording",
    "unexplained_terms",
    "passive_voice",
    "undefined_acronyms",
    "reader_address",
    "all_caps",
    "slashes",
]

_DEFAULT_TARGET = 8.0


def _fields(ctx: CheckContext) -> list[tuple[str, str]]:
    """The pack's prose fields with text, found once per document for all PLN rules."""
    return [(p, t) for p, t, _ in _infos(ctx)]


def _infos(ctx: CheckContext) -> list[tuple[str, str, Any]]:
    """``(pointer, text, TextInfo)`` for each prose field with text, once per document."""
    key = "plain.prose:" + "\n".join(ctx.pack.prose_fields)
    cached = ctx.doc.cache.get(key)
    if cached is None:
        from policy_lint.plain.analysis import analyse

        if getattr(ctx.doc, "all_prose", False):  # a web page or a Word file: every block
            cached = [(p, t, analyse(t)) for p, t in _strings(ctx) if t.strip()]
        else:
            match = _prose_matcher(tuple(ctx.pack.prose_fields))
            cached = [(p, t, analyse(t)) for p, t in _strings(ctx) if match(p) and t.strip()]
        ctx.doc.cache[key] = cached
    return cached  # type: ignore[no-any-return]


def _strings(ctx: CheckContext) -> list[tuple[str, str]]:
    """``ctx.strings()`` as a list, walked once per document (``core.doc_strings`` shares it).

    Written here too so that the PLN rules do not import the core kinds.
    """
    cached = ctx.doc.cache.get("core.strings")
    if cached is None:
        cached = ctx.doc.cache["core.strings"] = list(ctx.strings())
    return cached  # type: ignore[no-any-return]


_PROSE: dict[tuple[str, ...], dict[str, bool]] = {}


def _prose_matcher(patterns: tuple[str, ...]) -> Any:
    """``ctx.prose()`` as a test of one pointer, remembered by pointer.

    The same test as ``Document.matching_strings``; policies share most of
    their pointers, so each pointer is tested once (up to 4,096 of them).
    """
    known = _PROSE.get(patterns)
    if known is None:
        if len(_PROSE) >= 8:
            _PROSE.clear()
        known = _PROSE[patterns] = {}
    compiled: list[Any] = []

    def match(pointer: str) -> bool:
        found = known.get(pointer)
        if found is None:
            if not compiled:
                from policy_lint.loading.document import pointer_pattern as _compile_pattern

                compiled.extend(_compile_pattern(p) for p in patterns)
            if len(known) >= 4096:
                known.clear()
            found = known[pointer] = any(rx.match(pointer) for rx in compiled)
        return found

    return match


def _target(ctx: CheckContext) -> float:
    value = ctx.param("target_grade", ctx.pack.settings.get("target_grade", _DEFAULT_TARGET))
    try:
        return float(value)
    except (TypeError, ValueError):
        return _DEFAULT_TARGET


def _int(ctx: CheckContext, name: str, default: int) -> int:
    value = ctx.param(name, default)
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _error_above(ctx: CheckContext) -> float | None:
    """The rule's ``error_above`` param: past it, a finding is an error (None: never)."""
    value = ctx.param("error_above")
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _quote_list(items: Sequence[str]) -> str:
    quoted = [f'"{i}"' for i in items]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _grade(value: float) -> str:
    return f"{value:.1f}"


# -- reading grade -------------------------------------------------------------


def _whole(ctx: CheckContext, infos: list[tuple[str, str, Any]]) -> tuple[Any, Any]:
    """The policy's total counts and their scores (None without words), once per document."""
    key = "plain.whole:" + "\n".join(ctx.pack.prose_fields)
    cached = ctx.doc.cache.get(key)
    if cached is None:
        from policy_lint.plain.readability import Counts, scores

        # column sums: the same as adding the fields' Counts one by one
        total = Counts(*map(sum, zip(*[info.counts for _, _, info in infos]))) if infos else Counts()
        cached = ctx.doc.cache[key] = (total, scores(total))
    return cached  # type: ignore[no-any-return]


def _record_metrics(ctx: CheckContext, infos: list[tuple[str, str, Any]]) -> Any:
    total, result = _whole(ctx, infos)
    if result is not None and "readability" not in ctx.metrics:
        ctx.metrics["readability"] = {
            **result.as_dict(),
            "policy_words": total.policy_words,
            "target_grade": _target(ctx),
            "gate": "fk_grade",
        }
    return result


def readability(ctx: CheckContext) -> Iterator[Violation]:
    """A prose field reads above the target grade (fields under ``min_words`` are skipped).

    Above the ``error_above`` grade the finding is an error: a reading
    grade moves by a grade or so between formulas and with one sentence more
    or less, so a text just over the target is a warning.
    """
    target = _target(ctx)
    min_words = _int(ctx, "min_words", 30)
    error_above = _error_above(ctx)
    infos = _infos(ctx)
    _record_metrics(ctx, infos)
    for pointer, text, info in infos:
        if info.counts.words < min_words:
            continue
        s = info.scores
        if s is None or round(s.fk_grade, 1) <= target:
            continue
        hard = info.hard_words()
        extra = f" Long words here: {', '.join(hard)}." if hard else ""
        severe = error_above is not None and round(s.fk_grade, 1) > error_above
        start = len(text) - len(text.lstrip())
        end = len(text.rstrip())
        yield Violation(
            pointer,
            ctx.message("This text reads at grade {grade}. Aim for grade {target} or lower.", grade=_grade(s.fk_grade), target=f"{target:g}")
            + extra,
            span=(start, end),
            data={**s.as_dict(), "target_grade": target, "error_above": error_above},
            severe=severe,
            severe_note=f"Above grade {error_above:g}, this is an error." if severe else "",
        )


def _label(ctx: CheckContext, pointer: str) -> str:
    """A field as a reader knows it: the limit's title when there is one, and its pointer."""
    describe = getattr(ctx.doc, "describe", None)
    if describe is not None:  # a web page or a document: the line, or the page and paragraph
        return str(describe(pointer))
    parts = pointer.split("/")
    if len(parts) >= 4 and parts[1] == "limits" and parts[3] != "title":
        title = ctx.doc.get(f"/limits/{parts[2]}/title")
        if isinstance(title, str) and title.strip():
            return f'"{" ".join(title.split())}" {pointer}'
    return pointer


def policy_readability(ctx: CheckContext) -> Iterator[Violation]:
    """The policy as a whole reads above the target grade (an error above ``error_above``)."""
    target = _target(ctx)
    error_above = _error_above(ctx)
    infos = _infos(ctx)
    whole = _record_metrics(ctx, infos)
    if whole is None or round(whole.fk_grade, 1) <= target:
        return
    graded = []
    for pointer, _, info in infos:
        s = info.scores
        if s is not None and s.words >= 10:
            graded.append((s.fk_grade, pointer))
    graded.sort(reverse=True)
    worst = ", ".join(f"{_label(ctx, p)} (grade {_grade(g)})" for g, p in graded[:3] if round(g, 1) > target)
    extra = f" Start with {worst}." if worst else ""
    severe = error_above is not None and round(whole.fk_grade, 1) > error_above
    yield Violation(
        "",
        ctx.message("The policy reads at grade {grade}. Aim for grade {target} or lower.", grade=_grade(whole.fk_grade), target=f"{target:g}")
        + extra,
        data={**whole.as_dict(), "target_grade": target, "error_above": error_above},
        severe=severe,
        severe_note=f"Above grade {error_above:g}, this is an error." if severe else "",
    )


# -- sentence length -------------------------------------------------------------


def sentence_length(ctx: CheckContext) -> Iterator[Violation]:
    """A sentence has more than ``max_words`` words.

    ``stop_at_rule`` names the rule for even longer sentences (by ID or
    name); sentences above its ``max_words`` (with the config's options, as
    that rule runs) are left to it, so a sentence gets one finding, not
    two. When that rule does not run (``--ignore``, ``severity: off``),
    nothing is left to it. A sentence over ``error_above`` words is an
    error (``Violation.severe``).
    """
    limit = _int(ctx, "max_words", 20)
    error_above = _error_above(ctx)
    upper: int | None = None
    other = ctx.param("stop_at_rule")
    if isinstance(other, str):
        rule = ctx.pack.rule(other)
        top = ctx.params_of(rule).get("max_words") if rule is not None and ctx.runs(rule.id) else None
        if isinstance(top, int) and not isinstance(top, bool):
            upper = int(top)
    for pointer, _, info in _infos(ctx):
        for start, end, n in info.spans:
            if n <= limit or (upper is not None and n > upper):
                continue
            severe = error_above is not None and n > error_above
            message = ctx.message("This sentence has {words} words. Keep it to {limit} or fewer.", words=n, limit=limit)
            yield Violation(
                pointer,
                message,
                span=(start, end),
                data={"words": n, "limit": limit},
                severe=severe,
                severe_note=f"Over {error_above:g} words, this is an error." if severe else "",
            )


# -- words -------------------------------------------------------------------


@lru_cache(maxsize=8)
def _lexicon(extra: tuple[Any, ...], ignore: frozenset[str]) -> Any:
    from policy_lint.plain.legalese import Lexicon, default_lexicon, default_terms, term_forms

    if not extra and not ignore:
        return default_lexicon()
    # A listed word stops its term in every form: "required" as the finding quoted it stops "require".
    terms = [t for t in default_terms() + extra if t.term.lower() not in ignore and not term_forms(t.term) & ignore]
    return Lexicon(terms)


def _ctx_lexicon(ctx: CheckContext) -> Any:
    from policy_lint.plain.legalese import terms_from_data

    extra = terms_from_data(e for e in ctx.pack.legalese if isinstance(e, Mapping))
    ignore = ctx.param("ignore", [])
    ignored = frozenset(" ".join(str(i).lower().split()) for i in ignore) if isinstance(ignore, list) else frozenset()
    return _lexicon(extra, ignored)


def legal_wording(ctx: CheckContext) -> Iterator[Violation]:
    """A legal or wordy term that has a plain replacement.

    A term marked ``law_may_say`` ("require") is plain when the law is the
    one who does it ("Texas law requires us to warn"): no finding then.
    """
    from policy_lint.plain.legalese import law_terms, said_by_law

    lexicon = _ctx_lexicon(ctx)
    extra = law_terms(e for e in ctx.pack.legalese if isinstance(e, Mapping))
    for pointer, text in _fields(ctx):
        for hit in lexicon.find(text):
            if not hit.term.plain:
                continue
            if said_by_law(text, hit, extra):
                continue
            if hit.term.plain == ("(leave it out)",):
                message = ctx.message('Leave out "{term}".', term=hit.text, plain="", first="")
            else:
                message = ctx.message(
                    'Use plain words for "{term}": {plain}.',
                    term=hit.text,
                    plain=_quote_list(hit.term.plain),
                    first=hit.term.plain[0],
                )
            yield Violation(
                pointer,
                message,
                span=(hit.start, hit.end),
                data={"term": hit.term.term, "plain": list(hit.term.plain), "source": hit.term.source},
            )


def unexplained_terms(ctx: CheckContext) -> Iterator[Violation]:
    """A needed legal term that the policy never explains in plain words."""
    from policy_lint.plain.legalese import unexplained

    fields = _fields(ctx)
    for idx, hit in unexplained([t for _, t in fields], _ctx_lexicon(ctx)):
        yield Violation(
            fields[idx][0],
            ctx.message(
                '"{term}" is a legal term. Say what it means the first time you use it, for example: "{term} ({meaning})".',
                term=hit.text,
                meaning=hit.term.define or "",
            ),
            span=(hit.start, hit.end),
            # The fix for this term, not the rule's one example (a subpoena) for every term.
            hint=f'Add what "{hit.text}" means right after it, in brackets or after a comma, the first time you use it. Or leave the term out and say it in plain words.',
            data={"term": hit.term.term, "define": hit.term.define, "source": hit.term.source},
        )


# -- grammar and style ---------------------------------------------------------


def passive_voice(ctx: CheckContext) -> Iterator[Violation]:
    """A passive verb that hides who acts."""
    for pointer, _, info in _infos(ctx):
        for hit in info.passive():
            yield Violation(
                pointer,
                ctx.message('"{phrase}" hides who does it. Name who acts, such as "we" or "you".', phrase=hit.text),
                span=(hit.start, hit.end),
            )


def undefined_acronyms(ctx: CheckContext) -> Iterator[Violation]:
    """The first use of an acronym is not spelled out."""
    from policy_lint.jurisdictions.where import jurisdiction_of
    from policy_lint.plain.detect import undefined_acronyms as find

    fields = _fields(ctx)
    if not fields:
        return
    where = jurisdiction_of(ctx.doc)  # GP needs no spelling out in the UK
    clinic = ctx.doc.data.get("clinic") if isinstance(ctx.doc.data, dict) else None
    name = clinic.get("name") if isinstance(clinic, dict) else None
    names = [name] if isinstance(name, str) else []  # a page's title or site name: OFCC for Oakland Family Counseling Center
    for idx, hit in find([t for _, t in fields], where.code if where is not None else None, names):
        if hit.suggestion:
            example = f'"{hit.suggestion} ({hit.text})"'
        else:
            example = f'the full words, then "({hit.text})"'
        yield Violation(
            fields[idx][0],
            ctx.message('Spell out "{acronym}" the first time you use it: {example}.', acronym=hit.text, example=example),
            span=(hit.start, hit.end),
            data={"acronym": hit.text, "spelled_out": hit.suggestion or None},
        )


def reader_address(ctx: CheckContext) -> Iterator[Violation]:
    """The policy talks about "the client" where it means "you"."""
    for pointer, _, info in _infos(ctx):
        for hit in info.reader_address():
            yield Violation(
                pointer,
                ctx.message('Talk to the reader: say "{plain}" instead of "{phrase}".', plain=hit.suggestion, phrase=hit.text),
                span=(hit.start, hit.end),
            )


def all_caps(ctx: CheckContext) -> Iterator[Violation]:
    """A block of words in capital letters."""
    for pointer, _, info in _infos(ctx):
        for hit in info.all_caps():
            yield Violation(
                pointer,
                ctx.message("Words in capitals are hard to read. Write them in normal case."),
                span=(hit.start, hit.end),
            )


def slashes(ctx: CheckContext) -> Iterator[Violation]:
    """Words joined by a slash, such as and/or or he/she."""
    for pointer, _, info in _infos(ctx):
        for hit in info.slashes():
            yield Violation(
                pointer,
                ctx.message('Say "{plain}" instead of "{phrase}".', plain=hit.suggestion, phrase=hit.text),
                span=(hit.start, hit.end),
            )
