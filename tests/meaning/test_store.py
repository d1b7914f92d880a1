"""The reading cache kept across runs (policy_lint/meaning/_store.py): same readings, never a foreign or damaged one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import pytest

from policy_lint.loading import load_path
from policy_lint.meaning import _store, coverage, passages_of, read_all, read_passage
from policy_lint.resources import _digest

ROOT = Path(__file__).resolve().parents[2]
COMPLETE = ROOT / "examples" / "complete.yaml"


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The reading cache on, in a folder of its own; this process's memory of it empty."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("POLICY_LINT_NO_CACHE", raising=False)
    monkeypatch.delenv("POLICY_LINT_NO_READING_CACHE", raising=False)
    monkeypatch.setattr(_store, "_WRITTEN", [0])
    monkeypatch.setattr(_store, "_NOTES_WRITTEN", [0])
    monkeypatch.setattr(_store, "_MISSED", [0])
    _store.clear()
    try:
        yield tmp_path / "policy-lint"
    finally:
        _store.clear()


def _passages(path: Path = COMPLETE) -> list[Any]:
    return passages_of(load_path(path).document)


def _plain(reads: Any) -> list[Any]:
    return [(p.pointer, [(s.topic, s.stance, s.force, s.span, s.words) for s in sts]) for p, sts in reads]


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("readings-*.json"))


def _cold() -> tuple[list[Any], list[Any]]:
    passages = _passages()
    return _plain(read_all(passages)), coverage(passages, ("child_abuse", "at_intake"))


def test_a_warm_run_reads_the_same_without_the_lexicon(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import policy_lint.meaning._lexicon as lexicon_module
    import policy_lint.meaning._read as read_module

    from policy_lint.meaning._passages import no_duty_topics

    cold_reads, cold_cover = _cold()
    no_duty = no_duty_topics()
    assert no_duty, "topics.yaml lists the limits 'we are not mandated reporters' speaks against"
    cold_no_duty_cover = coverage(_passages(), ("child_abuse", "at_intake"), no_duty=frozenset(no_duty))
    assert len(_entries(cache)) == 1
    _store.clear()

    def no_lexicon() -> None:
        raise AssertionError("a warm run loaded the lexicon")

    monkeypatch.setattr(lexicon_module, "lexicon", no_lexicon)
    monkeypatch.setattr(read_module, "lexicon", no_lexicon)
    monkeypatch.setattr(read_module, "_read", no_lexicon)
    passages = _passages()
    assert _store.lookup(passages) is not None
    assert _plain(read_all(passages)) == cold_reads
    assert coverage(passages, ("child_abuse", "at_intake")) == cold_cover
    assert no_duty_topics() == no_duty  # a pack whose place sets no duty for some limits (gb, ca-bc)
    assert coverage(passages, ("child_abuse", "at_intake"), no_duty=frozenset(no_duty)) == cold_no_duty_cover
    for p in passages:  # a rule that reads one passage gets the kept reading too
        read_passage(p.text)


def test_the_cache_is_off_when_asked(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICY_LINT_NO_READING_CACHE", "1")
    _cold()
    monkeypatch.delenv("POLICY_LINT_NO_READING_CACHE")
    monkeypatch.setenv("POLICY_LINT_NO_CACHE", "1")
    _cold()
    assert not cache.exists() or not _entries(cache)


def _rewrite(path: Path, change: Any, *, fix_hash: bool) -> None:
    check, _, payload = path.read_bytes().partition(b"\n")
    data = json.loads(payload)
    change(data)
    payload = json.dumps(data).encode("utf-8")
    path.write_bytes((_digest(payload).encode("ascii") if fix_hash else check) + b"\n" + payload)


def _first_reading(data: dict[str, Any]) -> list[Any]:
    return next(items for items in data["texts"].values() if items)


def test_an_entry_of_another_lexicon_is_ignored(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold_reads, _ = _cold()
    [entry] = _entries(cache)

    def foreign(data: dict[str, Any]) -> None:
        data["key"] = _digest(b"another topics.yaml")  # whole and well formed, but read by another lexicon
        _first_reading(data)[0][1] = "opposite"

    _rewrite(entry, foreign, fix_hash=True)
    _store.clear()
    passages = _passages()
    assert _store.lookup(passages) is None
    assert _plain(read_all(passages)) == cold_reads
    # And a change of the lexicon or of the reader gives the entry another name: it is not even looked at.
    _store.clear()
    monkeypatch.setattr(_store, "_key", lambda: _digest(b"another reader"))
    assert _store.lookup(passages) is None


@pytest.mark.parametrize("fix_hash", [False, True], ids=["hash-left", "hash-forged"])
def test_a_tampered_entry_is_ignored(cache: Path, fix_hash: bool) -> None:
    cold_reads, cold_cover = _cold()
    [entry] = _entries(cache)

    def tamper(data: dict[str, Any]) -> None:
        reading = _first_reading(data)[0]
        # With its hash left, any change is seen; with a new hash, only a change of shape can be.
        reading[1] = "opposite" if not fix_hash else "maybe"

    _rewrite(entry, tamper, fix_hash=fix_hash)
    _store.clear()
    passages = _passages()
    assert _store.lookup(passages) is None
    assert _plain(read_all(passages)) == cold_reads
    assert coverage(passages, ("child_abuse", "at_intake")) == cold_cover


@pytest.mark.parametrize("damage", ["cut", "empty", "not-json", "too-deep", "span-past-end", "missing-text"])
def test_a_damaged_entry_is_read_afresh(cache: Path, damage: str) -> None:
    cold_reads, _ = _cold()
    [entry] = _entries(cache)
    if damage == "cut":
        entry.write_bytes(entry.read_bytes()[:-30])
    elif damage == "empty":
        entry.write_bytes(b"")
    elif damage == "not-json":
        payload = b"{not json"
        entry.write_bytes(_digest(payload).encode("ascii") + b"\n" + payload)
    elif damage == "too-deep":  # well hashed, but JSON nested past what the parser can follow
        payload = b"[" * 200_000 + b"]" * 200_000
        entry.write_bytes(_digest(payload).encode("ascii") + b"\n" + payload)
    elif damage == "span-past-end":
        _rewrite(entry, lambda d: _first_reading(d)[0].__setitem__(3, [0, 10**6]), fix_hash=True)
    else:
        _rewrite(entry, lambda d: d["texts"].pop(next(iter(d["texts"]))), fix_hash=True)
    _store.clear()
    passages = _passages()
    assert _store.lookup(passages) is None
    assert _plain(read_all(passages)) == cold_reads


def test_an_entry_behind_a_link_is_not_read(cache: Path, tmp_path: Path) -> None:
    _cold()
    [entry] = _entries(cache)
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_bytes(entry.read_bytes())
    entry.unlink()
    entry.symlink_to(elsewhere)
    _store.clear()
    assert _store.lookup(_passages()) is None


def test_a_changed_passage_is_read_afresh(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = dict(_cold()[0])
    changed = tmp_path / "changed.yaml"
    text = COMPLETE.read_text(encoding="utf-8")
    said = "The law says we must report it if we think someone is abusing or"
    assert said in text
    changed.write_text(text.replace(said, "The law says we never report it if we think someone is abusing or"), encoding="utf-8")
    _store.clear()
    passages = _passages(changed)
    assert _store.lookup(passages) is None
    after = _plain(read_all(passages))
    assert after != list(before.items()), "the edit should change a reading"
    assert any(stance == "opposite" for _, sts in after for _, stance, *_ in sts)
    _store.clear()
    monkeypatch.setenv("POLICY_LINT_NO_READING_CACHE", "1")
    assert _plain(read_all(passages)) == after
    assert len(_entries(cache)) == 2


def test_the_folder_and_the_writes_of_a_run_are_bounded(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_lint.meaning import Passage

    monkeypatch.setattr(_store, "MAX_FILES", 8)
    monkeypatch.setattr(_store, "MAX_WRITES", 20)
    for i in range(20):
        read_all([Passage("/summary", f"We report child abuse to the county, case {i}.")])
    assert len(_entries(cache)) <= 8
    monkeypatch.setattr(_store, "_WRITTEN", [0])
    monkeypatch.setattr(_store, "_MISSED", [0])
    monkeypatch.setattr(_store, "MAX_WRITES", 2)
    for entry in _entries(cache):
        entry.unlink()
    for i in range(5):
        read_all([Passage("/summary", f"We must warn a person you threaten, case {i}.")])
    assert len(_entries(cache)) == 2


def test_a_run_of_new_policies_stops_looking(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_lint.meaning import Passage

    monkeypatch.setattr(_store, "MAX_MISSES", 3)
    kept = [Passage("/summary", "We report child abuse to the county.")]
    read_all(kept)
    _store.clear()
    assert _store.lookup(kept) is not None  # found: not a miss
    for i in range(3):
        assert _store.lookup([Passage("/summary", f"New text {i}.")]) is None
    _store.clear()
    assert _store.lookup(kept) is None  # no more look-ups in this process


# -- an edited policy: the texts it still holds keep their readings, the rest is read and worked out again --

EXAMPLES = sorted(p for p in (ROOT / "examples").rglob("*") if p.suffix in (".yaml", ".json", ".md", ".html", ".txt") and p.is_file())
PAGES = sorted(p for folder in ("pages", "dev_pages") for p in (ROOT / "tests" / "prose" / folder).iterdir() if p.is_file())


def _edits(passages: list[Any]) -> list[tuple[str, list[Any]]]:
    """Edits of one passage each: an explanation emptied of meaning (its title then counts no more), a
    sentence that reverses a limit, and a passage taken out."""
    from policy_lint.meaning import Passage

    def with_text(i: int, text: str) -> list[Any]:
        p = passages[i]
        return [*passages[:i], Passage(p.pointer, text, p.labels, p.group, p.frame), *passages[i + 1:]]

    out = []
    grouped = [i for i, p in enumerate(passages) if p.group is not None and not p.pointer.endswith(("/title", "/may_tell"))]
    if grouped:
        out.append(("emptied", with_text(grouped[0], "See above.")))
    if passages:
        middle = len(passages) // 2
        out.append(("reversed", with_text(middle, passages[middle].text.rstrip() + " We never report anything you tell us to anyone.")))
    if len(passages) > 1:
        out.append(("removed", passages[:1] + passages[2:]))
    return out


@pytest.mark.parametrize("path", EXAMPLES + PAGES, ids=lambda p: p.name)
def test_an_edited_policy_reads_as_a_cold_read(cache: Path, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each edit of one passage, read with the readings kept for the file before the edit, reads exactly
    as a cold read of the edited passages; and only the new texts are read."""
    document = load_path(path).document
    assert document is not None
    before = passages_of(document)
    source = str(path)
    for name, after in _edits(before):
        for entry in list(cache.glob("*.json")) if cache.exists() else ():
            entry.unlink()
        _store.clear()
        read_all(before, source)  # the run before the edit keeps the readings of the file
        assert sorted(p.name.split("-")[0] for p in cache.glob("*.json")) == ["lastread", "readings"]
        _store.clear()
        read: list[str] = []
        real = _store._READER[0] or __import__("policy_lint.meaning._read", fromlist=["read_passage"]).read_passage

        def counting(text: str) -> Any:
            read.append(text)
            return real(text)

        monkeypatch.setattr(_store, "_READER", [counting])
        assert _store.lookup(after, source) is None  # the edited file is not in the cache ...
        _store.clear()
        edited = _plain(read_all(after, source))
        edited_cover = coverage(after, ("child_abuse", "at_intake"), read_all(after, source))
        new = {p.text for p in after} - {p.text for p in before}
        assert set(read) == new, f"{name}: only the new texts are read"  # ... but its unchanged texts are
        monkeypatch.setattr(_store, "_READER", [real])
        monkeypatch.setenv("POLICY_LINT_NO_READING_CACHE", "1")
        _store.clear()
        assert edited == _plain(read_all(after)), f"{name}: readings differ from a cold read"
        assert edited_cover == coverage(after, ("child_abuse", "at_intake")), f"{name}: coverage differs from a cold read"
        monkeypatch.delenv("POLICY_LINT_NO_READING_CACHE")


