"""Unnamed officers: "a Kent Police officer who …", "two special constables from …",
"an officer in London", "several Metropolitan Police officers", and headlines that drop the
article ("Cumbria Police officer barred").

Only noun phrases that open a clause count (a subject, or the thing a list or "for …"
introduces): "a man who assaulted a Kent Police officer" is about a victim, not a case.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .dates import DAYS, MONTH_NAMES
from .forces import ForceMention
from .ranks import role_of_noun
from .lookback import lowered as lowered_words, words_before
from .segment import FIELD_LABEL, line_at, table_row
from .trie import literal_hits, literal_words, lower_ascii, starts_word, word_start_alternation

_NOUN = re.compile(  # matched against lower-cased text
    r"(?:police\s+)?community\s+support\s+officers?|special\s+(?:constables?|sergeants?|inspectors?|chief\s+inspectors?)|"
    r"police\s+staff(?:\s+members?)?|"
    r"members?\s+of\s+(?:[\w()'’-]+\s+){0,3}?staff|staff\s+members?|detention\s+officers?|call\s+handlers?|"
    r"(?:police\s+)?dog\s+handlers?|intelligence\s+analysts?|crime\s+scene\s+investigators?|"
    r"civilian\s+(?:staff|workers?|employees?)|police\s+employees?|"
    r"(?:control\s+room|call\s+centre|contact\s+centre|custody)\s+(?:staff|supervisors?|operators?|workers?|assistants?)|"
    r"(?:detective\s+|police\s+)?(?:chief\s+)?(?:constables?|sergeants?|inspectors?|superintendents?)|"
    r"(?:sub-|assistant\s+sub-|head\s+)(?:inspectors?|constables?)|(?:police\s+)?(?:lieutenants?|corporals?)|"
    r"(?:police\s+)?officers?|pcsos?|pcs|pc|dcs?|detectives?|troopers?|deputies|gardaí|gardai|garda|colleagues?|"
    # an officer in training: "A recruit to the Met" (not "probationer", as often the one wronged:
    # "demanded nude pictures from a female probationer")
    r"(?:police\s+)?recruits?|"
    # a sheriff's deputy, not a deputy of some office ("deputy chief constable", "deputy head")
    r"deputy(?!\s+(?:chief|assistant|head|director|commissioner|mayor|leader|editor|governor|prime|sheriff|"
    r"minister|secretary|chair|principal|manager|coroner|inspector|superintendent|commander|general)\b)")
_NUMBER = {"a": 1, "an": 1, "one": 1, "another": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "some": 3, "a number of": 3,
           "a second": 1, "a third": 1, "a fourth": 1, "a further": 1, "a fellow": 1, "other": 2,
           "the first": 1, "the second": 1, "the third": 1, "the fourth": 1, "his": 1, "her": 1, "their": 1,
           "the other": 2, "the other two": 2, "the other three": 3, "the other four": 4, "the remaining two": 2,
           "the remaining three": 3, "both": 2, "either": 2, "another two": 2, "a further two": 2, "two other": 2, "three other": 3,
           "one of the": 1, "one of its": 1, "one of his": 1, "one of her": 1, "two of the": 2, "three of the": 3}
# Determiners of more than one officer, which need a plural noun ("one of the" and "two of the"
# have their own test)
# ("either officer": two, each told of in the singular)
_PLURAL_DETERMINERS = frozenset(w for w, n in _NUMBER.items() if n > 1 and " of " not in w and w != "either")
_ADJ = frozenset("""former serving male female senior junior young trainee student probationary off-duty unnamed
    unidentified other second third fourth further fellow married veteran police uniformed response neighbourhood
    traffic firearms armed custody detective special civilian experienced long-serving new newly-qualified retired
    more then ex acting temporary patrol dog mounted warrant staff master leading
    north south east west northern southern eastern western
    control room road roads policing duty night day shift communications tactical specialist""".split())
# (the last of them ranks abroad: "a South African Police Service warrant officer", "a Toronto
# Police Service staff sergeant", "a Victoria Police leading senior constable")
# The officers of other services, whom "officer" alone would make police
OTHER_SERVICES = frozenset("""prison probation immigration customs fire parking enforcement council welfare truancy press
    medical returning border security compliance licensing planning housing""".split())
# ... and with their noun ("a civil enforcement officer for six years", "a prison officer"), for
# the tests of who is police
OTHER_SERVICE_OFFICER = re.compile(r"\b(?:civil\s+enforcement|environmental\s+health|civil|environmental|fraud\s+investigation|"
                                   + "|".join(sorted(OTHER_SERVICES)) + r")\s+officers?\b", re.I)
_WORDPOS = re.compile(r"[A-Za-z0-9][\w’'-]*")
_JOIN = re.compile(r"[\s\w’'-]*")
# "with" opens a clause when its officer has a predicate ("…, with a sergeant given a written
# warning", "with two officers facing hearings"), not as an object ("raised it with an inspector")
_WITH_BEFORE = re.compile(r"\bwith\s+$")
_WITH_CLAUSE = re.compile(r"\s+(?:(?:also|now|still|later|then)\s+)?(?:[a-z]+ed|[a-z]+ing|given|being|who|having|set|due|to\s+face|"
                          r"told|found|made|kept|put|sent|hit|cut|let|held|shown|seen|taken|(?:was|were|is|are|has|had|will)\b)\b")
# What may come before the determiner for the phrase to open a clause.
_OPEN_CHARS = set(".!?:;,—–(“\"‘\n-•*·")  # list bullets open a clause too
# (and verbs of saying whose "that" news drops: "Kent Police said a second officer would face …";
# and a sanction's verb, whose object is the officer: "Kent Police has dismissed a constable who …")
_OPEN_WORDS = frozenset("""and or but while whereas after when because since that include includes included
    including for like against involving whether with plus them said says confirmed added announced revealed
    stated explained understands understood dismissed sacked fired demoted found ruled concluded determined""".split())
# Words that cannot stand between a determiner and its noun ("a report by an officer").
_NOT_ADJ = frozenset("""a an the and or but of by to in on at for with from who which that was were is are has have had
    be been being he she they it his her their its this these those as than then not no""".split())
_PROCEEDING_PAIRS = frozenset({(a, b) for a in ("hearing", "hearings", "case", "cases", "allegations", "allegation",
                                                   "proceedings", "investigation", "investigations", "complaint",
                                                   "complaints", "charges", "meeting", "inquiry", "conduct",
                                                   "behaviour", "behavior", "actions", "part", "that", "those",
                                                   # "April brought the dismissal of a Lurgan constable"
                                                   "dismissal", "sacking", "demotion", "suspension")
                               for b in ("of", "against", "into", "for")})
# what a panel may do, just before an officer: "can still sit and decide that", "may also find" (lower-case)
_MAY_DECIDE = re.compile(r"\b(?:can|may|might|could)\s+(?:still\s+|also\s+|then\s+|only\s+)?(?:[a-z]+\s+(?:and\s+)?){0,2}?"
                         r"(?:decide|find|rule|conclude|determine|recommend|order)\s+(?:that\s+)?$")
_RULE_CLAUSE = re.compile(r"\b(?:after|once|until|before)\s+$", re.I)
# (present tense of what befalls anyone: not "an officer who is alleged to …", "who faces a hearing")
_GENERIC_WHO_AFTER = re.compile(r",?\s+(?:who|that)\s+(?:is\s+(?:dismissed|sacked|found|convicted|given|placed)|"
                                r"receives|resigns|retires|gets|commits|breaches)\b")
_YEARS_OF_SERVICE = re.compile(r"\s+with\s+(?:\d+|[a-z]+)(?:\s+[a-z]+)?\s+years['’]?\s+(?:of\s+)?(?:service|experience|unblemished)")  # lower-case
# what headlines in general say (lower-case)
_HEADLINE_SAYS = re.compile(r"\bheadlines?\s+(?:\w+\s+){0,2}?(?:tells?|told|says?|said|reports?|announces?|brings?)\s+(?:us\s+)?(?:that\s+)?$")
_GENERIC_PLURAL_AFTER = re.compile(r"\s+(?:resign|retire|are|get|receive|leave|keep|remain|go|face|escape|avoid)\b")
# officers of several forces at once, who are no one force's case
_FROM_MANY_FORCES = re.compile(r"(?:\s+and\s+(?:police\s+)?staff)?\s+(?:from|in|across|of|at)\s+(?:the\s+(?:[\w-]+['’]s\s+)?|"
                               r"all\s+|its\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|"
                               r"many|different|various|neighbouring|other)\s+(?:[\w-]+\s+){0,2}?forces\b", re.I)
_NO_ACTION_AGAINST = re.compile(r"\bno\s+(?:further\s+)?(?:action|proceedings|case\s+to\s+answer)\s+(?:(?:be|was|were)\s+taken\s+)?"
                                r"(?:against|for|over)\s+$", re.I)
_PRESENT_AFTER = re.compile(r"\s+(?:has|is|does|resigns|retires|leaves)\b")
_INVESTIGATED_WHETHER = re.compile(r"\b(?:looked\s+at|examined|investigated|assessed)\s+whether\s+$")
_WHO_DID = re.compile(r"\s+who\s+(?:had\s+)?[a-z]+ed\b")
_GENERIC_WORDS = frozenset("if any every each no whether when where should would could unless".split())
_TAIL = re.compile(r"\s+(?:from|in|on|with|at|of|for|serving\s+(?:with|in)|based\s+(?:in|at)|attached\s+to|"
                   r"(?<=recruit\s)to|(?<=recruits\s)to|"  # "A recruit to the Met"
                   r"working\s+(?:for|in|at|with)|employed\s+by|who\s+(?:serves?|served|works?|worked)\s+(?:with|for|in|at))\s+(?:the\s+)?")
_SPACE_CAPITAL = re.compile(r"\s+[A-Z]")
_OTHER = re.compile(r"\b(?:another|other|second|third|fourth|further|fellow)\b", re.I)
_GARDA_COMPOUND = re.compile(r"\s+(?:stations?|cars?|vans?|vehicles?|headquarters|college|band|museum|divisions?|districts?|"
                             r"management|commissioner|press\s+office|spokes\w+|members?|reserve|roads?\s+policing|"
                             r"national|siochana|síochána)\b", re.I)
# an owner whose own proceedings the clause is about: "A Merthyr Tydfil PC's gross misconduct
# hearing … was adjourned" (but "a sergeant's car", "a constable's evidence": someone else's story)
_OWN_PROCEEDING = re.compile(r"['’]s\s+(?:(?:gross|misconduct|disciplinary|accelerated|special|case|conduct)\s+){0,3}"
                             r"(?:hearing|meeting|trial|suspension|dismissal|sacking|demotion)\b")
# A capitalised word between the determiner and the noun that no force was found in (not an
# initialism, "a CID officer", nor who someone is, "a Black officer")
_PLACE_ADJ = re.compile(r"\s(?!(?:Black|White|Asian|Muslim|Sikh|Hindu|Jewish|Christian|Catholic|Christmas|Sunday)\b)"
                        r"[A-Z][a-z]+(?:['’]s)?\s")
# one brought in by an inverted or existential clause: "Among its cases was a …", "There was also
# a …" (matched lower-case)
_EXISTENTIAL_BEFORE = re.compile(r"(?:\b(?:among|amongst)\s+[^.;,]{1,50}?|\bthere)\s+(?:was|were|is)\s+(?:also\s+)?$")
_A_RATE_AFTER = re.compile(r"\s+(?:a|an|each|every|per)\s+(?:single\s+)?(?:day|week|fortnight|month|year|hour|shift)\b")  # lower-case
_INTRODUCED = re.compile(r",?\s+(?:who|whom|whose)\b")
# The investigators' verb just before an officer: "We also investigated the actions of a custody
# sergeant who …", "Our investigation also examined the conduct of a sergeant": someone the story
# now tells of, not one merely spoken to. Matched lower-case.
INVESTIGATED_BEFORE = re.compile(r"\b(?:investigated\s+(?:the\s+(?:actions|conduct|role|behaviour|decisions)\s+of\s+)?|"
                                 r"(?:examined|looked\s+(?:at|into)|considered|reviewed)\s+"
                                 r"the\s+(?:actions|conduct|role|behaviour|decisions)\s+of\s+)$")


@dataclass(slots=True)
class UnnamedNP:
    start: int
    end: int                    # end of the noun (or of the force tail)
    count: int                  # 1, or how many officers the phrase covers
    role: str
    force: ForceMention | None
    other: bool                 # "another officer", "two other officers": not someone already named
    in_title: bool
    noun: str
    located: bool = False       # "an officer in London": placed somewhere no single force covers
    weak: bool = False          # not opening a clause ("told a sergeant"): only a case if referred to later
    row: bool = False           # the rank opening a row of a table: a record of its own
    code: str | None = None     # "Officer A": the code name, the same officer wherever it stands
    counted: bool = False       # "one was dismissed, another resigned": counted off from a group told before


def find_unnamed(text: str, forces: list[ForceMention], title_end: int, lo: int = 0, hi: int | None = None) -> list[UnnamedNP]:
    hi = len(text) if hi is None else hi
    ends = {f.end: f for f in forces}
    starts = {f.start: f for f in forces}
    # find_forces gives its mentions left to right without overlaps: the one force that can
    # hold a position is the last to start at or before it (bisect, not a scan of them all)
    force_starts = [f.start for f in forces]
    out: list[UnnamedNP] = []
    low = lower_ascii(text)
    nouns: list[tuple[int, str, bool]] = []  # every police noun, for phrases that leave it out
    for m in _nouns(low, lo, hi):
        s, e = m.start(), m.end()
        lowered = m.group()
        plural = lowered.endswith(("s", "ies", "í", "ai")) and not lowered.endswith(("staff", "ss"))
        nouns.append((s, text[s:e], plural))
        if s and (text[s - 1].isalnum() or text[s - 1] == "-"):
            continue
        k = bisect_right(force_starts, s) - 1
        holder = forces[k] if k >= 0 and s < forces[k].end else None
        if holder is not None and holder.kind != "place" and holder.end >= e:
            continue  # "An Garda Síochána", "Police Service of Northern Ireland": a force's name
        noun = text[s:e]
        if lowered in ("garda", "gardai", "gardaí") and _GARDA_COMPOUND.match(text, e):
            continue  # "A garda station", "garda cars": the force's, not an officer
        if lowered in ("pc", "pcs", "pcso", "pcsos", "dc", "dcs") and not noun.isupper() and not noun[:2].isupper():
            continue  # "pc" written in lower case is "per cent", not a constable
        if lowered in ("pc", "dc") and _SPACE_CAPITAL.match(text, e, e + 2) and not table_row(text, s):
            continue  # "PC Smith": a named officer
        if text[e:e + 1] in " \xa0" and text[e + 1:e + 2].isupper() and table_row(text, s):
            continue  # a cell "Detective Constable Jo Bloggs": a named officer (a rank alone is followed by a tab)
        head = s
        force = None
        inside = holder if holder is not None and holder.start < s and holder.end <= e else None
        if inside is not None:
            # "Kent Police officer": the noun's "police" belongs to the force's name
            s = inside.end
            while s < e and text[s] in " \t\xa0":
                s += 1
        k = s
        while k > 0 and text[k - 1] in " \t\xa0":
            k -= 1
        if k in ends:
            force = ends[k]
            head = force.start
        elif (f := _force_before_adjectives(text, k, ends)) is not None:
            # "a serving Kent Police firearms officer", "a former Kent custody sergeant"
            force = f
            head = force.start
        elif text[k - 1:k] == ")" and (k - 1) in ends:
            # "A Metropolitan Police Service (MPS) constable": the name before the brackets
            inner = ends[k - 1]
            j = inner.start
            while j > 0 and text[j - 1] in " \t\xa0(":
                j -= 1
            force = ends.get(j, inner)
            head = force.start
            # "a Kent Police officer": possessive forms like "Kent Police's officer" are rarer; skip
        det = _determiner(text, head, lo)
        in_title = s < title_end
        row = det is None and not plural and table_row(text, head)
        if det is None:
            # a headline's "Kent Police officer sacked", or a rank opening a table's row or a
            # numbered record ("3. Police sergeant, Weymouth", then its fields: one officer of its
            # own, like a row); or a notice's record of someone not named ("Staff member: Identity withheld")
            record = None if row or plural else _record_heading(text, head, e)
            row = row or record is not None
            if not row and not (in_title and force is not None and not plural and opens_clause(text, head, lo)) and \
                    not (not plural and _opens_record(text, head) and _WITHHELD_LABEL.match(text, e)):
                continue
            count, det_start, det_word, adj = 1, head if record is None else record, "", ""
            weak = False
        else:
            det_word, det_start, adj = det
            if det_word in ("a", "an", "one", "their") and plural:
                continue  # (and "their colleagues": any number)
            if force is None and adj and adj.rsplit(None, 1)[-1].lower() in OTHER_SERVICES and lowered.startswith("officer"):
                continue  # "A prison officer who smuggled phones …": an officer of another service
            if det_word in ("his", "her", "their") and lowered.startswith("deput"):
                continue  # "Her deputy was given a final written warning": someone's second in command
            if det_word.startswith("one of") and not plural:
                continue
            if det_word in _PLURAL_DETERMINERS and not plural and not lowered.endswith("staff"):
                continue  # ("two other custody staff": staff is as many as its determiner says)
            if det_word in ("a", "an") and len(nouns) > 1 and _described_before(text, nouns[-2], det_start):
                continue  # "The detention officer, a member of police staff, …": the officer met before, described
            count = _NUMBER.get(det_word, 1)
            generic = _GENERIC_WORDS.intersection(lowered_words(words_before(text, det_start, 3, 30)))
            if generic == {"no"} and det_word == "either" and low.endswith("indication that ", 0, det_start):
                generic = set()  # "found no indication that either officer had behaved …": the two met
            if generic and not _NO_ACTION_AGAINST.search(text, max(0, det_start - 40), det_start) and \
                    not (generic == {"whether"} and _WHO_DID.match(text, e)
                         and _INVESTIGATED_WHETHER.search(text, max(0, det_start - 40), det_start)):
                # ("no action against the second constable" is no generic "no officer"; "looked at
                # whether a detective sergeant who supervised the case should have …" is one officer)
                continue
            if det_word in ("a", "an") and _RULE_CLAUSE.search(text, max(0, det_start - 12), det_start) and \
                    _PRESENT_AFTER.match(text, e):
                continue  # "proceedings can continue after an officer has resigned": a rule, not a case
            if det_word in ("a", "an") and _MAY_DECIDE.search(low, max(lo, det_start - 60), det_start):
                continue  # "a panel can still sit and decide that a former officer would have been …": what may be
            if det_word in ("some", "several", "many", "most") and _GENERIC_PLURAL_AFTER.match(text, e):
                continue  # "Some officers resign while under investigation": what happens, not a group
            if _A_RATE_AFTER.match(low, e):
                continue  # "One officer a day sacked", "two PCs every week": a rate, not someone
            if plural and _FROM_MANY_FORCES.match(text, e):
                continue  # "Eight officers and staff from the region's five forces faced …": a tally
            if det_word in ("a", "an") and low.endswith("for ", 0, det_start) and _YEARS_OF_SERVICE.match(low, e):
                continue  # "dismissal was excessive for an officer with 11 years of service": what kind of officer
            if det_word in ("a", "an") and low.find("headline", max(0, det_start - 60), det_start) >= 0 and \
                    _HEADLINE_SAYS.search(low, max(0, det_start - 60), det_start):
                continue  # "another headline tells us that an officer has been sacked": any officer, news in general
            if det_word in ("a", "an", "any") and _GENERIC_WHO_AFTER.match(text, e):
                continue  # "An officer who is dismissed after a hearing is added to the list": a rule
            # "an officer's appeal": the phrase owns the noun after it, and is not its subject
            weak = not opens_clause(text, det_start, lo) or \
                (text[e:e + 2] in ("'s", "’s") and not _OWN_PROCEEDING.match(text, e))
            if not weak and _WITH_BEFORE.search(text, max(lo, det_start - 6), det_start) and not _WITH_CLAUSE.match(text, e):
                weak = True  # "she had raised the matter with a more senior officer": the one spoken to
            if weak and _INTRODUCED.match(text, e) and (_OTHER.search(det_word + " " + adj) or
                                                       INVESTIGATED_BEFORE.search(low, max(lo, det_start - 50), det_start)):
                # "We also investigated a second officer who was present", "… investigated a
                # sergeant who supervised PC X": a new officer brought in
                weak = False
            if weak and det_word in ("a", "an") and _EXISTENTIAL_BEFORE.search(low, max(lo, det_start - 70), det_start):
                weak = False  # "Among its cases was a Thurso sergeant reduced to …": brought in, not described
            if weak and text[det_start - 2:det_start].endswith(("| ", "\t")) and table_row(text, det_start):
                weak, row = False, True  # a table's cell: "Kent Police | Two PCs | … | Final written warnings"
            if not weak and out and out[-1].weak and text[out[-1].end:det_start].strip(" ,") in ("and", "or"):
                weak = True  # "had belittled two sergeants and an inspector": both are the object
        end = e
        located = False
        if force is None and row:
            force = _force_in_row(text, forces, force_starts, det_start)
        if force is None:
            tail = _TAIL.match(text, e)
            if tail and tail.end() not in starts and tail.group().endswith(" ") and \
                    text.startswith(("the ", "The "), tail.end() - 4) and tail.end() - 4 in starts:
                # ("A recruit to the Met": a force named with its article, "the Met")
                force = starts[tail.end() - 4]
                end = force.end
            elif tail and tail.end() in starts:
                force = starts[tail.end()]
                end = force.end
            elif tail and text[tail.end():tail.end() + 1].isupper():
                located = True
            elif _PLACE_ADJ.search(text, det_start, s):
                located = True  # "A Midlands sergeant", "a Cotswolds PC": a region, no force of its own
        # "another officer", "a colleague", "his sergeant": someone besides the officer already named
        other = bool(_OTHER.search(det_word + " " + adj)) or lowered.startswith("colleague") or det_word in ("his", "her", "their")
        out.append(UnnamedNP(det_start, end, count, "group" if count > 1 else role_of_noun(noun), force,
                             other, in_title, noun, located, weak, row))
    out.extend(_code_names(text, forces, lo, hi, title_end))
    if nouns:
        out.extend(_elliptical(text, low, nouns, lo, hi, title_end))
    return _longest(out, text)


# "One was dismissed and the other received a written warning", "Another was given management
# advice": officers the story has just introduced ("Two Dorset officers …"), counted off with
# the noun left out. Only where the words after say what befell them (a sanction's verb), and a
# police noun stands shortly before, so that "another was arrested" about a member of the public
# or "one said" are not officers. Matched against the lower-cased text.
_ELLIPTICAL = re.compile(
    "(" + word_start_alternation([r"another", r"one", r"a\s+(?:second|third|fourth|fifth|sixth)",
                                  r"the\s+(?:second|third|fourth|fifth|sixth|other|first)",
                                  r"the\s+(?:other|remaining)\s+(?:two|three|four)",
                                  r"two\s+others", r"three\s+others", r"four\s+others"]) + ")"
    r"(?:,[^,.;:]{1,60},)?\s+(?:also\s+|later\s+|subsequently\s+)?"
    r"(?:(?:was|were|is|are|has\s+been|had\s+been|have\s+been|will\s+be)\s+(?:also\s+)?(?:given|handed|issued|dismissed|"
    r"sacked|fired|demoted|reduced|cleared|disciplined|reprimanded|barred|spared|suspended|served|ordered|required|referred|"
    r"found\s+(?:guilty|to\s+have|not)|subject(?:ed)?\s+to|not\s+(?:proven|proved|upheld|substantiated))|received|receives|got|gets|faces|faced|(?:is|are)\s+to\s+face|"
    r"will\s+face|(?:has\s+|had\s+)?(?:resigned|retired)|"
    # "The other has completed the reflective practice review process"
    r"(?:has\s+|had\s+)?(?:completed|undergone|underwent|undertook|undertaken)|will\s+(?:complete|undergo|receive))\b")
_ELLIPTICAL_COUNT = {"two": 2, "three": 3, "four": 4}
# The word every _ELLIPTICAL match holds, found with str.find (the pattern's first letters, a,
# o and t, are everywhere): tried only where one stands
# ("other," and "another," before an aside: "The other, who did not post anything, was given …")
_ELLIPSIS_WORDS = ("another ", "one ", "second ", "third ", "fourth ", "fifth ", "sixth ", "other ", "remaining ", "others ",
                   "other,", "another,")
_AGAINST = ("allegations against ", "allegation against ", "the case against ", "complaints against ",
            "complaint against ")
_ANTECEDENT_SPAN = 400  # how far back the officers counted off must have been introduced


def _elliptical(text: str, low: str, nouns: list[tuple[int, str, bool]], lo: int, hi: int,
                title_end: int) -> list[UnnamedNP]:
    out = []
    for s, e, w in literal_hits(low, _ELLIPSIS_WORDS, lo, hi):
        # where the phrase would start: at the word, or at "a"/"the"/a number before it
        if w in ("another ", "one ", "another,"):
            pass
        elif w == "others ":
            s = next((s - len(n) for n in ("two ", "three ", "four ") if low.endswith(n, lo, s)), -1)
        elif low.endswith("the ", lo, s):
            s -= 4
        elif low.endswith("a ", lo, s) and w not in ("other ", "remaining ", "other,"):
            s -= 2
        else:
            continue
        if s < lo or not starts_word(low, s):
            continue
        m = _ELLIPTICAL.match(low, s, hi)
        if m is None:
            continue
        det = " ".join(m.group(1).split())
        # ("allegations against the third were not proven": the one counted off, though an object)
        if not opens_clause(text, s, lo) and not low.endswith(_AGAINST, lo, s):
            continue
        k = bisect_right(nouns, (s,)) - 1
        if k < 0 or s - nouns[k][0] > _ANTECEDENT_SPAN:
            continue
        count = _ELLIPTICAL_COUNT.get(det.split()[-1], 1)
        if det == "one" and not any(plural for at, _, plural in nouns[:k + 1] if s - at <= _ANTECEDENT_SPAN):
            continue  # "one was …" counts off officers introduced together
        end = s + len(det)
        noun = nouns[k][1]
        out.append(UnnamedNP(s, end, count, "group" if count > 1 else role_of_noun(noun), None,
                             det not in ("one", "the first"), s < title_end, text[s:end], counted=True))
    return out


# "Officer A", "PC X", "Sergeant B": an officer an inquest or a notice keeps anonymous (the
# evaluation's rule: unnamed). A single capital not followed by a full stop (not an initial), or a
# capital and a number ("Officer D14", "Officer W80"), or a number after "Officer" ("Officer 14").
# \b(?:Officer|…), written with word_start_alternation so that `re` skips ahead to the titles'
# first letters instead of trying \b at every place (measured 39 → 4 µs per article).
_CODE_NAME = re.compile(word_start_alternation(["Officer", "Officers", "PC", "Constable", "Sergeant", "Sgt", "DC", "DS",
                                                "Inspector", "Detective", r"Witness\s+Officer"])
                        + r"[ \xa0]+([A-Z](?:\d{1,3})?|(?<=Officer[ \xa0])\d{1,3})(?![\w’'-])"
                        r"(?!\.[ \xa0]*(?!(?:The|He|She|It|His|Her|They|But|And|A|An|In|On|At|This|That)\b)[A-Z][a-z])")


def _code_names(text: str, forces: list[ForceMention], lo: int, hi: int, title_end: int) -> list[UnnamedNP]:
    out = []
    if "Officer " in text or " PC " in text or "Sergeant " in text:
        for m in _CODE_NAME.finditer(text, lo, hi):
            if m.group(1) in "I":  # "I" is a word, not a code
                continue
            out.append(UnnamedNP(m.start(), m.end(), 1, role_of_noun(m.group().split()[0]), None, False,
                                 m.start() < title_end, m.group(), code=m.group(1)))
    declared = _declared_codes(text)
    if declared:
        # "referred to at the hearing as W1 to W4", then "W2, the constable who …": each code
        # alone is an officer too
        taken = [(n.start, n.end) for n in out]
        for m in re.finditer(r"(?<![\w’'-])(?:" + "|".join(sorted(declared, key=len, reverse=True)) + r")(?![\w’'-])",
                             text[:hi]):
            if m.start() < lo or any(a <= m.start() < b for a, b in taken):
                continue
            out.append(UnnamedNP(m.start(), m.end(), 1, "officer", None, False, m.start() < title_end,
                                 m.group(), code=m.group()))
        out.sort(key=lambda n: n.start)
    return out


# Codes a story says it calls officers by: "referred to as W1 to W4", "known only as NX121",
# "identified in the report as B12 and B13"
_DECLARED_CODE = re.compile(r"\b(?:referred\s+to|known|identified|named|designated|anonymised)\s+(?:only\s+)?"
                            r"(?:(?:at|in|during|throughout)\s+(?:the\s+)?[a-z]+\s+)?as\s+"
                            r"([A-Z]{1,2})(\d{1,3})(?:\s*(?:to|and|-|–)\s*(?:\1)?(\d{1,3}))?(?![\w’'-])")


def _declared_codes(text: str) -> set[str]:
    codes: set[str] = set()
    # (first a code after " as ", found with str.find: the pattern itself costs 25 µs an article)
    i = text.find(" as ")
    while i >= 0 and not (text[i + 4:i + 5].isupper() and (text[i + 5:i + 6].isdigit() or (
            text[i + 5:i + 6].isupper() and text[i + 6:i + 7].isdigit()))):
        i = text.find(" as ", i + 4)
    if i < 0:
        return codes
    for m in _DECLARED_CODE.finditer(text):
        first = int(m.group(2))
        last = int(m.group(3)) if m.group(3) else first
        if m.group(3) and len(m.group(3)) != len(m.group(2)) and last < first:
            last = first
        for k in range(first, min(last, first + 20) + 1):
            codes.add(f"{m.group(1)}{k}")
    return codes


# A word every police noun phrase holds: found first (with str.find), as the full pattern is
# slow to scan for.
_NOUN_ANCHOR = literal_words("officer|constable|pc|dc|sergeant|detective|inspector|superintendent|staff|handler|"
                             "employee|trooper|deputies|deputy|garda|colleague|supervisor|operator|worker|assistant|analyst|investigator|"
                             "lieutenant|corporal|recruit")
_WORD_START = re.compile(r"(?<![\w'’-])\w")


# Words a police noun phrase may start with before its anchor word ("police community support
# officer", "detective chief inspector", "members of … staff"): the only places worth trying
# the full pattern other than the anchor itself.
_NOUN_LEADS = frozenset("police community support special detective chief members member of staff detention call intelligence "
                        "civilian control room centre contact custody head sub- dog crime scene".split())
_LAST_WORDS = re.compile(r"[\w’'-]+")


def _nouns(text: str, lo: int, hi: int):
    """The matches _NOUN.finditer would give, found from the anchors outwards."""
    last_end = lo
    for s, a_end, anchor in literal_hits(text, _NOUN_ANCHOR, lo, hi):
        if s < last_end:
            continue
        # walk back over words that can lead a longer noun phrase
        window = text[max(last_end, s - 45):s]
        words = window.split()
        back = 0
        for w in reversed(words):
            if w in _NOUN_LEADS or (w.startswith("(") and w.endswith(")")):
                back += len(w) + 1
            else:
                break
        candidates = []
        if anchor == "staff":
            back = 45  # "member of back office (civilian) staff": any words may stand between
        if back:
            # try the word starts in the leading stretch, leftmost first
            stretch_lo = max(last_end, s - back - 8)
            candidates = [w.start() for w in _WORD_START.finditer(text, stretch_lo, s)]
        candidates.append(s)
        for c in candidates:
            m = _NOUN.match(text, c, hi)
            if m is not None and m.end() >= a_end:
                last_end = m.end()
                yield m
                break


def _words(text: str, pos: int, lo: int, span: int) -> list[str]:
    return _WORDPOS.findall(text, max(lo, pos - span), pos)


# Everything up to the last punctuation mark: punctuation ends the phrase. One match instead of
# thirteen rfinds.
_TO_LAST_BREAK = re.compile(r".*[.,;:!?()“”\"\[\]\n]", re.S)


def _determiner(text: str, head: int, lo: int) -> tuple[str, int, str] | None:
    """("two other", where it starts, adjectives) for the words right before a noun phrase's head."""
    start = max(lo, head - 70)
    cut = _TO_LAST_BREAK.match(text, start, head)
    if cut:
        start = cut.end()
    # the words as strings (findall), their places found only for the determiner returned:
    # measured 4.1 → 3.1 µs a call against a Match and a tuple for every word
    words = _LAST_WORDS.findall(text, start, head)[-7:]
    low = " ".join(words).lower().split(" ") if words else []  # the words hold no spaces
    if _ENDS_DETERMINER.isdisjoint(low[-4:]):
        # what is returned below ends at one of the last four words (three adjectives at
        # most stand between): most nouns have no determiner there (measured 3.8 → 3.45 µs a call)
        return None
    i = len(low) - 1
    adj: list[str] = []
    unknown = 0
    while i >= 0 and len(adj) < 3:
        w = low[i]
        if w in _ADJ or w.endswith("-year-old"):
            adj.append(w)
        elif w not in _NOT_ADJ and w not in _NUMBER and unknown < 1 and w.replace("-", "").isalpha():
            adj.append(w)  # "a community police officer", "a Coventry-based constable": one word we do not know may describe
            unknown += 1
        else:
            break
        i -= 1
    for j in range(i + 1, len(low)):
        # "two other officers": "other" was read as an adjective but can end a determiner
        rest_adj = all(w in _ADJ or w.endswith("-year-old") for w in low[j + 1:])
        if rest_adj:
            for n in (3, 2, 1):
                if j - n + 1 >= 0:
                    phrase = " ".join(low[j - n + 1:j + 1])
                    if phrase in _NUMBER:
                        return phrase, _word_start(text, words, j - n + 1, start, head), " ".join(words[j + 1:])
        if j > i:
            break
    for n in (3, 2, 1):
        if i - n + 1 >= 0:
            phrase = " ".join(low[i - n + 1:i + 1])
            if phrase in _NUMBER:
                return phrase, _word_start(text, words, i - n + 1, start, head), " ".join(reversed(adj))
    # "the constable's sergeant": another officer, owned by one already mentioned (as "his")
    if i >= 0 and low[i].endswith(("'s", "’s")) and low[i][:-2] in _OWNER_NOUNS:
        k = i - 1 if i >= 1 and low[i - 1] in ("the", "that", "this") else i
        return "his", _word_start(text, words, k, start, head), " ".join(reversed(adj))
    return None


