"""The audit matrix: clinics by requirements, as plain data.

Nothing here reads files or prints. ``build_audit`` takes the result of
linting each clinic's policy and the rules of the pack, and returns an
``Audit`` that every renderer (HTML, Markdown, CSV, JSON) reads.

Which rules are columns is decided by the pack, not by this module:

* a rule tagged ``requirement`` is a column;
* so is every rule whose kind starts with ``coverage.`` (the required limits
  COV*, the duty to tell clients NOT*, and the other required parts DOC*);
* so is the reading grade of the whole policy (kind
  ``plain.policy_readability``), when the pack has it;
* the base pack tags two rules that forbid something ``requirement``: a
  promise of total secrecy (COV008, "No blanket promise") is one gap in its
  own column, never one in each limit it speaks against; template text
  (TXT001, "No template text") means the policy is not finished.

A clinic "meets every requirement" (``Clinic.complete``, said in words by
``COMPLETE_MEANS``) when it was checked and no column shows a gap or "not
checked". A column whose only active findings are info (the clinic's place
allows it but does not make it a duty) is "not a duty here", never a gap.

A rule tagged ``not-requirement`` is never a column. Findings of every other
rule (placeholders, wording, schema problems) are listed per clinic under
"Other findings", but they are not columns.

One more column, "Law of the place" (``LAW_COLUMN``), gathers the findings
of the rules of each clinic's place (kinds ``jurisdiction.topic`` and
``jurisdiction.force``: a duty the state's law sets that the policy leaves
out, a "must" where the law says "may"), at the error and warning levels.
Each clinic is checked against its own place's pack, so one column stands
for all of them. It says "not checked" when the place's own pack did not
check the clinic (its place is not known, or the run used the pack of
another place): a clinic is never shown as meeting its place's law when
nothing checked it. A known place that policy-lint has no pack for (Ohio,
Colorado, Ireland) says "no pack for this place" instead: the clinic was
checked against the pack of its country (us) or the rules for every policy
(base), and that is all anyone can check with policy-lint. It is not a gap
and does not stop the clinic from meeting every requirement, but the
verdict and the summary name the place whose own law was not checked.
"""

from __future__ import annotations

import enum
import hashlib
from pathlib import PurePath
from typing import Any, Iterable, Sequence

from policy_lint.findings import INTERNAL_ERROR, FileResult, Finding, Severity
from policy_lint.rules.base import RuleSpec
from policy_lint.values import Frozen, _set

__all__ = [
    "BY_PLACE_COLUMNS",
    "BY_PLACE_INTRO",
    "BY_PLACE_TITLE",
    "Status",
    "COMPLETE_MEANS",
    "COMPLETE_MEANS_ONE",
    "COVERAGE_WORDS",
    "NO_PACK_MEANS",
    "DETAIL_MEANS",
    "Requirement",
    "Cell",
    "ClinicInput",
    "Place",
    "Clinic",
    "ColumnTotal",
    "SummaryLine",
    "Audit",
    "is_requirement",
    "column_label",
    "requirements_of",
    "build_audit",
    "anchor",
    "LAW_COLUMN",
    "LAW_KINDS",
    "law_rules",
    "cites_of",
    "plural",
]

#: Kinds that judge the policy as a whole, and so are columns too.
DOCUMENT_KINDS = frozenset({"plain.policy_readability"})

#: The kind of a promise of total secrecy (COV008): one finding, in its own column, never one per limit.
BLANKET_KINDS = frozenset({"limits.blanket"})

#: Headings of the columns of rules that forbid something (the base pack tags them ``requirement``), by rule name: the heading says what passes.
FORBIDDING_LABELS = {"blanket-promise": "No blanket promise", "placeholder-text": "No template text"}

#: Headings of columns that one of several topics meets, where the rule's name names only one (COV005 asks for a court order *or* another law).
ONE_OF_LABELS = {"court-order-missing": "Court order or law"}

#: The words a cell uses for the topic that met a column that one of several topics can meet ("✓ stated, by another law").
TOPIC_WORDS = {
    "court_order": "a court order",
    "required_by_law": "another law",
    "harm_to_others": "harm to others",
    "duty_to_warn": "a duty to warn",
    "before_disclosure": "telling before",
    "after_disclosure": "telling after",
}

#: What each word of a required limit or duty means, for the legend of every report (docs/coverage.md).
COVERAGE_WORDS = (
    ("stated", "the policy's words say it."),
    ("vague", "only general words point at it, such as \"a serious threat to health or safety\". It is a gap: policy-lint warns (LIM004) or reports it missing. It is not a gap only where the pack for the clinic's place accepts the words, and the cell then says so."),
    ("contradicted", "some words say the opposite. It is a gap."),
    ("missing", "no words say it. It is a gap."),
)

#: What "○ no pack for this place" means, for the legend of every report.
NO_PACK_MEANS = (
    "policy-lint has no rule pack for the law of the clinic's place, such as Ohio. "
    "It checked the clinic against the pack of its country or the rules for every policy. "
    "It is not a gap, but you need to check the law of that place yourself."
)

#: What the small text under a word means.
DETAIL_MEANS = (
    "Some cells add a few words to the word. "
    "\"By another law\" (or a duty to warn, or telling after) names the topic that met a requirement that any of several topics can meet. "
    "\"The gb pack counts its words\" means the words are general, but the pack for the clinic's place accepts them. "
    "\"Only in 2 limits\" means a duty is said for some limits, not for all."
)

_BLANKET_NOTE = "The policy does not state this limit anywhere, and its promise of total secrecy says the opposite. See {label} ({id})."

#: Kinds of the rules of a place's law (the jurisdiction packs): together, one column.
LAW_KINDS = frozenset({"jurisdiction.topic", "jurisdiction.force"})

#: The id of the column for the law of each clinic's place.
LAW_COLUMN = "JUR"

