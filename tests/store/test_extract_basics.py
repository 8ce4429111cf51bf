"""Extraction on small fictional texts: each rule the way news writes it."""
import pytest

from store.extract import extract_text


def quotes(text):
    return [(q.speaker, q.text) for q in extract_text(text).quotes]


def cases(text, **kw):
    return [(c.officer, c.force, c.outcome) for c in extract_text(text, **kw).cases]


@pytest.mark.parametrize("text, expected", [
    # attribution after, with the verb first
    ("Kent officer sacked\n\n“We will not tolerate this behaviour,” said Chief Constable Dana Whitlock.",
     [("Dana Whitlock", "We will not tolerate this behaviour,")]),
    # attribution before, with a colon
    ("Hearing\n\nDeputy Chief Constable Imran Qureshi said: “The public deserve better from us.”",
     [("Imran Qureshi", "The public deserve better from us.")]),
    # a quote interrupted by the attribution is two quotes, both the same speaker's
    ("Hearing\n\n“This was serious,” Ms Ada Fenwick said. “It will not happen again.”",
     [("Ada Fenwick", "This was serious,"), ("Ada Fenwick", "It will not happen again.")]),
    # straight single quotes with apostrophes inside
    ("Hearing\n\nThe chair, Norah Quill, spoke.\n\n'It's clear the officers' remarks weren't meant for anyone,' she said.",
     [("Norah Quill", "It's clear the officers' remarks weren't meant for anyone,")]),
])
def test_quote_styles(text, expected):
    assert quotes(text) == expected


def test_british_multi_paragraph_quote_is_one_quote_per_paragraph():
    text = ("Officer dismissed\n\nSupt Ruth Okafor said: “The first paragraph of the statement runs here.\n\n"
            "“The second paragraph reopens the mark and closes it.”")
    assert quotes(text) == [("Ruth Okafor", "The first paragraph of the statement runs here."),
                            ("Ruth Okafor", "The second paragraph reopens the mark and closes it.")]


def test_lost_opening_mark_and_pronoun():
    text = ("Report\n\nCampaigner Jane Marlowe said she was “angry.”\n\n"
            "That is only the tip of what never gets reported,” she said.")
    assert quotes(text)[-1] == ("Jane Marlowe", "That is only the tip of what never gets reported,")


def test_statement_over_unmarked_paragraphs():
    text = ("Report\n\nACC Tom Byrne said: “We investigate every complaint.\n\n"
            "Our teams work to strict rules and are inspected.\n\n"
            "Nobody is above the law.”")
    got = quotes(text)
    assert [s for s, _ in got] == ["Tom Byrne"] * 3
    assert got[1][1] == "Our teams work to strict rules and are inspected."


def test_named_officer_force_outcome_and_the_chair_is_not_a_case():
    text = ("Cumbria Police officer dismissed\n\n"
            "PC Daniel Okafor, 29, of Cumbria Constabulary, was dismissed without notice after a "
            "misconduct hearing found he had sent offensive messages.\n\n"
            "The hearing was chaired by Chief Constable Alan Brisco, of Cheshire Constabulary, who said "
            "the conduct was ‘wholly unacceptable in any police officer’.")
    ex = extract_text(text)
    assert [(c.officer, c.force, c.outcome, c.age, c.rank) for c in ex.cases] == [
        ("Daniel Okafor", "Cumbria Constabulary", "dismissed", 29, "Constable")]
    assert ex.cases[0].chair == "Chief Constable Alan Brisco"


def test_alias_and_would_have_been_dismissed():
    text = ("Former PC would have been sacked\n\n"
            "Former PC Laura Penhale, who served with GMP, resigned before the hearing. "
            "The panel found she would have been dismissed had she still been serving.")
    assert cases(text) == [("Laura Penhale", "Greater Manchester Police", "would_have_been_dismissed")]


@pytest.mark.parametrize("sentence, outcome", [
    ("Sgt Ben Ruddock was given a final written warning.", "final_written_warning"),
    ("Sgt Ben Ruddock was given a written warning.", "written_warning"),
    ("Sgt Ben Ruddock was demoted to constable.", "reduction_in_rank"),
    ("Sgt Ben Ruddock was cleared of gross misconduct.", "not_proven"),
    ("Sgt Ben Ruddock had no case to answer.", "no_case_to_answer"),
    ("Sgt Ben Ruddock will face a gross misconduct hearing next month.", "pending"),
    ("Sgt Ben Ruddock was referred to reflective practice.", "reflective_practice"),
])
def test_outcome_phrases(sentence, outcome):
    assert cases("Kent Police\n\n" + sentence + " He serves with Kent Police.")[0][2] == outcome


def test_negated_and_hypothetical_outcomes_do_not_count():
    text = ("Essex Police\n\nPC Amy Tranter of Essex Police escaped dismissal and was instead given a "
            "written warning. Campaigners said she should have been sacked.")
    assert cases(text) == [("Amy Tranter", "Essex Police", "written_warning")]


def test_unnamed_cases_in_a_round_up_and_statistics_are_not_cases():
    text = ("Officers kept their jobs\n\n"
            "Of the 1,204 officers investigated, 7% were dismissed. Greater Manchester Police recorded 96 complaints.\n\n"
            "A Kent Police officer who sent racist messages, and a Surrey Police officer who shared explicit "
            "images, were both given reflective practice.\n\n"
            "An officer in London who stalked a colleague received a written warning.")
    assert cases(text) == [(None, "Kent Police", "reflective_practice"),
                           (None, "Surrey Police", "reflective_practice"),
                           (None, None, "written_warning")]


def test_place_covered_by_one_force():
    text = "Staff member quit\n\nA member of civilian staff based in Blackpool resigned after misusing police systems."
    assert cases(text) == [(None, "Lancashire Constabulary", "resigned")]


def test_outside_the_uk_force_as_written_and_suspension():
    text = ("Officer suspended\n\nOfficer Troy Delgado of the Phoenix Police Department was suspended for "
            "30 days without pay after an internal investigation.")
    assert cases(text) == [("Troy Delgado", "Phoenix Police Department", "suspended")]


def test_article_about_no_misconduct_has_no_cases():
    text = ("Officers honoured\n\nPC Sian Hughes of Gwent Police received a bravery award for pulling a driver "
            "from a burning car. “I just did what anyone would,” she said.")
    assert cases(text) == []


