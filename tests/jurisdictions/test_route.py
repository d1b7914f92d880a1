"""Each policy is checked against the pack of its place: chosen from the policy, --jurisdiction, the config, or an address."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "config"))

from config_helpers import cli, lint, repo, rules_of, write  # noqa: E402,F401

CA_NO_DEPENDENT = (Path(__file__).resolve().parents[2] / "examples" / "jurisdictions" / "ca-no-dependent-adults.yaml").read_text(encoding="utf-8")
TX_DISABILITY_GAP = """\
schema_version: 1
clinic:
  name: Hill Country Counseling
  jurisdiction: US-TX
  contact: {email: privacy@hill.example}
  effective_date: 2026-01-15
limits:
  - category: elder_abuse
    title: If an elderly person may be hurt
    explanation: If we think an elderly person is being abused or neglected, we must report it to Adult Protective Services.
"""


CA_LAW = "Cal. Welf. & Inst. Code 15630"
TX_LAW = "Tex. Hum. Res. Code 48.051"


def _dependent(result) -> str:  # type: ignore[no-untyped-def]
    """The message of COV006 (dependent adults), which each place's pack words with its own law."""
    return next((f.message for f in result.findings() if f.rule_id == "COV006"), "")


def _without(text: str, key: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.strip().startswith(f"{key}:")) + "\n"


def test_a_policy_gets_the_pack_of_its_own_jurisdiction(repo: Path) -> None:
    write(repo / "ca.yaml", CA_NO_DEPENDENT)
    write(repo / "tx.yaml", TX_DISABILITY_GAP)
    result = lint("ca.yaml", "tx.yaml")
    by_file = {Path(fr.path).name: " ".join(f.message for f in fr.findings if f.rule_id == "COV006") for fr in result.files}
    assert CA_LAW in by_file["ca.yaml"] and TX_LAW not in by_file["ca.yaml"]
    assert TX_LAW in by_file["tx.yaml"] and CA_LAW not in by_file["tx.yaml"]


def test_the_option_and_the_config_key_give_the_place_to_a_policy_that_does_not_say(repo: Path) -> None:
    text = _without(TX_DISABILITY_GAP, "jurisdiction")
    write(repo / "a.yaml", text)
    assert TX_LAW not in _dependent(lint("a.yaml"))
    assert TX_LAW in _dependent(lint("a.yaml", jurisdiction="US-TX"))
    write(repo / ".policy-lint.yaml", "jurisdiction: US-TX\n")
    assert TX_LAW in _dependent(lint("a.yaml"))


def test_the_policy_wins_over_the_option(repo: Path) -> None:
    write(repo / "ca.yaml", CA_NO_DEPENDENT)
    assert CA_LAW in _dependent(lint("ca.yaml", jurisdiction="US-TX"))


def test_an_address_gives_an_assumed_place(repo: Path) -> None:
    text = _without(TX_DISABILITY_GAP, "jurisdiction").replace("  contact:", "  address: 1 Congress Ave, Austin, TX 78701\n  contact:")
    write(repo / "a.yaml", text)
    result = lint("a.yaml")
    found = {f.rule_id: f for f in result.findings()}
    assert TX_LAW in found["COV006"].message  # checked against us-tx
    assert "assumed Texas (US-TX) and used the us-tx pack" in found["JUR004"].message
    assert found["JUR004"].line == 4  # the address, where the jurisdiction line was


def test_a_city_and_state_code_without_a_zip_code_give_an_assumed_place(repo: Path) -> None:
    """"Austin, TX" with no ZIP code: the state is assumed, as from a full address (it gave no place)."""
    text = _without(TX_DISABILITY_GAP, "jurisdiction").replace("  contact:", "  address: 1 Congress Ave, Austin, TX\n  contact:")
    write(repo / "a.yaml", text)
    found = {f.rule_id: f for f in lint("a.yaml").findings()}
    assert TX_LAW in found["COV006"].message  # checked against us-tx
    assert found["JUR004"].message.startswith("The policy does not say where the practice is. From 'Austin, TX', policy-lint assumed Texas (US-TX)")


