"""Cases: one per officer (or group treated as one) whose misconduct the article reports.

The assembler walks the article sentence by sentence, keeping a *focus* — the officer the
narrative is about — so that "the officer", "he" and sentences like "The panel imposed a
sanction of dismissal" attach to the right person. Outcome phrases go to the nearest officer
in their sentence (or to the focus); forces come from what is attached to the officer's name,
then from the headline's "X Police officer", then from the force the article is about once the
chair's, investigators' and speakers' forces are set aside.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from .. import reference
from ..identity import case_slug
from ..model import Case, Evidence, Span
from .categories import CATEGORIES
from .categories import hits as category_hits
from .dates import DateMention, find_dates
from .forces import ForceMention
from .lookback import lowered, words_before
from .trie import AnyOf, contains_any, finditer_any, found_ignoring_case, lower_ascii, padded_lower, word_start_alternation
from .roles import chair_entities
from .outcomes import DISCIPLINARY, SEVERITY, OutcomeMention, phrase_hits
from .people import DESCRIPTION, Mention, Person
from . import ranks
from .ranks import POLICE_NOUNS, role_of_noun
from .segment import Sent
from .words import SPEECH_ONLY
from .unnamed import UnnamedNP, opens_clause

_POLICE_NOUN = re.compile(rf"\b(?:{POLICE_NOUNS})\b", re.I)
_PREDICATE = re.compile(
    r"\b(?:fac(?:ed|es|e|ing)|denied|denies|admitted|admits|accepted|accepts|contested|contests|disputed|"
    r"was\s+found\s+to\s+have|were\s+found\s+to\s+have)\s+(?:\w+\s+){0,4}?(?:allegations?|charges?|misconduct|breach\w*|"
    r"hearing|claims?)|"
    r"\b(?:was|were|has\s+been|had\s+been|is|have\s+been)\s+(?:\w+\s+){0,2}?(?:accused|found\s+to\s+have|investigated|"
    r"charged|convicted|arrested|disciplined|referred|served\s+with|found\s+guilty|placed\s+on|barred|banned|jailed|"
    r"sentenced|handed|given|issued)|"
    r"\ballegations?\s+(?:that|against)\b|\bbreach(?:ed|es)\b|\bcommitted\s+(?:gross\s+)?misconduct|"
    r"\bmisconduct\s+(?:hearing|meeting|proceedings|investigation)|\bgross\s+misconduct\b|"
    r"\b(?:pleaded|pled)\s+guilty|\bwas\s+alleged|\bit\s+was\s+alleged")  # matched lower-case
# "the hearing for Inspector Jo Bloggs", "allegations against PC Bloggs", "the conduct of Sgt Bloggs",
# "among the cases is that of Jo Bloggs": the proceedings' subject
_PROCEEDING_FOR = re.compile(r"\b(?:hearing|meeting|investigation|case|allegations?|proceedings|complaints?|charges?|"
                             r"conduct|behaviou?r|actions)\s+"
                             r"(?:for|into|against|of)\b|\bpart\s+of\b|\b(?:proven|proved|upheld|found)\s+against\b|\bthat\s+of\b")
# "PC Strand's conduct amounted to gross misconduct": a possessive that names what the officer
# did makes them the sentence's subject, unlike "PC Strand's lawyer said".
_OWN_DOING = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:conduct|behaviou?r|actions?|comments?|messages?|posts?|remarks?|"
                        r"failures?|dishonesty|lies|use|treatment|handling|relationship|offending|misconduct)\b")
# "Staffs Police said Jo Bloggs had been suspended": the one reported about, not a speaker ("…,
# said Jo Bloggs.")
_REPORTED_VERB_AFTER = re.compile(r"\s+(?:had|has|was|were|is|would|will|could|should|did|must|may|might)\b")
_KIN_AFTER = re.compile(r"['’]s\s+(?:\w+\s+)?(?:mother|father|parents|family|wife|husband|partner|son|daughter|brother|"
                        r"sister|widow|widower|relatives?|lawyer|solicitor|barrister|friends?)\b")
_OFFICERS_WHO = re.compile(rf"\b(?:{POLICE_NOUNS})\s+(?:who|that)\s+(?:had\s+|have\s+)?[a-z]+\s+$", re.I)
_NOT_CASE_WORDS = frozenset("by from to with of for told against about like than".split())
_GENERIC_SENT = re.compile(r"^\W*(?:officers|police\s+officers|many|most|some|all|forces|the\s+(?:figures|data|study|report|investigation\s+found)|"
                           r"\d[\d,.]*\s*(?:%|per\s*cent|pc)?|(?:at\s+least|more\s+than|over|almost|nearly|around|about|just|only)\s+\d)", re.I)
_ANAPHORIC = re.compile(r"^\W*(?:they|these|those|others|this|examples|cases|among\s+them|among\s+those)\s+"
                        r"(?:\w+\s+){0,1}(?:include|included|includes|were|are|involved|involve)\b", re.I)
_ATTACHED = re.compile(r"^\s*(?:,\s*)?(?:of|from|with|at|in|for|\(|,?\s*who\s+(?:serves?|served|works?|worked|was\s+based|is\s+based)\s+(?:with|for|in|at))\s*(?:the\s+)?$", re.I)
_SERVING = re.compile(r"\b(?:serv(?:ing|ed|es)|work(?:ing|ed|s)|based|employed|stationed|joined|attached)\b[^.]{0,40}$", re.I)
_INVESTIGATOR = re.compile(r"independent\s+office\s+for\s+police\s+conduct|iopc|ipcc|independent\s+police\s+complaints\s+commission|"
                           r"pirc|police\s+ombudsman|professional\s+standards(?:\s+department)?|directorate\s+of\s+professional\s+standards|"
                           r"anti-corruption\s+(?:unit|command)|counter[- ]corruption\s+unit")  # matched lower-case
_INVESTIGATED = re.compile(r"investigat\w+|inquiry|probe")  # matched lower-case
_INVESTIGATED_WORDS = ("investigat", "inquiry", "probe")  # one begins every _FORCE_INVESTIGATES match
_FORCE_INVESTIGATES = re.compile(r"(?:investigat\w+|inquiry|probe)\s+(?:\w+\s+){0,4}(?:by|from)\s+(?:officers\s+from\s+)?(?:the\s+)?$")  # lower-case
_SAYS_AFTER = re.compile(r"(?:,[^.;]{0,90}?,)?\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+|yesterday\s+|today\s+)?(?:"
                         + "|".join(sorted(SPEECH_ONLY)) + r")\b(?!\s+(?:with|to\s+(?:the|a|an|his|her)|on)\b)|['’]s\b")
# (not "replied with a laughing emoji", "responded to the message": doing, not speaking)
_MISCONDUCT_WORDS = re.compile(
    r"misconduct|allegation|accused|breach|investigated|disciplin|racis|sexual|sexis|homophob|offensive|"
    r"inappropriate|explicit|porn|harass|stalk|assault|abus|misuse|dishonest|corrupt|warning|dismiss|sacked|"
    r"found\s+to\s+have|demanded|bombarded|sent\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}(?:message|image|video|photo|text)|"
    r"posted|shared|leaked|accessed|stole|lied|charged|convicted|arrested|suspended|pleaded\s+guilty")  # matched lower-case
_MISCONDUCT_WORDS_ANY = AnyOf(_MISCONDUCT_WORDS)
_BARRED = re.compile(r"barred\s+list|barred\s+from")  # matched lower-case

# The confidence scale every extracted field carries (see README, "How sure is it?"):
DIRECT = 0.9     # the text says it of the officer in so many words: "PC Jo Bloggs, of Kent Police, was dismissed"
SENTENCE = 0.75  # said in the same sentence or headline, or of the officer by description ("the officer")
ARTICLE = 0.6    # inferred from the article as a whole: the force it is about, a phrase in the lede
WEAK = 0.45      # from someone's quoted words, or a place rather than a force
_HEARING = re.compile(r"hearing|meeting|panel|tribunal")  # matched lower-case

# Words that refer back to an officer: "the (former) officer" (the story's officer) and "that
# sergeant" (the one just mentioned). Matched against lower-cased text.
# Written to start with the literal "th" (the look-behind after it) so `re` can skip ahead to
# it: measured 32 → 7 µs per article.
_BACK_REFERENCE = re.compile(
    r"(th(?<![a-z]th)(?:e|at|is))\s+(?:former\s+|ex-|serving\s+|disgraced\s+|dismissed\s+|sacked\s+|then-?)?"
    r"(?:police\s+)?(?:officer|constable|pc|sergeant|detective(?:\s+constable|\s+sergeant)?|inspector|pcso|"
    r"special(?:\s+constable)?|staff\s+member|member\s+of\s+staff|detention\s+officer|employee|superintendent|"
    r"\d{2}-year-old)(?![a-z])")
_NAME_AFTER = re.compile(r"[ \t\xa0]+[A-Z]")
_DEMONSTRATIVE = re.compile(r"\b(?:That|This|that|this)\s+(?:member\s+of\s+staff|staff\s+member|officer|constable|"
                            r"sergeant|detective|PCSO|detention\s+officer|employee|special\s+constable)\b")
_NAMED_AS_WORDS = re.compile(r"(?:named|identified)\s+as")  # matched lower-case
_NAMED_AS = re.compile(r"\b(?:has\s+been\s+|was\s+|is\s+|were\s+|been\s+)?(?:named|identified)\s+as\s+")
_LEAD_PRONOUN = re.compile(r"\W*(?:\w+\s+){0,3}?(He|She|he|she)\b")
# Where a person's own predicate ends: another subject, or the start of what they report
# ("told the court that the defendant had been arrested").
_OTHER_SUBJECT = re.compile(r"\b(?:he|she|they|that|told|said|says|heard|the\s+(?:defendant|accused|suspect|man|woman|victim))\b|[.;:]\s")
_APPOSITIVE_GAP = re.compile(r",\s*(?:\d{1,2},\s*)?")
_APPOSITION_BEFORE = re.compile(r"\s*,\s*")
_QUALIFIED_APPOSITION = re.compile(r"\s+(?:in|on|at|from|with|of)\s+(?:the\s+|a\s+|that\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s*,\s*"
                                   r"|\s+(?:who|that)\s+[^,.;“”\"]{1,60},\s*")  # "a constable who worked there, Jo Bloggs,"
_POLICE_APPOSITIVE = re.compile(r"\s*,\s*(?:\d{2},\s*)?(?:who\s+(?:was|is|had\s+been|has\s+been)\s+)?"
                                r"(?:a|an|the)\s+(?:former\s+|serving\s+|then\s+|retired\s+)?"
                                rf"(?:[A-Z][\w&-]*\s+){{0,4}}(?:{POLICE_NOUNS})\b")
# "Jo Bloggs, of Washington, was a Northumbria Police response officer"
_WAS_AN_OFFICER = re.compile(r"(?:\s*,[^,.;]{0,40},)?\s+(?:was|is|had\s+been|has\s+been)\s+(?:a|an)\s+(?:serving\s+|former\s+)?"
                             rf"(?:[A-Z][\w&-]*\s+){{0,4}}(?:[a-z][\w-]*\s+){{0,2}}(?:{POLICE_NOUNS})\b")
# "Jo Bloggs, 29, worked for Durham Constabulary in the Stanley area"
_WORKED_FOR_FORCE = re.compile(r"(?:\s*,[^,.;]{0,40},)?\s+(?:worked|works|served|serves|was\s+employed|is\s+employed|"
                               r"was\s+based|is\s+based)\s+(?:for|with|by|at|in)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,4}?"
                               r"(?:Police|Constabulary)\b")
_DESCRIBED_FIRST = re.compile(rf"\W*(?:The|A|An)\s+(?:\w+\s+){{0,2}}(?:{POLICE_NOUNS})\b")
_SERVING_AS = re.compile(rf"\b(?:serving|served|worked|working|employed)\s+as\s+(?:a|an)\s+(?:\w+\s+){{0,2}}(?:{POLICE_NOUNS.lower()})\b")  # lower-case
_SERVING_WORDS = ("serv", "work", "employ")  # one begins every _SERVING_AS match, which starts with \b (slow to scan for)
# matched lower-case: percentages, and counts of ten or more officers or cases; "of those, 41 were"
_STATS_FIGURES = (r"\d(?:[\d,]*\s*(?:%|per\s*cent|percent|pc(?![a-z]))|"
                  r"\d[\d,]*\s+(?:officers|cases|investigations|complaints|staff))")
_THOSE_TAIL = r"\s+(?:those|these|them),?\s+\d[\d,]*\s+(?:were|had|have|are|was|received|resigned|retired)\b"
_STATS = re.compile(_STATS_FIGURES + "|(?:of|among)" + _THOSE_TAIL)
# _STATS scanned as its parts (finditer_any), which must not be able to start at the same
# character: a digit, "of", "among". Each part starts with one class or literal, so `re` skips
# ahead to it; an alternation whose branches start with \d, or "of|among", is tried at every
# place (measured 69 → 33 → 8 µs per article).
_STATS_PARTS = (re.compile(_STATS_FIGURES), re.compile("of" + _THOSE_TAIL), re.compile("among" + _THOSE_TAIL))
# Other officers in the sentence ("two other officers were given advice"), whose outcome it may be.
_OTHERS_COUNTS = "other two three four five six seven eight nine ten dozens?\\s+of several both many".split()
_OTHERS_NOUNS = ("officers", "colleagues", "constables", "sergeants", "inspectors", "superintendents", "staff",
                 "detectives", "pcsos")  # one is in every match
_OTHERS_TAIL = r"\s+(?:[a-z]+\s+)?(?:" + "|".join(_OTHERS_NOUNS) + r")\b"
_OTHERS = re.compile(r"\b(?:" + "|".join(_OTHERS_COUNTS) + r"|\d[\d,]*)" + _OTHERS_TAIL + r"|\bcolleagues\b|\bofficers\b", re.I)
_OTHERS_FAST = (  # _OTHERS, lower-case, for found_ignoring_case
    re.compile(word_start_alternation([w + _OTHERS_TAIL for w in _OTHERS_COUNTS] + [r"colleagues\b", r"officers\b"])),
    re.compile(r"\d(?<!\w\d)[\d,]*" + _OTHERS_TAIL))
_FROM_WORDS = frozenset("from with in at of for".split())
_OWNER_GAP = re.compile(r"['’]s\s+(?:\w+\s+){0,4}|\s+(?:\w+\s+){0,3}")
_STAFF_WORDS = ["staff", "civilian", "employee"]
_STAFF = re.compile(r"\b(?:" + "|".join(_STAFF_WORDS) + r")\b", re.I)
_STAFF_FAST = (re.compile(word_start_alternation(_STAFF_WORDS) + r"\b"),)  # lower-case
_ALLEGATION = re.compile(r"alleg|accused|found\s+to\s+have|admitted|breach|charged\s+with|convicted\s+of|"
                         r"pleaded\s+guilty|guilty\s+of|who\s+\w+")  # matched lower-case
_ARTICLE_GAP = re.compile(r",\s*(?:\d{2},\s*)?(?:a|an|the)\s+(?:former\s+|serving\s+)?")
_FORCE_TITLE_GAP = re.compile(r"\s*(?:['’]s\s+)?(?:(?:former|serving)\s+)?(?:officer|constable|sergeant|detective|PC|police\s+constable)?\s*", re.I)
_LQC = re.compile(r"(?:legally\s+qualified|independent)\s+(?:legal\s+)?chair(?![a-z])")  # matched lower-case
_IOPC = re.compile(r"IOPC|Independent\s+Office", re.I)
_IPCC = re.compile(r"IPCC|Complaints\s+Commission", re.I)
# The Standards of Professional Behaviour as articles name them, lower-case.
_STANDARD_WORDS = [
    ("honesty_and_integrity", ("honesty and integrity", "integrity")),
    ("authority_respect_and_courtesy", ("authority, respect and courtesy", "authority, respect, and courtesy",
                                        "respect and courtesy")),
    ("equality_and_diversity", ("equality and diversity",)),
    ("use_of_force", ("use of force",)),
    ("orders_and_instructions", ("orders and instructions",)),
    ("duties_and_responsibilities", ("duties and responsibilities",)),
    ("confidentiality", ("confidentiality",)),
    ("fitness_for_work", ("fitness for work", "fitness for duty")),
    ("discreditable_conduct", ("discreditable conduct",)),
    ("challenging_and_reporting_improper_conduct", ("challenging and reporting",)),
]


def _standards(text: str) -> tuple[str, ...]:
    """Standards named in the text, when it speaks of standards or breaches at all."""
    low = text.lower()
    if "standard" not in low and "breach" not in low:
        return ()  # (single words: no need to even out the spaces first)
    if _ODD_SPACE.search(low):  # (evening out the spaces costs more than looking for the need)
        low = " ".join(low.split())
    return tuple(sid for sid, forms in _STANDARD_WORDS if any(f in low for f in forms))


_ODD_SPACE = re.compile(r"[^\S ]|  ")  # whitespace other than single spaces




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
    chair: bool = False
    merged: list["Target"] = field(default_factory=list)
    absorbed_lede: bool = False
    demonstrated: bool = False       # referred to as "that officer": a weak phrase that became a subject
    named_as: "Target | None" = None  # "the officer was named as X": this phrase is X
    narrative: bool = False          # mentioned in a sentence that is not only "X said …"


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
        return sent.index in self.matching(_STATS)

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
    r"breach|suspended|under\s+investigation|internal\s+(?:investigation|affairs|inquiry)|fired|terminated|"
    r"stood\s+down|docked|demoted|reduced\s+in\s+rank|corrupt|abuse\s+of\s+(?:position|power|trust)|"
    r"code\s+of\s+conduct|gross\s+|management\s+advice|kicked\s+out|axed|misus|inappropriate|offensive|"
    r"racis|homophob|sexis|misogyn|harass|stalk|dishonest|abuse\s+of")
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
    return _ABOUT_MISCONDUCT.search(lower_ascii(narrative))


def assemble(ctx: Context) -> list[Case]:
    if not reports_misconduct(ctx.narrative()):
        return []
    targets: dict[tuple, Target] = {}
    chairs: set[int] = ctx.chairs
    focus: Target | None = None
    recent: list[Target] = []        # officers the story has been about, most recent last
    mentioned: list[Target] = []     # every officer mentioned, witnesses too, most recent last
    last_person: dict[str, Person] = {}   # by gender: the person last named, police or not
    last_pos: dict[str, int] = {}
    prev_outcome: OutcomeMention | None = None
    pair: list[Target] = []          # officers the last sentence named together ("PC A and PC B")
    together: list[Target] = []      # the officers of the last sentence that had any
    text = ctx.text
    named_as_sents = ctx.matching(_NAMED_AS_WORDS)

    for sent in ctx.sents:
        s_lo, s_hi = sent.start, sent.end
        if ctx.within_quote(s_lo, s_hi):
            continue  # someone's quoted words: not the narrative of who got what
        refs: list[tuple[int, Target]] = []
        speaking: set[int] = set()   # people this sentence only reports as saying something
        held = ctx.by_sent.get(sent.index, _NOTHING)  # what the sentence holds, as in Context.in_sent
        pron = _LEAD_PRONOUN.match(text, s_lo, s_hi)
        if not held and pron is None:
            continue  # a third of sentences: nobody in them, nothing to give anyone (changes nothing below)
        for m in held.get("mentions", ()):
            if ctx.in_quote(m.start, attributed_only=True):
                continue
            p = ctx.people[m.entity]
            for g in ((p.gender,) if p.gender else ("male", "female")):
                last_person[g] = p
                last_pos[g] = m.start
            t = targets.get(("p", p.id))
            if t is None:
                t = targets[("p", p.id)] = Target(("p", p.id), m.start, person=p)
            t.sentences.add(sent.index)
            if p.id in chairs:
                t.chair = True
                continue
            if p.role in ("officer", "pcso", "special_constable", "staff") and not (m.civil and not m.rank and not t.police):
                t.police = True
            if not t.police and _police_nearby(text, m, s_hi, s_lo):
                t.police = True
            lo = max(s_lo, m.title_start - 30)
            lo = max(lo, text.rfind(",", lo, m.title_start) + 1)  # "…for the inquiry, Philip Naylor": the comma ends it
            prev = lowered(words_before(text, m.title_start, 3, m.title_start - lo))
            if not _NOT_CASE_WORDS.isdisjoint(prev) and not _PROCEEDING_FOR.search(" ".join(prev)):
                continue
            if ("who" in prev or "that" in prev) and not t.police and \
                    _OFFICERS_WHO.search(text, max(s_lo, m.title_start - 50), m.title_start):
                continue  # "Both officers who restrained Mr X were served notices": X is their object
            if text.startswith("s ", m.end + 1) and _KIN_AFTER.match(text, m.end):
                continue  # "Mr X's mother, Jo X, said …": about someone else, not X
            if (_SAYS_AFTER.match(text, m.end) and not _OWN_DOING.match(text, m.end)) or \
                    (prev and prev[-1] in SPEECH_ONLY and not _REPORTED_VERB_AFTER.match(text, m.end)):
                speaking.add(id(t))
            else:
                t.narrative = True
            refs.append((m.title_start, t))
        for i, np in held.get("unnamed", ()):
            owner = _appositive_owner(ctx, np)
            if owner is not None:
                ot = targets.get(("p", owner))
                if ot is not None:
                    ot.police = True
                    if np.force is not None:
                        ot.forces.append((np.force, 3.0))
                continue
            if np.count > 1 and ctx.low.endswith("the ", 0, np.start) and \
                    not ctx.in_quote(np.start, attributed_only=True):
                # "Two officers recorded checks …. no further action in respect of the two
                # constables": the group of that number met before
                back = next((t for t in reversed(mentioned) if t.np is not None and t.np.count == np.count), None)
                if back is not None and sum(1 for t in mentioned if t.person is not None and t.police
                                            and t.first > back.np.start) < np.count:
                    # (not when officers named since are that many: "the two constables" is them)
                    refs.append((np.start, back))
                    back.sentences.add(sent.index)
                    # the subject of a sentence now ("The two arresting officers have no case to answer")
                    back.demonstrated = back.demonstrated or opens_clause(ctx.text, np.start - 4)
                    continue
            if np.weak:
                # an officer in the object of a sentence ("a colleague told a sergeant"): only
                # remembered, so that "That sergeant … received a written warning" finds them
                key = ("c", np.code) if np.code else ("u", i)
                t = targets.setdefault(key, Target(key, np.start, np=np, police=True))
                if np.force is not None:
                    t.forces.append((np.force, 3.0))
                if t in mentioned:
                    mentioned.remove(t)
                mentioned.append(t)
                continue
            if not ctx.in_quote(np.start, attributed_only=True):
                key = ("c", np.code) if np.code else ("u", i)  # "Officer A" is one officer throughout
                t = targets.setdefault(key, Target(key, np.start, np=np, police=True))
                t.sentences.add(sent.index)
                if np.force is not None:
                    t.forces.append((np.force, 3.0))
                refs.append((np.start, t))
        for dm in held.get("demonstratives", ()):
            # "That member of staff was referred …": the unnamed officer just mentioned (a named
            # one would be called by name), of the rank the words give
            if mentioned and not ctx.in_quote(dm.start(), attributed_only=True):
                back = _demonstrated(dm.group(), mentioned)
                refs.append((dm.start(), back))
                back.sentences.add(sent.index)
                back.demonstrated = True
        for dm in held.get("descriptions", ()):
            if not ctx.in_quote(dm.start(), attributed_only=True):
                # "the sergeant" is the officer of that rank just mentioned, if the focus is not one
                who = None
                brought_in = focus is not None and _WHICH_ONE.match(ctx.low, dm.end()) and \
                    _rank_fits(focus, _rank_class(dm.group()) or "officer") is not True
                if brought_in:
                    # "The detective constable accused of the original assault resigned", in a
                    # story about a chief superintendent: someone brought in, not the focus
                    who = _first_described(ctx, dm, targets, mentioned)
                if who is None and focus is not None:
                    who = _by_rank(dm.group(), focus, mentioned)
                if who is None and not brought_in:  # (tried above: it would say None again)
                    who = _first_described(ctx, dm, targets, mentioned)
                    if who is not None:
                        mentioned.append(who)
                if who is not None:
                    refs.append((dm.start(), who))
                    who.sentences.add(sent.index)
                    who.police = True
        # "Both were dismissed", "The pair were sacked": the officers just named together
        if pair and not refs and _PLURAL_LEAD.match(text, s_lo, s_hi) and \
                any(not o.negated and not o.hypothetical for o in ctx.in_sent(sent, "outcomes")):
            for t in pair:
                refs.append((s_lo, t))
                t.sentences.add(sent.index)
        officers_here = [t for _, t in refs if (t.police or t.np is not None) and not t.chair]
        if officers_here:
            together = list(dict.fromkeys(officers_here))
        named_here = [t for _, t in refs if t.person is not None and t.police]
        if len(named_here) >= 2:
            pair = list(dict.fromkeys(named_here))
        elif any(t.np is not None and t.np.count > 1 for _, t in refs):
            pair = []  # "Three other constables …. They were not named": "they" is that group now
        pronoun_unresolved = False
        if pron and not any(pos < pron.start(1) for pos, _ in refs):
            want = "female" if pron.group(1).lower() == "she" else "male"
            who = next((t for t in reversed(recent) if t.person is None or t.person.gender in (None, want)), None)
            if focus is not None and (focus.person is None or focus.person.gender in (None, want)):
                who = focus
            if who is not None and who.np is not None and who.np.count > 1:
                # "he" is not a group: the one officer mentioned since ("Three officers …. One
                # officer, a sergeant, had failed …. He was dismissed"), else nobody
                who = next((t for t in reversed(mentioned) if t.np is not None and t.np.count == 1
                            and t.np.start > who.np.start), None)
            last = last_person.get(want)
            if last is not None and (who is None or who.person is None or last.id != who.person.id) \
                    and last.role is None and _last_pos_of(who, text, s_lo) < last_pos.get(want, -1) < pron.start(1):
                who = None  # "Heston admitted affray … he had been sacked": a civilian named since
            if who is not None:
                refs.append((pron.start(1), who))
                who.sentences.add(sent.index)
            else:
                pronoun_unresolved = True
        named = _NAMED_AS.search(text, s_lo, s_hi) if sent.index in named_as_sents else None
        if focus is not None and focus.np is not None:
            who = None
            if named:
                # "The officer has been named as PC Jo Bloggs": the phrase the story used is Jo Bloggs
                who = next((t for pos, t in refs if t.person is not None and pos >= named.end() - 1), None)
            else:
                # "The officer, D/C Jo Bloggs, was based in …"
                for dm in held.get("descriptions", ()):
                    who = next((t for pos, t in refs if t.person is not None
                                and _APPOSITION_BEFORE.fullmatch(text, dm.end(), pos)), None)
                    if who is not None:
                        break
            if who is not None and focus is not who:
                focus.named_as = who
        if len(refs) > 1:
            refs.sort(key=lambda r: r[0])
        for _, t in refs:
            if t.police or t.np is not None:
                if t in mentioned:
                    mentioned.remove(t)
                mentioned.append(t)

        for k, (pos, t) in enumerate(refs):
            if t.person is not None:
                # the predicate must be this person's: before anyone else is named or referred to
                t.windows.append((pos, refs[k + 1][0] if k + 1 < len(refs) else s_hi))
        # "X said the panel had concluded that a final written warning was sufficient": the
        # outcome is reported by X, about the story's officer
        if speaking and any(id(t) in speaking for _, t in refs):
            refs = [(pos, t) for pos, t in refs if id(t) not in speaking]
        outs = held.get("outcomes", ())
        firm = [o for o in outs if not o.negated and not o.hypothetical]
        if firm and held.get("mentions"):
            firm = [o for o in firm if not _in_others_relative(ctx, held["mentions"], refs, o.start)]
        implicit = False
        sent_text = _sentence_text(text, s_lo, s_hi) if (
            (not refs and firm and focus is not None and not pronoun_unresolved)
            or (refs and not firm and prev_outcome is not None)) else ""
        if not refs and firm and focus is not None and not pronoun_unresolved and \
                not (_GENERIC_SENT.match(sent_text) or ctx.statistics(sent) or _other_officers(sent_text)
                     or _someone_else(sent_text) or _civilian_named(ctx, sent)
                     or not _subject_may_be_officer(sent_text)):
            # "PC A and PC B were accused of …. The panel found the allegations not proven": both,
            # when the last sentence about officers was about the two of them
            refs = [(s_lo, t) for t in together] if len(together) >= 2 and focus in together \
                and all(t.person is not None for t in together) else [(s_lo, focus)]
            for _, t in refs:
                t.sentences.add(sent.index)
            implicit = True
        if not firm and refs and _ANAPHORIC.match(sent_text) and prev_outcome is not None:
            firm = [prev_outcome]
            anaphoric = True
        else:
            anaphoric = False
        if refs and firm and focus is not None and not anaphoric:
            # "DCC X found gross misconduct and dismissed him": the one dismissed is the object,
            # the officer the story is about, not the subject who decided
            done = [o for o in firm if _OBJECT_AFTER.match(ctx.low, o.end)
                    and all(pos < o.start and t is not focus for pos, t in refs)]
            if done:
                _decided(refs, chairs)
                firm = [o for o in firm if o not in done]
                focus.outcomes.extend((o, 3) for o in done)
                focus.sentences.add(sent.index)
        if len(refs) >= 2 and firm and not anaphoric:
            # "Chief Constable X dismissed PC Y at an accelerated hearing": the named officer right
            # after the sanction's verb is the one sanctioned; a named subject before it decided
            for o in firm:
                obj = next(((pos, t) for pos, t in refs if t.person is not None
                            and o.end <= pos <= o.end + 2 and not ctx.text[o.end:pos].strip()), None)
                if obj is None or not any(pos < o.start and t.person is not None for pos, t in refs):
                    continue
                _decided([(pos, t) for pos, t in refs if pos < o.start and t is not obj[1]], chairs)
                refs = [(pos, t) for pos, t in refs if not t.chair]
        if refs and firm:
            _assign(ctx, refs, firm, sent, anaphoric, implicit)
        if firm:
            prev_outcome = firm[-1]
        # the focus moves to the last officer the sentence is about (an unnamed one only when
        # the sentence reports something about them, not when they are a witness), but not to
        # one in a clause reporting what its subject was told: "Sgt A was told … that PC B had …"
        movers = refs
        if refs and refs[0][0] - s_lo <= 2:
            low = lower_ascii(text)
            told = _REPORTED_THAT.search(low, refs[0][0], s_hi) \
                if contains_any(low, _REPORTING_VERBS, refs[0][0], s_hi) else None
            if told is not None:
                movers = [(pos, t) for pos, t in refs if pos < told.start()]
            # "A third officer, who had shared a car with the constable, was …": the subject, not
            # the officer inside its relative clause
            first = refs[0][1]
            first_end = first.np.end if first.np is not None else next(
                (m.end for m in first.person.mentions if m.title_start == refs[0][0]), None)
            rel = _RELATIVE_ASIDE.match(low, first_end) if first_end is not None else None
            if rel is not None:
                movers = [(pos, t) for pos, t in movers if not rel.start() <= pos < rel.end()]
        for pos, t in movers:
            if t.chair:
                continue
            if t.np is not None and not (t.outcomes or t.demonstrated or _misconduct_context(ctx, t)
                                         or _opens_paragraph(ctx, t.np.start)):
                continue
            if id(t) in speaking and not t.outcomes:
                continue  # a spokesperson, not the story's subject
            if t.person is not None and _left_and_complained(ctx, firm):
                # "Mr X left the force and made a complaint": the one wronged, not the story's
                # subject, whatever the sentences before made of them
                if t in recent:
                    recent.remove(t)
                if focus is t:
                    focus = recent[-1] if recent else None
                continue
            if t.police or t.np is not None:
                focus = t
                if t in recent:
                    recent.remove(t)
                recent.append(t)

    return _build(ctx, targets, chairs)


_RANK_WORDS = ("sergeant", "inspector", "superintendent", "detective", "constable", "pcso", "special")


def _predicate(ctx: Context, t: Target) -> bool:
    """Is a named person the subject of a predicate of misconduct ("was accused", "faces a
    hearing") in one of their sentences? Read only for those the cases need it of: most have an
    outcome by their name (measured 10 µs per article to read it of everyone as met)."""
    if t.predicate is None:
        t.predicate = any(_predicate_in(ctx, lo, hi) for lo, hi in t.windows)
    return t.predicate


def _predicate_in(ctx: Context, lo: int, hi: int) -> bool:
    window = _unquoted(ctx, lo, hi)
    other = _OTHER_SUBJECT.search(window, 8)
    if other:
        window = window[:other.start()]
    return _PREDICATE.search(window.lower()) is not None


def _demonstrated(words: str, mentioned: list[Target]) -> Target:
    word = next((w for w in _RANK_WORDS + ("staff",) if w in words.lower()), None)
    unnamed = [t for t in mentioned if t.np is not None]
    for pool in (unnamed, mentioned):
        for t in reversed(pool):
            if word is None or _rank_fits(t, word) is not False or (word == "staff" and t.np and t.np.role == "staff"):
                return t
    return mentioned[-1]


def _first_described(ctx: Context, dm: re.Match, targets: dict[tuple, Target], mentioned: list[Target]) -> Target | None:
    """"The custody sergeant on duty had not …. The sergeant has received improvement action": an
    officer the story brings in with "the", of a rank nobody named in the story holds (else "the
    sergeant" may be someone named later), not followed by their name. After a lone officer of
    no stated rank ("A Police Scotland officer … the constable") only when words after say which
    one ("the detective constable accused of the assault", "the sergeant on duty")."""
    rank = _rank_class(dm.group())
    if rank is None:
        return None
    key = ("d", rank)
    t = targets.get(key)
    if t is not None:
        return t
    if any(_rank_class(p.rank or "") == rank for p in ctx.people) or _NAME_APPOSITION.match(ctx.text, dm.end()):
        return None
    if any(t.np is not None and t.np.count == 1 and t.np.role == "officer" and _rank_word(t) is None for t in mentioned) \
            and not _WHICH_ONE.match(ctx.low, dm.end()):
        return None
    noun = ctx.text[dm.end(1):dm.end()].strip()
    np = UnnamedNP(dm.start(), dm.end(), 1, role_of_noun(noun), None, False, dm.start() < ctx.title_end, noun)
    t = targets[key] = Target(key, dm.start(), np=np, police=True)
    return t


def _rank_class(words: str) -> str | None:
    """The rank words name, as _RANK_WORDS_OF groups them ("detective constable" and "PC" are both
    a constable; "Assistant Chief Constable" is a chief officer)."""
    low = words.lower()
    return next((rank for key, rank in _RANK_WORDS_OF if key in low), None)


# Words after "the sergeant" that say which one: an officer brought in, not one met before
_WHICH_ONE = re.compile(r"\s+(?:who|whom|accused|involved|responsible|in\s+charge|on\s+duty|at\s+the\s+centre|"
                        r"alleged|suspected|said\s+to\s+have)\b")  # lower-case


_NAME_APPOSITION = re.compile(r"\s*,\s*(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+\s*,")


def _by_rank(description: str, focus: Target, mentioned: list[Target]) -> Target | None:
    word = next((w for w in _RANK_WORDS if w in description.lower()), None)
    if word is None or _rank_fits(focus, word) is not False:
        return focus
    for t in reversed(mentioned):
        if _rank_fits(t, word):
            return t
    return None  # "the superintendent" while the story is about an inspector: someone not yet met


def _rank_fits(t: Target, word: str) -> bool | None:
    """Does this officer hold the rank the word names? None when we cannot tell."""
    if t.person is not None:
        return word in (t.person.rank or "").lower() if t.person.rank else None
    return word in t.np.noun.lower() if t.np is not None else None


def _appositive_owner(ctx: Context, np: UnnamedNP) -> int | None:
    """"Jo Bloggs, 41, a detective sergeant with Kent Police, …" and "A second officer, Acting
    Sergeant Jo Bloggs, …": the phrase describes Jo Bloggs."""
    # only the mentions that can end 12 characters before the phrase or have their title start
    # 40 after it, found by bisection (measured 3.5 → 1 µs a phrase against trying them all)
    lo, hi = ctx.mentions_near(np.start - 12, np.end + 40)
    for m in ctx.mentions[lo:hi]:
        if m.end <= np.start <= m.end + 12 and _APPOSITIVE_GAP.fullmatch(ctx.text, m.end, np.start):
            return m.entity
        if np.end <= m.title_start <= np.end + 4 and _APPOSITION_BEFORE.fullmatch(ctx.text, np.end, m.title_start):
            return m.entity
        # "A second officer in the group, PC Jo Bloggs, 27, replied": a short qualifier between
        if np.end < m.title_start <= np.end + 40 and _QUALIFIED_APPOSITION.fullmatch(ctx.text, np.end, m.title_start):
            return m.entity
    return None


def _police_nearby(text: str, m: Mention, s_hi: int, s_lo: int = 0) -> bool:
    after = text[m.end:min(s_hi, m.end + 70)]
    if _POLICE_APPOSITIVE.match(after) or _WAS_AN_OFFICER.match(text, m.end, min(s_hi, m.end + 120)) \
            or _WORKED_FOR_FORCE.match(text, m.end, min(s_hi, m.end + 120)):
        return True
    low = lower_ascii(text)
    if contains_any(low, _SERVING_WORDS, m.end, s_hi) and _SERVING_AS.search(low, m.end, s_hi):
        return True
    prev = words_before(text, m.title_start, 1, 30)
    if prev and _POLICE_NOUN.fullmatch(prev[-1]) is not None:
        return True
    # "The detective superintendent who had overall responsibility …, Philip Naylor, …"
    return text[m.title_start - 2:m.title_start] == ", " and bool(_DESCRIBED_FIRST.match(text, s_lo, m.title_start))



def _sentence_text(text: str, lo: int, hi: int) -> str:
    """A sentence as the tests on its words read it: without a section number ("3.1 Final
    written warning."). Made only for the sentences those tests look at."""
    return _SECTION_NUMBER.sub("", text[lo:hi], count=1)


def _other_officers(sent_text: str) -> bool:
    return found_ignoring_case(sent_text, _OTHERS, _OTHERS_FAST, _OTHERS_NOUNS)


def _assign(ctx: Context, refs: list[tuple[int, Target]], firm: list[OutcomeMention], sent: Sent, anaphoric: bool,
            implicit: bool = False) -> None:
    """Give each firm outcome phrase of a sentence to the officer(s) it is about. Weights: 3 when
    the sentence names or refers to the officer, 2 in the headline or when the officer is only
    the story's focus ("The panel imposed dismissal"), 1 inside someone's quoted words."""
    if not refs or not firm:
        return
    # "A Met officer has been dismissed and another has received a final written warning": an
    # outcome after "and another" is someone else's, not the officer named before it
    low = ctx.low
    markers = [m.start() for m in _ANOTHER.finditer(low, sent.start, sent.end)] \
        if contains_any(low, _ANOTHER_WORDS, sent.start, sent.end) else []
    if markers:
        firm = [o for o in firm if not any(m < o.start and not any(m < pos < o.start for pos, _ in refs)
                                           and any(pos < m for pos, _ in refs) for m in markers)]
        if not firm:
            return
    weight_base = 2 if (sent.start < ctx.title_end or implicit) else 3

    def weight(o: OutcomeMention) -> int:
        return 1 if ctx.in_quote(o.start) and not anaphoric else weight_base

    if anaphoric:
        for _, t in refs:
            for o in firm:
                t.outcomes.append((o, weight(o)))
        return
    listed = [(pos, t) for pos, t in refs if t.np is not None]
    # "A Met officer who punched a boy while two other officers held him has been fired": an
    # officer inside another's relative clause is not a subject of the sentence's outcomes
    listed = [(pos, t) for k, (pos, t) in enumerate(listed)
              if k == 0 or not _inside_relative(ctx.low, listed[k - 1][1].np.end, pos)]
    others = [(pos, t) for pos, t in refs if t.np is None]
    taken: set[int] = set()
    if listed:
        # a list of unnamed officers: each owns the outcomes in its own clause; the rest share
        # the predicate after the last of them ("A, B and C were given …") or before the first
        # ("a scolding was deemed sufficient for A and B").
        bounds = [pos for pos, _ in listed] + [sent.end]
        owned_any = False
        for k, (pos, t) in enumerate(listed):
            own = [o for o in firm if bounds[k] <= o.start < bounds[k + 1] and not _other_ref_between(others, pos, o.start)]
            if own and k + 1 < len(listed):
                for o in own:
                    t.outcomes.append((o, weight(o)))
                    taken.add(id(o))
                owned_any = True
        last_pos = listed[-1][0]
        tail = [o for o in firm if o.start >= last_pos and id(o) not in taken and not _other_ref_between(others, last_pos, o.start)]
        head = [o for o in firm if o.start < listed[0][0] and not any(p < o.start for p, _ in others)]
        # (a tail with only a finding leaves the head's sanction: "Kent Police dismissed a
        # sergeant for gross misconduct")
        shared = tail if any(o.outcome for o in tail) else (head + tail if head else tail)
        for pos, t in listed:
            if not t.outcomes or not owned_any:
                for o in shared:
                    if (o, weight(o)) not in t.outcomes:
                        t.outcomes.append((o, weight(o)))
        for o in shared:
            taken.add(id(o))
    for o in firm:
        if id(o) in taken or not others:
            continue
        # not one inside an earlier officer's aside: "PC A, who helped PC B look it up, resigned"
        before = [(pos, t) for pos, t in others if pos <= o.start and not _in_aside(ctx, others, pos, o.start)]
        after = [t for pos, t in others if pos > o.start]
        if not before:
            after[0].outcomes.append((o, weight(o)))
            continue
        # "PC A and PC B, who …, were dismissed": every officer of a list before the verb
        chosen = [before[-1]]
        while len(chosen) < len(before) and (before[-len(chosen) - 1][0] == chosen[0][0]  # "Both were …"
                                             or _conjoined(ctx, before[-len(chosen) - 1], chosen[0], o.start)):
            chosen.insert(0, before[-len(chosen) - 1])
        for _, t in chosen:
            t.outcomes.append((o, weight(o)))


def _decided(refs: list[tuple[int, Target]], chairs: set[int]) -> None:
    """The named people of `refs` decided a sanction ("X … dismissed him"): the hearing's chair."""
    for _, t in refs:
        if t.person is not None:
            t.chair = True
            chairs.add(t.person.id)


_WHO_CLAUSE = re.compile(r"\s*,\s*who\s+[^,;.]{0,40}")  # lower-case


def _in_others_relative(ctx: Context, mentions, refs: list[tuple[int, Target]], at: int) -> bool:
    """Is the outcome at `at` inside the relative clause of someone the sentence does not make a
    subject ("She takes over from Chief Constable X, who is retiring")? Then it is theirs."""
    taken = {pos for pos, _ in refs}
    return any(m.end <= at and m.title_start not in taken and _WHO_CLAUSE.fullmatch(ctx.low, m.end, at)
               for m in mentions)


_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:who|whom|whose|which)\b[^,;.]*,")  # lower-case
_RELATIVE_GAP = re.compile(r"\s+(?:who|whom|which|that)\s[^,;.]*")  # lower-case


_PLURAL_LEAD = re.compile(r"\W*(?:Both(?:\s+officers|\s+men|\s+women|\s+of\s+them)?|The\s+pair|The\s+two(?:\s+officers|\s+constables|"
                          r"\s+men|\s+women)?|They)\s+(?:were|was|have|had|are|will|each|also|received|admitted|denied)\b")
_BULLET = r"(?:\d{1,3}[.)]|[-•*·–]|\(?[a-z]\))"  # a list item's number or bullet
# what may stand before a paragraph's subject: a bullet, or a notice's field label ("Officer: Police Constable B")
_ITEM_LEAD = re.compile(r"\s*" + _BULLET + r"?\s*(?:(?:Officer|Officer\s+concerned|Name|Subject|"
                        r"Member\s+of\s+staff|Staff\s+member)\s*:\s*(?:(?:Former|Police)\s+)*)?")


def _opens_paragraph(ctx: Context, pos: int) -> bool:
    """Does the phrase at `pos` open its paragraph or list item ("2. An Essex Police sergeant
    who …")? Then the paragraph is about them, and its next sentences too."""
    sent = ctx.sent_at(pos)
    if sent is None:
        return False
    para_start = min(s.start for s in ctx.sents if s.para == sent.para)
    return bool(_ITEM_LEAD.fullmatch(ctx.text, para_start, pos))


_LIST_ITEM = re.compile(r"\s*" + _BULLET + r"\s+")


def _opens_list_item(ctx: Context, pos: int) -> bool:
    """Does the phrase at `pos` open an item of a bulleted or numbered list ("• A PC based in
    Corby was dismissed …")? A round-up's items are records of their own."""
    para_start = ctx.text.rfind("\n", 0, pos) + 1
    return pos - para_start <= 8 and _LIST_ITEM.fullmatch(ctx.text, para_start, pos) is not None


def _in_aside(ctx: Context, refs: list[tuple[int, Target]], pos: int, outcome_at: int) -> bool:
    """Is the officer at `pos` inside a relative aside (", who …,") of an earlier officer that
    closes before the outcome at `outcome_at`?"""
    low = ctx.low
    for p, t in refs:
        if p >= pos or t.person is None:
            continue
        end = next((m.end for m in t.person.mentions if m.title_start == p), None)
        aside = _RELATIVE_ASIDE.match(low, end) if end is not None else None
        if aside is not None and aside.start() <= pos < aside.end() <= outcome_at:
            return True
    return False


def _inside_relative(low: str, lo: int, hi: int) -> bool:
    """Is the officer at `hi` inside the relative clause of the one ending at `lo` ("who …
    while two other officers held him"), rather than the next of a list ("who …, and a sergeant")?"""
    return bool(_RELATIVE_GAP.fullmatch(low, lo, hi)) and not low[lo:hi].rstrip().endswith((" and", " or"))
_ANOTHER = re.compile(r"(?:\band|\bwhile|\bwhereas|\bbut|,)\s+(?:another|a\s+second|a\s+third|a\s+fourth|the\s+other|"
                      r"a\s+colleague|one\s+other)\b(?!\s+(?:of|time|times|year|day|week|month)\b)")  # lower-case
# One of these is in every _ANOTHER match: most sentences have none, and the pattern, starting
# with \b, is tried at every place (measured 30 µs per article without this test).
_ANOTHER_WORDS = ("other", "second", "third", "fourth", "colleague")


_REPORTED_THAT = re.compile(r"\b(?:told|warned|informed|heard|said|alerted)\b[^.;]{0,60}?\bthat\b")  # lower-case
_REPORTING_VERBS = ("told", "warned", "informed", "heard", "said", "alerted")  # tested first: a cheap find
_SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-h]\)|[ivx]{1,4}\.)\s+(?=[A-Z])")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_LIST_GAP_ASIDE = re.compile(r"(?:\s*,\s*(?:aged\s+)?\d{1,2})?(?:\s*,\s*(?:who|whom|whose)\s[^,;.]*)?\s*,?\s*and\s+")  # lower-case
_PLURAL_VERB = re.compile(r"\s(?:were|are|have)\s")  # lower-case


