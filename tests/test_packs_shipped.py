"""The shipped packs' patterns are checked here, so a run need not check them again.

``packs._check_patterns`` leaves out the built-in packs read as shipped (it
keeps start-up cheap). These tests make sure that is safe: every pattern of
every built-in pack passes the same check a user's pattern gets, and a user
pack that extends a built-in one still has its own patterns checked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policy_lint import resources
from policy_lint.errors import RulePackError
from policy_lint.packs import load_pack
from policy_lint.patterns import check_user_regex


def _patterns(name: str) -> list[tuple[str, str]]:
    path = resources.pack_path(name)
    assert path is not None
    data = resources.load_shipped_yaml(path)
    found = []
    for entry in data.get("rules") or []:
        for pattern in (entry.get("params") or {}).get("patterns") or []:
            found.append((str(entry["id"]), pattern))
    return found


@pytest.mark.parametrize("name", resources.builtin_packs())
def test_every_shipped_pattern_passes_the_safety_check(name: str) -> None:
    for rid, pattern in _patterns(name):
        assert isinstance(pattern, str), (name, rid)
        assert check_user_regex(pattern) is None, (name, rid, pattern)


def test_some_shipped_pack_has_patterns() -> None:
    assert any(_patterns(name) for name in resources.builtin_packs())


def test_shipped_packs_load_with_and_without_the_check() -> None:
    for name in resources.builtin_packs():
        assert load_pack(name) == load_pack(name, validate_builtin=True)


def test_a_user_pack_over_a_shipped_one_still_has_its_patterns_checked(tmp_path: Path) -> None:
    pack = tmp_path / "mine.yaml"
    pack.write_text(
        "pack: mine\n"
        "extends: base\n"
        "rules:\n"
        "  - id: USR001\n"
        "    name: no-bad-pattern\n"
        "    kind: text.placeholder\n"
        "    severity: error\n"
        "    message: Do not write this.\n"
        "    summary: No bad pattern.\n"
        "    params:\n"
        "      patterns: ['(a+)+$']\n",
        encoding="utf-8",
    )
    with pytest.raises(RulePackError, match="will not run"):
        load_pack(str(pack))


def test_compiling_a_shipped_pattern_skips_only_the_second_check() -> None:
    from policy_lint.patterns import UnsafePattern, compile_user_regex
    from policy_lint.patterns.user_regex import _SHIPPED

    load_pack("base")
    shipped = [p for _, p in _patterns("base")]
    assert shipped and all(p in _SHIPPED for p in shipped)
    assert compile_user_regex(shipped[0]).search("a TODO here") is not None
    with pytest.raises(UnsafePattern):
        compile_user_regex("(b+)+$")  # never shipped: still checked
