"""The cleaner: furniture out, every article sentence kept, paragraphs, metadata, idempotence.

Every article here is fiction written for these tests."""
from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.clean import clean, clean_text
from store.identity import content_hash
from store.model import Document


def doc(text: str, **meta) -> Document:
    return Document(text=text, source="t.txt", hash=content_hash(text.encode()), format="txt", **meta)


def paragraphs(text: str) -> list[str]:
    return clean(doc(text)).text.split("\n\n")


TITLE = "Detective sergeant dismissed over unrecorded cash seizure"
SENTENCES = [
    "A detective sergeant who failed to record £3,400 seized during a drugs raid has been dismissed without notice.",
    "Detective Sergeant Colm Arbuthnot, 41, of Northvale Police, admitted he had kept the cash in his locker for six weeks.",
    "The panel chair, Margot Essien, said his account was “simply not credible” and that the public’s trust had been “badly let down”.",
    "He said: ‘I panicked and I’m sorry.’",
    "The force’s professional standards department said the hearing had been held in public — a decision it welcomed.",
    "The force said it would publish the full outcome report on its website within 28 days.",
]

FULL_PAGE = f"""Skip to main content
Northvale Borough Gazette
Printable version

{TITLE}

By Hannah Quayle, Crime Correspondent

Published: 14:05 9 February 2024

Share this article

Share on Facebook | Share on Twitter | Copy link

{SENTENCES[0]}

PA Archive

Getty Images

Advertisement

{SENTENCES[1]}

Story continues below advertisement

We use cookies to improve your experience on our site. By continuing you agree to our cookie policy.

Accept all cookies

{SENTENCES[2]}

{SENTENCES[3]}

Follow us on Twitter and Facebook

\u00a0

x

Sign up to our free daily newsletter

Enter your email address

We use your sign-up to provide content in ways you've consented to

{SENTENCES[4]}

Create a free account to continue reading

zq

Registration is quick and helps fund local journalism.

Your password must be at least 8 characters

Already have an account? Sign in

Thank you for registering

{SENTENCES[5]}

Channel website: https://northvale.example

Original article link: https://northvale.example/story

Related articles

Constable cleared of assault after bodycam review

Inspector retires before misconduct hearing

You may also like

Force apologises to family after delay

Most read

Council tax to rise by 5%

Northvale Borough Gazette | News
"""


def test_full_page_keeps_every_sentence_and_nothing_else():
    cleaned = clean(doc(FULL_PAGE))
    assert cleaned.text.split("\n\n") == [TITLE, *SENTENCES]
    assert cleaned.title == TITLE
    assert cleaned.byline == "Hannah Quayle"
    assert cleaned.published == "2024-02-09"
    assert cleaned.publication == "Northvale Borough Gazette"
    assert clean(cleaned) == cleaned


BASE = "\n\n".join([TITLE, *SENTENCES]) + "\n"


def with_furniture(*lines: str, at: int = 3) -> str:
    parts = [TITLE, *SENTENCES]
    return "\n\n".join(parts[:at] + list(lines) + parts[at:]) + "\n"


