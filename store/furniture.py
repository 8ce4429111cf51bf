"""Page furniture: the paragraphs a web page or press release wraps around an article.

Every rule matches a whole paragraph (one line, after the cleaner has rebuilt paragraphs),
never part of one, so a sentence of the article can only go if all of it looks like
furniture. Lists ("Related articles" and the headlines under it) and walls ("Create a free
account to continue reading" and the form under it) run from their heading to the first
paragraph that reads like the article again.
"""
from __future__ import annotations

import re

_SOCIAL = (r"(?:facebook|twitter|x|whatsapp|linkedin|e-?mail|pinterest|reddit|messenger|bluesky|threads|"
           r"telegram|flipboard|tumblr|instagram|tiktok|youtube|sms|print|copy(?:\s+link)?|share|tweet|mastodon)")
_AGENCY = (r"(?:pa(?:\s+(?:archive|wire|media|images|photo|graphics))?|press\s+association|getty(?:\s+images)?|"
           r"afp(?:\s+via\s+getty(?:\s+images)?)?|ap(?:\s+photo)?|associated\s+press|reuters|alamy(?:\s+stock\s+photo)?|"
           r"shutterstock|istock(?:photo)?|rex(?:\s+features)?|rex/shutterstock|swns|supplied|handout|pool|"
           r"(?:[\w.'’-]+\s+){0,3}police\s+handout|family\s+handout|bbc|epa(?:-efe)?|anadolu|mirrorpix|reach\s+plc|"
           r"google\s+(?:maps|street\s*view))")
