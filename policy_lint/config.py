"""Configuration: find it, read it, check it, and turn it into Settings.

Where the config comes from, for each linted file:

1. ``--isolated``: no config file at all.
2. ``--config PATH``: that file, for every linted file.
3. Otherwise walk up from the file's folder. In each folder, look for
   ``.policy-lint.yaml`` (or ``.policy-lint.yml``), then for a
   ``pyproject.toml`` with a ``[tool.policy-lint]`` table. The first one found
   wins; the dedicated file wins over pyproject.toml in the same folder.
   The walk stops after the repository root (a folder that holds ``.git``)
   or the home folder.

Nothing is merged between config files: the nearest one is the whole
config. The layers are the pack (defaults), the config file, then the
command line, and each later layer wins.

This module imports tomllib only when a ``pyproject.toml`` mentions
policy-lint, and jsonschema only when a config file exists.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

from policy_lint.values import Frozen, Record, _set
from policy_lint.errors import ConfigError
from policy_lint.findings import Severity

if TYPE_CHECKING:
    from policy_lint.engine import Linter, Settings
    from policy_lint.packs import Pack
    from policy_lint.rules.base import RuleSpec

__all__ = [
    "CONFIG_NAMES",
    "Config",
    "Resolver",
    "find_config",
    "load_config",
    "resolve_refs",
    "glob_regex",
    "display_path",
]

#: File names of a dedicated config file, in the order they are tried.
CONFIG_NAMES = (".policy-lint.yaml", ".policy-lint.yml")
PYPROJECT = "pyproject.toml"
SCHEMA = "config.schema.json"
_TABLE = "[tool.policy-lint]"

_LEVELS = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO}


def display_path(path: Path | str) -> str:
    """Show a path relative to the working folder when it is inside it.

    A name that is not UTF-8 is shown with ``\\xNN`` escapes, as in findings.
    """
    from policy_lint.discover import display_name

    text = str(path)
    try:
        rel = os.path.relpath(text)
    except ValueError:  # another drive on Windows
        return display_name(text)
    return display_name(text if rel.startswith("..") else rel)


# -- the config file ---------------------------------------------------------


class Config(Frozen):
    """One config file, read and checked against the config schema.

    Attributes:
        path: The file (absolute).
        folder: Its folder: paths and patterns in it are relative to this.
        data: The config keys (for pyproject.toml, the [tool.policy-lint] table).
        where: Turns a JSON Pointer (and ``on_key=True`` to name the key
            rather than its value) into the place to name in a message:
            ``file:line:col`` for YAML, ``file [tool.policy-lint] key`` for TOML.
    """

    __slots__ = ("path", "folder", "data", "where")
    _compared = ("path", "folder", "data")
    path: Path
    folder: Path
    data: Mapping[str, Any]
    where: Callable[..., str]

    def __init__(self, path: Path, folder: Path, data: Mapping[str, Any], where: Callable[..., str]) -> None:
        _set(self, "path", path)
        _set(self, "folder", folder)
        _set(self, "data", data)
        _set(self, "where", where)

    def __repr__(self) -> str:
        return f"Config(path={self.path!r}, folder={self.folder!r}, data={self.data!r})"

    def __hash__(self) -> int:
        return hash(self.path)  # data is a dict

    @property
    def name(self) -> str:
        """The file, as it is shown in messages."""
        return display_path(self.path)

    def get(self, key: str, default: Any = None) -> Any:
        """Return a config key or ``default``."""
        return self.data.get(key, default)


def load_config(path: Path | str) -> Config:
    """Read and check one config file (YAML, or pyproject.toml).

    Raises:
        ConfigError: the file is missing, cannot be read, or is not valid.
    """
    p = Path(path).absolute()
    if not p.is_file():
        if p.exists():
            raise ConfigError(f"{display_path(p)}: this is not a regular file (a pipe, a device or a folder). policy-lint reads a config only from a regular file.")
        raise ConfigError(f"{display_path(p)}: policy-lint cannot find this config file. Check the path.")
    if p.name == PYPROJECT or p.suffix.lower() == ".toml":
        config = _load_toml(p, require_table=p.name != PYPROJECT)
        if config is None:
            raise ConfigError(f"{display_path(p)}: this file has no {_TABLE} table. Add one, or give another config file.")
        return config
    return _load_yaml(p)


def _load_yaml(path: Path) -> Config:
    from policy_lint.loading import Limits, load_path

    name = display_path(path)
    result = load_path(path, limits=Limits(max_bytes=1024 * 1024), display=name)
    doc = result.document
    if doc is None and result.problems and result.problems[0].code == "empty":
        return Config(path, path.parent, {}, lambda pointer, on_key=False: name)
    blocking = [p for p in result.problems if p.fatal or p.code in ("duplicate-key", "tag")]
    if doc is None or blocking:
        problem = blocking[0] if blocking else result.problems[0]
        where = result.where(problem, name)
        hint = f" {problem.hint}" if problem.hint else ""
        raise ConfigError(f"{where}: this config file cannot be read. {problem.message}{hint}")

    def where(pointer: str, on_key: bool = False) -> str:
        pos = doc.locate(pointer, on_key=on_key or _is_key_pointer(doc, pointer))[0]
        return f"{name}:{pos.line}:{pos.column}" if pos else name

    if not isinstance(doc.data, dict):
        raise ConfigError(f"{where('')}: the config must be a mapping of keys and values, such as 'select: [COV, NOT]'.")
    from policy_lint.schema import validate_located

    errors = validate_located(doc, SCHEMA, what="config")
    if errors:
        raise ConfigError("\n".join(_config_words(e) for e in errors))
    return Config(path, path.parent, doc.data, where)


def _is_key_pointer(doc: Any, pointer: str) -> bool:
    """Point at the key for mappings (a whole section), at the value otherwise."""
    value = doc.get(pointer)
    return isinstance(value, (dict, list))


def _config_words(message: str) -> str:
    # The schema module words its messages for policies; this file is a config.
    return message.replace("policy-lint knows in the policy", "policy-lint knows in the config")


def _load_toml(path: Path, *, require_table: bool = True) -> Config | None:
    """Read the [tool.policy-lint] table, or return None when there is none."""
    name = display_path(path)
    raw = read_config_bytes(path, name)
    if b"policy-lint" not in raw:  # fast path: most pyproject.toml files are not ours
        return None
    import tomllib

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{name}: this is not valid TOML: {exc}.") from None
    except RecursionError:  # tomllib reads nested lists and tables by recursion
        raise ConfigError(f"{name}: this file is nested more than {MAX_DEPTH} levels deep. policy-lint does not read it.") from None
    table = (data.get("tool") or {}).get("policy-lint") if isinstance(data.get("tool"), dict) else None
    if table is None:
        return None
    if too_deep(table, MAX_DEPTH):
        raise ConfigError(f"{name} {_TABLE}: this table is nested more than {MAX_DEPTH} levels deep. policy-lint does not read it.")
    table = _plain_toml(table)

    def where(pointer: str, on_key: bool = False) -> str:
        key = _toml_key(pointer)
        return f"{name} {_TABLE}" + (f" {key}" if key else "")

    if not isinstance(table, dict):
        raise ConfigError(f"{where('')}: this must be a table of keys and values.")
    from policy_lint.schema import problems
    from policy_lint.loading import Document

    doc = Document(name, "", table, {})
    found = problems(doc, SCHEMA)
    if found:
        lines = []
        for p in found:
            extra = f" {p.hint}" if p.hint else ""
            lines.append(_config_words(f"{where(p.pointer)}: this config is not valid: {p.message}{extra}"))
        raise ConfigError("\n".join(lines))
    return Config(path, path.parent, table, where)


#: The most a config file or a baseline may hold: it is read whole, before the run.
MAX_CONFIG_BYTES = 1024 * 1024

#: Nesting deeper than this in a config or a baseline is refused (as in policies).
MAX_DEPTH = 64


def read_config_bytes(path: Path, name: str, limit: int = MAX_CONFIG_BYTES, what: str = "file") -> bytes:
    """Read a config file or a baseline as policies are read: a regular file only, never blocking, never past ``limit``.

    Raises:
        ConfigError: the file is missing, is a pipe or a device, is too large, or cannot be read.
    """
    from policy_lint._io import read_regular

    try:
        import os as _os
        import stat as _stat

        st = _os.stat(path)
        if not _stat.S_ISREG(st.st_mode):
            raise ConfigError(f"{name}: this is not a regular file (a pipe, a device or a folder). policy-lint reads a {what} only from a regular file.")
        if st.st_size > limit:
            raise ConfigError(f"{name}: this {what} is {st.st_size / 1024 / 1024:.1f} MB, more than the limit of {limit // (1024 * 1024)} MB.")
        return read_regular(path, limit)
    except ConfigError:
        raise
    except FileNotFoundError:
        raise ConfigError(f"{name}: there is no {what} here. Check the path.") from None
    except MemoryError:
        raise ConfigError(f"{name}: policy-lint ran out of memory reading this {what}.") from None
    except OSError as exc:
        raise ConfigError(f"{name}: policy-lint cannot read this {what}: {exc.strerror or exc}.") from None


def too_deep(value: Any, limit: int) -> bool:
    """True when lists and mappings nest more than ``limit`` levels (checked without recursion)."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Iterable[Any] = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _plain_toml(value: Any) -> Any:
    """Turn TOML dates and times into text, as YAML configs keep them."""
    if isinstance(value, dict):
        return {str(k): _plain_toml(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain_toml(v) for v in value]
    if hasattr(value, "isoformat") and not isinstance(value, (str, int, float, bool)):
        return value.isoformat()
    return value


def _toml_key(pointer: str) -> str:
    """Write a JSON Pointer as a TOML key path: /rules/PLN001/x -> rules.PLN001.x, /select/1 -> select[1]."""
    out = ""
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if token.isdigit() and out:
            out += f"[{token}]"
            continue
        bare = re.fullmatch(r"[A-Za-z0-9_-]+", token) is not None
        part = token if bare else '"' + token.replace('"', '\\"') + '"'
        out = f"{out}.{part}" if out else part
    return out


# -- finding the config file --------------------------------------------------


def _stop_here(folder: Path, home: Path | None) -> bool:
    if (folder / ".git").exists():
        return True
    return home is not None and folder == home


def _device(folder: Path) -> int | None:
    try:
        return os.stat(folder).st_dev
    except OSError:
        return None


def foreign_owner(path: Path | str) -> int | None:
    """The owner of a file when it is another user (not you, not root); None otherwise.

    policy-lint never applies a config or a pack it found itself that
    another user could have put there (as git's safe.directory): a
    ``.policy-lint.yaml`` in ``/tmp`` could silence every rule.
    """
    geteuid = getattr(os, "geteuid", None)
    if geteuid is None:  # pragma: no cover - Windows: no owners to compare
        return None
    try:
        uid = os.stat(path).st_uid
    except OSError:
        return None
    return None if uid in (geteuid(), 0) else uid


def find_config(start: Path | str, *, cache: dict[Path, Path | None] | None = None, skipped: list[str] | None = None) -> Path | None:
    """Return the config file that applies to files in ``start``, or None.

    Walks up from ``start`` (a folder) and stops after the repository root
    (a folder holding ``.git``) or the home folder, and before it would
    cross into another file system (as git does). A config file that
    belongs to another user is skipped, and a line saying so is added to
    ``skipped``. ``cache`` maps folders already searched to their answer.
    """
    folder = Path(os.path.abspath(start))
    try:
        home: Path | None = Path(os.path.abspath(Path.home()))
    except (RuntimeError, KeyError):  # no home folder (some CI runners)
        home = None
    device = _device(folder)
    visited: list[Path] = []
    found: Path | None = None
    while True:
        if cache is not None and folder in cache:
            found = cache[folder]
            break
        visited.append(folder)
        hit = _config_in(folder, skipped)
        if hit is not None:
            found = hit
            break
        if _stop_here(folder, home) or folder.parent == folder:
            break
        if device is not None and _device(folder.parent) != device:
            break  # a mount point: the folders above belong to another file system
        folder = folder.parent
    if cache is not None:
        for seen in visited:
            cache[seen] = found
    return found


def _config_in(folder: Path, skipped: list[str] | None = None) -> Path | None:
    for name in CONFIG_NAMES:
        candidate = folder / name
        if candidate.is_file() and not _skip_foreign(candidate, skipped):
            return candidate
    candidate = folder / PYPROJECT
    if candidate.is_file() and not _skip_foreign(candidate, skipped) and _has_table(candidate):
        return candidate
    return None


def _skip_foreign(candidate: Path, skipped: list[str] | None) -> bool:
    uid = foreign_owner(candidate)
    if uid is None:
        return False
    if skipped is not None:
        line = f"policy-lint skipped the config {display_path(candidate)}: it belongs to another user (uid {uid}). To use it, pass it with --config."
        if line not in skipped:
            skipped.append(line)
    return True


# Lines that may start our table: [tool.policy-lint...], a dotted key
# tool.policy-lint... at the top, or policy-lint = / policy-lint. under [tool].
_MAY_HAVE_TABLE = re.compile(rb"""(?m)^[ \t]*(?:\[[ \t]*tool[ \t]*\.[ \t]*["']?policy-lint|tool[ \t]*\.[ \t]*["']?policy-lint|(["']?policy-lint["']?[ \t]*[.=]))""")
_HEADER = re.compile(rb"(?m)^[ \t]*\[\[?[ \t]*([^\]]*?)[ \t]*\]")


def _may_have_table(raw: bytes) -> bool:
    """A quick look, without a TOML parser, for a [tool.policy-lint] table."""
    for m in _MAY_HAVE_TABLE.finditer(raw):
        if m.group(1) is None:
            return True
        headers = _HEADER.findall(raw, 0, m.start())
        if headers and headers[-1].replace(b" ", b"") == b"tool":
            return True
    return False


def _has_table(path: Path) -> bool:
    """True when a pyproject.toml has a [tool.policy-lint] table (parsed only if it may have one)."""
    try:
        from policy_lint._io import read_regular

        raw = read_regular(path, MAX_CONFIG_BYTES)  # never a pipe, never a huge file
    except OSError:
        return False
    if not _may_have_table(raw):
        return False
    return _load_toml(path) is not None


# -- rule references: IDs, prefixes, names ------------------------------------

_PREFIX = re.compile(r"[A-Za-z]+[0-9]*")


def _match_ref(ref: str, pack: "Pack") -> tuple[list[str], int] | None:
    """Return (rule IDs, specificity) for a reference, or None if it names nothing.

    Specificity orders severity overrides: ALL < short prefix < long prefix
    < a full ID or name.
    """
    text = ref.strip()
    if text.upper() == "ALL":
        return [r.id for r in pack.rules], 0
    rule = pack.rule(text)
    if rule is not None:
        return [rule.id], 1000
    if _PREFIX.fullmatch(text):
        upper = text.upper()
        ids = [r.id for r in pack.rules if r.id.startswith(upper)]
        if ids:
            return ids, len(upper)
    return None


def resolve_refs(refs: Iterable[str], pack: "Pack", where: Callable[[int, str], str], *, what: str) -> set[str]:
    """Turn rule references into rule IDs; an unknown one is a ConfigError.

    Args:
        refs: IDs, starts of IDs, names, or ALL.
        pack: The pack the references must name rules of.
        where: (index, ref) -> the place to name in the error.
        what: The setting, for the message ("select", "--ignore", ...).
    """
    out: set[str] = set()
    for i, ref in enumerate(refs):
        hit = _match_ref(ref, pack)
        if hit is None:
            raise ConfigError(f"{where(i, ref)}: {unknown_rule_message(ref, pack, what)}")
        out.update(hit[0])
    return out


def unknown_rule_message(ref: str, pack: "Pack", what: str) -> str:
    """The message for a reference that names no rule, with 'did you mean'."""
    from policy_lint.docs import suggest

    return (
        f"{what} names {ref!r}, but no rule in the pack '{pack.name}' has that ID or name, "
        f"and no rule ID starts with it.{suggest(ref, pack)} Run 'policy-lint rules' to see them all."
    )


# -- globs -----------------------------------------------------------------------

def glob_regex(pattern: str) -> Any:
    """Compile a file pattern, matched against a path relative to the config folder.

    ``**`` matches any number of folders, ``*`` and ``?`` stay inside one
    name, ``[abc]`` is a set of characters. A pattern without a slash
    matches a file name in any folder. A pattern that matches a folder
    matches every file below it. The result's ``fullmatch(path)`` never
    backtracks (see ``policy_lint.globs``).

    Raises:
        policy_lint.globs.GlobError: a range that goes backwards, or an unknown class.
    """
    from policy_lint.globs import compile_glob

    return compile_glob(pattern)


def _glob_at(pattern: str, where: str) -> Any:
    """Compile a pattern of the config; a pattern that cannot mean anything stops the run with its place."""
    from policy_lint.globs import GlobError

    try:
        return glob_regex(pattern)
    except GlobError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def relative_to(path: Path | str, folder: Path) -> str:
    """The path of a file relative to a folder, with forward slashes."""
    try:
        rel = os.path.relpath(os.path.abspath(path), folder)
    except ValueError:
        rel = os.path.abspath(path)
    return rel.replace(os.sep, "/")


# -- turning config into Settings ---------------------------------------------


class _Selection(Record):
    """The rules a layer selects and ignores (None: the layer says nothing)."""

    __slots__ = ("select", "ignore")

    def __init__(self, select: set[str] | None = None, ignore: set[str] | None = None) -> None:
        self.select = select
        self.ignore: set[str] = ignore if ignore is not None else set()


class Resolver:
    """Find the config of each file, and build (once) the Linter for it.

    ``options`` is a ``policy_lint.runner.CheckOptions``. Configs are cached
    per folder and linters per config file, so a run over many files reads
    each config once.
    """

    def __init__(self, options: Any) -> None:
        if getattr(options, "isolated", False) and getattr(options, "config", None):
            from policy_lint.errors import UsageError

            raise UsageError("Use --config or --isolated, not both: --isolated ignores every config file.")
        self.options = options
        self._explicit: Config | None = load_config(options.config) if getattr(options, "config", None) else None
        self._folders: dict[Path, Path | None] = {}
        self._by_folder: dict[str, Config | None] = {}
        self._configs: dict[Path, Config] = {}
        self._linters: dict[Path | None, "Linter"] = {}
        self._packs: dict[str, "Pack"] = {}
        self.baselines: dict[Path, Any] = {}
        #: Lines for stderr: config files skipped because another user owns them.
        self.warnings: list[str] = []
        self.recorder: Any = None
        #: Every file a Linter was asked for, when a baseline is written (it must never write over one).
        self.files: list[Path] = []
        if getattr(options, "write_baseline", None):
            from policy_lint.baseline import Recorder

            self.recorder = Recorder(Path(options.write_baseline))

    @property
    def needs_one_process(self) -> bool:
        """True when a baseline is written or read: it counts matches over the whole run."""
        return self.recorder is not None or bool(self.baselines)

    # -- lookup -------------------------------------------------------------

    def config_for(self, file: Path | str) -> Config | None:
        """The config that applies to a file (None: pack defaults only)."""
        if getattr(self.options, "isolated", False):
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

    def linter_for(self, file: Path | str) -> "Linter":
        """The Linter for a file, built once per config."""
        if self.recorder is not None:
            self.files.append(Path(file))
        config = self.config_for(file)
        key = config.path if config is not None else None
        linter = self._linters.get(key)
        if linter is None:
            linter = self._build(config)
            self._linters[key] = linter
        return linter

    def linter_for_folder(self, folder: Path | str) -> "Linter":
        """The Linter for files in a folder (used for standard input)."""
        return self.linter_for(Path(folder) / "-")

    @property
    def linters(self) -> list["Linter"]:
        """Every Linter built so far."""
        return list(self._linters.values())

    @property
    def rules(self) -> tuple["RuleSpec", ...]:
        """Every rule that runs under some config of this run, in ID order."""
        linters = self.linters or [self.linter_for_folder(".")]
        seen: dict[str, "RuleSpec"] = {}
        every = [one for linter in linters for one in (linter.all_linters() if hasattr(linter, "all_linters") else [linter])]
        for linter in every:
            for rule in linter.settings.rules:
                seen.setdefault(rule.id, rule)
        return tuple(sorted(seen.values(), key=lambda r: r.id))

    def fail_on(self, linter: "Linter | None" = None) -> Severity:
        """The run's fail level: --fail-on, else the strictest of the configs used."""
        fail_on = getattr(self.options, "fail_on", None)
        if fail_on is not None:
            return fail_on  # type: ignore[no-any-return]
        used = [linter] if linter is not None else self.linters
        levels = [lt.settings.fail_on for lt in used]
        return min(levels, key=lambda s: s.rank) if levels else Severity.ERROR

    def finish(self, files: Iterable[Any], linter: "Linter | None" = None) -> Any:
        """Build the RunResult: the fail level, the baseline file, and notes.

        Without --fail-on, the strictest ``fail_on`` of the configs used wins.
        """

        from policy_lint.findings import RunResult

        results = list(files)
        fail_on = self.fail_on(linter)
        notes: list[str] = []
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
        return RunResult(tuple(results), fail_on=fail_on, notes=tuple(notes))

    # -- building -----------------------------------------------------------

    def pack_ref(self, config: Config | None) -> str | None:
        """The pack to use: --pack, else the config's pack (relative to it), else the default."""
        cli = getattr(self.options, "pack", None)
        if cli:
            return str(cli)
        if config is not None and config.get("pack"):
            from policy_lint.packs import _is_builtin

            ref = str(config.get("pack"))
            if _is_builtin(ref):
                return ref
            path = (config.folder / ref).absolute()
            uid = foreign_owner(path) if config is not self._explicit else None
            if uid is not None:
                # Skipping it would change which rules run: stop instead.
                raise ConfigError(
                    f"{config.where('/pack')}: the pack file {display_path(path)} belongs to another user (uid {uid}). "
                    "policy-lint does not use a pack that another user could change. Copy it, or pass it with --pack."
                )
            return str(path)
        return None

    def pack_for(self, config: Config | None) -> "Pack":
        """Load (once) the pack a config asks for."""
        from policy_lint.errors import RulePackError
        from policy_lint.packs import load_pack

        ref = self.pack_ref(config)
        key = ref or ""
        pack = self._packs.get(key)
        if pack is None:
            try:
                pack = load_pack(ref)
            except RulePackError as exc:
                if config is not None and config.get("pack") and not getattr(self.options, "pack", None):
                    raise ConfigError(f"{config.where('/pack')}: the pack named here cannot be loaded.\n{exc}") from None
                raise
            self._packs[key] = pack
        return pack

    def _build(self, config: Config | None) -> "Linter":
        """A Linter for a config: it picks the pack of each document's place (see jurisdictions.route)."""
        from policy_lint.jurisdictions.route import RoutingLinter

        pack = self.pack_for(config)
        facts = self.practice_facts(config)
        if self.pack_ref(config) is not None:  # an explicit pack wins: no choice by place
            return RoutingLinter(pack, self.settings(pack, config), facts=facts, build=None)
        opts = self.options
        if config is None and not (getattr(opts, "select", ()) or getattr(opts, "ignore", ())):

            def build(name: str) -> "Linter":
                from policy_lint.engine import Linter

                place = self._builtin(name)
                return Linter(place, self.settings(place, None))

            return RoutingLinter(pack, self.settings(pack, None), facts=facts, build=build)
        # The config and --select may name rules of any place's pack: resolve them
        # against all of them at once, then give each pack its own rules.
        full = self.settings(self._all_places(pack), config)
        enabled = {r.id for r in full.rules}

        def build_with(name: str) -> "Linter":
            from policy_lint.engine import Linter

            place = self._builtin(name)
            return Linter(place, full.replace(rules=tuple(r for r in place.rules if r.id in enabled)))

        return RoutingLinter(pack, full.replace(rules=tuple(r for r in pack.rules if r.id in enabled)), facts=facts, build=build_with)

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

    def practice_facts(self, config: Config | None) -> dict[str, Any]:
        """What the command line and the config say about the practice, checked.

        Raises:
            ConfigError: the config's jurisdiction is not a region code.
            UsageError: --jurisdiction is not a region code.
        """
        from policy_lint.jurisdictions.codes import did_you_mean, known

        facts: dict[str, Any] = {}
        given = getattr(self.options, "jurisdiction", None)
        if given:
            if not known(given):
                from policy_lint.errors import UsageError

                raise UsageError(f"--jurisdiction {given}: this is not a region code.{did_you_mean(given)} Use an ISO 3166 code, such as US-TX or GB.")
            facts["jurisdiction_option"] = given
        if config is not None and config.get("jurisdiction"):
            value = str(config.get("jurisdiction"))
            if not known(value):
                raise ConfigError(f"{config.where('/jurisdiction')}: '{value}' is not a region code.{did_you_mean(value)} Use an ISO 3166 code, such as US-TX or GB.")
            facts["jurisdiction_config"] = value
        for flag in ("hipaa_covered_entity", "substance_use_program"):
            value = getattr(self.options, flag, None)
            if value is None and config is not None:
                value = config.get(flag)
            if value is not None:
                facts[flag] = bool(value)
        return facts

    def settings(self, pack: "Pack", config: Config | None) -> "Settings":
        """Merge pack defaults, the config file and the command line into Settings."""
        from policy_lint.engine import Settings
        from policy_lint.loading import DEFAULT_LIMITS, Limits

        opts = self.options
        layers: list[_Selection] = []
        severities: dict[str, Severity] = {}
        options: dict[str, dict[str, Any]] = {}
        off: set[str] = set()
        fail_on = Severity.ERROR
        if config is not None:
            file_layer, severities, off = _file_selection(config, pack)
            file_layer.ignore |= off
            layers.append(file_layer)
            options = _rule_options(config, pack)
            if config.get("fail_on"):
                fail_on = _LEVELS[str(config.get("fail_on"))]
        cli_select = _split(getattr(opts, "select", ()) or ())
        cli_ignore = _split(getattr(opts, "ignore", ()) or ())
        if cli_select or cli_ignore:
            layers.append(
                _Selection(
                    resolve_refs(cli_select, pack, lambda i, r: "--select", what="--select") if cli_select else None,
                    resolve_refs(cli_ignore, pack, lambda i, r: "--ignore", what="--ignore"),
                )
            )
        enabled = {r.id for r in pack.rules}
        for layer in layers:
            if layer.select is not None:
                enabled = set(layer.select)
            enabled -= layer.ignore
        if getattr(opts, "fail_on", None) is not None:
            fail_on = opts.fail_on
        max_bytes = getattr(opts, "max_bytes", None)
        limits = DEFAULT_LIMITS if max_bytes is None else Limits(max_bytes=max_bytes)
        return Settings(
            rules=tuple(r for r in pack.rules if r.id in enabled),
            severities=severities,
            options=options,
            limits=limits,
            fail_on=fail_on,
            suppressions=self._suppression_config(pack, config),
        )

    def _suppression_config(self, pack: "Pack", config: Config | None) -> Any:
        opts = self.options
        plain_run = (
            config is None
            and self.recorder is None
            and not getattr(opts, "ignore_suppressions", False)
            and not getattr(opts, "baseline", None)
            and getattr(opts, "today", None) is None
        )
        if plain_run:
            return None  # comments only, judged by today's date: the engine's default
        from policy_lint.suppressions import SuppressionConfig

        today = getattr(opts, "today", None) or date.today()
        per_file: list[tuple[Any, frozenset[str]]] = []
        from_config: list[Any] = []
        folder = config.folder if config is not None else Path(os.path.abspath("."))
        if config is not None:
            per_file = _per_file_ignores(config, pack)
            from_config = _config_suppressions(config, pack)
        if getattr(opts, "ignore_suppressions", False):
            return SuppressionConfig(enabled=False, today=today, folder=folder, per_file_ignores=tuple(per_file))
        baseline = None
        if self.recorder is None:
            baseline_path: Path | None = None
            if getattr(opts, "baseline", None):
                baseline_path = Path(os.path.abspath(opts.baseline))
            elif config is not None and config.get("baseline"):
                baseline_path = (config.folder / str(config.get("baseline"))).absolute()
                if not os.path.lexists(baseline_path):  # a pipe or a device is refused when it is read
                    raise ConfigError(f"{config.where('/baseline')}: there is no baseline file at {display_path(baseline_path)}. Write one with --write-baseline.")
            if baseline_path is not None:
                baseline = self.baselines.get(baseline_path)
                if baseline is None:
                    from policy_lint.baseline import Baseline

                    baseline = Baseline.load(baseline_path)
                    self.baselines[baseline_path] = baseline
        return SuppressionConfig(
            enabled=True,
            today=today,
            folder=folder,
            config_name=config.name if config is not None else "",
            per_file_ignores=tuple(per_file),
            rules=tuple(from_config),
            baseline=baseline,
            recorder=self.recorder,
        )


def _split(values: Iterable[str]) -> list[str]:
    """Split repeated, comma-separated command-line values."""
    out: list[str] = []
    for value in values:
        out.extend(part.strip() for part in str(value).split(",") if part.strip())
    return out


def _file_selection(config: Config, pack: "Pack") -> tuple[_Selection, dict[str, Severity], set[str]]:
    def at(key: str) -> Callable[[int, str], str]:
        return lambda i, ref: config.where(f"/{key}/{i}")

    select = config.get("select")
    layer = _Selection(
        resolve_refs(select, pack, at("select"), what="select") if select is not None else None,
        resolve_refs(config.get("ignore") or [], pack, at("ignore"), what="ignore"),
    )
    ranked: list[tuple[int, int, list[str], str]] = []
    for order, (ref, level) in enumerate((config.get("severity") or {}).items()):
        hit = _match_ref(str(ref), pack)
        if hit is None:
            raise ConfigError(f"{config.where(_key_pointer('severity', ref), on_key=True)}: {unknown_rule_message(str(ref), pack, 'severity')}")
        ranked.append((hit[1], order, hit[0], str(level)))
    severities: dict[str, Severity] = {}
    off: set[str] = set()
    for _, _, ids, level in sorted(ranked):  # more specific entries come last and win
        for rid in ids:
            if level == "off":
                off.add(rid)
                severities.pop(rid, None)
            else:
                off.discard(rid)
                severities[rid] = _LEVELS[level]
    return layer, severities, off


def _key_pointer(*tokens: str) -> str:
    from policy_lint.loading import join_pointer

    pointer = ""
    for token in tokens:
        pointer = join_pointer(pointer, token)
    return pointer


def _rule_options(config: Config, pack: "Pack") -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for ref, opts in (config.get("rules") or {}).items():
        rule = pack.rule(str(ref))
        if rule is None:
            where = config.where(_key_pointer("rules", ref), on_key=True)
            if _match_ref(str(ref), pack) is not None:
                raise ConfigError(f"{where}: 'rules' needs one rule ID or name, not {ref!r}. Options belong to a single rule.")
            raise ConfigError(f"{where}: {unknown_rule_message(str(ref), pack, 'rules')}")
        opts = dict(opts or {})
        _check_options(config, ref, rule, opts)
        out.setdefault(rule.id, {}).update(opts)
    return out


def _check_options(config: Config, ref: Any, rule: Any, opts: dict[str, Any]) -> None:
    """Refuse an option the rule does not have, or a value of the wrong kind (a typo would do nothing)."""
    import difflib

    from policy_lint.rules.kinds import fits, options_of

    known = options_of(rule)
    for name, value in opts.items():
        where = config.where(_key_pointer("rules", ref, name), on_key=True)
        if name not in known:
            near = difflib.get_close_matches(str(name), list(known), n=1, cutoff=0.6)
            hint = f" Did you mean '{near[0]}'?" if near else ""
            if not known:
                raise ConfigError(f"{where}: {rule.id} ({rule.name}) takes no options.")
            raise ConfigError(f"{where}: {rule.id} ({rule.name}) has no option '{name}'.{hint} Its options: {', '.join(sorted(known))}.")
        if not fits(value, known[name]):
            example = rule.params.get(name)
            if isinstance(example, bool):
                shown = f", such as {name}: {'true' if example else 'false'}"
            elif isinstance(example, (int, float)):
                shown = f", such as {name}: {example}"
            else:
                shown = ""
            raise ConfigError(f"{config.where(_key_pointer('rules', ref, name))}: the option '{name}' of {rule.id} must be {known[name]}{shown}.")


def _per_file_ignores(config: Config, pack: "Pack") -> list[tuple[Any, frozenset[str]]]:
    out = []
    for pattern, refs in (config.get("per_file_ignores") or {}).items():
        base = _key_pointer("per_file_ignores", pattern)
        ids = resolve_refs(refs, pack, lambda i, r, base=base: config.where(f"{base}/{i}"), what="per_file_ignores")
        out.append((_glob_at(str(pattern), config.where(base, on_key=True)), frozenset(ids)))
    return out


def _config_suppressions(config: Config, pack: "Pack") -> list[Any]:
    from policy_lint.suppressions import ConfigSuppression

    out = []
    for i, entry in enumerate(config.get("suppressions") or []):
        base = f"/suppressions/{i}"
        refs = [str(r) for r in entry["rules"]]
        ids: set[str] = set()
        for j, ref in enumerate(refs):
            named = resolve_refs([ref], pack, lambda _i, _r, base=base, j=j: config.where(f"{base}/rules/{j}"), what="suppressions")
            if all(rid.startswith("SUP") for rid in named):
                raise ConfigError(f"{config.where(f'{base}/rules/{j}')}: a suppression cannot hide {ref}. Turn it off with 'ignore' or 'severity' instead.")
            ids |= named
        until = entry.get("until")
        if until is not None:
            try:
                date.fromisoformat(str(until))
            except ValueError:
                raise ConfigError(f"{config.where(base + '/until')}: 'until' must be a date written as YYYY-MM-DD, such as 2027-06-30.") from None
        pattern = str(entry["path"])
        out.append(
            ConfigSuppression(
                pattern=pattern,
                regex=_glob_at(pattern, config.where(f"{base}/path")),
                exact=not any(c in pattern for c in "*?["),
                refs=tuple(refs),
                ids=frozenset(rid for rid in ids if not rid.startswith("SUP")),
                pointer=str(entry.get("pointer") or ""),
                reason=str(entry["reason"]).strip(),
                until=str(until) if until is not None else None,
                where=config.where(base),
            )
        )
    return out
