"""The reference data (store.reference) turned into things a writer can say.

Forces with every name they go by and how each name sits in a sentence; outcomes with every
synonym and a sentence frame it fits; ranks as written before a name; and decks, which deal
every force name and every outcome in turn so that a small corpus already covers them all.
"""
from __future__ import annotations

import random
import re
from bisect import bisect
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from store import reference

# ---------------------------------------------------------------------------- forces

# Names that read as "the X" in a sentence, besides "… force" aliases and "the Met".
_THE_PREFIXES = ("Port of", "States of", "Isle of", "University of", "Royal", "Ministry",
                 "National", "Civil", "British", "Serious", "Scottish Crime", "UK Atomic",
                 "Metropolitan", "Police Service of", "Belfast", "Tees and", "Falmouth",
                 "York Minster", "Islands of", "Dover", "Transport", "Defence", "Larne")
_THE_NAMES = {"Met", "MPS", "BTP", "NCA", "CNC", "MDP", "RMP", "RNP", "RAFP", "RUC", "RUC GC",
              "SOCA", "SCDEA", "PSNI", "CoLP"}


@dataclass(frozen=True, slots=True)
class ForceName:
    force_id: str
    official: str
    written: str        # as the article writes it, without any leading "the"
    the: bool           # reads as "the X" when it stands alone
    attributive: bool   # can stand before "officer": "a Kent Police officer"


@dataclass(frozen=True, slots=True)
class Force:
    id: str
    name: str
    names: tuple[ForceName, ...]   # the official name first, then aliases
    kind: str                      # territorial, special, port, ..., crown, former
    years: tuple[int, int]         # publication years an article about it may carry
    country: str


def _force_name(fid: str, official: str, written: str) -> ForceName:
    the = written.startswith("the ") or written.endswith(" force") or written in _THE_NAMES \
        or written.startswith(_THE_PREFIXES)
    written = written[4:] if written.startswith("the ") else written
    attributive = not written.endswith(" force") and "'s " not in written and "’s " not in written
    return ForceName(fid, official, written, the, attributive)


def _years(f: dict, kind: str) -> tuple[int, int]:
    if kind == "former":
        start, end = (int(y) for y in f["years"].split("-"))
        return max(start, 1995), min(end - 1, 2012)
    if f["id"] in ("police-scotland", "nca"):
        return 2013, 2025
    return 2008, 2025


@lru_cache(maxsize=None)
def forces() -> tuple[Force, ...]:
    d = reference.data()
    out = []
    for group, default_kind in (("forces", None), ("crown_dependency_forces", "crown"),
                                ("former_forces", "former")):
        for f in d[group]:
            kind = default_kind or f.get("type") or "territorial"
            written = [f["name"]] + list(f.get("aliases") or []) + list(f.get("other_official_names") or [])
            names = tuple(_force_name(f["id"], f["name"], w) for w in dict.fromkeys(written))
            out.append(Force(f["id"], f["name"], names, kind, _years(f, kind),
                             f.get("country") or f.get("territory") or ""))
    return tuple(out)


@lru_cache(maxsize=None)
def force_by_id() -> dict[str, Force]:
    return {f.id: f for f in forces()}


# How often each kind of force is in the news, roughly; the biggest territorial forces more.
_KIND_WEIGHT = {"territorial": 1.0, "special": 0.4, "agency": 0.3, "crown": 0.15,
                "service_police": 0.15, "former": 0.08}
_BIG = {"metropolitan": 6.0, "greater-manchester": 2.5, "west-midlands": 2.5,
        "west-yorkshire": 2.0, "police-scotland": 2.5, "northern-ireland": 1.5, "thames-valley": 1.5,
        "merseyside": 1.5, "kent": 1.3, "essex": 1.3, "hampshire": 1.3}


@lru_cache(maxsize=None)
def _force_cum() -> tuple[list[float], tuple[Force, ...]]:
    fs = forces()
    weights = [_BIG.get(f.id, _KIND_WEIGHT.get(f.kind, 0.05)) for f in fs]
    return list(accumulate(weights)), fs


def weighted_force(rng: random.Random) -> Force:
    cum, fs = _force_cum()
    return fs[bisect(cum, rng.random() * cum[-1])]


def pick_name(rng: random.Random, force: Force) -> ForceName:
    """The official name more often than not; otherwise any alias."""
    if len(force.names) == 1 or rng.random() < 0.6:
        return force.names[0]
    return force.names[rng.randrange(1, len(force.names))]