def _conjoined(ctx: Context, first: tuple[int, Target], second: tuple[int, Target], verb_at: int | None = None) -> bool:
    """Are two named officers listed together ("PC A and PC B", "A, B and C")? With `verb_at`
    (where their predicate is), also across an age and an aside when the verb is plural: "PC
    A, 31, who set up the group, and DS B, 38, who joined it, were dismissed"."""
    (_, a), (pos_b, b) = first, second
    if a.person is None or b.person is None or a is b:
        return False
    end = next((m.end for m in a.person.mentions if m.end <= pos_b and pos_b - m.end <= 8), None)
    if end is not None:
        return bool(_LIST_GAP.fullmatch(ctx.text, end, pos_b))
    if verb_at is None:
        return False
    end = next((m.end for m in a.person.mentions if m.end <= pos_b and pos_b - m.end <= 120), None)
    return end is not None and bool(_LIST_GAP_ASIDE.fullmatch(ctx.low, end, pos_b)) \
        and bool(_PLURAL_VERB.search(ctx.low, pos_b, verb_at))


def _other_ref_between(others: list[tuple[int, Target]], lo: int, hi: int) -> bool:
    return any(lo < pos < hi for pos, _ in others)


def _build(ctx: Context, targets: dict[tuple, Target], chairs: set[int]) -> list[Case]:
    if "\t" in ctx.text or "forthcoming" in ctx.low or "upcoming" in ctx.low:
        for t in targets.values():
            if t.person is not None and t.police and not t.chair and not _firm(t):
                heading = _forthcoming_heading(ctx.text, t.first)
                if heading is not None:
                    t.outcomes.append((OutcomeMention(heading.start(), heading.end(), "pending"), 3))
    named = [t for t in targets.values() if t.person is not None and not t.chair
             and (_firm(t) or (t.police and _predicate(ctx, t)))]
    named = [t for t in named if (t.police or _firm(t)) and not _only_left(ctx, t)]
    wronged = [t for t in targets.values() if t.person is not None and _left_and_complained(ctx, _firm_outcomes(t))]
    unnamed = [t for t in targets.values() if t.np is not None and (not t.np.weak or t.demonstrated)
               and (t.outcomes or (t.np.force and _misconduct_context(ctx, t)))]
    _force_from_clause(ctx, unnamed)
    unnamed = [t for t in unnamed if t.outcomes or t.forces]
    unnamed = _same_groups(unnamed, told_again=not named)
    unnamed = _rows_told_before(unnamed)
    # people the story is about though no outcome sits by their name: officers, and anyone else
    # (a member of staff) the narrative gives a misconduct finding
    subjects = [t for t in targets.values() if t.person is not None and not t.chair and t.narrative and t not in named
                and t not in wronged and (t.police or any(o.finding and w >= 3 for o, w in t.outcomes))]
    _merge_unnamed(ctx, named, unnamed, subjects)
    named += [t for t in targets.values() if t.person is not None and t.absorbed_lede and t not in named
              and not t.chair]
    unnamed = [t for t in unnamed if not getattr(t, "_absorbed", False)]
    ordered = sorted(named + unnamed, key=lambda t: t.first)
    excluded = _excluded_forces(ctx, named)
    article_force = _article_force(ctx, excluded)
    cases: list[Case] = []
    unnamed_ordinal = 0
    single = len(named) == 1
    distinct = {_force_key(f) for t in ordered for f, _ in t.forces}
    if article_force is not None:
        distinct.add(_force_key(article_force))
    # a story that names several forces is not a one-force story, whatever its cases hold
    # (but not one first named after every case: "… than South Yorkshire Police, which …")
    last_case = max((t.first for t in ordered), default=0)
    distinct |= {_force_key(f) for f in ctx.forces if f.start not in excluded and f.kind != "place"
                 and f.start < last_case and not ctx.in_quote(f.start, attributed_only=True)}
    inherit = article_force if len(distinct) == 1 else None
    for t in ordered:
        near = None
        if len(ordered) > 1 and inherit is None:
            near = _section_force(ctx, t, excluded)
        if t.person is None:
            unnamed_ordinal += 1
            if not t.forces and inherit is not None:
                t.forces.append((inherit, 0.5))
            elif not t.forces and near is not None and not t.np.located:
                t.forces.append((near, 0.4))
        fallback = near if near is not None and not single else article_force
        cases.append(_case(ctx, t, fallback if (t.person is not None and (single or not t.forces)) else None,
                           unnamed_ordinal, chairs, len(ordered) == 1, single))
    return cases


