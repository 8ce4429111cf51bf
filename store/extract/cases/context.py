"""What the assembler reads an article through: `Context` (the text, its sentences, people,
forces, outcome phrases and unnamed officers, with what each sentence holds found once) and
`Target` (an officer, or a phrase for one, that a case may be made of); the article's narrative
without quoted words, and whether it reports misconduct at all; a target's sentences.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from ..categories import CATEGORIES, hits as category_hits
from ..dates import DateMention, find_dates
from ..forces import ForceMention
from ..outcomes import OutcomeMention, phrase_hits
from ..people import Mention, Person
from ..segment import Sent
from ..trie import AnyOf, finditer_any, lower_ascii, padded_lower
from ..unnamed import UnnamedNP
from .patterns import _FIRST_WORDS, _NEEDLES


# Words that refer back to an officer: "the (former) officer" (the story's officer) and "that
# sergeant" (the one just mentioned). Matched against lower-cased text.
# Written to start with the literal "th" (the look-behind after it) so `re` can skip ahead to
# it: measured 32 → 7 µs per article.
_BACK_REFERENCE = re.compile(
    r"(th(?<![a-z]th)(?:e|at|is))\s+(?:former\s+|ex-|serving\s+|disgraced\s+|dismissed\s+|sacked\s+|then-?|supervising\s+|probationary\s+|custody\s+|duty\s+|control\s+room\s+|"
    r"arresting\s+|attending\s+|investigating\s+|responding\s+|escorting\s+|driving\s+)?"
    r"(?:police\s+)?(?:officer|constable|pc|sergeant|detective(?:\s+constable|\s+sergeant|\s+inspector|\s+chief\s+inspector)?|inspector|pcso|"
    r"special(?:\s+constable)?|staff\s+member|member\s+of\s+staff|detention\s+officer|call\s+handler|employee|superintendent|"
    r"probationer|trainee|recruit|colleague|"
    r"\d{2}-year-old)(?![a-z])")
_NAME_AFTER = re.compile(r"[ \t\xa0]+[A-Z]")
_FORCE_NOUN = re.compile(r"[ \t\xa0]+(?:officer|constable|sergeant|PC|detective|inspector|PCSO|special\s+constable)\b(?![ \t\xa0]+[A-Z])")
_DEMONSTRATIVE = re.compile(r"\b(?:That|This|that|this)\s+(?:member\s+of\s+staff|staff\s+member|officer|constable|"
                            r"sergeant|detective|PCSO|detention\s+officer|employee|special\s+constable)\b")

# matched lower-case: percentages, and counts of ten or more officers or cases; "of those, 41 were"
_STATS_FIGURES = (r"\d(?:[\d,]*\s*(?:%|per\s*cent|percent|pc(?![a-z]))|"
                  r"\d[\d,]*\s+(?:(?:new|public|further|conduct|misconduct|separate)\s+){0,2}"
                  r"(?:officers|cases|investigations|complaints|staff|hearings|outcomes|dismissals|findings|forces)|"
                  r"(?<=(?<![\d,.])\d)(?:\d\d?|\d{0,2}(?:,\d{3})+)\s+(?:were|had\s+been|have\s+been|received)\b)")
# ("12 were dismissed": a count of people with no noun, 10 to 999 or with thousands; not a year)
_THOSE_TAIL = r"\s+(?:those|these|them),?\s+\d[\d,]*\s+(?:were|had|have|are|was|received|resigned|retired|led|resulted|went|ended|faced)\b"
_STATS = re.compile(_STATS_FIGURES + "|(?:of|among)" + _THOSE_TAIL)
# A sentence citing figures for what it reports ("… according to the force's annual professional
# standards report", "… last year, figures show"): found with str.find (Context.phrases)
_STATS_PHRASES = ("according to figures", "according to the figures", "according to data", "according to the data",
                  "according to statistics", "according to the statistics", "according to official figures",
                  "according to new figures", "annual report", "annual professional standards report",
                  "annual standards report", "standards report shows", "figures show", "figures showed",
                  "figures published", "figures released", "figures obtained", "data shows", "data showed",
                  "statistics show", "statistics showed", "report shows", "report showed",
                  # a sum over places ("Three officers were dismissed across the region")
                  "across the region", "across the country", "across england and wales", "across the uk",
                  "across all forces", "across the forces")
# _STATS scanned as its parts (finditer_any), which must not be able to start at the same
# character: a digit, "of", "among". Each part starts with one class or literal, so `re` skips
# ahead to it; an alternation whose branches start with \d, or "of|among", is tried at every
# place (measured 69 → 33 → 8 µs per article).
_STATS_PARTS = (re.compile(_STATS_FIGURES), re.compile("of" + _THOSE_TAIL), re.compile("among" + _THOSE_TAIL))

_ALLEGATION = re.compile(r"alleg|accused|found\s+to\s+have|admitted|breach|charged\s+with|convicted\s+of|"
                         r"pleaded\s+guilty|guilty\s+of|who\s+\w+")  # matched lower-case


# eq=False: a target is itself (each has its own key); the generated __eq__ compared every
# field, and `t in mentioned` / `t not in named` ran it for each element.
@dataclass(eq=False)
class Target:
    key: tuple                       # ("p", entity id) or ("u", np index)
    first: int
    person: Person | None = None
    np: UnnamedNP | None = None
    outcomes: list[tuple[OutcomeMention, int]] = field(default_factory=list)   # (mention, weight)
    forces: list[tuple[ForceMention, float]] = field(default_factory=list)
    sentences: set = field(default_factory=set)
    windows: list[tuple[int, int]] = field(default_factory=list)  # where a predicate of theirs may be (_predicate)
    predicate: bool | None = None
    police: bool = False
    chair: bool = False              # chaired the hearing or sat on its panel: not a case
    merged: list["Target"] = field(default_factory=list)
    absorbed_lede: bool = False
    demonstrated: bool = False       # referred to as "that officer": a weak phrase that became a subject
    named_as: "Target | None" = None  # "the officer was named as X": this phrase is X
    narrative: bool = False          # mentioned in a sentence that is not only "X said …"
    testified: bool = False          # "X told the hearing …": gave evidence, if nothing more
    called: str | None = None        # the rank a description gave an officer of no rank of their own ("the constable")
    owner: "Target | None" = None    # "His sergeant": the named officer whose the unnamed one is
    gender: str | None = None        # an unnamed officer's, from the "he" or "she" that has meant them

    def name_end(self, at: int) -> int | None:
        """Where the person's name ends, for their mention whose title starts at `at` (the
        position a sentence's refs give them); None for an unnamed officer or no such mention."""
        if self.person is None:
            return None
        return next((m.end for m in self.person.mentions if m.title_start == at), None)


