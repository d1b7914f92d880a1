"""Reading tests: a danger to the client (harm_to_self), to someone else (harm_to_others) and the duty to warn.

Where a new test goes: a whole page and the statuses it must read is one row of PAGES (``reads(id, page, name,
want=..., never=...)``; the id says what it checks and where it came from). A single passage read by the core
(``stances``) goes under "One passage" below. Abuse of a child or an adult is test_reads_abuse.py; a list's lead-in
that frames its items, test_reads_lead_ins.py.

Where the rows come from (the pages are written for these tests, in our own words):
- tune17, tune18b, warn22, warn23, warn24: whom we tell in general words (a protective act in the passive, "the
  relevant authorities", "appropriate professionals"), beside, after or above a danger to others, is a vague warning
  (both labellers of real19-23; labels.yaml, frames.yaml ``contacts``); with a danger to the client alone, or no one
  told (a breach with no one named, a denial, the client's say-so, a heading between), there is no warning: missing.
  The police or the person at risk are never read stated from general words.
- tune19b: the police named as able to reduce a threat to another person are warned (duty_to_warn stated).
- tune19c: a harm that befalls the client ("you will come to harm") names the client.
- review22 (dtw13): the client as the subject of the clause that names whom to call ("you should contact emergency
  services") is no warning of ours.
- fam27a (round 27, written from labels.yaml's rules, not pages): those who can help or need to know, told by us in
  the paragraph after a list that names a danger to others ("I may then need to share information with others who
  can help"), are whom we tell in general words: vague; the client told to talk to someone who can help, a refusal,
  or a list of the client's own danger: no warning.
- limits16: a harm to "any person" or "an individual", with neither the client nor the client's act named, names no
  one (vague for both); the client's safety at risk names the client; "appears to be" reads as "is".
"""

from __future__ import annotations

import pytest

from conftest import stances
from policy_lint.meaning import read_passage
from prose_files import assert_reads, reads

# tune17
GENERAL = (
    "Limits to confidentiality\n\n"
    "- Risk to others: If a client says they intend to hurt another person, appropriate steps must be taken to keep"
    " people safe.\n"
    "- If I think you or someone else is at risk, I may need to inform other professional services.\n"
)

# tune18b
AFTER_THE_LIST = (
    "Confidentiality\n\n"
    "What you say stays with us. The law asks us to share information in a few cases. They are:\n\n"
    "- Serious injury to you or to someone else.\n"
    "- A child who is being abused.\n\n"
    "If we think that failing to disclose information to the relevant authorities could lead to one of these outcomes, "
    "we may have to act.\n"
)

# tune19b
POLICE = (
    "Privacy\n\n"
    "A therapist may disclose information in these situations:\n\n"
    "- If there is a serious risk to the safety of another individual. Information will be shared only with law "
    "enforcement which is able to help prevent or reduce the threat.\n"
    "- If a court issues a subpoena.\n"
)

# warn22
REGULATORY_AGENCIES = (
    "Limits of Confidentiality\n\n"
    "There are certain circumstances under which we must report certain information to various regulatory agencies."
    " Your confidentiality will be broken without your permission:\n\n"
    "- If you tell your therapist about abuse or neglect of a child\n"
    "- If you tell your therapist that you are at risk of harming another person\n"
)
PEOPLE_WE_MIGHT_TELL = (
    "Confidentiality\n\n"
    "We need your written permission to talk to anyone else on your behalf. The only exceptions are:\n\n"
    "- There is a risk of serious harm to you or another person.\n"
    "- A judge orders us to share your records.\n\n"
    "If we think there is a risk of serious harm and we need to tell someone else, we will try to talk to you first."
    " Examples of people we might need to tell are GPs and social workers.\n"
)

