"""Must or may: where a place's law only allows a disclosure, "must" is a finding; where it requires one, "may" is."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "config"))

from config_helpers import lint, repo, rules_of, write  # noqa: E402,F401

HEAD = """\
schema_version: 1
clinic:
  name: Hill Country Counseling
  jurisdiction: {code}
  contact: {{email: privacy@hill.example}}
  effective_date: 2026-01-15
limits:
"""


def _policy(code: str, *limits: tuple[str, str, str]) -> str:
    body = "".join(f"  - category: {c}\n    title: {t}\n    explanation: {e}\n" for c, t, e in limits)
    return HEAD.format(code=code) + body


def _findings(repo: Path, text: str, **options: object) -> dict[str, list]:
    write(repo / "a.yaml", text)
    out: dict[str, list] = {}
    for f in lint("a.yaml", **options).findings():
        out.setdefault(f.rule_id, []).append(f)
    return out


def test_a_texas_policy_that_promises_a_duty_to_warn(repo: Path) -> None:
    found = _findings(repo, _policy("US-TX", ("harm_to_others", "If you might hurt someone", "If you tell us you plan to hurt another person, we must warn that person.")))
    [jur301] = found["JUR301"]
    assert jur301.severity.value == "warning"
    assert "sets no duty to warn (Tex. Health & Safety Code 611.004(a)(2); Thapar v. Zezulka 994 S.W.2d 635 (Tex. 1999))" in jur301.message
    assert "('must warn')" in jur301.message  # the words that say "must"
    line = "    explanation: If you tell us you plan to hurt another person, we must warn that person.\n"
    assert jur301.line == 10 and jur301.column == line.index("must warn") + 1  # at those words


def test_the_quote_is_the_words_of_duty_not_those_of_the_topic(repo: Path) -> None:
    """Found in a trial: JUR301 quoted 'reasonably identifiable victim' as the words that say "must"."""
    explanation = "If you communicate a serious threat of physical violence against a reasonably identifiable victim, I am required to notify the intended victim and law enforcement."
    found = _findings(repo, _policy("US-TX", ("duty_to_warn", "Danger to others", explanation)))
    [jur301] = found["JUR301"]
    assert "('required to notify')" in jur301.message
    assert "reasonably identifiable" not in jur301.message
    assert jur301.column == len("    explanation: ") + explanation.index("required to notify") + 1


def test_the_words_of_choice_are_quoted_too(repo: Path) -> None:
    found = _findings(repo, _policy("US-TX", ("child_abuse", "If a child may be hurt", "If we think a child is being abused or neglected, we may report it to the state.")))
    assert "('may report')" in found["JUR303"][0].message


def test_a_texas_policy_that_says_may_is_fine(repo: Path) -> None:
    found = _findings(repo, _policy("US-TX", ("harm_to_others", "If you might hurt someone", "If you tell us you plan to hurt another person, we may warn that person.")))
    assert "JUR301" not in found


def test_the_same_words_are_right_in_california(repo: Path) -> None:
    found = _findings(repo, _policy("US-CA", ("duty_to_warn", "If you threaten someone", "If you tell us you plan to hurt another person, we must warn that person and tell the police.")))
    assert "JUR301" not in found and "JUR204" not in found


def test_a_mandatory_report_said_as_a_choice(repo: Path) -> None:
    found = _findings(repo, _policy("US-TX", ("child_abuse", "If a child may be hurt", "If we think a child is being abused, we may report it to the state.")))
    assert "Tex. Fam. Code 261.101(b)" in found["JUR303"][0].message
    found = _findings(repo, _policy("US-CA", ("elder_abuse", "If an older adult may be hurt", "If we think an older adult is being abused, we may report it.")))
    assert "California law makes this a duty" in found["JUR204"][0].message


def test_new_york_elder_abuse_must_is_only_a_note(repo: Path) -> None:
    found = _findings(repo, _policy("US-NY", ("elder_abuse", "If an older adult may be hurt", "If we think an older adult is being abused, we must report it to adult protective services.")))
    assert found["JUR402"][0].severity.value == "info"


def test_a_heading_that_says_may_be_hurt_is_not_a_choice(repo: Path) -> None:
    found = _findings(repo, _policy("US-TX", ("child_abuse", "If a child may be hurt or neglected", "If we think a child is being abused, we must report it within 48 hours.")))
    assert "JUR303" not in found


def test_a_limit_about_another_topic_is_not_read_for_this_duty(repo: Path) -> None:
    """A minors limit that says a teen 'can' get help with abuse is not a child-abuse report said as a choice."""
    minors = ("minors", "If you are under 18", "A young person can agree to some counseling on their own, such as help with abuse.")
    found = _findings(repo, _policy("US-TX", minors))
    assert "JUR303" not in found


def test_text_outside_the_limits_is_read_too(repo: Path) -> None:
    text = HEAD.format(code="US-TX").replace("limits:\n", "confidentiality:\n  details: If you threaten to hurt someone, we must warn them.\n")
    found = _findings(repo, text)
    assert found["JUR301"][0].pointer == "/confidentiality/details"


def test_the_rule_reads_the_law_from_the_table_of_its_pack() -> None:
    """One source of truth: the pack's settings.jurisdiction says permitted, so the rule flags must."""
    from policy_lint.packs import load_pack

    tx = load_pack("us-tx")
    topics = tx.settings["jurisdiction"]["topics"]
    assert topics["duty_to_warn"]["status"] == "permitted" and topics["child_abuse"]["status"] == "required"
    assert tx.rule("JUR301").params["topics"] == ["duty_to_warn", "harm_to_others"]


