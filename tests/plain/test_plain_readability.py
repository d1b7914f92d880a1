"""Readability formulas, checked against textstat 0.7.4 (pinned in the test extra).

How both sides get the same sentences and words:

* The texts below split into sentences without doubt: every sentence ends
  with ".", "?" or "!" and a space, has at least three words (textstat drops
  shorter "sentences"), and there are no abbreviations, numbers, hyphens or
  apostrophes. So our splitter and textstat's regex find the same sentences,
  and textstat's word count (punctuation removed, split on spaces) equals ours.
  The test checks that the counts agree before it compares any score.
* Syllables: textstat 0.7.4 counts them with Pyphen (hyphenation points),
  which agrees with CMU on only about 60-78% of words. To compare formulas,
  not syllable counters, the reference is a subclass of textstat's class
  whose ``syllable_count`` uses our counter. Our syllable counter is checked
  against CMU in test_plain_syllables.py.
* Rounding: textstat rounds averages to one decimal inside FK and FRE; that
  alone moves FK by up to 0.6. Rounding is turned off (``set_rounding(False)``).
* Policy words: the reference knows nothing of our policy-word allowance, so
  it is compared with our raw grade (``fk_grade_raw``) and with texts that
  hold no policy words for the other syllable formulas.
* ARI: textstat counts every non-space character, punctuation included; ARI
  counts letters and digits (Senter and Smith 1967), as we do. The reference
  subclass counts letters only.
* Coleman-Liau: textstat uses 0.058 for the letters term; the published
  formula (Coleman and Liau 1975) uses 0.0588. The test checks the rest of
  the formula exactly, and the total within 0.5 where the two constants
  alone cannot differ by more (up to 6.25 letters a word). The gate is the
  Flesch-Kincaid grade, which agrees exactly.
"""

from __future__ import annotations

import sys
import types
import warnings
from typing import Any

import pytest

from policy_lint.plain.readability import count, flesch_kincaid, policy_words, scores
from policy_lint.plain.syllables import count_syllables
from policy_lint.plain.text import words

TEXTS = [
    "We keep what you say private. You can ask us about it at any time. We will answer you in plain words.",
    "The cat sat on the mat. The dog ran to the park. The sun was warm and bright today.",
    "Your safety comes first. If we think you might hurt yourself soon, we will act to keep you safe. We may call a crisis team.",
    "A judge can order us to share your records. We share only what the order covers. We tell you as soon as we get one.",
    "The committee considered the recommendations of the independent evaluation. Implementation of the proposals requires substantial organizational commitment. Stakeholders anticipated considerable institutional resistance.",
    "Photosynthesis converts electromagnetic radiation into chemical energy. Chlorophyll molecules absorb particular wavelengths efficiently. Subsequently, carbohydrates accumulate within specialized cellular structures.",
    "Please bring a list of the medicines you take. Bring your card for the health plan too. Come ten minutes early for your first visit.",
    "Some people feel nervous before the first session. That is normal. You can tell us how you feel, and we will go at your pace.",
    "It was a bright cold day in April, and the clocks were striking thirteen. Winston slipped quickly through the glass doors. A swirl of gritty dust entered along with him.",
    "Call us if you need to change a visit. Leave a message if we do not answer. We call back within one working day.",
    "International agreements regarding environmental sustainability necessitate comprehensive multilateral cooperation. Governments frequently underestimate implementation difficulties. Consequently, measurable improvements materialize slowly.",
    "We use a secure video service for online sessions. Find a quiet place where others cannot hear you. Use headphones if you can.",
    "The river rose after three days of rain. Farmers moved their animals to higher ground. By morning the water had reached the old stone bridge.",
    "Parents can usually see the records of a young child. Teens may have more privacy under state law. We explain the rules at the first visit.",
    "Psychological assessment frequently incorporates standardized instruments alongside clinical interviews. Interpretation demands considerable professional expertise. Misinterpretation can produce significant consequences for individuals.",
    "If you pay for a visit yourself, you can ask us not to tell your health plan. We will respect that request. Ask us at the front desk.",
    "We shred paper files and delete computer files when we no longer need them. Nobody can read them after that. We keep a log of what we destroyed.",
    "The old man walked slowly down the road. He stopped to look at the sea. Then he turned and went back home for supper.",
    "Contemporary architectural practice increasingly emphasizes environmentally responsible construction methodologies. Practitioners evaluate materials according to sustainability criteria. Innovative designs demonstrate remarkable efficiency.",
    "In group sessions, all members agree to keep what they hear private. We cannot promise that every member will keep that promise. Think about what you want to share.",
    "We may ask another therapist for advice about your care. We leave out your name and other details. This helps us give you better care.",
    "Did you know that sleep helps memory? Most adults need seven to nine hours each night. Try to go to bed at the same time every day!",
    "The library opens early on weekdays. Students gather near the windows to study quietly. Librarians help visitors locate unusual books and articles.",
    "Administrative procedures governing reimbursement eligibility remain extraordinarily complicated. Applicants frequently misunderstand documentation requirements. Professional assistance considerably improves successful outcomes.",
]


