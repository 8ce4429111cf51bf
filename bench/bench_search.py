"""Search latency on a synthetic store: prints figures, asserts nothing.

    PYTHONPATH=. python bench/bench_search.py            # N=100000 cases, store cached
    PYTHONPATH=. python bench/bench_search.py --cases 20000 --rebuild

The store is built once through `store.write` (the one writer) from generated, fictional
articles — invented names, made-up publications, filler prose — and cached under
bench/.cache/. A fuller corpus generator lives elsewhere; this one is only as rich as the
queries below need: many distinct officer names, every force, outcomes, years, speakers.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from store import db, reference  # noqa: E402
from store.identity import content_hash  # noqa: E402
from store.model import Case, Document, Evidence, Extraction, Quote, Span  # noqa: E402
from store.search import SORTS, search  # noqa: E402
from store.text import slug  # noqa: E402
from store.vocab import index_for, rebuild_terms  # noqa: E402
from store.write import write_article  # noqa: E402

_ON = "b c d f g h j k l m n p r s t v w z br ch cl dr gr kr pl sh st th tr".split()
_NU = "a e i o u ai ea ie oo ou".split()
_CO = "n l r s t nd rd ck ll rn st th x m ng ff".split()
FILLER = ("the officer hearing panel misconduct force said found conduct standards public "
          "complaint investigation watchdog evidence colleague duty report station custody "
          "message social media vehicle arrest member shift training review decision allegation "
          "professional behaviour honesty integrity respect courtesy equality diversity use of "
          "force orders instructions confidentiality fitness for duty discreditable challenging "
          "reporting improper conduct bribery theft assault harassment dishonesty vetting").split()


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_ON) + rng.choice(_NU) for _ in range(syllables)) + rng.choice(_CO)


def _names(rng: random.Random, count: int) -> list[str]:
    firsts = sorted({_word(rng, rng.choice((1, 2))).capitalize() for _ in range(900)})
    surnames = sorted({_word(rng, rng.choice((1, 2, 2, 3))).capitalize() for _ in range(count // 2)})
    names: set[str] = set()
    while len(names) < count:
        names.add(f"{rng.choice(firsts)} {rng.choice(surnames)}")
    return sorted(names)


def build(path: Path, cases: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    forces = [f for f in reference.data()["forces"]]
    outcomes = [o["id"] for o in reference.outcomes()]
    findings = [f["id"] for f in reference.data()["findings"]]
    towns = [_word(rng, 2).capitalize() for _ in range(60)]
    publications = [f"The {t} {rng.choice(['Lantern', 'Courier', 'Gazette', 'Post', 'Echo'])}" for t in towns]
    names = _names(rng, max(10, int(cases * 0.9)))
    speakers = _names(random.Random(seed + 1), 3000)
    conn = db.connect(path)
    started = time.perf_counter()
    written = 0
    article_no = 0
    while written < cases:
        with db.transaction(conn):
            for _ in range(1000):
                if written >= cases:
                    break
                n = min(rng.choice((1, 1, 1, 2, 3)), cases - written)
                year = rng.randint(2008, 2024)
                published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                parts, case_list = [], []
                text = f"Report {article_no}\n\n"
                for i in range(n):
                    name = rng.choice(names)
                    force = rng.choice(forces)
                    sentence = (f"PC {name} of {force['name']} faced a hearing. "
                                + " ".join(rng.choice(FILLER) for _ in range(rng.randint(20, 60))) + ". ")
                    at = len(text) + 3
                    text += sentence
                    case_list.append(Case(
                        officer=name, rank=rng.choice(["PC", "Sergeant", "DC", "Inspector", None]),
                        force=force["name"], force_id=force["id"], outcome=rng.choice(outcomes),
                        finding=rng.choice(findings + [None]), slug=slug(name) + f"-{i}",
                        evidence=(Evidence("officer", Span(at, at + len(name))),)))
                speaker = rng.choice(speakers)
                said = " ".join(rng.choice(FILLER) for _ in range(8))
                q_at = len(text) + 1
                text += f"\u201c{said},\u201d said {speaker}."
                quote = Quote(text=said, span=Span(q_at, q_at + len(said)), speaker=speaker,
                              speaker_role="spokesperson")
                doc = Document(text=text, source=f"bench/{article_no}.txt",
                               hash=content_hash(text.encode()), format="txt",
                               title=f"Officer hearing report {article_no}",
                               publication=rng.choice(publications), published=published)
                write_article(conn, doc, Extraction(cases=tuple(case_list), quotes=(quote,), version="bench"))
                written += len(case_list)
                article_no += 1
    wrote = time.perf_counter() - started
    t0 = time.perf_counter()
    terms = rebuild_terms(conn)
    print(f"built {cases} cases in {article_no} articles in {wrote:.1f}s; "
          f"rebuild_terms: {terms} terms in {time.perf_counter() - t0:.2f}s")
    conn.close()


def _typo(name: str) -> str:
    """Swap two letters in the middle of each word: the commonest typing slip."""
    out = []
    for w in name.lower().split():
        i = max(1, len(w) // 2 - 1)
        out.append(w[:i] + w[i + 1] + w[i] + w[i + 2:] if len(w) > 3 else w)
    return " ".join(out)


def timed(conn, query: str, repeat: int, **kw) -> tuple[float, float, int]:
    times = []
    total = 0
    for _ in range(repeat):
        t = time.perf_counter()
        page = search(conn, query, **kw)
        times.append(time.perf_counter() - t)
        total = page.total
    return statistics.median(times) * 1000, max(times) * 1000, total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--rebuild", action="store_true", help="build the store again")
    args = ap.parse_args()
    cache = HERE / ".cache"
    cache.mkdir(exist_ok=True)
    path = cache / f"search-{args.cases}.db"
    if args.rebuild and path.exists():
        path.unlink()
    if not path.exists():
        build(path, args.cases)
    conn = db.connect(path, readonly=True)
    t = time.perf_counter()
    index = index_for(conn)
    print(f"store: {path} — word index: {len(index)} terms, {index.words} words, "
          f"loaded in {(time.perf_counter() - t) * 1000:.0f} ms (once per store)")
    sample = conn.execute("SELECT officer FROM cases WHERE id % 997 = 5 LIMIT 3").fetchall()
    name = sample[0][0]
    queries = [
        ("typo'd name", _typo(name)),
        ("exact name", name),
        ("surname", name.split()[-1]),
        ("force alias", "GMP"),
        ("force alias", "the met"),
        ("typo'd force", "west mercai"),
        ("filter only", "force:kent outcome:dismissed"),
        ("filter only", "year:2019..2021 finding:\"gross misconduct\""),
        ("filter + name", f"{name.split()[-1]} force:kent"),
        ("free text, rare", "bribery vetting"),
        ("free text, common", "hearing"),
        ("phrase", '"use of force"'),
        ("speaker filter", f"speaker:{conn.execute('SELECT speaker FROM quotes LIMIT 1').fetchone()[0].split()[-1]}"),
    ]
    print(f"\n{'what':<20} {'query':<44} {'median':>9} {'max':>9} {'total':>8}")
    for what, q in queries:
        med, mx, total = timed(conn, q, args.repeat)
        print(f"{what:<20} {q[:44]:<44} {med:8.1f}ms {mx:8.1f}ms {total:>8}")
    print("\nkeystrokes (each prefix of a typo'd name, as typed):")
    typed = _typo(name)
    for i in range(1, len(typed) + 1):
        med, mx, total = timed(conn, typed[:i], args.repeat)
        print(f"  {typed[:i]!r:<30} {med:8.1f}ms {mx:8.1f}ms {total:>8}")
    print("\nempty query, each sort (first page; then page at offset 50000):")
    for sort in SORTS:
        for desc in (False, True):
            med, mx, total = timed(conn, "", args.repeat, sort=sort, descending=desc)
            med2, mx2, _ = timed(conn, "", args.repeat, sort=sort, descending=desc, offset=min(50_000, total // 2))
            print(f"  {sort:<12} {'desc' if desc else 'asc ':<5} {med:8.1f}ms {mx:8.1f}ms   "
                  f"deep: {med2:8.1f}ms {mx2:8.1f}ms")


if __name__ == "__main__":
    main()
