"""The on-disk cache of parsed built-in YAML: used, refreshed, and never required."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from policy_lint import resources
from policy_lint.packs import load_pack


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of our own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("POLICY_LINT_NO_CACHE", raising=False)
    return tmp_path / "policy-lint"


def _copy(tmp_path: Path) -> Path:
    src = resources.data_path("categories.yaml")
    dst = tmp_path / "vocab.yaml"
    dst.write_bytes(src.read_bytes())
    return dst


def test_second_load_comes_from_the_cache(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """After one parse, the data comes back from the JSON copy without parsing."""
    path = _copy(tmp_path)
    first = resources.load_shipped_yaml(path)
    assert 1 == len(list(cache.glob("vocab-*.json")))

    def no_parse(_: Path) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr("policy_lint.loading.reading.load_trusted", no_parse)

    assert first == resources.load_shipped_yaml(path)


def test_a_changed_file_is_parsed_again(cache: Path, tmp_path: Path) -> None:
    """Editing the file changes its cache name (a hash of its content), so a stale copy is never read."""
    path = _copy(tmp_path)
    resources.load_shipped_yaml(path)
    path.write_text("version: 2\ncategories: {}\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))

    assert {"version": 2, "categories": {}} == resources.load_shipped_yaml(path)
    assert 2 == len(list(cache.glob("vocab-*.json")))


def test_cache_can_be_turned_off(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """POLICY_LINT_NO_CACHE=1 parses every time and writes nothing."""
    monkeypatch.setenv("POLICY_LINT_NO_CACHE", "1")

    resources.load_shipped_yaml(_copy(tmp_path))

    assert not cache.exists()


def test_unwritable_cache_is_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache folder that cannot be made (a file is in the way) just means no cache."""
    blocker = tmp_path / "blocked"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))

    assert load_pack("base").rule("COV004") is not None


def test_corrupt_cache_file_is_ignored(cache: Path, tmp_path: Path) -> None:
    """A damaged cache file is parsed around, never trusted, and then repaired."""
    path = _copy(tmp_path)
    expected = resources.load_shipped_yaml(path)
    (cached,) = cache.glob("vocab-*.json")
    cached.write_text("{not json", encoding="utf-8")

    assert expected == resources.load_shipped_yaml(path)
    check, _, payload = cached.read_bytes().partition(b"\n")  # a hash of the JSON, then the JSON
    assert expected == json.loads(payload)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX modes")
def test_a_cache_folder_others_may_write_in_is_not_used(cache: Path, tmp_path: Path) -> None:
    # (review of session 7) A check sum finds damage, not a forgery: what keeps others' entries out is a
    # folder no one else may write in. One that others may write in is not used; nothing is read or written.
    cache.mkdir(mode=0o700)
    assert resources._own_folder(cache)
    for mode in (0o770, 0o777, 0o722):
        os.chmod(cache, mode)
        assert not resources._own_folder(cache), oct(mode)
    os.chmod(cache, 0o777)
    load_pack("base")
    assert list(cache.iterdir()) == []
    os.chmod(cache, 0o700)


def test_a_lexicon_snapshot_of_another_shape_is_compiled_again(cache: Path) -> None:
    # (review of session 7) A snapshot whose check sum matches but whose objects are not what this code
    # writes (here: the branches as a number) gave an AttributeError on every run; it is made again.
    import marshal
    from zlib import crc32

    from policy_lint.meaning._lexicon import COMPILED_FORMAT, lexicon

    lexicon.cache_clear()
    try:
        first = lexicon()
        entry = next(cache.glob("topics-compiled-*.bin"))
        payload = marshal.dumps((COMPILED_FORMAT, {}, {}, 7, [1]))
        entry.write_bytes(b"%08x\n" % crc32(payload) + payload)
        lexicon.cache_clear()
        assert lexicon().topics == first.topics
        check, _, payload = entry.read_bytes().partition(b"\n")
        assert check == b"%08x" % crc32(payload) and marshal.loads(payload)[3].__class__ is bytes  # written anew
    finally:
        lexicon.cache_clear()


def test_old_entries_of_a_file_are_pruned(cache: Path, tmp_path: Path) -> None:
    # (session 8) Each new version of a file or of policy-lint wrote a new entry and none was ever
    # removed: the compiled lexicon alone is about 0.8 MB an entry. The newest CACHE_KEEP are kept.
    path = _copy(tmp_path)
    resources.load_shipped_yaml(path)
    cache.joinpath("vocab-extra-0.1-" + "a" * 32 + ".json").write_text("{}")  # another file's entry
    cache.joinpath("vocab-0.1").mkdir()  # not an entry
    for n in range(5):
        old = cache / f"vocab-0.0.{n}-{'b' * 31}{n}.json"
        old.write_text("x\n{}")
        os.utime(old, (1000 + n, 1000 + n))
    path.write_text("version: 2\ncategories: {}\n", encoding="utf-8")
    resources.load_shipped_yaml(path)  # a miss: written, then the old ones pruned

    left = sorted(p.name for p in cache.glob("vocab-*.json"))
    assert len([n for n in left if not n.startswith("vocab-extra")]) == resources.CACHE_KEEP
    assert "vocab-0.0.4-" + "b" * 31 + "4.json" in left  # the newest old one stays
    assert "vocab-0.0.0-" + "b" * 31 + "0.json" not in left
    assert any(n.startswith("vocab-extra-") for n in left)
    assert cache.joinpath("vocab-0.1").is_dir()


def test_old_lexicon_snapshots_are_pruned(cache: Path) -> None:
    from policy_lint.meaning._lexicon import lexicon

    cache.mkdir(mode=0o700, parents=True, exist_ok=True)
    for n in range(5):
        old = cache / f"topics-compiled-0.0.{n}-old.bin"
        old.write_bytes(b"0\n")
        os.utime(old, (1000 + n, 1000 + n))
    older = cache / "topics-compiled-0.0.0-4-0123.json"  # the format of earlier versions
    older.write_text("{}")
    os.utime(older, (999, 999))
    lexicon.cache_clear()
    try:
        lexicon()
    finally:
        lexicon.cache_clear()
    assert len(list(cache.glob("topics-compiled-*.bin"))) == resources.CACHE_KEEP
    assert not older.exists()
    assert 1 == len([p for p in cache.glob("topics-compiled-*.bin") if "-old" not in p.name])
