"""Cookie and consent banners are no policy text, on a page with or without <main>; real content stays.

Each common consent tool marks its banner with its own id or class
(Cookiebot's CybotCookiebotDialog, OneTrust's onetrust-banner-sdk, ...).
A page without <main> is read whole, so each banner must be dropped by name.
Names that hold the policy ("informed-consent", a "gdpr" section) stay.
"""

from __future__ import annotations

import pytest

from policy_lint.loading import load_bytes

POLICY = (
    "<h1>Confidentiality</h1>"
    "<p>What you say in therapy stays private. We go over the limits at your first session.</p>"
    "<p>If we think a child is being abused, we must report it to child protective services.</p>"
)
BANNER_TEXT = "We shall process cookies pursuant to our terms. TODO [Clinic Name]"


def _texts(page: str) -> list[str]:
    doc = load_bytes(page.encode(), "privacy.html").document
    assert doc is not None
    return [b.text for b in doc.blocks]


BANNERS = [
    '<div id="CybotCookiebotDialog"><p>{t}</p></div>',  # Cookiebot
    '<div id="CookiebotWidget"><p>{t}</p></div>',
    '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk"><p>{t}</p></div></div>',  # OneTrust
    '<div class="optanon-alert-box-wrapper"><p>{t}</p></div>',
    '<div class="cky-consent-container"><p>{t}</p></div>',  # CookieYes
    '<div id="cookie-law-info-bar"><p>{t}</p></div>',  # GDPR Cookie Consent (cookie-law-info)
    '<div class="cli-modal"><p>{t}</p></div>',
    '<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><p>{t}</p></div></div>',  # Complianz
    '<div id="termly-code-snippet-support"><p>{t}</p></div>',  # Termly
    '<div class="osano-cm-window"><div class="osano-cm-dialog"><p>{t}</p></div></div>',  # Osano
    '<div id="iubenda-cs-banner"><p>{t}</p></div>',  # Iubenda
    '<div class="sqs-cookie-banner-v2"><p>{t}</p></div>',  # Squarespace
    '<div data-hook="ccsu-banner-wrapper"><p>{t}</p></div>',  # Wix
    '<div data-hook="consent-banner-root"><p>{t}</p></div>',
    '<div id="cookie-notice"><p>{t}</p></div>',  # Cookie Notice (WordPress)
    '<div id="moove_gdpr_cookie_info_bar"><p>{t}</p></div>',  # GDPR Cookie Compliance (WordPress)
    '<div id="BorlabsCookieBox"><p>{t}</p></div>',  # Borlabs
    '<div id="usercentrics-root"><p>{t}</p></div>',  # Usercentrics
    '<div class="cc-window cc-banner"><p>{t}</p></div>',  # cookieconsent
    '<div class="consent-banner"><p>{t}</p></div>',
    '<div class="gdpr-popup"><p>{t}</p></div>',
    '<div role="region" aria-label="Cookie banner"><p>{t}</p></div>',  # general patterns
    '<div role="dialog" aria-label="Privacy preferences"><p>{t}</p></div>',
    '<section aria-label="We use cookies"><p>{t}</p></section>',
]


@pytest.mark.parametrize("banner", BANNERS, ids=lambda b: b[5:40])
@pytest.mark.parametrize("main", [True, False], ids=["main", "no-main"])
def test_a_consent_banner_is_no_policy_text(banner: str, main: bool) -> None:
    body = f"<main>{POLICY}</main>" if main else f"<div class='content'>{POLICY}</div>"
    page = f"<html><body>{banner.format(t=BANNER_TEXT)}{body}{banner.format(t=BANNER_TEXT)}</body></html>"
    texts = _texts(page)
    assert not any("cookies" in t for t in texts), texts
    assert texts[0] == "Confidentiality" and len(texts) == 3


@pytest.mark.parametrize(
    "wrapper",
    [
        '<section id="informed-consent">{p}</section>',
        '<div class="consent-form">{p}</div>',
        '<div class="consent-notice">{p}</div>',
        '<section id="gdpr">{p}</section>',
        '<div class="gdpr-notice">{p}</div>',
        '<section aria-label="Informed consent">{p}</section>',
        '<div class="content-wrapper">{p}</div>',
    ],
)
def test_names_that_hold_the_policy_stay(wrapper: str) -> None:
    page = "<html><body>" + wrapper.format(p=POLICY) + "</body></html>"
    assert len(_texts(page)) == 3


def test_the_trial_page_reads_no_banner() -> None:
    page = (
        "<html><body>"
        '<div class="sqs-cookie-banner-v2">This website uses cookies. We shall utilize them pursuant to our terms. TBD</div>'
        f'<div class="content-wrapper">{POLICY}</div>'
        '<div id="CybotCookiebotDialog">We and our partners shall process data in accordance with applicable law. [Clinic Name]</div>'
        "</body></html>"
    )
    texts = _texts(page)
    assert texts == ["Confidentiality", POLICY.split("<p>")[1].split("</p>")[0], POLICY.split("<p>")[2].split("</p>")[0]]
