"""Reading tests: the law's requirement (required_by_law) and court orders (court_order).

Where a new test goes: a whole page (or one sentence under a heading) and the statuses it must read is one row of
PAGES (``reads(id, page, name, want=..., never=...)``; the id says what it checks and where it came from). A single
passage read by the core (``stances``) goes under "One passage"; a check that needs the CLI or three layouts beside
review20's or left13's sections. A court order refused or a label over a refusal is test_reads_refusals.py.

Where the rows and sections come from (the pages are written for these tests, in our own words):
- law17 (the lead's decision, session 12, labels.yaml "Vague when the law is named only as a qualifier"): the law as a
  qualifier ("subject to English law", "within the bounds of the law") is vague, never stated, never the opposite, and
  makes no blanket promise; the law's requirement in UK, Australian and US words ("where there is a legal requirement
  to do so", "other legal situations") is stated. Near misses: the law with no privacy or sharing in the sentence, a
  use for marketing, records kept by law.
- tune18a, tune18b: the law's requirement in the last sentence of a paragraph, over a lead-in that points back at those
  cases ("These exceptions include:") or whose next sentence only points at the list ("These include:"), is a preface
  to the list: vague, in Markdown, HTML and text alike. A paragraph that goes on after it, or a lead-in that names other
  things, keeps the law's limit stated.
- tune19d: the law's words after a promise whose subject is the client's own sharing qualify the promise: vague.
- review17: a law word beside the limits of something else ("Legal holidays are exceptions to our office hours") is no
  law preface; the preface needs a sentence of privacy or a sharing, or the law as the limits' adjective.
- review20: a qualifier bounds its own sentence only, never a promise in the next (COV008 stays); "There are no
  exceptions whereby we must legally disclose" states no law.
- review21: the law's words "in addition to" or "besides" the cases above are a limit of their own; the law of "the
  above outcomes" is no catch-all (vague since law21, CONVENTIONS.md).
- review22: the client's own testimony is no court order; the therapist's testimony still is. Two strict xfails are
  left, wider than review22's time (docs/coverage.md, "Review 22").
- gate28 (diag25 A1, A3): a privacy notice's words of keeping, collecting or storing, a notice the law requires, papers a
  parent brings and a scope ("the waiver is limited to that lawsuit") read no limit and no minimum; near miss: limits
  under a lead-in of sharing after them still read.
- left13: "No law can make me break your confidentiality" refuses the law; the law joined to other cases of their own
  ("when the law requires it, and in a few other cases. These include:") states it.
"""

from __future__ import annotations

import pytest

from conftest import stances
from prose_files import LAYOUTS_3, assert_reads, coverage_of_bytes, layout_page, reads

# tune18a
LAW = ("There are some limits to confidentiality that counselors in this state are required by law to act on and "
       "that every client should know about before we start.")
LEAD = {
    "lead.md": f"# Privacy\n\n{LAW}\n\nThese exceptions include:\n\n- Suspected abuse of a child\n- A court order\n",
    "lead.html": f"<h1>Privacy</h1>\n<p>{LAW}</p>\n<p>These exceptions include:</p>\n<ul><li>Suspected abuse of a child</li><li>A court order</li></ul>\n",
    "lead.txt": f"Privacy\n{LAW}\nThese exceptions include:\n- Suspected abuse of a child\n- A court order\n",
}

# tune18b
POINTER = (
    "Confidentiality\n\n"
    "Your sessions are private, with a few rare exceptions, when I am legally bound to break confidentiality. "
    "These include:\n\n"
    "- If you are a danger to yourself\n"
    "- If a court orders me to share my notes\n"
)

# review17
OFFICE_HOURS = (
    "# Confidentiality\n\n"
    "What you tell me stays private. I will share it only when you agree in writing.\n\n"
    "There are some limits. If you are in danger of hurting yourself, I may tell someone to keep you safe. If you "
    "threaten to hurt someone else, I must warn them. If I suspect a child is being abused, I must report it.\n\n"
    "## Office hours\n\n"
    "We are open Monday to Friday, 9 to 5. {hours}\n"
)

# review20: near misses: the qualifier in the promise's own sentence (law17: vague, no promise); a claim of total
# secrecy beside a qualifier (the welcome it qualifies); a real exception beside the qualifier
QUALIFIED_OWN_PROMISE = [
    "Nothing you say will ever be shared with anyone, subject to the law.",
    "Your sessions are completely confidential. This is subject to the law.",
    "Everything is confidential within the law, except in an emergency. I will never break confidentiality for any reason.",
]

