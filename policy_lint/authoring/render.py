"""``policy-lint render``: the notice clients read, made from the policy file.

``notice(data)`` turns the policy's data into a ``Notice``: the headings and
texts in the order a client needs them. What stays private comes first,
then the promise to tell you (set apart), then one section per limit
(safety first, then abuse, then the law, then everyday sharing), then
questions, contact and the effective date. Each writer turns a Notice into
one format: ``html`` (one self-contained, accessible page with a print
stylesheet), ``markdown``, ``txt`` and ``docx`` (through python-docx, the
``office`` extra).

The writers never trust the text: HTML escapes every character that could
be markup, Markdown escapes its punctuation, and links are made only from
an email address, a phone number or an http(s) web address.

A policy with findings is still rendered; the command says so on stderr.
A field of the wrong type (the schema rules report it) is left out.
"""

from __future__ import annotations

import html
import re
import textwrap
from typing import Any, Callable, Iterable, Mapping, Sequence

from policy_lint.meaning import MAY_TELL_LEAD
from policy_lint.values import Frozen, Record, _set

__all__ = ["CLIENT_ORDER", "FORMATS", "Limit", "Notice", "notice", "render", "to_docx", "to_html", "to_markdown", "to_txt"]

FORMATS = ("html", "markdown", "txt", "docx")

#: The order a client needs the limits in: their safety, then abuse reports,
#: then the law and the courts, then who is in the room, then everyday
#: sharing, then records. A limit filed under several categories goes where its
#: most urgent one goes. A category not listed goes last, in file order.
CLIENT_ORDER = (
    "harm_to_self", "harm_to_others", "duty_to_warn", "firearm_reporting", "emergencies",
    "public_figure_threats", "impaired_driver", "communicable_disease",
    "child_abuse", "elder_abuse", "dependent_adult_abuse",
    "court_order", "required_by_law", "crime_law_enforcement", "mandated_evaluation",
    "litigation_defense", "health_oversight", "workers_compensation",
    "minors", "couples_family_group", "telehealth",
    "client_authorization", "supervision_consultation", "staff_vendors", "insurance_billing",
    "collection_agencies", "teaching_research", "substance_use_records",
    "records_access", "records_retention", "psychotherapy_notes", "breach_notification",
    "deceased_clients", "end_of_life",
)  # fmt: skip
_RANK = {c: i for i, c in enumerate(CLIENT_ORDER)}

# The promise to tell you, in the order the client meets it.
_PROMISE = ("at_intake", "before_disclosure", "after_disclosure", "minimum_necessary", "policy_changes")

# Our own words on the page. They are English; a page in another language
# marks them with lang="en" so screen readers say them right.
LABELS = {
    "kicker": "Confidentiality policy",
    "title": "Your privacy at {name}",
    "private": "What stays private",
    "promise": "Our promise to tell you",
    "limits": "When we may share without your permission",
    "limits_intro": "These are the times we may share some of what you tell us, or must share it.",
    "contents": "The times we may share",
    "untitled": "Another time we may share",
    # No "may" or "must": this line lists people, it does not set the force
    # of the limit (a prose check would read "we may tell" as a choice).
    "may_tell": MAY_TELL_LEAD,
    "law": "The law:",
    "questions": "Questions and complaints",
    "contact": "Contact",
    "effective": "This policy takes effect on",
    "reviewed": "We last checked it on",
    "law_note": "In the laws named below, {meanings}.",
    "skip": "Skip to the policy",
}


#: The labels that say "we", as one therapist says them: for a policy written as "I" (a solo starter).
LABELS_I = {
    "promise": "My promise to tell you",
    "limits": "When I may share without your permission",
    "limits_intro": "These are the times I may share some of what you tell me, or must share it.",
    "contents": "The times I may share",
    "untitled": "Another time I may share",
}


def _speaks_as_i(data: Mapping[str, Any]) -> bool:
    """True when the policy's own words say "I" more often than "we" (one therapist's policy)."""
    texts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, Mapping):
            for key, item in value.items():
                if key not in ("clinic", "legal_basis", "category", "categories"):
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    text = " ".join(texts)
    mine = len(re.findall(r"\b(?:I|me|my|My|mine)\b", text))
    ours = len(re.findall(r"\b(?:[Ww]e|us|[Oo]ur|ours)\b", text))
    return mine > ours