def _word_start(text: str, words: list[str], k: int, lo: int, hi: int) -> int:
    """Where words[k] starts, `words` being the last of the _LAST_WORDS in text[lo:hi]. Each word
    is found back from the next one's start: a word is a whole run of word characters, so the
    last place it occurs before the next word is its own."""
    pos = hi
    for w in reversed(words[k:]):
        pos = text.rfind(w, lo, pos)
    return pos


_OWNER_NOUNS = frozenset("constable officer sergeant inspector pc detective pcso superintendent team".split())
# The words a determiner _determiner returns can end with: the last word of a _NUMBER phrase,
# or an owner's "the constable's".
_ENDS_DETERMINER = frozenset({p.split()[-1] for p in _NUMBER} | {n + s for n in _OWNER_NOUNS for s in ("'s", "’s")})


# "the detention officer, ": "the" and up to two words before the noun
_DEFINITE_BEFORE = re.compile(r"(?:^|[^\w'’])the\s+(?:[\w-]+\s+){0,2}$", re.I)
_COMMA_GAP = re.compile(r"\s*,\s*")


def _described_before(text: str, prev: tuple[int, str, bool], det_start: int) -> bool:
    """Does an appositive start at `det_start`, describing the one officer `prev` (start, noun
    as written, plural) that "the" introduced just before?"""
    start, noun, plural = prev
    end = start + len(noun)
    return not plural and end < det_start <= end + 4 and _COMMA_GAP.fullmatch(text, end, det_start) is not None and \
        _DEFINITE_BEFORE.search(text, max(0, start - 30), start) is not None