@lru_cache(maxsize=None)
def all_force_names() -> tuple[ForceName, ...]:
    return tuple(n for f in forces() for n in f.names)


def indefinite(word: str) -> str:
    """'a' or 'an' before `word`, initialisms by their sound ("an MPS officer", "a GMP officer")."""
    head = word.split()[0].strip("’'")
    if len(head) <= 5 and head.isupper():
        return "an" if head[0] in "AEFHILMNORSX" else "a"
    return "an" if head[:1].lower() in "aeio" else "a"


# ---------------------------------------------------------------------------- outcomes

# How each synonym sits in a sentence. {S} is the subject (the officer, or "a Kent Police
# officer who ..."), {p} the synonym itself, whose span is the outcome's evidence.
FRAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # code: (singular frames, plural frames)
    "pp": (("{S} was {p}.", "{S} has been {p}."), ("{S} were {p}.", "{S} have been {p}.")),
    "vp": (("{S} {p}.",), ("{S} {p}.",)),
    "obj": (("{S} received {p}.", "{S} was given {p}."), ("{S} received {p}.", "{S} were given {p}.")),
    "obj_a": (("{S} received a {p}.", "{S} was given a {p}."), ("{S} each received a {p}.",)),
    "obj_an": (("{S} received an {p}.", "{S} was given an {p}."), ("{S} each received an {p}.",)),
    "faced": (("{S} faced {p}.",), ("{S} faced {p}.",)),
    "had": (("It was found that {S} had {p}.", "The investigation concluded {S} had {p}."),
            ("It was found that {S} had {p}.",)),
    "is": (("{S} is {p}.",), ("{S} are {p}.",)),
    "the": (("{S} was referred to the {p}.",), ("{S} were referred to the {p}.",)),
    "found": (("Investigators found {p} on the part of {S}.",), ("Investigators found {p} on the part of {S}.",)),
    "found_any": (("Having looked at the conduct of {S}, investigators found {p}.",),
                  ("Having looked at the conduct of {S}, investigators found {p}.",)),
    "outcome": (("The outcome for {S} was recorded as {p}.",), ("The outcome for {S} was recorded as {p}.",)),
    "sanction": (("The sanction imposed on {S} was {p}.", "The panel decided {p} was the right sanction for {S}."),
                 ("The sanction imposed on {S} was {p}.",)),
    "amount": (("The panel found that the conduct of {S} amounted to {p}.",),
               ("The panel found that the conduct of {S} amounted to {p}.",)),
    "dealt": (("The case of {S} was dealt with through {p}.",), ("The cases of {S} were dealt with through {p}.",)),
    "force_vp": (("The force {p} against {S}.",), ("The force {p} against {S}.",)),
    "the_clause": (("The {p} against {S}.",), ("The {p} against {S}.",)),
    "told": (("{S} has been told the {p}.",), ("{S} have been told the {p}.",)),
    "were": (("The allegations against {S} were {p}.",), ("The allegations against {S} were {p}.",)),
    "conduct": (("The panel decided that the conduct of {S} {p}.",), ("The panel decided that the conduct of {S} {p}.",)),
    "there_a": (("In the case of {S}, there was a {p}.",), ("In the case of {S}, there was a {p}.",)),
    "adjourned": (("The misconduct {p} after two days, and {S} will return before the panel in the spring.",),
                  ("The misconduct {p} after two days, and {S} will return before the panel in the spring.",)),
    "due": (("A {p} to take place for {S} later this year.",), ("A {p} to take place for {S} later this year.",)),
    "plural": ((), ("{S} received {p}.",)),
}