# review21: a list of limits, then one more paragraph
ABOVE = ("# Confidentiality\n\nSome things I must share:\n\n- If a child is being abused\n- If you are a danger to yourself\n\n"
         "{}\n")
# tune18b's "one of the above-mentioned outcomes": the law's words speak only of the limits above, unless the sentence
# reaches past them ("in addition to", "besides"), as "also" and "other" do
BESIDES_ABOVE = [
    "In addition to the above situations, I must disclose information when required by law.",
    "Besides the situations above, we are legally required to disclose information in some cases.",
    "In addition to the cases above, the law requires us to disclose information when it applies.",
]

# review22: one sentence under a heading
H = "# Confidentiality\n\n{}\n"
# tune19a's "required to give evidence" is the therapist's testimony; the client's own is no court that asks us
CLIENTS_TESTIMONY = [
    "If you are required to give evidence in court, we can help you prepare.",
    "If you are called to give evidence, your counsellor can support you.",
    "If you are asked to testify in court, we can support you.",
]
THERAPISTS_TESTIMONY = [
    "If you are involved in a court case and your psychologist is required to give evidence, your notes may be read.",
    "If you are required to testify and a court orders your records, we must release them.",
    "If you are asked to testify in court, we may be required to give evidence too.",
    "Your counsellor may be required to give evidence in court.",
]

# law17
LIMITS_LAW17 = (
    "If you are in danger of hurting yourself, I may tell your GP to keep you safe. "
    "If I think a child is being abused, I must report it."
)
HTML = """<html><body><main>
<h1>Confidentiality</h1>
<p>What you say in our sessions stays between us. I will only share information without your consent:</p>
<ul>
<li>if you are at risk of seriously harming yourself;</li>
<li>if a child is at risk of abuse;</li>
<li>{item}</li>
</ul>
</main></body></html>
"""
LAW_ITEMS = [
    "where there is a legal requirement to do so.",
    "in other legal situations.",
    "if I have a legal duty to disclose it.",
    "for compliance with the law, e.g. anti-terrorism or money-laundering laws.",
]
LAW_IN_TEXT = [
    "Legal obligations may sometimes require me to share what you have told me.",
    "There are a few exceptions whereby I must legally pass on information.",
    "I keep what you tell me private, except where there is a legal requirement to disclose it.",
]
LAW_MISSING = [
    # the law with no privacy or sharing in the sentence
    "Our office follows state and federal law.",
    "All our counsellors work within the law.",
    # a use for marketing, and a right of the client
    "We may use your details for our newsletter as permitted by HIPAA.",
    "The law gives you the right to see your records.",
    # records kept by law
    "We must legally keep your records for seven years.",
]

# gate28 (diag25 A1, A3): a privacy notice's words of keeping, collecting, a notice the law requires, papers a parent
# brings and a scope read no limit (real25: 11 cells both labellers read missing).
KEPT = ("# How we look after your information\n\n"
        "We collect your name, date of birth and GP details for health and safety purposes.\n\n"
        "Files are kept for seven years after your last session. Files of clients who disclose abuse are kept for longer.\n\n"
        "Every practice is required by law to post a notice of privacy practices.\n\n"
        "Parents must give us a copy of any court orders about their child.\n\n"
        "The information we collect is limited to what we need to book your appointment.\n")
KEPT_HTML = ("<html><body><main><h1>Privacy policy</h1><h2>What we keep</h2><ul>"
             "<li>Files of minors are kept until the client turns 25.</li>"
             "<li>Records of clients who report abuse are stored securely for as long as the law requires.</li>"
             "<li>Any waiver of privilege is limited to that lawsuit.</li>"
             "<li>We retain the records of clients who were at risk of suicide for ten years.</li></ul></main></body></html>")

