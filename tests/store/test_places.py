"""The place gazetteer (store/reference/places.json): place name -> the one territorial force."""
import json
from pathlib import Path

import pytest

from store import reference
from store.text import fold

PATH = Path(reference.__file__).resolve().parent / "places.json"
DATA = json.loads(PATH.read_text(encoding="utf-8"))
PLACES = DATA["places"]
AMBIGUOUS = DATA["ambiguous"]
FORCES = {f["id"]: f for f in reference.all_forces()}
CROWN_DEPENDENCIES = {f["id"] for f in reference.data()["crown_dependency_forces"]}
TERRITORIAL = {f["id"] for f in reference.data()["forces"] if f["type"] == "territorial"}


def test_shape_and_loader():
    assert isinstance(DATA["about"], str) and DATA["about"].strip()
    assert isinstance(PLACES, dict) and isinstance(AMBIGUOUS, list)
    assert reference.places() == PLACES
    assert len(PLACES) >= 600


def test_every_value_is_a_territorial_force_id():
    for name, force_id in PLACES.items():
        assert force_id in FORCES, f"{name!r} -> unknown force {force_id!r}"
        assert force_id in TERRITORIAL | CROWN_DEPENDENCIES, f"{name!r} -> non-territorial {force_id!r}"


def test_every_territorial_force_has_places():
    counts = {f: 0 for f in TERRITORIAL}
    for force_id in PLACES.values():
        counts[force_id] = counts.get(force_id, 0) + 1
    assert [f for f, n in counts.items() if n < 3] == []


def test_no_name_is_both_placed_and_ambiguous_even_after_folding():
    placed = {fold(k) for k in PLACES}
    assert [a for a in AMBIGUOUS if fold(a) in placed] == []


def test_folded_keys_agree():
    seen: dict[str, tuple[str, str]] = {}
    for name, force_id in PLACES.items():
        key = fold(name)
        if key in seen:
            assert seen[key][1] == force_id, f"{name!r} and {seen[key][0]!r} fold alike but differ"
        seen[key] = (name, force_id)


def test_ambiguous_names_are_unique_and_explained():
    assert len(AMBIGUOUS) == len(set(AMBIGUOUS))
    reasons = DATA["ambiguous_reasons"]
    assert set(reasons) == set(AMBIGUOUS)
    assert all(isinstance(r, str) and r.strip() for r in reasons.values())


def test_keys_are_tidy_names():
    for name in list(PLACES) + AMBIGUOUS:
        assert name == name.strip() and "  " not in name, repr(name)
        assert name[0].isupper() or name.startswith("the "), repr(name)


@pytest.mark.parametrize("place, force_id", [
    ("Blackpool", "lancashire"), ("Preston", "lancashire"), ("Burnley", "lancashire"),
    ("Croydon", "metropolitan"), ("Hackney", "metropolitan"), ("Lambeth", "metropolitan"),
    ("Heathrow", "metropolitan"),
    ("City of London", "city-of-london"), ("the City of London", "city-of-london"),
    ("Square Mile", "city-of-london"),
    ("Cardiff", "south-wales"), ("Merthyr Tydfil", "south-wales"),
    ("Wrexham", "north-wales"), ("Caerphilly", "gwent"), ("Ystradgynlais", "dyfed-powys"),
    ("Belfast", "northern-ireland"), ("Londonderry", "northern-ireland"),
    ("Glasgow", "police-scotland"), ("Perth, Scotland", "police-scotland"),
    ("Worcester", "west-mercia"), ("Telford", "west-mercia"), ("Hereford", "west-mercia"),
    ("Kidderminster", "west-mercia"), ("Redditch", "west-mercia"),
    ("Wolverhampton", "west-midlands"), ("Coventry", "west-midlands"), ("Solihull", "west-midlands"),
    ("Dudley", "west-midlands"), ("Sutton Coldfield", "west-midlands"),
    ("Middlesbrough", "cleveland"), ("Hartlepool", "cleveland"), ("Stockton-on-Tees", "cleveland"),
    ("Redcar", "cleveland"), ("Yarm", "cleveland"),
    ("Darlington", "durham"), ("Durham", "durham"),
    ("Sunderland", "northumbria"), ("Gateshead", "northumbria"), ("Newcastle upon Tyne", "northumbria"),
    ("Newcastle-under-Lyme", "staffordshire"), ("Stoke-on-Trent", "staffordshire"), ("Stoke", "staffordshire"),
    ("Kingston upon Hull", "humberside"), ("Hull", "humberside"), ("Grimsby", "humberside"),
    ("Lincoln", "lincolnshire"), ("Peterborough", "cambridgeshire"), ("Luton", "bedfordshire"),
    ("Warrington", "cheshire"), ("Southport", "merseyside"), ("Wigan", "greater-manchester"),
    ("Glossop", "derbyshire"), ("Milton Keynes", "thames-valley"), ("Swindon", "wiltshire"),
    ("Bournemouth", "dorset"), ("Gatwick", "sussex"), ("Stansted", "essex"),
    ("Newport, Wales", "gwent"), ("Newport, Isle of Wight", "hampshire"),
    ("Richmond, North Yorkshire", "north-yorkshire"), ("Richmond upon Thames", "metropolitan"),
    ("St Helier", "jersey"), ("Isle of Man", "isle-of-man"),
])
def test_spot_checks(place, force_id):
    assert PLACES[place] == force_id


@pytest.mark.parametrize("name", [
    "London", "Greater London", "Newcastle", "Newport", "Richmond", "Boston", "Perth", "Kingston",
    "Wales", "Yorkshire", "West Midlands", "Sutton", "Stratford", "Ashford",
])
def test_ambiguous_names(name):
    assert name in AMBIGUOUS
    assert name not in PLACES


def test_the_forces_of_an_ambiguous_name_are_territorial_and_more_than_one_reading():
    got = reference.ambiguous_place_forces()
    assert len(got) >= 300
    for name, ids in got.items():
        assert name in AMBIGUOUS, name
        assert ids and len(set(ids)) == len(ids), name
        assert set(ids) <= TERRITORIAL | CROWN_DEPENDENCIES, name
        # (one UK force only where the reasons give other readings, abroad)
        assert ";" in DATA["ambiguous_reasons"][name], name
    assert got["Ely"] == ["cambridgeshire", "south-wales"] and got["Stamford"] == ["lincolnshire"]
    assert not {"North East", "Wales", "Yorkshire", "Sellafield"} & set(got)  # regions and national sites