@pytest.mark.parametrize("lines", [
    ["Skip to main content"],
    ["Skip to content"],
    ["We use cookies to give you the best experience. You can change your cookie settings at any time.",
     "Accept all", "Reject all", "Manage preferences"],
    ["This website uses cookies"],
    ["WE USE COOKIES TO IMPROVE YOUR EXPERIENCE. BY USING THIS SITE YOU ACCEPT OUR USE OF COOKIES."],
    ["Printable version"],
    ["Print this article"],
    ["Share this article"],
    ["Share", "Facebook", "Twitter", "WhatsApp", "Email", "Copy link"],
    ["Facebook Twitter LinkedIn Email"],
    ["Share on WhatsApp"],
    ["Email this story to a friend"],
    ["Link copied to clipboard"],
    ["Channel website:"],
    ["Original article link:"],
    ["Original article link: https://news.example/a/1"],
    ["Follow us on Facebook, Twitter and Instagram"],
    ["Follow Northvale Gazette on Twitter"],
    ["Like us on Facebook for more local news"],
    ["Advertisement"],
    ["ADVERTISEMENT"],
    ["Sponsored"],
    ["Story continues below"],
    ["Article continues below advertisement"],
    ["PA Archive"],
    ["Getty Images"],
    ["PA Wire/PA Images"],
    ["Jo Fenwick/PA Wire"],
    ["Image: Getty"],
    ["(Photo: Northvale Police)"],
    ["Police car stock image"],
    ["\u00a0"],
    ["x"],
    ["•"],
    ["* * *"],
    ["Create a free account to continue reading", "Registration takes a minute.", "Your email address",
     "Password", "Must be at least 8 characters", "* Required fields", "Already registered? Sign in here",
     "By registering you agree to our Terms of use and Privacy policy.", "Thank you for registering"],
    ["Subscribe to continue reading", "Unlimited access for £1 per month. Cancel anytime."],
    ["This article is only available to subscribers"],
    ["Sign up to our crime newsletter", "Get the day's top stories sent straight to your inbox",
     "Invalid email", "Something went wrong, please try again later"],
    ["Latest news", "Man charged after bypass crash", "Roadworks to close bridge for a month",
     "Council approves new library"],
    ["Latest News from", "Northvale Borough Council", "Budget consultation opens",
     "Webinar recording: planning for winter"],
    ["You may also like", "Ten walks to try this spring", "Cafe wins regional award"],
    ["Related articles", "Constable cleared of assault", "Inspector retires before hearing"],
    ["Most read", "Council tax to rise by 5%", "Storm warning issued for weekend"],
    ["More stories", "Fire crews tackle barn blaze"],
    ["Read more: Officer sacked over social media posts"],
    ["5 comments"],
    ["Listen to this article"],
    ["3 min read"],
])
def test_each_kind_of_furniture_goes_and_every_sentence_stays(lines):
    for at in (1, 3, len(SENTENCES) + 1):
        cleaned = clean(doc(with_furniture(*lines, at=at)))
        assert cleaned.text.split("\n\n") == [TITLE, *SENTENCES], (at, lines)


@pytest.mark.parametrize("sentence", [
    "By the time officers arrived, the man had fled.",
    "By Tuesday the panel had heard from nine witnesses.",
    "He told the panel he would share his account with the force.",
    "Sponsored by the council, the scheme ran for a year.",
    "Related to the case, a second officer was given a written warning.",
    "Latest figures show 921 officers were investigated.",
    "Print journalists were barred from the hearing.",
    "He gave cookies to the children at the station and accepted their thanks.",
    "Advertisement of the post closed in May.",
    "The officer said: “Share it with nobody.”",
    "Highly critical findings",
    "What the panel found",
    "Home Office guidance was not followed.",
    "Follow-up inquiries found nothing.",
    "The constable was later seen on the platform.",
    "Northvale Police | Professional Standards Department said the matter was closed.",
    "12 May 2021 was the date of the first hearing.",
    "Comments he made on a group chat were described as racist.",
    "He said comments are closed on his Facebook page.",
    "Email records showed he had logged in 40 times.",
    "[bold]Not markup[/bold] and [link=https://evil.example]not a link[/link] either.",
])
def test_sentences_that_look_like_furniture_stay(sentence):
    text = with_furniture(sentence, at=3)
    assert sentence in clean(doc(text)).text.split("\n\n")


def test_sentences_after_a_wall_or_list_stay():
    text = with_furniture("Create a free account to continue reading", "Your email address",
                          "Emails between the officers were read to the panel in full during the second day.", at=3)
    assert "Emails between the officers were read to the panel in full during the second day." in clean(doc(text)).text
    text = with_furniture("Related articles", "Constable cleared", at=3)
    assert clean(doc(text)).text.split("\n\n") == [TITLE, *SENTENCES]


# ------------------------------------------------------------------ paragraphs

