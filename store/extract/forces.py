"""Finding police forces in text: UK forces by name, alias or abbreviation; places covered by
exactly one force; and forces outside the UK as written ("Phoenix Police Department").

Matching follows the reference's notes: names and aliases ignore case, except all-caps
abbreviations ("GMP", "PSNI") and "Met", which must match as written.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from .. import reference
from ..text import fold
from .trie import literal_hits, literal_words, lower_ascii, starts_word, trie_pattern


# Not frozen, though never changed: a frozen dataclass's __init__ is 4x slower (590 → 130 ns),
# and the extractor makes dozens of these per article.
@dataclass(slots=True)
class ForceMention:
    start: int
    end: int
    force_id: str | None   # None for a force outside the UK
    name: str              # official name (UK) or as written (elsewhere)
    kind: str              # name | abbrev | place | foreign


_SUFFIX = re.compile(r"\s+(?:Police(?:\s+Service)?|Constabulary)$")
# Nouns after which a bare force area means the force: "two Devon and Cornwall officers".
_FORCE_NOUN = (r"(?:officers?|constables?|PCs?\b|sergeants?|detectives?|inspectors?|superintendents?|staff|PCSOs?|"
               r"special\s+constables?|force\b|employees?)")
# Every UK force name or alias that is not an abbreviation holds one of these words.
_NAME_ANCHOR = literal_words("police|constabulary|force|service|yard|heddlu|poileas|polis|agency")  # str.find: cheaper
# Words every foreign force name ends with (or is): where to look before running _FOREIGN.
_FOREIGN_ANCHOR_WORDS = ("Police", "Constabulary", "Sheriff", "Highway Patrol", "NYPD", "LAPD", "RCMP", "Garda")
_FOREIGN_ANCHOR = re.compile("|".join(w.replace(" ", r"\s+") for w in _FOREIGN_ANCHOR_WORDS))


def _clean_alias(alias: str) -> str:
    return re.sub(r"\s*\(.*?\)", "", alias).strip()


def _is_abbrev(alias: str) -> bool:
    return alias in ("Met", "the Met") or (alias.isupper() and 2 <= len(alias) <= 5) or alias in ("CoLP", "RAFP")


@dataclass(frozen=True)
class _Tables:
    names: re.Pattern          # case-insensitive names and aliases
    abbrevs: re.Pattern        # case-sensitive abbreviations but "the Met" (see _abbreviations)
    short: re.Pattern          # "Thames Valley" in "a Thames Valley officer"
    short_ids: dict
    place_lower: dict          # lower-cased place → force id, for headings in capitals
    places: bool               # does the gazetteer hold any place (every_place() finds them all)
    capital_places: re.Pattern         # those of them that start with a capital, and a NUL (see _capital_matches)
    other_places: re.Pattern | None    # the others ("the City of London")
    capital_scan: re.Pattern   # where one of the patterns _capital_matches stands for can match
    capital_pairs: dict        # first two characters → which of them may match there
    capital_firsts: dict       # first character → which of them may match whatever follows it
    other_tails: bool          # is each of other_places's phrases in the scan, from its first capital on?
    by_name: dict              # folded alias → force id
    place_ids: dict            # place → force id
    name_start: re.Pattern     # the character before a word start where a lower-case name can begin
    name_first: re.Pattern     # the same at the start of the text
    anchor_before: dict        # anchor word → what names holding it have just before it, reversed (_may_name)
    anchor_after: dict         # anchor word → what names starting with it have just after it
    uk_only: re.Pattern | None = None   # places that share their name with one abroad (reference.uk_only_places)
    uk_only_ids: dict | None = None
    after_preposition: re.Pattern | None = None   # places that are also words (reference.places_after_preposition)
    after_preposition_ids: dict | None = None
    ambiguous: re.Pattern | None = None   # places of a name in several force areas (reference.ambiguous_place_forces)
    ambiguous_ids: dict | None = None


# A place name followed by these names a court, a council or a club, not where an officer serves.
_NOT_A_BEAT = re.compile(r"[ \t\xa0]+(?:Crown|Magistrates|Magistrates['’]|County\s+Court|Youth\s+Court|Coroner|Coroner['’]s|"
                         r"Court|University|City\s+Council|Council|Hospital|Infirmary|Airport|FC\b|United|Rovers|Wanderers|"
                         r"Athletic|Albion|Town\s+FC|Cathedral|Prison|Road|Street|Avenue)")
# (and "New": "in New Hampshire", "New South Wales Police" are abroad)
_NOT_A_BEAT_BEFORE = re.compile(r"University\s+of\s+$|HMP\s+$|New\s+$")


def _may_be_beat(text: str, start: int, end: int) -> bool:
    """May the place found at text[start:end] be where an officer serves: a word of its own, not
    a court's, a council's or a club's name, nor abroad ("New Hampshire")?"""
    return starts_word(text, start) and not _NOT_A_BEAT.match(text, end) \
        and not _NOT_A_BEAT_BEFORE.search(text[max(0, start - 16):start])


