"""The app driven by Pilot against fixture stores (tests/tui/store_fixture.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from tui_helpers import settle, table_lines
from store_fixture import CASES, MARKUP_OFFICER, MARKUP_PUBLICATION, MARKUP_SNIPPETS, MARKUP_TITLE

from tui import actions
from tui.app import make_app
from tui.screens.article import ArticleScreen
from tui.screens.cases import CasesScreen
from tui.screens.help import HelpScreen
from tui.widgets.case_table import CaseTable
from tui.widgets.reader import Reader



def run(coro):
    import asyncio
    return asyncio.run(coro)


def title_of(widget) -> str:
    """A border title as shown (the getter returns it as escaped markup)."""
    from textual.content import Content
    return Content.from_markup(widget.border_title or "").plain


def officers_shown(table: CaseTable) -> list[str]:
    return [table.row(i).values["officer"] for i in range(table.total) if table.row(i)]


async def _typed(pilot, text: str) -> None:
    await pilot.press("slash")
    await pilot.press(*list(text))
    await settle(pilot)


# ------------------------------------------------------------------------------ opening

def test_opens_newest_first_with_status(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, CasesScreen)
            table = screen.table
            assert table.total == CASES
            dates = [table.row(i).values["date"] for i in range(table.total)]
            assert dates == sorted(dates, reverse=True)
            status = str(screen.status.render())
            assert f"{CASES} of {CASES} cases" in status and "sorted by date" in status
            header = table.render_line(0).text
            assert "Date ▼" in header
            # The first case's detail is loaded beside the table.
            assert screen.detail is not None and screen.detail.id == table.row(0).id
    run(go())


def test_typo_finds_the_officer(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await _typed(pilot, "daneil ashworht")
            table = app.screen.table
            assert officers_shown(table)[0] == "Daniel Ashworth"
            assert "Laura Fenwick" not in officers_shown(table)
            # the matched characters are highlighted in the table: styled differently from the rest
            row = table.render_line(1)
            styles = {seg.text.strip(): seg.style for seg in row if seg.text.strip()}
            plain = table.row(0)
            assert plain.spans.get("officer")
            assert "Daniel Ashworth" in row.text
            assert len({str(s) for s in styles.values()}) > 1
            assert "Daniel Ashworth" in str(app.screen.status.render()) or "daneil" in str(app.screen.status.render())
    run(go())


def test_a_stale_result_never_overwrites_a_newer_one(fixture_store):
    async def go():
        from tui.screens.cases import SearchDone
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await _typed(pilot, "tremlett")
            screen = app.screen
            assert officers_shown(screen.table) == ["Owen Tremlett"]
            fresh_page = screen._page
            # A result tagged with an older sequence number arrives late: it is ignored.
            screen.post_message(SearchDone(screen._seq - 1, fresh_page, []))
            await settle(pilot)
            assert officers_shown(screen.table) == ["Owen Tremlett"]
    run(go())


def test_escape_clears_the_search(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await _typed(pilot, "tremlett")
            assert app.screen.table.total == 1
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen.search_bar.value == ""
            assert app.screen.table.total == CASES
    run(go())


def test_a_failing_query_says_why_and_keeps_results(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            screen = app.screen
            screen.search_bar.value = "forse:kent"      # as if pasted
            await settle(pilot)
            status = str(screen.status.render())
            assert "unknown filter" in status and "force:" in status
            assert screen.status.has_class("-error")
            assert screen.table.total == CASES        # the last good results stay
    run(go())


def test_no_results_says_so(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await _typed(pilot, "zebracorn")
            lines = "\n".join(table_lines(app.screen.table))
            assert "No cases match this search." in lines
            assert "0 of 6 cases" in str(app.screen.status.render())
    run(go())


# ------------------------------------------------------------------------------ sorting

def test_sort_by_a_column_with_the_key_and_the_header(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            table = app.screen.table
            await pilot.press("s")                  # date → publication
            await settle(pilot)
            assert table.sort == "publication" and table.descending is False
            pubs = [table.row(i).values["publication"] for i in range(table.total)]
            assert pubs == sorted(pubs, key=str.lower) or pubs == sorted(pubs)
            await pilot.press("s")                  # publication → officer (relevance needs words)
            await settle(pilot)
            assert table.sort == "officer"
            names = officers_shown(table)
            assert names.index("Daniel Ashworth") < names.index("Owen Tremlett")
            assert "Officer ▲" in table.render_line(0).text
            await pilot.press("S")                  # reverse
            await settle(pilot)
            assert table.descending is True and "Officer ▼" in table.render_line(0).text
            assert officers_shown(table) != names
            # a click on the Force header sorts by force
            from tui.widgets.case_table import layout
            x = next(cx for key, cx, w in layout(table.scrollable_content_region.width) if key == "force")
            await pilot.click(CaseTable, offset=(x + 1, 0))
            await settle(pilot)
            assert table.sort == "force" and "Force ▲" in table.render_line(0).text
            forces = [table.row(i).values["force"] for i in range(table.total)]
            assert forces == sorted(forces)
            status = str(app.screen.status.render())
            assert "sorted by force ↑" in status
    run(go())


# ------------------------------------------------------------------------------ the detail pane

async def _open_ashworth(pilot):
    await _typed(pilot, "ashworth")
    await pilot.press("enter")          # from the search bar to the table
    await settle(pilot)


def test_a_case_shows_its_fields_and_quotes_labelled_by_speaker(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 40)) as pilot:
            await settle(pilot)
            await _open_ashworth(pilot)
            reader = app.screen.query_one(Reader)
            text = reader._text
            plain = text.plain
            for field in ("Officer", "Force", "Finding", "Outcome", "Standards", "Allegations",
                          "Chair", "Dates", "Publication", "Title", "Source"):
                assert field in plain, field
            assert "https://courier.example/ashworth" in plain
            # every quote has a label naming its speaker, before it
            labels = [" Q1 Helen Marsh, chair ", " Q2 Helen Marsh, chair ",
                      " Q3 Rhys Coleman, deputy chief constable "]
            at = [plain.index(label) for label in labels]
            assert at == sorted(at)
            quote = "The public must be able to trust every word"
            q_at = plain.index(quote)
            assert at[0] < q_at
            # the quote is styled (italic, the speaker's colour); one speaker, one style
            def style_at(offset):
                return text.get_style_at_offset(app.console, offset)
            marsh1 = style_at(q_at)
            marsh2 = style_at(plain.index("fell far below"))
            coleman = style_at(plain.index("We expect supervisors"))
            assert marsh1.italic and coleman.italic
            assert marsh1 == marsh2 and marsh1 != coleman
            # the evidence for the officer's name, force and outcome is marked (not by colour alone)
            body = plain.index("PC Daniel Ashworth of")
            assert style_at(body + 3).underline and style_at(plain.index("West Mercia Police", body)).underline
            assert style_at(plain.index("dismissed without notice")).underline
            # the search term is marked in the text
            assert style_at(plain.index("Ashworth fell")).reverse
            assert reader.quote_count == 3
            assert "3 quotes" in title_of(reader)
    run(go())


def test_next_and_previous_quote(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 24)) as pilot:
            await settle(pilot)
            await _open_ashworth(pilot)
            reader = app.screen.query_one(Reader)
            seen = []
            for key in ("n", "n", "n", "n", "p", "p"):
                await pilot.press(key)
                await pilot.pause()
                seen.append(reader.quote_index)
                start, _ = reader._rendered.quotes[reader.quote_index]
                line = reader.line_of(start)
                # the quote is scrolled into view
                assert reader.scroll_y <= line < reader.scroll_y + reader.scrollable_content_region.height
            assert seen == [0, 1, 2, 0, 2, 1]
            assert "quote 2 of 3 · Helen Marsh" in title_of(reader)
    run(go())


def test_no_quotes_is_said(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await _typed(pilot, "nandakumar")
            await pilot.press("enter", "n")
            await settle(pilot)
            assert any("no quotes" in str(n.message) for n in app._notifications)
    run(go())


# ------------------------------------------------------------------------------ the article screen

def test_the_article_screen_lists_the_other_cases(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await _open_ashworth(pilot)
            await pilot.press("enter")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, ArticleScreen)
            siblings = screen.siblings
            prompts = [str(siblings.get_option_at_index(i).prompt) for i in range(siblings.option_count)]
            assert len(prompts) == 2
            assert "▸ Daniel Ashworth" in prompts[0] and "Laura Fenwick" in prompts[1]
            assert "1 other" in title_of(siblings)
            reader = screen.reader
            assert "Two officers disciplined" in reader.plain and reader.quote_count == 3
            # choosing the sibling marks her evidence instead
            siblings.focus()
            await pilot.press("down", "enter")
            await settle(pilot)
            assert screen.detail.officer == "Laura Fenwick"
            plain = reader.plain
            style = reader._text.get_style_at_offset(app.console, plain.index("final written warning"))
            assert style.underline
            await pilot.press("n")
            assert reader.quote_index == 0
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, CasesScreen)
    run(go())


# ------------------------------------------------------------------------------ help, palette, keys

def test_help_lists_every_binding_and_the_query_language(fixture_store):
    async def go():
        from store.filters import FIELDS
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("question_mark")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            text = app.screen.query_one("#help").plain
            # every binding of every scope is in the help, with its keys
            bound = []
            from tui.widgets.bars import SearchBar
            from tui.widgets.text_view import TextView
            from tui.screens.article import SiblingList
            for cls in (type(app), CasesScreen, CaseTable, SearchBar, TextView, ArticleScreen,
                        SiblingList, HelpScreen):
                bound.extend(b for b in cls.BINDINGS if getattr(b, "id", "") and b.id.startswith("casebrowser."))
            assert len(bound) == len(actions.ACTIONS)
            for b in bound:
                a = actions.get(b.id)
                assert a.help in text, a.id
                assert f"  {actions.keys_display(a)}" in text, a.id
            for name in FIELDS:
                assert f"{name}:" in text
            await pilot.press("escape")
            assert isinstance(app.screen, CasesScreen)
            await pilot.press("f1")
            assert isinstance(app.screen, HelpScreen)
    run(go())


def test_q_quits_with_status_0_and_q_types_in_the_search_bar(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("slash", "q")
            assert app.screen.search_bar.value == "q"
            assert app.is_running
            await pilot.press("escape", "escape", "q")
            await pilot.pause()
        assert app.return_code == 0
    run(go())


def test_palette_jumps_to_an_officer(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("ctrl+p")
            await pilot.pause()
            await pilot.press(*list("tremlet"))
            for _ in range(100):
                await pilot.pause(0.02)
                from textual.command import CommandList
                options = app.screen.query(CommandList)
                if options and any("Owen Tremlett" in str(o.prompt) for o in options.first().options):
                    break
            await pilot.press("enter")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, CasesScreen)
            assert screen.search_bar.value == 'officer:"Owen Tremlett"'
            assert officers_shown(screen.table) == ["Owen Tremlett"]
    run(go())


# ------------------------------------------------------------------------------ stores

def test_an_empty_store_says_how_to_add_articles(tmp_path):
    from store_fixture import build_empty
    path = build_empty(tmp_path / "empty.db")

    async def go():
        app = make_app(path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            lines = "\n".join(table_lines(app.screen.table))
            assert "This store has no articles yet." in lines
            assert f"casebrowser ingest PATH --db {path}"[:60] in lines
            assert "casebrowser --sample" in lines
            assert app.screen.search_bar.disabled
            await pilot.press("q")
        assert app.return_code == 0
    run(go())


def test_a_corrupt_file_says_so(tmp_path):
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not a database at all\x00" * 200)

    async def go():
        app = make_app(path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            screen = app.screen
            assert screen.store_error and "not a casebrowser store or is damaged" in screen.store_error
            lines = "\n".join(table_lines(screen.table))
            assert "This store cannot be opened." in lines
            assert "not a casebrowser store" in str(screen.status.render())
            await pilot.press("q")
        assert app.return_code == 0
    run(go())


def test_a_missing_file_says_so(tmp_path):
    async def go():
        app = make_app(tmp_path / "nope.db")
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert "no store at" in app.screen.store_error
    run(go())


def test_the_sample_marker(sample_like_store, fixture_store):
    async def go(path, expect):
        app = make_app(path)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            top = str(app.screen.query_one("#topbar").render())
            assert ("SAMPLE — fictional articles" in top) is expect
            assert ("casebrowser ingest PATH" in top) is expect
    run(go(sample_like_store, True))
    run(go(fixture_store, False))


# ------------------------------------------------------------------------------ 80x24

def test_usable_at_80x24(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            screen = app.screen
            table, reader = screen.table, screen.reader
            # table above the detail pane, both visible, every column in the header
            assert table.region.width == 80 and reader.region.y > table.region.y
            assert table.region.height >= 6 and reader.region.height >= 6
            header = table.render_line(0).text
            for label in ("Officer", "Rank", "Force", "Outcome", "Finding", "Date", "Publi"):
                assert label in header, label
            assert all(len(line) <= 80 for line in table_lines(table))
            await _typed(pilot, "kent")
            assert officers_shown(table) == ["Owen Tremlett"]
            await pilot.press("enter", "n")
            assert reader.quote_index == 0
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ArticleScreen)
            await pilot.press("escape", "question_mark")
            assert isinstance(app.screen, HelpScreen)
    run(go())


def test_wide_layout_puts_the_detail_beside_the_table(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(200, 50)) as pilot:
            await settle(pilot)
            table, reader = app.screen.table, app.screen.reader
            assert reader.region.x > table.region.x and reader.region.y == table.region.y
    run(go())


# ------------------------------------------------------------------------------ markup is data

def test_markup_in_the_store_is_shown_literally(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(200, 50)) as pilot:
            await settle(pilot)
            await _typed(pilot, "brackett")
            screen = app.screen
            table = screen.table
            row = table.render_line(1).text
            assert MARKUP_OFFICER in row and MARKUP_PUBLICATION[:10] in row
            assert table.row(0).values["publication"] == MARKUP_PUBLICATION
            await pilot.press("enter")
            await settle(pilot)
            reader = screen.reader
            rendered = "\n".join(reader.render_line(y).text for y in range(reader.line_count))
            for snippet in MARKUP_SNIPPETS + (MARKUP_TITLE, MARKUP_PUBLICATION, "Ola [dim]Nowak[/dim]"):
                assert snippet in reader.plain, snippet
            assert "[@click=app.quit]not a button[/]" in rendered
            assert MARKUP_OFFICER in title_of(reader)
            # clicking where the "button" is drawn does nothing: it is text
            await pilot.press("enter")
            await settle(pilot)
            article = app.screen
            assert isinstance(article, ArticleScreen)
            plain = article.reader.plain
            for snippet in MARKUP_SNIPPETS + (MARKUP_PUBLICATION,):
                assert snippet in plain, snippet
            assert MARKUP_TITLE in title_of(article.reader)
            prompt = str(article.siblings.get_option_at_index(0).prompt)
            assert MARKUP_OFFICER in prompt
            lines = [article.reader.render_line(y).text for y in range(article.reader.line_count)]
            y = next(i for i, line in enumerate(lines) if "[@click=app.quit]" in line)
            x = lines[y].index("[@click=app.quit]") + 2
            await pilot.click(article.reader, offset=(x + 1, y - round(article.reader.scroll_y)))
            await pilot.pause()
            assert app.is_running and isinstance(app.screen, ArticleScreen)
    run(go())


def test_a_query_with_markup_is_shown_literally(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(120, 30)) as pilot:
            await settle(pilot)
            await _typed(pilot, "[bold]x")
            status = str(app.screen.status.render())
            assert "[bold]x" in status
    run(go())


def test_a_phrase_being_typed_is_a_hint_not_an_error(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await _typed(pilot, '"late crime')
            status = app.screen.status
            assert "close it with" in str(status.render()) and not status.has_class("-error")
            await pilot.press('"')
            await settle(pilot)
            assert officers_shown(app.screen.table) == ["Priya Nandakumar"]
    run(go())


def test_no_color_keeps_every_mark(fixture_store, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")

    async def go():
        app = make_app(fixture_store)
        assert app.no_color
        async with app.run_test(size=(100, 40)) as pilot:
            await settle(pilot)
            await _open_ashworth(pilot)
            reader = app.screen.reader
            text, plain = reader._text, reader.plain
            style = lambda at: text.get_style_at_offset(app.console, at)  # noqa: E731
            assert " Q1 Helen Marsh, chair " in plain                      # the label says who
            assert style(plain.index("The public must")).italic            # quotes: italic
            assert style(plain.index("dismissed without notice")).underline  # evidence: underline
            assert style(plain.index("Ashworth fell")).reverse             # search terms: reverse
            table = app.screen.table
            assert table.render_line(1).text.startswith("▸ ")              # the cursor: a marker
    run(go())


def test_the_table_holds_a_few_pages_of_a_big_result(tmp_path):
    from store_fixture import build_many
    from tui.widgets.case_table import MAX_PAGES, PAGE_SIZE
    path = build_many(tmp_path / "many.db", 1200)

    async def go():
        app = make_app(path)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            table = app.screen.table
            assert table.total == 1200 and table.pages_held <= 2
            for _ in range(30):
                await pilot.press("pagedown")
            await settle(pilot)
            assert table.pages_held <= MAX_PAGES
            await pilot.press("end")
            await settle(pilot)
            assert table.cursor == 1199 and table.current is not None
            assert table.pages_held <= MAX_PAGES
            lines = table_lines(table)
            assert all("Officer Number" in line for line in lines[1:])   # every row on screen arrived
            dates = [table.row(i).values["date"] for i in range(1200 - PAGE_SIZE, 1200) if table.row(i)]
            assert dates == sorted(dates, reverse=True)
            assert app.screen.detail.id == table.current.id
            await pilot.press("home")
            await settle(pilot)
            assert table.cursor == 0 and table.current is not None
    run(go())


def test_a_page_that_fails_to_load_is_asked_for_again(tmp_path, monkeypatch):
    import store.search
    from store_fixture import build_many
    from tui.widgets.case_table import PAGE_SIZE
    path = build_many(tmp_path / "many.db", 200)
    real = store.search.search
    failures = []

    def flaky(conn, query, *, offset=0, **kw):
        if offset == PAGE_SIZE and not failures:
            failures.append(offset)
            raise RuntimeError("disk hiccup")
        return real(conn, query, offset=offset, **kw)

    async def go():
        app = make_app(path)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            monkeypatch.setattr(store.search, "search", flaky)
            table = app.screen.table
            table.cursor = PAGE_SIZE + 2
            await settle(pilot)
            assert failures and table.row(PAGE_SIZE + 2) is None       # a placeholder, no crash
            await pilot.press("down")
            await settle(pilot)
            assert table.row(PAGE_SIZE + 3) is not None                # asked again, and shown
            assert app.screen.detail.id == table.current.id
    run(go())


def test_a_theme_change_recolours_the_text(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 40)) as pilot:
            await settle(pilot)
            await _open_ashworth(pilot)
            reader = app.screen.reader
            at = reader.plain.index("The public must")
            before = reader._text.get_style_at_offset(app.console, at)
            app.theme = "nord"
            await settle(pilot)
            after = reader._text.get_style_at_offset(app.console, reader.plain.index("The public must"))
            assert after.italic and after.color != before.color
    run(go())


def test_n_pressed_while_the_case_loads_steps_once_it_is_there(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            screen = app.screen
            screen.search_bar.value = "tremlett"
            await settle(pilot)
            await pilot.press("down")            # no other case: the cursor stays
            screen.table.focus()
            screen._detail_seq += 1              # as if the case were still on its way
            await pilot.press("n")
            assert screen.reader.quote_index is None and screen._pending_step == 1
            screen.post_message(__import__("tui.screens.cases", fromlist=["x"]).DetailLoaded(
                screen._detail_seq, screen.detail, screen.detail_terms))
            await settle(pilot)
            assert screen.reader.quote_index == 0
            assert "quote 1 of 1 · Amara Okafor" in title_of(screen.reader)
    run(go())


def test_question_mark_in_an_empty_search_bar_opens_help(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await pilot.press("slash", "question_mark")
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            await pilot.press("a", "question_mark")          # inside a query it is text
            assert app.screen.search_bar.value == "a?"
    run(go())


def test_keys_typed_right_after_slash_land_in_the_search_bar(fixture_store):
    async def go():
        from textual import events
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            # "/" and the query arrive in one burst, before the app has a turn to itself
            for ch in "/tremlett":
                app._driver.send_message(events.Key("slash" if ch == "/" else ch, ch))
            await settle(pilot)
            assert app.screen.search_bar.value == "tremlett"
            assert officers_shown(app.screen.table) == ["Owen Tremlett"]
    run(go())


def test_keys_right_after_enter_in_the_search_bar_reach_the_table(fixture_store):
    async def go():
        from textual import events
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await _typed(pilot, "tremlett")
            for name, ch in (("enter", "\r"), ("n", "n")):      # one burst
                app._driver.send_message(events.Key(name, ch))
            await settle(pilot)
            screen = app.screen
            assert screen.search_bar.value == "tremlett" and screen.focused is screen.table
            assert screen.reader.quote_index == 0
            await pilot.press("slash", "end", *" 24/7")         # "/" inside a query is text
            assert screen.search_bar.value == "tremlett 24/7"
    run(go())


def test_slash_in_an_emptied_search_bar_keeps_searching_without_typing_itself(fixture_store):
    async def go():
        app = make_app(fixture_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await settle(pilot)
            await _typed(pilot, "tremlett")
            screen = app.screen
            await pilot.press("escape")                  # clears the query, focus stays
            assert screen.search_bar.value == "" and screen.focused is screen.search_bar
            await pilot.press("slash", *"tremlett")      # the habit: "/" before a new search
            await settle(pilot)
            assert screen.search_bar.value == "tremlett"
            assert officers_shown(screen.table) == ["Owen Tremlett"]
    run(go())