def test_a_city_in_a_pages_heading_or_address_line_gives_the_place_but_a_degree_does_not(repo: Path) -> None:
    body = "What you tell us stays private.\n\nIf you may seriously hurt yourself soon, we may call emergency services.\n"
    write(repo / "heading.md", "# Elm Street Therapy, Oakland, CA\n\n" + body)
    write(repo / "footer.md", "# Privacy at Elm Street Therapy\n\n" + body + "\nElm Street Therapy \u00b7 12 Elm St \u00b7 Oakland, CA\n")
    write(repo / "people.md", "# Privacy at Elm Street Therapy\n\n" + body + "\nDr. Dana Smith, MA\n\nJane Lee, PhD, LP\n\nWe also see clients from Reno, NV.\n")
    by_file = {Path(fr.path).name: {f.rule_id: f.message for f in fr.findings} for fr in lint("heading.md", "footer.md", "people.md").files}
    assert "From 'Oakland, CA', policy-lint assumed California (US-CA)" in by_file["heading.md"]["JUR004"]
    assert "From 'Oakland, CA', policy-lint assumed California (US-CA)" in by_file["footer.md"]["JUR004"]
    assert "JUR004" not in by_file["people.md"] and "could not tell where your practice is" in by_file["people.md"]["JUR003"]


def test_a_city_address_against_another_jurisdiction_is_jur002(repo: Path) -> None:
    text = TX_DISABILITY_GAP.replace("  contact:", "  address: 12 River Road, Sacramento, CA\n  contact:")
    write(repo / "a.yaml", text)
    found = {f.rule_id: f for f in lint("a.yaml").findings()}
    assert found["JUR002"].message == "The jurisdiction is US-TX (Texas), but the address is in California ('Sacramento, CA'). Did you mean 'US-CA'?"


def test_a_wrong_option_or_config_value_stops_the_run_with_a_suggestion(repo: Path) -> None:
    write(repo / "a.yaml", TX_DISABILITY_GAP)
    run = cli("check", "a.yaml", "--jurisdiction", "Texas")
    assert run.exit_code == 2
    assert "Did you mean 'US-TX' (Texas)?" in run.stderr
    write(repo / ".policy-lint.yaml", "jurisdiction: TX\n")
    run = cli("check", "a.yaml")
    assert run.exit_code == 2
    assert ".policy-lint.yaml:1:15: 'TX' is not a region code. Did you mean 'US-TX' (Texas)?" in run.stderr


def test_an_explicit_pack_wins_and_jur003_says_what_it_leaves_out(repo: Path) -> None:
    write(repo / "tx.yaml", TX_DISABILITY_GAP)
    result = lint("tx.yaml", pack="base")
    found = {f.rule_id: f for f in result.findings()}
    assert TX_LAW not in found["COV006"].message
    assert "The pack us-tx has the rules for Texas (US-TX), but this run uses the pack base" in found["JUR003"].message
    result = lint("tx.yaml", pack="us-tx")
    assert TX_LAW in _dependent(result) and "JUR003" not in rules_of(result)


def test_a_place_without_a_pack_says_so_once_as_info(repo: Path) -> None:
    write(repo / "on.yaml", TX_DISABILITY_GAP.replace("US-TX", "CA-AB"))
    write(repo / "wa.yaml", TX_DISABILITY_GAP.replace("US-TX", "US-WA"))
    result = lint("on.yaml", "wa.yaml")
    jur003 = {Path(fr.path).name: [f for f in fr.findings if f.rule_id == "JUR003"] for fr in result.files}
    assert len(jur003["on.yaml"]) == 1 and jur003["on.yaml"][0].severity.value == "info"
    assert "no rule pack for Alberta (CA-AB). It checked the policy against the base pack only." in jur003["on.yaml"][0].message
    assert "no rule pack for Washington (US-WA). It checked the policy against the us pack" in jur003["wa.yaml"][0].message


def test_config_rules_of_any_place_can_be_named(repo: Path) -> None:
    """select, ignore and severity may name a rule of a place's pack; each pack gets only its own."""
    write(repo / "tx.yaml", TX_DISABILITY_GAP)
    text = TX_DISABILITY_GAP + "  - category: harm_to_others\n    title: If you might hurt someone\n    explanation: If you tell us you plan to hurt someone, we must warn that person.\n"
    write(repo / "tx.yaml", text)
    write(repo / ".policy-lint.yaml", "severity:\n  JUR301: info\nignore: [JUR201]\n")
    result = lint("tx.yaml")
    found = {f.rule_id: f for f in result.findings()}
    assert found["JUR301"].severity.value == "info"
    write(repo / ".policy-lint.yaml", "ignore: [JUR301]\n")
    assert "JUR301" not in rules_of(lint("tx.yaml"))
    assert "JUR301" not in rules_of(lint("tx.yaml", ignore=("tx-duty-to-warn-promised",)))


