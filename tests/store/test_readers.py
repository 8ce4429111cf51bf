"""Readers: every format, every encoding, every error, the directory walk. All text is fiction."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import readers
from store.errors import (BadRecord, BinaryFile, EmptyFile, NoTextLayer, ReadError, TooLarge,
                          Undecodable, UnsupportedFormat)
from store.clean import clean
from store.extract import extract
from store.identity import content_hash
from store.readers import SUPPORTED_SUFFIXES, collect, read_bytes, read_file

from pdfmaker import make_pdf  # tests/store/pdfmaker.py (pytest puts this folder on sys.path)

ARTICLE = (
    "Constable dismissed after lying to a misconduct panel\n\n"
    "A Northvale Police constable who lied about a missing witness statement has been dismissed.\n\n"
    "PC Tomasz Ellery-Vane, 29, was found to have committed gross misconduct at a hearing on Friday.\n\n"
    "“There is no place in policing for dishonesty,” said the panel chair, Rosalind Okafor.\n"
)
# C0/C1 controls other than \n and \t must never reach a Document.
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def only(result):
    assert result.errors == [], result.errors
    assert len(result.documents) == 1
    return result.documents[0]


def error(result, kind=ReadError):
    assert result.documents == []
    assert len(result.errors) == 1, result.errors
    err = result.errors[0]
    assert isinstance(err, kind), err
    return err


# ------------------------------------------------------------------ plain text and identity

def test_txt_reads_text_source_hash_size(tmp_path):
    path = tmp_path / "story.txt"
    raw = ARTICLE.replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(raw)
    doc = only(read_file(path))
    assert doc.text == ARTICLE
    assert doc.source == str(path)
    assert doc.hash == content_hash(raw)
    assert doc.format == "txt"
    assert doc.raw_size == len(raw)


def test_read_file_accepts_str_paths_and_keeps_them_as_given(tmp_path, monkeypatch):
    (tmp_path / "a.TXT").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    doc = only(read_file("a.TXT"))
    assert doc.source == "a.TXT"


def test_old_mac_line_ends_become_newlines():
    doc = only(read_bytes(b"First line of the story.\rSecond line of the story.\r", "mac.txt"))
    assert doc.text == "First line of the story.\nSecond line of the story.\n"


# ------------------------------------------------------------------ encodings

SAMPLE = "The chair’s “final” warning cost £1,200 — café owners said naïvely.\n"


@pytest.mark.parametrize("raw", [
    pytest.param(SAMPLE.encode("utf-8"), id="utf-8"),
    pytest.param(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), id="utf-8-bom"),
    pytest.param(SAMPLE.encode("utf-16"), id="utf-16-bom"),
    pytest.param(b"\xfe\xff" + SAMPLE.encode("utf-16-be"), id="utf-16-be-bom"),
    pytest.param(SAMPLE.encode("utf-16-le"), id="utf-16-le-no-bom"),
    pytest.param(SAMPLE.encode("utf-16-be"), id="utf-16-be-no-bom"),
    pytest.param(SAMPLE.encode("utf-32"), id="utf-32-bom"),
    pytest.param(SAMPLE.encode("cp1252"), id="cp1252"),
    pytest.param(SAMPLE.encode("utf-8").decode("cp1252", "replace").encode("utf-8"), id="mojibake-python-cp1252"),
    pytest.param("".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in SAMPLE.encode("utf-8"))
                 .encode("utf-8"), id="mojibake-browser-windows-1252"),
])
def test_encodings_decode_to_the_same_text(raw):
    doc = only(read_bytes(raw, "enc.txt"))
    assert doc.text == SAMPLE
    assert doc.hash == content_hash(raw)


def test_mojibake_repair_of_latin1_misreading_including_undefined_cp1252_bytes():
    # "”" is E2 80 9D; 9D is undefined in cp1252, so a latin-1 misreading leaves U+009D.
    mangled = "“Enough,” he said.".encode("utf-8").decode("latin-1")
    doc = only(read_bytes(mangled.encode("utf-8"), "latin.txt"))
    assert doc.text == "“Enough,” he said."


def test_mojibake_repair_leaves_real_accents_alone():
    text = "Señora Ñúñez from São Tomé met Zoë at the Ölmez café."
    assert only(read_bytes(text.encode("utf-8"), "ok.txt")).text == text


def test_twice_mangled_text_is_repaired():
    once = "officer’s".encode("utf-8").decode("cp1252")
    twice = once.encode("utf-8").decode("cp1252")
    assert only(read_bytes(twice.encode("utf-8"), "twice.txt")).text == "officer’s"


def test_mostly_utf8_file_with_a_stray_cp1252_byte_keeps_both():
    raw = "Zoë said ".encode("utf-8") + b"\x93no\x94 twice."
    assert only(read_bytes(raw, "mixed.txt")).text == "Zoë said “no” twice."


def test_html_meta_charset_is_used_when_bytes_are_not_utf8():
    page = '<html><head><meta charset="koi8-r"><title>Заголовок статьи</title></head><body><p>Привет, мир. Это тест.</p></body></html>'
    doc = only(read_bytes(page.encode("koi8-r"), "ru.html"))
    assert "Привет, мир. Это тест." in doc.text
    assert doc.title == "Заголовок статьи"


# ------------------------------------------------------------------ controls and escapes

OSC8 = "\x1b]8;;https://evil.example/\x1b\\click here\x1b]8;;\x1b\\"
CSI = "\x1b[31;1m"


def test_escape_sequences_and_controls_removed_from_txt():
    raw = f"Officer {CSI}named{CSI[:2]}0m in report.\x07\n{OSC8} now\u202e reversed\x1b]0;title\x07.\n"
    doc = only(read_bytes(raw.encode("utf-8"), "esc.txt"))
    assert doc.text == "Officer named in report.\nclick here now reversed.\n"
    assert not CONTROLS.search(doc.text)


def test_unterminated_escape_strings_do_not_swallow_the_text_after_them():
    raw = "Start \x1b]0;no terminator here. The officer was dismissed.\x1b[0m \x9d8;;still here\x9c end."
    doc = only(read_bytes(raw.encode("utf-8"), "unterminated.txt"))
    assert "The officer was dismissed." in doc.text and "end." in doc.text
    assert not CONTROLS.search(doc.text)


def test_escape_sequences_removed_from_html_text_and_title():
    page = (f"<html><head><title>Evil{CSI} title</title></head><body><article>"
            f"<p>The constable {CSI}resigned{CSI[:2]}0m before the hearing.</p>"
            f"<p>{OSC8} was the link.</p><p>Entity escape &#x1b;[32mgreen&#27;[0m text.</p></article></body></html>")
    doc = only(read_bytes(page.encode("utf-8"), "esc.html"))
    assert "The constable resigned before the hearing." in doc.text
    assert "click here was the link." in doc.text
    assert "Entity escape green text." in doc.text
    assert doc.title == "Evil title"
    assert not CONTROLS.search(doc.text + doc.title)


def test_escape_sequences_removed_from_json_text_and_metadata():
    record = {"title": f"Title{CSI} here", "byline": f"Ann\x1b[0m Lee",
              "text": f"The sergeant {CSI}was{CSI[:2]}0m cleared.\n\n{OSC8} for details.\u202e"}
    doc = only(read_bytes(json.dumps(record).encode(), "esc.json"))
    assert doc.text == "Title here\n\nThe sergeant was cleared.\n\nclick here for details."
    assert (doc.title, doc.byline) == ("Title here", "Ann Lee")


# ------------------------------------------------------------------ markdown

def test_markdown_keeps_words_drops_syntax_and_keeps_quotes():
    md = (
        "---\ntitle: \"Inspector’s appeal rejected\"\ndate: 2022-03-09\nauthor: Mira Castell\n---\n"
        "# Inspector’s appeal rejected\n\n"
        "An **inspector** at _Eastmoor Constabulary_ lost his appeal, the [tribunal](https://example.org/t \"T\") said.\n"
        "![photo of the building](img/court.jpg)\n"
        "He said: “It wasn’t fair,” and called it a '*stitch-up*'.\n\n"
        "## What happens next\n\n"
        "- He can apply for a review\n- He has `28 days`\n\n"
        "> The decision is final, the chair\\'s note said. Use snake_case_names and 2 * 3 * 4.\n"
    )
    doc = only(read_bytes(md.encode(), "appeal.md"))
    assert doc.format == "md"
    assert doc.title == "Inspector’s appeal rejected"
    assert doc.published == "2022-03-09"
    assert doc.byline == "Mira Castell"
    text = doc.text
    assert text.startswith("Inspector’s appeal rejected")
    assert text.count("Inspector’s appeal rejected") == 1
    assert "An inspector at Eastmoor Constabulary lost his appeal, the tribunal said." in text
    assert "He said: “It wasn’t fair,” and called it a 'stitch-up'." in text
    assert "What happens next" in text and "##" not in text
    assert "He can apply for a review" in text and "He has 28 days" in text
    assert "The decision is final, the chair's note said. Use snake_case_names and 2 * 3 * 4." in text
    for gone in ("https://", "img/court.jpg", "photo of the building", "**", "---", "`"):
        assert gone not in text


def test_markdown_list_items_stay_separate_paragraphs():
    md = "Findings\n\n- The officer failed to record the stop and search properly\n- The officer was rude\n"
    text = only(read_bytes(md.encode(), "l.md")).text
    assert "\n\nThe officer failed to record the stop and search properly\n\nThe officer was rude" in text


# ------------------------------------------------------------------ HTML

PAGE = """<!doctype html>
<html><head>
<title>Sergeant barred after gross misconduct hearing | The Harbourside Echo</title>
<meta property="og:title" content="Sergeant barred after gross misconduct hearing">
<meta property="og:site_name" content="The Harbourside Echo">
<meta name="author" content="Priya Landor">
<meta property="article:published_time" content="2023-06-02T08:15:00+01:00">
<link rel="canonical" href="https://echo.example/news/sergeant-barred">
<style>p { color: red }</style>
<script>var tracking = "We use cookies to track you";</script>
</head><body>
<a href="#main">Skip to main content</a>
<nav><ul><li>Home</li><li>News</li></ul></nav>
<div id="cookie-consent">We use cookies. <button>Accept all</button></div>
<header><div class="masthead">The Harbourside Echo</div></header>
<main><article>
<h1>Sergeant barred after gross misconduct hearing</h1>
<div class="shareButtons"><a>Facebook</a><a>Twitter</a></div>
<p>A <strong>sergeant</strong> from Westbridge Police has been barred from policing &amp; dismissed.</p>
<p>The panel heard she had accessed records&nbsp;without a policing purpose<br>on eleven occasions.</p>
<div>The hearing lasted three days.<p>Her representative said she was under stress.</p></div>
<blockquote>“Trust is everything,” the chair said.</blockquote>
<ul><li>Finding: gross misconduct</li><li>Outcome: dismissal</li></ul>
<aside class="related-articles"><h3>Related</h3><a>Another story</a></aside>
<figure><img src="x.jpg" alt="A police car"><figcaption>The force headquarters</figcaption></figure>
<div class="advert">Advertisement</div>
<div hidden>Secret hidden text</div>
<table><tr><td>Day one</td><td>Evidence heard</td></tr></table>
<template><p>Template text</p></template><noscript>Enable JavaScript</noscript>
<svg><text>SVG text</text></svg><form><label>Email</label><input></form>
<div class="comments-section">Comment: terrible!</div>
</article></main>
<footer>© The Harbourside Echo</footer>
</body></html>"""


def test_html_main_content_paragraphs_and_metadata():
    doc = only(read_bytes(PAGE.encode(), "page.html"))
    assert doc.format == "html"
    assert doc.title == "Sergeant barred after gross misconduct hearing"
    assert doc.publication == "The Harbourside Echo"
    assert doc.byline == "Priya Landor"
    assert doc.published == "2023-06-02"
    assert doc.url == "https://echo.example/news/sergeant-barred"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Sergeant barred after gross misconduct hearing"
    assert paragraphs[1:] == [
        "A sergeant from Westbridge Police has been barred from policing & dismissed.",
        "The panel heard she had accessed records\u00a0without a policing purpose\non eleven occasions.",
        "The hearing lasted three days.",
        "Her representative said she was under stress.",
        "“Trust is everything,” the chair said.",
        "Finding: gross misconduct",
        "Outcome: dismissal",
        "The force headquarters",
        "Day one",
        "Evidence heard",
    ]
    for gone in ("cookies", "Skip to main", "Home", "Facebook", "Related", "Another story", "Advertisement",
                 "Secret", "Template", "JavaScript", "SVG", "Email", "Comment", "color", "tracking", "©"):
        assert gone not in doc.text


def test_html_json_ld_and_time_and_title_suffix():
    page = """<html><head><title>Chief inspector cleared of bullying | Valley Courier</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"ignored"},
      {"@type":"NewsArticle","headline":"Chief inspector cleared of bullying claims",
       "datePublished":"2021-11-30","author":[{"@type":"Person","name":"Ola Brandt"},{"name":"Ivo Sand"}],
       "publisher":{"@type":"Organization","name":"Valley Courier Ltd"}}]}</script>
    </head><body><p>The chief inspector was cleared by a panel on Monday.</p>
    <p>She had denied all the allegations.</p></body></html>"""
    doc = only(read_bytes(page.encode(), "ld.html"))
    assert doc.title == "Chief inspector cleared of bullying claims"
    assert doc.byline == "Ola Brandt, Ivo Sand"
    assert doc.publication == "Valley Courier Ltd"
    assert doc.published == "2021-11-30"
    assert doc.text.startswith("Chief inspector cleared of bullying claims\n\nThe chief inspector was cleared")


def test_html_title_tag_suffix_is_publication_when_nothing_better():
    page = """<html><head><title>Detective reinstated after appeal | Northern Ledger</title></head>
    <body><p>A detective has been reinstated.</p><time datetime="2020-01-15T10:00">15 January</time>
    <a rel="author" href="/a">Kit Morrow</a><meta name="date" content="2019-01-01"></body></html>"""
    doc = only(read_bytes(page.encode(), "t.html"))
    assert doc.title == "Detective reinstated after appeal"
    assert doc.publication == "Northern Ledger"
    assert doc.published == "2020-01-15"
    assert doc.byline == "Kit Morrow"
    assert doc.text.split("\n\n")[0] == "Detective reinstated after appeal"


def test_html_h1_moves_first_when_a_kicker_precedes_it():
    page = "<html><body><article><p>Exclusive</p><h1>Force pays damages to protester</h1><p>The force agreed to pay.</p></article></body></html>"
    doc = only(read_bytes(page.encode(), "k.html"))
    assert doc.text.split("\n\n") == ["Force pays damages to protester", "Exclusive", "The force agreed to pay."]
    assert doc.title == "Force pays damages to protester"


def test_html_table_rows_are_one_paragraph_of_tab_separated_cells():
    # a row of three or more cells is a record (as a table pasted as text keeps it); a row of a
    # label and its value is read as text
    page = ("<html><body><article><h1>Hearing outcomes</h1><table>"
            "<thead><tr><th>Officer / staff member</th><th>Date</th><th>Outcome</th></tr></thead>"
            "<tr><td>PC Jo <b>Bloggs</b></td><td>3 May 2024</td><td>Dismissed</td></tr>"
            "<tr><td></td><td>Venue</td><td>Force HQ</td></tr>"
            "<tr><td>Chair:</td><td>Ann Lee</td></tr></table></article></body></html>")
    doc = only(read_bytes(page.encode(), "t.html"))
    assert doc.text.split("\n\n") == ["Hearing outcomes", "Officer / staff member\tDate\tOutcome",
                                       "PC Jo Bloggs\t3 May 2024\tDismissed", "Venue", "Force HQ", "Chair:", "Ann Lee"]
    cleaned = clean(doc)
    assert "Officer / staff member\tDate\tOutcome" in cleaned.text  # a header row is neither a path nor a byline
    assert [(c.officer, c.outcome) for c in extract(cleaned).cases] == [("Jo Bloggs", "dismissed")]


def test_html_picks_the_longest_article_and_ignores_a_teaser():
    body = "<p>" + "The misconduct hearing continued for a second day. " * 20 + "</p>"
    page = f"<html><body><article><p>Teaser one.</p></article><article>{body}</article></body></html>"
    doc = only(read_bytes(page.encode(), "two.html"))
    assert "Teaser one" not in doc.text and "second day" in doc.text


def test_deeply_nested_html_does_not_overflow_the_stack():
    page = "<div>" * 5000 + "<p>Deep text survives.</p>" + "</div>" * 5000
    doc = only(read_bytes(page.encode(), "deep.html"))
    assert "Deep text survives." in doc.text


# ------------------------------------------------------------------ JSON and JSONL

def test_json_object_with_metadata_and_title_first():
    record = {"title": "PCSO given final written warning", "body": "A PCSO was given a final written warning.",
              "url": "https://ex.example/pcso", "published": "3 March 2022", "publication": "Fenland Herald",
              "byline": ["Ana Ruiz", "Tom Vell"]}
    raw = json.dumps(record).encode()
    doc = only(read_bytes(raw, "one.json"))
    assert doc.text == "PCSO given final written warning\n\nA PCSO was given a final written warning."
    assert (doc.title, doc.url, doc.published, doc.publication, doc.byline) == (
        "PCSO given final written warning", "https://ex.example/pcso", "2022-03-03", "Fenland Herald", "Ana Ruiz, Tom Vell")
    assert doc.source == "one.json" and doc.hash == content_hash(raw) and doc.format == "json"


def test_json_body_that_already_starts_with_the_title_is_not_doubled():
    record = {"title": "Officer cleared", "text": "Officer cleared\n\nThe officer was cleared on appeal."}
    assert only(read_bytes(json.dumps(record).encode(), "t.json")).text == record["text"]


def test_json_html_body_goes_through_the_html_path():
    record = {"title": "Constable resigns", "text": "<p>The constable <em>resigned</em>.</p><script>x()</script><p>Second&nbsp;para.</p>"}
    doc = only(read_bytes(json.dumps(record).encode(), "h.json"))
    assert doc.text == "Constable resigns\n\nThe constable resigned.\n\nSecond\u00a0para."


def test_json_list_gives_one_document_per_item_with_index_sources():
    items = [{"text": "First article text here."}, {"text": "Second article text here.", "title": "Second"},
             "not an object", {"title": "no body"}]
    result = read_bytes(json.dumps(items).encode(), "many.json")
    assert [d.source for d in result.documents] == ["many.json#1", "many.json#2"]
    canonical = json.dumps(items[1], sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    assert result.documents[1].hash == content_hash(canonical)
    assert [type(e) for e in result.errors] == [BadRecord, BadRecord]
    assert str(result.errors[0]) == "many.json: item 3 is not a JSON object (it is a string)."
    assert str(result.errors[1]) == 'many.json: item 4 has no "text" or "body" string.'


def test_jsonl_one_bad_line_among_good_ones(tmp_path):
    lines = [
        json.dumps({"title": "First", "text": "The first record text."}),
        "",
        '{"title": "Broken", "text": "missing brace"',
        json.dumps({"text": "The fourth line record.", "published": "2020-02-29T12:00:00Z"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": 42}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode())
    result = read_file(path)
    assert [d.source for d in result.documents] == [f"{path}#1", f"{path}#4"]
    assert result.documents[0].hash == content_hash(lines[0].encode())
    assert result.documents[0].text == "First\n\nThe first record text."
    assert result.documents[1].published == "2020-02-29"
    assert all(d.format == "jsonl" for d in result.documents)
    messages = [str(e) for e in result.errors]
    assert all(isinstance(e, BadRecord) for e in result.errors)
    assert messages[0].startswith(f"{path}: line 3 is not valid JSON (")
    assert "column" in messages[0]
    assert messages[1] == f"{path}: line 5 is not a JSON object (it is a list)."
    assert messages[2] == f'{path}: line 6 has no "text" or "body" string.'


def test_jsonl_crlf_and_bom_do_not_change_record_hashes():
    line = json.dumps({"text": "Same record text."}).encode()
    a = only(read_bytes(line + b"\n", "a.jsonl"))
    b = only(read_bytes(b"\xef\xbb\xbf" + line + b"\r\n", "b.ndjson"))
    assert a.hash == b.hash == content_hash(line)


def test_jsonl_in_utf16_is_read():
    text = json.dumps({"text": "Wide “record” text."}, ensure_ascii=False) + "\n"
    doc = only(read_bytes(text.encode("utf-16"), "w.jsonl"))
    assert doc.text == "Wide “record” text."


def test_json_file_holding_json_lines_is_read_as_lines():
    raw = b'{"text": "One record."}\n{"text": "Two record."}\n'
    result = read_bytes(raw, "lines.json")
    assert [d.source for d in result.documents] == ["lines.json#1", "lines.json#2"]


def test_invalid_json_reports_line_and_column():
    err = error(read_bytes(b'{\n  "text": "x",\n  oops\n}', "bad.json"), BadRecord)
    assert str(err) == "bad.json: it is not valid JSON (expecting property name enclosed in double quotes at line 3, column 3)."


# ------------------------------------------------------------------ PDF

def test_pdf_text_layer_becomes_paragraphs(tmp_path):
    pdf = make_pdf([
        ["Constable dismissed over false statement",
         "A constable who wrote a false statement about an arrest has been",
         "dismissed without notice after a three-day hearing in which the panel",
         "heard evidence from two colleagues and the well-",
         "known local solicitor who represented the man arrested.",
         "3"],
        ["The chair said the offi-",
         "cer’s account had been “implausible from start to finish”."],
    ])
    path = tmp_path / "story.pdf"
    path.write_bytes(pdf)
    doc = only(read_file(path))
    assert doc.format == "pdf" and doc.hash == content_hash(pdf)
    assert doc.text.split("\n\n") == [
        "Constable dismissed over false statement",
        "A constable who wrote a false statement about an arrest has been dismissed without notice after "
        "a three-day hearing in which the panel heard evidence from two colleagues and the well-known "
        "local solicitor who represented the man arrested.",
        "The chair said the officer’s account had been “implausible from start to finish”.",
    ]


SAMPLE_PDF = Path(__file__).resolve().parents[2] / "sample_data/articles/28-dyfed-powys-police-misconduct-outcome-notice.pdf"
SAMPLE_PDF_SOURCE = SAMPLE_PDF.parents[1] / "tools/sources" / (SAMPLE_PDF.stem + ".txt")


@pytest.mark.skipif(not SAMPLE_PDF_SOURCE.is_file(), reason="sample PDF not in this checkout")
def test_sample_pdf_gives_back_the_paragraphs_it_was_made_from():
    # The source holds one paragraph per line (the PDF wraps them); the header is a list of lines.
    source = SAMPLE_PDF_SOURCE.read_text(encoding="utf-8")
    expected = [" ".join(line.split()) for line in source.splitlines() if line.strip()]
    doc = only(read_file(SAMPLE_PDF))
    assert doc.format == "pdf"
    assert doc.text.split("\n\n") == expected


def test_pdf_title_metadata_kept_only_when_the_page_shows_it():
    shown = make_pdf([["Sergeant cleared", "The sergeant was cleared of all charges by the panel."]], title="Sergeant cleared")
    junk = make_pdf([["Sergeant cleared", "The sergeant was cleared of all charges by the panel."]], title="Microsoft Word - draft3.docx")
    assert only(read_bytes(shown, "a.pdf")).title == "Sergeant cleared"
    assert only(read_bytes(junk, "b.pdf")).title is None


def test_image_only_pdf_has_no_text_layer():
    err = error(read_bytes(make_pdf([[], []]), "scan.pdf"), NoTextLayer)
    assert str(err).startswith("scan.pdf: ")
    assert "OCR" in err.reason and "scanned image?" in err.reason


def test_encrypted_pdf_is_reported():
    from io import BytesIO
    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter()
    for page in PdfReader(BytesIO(make_pdf([["Secret text of the article."]]))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="hunter2", owner_password="owner", algorithm="RC4-128")
    out = BytesIO()
    writer.write(out)
    err = error(read_bytes(out.getvalue(), "locked.pdf"))
    assert "encrypted" in err.reason and str(err).startswith("locked.pdf: ")


@pytest.mark.parametrize("raw", [b"%PDF-1.4\n1 0 obj garbage\n%%EOF", make_pdf([["Some text."]])[:200]])
def test_damaged_pdf_is_reported(raw):
    err = error(read_bytes(raw, "broken.pdf"))
    assert type(err) is ReadError and "damaged" in err.reason


def test_an_article_mentioning_the_pdf_header_is_not_a_pdf():
    doc = only(read_bytes(b"Files begin with %PDF-1.7, the inquiry heard, and the officer knew it.", "note.txt"))
    assert doc.format == "txt"


def test_html_markup_does_not_count_against_the_text_limit(monkeypatch):
    monkeypatch.setattr(readers, "MAX_TEXT_CHARS", 1000)
    page = "<html><head><style>" + "x{}" * 2000 + "</style></head><body><p>The short article text.</p></body></html>"
    assert only(read_bytes(page.encode(), "heavy.html")).text == "The short article text."
    err = error(read_bytes(("<p>" + "Long text. " * 200 + "</p>").encode(), "long.html"), TooLarge)
    assert "characters long" in err.reason


def test_lone_surrogates_from_json_escapes_become_replacement_characters():
    raw = b'{"title": "Bad \\ud800 title", "text": "Broken \\udc00 emoji and a real one \\ud83d\\ude00."}'
    doc = only(read_bytes(raw, "s.json"))
    assert doc.text == "Bad \ufffd title\n\nBroken \ufffd emoji and a real one \U0001F600."
    assert doc.title == "Bad \ufffd title"


def test_pdf_named_txt_is_read_as_pdf_and_txt_named_pdf_is_refused():
    assert only(read_bytes(make_pdf([["A short article text."]]), "odd.txt")).format == "pdf"
    err = error(read_bytes(b"just some words", "fake.pdf"))
    assert "not a PDF" in err.reason


# ------------------------------------------------------------------ errors

@pytest.mark.parametrize("raw, name, kind, words", [
    (b"", "zero.txt", EmptyFile, "empty"),
    (b"  \n\t\r\n \xc2\xa0 \n", "blank.txt", EmptyFile, "whitespace"),
    (b"Skip to main content\n\nShare this article\n\nAdvertisement\n", "furniture.txt", EmptyFile, "furniture"),
    (b"<html><body><nav>Menu</nav><footer>About us</footer></body></html>", "empty.html", EmptyFile, "whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.txt", BinaryFile, "PNG image"),
    (b"PK\x03\x04\x14\x00\x06\x00", "doc.txt", BinaryFile, "zip archive"),
    (b"MZ\x90\x00\x03\x00\x00\x00", "prog.txt", BinaryFile, "program"),
    (b"Some text\x00\x00\x00\x01\x02more", "nul.txt", BinaryFile, "NUL"),
    (bytes(range(1, 9)) * 20, "ctl.txt", BinaryFile, "control bytes"),
    (b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8A\x00", "bad16.txt", Undecodable, "UTF-16"),
    (b"[1, 2, 3]", "nums.json", BadRecord, "item 1 is not a JSON object"),
    (b'"just a string"', "str.json", BadRecord, "a string, not an article"),
    (b"[]", "none.json", EmptyFile, "empty JSON list"),
])
def test_error_types_and_messages_name_the_file(raw, name, kind, words):
    result = read_bytes(raw, name)
    assert result.documents == []
    err = result.errors[0]
    assert isinstance(err, kind), err
    assert str(err).startswith(f"{name}: ")
    assert words in err.reason
    assert err.reason.endswith(".")


def test_read_file_errors_for_missing_unsupported_and_directories(tmp_path):
    assert str(error(read_file(tmp_path / "nope.txt"))) == f"{tmp_path / 'nope.txt'}: no such file or directory."
    (tmp_path / "report.docx").write_bytes(b"PK\x03\x04")
    err = error(read_file(tmp_path / "report.docx"), UnsupportedFormat)
    assert ".docx" in err.reason and ".txt" in err.reason
    assert "directory" in error(read_file(tmp_path)).reason


def test_too_large_file_and_too_long_text(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Words of the article. " * 100)
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1000)
    err = error(read_file(path), TooLarge)
    assert str(err).startswith(f"{path}: it is ") and "limit" in err.reason
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 10_000)
    monkeypatch.setattr(readers, "MAX_TEXT_CHARS", 500)
    err = error(read_file(path), TooLarge)
    assert "2,200 characters" in err.reason and "500-character limit" in err.reason
    lines = b'{"text": "short one"}\n' + json.dumps({"text": "x" * 600}).encode() + b"\n"
    result = read_bytes(lines, "r.jsonl")
    assert len(result.documents) == 1
    assert isinstance(result.errors[0], TooLarge) and "line 2 is 600 characters long" in result.errors[0].reason


def test_unsupported_format_argument_and_unknown_suffix():
    assert isinstance(error(read_bytes(b"x", "a.txt", fmt="docx")), UnsupportedFormat)
    assert isinstance(error(read_bytes(b"x", "a.rtf")), UnsupportedFormat)


def test_stdin_without_suffix_is_sniffed():
    assert only(read_bytes(b"<html><body><p>Sniffed page text.</p></body></html>", "-")).format == "html"
    assert only(read_bytes(b'{"text": "Sniffed record."}', "-")).format == "json"
    assert only(read_bytes(b"Plain words of an article.", "-")).format == "txt"


def test_dotted_names_without_a_real_suffix_are_sniffed(tmp_path):
    (tmp_path / "hearing.2021").write_text("<html><body><p>Dotted page text.</p></body></html>")
    (tmp_path / "README").write_text("Plain words of an article.")
    assert only(read_file(tmp_path / "hearing.2021")).format == "html"
    assert only(read_file(tmp_path / "README")).format == "txt"


# ------------------------------------------------------------------ collect

def test_collect_walks_sorted_skips_hidden_and_unsupported(tmp_path):
    for rel in ("b.txt", "a.md", "sub/c.html", "sub/deeper/d.jsonl", "sub/e.PDF", "notes.docx",
                ".hidden.txt", ".git/config.txt", "sub/image.png"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    found = collect([tmp_path])
    assert found.files == [tmp_path / "a.md", tmp_path / "b.txt", tmp_path / "sub/c.html",
                           tmp_path / "sub/deeper/d.jsonl", tmp_path / "sub/e.PDF"]
    assert set(found.skipped) == {tmp_path / "notes.docx", tmp_path / ".hidden.txt", tmp_path / ".git",
                                  tmp_path / "sub/image.png"}
    assert found.errors == []


def test_collect_follows_symlinks_without_looping_and_lists_each_file_once(tmp_path):
    (tmp_path / "dir/inner").mkdir(parents=True)
    (tmp_path / "dir/inner/story.txt").write_text("x")
    os.symlink(tmp_path / "dir", tmp_path / "dir/inner/loop")          # a cycle
    os.symlink(tmp_path / "dir/inner/story.txt", tmp_path / "dir/alias.txt")
    os.symlink(tmp_path / "dir/missing.txt", tmp_path / "dir/broken.txt")
    os.symlink(tmp_path / "dir/self1", tmp_path / "dir/self2")
    os.symlink(tmp_path / "dir/self2", tmp_path / "dir/self1")
    found = collect([tmp_path / "dir", tmp_path / "dir/inner/story.txt"])
    assert len(found.files) == 1
    assert found.files[0].name in ("alias.txt", "story.txt")
    assert tmp_path / "dir/broken.txt" in found.skipped


def test_collect_reports_missing_and_explicit_unsupported_paths(tmp_path):
    (tmp_path / "keep.txt").write_text("x")
    (tmp_path / "slides.pptx").write_text("x")
    (tmp_path / ".explicit.txt").write_text("x")
    os.symlink(tmp_path / "gone", tmp_path / "dangling.txt")
    found = collect([tmp_path / "keep.txt", tmp_path / "absent", tmp_path / "slides.pptx",
                     tmp_path / ".explicit.txt", str(tmp_path / "dangling.txt")])
    assert found.files == [tmp_path / "keep.txt", tmp_path / ".explicit.txt"]
    reasons = {Path(e.path).name: (type(e), e.reason) for e in found.errors}
    assert reasons["absent"] == (ReadError, "no such file or directory.")
    assert reasons["slides.pptx"][0] is UnsupportedFormat
    assert "broken symbolic link" in reasons["dangling.txt"][1]


def test_collect_reports_unlistable_directory(tmp_path, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("x")
    (tmp_path / "b.txt").write_text("x")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == locked:   # chmod 0 does not stop root, so refuse the listing here
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(readers.os, "scandir", scandir)
    found = collect([tmp_path])
    assert found.files == [tmp_path / "b.txt"]
    assert [str(e) for e in found.errors] == [f"{locked}: it cannot be listed: permission denied."]


def test_supported_suffixes_match_the_documented_list():
    assert SUPPORTED_SUFFIXES == {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml",
                                  ".json", ".jsonl", ".ndjson", ".pdf"}


# ------------------------------------------------------------------ never raise

NAMES = st.sampled_from(["x.txt", "x.md", "x.html", "x.json", "x.jsonl", "x.pdf", "-", "x"])


def _check(result):
    for doc in result.documents:
        assert not CONTROLS.search(doc.text)
        for value in (doc.title, doc.byline, doc.publication, doc.url):
            assert value is None or not CONTROLS.search(value)
        assert doc.published is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.published)
    for err in result.errors:
        assert isinstance(err, ReadError) and err.reason
        assert "please report this" not in err.reason, err      # a reader bug, not a bad file
    for doc in result.documents:
        doc.text.encode("utf-8")                                  # storable: no lone surrogates


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=st.binary(max_size=600), name=NAMES)
def test_read_bytes_never_raises_on_arbitrary_bytes(data, name):
    _check(read_bytes(data, name))


TEXTY = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=TEXTY, name=NAMES, wrap=st.sampled_from(["plain", "html", "json", "jsonl", "cp1252", "utf16", "surrogates"]))
def test_read_bytes_never_raises_on_arbitrary_text(text, name, wrap):
    if wrap == "surrogates":
        data = json.dumps({"title": "\udc80" + text[:10], "text": text + "\ud800", "byline": ["\udfff"]}).encode()
    elif wrap == "html":
        data = f"<html><body><p>{text}</p><h1>{text[:20]}</h1></body></html>".encode()
    elif wrap == "json":
        data = json.dumps({"title": text[:30], "text": text}).encode()
    elif wrap == "jsonl":
        data = (json.dumps({"text": text}) + "\n" + text).encode()
    elif wrap == "cp1252":
        data = text.encode("cp1252", "replace")
    elif wrap == "utf16":
        data = text.encode("utf-16")
    else:
        data = text.encode("utf-8", "surrogatepass")
    _check(read_bytes(data, name))


TAGS = ["p", "div", "span", "b", "article", "main", "section", "li", "ul", "br", "h1", "td", "table", "pre",
        "script", "style", "nav", "aside", "template", "svg", "figure", "a", "blockquote", "header"]
ATTRS = ["", ' class="share-bar"', ' id="cookieBanner"', ' class="article-body"', " hidden", ' style="display:none"',
         ' itemprop="articleBody"', ' rel="author"', ' aria-hidden="true"']


@st.composite
def html_pages(draw):
    def node(depth):
        if depth > 4 or draw(st.booleans()):
            return draw(st.sampled_from(["Text &amp; more", "“Quoted,” he said.", "&nbsp;", "\x1b[31mred",
                                         "x" * draw(st.integers(0, 5)), "<", "&#x202e;rtl", "&lt;b&gt;"]))
        tag = draw(st.sampled_from(TAGS))
        inner = "".join(node(depth + 1) for _ in range(draw(st.integers(0, 3))))
        return f"<{tag}{draw(st.sampled_from(ATTRS))}>{inner}</{tag}>"
    head = draw(st.sampled_from(["", '<meta property="og:title" content="A &amp; B | Site">',
                                 '<script type="application/ld+json">{"headline": "H", "author": [{"name": 1}]}</script>',
                                 '<script type="application/ld+json">[[[{"@graph": {}}]]]</script>',
                                 '<meta property="article:published_time" content="not a date">']))
    return f"<html><head>{head}</head><body>{node(0)}{node(0)}</body></html>"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(page=html_pages())
def test_structured_html_never_raises_and_gives_clean_paragraphs(page):
    result = read_bytes(page.encode(), "page.html")
    _check(result)
    for doc in result.documents:
        for paragraph in doc.text.split("\n\n"):
            assert paragraph and paragraph == paragraph.strip()
            assert "  " not in paragraph       # inline text joined with single spaces


def test_casebrowserignore_skips_notes_beside_articles(tmp_path):
    from store.readers import collect
    (tmp_path / "a.txt").write_text("An article.")
    (tmp_path / "notes.md").write_text("My notes.")
    (tmp_path / "tools").mkdir()
    (tmp_path / "tools" / "draft.txt").write_text("A draft.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Another article.")
    (tmp_path / ".casebrowserignore").write_text("# not articles\nnotes.md\ntools/\n")
    found = collect([tmp_path])
    assert [p.name for p in found.files] == ["a.txt", "b.txt"]
    assert {p.name for p in found.skipped} >= {"notes.md", "tools", ".casebrowserignore"}


def test_the_sample_folder_ingests_only_its_articles():
    from store.paths import sample_data_dir
    from store.readers import collect
    found = collect([sample_data_dir()])
    assert found.errors == []
    assert all("articles" in p.parts for p in found.files)
