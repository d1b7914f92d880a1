"""Where a passage says "must" or "may": the words of duty or of choice behind a statement's force.

``read_passage`` gives each statement its force ("must", "may") and the
words of its topic ("reasonably identifiable victim"). A finding about the
force (a Texas policy that says you must warn) should quote the words that
say it ("required to"), and point at them: ``force_span`` finds them, in
the sentence of the statement first, then in the rest of the passage.
"""

from __future__ import annotations

from policy_lint.meaning._lexicon import lexicon
from policy_lint.meaning._read import _spans, _tokens

__all__ = ["force_span"]


def force_span(text: str, span: tuple[int, int], force: str) -> tuple[int, int] | None:
    """The start and end in ``text`` of the words that give ``force`` ("must" or "may") near ``span``, or None."""
    if force not in ("must", "may") or not isinstance(text, str) or not text:
        return None
    lex = lexicon()
    sentences = _spans(text)
    near = [s for s in sentences if s[0] < span[1] and span[0] < s[1]]
    for a, b in near + [s for s in sentences if s not in near]:
        words = _tokens(text[a:b], lex)
        if not words:
            continue
        _, cues = lex.matcher.find([w[0] for w in words])
        taken = [(i, j) for labels, i, j in cues if "not_must" in labels or "ignore" in labels]
        hits = [(i, j) for labels, i, j in cues if force in labels and not any(x <= i and j <= y and (x, y) != (i, j) for x, y in taken)]
        if hits:
            i, j = min(hits, key=lambda h: h[0])
            # The act that follows makes the quote read as the policy says it: "required to notify".
            for k in range(j, min(j + 3, len(words))):
                if words[k][0] in lex.actions:
                    j = k + 1
                    break
            return a + words[i][1], a + words[j - 1][2]
    return None
