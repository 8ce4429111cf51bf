"""The query language's filters: their names, and how a typed value becomes what search compares.

Values that name something in the reference (forces, outcomes, findings, ranks, roles,
standards, review states) resolve here, without a database, so a typo is reported while the
query is parsed. Values that name something only the store knows (speakers, publications,
officers, tags, categories) are folded here and looked up by `store.search`.

Each resolver returns a `Resolved` or raises `BadValue(message)` whose message says what is
wrong and, when something close exists, what would be right.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from . import reference
from .fuzzy import FORCE_GENERIC, STOP, Term, WordIndex, key, pieces
from .text import fold_name

# name → (what it takes, an example); the order is the order help lists them in.
FIELDS: dict[str, tuple[str, str]] = {
    "force": ("a force by name, alias or id (typos forgiven)", 'force:kent  force:"the met"  force:gmp'),
    "outcome": ("an outcome, or a word for one", "outcome:dismissed  outcome:sacked  outcome:warning"),
    "finding": ("a finding", 'finding:"gross misconduct"'),
    "year": ("a year or a range of years (the case's date)", "year:2021  year:2019..2022  year:2020.."),
    "date": ("a date or range: YYYY, YYYY-MM or YYYY-MM-DD", "date:2021-03  date:2021-01..2021-06-30"),
    "officer": ("an officer's name (typos forgiven)", "officer:harrison"),
    "speaker": ("someone quoted in the case's article", "speaker:lockwood"),
    "publication": ("the publication that reported it", "publication:telegraph"),
    "rank": ("a rank or its abbreviation", "rank:sergeant  rank:pc  rank:dci"),
    "role": ("officer, special, pcso, staff or group", "role:pcso"),
    "standard": ("a Standard of Professional Behaviour breached", "standard:honesty"),
    "category": ("an allegation category id, or part of one", "category:sexual"),
    "tag": ("a tag you gave the case", "tag:follow-up"),
    "review": ("unreviewed, verified, corrected or not_a_case", "review:verified"),
    "is": ("barred, resigned, left, named, unnamed, noted or tagged", "is:barred"),
}
ALIASES = {"pub": "publication", "paper": "publication", "name": "officer", "cat": "category",
           "forces": "force", "outcomes": "outcome", "years": "year", "said": "speaker"}
RANGE_FIELDS = frozenset({"year", "date"})
YEAR_MIN, YEAR_MAX = 1800, 2200


class BadValue(ValueError):
    """A filter value that cannot be understood; the message is for the user."""


@dataclass(frozen=True)
class Resolved:
    values: tuple[str, ...] = ()
    low: int | str | None = None
    high: int | str | None = None
    label: str = ""


def canonical(name: str) -> str | None:
    name = name.lower()
    if name in FIELDS:
        return name
    return ALIASES.get(name)


def _quote(value: str) -> str:
    return f'"{value}"' if " " in value else value


def _suggest(value: str, choices: dict[str, str], cutoff: float = 60) -> str | None:
    """The choice closest to `value`, by whole-string similarity: the thing to suggest."""
    from rapidfuzz import fuzz, process
    if not value or not choices:
        return None
    # the whole choice or its start ("grss" → "gross misconduct"); WRatio's matching anywhere
    # inside suggested "kicked out of the force" for "foo"
    def similar(a: str, b: str, **_) -> float:
        return max(fuzz.ratio(a, b), fuzz.ratio(a, b[:len(a)]) if len(a) >= 4 else 0)
    best = process.extractOne(value, list(choices), scorer=similar, score_cutoff=cutoff)
    return choices[best[0]] if best else None


# ---------------------------------------------------------------- forces

@lru_cache(maxsize=None)
def force_index() -> WordIndex:
    terms = []
    for f in reference.all_forces():
        terms.append(Term("force", f["name"], fold_name(f["name"]), f["id"]))
        terms.append(Term("alias", f["id"].replace("-", " "), fold_name(f["id"]), f["id"]))
        for alias in f.get("aliases", []) + f.get("other_official_names", []):
            terms.append(Term("alias", alias, fold_name(alias), f["id"]))
    return WordIndex(terms)


@lru_cache(maxsize=None)
def _force_forms() -> dict[str, str]:
    return {t.norm: t.ref for t in force_index().terms}


def resolve_force(value: str) -> Resolved:
    norm = fold_name(value)
    ids: list[str] = []
    exact = _force_forms().get(norm) or _force_forms().get(norm.removeprefix("the "))
    if exact:
        ids = [exact]
    else:
        words = [key(p) for p in pieces(value)]
        needed = {i for i, w in enumerate(words) if w not in STOP and w not in FORCE_GENERIC}
        if not needed:
            raise BadValue(f"force:{_quote(value)} names no force in particular — "
                           "name one, e.g. force:kent or force:\"west midlands\"")
        for m in force_index().covering(words, needed=needed, prefix_last=True):
            if m.term.ref not in ids:
                ids.append(m.term.ref)
    if not ids:
        forms = {t.norm: t.ref for t in force_index().terms}
        hint = _suggest(norm, forms)
        tail = f" — did you mean force:{hint}?" if hint else " (a force outside the UK: search its name as words)"
        raise BadValue(f"force:{_quote(value)} is not a force I know{tail}")
    ids.sort(key=lambda i: reference.force_name(i) or i)
    return Resolved(tuple(ids), label=", ".join(reference.force_name(i) or i for i in ids))


# ---------------------------------------------------------------- outcomes, findings, standards

def _by_forms(field: str, value: str, forms: dict[str, set[str]], labels: dict[str, str],
              what: str) -> Resolved:
    """Exact form first; else every id one of whose forms contains all the value's words
    (the last as a prefix); else an error suggesting the closest form's id."""
    norm = fold_name(value)
    if not norm:
        raise BadValue(f"{field}:{_quote(value)} is empty — e.g. {FIELDS[field][1].split()[0]}")
    ids = sorted(forms.get(norm, ()))
    if not ids:
        words = norm.split()
        for form, owners in forms.items():
            have = form.split()
            if all(w in have for w in words[:-1]) and any(h.startswith(words[-1]) for h in have):
                ids.extend(o for o in owners if o not in ids)
        ids.sort(key=lambda i: list(labels).index(i) if i in labels else 0)
    if not ids:
        hint = _suggest(norm, {form: form for form in forms})
        if hint:
            meaning = ", ".join(labels.get(i, i) for i in sorted(forms[hint]))
            tail = f" — did you mean {field}:{_quote(hint)} ({meaning})?"
        else:
            tail = f"; try one of: {', '.join(labels.values())}"
        raise BadValue(f"{field}:{_quote(value)} is not {what}{tail}")
    return Resolved(tuple(ids), label=", ".join(labels.get(i, i) for i in ids))


