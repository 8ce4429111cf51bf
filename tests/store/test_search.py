"""store.search on a fixture store of fictional cases (tests/search_fixture.py)."""
import sqlite3

import pytest
from search_fixture import DONE_WHEN, build_store, case_store, conn  # noqa: F401 (fixtures)

from store import db
from store.browse import case_rows
from store.errors import QueryError
from store.search import SORTS, fts_string, iter_ids, search, term_spans
from store.vocab import index_for, rebuild_terms


def officers(conn, page):
    return [r.officer for r in case_rows(conn, page.ids)]


def rows(conn, page):
    return case_rows(conn, page.ids)


# ------------------------------------------------------------------ what "done" asks for

@pytest.mark.parametrize("query, field, expected", DONE_WHEN + [
    ("West Mids Police", "force", "West Midlands Police"),
])
def test_done_when_queries_rank_the_right_case_first(conn, query, field, expected):
    page = search(conn, query)
    assert page.total >= 1
    assert getattr(rows(conn, page)[0], field) == expected


def test_ugur_finds_the_article_quoting_deniz_ugur(conn):
    page = search(conn, "ugur")
    assert page.total == 1
    assert any("Deniz Uğur" in r for r in page.hits[0].reasons)


# ------------------------------------------------------------------ ranking

def test_exact_name_before_typo_before_full_text(conn):
    page = search(conn, "harrison")
    assert officers(conn, page) == ["Michael Harrison", "Kate Harrisson", "Zoë Clarke"]
    exact, typo, text = (h.score for h in page.hits)
    assert 3.0 <= exact <= 3.5 and 2.0 <= typo < 3.0 and 1.0 <= text < 2.0
    assert page.hits[0].reasons[0] == "officer = Michael Harrison"
    assert page.hits[1].reasons[0] == "officer ≈ Kate Harrisson"
    assert page.hits[2].reasons == ("text: harrison",)   # "Harrison House" in the article


def test_typo_tolerant_name_before_the_same_typo_in_text(conn):
    page = search(conn, "micheal harisson")
    assert officers(conn, page) == ["Michael Harrison", "Jane Doyle"]
    assert page.hits[0].score > 2.0 > page.hits[1].score


def test_exact_alias_is_in_the_exact_tier(conn):
    hit = search(conn, "GMP").hits[0]
    assert hit.score == 3.5
    assert hit.reasons[0] == "force = GMP (Greater Manchester Police)"


def test_full_name_outranks_a_name_sharing_one_word(conn):
    # "Michael" alone covers half of "Michael Harrison"; the full name covers all of it.
    assert search(conn, "michael harrison").hits[0].score == 3.5
    assert search(conn, "michael").hits[0].score == 3.25


def test_every_word_must_match_somehow(conn):
    assert officers(conn, search(conn, "harrison mercia")) == ["Michael Harrison"]
    assert search(conn, "harrison cumbria").total == 0


def test_stop_words_do_not_need_matching_on_their_own(conn):
    assert search(conn, "the met").total == search(conn, "met").total == 1


# ------------------------------------------------------------------ folding

@pytest.mark.parametrize("query, officer", [
    ("o'neill", "Aidan O’Neill"), ("o’neill", "Aidan O’Neill"), ("O'NEILL", "Aidan O’Neill"),
    ("oneill", "Aidan O’Neill"), ("zoe", "Zoë Clarke"), ("ZOË", "Zoë Clarke"),
    ("zoe clarke", "Zoë Clarke"), ('"zoe clarke"', "Zoë Clarke"),
])
def test_case_accents_and_apostrophes_do_not_matter(conn, query, officer):
    page = search(conn, query)
    assert officers(conn, page)[0] == officer


def test_phrase_ignores_accent_and_quote_style(conn):
    assert search(conn, '"deniz ugur"').total == 1
    assert search(conn, '"we looked at every piece"').total == 1


# ------------------------------------------------------------------ paging, totals, sorting