# What makes leaving part of a misconduct story: "resigned before the hearing", "also faced the panel".
_CONDUCT_CONTEXT = AnyOf(re.compile(_MISCONDUCT_ARTICLE.pattern + r"|panel|hearing|proceedings|investigat|accused|charged"))


def _only_left(ctx: Context, t: Target) -> bool:
    """An officer whose only reported outcome is leaving (retired, resigned), with nothing about
    misconduct in what the article says of them: a retirement, not a case."""
    ids = {o.outcome for o, w in t.outcomes if w >= 2 and o.outcome}
    if not ids or not ids <= {"resigned", "retired"}:
        return False
    if _left_and_complained(ctx, _firm_outcomes(t)):
        return True
    if _predicate(ctx, t):
        return False
    return not _CONDUCT_CONTEXT.search(lower_ascii(" ".join(_sentence_texts(ctx, t))))


def _left_and_complained(ctx: Context, outcomes) -> bool:
    """"Mr X left the force in 2023 and made a complaint": one who was wronged, and left; not a
    case, nor the story's subject. `outcomes`: the phrases said of them."""
    return any(o.outcome in ("resigned", "retired") and (s := ctx.sent_at(o.start)) is not None
               and _COMPLAINANT.search(ctx.low, o.end, s.end) for o in outcomes)


