#!/usr/bin/env python3
"""Regenerates the official administrative map shipped by MassMobilization.Core.AdministrativeUnits.

Reads the public source files from git mirrors (nothing is downloaded):
  --old DIR   a clone of daohoangson/dvhcvn; the units as of 2025-03-01 are data/sorted.json at --old-rev
  --new DIR   a clone of dvhcvn/20250701; mapping/splits.json, mapping/merges.json and input/docs/*

applies the corrections recorded in corrections.tsv (beside this script), validates the result and
writes official-map.txt and official-map.manifest into --out. Prints the counts and the SHA-256
content hash. Python 3 standard library only; the output is byte-for-byte deterministic.
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata

FORMAT = "MMC-ADMIN-UNITS\t1"
OLD_DATE = "2025-03-01"
REFORM_DATE = "2025-07-01"
PROVINCE_RESOLUTION = "202/2025/QH15"

# Kind letters of the resource: one table per level.
OLD_PROVINCE_KINDS = {"tỉnh": "t", "thành phố": "c"}
DISTRICT_KINDS = {"huyện": "h", "quận": "q", "thị xã": "x"}  # "thành phố" depends on the parent
OLD_COMMUNE_KINDS = {"xã": "x", "phường": "p", "thị trấn": "t"}
OLD_COMMUNE_PREFIXES = {"x": "Xã", "p": "Phường", "t": "Thị trấn"}
NEW_COMMUNE_PREFIXES = [("Đặc khu ", "d"), ("Phường ", "p"), ("Xã ", "x")]


class SourceError(Exception):
    """A source file or a correction does not say what this script expects."""


def nfc(text):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def git_show(repo, rev, path):
    return subprocess.run(["git", "-C", repo, "show", f"{rev}:{path}"], check=True, capture_output=True).stdout.decode("utf-8")


def git_commit(repo, rev):
    return subprocess.run(["git", "-C", repo, "rev-parse", f"{rev}^{{commit}}"], check=True, capture_output=True, text=True).stdout.strip()


def git_list(repo, rev, folder):
    out = subprocess.run(["git", "-C", repo, "ls-tree", "--name-only", f"{rev}:{folder}"], check=True, capture_output=True, text=True).stdout
    return sorted(line for line in out.splitlines() if line)


def fail(message):
    raise SourceError(message)


def read_corrections(path):
    corrections = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 6:
                fail(f"{path}:{number}: expected 6 tab-separated fields, got {len(fields)}")
            old_code, old_name, recorded, corrected, source, reason = (nfc(f) for f in fields)
            corrections.append({
                "old": old_code,
                "name": old_name,
                "recorded": sorted(recorded.split(",")),
                "corrected": sorted(corrected.split(",")),
                "source": source,
                "reason": reason,
            })
    return corrections


def load_old_units(text):
    provinces = []
    for p_code, p_name, p_kind, _ascii, districts in json.loads(text):
        kind = OLD_PROVINCE_KINDS.get(p_kind.lower()) or fail(f"province {p_code}: unknown kind {p_kind!r}")
        province = {"code": p_code, "kind": kind, "name": nfc(p_name), "districts": []}
        for d_code, d_name, d_kind, _ascii2, communes in districts:
            lower = d_kind.lower()
            if lower == "thành phố":
                d_letter = "m" if kind == "c" else "p"
            else:
                d_letter = DISTRICT_KINDS.get(lower) or fail(f"district {d_code}: unknown kind {d_kind!r}")
            district = {"code": d_code, "kind": d_letter, "name": nfc(d_name), "communes": []}
            for c_code, c_name, c_kind, _ascii3 in communes:
                c_letter = OLD_COMMUNE_KINDS.get(c_kind.lower()) or fail(f"commune {c_code}: unknown kind {c_kind!r}")
                district["communes"].append({"code": c_code, "kind": c_letter, "name": nfc(c_name)})
            district["communes"].sort(key=lambda c: c["code"])
            province["districts"].append(district)
        province["districts"].sort(key=lambda d: d["code"])
        provinces.append(province)
    provinces.sort(key=lambda p: p["code"])
    return provinces


def read_new_provinces(csv_text):
    result = {}
    for line in csv_text.splitlines()[1:]:
        if not line.strip():
            continue
        _number, code, name = (f.strip() for f in line.split(",", 2))
        name = nfc(name)
        if name.startswith("Thành phố "):
            result[code] = ("c", name[len("Thành phố "):])
        else:
            result[code] = ("t", name)
    return result


def read_new_commune_codes(markdown):
    rows = re.findall(r"^\|\s*\d+\s*\|\s*(\d{5})\s*\|\s*([^|]+?)\s*\|", markdown, re.M)
    result = {}
    for code, name in rows:
        if code in result:
            fail(f"1027/CTK-CSCL lists code {code} twice")
        result[code] = nfc(name.replace("<br>", " "))
    return result


def comparable(name):
    return re.sub(r"\s*-\s*", " - ", name)


def resolution_provinces(repo, rev, province_names):
    """Maps each new province code to the Standing Committee resolution that arranged its communes."""
    by_upper = {name.upper(): code for code, name in province_names.items()}
    result = {}
    for file in git_list(repo, rev, "input/docs"):
        match = re.fullmatch(r"(\d+)_NQ-UBTVQH15\.md", file)
        if not match:
            continue
        text = nfc(git_show(repo, rev, f"input/docs/{file}"))
        number = re.search(r"Số: (\d+)/NQ-UBTVQH15", text)
        if not number or number.group(1) != match.group(1):
            fail(f"{file}: the document number does not match the file name")
        title = re.search(r"VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA (.+?) NĂM 2025", text) or fail(f"{file}: no title naming a province")
        name = re.sub(r"^(TỈNH|THÀNH PHỐ) ", "", nfc(title.group(1)))
        code = by_upper.get(name) or fail(f"{file}: title names {name!r}, not a new province")
        if code in result:
            fail(f"two resolutions arrange the communes of province {code}")
        result[code] = f"{number.group(1)}/NQ-UBTVQH15"
    return result


def split_prefix(name, code):
    for prefix, letter in NEW_COMMUNE_PREFIXES:
        if name.startswith(prefix):
            return letter, name[len(prefix):]
    return fail(f"new commune {code}: unknown kind in {name!r}")


def build(args):
    corrections = read_corrections(args.corrections)
    old = load_old_units(git_show(args.old, args.old_rev, "data/sorted.json"))
    old_date = git_show(args.old, args.old_rev, "data/date.txt").strip()
    if old_date != "01/03/2025":
        fail(f"data/date.txt says {old_date}, expected 01/03/2025")
    splits = json.loads(git_show(args.new, args.new_rev, "mapping/splits.json"))["data"]
    merges = json.loads(git_show(args.new, args.new_rev, "mapping/merges.json"))["data"]
    new_provinces = read_new_provinces(git_show(args.new, args.new_rev, "input/docs/915_CTK-CSCL.csv"))
    official_codes = read_new_commune_codes(git_show(args.new, args.new_rev, "input/docs/1027_CTK-CSCL.md"))
    commune_resolutions = resolution_provinces(args.new, args.new_rev, {c: n for c, (_k, n) in new_provinces.items()})

    old_province_of = {}
    old_communes = {}
    old_districts = {}
    for province in old:
        for district in province["districts"]:
            old_districts[district["code"]] = (province["code"], district)
            for commune in district["communes"]:
                if commune["code"] in old_communes:
                    fail(f"old commune code {commune['code']} appears twice")
                old_communes[commune["code"]] = commune
                old_province_of[commune["code"]] = province["code"]

    # old → new (splits.json), with the corrections applied
    province_successor = {}
    commune_targets = {}
    for entry in splits:
        targets = [s["new_id"] for s in entry["splits"]]
        if len(targets) != 1:
            fail(f"old province {entry['level1_id']} goes into {targets}; a province goes whole into one")
        province_successor[entry["level1_id"]] = targets[0]
        for commune in entry["level3s"]:
            commune_targets[commune["level3_id"]] = sorted(s["new_id"] for s in commune["splits"])
    applied = []
    for correction in corrections:
        code = correction["old"]
        if commune_targets.get(code) != correction["recorded"]:
            fail(f"correction of {code}: the source maps it to {commune_targets.get(code)}, not {correction['recorded']} as recorded; review the correction")
        commune = old_communes.get(code) or fail(f"correction of {code}: no such old commune")
        if f"{OLD_COMMUNE_PREFIXES[commune['kind']]} {commune['name']}" != correction["name"]:
            fail(f"correction of {code}: the old commune is {commune['name']!r}, not {correction['name']!r}")
        commune_targets[code] = correction["corrected"]
        applied.append(code)

    # new → old (merges.json), with the same corrections applied, for the cross-check
    new_communes = {}
    new_province_of = {}
    merge_sources = {}
    district_sources = {}
    new_province_predecessors = {}
    for entry in merges:
        p_code = entry["level1_id"]
        if p_code not in new_provinces:
            fail(f"merges.json names province {p_code}, which 915/CTK-CSCL does not list")
        new_province_predecessors[p_code] = sorted(m["old_id"] for m in entry["merges"])
        for commune in entry["level2s"]:
            code = commune["level2_id"]
            if code in new_communes:
                fail(f"new commune code {code} appears twice")
            kind, name = split_prefix(nfc(commune["name"]), code)
            new_communes[code] = {"code": code, "kind": kind, "name": name}
            new_province_of[code] = p_code
            official = official_codes.get(code) or fail(f"new commune {code} is not in 1027/CTK-CSCL")
            if comparable(official) != comparable(nfc(commune["name"])):
                fail(f"new commune {code}: 1027/CTK-CSCL names it {official!r}, merges.json {commune['name']!r}")
            for source in commune["merges"]:
                if source["old_id"] in old_communes:
                    merge_sources.setdefault(source["old_id"], {})[code] = source["type"]
                elif source["old_id"] in old_districts and source["type"] == "full":
                    district_sources.setdefault(code, []).append(source["old_id"])
                else:
                    fail(f"new commune {code} comes from {source['old_id']}, neither an old commune nor a whole old district")
    if set(official_codes) != set(new_communes):
        fail("1027/CTK-CSCL and merges.json list different new communes")
    for correction in corrections:
        code = correction["old"]
        recorded = merge_sources.get(code, {})
        if sorted(recorded) != correction["recorded"]:
            fail(f"correction of {code}: merges.json puts it into {sorted(recorded)}")
        kind = "full" if len(correction["corrected"]) == 1 else "partial"
        merge_sources[code] = {target: kind for target in correction["corrected"]}

    # validation
    if set(commune_targets) != set(old_communes):
        fail("splits.json and sorted.json list different old communes")
    province_predecessors = {}
    for old_code, new_code in province_successor.items():
        province_predecessors.setdefault(new_code, []).append(old_code)
    for new_code, olds in province_predecessors.items():
        if sorted(olds) != new_province_predecessors.get(new_code):
            fail(f"new province {new_code}: splits.json and merges.json disagree on its predecessors")
    if set(province_predecessors) != set(new_provinces):
        fail("the new provinces of the mapping are not those of 915/CTK-CSCL")
    problems = []
    for code, targets in sorted(commune_targets.items()):
        expected_kind = "full" if len(targets) == 1 else "partial"
        if merge_sources.get(code) != {t: expected_kind for t in targets}:
            problems.append(f"{code}: splits.json {targets}, merges.json {merge_sources.get(code)}")
        successor = province_successor[old_province_of[code]]
        for target in targets:
            if target not in new_communes:
                problems.append(f"{code} goes into {target}, which is not a new commune")
            elif new_province_of[target] != successor:
                problems.append(f"{code} ({old_communes[code]['name']}, province {old_province_of[code]}) goes into {target} of province {new_province_of[target]}, not of its successor {successor}")
    has_predecessor = {t for targets in commune_targets.values() for t in targets} | set(district_sources)
    for code in new_communes:
        if code not in has_predecessor:
            problems.append(f"new commune {code} has no predecessor")
    district_successor = {}
    for code, districts in district_sources.items():
        if len(districts) != 1 or old_districts[districts[0]][1]["communes"]:
            problems.append(f"new commune {code} takes whole districts {districts}; only a district without communes may become one commune")
            continue
        if province_successor[old_districts[districts[0]][0]] != new_province_of[code]:
            problems.append(f"district {districts[0]} becomes {code} outside its province's successor")
        district_successor[districts[0]] = code
    if problems:
        fail("the mapping breaks the rules:\n  " + "\n  ".join(problems))
    missing_resolutions = set(new_provinces) - set(commune_resolutions)
    if missing_resolutions:
        fail(f"no commune arrangement resolution for provinces {sorted(missing_resolutions)}")

    # write
    lines = [FORMAT, f"dates\t{OLD_DATE}\t{REFORM_DATE}"]
    for province in old:
        lines.append(f"P\t{province['code']}\t{province['kind']}\t{province['name']}")
        for district in province["districts"]:
            successor = district_successor.get(district["code"], "")
            lines.append(f"D\t{district['code']}\t{district['kind']}\t{district['name']}" + (f"\t{successor}" if successor else ""))
            for commune in district["communes"]:
                lines.append(f"C\t{commune['code']}\t{commune['kind']}\t{commune['name']}\t{','.join(commune_targets[commune['code']])}")
    by_province = {}
    for code, commune in new_communes.items():
        by_province.setdefault(new_province_of[code], []).append(commune)
    for p_code in sorted(new_provinces):
        kind, name = new_provinces[p_code]
        predecessors = ",".join(sorted(province_predecessors[p_code]))
        lines.append(f"N\t{p_code}\t{kind}\t{name}\t{PROVINCE_RESOLUTION}\t{commune_resolutions[p_code]}\t{predecessors}")
        for commune in sorted(by_province[p_code], key=lambda c: c["code"]):
            lines.append(f"M\t{commune['code']}\t{commune['kind']}\t{commune['name']}")
    for correction in corrections:
        lines.append(f"K\t{correction['old']}\t{','.join(correction['recorded'])}\t{','.join(correction['corrected'])}\t{correction['source']}\t{correction['reason']}")
    content = ("\n".join(lines) + "\n").encode("utf-8")
    digest = hashlib.sha256(content).hexdigest()

    counts = {
        "old-provinces": len(old),
        "old-districts": len(old_districts),
        "old-communes": len(old_communes),
        "new-provinces": len(new_provinces),
        "new-communes": len(new_communes),
        "whole-communes": sum(1 for t in commune_targets.values() if len(t) == 1),
        "divided-communes": sum(1 for t in commune_targets.values() if len(t) > 1),
        "reused-codes": sum(1 for c in new_communes if c in old_communes),
        "district-successors": len(district_successor),
        "corrections": len(applied),
    }
    manifest = [
        FORMAT,
        f"old-source\tgithub.com/daohoangson/dvhcvn\t{args.old_rev}\t{git_commit(args.old, args.old_rev)}\tdata/sorted.json\t{OLD_DATE}",
        f"new-source\tgithub.com/dvhcvn/20250701\t{args.new_rev}\t{git_commit(args.new, args.new_rev)}\tmapping/splits.json,mapping/merges.json,input/docs\t{REFORM_DATE}",
    ]
    manifest += [f"{key}\t{value}" for key, value in counts.items()]
    manifest += [f"bytes\t{len(content)}", f"sha256\t{digest}"]

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "official-map.txt"), "wb") as handle:
        handle.write(content)
    with open(os.path.join(args.out, "official-map.manifest"), "wb") as handle:
        handle.write(("\n".join(manifest) + "\n").encode("utf-8"))
    for key, value in counts.items():
        print(f"{key}: {value}")
    print(f"bytes: {len(content)}")
    print(f"sha256: {digest}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", required=True, help="git clone of daohoangson/dvhcvn")
    parser.add_argument("--old-rev", default="v20250301", help="tag or commit of the 2025-03-01 units (default v20250301)")
    parser.add_argument("--new", required=True, help="git clone of dvhcvn/20250701")
    parser.add_argument("--new-rev", default="HEAD", help="tag or commit of the mapping (default HEAD)")
    parser.add_argument("--corrections", default=os.path.join(here, "corrections.tsv"))
    parser.add_argument("--out", default=os.path.join(root, "src", "MassMobilization.Core.AdministrativeUnits", "Data"))
    args = parser.parse_args()
    try:
        build(args)
    except (SourceError, subprocess.CalledProcessError) as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
