"""The accuracy of policy_lint/meaning on the labelled passages, and the table in docs/coverage.md.

The floors are the figures measured when the table was last written. A
change that makes the core read worse fails here; a change that makes it
read better should raise them (and rewrite the table with
``python tools/measure_meaning.py --write``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parents[2]


TOOL = load_script(ROOT / "tools" / "measure_meaning.py")
DATA = TOOL.load()

# (precision, recall) in percent, as measured; a figure may not fall below these.
FLOORS = {
    # Branch acc7 (2026-12-05): law words no longer make court_order vague; 16 `court:V` labels (all read
    # right) left the set, so dev vague recall fell from 96.3 to 95.9 with the same misses.
    # Branch acc8 (fresh wording of the core topics, d110-d122 added): states precision 99.7 to 99.8, vague
    # 99.1 / 96.4 to 100.0 / 96.5, any 99.8 / 99.5 to 99.9 / 99.6.
    # Branch acc9 (second new-user trial, d103 added: 33 passages, 4 still read wrong, no older passage
    # read wrong): states 99.8 / 99.9 to 99.7 / 99.8, vague precision 100.0 to 99.1, any 99.9 to 99.8.
    # Branch core4 (fresh wording, d125-d141 added: 140 passages, none read wrong): any recall 99.6 to 99.7.
    # Branch core5 (round 10, d150-d162 added: 116 passages, none read wrong; no older passage read
    # differently): states precision 99.7 to 99.8, vague 99.1 / 96.5 to 99.2 / 97.0, any precision 99.8 to 99.9.
    # Branch fixes7 (d400 added: the law's reporting duties in general words, 16 passages, none read wrong; no
    # older passage read differently): vague 99.2 / 97.0 to 99.4 / 97.5.
    # Branch pages10 (fourth batch of dev pages, d300-d309 added: 39 passages, none read wrong; two dev labels
    # relabelled by labels.yaml's rules, see the devset's header): vague 99.2 / 97.0 to 99.3 / 97.2.
    # Both merged (5 December, 20:25): 1,551 dev passages; states 99.8 / 99.9, vague 99.4 / 97.6.
    # Branch pages12 (sixth batch of dev pages, d700 and d702-d708 added: 26 passages, none read wrong; two older
    # passages read differently: a red-team one now as labelled, "Other Disclosures Required by Law" with wider
    # words, the same status): vague 99.4 / 97.6 to 99.5 / 98.0.
    # Branch core12 (issue 12's misreadings, d800-d806 added: 43 passages, none read wrong; three dev labels lost
    # `intake` by the convention on signing a form, see the devset's header): vague 99.5 / 98.0.
    # Both merged (5 December, 21:30): 1,702 dev passages; states 99.8 / 99.9, vague 99.5 / 98.0.
    # Branch real8 (real practices' texts, d1950-d1952 added: 35 passages, 3 still read wrong: a request "to the
    # judge" read as no court limit, an agency refused with "passed to" read as nothing (the client's "tell" in
    # "nothing you tell us" takes the denial), a condition "Where we could not talk to you first" read as a telling
    # refused; no older passage read differently): states recall 99.9 to 99.8, opposite 100.0 / 100.0 to 99.4 / 99.4.
    # Branch fix14 (d2300-d2320 added: 60 passages, all read right; one dev label changed by the lead's decision on
    # the client's say-so as a promise's only exception, see the devset's d154): states recall 99.8 to 99.9,
    # opposite 99.4 / 99.4 to 99.5 / 99.5.
    # Branch law17 (the law as a qualifier, vague; the law's requirement in real pages' words, stated; d3200-d3201
    # added: 50 passages, none read wrong; five dev labels changed by the lead's decision, see the devset's header):
    # vague 99.7 / 98.7 to 99.8 / 98.8; floors for vague raised to the figures before the branch.
    # Branch law22 (a report the law requires to a profession's regulator is the law beside one named case, vague;
    # five dev labels went from law!must to law:V, d5200 added): the new law:V labels read missing beside a stated
    # health_oversight (4 passages) and "a nurse sexually abused you" now reads generic abuse vague (3 readings):
    # vague 99.8 / 99.1 to 99.4 / 98.3; floor lowered to the new figure, the misses named in docs/coverage.md.
    # Branch warn25 (three classes of the harm limits, d6700-d6720 added: 37 passages, one still read wrong: "Confidentiality
    # may be breached when the Client is ... at risk of serious harm from another person" reads harm to self vague, as
    # "may be breached" is a near miss and no act is read; no older passage read differently): vague precision 99.5
    # to 99.3, floor lowered to the new figure. Then a concern about safety with no one named, beside a sharing (d6730:
    # 15 passages, three fresh paraphrases still unread: "pass information on" with its object between, a bare list
    # item with no act, "the safety and wellbeing of students comes first"): vague 99.3 / 98.8 to 99.4 / 98.1, the
    # recall floor lowered to the new figure. Then generic danger words said of a child or an adult at risk (d6740, 8
    # passages, all right; d1312 relabelled): vague 99.4 / 98.1, the precision floor back to 99.4.
    # Session 16 (the lead, d6602): four bars on a court's use of what is said ("Your records cannot be used in court")
    # are labelled opposite and now read nothing, kept as misses: reading them the opposite way made pages that go on
    # "However, a judge can order us to release them" read contradicted (review26): opposite recall 99.5 to 99.4.
    # With warn25's fresh paraphrases still unread (above) in the same merge, "any" recall 99.7 to 99.6.
    # Session 17, fam27a (round 27: a grid of 102 passages written from labels.yaml's rules for the duty to warn and
    # the harm limits, not from pages, d7300-d7303, labelled before the tool was run): 88 read right on the limits
    # it tests (70 before the branch). It keeps what is still read wrong: 16 passages, two for the force only (a
    # third party pointed back at, an FAQ whose question names the police and answer the threat, "tell someone", a
    # safeguarding team, near misses whose refusal reads on one limit only, "a risk of suicide ... involve your
    # family" read as a risk to the family). No older passage reads differently. Dev floors lowered to the figures
    # with the grid: states recall 99.9 to 99.7, opposite recall 99.4 to 98.7, vague 99.4 / 98.1 to 98.9 / 98.0, any
    # 99.9 / 99.6 to 99.8 / 99.4.
    # Then a second grid, for the vague warning (d7304, 36 passages, 4 read wrong: parents and the school told, a refusal
    # of "any other services" read on harm_to_others only, the client worried about someone else's safety, the client
    # helped to call a crisis team): opposite recall 98.7 to 98.6, vague recall 98.0 to 97.9.
    # Then a grid for the harm limits (d7305, 40 passages, 3 read wrong: two near misses read harm_to_self stated, a
    # clinic "a safe place to talk about suicide" and a friend who may hurt themselves, and "your next of kin" read as
    # deceased_clients): states and any precision 99.8 to 99.7.
    # Then an FAQ's question in the client's own "I" (d7306, 9 passages, 4 read wrong: the answer's telling beside the
    # question's danger, "kill them", and "No, never" to such a question read as nothing, not the opposite): states
    # recall 99.7 held, opposite recall 98.6 to 98.3, any recall 99.4 to 99.3.
    # Then another person as the subject of a danger (d7307, 12 passages, 2 read wrong: "talk to relevant services" is
    # no act of the danger words, "other clients are at risk of missing out" reads vague): vague precision 98.9 to 98.7.
    # Branch fam27b (round 27: d7400-d7405, 241 passages written from the label rules, not from pages, every one kept
    # with its label, 19 still read wrong on purpose): states 99.8 / 99.9 to 99.7 / 99.7, opposite recall 99.4 to
    # 99.3, vague 99.4 / 98.1 to 98.7 / 97.4, any 99.9 / 99.6 to 99.8 / 99.5. The misses kept: care-home residents
    # read dependent_adult_abuse stated where labels.yaml says vague for both adult limits (the older dev labels, "a
    # patient or resident of a nursing home", say stated: a conflict of labels left for the lead); "people who cannot
    # protect themselves"; near misses that still read ("Court-mandated clients are welcome", "Our elder care team
    # ...", a care facility's patient read child_abuse vague too); "- When we are obliged to by law", "protected by
    # law, with some exceptions" and "to comply with a legal obligation" (vague, as "legal obligation" alone is);
    # "a duty to protect at-risk individuals from harm" read duty_to_warn stated (fam27a's); an Act named as the
    # source of a permission ("Under Ontario's Personal Health Information Protection Act, we may disclose ...") and
    # "The Children First Act 2015 requires me to report concerns about a child to Tusla" (Tusla alone is no child
    # agency: the dev set's Irish pages read a report of abuse in an adult's childhood vague); "where permitted or
    # required by law" read as a qualifier; "Confidentiality will not be set aside, even where legislation requires
    # it" read vague, not opposite.
    # Both grids merged (session 17): the misses are the two branches' own, none new (78 = 59 + 43, 24 shared).
    # Branch fam27c (round 27, d7500-d7511 added, 214 passages written from the label rules, labelled before the
    # tool ran; 15 of them still read wrong, most on topics besides the four tested (staff, minors, consent,
    # supervision), no older passage read differently except the ones meant): states 99.8 / 99.9 to 99.7 /
    # 99.8, opposite recall 99.4 to 99.3, vague precision 99.4 to 99.2, any precision 99.9 to 99.7 (d7511, 20 passages:
    # documents and headings that name the start, 5 read wrong, the heading frame among them).
    # All three grids merged (session 17): the misses are the branches' own, none new (94 = 78 + 40, 24 shared).
    # Branch law30 (session 18, d8400-d8401 added: 53 passages written and labelled before the tool ran; 8 still read
    # wrong, all but one a reading the older wording had too: "only with your consent" read minimum, two forms and
    # consents of the client or the parents read client_authorization stated; no older passage read worse): states
    # precision 99.3 to 99.2. Its d8402 (6 passages): "If you reveal that a health professional abused you, I am required
    # by law to report ..." reads the client's abuse vague for all three abuse limits, and "harmed by another therapist"
    # reads supervision (older readings, not the law's): vague precision 97.8 to 97.6, any precision 99.4 to 99.3.
    # Round 30 merged (session 18: lead30, miss30, gate30, law30; 274 passages written and labelled before any run,
    # about half near misses): the misses are the branches' own, none new (115 wrong passages, all wrong on one
    # branch or on main before the merge), so states recall 99.4 to 99.3 and vague 97.6 / 97.0 to 97.5 / 96.9.
    # serv30 merged after round 30: 118 wrong passages, each wrong on main before the merge or on serv30, none new;
    # vague precision 97.5 to 97.4, any 99.3 / 99.1 to 99.2 / 99.0.
    # Branch review33 (session 19, d9550-d9555: 131 passages, the red team of rounds 32 and 33, labelled before any run;
    # 20 still read wrong (29 on main), each read the same wrong way on main before the branch; no older passage reads differently,
    # the oracle's record): states precision 99.2 to 99.0, opposite 99.7 / 98.0 to 99.3 / 97.9, vague precision 97.4 to
    # 96.9, any precision 99.2 to 98.9; floors lowered to the new figures.
    # Branch para34a (session 19, d9700-d9707: 120 paraphrases of 40 danger and abuse limits the tool read right on
    # tuning pages, labelled before the tool ran, kept with the 11 still wrong as the brief asks, plus 26 build passages):
    # states recall 99.3 to 99.2, floor lowered to the new figure. The misses are the paraphrases' own (no older
    # passage reads differently: the oracle shows only the new ones); vague, opposite and any rose or held.
    # Both merged (session 19): the misses are the branches' own, none new (152 wrong passages, each wrong on one
    # side before the merge): vague precision 96.9 to 96.8, any recall 99.0 to 98.9.
    # Branch emerg34 (session 19, d9900: 37 passages, an emergency as the reason for a sharing of ours read harm_to_self
    # vague, with near misses; 11 older passages of that build relabelled `self:V`, see the devset's header): six near
    # misses (a family emergency, an order to talk to a GP, a call to the client, a missed session, "we will involve you",
    # "our phones are available to you") read `emergencies` stated, the older looseness of that topic, not this class,
    # and "situations where the law requires disclosure" after "Exceptions include emergencies" misses the law (older):
    # states precision 99.2 to 99.0, floor lowered so.
    # emerg34 merged after both (session 19): 160 wrong passages, each wrong on one side before the merge, none new:
    # states precision 99.0 to 98.9.
    # Branch para34b (session 19, d9800-d9802): 42 limit sentences the tool read right on the tuning sets, each said three
    # other ways (126 passages, labelled before the tool ran, kept whole with the ones still wrong), plus 38 passages of
    # the two builds fixed. 17 of the 164 still read wrong (15 paraphrases, 2 privacy near misses read vague as main reads
    # "as the law requires" beside privacy); no older passage reads differently (oracle: 2 spans, and one red-team
    # passage now right). States 99.2 / 99.3 to 99.1 / 99.1, vague precision 97.6 to 97.2: floors lowered to the figures.
    # para34b merged last (session 19): 177 wrong passages, each wrong on one side before the merge, none new (three of
    # its passages with an emergency as the exception gained self:V, emerg34's reading): states 98.9 / 99.0, vague
    # precision 96.6, any 98.8 / 98.8.
    # Lead, session 19 (d8710, 7 passages): a claim of total secrecy beside the client's say-so in another sentence is no
    # promise (two of d9503's relabelled); two near misses keep older readings ("sign a consent form" read at_intake, the
    # say-so in the next sentence read no client_authorization): states recall 99.0 to 98.9.
    # Branch para35a (session 20, d10200-d10205: 120 paraphrases of 40 other danger and abuse limits the tool read right
    # on tuning pages, labelled before the tool ran, kept with the 17 still wrong as the brief asks, plus 30 build
    # passages, one still wrong: "ill-treated by a member of our team" reads the abuse limits vague, as "mistreated" does
    # on main). No older passage reads worse (the oracle: one passage of para34a now reads harm_to_self, as labelled):
    # states 98.9 / 98.9 to 98.8 / 98.7, vague 96.6 / 97.0 to 96.0 / 96.5, any 98.8 / 98.8 to 98.8 / 98.6; floors lowered
    # to the new figures.
    # Branch tune36 (session 20, d10400: safety as the reason for a sharing, 24 passages, all read right; one red-team
    # passage now read as labelled, no older dev passage read differently): vague recall 97.0 to 97.1 on its own.
    # Merged after para35a, over35 and the lead's d8713-d8715 (no older passage read differently at any merge):
    # vague 96.1 / 96.6.
    # law36 merged next (d10500-d10502, 59 passages, 3 still wrong) with the lead's d8716 (one passive warning still read
    # missing): 211 wrong passages, each wrong on one side before the merge, none new; two passages relabelled to the
    # other branch's build (see devset.yaml): states 98.7 / 98.6, vague 96.0 / 96.5, any 98.7 / 98.5.
    # Branch review35 (session 20, red team of the session's reading changes, d10600-d10603: 76 passages labelled
    # before the tool ran, 14 still read wrong, kept with their true labels as the brief asks): states recall 98.7 to
    # 98.6, opposite 99.3 / 97.9 to 99.0 / 97.5, vague recall 96.5 to 96.4, any 98.8 / 98.6 to 98.7 / 98.5; floors lowered
    # to the new figures. No older passage reads differently (the oracle shows only the new ones).
    # Merged last (session 20): only the readings one side recorded; "you should tell" kept as the client's act (review35's
    # "You should tell a protected adult's carer ..."), "please inform" only towards the client's own people, so review35's
    # "Please inform your counsellor if you feel suicidal; they will need to share this with your GP" reads the limit:
    # states 98.7 / 98.6, opposite 99.0 / 97.4, vague 96.0 / 96.4, any 98.7 / 98.5.
    # Branch law37 (session 21, d10700-d10704, 140 passages of the law's requirement written from the label rules and
    # labelled before the tool ran; 25 are still read wrong and stay with their true labels): states 98.7 / 98.6 to 98.6 /
    # 98.5, opposite recall 97.4 to 97.0, vague 96.0 / 96.4 to 95.8 / 96.2, any 98.7 / 98.5 to 98.6 / 98.4, by the new
    # passages' own misreadings, which no change of the branch made (the code before the branch reads them worse: 39
    # wrong): the law as the source of one named limit in other words ("Irish law requires us to report ... to Tusla"
    # read stated), "mandatory" law, the Australian "required or authorised by ... law" read as the client's
    # authorisation, the law's duty refused by "will never override" or "comes before" (read stated or vague). Floors
    # lowered to the new figures; no older passage reads worse (the oracle shows four older passages changed, all now
    # right).
    # Branch proc37 (session 21, d10800-d10801: 145 passages of the process topics labelled before the tool ran, 12 still
    # read wrong and kept with their true labels as the brief asks; 11 of them are false readings of other topics: the
    # client "consulted" read as supervision, informed consent to treatment and a signed consent to treatment as an
    # authorization, payment as billing, a plan's summary as records access, a letter for the client's own court case as
    # a court order): states precision 98.7 to 98.6, any precision 98.7 to 98.6; floors lowered to the new figures. No older
    # passage reads differently but two that now read right (d1952, d7504: "Where we could not tell you first, ...").
    # Merged law37 and proc37 (session 21, lead): the two branches' new passages together, each read wrong only where it
    # was on its own branch (the merged dev errors are a subset of the union of both branches' and main's): states
    # precision 98.5 (each branch alone 98.6), the rest as the lower of the two.
    # Branch review37 (session 21, red team of the session's reading changes, d11000-d11005: 141 probes labelled before the
    # tool ran, 23 still read wrong and kept with their true labels as the brief asks; main's code reads 39 of them wrong,
    # the code before the session 79): states 98.5 / 98.5 to 98.4 / 98.4, vague 95.8 / 96.2 to 95.4 / 96.1, any precision
    # 98.6 to 98.5, by the new passages' own misreadings, most of them older readings (see devset.yaml); no older passage
    # reads differently (the oracle shows only the new ones). Floors lowered to the new figures.
    # Branch review38 (session 21, red team of law38, tune38a, tune38b, tune39 and the lead's d8719/d8720, d11400-d11419:
    # 152 probes labelled before the tool ran, 36 still read wrong and kept with their true labels as the brief asks,
    # most of them older readings): states 98.4 / 98.4 to 98.4 / 98.3, vague 95.4 / 96.1 to 94.9 / 95.7, any 98.5 / 98.4
    # to 98.3 / 98.2, by the new passages' own misreadings; no older passage reads differently (the oracle shows only
    # the new ones). Floors lowered to the new figures.
    # Branch vague40 (session 22): a sweep of 163 hard passages on the stated / vague / missing boundary (d11700-d11707,
    # written before the reader was read; 31 still read wrong). Without them the dev figures are main's to the
    # decimal (states 98.4 / 98.4, vague 94.9 / 95.7); with them states 98.4 / 98.3 to 98.3 / 98.2, opposite 98.9 to
    # 98.7 precision, vague 94.9 / 95.7 to 94.6 / 94.8, any recall 98.2 to 98.0.
    # Branch probe40 (session 22, d12200-d12203: 227 probes labelled before the reader was read, 55 still read wrong and
    # kept with their true labels as the brief asks, most of them older readings): states 98.4 / 98.3 to 98.1 / 98.1,
    # opposite recall 97.0 to 95.9, vague 94.9 / 95.7 to 94.4 / 95.1, any recall 98.2 to 97.9, by the new passages' own
    # misreadings; no older passage reads differently (the oracle shows only the new ones). Floors lowered to the new figures.
    # Merged vague40 and probe40 (session 22, lead): the two branches' new passages together; the merged dev errors are
    # a subset of the union of both sides' (each new passage read wrong only where it was on its own branch): states
    # 98.2 / 97.9, opposite 98.8 / 95.8, vague 94.3 / 94.8, any recall 97.8 (each the new passages' own misreadings).
    # Branch sweep41 (session 22): 186 passages of vague and hedged wording written before the reader was read
    # (d12500-d12507); 12 still read wrong, most of them vague words read as nothing ("Protection concerns will be
    # shared", "We follow the law on confidentiality", "Our statutory duties include reporting ...", "Concerns about
    # safety ..."): dev vague recall 94.8 to 94.7 (their own misses; no older passage reads worse).
    # Branch mend42 (session 22, d13000-d13001: review42a's probes and near misses, 25 passages, 8 still read wrong and
    # kept with their true labels as the brief asks: "It is untrue that", a keeping with a long object, "fail to" after
    # "In no circumstances", the Act's law beside a refusal under it): without them the dev figures are main's to the
    # decimal; with them states precision 98.2 to 98.1, opposite recall 95.8 to 95.5, vague precision 94.3 to 94.1, by
    # the new passages' own misreadings. Floors lowered to the new figures.
    # Merged sweep41 and mend42 (session 22, lead): each side's new passages read wrong only as on their own branch;
    # merged figures states 98.2 / 97.9, opposite 98.8 / 95.5, vague 94.1 / 94.7, any 98.3 / 97.8.
    # Branch mend43 (session 22, d13150-d13154): the two passages of d13154 (the parent's child at risk from someone else,
    # left unfixed: each reads harm_to_self stated, a new false reading) take states precision from 98.2 to 98.1 (98.14);
    # no older passage reads differently (the oracle shows only intended changes).
    "dev": {"states": (98.1, 97.9), "opposite": (98.8, 95.5), "vague": (94.1, 94.7), "any": (98.3, 97.8)},
    # Branch serv30 (session 18, d8800, 58 passages on whom a service helps, labelled before the tool ran): states
    # recall 99.4 to 99.3, floor lowered to the new figure. The misses are near misses main reads the same wrong way
    # (a danger after a semicolon, "their life is in danger", missed; generic abuse with APS read vague for children
    # too; "suicidal thoughts" beside a warning read stated); no older passage reads differently but d5005's service
    # sentence, relabelled (no limit, as d8101).
    # Branch acc5 (5 December) measured the held-out part once, at its end: vague precision rose from
    # 55.6 to 62.5, "any" recall fell from 92.8 to 91.8 (one reading); the errors were not read.
    # Branch acc6 (stance, same day), measured once at its end: opposite precision 75.0 to 80.0,
    # "any" precision 91.8 to 92.7.
    # Branch acc7 (same day), measured once at its end: the relabelling (law words name no court) took one
    # court:V label out, so vague recall 71.4 to 83.3 and "any" recall 91.8 to 92.7; precision unchanged.
    # Branch acc8, measured once at its end: unchanged.
    # Branch core4, measured once at its end: states 94.5 / 88.5 to 94.6 / 89.7, opposite precision 80.0 to 85.7.
    # Branch core5, measured at its start and end: unchanged.
    # Branch fixes7, measured at its start and end (figures only): unchanged.
    # Branch pages10, measured at its start and end: unchanged.
    "heldout": {"states": (94.6, 89.7), "opposite": (85.7, 100.0), "vague": (62.5, 83.3), "any": (92.7, 92.7)},
}


def test_the_set_is_large_enough_and_split_by_document() -> None:
    docs = DATA["documents"]
    total = sum(len(d["passages"]) for d in docs)
    assert total >= 300
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids))
    numbers = [i.split("-", 1)[0] for i in ids]  # "d130" once: two branches once both took it
    assert len(numbers) == len(set(numbers)), sorted(n for n in numbers if numbers.count(n) > 1)
    assert {d["split"] for d in docs} == {"dev", "heldout"}
    held = [d for d in docs if d["split"] == "heldout"]
    assert sum(len(d["passages"]) for d in held) >= 60


def test_every_topic_is_labelled_somewhere() -> None:
    from policy_lint.meaning import topics

    seen = set()
    for data in (DATA, TOOL.load(TOOL.NPP_SET)):  # the notice parts (npp_*) are labelled in their own set
        for split in ("dev", "heldout"):
            for _, _, gold, _ in TOOL.passages(data, split):
                seen |= set(gold)
    assert set(topics()) - {"other"} <= seen


def test_labels_name_known_topics_and_stances() -> None:
    from policy_lint.meaning import topics

    assert set(DATA["names"].values()) <= set(topics())
    for doc in DATA["documents"]:
        for text, labels in doc["passages"]:
            TOOL.parse_labels(labels, DATA["names"])  # raises on an unknown name or stance
            assert isinstance(text, str) and text.strip()


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_accuracy_stays_at_or_above_what_was_measured(split: str) -> None:
    got = TOOL.totals(DATA, split)
    for stance, (precision, recall) in FLOORS[split].items():
        p, r = got[stance]
        assert round(p, 1) >= precision, f"{split} {stance} precision {p:.1f} < {precision}"
        assert round(r, 1) >= recall, f"{split} {stance} recall {r:.1f} < {recall}"


def test_docs_hold_the_current_table() -> None:
    doc = (ROOT / "docs" / "coverage.md").read_text(encoding="utf-8")
    assert TOOL.table(DATA) in doc, "run: python tools/measure_meaning.py --write"


def test_the_tool_finds_errors_it_can_show() -> None:
    rows = [("x", "We never report anything about children to anyone.", {"child_abuse": "states"}, {})]
    got = TOOL.measure(rows)
    assert got["errors"] and got["counts"][("child_abuse", "states")] == [0, 0, 1]