_DEPARTMENT_AFTER = re.compile(r"[ \t\xa0]+(?:Department|Dept\b)")
_FEDERATION_AFTER = re.compile(r"['’]?[ \t\xa0]+Federation\b")
# Words that, following "Met", mean something other than the force.
_NOT_MET = re.compile(r"\s+(?:Office|Gala|Opera|Museum)\b")
_FOREIGN = re.compile(
    r"((?:[A-Z][\w.’'-]*[ \t\xa0]+(?:and[ \t\xa0]+(?=[A-Z]))?){1,4})"  # (and "Trinidad and Tobago Police Service")
    r"(Police[ \t\xa0]+Department|Police[ \t\xa0]+Dept\.?|Sheriff[’']s[ \t\xa0]+(?:Office|Department)|"
    r"Police[ \t\xa0]+Services?|Police[ \t\xa0]+Force|Police[ \t\xa0]+Bureau|State[ \t\xa0]+Police|Highway[ \t\xa0]+Patrol|"
    r"Division[ \t\xa0]+of[ \t\xa0]+Police|Police[ \t\xa0]+Division|Police[ \t\xa0]+District|Police|Constabulary[ \t\xa0]+Force|"
    r"Constabulary)(?![ \t\xa0]+(?!(?:Commissioner|Chief|Superintendent)\b)[A-Z])"  # ("Nagpur City Police Commissioner X")
    # ("the Royal Police Force of Antigua and Barbuda": the country after "of" is the name's)
    r"(?P<of>(?<=Force|rvice|vices|ulary)[ \t\xa0]+of[ \t\xa0]+(?:the[ \t\xa0]+)?[A-Z][\w'’-]+(?:[ \t\xa0]+(?:and[ \t\xa0]+)?[A-Z][\w'’-]+){0,3})?"
    r"|\b(?P<abbr>NYPD|LAPD|RCMP|PSNI|An\s+Garda\s+S[ií]och[aá]na|Garda\s+S[ií]och[aá]na|Royal\s+Canadian\s+Mounted\s+Police)\b"
)
_FOREIGN_STOP = frozenset(fold(w) for w in """The A An This That Former Serving Retired Senior Local British English
    Welsh Scottish Irish Northern Military Transport National Independent Metropolitan Federation
    Chief Deputy Assistant Acting Detective Constable Sergeant Inspector Superintendent Officer Officers Special
    Community Support When While After Before If In On At By For From With Two Three Several Some Many
    Most All Every Each Our Their His Her Its Says Said UK GB Britain England Wales Scotland Ireland
    Europe European Many Other Both One Four Five Six Seven Eight Nine Ten Another First Second Third
    Fourth Last Ex Veteran Rookie Probationary Disgraced Fired Sacked Suspended""".split())


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    insensitive: dict[str, str] = {}
    sensitive: dict[str, str] = {}
    for force in reference.all_forces():
        # former names of a force that still exists are left out: a body that no longer exists
        # has its own entry among the former forces, and an article about it is about that body
        names = [force["name"], *force.get("aliases", []), *force.get("other_official_names", [])]
        for alias in map(_clean_alias, names):
            if not alias:
                continue
            (sensitive if _is_abbrev(alias) else insensitive).setdefault(alias, force["id"])
    by_name = {_key(k): v for k, v in {**insensitive, **sensitive}.items()}
    places = reference.places()
    capital = {p for p in places if p[:1].isupper()}
    other = set(places) - capital
    short: dict[str, str] = {}
    for force in reference.data()["forces"]:
        bare = _SUFFIX.sub("", force["name"]).strip()
        if bare and bare != force["name"] and len(bare) > 3:
            short.setdefault(bare, force["id"])
    short_rx = re.compile("(?:" + trie_pattern(short) + r")(?=[ \t\xa0]+(?:police[ \t\xa0]+)?" + _FORCE_NOUN + ")")
    # (a NUL, which no place and no cleaned text holds, makes the capitals' first characters
    # three runs, not two (A-W, Y): `re` then tests each character of the text against a
    # bitmap, not two ranges, 4 ns a character faster; a match of it would name no place)
    capital |= {"\x00"}
    abbrevs = set(sensitive) - {"the Met"}
    # each of the other places from its first capital on ("City of London"): a text naming one holds it
    other_tails = {p: tail for p in other if (tail := _from_first_capital(p))}
    uk_only = reference.uk_only_places()
    worded = reference.places_after_preposition()
    ambiguous = reference.ambiguous_place_forces()
    return _Tables(
        ambiguous=re.compile("(?:" + trie_pattern(ambiguous) + r")(?!\w)") if ambiguous else None,
        ambiguous_ids=ambiguous,
        uk_only=re.compile("(?:" + trie_pattern(uk_only) + r")(?!\w)") if uk_only else None,
        uk_only_ids=uk_only,
        after_preposition=re.compile("(?:" + trie_pattern(worded) + r")(?!\w)") if worded else None,
        after_preposition_ids=worded,
        place_lower={_key(k): v for k, v in places.items()},
        short=short_rx,
        short_ids={" ".join(k.split()): v for k, v in short.items()},
        names=re.compile("(?:" + trie_pattern({k.lower() for k in insensitive}) + r")(?!\w)"),
        **_starts({k.lower() for k in insensitive}),
        **_anchor_contexts({k.lower() for k in insensitive}),
        abbrevs=re.compile("(?:" + trie_pattern(abbrevs) + r")(?!\w)"),
        places=bool(places),
        capital_places=re.compile("(?:" + trie_pattern(capital) + r")(?!\w)"),
        other_places=re.compile("(?:" + trie_pattern(other) + r")(?!\w)") if other else None,
        **_capital_scan((capital, abbrevs, set(short), set(_FOREIGN_ANCHOR_WORDS), set(other_tails.values()))),
        other_tails=len(other_tails) == len(other),
        by_name=by_name,
        place_ids=places,
    )