def test_empty_query_is_newest_first_with_undated_last(conn):
    page = search(conn, "", limit=100)
    assert page.total == 11 and len(page.hits) == 11
    dates = [r.date for r in rows(conn, page)]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert dates[-2:] == [None, None]          # the undated article's two cases
    assert all(h.score == 0.0 for h in page.hits)


def test_pages_partition_the_results(conn):
    whole = search(conn, "", limit=None).ids
    pages = [search(conn, "", offset=o, limit=4) for o in range(0, 12, 4)]
    assert [p.total for p in pages] == [11, 11, 11]
    assert sum((p.ids for p in pages), []) == whole
    beyond = search(conn, "", offset=50, limit=4)
    assert beyond.hits == [] and beyond.total == 11


def test_text_query_pages_and_total(conn):
    first = search(conn, "police", limit=3)
    rest = search(conn, "police", offset=3, limit=50)
    assert first.total == rest.total == len(first.hits) + len(rest.hits)
    assert not set(first.ids) & set(rest.ids)
    assert search(conn, "police", offset=100).total == first.total


def _key(value):
    return value.lower() if isinstance(value, str) else value


COLUMN = {"officer": "officer", "rank": "rank", "force": "force_id", "outcome": "outcome",
          "finding": "finding", "date": "date", "publication": "publication"}


@pytest.mark.parametrize("sort", [s for s in SORTS if s != "relevance"])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("query", ["", "police", "force:kent,essex,metropolitan"])
def test_sort_by_each_column_with_empty_values_last(conn, sort, descending, query):
    page = search(conn, query, sort=sort, descending=descending, limit=None)
    values = [getattr(r, COLUMN[sort]) for r in rows(conn, page)]
    present = [_key(v) for v in values if v is not None]
    assert present == sorted(present, reverse=descending)
    assert all(v is None for v in values[len(present):])
    assert page.sort == sort and page.descending == descending
    # paging in a sorted order gives the same sequence
    paged = sum((search(conn, query, sort=sort, descending=descending, offset=o, limit=3).ids
                 for o in range(0, page.total, 3)), [])
    assert paged == page.ids


def test_default_directions(conn):
    assert search(conn, "").sort == "date" and search(conn, "").descending
    assert search(conn, "kent").sort == "relevance"
    assert search(conn, "", sort="officer").descending is False


def test_unknown_sort_is_a_query_error(conn):
    with pytest.raises(QueryError, match="cannot sort by 'colour'"):
        search(conn, "", sort="colour")


def test_iter_ids_streams_the_same_order(conn):
    for q, sort in [("", None), ("police", None), ("police", "officer"), ("force:kent", "date")]:
        assert list(iter_ids(conn, q, sort=sort)) == search(conn, q, sort=sort, limit=None).ids


# ------------------------------------------------------------------ filters