def _bare(name) -> str:
    """A reference name without its parenthetical note: "WPC (historic, …)" → "WPC"."""
    return re.sub(r"\(.*?\)", "", str(name)).strip()


def _add_forms(forms: dict[str, set[str]], names, owner: str) -> None:
    for name in names:
        n = fold_name(_bare(name))
        if n:
            forms.setdefault(n, set()).add(owner)


def _forms(items: list[dict], extra_keys: tuple[str, ...]) -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    for item in items:
        names = [item["id"].replace("_", " "), item.get("label", "")]
        for k in extra_keys:
            names.extend(item.get(k) or [])
        _add_forms(forms, names, item["id"])
    return forms


@lru_cache(maxsize=None)
def _outcome_forms() -> dict[str, set[str]]:
    return _forms(reference.outcomes(), ("synonyms",))


@lru_cache(maxsize=None)
def _finding_forms() -> dict[str, set[str]]:
    return _forms(reference.data()["findings"], ())


@lru_cache(maxsize=None)
def _standard_forms() -> dict[str, set[str]]:
    forms = _forms(reference.data()["standards"], ())
    for s in reference.data()["standards"]:
        forms.setdefault(str(s["number"]), set()).add(s["id"])
    return forms


def resolve_outcome(value: str) -> Resolved:
    return _by_forms("outcome", value, _outcome_forms(), reference.outcome_labels(), "an outcome")


def resolve_finding(value: str) -> Resolved:
    return _by_forms("finding", value, _finding_forms(), reference.finding_labels(), "a finding")


def resolve_standard(value: str) -> Resolved:
    return _by_forms("standard", value, _standard_forms(), reference.standard_labels(),
                     "a Standard of Professional Behaviour")


# ---------------------------------------------------------------- ranks and roles