def _firm_outcomes(t: Target) -> list[OutcomeMention]:
    return [o for o, w in t.outcomes if w >= 2]


# (the leaver's own next verb: "… resigned after the woman complained" is someone else's complaint)
_COMPLAINANT = re.compile(r"\band\s+(?:later\s+|then\s+|subsequently\s+)?(?:(?:made|lodged|raised|brought|filed)\s+(?:a\s+)?"
                          r"(?:formal\s+)?(?:complaint|grievance)|complained\b|blew\s+the\s+whistle)")  # lower-case
_SUSPENSION_TERM = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty)[- ]"
                              r"(?:days?|weeks?|months?|shifts?)\b|without\s+pay|unpaid", re.I)
_SUSPENSION_INTERIM = re.compile(r"pending\s+(?:the|an|a)\b|while\s+(?:the|an)\s+investigation|administrative\s+leave|"
                                 r"until\s+the\s+(?:outcome|investigation)|during\s+the\s+investigation", re.I)


def _penalty_suspension(ctx: Context, t: Target, only_case: bool) -> bool:
    text = ctx.narrative() if only_case else " ".join(_sentence_texts(ctx, t))
    return bool(_SUSPENSION_TERM.search(text)) and not _SUSPENSION_INTERIM.search(text)


# Subjects that are not an officer: an outcome in their sentence is not the officer's.
_SOMEONE = (r"\s+(?:defendant|accused|suspect|man|woman|driver|victim|teenager|boy|girl|youth|jury|jurors|judge|"
            r"magistrates?|court|prosecution|claimant|complainant|family|mother|father|son|daughter|pupil|student|"
            r"worker|employee|company|council)\b")