def test_blank_lines_spaces_and_odd_spaces_are_normalised():
    text = ("  Officer named in inquiry report   \n\n\n\n"
            "The\u00a0inquiry   found\tfailings\u2009in\u202fthe\u3000handling of the complaint.  \n"
            "\n \n\u00a0\n"
            "He was\u200b suspended on full pay.\n\n")
    assert clean(doc(text)).text == ("Officer named in inquiry report\n\n"
                                    "The inquiry found failings in the handling of the complaint.\n\n"
                                    "He was suspended on full pay.")


def test_quotes_apostrophes_and_dashes_are_never_changed():
    line = "“It’s ‘wrong’,” he said — twice – to the ‘panel’; 'plain' \"straight\" -- and O’Neill's ‒ ― ‐ dash."
    assert clean(doc(f"Title of the test article here\n\n{line}")).text.split("\n\n")[1] == line


ORIGINAL = [
    "A police constable who used force records to look up details of a former partner has been given a final "
    "written warning after a misconduct hearing at Northvale Police headquarters on Thursday afternoon.",
    "The panel heard that PC Ines Farrow-Byrne, 36, accessed the records on fourteen occasions between March and "
    "October last year, and that she had been warned about well-known rules on data protection in 2019.",
    "Announcing the outcome, the chair said: “The public rightly expect officers to use their access to sensitive "
    "information only for a proper policing purpose, and this officer did not.”",
]


@pytest.mark.parametrize("width", [60, 72, 80])
def test_hard_wrapped_paragraphs_are_rejoined(width):
    wrapped = "\n\n".join(textwrap.fill(p, width=width) for p in ORIGINAL)
    assert "\n" in wrapped.split("\n\n")[0]
    assert paragraphs("Constable given final written warning\n\n" + wrapped) == [
        "Constable given final written warning", *ORIGINAL]


def test_one_paragraph_per_line_without_blank_lines():
    lines = ["Constable given final written warning", *ORIGINAL, "The officer has 10 days to appeal."]
    assert paragraphs("\n".join(lines)) == lines


def test_short_lines_in_a_block_stay_apart():
    text = "Findings of the panel\nDishonesty: proven\nUse of records: proven\nConduct: gross misconduct"
    assert paragraphs(text) == text.split("\n")


def test_bullets_in_a_wrapped_block_are_not_joined():
    text = ("The panel listed its reasons for the outcome, which were read out at the end of the hearing in\n"
            "full and published the following day on the website of the police force concerned:\n"
            "- the officer had lied repeatedly to her supervisors over several months\n"
            "- she had shown no insight")
    out = paragraphs(text)
    assert out[0].endswith("police force concerned:")
    assert out[1:] == ["- the officer had lied repeatedly to her supervisors over several months",
                       "- she had shown no insight"]


def test_a_title_line_above_a_two_line_paragraph_is_not_joined():
    text = ("Officer loses appeal against dismissal for gross misconduct in Westbridge\n"
            "By Nadia Porte\n\nThe appeal was dismissed.")
    cleaned = clean(doc(text))
    assert cleaned.text.split("\n\n")[0] == "Officer loses appeal against dismissal for gross misconduct in Westbridge"
    assert cleaned.byline == "Nadia Porte"


# ------------------------------------------------------------------ metadata

BODY = ("The constable was dismissed without notice after the panel found gross misconduct proven.\n\n"
        "The force said it accepted the finding and would not appeal against it.")


