"""Reading tests: a limit refused, denied or kept back (contradicted), and the near misses that still state it.

Where a new test goes: a whole page (most often one sentence under a heading, ``H``) and the statuses it must read
is one row of PAGES (``reads(id, page, name, want=..., never=...)``; the id says what it checks and where it came
from); a class with many sentences gets a list of its own, as review24's do. A label or title read as one passage
(``stances``), a check through ``lint``, or a sentence in three layouts goes beside fix14's, fix15's, review20's or
left13's sections below. A promise of secrecy over all limits is test_reads_promises.py.

Where the rows and sections come from (the pages are written for these tests, in our own words; US, UK, Canada and
Australia; solo, school and university voices):
- review20: a refusal after a fronted case ("In cases of child abuse, I will not report it.") is no limit.
- review21: a limit after "not even" is refused; "X is not a breach of confidentiality" states X; X named as a breach,
  then refused ("..., and I will never do it"), is refused.
- review22: someone else's belief or question after a refusal grants nothing (a strict xfail is left: the belief in a
  sentence of its own).
- review23 (fix23): false all clears: a denial after "but" with no act of its own; the law's duty conceded, then a bare
  denial; a protective act refused; a ground refused after "only"; a case joined to a denial by "or if"; the minimum
  refused; the client's access withheld names no limit at all. False alarms: channel advice, access refused in the
  passive, the client's own misuse of drugs, a keeping denied over an aside.
- review24: false alarms: a verb of reluctance denied is the act done ("We will not hesitate to ..."); self-harm "on
  its own" said to be no reason to share; a narrower case the law leaves out; "the only time we will not tell you";
  a rule's reach denied. False all clears: a keeping word other than kept ("treated as confidential", "held in
  confidence"); "instead of" or "rather than" before the limit's act. Its classes (review24c): a limit that waits for
  the client's say-so ("we would only contact your GP with your consent"); a limit said to be no exception; limits
  stated after supposing we are what we are not; what others do, then "but we do not"; a verbless denial after a comma;
  and smaller classes. Each case of CASES is (class, sentence, the statuses it must read): near misses sit in the same
  class.
- fix14: a label, title, table row, term or heading that names a limit over words that refuse to tell anyone says that
  limit the opposite way, in every format. fix15: a court's order refused in the passive ("Subpoenas are ignored"), and
  a label over a refusal to hand over, say the limit the opposite way.
- left13: a sweeping refusal ("never") does not turn round a later clause that grants a limit in words of its own; a
  limit's event kept back, then refused ("Keeping child abuse secret is not an option"), states the limit.
"""

from __future__ import annotations

from typing import Any, Callable

import pytest

from conftest import stances
from policy_lint.findings import FileResult
from policy_lint.meaning import Passage, coverage, read_passage
from prose_files import LAYOUTS_3, assert_reads, coverage_of_bytes, layout_page, reads

H = "# Confidentiality\n\n{}\n"


def _cov(text: str, name: str = "page.md") -> dict[str, str]:
    return coverage_of_bytes(H.format(text).encode("utf-8"), name)


# near misses: the same cases with the act said, a telling of the client refused, an exception
FRONTED_ACT_SAID = [
    ("In cases of child abuse, I will report it.", "child_abuse"),
    # (vague40, session 22: legal proceedings with no court named read court_order vague; the order named keeps it)
    ("In legal proceedings, I may be ordered to release your records.", "court_order"),
    ("In cases of child abuse, I may not be able to tell you first.", "child_abuse"),
    ("In other legal situations, I will not disclose information unless the law requires it.", "required_by_law"),
]

AFTER_NOT_EVEN = [
    # the brief's own example: the refusal says "do it", the court comes after "not even"
    "Sharing anything you say would be a breach of confidentiality, and I will never do it, not even for a court.",
    "We never do it, for any reason, not even if a court orders it.",
    "We would never do that, not even if a judge orders it.",
]

PAST_NOT_EVEN = [
    # near misses: "not even" over something else, the limit after an exception or in a clause of its own
    "Your therapist cannot share anything, not even with your parents, unless a court orders it.",
    "We share only what is needed, not even a word more, when a court orders it.",
    "We will not share your notes, not even with your doctor, but a court order can require us to release them.",
]

NO_BREACH = [
    # "X is not a breach of confidentiality" names what is allowed (tune18a's class, said the other way): the
    # limit is stated, never refused (it read contradicted, a false alarm older than tune18a)
    ("Reporting suspected child abuse is not a breach of confidentiality.", "child_abuse"),
    ("It is not a breach of confidentiality to report suspected child abuse.", "child_abuse"),
    ("Releasing information in response to a court order is not a breach of confidentiality.", "court_order"),
    ("Sharing records with a court would not be a violation of your privacy if a judge orders it.", "court_order"),
]

BREACH_REFUSED = [
    # near misses: the breach refused as an act of ours
    ("We will not breach confidentiality to report suspected child abuse.", "child_abuse"),
    ("We will not commit a breach of confidentiality, even if a court orders it.", "court_order"),
]

NAMED_AS_A_BREACH_THEN_REFUSED = [
    # tune18a's "X is a breach of confidentiality", then refused: the limit named as X is refused (it read stated, a
    # false all clear older than tune18a)
    "Any release of your records to a court is a breach of confidentiality that we will never commit.",
    "Handing over your notes to the police or a court is a breach of confidentiality, which we never allow.",
    "Sharing what you say with a court would be a breach of confidentiality, and I will never do it.",
]

