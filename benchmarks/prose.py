"""Web pages against YAML: what checking a policy as a page costs.

The corpus: policies from ``generate.py``, each written twice with the same
text: as YAML, and as a saved web page in a site template (a head with
styles and scripts, a header with a menu, the policy in ``<main>``, an
aside, a footer and a cookie banner), padded to about 20 KB like a real
page. Two measures:

* cold start: ``policy-lint check page.html`` in a new process, against
  ``check policy.yaml`` of the same text (median of ``--repeat`` runs);
* per file: in one process, with everything loaded, the time to lint each
  page and each YAML file (the median over the corpus), and the ratio.

    python benchmarks/prose.py                 # 200 pages, 15 cold runs
    python benchmarks/prose.py --files 20 --repeat 5
    python benchmarks/prose.py --write-corpus benchmarks/out/pages

It runs the policy-lint of this checkout, as the ``policy-lint`` command does.
"""

from __future__ import annotations

import argparse
import compileall
import html
import importlib.util
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Privacy | {name}</title><meta property="og:site_name" content="{name}">
<link rel="stylesheet" href="/wp-content/themes/calm/style.css?ver=6.4">
<style>{css}</style>
<script>{js}</script>
</head><body class="page-template-default page">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">{name}</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{menu}</ul></nav></header>
<div id="content" class="site-content"><main id="primary" class="site-main"><article class="page type-page status-publish">
<header class="entry-header"><h1 class="entry-title">Your privacy and confidentiality</h1></header>
<div class="entry-content">
"""
_TAIL = """</div></article></main>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Book a session</h2><p>New clients welcome. Call us today to book your first session.</p></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><p>&copy; 2026 {name}. All rights reserved.</p><p><a href="/privacy/">Privacy</a> | <a href="/terms/">Terms</a></p></div></footer>
<div id="cookie-notice" class="cookie-banner" role="dialog"><p>We use cookies to improve your experience on our site. By using the site you agree.</p><button>Accept</button></div>
<script>{js}</script>
</body></html>
"""
_CSS = "body{margin:0;font-family:Georgia,serif;color:#222}.site-header{padding:1rem 2rem;background:#f4f1ec}.menu li{display:inline-block;margin-right:1rem}" * 45
_JS = "window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-XXXX');" * 25
_MENU = "".join(f'<li class="menu-item"><a href="/{slug}/">{label}</a></li>' for slug, label in [("", "Home"), ("about", "About us"), ("services", "Services"), ("team", "Our team"), ("fees", "Fees and insurance"), ("faq", "FAQ"), ("privacy", "Privacy"), ("contact", "Contact")])


def _e(text: str) -> str:
    return html.escape(" ".join(str(text).split()), quote=False)


def page_for(policy: dict[str, Any]) -> str:
    """The policy's text as a saved web page in a site template."""
    name = policy["clinic"]["name"]
    parts = [_HEAD.format(name=_e(name), css=_CSS, js=_JS, menu=_MENU)]
    effective = policy["clinic"].get("effective_date")
    if effective:
        parts.append(f"<p class=\"updated\">Effective as of {_e(effective)}.</p>\n")
    conf = policy.get("confidentiality") or {}
    for key in ("summary", "details"):
        if conf.get(key):
            parts.append(f"<p>{_e(conf[key])}</p>\n")
    parts.append("<h2>When we may have to share</h2>\n<ul>\n")
    for limit in policy.get("limits") or []:
        title = limit.get("title")
        body = f"<strong>{_e(title)}.</strong> " if title else ""
        parts.append(f"<li>{body}{_e(limit.get('explanation', ''))}</li>\n")
    parts.append("</ul>\n")
    notes = policy.get("notification") or {}
    if notes:
        parts.append("<h2>How we tell you</h2>\n")
        for value in notes.values():
            parts.append(f"<p>{_e(value)}</p>\n")
    if policy.get("questions"):
        parts.append(f"<h2>Questions?</h2>\n<p>{_e(policy['questions'])}</p>\n")
    parts.append(_TAIL.format(name=_e(name), js=_JS))
    return "".join(parts)


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("bench_generate", HERE / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_generate"] = module
    spec.loader.exec_module(module)
    return module


def corpus(folder: Path, count: int, seed: int = 7) -> list[tuple[Path, Path]]:
    """Write ``count`` (page, YAML) pairs of the same text into ``folder``."""
    gen = _generator()
    folder.mkdir(parents=True, exist_ok=True)
    pairs = []
    for i in range(count):
        for attempt in range(20):
            ext, text, _gaps, data = gen.make_file(seed, i * 20 + attempt, json_share=0.0)
            if ext == "yaml":
                break
        page = folder / f"clinic-{i:04d}.html"
        yaml = folder / f"clinic-{i:04d}.yaml"
        page.write_text(page_for(data), encoding="utf-8")
        yaml.write_text(text, encoding="utf-8")
        pairs.append((page, yaml))
    return pairs


_INSIDE = """
import sys, time
start = time.perf_counter()
from policy_lint.launch import main
try:
    main(["check", sys.argv[1]])
except SystemExit:
    pass
sys.stderr.write("INSIDE %.6f\\n" % (time.perf_counter() - start))
"""


def cold(path: Path, repeat: int) -> tuple[float, float, float]:
    """Medians of ``policy-lint check path`` in a new process: wall time, CPU time, and wall time after Python's own start.

    The process runs what the ``policy-lint`` command runs (``policy_lint.launch``): a plain ``check FILE`` takes
    its short way, without click, as a pre-commit hook's does. CPU time (the child's user and system time) moves
    much less than wall time when the machine is busy."""
    env = dict(os.environ, XDG_CACHE_HOME=tempfile.mkdtemp(prefix="pl-bench-cache-"))
    # An installed package has its bytecode (pip writes it): with PYTHONDONTWRITEBYTECODE=1 and a
    # changed source, each new process would compile that module again, which no user pays.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    compileall.compile_dir(str(ROOT / "policy_lint"), quiet=1)
    walls, cpus, inside = [], [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _INSIDE, str(path)], cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        inside.append(float(done.stderr.rsplit("INSIDE ", 1)[1]))
    return statistics.median(walls), statistics.median(cpus), statistics.median(inside)


def per_file(paths: list[Path]) -> float:
    """Median time to lint one file, in a process that has linted the others."""
    sys.path.insert(0, str(ROOT))
    from policy_lint.engine import Linter
    from policy_lint.packs import load_pack

    linter = Linter(load_pack("base"))
    for p in paths[:5]:  # warm up: imports, pack, patterns
        linter.lint_path(p)
    times = []
    for p in paths:
        start = time.perf_counter()
        linter.lint_path(p)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=200, help="pages (and YAML files) in the corpus")
    ap.add_argument("--repeat", type=int, default=15, help="cold runs per file kind")
    ap.add_argument("--write-corpus", metavar="DIR", help="keep the corpus in DIR")
    args = ap.parse_args(argv)
    folder = Path(args.write_corpus) if args.write_corpus else Path(tempfile.mkdtemp(prefix="pl-pages-"))
    pairs = corpus(folder, args.files)
    pages = [p for p, _ in pairs]
    yamls = [y for _, y in pairs]
    size = statistics.median(p.stat().st_size for p in pages)
    ysize = statistics.median(y.stat().st_size for y in yamls)
    (page_cold, page_cpu, page_in), (yaml_cold, yaml_cpu, yaml_in) = cold(pages[0], args.repeat), cold(yamls[0], args.repeat)
    page_each = per_file(pages)
    yaml_each = per_file(yamls)
    print(f"corpus: {len(pairs)} pages (median {size / 1024:.1f} KB) and the same text as YAML (median {ysize / 1024:.1f} KB), in {folder}")
    print("| Measure | Web page | YAML, same text | Ratio |")
    print("|---|---|---|---|")
    print(f"| Cold start, one file, whole process (median of {args.repeat}) | {page_cold * 1000:.0f} ms | {yaml_cold * 1000:.0f} ms | {page_cold / yaml_cold:.2f} |")
    print(f"| Cold start, CPU time of that process | {page_cpu * 1000:.0f} ms | {yaml_cpu * 1000:.0f} ms | {page_cpu / yaml_cpu:.2f} |")
    print(f"| Cold start, after Python's own start-up | {page_in * 1000:.0f} ms | {yaml_in * 1000:.0f} ms | {page_in / yaml_in:.2f} |")
    print(f"| Per file in a run (median of {len(pairs)}) | {page_each * 1000:.2f} ms | {yaml_each * 1000:.2f} ms | {page_each / yaml_each:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