_NOTHING: dict = {}


@dataclass
class Context:
    text: str
    sents: list[Sent]
    title_end: int
    published: str | None
    people: list[Person]
    mentions: list[Mention]
    forces: list[ForceMention]
    outcomes: list[OutcomeMention]
    unnamed: list[UnnamedNP]
    quote_ranges: list[tuple[int, int, bool]]     # (start, end, attributed to a person)
    chairs: set[int] = field(default_factory=set) # people who chaired the hearing
    panel: set[int] = field(default_factory=set)  # others who sat on its panel: not cases, not its chair
    publisher: ForceMention | None = None          # a force that published the article itself
    unquoted: str | None = None                    # narrative_of(text, quote_ranges), when the caller has it
    _dates: dict = field(default_factory=dict)

    def dates_in(self, sent: Sent) -> list[DateMention]:
        """Dates in one sentence, found on demand: only hearing and outcome sentences need them."""
        found = self._dates.get(sent.index)
        if found is None:
            found = self._dates[sent.index] = find_dates(self.text, self.published, sent.start, sent.end)
        return found

    def __post_init__(self) -> None:
        self.low = lower_ascii(self.text)  # (asked for here and there: once, not through the cache each time)
        self.quote_ranges.sort()
        self._q_starts = [s for s, _, _ in self.quote_ranges]
        self._narrative: str | None = self.unquoted
        # what each sentence holds, found once (the assembler walks sentences in order)
        self.by_sent: dict[int, dict[str, list]] = {}
        starts = self._starts = [s.start for s in self.sents]

        def bucket(kind: str, placed) -> None:
            """`placed`: (position, item) pairs."""
            for pos, item in placed:
                i = bisect_right(starts, pos) - 1
                if i >= 0 and pos < self.sents[i].end:
                    self.by_sent.setdefault(i, {}).setdefault(kind, []).append(item)
        bucket("mentions", [(m.start, m) for m in self.mentions])
        bucket("unnamed", [(u.start, (i, u)) for i, u in enumerate(self.unnamed)])
        bucket("outcomes", [(o.start, o) for o in self.outcomes])
        # "the officer" and "that sergeant" in one scan of the lower-cased text
        text = self.text
        refs = [m for m in _BACK_REFERENCE.finditer(lower_ascii(text))
                if not _NAME_AFTER.match(text, m.end())]  # "that PC Pellow's comments": a name, not a back-reference
        bucket("descriptions", [(m.start(), m) for m in refs if m.group(1) == "the"])
        bucket("demonstratives", [(m.start(), m) for m in refs if m.group(1) != "the"])
        # "the BTP constable", "the Met officer": the one of that force met before
        low = self.low
        # ("the Met" is found with its article)
        placed = [(f.start if low.startswith("the ", f.start) else f.start - 4, f) for f in self.forces
                  if _FORCE_NOUN.match(text, f.end)]
        bucket("force_descriptions", [(pos, (pos, f)) for pos, f in placed if low.startswith("the ", pos)])
        self._stats: dict[int, set[int]] = {}
        self._m_starts = [m.start for m in self.mentions]
        self._longest_name = max((m.end - m.start for m in self.mentions), default=0)
        self._longest_title = max((m.start - m.title_start for m in self.mentions), default=0)
        self._alleges: dict[int, bool] = {}
        self._memo: dict = {}

    def mentions_near(self, lo: int, hi: int) -> tuple[int, int]:
        """Bounds of a slice of self.mentions (in order) that holds every mention ending in
        [lo, hi] or with its title starting in [lo, hi]."""
        return (bisect_left(self._m_starts, lo - self._longest_name),
                bisect_right(self._m_starts, hi + self._longest_title))

    def sent_at(self, pos: int) -> Sent | None:
        """The sentence holding `pos` (sentences come in order and do not overlap)."""
        i = bisect_right(self._starts, pos) - 1
        return self.sents[i] if i >= 0 and pos < self.sents[i].end else None

    def in_sent(self, sent: Sent, kind: str) -> list:
        return self.by_sent.get(sent.index, _NOTHING).get(kind, ())

    def in_quote(self, pos: int, attributed_only: bool = False) -> bool:
        i = bisect_right(self._q_starts, pos) - 1
        while i >= 0:
            s, e, a = self.quote_ranges[i]
            if s <= pos < e and (a or not attributed_only):
                return True
            if pos - s > 5000:
                break
            i -= 1
        return False

    def categories(self, sents: list[Sent]) -> tuple[str, ...]:
        """The allegation categories of some sentences (quoted words aside), from one scan of
        the article."""
        by_sent = self._memo.get("cats")
        if by_sent is None:
            by_sent = self._memo["cats"] = {}
            starts = self._starts
            padded = padded_lower(self.text)
            for pos, cat in category_hits(padded, phrase_hits(self.text)[1]):
                if self.in_quote(pos, attributed_only=True):
                    continue
                i = bisect_right(starts, pos) - 1
                by_sent.setdefault(i, set()).add(cat)
        found: set[str] = set()
        for s in sents:
            found |= by_sent.get(s.index, set())
        if not found:
            return ("other",) if sents else ()
        return tuple(c for c in CATEGORIES if c in found)

    def alleges(self, sent: Sent) -> bool:
        """Does the sentence say something was alleged or found (_ALLEGATION)? Asked once a
        sentence, whatever the number of cases."""
        got = self._alleges.get(sent.index)
        if got is None:
            got = self._alleges[sent.index] = _ALLEGATION.search(self.low, sent.start, sent.end) is not None
        return got

    def has_category(self, sent: Sent) -> bool:
        """Does the sentence name misconduct of a kind (`categories([sent]) != ("other",)`)?"""
        self.categories(())  # the one scan, if not made yet
        return sent.index in self._memo["cats"]

    def phrases(self, words: tuple[str, ...]) -> set[int]:
        """Sentences holding any of these literal lower-case phrases (found with str.find)."""
        key = ("phrases", words)
        got = self._memo.get(key)
        if got is None:
            low = self.low
            starts = self._starts
            got = set()
            for opening, group in _by_opening(words):
                if opening in low:  # one find for the phrases that open alike ("return to …", "appeal …")
                    got |= self._sentences_holding(low, group)
            self._memo[key] = got
        return got

    def _sentences_holding(self, low: str, words, rx: re.Pattern | None = None) -> set[int]:
        """Indexes of the sentences where one of `words` stands in `low` (and `rx` matches there);
        -1 for before the first. After a hit the next find starts at the next sentence: only
        whitespace lies between sentences, and more hits in the same one add nothing (measured
        20 → 6 µs per article for the patterns `matching` tries where their first words stand)."""
        starts = self._starts
        last = len(starts) - 1
        got = set()
        for word in words:
            pos = low.find(word)
            while pos >= 0:
                if rx is None or rx.match(low, pos):
                    i = bisect_right(starts, pos) - 1
                    got.add(i)
                    if i == last:
                        break
                    if i >= 0:
                        pos = low.find(word, starts[i + 1])
                        continue
                pos = low.find(word, pos + 1)
        return got

    def within_quote(self, lo: int, hi: int) -> bool:
        """Is [lo, hi) wholly inside one attributed quotation (marks aside)?"""
        i = bisect_right(self._q_starts, lo + 1) - 1
        if i < 0:
            return False
        s, e, a = self.quote_ranges[i]
        return a and s <= lo + 1 and hi - 1 <= e

    def narrative(self) -> str:
        """The article without the words people are quoted as saying."""
        if self._narrative is None:
            self._narrative = _unquoted(self, 0, len(self.text))
        return self._narrative

    def statistics(self, sent: Sent) -> bool:
        return sent.index in self.matching(_STATS) or self.cites_figures(sent)

    def cites_figures(self, sent: Sent) -> bool:
        """Does the sentence give a source of figures for what it reports (_STATS_PHRASES)?"""
        return sent.index in self.phrases(_STATS_PHRASES)

    def matching(self, rx: re.Pattern) -> set[int]:
        """Indexes of the sentences where `rx` (a lower-case pattern) matches in the lower-cased
        article: one scan per pattern."""
        got = self._stats.get(id(rx))  # by id: hashing a Pattern hashes its whole source each time
        if got is None:
            low = self.low
            got = set()
            needles = _NEEDLES.get(id(rx))
            if needles is not None and not any(n in low for n in needles):
                self._stats[id(rx)] = got  # none of the words the pattern needs: no scan
                return got
            starts = self._starts
            first = _FIRST_WORDS.get(id(rx))
            if first is not None:
                got = self._sentences_holding(low, first, rx)
                got.discard(-1)
                self._stats[id(rx)] = got
                return got
            if rx is _STATS:
                found = (m.start() for m in finditer_any(_STATS_PARTS, low))
            else:
                found = (m.start() for m in rx.finditer(low))
            for pos in found:
                i = bisect_right(starts, pos) - 1
                if i >= 0:
                    got.add(i)
            self._stats[id(rx)] = got
        return got


