"""One run of policy-lint: options in; configs, packs, linters, baselines; results out.

The command line, the public API and the tests all go through a ``Session``:

    session = Session(CheckOptions(paths=("policies/",)))
    session.report(reporter, write)    # or: for fr in session.results(): ...
    sys.exit(session.exit_code())

The session finds the config of each file (once per folder), loads each pack
once, builds one ``Linter`` per config (with the suppression hook), reads and
writes baselines, lints the files (in worker processes when asked, see
``policy_lint.workers``), keeps the run's totals, and gives the exit code.
Nothing here imports click.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

from policy_lint.config import Config, find_config, load_config, pack_ref, practice_facts, settings_for, suppression_config
from policy_lint.discover import display_path
from policy_lint.errors import ConfigError
from policy_lint.findings import FileResult, RunResult, Severity, Tally, counts_of
from policy_lint.values import Frozen, _set

if TYPE_CHECKING:
    from datetime import date

    from policy_lint.audit.model import Audit, ClinicInput
    from policy_lint.engine import Linter, Settings
    from policy_lint.packs import Pack
    from policy_lint.reporters.base import Reporter
    from policy_lint.rules.base import RuleSpec

__all__ = ["CheckOptions", "Session", "check", "make_linter", "EXIT_CLEAN", "EXIT_FINDINGS", "EXIT_ERROR"]

#: Exit codes: no finding at the fail level; findings at it; policy-lint could
#: not run (usage, config, pack) or failed on a file (an internal error).
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class CheckOptions(Frozen):
    """Everything a run was asked to do (the options of ``policy-lint check``).

    ``select`` to ``today`` are about configuration and suppressions (see
    ``policy_lint.config``); ``today`` is the date an ``until`` is judged
    by (None: today). ``jurisdiction`` and the two flags describe the
    practice, for policies that do not say (see ``policy_lint.jurisdictions``).
    ``extensions`` are the file endings a folder scan picks up (None: the
    config's ``extensions``, else every format policy-lint reads). ``jobs`` is the number of processes: 0 is one per
    core, None picks (one below 64 files, else up to 4 cores).
    """

    __slots__ = (
        "paths", "pack", "fail_on", "max_bytes", "stdin", "stdin_name", "select", "ignore",
        "config", "isolated", "ignore_suppressions", "baseline", "write_baseline", "today",
        "jurisdiction", "hipaa_covered_entity", "substance_use_program", "extensions", "jobs",
    )  # fmt: skip
    paths: tuple[str, ...]
    pack: str | None
    fail_on: Severity | None
    max_bytes: int | None
    stdin: bytes | None
    stdin_name: str
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    config: str | None
    isolated: bool
    ignore_suppressions: bool
    baseline: str | None
    write_baseline: str | None
    today: date | None
    jurisdiction: str | None
    hipaa_covered_entity: bool | None
    substance_use_program: bool | None
    extensions: tuple[str, ...] | None
    jobs: int | None

    def __init__(
        self,
        paths: tuple[str, ...],
        pack: str | None = None,
        fail_on: Severity | None = None,
        max_bytes: int | None = None,
        stdin: bytes | None = None,
        stdin_name: str = "<stdin>",
        select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (),
        config: str | None = None,
        isolated: bool = False,
        ignore_suppressions: bool = False,
        baseline: str | None = None,
        write_baseline: str | None = None,
        today: date | None = None,
        jurisdiction: str | None = None,
        hipaa_covered_entity: bool | None = None,
        substance_use_program: bool | None = None,
        extensions: tuple[str, ...] | None = None,
        jobs: int | None = 1,
    ) -> None:
        _set(self, "paths", paths)
        _set(self, "pack", pack)
        _set(self, "fail_on", fail_on)
        _set(self, "max_bytes", max_bytes)
        _set(self, "stdin", stdin)
        _set(self, "stdin_name", stdin_name)
        _set(self, "select", select)
        _set(self, "ignore", ignore)
        _set(self, "config", config)
        _set(self, "isolated", isolated)
        _set(self, "ignore_suppressions", ignore_suppressions)
        _set(self, "baseline", baseline)
        _set(self, "write_baseline", write_baseline)
        _set(self, "today", today)
        _set(self, "jurisdiction", jurisdiction)
        _set(self, "hipaa_covered_entity", hipaa_covered_entity)
        _set(self, "substance_use_program", substance_use_program)
        _set(self, "extensions", extensions)
        _set(self, "jobs", jobs)


# -- the suppression hook ---------------------------------------------------------

# The start of a suppression comment (the full grammar is in policy_lint.suppressions).
_DIRECTIVE = re.compile(r"policy-lint[ \t]*:")


class LazySuppressor:
    """The engine's suppression hook, loaded only for a file that can need it.

    With no config (no per-file ignores, config suppressions or baseline),
    only a ``# policy-lint:`` comment can change the findings, so a file
    without that text skips the import and the parse of comments.
    """

    def __init__(self, pack: "Pack", settings: "Settings") -> None:
        self.pack = pack
        self.settings = settings
        self._real: Any = None

    def __call__(self, doc: Any, loaded: Any, findings: list[Any]) -> list[Any]:
        if self._real is None:
            text = loaded.text or ""
            if self.settings.suppressions is None and ("policy-lint" not in text or not _DIRECTIVE.search(text)):
                return findings
            from policy_lint.suppressions import Suppressor

            self._real = Suppressor(self.pack, self.settings)
        return self._real(doc, loaded, findings)  # type: ignore[no-any-return]


def make_linter(pack: "Pack", settings: "Settings | None" = None) -> "Linter":
    """A Linter that applies suppressions (comments, config, baseline), as a session builds it."""
    from policy_lint.engine import Linter, Settings

    settings = settings or Settings(rules=pack.rules)
    return Linter(pack, settings, post=(LazySuppressor(pack, settings),))


# -- what a worker does with one file -------------------------------------------------


def lint_file(session: "Session", path: str, display: str) -> FileResult:
    """Lint one file with the linter of its config."""
    return session.linter_for(path).lint_path(path, display)


def lint_clinic(session: "Session", path: str, display: str) -> "ClinicInput":
    """Lint one clinic's policy for the audit, reading it once: the result and the clinic's name."""
    from policy_lint.audit.model import ClinicInput
    from policy_lint.loading import load_path

    linter = session.linter_for(path)
    try:
        loaded = load_path(path, limits=linter.settings.limits, display=display)
    except Exception:
        return ClinicInput(linter.lint_path(path, display), None, checked=False, place=_place(linter, None, path, display))  # reports the crash as PL000
    result = linter.lint_loaded_at(loaded, path) if hasattr(linter, "lint_loaded_at") else linter.lint_loaded(loaded)
    doc = loaded.document
    name = None
    if doc is not None and isinstance(doc.data, dict):
        clinic = doc.data.get("clinic")
        if isinstance(clinic, dict) and isinstance(clinic.get("name"), str):
            name = clinic["name"]
    skipped = frozenset((result.metrics or {}).get("not_checked") or ())
    return ClinicInput(result, name, checked=doc is not None, place=_place(linter, doc, path, display), not_checked=skipped)


def _place(linter: Any, doc: Any, path: str | None = None, display: str | None = None) -> Any:
    """Where the clinic is (as the rules saw it), and the pack its policy was checked against.

    A file that could not be read (``doc`` None) keeps the place its path
    gives (``--jurisdiction``, ``per_file_jurisdiction``, a folder named by a
    code, the config's ``jurisdiction``), and the pack of that place.
    """
    from policy_lint.audit.model import LAW_KINDS, Place, cites_of
    from policy_lint.jurisdictions.codes import region
    from policy_lint.jurisdictions.where import jurisdiction_of, place_of_path

    if doc is None:
        facts = getattr(linter, "facts", None) or {}
        where = place_of_path(display or path, {**facts, "path": path}) if path is not None else None
        target = linter
        if where is not None and getattr(linter, "build", None) is not None and hasattr(linter, "target_named"):
            target = linter.target_named(where.code)
    else:
        target = linter.target_for(doc) if hasattr(linter, "target_for") else linter
        where = jurisdiction_of(doc)
    if where is None:
        from policy_lint.rules.kinds.meaning import place_no_duty

        return Place(pack=target.pack.name, no_duty=place_no_duty(target.pack), cites=cites_of(target.settings.rules, target.pack.name))  # no place known: its law was not checked
    from policy_lint.jurisdictions.select import pack_for

    # The law of the place was checked only by the place's own pack (or a pack that extends it):
    # Florida checked with the us pack had its federal law checked, not Florida's.
    own, exact = pack_for(where.code)
    law = exact and own in target.pack.chain and any(r.kind in LAW_KINDS for r in target.settings.rules)
    found = region(where.code)
    conflict = place_note(doc, where, display or path or "") if doc is not None else ""
    from policy_lint.rules.kinds.meaning import place_no_duty

    name = found.name if found is not None else where.code
    # A known place with no pack of its own (Ohio, Ireland), checked with its country's pack or the base
    # pack: the best policy-lint can do, so "no pack for this place", not "not checked". A run that used
    # the pack of another place (us-ca for a Texas clinic) stays "not checked".
    no_pack = found is not None and not exact and (own is None or own in target.pack.chain)
    return Place(where.code, name, where.source, target.pack.name, law, conflict, place_no_duty(target.pack), no_pack, cites_of(target.settings.rules, target.pack.name))


def _kind_of_file(doc: Any) -> str:
    """"page" for a web page, "document" for Word, PDF, Markdown or text, "file" for YAML or JSON."""
    fmt = getattr(doc, "format", None)
    if fmt == "html":
        return "page"
    return "document" if getattr(doc, "all_prose", False) else "file"


def place_note(doc: Any, where: Any, shown: str) -> str:
    """A note when a file's own address or words point to another place than its folder, the config or --jurisdiction.

    The folder (or config, or option) wins: it was set on purpose, and an
    address may be a mailing address. The note says which place was used
    and how to change it. "" when they agree.
    """
    from policy_lint.jurisdictions.codes import region, with_the
    from policy_lint.jurisdictions.where import SOURCE_WORDS, place_conflict

    clash = place_conflict(doc, where)
    if clash is None:
        return ""
    other, how = clash

    def name(code: str) -> str:
        known = region(code)
        return f"{with_the(known.name)} ({code})" if known is not None and known.name != code else code

    given = SOURCE_WORDS[where.source]["its"]
    said = "its address is in" if how == "address" else "its words name the law of"
    evidence = " ".join(str(other.evidence).split())[:60]
    what = _kind_of_file(doc)
    fix = f"If the {what} is right, move it to a folder named {other.code}, or set it in per_file_jurisdiction." if where.source != "option" else f"If the {what} is right, leave out --jurisdiction."
    return f"{shown}: {given} says {name(where.code)}, but {said} {name(other.code)} ('{evidence}'). policy-lint used {name(where.code)}, as {given} says. {fix}"


# -- the session -----------------------------------------------------------------------


class Session:
    """One run: configs, packs, linters and baselines, the results, and the exit code.

    Configs are cached per folder and linters per config file, so a run over
    many files reads each config once. The totals of the run (``tally``)
    grow as results are taken from ``results``, ``pieces`` or ``clinics``.

    Raises:
        UsageError, ConfigError, RulePackError: the options, a config or a
            pack cannot be used (when they are first needed).
    """

    def __init__(self, options: CheckOptions) -> None:
        if options.isolated and options.config:
            from policy_lint.errors import UsageError

            raise UsageError("Use --config or --isolated, not both: --isolated ignores every config file.")
        self.options = options
        self._explicit: Config | None = load_config(options.config) if options.config else None
        self._folders: dict[Path, Path | None] = {}
        self._by_folder: dict[str, Config | None] = {}
        self._configs: dict[Path, Config] = {}
        self._linters: dict[Path | None, "Linter"] = {}
        self._packs: dict[str, "Pack"] = {}
        self._targets: list[Any] | None = None
        self._result: RunResult | None = None
        self.baselines: dict[Path, Any] = {}
        #: Lines for stderr: config files skipped because another user owns them.
        self.warnings: list[str] = []
        self.recorder: Any = None
        #: Every file a Linter was asked for, when a baseline is written (it must never write over one).
        self.files: list[Path] = []
        #: The run's totals: files, findings by severity, internal errors.
        self.tally = Tally()
        #: Plain sentences about the run that are not findings (baselines written or stale, files skipped).
        self.notes: tuple[str, ...] = ()
        #: Files in the folders of the run that policy-lint can read but left out for their ending.
        self.skipped: list[Path] = []
        #: Reports policy-lint wrote into a folder being scanned: left out, and named in a note.
        self.reports: list[Path] = []
        if options.write_baseline:
            from policy_lint.baseline import Recorder

            self.recorder = Recorder(Path(options.write_baseline))

    # -- configs, packs, linters ----------------------------------------------------------

    def config_for(self, file: Path | str) -> Config | None:
        """The config that applies to a file (None: pack defaults only)."""
        if self.options.isolated:
            return None
        if self._explicit is not None:
            return self._explicit
        folder = os.path.dirname(os.path.abspath(file))
        if folder in self._by_folder:  # most runs lint many files of few folders
            return self._by_folder[folder]
        found = find_config(Path(folder), cache=self._folders, skipped=self.warnings)
        config = None
        if found is not None:
            config = self._configs.get(found)
            if config is None:
                config = load_config(found)
                self._configs[found] = config
        self._by_folder[folder] = config
        return config

    def pack_for(self, config: Config | None) -> "Pack":
        """Load (once) the pack a config asks for (``--pack`` wins)."""
        from policy_lint.errors import RulePackError
        from policy_lint.packs import load_pack

        ref = pack_ref(config, self.options.pack, explicit=config is not None and config is self._explicit)
        key = ref or ""
        pack = self._packs.get(key)
        if pack is None:
            try:
                pack = load_pack(ref)
            except RulePackError as exc:
                if config is not None and config.get("pack") and not self.options.pack:
                    raise ConfigError(f"{config.where('/pack')}: the pack named here cannot be loaded.\n{exc}") from None
                raise
            self._packs[key] = pack
        return pack

    def pack_here(self) -> "Pack":
        """The pack for the working folder: --pack, else its config's pack, else base."""
        if self.options.pack:  # --pack wins: no need to read (or trip over) a config file
            return self.pack_for(None)
        return self.pack_for(self.config_for(os.path.join(os.getcwd(), "-")))

    def place_packs_here(self) -> list["Pack"]:
        """The packs of places a check in the working folder may use: every built-in one, unless a pack is named (--pack or the config)."""
        config = None if self.options.pack else self.config_for(os.path.join(os.getcwd(), "-"))
        if pack_ref(config, self.options.pack) is not None:
            return []  # an explicit pack turns the choice by place off
        from policy_lint.jurisdictions.select import JURISDICTION_PACKS

        return [self._builtin(name) for name in JURISDICTION_PACKS()]

    def linter_for(self, file: Path | str) -> "Linter":
        """The Linter for a file, built once per config."""
        if self.recorder is not None:
            self.files.append(Path(file))
        config = self.config_for(file)
        key = config.path if config is not None else None
        linter = self._linters.get(key)
        if linter is None:
            linter = self._linters[key] = self._build(config)
        return linter

    def _settings(self, pack: "Pack", config: Config | None) -> "Settings":
        """The pack, the config file and the command line merged, with the file's suppressions."""
        sups = suppression_config(pack, config, self.options, recorder=self.recorder, baseline_at=self._baseline_at)
        return settings_for(pack, config, self.options, sups)

    def _build(self, config: Config | None) -> "Linter":
        """A Linter for a config: it picks the pack of each document's place (see policy_lint.routing)."""
        from policy_lint.routing import RoutingLinter

        pack = self.pack_for(config)
        facts = practice_facts(config, self.options)

        def routing(settings: "Settings", build: Callable[[str], "Linter"] | None) -> "Linter":
            return RoutingLinter(pack, settings, facts=facts, build=build, post=(LazySuppressor(pack, settings),))

        if pack_ref(config, self.options.pack, explicit=config is not None and config is self._explicit) is not None:
            return routing(self._settings(pack, config), None)  # an explicit pack wins: no choice by place
        if config is None and not (self.options.select or self.options.ignore):

            def build(name: str) -> "Linter":
                place = self._builtin(name)
                return make_linter(place, self._settings(place, None))

            return routing(self._settings(pack, None), build)
        # The config and --select may name rules of any place's pack: resolve them
        # against all of them at once, then give each pack its own rules.
        full = self._settings(self._all_places(pack), config)
        enabled = {r.id for r in full.rules}

        def build_with(name: str) -> "Linter":
            place = self._builtin(name)
            return make_linter(place, full.replace(rules=tuple(r for r in place.rules if r.id in enabled)))

        return routing(full.replace(rules=tuple(r for r in pack.rules if r.id in enabled)), build_with)

    def _builtin(self, name: str) -> "Pack":
        from policy_lint.packs import load_pack

        pack = self._packs.get(name)
        if pack is None:
            pack = self._packs[name] = load_pack(name)
        return pack

    def _all_places(self, pack: "Pack") -> "Pack":
        """``pack`` with the rules of every jurisdiction pack added (for resolving rule names)."""
        from policy_lint.jurisdictions.select import JURISDICTION_PACKS

        rules = {r.id: r for r in pack.rules}
        for name in JURISDICTION_PACKS():
            for rule in self._builtin(name).rules:
                rules.setdefault(rule.id, rule)
        return pack.replace(rules=tuple(sorted(rules.values(), key=lambda r: r.id)))

    def _baseline_at(self, path: Path) -> Any:
        baseline = self.baselines.get(path)
        if baseline is None:
            from policy_lint.baseline import Baseline

            baseline = self.baselines[path] = Baseline.load(path)
        return baseline

    @property
    def linters(self) -> list["Linter"]:
        """Every Linter built so far."""
        return list(self._linters.values())

    @property
    def rules(self) -> tuple["RuleSpec", ...]:
        """Every rule that may run under some config of this run, the packs of each place too, in ID order.

        This loads every place's pack: only reporters that list the rules ask.
        """
        linters = self.linters or [self.linter_for(Path(".") / "-")]
        seen: dict[str, "RuleSpec"] = {}
        every = [one for linter in linters for one in (linter.all_linters() if hasattr(linter, "all_linters") else [linter])]
        for linter in every:
            for rule in linter.settings.rules:
                seen.setdefault(rule.id, rule)
        return tuple(sorted(seen.values(), key=lambda r: r.id))

    def fail_on(self) -> Severity:
        """The run's fail level: --fail-on, else the strictest of the configs of its files."""
        if self.options.fail_on is not None:
            return self.options.fail_on
        self.targets()
        levels = [lt.settings.fail_on for lt in self.linters]
        return min(levels, key=lambda s: s.rank) if levels else Severity.ERROR

    @property
    def keeps_results(self) -> bool:
        """True when a baseline is written or read: it counts matches over the whole run, in one process."""
        return self.recorder is not None or bool(self.baselines)

    # -- the run ------------------------------------------------------------------------------

    def targets(self) -> list[Any]:
        """The files to lint, each once, sorted by path (standard input first, as "-").

        Every file's config is read here, once, so the fail level and the
        rules of the run are known before the first result.
        """
        if self._targets is None:
            from policy_lint.discover import discover

            found = list(discover((p for p in self.options.paths if p != "-"), self.suffixes_for, self.skipped, self.reports))
            found.sort(key=lambda t: t.path.parts)
            for target in found:
                self.linter_for(target.path)
            self._targets = (["-"] if "-" in self.options.paths else []) + found
        return self._targets

    def suffixes_for(self, folder: Path, default: tuple[str, ...] | None = None) -> tuple[str, ...]:
        """The file endings a scan of ``folder`` picks up: --extensions, else its config's ``extensions``, else ``default`` (``check``'s list)."""
        from policy_lint.discover import POLICY_SUFFIXES, parse_extensions

        if self.options.extensions:
            return parse_extensions(self.options.extensions)
        config = self.config_for(os.path.join(str(folder), "-"))
        if config is not None and config.get("extensions"):
            return parse_extensions(config.get("extensions"))
        return default if default is not None else POLICY_SUFFIXES

    def inputs(self) -> list[str]:
        """The paths of the files this run reads (a report is never written over one)."""
        return [str(t.path) for t in self.targets() if t != "-"]

    def _each(self, work: Callable[["Session", str, str], Any], piece: Callable[[FileResult], Any] | None = None, tasks: list[tuple[str, str]] | None = None) -> Iterator[Any]:
        """Do ``work`` for every target (or each ``(path, name)`` of ``tasks``), in order.

        With ``piece``, each item is ``(piece(result), counts)`` instead.
        """
        from policy_lint import workers

        if tasks is None:
            todo = self.targets()
            if "-" in todo:
                fr = self._stdin_result()
                yield (piece(fr), counts_of(fr)) if piece is not None else fr
            tasks = [(str(t.path), t.display) for t in todo if t != "-"]
        jobs = workers.jobs_for(self.options.jobs, len(tasks))
        if jobs <= 1 or len(tasks) <= workers.CHUNK or self.keeps_results:
            for path, name in tasks:
                yield workers.do(self, work, piece, path, name)
            return
        yield from workers.in_parallel(self, tasks, jobs, work, piece)

    def _stdin_result(self) -> FileResult:
        data = self.options.stdin if self.options.stdin is not None else b""
        name = self.options.stdin_name
        where = Path(name) if name != "<stdin>" else Path("-")
        is_json = name.lower().endswith(".json") or data.lstrip()[:1] == b"{"
        fr = self.linter_for(where).lint_bytes(data, name, is_json=is_json)
        if name == "<stdin>":
            fr = _hint_prose_stdin(fr, data)
        return fr

    def results(self) -> Iterator[FileResult]:
        """Lint every target and yield each file's result in order, counting it in ``tally``."""
        add = self.tally.add
        for fr in self._each(lint_file):
            add(fr)
            yield fr

    def pieces(self, piece: Callable[[FileResult], Any]) -> Iterator[Any]:
        """Lint every target and yield ``piece(result)`` of each file, in order, counting it.

        A worker process makes the piece itself (usually the file's report
        text) and sends it with the file's counts, which is cheaper than
        sending the findings.
        """
        add = self.tally.add_counts
        for text, counts in self._each(lint_file, piece):
            add(counts)
            yield text

    def run(self) -> RunResult:
        """Lint everything, keep every result, and finish the run (baselines, notes)."""
        if self._result is None:
            self._result = self.finish(list(self.results()))
        return self._result

    def finish(self, results: list[FileResult] | None = None) -> RunResult:
        """Write the baseline (--write-baseline), note stale baseline entries, and build the RunResult."""
        results = list(results or ())
        from policy_lint.discover import scan_notes

        notes: list[str] = scan_notes(self.skipped, self.reports)
        if self.recorder is not None:
            count = self.recorder.write(protect=self.files)
            noun = "finding" if count == 1 else "findings"
            notes.append(f"Wrote {count} {noun} to the baseline {display_path(self.recorder.path)}. From now on, only new findings fail the check.")
        for baseline in self.baselines.values():
            stale = sum(baseline.unmatched.values()) + baseline.missing_files()
            if stale:
                noun = "entry" if stale == 1 else "entries"
                verb = "matches" if stale == 1 else "match"
                notes.append(
                    f"{stale} {noun} in the baseline {display_path(baseline.path)} {verb} no finding now. "
                    "You may have fixed them. Run with --write-baseline to drop them."
                )
            for i, fr in enumerate(results):
                left = baseline.unmatched.get(fr.path, 0)
                if left:
                    results[i] = fr.replace(metrics={**(fr.metrics or {}), "baseline_unmatched": left})
        self.notes = tuple(notes)
        return RunResult(tuple(results), fail_on=self.fail_on(), notes=self.notes)

    def exit_code(self) -> int:
        """2 when policy-lint failed on a file, 1 when a finding is at the fail level, else 0."""
        if self.tally.internal_errors:
            return EXIT_ERROR
        return EXIT_FINDINGS if self.tally.failed(self.fail_on()) else EXIT_CLEAN

    def report(self, reporter: "Reporter", write: Callable[[str], Any]) -> None:
        """Lint everything and write the report: start, each file as it comes, finish.

        Files go out one by one as they are linted, so memory stays flat. A
        run with a baseline is whole first: the baseline changes the results
        when the run ends.

        Raises:
            UsageError: the paths hold no policy file (a wrong path in CI
                must not pass as "All clear").
        """
        from policy_lint.reporters.base import Summary

        if not self.targets():
            from policy_lint.fileio import shown
            from policy_lint.discover import scan_notes
            from policy_lint.errors import UsageError

            extra = "\n".join(scan_notes(self.skipped, self.reports))
            raise UsageError(f"No policy files found (YAML, JSON, Markdown, HTML, text, Word or PDF) in {', '.join(shown(p) for p in self.options.paths)}. Check the paths you gave, or --extensions." + (f"\n{extra}" if extra else ""))
        write(reporter.start(self.rules if reporter.lists_rules else (), self.fail_on()))
        if self.keeps_results:
            for fr in self.run().files:
                write(reporter.file(reporter.piece(fr)))
        else:
            for part in self.pieces(reporter.piece):
                write(reporter.file(part))
            self.finish()
        for text in reporter.finish(Summary(self.tally, self.fail_on(), self.exit_code())):
            write(text)

    # -- the audit ----------------------------------------------------------------------------

    def audit(self, *, date: str, title: str = "Confidentiality policy audit", progress_stream: Any = None) -> "Audit":
        """Lint every clinic's policy and build the audit matrix.

        Raises:
            UsageError: a path does not exist, or the paths hold no policy file.

        Each file is linted as ``check`` lints it (its config, pack and
        suppressions), in worker processes with ``jobs``. A progress bar is
        drawn on ``progress_stream`` when it is a terminal and there are more
        than 50 files.
        """
        from policy_lint._version import __version__
        from policy_lint.audit.model import build_audit
        from policy_lint.audit.progress import Progress
        from policy_lint.fileio import shown
        from policy_lint.discover import discover, display_names
        from policy_lint.errors import UsageError

        missing = [p for p in self.options.paths if not os.path.lexists(p)]
        if missing:  # an audit of a clinic that is not there would be a report about nothing
            raise UsageError(f"No policy files found: {', '.join(shown(p) for p in missing)} does not exist. Check the paths you gave.")
        from policy_lint.discover import AUDIT_SUFFIXES, scan_notes

        # In the order given, as the report numbers them. An audit reads .txt files too (see AUDIT_SUFFIXES).
        targets = list(discover(self.options.paths, lambda folder: self.suffixes_for(folder, AUDIT_SUFFIXES), self.skipped, self.reports))
        if not targets:
            extra = "\n".join(scan_notes(self.skipped, self.reports))
            raise UsageError("No policy files found (YAML, JSON, Markdown, HTML, text, Word or PDF). Check the paths you gave, or --extensions." + (f"\n{extra}" if extra else ""))
        self._targets = sorted(targets, key=lambda t: t.path.parts)  # the files of this run: never found again with check's endings
        names = display_names(self.options.paths, [t.path for t in targets])
        for target in targets:
            self.linter_for(target.path)
        items: list[ClinicInput] = []
        with Progress(len(targets), progress_stream) as bar:
            for i, item in enumerate(self._each(lint_clinic, tasks=[(str(t.path), name) for t, name in zip(targets, names)]), 1):
                self.tally.add(item.result)
                items.append(item)
                bar.update(i)
        self.finish([item.result for item in items])
        if progress_stream is not None:
            for line in self.warnings:  # config files skipped because another user owns them
                progress_stream.write(line + "\n")
        pack = (self.linters or [self.linter_for(Path(".") / "-")])[0].pack
        return build_audit(
            items,
            self.rules,
            date=date,
            title=title,
            pack_name=pack.name,
            pack_version=pack.version,
            tool_version=__version__,
            notes=self.notes,
            skipped=tuple(display_path(f) for f in sorted(self.skipped, key=lambda f: f.parts)),
        )


def explain_why(linter: "Linter", loaded: Any, path: str) -> str:
    """``policy-lint why``: the reading of one loaded policy, with the pack check would use for it.

    The policy is linted as check lints it (its config, the pack of its
    place, suppressions), so the topics ``why`` calls required and the rules
    it says are not met are exactly what check reports.
    """
    from policy_lint.jurisdictions.codes import region, with_the
    from policy_lint.jurisdictions.where import SOURCE_WORDS, jurisdiction_of
    from policy_lint.rules.kinds.meaning import REQUIRING, required_topics, topics_required_by
    from policy_lint.why import LOOKED_FOR, FactRule, Requirement, explain_reading

    result = linter.lint_loaded_at(loaded, path) if hasattr(linter, "lint_loaded_at") else linter.lint_loaded(loaded)
    doc = loaded.document
    target = linter.target_for(doc) if hasattr(linter, "target_for") else linter
    found: dict[str, list[Any]] = {}
    for f in result.findings:
        found.setdefault(f.rule_id, []).append(f)
    from policy_lint.jurisdictions.where import clinic_flag

    # Check's findings on a topic it asks for: vague (LIM004) or contradicted (COV007, COV008).
    states = {"limits.vague": "vague", "limits.contradicted": "contradicted", "limits.blanket": "contradicted"}
    flags: dict[str, list[tuple[str, str, str, str, bool]]] = {}
    facts = []
    prose = bool(getattr(doc, "all_prose", False))
    said = {i.get("topic"): i.get("status") for i in ((result.metrics or {}).get("coverage") or []) if isinstance(i, dict)}
    for rule in target.settings.rules:
        if rule.kind in states:
            for f in found.get(rule.id, []):
                data = f.data or {}
                for topic in data.get("topics") or [data.get("topic")]:
                    if rule.kind == "limits.blanket" and said.get(topic) == "stated":
                        continue  # other words state it: the promise is its own finding, not this limit's
                    if topic:
                        how = "reports it" if f.severity.value == "error" else "warns"
                        flags.setdefault(str(topic), []).append((str(topic), states[rule.kind], rule.id, how, f.suppression is not None))
        pointers = tuple(str(p) for p in rule.params.get("pointers") or ())
        if rule.kind in ("coverage.required_text", "prose.required_fact") and pointers and all(p in LOOKED_FOR for p in pointers):
            if rule.kind == "prose.required_fact" and not prose:
                continue  # a YAML policy has these as fields: the schema asks for them (SCH001)
            hits = found.get(rule.id, [])
            seen = tuple((_why_place(doc, p), _why_words(doc, p)) for p in pointers if doc.get(p) not in (None, ""))
            facts.append(FactRule(rule.id, rule.name, pointers, bool(hits), bool(hits) and all(f.suppression is not None for f in hits), seen, prose))
    rules = []
    for rule in target.settings.rules:
        if rule.kind in REQUIRING:
            topics = topics_required_by(rule, target.settings.options.get(rule.id))  # with the config's options, as check reads them
        elif rule.kind == "jurisdiction.topic":  # a limit the law of the place asks for (when it applies to this practice)
            when = rule.params.get("when")
            if when and not clinic_flag(doc, str(when)):
                continue
            topics = tuple(str(t) for t in (rule.params.get("topics") or rule.params.get("categories") or ()))
        else:
            continue
        if not topics:
            continue
        hits = found.get(rule.id, [])
        flagged = tuple(x for t in topics for x in flags.get(t, ()))
        rules.append(Requirement(rule.id, rule.name, topics, bool(hits), bool(hits) and all(f.suppression is not None for f in hits), flagged))
    where = jurisdiction_of(doc)
    place = ""
    if where is not None:
        known = region(where.code)
        name = with_the(known.name) if known is not None and known.name != where.code else ""
        how = SOURCE_WORDS.get(where.source, {}).get("from", "")
        if where.from_hipaa:
            how = "assumed because a HIPAA covered entity is in the US"
        elif where.source == "assumed":
            how = f"assumed from '{where.evidence}'" if where.evidence else "assumed"  # an address, or the names of laws
        place = f", for {name + ' (' + where.code + ')' if name else where.code}" + (f", {how}" if how else "")
    checked_with = f"the {target.pack.name} pack{place}"
    return explain_reading(doc, required_topics(target.pack.rules, target.settings.options), requirements=rules, checked_with=checked_with, facts=facts, pack=target.pack)


def _why_place(doc: Any, pointer: str) -> str:
    """Where a fact of the policy is, as ``why`` shows it ("23:13", "page 1, paragraph 3")."""
    from policy_lint.findings import place_label

    start, _ = doc.locate(pointer)
    label = place_label(start)
    if label is not None:
        return label
    return f"{start.line}:{start.column}" if start is not None else pointer


def _why_words(doc: Any, pointer: str) -> str:
    """The words a fact was read from: a page's own words ("1 April 2026"), or a YAML field's value."""
    fact = (getattr(doc, "facts", None) or {}).get(pointer)
    if fact is not None and fact.block is not None and fact.span is not None:
        return doc.block_at(fact.block).text[slice(*fact.span)]
    return str(doc.get(pointer))


def check(options: CheckOptions) -> RunResult:
    """Lint every path (``-`` is standard input) and return the whole result."""
    return Session(options).run()


#: Parse findings where a page read as YAML ends up: only text (PAR006), or a
#: syntax error ("# Title" then a line with a colon, PAR003).
_NOT_YAML = frozenset({"PAR006", "PAR003"})
#: Of those, the one that means "this is text, not data" even when it looks like no known format.
_ONLY_TEXT = "PAR006"


def _looks_like(data: bytes) -> str | None:
    """"page.html" or "page.md" when standard input looks like a web page or Markdown, else None."""
    head = data[:4096].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or re.search(rb"<(?:body|head|p|div|h[1-6]|main|article|table)[\s>]", head):
        return "page.html"
    if re.search(rb"(?m)^#{1,6} \S", head) or re.search(rb"(?m)^(?:[-*+]|\d+\.) \S.*\n(?:[-*+]|\d+\.) \S", head) or re.search(rb"\[[^\]\n]+\]\([^)\n]+\)", head):
        return "page.md"
    return None


def _hint_prose_stdin(fr: FileResult, data: bytes) -> FileResult:
    """Tell the user to name a page read from standard input, when it was read as YAML for want of a name."""
    if not any(f.rule_id in _NOT_YAML for f in fr.findings):
        return fr
    example = _looks_like(data)
    if example is not None:
        kind = "a web page (HTML)" if example.endswith(".html") else "Markdown"
        hint = f"This text looks like {kind}, but policy-lint read it as YAML because it had no file name. Name it with --stdin-filename {example}."
        found = tuple(f.replace(hint=hint) if f.rule_id in _NOT_YAML else f for f in fr.findings)
        return fr.replace(findings=found)
    # Plain text has no marks to tell it by: it may be a YAML policy gone wrong (the
    # hint of the rule says how one starts), or a policy written as prose, which needs a name.
    more = "If it is a policy written as text, name it, such as --stdin-filename policy.txt."
    found = tuple(f.replace(hint=f"{f.hint} {more}" if f.hint else more) if f.rule_id == _ONLY_TEXT else f for f in fr.findings)
    return fr.replace(findings=found)