def _force_before_adjectives(text: str, k: int, ends: dict) -> ForceMention | None:
    """A force named before one or two words that describe the officer's job ("Kent Police
    firearms officer"); `k` is where those words end."""
    for _ in range(2):
        j = k
        while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "-"):
            j -= 1
        if text.endswith("-based", j, k) and (k - 6) in ends:
            return ends[k - 6]  # "a Swansea-based sergeant"
        if j == k or text[j:k].lower() not in _ADJ:
            return None
        k = j
        while k > 0 and text[k - 1] in " \xa0":
            k -= 1
        if k in ends:
            return ends[k]
    return None


def without_named_rows(text: str, unnamed: list[UnnamedNP], titled: list[int]) -> list[UnnamedNP]:
    """Drop a rank that opens a table's cell in a row that names a titled officer ("2 Mar<tab>WMP<tab>
    PC Jo Bloggs<tab>Constable, Halesowen<tab>…"): the named officer's row, not a second record.
    `titled`: where the titles of named officers start, in order."""
    if not titled or not any(np.row for np in unnamed):
        return unnamed
    out = []
    for np in unnamed:
        if np.row:
            line_start, line_end = line_at(text, np.start)
            k = bisect_right(titled, line_start - 1)
            if k < len(titled) and titled[k] < line_end:
                continue
        out.append(np)
    return out


