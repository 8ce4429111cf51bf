"""The corpus as a directory of files, with the truth beside it.

    OUT/corpus/articles/YYYY/NNNNNNN-title.txt|html   one article per file
    OUT/corpus/feeds/feed-KKKK.jsonl                  feed records, one article per line
    OUT/gold.json     cases and quotes in the scorer's format (/work/shared/eval/score.py)
    OUT/truth.jsonl   the full extraction per article, shaped like `casebrowser extract`
                      output (spans point into the stored text: title, blank line, paragraphs)

Everything is streamed: memory stays flat however many cases are asked for.
"""
from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Callable, Iterator

from store.model import case_json, figure_json, quote_json
from store.text import fold

from .kinds import Article, make_article
from .render import CORPUS_DIR, Rendered, Sources

MIN_QUOTE_WORDS = 6   # the scorer ignores shorter predicted quotes, so shorter gold ones are optional


def articles(n_cases: int, seed: int) -> Iterator[Article]:
    """The corpus for (n_cases, seed): articles in order until exactly n_cases cases are told.
    The last article is cut down (a round-up reports fewer cases) when it would overshoot."""
    total, index = 0, 0
    while total < n_cases:
        a = make_article(seed, index)
        if total + len(a.extraction.cases) > n_cases:
            a = make_article(seed, index, max_cases=n_cases - total)
        total += len(a.extraction.cases)
        index += 1
        yield a


def gold_entry(a: Article) -> dict:
    quotes, optional = [], []
    for q in a.extraction.quotes:
        words = len(re.findall(r"[a-z0-9]+", fold(q.text)))
        (quotes if words >= MIN_QUOTE_WORDS else optional).append({"speaker": q.speaker, "text": q.text})
    return {
        "about_misconduct": a.about_misconduct,
        "cases": [{"officer": c.officer, "force": c.force, "outcome": c.outcome} for c in a.extraction.cases],
        "quotes": quotes,
        "optional_quotes": optional,
    }


def truth_entry(a: Article, r: Rendered) -> dict:
    x = a.extraction
    return {"source": r.source, "hash": r.hash, "title": a.title, "kind": a.kind,
            "cases": [case_json(c) for c in x.cases], "quotes": [quote_json(q) for q in x.quotes],
            "figures": [figure_json(f) for f in x.figures]}


def write_corpus(n_cases: int, seed: int, out: Path, *, progress: Callable[[str], None] | None = print) -> dict:
    """Write the corpus for (n_cases, seed) under `out`; returns counts. `out` may exist but
    must not already hold a corpus (files are never mixed from two runs)."""
    out = Path(out)
    root = out / CORPUS_DIR
    if root.exists() and any(root.iterdir()):
        raise FileExistsError(f"{root} already holds a corpus; choose an empty directory")
    root.mkdir(parents=True, exist_ok=True)
    sources = Sources()
    stats = {"articles": 0, "cases": 0, "quotes": 0, "files": 0, "records": 0, "bytes": 0}
    start = time.perf_counter()
    feed_name, feed = None, None
    made_dirs: set[Path] = set()
    with open(out / "gold.json", "w", encoding="utf-8", newline="\n") as gold, \
            open(out / "truth.jsonl", "w", encoding="utf-8", newline="\n") as truth:
        gold.write('{\n"schema": 1,\n"notes": "Gold for a synthetic corpus made by bench/gen_corpus.py '
                   f'(seed {seed}, {n_cases} cases). Every article in it is fiction.",\n"articles": {{')
        for a in articles(n_cases, seed):
            r = sources.render(a)
            if a.fmt == "jsonl":
                path, _, _ = r.source.partition("#")
                if path != feed_name:
                    if feed:
                        feed.close()
                    (root / path).parent.mkdir(parents=True, exist_ok=True)
                    feed_name, feed = path, open(root / path, "wb")
                    stats["files"] += 1
                feed.write(r.data + b"\n")
                stats["records"] += 1
            else:
                target = root / r.source
                if target.parent not in made_dirs:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    made_dirs.add(target.parent)
                target.write_bytes(r.data)
                stats["files"] += 1
            gold.write(("\n" if stats["articles"] == 0 else ",\n") + json.dumps(r.name, ensure_ascii=False)
                       + ": " + json.dumps(gold_entry(a), ensure_ascii=False))
            truth.write(json.dumps(truth_entry(a, r), ensure_ascii=False) + "\n")
            stats["articles"] += 1
            stats["cases"] += len(a.extraction.cases)
            stats["quotes"] += len(a.extraction.quotes)
            stats["bytes"] += len(r.data)
            if progress and stats["articles"] % 20000 == 0:
                progress(f"  {stats['cases']:,}/{n_cases:,} cases, {stats['articles']:,} articles, "
                         f"{time.perf_counter() - start:.1f}s")
        gold.write("\n}\n}\n")
    if feed:
        feed.close()
    stats["seconds"] = round(time.perf_counter() - start, 2)
    return stats
