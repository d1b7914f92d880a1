"""Errors that stop a run. None of them imports click: the CLI turns them into exit code 2."""

from __future__ import annotations

__all__ = ["PolicyLintError", "ConfigError", "RulePackError", "UsageError"]


class PolicyLintError(Exception):
    """Base class: something the user must fix before policy-lint can run."""


class ConfigError(PolicyLintError):
    """The configuration file is broken or names something that does not exist."""


class RulePackError(PolicyLintError):
    """A rule pack cannot be found, read or validated."""


class UsageError(PolicyLintError):
    """The command line asks for something policy-lint cannot do."""