@lru_cache(maxsize=1)
def _every_place() -> re.Pattern:
    """Every place name, case-sensitive: needed only for a text that holds one of the few not
    starting with a capital ("the City of London"), so built then (9,500 names: 0.4 s)."""
    return re.compile("(?:" + trie_pattern(reference.places()) + r")(?!\w)")


def _from_first_capital(phrase: str) -> str:
    """`phrase` from its first capital on ("" if it has none)."""
    for i, c in enumerate(phrase):
        if c.isupper():
            return phrase[i:]
    return ""


def _capital_scan(phrase_sets: tuple[set[str], ...]) -> dict:
    """What `_capital_matches` scans with: a pattern that finds, one character long, each
    capital where a phrase of one of the sets begins (the rest of the phrase looked ahead
    for, so that no place is passed over); and for the first two characters of the text there
    the sets that may have a phrase starting so (by their index), and for a first character
    alone those of its sets whose phrases may start with any second one (a phrase of one
    character, or with whitespace, an apostrophe or a hyphen second, which the trie matches
    more than one way). Two characters tell the sets apart where one would not ("Po", "PS",
    "Pr" all start with P): a third of the tries."""
    rests: dict[str, set[str]] = {}
    pairs: dict[str, set[int]] = {}
    any_second: dict[str, set[int]] = {}
    for k, phrases in enumerate(phrase_sets):
        for phrase in phrases:
            if not (phrase[:1].isupper() or phrase[:1] == "\x00"):
                raise ValueError(f"a phrase that starts with no capital: {phrase!r}")
            rests.setdefault(phrase[0], set()).add(phrase[1:])
            if len(phrase) == 1 or not phrase[1].isalnum():
                any_second.setdefault(phrase[0], set()).add(k)
            else:
                pairs.setdefault(phrase[:2], set()).add(k)
    branches = [re.escape(c) + ("(?=" + trie_pattern(r) + ")" if "" not in r else "") for c, r in sorted(rests.items())]
    return {"capital_scan": re.compile("(?:" + "|".join(branches) + ")"),
            "capital_pairs": {p: tuple(sorted(ks | any_second.get(p[0], set()))) for p, ks in pairs.items()},
            "capital_firsts": {c: tuple(sorted(ks)) for c, ks in any_second.items()}}


