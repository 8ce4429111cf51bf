"""The assembler's walk: sentence by sentence, keeping a *focus* (the officer the narrative is
about), finding whom each sentence refers to and giving them its outcome phrases.
"""
from __future__ import annotations

import re

from ...model import Case
from ..lookback import lowered, words_before
from ..outcomes import SEVERITY, OutcomeMention
from ..people import Person
from ..ranks import POLICE_NOUNS
from ..trie import contains_any, lower_ascii
from ..unnamed import opens_clause
from ..words import PRONOUN_GENDER, SPEECH_ONLY
from .case_force import _force_key
from .assign import (
    _GENERIC_SENT, _RELATIVE_ASIDE, _assign, _civilian_named, _in_nouns_relative, _in_others_relative, _other_officers,
    _sentence_text, _someone_else, _subject_may_be_officer,
)
from .build import _build, _left_and_complained, _misconduct_context
from .context import Context, Target, _NOTHING, reports_misconduct
from .layout import _opens_paragraph, _section_heading
from .patterns import _NAMED_AS_WORDS
from .referents import (
    _APPOSITION_BEFORE, _NOT_RANKS, _WHICH_ONE, _appositive_owner, _by_noun, _by_rank, _demonstrated, _first_described,
    _police_nearby, _rank_class, _rank_fits,
)


# "the hearing for Inspector Jo Bloggs", "allegations against PC Bloggs", "the conduct of Sgt Bloggs",
# "among the cases is that of Jo Bloggs": the proceedings' subject
_PROCEEDING_FOR = re.compile(r"\b(?:hearing|meeting|investigation|case|allegations?|proceedings|complaints?|charges?|"
                             r"conduct|behaviou?r|actions|suspension|dismissal|sacking|demotion)\s+"
                             r"(?:for|into|against|of)\b|\bpart\s+of\b|\b(?:proven|proved|upheld|found)\s+against\b|\bthat\s+of\b")
# "PC Strand's conduct amounted to gross misconduct": a possessive that names what the officer
# did makes them the sentence's subject, unlike "PC Strand's lawyer said".
_OWN_DOING = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:conduct|behaviou?r|actions?|comments?|messages?|posts?|remarks?|"
                        r"failures?|dishonesty|lies|use|treatment|handling|relationship|offending|misconduct|notes|statements?|accounts?|"
                        r"access|dismissal|sacking|demotion|work|performance|response|decisions?|driving|searches)\b")
# "Staffs Police said Jo Bloggs had been suspended": the one reported about, not a speaker ("…,
# said Jo Bloggs.")
_REPORTED_VERB_AFTER = re.compile(r"\s+(?:had|has|was|were|is|would|will|could|should|did|must|may|might)\b")
_KIN_AFTER = re.compile(r"['’]s\s+(?:\w+\s+)?(?:mother|father|parents|family|wife|husband|partner|son|daughter|brother|"
                        r"sister|widow|widower|relatives?|lawyer|solicitor|barrister|friends?)\b")
_OFFICERS_WHO = re.compile(rf"\b(?:{POLICE_NOUNS})\s+(?:who|that)\s+(?:had\s+|have\s+)?[a-z]+\s+$", re.I)
_NOT_CASE_WORDS = frozenset("by from to with of for told against about like than".split())

_ANAPHORIC = re.compile(r"^\W*(?:they|these|those|others|this|examples|cases|among\s+them|among\s+those)\s+"
                        r"(?:\w+\s+){0,1}(?:include|included|includes|were|are|involved|involve)\b", re.I)

_SAYS_AFTER = re.compile(r"(?:,[^.;]{0,90}?,|,(?=\s+said\s+(?:he|she|they)\b))?\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+|yesterday\s+|today\s+)?(?:"
                         + "|".join(sorted(SPEECH_ONLY)) + r")\b(?!\s+(?:with|to\s+(?:the|a|an|his|her)|on)\b)"
                         r"(?!(?<=claimed)\s+(?:mileage|expenses|overtime|benefits?|sick|money|payments?|compensation|£|\d))"
                         r"|['’]s\b")
# (not "replied with a laughing emoji", "responded to the message", "claimed mileage for journeys
# he did not make": doing, not speaking)

_NAMED_AS = re.compile(r"\b(?:has\s+been\s+|was\s+|is\s+|were\s+|been\s+)?(?:named|identified)\s+as\s+")
_LEAD_PRONOUN = re.compile(r"\W*(?:\w+\s+){0,3}?(He|She|he|she)\b")

_PLURAL_LEAD = re.compile(r"\W*(?:Both(?:\s+officers|\s+men|\s+women|\s+of\s+them)?|The\s+pair|The\s+two(?:\s+officers|\s+constables|"
                          r"\s+men|\s+women)?|They)\s+(?:were|was|have|had|are|will|each|also|received|admitted|denied)\b")

_REPORTED_THAT = re.compile(r"\b(?:told|warned|informed|heard|said|alerted)\b[^.;]{0,60}?\bthat\b")  # lower-case
_REPORTING_VERBS = ("told", "warned", "informed", "heard", "said", "alerted")  # tested first: a cheap find

_COPULA_BEFORE = re.compile(r"\b(?:who|which)\s+(?:was|is|had\s+been|has\s+been)\s+$")  # lower-case
_RULING_VERBS = ("ruled", "decided", "concluded", "determined", "directed", "ordered")  # one is in every _RULED_THAT
_RULED_THAT = re.compile(r"\b(?:ruled|decided|concluded|determined|directed|ordered)\s+that\s+(?:[^.;]{0,60}?\s)?"
                         r"(?:he|she|his|her)\b")  # lower-case