def _force_in_row(text: str, forces: list[ForceMention], force_starts: list[int], pos: int) -> ForceMention | None:
    """The force a table's row names in a cell of its own ("Cleveland Police | Sergeant | …")."""
    line_start, line_end = line_at(text, pos)
    k = bisect_right(force_starts, line_start - 1)
    in_row = [f for f in forces[k:k + 8] if f.start < line_end]
    if len({f.force_id or f.name for f in in_row}) == 1:
        return in_row[0]  # (its force, and a town it covers: "| PC (not named) | Durham | Seaham |")
    return None


def opens_clause(text: str, pos: int, lo: int = 0) -> bool:
    """Does the phrase at `pos` open a clause (a subject, or what a list or "for …" introduces)?"""
    k = pos
    while k > lo and text[k - 1] in " \t\xa0":
        k -= 1
    if k <= lo or text[k - 1] in _OPEN_CHARS:
        return True
    prev = _words(text, k, lo, 40)
    if prev and (prev[-1].lower() in _TIME_WORDS or (prev[-1].isdigit() and len(prev[-1]) == 4)) \
            and _FRONTED_TIME.search(text, max(lo, k - 45), k):
        return True  # "In January a detective constable …": a time set before the subject
    if len(prev) >= 2 and (prev[-2].lower(), prev[-1].lower()) in _PROCEEDING_PAIRS:
        return True  # "the hearing of a Hull-based constable": the proceedings' subject
    if len(prev) >= 2 and prev[-1].lower() in _TOLD_WHOM and (
            prev[-2].lower() in _TOLD or (len(prev) >= 3 and prev[-2].lower() == "the" and prev[-3].lower() in _TOLD)):
        # "One force told us an officer who sent … was referred to …", "told the hearing a
        # constable had …": what was told, whose subject the officer is
        return True
    return bool(prev) and prev[-1].lower() in _OPEN_WORDS and (prev[-1].lower() != "them" or
                                                                (len(prev) > 1 and prev[-2].lower() == "among"))