def test_relative_hearing_date_resolves_against_publication():
    text = ("Officer sacked\n\nPC Jo Frame of Dorset Police was dismissed at a misconduct hearing yesterday (Thursday).")
    case = extract_text(text, published="2023-06-09").cases[0]
    assert case.hearing_date == "2023-06-08"


def test_figures():
    text = "Study\n\nAt least 921 officers were investigated and 6% were dismissed."
    figs = [(f.value, f.unit, f.counts) for f in extract_text(text).figures]
    assert (921.0, "count", "officers were investigated") in figs
    assert any(v == 6.0 and u == "percent" for v, u, _ in figs)


@pytest.mark.parametrize("text", [
    # a new chief constable: the predecessor retiring is not misconduct
    "New chief constable named\n\nDeputy Chief Constable Helen Marsh has been appointed chief constable of "
    "Suffolk Constabulary. She succeeds Chief Constable Gareth Lowe, who retired in March after 32 years. "
    "“It is an honour to lead this force,” Ms Marsh said.",
    # an officer praised by a judge
    "Judge praises officer\n\nA judge at Leeds Crown Court praised PC Dan Whitby of West Yorkshire Police, who "
    "chased and caught a knifeman. The defendant, Karl Ness, 31, was jailed for six years. “PC Whitby showed "
    "great courage,” said Judge Anne Price.",
    # an officer as a witness in a criminal trial
    "Witness tells court of attack\n\nDetective Sergeant Ravi Shah of Essex Police told Chelmsford Crown Court "
    "that the defendant had been arrested at the scene. The defendant denies assault. The trial continues.",
    # a budget row
    "Police budget row\n\nThe police and crime commissioner said Kent Police would lose 120 officers. Chief "
    "Constable Tim Hart warned that response times would suffer. Two officers who resigned last year have "
    "not been replaced, he said.",
    # recruitment and charity
    "Officers run for charity\n\nPCSO Amy Lane and Sgt Paul Roe of Cumbria Constabulary ran 26 miles for a "
    "hospice. Sgt Roe, who retires next month, said: “It has been a privilege to serve this community.”",
    # an officer of another service: a prison officer jailed and dismissed, the police investigators
    "Prison officer jailed\n\nA prison officer who took drugs into HMP Ranby has been jailed for three years and "
    "dismissed by the Prison Service. Callum Fenwick, 31, admitted misconduct in public office. Nottinghamshire "
    "Police investigated. Detective Constable Ria Olsen said: “He let down every colleague at that prison.”",
    # a commissioner's annual review: a count among counts
    "Complaints fall\n\nComplaints against Dorset Police fell by 6% last year, the commissioner's review says. "
    "In all 842 complaints were recorded. Of those, 40 led to misconduct proceedings and five officers were "
    "dismissed.",
])
def test_no_case_in_articles_about_no_misconduct(text):
    assert cases(text) == []


@pytest.mark.parametrize("text", [
    # a criminal case an officer gave evidence in, thrown out: not an outcome for the officer
    "Case against driver thrown out\n\nPC Sam Ives of Dorset Police gave evidence that the van was speeding. "
    "Magistrates said the prosecution had not proved its case and the case was dismissed. The driver, "
    "Lee Hart, 44, said he had received complaints from neighbours about the noise.",
    # a force answering complaints about its service, not about an officer
    "Call wait times criticised\n\nNorthumbria Police received 300 complaints about 101 waiting times last "
    "year. Chief Superintendent Alan Boyd said the force had been dismissed as slow unfairly and that "
    "extra call handlers had been recruited.",
    # a trial an officer gave evidence at: the defendant cleared, not the officer
    "Man cleared of assault\n\nPC Ewan Lyle of Lancashire Constabulary told Preston Crown Court that he had "
    "seen the defendant throw a punch. After a two-day trial, the defendant was cleared of assault. "
    "He said he would now make a complaint about his arrest.",
])
def test_no_case_where_officers_only_witness_or_comment(text):
    assert cases(text) == []


@pytest.mark.parametrize("text, outcome", [
    ("Sergeant keeps job after racist remark\n\nSgt Tiernan Byrne of Avon and Somerset Police was given a final "
     "written warning. The panel stopped short of dismissal, saying he had shown genuine remorse.", "final_written_warning"),
    ("PC handed final written warning\n\nPC Orla Quaid of Kent Police could have been sacked but was handed a final "
     "written warning at a hearing on Monday.", "final_written_warning"),
    ("Officer keeps her job\n\nPC Orla Quaid of Kent Police kept her job. The panel decided against dismissal and "
     "gave her a final written warning.", "final_written_warning"),
])
def test_sanctions_weighed_but_not_imposed(text, outcome):
    assert cases(text)[0][2] == outcome


def test_a_name_with_no_title_is_found_by_what_happened_to_them():
    text = "Kent officer sacked\n\nTiernan Quaid was sacked by Kent Police after a hearing found he lied."
    assert cases(text) == [("Tiernan Quaid", "Kent Police", "dismissed")]


@pytest.mark.parametrize("text", [
    "PC given final written warning\n\nPC Orla Quaid of Kent Police was given a final written warning. Sanctions "
    "available to a panel range from a written warning to dismissal without notice.",
    "PC given final written warning\n\nPC Orla Quaid of Kent Police was given a final written warning. Dismissal is "
    "the most serious sanction a panel can impose.",
    "PC given final written warning\n\nPC Orla Quaid of Kent Police was given a final written warning. The IOPC had "
    "argued that she should be dismissed.",
])
def test_explanations_of_sanctions_are_not_outcomes(text):
    assert cases(text)[0][2] == "final_written_warning"


def finding_of(text):
    case = extract_text(text).cases[0]
    ev = dict((e.field, e.span) for e in case.evidence)
    span = ev.get("finding")
    return case.finding, (text[span.start:span.end] if span else None), dict(case.confidence).get("finding")


@pytest.mark.parametrize("text, expected", [
    # the panel's finding stated apart from the officer's own sentences, in a one-officer story
    ("Constable warned over posts\n\nPC Mared Tolland, of Gwent Police, was given a final written warning on Monday.\n\n"
     "The two-day hearing found that the posts amounted to gross misconduct.",
     ("gross_misconduct", "gross misconduct", 0.75)),
    # stated of the officer: a written warning after a finding of misconduct
    ("Sergeant warned\n\nSgt Ellis Varga, of Kent Police, was found to have committed misconduct and was given a "
     "written warning.", ("misconduct", "found to have committed misconduct", 0.9)),
    # a UK dismissal implies gross misconduct, though the article does not say it: no evidence span
    ("Officer sacked\n\nPC Rhiannon Yelland, of Dyfed-Powys Police, was dismissed without notice on Friday.",
     ("gross_misconduct", None, 0.6)),
])
def test_findings_stated_or_implied(text, expected):
    assert finding_of(text) == expected