BREACH_WITHOUT_A_PLAIN_REFUSAL = [
    # near misses: no refusal; the refusal with an exception; the case narrowed ("without an order")
    "Releasing your records to a court is a breach of confidentiality unless a judge orders it, and then we must do it.",
    "Sharing your file with a court without a court order is a breach of confidentiality, and we will not do it.",
    "Talking about your case with others is a breach of confidentiality, and we never do it, except when a court orders it.",
]

BELIEF_AFTER_A_REFUSAL = [
    # someone else's belief or question grants nothing (left13's "though a court order can require us" read stated)
    ("We never release your records to anyone, though some people believe a court order can require us to. "
     "It cannot.", "contradicted"),
    ("We never share your notes, though clients often ask whether a court order can require us to release them.",
     "contradicted"),
    # near misses: the grant said outright, or with our own hedge
    ("We never release your records to anyone, though a court order can require us to release them.", "stated"),
    ("We never release your records to anyone, though I think a court order can require us to release them.",
     "stated"),
]

DENIAL_AFTER_BUT = [
    ("We report child abuse but not elder abuse.", "elder_abuse", "child_abuse"),
    ("Our school must report abuse of pupils, but never abuse of older relatives.", "elder_abuse", "child_abuse"),
    ("I report suspected child abuse but not the abuse of vulnerable adults.", "dependent_adult_abuse", "child_abuse"),
]

REFUSED_23 = [
    ("Although Ontario law requires us to report a child in need of protection, we do not.", "child_abuse"),
    ("Even though the law says we must report elder abuse, I will not.", "elder_abuse"),
    ("The law requires therapists to warn a person you threaten, but we don't.", "harm_to_others"),
    ("If you are a danger to others, we will not take any steps to reduce that danger.", "harm_to_others"),
    ("If you threaten to hurt someone, I won't take action to protect them.", "harm_to_others"),
    ("Your records are only released with your consent, never because a law or court order requires it.", "court_order"),
    ("Notes are only shared with your written permission, not because a judge orders it.", "court_order"),
    ("We send your whole record rather than only the information needed.", "minimum_necessary"),
    ("We do not limit what we share to the minimum necessary.", "minimum_necessary"),
    ("Access to your records is denied to everyone, even if you are a danger to others.", "harm_to_others"),
]

NEAR_MISSES_23 = [
    # near misses: the same words saying the limit
    ("We report child abuse and elder abuse.", "elder_abuse", "stated"),
    ("Although the law requires us to report child abuse, we do.", "child_abuse", "stated"),
    ("If you are a danger to others, we will not hesitate to take steps to protect them.", "harm_to_others", "stated"),
    ("Your records are only released with your consent or when a court orders it.", "court_order", "stated"),
    ("We will not share information with your GP, unless the disclosure is required by law.", "required_by_law", "stated"),
    ("We share only what is needed rather than your whole record.", "minimum_necessary", "stated"),
    ("We may withhold records from you, and we report child abuse to the authorities.", "child_abuse", "stated"),
    ("Staff will not send details of abuse to the authorities.", "child_abuse", "contradicted"),
    ("If a child is being abused by a parent who is abusing drugs, we will report it.", "child_abuse", "stated"),
    ("If you are at risk of suicide, we keep that private.", "harm_to_self", "contradicted"),
    ("Please read our confidentiality policy before your first session.", "at_intake", "stated"),
]

CORRECT_WORDING_24 = [
    ("We will not hesitate to contact emergency services if your life is at risk.", "harm_to_self"),
    ("We won't hesitate to report suspected child abuse.", "child_abuse"),
    ("We would not hesitate to contact the police if someone else is in danger.", "harm_to_others"),
    ("I will never fail to report suspected child abuse.", "child_abuse"),
    ("We are not afraid to contact emergency services if you are at risk of suicide.", "harm_to_self"),
    ("We cannot avoid reporting suspected abuse of a child.", "child_abuse"),
    ("We are not able to avoid responding to a court order.", "court_order"),
    ("We will not put off contacting emergency services if your life is at risk.", "harm_to_self"),
    ("We will not be slow to warn a person you have threatened to harm.", "duty_to_warn"),
    ("We would have no hesitation in contacting social services if a child is at risk of significant harm.",
     "child_abuse"),
    ("Self-harm on its own is not a reason to break confidentiality. If we believe your life is at serious risk,"
     " we may contact your GP or emergency services.", "harm_to_self"),
    ("Self-harm alone will not lead to us sharing information, but if your life is in danger we will call for"
     " help.", "harm_to_self"),
    ("We must report suspected child abuse. We do not report sexual activity between teenagers of similar ages.",
     "child_abuse"),
    ("We must report suspected child abuse. We do not report abuse that happened when you were a child.",
     "child_abuse"),
    ("We must report suspected elder abuse. We do not report self-neglect by an older adult who can make their"
     " own decisions.", "elder_abuse"),
    ("We will tell you before we share anything. The only time we will not tell you before sharing is in an"
     " emergency.", "before_disclosure"),
    ("The only situation where we would not inform you afterwards is when the police ask us not to.",
     "after_disclosure"),
    ("Confidentiality does not extend to disclosures of child abuse.", "child_abuse"),
    ("I will not refrain from reporting suspected child abuse.", "child_abuse"),
    ("The one time we would not tell you first is when telling you would put someone in danger.",
     "before_disclosure"),
]