#: The words of the "Clinics by jurisdiction" table, the same in every format (``audit.groups`` holds its rows).
BY_PLACE_TITLE = "Clinics by jurisdiction"
BY_PLACE_INTRO = "Each clinic is checked against the rule pack for its place, on top of the rules for every policy."
BY_PLACE_COLUMNS = ("Jurisdiction", "Checked against", "Clinics", "With gaps")

#: The levels of a place's law finding that make the column fail (info stays an other finding).
_LAW_LEVELS = frozenset({Severity.ERROR, Severity.WARNING})


class Status(enum.Enum):
    """The state of one requirement for one clinic."""

    PASS = "pass"
    FAIL = "fail"
    SUPPRESSED = "suppressed"
    UNCHECKED = "not checked"
    #: The clinic's place does not make it a duty: its pack turns the finding into info (COV004 in New South Wales).
    NOT_REQUIRED = "not a duty here"
    #: policy-lint has no pack for the law of the clinic's place (Ohio): it checked the country's pack or the base rules only.
    NO_PACK = "no pack for this place"

    @property
    def symbol(self) -> str:
        """A symbol, so that colour is never the only signal."""
        return _SYMBOLS[self]

    @property
    def word(self) -> str:
        """The word shown next to the symbol."""
        return self.value


_SYMBOLS = {Status.PASS: "✓", Status.FAIL: "✗", Status.SUPPRESSED: "~", Status.UNCHECKED: "?", Status.NOT_REQUIRED: "–", Status.NO_PACK: "○"}

#: What "meets every requirement" means in a report for one clinic (``Audit.single``).
COMPLETE_MEANS_ONE = (
    "The clinic meets every requirement when no row of the table shows a gap (✗) or \"not checked\" (?). "
    "A requirement its place does not make a duty (– not a duty here) is not a gap. "
    "A place policy-lint has no pack for (○ no pack for this place) is not a gap either. "
    "But the law of that place was not checked, and the report names the place. "
    "Other findings, such as hard words or template text, are not rows of the table: they are counted apart."
)

#: What "meets every requirement" means, in the words every report prints.
COMPLETE_MEANS = (
    "A clinic meets every requirement when no column of the table shows a gap (✗) or \"not checked\" (?). "
    "A requirement its place does not make a duty (– not a duty here) is not a gap. "
    "A place policy-lint has no pack for (○ no pack for this place) is not a gap either. "
    "But the law of that place was not checked, and the report names the place. "
    "Other findings, such as hard words or template text, are not columns: they are counted apart."
)


def anchor(*parts: str) -> str:
    """An HTML/Markdown id made from a hash, so no policy text ever lands in it."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return f"c{digest[:12]}"


def is_requirement(rule: RuleSpec) -> bool:
    """True when the pack makes this rule a column of the audit."""
    tags = {t.lower() for t in rule.tags}
    if "not-requirement" in tags or rule.kind in LAW_KINDS:
        return False
    return "requirement" in tags or rule.kind.startswith("coverage.") or rule.kind in DOCUMENT_KINDS


def column_label(rule: RuleSpec) -> str:
    """A short heading for a rule's column, made from its name.

    ``harm-to-self-missing`` becomes "Harm to self". The reading grade of the
    whole policy is "Reading grade".
    """
    if rule.kind in DOCUMENT_KINDS:
        return "Reading grade"
    if rule.name in FORBIDDING_LABELS:
        return FORBIDDING_LABELS[rule.name]
    if rule.name in ONE_OF_LABELS and len(topics_of_rule(rule)) > 1:
        return ONE_OF_LABELS[rule.name]
    words = rule.name.split("-")
    if len(words) > 1 and words[-1] == "missing":
        words = words[:-1]
    text = " ".join(words).strip() or rule.id
    return text[:1].upper() + text[1:]


def topics_of_rule(rule: RuleSpec) -> tuple[str, ...]:
    """The topics a rule asks for (any one meets it), or ()."""
    from policy_lint.rules.kinds.meaning import topics_required_by

    return topics_required_by(rule)


class Requirement(Frozen):
    """One column: a rule of the pack.

    ``topics`` are the coverage topics of a required limit or duty (any one
    of them meets it); () for the other columns.
    """

    __slots__ = ("id", "name", "label", "summary", "severity", "kind", "topics")
    id: str
    name: str
    label: str
    summary: str
    severity: Severity
    kind: str
    topics: tuple[str, ...]

    def __init__(self, id: str, name: str, label: str, summary: str, severity: Severity, kind: str, topics: tuple[str, ...] = ()) -> None:
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "label", label)
        _set(self, "summary", summary)
        _set(self, "severity", severity)
        _set(self, "kind", kind)
        _set(self, "topics", tuple(topics))

    @classmethod
    def from_rule(cls, rule: RuleSpec) -> "Requirement":
        """Make a column from a pack rule."""
        from policy_lint.rules.kinds.meaning import topics_required_by

        return cls(rule.id, rule.name, column_label(rule), rule.summary, rule.severity, rule.kind, topics_required_by(rule))


def requirements_of(rules: Iterable[RuleSpec]) -> tuple[Requirement, ...]:
    """The columns of the audit, in the pack's (ID) order, then the law of the place when some pack has rules for it."""
    rules = list(rules)
    columns = [Requirement.from_rule(r) for r in rules if is_requirement(r)]
    law = [r for r in rules if r.kind in LAW_KINDS]
    if law:
        level = max((r.severity for r in law), key=lambda s: s.rank)
        columns.append(Requirement(LAW_COLUMN, "law-of-the-place", "Law of the place", _LAW_SUMMARY, level, "jurisdiction"))
    return tuple(columns)


_LAW_SUMMARY = (
    "The policy must agree with the law of the clinic's place, as the rule pack of that place checks it (rules JUR and NPP). "
    "It names each duty that law sets, and says \"must\" only where the law does."
)


