"""What the sentence walk keeps from one sentence to the next (`Walk`), and how a sentence's
references are noted (`_refer`, `_named_officers`).
"""
from __future__ import annotations

from ..outcomes import OutcomeMention
from ..people import Person
from .context import Target


class Walk:
    """The walk's state: the officers met, the one in focus, and what the last sentences said."""
    __slots__ = ("targets", "chairs", "focus", "recent", "mentioned", "last_person", "last_pos", "prev_outcome",
                 "pair", "together", "impostors")

    def __init__(self, chairs: set[int]) -> None:
        self.targets: dict[tuple, Target] = {}
        self.chairs = chairs
        self.focus: Target | None = None
        self.recent: list[Target] = []        # officers the story has been about, most recent last
        self.mentioned: list[Target] = []     # every officer mentioned, witnesses too, most recent last
        self.last_person: dict[str, Person] = {}   # by gender: the person last named, police or not
        self.last_pos: dict[str, int] = {}
        self.prev_outcome: OutcomeMention | None = None
        self.pair: list[Target] = []          # officers the last sentence named together ("PC A and PC B")
        self.together: list[Target] = []      # the officers of the last sentence that had any
        self.impostors: set[int] = set()      # people only claimed to be officers, by whoever called themselves so


def _named_officers(mentioned: list[Target]) -> list[Target]:
    """The named police officers (not the chair) among those the story has met."""
    return [t for t in mentioned if t.person is not None and t.police and not t.chair]


def _refer(refs: list[tuple[int, Target]], pos: int, t: Target, sent) -> None:
    """The sentence refers at `pos` to `t`, met before: a subject now, whatever it was then."""
    refs.append((pos, t))
    t.sentences.add(sent.index)
    t.demonstrated = True