_TOLD = frozenset(("told", "tells", "telling"))
_TOLD_WHOM = frozenset(("us", "me", "reporters", "journalists", "investigators", "court", "hearing", "panel", "tribunal", "jury"))
_TIME_NOUNS = "week month year summer winter spring autumn morning afternoon evening".split()
_TIME_WORDS = frozenset([*MONTH_NAMES, *DAYS, *_TIME_NOUNS])  # the last word of every _FRONTED_TIME match but a year
# ("And in August a special constable …": after a conjunction too)
_FRONTED_TIME = re.compile(
    r"(?:^|[.!?:]\s+|\n)(?:(?:And|But|Meanwhile,?|Separately,?)\s+(?:in|on|during|by|last|earlier|later|since|this|early|"
    r"late)|In|On|During|By|Last|Earlier|Later|Then|Since|This|Early|Late)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:" + "|".join([*(w.capitalize() for w in [*MONTH_NAMES, *DAYS]), r"\d{4}", *_TIME_NOUNS]) + r")(?:\s+\d{4})?,?$")


def _longest(found: list[UnnamedNP], text: str) -> list[UnnamedNP]:
    """"a detective sergeant" also matches as "a detective": keep the longer phrase; and "A fourth
    officer, a sergeant who …" is one person described twice."""
    found.sort(key=lambda n: (n.start, -(n.end - n.start)))
    out: list[UnnamedNP] = []
    for n in found:
        if out and n.start < out[-1].end:
            continue
        if out and _APPOSITION.fullmatch(text, out[-1].end, n.start) and n.count == out[-1].count:
            if out[-1].noun.lower() in _PLAIN_NOUNS and n.noun.lower() not in _PLAIN_NOUNS:
                out[-1].noun, out[-1].role = n.noun, n.role  # "A second officer, a sergeant": a sergeant
            continue
        if out and n.code and not out[-1].code and out[-1].count == 1 and _CODED_AS.fullmatch(text, out[-1].end, n.start):
            out[-1].code = n.code  # "A detective inspector, referred to as Officer A, …": one officer, by code
            continue
        out.append(n)
    return out


