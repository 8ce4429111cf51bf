"""Who said it: speakers for quotation spans.

Attribution in news copy comes after the quote ("…,” said Supt Jane Doe. / “…,” she added.),
before it ("Jane Doe said: “…" / "He added: “…"), around an indirect-speech fragment ("Ms Doe
said the decision was ‘…’"), or not at all when a quote paragraph follows another by the same
speaker. Pronouns resolve to the last person mentioned outside quotes whose gender fits.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .people import DESCRIPTION, Mention, Person
from .quotemarks import QSpan
from .segment import Para, abbreviation_before
from .roles import CHAIR_DESCRIPTION
from .trie import trie_pattern
from .words import FEMALE_KIN, MALE_KIN, PRONOUN_GENDER, SAY_PHRASES, SAY_VERBS

# The verbs of saying as a trie: at one place, a plain alternation of a hundred verbs tries each
# in turn, with re.I slowly (_AFTER_VERB_FIRST measured 2.9 → 0.9 µs per article). Each use has
# \b after it, so no two verbs match at one place except a verb and its phrase ("spoke",
# "spoke out"), where the trie, like the alternation that listed the phrases first, takes the
# phrase.
_VERBS = trie_pattern([*SAY_PHRASES, *SAY_VERBS])
_PRON = r"(?:he|she|they|He|She|They)"
# After the closing mark: ", said X" / ", X said" / " he said" / " according to X" / " – X".
_AFTER_VERB_FIRST = re.compile(rf"^[\s,.;:!?—–-]*(?:{_VERBS})\b\s*", re.I)
_AFTER_PRON = re.compile(rf"^[\s,.;:!?—–-]*({_PRON})\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+|previously\s+|once\s+)?(?:{_VERBS})\b")
_AFTER_ACCORDING = re.compile(r"^[\s,.;:!?—–-]*(?:according\s+to|(?:it\s+)?(?:was|were)\s+(?:said|stated|added|told)\s+by)\s+",
                              re.I)  # "according to X", and the passive "it was said by X"
_AFTER_DASH = re.compile(r"^\s*[—–-]\s*")
# The same verbs as a trie: a word start tries one branch per first letter, not a hundred
# verbs (measured 4x faster). With \b after them no two verbs can match at one place (no verb
# is a verb plus more words), so the order of the branches does not change what is found.
_VERB_RX = re.compile(r"\b(?:" + _VERBS + r")\b")
# Verbs that carry a quoted word or phrase as a judgement, not a statement: "praised her for
# ‘…’", "branded the messages ‘vile’", "dismissed her injuries as ‘…’" (not "was dismissed after
# a panel found him ‘…’": the panel's words) (only for fragments inside a sentence).
_JUDGING_RX = re.compile(r"\b(?:praised|praises|branded|brands|labelled|labeled|called|calls|dubbed|hailed|dismisses|"
                         r"(?<!was )(?<!were )(?<!been )(?<!be )(?<!is )(?<!are )dismissed|"
                         r"condemned|condemns|criticised|criticized|thanked|accused|slammed|blasted)\b")
# Compiled once (an f-string pattern is rebuilt and looked up in re's cache at every call).
_PRON_AT = re.compile(rf"({_PRON})\b")
_PRON_IN = re.compile(rf"\b({_PRON})\b")
# (and "… Detective Superintendent Jo Bloggs of the Herts Police professional standards department said")
_VERB_AFTER_NAME = re.compile(rf"^(?:[^.!?“”\"]{{0,80}}?,|\s+(?:of|from|at|for|with)\s+[^.!?“”\",]{{0,70}}?)?\s+"
                              rf"(?:has\s+|had\s+|also\s+|later\s+|then\s+)?(?:{_VERBS})\b")
_LEAD_PUNCT = re.compile(r"^[\s,.;:!?—–-]*")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_CLOSING_MARKS = " \t\n\"”’'.,!?"
# (and "… read on her behalf by her solicitor, Jo Bloggs, PC X said": the solicitor only read it)
_PREPOSITION_BEFORE = re.compile(r"\b(?:by|of|from|to|with|for|against|about|on|at|in|and|than|like)\s+(?:(?:\w+\s+){0,3}|"
                                 r"(?:his|her|their|the|a|an)\s+(?-i:[a-z])[\w'’-]*,\s+)$", re.I)
_LOWER_JOB = re.compile(r"(?:[a-z][\w’'-]*[ \xa0]+){1,3}(?=[A-Z])")
# a job that opens with a determiner, in any case and with or without a comma before the name
_DETERMINED_JOB = re.compile(r"(?:the|a|an|his|her|their)[ \xa0]+(?:[\w’'-]+[ \xa0]+){0,4}[\w’'-]+[ \xa0]*,?[ \xa0]*", re.I)
_ACCORDING_LEAD = re.compile(r"\s*(?:But\s+|And\s+)?[Aa]ccording\s+to\s+")
# (with "of", "for", "and" or "the" between: "Commissioner of Police X said")
_UPPER_JOB = re.compile(r"(?:[A-Z][\w’'-]*[ \xa0]+(?:(?:of|for|and|the)[ \xa0]+){0,2}){1,4}")
_PARTICIPLE_OPENER = re.compile(r"\s*(?:Defending|Representing|Prosecuting|Mitigating\s+for|Speaking|Talking|Commenting|Responding|"
                                r"Reacting|Writing|Asked|Giving\s+evidence(?:\s+(?:about|against))?|Sentencing|Jailing|Fining|"
                                r"Convicting|Acquitting|Summing\s+up|Reading|Announcing|Delivering|Handing\s+down|Giving\s+(?:the|its|her|his)\s+(?:decision|ruling|reasons|verdict|judge?ment)|Passing\s+sentence|Addressing|Referring\s+to|"
                                r"Outside\s+(?:court|the)|After\s+the|Following\s+the|"
                                # whom the words are about: "Of PC X, who sent most of them, she said"
                                r"Of|As\s+for|Turning\s+to|"
                                # a clause of its own before the subject: "When she said she was
                                # uncomfortable, he told her that “…”"
                                r"(?:When|While|As|Because|Although|Though|Once|If|Until|Since)\s+(?:[\w’'-]+\s+){0,12}?[\w’'-]+)"
                                r"\b[^,.;]{0,80},")
# "In a statement read by his representative, he said: “…”": the statement is not the speaker
# (not skipped as an opener: "In a statement read by her solicitor, Jo Doe, PC X said" must
# still see the preposition before the solicitor)
_IN_A_STATEMENT = re.compile(r"\s*In\s+(?:a|an|his|her|their|the)\s+(?:[\w’'-]+\s+){0,2}?(?:statement|letter|email|"
                             r"interview|post|message|tribute|submission)\b[^.;“”\"]{0,100},\s*")
# "Comment from Detective Chief Inspector Jo Bloggs, Professional Standards:" then the quote
_LABEL_FROM = re.compile(r"\s*(?:comment|statement|quote|response|a\s+statement)s?\s+(?:from|by)\s+", re.I)
# Verbs whose object is the one spoken to: "Judge X told Y: ‘…’" is the judge speaking.
_TO_SOMEONE = frozenset("told tells asked asks warned warns urged urges reminded reminds".split())
_OFFICER_AFTER = re.compile(r"^[\s,.;:!?—–-]*(the\s+(?:officer|constable|sergeant|detective|inspector|pcso))\s+"
                            rf"(?:has\s+|had\s+|also\s+|then\s+)?(?:{_VERBS})\b")
_OFFICE_AFTER = re.compile(r"^[\s,.;:!?—–-]*the\s+(judge|recorder|coroner|sheriff)\s+(?:has\s+|had\s+|also\s+|then\s+)?"
                           rf"(?:{_VERBS})\b")
_POSSESSOR_JOB = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+"
                            r"(?:[a-z-]+\s+){0,2}[a-z-]+,\s+")
_THAT_PRONOUN = re.compile(r"\bthat\s+(he|she)\s+(?!(?:was|were|is|had\s+been|has\s+been)\b)")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+$")
_HEARING_BODY = re.compile(r"\b[Tt]he\s+(?:(?:misconduct|disciplinary|hearing|appeals?)\s+)?(?:panel|tribunal)\s+"
                           r"(?:has\s+|had\s+|also\s+|then\s+)?$")
_BODY_AFTER = re.compile(r"^[\s,]*(the\s+(?:(?:misconduct|disciplinary|hearing|appeals?)\s+)?(?:panel|tribunal))\s+"
                         r"(?:also\s+)?(?:said|says|wrote|stated|concluded|added)\b")
_OPENS_SENTENCE = re.compile(r"(?:^|[\n.!?:]\s*)\S$")
_BODY_SAYS = ("said", "says", "wrote", "stated", "concluded", "added")  # (not "accepted that …": no words of its own)
_UNNAMED_SPEAKER = re.compile(
    r"\b(?:a|the|A|The)\s+(?:\w+\s+){0,3}(?:spokes(?:man|woman|person)|statement|force|watchdog|IOPC|"
    r"federation|family|source|friend|relative|neighbour|witness|colleague|lawyer|solicitor|report|"
    r"union|council|department|office|service|panel|tribunal|court|judge|chair(?:man|woman)?)\b")


# Not frozen, though never changed: a frozen dataclass's __init__ is 4x slower (590 → 130 ns),
# and the extractor makes dozens of these per article.
@dataclass(slots=True)
class Attribution:
    person: int | None          # entity id
    start: int | None           # span of the words naming the speaker
    end: int | None
    how: str                    # after | before | indirect | inherit | pronoun | none


# a sentence that opens on a relative: "His wife said she had answered his radio." (the
# relative's gender from words.FEMALE_KIN / MALE_KIN)
_KIN_SUBJECT = re.compile(r"\s*(His|Her)\s+(wife|husband|partner|mother|father|son|daughter|brother|sister)\s+[a-z]")
# a sentence that opens on the rank alone: "The constable denied lying." (or after an opening
# phrase: "Giving evidence, the sergeant said he had …")
_RANK_SUBJECT = re.compile(r"(?:^\s*|,\s+)[Tt]he\s+(?:former\s+|serving\s+)?"
                           r"(constable|sergeant|inspector|superintendent|detective)\s+[a-z]", re.M)
# a pronoun right before the verb of saying: its subject
_PRON_BEFORE_VERB = re.compile(rf"\b({_PRON})\s+(?:had\s+|has\s+|also\s+|then\s+|later\s+|previously\s+)?$")
# someone not named, whom a he or she may mean before anyone named earlier
_UNNAMED_OF_GENDER = {
    pronoun: re.compile(r"\b(?:a|an|the|one\s+of\s+the|his|her|their)\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(kin | {plural})) + r")\b")
    for pronoun, kin, plural in (("she", FEMALE_KIN, "women"), ("he", MALE_KIN, "men"))}
_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Tt]hey|[Tt]heir)\b")


class Resolver:
    """Looks up person mentions by position and resolves pronouns to entities."""

    def __init__(self, text: str, people: list[Person], mentions: list[Mention], quotes: list[QSpan],
                 sents=(), chairs: set[int] | None = None):
        self.text = text
        self.people = people
        self.quote_ranges = [(q.start, q.end) for q in quotes]
        # the quotes as disjoint stretches, for in_quote by bisection (quotes may nest)
        self._q_starts, self._q_ends = _union(self.quote_ranges)
        self.mentions = [m for m in mentions if not self.in_quote(m.start)]
        self.starts = [m.title_start for m in self.mentions]
        self.sents = list(sents)
        self._sent_starts = [s.start for s in self.sents]
        self.chairs = chairs or set()
        # the speaker of the last quotation attributed, and where it ended: "“…,” she added"
        # after a run of someone's quotes is that someone, whoever was named in between
        self.quoted: tuple[int, int] | None = None

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self._q_starts, pos) - 1
        return i >= 0 and pos < self._q_ends[i]

    def mention_at(self, pos: int, slack: int = 0) -> Mention | None:
        i = bisect_left(self.starts, pos)
        for j in (i, i + 1) if slack else (i,):
            if j < len(self.mentions) and pos <= self.mentions[j].title_start <= pos + slack:
                return self.mentions[j]
        return None

    def last_officer(self, before: int) -> int | None:
        """The police officer (named with a rank) mentioned last before `before`."""
        i = bisect_left(self.starts, before) - 1
        while i >= 0 and before - self.mentions[i].start < 1500:
            p = self.people[self.mentions[i].entity]
            if p.rank or p.role in ("officer", "pcso", "special_constable"):
                return p.id
            i -= 1
        return None

    def last_of(self, people: list[Person], before: int) -> int | None:
        """Which of `people` was mentioned last before `before` (outside quotes), if any."""
        ids = {p.id for p in people}
        i = bisect_left(self.starts, before) - 1
        while i >= 0:
            if self.mentions[i].entity in ids:
                return self.mentions[i].entity
            i -= 1
        return None

    def last_of_gender(self, gender: str, before: int) -> Mention | None:
        """The mention, before `before`, of the person of that gender named last (None when a
        person of no known gender was named since: who "he" or "she" means is then unsure)."""
        i = bisect_left(self.starts, before) - 1
        while i >= 0 and before - self.mentions[i].start < 1500:
            m = self.mentions[i]
            g = self.people[m.entity].gender
            if g == gender:
                return m
            if g is None:
                return None
            i -= 1
        return None

    def holder_of(self, office: str, before: int) -> int | None:
        """The one person named before `before` with this title ("Judge", "Recorder", "Coroner")."""
        office = office.lower()
        found = {m.entity for m in self.mentions if m.start < before and m.civil
                 and m.civil.lower().endswith(office)}
        return found.pop() if len(found) == 1 else None

    def mentions_between(self, lo: int, hi: int) -> list[Mention]:
        i = bisect_left(self.starts, lo)
        out = []
        while i < len(self.mentions) and self.mentions[i].title_start < hi:
            out.append(self.mentions[i])
            i += 1
        return out

    def pronoun(self, word: str, pos: int, speaker_before: int | None = None, exclude: int | None = None) -> int | None:
        """The entity a he/she at `pos` most likely means: whoever was last reported speaking, if
        they fit, else the last fitting mention before it (never `exclude`)."""
        want = PRONOUN_GENDER.get(word.lower())
        if want is None:
            return None
        described = self._described_before(pos if speaker_before is None else speaker_before)
        if described is not None and described != exclude and self.people[described].gender in (want, None):
            # "The constable denied lying. “…,” he told the panel": the one the sentence before is
            # about, though a namesake was quoted last
            return described
        speaker = self.last_speaker(pos if speaker_before is None else speaker_before)
        if speaker_before is not None or speaker is not None:
            # (and before the quotation: "Mr X's mother, Jo X, was in the public gallery. Speaking
            # outside, she said: …" is the mother, not the barrister who spoke before)
            new = self._introduced_before(pos if speaker_before is None else speaker_before)
            if new is not None and new != speaker and new != exclude and self.people[new].gender in (want, None):
                # "X told police he had been lonely. District Judge Y dismissed his suggestion ….
                # '…,' he said": the one the sentence before brings in, not who spoke earlier
                return new
        if speaker is not None and speaker != exclude and self.people[speaker].gender in (want, None):
            return speaker
        i = bisect_left(self.starts, pos) - 1
        fallback = None
        while i >= 0:
            m = self.mentions[i]
            p = self.people[m.entity]
            if p.id == exclude:
                i -= 1
                continue
            if p.gender == want:
                return p.id
            if p.gender is None and fallback is None:
                fallback = p.id
                if pos - m.start <= 120 and "\n" not in self.text[m.start:pos]:
                    # "Employment Judge Jo Bloggs dismissed the claim. In her judgment she said:":
                    # the one just named, of no known gender, before anyone named earlier
                    return p.id
            if pos - m.start > 700 and fallback is not None:
                break
            i -= 1
        return fallback

    def _introduced_before(self, pos: int) -> int | None:
        """The one person the sentence before the one at `pos` names, when it names them for the
        first time."""
        i = bisect_right(self._sent_starts, pos) - 2
        if i < 0:
            return None
        s = self.sents[i]
        inside = [m for m in self.mentions_between(s.start, s.end)
                  if not _POSSESSIVE_AFTER.match(self.text, m.end, m.end + 2)]  # ("Mr X's mother, Jo X")
        if not inside or len({m.entity for m in inside}) != 1:
            return None
        first = inside[0]
        if self.people[first.entity].mentions[0].start != first.start:
            return None
        if _PERSONAL_PRONOUN.search(self.text, s.start, first.title_start):
            return None  # "He has tendered his resignation to the commissioner, X": he goes on
        return first.entity

    def _described_before(self, pos: int) -> int | None:
        """The person the sentence before the one at `pos` opens on by rank alone ("The sergeant
        denied …") or as a relative ("His wife said …"), when it names nobody and the story tells
        who that is."""
        i = bisect_right(self._sent_starts, pos) - 2
        if i < 0:
            return None
        s = self.sents[i]
        km = _KIN_SUBJECT.match(self.text, s.start, s.end)
        if km is not None and not self.mentions_between(s.start, s.end):
            return self._kin_of(km.group(1), km.group(2), s.start)
        dm = _RANK_SUBJECT.search(self.text, s.start, s.end)
        if dm is None or self.mentions_between(dm.start(), s.end) \
                or dm.group()[0] != "," and dm.start() != s.start:
            return None
        return self.rank_holder(dm.group(1).lower(), s.start)

    def _kin_of(self, owner_word: str, kin: str, before: int) -> int | None:
        """Who "his wife" (her brother) is: the one other person who shares the surname of the last
        one the possessive fits."""
        owner_gender = PRONOUN_GENDER.get(owner_word.lower())
        i = bisect_left(self.starts, before) - 1
        while i >= 0 and self.people[self.mentions[i].entity].gender not in (owner_gender, None):
            i -= 1
        if i < 0:
            return None
        owner = self.people[self.mentions[i].entity]
        want = "female" if kin in FEMALE_KIN else "male" if kin in MALE_KIN else None
        kin_of = [p for p in self.people if p.surname == owner.surname and p.id != owner.id
                  and p.gender in (want, None)]
        return kin_of[0].id if len(kin_of) == 1 else None

    def rank_holder(self, word: str, before: int) -> int | None:
        """Who "the constable" (sergeant, inspector, superintendent) is: the one person the story
        gives that rank, else the one of them mentioned last before `before`."""
        ranked = [p for p in self.people if _holds_rank(p.rank, word)]
        return ranked[0].id if len(ranked) == 1 else self.last_of(ranked, before) if ranked else None

    def _all_quoted(self, lo: int, hi: int) -> bool:
        """Is the text from `lo` to `hi` someone's words, but for the marks closing them?"""
        hi = len(self.text[lo:hi].rstrip(_CLOSING_MARKS)) + lo
        return hi > lo and self.in_quote(lo) and self.in_quote(hi - 1)

    def last_speaker(self, pos: int, sentences: int = 3) -> int | None:
        """The person a recent sentence reports as saying something ("X said the …", "X told …"),
        looking back a few sentences from `pos`, outside quotes."""
        counted = 0
        for s in reversed(self.sents[:bisect_left(self._sent_starts, pos)]):
            if counted == sentences:
                break
            if self._all_quoted(s.start, min(s.end, pos)):
                continue  # a sentence of someone's words says nothing of who speaks next
            counted += 1
            hi = min(s.end, pos)
            for q0, q1 in self.quote_ranges:
                if s.start <= q0 < hi:
                    hi = q0
                    break
            verb = _VERB_RX.search(self.text, s.start, hi)
            found = verb and _subject(self, s.start, verb.start(), "before")
            if found and found.person is not None and found.how != "pronoun":
                return found.person
            opener = self.mentions_between(s.start, hi)[:1]
            if opener and not self.text[s.start:opener[0].title_start].strip(_CLOSING_MARKS):
                return None  # "Mrs X did not attend. In a written submission, she said …": she is Mrs X
        return None


def _union(ranges: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Starts and ends of the disjoint stretches that `ranges` (half-open) cover together."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(ranges):
        if s >= e:
            continue
        if ends and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


def _speaker_after_verb(r: Resolver, pos: int) -> Attribution | None:
    m = r.mention_at(pos, slack=40)
    if m is None:
        return None
    gap = r.text[pos:m.title_start]
    # "said a spokesman for PC X" is not X speaking; "said the panel's chair, Helen Mortimer" is
    # her, named in apposition to the description
    described = _UNNAMED_SPEAKER.match(r.text, pos, m.title_start)
    if described and not (gap.rstrip().endswith(",") and gap.count(",") == 1):
        return None
    if len(gap) <= 40 and not re.search(r"[.!?;]", gap):
        return Attribution(m.entity, m.start, m.end, "after")
    return None


def _named_at_end(r: Resolver, lo: int, para_end: int) -> Attribution | None:
    """"said the woman who runs the town's advice centre …, and who sat through both days of the
    hearing, Jo Bloggs.": the name set after a long description, at the end of its sentence."""
    end = r.text.find(".", lo, min(para_end, lo + 260))
    if end < 0 or r.in_quote(end):
        return None
    found = r.mentions_between(lo, end + 1)
    m = found[-1] if found else None
    if m is None or m.end != end or not r.text.startswith(", ", m.title_start - 2) or \
            re.search(r"[.!?;“”\"]", r.text[lo:m.title_start]):
        return None
    return Attribution(m.entity, m.start, m.end, "after")


def after_quote(r: Resolver, q: QSpan, para_end: int, next_open: int | None) -> Attribution | None:
    """Attribution in the words right after the closing mark."""
    if q.close_at is None:
        return None
    pos = q.close_at + 1
    limit = min(para_end, next_open if next_open is not None else para_end, pos + 160)
    tail = r.text[pos:limit]
    m = _AFTER_VERB_FIRST.match(tail)
    if m:
        found = _speaker_after_verb(r, pos + m.end())
        if found:
            return found
        pm = _PRON_AT.match(tail, m.end())
        if pm:
            return _pronoun(r, pm.group(1), pos + m.end(), pos, after=q.start, words_end=para_end)
        named_last = _named_at_end(r, pos + m.end(), para_end)
        if named_last is not None:
            return named_last
        return Attribution(None, None, None, "after")  # "said a spokesperson"
    m = _AFTER_PRON.match(tail)
    if m:
        return _pronoun(r, m.group(1), pos + m.start(1), pos, after=q.start, words_end=para_end)
    m = _AFTER_ACCORDING.match(tail)
    if m:
        found = _speaker_after_verb(r, pos + m.end())
        return found or Attribution(None, None, None, "after")
    # ", the officer replied": the officer last named before the quote
    role = _OFFICER_AFTER.match(tail)
    if role:
        officer = r.last_officer(q.start)
        if officer is not None:
            return Attribution(officer, pos + role.start(1), pos + role.end(1), "after")
    # ", the judge told him": the one person the article gives that title
    office = _OFFICE_AFTER.match(tail)
    if office:
        holder = r.holder_of(office.group(1), pos)
        if holder is not None:
            return Attribution(holder, pos + office.start(1) - 4, pos + office.end(1), "after")
    # ", the tribunal said": the one person the story names as chairing it
    if len(r.chairs) == 1 and q.open_at is not None and _OPENS_SENTENCE.search(r.text, max(0, q.open_at - 3), q.open_at + 1):
        # (a quotation that opens its sentence: not a fragment inside one, "Of the sergeant, who had
        # told him to “just get it done”, the panel said:")
        body = _BODY_AFTER.match(tail)
        if body is not None:
            return Attribution(next(iter(r.chairs)), pos + body.start(1), pos + body.end(1), "after")
    # ", X said" / ", Chief Constable X added" / " – X"
    lead = _LEAD_PUNCT.match(tail).end()
    # "“…,” Person A’s mother, Jo Bloggs, said": the one in apposition, not the possessor
    owned = _POSSESSOR_JOB.match(tail, lead)
    mention = r.mention_at(pos + owned.end()) if owned is not None else None
    if mention is None:
        mention = r.mention_at(pos + lead)
    if mention is None:
        # "“…,” union president Jo Bloggs said": a job in lower case before the name
        job = _LOWER_JOB.match(tail, lead)
        if job is not None:
            mention = r.mention_at(pos + job.end())
    if mention is None and tail[lead:lead + 4].lower().startswith(("the ", "a ", "an ", "his ", "her ", "thei")):
        # "“…,” the force's chair, Jo Bloggs, said", "her Police Federation representative, Jo
        # Bloggs, said": a job with a determiner, capitals or commas in it
        mention = next((m for m in r.mentions_between(pos + lead + 4, pos + lead + 70)
                        if _DETERMINED_JOB.fullmatch(r.text, pos + lead, m.title_start)), None)
    if mention is None and tail[lead:lead + 1].isupper():
        # "“…,” Authority Chair Judge Jo Bloggs said": a job in capitals before the name
        mention = next((m for m in r.mentions_between(pos + lead + 2, pos + lead + 50)
                        if _UPPER_JOB.fullmatch(r.text, pos + lead, m.title_start)), None)
    if mention is not None:
        rest = r.text[mention.end:limit]
        if _VERB_AFTER_NAME.match(rest) \
                or _AFTER_DASH.match(tail):
            return Attribution(mention.entity, mention.start, mention.end, "after")
    return None


def _pronoun(r: Resolver, word: str, at: int, quote_end: int, after: int | None = None,
             words_end: int | None = None) -> Attribution:
    """`after`: where the quote starts, when the pronoun follows it ("“…,” she added"). Right
    after another quotation, with nothing but marks and breaks between, it is that quote's
    speaker. `words_end`: where the speaker's words may go on to (the paragraph's end)."""
    pid = None
    if after is not None and r.quoted is not None and r.quoted[1] <= after and \
            not r.text[r.quoted[1]:after].strip(" \n\t\"“”‘’'.,;"):
        want = PRONOUN_GENDER.get(word.lower())
        if want is not None and r.people[r.quoted[0]].gender in (want, None):
            pid = r.quoted[0]
    if pid is None:
        # whoever the sentences before the quotation report as speaking (not those inside it)
        pid = r.pronoun(word, quote_end, speaker_before=after)
        if pid is not None and after is not None and _spoken_of(r, pid, after, words_end or quote_end):
            # "“… PC X has seen them too …,” he said": not PC X, whom the words name by title
            pid = r.pronoun(word, quote_end, speaker_before=after, exclude=pid)
    return Attribution(pid, at, at + len(word), "pronoun")


def _spoken_of(r: Resolver, pid: int, lo: int, hi: int) -> bool:
    """Do the quoted words between `lo` and `hi` name the person `pid` by a title and surname
    ("PC X", "Mr X"), as no one speaks of themselves?"""
    surname = r.people[pid].surname
    at = r.text.find(surname, lo, hi)
    while at >= 0:
        if r.in_quote(at) and _TITLE_BEFORE.search(r.text, max(lo, at - 16), at):
            return True
        at = r.text.find(surname, at + 1, hi)
    return False


_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|PC|DC|DS|Sgt|Sergeant|Constable|Inspector|Insp|Officer)\.?[ \xa0]+$")


def before_quote(r: Resolver, q: QSpan, region_start: int) -> Attribution | None:
    """Attribution in the words leading into the opening mark: "X said:", "He added:", "said X:"."""
    if q.open_at is None:
        return None
    lead_end = q.open_at
    region = r.text[region_start:lead_end]
    # the clause that leads in: from the last sentence break before the mark
    clause_start = region_start + _after_last_break(region)
    clause = r.text[clause_start:lead_end]
    according = _ACCORDING_LEAD.match(clause)
    if according is not None:
        # "According to Jo Bloggs, of the trust, the figures showed “…”": the source is the speaker
        m = r.mention_at(clause_start + according.end(), slack=3)
        if m is not None:
            return Attribution(m.entity, m.start, m.end, "before")
    verbs = list(_VERB_RX.finditer(clause))
    if not verbs:
        participle = _PARTICIPLE_LEAD.search(clause)
        if participle is not None:
            return _clause_subject(r, clause_start, clause_start + participle.start())
        if clause.rstrip().endswith(":") and (ruled := ruling_subject(r, clause_start, lead_end)) is not None:
            return ruled
        if clause.rstrip().endswith(":"):
            # "PC X, a former nursery nurse, gets the best line of the episode: ‘…’": the
            # clause's subject, named where it opens, whose words the colon leads to
            lo = clause_start + len(clause) - len(clause.lstrip())
            m = r.mention_at(lo, slack=1)
            if m is not None and m.title_start <= lo + 1 and not r.text.startswith(("'s", "’s"), m.end):
                return Attribution(m.entity, m.start, m.end, "before")
        label = _LABEL_FROM.match(clause)
        m = r.mention_at(clause_start + label.end(), slack=3) if label else None
        return Attribution(m.entity, m.start, m.end, "before") if m is not None else None
    verb = verbs[-1]
    vpos = clause_start + verb.start()
    after_verb = clause_start + verb.end()
    # "said Chief Constable X:" — the speaker follows the verb (not "told X:", "asked X:", who
    # is the one spoken to)
    found = None if verb.group().lower() in _TO_SOMEONE else \
        _speaker_after_verb(r, after_verb + (len(clause[verb.end():]) - len(clause[verb.end():].lstrip())))
    if found and found.start is not None and found.start < lead_end and \
            re.fullmatch(r"(?:,[^.“\"]{0,80}?)?[\s,:—–-]*", r.text[found.end:lead_end]) and \
            not _THAT_BETWEEN.search(r.text, after_verb, found.start):
        # (not "X said in a statement that PC Y “…”": Y is who the words are about)
        return Attribution(found.person, found.start, found.end, "before")
    # "She complained that the officer had told her that “…”": the words the officer said
    described = _OFFICER_SUBJECT.search(r.text, max(clause_start, vpos - 40), vpos)
    if described is not None:
        officer = r.last_officer(q.start)
        if officer is not None:
            return Attribution(officer, described.start(1), described.end(1), "before")
    # "X, role, said:" — the subject before the verb
    return _subject(r, clause_start, vpos, "before")


_THAT_BETWEEN = re.compile(r"\bthat\b")
_SUBORDINATE_BEFORE = re.compile(r"\b(?:when|after|as|while|because|once|before|until)\s+(?:[\w’'-]+\s+){0,2}$", re.I)
_WHO_VERB_GAP = re.compile(r",?\s+who\s+(?:has\s+|had\s+|later\s+|also\s+)?")
_OFFICER_SUBJECT = re.compile(r"\b[Tt]hat\s+(?:the|this)\s+((?:police\s+)?(?:officer|constable|sergeant|PC))\s+"
                              r"(?:had\s+|has\s+|then\s+)?$")
# "She welcomed the decision, adding: “…”", "He apologised, saying: “…”": the clause's subject speaks
_PARTICIPLE_LEAD = re.compile(r",\s+(?:adding|saying|explaining|insisting|stressing|noting|writing|warning|continuing|"
                              r"concluding)(?:\s+that)?\s*[:,]?\s*$", re.I)
_OFFICE_SUBJECT = re.compile(r"\b[Tt]he\s+(judge|recorder|coroner|sheriff)\s+(?:has\s+|had\s+|also\s+|then\s+)?$")
_CLAUSE_PRONOUN = re.compile(r"\s*(He|She|They)\b")


def _clause_subject(r: Resolver, lo: int, hi: int) -> Attribution | None:
    """Who opens text[lo:hi] as its subject: a pronoun, or a person named at its start — not
    one named later ("He thanked PC Bloggs, adding:" is his words)."""
    pm = _CLAUSE_PRONOUN.match(r.text, lo, hi)
    if pm is not None:
        return _pronoun(r, pm.group(1), pm.start(1), pm.start(1))
    head = r.text[lo:hi]
    m = r.mention_at(lo + len(head) - len(head.lstrip()), slack=40)
    if m is not None and m.end <= hi:
        return Attribution(m.entity, m.start, m.end, "before")
    return None


def _after_last_break(region: str) -> int:
    """Where the last sentence break in `region` ends (0 if none): the last match of
    `[.!?]\\s|[“”"]|\\n`, found from the end with rfind rather than by finding every match
    from the start (measured 1.5 → 0.85 µs a quote)."""
    end = max(region.rfind('"'), region.rfind("“"), region.rfind("”"), region.rfind("\n")) + 1
    for stop in ".!?":
        # the last such stop followed by a space, if it ends a break later than `end`
        i = region.rfind(stop, max(end - 1, 0))
        while i >= 0 and (not region[i + 1:i + 2].isspace() or stop == "." and abbreviation_before(region, 0, i)):
            # (not "Sgt. Jo Bloggs, who …, said": a title's point is no break)
            i = region.rfind(stop, max(end - 1, 0), i)
        if i >= 0:
            end = i + 2
    return end


def _subject(r: Resolver, lo: int, verb_pos: int, how: str) -> Attribution | None:
    # "Defending PC Bloggs at trial, Jo Doe told the jury …": the opening phrase is not the subject
    opener = _PARTICIPLE_OPENER.match(r.text, lo, verb_pos)
    if opener is not None:
        lo = opener.end()
    candidates = r.mentions_between(lo, verb_pos)
    if candidates and _WHO_VERB_GAP.fullmatch(r.text, candidates[-1].end, verb_pos):
        # "PC X was represented by barrister Jo Doe, who said after the hearing: …": the one the
        # relative clause is about
        m = candidates[-1]
        return Attribution(m.entity, m.start, m.end, how)
    if candidates:
        # "Mrs X complained that he had pointed at her and told her she “…”": the subject of the
        # clause the verb is in, not the one complaining
        that = _THAT_PRONOUN.search(r.text, candidates[-1].end, verb_pos)
        if that is not None and not _PASSIVE_BEFORE.search(r.text, max(that.end(), verb_pos - 12), verb_pos):
            return _pronoun(r, that.group(1), that.start(1), that.start(1))
    if len(candidates) > 1 and not r.text[candidates[-1].end:verb_pos].strip() and \
            not _POSSESSIVE_AFTER.match(r.text, candidates[-1].end):
        # "Asked by Jo Doe, representing PC X, whether …, PC Y said:": the name right before the
        # verb is its subject, whoever the opening phrase names
        m = candidates[-1]
        return Attribution(m.entity, m.start, m.end, how)
    # "Mr Bloggs's solicitor, Jo Doe, said": a possessive names someone else
    owners = [m for m in candidates if _POSSESSIVE_AFTER.match(r.text[m.end:m.end + 2])]
    if len(candidates) > len(owners):
        candidates = [m for m in candidates if m not in owners]
    for k, m in enumerate(candidates):
        if _PREPOSITION_BEFORE.search(r.text[max(lo, m.title_start - 40):m.title_start]) and len(candidates) > 1:
            continue
        if k + 1 < len(candidates) and _SUBORDINATE_BEFORE.search(r.text, max(lo, m.title_start - 30), m.title_start) \
                and _VERB_RX.search(r.text, m.end, candidates[k + 1].title_start):
            continue  # "when Mr X said he was too busy, Sergeant Y … told him …": X spoke in a clause of his own
        return Attribution(m.entity, m.start, m.end, how)
    head = r.text[lo:verb_pos]
    pm = _PRON_IN.search(head)
    # "The panel heard he said that …": a pronoun right before the verb is its subject, not the
    # panel (but "The judge said she accepted …" is the judge, reporting herself)
    adjacent = _PRON_BEFORE_VERB.search(head) if pm is not None else None
    if adjacent is not None and _VERB_RX.search(head, 0, adjacent.start()):
        adjacent = None
    if adjacent is not None and (unnamed := _UNNAMED_OF_GENDER.get(adjacent.group(1).lower())) is not None and \
            unnamed.search(head, 0, adjacent.start()):
        # "He sent one of the women messages, which she said made her feel “…”": that woman
        return Attribution(None, None, None, "none")
    if adjacent is not None:
        pm = adjacent
    if pm and (adjacent is not None or not _UNNAMED_SPEAKER.search(head[:pm.start()]) or _IN_A_STATEMENT.fullmatch(head[:pm.start()])
               or opener is not None and head[:pm.start()].rstrip().endswith(",")):
        # (after an opening phrase, a pronoun after a comma is the subject: "Of PC X, who sent
        # them to a friend, she said")
        return _pronoun(r, pm.group(1), lo + pm.start(1), lo + pm.start(1))
    om = _OFFICE_SUBJECT.search(head)
    if om is not None:
        # "Jailing him, the recorder said: …": the one person the article gives that title
        holder = r.holder_of(om.group(1), lo)
        if holder is not None:
            return Attribution(holder, lo + om.start(1) - 4, lo + om.end(1), how)
    # "the panel said: …" where the story names who chaired it: the chair gives a panel's decision
    # (the panel as the verb's subject, not "The panel heard that he regularly told …")
    cm = CHAIR_DESCRIPTION.search(head) or (_HEARING_BODY.search(head) if r.text.startswith(_BODY_SAYS, verb_pos) else None)
    if cm and len(r.chairs) == 1:
        chair = next(iter(r.chairs))
        return Attribution(chair, lo + cm.start(), lo + cm.end(), how)
    if cm and r.chairs:
        # a page of several hearings, each with its chair: "The chair said" is the one named in
        # the stretch before, when only one is
        named = {m.entity for m in r.mentions_between(max(0, lo - 1500), lo) if m.entity in r.chairs}
        if len(named) == 1:
            return Attribution(named.pop(), lo + cm.start(), lo + cm.end(), how)
    dm = DESCRIPTION.search(head)
    if dm:
        # "The sergeant told the inspector that they had been “parked up …”": the one person the
        # story gives that rank, if only one
        word = dm.group().split()[-1].lower()
        person = r.rank_holder(word, lo) if word in ("sergeant", "inspector", "superintendent", "constable") else None
        return Attribution(person, lo + dm.start(), lo + dm.end(), how)
    if candidates:
        m = candidates[0]
        return Attribution(m.entity, m.start, m.end, how)
    if re.search(r"\bwho\s*$", head.strip()[-6:] + " ") or head.rstrip().endswith(("who", "who has", "who had")):
        return None
    return Attribution(None, None, None, "none") if _UNNAMED_SPEAKER.search(head) else None


def _holds_rank(rank: str | None, word: str) -> bool:
    """Is `rank` (as written: "PC", "Det Sgt", "Sergeant") the rank a plain "the constable", "the
    sergeant" … names (not a chief inspector's or superintendent's)?"""
    low = (rank or "").lower()
    if not low or "chief" in low:
        return False
    return word in low or (word == "constable" and low in ("pc", "dc", "wpc", "pc.", "dc.", "det con")) \
        or (word == "sergeant" and low.endswith(("sgt", "sgt.", "ds")))


# "Employment Judge X rejected the claim. “…”", "Judge X jailed him: “…”": a ruling leads into
# the words it was given in, when the one ruling opens the sentence and sits as judge,
# coroner or chair (an officer who "dismissed" a complaint has not thereby said the next words)
_RULING = re.compile(r"(?:,[^,.;“\"]{1,80},)?\s+(?:also\s+|then\s+|later\s+)?(?:rejected|dismissed|upheld|allowed|ruled|"
                     r"threw\s+out|struck\s+out|jailed|sentenced|fined|acquitted|cleared|refused|granted|ordered|awarded)\b")
_ON_THE_BENCH = re.compile(r"\b(?:judge|recorder|coroner|sheriff|magistrate|justice|chair|chairman|chairwoman)\b", re.I)


def ruling_subject(r: Resolver, lo: int, hi: int) -> Attribution | None:
    """The judge or chair who opens text[lo:hi] with a ruling, if that is what it is."""
    m = r.mention_at(lo, slack=4)
    if m is None or m.end >= hi or not _RULING.match(r.text, m.end, hi):
        return None
    if m.entity not in r.chairs and not _ON_THE_BENCH.search(m.title or ""):
        return None
    return Attribution(m.entity, m.start, m.end, "before")


def may_name_speaker(r: Resolver, lo: int, hi: int) -> bool:
    """Can `indirect` (and the `_subject` it asks) name a person in text[lo:hi]? Only from a
    mention there, a pronoun there, or the article's one chair. Most quotes that reach it have
    none of these (six in ten), and the test costs 0.7 µs where looking costs 4 µs."""
    return bool(r.mentions_between(lo, hi)) or len(r.chairs) == 1 or _PRON_IN.search(r.text[lo:hi]) is not None


def indirect(r: Resolver, q: QSpan, para: Para, sentence_start: int) -> Attribution | None:
    """An embedded fragment in reported speech: "Ms Doe said the decision was ‘…’"."""
    if q.open_at is None:
        return None
    head = r.text[sentence_start:q.open_at]
    verbs = list(_VERB_RX.finditer(head)) or list(_JUDGING_RX.finditer(head))
    if not verbs:
        return None
    verb_pos = sentence_start + verbs[0].start()
    lead = r.text[sentence_start:verb_pos]
    who = re.search(r"\bwho\s+(?:\w+\s+){0,2}$", lead)
    if who:
        # "…chaired by Chief Constable X, of Y, who said …": the relative pronoun's antecedent
        ms = r.mentions_between(sentence_start, verb_pos)
        if ms:
            m = ms[-1]
            return Attribution(m.entity, m.start, m.end, "indirect")
    found = _subject(r, sentence_start, verb_pos, "indirect")
    if found is None:
        # "warned officers they may face … if they “…”": verbs other than the first may lead in
        for v in verbs[1:]:
            found = _subject(r, sentence_start, sentence_start + v.start(), "indirect")
            if found:
                break
    return found
