"""The command line: options in, a Session, a reporter, the exit code. No logic here."""

from __future__ import annotations

import os
import sys
from typing import Any, Callable

import click

from policy_lint._version import __version__

__all__ = ["main", "cli"]

#: Exit codes, as ``policy_lint.session`` gives them (not imported from there,
#: so that --help and --version stay cheap).
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

_FORMATS = ["text", "json", "sarif", "github", "junit"]


class PolicyLintFailure(click.ClickException):
    """A config, pack or usage problem: print one line and exit 2."""

    exit_code = EXIT_ERROR

    def format_message(self) -> str:
        # Paths and names in the message may hold control characters or bytes
        # that are not UTF-8: never send them raw to the terminal.
        from policy_lint.reporters.text import safe

        return "\n".join(safe(line) for line in self.message.split("\n"))


#: What to do instead of giving two places: a run over many files can give each file its place ...
_PLACE_FOR_RUN = (
    "it sets one place for every file of the run. "
    "For clinics in several places, put each clinic's files in a folder named by its code (clinics/US-CA/, clinics/US-TX/), "
    "or list them under per_file_jurisdiction in .policy-lint.yaml."
)
#: ... a command on one policy (import, why, init) cannot.
_PLACE_FOR_POLICY = "a policy has one place. Give the one place of this policy."


