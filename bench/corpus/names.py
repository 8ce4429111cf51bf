"""Fictional people, towns and publications.

First names come from a written list (the names people in the UK actually carry, from many
backgrounds, accents included) topped up with invented ones built from syllables. Surnames are
mostly built: English place-style roots and endings, Gaelic stems under Mac/Mc/O’, and a list
from other traditions. The point is thousands of plausible, varied spellings, so that search,
folding (Siân, Łukasz, O’Brien) and fuzzy matching meet what real text throws at them. Any
match with a real person is a coincidence of common names.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

MALE = """
Aaron Abdul Adam Adrian Ahmed Aidan Alan Alasdair Alastair Alex Alfie Ali Alistair Amir Andrew
Angus Anthony Archie Arjun Arthur Ashley Barry Ben Bernard Bilal Blessing Brendan Brian Callum
Calum Cameron Carl Charlie Chidi Chris Christopher Ciarán Colin Connor Craig Dafydd Damian
Daniel Danny Darren Darius David Dean Declan Dennis Derek Dominic Donal Duncan Dylan Eamon
Eddie Edward Eoghan Emeka Eric Ewan Faisal Fergus Finlay Francis Frank Gareth Garry Gavin
Geraint Gethin Glyn Gordon Graham Grant Gregor Hamish Hamza Harry Harvey Hassan Hugh Iain Ian
Ibrahim Idris Imran Ioan Isaac Ivan Jack Jacob Jake Jamal James Jamie Jason Jay Jeremy Jerome
Jiři John Jon Jonathan Joseph Joshua Jürgen Kamal Karl Karim Keith Kelvin Kenneth Kevin Kieran
Kofi Krzysztof Kwame Lee Leon Lewis Liam Llŷr Lloyd Louis Luca Luke Łukasz Malcolm Marcus
Mark Martin Mateusz Matthew Mehmet Michael Mohammed Muhammad Nathan Neil Niall Nicholas Nigel
Nikhil Noel Oisín Oliver Olumide Omar Oscar Owain Owen Patrick Paul Pedro Peter Philip Piotr
Rajesh Raphaël Ravi Reece Rhodri Rhys Richard Robert Rory Ross Rowan Ryan Sam Samuel Sanjay
Scott Seamus Seán Sebastian Shaun Simon Sion Stefan Stephen Steven Stuart Tadhg Tariq Terence
Thomas Timothy Tobias Tomás Tomasz Tony Trevor Tunde Usman Vikram Wayne Wesley William Yusuf
Zachary Zain Zoltán
""".split()

FEMALE = """
Abigail Adaeze Aisha Alexandra Alice Alison Amanda Amara Amelia Amy Andrea Angela Anita Ann
Anna Annabel Aoife Asha Ayşe Beatrice Bethan Beverley Bronwen Caitlin Carla Carol Caroline
Catherine Charlotte Chloé Chloe Ciara Claire Clare Danielle Deborah Deepa Denise Diane Donna
Eilidh Eleanor Elena Eleri Elif Elizabeth Ella Emily Emma Erin Esther Eve Fatima Fiona Frances
Freya Funmilayo Gemma Georgia Gillian Grace Gwen Hannah Harriet Hayley Heather Helen Holly
Imogen Iona Isla Jacqueline Jade Jane Janet Jasmine Jennifer Jessica Joanne Joy Julia Julie
Karen Kate Katherine Katie Kayleigh Kelly Kerry Kirsty Lakshmi Laura Lauren Leah Leanne Lindsay
Lisa Lorna Louise Lucy Lydia Lynne Maddie Magdalena Maisie Małgorzata Mairéad Mandeep Margaret
Maria Marie Marta Mary Megan Mhairi Michelle Mia Molly Morag Nadia Naomi Natalie Nia Niamh
Nicola Nkechi Nora Olivia Parveen Patricia Paula Penelope Philippa Priya Rachel Rebecca Renée
Rhiannon Roisín Rosa Rosie Ruth Saoirse Sarah Seren Shannon Sharon Shauna Sian Siân Simone
Sinéad Sophie Stacey Stephanie Susan Tamsin Tanya Teresa Tracey Una Vanessa Victoria Wendy
Yasmin Yvonne Zara Zeynep Zoë Zofia Zuzana
""".split()

# Invented first names: a syllable and an ending that sound like a given name.
_ONSETS = ("Al Ber Bran Cal Cor Dar Dev El Ev Fen Gar Hal Jar Kel Ket Lew Lor Mar Mor Nor Os "
           "Per Rod Ros Sel Tam Tor Val Wyn Zan").split()
_MALE_ENDS = "an en on ric ias iel vin ton ley ius ard o".split()
_FEMALE_ENDS = "a ina elle ia ette ey wen ine issa ora ynn ie".split()

# Surnames built from an English place-style root and ending ("Thornley", "Ashcombe").
_ROOTS = ("Ash Black Brad Bram Brook Burn Cal Cart Chad Clay Cold Cran Dal Dun Elm Fair Farn Fen "
          "Finch Gar Glen Gold Green Hal Ham Har Hart Hay Hazel Hol Horn Kel Ken Kirk Lang Lind "
          "Lock Mar Mill Moor Nor Oak Pen Rad Red Ridge Rock Rose Rush Sand Shel Stan Stock Stone "
          "Thorn Wad Wal Wes White Wil Win Wood Yar Ather Brack Cobb Dray Egger Hatch Pick Quar "
          "Tarr Whit").split()
_ENDS = ("ford ley well wood worth ton by field ham more combe den dale cott ridge bury stead "
         "wick hurst hill brook shaw ling croft thwaite holme gate land wright").split()

# Gaelic stems: under Mac, Mc or O’ (the apostrophe's style varies by article).
_GAELIC = ("Brien Connell Donnell Dowd Farrell Gorman Hagan Hanlon Hara Keefe Kelly Leary Mahony "
           "Malley Neill Reilly Riordan Rourke Shea Sullivan Toole Doherty Callaghan Driscoll "
           "Dwyer Flaherty Grady Halloran Loughlin Meara").split()
_MAC = ("Allister Bride Cabe Call Carthy Cormack Crae Donald Dougall Ewan Fadyen Gill Gowan Grath "
        "Innes Intyre Iver Kay Kenzie Kinnon Lean Leod Millan Nab Naughton Pherson Quarrie "
        "Rae Taggart").split()

# Surnames from other traditions, as carried in Britain; folded search must find them from ASCII.
OTHER_SURNAMES = """
Abara Acheampong Adebayo Adeyemi Afolabi Ahmadi Akhtar Akinola Aksoy Anand Arslan Asante Aziz
Banerjee Bashir Begum Bhatt Bianchi Bose Chaudhry Chen Costa Cruz Çelik Dąbrowski Demir Desai
Dimitriou Doğan Dubois Eze Fernandes Ferreira Gallo Georgiou Ghosh Gómez Hossain Hussain Iqbal
Jankowski Joshi Kapoor Kaur Kaya Khan Kowalczyk Kowalski Kumar Laurent Lewandowski Lin Lopes
Malik Martínez Mehta Mendes Mirza Müller Nair Nowak Nwosu Obi Oduya Okafor Okonkwo Olawale
Oliveira Osei Öztürk Papadopoulos Patel Pereira Popescu Quaye Qureshi Rahman Rana Rashid Reddy
Ricci Rossi Šimić Santos Sawicki Schmidt Şahin Shah Sharma Silva Singh Sokolov Sousa Szabó
Tan Thakur Uddin Varga Verma Wiśniewski Wójcik Yadav Yılmaz Zieliński
""".split()

PLAIN_SURNAMES = """
Allen Archer Bailey Baker Barker Barnes Bell Bennett Bishop Booth Bowen Brooks Butler Carter
Chapman Clarke Cole Collins Cook Cooper Cox Davies Dawson Dixon Edwards Ellis Evans Fisher
Fletcher Foster Fox Gibson Graham Gray Griffiths Hall Harper Harris Hayes Hill Holmes Howells
Hughes Hunt Jenkins Johnson Jones Kay Kemp Knight Lane Lloyd Lowe Marsh Mason Matthews Mills
Mitchell Morgan Morris Murray Nash Owen Parker Parry Payne Pearce Perry Phillips Powell Price
Pryce Reid Rees Reeves Roberts Rowe Russell Sharp Shaw Simpson Slater Stewart Sutton Taylor
Thomas Turner Vaughan Walsh Ward Watkins Watson Webb Wells Wilkinson Williams Wyatt Young
""".split()

# Towns are invented (a test keeps them out of the place gazetteer), so no real place hints at a
# force the article does not name.
TOWNS = """
Alderwick Ashenby Barrowmere Blackhollow Bramblecote Brinkhollow Calderholme Calverholt Carrowby
Chalkmere Chesterwold Coldmarrow Copperwick Corvenbury Dellingford Dunmarrow Elderholt Emberwick
Fallowmere Farrowdene Fernhallow Foxmarrow Gallowmere Glenmarrow Greywick Harrowmere Hollowcombe
Ivelmarsh Kestlewick Lanterncombe Larkhollow Lindhollow Lowmarrow Marrowby Millhollow Mirewick
Netherwick Oakhollow Oldhollow Pellingcombe Pennymere Quarrydale Radlecombe Ravenholt Redmarsh
Rushcombe Saltmarrow Sedgecombe Shelhollow Silverholt Stormbury Tallowick Thistlecombe
Thornhollow Umberholt Vellingford Walcombe Wrenhollow Yewcombe
""".split()

_PAPERS = "Gazette Echo Herald Argus Chronicle Post Courier Advertiser Mercury Star Journal Observer Times Clarion".split()

NATIONAL_PAPERS = ["The Albion Dispatch", "The Northern Observer", "The Sunday Sentinel",
                   "The Daily Standard", "The Evening Examiner", "The Public Record Wire"]

OVERSEAS_TOWNS = ["Port Aldine", "Marlow Creek", "Cedarholm", "Brantwood Falls", "Lake Oriel",
                  "Fort Delacey", "Silverpine", "New Harrow", "Redfern Bay", "Queensbury Heights"]


@dataclass(frozen=True, slots=True)
class Person:
    first: str
    last: str
    female: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@lru_cache(maxsize=None)
def built_surnames() -> tuple[str, ...]:
    built = [r + e for r in _ROOTS for e in _ENDS if not (r[-1] == e[0] and r[-1] in "dklnrst")]
    gaelic = [f"O’{s}" for s in _GAELIC] + [f"Mac{s}" for s in _MAC] + [f"Mc{s}" for s in _MAC]
    known = set(PLAIN_SURNAMES)
    return tuple(s for s in dict.fromkeys(OTHER_SURNAMES + gaelic + built) if s not in known)


@lru_cache(maxsize=None)
def invented_first_names(female: bool) -> tuple[str, ...]:
    written = set(FEMALE if female else MALE)
    ends = _FEMALE_ENDS if female else _MALE_ENDS
    return tuple(n for n in dict.fromkeys(o + e for o in _ONSETS for e in ends) if n not in written)


def person(rng: random.Random, *, female: bool | None = None, apostrophe: str = "’") -> Person:
    """A fictional person. Written first names are three times likelier than invented ones,
    and a third of surnames are the commonest kind, so names repeat as they do in life."""
    if female is None:
        female = rng.random() < 0.32
    firsts = (FEMALE if female else MALE) if rng.random() < 0.75 else invented_first_names(female)
    first = firsts[rng.randrange(len(firsts))]
    roll = rng.random()
    lasts = PLAIN_SURNAMES if roll < 0.35 else built_surnames()
    last = lasts[rng.randrange(len(lasts))]
    if roll > 0.98:  # double-barrelled
        more = built_surnames()
        last = f"{last}-{more[rng.randrange(len(more))]}"
    if apostrophe != "’":
        last = last.replace("’", apostrophe)
    return Person(first, last, female)


def town(rng: random.Random) -> str:
    return TOWNS[rng.randrange(len(TOWNS))]


def local_paper(rng: random.Random) -> str:
    name = f"{town(rng)} {_PAPERS[rng.randrange(len(_PAPERS))]}"
    return f"The {name}" if rng.random() < 0.5 else name
