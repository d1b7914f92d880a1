"""How steady the reading of whole pages is when their wording changes but their meaning does not.

    python tools/perturb_pages.py --folder DIR              # each change, and the cells it moves, with the words
    python tools/perturb_pages.py --folder DIR --no-text    # counts only (safe for held-out sets: no page text)
    python tools/perturb_pages.py --folder DIR --only wrap  # one kind of change

A page is read as it is, then again after one change that keeps its meaning:
UK spelling for US spelling and back, "I" for "we", "may" for "will", straight
quotes for curly ones and back, hard-wrapped lines (plain text and Markdown),
"or" for "and/or", headings and lead-ins in capitals, a Markdown page
pasted as plain text (read as .txt), and characters a reader does not see
as such: ligatures ("ﬁ"), soft hyphens and zero-width spaces. Every topic whose status
moves is a place where the reader leans on the wording rather than the
meaning: wording that real practices vary, and that a page we never see may
use. No labels are needed, so held-out sets can be measured too (--no-text
prints no page text).
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections import Counter
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FORMATS = {".html", ".htm", ".md", ".txt"}

_US_UK = [
    ("counselor", "counsellor"), ("counseling", "counselling"), ("counseled", "counselled"),
    ("authorize", "authorise"), ("authorization", "authorisation"), ("authorized", "authorised"),
    ("behavior", "behaviour"), ("organization", "organisation"), ("judgment", "judgement"),
    ("center", "centre"), ("recognize", "recognise"), ("emphasize", "emphasise"), ("minimize", "minimise"),
    ("jeopardize", "jeopardise"), ("apologize", "apologise"), ("prioritize", "prioritise"),
]


def _swap(pairs: list[tuple[str, str]], text: str) -> str:
    def one(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        for a, b in pairs:
            if low.startswith(a):
                new = b + low[len(a):]
                break
        else:
            return word
        if word.isupper():
            return new.upper()
        if word[0].isupper():
            return new[0].upper() + new[1:]
        return new

    alts = "|".join(re.escape(a) for a, _ in pairs)
    return re.sub(rf"\b(?:{alts})\w*", one, text, flags=re.IGNORECASE)


def uk(text: str) -> str:
    return _swap(_US_UK, text)


def us(text: str) -> str:
    return _swap([(b, a) for a, b in _US_UK], text)


_WE = [(r"\bwe are\b", "I am"), (r"\bwe were\b", "I was"), (r"\bwe're\b", "I'm"), (r"\bwe've\b", "I've"),
       (r"\bwe'll\b", "I'll"), (r"\bwe\b", "I"), (r"\bus\b", "me"), (r"\bours\b", "mine"), (r"\bour\b", "my"),
       (r"\bourselves\b", "myself")]


def singular(text: str) -> str:
    for pat, rep in _WE:
        def keep_case(m: re.Match[str], rep: str = rep) -> str:
            w = m.group(0)
            if w.isupper() and len(w) > 1:
                return rep.upper()
            if w[0].isupper() and rep[0] != "I":
                return rep[0].upper() + rep[1:]
            return rep
        text = re.sub(pat, keep_case, text, flags=re.IGNORECASE if pat != r"\bus\b" else 0)
    return text


def may(text: str) -> str:
    return re.sub(r"\bwill\b", "may", re.sub(r"\bWill\b", "May", text))


def straight(text: str) -> str:
    return text.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}))


def curly(text: str) -> str:
    text = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", text)
    return re.sub(r'"([^"<>\n]{1,200})"', "\u201c\\1\u201d", text)


def and_or(text: str) -> str:
    return re.sub(r"\band/or\b", "or", text, flags=re.IGNORECASE)


def wrap(text: str) -> str:
    """Hard-wrap every long line at 72 columns, keeping a list item's marker and indent."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 72 or line.lstrip().startswith(("|", "<", "#")):
            out.append(line)
            continue
        m = re.match(r"(\s*(?:[-*•·]|\d+[.)])?\s*)", line)
        lead = m.group(1) if m else ""
        out.extend(textwrap.wrap(line, 72, initial_indent="", subsequent_indent=" " * len(lead), break_long_words=False) or [line])
    return "\n".join(out)


def capitals(text: str) -> str:
    """Lines that end in a colon and Markdown headings, in capitals (as some pages write their lead-ins)."""
    def up(line: str) -> str:
        s = line.strip()
        if s.endswith(":") or s.startswith("#"):
            return line.upper()
        return line
    return "\n".join(up(l) for l in text.split("\n"))


def md_text(text: str) -> str:
    """A Markdown page as the plain text a practice might paste: no heading marks, emphasis, links or code marks."""
    text = re.sub(r"^(\s*)#{1,6}\s+", "\\1", text, flags=re.MULTILINE)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", "\\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", "\\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)([^*\n]+?)\*(?!\w)", "\\1", text)
    text = re.sub(r"`([^`]*)`", "\\1", text)
    return re.sub(r"^\s*>\s?", "", text, flags=re.MULTILINE)


def ligatures(text: str) -> str:
    """"ﬁ", "ﬂ", "ﬀ", "ﬃ" for their letters, as a PDF's text or a word processor writes them."""
    return text.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02").replace("ff", "\ufb00")


