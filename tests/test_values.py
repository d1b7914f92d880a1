"""The contract of every value class (``policy_lint.values``).

Each subclass of ``Record``, ``Frozen`` or ``Row`` in the package gets a
real instance below (most come from linting ``examples/``). For each one:
the ``__init__`` (or ``__new__``) arguments are the fields, in order;
``replace`` gives an equal copy and changes one field; a pickle round trip
gives an equal value; a ``Frozen`` or ``Row`` cannot be changed; and
``hash`` works exactly where the class claims it does.
"""

from __future__ import annotations

import importlib
import inspect
import pickle
import pkgutil
import re
from datetime import date
from pathlib import Path
from typing import Any, Callable

import pytest

import policy_lint
from policy_lint.values import Frozen, Record, Row

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

# Values that hold a function (a closure that finds a line in a file) are
# made and used in one process; they never cross to a worker.
NOT_PICKLED = {
    "policy_lint.config.Config": "holds the function that places a config key",
    "policy_lint.packs._Raw": "holds the function that places a pack key",
}


def _all_classes() -> dict[str, type]:
    for info in pkgutil.walk_packages(policy_lint.__path__, "policy_lint."):
        if info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
    found: dict[str, type] = {}
    stack: list[type] = [Record, Row]
    while stack:
        cls = stack.pop()
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("policy_lint.") and sub.__module__ != "policy_lint.values":
                found[f"{sub.__module__}.{sub.__qualname__}"] = sub
            stack.append(sub)
    return found