PAGES = [
    # gate32 (real28's build): the law's duties we meet or conform to, as a profession's code or a use of data, name no
    # limit; beside a sharing of ours they are a qualifier, vague
    reads("gate32: legal duties we meet name no limit",
          "# How we use your information\n\nWe follow the ethical and legal obligations of the counselling profession.\n\n"
          "Your information is used to:\n\n- Book your sessions.\n- Meet our professional and legal obligations.\n\n"
          "If you are in danger of harming yourself, we may contact your GP.\n", "privacy.md",
          want={"required_by_law": "missing", "harm_to_self": "stated"}),
    reads("gate32: legal duties we meet beside a sharing are a qualifier",
          "# How we use your information\n\nTo meet our legal obligations, we may have to pass your details to the police.\n\n"
          "If you are in danger of harming yourself, we may contact your GP.\n", "privacy.md",
          want={"required_by_law": "vague", "harm_to_self": "stated"}),
    # tune18a
    *[reads(f"tune18a: the law over a lead-in that points back is a preface ({name})", LEAD[name], name,
            want={"required_by_law": "vague", "child_abuse": "stated", "court_order": "stated"}) for name in sorted(LEAD)],
    # the law's sentence is not the paragraph's last, and the lead-in names other things
    reads("tune18a: the law as a limit of its own before a list stays stated",
          "Privacy\n\nWe share information when the law requires it. We keep your file locked.\n\n"
          "Our services include:\n\n- Counseling\n- Testing\n", "own.txt", want={"required_by_law": "stated"}),
    # tune18b
    reads("tune18b: the law before a pointer to the list is a preface", POINTER, "pointer.txt",
          want={"required_by_law": "vague", "court_order": "stated"}),
    # Near miss: the next sentence is no pointer at a list
    reads("tune18b: the law with a sentence of its own after it is a limit", POINTER.replace("These include:", "This is rare. Other times are:"),
          "pointer.txt", want={"required_by_law": "stated"}),
    # tune19d
    reads("tune19d: the law after a promise of the client's sharing is a qualifier",
          "<main><h1>Confidentiality</h1><p>Counselling works only if you can trust us. Anything you disclose during "
          "your sessions, and the notes we keep, will be held in strict confidence as required by federal and state law."
          " There are a few exceptions. We must report suspected child abuse to the proper agency.</p></main>", "trust.html",
          want={"required_by_law": "vague", "child_abuse": "stated"}),
    # Near miss: the law's words qualify our release, after the promise
    reads("tune19d: the law after a sharing of ours stays a limit",
          "<main><h1>Confidentiality</h1><p>Anything you disclose is held in strict confidence, and we release it only "
          "when required by law.</p></main>", "trust.html", want={"required_by_law": "stated"}),
    # review17
    reads("review17: office hours with legal holidays leave the law missing",
          OFFICE_HOURS.format(hours="Legal holidays are exceptions to our office hours."), "policy.md",
          want={"required_by_law": "missing", "court_order": "missing"}),
    reads("review17: the same page with a law preface is vague for the law",
          OFFICE_HOURS.format(hours="").replace("There are some limits.", "There are legal exceptions."), "policy.md",
          want={"required_by_law": "vague"}),
    # review20
    *[reads(f"review20: a qualifier still bounds its own promise {i}", f"# Confidentiality\n\n{promise}\n", "policy.md",
            never={"harm_to_self": "contradicted"}) for i, promise in enumerate(QUALIFIED_OWN_PROMISE)],
    # review21
    *[reads(f"review21: the law besides the cases above is a limit of its own {i}", ABOVE.format(tail), "above.md",
            want={"required_by_law": "stated"}) for i, tail in enumerate(BESIDES_ABOVE)],
    # (no catch-all; the law as the qualifier of the limits above is vague since session 14, law21: CONVENTIONS.md)
    reads("review21: the law of the outcomes above is no catch-all",
          ABOVE.format("If failing to disclose information could lead to one of the above outcomes, I am legally bound to act."),
          "above.md", want={"required_by_law": "vague"}),
    # review22
    *[reads(f"review22: the client's own testimony is no court order {i}", H.format(text), "page.md", never={"court_order": "stated"})
      for i, text in enumerate(CLIENTS_TESTIMONY)],
    *[reads(f"review22: the therapist's testimony still states the court {i}", H.format(text), "page.md", want={"court_order": "stated"})
      for i, text in enumerate(THERAPISTS_TESTIMONY)],
    # Left, wider than review22's time (docs/coverage.md, "Review 22"): each reads wrong today
    reads("review22 left: the client's court case in court words",
          H.format("You may be required to give evidence in a court case; your counsellor can support you through it."), "page.md",
          never={"court_order": "stated"},
          marks=pytest.mark.xfail(strict=True, reason="'court case' is a court word by itself: the client's own case reads court_order stated (older)")),
    reads("review22 left: the therapist called after the client's testimony",
          H.format("If you are required to testify in court about your therapy, your therapist may be called too."), "page.md",
          want={"court_order": "stated"},
          marks=pytest.mark.xfail(strict=True, reason="review22's mask of the client's testimony leaves 'your therapist may be called too' unread")),
    # over35: a court's order for the client's own attendance, and the court as where records are shielded, order nothing
    reads("over35: a court order to attend treatment orders no disclosure",
          "# Programme rules\n\nIf you are under a court order to attend counselling, you may be asked to take drug tests. "
          "Court-mandated counselling is a rare exception to our rule that you may stop at any time.\n", "page.md",
          never={"court_order": "stated"}),
    reads("over35: a court that orders records beside the attendance order is still read",
          "# Programme rules\n\nIf you are under a court order to attend counselling, a judge may also order us to release "
          "your records.\n", "page.md", want={"court_order": "stated"}),
    reads("over35: the privilege that keeps records out of court orders nothing",
          H.format("State law provides a therapist-patient privilege. It means your sessions are generally protected from "
                   "being disclosed in legal proceedings, so you can seek help without fear that what you say will be used in court."),
          "page.md", never={"court_order": "stated"}),
    reads("over35: the shield turned round is the court limit",
          H.format("Your records are not always protected from disclosure in legal proceedings."), "page.md",
          # (vague40, session 22: legal proceedings with no judge, order or subpoena named is court_order vague, as
          # both labellers of four tuning pages read it; the shield turned round keeps that reading)
          want={"court_order": "vague"}),
    # law17
    *[reads(f"law17: the law as a list item of its own is stated {i}", HTML.format(item=item), "confidentiality.html",
            want={"required_by_law": "stated"}) for i, item in enumerate(LAW_ITEMS)],
    *[reads(f"law17: the law as a limit in a text file is stated {i}", f"CONFIDENTIALITY\n\nWhat you say stays with me.\n\n{text}\n",
            "policy.txt", want={"required_by_law": "stated"}) for i, text in enumerate(LAW_IN_TEXT)],
    reads("law17: the same words before a list stay a preface",
          "# Confidentiality\n\n"
          "There are a few exceptions whereby I must legally pass on information:\n\n"
          "- if a child is at risk of abuse\n"
          "- if you are at risk of seriously harming yourself\n", "policy.md", want={"required_by_law": "vague"}),
    *[reads(f"law17: near miss, the law missing on a page {i}", f"# Confidentiality\n\n{LIMITS_LAW17}\n\n{text}\n", "policy.md",
            want={"required_by_law": "missing"}) for i, text in enumerate(LAW_MISSING)],
    # gate28
    *[reads(f"gate28: what is kept, collected or brought discloses nothing ({name})", page, name, want=dict.fromkeys(
        ("harm_to_self", "harm_to_others", "child_abuse", "court_order", "required_by_law", "minimum_necessary"), "missing"))
      for name, page in (("policy.md", KEPT), ("policy.txt", KEPT.replace("# ", "")), ("policy.html", KEPT_HTML))],
    reads("gate28: near miss, the limits told under a lead-in of sharing after it still read",
          KEPT + "\n## When we share without your consent\n\nWe will share information without your consent if:\n\n"
          "- you are at risk of harming yourself\n- a court orders us to release your records\n- the law requires it\n",
          "policy.md", want={"harm_to_self": "stated", "court_order": "stated", "required_by_law": "stated"}),
    # law30 (real27's builds, in our own words): a paragraph that opens by pointing back at the cases of the list above
    # has the law of those cases; a lead-in whose list completes the law's act is a preface; the law's sentence that
    # names some cases, its cases named in the next sentence, is their preface (all vague)
    reads("law30: 'In such cases' after a list of dangers and abuse is the law of those cases",
          "# Confidentiality\n\nWe keep what you say private, except for:\n\n- a child who is being abused;\n"
          "- a serious intent to harm yourself.\n\nIn such cases our counsellors may be legally required to report to outside "
          "agencies the least information needed.\n", "policy.md", want={"required_by_law": "vague", "child_abuse": "stated"}),
    # Near misses: the paragraph before names no limit; a paragraph that does not point back is a limit of its own
    reads("law30: near miss, 'In such cases' after a paragraph of fees stays the law's own limit",
          "# Fees\n\nSome clients ask to pay in instalments.\n\nIn such cases we are required by law to share information.\n",
          "policy.md", want={"required_by_law": "stated"}),
    reads("law30: near miss, the law after the list with no word pointing back stays a limit of its own",
          "# Confidentiality\n\nWe keep what you say private, except for:\n\n- a child who is being abused;\n"
          "- a serious intent to harm yourself.\n\nWe also share information when the law requires it.\n", "policy.md",
          want={"required_by_law": "stated"}),
    reads("law30: a lead-in whose list completes the law's act is a preface",
          "<main><h1>Confidentiality</h1><p>There are some exceptions. We are legally required to disclose information "
          "to:</p><ul><li>Protect you or someone else from serious danger</li><li>Report the abuse of a child</li>"
          "</ul></main>", "policy.html", want={"required_by_law": "vague", "child_abuse": "stated"}),
    reads("law30: the law's sentence of some cases, the cases named next, is their preface",
          "# Privacy\n\nThere are a few situations in which counsellors are required by law to break confidentiality. "
          "If a counsellor learns that a child is being abused, the counsellor must tell the authorities.\n", "policy.md",
          want={"required_by_law": "vague", "child_abuse": "stated"}),
    reads("law30: near miss, the law's sentence of some cases with no case named next stays stated",
          "# Privacy\n\nThere are a few situations in which counsellors are required by law to break confidentiality. "
          "We also offer couples counselling.\n", "policy.md", want={"required_by_law": "stated"}),
    # the law set off by commas under a denial is refused, never an all clear
    reads("law30: 'not required, by law, to share' is no limit stated",
          "# Privacy\n\nWe are not required, by law, to share anything you tell us, and we never do.\n", "policy.md",
          never={"required_by_law": "stated"}),
]


