"""Text that is safe to show on a terminal or in a CI log: the one escaping helper.

Every reporter that writes for people (text, GitHub annotations, the one-line
errors of the command line) and every message that quotes a file (keys,
tags, patterns) goes through ``escape``. It writes each character of these
Unicode categories as a visible escape (``\\x1b``, ``\\u200b``,
``\\U000e0041``):

* Cc: control characters (ANSI escapes, line breaks, tabs, C1 controls);
* Cf: format characters (bidirectional marks and overrides, zero-width
  characters, U+FEFF, tag characters of the U+E0000 block);
* Co: private use characters;
* Cs: lone surrogates (a file name that is not UTF-8);
* Zl, Zp: the line and paragraph separators.

So one finding stays one line, and the text cannot read differently from
what it holds. Every such character is "not printable" to
``str.isprintable``, so a printable text needs no search at all (the common
case, and the only cost on the path of a clean run).
"""

from __future__ import annotations

__all__ = ["escape", "ESCAPED_CATEGORIES"]

#: The Unicode categories that are never shown raw.
ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Zl", "Zp"})


def _escape_char(c: str) -> str:
    code = ord(c)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def escape(text: str, keep: str = "") -> str:
    """Return ``text`` with every character of ``ESCAPED_CATEGORIES`` written as an escape.

    ``keep`` lists characters to leave as they are (the GitHub reporter
    keeps line breaks, which its own escaping turns into ``%0A``).
    """
    if text.isprintable():
        return text
    from unicodedata import category

    out = []
    for c in text:
        if c not in keep and not c.isprintable() and category(c) in ESCAPED_CATEGORIES:
            out.append(_escape_char(c))
        else:
            out.append(c)
    return "".join(out)
