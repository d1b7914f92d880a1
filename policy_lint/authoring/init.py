"""``policy-lint init``: write a starter policy that lints clean.

The text comes from data files in ``policy_lint/templates``: ``common.yaml``
(the parts that are the same everywhere and the practice types) and one
file per jurisdiction (``us-tx.yaml``, ``gb.yaml``, ...). A jurisdiction
file can extend another (``extends: us``). This module puts the parts
together and writes them as YAML, with comments for the owner: what the
file is, and what to check with their own lawyer.

The YAML is written by hand, not dumped, so that it reads well: long texts
as folded blocks, short ones plain or in double quotes. Before anything is
written, the text is parsed again and must give back exactly the data it
was made from.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import textwrap
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from policy_lint.values import Frozen, _set

__all__ = ["PRACTICES", "Answers", "InitError", "available", "build", "template_for", "to_yaml"]

_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

#: The practice types, in the order ``--help`` lists them.
PRACTICES = ("solo", "group", "couples-family", "minors", "telehealth")

#: The policy schema's file name (``policy-lint schema --path`` prints where it is).
SCHEMA = "confidentiality-policy.schema.json"

_CODE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")


class InitError(Exception):
    """A problem with the answers (a usage problem: exit 2)."""


class Answers(Frozen):
    """What the owner told init."""

    __slots__ = ("name", "jurisdiction", "email", "phone", "contact_name", "practices", "language", "effective_date")

    def __init__(
        self,
        name: str,
        jurisdiction: str,
        email: str | None = None,
        phone: str | None = None,
        contact_name: str | None = None,
        practices: Sequence[str] = ("solo",),
        language: str = "en",
        effective_date: str | None = None,
    ) -> None:
        _set(self, "name", name)
        _set(self, "jurisdiction", jurisdiction)
        _set(self, "email", email)
        _set(self, "phone", phone)
        _set(self, "contact_name", contact_name)
        _set(self, "practices", tuple(practices) or ("solo",))
        _set(self, "language", language)
        _set(self, "effective_date", effective_date or _dt.date.today().isoformat())


def _load(name: str) -> Any:
    from policy_lint.loading import load_trusted

    return load_trusted(_TEMPLATES / name)


def available() -> list[str]:
    """The jurisdictions with a template of their own (US-CA, GB, ...), sorted."""
    return sorted(_load(p.name)["jurisdiction"] for p in _TEMPLATES.glob("*.yaml") if p.name not in _NOT_PLACES)


#: Template files that are no place: the parts every starter shares, and the text for a place with no template.
_NOT_PLACES = frozenset({"common.yaml", "base.yaml"})


def _not_a_place(code: str, hint: str = "") -> InitError:
    from policy_lint.jurisdictions.codes import did_you_mean

    return InitError(
        f"{code!r} is not a place policy-lint knows.{did_you_mean(code) or hint} Write a country code, or a country and a region, "
        f"such as US-TX, GB or CA-BC. Templates: {', '.join(available())}."
    )


def normalise(code: str) -> str:
    """``us-tx`` -> ``US-TX``; raise InitError, with a guess when it has one, when it is not a code of a place policy-lint knows."""
    from policy_lint.jurisdictions.codes import region

    text = code.strip().upper().replace("_", "-")
    if not _CODE.match(text) or region(text) is None:
        country = region(text.split("-")[0]) if "-" in text and _CODE.match(text) else None
        raise _not_a_place(code, f" Did you mean '{country.code}' ({country.name})?" if country is not None else "")
    return text


def template_for(code: str) -> tuple[dict[str, Any], str | None]:
    """The merged template for a jurisdiction, and a note when it is not its own.

    A US state without a file of its own gets the federal text (``us``).
    Any other place policy-lint knows (Ireland, Ontario, Scotland) gets the
    base text, which cites no law; the note names the law it leaves out.
    """
    from policy_lint.jurisdictions.codes import region

    code = normalise(code)
    file = _TEMPLATES / f"{code.lower()}.yaml"
    note = None
    if not file.is_file():
        found = region(code)
        name = found.name if found is not None and not found.name.startswith("a region of") else code
        place = f"{name} ({code})" if name != code else code
        country = code.split("-")[0]
        if code.startswith("US-"):
            file = _TEMPLATES / "us.yaml"
            note = (
                f"policy-lint has no template for {place} yet. The starter uses federal law only, "
                f"so it does not cover the law of {name}. Add your state's rules, and check them with your lawyer."
            )
        elif "-" in code and (_TEMPLATES / f"{country.lower()}.yaml").is_file():
            # Scotland: the text for the United Kingdom, as the gb pack checks it.
            file = _TEMPLATES / f"{country.lower()}.yaml"
            whole = _load(file.name).get("place") or country
            note = (
                f"policy-lint has no template for {place} yet. The starter uses the text for {whole} ({country}), "
                f"so it does not cover the law of {name} where it differs. Add that law, and check it with your lawyer."
            )
        else:
            file = _TEMPLATES / "base.yaml"
            note = (
                f"policy-lint has no template for {place} yet. The starter uses general text that cites no law, "
                f"so it does not cover the law of {name}: when you must warn someone, report abuse, or answer a court. "
                "Add that law, and check it with your lawyer."
            )
    return _merged(file.name), note


def _merged(name: str, seen: tuple[str, ...] = ()) -> dict[str, Any]:
    data = dict(_load(name))
    parent_name = data.pop("extends", None)
    if not parent_name:
        return data
    if parent_name in seen:  # pragma: no cover - a broken template, caught by the tests
        raise ValueError(f"templates/{name} extends itself")
    parent = _merged(f"{parent_name}.yaml", seen + (name,))
    out = dict(parent)
    out.pop("checklist_fallback", None)
    out.update({k: v for k, v in data.items() if k not in ("checklist", "practice_limits")})
    out["checklist"] = list(parent.get("checklist", [])) + list(data.get("checklist", []))
    limits = {k: dict(v) for k, v in parent.get("practice_limits", {}).items()}
    for key, value in data.get("practice_limits", {}).items():
        limits.setdefault(key, {}).update(value)
    out["practice_limits"] = limits
    return out


def _contact_words(answers: Answers) -> str:
    if answers.email and answers.phone:
        return f"email {answers.email} or call {answers.phone}"
    if answers.email:
        return f"email {answers.email}"
    return f"call {answers.phone}"


def build(answers: Answers) -> tuple[dict[str, Any], list[str], str | None]:
    """The policy data, the owner's checklist and a note (or None).

    Raises:
        InitError: an answer is missing or not valid.
    """
    missing = []
    if not answers.name or not answers.name.strip():
        missing.append("the name of your practice (--name)")
    if not (answers.email or answers.phone):
        missing.append("an email address (--email) or a phone number (--phone) for privacy questions")
    if missing:
        raise InitError(f"Give {' and '.join(missing)}.")
    unknown = [p for p in answers.practices if p not in PRACTICES]
    if unknown:
        raise InitError(f"{unknown[0]!r} is not a practice type. Choose from: {', '.join(PRACTICES)}.")
    code = normalise(answers.jurisdiction)
    place, note = template_for(code)
    common = _load("common.yaml")
    region = place.get("region", "state")

    def fill(text: str) -> str:
        return text.replace("{region}", region)

    clinic: dict[str, Any] = {"name": answers.name.strip(), "jurisdiction": code, "language": answers.language}
    contact: dict[str, Any] = {}
    if answers.contact_name:
        contact["name"] = answers.contact_name.strip()
    if answers.email:
        contact["email"] = answers.email.strip()
    if answers.phone:
        contact["phone"] = answers.phone.strip()
    clinic["contact"] = contact
    clinic["effective_date"] = answers.effective_date
    clinic["last_reviewed"] = answers.effective_date

    limits: list[dict[str, Any]] = [dict(item) for item in place["limits"]]
    have = {item["category"] for item in limits}
    extra: list[str] = []
    for practice in answers.practices:
        for category in common["practices"][practice]["limits"]:
            if category not in have and category not in extra:
                extra.append(category)
    # Practice limits go in one fixed order, whatever order the types came in.
    order = [c for p in PRACTICES for c in common["practices"][p]["limits"]]
    extra.sort(key=order.index)
    overrides = place.get("practice_limits", {})
    for category in extra:
        entry = {"category": category, **common["limits"][category], **overrides.get(category, {})}
        limits.append(entry)
    for entry in limits:
        entry["explanation"] = fill(entry["explanation"])

    policy: dict[str, Any] = {
        "schema_version": 1,
        "clinic": clinic,
        "confidentiality": dict(common["confidentiality"]),
        "limits": [_ordered_limit(e) for e in limits],
        "notification": dict(common["notification"]),
        "questions": common["questions"].replace("{contact}", _contact_words(answers)).replace("{complaint}", place["complaint"].strip()),
    }
    if speaks_as_i(answers.practices):
        policy = _first_person(policy)
    checklist = list(common.get("checklist", [])) + list(place.get("checklist", [])) + list(place.get("checklist_fallback", []))
    return policy, checklist, note


def speaks_as_i(practices: Sequence[str]) -> bool:
    """True when the starter speaks as "I": a solo practice (with any types but a group practice)."""
    return "solo" in practices and "group" not in practices


#: The phrases of the templates that name the practice's therapists, for a
#: solo practice: the therapist is the one who speaks ("Ask your therapist" -> "Ask me").
_SOLO_PHRASES = (
    (r"\b([Oo])ur therapists\b", lambda m: "I"),
    (r"\b([Aa])sk your therapist\b", lambda m: m.group(1) + "sk me"),
    (r"\byour therapist belongs to\b", lambda m: "I belong to"),
    (r"\b([Yy])our therapist's\b", lambda m: "My" if m.group(1) == "Y" else "my"),
    (r"\b([Ww])e are\b", lambda m: "I am"),
    (r"\b([Ww])e were\b", lambda m: "I was"),
    (r"\b([Ww])e\b", lambda m: "I"),
    (r"\b([Oo])urselves\b", lambda m: m.group(1).replace("O", "M").replace("o", "m") + "yself"),
    (r"\b([Oo])urs\b", lambda m: m.group(1).replace("O", "M").replace("o", "m") + "ine"),
    (r"\b([Oo])ur\b", lambda m: "My" if m.group(1) == "O" else "my"),
    (r"\b([u])s\b", lambda m: "me"),  # lower case only: "US" is a place
)


def _first_person(value: Any) -> Any:
    """The policy's client-facing words as one therapist says them: "we" -> "I", "us" -> "me", "our" -> "my".

    Only the text a client reads changes (the summary, the limits, the
    notification, the questions); the clinic's name, contact and dates stay.
    The templates use "we" only with verbs that read the same after "I"
    (tell, share, must, may), and "we are"/"we were" become "I am"/"I was";
    tests/authoring/test_init.py checks each solo starter reads as "I" and
    passes check.
    """
    if isinstance(value, str):
        for pattern, repl in _SOLO_PHRASES:
            value = re.sub(pattern, repl, value)
        return value
    if isinstance(value, list):
        return [_first_person(v) for v in value]
    if isinstance(value, dict):
        return {k: (v if k in ("clinic", "schema_version", "category", "categories", "legal_basis") else _first_person(v)) for k, v in value.items()}
    return value


def _ordered_limit(entry: Mapping[str, Any]) -> dict[str, Any]:
    keys = ("category", "categories", "title", "explanation", "may_tell", "legal_basis")
    return {k: entry[k] for k in keys if k in entry}


# -- writing YAML ---------------------------------------------------------------

_PLAIN_OK = re.compile(r"^[A-Za-z][A-Za-z0-9 ,.()&'@+_-]*$")
_YAML11_WORDS = frozenset("y n yes no on off true false null ~".split())
_WIDTH = 78


def _scalar(value: Any) -> str:
    """A short value on one line: plain when that is safe, else in double quotes."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if (
        _PLAIN_OK.match(text)
        and ": " not in text
        and " #" not in text
        and not text.endswith((" ", ":"))
        and text.lower() not in _YAML11_WORDS
    ):
        return text
    if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text) or re.fullmatch(r"\+?[0-9][0-9 ().-]*[0-9]", text):
        return text  # a date or a phone number: the loader keeps them as text
    return json.dumps(text, ensure_ascii=False)


