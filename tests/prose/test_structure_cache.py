"""A prose page's structure kept across runs (readers/structure.py, meaning/_store.py ``remember``).

A page checked again loads neither the lexicon nor the reader: the structure (which passages a heading
speaks for, the frames of its lists) comes from the cache, the readings from theirs. It must be exactly
what a cold read gives, and anything in doubt is read afresh.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import pytest

from policy_lint.loading import load_path
from policy_lint.meaning import _store
from policy_lint.readers import structure
from policy_lint.resources import _digest

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(
    p
    for folder in (ROOT / "examples" / "prose", ROOT / "tests" / "prose" / "pages", ROOT / "tests" / "prose" / "dev_pages")
    for p in folder.iterdir()
    if p.suffix in (".md", ".html", ".txt") and p.is_file()
)
FAQ = ROOT / "examples" / "prose" / "faq.md"


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The caches on, in a folder of their own; this process's memory of them empty."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("POLICY_LINT_NO_CACHE", raising=False)
    monkeypatch.delenv("POLICY_LINT_NO_READING_CACHE", raising=False)
    for name in ("_WRITTEN", "_NOTES_WRITTEN", "_MISSED", "_KEPT_WRITTEN"):
        monkeypatch.setattr(_store, name, [0])
    _store.clear()
    try:
        yield tmp_path / "policy-lint"
    finally:
        _store.clear()


def _frozen(path: Path) -> Any:
    document = load_path(path).document
    assert document is not None
    return structure._frozen(document.reading)


def _cold(path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    with monkeypatch.context() as m:
        m.setenv("POLICY_LINT_NO_READING_CACHE", "1")
        return _frozen(path)


def _no_fresh_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = structure.read_structure_afresh

    def counting(blocks: Any) -> Any:
        calls.append(len(blocks))
        return real(blocks)

    monkeypatch.setattr(structure, "read_structure_afresh", counting)
    return calls


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_a_page_read_again_has_the_structure_of_a_cold_read(cache: Path, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = _cold(path, monkeypatch)
    assert _frozen(path) == cold  # the first run reads afresh and keeps it ...
    assert len(list(cache.glob("structure-*.json"))) == 1
    _store.clear()
    calls = _no_fresh_read(monkeypatch)
    assert _frozen(path) == cold  # ... the next finds it, and it is the same
    assert calls == []


def test_a_page_checked_again_loads_neither_lexicon_nor_reader(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_lint import lint_paths
    import policy_lint.meaning._lexicon as lexicon_module

    def found() -> list[Any]:
        [result] = lint_paths([str(FAQ)]).files
        return [(f.rule_id, f.message, f.position) for f in result.findings] + [(result.metrics or {}).get("coverage")]

    with monkeypatch.context() as m:
        m.setenv("POLICY_LINT_NO_READING_CACHE", "1")
        cold = found()
    assert found() == cold
    _store.clear()

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a page checked again loads the lexicon")

    monkeypatch.setattr(lexicon_module, "lexicon", refuse)
    monkeypatch.setattr(_store, "_READER", [refuse])
    assert found() == cold


def test_an_edited_page_is_read_afresh(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "faq.md"
    text = FAQ.read_text(encoding="utf-8")
    page.write_text(text, encoding="utf-8")
    _frozen(page)
    edited = text.replace("\n\n", "\n\nWe never report anything you tell us to anyone.\n\n", 1)
    page.write_text(edited, encoding="utf-8")
    _store.clear()
    calls = _no_fresh_read(monkeypatch)
    got = _frozen(page)
    assert len(calls) == 1
    assert got == _cold(page, monkeypatch)


def _entry(cache: Path) -> Path:
    [entry] = cache.glob("structure-*.json")
    return entry


def _rewrite(entry: Path, change: Any) -> None:
    data = json.loads(entry.read_bytes().split(b"\n", 1)[1])
    change(data)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    entry.write_bytes(_digest(payload).encode("ascii") + b"\n" + payload)


def _set_limit_block(data: Any, value: Any) -> None:
    data["value"]["limits"][0][0] = value


@pytest.mark.parametrize(
    "damage",
    ["cut", "hash-left", "another-key", "block-out-of-range", "not-a-limit", "frame-of-floats", "not-a-duty", "span-backwards", "not-a-dict"],
)
def test_a_damaged_or_foreign_structure_is_read_afresh(cache: Path, damage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    cold = _cold(FAQ, monkeypatch)
    _frozen(FAQ)
    entry = _entry(cache)
    if damage == "cut":
        entry.write_bytes(entry.read_bytes()[:-30])
    elif damage == "hash-left":
        entry.write_bytes(entry.read_bytes().replace(b'"states"', b'"vague"').replace(b"child_abuse", b"elder_abuse"))
    elif damage == "another-key":
        _rewrite(entry, lambda d: d.__setitem__("key", _digest(b"another reader")))
    elif damage == "block-out-of-range":
        _rewrite(entry, lambda d: _set_limit_block(d, 10**6))
    elif damage == "not-a-limit":
        _rewrite(entry, lambda d: d["value"]["limits"][0][1].__setitem__(0, 5))
    elif damage == "frame-of-floats":
        _rewrite(entry, lambda d: d["value"]["passages"][0].__setitem__(4, [1.5, True]))
    elif damage == "not-a-duty":
        _rewrite(entry, lambda d: d["value"]["duties"].append(["fly_away", 0, [0, 1], []]))
    elif damage == "span-backwards":
        _rewrite(entry, lambda d: d["value"]["limits"][0].__setitem__(2, [[5, 1]]))
    else:
        _rewrite(entry, lambda d: d.__setitem__("value", ["not", "a", "dict"]))
    _store.clear()
    calls = _no_fresh_read(monkeypatch)
    assert _frozen(FAQ) == cold
    assert len(calls) == 1


def test_a_change_of_this_module_gives_the_structure_another_name(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _frozen(FAQ)
    _store.clear()
    monkeypatch.setattr(structure, "_OWN", [_digest(b"another structure.py")])
    calls = _no_fresh_read(monkeypatch)
    _frozen(FAQ)
    assert len(calls) == 1
    assert len(list(cache.glob("structure-*.json"))) == 2


def test_the_cache_off_keeps_no_structure(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POLICY_LINT_NO_READING_CACHE", "1")
    _frozen(FAQ)
    assert not list(cache.glob("structure-*.json")) if cache.exists() else True
