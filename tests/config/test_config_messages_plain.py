"""The messages of config, suppressions and baselines pass the plain-language checks.

Same checks as tests/test_own_words.py applies to the packs: no legal word
that has a plain replacement, no sentence over 30 words, no "the client",
no slashes. Quoted words, {placeholders}, `code`, paths and field names are
left out first.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from config_helpers import NO_ELDER, lint, repo, write  # noqa: F401

from policy_lint.errors import PolicyLintError
from policy_lint.plain.detect import reader_address, slashes
from policy_lint.plain.legalese import default_lexicon
from policy_lint.plain.text import sentences

_QUOTED = re.compile(r"\"[^\"]*\"|(?<!\w)'[^']*'(?!\w)")
_NOT_PROSE = re.compile(r"[\w.*-]*/[\w./*-]+\.\w+|[\w./-]*\*\*[\w./*-]*|\.?[\w-]+\.(?:yaml|json|toml)\S*|\{[a-z_]+\}|`[^`]*`|\b[a-z_]+(?:\.[a-z_]+)+\b|\b\w+\[[^\]]*\]|\w+=\S+|#\S*")


def _problems(text: str) -> list[str]:
    bare = _NOT_PROSE.sub("x", _QUOTED.sub('""', " ".join(text.split())))
    found = [f'legal wording "{h.text}"' for h in default_lexicon().find(bare) if h.term.plain]
    found += [f"{len(s.words)} words: {s.text[:50]}" for s in sentences(bare) if len(s.words) > 30]
    found += [h.text for h in reader_address(bare) if h.text.lower().startswith("the ")]
    found += [h.text for h in slashes(bare)]
    return found


def _messages(repo: Path) -> list[str]:
    """Make every kind of message this feature writes, and return them."""
    out: list[str] = []
    comments = [
        "ignore[COV04] reason=x",
        "disable[COV004] reason=x",
        "ignore COV004",
        "ignore[COV004 reason=x",
        "ignore[] reason=x",
        "ignore[COV004] reasn=x",
        "ignore[COV004] reason=x until=soon",
        'ignore[COV004] reason="x',
        "ignore[COV004] reason=x reason=y",
        "ignore[COV004] because",
        "ignore[SUP003] reason=x",
        "ignore[COV004]",
        "ignore[COV004] reason=x until=2020-01-01",
        "ignore[COV001, COV004] reason=x",
        "ignore[TXT001] reason=x",
    ]
    for n, comment in enumerate(comments):
        path = write(repo / f"c{n}.yaml", NO_ELDER.replace("limits:\n", f"limits:  # policy-lint: {comment}\n", 1))
        out += [f.message for f in lint(path).findings() if f.rule_id.startswith("SUP")] + [f.hint or "" for f in lint(path).findings()]
    write(repo / ".policy-lint.yaml", "suppressions:\n  - {path: j.json, rules: [COV004], reason: x, until: 2020-01-01}\n  - {path: k.json, rules: [COV004], reason: x}\n")
    write(repo / "j.json", '{"schema_version": 1, "limits": []}')
    write(repo / "k.json", '{"schema_version": 1, "limits": [{"category": "elder_abuse", "explanation": "x"}]}')
    out += [f.message for f in lint(repo / "j.json", repo / "k.json", today=date(2026, 1, 1)).findings() if f.rule_id.startswith("SUP")]
    # Pages: <!-- policy-lint: --> comments, and config entries by words and heading.
    page = write(repo / "p.md", "# Privacy\n\n## Children\n\n<!-- policy-lint: please hide -->\nWe keep records.\n\n<!-- policy-lint: ignore[TXT001] -->\nWe call you.\n")
    out += [f.message for f in lint(page).findings() if f.rule_id.startswith("SUP")]
    write(repo / ".policy-lint.yaml", "suppressions:\n  - {path: p.md, rules: [TXT001], text: not on the page, reason: x}\n  - {path: p.md, rules: [TXT001], heading: Children, reason: x}\n")
    out += [f.message for f in lint(page).findings() if f.rule_id.startswith("SUP")]
    bad_configs = [
        "per_file_jurisdiction: {a.md: US-TQ}\n",
        "select: [COV04]\n",
        "severity: {CVO005: info}\n",
        "rules: {COV: {x: 1}}\n",
        "rules: {LIM001: {min_word: 15}}\n",
        "rules: {LIM001: {min_words: many}}\n",
        "rules: {PLN001: {target_grade: six}}\n",
        "rules: {SCH001: {message: x}}\n",
        "pack: nope.yaml\n",
        "baseline: nope.json\n",
        "suppressions:\n  - {path: a.json, rules: [SUP003], reason: x}\n",
        "selct: [COV]\nfail_on: never\n",
        "- a\n",
        "select: [COV\n",
    ]
    for config in bad_configs:
        write(repo / ".policy-lint.yaml", config)
        with pytest.raises(PolicyLintError) as caught:
            lint(repo / "c0.yaml")
        out.append(str(caught.value))
    (repo / ".policy-lint.yaml").unlink()
    for options in ({"baseline": "missing.json"}, {"config": "x.yaml", "isolated": True}, {"config": "missing.yaml"}):
        with pytest.raises(PolicyLintError) as caught:
            lint(repo / "c0.yaml", **options)  # type: ignore[arg-type]
        out.append(str(caught.value))
    out += lint(repo / "c0.yaml", write_baseline=str(repo / "b.json")).notes
    (repo / "c0.yaml").write_text(NO_ELDER.replace("limits:\n", "limits: []\nx-old:\n", 1))
    out += lint(repo / "c0.yaml", baseline=str(repo / "b.json")).notes
    return [m for m in out if m]


def test_the_checks_catch_problems() -> None:
    """The checks are not blind: legal words, "the client" and slashes are caught."""
    assert _problems("You must disclose it pursuant to the law.")
    assert _problems("The client can ask and/or call.") == ["The client", "and/or"]
    assert not _problems("Patterns such as legacy/** and files such as .policy-lint.yaml are fine.")


def test_messages_are_plain(repo: Path) -> None:
    """Every message above passes the checks (the wording a user reads must pass the tool's own rules)."""
    messages = _messages(repo)
    assert len(messages) > 30

    bad = {m: p for m in messages if (p := _problems(m))}

    assert bad == {}


def _schema_texts() -> list[str]:
    import json

    from policy_lint import resources

    out: list[str] = []
    stack: list[object] = [resources.load_schema("config.schema.json")]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("title", "description") and isinstance(value, str):
                    out.append(value)
                else:
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    assert json  # the schema is JSON; keep the import honest
    return out


def test_config_schema_words_are_plain() -> None:
    """Editors show the schema's titles and descriptions: they pass the checks too."""
    texts = _schema_texts()

    assert len(texts) > 20
    assert {t: p for t in texts if (p := _problems(t))} == {}


def test_config_schema_has_a_title_and_description_on_each_property() -> None:
    """Every property of the config schema says what it is."""
    from policy_lint import resources

    schema = resources.load_schema("config.schema.json")
    assert schema["$id"] == "https://policy-lint.dev/schemas/config/v1.json"
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    props = dict(schema["properties"])
    props.update({f"suppression.{k}": v for k, v in schema["$defs"]["suppression"]["properties"].items()})
    for name, sub in props.items():
        assert sub.get("title") and sub.get("description"), name
