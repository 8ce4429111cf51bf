"""A small store of fictional articles for the app's tests and snapshots.

Every person, publication and event here is invented for these tests. Articles are written
through `store.write.write_article` from hand-made extractions, so the tests do not depend on
how well the extractor reads; spans are found by searching the text for what they cover.
One article carries Rich/Textual markup in its text, title and publication, to prove the app
shows it literally.
"""
from __future__ import annotations

from pathlib import Path

from store import db
from store.identity import content_hash
from store.model import Case, Document, Evidence, Extraction, Quote, Span
from store.text import slug
from store.vocab import rebuild_terms
from store.write import write_article

MARKUP_TITLE = "[bold]Loud[/] headline about [link=https://example.org]a link[/link]"
MARKUP_PUBLICATION = "[b]Bracket Times[/b]"
MARKUP_OFFICER = "Quentin [i]Brackett[/i]"
MARKUP_SNIPPETS = ("[bold]not bold[/]", "[link=https://example.org/x]not a link[/link]",
                   "[@click=app.quit]not a button[/]")


def _span(text: str, needle: str, after: int = 0) -> Span:
    at = text.index(needle, after)
    return Span(at, at + len(needle))


def _case(text: str, officer: str | None, *, ordinal: int = 0, outcome_phrase: str | None = None,
          **fields) -> Case:
    evidence = []
    if officer:
        evidence.append(Evidence("officer", _span(text, officer)))
    if fields.get("force") and fields["force"] in text:
        evidence.append(Evidence("force", _span(text, fields["force"])))
    if outcome_phrase:
        evidence.append(Evidence("outcome", _span(text, outcome_phrase)))
    case_slug = slug(officer) if officer else f"unnamed-{fields.get('role', 'officer')}-{ordinal}"
    return Case(officer=officer, slug=case_slug, evidence=tuple(evidence),
                confidence=(("officer", 0.9),) if officer else (), **fields)


def _quote(text: str, said: str, speaker: str | None, role: str | None = None,
           case_slug: str | None = None, after: int = 0) -> Quote:
    return Quote(text=said, span=_span(text, said, after), speaker=speaker,
                 speaker_span=_span(text, speaker) if speaker else None, speaker_role=role,
                 case_slug=case_slug)


ASHWORTH = (
    "Two officers disciplined after hearing at Hindlip\n\n"
    "PC Daniel Ashworth of West Mercia Police was dismissed without notice on Tuesday after a "
    "panel found he had falsified his duty records over six months.\n\n"
    "\u201cThe public must be able to trust every word an officer writes down,\u201d said the panel "
    "chair, Helen Marsh. \u201cPC Ashworth fell far below that standard.\u201d\n\n"
    "Sergeant Laura Fenwick, who supervised him, was given a final written warning for failing "
    "to check his returns.\n\n"
    "Deputy Chief Constable Rhys Coleman said: \u201cWe expect supervisors to supervise. Both "
    "outcomes are proportionate.\u201d\n\n"
    "Mr Ashworth may appeal to a police appeals tribunal.")

PIKE = (
    "Essex constable warned over late crime reports\n\n"
    "PC Priya Nandakumar of Essex Police received a written warning at a misconduct meeting "
    "after filing eleven crime reports late.\n\n"
    "The meeting heard she had been working a double caseload at the time.")

TREMLETT = (
    "Kent sergeant demoted after misusing police computer\n\n"
    "PS Owen Tremlett of Kent Police was reduced in rank after a hearing in Maidstone found he "
    "had looked up a neighbour on a police database.\n\n"
    "\u201cThis was a deliberate breach of trust,\u201d said Superintendent Amara Okafor.")

UGUR = (
    "Watchdog finds no case to answer over Gloucester arrest\n\n"
    "A Gloucestershire Constabulary officer who restrained a man in Gloucester has no case to "
    "answer, the watchdog said.\n\n"
    "\u201cWe looked at every second of the footage,\u201d said Deniz U\u011fur, who speaks for the "
    "watchdog.")

MARKUP = (
    "Officer cleared in case with odd brackets\n\n"
    f"PC {MARKUP_OFFICER} of Cumbria Constabulary was cleared. Messages read {MARKUP_SNIPPETS[0]}, "
    f"{MARKUP_SNIPPETS[1]} and {MARKUP_SNIPPETS[2]} in the bundle.\n\n"
    "\u201cSome [red]text[/red] in square brackets is just text,\u201d said Ola [dim]Nowak[/dim].")


