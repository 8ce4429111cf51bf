"""Whether an outcome phrase the news uses is real where it stands: negated ("escaped
dismissal", "no longer faces a hearing"), only possible ("could face the sack", "serious enough to
justify dismissal", "had called for him to be sacked"), a rule or a generality ("after an officer
has resigned", "every officer who received a final written warning"), or decided though worded
as a wish ("the panel ruled that he should be dismissed", "She must undergo reflective practice").
"""
from __future__ import annotations

import re

from .lookback import cue_set, has_cue_in, lowered, pair_set, words_before, words_from
from .trie import contains_any

# Words before a mention that cancel or weaken it.
_NEG_WORDS = cue_set("not never neither n't avoided avoid avoids escaped escape escapes spared overturned "
                     "overturn overturning considered demand demanded demanding demands wasn't weren't "
                     "isn't didn't hadn't hasn't won't replaced replaces replacing quashed")


_NEG_PAIRS = pair_set("no longer", "calls for", "call for", "called for", "calling for", "argued for", "argue for",
                      "argues for", "pushed for", "pressed for", "asked for", "push for", "press for")


# Prepositions that negate only right before the sanction: "escaped without a warning"; and
# "I nearly left the police", "was almost dismissed" (but "Nearly 200 officers were dismissed")
_NEG_PREP = cue_set("without against lesser nearly almost")


_NEG_PREP_PAIRS = pair_set("instead of", "rather than", "short of", "less than")


_ARTICLES = frozenset("a an the any his her their its this that".split())


_HYP_WORDS = cue_set("could may might would should must can cannot can't if whether risk risks risked facing faces "
                     "face potential possible possibly likely unlikely sought seeking recommend recommended recommending "
                     "recommends propose proposed proposes urge urged urges want wants wanted")


# ("threatening to have them thrown out of the force if they complained": what was threatened)
_HYP_PAIRS = pair_set("threat of", "threatened with", "threatened to", "threatening to", "threatens to",
                      "threaten to",
                      # "had no intention of retiring", "plans to retire next year": not (yet) done
                      "intention of", "intends to", "intend to", "intending to", "plans to", "plan to", "planning to",
                      "hopes to", "hoping to",
                      # "The Act allows penalties ranging from a reprimand to dismissal": what may be
                      "ranging from", "range from", "ranges from", "ranged from")


# "dismissal would be disproportionate", "a final written warning was not enough": the sentence
# weighs a sanction rather than reporting it.
_UNDONE_AFTER = re.compile(r"\s+(?:would|could|should|might|may|can(?:not)?\s+be|was\s+not|is\s+not|wasn't|isn't|were\s+not|"
                           r"was\s+(?:ruled\s+out|rejected|disproportionate|unnecessary|inadequate|too\s+harsh|"
                           r"unreasonable|quashed|overturned|unfair|excessive)|"
                           r"had\s+been\s+considered|not\s+being)\b", re.I)


# "Police said no further action would be taken against her", "was told … that no further action
# would be taken after the complaint was reviewed": a decision reported, not weighed
# (against an officer, or with nothing more said; not "against Marmaduke", a cat, nor "by police, as
# no criminal offence had been identified", the law's decision)
_WOULD_BE_TAKEN = re.compile(r"\s+would\s+be\s+taken(?:\s+against\s+(?:him|her|them|the\s+(?:officers?|constables?|sergeants?|"
                             r"inspectors?|pcs?|pcsos?|detectives?))\b|\s*[.;]|\s+(?:after|following|once)\b)")  # lower-case


# "substituted a final written warning for the dismissal": the sanction after "for" is the one
# replaced (the one after "substituted" is the new one)
_SUBSTITUTED_FOR = re.compile(r"substitut\w*\s[^.;]{0,60}\bfor\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?$")


_REPLACED_WITH = re.compile(r"\breplac(?:ed|es|ing)\s+(?:it|them|this|that|(?:the|his|her|their)\s+[\w-]+)\s+with\s+(?:a\s+|an\s+)?$")  # lower-case


