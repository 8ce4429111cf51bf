"""The allegation taxonomy: a small fixed set of categories, found from the words an article
uses about a case. A case may fall in several; "other" only when none of the others apply.

    sexual_misconduct   sexual misconduct or abuse of position for a sexual purpose
    explicit_images     explicit, indecent or pornographic images and videos
    harassment          harassment, stalking, unwanted contact
    discrimination      racist, sexist, homophobic or otherwise discriminatory conduct
    offensive_messages  offensive messages, posts, memes or jokes (WhatsApp, social media)
    misuse_of_systems   misuse of police systems or data
    dishonesty          lying, false statements, fraud, theft
    violence            violence, excessive force or threats
    criminal_offence    a criminal charge or conviction
    business_interest   an undeclared business interest or second job
    other               misconduct of another kind

Words are matched as whole lower-case tokens and phrases as substrings, which is fast: this
runs on every case of every article.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .trie import trie_pattern

CATEGORIES = ("sexual_misconduct", "explicit_images", "harassment", "discrimination",
              "offensive_messages", "misuse_of_systems", "dishonesty", "violence",
              "criminal_offence", "business_interest", "other")

_WORDS = {
    "sexual_misconduct": "predatory preyed rape raped raping groomed grooming flirtatious intimate voyeurism",
    "explicit_images": "explicit pornography pornographic porn nude nudes naked x-rated onlyfans",
    "harassment": "harass harassed harassing harassment stalk stalked stalking stalker pestered pestering "
                  "bombarded bombarding intimidated intimidating intimidation bullied bullying",
    "discrimination": "racist racism racial racially sexist sexism misogyny misogynistic misogynist homophobic "
                      "homophobia transphobic transphobia islamophobic antisemitic antisemitism discriminatory "
                      "discrimination discriminated bigoted bigotry xenophobic ableist disablist slur slurs",
    "offensive_messages": "whatsapp memes meme",
    "misuse_of_systems": "pnc",
    "dishonesty": "dishonest dishonestly dishonesty lied lying lies fraud fraudulent fraudulently falsified "
                  "falsifying fabricated fabricating theft stole stealing misled misleading untruthful",
    "violence": "assault assaulted assaulting punched punching kicked kicking stamped strangled strangling "
                "choked choking violence violent threatened threatening threats threat attacked attacking "
                "headbutted slapped slapping beating beaten injured injuring",
    "criminal_offence": "convicted conviction jailed imprisoned sentenced",
    "business_interest": "",
}
_PHRASES = {
    "sexual_misconduct": ["sexual relationship", "sexual activity", "sexual misconduct", "sexual purpose",
                          "sexual assault", "sexual contact", "sexual harassment", "sexual advances",
                          "sexual comments", "sexual behaviour", "sexual gain", "sexual encounter", "abuse of position",
                          "abused his position", "abused her position", "abusing his position", "abusing her position",
                          "inappropriate relationship", "improper relationship", "emotional and sexual", "sex with",
                          "affair with", "sexually motivated"],
    "explicit_images": ["indecent image", "indecent photo", "indecent video", "indecent picture", "sexual image",
                        "sexual video", "sexual photo", "sexually explicit", "sexually graphic", "intimate image",
                        "intimate photo"],
    "harassment": ["unwanted text", "unwanted message", "unwanted call", "unwanted contact", "unwanted attention",
                   "unwanted advances"],
    "discrimination": ["n-word"],
    "offensive_messages": ["offensive message", "offensive post", "offensive comment", "offensive meme",
                           "offensive joke", "offensive remark", "offensive material", "offensive content",
                           "offensive image", "inappropriate message", "inappropriate comment", "inappropriate post",
                           "inappropriate joke", "racist message", "racist joke", "racist comment", "racist post",
                           "sexist message", "sexist joke", "sexist comment", "homophobic message",
                           "homophobic joke", "derogatory", "group chat", "social media post", "social media account",
                           "social media message", "posted online", "on social media", "abusive message",
                           "grossly offensive"],
    "misuse_of_systems": ["police system", "police database", "police computer", "police records",
                          "accessed records", "accessed the records", "accessed information", "accessed data",
                          "accessed details", "searched records", "looked up", "data protection",
                          "confidential information", "no policing purpose", "computer misuse", "leaked",
                          "force systems", "crime records", "intelligence systems"],
    "dishonesty": ["false statement", "false information", "false claim", "false record", "false entries",
                   "false evidence", "expenses"],
    "violence": ["excessive force", "unnecessary force", "unreasonable force"],
    "criminal_offence": ["pleaded guilty", "pled guilty", "admitted the offence", "admitted the charge",
                         "charged with", "crown court", "magistrates", "suspended sentence", "criminal offence",
                         "found guilty of", "misconduct in public office"],
    "business_interest": ["business interest", "second job", "undeclared business", "undeclared work",
                          "undeclared employment", "undeclared income", "secondary employment", "side business",
                          "failed to declare", "failed to disclose", "did not declare", "business on the side"],
}
_SETS = {k: frozenset(v.split()) for k, v in _WORDS.items()}
_TOKEN = re.compile(r"[a-z][a-z’'-]*")
_PHRASE_CATEGORY = {p: k for k, ps in _PHRASES.items() for p in ps}
_PHRASE_RX = re.compile(r"(?<![^\W\d_])(?:" + trie_pattern(_PHRASE_CATEGORY) + ")")


# Every category word and phrase, found with the outcome phrases in one scan of an article
# (outcomes.phrase_hits); each hit is credited to the sentence it stands in (`hits`).
_WORD_CATEGORY = {w: k for k, words in _SETS.items() for w in words}
PHRASES = frozenset(_WORD_CATEGORY) | frozenset(_PHRASE_CATEGORY)
PHRASE_END = r"(?![\w’'-])"  # a category word ends where no word, apostrophe or hyphen goes on


def hits(padded: str, found: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """(position, category) for the category words and phrases `found` in `padded_lower(text)`
    (start, end, phrase as written: outcomes.phrase_hits)."""
    out = []
    for start, _, phrase in found:
        s = start - 1
        if s and padded[s] > "\x7f" and padded[s].isalpha():
            continue  # the class before is ASCII (faster): "é" before is mid-word too
        key = " ".join(phrase.split()).replace("’", "'")
        cat = _PHRASE_CATEGORY.get(key) or _WORD_CATEGORY.get(key)
        if cat:
            out.append((s, cat))
    return out


def categorise(text: str) -> tuple[str, ...]:
    """Categories whose words occur in `text` (the sentences an article gives to one case)."""
    low = text.lower()
    tokens = set(_TOKEN.findall(low))
    hit = {_PHRASE_CATEGORY[" ".join(m.group().split()).replace("’", "'")] for m in _PHRASE_RX.finditer(low)}
    found = tuple(k for k in CATEGORIES[:-1] if k in hit or (_SETS[k] & tokens))
    return found or (("other",) if text.strip() else ())
