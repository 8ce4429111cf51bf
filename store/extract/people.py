"""People: names with their titles, ranks and ages, gathered into one entity per person.

A capitalised run of words is a person's name when something says so: a title or rank before
it ("PC", "Mr", "Chief Constable"), a known given name, an age after it ("Jo Bloggs, 34,"),
or a verb of saying next to it. Later mentions ("Mr Bloggs", "PC Bloggs", "Bloggs") join the
entity with the same surname.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from .. import reference
from ..model import Span
from . import ranks
from .words import SAY_VERBS, STOP, SURNAME_WORDS, ambiguous_first_names, first_names, unaccent
from .segment import table_row
from .trie import lower_ascii

_UPPER = "".join(sorted({c for c in map(chr, range(0x41, 0x250)) if c.isupper()}))
_UP = f"[{re.escape(_UPPER)}]"
# A prefix in a pattern is written "(?:…|)", not "(?:…)?": `re` tries a branch whose first
# character does not match in one step, and `?` on a group costs a repeat.
_TOKEN = rf"(?:O['’]|Mc|Mac|D['’]|Fitz|){_UP}[^\W\d_]*(?:[-'’](?![sS](?![^\W\d_])){_UP}?[^\W\d_]+)*"
_INITIAL = rf"{_UP}\."
_SP = r"[ \xa0]+"  # not a tab: the cleaner keeps tabs only between a table's cells
# (the look-ahead lets most words after a space fail at once, not after trying each particle)
_PARTICLE = r"(?=[dvbaeilS])(?:de|van|von|der|den|da|di|du|la|le|bin|binti|al|el|ibn|ap|dos|das|del|della|St\.?)"
# A run's first token is _TOKEN written so that the pattern starts with a capital letter: `re`
# then skips ahead to capitals instead of trying a look-behind at every position (measured
# 93 → 24 µs per article). The look-behind after that capital checks the character before it;
# a prefix (O', Mc, Mac, D', Fitz) is matched by its characters after the capital, then a
# look-behind checks the capital (measured, with the prefix and particle forms above, 21 → 18
# µs per article on every corpus).
_FIRST_TOKEN = (rf"{_UP}(?<![\w/].)(?:(?:['’](?<=[OD].)|c(?<=Mc)|ac(?<=Mac)|itz(?<=Fitz)){_UP}|)"
                rf"[^\W\d_]*(?:[-'’](?![sS](?![^\W\d_])){_UP}?[^\W\d_]+)*")
_RUN = re.compile(rf"{_FIRST_TOKEN}(?:{_SP}(?:{_PARTICLE}{_SP})*(?:{_TOKEN}|{_INITIAL}))*")
_AGE_AFTER = re.compile(r",\s*(\d{2}),")
_AGED_AFTER = re.compile(r",?\s*(?:aged|age)\s+(\d{2})\b")
_AGE_BRACKETS = re.compile(r"[ \xa0]\((\d{2})\)")  # "Fionn Dalgarno (39)", as Irish papers give ages
_SAY_AFTER = re.compile(r",?[ \t]+(?:has\s+|had\s+|later\s+|also\s+|then\s+|yesterday\s+|today\s+|previously\s+)?(\w+)")
# Words for what a person is, right before their name: "her solicitor, Jo Bloggs", "Prosecutor Jo Bloggs".
_ROLE_WORDS = tuple("""director chief executive spokesman spokeswoman spokesperson solicitor lawyer representative
    rep chair chairman chairwoman chairperson secretary minister mp msp councillor president campaigner founder head
    manager leader commissioner coroner judge nephew niece son daughter mother father mum dad wife husband brother
    sister friend neighbour uncle aunt partner prosecutor barrister qc kc counsel constable officer inspector sergeant
    superintendent detective victim widow widower colleague boss analyst researcher expert professor lecturer author
    organiser co-ordinator coordinator deputy member resident owner landlord teacher doctor nurse attorney advocate""".split())
_ROLE_BEFORE = re.compile("(?:" + "|".join(_ROLE_WORDS) + r")\s*,?\s+$")  # lower-case


def _ends_with_role(low_before: str) -> bool:
    """Can _ROLE_BEFORE match at the end of `low_before`: does it end with one of its words,
    then perhaps a comma? Its eighty words are tried one by one at each of 60 places (measured
    about 10 µs a search); endswith with all of them at once is cheap."""
    head = low_before.rstrip()
    if head.endswith(","):
        head = head[:-1].rstrip()
    return head.endswith(_ROLE_WORDS)


_SAID_BEFORE = re.compile(r"\b(?:said|says|added|told|according\s+to)\s+(?:[\w’'.-]+\s+){0,5}$")
_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an|who|whose|of\s+the|of|from|founder|director|head|chair|chief|deputy|assistant|spokes\w+|"
    r"campaigner|lawyer|solicitor|barrister|MP\b|minister|secretary|commissioner|professor|"
    r"mother|father|wife|husband|partner|sister|brother|daughter|son|\d{2}|"
    # counsel: "Victoria Milburn, for PC Straughan, …", "X, representing the officer, …"
    r"representing|defending|prosecuting|mitigating|for\s+(?:the\s+)?(?:PC|DC|DS|Sgt|Sergeant|Constable|Inspector|"
    r"officer|officers|constable|sergeant|force|family|appellant|complainant|prosecution|defence))\b")
_POSSESSIVE = re.compile(r"['’]s?$")
# Descriptions that refer back to an officer already named.
DESCRIPTION = re.compile(
    r"\b(?:the|The)\s+(?:former\s+|ex-|serving\s+|disgraced\s+|dismissed\s+|sacked\s+|then-?)?"
    r"(?:police\s+)?(?:officer|constable|PC|sergeant|detective(?:\s+constable|\s+sergeant)?|inspector|"
    r"PCSO|special(?:\s+constable)?|staff\s+member|superintendent|\d{2}-year-old)\b")


@dataclass(slots=True)
class Mention:
    start: int                 # the name itself
    end: int
    text: str
    tokens: tuple[str, ...]
    title_start: int           # where the title/rank begins (== start when none)
    title: str | None = None
    rank: str | None = None    # stored label, e.g. "Detective Sergeant"
    role: str | None = None    # officer | pcso | special_constable | None (civilian title)
    modifier: str | None = None
    civil: str | None = None   # Mr, Ms, Dr, ...
    age: int | None = None
    age_span: Span | None = None
    entity: int = -1


@dataclass
class Person:
    id: int
    tokens: tuple[str, ...]
    gender: str | None = None
    rank: str | None = None
    role: str | None = None
    former: bool = False
    age: int | None = None
    mentions: list[Mention] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.tokens[-1]

    @property
    def name(self) -> str:
        return " ".join(self.tokens)

    @property
    def full(self) -> bool:
        return len(self.tokens) >= 2


def _is_stop(token: str) -> bool:
    return token in STOP or (len(token) >= 2 and token.isupper())


def _title_before(text: str, start: int) -> tuple[str | None, str | None, int]:
    """(modifier, title, title_start) for a title ending right before `start`."""
    # cheap test first: the word just before must be able to end a title
    k = start
    while k > 0 and text[k - 1] in " \xa0":
        k -= 1
    if k == start:
        # (a tab parts a table's cells: "Police sergeant<tab>Wellingborough" is a rank and a place)
        return None, None, start
    # the word before: what is after the last whitespace in a window longer than any title's
    # last word (cheaper than stepping back a character at a time)
    window = text[max(0, k - ranks.title_last_word_span()):k]
    # ("T/Sgt", "A/Insp": the rank after an acting or temporary mark)
    if not window or window[-1].isspace():
        return None, None, start
    last = window.rsplit(None, 1)[-1]
    if last not in ranks.title_last_words() and last.rsplit("/", 1)[-1] not in ranks.title_last_words():
        return None, None, start
    lo = max(0, start - 48)
    m = ranks.title_regex().search(text, lo, start)
    if not m:
        return None, None, start
    ts = m.start("mod") if m.group("mod") else m.start("title")
    if ts > 0 and (text[ts - 1].isalnum()):
        return None, None, start
    return (m.group("mod") or "").strip() or None, m.group("title"), ts


def _split_leading_title(tokens: list[str], spans: list[tuple[int, int]]) -> int:
    """How many leading tokens form a title/rank ("Chief Constable", "Det Sgt")."""
    titles = ranks.police_titles()
    best = 0
    for n in range(1, min(4, len(tokens)) + 1):
        phrase = " ".join(tokens[:n])
        if phrase in titles or phrase in ranks.CIVIL_TITLES:
            best = n
    return best


def find_people(text: str, skip: list[tuple[int, int]] | None = None) -> tuple[list[Person], list[Mention]]:
    """Every person mention in `text`, linked into entities (first full mention first). Runs of
    capitalised words inside `skip` (force names: "An Garda Síochána") are not names."""
    skip = sorted(skip or [])
    # does [lo, hi) overlap a skipped stretch? bisect, and the furthest end among those before
    skip_starts = [a for a, _ in skip]
    skip_reach = list(accumulate((b for _, b in skip), max))
    given = first_names()
    ambiguous = ambiguous_first_names()
    people: list[Person] = []
    mentions: list[Mention] = []
    by_surname: dict[str, list[int]] = {}
    lone: list[tuple[int, int, str, int, str | None]] = []  # possible later surname-only mentions
    titles = ranks.title_phrases()

    for m in _RUN.finditer(text):
        run = m.group()
        if run in STOP:
            continue  # a lone "The", "He": most runs are one such word (and no stop word holds a space)
        at = m.start()
        if at and text[at - 1] in "@#":
            continue  # (the pattern refuses a letter, a digit, "_" or "/" before a run)
        if " " not in run and "\xa0" not in run:  # (the only whitespace a run holds)
            # one word, as most runs are: what _token_spans and _segments would make of it, cheaply
            if len(run) >= 2 and run.isupper():
                continue  # a lone "IOPC"
            if run in titles:
                continue  # a title alone ("Sergeant"): no name after it
            if len(run) == 1:
                continue  # a code name ("Officer A")
            end = m.end()
            k = bisect_left(skip_starts, end)
            if k and skip_reach[k - 1] > at:
                continue  # inside a force's name
            modifier, title, title_start = _title_before(text, at)
            if title is None and not (run in given and _ONLY_AS.search(text, max(0, at - 40), at)):
                lone.append((at, end, run, title_start, modifier))  # as _one_run would, without the rest of its tests
                continue
            raw_tokens, spans, segments = [run], [(at, end)], _ONE_WORD
        else:
            raw_tokens = run.split()
            spans = _token_spans(run, raw_tokens, at)
            segments = _segments(raw_tokens, given)
        for lead_at, name_at, name_end in segments:
            tokens, tspans = raw_tokens[name_at:name_end], spans[name_at:name_end]
            k = bisect_left(skip_starts, tspans[-1][1])
            if k and skip_reach[k - 1] > tspans[0][0]:
                continue
            while tokens and tokens[-1].endswith(".") and len(tokens) > 1:
                tokens, tspans = tokens[:-1], tspans[:-1]
            if not tokens or len(tokens) > 4 or tokens[-1].endswith("."):
                continue
            lead = name_at - lead_at if lead_at is not None else 0
            _one_run(text, raw_tokens[lead_at:name_at] if lead else [], spans[lead_at] if lead else None,
                     tokens, tspans, given, ambiguous, people, mentions, by_surname, lone)

    # Surname-only mentions ("Harrison said") of people already known; and, in a story that
    # calls someone by their first name ("Malcolm said: …"), first-name ones as a speaker: a
    # first name one person has, that is no ordinary word too
    by_first: dict[str, list[int]] = {}
    for p in people:
        if len(p.tokens) >= 2 and p.tokens[0] in given and p.tokens[0] not in ambiguous:
            by_first.setdefault(p.tokens[0], []).append(p.id)
    for start, end, word, title_start, modifier in lone:
        ids = by_surname.get(word)
        if not ids and word in by_first and len(by_first[word]) == 1 and title_start == start and \
                _SAYS_AFTER.match(text, end):
            ids = by_first[word]  # (only as a speaker: "Malcolm said:"; "graded Jake as" would mislead "he")
        if not ids and word in given and title_start == start and \
                (kin := _KIN_NAMED.search(text, max(0, start - 45), start)) is not None and kin.group(1) in by_surname:
            # "Mrs Vickerstaff's daughter Kelly, 52, said …": someone of the family, by first name
            # (not among by_surname: "Mrs Vickerstaff" later is still the mother)
            person = Person(len(people), (word, kin.group(1)), gender=_KIN_WORDS.get(kin.group(2).lower()))
            mention = Mention(start, end, word, (word,), start, entity=person.id)
            person.mentions.append(mention)
            people.append(person)
            mentions.append(mention)
            continue
        if not ids:
            continue
        mention = _lone_mention(text, start, end, word, title_start, modifier)
        if mention is None:
            continue
        earlier = [i for i in ids if people[i].mentions[0].start < mention.start] or ids
        mention.entity = earlier[-1]
        people[mention.entity].mentions.append(mention)
        mentions.append(mention)
    mentions.sort(key=lambda x: x.start)
    _share_plural_titles(text, people, mentions)
    for p in people:
        p.mentions.sort(key=lambda x: x.start)
    _infer_gender(text, people)
    return people, mentions


# a relative of someone named, by first name: "Mrs Vickerstaff's daughter Kelly", "his son, Jack,"
_KIN_WORDS = {"daughter": "female", "mother": "female", "wife": "female", "sister": "female", "niece": "female",
              "granddaughter": "female", "aunt": "female", "son": "male", "father": "male", "husband": "male",
              "brother": "male", "nephew": "male", "grandson": "male", "uncle": "male", "partner": None}
_KIN_NAMED = re.compile(r"([A-Z][\w'’-]+)['’]s[ \xa0]+(?:(?:late|elder|younger|eldest|youngest|older|only)[ \xa0]+)?("
                        + "|".join(_KIN_WORDS) + r"),?[ \xa0]+$")
_AND_NEXT = re.compile(r",?[ \xa0]+and[ \xa0]+")


def _share_plural_titles(text: str, people: list[Person], mentions: list[Mention]) -> None:
    """"PCs Jo Bloggs and Al Smith", "Officers Cole X and Mia Y": the title is the second name's
    too, when it has none of its own."""
    for a, b in zip(mentions, mentions[1:]):
        if a.title and a.title.endswith("s") and a.rank and b.title is None and b.rank is None and \
                b.title_start == b.start and _AND_NEXT.fullmatch(text, a.end, b.start):
            b.rank, b.role = a.rank, a.role
            p = people[b.entity]
            if p.rank is None:
                p.rank, p.role = a.rank, a.role


_SAYS_AFTER = re.compile(r"[ \xa0]+(?:said|says|told|added|explained|recalled|wrote)\b")
_ONE_WORD = ((None, 0, 1),)  # _segments of a run of one word that is neither a stop word nor a title


def _one_run(text, lead_tokens, lead_span, tokens, tspans, given, ambiguous, people, mentions, by_surname,
             lone) -> None:
    """Decide whether one candidate name is a person, and record it; a lone word that may be
    someone's surname goes to `lone` as (start, end, word, title_start, modifier)."""
    if len(tokens[0].rstrip(".")) == 1 and all(len(t.rstrip(".")) == 1 for t in tokens):
        return  # a code name ("Officer A", "PC X") is not a name
    start, end = tspans[0][0], tspans[-1][1]
    if lead_tokens:
        title = " ".join(lead_tokens)
        title_start = lead_span[0]
        modifier = None
        # (the pattern is tried at each of the 12 places; most titles have no modifier word
        # right before them, which endswith tells at once)
        mod_m = _MODIFIER_BEFORE.search(text, max(0, title_start - 12), title_start) \
            if text[max(0, title_start - 12):title_start].rstrip().endswith(_MODIFIER_WORDS) else None
        if mod_m:
            modifier = mod_m.group(1).strip()
            title_start -= len(mod_m.group(1))
    else:
        modifier, title, title_start = _title_before(text, start)
    rank = ranks.rank_of(title) if title else None
    if title == "Commissioner" and _NOT_POLICE_COMMISSIONER.search(text, max(0, title_start - 30), title_start):
        rank, title = None, None  # "Police and Crime Commissioner", "Information Commissioner": not a rank
    civil = title if title in ranks.CIVIL_TITLES else None
    if title and not rank and not civil:
        title = None
    if not title and len(tokens) == 1 and not (tokens[0] in given and _ONLY_AS.search(text, max(0, start - 40), start)):
        # A lone word with nothing to say it is a person: it becomes a mention only if someone
        # turns out to have it as surname (most do not: measured 3 µs each to make them all).
        lone.append((start, end, tokens[0], title_start, modifier))
        return
    if title and len(tokens) == 1 and (_not_a_surname(text, end, tokens[0]) or table_row(text, title_start)):
        return  # "PC Sexual comments to a member of the public": a table's rank column, not a name
    if title and _ORG_AFTER.match(text, end):
        return  # "the Garda Representative Association", "the Police Superintendents' Association": a body
    if not title and (_PLACE_AFTER.match(text, end) or tokens[-1] in _STREET_ENDS):
        return  # "Charles Cross police station", "Marine Parade": a place, though named like someone
    if not title and tokens[-1] in _STREET_SURNAMES and _ALONG_BEFORE.search(text, max(0, title_start - 8), title_start) \
            and text[end:end + 1] not in "'’":
        return  # "pushed to the ground on Lee Lane": a street, though Lane is a surname too
    if not title and text[max(0, start - 1):start] == " " and _BODY_BEFORE.search(text, max(0, start - 24), start):
        return  # "the community group Safer Streets Erdington", "the charity Hope Rising": a body
    first = tokens[0]
    if not title and len(tokens) >= 3 and first not in given and tokens[1] in given and \
            (first in _place_names() or text.endswith((" of ", " for "), 0, start)):
        # "IOPC Director for London Patrick Hartnell said", "Executive Director of Safety Jo
        # Bloggs said": the place, the end of the job, is not part of the name
        _one_run(text, lead_tokens, lead_span, tokens[1:], tspans[1:], given, ambiguous, people, mentions,
                 by_surname, lone)
        return
    age_m = _AGE_AFTER.match(text, end) or _AGED_AFTER.match(text, end) or _AGE_BRACKETS.match(text, end)
    evidence = bool(title)
    if not evidence and len(tokens) >= 2:
        if first in given or (first in ambiguous and _strong_cue(text, title_start, end, age_m)) or \
                (not first.isascii() and unaccent(first) in given):
            evidence = True  # (and "Rémi", written with an accent the list of names does not give)
        elif any(people[i].tokens == tuple(tokens) for i in by_surname.get(tokens[-1], ())):
            evidence = True  # "Mark Lyle apologised": a full name the article has already given a person
        elif any(_tail_of(tokens, people[i].tokens) for i in by_surname.get(tokens[-1], ())):
            evidence = True  # "Van der Westhuizen was warned": the surname of "Johan van der Westhuizen"
        elif age_m or _strong_cue(text, title_start, end, age_m):
            # ("based at Manchester Piccadilly, who resigned": a place's name first is no first name)
            evidence = not _looks_like_place_or_org(tokens) and first not in _place_names()
    elif not evidence:
        evidence = True  # "identified only by her first name, Laura": a person with one name (tested above)
    if not evidence:
        return  # neither a person nor a possible later surname-only mention
    mention = Mention(start, end, text[start:end], tuple(tokens), title_start, title,
                      rank[0] if rank else None, rank[1] if rank else None, modifier, civil,
                      int(age_m.group(1)) if age_m else None,
                      Span(age_m.start(1), age_m.end(1)) if age_m else None)
    _link(mention, people, by_surname, given, ambiguous)
    mentions.append(mention)