def cites_of(rules: Iterable[RuleSpec], pack: str = "") -> tuple[tuple[str, tuple[str, ...]], ...]:
    """What each column cites, from the rules of the pack that checked a clinic.

    A rule the pack of the place ties to its law gives that law, code and
    section ("Tex. Hum. Res. Code 48.051"); any other rule its sources. The
    law of the place (``LAW_COLUMN``) cites the law of the rules of the
    place's own pack ``pack`` (us-tx), or of all its rules when it has none.
    """
    out: list[tuple[str, tuple[str, ...]]] = []
    place_law: list[str] = []
    rules = list(rules)
    law = [r for r in rules if r.kind in LAW_KINDS]
    own = {id(r) for r in ([r for r in law if pack and r.pack == pack] or law)}  # the law of the place itself, not the country's
    for r in rules:
        cited = tuple(dict.fromkeys(_law_cite(x) for x in r.law if isinstance(x, dict) and x.get("code"))) or tuple(s.cite for s in r.sources)
        if id(r) in own:
            place_law += [c for c in cited if c not in place_law]
        elif r.kind not in LAW_KINDS and is_requirement(r):
            out.append((r.id, cited))
    if place_law:
        out.append((LAW_COLUMN, tuple(place_law)))
    return tuple(out)


def _law_cite(entry: dict[str, Any]) -> str:
    section = str(entry.get("section") or "").strip()
    return f"{entry['code']} {section}".strip()


def law_rules(rules: Iterable[RuleSpec]) -> frozenset[str]:
    """The IDs of the rules of a place's law among ``rules``."""
    return frozenset(r.id for r in rules if r.kind in LAW_KINDS)


class Cell(Frozen, hashable=False):
    """One requirement for one clinic: its status and the findings behind it.

    ``coverage`` is the word of a required limit or duty (stated, vague,
    contradicted or missing: what the words say, docs/coverage.md), else "";
    ``only_for`` the number of limits a duty is stated in when it is stated
    only inside limits.
    """

    __slots__ = ("requirement", "status", "findings", "anchor", "coverage", "only_for", "note", "by")
    requirement: Requirement
    status: Status
    findings: tuple[Finding, ...]
    anchor: str
    coverage: str
    only_for: int
    #: Why the cell fails when its finding is shown in another cell (a limit only a blanket promise speaks of), else "".
    note: str
    #: What met a column that one of several topics meets, when it is not the first ("by another law"), or the
    #: pack that accepted general words ("the gb pack counts its words"), else "".
    by: str

    def __init__(
        self, requirement: Requirement, status: Status, findings: tuple[Finding, ...] = (), anchor: str = "", coverage: str = "", only_for: int = 0, note: str = "", by: str = ""
    ) -> None:
        _set(self, "requirement", requirement)
        _set(self, "status", status)
        _set(self, "findings", findings)
        _set(self, "anchor", anchor)
        _set(self, "coverage", coverage)
        _set(self, "only_for", only_for)
        _set(self, "note", note)
        _set(self, "by", by)

    @property
    def word(self) -> str:
        """The word shown next to the symbol: the coverage word for a required limit or duty, else the status."""
        if self.coverage and self.status in (Status.PASS, Status.FAIL):
            return self.coverage
        return self.status.word

    @property
    def count(self) -> int:
        """How many findings (active and suppressed) this cell has."""
        return len(self.findings)

    @property
    def detail(self) -> str:
        """A short fact to show in the cell, such as "grade 13.8" for the reading grade."""
        if self.only_for:
            return f"only in {self.only_for} limit{'s' if self.only_for > 1 else ''}"
        if self.by and self.coverage in ("stated", "vague") and self.status is Status.PASS:
            return self.by
        if self.by and self.status is Status.NO_PACK:
            return self.by
        for f in self.findings:
            data = f.data or {}
            for key in ("fk_grade", "grade"):
                value = data.get(key)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    return f"grade {value:g}"
        return ""

    @property
    def first_message(self) -> str:
        """The first finding's message, or the cell's note, or ''."""
        return self.findings[0].message if self.findings else self.note


class ClinicInput(Frozen, hashable=False):
    """What the runner knows about one policy file."""

    __slots__ = ("result", "clinic_name", "checked", "place", "not_checked")
    result: FileResult
    clinic_name: str | None
    checked: bool
    place: "Place | None"
    #: Rules that did not apply to this file (a web page has no schema): "not checked", never "pass".
    not_checked: frozenset[str]

    def __init__(self, result: FileResult, clinic_name: str | None = None, checked: bool = True, place: "Place | None" = None, not_checked: frozenset[str] = frozenset()) -> None:
        _set(self, "result", result)
        _set(self, "clinic_name", clinic_name)
        _set(self, "checked", checked)
        _set(self, "place", place)
        _set(self, "not_checked", not_checked)


class Place(Frozen):
    """Where a clinic is, and the pack its policy was checked against.

    ``code`` is its ISO 3166 code ("" when unknown), ``name`` the place in
    words, ``source`` where the code came from ("policy", "option",
    "config", "folder", "assumed" or ""), ``pack`` the pack that ran, and
    ``law`` whether that pack has rules for the law of a place (False: the
    "Law of the place" column is "not checked"), and ``no_duty`` the topics
    the pack's place allows but does not make a duty (its ``status:
    permitted`` topics): only they can be "not a duty here". ``no_pack``:
    the place is known, but policy-lint has no pack for its own law, so the
    pack of its country or the base pack checked it (the column says "no
    pack for this place", not "not checked").
    """

    __slots__ = ("code", "name", "source", "pack", "law", "conflict", "no_duty", "no_pack", "cites")
    code: str
    name: str
    source: str
    pack: str
    law: bool
    #: A note when the page's own address or words point to another place than the folder or config ("" when not).
    conflict: str
    no_duty: frozenset[str]
    no_pack: bool
    #: The law each column cites, as the pack that checked the clinic gives it: (column id, (cite, ...)) pairs.
    cites: tuple[tuple[str, tuple[str, ...]], ...]

    def __init__(
        self,
        code: str = "",
        name: str = "",
        source: str = "",
        pack: str = "",
        law: bool = False,
        conflict: str = "",
        no_duty: frozenset[str] = frozenset(),
        no_pack: bool = False,
        cites: Iterable[tuple[str, Iterable[str]]] = (),
    ) -> None:
        _set(self, "code", code)
        _set(self, "name", name)
        _set(self, "source", source)
        _set(self, "pack", pack)
        _set(self, "law", law)
        _set(self, "conflict", conflict)
        _set(self, "no_duty", frozenset(no_duty))
        _set(self, "no_pack", bool(no_pack) and bool(code) and not law)
        _set(self, "cites", tuple((str(k), tuple(v)) for k, v in cites))

    def cites_for(self, column: str) -> tuple[str, ...]:
        """The law (or code of ethics) a column cites for this clinic's place, () when the pack gives none."""
        return next((v for k, v in self.cites if k == column), ())

    @property
    def label(self) -> str:
        """"Texas (US-TX)", "Texas (US-TX, assumed)" or "Not given"."""
        if not self.code:
            return "Not given"
        extra = ", assumed" if self.source == "assumed" else ""
        return f"{self.name} ({self.code}{extra})" if self.name and self.name != self.code else f"{self.code}{extra}"

    @property
    def checked_against(self) -> str:
        """"Checked against the us pack." and, for a place with no pack of its own, which law that leaves out ("" with no pack)."""
        if not self.pack:
            return ""
        text = f"Checked against the {self.pack} pack."
        if self.no_pack:
            text += f" {self.no_pack_words}"
        return text

    @property
    def no_pack_words(self) -> str:
        """The sentence that says the law of this place was not checked, because policy-lint has no pack for it."""
        place = self.name or self.code
        return f"policy-lint has no pack for the law of {place}, so that law was not checked. Check it yourself, or ask a lawyer."