def _block(text: str, indent: int) -> list[str]:
    """A long text as a folded block (``>-``), wrapped to fit the line."""
    pad = " " * indent
    lines = textwrap.wrap(text, width=max(40, _WIDTH - indent), break_long_words=False, break_on_hyphens=False)
    return [pad + line for line in lines]


def _is_long(text: str, room: int) -> bool:
    return len(text) > room or "\n" in text


def _emit(key: str, value: Any, indent: int, out: list[str]) -> None:
    pad = " " * indent
    if isinstance(value, dict):
        out.append(f"{pad}{key}:")
        for k, v in value.items():
            _emit(k, v, indent + 2, out)
        return
    if isinstance(value, list):
        if value and all(isinstance(v, dict) for v in value):
            out.append(f"{pad}{key}:")
            for item in value:
                first = True
                for k, v in item.items():
                    sub: list[str] = []
                    _emit(k, v, indent + 4, sub)
                    if first:
                        sub[0] = pad + "  - " + sub[0][indent + 4 :]
                        first = False
                    out.extend(sub)
                out.append("")
            if out[-1] == "":
                out.pop()
            return
        flow = "[" + ", ".join(_scalar(v) for v in value) + "]"
        if len(pad) + len(key) + 2 + len(flow) <= _WIDTH:
            out.append(f"{pad}{key}: {flow}")
        else:
            out.append(f"{pad}{key}:")
            out.extend(f"{pad}  - {_scalar(v)}" for v in value)
        return
    if isinstance(value, str) and _is_long(value, _WIDTH - indent - len(key) - 2) and "\n" not in value:
        out.append(f"{pad}{key}: >-")
        out.extend(_block(value, indent + 2))
        return
    out.append(f"{pad}{key}: {_scalar(value)}")


