"""Extraction accuracy against gold annotations, for the test suite.

The metrics follow the project's evaluation rules (cases: named officers, force and outcome
accuracy, unnamed cases; quotes of six words or more with 80% word overlap both ways;
speakers), so the suite can keep a ratchet on our own gold without the shared scorer.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

from store import reference

MIN_WORDS = 6
OVERLAP = 0.8
_TITLES = set("""pc dc ps ds sgt sergeant constable police detective inspector di dci ci chief supt
    superintendent det ch mr mrs ms miss dr former officer special acting temporary pcso commander
    commissioner assistant deputy acc dcc cc insp sir dame lord lady professor prof the regional
    director general ex iopc ipcc dep con cllr councillor rev spokesperson spokesman spokeswoman""".split())
_NOISE = {"police", "constabulary", "service", "force", "the", "and", "of", "polis", "an"}


def _fold(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("’", "'").replace("‘", "'").replace("&", " and ").lower()


def _name_words(name: str | None) -> list[str]:
    return [w for w in re.findall(r"[a-z][a-z'\-]*", _fold(name).split(",")[0]) if w not in _TITLES]


def same_person(a: str | None, b: str | None) -> bool:
    x, y = _name_words(a), _name_words(b)
    if not x or not y or x[-1] != y[-1]:
        return False
    if len(x) == 1 or len(y) == 1 or x[0] in y[:-1] or y[0] in x[:-1]:
        return True
    return x[0][0] == y[0][0] and (len(x[0]) == 1 or len(y[0]) == 1)


def _force_key(name: str) -> str:
    return " ".join(w for w in re.findall(r"[a-z]+", _fold(name)) if w not in _NOISE)


_FORCES: dict[str, str] = {}
for f in reference.all_forces():
    for n in [f["name"], *f.get("aliases", []), *f.get("other_official_names", [])]:
        if _force_key(n):
            _FORCES.setdefault(_force_key(n), f["id"])


def force_id(name: str | None) -> str | None:
    if not name:
        return None
    k = _force_key(name)
    return _FORCES.get(k, k) or None


def _outcome_ok(gold, pred) -> bool:
    options = gold if isinstance(gold, list) else [gold]
    return pred is not None and _fold(str(pred)) in {_fold(o) for o in options if o}


def _tokens(text: str) -> Counter:
    return Counter(re.findall(r"[a-z0-9]+", _fold(text)))


def score(gold: dict, preds: dict[str, dict]) -> dict:
    c: Counter = Counter()
    for name, g in gold["articles"].items():
        p = preds.get(name, {})
        cases = p.get("cases", [])
        quotes = p.get("quotes", [])
        if not g.get("about_misconduct", True):
            c["negative"] += sum(1 for x in cases if x.get("officer") or x.get("force") or x.get("outcome"))
        gn = [x for x in g["cases"] if x.get("officer")]
        pn = [x for x in cases if x.get("officer")]
        c["ng"] += len(gn)
        c["np"] += len(pn)
        used: set[int] = set()
        for gc in gn:
            hit = next((i for i, x in enumerate(pn) if i not in used and same_person(gc["officer"], x["officer"])), None)
            if hit is None:
                continue
            used.add(hit)
            c["nh"] += 1
            c["fh"] += force_id(gc.get("force")) == force_id(pn[hit].get("force"))
            c["oh"] += gc.get("outcome") is None or _outcome_ok(gc["outcome"], pn[hit].get("outcome"))
        ga = sorted((x for x in g["cases"] if not x.get("officer")),
                    key=lambda x: (x.get("force") is None) + (x.get("outcome") is None))
        pa = [x for x in cases if not x.get("officer") and (x.get("force") or x.get("outcome"))]
        c["ag"] += len(ga)
        c["ap"] += len(pa)
        used = set()
        for gc in ga:
            gf = force_id(gc.get("force"))
            fits = [i for i, x in enumerate(pa) if i not in used
                    and (gc.get("outcome") is None or _outcome_ok(gc["outcome"], x.get("outcome")))
                    and (gf is None or gf == force_id(x.get("force")))]
            exact = [i for i in fits if force_id(pa[i].get("force")) == gf
                     and (pa[i].get("outcome") is None) == (gc.get("outcome") is None)]
            hit = (exact or fits or [None])[0]
            if hit is not None:
                used.add(hit)
                c["ah"] += 1
        gq = [dict(q, _t=_tokens(q["text"]), _req=True) for q in g.get("quotes", [])]
        gq += [dict(q, _t=_tokens(q["text"]), _req=False) for q in g.get("optional_quotes", [])]
        req = [i for i, q in enumerate(gq) if q["_req"]]
        c["qg"] += len(req)
        c["sd"] += sum(1 for i in req if gq[i].get("speaker"))
        used = set()
        for q in quotes:
            t = _tokens(q["text"])
            if sum(t.values()) < MIN_WORDS:
                continue
            held = [i for i, x in enumerate(gq) if sum((t & x["_t"]).values()) >= OVERLAP * sum(x["_t"].values())]
            if held:
                union: Counter = Counter()
                for i in held:
                    union += gq[i]["_t"]
                if sum((t & union).values()) < OVERLAP * sum(t.values()):
                    held = []
            new = [i for i in held if gq[i]["_req"] and i not in used]
            if held and not new and not any(gq[i]["_req"] for i in held):
                continue
            c["qp"] += 1
            if not new:
                continue
            c["qh"] += 1
            c["qgh"] += len(new)
            used.update(new)
            c["sh"] += sum(1 for i in new if gq[i].get("speaker") and same_person(gq[i]["speaker"], q.get("speaker")))

    def f1(hit, pred, gold):
        p = hit / pred if pred else (1.0 if gold == 0 else 0.0)
        r = hit / gold if gold else (1.0 if pred == 0 else 0.0)
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    qp = c["qh"] / c["qp"] if c["qp"] else (1.0 if c["qg"] == 0 else 0.0)
    qr = c["qgh"] / c["qg"] if c["qg"] else (1.0 if c["qp"] == 0 else 0.0)
    m = {
        "officer_f1": f1(c["nh"], c["np"], c["ng"]),
        "force_accuracy": c["fh"] / c["ng"] if c["ng"] else 1.0,
        "outcome_accuracy": c["oh"] / c["ng"] if c["ng"] else 1.0,
        "unnamed_case_f1": f1(c["ah"], c["ap"], c["ag"]),
        "quote_f1": 0.0 if qp + qr == 0 else 2 * qp * qr / (qp + qr),
        "speaker_accuracy": c["sh"] / c["sd"] if c["sd"] else 1.0,
    }
    m["overall"] = sum(m.values()) / 6 * max(0.0, 1 - 0.05 * c["negative"])
    m["negative_false_cases"] = c["negative"]
    return m


def predictions(articles_dir: Path) -> dict[str, dict]:
    """What `casebrowser extract` would print, keyed by file name (records by name#line)."""
    from store.clean import clean
    from store.extract import extract
    from store.model import case_json, quote_json
    from store.readers import collect, read_file

    out = {}
    for path in collect([articles_dir]).files:
        for doc in read_file(path).documents:
            doc = clean(doc)
            ex = extract(doc)
            out[Path(doc.source).name] = {"cases": [case_json(x) for x in ex.cases],
                                          "quotes": [quote_json(q) for q in ex.quotes]}
    return out


def load_gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
