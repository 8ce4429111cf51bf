#!/usr/bin/env python3
"""Synthetic corpus generator for casebrowser's benchmarks and scale tests.

    python bench/gen_corpus.py N OUT [--seed S]        write articles holding N cases under OUT
    python bench/gen_corpus.py N --store PATH [--seed S] write N cases straight into a store
    python bench/gen_corpus.py N --store - [--seed S]    ... into the cache, bench/.cache/

Articles are fiction in the style of police misconduct news (force and watchdog releases, local
reports, national round-ups, reports from abroad, and articles about no misconduct), each with
a line saying it is synthetic. The same N and seed always give the same bytes and rows.

From Python (bench/ on sys.path):  from gen_corpus import build_store, write_corpus
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

# This checkout's `store` and the `corpus` package beside this file, whatever the caller's path.
_BENCH = Path(__file__).resolve().parent
for _p in (_BENCH.parent, _BENCH):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from corpus.fastpath import build_store, cache_path  # noqa: E402
from corpus.files import articles, write_corpus  # noqa: E402
from corpus.kinds import MARKER, make_article  # noqa: E402

__all__ = ["build_store", "cache_path", "write_corpus", "articles", "make_article", "MARKER", "main"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, metavar="N", help="how many cases the corpus holds in all")
    ap.add_argument("out", nargs="?", type=Path, metavar="OUT", help="directory to write the articles into")
    ap.add_argument("--store", metavar="PATH", help="write a store instead of files ('-' for the cache)")
    ap.add_argument("--seed", type=int, default=0, help="the corpus for one seed is always the same (default 0)")
    ap.add_argument("--workers", type=int, default=None,
                    help="with --store: processes generating beside the loader (default: cores - 1 on 4+ cores, else 0)")
    ap.add_argument("--quiet", action="store_true", help="print only the result")
    args = ap.parse_args(argv)
    if args.n < 0:
        ap.error("N must be zero or more")
    if (args.out is None) == (args.store is None):
        ap.error("give either OUT (files) or --store PATH (a store), not both")
    progress = None if args.quiet else print
    try:
        if args.store is not None:
            path = None if args.store == "-" else Path(args.store)
            print(build_store(args.n, args.seed, path, progress=progress, workers=args.workers))
            return 0
        stats = write_corpus(args.n, args.seed, args.out, progress=progress)
    except FileExistsError as exc:
        print(f"gen_corpus: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {stats['articles']:,} articles ({stats['cases']:,} cases, {stats['quotes']:,} quotes) "
          f"as {stats['files']:,} files and {stats['records']:,} feed records, "
          f"{stats['bytes'] / 1e6:,.1f} MB, under {args.out} in {stats['seconds']:.1f}s")
    print(f"  articles: {args.out / 'corpus'}   gold: {args.out / 'gold.json'}   truth: {args.out / 'truth.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
