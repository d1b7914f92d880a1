"""Blanket promises: a sentence that promises nothing is ever shared, with no exception.

"We never report anything you tell us to anyone", "Nothing you say here
will ever leave this room", "Everything you say stays in this room,
always", "Sessions are 100% confidential" say the opposite of every limit
the law sets. The core reads such a sentence as one topic
(``blanket.topic`` in data/topics.yaml, ``blanket_promise``), said the
opposite way; ``coverage`` makes the limits it contradicts
``contradicted`` at its words. "We are not mandated reporters" says the
opposite of the abuse limits (``blanket.no_duty``).

The data is the ``blanket`` section of data/topics.yaml (classes named
``blanket_*``, found in the same tree of phrases as every other class).
``read`` is called for a sentence only when one of ``blanket.triggers`` is
found in it, so it costs nothing in the many sentences that hold none.

A sentence is a blanket promise in one of three ways:

1. a cue that denies ("never", "nothing", "no one", "under no
   circumstances", "not") reaches an act of telling ("share", "report",
   "disclose", "leave this room"), and the sentence speaks of everything
   ("anything", "what you say", "your information") or of everyone as the
   receiver ("to anyone", "with law enforcement");
2. everything the client says *stays* in a place ("stays in this room",
   "remains between us") or stays private, with words that leave no room
   for an exception ("always", "no matter what"). Without them, "What you
   say here stays here" is a page's welcome, and its limits may follow;
3. a claim of total secrecy ("100% confidential", "complete
   confidentiality") with no word that denies it ("we cannot promise
   complete confidentiality" is the opposite: it tells the truth), or
   confidentiality with no exception ("There are no exceptions to
   confidentiality").

None of them holds where the sentence (or, in ``_read``, another sentence
of the passage) gives an exception ("except", "unless", "other than",
"with the exceptions listed below", "limits"), where it hedges ("almost
always"), where the client is the one who promises or is asked ("group
members agree not to share anything"), where it asks or starts with a
condition ("If ..."), where the client's say-so qualifies it ("never
without your consent", the normal rule) unless words leave no room for
any exception ("no matter what"), or where the receiver is one no limit
touches ("with marketers", "to your employer", "other clients", "we never
sell your data").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["read"]


# Words that, first in a sentence, make it a condition or a comparison ("If nothing ...", "Whether ...").
_CONDITION = ("if", "when", "whenever", "whether", "unless", "should", "although", "though", "while", "even", "does", "do", "is", "are", "can", "will")
# Who the cue is said of when the client makes the promise ("you will never tell anyone").
_CLIENT = ("you", "members", "participants")
_AUX = ("will", "would", "do", "did", "should", "can", "could", "may", "must", "shall", "not", "ever", "to", "agree")
# Receivers that are the speakers or the client ("share it with us", "say to me"): no receiver of note.
_SELF = ("us", "me", "you", "yourself", "we", "i", "them", "him", "her", "it", "one", "another")
# Words that start a named receiver after "with" or "to" ("to your employer", "with other agencies").
_DETERMINERS = ("your", "any", "other", "their", "his", "her", "our", "my", "its", "these", "those", "outside", "anyone", "people", "family", "friends", "parents")
_TO_WORDS = ("with", "to")
# Acts that take the receiver straight after them ("tell anyone", "tell your parents").
_DIRECT = ("tell", "inform", "notify", "let", "alert")
# Negation words (stems are worked out once) that deny a claim of total secrecy.
_DENY = ("not", "no", "never", "nobody", "nothing", "impossible", "cannot", "neither", "nor", "unable", "unrealistic")


@lru_cache(maxsize=1)
def _stems() -> dict[str, frozenset[str]]:
    from policy_lint.meaning._lexicon import lexicon

    st = lexicon().stem
    return {
        name: frozenset(st(w) for w in words)
        for name, words in (
            ("condition", _CONDITION),
            ("client", _CLIENT),
            ("aux", _AUX),
            ("self", _SELF),
            ("determiners", _DETERMINERS),
            ("to", _TO_WORDS),
            ("direct", _DIRECT),
            ("deny", _DENY),
            ("relative", ("that", "which")),
            ("speaker", ("you", "we", "i", "your")),
            ("told", ("you", "client", "clients", "patient", "patients")),
            ("every", _EVERY),
            ("about", ("about", "regarding", "concerning")),
            ("purpose", ("maintain", "protect", "keep", "ensure", "preserve", "safeguard", "respect", "honor", "honour", "guard", "for")),
            ("owner", ("your", "the", "our", "client", "clients", "my")),
            # A copula and an article before an act make it the noun of a class ("is a breach of confidentiality",
            # "would not be a breach"): what counts as a breach, or a sharing allowed, no act denied (tune18a).
            ("copula", ("is", "are", "was", "were", "be", "being", "constitutes", "constitute", "means", "count", "counts")),
            ("info", _INFO),
            # the client's therapy, as whole as their information ("your sessions will never be discussed with anyone")
            ("whole", ("session", "sessions", "therapy", "counselling", "counseling", "conversation", "conversations", "story",
                       "stories", "secret", "secrets", "identity", "case", "treatment", "history", "disclosure", "disclosures",
                       "word", "words", "thought", "thoughts", "feeling", "feelings", "life", "problem", "problems")),
            ("scope", ("apply", "applies", "extend", "extends", "cover", "covers", "include", "includes", "affect", "affects")),
        )
    } | {"walls": frozenset(" ".join(st(w) for w in place.split()) for place in _WALLS)}


def _inside(hit: tuple[int, int], hits: Any) -> bool:
    return any(a <= hit[0] and hit[1] <= b and (a, b) != hit for a, b in hits)


def read(lex: Any, words: list[tuple[str, int, int]], found: dict[str, list[tuple[int, int]]], singles: dict[str, Any], opened: int = 0,
         commas: frozenset[int] = frozenset()) -> "tuple[list[tuple[int, int]] | None, list[tuple[int, int]] | None, bool]":
    """``(promise, no_duty, excepted)`` for one sentence, as the word places that decided.

    ``opened``: where the main clause starts after a leading condition of the client's own way in ("If you have
    referred yourself, ..."), which makes no condition of the promise (``_read._client_path``); 0 otherwise.
    ``commas``: the places of the words a comma comes just before.

    ``promise``: the places of a blanket promise (or None); ``no_duty``: those
    of "we are not mandated reporters", which says the opposite of the abuse
    limits (or None); ``excepted``: whether the sentence gives an exception
    (which, in ``_read``, lifts a promise elsewhere in its passage).
    """
    absolute = list(found.get("blanket_absolute", ()))
    # "Nothing you say will be shared, whatever the law requires": the law's words after "whatever" open no
    # exception; they leave no room for one, as "no matter what" does (fix15, issue 13).
    waived = [h for h in found.get("blanket_except", ()) if h[0] >= 1 and words[h[0] - 1][0] == "whatever"]
    if waived:
        absolute += waived
        found["blanket_absolute"] = absolute
    # "without exception", "no exceptions": no exception and no say-so of the client.
    excepts = [h for h in found.get("blanket_except", ()) if h not in waived and not _inside(h, absolute) and not any(a <= h[0] < b for a, b in absolute)]
    consent = [h for h in found.get("blanket_consent", ()) if not any(a <= h[0] < b for a, b in absolute)]
    excepted = bool(excepts)
    if not any(c in found for c in lex.blanket_triggers):
        return None, None, excepted
    s = _stems()
    stems = [w[0] for w in words]
    n = len(stems)
    _assured(stems, found)
    if opened and "blanket_client" in found:
        # "If you have referred yourself, ...": the client's words of the condition are the client's way in, no promise
        # the client makes
        kept = [h for h in found["blanket_client"] if h[0] >= opened]
        if kept:
            found["blanket_client"] = kept
        else:
            del found["blanket_client"]
    if not n or (stems[0] in s["condition"] and not opened) or excepted or "blanket_client" in found or "blanket_hedge" in found:
        return None, None, excepted
    stated = {t for t, st in singles.items() if st.stance != "vague"}
    no_duty = _no_duty(lex, stems, found, stated)
    if no_duty:
        return None, no_duty, excepted
    if stated & lex.core:
        return None, None, excepted  # the sentence names a limit or a duty: the core has read it
    if "blanket_scoped" in found:
        return None, None, excepted  # "with marketers", "we never sell your data"
    held = bool(absolute) or "blanket_total" in found
    if consent and not held:
        return None, None, excepted  # "we never share it without your consent": the normal rule
    pieces = _denied(lex, stems, found, s, words, commas) or _stays(found, held, stems) or _total(stems, found, s, words) or _no_exception(stems, found)
    if pieces is None:
        return None, None, excepted
    return pieces, None, excepted


def _assured(stems: list[str], found: dict[str, Any]) -> None:
    """Take out of ``found`` the client's words ("you can", "please") that only tell the client what they can count on
    ("You can expect that what you discuss will not be shared with anyone", "you can be sure that nothing ...", "Please
    rest assured that ..."): the promise is ours, told to the client, not the client's own act (blanket33). Not where
    "to" follows ("You can expect to be asked not to share anything": the client acts)."""
    wraps = [(a, b) for a, b in found.get("blanket_assured", ()) if b >= len(stems) or stems[b] != "to"]
    # "No one would know you have attended": the client's words are what is known, the object of the act
    acts = [b for _, b in found.get("blanket_act", ()) if b < len(stems) and stems[b - 1] in ("know", "knew", "known", "find", "hear", "heard")]
    wraps += [(b, b + 3) for b in acts] + [(b + 1, b + 4) for b in acts if stems[b] == "that"]
    # "anything you have told us": the client's words are what is kept, the subject of what is said
    ev = _stems()["every"] | {"what", "noth"}
    wraps += [(b, b + 3) for a, b in found.get("blanket_all", ()) if b - a == 1 and stems[a] in ev]
    if "blanket_client" not in found:
        return
    kept = [h for h in found["blanket_client"] if not any(a <= h[0] and h[1] <= b for a, b in wraps)]
    if kept:
        found["blanket_client"] = kept
    else:
        del found["blanket_client"]


def _no_duty(lex: Any, stems: list[str], found: dict[str, Any], stated: set[str]) -> "list[tuple[int, int]] | None":
    """"We are not mandated reporters", "we do not have to report": the opposite of the abuse limits,
    where the sentence names no group (the core reads "we do not have to report child abuse")."""
    hits = found.get("blanket_noduty")
    if not hits or stated & set(lex.blanket_no_duty):
        return None
    s = _stems()
    n = len(stems)
    for i, j in hits:
        if i > 0 and stems[i - 1] in s["client"]:
            continue
        ends = j >= n or stems[j] in ("in", "under", "and", "so", "becaus", "since", "here") or any(a == j for a, _ in found.get("blanket_all", ()))
        if not ends:
            continue  # "we are not required to report past crimes": a narrower promise, often true
        return [(i, j)]
    return None


def _denied(lex: Any, stems: list[str], found: dict[str, Any], s: dict[str, frozenset[str]], words: Any = (), commas: frozenset[int] = frozenset()) -> "list[tuple[int, int]] | None":
    """A cue that denies reaches an act of telling, about everything or to everyone. An act a comma follows ("may never
    reveal, without your permission, even the fact that you are a client, let alone any information about you, to
    anyone") has its object and receiver after the asides: they are looked for to the end of the sentence (blanket33)."""
    cues = found.get("blanket_neg")
    if not cues:
        return None
    acts = found.get("blanket_act", ())
    laws = found.get("blanket_report_laws")
    if laws:
        # "Nothing in this notice replaces the state reporting laws": the laws' name is no act of telling
        acts = [h for h in acts if not any(a <= h[0] < b for a, b in laws)]
    leaves = found.get("blanket_leave", ())
    rooms = found.get("blanket_room", ())
    n = len(stems)
    parties = found.get("blanket_party", ())
    narrow = found.get("blanket_narrow", ())
    # "anything that would identify you" is narrower than anything ("anything that you say" is not).
    # "What you say about your parents" is narrower than what you say ("anything about you" or
    # "about your treatment" is not).
    alls = found.get("blanket_all", ())
    everything = [
        h
        for h in alls
        if not (
            h[1] < n
            and (
                (stems[h[1]] in s["relative"] and (h[1] + 1 >= n or stems[h[1] + 1] not in s["speaker"]))
                or (stems[h[1]] == "about" and not (h[1] + 1 < n and (stems[h[1] + 1] in s["self"] or any(a == h[1] + 1 for a, _ in alls))))
            )
        )
    ]
    reach = lex.blanket_reach
    for ci, cj in cues:
        if ci > 0 and (stems[ci - 1] in s["client"] or (ci > 1 and stems[ci - 1] in s["aux"] and stems[ci - 2] in s["client"])):
            return None  # "you will never have to tell anyone": the client is the one who does it
        # The act: after the cue, within reach; or just before "nothing", "no one" ("tell no one").
        # Not the client's own act ("Nothing you say ...", "what you tell us").
        act = next(((k, m) for k, m in acts if cj <= k <= cj + reach and not any(a <= k < b for a, b in everything) and stems[k - 1] not in s["client"]
                    and not _classed(stems, words, k, s) and not (m < n and stems[m] in _THING_AFTER)), None)
        if act is None:
            act = next(((k, m) for k, m in acts if m <= ci and ci - m <= 2 and stems[ci] in ("noth", "no", "nobody")), None)
        leave = next(((k, m) for k, m in leaves if cj <= k <= cj + reach and any(m <= r <= m + 2 for r, _ in rooms)), None)
        if act is not None and any(stems[q] in s["scope"] for q in range(cj, act[0])):
            # "This does not apply to reports to the police", "The rule does not cover disclosures to a court": the cue
            # denies where a rule reaches, not the telling (review24: it read every limit contradicted)
            act = None
        if act is None and leave is None:
            continue
        if leave is not None and (act is None or leave[0] < act[0]):
            room = next((r, e) for r, e in rooms if leave[1] <= r <= leave[1] + 2)
            subject = next((h for h in everything if h[1] <= leave[0]), None)
            if subject is not None:
                return [(ci, cj), subject, leave, room]
            continue
        assert act is not None
        k, m = act
        if any(stems[q] in s["direct"] and q + 1 < n and stems[q + 1] in s["told"] for q in range(cj, m)):
            # "We are not required to notify you each time we disclose your information": the cue
            # turns round telling the client, not the disclosure (docs/coverage.md, "How it reads", 9).
            continue
        # The receivers: after "with" or "to", or straight after "tell".
        open_party: tuple[int, int] | None = None
        named = False
        far = n if m in commas else 0  # the object and receiver after asides set off by commas
        slots = [q + 1 for q in range(m, min(n, max(m + 9, far))) if stems[q] in s["to"]]
        if stems[k] in s["direct"] and m < n:
            slots.insert(0, m)
        for r in slots:
            if r >= n or stems[r] in s["self"]:
                continue
            party = next(((a, b) for a, b in parties if a in (r, r + 1)), None)
            if party is not None and not any(a == party[1] for a, _ in narrow):
                open_party = open_party or party
            elif party is not None or stems[r - 1] == "with" or stems[r] in s["determiners"]:
                named = True  # "with marketers", "to your employer", "anyone who calls"
        if named and open_party is None:
            continue
        # Everything: the subject, just before the cue ("Nothing you say", "What you tell us will never"),
        # or the thing the act lets out, just after it ("share anything", "disclose your information").
        # What a purpose clause keeps is no subject: in "To maintain confidentiality, I will not share my
        # login with anyone" the thing not shared is the login (a real form's line, real3).
        thing = next((h for h in everything if (h[1] <= ci + 1 and ci - h[1] <= 6 and h[0] <= ci and not _kept(stems, h[0], s)) or (m <= h[0] <= max(m + 5, far))), None)
        if thing is not None:
            return [(ci, cj), (k, m), thing] + ([open_party] if open_party else [])
        if open_party is not None and open_party[0] - m <= 1 and not _narrow_subject(found, ci) and not _owned_other(stems, ci, s):
            # "We never tell anyone", "never report to anyone": nothing narrower is said to be shared
            # ("I never report clients to the police for using drugs" is narrower).
            return [(ci, cj), (k, m), open_party]
        kinds = _kinds_told(stems, found, m, open_party[0], s) if open_party is not None else None
        if kinds is not None and open_party is not None and not _narrow_subject(found, ci):
            return [(ci, cj), (k, m), kinds, open_party]
    return None


#: Nouns that make the act's word part of a thing's name ("doesn't go on your report card"): no act of telling (blanket33).
_THING_AFTER = frozenset({"card", "cards"})


#: Nouns that name what a practice holds of a client, as the thing told ("disclose client information to anyone").
_INFO = ("information", "records", "record", "data", "details", "notes", "files", "file")


def _kinds_told(stems: list[str], found: dict[str, Any], m: int, party: int, s: dict[str, frozenset[str]]) -> "tuple[int, int] | None":
    """Whether the words between the act (ending at ``m``) and the receiver at ``party`` name the client's information
    by its kinds ("I will never disclose contact, personal, or treatment information for any reason to any person",
    real20): everything, as "your information" is. One narrow kind ("your contact information", "your email address")
    or information about something else ("information about our fees") is not."""
    gap = range(m, party)
    nouns = [q for q in gap if stems[q] in s["info"]]
    if not nouns or len(gap) > 14 or any(m <= a < party for a, _ in found.get("blanket_item", ())):
        return None
    if any(stems[q] in s["about"] or stems[q] in s["relative"] or stems[q] in ("of", "on") for q in gap):
        return None
    return (nouns[0], nouns[0] + 1)


def _narrow_subject(found: dict[str, Any], ci: int) -> bool:
    """Whether what is not shared is one narrow kind of data, named before the cue ("Your email address will not be
    shared with anyone", "Session recordings are never passed to anyone"): a promise about that data alone."""
    items = [b for _, b in found.get("blanket_item", ()) if b <= ci and ci - b <= 12]
    # "Recordings are deleted after supervision and are never shared": the item is still the subject; "We keep
    # recordings safe, and your information is never shared with anyone" names everything after it
    return bool(items) and not any(max(items) <= a < ci for a, _ in found.get("blanket_all", ()))


def _owned_other(stems: list[str], ci: int, s: dict[str, frozenset[str]]) -> bool:
    """Whether the subject before the cue is one thing of the client's that is neither their information nor their
    therapy ("Your name will not be shared with anyone in the group", "Your enquiry will not be shared with anyone"): a
    promise about that thing alone, as ``_narrow_subject``'s named kinds are. "Your personal information", "your
    records", "your counselling sessions" are everything (lead, session 19)."""
    # the first "your" of the subject, not a later one inside it ("Your conversations with your counsellor will never be
    # shared with anyone" is the client's therapy, not their counsellor; "Your feedback on your sessions" is feedback)
    at = next((q for q in range(max(0, ci - 8), ci) if stems[q] == "your"), None)
    if at is None or at + 1 >= ci:
        return False
    head = next((q for q in range(at + 1, ci) if stems[q] in _OF_WORDS), ci)
    return not any(stems[q] in s["info"] or stems[q] in s["whole"] for q in range(at + 1, head))


#: Words that end the head of a subject ("your conversations with your counsellor", "your feedback on your sessions").
_OF_WORDS = frozenset({"with", "about", "on", "of", "from", "to", "for", "in", "at", "by"})


def _classed(stems: list[str], words: Any, k: int, s: dict[str, frozenset[str]]) -> bool:
    """Whether the act at ``k`` is the noun a copula gives its subject ("Talking about you with people not involved
    is a breach of confidentiality", "Sharing it with your doctor is not a breach"): a class named, no act denied.
    The article is no word of ``stems``: a short word left out just before the act shows it ("is not a breach",
    never "are not shared")."""
    if k < 1 or len(words) <= k or not 2 < words[k][1] - words[k - 1][2] <= 5:
        return False
    q = k - 1
    if stems[q] in s["deny"] and q > 0:
        q -= 1  # "is not a breach"
    # "There will never be a disclosure of anything you say": an act that never happens, denied
    return stems[q] in s["copula"] and not {"there", "ther"} & set(stems[max(0, q - 4):q])


def _kept(stems: list[str], a: int, s: dict[str, frozenset[str]]) -> bool:
    """Whether the words at ``a`` are what a purpose clause keeps ("to maintain confidentiality",
    "to protect your privacy", "for confidentiality reasons"): the aim of the sentence, not its subject."""
    if a > 0 and stems[a - 1] in s["purpose"]:
        return _aim(stems, a - 1)
    return a > 1 and stems[a - 1] in s["owner"] and stems[a - 2] in s["purpose"] and _aim(stems, a - 2)


def _aim(stems: list[str], v: int) -> bool:
    """Whether the purpose word at ``v`` opens a purpose clause: "for", or a verb after "to" ("to maintain"). The
    sentence's own verb keeps what it names: "We keep your information safe and never share it with anyone" is
    a blanket promise (review14: it read as no promise)."""
    return stems[v] == "for" or (v > 0 and stems[v - 1] == "to")


#: Words that say every word of the client, with no room for an exception ("Everything you say ... stays here").
_EVERY = ("everything", "anything", "whatever")
#: The places a room's walls close ("stays here", "in this room"); "between us" is a welcome even after "everything".
_WALLS = ("here", "this room", "these walls", "these four walls")


def _stays(found: dict[str, Any], held: bool, stems: list[str]) -> "list[tuple[int, int]] | None":
    """Everything the client says stays in a place ("stays in this room"), or stays private, no matter what.

    "Everything you say in my office stays here" says every word stays in the room: held as "always" is
    ("What you say here stays here" and "Everything you tell me remains between us" are a welcome, and
    "Everything you say is kept private" the normal promise)."""
    everything = found.get("blanket_all")
    stays = found.get("blanket_stay")
    if not everything or not stays:
        return None
    rooms = found.get("blanket_room", ())
    private = found.get("blanket_private", ())
    for a, b in everything:
        for k, m in stays:
            if k < b:
                continue
            room = next(((r, e) for r, e in rooms if m <= r <= m + 4), None)
            if room is not None and (held or _every_word(stems, a, b, k, room)):
                # Only with words that leave no room for an exception: "What you say here stays
                # here" is a page's welcome, and its limits may follow; "..., always" is a promise.
                return [(a, b), (k, m), room]
            if held:
                kept = next(((r, e) for r, e in private if m <= r <= m + 4), None)
                if kept is not None:
                    return [(a, b), (k, m), kept]
    # "We keep everything you say confidential, no matter what": the act first, then everything.
    if held:
        for k, m in stays:
            thing = next(((a, b) for a, b in everything if m <= a <= m + 2), None)
            kept = next(((r, e) for r, e in found.get("blanket_private", ()) if thing and thing[1] <= r <= thing[1] + 4), None)
            if thing is not None and kept is not None:
                return [(k, m), thing, kept]
    return None


def _every_word(stems: list[str], a: int, b: int, k: int, room: tuple[int, int]) -> bool:
    """Every word of the client ("Everything you say", not "anything you say about your grandchildren") stays
    here or in this room (not "between us")."""
    s = _stems()
    if stems[a] not in s["every"] or " ".join(stems[room[0] : room[1]]) not in s["walls"]:
        return False
    # "anything that could identify you" is narrower ("anything that you say" is not), as in ``_denied``
    return not any(stems[q] in s["about"] or (stems[q] in s["relative"] and (q + 1 >= k or stems[q + 1] not in s["speaker"])) for q in range(b, k))


#: Words that point at exceptions named elsewhere ("no other exceptions", "beyond those listed above").
_BACK = frozenset({"other", "beyond", "outsid", "abov", "these", "those", "thes", "thos", "listed", "list", "describ", "mention", "such",
                   "els", "addit", "additional", "further", "more", "mor", "previou", "previous", "follow", "below", "named", "nam",
                   "apart", "asid"})
#: What "no exceptions" is said of: confidentiality or privacy, or what is kept private.
_KEPT = frozenset({"confidentiality", "privacy", "confidential", "privat", "secret"})


#: The verbs a claim of total secrecy may open with ("is absolute"): then it needs what it is said of before it.
_IS = frozenset({"is", "are", "remain", "be"})
#: What confidentiality has none of in a claim of total secrecy ("no exceptions", "no limits to confidentiality").
_NONE_OF = frozenset({"exception", "except", "limit", "limitation"})


def _no_exception(stems: list[str], found: dict[str, Any]) -> "list[tuple[int, int]] | None":
    """Confidentiality with no exception ("There are no exceptions to confidentiality", "Everything is kept private,
    without exception"): a claim of total secrecy, as "complete confidentiality" is (fix14). "No exceptions" said of
    anything else ("No exceptions are made for late cancellations") is no promise."""
    if any(st in _BACK for st in stems):
        return None  # "In all other cases, there are no exceptions", "... beyond those listed above": the rest only
    for a, b in found.get("blanket_absolute", ()):
        if any(st in _NONE_OF for st in stems[a:b]):
            kept = next(((q, q + 1) for q, st in enumerate(stems) if st in _KEPT), None)
            if kept is not None:
                return [(a, b), kept]
    return None


#: The client's own tools: a claim of total secrecy they give is what the client gets from them, no promise of ours.
_TOOLS = ("software", "app", "apps", "application", "applications", "device", "devices", "computer", "laptop", "phone",
          "smartphone", "tablet", "password", "passwords", "browser", "vpn", "encryption", "encrypt", "encrypting",
          "headphones", "wifi", "firewall", "antivirus", "program", "programs")
#: Words of advice to the client ("I recommend", "Consider ...", "make sure").
_ADVISE = ("recommend", "suggest", "advise", "encourage", "urge", "consider", "sure")
#: Verbs that, first in a sentence, tell the client what to do with their tools ("Use a password ...").
_DO = ("use", "install", "choose", "keep", "lock", "clear", "close", "set", "turn", "try", "download", "encrypt",
       "log", "sign", "protect", "avoid", "check", "delete", "consider", "make", "be")
#: Words of what the client says, in a claim of everything kept ("everything you say", "what you tell us").
_WORDS = ("everything", "anything", "whatever", "say", "said", "tell", "told", "share", "shared", "discuss", "discussed", "disclose")
#: Words of the practice as the one who keeps secrets ("we", "our") and of the client as the one who acts.
_OURS = ("we", "our", "us", "ours", "i", "my", "me")


@lru_cache(maxsize=1)
def _advice_stems() -> dict[str, frozenset[str]]:
    from policy_lint.meaning._lexicon import lexicon

    st = lexicon().stem
    return {name: frozenset(st(w) for w in words) for name, words in (("tools", _TOOLS), ("advise", _ADVISE), ("do", _DO), ("ours", _OURS), ("words", _WORDS))}


def _advice(stems: list[str], found: dict[str, Any]) -> bool:
    """Whether a claim of total secrecy is advice about the client's own tools ("Consider Cryptainer, free software that
    allows you to secure your data and ensure absolute privacy", "Use a password-protected device for complete
    privacy"): what the client's software or device gives them, no promise of what we keep or share (real25: it read
    every limit contradicted). A tool must be named, and the sentence must advise ("we recommend", "make sure", a verb
    first that tells the client what to do) or have the client act with no word of ours ("you can", "your own").
    "Our video platform keeps your sessions completely confidential", "We use encryption software, and your sessions
    are 100% confidential" and "Everything you say is completely confidential" stay promises."""
    a = _advice_stems()
    if not any(st in a["tools"] for st in stems):
        return False
    if any(stems[q] in a["words"] for h in found.get("blanket_all", ()) for q in range(*h)):
        return False  # "Everything you say on the app is completely confidential": the client's words kept, a promise
    if any(st in a["advise"] for st in stems) or stems[0] in a["do"]:
        return True
    client = "you" in stems or "yourself" in stems or any(stems[q] == "your" and stems[q + 1] == "own" for q in range(len(stems) - 1))
    return client and not any(st in a["ours"] for st in stems)


#: Verbs of someone's need or wish whose object a claim of total secrecy may be ("jobs requiring total
#: confidentiality", "a career that demands complete privacy"), and the two-word ones ("call for", "depend on").
_NEED = ("require", "requires", "required", "requiring", "need", "needs", "needing", "demand", "demands", "demanding",
         "want", "wants", "wanting", "seek", "seeks", "seeking", "crave", "craves", "desire", "desires")
_NEED_TWO = (("call", "for"), ("calls", "for"), ("calling", "for"), ("depend", "on"), ("depends", "on"),
             ("depending", "on"), ("ask", "for"), ("asks", "for"), ("wish", "for"), ("insist", "on"), ("insists", "on"))
#: What a need may be said to be of a claim that a place or post asks for ("professions where complete privacy is
#: essential").
_NEEDED = ("essential", "vital", "crucial", "necessary", "needed", "required", "paramount", "expected", "demanded")
#: Words that start a clause of its own between the practice and a need ("our clients hold jobs that require").
_RELATIVE = ("that", "which", "who", "whose", "where")


@lru_cache(maxsize=1)
def _need_stems() -> dict[str, Any]:
    from policy_lint.meaning._lexicon import lexicon

    st = lexicon().stem
    return {"need": frozenset(st(w) for w in _NEED), "two": frozenset((st(a), st(b)) for a, b in _NEED_TWO),
            "needed": frozenset(st(w) for w in _NEEDED), "relative": frozenset(st(w) for w in _RELATIVE),
            "ours": frozenset(st(w) for w in ("we", "our", "i", "my")), "after": frozenset(st(w) for w in ("we", "i")),
            "then": frozenset(st(w) for w in ("and", "so", "but", "what", "which", "that", "this", "here")),
            "lead": frozenset(st(w) for w in ("because", "since", "as", "for", "if", "given", "whatever", "when", "where", "while")),
            "refuse": frozenset(st(w) for w in ("not", "never", "cannot", "can't", "don't", "won't", "no")), "is": _IS | {"be", "is", "are", "was", "were"},
            "join": frozenset({"or", "and"}), "where": frozenset({st("where"), st("whose"), "which"})}


def _someones_need(stems: list[str], a: int, b: int, words: "list[tuple[str, int, int]] | None" = None) -> bool:
    """Whether the claim of total secrecy at ``a:b`` is what someone needs or wants, no promise of ours: the object of a
    verb of need ("positions requiring security clearances or total confidentiality", "jobs that demand absolute
    privacy", "a career that depends on total secrecy"; real28: a page that tells the client about their own concerns
    read every limit contradicted), also after a noun joined by "or" or "and", or what a place asks for ("professions
    where complete privacy is essential"). The need is ours ("We require total confidentiality of ourselves", "Our
    work requires complete confidentiality") where "we", "our", "I" or "my" is among the three words before its verb
    with no clause of its own between, or where a clause of ours follows the claim ("..., and we provide it", "..., so I keep
    it"); then it stays a promise. A mark between the verb and the claim ("Whatever your job demands, total confidentiality
    is what we offer": the words hold offsets only, so a gap wider than one space) leaves it a promise too."""
    n = _need_stems()
    if any(stems[q] in n["after"] and stems[q - 1] in n["then"] for q in range(b, len(stems))):
        return False  # "Therapy requires total confidentiality, and we provide it": a clause of ours after the need
    if (words is not None and b < len(stems) and stems[b] in n["after"] and stems[0] in n["lead"]
            and words[b][1] - words[b - 1][2] > 1 and not any(st in n["refuse"] for st in stems[b + 1 : b + 4])):
        # "Because your job requires total confidentiality, we guarantee it": the need in a leading clause, ours the
        # main clause just after it (review33); not "..., we cannot promise it"
        return False
    # what a place asks for: "where" + the claim + "is" + a word of need
    if a >= 1 and stems[a - 1] in n["where"] and b + 1 < len(stems) and stems[b] in n["is"] and stems[b + 1] in n["needed"]:
        return True
    starts = [a]
    if a >= 1 and stems[a - 1] in n["join"]:
        # "security clearances or total confidentiality": the claim joined to a noun or two before it
        starts += range(a - 2, max(0, a - 4) - 1, -1)
    for v0 in starts:
        v = v0 - 1
        if v < 0:
            continue
        if stems[v] in n["need"]:
            pass
        elif v >= 1 and (stems[v - 1], stems[v]) in n["two"]:
            v -= 1
        else:
            continue
        if words is not None and any(words[q + 1][1] - words[q][2] > 1 for q in range(v, a)):
            return False  # a comma or another mark between the need and the claim: no object of the need
        before = stems[max(0, v - 3) : v]
        last_rel = max((i for i, st in enumerate(before) if st in n["relative"]), default=-1)
        if any(st in n["ours"] for st in before[last_rel + 1 :]):
            return False
        return True
    return False


def _total(stems: list[str], found: dict[str, Any], s: dict[str, frozenset[str]], words: "list[tuple[str, int, int]] | None" = None) -> "list[tuple[int, int]] | None":
    """A claim of total secrecy that no word denies ("Sessions are 100% confidential")."""
    total = found.get("blanket_total")
    # "is absolute" says it of confidentiality or privacy only a few words before ("Confidentiality here is
    # absolute"), not of anything else ("Our commitment to you is absolute") (review24)
    total = [(a, b) for a, b in total or () if stems[a] not in _IS or any(st in _KEPT for st in stems[max(0, a - 5) : a])]
    # "jobs requiring total confidentiality": someone's need, no promise of ours (gate32)
    total = [(a, b) for a, b in total if not _someones_need(stems, a, b, words)]
    if not total or _advice(stems, found):
        return None
    # the "no" of "no matter what" denies nothing ("Your secrets are safe with me no matter what") (redteam14)
    sure = [(a, b) for a, b in found.get("blanket_absolute", ())]
    if "blanket_neg" in found or any(st in s["deny"] and not any(a <= q < b for a, b in sure) for q, st in enumerate(stems)):
        return None  # "we cannot promise complete confidentiality" tells the truth
    return [total[0]]