# warn23: a paragraph that names a danger to others (or to the client alone), then one of these
DANGER = "Confidentiality\n\nWhat you tell me stays private. The only exception is if I think you or someone else is at risk of serious harm.\n\n"
DANGER_SELF = "Confidentiality\n\nWhat you tell me stays private. The only exception is if I think you are at risk of serious harm.\n\n"
# dev passages (our own words): the next paragraph points back at those cases or tells of a need to share, and names
# whom we tell in general words
NEXT_VAGUE = [
    "In such circumstances, information may be passed to the relevant third parties without your consent.",
    "If I need to share information with an outside agency, I will talk with you about it first.",
    "Sometimes what you tell me may need passing on to the authorities. We can talk about how this works.",
    "In these cases we may have to contact the appropriate professionals.",
]
# near misses: no point back and no need (a service we work with); a later sentence names them; a denial; the client's
# say-so; the client told
NEXT_MISSING = [
    "We work in partnership with other agencies in the city.",
    "We keep brief notes. With your consent we may speak with other professionals.",
    "In such cases we will not contact the relevant authorities.",
    "If we need to share information with other professionals, we will only do so with your consent.",
    "In such cases we need to contact you by phone.",
]

# warn24: words above a list of limits, then one of these lists
ITEMS = "- you are at risk of harm\n- other people are at risk of harm\n"
ITEMS_SELF = "- you are at risk of harm\n- you tell us you are thinking of suicide\n"
# dev pages (our own words)
ABOVE_VAGUE = [
    # a paragraph that points back, over one that names whom we tell
    "Confidentiality\n\nSometimes we may need to share information. If so, we only give it to the relevant authorities.\n\n"
    "This may happen where we believe that:\n\n",
    # one paragraph more between them, under the same heading
    "Confidentiality\n\nSometimes we may need to share information. If so, we only give it to the relevant authorities.\n\n"
    "We will tell you first where we can.\n\nThis may happen if:\n\n",
    # a lead-in with no colon that names the following cases
    "Confidentiality\n\nInformation about the following may be released without your consent to appropriate persons, such as a manager.\n\n",
]
# near misses: no one named above; a denial above; a heading between; the lead-in names its own matter
ABOVE_MISSING = [
    "Confidentiality\n\nSometimes we may need to share information.\n\nThis may happen where we believe that:\n\n",
    "Confidentiality\n\nWe will never contact the relevant authorities.\n\nThis may happen where we believe that:\n\n",
    "# Confidentiality\n\nIf so, we only give information to the relevant authorities.\n\n## When\n\nThis may happen where we believe that:\n\n",
    "Confidentiality\n\nWe only give information to the relevant authorities when the law says so.\n\nYou can ask us about the following topics:\n\n",
]


def _name(page: str) -> str:
    return "policy.md" if page.startswith("#") else "policy.txt"


# review22: one sentence under a heading
H = "# Confidentiality\n\n{}\n"

WARNED_VAGUE = {"harm_to_others": "stated", "duty_to_warn": "vague"}
NO_WARNING = {"duty_to_warn": "missing"}

# fam27a: a list of limits that names a danger to the client and to others, and the paragraph after it
FAM27A_LIST = (
    "# Confidentiality\n\nWhat you say in counselling stays between us, with a few exceptions.\n\n"
    "I may need to break confidentiality if:\n\n- you are at serious risk of harming yourself\n"
    "- you are at serious risk of harming someone else\n\n"
)
FAM27A_SELF = FAM27A_LIST.replace("- you are at serious risk of harming someone else\n", "")
FAM27A_HELP = (
    "I may then need to share information with others who can help.",
    "If this happens, I will speak with the people who need to know.",
    "In that case I would let someone who can help know.",
)
FAM27A_NOT_TOLD = (
    "If you feel unsafe, please talk to someone who can help, such as Samaritans on 116 123.",
    "I will not share information with others who can help unless you agree.",
    "You may want to tell people who can help you.",
    "We never contact the people who need to know without your consent.",
)

