"""Kinds for the schema, required fields, the quality of limits, and placeholders.

The kinds that read what the words say (required limits and duties,
contradictions, vague text, off-topic limits) are in ``meaning.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator

from policy_lint.rules.base import CheckContext, Violation

__all__ = [
    "schema_missing",
    "schema_unknown",
    "schema_invalid",
    "required_text",
    "too_short",
    "duplicate_category",
    "placeholder",
]

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


# -- schema ----------------------------------------------------------------


def _schema(ctx: CheckContext, group: str) -> Iterator[Violation]:
    from policy_lint.schema import problems

    for p in problems(ctx.doc):
        if p.group == group:
            yield Violation(p.pointer, p.message, on_key=p.on_key, hint=p.hint)


def schema_missing(ctx: CheckContext) -> Iterator[Violation]:
    """A field the schema requires is not there."""
    return _schema(ctx, "missing")


def schema_unknown(ctx: CheckContext) -> Iterator[Violation]:
    """A key the schema does not know (often a typo)."""
    return _schema(ctx, "unknown")


def schema_invalid(ctx: CheckContext) -> Iterator[Violation]:
    """A value of the wrong type or form, or not in the allowed list."""
    return _schema(ctx, "invalid")


# -- required content ---------------------------------------------------------


def _limits(data: Any) -> list[tuple[int, dict[str, Any]]]:
    limits = data.get("limits") if isinstance(data, dict) else None
    if not isinstance(limits, list):
        return []
    return [(i, item) for i, item in enumerate(limits) if isinstance(item, dict)]


def _has_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def required_text(ctx: CheckContext) -> Iterator[Violation]:
    """At least one of the given fields must hold text (and, if given, one of the terms)."""
    pointers = [str(p) for p in ctx.param("pointers", [])]
    doc = ctx.doc
    filled = [(p, doc.get(p)) for p in pointers if _has_text(doc.get(p))]
    if not filled:
        first = pointers[0] if pointers else ""
        parent = first.rsplit("/", 1)[0]
        value = doc.get(first)
        if isinstance(value, str):  # there, but blank
            yield Violation(first, ctx.message("This field is empty."))
            return
        while parent and doc.get(parent) is None:
            parent = parent.rsplit("/", 1)[0]
        yield Violation(parent, ctx.message("A required field is missing."), on_key=bool(parent))
        return
    terms = [str(t).lower() for t in ctx.param("terms", [])]
    if terms:
        matcher = _terms_regex(tuple(terms))
        if not any(matcher.search(text) for _, text in filled):
            pointer = filled[0][0]
            yield Violation(
                pointer,
                str(ctx.param("terms_message") or "This text does not say what it should."),
            )


# -- quality of each limit ----------------------------------------------------


#: A whole sentence that talks to the client: "A judge can order us to share your records."
_SENTENCE = re.compile(r"^\W*[A-Z0-9].*[.!?][\"'”’)]*$", re.DOTALL)
_PERSON = re.compile(r"\b(?:we|us|our|i|me|my|you|your)\b", re.IGNORECASE)


def too_short(ctx: CheckContext) -> Iterator[Violation]:
    """An explanation too short to tell a client anything.

    Under ``min_words`` words it is too short, unless it is a whole sentence
    (a capital at the start, an end mark at the end) of at least
    ``min_sentence_words`` words that talks about "you" or "we": "A judge
    can order us to share your records." says who acts and what happens;
    "Court orders." is a label.
    """
    minimum = int(ctx.param("min_words", 12))
    sentence_words = ctx.param("min_sentence_words")
    for i, item in _limits(ctx.doc.data):
        text = item.get("explanation")
        if not isinstance(text, str) or not text.strip():
            continue
        count = _word_count(text)
        if count >= minimum:
            continue
        if isinstance(sentence_words, int) and count >= sentence_words and _SENTENCE.match(text.strip()) and _PERSON.search(text):
            continue
        yield Violation(
            f"/limits/{i}/explanation",
            ctx.message(
                "This explanation has only {count} words.",
                count=count,
                minimum=minimum,
                words=f"{count} word" if count == 1 else f"{count} words",
            ),
        )


#: Texts whose word count is remembered.
_MAX_TEXTS = 1024


@lru_cache(maxsize=_MAX_TEXTS)
def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


_TERM_CACHE: dict[tuple[str, ...], re.Pattern[str]] = {}


def _terms_regex(terms: tuple[str, ...]) -> re.Pattern[str]:
    rx = _TERM_CACHE.get(terms)
    if rx is None:
        parts = sorted((r"\s+".join(re.escape(w) for w in t.split()) for t in terms if t.strip()), key=len, reverse=True)
        body = "|".join(parts) or r"(?!x)x"
        rx = re.compile(rf"(?<![^\W_])(?:{body})(?:s|es|'s)?(?![^\W_])", re.IGNORECASE)
        _TERM_CACHE[terms] = rx
    return rx


def duplicate_category(ctx: CheckContext) -> Iterator[Violation]:
    """The same category twice in the limits, as ``category`` or in ``categories``: usually a copy-paste slip.

    A limit filed under ``categories: [harm_to_others, duty_to_warn]`` uses
    both; another limit with either of them repeats it. One limit that names a
    category twice (``category: x`` and ``categories: [x]``) is not a second limit.
    """
    first: dict[str, int] = {}
    for i, item in _limits(ctx.doc.data):
        mine: list[tuple[str, str]] = []
        category = item.get("category")
        if isinstance(category, str):
            mine.append((category, f"/limits/{i}/category"))
        many = item.get("categories")
        if isinstance(many, list):
            mine.extend((c, f"/limits/{i}/categories/{k}") for k, c in enumerate(many) if isinstance(c, str))
        done: set[str] = set()
        for name, pointer in mine:
            if name in done:
                continue
            done.add(name)
            if name in first:
                yield Violation(
                    pointer,
                    ctx.message("The category {category} appears again here (it is first used by limit {first}).", category=name, first=first[name] + 1),
                )
        for name in done:
            first.setdefault(name, i)


# -- text -------------------------------------------------------------------------


def doc_strings(ctx: CheckContext) -> list[tuple[str, str]]:
    """``ctx.strings()`` as a list, walked once per document for all rules (``plain._strings`` shares it)."""
    cached = ctx.doc.cache.get("core.strings")
    if cached is None:
        cached = ctx.doc.cache["core.strings"] = list(ctx.strings())
    return cached  # type: ignore[no-any-return]


_SCREENS: dict[tuple[Any, ...], Any] = {}
_MAX_CLEAN = 2048


def _screen(patterns: list[Any]) -> Any:
    """One pattern that matches where any of ``patterns`` matches, with the texts it found clean.

    ``(?:p1)|(?:p2)|...`` finds a match at a place exactly when one of the
    patterns does, so a text it does not match holds no match of any of
    them and needs no further search. It adds no repeat to the patterns
    (each passed the load-time check) and runs with the same time bound.
    A search gives the same answer every time, so the texts it found
    nothing in are remembered (up to ``_MAX_CLEAN``): policies share much
    of their text. Returns ``(screen, clean texts)``, or None when the
    patterns cannot be joined (mixed flags, inline flags, a group name
    used twice).
    """
    if not patterns or len({rx.flags for rx in patterns}) > 1:
        return None
    key = (patterns[0].flags,) + tuple(rx.pattern for rx in patterns)
    if key not in _SCREENS:
        from policy_lint.patterns import UserRegex

        if len(_SCREENS) >= 64:
            _SCREENS.clear()
        try:
            _SCREENS[key] = (UserRegex("|".join(f"(?:{p})" for p in key[1:]), patterns[0].flags), set())
        except (re.error, RecursionError, OverflowError, ValueError):
            _SCREENS[key] = None
    return _SCREENS[key]


def placeholder(ctx: CheckContext) -> Iterator[Violation]:
    """Template text left in the policy: TODO, TBD, lorem ipsum, [Clinic Name]."""
    from policy_lint.patterns import RegexTimeout, UnsafePattern, compile_user_regex, time_bounds

    patterns = []
    for p in ctx.param("patterns", []):
        try:
            patterns.append(compile_user_regex(str(p)))
        except UnsafePattern as exc:  # from a config option; packs are checked when they load
            yield Violation("", f"{exc} policy-lint skips this pattern.", hint="Fix the pattern in your config.")
    screen, clean = _screen(patterns) or (None, set())
    stopped: set[str] = set()
    found_all: list[Violation] = []
    with time_bounds():  # one timer handler for every search below
        for pointer, text in doc_strings(ctx):
            if screen is not None:
                if text in clean:
                    continue
                try:
                    if screen.search(text) is None:
                        if len(clean) >= _MAX_CLEAN:
                            clean.clear()
                        clean.add(text)
                        continue
                except RegexTimeout:
                    screen = None  # too slow together: search with each pattern, as below
            for rx in patterns:
                if rx.pattern in stopped:
                    continue
                try:
                    for match in rx.finditer(text):
                        found = match.group(0)
                        found_all.append(
                            Violation(
                                pointer,
                                ctx.message("'{found}' looks like placeholder text.", found=found),
                                span=match.span(),
                            )
                        )
                except RegexTimeout as exc:
                    stopped.add(rx.pattern)
                    screen = None  # it holds the stopped pattern
                    found_all.append(
                        Violation(
                            pointer,
                            f"{exc} It was checking this text. policy-lint does not use it again on this file.",
                            hint="Make the pattern simpler, so that it cannot try the same text many times over.",
                        )
                    )
    yield from found_all