@pytest.mark.parametrize("text", [
    "Officer to face hearing\n\nPC Osian Draycott, of Gwent Police, is under investigation for gross misconduct and "
    "has been suspended.",
    "Hearing notice\n\nFormer PC Osian Draycott, of Gwent Police, who resigned in March, will face a misconduct "
    "hearing over claims he lied to a court.\n\nIf proven, the allegations would amount to gross misconduct.",
    "Hearing notice\n\nFormer PC Osian Draycott, of Gwent Police, resigned in March.\n\nHearing type: Gross misconduct "
    "hearing.",
])
def test_the_level_of_an_allegation_is_not_a_finding(text):
    assert finding_of(text)[0] is None


def test_allegations_are_the_sentence_that_says_what_the_officer_did():
    text = ("Constable sacked after hearing\n\n"
            "PC Idris Bellweather, 29, who was based in Wrexham, appeared before a panel on Monday.\n\n"
            "A North Wales Police officer who stole a purse from a car he was searching has been dismissed.\n\n"
            "A second officer, who is alleged to have used police systems to look up the owner, has been given "
            "management advice.")
    case = next(c for c in extract_text(text).cases if c.officer == "Idris Bellweather")
    assert case.allegations.startswith("A North Wales Police officer who stole a purse")
    assert "dishonesty" in case.categories


def test_passive_attribution_after_a_quote():
    text = ("Sergeant warned\n\nSgt Ines Barrow, of Kent Police, was given a written warning.\n\n"
            "“The standard was not met,” it was said by Superintendent Omar Keyes after the hearing.")
    assert quotes(text) == [("Omar Keyes", "The standard was not met,")]


def test_a_place_named_after_someone_is_not_a_person():
    text = ("Officer sacked\n\nFormer PC Tomos Vell, who was based at Arthur Ransome police station, was dismissed "
            "after a hearing found gross misconduct.")
    assert [c.officer for c in extract_text(text).cases] == ["Tomos Vell"]


def test_an_outcome_notice_with_the_sanction_under_its_own_heading():
    text = ("Outcome of misconduct hearing: Sergeant Alwyn Carrick\n\nThames Valley Police\n\n"
            "A hearing was held in respect of Sergeant Alwyn Carrick.\n\n"
            "1. Sergeant Carrick failed to declare an association with a man he knew to be under investigation.\n\n"
            "Outcome\n\nA final written warning was imposed, to remain live for two years.")
    assert cases(text) == [("Alwyn Carrick", "Thames Valley Police", "final_written_warning")]


def test_proven_against_and_a_possessive_subject():
    text = ("Two officers disciplined\n\nPC Oren Hale and PC Dilys Marr, of Kent Police, shared offensive messages.\n\n"
            "A panel found gross misconduct proven against PC Hale, who was dismissed without notice. "
            "The panel found that PC Marr’s conduct amounted to gross misconduct and issued her with a final "
            "written warning.")
    assert cases(text) == [("Oren Hale", "Kent Police", "dismissed"), ("Dilys Marr", "Kent Police", "final_written_warning")]


def test_the_second_officer_is_another_unnamed_case():
    text = ("Officer disciplined\n\nTwo Durham Constabulary officers went to the woman's home. One of the officers, a "
            "constable, has since received a written warning for failing to record the report.\n\n"
            "The second officer who attended had retired before the investigation began.")
    outcomes = sorted(o for _, _, o in cases(text))
    assert outcomes == ["retired", "written_warning"]


def test_and_another_is_someone_else():
    text = ("Officers disciplined\n\nA Kent Police officer has been dismissed and another has received a final written "
            "warning after a hearing.\n\nPC Orla Fenn and PC Brandon Achebe shared the images.\n\n"
            "A panel found gross misconduct proven against PC Fenn, who was dismissed without notice. "
            "PC Achebe was given a final written warning.")
    assert cases(text) == [("Orla Fenn", "Kent Police", "dismissed"),
                           ("Brandon Achebe", "Kent Police", "final_written_warning")]


def test_a_name_with_who_was_a_constable_is_an_officer():
    text = ("Former officer would have been sacked\n\nA former Cleveland Police officer who quit after failing a drugs "
            "test would have been dismissed had he not resigned, a hearing ruled.\n\n"
            "Tobiah Quarrie, who was a constable in Redcar, tested positive in April.")
    assert cases(text) == [("Tobiah Quarrie", "Cleveland Police", "would_have_been_dismissed")]


def test_a_sanction_substituted_for_a_dismissal_on_appeal():
    text = ("Officer wins appeal\n\nPC Ifan Rowe was dismissed by Gwent Police in 2023.\n\nThe tribunal upheld the "
            "finding but substituted a final written warning for the dismissal. PC Rowe has been reinstated.")
    assert cases(text) == [("Ifan Rowe", "Gwent Police", "final_written_warning")]


def test_words_inside_a_quotation_do_not_make_an_outcome_hypothetical():
    text = ("Officer warned\n\nA police officer who told a victim there was \"not much we can do\" has been given a "
            "written warning.\n\nPC Nia Lovell, of Sussex Police, closed the case after a week.")
    assert cases(text) == [("Nia Lovell", "Sussex Police", "written_warning")]


def test_officers_listed_together_share_the_outcome_and_the_lede_group_is_them():
    text = ("Met sacks two officers\n\nTwo Metropolitan Police officers have been sacked and a third given a final "
            "written warning over messages.\n\nPC Aled Corrie and PC Simon Vastra, who posted most of the material, "
            "were dismissed without notice. PC Noor Haddad was given a final written warning.")
    assert cases(text) == [("Aled Corrie", "Metropolitan Police Service", "dismissed"),
                           ("Simon Vastra", "Metropolitan Police Service", "dismissed"),
                           ("Noor Haddad", "Metropolitan Police Service", "final_written_warning")]


def test_a_hearing_still_to_come_with_words_between():
    text = ("Officers disciplined\n\nPC Rhian Tate, of Gwent Police, was given a written warning.\n\n"
            "The custody sergeant, Sgt Colm Bracken, will face a separate gross misconduct hearing in July.")
    assert ("Colm Bracken", "Gwent Police", "pending") in cases(text)


