"""Readings kept across runs: a pre-commit hook that checks the same policy again skips the reader.

Reading a policy's words costs a one-file run more than the rest of the
check (loading the lexicon, then each sentence). Most runs read a file that
was read before, unchanged. So, like a linter's cache, what ``read_all``
found in a document is kept on disk, next to the parsed packs and the
compiled lexicon (``$XDG_CACHE_HOME/policy-lint``), one small file a
document:

* its name is a hash of the *reading key* and of the document's passages
  (pointer, text, labels, group, frame). The reading key is a hash of
  policy-lint's version, the compiled lexicon's format, the content of
  ``data/topics.yaml`` and ``data/frames.yaml`` and the content of every module of this package: any
  change of the lexicon or of the reader gives new names, so an old reading
  is never used;
* it holds the reading of each passage text, which limits' titles count
  (``read_all``), and the few facts of the lexicon that the coverage needs
  (each topic's kind, the blanket promise, the limits "we are not mandated
  reporters" speaks against), so a run whose file is in the
  cache never loads the lexicon;
* like the other cache files, it starts with a hash of its own JSON, the
  reading key is checked again inside, and every value is checked for its
  shape. On any doubt (damaged, cut short, written by another version, a
  link, another user's folder) the entry is ignored and the text read afresh.
  JSON, never pickle: an entry can never run code;
* an edited policy (a pre-commit hook after the owner changed a sentence)
  misses, but most of its texts were read before. So ``save`` also writes,
  for the file the passages come from (``source``), a small note
  ``lastread-<hash of its absolute path>.json``: the name of the entry last
  kept for it (checksummed, with the reading key; a found entry refreshes
  it). On a miss, ``lookup`` follows the note and makes the readings of the
  texts the old entry shares with the new passages known to
  ``read_passage``; only the other texts are read (the lexicon loads for
  them). A reading is worth reusing because it depends on its text and the
  reading key alone (``_read.read_passage``: the sentences, pairs of
  sentences and frames inside the passage's own text). What depends on more
  than one passage is never reused: ``read_all`` works out again which
  limits' titles count, the frames come with the passages (the readers cut
  them each run), and the page-level vague readings are the coverage's,
  made each run. ``tests/meaning/test_store.py`` checks that every example
  and prose page, edited three ways, reads as a cold read;
* the folder keeps at most ``MAX_FILES`` entries (and as many notes) (the least recently used go
  first), and one process writes at most ``MAX_WRITES`` (a large audit does
  not fill the disk; a one-file run writes one). Notes refreshed when an
  entry is found have their own budget, ``MAX_NOTE_WRITES``, so they never
  take the place of a new entry; once it is spent, a found entry's note is
  not read either. After ``MAX_MISSES``
  documents not found, a process stops looking: a large run of new policies
  pays for the look-ups of its first few only.

* a prose page's structure (which passages its headings speak for, the
  frames of its lists: ``policy_lint.readers.structure``) reads passages
  before the readings are looked up. So it is kept too, as a *kept result*
  (``remember``, ``remembered``): named by a hash of the reading key, a hash
  of the caller's code and the page's blocks, checked like an entry, pruned
  like one. A page read before then loads neither the lexicon nor the
  reader.

``POLICY_LINT_NO_CACHE=1`` turns every cache off; ``POLICY_LINT_NO_READING_CACHE=1``
this one only (the tests run with it, so they read cold).
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from policy_lint.meaning._passages import Passage
    from policy_lint.meaning._statement import Statement

#: At most this many documents are kept in the folder.
MAX_FILES = 256
#: At most this many entries are written by one process.
MAX_WRITES = 16
#: At most this many notes of a file's last entry are refreshed by one process when an entry is found
#: (its own budget: refreshing notes never takes the place of a new entry).
MAX_NOTE_WRITES = 16
#: After this many documents not found, a process stops looking (a large run of new policies pays nothing more).
MAX_MISSES = 64
#: What one entry may weigh (a policy of a few hundred passages is far below).
MAX_BYTES = 4 * 1024 * 1024

#: Readings of the texts of the documents loaded from the cache in this process (text -> statements).
_KNOWN: "dict[str, tuple[Statement, ...]]" = {}
#: Cap on ``_KNOWN`` (cleared when full: a reading not found is read afresh).
_MAX_KNOWN = 4096
#: The lexicon facts of the last entry loaded, with the reading key it was loaded under.
_FACTS: list[Any] = [None, None]
_WRITTEN = [0]
_NOTES_WRITTEN = [0]
_MISSED = [0]
#: The passages whose entry was worked out last, and that entry (the same Passage objects give the same name).
_LAST_ENTRY: list[Any] = [None]
#: The last entry looked up or written, with what it held (None: nothing): the coverage and the rules ask twice a document.
_LAST: list[Any] = [None, None]


class Facts:
    """What the coverage needs of the lexicon: each topic's kind, in the lexicon's order, the blanket promise,
    the page-level vague entries and the limits "we are not mandated reporters" speaks against."""

    __slots__ = ("kinds", "blanket_topic", "blanket_contradicts", "page_vague", "blanket_no_duty")

    def __init__(self, kinds: dict[str, str], blanket_topic: str | None, blanket_contradicts: tuple[str, ...], page_vague: list[tuple[str, tuple[str, ...], tuple[str, ...]]], blanket_no_duty: tuple[str, ...] = ()) -> None:
        self.kinds = kinds
        self.blanket_topic = blanket_topic
        self.blanket_contradicts = blanket_contradicts
        self.page_vague = page_vague
        self.blanket_no_duty = blanket_no_duty

    def dump(self) -> dict[str, Any]:
        return {"kinds": list(self.kinds.items()), "blanket_topic": self.blanket_topic, "blanket_contradicts": list(self.blanket_contradicts), "page_vague": [[w, list(p), list(t)] for w, p, t in self.page_vague], "blanket_no_duty": list(self.blanket_no_duty)}

    @classmethod
    def load(cls, data: Any) -> "Facts":
        kinds = {_str(t): _str(k) for t, k in data["kinds"]}
        blanket = data["blanket_topic"]
        if blanket is not None:
            blanket = _str(blanket)
        page_vague = [(_str(w), tuple(_str(x) for x in p), tuple(_str(x) for x in t)) for w, p, t in data["page_vague"]]
        return cls(kinds, blanket, tuple(_str(t) for t in data["blanket_contradicts"]), page_vague, tuple(_str(t) for t in data["blanket_no_duty"]))


_LEX_FACTS: list[Any] = [None, None]


def facts() -> Facts:
    """The lexicon facts: from the cache entry this process loaded, else from the lexicon itself."""
    got = _FACTS[1]
    if got is not None and _FACTS[0] == _key():
        return got  # type: ignore[no-any-return]
    from policy_lint.meaning._lexicon import lexicon

    lex = lexicon()
    if _LEX_FACTS[0] is not lex:
        _LEX_FACTS[0] = lex
        _LEX_FACTS[1] = Facts({t: spec[0] for t, spec in lex.topics.items()}, lex.blanket_topic, tuple(lex.blanket_contradicts), list(lex.page_vague), tuple(lex.blanket_no_duty))
    return _LEX_FACTS[1]  # type: ignore[no-any-return]


def read_passage(text: str) -> "tuple[Statement, ...]":
    """``_read.read_passage``, first asking the readings loaded from the cache."""
    got = _KNOWN.get(text) if _KNOWN and isinstance(text, str) else None
    if got is not None:
        return got
    read = _READER[0]
    if read is None:
        from policy_lint.meaning._read import read_passage as read

        _READER[0] = read
    return read(text)


#: ``_read.read_passage``, once imported (a large run calls ``read_passage`` for every passage).
_READER: list[Any] = [None]


def clear() -> None:
    """Forget what this process loaded from the cache (the tests use it)."""
    _KNOWN.clear()
    _FACTS[0] = _FACTS[1] = None
    _LAST[0] = _LAST[1] = None
    _LAST_ENTRY[0] = None
    reset = getattr(_key, "cache_clear", None)  # a test may have put another key in its place
    if reset is not None:
        reset()


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("not a string")
    return value


@lru_cache(maxsize=1)
def _key() -> str | None:
    """A hash of all a reading depends on: the version, the lexicon's format and source, this package's code."""
    from policy_lint._version import __version__
    from policy_lint.fileio import read_regular
    from policy_lint.meaning._lexicon import COMPILED_FORMAT, source_digest
    from policy_lint.resources import _digest, data_path

    here = Path(__file__).resolve().parent
    try:
        # (frames.yaml: the list frames and the words of whom we tell, which the readings and a page's structure
        # depend on too; warn22 found a reading kept across a change of it)
        parts = [__version__, str(COMPILED_FORMAT), "topics.yaml", source_digest(), "frames.yaml",
                 _digest(read_regular(data_path("frames.yaml"), 16 * 1024 * 1024))]
        names = sorted(n for n in os.listdir(here) if n.endswith(".py"))
        if "_read.py" not in names:
            return None  # no source to hash (a frozen build): no cache
        for name in names:
            parts += [name, _digest(read_regular(here / name, 16 * 1024 * 1024))]
    except OSError:
        return None
    return _digest("\n".join(parts).encode("utf-8"))


def _folder() -> Path | None:
    if os.environ.get("POLICY_LINT_NO_READING_CACHE"):
        return None
    from policy_lint.resources import _cache_dir, _own_folder

    folder = _cache_dir()
    if folder is None or not _own_folder(folder):
        return None
    return folder


def _entry(passages: "list[Passage]") -> tuple[Path, str] | None:
    """Where the entry of these passages lives, and the reading key; None when the cache is off."""
    if _MISSED[0] >= MAX_MISSES:
        return None
    folder = _folder()
    if folder is None:
        return None
    key = _key()
    if key is None:
        return None
    last = _LAST_ENTRY[0]
    if last is not None and last[0] == (folder, key) and len(last[1]) == len(passages) and all(a is b for a, b in zip(last[1], passages)):
        return last[2]  # type: ignore[no-any-return]
    from policy_lint.resources import _digest

    shape = json.dumps([[p.pointer, p.text, list(p.labels), p.group, p.frame] for p in passages], ensure_ascii=False, separators=(",", ":"))
    got = folder / f"readings-{_digest((key + chr(10) + shape).encode('utf-8'))}.json", key
    _LAST_ENTRY[0] = ((folder, key), tuple(passages), got)
    return got


_STANCES = frozenset({"states", "opposite", "vague"})
#: (``CONSENT_ONLY``, "consent": a blanket promise whose only exception is the client's say-so; ``TOTAL_ONLY``,
#: "total": one that is only a claim of total secrecy)
_FORCES = frozenset({None, "must", "may", "consent", "total"})


def _statement(item: Any) -> "Statement":
    from policy_lint.meaning._statement import Statement

    topic, stance, force, span, words = item
    a, b = span
    if stance not in _STANCES or force not in _FORCES or type(a) is not int or type(b) is not int or not 0 <= a <= b:
        raise ValueError("not a reading")
    return Statement(_str(topic), stance, force, (a, b), tuple(_str(w) for w in words))


def lookup(passages: "list[Passage]", source: str | None = None) -> "tuple[dict[str, tuple[Statement, ...]], frozenset[str]] | None":
    """The readings of ``passages`` kept by an earlier run (text -> statements, and the groups whose titles count), or None.

    ``source``: the file the passages come from. When they are not found, the readings of the texts
    they share with what was last kept for that file are made known to ``read_passage`` (an edited
    policy reads its new texts only).
    """
    where = _entry(passages)
    if where is None:
        return None
    path, key = where
    if _LAST[0] == path:
        return _LAST[1]  # type: ignore[no-any-return]
    _LAST[0], _LAST[1] = path, None
    _MISSED[0] += 1  # until it is found
    got = _load(path, key, passages)
    if got is None:
        if source is not None:
            _reuse(path.parent, key, source, passages)
        return None
    known, speaking = got
    try:
        os.utime(path, follow_symlinks=False)  # recently used: pruned last
    except (OSError, NotImplementedError):
        pass
    if source is not None:  # the file's note names this entry (the same text may have been kept for another file)
        _note(path, key, source, known=True)
    _LAST[1] = (known, speaking)
    _MISSED[0] -= 1
    return known, speaking


def _checked(path: Path, key: str, limit: int = MAX_BYTES) -> Any:
    """The JSON of a cache file whose hash and reading key are right; raises on any doubt."""
    from policy_lint.fileio import read_regular
    from policy_lint.resources import _digest

    raw = read_regular(path, limit, follow_links=False)
    check, _, payload = raw.partition(b"\n")
    if check.decode("ascii") != _digest(payload):
        raise ValueError("damaged")
    data = json.loads(payload)
    if data["key"] != key:
        raise ValueError("another reader")
    return data


def _load(path: Path, key: str, passages: "list[Passage]", *, whole: bool = True) -> "tuple[dict[str, tuple[Statement, ...]], frozenset[str]] | None":
    """Load the entry at ``path`` into this process's memory: the readings of the texts of ``passages``
    it holds (all of them or None when ``whole``), its groups whose titles count and its lexicon facts."""
    try:
        data = _checked(path, key)
        texts = data["texts"]
        if not isinstance(texts, dict):
            return None
        wanted = {p.text for p in passages}
        if whole and len(texts) != len(wanted):
            return None
        known: "dict[str, tuple[Statement, ...]]" = {}
        for text in wanted:
            items = texts.get(text)
            if items is None:
                if whole:
                    return None
                continue
            sts = tuple(_statement(item) for item in items)
            if any(end > len(text) for st in sts for end in st.span):
                return None
            known[text] = sts
        speaking = frozenset(_str(g) for g in data["speaking"])
        got_facts = Facts.load(data["facts"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, RecursionError):
        return None  # missing, damaged or foreign: read afresh
    if len(_KNOWN) + len(known) > _MAX_KNOWN:
        _KNOWN.clear()
    _KNOWN.update(known)
    _FACTS[0], _FACTS[1] = key, got_facts
    return known, speaking


def _source_name(source: str) -> str | None:
    """The name of the small file that says which entry was last kept for the file ``source``."""
    if not isinstance(source, str) or not source or source == "-" or source.startswith("<"):
        return None
    from policy_lint.resources import _digest

    try:
        where = os.path.abspath(source)
    except (OSError, ValueError):
        return None
    return f"lastread-{_digest(where.encode('utf-8', 'surrogatepass'))}.json"


def _note(path: Path, key: str, source: str, *, known: bool) -> None:
    """Note that the entry at ``path`` is the last one kept for the file ``source`` (``known``: unless the note says so already)."""
    name = _source_name(source)
    if name is None:
        return
    where = path.parent / name
    if known:
        if _NOTES_WRITTEN[0] >= MAX_NOTE_WRITES:
            return  # no more notes this run: nor any need to read the note
        try:
            if _checked(where, key, 4096)["entry"] == path.name:
                return
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
            pass
        _NOTES_WRITTEN[0] += 1
    from policy_lint.fileio import atomic_write
    from policy_lint.resources import _digest

    note = json.dumps({"key": key, "entry": path.name}, separators=(",", ":")).encode("utf-8")
    try:
        atomic_write(where, _digest(note).encode("ascii") + b"\n" + note, follow_links=False, sync=False)
    except (OSError, ValueError):
        pass


def _reuse(folder: Path, key: str, source: str, passages: "list[Passage]") -> None:
    """Make known the readings of the texts of ``passages`` that the entry last kept for ``source`` holds."""
    name = _source_name(source)
    if name is None:
        return
    try:
        entry = _checked(folder / name, key, 4096)["entry"]
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
        return
    if not _is_entry_name(entry):
        return
    _load(folder / entry, key, passages, whole=False)


def _is_entry_name(name: Any) -> bool:
    """True for the name of an entry of this folder ("readings-<hex>.json"): never a path elsewhere."""
    if not isinstance(name, str) or not name.startswith("readings-") or not name.endswith(".json"):
        return False
    middle = name[len("readings-"):-len(".json")]
    return 16 <= len(middle) <= 128 and all(c in "0123456789abcdef" for c in middle)


def save(passages: "list[Passage]", known: "dict[str, tuple[Statement, ...]]", speaking: "set[str] | frozenset[str]", source: str | None = None) -> None:
    """Keep the readings of ``passages`` for the next run (quietly nothing when the cache is off or cannot be written).

    ``source``: the file the passages come from; the next run of an edited version of it finds this entry.
    """
    where = _entry(passages)
    if where is None:
        return
    path, key = where
    _LAST[0], _LAST[1] = path, (dict(known), frozenset(speaking))
    if _WRITTEN[0] >= MAX_WRITES:
        return
    from policy_lint.fileio import atomic_write
    from policy_lint.resources import _digest

    try:
        data = {
            "key": key,
            "texts": {text: [[st.topic, st.stance, st.force, list(st.span), list(st.words)] for st in sts] for text, sts in known.items()},
            "speaking": sorted(speaking),
            "facts": facts().dump(),
        }
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if len(payload) > MAX_BYTES - 64:
            return
        _WRITTEN[0] += 1
        atomic_write(path, _digest(payload).encode("ascii") + b"\n" + payload, follow_links=False, sync=False)
        if source is not None:
            _note(path, key, source, known=False)
    except (OSError, ValueError, TypeError):
        return  # a read-only home, a full disk: the reading above is enough
    _prune(path.parent)


#: The kinds of whole-document results kept beside the readings (``remembered``): a name each, and no other.
_KINDS = frozenset({"structure"})
#: Whole-document results written by this process (their own budget, as the readings' ``MAX_WRITES``).
_KEPT_WRITTEN = [0]


def _kept_path(kind: str, shape: str, extra: str) -> tuple[Path, str] | None:
    """Where the ``kind`` result for ``shape`` lives, and the key it is checked against; None when the cache is off."""
    if kind not in _KINDS or _MISSED[0] >= MAX_MISSES:
        return None
    folder = _folder()
    key = _key()
    if folder is None or key is None:
        return None
    from policy_lint.resources import _digest

    key = _digest(f"{key}\n{kind}\n{extra}".encode("utf-8"))
    return folder / f"{kind}-{_digest((key + chr(10) + shape).encode('utf-8', 'surrogatepass'))}.json", key


def remembered(kind: str, shape: str, extra: str = "") -> Any:
    """What ``remember`` kept for ``shape`` (a JSON text of the document's parts, as the caller cuts it), or None.

    A result of a whole document that the readings alone do not give (a prose page's structure: which
    passages a heading speaks for, the frames of its lists) is kept beside them, under the same reading key
    and ``extra`` (a hash of the caller's own code, which the reading key does not cover), with the same
    checks: its own hash, the key inside, the caller's check of each value. When it is found, the readings
    of the entry last kept for the same document are usually found too, and a run never loads the lexicon.
    """
    where = _kept_path(kind, shape, extra)
    if where is None:
        return None
    path, key = where
    try:
        data = _checked(path, key)["value"]
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
        return None
    try:
        os.utime(path, follow_symlinks=False)
    except (OSError, NotImplementedError):
        pass
    return data


def remember(kind: str, shape: str, value: Any, extra: str = "") -> None:
    """Keep ``value`` (JSON data) as the ``kind`` result for ``shape`` (quietly nothing when the cache is off)."""
    where = _kept_path(kind, shape, extra)
    if where is None or _KEPT_WRITTEN[0] >= MAX_WRITES:
        return
    path, key = where
    from policy_lint.fileio import atomic_write
    from policy_lint.resources import _digest

    try:
        payload = json.dumps({"key": key, "value": value}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if len(payload) > MAX_BYTES - 64:
            return
        _KEPT_WRITTEN[0] += 1
        atomic_write(path, _digest(payload).encode("ascii") + b"\n" + payload, follow_links=False, sync=False)
    except (OSError, ValueError, TypeError):
        return
    _prune(path.parent)


def _prune(folder: Path) -> None:
    """Keep at most ``MAX_FILES`` entries and ``MAX_FILES`` notes of the last entry of a file: the least recently used go.

    The names are counted first; the files are only looked at (a stat each) when there are too many.
    """
    import stat

    try:
        names = os.listdir(folder)
        for prefix in ("readings-", "lastread-", *(k + "-" for k in sorted(_KINDS))):
            mine = [n for n in names if n.startswith(prefix) and n.endswith(".json")]
            if len(mine) <= MAX_FILES:
                continue
            entries = []
            for name in mine:
                try:
                    st = os.stat(folder / name, follow_symlinks=False)
                except OSError:
                    continue
                if stat.S_ISREG(st.st_mode):
                    entries.append((st.st_mtime, name))
            if len(entries) <= MAX_FILES:
                continue
            entries.sort()
            for _, name in entries[: len(entries) - MAX_FILES * 3 // 4]:
                try:
                    os.unlink(folder / name)
                except OSError:
                    pass
    except OSError:
        pass