@pytest.mark.parametrize(("page", "name", "want", "never"), PAGES)
def test_page_reads_as_labelled(page: str, name: str, want: dict[str, str], never: dict[str, str]) -> None:
    assert_reads(page, name, want, never)


# law17: a qualifier beside limits on a Markdown page is vague, and contradicts nothing
@pytest.mark.parametrize(
    "promise",
    [
        "Everything you tell me is completely confidential, subject to English law.",
        "What you share in counselling stays private within the bounds of the law.",
        "Your records are kept confidential in accordance with applicable law.",
        "I only pass on information where the law permits it.",
        "I never share what you tell me, subject to the law.",
    ],
)
def test_a_qualifier_on_a_markdown_page_is_vague_for_the_law(promise: str) -> None:
    page = f"# Confidentiality\n\n{promise}\n\n{LIMITS_LAW17}\n".encode()
    got = coverage_of_bytes(page)
    assert got["required_by_law"] == "vague", got
    assert "contradicted" not in got.values(), got


# -- One passage (review17, law17) ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Legal holidays are exceptions to our office hours.",
        "Statutory holidays are exceptions to our opening times.",
        "State law sets limits on how long we must keep your records.",
        "By law, fees for the following services are not refundable:",
        "Under the law, you have the following rights:",
        "Legally, a session is 50 minutes, except in the following cases: intake sessions and crisis sessions.",
        "Privacy laws limit what we can share about you.",
        "Data protection law limits how we share your information.",
        "Legally, we are a private practice, with the following locations:",
        "Under Canadian law, private clinics set their own fees, with some exceptions.",
        "Under state law, you may request restrictions on what we disclose.",
        "Under the law, you may ask us to limit what we share with your insurer.",
    ],
)
def test_law_words_beside_the_limits_of_something_else_read_no_law(text: str) -> None:
    assert "required_by_law" not in stances(text)


