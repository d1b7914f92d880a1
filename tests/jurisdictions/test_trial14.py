"""A consultant's trial of the packs (places14): for each place with a pack, a short correct policy in that
place's own words, and one with a typical mistake (tests/jurisdictions/trial14/<pack>/ok.* and bad.*).

The correct one gets no finding of a limit, a duty or the place's law (the place is assumed from its
address: JUR004, an info, is left out). The one with a mistake gets exactly the findings that name it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

import pytest

from tests.conftest import CliRun

TRIAL = Path(__file__).parent / "trial14"

#: The findings of each page with a mistake, and the mistake.
MISTAKES = {
    "us": ({"COV004", "COV006", "JUR003"}, "no limit on abuse of older or dependent adults (Ohio: the us pack)"),
    "us-ca": ({"COV006", "JUR201", "JUR203", "JUR204"}, "'I may decide to warn that person', no police, no dependent adults"),
    "us-tx": ({"JUR301"}, "'Texas law requires us to warn the person you threatened'"),
    "us-ny": ({"JUR401", "JUR402"}, "no SAFE Act report; elder abuse said to be a duty"),
    "gb": ({"JUR501", "JUR502", "JUR503"}, "no terrorism duty; 'as HIPAA requires'; 'call 911'"),
    "ie": ({"JUR831", "JUR832", "JUR833"}, "'I may report it', to no one named; 'HIPAA protects your information'"),
    "ca-bc": ({"JUR601", "JUR602"}, "'I may report it', to no one named"),
    "ca-on": ({"JUR802", "JUR803"}, "'I may report it to a children's aid society'; 'under HIPAA'"),
    "au-nsw": ({"JUR701", "JUR702"}, "'I may let someone know'"),
    "au-vic": ({"JUR812"}, "'I may report it to Child Protection'"),
    "au-qld": ({"JUR822"}, "'I am a mandatory reporter ... I do not report to the police'"),
}

_RULE = re.compile(r" (?:error|warning|info) ((?:JUR|COV|LIM|NOT)\d{3}) ")


def _found(run_cli: Callable[..., CliRun], page: Path) -> set[str]:
    out = run_cli("check", str(page), "--no-hints").stdout
    return {m.group(1) for m in _RULE.finditer(out)} - {"JUR004"}


def _page(pack: str, name: str) -> Path:
    return next(p for p in (TRIAL / pack).iterdir() if p.stem == name)


def test_every_pack_of_a_place_is_tried() -> None:
    from policy_lint import resources

    places = {name for name in resources.builtin_packs() if name not in ("base", "plain-language", "suppressions")}
    assert places == set(MISTAKES)


@pytest.mark.parametrize("pack", sorted(MISTAKES))
def test_a_correct_policy_in_the_places_own_words_gets_no_finding(run_cli: Callable[..., CliRun], pack: str) -> None:
    found = _found(run_cli, _page(pack, "ok"))
    assert found == ({"JUR003"} if pack == "us" else set()), found  # (Ohio has no pack of its own: JUR003 says so)


@pytest.mark.parametrize("pack", sorted(MISTAKES))
def test_a_typical_mistake_is_found(run_cli: Callable[..., CliRun], pack: str) -> None:
    want, mistake = MISTAKES[pack]
    assert _found(run_cli, _page(pack, "bad")) == want, mistake


@pytest.mark.parametrize("pack", sorted(MISTAKES))
def test_the_place_is_assumed_from_the_address(run_cli: Callable[..., CliRun], pack: str) -> None:
    out = run_cli("check", str(_page(pack, "ok")), "--no-hints").stdout
    code = "US-OH" if pack == "us" else pack.upper()
    assert f"({code})" in next(x for x in out.splitlines() if " JUR004 " in x)
