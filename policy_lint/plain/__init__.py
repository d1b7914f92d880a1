"""Plain-language toolkit: pure text functions for policy-lint's PLN rules.

Nothing here knows about policies, packs or files. Each function takes a
string and returns frozen values with character offsets into it:

* ``text``: sentences and words with offsets
* ``syllables``: syllable counts (a CMU-derived table plus rules)
* ``readability``: Flesch-Kincaid, Flesch Reading Ease, SMOG, Coleman-Liau, ARI
* ``detect``: passive voice, undefined acronyms, "the client", ALL CAPS, slashes
* ``legalese``: legal words with plain replacements or plain meanings

Submodules load their data files on first use, so importing is cheap.
See docs/plain-language.md for the design.
"""