REFUSALS_24 = [
    ("Everything you say, including about suicidal thoughts, is confidential.", "harm_to_self"),
    ("Disclosures of child abuse are treated as confidential.", "child_abuse"),
    ("Disclosures of child abuse are handled confidentially.", "child_abuse"),
    ("Disclosures of child abuse are held in confidence.", "child_abuse"),
    ("Disclosures of child abuse are protected.", "child_abuse"),
    ("Disclosures of child abuse are covered by confidentiality.", "child_abuse"),
    ("Threats of violence are treated as confidential.", "harm_to_others"),
    ("Confidentiality extends to disclosures of child abuse.", "child_abuse"),
    ("Confidentiality applies even to disclosures of child abuse.", "child_abuse"),
    ("Instead of reporting suspected child abuse, we work with the family.", "child_abuse"),
    ("Rather than reporting elder abuse to Adult Protective Services, we help you find support.", "elder_abuse"),
    ("Instead of complying with a subpoena, we will ask the court to withdraw it.", "court_order"),
    ("Rather than telling you first, we will act quickly.", "before_disclosure"),
    ("If you tell us a child is being abused, we will work with the family instead of reporting it.",
     "child_abuse"),
    # near misses of the false alarms above: the refusal still refuses
    ("We will not hesitate to refuse a subpoena.", "court_order"),
    ("Even if you live alone, we will not call anyone if you are suicidal.", "harm_to_self"),
    ("If you are suicidal, we will never contact anyone on your behalf, even when you are alone.", "harm_to_self"),
    ("We never report child abuse, whether it happened in the past or is happening now.", "child_abuse"),
    ("We will not tell you before sharing. The only time we tell you is afterwards.", "before_disclosure"),
    ("We will not extend our reporting to child abuse.", "child_abuse"),
    ("The only time we share is with your consent, and we will not tell you before sharing.", "before_disclosure"),
    ("In the only case where we share, we do not tell you before sharing.", "before_disclosure"),
    ("What you tell us about thoughts of suicide will be treated in the strictest confidence.", "harm_to_self"),
    ("Threats to harm others are subject to confidentiality.", "harm_to_others"),
    ("Disclosures of elder abuse remain protected.", "elder_abuse"),
    ("I would never hesitate to keep your secrets, even about abuse of a child.", "child_abuse"),
    ("We will not report abuse of a child, whether it happened years ago or is happening now.", "child_abuse"),
]

NEAR_MISSES_24 = [
    # near misses of the false all clears: the keeping denied or the rest kept; waiting or a thing replaced
    ("Disclosures of child abuse are not confidential.", "child_abuse"),
    ("If I believe you are at risk of harming yourself, I will contact your GP; everything else is treated as"
     " confidential.", "harm_to_self"),
    ("If I think you may be a danger to yourself, it may be necessary to disclose confidential information to keep"
     " you safe.", "harm_to_self"),
    ("Rather than wait, we report suspected child abuse at once.", "child_abuse"),
    ("We report child abuse rather than keep it secret.", "child_abuse"),
    ("Instead of a phone call, we will email you before we share anything.", "before_disclosure"),
    ("We will call emergency services rather than wait if your life is at risk.", "harm_to_self"),
    ("We will always try to tell you first rather than act behind your back.", "before_disclosure"),
]

# review24c
SAY_SO_ONLY = [
    ("If we are worried about your safety, we would only contact your GP with your consent.", "harm_to_self"),
    ("If you are at risk of suicide, we will only involve others if you agree.", "harm_to_self"),
    ("Concerns about your safety would be shared with your GP only if you agreed.", "harm_to_self"),
    ("We would only break confidentiality for suicide risk with your explicit consent.", "harm_to_self"),
    ("Suspected child abuse would be reported only if you agreed to it.", "child_abuse"),
    ("We will only respond to a court order if you consent.", "court_order"),
    ("If you tell us about abuse of a child, we will only report it if you agree.", "child_abuse"),
]


