"""The synthetic corpus generator: deterministic, exact in size, marked as fiction, truthful
about itself, and its fast path writes exactly the rows store.write would."""
from __future__ import annotations

import hashlib
import html
import importlib.util
import json
import os
import re
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from store import db, reference
from store.schema import SCHEMA_VERSION
from store.text import fold
from store.write import write_article

REPO = Path(__file__).resolve().parents[2]
BENCH = REPO / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import gen_corpus  # noqa: E402
from corpus import fastpath, lexicon, names  # noqa: E402
from corpus.files import articles  # noqa: E402
from corpus.render import Sources  # noqa: E402

CLOCK_COLUMNS = {"ingested_at", "extracted_at"}
MARKER_START = "This is a synthetic article"


# ---------------------------------------------------------------------------- helpers

def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def dump(path: Path) -> dict:
    """Every row of every table (clock columns, the build's own meta and SQLite's planner
    statistics aside), the FTS index contents token by token, and the schema."""
    conn = sqlite3.connect(path)
    out: dict = {}
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' AND name NOT LIKE 'sqlite_%'")]
    for t in tables:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({t})") if r[1] not in CLOCK_COLUMNS]
        order = "key" if t == "meta" else "id"
        rows = conn.execute(f"SELECT {', '.join(chr(34) + c + chr(34) for c in cols)} FROM {t} ORDER BY {order}").fetchall()
        if t == "meta":
            rows = [r for r in rows if not r[0].endswith("_at") and r[0] != fastpath.META_KEY]   # clock values
        out[t] = rows
    for fts in ("articles_fts", "cases_fts", "quotes_fts", "notes_fts"):
        conn.execute(f"CREATE VIRTUAL TABLE temp.v_{fts} USING fts5vocab(main, {fts}, instance)")
        out[fts] = conn.execute(f"SELECT * FROM temp.v_{fts} ORDER BY term, doc, col, offset").fetchall()
    out["schema"] = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                        "WHERE name NOT LIKE 'sqlite_stat%'").fetchall(), key=str)
    conn.close()
    return out


def reference_store(n: int, seed: int, path: Path) -> Path:
    """The same corpus written the slow way: one write_article per article, triggers and all."""
    conn = db.connect(path)
    sources = Sources()
    for a in articles(n, seed):
        r = sources.render(a)
        doc = fastpath.Document(text=a.text, source=r.source, hash=r.hash, format=a.fmt, title=a.title,
                                publication=a.publication, byline=a.byline, published=a.published,
                                url=a.url, raw_size=len(r.data))
        with db.transaction(conn):
            write_article(conn, doc, a.extraction)
    fastpath._rebuild_terms(conn, lambda _m: None)
    conn.close()
    return path