# -- the HIPAA Notice of Privacy Practices ---------------------------------------------------

NOTICE = """\
schema_version: 1
clinic:
  name: Riverside Counseling
  jurisdiction: US-CA
{flag}  contact: {{email: privacy@riverside.example, phone: "(555) 010-0100"}}
  effective_date: 2026-01-15
confidentiality:
  details: >
    This notice describes how medical information about you may be used and disclosed and how you
    can get access to this information. Please review it carefully.
    We use your information to treat you. For example, your therapist may talk with your doctor.
    We will not share psychotherapy notes without your written authorization.
    You can ask to see or get a copy of your record.
    You can ask us to correct information in your record.
    You can ask for a list of the times we have shared your information.
    You can ask us not to share certain information.
    You can ask us to contact you in a specific way.
    You can ask for a paper copy of this notice.
    We will let you know promptly if a breach occurs.
    We are required by law to keep your health information private and to give you this notice.
    If you think your privacy rights were violated, you can file a complaint with us or with the
    Secretary of Health and Human Services. We will not retaliate against you for filing a complaint.
"""


def _npp(repo: Path, text: str, **options: object) -> set[str]:
    return {r for r in rules_of(_lint(repo, text, **options)) if r.startswith("NPP")}


def _lint(repo: Path, text: str, **options: object):  # type: ignore[no-untyped-def]
    write(repo / "a.yaml", text)
    return lint("a.yaml", **options)


def test_the_notice_check_runs_only_for_a_covered_entity(repo: Path) -> None:
    bare = NOTICE.format(flag="").replace("    We will let you know promptly if a breach occurs.\n", "")
    assert _npp(repo, bare) == set()
    assert _npp(repo, bare, hipaa_covered_entity=True) == {"NPP010"}
    write(repo / ".policy-lint.yaml", "hipaa_covered_entity: true\n")
    assert _npp(repo, bare) == {"NPP010"}


def test_a_complete_notice_passes_and_clinic_fields_count(repo: Path) -> None:
    """The contact's phone and the effective date come from clinic; every other part from the words."""
    assert _npp(repo, NOTICE.format(flag="  hipaa_covered_entity: true\n")) == set()


