"""policy_lint.meaning: reading passages, cutting policies into passages, and coverage."""

from __future__ import annotations

import pytest

from policy_lint.meaning import CORE_TOPICS, coverage, passages_of, read_passage
from policy_lint.meaning._lexicon import Lexicon, LexiconError, stem
from policy_lint.meaning._passages import Passage
from conftest import stances


read = stances


# -- the examples ----------------------------------------------------------


@pytest.mark.parametrize(
    "text, topic",
    [
        ("We never report anything about children to anyone.", "child_abuse"),
        ("Nobody, not even a judge, can make us share your records.", "court_order"),
        ("We do not go over these limits with you at your first session.", "at_intake"),
        ("We don’t report abuse of older people.", "elder_abuse"),
        ("Under no circumstances do we report suspected child abuse.", "child_abuse"),
        ("Even if you tell us you plan to kill yourself, we will not contact anyone.", "harm_to_self"),
    ],
)
def test_the_opposite_is_read_as_the_opposite(text: str, topic: str) -> None:
    assert read(text)[topic] == "opposite"


def test_see_above_states_nothing() -> None:
    assert read_passage("See above.") == ()


@pytest.mark.parametrize(
    "text, topic",
    [
        ("If I believe you are in danger of taking your own life, I may contact a family member.", "harm_to_self"),
        ("If a student talks about hurting themselves, the counselor will call home.", "harm_to_self"),
        ("If a client is at risk of harming himself, the counselor may break confidentiality.", "harm_to_self"),
        ("- danger to self", "harm_to_self"),
        ("If you tell me you intend to seriously injure someone, I may call the police.", "harm_to_others"),
        ("Patients who are violent may be reported to the police.", "harm_to_others"),
        ("A potential victim may be warned when a credible threat of violence is made.", "duty_to_warn"),
        ("Suspected abuse of children is reported to the state hotline.", "child_abuse"),
        ("We must report it if someone is hurting a child.", "child_abuse"),
        ("If I am concerned that a child is at risk of significant harm, I will follow safeguarding procedures.", "child_abuse"),
        ("I am legally obligated to inform the Children’s Aid Society.", "child_abuse"),
        ("We must report abuse or neglect of an adult age 65 or older.", "elder_abuse"),
        ("Financial exploitation of a senior is reportable under state law.", "elder_abuse"),
        ("If a vulnerable adult is at risk of abuse, I will act.", "dependent_adult_abuse"),
        ("This covers adults who depend on others because of a disability. If someone is abusing that person, we report it.", "dependent_adult_abuse"),
        # (vague40, session 22: a legal proceeding with no court, order or subpoena named is court_order vague; the
        # paraphrase names the order)
        ("Records may be disclosed if we are ordered to in a legal proceeding.", "court_order"),
        ("A judge’s order can compel us to hand over records.", "court_order"),
        ("Your file can be subpoenaed by a court of law.", "court_order"),
        ("I will go over these exceptions with you during our first session.", "at_intake"),
        ("Clients are informed of these limits at the outset of treatment.", "at_intake"),
        ("If we must share information, we tell you in advance when we can.", "before_disclosure"),
        ("When the counselor must share something, the student is told beforehand.", "before_disclosure"),
        ("We tell you as soon as it is safe.", "after_disclosure"),
        ("We share only what is needed.", "minimum_necessary"),
    ],
)
def test_paraphrases_in_each_person_and_form_are_stated(text: str, topic: str) -> None:
    assert read(text).get(topic) == "states", read_passage(text)


def test_the_three_abuse_groups_are_told_apart() -> None:
    assert set(read("If we think a child is being abused, we must report it.")) & {"child_abuse", "elder_abuse", "dependent_adult_abuse"} == {"child_abuse"}
    assert set(read("We must report abuse of an older adult.")) & {"child_abuse", "elder_abuse", "dependent_adult_abuse"} == {"elder_abuse"}
    assert set(read("We must report abuse of a dependent adult.")) & {"child_abuse", "elder_abuse", "dependent_adult_abuse"} == {"dependent_adult_abuse"}


def test_a_list_states_each_item() -> None:
    got = read("We must report abuse of children or elderly or dependent persons.")
    assert got["child_abuse"] == got["elder_abuse"] == got["dependent_adult_abuse"] == "states"


@pytest.mark.parametrize(
    "text, topics",
    [
        ("We must report abuse to the proper authorities.", {"child_abuse", "elder_abuse", "dependent_adult_abuse"}),
        ("Information may be shared when the law allows.", {"required_by_law"}),
        ("We never share information without your consent, except where the law allows.", {"required_by_law"}),
        ("If there is a serious threat to health or safety, we may share information.", {"harm_to_self", "harm_to_others"}),
        ("We protect vulnerable people.", {"child_abuse", "elder_abuse", "dependent_adult_abuse"}),
    ],
)
def test_generic_wording_is_vague(text: str, topics: set[str]) -> None:
    got = read(text)
    assert {t for t, s in got.items() if s == "vague"} == topics


@pytest.mark.parametrize(
    "text",
    [
        "We never share information without your consent, except where required by law.",
        "We keep your information private, except when we are required by law to disclose it.",
        "We do not share your records unless the law requires us to.",
        "Other situations as required by law.",
        "As otherwise required by law.",
        "We keep what you say private unless a court orders us to share it, or as otherwise required by law.",
        "We may share information if we are required to by law, for example under the Terrorism Act 2000.",
    ],
)
def test_the_law_as_the_limit_itself_states_required_by_law(text: str) -> None:
    got = read(text)
    assert got["required_by_law"] == "states"
    assert got.get("court_order") != "opposite"


@pytest.mark.parametrize(
    "text",
    [
        "We report abuse and neglect as the law requires.",
        "This is required by law.",
        "There are a few exceptions required by law, such as when someone's safety is at risk.",
        "We never share information without your consent, except where the law allows.",
    ],
)
def test_the_law_beside_other_words_stays_vague(text: str) -> None:
    assert read(text).get("required_by_law") == "vague"


@pytest.mark.parametrize(
    "text",
    [
        "We share information as the law requires.",
        "We may share your information when required or permitted by law.",
        "We will also release information as otherwise required by law.",
        "Your information is confidential within the limits set by federal and state rules.",
        "We report abuse and neglect as the law requires.",
        "There are some exceptions required by Oregon law, such as:",
        "We never share without your consent, except where required by law.",
    ],
)
def test_law_words_name_no_court(text: str) -> None:
    """Law words say nothing of a judge or a subpoena: they bear on required_by_law only."""
    got = read(text)
    assert "court_order" not in got
    assert got["required_by_law"] in ("states", "vague")


def test_law_words_beside_a_court_leave_the_court_stated() -> None:
    got = read("If a judge orders it, or the law otherwise requires it, we must release records.")
    assert got == {"court_order": "states", "required_by_law": "states"}


def test_no_word_of_the_law_makes_court_order_vague() -> None:
    from policy_lint.meaning._lexicon import lexicon

    # (tell25: "legal process" is a process, not the law's requirement: beside a sharing it is a court order's vague
    # words, as both labellers of real22 and real23 read it; its entry is the only one)
    legal = [("legal_process_word", "share_word"), ("info_requested", "legal_process_word"),
             # (vague40, session 22: a legal case with no court named, as legal process)
             ("legal_case_word", "share_word"), ("info_requested", "legal_case_word")]
    # (tune41b, session 22: "liable to civil or criminal court proceedings" names a court's process, no order, beside the
    # law's penalty: court_order vague too, both labellers of tune27b on 3 pages of 3; not a word of the law alone)
    legal.append(("law_liable",))
    assert all("court_order" not in topics for words, topics in lexicon().vague if words not in legal)
    assert [words for words, topics in lexicon().vague if "court_order" in topics] == legal