class Clinic(Frozen, hashable=False):
    """One row: a clinic (one policy file)."""

    __slots__ = ("path", "name", "named", "checked", "cells", "other", "anchor", "crashed", "other_anchor", "place")
    path: str
    name: str
    named: bool  # True when the name comes from the policy, not the file name
    checked: bool
    cells: tuple[Cell, ...]
    other: tuple[Finding, ...]  # findings of rules that are not columns
    anchor: str
    crashed: bool
    other_anchor: str  # the id of this clinic's list of other findings
    place: Place  # where the clinic is, and the pack that checked it

    def __init__(self, path: str, name: str, named: bool, checked: bool, cells: tuple[Cell, ...], other: tuple[Finding, ...], anchor: str, crashed: bool = False, other_anchor: str = "", place: Place | None = None) -> None:
        _set(self, "path", path)
        _set(self, "name", name)
        _set(self, "named", named)
        _set(self, "checked", checked)
        _set(self, "cells", cells)
        _set(self, "other", other)
        _set(self, "anchor", anchor)
        _set(self, "crashed", crashed)
        _set(self, "other_anchor", other_anchor)
        _set(self, "place", place if place is not None else Place())

    @property
    def shows_path(self) -> bool:
        """True when the name does not show where the file is (a name from the policy): the report shows the file too."""
        return not self.path.replace("\\", "/").endswith(self.name)

    @property
    def gaps(self) -> int:
        """Requirements this clinic fails."""
        return sum(1 for c in self.cells if c.status is Status.FAIL)

    @property
    def suppressed(self) -> int:
        """Requirements whose findings are all suppressed."""
        return sum(1 for c in self.cells if c.status is Status.SUPPRESSED)

    @property
    def passed(self) -> int:
        """Requirements this clinic meets."""
        return sum(1 for c in self.cells if c.status is Status.PASS)

    @property
    def unchecked(self) -> int:
        """Requirements that could not be checked."""
        return sum(1 for c in self.cells if c.status is Status.UNCHECKED)

    @property
    def not_required(self) -> int:
        """Requirements the clinic's place does not make a duty (never a gap)."""
        return sum(1 for c in self.cells if c.status is Status.NOT_REQUIRED)

    @property
    def no_pack(self) -> bool:
        """True when policy-lint has no pack for the law of the clinic's place (its law column says so)."""
        return any(c.status is Status.NO_PACK for c in self.cells)

    @property
    def other_active(self) -> tuple[Finding, ...]:
        """Other findings that are not suppressed."""
        return tuple(f for f in self.other if f.suppression is None)

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding of the clinic, once: columns first, then the others."""
        seen: set[int] = set()
        out = []
        for f in [f for c in self.cells for f in c.findings] + list(self.other):
            if id(f) not in seen:
                seen.add(id(f))
                out.append(f)
        return tuple(out)

    @property
    def errors(self) -> int:
        """Active findings at the error level, in the columns or not (template text, for example)."""
        return sum(1 for f in self.findings if f.suppression is None and f.severity is Severity.ERROR)

    @property
    def other_errors(self) -> int:
        """Active error-level findings that are not columns (hard words, template text, the form of a field)."""
        return sum(1 for f in self.other_active if f.severity is Severity.ERROR)

    @property
    def complete(self) -> bool:
        """Meets every requirement: checked, and no column shows a gap or "not checked" (COMPLETE_MEANS).

        Other findings do not count here, even errors: ``other_errors`` counts them,
        and the report says so next to the clinic.
        """
        return self.checked and self.gaps == 0 and self.unchecked == 0

    @property
    def verdict(self) -> tuple[str, str]:
        """The clinic's result in words: a short head (shown bold) and the rest, the same in every report.

        ("", "") for a clinic that could not be checked: the reports say why instead.
        """
        if not self.checked:
            return "", ""
        n = len(self.cells)
        parts = [f"{self.passed} of {n} requirements met"]
        if self.not_required:
            parts.append(f"{self.not_required} not a duty here")
        if self.suppressed:
            parts.append(f"{self.suppressed} suppressed, with a reason")
        if self.gaps:
            head = f"{self.gaps} gap{'s' if self.gaps > 1 else ''}."
        elif self.unchecked:
            head = "No gaps found, but not complete."
            parts.append(f"{self.unchecked} could not be checked, so this clinic is not counted as meeting every requirement")
        elif self.no_pack:
            head = "Meets every requirement policy-lint could check."
        else:
            head = "Meets every requirement."
        rest = "; ".join(parts) + "."
        rest = rest[:1].upper() + rest[1:]
        if self.no_pack:
            rest += " " + self.place.no_pack_words
        if self.other_errors:
            rest += f" It also has {self.other_errors} other error{'s' if self.other_errors > 1 else ''} to fix, such as wording: see Other findings."
        return head, rest


class ColumnTotal(Frozen):
    """How the clinics did on one requirement."""

    __slots__ = ("passed", "failed", "suppressed", "unchecked", "not_required", "no_pack")
    passed: int
    failed: int
    suppressed: int
    unchecked: int
    not_required: int
    no_pack: int

    def __init__(self, passed: int = 0, failed: int = 0, suppressed: int = 0, unchecked: int = 0, not_required: int = 0, no_pack: int = 0) -> None:
        _set(self, "passed", passed)
        _set(self, "failed", failed)
        _set(self, "suppressed", suppressed)
        _set(self, "unchecked", unchecked)
        _set(self, "not_required", not_required)
        _set(self, "no_pack", no_pack)


def plural(n: int, one: str, many: str | None = None) -> str:
    """``1 clinic``, ``2 clinics``: the number and the word that fits it."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