_WITHHELD_LABEL = re.compile(r"[ \t]*(?::|\()[ \t]*(?:identity|name)?[ \t]*(?:withheld|not\s+(?:named|disclosed|published)|"
                             r"unnamed|anonymi[sz]ed|anonymous)\b", re.I)


def _record_heading(text: str, head: int, end: int) -> int | None:
    """Where the heading starts, if the noun is a numbered record's heading, its fields below
    ("3. Former police constable, Poole", then "Proceedings: …", "Outcome: …"): a round-up's
    officer who is not named."""
    start = text.rfind("\n", 0, head) + 1
    prefix = _RECORD_PREFIX.fullmatch(text, start, head)
    if prefix is None:
        return None
    tail = _RECORD_TAIL.match(text, end)
    if tail is None or _FIELD_NEXT.match(text, tail.end()) is None:
        return None
    return prefix.start(1)


# a list item's number or bullet, and what may stand before the rank ("3. Former police constable")
_RECORD_PREFIX = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[•*·▪–-])[ \t]+((?:(?:former|acting|temporary|retired|ex-)[ \t]*)?)", re.I)
# the rest of the heading's line: a place or station, then the line's end
_RECORD_TAIL = re.compile(r"(?:[ \t]*(?:,|–|—|-|\bat\b|\bin\b)[ \t]*[A-Z][\w'’. -]{0,40})?[ \t]*\n+")
_FIELD_NEXT = re.compile(r"[ \t]*[A-Z][\w()/'’ -]{0,40}:[ \t]")


def _opens_record(text: str, head: int) -> bool:
    """Does `head` open its line, or the value of a field that opens it ("Officer: PCSO (name
    withheld)")?"""
    start = text.rfind("\n", 0, head) + 1
    return start == head or bool(FIELD_LABEL.fullmatch(text, start, head))


_APPOSITION = re.compile(r"\s*,\s*")
_PLAIN_NOUNS = frozenset({"officer", "police officer", "officers", "police officers", "colleague", "colleagues"})
# ("A second officer from the same team, referred to at the hearing only as Officer B")
_CODED_AS = re.compile(r"(?:\s+(?:from|of|in|on|at|with)\s+[^,.;]{1,40}?)?\s*,?\s*(?:(?:who\s+(?:is|was)\s+)?"
                       r"(?:referred\s+to|known|identified|named|described)\s+(?:\w+\s+){0,5}?as|called)\s+", re.I)