def _one_place(advice: str, *, lenient: bool = False) -> Callable[[click.Context, click.Parameter, tuple[str, ...]], str | None]:
    """The callback of ``--jurisdiction``: given once, or not at all, it is the one place of the command.

    click keeps the last of an option given twice, in silence: a consultant
    who gave ``--jurisdiction US-CA --jurisdiction US-TX`` for clinics in two
    states had every clinic checked as Texan (trial 40). ``advice`` finishes
    the message: what to do instead, which differs between a run over many
    files and a command on one policy. Each code is checked first, so that
    ``--jurisdiction us-ca --jurisdiction US-CA`` names the code at fault,
    not the count. With ``lenient`` (init, which takes ``us-ca`` for
    ``US-CA`` and checks the code itself), codes are compared in capitals.
    """

    def callback(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> str | None:
        # an empty value is no place, as in the config (``--jurisdiction "$PLACE"`` with PLACE unset)
        value = tuple(code for code in value if code.strip())
        if value and not lenient:
            from policy_lint.jurisdictions.codes import did_you_mean, known

            for code in value:
                if not known(code):
                    raise PolicyLintFailure(f"--jurisdiction {code}: this is not a region code.{did_you_mean(code)} Use an ISO 3166 code, such as US-TX or GB.")
        places = dict.fromkeys(code.strip().upper().replace("_", "-") for code in value)
        if len(places) > 1:
            raise click.UsageError(f"--jurisdiction was given {len(value)} times ({', '.join(value)}), but {advice}", ctx=ctx)
        return value[0] if value else None

    return callback


def _read_stdin(max_bytes: int | None) -> bytes:
    """Read standard input, but never more than one byte past the size limit.

    ``cat /dev/zero | policy-lint check -`` must end with a finding, not fill
    the memory. The loader reports the extra byte as a file over the limit.
    """
    from policy_lint.fileio import read_at_most
    from policy_lint.loading import DEFAULT_LIMITS

    limit = (max_bytes if max_bytes is not None else DEFAULT_LIMITS.max_bytes) + 1
    return read_at_most(sys.stdin.buffer.read, limit)


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
    if value != value or value in (float("inf"), float("-inf")):  # nan, inf, 1e400GB
        raise click.BadParameter(f"{text!r} is not a size. Write it like 2MB or 500KB.")
    if value <= 0:
        raise click.BadParameter("The size must be more than zero.")
    return int(value)


_EXTENSIONS_HELP = "File endings to check in folders, comma-separated, such as .yaml,.md,.html. Wins over the config file. [default: .yaml .yml .json .md .markdown .html .htm .docx .pdf]"
_AUDIT_EXTENSIONS_HELP = _EXTENSIONS_HELP.replace(".pdf]", ".pdf .txt]")


def _extensions(values: tuple[str, ...]) -> tuple[str, ...] | None:
    """--extensions as a tuple of endings (None when not given)."""
    if not values:
        return None
    from policy_lint.discover import parse_extensions

    found = parse_extensions(values)
    for ending in found:
        if len(ending) < 2 or not ending[1:].isalnum():
            raise click.BadParameter(f"{ending!r} is not a file ending. Write endings like .yaml,.md,.html.", param_hint="'--extensions'")
    if not found:
        raise click.BadParameter("Give at least one file ending, such as .yaml.", param_hint="'--extensions'")
    return found



class _Group(click.Group):
    """Ctrl-C exits 130 and SIGTERM 143 (128 + the signal), as shells do, with one line on stderr.

    Click would print "Aborted!" and exit 1, the code of "findings". The
    exception unwinds first: a report being written is dropped (its
    temporary file removed, the old report kept), and workers are ended.
    ``quickcheck.guarded`` does it, for this command line and for the
    plain ``check`` that runs without click.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as exc:
            raise _only_close(exc) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return self._invoke(ctx)
        except click.NoSuchOption as exc:  # an option of a command: ``check --bogus``
            raise _only_close(exc) from None

    def _invoke(self, ctx: click.Context) -> Any:
        from policy_lint.quickcheck import guarded

        return guarded(lambda: super(_Group, self).invoke(ctx), echo=lambda text: click.echo(text, err=True))


#: How alike a wrong option and a real one must be to suggest it ("--jbos": "--jobs"; not "--bogus").
_CLOSE = 0.7


def _only_close(exc: click.NoSuchOption) -> click.NoSuchOption:
    """Keep only suggestions close to what was typed: click suggests "--jobs" for "--bogus"."""
    if exc.possibilities:
        from difflib import SequenceMatcher

        typed = exc.option_name.lstrip("-")
        close = [p for p in exc.possibilities if SequenceMatcher(None, typed, p.lstrip("-")).ratio() >= _CLOSE]
        exc.possibilities = close or None  # type: ignore[misc]
    return exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="policy-lint", message="%(prog)s %(version)s")
def cli() -> None:
    """Check the confidentiality policy of a therapy practice: YAML or JSON, or a web page, Word file, PDF or Markdown.

    policy-lint checks that the policy names every limit of confidentiality,
    says when clients are told, and is written in plain words.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--format", "-f", "fmt", type=click.Choice(_FORMATS), default=None, help="How to print the findings. [default: text, or github in GitHub Actions. With -o, a file name that ends in .json, .sarif or .xml picks json, sarif or junit, and a --format that such an ending contradicts is refused.]")
@click.option("--output", "-o", "output", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True), help="Write the report to this file instead of the screen.")
@click.option("--pack", metavar="NAME|PATH", help="The rule pack to use: a built-in name (base) or a pack file.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), help="Fail when a finding is at this level or above. [default: error]")
@click.option("--max-file-size", metavar="SIZE", help="Skip files larger than this, such as 2MB. [default: 2MB]")
@click.option("--stdin-filename", metavar="NAME", default="<stdin>", help="The name to show for a policy read from standard input (-).")
@click.option("--color/--no-color", default=None, help="Colour the output. By default, only on a terminal and never when NO_COLOR is set.")
@click.option("--hints/--no-hints", default=True, help="Show a hint on how to fix each finding.")
@click.option("--debug", is_flag=True, help="Show the full trace when policy-lint itself fails.")
@click.option("--select", multiple=True, metavar="RULES", help="Run only these rules: IDs, starts of IDs (PLN) or names, comma-separated. Wins over the config file.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Skip these rules (same forms as --select). Wins over the config file.")
@click.option("--config", "config_path", metavar="PATH", type=click.Path(dir_okay=False), help="Use this config file for every file, instead of looking for one.")
@click.option("--isolated", is_flag=True, help="Ignore every config file: use the pack's defaults and the command line.")
@click.option("--ignore-suppressions", is_flag=True, help="Show every finding: ignore suppression comments, the config's suppressions and the baseline.")
@click.option("--show-suppressed", is_flag=True, help="List suppressed findings too, with their reasons.")
@click.option("--baseline", metavar="FILE", type=click.Path(dir_okay=False), help="Accept the findings listed in this baseline file. Only new findings fail.")
@click.option("--write-baseline", metavar="FILE", type=click.Path(dir_okay=False), help="Write every current finding to this baseline file.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=None, metavar="N", help="Check files in N processes (0: one per core). By default, one for small runs and up to 4 for large ones.")
@click.option("--extensions", multiple=True, metavar="ENDINGS", help=_EXTENSIONS_HELP)
@click.option("--jurisdiction", metavar="CODE", multiple=True, callback=_one_place(_PLACE_FOR_RUN), help="Where the practice is (US-TX, GB, ...), for policies that do not say. It picks the rule pack for that place.")
@click.option("--hipaa-covered-entity", "hipaa", is_flag=True, default=None, help="The practice is a HIPAA covered entity: check the Notice of Privacy Practices, for policies that do not say.")
def check(paths: tuple[str, ...], fmt: str | None, output: str | None, pack: str | None, fail_on: str | None, max_file_size: str | None, stdin_filename: str, color: bool | None, hints: bool, debug: bool, select: tuple[str, ...], ignore: tuple[str, ...], config_path: str | None, isolated: bool, ignore_suppressions: bool, show_suppressed: bool, baseline: str | None, write_baseline: str | None, jobs: int | None, jurisdiction: str | None, hipaa: bool | None, extensions: tuple[str, ...]) -> None:
    """Check policy files and folders (use - to read one policy from standard input)."""
    from policy_lint.errors import PolicyLintError
    from policy_lint.findings import Severity
    from policy_lint.reporters import NAMES as REPORT_NAMES, SUFFIXES as REPORT_SUFFIXES, reporter
    from policy_lint.session import CheckOptions, Session

    if debug:
        _show_traces()
    max_bytes = _size(max_file_size) if max_file_size else None
    options = CheckOptions(
        paths=paths,
        pack=pack,
        fail_on=Severity.parse(fail_on) if fail_on else None,
        max_bytes=max_bytes,
        stdin=_read_stdin(max_bytes) if "-" in paths else None,
        stdin_name=stdin_filename,
        select=select,
        ignore=ignore,
        config=config_path,
        isolated=isolated,
        ignore_suppressions=ignore_suppressions,
        baseline=baseline,
        write_baseline=write_baseline,
        today=_today(),
        jobs=jobs,
        jurisdiction=jurisdiction,
        hipaa_covered_entity=hipaa,
        extensions=_extensions(extensions),
    )
    default = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    to_file = output is not None and output != "-"
    if to_file:
        # -o report.json writes JSON, as audit's -o does; -f text -o report.json is refused.
        fmt = _format_from_ending(str(output), fmt, REPORT_SUFFIXES, REPORT_NAMES, "report", cannot={}, other=default, also=_CHECK_ALSO)
    elif fmt is None:
        fmt = default
    use_color = False if to_file else _use_color(color, sys.stdout)
    report = reporter(fmt, color=use_color, hints=hints, show_suppressed=show_suppressed)
    try:
        session = Session(options)
        if to_file:
            # The real files, not the names shown: a name that is not UTF-8 is shown escaped.
            _write_report(str(output), lambda write: session.report(report, write), session.inputs())
        else:
            session.report(report, lambda text: click.echo(text, nl=False, color=use_color) if text else None)
    except PolicyLintError as exc:
        raise PolicyLintFailure(str(exc)) from exc
    for note in (*session.warnings, *session.notes):
        click.echo(note, err=True)
    if to_file:
        click.echo(_wrote(str(output), session.tally), err=True)
    code = session.exit_code()
    if code == EXIT_ERROR and debug:
        click.echo("policy-lint hit an internal error: the PL000 findings and their traces are above.", err=True)
    sys.exit(code)


def _show_traces() -> None:
    """--debug: print the trace of each internal error (PL000) on stderr, as it happens.

    The engine logs the trace to the "policy_lint" logger at DEBUG level;
    without --debug nothing listens. Forked workers inherit the handler.
    """
    import logging

    class _Stderr(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            sys.stderr.write(self.format(record) + "\n")  # the stderr of now (tests swap it)
            sys.stderr.flush()

    logger = logging.getLogger("policy_lint")
    logger.handlers = [h for h in logger.handlers if type(h).__name__ != "_Stderr"]
    handler = _Stderr()
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False

    def stop() -> None:
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)

    click.get_current_context().call_on_close(stop)


def _wrote(output: str, tally: Any) -> str:
    """The line ``check -o FILE`` prints on stderr, so that a run to a file is never silent."""
    from policy_lint.fileio import shown

    def many(n: int, word: str) -> str:
        return f"{n} {word}" if n == 1 else f"{n} {word}s"

    c = tally.counts
    return f"Wrote {shown(output)}: {many(tally.files, 'file')}, {many(c['error'], 'error')}, {many(c['warning'], 'warning')}, {c['info']} info."


def _today() -> Any:
    """The date that suppressions' until dates are judged by: POLICY_LINT_TODAY, or today."""
    from policy_lint.quickcheck import today_from_env

    got = today_from_env()
    text = os.environ.get("POLICY_LINT_TODAY")
    if text and got is None:
        raise PolicyLintFailure(f"POLICY_LINT_TODAY={text} is not a date. Write it as YYYY-MM-DD.")
    return got


def _pack_for_cwd(pack: str | None) -> Any:
    """The pack to show: --pack, else the pack of the config for this folder, else base."""
    from policy_lint.session import CheckOptions, Session

    session = Session(CheckOptions(paths=(), pack=pack))
    loaded = session.pack_here()
    for line in session.warnings:  # a config of another user, skipped
        click.echo(line, err=True)
    return loaded


def _write_report(path: str, fill: Callable[[Callable[[Any], Any]], None], linted: Any) -> None:
    """Write a report (text, or bytes) to a temporary file as it is made, then put it in place (exit 2 if it fails).

    Never over a policy being checked (``linted``: paths, or a ``fileio.FileIds``),
    nor over a read-only file.
    """
    from policy_lint.fileio import ReadOnlyFileError, atomic_writer, shown

    try:
        with atomic_writer(path, protect=linted) as fh:
            fill(lambda data: fh.write(data if isinstance(data, bytes) else data.encode("utf-8")))
    except FileExistsError as exc:
        raise PolicyLintFailure(str(exc)) from exc
    except ReadOnlyFileError as exc:
        raise PolicyLintFailure(exc.strerror) from exc
    except OSError as exc:
        raise PolicyLintFailure(f"Could not write {shown(path)}: {exc.strerror or exc}.") from exc


@cli.command()
@click.option("--pack", metavar="NAME|PATH", help="The rule pack to list.")
@click.option("--format", "-f", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules(pack: str | None, fmt: str) -> None:
    """List the rules: ID, name, severity, where each comes from, and what it checks.

    Without --pack, the rules of the packs of places (JUR201 of us-ca, ...)
    are listed too: check runs them for a policy of that place.
    """
    from policy_lint.docs import rules_json, rules_table
    from policy_lint.errors import PolicyLintError

    from policy_lint.session import CheckOptions, Session

    try:
        session = Session(CheckOptions(paths=(), pack=pack))
        loaded = session.pack_here()
        places = session.place_packs_here()  # the rules of each place's pack too, unless a pack is named
    except PolicyLintError as exc:
        raise PolicyLintFailure(str(exc)) from exc
    for line in session.warnings:  # a config of another user, skipped
        click.echo(line, err=True)
    click.echo(rules_json(loaded, places) if fmt == "json" else rules_table(loaded, places), nl=False)


@cli.command()
@click.argument("rule")
@click.option("--pack", metavar="NAME|PATH", help="The rule pack to look in.")
def explain(rule: str, pack: str | None) -> None:
    """Explain one rule, by ID (COV004) or name (elder-abuse-missing)."""
    from policy_lint.docs import explain_rule, find_rule
    from policy_lint.errors import PolicyLintError
    from policy_lint.packs import suggest

    try:
        loaded, spec = find_rule(rule, _pack_for_cwd(pack), places=not pack)
    except PolicyLintError as exc:
        raise PolicyLintFailure(str(exc)) from exc
    if spec is None:
        raise click.UsageError(f"There is no rule {rule!r}.{suggest(rule, loaded)} Run 'policy-lint rules' to see them all.")
    click.echo(explain_rule(spec, loaded.settings), nl=False)


@cli.command(name="import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--output", "-o", "output", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True), help="Write the draft to this file instead of the screen. It must not exist yet, unless you add --force. It is never written over the file it reads.")
@click.option("--force", is_flag=True, help="Replace the -o file if it exists (never the file import reads).")
@click.option("--jurisdiction", metavar="CODE", multiple=True, callback=_one_place(_PLACE_FOR_POLICY), help="Where the practice is (US-TX, GB, ...), for a page that does not say. The draft's clinic.jurisdiction.")
def import_(file: str, output: str | None, force: bool, jurisdiction: str | None) -> None:
    """Draft a YAML policy from a web page, Word file, PDF, Markdown or text file.

    Each passage that states a limit becomes a limit, word for word, with a
    comment that names its place and the words that decided. Read the draft,
    fix it, and check it with 'policy-lint check'.
    """
    from policy_lint.authoring.draft import DraftError, draft_policy

    from policy_lint.fileio import same_file, shown

    def exists() -> PolicyLintFailure:
        return PolicyLintFailure(f"{shown(output)} already exists. To replace it, add --force.")

    if output is not None and output != "-" and same_file(file, output):
        raise PolicyLintFailure(f"{shown(output)} is the file import reads: it never writes over it, even with --force. Choose another file name.")
    new_only = output is not None and output != "-" and not force and not same_file(file, output)
    if new_only and os.path.lexists(output):
        raise exists()  # before the work, so the answer is quick
    try:
        text = draft_policy(file, jurisdiction=jurisdiction)
    except DraftError as exc:
        raise PolicyLintFailure(str(exc)) from exc
    if output is None or output == "-":
        click.echo(text, nl=False)
        return
    if new_only:
        _create(output, text, str(exists()))
    else:
        _write_report(output, lambda write: write(text), [file])
    click.echo(f"Wrote {output}. Read it, fix what the draft got wrong, then run: policy-lint check {output}", err=True)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=True))