@pytest.mark.parametrize(
    "text",
    [
        "There are legal and ethical exceptions, including the following:",
        "Legal exceptions to confidentiality include the following:",
        "By law, we may release your records without your consent in the following circumstances:",
        "State and Federal case laws define the circumstances in which confidentiality can be breached.",
        "Colorado law provides that confidentiality may be breached in the following situations:",
        "These legal limits are explained to you before you share anything.",
        "Statutory exceptions to confidentiality apply.",
    ],
)
def test_a_law_preface_of_privacy_or_a_sharing_stays_vague(text: str) -> None:
    assert stances(text).get("required_by_law") == "vague"


def test_a_qualifier_beside_a_named_limit_speaks_of_that_limit() -> None:
    got = stances("Abuse of an older adult is reported where the law permits it.")
    assert got.get("elder_abuse") == "states" and "required_by_law" not in got, got


def test_a_qualifier_is_no_blanket_promise() -> None:
    got = stances("Your sessions are completely confidential, subject to the law.")
    assert got == {"required_by_law": "vague"}, got
    assert stances("Your sessions are completely confidential.") == {"blanket_promise": "opposite"}


# -- A qualifier and a promise, checked by the CLI; the law denied in three layouts (review20) --------------------------

LAYOUTS = {
    "p.md": lambda lead, items: "# Confidentiality\n\n" + lead + "\n\n" + "".join(f"- {i}\n" for i in items),
    "p.txt": lambda lead, items: "CONFIDENTIALITY\n\n" + lead + "\n\n" + "".join(f"* {i}\n" for i in items),
    "p.html": lambda lead, items: "<h1>Confidentiality</h1><p>" + lead + "</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>",
}