def _starts(names: set[str]) -> dict:
    r"""Where a name can start: a word start ((?<![\w'’-])\w) that begins a name's first three
    characters, when the trie matches them as they are (letters, digits; not a space, hyphen
    or apostrophe, which match several characters), or by the first character of any other
    name. Only three word starts in a hundred before an anchor word begin a name: looking for
    these alone skips most of the `names.match` calls and the loop over the others (measured
    27 µs, then 15 µs per article).

    `name_start` finds them after the character before them (`_name_starts`): a pattern that
    starts with a class of characters is tried only where one stands, one that starts with a
    look-behind at every place; and the prefixes grouped by first character are told apart in
    one step each, not tried one by one (measured 29 → 16 µs per article)."""
    plain = {n for n in names if len(n) >= 3 and n[:3].isalnum()}
    odd = {n[0] for n in names - plain}
    if not all(c.isalnum() for c in odd):
        raise ValueError(f"a force name starts with a character that is not a word's: {odd}")
    rests: dict[str, set[str]] = {}
    for prefix in {n[:3] for n in plain}:
        rests.setdefault(prefix[0], set()).add(re.escape(prefix[1:]))
    for c in odd:
        rests.setdefault(c, set()).add("")
    # (the empty rest of a one-character prefix sorts last)
    prefixes = "(?:" + "|".join(re.escape(c) + "(?:" + "|".join(sorted(rests[c], reverse=True)) + ")"
                                for c in sorted(rests)) + ")"
    return {"name_start": re.compile(r"[^\w'’-]" + prefixes), "name_first": re.compile(prefixes)}


# How many characters of a name, next to an anchor word in it, _may_name compares.
_CONTEXT = 4


def _anchor_contexts(names: set[str]) -> dict:
    """For each anchor word: a pattern for the last `_CONTEXT` characters before it in each name
    holding it (fewer where the name starts sooner), reversed; and one for the first
    `_CONTEXT` after it in each name that starts with it (None if no name does; "" matches
    anywhere, for a name that is the word alone). See _may_name."""
    before: dict[str, re.Pattern | None] = {}
    after: dict[str, re.Pattern | str | None] = {}
    for word in _NAME_ANCHOR:
        ends, starts = set(), set()
        for name in names:
            k = name.find(word)
            while k >= 0:
                if k:
                    ends.add(name[max(0, k - _CONTEXT):k][::-1])
                else:
                    starts.add(name[len(word):len(word) + _CONTEXT])
                k = name.find(word, k + 1)
        before[word] = re.compile(trie_pattern(ends)) if ends else None
        after[word] = ("" if "" in starts else re.compile(trie_pattern(starts))) if starts else None
    return {"anchor_before": before, "anchor_after": after}


def _may_name(t: "_Tables", low: str, a_start: int, a_end: int, word: str) -> bool:
    """Can a name hold the anchor `word` found at low[a_start:a_end]? Its letters are letters of
    the name, one for one (the trie matches a letter only with itself), so the text next to
    them reads as the name does next to the word: the text before the anchor ends as one of
    the names holding it does before it (read backwards, from the anchor, in the 60 characters
    a name may start in), or the text after it starts as one of the names starting with it
    does after it. Most anchors in no name ("the force", "a police officer") fail this cheap
    test (5 in 6 of them; measured 48 → 36 µs per article for the name matching)."""
    before = t.anchor_before[word]
    if before is not None and before.match(low[max(0, a_start - 60):a_start][::-1]):
        return True
    after = t.anchor_after[word]
    return after is not None and (after == "" or after.match(low, a_end) is not None)


def _name_starts(t: "_Tables", low: str, lo: int, hi: int) -> list[int]:
    r"""Word starts in low[lo:hi] that can begin a name, left to right: what
    `(?<![\w'’-])(?:prefixes)` would find there."""
    found = [0] if lo == 0 and t.name_first.match(low, 0, hi) else []
    found.extend(m.start() + 1 for m in t.name_start.finditer(low, lo - 1 if lo else 0, hi))
    return found


