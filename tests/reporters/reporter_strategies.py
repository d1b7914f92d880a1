"""Hypothesis strategies for arbitrary findings (odd paths, text, places)."""

from __future__ import annotations

from hypothesis import strategies as st

from policy_lint.findings import FileResult, Finding, Position, RunResult, Severity, Suppression

RULE_IDS = ["COV001", "COV004", "NOT001", "PAR003", "SCH003", "TXT001", "PL000", "ZZZ999"]

_segment = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="/\\\x00"),
    min_size=1,
    max_size=12,
).filter(lambda s: s not in (".", ".."))
paths = st.lists(_segment, min_size=1, max_size=4).map("/".join)
# Text as a policy may hold it: any character, control characters included.
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
severities = st.sampled_from(list(Severity))


@st.composite
def places(draw: st.DrawFn) -> tuple[Position | None, Position | None]:
    if draw(st.booleans()) and draw(st.booleans()):
        return None, None
    start = Position(draw(st.integers(1, 5000)), draw(st.integers(1, 300)))
    if draw(st.booleans()):
        return start, None
    end_line = start.line + draw(st.integers(0, 40))
    end_col = draw(st.integers(start.column if end_line == start.line else 1, 400))
    return start, Position(end_line, end_col)


suppressions = st.none() | st.builds(
    Suppression,
    reason=texts,
    source=st.sampled_from(["comment", "config", "baseline"]),
    until=st.none() | st.just("2027-01-31"),
    line=st.none() | st.integers(1, 500),
)


@st.composite
def findings(draw: st.DrawFn, path: str | None = None) -> Finding:
    start, end = draw(places())
    rule = draw(st.sampled_from(RULE_IDS))
    return Finding(
        path=path if path is not None else draw(paths),
        rule_id=rule,
        rule_name=draw(st.sampled_from(["harm-to-self-missing", "odd name, with: colon", "x"])),
        severity=draw(severities),
        message=draw(texts),
        position=start,
        end=end,
        pointer=draw(st.sampled_from(["", "/limits", "/limits/0/explanation", "/a~1b"])),
        hint=draw(st.none() | texts),
        suppression=draw(suppressions),
    )


@st.composite
def results(draw: st.DrawFn) -> RunResult:
    names = draw(st.lists(paths, min_size=1, max_size=4, unique=True))
    files = []
    for name in names:
        found = draw(st.lists(findings(path=name), max_size=6))
        files.append(FileResult(name, tuple(sorted(found, key=Finding.sort_key))))
    return RunResult(tuple(files), fail_on=draw(severities))