def _reference() -> Any:
    """textstat 0.7.4's class, fed our syllable counts and letter counts."""
    pytest.importorskip("pyphen")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            import pkg_resources  # type: ignore  # noqa: F401  (textstat 0.7.4 imports it at the top)
        except ImportError:  # newer setuptools: textstat only uses it for word lists we do not touch
            sys.modules.setdefault("pkg_resources", types.ModuleType("pkg_resources"))
        textstat_module = pytest.importorskip("textstat.textstat")

    class Reference(textstat_module.textstatistics):  # type: ignore[name-defined]
        def syllable_count(self, text: str, lang: str | None = None) -> int:
            return sum(count_syllables(w.text) for w in words(text))

        def char_count(self, text: str, ignore_spaces: bool = True) -> int:
            return int(self.letter_count(text))

    ref = Reference()
    ref.set_rounding(False)
    return ref


@pytest.fixture(scope="module")
def ref() -> Any:
    return _reference()


def test_there_are_enough_texts() -> None:
    """At least 20 texts are compared, with a range of grades."""
    grades = [scores(count(t)).fk_grade_raw for t in TEXTS]  # type: ignore[union-attr]

    assert len(TEXTS) >= 20
    assert min(grades) < 4 and max(grades) > 14


@pytest.mark.parametrize("text", TEXTS, ids=[f"text{i}" for i in range(len(TEXTS))])
def test_formulas_agree_with_textstat(text: str, ref: Any) -> None:
    """FK, FRE, SMOG, ARI and Coleman-Liau agree with textstat within 0.5 on the same counts."""
    c = count(text)
    ours = scores(c)
    assert ours is not None
    # same sentences and words first, or the comparison means nothing
    assert ref.sentence_count(text) == c.sentences
    assert ref.lexicon_count(text) == c.words
    assert ref.syllable_count(text) == c.raw_syllables

    assert abs(ours.fk_grade_raw - ref.flesch_kincaid_grade(text)) <= 0.5
    assert abs(ours.fk_grade_raw - ref.flesch_kincaid_grade(text)) < 1e-6
    assert abs(ours.ari - ref.automated_readability_index(text)) <= 0.5
    letters_per_100 = 100 * c.letters / c.words
    assert abs((ours.coleman_liau - 0.0008 * letters_per_100) - ref.coleman_liau_index(text)) < 1e-6
    if letters_per_100 <= 625:  # ordinary prose; above that the two constants alone differ by more than 0.5
        assert abs(ours.coleman_liau - ref.coleman_liau_index(text)) <= 0.5
    if c.syllables == c.raw_syllables:  # no allowance (policy words, proper names) changed the counts
        assert abs(ours.flesch_reading_ease - ref.flesch_reading_ease(text)) <= 0.5
        assert abs(ours.smog - ref.smog_index(text)) <= 0.5


def test_policy_words_count_as_one_syllable() -> None:
    """Confidentiality and therapist do not push the grade up; the raw grade keeps them."""
    text = "Your therapist keeps your information confidential. We explain confidentiality at the first visit."
    c = count(text)
    s = scores(c)

    assert {"therapist", "information", "confidential", "confidentiality"} <= policy_words()
    assert 4 == c.policy_words
    assert s is not None and s.fk_grade < s.fk_grade_raw - 3


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("We tell Adult Protective Services.", ["Adult", "Protective", "Services"]),
        ("Adult Protective Services may call you.", ["Adult", "Protective", "Services"]),
        ("The Department of Communities and Justice takes reports.", ["The", "Department", "Communities", "Justice"]),
        ("We follow the Terrorism Act 2000 and Colorado law.", ["Terrorism", "Act", "Colorado"]),
        # near misses: an ordinary first word, words in capitals, a sentence with no name
        ("Under California law we must warn.", ["California"]),
        ("Confidentiality matters to us.", []),
        ("WE NEVER SHARE YOUR RECORDS.", []),
        ("I tell HIPAA rules apart.", []),
    ],
)
def test_the_words_of_proper_names(sentence: str, names: list[str]) -> None:
    from policy_lint.plain.readability import name_words
    from policy_lint.plain.text import words

    ws = [w.text for w in words(sentence)]
    assert [w for w, is_name in zip(ws, name_words(ws)) if is_name] == names


def test_proper_names_are_not_hard_words_and_do_not_push_the_grade_up() -> None:
    """Trial 7: "Adult Protective Services", "Department of Communities and Justice" drove PLN001; an ordinary long word still counts."""
    from policy_lint.plain.analysis import TextInfo

    named = "We report abuse to Adult Protective Services or the Department of Communities and Justice."
    plain = "We report abuse to adult protective services or the department of communities and justice."
    a, b = scores(count(named)), scores(count(plain))
    assert a is not None and b is not None and a.fk_grade < b.fk_grade - 3 and a.fk_grade_raw == b.fk_grade_raw
    assert TextInfo(named).hard_words() == []
    assert "communities" in [w.lower() for w in TextInfo(plain).hard_words()]


def test_flesch_kincaid_textbook_value() -> None:
    """FK = 0.39 * words per sentence + 11.8 * syllables per word - 15.59."""
    assert abs(flesch_kincaid(10, 1.5) - (3.9 + 17.7 - 15.59)) < 1e-9


def test_no_words_no_scores() -> None:
    """Empty text has no scores rather than a division by zero."""
    assert scores(count("")) is None
    assert scores(count(" - ")) is None
