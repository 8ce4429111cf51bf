"""Reference data (forces and their aliases, outcomes, findings, standards, ranks, bodies).

Loaded once, lazily, from `policing.json` beside this file. Callers get plain dicts and
lists; treat them as read-only.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent

# Outcome ids beyond the UK reference list: a suspension imposed as a penalty outside the UK.
EXTRA_OUTCOMES = [{"id": "suspended", "label": "Suspended (penalty, outside the UK)", "synonyms": [], "severity": 4}]


@lru_cache(maxsize=None)
def data() -> dict:
    return json.loads((_HERE / "policing.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _gazetteer() -> dict:
    """places.json, read once."""
    path = _HERE / "places.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def places() -> dict[str, str]:
    """Place name → force id, for places covered by exactly one force."""
    data = _gazetteer()
    return data["places"] if data else {}


def uk_only_places() -> dict[str, str]:
    """Place name → force id, for places whose one UK reading is one force but that share their
    name with a place abroad (Halifax, Nova Scotia): the UK one in an article about the UK."""
    got = _gazetteer().get("uk_only_abroad_namesakes", {})
    return {k: v for k, v in got.items() if not k.startswith("_")}


def places_after_preposition() -> dict[str, str]:
    """Place name → force id, for places whose names are also words or names (Settle, Street):
    a place only where a preposition of place puts it ("In Settle, a PCSO …")."""
    got = _gazetteer().get("after_preposition", {})
    return {k: v for k, v in got.items() if not k.startswith("_")}


def ambiguous_place_forces() -> dict[str, list[str]]:
    """Place name → the UK forces whose areas hold a place of that name, for names that place
    cannot settle alone (Ely: Cambridgeshire, or Cardiff's, South Wales)."""
    got = _gazetteer().get("ambiguous_forces", {})
    return {k: v for k, v in got.items() if not k.startswith("_")}


def all_forces() -> list[dict]:
    d = data()
    return d["forces"] + d["crown_dependency_forces"] + d["former_forces"]


@lru_cache(maxsize=None)
def force_by_id() -> dict[str, dict]:
    return {f["id"]: f for f in all_forces()}


def is_territorial(force_id: str | None) -> bool | None:
    """Does the force police an area (True), or is it a national one with a remit (BTP, the Civil
    Nuclear Constabulary, the MoD Police: False)? None for no UK force."""
    f = force_by_id().get(force_id or "")
    return f.get("type", "territorial") == "territorial" if f else None


def successor_id(force_id: str | None) -> str | None:
    """The id of the force that took over a former one ("Strathclyde Police" → Police Scotland)."""
    f = force_by_id().get(force_id or "")
    return force_id_for_name(f["successor"]) if f and f.get("successor") else None


@lru_cache(maxsize=None)
def force_id_for_name(name: str) -> str | None:
    return next((f["id"] for f in all_forces() if f["name"] == name), None)


def force_name(force_id: str | None) -> str | None:
    f = force_by_id().get(force_id or "")
    return f["name"] if f else None


def outcomes() -> list[dict]:
    return data()["outcomes"] + EXTRA_OUTCOMES


@lru_cache(maxsize=None)
def outcome_ids() -> tuple[str, ...]:
    return tuple(o["id"] for o in outcomes())


@lru_cache(maxsize=None)
def outcome_labels() -> dict[str, str]:
    return {o["id"]: o["label"] for o in outcomes()}


@lru_cache(maxsize=None)
def finding_labels() -> dict[str, str]:
    return {f["id"]: f["label"] for f in data()["findings"]}


@lru_cache(maxsize=None)
def standard_labels() -> dict[str, str]:
    return {s["id"]: s["label"] for s in data()["standards"]}


@lru_cache(maxsize=None)
def issuing_names() -> frozenset[str]:
    """Lower-cased names of the forces and bodies that publish releases under their own name
    ("Police Ombudsman for Northern Ireland", "Kent Police"): a line of its own above a headline
    that is one of these is a masthead, however it ends."""
    names = set()
    for item in all_forces() + data()["bodies"]:
        for name in (item["name"], *item.get("aliases", [])):
            if len(name) > 5:  # not "the Met", "PSNI": short forms also stand in headlines
                names.add(" ".join(name.lower().split()))
    return frozenset(names)