@pytest.mark.parametrize(
    "text",
    [
        "We are not required to notify you each time we disclose PHI for the purposes described above.",
        "We do not have to tell you when we share information for treatment, payment or health care operations.",
        "You will not be told each time we share your information for the purposes described below.",
        "We do not have to let you know when we use or disclose health information for these routine uses.",
        "We do not tell you before we share information for treatment, such as with your doctor.",
        "We are not required to notify you each time we disclose your information for treatment, payment or health care operations.",
    ],
)
def test_a_negated_telling_scoped_to_routine_uses_says_nothing_of_the_duties(text: str) -> None:
    got = read(text)
    # nor is it a blanket promise: what is turned round is telling the client, not the disclosure
    assert not {"before_disclosure", "after_disclosure", "blanket_promise"} & set(got), got


@pytest.mark.parametrize(
    "text, topic",
    [
        ("We will never tell you when we share your information.", "after_disclosure"),
        ("We are not required to notify you each time we disclose your information.", "after_disclosure"),
        ("Clients are not told when we release their records.", "after_disclosure"),
        ("We do not tell you before we share your information.", "before_disclosure"),
    ],
)
def test_a_blanket_refusal_to_tell_says_the_opposite(text: str, topic: str) -> None:
    assert read(text)[topic] == "opposite"


def test_telling_of_each_sharing_is_telling_first_and_a_notice_that_tells_is_not() -> None:
    # (tell17: with no word of its time, the telling is telling first)
    assert read("We will let you know each time we share your records with another provider.") == {"before_disclosure": "states"}
    assert read("This notice tells you when we share your information.") == {}


@pytest.mark.parametrize(
    "text, topics",
    [
        ("We review the exceptions at your first session and tell you first if we must share, sharing only what is needed.",
         {"at_intake", "before_disclosure", "minimum_necessary"}),
        ("I explain these limits at intake and will let you know beforehand whenever I can.", {"at_intake", "before_disclosure"}),
        ("Your counsellor goes over confidentiality in the first appointment, and you will be told afterwards if a report is made.",
         {"at_intake", "after_disclosure"}),
        ("At intake we go through the exceptions and then, if we ever have to break confidentiality, we talk with you before we do.",
         {"at_intake", "before_disclosure"}),
        # the intake words in the telling's own clause still stop it
        ("We tell you before your first session what the limits are.", {"at_intake"}),
        ("We go over the limits at the first session and before each group starts.", {"at_intake"}),
        ("Before your first session, we tell you about the limits of confidentiality.", {"at_intake"}),
    ],
)
def test_what_stops_a_duty_reaches_only_its_own_clause(text: str, topics: set[str]) -> None:
    got = read(text)
    assert set(got) == topics and all(s == "states" for s in got.values()), got


def test_a_named_limit_does_not_hide_the_vague_words_of_the_next_sentence() -> None:
    got = read(
        "We will not share anything you tell us without your written consent. There are a few exceptions"
        " required by law, such as when someone's safety is at risk or in cases of abuse."
    )
    assert got["client_authorization"] == "states"
    for topic in ("harm_to_self", "harm_to_others", "child_abuse", "elder_abuse", "dependent_adult_abuse", "required_by_law"):
        assert got[topic] == "vague", topic


def test_generic_words_next_to_the_limit_they_speak_of_stay_with_it() -> None:
    assert read("We must report child abuse. The law requires this.") == {"child_abuse": "states"}
    got = read("If you threaten someone, we may warn them. This applies to a serious threat to health or safety.")
    assert got.get("harm_to_others") == "states"


@pytest.mark.parametrize(
    "text, topic, stance",
    [
        ("We may disclose information to prevent injury by the client to the client or to others.", "harm_to_self", "states"),
        ("This may mean contacting emergency services, a family member, or the person who is at risk.", "duty_to_warn", "states"),
        ("If we make such a report, we will promptly inform you.", "after_disclosure", "states"),
    ],
)
def test_more_wording_is_read(text: str, topic: str, stance: str) -> None:
    assert read(text).get(topic) == stance


@pytest.mark.parametrize(
    "text, topic",
    [
        ("Your employer will not be told that you have used the EAP.", "after_disclosure"),
        ("Everything discussed in session is kept confidential, with some important exceptions.", "at_intake"),
        ("Health oversight. If the Department of Health subpoenas records, we must provide them.", "required_by_law"),
    ],
)
def test_wording_that_is_not_the_topic(text: str, topic: str) -> None:
    assert topic not in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "We report our hours to your insurer.",
        "We welcome children, teens and adults.",
        "Our therapists have worked with older adults for many years.",
        "Please tell us before your first session if you need a parking permit.",
        "Judges, lawyers and police officers are among our clients.",
    ],
)
def test_near_misses_state_no_core_topic(text: str) -> None:
    assert not set(read(text)) & set(CORE_TOPICS)


@pytest.mark.parametrize(
    "text, topic",
    [
        ("We do not share what you tell us, except when a child may be abused.", "child_abuse"),
        ("We will not keep it private if you plan to kill yourself.", "harm_to_self"),
        ("We never share records without a court order.", "court_order"),
        ("We do not need your consent to report suspected elder abuse.", "elder_abuse"),
        ("If you do not want us to share, we still must report child abuse.", "child_abuse"),
    ],
)
def test_negations_that_still_state_the_limit(text: str, topic: str) -> None:
    assert read(text)[topic] == "states"


def test_force_must_and_may() -> None:
    (st,) = [s for s in read_passage("We must report suspected child abuse.") if s.topic == "child_abuse"]
    assert st.force == "must"
    (st,) = [s for s in read_passage("We may call 911 if you might kill yourself.") if s.topic == "harm_to_self"]
    assert st.force == "may"
    (st,) = [s for s in read_passage("Suspected child abuse is reported.") if s.topic == "child_abuse"]
    assert st.force is None


def test_span_and_words_point_at_the_text() -> None:
    text = "Our rule: we must report it if someone is abusing a child."
    (st,) = [s for s in read_passage(text) if s.topic == "child_abuse"]
    a, b = st.span
    assert text[a:b].startswith("abusing") and text[a:b].endswith("child")
    assert st.words == ("abusing", "child")


def test_curly_and_straight_apostrophes_read_alike() -> None:
    assert read("We’re required to report a child’s abuse.") == read("We're required to report a child's abuse.")


def test_word_forms_share_a_stem() -> None:
    assert stem("abuse") == stem("abused") == stem("abusing") == stem("abuses")
    assert stem("children") == stem("child")
    assert stem("harm") == stem("harmed")
    # "is hurting" must not read as the passive "is hurt": -ing forms of harm verbs keep their own stem, and so
    # do the third person forms ("your daughter threatens to hurt a classmate" is no child harmed).
    assert stem("hurting") != stem("hurt")
    assert stem("harms") != stem("harmed") and stem("threatens") != stem("threatened")


def test_whose_act_a_harm_is() -> None:
    def topics(text: str) -> set[str]:
        return set(read(text))

    # a harm word after "to", or in the third person, is the act of the one named before it
    assert topics("I will also tell you if your teen is seriously threatening to injure another person.") == {"minors", "harm_to_others"}
    assert "child_abuse" not in topics("If your daughter threatens to hurt a classmate, I will let you know.")
    assert "child_abuse" in topics("If a child has been harmed by an adult, we must report it.")
    # a pronoun right after the harm word is the one harmed: the person near it did the harm
    assert topics("If a child tells me that an adult is hurting them, I must report it to child protective services.") == {"child_abuse"}
    assert topics("A risk to you or to someone else may lead us to break confidentiality.") >= {"harm_to_others"}


