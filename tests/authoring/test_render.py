"""policy-lint render: the notice in HTML, Markdown, text and Word, and the command around it."""

from __future__ import annotations

import io
import os
import re
import stat
import sys
from pathlib import Path
from typing import Callable

import pytest

from conftest import EXAMPLES, CliRun, modules_after
from policy_lint.authoring.render import CLIENT_ORDER, notice, render, to_markdown
from policy_lint.loading import load_text

COMPLETE = EXAMPLES / "complete.yaml"


def _data(path: Path = COMPLETE) -> dict:  # type: ignore[type-arg]
    return load_text(path.read_text(encoding="utf-8"), str(path)).document.data  # type: ignore[union-attr,no-any-return]


def test_limits_come_in_the_order_a_client_needs() -> None:
    text = """\
schema_version: 1
clinic: {name: A, jurisdiction: GB, contact: {email: a@b.example}, effective_date: 2026-01-01}
limits:
  - {category: insurance_billing, title: Insurance, explanation: We bill your insurer.}
  - {category: other, title: Other one, explanation: Something else.}
  - {category: court_order, title: Court, explanation: A judge can order it.}
  - {category: harm_to_self, title: Safety, explanation: We keep you safe.}
  - {category: child_abuse, title: Children, explanation: We report abuse of a child.}
  - {category: harm_to_self, title: Safety again, explanation: A second entry stays after the first.}
"""
    n = notice(load_text(text, "p.yaml").document.data)  # type: ignore[union-attr]
    assert [limit.title for limit in n.limits] == ["Safety", "Safety again", "Children", "Court", "Insurance", "Other one"]
    assert CLIENT_ORDER.index("harm_to_self") < CLIENT_ORDER.index("child_abuse") < CLIENT_ORDER.index("court_order")


def test_a_limit_with_only_a_list_of_categories_goes_where_its_most_urgent_one_goes() -> None:
    # The form import writes: categories: [...] and no category:. It went last (trial 8).
    text = """\
schema_version: 1
clinic: {name: A, jurisdiction: US, contact: {email: a@b.example}, effective_date: 2026-01-01}
limits:
  - {category: supervision_consultation, title: Supervision, explanation: We talk with a supervisor.}
  - {category: court_order, title: Court, explanation: A judge can order it.}
  - {categories: [couples_family_group, harm_to_others, duty_to_warn], title: Hurt someone, explanation: We may warn them.}
  - {category: harm_to_self, title: Safety, explanation: We keep you safe.}
  - {category: teaching_research, categories: [elder_abuse], title: Older adult, explanation: We report abuse of an older adult.}
"""
    n = notice(load_text(text, "p.yaml").document.data)  # type: ignore[union-attr]
    assert [limit.title for limit in n.limits] == ["Safety", "Hurt someone", "Older adult", "Court", "Supervision"]
    assert n.limits[1].category == "couples_family_group"


def test_every_part_of_the_policy_is_in_each_format() -> None:
    data = _data()
    html_page = str(render("html", data))
    markdown = str(render("markdown", data))
    txt = str(render("txt", data))
    for limit in data["limits"]:
        first_words = " ".join(limit["explanation"].split()[:6])
        assert limit["title"].replace("'", "&#x27;") in html_page or limit["title"] in html_page
        assert first_words in " ".join(txt.split())
        assert limit["title"] in markdown
    for out in (html_page, markdown, txt):
        assert "This policy takes effect on January 15, 2026." in re.sub(r"<[^>]*>", "", out).replace("\n", " ")
        assert "privacy@riverside.example" in out and "555 0100" in out
        assert "Dana Lee, LMFT (licensed marriage and family therapist)" in out
    # The promise is set apart: a region with a border, a quote, a box.
    assert '<section class="promise"' in html_page
    assert "> ## Our promise to tell you" in markdown
    assert "* Our promise to tell you\n" in txt
    # The promise comes before the limits; contact and dates at the end.
    assert html_page.index('id="promise"') < html_page.index('id="limits"') < html_page.index('id="contact"')
    assert '<time datetime="2026-01-15">January 15, 2026</time>' in html_page