def is_negated(text: str, low: str, pos: int, words: list[str] | None = None) -> bool:
    """`low`: lower_ascii(text); `words`: those after the last comma, lowered
    (`_words_before_phrase`), when known."""
    lo = max(0, pos - 90)
    if low.find("substitut", lo, pos) >= 0 and _SUBSTITUTED_FOR.search(low, lo, pos):
        return True
    if low.find("replac", lo, pos) >= 0 and _REPLACED_WITH.search(low, lo, pos):
        return False  # "overturned his dismissal and replaced it with a final written warning": the new one
    if words is None:
        words = lowered(words_before(text, pos, 4, pos - _after_comma(text, pos)))  # lowered once for the three tests
    if has_cue_in(words, _NEG_WORDS, _NEG_PAIRS) and not _RECEIVED_AFTER_NEGATION.search(" ".join(words)) \
            and not _PASSIVE_AFTER_NEGATION.search(low, max(0, pos - 60), pos) \
            and not (low.startswith(_LEAVING_VERBS, pos) and _DID_NOT_DO.search(low, max(0, pos - 60), pos)):
        return True
    if low.startswith("not ", pos):
        return False  # "found the allegation against her not proven": a finding said of her, no determiner's noun
    while words and words[-1] in _ARTICLES:
        words = words[:-1]
    # a preposition right before the sanction, alone or as the end of a pair
    return bool(words) and (words[-1] in _NEG_PREP or (len(words) >= 2 and (words[-2], words[-1]) in _NEG_PREP_PAIRS))