@pytest.fixture(scope="module")
def corpus300(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "out"
    gen_corpus.write_corpus(300, 1, out, progress=None)
    return out


@pytest.fixture(scope="module")
def store300(tmp_path_factory) -> Path:
    return gen_corpus.build_store(300, 1, tmp_path_factory.mktemp("s") / "s.db", progress=None)


@pytest.fixture(scope="module")
def store2000(tmp_path_factory) -> Path:
    return gen_corpus.build_store(2000, 5, tmp_path_factory.mktemp("big") / "big.db", progress=None)


def gold(out: Path) -> dict:
    return json.loads((out / "gold.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------- files

def test_files_are_deterministic_and_seed_dependent(corpus300, tmp_path):
    again = tmp_path / "again"
    gen_corpus.write_corpus(300, 1, again, progress=None)
    assert tree(again) == tree(corpus300)
    other = tmp_path / "other"
    gen_corpus.write_corpus(300, 2, other, progress=None)
    a, b = tree(corpus300), tree(other)
    assert a["gold.json"] != b["gold.json"]
    assert set(a) != set(b) or any(a[k] != b[k] for k in a)


def test_files_do_not_depend_on_hash_randomisation(tmp_path):
    digests = []
    for hashseed in ("1", "2"):
        out = tmp_path / f"h{hashseed}"
        env = dict(os.environ, PYTHONHASHSEED=hashseed)
        subprocess.run([sys.executable, str(BENCH / "gen_corpus.py"), "120", str(out), "--seed", "9", "--quiet"],
                       check=True, env=env, capture_output=True, cwd=tmp_path)
        h = hashlib.sha256()
        for name, data in tree(out).items():
            h.update(name.encode() + data)
        digests.append(h.hexdigest())
    assert digests[0] == digests[1]


@pytest.mark.parametrize("n", [1, 2, 37, 300])
def test_files_hold_exactly_n_cases(tmp_path, n):
    gen_corpus.write_corpus(n, 3, tmp_path / "o", progress=None)
    g = gold(tmp_path / "o")
    assert sum(len(a["cases"]) for a in g["articles"].values()) == n
    truth = [json.loads(line) for line in (tmp_path / "o" / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(truth) == len(g["articles"])


def test_zero_cases_writes_an_empty_corpus(tmp_path):
    stats = gen_corpus.write_corpus(0, 1, tmp_path / "o", progress=None)
    assert stats["articles"] == 0 and gold(tmp_path / "o")["articles"] == {}


def test_every_file_and_record_says_it_is_synthetic(corpus300):
    root = corpus300 / "corpus"
    files = [p for p in root.rglob("*") if p.is_file()]
    assert {p.suffix for p in files} == {".txt", ".html", ".jsonl"}
    n = 0
    for p in files:
        if p.suffix == ".jsonl":
            for line in p.read_text(encoding="utf-8").splitlines():
                assert MARKER_START in json.loads(line)["text"]
                n += 1
        else:
            assert MARKER_START in p.read_text(encoding="utf-8")
            n += 1
    assert n == len(gold(corpus300)["articles"])


def test_marker_is_plain_words():
    line = gen_corpus.MARKER.format(n=12)
    assert not set(line) & set("[]<>{}*_`#\\|")
    assert "synthetic" in line and "fiction" in line


def test_rendered_files_carry_their_text(corpus300):
    """What a reader sees in each file contains every paragraph of the stored text."""
    truth = {t["source"]: t for t in map(json.loads, (corpus300 / "truth.jsonl").read_text(encoding="utf-8").splitlines())}
    for source, t in list(truth.items())[:60]:
        path, _, line = source.partition("#")
        raw = (corpus300 / "corpus" / path).read_text(encoding="utf-8")
        if line:
            record = json.loads(raw.splitlines()[int(line) - 1])
            assert record["title"] == t["title"]
            body = record["text"]
        else:
            body = html.unescape(raw).replace("\r\n", "\n")
        for q in t["quotes"]:
            assert q["text"] in body


def test_gold_has_the_eval_shape_and_kinds(corpus300):
    g = gold(corpus300)
    assert g["schema"] == 1
    arts = g["articles"]
    names_ = list(arts)
    assert len(names_) == len(set(names_))
    official = {f["name"] for f in reference.all_forces()}
    outcomes = set(reference.outcome_ids())
    for entry in arts.values():
        assert set(entry) == {"about_misconduct", "cases", "quotes", "optional_quotes"}
        for c in entry["cases"]:
            assert c["outcome"] in outcomes
            assert c["force"] in official or c["force"].endswith(("Department", "Office", "Service"))  # abroad
        for q in entry["quotes"]:
            assert len(re.findall(r"[a-z0-9]+", fold(q["text"]))) >= 6
        if not entry["about_misconduct"]:
            assert entry["cases"] == []
    share = sum(not a["about_misconduct"] for a in arts.values()) / len(arts)
    assert 0.05 <= share <= 0.15


def test_gold_and_truth_agree_under_the_scorer(corpus300):
    candidates = [REPO.parent / "shared" / "eval" / "score.py", Path("/work/shared/eval/score.py")]
    script = next((p for p in candidates if p.exists()), None)
    if script is None:
        pytest.skip("the shared scorer is not on this machine")
    spec = importlib.util.spec_from_file_location("score", script)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    log: list[str] = []
    metrics = score.score(gold(corpus300), score.load_predictions(str(corpus300 / "truth.jsonl")), log)
    assert metrics["overall"] == 1.0, log[:5]


# ---------------------------------------------------------------------------- the store

def test_store_matches_write_article_row_for_row(store300, tmp_path):
    slow = reference_store(300, 1, tmp_path / "slow.db")
    fast, ref = dump(store300), dump(slow)
    assert fast.keys() == ref.keys()
    for key in fast:
        assert fast[key] == ref[key], key
    conn = sqlite3.connect(store300)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for fts in ("articles_fts", "cases_fts", "quotes_fts"):
        conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
    conn.close()


def test_store_is_deterministic_and_seed_dependent(store300, tmp_path):
    again = gen_corpus.build_store(300, 1, tmp_path / "again.db", progress=None)
    assert dump(again) == dump(store300)
    other = gen_corpus.build_store(300, 2, tmp_path / "other.db", progress=None)
    assert dump(other)["cases"] != dump(store300)["cases"]


def test_store_made_by_worker_processes_is_the_same(tmp_path):
    serial = gen_corpus.build_store(1500, 4, tmp_path / "serial.db", progress=None, workers=0)
    parallel = gen_corpus.build_store(1500, 4, tmp_path / "parallel.db", progress=None, workers=2)
    assert dump(serial) == dump(parallel)


@pytest.mark.parametrize("n", [0, 1, 2, 37, 1001])
def test_store_holds_exactly_n_cases(tmp_path, n):
    path = gen_corpus.build_store(n, 6, tmp_path / "n.db", progress=None)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == n
    conn.close()


def test_store_and_files_tell_the_same_corpus(store300, corpus300):
    conn = sqlite3.connect(store300)
    sources = [r[0] for r in conn.execute("SELECT source FROM articles ORDER BY id")]
    conn.close()
    truth = [json.loads(line)["source"] for line in (corpus300 / "truth.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sources == truth


def test_store_opens_with_connect_at_the_current_schema(store300):
    conn = db.connect(store300, readonly=True)
    assert db.schema_version(conn) == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    meta = json.loads(db.get_meta(conn, fastpath.META_KEY))
    assert meta["cases"] == 300 and meta["seed"] == 1 and meta["schema"] == SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM articles WHERE text NOT LIKE '%' || ? || '%'",
                        (MARKER_START,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'synthetic'").fetchone()[0] \
        == conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()


def bounded(text: str, s: int, e: int) -> bool:
    """A span that starts and ends on a word boundary, with nothing blank at either end."""
    inner = text[s:e]
    return bool(inner) and inner == inner.strip() \
        and not (s > 0 and text[s - 1].isalnum() and inner[0].isalnum()) \
        and not (e < len(text) and text[e].isalnum() and inner[-1].isalnum())


def test_every_span_slices_its_evidence(store2000):
    conn = sqlite3.connect(store2000)
    conn.row_factory = sqlite3.Row
    texts = dict(conn.execute("SELECT id, text FROM articles"))
    names_of = {f.id: {fold(n.written) for n in f.names} for f in lexicon.forces()}
    synonyms = {o: {fold(s.phrase) for s in ss} for o, ss in lexicon.synonyms().items()}
    checked = Counter()
    for c in conn.execute("SELECT * FROM cases"):
        text = texts[c["article_id"]]
        ev = json.loads(c["evidence"])
        for field, spans in ev.items():
            assert all(bounded(text, s, e) for s, e in spans), (field, [text[s:e] for s, e in spans])
        if c["officer"]:
            assert [text[s:e] for s, e in ev["officer"]] == [c["officer"]]
            checked["officer"] += 1
        for s, e in ev.get("force", []):
            if c["force_id"]:
                assert fold(text[s:e]) in names_of[c["force_id"]]
            else:
                assert text[s:e] == c["force"]
            checked["force"] += 1
        for s, e in ev["outcome"]:
            assert fold(text[s:e]) in synonyms[c["outcome"]]
            checked["outcome"] += 1
        if c["allegations"]:
            assert [text[s:e] for s, e in ev["allegations"]] == [c["allegations"]]
        if c["chair"]:
            assert [text[s:e] for s, e in ev["chair"]] == [c["chair"]]
        for s, e in ev.get("age", []):
            assert text[s:e] == str(c["age"])
        for s, e in ev.get("hearing_date", []):
            assert text[s:e]  # "on Tuesday", "yesterday (Thursday)", "on 3 May 2019"
            assert c["hearing_date"] and c["date"] == c["hearing_date"]
    for q in conn.execute("SELECT * FROM quotes"):
        text = texts[q["article_id"]]
        assert text[q["start"]:q["end"]] == q["text"] and bounded(text, q["start"], q["end"])
        assert text[q["start"] - 1] in "“\"‘'"
        # the words stop at the closing mark, or at the paragraph's end when a statement goes on
        assert text[q["end"]] in "”\"’'" if q["end"] < len(text) and text[q["end"]] != "\n" \
            else text[q["end"]:q["end"] + 2] == "\n\n"
        if q["speaker_start"] is not None:
            named = text[q["speaker_start"]:q["speaker_end"]]
            assert named == q["speaker"] or q["speaker"].endswith(" " + named)
        checked["quote"] += 1
    for f in conn.execute("SELECT * FROM figures"):
        text = texts[f["article_id"]]
        assert text[f["start"]:f["end"]] == f["raw"] and bounded(text, f["start"], f["end"])
    conn.close()
    assert min(checked.values()) > 100


def test_every_outcome_appears_in_a_small_store(store300):
    conn = sqlite3.connect(store300)
    seen = {r[0] for r in conn.execute("SELECT DISTINCT outcome FROM cases")}
    conn.close()
    assert seen == set(reference.outcome_ids())


def test_every_force_and_alias_appears_in_a_larger_store(store2000):
    conn = sqlite3.connect(store2000)
    seen = {r[0] for r in conn.execute("SELECT DISTINCT force_id FROM cases WHERE force_id IS NOT NULL")}
    texts = dict(conn.execute("SELECT id, text FROM articles"))
    written = set()
    for aid, ev in conn.execute("SELECT article_id, evidence FROM cases"):
        for s, e in json.loads(ev).get("force", []):
            written.add(texts[aid][s:e])
    conn.close()
    assert seen == {f["id"] for f in reference.all_forces()}
    assert {n.written for n in lexicon.all_force_names()} <= written


def test_corpus_is_varied(store2000):
    conn = sqlite3.connect(store2000)
    officers = [r[0] for r in conn.execute("SELECT officer FROM cases WHERE officer IS NOT NULL")]
    marks = Counter(t[s - 1] for t, s in conn.execute(
        "SELECT a.text, q.start FROM quotes q JOIN articles a ON a.id = q.article_id"))
    multi = conn.execute("SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id "
                         "WHERE substr(a.text, q.end + 1, 2) = char(10, 10)").fetchone()[0]
    roles = {r[0] for r in conn.execute("SELECT DISTINCT role FROM cases")}
    formats = {r[0] for r in conn.execute("SELECT DISTINCT format FROM articles")}
    unnamed = conn.execute("SELECT count(*) FROM cases WHERE officer IS NULL").fetchone()[0]
    conn.close()
    assert len(set(officers)) > 0.9 * len(officers) > 500
    assert any(not n.isascii() for n in officers)                  # accents: Siân, Łukasz, Çelik
    assert any("’" in n for n in officers) and any("'" in n for n in officers)   # O’Brien, O'Brien
    assert set(marks) == set("“\"‘'")                                 # every quotation mark style
    assert multi > 50                                                # British multi-paragraph quotes
    assert roles == {"officer", "special_constable", "pcso", "staff", "group"}
    assert formats == {"txt", "html", "jsonl"}
    assert unnamed > 200


def test_thousands_of_names():
    firsts = set(names.MALE) | set(names.FEMALE) | set(names.invented_first_names(True)) \
        | set(names.invented_first_names(False))
    lasts = set(names.PLAIN_SURNAMES) | set(names.built_surnames())
    assert len(firsts) > 1000 and len(lasts) > 2000
    assert any("’" in s for s in lasts) and any(not s.isascii() for s in lasts | firsts)


def test_towns_are_not_real_places():
    gazetteer = {fold(p) for p in reference.places()}
    assert gazetteer, "the place gazetteer is missing"
    assert not [t for t in names.TOWNS + names.OVERSEAS_TOWNS if fold(t) in gazetteer]


# ---------------------------------------------------------------------------- the cache

def test_cache_is_reused_and_never_half_built(tmp_path, monkeypatch):
    monkeypatch.setattr(fastpath, "CACHE_DIR", tmp_path / "cache")
    expected = tmp_path / "cache" / f"cases-50-seed3-schema{SCHEMA_VERSION}.db"
    assert gen_corpus.cache_path(50, 3) == expected
    # A build interrupted half way leaves nothing under the final name.
    boom = RuntimeError("interrupted")

    def fail(*_a, **_k):
        raise boom
    monkeypatch.setattr(fastpath, "_rebuild_terms", fail)
    with pytest.raises(RuntimeError):
        gen_corpus.build_store(50, 3, progress=None)
    assert not expected.exists() and list((tmp_path / "cache").iterdir()) == []
    monkeypatch.undo()
    monkeypatch.setattr(fastpath, "CACHE_DIR", tmp_path / "cache")
    path = gen_corpus.build_store(50, 3, progress=None)
    assert path == expected
    stamp = path.stat().st_mtime_ns
    said: list[str] = []
    assert gen_corpus.build_store(50, 3, progress=said.append) == expected
    assert path.stat().st_mtime_ns == stamp and said and said[0].startswith("reusing")


def test_store_refuses_to_replace_a_file_it_did_not_make(tmp_path):
    precious = tmp_path / "mine.db"
    conn = db.connect(precious)
    conn.close()
    with pytest.raises(FileExistsError):
        gen_corpus.build_store(10, 1, precious, progress=None)
    assert sqlite3.connect(precious).execute("SELECT count(*) FROM meta WHERE key = ?",
                                             (fastpath.META_KEY,)).fetchone()[0] == 0


def test_store_for_other_parameters_is_rebuilt(tmp_path):
    path = tmp_path / "s.db"
    gen_corpus.build_store(10, 1, path, progress=None)
    gen_corpus.build_store(12, 1, path, progress=None)
    assert sqlite3.connect(path).execute("SELECT count(*) FROM cases").fetchone()[0] == 12


def test_cli_store_and_files(tmp_path):
    run = lambda *a: subprocess.run([sys.executable, str(BENCH / "gen_corpus.py"), *a],  # noqa: E731
                                    capture_output=True, text=True, cwd=tmp_path)
    r = run("25", "--store", str(tmp_path / "c.db"), "--seed", "4")
    assert r.returncode == 0 and r.stdout.strip().splitlines()[-1] == str(tmp_path / "c.db")
    r = run("25", str(tmp_path / "out"), "--seed", "4")
    assert r.returncode == 0 and "25 cases" in r.stdout
    r = run("25", str(tmp_path / "out"), "--seed", "4")
    assert r.returncode == 1 and "already holds a corpus" in r.stderr
    assert run("25").returncode == 2
