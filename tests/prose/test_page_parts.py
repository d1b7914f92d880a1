"""A web page's header and footer: never linted, but read for facts.

The footer of a practice's page often holds its address, phone and email
("© 2026 Oak Grove Counseling, 1200 Grand Ave, Oakland, CA 94610"). Facts
are not rules: the address still gives the jurisdiction (assumed, JUR004),
and an email or phone there still counts as a contact (DOC003), but the
footer's words are never checked (no TXT001 for its "TBD").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from policy_lint.loading import load_bytes

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Confidentiality | Oak Grove Counseling</title></head>
<body>
{header}
<main>
<h1>Confidentiality and Its Limits</h1>
<p>What you tell your therapist stays between you and us. We do not share it without your written permission, except in the few cases below.</p>
<p>We go over these limits with you at your first session.</p>
<ul>
<li>If you tell us you plan to seriously hurt yourself soon, we may call emergency services.</li>
<li>If we think a child is being abused or neglected, we must report it to child protective services.</li>
</ul>
<p>If you have questions, ask your therapist.</p>
<p>Effective as of January 15, 2026.</p>
</main>
{footer}
</body></html>
"""
FOOTER = '<footer class="site-footer"><p>&copy; 2026 Oak Grove Counseling, 1200 Grand Ave, Oakland, CA 94610. TBD.</p><p>Call (510) 555-0142 or email hello@oakgrove.example</p></footer>'


def _page(header: str = "", footer: str = FOOTER) -> bytes:
    return PAGE.format(header=header, footer=footer).encode()


def _check(tmp_path: Path, run_cli: Any, raw: bytes, *args: str) -> list[dict[str, Any]]:
    path = tmp_path / "privacy.html"
    path.write_bytes(raw)
    report = json.loads(run_cli("check", "--isolated", "-f", "json", *args, str(path)).stdout)
    return [f for fr in report["files"] for f in fr["findings"]]


def test_the_footer_address_gives_the_jurisdiction_assumed(tmp_path: Path, run_cli: Any) -> None:
    found = _check(tmp_path, run_cli, _page())
    assumed = [f for f in found if f["rule"] == "JUR004"]
    assert len(assumed) == 1 and "CA 94610" in assumed[0]["message"] and "California (US-CA)" in assumed[0]["message"]
    # Its place is the footer's own line and column.
    line = _page().decode().splitlines()[assumed[0]["line"] - 1]
    assert line[assumed[0]["column"] - 1 :].startswith("CA 94610")
    assert not [f for f in found if f["rule"] == "JUR003"]


def test_the_footer_contact_counts_but_its_words_are_not_linted(tmp_path: Path, run_cli: Any) -> None:
    rules = {f["rule"] for f in _check(tmp_path, run_cli, _page())}
    assert "DOC003" not in rules  # the phone and email in the footer are the contact
    assert "TXT001" not in rules  # "TBD" in the footer is no policy text


def test_without_the_footer_nothing_is_found(tmp_path: Path, run_cli: Any) -> None:
    rules = {f["rule"] for f in _check(tmp_path, run_cli, _page(footer=""))}
    assert {"DOC003", "JUR003"} <= rules and "JUR004" not in rules


@pytest.mark.parametrize(
    "footer",
    [
        '<div role="contentinfo"><p>Oak Grove Counseling, Oakland, CA 94610. Call (510) 555-0142.</p></div>',
        '<div id="colophon"><p>Oak Grove Counseling, Oakland, CA 94610. Call (510) 555-0142.</p></div>',
    ],
)
def test_a_footer_by_role_or_name(footer: str) -> None:
    doc = load_bytes(_page(footer=footer), "privacy.html").document
    assert doc is not None
    assert doc.data["clinic"]["contact"]["phone"] == "(510) 555-0142"
    assert [t for _, t in doc.outside_strings()] == ["Oak Grove Counseling, Oakland, CA 94610. Call (510) 555-0142."]
    assert all("Oakland" not in b.text for b in doc.blocks)


def test_a_header_gives_facts_too_but_not_its_menu() -> None:
    header = '<header><nav><a href="/">Home</a> <a href="/contact">Contact</a></nav><p>Oak Grove Counseling &middot; (510) 555-0142</p></header>'
    doc = load_bytes(_page(header=header, footer=""), "privacy.html").document
    assert doc is not None
    assert [t for _, t in doc.outside_strings()] == ["Oak Grove Counseling · (510) 555-0142"]
    assert doc.data["clinic"]["contact"]["phone"] == "(510) 555-0142"


def test_a_cookie_banner_in_the_footer_gives_no_facts() -> None:
    footer = '<footer><div class="cookie-consent"><p>We use cookies. Call (510) 555-0000 to opt out.</p></div><p>Oakland, CA 94610</p></footer>'
    doc = load_bytes(_page(footer=footer), "privacy.html").document
    assert doc is not None
    assert [t for _, t in doc.outside_strings()] == ["Oakland, CA 94610"]


def test_the_policy_own_contact_comes_first() -> None:
    raw = _page().replace(b"ask your therapist.", b"email privacy@oakgrove.example.")
    doc = load_bytes(raw, "privacy.html").document
    assert doc is not None
    assert doc.data["clinic"]["contact"]["email"] == "privacy@oakgrove.example"
    assert doc.data["clinic"]["contact"]["phone"] == "(510) 555-0142"  # only the footer has one


def test_import_fills_the_jurisdiction_and_contact_from_the_footer(tmp_path: Path, run_cli: Any) -> None:
    from ruamel.yaml import YAML

    path = tmp_path / "privacy.html"
    path.write_bytes(_page())
    text = run_cli("import", str(path)).stdout
    data = YAML(typ="safe", pure=True).load(text)
    assert data["clinic"]["jurisdiction"] == "US-CA"
    assert data["clinic"]["contact"] == {"email": "hello@oakgrove.example", "phone": "(510) 555-0142"}
    assert "in the page's header or footer" in text
    out = tmp_path / "policy.yaml"
    out.write_text(text, encoding="utf-8")
    rules = {f["rule"] for fr in json.loads(run_cli("check", "--isolated", "-f", "json", str(out)).stdout)["files"] for f in fr["findings"]}
    assert not {r for r in rules if r.startswith("SCH")}


def test_a_baseline_names_a_footer_finding_by_its_text(tmp_path: Path, run_cli: Any) -> None:
    from policy_lint.baseline import stable_pointer

    doc = load_bytes(_page(), "privacy.html").document
    assert stable_pointer(doc, "/outside/0").startswith("/outside/@paragraph:")


def test_a_huge_footer_is_bounded() -> None:
    from policy_lint.loading.document import Limits

    footer = "<footer><p>" + "word " * 50_000 + "</p>" + "".join(f"<p>Line {i} of the footer.</p>" for i in range(500)) + "</footer>"
    result = load_bytes(_page(footer=footer), "privacy.html", limits=Limits(max_string=1000))
    doc = result.document
    assert doc is not None
    assert len(doc.outside) == 200 and all(len(b.text) <= 1000 for b in doc.outside)
    assert len(doc.outside[0].text) == 1000
    assert not [p for p in result.problems if p.code == "too-long"]  # the footer is not linted: no finding