FORM: dict[str, str] = {
    # dismissed
    "dismissed": "pp", "dismissed without notice": "pp", "dismissed with immediate effect": "pp",
    "sacked": "pp", "fired": "pp", "dismissal": "sanction", "instant dismissal": "sanction",
    "kicked out of the force": "pp", "thrown out of the force": "pp", "booted out of the force": "pp",
    "removed from the force": "pp", "lost his job": "vp", "lost her job": "vp", "dismissed with notice": "pp",
    # reduction in rank
    "reduction in rank": "sanction", "reduced in rank": "pp", "demoted": "pp", "demotion": "sanction",
    "busted down to constable": "pp", "reduced to the rank of constable": "pp",
    "reduced to the rank of sergeant": "pp",
    # warnings
    "final written warning": "obj_a", "FWW": "obj_an", "final warning": "obj_a",
    "given a final written warning": "pp", "handed a final written warning": "pp",
    "final written warnings": "plural", "extended final written warning": "obj_an",
    "written warning": "obj_a", "given a written warning": "pp", "handed a written warning": "pp",
    "received a written warning": "vp",
    # management advice
    "management advice": "obj", "management action": "obj", "words of advice": "obj",
    "given advice": "pp", "verbal rebuke": "obj_a", "informal action": "faced",
    "management intervention": "obj", "further training": "obj", "given extra training": "pp",
    "improvement action": "dealt", "verbal warning": "obj_a",
    # reflective practice
    "reflective practice review process": "the", "reflective practice": "obj", "RPRP": "the",
    "referred to reflective practice": "pp", "reflective practice review": "the",
    "practice requiring improvement": "amount", "PRI": "amount", "learning and reflection": "dealt",
    "dealt with through reflective practice": "pp",
    # no action
    "no further action": "faced", "NFA": "outcome", "no action": "faced", "faced no action": "vp",
    "no disciplinary action": "faced", "no sanction": "faced",
    "misconduct proven but no further action": "outcome",
    "finding of misconduct with no further action": "there_a", "took no further action": "force_vp",
    "will face no further action": "vp",
    # no case to answer
    "no case to answer": "had", "no case to answer for misconduct": "had",
    "no case to answer for gross misconduct": "had", "no indication of misconduct": "found",
    "no indication that any officer behaved in a manner that would justify disciplinary proceedings": "found_any",
    "not referred to a hearing": "pp", "cleared by the watchdog": "pp",
    # not proven
    "not proven": "were", "allegations not proven": "outcome", "allegation was not proven": "the_clause",
    "case not proven": "outcome", "found not to have committed misconduct": "pp",
    "cleared of misconduct": "pp", "cleared of gross misconduct": "pp", "cleared": "pp",
    "allegations dismissed": "outcome", "case dismissed": "outcome",
    "found not guilty of misconduct": "pp", "no misconduct found": "outcome",
    "did not amount to misconduct": "conduct",
    # pending
    "due to face a hearing": "is", "hearing adjourned": "adjourned", "awaiting a hearing": "is",
    "under investigation": "is", "placed on restricted duties": "pp",
    "served with a misconduct notice": "pp", "served with a gross misconduct notice": "pp",
    "investigation is ongoing": "told", "hearing is due": "due",
    "referred to a misconduct hearing": "pp", "suspended from duty": "pp",
    # suspension as a penalty outside the UK (the reference lists no synonyms for it)
    "suspended without pay": "pp", "suspended": "pp", "handed an unpaid suspension": "pp",
}
# Finite verb phrases ("resigned", "would have been sacked", ...) are the default.
DEFAULT_FORM = "vp"
OVERSEAS_SUSPENSION = ("suspended without pay", "suspended", "handed an unpaid suspension")

_MALE = re.compile(r"\b(he|his|him)\b")
_FEMALE = re.compile(r"\b(she|her)\b")


@dataclass(frozen=True, slots=True)
class Synonym:
    outcome: str
    phrase: str
    form: str
    gender: str | None      # "m", "f" or None
    plural_ok: bool
    min_level: int          # the lowest rank level it can describe (reductions need rank to lose)


def _synonym(outcome: str, phrase: str) -> Synonym:
    form = FORM.get(phrase, DEFAULT_FORM)
    gender = "m" if _MALE.search(phrase) else "f" if _FEMALE.search(phrase) else None
    plural_ok = bool(FRAMES[form][1]) and gender is None and not phrase.startswith(("has ", "faces ", "remains "))
    min_level = 3 if phrase.endswith("rank of sergeant") else 2 if outcome == "reduction_in_rank" else 0
    return Synonym(outcome, phrase, form, gender, plural_ok, min_level)


@lru_cache(maxsize=None)
def synonyms() -> dict[str, tuple[Synonym, ...]]:
    out = {}
    for o in reference.outcomes():
        phrases = o.get("synonyms") or []
        if o["id"] == "suspended":
            phrases = OVERSEAS_SUSPENSION
        out[o["id"]] = tuple(_synonym(o["id"], p) for p in phrases)
    return out