_LEARNT_OF = re.compile(r"\b(?:informed|told|notified|aware|briefed|advised)\s+(?:of|about)\s+(?:the|this|that)\s+$")  # lower-case
_TOLD_OWN_FATE = re.compile(r"(?:,?\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,4}?(?=\w+\s+(?:he|she|they)\b)\w+)?"
                            r",?\s+(?:that\s+)?(?:he|she|they)\s+(?:will|would|had|has|was|is|must)\b")
# "The panel found that they had raised concerns …, and each was given a written warning"
_GROUP_WITHIN = re.compile(r"\b(?:found|ruled|concluded|decided|accepted)\s+that\s+they\b|"
                           r"\beach\s+(?:was|were|received|got|has|had)\b")  # lower-case
_WHO_HIS = re.compile(r"\s+who\s+[^.;]{0,80}\b(?:his|her)\s+(?:request|instruction|behest|direction|orders?)\b|"
                      r"\s+who\s+[^.;]{0,60}\bfor\s+(?:him|her)\b")  # lower-case
_STAFF_WORDS = ("detention officer", "call handler", "staff", "employee")  # in a _BACK_REFERENCE: police staff, by what they are called
_OF_RANK = re.compile(r" of (?:the )?(?:[A-Za-z.-]+ ){0,3}")  # "the suspension of head constable …"
# "the former's conduct", "the latter, who had joined …", "the latter was warned"; not "the
# former officer" (someone who has left the force)
_FORMER_LATTER = re.compile(r"\bthe\s+(former|latter)(?=['’]s\b|\s*[,;.]|\s+(?:was|were|had|has|is|received|"
                            r"got|who|also|too|should|would|will|did|admitted|denied|resigned|retired)\b)")  # lower-case
# what an officer who saw it did: "… at the briefing reported it to the professional standards
# department", "… raised concerns"; and what a witness did: "A PC who arrested him gave evidence"
_REPORTED_IT = re.compile(r"(?:\s+(?:at|in|on|from|with|who\s+was\s+at)\s+(?:the\s+|a\s+)?[a-z]+(?:\s+[a-z]+)?|"
                          r"\s+who\s+[a-z]+(?:\s+[a-z]+){0,3})?,?\s+"
                          r"(?:reported\s+(?:it|him|her|them|the|this|what)|raised\s+(?:concerns|the\s+alarm)|"
                          r"complained|blew\s+the\s+whistle|alerted|gave\s+evidence|testified)\b")  # lower-case
# a description that is only an owner: "the sergeant's", "the special sergeant's driving"
_OWNER_AFTER = re.compile(r"(?: [a-z]+)?['’]s\b")
_FINDING_THAT = re.compile(r"\b(?:findings?|cases?|decisions?)\s+(?:that|where|in\s+which)\s+$")  # lower-case
_POSING_AS = re.compile(r"\b(?:said\s+(?:he|she)\s+was|claimed\s+to\s+be|claiming\s+to\s+be|posing\s+as|posed\s+as|"
                        r"pretending\s+to\s+be|pretended\s+to\s+be|calling\s+(?:himself|herself)|introduced\s+"
                        r"(?:himself|herself)\s+as)\s+(?:(?:his|her|their)\s+[a-z]+,\s+)?$")  # lower-case
_OBJECT_VERB_BEFORE = re.compile(r"\b(?:called|punched|hit|struck|kicked|abused|harassed|insulted|mocked|bullied|"
                                 r"threatened|assaulted|touched|groped|messaged|texted|targeted|pushed|slapped)\s+$")  # lower-case
# "We also investigated the actions of a custody sergeant …": someone the story now tells of
_INVESTIGATED_BEFORE = re.compile(r"\binvestigated\s+(?:the\s+(?:actions|conduct|role|behaviour|decisions)\s+of\s+)?$")  # lower-case
_OBJECT_AFTER = re.compile(r"\s+(him|her|them)\b(?!self|selves)")  # lower-case


