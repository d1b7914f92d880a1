"""Strict JSON (RFC 8259): what the YAML parser would let through.

A ``.json`` policy is parsed by the YAML parser (for its positions), but JSON
is stricter: no comments, no single quotes, no NaN, no trailing commas, and a
``\\uD800`` escape must be half of a pair. This module finds those, with a
plain message and the place.
"""

from __future__ import annotations

import json
import re
from typing import Any

from policy_lint.loading.document import LoadProblem

# A \uD800-\uDFFF escape that is not itself escaped (an even number of backslashes before it).
SURROGATE_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def _cheap_number(text: str) -> int:
    # Only the syntax matters here; the builder reads the numbers. This also
    # avoids Python's limit on the digits of an int (a 100,000-digit number
    # is reported by the builder, with its place).
    return 0


_JSON_MESSAGES = (
    ("Expecting property name enclosed in double quotes", "a key in double quotes should come here"),
    ("Expecting value", "a value is missing here"),
    ("Expecting ',' delimiter", "a comma is missing here"),
    ("Expecting ':' delimiter", "a colon is missing after the key"),
    ("Unterminated string starting at", "this text in quotes has no closing quote"),
    ("Invalid control character at", "this text in quotes holds a control character, such as a tab or a line break"),
    ("Invalid \\escape", "a backslash here starts an escape that JSON does not know"),
    ("Invalid \\uXXXX escape", "a \\u escape here does not have 4 hex digits"),
    ("Extra data", "there is more text after the end of the JSON value"),
)


def check_json(text: str) -> LoadProblem | None:
    """Return a problem if the text is not strict JSON (RFC 8259)."""
    try:
        json.loads(text, parse_constant=_reject_constant, parse_int=_cheap_number, parse_float=_cheap_number)
    except json.JSONDecodeError as exc:
        what, hint = _json_explain(text, exc)
        index = exc.pos
        if what.startswith("there is a comma after"):
            index = len(text[: exc.pos].rstrip()) - 1  # point at the comma itself
        return LoadProblem("syntax", f"This is not valid JSON: {what}.", index=index, hint=hint)
    except ValueError as exc:  # NaN, Infinity, -Infinity
        word = str(exc)
        where = _find_token(text, word)
        return LoadProblem(
            "syntax",
            f"This is not valid JSON: {word} is not allowed. JSON has no NaN or Infinity.",
            index=where,
            hint="Use a number, or put the word in double quotes to make it text.",
        )
    except RecursionError:
        return None  # the builder stops at the depth limit, and names the place
    return _json_surrogates(text)


def _find_token(text: str, word: str) -> int:
    """Offset of the first ``word`` outside a JSON string (0 if none)."""
    inside = False
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if inside:
            if c == "\\":
                i += 2
                continue
            if c == '"':
                inside = False
        elif c == '"':
            inside = True
        elif text.startswith(word, i):
            return i
        i += 1
    return 0


def _json_explain(text: str, exc: json.JSONDecodeError) -> tuple[str, str | None]:
    msg = exc.msg
    what = msg[0].lower() + msg[1:]
    for prefix, plain in _JSON_MESSAGES:
        if msg.startswith(prefix):
            what = plain
            break
    hint = None
    before = text[: exc.pos].rstrip()
    if msg.startswith(("Expecting property name", "Expecting value")) and before.endswith(","):
        what = "there is a comma after the last item"
        hint = "Remove the comma after the last item. JSON does not allow it."
    elif msg.startswith("Expecting ',' delimiter"):
        hint = "Put a comma between two items, and check that each text has its closing double quote."
    elif msg.startswith("Expecting ':' delimiter"):
        hint = "Put a colon between each key and its value, such as \"questions\": \"Ask us.\"."
    elif msg.startswith("Expecting property name"):
        hint = "Put each key in double quotes, such as \"clinic\"."
    elif msg.startswith("Expecting value") and exc.pos < len(text) and text[exc.pos] == "'":
        hint = "JSON needs double quotes around text, not single quotes."
    elif msg.startswith("Invalid control character"):
        hint = "Write a tab as \\t and a line break as \\n inside text."
    elif msg.startswith("Unterminated string"):
        hint = "Add the closing double quote."
    elif msg.startswith("Extra data"):
        hint = "A JSON file holds one value. Remove the extra text, or wrap the values in one list or object."
    return what, hint


def _json_surrogates(text: str) -> LoadProblem | None:
    """Find a \\uD800-\\uDFFF escape that is not half of a valid pair."""
    if "\\u" not in text and "\\U" not in text:
        return None
    for m in SURROGATE_ESCAPE.finditer(text):
        # Valid JSON has a backslash only inside strings, so this is an escape.
        start = m.start() + len(m.group(1))
        esc = text[start : start + 6]
        high = esc[2].lower() == "d" and esc[3].lower() in "89ab"
        if high:
            nxt = text[start + 6 : start + 12]
            if len(nxt) == 6 and nxt[:2] == "\\u" and nxt[2].lower() == "d" and nxt[3].lower() in "cdef":
                continue
        else:
            prev = text[start - 6 : start]
            if len(prev) == 6 and prev[:2] == "\\u" and prev[2].lower() == "d" and prev[3].lower() in "89ab" and _is_escape_start(text, start - 6):
                continue
        return LoadProblem(
            "encoding",
            f"The escape {esc} is half of a UTF-16 character pair, with no other half. It is not a character, so policy-lint cannot read it.",
            index=start,
            hint="Remove the escape, or write the whole character (both halves, or the character itself).",
        )
    return None


def _is_escape_start(text: str, index: int) -> bool:
    """True when the backslash at ``index`` starts an escape (is not itself escaped)."""
    n = 0
    i = index - 1
    while i >= 0 and text[i] == "\\":
        n += 1
        i -= 1
    return n % 2 == 0