@pytest.mark.parametrize("head, byline, published", [
    ("By Jane Doe", "Jane Doe", None),
    ("By JANE DOE", None, None),
    ("By Jane Doe and Omar Reyes", "Jane Doe and Omar Reyes", None),
    ("By Jane Doe, Home Affairs Editor", "Jane Doe", None),
    ("by Siân O’Connell-Hughes | 3 June 2022", "Siân O’Connell-Hughes", "2022-06-03"),
    ("Jane Doe12 May 2021", "Jane Doe", "2021-05-12"),
    ("Luca van der Berg 12 May 2021", "Luca van der Berg", "2021-05-12"),
    ("12 May 2021", None, "2021-05-12"),
    ("Wednesday 12th May 2021", None, "2021-05-12"),
    ("May 12, 2021", None, "2021-05-12"),
    ("12/05/2021", None, "2021-05-12"),
    ("05/13/2021", None, "2021-05-13"),
    ("Published: 09:12 12 March 2022", None, "2022-03-12"),
    ("Published 12 March 2022, 09:12 GMT", None, "2022-03-12"),
    ("2022-03-12T09:12:00Z", None, "2022-03-12"),
    ("Updated: 1 April 2022", None, "2022-04-01"),
])
def test_byline_and_date_lines_are_read_and_removed(head, byline, published):
    cleaned = clean(doc(f"Constable dismissed after panel finds gross misconduct\n\n{head}\n\n{BODY}"))
    assert cleaned.byline == byline
    assert cleaned.published == published
    if byline or published:
        assert cleaned.text == f"Constable dismissed after panel finds gross misconduct\n\n{BODY}"
    else:
        assert head in cleaned.text


def test_published_beats_updated_and_first_date_wins():
    text = f"Officer cleared of misconduct\n\nUpdated: 5 May 2022\n\nPublished: 1 May 2022\n\n{BODY}"
    assert clean(doc(text)).published == "2022-05-01"


def test_dates_and_bylines_inside_the_article_stay():
    text = (f"Timeline of the inquiry into the force\n\n{BODY}\n\nThe panel then adjourned for lunch.\n\n"
            "12 May 2021\n\nThe first complaint was made to the force by the family.\n\n"
            "By Jane Doe\n\nThe second complaint followed a week later.")
    cleaned = clean(doc(text))
    assert "12 May 2021" in cleaned.text.split("\n\n")
    assert "By Jane Doe" in cleaned.text.split("\n\n")
    assert cleaned.published is None and cleaned.byline is None


def test_trailing_publication_line_and_leading_organisation_line():
    text = f"Harbourside Echo\nPrintable version\n\nConstable dismissed after hearing\n\n{BODY}\n\nHarbourside Echo | Crime"
    cleaned = clean(doc(text))
    assert cleaned.publication == "Harbourside Echo"
    assert cleaned.text == f"Constable dismissed after hearing\n\n{BODY}"


def test_leading_organisation_named_by_a_latest_news_list():
    text = (f"Office of the Northvale Police Commissioner\n\nConstable dismissed after hearing\n\n{BODY}\n\n"
            "Latest News from\nOffice of the Northvale Police Commissioner\nBudget consultation opens")
    cleaned = clean(doc(text))
    assert cleaned.publication == "Office of the Northvale Police Commissioner"
    assert cleaned.text == f"Constable dismissed after hearing\n\n{BODY}"


def test_a_headline_followed_by_a_subheadline_is_not_an_organisation():
    text = f"Police Officer Cleared Of Assault\n\nFamily Says They Will Appeal The Decision\n\n{BODY}"
    cleaned = clean(doc(text))
    assert cleaned.text.startswith("Police Officer Cleared Of Assault\n\n")
    assert cleaned.title == "Police Officer Cleared Of Assault"
    assert cleaned.publication is None


def test_copyright_line_gives_publication():
    cleaned = clean(doc(f"Officer cleared\n\n{BODY}\n\n© 2023 Westbridge Media Group"))
    assert cleaned.publication == "Westbridge Media Group"
    assert "©" not in cleaned.text


def test_title_only_when_the_first_line_reads_as_a_headline():
    assert clean(doc(f"Sergeant keeps job despite racist message\n\n{BODY}")).title == "Sergeant keeps job despite racist message"
    assert clean(doc(BODY)).title is None
    assert clean(doc("Just one line of text, about an officer.")).title is None