_SOMEONE_ELSE = re.compile(r"\b(?:the|a)" + _SOMEONE, re.I)
_SOMEONE_ELSE_FAST = (re.compile(word_start_alternation(["the", "a"]) + _SOMEONE),)  # lower-case


_OBJECT_AFTER = re.compile(r"\s+(?:him|her|them)\b(?!self|selves)")  # lower-case
_WHO_ASIDE = re.compile(r",\s*who\b[^,;.]*,")


def _someone_else(sentence: str) -> bool:
    """Is the sentence about someone other than an officer? Not for a man inside the officer's
    relative clause: "The hearing of the officer, who is accused of assaulting a man, was adjourned"."""
    return found_ignoring_case(_WHO_ASIDE.sub(" ", sentence) if "who" in sentence else sentence, _SOMEONE_ELSE,
                               _SOMEONE_ELSE_FAST)


_LEADING_ADVERBIAL = re.compile(r"^\W*(?:(?:last|this|next|earlier|later)\s+(?:year|month|week|summer|spring|autumn|winter)"
                                r"|(?:on|in|at|after|before|during|since|by)\s+[^,]{1,40},|yesterday|today|however,|but|and|"
                                r"then|meanwhile,|separately,)\s*", re.I)
_DET_SUBJECT = re.compile(r"^(?:the|a|an|its|his|her|their)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b", re.I)
# Subjects under which an outcome can be the story's officer's: "The panel imposed dismissal".
_OFFICER_SUBJECTS = frozenset("""panel hearing chair chairman chairwoman tribunal meeting force iopc ipcc watchdog officer
    constable sergeant inspector detective pc sanction sanctions outcome decision misconduct allegation allegations
    case investigation investigators board service constabulary police appeal result finding findings
    ombudsman commission commissioner warning dismissal demotion reduction advice action practice conduct behaviour
    behavior actions""".split())


def _subject_may_be_officer(sentence: str) -> bool:
    """In a sentence that names nobody, can an outcome be about the story's officer? Not when its
    subject is plainly something else: "Last year the budget was cleared by the panel"."""
    rest = _LEADING_ADVERBIAL.sub("", sentence.strip(), count=1)
    m = _DET_SUBJECT.match(rest)
    # the subject's head is one of its first words: "A final written warning was imposed"
    return m is None or any(w in _OFFICER_SUBJECTS for w in m.group(1).lower().split())


def _last_pos_of(t: Target | None, text: str, before: int) -> int:
    """Where the officer was last named before `before` (their first mention if unknown)."""
    if t is None or t.person is None:
        return t.first if t is not None else -1
    starts = [m.start for m in t.person.mentions if m.start < before]
    return starts[-1] if starts else -1


def _civilian_named(ctx: Context, sent: Sent) -> bool:
    """Someone who is not police is named in the sentence (outside quotes)."""
    for m in ctx.in_sent(sent, "mentions"):
        p = ctx.people[m.entity]
        if p.role is None and not m.rank and not ctx.in_quote(m.start, attributed_only=True):
            return True
    return False


_FORTHCOMING = re.compile(r"(?:forthcoming|upcoming|future|scheduled|next)\s+(?:misconduct\s+|gross\s+misconduct\s+)?"
                          r"(?:hearings?|meetings?)\b", re.I)


_FIELD_LINE = re.compile(r"[ \t]*(?:[A-Z][\w()/'’ -]{0,40}:[ \t]|[-–—*_=]{3,}[ \t]*$|[ \t]*$)")


