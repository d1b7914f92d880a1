"""Policy files for tests: load them independently of policy-lint, and write them into a test's folder.

The schema and vocabulary tests use ruamel.yaml's pure-Python safe loader,
with dates kept as text, so a bug in policy_lint.loading cannot hide a bug in
the examples. ``write_policy`` and ``policy_copies`` build the temporary
policy files that several test modules need (one policy, or a folder of many
for the worker processes).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Sequence

from ruamel.yaml import YAML
from ruamel.yaml.constructor import SafeConstructor


EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
#: The example policy with no finding at all.
COMPLETE = EXAMPLES / "complete.yaml"


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


def write_policy(folder: Path, name: str = "policy.yaml", text: str | None = None) -> Path:
    """Write a policy into ``folder`` (made if need be): ``text``, else the complete example. Returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(COMPLETE.read_text(encoding="utf-8") if text is None else text, encoding="utf-8")
    return path


def policy_copies(folder: Path, count: int, sources: Sequence[Path] = (COMPLETE,), *, per_folder: int = 0) -> Path:
    """``count`` policies in ``folder``, copies of ``sources`` in turn, named ``p000.yaml``, ``p001.json``, ...

    Enough files make a check use worker processes. With ``per_folder``, they
    go into subfolders of that many each (``c0/``, ``c1/``, ...). Returns ``folder``.
    """
    for i in range(count):
        src = sources[i % len(sources)]
        where = folder / f"c{i // per_folder}" if per_folder else folder
        where.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, where / f"p{i:03d}{src.suffix}")
    return folder