def _key(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").replace("&", "and").split())


def force_id_for(name: str | None) -> str | None:
    """The reference id for a force name or alias, if it is a UK force."""
    return _tables().by_name.get(_key(name)) if name else None


def publisher_force(publication: str | None) -> ForceMention | None:
    """A force that published the article itself ("Lincolnshire Police" as the masthead): the
    force of the story when the text does not say. It has no place in the text (empty span)."""
    fid = force_id_for(publication)
    if fid is None:
        return None
    return ForceMention(0, 0, fid, reference.force_name(fid), "publisher")


def official_name(force_id: str | None) -> str | None:
    return reference.force_name(force_id)


def find_forces(text: str) -> list[ForceMention]:
    """Every force mention in `text`, left to right, overlaps resolved in favour of the longest."""
    t = _tables()
    found: list[ForceMention] = []
    low = lower_ascii(text)
    seen: set[int] = set()
    for a_start, a_end, word in literal_hits(low, _NAME_ANCHOR):
        if not _may_name(t, low, a_start, a_end, word):
            continue
        # every force name holds one of the anchor words: try the names only at the word starts
        # just before it, leftmost first, so the longest name covering the anchor wins
        # (the window runs two characters on, for the three a name start is told by)
        for ws in _name_starts(t, low, max(0, a_start - 60), a_start + 3):
            if ws > a_start:
                break
            m = t.names.match(low, ws)
            if m is None or m.end() < a_end or not starts_word(text, m.start()):
                continue
            if text.endswith("New ", 0, m.start()) and not text.startswith("Scotland", m.start()):
                break  # "New South Wales Police": a force abroad (but "New Scotland Yard" is the Met)
            if _DEPARTMENT_AFTER.match(text, m.end()):
                break  # "Las Vegas Metropolitan Police Department": a force abroad, found whole below
            if _FEDERATION_AFTER.match(text, m.end()):
                break  # "Jo Bloggs of Dorset Police Federation": the officers' staff association, not the force
            if m.start() not in seen:
                seen.add(m.start())
                fid = t.by_name[_key(m.group())]
                found.append(ForceMention(m.start(), m.end(), fid, reference.force_name(fid), "name"))
            break
    places, abbrevs, shorts, foreign_anchors = _capital_matches(text, t)
    for start, end, written in _abbreviations(text, abbrevs):
        if not starts_word(text, start):
            continue
        if written == "Met" and _NOT_MET.match(text, end):
            continue
        fid = t.by_name[_key(written)]
        found.append(ForceMention(start, end, fid, reference.force_name(fid), "abbrev"))
    for m in shorts:
        if starts_word(text, m.start()) and not text.endswith("New ", 0, m.start()):
            fid = t.short_ids.get(" ".join(m.group().split()))
            if fid:
                found.append(ForceMention(m.start(), m.end(), fid, reference.force_name(fid), "name"))
    if t.places:
        for m in places:
            if _may_be_beat(text, m.start(), m.end()):
                fid = t.place_ids[m.group()] if m.group() in t.place_ids else _place_id(t, m.group())
                if fid:
                    found.append(ForceMention(m.start(), m.end(), fid, reference.force_name(fid), "place"))
    covered = sorted((f.start, f.end) for f in found)
    covered_starts = [s for s, _ in covered]
    covered_reach = list(accumulate((e for _, e in covered), max))  # the furthest end so far
    found.extend(_headings(text, t))
    for a in foreign_anchors:
        k = bisect_right(covered_starts, a.start())
        if k and covered_reach[k - 1] > a.start():
            continue  # part of a UK force's name
        lo = max(0, a.start() - 60)
        m = _foreign_search(text, lo, min(len(text), a.end() + 30))
        while m is not None and m.end() < a.start():
            m = _foreign_search(text, m.end(), min(len(text), a.end() + 30))
        if m is None or m.start() > a.start() or any(f.start == m.start() for f in found):
            continue
        name = _foreign_name(m)
        if name:
            s = m.start() + (m.group(0).find(name) if m.group(0).find(name) >= 0 else 0)
            found.append(ForceMention(s, s + len(name), None, _FOREIGN_FULL.get(fold(name), name), "foreign"))
    if foreign_anchors:
        _initials_as_named(found)
        found.extend(_short_foreign(text, low, [f for f in found if f.kind == "foreign"]))
    uk_only = list(t.uk_only.finditer(text)) if t.uk_only is not None else []
    # (the test for words abroad, a scan of the whole text, only when such a place is there)
    if uk_only and not any(f.kind == "foreign" for f in found) and not _ABROAD.search(text):
        # "A PCSO in Halifax": West Yorkshire's, in an article that names nowhere abroad
        reach = [(f.start, f.end) for f in found]
        for m in uk_only:
            if starts_word(text, m.start()) and not any(a < m.end() and m.start() < b for a, b in reach):
                fid = t.uk_only_ids[m.group()]
                found.append(ForceMention(m.start(), m.end(), fid, reference.force_name(fid), "place"))
    if t.after_preposition is not None:
        found.extend(_worded_places(text, t))
    if t.ambiguous is not None and found and not any(f.kind == "foreign" for f in found):
        found.extend(_places_of_named_forces(text, t, found))
    return _resolve_overlaps(found)


def _places_of_named_forces(text: str, t: _Tables, found: list[ForceMention]) -> list[ForceMention]:
    """A place whose name is found in several force areas, taken as the one in the area of the
    force the article names, when it names exactly one of them: "An Ely detective" in a story
    of Cambridgeshire Constabulary, "a Stamford detective" beside "In Lincolnshire, …"."""
    named = {f.force_id for f in found}
    reach = [(f.start, f.end) for f in found]
    out = []
    for m in t.ambiguous.finditer(text):
        ids = [i for i in t.ambiguous_ids[m.group()] if i in named]
        if len(ids) == 1 and not any(a < m.end() and m.start() < b for a, b in reach) and \
                _may_be_beat(text, m.start(), m.end()):
            out.append(ForceMention(m.start(), m.end(), ids[0], reference.force_name(ids[0]), "place"))
    return out


# a preposition of place right before: "In Settle, a PCSO …", "a constable based at Street"
_PLACE_PREPOSITION = re.compile(r"\b(?:[Ii]n|[Aa]t|near|[Ff]rom|outside|around|based\s+in)[ \t\xa0]+$")


def _worded_places(text: str, t: _Tables) -> list[ForceMention]:
    """The places whose names are also words, where a preposition of place puts them (and no
    capital follows: "in Street Lane" is a street)."""
    out = []
    for m in t.after_preposition.finditer(text):
        if not starts_word(text, m.start()):
            continue
        if (_PLACE_PREPOSITION.search(text, max(0, m.start() - 12), m.start())
                and not _CAPITAL_AFTER.match(text, m.end()) and not _NOT_A_BEAT.match(text, m.end())) or \
                (_DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start()) and _OFFICER_AFTER.match(text, m.end())):
            fid = t.after_preposition_ids[m.group()]
            out.append(ForceMention(m.start(), m.end(), fid, reference.force_name(fid), "place"))
    return out