# law17 read the law as a qualifier ("subject to the law", "as far as the law allows") as an exception of the blanket
# promise, and a blanket promise holds only where no sentence of its passage gives one. So a qualifier in one sentence
# took back a promise in the next that leaves no room ("I will never break confidentiality for any reason"): the
# page's contradiction (COV008) was lost. The qualifier bounds its own sentence only.
LAW_BOUND = [
    "Everything you say is confidential, subject to the law. I will never break confidentiality for any reason.",
    "I will never break confidentiality for any reason. Everything you say is confidential, subject to the law.",
    "What you say is private, within the bounds of the law. Nothing you say will ever be shared with anyone.",
]


LIMITS = "If you are in danger of hurting yourself, I may tell your GP. If I think a child is being abused, I must report it."


def _rules(page: str, name: str = "p.md") -> set[str]:
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "policy_lint", "check", "--isolated", "--format", "json", "--stdin-filename", name, "-"],
                         input=page, capture_output=True, text=True).stdout
    return {f["rule"] for f in json.loads(out)["files"][0]["findings"]}


@pytest.mark.parametrize("promise", LAW_BOUND)
def test_a_qualifier_takes_back_no_promise_of_another_sentence(promise: str) -> None:
    got = coverage_of_bytes(f"# Confidentiality\n\n{promise}\n".encode())
    assert got["harm_to_self"] == "contradicted" and got["child_abuse"] == "contradicted", got
    assert "COV008" in _rules(f"# Confidentiality\n\n{promise}\n\n{LIMITS}\n")


# law17: "exceptions whereby we must legally disclose information" defines the exceptions as the law's requirement,
# stated. With the exceptions denied ("There are no exceptions whereby ...") it read stated too, a false all clear.
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_no_exceptions_defined_by_the_law_state_no_law(name: str) -> None:
    sentence = "There are no exceptions whereby we must legally disclose information."
    page = {"p.md": f"# Confidentiality\n\n{sentence}\n", "p.txt": f"CONFIDENTIALITY\n\n{sentence}\n",
            "p.html": f"<h1>Confidentiality</h1><p>{sentence}</p>"}[name]
    assert coverage_of_bytes(page.encode(), name)["required_by_law"] != "stated"
    # near miss (law17's own): some exceptions so defined
    near = page.replace("no exceptions", "some exceptions")
    assert coverage_of_bytes(near.encode(), name)["required_by_law"] == "stated"



# -- The law denied its power, or among other cases (left13), in three layouts ----------------------------------------

FORMATS = LAYOUTS_3


