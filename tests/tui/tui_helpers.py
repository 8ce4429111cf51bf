"""Helpers for the app's tests: waiting for the app to settle, reading what widgets draw."""
from __future__ import annotations


async def settle(pilot, timeout: float = 10.0) -> None:
    """Wait until the app has no search, page or case load under way (workers post messages,
    so results land a few event-loop turns after a key press)."""
    import asyncio
    app = pilot.app
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    quiet = 0
    while loop.time() < deadline:
        await pilot.pause(0.01)
        busy = getattr(app.screen, "busy", False) or any(
            w.is_running for w in app.workers if w.group not in ("warm",))
        quiet = 0 if busy else quiet + 1
        if quiet >= 3:
            await pilot.pause()
            return
    raise AssertionError(f"the app did not settle within {timeout}s")


def strip_text(widget, y: int) -> str:
    return widget.render_line(y).text


def table_lines(table) -> list[str]:
    """The table's visible lines as text (header first)."""
    return [table.render_line(y).text for y in range(table.scrollable_content_region.height)]
