"""Police ranks, roles and personal titles as news writes them, with the label we store.

Written forms come from the reference's rank abbreviations plus the forms papers use
("Police constable", "Det Sgt", "Ch Insp"); titles of other countries' officers ("Officer",
"Deputy", "Trooper", "Garda") are here too so their names are found.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import reference
from .trie import trie_pattern

# Forms not in the reference, or that need a role other than "officer".
_EXTRA: dict[str, tuple[str, str]] = {
    "Police Constable": ("Constable", "officer"), "Police constable": ("Constable", "officer"),
    "police constable": ("Constable", "officer"), "Constable": ("Constable", "officer"),
    "constable": ("Constable", "officer"), "WPC": ("Constable", "officer"), "Pc": ("Constable", "officer"),
    "Student Officer": ("Constable", "officer"), "student officer": ("Constable", "officer"),
    "Probationary Constable": ("Constable", "officer"), "probationary constable": ("Constable", "officer"),
    "Trainee Detective Constable": ("Detective Constable", "officer"), "TDC": ("Detective Constable", "officer"),
    "Detective Constable": ("Detective Constable", "officer"), "detective constable": ("Detective Constable", "officer"),
    "Detective Sergeant": ("Detective Sergeant", "officer"), "detective sergeant": ("Detective Sergeant", "officer"),
    "Police Sergeant": ("Sergeant", "officer"), "Sergeant": ("Sergeant", "officer"), "sergeant": ("Sergeant", "officer"),
    "Sgt": ("Sergeant", "officer"), "Sgt.": ("Sergeant", "officer"), "Det Sgt": ("Detective Sergeant", "officer"),
    "Det. Sgt.": ("Detective Sergeant", "officer"), "Det Con": ("Detective Constable", "officer"),
    "Detective Inspector": ("Detective Inspector", "officer"), "Inspector": ("Inspector", "officer"),
    "inspector": ("Inspector", "officer"), "Insp": ("Inspector", "officer"), "Insp.": ("Inspector", "officer"),
    "Detective Chief Inspector": ("Detective Chief Inspector", "officer"),
    "Chief Inspector": ("Chief Inspector", "officer"), "chief inspector": ("Chief Inspector", "officer"),
    "Ch Insp": ("Chief Inspector", "officer"), "Chief Insp": ("Chief Inspector", "officer"),
    "Superintendent": ("Superintendent", "officer"), "superintendent": ("Superintendent", "officer"),
    "Supt": ("Superintendent", "officer"), "Det Supt": ("Detective Superintendent", "officer"),
    "Detective Superintendent": ("Detective Superintendent", "officer"),
    "Chief Superintendent": ("Chief Superintendent", "officer"), "Ch Supt": ("Chief Superintendent", "officer"),
    "Chief Supt": ("Chief Superintendent", "officer"),
    "Detective Chief Superintendent": ("Detective Chief Superintendent", "officer"),
    "Commander": ("Commander", "officer"), "Cmdr": ("Commander", "officer"),
    "Assistant Chief Constable": ("Assistant Chief Constable", "officer"),
    "Deputy Chief Constable": ("Deputy Chief Constable", "officer"),
    "Chief Constable": ("Chief Constable", "officer"), "chief constable": ("Chief Constable", "officer"),
    "Deputy Assistant Commissioner": ("Deputy Assistant Commissioner", "officer"),
    "Assistant Commissioner": ("Assistant Commissioner", "officer"),
    "Deputy Commissioner": ("Deputy Commissioner", "officer"), "Commissioner": ("Commissioner", "officer"),
    "Detective": ("Detective", "officer"), "Det": ("Detective", "officer"), "Det.": ("Detective", "officer"),
    "PCSO": ("PCSO", "pcso"), "Police Community Support Officer": ("PCSO", "pcso"),
    "police community support officer": ("PCSO", "pcso"), "Community Support Officer": ("PCSO", "pcso"),
    "Special Constable": ("Special Constable", "special_constable"),
    "special constable": ("Special Constable", "special_constable"),
    "Special Sergeant": ("Special Sergeant", "special_constable"),
    "Special Inspector": ("Special Inspector", "special_constable"),
    # A title shared by two names ("PCs Jo Bloggs and Al Smith"): the first name's
    "PCs": ("Constable", "officer"), "DCs": ("Detective Constable", "officer"), "Sgts": ("Sergeant", "officer"),
    "Sergeants": ("Sergeant", "officer"), "PCSOs": ("PCSO", "pcso"), "Police Constables": ("Constable", "officer"),
    "Detective Constables": ("Detective Constable", "officer"), "Officers": ("Officer", "officer"),
    "Constables": ("Constable", "officer"), "Deputies": ("Deputy", "officer"), "Troopers": ("Trooper", "officer"),
    # Police staff by their job ("Police Staff Investigator Jo Bloggs")
    "Police Staff Investigator": ("Police Staff Investigator", "staff"),
    "Civilian Investigator": ("Civilian Investigator", "staff"),
    "Detention Officer": ("Detention Officer", "staff"), "Custody Detention Officer": ("Detention Officer", "staff"),
    # Outside the UK
    "Officer": ("Officer", "officer"), "Police Officer": ("Officer", "officer"), "Deputy": ("Deputy", "officer"),
    "Trooper": ("Trooper", "officer"), "Lieutenant": ("Lieutenant", "officer"), "Lt": ("Lieutenant", "officer"),
    "Lt.": ("Lieutenant", "officer"), "Captain": ("Captain", "officer"), "Capt": ("Captain", "officer"),
    "Capt.": ("Captain", "officer"), "Senior Constable": ("Senior Constable", "officer"),
    "Leading Senior Constable": ("Leading Senior Constable", "officer"),
    # (Australia's grades of a rank: "Senior Constable First Class Jo Bloggs")
    "Senior Constable First Class": ("Senior Constable", "officer"), "Constable First Class": ("Constable", "officer"),
    "Sergeant First Class": ("Sergeant", "officer"),
    "Senior Sergeant": ("Senior Sergeant", "officer"), "Garda": ("Garda", "officer"),
    "Detective Garda": ("Detective Garda", "officer"), "Sheriff": ("Sheriff", "officer"),
    "Police Chief": ("Chief of Police", "officer"), "Chief of Police": ("Chief of Police", "officer"),
    "Assistant Chief": ("Assistant Chief", "officer"), "Deputy Chief": ("Deputy Chief", "officer"),
    "Sergeant First Class": ("Sergeant", "officer"), "Corporal": ("Corporal", "officer"),
    "Cpl": ("Corporal", "officer"), "Lance Corporal": ("Lance Corporal", "officer"),
    "Lance Cpl": ("Lance Corporal", "officer"), "L/Cpl": ("Lance Corporal", "officer"), "Warrant Officer": ("Warrant Officer", "officer"), "Detective Sergeant First Class": ("Detective Sergeant", "officer"),
    "Const.": ("Constable", "officer"), "Cst.": ("Constable", "officer"), "Cst": ("Constable", "officer"),
    "Staff Sgt.": ("Staff Sergeant", "officer"), "Staff Sergeant": ("Staff Sergeant", "officer"),
    "Det. Const.": ("Detective Constable", "officer"), "Sgt. Maj.": ("Sergeant Major", "officer"),
    "Brevet Sergeant": ("Brevet Sergeant", "officer"),
    # South Asian forces' ranks
    "Sub-Inspector": ("Sub-Inspector", "officer"), "Sub Inspector": ("Sub-Inspector", "officer"),
    "Assistant Sub-Inspector": ("Assistant Sub-Inspector", "officer"),
    "Assistant Sub Inspector": ("Assistant Sub-Inspector", "officer"),
    "Head Constable": ("Head Constable", "officer"), "head constable": ("Head Constable", "officer"),
}
# Abbreviations that are too ambiguous to read as a rank before a name.
_SKIP = {"SC", "CC", "AC", "CI", "A/", "T/", "Comm", "MSC", "CSO", "Con"}

CIVIL_TITLES = {
    "Mr": "male", "Mr.": "male", "Mrs": "female", "Mrs.": "female", "Ms": "female", "Ms.": "female",
    "Miss": "female", "Mx": None, "Dr": None, "Dr.": None, "Sir": "male", "Dame": "female",
    "Lord": "male", "Lady": "female", "Baroness": "female", "Baron": "male", "Prof": None,
    "Professor": None, "Cllr": None, "Councillor": None, "Rev": None, "Revd": None, "Judge": None,
    "Recorder": None, "Justice": None, "Prosecutor": None, "Coroner": None, "Senior Coroner": None,
    "Assistant Coroner": None, "Councillor": None, "Bishop": None, "Father": "male", "Canon": None,
    "Honour Judge": None, "Mr Justice": "male", "Mrs Justice": "female", "District Judge": None,
    "Deputy District Judge": None, "Sheriff Principal": None, "Employment Judge": None, "Circuit Judge": None,
    "Tribunal Judge": None, "Immigration Judge": None, "Deputy Judge": None, "Sheriff": None,
    "Advocate": None,  # a Channel Islands lawyer's title ("Advocate Jo Bloggs, representing PC X")
}
MODIFIERS = ("Acting ", "acting ", "Temporary ", "temporary ", "Former ", "former ", "Ex-", "ex-",
             "Retired ", "retired ", "then-", "Trainee ", "trainee ", "Student ", "student ", "A/", "T/")


@lru_cache(maxsize=1)
def police_titles() -> dict[str, tuple[str, str]]:
    """Written rank → (label, role)."""
    out: dict[str, tuple[str, str]] = {}
    for rank in reference.data()["ranks"]:
        for ab in rank.get("abbreviations", []):
            ab = re.sub(r"\s*\(.*?\)", "", ab)
            if ab and ab not in _SKIP:
                out.setdefault(ab, (rank["label"], "officer"))
        det = rank.get("detective")
        if det:
            for ab in det.get("abbreviations", []):
                ab = re.sub(r"\s*\(.*?\)", "", ab)
                if ab and ab not in _SKIP:
                    out.setdefault(ab, (det["label"], "officer"))
    out.update(_EXTRA)
    for k in list(out):
        if k in _SKIP:
            del out[k]
        elif " " not in k and k.isalpha() and k[0].isupper() and k[1:].islower() and len(k) <= 4 and k != "Pc":
            out.setdefault(k + ".", out[k])  # "Cpl.", "Insp.": North American and older house styles
    return out


@lru_cache(maxsize=1)
def title_regex() -> re.Pattern:
    """Titles (rank or civil) that may stand right before a name; group 'mod' is a modifier."""
    titles = list(police_titles()) + list(CIVIL_TITLES)
    mods = "|".join(re.escape(m) for m in MODIFIERS)
    return re.compile(r"(?P<mod>(?:" + mods + r")+)?(?P<title>" + trie_pattern(titles) + r")[ \t\xa0]+$")


@lru_cache(maxsize=1)
def title_first_words() -> frozenset[str]:
    return frozenset(t.split()[0] for t in title_phrases())


@lru_cache(maxsize=1)
def title_sizes() -> dict[str, tuple[int, ...]]:
    """First word of a title → the numbers of words of the titles that start with it, largest
    first: the phrases worth looking up at a word, not every length up to four."""
    sizes: dict[str, set[int]] = {}
    for t in title_phrases():
        words = t.split()
        sizes.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(n, reverse=True)) for w, n in sizes.items()}


@lru_cache(maxsize=1)
def title_last_words() -> frozenset[str]:
    return frozenset(t.split()[-1] for t in title_phrases())


@lru_cache(maxsize=1)
def title_phrases() -> frozenset[str]:
    """Every written title, police or civil: one set to look a phrase up in, not two."""
    return frozenset(police_titles()) | frozenset(CIVIL_TITLES)


@lru_cache(maxsize=1)
def title_last_word_span() -> int:
    """One more than the length of the longest of `title_last_words`."""
    return 1 + max(map(len, title_last_words()))


def rank_of(written: str) -> tuple[str, str] | None:
    return police_titles().get(written)


# Nouns that make a person police: "a constable", "the officer", "police staff member".
POLICE_NOUNS = (r"(?:police\s+)?officers?|constables?|PCs?|sergeants?|detectives?|inspectors?|PCSOs?|"
                r"special\s+constables?|superintendents?|police\s+staff(?:\s+members?)?|"
                r"members?\s+of\s+(?:police\s+)?staff|staff\s+members?|detention\s+officers?|"
                r"call\s+handlers?|community\s+support\s+officers?|police\s+community\s+support\s+officers?|"
                r"civilian\s+(?:staff|workers?|employees?|investigators?)|police\s+employees?|"
                r"troopers?|deputies|deputy|gardaí|gardai|garda|warrant\s+officers?")


def role_of_noun(noun: str) -> str:
    n = noun.lower()
    if "special" in n:
        return "special_constable"
    if "pcso" in n or "community support" in n:
        return "pcso"
    if "dog handler" in n:
        return "officer"  # a police dog handler is a constable
    if any(w in n for w in ("staff", "civilian", "employee", "handler", "detention", "control room", "call centre",
                            "contact centre", "operator", "analyst", "investigator", "custody assistant",
                            "station assistant", "administrative assistant", "admin assistant")):
        return "staff"
    return "officer"
