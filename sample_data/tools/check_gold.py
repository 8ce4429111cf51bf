#!/usr/bin/env python3
"""Check sample_data/gold.json against the articles it annotates.

    python3 sample_data/tools/check_gold.py [--pred out.jsonl]

Run it after editing an article or its annotation. It reads each article the way a
reader would (BOM, then UTF-8, then Windows-1252; HTML without its tags; JSON and JSONL
records by their "text" or "body"; PDF through pypdf) and checks that every gold quote
and every officer's name occurs verbatim (whitespace aside), that forces are official
names from the reference (or non-UK forces as written), that outcome, role, finding and
category ids are known, and that every file has its annotation. It also lists quoted
stretches the gold does not hold, as hints, not errors.

--pred writes a prediction file made from the gold itself, in the shape `casebrowser
extract` prints; the eval scorer must give it 1.0, which shows the gold is self-consistent.
Needs selectolax and pypdf (project dependencies) for the HTML and PDF articles.
"""
from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent
ARTICLES = SAMPLE / "articles"
NON_UK = {"Albuquerque Police Department"}
ROLES = {"officer", "special_constable", "pcso", "staff", "group"}
CATEGORIES = {"sexual_misconduct", "explicit_images", "harassment", "discrimination", "offensive_messages",
              "misuse_of_systems", "dishonesty", "violence", "criminal_offence", "business_interest", "other"}
CASE_EXTRAS = ("rank", "role", "finding", "categories", "barred", "hearing_date")


def reference() -> dict:
    # source checkout: <root>/sample_data and <root>/store/reference; wheel: store/sample_data and store/reference
    for path in (SAMPLE.parent / "store" / "reference" / "policing.json", SAMPLE.parent / "reference" / "policing.json"):
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
    raise SystemExit("cannot find store/reference/policing.json")


def decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def article_text(key: str) -> str:
    name, _, record = key.partition("#")
    path = ARTICLES / name
    if record or path.suffix == ".json":
        raw = path.read_text(encoding="utf-8")
        obj = json.loads(raw.splitlines()[int(record) - 1] if record else raw)
        return f"{obj.get('title') or ''}\n\n{obj.get('text') or obj.get('body') or ''}"
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    text = decode(path.read_bytes())
    if path.suffix in (".html", ".htm"):
        from selectolax.lexbor import LexborHTMLParser
        tree = LexborHTMLParser(text)
        for node in tree.css("script, style, head"):
            node.decompose()
        text = tree.body.text(separator="\n")
    return text


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def words(text: str) -> int:
    return len(re.findall(r"[a-z0-9]+", text.lower()))


def check(gold: dict, ref: dict) -> tuple[list[str], list[str], dict]:
    official = {f["name"] for group in ("forces", "crown_dependency_forces") for f in ref[group]}
    outcomes = {o["id"] for o in ref["outcomes"]} | {"suspended"}
    findings = {f["id"] for f in ref["findings"]} | {None}
    errors: list[str] = []
    hints: list[str] = []
    counts = {"articles": 0, "named": 0, "unnamed": 0, "quotes": 0, "optional_quotes": 0}

    keys = set(gold["articles"])
    for path in sorted(ARTICLES.iterdir()):
        if path.suffix == ".jsonl":
            n = len(path.read_text(encoding="utf-8").splitlines())
            errors += [f"{path.name}#{i}: no annotation" for i in range(1, n + 1) if f"{path.name}#{i}" not in keys]
        elif path.name not in keys:
            errors.append(f"{path.name}: no annotation")

    for key, art in gold["articles"].items():
        def err(msg: str) -> None:
            errors.append(f"{key}: {msg}")
        try:
            raw = article_text(key)
            text = squash(raw)
        except (OSError, IndexError) as exc:
            err(f"cannot read: {exc}")
            continue
        counts["articles"] += 1
        if not art["about_misconduct"] and art["cases"]:
            err("cases in an article about no misconduct")
        for case in art["cases"]:
            counts["named" if case["officer"] else "unnamed"] += 1
            if case["officer"] and squash(case["officer"]) not in text:
                err(f"officer {case['officer']!r} not in the text")
            force = case["force"]
            if force is not None and force not in official and not (force in NON_UK and force in text):
                err(f"force {force!r} is neither an official UK name nor a non-UK force in the text")
            for outcome in case["outcome"] if isinstance(case["outcome"], list) else [case["outcome"]]:
                if outcome is not None and outcome not in outcomes:
                    err(f"unknown outcome {outcome!r}")
            for field in CASE_EXTRAS:
                if field not in case:
                    err(f"case {case['officer']!r} lacks {field}")
            if case.get("role") not in ROLES:
                err(f"unknown role {case.get('role')!r}")
            if case.get("finding") not in findings:
                err(f"unknown finding {case.get('finding')!r}")
            for cat in case.get("categories", []):
                if cat not in CATEGORIES:
                    err(f"unknown category {cat!r}")
            if case.get("rank") and case["rank"].lower() not in text.lower():
                err(f"rank {case['rank']!r} not in the text")
            if case.get("hearing_date"):
                datetime.date.fromisoformat(case["hearing_date"])
        held = []
        for kind in ("quotes", "optional_quotes"):
            for q in art[kind]:
                counts[kind] += 1
                held.append(squash(q["text"]))
                if squash(q["text"]) not in text:
                    err(f"{kind[:-1].replace('_', ' ')} not verbatim: {q['text'][:60]!r}")
                if q["speaker"] and squash(q["speaker"]) not in text:
                    err(f"speaker {q['speaker']!r} not in the text")
                if kind == "quotes" and (not q["speaker"] or words(q["text"]) < 6):
                    err(f"required quote needs a speaker and six words: {q['text'][:60]!r}")
        for paragraph in raw.split("\n"):
            for m in re.finditer(r"“([^”]*)”|\"([^\"]*)\"", paragraph):
                stretch = squash(m.group(1) or m.group(2))
                if words(stretch) >= 6 and not any(stretch[:25] in h or h[:25] in stretch for h in held):
                    hints.append(f"{key}: quoted stretch not in the gold? {stretch[:70]!r}")
    return errors, hints, counts


def write_prediction(gold: dict, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for key, art in gold["articles"].items():
            cases = [dict(c, outcome=c["outcome"][0] if isinstance(c["outcome"], list) else c["outcome"])
                     for c in art["cases"]]
            out.write(json.dumps({"source": f"sample_data/articles/{key}", "cases": cases,
                                  "quotes": art["quotes"]}, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=SAMPLE / "gold.json")
    ap.add_argument("--pred", type=Path, help="also write a prediction file made from the gold")
    args = ap.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    errors, hints, counts = check(gold, reference())
    for line in hints:
        print("hint:", line)
    for line in errors:
        print("error:", line)
    print(", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items()))
    if args.pred:
        write_prediction(gold, args.pred)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