def assemble(ctx: Context) -> list[Case]:
    if not reports_misconduct(ctx.narrative()):
        return []
    targets: dict[tuple, Target] = {}
    chairs: set[int] = ctx.chairs
    focus: Target | None = None
    recent: list[Target] = []        # officers the story has been about, most recent last
    mentioned: list[Target] = []     # every officer mentioned, witnesses too, most recent last
    last_person: dict[str, Person] = {}   # by gender: the person last named, police or not
    last_pos: dict[str, int] = {}
    prev_outcome: OutcomeMention | None = None
    pair: list[Target] = []          # officers the last sentence named together ("PC A and PC B")
    together: list[Target] = []      # the officers of the last sentence that had any
    text = ctx.text
    named_as_sents = ctx.matching(_NAMED_AS_WORDS)
    impostors: set[int] = set()      # people only claimed to be officers, by whoever called themselves so

    for sent in ctx.sents:
        s_lo, s_hi = sent.start, sent.end
        if ctx.within_quote(s_lo, s_hi):
            continue  # someone's quoted words: not the narrative of who got what
        refs: list[tuple[int, Target]] = []
        speaking: set[int] = set()   # people this sentence only reports as saying something
        held = ctx.by_sent.get(sent.index, _NOTHING)  # what the sentence holds, as in Context.in_sent
        pron = _LEAD_PRONOUN.match(text, s_lo, s_hi)
        if not held and pron is None:
            continue  # a third of sentences: nobody in them, nothing to give anyone (changes nothing below)
        for m in held.get("mentions", ()):
            if ctx.in_quote(m.start, attributed_only=True):
                continue
            p = ctx.people[m.entity]
            if p.id in impostors or _POSING_AS.search(ctx.low, max(s_lo, m.title_start - 50), m.title_start):
                impostors.add(p.id)  # "a man who said he was Detective Constable Jo Bloggs": no officer
                continue
            # ("The first officer … told Mr X …. He was given a final written warning": X, an
            # object in the officer's sentence, is not who "he" is; a subject since may be)
            if last_person.get(p.gender) is not p or opens_clause(text, m.title_start, s_lo):
                for g in ((p.gender,) if p.gender else ("male", "female")):
                    last_person[g] = p
                    last_pos[g] = m.start
            t = targets.get(("p", p.id))
            if t is None:
                t = targets[("p", p.id)] = Target(("p", p.id), m.start, person=p)
            t.sentences.add(sent.index)
            if p.id in chairs or p.id in ctx.panel:
                t.chair = True
                continue
            if p.role in ("officer", "pcso", "special_constable", "staff") and not (m.civil and not m.rank and not t.police):
                t.police = True
            if not t.police and _police_nearby(text, m, s_hi, s_lo):
                t.police = True
            lo = max(s_lo, m.title_start - 30)
            lo = max(lo, text.rfind(",", lo, m.title_start) + 1)  # "…for the inquiry, Philip Naylor": the comma ends it
            prev = lowered(words_before(text, m.title_start, 3, m.title_start - lo))
            # "has told Sgt X he will be reduced in rank": the news is X's own, though X was told
            told_own = prev[-1:] == ["told"] and _TOLD_OWN_FATE.match(text, m.end) is not None
            if not _NOT_CASE_WORDS.isdisjoint(prev) and not _PROCEEDING_FOR.search(" ".join(prev)) and not told_own:
                if t.police and p.rank:
                    # "two colleagues had told Sergeant Jo Bloggs …. The sergeant was demoted": only
                    # remembered, so that the officer of that rank is found again
                    if t in mentioned:
                        mentioned.remove(t)
                    mentioned.append(t)
                continue
            if ("who" in prev or "that" in prev) and not t.police and \
                    _OFFICERS_WHO.search(text, max(s_lo, m.title_start - 50), m.title_start):
                continue  # "Both officers who restrained Mr X were served notices": X is their object
            if text.startswith("s ", m.end + 1) and _KIN_AFTER.match(text, m.end):
                continue  # "Mr X's mother, Jo X, said …": about someone else, not X
            if (_SAYS_AFTER.match(text, m.end) and not _OWN_DOING.match(text, m.end)) or \
                    (prev and prev[-1] in SPEECH_ONLY and not _REPORTED_VERB_AFTER.match(text, m.end) and not told_own):
                speaking.add(id(t))
            else:
                t.narrative = True
            refs.append((m.title_start, t))
        for i, np in held.get("unnamed", ()):
            if _FINDING_THAT.search(ctx.low, max(s_lo, np.start - 30), np.start) and ctx.statistics(sent):
                continue  # "9 per cent led to a finding that an officer had a case to answer": any officer
            owner = _appositive_owner(ctx, np)
            if owner is not None:
                ot = targets.get(("p", owner))
                if ot is not None:
                    ot.police = True
                    if np.force is not None:
                        ot.forces.append((np.force, 3.0))
                continue
            if np.count == 2 and ctx.low.startswith("both ", np.start) and \
                    not ctx.in_quote(np.start, attributed_only=True):
                # "The hearing found gross misconduct proved against both officers": the two named
                # officers the story has met, when it has met just two
                named = _named_officers(mentioned)
                if len(named) == 2:
                    for t in named:
                        _refer(refs, np.start, t, sent)
                    continue
            if np.count > 1 and ctx.low.endswith("the ", 0, np.start) and \
                    not ctx.in_quote(np.start, attributed_only=True):
                # "Two officers recorded checks …. no further action in respect of the two
                # constables": the group of that number met before
                back = next((t for t in reversed(mentioned) if t.np is not None and t.np.count == np.count), None)
                if back is not None and sum(1 for t in mentioned if t.person is not None and t.police
                                            and t.first > back.np.start) < np.count:
                    # (not when officers named since are that many: "the two constables" is them)
                    refs.append((np.start, back))
                    back.sentences.add(sent.index)
                    # the subject of a sentence now ("The two arresting officers have no case to answer")
                    back.demonstrated = back.demonstrated or opens_clause(ctx.text, np.start - 4)
                    continue
            if np.count > 1 and (np.force is None and ctx.statistics(sent) or ctx.cites_figures(sent)):
                # "Of the officers who faced hearings, 12 were dismissed and seven former officers
                # were found …": a count among counts, not a group the story tells of; and "Four
                # Dorset Police officers were dismissed …, according to the force's annual report"
                continue
            if np.weak:
                # an officer in the object of a sentence ("a colleague told a sergeant"): only
                # remembered, so that "That sergeant … received a written warning" finds them
                key = ("c", np.code) if np.code else ("u", i)
                t = targets.setdefault(key, Target(key, np.start, np=np, police=True))
                if np.force is not None:
                    t.forces.append((np.force, 3.0))
                if t in mentioned:
                    mentioned.remove(t)
                mentioned.append(t)
                continue
            if not ctx.in_quote(np.start, attributed_only=True):
                key = ("c", np.code) if np.code else ("u", i)  # "Officer A" is one officer throughout
                t = targets.setdefault(key, Target(key, np.start, np=np, police=True))
                if ctx.low.startswith(("his ", "her "), np.start):
                    # "PC Jo Bloggs … His sergeant …": of Bloggs's force, unless said
                    last = last_person.get(PRONOUN_GENDER[ctx.low[np.start:np.start + 3]])
                    owner = targets.get(("p", last.id)) if last is not None else None
                    t.owner = owner if owner is not None and owner.police else None
                t.sentences.add(sent.index)
                if np.force is not None:
                    t.forces.append((np.force, 3.0))
                refs.append((np.start, t))
        for dm in held.get("demonstratives", ()):
            # "That member of staff was referred …": the unnamed officer just mentioned (a named
            # one would be called by name), of the rank the words give
            if mentioned and not ctx.in_quote(dm.start(), attributed_only=True):
                back = _demonstrated(dm.group(), mentioned)
                _refer(refs, dm.start(), back, sent)
        for at, f in held.get("force_descriptions", ()):
            # "… one BTP constable struck him …. A Metropolitan Police constable … stepped in. …
            # found that the BTP constable had a case to answer": the one of that force met before
            if not ctx.in_quote(at, attributed_only=True):
                key = _force_key(f)
                of_force = [t for t in mentioned if t.np is not None and t.np.count == 1
                            and any(_force_key(g) == key for g, _ in t.forces)]
                if of_force and len({id(t) for t in mentioned if t.np is not None and t.np.count == 1}) > len(of_force):
                    _refer(refs, at, of_force[-1], sent)
        for dm in held.get("descriptions", ()):
            if dm.group().endswith(" officer") and len(dm.group()) <= 11 and ctx.statistics(sent):
                # "1,107 hearings, of which 41 per cent ended in dismissal or a finding that the
                # officer would have been dismissed": any officer, not the one met before
                continue
            if _COPULA_BEFORE.search(ctx.low, max(s_lo, dm.start() - 20), dm.start()):
                continue  # "PC X, who was the supervising officer, …": X again, said what X was
            if _OWNER_AFTER.match(text, dm.end()) and refs and \
                    ctx.low.find(" who ", refs[-1][0], dm.start()) >= 0 and not _OWN_DOING.match(text, dm.end()):
                # "The constable who … did not challenge the sergeant's instruction received a
                # written warning": in another's relative clause, and only an owner
                continue
            if not ctx.in_quote(dm.start(), attributed_only=True):
                # "the sergeant" is the officer of that rank just mentioned, if the focus is not one
                staff = next((w for w in _STAFF_WORDS if w in dm.group()), None)
                if staff is not None and not ctx.low.endswith(("and ", "or "), 0, dm.start()):
                    # "the detention officer", "the member of staff": no rank to tell them by, and
                    # not the officer the story is about; whoever it last called so (but "the two
                    # officers and the detention officer have no case to answer" is one group)
                    who = _by_noun(ctx, staff, mentioned)
                    if who is not None:
                        _refer(refs, dm.start(), who, sent)
                        continue
                if dm.group().endswith(_NOT_RANKS) or "probationary" in dm.group():
                    # ("the probationary constable" is the one the story called so, not any constable)
                    who = _by_noun(ctx, "probation" if "probationary" in dm.group() else dm.group().rsplit(None, 1)[-1],
                                   mentioned)
                    if who is not None:
                        _refer(refs, dm.start(), who, sent)
                    continue
                who = None
                rank = _rank_class(dm.group())
                brought_in = focus is not None and _WHICH_ONE.match(ctx.low, dm.end()) and \
                    _rank_fits(focus, rank or "officer") is not True
                if focus is not None and focus.person is not None and _WHO_HIS.match(ctx.low, dm.end()):
                    # "… asked a colleague to run a second search …. The constable who carried out
                    # the second search at his request …": not PC X but the other officer met
                    who = next((t for t in reversed(mentioned) if t.np is not None and t.np.count == 1
                                and t is not focus), None)
                    if who is not None:
                        _refer(refs, dm.start(), who, sent)
                        who.police = True
                        continue
                if brought_in:
                    # "The detective constable accused of the original assault resigned", in a
                    # story about a chief superintendent: someone brought in, not the focus
                    who = _first_described(ctx, dm, targets, mentioned)
                    if who is None and rank is None:
                        # "The officer who received the messages", after "sent them to another
                        # officer": the other officer the story met, not the one it is about
                        who = next((t for t in reversed(mentioned) if t.np is not None and t.np.other
                                    and t is not focus), None)
                        if who is not None:
                            who.demonstrated = True
                if not brought_in and rank is not None:
                    # "A detective inspector … was also investigated, but an allegation against the
                    # inspector was found not proven": the one of that rank this sentence has met
                    who = next((t for p, t in reversed(refs) if p < dm.start() and t.np is not None
                                and t.np.count == 1 and _rank_fits(t, rank) is True), None)
                    if who is None and focus is None:
                        # "… applied for by a constable who copied the address …. recommended that
                        # the constable be given management advice": the one of that rank met
                        # before, when the story has no officer in focus yet
                        who = next((t for t in reversed(mentioned) if t.np is not None and t.np.count == 1
                                    and _rank_fits(t, rank) is True), None)
                        if who is not None:
                            who.demonstrated = True
                elif not brought_in and len({id(t) for p, t in refs if p < dm.start()}) == 1:
                    # "… recommended that the inspector face a misconduct meeting, but the officer
                    # retired": the one unnamed officer this sentence has met
                    who = next(t for p, t in refs if p < dm.start())
                    if who.np is None or who.np.count != 1:
                        who = None  # (a named officer is met again by name or pronoun)
                if who is None and focus is not None and focus.np is not None and focus.np.other and \
                        rank is None and _WHICH_ONE.match(ctx.low, dm.end()):
                    # "A second officer … was found to have failed …. the officer who fired the
                    # Taser had resigned": which one is said, so not the second, the first
                    who = next((t for t in reversed(mentioned) if t is not focus and t.np is not None
                                and t.np.count == 1 and not t.np.other and t.np.start < focus.np.start), None)
                if who is None and focus is not None:
                    who = _by_rank(dm.group(), focus, mentioned)
                    if who is not None and rank is not None and who.called not in (None, rank):
                        # "The constable accepted …. the sergeant supervising the investigation …":
                        # not the officer the story has called a constable
                        who = None
                if who is None and not brought_in:  # (tried above: it would say None again)
                    who = _first_described(ctx, dm, targets, mentioned)
                    if who is not None:
                        mentioned.append(who)
                if who is not None:
                    refs.append((dm.start(), who))
                    who.sentences.add(sent.index)
                    who.police = True
                    if rank is not None and who.called is None and _rank_fits(who, rank) is None:
                        who.called = rank
        if ctx.low.find("former", s_lo, s_hi) >= 0 or ctx.low.find("latter", s_lo, s_hi) >= 0:
            # "PC A and PC B were on duty …. The panel found that the former's conduct amounted to
            # gross misconduct": the first of the two the story named together, or else of the
            # two named officers it has met
            two = pair if len(pair) == 2 else sorted(_named_officers(mentioned), key=lambda t: t.first)
            for m in _FORMER_LATTER.finditer(ctx.low, s_lo, s_hi) if len(two) == 2 else ():
                if not ctx.in_quote(m.start(), attributed_only=True):
                    _refer(refs, m.start(), two[0 if m.group(1) == "former" else 1], sent)
        if not refs and (ctx.low.find("older", s_lo, s_hi) >= 0 or ctx.low.find("younger", s_lo, s_hi) >= 0):
            who = _by_age(ctx, targets, s_lo, s_hi)
            if who is not None:
                refs.append((who[0], who[1]))
                who[1].sentences.add(sent.index)
        # "Both were dismissed", "The pair were sacked": the officers just named together
        if pair and not refs and _PLURAL_LEAD.match(text, s_lo, s_hi) and \
                any(not o.negated and not o.hypothetical for o in ctx.in_sent(sent, "outcomes")):
            for t in pair:
                refs.append((s_lo, t))
                t.sentences.add(sent.index)
        elif not refs and mentioned and mentioned[-1].np is not None and mentioned[-1].np.count > 1 and \
                _PLURAL_LEAD.match(text, s_lo, s_hi) and \
                any(not o.negated and not o.hypothetical for o in ctx.in_sent(sent, "outcomes")):
            # "We found the two constables had fallen short. They will take part in reflective
            # practice": the group the story last spoke of
            _refer(refs, s_lo, mentioned[-1], sent)  # a subject now, though first met as "the two constables"
        elif not refs and sent.index and _GROUP_WITHIN.search(ctx.low, s_lo, s_hi) and \
                any(not o.negated and not o.hypothetical for o in ctx.in_sent(sent, "outcomes")):
            # "… considered the conduct of three officers who were told by the inspector …. The
            # panel found that they had raised concerns …, and each was given a written warning":
            # the group the last sentence met, though an officer was named after it
            group = next((t for t in reversed(mentioned) if t.np is not None and t.np.count > 1
                          and sent.index - 1 in t.sentences), None)
            if group is not None:
                _refer(refs, s_lo, group, sent)
        officers_here = [t for _, t in refs if (t.police or t.np is not None) and not t.chair]
        if officers_here:
            together = list(dict.fromkeys(officers_here))
        named_here = [t for _, t in refs if t.person is not None and t.police]
        if len(named_here) >= 2:
            pair = list(dict.fromkeys(named_here))
        elif any(t.np is not None and t.np.count > 1 for _, t in refs):
            pair = []  # "Three other constables …. They were not named": "they" is that group now
        pronoun_unresolved = False
        if pron and not any(pos < pron.start(1) for pos, _ in refs):
            want = PRONOUN_GENDER[pron.group(1).lower()]
            who = next((t for t in reversed(recent) if t.person is None or t.person.gender in (None, want)), None)
            if focus is not None and (focus.person is None or focus.person.gender in (None, want)):
                who = focus
            if who is not None and who.np is not None and who.np.count > 1:
                # "he" is not a group: the one officer mentioned since ("Three officers …. One
                # officer, a sergeant, had failed …. He was dismissed"), else nobody
                who = next((t for t in reversed(mentioned) if t.np is not None and t.np.count == 1
                            and t.np.start > who.np.start), None)
            last = last_person.get(want)
            if last is not None and (who is None or who.person is None or last.id != who.person.id) \
                    and last.role is None and _last_pos_of(who, text, s_lo) < last_pos.get(want, -1) < pron.start(1):
                who = None  # "Heston admitted affray … he had been sacked": a civilian named since
            if who is not None:
                refs.append((pron.start(1), who))
                who.sentences.add(sent.index)
            else:
                pronoun_unresolved = True
        named = _NAMED_AS.search(text, s_lo, s_hi) if sent.index in named_as_sents else None
        if focus is not None and focus.np is not None:
            who = None
            if named:
                # "The officer has been named as PC Jo Bloggs": the phrase the story used is Jo Bloggs
                who = next((t for pos, t in refs if t.person is not None and pos >= named.end() - 1), None)
            else:
                # "The officer, D/C Jo Bloggs, was based in …"
                for dm in held.get("descriptions", ()):
                    who = next((t for pos, t in refs if t.person is not None
                                and _APPOSITION_BEFORE.fullmatch(text, dm.end(), pos)), None)
                    if who is not None:
                        break
            if who is not None and focus is not who:
                focus.named_as = who
        if len(refs) > 1:
            refs.sort(key=lambda r: r[0])
        for _, t in refs:
            if t.police or t.np is not None:
                if t in mentioned:
                    mentioned.remove(t)
                mentioned.append(t)

        for k, (pos, t) in enumerate(refs):
            if t.person is not None:
                # the predicate must be this person's: before anyone else is named or referred to
                # (and not when they are the object of another's doing: "PC A … called PC B by a
                # racist nickname …, a misconduct hearing was told" is A's hearing)
                nxt = refs[k + 1][0] if k + 1 < len(refs) else s_hi
                if k == 0 or not _OBJECT_VERB_BEFORE.search(ctx.low, max(s_lo, pos - 20), pos):
                    t.windows.append((pos, nxt))
                if nxt < s_hi and ctx.low.find("who", pos, nxt) >= 0:
                    # "Cpl. X, who was Y's supervisor, was found to have failed …": Y is named
                    # inside X's aside; the predicate after it is still X's
                    end = t.name_end(pos)
                    aside = _RELATIVE_ASIDE.match(ctx.low, end) if end is not None else None
                    if aside is not None and aside.end() > nxt:
                        t.windows.append((aside.end(), next((p for p, _ in refs[k + 1:] if p >= aside.end()), s_hi)))
        # "X said the panel had concluded that a final written warning was sufficient": the
        # outcome is reported by X, about the story's officer
        if speaking and any(id(t) in speaking for _, t in refs):
            refs = [(pos, t) for pos, t in refs if id(t) not in speaking]
        outs = held.get("outcomes", ())
        firm = [o for o in outs if not o.negated and not o.hypothetical]
        if firm and held.get("mentions"):
            firm = [o for o in firm if not _in_others_relative(ctx, held["mentions"], refs, o.start)]
        if firm:
            firm = [o for o in firm if not _in_nouns_relative(ctx, refs, s_lo, o.start)]
        if firm and refs and all(t.person is not None and not t.police for _, t in refs):
            # "The commissioner said he had been informed of the suspension": what he learnt of,
            # not what befell him
            firm = [o for o in firm if not _LEARNT_OF.search(ctx.low, max(s_lo, o.start - 40), o.start)]
        if not refs and firm and focus is not None and focus.person is not None and focus.person.gender:
            # "The allegation of gross misconduct against him, that he had failed to review Mr X's
            # detention, … was found not proven": the one the allegation is against, the focus
            against = _AGAINST_PRONOUN.match(ctx.low, s_lo, firm[0].start)
            if against is not None and PRONOUN_GENDER[against.group(1)] == focus.person.gender:
                refs = [(against.start(1), focus)]
                focus.sentences.add(sent.index)
        implicit = False
        sent_text = _sentence_text(text, s_lo, s_hi) if (
            (not refs and firm and focus is not None and not pronoun_unresolved)
            or (refs and not firm and prev_outcome is not None)) else ""
        if not refs and firm and focus is not None and not pronoun_unresolved and \
                not (_GENERIC_SENT.match(sent_text) or ctx.statistics(sent) or _other_officers(sent_text)
                     or _someone_else(sent_text)
                     or _civilian_named(ctx, sent, any(o.outcome for o in firm) and _story_officer(targets) is focus)
                     or not _subject_may_be_officer(sent_text) or _section_heading(ctx, sent, focus)
                     or _other_rank_leads(sent_text, focus) or _table_header(text, s_lo, sent_text)
                     or (focus.np is not None and not focus.outcomes and all(ctx.in_quote(o.start) for o in firm))):
            # (nor someone's quoted words, to an unnamed officer the story has given nothing yet:
            # "… after an officer has gone. 'Imagine a constable who … faces a gross misconduct hearing'")
            # "PC A and PC B were accused of …. The panel found the allegations not proven": both,
            # when the last sentence about officers was about the two of them
            holder = _holder_of_the(ctx.low, firm, targets, focus)
            refs = [(s_lo, holder)] if holder is not None else \
                [(s_lo, t) for t in together] if len(together) >= 2 and focus in together \
                and all(t.person is not None for t in together) else [(s_lo, focus)]
            for _, t in refs:
                t.sentences.add(sent.index)
            implicit = True
        if not firm and refs and _ANAPHORIC.match(sent_text) and prev_outcome is not None:
            firm = [prev_outcome]
            anaphoric = True
        else:
            anaphoric = False
        if refs and firm and focus is not None and not anaphoric:
            # "DCC X found gross misconduct and dismissed him": the one dismissed is the object,
            # the officer the story is about, not the subject who decided
            # (not when the one named is only an owner: "found that PC X's conduct was gross
            # misconduct and dismissed him" is X's dismissal)
            done = [o for o in firm if _OBJECT_AFTER.match(ctx.low, o.end)
                    and all(pos < o.start and t is not focus and not _possessive(text, t, pos) for pos, t in refs)]
            if done:
                _decided(refs, chairs)
                firm = [o for o in firm if o not in done]
                focus.outcomes.extend((o, 3) for o in done)
                focus.sentences.add(sent.index)
        if refs and firm and focus is not None and focus.person is not None and not anaphoric and \
                contains_any(ctx.low, _RULING_VERBS, s_lo, firm[0].start):
            # "ACC X ruled that his conviction amounted to gross misconduct and that he should be
            # dismissed": X decided; the outcome is the officer's the story is about
            ruled = _RULED_THAT.search(ctx.low, s_lo, firm[0].start)
            if ruled is not None and all(pos < ruled.start() and t is not focus and t.person is not None
                                         for pos, t in refs):
                _decided(refs, chairs)
                refs = [(ruled.end(), focus)]
                focus.sentences.add(sent.index)
        if refs and firm and contains_any(ctx.low, ("'s hearing", "’s hearing"), s_lo, s_hi):
            # "Hackney PC warned … as sergeant's hearing is adjourned": another rank's hearing
            firm = [o for o in firm if not _others_hearing(ctx.low, refs, s_lo, o.start)]
        if refs and firm and not anaphoric:
            # "The panel found that her colleague's access was misconduct and gave him a written
            # warning": "him" is not the woman the sentence names but the man named before
            other = _object_of_other_gender(ctx.low, refs, firm[0], last_person, targets)
            if other is not None:
                refs = [(firm[0].start, other)]
                other.sentences.add(sent.index)
        if len(refs) >= 2 and firm and not anaphoric:
            # "Chief Constable X dismissed PC Y at an accelerated hearing": the named officer right
            # after the sanction's verb is the one sanctioned; a named subject before it decided
            for o in firm:
                obj = next(((pos, t) for pos, t in refs if t.person is not None
                            and o.end <= pos <= o.end + 2 and not ctx.text[o.end:pos].strip()), None)
                if obj is None and ctx.text.startswith(" of ", o.end):
                    # "ordered the suspension of head constable X and constable Y"
                    obj = next(((pos, t) for pos, t in refs if t.person is not None
                                and o.end < pos <= o.end + 40 and _OF_RANK.fullmatch(ctx.text, o.end, pos)), None)
                if obj is None or not any(pos < o.start and t.person is not None for pos, t in refs):
                    continue
                _decided([(pos, t) for pos, t in refs if pos < o.start and t is not obj[1]], chairs)
                refs = [(pos, t) for pos, t in refs if not t.chair]
        if refs and firm:
            _assign(ctx, refs, firm, sent, anaphoric, implicit)
        if firm:
            prev_outcome = firm[-1]
        # the focus moves to the last officer the sentence is about (an unnamed one only when
        # the sentence reports something about them, not when they are a witness), but not to
        # one in a clause reporting what its subject was told: "Sgt A was told … that PC B had …"
        movers = refs
        if refs and refs[0][0] - s_lo <= 2:
            low = lower_ascii(text)
            told = _REPORTED_THAT.search(low, refs[0][0], s_hi) \
                if contains_any(low, _REPORTING_VERBS, refs[0][0], s_hi) else None
            if told is not None:
                movers = [(pos, t) for pos, t in refs if pos < told.start()]
            # "A third officer, who had shared a car with the constable, was …": the subject, not
            # the officer inside its relative clause
            first = refs[0][1]
            first_end = first.np.end if first.np is not None else first.name_end(refs[0][0])
            rel = _RELATIVE_ASIDE.match(low, first_end) if first_end is not None else None
            if rel is not None:
                movers = [(pos, t) for pos, t in movers if not rel.start() <= pos < rel.end()]
        for pos, t in movers:
            if t.chair:
                continue
            if t.np is not None and not (t.outcomes or t.demonstrated or _misconduct_context(ctx, t)
                                         or _opens_paragraph(ctx, t.np.start)
                                         or (pos != t.np.start and pos - s_lo <= 4)
                                         or _INVESTIGATED_BEFORE.search(ctx.low, max(s_lo, t.np.start - 50), t.np.start)):
                # (met again as a sentence's subject, "The constable accepted that …", they are
                # what the story is about now)
                continue
            if id(t) in speaking and not t.outcomes:
                continue  # a spokesperson, not the story's subject
            if t.np is not None and not t.outcomes and _REPORTED_IT.match(ctx.low, t.np.end):
                continue  # "A detective sergeant at the briefing reported it to …": a witness
            if t.person is not None and _left_and_complained(ctx, firm):
                # "Mr X left the force and made a complaint": the one wronged, not the story's
                # subject, whatever the sentences before made of them
                if t in recent:
                    recent.remove(t)
                if focus is t:
                    focus = recent[-1] if recent else None
                continue
            if t.police or t.np is not None:
                focus = t
                if t in recent:
                    recent.remove(t)
                recent.append(t)

    return _build(ctx, targets, chairs)


