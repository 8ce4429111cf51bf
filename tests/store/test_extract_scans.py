"""The extractor's faster ways of scanning find exactly what the plain patterns they replace find."""
import re

import pytest

from store.extract import categories, forces, outcomes
from store.extract.trie import TwoTries, at_word_start, lower_ascii, padded_lower, trie_pattern

# Texts with the edges of a phrase: flexible spaces, curly apostrophes, odd hyphens, a phrase of
# one set inside or at the start of another's, letters outside ASCII before or after.
TEXTS = [
    "The officer was dismissed without notice and given a final written warning.",
    "A racist joke, a racist‐joke, a racist’s joke and a racist' joke were shared on WhatsApp.",
    "He was kicked out of the police after kicked out of the force-ish talk.",
    "She received a suspended sentence; he was suspended without pay for 20 days.",
    "Sexual misconduct proven: gross\n\nmisconduct, misconduct proven, no case to answer.",
    "éharassment, harassment-free, harassed, stalking’s end, café dismissed, _dismissed, dismissed_x",
    "Management advice\tand management  action; words of advice; dressing-down; dressing‐down.",
    "",
    "dismissed",
]


def _plain(rx: re.Pattern, padded: str) -> list[tuple[int, int, str]]:
    return [(m.start(1), m.end(1), m.group(1)) for m in rx.finditer(padded)]


@pytest.mark.parametrize("text", TEXTS)
def test_outcome_and_category_phrases_in_one_scan_as_in_two(text):
    scan = outcomes._tables()[0]
    padded = padded_lower(text)
    first = at_word_start(trie_pattern(scan.sets[0]))
    second = at_word_start(trie_pattern(categories.PHRASES), categories.PHRASE_END)
    assert scan.hits(padded) == (_plain(first, padded), _plain(second, padded))


def test_two_tries_find_a_shorter_phrase_of_one_set_inside_a_longer_one_of_the_other():
    scan = TwoTries({"kicked out of the force"}, r"(?!\w)", {"kicked", "force"}, r"(?![\w’'-])")
    padded = " " + "he was kicked out of the force."
    assert scan.hits(padded) == ([(8, 31, "kicked out of the force")], [(8, 14, "kicked"), (26, 31, "force")])
    # the shorter phrase ends at an apostrophe, which the second set's end refuses
    assert scan.hits(" kicked'") == ([], [])


def test_two_tries_refuse_sets_they_cannot_share():
    with pytest.raises(ValueError):
        TwoTries({"a b"}, r"(?!\w)", {"a b"}, r"(?!\w)")
    with pytest.raises(ValueError):
        TwoTries({"two  spaces"}, r"(?!\w)", {"x"}, r"(?!\w)")


@pytest.mark.parametrize("text", TEXTS + [
    "Officers from Kent Police and Devon and Cornwall Police met the West Midlands force.",
    "kent police", "x-kent police", "’kent police", "police", "An Garda Síochána and the Met.",
])
def test_force_name_starts_as_a_look_behind_finds_them(text):
    t = forces._tables()
    low = lower_ascii(text)
    prefixes = t.name_first.pattern
    plain = re.compile(r"(?<![\w'’-])" + prefixes)
    for lo in range(0, len(low) + 1):
        for hi in (lo, min(len(low), lo + 3), min(len(low), lo + 63), len(low)):
            assert forces._name_starts(t, low, lo, hi) == [m.start() for m in plain.finditer(low, lo, hi)]


@pytest.mark.parametrize("text", TEXTS + [
    "the Met and the  Met, bathe Met, the\n\nMet Office, theMet, the Metropolitan, GMP, the GMP, Met.",
    "Met", "the Met", "he Met", "SYP and BTP officers of the Met",
])
def test_abbreviations_with_the_met_as_its_trie_finds_them(text):
    t = forces._tables()
    # the abbreviations' trie with "the Met" back in it (one first letter per branch: order is moot)
    without = t.abbrevs.pattern[len("(?:"):-len(r")(?!\w)")]
    whole = re.compile("(?:" + without + "|" + trie_pattern(["the Met"]) + r")(?!\w)")
    # what the one capital scan finds of the abbreviations, as the extractor gives it
    _, abbrevs, _, _ = forces._capital_matches(text, t)
    assert [m.span() for m in abbrevs] == [m.span() for m in t.abbrevs.finditer(text)]
    assert list(forces._abbreviations(text, abbrevs)) == [(m.start(), m.end(), m.group()) for m in whole.finditer(text)]