def _forthcoming_heading(text: str, pos: int) -> re.Match | None:
    """An officer in a table's row or a notice's field ("Officer: PC Jo Bloggs"), under a heading
    such as "Forthcoming hearings": the officer's hearing is to come (the heading is its
    evidence). Back over the other rows, fields and rules to the first line that is none."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if "\t" not in line and not _FIELD_LINE.match(line):
        return None
    at = line_start
    for _ in range(60):
        if at <= 0:
            return None
        prev_start = text.rfind("\n", 0, at - 1) + 1
        prev = text[prev_start:at - 1]
        if "\t" not in prev and not _FIELD_LINE.match(prev):
            return _FORTHCOMING.search(text, prev_start, at - 1) if len(prev.strip()) <= 80 else None
        at = prev_start
    return None


def _firm(t: Target) -> bool:
    return any(w >= 2 and o.outcome for o, w in t.outcomes)


def _misconduct_context(ctx: Context, t: Target) -> bool:
    np = t.np
    sent = ctx.sent_at(np.start)
    end = sent.end if sent is not None else np.end
    if _MISCONDUCT_WORDS_ANY.search(ctx.low, np.end, max(np.end, end)):
        return True
    # "We identified learning for a custody sergeant who …", "proceedings against a constable"
    return bool(_CONDUCT_BEFORE.search(ctx.low, max(sent.start if sent is not None else 0, np.start - 30), np.start))


_CONDUCT_BEFORE = re.compile(r"\b(?:learning|action|proceedings|notices?|sanctions?)\s+(?:for|against)\s+$")  # lower-case


def _force_from_clause(ctx: Context, unnamed: list[Target]) -> None:
    """"Two special constables who had to resign from Northamptonshire Police": a force later in the clause."""
    for t in unnamed:
        if t.forces:
            continue
        sent = ctx.sent_at(t.np.start)
        if sent is None:
            continue
        nxt = [u.np.start for u in unnamed if u.np.start > t.np.start and u.np.start < sent.end]
        end = min(nxt) if nxt else sent.end
        for f in ctx.forces:
            if not t.np.end <= f.start < end:
                continue
            prev = [w.lower() for w in words_before(ctx.text, f.start, 2, 14)]
            if prev and (prev[-1] in _FROM_WORDS or (prev[-1] == "the" and prev[-2:-1] and prev[-2] in _FROM_WORDS)):
                t.forces.append((f, 2.0 if f.kind != "place" else 1.5))
                break


def _merge_unnamed(ctx: Context, named: list[Target], unnamed: list[Target], subjects: list[Target]) -> None:
    """Unnamed phrases that describe a named officer are that officer: the headline's "Kent
    Police officer sacked" and the lede's "A Kent Police officer" in a story that goes on to name
    PC Jo Bloggs. A headline phrase is otherwise the body's phrase for the same officer."""
    lede_end = _lede_end(ctx)
    for n in named:
        if not n.forces:
            # "former PC Jo Bloggs, of Devon and Cornwall Police": a round-up's PSNI constable is not them
            attached = _attached_force(ctx, n)
            if attached is not None:
                n.forces.append((attached, 1.0))
    for u in unnamed:
        n = u.named_as
        if n is not None and not getattr(u, "_absorbed", False):
            n.forces.extend((f, w + 1) for f, w in u.forces)
            n.outcomes.extend(u.outcomes)
            n.merged.append(u)
            n.absorbed_lede = True
            u._absorbed = True
    named_given = list(named)
    if not named and subjects:
        # the officer the story names first, though no outcome sits next to the name
        named = [min(subjects, key=lambda t: t.first)]
    for u in unnamed:
        np = u.np
        if np.count > 1:
            # the lede's "Two Met officers have been sacked" and the two it goes on to name
            if np.start < lede_end or np.in_title:
                # (with no outcome of its own, "Two West Midlands Police officers who were sent …"
                # is the two the story goes on to name, whatever they got)
                fits = [n for n in named if _compatible_force(u, n)
                        and (not _outcome_ids(u) or _dismissal_kin(_outcome_ids(u)) <= _dismissal_kin(_outcome_ids(n)))]
                if len(fits) >= np.count or _told_one_by_one(u, unnamed):
                    u._absorbed = True
            continue
        if np.other or _also(ctx, np):
            # "… has been sacked, and a colleague … given a final written warning": in the lede,
            # the other officer the story goes on to name
            # (or one the story tells about with no outcome by their name: "a constable has been
            # fired and his sergeant suspended …. identify them as Const. A and Sgt. B")
            pool = named + [n for n in subjects if n not in named and _same_rank(u, n) and _rank_word(u)]
            if np.start < lede_end and len(pool) >= 2:
                rest = [n for n in pool if not n.merged and _compatible_force(u, n)
                        and (not _outcome_ids(n) or _reports(u, n))]
                # the one whose own outcome it reports, before one with none of their own yet
                exact = [n for n in rest if _outcome_ids(u) and _reports(u, n)]
                if len(exact) == 1:
                    rest = exact
                elif len(rest) > 1 and _rank_word(u):
                    rest = [n for n in rest if _rank_word(n) == _rank_word(u)]
                if len(rest) == 1:
                    rest[0].outcomes.extend(u.outcomes)
                    rest[0].forces.extend(u.forces)
                    rest[0].merged.append(u)
                    rest[0].absorbed_lede = True
                    u._absorbed = True
            continue
        n = _described(ctx, u, named, named_given, lede_end, subjects)
        if n is not None:
            n.forces.extend((f, w + 1) for f, w in u.forces)
            n.outcomes.extend(u.outcomes)
            n.merged.append(u)
            n.absorbed_lede = True
            u._absorbed = True
            continue
        if np.in_title:
            body = [v for v in unnamed if v is not u and not v.np.in_title and v.np.count == 1
                    and not getattr(v, "_absorbed", False) and _compatible_force(u, v)
                    and _compatible_outcome(u, v)]
            if body:
                v = body[0]
                v.outcomes.extend(u.outcomes)
                v.forces.extend(u.forces)
                u._absorbed = True


def _told_one_by_one(group: Target, unnamed: list[Target]) -> bool:
    """"Three Cumbria officers have been disciplined. One officer was dismissed, a second …
    and a third …": the lede's group is the officers the story goes on to describe one by one
    (unnamed phrases after it, of its force, whose numbers add up to the group's), when the
    group has no outcome they do not share."""
    total, theirs = 0, set()
    for v in unnamed:
        if v is group or v.np.start < group.np.end or v.np.in_title or v.np.row or getattr(v, "_absorbed", False):
            continue
        if not _compatible_force(group, v):
            return False
        total += v.np.count
        theirs |= _outcome_ids(v)
        if total >= group.np.count:
            break
    return total == group.np.count and _dismissal_kin(_outcome_ids(group)) <= _dismissal_kin(theirs)


def _same_groups(unnamed: list[Target], told_again: bool = False) -> list[Target]:
    """"Two colleagues who saw the messages" and "two other officers … given management advice"
    are one group told twice: same number, force and outcome. `told_again`: in a story that
    names no officer, the lede's officer may be told again (`_told_again`)."""
    out: list[Target] = []
    for u in unnamed:
        twin = next((v for v in out if u.np.count > 1 and v.np.count == u.np.count
                     and _compatible_force(u, v) and _outcome_ids(u) == _outcome_ids(v)), None)
        if twin is None and told_again and len(out) == 1 and _told_again(out[0], u):
            twin = out[0]
        if twin is None:
            out.append(u)
        else:
            twin.forces.extend(u.forces)
            twin.sentences |= u.sentences
            twin.outcomes.extend(o for o in u.outcomes if o not in twin.outcomes)
    return out


def _rows_told_before(unnamed: list[Target]) -> list[Target]:
    """A round-up's table repeating a case its text told ("a Cleveland Police sergeant was
    dismissed …", then the row "Cleveland Police | Sergeant | … | Dismissed"): one case. Each
    case told in the text takes one row at most."""
    told = [t for t in unnamed if not t.np.row]
    out = []
    for u in unnamed:
        ids = _outcome_ids(u)
        if u.np.row and ids:
            forces, rank = {_force_key(f) for f, _ in u.forces}, _rank_word(u)
            twin = next((v for v in told if v.np.count == u.np.count and _outcome_ids(v) == ids
                         and _rank_word(v) == rank and {_force_key(f) for f, _ in v.forces} == forces), None)
            if twin is not None:
                told.remove(twin)
                continue
        out.append(u)
    return out


def _told_again(v: Target, u: Target) -> bool:
    """"A PSNI officer has been disciplined …. An officer attended and …": the story's one
    officer, introduced by the lede with no outcome, told again from the start. Not another
    officer ("another officer"), nor a second one once the first has an outcome of their own."""
    return (v.np.count == u.np.count == 1 and not u.np.other and not u.np.code and not v.np.code
            and not v.outcomes and not v.np.row and not u.np.row and _compatible_force(u, v) and _same_rank(u, v))


def _dismissal_kin(ids: set[str]) -> set[str]:
    """A headline's "Two officers would have been sacked" covers one dismissed and one who would
    have been: for a group, the two are one kind of outcome."""
    return {"dismissed" if i == "would_have_been_dismissed" else i for i in ids}


def _outcome_ids(t: Target) -> set[str]:
    return {o.outcome for o, w in t.outcomes if w >= 2 and o.outcome}


def _reports(u: Target, n: Target) -> bool:
    """Does the phrase `u` report outcomes `n` has? A suspension is one thing whether the
    phrase gives its term ("suspended without pay for 20 days") and the name's sentence not."""
    def norm(ids: set[str]) -> set[str]:
        return {"pending" if i == "suspended" else i for i in ids}
    return norm(_outcome_ids(u)) <= norm(_outcome_ids(n))


def _compatible_outcome(u: Target, v: Target) -> bool:
    a, b = _outcome_ids(u), _outcome_ids(v)
    return not a or not b or bool(a & b)


def _described(ctx: Context, u: Target, named: list[Target], named_given: list[Target], lede_end: int,
               subjects: list[Target] = ()) -> Target | None:
    """The named officer an unnamed phrase describes, if it is clearly one of them."""
    if u.np.row or u.np.counted or _opens_list_item(ctx, u.np.start) or _said_unnamed(ctx, u):
        # each row of a table, each item of a list, is a record of its own; and one counted
        # off from a group ("Of the three officers, one was dismissed") is one of that group
        return None
    # "A sergeant on his team …" is not the story's constable (`several`: how many officers the
    # story names, whatever their rank)
    several = len(named) > 1
    named = [n for n in named if _same_rank(u, n)]
    subjects = [n for n in subjects if _same_rank(u, n)]
    if u.np.start < lede_end or u.np.in_title:
        # the lede's phrase and the officer named right after it, before any other officer
        after = sorted((n for n in list(named) + list(subjects) if n.first > u.np.start and _compatible_force(u, n)),
                       key=lambda n: n.first)
        if after and not u.np.in_title and after[0].first < lede_end + 1200 and \
                (not _outcome_ids(u) or not _outcome_ids(after[0]) or _outcome_ids(u) <= _outcome_ids(after[0])):
            nxt = after[0]
            others = [n for n in after[1:] if n.first < nxt.first + 200]
            if not others:
                return nxt
    else:
        # "days after a West Midlands Police officer was sacked …" then "PC Jo Bloggs, …, was
        # dismissed": the officer named next, soon after, with the same outcome (or none of
        # their own yet: "A PCSO … will face a hearing.  PCSO Jo Bloggs denies the allegations")
        theirs = _outcome_ids(u)
        after = sorted((n for n in named if n.first > u.np.end and _compatible_force(u, n)), key=lambda n: n.first)
        if theirs and after and after[0].first - u.np.end < 600 and \
                (theirs <= _outcome_ids(after[0]) or (not _outcome_ids(after[0]) and _rank_word(u) is not None
                                                      and _rank_word(u) == _rank_word(after[0]))) and \
                not any(n.first < after[0].first + 200 for n in after[1:]):
            return after[0]
    candidates = [n for n in named if _compatible_force(u, n)]
    if not candidates:
        return None
    theirs = _outcome_ids(u)
    if len(candidates) > 1:
        # several officers named: the phrase is the one whose outcome it reports, or the one
        # the article gives no outcome of their own
        if not (u.np.start < lede_end or u.np.in_title):
            return None
        fits = [n for n in candidates if theirs and theirs <= _outcome_ids(n)]
        if not fits and theirs:
            fits = [n for n in candidates if not _outcome_ids(n)]
        return fits[0] if len(fits) == 1 else None
    n = candidates[0]
    if several and (not u.forces or (not n.forces and not (u.np.start < lede_end or u.np.in_title))):
        return None  # several officers named, and nothing ties this phrase to this one
    if u.np.located and n.forces and not (u.np.start < lede_end or u.np.in_title):
        return None  # "an officer in Yorkshire", further down a story about a Devon officer
    subject_only = n not in named_given
    early = u.np.start < lede_end or (u.np.start < n.first and not subject_only)
    mine = _outcome_ids(n)
    # the single named officer's story describes them without the name, unless the phrase
    # gets an outcome the named officer does not have; an officer named only as a subject (no
    # outcome next to the name) takes the phrases of the lede
    if early and theirs and mine and _dismissal_kin(theirs).isdisjoint(_dismissal_kin(mine)) \
            and not u.np.start < lede_end and ((theirs | mine) <= DISCIPLINARY
                                               or ("dismissed" in theirs and mine <= {"retired", "resigned"})):
        return None  # a round-up's "In January a constable was dismissed", then PC X's written warning
    if early or (not subject_only and (not mine or not theirs or theirs <= mine)):
        return n
    return None


_NOT_NAMED = re.compile(r"\b(?:was|were|has\s+not\s+been|have\s+not\s+been|cannot\s+be|could\s+not\s+be|can\s*not\s+be)\s+"
                        r"(?:not\s+)?(?:named|identified)\b")  # lower-case


def _said_unnamed(ctx: Context, u: Target) -> bool:
    """"… a constable was dismissed. He was not named because …": the paragraph says the
    officer is not named, so no named officer is them."""
    end = ctx.text.find("\n", u.np.end)
    end = len(ctx.text) if end < 0 else end
    m = _NOT_NAMED.search(ctx.low, u.np.end, end)
    return m is not None and ("not" in m.group() or "cannot" in m.group())


_RANK_WORDS_OF = (("chief constable", "chief officer"), ("deputy chief", "chief officer"), ("assistant chief", "chief officer"),
                  ("commissioner", "chief officer"), ("commander", "chief officer"), ("pcso", "pcso"), ("community support", "pcso"), ("special", "special"), ("superintendent", "superintendent"),
                  ("chief inspector", "chief inspector"), ("inspector", "inspector"), ("sergeant", "sergeant"),
                  ("constable", "constable"), ("pc", "constable"))


def _rank_word(t: Target) -> str | None:
    """The rank an unnamed phrase or a named officer's title gives, in a few plain words."""
    return _rank_class(t.np.noun if t.np is not None else (t.person.rank or ""))