def _samples(tmp_factory: Any = None) -> dict[str, Callable[[], Any]]:
    """One way to get a real instance of each value class."""
    from policy_lint import config, discover, engine, findings, loading, packs, schema, session, suppressions
    from policy_lint.reporters import base as reporters_base
    from policy_lint.audit import model
    from policy_lint.authoring import fix, render
    from policy_lint.plain import detect, legalese, readability, text
    from policy_lint.rules import base

    pack = packs.load_pack("base")
    doc = loading.load_path(EXAMPLES / "complete.yaml").document
    rule = pack.rules[0]

    def lint() -> Any:
        linter = engine.Linter(pack, engine.Settings(rules=pack.rules))
        return linter.lint_path(EXAMPLES / "gaps" / "no-court-order.yaml", "no-court-order.yaml")

    def a_config() -> Any:
        folder = Path(tmp_factory.mktemp("config"))
        (folder / ".policy-lint.yaml").write_text("select: [COV]\n", encoding="utf-8")
        return config.load_config(folder / ".policy-lint.yaml")

    def audited() -> Any:
        items = [model.ClinicInput(lint(), "Oak Clinic")]
        return model.build_audit(items, pack.rules, title="t", date="2026-11-26", pack_name="base")

    sentence = text.sentences("The client may ask. We will tell you.")[0]

    def a_notice() -> Any:
        from ruamel.yaml import YAML

        data = YAML(typ="safe").load((EXAMPLES / "complete.yaml").read_text(encoding="utf-8"))
        return render.notice(data)

    def raw() -> Any:
        return packs._read(policy_lint.resources.pack_path("base"), validate=False, builtin=True)

    return {
        "policy_lint.audit.model.Place": lambda: model.Place("US-TX", "Texas", "policy", "us-tx"),
        "policy_lint.jurisdictions.where.Where": lambda: __import__("policy_lint.jurisdictions.where", fromlist=["Where"]).Where("US-CA", "assumed", "CA 95814", "/clinic/address", (27, 35)),
        "policy_lint.loading.document.Limits": lambda: loading.Limits(max_bytes=10),
        "policy_lint.loading.document.LoadProblem": lambda: loading.load_text("a: [", "x.yaml").problems[0],
        "policy_lint.loading.document.NodeInfo": lambda: next(iter(doc.index.values())),
        "policy_lint.loading.document.Document": lambda: doc,
        "policy_lint.readers.document.ProseDocument": lambda: loading.load_bytes(b"# Policy\n\nWe keep it private.\n", "p.md").document,
        "policy_lint.loading.document.LoadResult": lambda: loading.load_text("a: 1\n", "x.yaml"),
        "policy_lint.config.Config": a_config,
        "policy_lint.config._Selection": lambda: config._Selection({"COV001"}, {"PLN001"}),
        "policy_lint.engine.Settings": lambda: engine.Settings(rules=pack.rules),
        "policy_lint.findings.Position": lambda: findings.Position(3, 4),
        "policy_lint.findings.Locator": lambda: findings.Locator(3, 4, 2, 1),
        "policy_lint.meaning._passages.Passage": lambda: __import__("policy_lint.meaning._passages", fromlist=["Passage"]).Passage("/blocks/1", "We must report child abuse.", ("child_abuse",), None),
        "policy_lint.meaning._statement.Statement": lambda: __import__("policy_lint.meaning._statement", fromlist=["Statement"]).Statement("child_abuse", "states", "must", (8, 14), ("report",)),
        "policy_lint.findings.Suppression": lambda: findings.Suppression("accepted", "comment", "2030-01-01", 4),
        "policy_lint.findings.Finding": lambda: lint().findings[0],
        "policy_lint.findings.FileResult": lint,
        "policy_lint.findings.Tally": lambda: findings.Tally(2, 1, {"error": 1, "warning": 0, "info": 0}, 0),
        "policy_lint.findings.RunResult": lambda: findings.RunResult((lint(),)),
        "policy_lint.session.CheckOptions": lambda: session.CheckOptions(paths=("examples",), select=("COV",), today=date(2026, 1, 1), jobs=0),
        "policy_lint.reporters.base.Summary": lambda: reporters_base.Summary(findings.Tally(1, 1, {"error": 1, "warning": 0, "info": 0, "suppressed": 0}), findings.Severity.ERROR, 1),
        "policy_lint.schema.SchemaProblem": lambda: schema.SchemaProblem("type", "/clinic", "This is not text.", hint="Write text."),
        "policy_lint.discover.Target": lambda: discover.Target(Path("a.yaml"), "a.yaml"),
        "policy_lint.rules.base.Violation": lambda: base.Violation("/clinic", "Missing.", span=(0, 3)),
        "policy_lint.rules.base.Example": lambda: rule.fail_example,
        "policy_lint.rules.base.Source": lambda: base.Source("HIPAA 45 CFR 164.512(j)", "https://example.org"),
        "policy_lint.rules.base.RuleSpec": lambda: rule,
        "policy_lint.rules.base.CheckContext": lambda: base.CheckContext(doc, pack, rule),
        "policy_lint.packs.Category": lambda: next(iter(pack.categories.values())),
        "policy_lint.packs.Pack": lambda: pack,
        "policy_lint.packs._Raw": raw,
        "policy_lint.plain.legalese.Term": lambda: legalese.Term("pursuant to", ("under",)),
        "policy_lint.plain.legalese.TermHit": lambda: legalese.TermHit(0, 11, "pursuant to", legalese.Term("pursuant to", ("under",))),
        "policy_lint.plain.text.Word": lambda: sentence.words[0],
        "policy_lint.plain.text.Sentence": lambda: sentence,
        "policy_lint.plain.detect.Hit": lambda: detect.Hit(0, 3, "was", "passive", "say who does it"),
        "policy_lint.plain.readability.Counts": lambda: readability.Counts(1, 4, 5, 0, 5, 0, 15, 0),
        "policy_lint.plain.readability.Scores": lambda: readability.scores(readability.Counts(1, 4, 5, 0, 5, 0, 15, 0)),
        "policy_lint.suppressions.ConfigSuppression": lambda: suppressions.ConfigSuppression(
            "a.yaml", re.compile("a\\.yaml"), True, ("COV001",), frozenset({"COV001"}), "/suppressions/0", "accepted", None, "c:1:1"
        ),
        "policy_lint.suppressions.SuppressionConfig": lambda: suppressions.SuppressionConfig(today=date(2026, 1, 1), config_name="c"),
        "policy_lint.suppressions.Directive": lambda: suppressions.parse_directives(
            loading.load_text("# policy-lint: ignore[COV001] reason=\"ok\"\na: 1\n", "x.yaml").document, pack
        )[0],
        "policy_lint.audit.model.Requirement": lambda: audited().requirements[0],
        "policy_lint.audit.model.Cell": lambda: audited().clinics[0].cells[0],
        "policy_lint.audit.model.ClinicInput": lambda: model.ClinicInput(lint(), "Oak Clinic"),
        "policy_lint.audit.model.Clinic": lambda: audited().clinics[0],
        "policy_lint.audit.model.ColumnTotal": lambda: audited().totals[0],
        "policy_lint.audit.model.Audit": audited,
        "policy_lint.why.Requirement": lambda: __import__("policy_lint.why", fromlist=["Requirement"]).Requirement(
            "COV001", "self-harm-missing", ("harm_to_self",), True, False, (("harm_to_self", "vague", "LIM004", "warns", False),)
        ),
        "policy_lint.why.FactRule": lambda: __import__("policy_lint.why", fromlist=["FactRule"]).FactRule(
            "DOC004", "effective-date-missing", ("/clinic/effective_date",), False, False, (("3:1", "1 April 2026"),), True
        ),
        "policy_lint.authoring.fix.Edit": lambda: fix.Edit("/clinic/name", 0, 11, "pursuant to", "under", "PLN003", 4, 9),
        "policy_lint.authoring.fix.FixResult": lambda: fix.FixResult("a: 1\n", [fix.Edit("/a", 0, 1, "x", "y", "PLN003")], [], b"a: 1\n"),
        "policy_lint.authoring.render.Limit": lambda: a_notice().limits[0],
        "policy_lint.authoring.render.Notice": a_notice,
        "policy_lint.authoring.init.Answers": lambda: __import__("policy_lint.authoring.init", fromlist=["Answers"]).Answers(
            "Oak Counseling", "US-CA", email="a@b.example", practices=("solo",), effective_date="2026-01-15"
        ),
    }