@pytest.mark.parametrize("query, expected", [
    ("force:kent", {None, "Zoë Clarke"}),
    ('force:"the met"', {"Aidan O’Neill"}),
    ("-force:kent,west-midlands", {"Michael Harrison", "Laura Pike", "Peter Quill", "Aidan O’Neill",
                                   "Kate Harrisson", "Jane Doyle", "Tom Reyes"}),
    ("outcome:sacked", {"Michael Harrison", "Aidan O’Neill"}),
    ("outcome:warning", {"Peter Quill", "Kate Harrisson", "Jane Doyle"}),   # "verbal warning"
    ('finding:"gross misconduct"', {"Michael Harrison", "Laura Pike", "Aidan O’Neill", "Zoë Clarke"}),
    ("year:2021", {"Michael Harrison", "Tom Reyes"}),
    ("year:2022..", {"Peter Quill", "Zoë Clarke", None}),
    ("year:..2019", {"Laura Pike", "Kate Harrisson"}),
    ("year:2018 year:2023", {"Kate Harrisson", None}),
    ("-year:2018..2022", {None, "Ravi Patel"}),  # the 2023 Kent case; undated cases pass too
    ("date:2021-03", {"Michael Harrison"}),
    ("date:2021-03-02..2021-09-09", {"Michael Harrison", "Tom Reyes"}),
    ("speaker:lockwood", {"Michael Harrison"}),
    ("speaker:lockwod", {"Michael Harrison"}),   # typo in a name filter
    ('speaker:"deniz ugur"', {None}),
    ("-speaker:lockwood force:west-mercia", set()),
    ("publication:telegraph", {"Aidan O’Neill"}),
    ('publication:"kent daily"', {None, "Zoë Clarke"}),
    ("officer:harrison", {"Michael Harrison"}),
    ("officer:harisson", {"Kate Harrisson", "Michael Harrison"}),
    # a rank means its level: PC includes detective constables; DC only detectives
    ("rank:pc", {"Michael Harrison", "Aidan O’Neill", "Kate Harrisson", "Jane Doyle", "Laura Pike"}),
    ("rank:sergeant", {"Peter Quill", "Zoë Clarke"}),
    ("rank:dc", {"Laura Pike"}),
    ("rank:constable", {"Michael Harrison", "Aidan O’Neill", "Kate Harrisson", "Jane Doyle", "Laura Pike"}),
    ("role:group", {None}),
    ("standard:honesty", {"Michael Harrison"}),
    ("category:dishonest", {"Michael Harrison"}),
    ("is:barred", {"Michael Harrison"}),
    ("is:resigned is:left", {"Laura Pike"}),
    ("is:unnamed", {None}),
    ("review:unreviewed force:essex", {"Kate Harrisson"}),
    ("review:verified", set()),
    ("harrison force:essex", {"Kate Harrisson"}),
    ("police -kent -met -midlands", {"Michael Harrison", "Peter Quill", "Kate Harrisson",
                                     "Jane Doyle", "Tom Reyes"}),
    ('sacked -"group chat"', {"Laura Pike"}),
])
def test_filters(conn, query, expected):
    page = search(conn, query, limit=None)
    assert set(officers(conn, page)) == expected
    assert page.total == len(page.hits)


def test_unnamed_counts_both_unnamed_cases(conn):
    assert search(conn, "is:unnamed").total == 2


def test_a_name_filter_matching_nobody_says_so(conn):
    page = search(conn, "speaker:zzyzx")
    assert page.total == 0
    assert page.notes == ("speaker:zzyzx matched no speaker in this store",)


def test_tags_and_notes(case_store, tmp_path):
    import shutil
    path = tmp_path / "tagged.db"
    shutil.copy(case_store, path)
    w = db.connect(path)
    key = w.execute("SELECT key FROM cases WHERE officer = 'Laura Pike'").fetchone()[0]
    w.execute("INSERT INTO tags(case_key, tag, created_at) VALUES (?, 'Follow-up', 'now')", (key,))
    w.execute("INSERT INTO notes(case_key, body, created_at) VALUES (?, 'ask the Penrith clerk', 'now')", (key,))
    r = db.connect(path, readonly=True)
    assert officers(r, search(r, "tag:follow-up")) == ["Laura Pike"]
    assert officers(r, search(r, "is:tagged")) == ["Laura Pike"]
    assert officers(r, search(r, "is:noted")) == ["Laura Pike"]
    assert officers(r, search(r, "clerk")) == ["Laura Pike"]      # notes are searched as text
    assert search(r, "-tag:follow-up").total == 10


# ------------------------------------------------------------------ hostile input

@pytest.mark.parametrize("text", ['"', "*", "NEAR(", "NEAR(a b)", "AND", "OR x", "NOT", "-", ":", "a:",
                                  'a"b', "x*", "(", ")", "'", "\\", "^kent", "kent:", "title:x",
                                  "col : x", '"""', "a AND b OR c", '"a" "b', "{x}", "x -", "-:",
                                  "--kent", "\x00", "police\"s", "''''"])
def test_hostile_input_never_reaches_sqlite_as_syntax(conn, text):
    try:
        page = search(conn, text)
    except QueryError as exc:
        assert str(exc)
    except sqlite3.Error as exc:   # pragma: no cover - the failure this test exists for
        pytest.fail(f"{text!r} reached SQLite as syntax: {exc}")
    else:
        assert page.total >= 0