def _same_rank(u: Target, n: Target) -> bool:
    a, b = _rank_word(u), _rank_word(n)
    return a is None or b is None or a == b or {a, b} == {"constable", "special"}


# "too" as "also" ends its clause ("sacked too", ", too,"); "too unwell to work" is a degree
_ALSO = re.compile(r"\b(?:also|as\s+well)\b|\btoo\b(?!\s+[a-z])", re.I)


def _also(ctx: Context, np: UnnamedNP) -> bool:
    """"A constable who was also present": someone besides the officer already named."""
    return bool(_ALSO.search(ctx.text, np.end, min(len(ctx.text), np.end + 40)))


_PROSE_END = frozenset(".!?\"”’'):")
_MENU_GAP = re.compile(r"\S(?:   ?| [>|»›] )\S")  # "Home  >  News", "Accept cookies   Reject cookies"


def _page_furniture(text: str, lo: int, hi: int) -> bool:
    """A pasted page's cookie banner, breadcrumb trail or menu: a line that does not end a
    sentence and is laid out in runs of spaces or separators (a standfirst ends without a full
    stop too, but reads as one run of words)."""
    return text[hi - 1:hi] not in _PROSE_END and _MENU_GAP.search(text, lo, hi) is not None


def _lede_end(ctx: Context) -> int:
    """End of the second substantial paragraph after the headline (bylines and dates skipped):
    where a story names the officer its headline describes."""
    seen: list[int] = []
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    lengths: dict[int, int] = {}  # a paragraph's length: its sentences' lengths summed
    for s in ctx.sents:
        lengths[s.para] = lengths.get(s.para, 0) + s.end - s.start
        if s.start < ctx.title_end:
            continue
        ends[s.para] = s.end
        if s.para not in seen:
            seen.append(s.para)
            starts[s.para] = s.start
    substantial = [p for p in seen if lengths[p] >= 60 and not _page_furniture(ctx.text, starts[p], ends[p])]
    if len(substantial) >= 2:
        return ends[substantial[1]]
    return max(ends.values(), default=ctx.title_end)


def _compatible_force(u: Target, n: Target) -> bool:
    if not u.forces or not n.forces:
        return True
    return _force_key(u.forces[0][0]) in {_force_key(f) for f, _ in n.forces}


def _same_force(u: Target, v: Target) -> bool:
    if not u.forces or not v.forces:
        return not u.forces and not v.forces
    return _force_key(u.forces[0][0]) == _force_key(v.forces[0][0])


def _force_key(f: ForceMention) -> str:
    return f.force_id or f.name.lower()


def _excluded_forces(ctx: Context, named: list[Target]) -> set[int]:
    """Starts of force mentions that belong to someone other than the officers: "Chief Constable
    Jo Bloggs, of Cheshire Constabulary" (a chair), "investigated by Kent Police"."""
    excluded: set[int] = set()
    case_entities = {t.person.id for t in named}
    text = ctx.text
    for m in ctx.mentions:
        if m.entity in case_entities:
            continue
        for f in ctx.forces:
            # the gaps are sliced only when short enough to test
            if m.end <= f.start <= m.end + 30 and _ATTACHED.match(text[m.end:f.start]):
                excluded.add(f.start)
            elif f.end <= m.title_start <= f.end + 25 and _OWNER_GAP.fullmatch(text[f.end:m.title_start]):
                excluded.add(f.start)
    low = lower_ascii(text)
    for f in ctx.forces:
        lo = max(0, f.start - 60)
        if contains_any(low, _INVESTIGATED_WORDS, lo, f.start) and _FORCE_INVESTIGATES.search(low[lo:f.start]):
            excluded.add(f.start)
    return excluded


def _section_force(ctx: Context, t: Target, excluded: set[int]) -> ForceMention | None:
    """In a story of several officers, the force named nearest before this one: in the same
    paragraph or a heading just above it ("Kent Police\n\nPC Jo Bloggs was …")."""
    sent = ctx.sent_at(t.first)
    if sent is None:
        return None
    best = None
    for f in ctx.forces:
        if f.start >= t.first:
            break
        if f.start in excluded or ctx.in_quote(f.start, attributed_only=True):
            continue
        fs = ctx.sent_at(f.start)
        if fs is not None and sent.para - 2 <= fs.para <= sent.para and not ctx.statistics(fs):
            best = f
    return best


def _article_force(ctx: Context, excluded: set[int]) -> ForceMention | None:
    """The force the article is about: headline and narrative mentions, less the chair's,
    the investigators' and those of people quoted or merely mentioned."""
    # a dict, and max() for Counter.most_common(1): the same first-of-the-best, without
    # Counter's Python-level constructor and heapq (measured 5 µs per article)
    votes: dict[str, float] = {}
    first: dict[str, ForceMention] = {}
    for f in ctx.forces:
        if f.start in excluded or ctx.in_quote(f.start, attributed_only=True):
            continue
        sent = ctx.sent_at(f.start)
        if sent is not None and ctx.statistics(sent):
            continue
        weight = 0.5 if f.kind == "place" else 1.0
        if f.start < ctx.title_end:
            weight += 1.0
        if _POLICE_NOUN.match(ctx.text, f.end + 1):
            weight += 1.0
        key = _force_key(f)
        votes[key] = votes.get(key, 0.0) + weight
        first.setdefault(key, f)
    if ctx.publisher is not None:
        # a force's own release is about its own officers
        key = _force_key(ctx.publisher)
        votes[key] = votes.get(key, 0.0) + 3.0
        first.setdefault(key, ctx.publisher)
    if not votes:
        return None
    return first[max(votes, key=votes.__getitem__)]


_REINSTATED_PHRASES = ("reinstat", "job back", "back to work", "back at work", "return to work", "returned to work",
                       "returns to work", "return to duty", "returned to duty", "returns to duty",
                       "return to the force", "returned to the force", "overturned on appeal", "appeal was upheld",
                       "appeal upheld", "appeal was allowed", "appeal allowed", "appeal succeeded")

# Substrings without which a pattern cannot match, checked before scanning the article for it.
_NEEDLES = {
    id(_LQC): ("chair",),
    id(_NAMED_AS_WORDS): ("named as", "identified as"),
    id(_INVESTIGATED): ("investigat", "inquiry", "probe"),
}
# Words every match of a pattern starts with: the pattern is tried where one of them stands
# (found with str.find) instead of at every place in the article (measured 10-15 µs a scan).
# Such a word inside another match is in that match's sentence, so the sentences are the same.
_FIRST_WORDS = {
    id(_HEARING): ("hearing", "meeting", "panel", "tribunal"),
    id(_NAMED_AS_WORDS): ("named", "identified"),
    id(_INVESTIGATED): ("investigat", "inquiry", "probe"),
    id(_LQC): ("legally", "independent"),
}



def _choose_outcome(t: Target, reinstated: bool = False) -> tuple[OutcomeMention | None, float]:
    """The officer's outcome: the most severe disciplinary outcome firmly reported (one that
    replaced a dismissal on appeal when the officer was reinstated), else resigned, retired,
    pending."""
    if not t.outcomes:
        return None, 0.0
    if reinstated and any(o.outcome not in ("dismissed", "pending", None) for o, _ in t.outcomes):
        t = Target(t.key, t.first, outcomes=[(o, w) for o, w in t.outcomes if o.outcome != "dismissed"])
    top = max(w for _, w in t.outcomes)
    pool = [o for o, w in t.outcomes if w == top and o.outcome]
    if not pool:
        pool = [o for o, w in t.outcomes if o.outcome]
    if not pool:
        return None, 0.0
    ids = {o.outcome for o in pool}
    left = {"resigned", "retired"} & ids
    def is_disciplinary(o: OutcomeMention) -> bool:
        return o.outcome in DISCIPLINARY or o.outcome in ("would_have_been_dismissed", "suspended")
    disciplinary = [o for o in pool if is_disciplinary(o)]
    if not disciplinary and ids <= {"pending", "resigned", "retired"}:
        # "a man he knew to be under investigation" or "resigned" by the officer's name, the
        # sanction in a sentence of its own ("Outcome: Final written warning", "a hearing found
        # that he would have been dismissed"): the sanction is the outcome
        disciplinary = [o for o, w in t.outcomes if w >= 2 and is_disciplinary(o)]
        top = min(top, 2) if disciplinary else top
    if disciplinary:
        best = max(disciplinary, key=lambda o: (SEVERITY.get(o.outcome, 0) or 0,
                                                o.outcome == "would_have_been_dismissed" and bool(left)))
        if best.outcome == "dismissed" and left:
            whbd = [o for o in pool if o.outcome == "would_have_been_dismissed"]
            if whbd:
                best = whbd[0]
        conf = DIRECT if top >= 3 else (SENTENCE if top == 2 else WEAK)
        return best, conf
    for oid in ("resigned", "retired", "pending"):
        hits = [o for o in pool if o.outcome == oid]
        if hits:
            return hits[0], SENTENCE if top >= 2 else WEAK
    return pool[0], 0.5


_NOT_A_RANK = frozenset("officer detective trooper deputy garda gardaí gardai colleague".split())  # titles, not ranks


def _rank_of_noun(noun: str) -> str | None:
    words = noun.split()
    while words and words[0].lower() == "police":
        words = words[1:]
    if not words or " ".join(words).lower() in _NOT_A_RANK:
        return None
    written = " ".join(w if w.isupper() else w.capitalize() for w in words)
    found = ranks.rank_of(written) or ranks.rank_of(written.upper())
    return found[0] if found else None