def articles() -> list[tuple[Document, Extraction]]:
    out = []

    def add(text, meta, cases, quotes):
        doc = Document(text=text, source=f"fixture/{len(out):02d}.txt", hash=content_hash(text.encode()),
                       format="txt", **meta)
        out.append((doc, Extraction(cases=tuple(cases), quotes=tuple(quotes), version="test")))

    t = ASHWORTH
    add(t, dict(title="Two officers disciplined after hearing at Hindlip", publication="Severn Valley Courier",
                published="2021-03-04", url="https://courier.example/ashworth"),
        [_case(t, "Daniel Ashworth", rank="Police Constable", force="West Mercia Police",
               force_id="west-mercia", finding="gross_misconduct", outcome="dismissed",
               outcome_phrase="dismissed without notice", barred=True, hearing_date="2021-03-02",
               date="2021-03-02", allegations="falsified his duty records over six months",
               standards=("honesty_and_integrity",), chair="Helen Marsh"),
         _case(t, "Laura Fenwick", ordinal=1, rank="Sergeant", force="West Mercia Police",
               force_id="west-mercia", finding="misconduct", outcome="final_written_warning",
               outcome_phrase="final written warning", date="2021-03-02",
               allegations="failing to check his returns")],
        [_quote(t, "The public must be able to trust every word an officer writes down,", "Helen Marsh",
                "chair", "daniel-ashworth"),
         _quote(t, "PC Ashworth fell far below that standard.", "Helen Marsh", "chair", "daniel-ashworth"),
         _quote(t, "We expect supervisors to supervise. Both outcomes are proportionate.", "Rhys Coleman",
                "deputy chief constable")])
    t = PIKE
    add(t, dict(title="Essex constable warned over late crime reports", publication="Estuary Echo",
                published="2018-02-14"),
        [_case(t, "Priya Nandakumar", rank="PC", force="Essex Police", force_id="essex",
               finding="misconduct", outcome="written_warning", outcome_phrase="written warning",
               date="2018-02-14")], [])
    t = TREMLETT
    add(t, dict(title="Kent sergeant demoted after misusing police computer", publication="Kent Daily",
                published="2022-07-01"),
        [_case(t, "Owen Tremlett", rank="Police Sergeant", force="Kent Police", force_id="kent",
               finding="gross_misconduct", outcome="reduction_in_rank", outcome_phrase="reduced in rank",
               date="2022-06-28", hearing_date="2022-06-28")],
        [_quote(t, "This was a deliberate breach of trust,", "Amara Okafor", "superintendent",
                "owen-tremlett")])
    t = UGUR
    add(t, dict(title="Watchdog finds no case to answer over Gloucester arrest",
                publication="Cotswold Standard", published="2023-05-05"),
        [_case(t, None, role="officer", force="Gloucestershire Constabulary", force_id="gloucestershire",
               finding="no_case_to_answer", outcome="no_case_to_answer", date="2023-05-05")],
        [_quote(t, "We looked at every second of the footage,", "Deniz U\u011fur", "spokesperson")])
    t = MARKUP
    add(t, dict(title=MARKUP_TITLE, publication=MARKUP_PUBLICATION, published="2020-01-10"),
        [_case(t, MARKUP_OFFICER, rank="PC", force="Cumbria Constabulary", force_id="cumbria",
               finding="not_proven", outcome="no_action", date="2020-01-10")],
        [_quote(t, "Some [red]text[/red] in square brackets is just text,", "Ola [dim]Nowak[/dim]",
                "spokesperson")])
    return out


CASES = 6           # cases in the store build() writes
OFFICERS = ["Daniel Ashworth", "Laura Fenwick", "Priya Nandakumar", "Owen Tremlett", MARKUP_OFFICER]


def build(path: Path, *, is_sample: bool = False) -> Path:
    conn = db.connect(path)
    with db.transaction(conn):
        for doc, extraction in articles():
            write_article(conn, doc, extraction, is_sample=is_sample)
    rebuild_terms(conn)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return path


def build_empty(path: Path) -> Path:
    """A store with the schema and no articles (what `ingest` leaves before any file lands)."""
    conn = db.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return path


def build_many(path: Path, count: int) -> Path:
    """`count` one-case articles with distinct dates, for paging through a result bigger than
    the table holds."""
    conn = db.connect(path)
    with db.transaction(conn):
        for i in range(count):
            name = f"Officer Number{i:04d}"
            text = f"Report {i}\n\nPC {name} of Kent Police was given a written warning."
            doc = Document(text=text, source=f"many/{i}.txt", hash=content_hash(text.encode()),
                           format="txt", title=f"Report {i}", publication="Many Times",
                           published=f"{2000 + i // 365:04d}-{(i // 28) % 12 + 1:02d}-{i % 28 + 1:02d}")
            case = _case(text, name, rank="PC", force="Kent Police", force_id="kent",
                         outcome="written_warning", date=doc.published)
            write_article(conn, doc, Extraction(cases=(case,), quotes=(), version="test"))
    rebuild_terms(conn)
    conn.close()
    return path