_CAPITAL_AFTER = re.compile(r"[ \t\xa0]+[A-Z]")
# or describing an officer: "a Pickering sergeant", "two Deal PCs"
_DETERMINER_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our)[ \t\xa0]+$")
_OFFICER_AFTER = re.compile(r"[ \t\xa0]+(?:police[ \t\xa0]+)?(?:PCs?|PCSOs?|DCs?|constables?|sergeants?|officers?|detectives?|"
                            r"inspectors?|special[ \t\xa0]+constables?)\b")


# Words that put an article abroad, where a place that shares a UK place's name is the other one
_ABROAD = re.compile(r"\b(?:Canada|Canadian|Nova\s+Scotia|Ontario|Toronto|Quebec|Australia|Australian|Tasmania|Victoria\s+Police|"
                     r"New\s+Zealand|Massachusetts|Virginia|Oregon|Maine|New\s+York|Minnesota|Texas|Egypt|Bermuda|Jamaica|"
                     r"South\s+Africa|Ireland|Irish|RCMP|U\.S\.|United\s+States|American|sheriff|Co\s+Louth|County\s+Louth)\b")


_FOREIGN_TAIL = re.compile(r"\s+(?:Police(?:\s+(?:Department|Services?|Force|Bureau))?|Sheriff['’]s\s+(?:Office|Department))$")


_INITIALS = re.compile(r"[A-Z]{2,4}$")