def _case(ctx: Context, t: Target, article_force: ForceMention | None, unnamed_ordinal: int,
          chairs: set[int], only_case: bool, single_named: bool = False) -> Case:
    text = ctx.text
    evidence: list[Evidence] = []
    confidence: dict[str, float] = {}
    officer = rank = None
    role = "officer"
    age = None
    if t.person is not None:
        p = t.person
        officer = p.name
        rank = p.rank
        role = p.role if p.role in ("pcso", "special_constable", "staff") else "officer"
        age = p.age
        full = next((m for m in p.mentions if len(m.tokens) == len(p.tokens)), p.mentions[0])
        evidence.append(Evidence("officer", Span(full.start, full.end)))
        confidence["officer"] = DIRECT if (p.rank or p.age) else SENTENCE
        ranked = next((m for m in p.mentions if m.rank), None)
        if ranked is not None:
            end = ranked.start
            while end > ranked.title_start and text[end - 1].isspace():
                end -= 1
            evidence.append(Evidence("rank", Span(ranked.title_start, end)))
        aged = next((m for m in p.mentions if m.age_span), None)
        if aged is not None:
            evidence.append(Evidence("age", aged.age_span))
        if role == "officer" and not p.rank and found_ignoring_case(" ".join(_sentence_texts(ctx, t)[:2]), _STAFF, _STAFF_FAST):
            role = "staff"
    else:
        role = t.np.role
        evidence.append(Evidence("officer", Span(t.np.start, t.np.end)))
        confidence["officer"] = ARTICLE
        if t.np.count == 1:
            # "a detective sergeant", "a Kent Police constable": the rank the phrase gives
            rank = _rank_of_noun(t.np.noun)
            at = text.find(t.np.noun, t.np.start, t.np.end) if rank else -1
            if at >= 0:
                evidence.append(Evidence("rank", Span(at, at + len(t.np.noun))))
            elif rank:
                rank = None  # no evidence in the text, no field

    force = _attached_force(ctx, t) if t.person is not None else None
    fconf = DIRECT
    if force is None and t.forces:
        force = max(t.forces, key=lambda fw: fw[1])[0]
        fconf = SENTENCE
    if force is None and article_force is not None:
        force, fconf = article_force, SENTENCE if only_case else ARTICLE
    if force is not None and force.kind == "place":
        # a place gave the force; show the force's own name as evidence when the article has it
        named_too = next((f for f in ctx.forces if f.force_id == force.force_id and f.kind != "place"), None)
        if named_too is not None:
            force = named_too
    if force is not None:
        if force.end > force.start:
            evidence.append(Evidence("force", Span(force.start, force.end)))
        confidence["force"] = fconf if force.kind not in ("place", "publisher") else min(fconf, ARTICLE)

    # reinstatement only matters when a dismissal and another sanction compete (_choose_outcome)
    ids = {o.outcome for o, _ in t.outcomes}
    reinstated = "dismissed" in ids and bool(ids - {"dismissed", "pending", None}) and \
        bool(ctx.phrases(_REINSTATED_PHRASES) & ({s.index for s in _case_sents(ctx, t)} if not only_case
                                                 else set(range(len(ctx.sents)))))
    best, oconf = _choose_outcome(t, reinstated)
    outcome = best.outcome if best else None
    if best is not None:
        evidence.append(Evidence("outcome", Span(best.start, best.end)))
        confidence["outcome"] = oconf
    if outcome == "suspended" and force is not None and force.force_id is not None:
        outcome = "pending"  # a UK suspension is not a penalty: proceedings are under way
    elif outcome == "pending" and best is not None and force is not None and force.kind == "foreign" \
            and "suspen" in ctx.text[best.start:best.end].lower() and _penalty_suspension(ctx, t, only_case):
        outcome = "suspended"  # abroad, a suspension for a set time is the penalty itself

    finding, fspan, finding_conf = _finding(ctx, t, outcome, only_case or (single_named and t.person is not None),
                              uk=force is None or force.force_id is not None)
    if fspan:
        evidence.append(Evidence("finding", fspan))
    if finding:
        confidence["finding"] = finding_conf
    standards = _standards(" ".join(_sentence_texts(ctx, t)) if not only_case else ctx.narrative())
    allegation_sent = _allegation_sentence(ctx, t)
    allegations = None
    if allegation_sent is not None:
        allegations = ctx.text[allegation_sent.start:allegation_sent.end].strip()[:400]
        evidence.append(Evidence("allegations", Span(allegation_sent.start, allegation_sent.end)))
    cats = ctx.categories(ctx.sents if only_case else _case_sents(ctx, t))
    barred = True if any(o.barred for o, _ in t.outcomes) or (only_case and _BARRED.search(lower_ascii(ctx.narrative()))) else None
    resigned = True if any(o.outcome == "resigned" for o, _ in t.outcomes) else None
    left = True if (resigned or any(o.outcome == "retired" for o, _ in t.outcomes) or outcome == "would_have_been_dismissed"
                    or (t.person is not None and t.person.former)) else None
    hearing_date, hspan = _hearing_date(ctx, t)
    if hspan:
        evidence.append(Evidence("hearing_date", hspan))
    odate = _outcome_date(ctx, best) if best is not None else None
    chair, chair_span = _chair(ctx, chairs, t, only_case)
    if chair_span:
        evidence.append(Evidence("chair", chair_span))
    investigator, ispan = _investigator(ctx, t, only_case)
    if ispan:
        evidence.append(Evidence("investigator", ispan))
    if force is not None:
        force_name = force.name
        force_id = force.force_id
    else:
        force_name = force_id = None
    return Case(
        officer=officer, rank=rank, role=role if t.np is None or t.np.count == 1 else "group",
        force=force_name, force_id=force_id, finding=finding, outcome=outcome, standards=standards,
        allegations=allegations, categories=cats, barred=barred, resigned=resigned, left_force=left,
        age=age, hearing_date=hearing_date, date=hearing_date or odate, chair=chair,
        investigator=investigator, slug=case_slug(officer, role, unnamed_ordinal),
        evidence=tuple(evidence), confidence=tuple(sorted(confidence.items())),
    )


def _allegation_sentence(ctx: Context, t: Target) -> Sent | None:
    """The sentence that best says what the officer did: one naming misconduct of a kind
    (categories) and saying it was alleged or found, then one naming misconduct of a kind, then
    one that merely alleges; in each the earliest in the body (the lede sums the story up), but
    not one that opens on someone else ("A second officer, who is alleged to have …")."""
    sents = _case_sents(ctx, t)
    conduct = [s for s in sents if ctx.has_category(s)]
    # with sentences of conduct, the second group has some: whether the others allege is moot
    groups = ([s for s in conduct if ctx.alleges(s)], conduct) if conduct else ([s for s in sents if ctx.alleges(s)],)
    groups = [g for g in groups if g]
    if not groups:
        return None
    own = [m.start for m in t.person.mentions] if t.person is not None else []
    own += [x.np.start for x in (t, *t.merged) if x.np is not None]
    others = [m.start for m in ctx.mentions if t.person is None or m.entity != t.person.id]
    others += [np.start for np in ctx.unnamed if np.start not in own]

    def opens_on_someone_else(s: Sent) -> bool:
        head = s.start + 60
        return any(s.start <= p < head for p in others) and not any(s.start <= p < head for p in own)
    group = [s for s in groups[0] if not opens_on_someone_else(s)] or groups[0]
    return min(group, key=lambda s: (s.start < ctx.title_end, s.start))


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


def _attached_force(ctx: Context, t: Target) -> ForceMention | None:
    text = ctx.text
    for m in t.person.mentions:
        sent = ctx.sent_at(m.start)
        if sent is None:
            continue
        for f in ctx.forces:
            if not (sent.start <= f.start < sent.end):
                continue
            if f.start >= m.end:
                gap = text[m.end:f.start]
                if len(gap) <= 30 and _ATTACHED.match(gap):
                    return f
                if len(gap) <= 120 and "." not in gap and ";" not in gap and _SERVING.search(gap):
                    return f
                if _ARTICLE_GAP.fullmatch(gap):
                    return f
                if len(gap) <= 60 and _SANCTIONED_BY.fullmatch(gap):
                    return f  # "PC Jo Bloggs, 42, was dismissed by Dorset Police"
            elif f.end <= m.title_start:
                gap = text[f.end:m.title_start]
                if len(gap) <= 25 and _FORCE_TITLE_GAP.fullmatch(gap):
                    return f
    return None


_SANCTIONED_BY = re.compile(r"(?:\s*,[^,.;]{1,30},)?\s+(?:has\s+been|had\s+been|was|were|have\s+been)\s+"
                            r"(?:dismissed|sacked|fired|disciplined|suspended|demoted|reduced\s+in\s+rank)\s+by\s+(?:the\s+)?")


# "gross misconduct hearing", "misconduct proceedings": the kind of hearing, not a finding
_NOT_A_FINDING_AFTER = re.compile(r"\s+(?:hearings?|meetings?|panels?|proceedings|investigations?|allegations?|"
                                  r"notices?|charges?|cases?|inquiry|inquiries|probe)\b")  # lower-case
# Before a finding in its sentence: words that make it one ("found", "admitted") and words that
# make it only alleged ("if proven, this would amount to gross misconduct").
_FOUND_BEFORE = re.compile(r"\b(?:found|finds|find|proven|proved|admitted|admits|accepted|amounted|amounts|"
                           r"committed|upheld|guilty)\b")  # lower-case
_ALLEGED_BEFORE = re.compile(r"\b(?:alleged|allegations?|accused|investigat\w*|face|faces|facing|deny|denies|denied)\b")
_CONDITIONAL_BEFORE = re.compile(r"\b(?:if|would|could|may|might|unless)\b")  # lower-case


def _finding(ctx: Context, t: Target, outcome: str | None, sole: bool,
             uk: bool) -> tuple[str | None, Span | None, float]:
    """The finding and how sure: what the outcome says (not proven, no case to answer); else a
    finding stated in the officer's sentences (those naming them first), or anywhere when the
    story names one officer ("the hearing found the posts amounted to gross misconduct"); else
    what the sanction implies: in the UK only gross misconduct ends in dismissal, and a written
    warning follows misconduct."""
    for o, _ in t.outcomes:
        if o.finding in ("not_proven", "no_case_to_answer", "practice_requiring_improvement") and o.outcome == outcome:
            return o.finding, Span(o.start, o.end), DIRECT
    if outcome in ("not_proven", "no_case_to_answer"):
        return None, None, 0.0
    sents = _case_sents(ctx, t)
    low = ctx.low
    case_at = {s.index for s in sents}
    own = set()  # the case's sentences that name the officer
    if t.person is not None:
        for m in t.person.mentions:
            at = ctx.sent_at(m.start)
            if at is not None and at.index in case_at:
                own.add(at.index)
    sanction = outcome in ("dismissed", "would_have_been_dismissed", "reduction_in_rank", "final_written_warning",
                           "written_warning")

    def stated(findings: tuple[str, ...], anywhere: bool) -> tuple[OutcomeMention | None, float]:
        found = []
        for o in ctx.outcomes:
            if o.finding not in findings or o.negated or o.hypothetical or ctx.in_quote(o.start, True) \
                    or _NOT_A_FINDING_AFTER.match(low, o.end):
                continue
            whole = ctx.sent_at(o.start)
            sent = whole if whole is not None and whole.index in case_at else None
            lead = low[whole.start:o.start] if whole is not None else ""
            if _CONDITIONAL_BEFORE.search(lead) or (_ALLEGED_BEFORE.search(lead) and not _FOUND_BEFORE.search(lead)):
                continue  # the level of what is alleged or might be found, not what a panel found
            if not sanction and not _FOUND_BEFORE.search(lead):
                continue  # no sanction to go with it: only an explicit finding counts
            if sent is not None:
                found.append((0 if sent.index in own else 1, o.start, o))
            elif anywhere:
                found.append((2, o.start, o))
        if not found:
            return None, 0.0
        rank, _, o = min(found, key=lambda f: f[:2])
        return o, (DIRECT, SENTENCE, ARTICLE)[rank]

    o, conf = stated(("gross_misconduct", "misconduct"), sole and sanction)
    if o is not None and (o.finding == "gross_misconduct" or outcome != "dismissed"):
        return o.finding, Span(o.start, o.end), conf
    if outcome in ("dismissed", "would_have_been_dismissed") and uk:
        return "gross_misconduct", None, ARTICLE
    if outcome in ("written_warning", "final_written_warning"):
        return "misconduct", None, ARTICLE
    if outcome == "reflective_practice":
        return "practice_requiring_improvement", None, ARTICLE
    if outcome in ("pending", None):
        for o, _ in t.outcomes:
            if o.finding == "case_to_answer":
                return "case_to_answer", Span(o.start, o.end), SENTENCE
        if sole:
            o, conf = stated(("case_to_answer",), True)
            if o is not None:
                return "case_to_answer", Span(o.start, o.end), conf
    return None, None, 0.0


def _hearing_date(ctx: Context, t: Target) -> tuple[str | None, Span | None]:
    hearing = ctx.matching(_HEARING)
    for s in _case_sents(ctx, t) or ctx.sents:
        if s.index not in hearing:
            continue
        for d in ctx.dates_in(s):
            if len(d.value) == 10 and not ctx.in_quote(d.start, True):
                return d.value, Span(d.start, d.end)
    return None, None


def _outcome_date(ctx: Context, o: OutcomeMention) -> str | None:
    sent = ctx.sent_at(o.start)
    if sent is None:
        return None
    found = ctx.dates_in(sent)
    return found[0].value if found else None


def _chair(ctx: Context, chairs: set[int], t: Target, only_case: bool) -> tuple[str | None, Span | None]:
    if not only_case and t.person is None:
        return None, None
    for m in ctx.mentions:
        if m.entity in chairs:
            p = ctx.people[m.entity]
            name = p.name
            if p.rank:
                name = f"{p.rank} {p.name}"
            return name, Span(m.start, m.end)
    lqc = ctx.matching(_LQC)
    m = _LQC.search(ctx.low, ctx.sents[min(lqc)].start) if lqc else None
    if m and not ctx.in_quote(m.start()):
        return "legally qualified chair", Span(m.start(), m.end())
    return None, None


def _investigator(ctx: Context, t: Target, only_case: bool) -> tuple[str | None, Span | None]:
    investigated = ctx.matching(_INVESTIGATED)
    for s in (ctx.sents if only_case else _case_sents(ctx, t)):
        if s.index not in investigated:
            continue
        seg = _unquoted(ctx, s.start, s.end)
        if len(seg) != s.end - s.start:
            continue
        if not _INVESTIGATED.search(seg):
            continue
        m = _INVESTIGATOR.search(seg.lower())
        if m:
            body = seg[m.start():m.end()]
            label = "IOPC" if _IOPC.search(body) else (
                "IPCC" if _IPCC.search(body) else (
                    "PIRC" if "PIRC" in body else ("Police Ombudsman" if "Ombudsman" in body else "professional standards")))
            return label, Span(s.start + m.start(), s.start + m.end())
    return None, None