def _rank_groups():
    """(value, label, names) per rank: "sergeant" for the plain rank (its label and
    abbreviations), "sergeant:detective" for its detective form."""
    for r in reference.data()["ranks"]:
        yield r["id"], r["label"], [r["id"].replace("_", " "), r["label"], *r.get("abbreviations", [])]
        det = r.get("detective")
        if det:
            yield f"{r['id']}:detective", det["label"], [det["label"], *det.get("abbreviations", [])]


@lru_cache(maxsize=None)
def _rank_forms() -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    for value, _, names in _rank_groups():
        _add_forms(forms, names, value)
    return forms


@lru_cache(maxsize=None)
def _rank_labels() -> dict[str, str]:
    return {value: label for value, label, _ in _rank_groups()}


def resolve_rank(value: str) -> Resolved:
    return _by_forms("rank", value, _rank_forms(), _rank_labels(), "a rank")


_MODIFIERS = ("", "acting ", "temporary ", "temp ", "former ", "ex-", "ex ", "retired ", "then-",
              "a/", "t/")


def rank_strings(values: tuple[str, ...]) -> tuple[str, ...]:
    """Lower-case rank texts a case's `rank` may hold for the resolved rank values: every form
    of the rank (a plain rank includes its detective forms), with or without a modifier."""
    wanted = set(values) | {f"{v}:detective" for v in values if ":" not in v}
    spellings = {m + _bare(name).lower() for value, _, names in _rank_groups() if value in wanted
                 for name in names if _bare(name) for m in _MODIFIERS}
    return tuple(sorted(spellings))


ROLES = {
    "officer": ["officer", "officers", "police officer", "police officers"],
    "special_constable": [],
    "pcso": [],
    "staff": ["staff", "police staff", "civilian"],
    "group": ["group", "groups", "several officers"],
}
ROLE_LABELS = {"officer": "Officer", "special_constable": "Special constable",
               "pcso": "PCSO", "staff": "Police staff", "group": "Group of officers"}


@lru_cache(maxsize=None)
def _role_forms() -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    for role, names in ROLES.items():
        _add_forms(forms, [role.replace("_", " "), *names], role)
    for r in reference.data()["non_officer_roles"]:
        role = r["id"] if r["id"] in ROLES else "staff"
        _add_forms(forms, [r["id"].replace("_", " "), r["label"], *r.get("aliases", [])], role)
    return forms


def resolve_role(value: str) -> Resolved:
    return _by_forms("role", value, _role_forms(), ROLE_LABELS, "a role")


# ---------------------------------------------------------------- review state and flags

REVIEW = {"unreviewed": {"unreviewed"}, "verified": {"verified"}, "corrected": {"corrected"},
          "not a case": {"not_a_case"}, "not_a_case": {"not_a_case"},
          "reviewed": {"verified", "corrected"}}
REVIEW_LABELS = {"unreviewed": "Unreviewed", "verified": "Verified", "corrected": "Corrected",
                 "not_a_case": "Not a case"}
FLAGS = {"barred": "barred", "resigned": "resigned", "left": "left the force",
         "named": "named", "unnamed": "unnamed", "noted": "has notes", "tagged": "has tags"}


def resolve_review(value: str) -> Resolved:
    v = value.strip().lower().replace("-", " ").replace("_", " ")
    ids = sorted(REVIEW.get(v, ()))
    if not ids:
        raise BadValue(f"review:{_quote(value)} is not a review state; "
                       "use unreviewed, verified, corrected, reviewed or not_a_case")
    return Resolved(tuple(ids), label=", ".join(REVIEW_LABELS[i] for i in ids))


def resolve_flag(value: str) -> Resolved:
    v = value.strip().lower()
    if v not in FLAGS:
        hint = _suggest(v, {f: f for f in FLAGS}, cutoff=70)
        tail = f" — did you mean is:{hint}?" if hint else f"; use one of: {', '.join(FLAGS)}"
        raise BadValue(f"is:{_quote(value)} is not something a case can be{tail}")
    return Resolved((v,), label=FLAGS[v])


# ---------------------------------------------------------------- ranges