# One unit of furniture. A paragraph is furniture when it is one unit, or several run together
# ("Share this page: Facebook | X | Email | Print", "Accessibility Privacy Cookies Contact us").
_UNIT = "|".join((
    # navigation, accessibility and section labels
    r"skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search|footer|article)",
    r"jump\s+to\s+(?:main\s+)?content|back\s+to\s+top|go\s+to\s+top|top\s+of\s+page",
    r"menu|search|close|home|next|previous|loading\.*|more|show\s+more|load\s+more|see\s+more|view\s+more",
    r"sign\s+in|log\s*in|log\s+out|register|subscribe|my\s+account|toggle\s+navigation",
    r"news|newsroom|local\s+news|press\s+releases?|crime|courts|uk|world|exclusive|investigation|"
    r"breaking(?:\s+news)?|analysis|explainer|in\s+brief|opinion|live|ends|-ends-|#{3}",
    r"official(?:[-\s]sensitive)?|cymraeg|english|saesneg|gaeilge|gàidhlig|rhannu|hygyrchedd|preifatrwydd|cwcis|"
    r"chwilio|dewislen|cysylltu(?:\s+[â|a]\s+ni)?",
    r"search(?:\s+(?:this|the|our)\s+(?:website|site))?",
    r"report(?:\s+(?:a\s+crime|it|online|something))?|advice|appeals|news\s+(?:&|and)\s+appeals|careers|jobs|"
    r"events|what\s+we\s+do|our\s+information|your\s+area|get\s+involved|donate|shop|a-z|a\s+to\s+z",
    r"accessibility|privacy(?:\s+(?:notice|policy|settings))?|cookies(?:\s+policy)?|contact(?:\s+us)?|"
    r"terms(?:\s+(?:and|&)\s+conditions|\s+of\s+(?:use|service))?|about(?:\s+us)?|sitemap|site\s+map|help|careers|"
    r"freedom\s+of\s+information|advertise(?:\s+with\s+us)?|corrections|complaints|rss|subscriptions?",
    r"was\s+this\s+(?:page|article|information)\s+(?:helpful|useful)\??(?:\s+yes\s+no)?",
    # print, share, copy, email
    r"printable\s+version|printer[-\s]friendly(?:\s+version)?|print\s+version|print(?:\s+this)?(?:\s+(?:article|page|story))?",
    rf"share(?:\s+this)?(?:\s+(?:article|story|page|post|link))?(?:\s+(?:on|via|with|to)\s+{_SOCIAL})?",
    rf"(?:share|post|send|email|e-mail|tweet)(?:\s+this)?(?:\s+(?:article|story|page))?\s+(?:on|via|to|by)\s+{_SOCIAL}",
    _SOCIAL,
    r"copy(?:\s+the)?(?:\s+article)?\s+link|link\s+copied(?:\s+to\s+clipboard)?|copied!?",
    r"email(?:\s+this)?(?:\s+(?:article|story|page))?(?:\s+to\s+a\s+friend)?",
    r"(?:channel\s+website|original\s+article(?:\s+link)?|article\s+link|source\s+link|permalink|short\s*link|"
    r"canonical\s+url)\s*:?\s*(?:https?://\S*|www\.\S*)?",
    r"listen\s+to\s+this\s+article|\d{1,2}\s+min(?:ute)?s?\s+read|reading\s+time\s*:?\s*\d{1,2}\s+min(?:ute)?s?",
    # follows
    rf"follow\s+(?:us|@\w+|[\w.'’-]+(?:\s+[\w.'’-]+){{0,4}})\s+on\s+{_SOCIAL}(?:\s*(?:,|and|&)\s*{_SOCIAL})*",
    r"(?:like\s+us\s+on\s+facebook|join\s+us\s+on\s+(?:facebook|whatsapp|telegram))(?:\s+[\w.,!'’-]+){0,10}",
    # adverts
    r"advertisement|advert|ads?|sponsored(?:\s+(?:content|links|post|stories))?|promoted(?:\s+(?:content|stories))?",
    r"paid\s+(?:content|partnership|post)|partner\s+content",
    r"(?:story|article|content)\s+continues\s+(?:below|after(?:\s+the)?\s+(?:advert|advertisement|ad))(?:\s+advertisement)?",
    r"continue\s+reading\s+(?:below|the\s+main\s+story)|scroll\s+(?:down\s+)?to\s+continue(?:\s+reading)?",
    # cookie buttons
    r"(?:accept|reject|allow|decline|refuse)(?:\s+(?:all|optional|essential|necessary|additional|analytics|"
    r"non-essential))?(?:\s+cookies)?"
    r"(?:\s+and\s+(?:continue|close))?|essential\s+only|necessary\s+only|find\s+out\s+more|more\s+info(?:rmation)?",
    r"(?:manage|customi[sz]e|change)\s+(?:my\s+)?(?:cookies|preferences|settings|consent|choices)",
    r"cookie\s+(?:settings|preferences|policy|notice|banner)|(?:view|change|manage)\s+cookies|"
    r"i\s+(?:agree|accept)|got\s+it|ok(?:ay)?,?\s+got\s+it|hide\s+(?:this\s+)?message",
    # comments
    r"(?:\d+|no)\s+comments?|comments?\s*\(\d+\)|(?:show|view|hide|leave\s+a|add\s+a|post\s+a|join\s+the|read)\s+comments?|comments?|"
    r"comments?\s+(?:are|is|have\s+been)\s+(?:now\s+)?(?:closed|disabled|switched\s+off|turned\s+off)"
    r"(?:\s+(?:for|on)\s+(?:this|the)\s+(?:article|story|page|post))?",
    # photo credits and captions standing alone
    rf"(?:[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}\s*/\s*)?{_AGENCY}(?:\s*/\s*{_AGENCY})?",
    r"\(?(?:image|photo|picture|pic|photograph|credit|main\s+image|top\s+image|header\s+image)s?"
    r"(?:\s+(?:credit|source))?\s*[:,]\s*[^.()]{1,80}\)?",
    r"(?:image|media)\s+(?:caption|source)s?",
    r"(?:[\w'’-]+\s+){0,4}(?:stock(?:\s+(?:image|photo|picture))?|file\s+(?:photo|picture|image)|"
    r"library\s+(?:image|picture|photo))",
))
# Units run together with spaces or a few symbols between them ("Menu ☰ Report", "Share: X | Email").
_LONE = re.compile(rf"(?:{_UNIT})(?:\s*[^\w\s'’\"“”()]{{0,3}}\s*(?:{_UNIT}))*\s*[.!:?]?", re.I)
# Symbols only ("•", "***", "|"), a lone character, or a row of [bracketed] buttons.
_SYMBOLS = re.compile(r"[^\w]{1,5}|\w|(?:\[[^\[\]]{1,30}\]\s*){2,}")
_BREADCRUMB_SPLIT = re.compile(r"\s*(?:›|»|>|/|\|)\s*")
_COOKIE = re.compile(
    r"\b(?:(?:we|this\s+(?:site|website)|our\s+(?:site|website)s?)\s+(?:uses?|sets?|places?)\s+(?:\w+\s+){0,3}cookies|"
    r"use\s+of\s+cookies|cookies?\s+(?:policy|settings|preferences|notice)|accept\s+(?:all\s+)?cookies|"
    r"(?:optional|analytics|necessary|essential|advertising|marketing|additional|non-essential)\s+cookies|"
    r"cookies\s+on\s+(?:the\s+|this\s+|our\s+)?(?:[\w'’-]+\s+){0,4}(?:website|site)|"
    r"consent\s+to\s+(?:the\s+use\s+of\s+)?cookies|"
    r"(?:store|access)\s+(?:and/or\s+access\s+)?information\s+on\s+(?:a|your)\s+device)",
    re.I)
