"""``python -m policy_lint``."""

from policy_lint.launch import main

main()