#: (class, sentence, {topic: status}) for a one-sentence page; near misses keep their class's name.
CASES = [
    ('consent-kept', 'If we are worried about your safety, we would normally contact your GP with your consent, unless there is a serious risk to your life.', {'harm_to_self': 'stated'}),
    ('consent-kept', 'We would only contact your GP without your consent if your life was at serious risk.', {'harm_to_self': 'stated'}),
    ('consent-kept', 'Except where there is a risk of harm to yourself or others, information will only be shared with your consent.', {'harm_to_self': 'stated'}),
    ('consent-kept', 'If you are at risk of harm, we may contact your GP; otherwise we will only share information with your consent.', {'harm_to_self': 'stated'}),
    ('consent-kept', 'In a crisis where your life is at risk, we would only contact your GP if you agree or if we cannot reach you.', {'harm_to_self': 'stated'}),
    ('consent-kept', 'Suspected child abuse would be reported only if you agreed to it or if a child was in danger.', {'child_abuse': 'stated'}),
    ('consent-kept', 'We only share information with your consent or when the law requires it, such as a court order.', {'court_order': 'stated'}),
    ('consent-kept', 'We will only share your information with your consent, but if you are at risk of harm we may contact your GP.', {'harm_to_self': 'stated'}),
    ('consent-kept', 'Information about risk to yourself will only be shared with your consent where possible.', {'harm_to_self': 'stated'}),
    ('consent-kept', 'Where possible, we would only contact your GP about your safety with your agreement.', {'harm_to_self': 'stated'}),
    ('consent-kept', 'If you are at risk of suicide, we would only contact your GP with your consent where it is safe.', {'harm_to_self': 'stated'}),
    ('no-exception', 'Child abuse is not one of the limits of confidentiality in our practice.', {'child_abuse': 'contradicted'}),
    ('no-exception', 'A court order is not one of the exceptions to confidentiality here.', {'court_order': 'contradicted'}),
    ('no-exception', 'Harm to others is not among the exceptions to our confidentiality.', {'harm_to_others': 'contradicted'}),
    ('no-exception', 'We do not treat risk of suicide as an exception to confidentiality.', {'harm_to_self': 'contradicted'}),
    ('no-exception', 'Subpoenas do not override your confidentiality here.', {'court_order': 'contradicted'}),
    ('still-one', 'Child abuse is one of the limits of confidentiality.', {'child_abuse': 'stated'}),
    ('still-one', 'Self-harm is not the only limit of confidentiality.', {'harm_to_self': 'stated'}),
    ('still-one', 'Talking about suicide is not an exception to confidentiality, but a plan to end your life is.', {'harm_to_self': 'stated'}),
    ('still-one', 'Child abuse is never an exception we ignore.', {'child_abuse': 'stated'}),
    ('still-one', 'Child abuse is not an exception to confidentiality that we can ignore.', {'child_abuse': 'stated'}),
    ('still-one', 'Self-harm is not, by itself, a reason to break confidentiality.', {'harm_to_self': 'stated'}),
    ('contrary', 'If we were mandated reporters, we would report child abuse to CPS.', {'child_abuse': 'contradicted'}),
    ('contrary', 'If I were a licensed therapist, I would have to report child abuse.', {'child_abuse': 'contradicted'}),
    ('contrary', 'Were we a hospital, we would call emergency services when a patient is suicidal.', {'harm_to_self': 'contradicted'}),
    ('supposed-event', 'If we were to receive a court order, we would have to comply.', {'court_order': 'stated'}),
    ('supposed-event', 'If we were ever concerned that a child was being abused, we would report it.', {'child_abuse': 'stated'}),
    ('supposed-event', 'If I were a client, I would want to know that my therapist must report child abuse.', {'child_abuse': 'stated'}),
    ('others-then-us', 'Some therapists tell clients before making a report, but we do not.', {'before_disclosure': 'contradicted'}),
    ('others-then-us', 'Some services tell you afterwards, but we do not.', {'after_disclosure': 'contradicted'}),
    ('others-then-us', 'Some therapists explain the limits of confidentiality at the first session, but we do not.', {'at_intake': 'contradicted'}),
    ('others-then-us', 'Some therapists do not report child abuse, but we do.', {'child_abuse': 'stated'}),
    ('others-then-us', 'Other services may not tell you afterwards, but we will.', {'after_disclosure': 'stated'}),
    ('others-then-us', 'Other therapists may not tell you first, but we always will.', {'before_disclosure': 'stated'}),
    ('others-then-us', 'We tell you before we report, but we do not ask your permission.', {'before_disclosure': 'stated'}),
    ('others-then-us', 'We do not report child abuse, but we do tell you first.', {'child_abuse': 'contradicted'}),
    ('comma-denial', 'We report child abuse, not elder abuse.', {'child_abuse': 'stated', 'elder_abuse': 'contradicted'}),
    ('comma-denial', 'We report abuse of children, never abuse of older adults.', {'child_abuse': 'stated', 'elder_abuse': 'contradicted'}),
    ('comma-denial', 'We will contact your GP, not the police, if you are at risk of suicide.', {'harm_to_self': 'stated'}),
    ('comma-denial', 'We report suspected abuse of children, not just physical abuse.', {'child_abuse': 'stated'}),
    ('comma-denial', 'We share information when a court orders it, not when a lawyer asks for it.', {'court_order': 'stated'}),
    ('kept-after-but', 'We report child abuse, but elder abuse is kept confidential.', {'child_abuse': 'stated', 'elder_abuse': 'contradicted'}),
    ('kept-after-but', 'We report child abuse, but threats to others stay confidential.', {'child_abuse': 'stated', 'harm_to_others': 'contradicted'}),
    ('kept-after-but', 'We report child abuse, but everything else is kept confidential.', {'child_abuse': 'stated'}),
    ('kept-after-but', 'We report child abuse, but abuse you suffered as a child stays confidential.', {'child_abuse': 'stated'}),
    ('first-session', 'Limits of confidentiality are explained later in therapy, not at the first session.', {'at_intake': 'contradicted'}),
    ('first-session', 'We explain confidentiality in writing, not at the first session.', {'at_intake': 'contradicted'}),
    ('first-session', 'We explain the limits of confidentiality at the first session, not later.', {'at_intake': 'stated'}),
    ('first-session', 'We will explain the limits of confidentiality at the first session, but not at every session.', {'at_intake': 'stated'}),
    ('minimum', 'The minimum necessary rule does not apply to disclosures we make.', {'minimum_necessary': 'contradicted'}),
    ('minimum', 'Sharing only the minimum necessary is not our policy.', {'minimum_necessary': 'contradicted'}),
    ('minimum', 'The minimum necessary rule does not apply when you ask for your own records.', {'minimum_necessary': 'stated'}),
    ('minimum', 'The minimum necessary standard does not apply to disclosures to you or for treatment.', {'minimum_necessary': 'stated'}),
    ('no-longer', 'We used to report suspected child abuse. We no longer do so.', {'child_abuse': 'contradicted'}),
    ('no-longer', 'We used to report suspected child abuse, but we no longer do.', {'child_abuse': 'contradicted'}),
    ('no-longer', 'We report child abuse. We no longer wait to do so.', {'child_abuse': 'stated'}),
    ('concession', 'Although we report child abuse, we do not report elder abuse.', {'child_abuse': 'stated', 'elder_abuse': 'contradicted'}),
    ('concession', 'Though we must report child abuse, we will not report elder abuse.', {'child_abuse': 'stated', 'elder_abuse': 'contradicted'}),
    ('concession', 'Although the law requires it, we do not report child abuse.', {'child_abuse': 'contradicted'}),
    ('concession', 'Although you may be a danger to others, we will not warn anyone.', {'duty_to_warn': 'contradicted'}),
    ('bare-never', 'Never, even if a court orders it.', {'court_order': 'contradicted'}),
    ('bare-never', 'Never, even if a judge orders us to release your records.', {'court_order': 'contradicted'}),
    ('bare-never', 'Never, unless a court orders it.', {'court_order': 'stated'}),
    ('access-may', 'We may refuse access to your records if it would create a risk of harm to you.', {'harm_to_self': 'missing'}),
    ('access-may', 'We refuse access to your records to anyone, even if you are a danger to others.', {'harm_to_others': 'contradicted'}),
    ('informed', 'If a court orders it, we do not seek to obtain written informed consent from you.', {'court_order': 'stated'}),
    ('informed', 'We will not inform child protective services about abuse.', {'child_abuse': 'contradicted'}),
    ('ask-or-tell', "We don't ask your permission or tell you before we report.", {'before_disclosure': 'contradicted'}),
    ('ask-or-tell', 'We will not ask your permission or let you know beforehand.', {'before_disclosure': 'contradicted'}),
    ('ask-or-tell', 'We do not ask your permission, but we will tell you before we report.', {'before_disclosure': 'stated'}),
    ('ask-or-tell', 'We will ask your permission or tell you before we report.', {'before_disclosure': 'stated'}),
]