def test_html_is_one_file_and_escapes_everything() -> None:
    data = _data()
    data["clinic"]["name"] = "<script>alert(1)</script>"
    data["clinic"]["website"] = "javascript:alert(2)"
    data["clinic"]["contact"]["email"] = '"><img src=x onerror=alert(3)>'
    data["limits"][0]["title"] = "</h3><iframe src=//evil.example>"
    page = str(render("html", data))
    assert "<script" not in page and "<iframe" not in page and "<img" not in page
    assert "javascript:" not in page.replace("javascript:alert(2)</", "")  # shown as text, never a link
    assert 'href="javascript' not in page and "mailto:&quot;" not in page
    tags = re.findall(r"<[^>]*>", page)  # real markup: escaped text holds no "<"
    assert not [t for t in tags if re.search(r"""(?:src|href)=["']?(?:https?:)?//""", t)]  # nothing from outside
    assert "<link" not in page and "@import" not in page and "url(" not in page
    assert "default-src 'none'" in page
    assert "@media print" in page
    assert '<html lang="en">' in page


def test_language_comes_from_the_clinic() -> None:
    data = _data()
    data["clinic"]["language"] = "es-419"
    page = str(render("html", data))
    assert '<html lang="es-419">' in page
    assert '<h2 id="limits" lang="en">' in page  # our English words are marked as English
    data["clinic"]["language"] = 'en" onload="x'
    assert '<html lang="en">' in str(render("html", data))


def test_markdown_shows_text_as_written() -> None:
    data = _data()
    data["limits"][0]["title"] = "# Not a heading [link](javascript:x) <b>bold</b> *em*"
    data["limits"][0]["explanation"] = "1. not a list\n\n- not a bullet | a & b"
    md = to_markdown(notice(data))
    assert "### \\# Not a heading \\[link\\](javascript:x) \\<b\\>bold\\</b\\> \\*em\\*" in md
    assert "\n1\\. not a list\n" in md
    assert "\n\\- not a bullet \\| a \\& b\n" in md


def test_txt_wraps_and_drops_control_characters() -> None:
    data = _data()
    data["limits"][0]["title"] = "Safety\x1b[31m red"
    txt = str(render("txt", data))
    assert "\x1b" not in txt
    assert max(len(line) for line in txt.splitlines()) <= 72


def test_docx_holds_the_headings_in_order() -> None:
    docx = pytest.importorskip("docx")
    raw = render("docx", _data())
    assert isinstance(raw, bytes) and raw[:2] == b"PK"
    doc = docx.Document(io.BytesIO(raw))
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == ("Heading 1", "Your privacy at Riverside Counseling")
    assert [t for s, t in headings if s == "Heading 2"] == [
        "What stays private",
        "Our promise to tell you",
        "When we may share without your permission",
        "Questions and complaints",
        "Contact",
    ]
    assert sum(1 for s, _ in headings if s == "Heading 3") == 21
    promise = [p.text for p in doc.paragraphs if p.style.name == "Intense Quote"]
    assert promise and promise[0].startswith("We go over this page with you")
    assert doc.core_properties.language == "en"


def test_odd_shapes_do_not_crash_the_notice() -> None:
    for data in (None, [], {"clinic": "x", "limits": "y"}, {"limits": [None, 3, {"category": 5}, {"title": "T"}]}, {"clinic": {"contact": []}}):
        for fmt in ("html", "markdown", "txt"):
            assert render(fmt, data)


# -- the command -------------------------------------------------------------------


