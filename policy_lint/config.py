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
from policy_lint.discover import display_path, foreign_owner
from policy_lint.findings import Severity
from policy_lint.packs import match_ref, resolve_refs, unknown_rule_message

if TYPE_CHECKING:
    from policy_lint.engine import Settings
    from policy_lint.packs import Pack
    from policy_lint.session import CheckOptions

__all__ = [
    "CONFIG_NAMES",
    "Config",
    "settings_for",
    "suppression_config",
    "pack_ref",
    "practice_facts",
    "find_config",
    "load_config",
    "glob_regex",
]

#: File names of a dedicated config file, in the order they are tried.
CONFIG_NAMES = (".policy-lint.yaml", ".policy-lint.yml")
PYPROJECT = "pyproject.toml"
SCHEMA = "config.schema.json"
_TABLE = "[tool.policy-lint]"

_LEVELS = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO}


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
    from policy_lint.fileio import read_regular

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
        from policy_lint.fileio import read_regular

        raw = read_regular(path, MAX_CONFIG_BYTES)  # never a pipe, never a huge file
    except OSError:
        return False
    if not _may_have_table(raw):
        return False
    return _load_toml(path) is not None


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


# -- turning config into Settings ---------------------------------------------


class _Selection(Record):
    """The rules a layer selects and ignores (None: the layer says nothing)."""

    __slots__ = ("select", "ignore")

    def __init__(self, select: set[str] | None = None, ignore: set[str] | None = None) -> None:
        self.select = select
        self.ignore: set[str] = ignore if ignore is not None else set()


def settings_for(pack: "Pack", config: Config | None, options: "CheckOptions", suppressions: Any = None) -> "Settings":
    """Merge pack defaults, the config file and the command line into Settings.

    ``suppressions`` is the file's ``SuppressionConfig`` (see
    ``suppression_config``), or None for comments only.
    """
    from policy_lint.engine import Settings
    from policy_lint.loading import DEFAULT_LIMITS, Limits

    layers: list[_Selection] = []
    severities: dict[str, Severity] = {}
    rule_options: dict[str, dict[str, Any]] = {}
    off: set[str] = set()
    fail_on = Severity.ERROR
    if config is not None:
        file_layer, severities, off = _file_selection(config, pack)
        file_layer.ignore |= off
        layers.append(file_layer)
        rule_options = _rule_options(config, pack)
        if config.get("fail_on"):
            fail_on = _LEVELS[str(config.get("fail_on"))]
    cli_select = _split(options.select)
    cli_ignore = _split(options.ignore)
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
    if options.fail_on is not None:
        fail_on = options.fail_on
    limits = DEFAULT_LIMITS if options.max_bytes is None else Limits(max_bytes=options.max_bytes)
    return Settings(
        rules=tuple(r for r in pack.rules if r.id in enabled),
        severities=severities,
        options=rule_options,
        limits=limits,
        fail_on=fail_on,
        suppressions=suppressions,
    )


def suppression_config(
    pack: "Pack", config: Config | None, options: "CheckOptions", *, recorder: Any = None, baseline_at: Callable[[Path], Any] | None = None
) -> Any:
    """How a file's findings are suppressed: a ``SuppressionConfig``, or None for comments only.

    ``recorder`` collects the findings for ``--write-baseline``;
    ``baseline_at(path)`` loads (once) the baseline a config or
    ``--baseline`` names.
    """
    plain_run = config is None and recorder is None and not options.ignore_suppressions and not options.baseline and options.today is None
    if plain_run:
        return None  # comments only, judged by today's date: the engine's default
    from policy_lint.suppressions import SuppressionConfig

    today = options.today or date.today()
    per_file: list[tuple[Any, frozenset[str]]] = []
    from_config: list[Any] = []
    folder = config.folder if config is not None else Path(os.path.abspath("."))
    if config is not None:
        per_file = _per_file_ignores(config, pack)
        from_config = _config_suppressions(config, pack)
    if options.ignore_suppressions:
        return SuppressionConfig(enabled=False, today=today, folder=folder, per_file_ignores=tuple(per_file))
    baseline = None
    if recorder is None:
        baseline_path: Path | None = None
        if options.baseline:
            baseline_path = Path(os.path.abspath(options.baseline))
        elif config is not None and config.get("baseline"):
            baseline_path = (config.folder / str(config.get("baseline"))).absolute()
            if not os.path.lexists(baseline_path):  # a pipe or a device is refused when it is read
                raise ConfigError(f"{config.where('/baseline')}: there is no baseline file at {display_path(baseline_path)}. Write one with --write-baseline.")
        if baseline_path is not None and baseline_at is not None:
            baseline = baseline_at(baseline_path)
    return SuppressionConfig(
        enabled=True,
        today=today,
        folder=folder,
        config_name=config.name if config is not None else "",
        per_file_ignores=tuple(per_file),
        rules=tuple(from_config),
        baseline=baseline,
        recorder=recorder,
    )


def practice_facts(config: Config | None, options: "CheckOptions") -> dict[str, Any]:
    """What the command line and the config say about the practice, checked.

    Raises:
        ConfigError: the config's jurisdiction is not a region code.
        UsageError: --jurisdiction is not a region code.
    """
    from policy_lint.jurisdictions.codes import did_you_mean, known

    facts: dict[str, Any] = {}
    given = options.jurisdiction
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
    files = config.get("per_file_jurisdiction") if config is not None else None
    if files:
        assert config is not None
        found = []
        for pattern, code in files.items():
            base = _key_pointer("per_file_jurisdiction", pattern)
            if not known(str(code)):
                raise ConfigError(f"{config.where(base)}: '{code}' is not a region code.{did_you_mean(str(code))} Use an ISO 3166 code, such as US-TX or GB.")
            found.append((_glob_at(str(pattern), config.where(base, on_key=True)), str(code), str(pattern)))
        facts["jurisdiction_files"] = tuple(found)
    if config is not None:
        facts["config_folder"] = str(config.folder)
    for flag in ("hipaa_covered_entity", "substance_use_program"):
        value = getattr(options, flag)
        if value is None and config is not None:
            value = config.get(flag)
        if value is not None:
            facts[flag] = bool(value)
    return facts


def pack_ref(config: Config | None, cli_pack: str | None, *, explicit: bool = False) -> str | None:
    """The pack to use: --pack, else the config's pack (relative to it), else the default.

    ``explicit``: the config was named with --config, so a pack file of
    another user next to it is used as the user asked.

    Raises:
        ConfigError: a config that policy-lint found itself names a pack
            file that belongs to another user.
    """
    if cli_pack:
        return str(cli_pack)
    if config is not None and config.get("pack"):
        from policy_lint.packs import _is_builtin

        ref = str(config.get("pack"))
        if _is_builtin(ref):
            return ref
        path = (config.folder / ref).absolute()
        uid = foreign_owner(path) if not explicit else None
        if uid is not None:
            # Skipping it would change which rules run: stop instead.
            raise ConfigError(
                f"{config.where('/pack')}: the pack file {display_path(path)} belongs to another user (uid {uid}). "
                "policy-lint does not use a pack that another user could change. Copy it, or pass it with --pack."
            )
        return str(path)
    return None


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
        hit = match_ref(str(ref), pack)
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
            if match_ref(str(ref), pack) is not None:
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
                text=str(entry.get("text") or ""),
                heading=str(entry.get("heading") or ""),
            )
        )
    return out
