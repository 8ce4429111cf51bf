"""Quotes with speakers: quotation spans (quotemarks) joined to their attribution."""
from __future__ import annotations

import re
from collections import defaultdict

from ..model import Quote, Span
from .attribution import Attribution, Resolver, after_quote, before_quote, indirect, may_name_speaker
from .people import Mention, Person
from .roles import chair_entities
from .quotemarks import QSpan
from .segment import Para, Sent
from .words import PRONOUN_GENDER


def _sentence_start(sents: list[Sent], pos: int) -> int:
    best = 0
    for s in sents:
        if s.start <= pos:
            best = s.start
        else:
            break
    return best


def attribute(text: str, paras: list[Para], sents: list[Sent], spans: list[QSpan],
              people: list[Person], mentions: list[Mention],
              chairs: set[int] | None = None) -> list[tuple[QSpan, Attribution | None]]:
    if chairs is None:
        chairs = chair_entities(text, mentions)
    r = Resolver(text, people, mentions, spans, sents, chairs)
    chains: dict[int, list[QSpan]] = defaultdict(list)
    for q in spans:
        chains[q.chain].append(q)
    by_para: dict[int, list[QSpan]] = defaultdict(list)
    for q in spans:
        by_para[q.para].append(q)

    results: dict[int, Attribution | None] = {}
    order = sorted(chains, key=lambda c: chains[c][0].start)
    for n, c in enumerate(order):
        qs = chains[c]
        first = qs[0]
        p = paras[first.para]
        siblings = by_para[first.para]
        k = siblings.index(first)
        region_start = siblings[k - 1].close_at + 1 if k > 0 and siblings[k - 1].close_at is not None else p.start
        found: Attribution | None = None
        lead = text[region_start:first.open_at] if first.open_at is not None else ""
        if first.open_at is not None and lead.strip():
            found = before_quote(r, first, region_start)
        elif first.open_at is not None or first.unmarked or first.open_at is None:
            found = _previous_paragraph_intro(r, text, paras, first)
        if found is None or found.how == "none":
            for q in qs:
                sib = by_para[q.para]
                i = sib.index(q)
                nxt = sib[i + 1].open_at if i + 1 < len(sib) else None
                got = after_quote(r, q, paras[q.para].end, nxt)
                if got is not None:
                    found = got
                    break
        if (found is None or found.person is None) and first.open_at is not None and lead.strip():
            whole = _sentence_start(sents, first.open_at)
            sentence_start = max(region_start, whole)
            got = indirect(r, first, p, sentence_start) if may_name_speaker(r, sentence_start, first.open_at) else None
            if (got is None or got.person is None) and whole < region_start and n > 0:
                # "X was found to have called them ‘useless’ …, and told another that she was ‘…’":
                # a second fragment of the sentence is said by whoever said its first
                before = results.get(order[n - 1])
                prev = chains[order[n - 1]][-1]
                if before is not None and before.person is not None and prev.open_at is not None \
                        and prev.open_at >= whole and prev.para == first.para:
                    got = before
            if got is not None and got.person is not None:
                found = got
        if found is None and n > 0:
            found = _inherit(text, paras, chains[order[n - 1]], first, results.get(order[n - 1]))
        if found is None:
            found = _introduced_by_previous(r, text, paras, sents, first, by_para)
        results[c] = found
        if found is not None and found.person is not None:
            r.quoted = (found.person, qs[-1].end)
    # (those the article quotes in words of its own: a profile's unattributed paragraphs may be theirs)
    speakers = {a.person for a in results.values()
                if a is not None and a.person is not None and a.how in ("before", "after", "pronoun")}
    if speakers:
        for c in order:
            if results[c] is None:
                results[c] = _subject_before(r, text, paras, sents, chains[c][0], by_para, speakers)
    for c in order:
        if results[c] is None:
            results[c] = _added_after(r, text, paras, chains[c][0], chains[c][-1])
    return [(q, results.get(q.chain)) for q in spans]


_ADDED_AFTER = re.compile(r"[ \xa0]+(?:also[ \xa0]+|then[ \xa0]+|later[ \xa0]+)?(?:added|continued|went[ \xa0]+on)\b")