def test_what_an_officer_was_told_does_not_move_the_story_to_the_officer_told_about():
    text = ("Officers disciplined\n\nConstable Iain Morven, of Police Scotland, has been sacked.\n\n"
            "Sergeant Angus Tully, his supervisor, was told by colleagues that Morven had been messaging a victim. "
            "He has been reduced to the rank of constable.")
    assert cases(text) == [("Iain Morven", "Police Scotland", "dismissed"),
                           ("Angus Tully", "Police Scotland", "reduction_in_rank")]


def test_someone_identified_by_a_first_name_only_is_a_speaker():
    text = ("Officer sacked\n\nPC Cai Wren, of Kent Police, was dismissed.\n\nOne woman, who asked to be identified "
            "only by her first name, Laura, said she had trusted him.\n\n“I thought he was helping,” she said.")
    assert quotes(text) == [("Laura", "I thought he was helping,")]


def test_an_officer_mentioned_before_being_named_is_one_case():
    text = ("Figures show few charges\n\nThe figures come days after a West Midlands Police officer was sacked for "
            "controlling behaviour.\n\nPC Ross Hamlin, who was based in Walsall, monitored his partner's phone, a "
            "hearing was told. The panel found gross misconduct proven and dismissed him without notice.")
    assert cases(text) == [("Ross Hamlin", "West Midlands Police", "dismissed")]


def test_a_bulleted_round_up():
    text = ("Database misuse\n\nAmong the cases disclosed:\n\n"
            "- A constable with the Police Service of Northern Ireland who looked up a woman's address was dismissed.\n\n"
            "- An officer in Glasgow who searched for a neighbour was given a final written warning.\n\n"
            "- An officer in Yorkshire who sold data to a claims management company was dismissed and later jailed.")
    assert cases(text) == [(None, "Police Service of Northern Ireland", "dismissed"),
                           (None, "Police Scotland", "final_written_warning"), (None, None, "dismissed")]


def test_a_us_division_of_police_and_its_chief_quoted():
    text = ("Columbus officer fired\n\nOfficer Wade Kessler, a six-year veteran of the Columbus Division of Police, "
            "was terminated after an internal investigation.\n\n"
            "\"What we saw is not policing,\" Police Chief Dana Morrow said at a news conference.")
    assert cases(text) == [("Wade Kessler", "Columbus Division of Police", "dismissed")]
    assert quotes(text) == [("Dana Morrow", "What we saw is not policing,")]


def test_stood_down_while_investigated_is_pending():
    text = ("Officer stood down\n\nSenior Constable Brodie Varga, of the Queensland Police Service, was stood down on "
            "Monday while the incident is investigated.")
    assert cases(text) == [("Brodie Varga", "Queensland Police Service", "pending")]


def test_a_surname_with_a_particle_is_the_same_person():
    text = ("Garda dismissed\n\nGarda Seán Ó Dálaigh, who had 14 years' service, was dismissed by An Garda Síochána "
            "this week.\n\nGarda Ó Dálaigh has the right to appeal the dismissal.")
    assert [c.officer for c in extract_text(text).cases] == ["Seán Ó Dálaigh"]


def test_the_judge_and_a_chair_named_in_apposition_are_speakers():
    text = ("Driver jailed\n\nHis Honour Judge Stephen Farrow sentenced the driver.\n\n"
            "“You knew he was there,” the judge told him.\n\n"
            "“These comments were unwelcome,” said the panel’s chair, Helen Morland.")
    assert quotes(text) == [("Stephen Farrow", "You knew he was there,"), ("Helen Morland", "These comments were unwelcome,")]


def test_a_criminal_acquittal_is_not_a_misconduct_outcome():
    text = ("Officer to face hearing\n\nPC Ross Addley, who was driving, was cleared by a jury at Newcastle Crown Court "
            "last year of causing death by dangerous driving.\n\nDurham Constabulary has confirmed that PC Addley will "
            "face a gross misconduct hearing next month.")
    assert cases(text) == [("Ross Addley", "Durham Constabulary", "pending")]


def test_a_quoted_phrase_of_praise_is_its_speakers():
    text = ("Officers disciplined\n\nPC Ama Roy, of Kent Police, was dismissed.\n\nThe panel’s chair, Margaret Odell, "
            "praised the colleague who reported it for “the kind of courage this organisation depends on”.")
    assert quotes(text) == [("Margaret Odell", "the kind of courage this organisation depends on")]


def test_a_street_named_like_a_person_is_not_one():
    text = ("Sergeant cleared\n\nA police sergeant who fired a Taser at a man on Great Yarmouth's Marine Parade has been "
            "cleared of gross misconduct.")
    assert [c.officer for c in extract_text(text).cases] == [None]


def test_resigned_then_found_would_have_been_dismissed():
    text = ("Former officer\n\nFormer PC Ross Fenwick-Aldo resigned from Kent Police in December 2022.\n\n"
            "A misconduct hearing, led by a legally qualified chair, found on Friday that he would have been "
            "dismissed had he still been serving.")
    assert cases(text) == [("Ross Fenwick-Aldo", "Kent Police", "would_have_been_dismissed")]


def test_numbers_of_those_dismissed_are_statistics_not_the_officers_outcome():
    text = ("Fraud inquiry\n\nDC Stephen Fairweather, of Avon and Somerset Police, retired in 2023 while under "
            "investigation.\n\nOf those, 41 were dismissed or would have been dismissed, and 22 resigned.")
    assert cases(text) == [("Stephen Fairweather", "Avon and Somerset Police", "retired")]


def test_a_numbered_outcome_notice():
    text = ("OUTCOME OF MISCONDUCT HEARING\n\nOfficer concerned: PC Kaveh Ingram\n\n1. ALLEGATIONS\n\n1.1 It was alleged "
            "that PC Ingram failed to declare an association.\n\n2. FINDINGS\n\n2.1 The panel found the conduct amounted "
            "to misconduct.\n\n3. OUTCOME\n\n3.1 Final Written Warning. The warning will remain in force for two years.\n\n"
            "This notice will remain on the Lincolnshire Police website for 28 days.")
    assert cases(text) == [("Kaveh Ingram", "Lincolnshire Police", "final_written_warning")]