CLASSES = _all_classes()


def test_every_value_class_has_a_sample() -> None:
    """A new value class needs a sample here, so that the contract covers it."""
    assert sorted(CLASSES) == sorted(_samples())


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return {name: make() for name, make in _samples(tmp_path_factory).items()}


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_init_arguments_are_the_fields(name: str) -> None:
    """The constructor takes the fields, in the order ``replace`` and pickle pass them."""
    cls = CLASSES[name]
    if issubclass(cls, Row):
        params = list(inspect.signature(cls.__new__).parameters)[1:]
    else:
        params = list(inspect.signature(cls.__init__).parameters)[1:]
        slots = [s for c in reversed(cls.__mro__) for s in c.__dict__.get("__slots__", ())]
        assert set(cls._fields) <= set(slots)
        assert cls._compared and set(cls._compared) <= set(cls._fields)
    assert params == list(cls._fields), name


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_replace_copies_and_changes_one_field(name: str, samples: dict[str, Any]) -> None:
    """``replace()`` gives an equal copy; ``replace(field=...)`` changes that field only."""
    value = samples[name]
    assert type(value).__name__ == CLASSES[name].__name__
    assert value.replace() == value
    first = value._fields[0]
    changed = value.replace(**{first: "other"})
    assert getattr(changed, first) == "other"
    for field in value._fields[1:]:
        assert getattr(changed, field) is getattr(value, field)
    with pytest.raises(TypeError):
        value.replace(no_such_field=1)


@pytest.mark.parametrize("name", sorted(set(CLASSES) - set(NOT_PICKLED)))
def test_pickle_round_trip(name: str, samples: dict[str, Any]) -> None:
    """Workers send values back as pickles: the copy is equal and of the same class."""
    value = samples[name]
    copy = pickle.loads(pickle.dumps(value))
    assert type(copy) is type(value)
    assert copy == value


@pytest.mark.parametrize("name", sorted(NOT_PICKLED))
def test_values_that_hold_a_function_say_so(name: str, samples: dict[str, Any]) -> None:
    """The classes listed as not pickled really cannot be (else take them off the list)."""
    with pytest.raises((pickle.PicklingError, AttributeError, TypeError)):
        pickle.dumps(samples[name])


@pytest.mark.parametrize("name", sorted(n for n, c in CLASSES.items() if issubclass(c, (Frozen, Row))))
def test_frozen_values_cannot_change(name: str, samples: dict[str, Any]) -> None:
    """Setting or deleting a field of a Frozen or Row value raises."""
    value = samples[name]
    field = value._fields[0]
    with pytest.raises(AttributeError):
        setattr(value, field, "other")
    with pytest.raises(AttributeError):
        delattr(value, field)


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_hash_works_where_the_class_claims_it(name: str, samples: dict[str, Any]) -> None:
    """A hashable class hashes (equal values, equal hashes); any other raises TypeError."""
    cls = CLASSES[name]
    value = samples[name]
    if getattr(cls, "hashable", False):
        assert hash(value) == hash(pickle.loads(pickle.dumps(value)) if name not in NOT_PICKLED else value)
    else:
        with pytest.raises(TypeError):
            hash(value)