def pick_synonym(rng: random.Random, outcome: str, *, female: bool | None, plural: bool,
                 rank_level: int) -> Synonym:
    fits = [s for s in synonyms()[outcome]
            if (s.plural_ok if plural else FRAMES[s.form][0])
            and (s.gender is None or (not plural and s.gender == ("f" if female else "m")))
            and s.min_level <= rank_level]
    return fits[rng.randrange(len(fits))]


@lru_cache(maxsize=None)
def uk_outcomes() -> tuple[str, ...]:
    return tuple(o["id"] for o in reference.outcomes() if o["id"] != "suspended")


# ---------------------------------------------------------------------------- ranks


@dataclass(frozen=True, slots=True)
class Rank:
    label: str                  # the canonical form the store keeps
    level: int
    written: tuple[str, ...]    # forms an article puts before a name
    short: tuple[str, ...]      # forms for "PC Smith" later on


def _clean_abbr(forms: list[str]) -> list[str]:
    return [f for f in forms if "(" not in f and not f.endswith("/")]


@lru_cache(maxsize=None)
def ranks() -> tuple[Rank, ...]:
    out = []
    for r in reference.data()["ranks"]:
        label = "Police Constable" if r["id"] == "constable" else r["label"]
        abbrs = _clean_abbr(r.get("abbreviations", []))
        written = tuple(dict.fromkeys([label, r["label"], *abbrs])) if r["id"] != "constable" \
            else ("PC", "PC", "Police Constable", "Police constable", "Pc")
        short = tuple(a for a in abbrs if len(a) <= 12 and a != label) or (label,)
        out.append(Rank(label, r["level"], written, short))
        det = r.get("detective")
        if det:
            dabbr = _clean_abbr(det.get("abbreviations", []))
            dshort = tuple(a for a in dabbr if len(a) <= 12)
            out.append(Rank(det["label"], r["level"], (det["label"], *dabbr), dshort or (det["label"],)))
    return tuple(out)


# Lower ranks are far more often in the news.
_LEVEL_WEIGHT = {1: 60, 2: 20, 3: 8, 4: 4, 5: 3, 6: 1.5, 7: 0.6, 8: 0.3, 9: 0.1, 10: 0.1, 11: 0.05}


@lru_cache(maxsize=None)
def _rank_cum() -> tuple[list[float], tuple[Rank, ...]]:
    rs = ranks()
    weights = [_LEVEL_WEIGHT.get(r.level, 0.1) * (0.4 if r.label.startswith("Detective") else 1.0) for r in rs]
    return list(accumulate(weights)), rs


def weighted_rank(rng: random.Random, min_level: int = 0) -> Rank:
    cum, rs = _rank_cum()
    while True:
        r = rs[bisect(cum, rng.random() * cum[-1])]
        if r.level >= min_level:
            return r


def senior_rank(rng: random.Random) -> Rank:
    """Who speaks for a force about misconduct: superintendents up to the deputy chief."""
    rs = [r for r in ranks() if 5 <= r.level <= 8 and not r.label.startswith("Detective Chief Sup")]
    return rs[rng.randrange(len(rs))]


def rank_labelled(label: str) -> Rank:
    return next(r for r in ranks() if r.label == label)


@lru_cache(maxsize=None)
def chief_ranks() -> tuple[Rank, ...]:
    return tuple(r for r in ranks() if r.label in ("Chief Constable", "Deputy Chief Constable",
                                                   "Assistant Chief Constable", "Commander"))


@lru_cache(maxsize=None)
def standards() -> tuple[tuple[str, str], ...]:
    return tuple((s["id"], s["label"]) for s in reference.data()["standards"])


# ---------------------------------------------------------------------------- decks


class Deck:
    """Deals `items` in a fresh shuffled order per round, addressed by slot: slot k of seed s is
    always the same item, so each article can draw its own slot without shared state, and any
    len(items) consecutive slots hold every item once."""

    __slots__ = ("_seed", "_items", "_name", "_round", "_order")

    def __init__(self, seed: int, name: str, items: tuple) -> None:
        self._seed, self._name, self._items = seed, name, items
        self._round, self._order = -1, items

    def __getitem__(self, slot: int):
        n = len(self._items)
        rnd, pos = divmod(slot, n)
        if rnd != self._round:
            order = list(self._items)
            random.Random(f"{self._seed}/{self._name}/{rnd}").shuffle(order)
            self._round, self._order = rnd, tuple(order)
        return self._order[pos]
