"""The given-name data the extractor reads: format, no overlaps, ambiguous words kept apart."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from store.text import fold

DATA = Path(__file__).resolve().parents[2] / "store/extract/data/first_names.json"
MAIN = ("male", "female", "unisex")
GENDERS = {"male", "female", "unisex"}
# One capitalised token: letters, with single hyphens or apostrophes joining letter runs.
TOKEN = re.compile(r"^[^\W\d_](?:[^\W\d_]|[-'](?=[^\W\d_]))*$")


@pytest.fixture(scope="module")
def names() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def test_has_every_key(names):
    assert set(names) >= {"about", *MAIN, "ambiguous_words", "ambiguous_gender",
                          "surname_particles", "surname_prefixes"}
    assert isinstance(names["about"], str) and names["about"].strip()
    for key in (*MAIN, "ambiguous_words", "surname_particles", "surname_prefixes"):
        assert isinstance(names[key], list) and all(isinstance(n, str) for n in names[key]), key


@pytest.mark.parametrize("key", [*MAIN, "ambiguous_words"])
def test_no_duplicates_within_a_list(names, key):
    seen: set[str] = set()
    dupes = [n for n in names[key] if n in seen or seen.add(n)]
    assert not dupes


def test_main_lists_are_disjoint(names):
    male, female, unisex = (set(names[k]) for k in MAIN)
    assert not male & female
    assert not male & unisex
    assert not female & unisex


def test_folding_never_mixes_lists(names):
    """A lookup on store.text.fold must not find one name in two gender lists."""
    home: dict[str, str] = {}
    clashes = []
    for key in MAIN:
        for name in names[key]:
            other = home.setdefault(fold(name), key)
            if other != key:
                clashes.append((name, key, other))
    assert not clashes


@pytest.mark.parametrize("key", [*MAIN, "ambiguous_words"])
def test_every_entry_is_one_capitalised_token(names, key):
    bad = [n for n in names[key]
           if not TOKEN.match(n) or not n[0].isupper() or (len(n) > 1 and n.isupper())
           or not unicodedata.is_normalized("NFC", n)]
    assert not bad


def test_token_rule_accepts_and_rejects_the_right_shapes():
    for ok in ("Mary-Jane", "D'Andre", "Ze'ev", "Łukasz", "Siân", "İpek", "DeShawn"):
        assert TOKEN.match(ok), ok
    for bad in ("Mary Jane", "Anne-", "O''Brien", "-Jo", "Jo2", "Jo_", ""):
        assert not TOKEN.match(bad), bad


def test_ambiguous_words_are_kept_out_of_the_main_lists(names):
    main = {n for k in MAIN for n in names[k]}
    ambiguous = set(names["ambiguous_words"])
    assert not main & ambiguous
    assert not {fold(n) for n in main} & {fold(n) for n in ambiguous}


def test_every_ambiguous_word_has_a_gender(names):
    gender = names["ambiguous_gender"]
    assert set(gender) == set(names["ambiguous_words"])
    assert set(gender.values()) <= GENDERS


def test_size_is_within_target(names):
    total = sum(len(names[k]) for k in MAIN)
    assert 3000 <= total <= 5000
    assert len(names["male"]) >= 1000 and len(names["female"]) >= 1000
    assert len(names["unisex"]) >= 50


@pytest.mark.parametrize("name, key", [
    ("Michael", "male"), ("Sarah", "female"), ("Alex", "unisex"), ("Mohammed", "male"),
    ("Aisha", "female"), ("Siân", "female"), ("Łukasz", "male"), ("Seán", "male"),
    ("Zoë", "female"), ("Niamh", "female"), ("Oisín", "male"), ("Jack", "male"),
    ("Mike", "male"), ("Dave", "male"), ("Kate", "female"), ("Liz", "female"),
    ("Sam", "unisex"), ("Chris", "unisex"), ("Priya", "female"), ("Wei", "unisex"),
    ("Chinedu", "male"), ("Ngozi", "female"), ("Mary-Jane", "female"), ("Jean-Pierre", "male"),
])
def test_known_names(names, name, key):
    assert name in names[key]


@pytest.mark.parametrize("word, gender", [
    ("Mark", "male"), ("Will", "male"), ("Bill", "male"), ("Grace", "female"),
    ("May", "female"), ("Sue", "female"), ("Hope", "female"), ("Pat", "unisex"),
    ("Jordan", "unisex"), ("Said", "male"), ("Victoria", "female"),
])
def test_known_ambiguous_words(names, word, gender):
    assert word in names["ambiguous_words"]
    assert names["ambiguous_gender"][word] == gender


def test_words_that_open_news_sentences_are_never_bare_names(names):
    main = {fold(n) for k in MAIN for n in names[k]}
    openers = ["The", "He", "She", "They", "But", "Police", "Officers", "Chief", "Court",
               "Judge", "Can", "Per", "Will", "May", "Said", "Van", "Al", "Bin", "Le", "La",
               "De", "Da", "Di", "Du", "Del", "Von", "Der", "Den", "Dos", "Das", "Ter", "Ap"]
    assert not [w for w in openers if fold(w) in main]


def test_police_and_chief_are_not_even_ambiguous_names(names):
    # "Police said" has a speech verb; listing these would let it pass as a person.
    assert "Police" not in names["ambiguous_words"]
    assert "Chief" not in names["ambiguous_words"]


def test_surname_particles_and_prefixes(names):
    particles = names["surname_particles"]
    assert {"de", "van", "von", "bin", "al", "ap", "St"} <= set(particles)
    assert all(p == "St" or p.islower() for p in particles)
    assert {"O'", "O\u2019", "Mc", "Mac", "Fitz", "D'", "D\u2019"} <= set(names["surname_prefixes"])