_COOKIE_HINT = re.compile(r"ookie|OOKIE|evice|EVICE")     # a cheap gate before the full pattern
WALL_TRIGGER = re.compile(
    r"(?:.{0,60}\b(?:create|register\s+for)\s+an?\s+(?:free\s+)?account\s+to\s+(?:continue|keep)\s+reading.{0,60}"
    r"|.{0,60}\b(?:subscribe|register|sign\s+up|sign\s+in|log\s+in|login)(?:\s+now|\s+for\s+free)?\s+to\s+(?:continue|keep|read)\b.{0,80}"
    r"|.{0,40}\bto\s+(?:continue|keep)\s+reading,?\s+(?:please\s+)?(?:subscribe|register|sign\s+in|log\s+in|create).{0,80}"
    r"|.{0,40}\bthis\s+(?:article|content|story)\s+is\s+(?:only\s+)?(?:available|for|exclusive)\s+(?:to\s+)?(?:our\s+)?"
    r"(?:subscribers|members|registered\s+users).{0,60}"
    r"|(?:already\s+(?:a\s+subscriber|have\s+an\s+account|registered)).{0,30}"
    r"|.{0,60}\b(?:sign\s+up|subscribe)\s+(?:to|for)\s+(?:our|the|my)\b.{0,40}\bnewsletters?\b.{0,80}"
    r"|.{0,40}\b(?:get|receive)\s+(?:the|our)\b.{0,50}\b(?:newsletter|in\s+your\s+inbox)\b.{0,60}"
    r"|(?:newsletter|free\s+newsletter|daily\s+newsletter)s?(?:\s+sign[\s-]?up)?)", re.I)
_WALL_WORDS = re.compile(
    r"\b(?:accounts?|sign[\s-]?(?:in|up)|log[\s-]?(?:in|out)|logged\s+in|register(?:ed|ing)?|registration|"
    r"subscri\w*|newsletters?|e-?mail|password|characters?|required|terms\s+(?:of|and)|privacy|cookies?|"
    r"re-?captcha|captcha|continue\s+reading|journalism|comment\s+on\s+stories|competitions|refresh\s+the\s+page|"
    r"thank\s+you\s+for|verify|verification|unlock|premium|free\s+trial|per\s+month|cancel\s+any\s?time|"
    r"inbox|unsubscribe|consented|opt\s+out|sign\s+me\s+up|invalid|try\s+again|something\s+went\s+wrong)\b", re.I)
LIST_HEADING = re.compile(
    r"(?:latest(?:\s+(?:news|stories|headlines|updates|articles|videos))?(?:\s+from(?:\s+(?P<pub>.{2,80}?))?)?"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in|enjoy|have\s+missed)"
    r"|related(?:\s+(?:articles|stories|content|news|topics|links|reading|coverage|posts))?"
    r"|most\s+(?:read|popular|viewed|shared|commented|watched)(?:\s+(?:stories|articles|news))?"
    r"|more\s+(?:local\s+)?(?:stories|news|top\s+stories|on\s+this\s+(?:story|topic)|like\s+this)"
    r"|more\s+(?:from|in)\s+.{2,60}?"
    r"|(?:read|see)\s+(?:more|also|next)|also\s+read"
    r"|recommended(?:\s+(?:for\s+you|reading|stories|articles))?|trending(?:\s+(?:now|stories|news))?"
    r"|(?:today['’]s\s+)?top\s+stories(?:\s+today)?|popular(?:\s+(?:now|stories|today))?|in\s+other\s+news"
    r"|don['’]t\s+miss|what\s+to\s+read\s+next|editor['’]s\s+picks|elsewhere\s+on\s+.{2,40}?|topics|tags"
    r"|explore\s+more\s+on\s+these\s+topics)\s*:?", re.I)
_READ_MORE = re.compile(
    r"(?:darllenwch\s+fwy\s*/\s*)?(?:read\s+more|more\s+on\s+this\s+story|see\s+also|also\s+read|related|read\s+next"
    r"|watch)\s*[:|›»>–—-]\s*.{1,160}", re.I)