# fix14: rows, terms and titles over a refusal
TABLE_MD = "# Confidentiality\n\n| Situation | What we do |\n|---|---|\n| Court order | We refuse to share your records |\n| Danger to others | We do not warn anyone |\n\n**Child abuse.** We do not make reports.\n"


TABLE_HTML = (
    "<main><h1>Confidentiality</h1><table><tr><th>Situation</th><th>What we do</th></tr>"
    "<tr><td>Court order</td><td>We refuse to share your records</td></tr>"
    "<tr><td>Danger to others</td><td>We do not warn anyone</td></tr></table>"
    "<dl><dt>Child abuse</dt><dd>We do not make reports.</dd></dl>"
    "<p><b>Elder abuse.</b> We never tell anyone.</p></main>"
)


TABLE_TXT = "Confidentiality\n\nCourt order: We refuse to share your records.\n\nDanger to others: We do not warn anyone.\n\nChild abuse. We do not make reports.\n"

PAGES = [
    *[reads(f"review20: a fronted case with the act said states it {i}", f"# Confidentiality\n\n{sentence}\n", "policy.md", want={topic: "stated"})
      for i, (sentence, topic) in enumerate(FRONTED_ACT_SAID)],
    *[reads(f"review21: a limit after 'not even' is refused {i}", H.format(text), "even.md", never={"court_order": "stated"})
      for i, text in enumerate(AFTER_NOT_EVEN)],
    *[reads(f"review21: a limit past 'not even' stays stated {i}", H.format(text), "even.md", want={"court_order": "stated"})
      for i, text in enumerate(PAST_NOT_EVEN)],
    *[reads(f"review21: a limit that is no breach is stated {i}", H.format(text), "nobreach.md", want={topic: "stated"})
      for i, (text, topic) in enumerate(NO_BREACH)],
    *[reads(f"review21: a breach refused is still refused {i}", H.format(text), "nobreach.md", never={topic: "stated"})
      for i, (text, topic) in enumerate(BREACH_REFUSED)],
    *[reads(f"review21: a limit named as a breach, then refused, is refused {i}", H.format(text), "breach.md", never={"court_order": "stated"})
      for i, text in enumerate(NAMED_AS_A_BREACH_THEN_REFUSED)],
    *[reads(f"review21: a breach named without a plain refusal leaves the limit {i}", H.format(text), "breach.md", want={"court_order": "stated"})
      for i, text in enumerate(BREACH_WITHOUT_A_PLAIN_REFUSAL)],
    *[reads(f"review22: someone else's belief after a refusal grants nothing {i}", H.format(text), "page.md", want={"court_order": want})
      for i, (text, want) in enumerate(BELIEF_AFTER_A_REFUSAL)],
    *[reads(f"review23: a denial with no act after 'but' {i}", H.format(text), "page.md", want={topic: "contradicted", kept: "stated"})
      for i, (text, topic, kept) in enumerate(DENIAL_AFTER_BUT)],
    *[reads(f"review23: a limit refused reads contradicted {i}", H.format(text), "page.md", want={topic: "contradicted"})
      for i, (text, topic) in enumerate(REFUSED_23)],
    *[reads(f"review23: near miss {i}", H.format(text), "page.md", want={topic: want})
      for i, (text, topic, want) in enumerate(NEAR_MISSES_23)],
    *[reads(f"review24: correct wording reads stated {i}", H.format(text), "page.md", want={topic: "stated"})
      for i, (text, topic) in enumerate(CORRECT_WORDING_24)],
    *[reads(f"review24: a refusal reads contradicted {i}", H.format(text), "page.md", want={topic: "contradicted"})
      for i, (text, topic) in enumerate(REFUSALS_24)],
    *[reads(f"review24: near miss reads stated {i}", H.format(text), "page.md", want={topic: "stated"})
      for i, (text, topic) in enumerate(NEAR_MISSES_24)],
    reads("review22 left: a question denied in the next sentence",
          H.format("People often ask whether a court order can require us to release notes. It cannot: we keep none."), "page.md",
          never={"court_order": "stated"},
          marks=pytest.mark.xfail(strict=True, reason="a belief in a sentence of its own, denied in the next, is read as said (older)")),
    reads("review23: the law inside a denial's list is never stated",
          H.format("We will not share information with your GP, or if the disclosure is required by law."), "page.md",
          want={"required_by_law": "vague"}),
    reads("review23: a keeping denied over an aside states the limit",
          H.format("We will not, if you are at risk of suicide, keep that private."), "page.md", want={"harm_to_self": "stated"}),
    reads("review24: abuse of adults refused names no child", H.format("We are not required to report abuse of adults."), "page.md",
          want={"child_abuse": "missing", "elder_abuse": "contradicted"}),
    # review24c: a limit that waits for the client's say-so
    *[reads(f"review24 say-so only: a limit that waits for the client's say-so is contradicted {i} ({name})",
            f"Confidentiality\n\n{sentence}\n", name, want={topic: "contradicted"})
      for name in ("page.md", "page.txt") for i, (sentence, topic) in enumerate(SAY_SO_ONLY)],
    *[reads(f"review24 {cls}-{i}", H.format(sentence), "page.md", want=want) for i, (cls, sentence, want) in enumerate(CASES)],
    # "Not every" and "not all" say some: the clause reads neither way (alarm24's convention, session 15)
    reads("review24: not all of a limit denied is no contradiction", H.format("Not all self-harm is an exception to confidentiality."),
          "page.md", never={"harm_to_self": "contradicted"}),
    # fix14
    *[reads(f"fix14: rows, terms and titles over a refusal read contradicted ({name})", raw, name,
            want=dict.fromkeys(("court_order", "harm_to_others", "duty_to_warn", "child_abuse", *(("elder_abuse",) if name == "policy.html" else ())),
                               "contradicted"))
      for raw, name in ((TABLE_MD, "policy.md"), (TABLE_HTML, "policy.html"), (TABLE_TXT, "policy.txt"))],
    reads("fix14: near misses in rows stay stated",
          "| Situation | What we do |\n|---|---|\n| Court order | We will share only what the order requires |\n| Danger to others | We do not keep this private |\n",
          "policy.md", want={"court_order": "stated", "harm_to_others": "stated"}),
    reads("fix14: near misses in terms stay stated",
          "<main><dl><dt>Court order</dt><dd>We will share only what the order requires.</dd><dt>Danger to others</dt><dd>We do not keep this private.</dd></dl></main>",
          "policy.html", want={"court_order": "stated", "harm_to_others": "stated"}),
    reads("fix14: a heading over a refusal reads contradicted (md)",
          "# Confidentiality\n\n## Court orders\n\nWe refuse to share your records.\n\n## Child abuse\n\nWe do not make reports.\n", "policy.md",
          want={"court_order": "contradicted", "child_abuse": "contradicted"}),
    reads("fix14: a heading over a refusal reads contradicted (html)",
          "<main><h1>Confidentiality</h1><h2>Court orders</h2><p>We refuse to share your records.</p><h2>Child abuse</h2><p>We do not make reports.</p></main>",
          "policy.html", want={"court_order": "contradicted", "child_abuse": "contradicted"}),
    *[reads(f"fix14: a heading over words that share or refuse a service is not contradicted {i}", raw, "policy.md",
            never={"court_order": "contradicted"})
      for i, raw in enumerate([
          "## Court orders\n\nWe share records when a judge orders it.\n",
          "## Court orders\n\nWe do not provide custody evaluations.\n",
          "## Court orders\n\nWe do not release records without a court order.\n",
      ])],
    # lead22 (session 22): an act refused up to a time is done at that time; the refusal reaches past the time's clause
    reads("lead22: not released until a court order states the court order",
          "Your records are not released until we receive a court order. If you threaten someone, no one will know until"
          " I warn that person.\n", "until.txt",
          want={"court_order": "stated", "harm_to_others": "stated", "duty_to_warn": "stated"}),
    reads("lead22 near miss: a threat after 'until you consent' is still refused",
          "Nothing is shared until you consent, even if you threaten someone.\n", "until.txt",
          want={"harm_to_others": "contradicted"}),
    reads("lead22 near miss: no one knows until the client is ready, a promise",
          "If you are suicidal, no one will know until you are ready to tell them.\n", "until.txt",
          want={"harm_to_self": "contradicted"}),
    reads("lead22: a condition after 'not even X,' is the refusal's own",
          "We will not tell anyone, not even the police, if you threaten someone.\n", "even.txt",
          want={"harm_to_others": "contradicted"}),
]