ITEMS = ("When you ask me to", "When I need to collect an unpaid bill")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, law, court", [
    ("No law can make me break your confidentiality.", "contradicted", "missing"),
    ("No law or court will ever force us to share your information.", "contradicted", "contradicted"),
    ("Not even the law can make me tell.", "contradicted", "missing"),
    ("I will not share your information, even if the law says I must.", "contradicted", "missing"),
    ("No law will ever compel me to disclose what you tell me in counselling.", "contradicted", "missing"),
    # near misses: a matter of its own; an exception; a court alone; the law's power granted
    ("No law can make me report your drug use.", "missing", "missing"),
    ("No law can make me break your confidentiality, except a court order.", "missing", "stated"),
    ("No court can make me share your notes.", "missing", "contradicted"),
    ("The law can make us share your information.", "missing", "missing"),
])
def test_no_law_can_make_us_share(sentence: str, law: str, court: str, fmt: str) -> None:
    cov = coverage_of_bytes(*layout_page(sentence, fmt))
    assert (cov["required_by_law"], cov["court_order"]) == (law, court)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, status", [
    ("I share information when the law requires it, and in a few other cases. These include:", "stated"),
    ("We disclose information as required by law, as well as in some other situations. They are:", "stated"),
    # near misses: the law's sentence alone, the law's own other cases, the law's cases named only as some of them
    ("I share information when the law requires it. These include:", "vague"),
    ("We share information in some other situations required by law. These include:", "vague"),
    ("I am required by law to share information in certain circumstances, and in other cases as well. These include:", "vague"),
])
def test_the_law_among_other_cases_over_a_list(sentence: str, status: str, fmt: str) -> None:
    assert coverage_of_bytes(*layout_page(sentence, fmt, ITEMS))["required_by_law"] == status


@pytest.mark.parametrize("fmt", ["md", "txt"])
@pytest.mark.parametrize("law, status", [
    ("I share information when the law requires it, and in a few other cases.", "stated"),
    ("I share information when the law requires it.", "vague"),
])
def test_the_law_among_other_cases_over_a_lead_of_its_own(law: str, status: str, fmt: str) -> None:
    # the pointer in a paragraph of its own (passages._law_over_a_lead)
    assert coverage_of_bytes(*layout_page(f"{law}\n\nThese include:", fmt, ITEMS))["required_by_law"] == status


# -- Round 25 (session 16, tell25): the law's duty as a list item -------------------------------------------------------
# Classes of the telling and law topics read wrong over the thirteen tuning sets of /work/real, fixed as classes
# (session 16, tell25). Sentence classes have passages in tests/meaning/devset.yaml (d6900-d6908); these are the ones
# that live in a list's frame.
#
# - A list item that is only the law's duty named as a noun ("- Statutory duties.", "- Legal requirements", "- There
#   exists a legal obligation to do so.") under a lead-in or heading of limits is the law's catch-all: required_by_law
#   stated (real23 and real22, both labellers). Not under a lead-in of anything else ("In this leaflet:"), and not the
#   law's duty of confidentiality.
# - "For example:" and "For instance:" ending a lead-in point back at the sentence before it, as "These include:" does
#   (real23: "... may oblige the treating clinician to disclose information ... For example:" over its list).


def _tell25_md(text: str) -> dict[str, str]:
    return coverage_of_bytes(text.encode("utf-8"), "policy.md")


@pytest.mark.parametrize(
    "page",
    [
        "Client information will remain confidential except in circumstances where guidelines may oblige the clinician "
        "to disclose information. For example:\n\n- Emergency situations where a client may pose a risk to self.\n"
        "- Statutory duties.\n- Child protection matters.\n",
        "We may have to share information without your consent in these situations:\n\n- a serious risk to your safety\n"
        "- legal obligations\n",
        "## Exceptions to confidentiality\n\n- Risk of serious harm to you or others\n- Legal requirements\n",
        "The Therapist may disclose Client information without authorization as follows:\n\n- Statutory reporting duties;\n"
        "- Court orders.\n",
        "When I might have to break confidentiality:\n\n- if you're in danger\n- my legal duties\n",
        "Limits of confidentiality at the Centre include:\n\n- Statutory obligations\n- Safeguarding concerns\n",
        "Confidentiality may be broken when:\n\n- a student is at risk of harm\n- There exists a legal obligation to do so.\n",
    ],
)
def test_a_list_item_that_only_names_the_laws_duty_is_the_catch_all(page: str) -> None:
    assert _tell25_md(page)["required_by_law"] == "stated"


@pytest.mark.parametrize(
    ("page", "want"),
    [
        # the law's duty of confidentiality; a list of a leaflet's topics; the law of one named limit
        ("Our duties to you:\n\n- Statutory duties of confidentiality\n- Keeping your records safe\n", "missing"),
        ("In this leaflet:\n\n- Fees\n- Statutory duties\n- Complaints\n", "missing"),
        ("We may have to share information without your consent:\n\n- our legal duty to report child abuse\n", "vague"),
    ],
)
def test_near_misses_of_the_laws_duty_as_an_item(page: str, want: str) -> None:
    assert _tell25_md(page)["required_by_law"] == want


