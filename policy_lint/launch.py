"""The ``policy-lint`` command: a plain ``check FILE...`` runs without click, the rest through it.

See ``policy_lint.quickcheck`` for which command lines take the short way
and why; every other one goes to ``policy_lint.cli`` unchanged.
"""

from __future__ import annotations

import sys

__all__ = ["main"]


def main(argv: list[str] | None = None) -> None:
    """Run the command line (the console script's entry point)."""
    if not sys.warnoptions:  # no Python warning reaches a user (-W or PYTHONWARNINGS still show them)
        import warnings

        warnings.simplefilter("ignore")
    args = sys.argv[1:] if argv is None else list(argv)
    from policy_lint.quickcheck import plain_check, run

    if plain_check(args):
        run(args[1:])
        return
    from policy_lint.cli import main as full

    full(argv)


if __name__ == "__main__":  # pragma: no cover
    main()
