"""The contract between the engine and the rules.

A rule is data (an entry in a rule pack, see ``policy_lint.packs``) plus a
*kind*: a small Python function that looks at a policy and yields
``Violation``s. A violation names a place by JSON Pointer (and, for prose,
a character span inside that string). It never knows line numbers: the
engine maps pointers to ``file:line:col`` through ``policy_lint.loading``,
and stamps the rule ID, name and severity.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping

from policy_lint.values import Frozen, Record, _set
from policy_lint.findings import Severity

if TYPE_CHECKING:
    from policy_lint.packs import Pack
    from policy_lint.loading import Document

__all__ = ["Violation", "Example", "Source", "RuleSpec", "CheckContext", "KindFunc", "fill_template"]


class Violation(Frozen):
    """What a rule found, before the engine turns it into a ``Finding``.

    Attributes:
        pointer: JSON Pointer of the value at fault, or of the mapping that
            lacks something ("" is the whole document).
        message: One plain sentence or two about the problem.
        span: Start and end character offsets inside the string value at
            ``pointer``, for findings about a word or a sentence.
        on_key: Point at the key of ``pointer`` rather than at its value.
        hint: How to fix it, if the rule's own hint is not specific enough.
        data: Extra facts for machine output (for example reading scores).
        prose_hint: How to fix it in a web page or document, when this finding
            needs its own words there (else the rule's ``prose_hint``).
        severe: The finding is far past the rule's limit (its ``error_above``
            param): the engine reports it as an error, unless the user's
            config sets this rule's severity.
        severe_note: The sentence that says so ("Over 40 words, this is an
            error."). The engine adds it to the message only where it really
            makes the finding an error, never where the config's severity holds.
    """

    __slots__ = ("pointer", "message", "span", "on_key", "hint", "data", "prose_hint", "severe", "severe_note")
    pointer: str
    message: str
    span: tuple[int, int] | None
    on_key: bool
    hint: str | None
    data: Mapping[str, Any] | None
    prose_hint: str | None
    severe: bool
    severe_note: str

    def __init__(
        self,
        pointer: str,
        message: str,
        span: tuple[int, int] | None = None,
        on_key: bool = False,
        hint: str | None = None,
        data: Mapping[str, Any] | None = None,
        prose_hint: str | None = None,
        severe: bool = False,
        severe_note: str = "",
    ) -> None:
        _set(self, "pointer", pointer)
        _set(self, "message", message)
        _set(self, "span", span)
        _set(self, "on_key", on_key)
        _set(self, "hint", hint)
        _set(self, "data", data)
        _set(self, "prose_hint", prose_hint)
        _set(self, "severe", severe)
        _set(self, "severe_note", severe_note)


class Example(Frozen):
    """A failing or passing example of a rule, as policy text."""

    __slots__ = ("text", "description", "format")
    text: str
    description: str
    format: str

    def __init__(self, text: str, description: str = "", format: str = "yaml") -> None:
        _set(self, "text", text)
        _set(self, "description", description)
        _set(self, "format", format)


class Source(Frozen):
    """Where a rule comes from: an ethics code, a law, or a guideline."""

    __slots__ = ("cite", "url")
    cite: str
    url: str | None

    def __init__(self, cite: str, url: str | None = None) -> None:
        _set(self, "cite", cite)
        _set(self, "url", url)


class RuleSpec(Frozen):
    """One rule, as the rule pack describes it (one source of truth).

    ``origin`` is the file the rule was defined in.
    """

    __slots__ = ("id", "name", "kind", "severity", "summary", "rationale", "hint", "sources", "fail_example", "pass_example", "params", "tags", "pack", "origin", "law", "fixable", "prose_hint")
    id: str
    name: str
    kind: str
    severity: Severity
    summary: str
    rationale: str
    hint: str
    sources: tuple[Source, ...]
    fail_example: Example
    pass_example: Example
    params: Mapping[str, Any]
    tags: tuple[str, ...]
    pack: str
    origin: str
    law: tuple[Mapping[str, Any], ...]
    #: What ``policy-lint fix`` changes for this rule (a plain sentence), "" when
    #: the pack says it fixes nothing, None when the pack does not say.
    fixable: str | None
    #: How to fix it in a web page, Word file, PDF, Markdown or text policy, in
    #: words a clinic can use (no YAML fields); "" when the pack gives none.
    prose_hint: str

    def __init__(
        self,
        id: str,
        name: str,
        kind: str,
        severity: Severity,
        summary: str,
        rationale: str,
        hint: str,
        sources: tuple[Source, ...],
        fail_example: Example,
        pass_example: Example,
        params: Mapping[str, Any] | None = None,
        tags: tuple[str, ...] = (),
        pack: str = "base",
        origin: str = "",
        law: tuple[Mapping[str, Any], ...] = (),
        fixable: str | None = None,
        prose_hint: str = "",
    ) -> None:
        _set(self, "id", id)
        _set(self, "name", name)
        _set(self, "kind", kind)
        _set(self, "severity", severity)
        _set(self, "summary", summary)
        _set(self, "rationale", rationale)
        _set(self, "hint", hint)
        _set(self, "sources", sources)
        _set(self, "fail_example", fail_example)
        _set(self, "pass_example", pass_example)
        _set(self, "params", params if params is not None else {})
        _set(self, "tags", tags)
        _set(self, "pack", pack)
        _set(self, "origin", origin)
        _set(self, "law", law)
        _set(self, "fixable", fixable)
        _set(self, "prose_hint", prose_hint)

    def hint_for(self, prose: bool) -> str:
        """The hint for a policy of this kind: the prose hint for a web page or document (when the pack has one), else the hint."""
        return (self.prose_hint or self.hint) if prose else self.hint

    def __hash__(self) -> int:
        return hash((self.pack, self.id, self.name))  # params is a dict

    @property
    def label(self) -> str:
        """``ID (name)``, for messages."""
        return f"{self.id} ({self.name})"


class CheckContext(Record):
    """What a kind function gets: the document, the pack and its own rule.

    ``active`` holds the IDs of the rules that report in this run for this
    file (after select, ignore, ``severity: off`` and per-file ignores).
    None means every rule of the pack, as when a kind is called on its own.
    ``rule_options`` holds the options the config sets for every rule, by
    rule ID, so a kind that reads another rule's params (COV003 asks what
    LIM004 warns about) reads them as that rule runs (``params_of``).
    """

    __slots__ = ("doc", "pack", "rule", "options", "metrics", "active", "rule_options")

    def __init__(
        self,
        doc: "Document",
        pack: "Pack",
        rule: RuleSpec,
        options: Mapping[str, Any] | None = None,
        metrics: dict[str, Any] | None = None,
        active: "frozenset[str] | None" = None,
        rule_options: "Mapping[str, Mapping[str, Any]] | None" = None,
    ) -> None:
        self.doc = doc
        self.pack = pack
        self.rule = rule
        self.options: Mapping[str, Any] = options if options is not None else {}
        self.metrics: dict[str, Any] = metrics if metrics is not None else {}
        self.active = active
        self.rule_options: Mapping[str, Mapping[str, Any]] = rule_options if rule_options is not None else {}

    def params_of(self, rule: RuleSpec) -> Mapping[str, Any]:
        """The params of any rule of the pack as it runs: the pack's, with the config's options over them."""
        given = self.options if rule is self.rule else self.rule_options.get(rule.id)
        return {**rule.params, **given} if given else rule.params

    def runs(self, rule_id: str) -> bool:
        """True when the rule ``rule_id`` reports in this run (see ``active``)."""
        return self.active is None or rule_id in self.active

    def param(self, name: str, default: Any = None) -> Any:
        """Return a rule option: config overrides first, then pack params."""
        if name in self.options:
            return self.options[name]
        return self.rule.params.get(name, default)

    def message(self, default: str, **values: Any) -> str:
        """Fill the rule's message template from the pack (else ``default``) with values.

        A template that names a value the kind does not give is shown as it
        is, so a typo in a user's pack never crashes the run.
        """
        return fill_template(str(self.param("message") or default), values)

    def strings(self) -> Iterator[tuple[str, str]]:
        """Yield ``(pointer, text)`` for every string value, in file order."""
        return self.doc.strings()

    def prose(self) -> Iterator[tuple[str, str]]:
        """Yield ``(pointer, text)`` for each prose field the pack names.

        Prose fields are the ones a client reads (summary, explanations,
        notification, questions). The pack lists them as JSON Pointer
        patterns in ``settings.prose_fields``, where ``*`` matches any key
        or list index.
        """
        return self.doc.matching_strings(self.pack.prose_fields)


KindFunc = Callable[[CheckContext], Iterable[Violation]]

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def fill_template(template: str, values: Mapping[str, Any]) -> str:
    """Put values into a message template's ``{name}`` places.

    Only plain ``{name}`` places are filled: no format specs or attribute
    lookups, so a template from a user's pack cannot ask for a huge padding
    or reach into an object. An unknown name is left as written.
    """
    parts = _template_parts(template)
    if len(parts) == 1:
        return template
    out = [parts[0]]
    for i in range(1, len(parts), 2):
        name = parts[i]
        out.append(str(values[name]) if name in values else "{" + name + "}")
        out.append(parts[i + 1])
    return "".join(out)


@lru_cache(maxsize=512)
def _template_parts(template: str) -> list[str]:
    """Text and place names in turn: ``["Say ", "word", " here."]``."""
    return _PLACEHOLDER.split(template)