def _initials_as_named(found: list[ForceMention]) -> None:
    """"SA Police" in a story that names the South Australia Police, "NSW Police" beside the New
    South Wales Police Force: the force by its initials is the one named in full."""
    full: dict[tuple[str, str], str] = {}
    for f in found:
        if f.kind == "foreign":
            tail = _FOREIGN_TAIL.search(f.name)
            words = f.name[:tail.start()].split() if tail is not None else []
            if len(words) >= 2 and all(w[0].isupper() for w in words):
                full.setdefault(("".join(w[0] for w in words), tail.group().split()[0]), f.name)
    if not full:
        return
    for i, f in enumerate(found):
        if f.kind == "foreign":
            tail = _FOREIGN_TAIL.search(f.name)
            if tail is not None and _INITIALS.match(f.name, 0, tail.start()):
                name = full.get((f.name[:tail.start()], tail.group().split()[0]))
                if name is not None:
                    found[i] = ForceMention(f.start, f.end, None, name, "foreign")


def _short_foreign(text: str, low: str, foreign: list[ForceMention]) -> list[ForceMention]:
    """"A Tucson police officer" in a story that names the Tucson Police Department elsewhere:
    that department, where the place is followed by a lower-case "police"."""
    out = []
    taken = set()
    # the longest name first, so that "NSW Police Force" and "NSW Police" give one mention, the
    # same whatever the order they were found in
    for name in sorted({f.name for f in foreign}, key=lambda n: (-len(n), n)):
        tail = _FOREIGN_TAIL.search(name)
        place = name[:tail.start()] if tail is not None else ""
        if not place or not place[0].isupper():
            continue
        needle = place.lower() + " police"
        i = low.find(needle)
        while i >= 0:
            end = i + len(needle)
            if text.startswith(place, i) and text[end - 6:end] == "police" and starts_word(text, i) \
                    and not text[end:end + 1].isalnum() and i not in taken:
                taken.add(i)
                out.append(ForceMention(i, end, None, name, "foreign"))
            i = low.find(needle, end)
    return out


def _capital_matches(text: str, t: _Tables) -> tuple[list[re.Match], ...]:
    """What `finditer` of the capitalised places, the abbreviations, the short names and the
    foreign forces' anchor words finds in `text`, each, in one scan of the text, not four.

    Each of the four is tried only where `t.capital_scan` finds a phrase of one of them
    beginning (a tenth of the capitals; see _capital_scan for which of them), and where its
    last match has ended, as `finditer` goes on. Four scans cost 46 µs per article, this one
    18 and the tries 4.

    The places that start with a small letter ("the City of London") are in no text but a few:
    the scan looks for them from their first capital on, and where it finds one the trie of all
    places runs, as before this scan was written."""
    patterns = (t.capital_places, t.abbrevs, t.short, _FOREIGN_ANCHOR)
    found: tuple[list[re.Match], ...] = ([], [], [], [])
    reach = [0, 0, 0, 0]  # where each one's last match ended
    pairs, firsts = t.capital_pairs, t.capital_firsts
    other = not t.other_tails  # may a place that starts with a small letter be in the text?
    for c in t.capital_scan.finditer(text):
        at = c.start()
        kinds = pairs.get(text[at:at + 2])
        for k in kinds if kinds is not None else firsts.get(c.group(), ()):
            if k == 4:
                other = True
            elif at >= reach[k]:
                m = patterns[k].match(text, at)
                if m is not None:
                    found[k].append(m)
                    reach[k] = m.end()
    if other and t.other_places is not None and t.other_places.search(text) is not None:
        return (list(_every_place().finditer(text)), *found[1:])
    return found


def _abbreviations(text: str, matches: list[re.Match]):
    """(start, end, as written) of what the abbreviations' trie with "the Met" in it finds, given
    what the trie without it finds (`matches`): "the Met" is "Met" with "the" and spaces before
    it. A trie with the one alias that starts with a small letter is tried at every "t" of the
    text; without it, only at a few capitals (measured 13 → 7 µs per article). Nothing else it
    finds can touch a "the" before "Met"."""
    for m in matches:
        start = m.start()
        if m.group() == "Met":
            k = start
            while k > 0 and text[k - 1].isspace():
                k -= 1
            if k < start and text[k - 3:k] == "the":
                yield k - 3, m.end(), text[k - 3:m.end()]
                continue
        yield start, m.end(), m.group()


_HEADING = re.compile(r"^[ \t]*([A-Z][A-Z &'’,.-]{2,60}?)[ \t]*$", re.M)
# The same after a newline: starting with a literal lets `re` jump from line to line instead of
# trying ^ at every character (the first line is matched with _HEADING).
_HEADING_AFTER_NEWLINE = re.compile(r"\n[ \t]*([A-Z][A-Z &'’,.-]{2,60}?)[ \t]*$", re.M)


