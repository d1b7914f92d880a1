"""Make a deterministic corpus of realistic confidentiality policies.

The same seed always gives the same files, byte for byte. Each file is a
policy in this project's format (``schemas/confidentiality-policy.schema.json``),
4 to 8 KB and about 100 to 180 lines of YAML (about one in ten is JSON). The
prose comes from phrase banks: plain sentences, legalese, and the long
sentences of real practice web pages. About one file in five has gaps on
purpose (a missing required limit, no notification section, a placeholder
such as TODO, a misspelt category). ``manifest.json`` lists every file with
its format and its gaps.

Usage::

    python benchmarks/generate.py OUT_DIR --count 1000 [--seed 20260115]

Only the standard library is used, so the benchmark runner can call it with
any Python 3.11.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import textwrap
from pathlib import Path
from typing import Any

# Bump when the output for a given seed changes, so old corpora are rebuilt.
GENERATOR_VERSION = "2"
DEFAULT_SEED = 20260115
MIN_BYTES = 4096
MAX_BYTES = 8192
MIN_LINES = 100  # YAML only; JSON puts each paragraph on one line
MAX_LINES = 180

REQUIRED = ["harm_to_self", "harm_to_others", "child_abuse", "elder_abuse", "court_order"]

# ---------------------------------------------------------------------------
# Phrase banks
# ---------------------------------------------------------------------------

PLACE_WORDS = [
    "Riverside", "Oak Hill", "Harbor", "Cedar Grove", "Bright Path", "North Star",
    "Lakeview", "Willow Creek", "Summit", "Mesa Verde", "Pine Ridge", "Bayview",
    "Cornerstone", "Open Door", "Quiet Waters", "Blue Heron", "Maple Street",
    "Granite Peak", "Sunrise", "Evergreen", "Juniper", "Red Rock", "Silver Lake",
    "Elm Park", "Stillwater", "Canyon", "Hearthstone", "Lighthouse", "Meadowbrook",
    "Fairview", "Golden Gate", "Hudson Valley", "Prairie Wind", "Tidewater",
    "Copper Hill", "Magnolia", "Birchwood", "Three Rivers", "Morningside",
]
CLINIC_KINDS = [
    "Counseling", "Therapy Collective", "Family Therapy", "Psychological Services",
    "Counseling Center", "Wellness Group", "Behavioral Health", "Psychotherapy Associates",
    "Mental Health Clinic", "Center for Couples and Families", "Trauma Recovery Center",
    "Therapy Group, PLLC", "Counseling Services, Inc.", "Mind & Body Therapy",
]
FIRST_NAMES = [
    "Dana", "Maria", "James", "Aisha", "Chen", "Priya", "Samuel", "Elena", "Marcus",
    "Grace", "Omar", "Hannah", "Luis", "Keiko", "Tomas", "Fatima", "Jordan", "Ruth",
    "Daniel", "Nadia", "Isaac", "Beatriz", "Kwame", "Sofia", "Ethan", "Mei", "Rosa",
    "Andre", "Leah", "Victor", "Amara", "Noah", "Yusuf", "Ingrid", "Carmen", "Theo",
]
LAST_NAMES = [
    "Lee", "Garcia", "Okafor", "Nguyen", "Patel", "Cohen", "Rivera", "Kim", "Johnson",
    "Schultz", "Haddad", "Morales", "Tanaka", "Brooks", "Novak", "Mensah", "Walsh",
    "Ramirez", "Whitfield", "Osei", "Lindqvist", "Delgado", "Park", "Abrams",
    "Fitzgerald", "Ibrahim", "Costa", "Yamamoto", "Hernandez", "O'Neill", "Baptiste",
]
CREDENTIALS = ["LMFT", "LCSW", "PhD", "PsyD", "LPC", "LMHC", "LPCC", "LCPC", "LICSW", "LPC-S"]
ROLES = ["Privacy Officer", "Clinical Director", "Practice Owner", "Office Manager"]

STATES = {
    "US-CA": "California", "US-TX": "Texas", "US-NY": "New York", "US-FL": "Florida",
    "US-IL": "Illinois", "US-WA": "Washington", "US-MA": "Massachusetts",
    "US-CO": "Colorado", "US-OR": "Oregon", "US-GA": "Georgia", "US-PA": "Pennsylvania",
    "US-OH": "Ohio", "US-MI": "Michigan", "US-NC": "North Carolina", "US-AZ": "Arizona",
    "US-MN": "Minnesota", "US-VA": "Virginia", "US-NJ": "New Jersey",
}
STATE_WEIGHTS = [18, 12, 12, 8, 6, 6, 5, 5, 4, 4, 4, 3, 3, 3, 3, 2, 2, 2]

# Legal bases: state-specific where we know a common cite, federal otherwise.
LEGAL = {
    "US-CA": {
        "harm_to_self": "Cal. Evid. Code 1024",
        "harm_to_others": "Cal. Civ. Code 43.92; Cal. Evid. Code 1024",
        "duty_to_warn": "Cal. Civ. Code 43.92 (Tarasoff v. Regents, 1976)",
        "child_abuse": "Cal. Penal Code 11164-11174.3 (CANRA)",
        "elder_abuse": "Cal. Welf. & Inst. Code 15630",
        "dependent_adult_abuse": "Cal. Welf. & Inst. Code 15630",
        "court_order": "Cal. Evid. Code 1010-1027",
        "minors": "Cal. Health & Safety Code 124260; Cal. Fam. Code 6924",
        "records_access": "Cal. Health & Safety Code 123110",
    },
    "US-TX": {
        "harm_to_self": "Tex. Health & Safety Code 611.004(a)(2)",
        "harm_to_others": "Tex. Health & Safety Code 611.004(a)(2)",
        "child_abuse": "Tex. Fam. Code 261.101",
        "elder_abuse": "Tex. Hum. Res. Code 48.051",
        "court_order": "Tex. Health & Safety Code 611.006",
        "records_access": "Tex. Health & Safety Code 611.0045",
    },
    "US-NY": {
        "harm_to_self": "N.Y. Mental Hyg. Law 33.13(c)",
        "harm_to_others": "N.Y. Mental Hyg. Law 9.46 (SAFE Act)",
        "firearm_reporting": "N.Y. Mental Hyg. Law 9.46",
        "child_abuse": "N.Y. Soc. Serv. Law 413",
        "elder_abuse": "N.Y. Soc. Serv. Law 473",
        "court_order": "N.Y. C.P.L.R. 4504, 4507, 4508",
    },
    "US-FL": {
        "harm_to_others": "Fla. Stat. 491.0147",
        "child_abuse": "Fla. Stat. 39.201",
        "elder_abuse": "Fla. Stat. 415.1034",
        "court_order": "Fla. Stat. 90.503",
    },
    "US-IL": {
        "harm_to_others": "740 ILCS 110/11",
        "child_abuse": "325 ILCS 5/4",
        "elder_abuse": "320 ILCS 20/4",
        "court_order": "740 ILCS 110/10",
    },
}
FEDERAL = {
    "harm_to_self": "45 CFR 164.512(j)",
    "harm_to_others": "45 CFR 164.512(j)",
    "duty_to_warn": "45 CFR 164.512(j)",
    "child_abuse": "45 CFR 164.512(b)(1)(ii); 42 U.S.C. 5106a",
    "elder_abuse": "45 CFR 164.512(c)",
    "dependent_adult_abuse": "45 CFR 164.512(c)",
    "court_order": "45 CFR 164.512(e)",
    "required_by_law": "45 CFR 164.512(a)",
    "health_oversight": "45 CFR 164.512(d)",
    "crime_law_enforcement": "45 CFR 164.512(f)",
    "deceased_clients": "45 CFR 164.502(f), 164.512(g)",
    "teaching_research": "45 CFR 164.512(i)",
    "workers_compensation": "45 CFR 164.512(l)",
    "public_figure_threats": "45 CFR 164.512(k)(3); 18 U.S.C. 871, 879",
    "substance_use_records": "42 CFR Part 2",
    "psychotherapy_notes": "45 CFR 164.508(a)(2)",
    "records_access": "45 CFR 164.524",
    "breach_notification": "45 CFR 164.400-414",
    "insurance_billing": "45 CFR 164.506",
    "staff_vendors": "45 CFR 164.502(e), 164.504(e)",
    "litigation_defense": "45 CFR 164.512(e)",
}

# Each category: titles (plain and formal), core sentences, detail sentences,
# and who we may tell. "{s}" is the state name, "{c}" the clinic's short name.
CATS: dict[str, dict[str, list[str]]] = {
    "harm_to_self": {
        "title": [
            "If you might seriously hurt yourself soon",
            "If your life is in danger",
            "When we worry about your safety",
            "Risk of suicide or serious self-harm",
            "Imminent danger to self",
        ],
        "core": [
            "If you tell us you plan to end your life soon, we may call emergency services or someone you trust, to keep you safe.",
            "If we believe you are in serious and immediate danger of hurting yourself, we may share what is needed to get you help right away.",
            "When there is a real risk that you will harm yourself in the near future, we may contact a crisis team, a hospital, or a person you have named.",
            "We will first try to make a safety plan with you, but if you are at serious risk of suicide, we may break confidentiality to protect your life.",
        ],
        "legal": [
            "Where the therapist, in the exercise of reasonable professional judgment, believes that the client presents a serious and imminent danger to his or her own life or safety, the Practice may disclose such information as is reasonably necessary to prevent or lessen that danger, including to emergency medical personnel, law enforcement, or a family member.",
            "Notwithstanding any other provision of this Notice, the Practice reserves the right to initiate an emergency evaluation or involuntary hold where permitted by {s} law if the client is assessed to be at imminent risk of self-harm.",
        ],
        "detail": [
            "We share only what is needed to keep you safe.",
            "Whenever we can, we talk with you about it first.",
            "This is rare, and we will always try to work it out with you first.",
            "You can call or text 988 at any time, day or night.",
        ],
        "who": ["emergency services", "a family member you name", "a crisis team", "a hospital", "your doctor", "a person you trust"],
    },
    "harm_to_others": {
        "title": [
            "If you might seriously hurt someone else",
            "If someone else is in danger",
            "Serious threats of violence",
            "Danger to others",
        ],
        "core": [
            "If you tell us you plan to seriously hurt a person you can name, we must act to protect them. We may warn that person and call the police.",
            "When we believe you are likely to cause serious harm to another person soon, the law lets us, and sometimes requires us, to warn them or the police.",
            "If you make a serious threat of physical violence against someone, we may need to tell that person and law enforcement so they can stay safe.",
        ],
        "legal": [
            "In accordance with {s} law, where a client has communicated a serious threat of physical violence against a reasonably identifiable victim or victims, the psychotherapist shall make reasonable efforts to communicate the threat to the victim or victims and to a law enforcement agency, and such disclosure shall not constitute a breach of confidentiality.",
            "The Practice may disclose protected health information if it believes in good faith that the disclosure is necessary to prevent or lessen a serious and imminent threat to the health or safety of a person or the public, and the disclosure is made to a person reasonably able to prevent or lessen the threat.",
        ],
        "detail": [
            "We would share only what is needed to prevent harm.",
            "If it is safe, we will tell you before we do this.",
            "We take this step only when the danger is real and close.",
        ],
        "who": ["the person at risk", "the police", "emergency services", "a crisis team"],
    },
    "duty_to_warn": {
        "title": ["Our duty to warn", "Warning someone who is at risk", "Duty to warn and protect"],
        "core": [
            "Therapists in {s} have a duty to warn a person you have seriously threatened. We may call them and the police.",
            "If you threaten to seriously hurt someone you can name, we have a legal duty to try to protect them.",
        ],
        "legal": [
            "Under the duty to warn and protect recognized in {s}, the therapist may be required to take reasonable steps, which may include notifying the intended victim, law enforcement, or arranging hospitalization, when a client communicates a serious threat of violence against a reasonably identifiable person.",
        ],
        "detail": ["We would talk with you about it first when it is safe."],
        "who": ["the person at risk", "the police"],
    },
    "child_abuse": {
        "title": [
            "If a child is being hurt or neglected",
            "Child abuse and neglect",
            "When we must report harm to a child",
            "Reporting suspected child abuse",
        ],
        "core": [
            "By law, we must report to child protective services if we think a child is being abused or neglected. This applies to anyone under 18, not only to you.",
            "If we learn or suspect that a child is being hurt, neglected, or sexually abused, we must tell child protective services or the police.",
            "We are mandated reporters. If you tell us something that makes us suspect a child is in danger, we must file a report, even if you ask us not to.",
        ],
        "legal": [
            "As mandated reporters under {s} law, the Practice's clinicians are required to report to the appropriate child protective agency any instance in which they, in their professional capacity, have knowledge of or observe a child whom they know or reasonably suspect has been the victim of child abuse or neglect, including physical injury, sexual abuse, emotional abuse, or the willful harming or endangering of a child.",
        ],
        "detail": [
            "The report is made by phone first, then in writing.",
            "We share only the facts the agency needs.",
            "We will usually tell you that we are making a report, unless that could put the child at risk.",
        ],
        "who": ["child protective services", "the police", "the county welfare department"],
    },
    "elder_abuse": {
        "title": [
            "If an older adult is being hurt or neglected",
            "Elder abuse",
            "Harm to an older adult",
            "Abuse of elders or dependent adults",
        ],
        "core": [
            "If we think an adult aged 65 or older is being abused, neglected, or robbed of money, we must report it to adult protective services.",
            "We must report to adult protective services if we learn or suspect that an older person is being harmed, neglected, or financially exploited.",
            "The law requires us to report if an elder is being abused or neglected, whether the elder is you or someone you tell us about.",
        ],
        "legal": [
            "Pursuant to {s} law, any mandated reporter who, in his or her professional capacity, has observed or has knowledge of an incident that reasonably appears to be physical abuse, abandonment, abduction, isolation, financial abuse, or neglect of an elder, or who reasonably suspects such abuse, shall report the known or suspected instance of abuse to the local adult protective services agency or the local law enforcement agency.",
        ],
        "detail": [
            "Financial abuse, like someone taking an older person's money, counts too.",
            "We share only what the agency needs to keep the person safe.",
        ],
        "who": ["adult protective services", "the police", "the long-term care ombudsman"],
    },
    "dependent_adult_abuse": {
        "title": [
            "If a dependent adult is being hurt or neglected",
            "Abuse of adults who depend on others",
            "Dependent adult abuse",
        ],
        "core": [
            "If we think an adult who depends on others for care is being abused or neglected, we must report it to adult protective services.",
            "We must also report harm to adults aged 18 to 64 who have a disability that keeps them from caring for themselves or protecting their rights.",
        ],
        "legal": [
            "The reporting obligations described above extend to dependent adults, meaning persons between the ages of 18 and 64 who have physical or mental limitations that restrict their ability to carry out normal activities or to protect their rights.",
        ],
        "detail": ["We share only what the agency needs."],
        "who": ["adult protective services", "the police"],
    },
    "court_order": {
        "title": [
            "If a judge orders us to share records",
            "Court orders and subpoenas",
            "When a court requires your records",
            "Legal proceedings",
        ],
        "core": [
            "A judge can order us to share your records or to speak in court. If that happens, we will tell you and share only what the order requires.",
            "If a court orders us to give your records or testify, we must do so. A subpoena from a lawyer alone is not enough; we will ask you first or wait for a court order.",
            "Your records may be shared if a judge signs an order. We will let you know and, if you wish, you or your lawyer can ask the court to limit what is shared.",
        ],
        "legal": [
            "The psychotherapist-patient privilege may be waived or may not apply in certain legal proceedings, including where the client places his or her mental or emotional condition at issue, in proceedings to establish competency, or where disclosure is compelled by a valid court order; in such cases the Practice will produce only those records specifically required by the order.",
            "In the event the Practice receives a subpoena, discovery request, or other lawful process that is not accompanied by a court order, the Practice will make reasonable efforts to notify the client so that the client may seek a qualified protective order before any records are released.",
        ],
        "detail": [
            "We will try to tell you before we respond.",
            "We share the smallest amount the order allows.",
        ],
        "who": ["the court", "the lawyers in the case"],
    },
    "required_by_law": {
        "title": ["Other times the law requires us to share", "As required by law"],
        "core": [
            "Sometimes other laws require us to share information, for example to a state licensing board or a public health agency. We share only what the law requires.",
        ],
        "legal": [
            "The Practice may use or disclose protected health information to the extent that such use or disclosure is required by law and is limited to the relevant requirements of such law.",
        ],
        "detail": ["We will tell you when we can."],
        "who": ["a state agency", "a licensing board"],
    },
    "minors": {
        "title": ["Children and teens in therapy", "If you are under 18", "Minors and parents' rights"],
        "core": [
            "If you are under 18, your parents or guardians may have a right to some information about your therapy. We agree with you and them at the start what we will and will not share.",
            "For clients under 18, parents usually have a right to know general progress, but we keep the details of what you say private unless you are in danger.",
        ],
        "legal": [
            "Under {s} law, minors of a certain age may consent to their own outpatient mental health treatment, in which case the minor's parent or guardian may not be entitled to access the minor's records without the minor's consent, except as otherwise provided by law.",
        ],
        "detail": ["We will talk about this with you and your family at the first session."],
        "who": ["your parents or guardians"],
    },
    "couples_family_group": {
        "title": ["Couples, family and group therapy", "When more than one person is in the room"],
        "core": [
            "In couples, family, or group therapy, we cannot promise that other members will keep what you say private, but we ask everyone to.",
            "We have a no-secrets policy in couples work: we may not keep something one partner tells us alone from the other partner.",
        ],
        "legal": [
            "Where services are provided to more than one individual, each participant is considered a client, and records may not be released without the written authorization of each adult participant, except as otherwise required by law.",
        ],
        "detail": ["Please ask us about this before you start."],
        "who": ["other members of your session"],
    },
    "supervision_consultation": {
        "title": ["Supervision and consultation", "Talking with other professionals"],
        "core": [
            "Our therapists sometimes talk about their work with a supervisor or a colleague, to give you the best care. They do not use your name when they can avoid it.",
            "Interns and associates are supervised by a licensed therapist, who may read your file and discuss your care.",
        ],
        "legal": [
            "Clinicians may consult with other licensed professionals for the purposes of clinical supervision, peer consultation, or case review, and in so doing will make every reasonable effort to avoid revealing the identity of the client.",
        ],
        "detail": ["Those professionals must also keep it private."],
        "who": ["a clinical supervisor", "a colleague"],
    },
    "staff_vendors": {
        "title": ["Our staff and the companies that help us", "Office staff and service providers"],
        "core": [
            "Our office staff and some companies that help us, like our records system and billing service, may see your information. They sign agreements to keep it private.",
        ],
        "legal": [
            "The Practice may disclose protected health information to business associates that perform functions on its behalf, provided that each business associate has executed a written agreement to appropriately safeguard the information.",
        ],
        "detail": ["They see only what they need for their job."],
        "who": ["office staff", "our records system provider", "our billing service"],
    },
    "insurance_billing": {
        "title": ["Insurance and billing", "If you use insurance"],
        "core": [
            "If you use insurance, we must share some facts with your insurer, like dates of service and a diagnosis, so they will pay. If you pay yourself, you can ask us not to tell your insurer.",
        ],
        "legal": [
            "Information regarding diagnosis, treatment dates, and procedure codes may be disclosed to third-party payers for the purpose of obtaining payment, and the client may restrict such disclosure where he or she has paid for services out of pocket in full.",
        ],
        "detail": ["Your insurer may ask for more to approve more sessions."],
        "who": ["your health insurer"],
    },
    "collection_agencies": {
        "title": ["Unpaid bills"],
        "core": [
            "If a bill stays unpaid for a long time, we may use a collection agency. We give them only your name, contact details, and the amount owed, never what you talk about in therapy.",
        ],
        "legal": [
            "In the event of nonpayment, the Practice may disclose the minimum information necessary for collection purposes, which shall not include any clinical information.",
        ],
        "detail": ["We will tell you first and give you time to pay."],
        "who": ["a collection agency", "small claims court"],
    },
    "emergencies": {
        "title": ["Medical emergencies", "In an emergency"],
        "core": [
            "If you have a medical emergency during a session, we will call for help and share what the medical team needs to treat you.",
        ],
        "legal": [
            "In the event of a medical emergency, the Practice may disclose such information as is necessary to emergency medical personnel to facilitate treatment.",
        ],
        "detail": ["We will tell you about it afterwards."],
        "who": ["emergency services", "the emergency room"],
    },
    "telehealth": {
        "title": ["Video and phone sessions", "Telehealth"],
        "core": [
            "We use a secure video service for online sessions. No system is perfect, so please join from a private place and do not record the session.",
        ],
        "legal": [
            "Telehealth services are delivered via a platform that complies with applicable privacy and security requirements; however, the client acknowledges that electronic communications carry inherent risks, including unauthorized interception.",
        ],
        "detail": ["If the call drops, we will call you back on your phone."],
        "who": ["our video service provider"],
    },
    "records_retention": {
        "title": ["How long we keep your records", "Keeping your records"],
        "core": [
            "We keep your records for at least seven years after your last session, or until you turn 25 if you were a minor, whichever is longer. Then we destroy them safely.",
        ],
        "legal": [
            "Records are retained in accordance with the minimum retention periods established by {s} law and professional licensing regulations, and are thereafter destroyed in a manner that preserves confidentiality.",
        ],
        "detail": ["Paper records are shredded and computer files are erased."],
        "who": ["a records storage company"],
    },
    "records_access": {
        "title": ["Seeing your own records", "Your right to your records"],
        "core": [
            "You can ask to see or get a copy of your records. We will answer within 30 days. In rare cases we may offer a summary instead, if seeing the full record could harm you.",
        ],
        "legal": [
            "Clients have the right to inspect and obtain a copy of their protected health information maintained in a designated record set, subject to limited exceptions, and may request amendment of information they believe to be inaccurate.",
        ],
        "detail": ["We may charge a small fee for copies."],
        "who": ["you", "a person you name in writing"],
    },
    "psychotherapy_notes": {
        "title": ["Your therapist's private notes"],
        "core": [
            "Your therapist may keep private notes, separate from your main record. These get extra protection; we share them only with your written permission or if a judge orders it.",
        ],
        "legal": [
            "Psychotherapy notes, as defined by federal regulation, are maintained separately from the medical record and may not be disclosed without specific written authorization except in limited circumstances.",
        ],
        "detail": [],
        "who": ["no one without your written permission"],
    },
    "deceased_clients": {
        "title": ["After a client dies"],
        "core": [
            "After a client dies, their records stay private. We may share them with the legal representative of the estate, or as the law allows.",
        ],
        "legal": [
            "Following the death of a client, the Practice will continue to protect the confidentiality of records, which may be released to the personal representative of the estate or as otherwise permitted by law.",
        ],
        "detail": [],
        "who": ["the executor of the estate", "a coroner"],
    },
    "mandated_evaluation": {
        "title": ["Evaluations ordered by someone else"],
        "core": [
            "If a court, employer, or agency sends you to us for an evaluation, the report goes to them. We will tell you this at the start.",
        ],
        "legal": [
            "Where services are provided at the request of a third party, including forensic or fitness-for-duty evaluations, the results may be disclosed to the requesting party as agreed in writing prior to the evaluation.",
        ],
        "detail": [],
        "who": ["the court", "your employer", "the agency that sent you"],
    },
    "litigation_defense": {
        "title": ["If you sue us or file a complaint"],
        "core": [
            "If you sue us or file a complaint with a licensing board, we may use the parts of your record we need to defend ourselves.",
        ],
        "legal": [
            "In the event a client files a legal action or professional complaint against the therapist or the Practice, the therapist may disclose relevant information as necessary for his or her defense.",
        ],
        "detail": [],
        "who": ["our lawyer", "the licensing board", "our insurer"],
    },
    "health_oversight": {
        "title": ["Licensing boards and audits"],
        "core": [
            "Government agencies that oversee health care, like a licensing board, may look at records during an audit or investigation.",
        ],
        "legal": [
            "The Practice may disclose protected health information to a health oversight agency for oversight activities authorized by law, including audits, investigations, inspections, and licensure actions.",
        ],
        "detail": [],
        "who": ["the state licensing board", "a health oversight agency"],
    },
    "crime_law_enforcement": {
        "title": ["Crimes at our office", "Police requests"],
        "core": [
            "If a crime happens at our office or against our staff, we may report it to the police. We do not share what you said in therapy unless the law requires it.",
        ],
        "legal": [
            "The Practice may disclose limited information to law enforcement officials as required by law or in response to a valid warrant or court-ordered process, or to report a crime committed on the premises.",
        ],
        "detail": [],
        "who": ["the police"],
    },
    "public_figure_threats": {
        "title": ["Threats against public officials"],
        "core": [
            "If you threaten the President or another protected official, federal law lets us report it to the Secret Service.",
        ],
        "legal": [
            "Information may be disclosed to authorized federal officials for the provision of protective services to the President and other persons as authorized by federal law.",
        ],
        "detail": [],
        "who": ["the Secret Service", "federal law enforcement"],
    },
    "firearm_reporting": {
        "title": ["Firearms and serious risk", "Reports about access to guns"],
        "core": [
            "If we believe you are likely to seriously hurt yourself or others, {s} law may require us to report this so that your access to firearms can be reviewed.",
        ],
        "legal": [
            "Where required by {s} law, mental health professionals must report to the designated agency when, in their reasonable professional judgment, a client is likely to engage in conduct that would result in serious harm to self or others.",
        ],
        "detail": ["The report includes only the facts the law asks for."],
        "who": ["the state agency named in the law"],
    },
    "communicable_disease": {
        "title": ["Public health reports"],
        "core": [
            "In rare cases, we must report certain diseases to the public health department. This does not include what you talk about in therapy.",
        ],
        "legal": [
            "The Practice may disclose protected health information to public health authorities authorized by law to collect information for the purpose of preventing or controlling disease.",
        ],
        "detail": [],
        "who": ["the public health department"],
    },
    "impaired_driver": {
        "title": ["Driving safety"],
        "core": [
            "If a medical condition makes it unsafe for you to drive, some state laws let us tell the driver licensing office. We will talk with you first.",
        ],
        "legal": [
            "Where permitted by {s} law, a provider may report to the department of motor vehicles a condition that is likely to impair a person's ability to operate a motor vehicle safely.",
        ],
        "detail": [],
        "who": ["the driver licensing office"],
    },
    "substance_use_records": {
        "title": ["Alcohol and drug treatment records", "Substance use treatment"],
        "core": [
            "If you get alcohol or drug treatment from us, federal law gives those records extra protection. We need your written consent to share them, with few exceptions.",
        ],
        "legal": [
            "Records of the identity, diagnosis, prognosis, or treatment of any client in a federally assisted substance use disorder program are confidential and may be disclosed only as permitted by 42 CFR Part 2.",
        ],
        "detail": [],
        "who": ["no one without your written consent"],
    },
    "breach_notification": {
        "title": ["If your information is exposed by mistake"],
        "core": [
            "If your information is lost, stolen, or seen by someone who should not see it, we will tell you in writing within 60 days and explain what we are doing about it.",
        ],
        "legal": [
            "In the event of a breach of unsecured protected health information, the Practice will notify affected individuals without unreasonable delay and in no case later than 60 calendar days after discovery of the breach.",
        ],
        "detail": [],
        "who": ["you", "the federal health department"],
    },
    "workers_compensation": {
        "title": ["Workers' compensation claims"],
        "core": [
            "If your therapy is paid for by a workers' compensation claim, we may share information about your care with the insurer and your employer as the law allows.",
        ],
        "legal": [
            "The Practice may disclose protected health information as authorized by and to the extent necessary to comply with laws relating to workers' compensation or similar programs.",
        ],
        "detail": [],
        "who": ["the workers' compensation insurer", "your employer"],
    },
    "teaching_research": {
        "title": ["Teaching and research"],
        "core": [
            "We do not use your information for teaching or research unless you agree in writing, or all details that could identify you are removed.",
        ],
        "legal": [
            "Information may be used for research purposes only with the client's authorization or where a waiver of authorization has been approved by an institutional review board.",
        ],
        "detail": [],
        "who": ["researchers, only with your written consent"],
    },
    "client_authorization": {
        "title": ["When you ask us to share", "Sharing with your permission"],
        "core": [
            "You can ask us in writing to share information with anyone you choose, like your doctor or a family member. You can take that permission back at any time.",
        ],
        "legal": [
            "Any disclosure not otherwise described in this Notice will be made only with the client's written authorization, which may be revoked in writing at any time except to the extent that the Practice has already relied upon it.",
        ],
        "detail": [],
        "who": ["anyone you name in writing"],
    },
    "end_of_life": {
        "title": ["End of life decisions"],
        "core": [
            "If you talk with us about medical aid in dying, we keep it private, except where {s} law requires us to confirm that you can make the decision.",
        ],
        "legal": [
            "Where a client seeks medical aid in dying under {s} law, the therapist may be asked to assess decision-making capacity, and the results of that assessment may be shared with the attending physician with the client's consent.",
        ],
        "detail": [],
        "who": ["your attending physician, with your consent"],
    },
    "other": {
        "title": ["Other situations"],
        "core": [
            "There may be other rare situations where the law allows or requires us to share information. If so, we will tell you unless the law forbids it.",
        ],
        "legal": [
            "The foregoing list is not exhaustive; the Practice may make other uses and disclosures permitted or required by applicable law, and will provide notice to the client where practicable.",
        ],
        "detail": [],
        "who": ["as the law requires"],
    },
}
OPTIONAL = [c for c in CATS if c not in REQUIRED and c not in ("dependent_adult_abuse", "duty_to_warn")]

MISSPELLINGS = {
    "harm_to_self": ["harm_to_slef", "harm-to-self", "self_harm"],
    "harm_to_others": ["harm_to_other", "harm_to_othres", "duty-to-warn"],
    "child_abuse": ["child_abuce", "childabuse", "child_abuse_neglect"],
    "elder_abuse": ["elder_abuce", "elderly_abuse", "elder-abuse"],
    "court_order": ["court_orders", "courtorder", "subpoena"],
}
PLACEHOLDERS = [
    "TODO: check the state law here.",
    "TBD - ask our lawyer.",
    "[Insert state statute here]",
    "XXX confirm wording with the board",
    "Lorem ipsum dolor sit amet.",
    "TODO add who we call",
]

SUMMARY_PLAIN = [
    "What you tell us in therapy stays private. We do not share it without your written permission, except in the few cases below.",
    "Your privacy matters to us. What you say in sessions, and your records, stay between you and your therapist, with a few exceptions that the law sets.",
    "Therapy works best when you can speak freely. We keep what you tell us private. This page explains the few times we may have to share it, and what we do if that happens.",
    "We keep your information private. There are a small number of situations where the law requires or allows us to share it. They are listed below in plain words.",
]
SUMMARY_LEGAL = [
    "All communications between the client and the therapist, and all records maintained by {c}, are confidential and protected by federal and {s} law, and will not be disclosed to any third party without the client's prior written authorization, except as set forth below or as otherwise required or permitted by law.",
    "This Notice describes how mental health information about you may be used and disclosed and how you can get access to this information; the Practice is required by law to maintain the privacy of protected health information and to provide clients with notice of its legal duties and privacy practices.",
]
WEB_OPENERS = [
    "At {c}, we believe that a safe, trusting relationship is the foundation of good therapy, and confidentiality is at the very heart of that relationship \u2014 which is why we want you to understand, before you ever sit down with one of our clinicians, exactly how your information is protected and the limited circumstances in which it might not be.",
    "Welcome to {c}! We know that reaching out for help can feel like a big step, and we want you to feel comfortable and informed from the very beginning, so please take a few minutes to read through our confidentiality policy, and don\u2019t hesitate to ask us about anything that isn\u2019t clear.",
]

CITIES = {
    "US-CA": [("Sacramento", "95814"), ("Oakland", "94612"), ("San Diego", "92101"), ("Fresno", "93721")],
    "US-TX": [("Austin", "78701"), ("Houston", "77002"), ("El Paso", "79901")],
    "US-NY": [("Albany", "12207"), ("Brooklyn", "11201"), ("Rochester", "14604")],
    "US-FL": [("Tampa", "33602"), ("Orlando", "32801")],
    "US-IL": [("Chicago", "60601"), ("Springfield", "62701")],
    "US-WA": [("Seattle", "98101"), ("Spokane", "99201")],
    "US-MA": [("Boston", "02108"), ("Worcester", "01608")],
    "US-CO": [("Denver", "80202"), ("Boulder", "80302")],
    "US-OR": [("Portland", "97204"), ("Eugene", "97401")],
    "US-GA": [("Atlanta", "30303"), ("Savannah", "31401")],
    "US-PA": [("Philadelphia", "19107"), ("Pittsburgh", "15222")],
    "US-OH": [("Columbus", "43215"), ("Cleveland", "44113")],
    "US-MI": [("Detroit", "48226"), ("Ann Arbor", "48104")],
    "US-NC": [("Raleigh", "27601"), ("Asheville", "28801")],
    "US-AZ": [("Phoenix", "85004"), ("Tucson", "85701")],
    "US-MN": [("Minneapolis", "55401"), ("Duluth", "55802")],
    "US-VA": [("Richmond", "23219"), ("Norfolk", "23510")],
    "US-NJ": [("Newark", "07102"), ("Trenton", "08608")],
}
STREETS = ["River Road", "Main Street", "Oak Avenue", "Elm Street", "Market Street, Suite 210",
           "Park Boulevard", "Cedar Lane, Floor 2", "Lincoln Way", "Harbor Drive, Unit 5"]
DETAILS = [
    "This policy covers all therapy at {c}, in person and by video.",
    "It covers your records, your bills and the notes we keep.",
    "We keep paper records in a locked cabinet, and computer records in a secure system that only our staff can open.",
    "Everyone who works here, including interns and office staff, is trained on this policy every year.",
    "For the purposes of this Notice, \"protected health information\" means any information, whether oral or recorded in any form or medium, that relates to the past, present, or future mental health condition of a client.",
    "Nothing in this policy limits any right you have under federal or {s} law.",
]
POLICY_CHANGES = [
    "If we change this page, we give you the new version at your next visit.",
    "We may update this policy. The newest version is always on our website and in our waiting room.",
    "The Practice reserves the right to amend this Notice at any time, and any amended Notice will be effective for all information maintained by the Practice.",
]

NOTIFY = {
    "at_intake": [
        "We go over these limits with you at your first session, before therapy starts.",
        "At intake, your therapist explains these limits and gives you a copy of this page to keep.",
        "Before your first session we send you this policy, and we talk it through together at the start.",
        "Prior to the commencement of services, each client is provided with this Notice and will be asked to acknowledge receipt in writing.",
    ],
    "before_disclosure": [
        "If we ever must share something, we tell you first when it is safe to do so.",
        "When we can, we talk with you before we share anything, and we explain why.",
        "Unless it would put someone at risk, we will let you know before any information leaves our office.",
        "Where practicable and where doing so would not increase the risk of harm, the client will be informed prior to any disclosure made without authorization.",
    ],
    "after_disclosure": [
        "If we could not tell you first, we tell you as soon as we can.",
        "If there was no time to tell you before, we tell you afterwards what we shared and with whom.",
        "If we had to act fast, we will explain what happened at your next session or sooner.",
    ],
    "minimum_necessary": [
        "We share only what is needed, and only with the people who need it.",
        "We always share the least information we can.",
        "Any disclosure is limited to the minimum information necessary to accomplish its purpose.",
    ],
}
QUESTIONS = [
    "Ask your therapist, or email {e}.",
    "If you have questions about this policy, talk to your therapist or write to {e}.",
    "Questions? Email {e} or call {p}. You can also ask at any session.",
    "For questions or to make a complaint, contact our privacy officer at {e}. You may also file a complaint with the U.S. Department of Health and Human Services; we will never hold it against you.",
]
HEADER_COMMENTS = [
    "# Confidentiality policy for {c}",
    "# Limits of confidentiality -- reviewed by {n}",
    "# Source of truth for our website and intake packet. Edit here, not in the PDF.",
    "# Checked with policy-lint in CI.",
]


# ---------------------------------------------------------------------------
# Building one policy as data
# ---------------------------------------------------------------------------

def _slug(name: str) -> str:
    words = [w for w in "".join(ch if ch.isalnum() else " " for ch in name.lower()).split()]
    return "".join(words[:2]) or "clinic"


def _date(rng: random.Random, year: int) -> str:
    return f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _paragraph(rng: random.Random, bank: dict[str, list[str]], register: str, fmt: dict[str, str]) -> str:
    parts: list[str] = []
    if register == "legal" or (register == "web" and rng.random() < 0.6):
        parts.append(rng.choice(bank["legal"]))
        if rng.random() < 0.5:
            parts.append(rng.choice(bank["core"]))
    else:
        parts.append(rng.choice(bank["core"]))
        if rng.random() < 0.25:
            others = [s for s in bank["core"] if s != parts[0]]
            if others:
                parts.append(rng.choice(others))
    details = list(bank["detail"])
    rng.shuffle(details)
    parts.extend(details[: rng.randint(0, min(2, len(details)))])
    return " ".join(p.format(**fmt) for p in parts)


def _limit(rng: random.Random, cat: str, register: str, fmt: dict[str, str], juris: str) -> dict[str, Any]:
    bank = CATS[cat]
    item: dict[str, Any] = {"category": cat, "title": rng.choice(bank["title"])}
    item["explanation"] = _paragraph(rng, bank, register, fmt)
    who = list(bank["who"])
    rng.shuffle(who)
    if who and rng.random() < 0.85:
        item["may_tell"] = who[: rng.randint(1, min(4, len(who)))]
    basis = LEGAL.get(juris, {}).get(cat) or FEDERAL.get(cat)
    if basis and rng.random() < (0.9 if register != "plain" else 0.55):
        parts = basis.split("; ")
        item["legal_basis"] = parts if len(parts) > 1 and rng.random() < 0.7 else basis
    return item


def build_policy(rng: random.Random) -> tuple[dict[str, Any], str]:
    """Return (policy data, register) for one clean, complete policy."""
    juris = rng.choices(list(STATES), weights=STATE_WEIGHTS)[0]
    state = STATES[juris]
    name = f"{rng.choice(PLACE_WORDS)} {rng.choice(CLINIC_KINDS)}"
    short = name.split(",")[0]
    register = rng.choices(["plain", "legal", "web"], weights=[55, 25, 20])[0]
    person = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    email = f"{rng.choice(['privacy', 'info', 'office', 'hello', 'records'])}@{_slug(name)}.example"
    phone = rng.choice(["+1 555 01{:02d}", "(555) 010-01{:02d}", "555-010-01{:02d}"]).format(rng.randint(0, 99))
    contact: dict[str, str] = {"name": f"{person}, {rng.choice(CREDENTIALS)}"}
    if rng.random() < 0.35:
        contact = {"name": person, "role": rng.choice(ROLES)}
    r = rng.random()
    if r < 0.8:
        contact.update(email=email, phone=phone)
    elif r < 0.9:
        contact["email"] = email
    else:
        contact["phone"] = phone
    fmt = {"s": state, "c": short, "e": email, "p": phone, "n": person}
    year = rng.choice([2024, 2025, 2026])
    effective = _date(rng, year)
    reviewed = effective if rng.random() < 0.5 else _date(rng, min(year + 1, 2026))
    if reviewed < effective:
        reviewed = effective

    summary_bank = {"plain": SUMMARY_PLAIN, "legal": SUMMARY_LEGAL, "web": WEB_OPENERS}[register]
    summary = rng.choice(summary_bank).format(**fmt)
    if register == "web" and rng.random() < 0.7:
        summary += " " + rng.choice(SUMMARY_PLAIN)

    cats = list(REQUIRED)
    if rng.random() < 0.6:
        cats.insert(4, "dependent_adult_abuse")
    if rng.random() < 0.3:
        cats.insert(2, "duty_to_warn")
    optional = list(OPTIONAL)
    rng.shuffle(optional)
    cats.extend(optional[: rng.randint(2, 6)])
    if rng.random() < 0.5:
        rng.shuffle(cats)
    limits = [_limit(rng, c, register, fmt, juris) for c in cats]

    nreg = 3 if register == "legal" else (1 if register == "plain" else 2)
    notification = {}
    for key, bank in NOTIFY.items():
        pool = bank if nreg >= 2 else bank[:-1] if len(bank) > 3 else bank
        notification[key] = rng.choice(pool).format(**fmt)

    clinic: dict[str, Any] = {"name": name, "jurisdiction": juris}
    if rng.random() < 0.85:
        clinic["language"] = rng.choice(["en", "en", "en", "en-US"])
    clinic["contact"] = contact
    if rng.random() < 0.4:
        city, code = rng.choice(CITIES[juris])
        clinic["address"] = f"{rng.randint(2, 9800)} {rng.choice(STREETS)}, {city}, {juris[3:]} {code}"
    if rng.random() < 0.4:
        clinic["website"] = f"https://{_slug(name)}.example/{rng.choice(['privacy', 'confidentiality', 'policies/privacy'])}"
    clinic["effective_date"] = effective
    if rng.random() < 0.85:
        clinic["last_reviewed"] = reviewed
    confidentiality = {"summary": summary}
    if rng.random() < 0.25:
        confidentiality["details"] = " ".join(rng.sample(DETAILS, rng.randint(2, 4))).format(**fmt)
    if rng.random() < 0.35:
        notification["policy_changes"] = rng.choice(POLICY_CHANGES).format(**fmt)
    policy: dict[str, Any] = {
        "schema_version": 1,
        "clinic": clinic,
        "confidentiality": confidentiality,
        "limits": limits,
        "notification": notification,
        "questions": rng.choice(QUESTIONS).format(**fmt),
    }
    if rng.random() < 0.08:
        policy["x-reviewed-by"] = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    return policy, register


def add_gaps(rng: random.Random, policy: dict[str, Any]) -> list[str]:
    """Break the policy on purpose; return the list of gaps made."""
    gaps: list[str] = []
    n = 1 if rng.random() < 0.8 else 2
    kinds = rng.sample(["missing_limit", "missing_notification", "placeholder", "misspelt_category"], n)
    limits = policy["limits"]
    for kind in kinds:
        if kind == "missing_limit":
            cat = rng.choice(REQUIRED)
            drop = {cat, "dependent_adult_abuse"} if cat == "elder_abuse" else {cat}
            if cat == "harm_to_others":
                drop.add("duty_to_warn")
            policy["limits"] = limits = [x for x in limits if x["category"] not in drop]
            gaps.append(f"missing_limit:{cat}")
        elif kind == "missing_notification":
            if rng.random() < 0.5:
                del policy["notification"]
                gaps.append("missing_notification")
            elif "notification" in policy:
                key = rng.choice(["before_disclosure", "after_disclosure"])
                policy["notification"].pop(key, None)
                gaps.append(f"missing_notification:{key}")
        elif kind == "placeholder":
            item = rng.choice(limits)
            text = rng.choice(PLACEHOLDERS)
            if rng.random() < 0.5:
                item["explanation"] = item["explanation"] + " " + text
            else:
                item["explanation"] = text
            gaps.append(f"placeholder:{item['category']}")
        elif kind == "misspelt_category":
            present = [x for x in limits if x["category"] in MISSPELLINGS]
            if present:
                item = rng.choice(present)
                wrong = rng.choice(MISSPELLINGS[item["category"]])
                gaps.append(f"misspelt_category:{item['category']}->{wrong}")
                item["category"] = wrong
    return gaps


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

_PLAIN_BAD_START = set("-?:,[]{}#&*!|>'\"%@`")


def _plain_ok(s: str) -> bool:
    if not s or s != s.strip() or s[0] in _PLAIN_BAD_START:
        return False
    if ": " in s or " #" in s or s.endswith(":") or "\n" in s:
        return False
    low = s.lower()
    if low in ("yes", "no", "true", "false", "null", "on", "off", "~"):
        return False
    try:
        float(s)
        return False
    except ValueError:
        pass
    return not (s[:4].isdigit() and "-" in s[:8])  # looks like a date


def _scalar(s: str, rng: random.Random) -> str:
    if _plain_ok(s) and rng.random() < 0.85:
        return s
    if "'" not in s and rng.random() < 0.4:
        return "'" + s + "'"
    return json.dumps(s, ensure_ascii=False)


def _block(key: str, text: str, indent: int, width: int, rng: random.Random) -> list[str]:
    """Render ``key: text`` for prose, as a block scalar or a scalar."""
    pad = " " * indent
    style = rng.choices([">", ">-", "|", "plain"], weights=[55, 15, 10, 20])[0]
    one_line = f"{pad}{key}: {_scalar(text, rng)}"
    if style == "plain" and len(one_line) <= width + 40:
        return [one_line]
    if style == "plain":
        style = ">"
    body = textwrap.wrap(text, width=max(40, width - indent - 2), break_on_hyphens=False)
    return [f"{pad}{key}: {style}"] + [f"{pad}  {line}" for line in body]


def render_yaml(policy: dict[str, Any], rng: random.Random, fmt: dict[str, str]) -> str:
    width = rng.choice([72, 76, 80, 88, 96])
    seq_indent = rng.choice(["  ", ""])
    out: list[str] = []
    for comment in rng.sample(HEADER_COMMENTS, rng.randint(0, 2)):
        out.append(comment.format(**fmt))
    out.append(f"schema_version: {policy['schema_version']}")
    if rng.random() < 0.5:
        out.append("")
    clinic = policy["clinic"]
    out.append("clinic:")
    for key, val in clinic.items():
        if key == "contact":
            if rng.random() < 0.4:
                inner = ", ".join(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in val.items())
                out.append(f"  contact: {{{inner}}}")
            else:
                out.append("  contact:")
                for k, v in val.items():
                    out.append(f"    {k}: {v if k == 'email' else _scalar(v, rng)}")
        elif key in ("effective_date", "last_reviewed"):
            out.append(f"  {key}: {val if rng.random() < 0.8 else json.dumps(val)}")
        else:
            out.append(f"  {key}: {_scalar(val, rng)}")
    out.append("")
    out.append("confidentiality:")
    for key, text in policy["confidentiality"].items():
        out.extend(_block(key, text, 2, width, rng))
    out.append("")
    if rng.random() < 0.4:
        out.append("# The limits of confidentiality. Keep the required ones first.")
    out.append("limits:")
    blank_between = rng.random() < 0.6
    ind = len(seq_indent) + 2
    pad = " " * ind
    for i, item in enumerate(policy["limits"]):
        if blank_between and i:
            out.append("")
        out.append(f"{seq_indent}- category: {item['category']}")
        out.append(f"{pad}title: {_scalar(item['title'], rng)}")
        out.extend(_block("explanation", item["explanation"], ind, width, rng))
        if "may_tell" in item:
            if rng.random() < 0.5:
                out.append(f"{pad}may_tell: [{', '.join(_flow(w) for w in item['may_tell'])}]")
            else:
                out.append(f"{pad}may_tell:")
                out.extend(f"{pad}  - {_scalar(w, rng)}" for w in item["may_tell"])
        basis = item.get("legal_basis")
        if isinstance(basis, list) and rng.random() < 0.6:
            out.append(f"{pad}legal_basis: [{', '.join(_flow(b) for b in basis)}]")
        elif isinstance(basis, list):
            out.append(f"{pad}legal_basis:")
            out.extend(f"{pad}  - {_scalar(b, rng)}" for b in basis)
        elif basis:
            out.append(f"{pad}legal_basis: {_scalar(basis, rng)}")
    if "notification" in policy:
        out.append("")
        out.append("notification:")
        for key, text in policy["notification"].items():
            out.extend(_block(key, text, 2, width, rng))
    out.append("")
    out.extend(_block("questions", policy["questions"], 0, width, rng))
    for key, val in policy.items():
        if key.startswith("x-"):
            out.append(f"{key}: {_scalar(val, rng)}")
    return "\n".join(out) + "\n"


def _flow(s: str) -> str:
    if _plain_ok(s) and "," not in s and "[" not in s and "]" not in s:
        return s
    return json.dumps(s, ensure_ascii=False)


def render_json(policy: dict[str, Any], rng: random.Random) -> str:
    return json.dumps(policy, indent=rng.choice([2, 2, 4]), ensure_ascii=rng.random() < 0.3) + "\n"


def _fits(size: int, text: str, is_json: bool) -> bool:
    if not MIN_BYTES <= size <= MAX_BYTES:
        return False
    return is_json or MIN_LINES <= text.count("\n") <= MAX_LINES


def make_file(seed: int, index: int, json_share: float = 0.1, gap_share: float = 0.2) -> tuple[str, str, list[str], dict[str, Any]]:
    """Return (extension, text, gaps, data) for file ``index`` of corpus ``seed``."""
    return _make(seed, index, json_share, gap_share)[:4]


def _make(seed: int, index: int, json_share: float, gap_share: float) -> tuple[str, str, list[str], dict[str, Any], str]:
    """Return (extension, text, gaps, data, register) for file ``index`` of corpus ``seed``.

    Each file has its own generator, so file i does not depend on how many
    files are made.
    """
    rng = random.Random(f"{seed}:{index}")
    is_json = rng.random() < json_share
    has_gaps = rng.random() < gap_share
    for _attempt in range(50):
        policy, register = build_policy(rng)
        gaps = add_gaps(rng, policy) if has_gaps else []
        clinic = policy["clinic"]
        fmt = {"c": clinic["name"], "n": clinic["contact"]["name"]}
        text = render_json(policy, rng) if is_json else render_yaml(policy, rng, fmt)
        size = len(text.encode("utf-8"))
        # Grow or shrink by whole limits until the size (and, for YAML, the
        # number of lines) fits.
        for _step in range(30):
            if _fits(size, text, is_json):
                break
            if size < MIN_BYTES or (not is_json and text.count("\n") < MIN_LINES and size < MAX_BYTES - 600):
                have = {x["category"] for x in policy["limits"]}
                extra = [c for c in OPTIONAL if c not in have]
                if not extra:
                    break
                juris = clinic["jurisdiction"]
                extra_register = rng.choice(["plain", "legal", "web"])
                f2 = {"s": STATES[juris], "c": clinic["name"], "e": clinic["contact"].get("email", ""),
                      "p": clinic["contact"].get("phone", ""), "n": clinic["contact"]["name"]}
                policy["limits"].append(_limit(rng, rng.choice(extra), extra_register, f2, juris))
            else:
                removable = [i for i, x in enumerate(policy["limits"]) if x["category"] in OPTIONAL]
                if not removable:
                    break
                del policy["limits"][removable[-1]]
            text = render_json(policy, rng) if is_json else render_yaml(policy, rng, fmt)
            size = len(text.encode("utf-8"))
        if _fits(size, text, is_json):
            return ("json" if is_json else "yaml"), text, gaps, policy, register
    raise RuntimeError(f"could not make file {index} fit in {MIN_BYTES}-{MAX_BYTES} bytes")


def generate(out_dir: Path, count: int, seed: int = DEFAULT_SEED, json_share: float = 0.1, gap_share: float = 0.2) -> dict[str, Any]:
    """Write ``count`` policies and ``manifest.json`` into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(count):
        ext, text, gaps, _, register = _make(seed, i, json_share, gap_share)
        name = f"policy-{i:05d}.{ext}"
        (out_dir / name).write_bytes(text.encode("utf-8"))
        files.append({"name": name, "format": ext, "bytes": len(text.encode("utf-8")),
                      "lines": text.count("\n"), "register": register, "gaps": gaps})
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "count": count,
        "json_share": json_share,
        "gap_share": gap_share,
        "files": files,
    }
    tmp = out_dir / "manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, out_dir / "manifest.json")
    return manifest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--json-share", type=float, default=0.1)
    ap.add_argument("--gap-share", type=float, default=0.2)
    args = ap.parse_args(argv)
    m = generate(args.out_dir, args.count, args.seed, args.json_share, args.gap_share)
    sizes = [f["bytes"] for f in m["files"]]
    lines = [f["lines"] for f in m["files"]]
    gapped = sum(1 for f in m["files"] if f["gaps"])
    njson = sum(1 for f in m["files"] if f["format"] == "json")
    print(f"wrote {len(sizes)} files to {args.out_dir}: {min(sizes)}-{max(sizes)} bytes "
          f"(mean {sum(sizes) // len(sizes)}), {min(lines)}-{max(lines)} lines "
          f"(mean {sum(lines) // len(lines)}), {njson} JSON, {gapped} with gaps", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