def _named_officers(mentioned: list[Target]) -> list[Target]:
    """The named police officers (not the chair) among those the story has met."""
    return [t for t in mentioned if t.person is not None and t.police and not t.chair]


def _refer(refs: list[tuple[int, Target]], pos: int, t: Target, sent) -> None:
    """The sentence refers at `pos` to `t`, met before: a subject now, whatever it was then."""
    refs.append((pos, t))
    t.sentences.add(sent.index)
    t.demonstrated = True


# the sanctions a panel imposes, from a suspension up (not advice, reflection or findings)
_SANCTIONS = frozenset(k for k, v in SEVERITY.items() if v >= SEVERITY["suspended"])


def _holder_of_the(low: str, firm: list[OutcomeMention], targets: dict[tuple, Target],
                   focus: Target) -> Target | None:
    """"A second garda resigned. … The Commissioner approved the dismissal": a sanction named
    with "the", that one officer other than the one in focus was already given, is theirs again."""
    if not all(o.outcome in _SANCTIONS and low.endswith("the ", 0, o.start) for o in firm):
        return None  # ("found the allegation not proven" is a finding: its own, not a repeat)
    wanted = {o.outcome for o in firm}
    holders = [t for t in targets.values() if t is not focus and not t.chair
               and any(prev.outcome in wanted for prev, _ in t.outcomes)]
    return holders[0] if len(holders) == 1 and not any(prev.outcome in wanted for prev, _ in focus.outcomes) else None


