"""The query parser: every form it accepts, and every malformed form with its message."""
import pytest

from store.errors import QueryError
from store.query import Query, parse

# text → (words, phrases, excluded, [(field, values, negated, low, high), ...])
VALID = [
    ("", (), (), (), []),
    ("   ", (), (), (), []),
    ("micheal harisson", ("micheal", "harisson"), (), (), []),
    ('"exact phrase"', (), ("exact phrase",), (), []),
    ("\u201ccurly   phrase\u201d", (), ("curly phrase",), (), []),
    ("-excluded", (), (), ("excluded",), []),
    ('-"left out phrase"', (), (), ("left out phrase",), []),
    ("smith - jones", ("smith", "jones"), (), (), []),          # a lone dash is a separator
    ("a -- b", ("a", "b"), (), (), []),
    ('""', (), (), (), []),                                      # empty quotes mean nothing
    ("* : & ?", (), (), (), []),                                 # no letters: nothing to find
    ("NEAR( AND", ("NEAR(", "AND"), (), (), []),                  # FTS syntax is just words here
    ("10:30 http://example.org", ("10:30", "http://example.org"), (), (), []),
    ("force:kent", (), (), (), [("force", ("kent",), False, None, None)]),
    ("FORCE:Kent", (), (), (), [("force", ("kent",), False, None, None)]),
    ('force:"the met"', (), (), (), [("force", ("metropolitan",), False, None, None)]),
    ("force:gmp", (), (), (), [("force", ("greater-manchester",), False, None, None)]),
    ("force:cumbira", (), (), (), [("force", ("cumbria",), False, None, None)]),
    ('force:"west mercai"', (), (), (), [("force", ("west-mercia",), False, None, None)]),
    ('force:"West Mids Police"', (), (), (), [("force", ("west-midlands",), False, None, None)]),
    ("force:yorkshire", (), (), (),
     [("force", ("north-yorkshire", "south-yorkshire", "west-yorkshire"), False, None, None)]),
    ("force:kent,essex", (), (), (),
     [("force", ("kent",), False, None, None), ("force", ("essex",), False, None, None)]),
    ("-force:kent", (), (), (), [("force", ("kent",), True, None, None)]),
    ("outcome:dismissed", (), (), (), [("outcome", ("dismissed",), False, None, None)]),
    ("outcome:sacked", (), (), (), [("outcome", ("dismissed",), False, None, None)]),
    ("outcome:FWW", (), (), (), [("outcome", ("final_written_warning",), False, None, None)]),
    ('finding:"gross misconduct"', (), (), (), [("finding", ("gross_misconduct",), False, None, None)]),
    ("finding:misconduct", (), (), (), [("finding", ("misconduct",), False, None, None)]),
    ("finding:gross", (), (), (), [("finding", ("gross_misconduct",), False, None, None)]),
    ("year:2021", (), (), (), [("year", (), False, 2021, 2021)]),
    ("year:2020..2022", (), (), (), [("year", (), False, 2020, 2022)]),
    ("year:2020..", (), (), (), [("year", (), False, 2020, None)]),
    ("year:..2019", (), (), (), [("year", (), False, None, 2019)]),
    ("date:2021-03", (), (), (), [("date", (), False, "2021-03", "2021-03")]),
    ("date:2021-01..2021-06-30", (), (), (), [("date", (), False, "2021-01", "2021-06-30")]),
    ("date:2021-06..2021", (), (), (), [("date", (), False, "2021-06", "2021")]),
    ("speaker:lockwood", (), (), (), [("speaker", ("lockwood",), False, None, None)]),
    ('speaker:"Deniz U\u011fur"', (), (), (), [("speaker", ("deniz ugur",), False, None, None)]),
    ("publication:telegraph", (), (), (), [("publication", ("telegraph",), False, None, None)]),
    ("pub:telegraph", (), (), (), [("publication", ("telegraph",), False, None, None)]),
    ("officer:harrison", (), (), (), [("officer", ("harrison",), False, None, None)]),
    ("rank:sergeant", (), (), (), [("rank", ("sergeant",), False, None, None)]),
    ("rank:DC", (), (), (), [("rank", ("constable:detective",), False, None, None)]),
    ("role:pcso", (), (), (), [("role", ("pcso",), False, None, None)]),
    ("role:civilian", (), (), (), [("role", ("staff",), False, None, None)]),
    ("standard:honesty", (), (), (), [("standard", ("honesty_and_integrity",), False, None, None)]),
    ("category:sexual", (), (), (), [("category", ("sexual_misconduct",), False, None, None)]),
    ("tag:follow-up", (), (), (), [("tag", ("follow-up",), False, None, None)]),
    ("review:reviewed", (), (), (), [("review", ("corrected", "verified"), False, None, None)]),
    ("is:barred", (), (), (), [("is", ("barred",), False, None, None)]),
    ('force:kent outcome:dismissed finding:"gross misconduct" year:2020..2022 speaker:lockwood '
     'publication:telegraph "exact phrase" -excluded',
     (), ("exact phrase",), ("excluded",),
     [("force", ("kent",), False, None, None), ("outcome", ("dismissed",), False, None, None),
      ("finding", ("gross_misconduct",), False, None, None), ("year", (), False, 2020, 2022),
      ("speaker", ("lockwood",), False, None, None),
      ("publication", ("telegraph",), False, None, None)]),
    ('harrison "gross misconduct" force:"west mercia"', ("harrison",), ("gross misconduct",), (),
     [("force", ("west-mercia",), False, None, None)]),
]


