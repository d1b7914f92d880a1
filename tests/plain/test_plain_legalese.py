"""Legal words: the shipped list, matching, and the 'is it explained?' heuristic."""

from __future__ import annotations

import json

import pytest

from policy_lint.plain.legalese import DATA_FILE, Lexicon, Term, default_lexicon, default_terms, is_explained, unexplained


def _found(text: str) -> list[tuple[str, str]]:
    return [(h.text, h.term.term) for h in default_lexicon().find(text)]


def test_data_file_has_enough_sourced_entries() -> None:
    """At least 60 entries; each has a source and one of: plain words, a plain meaning, or fixed (a term clients know)."""
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))["entries"]
    terms = [e["term"].lower() for e in raw]

    assert len(raw) >= 60
    assert len(terms) == len(set(terms)), "no duplicate terms"
    for entry in raw:
        assert entry["source"].strip(), entry
        assert [bool(entry.get(k)) for k in ("plain", "define", "fixed")].count(True) == 1, entry
        assert set(entry) <= {"term", "plain", "define", "fixed", "source", "safe", "forms", "law_may_say"}, entry
        assert not entry.get("law_may_say") or entry.get("plain"), entry
        # safe (policy-lint fix may swap it in) needs exactly one plain word; forms need safe
        assert not entry.get("safe") or len(entry["plain"]) == 1, entry
        assert "forms" not in entry or entry.get("safe"), entry


def test_reference_table_terms_are_there() -> None:
    """The terms named in the issue are on the list with the right kind of entry."""
    terms = {t.term: t for t in default_terms()}

    assert ("under",) == terms["pursuant to"].plain[:1]
    assert ("before",) == terms["prior to"].plain
    assert ("use",) == terms["utilize"].plain
    assert ("if",) == terms["in the event that"].plain
    assert "share" in terms["disclose"].plain
    for needed in ("subpoena", "mandated reporter", "protected health information", "duty to warn"):  # not court order: the plain name
        assert terms[needed].needs_definition, needed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pursuant to law, we may disclose it.", [("Pursuant to", "pursuant to"), ("disclose", "disclose")]),
        ("It was disclosed, and we keep disclosing it.", [("disclosed", "disclose"), ("disclosing", "disclose")]),
        ("We are permitted to share it.", [("permitted", "permit")]),
        ("In the event that you move, tell us.", [("In the event that", "in the event that")]),
        ("In the event of a crisis, call 911.", [("In the event of", "in the event of")]),
        ("We shall tell you prior to\nany sharing.", [("shall", "shall"), ("prior to", "prior to")]),
        ("We are mandated reporters.", [("mandated reporters", "mandated reporter")]),
    ],
)
def test_terms_match_forms_case_and_line_breaks(text: str, expected: list[tuple[str, str]]) -> None:
    """Phrases match in any case and across a line break; single words match -s/-ed/-ing forms."""
    assert expected == _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "We use what you tell us to help you.",
        "Prior, to be clear, is not a word we use.",  # punctuation between the words of a phrase
        "Our provider list is online.",  # 'provider' is not 'provide'
        "Your therapist is a person you can trust.",
    ],
)
def test_plain_text_has_no_terms(text: str) -> None:
    """Plain text, look-alike words and phrases broken by punctuation do not match."""
    assert [] == _found(text)


def test_longest_phrase_wins() -> None:
    """'in the event that' wins over 'in the event of' and nothing overlaps."""
    lex = Lexicon([Term("in the event", ("if",)), Term("in the event that", ("if",))])

    assert ["in the event that"] == [h.term.term for h in lex.find("in the event that it rains")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A lawyer may send us a subpoena, which is a legal demand for records.",
        "A lawyer may send us a subpoena (a legal demand for records).",
        "A lawyer may send us a subpoena - a legal demand for records.",
        "A lawyer may send us a subpoena: a legal demand for records.",
        "A subpoena is a legal demand for records.",
        "A subpoena means a lawyer asks for records.",
        "A lawyer may send a legal demand for records (called a subpoena).",
        "A lawyer may send a legal demand for records, known as a subpoena.",
    ],
)
def test_explained_in_place(sentence: str) -> None:
    """A comma and 'which is', brackets, a dash, a colon, 'is a', 'means' or 'called' explain a term."""
    (hit,) = [h for h in default_lexicon().find(sentence) if h.term.term == "subpoena"]

    assert is_explained(sentence, hit)