def _added_after(r: Resolver, text: str, paras: list[Para], first: QSpan, q: QSpan) -> Attribution | None:
    """A quotation paragraph with no word of who said it, before a paragraph that opens "X
    added: …" (or "continued", "went on"): X's words, which the next ones add to."""
    if q.para + 1 >= len(paras) or (q.close_at is not None and text[q.close_at + 1:paras[q.para].end].strip()) or \
            (first.open_at is not None and first.open_at != paras[first.para].start):
        return None  # (paragraphs that are the quotation and nothing more)
    nxt = paras[q.para + 1]
    m = r.mention_at(nxt.start, slack=1)
    if m is None or m.title_start > nxt.start + 1 or not _ADDED_AFTER.match(text, m.end):
        return None
    return Attribution(m.entity, m.start, m.end, "after")


_SENTENCE_LEAD = re.compile(r"(?:But|And|So|Yet|Still)\s+")
_LEAD_PRONOUN = re.compile(r"(He|She)\s")


def _subject_before(r: Resolver, text: str, paras: list[Para], sents: list[Sent], q: QSpan, by_para,
                    speakers: set[int]) -> Attribution | None:
    """A paragraph that is a quotation and nothing else, with no word of who said it, after a
    paragraph whose last sentence is about someone the article quotes in its own words elsewhere
    ("Trevelyan was not involved, but he followed it closely.  “What struck me was …”"): an
    interview's or profile's way of giving its subject's words."""
    if q.para == 0 or (q.open_at is not None and q.open_at != paras[q.para].start) or by_para.get(q.para - 1):
        return None
    prior = [s for s in sents if s.para == q.para - 1]
    if not prior:
        return None
    para = paras[q.para]
    if any(not r.in_quote(m.start) for m in r.mentions_between(para.start, para.end)):
        return None  # ('"…," PC X joked.': the paragraph names its speaker, in words not known to say so)
    lo = prior[-1].start
    lead = _SENTENCE_LEAD.match(text, lo)
    if lead is not None:
        lo = lead.end()
    m = r.mention_at(lo)
    if m is None:
        # (or on a pronoun for them: "She took the notebook to her inspector. “I thought I was
        # doing exactly what we'd been told …”", the one of that gender named last)
        lead_pronoun = _LEAD_PRONOUN.match(text, lo)
        m = r.last_of_gender(PRONOUN_GENDER[lead_pronoun.group(1).lower()], lo) if lead_pronoun else None
        if m is None or m.entity not in speakers:
            return None
        return Attribution(m.entity, lead_pronoun.start(1), lead_pronoun.end(1), "pronoun")
    if m.title_start != lo or m.entity not in speakers:
        return None
    return Attribution(m.entity, m.start, m.end, "before")


def _previous_paragraph_intro(r: Resolver, text: str, paras: list[Para], q: QSpan) -> Attribution | None:
    """A quote that opens a paragraph, led in by the previous one ending "… said:"."""
    if q.para == 0:
        return None
    prev = paras[q.para - 1]
    tail = text[prev.start:prev.end].rstrip()
    if not tail.endswith(":"):
        return None
    fake = QSpan(prev.index, prev.end, prev.end, prev.start + len(tail) - 1 + 1, None)
    fake.open_at = prev.start + len(tail)
    return before_quote(r, fake, prev.start)


def _introduced_by_previous(r: Resolver, text: str, paras: list[Para], sents: list[Sent], q: QSpan,
                            by_para) -> Attribution | None:
    """A quote right after a sentence reporting what someone said: "The woman's daughter, Jo
    Bloggs, said the family would appeal. “We were told …”" — in the same paragraph, or as the
    next paragraph."""
    p = paras[q.para]
    opening = q.open_at if q.open_at is not None else q.start
    lead = text[p.start:opening]
    if lead.strip():
        # in the same paragraph: only when the quote opens a new sentence
        if not lead.rstrip().endswith((".", "!", "?")):
            return None
        prior = [s for s in sents if s.para == p.index and s.end <= opening]
    else:
        if q.para == 0 or by_para.get(q.para - 1):
            return None
        prior = [s for s in sents if s.para == q.para - 1]
    if not prior:
        return None
    s = prior[-1]
    if any(s.start <= x.start < s.end for x in by_para.get(s.para, ()) if len(text[x.start:x.end].split()) >= 6):
        return None  # that sentence has its own quotation
    from .attribution import _VERB_RX, _subject, ruling_subject
    verb = _VERB_RX.search(text, s.start, s.end) or _STATEMENT_READ.search(text, s.start, s.end)
    if verb is None:
        return ruling_subject(r, s.start, s.end)
    found = _subject(r, s.start, verb.start(), "before")
    return found if found is not None and found.person is not None else None