def test_a_notice_of_a_hearing_to_come():
    text = ("Upcoming misconduct hearings\n\nEssex Police\n\nPC Jarrod Quill\n\nDate: Tuesday 14 May 2024\n\n"
            "Hearing type: Gross misconduct hearing\n\nIt is alleged that PC Quill sent a woman messages of a sexual nature.")
    assert cases(text) == [("Jarrod Quill", "Essex Police", "pending")]


def test_reduced_him_in_rank():
    text = ("Two officers\n\nSergeant Keiran Molloy-Obi, of Merseyside Police, approved the claims. The panel found his "
            "conduct amounted to gross misconduct and reduced him in rank to constable.")
    assert cases(text) == [("Keiran Molloy-Obi", "Merseyside Police", "reduction_in_rank")]


def test_a_second_officer_named_after_a_qualifier_and_replying_with_an_emoji():
    text = ("BTP officer sacked\n\nPC Jared Wolsey, of British Transport Police, was dismissed without notice.\n\n"
            "A second officer in the group, PC Aoife Garlan, 27, replied with a laughing emoji. She was referred to "
            "the reflective practice review process.")
    assert cases(text) == [("Jared Wolsey", "British Transport Police", "dismissed"),
                           ("Aoife Garlan", "British Transport Police", "reflective_practice")]


def test_a_hearing_officer_abroad_is_not_a_case():
    text = ("Ottawa officer demoted\n\nConst. Dylan Farrow-Chu, of the Ottawa Police Service, pleaded guilty to "
            "discreditable conduct. The hearing officer, retired Ontario Provincial Police superintendent Sylvie "
            "Lachance, ordered that he be demoted for 12 months.")
    assert [c.officer for c in extract_text(text).cases] == ["Dylan Farrow-Chu"]


def test_a_table_pasted_with_tabs_gives_a_case_per_row_and_no_names_from_its_cells():
    from store.clean import clean
    from store.model import Document
    raw = ("Misconduct outcomes\n\nSussex Police provided a table of outcomes.\n\n"
           "Rank\tAllegation\tFinding\tOutcome\n"
           "PC\tSexual comments to a member of the public\tGross misconduct\tDismissed\n"
           "Sergeant\tFailure to supervise an enquiry\tMisconduct\tWritten warning\n"
           "PCSO\tUse of social media\tNot proven\tNo further action\n")
    doc = clean(Document(text=raw, source="t.txt", hash="h", format="txt"))
    assert "PC\tSexual comments" in doc.text  # the cells stay apart
    found = [(c.officer, c.force, c.outcome) for c in extract_text(doc.text).cases]
    assert found == [(None, "Sussex Police", "dismissed"), (None, "Sussex Police", "written_warning"),
                     (None, "Sussex Police", "not_proven")]


def test_she_added_after_a_run_of_her_quotes():
    text = ("Officers disciplined\n\nPC Oskar Wren, of Thames Valley Police, was given a final written warning.\n\n"
            "Shabnam Alvi, 31, made three calls.\n\nIOPC director Mahalia Okon said: “She did everything we ask.”\n\n"
            "“We have made recommendations to the force,” she added.")
    assert quotes(text)[-1] == ("Mahalia Okon", "We have made recommendations to the force,")


def test_his_sergeant_is_another_officer():
    text = ("Officers disciplined\n\nPC Oskar Wren, of Thames Valley Police, was given a final written warning.\n\n"
            "His sergeant, who closed the incident without checking, was given a written warning.")
    assert cases(text) == [("Oskar Wren", "Thames Valley Police", "final_written_warning"),
                           (None, "Thames Valley Police", "written_warning")]


def test_officers_inside_a_relative_clause_and_a_us_suspension_told_twice():
    text = ("Milwaukee officer fired\n\nA Milwaukee Police Department officer who punched a boy while two other "
            "officers held him has been fired, and a second officer has been suspended without pay for 20 days.\n\n"
            "Officer Tyler Brand, a veteran, was terminated after an internal investigation.\n\n"
            "Officer Marisol Quinn, who was holding the boy, was suspended for failing to intervene.\n\n"
            "\"This decision was made to satisfy social media,\" union president Brandon Kowal said in a statement.")
    assert cases(text) == [("Tyler Brand", "Milwaukee Police Department", "dismissed"),
                           ("Marisol Quinn", "Milwaukee Police Department", "suspended")]
    assert quotes(text) == [("Brandon Kowal", "This decision was made to satisfy social media,")]


def test_code_named_officers_are_unnamed_cases_each_one_officer():
    text = ("Inquest\n\nOfficers from Cleveland Police restrained the man.\n\nOfficer A, a constable who knelt on his "
            "back, told the jury he lost track of time. Officer B, who held his legs, said she asked for him to be "
            "moved.\n\nThe IOPC found that Officer A had a case to answer for misconduct. A misconduct meeting later "
            "gave him a written warning. The IOPC found no case to answer for Officer B.")
    assert sorted(cases(text), key=str) == [(None, "Cleveland Police", "no_case_to_answer"),
                                            (None, "Cleveland Police", "written_warning")]


def test_the_constables_sergeant_and_a_recommendation_carried_out():
    text = ("Officer disciplined\n\nA PSNI constable who searched records on a neighbour has been given a final "
            "written warning.\n\nInvestigators found that the constable's sergeant had been told about it but had not "
            "reported it. The Ombudsman recommended, and the PSNI agreed, that the sergeant should receive management "
            "action.\n\nA third officer, who had shared a car with the constable, knew nothing of the searches. The "
            "Ombudsman found no misconduct on her part.")
    assert cases(text) == [(None, "Police Service of Northern Ireland", "final_written_warning"),
                           (None, "Police Service of Northern Ireland", "management_advice"),
                           (None, "Police Service of Northern Ireland", "no_case_to_answer")]


def test_a_numbered_list_of_cases_each_item_about_its_own_officer():
    text = ("Officers kept their jobs\n\nAmong the cases:\n\n1. A Kent Police constable who was arrested after an "
            "argument. He was given a final written warning.\n\n2. An Essex Police sergeant who sent his wife "
            "threatening texts. The case was dealt with under the old rules, and he received management advice.")
    assert cases(text) == [(None, "Kent Police", "final_written_warning"), (None, "Essex Police", "management_advice")]