def test_fts_string_quotes_everything():
    assert fts_string('say "NEAR(x) AND y"') == '"say ""near(x) and y"""'
    assert fts_string("kent", prefix=True) == '"kent"*'


# ------------------------------------------------------------------ spans

def test_field_spans_mark_what_matched(conn):
    page = search(conn, "harr")
    row = rows(conn, page)[0]
    (s, e), = page.hits[0].field_spans["officer"]
    assert row.officer[s:e] == "Harr"                 # a prefix marks what was typed
    page = search(conn, "micheal harisson")
    row = rows(conn, page)[0]
    assert [row.officer[s:e] for s, e in page.hits[0].field_spans["officer"]] == ["Michael", "Harrison"]
    page = search(conn, "GMP")
    row = rows(conn, page)[0]
    assert page.hits[0].field_spans["force"] == ((0, len(row.force)),)   # matched by alias: whole
    assert [row.title[s:e] for s, e in page.hits[0].field_spans["title"]] == ["GMP"]
    page = search(conn, "o'neill")
    row = rows(conn, page)[0]
    assert [row.officer[s:e] for s, e in page.hits[0].field_spans["officer"]] == ["O’Neill"]


def test_term_spans_point_into_the_original_text():
    text = "PC Aidan O’Neill met Zoë Clarke and DENIZ UĞUR at Harrison House; harrowing."
    spans = term_spans(text, "o'neill zoe ugur")
    assert [text[s:e] for s, e in spans] == ["O’Neill", "Zoë", "UĞUR"]
    spans = term_spans(text, '"zoe clarke" harr')
    assert [text[s:e] for s, e in spans] == ["Zoë Clarke", "Harr", "harr"]
    spans = term_spans(text, "harr ")                  # finished word: whole words only
    assert spans == []


def test_term_spans_with_page_words_mark_what_typos_resolved_to(conn):
    page = search(conn, "micheal harisson")
    text = "PC Michael Harrison of West Mercia Police"
    assert [text[s:e] for s, e in term_spans(text, page.query, page.words)] == ["Michael", "Harrison"]


# ------------------------------------------------------------------ vocabulary

def test_search_works_before_terms_are_built(tmp_path):
    path = build_store(tmp_path / "raw.db", terms=False)
    conn = db.connect(path, readonly=True)
    assert conn.execute("SELECT count(*) FROM terms").fetchone()[0] == 0
    assert officers(conn, search(conn, "micheal harisson"))[0] == "Michael Harrison"
    assert rows(conn, search(conn, "west mercai"))[0].force == "West Mercia Police"


def test_rebuild_terms_fills_the_vocabulary(tmp_path):
    path = build_store(tmp_path / "t.db", terms=False)
    conn = db.connect(path)
    n = rebuild_terms(conn)
    assert n == rebuild_terms(conn)                   # idempotent
    assert conn.execute("SELECT value FROM meta WHERE key = 'terms_version'").fetchone()[0] == "2"
    terms = {(k, norm): (term, ref, cnt) for k, term, norm, ref, cnt in
             conn.execute("SELECT kind, term, norm, ref, n FROM terms")}
    assert terms[("officer", "michael harrison")] == ("Michael Harrison", "michael harrison", 1)
    assert terms[("surname", "harrison")][2] == 1
    assert terms[("speaker", "deniz ugur")][0] == "Deniz Uğur"
    assert terms[("force", "kent police")] == ("Kent Police", "kent", 2)
    assert terms[("alias", "gmp")][1] == "greater-manchester"
    assert terms[("force", "dyfed powys police")][2] == 0     # in the reference, no cases yet
    assert terms[("force", "phoenix police department")][1] is None
    assert terms[("publication", "the weekly telegraph")][1] == "The Weekly Telegraph"


def test_the_index_is_built_once_per_vocabulary_version(case_store, tmp_path):
    import shutil
    path = tmp_path / "copy.db"
    shutil.copy(case_store, path)
    a, b = db.connect(path, readonly=True), db.connect(path, readonly=True)
    first = index_for(a)
    assert index_for(b) is first
    rebuild_terms(db.connect(path))
    assert index_for(a) is not first