# "X read a statement on behalf of the family." over the statement's paragraphs; and "The chair,
# X, read the panel's decision." over the decision's
_STATEMENT_READ = re.compile(r"\b(?:read|issued|released|gave|made|delivered|shared)\s+(?:out\s+)?(?:a|an|the|her|his|their)\s+"
                             r"(?:\w+\s+){0,2}?statement\b|"
                             r"\b(?:read|delivered|gave|handed\s+down)\s+(?:out\s+)?(?:a|an|the|her|his|their|its)\s+"
                             r"(?:[\w'’]+\s+){0,2}?(?:decision|ruling|findings|judge?ment|determination|verdict|remarks)\b")


_TITLE_DOT = re.compile(r"\b(?:Lt|Sgt|Insp|Supt|Det|Con|Dr|Mr|Mrs|Ms|St|Capt|Col|Cpl|Gen|Cmdr|Prof|Rev|Cllr|Sr|Jr)\.")


def _inherit(text: str, paras: list[Para], prev_chain: list[QSpan], first: QSpan,
             prev_attr: Attribution | None) -> Attribution | None:
    """A quote with no attribution of its own, right after one that has a speaker."""
    if prev_attr is None or prev_attr.person is None:
        return None
    last = prev_chain[-1]
    if last.para == first.para:
        lo = (last.close_at or last.end) + 1
        # (a title's full stop is no sentence's: "said Lt. Jo Bloggs, a spokesman. “B.”")
        between = _TITLE_DOT.sub(" ", text[lo:first.open_at or first.start])
        short = len(between) <= 80 and between.count(".") <= 1
        # "“A,” said Supt Jo Bloggs, head of … . “B.”": the words between are A's attribution
        own = (prev_attr.start is not None and lo <= prev_attr.start < lo + len(between)
               and len(between) <= 260 and between.rstrip().count(". ") == 0)
        if short or own:
            return Attribution(prev_attr.person, None, None, "inherit")
        return None
    whole_para = first.open_at is None or first.open_at == paras[first.para].start or first.unmarked
    if last.para == first.para - 1 and whole_para:
        return Attribution(prev_attr.person, None, None, "inherit")
    return None


def build_quotes(text: str, attributed: list[tuple[QSpan, Attribution | None]],
                 people: list[Person]) -> list[Quote]:
    out = []
    lent: set[int] = set()  # quotes that only borrow the speaker of the quote before
    for q, a in attributed:
        end = q.start + len(text[q.start:q.end].rstrip())  # (rstrip strips what isspace() calls space)
        speaker = people[a.person].name if a is not None and a.person is not None else None
        sspan = Span(a.start, a.end) if a is not None and a.start is not None and a.person is not None else None
        if a is not None and a.how == "inherit":
            lent.add(len(out))
        out.append(Quote(text=text[q.start:end], span=Span(q.start, end), speaker=speaker, speaker_span=sspan))
    return _without_pull_quotes(text, out, lent) if len(out) > 1 else out


_LINE_FURNITURE = " \t#>*_\"'“”‘’"  # a heading's or block quote's marks, and the quotation marks


_WORD = re.compile(r"\w+")


def _mostly_in(words: list[str], other: str) -> bool:
    """Are four in five of `words` words of `other` (an excerpt may change a word: "anyone" for
    "anybody")?"""
    theirs = set(_WORD.findall(other.casefold()))
    return sum(w in theirs for w in words) * 5 >= len(words) * 4


def _without_pull_quotes(text: str, quotes: list[Quote], lent: set[int]) -> list[Quote]:
    """Drop a quotation that is a line on its own and repeats another quote of the article: a
    subheading or pull quote excerpting the body ("## 'It shouldn't take another force'"), said by
    no one or only lent the speaker of the quote before it (`lent`, by index), and (mostly) words
    of a longer quote; or a pull quote after the body's quote, word for word."""
    out = []
    seen: set[tuple[str, ...]] = set()
    for n, q in enumerate(quotes):
        words = _WORD.findall(q.text.casefold())
        lo = text.rfind("\n", 0, q.span.start) + 1
        hi = text.find("\n", q.span.end)
        hi = len(text) if hi < 0 else hi
        alone = not text[lo:q.span.start].strip(_LINE_FURNITURE) and \
            not text[q.span.end:hi].strip(_LINE_FURNITURE + ".,!?")
        if alone and words and (tuple(words) in seen or (q.speaker is None or n in lent) and any(
                o is not q and (len(o.text) > len(q.text) or o.speaker is not None and len(o.text) == len(q.text))
                and _mostly_in(words, o.text) for o in quotes)):
            continue
        seen.add(tuple(words))
        out.append(q)
    return out