@pytest.mark.parametrize(
    ("drop", "rule"),
    [
        ("    You can ask for a paper copy of this notice.\n", "NPP009"),
        ("    You can ask us to correct information in your record.\n", "NPP005"),
        ("    We will let you know promptly if a breach occurs.\n", "NPP010"),
    ],
)
def test_each_missing_part_is_its_own_finding(repo: Path, drop: str, rule: str) -> None:
    text = NOTICE.format(flag="  hipaa_covered_entity: true\n").replace(drop, "")
    assert _npp(repo, text) == {rule}


def test_a_complaint_to_the_practice_alone_is_not_enough(repo: Path) -> None:
    text = NOTICE.format(flag="  hipaa_covered_entity: true\n").replace(
        "file a complaint with us or with the\n    Secretary of Health and Human Services.", "file a complaint with our privacy officer."
    )
    found = {f.rule_id: f for f in _lint(repo, text).findings()}
    assert found["NPP012"].message == "The notice does not give the Secretary of Health and Human Services."


@pytest.mark.parametrize("code", ["US-CO", "US-OH", "US"])
def test_a_us_policy_that_makes_the_child_abuse_report_a_choice(repo: Path, code: str) -> None:
    """Found in a trial: "we may report it if we choose to" passed in every state without a pack of its own."""
    found = _findings(repo, _policy(code, ("child_abuse", "If a child may be hurt", "If a child is being abused, we may report it to child protective services if we choose to.")))
    [jur101] = found["JUR101"]
    assert jur101.severity.value == "warning"
    assert "42 U.S.C. 5106a(b)(2)(B)(i)" in jur101.message and "('may report')" in jur101.message


@pytest.mark.parametrize(("code", "own"), [("US-CA", "JUR204"), ("US-NY", "JUR403"), ("US-TX", "JUR303")])
def test_a_state_pack_checks_the_child_abuse_report_with_its_own_law(repo: Path, code: str, own: str) -> None:
    """The state packs turn JUR101 off: one finding, citing the state's own law."""
    found = _findings(repo, _policy(code, ("child_abuse", "If a child may be hurt", "If a child is being abused, we may report it to child protective services.")))
    assert "JUR101" not in found
    assert len(found[own]) == 1


def test_a_us_policy_that_must_report_child_abuse_passes(repo: Path) -> None:
    found = _findings(repo, _policy("US-CO", ("child_abuse", "If a child may be hurt", "If we think a child is being abused, we must report it to child protective services.")))
    assert "JUR101" not in found


# The police told after a threat to another person states the duty to warn (docs/coverage.md, rule 15; the team's
# decision of 2026-12-05, session 8). A page has no categories, so these are read as a page would be: filed under
# duty_to_warn.
_WIDER = ("duty_to_warn", "If you might hurt someone", "If you might seriously hurt another person, we may call the police or a crisis team.")
_DUTY = ("duty_to_warn", "If you threaten a person we can name", "If the threat is against someone we can name, we must try to warn them. We must also tell the police.")


def test_a_wider_case_that_may_call_the_police_beside_the_duty_is_no_choice(repo: Path) -> None:
    found = _findings(repo, _policy("US-CA", _WIDER, _DUTY))
    assert "JUR204" not in found


def test_the_police_told_with_may_and_no_duty_said_anywhere_is_a_choice(repo: Path) -> None:
    found = _findings(repo, _policy("US-CA", _WIDER))
    assert "California law makes this a duty" in found["JUR204"][0].message


def test_a_warning_of_the_person_said_with_may_is_a_choice_beside_a_police_duty(repo: Path) -> None:
    # "we must report it to the police" states the duty as a duty, but the warning of the person is still a choice
    may_warn = ("duty_to_warn", "If you threaten someone", "If you threaten someone we can name, we may try to warn them.")
    police = ("duty_to_warn", "A report to the police", "If you tell us of a serious threat against a specific person, we must report it to the police.")
    found = _findings(repo, _policy("US-CA", may_warn, police))
    [jur204] = found["JUR204"]
    assert jur204.line == 10  # at the warning said as a choice (the first limit's explanation)