@pytest.mark.parametrize("text, words, phrases, excluded, filters", VALID, ids=[v[0] or "<empty>" for v in VALID])
def test_parses(text, words, phrases, excluded, filters):
    q = parse(text)
    assert q.text == text
    assert (q.words, q.phrases, q.excluded) == (words, phrases, excluded)
    got = [(f.field, f.values, f.negated, f.low, f.high) for f in q.filters]
    assert got == filters


# text → (words in the message, 0-based position of the offending token or value)
MALFORMED = [
    ("forse:kent", ["unknown filter 'forse:'", "did you mean force:?"], 0),
    ("harrison zzq:1", ["unknown filter 'zzq:'", "filters are force:"], 9),
    ('"exact phrase', ["unclosed quote at column 1"], 0),
    ('harrison "gross miscond', ["unclosed quote at column 10"], 9),
    ('force:"the met', ["unclosed quote at column 7"], 6),
    ('-"left out', ["unclosed quote at column 2"], 1),
    ("force:", ["force: needs a value", "force:kent"], 0),
    ('force:""', ["force: needs a value"], 0),
    ("force:,", ["force: needs a value"], 0),
    ("outcome:sackd", ["outcome:sackd is not an outcome", "did you mean outcome:sacked (Dismissed)?"], 8),
    ("outcome:zzzzzz", ["outcome:zzzzzz is not an outcome", "try one of: Dismissed"], 8),
    # a short word is not "suggested" from inside a long synonym ("… out of the force")
    ("outcome:foo", ["outcome:foo is not an outcome", "try one of: Dismissed"], 8),
    ("finding:grss", ["finding:grss is not a finding", 'did you mean finding:"gross misconduct"'], 8),
    ("force:xyzzy", ["force:xyzzy is not a force I know"], 6),
    ("force:kentt,zzzzzzzz", ["force:zzzzzzzz is not a force I know"], 12),
    ("force:police", ["names no force in particular"], 6),
    ("rank:sargent", ["rank:sargent is not a rank", "did you mean rank:sergeant"], 5),
    ("role:pcs0", ["role:pcs0 is not a role", "did you mean role:pcso"], 5),
    ("standard:honsty", ["is not a Standard of Professional Behaviour", "honesty and integrity"], 9),
    ("review:maybe", ["review:maybe is not a review state", "verified"], 7),
    ("is:barrd", ["is:barrd is not something a case can be", "did you mean is:barred?"], 3),
    ("year:abc", ["year:abc is not a year", "year:2019..2022"], 5),
    ("year:99", ["99 is not a four-digit year"], 5),
    ("year:1066", ["1066 is outside 1800..2200"], 5),
    ("year:2022..2020", ["year:2022..2020 runs backwards", "did you mean year:2020..2022?"], 5),
    ("year:2019..2020..2021", ["more than one '..'"], 5),
    ("year:..", ["needs at least one end"], 5),
    ("year:2020..20x1", ["20x1 is not"], 5),
    ("date:2021-13", ["2021-13 is not a real date"], 5),
    ("date:2021-02-30", ["2021-02-30 is not a real date"], 5),
    ("date:March", ["March is not a date"], 5),
    ("date:2022..2021-06", ["runs backwards", "date:2021-06..2022"], 5),
    ("speaker:!!", ["speaker:!! has no letters or digits"], 8),
    ("category:--", ["has no letters or digits"], 9),
    ("category:harasment", ["is not an allegation category", "did you mean category:harassment?"], 9),
    ("category:weather", ["is not an allegation category", "sexual_misconduct", "business_interest"], 9),
]


@pytest.mark.parametrize("text, message, position", MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed(text, message, position):
    with pytest.raises(QueryError) as err:
        parse(text)
    for part in message:
        assert part in str(err.value)
    assert err.value.position == position


def test_prefix_means_the_last_word_is_still_being_typed():
    assert parse("harr").prefix
    assert not parse("harr ").prefix
    assert not parse("harr force:kent").prefix
    assert not parse('"harr"').prefix
    assert not parse("force:kent").prefix


def test_query_properties_collect_positive_values():
    q = parse("force:kent force:essex -force:gmp outcome:sacked year:2019 year:2021..2022 rank:pc")
    assert q.force_ids == ("kent", "essex")
    assert q.outcome_ids == ("dismissed",)
    assert q.years == ((2019, 2019), (2021, 2022))
    assert q.ranks == ("constable",)
    assert [f.field for f in q.of("force", negated=True)] == ["force"]
    assert not q.is_empty and not q.has_text
    assert Query().is_empty and parse("x").has_text


def test_filter_positions_and_labels_for_chips():
    text = 'harrison force:"the met" -year:2020'
    q = parse(text)
    force, year = q.filters
    assert text[force.start:force.end] == 'force:"the met"'
    assert text[year.start:year.end] == "-year:2020"
    assert force.label == "Metropolitan Police Service"
    assert str(year) == "-year:2020"
    assert q.describe() == "harrison force:Metropolitan Police Service -year:2020"


def test_a_value_is_split_on_commas_only_outside_quotes():
    q = parse('speaker:"Smith, Jane"')
    assert q.speakers == ("smith jane",)