def _story_officer(targets: dict[tuple, Target]) -> Target | None:
    """The police officer the story named first: whom a chair's decision is about."""
    return min((t for t in targets.values() if t.person is not None and t.police and not t.chair),
               key=lambda t: t.first, default=None)


_RANKS_HEARING = re.compile(r"\b(sergeant|inspector|constable|superintendent|pcso|pc|detective)['’]s\s+"
                            r"(?:[a-z]+\s+){0,2}hearing\b[^.;]*$")  # lower-case


def _others_hearing(low: str, refs: list[tuple[int, Target]], s_lo: int, at: int) -> bool:
    """Is the outcome at `at` told of the hearing of an officer of a rank none of the sentence's
    officers holds ("… PC warned over … as sergeant's hearing is adjourned")?"""
    m = _RANKS_HEARING.search(low, max(s_lo, at - 60), at)
    if m is None:
        return False
    rank = _rank_class(m.group(1)) or "officer"
    return all(_rank_fits(t, rank) is False for _, t in refs)


def _other_rank_leads(sent_text: str, focus: Target) -> bool:
    """Does the sentence open with a rank the story's officer does not hold ("Sergeant demoted to
    constable", a live blog's heading, while a chief superintendent is in focus)?"""
    lead = _RANK_LEAD.match(sent_text)
    return lead is not None and _rank_fits(focus, _rank_class(lead.group(1)) or "officer") is False