def test_existing_metadata_is_kept_but_furniture_lines_still_go():
    d = doc(f"Sergeant cleared\n\nBy Jane Doe\n\n12 May 2021\n\n{BODY}", title="Given title",
            byline="Given Byline", published="2020-01-01", publication="Given Pub")
    cleaned = clean(d)
    assert (cleaned.title, cleaned.byline, cleaned.published, cleaned.publication) == (
        "Given title", "Given Byline", "2020-01-01", "Given Pub")
    assert cleaned.text == f"Sergeant cleared\n\n{BODY}"


def test_markup_like_text_is_kept_literally():
    text = "[bold]Officer[/bold] named\n\nHe wrote [link=https://x.example]here[/link] and [red]there[/].\n\n*stars* and _underscores_ stay."
    assert clean(doc(text)).text == text


def test_clean_text_agrees_with_clean():
    assert clean_text(FULL_PAGE) == clean(doc(FULL_PAGE)).text


def test_controls_are_removed_even_if_a_document_arrives_with_them():
    assert clean(doc("Officer\x1b[31m named\x07 here\u202e.\r\nNext line of the text.")).text == (
        "Officer named here.\n\nNext line of the text.")


# ------------------------------------------------------------------ idempotence

FIXTURES = [FULL_PAGE, BASE, with_furniture("Related articles", "A", "B"), "\n".join(ORIGINAL),
            "\n\n".join(textwrap.fill(p, 70) for p in ORIGINAL), ""]


@pytest.mark.parametrize("text", FIXTURES)
def test_clean_is_idempotent_on_fixtures(text):
    once = clean(doc(text))
    assert clean(once) == once


PIECES = st.sampled_from([
    TITLE, *SENTENCES, *ORIGINAL, "Skip to main content", "Printable version", "Share this article",
    "By Jane Doe", "Jane Doe12 May 2021", "12 May 2021", "Published: 09:12 12 March 2022",
    "Northvale Gazette | News", "Northvale Gazette", "Latest News from", "Related articles",
    "Create a free account to continue reading", "Your email address", "PA Archive", "Advertisement",
    "\u00a0", "x", "", "", "", "Highly critical findings", "The officer, 29, was dismissed.",
    "We use cookies on this site.", "Accept all", "© 2023 Westbridge Media Group",
])
LINES = st.lists(st.one_of(PIECES, PIECES.map(lambda s: textwrap.fill(s, 40)),
                           st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=60)),
                 max_size=30)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(lines=LINES, joiner=st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]), publication=st.sampled_from([None, "Northvale Gazette"]))
def test_clean_is_idempotent_and_normalised(lines, joiner, publication):
    once = clean(doc(joiner.join(lines), publication=publication))
    assert clean(once) == once
    text = once.text
    assert "\n\n\n" not in text and text == text.strip()
    assert all(p and p == p.strip() and "\n" not in p and "  " not in p for p in text.split("\n\n")) or text == ""
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00a0]", text)


# ------------------------------------------------------------------ page layouts

@pytest.mark.parametrize("head, publication", [
    ("THE WESTBRIDGE SENTINEL", "The Westbridge Sentinel"),
    ("Harbourside Echo", "Harbourside Echo"),
    ("Eastmoor Constabulary", "Eastmoor Constabulary"),
    ("Office of the Police and Crime Commissioner (OPCC)", "Office of the Police and Crime Commissioner (OPCC)"),
    ("ITV NEWS", "ITV News"),
    ("THE DAILY LANTERN", "The Daily Lantern"),  # "The Daily …" is a paper, whatever its last word
    ("The Sunday Wayfarer", "The Sunday Wayfarer"),
])
def test_masthead_above_the_headline_is_the_publication(head, publication):
    cleaned = clean(doc(f"{head}\n\nConstable dismissed after hearing\n\nBy Jane Doe\n\n{BODY}"))
    assert cleaned.publication == publication
    assert cleaned.text == f"Constable dismissed after hearing\n\n{BODY}"