class Limit(Frozen):
    """One limit as the client reads it.

    ``categories`` are the ones the limit lists under its ``categories``
    key, as written; ``filed_under`` is every category it is filed under,
    ``category`` first.
    """

    __slots__ = ("category", "title", "paragraphs", "may_tell", "legal_basis", "categories")
    category: str
    title: str
    paragraphs: tuple[str, ...]
    may_tell: tuple[str, ...]
    legal_basis: tuple[str, ...]
    categories: tuple[str, ...]

    def __init__(self, category: str, title: str, paragraphs: Sequence[str], may_tell: Sequence[str], legal_basis: Sequence[str], categories: Sequence[str] = ()) -> None:
        _set(self, "category", category)
        _set(self, "title", title)
        _set(self, "paragraphs", tuple(paragraphs))
        _set(self, "may_tell", tuple(may_tell))
        _set(self, "legal_basis", tuple(legal_basis))
        _set(self, "categories", tuple(categories))

    @property
    def filed_under(self) -> tuple[str, ...]:
        """Every category the limit is filed under: ``category``, then the others it lists."""
        return (self.category, *[c for c in self.categories if c != self.category])


class Notice(Record):
    """Everything a notice shows, in order, as plain text (no markup).

    A record, not frozen: ``_spell_out`` adds the meaning of the acronyms the
    notice itself brings in (``law_note``, the contact line).
    """

    __slots__ = ("name", "language", "summary", "details", "promise", "promise_keys", "limits", "questions", "contact", "effective", "reviewed", "law_note", "place", "labels")
    name: str
    language: str
    summary: list[str]
    details: list[str]
    promise: list[str]
    promise_keys: list[str]
    limits: list[Limit]
    questions: list[str]
    contact: dict[str, str]
    effective: str
    reviewed: str
    law_note: str
    place: str
    labels: dict[str, str]

    def __init__(
        self,
        name: str = "our practice",
        language: str = "en",
        summary: list[str] | None = None,
        details: list[str] | None = None,
        promise: list[str] | None = None,
        promise_keys: list[str] | None = None,
        limits: list[Limit] | None = None,
        questions: list[str] | None = None,
        contact: dict[str, str] | None = None,
        effective: str = "",
        reviewed: str = "",
        law_note: str = "",
        place: str = "",
        labels: dict[str, str] | None = None,
    ) -> None:
        self.name = name
        self.language = language
        self.summary = summary if summary is not None else []
        self.details = details if details is not None else []
        self.promise = promise if promise is not None else []
        self.promise_keys = promise_keys if promise_keys is not None else []
        self.limits = limits if limits is not None else []
        self.questions = questions if questions is not None else []
        self.contact = contact if contact is not None else {}
        self.effective = effective
        self.reviewed = reviewed
        self.law_note = law_note
        self.place = place
        self.labels = labels if labels is not None else dict(LABELS)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) and value.strip() else ""


def _paragraphs(value: Any) -> list[str]:
    """Paragraphs of a text: split at blank lines; single line breaks join with a space.

    A run of list lines ("- Child abuse", as ``import`` keeps a page's list) is one
    paragraph of its items, each "- item" on a line of its own: the notice shows a
    list (``_items``), and check reads it as it reads a page's list.
    """
    text = _text(value)
    if not text:
        return []
    out: list[str] = []
    for part in re.split(r"\n[ \t]*\n", text):
        lines: list[str] = []  # the paragraph's lines so far, and then each list line
        items: list[str] = []
        for line in (x.strip() for x in part.splitlines()):
            if not line:
                continue
            got = _LIST_LINE.match(line)
            if got is not None:
                if lines:
                    out.append(" ".join(lines))
                    lines = []
                items.append("- " + line[got.end() :].strip())
            elif items and not lines:
                items[-1] += " " + line  # a line that goes on with the item above it
            else:
                lines.append(line)
        if items:
            out.append("\n".join(items))
        if lines:
            out.append(" ".join(lines))
    return out


