"""The benchmark tools work: the generator and a quick end-to-end run.

No timing is asserted here: speed is measured by ``benchmarks/run.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
SCHEMA = ROOT / "schemas" / "confidentiality-policy.schema.json"


def _load(name: str) -> ModuleType:
    return load_script(BENCH / f"{name}.py", f"_bench_{name}")  # type: ignore[no-any-return]


generate = _load("generate")
run = _load("run")


def _yaml_loader() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe")
    # Keep dates as text, as policy-lint and check-jsonschema do.
    ctor = yaml.constructor.yaml_constructors
    ctor["tag:yaml.org,2002:timestamp"] = ctor["tag:yaml.org,2002:str"]
    return yaml


def _same_text(a: Any, b: Any) -> Any:
    """Data with whitespace runs in strings folded, to compare YAML block scalars."""
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(_same_text(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(_same_text(x, y) for x, y in zip(a, b))
    if isinstance(a, str):
        return isinstance(b, str) and a.split() == b.split()
    return a == b


def test_generator_is_deterministic(tmp_path: Path) -> None:
    one = generate.generate(tmp_path / "a", 25, seed=7)
    two = generate.generate(tmp_path / "b", 25, seed=7)
    assert one == two
    for f in one["files"]:
        assert (tmp_path / "a" / f["name"]).read_bytes() == (tmp_path / "b" / f["name"]).read_bytes()
    # A file does not depend on how many files are made.
    _, text, _, _ = generate.make_file(7, 24)
    assert (tmp_path / "a" / one["files"][24]["name"]).read_text(encoding="utf-8") == text
    # Another seed gives other files.
    other = generate.generate(tmp_path / "c", 3, seed=8)
    assert (tmp_path / "c" / other["files"][0]["name"]).read_bytes() != (
        tmp_path / "a" / one["files"][0]["name"]
    ).read_bytes()


def test_generated_policies_are_realistic_and_valid_except_gaps() -> None:
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    yaml = _yaml_loader()
    seen_gaps: set[str] = set()
    n, n_json, n_gaps, n_valid_with_gaps = 100, 0, 0, 0
    for i in range(n):
        ext, text, gaps, data = generate.make_file(generate.DEFAULT_SEED, i)
        size = len(text.encode("utf-8"))
        assert 4096 <= size <= 8192, (i, size)
        if ext == "json":
            n_json += 1
            loaded = json.loads(text)
        else:
            assert 100 <= text.count("\n") <= 180, (i, text.count("\n"))
            loaded = yaml.load(text)
        # What the file says is what the generator meant to write.
        assert _same_text(data, loaded), i
        errors = list(validator.iter_errors(loaded))
        misspelt = any(g.startswith("misspelt_category") for g in gaps)
        if not gaps:
            assert not errors, (i, [e.message for e in errors])
        elif misspelt:
            assert errors, (i, gaps)
        else:
            n_valid_with_gaps += not errors
        n_gaps += bool(gaps)
        seen_gaps.update(g.split(":")[0] for g in gaps)
    assert 0.03 <= n_json / n <= 0.25
    assert 0.10 <= n_gaps / n <= 0.35
    assert seen_gaps == {"missing_limit", "missing_notification", "placeholder", "misspelt_category"}
    assert n_valid_with_gaps  # gaps that the schema cannot see: only the rules find them


def test_generated_prose_varies() -> None:
    texts = [generate.make_file(3, i)[1] for i in range(20)]
    assert len(set(texts)) == 20
    names = {t.split("name:", 1)[1].split("\n", 1)[0] for t in texts if "name:" in t}
    assert len(names) >= 10


def test_argument_lists_are_split_to_fit_the_os_limit() -> None:
    files = [f"policy-{i:05d}.yaml" for i in range(1000)]
    chunks = run._arg_chunks(["tool", "check"], files, {"A": "b"}, limit=64 * 1024 + 4000)
    assert len(chunks) > 1
    assert [f for c in chunks for f in c] == files
    assert run._arg_chunks(["tool"], files, {}) == [files]


FAKE_CHECK_JSONSCHEMA = """
import json, sys
if "--version" in sys.argv:
    print("fake-check-jsonschema, version 0")
    sys.exit(0)
import jsonschema
from ruamel.yaml import YAML
args = sys.argv[1:]
schema = json.load(open(args[args.index("--schemafile") + 1]))
files = args[args.index("--schemafile") + 2:]
yaml = YAML(typ="safe", pure=True)
c = yaml.constructor.yaml_constructors
c["tag:yaml.org,2002:timestamp"] = c["tag:yaml.org,2002:str"]
bad = 0
for name in files:
    text = open(name, encoding="utf-8").read()
    data = json.loads(text) if name.endswith(".json") else yaml.load(text)
    bad += any(True for _ in jsonschema.Draft202012Validator(schema).iter_errors(data))
print("ok -- validation done" if not bad else f"{bad} files failed")
sys.exit(1 if bad else 0)
"""


def _quick(tmp_path: Path, cjs_cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable, str(BENCH / "run.py"), "--quick", "--sizes", "1,4", "--repeat", "2",
            "--out", str(tmp_path / "out"), "--json", str(tmp_path / "result.json"), "--quiet",
            "--policy-lint-cmd", f"{sys.executable} -m policy_lint",
            "--check-jsonschema-cmd", cjs_cmd,
        ],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )


def test_runner_quick_mode_runs_end_to_end(tmp_path: Path) -> None:
    fake = tmp_path / "fake_cjs.py"
    fake.write_text(textwrap.dedent(FAKE_CHECK_JSONSCHEMA), encoding="utf-8")
    proc = _quick(tmp_path, f"{sys.executable} {fake}")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads((tmp_path / "result.json").read_text(encoding="utf-8"))
    got = {(r["size"], r["tool"]) for r in report["results"]}
    assert got == {(1, "policy-lint"), (1, "check-jsonschema"), (4, "policy-lint"), (4, "check-jsonschema")}
    for r in report["results"]:
        assert not r["crashed"], r
        assert r["wall_s"] > 0 and r["cpu_s"] > 0 and r["peak_rss_mb"] > 0 and r["maxrss_mb"] > 0
        assert r["repeats"] == (2 if r["size"] == 1 else 1)
    assert set(report["ratios"]) == {"1", "4"}
    assert report["machine"]["cpu"]
    assert "ratio policy-lint / check-jsonschema" in proc.stdout
    assert "cold start (1 file)" in proc.stdout


def test_runner_reports_a_crash(tmp_path: Path) -> None:
    crash = f"{sys.executable} -c \"import sys; sys.exit(0) if '--version' in sys.argv else sys.exit(3)\""
    proc = _quick(tmp_path, crash)
    assert proc.returncode == 3, proc.stdout + proc.stderr
    assert "CRASH" in proc.stdout
    report = json.loads((tmp_path / "result.json").read_text(encoding="utf-8"))
    assert any(r["crashed"] and r["tool"] == "check-jsonschema" for r in report["results"])
    assert all(t["verdict"] in ("n/a", "INVALID (a tool crashed)") for t in report["targets"])


@pytest.mark.parametrize("argv", [["--sizes", "0"], ["--repeat", "0"]])
def test_runner_rejects_bad_options(argv: list[str]) -> None:
    with pytest.raises(SystemExit):
        run.parse_args(argv)
