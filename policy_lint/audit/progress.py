"""A progress bar on standard error, for long audits on a terminal only.

It shows when there are more than ``threshold`` files and the stream is a
terminal. Otherwise (short runs, CI logs, files, pipes) it writes nothing.
"""

from __future__ import annotations

from typing import Any, TextIO

__all__ = ["Progress", "THRESHOLD"]

#: Audits with more files than this get a progress bar.
THRESHOLD = 50


class Progress:
    """Draw ``Checking policies [#####.....] 120/300`` on one line, then clear it."""

    def __init__(self, total: int, stream: TextIO | Any, *, threshold: int | None = None, width: int = 30, label: str = "Checking policies") -> None:
        self.total = total
        self.stream = stream
        self.width = width
        self.label = label
        self.enabled = total > (THRESHOLD if threshold is None else threshold) and _is_tty(stream)
        self._last = -1
        self._drawn = 0

    def update(self, done: int) -> None:
        """Show that ``done`` files of ``total`` are checked (draws only when the bar moves)."""
        if not self.enabled:
            return
        done = max(0, min(done, self.total))
        filled = done * self.width // self.total if self.total else self.width
        step = (filled, done == self.total, done * 100 // max(self.total, 1))
        if step[2] == self._last and done != self.total:
            return
        self._last = step[2]
        bar = "#" * filled + "." * (self.width - filled)
        text = f"\r{self.label} [{bar}] {done}/{self.total}"
        self._drawn = len(text) - 1
        self.stream.write(text)
        self.stream.flush()

    def close(self) -> None:
        """Clear the bar so the next line starts clean."""
        if self.enabled and self._drawn:
            self.stream.write("\r" + " " * self._drawn + "\r")
            self.stream.flush()
            self._drawn = 0

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_tty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False