def test_the_address_and_the_code_disagree(repo: Path) -> None:
    text = TX_DISABILITY_GAP.replace("US-TX", "CA").replace("  contact:", "  address: 12 River Road, Sacramento, CA 95814\n  contact:")
    write(repo / "a.yaml", text)
    found = {f.rule_id: f for f in lint("a.yaml").findings()}
    assert found["JUR002"].message == "The jurisdiction is CA (Canada), but the address is in California ('CA 95814'). Did you mean 'US-CA'?"


@pytest.mark.parametrize("value", ["TX", "UK", "US-XX"])
def test_a_code_of_the_right_form_that_no_place_has_is_jur001(repo: Path, value: str) -> None:
    write(repo / "a.yaml", TX_DISABILITY_GAP.replace("US-TX", value))
    found = {f.rule_id: f for f in lint("a.yaml").findings()}
    assert "JUR001" in found and "SCH003" not in found


@pytest.mark.parametrize(("value", "code"), [("Texas", "US-TX"), ("tx", "US-TX"), ("california", "US-CA")])
def test_a_value_of_the_wrong_form_is_sch003_with_the_suggestion(repo: Path, value: str, code: str) -> None:
    write(repo / "a.yaml", TX_DISABILITY_GAP.replace("US-TX", value))
    found = {f.rule_id: f for f in lint("a.yaml").findings()}
    assert "JUR001" not in found
    assert f"Did you mean '{code}'" in found["SCH003"].message


def test_sarif_lists_the_rules_of_every_place(repo: Path) -> None:
    import json

    write(repo / "tx.yaml", TX_DISABILITY_GAP)
    run = cli("check", "tx.yaml", "--format", "sarif")
    rules = {r["id"] for r in json.loads(run.stdout)["runs"][0]["tool"]["driver"]["rules"]}
    assert {"JUR201", "JUR301", "JUR401", "JUR501", "NPP001"} <= rules