@click.option("--format", "-f", "fmt", type=click.Choice(["html", "markdown", "csv", "json"]), default=None, help="The report format. [default: from the -o file ending, else markdown]")
@click.option("--output", "-o", "output", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True), help="Write the report to this file instead of the screen.")
@click.option("--pack", metavar="NAME|PATH", help="The rule pack to check against: a built-in name (base) or a pack file.")
@click.option("--title", default="Confidentiality policy audit", show_default=True, help="The title at the top of the report.")
@click.option("--date", "date_text", metavar="YYYY-MM-DD", help="The date to print on the report. [default: today]")
@click.option("--max-file-size", metavar="SIZE", help="Skip files larger than this, such as 2MB. [default: 2MB]")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=None, metavar="N", help="Check files in N processes (0: one per core). By default, one for small runs and up to 4 for large ones.")
@click.option("--extensions", multiple=True, metavar="ENDINGS", help=_AUDIT_EXTENSIONS_HELP)
@click.option("--jurisdiction", metavar="CODE", multiple=True, callback=_one_place(_PLACE_FOR_RUN), help="Where the practices are (US-TX, GB, ...), for policies that do not say. It picks the rule pack for that place.")
@click.option("--hipaa-covered-entity", "hipaa", is_flag=True, default=None, help="The practices are HIPAA covered entities, for policies that do not say.")
@click.option("--per-clinic", "per_clinic", metavar="FOLDER", type=click.Path(), help="Also write one report for each clinic into this folder, to hand to that clinic (made if it does not exist). Without -o, the screen shows only a summary.")
def audit(paths: tuple[str, ...], fmt: str | None, output: str | None, pack: str | None, title: str, date_text: str | None, max_file_size: str | None, jobs: int | None, jurisdiction: str | None, hipaa: bool | None, extensions: tuple[str, ...], per_clinic: str | None) -> None:
    """Audit many clinics: one row per clinic, one column per requirement.

    The exit code is 0 when the report was written, even if clinics have
    gaps (the report shows them), and 2 when the command could not run.
    """
    import datetime
    from policy_lint.audit import SUFFIXES, render as render_audit
    from policy_lint.errors import PolicyLintError
    from policy_lint.session import CheckOptions, Session

    if date_text is None:
        date_text = datetime.date.today().isoformat()
    else:
        try:
            date_text = datetime.date.fromisoformat(date_text).isoformat()
        except ValueError:
            raise click.BadParameter(f"{date_text!r} is not a date. Write it like 2026-11-26.", param_hint="'--date'") from None
    to_file = output is not None and output != "-"
    if to_file:
        fmt = _format_from_ending(str(output), fmt, SUFFIXES, _REPORT_NAMES, "report", cannot=_REPORT_CANNOT, any_ending=True)
    elif fmt is None:
        fmt = "html" if per_clinic else "markdown"
    if per_clinic is not None and os.path.exists(per_clinic) and not os.path.isdir(per_clinic):
        raise PolicyLintFailure(f"--per-clinic {per_clinic}: this is a file, not a folder. Give a folder for the reports.")
    options = CheckOptions(paths=paths, pack=pack, max_bytes=_size(max_file_size) if max_file_size else None, jurisdiction=jurisdiction, hipaa_covered_entity=hipaa, extensions=_extensions(extensions), jobs=jobs)
    try:
        session = Session(options)
        report = session.audit(date=date_text, title=title, progress_stream=sys.stderr)
    except PolicyLintError as exc:
        raise PolicyLintFailure(str(exc)) from exc
    if per_clinic is not None:
        written = _write_per_clinic(per_clinic, fmt, report, session.inputs())
        click.echo(f"Wrote {len(written)} {'report' if len(written) == 1 else 'reports'} to {per_clinic}, one for each clinic.", err=True)
        if output is None:
            for note in report.terminal_notes:
                click.echo(note, err=True)
            return
    text = render_audit(fmt, report)
    for note in report.terminal_notes:  # files left out, places that disagree: in the report, and said here too (in short)
        click.echo(note, err=True)
    if to_file:
        _write_report(str(output), lambda write: write(text), session.inputs())
        s = report.summary
        clinics = "1 clinic" if s["clinics"] == 1 else f"{s['clinics']} clinics"
        click.echo(f"Wrote {output}: {clinics}, {s['with_gaps']} with gaps, {s['gaps']} gaps in all.", err=True)
    elif fmt == "csv":
        # The same bytes as in a file (BOM, CRLF): no newline translation on any system.
        click.echo(text.encode("utf-8"), nl=False)  # bytes go to the binary stream
    else:
        click.echo(text, nl=False)


