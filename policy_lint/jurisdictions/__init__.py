"""Where a practice is, and which law applies there.

``codes``  the ISO 3166 region codes that ship with policy-lint ("did you mean US-TX").
``detect`` guess the region from an address in the text (shown as "assumed").
``where``  the jurisdiction of one document: its own, the option's, the config's, or assumed.
``select`` the built-in pack for a region (us-tx for US-TX, us for US-WA, none for CA-AB).
``route``  a Linter that picks that pack for each document.
``table``  docs/jurisdictions.md, made from the packs.
"""