def _lone_mention(text: str, start: int, end: int, word: str, title_start: int, modifier: str | None) -> Mention | None:
    """The mention `_one_run` would have made of a lone word with no title (None where it makes none)."""
    if _PLACE_AFTER.match(text, end) or word in _STREET_ENDS:
        return None  # "Marine Parade": a place
    age_m = _AGE_AFTER.match(text, end) or _AGED_AFTER.match(text, end) or _AGE_BRACKETS.match(text, end)
    return Mention(start, end, text[start:end], (word,), title_start, None, None, None, modifier, None,
                   int(age_m.group(1)) if age_m else None,
                   Span(age_m.start(1), age_m.end(1)) if age_m else None)


_BODY_BEFORE = re.compile(r"\b(?:group|charity|organisation|organization|campaign|company|firm|network|club|"
                          r"band|project|initiative|collective|coalition|foundation|trust|app|website|podcast)\s+$")
_ORG_AFTER = re.compile(r"['’]?[ \xa0]+(?:Association|Federation|Union|Society|Council|Commission|Board|Authority|Service|"
                        r"Trust|Network|Forum|Committee|Unit|Department|Bureau|Agency|College|Institute)\b")
_NEXT_WORD = re.compile(r"[ \t\xa0]+([a-z][a-z’'-]*)")
# Lower-case words that follow a surname in running text ("PC Smith said", "Sgt Jones, who").
_AFTER_SURNAME = frozenset("""and or of who whose from with at in on for to by as was were is are has had have
    had will would could should may might did does do said says told added admitted denied accepted
    also then later now still again previously himself herself not never""".split())