def test_a_name_and_a_job_under_the_headline_is_the_byline():
    cleaned = clean(doc(f"Constable dismissed after hearing\n\nTāne Whitmore, Crime Reporter\n\n{BODY}"))
    assert cleaned.byline == "Tāne Whitmore"
    assert cleaned.text == f"Constable dismissed after hearing\n\n{BODY}"


@pytest.mark.parametrize("first", [
    "Officer Sacked Over Facebook Post",
    "Police Chief Quits",
    "Why Police Need A New Service",
    "Crime Reporter",
])
def test_headlines_that_end_like_a_masthead_stay(first):
    cleaned = clean(doc(f"{first}\n\nForce faces questions over its vetting\n\nBy Jane Doe\n\n{BODY}"))
    assert cleaned.text.startswith(first + "\n\n")
    assert cleaned.title == first


def test_bilingual_masthead_lines_both_go():
    text = f"Gwent Valleys Police\n\nHeddlu Gwent Valleys\n\nOutcome of misconduct hearing\n\n{BODY}"
    cleaned = clean(doc(text))
    assert cleaned.text == f"Outcome of misconduct hearing\n\n{BODY}"
    assert cleaned.publication == "Gwent Valleys Police"


@pytest.mark.parametrize("line", [
    "Home › News › Crime", "News | Westbridge | Courts", "NEWS > UK", "Home / Newsroom / News",
    "INVESTIGATION", "EXCLUSIVE", "UK News", "ENDS", "[Allow all]  [Essential only]  [Find out more]",
    "Share this page: Facebook | X | Email | Print", "Share this page   Print", "Facebook   X   LinkedIn   Email",
    "Accessibility | Freedom of Information | Privacy | Cookies", "Was this page helpful?   Yes   No",
    "We use necessary cookies to make our site work and optional analytics cookies to improve it.",
    "Darllenwch fwy / Read more: Bridge repairs finish early",
    "Also in brief: Market moves to Saturday; library extends hours.",
])
def test_more_furniture_lines(line):
    cleaned = clean(doc(with_furniture(line, at=1)))
    assert cleaned.text.split("\n\n") == [TITLE, *SENTENCES]


@pytest.mark.parametrize("lines, byline, published, publication", [
    (["By Jane Doe", "Chief Reporter", "Published: 17 May 2023", "Updated: 18 May 2023, 08:12"], "Jane Doe", "2023-05-17", None),
    (["IN BRIEF | 30 June 2022"], None, "2022-06-30", None),
    (["14 March 2023 | Professional Standards"], None, "2023-03-14", None),
    (["06 Feb 2024, 17:42 | UPDATED: 06 Feb 2024, 19:05"], None, "2024-02-06", None),
    (["Published: 9 November 2022 | Last updated: 10 November 2022"], None, "2022-11-09", None),
    (["Posted on 4 October 2023 at 3:20pm"], None, "2023-10-04", None),
    (["8 November 2023 • 6:00am"], None, "2023-11-08", None),
    (["Ana Ruiz · Community Editor · Thursday 8 June 2023"], "Ana Ruiz", "2023-06-08", None),
    (["By Ana Ruiz | May 17, 2023"], "Ana Ruiz", "2023-05-17", None),
    (["By Ana Ruiz, Crime Reporter · 7 March 2024"], "Ana Ruiz", "2024-03-07", None),
    (["By Ana Ruiz, Local Democracy Reporter"], "Ana Ruiz", None, None),
    (["By Ana Ruiz, Westbridge Observer", "Published: 24 April 2024"], "Ana Ruiz", "2024-04-24", "Westbridge Observer"),
])
def test_bylines_and_datelines_in_page_layouts(lines, byline, published, publication):
    cleaned = clean(doc("\n".join(["Constable dismissed after panel finds gross misconduct", *lines]) + f"\n\n{BODY}"))
    assert (cleaned.byline, cleaned.published, cleaned.publication) == (byline, published, publication)
    assert cleaned.text == f"Constable dismissed after panel finds gross misconduct\n\n{BODY}"


