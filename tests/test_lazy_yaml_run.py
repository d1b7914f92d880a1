"""A check of one YAML policy imports only what a YAML check needs.

It runs in pre-commit hooks, so its start-up counts. The prose readers
(Markdown, HTML, Word, PDF), the authoring commands (fix, init, render,
publish), the audit and the other reporters have no part in it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import modules_after

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


#: Never imported by a text check of a YAML policy.
NOT_FOR_YAML = (
    "markdown_it",
    "html.parser",
    "docx",
    "pypdf",
    "policy_lint.readers.load",
    "policy_lint.readers.blocks",
    "policy_lint.readers.document",
    "policy_lint.authoring.draft",
    "policy_lint.readers.facts",
    "policy_lint.readers.structure",
    "policy_lint.readers.markdown",
    "policy_lint.readers.html",
    "policy_lint.readers.text",
    "policy_lint.readers.docx",
    "policy_lint.readers.pdf",
    "policy_lint.authoring",
    "policy_lint.authoring.fix",
    "policy_lint.authoring.init",
    "policy_lint.authoring.render",
    "policy_lint.authoring.publish",
    "policy_lint.audit",
    "policy_lint.reporters.json",
    "policy_lint.reporters.sarif",
    "policy_lint.reporters.junit",
    "policy_lint.reporters.github",
    "policy_lint.docs",
    "policy_lint.why",
)


def test_a_yaml_check_imports_no_reader_authoring_or_other_reporter() -> None:
    target = str(EXAMPLES / "complete.yaml")
    modules_after("check", target)  # the first run may fill the cache of shipped packs
    checked = modules_after("check", target)
    assert "policy_lint.engine" in checked  # it did run the check
    assert "policy_lint.routing" in checked  # the Linter that picks the pack of each place
    assert not set(NOT_FOR_YAML) & checked


def test_loading_the_shipped_packs_checks_none_of_their_patterns_again() -> None:
    """The shipped packs' patterns are checked by tests/test_packs_shipped.py, not each time a pack loads.

    (``packs._check_patterns`` looks the function up when it runs, so the
    counter sees its calls; a rule that compiles a pattern still checks it.)
    """
    code = (
        "import sys\n"
        "import policy_lint.patterns.safety as safety\n"
        "calls = []\n"
        "real = safety.check_user_regex\n"
        "def counted(*a, **k):\n"
        "    calls.append(a[0])\n"
        "    return real(*a, **k)\n"
        "safety.check_user_regex = counted\n"
        "import policy_lint.patterns as patterns\n"
        "patterns.check_user_regex = counted\n"
        "from policy_lint.cli import main\n"
        "try:\n"
        f"    main(['check', {str(EXAMPLES / 'complete.yaml')!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('\\nCALLS', len(calls))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False).stdout
    assert out.split("CALLS", 1)[1].split() == ["0"]