def _twice(text: str, word: str) -> bool:
    """`text.count(word) > 1`, reading the text only as far as the second time (the whole of
    it, for a count)."""
    first = text.find(word)
    return first >= 0 and text.find(word, first + len(word)) >= 0


def _not_a_surname(text: str, end: int, token: str) -> bool:
    """A rank then one capitalised word then a lower-case word that cannot follow a surname
    ("Sergeant Failure to supervise", "PC Use of force"): words of a table row, not a name."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or _twice(text, token):
        return False  # a real surname is used again ("PC Ian Kerr" … "against PC Kerr proven")
    word = nxt.group(1)
    if word not in _AFTER_SURNAME and not word.endswith("ed"):
        return True
    # "Sergeant Failure to supervise": the word is also written in lower case in the article
    return re.search(rf"(?<![\w-]){re.escape(token.lower())}(?![\w-])", text) is not None


# What introduces someone by their first name alone.
_ONLY_AS = re.compile(r"(?:first\s+name|(?:named|known|identified|referred\s+to)\s+(?:only\s+)?as|"
                      r"gave\s+(?:her|his|their)\s+name\s+as|asked\s+to\s+be\s+called)\s*,?\s*$")
# Lower-case words after a name that make it the name of a place or building.
_PLACE_AFTER = re.compile(r"[ \t\xa0]+(?:police\s+station|station|custody\s+(?:suite|centre)|hospital|infirmary|school|"
                          r"academy|college|university|road|street|avenue|lane|estate|house|hall|park|centre|bridge|"
                          r"square|court\s+(?:house|complex)|magistrates['’]?\s+court|crown\s+court)\b")
_NOT_POLICE_COMMISSIONER = re.compile(r"(?:Crime|Information|Children['’]s|Victims['’]?|Equality|Biometrics|"
                                      r"Surveillance|Fire|Health|Older\s+People['’]s|Language|Future\s+Generations)\s+$")
_MODIFIER_WORDS = ("former", "Former", "ex-", "Ex-", "Acting", "acting", "Temporary", "Retired", "retired")
_MODIFIER_BEFORE = re.compile(r"(?:^|\s)((?:" + "|".join(_MODIFIER_WORDS) + r")\s*)$")


def _segments(tokens: list[str], given: dict) -> list[tuple[int | None, int, int]]:
    """Candidate names inside a run of capitalised words: (title start, name start, name end).
    "Police and Crime Commissioner Jo Bloggs" yields Jo Bloggs; "Chief Constable Jo Bloggs" yields
    Jo Bloggs with its title."""
    titles = ranks.title_phrases()
    sizes = ranks.title_sizes()
    out = []
    i, n = 0, len(tokens)
    while i < n:
        k = 0
        for size in sizes.get(tokens[i], ()):
            if size <= 4 and i + size <= n and (size == 1 or " ".join(tokens[i:i + size]) in titles):
                k = size
                break
        j = i + k
        e = j
        while e < n:
            # (_is_stop written out: called for every word, it cost a third of this function)
            token = tokens[e]
            word = token.rstrip(".")
            if (word in STOP or (len(word) >= 2 and word.isupper())) and token not in given:
                break
            e += 1
        if e < n and e > j and tokens[e] in SURNAME_WORDS and tokens[e - 1] in given and \
                (e + 1 == n or _is_stop(tokens[e + 1])):
            e += 1  # "Amy Hall": a surname that is also a word
        if e > j:
            out.append((i if k else None, j, e))
            i = e
        else:
            i = j if k else i + 1
    return out


def _token_spans(run: str, tokens: list[str], offset: int) -> list[tuple[int, int]]:
    """(start, end) of each of `tokens` (`run.split()`), `run` starting at `offset`."""
    spans = []
    if "  " not in run and "\xa0" not in run:
        # one space between words, as nearly always (a run holds no other whitespace): no
        # need to look for each word (measured 0.8 → 0.5 µs a run)
        pos = offset
        for token in tokens:
            end = pos + len(token)
            spans.append((pos, end))
            pos = end + 1
        return spans
    pos = 0
    for token in tokens:
        pos = run.index(token, pos)
        spans.append((offset + pos, offset + pos + len(token)))
        pos += len(token)
    return spans


def _is_name_word(token: str, given: dict) -> bool:
    return token in given


def _strong_cue(text: str, start: int, end: int, age_m) -> bool:
    if age_m or _APPOSITIVE.match(text, end):
        return True
    # "A constable who worked there, Jade Mitrovic, has been stood down": a name set off by
    # commas between a description and its verb
    if text[max(0, start - 2):start] == ", " and _APPOSED_BEFORE_VERB.match(text, end):
        return True
    after = _SAY_AFTER.match(text, end)
    if after and after.group(1).lower() in SAY_VERBS:
        return True
    before = text[max(0, start - 60):start]
    low = lower_ascii(text)
    if before.endswith(", ") and _ROLE_FOR_BEFORE.search(low, max(0, start - 60), start):
        return True  # "A lawyer for the family, Jo Bloggs, …": the role, then whom it serves
    if _ends_with_role(low[max(0, start - 60):start]) and _ROLE_BEFORE.search(low, max(0, start - 60), start):
        return True
    if ("said" in before or "says" in before or "added" in before or "told" in before or "according" in before) \
            and _SAID_BEFORE.search(before) and not re.search(r"[.!?;:]", before[-40:]):
        return True  # (the words looked for first: the pattern is tried at each of 60 places)
    return before.rstrip().lower().endswith(("said", "says", "added", "according to", "by"))


_ROLE_FOR_BEFORE = re.compile(r"\b(?:" + "|".join(_ROLE_WORDS) + r")\s+(?:for|of|to|at)\s+(?:the|his|her|their|a|an)\s+"
                              r"(?:[\w'’-]+\s+){0,2}[\w'’-]+,\s+$")  # lower-case
_APPOSED_BEFORE_VERB = re.compile(r",\s*(?:has|have|had|was|were|is|will|would|resigned|retired|admitted|denied|"
                                  # "An attorney for the family, Jo Bloggs, called the suspension inadequate"
                                  r"called|described|criticised|criticized|condemned|welcomed|praised|urged)\s")
# Last words of street and place names that are not also common surnames.
_STREET_ENDS = frozenset("Street Road Avenue Parade Crescent Promenade Esplanade Quay Boulevard Gardens Square "
                         "Drive Terrace Precinct Retail Stadium Airport Hospital Infirmary".split())
# street names' last words that are surnames too, a street only after "on", "along" …
_STREET_SURNAMES = frozenset("Lane Close Way Hill Grove Row Walk Green Place Mews Rise Vale".split())
_ALONG_BEFORE = re.compile(r"\b(?:on|along|off|in|into|near|down|up)\s+$")
_PLACEISH = frozenset("Police Constabulary Court Street Road Council University Hospital Park Hall".split())


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """The first words of the gazetteer's places ("Manchester", "Milton"), and its one-word names."""
    return frozenset(name.split()[0] for name in (*reference.places(), *reference.uk_only_places()))


