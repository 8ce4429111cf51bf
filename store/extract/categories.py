"""The allegation taxonomy: a small fixed set of categories, found from the words an article
uses about a case. A case may fall in several; "other" only when it has allegation words but
none of the others apply.

    sexual_misconduct   sexual misconduct or abuse of position for a sexual purpose
    explicit_images     explicit, indecent or pornographic images and videos
    harassment          harassment, stalking, unwanted contact
    discrimination      racist, sexist, homophobic or otherwise discriminatory conduct
    offensive_messages  offensive messages, posts, memes or jokes (WhatsApp, social media)
    misuse_of_systems   misuse of police systems or data
    dishonesty          lying, false statements, fraud, theft from the job
    violence            violence, excessive force or threats
    criminal_offence    a criminal charge or conviction
    business_interest   an undeclared business interest or second job
    other               misconduct of another kind
"""
from __future__ import annotations

import re

CATEGORIES = ("sexual_misconduct", "explicit_images", "harassment", "discrimination",
              "offensive_messages", "misuse_of_systems", "dishonesty", "violence",
              "criminal_offence", "business_interest", "other")

_WORDS = {
    "sexual_misconduct": r"sexual(?:ly)?\s+(?:motivated|relationship|activity|misconduct|purpose|assault|contact|harassment|advances|comments?|behaviour|behavior|gain|encounters?)|"
                         r"abuse\s+of\s+(?:his|her|their|the)?\s*(?:position|power|authority)|sexual\s+purpose|inappropriate\s+relationship|"
                         r"improper\s+relationship|emotional\s+and\s+sexual|sex\s+with|affair\s+with|flirtatious|predatory|preyed|rape|groom(?:ed|ing)|intimate",
    "explicit_images": r"explicit|indecent\s+(?:images?|photos?|pictures?|videos?)|porn\w*|nude|naked|sexual(?:ly)?\s+(?:graphic\s+)?(?:images?|videos?|photos?)|"
                       r"sexually\s+graphic|x-rated|intimate\s+(?:images?|photos?)|onlyfans",
    "harassment": r"harass\w*|stalk\w*|pester\w*|bombard\w*|unwanted\s+(?:texts?|messages?|calls?|contact|attention|advances)|intimidat\w*|bull(?:y|ied|ying)",
    "discrimination": r"racis[mt]\w*|racial(?:ly)?|sexis[mt]\w*|misogyn\w*|homophob\w*|transphob\w*|islamophob\w*|antisemit\w*|"
                      r"discriminat\w*|bigot\w*|xenophob\w*|ableis\w*|disablist|n-word|slurs?",
    "offensive_messages": r"(?:offensive|inappropriate|derogatory|abusive|racist|sexist|homophobic|grossly|disparaging|vile|"
                          r"distasteful|crude|obscene|discriminatory|insulting|mocking)\s+(?:[\w’']+\s+){0,4}"
                          r"(?:messages?|posts?|comments?|memes?|jokes?|remarks?|tweets?|material|content|images?|videos?)|"
                          r"whatsapp|group\s+chat|social\s+media\s+(?:posts?|account|messages?)|posted\s+(?:[\w’']+\s+){0,3}(?:online|on\s+social)",
    "misuse_of_systems": r"police\s+(?:systems?|databases?|computers?|records)|(?:accessed|searched|looked\s+up|checked)\s+(?:[\w’']+\s+){0,4}(?:records?|systems?|databases?|information|data|details)|"
                         r"data\s+protection|confidential\s+information|no\s+policing\s+purpose|\bPNC\b|computer\s+misuse|leak(?:ed|ing)",
    "dishonesty": r"dishonest\w*|lied|lying|\blies\b|false\s+(?:statements?|information|claims?|records?|entries|evidence)|fraud\w*|falsif\w*|"
                  r"fabricat\w*|theft|stole|stealing|expenses|misled|mislead\w*|untruthful",
    "violence": r"assault\w*|punch\w*|kick\w*|struck|stamp\w*|strangl\w*|choke\w*|excessive\s+force|unnecessary\s+force|"
                r"violen\w*|threat\w*|attack\w*|headbutt\w*|taser\w*|slapp\w*|beat(?:en|ing)?\b|injur\w*",
    "criminal_offence": r"convicted|conviction|pleaded\s+guilty|pled\s+guilty|admitted\s+(?:the\s+)?(?:offence|charge)|charged\s+with|"
                        r"jailed|imprisoned|sentenced|crown\s+court|magistrates|suspended\s+sentence|criminal\s+offence|found\s+guilty\s+of",
    "business_interest": r"business\s+interest|second\s+job|undeclared\s+(?:business|work|employment|income)|secondary\s+employment|"
                         r"failed\s+to\s+(?:declare|disclose)\s+(?:the\s+)?(?:account|business|work|job|income)|side\s+business",
}
_COMPILED = {k: re.compile(v, re.I) for k, v in _WORDS.items()}


def categorise(text: str) -> tuple[str, ...]:
    """Categories whose words occur in `text` (the sentences an article gives to one case)."""
    found = tuple(k for k, rx in _COMPILED.items() if rx.search(text))
    return found or (("other",) if text.strip() else ())
