"""``_io.read_at_most``: one bounded read loop for policies, standard input and our own files."""

from __future__ import annotations

import io
from pathlib import Path

from policy_lint._io import read_at_most
from policy_lint.loading import load_path


def _reader(data: bytes) -> tuple[list[int], object]:
    asked: list[int] = []
    stream = io.BytesIO(data)

    def read(n: int) -> bytes:
        asked.append(n)
        return stream.read(n)

    return asked, read


def test_a_file_of_known_size_is_read_in_one_call_and_one_more_for_the_end() -> None:
    data = b"x" * 5000
    asked, read = _reader(data)
    assert read_at_most(read, 1_000_000, len(data) + 1) == data  # type: ignore[arg-type]
    assert asked == [5001, 10002]


def test_reads_stop_at_the_limit_and_grow_to_one_mib() -> None:
    data = b"y" * (3 << 20)
    asked, read = _reader(data)
    assert read_at_most(read, 2_500_000) == data[:2_500_000]  # type: ignore[arg-type]
    assert asked[0] == 1 << 16 and max(asked) == 1 << 20 and sum(asked) >= 2_500_000
    assert all(a <= 2_500_000 - sum(asked[:i]) for i, a in enumerate(asked))


def test_empty_and_tiny_inputs() -> None:
    for data in (b"", b"a"):
        asked, read = _reader(data)
        assert read_at_most(read, 10, 0) == data  # type: ignore[arg-type]
        assert asked[0] == 1


def test_a_policy_file_reads_whole(tmp_path: Path) -> None:
    text = "schema_version: 1\n" + "".join(f"x-{i}: value {i}\n" for i in range(3000))
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_path(path)
    assert result.document is not None and result.document.text == text