#: A line of a list in a policy's text: "- ", "* " or "• " and then words (numbered lines stay text).
_LIST_LINE = re.compile(r"[-*\u2022][ \t]+(?=\S)")


def _items(paragraph: str) -> list[str] | None:
    """The items of a paragraph that is a list (``_paragraphs``), or None."""
    lines = paragraph.split("\n")
    if not all(line.startswith("- ") for line in lines):
        return None
    return [line[2:] for line in lines]


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        return [v.strip() for v in value if isinstance(v, str) and v.strip()]
    return []


def _without_title(paragraphs: list[str], title: str) -> list[str]:
    """The explanation without its title said again at its start.

    ``import`` keeps a page's words whole, so an item that starts with its
    bold title ("**Danger to yourself.** If I believe ...") has the title
    both as ``title`` and at the start of ``explanation``. The notice shows
    the title as the limit's heading: said again under it, it reads
    "Danger to yourself / Danger to yourself. If I believe ..." (trial 40).
    What remains starts with a capital: "Court orders: a judge can ..."
    shows "A judge can ...".
    """
    if not paragraphs or not title:
        return paragraphs
    first = paragraphs[0]
    m = re.match(re.escape(title.rstrip(".:")) + r"\s*[.:]\s+(?=\S)", first, re.IGNORECASE)
    if m is None:
        return paragraphs
    rest = re.sub(r"^(\W*)(\w)", lambda c: c.group(1) + c.group(2).upper(), first[m.end():], count=1)
    return [rest] + paragraphs[1:]


def notice(data: Any) -> Notice:
    """Build the notice from a policy's data (any shape: odd parts are left out)."""
    data = data if isinstance(data, Mapping) else {}
    clinic = data.get("clinic") if isinstance(data.get("clinic"), Mapping) else {}
    conf = data.get("confidentiality") if isinstance(data.get("confidentiality"), Mapping) else {}
    notif = data.get("notification") if isinstance(data.get("notification"), Mapping) else {}
    contact_raw = clinic.get("contact") if isinstance(clinic.get("contact"), Mapping) else {}
    labels = {**LABELS, **(LABELS_I if _speaks_as_i(data) else {})}
    limits: list[tuple[int, int, Limit]] = []
    raw_limits = data.get("limits") if isinstance(data.get("limits"), list) else []
    for index, item in enumerate(raw_limits):
        if not isinstance(item, Mapping):
            continue
        listed = _texts(item.get("categories"))
        # A limit written with only a list of categories (the form import writes) is filed under its first.
        category = item.get("category") if isinstance(item.get("category"), str) else (listed[0] if listed else "other")
        # No title: a neutral heading. The category's label ("Abuse or neglect
        # of an older adult") would say more than the policy's own words do.
        title = _text(item.get("title")) or labels["untitled"]
        paragraphs = _paragraphs(item.get("explanation"))
        if not paragraphs and not _text(item.get("title")):
            continue
        paragraphs = _without_title(paragraphs, _text(item.get("title")))
        limit = Limit(category, title, paragraphs, _texts(item.get("may_tell")), _texts(item.get("legal_basis")), listed)
        # A limit filed under several categories goes where its most urgent one goes.
        limits.append((min(_RANK.get(c, len(_RANK)) for c in limit.filed_under), index, limit))
    limits.sort(key=lambda t: (t[0], t[1]))
    contact = {k: _text(contact_raw.get(k)) for k in ("email", "phone")}
    contact["who"] = ", ".join(x for x in (_text(contact_raw.get("name")), _text(contact_raw.get("role"))) if x)
    contact["address"] = _text(clinic.get("address"))
    contact["website"] = _text(clinic.get("website"))
    language = _text(clinic.get("language"))
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", language):
        language = "en"
    built = Notice(
        name=_text(clinic.get("name")) or "our practice",
        language=language,
        summary=_paragraphs(conf.get("summary")),
        details=_paragraphs(conf.get("details")),
        promise=[p for key in _PROMISE for p in _paragraphs(notif.get(key))],
        promise_keys=[key for key in _PROMISE for _ in _paragraphs(notif.get(key))],
        limits=[t[2] for t in limits],
        questions=_paragraphs(data.get("questions")),
        contact={k: v for k, v in contact.items() if v},
        effective=_text(clinic.get("effective_date")),
        reviewed=_text(clinic.get("last_reviewed")),
        law_note="",
        place=_place_sentence(clinic.get("jurisdiction")),
        labels=labels,
    )
    _spell_out(built)
    return built