# "A constable who … did not report them received management action": a verb after the negation
# starts the sentence's own predicate
_RECEIVED_AFTER_NEGATION = re.compile(r"\b(?:not|never|no)\b.*\b(?:received|receives|got|gets|faced|faces|accepted)$")
# ... or is the subject of a passive: "A sergeant who did not report it was given a final written warning"
_PASSIVE_AFTER_NEGATION = re.compile(r"\b(?:did|does|do|had|has|have)(?:\s+not|n't|n’t)\s+[a-z]+(?:\s+[a-z]+){0,2}\s+"
                                     r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+$")  # lower-case


# ... or a past tense of its own: "a sergeant … for shifts he did not work resigned before the inquiry"
_DID_NOT_DO = re.compile(r"\b(?:did|does|do)(?:\s+not|n't|n’t)\s+[a-z]+(?:\s+[a-z]+){0,2}\s+$")  # lower-case
# (or "… but did not report it received a written warning", a phrase that holds its own verb)
_LEAVING_VERBS = ("resigned", "retired", "quit", "received", "was given", "were given", "got ")


def _after_comma(text: str, pos: int) -> int:
    """Where a negation's words may start: after the last comma ("to avoid arrest, has been
    given a warning" is another clause), within 50 characters."""
    lo = max(0, pos - 50)
    # (a table's cell is a clause of its own: "| PC (not named) | Lancs | Written warning |")
    return max(pos - 50, text.rfind(",", lo, pos) + 1, text.rfind("|", lo, pos) + 1, text.rfind("\t", lo, pos) + 1, 0)


def _words_before_phrase(text: str, pos: int) -> tuple[list[str], list[str], list[str]]:
    """The words is_negated and _hypothetical read before a phrase at `pos`, from one look: those
    after the last comma, lowered; and words_before(text, pos, 7, 70) as written and lowered.
    When the 70 characters hold a sentence break after the comma, the first are the last four of
    the second (no break lies between the comma and the phrase otherwise, so they are the
    words after the comma). Measured 1.5 µs a phrase less than looking twice."""
    words, start = words_from(text, pos, 70)
    comma = _after_comma(text, pos)
    written = words[-7:]
    low = lowered(written)
    if start > comma:
        return low[-4:], written, low
    # No sentence break lies between the comma and the phrase (the last one within 70
    # characters ends at `start`), so words_before(text, pos, 4, pos - comma) would find none
    # to cut at: its words are all those after the comma (measured 5.2 → 4.4 µs a phrase).
    return lowered(_WORD.findall(text, comma, pos)[-4:]), written, low


_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")  # a word as lookback reads words


_CLOSED_SUBORDINATE = re.compile(r",\s*(?:before|after|when|until|once)\s+(?:the|his|her|their|a|an|its)\s+"
                                 r"[^,.;:]{0,60}\b(?:could|might|can|would)\b[^,.;:]{0,30},\s*(?:[\w’'-]+\s+){0,3}$")  # lower-case
_CLAUSE_SEPARATORS = frozenset("after before because when and but then following since while".split())


_VERB_AFTER_ASIDE = re.compile(r",\s*(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
                               r"(?:(?:given|handed|issued|served\s+with)\s+(?:a|an)\s+)?$")
_ASIDE_BEFORE = re.compile(r",\s*(?:who|which)\b[^,;.]*,\s*(?:[\w’'-]+\s+){0,4}$", re.I)


# ("decided the sergeant's performance should be dealt with through reflective practice": "that"
# is often dropped; "decided whether …" is still a doubt)
_RULED_SHOULD = re.compile(r"\b(?:ruled|decided|concluded|determined|ordered|directed|found|agreed)\s+"
                           r"(?:that\b)?(?:(?!\bwhether\b|\bif\b)[^.;]){0,100}"
                           r"\bshould\s+(?:be\s+given\s+|be\s+dealt\s+with\s+(?:through|by(?:\s+way\s+of)?|via|under)\s+|"
                           r"be\s+|receive\s+|get\s+|undergo\s+|complete\s+|take\s+part\s+in\s+|attend\s+)?(?:the\s+|a\s+|an\s+)?$")  # lower-case


# (written case: a name or a pronoun before "must", not "Officers must …", a rule for all)
_MUST_UNDERGO = re.compile(r"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey)|\b(?!(?:Officers|Staff|All|Everyone|Anyone)\b)[A-Z][a-z'’-]+)"
                           r"\s+must\s+(?:now\s+)?(?:undergo|complete|attend|take\s+part\s+in)\s+"
                           r"(?:a\s+|an\s+|the\s+)?$")


_CONDITIONAL = frozenset("if can could may might unless whether".split())


def _own_clause(low: list[str]) -> int:
    """Where the clause a phrase stands in starts among the words before it: after the last
    clause separator ("said he would appeal after being dismissed"), else at the first word."""
    k = len(low)
    while k > 0 and low[k - 1] not in _CLAUSE_SEPARATORS and not _elided_before(low, k):
        k -= 1
    return k


_MODALS = frozenset("should could would might must".split())
_FINITE = frozenset("was were is are".split())  # (not "had": "would have had no case to answer" is whole)


def _elided_before(low: list[str], k: int) -> bool:
    """Does a clause cut short by its modal end before word k ("who failed to check on him as
    often as they should have were directed to reflective practice": the modal's verb is left
    out, and the next verb is the sentence's own)?"""
    return k >= 2 and low[k - 1] == "have" and low[k - 2] in _MODALS and k < len(low) and low[k] in _FINITE


def _conditional(low: list[str]) -> bool:
    """A condition or a power among the words before a phrase, in its own clause."""
    return not _CONDITIONAL.isdisjoint(low[_own_clause(low):])


def _hypothetical(words: list[str], low: list[str], facing_ok: bool | str = False) -> bool:
    """Is the outcome only a possibility here? ("could face dismissal"); "will face no action" is
    a decision, though. `words`: words_before(text, pos, 7, 70) as written and lowered
    (`_words_before_phrase`)."""
    if facing_ok == "participle":
        # "a sergeant facing allegations of bullying retired": what the subject faced, not a doubt
        keep = [k for k, w in enumerate(low) if w != "facing"]
        words, low = [words[k] for k in keep], [low[k] for k in keep]
    elif facing_ok:
        # "was told he would face no further action": reported speech of "will face" (and "said
        # it would take no action against the second constable", of "will take")
        keep = [k for k, w in enumerate(low) if w not in ("face", "faces", "facing", "will")
                and not (w == "would" and low[k + 1:k + 2] in (["face"], ["take"]))]
        words, low = [words[k] for k in keep], [low[k] for k in keep]
    k = _own_clause(low)
    words, low = words[k:], low[k:]
    return has_cue_in(_without_may(words, low), _HYP_WORDS, _HYP_PAIRS)


def _without_may(words: list[str], low: list[str]) -> list[str]:
    """`low` without the month: "May" written with a capital mid-sentence is not a doubt."""
    return [w for w, written in zip(low, words) if written != "May"] if "May" in words else low


# "decided that no further action should be taken": the decision, not a doubt about it
_DECIDED_SHOULD = re.compile(r"\s+should\s+be\s+(?:taken|imposed|given|applied)\b")  # lower-case


# ("The report found that the inspector had acted reasonably …, and that no action should be taken")
_DECIDED_BEFORE = re.compile(r"\b(?:ruled|decided|concluded|determined|agreed|directed|ordered|found|recommended)\s+that\b"
                             r"[^.;]{0,160}$")  # lower-case


# "agreed that the matter would be dealt with through", "confirmed she would receive"
_DECIDED_WOULD = re.compile(r"\b(?:ruled|decided|determined|agreed|directed|ordered|confirmed|announced),?\s+(?:that\s+)?"
                            r"[^.;:]{0,100}?\bwould\s+(?:[\w-]+\s+){0,4}$")  # lower-case
_CONDITION_AFTER = re.compile(r"[^.;]{0,80}\b(?:if|unless|should\s+(?:he|she|they))\b")  # lower-case


_WOULD_HAVE_HAD = re.compile(r"\bwould\s+(?:also\s+|otherwise\s+)?have\s+had\s+(?:a\s+)?$")  # lower-case
_DENIED_CASE = re.compile(r"(?:\b(?:neither|none|nor|not|never)\b|n't\b)(?:(?!whether|\bif\b)[^,.;:]){0,40}$")  # lower-case


_TALLY_BEFORE = re.compile(r"(?:^|[\s:;(])\d{1,4} $")
_CALLED_SO_BEFORE = re.compile(r"\bwhat\s+(?:[\w-]+\s+){0,2}(?:called|calls|described\s+as|dubbed|jokingly\s+called)\s+(?:a\s+|an\s+|the\s+)?$")  # lower-case
_GERUND_BEFORE = re.compile(r"(?:^|[.!?:\"“‘'\n]\s*)being\s+$")  # lower-case
_GERUND_VERB_AFTER = re.compile(r"(?:\s+[a-z-]+){0,3}?\s+(?:sounds|is|was|would|means|feels|seems|can|could)\b")  # lower-case
# officers in general, by what they did: "the service of officers who retired or left the force"
_HONOURED_WHO = re.compile(r"\b(?:of|for|to|honouring|thanked|all|those)\s+(?:police\s+)?(?:officers|staff|colleagues|members)\s+"
                           r"(?:and\s+staff\s+)?who\s+(?:have\s+|had\s+)?(?:\w+\s+or\s+)?$")  # lower-case
_CASES_WHERE = re.compile(r"\bcases\s+(?:where|in\s+which)\s+(?:the|an?)\s+(?:[\w-]+\s+)?(?:officers?|constables?|member\s+of\s+staff)\s+"
                          r"(?:had\s+|has\s+)?$")  # lower-case
_GENERIC_DETERMINERS = ("every ", "any ", "each ", "no ")  # one is in every _GENERIC_WHO match


_GENERIC_WHO = re.compile(r"\b(?:every|any|each|no)\s+(?:[\w-]+\s+)?(?:officers?|constables?|member\s+of\s+staff)\s+"
                          r"(?:who|that)\s+(?:\w+\s+){0,3}$")  # lower-case


_GENERIC_AFTER = re.compile(r"\s+(?:is|are)\s+(?:normally\s+|usually\s+|generally\s+)?(?:expected|the\s+(?:usual|normal|expected))\s+"
                            r"(?:where|when|if|for|in\s+cases?)\b|"
                            # "by the dismissal figures", "the dismissal rate": a count of them
                            r"\s+(?:figures?|statistics|rates?|numbers|totals?|data|tally)\b")  # lower-case


_CALLED_FOR = re.compile(r"\b(?:call(?:s|ed|ing)?|demand(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?|"
                         r"urg(?:e|es|ed|ing)|campaign(?:s|ed|ing)?|ask(?:s|ed|ing)?|appl(?:y|ies|ied|ying))\s+for\s+(?:[\w’'-]+\s+){1,4}"
                         r"to\s+be\s+$")  # lower-case


# "his barrister submitted that there was no case to answer": an argument, not a finding
_ARGUED_THAT = re.compile(r"\b(?:submitted|argued|contended|claimed|maintained|insisted|suggested)\s+that\s+"
                          r"(?:there\s+(?:was|were|is)\s+|(?:he|she|they)\s+(?:had|has|should|deserved)\s+(?:been\s+)?)?(?:a\s+|an\s+|no\s+)?$")  # lower-case


# One of these is among the seven words before every phrase _CALLED_FOR, _WEIGHED_BEFORE or
# _ARGUED_THAT find (the three scans cost about 30 µs an article when tried at every phrase)
_WEIGHED_CUES = frozenset("""for justify justified justifies warrant warranted warrants merit merited available
    sanction sanctions submitted argued contended claimed maintained insisted suggested""".split())


_USUAL_WORDS = ("usual", "normal", "typical", "likely", "expected", "presumptive", "standard")
_USUAL_OUTCOME = re.compile(r"\b(?:usual|normal|typical|likely|expected|presumptive|standard)\s+(?:outcome|sanction|"
                            r"penalty|result|consequence)\b[^.;]{0,50}\b(?:is|was|would\s+be|will\s+be)\s+(?:a\s+|an\s+)?$")  # lower-case
_WEIGHED_BEFORE = re.compile(r"(?:\b(?:justify|justified|justifies|warrant|warranted|warrants|merit|merited)|"
                             r"\bavailable\b[^.;]{0,40}\binclude[sd]?|\bsanctions?\s+(?:open|available)\s+to\b[^.;]{0,40})"
                             r"\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+)?$")  # lower-case


_RULE_WORDS = ("after a", "once a", "until a", "before a", "if a", "when a", " any ")


_RULE_BEFORE = re.compile(r"\b(?:after|once|until|before|if|when)\s+(?:a|an|any)\s+(?:[\w-]+\s+){1,2}(?:has|have|is)\s+"
                          r"(?:been\s+)?(?:\w+\s+(?:or|and)\s+)?$")  # lower-case


_ACCUSED_OF = re.compile(r"\b(?:accused\s+of|allegations?\s+of|alleged|suspected\s+of|charged\s+with)\s+(?:\w+\s+)?$")  # lower-case


# "The Ombudsman recommended, and the PSNI agreed, that the sergeant should receive management
# action": a recommendation carried out is the outcome, though worded as "should".
_ACCEPTED = re.compile(r"recommend\w*[^.;]{0,80}\b(?:agreed|accepted|accepts|agrees|implemented|upheld)\b|"
                       r"\b(?:agreed|accepted|accepts|agrees)\b[^.;]{0,60}recommend")  # lower-case


def _recommendation_accepted(low: str, pos: int, end: int) -> bool:
    lo = max(low.rfind(". ", 0, pos), low.rfind("\n", 0, pos), pos - 200, 0)
    if "recommend" not in low[lo:pos]:
        return False
    # "recommended management action for the sergeant, which the PSNI has since carried out"
    return bool(_ACCEPTED.search(low, lo, pos)) or bool(_CARRIED_OUT_AFTER.match(low, end))


# (or "…, and the PSNI has accepted the recommendation")
# (or "…; the PSNI has agreed")
_CARRIED_OUT_AFTER = re.compile(r"[^.;]{0,80}?(?:,\s*which|,?\s+and|;)\s+(?:the\s+)?[^.;,]{0,40}?(?<!not\s)(?:since\s+)?"
                                r"(?:carried\s+out|implemented|delivered|administered|completed|accepted|agreed(?:\s+to)?)\b")  # lower-case


# "A former detective who claimed for hours she did not work would have been dismissed": the
# negation ends with its clause's verb, right before the phrase
_NOT_VERB_BEFORE = re.compile(r"\b(?:did|does|do|had|has|was|were)\s+not\s+[a-z]+\s+$")  # lower-case
_CANNOT_BE = re.compile(r"\b(?:cannot|can't|can’t|can\s+not|could\s+not|couldn't|couldn’t)\s+be\s+$")  # lower-case


def doubt(text: str, low: str, s: int, e: int, oid: str | None, fid: str | None,
          phrase: str) -> tuple[str | None, str | None, bool, bool]:
    """(outcome, finding, negated, hypothetical) of the outcome phrase `phrase` at [s, e) of
    `text` (`low`: lower_ascii(text)), from the words around it; a case to answer denied
    becomes no case to answer."""
    negation_words, words, low_words = _words_before_phrase(text, s)
    if text.find(", wh", max(0, s - 100), s) >= 0:
        aside = _ASIDE_BEFORE.search(text, max(0, s - 100), s)
        if aside is not None:
            # "A Kent officer, who cannot be named for legal reasons, was dismissed": the
            # aside's words are not the sentence's doubt
            words = low_words = negation_words
    if _VERB_AFTER_ASIDE.search(text, max(0, s - 40), s):
        # "A constable whose name was withheld, after it heard that naming the officer would pose a
        # risk to their health, was given a final written warning": the aside's words are not the
        # sentence's doubt, when its verb follows the comma
        words = low_words = negation_words
    q = max(text.rfind("”", max(0, s - 70), s), text.rfind('"', max(0, s - 70), s))
    if q >= 0:
        # 'had told PC X to "get there as quick as you can", received a written warning': the
        # words a quotation holds are not the sentence's doubt
        words = _WORD.findall(text, q + 1, s)[-7:]
        low_words = lowered(words)
    if _CLOSED_SUBORDINATE.search(low, max(0, s - 100), s):
        # "A sergeant who retired in May, before her hearing could be held, would have been
        # dismissed": the closed clause's modal is the hearing's
        words = low_words = negation_words
    # ("retired before the hearing could take place": the modal is the hearing's, not the retirement's)
    negated = is_negated(text, low, s, negation_words) or (
        _UNDONE_AFTER.match(text, e) is not None and " before " not in phrase and not (
            _DECIDED_SHOULD.match(low, e) and _DECIDED_BEFORE.search(low, max(0, s - 180), s))
        and not (oid == "no_action" and _WOULD_BE_TAKEN.match(low, e)))
    if oid == "pending" and not negated and _CANNOT_BE.search(low, max(0, s - 20), s):
        negated = True  # "Councillors cannot be suspended for breaching the code": no one was
    # "would also have had a case to answer, … He retired in June": no proceedings to come
    would_have_had = oid == "pending" and phrase == "case to answer" and \
        _WOULD_HAVE_HAD.search(low, max(0, s - 40), s) is not None
    if not would_have_had and oid == "pending" and phrase == "case to answer" and \
            _DENIED_CASE.search(low, max(0, s - 60), s):
        # "neither had a case to answer", "did not have a case to answer": no case to answer
        oid, fid, negated = "no_case_to_answer", "no_case_to_answer", False
    if oid == "would_have_been_dismissed":
        # the phrase's own "would" is no doubt; "if the allegations are proven, a panel can
        # rule that he would have been dismissed" is
        hypothetical = _conditional(_without_may(words, low_words))
        negated = negated and "not" in text[max(0, s - 15):s] and not _NOT_VERB_BEFORE.search(low, max(0, s - 40), s)
    else:
        hypothetical = oid != "pending" and \
            _hypothetical(words, low_words, facing_ok=oid in ("no_action", "no_case_to_answer")
                          or (oid in ("retired", "resigned") and "participle")) and \
            not _recommendation_accepted(low, s, e)
        if hypothetical and "should" in low_words and _RULED_SHOULD.search(low, max(0, s - 140), s):
            hypothetical = False  # "the panel ruled that PC X should be dismissed": a decision
        elif hypothetical and oid == "no_action" and _DECIDED_SHOULD.match(low, e) and \
                _DECIDED_BEFORE.search(low, max(0, s - 180), s):
            hypothetical = False  # "… recommended that no action should be taken against him"
        elif hypothetical and "must" in low_words and _MUST_UNDERGO.search(text, max(0, s - 60), s):
            hypothetical = False  # "She must undergo reflective practice": what was directed
        elif hypothetical and "would" in low_words and _DECIDED_WOULD.search(low, max(0, s - 160), s) and \
                not _CONDITION_AFTER.match(low, e) and not _hypothetical(
                    [w for w in words if w != "would"], [w for w in low_words if w != "would"]):
            # "the force agreed that the matter would be dealt with through reflective practice":
            # a decision's "will", put in reported speech
            hypothetical = False
        hypothetical = hypothetical or would_have_had
    if not hypothetical and not _WEIGHED_CUES.isdisjoint(low_words) and (
            "for" in low_words and _CALLED_FOR.search(low, max(0, s - 80), s)
            or _WEIGHED_BEFORE.search(low, max(0, s - 60), s)
            or _ARGUED_THAT.search(low, max(0, s - 60), s)):
        # "had called for the officer to be sacked": what someone wanted; "serious enough to
        # justify dismissal", "the sanctions available to the panel include dismissal"
        hypothetical = True
    if not hypothetical and contains_any(low, _RULE_WORDS, max(0, s - 70), s) and \
            _RULE_BEFORE.search(low, max(0, s - 70), s):
        hypothetical = True  # "proceedings can continue after an officer has resigned": a rule
    if not hypothetical and (contains_any(low, _GENERIC_DETERMINERS, max(0, s - 60), s)
                             and _GENERIC_WHO.search(low, max(0, s - 60), s)
                             or _GENERIC_AFTER.match(low, e)):
        hypothetical = True  # "every officer who received a final written warning", "dismissal is expected where …"
    if not hypothetical and low.find("case", max(0, s - 40), s) >= 0 and _CASES_WHERE.search(low, max(0, s - 40), s):
        hypothetical = True  # "9 cases where the officer resigned before a hearing": what cases are counted
    if not hypothetical and contains_any(low, _USUAL_WORDS, max(0, s - 80), s) and \
            _USUAL_OUTCOME.search(low, max(0, s - 80), s):
        hypothetical = True  # "at which the usual outcome for an offence of this kind is dismissal": a rule
    if oid is None and not hypothetical and _ACCUSED_OF.search(low, max(0, s - 40), s):
        hypothetical = True  # "an officer accused of gross misconduct": alleged, not found
    if not hypothetical and s and low[s - 1] == " " and _TALLY_BEFORE.search(low, max(0, s - 8), s):
        hypothetical = True  # "Totals: 2 dismissed, 1 reduction in rank": a count of outcomes, no one's
    if not hypothetical and _CALLED_SO_BEFORE.search(low, max(0, s - 40), s):
        hypothetical = True  # "she was given what one judge called a final warning": a word for something else
    if not hypothetical and _GERUND_BEFORE.search(low, max(0, s - 8), s) and _GERUND_VERB_AFTER.match(low, e):
        hypothetical = True  # "Being demoted sounds dramatic, but …": what it is, not what happened
    if not hypothetical and low.find(" than ", max(0, s - 14), s) >= 0 and _COMPARED_WITH.search(low, max(0, s - 60), s):
        hypothetical = True  # "a warning given fairly did more good than a sacking given carelessly": a comparison
    if not hypothetical and s and text[s].isupper() and text[s + 1:e].isupper() and _shouted_heading(text, s):
        hypothetical = True  # a live blog's "16:05 DISMISSED." or "INSPECTOR DEMOTED": the text below tells whose
    if not hypothetical and _TO_A_BODY.search(low, max(0, s - 50), s):
        hypothetical = True  # "The tribunal also issued the club with a final warning": a body's, no officer's
    if not hypothetical and _DONE_TO_OTHERS.match(low, e) and _WHICH_BEFORE.search(low, max(0, s - 12), s):
        hypothetical = True  # "he sat on disciplinary boards that dismissed officers and cleared others": no one's
    if not hypothetical and oid in ("retired", "resigned") and _HONOURED_WHO.search(low, max(0, s - 70), s):
        hypothetical = True  # "marked the service of officers who retired or left the force during the year"
    if not hypothetical and oid is not None:
        # (a finding alone keeps its words: "If proven, this would amount to a breach of … honesty
        # and integrity" is what a hearing notice alleges, which the case's standards show)
        hypothetical = _conditioned(low, s, oid)
    return oid, fid, negated, hypothetical


# a sanction done by a body to officers in general: "boards that dismissed officers", "panels which
# sacked constables" (lower-case)
# what a sanction is weighed against, not given: "more good than a sacking", "better than dismissal"
# (not "no more than a written warning", which was given) (lower-case)
_COMPARED_WITH = re.compile(r"(?<!\bno )(?<!\bnothing )(?<!\blittle )\b(?:more|less|better|worse|fairer|harsher)\s+"
                            r"(?:[a-z]+\s+){0,3}?than\s+(?:a\s+|an\s+|the\s+)?$")
def _shouted_heading(text: str, s: int) -> bool:
    """Is the phrase at `s` in a short line (or a line's first sentence) of capitals below the
    first line (a heading in the body, "DISMISSED. The chair says …")?"""
    start = text.rfind("\n", 0, s) + 1
    if start == 0:
        return False  # the headline
    end = text.find("\n", s)
    line = text[start:end if end >= 0 else len(text)]
    stop = line.find(". ", s - start)
    head = line if stop < 0 else line[:stop + 1]
    return len(head) <= 60 and head.isupper()


# a sanction given to a body, not a person (lower-case)
_TO_A_BODY = re.compile(r"\b(?:issued|gave|given|handed|served)\s+(?:the|a|an|its|their)\s+(?:[a-z]+\s+)?"
                        r"(?:club|team|side|company|firm|school|council|business|pub|landlord|organisation|organization|"
                        r"charity|society|league)\s+(?:with\s+)?(?:a|an)\s+$")
_WHICH_BEFORE = re.compile(r"\b(?:that|which)\s+(?:had\s+|have\s+|often\s+|also\s+)?$")
_DONE_TO_OTHERS = re.compile(r"\s+(?:officers|constables|colleagues|staff|people|others)\b")


def _conditioned(low: str, s: int, oid: str | None) -> bool:
    """In a sentence that opens with a condition, is the outcome at `s` only possible? Inside the
    condition always ("If a hearing finds that a former officer would have been dismissed, they
    will be barred"); after it, unless the panel's own "would have been dismissed" ("If he had not
    resigned, he would have been dismissed"). And "Dismissals include findings that an officer
    would have been dismissed": what a figure counts."""
    start = max(low.rfind(". ", 0, s), low.rfind("\n", 0, s), low.rfind("? ", 0, s)) + 1
    head = low[start:start + 8].lstrip(" \"'“‘")
    if head.startswith(("if ", "where ", "unless ")):
        if low.find(",", start, s) < 0:
            return True
        if oid != "would_have_been_dismissed" and _PRESENT_OR_MODAL.search(low, start, s):
            return True  # "If the chair decides …, the constable is dismissed", "… it can deal with it … from reflective practice"
    return _INCLUDES_FINDINGS.search(low, max(0, s - 60), s) is not None


_PRESENT_OR_MODAL = re.compile(r",[^.;:]*\b(?:is|are|can|could|may|might|will|would|must)\b")  # lower-case
_INCLUDES_FINDINGS = re.compile(r"\b(?:include|includes|including|included)\s+(?:findings?|cases?|decisions?)\s+"
                                r"(?:that|where|in\s+which)\b[^.;]*$")  # lower-case