_ALSO_IN_BRIEF = re.compile(r"(?:also\s+in\s+brief|elsewhere\s+in\s+brief|in\s+brief\s+elsewhere)\s*:.{1,300}", re.I)
_PERIOD_END = re.compile(r"\.['’\"”)\]]*$")
_TERMINAL = re.compile(r"[.!?…]['’\"”)\]]*$")


def is_prose(p: str) -> bool:
    """Reads like a sentence of an article: six words and a full stop, or simply long."""
    words = p.count(" ") + 1
    return (words >= 6 and bool(_TERMINAL.search(p))) or words >= 25


def _is_breadcrumb(p: str) -> bool:
    """"Home › News › Crime", "News | Maldon | Crime", "NEWS > UK"."""
    if len(p) > 120 or "\t" in p or _TERMINAL.search(p) or re.search(r"\d", p):
        return False        # a date or a count says dateline or headline, not a path; a tab, a table's row
    parts = _BREADCRUMB_SPLIT.split(p)
    if len(parts) < 2 or not all(parts) or any(part.lower().startswith("by ") for part in parts):
        return False
    strong = any(sep in p for sep in ("›", "»", ">")) or " / " in p
    # The last step of a path is often the page's own title, so it may be long.
    if any(len(part.split()) > 4 for part in parts[:-1]) or len(parts[-1].split()) > (15 if strong else 4):
        return False
    if not strong and len(parts[-1].split()) > 4:
        return False
    return strong or len(parts) >= 3 or parts[0].lower() in ("home", "news")


# A picture's caption, which a copied page keeps as a paragraph: "Scotland Yard said the
# conduct was reported by a colleague. Photograph: Agency", "… (Image: Pennine Post)".
_CAPTION_END = re.compile(r"(?:\.\s+|\s+\(|\s+)(?:Photograph|Photo|Picture|Pic|Image|Illustration|Composite)s?"
                          r"(?:\s+(?:credit|source))?\s*:\s*[^.:()]{1,60}\)?\.?")


def is_lone_furniture(p: str) -> bool:
    if len(p) <= 5 and _SYMBOLS.fullmatch(p):
        return True
    if len(p) <= 300 and (m := _CAPTION_END.search(p)) and m.end() == len(p):
        return True
    if len(p) <= 160 and (_LONE.fullmatch(p) or _SYMBOLS.fullmatch(p)):
        return True
    if _is_breadcrumb(p):
        return True
    if len(p) <= 200 and _READ_MORE.fullmatch(p) and not _PERIOD_END.search(p):
        return True
    if len(p) <= 320 and _ALSO_IN_BRIEF.fullmatch(p):
        return True
    return len(p) <= 400 and bool(_COOKIE_HINT.search(p)) and bool(_COOKIE.search(p))


def _is_wall_part(p: str) -> bool:
    if len(p) > 300:
        return False
    if is_lone_furniture(p):
        return True
    hits = {m.group().lower() for m in _WALL_WORDS.finditer(p)}
    # An article sentence may say "account" or "email" once; a wall's sentences pile them up.
    if len(hits) >= (2 if is_prose(p) else 1):
        return True
    return len(p) <= 40 and not _TERMINAL.search(p) and len(p.split()) <= 4


def _is_list_item(p: str) -> bool:
    return len(p) <= 160 and not _PERIOD_END.search(p) and len(p.split()) <= 25


def drop_furniture(paragraphs: list[str]) -> tuple[list[str], list[bool], list[str]]:
    """Paragraphs kept; for each, whether furniture was dropped right after it; publication hints."""
    kept: list[str] = []
    removed_after: list[bool] = []
    hints: list[str] = []
    i, n = 0, len(paragraphs)
    while i < n:
        p = paragraphs[i]
        j = i
        if len(p) <= 100 and (m := LIST_HEADING.fullmatch(p)):
            j = i + 1
            pub = m.group("pub")
            if pub is None and re.search(r"\bfrom\s*:?$", p, re.I) and j < n and _is_list_item(paragraphs[j]):
                pub = paragraphs[j]          # "Latest News from" / "<organisation>" on the next line
            if pub:
                hints.append(pub.strip())
            while j < n and _is_list_item(paragraphs[j]):
                j += 1
        elif is_lone_furniture(p):
            j = i + 1
        elif len(p) <= 200 and WALL_TRIGGER.fullmatch(p):
            j = i + 1
            while j < n and _is_wall_part(paragraphs[j]):
                j += 1
        if j > i:
            if removed_after:
                removed_after[-1] = True
            i = j
            continue
        kept.append(p)
        removed_after.append(False)
        i += 1
    return kept, removed_after, hints