@pytest.mark.parametrize("text, expected", [
    # a description and the name in apposition before the verb
    ("Officer sacked\n\nPC Warren Stain was dismissed.\n\n\"It is never a reason to hurt someone,\" the panel's "
     "chair, Ruth Ekwe, said in her ruling.", ("Ruth Ekwe", "It is never a reason to hurt someone,")),
    # "told Y:" — the one spoken to is not the speaker
    ("Man jailed\n\nJudge Owen Tregar told Rees-Bowen: ‘Police officers are entitled to do their job.’",
     ("Owen Tregar", "Police officers are entitled to do their job.")),
    # "the officer replied" after a barrister's question to her
    ("Man convicted\n\nThe barrister, Ines Makin, suggested to PC Harriet Odun that she had looked away.\n\n"
     "\"That's not true. You can see my camera,\" the officer replied.", ("Harriet Odun", "That's not true. You can see my camera,")),
    # a label with no verb of saying
    ("Outcome notice\n\nComment from Detective Chief Inspector Alys Brenn, Professional Standards:\n\n"
     "\"People trust us with their property.\"", ("Alys Brenn", "People trust us with their property.")),
    # an opening participle phrase names someone else
    ("Officer cleared\n\nDefending PC Ryan Picker at trial, Rowena Tallis told the jury the video was “seven "
     "seconds of a fast-moving incident”.", ("Rowena Tallis", "seven seconds of a fast-moving incident")),
])
def test_more_ways_of_saying_who_spoke(text, expected):
    assert expected in quotes(text)


def test_both_of_a_pair_named_together():
    text = ("Met officers sacked\n\nA hearing found that PC Connor Hale and PC Beth Strud organised the league.\n\n"
            "The panel heard that the searches were false.\n\nBoth were dismissed without notice on Wednesday.")
    assert cases(text) == [("Connor Hale", "Metropolitan Police Service", "dismissed"),
                           ("Beth Strud", "Metropolitan Police Service", "dismissed")]


def test_an_officer_described_by_was_a_and_a_chair_described_then_named():
    text = ("PC jailed\n\nAshley Crozier, 36, was found guilty at Newcastle Crown Court.\n\nCrozier, of Washington, was a "
            "Northumbria Police response officer. He was dismissed without notice at an accelerated hearing, chaired by "
            "the force's chief constable, Malcolm Everard.")
    assert cases(text) == [("Ashley Crozier", "Northumbria Police", "dismissed")]


def test_an_officer_inside_anothers_aside_and_a_name_set_off_by_commas():
    text = ("Deputy fired\n\nDeputy Garrett Lind, of the Sacramento County Sheriff's Office, was terminated on "
            "Wednesday.\n\nA second deputy, Kristen Maldon, who helped Lind look up a woman's address, resigned last "
            "month while she was under investigation.\n\nA constable who worked at the same station, Jade Mitrov, has been stood down.")
    found = cases(text)
    assert ("Garrett Lind", "Sacramento County Sheriff's Office", "dismissed") in found
    assert ("Kristen Maldon", "Sacramento County Sheriff's Office", "resigned") in found
    assert any(officer == "Jade Mitrov" and outcome == "pending" for officer, _, outcome in found)


def test_a_sergeant_is_not_the_storys_constable_and_a_pcso_named_after_the_phrase():
    text = ("PC admits misconduct in public office\n\nPC Stefan Rudd, 34, of Cambridgeshire Constabulary, pleaded guilty "
            "at Cambridge Crown Court and has been suspended.\n\nA sergeant on Rudd's team, who is alleged to have been "
            "told about the relationship, is under investigation.")
    assert cases(text) == [("Stefan Rudd", "Cambridgeshire Constabulary", "pending"),
                           (None, "Cambridgeshire Constabulary", "pending")]


def test_a_lede_pair_with_no_outcome_is_the_two_officers_named_and_a_control_room_supervisor():
    text = ("PCs watched football\n\nTwo West Midlands Police officers who were sent to a woman's home stayed parked "
            "watching a match, a misconduct hearing has heard.\n\nOne of them, PC Josh Rain, was dismissed on Thursday. "
            "The officer in the passenger seat, PC Amira Sad, was given a final written warning.\n\n"
            "A control room supervisor who failed to escalate the delay has been referred to reflective practice.")
    found = extract_text(text).cases
    assert [(c.officer, c.outcome) for c in found] == [("Josh Rain", "dismissed"), ("Amira Sad", "final_written_warning"),
                                                       (None, "reflective_practice")]
    assert found[2].role == "staff"


def test_an_appointment_is_not_a_case_and_the_retiring_chief_owns_retiring():
    # a career that passed through professional standards is not misconduct; "who is retiring"
    # is the predecessor's, not the new chief's
    text = ("New chief constable for Lincolnshire Police\n\n"
            "Deputy Chief Constable Petra Vellacott has been confirmed as the new chief constable of "
            "Lincolnshire Police.\n\n"
            "Ms Vellacott, 51, joined Norfolk Constabulary in 1998 and later ran its professional "
            "standards department.\n\n"
            "She will take over in March from Chief Constable Owen Tarrant, who is retiring after 30 years.")
    assert cases(text) == []


# the opening phrase's nouns ("the panel", "the court") are not an unnamed speaker
@pytest.mark.parametrize("opener", ["Speaking after the panel meeting", "Talking to the force's staff association",
                                    "Responding to the tribunal's decision", "Outside the court building"])
def test_an_opening_phrase_before_she_said_colon(opener):
    text = ("Sergeant cleared\n\nSgt Mina Larkspur was cleared of misconduct by a panel on Friday.\n\n"
            f"{opener}, she said:\n\n“I am relieved it is finally over.”")
    assert quotes(text) == [("Mina Larkspur", "I am relieved it is finally over.")]


def test_the_one_who_dismissed_him_is_the_chair_not_a_case():
    text = ("Officer sacked\n\nPC Tomasz Brandt, 41, of Suffolk Constabulary, admitted drink-driving.\n\n"
            "At an accelerated hearing, Chief Constable Helena Morrow found gross misconduct and "
            "dismissed him without notice.")
    ex = extract_text(text)
    assert [(c.officer, c.outcome) for c in ex.cases] == [("Tomasz Brandt", "dismissed")]
    assert ex.cases[0].chair == "Chief Constable Helena Morrow"


def test_a_place_of_two_words_is_not_a_name_and_a_man_in_the_officers_aside():
    text = ("Hearings this week\n\nThames Valley Police — PC Idris Calloway-Lund\n\n"
            "The misconduct hearing of the Milton Keynes officer, who is accused of pushing a man over a wall, "
            "was adjourned until May.")
    assert cases(text) == [("Idris Calloway-Lund", "Thames Valley Police", "pending")]