def _write_per_clinic(folder: str, fmt: str, report: Any, inputs: list[str]) -> list[str]:
    """One report for each clinic in ``folder``, each written atomically and never over a policy; the paths written."""
    from policy_lint.audit import SUFFIXES, render as render_audit
    from policy_lint.audit.model import report_names

    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise PolicyLintFailure(f"Could not make the folder {folder}: {exc.strerror or exc}.") from exc
    from policy_lint.fileio import FileIds, shown

    paths = [os.path.join(folder, name) for name in report_names(report.clinics, _endings(SUFFIXES, fmt)[0])]
    protect = FileIds.of(inputs)  # one stat for each input, then one for each report
    for path in paths:  # before writing any: a set with one report missing is worse than none
        if protect.holds(path):
            raise PolicyLintFailure(f"{shown(path)} is a policy this audit reads: policy-lint never writes a report over it. Give --per-clinic another folder.")
    written = []
    for clinic, path in zip(report.clinics, paths):
        text = render_audit(fmt, report.for_clinic(clinic))
        _write_report(path, lambda write: write(text), protect)
        written.append(path)
    return written


_REPORT_NAMES = {"html": "HTML", "markdown": "Markdown", "csv": "a CSV file", "json": "JSON"}
#: Endings audit cannot write, with what to do instead ({output}: the -o file).
_REPORT_CANNOT = {
    ".pdf": "policy-lint cannot make a PDF file ({output}). Write the report as HTML (-o report.html). Then open it in a browser and print it to PDF.",
    ".docx": "policy-lint cannot make a Word file ({output}). Write the report as HTML (-o report.html), then open it in Word.",
}


