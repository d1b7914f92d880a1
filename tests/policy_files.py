"""Load policy files for tests, independently of policy-lint's own loader.

The schema and vocabulary tests use ruamel.yaml's pure-Python safe loader,
with dates kept as text, so a bug in policy_lint.loading cannot hide a bug in
the examples.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import SafeConstructor


class _DatesAsText(SafeConstructor):
    """Safe constructor that keeps timestamps as the text in the file."""


_DatesAsText.add_constructor("tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str)


def load_policy(path: Path) -> Any:
    """Load a YAML or JSON policy as plain data, dates kept as strings."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    yaml = YAML(typ="safe", pure=True)
    yaml.Constructor = _DatesAsText
    return yaml.load(text)