def test_a_count_of_other_chief_constables_is_not_the_deputys_outcome():
    text = ("Chief constable suspended\n\nChief Constable Rhodri Penwarden, 55, of Gwent Police, was served "
            "with a gross misconduct notice by the IOPC.\n\n"
            "Deputy Chief Constable Alys Tremayne will lead the force in his absence.\n\n"
            "Since 2020 at least five chief constables have been investigated, and two have left while under investigation.")
    assert [c.officer for c in extract_text(text).cases] == ["Rhodri Penwarden"]


def test_a_job_in_capitals_between_the_quote_and_the_name():
    text = ("Watchdog report\n\nA constable used excessive force, the watchdog found.\n\n"
            "“The man was no longer a threat,” Authority Chair Judge Petra Olumide said.")
    assert quotes(text) == [("Petra Olumide", "The man was no longer a threat,")]


def test_according_to_names_the_speaker_and_her_next_quote_is_hers():
    text = ("Report\n\nDr Imogen Vale, a criminologist, said the outcomes varied “wildly”.\n\n"
            "According to Ruth Okoro, director of the Safer Streets Trust, the figures showed that "
            "“the lesson has not been learned”.\n\n"
            "“There should be one outcome, and it is not a warning,” she said.")
    assert quotes(text)[1:] == [("Ruth Okoro", "the lesson has not been learned"),
                                ("Ruth Okoro", "There should be one outcome, and it is not a warning,")]


def test_told_he_would_face_no_further_action_is_a_decision():
    text = ("Sergeant cleared\n\nA Lancashire Police sergeant accused of misconduct over sexual comments to a "
            "colleague was told he would face no further action.")
    assert cases(text) == [(None, "Lancashire Constabulary", "no_action")]


def test_a_force_first_named_after_every_case_does_not_split_a_one_force_story():
    text = ("What Dorset Police's misconduct records show\n\n"
            "Dorset Police released details of hearings held since 2020.\n\n"
            "Among them:\n\n"
            "A constable who lied about his overtime was dismissed.\n\n"
            "A PCSO who failed to pass on a warning was referred to reflective practice.\n\n"
            "The force dismissed more officers than Wiltshire Police, which held fewer hearings.")
    assert cases(text) == [(None, "Dorset Police", "dismissed"), (None, "Dorset Police", "reflective_practice")]


def test_the_ledes_unnamed_officer_told_again_is_one_case():
    text = ("Officer disciplined over burglary report\n\n"
            "A Durham Constabulary officer has been disciplined after a watchdog found he failed to investigate a burglary.\n\n"
            "An officer attended the house but did not record the crime or look for witnesses.\n\n"
            "The watchdog recommended misconduct proceedings and the officer has since received a written warning.")
    assert cases(text) == [(None, "Durham Constabulary", "written_warning")]


@pytest.mark.parametrize("hearing", ["a separate hearing", "a disciplinary hearing", "an accelerated hearing"])
def test_said_a_second_officer_would_face_a_hearing(hearing):
    text = ("Constable sacked over drugs test\n\nPC Liam Orchardson, 31, of Devon and Cornwall Police, was "
            "dismissed for gross misconduct after testing positive for cocaine.\n\n"
            f"The force said a second officer who failed the same test would face {hearing} in June.")
    assert cases(text) == [("Liam Orchardson", "Devon and Cornwall Police", "dismissed"),
                           (None, "Devon and Cornwall Police", "pending")]


@pytest.mark.parametrize("gap", [", referred to throughout as", ", known only as", ", identified in the report as"])
def test_a_rank_then_its_code_name_is_one_unnamed_officer(gap):
    text = ("Detective sacked for false overtime claims\n\n"
            "A West Mids Police detective who claimed overtime she did not work has been sacked.\n\n"
            "Detective Sergeant Nadia Kellaway, 38, was dismissed without notice on Friday.\n\n"
            f"Two other officers were also before the hearing. A detective inspector{gap} Officer C, who approved "
            "the claims without checking them, was found to have committed misconduct and was given a written "
            "warning. A second officer, Officer D, who shared her office, was found to have no case to answer.\n\n"
            "“Supervisors have a duty too, and the outcome for Officer C reflects that,” the chair said.")
    assert cases(text) == [("Nadia Kellaway", "West Midlands Police", "dismissed"),
                           (None, "West Midlands Police", "written_warning"),
                           (None, "West Midlands Police", "no_case_to_answer")]


def test_a_headline_pair_that_would_have_been_sacked_is_the_two_named():
    text = ("Two Cleveland officers would have been sacked over group chat\n\n"
            "PC Aled Roskilly, 29, of Cleveland Police, was dismissed without notice on Tuesday. A second officer, "
            "Jonah Fairbrass, 35, who resigned last year, would have been dismissed had he still been serving.")
    assert cases(text) == [("Aled Roskilly", "Cleveland Police", "dismissed"),
                           ("Jonah Fairbrass", "Cleveland Police", "would_have_been_dismissed")]


def test_a_hearing_officer_named_without_a_comma_is_the_adjudicator():
    text = ("Sergeant demoted for false notes\n\nSgt. Marek Dunleavy of the Ottawa Police Service admitted "
            "adding a false detail to his notes.\n\n"
            "On Friday, hearing officer Supt. (ret.) Joanne Pelletier-Marsh ordered that he be demoted for a year.\n\n"
            "Sgt. Dunleavy will be demoted to constable for 12 months.")
    ex = extract_text(text)
    assert [(c.officer, c.outcome) for c in ex.cases] == [("Marek Dunleavy", "reduction_in_rank")]


@pytest.mark.parametrize("sentence, outcome", [
    ("If the allegation is proven, a panel can rule that he would have been dismissed.", "resigned"),
    ("The panel ruled that he would have been dismissed had he not resigned.", "would_have_been_dismissed"),
])
def test_would_have_been_dismissed_only_when_not_a_condition(sentence, outcome):
    text = ("PC quits before hearing\n\nPC Owain Brackley, 27, of Gwent Police, resigned before a gross "
            f"misconduct hearing over cash missing from a search.\n\n{sentence}")
    assert cases(text) == [("Owain Brackley", "Gwent Police", outcome)]