class SummaryLine(Frozen):
    """One line of the numbers at the top of an audit report: the one list the HTML and Markdown reports both render.

    ``count`` leads the line (None: a line with no number, in a report to one
    clinic); ``words`` follow it in every report. The HTML report shows each
    line as a small card and adds ``card``; the Markdown report is a list of
    sentences with room to explain, and adds ``more``. ``in_text`` False: the
    Markdown report leaves the line out, because its line above says it.
    ``link`` is the words and anchor of a link at the end of the line.
    ``tone`` colours the card ("good", "bad", "warn" or ""), never the only
    signal.
    """

    __slots__ = ("key", "count", "words", "tone", "card", "more", "link", "in_text")
    key: str  # the figure of ``Audit.summary`` the line speaks of
    count: int | None
    words: str
    tone: str
    card: str
    more: str
    link: tuple[str, str] | None
    in_text: bool

    def __init__(self, key: str, count: int | None, words: str, tone: str = "", card: str = "", more: str = "", link: tuple[str, str] | None = None, in_text: bool = True) -> None:
        _set(self, "key", key)
        _set(self, "count", count)
        _set(self, "words", words)
        _set(self, "tone", tone)
        _set(self, "card", card)
        _set(self, "more", more)
        _set(self, "link", link)
        _set(self, "in_text", in_text)


