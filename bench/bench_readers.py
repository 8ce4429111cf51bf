"""Reading and cleaning speed: prints figures, asserts nothing.

    PYTHONPATH=. python bench/bench_readers.py               # 2,000 cases of the synthetic corpus
    PYTHONPATH=. python bench/bench_readers.py --cases 20000

Writes the synthetic corpus (bench/gen_corpus.py, fiction) to a temporary directory, then times
collect(), read_file() (decoding, format parsing and the reader's emptiness check) and clean()
per format, and a few hostile inputs of the size limits allow (long texts, escape bombs).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from store import clean as clean_module  # noqa: E402
from store.clean import clean  # noqa: E402
from store.readers import MAX_TEXT_CHARS, collect, read_bytes, read_file  # noqa: E402


def _corpus(cases: int, out: Path) -> Path:
    subprocess.run([sys.executable, str(HERE / "gen_corpus.py"), str(cases), str(out), "--quiet"], check=True)
    return out / "corpus"


def _per_format(files: list[Path]) -> None:
    read_time: dict[str, float] = defaultdict(float)
    clean_time: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    sizes: dict[str, int] = defaultdict(int)
    for path in files:
        t0 = time.perf_counter()
        result = read_file(path)
        t1 = time.perf_counter()
        fmt = path.suffix.lstrip(".")
        read_time[fmt] += t1 - t0
        sizes[fmt] += path.stat().st_size
        for doc in result.documents:
            clean_module._clean.cache_clear()     # time the cleaner itself, not its cache
            t2 = time.perf_counter()
            clean(doc)
            clean_time[fmt] += time.perf_counter() - t2
            counts[fmt] += 1
    print(f"{'format':8} {'articles':>9} {'MB':>7} {'read ms/art':>12} {'clean ms/art':>13} {'articles/s':>11}")
    for fmt in sorted(counts):
        n = counts[fmt]
        total = read_time[fmt] + clean_time[fmt]
        print(f"{fmt:8} {n:9,} {sizes[fmt] / 1e6:7.1f} {read_time[fmt] / n * 1e3:12.3f} "
              f"{clean_time[fmt] / n * 1e3:13.3f} {n / total:11,.0f}")


def _hostile() -> None:
    para = ("The constable, who had served for nine years, was dismissed without notice after the panel "
            "found gross misconduct proven on every count. ")
    cases = {
        "2M-char text, paragraphs": ("\n\n".join(para * 3 for _ in range(5000)))[:MAX_TEXT_CHARS - 10],
        "2M-char text, one line": ("word " * 400_000)[:MAX_TEXT_CHARS - 10],
        "1M one-character lines": "x\n" * 500_000,
        "unterminated OSC x200k": "\x1b]" * 200_000 + "text",
        "8-bit OSC x200k": "\x9d" * 200_000 + "text",
        "mojibake 2M chars": ("It\u00e2\u20ac\u2122s caf\u00c3\u00a9 " * 120_000)[:MAX_TEXT_CHARS - 10],
        "share links x50k": "Share | " * 50_000,
    }
    print(f"\n{'hostile or large input':28} {'read s':>8} {'clean s':>8}")
    for name, text in cases.items():
        data = text.encode("utf-8")
        t0 = time.perf_counter()
        result = read_bytes(data, "bench.txt")
        t1 = time.perf_counter()
        for doc in result.documents:
            clean_module._clean.cache_clear()
            clean(doc)
        print(f"{name:28} {t1 - t0:8.2f} {time.perf_counter() - t1:8.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=2000, help="cases in the synthetic corpus (default 2000)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = _corpus(args.cases, Path(tmp))
        t0 = time.perf_counter()
        found = collect([root])
        print(f"collect: {len(found.files):,} files in {time.perf_counter() - t0:.3f}s\n")
        _per_format(found.files)
    _hostile()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