PAGES = [
    # fam27a: those who can help, told by us after the list
    *[reads(f"fam27a: those who can help, told after a danger to others, are a vague warning {i}", FAM27A_LIST + tail + "\n", "policy.md",
            want={"harm_to_self": "stated", "harm_to_others": "stated", "duty_to_warn": "vague"}) for i, tail in enumerate(FAM27A_HELP)],
    *[reads(f"fam27a: the same after a danger to the client alone says no warning {i}", FAM27A_SELF + tail + "\n", "policy.md",
            want={"harm_to_self": "stated", "duty_to_warn": "missing"}) for i, tail in enumerate(FAM27A_HELP)],
    *[reads(f"fam27a: the client told to seek help, or no one told by us, says no warning {i}", FAM27A_LIST + tail + "\n", "policy.md",
            want=NO_WARNING) for i, tail in enumerate(FAM27A_NOT_TOLD)],
    # fam27a: an FAQ whose question, in the client's "I", names the threat and the police, answered yes after a clause
    reads("fam27a: an FAQ in the client's voice answered yes after a clause",
          "## Will you tell the police if I say I want to hurt someone?\n\nIf I believe the threat is serious, yes, I may have to.\n",
          "policy.md", want={"harm_to_others": "stated", "duty_to_warn": "stated"}),
    reads("fam27a: the same question in one paragraph with its answer",
          "# Questions\n\nWill you tell the police if I say I want to hurt someone? If I believe the threat is serious, yes, I may have to.\n",
          "policy.md", want={"harm_to_others": "stated", "duty_to_warn": "stated"}),
    # Near misses: the answer says no; the question in the client's "I" names the client's own danger only
    reads("fam27a: the same question answered no is never a warning",
          "## Will you tell the police if I say I want to hurt someone?\n\nNo, I will never tell the police what you say.\n",
          "policy.md", never={"duty_to_warn": "stated"}),
    reads("fam27a: the client's own danger in the client's 'I' is no danger to others",
          "## Would you tell anyone if I said I wanted to kill myself?\n\nYes, I would contact your GP.\n",
          "policy.md", want={"harm_to_self": "stated", "harm_to_others": "missing", "duty_to_warn": "missing"}),
    # fam27a: an FAQ's answer, the danger in a fragment and whom we tell in the next sentence
    reads("fam27a: the danger in an answer's fragment, whom we tell next, is a vague warning",
          "## Would you ever tell anyone what I say?\n\nOnly if I believed you or someone else was in serious danger. Then I might"
          " need to contact someone who can help.\n", "policy.md", want={"harm_to_others": "stated", "duty_to_warn": "vague"}),
    reads("fam27a: the same with the client's danger alone says no warning",
          "## Would you ever tell anyone what I say?\n\nOnly if I believed you were in serious danger. Then I might"
          " need to contact someone who can help.\n", "policy.md", want={"harm_to_self": "stated", "duty_to_warn": "missing"}),
    # Left (fam27a's grid): a heading that is the condition ("## If someone else is at risk") over whom we contact
    reads("fam27a left: a heading that is the condition over whom we contact",
          "## If someone else is at risk\n\nI may contact the appropriate authorities.\n", "policy.md",
          want={"harm_to_others": "stated", "duty_to_warn": "vague"},
          marks=pytest.mark.xfail(strict=True, reason="a heading is no condition of the line under it")),
    # tune17: a protective act in the passive beside a danger to others
    reads("tune17: a passive protective act beside a danger to others is a vague warning", GENERAL, "general.txt", want=WARNED_VAGUE),
    reads("tune17: the danger to the client alone with a passive act is no warning",
          "If you are at risk of harming yourself, appropriate steps will be taken to keep you safe.\n", "self.txt",
          want={"harm_to_self": "stated", "duty_to_warn": "missing"}),
    # tune18b: the paragraph just after the list
    reads("tune18b: whom we tell after a list, in general words, is vague", AFTER_THE_LIST, "tail.txt", want=WARNED_VAGUE),
    # Near miss: the same paragraph after a list with no danger to others
    reads("tune18b: no warning without a danger to others",
          AFTER_THE_LIST.replace("- Serious injury to you or to someone else.\n", "- A court order.\n"), "tail.txt", want=NO_WARNING),
    # tune19b: the police able to reduce the threat
    reads("tune19b: the police able to reduce the threat to another are warned", POLICE, "police.txt",
          want={"harm_to_others": "stated", "duty_to_warn": "stated"}),
    # Near miss: the same sentence after a danger to the client only
    reads("tune19b: no warning when the danger is the client's alone", POLICE.replace("the safety of another individual", "your own safety"),
          "police.txt", want={"harm_to_self": "stated", "duty_to_warn": "missing"}),
    # tune19c
    reads("tune19c: you come to harm names the client",
          "Confidentiality\n\nWhat we discuss stays between us and will not be shared with anyone. The only time that information will be "
          "shared is if I feel that you will come to harm, or others will come to harm.\n", "harm.txt",
          want={"harm_to_self": "stated", "harm_to_others": "stated"}),
    # warn22
    reads("warn22: a lead-in that names regulatory agencies is vague over a danger to others", REGULATORY_AGENCIES, "limits.txt",
          want={"duty_to_warn": "vague"}),
    # Near miss: the same lead-in over a list with no danger to others
    reads("warn22: the same lead-in over a danger to the client alone says no warning",
          REGULATORY_AGENCIES.replace("at risk of harming another person", "at risk of harming yourself"), "limits.txt", want=NO_WARNING),
    reads("warn22: the people we might need to tell after a list are vague", PEOPLE_WE_MIGHT_TELL, "limits.txt", want={"duty_to_warn": "vague"}),
    # Near miss: the same paragraph after a list that names a danger to the client alone
    reads("warn22: the same paragraph after a danger to the client alone says no warning",
          PEOPLE_WE_MIGHT_TELL.replace("to you or another person", "to you"), "limits.txt", want=NO_WARNING),
    reads("warn22: a breach beside a danger to others with no one told stays missing",
          "Confidentiality\n\n"
          "If you tell me that someone else is at risk of harm, I am required by my code of practice to break"
          " confidentiality.\n", "limits.txt", want={"harm_to_others": "stated", "duty_to_warn": "missing"}),
    # warn23: the paragraph after a danger to others
    *[reads(f"warn23: whom we tell in the paragraph after a danger to others is vague {i}", DANGER + tail + "\n", "policy.txt", want=WARNED_VAGUE)
      for i, tail in enumerate(NEXT_VAGUE)],
    *[reads(f"warn23: the same paragraph after a danger to the client alone says no warning {i}", DANGER_SELF + tail + "\n", "policy.txt",
            want=NO_WARNING) for i, tail in enumerate(NEXT_VAGUE)],
    *[reads(f"warn23: a paragraph that tells no one in those cases says no warning {i}", DANGER + tail + "\n", "policy.txt", want=NO_WARNING)
      for i, tail in enumerate(NEXT_MISSING)],
    reads("warn23: a heading between the paragraphs cuts them apart",
          "# " + DANGER + "## Working with others\n\n" + NEXT_VAGUE[3] + "\n", "policy.md", want=NO_WARNING),
    # the opposite said in the next paragraph: never an all clear
    reads("warn23: the police or the person at risk are never read stated from general words",
          DANGER + "In such cases we would never tell the police or the person at risk, only the appropriate authorities.\n", "policy.txt",
          never={"duty_to_warn": "stated"}),
    # warn24: the words above the list
    *[reads(f"warn24: whom we tell above a list with a danger to others is vague {i}", page + ITEMS, _name(page), want=WARNED_VAGUE)
      for i, page in enumerate(ABOVE_VAGUE)],
    *[reads(f"warn24: the same words above a list of dangers to the client say no warning {i}", page + ITEMS_SELF, "policy.txt",
            want=NO_WARNING) for i, page in enumerate(ABOVE_VAGUE)],
    *[reads(f"warn24: no one told above the list says no warning {i}", page + ITEMS, _name(page), want=NO_WARNING)
      for i, page in enumerate(ABOVE_MISSING)],
    reads("warn24: the police are never read stated from general words above a list",
          "Confidentiality\n\nWe would never tell the police, only the relevant authorities.\n\nThis may happen where we believe that:\n\n" + ITEMS,
          "policy.txt", never={"duty_to_warn": "stated"}),
    # review22 (dtw13): the client the subject of the clause that names whom to call: no warning of ours (dtw13 read it vague)
    reads("review22: the client who should contact emergency services is no warning",
          H.format("If someone else is in danger, you should contact emergency services."), "page.md", want=NO_WARNING),
    reads("review22: the client who can call emergency services is no warning",
          H.format("If you are worried that someone else is in danger, you can call emergency services."), "page.md", want=NO_WARNING),
    reads("review22: the client who must call emergency services is no warning",
          H.format("If another person is in danger, you must call emergency services straight away."), "page.md", want=NO_WARNING),
    # near misses: we call, or the client is told that we will
    reads("review22: we contact emergency services: vague warning",
          H.format("If you tell us someone else is in danger, we may contact emergency services."), "page.md", want={"duty_to_warn": "vague"}),
    reads("review22: the client told that we will contact emergency services: vague warning",
          H.format("If you threaten someone, you should know that we will contact emergency services."), "page.md", want={"duty_to_warn": "vague"}),
    # tune33 (d9600): "someone" alone, told by us, in the sentence that names a danger to others: vague warning, as
    # "someone else" and "the appropriate authorities"; near misses: a danger to the client alone, and the client's telling
    reads("tune33: we tell someone of a danger to others: vague warning",
          H.format("If you or another person is at serious risk of being harmed, we have a duty to tell someone."), "page.md",
          want={"duty_to_warn": "vague"}),
    reads("tune33: someone informed after a threat to others, in a txt page: vague warning",
          "Confidentiality\n\nIf a client says they plan to hurt somebody, the therapist may need to inform someone.\n", "policy.txt",
          want={"duty_to_warn": "vague"}),
    reads("tune33: someone told of a danger to the client alone is no warning",
          H.format("If you are at risk of taking your own life, we have a duty to tell someone."), "page.md", want=NO_WARNING),
    reads("tune33: the client who tells someone is no warning",
          H.format("If you want to hurt someone, you can tell someone you trust."), "page.md", never={"duty_to_warn": "vague"}),
    # Left, wider than review22's time (docs/coverage.md, "Review 22"): each reads wrong today
    reads("review22 left: our care for a client at risk is no limit",
          H.format("If you are at risk of suicide, we may offer you more frequent sessions."), "page.md", never={"harm_to_self": "stated"},
          marks=pytest.mark.xfail(strict=True, reason="a danger beside our care with no sharing reads harm_to_self stated (older)")),
    reads("review22 left: the client who calls for help names no limit",
          H.format("If someone else is in danger, you should contact emergency services."), "page.md", never={"harm_to_others": "stated"},
          marks=pytest.mark.xfail(strict=True, reason="the client who calls for help reads harm_to_others stated (older than dtw13)")),
    # miss32: a person near the client ("someone close to you", "someone you know", "a loved one") is another person; beside
    # the client both are named (both labellers of real24 and real28), and alone no client is named
    reads("miss32: the client or someone close to them at risk states both harms",
          H.format("What you say stays between us, unless we feel that you or someone close to you is at risk of serious harm."),
          "page.md", want={"harm_to_self": "stated", "harm_to_others": "stated"}),
    reads("miss32: a tense pair before the harm keeps the client and the other near it",
          H.format("If you or someone you know has been or is being harmed, this will be passed on to our safeguarding lead."),
          "page.md", want={"harm_to_self": "stated", "harm_to_others": "stated"}),
    # near misses: someone close to the client alone names no client; the same person as whom we tell
    reads("miss32: someone close to you in danger names no client",
          H.format("If someone close to you is in danger, we may have to break confidentiality."),
          "page.md", want={"harm_to_others": "stated"}, never={"harm_to_self": "stated"}),
    reads("miss32: someone close to you told names no one else at risk",
          H.format("If you are at risk of serious harm, we may contact someone close to you."),
          "page.md", want={"harm_to_self": "stated"}, never={"harm_to_others": "stated"}),
    # emerg34: an emergency as the reason for a sharing of ours names no one at risk: harm_to_self vague (both labellers
    # of real21 and real24), harm_to_others left missing; as a sentence, a list item under a lead-in of limits, or a
    # restriction with the emergency as its exception
    reads("emerg34: a sharing in an emergency is harm to self vague",
          "# Privacy\n\nWhat you tell us is private. Your details would only be passed on in a serious emergency.\n",
          "page.md", want={"harm_to_self": "vague", "harm_to_others": "missing"}),
    reads("emerg34: an emergency item under a lead-in of limits is harm to self vague",
          "# Privacy\n\nWe may share information without your consent:\n\n- In an emergency\n- When the law requires it\n",
          "page.md", want={"harm_to_self": "vague", "harm_to_others": "missing"}),
    reads("emerg34: a restriction except in emergency is harm to self vague",
          "# Privacy\n\nYour records are restricted to your counsellor except in emergency or where required by law.\n",
          "page.md", want={"harm_to_self": "vague"}),
    # near misses: a crisis notice, a channel's notice, a missed session, a named kind of emergency, a refusing lead-in
    reads("emerg34: telling the client to call 911 in an emergency is no limit",
          "# Privacy\n\nWhat you tell us is private.\n\nIn an emergency, please call 911 or go to your nearest emergency room."
          " This inbox is not checked for emergencies. Sessions missed because of an emergency are not charged.\n",
          "page.md", want={"harm_to_self": "missing", "harm_to_others": "missing"}),
    reads("emerg34: a medical emergency item is no danger named",
          "# Privacy\n\nWe may share information without your consent:\n\n- Medical emergencies\n- When the law requires it\n",
          "page.md", want={"harm_to_self": "missing"}),
    reads("emerg34: an emergency under a refusing lead-in is no sharing",
          "# Privacy\n\nWe will never share what you say, even:\n\n- in an emergency\n",
          "page.md", never={"harm_to_self": "vague"}),
    # (tune36) the paragraph after one that names a danger to others, pointing back at those cases, with the police
    # among those told: the warning stated (tests/prose/dev_pages/tune36_*); the same with the police called only if the
    # client agrees is no warning. (Run into one paragraph, as a PDF sets it, the near miss reads the warning stated:
    # a passage's reading of "we would only contact the police if you agree" after a threat, left to its own round.)
    reads("tune36: 'In such cases' the police told, after a danger to others, states the warning",
          "# Privacy\n\nIf you tell us you plan to seriously hurt someone, we will talk it through with you.\n\n"
          "In such cases, we will also tell the police.\n",
          "page.md", want={"harm_to_others": "stated", "duty_to_warn": "stated"}),
    reads("tune36: 'In these cases' the police called only if the client agrees is no warning",
          "# Privacy\n\nIf you tell us you plan to seriously hurt someone, we will talk it through with you.\n\n"
          "In these cases, we would only contact the police if you agree.\n",
          "page.md", want={"duty_to_warn": "missing"}),
    reads("tune36: 'In such cases' the police refused is never the warning stated",
          "Confidentiality\n\nIf you tell me you want to hurt someone, we will talk about it together.\n\n"
          "In such cases I will not call the police; we will make a safety plan together instead.\n",
          "page.txt", never={"duty_to_warn": "stated"}),
    reads("tune36: a need alone to tell the police after a danger to others is not read stated",
          "# Privacy\n\nIf you tell us you plan to seriously hurt someone, we will talk it through with you.\n\n"
          "If we ever need to tell the police something, we will tell you first.\n",
          "page.md", never={"duty_to_warn": "stated"}),
    # tune41b (session 22): a list item that leads in, to people or authorities in general words, to items that name a
    # danger to others, though it sits under a lead-in of limits itself (an Australian counsellor's numbered exceptions
    # and a UK psychotherapy group's list of the law's duties in tune27b: both labellers vague); near misses: the item
    # names no one told, or its items no danger to others
    reads("tune41b: a lead-in item under a list of limits names whom we tell: vague warning",
          "Confidentiality\n\nExceptions to confidentiality include:\n\n1. Talking about my work in supervision\n"
          "2. Passing information to appropriate people or agencies when there is:\n\n"
          "- a real risk of serious harm to you or to another person\n- a risk that a child is being abused\n",
          "policy.txt", want=WARNED_VAGUE | {"harm_to_self": "stated", "child_abuse": "stated"}),
    reads("tune41b: a nested lead-in item to the relevant authorities: vague warning",
          "# Confidentiality\n\nThe law gives therapists some duties:\n\n- to hand over notes when a judge orders it\n"
          "- to tell the relevant authorities about the following:\n  - threats to kill or injure another person\n"
          "  - the abuse of a child\n", "page.md", want=WARNED_VAGUE | {"court_order": "stated", "child_abuse": "stated"}),
    reads("tune41b: a lead-in item that names no one told says no warning",
          "Confidentiality\n\nExceptions to confidentiality include:\n\n1. Talking about my work in supervision\n"
          "2. Sharing information when there is:\n\n- a real risk of serious harm to you or to another person\n",
          "policy.txt", want=NO_WARNING | {"harm_to_others": "stated"}),
    reads("tune41b: a lead-in item over no danger to others says no warning",
          "Confidentiality\n\nExceptions to confidentiality include:\n\n1. Talking about my work in supervision\n"
          "2. Passing information to appropriate people or agencies when there is:\n\n- a risk that a child is being abused\n",
          "policy.txt", want=NO_WARNING),
    # tune41b (session 22): "This may arise where ...:" points back as "This may happen where" does (warn24; an Irish
    # pregnancy counselling page in tune27b: both labellers vague); near miss: no one named above
    reads("tune41b: 'This may arise where' takes whom we tell from the paragraph above: vague warning",
          "Confidentiality\n\nAt times a counsellor has to pass information on, and then only to the proper authorities.\n\n"
          "This may arise where the counsellor believes that:\n\n" + ITEMS, "policy.txt", want=WARNED_VAGUE),
    reads("tune41b: 'This may arise where' under a paragraph that names no one says no warning",
          "Confidentiality\n\nAt times a counsellor has to break confidentiality.\n\n"
          "This may arise where the counsellor believes that:\n\n" + ITEMS, "policy.txt", want=NO_WARNING),
]


