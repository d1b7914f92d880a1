"""The core reads every labelled passage as recorded in tests/meaning/readings.json.

The record pins the readings (topic, stance, force, span and words) so that
work on speed cannot change one unseen. A change meant to read better
rewrites it with ``python tools/meaning_oracle.py --write``.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import load_script

ROOT = Path(__file__).resolve().parents[2]


TOOL = load_script(ROOT / "tools" / "meaning_oracle.py")


def test_every_labelled_passage_reads_as_recorded() -> None:
    record = json.loads(TOOL.RECORD.read_text(encoding="utf-8"))
    got = TOOL.readings(TOOL.texts())
    assert len(record) >= 600
    diff = TOOL.differences(record, got)
    assert not diff, f"{len(diff)} passages read differently (run tools/meaning_oracle.py):\n" + "\n".join(diff[:5])


def test_the_check_sees_a_changed_reading() -> None:
    record = {"We must report child abuse.": [["child_abuse", "states", "must", [0, 26], ["child abuse"]]]}
    got = {"We must report child abuse.": [["child_abuse", "vague", "must", [0, 26], ["child abuse"]]]}
    assert TOOL.differences(record, got)
    assert not TOOL.differences(record, dict(record))