@pytest.mark.parametrize(("page", "name", "want", "never"), PAGES)
def test_page_reads_as_labelled(page: str, name: str, want: dict[str, str], never: dict[str, str]) -> None:
    assert_reads(page, name, want, never)


# -- A refusal after a fronted case, in three layouts (review20) -----------------------------------------------------

LAYOUTS = {
    "p.md": lambda lead, items: "# Confidentiality\n\n" + lead + "\n\n" + "".join(f"- {i}\n" for i in items),
    "p.txt": lambda lead, items: "CONFIDENTIALITY\n\n" + lead + "\n\n" + "".join(f"* {i}\n" for i in items),
    "p.html": lambda lead, items: "<h1>Confidentiality</h1><p>" + lead + "</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>",
}


# law17 read "other legal situations" as the law's requirement stated. Opening a sentence whose refusal follows a
# comma ("In other legal situations, I will not disclose information.") it read stated (it read contradicted
# before, by other words): a condition that opens with "In cases of ...", "In legal proceedings," was not turned round
# by the refusal after it, as "If a child is abused, I will not report it" is. The same gap read "In cases of child
# abuse, I will not report it." as child abuse stated, a false all clear older than the session.
FRONTED = [
    ("In other legal situations, I will not disclose information.", "required_by_law"),
    ("In cases of child abuse, I will not report it.", "child_abuse"),
    ("In legal proceedings, I will not release your records.", "court_order"),
    ("In situations of risk to your life, I will not tell anyone.", "harm_to_self"),
]