def test_reading_is_cached_with_a_bound() -> None:
    from policy_lint.meaning import _read

    read_passage("We must report child abuse.")
    info = _read._read.cache_info()
    assert info.maxsize == _read.MAX_PASSAGES
    assert read_passage("We must report child abuse.") is read_passage("We must report child abuse.")


def test_passages_wrapped_differently_share_one_reading_in_their_own_words() -> None:
    from policy_lint.meaning import _read

    flat = "If you are a danger to yourself, I have a legal duty to inform someone who can help keep you safe."
    for wrapped in ("If you are a danger to\nyourself, I have a legal duty to inform\nsomeone who can help keep you safe.\n", "If you are a danger\nto yourself, I have a legal duty\nto inform someone who can help keep you safe."):
        assert _read.unwrapped(wrapped) == flat
        got, want = read_passage(wrapped), _read._read.__wrapped__(wrapped)
        assert got == want and got
    assert _read.unwrapped(flat) is flat
    # the words shown are the user's own, line break and all
    assert any(w == "danger\nto" for st in got for w in st.words)
    assert read_passage(flat) != got


def test_line_breaks_that_cut_sentences_are_kept() -> None:
    from policy_lint.meaning import _read

    for text in ("Exceptions:\n\nWe report child abuse.", "We may share:\n- with a court\n- with the police", "See e.g.\nthe law on abuse.", "Section\n12 of the act applies."):
        key = _read.unwrapped(text)
        assert len(key) <= len(text) and _read._spans(key) == _read._spans(text)[: len(_read._spans(key))]
        assert read_passage(text) == _read._read.__wrapped__(text)
    assert _read.unwrapped("We report child abuse.\n\n- to the county") == "We report child abuse.\n\n- to the county"
    assert _read.unwrapped("See e.g.\nthe law.") == "See e.g.\nthe law."
    # blanks at the end are cut, unless the last sentence would then end elsewhere
    assert _read.unwrapped("We report child abuse.\n") == "We report child abuse."
    assert _read.unwrapped('We report child abuse.")\n') == 'We report child abuse.")\n'
    for text in ("We report child abuse.\n", 'We report child abuse.")\n', "(We report child abuse.)  "):
        assert read_passage(text) == _read._read.__wrapped__(text)


def test_blank_or_odd_input_states_nothing() -> None:
    assert read_passage("") == ()
    assert read_passage("   ") == ()
    assert read_passage(None) == ()  # type: ignore[arg-type]
    assert read_passage("... ;;; !!!") == ()


# -- the lexicon is data ---------------------------------------------------------------


def _data(**extra):
    from policy_lint.resources import load_data
    import copy

    data = copy.deepcopy(load_data("topics.yaml"))
    data.update(extra)
    return data


def test_a_topic_is_added_by_data_alone() -> None:
    data = _data()
    data["classes"]["npp_word"] = ["notice of privacy practices"]
    data["topics"]["npp_notice"] = {"kind": "limit", "states": [["npp_word"]]}
    lex = Lexicon(data)
    stems = [lex.stem(w) for w in "you get our notice of privacy practices".split()]
    assert any("npp_word" in labels for labels, _, _ in lex.matcher.find(stems)[0])


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["topics"].update({"x": {"kind": "limit", "states": [["no_such_class"]]}}), "unknown class"),
        (lambda d: d["topics"].update({"x": {"kind": "rule"}}), "kind"),
        (lambda d: d["classes"].update({"x": ["{no_such} thing"]}), "unknown class"),
        (lambda d: d.update({"core": ["no_such_topic"]}), "unknown topic"),
        (lambda d: d.update({"vague": [{"words": ["abuse"], "topics": ["nope"]}]}), "unknown topic"),
        (lambda d: d.update({"vague": [{"words": ["inform_verb>>no_such"], "topics": ["at_intake"]}]}), "unknown class"),
        (lambda d: d["topics"].update({"x": {"kind": "duty", "states": [], "contrary": [["court_strong>>no_such"]]}}), "unknown class"),
        (lambda d: d.pop("classes"), "classes"),
    ],
)
def test_a_broken_lexicon_is_refused(change, message: str) -> None:
    data = _data()
    change(data)
    with pytest.raises(LexiconError, match=message):
        Lexicon(data)


def test_every_category_is_a_topic() -> None:
    from policy_lint.resources import load_data
    from policy_lint.meaning import topics

    cats = set(load_data("categories.yaml")["categories"])
    assert cats <= set(topics())
    assert {"at_intake", "before_disclosure", "after_disclosure", "minimum_necessary"} <= set(topics())


# -- passages and coverage ------------------------------------------------------------------


class _Doc:
    def __init__(self, data, passages=None):
        self.data = data
        self.cache = {}
        if passages is not None:
            self.passages = passages


POLICY = {
    "confidentiality": {"summary": "What you say stays private, except in a few cases."},
    "limits": [
        {"category": "harm_to_self", "title": "If you might hurt yourself", "explanation": "If you might end your life soon, we may call 911. We talk with you first whenever we can."},
        {"category": "child_abuse", "title": "Child abuse", "explanation": "See above."},
        {"categories": ["elder_abuse", "dependent_adult_abuse"], "explanation": "We must report abuse of an older adult or a dependent adult."},
        {"category": "court_order", "explanation": "Nobody, not even a judge, can make us share your records."},
    ],
    "notification": {"at_intake": "We go over these limits at your first session."},
    "questions": "Ask us.",
}


def test_passages_of_a_policy() -> None:
    ps = passages_of(_Doc(POLICY))
    pointers = [p.pointer for p in ps]
    assert pointers == [
        "/confidentiality/summary",
        "/limits/0/title",
        "/limits/0/explanation",
        "/limits/1/title",
        "/limits/1/explanation",
        "/limits/2/explanation",
        "/limits/3/explanation",
        "/notification/at_intake",
        "/questions",
    ]
    assert ps[5].labels == ("elder_abuse", "dependent_adult_abuse") and ps[5].group == "/limits/2"
    assert ps[7].labels == ("at_intake",) and ps[7].group is None


def test_passages_of_a_prose_document_are_its_own() -> None:
    own = [Passage("/blocks/0", "We must report child abuse.")]
    assert passages_of(_Doc({}, own)) == own


def test_passages_of_odd_data() -> None:
    assert passages_of(_Doc(None)) == []
    assert passages_of(_Doc({"limits": "x", "notification": [1]})) == []
    assert passages_of(_Doc({"limits": [1, {"category": 3, "explanation": 4}]})) == []


def test_coverage_statuses() -> None:
    items = {i["topic"]: i for i in coverage(passages_of(_Doc(POLICY)), ["harm_to_self", "child_abuse", "elder_abuse", "court_order", "at_intake"])}
    assert [t for t in CORE_TOPICS] == list(items)[: len(CORE_TOPICS)]
    assert items["harm_to_self"]["status"] == "stated"
    assert items["child_abuse"]["status"] == "missing"  # "Child abuse" over "See above." says nothing
    assert items["elder_abuse"]["status"] == "stated"
    assert items["dependent_adult_abuse"]["status"] == "stated"
    assert items["court_order"]["status"] == "contradicted"
    assert items["court_order"]["where"][0]["pointer"] == "/limits/3/explanation"
    assert items["at_intake"]["status"] == "stated" and "only_for" not in items["at_intake"]
    assert items["before_disclosure"]["status"] == "stated"
    assert items["before_disclosure"]["only_for"] == ["/limits/0"]
    assert items["after_disclosure"]["status"] == "missing" and items["after_disclosure"]["where"] == []
    assert items["court_order"]["required"] and not items["after_disclosure"]["required"]


