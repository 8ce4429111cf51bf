"""Snapshots of the app (pytest-textual-snapshot): the main screen, a case with its quotes
highlighted, the help screen, and 80x24. Built from the fixture store at fixed sizes, with the
cursor blink off and every load settled first, so nothing in them depends on timing.

Update them after an intended change with:  pytest tests/tui/test_snapshots.py --snapshot-update
"""
from __future__ import annotations

from tui_helpers import settle

from textual.widgets import Input

from tui.app import make_app


def _no_blink(app) -> None:
    for screen in app.screen_stack:
        for box in screen.query(Input):
            box.cursor_blink = False


async def _settled(pilot, *keys: str) -> None:
    _no_blink(pilot.app)
    await settle(pilot)
    for key in keys:
        await pilot.press(key)
        await settle(pilot)
    _no_blink(pilot.app)


def test_main_screen(snap_compare, fixture_store):
    assert snap_compare(make_app(fixture_store), terminal_size=(120, 32), run_before=_settled)


def test_case_with_highlighted_quotes(snap_compare, fixture_store):
    async def run_before(pilot):
        await _settled(pilot, "slash", *"ashworth", "enter", "n", "n")
    assert snap_compare(make_app(fixture_store), terminal_size=(150, 36), run_before=run_before)


def test_help(snap_compare, fixture_store):
    async def run_before(pilot):
        await _settled(pilot, "question_mark")
    assert snap_compare(make_app(fixture_store), terminal_size=(100, 30), run_before=run_before)


def test_80x24(snap_compare, sample_like_store):
    async def run_before(pilot):
        await _settled(pilot, "slash", *"kent", "enter")
    assert snap_compare(make_app(sample_like_store), terminal_size=(80, 24), run_before=run_before)
