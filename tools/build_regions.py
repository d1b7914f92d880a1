"""Build policy_lint/data/regions.json: the region codes policy-lint knows.

The codes come from Debian's iso-codes package (ISO 3166-1 and ISO 3166-2),
read from /usr/share/iso-codes/json. policy-lint never downloads them: the
JSON file this script writes ships with the package. Run it again when
iso-codes has a new release, and commit the result:

    python tools/build_regions.py [--source /usr/share/iso-codes/json]

It keeps every ISO 3166-1 country, and the subdivisions of the countries in
SUBDIVIDED (the places policy-lint has packs for, or may soon).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

SUBDIVIDED = ("US", "CA", "AU", "GB")
#: Names people write for a place that are not its ISO name or code.
ALIASES = {
    "UK": "GB", "U.K.": "GB", "Great Britain": "GB", "Britain": "GB", "United Kingdom of Great Britain and Northern Ireland": "GB",
    "England": "GB-ENG", "Scotland": "GB-SCT", "Wales": "GB-WLS", "Northern Ireland": "GB-NIR",
    "USA": "US", "U.S.": "US", "U.S.A.": "US", "United States of America": "US", "America": "US",
    "Washington DC": "US-DC", "Washington, D.C.": "US-DC", "D.C.": "US-DC",
}
OUT = Path(__file__).resolve().parent.parent / "policy_lint" / "data" / "regions.json"


def _version() -> str:
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def build(source: Path) -> dict:
    countries = json.loads((source / "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    subs = json.loads((source / "iso_3166-2.json").read_text(encoding="utf-8"))["3166-2"]
    out_countries = {c["alpha_2"]: c.get("common_name") or c["name"] for c in sorted(countries, key=lambda c: c["alpha_2"])}
    out_subs = {}
    for s in sorted(subs, key=lambda s: s["code"]):
        if s["code"].split("-")[0] in SUBDIVIDED:
            entry = [s["name"], s["type"]]
            if s.get("parent"):
                parent = s["parent"]
                entry.append(parent if "-" in parent else f"{s['code'].split('-')[0]}-{parent}")
            out_subs[s["code"]] = entry
    return {
        "source": f"Debian iso-codes {_version()} (ISO 3166-1 and ISO 3166-2)",
        "subdivided": list(SUBDIVIDED),
        "countries": out_countries,
        "subdivisions": out_subs,
        "aliases": ALIASES,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=Path("/usr/share/iso-codes/json"))
    args = parser.parse_args(argv)
    data = build(args.source)
    text = json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n"
    OUT.write_text(text, encoding="utf-8")
    print(f"Wrote {OUT}: {len(data['countries'])} countries, {len(data['subdivisions'])} subdivisions.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