def test_a_check_after_an_edit_finds_what_a_cold_check_finds(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The pre-commit case, end to end: a file checked, then edited (a limit said the other way round),
    then checked again finds exactly what a check without the reading cache finds."""
    from policy_lint import lint_paths

    def found() -> list[Any]:
        [result] = lint_paths([str(policy)]).files
        return [(f.rule_id, f.message, f.position, f.pointer) for f in result.findings] + [result.metrics.get("coverage")]

    policy = tmp_path / "policy.yaml"
    text = COMPLETE.read_text(encoding="utf-8")
    policy.write_text(text, encoding="utf-8")
    found()
    assert len(list(cache.glob("lastread-*.json"))) == 1
    said = "The law says we must report it if we think someone is abusing or"
    assert said in text
    policy.write_text(text.replace(said, "The law says we never report it if we think someone is abusing or"), encoding="utf-8")
    _store.clear()
    import policy_lint.meaning._read as read_module

    read: list[str] = []
    monkeypatch.setattr(_store, "_READER", [lambda text: read.append(text) or read_module.read_passage(text)])
    edited = found()
    assert len(set(read)) == 1, "only the changed text is read"
    assert any(rule.startswith("COV") for rule, *_ in edited[:-1] if rule), "the edit should be found"
    monkeypatch.setenv("POLICY_LINT_NO_READING_CACHE", "1")
    _store.clear()
    assert edited == found()


@pytest.mark.parametrize("damage", ["outside", "another-key", "hash-left", "link", "missing-entry"])
def test_a_bad_note_of_the_last_entry_is_ignored(cache: Path, tmp_path: Path, damage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The note that names a file's last entry is checked like an entry: a damaged, foreign or linked one,
    or one that names a file outside the folder, is ignored, and the edited file is read in full."""
    before = _passages()
    read_all(before, str(COMPLETE))
    [note] = cache.glob("lastread-*.json")
    [entry] = _entries(cache)
    if damage == "outside":
        (tmp_path / "readings-00000000000000000000000000000000.json").write_bytes(entry.read_bytes())
        _rewrite(note, lambda d: d.__setitem__("entry", "../readings-00000000000000000000000000000000.json"), fix_hash=True)
    elif damage == "another-key":
        _rewrite(note, lambda d: d.__setitem__("key", _digest(b"another reader")), fix_hash=True)
    elif damage == "hash-left":
        _rewrite(note, lambda d: d.__setitem__("entry", d["entry"]), fix_hash=False)
        note.write_bytes(note.read_bytes().replace(b"readings-", b"readings-0", 1))
    elif damage == "link":
        elsewhere = tmp_path / "note.json"
        elsewhere.write_bytes(note.read_bytes())
        note.unlink()
        note.symlink_to(elsewhere)
    else:
        entry.unlink()
    from policy_lint.meaning import Passage

    after = [*before[:-1], Passage(before[-1].pointer, before[-1].text + " Ask us anything.", before[-1].labels, before[-1].group, before[-1].frame)]
    _store.clear()
    read: list[str] = []
    import policy_lint.meaning._read as read_module

    monkeypatch.setattr(_store, "_READER", [lambda text: read.append(text) or read_module.read_passage(text)])
    edited = _plain(read_all(after, str(COMPLETE)))
    assert set(read) == {p.text for p in after}, "nothing is taken from a bad note"
    monkeypatch.setenv("POLICY_LINT_NO_READING_CACHE", "1")
    _store.clear()
    assert edited == _plain(read_all(after))


def test_refreshed_notes_never_take_the_place_of_a_new_entry(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A found entry refreshes the note of its file from a budget of its own, not from MAX_WRITES."""
    from policy_lint.meaning import Passage

    kept = [Passage("/summary", "We report child abuse to the county.")]
    read_all(kept, source=str(tmp_path / "a.yaml"))
    assert len(_entries(cache)) == 1 and len(list(cache.glob("lastread-*.json"))) == 1
    # A new run that may write one entry: the same text found for two other files, then a new text.
    _store.clear()
    monkeypatch.setattr(_store, "_WRITTEN", [0])
    monkeypatch.setattr(_store, "_NOTES_WRITTEN", [0], raising=False)
    monkeypatch.setattr(_store, "MAX_WRITES", 1)
    for name in ("b.yaml", "c.yaml"):
        _store.clear()
        read_all(kept, source=str(tmp_path / name))
    assert len(list(cache.glob("lastread-*.json"))) == 3  # each file's note names the entry found
    read_all([Passage("/summary", "We must warn a person you threaten.")], source=str(tmp_path / "d.yaml"))
    assert len(_entries(cache)) == 2, "the new text was kept"
    # The notes' budget is bounded too: once spent, a found entry neither reads nor writes a note.
    monkeypatch.setattr(_store, "MAX_NOTE_WRITES", 0, raising=False)
    _store.clear()
    opened: list[str] = []
    real = _store._checked
    monkeypatch.setattr(_store, "_checked", lambda path, *a, **k: opened.append(Path(path).name) or real(path, *a, **k))
    read_all(kept, source=str(tmp_path / "e.yaml"))
    assert not any(n.startswith("lastread-") for n in opened)
    assert len(list(cache.glob("lastread-*.json"))) == 4


def test_a_change_of_the_list_frames_gives_every_entry_another_name(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """data/frames.yaml decides how list items read (and a page's structure): a change of it must never meet an old
    reading (warn22 found readings kept across such a change)."""
    from policy_lint import fileio

    before = _store._key()
    original = fileio.read_regular

    def changed(path: Any, *args: Any, **kwargs: Any) -> bytes:
        data = original(path, *args, **kwargs)
        return data + b"\n# changed\n" if str(path).endswith("frames.yaml") else data

    monkeypatch.setattr(fileio, "read_regular", changed)
    _store._key.cache_clear()
    try:
        assert _store._key() != before
    finally:
        monkeypatch.setattr(fileio, "read_regular", original)
        _store._key.cache_clear()
    assert _store._key() == before