@pytest.mark.parametrize(
    "sentence",
    [
        "A lawyer may send us a subpoena.",
        "We answer every subpoena quickly, and we tell you.",
        "A subpoena arrives by mail. It is a legal demand.",  # the meaning is in another sentence
    ],
)
def test_not_explained_in_place(sentence: str) -> None:
    """A bare term, or a meaning only in a later sentence, is not explained in place."""
    (hit,) = [h for h in default_lexicon().find(sentence) if h.term.term == "subpoena"][:1]

    assert not is_explained(sentence, hit)


def test_unexplained_reports_the_first_use_once() -> None:
    """Across fields, each unexplained term is reported once, at its first use."""
    texts = ["We are mandated reporters.", "As a mandated reporter, we call the county."]

    assert [(0, "mandated reporters")] == [(i, h.text) for i, h in unexplained(texts)]


def test_one_explained_use_anywhere_is_enough() -> None:
    """If any use of the term is explained, no use is reported."""
    texts = ["See the duty to warn below.", "The duty to warn means we must warn a person in danger."]

    assert [] == unexplained(texts)


def test_plain_meaning_said_elsewhere_counts() -> None:
    """A sentence that says most of the plain meaning (75% of its words) explains the term."""
    texts = [
        "If we think someone is harming a dependent adult",
        "This covers adults who depend on others because of a disability.",
    ]

    assert [] == unexplained(texts)
    assert [(0, "dependent adult")] == [(i, h.text) for i, h in unexplained(texts[:1])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Informed consent", []),  # a heading: the fixed term clients know
        ("INFORMED CONSENT AND YOUR RIGHTS", []),
        ("You sign an informed consent form at intake.", []),
        ("We help you make an informed decision.", []),
        ("We keep you informed, and you can stay informed.", []),
        ("We will inform you, and we informed your parents.", [("inform", "inform"), ("informed", "inform")]),
        ("We need your consent.", []),  # the word of the consent form a client signs
        ("We share it without your consent.", []),
        ("We will not disclose it without your consent.", [("disclose", "disclose")]),
    ],
)
def test_fixed_terms_are_not_flagged_and_hide_their_words(text: str, expected: list[tuple[str, str]]) -> None:
    """A fixed term is matched (so "informed" and "consent" in it are not flagged alone) and reported by no rule."""
    lexicon = default_lexicon()
    reported = [(h.text, h.term.term) for h in lexicon.find(text) if h.term.plain or h.term.define]
    assert expected == reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I may, but am not required to, warn the person.", [("not required", "do not have to")]),
        ("We aren't required to tell anyone.", [("aren't required", "do not have to")]),
        ("The law does not require it.", [("not require", "do not have to")]),
        ("It never requires us to share.", [("never requires", "do not have to")]),
        ("We are required to report it.", [("required", "must")]),
        ("The law requires us to report it.", [("requires", "must")]),
    ],
)
def test_required_with_not_means_no_duty(text: str, expected: list[tuple[str, str]]) -> None:
    """ "Not required" is a choice: its plain words are "do not have to", never "must"."""
    lexicon = default_lexicon()
    assert expected == [(h.text, h.term.plain[0]) for h in lexicon.find(text) if h.term.plain]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Just sign a release and tell us who may hear from us.", []),  # the signed form
        ("You can cancel the release at any time.", []),
        ("We may respond to a lawful request.", []),
        ("Ask for a subject access request form.", []),  # the name of a UK right
        ("I do not accept friend or follow requests.", []),
        ("Call our Employee Assistance Program.", []),  # a name
        ("We release records only with your consent.", [("release", "share")]),  # the verb
        ("You may request a copy.", [("request", "ask")]),
        ("We give assistance.", [("assistance", "help")]),
        ("Member of the Order, permit no. 11482-09", []),  # a licence number
        ("The law may permit us to share it.", [("permit", "let")]),
    ],
)
def test_nouns_and_names_are_not_told_to_use_the_plain_verb(text: str, expected: list[tuple[str, str]]) -> None:
    """"Sign a release" is not "sign a share"; a name keeps its words. The verbs are still flagged."""
    lexicon = default_lexicon()
    assert expected == [(h.text, h.term.plain[0]) for h in lexicon.find(text) if h.term.plain]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("If a court orders us to release records, we must.", []),  # "orders" is the verb
        ("When a court orders me to produce your file, I do.", []),
        ("## Limits of confidentiality", []),  # the policy's own list says what they are
        ("We go over the exceptions to confidentiality at intake.", []),
        # trial 7: "court order" is the plain name of an order from a judge; there is no plainer one
        ("We follow court orders.", []),
        ("I must share it if I get a court order.", []),
        ("Subpoena or court order", ["Subpoena"]),  # the other term of the same line still needs its meaning
        ("A lawyer may send a subpoena.", ["subpoena"]),
    ],
)
def test_court_orders_as_a_verb_and_the_limits_need_no_meaning(text: str, expected: list[str]) -> None:
    """PLN006 flags the legal nouns, not "a court orders us" (a verb) or the policy's own subject."""
    assert expected == [h.text for _, h in unexplained([text])]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # trial 7: the law is the one who requires: "requires" is the plain word for what it does
        ("Texas law requires us to warn the person you threatened.", []),
        ("If your records are subpoenaed, or if another law requires it, we share them.", []),
        ("California law (Civil Code 43.92) then requires me to tell the police.", []),
        ("We keep records for seven years, as required by Colorado regulation.", []),
        ("We report it, as required by C.R.S. 18-6.5-108.", []),
        ("The law does not require me to warn anyone.", []),
        ("We share it when required under state law.", []),
        ("Texas law allows (but does not require) your therapist to call the police.", []),
        ("State law permits but does not require a warning.", ["permits"]),  # permit is not one of them
        # near misses: someone else requires it, or no law is named
        ("We require a signed form before the first session.", ["require"]),
        ("You are required to pay for missed sessions.", ["required"]),
        ("Our policy requires a signed form.", ["requires"]),
        ("We are required by our insurer to keep notes.", ["required"]),
        ("I don't require you to tell me everything.", ["don't require"]),
        ("Our rules require 24 hours' notice to cancel.", ["require"]),  # the practice's own rules
        ("The clinic's code of conduct requires it.", ["requires"]),
        ("The HIPAA Privacy Rule requires us to tell you.", []),
    ],
)
def test_require_is_plain_when_the_law_does_it(text: str, flagged: list[str]) -> None:
    from policy_lint.plain.legalese import said_by_law

    hits = [h for h in default_lexicon().find(text) if h.term.plain]
    assert flagged == [h.text for h in hits if not said_by_law(text, h)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colorado law provides that confidentiality may be breached.", [("provides that", "says that")]),  # not "give"
        ("except as hereinafter provided", [("hereinafter provided", "below")]),
        ("By providing an email address, you agree.", [("providing", "give")]),  # the verb give
    ],
)
def test_provide_in_the_sense_of_say_gets_say(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == [(h.text, h.term.plain[0]) for h in default_lexicon().find(text) if h.term.plain]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I am a mandated reporter and must report to the county.", []),  # the duty said after the term
        ("Your psychologist is a mandatory reporter under the Act and must report to the Department.", []),
        ("We are mandated reporters and have to report abuse.", []),
        # near misses: no duty, another duty, or the duty before the term
        ("I am a mandated reporter.", ["mandated reporter"]),
        ("As a mandated reporter, I must tell you that.", ["mandated reporter"]),
        ("I must report abuse because I am a mandated reporter.", ["mandated reporter"]),
        ("If we get a subpoena and must answer it, we tell you.", ["subpoena"]),
    ],
)
def test_a_reporter_term_is_explained_by_the_duty_after_it(text: str, expected: list[str]) -> None:
    assert expected == [h.text for _, h in unexplained([text])]
