"""Command palette (ctrl+p): jump to an officer or a force the store knows, or to a screen.

The registry's actions reach the palette through `CaseBrowserApp.get_system_commands`; this
provider adds what depends on the store. Looking names up reads the store, so it runs in a
thread (`asyncio.to_thread`) on a connection of its own; it returns hits and touches no
widget. Names from the store are shown as `Content` built from plain strings, never markup.
"""
from __future__ import annotations

import asyncio
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape


def _lookup(app, text: str) -> list:
    from store.browse import suggest
    try:
        with app.connections.open("palette") as conn:
            return suggest(conn, text, limit=15)
    except Exception:     # a store that cannot be read has nothing to suggest; the screen says why
        return []


class CasesProvider(Provider):
    """Officers, forces and screens."""

    def _screens(self) -> list[tuple[str, str, object]]:
        app = self.app
        screen = self.screen
        out = [("Help", "Every key, and the query language", app.action_help)]
        if getattr(screen, "SCOPE", None) == "cases":
            out.append(("Article of the current case", "Open the highlighted case's article",
                        partial(app.run_action, "open_article", screen)))
        else:
            out.append(("Cases", "Back to the list of cases", app.action_back_to_cases))
        return out

    async def discover(self) -> Hits:
        for title, help_text, callback in self._screens():
            yield DiscoveryHit(Content(f"Go to: {title}"), callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._screens():
            shown = f"Go to: {title}"
            score = matcher.match(shown)
            if score > 0:
                yield Hit(score, matcher.highlight(shown), callback, help=help_text)
        if len(query.strip()) < 2:
            return
        found = await asyncio.to_thread(_lookup, self.app, query)
        for rank, s in enumerate(found):
            what = "Officer" if s.kind == "officer" else "Force"
            cases = f"{s.count} case{'s' if s.count != 1 else ''}"
            shown = Content.assemble((f"{what}: ", "dim"), s.label)
            yield Hit(0.9 - rank * 0.01, shown, partial(self.app.jump_to_query, s.query),
                      text=f"{what}: {s.label}", help=escape(f"{cases} · search {s.query}"))   # help is read as markup