@pytest.mark.parametrize("tail, publication", [
    ("© Eastmoor Constabulary 2023", "Eastmoor Constabulary"),
    ("Eastmoor Constabulary © 2023", "Eastmoor Constabulary"),
    ("Copyright 2021-2023 Harbourside Echo Ltd. All rights reserved.", "Harbourside Echo Ltd"),
])
def test_copyright_lines(tail, publication):
    cleaned = clean(doc(f"Officer cleared\n\n{BODY}\n\n{tail}"))
    assert cleaned.publication == publication
    assert cleaned.text == f"Officer cleared\n\n{BODY}"


# ------------------------------------------------------------------ the sample corpus

SAMPLES = Path(__file__).resolve().parents[2] / "sample_data"


@pytest.mark.skipif(not (SAMPLES / "gold.json").is_file(), reason="sample data not in this checkout")
def test_sample_articles_keep_every_gold_quote_and_name_and_find_their_metadata():
    from store.readers import read_file
    gold = json.loads((SAMPLES / "gold.json").read_text(encoding="utf-8"))["articles"]
    spaces = lambda s: " ".join(s.split())
    problems = []
    for key, want in sorted(gold.items()):
        documents = {Path(d.source).name: d for d in read_file(SAMPLES / "articles" / key.split("#")[0]).documents}
        cleaned = clean(documents[key])
        assert clean(cleaned) == cleaned, key
        for field in ("title", "publication", "published"):
            if want.get(field) != getattr(cleaned, field):
                problems.append((key, field, want.get(field), getattr(cleaned, field)))
        text = spaces(cleaned.text)
        for quote in want["quotes"] + want.get("optional_quotes", []):
            if spaces(quote["text"]) not in text:
                problems.append((key, "quote", quote["text"][:60], None))
        for case in want["cases"]:
            if case.get("officer") and case["officer"] not in text:
                problems.append((key, "officer", case["officer"], None))
    assert problems == []


# ------------------------------------------------------------------ force websites and notices

@pytest.mark.parametrize("line", [
    "Menu ≡ Report Advice Appeals Careers",
    "Rhannu | Share: Facebook X Email",
    "Hygyrchedd | Accessibility   Preifatrwydd | Privacy   Cwcis | Cookies",
    "Cymraeg", "OFFICIAL", "OFFICIAL-SENSITIVE", "Search this website",
    "Accept additional cookies    Reject additional cookies    View cookies",
    "Cookies on the Westbridge Police website",
    "Comments (12)",
    "Comments are closed.",
    "Comments are now closed for this article",
    "News / Officer dismissed after hearing at force headquarters",
    "Home > News and appeals > Professional standards",
])
def test_force_website_furniture(line):
    assert clean(doc(with_furniture(line, at=1))).text.split("\n\n") == [TITLE, *SENTENCES]


@pytest.mark.parametrize("lines, byline, published, publication", [
    (["By Ana Ruiz | City Desk | 11 January 2023"], "Ana Ruiz", "2023-01-11", None),
    (["Updated Oct. 12, 2023, 5:48 p.m. CT"], None, "2023-10-12", None),
    (["Week ending Friday 22 March 2024 · compiled by Ana Ruiz"], None, "2024-03-22", None),
    (["Ana Ruiz", "Crime Correspondent", "Wed Sep 13 2023 - 05:30"], "Ana Ruiz", "2023-09-13", None),
    (["Harbourside Echo | Monday, August 19, 2013 | By Ana Ruiz"], "Ana Ruiz", "2013-08-19", "Harbourside Echo"),
    (["By Ana Ruiz · The Harbour Letter, a newsletter · 2 December 2022"], "Ana Ruiz", "2022-12-02", None),
    (["By Ana Ruiz, Local Democracy Reporting Service"], "Ana Ruiz", None, None),
    (["Security & Justice | 8 April 2021 | Ana Ruiz"], None, "2021-04-08", None),
    (["News release – 4 December 2024"], None, "2024-12-04", None),
    (["Press release - 9 May 2022"], None, "2022-05-09", None),
])
def test_more_bylines_and_datelines(lines, byline, published, publication):
    cleaned = clean(doc("\n".join(["Constable dismissed after panel finds gross misconduct", *lines]) + f"\n\n{BODY}"))
    assert (cleaned.byline, cleaned.published, cleaned.publication) == (byline, published, publication)
    assert cleaned.text == f"Constable dismissed after panel finds gross misconduct\n\n{BODY}"