def test_render_writes_the_notice_and_picks_the_format_from_the_name(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    for name, start in (("n.html", "<!DOCTYPE html>"), ("n.md", "# Your privacy"), ("n.txt", "Your privacy"), ("n.htm", "<!DOCTYPE html>")):
        done = run_cli("render", str(COMPLETE), "-o", str(tmp_path / name))
        assert done.exit_code == 0, done.stderr
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(start)
        assert "Note:" not in done.stderr  # the complete example has no findings
    shown = run_cli("render", str(COMPLETE), "--format", "markdown")
    assert shown.exit_code == 0 and shown.stdout.startswith("# Your privacy")


def test_a_policy_with_findings_is_rendered_with_a_note(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    done = run_cli("render", str(EXAMPLES / "small-practice.yaml"), "-o", str(tmp_path / "n.html"))
    assert done.exit_code == 0
    assert (tmp_path / "n.html").is_file()
    assert re.search(r"Note: .*small-practice.yaml has \d+ findings \(\d+ errors\)\. The notice was made anyway\.", done.stderr)


def test_a_broken_policy_is_refused_with_its_place(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 1\nclinic: [\n", encoding="utf-8")
    done = run_cli("render", str(bad), "-o", str(tmp_path / "n.html"))
    assert done.exit_code == 2
    assert re.search(r"bad\.yaml:\d+:\d+: ", done.stderr)
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "n.html").exists()
    missing = run_cli("render", str(tmp_path / "missing.yaml"))
    assert missing.exit_code == 2 and "missing.yaml" in missing.stderr


def test_render_never_writes_over_the_policy(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    policy = tmp_path / "policy"  # no ending: --format decides, and the name is the policy's own
    policy.write_bytes(COMPLETE.read_bytes())
    for force in ((), ("--force",)):
        done = run_cli("render", str(policy), "-o", str(policy), "--format", "markdown", *force)
        assert done.exit_code == 2
        assert "is the policy you are turning into a notice" in done.stderr and "--force" not in done.stderr
        assert policy.read_bytes() == COMPLETE.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["policy"]


def test_render_never_writes_over_a_file_without_force(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    page = tmp_path / "privacy.html"
    page.write_text("<p>My own page</p>\n", encoding="utf-8")
    page.chmod(0o640)
    done = run_cli("render", str(COMPLETE), "-o", str(page))
    assert done.exit_code == 2
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and str(page) in lines[0] and "--force" in lines[0] and "already exists" in lines[0]
    assert page.read_text(encoding="utf-8") == "<p>My own page</p>\n"
    link = tmp_path / "link.html"
    link.symlink_to(tmp_path / "missing.html")  # a dangling link is a name in use too
    assert run_cli("render", str(COMPLETE), "-o", str(link)).exit_code == 2
    assert not (tmp_path / "missing.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.html", "privacy.html"]  # no temporary file left
    # With --force it is replaced in one step, and keeps its permissions.
    done = run_cli("render", str(COMPLETE), "-o", str(page), "--force")
    assert done.exit_code == 0, done.stderr
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert stat.S_IMODE(page.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.html", "privacy.html"]
    # A device is no file of the user's: it is written to as before.
    assert run_cli("render", str(COMPLETE), "-o", os.devnull).exit_code == 0


def test_a_new_notice_gets_the_usual_permissions(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        assert run_cli("render", str(COMPLETE), "-o", str(tmp_path / "n.md")).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "n.md").stat().st_mode) == 0o640


@pytest.mark.parametrize("name", ["notice.pdf", "notice.rtf", "notice.PDF", "notice.doc"])
def test_an_ending_render_cannot_make_is_refused(run_cli: Callable[..., CliRun], tmp_path: Path, name: str) -> None:
    done = run_cli("render", str(COMPLETE), "-o", str(tmp_path / name))
    assert done.exit_code == 2
    assert len(done.stderr.splitlines()) == 1 and name in done.stderr
    if name.lower().endswith(".pdf"):
        assert "HTML" in done.stderr and "print it to PDF" in done.stderr
    else:
        assert ".html, .md, .txt or .docx" in done.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("name", "fmt"), [("n.md", "html"), ("n.html", "markdown"), ("n.txt", "docx"), ("n.pdf", "html"), ("n.rtf", "txt")])
def test_a_format_that_disagrees_with_the_ending_is_refused(run_cli: Callable[..., CliRun], tmp_path: Path, name: str, fmt: str) -> None:
    done = run_cli("render", str(COMPLETE), "-o", str(tmp_path / name), "--format", fmt)
    assert done.exit_code == 2
    assert len(done.stderr.splitlines()) == 1 and name in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_format_that_fits_the_ending_or_a_name_with_no_ending(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    assert run_cli("render", str(COMPLETE), "-o", str(tmp_path / "n.markdown"), "--format", "markdown").exit_code == 0
    assert (tmp_path / "n.markdown").read_text(encoding="utf-8").startswith("# Your privacy")
    assert run_cli("render", str(COMPLETE), "-o", str(tmp_path / "NOTICE.HTM")).exit_code == 0
    assert (tmp_path / "NOTICE.HTM").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert run_cli("render", str(COMPLETE), "-o", str(tmp_path / "notice"), "--format", "txt").exit_code == 0
    assert (tmp_path / "notice").read_text(encoding="utf-8").startswith("Your privacy")
    assert run_cli("render", str(COMPLETE), "-o", str(tmp_path / "page")).exit_code == 0
    assert (tmp_path / "page").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_word_needs_a_file_name(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    done = run_cli("render", str(COMPLETE), "--format", "docx")
    assert done.exit_code == 2 and "-o" in done.stderr
    pytest.importorskip("docx")
    done = run_cli("render", str(COMPLETE), "-o", str(tmp_path / "n.docx"))
    assert done.exit_code == 0 and (tmp_path / "n.docx").read_bytes()[:2] == b"PK"


def test_check_never_loads_the_authoring_code() -> None:
    """init, render and fix are imported only when they run."""
    loaded = modules_after("check", str(COMPLETE))
    assert "policy_lint.engine" in loaded
    assert not {m for m in loaded if m.startswith(("policy_lint.authoring", "docx", "lxml", "difflib"))}


def test_acronyms_the_notice_adds_are_spelled_out() -> None:
    """legal_basis and the contact are data in the policy, but text on the page: say what CFR and LMFT mean."""
    md = str(render("markdown", _data()))
    note = "In the laws named below, CFR means Code of Federal Regulations."
    assert md.count(note) == 1
    assert md.index(note) < md.index("45 CFR 164.512(j)")
    assert "Dana Lee, LMFT (licensed marriage and family therapist)" in md
    plain = _data()
    for limit in plain["limits"]:
        limit.pop("legal_basis", None)
    plain["clinic"]["contact"]["name"] = "Dana Lee"
    md = str(render("markdown", plain))
    assert "laws named below" not in md and "(licensed" not in md


def _notice_passages(n):  # type: ignore[no-untyped-def]
    """The notice's texts, cut as the core cuts a policy: each limit with the categories it is filed under."""
    from policy_lint import meaning

    out = [meaning.Passage(f"/text/{i}", p) for i, p in enumerate(n.summary + n.details)]
    out += [meaning.Passage(f"/promise/{i}", p, (key,)) for i, (key, p) in enumerate(zip(n.promise_keys, n.promise))]
    for j, limit in enumerate(n.limits):
        out.append(meaning.Passage(f"/limit/{j}/title", limit.title, limit.filed_under, f"/limit/{j}"))
        out.append(meaning.Passage(f"/limit/{j}/text", "\n\n".join(limit.paragraphs), limit.filed_under, f"/limit/{j}"))
    out += [meaning.Passage(f"/questions/{i}", p) for i, p in enumerate(n.questions)]
    return out


@pytest.mark.parametrize(
    "source",
    [p.name for p in (EXAMPLES / "complete.yaml", EXAMPLES / "small-practice.yaml")] + sorted(f"gaps/{p.name}" for p in (EXAMPLES / "gaps").glob("*.yaml")) + ["init:US-TX", "init:GB", "init:CA-BC", "init:AU-NSW", "init:US-NY", "init:US-CA", "init:CA-ON", "init:AU-VIC", "init:AU-QLD", "init:IE"],
)
def test_the_core_reads_the_notice_as_it_reads_the_policy(source: str) -> None:
    """render keeps every word the core reads: the notice's texts read as the policy's do, topic by topic."""
    from policy_lint import meaning
    from policy_lint.authoring import init as starter

    if source.startswith("init:"):
        text, _, _ = starter.render_starter(starter.Answers("A practice", source[5:], email="a@b.example", practices=("minors", "telehealth")), "s.json")
    else:
        text = (EXAMPLES / source).read_text(encoding="utf-8")
    doc = load_text(text, "p.yaml").document
    assert doc is not None
    from_policy = [(i["topic"], i["status"]) for i in meaning.coverage(meaning.passages_of(doc))]
    from_notice = [(i["topic"], i["status"]) for i in meaning.coverage(_notice_passages(notice(doc.data)))]
    assert from_notice == from_policy


def test_markdown_parses_to_no_markup_from_the_policy() -> None:
    """Through a real CommonMark parser (markdown-it-py, which the prose readers bring), policy text makes no element."""
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py comes with the prose readers (issue 13)")
    data = {
        "clinic": {"name": "<b>X</b> [a](javascript:alert(1)) *em*", "contact": {"email": "a@b.example", "name": "1. Dr <i>"}},
        "confidentiality": {"summary": "# h\n\n- l\n\n> q\n\n<script>x</script> & &amp; `c` ![i](http://x/y.png) <http://x.y>"},
        "limits": [{"category": "harm_to_self", "title": "| a | b |", "explanation": "---\n\n***\n\n1) one\n\n+ p ~~s~~ _u_ \\\\ b"}],
    }
    page = markdown_it.MarkdownIt("commonmark").enable("table").enable("strikethrough").render(str(render("markdown", data)))
    assert set(re.findall(r"<(\w+)", page)) <= {"h1", "h2", "h3", "p", "ul", "li"}


def test_render_refuses_a_page(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    page = tmp_path / "privacy.md"
    page.write_text("# Privacy\n\nWhat you tell us stays private.\n", encoding="utf-8")
    done = run_cli("render", str(page), "-o", str(tmp_path / "n.html"))
    assert done.exit_code == 2
    assert "not a policy file" in done.stderr and "policy-lint import" in done.stderr
    assert not (tmp_path / "n.html").exists()


def test_without_the_office_extra_word_output_says_how_to_add_it(run_cli: Callable[..., CliRun], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One plain line, with a command that works for a pip user and for a folder install alike."""
    from test_own_words import _problems

    monkeypatch.setitem(sys.modules, "docx", None)  # import docx now fails, as without the extra
    done = run_cli("render", str(COMPLETE), "-o", str(tmp_path / "n.docx"))
    assert done.exit_code == 2
    (line,) = done.stderr.splitlines()
    command = "python -m pip install 'policy-lint[office]'"
    assert command in line and "Traceback" not in line
    assert _problems(line.removeprefix("Error: ")) == []
    assert list(tmp_path.iterdir()) == []
    # The README and the authoring guide give the same command.
    root = Path(__file__).resolve().parents[2]
    for doc in ("README.md", "docs/authoring.md"):
        text = (root / doc).read_text(encoding="utf-8")
        assert command in text, doc
        assert re.search(r"(?<!-m )\bpip install 'policy-lint\[office\]'", text) is None, doc


def test_a_policy_written_as_i_gets_headings_that_say_i() -> None:
    """Found in trial 6: a solo starter says "I", so its notice's own headings say "I" too, not "Our promise"."""
    from policy_lint.authoring import init as starter
    from policy_lint.loading import load_text

    solo, _, _ = starter.render_starter(starter.Answers("Calm Harbor Therapy", "US-CA", email="a@b.example", practices=("solo",)), "schema.json")
    group, _, _ = starter.render_starter(starter.Answers("Riverside Counseling", "US-CA", email="a@b.example", practices=("group",)), "schema.json")
    for fmt in ("html", "markdown", "txt"):
        page = str(render(fmt, load_text(solo, "p.yaml").document.data))  # type: ignore[union-attr]
        assert "My promise to tell you" in page and "When I may share without your permission" in page
        assert "Our promise" not in page and "When we may share" not in page
        page = str(render(fmt, load_text(group, "p.yaml").document.data))  # type: ignore[union-attr]
        assert "Our promise to tell you" in page and "When we may share without your permission" in page


# (parity14) import keeps a page's bare list in details as "- item" lines; the notice shows a list, and the notice,
# read as a page, reads as the policy does (the items only name limits: vague, not stated).
LISTED = {
    "schema_version": 1,
    "clinic": {"name": "Cedar Counseling", "contact": {"email": "hello@cedar.example"}},
    "confidentiality": {"summary": "What you say in therapy is private.", "details": "- Child abuse\n- Elder abuse\n\nWe keep paper records locked."},
}


def test_a_list_in_details_is_a_list_in_every_format() -> None:
    html = str(render("html", LISTED))
    assert "<ul><li>Child abuse</li><li>Elder abuse</li></ul>" in html and "<p>- Child abuse" not in html
    assert "\n- Child abuse\n- Elder abuse\n" in str(render("markdown", LISTED))
    assert "\n- Child abuse\n- Elder abuse\n" in str(render("txt", LISTED))
    assert "<p>We keep paper records locked.</p>" in html  # the paragraph after the list stays one


def test_a_list_line_that_is_text_stays_text() -> None:
    """Near miss: a dash inside a line, a numbered line and a line after a blank are no list of their own."""
    data = {**LISTED, "confidentiality": {"summary": "Sessions - most of them - are private.\n\n1. We keep notes."}}
    html = str(render("html", data))
    assert "<ul>" not in html.split('aria-labelledby="questions"')[0].split("<h2 id=\"private\"")[1]


def test_the_notice_of_a_listed_policy_reads_as_the_policy(tmp_path: Path) -> None:
    from ruamel.yaml import YAML

    from policy_lint import meaning
    from policy_lint.loading import load_bytes

    def coverage_of_bytes(raw: bytes, name: str) -> dict[str, str]:
        doc = load_bytes(raw, name).document
        assert doc is not None
        return {c["topic"]: c["status"] for c in meaning.coverage(meaning.passages_of(doc))}

    buf = io.StringIO()
    YAML(typ="safe", pure=True).dump(LISTED, buf)
    policy = coverage_of_bytes(buf.getvalue().encode(), "policy.yaml")
    page = coverage_of_bytes(str(render("html", LISTED)).encode(), "notice.html")
    assert policy["child_abuse"] == "vague" and policy["elder_abuse"] == "vague", policy
    assert {t: page.get(t, "missing") for t in policy} == policy


# -- trial 40: a title import kept at the start of the explanation is not said twice ----------------


def test_a_title_said_again_at_the_start_of_the_explanation_is_shown_once() -> None:
    """A limit's title said again at the start of its explanation is shown once, and what remains starts with a capital."""
    from policy_lint.authoring.render import notice

    built = notice(
        {
            "limits": [
                {"category": "harm_to_self", "title": "Danger to yourself", "explanation": "Danger to yourself. If I believe you may end your life, I may call 911."},
                {"category": "court_order", "title": "Court orders:", "explanation": "Court orders: a judge can order me to share records."},
                {"category": "child_abuse", "title": "Child abuse", "explanation": "Child abuse is something I must report."},
                {"category": "duty_to_warn", "title": "Threats", "explanation": "Threats: \u201cserious\u201d threats I must pass on to the police."},
            ]
        }
    )
    texts = {limit.title: list(limit.paragraphs) for limit in built.limits}
    assert texts["Danger to yourself"] == ["If I believe you may end your life, I may call 911."]
    assert texts["Court orders:"] == ["A judge can order me to share records."], "no paragraph starts with a small letter (review of trial 40)"
    assert texts["Threats"] == ["\u201cSerious\u201d threats I must pass on to the police."]
    assert texts["Child abuse"] == ["Child abuse is something I must report."], "a sentence that starts with the title's words keeps them"
