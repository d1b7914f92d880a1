"""The command line: options in, engine, reporter, exit code. No logic here."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from policy_lint._version import __version__

__all__ = ["main", "cli"]

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

_FORMATS = ["text", "json", "sarif", "github", "junit"]


class PolicyLintFailure(click.ClickException):
    """A config, pack or usage problem: print one line and exit 2."""

    exit_code = EXIT_ERROR


def _use_color(flag: bool | None, stream: Any) -> bool:
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def _size(text: str) -> int:
    units = {"kb": 1024, "k": 1024, "mb": 1024**2, "m": 1024**2, "gb": 1024**3, "g": 1024**3, "b": 1}
    lowered = text.strip().lower()
    for unit, factor in sorted(units.items(), key=lambda kv: -len(kv[0])):
        if lowered.endswith(unit):
            number = lowered[: -len(unit)].strip()
            break
    else:
        number, factor = lowered, 1
    try:
        value = float(number) * factor
    except ValueError:
        raise click.BadParameter(f"{text!r} is not a size. Write it like 2MB or 500KB.") from None
    if value <= 0:
        raise click.BadParameter("The size must be more than zero.")
    return int(value)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="policy-lint", message="%(prog)s %(version)s")
def cli() -> None:
    """Lint the confidentiality policy of a therapy practice, kept as YAML or JSON.

    policy-lint checks that the policy names every limit of confidentiality,
    says when clients are told, and is written in plain words.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--format", "-f", "fmt", type=click.Choice(_FORMATS), default=None, help="How to print the findings. [default: text, or github when GITHUB_ACTIONS=true]")
@click.option("--output", "-o", "output", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True), help="Write the report to this file instead of the screen.")
@click.option("--pack", metavar="NAME|PATH", help="The rule pack to use: a built-in name (base) or a pack file.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), help="Fail when a finding is at this level or above. [default: error]")
@click.option("--max-file-size", metavar="SIZE", help="Skip files larger than this, such as 2MB. [default: 2MB]")
@click.option("--stdin-filename", metavar="NAME", default="<stdin>", help="The name to show for a policy read from standard input (-).")
@click.option("--color/--no-color", default=None, help="Colour the output. By default, only on a terminal and never when NO_COLOR is set.")
@click.option("--hints/--no-hints", default=True, help="Show a hint on how to fix each finding.")
@click.option("--debug", is_flag=True, help="Show the full trace when policy-lint itself fails.")
def check(paths: tuple[str, ...], fmt: str | None, output: str | None, pack: str | None, fail_on: str | None, max_file_size: str | None, stdin_filename: str, color: bool | None, hints: bool, debug: bool) -> None:
    """Check policy files and folders (use - to read one policy from standard input)."""
    from policy_lint.errors import PolicyLintError
    from policy_lint.findings import Severity
    from policy_lint.reporters import render
    from policy_lint.runner import CheckOptions, build_linter, check as run_check

    stdin = sys.stdin.buffer.read() if "-" in paths else None
    options = CheckOptions(
        paths=paths,
        pack=pack,
        fail_on=Severity.parse(fail_on) if fail_on else None,
        max_bytes=_size(max_file_size) if max_file_size else None,
        stdin=stdin,
        stdin_name=stdin_filename,
    )
    try:
        linter = build_linter(options)
        result = run_check(options, linter)
    except PolicyLintError as exc:
        raise PolicyLintFailure(str(exc)) from exc
    internal = [f for fr in result.files for f in fr.findings if f.rule_id == "PL000"]
    code = EXIT_ERROR if internal else (EXIT_FINDINGS if result.failed else EXIT_CLEAN)
    if fmt is None:
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    to_file = output is not None and output != "-"
    use_color = False if to_file else _use_color(color, sys.stdout)
    text = render(fmt, result, color=use_color, hints=hints, rules=linter.settings.rules, exit_code=code)
    if to_file:
        _write_report(str(output), text, [fr.path for fr in result.files])
    else:
        click.echo(text, nl=False, color=use_color)
    if internal and debug:
        click.echo("policy-lint hit an internal error; see the PL000 findings above.", err=True)
    sys.exit(code)


def _write_report(path: str, text: str, linted: list[str]) -> None:
    """Write a report file safely, never over a policy being checked (exit 2 if it fails)."""
    from policy_lint._io import atomic_write

    try:
        atomic_write(path, text, protect=linted)
    except FileExistsError as exc:
        raise PolicyLintFailure(str(exc)) from exc
    except OSError as exc:
        raise PolicyLintFailure(f"Could not write {path}: {exc.strerror or exc}.") from exc


@cli.command()
@click.option("--pack", metavar="NAME|PATH", help="The rule pack to list.")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(pack: str | None, fmt: str) -> None:
    """List the rules: ID, name, severity, where each comes from, and what it checks."""
    from policy_lint.docs import rules_json, rules_table
    from policy_lint.errors import PolicyLintError
    from policy_lint.packs import load_pack

    try:
        loaded = load_pack(pack)
    except PolicyLintError as exc:
        raise PolicyLintFailure(str(exc)) from exc
    click.echo(rules_json(loaded) if fmt == "json" else rules_table(loaded), nl=False)


@cli.command()
@click.argument("rule")
@click.option("--pack", metavar="NAME|PATH", help="The rule pack to look in.")
def explain(rule: str, pack: str | None) -> None:
    """Explain one rule, by ID (COV004) or name (elder-abuse-missing)."""
    from policy_lint.docs import explain_rule, suggest
    from policy_lint.errors import PolicyLintError
    from policy_lint.packs import load_pack

    try:
        loaded = load_pack(pack)
    except PolicyLintError as exc:
        raise PolicyLintFailure(str(exc)) from exc
    spec = loaded.rule(rule)
    if spec is None:
        raise click.UsageError(f"There is no rule {rule!r}.{suggest(rule, loaded)} Run 'policy-lint rules' to see them all.")
    click.echo(explain_rule(spec), nl=False)


def main(argv: list[str] | None = None) -> None:
    """Run the command line (the console script's entry point)."""
    cli.main(args=argv, prog_name="policy-lint")


if __name__ == "__main__":  # pragma: no cover
    main()