_RANK_LEAD = re.compile(r"\W*(?:The\s+|A\s+)?((?:Detective\s+)?(?:Sergeant|Constable|Inspector|Chief\s+Inspector|"
                        r"Superintendent|PCSO|PC|Sgt))\b")


# "gave him a written warning", "handed her a final written warning", "issued him with …"
_OBJECT_BEFORE = re.compile(r"\b(?:gave|given|handed|issued|served)\s+(him|her)\s+(?:with\s+)?(?:a|an)\s+(?:[a-z-]+\s+){0,3}$")  # lower-case
_AGAINST_PRONOUN = re.compile(r"\W*the\s+(?:allegations?|case|charges?|complaints?)\s+(?:of\s+[a-z ]{3,40}?\s+)?against\s+(him|her)\b")  # lower-case


def _object_of_other_gender(low: str, refs: list[tuple[int, Target]], o: OutcomeMention,
                            last_person: dict[str, Person], targets: dict[tuple, Target]) -> Target | None:
    """The officer the sanction `o`'s object pronoun names, when every person the sentence names
    is of the other gender: the officer of that gender named last (None if not so)."""
    m = _OBJECT_BEFORE.search(low, max(0, o.start - 60), o.start) or _OBJECT_AFTER.match(low, o.end)
    want = PRONOUN_GENDER.get(m.group(1)) if m is not None else None
    if want is None or any(t.person is None or t.person.gender in (None, want) for _, t in refs):
        return None
    last = last_person.get(want)
    t = targets.get(("p", last.id)) if last is not None else None
    return t if t is not None and t.police and not t.chair else None


