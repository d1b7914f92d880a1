"""A Linter that checks each document against the pack of its place.

The config (or no config) gives the settings: selected rules, severities,
options, suppressions. This Linter reads each document's jurisdiction
(``where.jurisdiction_of``) and, when a built-in pack covers that place,
lints the document with a Linter for that pack, built once with the same
config. Without a pack for the place, the document gets the base pack
(rule JUR003 says so).

An explicit pack (``--pack`` or the config's ``pack:``) turns the choice off:
every document gets that pack, and JUR003 says when it leaves out the pack
of the document's place. To have both, write a pack that ``extends`` the
place's pack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Sequence

from policy_lint.engine import Linter

if TYPE_CHECKING:
    from policy_lint.engine import Settings
    from policy_lint.packs import Pack
    from policy_lint.loading import LoadResult
    from policy_lint.findings import FileResult

__all__ = ["RoutingLinter"]


class RoutingLinter(Linter):
    """Lint with the pack of each document's jurisdiction.

    Args:
        pack, settings: the default (the base pack, or the explicit pack).
        facts: what the command line and config say about the practice
            (``jurisdiction_option``, ``jurisdiction_config``,
            ``hipaa_covered_entity``, ``substance_use_program``).
        build: makes the Linter for a built-in pack name, with the same
            config; None turns the choice of pack off.
        post: the hooks of this Linter (the session's suppression hook).
    """

    def __init__(self, pack: "Pack", settings: "Settings", *, facts: dict[str, Any], build: Callable[[str], Linter] | None, post: Sequence[Any] = ()) -> None:
        super().__init__(pack, settings, post=post)
        self.facts = dict(facts)
        if build is None:
            self.facts["explicit_pack"] = True  # JUR003 then says when it leaves out the place's pack
        self.build = build
        self.delegates: dict[str, Linter] = {}
        self._real_path: str | None = None

    def lint_path(self, path: Any, display: str | None = None) -> "FileResult":
        # The file as it is on disk, for the place its folder or the config gives it
        # (the name shown may be relative to the folder an audit was given).
        self._real_path = str(path)
        try:
            return super().lint_path(path, display)
        finally:
            self._real_path = None

    def lint_loaded_at(self, loaded: "LoadResult", path: Any) -> "FileResult":
        """``lint_loaded`` for a file read from ``path`` on disk (the audit reads each file once)."""
        self._real_path = str(path)
        try:
            return self.lint_loaded(loaded)
        finally:
            self._real_path = None

    def lint_loaded(self, loaded: "LoadResult") -> "FileResult":
        doc = loaded.document
        if doc is None:
            return super().lint_loaded(loaded)
        try:
            target = self._target(doc)
        except Exception as exc:  # a bug in choosing the pack: never a silent "all clear" with the wrong one
            return self._crashed(loaded.path, exc)
        if target is self:
            return super().lint_loaded(loaded)
        return target.lint_loaded(loaded)

    def target_for(self, doc: Any) -> Linter:
        """The Linter that checks (or checked) ``doc``: this one, or the one for its place's pack."""
        return self._target(doc)

    def _target(self, doc: Any) -> Linter:
        from policy_lint.jurisdictions.where import jurisdiction_of, set_facts

        if self.facts:
            set_facts(doc, {**self.facts, "path": self._real_path} if self._real_path else self.facts)
        if self.build is None:
            return self
        where = jurisdiction_of(doc)
        return self.target_named(where.code if where is not None else None)

    def target_named(self, code: str | None) -> Linter:
        """The Linter for the place ``code`` (this one when no built-in pack covers it, or the choice is off)."""
        from policy_lint.jurisdictions.select import pack_for

        if self.build is None:
            return self
        name, _ = pack_for(code)
        if name is None or name == self.pack.name:
            return self
        linter = self.delegates.get(name)
        if linter is None:
            linter = self.delegates[name] = self.build(name)
        return linter

    def all_linters(self) -> list[Linter]:
        """This Linter and one for every jurisdiction pack (for the rule list of SARIF and JUnit)."""
        if self.build is not None:
            from policy_lint.jurisdictions.select import JURISDICTION_PACKS

            for name in JURISDICTION_PACKS():
                if name != self.pack.name and name not in self.delegates:
                    self.delegates[name] = self.build(name)
        return [self, *self.delegates.values()]
