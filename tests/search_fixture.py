"""A small store of fictional articles for the search, browse, export, stats and CLI tests.

Every person, publication and event here is invented. The articles are written through
`store.write.write_article` from hand-made extractions, so these tests do not depend on how
well the extractor reads; spans are found by searching the text for the words they cover.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from store import db
from store.identity import case_key, content_hash
from store.model import Case, Document, Evidence, Extraction, Quote, Span
from store.text import slug
from store.vocab import rebuild_terms
from store.write import write_article


def _span(text: str, needle: str, after: int = 0) -> Span:
    at = text.index(needle, after)
    return Span(at, at + len(needle))


def _case(text: str, officer: str | None, *, ordinal: int = 0, **fields) -> Case:
    evidence = []
    if officer:
        evidence.append(Evidence("officer", _span(text, officer)))
    if fields.get("force") and fields["force"] in text:
        evidence.append(Evidence("force", _span(text, fields["force"])))
    case_slug = slug(officer) if officer else f"unnamed-{fields.get('role', 'officer')}-{ordinal}"
    return Case(officer=officer, slug=case_slug, evidence=tuple(evidence),
                confidence=(("officer", 0.9),) if officer else (), **fields)


def _quote(text: str, said: str, speaker: str, role: str, case_slug: str | None = None) -> Quote:
    return Quote(text=said, span=_span(text, said), speaker=speaker,
                 speaker_span=_span(text, speaker), speaker_role=role, case_slug=case_slug)


ARTICLES: list[tuple[dict, callable]] = []


def article(**doc):
    def register(build):
        ARTICLES.append((doc, build))
        return build
    return register


@article(title="West Mercia officer dismissed for gross misconduct", publication="Midland Courier",
         published="2021-03-04", url="https://courier.example/harrison")
def _harrison(t):
    return [_case(t, "Michael Harrison", rank="Police Constable", force="West Mercia Police",
                  force_id="west-mercia", finding="gross_misconduct", outcome="dismissed",
                  barred=True, hearing_date="2021-03-02", date="2021-03-02",
                  allegations="falsified duty records", standards=("honesty_and_integrity",),
                  categories=("dishonesty",))], \
        [_quote(t, "He let down the public he served", "Simon Lockwood", "chair", "michael-harrison")]


_harrison.text = ("West Mercia officer dismissed for gross misconduct\n\n"
                  "PC Michael Harrison of West Mercia Police was dismissed after a panel found he had "
                  "falsified duty records. \u201cHe let down the public he served,\u201d said panel chair "
                  "Simon Lockwood. Harrison will be placed on the barred list.")


@article(title="Cumbria detective would have been sacked", publication="Lakeland Gazette",
         published="2019-06-12")
def _pike(t):
    return [_case(t, "Laura Pike", rank="Detective Constable", force="Cumbria Constabulary",
                  force_id="cumbria", finding="gross_misconduct", outcome="would_have_been_dismissed",
                  resigned=True, left_force=True)], []


_pike.text = ("Cumbria detective would have been sacked\n\n"
              "DC Laura Pike, who served with Cumbria Constabulary, would have been dismissed had she "
              "not resigned, a hearing in Penrith decided.")


@article(title="GMP sergeant given final written warning", publication="Manchester Evening Post",
         published="2022-01-20")
def _quill(t):
    return [_case(t, "Peter Quill", rank="Sergeant", force="Greater Manchester Police",
                  force_id="greater-manchester", finding="misconduct", outcome="final_written_warning")], []


_quill.text = ("GMP sergeant given final written warning\n\n"
               "Sergeant Peter Quill of Greater Manchester Police was given a final written warning "
               "for rudeness to a colleague at a station in Bolton.")


@article(title="Met officer sacked over offensive messages", publication="The Weekly Telegraph",
         published="2020-11-02")
def _oneill(t):
    return [_case(t, "Aidan O\u2019Neill", rank="PC", force="Metropolitan Police Service",
                  force_id="metropolitan", finding="gross_misconduct", outcome="dismissed",
                  categories=("discriminatory_behaviour",))], []


_oneill.text = ("Met officer sacked over offensive messages\n\n"
                "PC Aidan O\u2019Neill of the Metropolitan Police Service was sacked after sending "
                "offensive messages in a group chat.")


@article(title="Watchdog finds no case to answer in Kent", publication="Kent Daily",
         published="2023-05-05")
def _ugur(t):
    return [_case(t, None, rank=None, force="Kent Police", force_id="kent", outcome="no_case_to_answer",
                  finding="no_case_to_answer")], \
        [_quote(t, "We looked at every piece of footage", "Deniz U\u011fur", "spokesperson")]


_ugur.text = ("Watchdog finds no case to answer in Kent\n\n"
              "A Kent Police officer who restrained a man in Maidstone has no case to answer, the "
              "watchdog said. \u201cWe looked at every piece of footage,\u201d said Deniz U\u011fur, "
              "who speaks for the watchdog.")


@article(title="Essex constable warned over late reports", publication="Estuary Echo",
         published="2018-02-14")
def _harrisson(t):
    return [_case(t, "Kate Harrisson", rank="PC", force="Essex Police", force_id="essex",
                  finding="misconduct", outcome="written_warning")], []


_harrisson.text = ("Essex constable warned over late reports\n\n"
                   "PC Kate Harrisson of Essex Police received a written warning for filing reports late.")


@article(title="Kent sergeant demoted after hearing", publication="Kent Daily", published="2022-07-01")
def _clarke(t):
    return [_case(t, "Zo\u00eb Clarke", rank="Police Sergeant", force="Kent Police", force_id="kent",
                  finding="gross_misconduct", outcome="reduction_in_rank")], []


_clarke.text = ("Kent sergeant demoted after hearing\n\n"
                "PS Zo\u00eb Clarke of Kent Police was reduced in rank after a hearing at Harrison House "
                "in Maidstone heard she had misused a police computer.")


@article(title="Letters: a reader on police standards", publication="Thames Valley Voice",
         published="2020-05-05")
def _letters(t):
    return [_case(t, "Jane Doyle", rank="PC", force="Thames Valley Police", force_id="thames-valley",
                  outcome="management_advice")], []


_letters.text = ("Letters: a reader on police standards\n\n"
                 "Reader Micheal Harisson writes that PC Jane Doyle of Thames Valley Police received "
                 "only management advice for a bribery allegation.")


@article(title="Phoenix officer suspended", publication="Desert Herald", published="2021-09-09")
def _reyes(t):
    return [_case(t, "Tom Reyes", rank="Officer", force="Phoenix Police Department", force_id=None,
                  outcome="suspended")], []


_reyes.text = ("Phoenix officer suspended\n\n"
               "Officer Tom Reyes of the Phoenix Police Department was suspended for ten days.")


@article(title="Officers face hearing", publication=None, published=None)
def _group(t):
    return [_case(t, None, rank=None, role="group", force="West Midlands Police",
                  force_id="west-midlands", outcome="pending", allegations="=cmd|' /C calc'!A0"),
            _case(t, "Ravi Patel", ordinal=1, rank="Inspector", force="West Midlands Police",
                  force_id="west-midlands", outcome="pending", allegations="@SUM(1+1)")], []


_group.text = ("Officers face hearing\n\n"
               "Several West Midlands Police officers, including Inspector Ravi Patel, will face a "
               "misconduct hearing. =cmd|' /C calc'!A0 was written on a wall.")


def documents() -> list[tuple[Document, Extraction]]:
    out = []
    for i, (meta, build) in enumerate(ARTICLES):
        text = build.text
        cases, quotes = build(text)
        doc = Document(text=text, source=f"fixture/{i:02d}.txt", hash=content_hash(text.encode()),
                       format="txt", **meta)
        out.append((doc, Extraction(cases=tuple(cases), quotes=tuple(quotes), version="test")))
    return out


def build_store(path: Path, *, is_sample: bool = False, terms: bool = True) -> Path:
    conn = db.connect(path)
    with db.transaction(conn):
        for doc, extraction in documents():
            write_article(conn, doc, extraction, is_sample=is_sample)
    if terms:
        rebuild_terms(conn)
    conn.close()
    return path


def key_of(officer_slug: str, title: str) -> str:
    for doc, _ in documents():
        if doc.title == title:
            return case_key(doc.hash, officer_slug)
    raise KeyError(title)


# The queries issue 3's "done when" names, with what the first hit must show.
DONE_WHEN = [
    ("micheal harisson", "officer", "Michael Harrison"),
    ("west mercai", "force", "West Mercia Police"),
    ("cumbira", "force", "Cumbria Constabulary"),
    ("GMP", "force", "Greater Manchester Police"),
    ("the Met", "force", "Metropolitan Police Service"),
    ("ugur", "title", "Watchdog finds no case to answer in Kent"),
]


# Fixtures for test modules that import them: one store per test session, never written to
# (a test that writes copies it first), and a read-only connection to it per test.
@pytest.fixture(scope="session")
def case_store(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("cases") / "store.db")


@pytest.fixture
def conn(case_store):
    c = db.connect(case_store, readonly=True)
    yield c
    c.close()