def test_coverage_vague() -> None:
    items = {i["topic"]: i for i in coverage([Passage("/limits/0/explanation", "We must report abuse.", ("elder_abuse",), "/limits/0")])}
    assert items["elder_abuse"]["status"] == "vague"
    assert items["elder_abuse"]["where"][0]["words"] == ["abuse"]


# --- Issue 12, round 2: wording nobody on the team had seen (see docs/coverage.md) ---


@pytest.mark.parametrize(
    "text",
    [
        "What if I'm thinking about suicide?",
        "Will you tell my parents if I'm being abused?",
        "Can a judge make you hand over my file?",
    ],
)
def test_a_question_states_no_limit(text: str) -> None:
    assert read(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Our staff are trained to recognise elder abuse.",
        "Our clinicians offer TF-CBT for abused children.",
        "We run a support group for adult survivors of childhood abuse.",
        "Dr. Lee has testified as an expert witness in custody cases.",
        "We give every new client a Warning Signs of Suicide handout.",
        "Our therapists do not provide custody evaluations or testify in custody disputes.",
    ],
)
def test_a_service_training_or_client_group_is_no_limit(text: str) -> None:
    got = read(text)
    assert not set(got) & {"harm_to_self", "harm_to_others", "duty_to_warn", "child_abuse", "elder_abuse", "dependent_adult_abuse", "court_order"}


def test_a_service_sentence_that_discloses_still_states() -> None:
    assert read("Our staff are trained to recognise elder abuse, and we must report it.")["elder_abuse"] == "states"


@pytest.mark.parametrize(
    "text, topic",
    [
        ("We will disclose information when required to do so by federal, state or local law.", "required_by_law"),
        ("Information will also be shared where we are legally obliged to share it.", "required_by_law"),
        ("Confidentiality may be broken if there is a risk to your life or the life of another person.", "harm_to_others"),
        ("We break confidentiality if there is a risk of serious harm to you or to others.", "harm_to_self"),
        ("Where a child is thought to be at risk, the information will be passed to social services.", "child_abuse"),
        ("We must tell the Director of Youth Protection.", "child_abuse"),
        ("Harm to a resident of a long-term care home must be reported.", "elder_abuse"),
        ("Duty to Warn", "duty_to_warn"),
        ("We may notify the intended victim, the police, or both.", "duty_to_warn"),
        ("We share only your name and dates of service.", "minimum_necessary"),
        ("We may disclose information to the extent necessary to reduce the risk.", "minimum_necessary"),
    ],
)
def test_wording_of_other_places_and_styles_states(text: str, topic: str) -> None:
    assert read(text).get(topic) == "states"


def test_required_by_law_as_a_duty_of_protecting_privacy_is_no_limit() -> None:
    from policy_lint.meaning import topic_kind

    got = read("We are required by law to protect the privacy of your health information and to give you this notice.")
    assert not {t for t in got if topic_kind(t) == "limit"} and "at_intake" not in got
    assert got.get("npp_duties") == "states"  # it is the notice's sentence on the practice's duties


def test_a_thought_is_not_a_report_is_no_contradiction() -> None:
    got = read("Having thoughts of suicide doesn't mean we will break confidentiality.")
    assert got.get("harm_to_self") != "opposite"


def test_never_reporting_to_the_police_says_the_opposite_of_the_crime_limit() -> None:
    assert read("I never report my clients to the police for past drug use.")["crime_law_enforcement"] == "opposite"


def test_permits_but_does_not_require_is_a_choice() -> None:
    from policy_lint.meaning import read_passage

    got = {s.topic: s for s in read_passage("The law permits, but does not require, us to warn the intended victim.")}
    assert got["duty_to_warn"].force == "may"


@pytest.mark.parametrize(
    "text, topic",
    [
        ("We collected this information at intake.", "collection_agencies"),
        ("Small-group counseling is offered for study skills.", "teaching_research"),
        ("You will not be judged for anything you share.", "court_order"),
        ("Book a free consultation to see if we are a good fit.", "supervision_consultation"),
        ("Many clients come to us while caring for aging parents.", "minors"),
        ("Your therapist will tell you after any disclosure made without your consent.", "client_authorization"),
        ("Our office is above the law office on Main Street.", "court_order"),
    ],
)
def test_stems_and_phrases_that_only_look_like_a_topic(text: str, topic: str) -> None:
    assert topic not in read(text)


def test_not_sharing_without_consent_states_the_authorization_limit() -> None:
    assert read("We will not disclose personal information without your consent.")["client_authorization"] == "states"


def test_the_name_duty_to_warn_is_no_duty_word() -> None:
    from policy_lint.meaning import read_passage

    named = {s.topic: s.force for s in read_passage("Duty to Warn: if you threaten a specific person, we may warn them.")}
    assert named["duty_to_warn"] == "may"
    said = {s.topic: s.force for s in read_passage("We have a duty to warn anyone you threaten.")}
    assert said["duty_to_warn"] == "must"


@pytest.mark.parametrize(
    "text, topic",
    [
        ("If you or someone else is at serious risk of harm, we may call the police.", "harm_to_self"),
        ("Under the Children Act 1989, we may be required to report neglect of a child.", "child_abuse"),
        ("We may disclose information to lessen a serious threat to the life or health of another person.", "harm_to_others"),
    ],
)
def test_more_wording_of_other_places(text: str, topic: str) -> None:
    assert read(text).get(topic) == "states"


@pytest.mark.parametrize(
    "text",
    [
        # An Act's name about children names a law, no child abused: vague (child21; every labeller of real17/19/20)
        "We may be required to share information under the Children Act 1989.",
        "- if the Child and Family Services Act applies",
        "Confidentiality has legal limits around the disclosure of crimes, such as under the Child Protection Acts.",
    ],
)
def test_an_acts_name_is_vague_for_child_abuse(text: str) -> None:
    assert read(text).get("child_abuse") == "vague"


@pytest.mark.parametrize(
    "text",
    [
        # generic words of abuse beside limits of other kinds only stay vague for the abuse limits (child21)
        "If you or someone else is at risk of serious harm through abuse or not being looked after properly, we will share information.",
        "I may have to report information to government agencies about victims of abuse or neglect when a law requires me to.",
    ],
)
def test_abuse_beside_a_danger_or_the_law_is_vague(text: str) -> None:
    got = read(text)
    assert [got.get(t) for t in ("child_abuse", "elder_abuse", "dependent_adult_abuse")] == ["vague"] * 3


def test_abuse_of_the_client_beside_a_danger_is_no_abuse_limit() -> None:
    got = read("If we think that you are at serious risk of harm (e.g. abuse) and/or a risk to others, we will pass it on.")
    assert got.get("elder_abuse") is None and got.get("dependent_adult_abuse") is None


@pytest.mark.parametrize(
    "text",
    [
        "Before joining us, Dr. Lin worked for ten years in child protective services.",
        "Our clinicians have completed training in suicide prevention and safety planning.",
        "We do not testify in divorce or custody proceedings.",
        "Clinicians will tell you after a disclosure, unless it would put you or another person at risk.",
    ],
)
def test_more_near_misses(text: str) -> None:
    got = read(text)
    assert not set(got) & {"harm_to_self", "harm_to_others", "child_abuse", "court_order"}


@pytest.mark.parametrize(
    "text",
    [
        "If you have thoughts of suicide between sessions, call 988 or go to the nearest emergency room.",
        "Please tell us if you have a history of suicide attempts so we can plan your care.",
    ],
)
def test_advice_to_the_client_is_no_limit(text: str) -> None:
    assert not {t for t in read(text) if not t.startswith("npp_")}


