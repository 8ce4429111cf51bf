"""Word lists the extractor reads text with: what is not a name, how people say things."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

# Capitalised words that are never part of a person's name in news copy.
STOP = frozenset("""
A An The This That These Those It Its He She His Her Hers Him They Them Their We Our Us You Your I My Me
And Or But Nor So Yet For Of In On At By To From With Without Within Into Onto Over Under After Before
During Since Until While When Where Why How What Which Who Whom Whose If Then Than As Because Although
Though However Meanwhile Despite Also Both Either Neither Each Every All Any Some Many Most More Much
Several Few No Not Yes Only Just Even Still Already Now Today Yesterday Tomorrow Last Next Earlier Later
Here There One Two Three Four Five Six Seven Eight Nine Ten First Second Third Another Other Others
Such Said Says Say Told Added Asked Read See Share Print Email Follow Like Comment Comments Sign Log
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July
September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Police Policing Constabulary Force Forces Service Services Office Officer Officers Court Courts Crown
Magistrates Magistrates' Council Commission Commissioner Department Ministry Home Agency Federation
Association College University School Hospital Street Road Avenue Square House Centre Center Coalition
Trust Foundation Charity Party Labour Conservative Conservatives Tory Tories Liberal Democrat Democrats
Green Reform Government Parliament Committee Inquiry Report Review News Telegraph Times Guardian Mail
Mirror Express Sun Star Post Echo Gazette Herald Chronicle Journal Standard Observer Independent BBC
ITV Sky Channel Press Twitter Facebook Instagram WhatsApp Snapchat TikTok YouTube Google Apple
Microsoft Standards Professional Behaviour Behavior Conduct Misconduct Gross Hearing Hearings Panel
Chair Chief Constable Sergeant Inspector Superintendent Detective Special Community Support Justice
Women Women's Violence Against End Victims Victim Christmas Easter Covid Prosecution Legal Code Ethics
Act Regulations England Wales Scotland Britain British English Welsh Scottish Irish Northern Southern
Eastern Western North South East West Central Greater Metropolitan City County Borough Royal National
Regional Director General Deputy Assistant Acting Temporary Former Retired Senior Junior Lead Head
Spokesman Spokeswoman Spokesperson Minister Secretary MP MPs Mayor UK US USA EU IOPC IPCC NPCC
Independent Office Conduct Complaints Authority Ombudsman Inspectorate Tribunal Appeals Barred List
Advisory Network Unit Team Division Command Directorate Branch Squad Group Bureau Operation Project
Investigations Investigation Operations Communications Intelligence Enforcement Affairs Governance Safeguarding
Act Bill Law Laws Rules Guidance Notice Notices Ends Notes Editors Editor Latest Related Read More
Most Top Breaking Live Update Updated Published Posted Photo Image Picture Video Getty Alamy PA Reuters
AP AFP Shutterstock Stock Archive Copyright Rights Reserved Privacy Cookie Cookies Terms Policy
Accept Reject Manage Settings Subscribe Newsletter Register Registration Account Create Free Premium
Skip Main Content Menu Search Home Sport Business Politics Opinion Culture Lifestyle Travel Weather
WhatsApp Messenger Signal Telegram Zoom Teams Microsoft Amazon Uber Tesco Asda
Islamic Muslim Christian Jewish Sikh Hindu Black White Asian Afro Caribbean African Covid-19
Mr Mrs Ms Miss Dr Sir Dame Lord Lady Prof Cllr Rev
Watch Accountability Action Alliance Campaign Campaigns Rights Liberty Institute Society Union Unison Partnership
Initiative Forum Project Projects Network Fund Group Groups Company Ltd Limited Council Councils Services Solutions
Federation Board Authority Authorities Panel Panels Academy Society Club Church Mosque Temple Synagogue Cathedral
Allegation Allegations Finding Findings Outcome Outcomes Venue Sanction Sanctions Result Results Decision Date
Dates Rank Ranks Reason Reasons Summary Details Background Status Update Statement Statements
Campaigner Campaigners Activist Solicitor Lawyer Barrister Witness Witnesses Victim Victims Mother Father Mum Dad
Grandmother Grandfather Widow Neighbour Neighbours Resident Residents Manager Owner Headteacher Teacher Nurse Doctor
Paramedic Driver Founder Chairman Chairwoman Leader Spokesman Spokeswoman Survivor Whistleblower Critics Relatives
Farmer Farmers Shopkeeper Landlord Landlady Publican Businessman Businesswoman Pensioner Student Cyclist Motorist
Pedestrian Builder Plumber Electrician Postman Postwoman Cabbie Footballer Referee Vicar Pastor Imam Rabbi Lecturer
Journalist Photographer Carer Mechanic Trader Stallholder Midwife Firefighter Dentist Pharmacist Surgeon Shopworker
Grazier Rancher Fisherman Gamekeeper Crofter
Airport Station Prison Barracks Port Harbour Stadium Park Gardens Court Tribunal Hall Hotel Bar Pub Cafe Restaurant
Headquarters HQ Síochána Siochana Reserve Training Recruitment Vetting
""".split())

# Stop words that are also common surnames: allowed as the last word of a name after a known
# given name ("Amy Hall", "Tom Green").
SURNAME_WORDS = frozenset("""Hall Park Green Black White Brown Young King Church Court House Lane Wood Hill English
    Welsh Scott Bishop Lord Knight Bell Rose Baker Cook Mason Farmer Ward Marsh Field Fields Street Banks Star Sun Post
    Mail Bond Price Law Major Chase Hope Grant Stone Waters Hunter Page Power Best Rich Long Hart Moss Nash
    Chambers Brook Brooks Dale Dean Lee Guy North South East West Little Parsons Sergeant Constable""".split())

# Verbs of saying, as used in attributions ("he said", "said Supt X", "X told the BBC").
SAY_VERBS = frozenset("""said says say told tells added adds continued continues explained explains
stated states noted notes insisted insists claimed claims argued argues warned warns admitted admits
commented comments remarked remarks wrote writes replied replies responded responds asked asks
acknowledged acknowledges confirmed confirms described describes declared declares urged urges
suggested suggests concluded concludes recalled recalls revealed reveals conceded concedes
maintained maintains stressed stresses emphasised emphasized emphasises emphasizes observed observes
announced announces agreed agrees accepted accepts denied denies reflected reflects posted tweeted
messaged texted spoke telling joked jokes quipped quips laughed testified testifies""".split())
# Verbs that only report speech (not "admitted the allegation", "accepted the finding"): a person
# whose sentence is "X said …" is speaking, not being reported on.
# The gender each third-person pronoun gives who it stands for.
PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
# Words for relatives and partners that give a person's gender ("the boy's mother", "her husband")
FEMALE_KIN = frozenset("woman girl mother wife daughter sister grandmother girlfriend".split())
MALE_KIN = frozenset("man boy father husband son brother grandfather boyfriend".split())

SPEECH_ONLY = frozenset("""said says told tells added adds explained explains stated states noted notes insisted
insists claimed claims argued argues warned warns commented comments remarked remarks wrote writes replied
replies responded responds stressed stresses emphasised emphasized observed observes announced announces
declared declares continued continues recalled recalls concluded concludes urged urges described describes
confirmed confirms""".split())
# Phrasal verbs of saying ("He went on: …").
SAY_PHRASES = ("went on", "goes on", "carried on", "pointed out", "points out", "spoke out", "summed up")

FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})

_DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=1)
def first_names() -> dict[str, str | None]:
    """Given name → "male" | "female" | None (either). Ambiguous words are left out; see
    `ambiguous_first_names`."""
    path = _DATA / "first_names.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, str | None] = {}
    for gender in ("male", "female"):
        for n in data.get(gender, []):
            out[n] = gender
    for n in data.get("unisex", []):
        out[n] = None
    # "Sinead" for "Sinéad": look names up without their accents too (the list never gives one
    # spelling two genders)
    for n, g in list(out.items()):
        out.setdefault(unaccent(n), g)
    return out


def unaccent(name: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def ambiguous_first_names() -> dict[str, str | None]:
    """Given names that are also ordinary words ("Mark", "Sue", "May") → gender."""
    path = _DATA / "first_names.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    genders = data.get("ambiguous_gender", {})
    return {n: (None if genders.get(n) == "unisex" else genders.get(n)) for n in data.get("ambiguous_words", [])}