@pytest.mark.parametrize("head, publication", [
    ("IOPC | Independent Office for Police Conduct", "Independent Office for Police Conduct"),
    ("Gwent Valleys Police | Heddlu Gwent Valleys", "Gwent Valleys Police"),
    ("IOPC\nIndependent Office for Police Conduct", "Independent Office for Police Conduct"),
    ("EASTMOOR POLICE\nPROFESSIONAL STANDARDS DEPARTMENT", "Eastmoor Police"),
    ("OFFICIAL\n\nEASTMOOR POLICE", "Eastmoor Police"),
])
def test_masthead_variants(head, publication):
    cleaned = clean(doc(f"{head}\n\nConstable dismissed after hearing\n\n{BODY}"))
    assert cleaned.publication == publication
    assert cleaned.text == f"Constable dismissed after hearing\n\n{BODY}"


def test_an_all_capital_headline_stays_in_the_text_but_its_title_is_a_sentence():
    cleaned = clean(doc(f"OUTCOME OF PC MISCONDUCT HEARING HELD IN PUBLIC\n\n{BODY}"))
    assert cleaned.text.startswith("OUTCOME OF PC MISCONDUCT HEARING HELD IN PUBLIC\n\n")
    assert cleaned.title == "Outcome of PC misconduct hearing held in public"


def test_a_bare_copyright_gives_no_publication():
    cleaned = clean(doc(f"Officer cleared\n\n{BODY}\n\n© 2023"))
    assert cleaned.publication is None and cleaned.text == f"Officer cleared\n\n{BODY}"


@pytest.mark.parametrize("caption", [
    "Scotland Yard said the conduct had been reported by a colleague. Photograph: Agency",
    "The hearing took place at the force's headquarters (Image: Valley Herald)",
])
def test_picture_captions_are_furniture(caption):
    assert caption not in clean(doc(with_furniture(caption, at=2))).text


def test_a_wrapped_headline_and_lede_under_wrapped_page_furniture_are_rejoined():
    # the whole page hard-wrapped in one block: furniture lines, a wrapped cookie notice, a
    # headline over two lines, a time stamp, then the wrapped lede
    lines = ["Skip to content", "Northvale Police",
             "Menu  Search  Report  Contact us  Your area  News  Careers",
             *textwrap.wrap("We use necessary cookies to make our site work. We would also like to set optional "
                            "analytics cookies to help us improve it. We will not set optional cookies unless you "
                            "enable them.  Accept  Reject", width=72),
             "News",
             "Former constable would have been dismissed for relationship with",
             "vulnerable witness",
             "16:05 04/07/2023",
             *textwrap.wrap(ORIGINAL[0], width=72)]
    cleaned = clean(doc("\n".join(lines)))
    assert cleaned.title == "Former constable would have been dismissed for relationship with vulnerable witness"
    assert ORIGINAL[0] in cleaned.text.split("\n\n")
    assert clean_text(cleaned.text) == cleaned.text  # idempotent


def test_labelled_lines_of_a_notice_stay_apart_in_a_block_that_is_not_wrapped():
    lines = ["Misconduct hearing notice",
             "Officer: Police Constable Tobias Merrow-Linde of Northvale Police, response team",
             "Date: Tuesday 14 May and Wednesday 15 May 2024, starting each day at 9.30am",
             "Venue: Northvale Police Headquarters, Station Road, Westbridge, in room four",
             "Hearing type: Gross misconduct hearing"]
    assert paragraphs("\n".join(lines)) == lines