def test_an_officer_in_a_table_under_forthcoming_hearings_is_pending():
    text = ("Misconduct hearings\n\nNorfolk Constabulary publishes its misconduct hearings here.\n\n"
            "Outcomes\n\nPC Rosa Venning\t2 May 2024\tLied about a crash\tGross misconduct\tDismissed\n\n"
            "Forthcoming hearings\n\nOfficer\tDate\tVenue\n\n"
            "DC Ivo Marchetti\t9 July 2024\tWymondham\tAccessed records without a policing purpose.")
    assert cases(text) == [("Rosa Venning", "Norfolk Constabulary", "dismissed"),
                           ("Ivo Marchetti", "Norfolk Constabulary", "pending")]


@pytest.mark.parametrize("sentence, outcome", [
    ("A serving Dorset Police firearms officer has been sacked after a misconduct hearing.", "dismissed"),
    ("A former Dorset Police custody sergeant would have been dismissed had she not retired.", "would_have_been_dismissed"),
    ("A Dorset Police officer, who cannot be named for legal reasons, was dismissed for gross misconduct.", "dismissed"),
    ("Dorset Police has dismissed a constable who sent racist messages, after a gross misconduct hearing.", "dismissed"),
    ("Dorset Police dismissed a sergeant for gross misconduct on Friday.", "dismissed"),
])
def test_unnamed_officers_as_the_news_writes_them(sentence, outcome):
    assert cases("Misconduct news\n\n" + sentence) == [(None, "Dorset Police", outcome)]


@pytest.mark.parametrize("sentence", [
    "The panel dismissed an officer's appeal against the finding of gross misconduct by Dorset Police.",
    "The judge dismissed the claim against Dorset Police over misconduct.",
])
def test_dismissing_an_appeal_or_a_claim_is_no_case(sentence):
    assert cases("Misconduct news\n\n" + sentence) == []


@pytest.mark.parametrize("sentence, outcome", [
    ("A misconduct hearing has ruled that Dorset Police officer PC Tamsin Okoye should be dismissed.", "dismissed"),
    ("The panel decided that PC Tamsin Okoye of Dorset Police should receive a final written warning for misconduct.",
     "final_written_warning"),
    ("Campaigners said PC Tamsin Okoye of Dorset Police should be dismissed for gross misconduct.", None),
    ("The chief constable of Dorset Police, Amanda Crewe, dismissed PC Tamsin Okoye at an accelerated hearing "
     "for gross misconduct.", "dismissed"),
])
def test_who_decided_and_who_was_sanctioned(sentence, outcome):
    assert cases("Misconduct news\n\n" + sentence) == [("Tamsin Okoye", "Dorset Police", outcome)]


def test_jo_is_either_gender_so_he_is_the_officer():
    text = ("Misconduct news\n\nA hearing found that PC Jo Wrenfield, of Dorset Police, had breached standards.\n\n"
            "He was dismissed without notice.")
    assert cases(text) == [("Jo Wrenfield", "Dorset Police", "dismissed")]


@pytest.mark.parametrize("phrase, rank", [
    ("A detective sergeant from Kent Police", "Detective Sergeant"),
    ("A Kent Police PC", "Constable"),
    ("A Kent Police chief inspector", "Chief Inspector"),
    ("A Kent Police officer", None),
    ("A detective from Kent Police", None),
])
def test_an_unnamed_officers_rank_comes_from_the_phrase_with_its_evidence(phrase, rank):
    text = f"Officer sacked\n\n{phrase} was dismissed for gross misconduct."
    case, = extract_text(text).cases
    assert case.rank == rank
    spans = [text[e.span.start:e.span.end] for e in case.evidence if e.field == "rank"]
    assert (spans[0].lower() in phrase.lower()) if rank else spans == []


@pytest.mark.parametrize("lede, body, expected", [
    ("Three Dyfed-Powys Police officers have been disciplined over messages in a group chat.",
     "One officer was dismissed without notice, a second officer received a final written warning and a third "
     "officer was given management advice.",
     ["dismissed", "final_written_warning", "management_advice"]),
    ("Two Dyfed-Powys Police officers are to face proceedings after a pursuit ended in a crash.",
     "A sergeant will face a gross misconduct hearing, while a constable will face a misconduct meeting.",
     ["pending", "pending"]),
    # a group with an outcome its officers do not share is not them
    ("Two Dyfed-Powys Police officers have been cleared of misconduct.",
     "Separately, a sergeant was dismissed and a constable was given a written warning.",
     ["not_proven", "dismissed", "written_warning"]),
])
def test_a_lede_group_told_one_by_one_is_those_officers(lede, body, expected):
    found = cases(f"Officers disciplined\n\n{lede}\n\n{body}")
    assert [outcome for _, _, outcome in found] == expected
    assert {force for _, force, _ in found} == {"Dyfed-Powys Police"}


@pytest.mark.parametrize("lede, body, expected", [
    # the noun left out: officers counted off by "one", "the other", "another", "a third"
    ("Two Gwent Police officers have been disciplined after a prisoner was left in a van in Newport.",
     "A misconduct hearing found both had failed in their duty of care. One was given a final written warning, "
     "and the other received a written warning.",
     ["final_written_warning", "written_warning"]),
    ("Three Gwent Police officers have been disciplined after a man died in a cell in Cwmbran.",
     "A panel found that one officer, a sergeant, had failed to check on him. He was dismissed without notice. "
     "Another received a final written warning and a third was given management advice.",
     ["dismissed", "final_written_warning", "management_advice"]),
])
def test_officers_counted_off_without_their_noun(lede, body, expected):
    found = cases(f"Officers disciplined\n\n{lede}\n\n{body}")
    assert [outcome for _, _, outcome in found] == expected
    assert {force for _, force, _ in found} == {"Gwent Police"}


@pytest.mark.parametrize("body", [
    # no police noun before "another": not an officer
    "Two men were arrested outside the club in Newport. One was given a caution and another received a fine.",
    # "one" after a single officer is not one of a group
    "A Gwent Police officer went to the house in Newport. One was given a caution by the magistrates.",
])
def test_counting_off_people_who_are_not_officers_is_no_case(body):
    assert [outcome for _, _, outcome in cases(f"Court news\n\n{body}")] == []


def test_a_lede_group_to_face_misconduct_proceedings_is_pending():
    found = cases("Officers to face hearing\n\nFour Gwent Police officers are to face misconduct proceedings over "
                  "the arrest of a teenager in Newport, the IOPC has said.")
    assert found == [(None, "Gwent Police", "pending")]