_YEAR = re.compile(r"\d{4}")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _range(field: str, value: str, one, backwards) -> Resolved:
    """VALUE, FROM..TO, FROM.. or ..TO, each end read by `one(text, whole)`."""
    value = value.strip()
    if ".." not in value:
        v = one(value, value)
        return Resolved(low=v, high=v, label=str(v))
    if value.count("..") > 1:
        raise BadValue(f"{field}:{value} has more than one '..'; a range is {field}:FROM..TO")
    low_text, high_text = (p.strip() for p in value.split(".."))
    if not low_text and not high_text:
        raise BadValue(f"{field}:.. needs at least one end, e.g. {FIELDS[field][1].split()[1]}")
    low = one(low_text, value) if low_text else None
    high = one(high_text, value) if high_text else None
    if low is not None and high is not None and backwards(low, high):
        raise BadValue(f"{field}:{value} runs backwards — did you mean {field}:{high}..{low}?")
    return Resolved(low=low, high=high, label=f"{low_text}..{high_text}")


def _year(text: str, whole: str) -> int:
    if not _YEAR.fullmatch(text):
        if text.isdigit():
            raise BadValue(f"year:{whole} — {text} is not a four-digit year")
        raise BadValue(f"year:{whole} is not a year — use year:2021 or a range such as year:2019..2022")
    y = int(text)
    if not YEAR_MIN <= y <= YEAR_MAX:
        raise BadValue(f"year:{whole} — {y} is outside {YEAR_MIN}..{YEAR_MAX}")
    return y


def _date(text: str, whole: str) -> str:
    m = _DATE.fullmatch(text)
    problem = None
    if not m:
        problem = "is not a date"
    else:
        y, mo, d = m.group(1), m.group(2), m.group(3)
        try:
            if d:
                date(int(y), int(mo), int(d))
            elif mo and not 1 <= int(mo) <= 12:
                raise ValueError
        except ValueError:
            problem = "is not a real date"
    if problem:
        raise BadValue(f"date:{whole} — {text} {problem}; use YYYY, YYYY-MM or YYYY-MM-DD, "
                       "or a range such as date:2021-01..2021-06-30")
    return text


def resolve_year(value: str) -> Resolved:
    return _range("year", value, _year, lambda low, high: low > high)


def resolve_date(value: str) -> Resolved:
    return _range("date", value, _date, lambda low, high: low > date_upper(high))


# ---------------------------------------------------------------- names the store knows

def _name(field: str):
    def resolve(value: str) -> Resolved:
        norm = fold_name(value)
        if not norm:
            raise BadValue(f"{field}:{_quote(value)} has no letters or digits to look for")
        return Resolved((norm,), label=value.strip())
    return resolve


def resolve_category(value: str) -> Resolved:
    """An allegation category id or part of one ("sexual", "misuse"); anything else is an error
    naming the categories, since the taxonomy is small and fixed."""
    from .extract.categories import CATEGORIES
    norm = fold_name(value).replace(" ", "_")
    if not norm:
        raise BadValue(f"category:{_quote(value)} has no letters or digits to look for")
    ids = tuple(c for c in CATEGORIES if norm in c)
    if not ids:
        hint = _suggest(norm, {c: c for c in CATEGORIES}, cutoff=70)
        tail = f" — did you mean category:{hint}?" if hint else f"; use one of: {', '.join(CATEGORIES)}"
        raise BadValue(f"category:{_quote(value)} is not an allegation category{tail}")
    return Resolved(ids, label=", ".join(ids))


def resolve_tag(value: str) -> Resolved:
    tag = value.strip()
    if not tag:
        raise BadValue("tag: needs a tag, e.g. tag:follow-up")
    return Resolved((tag,), label=tag)


RESOLVERS = {
    "force": resolve_force, "outcome": resolve_outcome, "finding": resolve_finding,
    "year": resolve_year, "date": resolve_date, "officer": _name("officer"),
    "speaker": _name("speaker"), "publication": _name("publication"), "rank": resolve_rank,
    "role": resolve_role, "standard": resolve_standard, "category": resolve_category,
    "tag": resolve_tag, "review": resolve_review, "is": resolve_flag,
}


def resolve(field: str, value: str) -> Resolved:
    return RESOLVERS[field](value)


def date_upper(high: str) -> str:
    """The largest ISO date string a YYYY, YYYY-MM or YYYY-MM-DD prefix covers ('~' sorts last)."""
    return high + "~"