class Audit(Frozen, hashable=False):
    """The whole audit: what was checked, with what, and the matrix."""

    __slots__ = ("title", "date", "pack_name", "pack_version", "tool_version", "requirements", "clinics", "totals", "notes", "skipped", "place_notes", "single")
    title: str
    date: str
    pack_name: str
    pack_version: str
    tool_version: str
    requirements: tuple[Requirement, ...]
    clinics: tuple[Clinic, ...]
    totals: tuple[ColumnTotal, ...]
    notes: tuple[str, ...]
    skipped: tuple[str, ...]  # files in the folders that policy-lint can read but left out for their ending (see the notes)
    place_notes: tuple[str, ...]  # the notes (also in ``notes``) of files whose own address or words name another place than their folder
    #: A report to hand one clinic (``for_clinic``): it reads as that clinic's report, with no counts of clinics.
    single: bool

    def __init__(self, title: str, date: str, pack_name: str, pack_version: str, tool_version: str, requirements: tuple[Requirement, ...], clinics: tuple[Clinic, ...], totals: tuple[ColumnTotal, ...] = (), notes: tuple[str, ...] = (), skipped: tuple[str, ...] = (), place_notes: tuple[str, ...] = (), single: bool = False) -> None:
        _set(self, "title", title)
        _set(self, "date", date)
        _set(self, "pack_name", pack_name)
        _set(self, "pack_version", pack_version)
        _set(self, "tool_version", tool_version)
        _set(self, "requirements", requirements)
        _set(self, "clinics", clinics)
        _set(self, "totals", totals)
        _set(self, "notes", notes)
        _set(self, "skipped", tuple(skipped))
        _set(self, "place_notes", tuple(place_notes))
        _set(self, "single", bool(single) and len(clinics) == 1)

    @property
    def terminal_notes(self) -> tuple[str, ...]:
        """The notes to say on standard error: each note, but the place notes summed up in one line when there are several.

        400 files in folders that disagree with their addresses would be 400
        lines; the report's Notes keep every one.
        """
        places = set(self.place_notes)
        out = [n for n in self.notes if n not in places]
        if len(self.place_notes) == 1:
            out.append(self.place_notes[0])
        elif self.place_notes:
            # Name what set the place: a run with --jurisdiction did not use the folders (trial 37).
            from policy_lint.jurisdictions.where import SOURCE_WORDS

            clashed = {c.place.source for c in self.clinics if c.place.conflict}
            sources = [s for s, words in SOURCE_WORDS.items() if "their" in words and s in clashed] or ["folder", "config"]
            theirs = " or ".join(SOURCE_WORDS[s]["their"] for s in sources)
            used = " or ".join(SOURCE_WORDS[s]["used"] for s in sources)
            out.append(
                f"{len(self.place_notes)} files name another place than {theirs}, in their address or their words. "
                f"policy-lint used {used} for each. The report's Notes list them all."
            )
        return tuple(out)

    def for_clinic(self, clinic: Clinic) -> "Audit":
        """The same audit for one clinic only: its row, its totals and its notes (a report to hand that clinic)."""
        totals = tuple(
            ColumnTotal(
                passed=int(cell.status is Status.PASS),
                failed=int(cell.status is Status.FAIL),
                suppressed=int(cell.status is Status.SUPPRESSED),
                unchecked=int(cell.status is Status.UNCHECKED),
                not_required=int(cell.status is Status.NOT_REQUIRED),
                no_pack=int(cell.status is Status.NO_PACK),
            )
            for cell in clinic.cells
        )
        own = (clinic.place.conflict,) if clinic.place.conflict else ()
        return Audit(
            title=f"{self.title}: {clinic.name}",
            date=self.date,
            pack_name=self.pack_name,
            pack_version=self.pack_version,
            tool_version=self.tool_version,
            requirements=self.requirements,
            clinics=(clinic,),
            totals=totals,
            single=True,
            notes=own,
            place_notes=own,
        )

    @property
    def one_place(self) -> str:
        """For a report to one clinic: "Jurisdiction: Texas (US-TX). Checked against the us-tx pack." ("" otherwise)."""
        if not self.single:
            return ""
        place = self.clinics[0].place
        text = f"Jurisdiction: {place.label}."
        if place.pack:
            text += " " + place.checked_against
        return text

    @property
    def groups(self) -> list[dict[str, Any]]:
        """The clinics grouped by jurisdiction: code, place, packs, clinics, and how many have gaps.

        Places with a code come first, by code; clinics whose place is not
        known come last. Each group names the packs its clinics were checked
        against (one, unless an explicit pack was used for some).
        """
        groups: dict[str, dict[str, Any]] = {}
        for c in self.clinics:
            key = c.place.code
            group = groups.setdefault(key, {"code": key, "place": c.place.label if key else "Not given", "packs": [], "clinics": [], "with_gaps": 0, "assumed": 0})
            if c.place.pack and c.place.pack not in group["packs"]:
                group["packs"].append(c.place.pack)
            group["clinics"].append(c)
            group["with_gaps"] += 1 if c.gaps else 0
            group["assumed"] += 1 if c.place.source == "assumed" else 0
        for group in groups.values():
            if group["assumed"] and group["assumed"] < len(group["clinics"]):
                group["place"] = group["place"].replace(", assumed", "")
        return [groups[k] for k in sorted(groups, key=lambda k: (k == "", k))]

    @property
    def summary(self) -> dict[str, int]:
        """The numbers at the top of the report."""
        clinics = self.clinics
        return {
            "clinics": len(clinics),
            "complete": sum(1 for c in clinics if c.complete),
            "complete_with_other_errors": sum(1 for c in clinics if c.complete and c.other_errors),
            "with_other_errors": sum(1 for c in clinics if c.checked and c.other_errors),
            "not_required": sum(c.not_required for c in clinics),
            "with_gaps": sum(1 for c in clinics if c.gaps > 0),
            "not_checked": sum(1 for c in clinics if not c.checked),
            "gaps": sum(c.gaps for c in clinics),
            "suppressed": sum(c.suppressed for c in clinics),
            "other_findings": sum(len(c.other_active) for c in clinics),
            "requirements": len(self.requirements),
            "skipped_files": len(self.skipped),
            "law_not_checked": sum(1 for c in clinics if c.checked and any(x.requirement.id == LAW_COLUMN and x.status is Status.UNCHECKED for x in c.cells)),
            "no_pack": sum(1 for c in clinics if c.checked and c.no_pack),
        }

    @property
    def summary_lines(self) -> tuple[SummaryLine, ...]:
        """The lines of numbers at the top of the HTML and Markdown reports, in order (only those with something to say).

        A report to one clinic (``single``) counts no clinics: its own line
        (the verdict) says whether it meets every requirement.
        """
        s = self.summary
        one = self.single
        out: list[SummaryLine] = []
        if not one:
            n = s["clinics"]
            out += [
                SummaryLine("clinics", n, f"{'clinic' if n == 1 else 'clinics'} checked"),
                SummaryLine("complete", s["complete"], f"{'meets' if s['complete'] == 1 else 'meet'} every requirement", tone="good"),
                SummaryLine("with_gaps", s["with_gaps"], f"{'has' if s['with_gaps'] == 1 else 'have'} gaps", tone="bad", more=f", {plural(s['gaps'], 'gap')} in all"),
            ]
        out.append(SummaryLine("gaps", s["gaps"], "gap in all" if s["gaps"] == 1 else "gaps in all", tone="bad", in_text=False))
        k = s["not_required"]
        if k:
            them = ("it", "it a duty", "it is") if k == 1 else ("them", "them duties", "they are")
            out.append(
                SummaryLine(
                    "not_required", k, f"{'requirement' if k == 1 else 'requirements'} not a duty in the clinic's place",
                    card=", so not gaps", more=f": the place allows {them[0]} but does not make {them[1]}, so {them[2]} not counted as gaps",
                )
            )
        k = s["with_other_errors"]
        if k and not one:  # one clinic's line says so
            out.append(SummaryLine("with_other_errors", k, f"{'clinic has' if k == 1 else 'clinics have'} other errors to fix, such as wording", tone="warn", more=" (not counted as gaps)"))
        k = s["other_findings"]
        if k:
            out.append(SummaryLine("other_findings", k, f"other {'finding' if k == 1 else 'findings'}", tone="warn", more=", such as template text or unclear wording"))
        if s["suppressed"]:
            out.append(SummaryLine("suppressed", s["suppressed"], "suppressed, with a reason", tone="warn"))
        k = s["not_checked"]
        if k:
            out.append(SummaryLine("not_checked", None, "policy-lint could not check all of this file", tone="warn") if one else SummaryLine("not_checked", k, "could not be checked", tone="warn"))
        k = s["law_not_checked"]
        if k:
            why = ": the place is not known, or the run used the pack of another place"
            words = "Not checked against the law of its place" if one else f"not checked against the law of {'its' if k == 1 else 'their'} place"
            out.append(SummaryLine("law_not_checked", None if one else k, words, tone="warn", more=why))
        k = s["no_pack"]
        if k:
            places = sorted({c.place.name or c.place.code for c in self.clinics if c.no_pack and (c.place.name or c.place.code)})
            which = f" ({_and_words(places)})" if places else ""
            words = "policy-lint has no pack for the law of its place" if one else f"{'clinic is' if k == 1 else 'clinics are'} in a place policy-lint has no pack for"
            more = f"{which}: {'it was' if k == 1 else 'they were'} checked against the pack of {'its' if k == 1 else 'their'} country or the rules for every policy. That is not a gap, but the law of {'that place' if len(places) < 2 else 'those places'} was not checked"
            out.append(SummaryLine("no_pack", None if one else k, words, tone="warn", more=more, card=which))
        k = s["skipped_files"]
        if k:
            out.append(SummaryLine("skipped_files", k, f"{'file' if k == 1 else 'files'} left out for {'its' if k == 1 else 'their'} ending, see", tone="warn", link=("Notes", "notes")))
        return tuple(out)

    def to_dict(self) -> dict[str, Any]:
        """The audit as JSON-ready data."""
        from policy_lint.reporters.json import finding_dict

        return {
            # The tool first: a folder scan knows the report by it in the first bytes, and a title may be long.
            "tool": {"name": "policy-lint", "version": self.tool_version},
            "title": self.title,
            "date": self.date,
            "pack": {"name": self.pack_name, "version": self.pack_version},
            "summary": self.summary,
            "complete_means": COMPLETE_MEANS,
            "requirements": [
                {
                    "id": r.id,
                    "name": r.name,
                    "label": r.label,
                    "summary": r.summary,
                    "severity": r.severity.value,
                    "kind": r.kind,
                    "totals": {"pass": t.passed, "fail": t.failed, "suppressed": t.suppressed, "not_checked": t.unchecked, "not_required": t.not_required, "no_pack": t.no_pack},
                }
                for r, t in zip(self.requirements, self.totals)
            ],
            "clinics": [
                {
                    "name": c.name,
                    "name_from_policy": c.named,
                    "path": c.path,
                    "checked": c.checked,
                    "jurisdiction": {"code": c.place.code, "place": c.place.name, "source": c.place.source, "pack": c.place.pack, "no_pack_for_place": c.place.no_pack, **({"conflict": c.place.conflict} if c.place.conflict else {})},
                    "meets_every_requirement": c.complete,
                    "other_errors": c.other_errors,
                    "totals": {"pass": c.passed, "fail": c.gaps, "suppressed": c.suppressed, "not_checked": c.unchecked, "not_required": c.not_required, "no_pack": sum(1 for x in c.cells if x.status is Status.NO_PACK)},
                    "cells": {
                        cell.requirement.id: {"status": cell.status.value, "coverage": cell.coverage or None, **({"note": cell.note} if cell.note else {}), **({"detail": cell.detail} if cell.detail else {}), "findings": [finding_dict(f) for f in cell.findings]}
                        for cell in c.cells
                    },
                    "other_findings": [finding_dict(f) for f in c.other],
                }
                for c in self.clinics
            ],
            "jurisdictions": [
                {"code": g["code"], "place": g["place"], "packs": list(g["packs"]), "clinics": [c.path for c in g["clinics"]], "with_gaps": g["with_gaps"]}
                for g in self.groups
            ],
            "notes": list(self.notes),
            "skipped_files": list(self.skipped),
        }