def _interactive() -> bool:
    """Ask questions only on a terminal, and never in CI."""
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        return False
    return bool(getattr(sys.stdin, "isatty", lambda: False)())


@cli.command()
@click.argument("file", default="policy.yaml", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--name", help="The name of your practice, as clients know it.")
@click.option("--jurisdiction", metavar="CODE", multiple=True, callback=_one_place(_PLACE_FOR_POLICY, lenient=True), help="Where the practice works: US-TX, US-CA, US-NY, US, GB, IE, CA-BC, CA-ON, AU-NSW, AU-VIC, AU-QLD, ...")
@click.option("--practice", "practices", multiple=True, type=click.Choice(["solo", "group", "couples-family", "minors", "telehealth"]), help="The kind of practice; give it more than once to combine. [default: solo]")
@click.option("--email", help="The email address for privacy questions.")
@click.option("--phone", help="The phone number for privacy questions.")
@click.option("--contact-name", metavar="NAME", help="The person or office that answers privacy questions.")
@click.option("--effective-date", metavar="YYYY-MM-DD", help="The date the policy starts. [default: today]")
def init(file: str, name: str | None, jurisdiction: str | None, practices: tuple[str, ...], email: str | None, phone: str | None, contact_name: str | None, effective_date: str | None) -> None:
    """Write a starter policy that passes every check. It never writes over a file.

    On a terminal it asks for what you leave out. Elsewhere (a script, or
    CI=true) give the answers as options.
    """
    from policy_lint.authoring import init as starter

    if effective_date is not None:
        import datetime

        try:
            effective_date = datetime.date.fromisoformat(effective_date).isoformat()
        except ValueError:
            raise click.BadParameter(f"{effective_date!r} is not a date. Write it like 2026-11-26.", param_hint="'--effective-date'") from None
    if _interactive():
        if not name:
            name = click.prompt("The name of your practice")
        if not (email or phone):
            answer = click.prompt("An email address or phone number for privacy questions")
            email, phone = (answer, None) if "@" in answer else (None, answer)
        if not jurisdiction:
            jurisdiction = click.prompt(f"Where you work ({', '.join(starter.available())}, or another code)", default="US")
    missing = []
    if not (name and name.strip()):
        missing.append("--name (the name of your practice)")
    if not (email or phone):
        missing.append("--email or --phone (for privacy questions)")
    if not jurisdiction:
        missing.append("--jurisdiction (where you work, such as US-TX)")
    if missing:
        listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " and " + missing[-1]
        places = f" Templates: {', '.join(starter.available())}." if not jurisdiction else ""
        raise click.UsageError(f"Give {listed}.{places}")
    answers = starter.Answers(name or "", str(jurisdiction), email=email, phone=phone, contact_name=contact_name, practices=practices or ("solo",), effective_date=effective_date)
    from policy_lint.resources import schema_path

    try:
        text, _, note = starter.render_starter(answers, str(schema_path(starter.SCHEMA)))
    except starter.InitError as exc:
        raise click.UsageError(str(exc)) from None
    if file == "-":
        click.echo(text, nl=False)
    else:
        _create(file, text, f"{file} already exists. policy-lint init never writes over a file. Give another file name.")
        click.echo(f"Wrote {file}. Check the points at its top with your lawyer, and edit it to fit your practice.", err=True)
        click.echo(f"Next: policy-lint check {file}, then policy-lint render {file} -o notice.html", err=True)
    if note:
        click.echo(note, err=True)


@cli.command()
@click.option("--path", "show_path", is_flag=True, help="Print where the installed schema file is, instead of the schema.")
def schema(show_path: bool) -> None:
    """Print the JSON Schema of the policy format (for editors and other tools)."""
    from policy_lint.resources import schema_path

    where = schema_path("confidentiality-policy.schema.json")
    if show_path:
        click.echo(str(where))
    else:
        click.echo(where.read_text(encoding="utf-8"), nl=False)


_NOTICE_SUFFIXES = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown", ".txt": "txt", ".docx": "docx"}
_NOTICE_NAMES = {"html": "HTML", "markdown": "Markdown", "txt": "plain text", "docx": "a Word file"}
_NOTICE_CANNOT = {".pdf": "policy-lint cannot make a PDF file ({output}). Write the notice as HTML (-o notice.html). Then open it in a browser and print it to PDF: the page has a print layout."}


#: Endings of check's -o file that hold another format too: SARIF is JSON (``scan.sarif.json``).
_CHECK_ALSO = {".json": ("sarif",)}


def _format_from_ending(
    output: str,
    fmt: str | None,
    suffixes: dict[str, str],
    names: dict[str, str],
    what: str,
    *,
    cannot: dict[str, str],
    any_ending: bool = False,
    other: str | None = None,
    also: dict[str, tuple[str, ...]] | None = None,
) -> str:
    """The format for ``-o output`` (check's and audit's report, render's notice): --format, else the file ending. Exit 2 when they clash.

    A file with no ending gets --format, or ``other``, or HTML. An ending in
    ``cannot`` (``report.pdf``: an HTML page under that name would not open)
    is refused with its own message. An ending that names another format
    than --format is a clash (``audit -f markdown -o report.csv`` wrote
    Markdown into a .csv file; ``check -f text -o out.json``), unless
    ``also`` lets that ending hold --format too (``check -f sarif -o
    scan.sarif.json``). Another ending gets --format, else ``other``
    (check: text), else it is refused; with --format it is refused too unless
    ``any_ending`` (audit writes ``-f markdown -o report.txt``; render's .txt
    is a format of its own). (clean40, session 22: one helper for audit and
    render; review of trial 40: check too.)
    """
    from pathlib import PurePath

    suffix = PurePath(output).suffix.lower()
    named = suffixes.get(suffix)
    if named is None and fmt is None and other is not None:
        return other
    if not suffix:
        return fmt or "html"
    if named is not None and fmt in (None, named):
        return named
    if fmt is not None and fmt in (also or {}).get(suffix, ()):
        return fmt
    if suffix in cannot:
        raise PolicyLintFailure(cannot[suffix].format(output=output))
    if named is None and fmt is None:
        firsts = [_endings(suffixes, name)[0] for name in dict.fromkeys(suffixes.values())]
        give = ", or give --format" if any_ending else ""
        raise PolicyLintFailure(f"policy-lint cannot tell the {what} format from the ending of {output}. Give a file name that ends in {_either(firsts)}{give}.")
    if named is None and (any_ending or other is not None):
        return str(fmt)
    fits = _endings(suffixes, str(fmt)) + [end for end, formats in (also or {}).items() if fmt in formats]
    give = f"ends in {_either(fits)}" if fits else f"does not end in {_either(list(suffixes))}"
    raise PolicyLintFailure(f"{output} ends in {suffix}, but --format {fmt} makes {names[str(fmt)]}. Give a file name that {give}, or leave out --format.")


def _endings(suffixes: dict[str, str], fmt: str) -> list[str]:
    """The file endings that say ``fmt``, the usual one first: ``['.md', '.markdown']``."""
    return [end for end, name in suffixes.items() if name == fmt]


def _either(words: list[str]) -> str:
    """``.html, .md, .csv or .json``."""
    return ", ".join(words[:-1]) + " or " + words[-1] if len(words) > 1 else words[0]


def _create(path: str, data: str | bytes, exists: str) -> None:
    """Write ``data`` to a new file ``path`` in one step; ``exists`` is the message when it is there already."""
    from policy_lint.fileio import atomic_create, shown

    try:
        atomic_create(path, data)  # fails if the file exists, even one another program made meanwhile
    except FileExistsError:
        raise PolicyLintFailure(exists) from None
    except OSError as exc:
        raise PolicyLintFailure(f"Could not write {shown(path)}: {exc.strerror or exc}.") from exc


def _write_notice(output: str, notice: str | bytes, policy: str, force: bool) -> None:
    """Write the notice to a new file, or over an old one only with --force (exit 2 if it fails).

    Never over the policy being rendered, even with --force. A device or a
    pipe (/dev/stdout) is written to as it is.
    """
    import stat

    from policy_lint.fileio import same_file, shown

    if same_file(output, policy):
        raise PolicyLintFailure(f"{shown(output)} is the policy you are turning into a notice. policy-lint will not write over it. Give another file name.")
    try:
        mode = os.stat(output).st_mode
    except (OSError, ValueError):
        mode = None
    if force or (mode is not None and not stat.S_ISREG(mode)):
        _write_report(output, lambda write: write(notice), [policy])
        return
    _create(output, notice, f"{shown(output)} already exists. policy-lint will not write over it. Give --force to replace it, or choose another file name.")


@cli.command()
@click.argument("policy", type=click.Path(dir_okay=False))
@click.option("--output", "-o", "output", metavar="FILE", type=click.Path(dir_okay=False, allow_dash=True), help="Write the notice to this file instead of the screen. It must not exist, unless you give --force.")
@click.option("--format", "-f", "fmt", type=click.Choice(["html", "markdown", "txt", "docx"]), default=None, help="The notice format. [default: from the -o file ending (.html, .md, .txt, .docx), else html]")
@click.option("--force", is_flag=True, help="Write over the -o file if it exists (never over the policy).")
def render(policy: str, output: str | None, fmt: str | None, force: bool) -> None:
    """Turn a policy into the notice your clients read (HTML, Markdown, text or Word).

    A policy with findings is still turned into a notice, but policy-lint
    says so. A file that cannot be read stops the command (exit 2), and so
    does an -o file that exists, unless you give --force.
    """
    from policy_lint.authoring.publish import load_for_render, findings_note
    from policy_lint.authoring.render import render as make

    to_file = output is not None and output != "-"
    if to_file:
        fmt = _format_from_ending(str(output), fmt, _NOTICE_SUFFIXES, _NOTICE_NAMES, "notice", cannot=_NOTICE_CANNOT)
    elif fmt is None:
        fmt = "html"
    if fmt == "docx" and not to_file:
        raise click.UsageError("A Word file cannot go to the screen. Give a file name with -o, such as -o notice.docx.")
    try:
        data, problem = load_for_render(policy)
    except OSError as exc:
        raise PolicyLintFailure(f"Could not read {policy}: {exc.strerror or exc}.") from exc
    if problem is not None:
        raise PolicyLintFailure(problem)
    try:
        notice = make(fmt, data)
    except RuntimeError as exc:  # python-docx is not installed
        raise PolicyLintFailure(str(exc)) from exc
    if to_file:
        _write_notice(str(output), notice, policy, force)
        click.echo(f"Wrote {output}.", err=True)
    else:
        click.echo(notice, nl=False)
    note = findings_note(policy)
    if note:
        click.echo(note, err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--diff", "show_diff", is_flag=True, help="Show the changes as a diff and write nothing. Exit 1 if there are changes.")
@click.option("--config", "config_path", metavar="PATH", type=click.Path(dir_okay=False), help="Use this config file for every file, instead of looking for one.")
@click.option("--isolated", is_flag=True, help="Ignore every config file: use the pack's defaults.")
def fix(files: tuple[str, ...], show_diff: bool, config_path: str | None, isolated: bool) -> None:
    """Make the wording fixes that cannot change the meaning (plain words, acronyms, "you").

    It changes only the words at fault. Comments, quotes and every other line
    stay as they were. Exit 0 when it made its changes or found nothing to
    fix, 1 with --diff when it would change something (as ruff's --diff),
    and 2 when a file cannot be read or fixed (that file is left alone).
    """
    from policy_lint.authoring import fix as fixer
    from policy_lint.errors import PolicyLintError
    from policy_lint.loading import DEFAULT_LIMITS
    from policy_lint.reporters.text import safe
    from policy_lint.session import CheckOptions, Session

    try:
        session = Session(CheckOptions(paths=files, config=config_path, isolated=isolated))
    except PolicyLintError as exc:
        raise PolicyLintFailure(str(exc)) from exc
    code = EXIT_CLEAN
    try:
        for notes, diff, file_code in fixer.fix_files(files, session.linter_for, show_diff=show_diff, max_bytes=DEFAULT_LIMITS.max_bytes):
            for note in notes:
                click.echo(safe(note), err=True)
            if diff:
                click.echo(diff, nl=False)
            code = max(code, file_code)
    except PolicyLintError as exc:
        raise PolicyLintFailure(str(exc)) from exc
    sys.exit(code)


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=False))
@click.option("--pack", metavar="NAME|PATH", help="The rule pack to use, as for check. [default: the pack of the policy's place]")
@click.option("--max-file-size", metavar="SIZE", help="Skip the file if it is larger than this, such as 2MB. [default: 2MB]")
@click.option("--config", "config_path", metavar="PATH", type=click.Path(dir_okay=False), help="Use this config file, instead of looking for one.")
@click.option("--isolated", is_flag=True, help="Ignore every config file: use the pack's defaults and the command line.")
@click.option("--jurisdiction", metavar="CODE", multiple=True, callback=_one_place(_PLACE_FOR_POLICY), help="Where the practice is (US-TX, GB, ...), for a policy that does not say. It picks the rule pack for that place.")
@click.option("--hipaa-covered-entity", "hipaa", is_flag=True, default=None, help="The practice is a HIPAA covered entity, for a policy that does not say.")
def why(path: str, pack: str | None, max_file_size: str | None, config_path: str | None, isolated: bool, jurisdiction: str | None, hipaa: bool | None) -> None:
    """Show what policy-lint read in a policy: for each passage, the topics and the words that decided.

    Then each topic's status (stated, vague, contradicted or missing), and
    for a required topic that is missing, why. It picks the rule pack as
    check does (the pack of the policy's place), so what it calls required
    is what check requires. Exit 0 when the file was read, 1 when it could
    not be, 2 for a usage problem.
    """
    from policy_lint.errors import PolicyLintError
    from policy_lint.loading import load_path
    from policy_lint.session import CheckOptions, Session, explain_why

    options = CheckOptions(
        paths=(path,), pack=pack, max_bytes=_size(max_file_size) if max_file_size else None, config=config_path, isolated=isolated, jurisdiction=jurisdiction, hipaa_covered_entity=hipaa
    )
    try:
        session = Session(options)
        linter = session.linter_for(path)
    except PolicyLintError as exc:
        raise PolicyLintFailure(str(exc)) from exc
    for line in session.warnings:  # a config of another user, skipped
        click.echo(line, err=True)
    loaded = load_path(path, limits=linter.settings.limits)
    if loaded.document is None:
        for problem in loaded.problems:
            where = f":{problem.position.line}:{problem.position.column}" if problem.position is not None else ""
            click.echo(f"{path}{where}: {problem.message}", err=True)
        sys.exit(1)
    try:
        text = explain_why(linter, loaded, path)
    except PolicyLintError as exc:
        raise PolicyLintFailure(str(exc)) from exc
    click.echo(text, nl=False)


def main(argv: list[str] | None = None) -> None:
    """Run the command line (the console script's entry point)."""
    if not sys.warnoptions:  # no Python warning reaches a user (-W or PYTHONWARNINGS still show them)
        import warnings

        warnings.simplefilter("ignore")
    try:
        cli.main(args=argv, prog_name="policy-lint")
    except Exception as exc:  # a bug of ours outside check's guard of each file (why, import, render): one line, no trace
        import os

        args = sys.argv[1:] if argv is None else argv
        if "--debug" in args or os.environ.get("POLICY_LINT_DEBUG"):
            raise
        import traceback

        frames = traceback.extract_tb(exc.__traceback__)
        at = f" at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else ""
        click.echo(
            f"policy-lint failed: {type(exc).__name__}{at}. This is a bug in policy-lint, not in your input. "
            "Please report it, with the file if you can share it. Set POLICY_LINT_DEBUG=1 to see the full trace.",
            err=True,
        )
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