def _place_sentence(code: Any) -> str:
    """ "This policy follows the law of California." from clinic.jurisdiction, so that a check of
    the notice uses the same pack as a check of the policy (a page has no field for its place)."""
    if not isinstance(code, str) or not code.strip():
        return ""
    from policy_lint.jurisdictions.where import place_sentence

    return place_sentence(code.strip())


def _reading_order(n: Notice) -> list[tuple[str, int]]:
    """Where each text of the notice comes from, in the order a reader meets it.

    ``("law", i)`` is limit i's law line, ``("contact", 0)`` the line with
    the contact's name and role; everything else is ``("policy", 0)``: text
    the policy itself holds as prose.
    """
    order = [("policy", 0)] * (2 + len(n.summary) + len(n.details) + len(n.promise) + 1)
    for i, limit in enumerate(n.limits):
        order += [("policy", 0)] * (1 + len(limit.paragraphs) + bool(limit.may_tell))
        if limit.legal_basis:
            order.append(("law", i))
    order += [("policy", 0)] * len(n.questions)
    order += [("contact" if line == n.contact.get("who") else "policy", 0) for line in _contact_lines(n)]
    return order


def _texts_in_order(n: Notice) -> list[str]:
    texts = [_heading_title(n), _dates_text(n)] + n.summary + n.details + n.promise + [n.labels["limits_intro"]]
    for limit in n.limits:
        texts += [limit.title, *limit.paragraphs] + ([", ".join(limit.may_tell)] if limit.may_tell else [])
        if limit.legal_basis:
            texts.append("; ".join(limit.legal_basis))
    return texts + n.questions + _contact_lines(n)


def _spell_out(n: Notice) -> None:
    """Spell out the acronyms the notice itself adds: in the laws (CFR) and the contact (LMFT).

    In the policy file, ``legal_basis`` and the contact are data, not prose,
    so no rule asks to spell them out there. On the page they are text, and
    a reader may not know them: the page says what they mean where they
    first appear, so a prose check of the page finds no more than the
    policy's own words hold.
    """
    from policy_lint.plain.detect import undefined_acronyms

    texts = _texts_in_order(n)
    order = _reading_order(n)
    in_laws: dict[str, str] = {}
    in_contact: dict[int, list[tuple[str, str]]] = {}
    for idx, hit in undefined_acronyms(texts):
        if not hit.suggestion or idx >= len(order):
            continue
        where, i = order[idx]
        if where == "law":
            in_laws.setdefault(hit.text, hit.suggestion)
        elif where == "contact":
            in_contact.setdefault(i, []).append((hit.text, hit.suggestion))
    if in_laws:
        n.law_note = n.labels["law_note"].format(meanings="; ".join(f"{a} means {b}" for a, b in in_laws.items()))
    for found in in_contact.values():
        line = n.contact.get("who", "")
        for acronym, meaning in found:
            line = re.sub(rf"\b{re.escape(acronym)}\b", f"{acronym} ({meaning})", line, count=1)
        if line:
            n.contact["who"] = line


def render(fmt: str, data: Any) -> str | bytes:
    """The notice in one format: text for html, markdown and txt, bytes for docx."""
    n = notice(data)
    if fmt == "html":
        return to_html(n)
    if fmt == "markdown":
        return to_markdown(n)
    if fmt == "txt":
        return to_txt(n)
    if fmt == "docx":
        return to_docx(n)
    raise ValueError(f"unknown format {fmt!r}")


def _heading_title(n: Notice) -> str:
    return n.labels["title"].format(name=n.name)


# -- links ----------------------------------------------------------------------

