import json

from store import db
from store.identity import content_hash
from store.model import Case, Document, Evidence, Extraction, Figure, Quote, Span
from store.write import write_article, write_extraction

TEXT = "Kent officer sacked\n\nPC Jo Bloggs of Kent Police was dismissed. “It was wrong,” said Supt Ann Lee."


def _doc():
    return Document(text=TEXT, source="a.txt", hash=content_hash(TEXT.encode()), format="txt",
                    title="Kent officer sacked", published="2021-03-04", publication="Kent Daily")


def _ex(version="1", outcome="dismissed"):
    name = TEXT.index("Jo Bloggs")
    case = Case(officer="Jo Bloggs", rank="PC", force="Kent Police", force_id="kent", outcome=outcome,
                slug="jo-bloggs", evidence=(Evidence("officer", Span(name, name + 9)),))
    q0 = TEXT.index("It was")
    quote = Quote(text="It was wrong,", span=Span(q0, q0 + 13), speaker="Ann Lee", case_slug="jo-bloggs")
    fig = Figure(value=1, raw="one", unit="count", counts="officer", span=Span(0, 4))
    return Extraction(cases=(case,), quotes=(quote,), figures=(fig,), version=version)


def test_write_article_rows_and_spans(db_path):
    conn = db.connect(db_path)
    with db.transaction(conn):
        w = write_article(conn, _doc(), _ex())
    assert (w.cases, w.quotes, w.figures) == (1, 1, 1)
    case = conn.execute("select * from cases").fetchone()
    art = conn.execute("select text from articles").fetchone()[0]
    assert case["key"].endswith(":jo-bloggs")
    assert case["officer_norm"] == "jo bloggs" and case["surname_norm"] == "bloggs"
    assert case["date"] == "2021-03-04" and case["year"] == 2021 and case["publication"] == "Kent Daily"
    s, e = json.loads(case["evidence"])["officer"][0]
    assert art[s:e] == "Jo Bloggs"
    q = conn.execute("select * from quotes").fetchone()
    assert art[q["start"]:q["end"]] == "It was wrong,"
    assert q["case_id"] == case["id"] and q["case_key"] == case["key"]


def test_corrections_survive_reextraction(db_path):
    conn = db.connect(db_path)
    with db.transaction(conn):
        w = write_article(conn, _doc(), _ex())
    key = conn.execute("select key from cases").fetchone()[0]
    conn.execute("insert into corrections(case_key, field, value, original, created_at) "
                 "values (?, 'outcome', 'final_written_warning', 'dismissed', 'now')", (key,))
    conn.execute("insert into notes(case_key, body, created_at) values (?, 'check this', 'now')", (key,))
    with db.transaction(conn):
        write_extraction(conn, w.article_id, _doc(), _ex(version="2", outcome="dismissed"))
    row = conn.execute("select key, outcome, extractor_version from cases").fetchone()
    assert tuple(row) == (key, "final_written_warning", "2")
    assert conn.execute("select count(*) from notes where case_key = ?", (key,)).fetchone()[0] == 1
