"""``python -m policy_lint``."""

from policy_lint.cli import main

main()