def report_names(clinics: Sequence[Clinic], ending: str) -> list[str]:
    """A file name for each clinic's own report, made from its file's path: safe on every system, and never the same twice.

    ``US-TX/hill-country/Hill Country - Privacy Notice.docx`` gives
    ``US-TX_hill-country_Hill-Country-Privacy-Notice.html``; two names that
    would be the same get ``-2``, ``-3`` added.
    """
    import re

    used: set[str] = set()
    out = []
    for c in clinics:
        parts = [p for p in PurePath(c.path.replace("\\", "/")).parts if p not in ("", ".", "..", "/")]
        if parts:
            parts[-1] = PurePath(parts[-1]).stem
        stem = "_".join(re.sub(r"[^A-Za-z0-9]+", "-", p).strip("-") for p in parts)
        stem = re.sub(r"_+", "_", stem).strip("_-")[:100] or "clinic"
        name, n = stem, 1
        while (name + ending).casefold() in used:
            n += 1
            name = f"{stem}-{n}"
        used.add((name + ending).casefold())
        out.append(name + ending)
    return out


def _clinic_name(raw: str | None, path: str) -> tuple[str, bool]:
    """The clinic's name and whether the policy gave it.

    Without a name in the policy: its folder and file name ("hill/privacy.md",
    "US-TX/privacy.html"), so a consultant can find it; a bare file name
    ("privacy.md") or a bare folder ("hill") says too little where many
    clinics keep files of the same name. A file with no folder keeps its name.
    """
    if isinstance(raw, str):
        text = " ".join(raw.split())
        if text:
            return text, True
    parts = PurePath(path.replace("\\", "/")).parts
    if len(parts) > 1 and parts[-2] not in ("", ".", "..", "/"):
        return f"{parts[-2]}/{parts[-1]}", False
    name = parts[-1] if parts else path
    return name or path, False