def _headings(text: str, t: _Tables) -> list[ForceMention]:
    """Section headings in capitals ("DEVON AND CORNWALL", "CITY OF LONDON") that name a force or
    a place one force covers: the case-sensitive tables miss them."""
    out = []
    first = _HEADING.match(text)
    for m in ([first] if first else []) + list(_HEADING_AFTER_NEWLINE.finditer(text)):
        words = m.group(1).strip()
        if not any(c.islower() for c in words) and " " in words or words.isalpha():
            key = _key(words)
            fid = t.by_name.get(key) or t.short_ids.get(words.title().replace(" And ", " and ").replace(" Of ", " of ")) \
                or t.place_lower.get(key)
            if fid:
                out.append(ForceMention(m.start(1), m.end(1), fid, reference.force_name(fid), "name"))
    return out


def _place_id(t: _Tables, written: str) -> str | None:
    # the trie matches whitespace flexibly; map back through a normalised key
    key = " ".join(written.split())
    return t.place_ids.get(key)


_CAPITAL = re.compile("[A-Z]")


def _foreign_search(text: str, lo: int, hi: int) -> re.Match | None:
    """What `_FOREIGN.search(text, lo, hi)` finds. Each of its matches starts with a capital
    (the first branch with [A-Z], the second with \\b and a capital), but the pattern starts with
    neither a class nor a literal, so `re` tries it at every place; tried only at the capitals
    (measured 6 → 4 µs per article)."""
    for c in _CAPITAL.finditer(text, lo, hi):
        m = _FOREIGN.match(text, c.start(), hi)
        if m is not None:
            return m
    return None


# One name for each foreign force written in several ways, so that "the RCMP" and "the Royal
# Canadian Mounted Police", or "Garda Siochana" and "An Garda Síochána", in one story are one force
# ("Canadian Mounted Police": the name as written without its "Royal")
_FOREIGN_FULL = {fold(k): v for k, v in {
    "NYPD": "New York Police Department", "LAPD": "Los Angeles Police Department",
    "RCMP": "Royal Canadian Mounted Police", "Canadian Mounted Police": "Royal Canadian Mounted Police",
    "Garda Síochána": "An Garda Síochána", "An Garda Síochána": "An Garda Síochána"}.items()}


def _foreign_name(m: re.Match) -> str | None:
    """The force's name as written (`_FOREIGN_FULL` gives its full name)."""
    if m.group("abbr"):
        return " ".join(m.group("abbr").split())
    words = m.group(1).split()
    # "… in June. New Zealand Police said": a word that ends a sentence is not part of the name
    # (an abbreviation is: "St. Louis", "D.C.")
    ends = [i for i, w in enumerate(words) if w.endswith(".") and len(w) >= 4 and "." not in w[:-1]]
    if ends:
        words = words[ends[-1] + 1:]
    popped = ""
    while words and (fold(words[0]) in _FOREIGN_STOP or words[0][0].islower()):
        popped = words.pop(0)
    if not words:
        if popped not in ("National", "Metropolitan"):
            return None
        # "The National Police Service", Spain's "National Police", Washington's "Metropolitan
        # Police Department": a force's own name (a UK one is told apart below)
        words = [popped]
    name = " ".join(words + m.group(2).split())
    if force_id_for(name) or force_id_for(" ".join(words)):
        return None  # a UK force, found by the name matchers
    if m.group("of"):
        name += " " + " ".join(m.group("of").split())
    if fold(words[-1]).endswith("'s") or fold(words[-1]).endswith("s'"):
        return None
    return name


_KIND_RANK = {"name": 3, "abbrev": 2, "foreign": 1, "place": 0, "publisher": 0}


def _resolve_overlaps(found: list[ForceMention]) -> list[ForceMention]:
    found.sort(key=lambda f: (f.start, -(f.end - f.start), -_KIND_RANK[f.kind]))
    out: list[ForceMention] = []
    for f in found:
        if out and f.start < out[-1].end:
            prev = out[-1]
            longer = (f.end - f.start) > (prev.end - prev.start)
            if longer or (f.end - f.start == prev.end - prev.start and _KIND_RANK[f.kind] > _KIND_RANK[prev.kind]):
                out[-1] = f
            continue
        out.append(f)
    return out