def _looks_like_place_or_org(tokens: list[str]) -> bool:
    return any(t in _PLACEISH for t in tokens)


def _link(mention: Mention, people: list[Person], by_surname: dict, given: dict, ambiguous: dict) -> None:
    tokens = mention.tokens
    surname = tokens[-1]
    candidates = by_surname.get(surname, [])
    chosen = None
    # "Mr Oulton" after "Terry Oulton" and "His sister, Carol Oulton": the one the title fits
    want = ranks.CIVIL_TITLES.get(mention.civil) if mention.civil and len(tokens) == 1 and len(candidates) > 1 else None
    if want is not None and not any(people[q].gender in (None, want) for q in candidates):
        want = None  # (no one the title fits: the last named, as before)
    # "PC Nuttall" after "PC Aaron Nuttall" and the shopkeeper "Graham Nuttall": the one with a
    # rank, and that rank if one has it ("PC Mayhew" after "PC Tom Mayhew" and "DC Laura Mayhew")
    ranked = None
    if mention.rank is not None and len(tokens) == 1 and len(candidates) > 1:
        held = {people[q].rank for q in candidates}
        ranked = (mention.rank,) if mention.rank in held else tuple(r for r in held if r) or None
    for pid in reversed(candidates):
        p = people[pid]
        if want is not None and p.gender not in (None, want) or ranked is not None and p.rank not in ranked:
            continue
        if len(tokens) == 1 or not p.full or _same_first(tokens[0], p.tokens[0]) or _tail_of(tokens, p.tokens):
            chosen = pid  # "Garda Ó Murchú" after "Seán Ó Murchú": the surname with its particle
            break
    if chosen is None and len(tokens) == 1:
        # a single name with a title and no earlier full mention: could be a first-name reference
        for p in reversed(people):
            if p.tokens[0] == surname and p.full:
                chosen = p.id
                break
    if chosen is None:
        gender = given.get(tokens[0]) if len(tokens) >= 2 else None
        if gender is None and len(tokens) >= 2:
            gender = ambiguous.get(tokens[0])
        chosen = len(people)
        people.append(Person(chosen, tokens, gender))
        by_surname.setdefault(surname, []).append(chosen)
    p = people[chosen]
    if len(tokens) > len(p.tokens):
        p.tokens = tokens
        if p.gender is None:
            p.gender = given.get(tokens[0]) or ambiguous.get(tokens[0])
    if mention.civil and ranks.CIVIL_TITLES.get(mention.civil):
        p.gender = ranks.CIVIL_TITLES[mention.civil]
    if mention.rank and (p.rank is None or p.role is None):
        p.rank, p.role = mention.rank, mention.role
    if mention.modifier and mention.modifier.lower().startswith(("former", "ex", "retired")):
        p.former = True
    if mention.age and p.age is None:
        p.age = mention.age
    mention.entity = chosen
    p.mentions.append(mention)