def _clinic(index: int, item: ClinicInput, requirements: Sequence[Requirement], law: frozenset[str] = frozenset()) -> Clinic:
    fr = item.result
    key = f"{index}:{fr.path}"  # the place in the input keeps ids unique even if two paths show the same
    row_anchor = anchor("clinic", key)
    crashed = any(f.rule_id == INTERNAL_ERROR for f in fr.findings)
    columns = {r.id for r in requirements}
    by_rule: dict[str, list[Finding]] = {}
    other: list[Finding] = []
    for f in fr.findings:
        if f.rule_id in columns:
            by_rule.setdefault(f.rule_id, []).append(f)
        elif LAW_COLUMN in columns and f.rule_id in law and f.severity in _LAW_LEVELS:
            by_rule.setdefault(LAW_COLUMN, []).append(f)
        else:
            other.append(f)
    coverage = {i.get("topic"): i for i in ((fr.metrics or {}).get("coverage") or []) if isinstance(i, dict)}
    cells = []
    loose = list(other)
    blanket = next((r for r in requirements if r.kind in BLANKET_KINDS), None)
    no_duty = item.place.no_duty if item.place is not None else frozenset()
    for req in requirements:
        found = tuple(by_rule.get(req.id, ()))
        word, only_for, by = "", 0, ""
        if req.topics and coverage:
            word, only_for, by = _coverage_word(req.topics, coverage)
            # A contradiction or vague text about this column's topics is its finding too. One
            # finding may touch several columns ("We never report anything you tell us to anyone").
            linked = [f for f in loose if _topics_of(f) & set(req.topics)]
            if linked:
                found += tuple(linked)
                other = [f for f in other if f not in linked]
        active = [f for f in found if f.suppression is None]
        note = ""
        if req.topics and active and set(req.topics) & no_duty and all(f.severity is Severity.INFO for f in active):
            # The pack of the clinic's place says its law allows this limit but does not make it a duty.
            # Only the pack says so: a config that turns the rule down to info is no word about the law.
            status = Status.NOT_REQUIRED
        elif active:
            status = Status.FAIL
        elif word == "contradicted" and not found and blanket is not None:
            # Only a promise of total secrecy speaks of it: that promise is one finding, in its own column.
            status, note = Status.FAIL, _BLANKET_NOTE.format(label=blanket.label, id=blanket.id)
        elif found:
            status = Status.SUPPRESSED
        elif not item.checked or crashed or req.id in item.not_checked:
            status = Status.UNCHECKED
        elif req.id == LAW_COLUMN and item.place is not None and item.place.no_pack:
            status = Status.NO_PACK  # a known place with no pack of its own: the country's pack or base checked it
        elif req.id == LAW_COLUMN and not (item.place is not None and item.place.law):
            status = Status.UNCHECKED  # no pack of a place's law checked this clinic
        else:
            status = Status.PASS
        if status is Status.NO_PACK and item.place is not None and item.place.pack:
            by = f"checked with the {item.place.pack} pack"
        cells.append(Cell(req, status, found, anchor("finding", key, req.id), word, only_for, note, by))
    name, named = _clinic_name(item.clinic_name, fr.path)
    return Clinic(fr.path, name, named, item.checked and not crashed, tuple(cells), tuple(other), row_anchor, crashed, anchor("other", key), item.place)


_COVERAGE_ORDER = ("stated", "contradicted", "vague", "missing")


def _coverage_word(topics: Sequence[str], coverage: dict[Any, Any]) -> tuple[str, int, str]:
    """The best status among ``topics`` (any one meets the requirement), how many limits a partial duty covers, and what met it.

    What met it ("by another law") is said when the first topic of a column
    that several topics meet is not stated, so "Court order or law ✓
    stated" never hides that no court is named; and when the words are
    general but the pack of the place counts them ("the gb pack counts its words").
    """
    items = [coverage[t] for t in topics if t in coverage]
    if not items:
        return "", 0, ""
    best = min(items, key=lambda i: _COVERAGE_ORDER.index(i.get("status")) if i.get("status") in _COVERAGE_ORDER else 9)
    word = str(best.get("status", ""))
    by = ""
    if word == "stated":
        stated = [i for i in items if i.get("status") == "stated"]
        if len(topics) > 1 and coverage.get(topics[0], {}).get("status") != "stated":
            by = "by " + _or_words(TOPIC_WORDS.get(str(i.get("topic")), str(i.get("topic", "")).replace("_", " ")) for i in stated)
    elif word == "vague":
        accepted = [i for i in items if i.get("status") == "vague" and i.get("accepted_by")]
        if accepted:
            by = f"the {accepted[0]['accepted_by']} pack counts its words"
    if word == "stated" and not any(i.get("status") == "stated" and not i.get("only_for") for i in items):
        return word, len({g for i in items for g in (i.get("only_for") or [])}), by
    return word, 0, by


def _and_words(words: Sequence[str]) -> str:
    """"Ohio", "Ohio and Colorado", "Ohio, Colorado and Ireland"."""
    items = list(words)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _or_words(words: Iterable[str]) -> str:
    items = list(dict.fromkeys(words))
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _topics_of(f: Finding) -> set[str]:
    data = f.data or {}
    out = set()
    if isinstance(data.get("topic"), str):
        out.add(data["topic"])
    if isinstance(data.get("topics"), (list, tuple)):
        out.update(t for t in data["topics"] if isinstance(t, str))
    return out


def build_audit(
    items: Iterable[ClinicInput],
    rules: Iterable[RuleSpec],
    *,
    date: str,
    title: str = "Confidentiality policy audit",
    pack_name: str = "",
    pack_version: str = "",
    tool_version: str = "",
    notes: Sequence[str] = (),
    skipped: Sequence[str] = (),
) -> Audit:
    """Build the matrix: one row per clinic (unchecked first, then most gaps), one column per requirement."""
    rules = list(rules)
    requirements = requirements_of(rules)
    law = law_rules(rules)
    items = list(items)
    clinics = [_clinic(i, item, requirements, law) for i, item in enumerate(items)]
    # Clinics that could not be checked first (nothing is known about them), then the most gaps, then errors.
    clinics.sort(key=lambda c: (c.checked, -c.gaps, -c.unchecked, -c.errors, -len(c.other_active), -c.suppressed, c.name.casefold(), c.path))
    totals = []
    for i, _req in enumerate(requirements):
        statuses = [c.cells[i].status for c in clinics]
        totals.append(
            ColumnTotal(
                passed=statuses.count(Status.PASS),
                failed=statuses.count(Status.FAIL),
                suppressed=statuses.count(Status.SUPPRESSED),
                unchecked=statuses.count(Status.UNCHECKED),
                not_required=statuses.count(Status.NOT_REQUIRED),
                no_pack=statuses.count(Status.NO_PACK),
            )
        )
    # A page whose own address or words point to another place than its folder: say so (the folder won).
    place_notes = tuple(c.place.conflict for c in sorted(clinics, key=lambda c: c.path) if c.place.conflict)
    notes = [*notes, *place_notes]
    return Audit(
        title=title,
        date=date,
        pack_name=pack_name,
        pack_version=pack_version,
        tool_version=tool_version,
        requirements=requirements,
        clinics=tuple(clinics),
        totals=tuple(totals),
        notes=tuple(notes),
        skipped=tuple(skipped),
        place_notes=place_notes,
    )