@lru_cache(maxsize=8)
def _by_opening(phrases: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """Phrases grouped by their first six characters."""
    groups: dict[str, list[str]] = {}
    for p in phrases:
        groups.setdefault(p[:6], []).append(p)
    return list(groups.items())


# Words an article about misconduct cannot avoid; an article with none of them outside quotes
# (an appointment, a court case, a budget row) reports no case, whatever else it says.
_MISCONDUCT_ARTICLE = re.compile(
    r"misconduct|disciplin|professional\s+standards|iopc|ipcc|pirc|ombudsman|watchdog|complain|allegation|"
    r"barred\s+list|sacked|dismissed|dismissal|written\s+warning|reflective\s+practice|case\s+to\s+answer|"
    r"breach|suspended|under\s+investigation|internal\s+(?:investigation|affairs|inquiry)|fired|firing\s+of|terminat|"
    r"stood\s+down|docked|demoted|reduced\s+in\s+rank|corrupt|abuse\s+of\s+(?:position|power|trust)|"
    r"code\s+of\s+conduct|gross\s+|management\s+advice|kicked\s+out|axed|misus|inappropriate|offensive|"
    r"racis|homophob|sexis|misogyn|harass|stalk|dishonest|abuse\s+of|police\s+conduct|conduct\s+(?:authority|board)|"
    r"ipca|(?:excessive|unjustified|unreasonable|unnecessary|disproportionate)\s+(?:use\s+of\s+)?force|"
    r"administrative\s+leave|placed\s+on\s+(?:paid\s+|unpaid\s+)?leave")
_ABOUT_MISCONDUCT = AnyOf(_MISCONDUCT_ARTICLE)  # the same test, its plain words by str.find


def narrative_of(text: str, quote_ranges: list[tuple[int, int, bool]]) -> str:
    """The article without the words people are quoted as saying (`Context.narrative`)."""
    return _unquoted_text(text, sorted(quote_ranges), 0, len(text))


# Cached: extract_text asks first, to skip finding outcome phrases and unnamed officers, then
# assemble asks of the same string (measured 12 µs per article to ask again).
@lru_cache(maxsize=4)
def reports_misconduct(narrative: str) -> bool:
    """The assembler's first test: does the article, quoted words aside (`narrative_of`), use a
    word no misconduct story can avoid? When not, there are no cases, and what only the
    assembler needs (outcome phrases, unnamed officers) need not be found."""
    low = lower_ascii(narrative)
    return bool(_ABOUT_MISCONDUCT.search(low)) and not _about_fiction(low)


# A review of a drama, a novel or a film tells its plot in the words of a misconduct story
# ("dismissed without notice after the anti-corruption unit of the fictional Wessex Police
# catches him"): an invented force or town, and the work it is in, mean no case is real. (An
# article that only mentions a drama keeps its cases; build._in_fiction drops its characters.)
_INVENTED = re.compile(r"\b(?:fictional|fictitious|made-up|imaginary|invented)\s+(?:[\w'-]+\s+){0,3}?"
                       r"(?:police|constabulary|force|unit|station|town|city|county|village|detectives?|officers?)\b")
_A_WORK = re.compile(r"\b(?:drama|dramas|episodes?|series|sitcom|soap|novel|novels|film|films|thriller|screenplay|"
                     r"box\s+set|season\s+\w+|stars|starring|(?:played|voiced)\s+(?:[\w-]+\s+){0,4}?by)\b")


def _about_fiction(low: str) -> bool:
    m = _INVENTED.search(low)
    return m is not None and _A_WORK.search(low) is not None


def _case_sents(ctx: Context, t: Target) -> list[Sent]:
    """The sentences about the officer, in order (asked about ten times an article; kept until
    the target gains a sentence or a merged phrase)."""
    key = ("sents", id(t), len(t.sentences), len(t.merged))
    got = ctx._memo.get(key)
    if got is None:
        idx = set(t.sentences)
        for m in t.merged:
            idx |= m.sentences
        got = ctx._memo[key] = [ctx.sents[i] for i in sorted(idx)]  # a sentence's index is its place in ctx.sents
    return got


def _sentence_texts(ctx: Context, t: Target) -> list[str]:
    key = ("texts", id(t), len(t.sentences), len(t.merged))
    got = ctx._memo.get(key)
    if got is None:
        got = ctx._memo[key] = [_unquoted(ctx, s.start, s.end) for s in _case_sents(ctx, t)]
    return got


def _unquoted(ctx: Context, lo: int, hi: int) -> str:
    return _unquoted_text(ctx.text, ctx.quote_ranges, lo, hi)  # sorted by Context


def _unquoted_text(text: str, quote_ranges: list[tuple[int, int, bool]], lo: int, hi: int) -> str:
    """text[lo:hi] without the attributed quotations in it (`quote_ranges` sorted)."""
    parts, pos = [], lo
    for s, e, attributed in quote_ranges:
        if attributed and s < hi and e > lo:
            parts.append(text[pos:max(pos, s)])
            pos = max(pos, e)
    parts.append(text[pos:hi])
    return "".join(parts)