def test_a_failure_in_choosing_the_pack_is_an_internal_error_not_a_silent_pass(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_lint.jurisdictions import select

    def broken(code: str | None) -> tuple[str | None, bool]:
        raise RuntimeError("boom")

    monkeypatch.setattr(select, "pack_for", broken)
    write(repo / "tx.yaml", TX_DISABILITY_GAP)
    result = lint("tx.yaml")
    assert [f.rule_id for f in result.findings()] == ["PL000"]


# -- many clinics in many places: an audit gives each clinic its own place ----------

_PAGE = """<html><body><main><h1>Privacy at {name}</h1>
<p>If we think an elderly person is being abused or neglected, we must report it to Adult Protective Services.</p>
</main></body></html>
"""


def _places(run) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    import json

    return {Path(c["path"]).name: (c["jurisdiction"]["code"], c["jurisdiction"]["source"]) for c in json.loads(run.stdout)["clinics"]}


def test_an_audit_takes_the_place_of_each_clinic_from_its_folder_or_the_config(repo: Path) -> None:
    """A folder named by a code (US-TX/), a per_file_jurisdiction pattern, the config's default; the option wins over both."""
    write(repo / "clinics" / "US-TX" / "hill.html", _PAGE.format(name="Hill Country Counseling"))
    write(repo / "clinics" / "US-CA" / "bay" / "privacy.html", _PAGE.format(name="Bay Therapy"))
    write(repo / "clinics" / "oak.html", _PAGE.format(name="Oak Counseling"))
    write(repo / "clinics" / "elm.html", _PAGE.format(name="Elm Counseling"))
    write(repo / ".policy-lint.yaml", 'jurisdiction: US-NY\nper_file_jurisdiction:\n  "clinics/oak.html": US-CA\n')

    run = cli("audit", "clinics", "--format", "json")
    assert run.exit_code == 0, run.stderr
    assert _places(run) == {
        "hill.html": ("US-TX", "folder"),
        "privacy.html": ("US-CA", "folder"),
        "oak.html": ("US-CA", "config"),
        "elm.html": ("US-NY", "config"),
    }
    with_option = _places(cli("audit", "clinics", "--format", "json", "--jurisdiction", "GB"))
    assert set(with_option.values()) == {("GB", "option")}


def test_the_folder_place_picks_the_pack_for_check_too(repo: Path) -> None:
    """check reads the same place: the Texas page is checked against the us-tx pack's law."""
    write(repo / "clinics" / "US-TX" / "hill.html", _PAGE.format(name="Hill Country Counseling"))
    assert TX_LAW in _dependent(lint(repo / "clinics" / "US-TX" / "hill.html"))
    write(repo / "clinics" / "texas" / "hill.html", _PAGE.format(name="Hill Country Counseling"))
    assert TX_LAW not in _dependent(lint(repo / "clinics" / "texas" / "hill.html"))  # not a code: no place from the folder


def test_a_wrong_code_in_per_file_jurisdiction_stops_the_run(repo: Path) -> None:
    write(repo / "a.html", _PAGE.format(name="Oak"))
    write(repo / ".policy-lint.yaml", 'per_file_jurisdiction:\n  "a.html": US-TQ\n')
    run = cli("check", "a.html")
    assert run.exit_code == 2
    assert ".policy-lint.yaml:" in run.stderr and "is not a region code" in run.stderr


_OWN_PLACE = """# Privacy at Calm Harbor Therapy

What you tell me stays private. {said}

If I suspect a child is being abused, I must report it to Child Protective Services.
"""


def _audit_json(run) -> dict:  # type: ignore[no-untyped-def,type-arg]
    import json

    assert run.exit_code == 0, run.stderr
    return json.loads(run.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("said", "note"),
    [
        # Found in trial 6: a California page in a US-TX folder was checked as Texas, and nothing said so.
        ("Calm Harbor Therapy, 4100 Park Blvd, Oakland, CA 94610.", "its address is in California (US-CA) ('CA 94610')"),
        ("If you threaten someone, California law requires me to warn that person.", "its words name the law of California (US-CA)"),
        # the page agrees with its folder, or names no place: no note
        ("Calm Harbor Therapy, 900 Congress Ave, Austin, TX 78701.", None),
        ("I follow the law where I work.", None),
        ("Unlike what some think, Georgia law is not named here.", None),  # a name two places share picks none
    ],
)
def test_a_page_whose_address_or_words_disagree_with_its_folder_gets_a_note(repo: Path, said: str, note: str | None) -> None:
    write(repo / "clinics" / "US-TX" / "calm" / "privacy.md", _OWN_PLACE.format(said=said))
    run = cli("audit", "clinics", "--format", "json")
    data = _audit_json(run)
    [clinic] = data["clinics"]
    assert (clinic["jurisdiction"]["code"], clinic["jurisdiction"]["source"]) == ("US-TX", "folder")  # the folder wins
    if note is None:
        assert "conflict" not in clinic["jurisdiction"] and not data["notes"] and "its folder says" not in run.stderr
        return
    [written] = data["notes"]
    assert written.startswith(clinic["path"] + ": its folder says Texas (US-TX), but ") and note in written
    assert clinic["path"].endswith("calm/privacy.md")
    assert "policy-lint used Texas (US-TX), as its folder says. If the document is right, move it to a folder named US-CA" in written
    assert clinic["jurisdiction"]["conflict"] == written
    assert written in run.stderr  # said on the terminal too
    assert written.replace("_", "\\_") in cli("audit", "clinics").stdout  # and in the report's Notes


def test_a_country_folder_and_a_state_address_agree(repo: Path) -> None:
    write(repo / "clinics" / "US" / "calm.md", _OWN_PLACE.format(said="Calm Harbor Therapy, 4100 Park Blvd, Oakland, CA 94610."))
    assert not _audit_json(cli("audit", "clinics", "--format", "json"))["notes"]


def test_jurisdiction_option_against_the_address_says_how_to_change_it(repo: Path) -> None:
    write(repo / "clinics" / "calm.md", _OWN_PLACE.format(said="Calm Harbor Therapy, 4100 Park Blvd, Oakland, CA 94610."))
    [note] = _audit_json(cli("audit", "clinics", "--format", "json", "--jurisdiction", "US-TX"))["notes"]
    assert "--jurisdiction says Texas (US-TX)" in note and note.endswith("If the document is right, leave out --jurisdiction.")


def test_many_places_that_disagree_give_one_line_on_the_terminal_and_every_note_in_the_report(repo: Path) -> None:
    """Trial 7: 400 files gave 400 lines on standard error, and a Word file was called a "page"."""
    said = "Calm Harbor Therapy, 4100 Park Blvd, Oakland, CA 94610."
    for n in range(5):
        write(repo / "clinics" / "US-TX" / f"calm{n}" / "privacy.md", _OWN_PLACE.format(said=said))
    write(repo / "clinics" / "US-TX" / "site" / "privacy.html", "<html><body><h1>Privacy</h1><p>" + _OWN_PLACE.format(said=said).replace("\n", " ") + "</p></body></html>")
    run = cli("audit", "clinics", "--format", "json")
    data = _audit_json(run)
    assert len(data["notes"]) == 6  # the report keeps every one
    lines = [line for line in run.stderr.splitlines() if "folder" in line]
    assert lines == ["6 files name another place than their folder, in their address or their words. policy-lint used the folder for each. The report's Notes list them all."]
    page = next(n for n in data["notes"] if "privacy.html" in n)
    assert "If the page is right" in page  # a web page is a page
    assert all("If the document is right" in n for n in data["notes"] if n != page)


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("This policy follows the law of California.", "US-CA"),  # as render writes it
        ("This notice follows the laws of New South Wales.", "AU-NSW"),
        ("This policy follows the law of the United Kingdom.", "GB"),
        ("This policy follows the law of Georgia (US-GA).", "US-GA"),
        ("This policy follows the law of Georgia.", None),  # a state and a country: the code must say which
        ("This policy follows the law of Georgia (US-CA).", None),  # the code and the name disagree
        ("This policy follows the law of Narnia.", None),
    ],
)
def test_a_page_that_names_its_law_is_checked_by_it_even_in_another_folder(repo: Path, line: str, code: str | None) -> None:
    """The line counts as the page's own clinic.jurisdiction: it wins over the folder, as clinic.jurisdiction does."""
    write(repo / "clinics" / "US-TX" / "calm.md", _OWN_PLACE.format(said=line))
    data = _audit_json(cli("audit", "clinics", "--format", "json"))
    [clinic] = data["clinics"]
    expected = (code, "policy") if code else ("US-TX", "folder")
    assert (clinic["jurisdiction"]["code"], clinic["jurisdiction"]["source"]) == expected
    assert not data["notes"] or code is None


