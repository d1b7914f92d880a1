"""Results cross process boundaries (``--jobs``) pickled: they must come back the same."""

from __future__ import annotations

import pickle

from policy_lint.findings import FileResult, Finding, Position, Severity, Suppression


def _result() -> FileResult:
    findings = (
        Finding("a.yaml", "COV001", "missing-limit", Severity.ERROR, "The policy does not say when you may share.", Position(3, 5), Position(3, 9), "/limits", "Add a limit.", None, {"category": "harm_to_self"}),
        Finding("a.yaml", "PLN005", "legal-wording", Severity.WARNING, "Say 'under' for 'pursuant to'.", Position(7, 1), None, "/notes/0", None, Suppression("Quoted from the statute.", "comment", "2027-01-01", 6)),
        Finding("a.yaml", "PAR001", "invalid-yaml", Severity.INFO, "Whole-file note.", None, None, "", None, Suppression("legacy", "baseline")),
    )
    return FileResult("a.yaml", findings, {"grade": 7.5})


def test_file_result_survives_pickling() -> None:
    fr = _result()
    back = pickle.loads(pickle.dumps(fr, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == fr
    assert [f.data for f in back.findings] == [f.data for f in fr.findings]  # data is not compared by ==
    assert back.metrics == fr.metrics
    assert all(type(f.severity) is Severity for f in back.findings)


def test_empty_file_result_survives_pickling() -> None:
    fr = FileResult("clean.yaml")
    assert pickle.loads(pickle.dumps(fr)) == fr