def _tail_of(tokens, full) -> bool:
    """Is `tokens` the end of the name `full`, its particle capitalised or not ("Van der
    Westhuizen" of "Johan van der Westhuizen", "Ó Murchú" of "Seán Ó Murchú")?"""
    n = len(tokens)
    if n >= len(full):
        return False
    tail = full[-n:]
    return tuple(tail) == tuple(tokens) or (tail[0].lower() == tokens[0].lower() and tuple(tail[1:]) == tuple(tokens[1:]))


def _same_first(a: str, b: str) -> bool:
    a, b = a.rstrip("."), b.rstrip(".")
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


_NEXT_SUBJECT = re.compile(r"[^.!?]*[.!?][”’\"']?\s+(He|She)\b")


_LEADING_PRONOUN = re.compile(r"\s*(?:He|She|They)\b")


def _infer_gender(text: str, people: list[Person]) -> None:
    """Fill unknown genders from a following sentence that opens with He/She, when nobody else
    was named in between."""
    starts = sorted((m.start, m.entity) for p in people for m in p.mentions)
    for p in people:
        if p.gender:
            continue
        votes = {"male": 0, "female": 0}
        for mention in p.mentions[:4]:
            m = _NEXT_SUBJECT.match(text, mention.end)
            if not m or m.start(1) - mention.end > 300:
                continue
            if any(mention.end < s < m.start(1) and e != p.id for s, e in starts):
                continue
            lo = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start))
            if any(lo < s < mention.start and e != p.id for s, e in starts) or _LEADING_PRONOUN.match(text, lo + 1):
                # "He stood down … to hand over to his successor, Sergeant Kim X, and …. He joined":
                # the next "He" goes on about the sentence's subject, someone before them
                continue
            votes["female" if m.group(1) == "She" else "male"] += 1
        if votes["male"] != votes["female"]:
            p.gender = max(votes, key=votes.get)