@pytest.mark.parametrize(("sentence", "topic"), FRONTED)
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_a_refusal_after_a_fronted_case_is_no_limit(sentence: str, topic: str, name: str) -> None:
    page = {"p.md": f"# Confidentiality\n\n{sentence}\n", "p.txt": f"CONFIDENTIALITY\n\n{sentence}\n",
            "p.html": f"<h1>Confidentiality</h1><p>{sentence}</p>"}[name]
    got = coverage_of_bytes(page.encode(), name)
    assert got[topic] not in ("stated", "missing"), got



# -- No limit named at all; neither way (review23, review24) ---------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "We may withhold records from you where releasing them could endanger a child.",
        "You may be refused access to your records if this would put another person at risk.",
        "Do not send details of abuse by text message.",
        "If you are abusing alcohol or drugs, we will not tell your employer.",
        "You do not need to read anything about confidentiality before your first session.",
    ],
)
def test_no_limit_is_named(text: str) -> None:
    got = _cov(text)
    named = {t: s for t, s in got.items() if s != "missing" and t != "blanket_promise"}
    assert not named, got



def test_a_rule_s_reach_denied_contradicts_no_limit() -> None:
    got = _cov("When we share, we will give only the information that is needed. This does not apply to reports to"
               " the police, where we give everything.")
    assert "contradicted" not in got.values(), got


@pytest.mark.parametrize(
    "text",
    [
        "Self-harm on its own is not a reason to break confidentiality.",
        "We do not report abuse that happened when you were a child.",
        "We do not report sexual activity between teenagers of similar ages.",
        "Self-harm by itself does not mean we will break confidentiality.",
        "Self-harm on its own does not usually mean that we need to share information.",
        "We will not report abuse of a child that happened years ago.",
    ],
)
def test_a_narrower_case_alone_states_nothing(text: str) -> None:
    got = _cov(text)
    assert "contradicted" not in got.values() and "stated" not in got.values(), got



# -- A label or title over a refusal, one passage; a YAML limit that refuses (fix14) --------------------------------

_read = stances


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Court order: We refuse to share your records.", ("court_order",)),
        ("Danger to others: We do not warn anyone.", ("harm_to_others", "duty_to_warn")),
        ("Child abuse. We do not make reports.", ("child_abuse",)),
        ("**Child abuse.** We do not make reports.", ("child_abuse",)),
        ("Harm to self - not something we report.", ("harm_to_self",)),
        ("Subpoenas: We will not release any records.", ("court_order",)),
        ("Suicide risk. We do not contact anyone. We believe you are the expert on your own life.", ("harm_to_self",)),
    ],
)
def test_a_label_over_a_refusal_says_its_limit_the_opposite_way(text: str, topics: tuple[str, ...]) -> None:
    got = _read(text)
    assert {t: got.get(t) for t in topics} == dict.fromkeys(topics, "opposite"), read_passage(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Court order: we will share only what the order requires.", "court_order"),
        ("Danger to others: we do not keep this private.", "harm_to_others"),
        ("Danger to others: we are not able to keep this confidential.", "harm_to_others"),
        ("Court order: we do not release records without a court order.", "court_order"),
        ("Child abuse. We report it to child protective services.", "child_abuse"),
        ("Child abuse: we do not need your consent to report it.", "child_abuse"),
        ("Harm to self. We do not tell your family, but we may call emergency services.", "harm_to_self"),
    ],
)
def test_a_label_over_words_that_share_or_are_no_refusal_stays_stated(text: str, topic: str) -> None:
    assert _read(text).get(topic) == "states", read_passage(text)


def test_a_yaml_limit_whose_explanation_refuses_is_not_stated(lint: Callable[..., FileResult]) -> None:
    result = lint(
        "limits:\n"
        "  - category: court_order\n    title: Court orders\n    explanation: We refuse to share your records.\n"
        "  - category: child_abuse\n    explanation: \"Child abuse: We do not make reports.\"\n"
        "  - category: elder_abuse\n    title: Elder abuse\n    explanation: We report abuse of older adults to Adult Protective Services.\n"
    )
    cover = {i["topic"]: i["status"] for i in result.metrics["coverage"]}
    assert cover["court_order"] == "contradicted" and cover["child_abuse"] == "contradicted", cover
    assert cover["elder_abuse"] == "stated", cover
    assert "COV007" in {f.rule_id for f in result.findings}