@pytest.mark.parametrize(("page", "name", "want", "never"), PAGES)
def test_page_reads_as_labelled(page: str, name: str, want: dict[str, str], never: dict[str, str]) -> None:
    assert_reads(page, name, want, never)


# -- One passage (limits16) ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "If I have reason to believe there may be physical harm done to any person, I may share information.",
        "Information may be released when it relates to clear and imminent danger to an individual or group.",
        "Where information shows that a person may be at risk of harm, counsellors must report this.",
        "We may disclose information to eliminate or reduce a significant risk of serious bodily harm to a person.",
    ],
)
def test_a_harm_to_a_person_named_by_no_one_is_vague_for_both(text: str) -> None:
    got = stances(text)
    assert got.get("harm_to_self") == "vague" and got.get("harm_to_others") == "vague", read_passage(text)
    assert "duty_to_warn" not in got, read_passage(text)


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("If you threaten to harm any person, I must warn them.", {"harm_to_others": "states", "duty_to_warn": "states"}),
        ("If a client poses a danger to any person, we may notify the police.", {"harm_to_others": "states", "duty_to_warn": "states"}),
        ("Threats of harm to another person are reported.", {"harm_to_others": "states"}),
        ("We may share information when we believe someone is at risk.", {}),
    ],
)
def test_the_clients_act_or_another_person_keeps_harm_to_others(text: str, topics: dict[str, str]) -> None:
    got = {t: s for t, s in stances(text).items() if t in ("harm_to_self", "harm_to_others", "duty_to_warn")}
    assert got == topics, read_passage(text)


@pytest.mark.parametrize(
    "text",
    [
        "Confidentiality may be broken if the client's safety or the safety of others is at risk.",
        "If your safety is at risk, we may share information.",
        "We may contact your GP if the patient's safety is in danger.",
    ],
)
def test_the_clients_safety_at_risk_states_harm_to_self(text: str) -> None:
    assert stances(text).get("harm_to_self") == "states", read_passage(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("We value your safety and your privacy.", None),
        ("If someone's safety is at risk, we may share information.", "vague"),
    ],
)
def test_safety_valued_or_someones_safety_is_no_harm_to_self_stated(text: str, want: str | None) -> None:
    assert stances(text).get("harm_to_self") == want, read_passage(text)


def test_appears_to_be_reads_as_is() -> None:
    text = "If you or someone else appears to be in immediate danger, we may share information."
    got = stances(text)
    assert got.get("harm_to_self") == "states" and got.get("harm_to_others") == "states", read_passage(text)
    assert stances("This appears to be the best way to keep your records safe.") == {}