def soft_hyphens(text: str) -> str:
    """A soft hyphen in the middle of every word of ten letters or more, as a page copied from the web holds them."""
    return re.sub(r"(?<![<&/#\w])([A-Za-z]{5})([a-z]{5,})", "\\1\u00ad\\2", text)


def zero_width(text: str) -> str:
    """A zero-width space at the start of each line's first word, as some site builders leave them."""
    return re.sub(r"(?m)^([ \t]*(?:[-*+]\s+|#+\s+)?)(?=[A-Za-z])", "\\1\u200b", text)


#: Changes that also change the format: the page is read as this suffix after the change.
AS: dict[str, str] = {"md_text": ".txt"}

CHANGES: dict[str, tuple[Callable[[str], str], frozenset[str]]] = {
    "md_text": (md_text, frozenset({".md"})),
    "uk": (uk, frozenset(FORMATS)),
    "us": (us, frozenset(FORMATS)),
    "singular": (singular, frozenset(FORMATS)),
    "may": (may, frozenset(FORMATS)),
    "straight": (straight, frozenset(FORMATS)),
    "curly": (curly, frozenset({".md", ".txt"})),
    "and_or": (and_or, frozenset(FORMATS)),
    "wrap": (wrap, frozenset({".md", ".txt"})),
    "capitals": (capitals, frozenset({".md", ".txt"})),
    "ligatures": (ligatures, frozenset(FORMATS)),
    "soft_hyphens": (soft_hyphens, frozenset({".md", ".txt"})),
    "zero_width": (zero_width, frozenset({".md", ".txt"})),
}


def coverage(raw: bytes, name: str) -> dict[str, tuple[str, list[str]]]:
    from policy_lint import meaning
    from policy_lint.loading import load_bytes

    doc = load_bytes(raw, name).document
    if doc is None:
        return {}
    out = {}
    for c in meaning.coverage(meaning.passages_of(doc)):
        words = [" ... ".join(w.get("words") or []) for w in c.get("where") or []]
        out[c["topic"]] = (c["status"], words)
    return out


Reading = dict[str, tuple[str, list[str]]]


def tally(page: str, change: str, base: Reading, after: Reading, kinds: Counter[tuple[str, str, str]], no_text: bool) -> int:
    """Count the topics whose status ``after`` a change differs from ``base``, by kind; print each (with
    its words) unless ``no_text``. Returns how many moved."""
    moved = 0
    for topic, (status, words) in base.items():
        st2, words2 = after.get(topic, ("missing", []))
        if st2 != status:
            moved += 1
            kinds[(change, topic, f"{status} -> {st2}")] += 1
            if not no_text:
                print(f"{page}  {change}  {topic}: {status} -> {st2}   before {words[:2]}  after {words2[:2]}")
    return moved


def print_kinds(kinds: Counter[tuple[str, str, str]]) -> None:
    """The moves by change, topic and direction, most first."""
    if kinds:
        print()
        width = max(len(name) for name, _, _ in kinds)
        for (name, topic, how), n in kinds.most_common():
            print(f"  {n:3d}  {name:{width}s} {topic:22s} {how}")


def pages_of(folder: Path) -> tuple[list[Path], dict[str, dict[str, str]]]:
    """The pages of a folder and their labels: only the pages its expected.yaml labels, when it has one (a
    folder may keep notes beside them)."""
    pages = sorted(p for p in folder.iterdir() if p.suffix in FORMATS)
    labels: dict[str, dict[str, str]] = {}
    listed = folder / "expected.yaml"
    if listed.is_file():
        from ruamel.yaml import YAML

        data = YAML(typ="safe").load(listed.read_text(encoding="utf-8")) or {}
        labels = data.get("pages", data) if isinstance(data, dict) else {}
        pages = [p for p in pages if p.name in labels]
    return pages, labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, required=True)
    ap.add_argument("--no-text", action="store_true", help="counts only, no page text or words (held-out sets)")
    ap.add_argument("--only", choices=sorted(CHANGES), action="append")
    args = ap.parse_args(argv)
    pages, _ = pages_of(args.folder)
    moved: Counter[str] = Counter()
    pages_changed: Counter[str] = Counter()
    cells = 0
    kinds: Counter[tuple[str, str, str]] = Counter()
    for page in pages:
        raw = page.read_bytes()
        text = raw.decode("utf-8", errors="replace")
        base = coverage(raw, page.name)
        for name in args.only or sorted(CHANGES):
            fn, formats = CHANGES[name]
            if page.suffix not in formats:
                continue
            new_text = fn(text)
            if new_text == text:
                continue
            pages_changed[name] += 1
            cells += len(base)
            after = coverage(new_text.encode("utf-8"), page.stem + AS.get(name, page.suffix))
            moved[name] += tally(page.name, name, base, after, kinds, args.no_text)
    print()
    print("| Change | Pages changed | Cells moved |")
    print("|---|---|---|")
    for name in args.only or sorted(CHANGES):
        print(f"| {name} | {pages_changed[name]} | {moved[name]} |")
    print(f"| all | {sum(pages_changed.values())} | {sum(moved.values())} |")
    print_kinds(kinds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
