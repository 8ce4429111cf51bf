"""Extraction speed: articles per second on one core, extraction alone (no reading, cleaning
or storing), on real-shaped articles.

    python bench/bench_extract.py                     # the sample data and the test corpora
    python bench/bench_extract.py --corpus DIR ...    # any folders of articles (e.g. gen_corpus.py output)
    python bench/bench_extract.py --profile           # where the time goes

Prints figures; asserts nothing. Times are CPU time of this process (time.process_time), the
best of several rounds, so other work on the machine disturbs them less than wall time.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from store.clean import clean  # noqa: E402
from store.extract import EXTRACTOR_VERSION, extract  # noqa: E402
from store.readers import collect, read_file  # noqa: E402

DEFAULT = [REPO / "sample_data" / "articles", REPO / "tests" / "corpus" / "articles",
           REPO / "tests" / "holdout" / "articles"]


def load(folders: list[Path]):
    docs = []
    for path in collect([f for f in folders if f.exists()]).files:
        docs.extend(clean(d) for d in read_file(path).documents)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, nargs="*", help="folders of articles (default: sample data and test corpora)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    docs = load(args.corpus or DEFAULT)
    if not docs:
        sys.exit("no articles found")
    chars = [len(d.text) for d in docs]
    t0 = time.process_time()
    extract(docs[0])  # builds the gazetteer tables once per process
    setup = time.process_time() - t0
    if args.profile:
        import cProfile
        import pstats
        prof = cProfile.Profile()
        prof.enable()
        for d in docs:
            extract(d)
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        return
    best = float("inf")
    per_article: list[float] = []
    for _ in range(args.rounds):
        times = []
        start = time.process_time()
        for d in docs:
            t = time.process_time()
            extract(d)
            times.append(time.process_time() - t)
        total = time.process_time() - start
        if total < best:
            best, per_article = total, times
    per_article.sort()
    print(f"extractor {EXTRACTOR_VERSION}: {len(docs)} articles, {statistics.mean(chars):.0f} characters on average "
          f"(median {statistics.median(chars):.0f})")
    print(f"one-off table building: {setup * 1000:.0f} ms")
    print(f"best of {args.rounds} rounds: {len(docs) / best:,.0f} articles/s on one core "
          f"({best / len(docs) * 1000:.2f} ms per article)")
    print(f"per article: median {per_article[len(per_article) // 2] * 1000:.2f} ms, "
          f"95th percentile {per_article[int(len(per_article) * 0.95)] * 1000:.2f} ms, "
          f"slowest {per_article[-1] * 1000:.2f} ms")
    print(f"throughput: {sum(chars) / best / 1e6:.2f} M characters/s")


if __name__ == "__main__":
    main()