_EMAIL = re.compile(r"[^@\s<>\"'()]+@[^@\s<>\"'()]+\.[^@\s<>\"'()]+")
_WEB = re.compile(r"https?://[^\s<>\"']+")


def _mailto(email: str) -> str | None:
    return "mailto:" + email if _EMAIL.fullmatch(email) else None


def _tel(phone: str) -> str | None:
    digits = re.sub(r"[^0-9+]", "", phone.split("x")[0].split("ext")[0])
    return "tel:" + digits if len(digits) >= 6 else None


def _web(url: str) -> str | None:
    return url if _WEB.fullmatch(url) else None


# -- HTML -----------------------------------------------------------------------

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #ffffff; color: #1b1b1b; font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.skip { position: absolute; left: -999px; top: 0; background: #ffffff; color: #0b4f8a; padding: .5rem 1rem; }
.skip:focus { left: 1rem; outline: 3px solid #0b4f8a; }
main { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem 2rem; }
header { padding-top: 2rem; border-bottom: 1px solid #c9c9c9; }
.kicker { margin: 0; color: #3d3d3d; font-size: .95rem; letter-spacing: .02em; text-transform: uppercase; }
h1 { font-size: 2rem; line-height: 1.25; margin: .25rem 0 .5rem; }
h2 { font-size: 1.4rem; line-height: 1.3; margin: 2rem 0 .5rem; }
h3 { font-size: 1.15rem; line-height: 1.35; margin: 1.5rem 0 .25rem; }
p { margin: .5rem 0; }
a { color: #0b4f8a; text-decoration: underline; }
a:focus { outline: 3px solid #0b4f8a; outline-offset: 2px; }
.dates { color: #3d3d3d; margin-bottom: 1rem; }
.promise { margin: 2rem 0; padding: .25rem 1.25rem 1rem; background: #eef5f0; border: 2px solid #1e6b3a; border-radius: 6px; }
.promise h2 { margin-top: 1rem; color: #14522b; }
nav ol { padding-left: 1.5rem; }
.limit { border-top: 1px solid #dddddd; }
.limit:first-of-type { border-top: 0; }
.who, .law { margin: .5rem 0; }
.law p { margin: 0; }
.law ul { margin: .15rem 0 0; padding-left: 1.25rem; }
address p { margin: .15rem 0; }
.law { color: #3d3d3d; font-size: .95rem; }
address { font-style: normal; }
.contact { margin-top: 2.5rem; border-top: 1px solid #c9c9c9; }
@media print {
  @page { margin: 18mm 16mm; }
  body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #000000; background: #ffffff; }
  main { max-width: none; padding: 0; }
  .skip, nav { display: none; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  .limit, .promise, address { break-inside: avoid; page-break-inside: avoid; }
  .promise { background: none; border: 2pt solid #000000; }
  .promise h2, .law, .dates, .kicker { color: #000000; }
  a { color: #000000; }
  a[href^="http"]::after { content: " (" attr(href) ")"; }
}
""".strip()


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def to_html(n: Notice) -> str:
    """One self-contained, accessible HTML page (no scripts, no outside files)."""
    en = "" if n.language.lower().startswith("en") else ' lang="en"'

    def label(key: str, **fmt: str) -> str:
        return _e(n.labels[key].format(**fmt))

    out: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(n.language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # Nothing on this page may load from anywhere: no scripts, no fonts, no images.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="generator" content="policy-lint render">',
        f"<title>{_e(_heading_title(n))}</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
        f'<a class="skip" href="#main"{en}>{label("skip")}</a>',
        # Everything is inside main, so that a reader of the page's main
        # text (a prose check of this page) sees the title, dates and contact.
        '<main id="main">',
        "<header>",
        f'<p class="kicker"{en}>{label("kicker")}</p>',
        f"<h1>{label('title', name=n.name)}</h1>",
    ]
    dates = _dates_html(n, en)
    if dates:
        out.append(f'<p class="dates">{dates}</p>')
    out.append("</header>")

    def section(key: str, paragraphs: list[str], css: str = "") -> None:
        """A section of plain paragraphs under its heading (nothing when there are none)."""
        if paragraphs:
            out.append(f'<section{css} aria-labelledby="{key}">')
            out.append(f'<h2 id="{key}"{en}>{label(key)}</h2>')
            for p in paragraphs:
                items = _items(p)
                out.append(f"<p>{_e(p)}</p>" if items is None else "<ul>" + "".join(f"<li>{_e(i)}</li>" for i in items) + "</ul>")
            out.append("</section>")

    section("private", [*n.summary, *n.details])
    section("promise", list(n.promise), ' class="promise"')
    if n.limits:
        out.append('<section aria-labelledby="limits">')
        out.append(f'<h2 id="limits"{en}>{label("limits")}</h2>')
        out.append(f"<p{en}>{label('limits_intro')}</p>")
        if n.law_note:
            out.append(f'<p class="law"{en}>{_e(n.law_note)}</p>')
        out.append(f'<nav aria-label="{label("contents")}"><ol>')
        out += [f'<li><a href="#limit-{i}">{_e(limit.title)}</a></li>' for i, limit in enumerate(n.limits, 1)]
        out.append("</ol></nav>")
        for i, limit in enumerate(n.limits, 1):
            out.append(f'<section class="limit" id="limit-{i}" aria-labelledby="limit-{i}-title">')
            out.append(f'<h3 id="limit-{i}-title">{_e(limit.title)}</h3>')
            out += [f"<p>{_e(p)}</p>" for p in limit.paragraphs]
            if limit.may_tell:
                out.append(f'<p class="who"><strong{en}>{label("may_tell")}</strong> {_e(", ".join(limit.may_tell))}.</p>')
            if limit.legal_basis:
                # One citation an item: each is its own sentence to a reader.
                out.append(f'<div class="law"><p{en}>{label("law")}</p><ul>')
                out += [f"<li>{_e(cite)}</li>" for cite in limit.legal_basis]
                out.append("</ul></div>")
            out.append("</section>")
        out.append("</section>")
    section("questions", list(n.questions))
    out.append('<section class="contact" aria-labelledby="contact">')
    out.append(f'<h2 id="contact"{en}>{label("contact")}</h2>')
    out.append(f"<address>{_contact_html(n)}</address>")
    if dates:
        out.append(f"<p>{dates}</p>")
    out += ["</section>", "</main>", "</body>", "</html>", ""]
    return "\n".join(out)


def _dates_html(n: Notice, en: str) -> str:
    dates = _dates(n, lambda label, iso: f'<span{en}>{_e(label)}</span> <time datetime="{_e(iso)}">{_e(_human_date(iso))}</time>.')
    place = f"<span{en}>{_e(n.place)}</span>" if n.place else ""
    return " ".join(x for x in (dates, place) if x)


def _contact_html(n: Notice) -> str:
    c = n.contact
    lines = [_e(n.name)]
    if c.get("who"):
        lines.append(_e(c["who"]))
    if c.get("email"):
        href = _mailto(c["email"])
        lines.append(f'<a href="{_e(href)}">{_e(c["email"])}</a>' if href else _e(c["email"]))
    if c.get("phone"):
        href = _tel(c["phone"])
        lines.append(f'<a href="{_e(href)}">{_e(c["phone"])}</a>' if href else _e(c["phone"]))
    if c.get("address"):
        lines.append(_e(c["address"]))
    if c.get("website"):
        href = _web(c["website"])
        lines.append(f'<a href="{_e(href)}">{_e(c["website"])}</a>' if href else _e(c["website"]))
    return "\n".join(f"<p>{line}</p>" for line in lines)  # a paragraph a line: each its own sentence


# -- Markdown -------------------------------------------------------------------

# Anywhere in a line: what could start a link, an HTML tag, code, emphasis,
# a table cell, a strike-through or an entity. At the start of a line: what
# could start a heading, a list, a quote or an underline.
_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
_MD_LINE_START = re.compile(r"^(\s*)(?:([-+=>#])|(\d+)([.)]))")


def _md(text: str) -> str:
    """Escape text so Markdown shows it as written (no links, no HTML, no emphasis)."""
    text = _MD_INLINE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + ("\\" + m.group(2) if m.group(2) else m.group(3) + "\\" + m.group(4)), text)


def to_markdown(n: Notice) -> str:
    """The notice as Markdown (CommonMark): headings, paragraphs and a quoted promise."""
    out = [f"# {_md(_heading_title(n))}", ""]
    dates = _dates_text(n)
    if dates:
        out += [_md(dates), ""]
    if n.summary or n.details:
        out += [f"## {n.labels['private']}", ""]
        for p in n.summary + n.details:
            items = _items(p)
            out += [_md(p), ""] if items is None else [*(f"- {_md(i)}" for i in items), ""]
    if n.promise:
        out += [f"> ## {n.labels['promise']}", ">"]
        for i, p in enumerate(n.promise):
            out.append("> " + _md(p))
            if i < len(n.promise) - 1:
                out.append(">")
        out.append("")
    if n.limits:
        out += [f"## {n.labels['limits']}", "", _md(n.labels["limits_intro"]), ""]
        if n.law_note:
            out += [f"*{_md(n.law_note)}*", ""]
        for limit in n.limits:
            out += [f"### {_md(limit.title)}", ""]
            for p in limit.paragraphs:
                out += [_md(p), ""]
            if limit.may_tell:
                out += [f"**{n.labels['may_tell']}** {_md(', '.join(limit.may_tell))}.", ""]
            if limit.legal_basis:
                out += [f"*{n.labels['law']}*", ""] + [f"- {_md(cite)}" for cite in limit.legal_basis] + [""]
    if n.questions:
        out += [f"## {n.labels['questions']}", ""]
        for p in n.questions:
            out += [_md(p), ""]
    out += [f"## {n.labels['contact']}", ""]
    out += ["- " + _md(line) for line in _contact_lines(n)]  # a list: each line is its own item
    out.append("")
    return "\n".join(out)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def _human_date(text: str) -> str:
    """2026-01-15 -> January 15, 2026 (a date people read, and one a prose check finds); else as written."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return f"{_MONTHS[int(m.group(2)) - 1]} {int(m.group(3))}, {m.group(1)}"
    return text


def _dates_text(n: Notice) -> str:
    """The dates, then the law the policy follows: one line under the title."""
    dates = _dates(n, lambda label, iso: f"{label} {_human_date(iso)}.")
    return " ".join(x for x in (dates, n.place or "") if x)


def _dates(n: Notice, one: Callable[[str, str], str]) -> str:
    """The effective and reviewed dates, each written by ``one(label, date)``, in one line."""
    return " ".join(one(n.labels[key], iso) for key, iso in (("effective", n.effective), ("reviewed", n.reviewed)) if iso)


def _contact_lines(n: Notice) -> list[str]:
    c = n.contact
    lines = [n.name]
    if c.get("who"):
        lines.append(c["who"])
    lines += [c[k] for k in ("email", "phone", "address", "website") if c.get(k)]
    return lines


# -- plain text -----------------------------------------------------------------

_WIDTH = 72


def _wrap(text: str, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width=_WIDTH, initial_indent=indent, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) or [indent.rstrip()]


def _clean(text: str) -> str:
    """Text for a plain-text file: control characters (but not line ends) become spaces."""
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]", " ", text)


def to_txt(n: Notice) -> str:
    """The notice as plain text, wrapped at 72 characters, with underlined headings."""
    out: list[str] = []

    def heading(text: str, char: str) -> None:
        text = _clean(text)
        out.extend([text, char * min(len(text), _WIDTH), ""])

    def paras(items: Iterable[str], indent: str = "") -> None:
        for p in items:
            out.extend(_wrap(_clean(p), indent))
            out.append("")

    heading(_heading_title(n), "=")
    dates = _dates_text(n)
    if dates:
        paras([dates])
    if n.summary or n.details:
        heading(n.labels["private"], "-")
        for p in n.summary + n.details:
            items = _items(p)
            if items is None:
                paras([p])
                continue
            for item in items:
                out.extend(textwrap.wrap(_clean(item), width=_WIDTH, initial_indent="- ", subsequent_indent="  ", break_long_words=False, break_on_hyphens=False) or ["-"])
            out.append("")
    if n.promise:
        rule = "*" * _WIDTH
        out.append(rule)
        out.extend(["* " + n.labels["promise"], "*"])
        for i, p in enumerate(n.promise):
            out.extend(_wrap(_clean(p), "* "))
            if i < len(n.promise) - 1:
                out.append("*")
        out.extend([rule, ""])
    if n.limits:
        heading(n.labels["limits"], "-")
        paras([n.labels["limits_intro"]] + ([n.law_note] if n.law_note else []))
        for i, limit in enumerate(n.limits, 1):
            heading(f"{i}. {limit.title}", "~")
            paras(limit.paragraphs)
            if limit.may_tell:
                paras([f"{n.labels['may_tell']} {', '.join(limit.may_tell)}."])
            if limit.legal_basis:
                out.append(n.labels["law"])
                for cite in limit.legal_basis:
                    out.extend(textwrap.wrap(_clean(cite), width=_WIDTH, initial_indent="- ", subsequent_indent="  ", break_long_words=False, break_on_hyphens=False))
                out.append("")
    if n.questions:
        heading(n.labels["questions"], "-")
        paras(n.questions)
    heading(n.labels["contact"], "-")
    for line in _contact_lines(n):
        out.extend(textwrap.wrap(_clean(line), width=_WIDTH, initial_indent="- ", subsequent_indent="  ", break_long_words=False, break_on_hyphens=False))
    out.append("")
    return "\n".join(out)


# -- Word -------------------------------------------------------------------------


def to_docx(n: Notice) -> bytes:
    """The notice as a Word file (needs python-docx, in the office extra)."""
    import io

    try:
        import docx
        from docx.shared import Pt, RGBColor
    except ImportError as exc:
        # The same command as for reading a Word file. It works however
        # policy-lint was installed (from PyPI or from its folder): pip keeps
        # the installed policy-lint and adds the extra's packages.
        from policy_lint.readers.load import EXTRA_HINT

        raise RuntimeError(f"A Word file needs python-docx, which policy-lint does not have yet. {EXTRA_HINT}") from exc

    doc = docx.Document()
    props = doc.core_properties
    props.title = _xml_safe(_heading_title(n))
    props.language = n.language
    props.subject = n.labels["kicker"]

    def para(text: str, style: str | None = None) -> Any:
        return doc.add_paragraph(_xml_safe(text), style=style)

    doc.add_heading(_xml_safe(_heading_title(n)), level=1)
    dates = _dates_text(n)
    if dates:
        para(dates)
    if n.summary or n.details:
        doc.add_heading(n.labels["private"], level=2)
        for p in n.summary + n.details:
            items = _items(p)
            if items is None:
                para(p)
            else:
                for item in items:
                    para(item, "List Bullet")
    if n.promise:
        doc.add_heading(n.labels["promise"], level=2)
        for p in n.promise:
            para(p, "Intense Quote")
    if n.limits:
        doc.add_heading(n.labels["limits"], level=2)
        para(n.labels["limits_intro"])
        if n.law_note:
            para(n.law_note)
        for limit in n.limits:
            doc.add_heading(_xml_safe(limit.title), level=3)
            for p in limit.paragraphs:
                para(p)
            if limit.may_tell:
                line = doc.add_paragraph()
                line.add_run(n.labels["may_tell"] + " ").bold = True
                line.add_run(_xml_safe(", ".join(limit.may_tell) + "."))
            if limit.legal_basis:
                for text, style in [(n.labels["law"], None)] + [(cite, "List Bullet") for cite in limit.legal_basis]:
                    run = doc.add_paragraph(style=style).add_run(_xml_safe(text))
                    run.font.size = Pt(9)
                    run.font.color.rgb = RGBColor(0x3D, 0x3D, 0x3D)
    if n.questions:
        doc.add_heading(n.labels["questions"], level=2)
        for p in n.questions:
            para(p)
    doc.add_heading(n.labels["contact"], level=2)
    for line in _contact_lines(n):
        para(line)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _xml_safe(text: str) -> str:
    """Word files are XML: drop the characters XML 1.0 cannot hold."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "", text)