def _table_header(text: str, at: int, sent_text: str) -> bool:
    """Is the sentence at `at` the first row of a table, its header ("Force<tab>Dismissed<tab>Would
    have been dismissed"), whose words are no one's outcome?"""
    if "\t" not in sent_text:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    before = text[:line_start].rstrip()
    prev = before[before.rfind("\n") + 1:]  # the last line with anything on it
    return "\t" not in text[line_start:at] and "\t" not in prev


def _possessive(text: str, t: Target, pos: int) -> bool:
    """Is the named person at `pos` mentioned as an owner ("PC X's conduct")?"""
    end = t.name_end(pos)
    return end is not None and text.startswith(("'s ", "’s "), end)


def _decided(refs: list[tuple[int, Target]], chairs: set[int]) -> None:
    """The named people of `refs` decided a sanction ("X … dismissed him"): the hearing's chair."""
    for _, t in refs:
        if t.person is not None:
            t.chair = True
            chairs.add(t.person.id)


def _last_pos_of(t: Target | None, text: str, before: int) -> int:
    """Where the officer was last named before `before` (their first mention if unknown)."""
    if t is None or t.person is None:
        return t.first if t is not None else -1
    starts = [m.start for m in t.person.mentions if m.start < before]
    return starts[-1] if starts else -1


_AGE_COMPARED = re.compile(r"\b[Tt]he\s+(younger|older)\s+(?:of\s+the\s+two|officer|constable|sergeant|colleague|man|"
                           r"woman|PC)\b")


def _by_age(ctx: Context, targets: dict[tuple, Target], lo: int, hi: int) -> tuple[int, Target] | None:
    """"PC A, 34, and PC B, 25, … The younger officer was given a final written warning": of the
    officers named with their ages, the youngest (or the oldest)."""
    m = _AGE_COMPARED.search(ctx.text, lo, hi)
    if m is None or ctx.in_quote(m.start(), attributed_only=True):
        return None
    aged = [t for t in targets.values() if t.person is not None and t.police and not t.chair
            and t.person.age is not None and t.first < m.start()]
    if len(aged) < 2 or len({t.person.age for t in aged}) < len(aged):
        return None
    pick = min if m.group(1) == "younger" else max
    return m.start(), pick(aged, key=lambda t: t.person.age)

