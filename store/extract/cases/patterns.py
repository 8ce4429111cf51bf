"""Compiled patterns that several modules of the package use, each defined once here, and what
`Context.matching` knows of some of them to scan faster (`_NEEDLES`, `_FIRST_WORDS`: keyed by the
patterns' identity, so every module must use these very objects).
"""
from __future__ import annotations

import re

from ..ranks import POLICE_NOUNS


_POLICE_NOUN = re.compile(rf"\b(?:{POLICE_NOUNS})\b", re.I)

_INVESTIGATED = re.compile(r"investigat\w+|inquiry|probe")  # matched lower-case

_HEARING = re.compile(r"hearing|meeting|panel|tribunal")  # matched lower-case

# "PC Strand's conduct amounted to gross misconduct": a possessive that names what the officer
# did makes them the sentence's subject, unlike "PC Strand's lawyer said".
_OWN_DOING = re.compile(r"['’]s?\s+(?:\w+\s+)?(?:conduct|behaviou?r|actions?|comments?|messages?|posts?|remarks?|"
                        r"failures?|dishonesty|lies|use|treatment|handling|relationship|offending|misconduct|notes|statements?|accounts?|"
                        r"access|dismissal|sacking|demotion|hearing|case|suspension|resignation|retirement|work|performance|response|decisions?|driving|searches)\b")

_NAMED_AS_WORDS = re.compile(r"(?:named|identified)\s+as")  # matched lower-case

# one named officer and the next phrase of a list: "Constable X and a second constable"
_AND_BETWEEN = re.compile(r",?\s+and\s+")

_LQC = re.compile(r"(?:legally\s+qualified|independent)\s+(?:legal\s+)?chair(?![a-z])")  # matched lower-case

# Substrings without which a pattern cannot match, checked before scanning the article for it.
_NEEDLES = {
    id(_LQC): ("chair",),
    id(_NAMED_AS_WORDS): ("named as", "identified as"),
    id(_INVESTIGATED): ("investigat", "inquiry", "probe"),
}
# Words every match of a pattern starts with: the pattern is tried where one of them stands
# (found with str.find) instead of at every place in the article (measured 10-15 µs a scan).
# Such a word inside another match is in that match's sentence, so the sentences are the same.
_FIRST_WORDS = {
    id(_HEARING): ("hearing", "meeting", "panel", "tribunal"),
    id(_NAMED_AS_WORDS): ("named", "identified"),
    id(_INVESTIGATED): ("investigat", "inquiry", "probe"),
    id(_LQC): ("legally", "independent"),
}