def _comment(text: str, width: int = _WIDTH) -> list[str]:
    # Never at a hyphen: "policy-lint check" split over two lines is no command to copy.
    return ["# " + line for line in textwrap.wrap(text, width=width - 2, break_long_words=False, break_on_hyphens=False)] or ["#"]


def to_yaml(policy: Mapping[str, Any], checklist: Iterable[str], *, schema_ref: str, place: str, practices: Sequence[str]) -> str:
    """The starter file: the schema line, comments for the owner, then the policy."""
    lines = [f"# yaml-language-server: $schema={schema_ref}"]
    lines += _comment(
        f"A starter confidentiality policy for {place} ({', '.join(practices)}), written by policy-lint init. "
        "Edit it to say what your practice really does, then run: policy-lint check THIS-FILE"
    )
    lines.append("#")
    lines += _comment("This is a starting point, not legal advice. Check these points with your own lawyer:")
    for item in checklist:
        wrapped = textwrap.wrap(item, width=_WIDTH - 6, break_long_words=False, break_on_hyphens=False)
        lines.append("#   - " + wrapped[0])
        lines.extend("#     " + more for more in wrapped[1:])
    lines.append("")
    for key, value in policy.items():
        _emit(key, value, 0, lines)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def render_starter(answers: Answers, schema_ref: str) -> tuple[str, list[str], str | None]:
    """The starter file's text, the checklist and a note; checked before it is returned.

    Raises:
        InitError: an answer is missing or not valid, or the answers do not fit the policy format.
    """
    policy, checklist, note = build(answers)
    place, _ = template_for(answers.jurisdiction)
    text = to_yaml(policy, checklist, schema_ref=schema_ref, place=place["place"], practices=answers.practices)
    _check_round_trip(text, policy)
    return text, checklist, note


def _check_round_trip(text: str, policy: Mapping[str, Any]) -> None:
    import jsonschema

    from policy_lint.resources import load_schema
    from policy_lint.loading import load_text

    loaded = load_text(text, "starter.yaml")
    if loaded.document is None or loaded.problems or loaded.document.data != policy:  # pragma: no cover - a bug
        raise AssertionError("policy-lint init wrote YAML that does not read back as the policy it meant")
    validator = jsonschema.Draft202012Validator(load_schema(SCHEMA), format_checker=jsonschema.FormatChecker())
    if not validator.is_valid(policy):
        raise InitError("The answers do not fit the policy format. Check the email address, the phone number and the date.")