@pytest.mark.parametrize(("tail", "place"), [("x", None), ("\u00b7 Suite 2", "California (US-CA)")])
def test_an_address_with_a_long_run_of_spaces_reads_as_with_one(repo: Path, tail: str, place: str | None) -> None:
    """The reviewer's clinic.address: "Oakland, CA", 30,000 spaces and "x" (it took 13 s to check)."""
    results = []
    for spaces in (1, 30_000):
        text = _without(TX_DISABILITY_GAP, "jurisdiction").replace("  contact:", f"  address: 'Oakland, CA{' ' * spaces}{tail}'\n  contact:")
        write(repo / "a.yaml", text)
        results.append({f.rule_id: f.message for f in lint("a.yaml").findings() if f.rule_id.startswith("JUR")})
    assert results[0] == results[1]
    if place is None:
        assert "JUR004" not in results[1]  # "x" after the code: no address line
    else:
        assert f"From 'Oakland, CA', policy-lint assumed {place}" in results[1]["JUR004"]


def test_an_icd_code_in_a_sentence_is_no_irish_address_but_an_eircode_in_clinic_address_is(repo: Path) -> None:
    """'T7411XA' (an ICD-10 code without its dot) has an Eircode's shape: in a sentence it gives no place."""
    write(repo / "page.md", "# Privacy\n\nWhat you tell us stays private.\n\nBilling for code T7411XA needs your consent.\n")
    found = {f.rule_id: f.message for f in lint("page.md").findings()}
    assert "JUR004" not in found and "Ireland" not in " ".join(found.values())
    text = _without(TX_DISABILITY_GAP, "jurisdiction").replace("  contact:", "  address: 3 Oliver Plunkett St, T12Y2NK\n  contact:")
    write(repo / "a.yaml", text)
    found = {f.rule_id: f.message for f in lint("a.yaml").findings()}
    assert "From 'T12Y2NK', policy-lint assumed Ireland (IE)" in found["JUR004"]