def test_a_yaml_title_over_a_refusal_reads_the_same_from_the_reading_cache(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_lint.meaning import _store
    from policy_lint.meaning._passages import read_all

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("POLICY_LINT_NO_CACHE", raising=False)
    monkeypatch.delenv("POLICY_LINT_NO_READING_CACHE", raising=False)
    monkeypatch.setattr(_store, "_WRITTEN", [0])
    passages = [
        Passage("/limits/0/title", "Court orders", ("court_order",), "/limits/0"),
        Passage("/limits/0/explanation", "We refuse to share your records.", ("court_order",), "/limits/0"),
    ]
    _store.clear()
    cold = read_all(passages, str(tmp_path / "p.yaml"))
    assert list((tmp_path / "policy-lint").rglob("readings*.json"))  # kept for the next run
    _store.clear()


    def unread(text: str) -> Any:
        raise AssertionError(f"read again: {text!r}")

    monkeypatch.setattr(_store, "_READER", [unread])  # a warm read reads no text
    warm = read_all(passages, str(tmp_path / "p.yaml"))
    _store.clear()
    assert cold == warm
    assert [st.stance for st in cold[0][1]] == ["opposite"]



# -- A court's order refused, and a label over a refusal, one passage (fix15) -----------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Subpoenas are ignored.",
        "Court orders are disregarded here.",
        "We disregard any court order.",
        "Court orders are simply ignored.",
        "Subpoenas are refused.",
    ],
)
def test_a_courts_order_refused_reads_the_opposite(text: str) -> None:
    assert stances(text).get("court_order") == "opposite", read_passage(text)


@pytest.mark.parametrize(
    "text",
    [
        # a refusal refused is the act done
        "A subpoena cannot be ignored.",
        "We never ignore a court order.",
        "We will not disregard a subpoena.",
        "Subpoenas are never ignored.",
        "Court orders are not disregarded.",
        # an exception after the refusal, or a refusal of something else
        "Subpoenas are ignored unless a judge signs them.",
        "Requests without a court order are refused.",
        "We disregard any request without a court order.",
    ],
)
def test_a_refusal_refused_or_of_something_else_keeps_the_order_stated(text: str) -> None:
    assert stances(text).get("court_order") == "states", read_passage(text)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Subpoena: your therapist will not hand over any notes.", "court_order"),
        ("Child abuse: reports are never made.", "child_abuse"),
        ("Child abuse: reports are not made here.", "child_abuse"),
    ],
)
def test_a_label_over_a_refusal_reads_the_opposite(text: str, topic: str) -> None:
    assert stances(text).get(topic) == "opposite", read_passage(text)
    items = {i["topic"]: i for i in coverage([Passage("/blocks/0", text)])}
    assert items[topic]["status"] == "contradicted"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Subpoena: we hand over only what the order requires.", "court_order"),
        ("Subpoena: your therapist will not hand over any notes unless a judge orders it.", "court_order"),
        ("Child abuse: we make reports.", "child_abuse"),
    ],
)
def test_a_label_over_what_is_handed_over_stays_stated(text: str, topic: str) -> None:
    assert stances(text).get(topic) == "states", read_passage(text)


def test_a_label_over_a_service_refused_is_not_contradicted() -> None:
    # "provide" refuses a service here, no letting out of records
    assert stances("Subpoena: we do not provide custody evaluations.").get("court_order") != "opposite"


def test_a_passive_report_with_more_after_it_is_no_refusal() -> None:
    assert stances("Reports are never made without telling you first.") == {"before_disclosure": "states"}
    assert stances("Reports are never made lightly.") == {}


# -- A limit granted after a refusal, or kept back (left13), in three layouts -----------------------------------------

FORMATS = LAYOUTS_3


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, topic, status", [
    ("Your records stay here, not even your doctor sees them, though a court order can require us to release them.", "court_order", "stated"),
    ("Nobody sees your file, not even your partner, though a judge can order us to hand it over.", "court_order", "stated"),
    ("I would never share your story with anyone, and I do report child abuse.", "child_abuse", "stated"),
    ("We would never pass on what you say to anyone; we do report the abuse of a child.", "child_abuse", "stated"),
    ("We never tell anyone what you share with us, and we always report elder abuse.", "elder_abuse", "stated"),
    # near misses: no subject of its own, the new clause refuses too, "even though", a demand conceded
    ("I would never share your story with anyone, not even to report child abuse.", "child_abuse", "contradicted"),
    ("I would never share your story with anyone, and I do not report child abuse.", "child_abuse", "contradicted"),
    ("We never release records, even though a court order can require us to release them.", "court_order", "contradicted"),
    ("I will never share your notes, though a judge may ask me to.", "court_order", "contradicted"),
])
def test_a_limit_granted_after_a_refusal(sentence: str, topic: str, status: str, fmt: str) -> None:
    assert coverage_of_bytes(*layout_page(sentence, fmt))[topic] == status


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sentence, status", [
    ("Keeping child abuse secret is not an option.", "stated"),
    ("Keeping child abuse confidential is never an option for us.", "stated"),
    ("If a child is being abused, keeping it to myself is not something I do.", "stated"),
    ("Hiding the abuse of a child is never permitted here.", "stated"),
    # near misses: the report refused; the keeping allowed; an exception
    ("Reporting child abuse is not an option for us.", "contradicted"),
    ("Keeping child abuse confidential is always an option for us.", "contradicted"),
    ("Keeping child abuse secret is not an option unless you agree.", "contradicted"),
])
def test_keeping_a_limit_back_refused_states_it(sentence: str, status: str, fmt: str) -> None:
    assert coverage_of_bytes(*layout_page(sentence, fmt))["child_abuse"] == status


@pytest.mark.parametrize("fmt", FORMATS)
def test_keeping_secrets_refused_names_no_limit(fmt: str) -> None:
    cov = coverage_of_bytes(*layout_page("Keeping your secrets is not an option.", fmt))
    assert all(cov[t] == "missing" for t in ("child_abuse", "required_by_law", "court_order", "harm_to_self"))