def test_advice_with_an_act_of_ours_still_states() -> None:
    assert read("If you tell us that a child is being abused, we must report it.")["child_abuse"] == "states"
    # "If you tell us ..., we ..." is how a limit is said, not advice (a false all clear otherwise)
    assert read("If you tell us you plan to seriously hurt yourself soon, we act to keep you safe.")["harm_to_self"] == "states"


@pytest.mark.parametrize(
    "text",
    [
        "Please note that we must report suspected abuse of an elder.",
        "We keep notes of each session, and we must report the abuse of an elder.",
        "Our staff are non-judgmental, and we must report the abuse of an elder.",
    ],
)
def test_note_and_non_are_no_negation(text: str) -> None:
    assert read(text)["elder_abuse"] == "states"


def test_only_this_never_that_is_a_contrast_not_a_contradiction() -> None:
    got = read("We give the agency only your name and the amount owed, never what you talk about in therapy.")
    assert got["minimum_necessary"] == "states"


def test_the_law_requires_or_allows_stays_vague() -> None:
    got = read("There are a few situations where the law requires or allows us to share it.")
    assert got["required_by_law"] == "vague"


def test_the_compiled_lexicon_reads_as_the_source_does() -> None:
    import json

    from policy_lint.meaning._lexicon import Lexicon
    from policy_lint.resources import load_data

    fresh = Lexicon(load_data("topics.yaml"))
    again = Lexicon(None, json.loads(json.dumps(fresh.compiled())))
    stems = [fresh.stem(w) for w in "if we think a child is being abused we must not keep it private unless a judge orders it".split()]
    assert fresh.matcher.find(stems) == again.matcher.find(stems)
    assert fresh.topics == again.topics and fresh.vague == again.vague and fresh.quiet == again.quiet