def test_for_example_points_back_at_the_sentence_before() -> None:
    page = ("We may need to share information without your consent. For example:\n\n- Child protection matters.\n"
            "- You are in danger.\n")
    got = _tell25_md(page)
    assert (got["child_abuse"], got["harm_to_self"]) == ("stated", "stated"), got
    # near miss: the sentence before is a service, not a sharing
    page = "Counsellors can help with many issues. For example:\n\n- Child protection matters.\n- Feeling low.\n"
    assert _tell25_md(page)["child_abuse"] != "stated"


# -- Round 26 (session 16, law26): a legal process or order named as a list item -------------------------------------
# A list item that names a legal order or process and no court ("- there are legal orders", "- Legal process") under a
# lead-in or heading of limits is court_order vague: the frame gives the sharing that "legal process" needs in a
# sentence (real24, both labellers: a UK counsellor's "I may need to break confidentiality ... when:" list; the
# sentence class of "legal process", "legal purposes" and "legal order" beside a sharing: tell25's real22, real23 and
# tune17, d6905, d6912, d7003). Not under a lead-in of services, and not where a court is named.


@pytest.mark.parametrize(
    "page",
    [
        "I may need to break confidentiality when:\n\n- there are legal orders\n- there is a terrorism threat\n",
        "Exceptions to confidentiality:\n\n- Legal process\n- Harm to others\n",
        "Information may be shared without your consent in these cases:\n\n- a legal order\n- a risk to a child\n",
        "We will pass on information if:\n\n- there is a legal process that requires it\n- you are at risk\n",
        "Confidentiality may be broken for:\n\n- legal purposes\n- your safety\n",
        "The limits of confidentiality are:\n\n- Legal orders and serious crime\n",
    ],
)
def test_a_legal_order_as_an_item_of_limits_is_court_order_vague(page: str) -> None:
    assert _tell25_md(page)["court_order"] == "vague"


@pytest.mark.parametrize(
    ("page", "want"),
    [
        # a lead-in of services; a court named; a refusal that never shares
        ("Services we offer:\n\n- Legal processes such as divorce support\n- Family therapy\n", "missing"),
        ("I may need to break confidentiality when:\n\n- a court order requires it\n- there is a terrorism threat\n", "stated"),
        ("We will never share what you say, even for:\n\n- legal orders\n- police requests\n", "contradicted"),
    ],
)
def test_near_misses_of_a_legal_order_as_an_item(page: str, want: str) -> None:
    assert _tell25_md(page)["court_order"] == want


# An Act that makes us share, named as a list item under a lead-in of limits ("Offences under: - Road Traffic Act"):
# required_by_law vague (law26: real24 both labellers; d7004 has its sentences). The Acts that protect privacy are not.
def test_an_act_that_makes_us_share_as_an_item_is_the_law_vague() -> None:
    page = ("I may need to break confidentiality if I believe that you are at risk.\n\nOffences under:\n\n"
            "- The Mental Health Act\n- Road Traffic Act\n")
    assert _tell25_md(page)["required_by_law"] == "vague"
    near = "Your rights over your data:\n\n- The Data Protection Act 2018\n- The Freedom of Information Act\n"
    assert _tell25_md(near)["required_by_law"] == "missing"


# -- A bar on a court's use of what is said (session 16; review26) ---------------------------------------------------
# Words that bar what is said in therapy from use in court read no court order: never stated (they read stated, a false
# all clear). Not the opposite either: pages go on "However, a judge can order us to release them" (review26).
@pytest.mark.parametrize(
    "sentence",
    [
        "Your records cannot be used in court.",
        "What you say in counselling is privileged and cannot be used in legal proceedings.",
        "Your notes cannot be used in court or in any other legal proceedings.",
        "Counselling records are protected: they can't be used in court cases or tribunals.",
        "What you say here is not admissible as evidence in court proceedings.",
    ],
)
def test_a_bar_on_a_courts_use_is_no_court_order(sentence: str) -> None:
    got = coverage_of_bytes(f"# Confidentiality\n\n{sentence}\n".encode(), "policy.md")
    assert got["court_order"] == "missing", got
    # near miss: the court's order after the bar states it
    after = f"# Confidentiality\n\n{sentence} However, a judge can order us to release your records.\n"
    assert coverage_of_bytes(after.encode(), "policy.md")["court_order"] == "stated"