def test_a_broken_compiled_cache_is_compiled_again(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from policy_lint.meaning._lexicon import lexicon

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("POLICY_LINT_NO_CACHE", raising=False)
    lexicon.cache_clear()
    try:
        first = lexicon()
        cached = sorted((tmp_path / "policy-lint").glob("topics-compiled-*.bin"))
        assert len(cached) == 1
        cached[0].write_bytes(cached[0].read_bytes()[:-40])  # torn: its own check sum no longer matches
        lexicon.cache_clear()
        second = lexicon()
        assert second.topics == first.topics
        from zlib import crc32

        check, _, payload = cached[0].read_bytes().partition(b"\n")
        assert check == b"%08x" % crc32(payload)  # written whole again
        lexicon.cache_clear()
        third = lexicon()  # read from the snapshot
        assert third.matcher._branches and third.topics == first.topics and third.needs == first.needs
    finally:
        lexicon.cache_clear()


def test_a_lexicon_from_the_cache_finds_every_phrase_the_source_has(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cached tree opens its branches only when a text needs them: each phrase is still found, with its labels."""
    from policy_lint.meaning._lexicon import Lexicon, lexicon
    from policy_lint.resources import load_data

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("POLICY_LINT_NO_CACHE", raising=False)
    fresh = Lexicon(load_data("topics.yaml"))
    lexicon.cache_clear()
    try:
        lexicon()  # compiles and writes the cache
        lexicon.cache_clear()
        cached = lexicon()  # reads it
        assert cached.matcher._branches, "the cache should hold the tree's branches apart"
        # Every index is kept as the source makes it (a snapshot of the objects, not made again).
        for name, value in vars(fresh).items():
            if name not in ("matcher", "_stems"):
                assert getattr(cached, name) == value, name
        assert cached.matcher._split == fresh.matcher._split and cached.matcher.classes == fresh.matcher.classes
        for words in sorted(fresh.matcher._phrases):
            stems = ["zzz", *words, "zzz"]
            assert cached.matcher.find(stems) == fresh.matcher.find(stems), words
    finally:
        lexicon.cache_clear()


def test_a_cache_whose_branches_do_not_match_its_tree_is_refused() -> None:
    import json

    from policy_lint.meaning._lexicon import Lexicon, LexiconError
    from policy_lint.resources import load_data

    compiled = json.loads(json.dumps(Lexicon(load_data("topics.yaml")).compiled()))
    compiled["matcher"]["branches"].pop()
    with pytest.raises(LexiconError):
        Lexicon(None, compiled)


def test_a_prose_block_filed_under_a_limit_keeps_its_vague_words_a_yaml_limit_does_not() -> None:
    from policy_lint.meaning import Passage, coverage

    text = "We will not share it without your consent. There are exceptions, such as when someone's safety is at risk."
    prose = {c["topic"]: c["status"] for c in coverage([Passage("/blocks/0", text, ("client_authorization",))])}
    yaml = {c["topic"]: c["status"] for c in coverage([Passage("/limits/0/explanation", text, ("client_authorization",), "/limits/0")])}
    assert prose["harm_to_self"] == prose["harm_to_others"] == "vague"
    assert yaml["harm_to_self"] == yaml["harm_to_others"] == "missing"


@pytest.mark.parametrize(
    "text, elder",
    [
        ("We must report abuse of a vulnerable adult.", "vague"),
        ("We must report abuse of an adult at risk.", "vague"),
        ("We must report abuse of an elder or a vulnerable adult.", "stated"),
        ("We must report abuse of a dependent adult.", "missing"),
        # the adult at risk by its definitions names no age either (prose7)
        ("We must report abuse of an adult who cannot protect themselves.", "vague"),
        ("We report the abuse of adults with care and support needs.", "vague"),
        # residents of a care home beside a disability: no age named (real6)
        ("I report the abuse and neglect of vulnerable people, such as people in nursing homes or people with a disability.", "vague"),
    ],
)
def test_a_vulnerable_adult_alone_is_vague_for_elder_abuse_in_the_whole_policy(text: str, elder: str) -> None:
    from policy_lint.meaning import Passage, coverage

    got = {c["topic"]: c["status"] for c in coverage([Passage("/blocks/0", text)])}
    assert got["dependent_adult_abuse"] == "stated"
    assert got["elder_abuse"] == elder


@pytest.mark.parametrize(
    "texts, elder, dependent",
    [
        (["If a resident of a long-term care home is harmed, I must report it."], "vague", "vague"),
        (["We report the abuse of anyone living in a retirement home."], "vague", "vague"),
        (["If a resident of a long-term care home is harmed, I must report it. We also report abuse of a dependent adult."], "vague", "stated"),
        (["We must report the abuse of an elder."], "stated", "missing"),
        # an older adult named anywhere on the page: the care home is one more place, elder abuse is stated
        (["If a resident of a long-term care home is harmed, I must report it.", "We report abuse of anyone 65 or older."], "stated", "vague"),
        (["Residents of retirement homes who are abused are protected by law, and so are older adults living at home."], "stated", "vague"),
        (["We must report abuse of a patient or resident of a hospital or nursing home."], "vague", "stated"),
        (["We must report abuse of a resident of a nursing home.", "Abuse of anyone 60 years of age or older is reported too."], "stated", "stated"),
    ],
)
def test_care_home_residents_alone_are_vague_for_elder_and_dependent_adult_abuse_in_the_whole_policy(texts: list[str], elder: str, dependent: str) -> None:
    # labels.yaml: residents of a care home name no age and no dependence; each passage is read as an elder's, the page is vague
    from policy_lint.meaning import Passage, coverage

    got = {c["topic"]: c["status"] for c in coverage([Passage(f"/blocks/{i}", t) for i, t in enumerate(texts)])}
    assert got["elder_abuse"] == elder
    assert got["dependent_adult_abuse"] == dependent


# --- Issue 12, stance of real wording (red-team round 3): what turns a negation round, and what is vague ---


@pytest.mark.parametrize(
    "text, want",
    [
        # a "Because ..." clause turns round with its sentence
        ("Because self-harm is common, telling us about it will not lead to anyone being contacted.", {"harm_to_self": "opposite"}),
        ("Because Oregon has no duty to warn, we would not contact a person you threatened.", {"duty_to_warn": "opposite", "harm_to_others": "states"}),
        # the client's own undertaking states nothing
        ("You agree not to subpoena me or to call me as a witness in court.", {}),
        # an exception that is only the client's consent leaves a core limit turned round
        ("The counsellor will not report the abuse of an older adult without the client's consent.", {"elder_abuse": "opposite", "client_authorization": "states"}),
        ("We will not share your records with anyone without your consent or a court order.", {"client_authorization": "states", "court_order": "states"}),
        ("We will not report child abuse without first talking with you.", {"child_abuse": "states", "before_disclosure": "states"}),
        # a contrast ends the negation's reach
        ("We are not required to tell you before we make a report, but we will tell you afterwards.", {"before_disclosure": "opposite", "after_disclosure": "states"}),
        ("We never release records to a judge, but we must report child abuse.", {"court_order": "opposite", "child_abuse": "states"}),
        # no duty, then a choice after the contrast: the limit is a choice, not its opposite
        ("It does not make us warn the person at risk, but we may still try to keep them safe.", {"duty_to_warn": "states"}),
        ("The law does not require us to warn anyone, but we will call the police.", {"duty_to_warn": "opposite"}),
        # not telling the client turns round the duty only
        ("If I report child abuse, I may not be able to tell you first.", {"child_abuse": "states", "before_disclosure": "opposite"}),
        ("If a child is hurt, we do not report it.", {"child_abuse": "opposite"}),
        # a warning turned round: the threat is still stated
        ("I am not allowed to warn someone you have threatened; instead I may call the police.", {"duty_to_warn": "opposite", "harm_to_others": "states"}),
        # the police told is a warning (the team's decision of 2026-12-05, session 8): refused, it is turned round
        ("We will never tell the police about threats you make to others.", {"duty_to_warn": "opposite", "harm_to_others": "states"}),
        # words that cancel a cue, or that are no cue
        ("Nothing in this policy prevents us from reporting suspected child abuse.", {"child_abuse": "states"}),
        ("We will refuse any subpoena for your records.", {"court_order": "opposite"}),
        # the whole record sent on a court's demand, and the same turned round
        ("When a subpoena arrives we send the entire file.", {"court_order": "states", "minimum_necessary": "opposite"}),
        ("When a court orders records, we never release the entire file.", {"court_order": "states", "minimum_necessary": "states"}),
        ("When we receive a subpoena, we will send you a copy of your entire file.", {"court_order": "states"}),
    ],
)
def test_the_stance_of_negations_exceptions_and_contrasts(text: str, want: dict[str, str]) -> None:
    assert read(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("Your counsellor will explain confidentiality to you.", {"at_intake": "vague"}),
        ("The limits of confidentiality are explained to every client.", {"at_intake": "vague"}),
        ("Whatever you tell me stays private, with a few exceptions that you should know about.", {}),
        ("Visitors are asked to sign a confidentiality pledge at reception.", {}),
        ("Information may be shared to protect vulnerable clients.", {"child_abuse": "vague", "elder_abuse": "vague", "dependent_adult_abuse": "vague"}),
        ("We report abuse of a vulnerable adult to adult protective services.", {"dependent_adult_abuse": "states"}),
        ("We may share information to help with public health and safety issues, such as product recalls.", {}),
        ("If a client tells us about sexual abuse by a former therapist, we can help them make a complaint.", {}),
        ("Spousal abuse is not something we must report, but we will talk with you about safety.", {}),
        # Ontario PHIPA's justification names a danger only, no one the client threatened: nothing for duty_to_warn
        # (labels.yaml's bare justification; before pages10 it was vague)
        ("Disclosure is allowed to reduce a significant risk of serious bodily harm to a person or group of persons.", {"harm_to_self": "vague", "harm_to_others": "vague"}),
        # the protective act, after a threat to another person: vague
        ("If you threaten another person, we may take steps to protect that person.", {"harm_to_others": "states", "duty_to_warn": "vague"}),
        ("We will not report the abuse of an adult client without their consent, unless they lack capacity and are at serious risk.", {"client_authorization": "states", "dependent_adult_abuse": "states"}),
    ],
)
def test_what_is_vague_and_what_is_not(text: str, want: dict[str, str]) -> None:
    assert read(text) == want
# -- the data: phrases that lose their words to the skipped articles ---------------------------


def test_no_phrase_of_the_lexicon_is_cut_down_by_its_articles() -> None:
    """"a", "an" and "the" are skipped, in phrases as in texts. A phrase that ends with one ("following
    the") or that keeps only one letter ("a&e") is read as the word left over ("follow", "e"), and then
    it fires on every "follow" or "e.g."."""
    from ruamel.yaml import YAML

    from policy_lint.meaning._lexicon import ARTICLES, WORD
    from policy_lint.resources import data_path

    data = YAML(typ="safe").load(data_path("topics.yaml").read_text(encoding="utf-8"))
    phrases = dict(data["classes"])
    phrases.update(data.get("vague_phrases") or {})
    bad = []
    for name, items in phrases.items():
        for phrase in items:
            words = [m.group().lower() for m in WORD.finditer(str(phrase))]
            kept = [w for w in words if w not in ARTICLES]
            if len(words) > 1 and (words[-1] in ARTICLES or all(len(w) == 1 for w in kept)):
                bad.append((name, phrase))
    assert not bad


@pytest.mark.parametrize(
    "text, topic",
    [
        ("I follow the ethics code of my profession, and what you tell me stays with me.", "after_disclosure"),
        ("Reports go to another professional, e.g. a GP or a lawyer, only with your consent.", "emergencies"),
        ("We ask for a minimum of 24 hours notice to cancel.", "minimum_necessary"),
        ("Privacy Policy: Collection and Use of Personal Information", "collection_agencies"),
    ],
)
def test_a_word_left_over_from_a_phrase_reads_nothing(text: str, topic: str) -> None:
    assert topic not in read(text)


def test_every_lemma_gives_the_stem_its_word_is_read_as() -> None:
    """A lemma maps a form the stemmer cannot see ("gave") to the stem of its word, as the reader
    compares words ("give" is read "giv"): "gave" mapped to "give" never met "give permission"."""
    from policy_lint.meaning._lexicon import lexicon

    lex = lexicon()
    assert {k: v for k, v in lex.lemmas.items() if lex.stem(v) != v} == {}


@pytest.mark.parametrize(
    "text, topic",
    [
        ("Once you have given permission, we can talk with your doctor.", "client_authorization"),
        ("If a client is a danger to themself, we may contact emergency services.", "harm_to_self"),
        ("If someone took advantage of an older person's money, we must report it.", "elder_abuse"),
    ],
)
def test_irregular_word_forms_read_as_their_word(text: str, topic: str) -> None:
    assert read(text).get(topic) == "states"


def test_inside_a_mask_a_shorter_phrase_keeps_only_the_labels_the_mask_has() -> None:
    """"young person" (a child, and a client) hides "person" as someone else, but not as a client."""
    from policy_lint.meaning._lexicon import Matcher

    m = Matcher(frozenset({"child", "client_ref", "other"}), frozenset({"child"}))
    m.add(("young", "person"), "child")
    m.add(("young", "person"), "client_ref")
    m.add(("person",), "other")
    m.add(("person",), "client_ref")
    m.compile()
    content, _ = m.find(["if", "young", "person", "be", "harm"])
    assert sorted((sorted(labels), i, j) for labels, i, j in content) == [(["child", "client_ref"], 1, 3), (["client_ref"], 2, 3)]
    assert "harm_to_others" not in read("We must pass on information if a young person tells us they are being harmed.")


@pytest.mark.parametrize(
    "text, want",
    [
        ("We will tell you before we share anything, unless doing so would put another person in danger.", {"before_disclosure": "states"}),
        ("Unless telling you would put someone at risk of harm, your counsellor lets you know first.", {"before_disclosure": "states"}),
        ("Where possible we talk with you first, unless this might increase the risk to someone else.", {"before_disclosure": "states"}),
        # the exception to a privacy promise still names a limit
        ("We keep what you tell us private unless doing so would put someone else in danger.", {"harm_to_others": "states"}),
    ],
)
def test_the_danger_that_excuses_a_telling_duty_is_no_limit(text: str, want: dict[str, str]) -> None:
    assert read(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        # the `telling_risk` phrases that were once only a negation cue (`moot`): both steps still read them
        ("We will tell you first, unless letting you know would put someone at risk.", {"before_disclosure": "states"}),
        ("We will tell you first, unless you being told would put another person in danger.", {"before_disclosure": "states"}),
        ("Staff tell the student first unless telling the student would put someone in danger.", {"before_disclosure": "states"}),
        ("We will talk to you first unless to do so would put someone else at risk.", {"before_disclosure": "states"}),
        # the risk of telling the client is no limit with no telling duty too, or in another clause
        ("Unless telling you would put someone in danger, we share it.", {}),
        ("We keep it private, unless telling you would put a child at risk.", {}),
    ],
)
def test_the_risk_of_telling_the_client_is_one_mechanism(text: str, want: dict[str, str]) -> None:
    assert read(text) == want


def test_a_way_inside_a_condition_leaves_other_ways_free() -> None:
    assert read("If we could not tell you first, you will be informed as soon as possible afterwards.") == {"after_disclosure": "states"}
    assert read("If you do not tell us about a risk, we cannot help.") == {}


@pytest.mark.parametrize(
    "text, want",
    [
        ("We will share information about you if state or federal laws require it.", {"required_by_law": "states"}),
        ("Records may be released if a statute requires it.", {"required_by_law": "states"}),
        ("Your information is private within the limits that the legal system imposes.", {"required_by_law": "vague"}),
        ("If a disclosure is needed, the therapist limits it to the information the law requires.", {"minimum_necessary": "states"}),
        ("We limit it to fifty minutes.", {}),
        ("If your records are released under a subpoena, we will let you know that this has happened.",
         {"court_order": "states", "after_disclosure": "states"}),
        ("If you or someone else may be at serious risk of harm, we may share information.", {"harm_to_self": "states", "harm_to_others": "states"}),
        ("You or someone else may be able to help.", {}),
    ],
)
def test_more_wording_of_the_law_the_minimum_and_harm(text: str, want: dict[str, str]) -> None:
    assert read(text) == want


# -- the second new-user trial (branch acc9) ------------------------------------------


@pytest.mark.parametrize(
    "text, want",
    [
        # a limit's event kept private says the opposite of that limit
        ("If you tell us about a child being hurt, we keep that between you and your therapist.", {"child_abuse": "opposite"}),
        ("When an older adult is being exploited, we keep it confidential.", {"elder_abuse": "opposite"}),
        ("If you tell me you are thinking of suicide, that stays between us.", {"harm_to_self": "opposite"}),
        # ... but not where it cannot be kept, is reported, has an exception, is hedged or is long over
        ("If a child is being abused, we cannot keep that private.", {"child_abuse": "states"}),
        ("If you tell us about a child being hurt, we report it; everything else stays between you and your therapist.", {"child_abuse": "states"}),
        ("If you tell us a child is being hurt, we keep that private unless the law requires us to report it.", {"child_abuse": "states", "required_by_law": "states"}),
        ("We usually keep thoughts of suicide between us.", {"harm_to_self": "states"}),
        ("If you tell me about abuse you suffered as a child, I keep that private.", {"child_abuse": "states"}),
    ],
)
def test_a_limit_kept_private_is_its_opposite(text: str, want: dict[str, str]) -> None:
    assert read(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        # the safety exception to telling first is no opposite of telling first
        ("I will not tell you before I share if telling you would put someone in danger; otherwise I tell you first.", {"before_disclosure": "states"}),
        ("We will not tell you first if doing so could put someone at risk.", {}),
        ("I won't let you know beforehand when telling you might endanger someone, but otherwise I always tell you first.", {"before_disclosure": "states"}),
        ("We will not tell you first.", {"before_disclosure": "opposite"}),
        # a sharing named before the telling, with no word of its time: telling first (tell17, the team's decision)
        ("When we make a disclosure without your authorization, we will inform you, unless the law prohibits it.", {"before_disclosure": "states"}),
        ("If we have to share anything we will let you know.", {"before_disclosure": "states"}),
        ("If we have to share anything we will let you know afterwards.", {"after_disclosure": "states"}),
        ("If I must share, I tell you first when it is safe.", {"before_disclosure": "states"}),
        ("This notice tells you when we share your information.", {}),
        ("We will never tell you when we share your information.", {"after_disclosure": "opposite"}),
        # "and if ..." starts a clause: the intake words of the first do not stop telling first
        ("I go through these limits in our first session and if I ever need to break confidentiality I will discuss it with you first.",
         {"at_intake": "states", "before_disclosure": "states"}),
        ("Your counselor will explain these limits the first time you meet.", {"at_intake": "states"}),
    ],
)
def test_tellings_of_the_second_trial(text: str, want: dict[str, str]) -> None:
    assert read(text) == want


@pytest.mark.parametrize(
    "text, want",
    [
        # a subpoena alone is not enough: true, and no opposite of the court-order limit
        ("We will not release records in response to a subpoena alone; a judge must order it, or you must agree.", {"court_order": "states"}),
        ("We do not hand over records just because of a subpoena from a lawyer.", {}),
        ("We will not release records in response to a subpoena.", {"court_order": "opposite"}),
        # "Even" before a noun is no condition (HIPAA lets a court order reach psychotherapy notes:
        # 45 CFR 164.508(a)(2)(ii)(B), 164.512(a), and 164.103 counts court orders as required by law)
        ("Even a judge cannot make us share your records.", {"court_order": "opposite"}),
        ("Even if we cannot tell you first, we will tell you afterwards.", {"after_disclosure": "states"}),
        # abuse the client suffered as an adult is no group's abuse
        ("I do not have to report abuse you suffered as an adult in the past.", {}),
        ("Neglect you went through as an adult is not something I report.", {}),
        ("We never report abuse.", {"child_abuse": "opposite", "elder_abuse": "opposite", "dependent_adult_abuse": "opposite"}),
        # advice words that describe someone are no advice
        ("I believe an older adult, or an adult who depends on others and cannot seek help, is being abused or neglected; I may report this.",
         {"elder_abuse": "states", "dependent_adult_abuse": "states"}),
        ("If you are thinking of suicide, please seek help right away.", {}),
        # the UK adult social care team is the agency for adults at risk, no care team of ours
        ("If such an adult is being abused, I may share information with the adult social care team.", {"dependent_adult_abuse": "states"}),
        ("We may refer concerns to the adult social care team.", {"elder_abuse": "vague", "dependent_adult_abuse": "vague"}),
        ("Our care team meets weekly.", {"supervision_consultation": "states"}),
    ],
)
def test_limits_of_the_second_trial(text: str, want: dict[str, str]) -> None:
    assert read(text) == want


def _limit_passages(title: str, explanation: str, told: str | None = None) -> list[Passage]:
    out = [Passage("/limits/0/title", title, ("elder_abuse",), "/limits/0"), Passage("/limits/0/explanation", explanation, ("elder_abuse",), "/limits/0")]
    if told is not None:
        out.append(Passage("/limits/0/may_tell", f"Who gets the information: {told}.", ("elder_abuse",), "/limits/0"))
    return out


@pytest.mark.parametrize(
    "explanation, told, status",
    [
        # the explanation speaks of a duty only: neither the title nor the may_tell list counts
        ("Before making any report, the therapist shall use clinical judgment and shall notify the client.", "Adult Protective Services, the police", "missing"),
        ("See above.", None, "missing"),
        # the explanation speaks of sharing: the title counts
        ("We will report it to the county.", None, "stated"),
        ("We must report it.", "Adult Protective Services", "stated"),
    ],
)
def test_a_title_counts_only_where_its_limit_speaks(explanation: str, told: str | None, status: str) -> None:
    items = {i["topic"]: i["status"] for i in coverage(_limit_passages("If we think someone is harming an older adult", explanation, told))}
    assert items["elder_abuse"] == status


def test_a_sentence_and_the_next_pair_within_a_paragraph_only() -> None:
    """A blank line ends a paragraph: the ways over two sentences do not reach across it.

    An import draft joins the page's other paragraphs into ``details``; read as one pair,
    a subtitle ("Informed Consent and Notice ...") and the next paragraph ("... provides
    that ...") stated a telling duty the page never states (found in trial7).
    """
    pair = "This covers adults who depend on others. If someone is abusing that person, we must report it."
    assert read(pair).get("dependent_adult_abuse") == "states"
    assert read(pair.replace(". If", ".\n\nIf")).get("dependent_adult_abuse") != "states"
    subtitle = "Informed Consent and Notice of Confidentiality Practices\n\nColorado law provides that confidentiality may be breached in the following situations:"
    # (the law's preface is vague for required_by_law since law16b; no telling duty is read)
    assert read(subtitle) == {"required_by_law": "vague"}
    # A single line break is no paragraph: the pair still reads (near miss).
    assert read(pair.replace(". If", ".\nIf")).get("dependent_adult_abuse") == "states"


@pytest.mark.parametrize(
    ("after_comma", "goes_on"),
    [
        (["police", "or", "hospital"], True),          # "family members, police or hospitals"
        (["your", "school", "or", "police"], True),     # "your parents, your school or the police"
        (["but", "police", "or", "hospital"], False),   # "..., but the police or a hospital": a clause of its own
        (["unless", "you", "or", "other"], False),
        (["we", "call", "police", "or"], False),        # "..., we call the police or ...": a sentence of its own
    ],
)
def test_a_comma_goes_on_with_a_list_only_before_its_next_item(after_comma: list[str], goes_on: bool) -> None:
    from policy_lint.meaning._read import _list_goes_on

    stems = ["we", "not", "contact", "family", *after_comma, "if"]
    edges = [False] * (len(stems) + 1)
    edges[4] = True  # the comma before ``after_comma``
    assert _list_goes_on(stems, edges, 4, len(stems)) is goes_on


# -- fixes7: the law's reporting duties in general words -------------------------------

_REPORTING = {"child_abuse": "vague", "elder_abuse": "vague", "dependent_adult_abuse": "vague", "required_by_law": "vague"}


@pytest.mark.parametrize(
    "text",
    [
        "We follow all applicable state and federal reporting requirements.",
        "We comply with all applicable reporting laws.",
        "We follow mandatory reporting laws.",
        "As a mandated reporter, I follow the reporting requirements of Ohio law.",
        # "reporting" names the laws: no act of ours that "not" turns round (it read as the opposite)
        "These limits do not replace state reporting laws.",
    ],
)
def test_the_reporting_laws_in_general_are_vague_for_the_abuse_limits_and_the_law(text: str) -> None:
    # They were read as nothing: a policy that said only this got COV003 "missing", not LIM004 "too general".
    assert read(text) == _REPORTING


@pytest.mark.parametrize(
    "text, want",
    [
        # (fam27b: the reporting laws beside the abuse limit they speak of are its source, vague: the convention of
        # session 14, as "We are required by law to report child abuse")
        ("We follow state reporting laws for child abuse.", {"child_abuse": "states", "required_by_law": "vague"}),
        ("We meet all state and federal tax reporting requirements.", {}),
        ("We follow federal reporting requirements for prescriptions of controlled substances.", {}),
        ("Our clinicians receive training on mandated reporting requirements.", {}),
        ("We complete the quarterly reporting requirements of our state grant.", {}),
        ("We comply with applicable reporting requirements for data breaches.", {"breach_notification": "states"}),
    ],
)
def test_reporting_words_for_a_named_limit_or_another_kind_of_report(text: str, want: dict[str, str]) -> None:
    assert read(text) == want


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Child abuse. If I suspect a child is being harmed, I may report it.", "may"),
        ("Child abuse. If I suspect a child is being harmed, I must report it.", "must"),
        ("Abuse of a child. We report it to the county child welfare office.", "must"),
        # no force under the title: none is made up
        ("Child abuse. This covers abuse or neglect of a child.", None),
        # the first sentence that states the limit speaks for it, as with no title: a later "may" is another act
        ("Child abuse. Reports of abuse of a child are made to Child Protection. We may also talk with you about a child who may be at risk.", None),
        ("Child abuse. If I suspect a child is being harmed, I must report it. I may also talk with you about a child who may be at risk.", "must"),
    ],
)
def test_the_sentence_under_a_title_gives_the_title_its_force(text: str, force: str | None) -> None:
    """A bold list title ("Child abuse.") states the limit with no force; the sentence under it says must or may."""
    from policy_lint.meaning import read_passage

    child = [st for st in read_passage(text) if st.topic == "child_abuse"]
    assert child and child[0].force == force, child


# -- the police told, after a threat to another person (the team's decision of 2026-12-05, session 8) ----------------


@pytest.mark.parametrize(
    "text",
    [
        "If you threaten to hurt someone, I must call the police.",
        "If you threaten to hurt someone, we may notify law enforcement.",
        "If you tell me you plan to harm another person, I will contact the police.",
        "If a client threatens violence against someone else, we may inform the police.",
        "If you threaten another person, the police may be notified.",
        "If you threaten to harm others, we may share information with medical and/or police personnel.",
        "If you threaten to hurt someone, we may call 911 or the police.",
        "If we believe you may seriously harm someone else, those who can help (a doctor, the police) will be informed.",
    ],
)
def test_the_police_told_after_a_threat_to_another_person_states_the_duty_to_warn(text: str) -> None:
    # labels.yaml: duty_to_warn is stated when "the threatened person or the police would be told"
    got = read(text)
    assert got["duty_to_warn"] == "states" and got["harm_to_others"] == "states"


@pytest.mark.parametrize(
    "text, want",
    [
        # a danger to the client alone is never a warning
        ("If you are in danger, we may call the police.", None),
        ("If you are in danger of hurting yourself, we may call the police.", None),
        ("If someone is hurting you, we can help you contact the police.", None),
        # 911 and emergency services are no police told: like "the appropriate authorities", someone is told in general
        # words, vague (dtw13, session 13)
        ("If you threaten someone, we may call 911.", "vague"),
        ("If you threaten to harm others, we may contact emergency services.", "vague"),
        ("If you threaten to harm others, we may notify the appropriate authorities.", "vague"),
        # the police with no harm to another person, or told of a harm done to the client
        ("The police may ask us for records.", None),
        ("If someone else harms you, the police may be informed with your consent.", None),
    ],
)
def test_the_police_without_a_threat_to_another_person_state_no_warning(text: str, want: str | None) -> None:
    assert read(text).get("duty_to_warn") == want

