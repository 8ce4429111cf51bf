"""News constructions the extractor reads, each on new fictional text: who an outcome belongs
to, who is an officer, which force, which outcome is real, who said the words."""
import pytest

from store.extract import extract_text
from store.extract.outcomes import find_outcomes


def cases(text, **kw):
    return [(c.officer, c.force, c.outcome) for c in extract_text(text, **kw).cases]


def test_two_named_officers_each_with_an_age_and_an_aside_share_a_plural_verb():
    text = ("Officers sacked over group chat\n\n"
            "PC Idris Pennock, 33, who started the chat, and Detective Sergeant Lowri Fairclough, 41, who joined "
            "it last year, were dismissed without notice at a hearing held by Dyfed-Powys Police.")
    assert cases(text) == [("Idris Pennock", "Dyfed-Powys Police", "dismissed"),
                           ("Lowri Fairclough", "Dyfed-Powys Police", "dismissed")]


def test_a_singular_verb_after_an_aside_is_the_second_officers_alone():
    text = ("Officer sacked\n\n"
            "PC Idris Pennock, 33, who started the chat, and Detective Sergeant Lowri Fairclough, 41, who joined "
            "it last year, was dismissed without notice at a hearing held by Dyfed-Powys Police.")
    assert [c[0] for c in cases(text)] == ["Lowri Fairclough"]


def test_the_officer_named_as_working_for_a_force_is_the_ledes_unnamed_officer():
    text = ("PCSO sacked for searching records\n\n"
            "A police community support officer in Hertfordshire has been sacked after looking up her relatives.\n\n"
            "Bethan Quarrie, 27, worked for Hertfordshire Constabulary in the Hatfield area.\n\n"
            "She was dismissed without notice.")
    assert cases(text) == [("Bethan Quarrie", "Hertfordshire Constabulary", "dismissed")]


@pytest.mark.parametrize("sentence, retired", [
    ("The stop involved Wilfred Oakenfold, a retired schoolteacher who was pulled over in Leeds.", False),
    ("The complaint came from a retired librarian.", False),
    ("The sergeant retired in March, before the hearing.", True),
    ("He had retired from the force by then.", True),
])
def test_retired_before_what_someone_is_is_not_an_outcome(sentence, retired):
    found = [o.outcome for o in find_outcomes(sentence)]
    assert ("retired" in found) is retired


def test_x_said_that_y_quote_is_xs_words():
    text = ("Officer fired\n\nOfficer Dale Brennick was fired by the Fresno Police Department on Monday.\n\n"
            "Union president Curtis Mahaffey said in a statement that Brennick \"acted within his training in a "
            "situation that changed by the second\".")
    quotes = extract_text(text).quotes
    assert [(q.speaker, q.text[:20]) for q in quotes] == [("Curtis Mahaffey", "acted within his tra")]


def test_a_place_and_lower_case_police_is_the_department_named_elsewhere():
    text = ("Fresno officer fired\n\nA Fresno police officer seen on video striking a handcuffed man has been fired, "
            "the department said on Tuesday.\n\nOfficer Dale Brennick was terminated after an internal review.\n\n"
            "\"He deserved better from the Fresno Police Department,\" the chief, Ramona Ellery, said.")
    assert cases(text) == [("Dale Brennick", "Fresno Police Department", "dismissed")]


@pytest.mark.parametrize("sentence", [
    "A Humberside Police constable convicted last summer is still awaiting a misconduct hearing.",
    "A Humberside Police constable is awaiting a gross misconduct hearing.",
])
def test_awaiting_a_hearing_is_pending(sentence):
    assert cases("Officer awaits hearing\n\n" + sentence) == [(None, "Humberside Police", "pending")]


@pytest.mark.parametrize("after, expected", [
    (", which the force has since carried out.", [(None, "Police Service of Northern Ireland", "management_advice")]),
    (", which the force has not carried out.", []),
    (".", []),
])
def test_a_recommendation_the_force_carried_out_is_the_outcome(after, expected):
    text = ("Ombudsman findings\n\nThe Police Ombudsman investigation found that a PSNI sergeant had not checked "
            "the file.\n\nThe Police Ombudsman recommended management action for the sergeant" + after)
    assert cases(text) == expected


def test_an_officer_first_met_as_the_sergeant_is_a_case():
    text = ("Custody death findings\n\nThe Commissioner found that two officers had recorded checks on the cell "
            "log that had not been carried out in Perth.\n\nThe Commissioner also found that the custody sergeant "
            "on duty had not ensured that the checks were done.\n\nPolice Scotland has told the Commissioner that "
            "the sergeant has received a written warning.")
    assert (None, "Police Scotland", "written_warning") in cases(text)


def test_the_constable_after_a_lone_officer_of_no_rank_is_that_officer():
    text = ("Officer to face hearing\n\nA Police Scotland officer is to face a gross misconduct hearing after "
            "spraying a boy in Perth.\n\nThe report recommended misconduct proceedings against the constable, "
            "who has since been served with a gross misconduct notice.")
    assert cases(text) == [(None, "Police Scotland", "pending")]


def test_the_ledes_other_officer_is_the_one_of_that_rank_named_later_without_an_outcome():
    text = ("Officer fired, sergeant suspended\n\nA Fresno police constable has been fired and his sergeant "
            "suspended without pay for 20 days over a 911 call, the Fresno Police Department said.\n\n"
            "Court papers identify them as Const. Wade Ostrander and Sgt. Noreen Halvorsen.\n\n"
            "Halvorsen, who was supervising the shift, closed the call without reviewing it.")
    assert cases(text) == [("Wade Ostrander", "Fresno Police Department", "dismissed"),
                           ("Noreen Halvorsen", "Fresno Police Department", "suspended")]


def test_the_group_of_that_number_met_before_takes_the_outcome():
    text = ("Custody findings\n\nThe Commissioner found that two officers had recorded checks that were never "
            "made at the Perth custody centre.\n\nThe Commissioner recommended that Police Scotland consider "
            "whether they had a case to answer for misconduct.\n\nFollowing its own assessment, Police Scotland "
            "took no further action in respect of the two constables.")
    assert cases(text) == [(None, "Police Scotland", "no_action")]


def test_a_group_first_met_as_an_object_then_the_subject_is_a_case():
    text = ("Watchdog findings\n\nWe examined the actions of the two officers who arrested the man in "
            "Peterborough for Cambridgeshire Constabulary, and of a detention officer.\n\n"
            "We found no indication that the officers behaved in a manner that would justify disciplinary "
            "proceedings. The two arresting officers have no case to answer for misconduct.")
    assert (None, "Cambridgeshire Constabulary", "no_case_to_answer") in cases(text)


def test_the_two_constables_after_two_named_constables_are_those_two():
    text = ("Officers sacked\n\nTwo Metropolitan Police officers who ran an arrest league have been sacked.\n\n"
            "A misconduct hearing found that PC Rory Quenby and PC Alys Tregarthen ran the league.\n\n"
            "The panel heard that searches recorded by the two constables were false.\n\n"
            "Both were dismissed without notice.")
    assert cases(text) == [("Rory Quenby", "Metropolitan Police Service", "dismissed"),
                           ("Alys Tregarthen", "Metropolitan Police Service", "dismissed")]


def test_the_officer_brought_in_by_which_one_is_not_the_focus():
    text = ("Senior officer to face hearing\n\nAssistant Chief Constable Miriam Oldcastle, 51, is to face a gross "
            "misconduct hearing, Lincolnshire Police said.\n\nA chief superintendent who was also investigated, "
            "Ewan Petherick, retired in June last year before the investigation was complete.\n\n"
            "The detective constable accused of the original assault resigned in 2023.")
    found = cases(text)
    assert ("Ewan Petherick", "Lincolnshire Police", "retired") in found
    assert (None, "Lincolnshire Police", "resigned") in found


def test_a_staff_member_who_will_attend_a_hearing_is_pending():
    text = ("Misconduct hearings\n\nA police staff member, call handler Orla Fenwright, will attend a gross "
            "misconduct hearing on 27 March in relation to posts about an incident, Kent Police said.")
    assert cases(text) == [("Orla Fenwright", "Kent Police", "pending")]


def test_a_finding_after_two_officers_named_together_is_both_of_theirs():
    text = ("Officers cleared\n\nTwo Kent Police officers have been cleared of gross misconduct.\n\n"
            "PC Ansel Moorcroft and PC Dilys Penhallow were accused of using unnecessary force in Margate.\n\n"
            "Footage of the arrest was shared widely at the time.\n\n"
            "The panel found the allegations not proven.")
    assert cases(text) == [("Ansel Moorcroft", "Kent Police", "not_proven"),
                           ("Dilys Penhallow", "Kent Police", "not_proven")]


def test_a_finding_after_one_of_two_officers_was_named_again_is_theirs_alone():
    text = ("Officer cleared\n\nPC Ansel Moorcroft and PC Dilys Penhallow were accused of using unnecessary force "
            "in Margate, Kent Police said.\n\nPC Penhallow was dismissed last year for an unrelated matter.\n\n"
            "At this hearing, PC Moorcroft gave evidence for two days.\n\n"
            "The panel found the allegations not proven.")
    assert ("Ansel Moorcroft", "Kent Police", "not_proven") in cases(text)
    assert ("Dilys Penhallow", "Kent Police", "dismissed") in cases(text)


def test_a_round_ups_officers_after_a_time_are_cases_and_not_the_one_named_later():
    text = ("A year of hearings\n\nNorfolk Constabulary held nine misconduct hearings in 2024, according to "
            "figures the force published last week, up from six the year before.\n\nThe figures came out with "
            "the force's annual report, which also recorded a rise in public complaints.\n\n"
            "Here are some of the cases that were made public.\n\n"
            "In January a detective constable based in Thetford was dismissed without notice after lying to a "
            "court.\n\nIn April two response officers from Norwich received final written warnings for sharing "
            "a video.\n\nPC Tamsin Vellacott, of Cromer, was given a written warning at a misconduct meeting in "
            "June.")
    assert cases(text) == [(None, "Norfolk Constabulary", "dismissed"),
                           (None, "Norfolk Constabulary", "final_written_warning"),
                           ("Tamsin Vellacott", "Norfolk Constabulary", "written_warning")]


@pytest.mark.parametrize("sentence, outcome", [
    ("He used an open palm to make her let go.", None),
    ("The constable was let go by the force in May.", "dismissed"),
])
def test_let_go_is_a_dismissal_only_when_someone_was_let_go(sentence, outcome):
    found = [o.outcome for o in find_outcomes(sentence) if o.outcome == "dismissed"]
    assert found == ([outcome] if outcome else [])


@pytest.mark.parametrize("sentence, not_proven", [
    ("A Kent Police officer has been cleared of assaulting a woman during an arrest.", False),
    ("A Kent Police officer has been cleared of all criminal charges.", False),
    ("A Kent Police officer has been cleared of gross misconduct.", True),
])
def test_cleared_of_a_crime_is_a_verdict_not_a_misconduct_finding(sentence, not_proven):
    assert ("not_proven" in [o.outcome for o in find_outcomes(sentence)]) is not_proven


@pytest.mark.parametrize("sentence, pending", [
    ("He was given a suspended prison sentence last month.", False),
    ("She received a suspended sentence at the crown court.", False),
    ("He has been suspended from duty.", True),
])
def test_a_suspended_sentence_is_not_a_suspension_from_duty(sentence, pending):
    assert ("pending" in [o.outcome for o in find_outcomes(sentence)]) is pending


def test_dismissed_by_a_force_is_the_officers_force_and_earlier_cases_are_their_own():
    text = ("Stalking detective sacked\n\nDetective Sergeant Lyle Ashcroft, 42, was dismissed by Dorset Police at an "
            "accelerated hearing this week after admitting stalking. He was given a suspended prison sentence last "
            "month.\n\nHis case follows that of a Metropolitan Police constable who was sacked last year, and a "
            "Sussex Police officer who is awaiting trial and has been suspended from duty.\n\n"
            "The Met said it had dismissed 14 officers for stalking since 2022.")
    assert cases(text) == [("Lyle Ashcroft", "Dorset Police", "dismissed"),
                           (None, "Metropolitan Police Service", "dismissed"),
                           (None, "Sussex Police", "pending")]


def test_a_place_and_lower_case_police_takes_the_longest_name_whatever_the_order():
    text = ("Fresno officer fired\n\nA Fresno police officer who searched records of women he met online has been "
            "fired.\n\nIn a statement, Fresno Police said audits had been added. \"The Fresno Police Department "
            "will not tolerate this,\" the chief, Ramona Ellery, said.")
    assert cases(text) == [(None, "Fresno Police Department", "dismissed")]


def test_a_pasted_pages_banner_and_breadcrumbs_are_not_the_lede():
    text = ("Officer sacked for claiming sick pay while working\n\n"
            "Skip to main content\n"
            "We use cookies to make this site work. We would also like to set optional cookies.   Accept cookies   Reject cookies\n"
            "Home  >  News  >  Misconduct hearings  >  Officer sacked for claiming sick pay while working\n\n"
            "A police officer who said he was unable to work while he ran a decorating firm has been dismissed.\n\n"
            "PC Ansel Threlkeld, who was based in Kendal, appeared before a hearing held by Cumbria Constabulary "
            "in May. The panel found gross misconduct.")
    assert cases(text) == [("Ansel Threlkeld", "Cumbria Constabulary", "dismissed")]


@pytest.mark.parametrize("aside, besides", [
    ("who said he was too ill to work", False),
    ("who was too frightened to speak", False),
    ("who was also at the scene", True),
    ("who was there too, said nothing", True),
])
def test_too_is_also_only_at_the_end_of_its_clause(aside, besides):
    from store.extract.cases.merge import _ALSO
    assert bool(_ALSO.search("A constable " + aside)) is besides


def test_their_conduct_is_the_unnamed_officer_just_described():
    text = ("Transport officer sacked\n\n"
            "PC Oswin Farrage of British Transport Police was dismissed for harassing passengers.\n\n"
            "A second officer, who was not named, was found to have known about it and said nothing. Their conduct "
            "was found to amount to practice requiring improvement and they will be referred to the reflective "
            "practice review process.")
    assert cases(text) == [("Oswin Farrage", "British Transport Police", "dismissed"),
                           (None, "British Transport Police", "reflective_practice")]


NOTICE = """Misconduct outcomes – June 2025

Durham Constabulary | Professional Standards
Published: 4 June 2025

The force publishes the outcomes of misconduct hearings and meetings.

---

Officer: Detective Sergeant Ottoline Birtwhistle
Type of proceedings: Misconduct meeting
Chaired by: Chief Inspector Lucan Fothergill
Finding: Misconduct proven
Outcome: Written warning

---

Officer: Police Constable D (anonymity order granted)
Type of proceedings: Misconduct hearing
Chaired by: Mr Everard Quist, legally qualified chair
Finding: Gross misconduct proven
Outcome: Final written warning

---

Member of staff: Police Staff Investigator Marisol Penhallow
Type of proceedings: Misconduct meeting
Finding: Practice requiring improvement
Outcome: Reflective practice review process

---

Forthcoming hearing

Officer: Former Police Constable Tobias Wardle-Ince
Type of proceedings: Gross misconduct hearing
Date: 14 July 2025
Outcome: To be confirmed
"""


def test_a_notice_laid_out_field_by_field_gives_each_record_its_own_case():
    assert cases(NOTICE) == [("Ottoline Birtwhistle", "Durham Constabulary", "written_warning"),
                             (None, "Durham Constabulary", "final_written_warning"),
                             ("Marisol Penhallow", "Durham Constabulary", "reflective_practice"),
                             ("Tobias Wardle-Ince", "Durham Constabulary", "pending")]


def test_a_notices_chair_and_staff_job_are_read_from_their_fields():
    x = extract_text(NOTICE)
    assert x.cases[0].chair == "Chief Inspector Lucan Fothergill"
    assert (x.cases[2].rank, x.cases[2].role) == ("Police Staff Investigator", "staff")


def test_the_man_officers_restrained_is_not_a_case_and_neither_had_a_case_to_answer():
    text = ("Watchdog finds no case to answer after death in Stevenage\n\n"
            "Our investigation into contact Hertfordshire Constabulary officers had with a man before his death "
            "has concluded.\n\n"
            "Bartholomew Kinsella, 47, was detained by two officers in Stevenage in March. The two officers who "
            "restrained Mr Kinsella were served with misconduct notices so that they knew their actions were "
            "under investigation. We concluded that neither had a case to answer for misconduct.\n\n"
            "We did identify learning for a control room supervisor who advised the officers to wait for an "
            "ambulance. The force has agreed that this will be addressed through reflective practice.")
    assert cases(text) == [(None, "Hertfordshire Constabulary", "no_case_to_answer"),
                           (None, "Hertfordshire Constabulary", "reflective_practice")]


@pytest.mark.parametrize("sentence, outcome", [
    ("We concluded that neither officer had a case to answer.", "no_case_to_answer"),
    ("The panel found the sergeant did not have a case to answer.", "no_case_to_answer"),
    ("None of the officers has a case to answer.", "no_case_to_answer"),
    ("The IOPC decided the constable has a case to answer for gross misconduct.", "pending"),
    ("It is not yet known whether the constable has a case to answer.", "pending"),
])
def test_a_case_to_answer_denied_is_no_case_to_answer(sentence, outcome):
    assert [o.outcome for o in find_outcomes(sentence) if o.outcome] == [outcome]


@pytest.mark.parametrize("sentence, negated", [
    ("The panel found misconduct proven but decided that no further action should be taken.", False),
    ("The chair concluded that a written warning should be given to the sergeant.", False),
    ("The family said a written warning should be given to the sergeant.", True),
    ("A written warning would be too lenient, the chair said.", True),
])
def test_what_a_panel_decided_should_be_done_is_done(sentence, negated):
    [o] = [o for o in find_outcomes(sentence) if o.outcome]
    assert o.negated is negated


@pytest.mark.parametrize("sentence, hypothetical", [
    ("The force agreed, and decided the constable's conduct should be dealt with through the reflective "
     "practice review process.", False),
    ("Bedfordshire Police determined the inspector should receive management advice.", False),
    ("A panel will decide whether the constable should be dealt with through reflective practice.", True),
    ("Her family said the constable should be dismissed.", True),
])
def test_what_a_force_decided_should_happen_without_that_is_decided(sentence, hypothetical):
    [o] = [o for o in find_outcomes(sentence) if o.outcome]
    assert o.hypothetical is hypothetical


def test_the_conduct_of_a_named_sergeant_makes_her_a_subject():
    text = ("Speeding PC sacked\n\nPC Caspian Rowntree of Derbyshire Constabulary was dismissed for dangerous "
            "driving.\n\nThe same panel considered the conduct of Sergeant Wilhelmina Pask, 45, who accepted his "
            "account without checking. The panel found her actions amounted to practice requiring improvement, "
            "and she will take part in reflective practice.")
    assert cases(text) == [("Caspian Rowntree", "Derbyshire Constabulary", "dismissed"),
                           ("Wilhelmina Pask", "Derbyshire Constabulary", "reflective_practice")]


def test_a_wronged_officer_who_left_and_complained_is_not_a_case_nor_is_his_mothers_sentence_about_him():
    text = ("Inspector demoted over bullying\n\n"
            "A police inspector who ignored reports that a student officer was being bullied has been demoted.\n\n"
            "Inspector Rafferty Goodhew, who led a team in Stroud, was found to have committed gross misconduct "
            "at a hearing held by Gloucestershire Constabulary.\n\n"
            "The student officer, Tobin Ashdown, was 21 when he joined the team. Mr Ashdown left the force in 2023 "
            "and made a complaint.\n\n"
            "The panel decided that a reduction in rank was appropriate.\n\n"
            "Mr Ashdown's mother, Verity Ashdown, said the family had wanted the inspector sacked.\n\n"
            "The demotion takes effect immediately.")
    assert cases(text) == [("Rafferty Goodhew", "Gloucestershire Constabulary", "reduction_in_rank")]


def test_an_officer_who_resigned_after_someone_else_complained_is_still_a_case():
    text = ("Former PC would have been sacked\n\n"
            "Former PC Lachlan Brightwell, 27, resigned from Kent Police in January, two months after the woman complained.\n\n"
            "A gross misconduct hearing was told that Mr Brightwell searched police databases for her. The panel "
            "found gross misconduct and ruled that he would have been dismissed.")
    assert cases(text) == [("Lachlan Brightwell", "Kent Police", "would_have_been_dismissed")]


def test_a_single_quote_reopened_after_its_attribution_runs_on_to_the_next_paragraph():
    text = ("Family still waiting\n\nThe boy's father, Crispin Hollowell, said the family wanted answers.\n\n"
            "'My son went into that station frightened,' he said. 'Nobody from the force has ever sat down with us, "
            "and we still don't know what happened.\n\n"
            "'All we want is for someone to be held to account for what they did.'")
    quotes = [(q.speaker, q.text) for q in extract_text(text).quotes]
    assert ("Crispin Hollowell", "Nobody from the force has ever sat down with us, and we still don't know what "
            "happened.") in quotes
    assert ("Crispin Hollowell", "All we want is for someone to be held to account for what they did.") in quotes


def test_a_plural_title_names_the_first_of_two_officers():
    text = ("Two Met officers sacked\n\nPCs Ruairi Stannard and Philippa Greatorex were dismissed without notice by "
            "the Metropolitan Police after a gross misconduct hearing.")
    assert [c[0] for c in cases(text)] == ["Ruairi Stannard", "Philippa Greatorex"]
    assert extract_text(text).cases[0].rank == "Constable"


def test_cases_come_to_light_in_a_feature_are_cases():
    text = ("Recruits cleared despite red flags\n\n"
            "Hundreds of recruits were cleared to join forces despite concerns, figures show.\n\n"
            "Among the cases to have come to light since is that of Percival Ormerod, a Taunton-based constable with "
            "Avon and Somerset Police, who was dismissed this month after a hearing found he had lied on his vetting "
            "form. And in August a special constable in Kent was dismissed after it was found he had been cautioned "
            "for assault.")
    assert cases(text) == [("Percival Ormerod", "Avon and Somerset Police", "dismissed"),
                           (None, "Kent Police", "dismissed")]


@pytest.mark.parametrize("sentence, dismissed", [
    ("The sergeant was dismissed this week after a hearing.", True),
    ("The chief constable dismissed this claim out of hand.", False),
])
def test_dismissed_this_week_is_a_dismissal(sentence, dismissed):
    assert ("dismissed" in [o.outcome for o in find_outcomes(sentence)]) is dismissed


def test_a_pipe_tables_rows_are_cases_and_a_row_repeating_the_text_is_not_counted_twice():
    text = ("Officers disciplined over online posts\n\n"
            "Hundreds of officers were investigated over social media, figures show. In one case, a Durham "
            "Constabulary sergeant was dismissed after sharing body-worn video in a group chat.\n\n"
            "Forces provided a summary of each case that went to a hearing:\n\n"
            "Force                  | Role               | Conduct                          | Outcome\n"
            "Durham Constabulary    | Sergeant           | Shared body-worn video           | Dismissed\n"
            "Essex Police           | Two PCs            | Video filmed beside crash scene  | Final written warnings\n"
            "Norfolk Constabulary   | PCSO               | Comments under news articles     | Reflective practice\n\n"
            "The College of Policing said it was reviewing its guidance.")
    assert cases(text) == [(None, "Durham Constabulary", "dismissed"),
                           (None, "Essex Police", "final_written_warning"),
                           (None, "Norfolk Constabulary", "reflective_practice")]
    assert [c.role for c in extract_text(text).cases] == ["officer", "group", "pcso"]


def test_a_round_ups_list_items_and_officers_counted_off_are_not_the_officer_named_later():
    text = ("A year of misconduct in Suffolk\n\n"
            "Suffolk Constabulary held 19 misconduct hearings in the year, its annual report shows. Among them:\n\n"
            "• A PC based in Lowestoft was dismissed after passing information to a friend.\n\n"
            "• A member of police staff in the control room was dismissed after looking up a former partner.\n\n"
            "The report also covers an escape from custody in Ipswich. Of the three officers investigated, one was "
            "dismissed, another resigned before the investigation was completed, and the third was referred to "
            "reflective practice.\n\n"
            "Separately, former PC Ignatius Fairbrass, who was jailed in December, was dismissed at an accelerated "
            "hearing in January.")
    assert cases(text) == [(None, "Suffolk Constabulary", "dismissed"), (None, "Suffolk Constabulary", "dismissed"),
                           (None, "Suffolk Constabulary", "dismissed"), (None, "Suffolk Constabulary", "resigned"),
                           (None, "Suffolk Constabulary", "reflective_practice"),
                           ("Ignatius Fairbrass", "Suffolk Constabulary", "dismissed")]


def test_the_officer_a_force_said_had_been_suspended_is_reported_about_not_speaking():
    text = ("Constable jailed for theft from dead man's home\n\n"
            "A police constable who stole cash from the home of a man who had died has been jailed.\n\n"
            "Barnaby Quintrell, 38, of Leek, was one of two officers sent to the flat.\n\n"
            "After the hearing Staffordshire Police said Quintrell had been suspended since his arrest and would "
            "now face an accelerated misconduct hearing.")
    assert cases(text) == [("Barnaby Quintrell", "Staffordshire Police", "pending")]


@pytest.mark.parametrize("text", ["The Garda Representative Association said the garda was entitled to due process.",
                                  "The Police Superintendents' Association said it would support him."])
def test_a_body_named_after_a_rank_is_not_a_person(text):
    from store.extract.people import find_people
    assert find_people(text)[0] == []


def test_a_round_ups_unnamed_officer_is_not_the_retired_officer_named_later():
    text = ("Misconduct across the region this summer\n\n"
            "Three forces recorded 247 misconduct investigations last year, figures show.\n\n"
            "The number has risen in each force for three years running.\n\n"
            "In Hartlepool, a constable was dismissed in July after a hearing found he had messaged a girl he met at "
            "work. He was not named because of an ongoing criminal investigation.\n\n"
            "And in Gateshead, the case of former Detective Constable Ambrose Weatherill came to an end without a "
            "hearing. Mr Weatherill, who had been accused of mishandling fraud inquiries, retired in the spring.")
    assert [(c[0], c[2]) for c in cases(text)] == [(None, "dismissed"), ("Ambrose Weatherill", "retired")]


def test_a_foreign_force_known_by_its_initials_is_named_in_full():
    text = ("Mountie dismissed\n\n"
            "Constable Reid Halvorsen was dismissed on Monday after an RCMP conduct board found he had shared "
            "photos of a crash victim.")
    assert cases(text) == [("Reid Halvorsen", "Royal Canadian Mounted Police", "dismissed")]
    case = extract_text(text).cases[0]
    assert [text[e.span.start:e.span.end] for e in case.evidence if e.field == "force"] == ["RCMP"]


@pytest.mark.parametrize("when, outcome", [
    ("on Monday", "dismissed"), ("on 3 May", "dismissed"), ("on the spot", "dismissed"),
    ("on by a gunman", None), ("at by a gunman", None)])
def test_fired_on_a_day_is_a_dismissal_and_fired_on_is_a_shooting(when, outcome):
    text = f"Officer fired\n\nPC Dale Brennick was fired {when} during a misconduct hearing in Kent."
    assert [c[2] for c in cases(text)] == [outcome]


def test_a_sanction_someone_stopped_short_of_recommending_was_not_given():
    text = ("Sergeant suspended over remarks\n\n"
            "A Halifax Regional Police sergeant has been suspended without pay for 20 days for remarks at a party.\n\n"
            "Sgt. Corinne Vallance admitted discreditable conduct. The adjudicator said she had stopped short of "
            "recommending demotion because of the sergeant's apology.")
    assert cases(text) == [("Corinne Vallance", "Halifax Regional Police", "suspended")]


def test_a_prison_term_suspended_for_years_is_not_a_suspension_from_duty():
    text = ("DORSET POLICE – MISCONDUCT OUTCOMES\n\n"
            "Name: Mr Ivor Penhallow\nRole: Police Staff – Exhibits Officer\n\n"
            "Mr Penhallow was convicted of theft and sentenced to ten months' imprisonment, suspended for two "
            "years.\n\nFinding: Gross misconduct – proven.\nOutcome: Dismissal without notice.")
    assert [o.outcome for o in find_outcomes(text)] == [None, "dismissed"]
    assert cases(text) == [("Ivor Penhallow", "Dorset Police", "dismissed")]


@pytest.mark.parametrize("lead, speaker", [
    ("She welcomed the force's decision to reopen the case, adding:", "Niamh Corrigan"),
    ("Ms Corrigan apologised to the family, saying:", "Niamh Corrigan"),
    ("Niamh Corrigan apologised to the family, saying:", "Niamh Corrigan"),
    ("Sergeant Idris Mabe thanked Niamh Corrigan, adding:", "Idris Mabe")])
def test_the_subject_of_a_clause_ending_adding_or_saying_speaks(lead, speaker):
    text = ("Officer given warning\n\nPC Tobias Venn was given a written warning by Cumbria Police.\n\n"
            "Deputy Director Niamh Corrigan said: \"The family were let down by the officer in this case.\"\n\n"
            f"{lead} \"I hope the family will now get the thorough investigation they were entitled to.\"")
    quotes = extract_text(text).quotes
    assert [q.speaker for q in quotes] == ["Niamh Corrigan", speaker]


def test_a_full_name_given_again_is_the_same_person_even_with_a_first_name_that_is_a_word():
    from store.extract.people import find_people
    text = ("Officer sacked\n\nPC Dan Hobb was sacked by Kent Police.\n\n"
            "Inspector Mark Lyle said the decision was right.\n\nMark Lyle apologised.")
    people, mentions = find_people(text)
    assert [text[m.start:m.end] for m in mentions] == ["Dan Hobb", "Mark Lyle", "Mark Lyle"]
    assert mentions[1].entity == mentions[2].entity


def test_a_story_told_in_the_words_of_a_conduct_authority_reports_misconduct():
    text = ("Constable who kicked prisoner resigns\n\n"
            "The Independent Police Conduct Authority found that Constable Rewi Tamatea used unjustified force "
            "when he kicked a handcuffed man in Rotorua.\n\n"
            "Constable Tamatea resigned from New Zealand Police before an employment investigation had finished.")
    assert cases(text) == [("Rewi Tamatea", "New Zealand Police", "resigned")]


def test_a_letter_that_lowers_to_two_does_not_shift_the_investigators_evidence():
    text = ("Officer sacked\n\nPC Jo Brand of Kent Police, İstanbul-born, was dismissed at a hearing on Monday after "
            "an investigation by the IOPC found he had lied.")
    case = extract_text(text).cases[0]
    assert case.investigator == "IOPC"
    assert [text[e.span.start:e.span.end] for e in case.evidence if e.field == "investigator"] == ["IOPC"]


@pytest.mark.parametrize("outcome_line, outcome", [
    ("Outcome:\nWritten warning.", "written_warning"), ("Outcome:\nNo further action.", "not_proven")])
def test_one_allegation_not_proven_and_a_sanction_of_its_own_is_the_sanction(outcome_line, outcome):
    text = ("Misconduct hearing outcome - PC Tamsin Orrell\n\nOfficer: Police Constable Tamsin Orrell\n"
            "Force: Durham Constabulary\n\nFinding:\nThe panel found that the allegation that PC Orrell had "
            "knowingly made a false entry on the log was not proven. The remainder of the allegation was proven "
            f"and amounted to misconduct.\n\n{outcome_line}")
    assert cases(text) == [("Tamsin Orrell", "Durham Constabulary", outcome)]


def test_the_force_an_officer_walked_away_from_is_theirs():
    text = ("Police chief retires days before hearing\n\n"
            "Chief Superintendent Oswin Tarrant, 55, walked away from Norfolk Constabulary with a full pension "
            "days before a hearing found he would have been dismissed.\n\n"
            "In a separate case, a Suffolk Constabulary constable resigned before his hearing.")
    assert cases(text)[0] == ("Oswin Tarrant", "Norfolk Constabulary", "would_have_been_dismissed")


def test_a_force_in_a_separate_case_is_not_the_force_the_article_is_about():
    text = ("Constable sacked over messages\n\n"
            "PC Gideon Marrable has been dismissed after a hearing into messages he sent to a witness.\n\n"
            "The hearing was told Norfolk Constabulary had received a complaint from the witness in May.\n\n"
            "In a separate case, a Suffolk Constabulary sergeant resigned before her hearing.")
    assert cases(text)[0] == ("Gideon Marrable", "Norfolk Constabulary", "dismissed")


def test_a_foreign_force_written_with_and_without_its_article_is_one_force():
    text = ("Garda dismissed as sergeant suspended\n\n"
            "A garda who stole seized cash has been dismissed from An Garda Síochána.\n\n"
            "Garda Ciarán Dalgarno (39) was convicted last year. The Commissioner dismissed him under the Garda Siochana "
            "disciplinary regulations.\n\n"
            "Separately, a sergeant attached to the Sligo division has been suspended from duty pending an "
            "investigation into allegations of interference with a traffic case.")
    assert cases(text) == [("Ciarán Dalgarno", "An Garda Síochána", "dismissed"), (None, "An Garda Síochána", "pending")]


def test_a_second_officer_the_watchdog_investigated_is_a_case_of_their_own():
    text = ("Officer cleared over Taser use\n\n"
            "A misconduct hearing has found that a Dorset Police officer did not commit misconduct when he fired a "
            "Taser at a man.\n\n"
            "A panel found that the allegations against PC Rufus Kettleby were not proven.\n\n"
            "We also investigated a second officer who was present. We found no case to answer for misconduct, but "
            "her radio update had been inaccurate. She will take part in the reflective practice review process.")
    assert cases(text) == [("Rufus Kettleby", "Dorset Police", "not_proven"),
                           (None, "Dorset Police", "reflective_practice")]


def test_a_body_named_like_a_person_is_not_one_and_does_not_take_her_pronoun():
    text = ("Officers linked to gang\n\n"
            "DC Rhys Calloway was dismissed last year after a hearing found he had leaked intelligence.\n\n"
            "PC Imogen Sallis, 31, a response officer in Moseley, was arrested in May. She has been suspended "
            "pending investigation.\n\n"
            "Bayo Eze, who runs the community group Safer Streets Moseley, said such officers should go.")
    assert [c[0] for c in cases(text)] == ["Rhys Calloway", "Imogen Sallis"]
    assert cases(text)[1][2] == "pending"


def test_a_notices_group_of_two_is_the_two_officers_it_lists():
    text = ("Notice of gross misconduct hearing\n\n"
            "Two Essex Police officers will face a gross misconduct hearing next month.\n\n"
            "Officers\n\n- PC Lionel Ashdown, Chelmsford local policing area\n"
            "- PC Farah Quayle, Chelmsford local policing area\n\n"
            "Allegations\n\nIt is alleged that PC Ashdown used force that was not necessary and that PC Quayle "
            "failed to challenge it.")
    assert cases(text) == [("Lionel Ashdown", "Essex Police", "pending"), ("Farah Quayle", "Essex Police", "pending")]


def test_a_group_of_two_is_not_the_two_who_only_speak_about_it():
    text = ("Officers sacked\n\n"
            "Two Essex Police officers have been dismissed after sharing offensive messages.\n\n"
            "Chief Constable Morwenna Tisdall said: \"There is no place for this in policing.\"\n\n"
            "Superintendent Gethin Royle said: \"We will always act on conduct like this.\"")
    assert cases(text) == [(None, "Essex Police", "dismissed")]


@pytest.mark.parametrize("wronged", [
    "The inspector ignored two complaints from Ms Ashworth.",
    "The force has apologised to Ms Ashworth.",
    "Carys Ashworth, who has waived her right to anonymity, spoke to this newspaper."])
def test_a_former_officer_the_story_says_was_wronged_is_not_a_case_for_leaving(wronged):
    text = ("Sergeant sacked for harassing young constable\n\n"
            "Sergeant Declan Rooke was dismissed without notice after a panel found he harassed PC Carys Ashworth "
            "on night shifts.\n\n"
            f"{wronged} Ms Ashworth left the force in 2022 and now works for a charity.")
    assert cases(text) == [("Declan Rooke", None, "dismissed")]


def test_a_forthcoming_hearings_table_after_a_paragraph_introducing_it_is_pending():
    text = ("Officer dismissed for sharing image\n\n"
            "PC Tobin Ashcroft was dismissed by Cheshire Constabulary at a hearing on Monday.\n\n"
            "Forthcoming misconduct hearings\n\n"
            "The following hearings will be held in public at police headquarters in Winsford. Members of the "
            "public wishing to attend should contact the Professional Standards Department.\n\n"
            "Officer\tDate\tAllegation\n\n"
            "PC Ulric Penhale\t8 January 2024\tDiscreditable conduct – alleged assault while off duty\n\n")
    assert cases(text) == [("Tobin Ashcroft", "Cheshire Constabulary", "dismissed"),
                           ("Ulric Penhale", "Cheshire Constabulary", "pending")]


def test_an_outcome_in_a_section_heading_is_not_the_officer_before_it():
    text = ("Misconduct round-up: the week's hearings\n\n"
            "Northamptonshire: sergeant demoted for bullying\n\n"
            "Sergeant Wendell Oyelaran was reduced in rank to constable on Tuesday for bullying junior colleagues.\n\n"
            "The force's head of professional standards, Detective Superintendent Ione Castellan, said bullying would "
            "not be tolerated.\n\n"
            "BTP: final written warning for custody search failure\n\n"
            "A British Transport Police officer, PC Lorcan Whitby, received a final written warning on Thursday for "
            "failing to search a man brought into custody.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Wendell Oyelaran", "reduction_in_rank"),
                                                   ("Lorcan Whitby", "final_written_warning")]


def test_a_statement_read_out_by_someone_is_theirs_over_the_paragraphs_that_follow():
    text = ("Detective sacked for failing domestic abuse victim\n\n"
            "DC Orrin Vale was dismissed by Gwent Police after a hearing found he failed to act on complaints.\n\n"
            "Speaking outside the hearing, the woman's mother, Delyth Morcom, read a statement on behalf of the "
            "family.\n\n"
            "\"She did everything she was told to do and she trusted that someone was dealing with it.\n\n"
            "\"Nobody was, and then the officer covered it up for months afterwards.\"")
    assert {q.speaker for q in extract_text(text).quotes} == {"Delyth Morcom"}


def test_a_panel_member_a_federation_rep_and_what_a_sanction_is_are_not_cases():
    text = ("Officer given final warning over video\n\n"
            "PC Emlyn Tresize of Dorset Police was given a final written warning at a misconduct hearing on Tuesday.\n\n"
            "The panel was chaired by Hester Quill, a legally qualified chair, who sat with an independent member "
            "and Superintendent Alwyn Drage of Wiltshire Police.\n\n"
            "The officer's representative, Bryony Caddick of Dorset Police Federation, said: 'He has been doing this "
            "job for nine years without a single complaint.'\n\n"
            "A final written warning stays on an officer's record for two years.")
    assert cases(text) == [("Emlyn Tresize", "Dorset Police", "final_written_warning")]


def test_an_officer_who_sat_on_the_panel_is_not_a_case():
    text = ("Constable sacked for crash lies\n\n"
            "A Northumbria Police constable who lied about a crash in a patrol car has been dismissed.\n\n"
            "PC Corwin Ashby, 29, denied the allegations.\n\n"
            "The panel was chaired by Hester Quill, a legally qualified chair, who sat with an independent member "
            "and Superintendent Alwyn Drage of Durham Constabulary.\n\n"
            "The panel found gross misconduct proven and ordered that he be dismissed without notice.")
    assert cases(text) == [("Corwin Ashby", "Northumbria Police", "dismissed")]


def test_a_panel_member_named_before_the_chair_is_neither_the_cases_chair_nor_the_chair_who_speaks():
    text = ("Constable sacked for lying\n\n"
            "PC Corwin Ashby of Northumbria Police was dismissed without notice on Friday.\n\n"
            "The panel members were Superintendent Alwyn Drage of Durham Constabulary and an independent "
            "member. The hearing was chaired by Hester Quill, a legally qualified chair.\n\n"
            "The chair said: \"The officer lied repeatedly to those investigating him.\"")
    x = extract_text(text)
    assert [(c.officer, c.chair) for c in x.cases] == [("Corwin Ashby", "Hester Quill")]
    assert [q.speaker for q in x.quotes] == ["Hester Quill"]


def test_found_not_to_have_a_case_to_answer_is_no_case_to_answer():
    text = ("Constable to face hearing over arrest\n\n"
            "A Cheshire Constabulary constable has a case to answer for gross misconduct over an arrest in Crewe.\n\n"
            "A second officer was found not to have a case to answer.")
    assert cases(text)[-1] == (None, "Cheshire Constabulary", "no_case_to_answer")


def test_a_watchdogs_lede_officer_is_the_one_in_the_body_given_the_same_outcome():
    text = ("Officer to face hearing over custody death\n\n"
            "An officer from Cheshire Constabulary will face a gross misconduct hearing after our investigation "
            "into the death of a man in custody in Crewe.\n\n"
            "We looked at the actions of three officers.\n\n"
            "We found that a custody sergeant has a case to answer for gross misconduct for failing to check on "
            "the man.\n\n"
            "A detention officer was given a written warning at a misconduct meeting.\n\n"
            "An inspector who reviewed the detention retired last year.")
    assert sorted(c[2] for c in cases(text)) == ["pending", "retired", "written_warning"]


def test_they_after_a_group_spoken_of_again_is_that_group():
    text = ("Sergeant warned after cell death in Preston\n\n"
            "A Lancashire Constabulary custody sergeant has been given a written warning after our investigation "
            "into a death in custody.\n\n"
            "We found the two constables had not passed on what they knew, but that this fell short of "
            "misconduct. They will take part in the reflective practice review process.")
    assert sorted(c[2] for c in cases(text)) == ["reflective_practice", "written_warning"]


def test_the_probationer_is_the_probationer_constable_met_before():
    text = ("Hearing date set for Taunton sergeant\n\n"
            "Sergeant Aldous Penhallow of Avon and Somerset Police will face a gross misconduct hearing in May.\n\n"
            "He is alleged to have pressed a probationer constable to back his account of an arrest.\n\n"
            "The probationer, who has not been named, was found to have no case to answer.")
    assert cases(text) == [("Aldous Penhallow", "Avon and Somerset Police", "pending"),
                           (None, "Avon and Somerset Police", "no_case_to_answer")]


def test_an_officer_coordinated_with_an_object_is_an_object_too():
    text = ("Chief inspector warned over bullying\n\n"
            "A chief inspector at Suffolk Constabulary has been given a final written warning after an "
            "investigation found he had bullied junior colleagues.\n\n"
            "Chief Inspector Osric Valance faced a misconduct hearing last week.\n\n"
            "The hearing was told that over a period of about a year, Ch Insp Valance had repeatedly belittled "
            "two sergeants and an inspector in meetings, and sent them messages late at night.\n\n"
            "He admitted some of the behaviour but said he had been under pressure.\n\n"
            "The panel found that his conduct amounted to misconduct. It imposed a final written warning.")
    assert cases(text) == [("Osric Valance", "Suffolk Constabulary", "final_written_warning")]


def test_a_town_based_officer_is_of_the_force_covering_the_town():
    text = ("Sergeant warned over comments\n\n"
            "Among the cases released:\n\n"
            "- A constable in Kent who sent explicit images to a witness was dismissed without notice.\n"
            "- A Swansea-based sergeant who made sexual comments to a trainee was given a final written warning.")
    assert cases(text) == [(None, "Kent Police", "dismissed"), (None, "South Wales Police", "final_written_warning")]


def test_the_officer_who_received_the_messages_is_the_other_officer_not_the_one_the_story_is_about():
    text = ("Former PC would have been sacked\n\n"
            "Former PC Tamsin Orchardley, of Cheshire Constabulary, sent offensive messages about colleagues to "
            "another officer on a messaging app.\n\n"
            "A panel found she would have been dismissed had she not resigned.\n\n"
            "The officer who received the messages was dealt with at a misconduct meeting and received a written "
            "warning for failing to report them.")
    assert cases(text) == [("Tamsin Orchardley", "Cheshire Constabulary", "would_have_been_dismissed"),
                           (None, "Cheshire Constabulary", "written_warning")]


def test_the_officer_who_did_it_is_the_first_officer_when_a_second_has_a_rank_of_their_own():
    text = ("Watchdog finds Taser use unjustified\n\n"
            "The Independent Police Conduct Authority has found an officer was not justified in using a Taser on "
            "a man who was running away from him in Napier.\n\n"
            "A second officer, a sergeant who arrived later, was found to have failed to get the man medical "
            "help.\n\n"
            "District Commander Superintendent Ropata Kerehoma said the officer who fired the Taser had resigned "
            "from New Zealand Police last year.\n\n"
            "The sergeant was given a final written warning, Superintendent Kerehoma said.")
    assert cases(text) == [(None, "New Zealand Police", "resigned"),
                           (None, "New Zealand Police", "final_written_warning")]


@pytest.mark.parametrize("sentence, outcome", [
    ("No crime was recorded and no further action was taken until she complained.", None),
    ("The constable was given management advice and no further action was taken.", "management_advice"),
])
def test_no_action_taken_until_something_happened_is_a_delay_not_an_outcome(sentence, outcome):
    text = f"Report left unrecorded\n\nA Durham Constabulary constable went to the woman's home. {sentence}"
    found = cases(text)
    assert (found[0][2] if found else None) == outcome


def test_an_age_in_brackets_is_an_age():
    text = "Garda dismissed\n\nGarda Niamh Coolahan (52) was dismissed from An Garda Síochána this week."
    assert [c.age for c in extract_text(text).cases] == [52]


@pytest.mark.parametrize("sentence, named", [
    ("Ruairí Tallon (41) was convicted at Ennis District Court last year of stealing diesel.", True),
    ("Ruairí Tallon (41) pleaded guilty at Ennis District Court to stealing diesel.", True),
    ("Ruairí Tallon (41), the station's owner, said the diesel was never recovered.", False),
])
def test_the_person_named_with_an_age_as_the_defendant_is_the_ledes_unnamed_officer(sentence, named):
    text = ("Garda dismissed after theft\n\n"
            "A garda who stole fuel from a filling station in Clare has been dismissed from An Garda Síochána.\n\n"
            f"{sentence}")
    officers = [c[0] for c in cases(text)]
    assert officers == (["Ruairí Tallon"] if named else [None])


def test_a_place_named_suspension_is_no_suspension():
    text = ("Officer commended for river rescue\n\n"
            "PC Anwen Threlkeld of Bedfordshire Police saw a man struggling in the water near the Suspension Bridge "
            "and swam out to him. The IOPC said no investigation was needed.")
    assert cases(text) == []


@pytest.mark.parametrize("sentence", [
    "For years, a police officer accused of gross misconduct had their case decided by a panel led by a lawyer.",
    "New legislation will allow misconduct proceedings to continue after an officer has resigned or retired.",
    "Of the officers who faced hearings, 14 were dismissed and six former officers were found to have committed "
    "gross misconduct.",
])
def test_rules_and_counts_in_a_story_about_the_system_are_no_cases(sentence):
    text = ("How misconduct hearings changed\n\n"
            "Chief constables in England and Wales took back control of misconduct hearings for Kent Police and "
            f"every other force this year. {sentence}")
    assert cases(text) == []


@pytest.mark.parametrize("which, warned", [("younger", "Tobin Carrow"), ("older", "Selwyn Marcher")])
def test_the_younger_or_older_officer_is_told_apart_by_the_ages_given(which, warned):
    text = ("Constable sacked and colleague warned over false log\n\n"
            "PC Selwyn Marcher, 38, and PC Tobin Carrow, 24, both of Durham Constabulary, did not attend a "
            "999 call and said they had.\n\n"
            f"The {'older' if which == 'younger' else 'younger'} officer was dismissed without notice.\n\n"
            f"The {which} officer was found to have committed misconduct and was given a final written warning.")
    found = {officer: outcome for officer, _, outcome in cases(text)}
    assert found[warned] == "final_written_warning"
    assert sorted(found.values()) == ["dismissed", "final_written_warning"]


@pytest.mark.parametrize("title, rank", [("T/Sgt", "Sergeant"), ("A/Insp", "Inspector"), ("Cpl.", "Corporal"),
                                         ("D/C", "Detective Constable")])
def test_acting_temporary_and_dotted_ranks_before_a_name(title, rank):
    text = f"Supervisor warned\n\n{title} Orla Penhaligon of Lancashire Constabulary was given a written warning."
    x = extract_text(text)
    assert [(c.officer, c.rank, c.outcome) for c in x.cases] == [("Orla Penhaligon", rank, "written_warning")]


def test_someone_named_in_an_officers_aside_does_not_end_the_officers_predicate():
    text = ("Mountie ordered to resign\n\n"
            "Const. Rhys Carvell of the Royal Canadian Mounted Police was ordered to resign or be dismissed.\n\n"
            "A second member, Cpl. Ilse Marchetti, who was Carvell's supervisor that night, was found to have "
            "failed to record the crash properly.")
    assert [c[0] for c in cases(text)] == ["Rhys Carvell", "Ilse Marchetti"]


def test_the_suspension_of_two_named_officers_ordered_by_their_commissioner():
    text = ("Two policemen suspended over custody beating\n\n"
            "PUNE: A head constable and a constable have been suspended after a video showed them beating a man "
            "in a police station.\n\n"
            "Pune City Police Commissioner Rajan Kulkarni on Sunday ordered the suspension of head constable "
            "Vikas Shinde and constable Amol Jadhav pending a departmental inquiry.")
    assert cases(text) == [("Vikas Shinde", "Pune City Police", "pending"),
                           ("Amol Jadhav", "Pune City Police", "pending")]


def test_a_surname_with_a_capitalised_particle_at_a_sentence_start_is_the_same_person():
    text = ("Constable fired, warrant officer warned\n\n"
            "Constable Themba Dlamini of the South African Police Service was dismissed after a disciplinary "
            "hearing.\n\n"
            "The watchdog recommended action against Dlamini and against Warrant Officer Pieter van der Merwe, who "
            "was responsible for the firearms store.\n\n"
            "The watchdog found that Van der Merwe had let Dlamini keep his firearm.\n\n"
            "Van der Merwe was given a final written warning.")
    assert cases(text) == [("Themba Dlamini", "South African Police Service", "dismissed"),
                           ("Pieter van der Merwe", "South African Police Service", "final_written_warning")]


def test_a_us_suspension_its_appeal_extra_training_and_allegations_not_sustained():
    text = ("Officer suspended over traffic stop\n\n"
            "A Toledo Police Department officer who pulled a driver from his car has been suspended for 20 days "
            "without pay, the department said.\n\n"
            "Officer Brandt Kowalczyk violated the department's use of force policy, according to a "
            "disciplinary order.\n\n"
            "His partner, Officer Renata Oyelaran, was also investigated. The allegations against her were not "
            "sustained.\n\n"
            "Kowalczyk will also be required to complete additional training. He can appeal the suspension.")
    assert cases(text) == [("Brandt Kowalczyk", "Toledo Police Department", "suspended"),
                           ("Renata Oyelaran", "Toledo Police Department", "not_proven")]


_STAFF_STORY = ("Two constables warned over cell death\n\n"
                "Two Norfolk Constabulary constables who failed to check on a man in custody have each been given "
                "a written warning, and a detention officer {lede}.\n\n"
                "We found the two constables had a case to answer for misconduct. They each received a written "
                "warning at a misconduct meeting.\n\n"
                "The detention officer{aside} was found to have no case to answer.")


@pytest.mark.parametrize("lede, aside", [
    ("who was also investigated has no case to answer", ", a member of police staff,"),  # the aside is no one new
    ("was also investigated", ""),  # "the detention officer" is not the group the story was about
])
def test_the_detention_officer_is_the_member_of_staff_met_before(lede, aside):
    got = extract_text(_STAFF_STORY.format(lede=lede, aside=aside)).cases
    assert [(c.role, c.outcome) for c in got] == [("group", "written_warning"), ("staff", "no_case_to_answer")]


def test_a_detention_officer_joined_to_a_group_shares_its_outcome():
    text = ("No case to answer after death in custody\n\n"
            "We examined the actions of two Cumbria Constabulary officers who arrested the man and of a detention "
            "officer who carried out cell checks.\n\n"
            "The two arresting officers and the detention officer have no case to answer.")
    assert [(c.role, c.outcome) for c in extract_text(text).cases] == [("group", "no_case_to_answer")]


def test_a_watchdogs_three_officers_told_one_by_one_beside_one_also_investigated():
    # "the sergeant" is the detective sergeant of its own sentence; "The other two officers" are a
    # group of two; the lede's three are the one warned and the two, not the sergeant "also
    # investigated" nor "the constable who took the first call" (one of them, with no outcome)
    text = ("Officers disciplined over missed 999 calls\n\n"
            "Three Lincolnshire Police officers who dealt with a man's 999 calls have faced disciplinary action, "
            "following an IOPC investigation.\n\n"
            "A detective sergeant who supervised the case was also investigated, but an allegation against the "
            "sergeant was found not proven at a misconduct meeting.\n\n"
            "We found that the constable who took the first call did not record it. At a misconduct meeting, one "
            "of the officers was given a final written warning.\n\n"
            "The other two officers, who took the later calls, were found to have a case to answer. The force "
            "decided that both should take part in reflective practice.")
    assert [(c.rank, c.role, c.outcome) for c in extract_text(text).cases] == [
        ("Detective Sergeant", "officer", "not_proven"), (None, "officer", "final_written_warning"),
        (None, "group", "reflective_practice")]


def test_the_other_two_officers_are_a_group_opening_their_clause():
    from store.extract.unnamed import find_unnamed
    [np] = find_unnamed("The other two officers, who took the later calls, were warned.", [], 0)
    assert (np.count, np.weak, np.start) == (2, False, 0)


def test_decided_that_both_should_take_part_in_reflective_practice_is_decided():
    [o] = [o for o in find_outcomes("The force decided that both should take part in reflective practice.") if o.outcome]
    assert not o.hypothetical


def test_an_officer_inside_anothers_comma_aside_does_not_share_the_outcome():
    text = ("Officer to face hearing over baton strike\n\n"
            "Two Merseyside Police officers went to a flat in Bootle after a neighbour called.\n\n"
            "We found that the constable who used the baton has a case to answer for gross misconduct.\n\n"
            "We found that the second officer, who went into the flat with the constable and did not use force, "
            "had no case to answer.")
    assert [(c.rank, c.outcome) for c in extract_text(text).cases] == [("Constable", "pending"),
                                                                         (None, "no_case_to_answer")]


def test_a_code_names_letter_ends_a_sentence_and_no_misconduct_was_found_is_an_outcome():
    text = ("Officer warned after arrest in Dundee\n\n"
            "The PIRC investigated the arrest of a man in Dundee by two Police Scotland officers, referred to as "
            "Officer A and Officer B, and the sergeant who supervised them.\n\n"
            "Officer A was given a written warning. Following an assessment, no misconduct was found against "
            "Officer B. The sergeant was given improvement action.")
    assert [(c.rank, c.outcome) for c in extract_text(text).cases] == [
        (None, "written_warning"), (None, "not_proven"), ("Sergeant", "management_advice")]


def test_an_initial_before_a_surname_still_does_not_end_a_sentence():
    from store.extract.segment import paragraphs, sentences
    text = "The report was written by Officer J. Tavener. The sergeant was warned."
    assert len(sentences(text, paragraphs(text))) == 2


def test_the_constable_and_the_inspector_met_before_and_the_officer_of_the_same_sentence():
    text = ("Ombudsman upholds complaint about wrong-house search in Newry\n\n"
            "The Police Ombudsman has upheld a complaint from a man whose flat in Newry was searched by PSNI "
            "officers who had the wrong address.\n\n"
            "Investigators found that the warrant had been applied for by a constable who did not check the "
            "address.\n\n"
            "They also found that the inspector who approved the application did not carry out the expected "
            "checks.\n\n"
            "The Police Ombudsman recommended that the constable be given management advice, which PSNI has "
            "accepted. The Ombudsman also recommended that the inspector face a misconduct meeting, but the "
            "officer retired before the meeting could be held.")
    assert [(c.rank, c.outcome) for c in extract_text(text).cases] == [("Constable", "management_advice"),
                                                                         ("Inspector", "retired")]


_SUPERVISOR_STORY = ("Officer cleared over missed welfare check in Blyth\n\n"
                     "A police officer left a house without checking on a woman inside, a misconduct panel has "
                     "heard.\n\n"
                     "PC Rhodri Featherstone was sent to the house by Northumbria Police in March. He knocked, got no "
                     "answer and left.\n\n"
                     "A panel found the allegation not proven. It said PC Featherstone had told his supervisor, who "
                     "agreed that no further action was needed.")


def test_an_outcome_in_the_relative_clause_of_someone_elses_noun_is_not_the_officers():
    assert cases(_SUPERVISOR_STORY) == [("Rhodri Featherstone", "Northumbria Police", "not_proven")]


def test_the_supervising_sergeant_is_someone_new_in_a_story_about_a_named_constable():
    text = _SUPERVISOR_STORY + ("\n\nThe supervising sergeant, who was not named at the hearing, was dealt with "
                                "through reflective practice, the force said.")
    assert cases(text) == [("Rhodri Featherstone", "Northumbria Police", "not_proven"),
                           (None, "Northumbria Police", "reflective_practice")]


@pytest.mark.parametrize("after, outcome", [
    ("The final written warning given in 2022 has been removed from his record.", "not_proven"),
    ("The final written warning remains on his record.", "final_written_warning"),
])
def test_a_sanction_removed_after_a_rehearing_no_longer_stands(after, outcome):
    text = ("Sergeant cleared at re-hearing\n\n"
            "Sergeant Osian Pryderi of Gwent Police has been cleared at a fresh hearing.\n\n"
            "At a hearing in 2022 a panel found misconduct proven and gave him a final written warning. The High "
            "Court later ordered a new hearing.\n\n"
            "At the re-hearing the allegations were found not proven. " + after)
    assert cases(text) == [("Osian Pryderi", "Gwent Police", outcome)]


def test_a_probationary_constable_sacked_and_a_named_senior_constable_demoted_are_two():
    text = ("Probationary constable sacked, senior officer demoted after Geelong arrest\n\n"
            "A probationary constable has been sacked and a senior constable demoted after an investigation into "
            "the arrest of a teenager in Geelong.\n\n"
            "Victoria Police confirmed that proceedings had been finalised against the probationary constable, who "
            "has not been named. The officer's employment was terminated last month.\n\n"
            "Senior Constable Marnie Talbot-Hughes, who was the supervising officer during the arrest, has been "
            "reduced in rank to constable.")
    assert cases(text) == [(None, "Victoria Police", "dismissed"),
                           ("Marnie Talbot-Hughes", "Victoria Police", "reduction_in_rank")]


@pytest.mark.parametrize("sentence, found", [
    ("The force said all response supervisors had received additional training on stalking.", False),
    ("Every officer in the team will get further training.", False),
    ("The constable was given additional training.", True),
])
def test_training_for_a_whole_group_is_the_forces_lesson_not_a_sanction(sentence, found):
    assert bool([o for o in find_outcomes(sentence) if o.outcome == "management_advice"]) is found


@pytest.mark.parametrize("sentence, hypothetical", [
    ("She must undergo reflective practice.", False),
    ("PC Ellery must now complete reflective practice.", False),
    ("Officers must undergo reflective practice if their conduct falls short.", True),
    ("The family said she must receive a final written warning at least.", True),
])
def test_what_an_officer_must_undergo_was_directed(sentence, hypothetical):
    [o] = [o for o in find_outcomes(sentence) if o.outcome]
    assert o.hypothetical is hypothetical


def test_a_chief_officer_who_ruled_that_he_should_be_dismissed_decided_it():
    text = ("Constable sacked after assault conviction\n\n"
            "PC Darragh Feeney, 36, of Cumbria Constabulary was convicted of assault in March.\n\n"
            "At an accelerated hearing on Monday, Deputy Chief Constable Ingrid Salkeld ruled that his conviction "
            "amounted to gross misconduct and that he should be dismissed without notice.")
    assert cases(text) == [("Darragh Feeney", "Cumbria Constabulary", "dismissed")]


def test_a_commissioner_informed_of_the_suspension_is_not_suspended():
    text = ("Superintendent suspended over promotion exams\n\n"
            "Superintendent Aurelio Stainforth of Wiltshire Police has been suspended while the IOPC investigates "
            "claims he leaked exam papers.\n\n"
            "The county's Police and Crime Commissioner, Philippa Rendcombe, said she had been informed of the "
            "suspension and had full confidence in the investigation.")
    assert cases(text) == [("Aurelio Stainforth", "Wiltshire Police", "pending")]


def test_a_live_blogs_sergeant_told_he_will_be_demoted_and_a_heading_of_another_rank():
    # "has told Sgt X he will be reduced" is X's news, though X is who was told; "Sergeant demoted to
    # constable", a heading, is not the chief superintendent the blog last quoted
    text = ("LIVE: Stockport sergeant's misconduct hearing\n\n"
            "16:21\n"
            "The force's head of professional standards, Chief Superintendent Marisol Penhaligon, has issued a "
            "statement.\n\n"
            "16:12 KEY EVENT\n"
            "Sergeant demoted to constable\n\n"
            "The chair, Anselm Whitcombe, has told Sgt Gethin Brockley of Greater Manchester Police he will be "
            "reduced to the rank of constable with immediate effect.")
    assert cases(text) == [("Gethin Brockley", "Greater Manchester Police", "reduction_in_rank")]


_FORMER_OFFICER_STORY = ("Truro officer would have been sacked over patrol car speeding, panel rules\n\n"
                         "A Truro police officer who resigned before a misconduct hearing would have been sacked if "
                         "{pronoun} had still been serving, a panel has ruled.\n\n"
                         "Morwenna Tregellas drove at 98mph in a 30mph zone while not answering an emergency.\n\n"
                         "She resigned from Devon and Cornwall Police in March. Assistant Chief Constable Idris "
                         "Penrose chaired the hearing.")


@pytest.mark.parametrize("pronoun, officer", [("she", "Morwenna Tregellas"), ("he", None)])
def test_the_person_named_next_as_the_lede_spoke_of_the_officer_is_that_officer(pronoun, officer):
    got = cases(_FORMER_OFFICER_STORY.format(pronoun=pronoun))
    assert got == [(officer, "Devon and Cornwall Police", "would_have_been_dismissed")]


def test_a_sheriffs_deputy_fired_in_the_lede_is_the_deputy_named_after():
    text = ("Marion deputy fired after internal probe\n\n"
            "OCALA, Fla. - A Marion County Sheriff's Office deputy has been fired after an internal affairs "
            "investigation found he lied in an arrest report, the sheriff announced Tuesday.\n\n"
            "Deputy Colton Varnell, 29, had been with the agency for six years. He wrote in his report that the "
            "driver had been swerving; dash camera video showed otherwise.\n\n"
            "The deputy chief of the agency said the review was thorough.")
    assert cases(text) == [("Colton Varnell", "Marion County Sheriff's Office", "dismissed")]


def test_a_headlines_officer_told_again_in_the_lede_is_not_the_pcso_with_no_case_to_answer():
    text = ("Merseyside Police officer to face gross misconduct hearing over Taser use on teenager\n\n"
            "A Merseyside Police constable will face a gross misconduct hearing after our investigation into the "
            "use of a Taser on a 15-year-old boy in Kirkby.\n\n"
            "Officers were called to a report of a fight in a park in May.\n\n"
            "At the end of our investigation we found that the constable who discharged the Taser has a case to "
            "answer for gross misconduct.\n\n"
            "Merseyside Police agreed with our findings and will arrange a hearing.\n\n"
            "We also found that a second officer, a police community support officer who was present, had no "
            "case to answer.\n\n"
            "Our findings are provisional until the conclusion of any proceedings. The hearing will be heard in "
            "public.")
    assert [(c.role, c.outcome) for c in extract_text(text).cases] == [("officer", "pending"), ("pcso", "no_case_to_answer")]


def test_an_intelligence_analyst_is_police_staff():
    text = ("Officers disciplined across the region\n\n"
            "- A Cumbria Constabulary intelligence analyst was dismissed after passing information about a drugs "
            "investigation to a relative.")
    assert [(c.role, c.force, c.outcome) for c in extract_text(text).cases] == [
        ("staff", "Cumbria Constabulary", "dismissed")]


def test_each_given_a_warning_after_a_named_inspector_is_the_group_the_last_sentence_met():
    text = ("Inspector sacked over cancelled fines\n\n"
            "Inspector Ambrose Kettlewell of British Transport Police has been dismissed after asking colleagues to "
            "cancel penalty fares issued to his daughter.\n\n"
            "The hearing also considered the conduct of three officers who were told by the inspector to cancel "
            "the fares.\n\n"
            "The panel found that they had raised concerns but then complied, and each was given a written warning.")
    assert cases(text) == [("Ambrose Kettlewell", "British Transport Police", "dismissed"),
                           (None, "British Transport Police", "written_warning")]


def test_a_speaker_called_by_first_name_is_the_person_named_before():
    text = ("Thirty years of service: PC Bartholomew Quaintance retires\n\n"
            "After more than 30 years in Tynedale, PC Bartholomew Quaintance has handed in his warrant card.\n\n"
            "Bartholomew said: \u201cIt has been an honour to serve this community for all these years.\u201d")
    [q] = extract_text(text).quotes
    assert q.speaker == "Bartholomew Quaintance"


@pytest.mark.parametrize("sentence, hypothetical", [
    ("Since 2023 every officer who received a final written warning has been reviewed.", True),
    ("Dismissal is expected where an officer has acted dishonestly.", True),
    ("No officer who was given a written warning has reoffended, the force said.", True),
    ("The officer who received a final written warning has returned to duty.", False),
])
def test_sanctions_spoken_of_in_general_are_not_an_officers(sentence, hypothetical):
    [o] = [o for o in find_outcomes(sentence) if o.outcome]
    assert o.hypothetical is hypothetical


def test_the_ledes_special_sergeant_is_the_special_sergeant_named_after():
    text = ("Special sergeant dismissed over expenses\n\n"
            "A special sergeant with Sussex Police has been dismissed after a misconduct hearing found he claimed "
            "expenses for shifts he never worked.\n\n"
            "Special Sergeant Leopold Dunmore, who volunteered in Crawley, submitted claims for 20 shifts he did not "
            "attend.")
    assert [(c.officer, c.role, c.outcome) for c in extract_text(text).cases] == [
        ("Leopold Dunmore", "special_constable", "dismissed")]


def test_a_volunteer_officer_with_the_met_is_of_the_met_in_a_round_up_of_london_forces():
    text = ("London hearings this week\n\n"
            "City of London detective's hearing adjourned\n\n"
            "The gross misconduct hearing of DC Alasdair Pennycook of the City of London Police was adjourned after "
            "his representative fell ill.\n\n"
            "Special constable warned\n\n"
            "Special Constable Ottilie Braithwaite, a volunteer officer with the Met in Lambeth, was given a written "
            "warning at a misconduct meeting.")
    got = {c.officer: c.force for c in extract_text(text).cases}
    assert got["Ottilie Braithwaite"] == "Metropolitan Police Service"


def test_a_notices_record_of_a_staff_member_whose_identity_was_withheld_is_a_case_of_the_notices_force():
    text = ("Misconduct hearing outcomes: May 2026\n\n"
            "Norfolk Constabulary publishes the outcome of misconduct hearings held in public.\n\n"
            "Officer: Daniel Anstruther\n\n"
            "Rank: Police Constable\n\n"
            "Chair: Chief Superintendent Marguerite Oakhampton, Suffolk Constabulary\n\n"
            "Outcome: Dismissed without notice\n\n"
            "Staff member: Identity withheld\n\n"
            "Role: Police staff (call handler)\n\n"
            "Outcome: Final written warning")
    assert cases(text) == [("Daniel Anstruther", "Norfolk Constabulary", "dismissed"),
                           (None, "Norfolk Constabulary", "final_written_warning")]


def test_words_the_officer_had_told_a_complainant_are_the_officers():
    text = ("Officer dealt with through reflective practice\n\n"
            "PC Horatio Blenkinsop was sent to a shop in Consett after its owner, Jaswinder Sandhu, reported "
            "repeated thefts.\n\n"
            "Mrs Sandhu complained that the officer had told her that \u201cshoplifting is just part of running "
            "a shop these days\u201d.")
    [q] = extract_text(text).quotes
    assert q.speaker == "Horatio Blenkinsop"


@pytest.mark.parametrize("text", [
    ("Recruits told they will be sacked if they hide criminal links\n\n"
     "New officers in Wiltshire are told on their first day that they will be dismissed if they hide links to "
     "criminals.\n\n"
     "The force dismissed five officers for gross misconduct in 2024, according to figures published on its "
     "website."),
    ("Cumbria Constabulary dismissed three officers last year, annual report shows\n\n"
     "Three Cumbria Constabulary officers were dismissed and two former officers were found to have committed "
     "gross misconduct, according to the force's annual professional standards report."),
    ("What the barred list is\n\n"
     "An officer who is dismissed after a misconduct hearing is added to the list. An officer who receives a final "
     "written warning is not, Lancashire Constabulary said."),
])
def test_figures_and_rules_about_sanctions_are_no_case(text):
    assert cases(text) == []


def test_a_round_ups_item_after_a_place_is_not_the_officer_named_before():
    text = ("A year of hearings in Wales\n\n"
            "Hearing reports published over the year give a picture of the cases.\n\n"
            "In Cardiff, Constable Geraint Pumphrey of South Wales Police was dismissed in October for misusing a "
            "police database.\n\n"
            "In Swansea, a constable was dismissed in January after being convicted of assault.")
    assert cases(text) == [("Geraint Pumphrey", "South Wales Police", "dismissed"),
                           (None, "South Wales Police", "dismissed")]


@pytest.mark.parametrize("sentence, hypothetical", [
    ("The force had alleged that his conduct was serious enough to justify dismissal.", True),
    ("The sanctions available to the panel include dismissal without notice.", True),
    ("The man's father had called for the officer to be sacked.", True),
    ("A sergeant who altered his notes to justify a wrongful arrest has been demoted.", False),
    ("The constable was dismissed without notice.", False),
])
def test_sanctions_weighed_or_wanted_are_not_imposed(sentence, hypothetical):
    [o] = [o for o in find_outcomes(sentence) if o.outcome]
    assert o.hypothetical is hypothetical


def test_a_chair_who_dismissed_the_case_after_a_no_case_submission_cleared_the_officer():
    text = ("Case thrown out against Ely detective\n\n"
            "DC Harriet Bramwell, of Cambridgeshire Constabulary, was alleged to have misled a court in 2022.\n\n"
            "After two days of evidence, DC Bramwell's barrister, Cosmo Farquharson, submitted that there was no "
            "case to answer.\n\n"
            "The chair, Oluwaseun Adeyemi-Clarke, agreed and dismissed the case on Wednesday.\n\n"
            "DC Bramwell has been on restricted duties since 2022.")
    assert cases(text) == [("Harriet Bramwell", "Cambridgeshire Constabulary", "not_proven")]


def test_the_ledes_penalty_is_the_named_officers_though_he_was_named_with_an_interim_step():
    text = ("Tulsa officer suspended without pay over chase\n\n"
            "TULSA, Okla. - A Tulsa police officer who kept chasing a car after being told to stop has been suspended "
            "for 10 days without pay, Tulsa Police Department records show.\n\n"
            "Officer Brandon Lutkiewicz was placed on administrative leave after the crash while internal affairs "
            "investigated.")
    assert cases(text) == [("Brandon Lutkiewicz", "Tulsa Police Department", "suspended")]


def test_a_sectioned_round_up_keeps_its_items_apart_from_the_one_officer_it_names():
    text = ("Midlands misconduct round-up: sackings, warnings and an officer who quit\n\n"
            "Our monthly look at misconduct outcomes across the region's forces.\n\n"
            "West Midlands Police\n\n"
            "A Walsall PC was sacked after a hearing found she had looked up a former partner on police systems.\n\n"
            "Staffordshire Police\n\n"
            "A Stafford detective constable who resigned before the hearing was found to have committed gross "
            "misconduct. The panel said he would have been dismissed.\n\n"
            "Warwickshire Police\n\n"
            "A PCSO in Rugby was given learning through the reflective practice review process.\n\n"
            "A special constable in Nuneaton left the force before a misconduct meeting could be held. No further "
            "action can be taken.\n\n"
            "In Leamington, an allegation that PC Ambrose Whitlingham used excessive force was found not proven at "
            "a hearing.")
    assert cases(text) == [
        (None, "West Midlands Police", "dismissed"), (None, "Staffordshire Police", "would_have_been_dismissed"),
        (None, "Warwickshire Police", "reflective_practice"), (None, "Warwickshire Police", "resigned"),
        ("Ambrose Whitlingham", "Warwickshire Police", "not_proven")]


@pytest.mark.parametrize("sentence, outcomes", [
    ("A PCSO was given learning through the reflective practice review process.", ["reflective_practice"]),
    ("She left the force before a meeting could be held. No further action can be taken.", ["resigned"]),
])
def test_learning_through_reflective_practice_and_action_that_cannot_be_taken(sentence, outcomes):
    assert [o.outcome for o in find_outcomes(sentence) if o.outcome and not o.negated and not o.hypothetical] == outcomes


def test_a_transport_police_sergeant_based_at_a_station_and_a_constable_who_did_not_report_it():
    text = ("Transport police sergeant warned over remarks\n\n"
            "A British Transport Police sergeant has been given a written warning after making remarks about a "
            "colleague.\n\n"
            "Sergeant Clement Ashbury, who is based at Leeds City station, attended a misconduct meeting in August.\n\n"
            "A constable who heard the remarks and did not report them received management action.")
    assert cases(text) == [("Clement Ashbury", "British Transport Police", "written_warning"),
                           (None, "British Transport Police", "management_advice")]


def test_garda_headquarters_is_no_person():
    text = ("Garda suspended after assault charge\n\n"
            "Garda Cathal Ruddock, 35, of An Garda Síochána, appeared at Limerick District Court charged with "
            "assault.\n\n"
            "Garda Headquarters confirmed that he had been suspended from duty pending the outcome of the "
            "proceedings.")
    assert [c.officer for c in extract_text(text).cases] == ["Cathal Ruddock"]


def test_a_staff_investigator_who_works_in_a_forces_hub_is_the_ledes_member_of_staff():
    text = ("Police investigator given final written warning\n\n"
            "A police staff investigator whose failure to secure CCTV led to a case collapsing has been given a "
            "final written warning.\n\n"
            "Morgan Llewelyn-Price, who works in Gwent Police's investigation hub in Newport, was responsible for "
            "the case.\n\n"
            "Mr Llewelyn-Price, who is not a police officer, faced a disciplinary hearing last month.")
    assert [(c.officer, c.role, c.force, c.outcome) for c in extract_text(text).cases] == [
        ("Morgan Llewelyn-Price", "staff", "Gwent Police", "final_written_warning")]


def test_removed_from_a_force_abroad_a_managerial_intervention_and_a_suspension_until_a_court_decides():
    text = ("Queensland constable removed from force\n\n"
            "A Cairns police officer who assaulted a man has been removed from the Queensland Police Service, while "
            "a second officer has been suspended without pay after being charged over an unrelated theft.\n\n"
            "Constable Tobias Quartermaine was removed by the Commissioner after an internal investigation.\n\n"
            "A senior constable who failed to report the assault received a managerial intervention.")
    assert cases(text) == [(None, "Queensland Police Service", "pending"),
                           ("Tobias Quartermaine", "Queensland Police Service", "dismissed"),
                           (None, "Queensland Police Service", "management_advice")]


def test_the_constable_who_searched_at_his_request_is_the_colleague_not_the_named_officer():
    text = ("Slough PC's final written warning extended\n\n"
            "PC Leopold Faraday, of Thames Valley Police, searched police records for a neighbour and asked a "
            "colleague to run a second search for him.\n\n"
            "His final written warning was extended by 18 months.\n\n"
            "The constable who carried out the second search at his request will undergo reflective practice.")
    assert cases(text) == [("Leopold Faraday", "Thames Valley Police", "final_written_warning"),
                           (None, "Thames Valley Police", "reflective_practice")]


def test_the_call_handler_is_the_one_met_before():
    text = ("Officer warned over response to call in Neath\n\n"
            "The IOPC found that a South Wales Police call handler graded the call wrongly, and that a constable sent "
            "later did not go to the address.\n\n"
            "The constable was given a final written warning.\n\n"
            "The call handler was dealt with through the reflective practice review process.")
    got = [(c.role, c.outcome) for c in extract_text(text).cases]
    assert got == [("staff", "reflective_practice"), ("officer", "final_written_warning")]


def test_concerns_raised_but_not_acted_on_and_what_some_officers_do_are_no_cases():
    text = ("Still serving: officers who keep their jobs\n\n"
            "Former Detective Constable Barnaby Oyelaran, of Essex Police, was dismissed in 2024. It later emerged "
            "that a colleague had raised concerns about his behaviour years earlier, but no action was taken.\n\n"
            "Some officers resign while under investigation, and others are dealt with through reflective practice.")
    assert cases(text) == [("Barnaby Oyelaran", "Essex Police", "dismissed")]


def test_an_awards_story_with_a_career_retirement_and_warnings_dismissed_has_no_case():
    text = ("Lowestoft PC honoured for sea rescue\n\n"
            "PC Philippa Dunwoody was off duty when she saw a man struggling in the water. She dismissed warnings "
            "from passers-by that the sea was too dangerous and swam out to reach him.\n\n"
            "A detective who retired in the summer after 32 years with the force was given a lifetime achievement "
            "award at Suffolk Constabulary's annual ceremony.")
    assert cases(text) == []


@pytest.mark.parametrize("sentence, found", [
    ("A detective who retired in the summer after 32 years with the force was given an award.", False),
    ("The inspector retired after 25 years of service before the misconduct meeting could be held.", True),
])
def test_a_retirement_after_years_of_service_is_an_outcome_only_beside_proceedings(sentence, found):
    assert bool([o for o in find_outcomes(sentence) if o.outcome == "retired"]) is found


def test_a_sergeant_dismissed_with_another_forces_investigation_and_chair_and_the_constable_he_instructed():
    text = ("Luton sergeant dismissed after letting friend drive away\n\n"
            "A Bedfordshire Police sergeant who told a constable to let his friend drive away from a drink-drive stop "
            "has been dismissed without notice.\n\n"
            "Sergeant Percival Oakenshaw, who was based in Luton, arrived at the roadside after a constable on his "
            "team stopped the car.\n\n"
            "The investigation was carried out by Hertfordshire Constabulary on behalf of Bedfordshire Police, and the "
            "hearing was chaired by Assistant Chief Constable Rosalind Featherby of Cambridgeshire Constabulary.\n\n"
            "The constable who stopped the car, and who did not challenge the sergeant's instruction, received a "
            "written warning at a misconduct meeting.")
    assert cases(text) == [("Percival Oakenshaw", "Bedfordshire Police", "dismissed"),
                           (None, "Bedfordshire Police", "written_warning")]


def test_someone_who_worked_at_the_custody_unit_is_police_staff_and_he_is_them():
    text = ("Detention officer sacked over cell checks\n\n"
            "Dorian Whitcombe, who worked at the custody unit at Keynsham, was found to have committed gross "
            "misconduct at a hearing held by Avon and Somerset Police last week. He was dismissed without notice.")
    assert cases(text) == [("Dorian Whitcombe", "Avon and Somerset Police", "dismissed")]


def test_a_number_word_before_a_department_is_not_part_of_its_name():
    text = ("Phoenix officer fired and another suspended\n\n"
            "One Phoenix Police Department officer has been fired and a second suspended without pay for ten days "
            "after a man was thrown to the ground at a gas station, the department said.\n\n"
            "An internal investigation found the first officer had used excessive force. He was terminated.\n\n"
            "The second officer, who held the man down, failed to report the force used. He was suspended for ten "
            "days without pay.")
    assert cases(text) == [(None, "Phoenix Police Department", "dismissed"),
                           (None, "Phoenix Police Department", "suspended")]


@pytest.mark.parametrize("sentence, hypothetical", [
    ("She was accused of threatening to have junior colleagues thrown out of the force if they reported her.", True),
    ("The inspector threatened to have the constable sacked if she complained.", True),
    ("He threatened to report the driver and was dismissed without notice.", False),
    ("After threatening a member of the public, he was dismissed without notice.", False),
])
def test_a_sanction_someone_threatened_others_with_is_not_an_outcome(sentence, hypothetical):
    found = [o for o in find_outcomes(sentence) if o.outcome == "dismissed"]
    assert found and all(o.hypothetical for o in found) is hypothetical


def test_the_sanction_named_again_with_the_is_the_officer_already_given_it():
    text = ("Constable sacked and colleague resigns over seized cash\n\n"
            "A constable based in Hereford has been dismissed from West Mercia Police after an inquiry into cash "
            "seized in a raid.\n\n"
            "A second constable who helped count the cash resigned from the force in the spring while the inquiry "
            "was under way.\n\n"
            "The Chief Constable approved the dismissal after reading the panel's report.")
    assert cases(text) == [(None, "West Mercia Police", "dismissed"), (None, "West Mercia Police", "resigned")]


def test_an_unnamed_officer_without_a_force_is_of_the_force_every_other_officer_is_of():
    text = ("Two Essex Police constables warned over abuse caught on camera\n\n"
            "Two Essex Police constables each received a written warning after a dashboard camera recorded them "
            "mocking a driver they had stopped in Harlow.\n\n"
            "The officers had stopped the car at the request of Hertfordshire Constabulary, which was looking for "
            "a stolen trailer.\n\n"
            "A sergeant who arrived later was found to have no case to answer.")
    assert cases(text) == [(None, "Essex Police", "written_warning"), (None, "Essex Police", "no_case_to_answer")]


def test_a_ledes_pronoun_after_a_woman_it_names_is_hers_not_the_unnamed_officers():
    text = ("Torquay PC warned over missed emergency call\n\n"
            "A PC in Torquay who did not go to a woman's home after she rang 999 to report an intruder has been "
            "given a written warning.\n\n"
            "The officer, who has since moved to Dorset Police, was found at a misconduct meeting to have breached "
            "the standard of professional behaviour on duties and responsibilities.\n\n"
            "Marnie Quillfeather rang police from her bedroom at about 2am. The officer told the control room he was "
            "at another incident.")
    assert cases(text) == [(None, "Devon and Cornwall Police", "written_warning")]


@pytest.mark.parametrize("sentence", [
    "The second officer was found not guilty of neglect of duty at the tribunal.",
    "A constable who drove the van was found not guilty of discreditable conduct.",
])
def test_not_guilty_of_a_disciplinary_charge_abroad_is_not_proven(sentence):
    assert [o.outcome for o in find_outcomes(sentence)] == ["not_proven"]


def test_the_officer_of_a_force_named_again_is_the_one_of_that_force_met_before():
    text = ("Transport officer warned over Euston arrest\n\n"
            "A British Transport Police officer who kneed a man during an arrest at Euston station has been given "
            "a final written warning, the IOPC said.\n\n"
            "CCTV shows one BTP constable striking the man while he was held on the floor.\n\n"
            "A Metropolitan Police sergeant who was passing off duty helped to hold the man's arms.\n\n"
            "Our investigation found that the BTP constable had a case to answer for gross misconduct. A panel "
            "later gave him a final written warning.\n\n"
            "We found that the Met sergeant had no case to answer.")
    assert cases(text) == [(None, "British Transport Police", "final_written_warning"),
                           (None, "Metropolitan Police Service", "no_case_to_answer")]


def test_a_ledes_officers_counted_off_are_the_code_named_officers_the_body_tells_of():
    text = ("Officer sacked after woman left in cell without checks\n\n"
            "An officer who left a woman in a cell in Taunton for six hours without checks has been dismissed, "
            "the police watchdog said.\n\n"
            "Two other Avon and Somerset Police officers faced misconduct proceedings. One was given a final "
            "written warning; allegations against the third were not proven.\n\n"
            "The IOPC referred to the three officers as Officer A, Officer B and Officer C.\n\n"
            "Officer A, the custody sergeant, was found to have committed gross misconduct and was dismissed.\n\n"
            "Officer B, who was meant to check the cell, was given a final written warning.\n\n"
            "The panel found that allegations against Officer C, a trainee who had been sent to the front desk "
            "by Officer A, were not proven.")
    assert sorted(cases(text), key=str) == sorted([(None, "Avon and Somerset Police", "dismissed"),
                                                   (None, "Avon and Somerset Police", "final_written_warning"),
                                                   (None, "Avon and Somerset Police", "not_proven")], key=str)


def test_he_is_the_officer_of_the_paragraph_not_a_man_named_as_its_object():
    text = ("Three officers face action over Walsall search\n\n"
            "Three West Midlands Police officers have faced action after a taxi driver was searched outside his "
            "home in Walsall.\n\n"
            "Dmitri Halloway, 41, had just parked his cab when two officers approached him.\n\n"
            "The first officer, a PC who carried out the search, told Mr Halloway he had seen him hide something. "
            "Footage showed he could not have seen it. He was given a final written warning at a misconduct "
            "hearing.\n\n"
            "The second officer, a sergeant, received a written warning at a misconduct meeting.")
    assert cases(text) == [(None, "West Midlands Police", "final_written_warning"),
                           (None, "West Midlands Police", "written_warning")]


def test_the_sergeant_is_the_unnamed_sergeant_met_before_not_the_named_one_of_no_rank():
    text = ("Detention officer sacked and sergeant warned over Yeovil cell checks\n\n"
            "A detention officer who recorded cell checks that never took place has been sacked, and a custody sergeant "
            "at Yeovil has been given a final written warning for failing to supervise him.\n\n"
            "Bartholomew Quint, who worked at the custody unit at Yeovil, was found to have committed gross "
            "misconduct at a hearing last week. He was dismissed without notice.\n\n"
            "The custody sergeant, who has not been named, was in charge of the suite on both nights. A misconduct "
            "meeting found that the sergeant had signed off the records without checking them, and a final written "
            "warning was given.")
    assert cases(text) == [(None, "Avon and Somerset Police", "final_written_warning"),
                           ("Bartholomew Quint", "Avon and Somerset Police", "dismissed")]


def test_an_outcome_for_one_officer_is_not_also_for_an_officer_in_their_clause():
    text = ("Officer warned over Ashford pursuit\n\n"
            "A Kent Police officer who carried on chasing a van through Ashford after being told to stop has been "
            "given a final written warning, the IOPC said.\n\n"
            "Our investigation looked at the two officers in the car, referred to in our report as Officer A, who "
            "was driving, and Officer B.\n\n"
            "Officer A was given a final written warning for ignoring an order to stop.\n\n"
            "We found no case to answer for Officer B, who passed on the order and, the recordings show, twice told "
            "Officer A to slow down.")
    assert cases(text) == [(None, "Kent Police", "final_written_warning"), (None, "Kent Police", "no_case_to_answer")]


def test_the_headlines_force_is_the_officers_but_for_one_the_story_gives_another():
    text = ("Cumbria Constabulary: outcome of misconduct proceedings, fraud team\n\n"
            "Cumbria Constabulary has today published the outcome of misconduct proceedings against three people "
            "who worked in its fraud team.\n\n"
            "The investigation began in 2023 after a fraud trial collapsed when it emerged that material had not "
            "been disclosed to the defence.\n\n"
            "A detective constable who was the disclosure officer was found at a misconduct hearing to have "
            "committed gross misconduct. She was given a final written warning.\n\n"
            "A member of police staff who worked as an analyst on the case resigned in March. The panel found that "
            "she would have been dismissed had she still been employed.\n\n"
            "A Lancashire Constabulary officer who was seconded to the team was found to have practice requiring "
            "improvement and will take part in reflective practice.")
    assert cases(text) == [(None, "Cumbria Constabulary", "final_written_warning"),
                           (None, "Cumbria Constabulary", "would_have_been_dismissed"),
                           (None, "Lancashire Constabulary", "reflective_practice")]


@pytest.mark.parametrize("sentence, negated", [
    ("I nearly left the police because of what he did.", True),
    ("The sergeant was almost dismissed over the messages.", True),
    ("Nearly 200 officers were dismissed last year.", False),
])
def test_nearly_or_almost_right_before_an_outcome_means_it_did_not_happen(sentence, negated):
    found = find_outcomes(sentence)
    assert found and all(o.negated for o in found) is negated


@pytest.mark.parametrize("sentence, negated", [
    ("The tribunal overturned his dismissal and replaced it with a final written warning.", False),
    ("The panel replaced the dismissal with a final written warning on appeal.", False),
])
def test_the_sanction_a_tribunal_replaced_a_dismissal_with_is_real(sentence, negated):
    warnings = [o for o in find_outcomes(sentence) if o.outcome == "final_written_warning"]
    assert warnings and all(o.negated is negated for o in warnings)


def test_a_member_of_staff_working_in_the_forces_centre_after_two_asides_is_the_ledes_unnamed_one():
    text = ("Records clerk sacked\n\n"
            "A Norfolk Constabulary records clerk who read files about her landlord has been sacked.\n\n"
            "Marnie Featherstonehaugh, 44, who lives in Dereham, worked in the force's central records unit at "
            "Wymondham. A misconduct hearing was told she searched for her landlord's name 19 times.\n\n"
            "She was dismissed without notice.")
    assert cases(text) == [("Marnie Featherstonehaugh", "Norfolk Constabulary", "dismissed")]


def test_a_sanction_given_to_him_is_the_man_named_before_not_the_woman_the_sentence_names():
    text = ("Dispatchers disciplined\n\n"
            "A Cleveland Police call handler who shared a caller's address has been dismissed.\n\n"
            "Perdita Oyelaran, 38, worked in the force's control room at Middlesbrough. Her colleague Tobias "
            "Wrenshaw, 26, opened the same log after she told him about it.\n\n"
            "Ms Oyelaran was found to have committed gross misconduct. The panel found that her colleague's "
            "access was misconduct and gave him a written warning.")
    assert cases(text) == [("Perdita Oyelaran", "Cleveland Police", "dismissed"),
                           ("Tobias Wrenshaw", "Cleveland Police", "written_warning")]


def test_the_sergeant_is_the_named_sergeant_first_met_as_the_object_of_told():
    text = ("Constable sacked over leaked raid; sergeant demoted\n\n"
            "A Police Scotland constable who warned his cousin about a search has been dismissed.\n\n"
            "Constable Alasdair Brodribb, who worked in Arbroath, warned the cousin about a search warrant.\n\n"
            "A misconduct hearing heard that a probationer had told Sergeant Isla Moncrieffe, his supervisor, about the "
            "cousin. She did not report it.\n\n"
            "The constable was dismissed. The sergeant, who had 19 years' service, was demoted to constable.")
    assert ("Isla Moncrieffe", "Police Scotland", "reduction_in_rank") in cases(text)


def test_both_officers_are_the_two_named_officers_the_story_has_met():
    text = ("Two officers face hearing\n\n"
            "PC Gideon Ashworth-Lyle and PC Tamsin Ferrabee of Suffolk Constabulary failed to answer a call to a "
            "break-in at Sudbury.\n\n"
            "PC Ashworth-Lyle later told a supervisor the call had been closed. PC Ferrabee said she had not "
            "seen it.\n\n"
            "A panel found gross misconduct proven against both officers and dismissed them.")
    assert cases(text) == [("Gideon Ashworth-Lyle", "Suffolk Constabulary", "dismissed"),
                           ("Tamsin Ferrabee", "Suffolk Constabulary", "dismissed")]


def test_the_former_and_the_latter_are_the_two_officers_named_together_in_that_order():
    text = ("Two constables disciplined over ignored assault report\n\n"
            "Two Avon and Somerset Police officers who sent away a man who had been attacked have been disciplined.\n\n"
            "PC Cordelia Hartigan and PC Verity Smallbone were on patrol in Yeovil when the man stopped them.\n\n"
            "PC Hartigan said she had thought the call was a hoax. PC Smallbone said she had followed her lead.\n\n"
            "The panel found that the former's conduct amounted to gross misconduct and gave her a final written "
            "warning. It found that the latter, who had joined eight months earlier, had shown practice requiring "
            "improvement, and referred her to reflective practice.")
    assert cases(text) == [("Cordelia Hartigan", "Avon and Somerset Police", "final_written_warning"),
                           ("Verity Smallbone", "Avon and Somerset Police", "reflective_practice")]


def test_the_former_officer_is_not_the_first_of_a_pair():
    found = [c for c in cases(
        "Two officers sacked\n\n"
        "PC Ottilie Brabazon and PC Wendell Scragg of Durham Constabulary were dismissed on Monday.\n\n"
        "The former officer who had trained them, a sergeant, retired in 2023 and was not investigated.")]
    assert ("Ottilie Brabazon", "Durham Constabulary", "dismissed") in found
    assert ("Ottilie Brabazon", "Durham Constabulary", "retired") not in found


def test_a_name_followed_by_who_was_a_sergeant_is_the_ledes_retired_officer():
    text = ("Retired sergeant would have been warned\n\n"
            "A retired Dorset Police sergeant would have been given a final written warning had he still been "
            "serving, a misconduct panel has found.\n\n"
            "Leopold Vanstone, who was a neighbourhood sergeant in Swanage, retired in June after 28 years' service, "
            "two months after four colleagues complained about his remarks.")
    assert cases(text) == [("Leopold Vanstone", "Dorset Police", "retired")]


@pytest.mark.parametrize("sentence, retired", [
    ("The inspector retired after 31 years' service, a month after two constables complained about him.", True),
    ("The inspector retired after 31 years' service and was given a send-off at the station.", False),
])
def test_retiring_after_years_of_service_is_an_outcome_when_it_follows_complaints(sentence, retired):
    assert any(o.outcome == "retired" and not o.negated for o in find_outcomes(sentence)) is retired


def test_rather_than_negates_the_outcome_after_it_not_the_one_before():
    found = {(o.finding, o.negated) for o in find_outcomes(
        "It found that her conduct amounted to misconduct rather than gross misconduct.")}
    assert found == {("misconduct", False), ("gross_misconduct", True)}


def test_an_officer_who_reported_the_remark_is_a_witness_not_the_story_subject():
    text = ("Inspector told to reflect after remark\n\n"
            "A Cheshire Constabulary inspector who mocked a victim's accent at a briefing has been referred to "
            "reflective practice.\n\n"
            "Insp Barnaby Quennington made the remark in May during a briefing about a burglary in Crewe.\n\n"
            "A constable at the briefing reported it to the professional standards department the next day.\n\n"
            "The force said an assessment had found that the remark amounted to practice requiring improvement "
            "rather than misconduct.")
    assert cases(text) == [("Barnaby Quennington", "Cheshire Constabulary", "reflective_practice")]


def test_an_officers_notes_make_him_the_subject_of_the_sentence_not_a_speaker():
    text = ("Sergeant demoted over false notes\n\n"
            "Sgt. Maxime Tremblay-Ouellet and Const. Rory Abernathy of the Moncton Police Force searched a car "
            "without a warrant.\n\n"
            "The decision found that Tremblay-Ouellet's notes were false and that he had repeated the account. It "
            "imposed a demotion to constable for 12 months.\n\n"
            "Abernathy, who wrote a report backing his sergeant, resigned in lieu of termination in May. The chief "
            "had told him the force intended to dismiss him.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Maxime Tremblay-Ouellet", "reduction_in_rank"),
                                                   ("Rory Abernathy", "resigned")]


def test_dismissed_him_after_the_officers_possessive_is_that_officers_dismissal():
    text = ("Three PCs learn outcome over photo\n\n"
            "PC Lachlan Strudwick posted a photograph of a crash victim in a group chat. PC Imogen Pardoe forwarded "
            "it and PC Dominic Fairbrass replied to it. All three serve with Cumbria Constabulary.\n\n"
            "The panel found that PC Strudwick's conduct was gross misconduct and dismissed him without notice. It "
            "found that PC Pardoe's conduct amounted to misconduct, and gave her a written warning.")
    found = cases(text)
    assert ("Lachlan Strudwick", "Cumbria Constabulary", "dismissed") in found
    assert ("Imogen Pardoe", "Cumbria Constabulary", "written_warning") in found


def test_an_outcome_before_a_semicolon_is_not_the_group_named_after_it():
    text = ("PC who filmed crash is sacked; two colleagues learn fate\n\n"
            "A Cumbria Constabulary constable who filmed a fatal crash has been dismissed.\n\n"
            "PC Lachlan Strudwick was found to have committed gross misconduct and was dismissed.")
    assert cases(text) == [("Lachlan Strudwick", "Cumbria Constabulary", "dismissed")]


def test_the_latter_is_the_second_of_the_two_named_officers_though_never_named_together():
    text = ("Detective would have been sacked\n\n"
            "A former Essex Police detective who resigned while under investigation would have been sacked had he "
            "still been serving, a panel has found.\n\n"
            "Crispin Hallowell, who was a detective constable in Colchester, handed in his notice in May, a week "
            "after he was served with papers alleging gross misconduct. He did not attend the hearing at the "
            "force's headquarters in Chelmsford this week.\n\n"
            "His supervisor, Detective Sergeant Oswin Penhaligon, faced an allegation that he failed to check the "
            "exhibits.\n\n"
            "The panel found that the allegation against the latter was not proven.")
    assert cases(text) == [("Crispin Hallowell", "Essex Police", "would_have_been_dismissed"),
                           ("Oswin Penhaligon", "Essex Police", "not_proven")]


@pytest.mark.parametrize("sentence, dismissed", [
    ("The court heard that Haworth had been sacked from his job at a Grimsby cannery after his arrest.", False),
    ("He was dismissed by his employer, a haulage firm, last year.", False),
    ("She was fired from her job at a call centre.", False),
    ("He was sacked from his job as a PC after the hearing.", True),
])
def test_a_dismissal_from_a_job_outside_the_police_is_not_an_outcome(sentence, dismissed):
    assert any(o.outcome == "dismissed" and not o.negated for o in find_outcomes(sentence)) is dismissed


def test_a_defendant_sacked_by_his_employer_in_a_court_report_is_not_a_case():
    text = ("Driver jailed for ramming patrol car\n\n"
            "A man who reversed into a police car in Whitby, injuring the officer inside, has been jailed.\n\n"
            "Dorian Haworth, 31, admitted dangerous driving at York Crown Court. PC Saffron Tindall, of North "
            "Yorkshire Police, suffered a broken wrist.\n\n"
            "The court heard that Haworth had been sacked from his job at a boatyard after his arrest.")
    assert cases(text) == []


def test_a_pc_who_gave_evidence_at_a_tribunal_is_a_witness_not_a_case():
    text = ("Warehouse supervisor loses unfair dismissal claim\n\n"
            "A warehouse supervisor who was dismissed for gross misconduct after his arrest has lost his claim.\n\n"
            "Ambrose Kilnworth, 52, was arrested by Lincolnshire Police in March and suspended by the company.\n\n"
            "At an employment tribunal in Lincoln, a PC who arrested him gave evidence that there had not been "
            "enough evidence to charge anyone.\n\n"
            "Employment Judge Delphine Ormerod dismissed the claim. \"Dismissal was within the range of "
            "reasonable responses,\" she said.")
    assert cases(text) == []


def test_leaving_the_force_in_a_story_of_a_retirement_after_years_of_service_is_not_a_case():
    text = ("Commander retires after 31 years\n\n"
            "The officer who has led policing in Carlisle has retired after 31 years' service.\n\n"
            "Chief Superintendent Rosalind Eckersley joined Cumbria Constabulary in 1994 and spent three years in "
            "its professional standards department, where she investigated complaints against officers.\n\n"
            "She left the force on Friday after a last shift with the response team.")
    assert cases(text) == []


def test_an_outcome_in_a_clause_about_forces_in_general_is_not_the_officer_before_it():
    text = ("Officers who fail vetting can now be sacked\n\n"
            "Police officers who lose their vetting can be dismissed under rules that start today.\n\n"
            "Until now, an officer whose vetting was withdrawn could only be removed through the misconduct "
            "system, and many forces kept officers on restricted duties for years.")
    assert cases(text) == []


def test_a_round_ups_named_officer_takes_the_force_in_apposition_after_the_name():
    text = ("Misconduct hearings this week\n\n"
            "PC Ignatius Rowbotham, Derbyshire Constabulary, was dismissed on Tuesday for lying to a court.\n\n"
            "- A Leicestershire Police sergeant was given a written warning for losing exhibits.\n\n"
            "- A Lincolnshire Police PCSO resigned before a hearing and would have been dismissed.")
    assert ("Ignatius Rowbotham", "Derbyshire Constabulary", "dismissed") in cases(text)


def test_the_officer_in_a_sentence_of_figures_is_any_officer_not_the_one_met_before():
    text = ("Misconduct round-up\n\n"
            "- In Suffolk, an allegation that a sergeant lied about an arrest was found not proven.\n\n"
            "Forces held 980 misconduct hearings last year, of which 38 per cent ended in dismissal or a finding "
            "that the officer would have been dismissed.")
    assert cases(text) == [(None, "Suffolk Constabulary", "not_proven")]


def test_a_tables_header_is_no_ones_outcome():
    text = ("Officers sacked for dishonesty\n\n"
            "In Wiltshire, a PC accused of lying about a stop was cleared at a hearing in May.\n\n"
            "Officers dismissed for dishonesty, selected forces\n\n"
            "Force\tDismissed\tWould have been dismissed\n\n"
            "Dorset Police\t4\t2\n\n"
            "Wiltshire Police\t3\t1")
    assert (None, "Wiltshire Police", "not_proven") in cases(text)
    assert all(c[2] != "would_have_been_dismissed" for c in cases(text))


def test_officers_who_will_attend_misconduct_meetings_are_pending():
    found = find_outcomes("Two detention officers will attend misconduct meetings for recording checks that were not done.")
    assert [o.outcome for o in found if not o.negated and not o.hypothetical] == ["pending"]


def test_a_group_first_met_as_an_object_is_a_case_once_given_an_outcome_by_its_number():
    text = ("Constable to face misconduct proceedings over baton strikes\n\n"
            "A Police Scotland constable will face misconduct proceedings after an investigation found that he "
            "used excessive force in Perth.\n\n"
            "Footage showed the constable striking a man who was being held by two other officers.\n\n"
            "The Commissioner found that the force used by the two officers who restrained the man was "
            "proportionate, and no action will be taken against them.")
    assert cases(text) == [(None, "Police Scotland", "pending"), (None, "Police Scotland", "no_action")]


@pytest.mark.parametrize("second, named", [
    ("Front counter clerk Philippa Ravenscroft, 47, took cash from the found property store over six months.", True),
    ("Philippa Ravenscroft, 47, was assaulted by a man at the front counter in May.", False),
])
def test_the_person_named_with_an_age_at_the_head_of_the_next_paragraph_is_the_ledes_staff_member(second, named):
    text = ("Police staff member sacked for theft\n\n"
            "A member of police staff who stole cash handed in as lost property at a Derby station has been "
            "dismissed by Derbyshire Constabulary.\n\n" + second + "\n\n"
            "At a hearing held under the police staff procedure, she was dismissed without notice.")
    assert (cases(text)[0][0] == "Philippa Ravenscroft") is named


def test_the_sergeant_supervising_is_someone_new_when_the_lone_officer_has_been_called_a_constable():
    text = ("Officer disciplined after giving out woman's address\n\n"
            "A police officer who told a woman's former partner where she was living has been disciplined after "
            "an investigation by the Police Ombudsman.\n\n"
            "Investigators established that a constable dealing with her report had spoken to the man by phone.\n\n"
            "The constable accepted that he should not have disclosed it. The Police Service of Northern Ireland "
            "has since given him a written warning.\n\n"
            "Investigators also found that the sergeant supervising the case had not checked on her. The sergeant "
            "has received management action.")
    assert cases(text) == [(None, "Police Service of Northern Ireland", "written_warning"),
                           (None, "Police Service of Northern Ireland", "management_advice")]


@pytest.mark.parametrize("sentence", [
    "The inspector was found to have no misconduct proven against him.",
    "No misconduct was proven against the sergeant.",
])
def test_no_misconduct_proven_is_not_proven(sentence):
    assert [o.outcome for o in find_outcomes(sentence)] == ["not_proven"]


def test_a_rank_of_two_words_met_only_as_an_owner_in_an_aside_is_not_the_subject():
    text = ("Welsh hearings in September\n\n"
            "In the Gwent area, a special sergeant based in Chepstow resigned before his hearing, at which the panel "
            "found he would have been dismissed for misusing a police vehicle. Retired Inspector Gwilym Prothero, "
            "who had been accused of ignoring complaints about the special sergeant’s driving, was found to have "
            "no misconduct proven against him.")
    assert ("Gwilym Prothero", "Gwent Police", "not_proven") in cases(text)


@pytest.mark.parametrize("sentence", [
    "He had already been given a final warning at work for missing shifts.",
    "She was handed a written warning by her employer last spring.",
    "Under competition rules he will be suspended for the next three matches.",
    "Recorder Imelda Grayling dismissed a defence submission that there was no case to answer.",
    "The chief constable had publicly dismissed the idea of women officers as a passing fad.",
])
def test_sanction_words_that_are_no_police_outcome(sentence):
    assert [o for o in find_outcomes(sentence) if o.outcome and not o.negated and not o.hypothetical] == []


@pytest.mark.parametrize("text", [
    "Club sacks manager\n\nFenwick Rovers have sacked manager Desmond Hollingdrake after a 5-0 defeat. The club "
    "said Hollingdrake had been dismissed with immediate effect. Durham Constabulary said no arrests were made "
    "after fans ran onto the pitch.",
    "Bin driver loses claim\n\nLeonard Pettigrew-Shaw, 58, had worked for the council for 19 years when he was "
    "dismissed for gross misconduct. Cleveland Police took no action over the missing fuel.",
])
def test_a_civilian_said_to_work_outside_the_police_is_not_a_case(text):
    assert cases(text) == []


@pytest.mark.parametrize("sentence, hypothetical", [
    ("If the chair decides dismissal is justified, the constable is dismissed without notice.", True),
    ("If a hearing finds that a former officer would have been dismissed, they will be barred.", True),
    ("If the force decides an officer may have behaved badly, it can deal with that in several ways, from "
     "reflective practice up to misconduct proceedings.", True),
    ("Dismissals include findings that an officer would have been dismissed.", True),
    ("If he had not resigned, the panel said, he would have been dismissed.", False),
    ("PC Tabitha Orchard was dismissed without notice.", False),
])
def test_outcomes_under_a_condition_the_sentence_opens_with_are_only_possible(sentence, hypothetical):
    found = [o for o in find_outcomes(sentence) if o.outcome in ("dismissed", "would_have_been_dismissed", "reflective_practice")]
    assert found and all(o.hypothetical for o in found) is hypothetical



def test_an_officer_inside_the_condition_a_sentence_opens_with_is_nobody_in_particular():
    text = ("Officers who quit can still be barred\n\n"
            "Under new rules, misconduct proceedings in Scotland can continue after an officer resigns.\n\n"
            "If a hearing finds that a former constable would have been dismissed, Police Scotland will add them to "
            "a new barred list.")
    assert cases(text) == []


def test_a_character_in_a_drama_the_article_reviews_is_not_a_case():
    text = ("TV review: Thin Blue Lies\n\n"
            "Detective Sergeant Mungo Ravensworth is the best detective in the fictional Severn Constabulary, and "
            "everyone in the first episode knows he is taking bribes.\n\n"
            "Ravensworth is suspended in episode two and sacked at a misconduct hearing in episode four of the "
            "drama, which leaves two hours for the fallout.")
    assert cases(text) == []


def test_quoted_words_give_nothing_to_an_unnamed_officer_the_story_has_given_nothing():
    text = ("Officers who quit can still face hearings in Scotland\n\n"
            "Officers in Scotland who resign while facing allegations of gross misconduct will still face the "
            "disciplinary process under new rules.\n\n"
            "Under the new rules, proceedings can continue after an officer has gone. If a hearing finds that a "
            "former officer would have been dismissed, they will be placed on a barred list.\n\n"
            "Professor Elspeth Urquhart, who teaches law at the University of Dundee, explained how it will work. "
            "\"Imagine a sergeant who is told on a Monday that she faces a gross misconduct hearing and resigns on "
            "the Tuesday,\" she said.")
    assert cases(text) == []


@pytest.mark.parametrize("title", ["Employment Judge", "Circuit Judge", "Tribunal Judge", "Sheriff"])
def test_a_judges_title_of_two_words_gives_the_speaker_of_her_words(title):
    text = ("Warehouse worker loses unfair dismissal claim\n\n"
            f"{title} Perpetua Langridge dismissed the claim. \"The company was entitled to reach its own view on "
            "whether procedures were followed,\" she said in her judgment.")
    assert [q.speaker for q in extract_text(text).quotes] == ["Perpetua Langridge"]


def test_the_allegation_against_him_is_the_focus_though_the_sentence_names_a_civilian():
    text = ("Custody sergeant sacked\n\n"
            "Inspector Graham Quennell, who was the duty inspector that night, retired before the hearing at "
            "Staffordshire Police.\n\n"
            "The allegation of gross misconduct against him, that he had failed to review Mr Oduya's detention, "
            "was found not proven.")
    assert cases(text) == [("Graham Quennell", "Staffordshire Police", "not_proven")]


def test_another_ranks_hearing_adjourned_is_not_the_headlines_officers():
    text = ("Walsall PC warned over lost exhibits as sergeant's hearing is adjourned\n\n"
            "A West Midlands Police officer who lost exhibits in a burglary case has been given a final written "
            "warning.\n\n"
            "PC Tobias Whitlock was found to have committed gross misconduct at a hearing on Tuesday. The hearing "
            "of his supervisor, Sergeant Imelda Farraday, was adjourned until next month.")
    assert cases(text) == [("Tobias Whitlock", "West Midlands Police", "final_written_warning"),
                           ("Imelda Farraday", "West Midlands Police", "pending")]


@pytest.mark.parametrize("told", ["One force told us", "The sergeant told the hearing"])
def test_an_officer_after_told_us_is_the_subject_of_what_was_told(told):
    text = ("Officers who sent explicit images\n\n"
            f"{told} an officer who sent explicit images to a colleague was referred to the reflective practice "
            "review process.")
    assert [c[2] for c in cases(text)] == ["reflective_practice"]


def test_an_officer_in_a_table_under_coming_up_has_a_hearing_pending():
    text = ("Misconduct hearings this week\n\n"
            "PC Ambrose Tillinghast of Dorset Police was dismissed on Monday for lying about an arrest.\n\n"
            "Coming up\n\n"
            "Date\tForce\tOfficer\tType\n\n"
            "21 October\tWiltshire Police\tPC Clemency Ashdown\tGross misconduct hearing (public)")
    assert ("Clemency Ashdown", "Wiltshire Police", "pending") in cases(text)


@pytest.mark.parametrize("sentence", [
    "A police dog team that had been sent to search the woods near the village was stood down.",
    "She stayed on into the evening and was stood down only when the water began to fall.",
    "Shuttle buses from the park were suspended for 20 minutes while a crash was dealt with.",
    "The quizmaster has retired the picture round after eleven years.",
    "PC Horatio Binns was dismissed for a duck two balls later.",
    "Their opening bowler was given a final warning by the umpires for running on the pitch.",
    "A former sergeant has been sacked as shadow policing minister after the vote.",
    "The superintendent resigned as a trustee of the hospice last year.",
    "Two door supervisors had been dismissed by that company.",
    "Three other MPs who voted with the government face no action from the party.",
])
def test_more_sanction_words_that_are_no_police_outcome(sentence):
    assert [o for o in find_outcomes(sentence) if o.outcome and not o.negated and not o.hypothetical] == []


@pytest.mark.parametrize("sentence, outcome", [
    ("PC Lorcan Hebditch was stood down from duty pending the investigation.", "pending"),
    ("Sergeant Wilma Oyelaran was suspended for 40 hours without pay.", "pending"),
    ("The sergeant retired the following year, before the hearing.", "retired"),
])
def test_the_same_words_are_outcomes_in_their_own_frames(sentence, outcome):
    assert outcome in [o.outcome for o in find_outcomes(sentence) if not o.negated and not o.hypothetical]


def test_a_court_dismissing_a_defendants_claim_against_officers_is_no_case():
    text = ("Man jailed for biting officer\n\n"
            "Lachlan Pettifer, 31, admitted assaulting an emergency worker in Carlisle.\n\n"
            "He had claimed that the Cumbria Constabulary officers, PC Imogen Strickland among them, attacked him "
            "first, but the claim was dismissed by Recorder Anselm Rigby.\n\n"
            "Jailing Pettifer, the recorder said: \"Officers are not punchbags, and those who assault them can expect "
            "prison.\"")
    x = extract_text(text)
    assert x.cases == ()
    assert all(q.speaker != "Jailing Pettifer" for q in x.quotes)


def test_an_officer_in_a_finding_that_a_statistic_counts_is_any_officer():
    text = ("Police complaints figures published\n\n"
            "Forces in England and Wales recorded 81,000 complaints last year. Of those formally investigated, "
            "11 per cent led to a finding that an officer had a case to answer for misconduct.")
    assert cases(text) == []


def test_claiming_mileage_is_doing_not_saying():
    text = ("Retired detective would have been dismissed over expenses\n\n"
            "A detective sergeant who retired from Lancashire Constabulary while under investigation would have "
            "been dismissed had he still been serving, a misconduct hearing has found.\n\n"
            "Former Detective Sergeant Piers Ollerenshaw, who was based in Preston, claimed mileage for 38 journeys "
            "he did not make.\n\n"
            "He retired in May, two weeks after being told he was under investigation.")
    assert cases(text) == [("Piers Ollerenshaw", "Lancashire Constabulary", "would_have_been_dismissed")]


def test_a_warrant_officer_abroad_has_that_rank():
    text = ("Durban officer dismissed\n\n"
            "Warrant Officer Sipho Mthembu-Dlamini, 51, of the South African Police Service, was dismissed for "
            "corruption after a disciplinary hearing.")
    (case,) = extract_text(text).cases
    assert (case.officer, case.rank, case.outcome) == ("Sipho Mthembu-Dlamini", "Warrant Officer", "dismissed")


def test_his_sergeant_is_of_the_named_officers_force_not_of_another_force_mentioned():
    text = ("Worthing PC warned over crash on emergency call\n\n"
            "A WORTHING police officer who crashed into a car on the way to an emergency has been given a written "
            "warning.\n\n"
            "PC Lysander Quigley went through a red light and struck a car. His sergeant had allowed him to take "
            "the car although he was not trained.\n\n"
            "The case was investigated by the professional standards department that Sussex Police shares with "
            "Surrey Police. PC Quigley was given a written warning. His sergeant has been dealt with through the "
            "reflective practice review process.")
    assert cases(text) == [("Lysander Quigley", "Sussex Police", "written_warning"),
                           (None, "Sussex Police", "reflective_practice")]


def test_the_inspector_in_the_control_room_is_someone_new_and_no_action_found_is_a_decision():
    text = ("Constable to face misconduct proceedings over pursuit crash\n\n"
            "A Police Scotland officer will face misconduct proceedings after a pursuit in Perth ended in a crash, "
            "the Commissioner has found.\n\n"
            "The report found that the inspector in the control room who authorised the pursuit had acted "
            "reasonably on what he knew, and that no action should be taken against him.")
    assert cases(text) == [(None, "Police Scotland", "pending"), (None, "Police Scotland", "no_action")]


def test_a_titles_full_stop_does_not_end_the_attribution_between_two_quotes():
    text = ("Trooper fired over stop data\n\n"
            "“Accurate records are how we show the public that we enforce the law fairly,” said Lt. Dorian "
            "Kowalczyk-Hale, a state police spokesman. “A trooper who falsifies them undermines every honest "
            "member of this department.”")
    assert [q.speaker for q in extract_text(text).quotes] == ["Dorian Kowalczyk-Hale"] * 2


def test_she_is_the_judge_just_named_though_her_first_name_gives_no_gender():
    text = ("Council worker loses tribunal claim\n\n"
            "Police Sergeant Philippa Wragge, who was at the scene, gave evidence to the tribunal.\n\n"
            "Employment Judge Eiluned Pryce-Gwyther dismissed the claim. In her written judgment she said: "
            "\"The claimant knew that the images were confidential and that a family was grieving.\"")
    assert [q.speaker for q in extract_text(text).quotes] == ["Eiluned Pryce-Gwyther"]


@pytest.mark.parametrize("lead, speaker", [
    ("In a statement read outside the hearing by her solicitor, Crispin Alderwood, PC Temperance Loxley said:",
     "Temperance Loxley"),
    ("An attorney for Deputy Loxley, Crispin Alderwood, said:", "Crispin Alderwood"),
])
def test_a_solicitor_who_read_the_statement_is_not_its_speaker(lead, speaker):
    text = ("PC given management advice\n\n" + lead +
            " \"I made a stupid remark about someone who was having a terrible day, and I am ashamed of it.\"")
    assert [q.speaker for q in extract_text(text).quotes] == [speaker]


def test_the_barrister_who_said_is_the_speaker_not_the_officer_represented():
    text = ("PC cleared of pushing protester\n\n"
            "PC Leofric Darnell was represented by barrister Rosalind Ebbage-Hume, who said after the hearing: "
            "“My client has waited more than a year for this and is relieved to return to his full duties.”")
    assert [q.speaker for q in extract_text(text).quotes] == ["Rosalind Ebbage-Hume"]


def test_a_name_set_after_a_long_description_at_the_sentences_end_is_the_speaker():
    text = ("PC warned over remark to driver\n\n"
            "“Words like that, from someone in uniform, tell a whole community that it is policed differently,” "
            "said the man who runs the town’s advice centre for new arrivals, and who sat through both days of "
            "the hearing, Daniel Petrauskas-Lowe.")
    assert [q.speaker for q in extract_text(text).quotes] == ["Daniel Petrauskas-Lowe"]


def test_the_sergeant_who_told_is_the_one_sergeant_the_story_names():
    text = ("Sergeant sacked for lying about sleeping on duty\n\n"
            "Sergeant Ottoline Brackley and a PC were found asleep in a patrol car in Shildon.\n\n"
            "The sergeant told the inspector that they had been \"parked up watching a known address\", and "
            "repeated it the next day.")
    assert [q.speaker for q in extract_text(text).quotes] == ["Ottoline Brackley"]


@pytest.mark.parametrize("sentence", [
    "Headteacher Jo Ravensworth was a Staffordshire Police sergeant before he left the force in 2009 to retrain "
    "as a teacher.",
    "The couple met in 2023 when they were suspended side by side in harnesses on a rope rescue course.",
    "Some 40 specials helped police the illuminations and were stood down shortly after 1am.",
    "The two officers had been on patrol at a football match and were stood down from it to help.",
])
def test_yet_more_words_that_are_no_police_outcome(sentence):
    assert [o for o in find_outcomes(sentence) if o.outcome and not o.negated and not o.hypothetical] == []


@pytest.mark.parametrize("text", [
    "Taxi driver loses licence\n\nThe committee heard that Mr Barnaby Lumsworth had been given a final warning in "
    "2024 after two complaints of overcharging. Humberside Police were not involved.",
    "Paramedic struck off\n\nMr Ansel Whitmarsh, who was suspended by the trust in 2024, did not attend. South "
    "Yorkshire Police said no crime had been committed.",
])
def test_a_person_sanctioned_in_sentences_that_say_nothing_of_policing_is_not_a_case(text):
    assert cases(text) == []


@pytest.mark.parametrize("sentence", [
    "A garda station in north Co Longford that was axed in a round of closures reopened on Thursday.",
    "Forty PCSO posts will be axed next year, the force said.",
])
def test_a_thing_axed_is_no_dismissal(sentence):
    assert [o for o in find_outcomes(sentence) if o.outcome] == []


def test_a_garda_station_is_not_an_officer():
    from store.extract.forces import find_forces
    from store.extract.unnamed import find_unnamed
    text = "Station reopens\n\nA garda station in Co Longford reopened, with two gardaí based there full time."
    assert [n.noun for n in find_unnamed(text, find_forces(text), 15)] == ["gardaí"]


@pytest.mark.parametrize("text", [
    "Warden sacked over tickets\n\nOswin Pellow, a civil enforcement officer for six years, issued 14 tickets to cars "
    "parked legally. Mr Pellow was suspended and then dismissed at a disciplinary hearing last week.",
])
def test_a_civil_enforcement_officer_is_not_police(text):
    assert cases(text) == []


@pytest.mark.parametrize("text, ended", [
    ("More than 300 people came to the retirement party of Senior Sergeant Baxter Quilliam.", True),
    ("The sergeant made racist remarks during a retirement party at a restaurant.", False),
])
def test_a_retirement_party_of_an_officer_tells_of_a_careers_end(text, ended):
    from store.extract.outcomes import career_end
    assert career_end(text) is ended


@pytest.mark.parametrize("sentence", [
    "The Staffordshire Police scheme, which runs in more than 40 primary schools, was suspended during the pandemic.",
    "The ceremony also marked the service of officers who retired or left the force during the year.",
])
def test_a_scheme_suspended_and_officers_who_retired_in_general_are_no_outcome(sentence):
    assert [o for o in find_outcomes(sentence) if o.outcome and not o.negated and not o.hypothetical] == []


def test_a_constable_of_a_police_service_suspended_is_still_suspended():
    found = find_outcomes("A Winnipeg Police Service constable has been suspended without pay for five shifts.")
    assert any(o.outcome in ("pending", "suspended") and not o.negated for o in found)


def test_officers_a_fraudster_claimed_to_be_are_no_officers():
    text = ("Warning after woman loses savings to fake detectives\n\n"
            "The woman was called by a man who said he was Detective Constable Ansel Pritchard of the Metropolitan "
            "Police. He told her that staff at her bank were under investigation for corruption.\n\n"
            "A second caller, a woman who said she was his supervisor, Sergeant Imelda Rookwood, told her to "
            "withdraw cash.")
    assert cases(text) == []


def test_the_force_a_garda_was_dismissed_from_not_the_victims():
    text = ("Cork garda dismissed after assault on off-duty PSNI officer\n\n"
            "A garda who punched an off-duty police officer from Northern Ireland outside a bar in Cork has been "
            "dismissed from An Garda Síochána.\n\n"
            "Garda Cormac Ahearne-Walsh, 31, was convicted of assault in June. The Garda Commissioner has now "
            "dismissed him.\n\n"
            "In an unrelated case, a garda attached to Bridewell station has been suspended from duty while "
            "Fiosrú investigates.")
    assert cases(text) == [("Cormac Ahearne-Walsh", "An Garda Síochána", "dismissed"),
                           (None, "An Garda Síochána", "pending")]


def test_the_colleague_called_names_is_not_the_one_the_hearing_was_about():
    text = ("Portsmouth officer sacked for racist remarks to colleague\n\n"
            "A police officer who made repeated racist remarks to a black colleague has been dismissed.\n\n"
            "PC Barnaby Quelch, who worked on a neighbourhood team in Portsmouth, called PC Adaeze Okonkwo-Reid by a "
            "racist nickname over several months in 2024, a misconduct hearing was told.\n\n"
            "PC Quelch, who joined Hampshire and Isle of Wight Constabulary in 2021, denied most of the remarks.")
    assert [c[0] for c in cases(text)] == ["Barnaby Quelch"]


def test_an_officers_work_fell_below_makes_him_the_subject():
    text = ("PC referred to reflective practice\n\n"
            "PC Bartholomew Keast of Essex Police visited a woman who had reported her former partner.\n\n"
            "The investigation found that PC Keast's work fell below the expected standard but did not amount to "
            "misconduct, and he has been referred to reflective practice.")
    assert cases(text) == [("Bartholomew Keast", "Essex Police", "reflective_practice")]


@pytest.mark.parametrize("text, force", [
    ("Weekly round-up\n\n- A PCSO in Halifax received a written warning for running errands in a force car.",
     "West Yorkshire Police"),
    ("Sergeant demoted\n\nA Halifax Regional Police sergeant in Halifax, Nova Scotia, was demoted for a year.",
     "Halifax Regional Police"),
])
def test_a_place_that_shares_its_name_with_one_abroad_is_the_uk_one_in_a_uk_story(text, force):
    assert [c[1] for c in cases(text)] == [force]


@pytest.mark.parametrize("sentence", [
    "Brenda Scudamore-Ling retired from the NHS last year and joined the force.",
    "After he retired from refereeing, he became a steward at the club.",
    "No dog would be left without a home while the scheme was suspended.",
    "The force reopened its recruitment, which had been suspended for eight months.",
])
def test_still_more_words_that_are_no_police_outcome(sentence):
    assert [o for o in find_outcomes(sentence) if o.outcome and not o.negated and not o.hypothetical] == []


def test_an_officer_who_retired_from_the_psni_still_retired():
    found = find_outcomes("The second officer had retired from the PSNI before investigators could interview him.")
    assert [o.outcome for o in found] == ["retired"]


@pytest.mark.parametrize("text", [
    "Sergeant remembered\n\nFormer Sergeant Algernon Pettigrew, who has died aged 88, was a boxing referee for "
    "Suffolk Constabulary's club. He retired from the force in 1992 as a custody sergeant. His funeral is on Friday.",
    "PCSO writes book about police cat\n\nA PCSO from Redcar has written a children's picture book about a police "
    "station cat who is demoted for eating the evidence.\n\nPCSO Marigold Ashworth-Penn, of Cleveland Police, wrote "
    "the book during lockdown.\n\nIn the story, the cat is suspended from duty and given a final warning before he "
    "finds the real thief. The book is on sale now.",
])
def test_an_obituary_and_a_picture_books_plot_are_not_cases(text):
    assert cases(text) == []


def test_a_pc_referee_demoted_to_a_lower_list_is_not_a_case():
    text = ("Referee who is a Durham PC demoted to lower list after injury\n\n"
            "A football referee who is a serving Durham Constabulary constable has been demoted to a lower list for "
            "next season because a knee injury he suffered on duty kept him out of the fitness test.\n\n"
            "PC Leopold Hargreaves-Tait, 33, refereed in the Northern League last season, when he sent off four "
            "players, one of whom was later banned for six matches.\n\n"
            "PC Hargreaves-Tait said: \"Being demoted sounds dramatic, but I would rather be honest about my knee.\"")
    assert cases(text) == []


@pytest.mark.parametrize("sentence", [
    "A football referee who is a serving constable has been demoted to a lower list for next season.",
    "He said: \"Being demoted sounds dramatic, but I would rather be honest about my knee.\"",
])
def test_a_referees_list_and_a_gerund_are_no_demotion(sentence):
    assert [o for o in find_outcomes(sentence) if o.outcome and not o.negated and not o.hypothetical] == []


def test_a_speaker_named_with_of_his_department_before_said():
    text = ("Sergeant demoted over false assurance\n\n"
            "\"When a child is missing, a supervisor's word has to be reliable, because others act on it,\" Detective "
            "Superintendent Hamish Pendleford of the Herts Police professional standards department said.")
    assert [q.speaker for q in extract_text(text).quotes] == ["Hamish Pendleford"]


def test_a_man_who_spoke_in_a_clause_of_his_own_is_not_the_one_who_told():
    text = ("Sergeant warned over farmer\n\n"
            "A misconduct hearing was told that when Mr Ewart Lockerbie said he was too busy to talk, Sergeant "
            "Morven Achterlonie swore at him, told him she would “have him in a cell by teatime” and took hold of "
            "his arm.")
    assert [q.speaker for q in extract_text(text).quotes] == ["Morven Achterlonie"]


def test_an_officer_we_also_investigated_takes_the_focus():
    text = ("Two officers to face hearing after restraint\n\n"
            "Two Merseyside Police constables will face a gross misconduct hearing following our investigation.\n\n"
            "We found that the two constables had a case to answer for gross misconduct.\n\n"
            "We also investigated the actions of a custody sergeant who spoke to the officers by radio. We found no "
            "case to answer for misconduct.")
    assert cases(text) == [(None, "Merseyside Police", "pending"), (None, "Merseyside Police", "no_case_to_answer")]


@pytest.mark.parametrize("sentence", [
    "Social visits have been suspended for two weeks while new netting is fitted.",
    "He finished third despite having to resign his final-round game against a grandmaster.",
    "In this week's episode she was given what one judge called a final warning after an underbaked sponge.",
])
def test_visits_a_chess_game_and_a_judges_joke_are_no_police_outcome(sentence):
    assert [o for o in find_outcomes(sentence) if o.outcome and not o.negated and not o.hypothetical] == []


@pytest.mark.parametrize("sentence", [
    "Visits to the Shetland force were suspended for a year while the ferry was refitted.",
    "Patrols on the coast path were suspended during the storm.",
])
def test_a_thing_capitalised_as_its_sentences_first_word_is_no_officers_suspension(sentence):
    assert [o for o in find_outcomes(sentence) if o.outcome and not o.negated and not o.hypothetical] == []


def test_an_officer_in_a_unit_with_a_capital_is_still_suspended():
    text = ("Constable suspended\n\n"
            "A constable in the Roads Policing Unit of Kent Police was suspended after a complaint from a driver.")
    assert cases(text) == [(None, "Kent Police", "pending")]


def test_the_handler_who_says_she_was_stood_down_is_not_she():
    text = ("Police horse retires\n\n"
            "Bramble, a grey mare, has retired after eleven years with the mounted section.\n\n"
            "Her rider, Constable Tane Whitiora, said she was stood down from patrols last month after going "
            "lame.\n\n"
            "\"She was the calmest horse I have ever ridden,\" he said.")
    assert cases(text) == []


def test_the_recorder_who_speaks_before_the_quote_is_the_recorder_named():
    text = ("Man jailed for kicking officer\n\n"
            "The case was heard by Recorder Imogen Tresilian at Truro Crown Court.\n\n"
            "Sentencing Colwell, the recorder said: \"Officers who step in to keep the peace are entitled to "
            "go home uninjured at the end of their shift.\"")
    assert [q.speaker for q in extract_text(text).quotes] == ["Imogen Tresilian"]


def test_one_who_dismissed_something_as_a_phrase_said_it_but_not_one_who_was_dismissed():
    text = ("Rescuer shrugs off injury\n\n"
            "PC Ottilie Brannagh dismissed the cut to her hand as \"nothing that a plaster could not fix "
            "properly\" and went back on patrol.\n\n"
            "PC Daxton Fairweather was dismissed after a panel found he had been \"reckless with the truth "
            "from the very start\".")
    assert [q.speaker for q in extract_text(text).quotes] == ["Ottilie Brannagh", None]


def test_the_chair_who_read_the_panels_decision_speaks_its_paragraphs():
    text = ("Constable dismissed\n\n"
            "PC Wren Halloway was dismissed at a hearing in Maidstone. The chair, Bartholomew Skene, read the "
            "panel's decision aloud.\n\n"
            "\"We have found that the constable knew the records were false when she signed them.\n\n"
            "\"Nothing short of dismissal would protect the public's confidence in policing.\"")
    assert [q.speaker for q in extract_text(text).quotes] == ["Bartholomew Skene", "Bartholomew Skene"]


@pytest.mark.parametrize("lede, force", [
    ("A Queensland Police Service staff sergeant has been sacked after an inquiry found he sold seized phones.",
     "Queensland Police Service"),
    ("A South African Police Service warrant officer has been fired after an inquiry found he sold seized phones.",
     "South African Police Service"),
])
def test_a_rank_abroad_after_the_force_is_an_officer_of_that_force(lede, force):
    assert cases("Officer sacked\n\n" + lede) == [(None, force, "dismissed")]


def test_an_officer_cleared_who_must_face_a_new_hearing_is_pending_again():
    text = ("Inspector cleared over crash must face new hearing\n\n"
            "A Lancashire Constabulary inspector who was cleared of gross misconduct over a fatal pursuit must face a "
            "new hearing, the High Court has ruled.\n\n"
            "Inspector Corwin Aldersey was found by a panel in 2024 to have acted reasonably, and the allegation was "
            "found not proven. The watchdog challenged the decision, and a judge quashed it on Tuesday.")
    assert cases(text) == [("Corwin Aldersey", "Lancashire Constabulary", "pending")]


@pytest.mark.parametrize("sentence", [
    "Ms Haverstock, who runs the scheme, dismissed worries that the dogs would struggle in family homes.",
    "The council leader dismissed claims that the station would close.",
    "After the brawl he was suspended from all rugby with immediate effect.",
])
def test_an_idea_dismissed_and_a_players_suspension_are_no_police_outcome(sentence):
    assert [o for o in find_outcomes(sentence) if o.outcome and not o.negated and not o.hypothetical] == []


def test_a_force_that_became_another_gives_way_to_the_one_it_became():
    text = ("Constable given final warning\n\n"
            "Constable Iona Strachan, who joined the former Lothian and Borders Police in 2009 and has served with "
            "Police Scotland since 2013, was given a final written warning at a misconduct hearing.")
    assert cases(text) == [("Iona Strachan", "Police Scotland", "final_written_warning")]


def test_a_place_in_the_lede_does_not_keep_a_national_forces_officer_from_the_lede():
    text = ("Nuclear site officer warned\n\n"
            "An armed officer at the Sellafield site in Cumbria has been given a final written warning after he left "
            "his post during a night shift.\n\n"
            "Constable Idris Pennefather, an authorised firearms officer with the Civil Nuclear Constabulary, was "
            "found in a canteen an hour after his patrol should have begun.")
    assert cases(text) == [("Idris Pennefather", "Civil Nuclear Constabulary", "final_written_warning")]


def test_he_after_an_officer_who_did_something_to_a_man_is_the_officer():
    text = ("Sergeant retired before hearing\n\n"
            "Inspector Callum Ravensworth, who led the search that night, sent two officers home early and stopped "
            "the patrols looking for Mr Elwood Thackray. He was served with a gross misconduct notice in May and "
            "retired in October.")
    assert cases(text) == [("Callum Ravensworth", None, "retired")]


def test_she_after_an_officer_who_pushed_a_woman_is_the_woman():
    text = ("Constable cleared\n\n"
            "PC Anselm Trevithick pushed Ms Rowena Galbraith as officers cleared the road. She fell against a "
            "wall. A misconduct hearing found the allegation against PC Trevithick not proven.")
    assert cases(text) == [("Anselm Trevithick", None, "not_proven")]


def test_a_representative_whose_apposition_closes_before_said_only_speaks():
    text = ("Sergeant demoted over fuel card\n\n"
            "A Merseyside Police sergeant has been reduced in rank after a hearing found he used a force fuel card "
            "for his own car.\n\n"
            "A representative of the Police Federation, Dominic Farrelly, said officers in the area had been under "
            "great pressure and that a second, suspended officer was entitled to the presumption of innocence.")
    assert cases(text) == [(None, "Merseyside Police", "reduction_in_rank")]


@pytest.mark.parametrize("sentence", [
    "The sergeant said he had no intention of retiring from the bench just yet.",
    "She plans to resign at the end of the season.",
])
def test_an_intention_or_a_plan_is_no_outcome_yet(sentence):
    assert [o for o in find_outcomes(sentence) if o.outcome and not o.negated and not o.hypothetical] == []


def test_the_officer_by_whom_someone_was_stopped_is_the_ledes_officer():
    text = ("Officer cleared over stop\n\n"
            "A Bradford police officer accused of stopping a driver because of his race has been found to have no "
            "case to answer.\n\n"
            "The driver, a 52-year-old delivery worker, was stopped on Manningham Lane by PC Imelda Fothergill in "
            "March.\n\n"
            "PC Fothergill said the car had been flagged as uninsured.")
    assert cases(text) == [("Imelda Fothergill", "West Yorkshire Police", "no_case_to_answer")]


def test_she_after_his_sergeant_is_the_sergeant_not_the_constable():
    text = ("Constable dismissed\n\n"
            "A Kent Police constable has been dismissed for lying about a crash.\n\n"
            "A misconduct hearing found that he had been dishonest. He was dismissed without notice.\n\n"
            "The hearing also heard that his sergeant had signed off the report without reading it. She has been "
            "given a written warning.")
    assert cases(text) == [(None, "Kent Police", "dismissed"), (None, "Kent Police", "written_warning")]


def test_no_further_action_would_be_taken_against_her_is_a_decision():
    assert [o.outcome for o in find_outcomes("The force said no further action would be taken against her.")
            if not o.negated and not o.hypothetical] == ["no_action"]


def test_one_who_decided_not_to_complain_gets_no_outcome_of_the_polices():
    text = ("Umpire headbutted at cricket club\n\n"
            "Mr Desmond Arkwright, a retired police inspector who umpires in the league, decided not to make a formal "
            "complaint, and Essex Police took no further action.")
    assert cases(text) == []


def test_both_pcsos_are_the_two_pcsos_not_the_superintendent_who_spoke():
    text = ("Two PCSOs disciplined\n\n"
            "Two police community support officers in Rugby have been disciplined over messages about members of the "
            "public.\n\n"
            "PCSO Tamsin Oldroyd was given a final written warning at a misconduct hearing. A second PCSO received a "
            "written warning at a misconduct meeting.\n\n"
            "Chief Superintendent Ewan Pilkington said: \"This behaviour falls far below what the public expects of us "
            "and we will not tolerate it.\"\n\n"
            "Both PCSOs have apologised and will complete further training, Warwickshire Police said.")
    assert cases(text) == [("Tamsin Oldroyd", "Warwickshire Police", "final_written_warning"),
                           (None, "Warwickshire Police", "written_warning")]


def test_the_ledes_second_officer_is_the_one_named_later_with_that_outcome():
    text = ("Deputy fired, second deputy suspended\n\n"
            "A Polk County Sheriff's Office deputy has been fired after video showed him kicking a prisoner, and a "
            "second deputy who was present has been suspended for three days without pay.\n\n"
            "Deputy Wade Hollister kicked the man twice as he lay on the floor of a holding cell. An internal "
            "affairs investigation found that he then wrote a report saying the man had attacked him first, which "
            "the video showed to be untrue.\n\n"
            "Deputy Carla Benedetti, who stood at the door, did not step in, and she was suspended for three days "
            "without pay.")
    assert [c[0] for c in cases(text)] == ["Wade Hollister", "Carla Benedetti"]


def test_no_action_taken_against_her_after_no_misconduct_found_is_her_outcome():
    text = ("Officer sacked after watchdog report\n\n"
            "A Wellington constable has been dismissed after the Independent Police Conduct Authority found he hit a "
            "handcuffed man.\n\n"
            "Constable Reuben Oakhurst struck the man in a patrol car in June. New Zealand Police said his "
            "employment had been terminated.\n\n"
            "The Authority also looked at the sergeant who was on duty that night. It found that she should have "
            "checked on the man sooner, but that her actions did not amount to misconduct. Police said no further "
            "action would be taken against her.")
    assert cases(text) == [("Reuben Oakhurst", "New Zealand Police", "dismissed"),
                           (None, "New Zealand Police", "no_action")]


def test_a_word_that_ends_a_sentence_is_not_part_of_a_force_abroad():
    text = ("Constable dismissed\n\n"
            "A Hamilton constable who took cash from a seized car has been dismissed.\n\n"
            "Constable Petra Lindqvist took the money during a search in May. New Zealand Police said her employment "
            "had been terminated.")
    assert cases(text) == [("Petra Lindqvist", "New Zealand Police", "dismissed")]


def test_an_allegation_that_had_not_been_proven_is_not_proven():
    text = ("Misconduct allegation against Lurgan officer not proven\n\n"
            "An allegation that a police officer swore at a teenager during a stop and search in Lurgan has been "
            "found not proven at a misconduct hearing.\n\n"
            "The boy's mother complained to the Police Ombudsman that a constable had pushed her son against a wall "
            "and sworn at him. She said a friend had seen it.\n\n"
            "The Ombudsman's investigators spoke to the officer and the friend. The constable's body worn video was "
            "not switched on. The Ombudsman recommended that the officer face a misconduct hearing, and the PSNI "
            "agreed.\n\n"
            "The panel found that the allegation had not been proven to the required standard.")
    assert cases(text) == [(None, "Police Service of Northern Ireland", "not_proven")]


def test_he_after_a_sentence_about_the_man_is_the_man_not_the_officer():
    text = ("Officer to face hearing over arrest at Mansfield bus station\n\n"
            "A Nottinghamshire Police officer will face a gross misconduct hearing over the arrest of a man at "
            "Mansfield bus station, the police watchdog has said.\n\n"
            "The officer pushed the man against a bus shelter and struck him with a baton after he refused to give "
            "his name.\n\n"
            "The man, who was 58, was charged with obstructing a police officer. He was cleared by magistrates in "
            "March.")
    (case,) = extract_text(text).cases
    assert case.outcome == "pending"
    assert "cleared by magistrates" not in (case.allegations or "")


def test_told_that_no_further_action_would_be_taken_is_the_decision():
    text = ("Misconduct outcomes in the Thames Valley\n\n"
            "A Didcot PC was given a written warning by Thames Valley Police for losing a witness statement, and a "
            "Banbury PCSO who was accused of ignoring a call for help was told by the force that no further action "
            "would be taken after the complaint was reviewed.")
    assert cases(text) == [(None, "Thames Valley Police", "written_warning"),
                           (None, "Thames Valley Police", "no_action")]


def test_no_further_action_by_police_as_no_offence_is_the_laws_decision():
    assert [o.outcome for o in find_outcomes("The force said no further action would be taken by police, as no "
                                             "criminal offence had been identified.")
            if not o.negated and not o.hypothetical] == []


def test_a_count_summed_across_the_region_is_a_statistic():
    text = ("North East police misconduct: March's outcomes\n\n"
            "Forces across the North East held seven misconduct hearings and meetings in March. Two officers were "
            "dismissed across the region.\n\n"
            "In Sunderland, PC Gareth Ilsley was dismissed by Northumbria Police after a hearing found he had lied "
            "about a crash in a police car.\n\n"
            "A Hartlepool sergeant was given a written warning by Cleveland Police for failing to supervise a "
            "probationer.")
    assert cases(text) == [("Gareth Ilsley", "Northumbria Police", "dismissed"),
                           (None, "Cleveland Police", "written_warning")]


def test_a_key_points_box_tells_again_what_the_story_tells():
    text = ("Cleveland Police call handler and officer disciplined over delayed response to Redcar welfare "
            "call\n\n"
            "Key points\n\n"
            "Call handler given a final written warning\n\n"
            "Police constable given a written warning\n\n"
            "Inspector found to have no case to answer\n\n"
            "A Cleveland Police call handler has been given a final written warning and a police constable a "
            "written warning after a delayed response to a call about a man in Redcar who was later found "
            "dead.\n\n"
            "The man's brother rang 101 to say he had not heard from him for four days. The call handler graded "
            "the call as routine and recorded no concerns, although the brother had said he feared for him.\n\n"
            "The PC who was later allocated the call did not attend until the next evening.\n\n"
            "Our investigation found that the call handler and the PC each had a case to answer for misconduct. "
            "At a misconduct meeting held by Cleveland Police, the allegations against both were found "
            "proven.\n\n"
            "We also investigated the duty inspector who reviewed outstanding calls that night and found that he "
            "had no case to answer.")
    assert sorted(c[2] for c in cases(text)) == ["final_written_warning", "no_case_to_answer", "written_warning"]


def test_the_custody_sergeant_is_someone_new_not_the_constable_just_met():
    text = ("Met officer given written warning over strip search\n\n"
            "A Metropolitan Police constable has been given a written warning following our investigation into the "
            "strip search of a 14-year-old girl at a police station in Croydon.\n\n"
            "The meeting found misconduct proven against the constable. The custody sergeant who authorised the "
            "search without checking whether an appropriate adult was present will take part in reflective practice.")
    assert cases(text) == [(None, "Metropolitan Police Service", "written_warning"),
                           (None, "Metropolitan Police Service", "reflective_practice")]


def test_a_subheading_that_excerpts_a_quote_is_not_a_quote_of_its_own():
    text = ("Farmer's anger at slow response to dog attacks\n\n"
            "Sheep were killed on a farm near Ludlow three times before police acted.\n\n"
            "## 'Nobody came out to see the sheep'\n\n"
            "Ieuan Pritchard, who farms near Ludlow, said: 'I rang them every week. Nobody came out to see the sheep, not once, and "
            "I lost eleven ewes.'")
    quotes = extract_text(text).quotes
    assert [(q.speaker, q.text[:24]) for q in quotes] == [("Ieuan Pritchard", "I rang them every week. ")]


def test_a_line_of_its_own_quoting_words_found_nowhere_else_stays():
    text = ("Farmer's anger at slow response to dog attacks\n\n"
            "## 'We were left on our own'\n\n"
            "Farmer Ieuan Pritchard said: 'I rang them every week and I lost eleven ewes.'")
    assert len(extract_text(text).quotes) == 2


@pytest.mark.parametrize("job", ["Farmer", "Shopkeeper", "Landlord", "Publican", "Pensioner"])
def test_a_job_before_a_name_is_not_part_of_the_name(job):
    text = ("Dog attacks on sheep\n\n"
            "Sheep were killed on a farm near Ludlow three times before police acted.\n\n"
            f"{job} Ieuan Pritchard said: \"I rang them every single week and nobody came out.\"")
    assert [q.speaker for q in extract_text(text).quotes] == ["Ieuan Pritchard"]


def test_farmer_is_still_a_surname():
    text = ("Dog attacks on sheep\n\n"
            "Paul Farmer, who chairs the parish council, said: \"We rang them every single week and nobody came.\"")
    assert [q.speaker for q in extract_text(text).quotes] == ["Paul Farmer"]


def test_a_subheading_may_change_a_word_of_the_quote_it_excerpts():
    text = ("Cyclist's complaint about police driver upheld\n\n"
            "A cyclist's complaint about a police car that overtook him on a bend has been upheld.\n\n"
            "## 'I'm not trying to catch anyone out'\n\n"
            "\"I'm not trying to catch anybody out,\" said Rhodri Ashworth, \"but the car missed me by inches.\"")
    assert [q.speaker for q in extract_text(text).quotes] == ["Rhodri Ashworth", "Rhodri Ashworth"]


def test_a_successor_named_in_a_sentence_about_him_is_not_the_next_he():
    text = ("Town farewells its sergeant\n\n"
            "Hundreds of people came to the retirement party of Senior Sergeant Ray Dunleavy in Longreach.\n\n"
            "Senior Sergeant Dunleavy retired on Friday. He handed over to his successor, Sergeant Kim Ashcombe, "
            "and spent his last weeks showing her the back roads.\n\n"
            "He joined the service in Brisbane in 1984.\n\n"
            "\"I came out here for two years and stayed for twenty,\" he said.")
    assert [q.speaker for q in extract_text(text).quotes] == ["Ray Dunleavy"]


def test_police_who_interviewed_under_caution_but_took_no_action_is_the_laws_decision():
    text = ("Pub manager wins unfair dismissal claim\n\n"
            "A pub manager who was dismissed for gross misconduct after takings went missing has won his claim for "
            "unfair dismissal.\n\n"
            "Dean Ormesher, 47, had worked at a pub in Bracknell for nine years. The brewery reported the missing "
            "money to Thames Valley Police, which interviewed Mr Ormesher under caution but took no further action.")
    assert cases(text) == []


def test_a_royal_force_abroad_keeps_its_royal():
    text = ("Constable dismissed\n\n"
            "A Royal Bahamas Police Force constable who sold seized cigarettes has been dismissed.\n\n"
            "Constable Darnell Whitfield was dismissed after a tribunal in Nassau.")
    assert cases(text) == [("Darnell Whitfield", "Royal Bahamas Police Force", "dismissed")]


def test_burton_is_burton_upon_trent():
    text = ("Burton officer dismissed\n\n"
            "A police officer based at Burton police station has been dismissed for gross misconduct after "
            "sending offensive messages.")
    assert cases(text) == [(None, "Staffordshire Police", "dismissed")]


def test_he_said_after_a_sentence_that_brings_someone_in_is_them():
    text = ("Hoax caller jailed\n\n"
            "A man who made 60 hoax calls to 999 has been given a suspended sentence.\n\n"
            "Gary Pilkington, 41, told police he had been lonely. District Judge Martin Oxley dismissed his "
            "suggestion that the calls had been harmless.\n\n"
            "\"Every one of these calls took a call handler away from someone who needed help,\" he said.")
    assert [q.speaker for q in extract_text(text).quotes] == ["Martin Oxley"]


def test_he_said_after_a_sentence_that_names_someone_only_by_the_way_is_not_them():
    text = ("Chief constable moves on\n\n"
            "Gareth Penhallow was confirmed as the new chief constable of Devon and Cornwall Police on Wednesday.\n\n"
            "He has tendered his resignation to the commissioner, Sam Tregear, and will leave at the end of March.\n\n"
            "\"Leaving this force is the hardest decision I have made in my career,\" he said.")
    assert [q.speaker for q in extract_text(text).quotes] == ["Gareth Penhallow"]


def test_one_who_worked_at_a_leisure_centre_is_not_police():
    text = ("Leisure centre manager wins tribunal\n\n"
            "A leisure centre manager sacked for gross misconduct has won his claim for unfair dismissal.\n\n"
            "Colin Aspinall, 52, had worked at a leisure centre in Slough for 17 years when he was suspended on "
            "full pay in March after £900 in takings could not be accounted for.\n\n"
            "At a disciplinary hearing in May, the trust that runs the centre found that he had not followed its "
            "cash procedures. As he already had a final written warning on his file, he was dismissed.\n\n"
            "The trust reported the missing money to Thames Valley Police, which spoke to Mr Aspinall.\n\n"
            "Mr Aspinall will be awarded compensation at a hearing later this year.")
    assert cases(text) == []


def test_it_was_dismissed_is_the_claim_not_the_officer_who_gave_evidence():
    text = ("Teacher banned after grabbing pupil\n\n"
            "A teacher who grabbed a pupil by the throat has been banned from teaching.\n\n"
            "Derbyshire Constabulary took no further action. PC Lorna Baxendale, the school's police liaison "
            "officer, gave evidence to the panel.\n\n"
            "The teacher brought an unfair dismissal claim against the school. It was dismissed by an employment "
            "tribunal in Nottingham in May.")
    assert cases(text) == []


def test_a_former_sergeant_now_a_councillor_is_not_a_case():
    text = ("Councillor censured after standards hearing\n\n"
            "A councillor who spent 20 years as a police officer has been censured after a standards hearing found "
            "she bullied a council officer.\n\n"
            "Councillor Ann Thornbury, a former Cheshire Police sergeant who retired from the force in 2014 and was "
            "elected in 2019, was found to have breached the members' code of conduct.\n\n"
            "Councillors in England cannot be suspended for breaching the code. Cllr Thornbury has, however, been "
            "suspended from her own party group pending a review.")
    assert cases(text) == []


def test_an_application_dismissed_by_a_court_is_no_outcome():
    text = ("Driver convicted of assaulting PC\n\n"
            "A driver who claimed a police officer planted drugs in his car has been convicted.\n\n"
            "His barrister accused PC Owen Radcliffe of lying, and applied for the charge to be dismissed because the "
            "camera had not been switched on. The application was dismissed.")
    assert cases(text) == []


@pytest.mark.parametrize("sentence", [
    "Councillors in England cannot be suspended for breaching the code.",
    "She has been suspended from her own party group pending a review.",
    "A former sergeant who retired from the force in 2014 and was elected in 2019 spoke at the meeting.",
    "His barrister applied for the charge to be dismissed.",
    "The application was dismissed.",
])
def test_no_officer_outcome_in(sentence):
    assert [o.outcome for o in find_outcomes(sentence) if not o.negated and not o.hypothetical] == []


def test_a_table_rows_force_is_the_cell_beside_the_name():
    text = ("Misconduct hearings tracker\n\n"
            "Every hearing in the three forces since February, newest first.\n\n"
            "Date\tOfficer\tForce\tAllegation\tStatus\n\n"
            "4 March\tPC Dale Innes\tKent\tRacist remarks at Dover police station\tConcluded: dismissed\n\n"
            "2 March\tDC Ruth Amberley\tSussex\tFailed to record a rape report, Crawley\tConcluded: final written warning\n\n"
            "27 February\tSgt Owen Petts\tSurrey\tFalse overtime claims, Guildford\tConcluded: written warning")
    assert [(c[0], c[1]) for c in cases(text)] == [("Dale Innes", "Kent Police"), ("Ruth Amberley", "Sussex Police"),
                                                   ("Owen Petts", "Surrey Police")]


def test_a_markdown_tables_force_cell_before_the_name_and_short_force_names():
    text = ("Conduct outcomes in February\n\n"
            "We list each case below with the force's description of it.\n\n"
            "| Force | Officer | What happened | Outcome |\n\n"
            "| S Wales | PC Ieuan Brace | Kept cash found at a burglary in Pontypridd | Dismissed |\n\n"
            "| Dyfed-Powys | PC, Lampeter (not named) | Shared a custody photograph | Final written warning |\n\n"
            "| N Wales | Sgt Mair Cadwgan | Offensive remarks at a training day in Bangor | Written warning |\n\n"
            "| W Mercia | DC Colm Arkle | Failed to pursue a fraud report in Kidderminster | Written warning |")
    assert [c[:2] for c in cases(text) if c[0]] == [("Ieuan Brace", "South Wales Police"),
                                                    ("Mair Cadwgan", "North Wales Police"),
                                                    ("Colm Arkle", "West Mercia Police")]


@pytest.mark.parametrize("pull_first", [False, True])
def test_a_pull_quote_repeating_a_whole_quote_is_given_once(pull_first):
    body = ("Inspector Rowena Maltby said: \"A Taser is a weapon, and it was left where a child could find it.\"\n\n"
            "\"It is only by good luck that nobody was hurt,\" she said.")
    pull = "\"It is only by good luck that nobody was hurt.\""
    text = ("PC given warning after Taser left in toilet\n\n"
            "A Merseyside Police constable left a Taser in a public toilet in Birkenhead.\n\n"
            + (pull + "\n\n" + body if pull_first else body + "\n\n" + pull))
    quotes = extract_text(text).quotes
    assert [(q.speaker, q.text[:14]) for q in quotes] == [("Rowena Maltby", "A Taser is a w"),
                                                           ("Rowena Maltby", "It is only by ")]


def test_the_ledes_second_officer_by_rank_is_the_one_named_later_of_that_rank():
    # an unnamed constable and "the sergeant who …" in one lede, then both named: each keeps
    # their own outcome, and neither is a case of their own besides
    text = ("Constable sacked and sergeant demoted over custody assault\n\n"
            "A Lancashire Police constable who kicked a detainee in a cell at Blackpool has been dismissed, and the "
            "sergeant who watched it happen has been reduced in rank to constable.\n\n"
            "A misconduct panel found that PC Rhodri Ambler used excessive force on the man in March. Sergeant "
            "Imogen Halsall, who was the custody sergeant that night, did not stop him or report it.\n\n"
            "Ambler had served for six years.")
    assert cases(text) == [("Rhodri Ambler", "Lancashire Constabulary", "dismissed"),
                           ("Imogen Halsall", "Lancashire Constabulary", "reduction_in_rank")]


def test_the_ledes_sergeant_is_the_sergeant_named_not_the_officer_named_first():
    text = ("Officer quits and sergeant suspended over overtime claims\n\n"
            "PORT ALDINE — A Port Aldine Police Department officer resigned last month while under investigation "
            "for overtime he did not work, and the sergeant who signed his time sheets has been suspended "
            "without pay for ten days.\n\n"
            "Officer Dwayne Kessler claimed pay for shifts he spent at home, the department said. He resigned "
            "before discipline could be imposed.\n\n"
            "Sgt. Lorna Beckwith, who approved the claims, was suspended for ten days without pay.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Dwayne Kessler", "resigned"), ("Lorna Beckwith", "suspended")]


def test_a_force_by_its_initials_is_the_force_named_in_full():
    text = ("WA Police officer sacked over stolen fuel cards\n\n"
            "A Western Australia Police constable who used a police fuel card for his own car has been dismissed.\n\n"
            "Constable Harlan Brisco, 29, of the Kalgoorlie station, was dismissed by the Commissioner on Friday.")
    assert cases(text) == [("Harlan Brisco", "Western Australia Police", "dismissed")]


@pytest.mark.parametrize("text, forces", [
    ("A New South Wales Police officer has been sacked.", ["New South Wales Police"]),
    ("A New South Wales police officer has been sacked.", [None]),
    ("An officer in New Hampshire has been fired.", [None]),
    ("An officer at New Scotland Yard has been sacked.", ["Metropolitan Police Service"]),
])
def test_a_uk_force_or_place_after_new_is_abroad(text, forces):
    # (not South Wales Police, nor Hampshire's: no force rather than the wrong one)
    assert [c[1] for c in cases("Officer sacked\n\n" + text)] == forces


def test_an_officer_in_the_subjects_relative_clause_does_not_take_the_focus():
    text = ("Sergeant demoted over warning text\n\n"
            "A Tasmania Police sergeant who warned a constable about a drug test has been demoted.\n\n"
            "A probationary constable who shared the warning with three other officers resigned before the "
            "disciplinary process concluded. Tasmania Police said the matter had closed with his resignation.")
    assert [c[2] for c in cases(text)] == ["reduction_in_rank", "resigned"]


def test_a_sub_inspector_is_an_officer_and_his_dismissal_is_his():
    text = ("Sub-inspector dismissed over bribe\n\n"
            "Tanvir Qureshi | Pune\n\n"
            "Sub-Inspector Rohan Deshpande, who was posted at the Hadapsar police station of the Pune City Police, "
            "was arrested by the Anti-Corruption Bureau in March. A departmental inquiry found the charges proved, "
            "and the Commissioner of Police ordered his dismissal.")
    assert cases(text) == [("Rohan Deshpande", "Pune City Police", "dismissed")]


@pytest.mark.parametrize("sentence, outcome", [
    ("A lieutenant who signed off the report without watching the video was demoted to sergeant.",
     "reduction_in_rank"),
    ("A sub-inspector who took the money was suspended without pay for a month.", "suspended"),
])
def test_an_unnamed_lieutenant_or_sub_inspector_is_an_officer(sentence, outcome):
    text = ("Deputy fired over false report\n\n"
            "A Pima County Sheriff's Department deputy who lied in a use-of-force report has been fired.\n\n"
            "Deputy Colton Ashby was fired on Monday. " + sentence)
    assert cases(text)[1:] == [(None, "Pima County Sheriff's Department", outcome)]


ROUND_UP = ("Hearings this week\n\n"
            "THIS WEEK: 9 outcomes published by 7 forces, including 3 dismissals and 2 findings that a former "
            "officer would have been dismissed.\n\n"
            "- A Weymouth PC was given a final written warning for leaving a prisoner unchecked.\n\n"
            "- A Pennines sergeant who retired in May would have been dismissed for bullying, a panel found.\n\n"
            "- A Wrexham PC's gross misconduct hearing over a fight outside a nightclub was adjourned until April.")


def test_a_round_ups_counted_findings_are_no_case_and_a_region_is_no_force():
    assert cases(ROUND_UP) == [(None, "Dorset Police", "final_written_warning"),
                               (None, None, "would_have_been_dismissed"),
                               (None, "North Wales Police", "pending")]


def test_may_the_month_casts_no_doubt_on_would_have_been_dismissed():
    outs = find_outcomes("A sergeant who retired in May would have been dismissed for bullying, a panel found.")
    assert [(o.outcome, o.hypothetical) for o in outs] == [("retired", False), ("would_have_been_dismissed", False)]


def test_a_markdown_tables_force_cell_after_the_name_and_a_town_beside_it():
    text = ("Hearings in the North West\n\n"
            "| Officer | Force | Base | Outcome |\n"
            "| --- | --- | --- | --- |\n"
            "| PC Nadia Oldroyd | Cumbria | Kendal | Dismissed |\n"
            "| Sgt Bryn Talfryn | Merseyside | Bootle | Final written warning |\n"
            "| PC (not named) | Lancs | Preston | Written warning |\n"
            "| DC Ewan Pilling | Cheshire | Crewe | Under way |")
    assert cases(text) == [("Nadia Oldroyd", "Cumbria Constabulary", "dismissed"),
                           ("Bryn Talfryn", "Merseyside Police", "final_written_warning"),
                           (None, "Lancashire Constabulary", "written_warning"),
                           ("Ewan Pilling", "Cheshire Constabulary", "pending")]


TAB_TABLE = ("Outcomes this fortnight\n\n"
             "Date\tForce\tOfficer\tRole and base\tOutcome\n"
             "2 Mar\tDorset\tPC Lowri Brannock\tConstable, Weymouth\tDismissed\n"
             "3 Mar\tWilts\tSgt Oswin Peverell\tSergeant, Chippenham\tAdjourned\n"
             "5 Mar\tAvon and Somerset\t(name withheld)\tPolice staff, Yeovil\tDismissed\n"
             "6 Mar\tGloucs\t(not named)\tSpecial constable, Cirencester\tResigned\n\n"
             "NOTES\n\n"
             "Sgt Peverell's hearing was adjourned when a witness fell ill. He remains on restricted duties.\n\n"
             "The force's notice said only that a member of police staff had been dismissed.\n\n"
             "The Cirencester special constable resigned the day before the hearing.\n\n"
             "Totals: 2 dismissed, 1 resigned, 1 adjourned.")


def test_a_tab_separated_table_of_named_officers_with_notes_under_it():
    assert cases(TAB_TABLE) == [("Lowri Brannock", "Dorset Police", "dismissed"),
                                ("Oswin Peverell", "Wiltshire Police", "pending"),
                                (None, "Avon and Somerset Police", "dismissed"),
                                (None, "Gloucestershire Constabulary", "resigned")]


@pytest.mark.parametrize("text", [
    ("Solicitor struck off\n\nRowena Pelham, 47, a conveyancing partner at a practice in Altrincham, was found by the "
     "tribunal to have made 40 improper transfers.\n\nDetective Constable Colm Verity, of Greater Manchester Police, "
     "gave evidence about the criminal investigation into Ms Pelham. He told the tribunal that Ms Pelham had been "
     "interviewed under caution and released under investigation."),
    ("Medals for long service\n\nThirty officers of Durham Constabulary received long service medals. PC Idris Whitlow "
     "was among them. He dismissed worries that he would retire soon. Nine of the recipients have since retired."),
    ("Driver jailed\n\nA driver who rammed a police car was jailed. PC Lars Epworth, of Cumbria Constabulary, gave "
     "evidence. The defence said the officer had lied; the judge said the suggestion was baseless and she dismissed it."),
    ("Food bank run by officers turns five\n\nThe pantry was set up by Sergeant Noor Havelock and PC Evan Prosser, "
     "both of Essex Police.\n\nPC Prosser retired from the force last year after 30 years. He still drives the van. "
     "Deliveries were suspended for a week in the snow.\n\nVolunteer Ada Crump said she had been given a final "
     "warning by the sergeant for eating the biscuits."),
    ("Warden loses claim\n\nGlyn Parfitt worked as a civil enforcement officer for Torbay Council for six years. "
     "He was given a final written warning in 2023 and dismissed for gross misconduct in 2024. Devon and Cornwall "
     "Police took no further action over the incident."),
])
def test_no_case_in_these_stories_full_of_misconduct_words(text):
    assert cases(text) == []


def test_a_boards_verb_before_each_officer_and_a_corporal():
    text = ("Constable dismissed, corporal demoted\n\n"
            "YELLOWKNIFE — An RCMP conduct board has dismissed a constable and demoted a corporal over a "
            "death in custody.\n\n"
            "The board found that Constable Rory Vance, who ran the cells, recorded checks he did not carry out. It "
            "ordered his dismissal from the Royal Canadian Mounted Police.\n\n"
            "Corporal Hanna Lindqvist, the watch commander, was demoted to the rank of constable.")
    assert cases(text) == [("Rory Vance", "Royal Canadian Mounted Police", "dismissed"),
                           ("Hanna Lindqvist", "Royal Canadian Mounted Police", "reduction_in_rank")]


def test_a_force_that_acted_outweighs_witnesses_force_and_a_letter_of_reprimand():
    text = ("Officer fired over platform arrest\n\n"
            "The Tacoma Police Bureau has terminated an officer who struck a handcuffed man, city officials said.\n\n"
            "Officer Dale Brennan was fired on Monday. A second officer, Officer Ines Calloway, received a letter of "
            "reprimand for failing to switch on her camera.\n\n"
            "Two Pierce County Sheriff's Office deputies who were nearby gave statements. Neither was accused of "
            "wrongdoing.")
    assert cases(text) == [("Dale Brennan", "Tacoma Police Bureau", "dismissed"),
                           ("Ines Calloway", "Tacoma Police Bureau", "written_warning")]


def test_a_constabulary_force_abroad():
    text = ("Corporal dismissed\n\nA police corporal who took payments from taxi drivers has been dismissed from the "
            "Barbados Constabulary Force.\n\nCorporal Dwight Alleyne was found by a court of inquiry to have demanded "
            "the money.")
    assert cases(text) == [("Dwight Alleyne", "Barbados Constabulary Force", "dismissed")]


def test_a_clause_before_the_subject_does_not_speak():
    text = ("Inspector demoted\n\nInspector Tobias Wrenfield was reduced to sergeant by a Cheshire Constabulary panel.\n\n"
            "When she asked to leave the briefing early, he told her that \"constables who complain end up on nights "
            "for good\", the panel heard.\n\n"
            "Inspector Wrenfield did not attend. In a statement read by his representative, he said: \"I accept the "
            "finding and I am sorry for how I spoke to her.\"")
    assert [q.speaker for q in extract_text(text).quotes] == ["Tobias Wrenfield", "Tobias Wrenfield"]


def test_a_pull_quote_is_not_lent_the_speaker_of_the_quote_before():
    text = ("Sergeant dismissed\n\nSergeant Cressida Holm of Avon and Somerset Police was dismissed on Friday.\n\n"
            "The chair, Marian Olufemi, said: \"There is no place in policing for an officer who lies to protect "
            "herself.\"\n\n"
            "“I was treated as the criminal”\n\n"
            "Grant Tennison, who was arrested, said: “I was treated as the criminal when I had done nothing, and "
            "nobody listened for a year.”")
    assert [(q.speaker, q.text[:20]) for q in extract_text(text).quotes] == [
        ("Marian Olufemi", "There is no place in"), ("Grant Tennison", "I was treated as the")]


def test_the_panel_found_that_he_is_the_retired_supervisor_not_the_pc_named_after():
    text = ("PC given final written warning\n\n"
            "PC Arlo Venning of Staffordshire Police was given a final written warning for spending a shift at a "
            "friend's house.\n\n"
            "His supervisor that day, Sergeant Bram Othick, retired from the force in March. The panel found that he "
            "had known where PC Venning was and did nothing, and that this amounted to misconduct.")
    got = cases(text)
    assert ("Arlo Venning", "Staffordshire Police", "final_written_warning") in got
    assert [c for c in got if c[0] == "Bram Othick"] == [("Bram Othick", "Staffordshire Police", "retired")]


def test_a_hearing_in_the_absence_of_a_former_officer_is_theirs():
    text = ("Hearings this week\n\n"
            "Lancashire Police held a hearing in the absence of former Detective Constable Ivo Tremlow, who resigned "
            "in May. The panel found that he would have been dismissed had he still been serving.")
    assert cases(text) == [("Ivo Tremlow", "Lancashire Constabulary", "would_have_been_dismissed")]


def test_the_officer_a_matter_was_raised_with_is_not_given_the_finding():
    text = ("Officer dismissed after hearing\n\n"
            "A Suffolk Constabulary constable has been dismissed after a gross misconduct hearing. The officer was "
            "referred to as Officer A.\n\n"
            "A second officer, a sergeant, faced an allegation that she failed to report her concerns about "
            "Officer A's conduct. The panel "
            "found that she had raised the matter with a more senior officer, and the allegation against her was "
            "found not proven.")
    assert [c[2] for c in cases(text)] == ["dismissed", "not_proven"]


def test_neither_officer_sacked_is_no_dismissal():
    text = ("Officers warned over Taser statements\n\n"
            "Two armed officers who wrote matching statements after a Taser was fired have been disciplined by "
            "Norfolk Constabulary.\n\n"
            "The officers were referred to at the hearing as Officer A and Officer B.\n\n"
            "Officer A, a constable, admitted conferring with his colleague and was found guilty of misconduct. He "
            "received a final written warning.\n\n"
            "The man who was Tasered, Mr Oswin Daykin, told the Chronicle he was disappointed neither officer had "
            "been sacked.")
    got = cases(text)
    assert all(c[0] != "Oswin Daykin" for c in got)
    assert (None, "Norfolk Constabulary", "final_written_warning") in got


def test_a_hearing_under_way_is_pending_and_the_federation_rep_is_not_the_officers_twin():
    text = ("PC 'kept seized quad bike', hearing told\n\n"
            "A police officer kept a quad bike seized from a suspect and used it on his farm, a misconduct hearing "
            "has heard.\n\n"
            "PC Rhys Tallant, who is based at Brecon, denies gross misconduct. The hearing, at Dyfed-Powys Police "
            "headquarters, is being chaired by a legally qualified chair.\n\n"
            "PC Tallant's Federation representative, Sergeant Owain Mabbott, said the officer would give evidence "
            "on Wednesday.\n\n"
            "The hearing continues.")
    assert cases(text) == [("Rhys Tallant", "Dyfed-Powys Police", "pending")]


def test_a_second_man_who_is_a_constable_is_he_in_the_next_sentence():
    text = ("Sergeant dismissed over payments\n\n"
            "A police sergeant who took payments from market traders has been dismissed from the Trinidad and Tobago "
            "Police Service.\n\n"
            "Sergeant Deon Maharaj was found to have demanded the money every week.\n\n"
            "A second man, Constable Kerwin Baptiste of the same division, is alleged to have collected some of the "
            "payments. He has been charged with corruption and is due to appear in court next month.")
    assert [c[0::2] for c in cases(text)] == [("Deon Maharaj", "dismissed"), ("Kerwin Baptiste", "pending")]


def test_the_dismissal_of_one_and_a_warning_for_another_in_a_round_up_lede():
    text = ("Discipline in Wales: the month in review\n\n"
            "MARCH brought the dismissal of a Rhyl constable and a final written warning for a sergeant in Bala, "
            "among a busy month for North Wales Police.\n\n"
            "Constable Iolo Brannigan, who worked in Rhyl, was dismissed after a panel found he had lied.\n\n"
            "Sergeant Nerys Abergele, of Bala, received a final written warning for failing to record a report.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Iolo Brannigan", "dismissed"),
                                                   ("Nerys Abergele", "final_written_warning")]


def test_a_force_abroad_whose_name_has_and():
    text = ("Constable dismissed\n\nA constable has been dismissed from the Antigua and Barbuda Police Force after a "
            "tribunal found he sold seized cigarettes.\n\nConstable Marlon Quashie, 29, denied the charge.")
    assert cases(text) == [("Marlon Quashie", "Antigua and Barbuda Police Force", "dismissed")]


def test_a_transport_officer_based_at_a_town_and_witnesses_from_the_towns_force():
    text = ("BTP officer dismissed over false records\n\n"
            "A British Transport Police officer has been dismissed after inventing ticket inspections at Wigan "
            "North Western station.\n\n"
            "PC Corin Ashwell, who was based at Wigan, entered the inspections on the force's system.\n\n"
            "Two Greater Manchester Police officers who had been on a joint patrol with him that evening gave "
            "evidence that none took place.\n\n"
            "The panel found the allegations proven and that they amounted to gross misconduct. PC Ashwell was "
            "dismissed without notice.")
    assert cases(text) == [("Corin Ashwell", "British Transport Police", "dismissed")]


def test_the_constable_the_mother_named_before_and_the_chair_reading_the_decision_speak():
    text = ("PC dismissed over custody restraint\n\n"
            "PC Tamsin Hurrell and Sergeant Owen Brackley of Wiltshire Police faced a hearing over the restraint of Karl "
            "Dunmore.\n\n"
            "Presenting the case, Judith Amberley said: \"He was handcuffed and not resisting at all when it began.\"\n\n"
            "Giving evidence, the constable said she had feared Mr Dunmore would bite. \"I made a decision in a "
            "second and I stand by it now,\" she told the panel.\n\n"
            "Mr Dunmore's mother, Gail Dunmore, was in the public gallery. Speaking outside, she said: \"My son "
            "came out of that cell unable to swallow for a week.\"\n\n"
            "The chair, Priya Castellane, found the force used was excessive. Reading the panel's decision, she "
            "said: \"The public would be appalled by what the footage shows us here.\"")
    x = extract_text(text)
    assert [q.speaker for q in x.quotes] == ["Judith Amberley", "Tamsin Hurrell", "Gail Dunmore", "Priya Castellane"]


def test_mr_with_a_surname_two_people_share_is_the_man():
    text = ("PCSO sacked over video\n\n"
            "PCSO Bethan Lorrimer of Essex Police was dismissed for filming Dennis Harwood on the seafront.\n\n"
            "His sister, Maureen Harwood, has campaigned for the homeless since 2020.\n\n"
            "Mr Harwood said he did not want anyone to lose their job. \"I just want them to know I am a person "
            "too,\" he said.\n\n"
            "She said: \"My brother has had a hard life, but he is somebody's son and somebody's brother.\"")
    assert [q.speaker for q in extract_text(text).quotes] == ["Dennis Harwood", "Maureen Harwood"]


def test_a_constable_and_a_shopkeeper_who_share_a_surname():
    text = ("PC sacked over false arrest account\n\n"
            "PC Callum Brundage, 27, of Lancashire Police was dismissed for gross misconduct.\n\n"
            "The footage came from a cafe owned by Dennis Brundage, 61, who is not related to the officer. "
            "\"I saw the whole thing from behind my counter and nobody was hit,\" Mr Brundage said.\n\n"
            "The constable denied lying. \"I honestly believed I had been hit at the time,\" he told the panel.\n\n"
            "Sarah Pell, of the Federation, said PC Brundage was considering an appeal.")
    x = extract_text(text)
    assert [q.speaker for q in x.quotes] == ["Dennis Brundage", "Callum Brundage"]
    assert [(c.officer, c.outcome) for c in x.cases] == [("Callum Brundage", "dismissed")]


def test_a_street_whose_last_word_is_a_surname_is_not_a_speaker():
    text = ("Sergeant demoted over unread crime report\n\n"
            "Sergeant Owen Tranter of Greater Manchester Police was demoted to constable.\n\n"
            "A woman was robbed on Neil Lane in March and the report sat in his tray for weeks.\n\n"
            "Giving evidence, the sergeant said he had been covering two teams. \"I had far more files than "
            "officers to give them to,\" he said.")
    x = extract_text(text)
    assert [q.speaker for q in x.quotes] == ["Owen Tranter"]
    assert "Neil Lane" not in [m.name for m in x.mentions]


def test_his_wife_is_the_one_who_shares_his_surname():
    text = ("Sergeant sacked, PC wife cleared\n\n"
            "Sergeant Gavin Lusted, 44, of Avon and Somerset Police was dismissed for recording shifts he did not "
            "work. PC Joanne Lusted, 40, was cleared of covering for him.\n\n"
            "Presenting the case, Helen Cardew said the records were false. \"This went on for a year,\" she "
            "said, \"and it was planned from the start.\"\n\n"
            "His wife said she had only answered his phone twice. \"I was never going to lie for him or anyone "
            "else,\" she said.")
    assert [q.speaker for q in extract_text(text).quotes] == ["Helen Cardew", "Helen Cardew", "Joanne Lusted"]


def test_the_detective_after_an_opening_phrase_naming_the_barrister():
    text = ("Detective tells hearing she saw no punch\n\n"
            "PC Rory Felgate and PC Dean Ashdown of Suffolk Constabulary face a hearing over an arrest.\n\n"
            "DC Maria Felgate, who was off duty, said she saw the arrest from a pub doorway.\n\n"
            "Under cross-examination by Paula Grint, for the force, the detective accepted she had been drinking. "
            "\"I had two small glasses of wine over the whole evening,\" she said.")
    assert [q.speaker for q in extract_text(text).quotes] == ["Maria Felgate"]


def test_two_officers_with_ages_who_deny_misconduct_are_both_pending():
    text = ("Two PCs deny gross misconduct\n\n"
            "PC Tobias Rennard, 28, and PC Jordan Weekes, 33, deny gross misconduct over an arrest in Thetford, "
            "Norfolk Constabulary said.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Tobias Rennard", "pending"), ("Jordan Weekes", "pending")]


def test_of_an_officer_she_said_is_the_chair_speaking_about_him():
    text = ("Detective sacked for leaking complaint\n\n"
            "DC Rowan Threlfall of Dyfed-Powys Police was dismissed for passing on a victim's complaint.\n\n"
            "The chair, Imelda Goodhew, said the panel had considered his long service.\n\n"
            "Of DC Threlfall, who sent the details to a friend, she said: \"He knew what he was doing and he knew "
            "the harm it would cause.\"")
    assert [q.speaker for q in extract_text(text).quotes] == ["Imelda Goodhew"]


def test_found_to_have_been_liable_to_dismissal_after_resigning():
    text = ("Hearings after officers leave\n\n"
            "A Gwent Police constable, Oliver Mardle, who resigned in 2024, was found last month to have been "
            "liable to dismissal for lying on a duty statement.")
    assert cases(text) == [("Oliver Mardle", "Gwent Police", "would_have_been_dismissed")]


def test_one_who_retired_as_head_of_professional_standards_is_no_case():
    text = ("Thirty years of policing the police\n\n"
            "Gillian Sparkford retired last spring as head of professional standards at a northern force, after "
            "years investigating misconduct allegations against colleagues.\n\n"
            "In 2020 a Durham Constabulary sergeant, Sgt Colin Ebdon, was dismissed for stealing from a property "
            "store. Sparkford followed the hearing closely.")
    assert cases(text) == [("Colin Ebdon", "Durham Constabulary", "dismissed")]


def test_both_officers_are_the_two_named_together_not_a_witness_of_the_same_force():
    text = ("Hearing into arrest continues\n\n"
            "PC Reuben Astley and PC Kyle Denholm, of Norfolk Constabulary, deny gross misconduct over an arrest "
            "outside a pub.\n\n"
            "DC Rachel Astley, who was off duty, told the panel she saw no punch thrown.\n\n"
            "Both officers have been on restricted duties since. The hearing continues.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Reuben Astley", "pending"), ("Kyle Denholm", "pending")]


def test_a_negation_in_the_subjects_relative_clause_does_not_undo_would_have_been_dismissed():
    text = ("Former PC would have been dismissed\n\n"
            "A former constable who claimed overtime for shifts he did not work would have been dismissed had he "
            "still been serving, a panel has found.\n\n"
            "Former PC Declan Oxenford resigned from Cheshire Constabulary in March.")
    assert cases(text) == [("Declan Oxenford", "Cheshire Constabulary", "would_have_been_dismissed")]


def test_the_officer_the_lede_describes_is_the_one_who_gave_evidence():
    text = ("PC keeps job after seafront arrest\n\n"
            "A Dorset Police officer who pushed a man into railings has been given a final written warning.\n\n"
            "PC Lewis Fairbrother told the hearing on Tuesday that he had believed the man was about to run.\n\n"
            "\"It was dark and I had seconds to decide,\" he said.")
    assert cases(text) == [("Lewis Fairbrother", "Dorset Police", "final_written_warning")]


def test_he_after_a_civilian_named_inside_the_officers_sentence_is_the_officer():
    text = ("Custody officers to face hearing\n\n"
            "A Bedfordshire Police custody sergeant will face a gross misconduct hearing, the IOPC said.\n\n"
            "It also found that PC Ivor Stanbridge, the arresting officer, did not pass on what Mr Colin Weatherall "
            "had told him about his medication. He will undergo reflective practice.")
    got = {c[0]: c[2] for c in cases(text)}
    assert got["Ivor Stanbridge"] == "reflective_practice"


def test_a_reinstated_officer_takes_the_sanction_the_tribunal_gave_instead():
    text = ("PC sacked over concert tickets wins job back\n\n"
            "A Cumbria Constabulary officer who was sacked for accepting free concert tickets has been reinstated "
            "after a Police Appeals Tribunal ruled that dismissal was too harsh.\n\n"
            "PC Stuart Halberd was dismissed last year after a gross misconduct hearing.\n\n"
            "The tribunal, chaired by Norah Quill, found the original panel had been entitled to find gross "
            "misconduct.\n\n"
            "She added: \"A final written warning is sufficient to mark the seriousness of what he did.\"")
    assert cases(text) == [("Stuart Halberd", "Cumbria Constabulary", "final_written_warning")]


def test_a_cricket_report_about_a_police_captain_is_no_case():
    text = ("Police sergeant's side skittled as captain sits out ban\n\n"
            "Marlow Wanderers were dismissed for 71 on Saturday without their captain.\n\n"
            "Thames Valley Police sergeant Corey Bandy, who captains the side, watched after the league suspended "
            "him for three matches for dissent.\n\n"
            "Two openers were dismissed for ducks in the first over.")
    assert cases(text) == []


def test_a_lede_that_replaces_a_dismissal_is_the_officer_the_body_says_was_dismissed():
    text = ("Tribunal reinstates PC\n\n"
            "A Police Appeals Tribunal has overturned the dismissal of a Cumbria Constabulary officer and replaced "
            "it with a final written warning.\n\n"
            "PC Morgan Tullett was dismissed in 2025 after a gross misconduct hearing found he had failed to pass "
            "on intelligence.\n\n"
            "A second officer, PC Idris Penhale, received a written warning at the original hearing.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Morgan Tullett", "final_written_warning"),
                                                   ("Idris Penhale", "written_warning")]


def test_a_civilian_in_a_clause_of_time_does_not_take_the_inspectors_warning():
    text = ("Team to undergo reflective practice\n\n"
            "Four constables of Staffordshire Police will undergo reflective practice over unanswered reports.\n\n"
            "The inspector responsible for the team was found to have failed to supervise them after Mr Farid "
            "Haroon complained to her directly, and received a written warning at a misconduct meeting.")
    assert [(c[0], c[2]) for c in cases(text)] == [(None, "reflective_practice"), (None, "written_warning")]


def test_an_officer_known_only_by_a_code_is_not_the_officer_the_story_names():
    text = ("Officer B: the pursuit sergeant who told control the chase had stopped\n\n"
            "A Merseyside Police sergeant known only as Officer B has been given a final written warning for "
            "telling the control room that a pursuit had been called off.\n\n"
            "The van crashed into a wall in March 2025, injuring its driver.\n\n"
            "Officer B told the hearing that his radio message was premature. It found that the sergeant had "
            "known the pursuit was continuing.\n\n"
            "Gross misconduct was not proven, but the panel found misconduct and gave Officer B a final written "
            "warning. He remains a serving officer.\n\n"
            "PC Glenn Ashurst, the control room's pursuit adviser that night, received a written warning at a "
            "separate misconduct meeting.")
    assert [(c[0], c[2]) for c in cases(text)] == [(None, "final_written_warning"), ("Glenn Ashurst", "written_warning")]


def test_a_name_after_said_followed_by_a_past_verb_is_the_reported_clauses_subject():
    text = ("PCSO sacked for stealing from lost property\n\n"
            "A police community support officer based in Wisbech has been dismissed after taking cash handed in "
            "as lost property.\n\n"
            "Cambridgeshire Constabulary said PCSO Tara Quennell took £200 from two wallets last winter.\n\n"
            "She admitted gross misconduct at a hearing and was dismissed.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Tara Quennell", "dismissed")]


def test_a_named_constable_and_an_unnamed_second_constable_share_their_predicate_and_stay_two():
    text = ("Two officers sacked after bribery inquiry\n\n"
            "Two police officers in Nadi have been terminated from the Fiji Police Force after an inquiry found "
            "they took cash from bus drivers.\n\n"
            "Constable Peni Raduva and a second constable, whose name was not released, were terminated with "
            "immediate effect. A sergeant from the same unit has been suspended from duty while the inquiry "
            "continues.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Peni Raduva", "dismissed"), (None, "dismissed"),
                                                   (None, "pending")]


def test_an_item_labelled_by_its_force_gives_a_town_the_gazetteer_lacks_that_force():
    text = ("Misconduct round-up: August\n\n"
            "Each month we list the outcomes the forces publish.\n\n"
            "- **Cumbria:** A Keswick sergeant was reduced to the rank of constable for failing to declare a "
            "business interest.\n"
            "- **Cumbria:** A Brampfold PC received a written warning for speeding on a routine call.\n"
            "- **Lancashire:** An officer in Preston has been suspended from duty while an investigation continues.")
    assert [(c[1], c[2]) for c in cases(text)][:2] == [("Cumbria Constabulary", "reduction_in_rank"),
                                                       ("Cumbria Constabulary", "written_warning")]


def test_a_sentence_that_opens_on_a_place_places_the_officer_it_goes_on_to_tell_of():
    text = ("Two Yorkshire officers leave after inquiries\n\n"
            "Figures show the region's forces dealt with dozens of misconduct cases last year.\n\n"
            "A Pudsey PC was dismissed in May for misusing the police computer. In Whitby last summer, a "
            "constable resigned while under investigation for failing to declare a business. And at Selby, a "
            "sergeant was given a final written warning.")
    assert [(c[1], c[2]) for c in cases(text)] == [("West Yorkshire Police", "dismissed"),
                                                   ("North Yorkshire Police", "resigned"),
                                                   ("North Yorkshire Police", "final_written_warning")]


def test_an_officer_the_watchdog_also_investigated_is_a_case_and_keeps_the_finding_about_them():
    text = ("Essex PC to face gross misconduct hearing over stalking\n\n"
            "A police officer will face a gross misconduct hearing after an investigation by the IOPC.\n\n"
            "PC Dorian Whitlock, who was based in Harlow, is accused of following a woman he met at a road "
            "traffic collision.\n\n"
            "We also investigated an inspector who supervised PC Whitlock at the time and found that she had no "
            "case to answer.\n\n"
            "Essex Police has suspended PC Whitlock from duty.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Dorian Whitlock", "pending"), (None, "no_case_to_answer")]


def test_an_officer_who_did_not_report_something_and_was_given_a_sanction_was_given_it():
    text = ("Dundee constable dismissed over custody photographs\n\n"
            "Constable Rory Baillie was dismissed by Police Scotland after sharing photographs of prisoners.\n\n"
            "An inspector who knew of the photographs and did not report them was given a written warning at a "
            "misconduct meeting.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Rory Baillie", "dismissed"), (None, "written_warning")]


def test_an_officer_whose_actions_the_investigation_examined_takes_the_finding_of_the_next_sentence():
    text = ("Suffolk PC charged after IOPC investigation\n\n"
            "A Suffolk Constabulary officer has been charged with misconduct in public office.\n\n"
            "PC Owain Treharne, who was based in Haverhill, is alleged to have pursued a relationship with a "
            "victim of crime. He is due to appear at Ipswich Magistrates' Court next month.\n\n"
            "Our investigation also examined the actions of an inspector who reviewed the case. We found no case "
            "to answer, as there was no evidence she knew of the relationship.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Owain Treharne", "pending"), (None, "no_case_to_answer")]


def test_a_station_named_after_its_town_is_no_officer_and_a_place_before_a_name_is_not_part_of_it():
    text = ("Misconduct tracker: August\n\n"
            "- A PC based in Stockport was dismissed for failing to declare a business interest.\n"
            "- A British Transport Police officer based at Leeds Bramley, who resigned in May, would have been "
            "dismissed for stealing a lost phone, a hearing found.\n\n"
            "IOPC Director for London Gareth Pryce said: \"Every one of these outcomes was published in full, "
            "as it should be.\"")
    x = extract_text(text)
    assert [(c.officer, c.outcome) for c in x.cases] == [(None, "dismissed"), (None, "would_have_been_dismissed")]
    assert [q.speaker for q in x.quotes] == ["Gareth Pryce"]


def test_one_officer_sacked_and_another_cleared_are_told_apart_by_what_the_body_says():
    text = ("One officer sacked and another cleared after Ashford pursuit\n\n"
            "A Kent Police officer has been dismissed and a colleague cleared after a hearing into a pursuit.\n\n"
            "PC Neil Fordyce was driving the car that followed the moped through residential streets in May "
            "2025. The hearing found he had carried on after being told by the control room to stop, and then "
            "wrote in his statement that he had broken off when told to.\n\n"
            "His passenger, PC Amy Westlake, was accused of failing to challenge him. The panel found that "
            "allegation not proven.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Neil Fordyce", "dismissed"), ("Amy Westlake", "not_proven")]


def test_the_ledes_officer_called_by_a_code_later_is_not_the_supervisor_the_story_names():
    text = ("Undercover officer given final warning over Malvern crash\n\n"
            "A West Mercia Police officer who crashed an unmarked car while working undercover has been given a "
            "final written warning.\n\n"
            "The officer, referred to only as Officer R27, gave evidence from behind a screen. The panel found "
            "misconduct proven.\n\n"
            "Detective Sergeant Owen Castell, who was supervising the operation, was found to have no case to "
            "answer at an earlier stage.")
    assert [(c[0], c[2]) for c in cases(text)] == [(None, "final_written_warning"), ("Owen Castell", "no_case_to_answer")]


def test_a_number_after_officer_is_a_code_name():
    text = ("Anonymous detective given final warning over informant cash\n\n"
            "A Hampshire and Isle of Wight Constabulary detective who kept informant cash in a drawer has been "
            "given a final written warning.\n\n"
            "The detective constable, referred to throughout the hearing only as Officer 9, was based at "
            "Fareham. The panel found misconduct proven.\n\n"
            "A second officer, PC Dean Hollins, who shared the office, was found not to have committed "
            "misconduct.")
    assert [(c[0], c[2]) for c in cases(text)] == [(None, "final_written_warning"), ("Dean Hollins", "not_proven")]


def test_a_description_in_apposition_to_a_name_is_that_named_officer_not_the_one_in_focus():
    text = ("Detention officer given final written warning\n\n"
            "A detention officer has been given a final written warning over cell checks.\n\n"
            "Detention officer Maria Kowalczyk was found at a misconduct meeting to have recorded cell visits "
            "that did not take place. The meeting found that Ms Kowalczyk's actions amounted to misconduct.\n\n"
            "The custody sergeant on duty that night, Sergeant Paul Tranter, was found to have failed to check "
            "the visits. His case has been dealt with through the reflective practice review process.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Maria Kowalczyk", "final_written_warning"),
                                                   ("Paul Tranter", "reflective_practice")]


def test_an_officer_given_a_rank_and_an_age_is_the_storys_though_the_sentence_reports_what_he_told():
    text = ("Pitlochry constable dismissed after false account of crash\n\n"
            "A Pitlochry police officer who gave a false account of a crash to protect his cousin has been "
            "dismissed by Police Scotland.\n\n"
            "Constable Ruaridh Bain, 31, told colleagues investigating a collision on the A9 that he had seen "
            "the other driver pull out. A hearing found he had not been at the scene.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Ruaridh Bain", "dismissed")]


def test_he_said_after_words_that_name_an_officer_by_title_is_not_that_officer():
    text = ("Leek PC dismissed after drink-drive conviction\n\n"
            "PC Aaron Tilsley, 33, pleaded guilty to driving with excess alcohol. The case was heard at an "
            "accelerated hearing chaired by Chief Constable Martin Rudyard. PC Tilsley admitted gross misconduct.\n\n"
            "“Officers deal with the aftermath of drink-driving every week,” he said. “PC Tilsley has seen it "
            "too, and he still got behind the wheel of his car that night.”")
    assert [q.speaker for q in extract_text(text).quotes] == ["Martin Rudyard", "Martin Rudyard"]


def test_an_officer_who_told_someone_something_is_acting_and_an_accepted_recommendation_is_an_outcome():
    text = ("Ombudsman: Newry officer failed to record harassment report\n\n"
            "A police officer in Newry failed to record a woman's report of harassment, a Police Ombudsman "
            "investigation has found.\n\n"
            "Constable Declan Feeney told her the messages were a prank and did not create a record.\n\n"
            "The Ombudsman's investigators found that the constable had failed to follow PSNI policy. They "
            "recommended that he receive advice and guidance from a senior officer, and the PSNI has accepted "
            "the recommendation.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Declan Feeney", "management_advice")]


def test_an_officer_to_be_prosecuted_is_pending_and_management_discipline_is_management_advice():
    text = ("Constable to be prosecuted after Ombudsman investigation\n\n"
            "A PSNI constable is to be prosecuted for common assault after a Police Ombudsman investigation into "
            "an arrest in Banbridge.\n\n"
            "The Public Prosecution Service has decided that Constable Roisin Devlin should face charges.\n\n"
            "A second officer, who was present but did not report what had happened, has received management "
            "discipline from the PSNI.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Roisin Devlin", "pending"), (None, "management_advice")]


def test_a_weapon_that_had_been_fired_is_no_dismissal():
    text = ("Durham officer to face hearing over Taser use\n\n"
            "PC Liam Hetherington will face a gross misconduct hearing over the use of a Taser in Seaham.\n\n"
            "A second officer who attended will receive reflective practice for not switching on their "
            "body-worn camera until after the Taser had been fired.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Liam Hetherington", "pending"), (None, "reflective_practice")]


@pytest.mark.parametrize("text, force", [
    ("Sergeant demoted\n\nAn Amble sergeant was reduced to the rank of constable for falsifying overtime.",
     "Northumbria Police"),
    ("PC sacked\n\nA PC based in Stokesley was dismissed for misusing the police computer.", "North Yorkshire Police"),
    ("Officer dismissed\n\nA constable in Barnard Castle has been dismissed after a hearing.", "Durham Constabulary"),
    # a site a national force polices: its officer is that force's, not the county's
    ("Officer sacked at nuclear site\n\nA Civil Nuclear Constabulary officer based at Sellafield has been "
     "dismissed for sleeping on duty.", "Civil Nuclear Constabulary"),
])
def test_small_towns_resolve_to_their_force(text, force):
    assert [c[1] for c in cases(text)] == [force]


def test_an_officer_who_told_a_colleague_something_is_the_one_the_lede_sanctions_not_the_colleague():
    text = ("Barnsley PC given final warning over remark to colleague\n\n"
            "A South Yorkshire Police officer has been given a final written warning after a remark to a "
            "colleague.\n\n"
            "PC Dale Hepworth told PC Arjun Mistry that he would “fit right in at the takeaway” during a "
            "conversation about shifts, a misconduct hearing was told.\n\n"
            "PC Mistry told the panel: “I laughed it off at the time, but I thought about it all night.”")
    assert [(c[0], c[2]) for c in cases(text)] == [("Dale Hepworth", "final_written_warning")]


def test_a_job_title_with_of_before_the_name_names_the_speaker_after_a_quote():
    text = ("Constable fired after port thefts\n\n"
            "A Royal Bahamas Police Force constable has been fired after thefts at the cruise port.\n\n"
            "“Tourism is this country’s lifeblood and visitors are entitled to be safe,” Commissioner of Police "
            "Lionel Ferguson said.\n\n"
            "“Every report is a sworn account of the truth,” Executive Director of Safety Marisol Beckford said.")
    assert [q.speaker for q in extract_text(text).quotes] == ["Lionel Ferguson", "Marisol Beckford"]


def test_the_constable_who_was_with_him_is_the_colleague_not_the_officer_in_focus():
    text = ("Coleraine constable given final written warning\n\n"
            "A constable based at Coleraine has been given a final written warning.\n\n"
            "Constable Niall Devenney was found to have driven to a takeaway while he and a colleague were "
            "assigned to a burglary in progress.\n\n"
            "The constable who was with him that night has since resigned from the Police Service.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Niall Devenney", "final_written_warning"), (None, "resigned")]


def test_the_force_that_sanctioned_or_whose_panel_ruled_is_the_officers():
    text = ("North East misconduct: three outcomes\n\n"
            "Three forces in the North East published misconduct outcomes this week.\n\n"
            "A Thornaby PC was dismissed by Cleveland Police after sending messages to a witness.\n\n"
            "A Hebburn sergeant who retired in May would have been dismissed had he still been serving, a "
            "Northumbria Police panel ruled.\n\n"
            "And a PCSO was given a written warning by Durham Constabulary for missing patrols.")
    assert [(c[1], c[2]) for c in cases(text)] == [("Cleveland Police", "dismissed"),
                                                   ("Northumbria Police", "would_have_been_dismissed"),
                                                   ("Durham Constabulary", "written_warning")]


@pytest.mark.parametrize("text, force", [
    ("Round-up\n\nIn Settle, a PCSO was given a written warning for failing to pass on intelligence.",
     "North Yorkshire Police"),
    ("PC sacked\n\nA constable based at Street was dismissed after a hearing.", "Avon and Somerset Police"),
])
def test_a_place_named_like_a_word_is_a_place_after_a_preposition_of_place(text, force):
    assert [c[1] for c in cases(text)] == [force]


def test_a_place_named_like_a_word_is_no_place_without_one():
    from store.extract.forces import find_forces
    text = "He hoped to settle the matter. The Street Lane flats were searched and the Deal was signed."
    assert find_forces(text) == []


def test_a_named_officer_in_a_sentence_that_opens_on_a_place_has_its_force_and_keeps_other_items_apart():
    text = ("South West misconduct: the month in hearings\n\n"
            "Forces in the South West published nine misconduct outcomes in September.\n\n"
            "In Okehampton, PC Robin Trevena was dismissed for failing to declare a business interest.\n\n"
            "In Dorset, a PCSO in Swanage resigned while under investigation, and an officer in Ferndown was "
            "dismissed after being convicted of assault.")
    assert [(c[0], c[1], c[2]) for c in cases(text)] == [
        ("Robin Trevena", "Devon and Cornwall Police", "dismissed"), (None, "Dorset Police", "resigned"),
        (None, "Dorset Police", "dismissed")]


def test_a_digest_laid_out_field_by_field_gives_each_record_its_own_force_and_unnamed_officers():
    text = ("Hearings digest: May\n\n"
            "Officer: PC Tobias Wrenfield\nForce: Kent\nHearing: 2 May\nOutcome: Dismissed without notice.\n\n"
            "---\n\n"
            "Officer: Special constable (not named)\nForce: Essex\nOutcome: Final written warning.\n\n"
            "---\n\n"
            "Officer: DC Marisa Quennell\nForce: Thames Valley\nOutcome: Written warning.\n\n"
            "---\n\n"
            "Force: Norfolk\nOfficer: PCSO (name withheld)\nOutcome: Not proven.")
    assert [(c[0], c[1], c[2]) for c in cases(text)] == [
        ("Tobias Wrenfield", "Kent Police", "dismissed"), (None, "Essex Police", "final_written_warning"),
        ("Marisa Quennell", "Thames Valley Police", "written_warning"), (None, "Norfolk Constabulary", "not_proven")]


def test_a_surname_that_is_also_a_place_names_no_force():
    text = ("Officer dismissed\n\nPC Nadia Orme of Surrey Police was dismissed at a hearing chaired by "
            "Assistant Chief Constable Harold Feltwell, who has chaired more than 20 hearings.")
    x = extract_text(text)
    assert [(c.officer, c.force) for c in x.cases] == [("Nadia Orme", "Surrey Police")]
    assert all(f.force is None for f in x.figures)


def test_the_force_of_a_chair_not_named_is_not_the_officers():
    text = ("DEVON AND CORNWALL POLICE – MISCONDUCT OUTCOMES\n\n"
            "MISCONDUCT MEETING\n\n"
            "Panel: Chaired by a senior manager of Dorset Police\n\n"
            "Officer: Police Constable (name not published)\n\n"
            "Finding: Misconduct proven.\n\nOutcome: Final written warning.")
    assert [(c[0], c[1], c[2]) for c in cases(text)] == [(None, "Devon and Cornwall Police", "final_written_warning")]


def test_a_digest_line_gives_the_force_after_the_name_and_the_headline_phrase_is_that_officer():
    text = ("The week in conduct: a Rhyl PC sacked and a Surrey special dismissed\n\n"
            "Dismissed\n\n"
            "PC Elin Morgans, North Wales Police, Rhyl. Dismissed after a hearing found she kept seized cash.\n\n"
            "Special Constable Rosalind Tewkes, Surrey Police. Dismissed for using her warrant card to avoid "
            "parking charges in Woking.")
    assert [(c[0], c[1], c[2]) for c in cases(text)] == [
        ("Elin Morgans", "North Wales Police", "dismissed"), ("Rosalind Tewkes", "Surrey Police", "dismissed")]


def test_a_tally_of_hearings_or_dismissals_gives_no_officer_an_outcome():
    text = ("Weekly conduct round-up\n\n"
            "This week: 12 hearings reported by 10 forces, three of them ending in a finding that the officer "
            "would have been dismissed.\n\n"
            "* A Swindon constable was given a final written warning after he used a force vehicle on a private trip.\n\n"
            "* A Met PC will face a gross misconduct hearing on Monday over cash taken from a man he searched in "
            "Walthamstow. He is suspended.\n\n"
            "BY THE NUMBERS\n\n"
            "This week: 12 outcomes; 4 dismissals; 3 would have been dismissed; 2 final written warnings.\n\n"
            "Running total since 1 January: 171 outcomes, 58 dismissals, 19 findings that a former officer would "
            "have been dismissed.")
    assert [(c[1], c[2]) for c in cases(text)] == [("Wiltshire Police", "final_written_warning"),
                                                   ("Metropolitan Police Service", "pending")]


def test_an_officer_described_by_a_region_is_an_unnamed_officer():
    text = ("Round-up\n\n"
            "* A Leek PCSO resigned before a misconduct meeting. Staffordshire Police said nothing more would follow.\n\n"
            "* A West Country sergeant was given a written warning for failing to pass on a report of a "
            "missing child. His force asked us not to name it.\n\n"
            "* A Met PC will face a gross misconduct hearing over cash taken in a search.")
    assert [(c[1], c[2]) for c in cases(text)] == [("Staffordshire Police", "resigned"), (None, "written_warning"),
                                                   ("Metropolitan Police Service", "pending")]


_EASTERN = ("Eastern region round-up\n\n"
            "A Huntingdon PC was dismissed by Cambridgeshire Constabulary for lying about a crash.\n\n"
            "A Colchester sergeant was given a written warning by {second}.\n\n"
            "An Ely detective was given a final written warning for failing to record a burglary.")


@pytest.mark.parametrize("text, force", [
    # a name found in two force areas (Ely, Cambridgeshire; Ely, Cardiff), and the round-up names
    # one of those forces
    (_EASTERN.format(second="Essex Police"), "Cambridgeshire Constabulary"),
    ("Lincolnshire and Nottinghamshire outcomes\n\nIn Newark, a PC was dismissed by Nottinghamshire Police.\n\n"
     "A Grantham sergeant was given a written warning by Lincolnshire Police.\n\n"
     "A Stamford detective was given a final written warning.", "Lincolnshire Police"),
    # it names both: the place settles nothing
    (_EASTERN.format(second="South Wales Police"), None),
])
def test_a_place_found_in_several_force_areas_is_the_one_of_the_force_the_article_names(text, force):
    assert [c[1] for c in cases(text) if c[2] == "final_written_warning"] == [force]


def test_a_count_of_officers_from_several_forces_is_a_tally_not_a_group():
    text = ("East Midlands misconduct: the month\n\n"
            "Seven officers and staff from the region's five forces faced misconduct proceedings in May, and one "
            "case ended with a finding against a detective who retired last year.\n\n"
            "In Lincolnshire, retired Detective Inspector Colm Atherley would have been dismissed had he still "
            "been serving, a panel found.\n\n"
            "A Glossop PC received a final written warning from Derbyshire Constabulary.")
    assert [(c[0], c[1], c[2]) for c in cases(text)] == [
        ("Colm Atherley", "Lincolnshire Police", "would_have_been_dismissed"),
        (None, "Derbyshire Constabulary", "final_written_warning")]


def _speakers(text):
    return [(q.text, q.speaker) for q in extract_text(text).quotes]


def test_a_pronoun_right_before_the_verb_is_its_subject_not_the_panel_that_heard_it():
    text = ("Officer sacked over false log\n\nPC Ewan Thorley, 33, was dismissed by Cambridgeshire Constabulary. "
            "The panel heard he wrote that he had visited the house and \"found nobody at the address\", when GPS "
            "data showed otherwise.")
    assert _speakers(text) == [("found nobody at the address", "Ewan Thorley")]


def test_a_pronoun_after_a_woman_not_named_is_hers_and_after_the_speakers_own_verb_is_the_speakers():
    text = ("PC warned over comments\n\nThe hearing was chaired by ACC Harriet Gowland. PC Simon Ferrant, 38, "
            "was given a final written warning.\n\n"
            "He also sent one of the women late-night messages, which she said made her feel \"anxious about every "
            "single shift\" she worked.\n\n"
            "Sgt Anna Pryke spoke for him. The judge said she accepted he had been a committed officer but that it "
            "was \"precisely his job that made it so serious\".")
    assert _speakers(text) == [("anxious about every single shift", None),
                               ("precisely his job that made it so serious", None)]


def test_a_paragraph_that_is_only_a_quotation_after_one_about_a_speaker_is_that_speakers():
    text = ("Life after professional standards\n\n"
            "Moira Castleton spent nine years investigating her own colleagues. \"Nobody joins a force to "
            "police the police,\" she says.\n\n"
            "She remembers the cases that went wrong. Castleton was not involved in the worst of them, but she "
            "followed it closely.\n\n"
            "\"What struck me was that three people had noticed something odd long before anybody spoke up.\"\n\n"
            "A spokesperson for the force declined to comment.\n\n"
            "\"We do not discuss former staff and their views on past investigations.\"")
    assert _speakers(text) == [
        ("Nobody joins a force to police the police,", "Moira Castleton"),
        ("What struck me was that three people had noticed something odd long before anybody spoke up.",
         "Moira Castleton"),
        ("We do not discuss former staff and their views on past investigations.", None)]


@pytest.mark.parametrize("text", [
    "Police Scotland has confirmed that the officer will face misconduct proceedings. It said it would take no "
    "action against the second constable, who the PIRC found had acted appropriately.",
    "Police Scotland has confirmed that the first constable will face misconduct proceedings. The investigation "
    "found that the second constable's use of force was necessary, and recommended that no action should be "
    "taken against him.",
])
def test_no_action_against_a_second_officer_is_that_officers_case(text):
    text = ("PIRC reports on arrest in Oban\n\nThe PIRC recommended that Police Scotland consider misconduct "
            "proceedings against a constable who handcuffed an injured man.\n\n" + text)
    assert [(c[1], c[2]) for c in cases(text)] == [("Police Scotland", "pending"), ("Police Scotland", "no_action")]


@pytest.mark.parametrize("tail", ["her Police Federation representative, Carl Ridgewell, said after the ruling.",
                                  "her Federation rep Carl Ridgewell said after the ruling."])
def test_a_speaker_after_the_quote_behind_a_job_with_capitals_in_it(tail):
    text = ("Appeal won\n\nPC Jo Hollins won her appeal at the Police Appeals Tribunal.\n\n"
            "\"This is the right result, but it should never have taken a tribunal,\" " + tail)
    assert _speakers(text) == [("This is the right result, but it should never have taken a tribunal,", "Carl Ridgewell")]


@pytest.mark.parametrize("decision", [
    "The tribunal replaced the final written warning with a written warning.",
    "The tribunal substituted a written warning for the final written warning.",
])
def test_the_sanction_that_replaced_another_on_appeal_is_the_outcome(decision):
    text = ("Appeal won\n\nPC Becky Hollins of Surrey Police, who was given a final written warning last year for "
            "failing to check on a man in a cell, won her appeal. " + decision)
    assert cases(text) == [("Becky Hollins", "Surrey Police", "written_warning")]


def test_a_force_named_only_as_a_bystander_does_not_stop_the_headlines_force_being_the_officers():
    text = ("Surrey officers disciplined over response to missing Woking teenager\n\n"
            "Key points\n\n"
            "A 14-year-old boy was reported missing from Woking in May and found three days later in Southampton.\n\n"
            "Two Surrey officers received written warnings after misconduct meetings.\n\n"
            "We identified learning about how missing children at risk are graded.\n\n"
            "Our findings\n\n"
            "The boy's mother reported him missing that evening. The report was graded as medium risk.\n\n"
            "Our investigation found that a detective sergeant who reviewed the case the next morning did not raise "
            "the risk level. A police constable who was given the task of checking a phone number did not do so for "
            "two days.\n\n"
            "The boy was found in Southampton by Hampshire and Isle of Wight Constabulary officers carrying out an "
            "unrelated check on a flat.\n\n"
            "Outcomes\n\n"
            "Surrey Police held misconduct meetings in March. The detective sergeant received a written warning. "
            "The constable, who was found to have made an inaccurate record, received a final written warning.\n\n"
            "We found no case to answer for an inspector who oversaw the investigation on the first night.")
    assert [(c[1], c[2]) for c in cases(text)] == [("Surrey Police", "written_warning"),
                                                   ("Surrey Police", "final_written_warning"),
                                                   ("Surrey Police", "no_case_to_answer")]


@pytest.mark.parametrize("text", [
    # a chief constable's farewell: the officers removed are a clause's own subject, not his
    "Cumbria chief constable retires after six years\n\nCumbria Constabulary's chief constable, Rowan Ellery, has "
    "retired after six years in charge and 32 years of service.\n\nDuring his time in charge the force held more "
    "than 120 misconduct hearings and dismissed 58 officers. In 2024 he ordered a review of every vetting decision, "
    "after which nine officers were removed from frontline duties.",
    # a sergeant's retirement after 30 years is a career's end
    "Knighton's sergeant retires\n\nSergeant Idris Penhallow has retired from Dyfed-Powys Police after 30 years, "
    "almost all of them in Knighton. He joined in 1996 and spent four years in professional standards, where he "
    "presented cases at misconduct hearings.",
    # a man who posed as a detective was never an officer
    "Man who posed as detective jailed\n\nDerwent Yeo, 46, told residents he was \"DS Yeo from CID\".\n\nDerby "
    "Crown Court heard that Yeo had never served as a police officer. He applied to join Derbyshire Constabulary "
    "in 2011 but was not accepted.\n\nHe pleaded guilty to impersonating a police officer.\n\nHis barrister asked "
    "for a suspended sentence, saying Yeo had wanted to help his community.\n\nHe was jailed for 14 months.",
    # a headteacher's deputy is no police deputy
    "Headteacher dismissed\n\nThe headteacher of a Radcliffe school has been dismissed for gross misconduct. Her "
    "deputy was given a final written warning for failing to report the changes. Greater Manchester Police said it "
    "was not a criminal matter.",
    # a force's annual report counts its outcomes
    "Gwent Police annual report: complaints down\n\nThe number of misconduct hearings rose from 11 to 19. Seven "
    "officers were dismissed and a further two would have been dismissed had they not left the force. Three "
    "officers were suspended at the end of the year while investigations continued.",
])
def test_articles_about_no_misconduct_of_these_kinds_give_no_case(text):
    assert cases(text) == []


def test_an_officer_who_served_elsewhere_before_moving_is_of_the_force_moved_to():
    text = ("Sandwich PC dismissed\n\nPC Rory Albrecht, who served for six years in Essex before moving to Kent "
            "Police in 2021, was dismissed for gross misconduct at a hearing in Maidstone.")
    assert cases(text) == [("Rory Albrecht", "Kent Police", "dismissed")]


def test_an_allegation_that_was_dismissed_leaves_the_officer_undismissed():
    text = ("Taser officer warned\n\nA Thames Valley Police officer who fired a Taser at a man in Thame has been "
            "given a final written warning.\n\nThe officer, who cannot be named and was referred to as Officer K4, "
            "fired the Taser at the man's back.\n\n"
            "An allegation that Sergeant Tobias Wrenhall, the supervisor on duty, had failed to review the use of "
            "force was dismissed at the start of the week after the panel ruled that there was no case to answer.")
    assert cases(text) == [(None, "Thames Valley Police", "final_written_warning"),
                           ("Tobias Wrenhall", "Thames Valley Police", "no_case_to_answer")]


def test_the_ledes_sanction_is_the_named_officers_after_gross_misconduct_not_proven_but_misconduct_found():
    text = ("Transport police officer given final warning\n\n"
            "A British Transport Police officer who told a harassed passenger to sit somewhere else has been given a "
            "final written warning.\n\n"
            "PC Dorian Kettleby was called to Runcorn station after a woman reported that a man had touched her.\n\n"
            "A misconduct hearing in Manchester heard that he spoke to the man for less than two minutes. The woman, "
            "Nadia Farouk, was left on the platform.\n\n"
            "A Merseyside Police officer who happened to be at the station helped Ms Farouk make a formal complaint "
            "the following day.\n\n"
            "Giving evidence, PC Kettleby said he had been alone and had made a poor judgement.\n\n"
            "The panel, chaired by legally qualified chair Marian Oddie, found the allegation of gross misconduct "
            "not proven but found that PC Kettleby's failure to take a report amounted to misconduct.")
    assert cases(text) == [("Dorian Kettleby", "British Transport Police", "final_written_warning")]


def test_the_detective_inspector_is_not_the_detective_sergeant_met_before():
    text = ("Detective would have been dismissed\n\nA Gwent Police detective constable who failed to send evidence "
            "for testing would have been dismissed had she not resigned, a panel found.\n\n"
            "The DC's supervisor at the time, Detective Sergeant Emrys Tallon, told the panel he had asked about "
            "the submission twice.\n\n"
            "The panel heard that the detective inspector responsible for the unit had been referred to reflective "
            "practice over the way case reviews were carried out.")
    assert [(c[0], c[2]) for c in cases(text)] == [(None, "would_have_been_dismissed"), (None, "reflective_practice")]


def test_the_control_room_inspector_is_an_officer_of_their_own():
    text = ("Pursuit officers disciplined\n\nPC Callan Brierley of Lancashire Constabulary was given a written "
            "warning over a pursuit through Chorley.\n\n"
            "We also investigated the control room inspector who was supervising the pursuit. We found that he had "
            "given a clear instruction to stop and that he had no case to answer.")
    assert cases(text) == [("Callan Brierley", "Lancashire Constabulary", "written_warning"),
                           (None, "Lancashire Constabulary", "no_case_to_answer")]


def test_an_officer_on_a_place_is_of_the_force_that_polices_it():
    text = ("Officers who kept their jobs\n\nIn Widnes, a Cheshire Constabulary PC who pushed his partner was given "
            "a final written warning in 2024.\n\n"
            "A sergeant on Teesside, accused by his former wife of controlling behaviour, was found to have no case "
            "to answer.")
    assert [(c[1], c[2]) for c in cases(text)] == [("Cheshire Constabulary", "final_written_warning"),
                                                   ("Cleveland Police", "no_case_to_answer")]


def test_the_colleague_is_the_colleague_met_before():
    text = ("Bexley PC sacked over racist messages\n\nPC Ross Delamere of the Metropolitan Police attended the house "
            "and later sent three messages to a colleague mocking the family.\n\n"
            "A misconduct hearing found the allegations proven. PC Delamere was dismissed without notice.\n\n"
            "The colleague who received the messages but did not report them was given a written warning at a "
            "separate misconduct meeting.")
    assert cases(text) == [("Ross Delamere", "Metropolitan Police Service", "dismissed"),
                           (None, "Metropolitan Police Service", "written_warning")]


@pytest.mark.parametrize("text, force", [
    ("Bergen officer sacked\n\nThe Vest Police District said on Friday that Constable Tor Vikdal had been dismissed "
     "after he shared images from a crash scene.", "Vest Police District"),
    ("Mombasa constable sacked\n\nThe National Police Service said Constable Otieno Wafula had been dismissed from "
     "the service after an inquiry into missing exhibits.", "National Police Service"),
])
def test_a_force_abroad_called_a_police_district_or_the_national_police_service(text, force):
    assert [c[1] for c in cases(text)] == [force]


def test_held_from_duty_until_the_case_is_decided_is_pending():
    text = ("Two officers face action over cell death\n\nKISUMU, Kenya — Sergeant Joseph Omondi has been interdicted "
            "while the case is heard.\n\nThe station's commander, Chief Inspector Mercy Atieno, was moved to "
            "headquarters pending disciplinary proceedings over the station's records.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Joseph Omondi", "pending"), ("Mercy Atieno", "pending")]


def test_the_aged_person_after_the_lede_is_its_officer_when_the_officer_named_later_left_on_their_own():
    text = ("Trondheim officer dismissed over cell assault\n\n"
            "A Trondheim police officer who struck a detained man in a cell has been dismissed, the Trøndelag Police "
            "District said on Monday.\n\n"
            "Eirik Solbakk, 29, was fined by the bureau that investigates the police, which found that he had used "
            "excessive force.\n\n"
            "Footage from the cell camera, shown to the bureau, shows the man sitting on a bench with his hands "
            "behind his back when the officer strikes him twice.\n\n"
            "A second officer, Hanne Rydland, who watched the assault and did not report it, resigned in March before "
            "the police district had finished its case against her.")
    assert cases(text) == [("Eirik Solbakk", "Trøndelag Police District", "dismissed"),
                           ("Hanne Rydland", "Trøndelag Police District", "resigned")]


def test_a_lance_corporal_abroad_is_an_officer_and_a_soldier_is_not():
    ghana = ("Tema officer dismissed\n\nLance Corporal Kojo Mensah-Bonsu was dismissed from the Ghana Police Service "
             "after a service enquiry found he had taken bribes at a checkpoint.")
    army = ("Soldier dismissed\n\nLance Corporal Rory Tillotson, 24, of the Royal Corps of Signals, was dismissed from "
            "the Army by a court martial at Catterick after an assault.")
    assert cases(ghana) == [("Kojo Mensah-Bonsu", "Ghana Police Service", "dismissed")]
    assert cases(army) == []


def test_a_metropolitan_police_department_abroad_is_not_the_met():
    text = ("Officer fired\n\nA Reno Metropolitan Police Department officer has been fired after an internal "
            "investigation.\n\nOfficer Dale Whitcombe was fired on Tuesday, the department said.")
    assert cases(text) == [("Dale Whitcombe", "Reno Metropolitan Police Department", "dismissed")]


def test_an_officer_who_resigned_is_a_case_when_the_next_sentence_tells_of_proceedings_against_him():
    text = ("Detective demoted over missed bail\n\nDetective Sergeant Alun Ferriday was reduced in rank at a hearing "
            "held by Dyfed-Powys Police.\n\n"
            "A second officer, Detective Constable Gethin Sayce, who was the victim's officer, resigned in June. The "
            "force said proceedings against him had been discontinued.")
    assert cases(text) == [("Alun Ferriday", "Dyfed-Powys Police", "reduction_in_rank"),
                           ("Gethin Sayce", "Dyfed-Powys Police", "resigned")]


def test_someone_sanctioned_by_a_council_is_no_police_case():
    text = ("Bailiff loses tribunal claim\n\nA civil enforcement officer has lost his claim for unfair dismissal.\n\n"
            "Gareth Pilbeam, 51, was dismissed by Fylde Council for gross misconduct in 2025. Detective Constable Ffion "
            "Treharne of Lancashire Constabulary told the tribunal that Mr Pilbeam had been interviewed under caution.")
    assert cases(text) == []


def test_officers_counted_over_a_year_are_statistics():
    text = ("Force expands its vetting team\n\nThe force said it dismissed seven officers after gross misconduct "
            "hearings in 2024-25, and that Lincolnshire Police would recheck every officer with upheld complaints.")
    assert cases(text) == []


def test_an_officer_the_investigation_looked_at_is_a_case_of_their_own():
    text = ("Officer charged\n\nPC Tobias Wenlock of Gwent Police has been charged with misconduct in public office. "
            "He is due to appear at Newport Magistrates' Court on 3 May.\n\n"
            "Our investigation also looked at whether a custody sergeant who booked the man in should have called an "
            "ambulance. We found she had no case to answer.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Tobias Wenlock", "pending"), (None, "no_case_to_answer")]


def test_a_negation_inside_a_clause_does_not_reach_the_verb_after_it():
    text = ("Highland round-up\n\nIn Dingwall, a constable under investigation for claiming mileage for journeys he "
            "did not make resigned before the inquiry concluded, Police Scotland said.")
    assert [(c[1], c[2]) for c in cases(text)] == [("Police Scotland", "resigned")]


@pytest.mark.parametrize("owner", ["Person B’s", "Mr Oddie’s"])
def test_the_speaker_in_apposition_after_a_possessive_is_not_its_possessor(owner):
    text = ("Officers to face hearing\n\nIOPC Director Tamsin Orrell said: “The officers had every chance to call an "
            "ambulance and did not.”\n\n"
            f"“They drove my son home and left him on the doorstep,” {owner} mother, Bernadette Quarmby, said.")
    assert [s for _, s in _speakers(text)] == ["Tamsin Orrell", "Bernadette Quarmby"]


def test_words_quoted_after_telling_are_the_tellers():
    text = ("PC dismissed over messages\n\nPC Lorcan Abernethy was tasked with finding a missing teenager.\n\n"
            "Over two nights he sent her 23 messages, telling her she was \"far too clever to be sleeping rough\".")
    assert _speakers(text) == [("far too clever to be sleeping rough", "Lorcan Abernethy")]


def test_the_subject_of_a_that_clause_says_the_words_it_reports():
    text = ("Councillor cleared\n\nCouncillor Bernard Elsworth was accused by a neighbour, Yvonne Prickett, of "
            "shouting at her.\n\nMrs Prickett complained that he had leaned over the table and told her she "
            "\"had no business being at a planning meeting\".")
    assert _speakers(text) == [("had no business being at a planning meeting", "Bernard Elsworth")]


def test_a_police_dog_handler_is_an_officer():
    text = ("Dog handler to face hearing\n\nA Dyfed-Powys Police dog handler is to face misconduct proceedings after a "
            "man was bitten in Llanelli.")
    found = extract_text(text).cases
    assert [(c.force, c.outcome, c.role) for c in found] == [("Dyfed-Powys Police", "pending", "officer")]


def test_a_crime_scene_investigator_is_police_staff_and_a_witness_at_a_trial_is_no_case():
    sacked = ("CSI sacked\n\nA police crime scene investigator who took cash from homes she was examining has been "
              "dismissed.\n\nBeatrix Oldcorn, a member of police staff employed by Essex Police, took items from "
              "four homes in Clacton.")
    trial = ("Burglar's trial hears of rooftop chase\n\nPC Anwen Prothero told Swindon Crown Court how she chased a "
             "man across the roofs of a row of shops.\n\nJudge Colm Ardagh dismissed an application by the defence to "
             "exclude evidence of a crowbar.\n\nA Wiltshire Police crime scene investigator told the jury that glove "
             "marks on a window matched gloves found on the defendant when he was arrested.\n\nThe trial continues.")
    found = extract_text(sacked).cases
    assert [(c.officer, c.force, c.outcome, c.role) for c in found] == [
        ("Beatrix Oldcorn", "Essex Police", "dismissed", "staff")]
    assert cases(trial) == []
    assert cases(trial.replace("crime scene investigator", "detective constable")) == []


def test_one_of_a_group_of_staff_named_and_then_sharing_a_plural_verb_with_a_colleague():
    text = ("Custody staff warned\n\nPC Ewan Saltmarsh of Cumbria Police was dismissed after a detainee was left "
            "injured in a cell.\n\nTwo detention officers were also found to have failed to check on the man. One of "
            "them, Moira Tattersall, told the panel she had been told he was asleep. Both she and her colleague, who "
            "was not named, were given written warnings.")
    assert [(c[0], c[2]) for c in cases(text)][:2] == [("Ewan Saltmarsh", "dismissed"),
                                                       ("Moira Tattersall", "written_warning")]


def test_the_usual_outcome_of_a_rule_is_nobodys():
    text = ("PC charged\n\nPC Ivo Tregunna of Devon and Cornwall Police has been charged with misconduct in public "
            "office and is due to appear in court next month.\n\n"
            "A sergeant who supervised him has been placed on restricted duties.\n\n"
            "An officer convicted of such an offence can face an accelerated hearing, at which the usual outcome is "
            "dismissal.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Ivo Tregunna", "pending"), (None, "pending")]


def test_a_modal_after_retired_before_the_hearing_is_the_hearings():
    text = ("Conduct round-up\n\nA Galashiels inspector who was due to face a misconduct hearing over a missed report "
            "retired before the hearing could be held, Police Scotland said.")
    assert [(c[1], c[2]) for c in cases(text)] == [("Police Scotland", "retired")]


def test_what_an_officer_was_facing_when_they_retired_is_no_doubt_on_the_retirement():
    text = ("Monthly round-up\n\nIn Ballymena, a sergeant facing allegations of bullying retired before a hearing "
            "could be held, the PSNI said.")
    assert [(c[1], c[2]) for c in cases(text)] == [("Police Service of Northern Ireland", "retired")]


def test_the_panels_words_are_its_named_chairs():
    text = ("Sergeant demoted\n\nSergeant Colm Treacy of Suffolk Constabulary was reduced in rank to constable at a "
            "hearing chaired by Imelda Vosper.\n\nIn its written decision the panel said: \"A supervisor who signs off "
            "a search without asking a single question is not supervising anyone.\"\n\n"
            "The panel accepted that he had been under pressure. \"That pressure was real\"")
    assert _speakers(text)[0] == ("A supervisor who signs off a search without asking a single question is not "
                                  "supervising anyone.", "Imelda Vosper")


def test_the_officer_told_something_after_a_fronted_date_is_not_what_the_notice_is_about():
    text = ("NOTICE OF OUTCOME\n\nOfficer concerned: Detective Sergeant Ruth Ankersmit\nForce: Norfolk Constabulary\n"
            "Chair: Mr Lionel Okafor-Pryce\n\nALLEGATIONS\n\n1. DS Ankersmit failed to review 19 crime reports.\n\n"
            "2. On 3 May 2023, DS Ankersmit told her line manager, Detective Inspector Fergal Quenby, that the reports "
            "had been reviewed.\n\nFINDINGS\n\nAllegation 1: Proven. The panel found that the breach amounted to "
            "misconduct.\n\nAllegation 2: Not proven.\n\nOUTCOME\n\nFinal written warning.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Ruth Ankersmit", "final_written_warning")]


def test_a_tribunals_words_after_the_quotation_are_its_chairs_but_not_a_fragment_inside_a_sentence():
    text = ("PC reinstated\n\nPC Dorian Keble of Staffordshire Police appealed to a tribunal chaired by Marisol "
            "Trenchard, which replaced his dismissal with a written warning.\n\n"
            "Of the inspector, who had told him to \"sort it out quietly\", the tribunal said nothing.\n\n"
            "\"The original panel treated every use of force off duty as the gravest kind of misconduct,\" the "
            "tribunal said.")
    assert _speakers(text) == [("sort it out quietly", None),
                               ("The original panel treated every use of force off duty as the gravest kind of "
                                "misconduct,", "Marisol Trenchard")]


def test_a_second_fragment_of_a_sentence_is_said_by_whoever_said_its_first():
    text = ("Sergeant demoted\n\nSergeant Crispin Waddell, 44, of Lincolnshire Police, was found to have called a "
            "probationer ‘hopeless’ over the radio, made one rewrite a statement nine times and told another in the "
            "custody suite that she was ‘the slowest recruit I’ve ever had to carry’.")
    assert _speakers(text) == [("hopeless", "Crispin Waddell"),
                               ("the slowest recruit I’ve ever had to carry", "Crispin Waddell")]


def test_the_name_right_before_the_verb_is_its_subject_whoever_the_opening_phrase_names():
    text = ("Hearing day two\n\nPC Tobin Aldersey denies gross misconduct.\n\n"
            "Asked by Verity Hallam, representing PC Aldersey, whether he had lost his temper before, PC Maeve "
            "Corrigan said: \"Never once in the three years I have worked alongside him.\"")
    assert _speakers(text)[0][1] == "Maeve Corrigan"


def test_an_officer_also_investigated_completes_the_headlines_group():
    text = ("Three Spalding officers face misconduct outcomes after prisoner left in van\n\n"
            "A sergeant and a constable from Spalding have been disciplined after a prisoner was left in a van.\n\n"
            "Sergeant Neville Oakshott was given a final written warning. PC Rania Kovalenko was given a written "
            "warning.\n\nA PCSO who was in the yard at the time was also investigated. It was found that there was no "
            "case to answer.\n\nLincolnshire Police said lessons had been learned.")
    assert [(c[0], c[2]) for c in cases(text)] == [("Neville Oakshott", "final_written_warning"),
                                                   ("Rania Kovalenko", "written_warning"), (None, "no_case_to_answer")]


def test_a_review_of_a_drama_set_in_an_invented_force_has_no_case():
    text = ("Book review: The Long Corridor\n\n"
            "In this debut novel, DS Hattie Brennagh is sacked by the fictional Marsh Vale Constabulary after she "
            "leaks a witness's name, and her inspector is given a final written warning for covering for her.\n\n"
            "The author, Ruaridh Penwithick, served twelve years with Merseyside Police before he retired.")
    assert cases(text) == []


def test_a_real_case_is_not_fiction_because_a_drama_is_mentioned():
    text = ("Officer sacked\n\nPC Hattie Brennagh of Merseyside Police was dismissed without notice for leaking a "
            "witness's name. She had told colleagues she was writing a crime drama.")
    assert cases(text) == [("Hattie Brennagh", "Merseyside Police", "dismissed")]


@pytest.mark.parametrize("lead", [
    "District Judge Orla Fennimore dismissed the appeal. ",
    "Recorder Orla Fennimore jailed him for eight months: ",
])
def test_a_judges_ruling_leads_into_the_words_she_gave_it_in(lead):
    text = ("Former PC jailed\n\nFormer PC Declan Ashworth, of Cheshire Constabulary, took cash from a seized "
            "wallet.\n\n" + lead + "“You were trusted with other people's property and you helped yourself to it.”")
    assert _speakers(text)[0][1] == "Orla Fennimore"


def test_an_officer_who_dismissed_a_complaint_has_not_said_the_next_words():
    text = ("Complaint\n\nInspector Declan Ashworth dismissed the complaint. “Nobody from the force ever came back to "
            "us about what happened that night.”")
    assert _speakers(text)[0][1] is None


def test_an_arbitrator_who_reduces_an_officers_discipline_is_not_a_hearing_officer_naming_him():
    text = ("Arbitrator cuts penalty\n\nPORTLAND — The arbitrator reduced Officer Brandt Kowalczyk's discipline to a "
            "20-day suspension without pay, the Portland Police Bureau said on Friday.")
    assert cases(text) == [("Brandt Kowalczyk", "Portland Police Bureau", "suspended")]


def test_american_copys_firing_and_termination_are_a_dismissal():
    text = ("Sergeant's firing upheld\n\nThe incident led to the firing of Sergeant Lorna Vickery of the Tacoma Police "
            "Department, who left out the use of force in her report. A civil service board upheld that termination.")
    assert cases(text) == [("Lorna Vickery", "Tacoma Police Department", "dismissed")]


@pytest.mark.parametrize("sentence", [
    "The firing of a Taser by PC Lorna Vickery was reviewed.",
    "The termination of the contract with the force's van supplier was announced.",
])
def test_the_firing_of_a_weapon_and_the_termination_of_a_contract_are_no_sacking(sentence):
    assert [o.outcome for o in find_outcomes(sentence)] == []


def test_a_count_per_day_is_a_rate_not_an_officer():
    text = ("One PC a week sacked as lying cases climb\n\n"
            "Forces dismissed 104 officers for dishonesty last year, an analysis by this newspaper found.")
    assert cases(text) == []


def test_an_officer_brought_in_by_among_its_cases_was_is_a_new_case():
    text = ("Dismissals rise\n\nFormer Sergeant Alun Pritchard, of Gwent Police, was dismissed in May for lying about "
            "a crash.\n\nPolice Scotland reported 19 dismissals. Among its cases was a Wick sergeant reduced to the "
            "rank of constable for bullying a probationer.")
    assert cases(text) == [("Alun Pritchard", "Gwent Police", "dismissed"),
                           (None, "Police Scotland", "reduction_in_rank")]


def test_a_modal_whose_verb_is_left_out_does_not_doubt_the_sentences_outcome():
    text = ("Two PCs who did not search a prisoner as thoroughly as they should have were given written warnings.")
    got = find_outcomes(text)
    assert [(o.outcome, o.hypothetical) for o in got] == [("written_warning", False)]


def test_a_modal_in_a_closed_clause_before_the_outcome_is_that_clauses():
    text = ("A Buxton inspector who resigned in March, before the panel could sit, would have been dismissed for "
            "lying on a mortgage form.")
    got = [(o.outcome, o.hypothetical) for o in find_outcomes(text)]
    assert ("would_have_been_dismissed", False) in got


def test_a_count_set_against_an_earlier_count_is_a_statistic():
    text = ("Force publishes quarter's hearings\n\nNorfolk Constabulary held nine hearings between April and June. "
            "Six officers were dismissed, up from two in the previous quarter.\n\n"
            "PC Gideon Larkworthy was given a final written warning for lying to a supervisor.")
    assert cases(text) == [("Gideon Larkworthy", "Norfolk Constabulary", "final_written_warning")]


def test_a_negation_in_the_subjects_clause_leaves_the_received_outcome_standing():
    text = "A custody sergeant who heard the shouting but did not step in received a written warning."
    assert [(o.outcome, o.negated) for o in find_outcomes(text)] == [("written_warning", False)]


def test_the_one_a_misconduct_meeting_found_against_takes_the_next_outcome_line():
    text = ("Hearing outcomes\n\nPC Orrin Castellane – Banbury\n\nOutcome: Dismissed without notice.\n\n"
            "Police staff call handler – Bicester (name withheld)\n\nA misconduct meeting found that a police staff "
            "call handler had not passed on a report of a missing child for two hours.\n\nOutcome: Written warning.\n\n"
            "Thames Valley Police publishes the outcomes of its hearings every month.")
    assert cases(text) == [("Orrin Castellane", "Thames Valley Police", "dismissed"),
                           (None, "Thames Valley Police", "written_warning")]


def test_an_investigation_that_identified_no_misconduct_is_no_case_to_answer():
    text = ("Ombudsman report\n\nConstable Ciaran Dunleavy was given a written warning by the Police Service of "
            "Northern Ireland for failing to log a report. An inspector on duty that night was found not to have been "
            "told about the report, and no misconduct was identified on his part.")
    assert cases(text) == [("Ciaran Dunleavy", "Police Service of Northern Ireland", "written_warning"),
                           (None, "Police Service of Northern Ireland", "no_case_to_answer")]


def test_the_arresting_constable_is_met_again_by_the_same_description():
    text = ("PIRC finds arrest unlawful\n\nThe PIRC found that the arresting constable had not checked whether the "
            "woman had committed any offence in Oban.\n\nPolice Scotland has confirmed that the arresting constable "
            "has been given improvement action.")
    assert cases(text) == [(None, "Police Scotland", "management_advice")]


def test_unnamed_officers_given_no_outcome_are_bystanders_not_cases():
    text = ("Constable sacked after bar fight\n\nPC Ewan Talgarth, 31, of Essex Police was dismissed without notice on "
            "Friday after he punched a man outside a bar in Chelmsford.\n\nTwo Essex Police officers arrested him at "
            "the scene. A Hertfordshire Constabulary officer who was off duty nearby was not investigated.")
    assert cases(text) == [("Ewan Talgarth", "Essex Police", "dismissed")]


def test_an_age_then_a_town_is_where_the_officer_lives_not_their_force():
    text = ("Constable dismissed\n\nPC Rowan Fettiplace, 29, of Uckfield, was dismissed without notice at a hearing "
            "on Monday.\n\nThe hearing was told he had shown his warrant card to get into a nightclub. Kent Police "
            "said it expected the highest standards.")
    assert cases(text) == [("Rowan Fettiplace", "Kent Police", "dismissed")]


def test_a_decision_put_in_reported_speech_with_would_is_the_outcome():
    text = ("IOPC release\n\nOfficer B, a sergeant with Cleveland Police, closed the log without checking on the woman. "
            "We found Officer B had a case to answer for misconduct; the force agreed that the matter would be dealt "
            "with through reflective practice.")
    assert cases(text) == [(None, "Cleveland Police", "reflective_practice")]
    assert find_outcomes("The chair agreed he would be dismissed if he did it again.")[0].hypothetical


def test_a_pronoun_after_a_first_clause_with_no_one_in_it_is_the_officer():
    text = ("Officer disciplined\n\nA Police Service of Northern Ireland constable did not record three reports of "
            "harassment.\n\nThe Ombudsman recommended that the constable should face a misconduct meeting. The PSNI "
            "accepted the recommendation, and he has since been given a written warning.")
    assert cases(text) == [(None, "Police Service of Northern Ireland", "written_warning")]


def test_a_count_in_brackets_after_an_outcome_is_a_summary_not_a_case():
    text = ("Officer to face hearing\n\nWe found that PC Imogen Treharne has a case to answer for gross misconduct. "
            "Dyfed-Powys Police will hold a hearing. A sergeant will undergo reflective practice.\n\nKey facts\n\n"
            "Outcome: case to answer for gross misconduct (one officer); reflective practice (one officer)")
    assert cases(text) == [("Imogen Treharne", "Dyfed-Powys Police", "pending"),
                           (None, "Dyfed-Powys Police", "reflective_practice")]


def test_codes_a_story_declares_are_officers_wherever_they_stand():
    text = ("Armed officers disciplined\n\nThree Essex Police firearms officers, referred to at the hearing as F1 to F3, "
            "searched the wrong flat in Harlow.\n\nF1, the sergeant who led the team, was dismissed without notice. "
            "F2 received a written warning. An allegation against F3 was found not proven.")
    assert sorted(cases(text), key=str) == sorted([(None, "Essex Police", "dismissed"),
                                                   (None, "Essex Police", "written_warning"),
                                                   (None, "Essex Police", "not_proven")], key=str)


def test_a_person_past_any_age_of_serving_is_not_the_ledes_officer():
    text = ("IOPC release\n\nA Suffolk Constabulary call handler will face a gross misconduct hearing after closing a "
            "999 call from a woman who had fallen at home.\n\nEdith Quarmby, 84, called 999 twice that evening. She "
            "was found by a neighbour two days later.")
    assert cases(text) == [(None, "Suffolk Constabulary", "pending")]


@pytest.mark.parametrize("who", ["a control room inspector", "a road policing sergeant"])
def test_a_two_word_unit_before_a_rank_is_part_of_the_officers_description(who):
    text = f"IOPC release\n\nWe found no case to answer for {who} of Suffolk Constabulary."
    assert cases(text) == [(None, "Suffolk Constabulary", "no_case_to_answer")]


@pytest.mark.parametrize("who", ["Their sergeant", "The team's sergeant"])
def test_the_sergeant_of_a_group_told_before_is_an_officer_of_their_own(who):
    text = ("Constables warned\n\nThree Cheshire Constabulary constables have been given a final written warning over "
            f"a video shared in a group chat.\n\n{who}, who was accused of failing to challenge the chat, was found "
            "to have no case to answer.")
    assert cases(text) == [(None, "Cheshire Constabulary", "final_written_warning"),
                           (None, "Cheshire Constabulary", "no_case_to_answer")]


def test_a_novels_plot_told_in_the_present_is_no_case():
    text = ("Book review: The Last Shift\n\nThis debut novel follows a detective in Kent Police who is sacked in the "
            "first chapter. The novel is best on the small detail of station life, and the book's pace never drops.\n\n"
            "She is helped by a young PC, Arlo Penhallow, who is handed a final written warning for helping her.")
    assert cases(text) == []


def test_an_officer_not_accused_of_any_wrongdoing_is_a_witness():
    text = ("PC keeps her job\n\nPC Marnie Ollerton, 27, of Surrey Police was given a final written warning for "
            "sharing photographs from a crash scene.\n\nHer crewmate, PC Idris Carbery, gave evidence that he had told "
            "her to delete them. He was not accused of any wrongdoing.")
    assert cases(text) == [("Marnie Ollerton", "Surrey Police", "final_written_warning")]


def test_booted_out_of_a_force_names_the_officers_force():
    text = ("A year of misconduct in Wales\n\nDyfed-Powys Police held nine hearings and Gwent Police twelve.\n\n"
            "The most serious case was that of PC Emlyn Carrow, 29, who was booted out of North Wales Police in "
            "September for misusing a police computer.")
    assert cases(text) == [("Emlyn Carrow", "North Wales Police", "dismissed")]


def test_the_force_of_a_meetings_chair_is_not_the_unnamed_officers():
    text = ("Officer dismissed\n\nPC Toby Quennell of Hertfordshire Constabulary was dismissed for punching a "
            "handcuffed man.\n\nA sergeant who failed to report it had a case to answer; at a misconduct meeting "
            "chaired by a superintendent from Bedfordshire Police she was given a written warning.")
    assert cases(text) == [("Toby Quennell", "Hertfordshire Constabulary", "dismissed"),
                           (None, "Hertfordshire Constabulary", "written_warning")]


def test_cases_where_the_officer_resigned_are_counted_not_one_officers():
    assert find_outcomes("9 cases where the officer resigned before a hearing")[0].hypothetical


def test_a_forces_running_count_this_year_is_a_statistic():
    text = ("Misconduct round-up\n\nLeicestershire Police has dismissed nine officers this year.\n\n"
            "A Wigston PC was fired after a hearing found he had pocketed cash found at a sudden death.")
    assert cases(text) == [(None, "Leicestershire Police", "dismissed")]


def test_a_modal_inside_a_quotation_before_the_outcome_is_not_its_doubt():
    found = find_outcomes('Officer B, a sergeant who had told him to "get there as quick as you can", received a '
                          'written warning. She said "he could be sacked".')
    assert [(o.outcome, o.hypothetical) for o in found] == [("written_warning", False), ("dismissed", True)]


def test_staff_are_as_many_as_their_determiner_says():
    text = ("Sergeant warned\n\nSergeant Jo Pask of Wiltshire Police was given a written warning.\n\nTwo other "
            "custody staff on duty that day were spoken to but no action was taken against them, the force said.")
    assert cases(text) == [("Jo Pask", "Wiltshire Police", "written_warning"), (None, "Wiltshire Police", "no_action")]


def test_a_number_on_the_line_before_does_not_count_a_label():
    from store.extract.unnamed import find_unnamed
    text = ("Outcome: Final written warning, to remain live for five years\n\n"
            "Member of staff: Police Staff Investigator Gideon Larkham\n\nOutcome: reflective practice")
    assert all(n.count == 1 for n in find_unnamed(text, [], 0))


def test_outcomes_offered_as_alternatives_are_no_ones():
    found = find_outcomes("The hardest part was telling families that a colleague was suspended or under "
                          "investigation. No case to answer for misconduct or gross misconduct was found.")
    assert [(o.outcome, o.hypothetical) for o in found if o.outcome in ("pending",)] == [("pending", True), ("pending", True)]
    assert not any(o.hypothetical for o in found if o.outcome is None)


def test_a_retirement_story_with_a_lede_about_the_officer_is_no_case():
    text = ("Head of police standards retires after 30 years\n\nA superintendent who spent six years in charge of "
            "investigating complaints against fellow officers has retired from Gwent Police.\n\nSuperintendent "
            "Carys Pennant left the force on Friday after 30 years' service. Since 2020 she had been head of the "
            "Professional Standards Department.")
    assert cases(text) == []


def test_a_decision_taken_before_the_hearing_that_she_is_about_the_officer_last_met():
    text = ("Sergeant warned\n\nSergeant Dafydd Prothero of North Wales Police was given a final written warning.\n\n"
            "A second officer, PC Elin Hafod, who had been drafted in from Porthmadog to help in the custody suite "
            "that night, was also investigated. It was decided before the hearing that she had no case to answer, as "
            "she had been told by the sergeant that the checks were up to date.")
    assert cases(text) == [("Dafydd Prothero", "North Wales Police", "final_written_warning"),
                           ("Elin Hafod", "North Wales Police", "no_case_to_answer")]


def test_an_arrest_in_the_clause_that_describes_the_officer_is_not_a_crimes_no_further_action():
    found = find_outcomes("A sergeant who arrived after the arrest and was investigated over her statement will "
                          "face no further action, the IOPC said. He was arrested, but the CPS took no further action.")
    assert [o.outcome for o in found] == ["no_action"]


def test_a_role_description_followed_by_who_they_are_brings_in_an_officer():
    text = ("Officers disciplined\n\nA detention officer has been dismissed and a custody sergeant warned.\n\n"
            "Detention officer Jo Ashworth, a member of police staff, had recorded checks he had not made. He was "
            "dismissed without notice.\n\nSergeant Ann Pym was given a final written warning.\n\nThe arresting "
            "officer, a PC from the Calderdale district, was found to have no case to answer after an investigation "
            "by West Yorkshire Police.")
    assert cases(text)[-1] == (None, "West Yorkshire Police", "no_case_to_answer")


def test_each_item_of_a_list_of_officers_saying_which_one_is_an_officer_of_its_own():
    text = ("IOPC\n\nTwo Northamptonshire Police officers are to face disciplinary proceedings.\n\nWe found:\n\n"
            "• the constable who drove the police car has a case to answer for gross misconduct;\n\n"
            "• the inspector in the force control room who authorised the pursuit has a case to answer for misconduct;"
            "\n\n• the officer who was the passenger in the police car has no case to answer.")
    assert cases(text) == [(None, "Northamptonshire Police", "pending"), (None, "Northamptonshire Police", "pending"),
                           (None, "Northamptonshire Police", "no_case_to_answer")]


def test_officers_on_paid_administrative_leave_named_under_a_plural_title():
    text = ("Three Anchorage Police Department officers have been placed on paid administrative leave pending an "
            "investigation into a shooting.\n\nThe department identified the officers as Sgt. Dana Ferrow, a 16-year "
            "veteran, and Officers Cole Yarrow and Mia Tolland, who joined in 2021 and 2023.")
    assert cases(text) == [(name, "Anchorage Police Department", "pending")
                           for name in ("Dana Ferrow", "Cole Yarrow", "Mia Tolland")]


def test_a_defendant_dismissed_by_a_firm_is_no_officer():
    text = ("Burglar jailed after officers' evidence\n\nA warehouse worker who burgled three homes weeks after he was "
            "sacked for gross misconduct has been jailed.\n\nKyle Ormerod, 33, was convicted at Gloucester Crown Court "
            "after two Gloucestershire Constabulary officers gave evidence about his arrest.\n\nThe court heard that "
            "Ormerod had been dismissed by a distribution firm in the spring for stealing stock.")
    assert cases(text) == []


def test_a_lede_whose_sacking_a_tribunal_replaced_is_the_officer_named_after_it():
    text = ("Tribunal overturns PC's dismissal\n\nA police constable sacked for giving a false account of an arrest "
            "has won his job back after a Police Appeals Tribunal replaced his dismissal with a final written "
            "warning.\n\nPC Jory Wendron, 29, was dismissed by a Hertfordshire Constabulary misconduct panel in March "
            "along with his sergeant, PS Lewis Tregear, 44. The tribunal rejected PS Tregear's appeal, so his "
            "dismissal stands.")
    assert cases(text)[0] == ("Jory Wendron", "Hertfordshire Constabulary", "final_written_warning")


def test_a_finding_said_of_her_after_against_is_not_negated():
    found = find_outcomes("The panel found the allegation against her not proven. He argued against dismissal.")
    assert [(o.outcome, o.negated) for o in found] == [("not_proven", False), ("dismissed", True)]


def test_a_named_witness_and_a_panel_member_do_not_take_the_notices_outcome():
    text = ("Outcomes of misconduct hearings\n\nPC Kyle Pennock – Medway\n\nPC Kyle Pennock, 31, based in Chatham, faced "
            "an allegation that he pushed a detainee into a cell wall.\n\nDetective Sergeant Craig Roddam, who "
            "reviewed the custody CCTV, gave evidence to the panel. The panel was chaired by legally qualified chair "
            "Zara Quarrie and included Superintendent Nia Wetherall of Surrey Police.\n\nFinding: Gross misconduct "
            "proven. Outcome: Dismissed without notice.\n\nKent Police publishes its outcomes for 28 days.")
    assert cases(text) == [("Kyle Pennock", "Kent Police", "dismissed")]


def test_an_ombudsmans_officers_by_job_and_by_number():
    text = ("Ombudsman report\n\nThe Police Ombudsman examined the actions of PSNI employees, identified by number.\n\n"
            "The call handler who took the first two calls graded them wrongly. The Ombudsman recommended that she "
            "face a misconduct meeting, and she was given a written warning.\n\nOfficer 3, who was driving, had no "
            "case to answer. Officer 4 told the caller that nothing could be done. The Ombudsman recommended that he "
            "face a misconduct hearing; the PSNI has agreed, and a date has yet to be set.")
    assert cases(text) == [(None, "Police Service of Northern Ireland", "written_warning"),
                           (None, "Police Service of Northern Ireland", "no_case_to_answer"),
                           (None, "Police Service of Northern Ireland", "pending")]


def test_would_have_had_a_case_to_answer_before_retiring_is_no_hearing_to_come():
    text = ("IOPC release\n\nThe investigation looked at the custody sergeant who booked him in and the inspector in "
            "charge of the custody suite that night, both of Lincolnshire Police.\n\nThe custody sergeant had a case "
            "to answer for gross misconduct.\n\nThe custody inspector would also have had a case to answer for "
            "misconduct, over the staffing of the suite. He retired in June 2026, before proceedings could begin.")
    assert cases(text) == [(None, "Lincolnshire Police", "pending"), (None, "Lincolnshire Police", "retired")]
    assert find_outcomes("The inspector would also have had a case to answer for misconduct.")[0].hypothetical


def test_the_chair_said_on_a_page_of_hearings_is_the_chair_named_just_before():
    text = ("Outcomes of misconduct hearings\n\nPC Kyle Pennock – Medway\n\nThe panel was chaired by legally qualified "
            "chair Zara Quarrie. Outcome: Dismissed without notice.\n\nThe chair said: “A detainee in a cell is "
            "entirely dependent on the officers responsible for him.”\n\nFormer DC Leanne Smallbone – Rochester\n\n"
            "The hearing was chaired by legally qualified chair Victor Wardle. She would have been dismissed.")
    assert _speakers(text) == [("A detainee in a cell is entirely dependent on the officers responsible for him.", "Zara Quarrie")]


def test_a_sanction_a_court_quashed_with_a_rehearing_ordered_is_pending_again():
    text = ("Fresh hearing ordered\n\nPS Paul Tennick, 38, of Essex Police was given a written warning in February for "
            "messaging a woman whose complaint he was investigating.\n\nThe Chief Constable applied for a judicial "
            "review. The judge quashed the decision and ordered that the case be reheard before a new panel.\n\n"
            "PS Tennick must face a new misconduct hearing next year.")
    assert cases(text) == [("Paul Tennick", "Essex Police", "pending")]


@pytest.mark.parametrize("sentence", [
    "A gross misconduct hearing will be held for PC Nia Caldbeck of Cleveland Police on 3 May.",
    "A gross misconduct hearing into the conduct of PC Nia Caldbeck of Cleveland Police will be held on 3 May.",
    "Cleveland Police will hold a gross misconduct hearing for PC Nia Caldbeck next month.",
    "A misconduct hearing is to be held in respect of PC Nia Caldbeck of Cleveland Police.",
])
def test_a_notice_of_a_hearing_to_be_held_for_an_officer_is_pending(sentence):
    text = f"Notice of misconduct hearing\n\n{sentence} She is accused of failing to record a reported assault."
    assert cases(text) == [("Nia Caldbeck", "Cleveland Police", "pending")]


def test_no_hearing_to_be_held_is_not_pending():
    text = ("Officer given advice\n\nNo misconduct hearing is to be held for PC Nia Caldbeck of Cleveland Police, who "
            "will receive management advice instead.")
    assert cases(text) == [("Nia Caldbeck", "Cleveland Police", "management_advice")]


def test_a_finding_that_an_officer_would_have_been_dismissed_in_a_tally_is_the_outcomes_name():
    text = ("Register of hearings\n\nSuffolk Constabulary held 17 gross misconduct hearings last year. Nine ended in "
            "dismissal or a finding that a former officer would have been dismissed, and five in final written warnings.")
    assert cases(text) == []


def test_three_officers_from_the_forces_unit_in_a_town_are_of_the_force_that_polices_it():
    text = ("Hearings this week\n\nDEVON AND CORNWALL\n\nA Torquay detective sergeant was given management advice.\n\n"
            "AVON AND SOMERSET\n\nThe hearing of PC Lyle Ormsby was chaired by Chief Superintendent Ada Frew of Wiltshire "
            "Police. He was dismissed.\n\nAt a separate hearing, three officers from the force's Bristol response team "
            "each received a final written warning.")
    assert (None, "Avon and Somerset Police", "final_written_warning") in cases(text)


def test_a_member_of_a_forces_custody_staff_is_of_that_force():
    text = "Detention officer dismissed\n\nA member of Suffolk Constabulary's custody staff has been dismissed for sharing images."
    assert cases(text) == [(None, "Suffolk Constabulary", "dismissed")]


@pytest.mark.parametrize("other", [
    "The other has completed the reflective practice review process.",
    "The other, who did not post anything, was given management advice.",
])
def test_the_other_of_two_officers_counted_off_is_a_case(other):
    text = ("Custody sergeants warned\n\nTwo custody sergeants at Essex Police were investigated. One sergeant was given "
            f"a final written warning. {other}")
    assert len(cases(text)) == 2


@pytest.mark.parametrize("sentence", [
    "At a force in the north of England, which declined to be named, an officer who asked a colleague for dates "
    "received management advice.",
    "A detective at another force was given management advice for similar messages.",
])
def test_an_officer_at_a_force_the_story_does_not_name_takes_no_other_force(sentence):
    text = f"Harassment survey\n\nA Kent Police PC was given a final written warning.\n\n{sentence}"
    assert cases(text) == [(None, "Kent Police", "final_written_warning"), (None, None, "management_advice")]


def test_an_officer_who_came_from_another_force_is_still_the_storys():
    text = ("Sergeant dismissed\n\nA Kent Police PC was given a final written warning.\n\nA sergeant who had transferred "
            "from another force was dismissed.")
    assert cases(text) == [(None, "Kent Police", "final_written_warning"), (None, "Kent Police", "dismissed")]


def test_he_after_a_sergeant_met_only_as_the_object_is_that_sergeant():
    text = ("Survey of women officers\n\nPC Ffion Dace agreed to be named. She reported a sergeant who had repeatedly "
            "commented on her body. He was given management advice.")
    assert cases(text) == [(None, None, "management_advice")]


@pytest.mark.parametrize("lead", [
    "An attorney for the family, Rhonda Quist, called the suspension inadequate.",
    "A lawyer for the family, Rhonda Quist, criticised the decision.",
])
def test_a_name_set_off_after_a_role_and_whom_it_serves_is_a_person_who_speaks_later(lead):
    text = (f"Officer suspended\n\n{lead}\n\n\"Twenty days without pay is not accountability for a family like "
            "this one,\" Quist said.")
    assert _speakers(text) == [("Twenty days without pay is not accountability for a family like this one,",
                                "Rhonda Quist")]


def test_scottish_not_established_and_leaving_the_organisation():
    text = ("Custody sergeant demoted\n\nPolice Scotland brought misconduct proceedings against three officers. The "
            "custody sergeant was demoted to constable. An allegation against a second constable was found not to be "
            "established. A custody assistant, a member of police staff, left the organisation while the "
            "investigation was ongoing.")
    assert cases(text) == [(None, "Police Scotland", "reduction_in_rank"), (None, "Police Scotland", "not_proven"),
                           (None, "Police Scotland", "resigned")]
    assert extract_text(text).cases[-1].role == "staff"


def test_leaving_the_organisation_after_retiring_is_the_retirement():
    text = ("Sergeant retires before inquiry ends\n\nA Dyfed-Powys police sergeant at the centre of an investigation into "
            "missing evidence has retired before it was completed.\n\nSergeant Owain Treharne had been told he would face "
            "a misconduct meeting. He has since retired.\n\nBecause the allegations against the officer were assessed as "
            "misconduct rather than gross misconduct, the regulations do not allow proceedings to be brought now that "
            "he has left the force.")
    assert cases(text) == [("Owain Treharne", "Dyfed-Powys Police", "retired")]


def test_a_charge_withdrawn_after_the_officer_retired_makes_the_retirement_a_case():
    text = ("Constable demoted\n\nConst. Rory Vanstone of the Hamilton Police Service has been demoted for an unlawful "
            "search.\n\nA charge of neglect of duty against his supervisor, Sgt. Mireille Dufort, was withdrawn after she "
            "retired from the Hamilton Police Service in the spring.")
    assert ("Mireille Dufort", "Hamilton Police Service", "retired") in cases(text)


@pytest.mark.parametrize("tally", [
    "Written warnings remain the most common outcome, accounting for roughly a third of cases.",
    "Final written warnings were the most common outcome last year.",
    "Dismissals rose by a fifth over the same period.",
])
def test_an_outcome_in_the_plural_counted_as_a_kind_is_no_ones(tally):
    text = ("Detective faces hearing\n\nDC Lorcan Ashdown of Lancashire Constabulary is due to face a gross misconduct "
            f"hearing in the new year. He has been placed on restricted duties.\n\n{tally}")
    assert cases(text) == [("Lorcan Ashdown", "Lancashire Constabulary", "pending")]


def test_a_recruit_to_a_force_is_an_officer_of_that_force():
    text = ("Vetting failures\n\nA constable in Hastings was sacked last year. A recruit to the Met who failed to declare "
            "county court judgments faces a gross misconduct hearing next month.")
    assert cases(text) == [(None, "Sussex Police", "dismissed"), (None, "Metropolitan Police Service", "pending")]


def test_a_female_probationer_wronged_does_not_break_a_list_of_officers():
    text = ("Reflective practice\n\nA Kent Police officer who sent a racist message, an Essex Police officer who demanded "
            "pictures from a female probationer, and a Surrey Police officer who sent videos to colleagues were all given "
            "reflective practice.")
    assert [c[1] for c in cases(text)] == ["Kent Police", "Essex Police", "Surrey Police"]


def test_a_place_named_like_a_surname_describing_an_officer_is_a_place():
    text = ("Yorkshire figures\n\nWest Yorkshire Police dismissed 19 officers. A Pickering sergeant was given a final "
            "written warning for failing to supervise a probationer.")
    assert cases(text) == [(None, "North Yorkshire Police", "final_written_warning")]
    assert cases("Hearing\n\nPC Jo Pickering of Kent Police was dismissed.") == [("Jo Pickering", "Kent Police", "dismissed")]


@pytest.mark.parametrize("whose", ["whose force did not publish the outcome online", "whose force was not named in the returns"])
def test_an_officer_whose_force_is_not_told_takes_no_force(whose):
    text = (f"Yorkshire figures\n\nA Batley PC was dismissed in January. An officer in Yorkshire {whose} was dismissed for "
            "drink-driving.")
    assert cases(text) == [(None, "West Yorkshire Police", "dismissed"), (None, None, "dismissed")]


def test_an_officer_who_told_the_control_room_a_lie_is_acting_not_speaking():
    text = ("Families' campaign\n\nIn August a misconduct hearing found that PC Aled Brewin, who was assigned the second "
            "call, had told the control room he was attending when he was dealing with a shoplifting, and had then "
            "closed the log. He was given a final written warning.")
    assert cases(text) == [("Aled Brewin", None, "final_written_warning")]


def test_a_pcso_whose_force_was_blacked_out_after_a_comma_takes_no_force():
    text = ("Documents obtained\n\nA Met officer's hearing has been adjourned three times. And a PCSO, whose force was "
            "blacked out of the documents we obtained, resigned while under investigation for theft.")
    assert (None, None, "resigned") in cases(text)


def test_he_after_an_unnamed_inspector_met_again_is_the_inspector_though_a_man_was_named_between():
    text = ("Custody death inquiry\n\nThe investigation looked at the custody sergeant who booked him in and the inspector in "
            "charge of the custody suite.\n\nThe custody sergeant had a case to answer for gross misconduct, and a hearing "
            "will be held by Norfolk Constabulary. The arresting officer had not passed on what Mr Dorley's partner had "
            "told him, and was given a written warning.\n\nThe custody inspector would also have had a case to answer for "
            "misconduct. He retired in June, before proceedings could begin.")
    assert (None, "Norfolk Constabulary", "retired") in cases(text)


def test_a_football_captain_suspended_after_a_booking_is_no_officer():
    text = ("Constables sack their manager\n\nThe club's manager has been sacked after a seventh straight defeat. Captain "
            "Rory Wilsden is suspended for Tuesday's trip to Hyde after his fifth booking of the season.")
    assert cases(text) == []


def test_what_headlines_in_general_say_names_no_officer():
    text = ("Opinion: vetting first\n\nEvery few weeks another headline tells us that an officer has been sacked, booted "
            "out or barred from policing for life. We rarely ask how they got in.")
    assert cases(text) == []


def test_a_watchdog_director_who_confirmed_an_investigation_is_no_case():
    text = ("Custody death: what we know\n\nA custody sergeant and a detention officer of Essex Police have been suspended "
            "and an inspector placed on restricted duties.\n\nIOPC regional director Nadia Quarrell confirmed that the "
            "three members of staff had been told they were under investigation.")
    assert all(officer is None for officer, _, _ in cases(text))


def test_a_judge_who_adjourned_sentence_is_no_case():
    text = ("Constable convicted and dismissed\n\nPC Aled Wyburn of Kent Police was convicted at Maidstone Crown Court and "
            "dismissed without notice two days later.\n\nJudge Orla Mackin adjourned sentence until January and warned "
            "Wyburn that custody was all but inevitable.")
    assert cases(text) == [("Aled Wyburn", "Kent Police", "dismissed")]


def test_the_one_force_abroad_named_only_among_figures_is_the_reports():
    text = ("Officers disciplined over aid\n\nThe island's police have suspended a constable without pay as a punishment.\n\n"
            "Constable Tevita Lolohea was ordered to serve a 28-day suspension without pay. Two constables on Ha'apai have "
            "also been stood down while the inquiry continues.\n\nTonga Police has around 500 officers for a population of "
            "about 100,000.")
    assert cases(text) == [("Tevita Lolohea", "Tonga Police", "suspended"), (None, "Tonga Police", "pending")]


def test_unattributed_quote_paragraphs_after_a_pronoun_for_the_interviewee_are_theirs():
    text = ("The whistleblower\n\nNadine Quayle still keeps the notebook. She took it to her inspector in the spring of "
            "2024.\n\n\"I thought I was doing exactly what we'd been told to do in training. Challenge it, report it.\n\n"
            "\"What nobody tells you is what happens afterwards, when the shifts change.\"\n\nShe resigned in 2025. "
            "\"Somebody had to write it down,\" she said.")
    assert _speakers(text)[:2] == [
        ("I thought I was doing exactly what we'd been told to do in training. Challenge it, report it.", "Nadine Quayle"),
        ("What nobody tells you is what happens afterwards, when the shifts change.", "Nadine Quayle")]


def test_a_quote_paragraph_that_names_its_speaker_by_a_verb_of_joking_is_theirs():
    text = ("Charity ride\n\nSgt Mina Dorward led the ride. \"This is our way of saying thank you to the nurses,\" said Sgt "
            "Dorward.\n\nShe was joined by PC Owain Trask, who rejoined last year.\n\n\"I'd forgotten how hilly "
            "Derbyshire is, honestly, after all these years,\" PC Trask joked.")
    assert _speakers(text)[-1] == ("I'd forgotten how hilly Derbyshire is, honestly, after all these years,", "Owain Trask")


def test_an_expert_who_retired_as_a_detective_chief_superintendent_is_no_case():
    text = ("The whistleblower\n\nThe sergeant she reported was given a final written warning by Sussex Police.\n\n"
            "Roland Quennell, who retired as a detective chief superintendent in 2019 after running professional "
            "standards departments in two forces, read her notebook.")
    assert cases(text) == [(None, "Sussex Police", "final_written_warning")]


def test_a_relative_named_by_first_name_after_the_named_persons_kin_word_speaks_as_themselves():
    text = ("PC sacked for stealing from widow\n\nPC Dale Rostron was sent to the home of widow Irene Quenby, 84.\n\n"
            "Mrs Quenby's daughter Kelly, 52, said she felt sick when detectives told her.\n\nShe told the paper: "
            "\"Mum kept that envelope in her bread bin for forty years.\"")
    assert _speakers(text) == [("Mum kept that envelope in her bread bin for forty years.", "Kelly Quenby")]


def test_the_ledes_unnamed_officer_told_again_by_the_same_noun_in_the_body_is_one_case():
    text = ("Custody death: what we know\n\nA police sergeant and a detention officer have been suspended and an inspector "
            "placed on restricted duties after a man died in a cell at Basildon police station.\n\nThe key points\n\n"
            "Custody sergeant PS Owen Marsland and a police staff detention officer have been suspended while the "
            "investigation continues\n\nThe duty inspector has been placed on restricted duties")
    assert len(cases(text)) == 3


def test_he_after_a_second_officer_who_opened_the_sentence_before_is_that_officer():
    text = ("Constable convicted\n\nPC Aled Wyburn of Kent Police was dismissed without notice.\n\nA second Kent officer, a "
            "sergeant who supervised Wyburn, gave evidence for the prosecution. He has been given management advice for "
            "failing to record the conversation.")
    assert cases(text) == [("Aled Wyburn", "Kent Police", "dismissed"), (None, "Kent Police", "management_advice")]


def test_she_after_a_second_officer_named_in_apposition_is_the_named_officer():
    text = ("Image shared\n\nPC Rhodri Banfield of Staffordshire Police was dismissed.\n\nThe second officer in the group who "
            "received the image, PC Lucy Harland, did not report it. She was given a written warning.")
    assert cases(text) == [("Rhodri Banfield", "Staffordshire Police", "dismissed"),
                           ("Lucy Harland", "Staffordshire Police", "written_warning")]


def test_a_colon_after_a_clause_that_opens_on_a_named_person_leads_to_their_words():
    text = ("TV review\n\nThe recruits are good company. PC Megan Ollerenshaw, a former nursery nurse from Skegness, gets the "
            "best line of the episode: 'If I ever end up on one of those lists you can have my warrant card.'")
    assert _speakers(text) == [("If I ever end up on one of those lists you can have my warrant card.", "Megan Ollerenshaw")]


def test_a_colon_after_a_named_persons_possession_is_not_their_words():
    text = ("Hearing\n\nPC Rhys Tallon of Gwent Police was dismissed. Tallon's lawyer put it plainly: 'My client accepts the "
            "panel's decision and will not appeal it.'")
    assert _speakers(text) == [("My client accepts the panel's decision and will not appeal it.", None)]


def test_training_beside_no_case_to_answer_is_learning_not_a_sanction():
    text = ("Hospitality inquiry\n\nA Thames Valley Police PCSO who went to the club three times with the group was found to "
            "have no case to answer for misconduct but was told to complete additional training on declaring hospitality.")
    assert cases(text) == [(None, "Thames Valley Police", "no_case_to_answer")]
    assert cases("Advice\n\nA Thames Valley Police PCSO was given management advice and no case to answer was found "
                 "on a second allegation.") == [(None, "Thames Valley Police", "management_advice")]


def test_both_officers_after_two_coded_officers_are_those_two():
    text = ("Statements inquiry\n\nOfficer A and Officer B of Hampshire and Isle of Wight Constabulary wrote statements "
            "after the arrest of Dwight Corrance.\n\nOfficer A was given a final written warning. Officer B was given "
            "management advice.\n\nA spokesman said: \"Both officers have received additional training on writing "
            "statements.\"")
    assert len(cases(text)) == 2


def test_a_standfirsts_group_beside_anothers_outcome_is_the_officers_the_story_names():
    text = ("Met officer keeps his job after WhatsApp group exposed\n\nTwo officers sacked or barred, but sergeant who "
            "stayed silent is handed final warning\n\nPC Damon Kettlewell, 34, who created the group, was dismissed "
            "without notice. Lucy Farrant-Blake, a former constable who resigned, would have been dismissed had she "
            "still been serving. Sergeant Tomas Wiecek was given a final written warning. All served with the Met.")
    assert [c[0] for c in cases(text)] == ["Damon Kettlewell", "Lucy Farrant-Blake", "Tomas Wiecek"]


def test_an_outcome_of_his_partner_in_the_ledes_second_clause_is_not_the_officers():
    text = ("Officer fired, partner suspended\n\nMILWAUKEE — A Milwaukee police officer who was recorded striking a "
            "handcuffed man has been fired, and his partner has been suspended for 10 days without pay, the Milwaukee "
            "Police Department announced Thursday.\n\nOfficer Dwight Abernethy, a seven-year veteran of the department, "
            "was terminated after an internal investigation.\n\nOfficer Kayla Strode received the unpaid suspension.")
    assert [c[0] for c in cases(text)] == ["Dwight Abernethy", "Kayla Strode"]


def test_his_sergeant_suspended_in_the_ledes_second_clause_is_the_sergeants():
    text = ("Constable fired, sergeant suspended\n\nWINNIPEG — A Winnipeg police constable has been fired and his sergeant "
            "suspended without pay for 30 days. Court documents identify them as Const. Tyler Brandt and Sgt. Colette "
            "Desmarais of the Winnipeg Police Service.")
    assert sorted(c[2] for c in cases(text)) == ["dismissed", "suspended"]


def test_an_unattributed_quote_paragraph_before_x_added_is_xs():
    text = ("Detective dismissed\n\nThe head of the force's Professional Standards Department said the case should serve as "
            "a warning.\n\n\"Police systems hold some of the most sensitive information there is about people's lives.\"\n\n"
            "Det Supt Marcus Ellery added: \"The public must be able to trust what officers tell them.\"")
    assert _speakers(text)[0] == ("Police systems hold some of the most sensitive information there is about people's lives.",
                                  "Marcus Ellery")


def test_a_sanction_with_a_number_for_its_object_is_a_tally():
    text = ("Runoff result\n\nChief Deputy Alma Brinkley will be the next sheriff after beating Capt. Roy Lyall in the runoff.\n\n"
            "Lyall, 61, pointed to figures showing the office terminated 11 employees and suspended 23 without pay "
            "between 2022 and 2025.")
    assert cases(text) == []
    assert cases("Sergeant disciplined\n\nSgt Lena Hoyt of the Tulsa Police Department was suspended 10 days without "
                 "pay.")[0][2] == "suspended"


def test_a_force_abroad_named_with_of_and_its_country_keeps_the_country():
    text = ("Corporal dismissed\n\nST JOHN'S, Antigua - Corporal Kemal Nantes has been dismissed from the Royal Police Force "
            "of Antigua and Barbuda after an internal inquiry.")
    assert cases(text) == [("Kemal Nantes", "Royal Police Force of Antigua and Barbuda", "dismissed")]


def test_an_australian_grade_of_rank_and_a_force_saying_she_had_been_suspended():
    text = ("Officer stood down after crash\n\nA Mount Gambier police officer has been suspended from duty after being "
            "charged over a crash.\n\nSenior Constable First Class Tamsin Skerry, 38, was charged with driving without due "
            "care. South Australia Police said she had been suspended from duty pending the outcome of the court case.")
    assert cases(text) == [("Tamsin Skerry", "South Australia Police", "pending")]


def test_a_first_name_written_with_an_accent_the_list_lacks_is_still_a_first_name():
    text = ("Officer reinstated\n\nConst. Marc Babin of the Fredericton Police Force was reinstated by an arbitrator.\n\n"
            "Rémi Doucette, president of the Fredericton Police Association, said the union had always argued that "
            "firing was too harsh.\n\n\"Nobody is saying what happened in that cell block was OK,\" Doucette said.")
    assert _speakers(text) == [("Nobody is saying what happened in that cell block was OK,", "Rémi Doucette")]


def test_an_officer_with_years_of_service_in_a_judgement_is_the_one_judged():
    text = ("Arbitrator reinstates officer\n\nA Fredericton police officer fired last year for slamming a prisoner to the "
            "floor must be given his job back, an arbitrator has ruled.\n\nConst. Marc Babin, 36, was dismissed by the "
            "Fredericton Police Force in August "
            "2025.\n\nIn a decision released Wednesday, arbitrator Louise Garnet found the force had been right to discipline "
            "Babin but that dismissal was \"excessive\" for an officer with 11 years of service and no prior discipline. "
            "She substituted a suspension without pay of 30 working days and ordered that he be reinstated.")
    assert cases(text) == [("Marc Babin", "Fredericton Police Force", "suspended")]


def test_a_second_garda_after_one_named_before_is_someone_else():
    text = ("Garda suspended\n\nGarda Aoife Queally, 34, was suspended on full pay last Thursday, An Garda Síochána "
            "confirmed. A second garda who was present, a probationer, has been moved to non-operational duties pending "
            "the outcome of the investigation.")
    assert cases(text) == [("Aoife Queally", "An Garda Síochána", "pending"), (None, "An Garda Síochána", "pending")]


def test_the_ledes_officer_whose_sentence_tells_the_investigation_too_is_the_body_constable():
    text = ("Officer warned over van journey\n\nA police officer has been given a written warning after a Police Ombudsman "
            "investigation found that a man arrested in Limavady was driven to custody without a seatbelt.\n\n"
            "Investigators concluded that the constable who drove the van had failed to ensure the man was secured. The "
            "Police Ombudsman recommended that the officer face a misconduct meeting, and the Police Service of Northern "
            "Ireland has since given the constable a written warning.\n\nA second "
            "constable, who travelled in the front of the van, was given management advice.")
    assert [c[2] for c in cases(text)] == ["written_warning", "management_advice"]


def test_the_statutory_no_indication_of_either_officer_is_no_case_to_answer_for_both():
    text = ("Commander cleared\n\nA senior Gwent Police officer who was in charge on the day has no case to answer for "
            "misconduct, the watchdog has found.\n\nChief Inspector Alun Prydderch was the operational commander.\n\n"
            "The IOPC investigated Ch Insp Prydderch's command of the operation, and the actions "
            "of a constable, referred to in its report as Officer B, who pushed the woman.\n\nThe IOPC said it had found no "
            "indication that either officer had behaved in a manner that would justify disciplinary proceedings. Both "
            "served with Gwent Police.")
    assert [c[2] for c in cases(text)] == ["no_case_to_answer", "no_case_to_answer"]


def test_the_sentences_of_a_quote_do_not_push_its_speaker_out_of_reach_of_she_said():
    text = ("Stallholders speak out\n\nInspector Delphine Crouse said: 'The inquiry is continuing.'\n\n"
            "Odile Prentham, who runs a fruit stall, said she paid every Friday: 'If you refused, your crates went over. "
            "Everybody saw it. Nobody said a word.'\n\nShe said she came forward after a neighbour was threatened. "
            "'I am too old to be frightened of a uniform,' she said.")
    assert _speakers(text)[-1] == ("I am too old to be frightened of a uniform,", "Odile Prentham")


def test_she_said_after_a_woman_named_since_the_last_speaker_is_that_woman():
    # a guard: the woman who opens the sentence before is the "she", not the daughter who spoke earlier
    text = ("Nurse struck off\n\nThe daughter of one patient, Corinne Vately, said: 'We trusted the ward. We trusted "
            "her.'\n\nMrs Aldous did not attend the hearing. In a written submission, she said she was 'deeply "
            "ashamed'.")
    assert _speakers(text)[-1] == ("deeply ashamed", "Aldous")


def test_after_a_rankless_lede_officer_and_a_constable_the_custody_sergeant_is_someone_else():
    text = ("Officer disciplined over cell death risk\n\nA police officer has been disciplined after a man who had "
            "swallowed pills was left unchecked in a cell at Tonbridge, the IOPC has found.\n\nInvestigators found that "
            "the information was given to a constable at the front desk but was never passed to the custody sergeant.\n\n"
            "Kent Police accepted that the constable should face a misconduct meeting, and the officer has since been "
            "given a written warning.\n\nThe IOPC found no evidence of misconduct by the custody sergeant, who had "
            "followed the procedures.")
    assert [c[2] for c in cases(text)] == ["written_warning", "no_case_to_answer"]


def test_a_record_headed_by_the_officer_under_forthcoming_hearings_is_pending():
    text = ("Misconduct hearings\n\nSergeant Ffion Arwel-Hughes – Holyhead\n\nHearing date: 3 March 2026\n\n"
            "Finding: Gross misconduct proven.\n\nOutcome: Final written warning.\n\nUpcoming hearings\n\n"
            "Police Constable Iolo Pennant – Llangefni\n\nHearing date: 14 May 2026, 10am, Colwyn Bay\n\n"
            "Chair: To be confirmed\n\nAllegations: It is alleged that PC Pennant used a force vehicle while off duty, "
            "in breach of the standards for honesty and integrity.")
    assert cases(text) == [("Ffion Arwel-Hughes", "North Wales Police", "final_written_warning"),
                           ("Iolo Pennant", "North Wales Police", "pending")]


def test_both_officers_after_a_constable_and_a_second_constable_told_together_are_those_two():
    text = ("Officers given management advice over burglary\n\nTwo Wiltshire Police officers who failed to gather "
            "evidence after a burglary in Devizes have been given management advice.\n\nThe force found that the "
            "constable who attended the house had not asked neighbours for doorbell footage, and that a second "
            "constable who later took over the case had not followed up a fingerprint result.\n\nBoth officers "
            "received management advice.")
    assert cases(text) == [(None, "Wiltshire Police", "management_advice"), (None, "Wiltshire Police", "management_advice")]


def test_dismissed_for_gross_misconduct_by_the_firm_he_worked_for_is_no_police_case():
    text = ("Man who bit officer is jailed\n\nA man who bit a police officer during an arrest in Gosport has been "
            "jailed.\n\nDean Fallows, 29, had been dismissed for gross misconduct by the courier firm he worked for a "
            "month earlier and was shouting at staff when PC Mia Stroud of Hampshire and Isle of Wight Constabulary "
            "arrived.")
    assert cases(text) == []


def test_a_former_officer_after_what_a_panel_can_decide_is_no_case():
    text = ("Your questions answered: police hearings\n\nOfficers who quit before a hearing are not beyond its reach. "
            "A panel can still sit and decide that a former officer \"would have been dismissed\" had they stayed, "
            "and the name then goes on the barred list.")
    assert cases(text) == []


_NUMBERED_RECORDS = ("Wiltshire Police hearing outcomes, spring 2026\n\nTwo officers were dismissed, or would have "
                     "been, in the spring, according to the outcomes the force published.\n\nThe outcomes:\n\n"
                     "1. Police constable, Swindon\nProceedings: Gross misconduct hearing, 3 March\n"
                     "Outcome: Dismissed without notice.\n\n2. Police sergeant, Salisbury\n"
                     "Proceedings: Misconduct meeting, 9 March\nOutcome: Written warning\n\n"
                     "3. Former police constable, Chippenham\nProceedings: Gross misconduct hearing, 20 April\n"
                     "Outcome: Would have been dismissed had they still been serving.\n\n"
                     "4. Former detective sergeant, Trowbridge\nProceedings: Misconduct meeting listed for 2 May\n"
                     "Outcome: The officer resigned before the meeting.\n")


def test_each_numbered_record_headed_by_a_rank_is_an_officer_of_its_own():
    assert [c[2] for c in cases(_NUMBERED_RECORDS)] == ["dismissed", "written_warning", "would_have_been_dismissed",
                                                        "resigned"]


def test_a_count_with_adjectives_is_a_figure_and_its_officers_a_tally():
    text = ("Complaints rise in Wiltshire\n\nPC Lena Marchbank, 30, was given a final written warning by Wiltshire "
            "Police last week.\n\nIn the same quarter the force recorded 164 public complaints and 19 new conduct "
            "investigations, and three officers were suspended.")
    assert cases(text) == [("Lena Marchbank", "Wiltshire Police", "final_written_warning")]


def test_the_former_force_an_officer_joined_is_the_force_it_became_when_the_story_names_it():
    text = ("Constable dismissed\n\nPC Fergus Lindsay, 38, was dismissed at a hearing held at Police Scotland's "
            "offices in Inverness.\n\nLindsay, who joined the former Northern Constabulary in 2010 and moved to the "
            "national force on its creation, had failed to declare a business interest.")
    assert cases(text) == [("Fergus Lindsay", "Police Scotland", "dismissed")]


def test_a_title_with_a_point_does_not_end_the_sentence_that_names_the_speaker():
    text = ("Constable suspended\n\nConst. Gavin Rudnicki was suspended for 40 hours without pay.\n\nSgt. Ilona "
            "Petrash, who supervised Rudnicki at the time, testified that he had been \"a careful and honest "
            "officer\" until that night.")
    assert _speakers(text) == [("a careful and honest officer", "Ilona Petrash")]


def test_penalties_ranging_from_a_reprimand_to_dismissal_are_what_may_be():
    text = ("Sergeant on leave\n\nThe Regina Police Service said a sergeant has been placed on administrative leave "
            "pending the outcome of an investigation.\n\nSaskatchewan's Police Act allows penalties ranging from a "
            "reprimand to dismissal.")
    assert cases(text) == [(None, "Regina Police Service", "pending")]


def test_a_retirement_followed_by_no_proceedings_could_be_brought_against_him_is_a_case():
    text = ("Officer given advice\n\nPC Owain Tranter, of Dyfed-Powys Police, was given management advice.\n\n"
            "A second officer, PC Rhodri Fennimore, retired from the force in June. The force said no proceedings "
            "could be brought against him after he left.")
    assert cases(text) == [("Owain Tranter", "Dyfed-Powys Police", "management_advice"),
                           ("Rhodri Fennimore", "Dyfed-Powys Police", "retired")]


def test_a_defendant_who_joined_the_force_is_the_officer_whose_resignation_and_hearing_follow():
    text = ("Former PC jailed\n\nA former Derbyshire Constabulary constable has been jailed for misconduct in public "
            "office.\n\nGareth Pilbeam, 39, of Belper, was convicted at Derby Crown Court.\n\nThe court heard that "
            "Pilbeam, who joined the force in 2012, had contacted two victims of crime for a relationship.\n\n"
            "Judge Neville Ashdown told Pilbeam: \"You abused your office.\"\n\nPilbeam showed no reaction.\n\n"
            "He resigned from Derbyshire Constabulary in 2024. At an accelerated misconduct hearing held in "
            "December, the force found that he would have been dismissed had he still been serving.\n\n"
            "The force said Pilbeam was the third of its officers convicted of misconduct in public office since "
            "2023; the other two were dismissed.")
    assert cases(text) == [("Gareth Pilbeam", "Derbyshire Constabulary", "would_have_been_dismissed")]


@pytest.mark.parametrize("sentence", [
    "Over nine years he sat on disciplinary boards that dismissed officers and cleared others.",
    "He used to say that a warning given fairly did more good than a sacking given carelessly.",
])
def test_a_sanction_done_to_officers_in_general_or_weighed_against_another_is_no_ones(sentence):
    assert all(o.hypothetical for o in find_outcomes(sentence))


def test_a_second_officer_from_the_same_team_coded_later_is_one_officer_of_the_first_ones_force():
    text = ("Years of waiting\n\nDetective Constable Omar Haddad of Essex Police was cleared in March.\n\nIn "
            "Suffolk, Sergeant Ruth Ambler retired before her hearing, Suffolk Constabulary said.\n\nDC Haddad was "
            "accused of leaking details of an inquiry. A second officer from the same team, referred to at the "
            "hearing only as Officer B, was given a written warning.")
    assert (None, "Essex Police", "written_warning") in cases(text)
    assert len([c for c in cases(text) if c[0] is None]) == 1


@pytest.mark.parametrize("sentence", [
    "The chief constable said the force was not embarrassed by the dismissal figures.",
    "The league also issued the club with a final warning over its supporters' chanting.",
])
def test_a_sanction_word_that_counts_them_or_is_given_to_a_body_is_no_officers(sentence):
    assert all(o.hypothetical for o in find_outcomes(sentence)) and find_outcomes(sentence)


def test_a_rugby_tribunals_warning_to_the_club_is_no_case_for_the_officer_who_plays():
    text = ("Officer banned for four matches\n\nPC Niall Brassington, 27, of Cumbria Constabulary, was banned for four "
            "matches by a rugby league tribunal after a dangerous throw. The tribunal also issued the club with a "
            "final warning over the behaviour of its supporters.\n\nCumbria Constabulary said there was no suggestion "
            "of any misconduct in his role as a police officer.")
    assert all(c[2] is None for c in cases(text))


def test_a_later_indefinite_officer_with_a_force_of_their_own_is_not_the_named_officer_again():
    text = ("Keeping them out is harder\n\nLast Thursday, at Kent Police's headquarters in Maidstone, a 26-year-old "
            "constable called Rory Tennant lost his job. He was dismissed without notice for lying on his vetting "
            "forms.\n\nI have spent the week asking how that happens.\n\nOne expert pointed me to a case I had not "
            "heard of: an Essex Police sergeant who was given a final written warning last autumn for messages "
            "like Mr Tennant's.")
    assert cases(text) == [("Rory Tennant", "Kent Police", "dismissed"), (None, "Essex Police", "final_written_warning")]


def test_a_forces_count_of_dismissals_in_a_calendar_year_is_a_tally():
    text = ("PCSO dismissed\n\nPCSO Irene Calloway, 47, of Norfolk Constabulary, was dismissed for misusing police "
            "systems.\n\nNorfolk Constabulary dismissed four officers and two members of police staff in 2026.")
    assert cases(text) == [("Irene Calloway", "Norfolk Constabulary", "dismissed")]


def test_a_modal_in_an_aside_before_the_main_verb_leaves_the_outcome_real():
    sentence = ("A sergeant whose name was withheld by the panel, after it heard medical evidence that naming the "
                "officer would pose a risk to her health, was given a final written warning on 3 May.")
    assert [(o.outcome, o.hypothetical) for o in find_outcomes(sentence)] == [("final_written_warning", False)]


def test_a_ledes_group_summing_up_the_months_hearings_is_the_officers_told_after_it():
    text = ("Two sacked and one demoted: Cheshire's hearings in March\n\nThree Cheshire Constabulary officers faced "
            "misconduct hearings last month, ending with two dismissals and a demotion.\n\nPC Joel Ashcombe was "
            "dismissed on 4 March.\n\nPC Dean Fairclough was dismissed on 11 March.\n\nInspector Alma Whitrow was "
            "reduced in rank to sergeant on 20 March.")
    assert [c[0] for c in cases(text)] == ["Joel Ashcombe", "Dean Fairclough", "Alma Whitrow"]


def test_a_rank_and_a_place_in_cells_parted_by_a_tab_are_no_name():
    text = ("Outcomes released\n\nNorfolk Constabulary released its outcomes.\n\nRank\tBased at\tOutcome\n\n"
            "Police constable\tThetford\tDismissed without notice\n\nPolice sergeant\tSwaffham\tWritten warning\n")
    assert [c[0] for c in cases(text)] == [None, None]


def test_a_force_abroad_called_police_services_is_named_whole():
    text = ("Constable suspended\n\nA Moncton Police Services constable has been suspended for five days without pay "
            "for using excessive force.\n\nCst. Paula Levesque struck a handcuffed man.")
    assert cases(text) == [("Paula Levesque", "Moncton Police Services", "suspended")]


def test_advocate_is_a_title_so_she_said_after_the_advocate_is_hers():
    text = ("PC dismissed in Jersey\n\nChief Inspector Helen Vibert said: \"The panel was clear.\"\n\nAdvocate "
            "Nicola Quenault, representing PC Ahier, said her client was ashamed.\n\n'He knows that what he did was "
            "wrong,' she said.")
    assert _speakers(text)[-1] == ("He knows that what he did was wrong,", "Nicola Quenault")


def test_counsel_set_off_as_for_the_officer_is_a_person_though_her_first_name_is_a_place():
    text = ("Hearing day three\n\nThe chair, Ms Rebecca Oddie, said the panel would retire.\n\nVictoria Haldane, for "
            "PC Brennan, reads references. She says he has 11 years' service.\n\n'He has been a good officer,' she "
            "says.")
    assert _speakers(text)[-1] == ("He has been a good officer,", "Victoria Haldane")


def test_a_live_blogs_shouted_outcome_is_told_whose_by_the_text_after_it():
    text = ("Live: PC Lowther misconduct hearing\n\n16:20\nChief Superintendent Avril Kerrigan, head of professional "
            "standards at Durham Constabulary, has issued this statement:\n\n\"There is no place for that here.\"\n\n"
            "16:05\nDISMISSED. The chair says PC Craig Lowther will be dismissed without notice.")
    assert cases(text) == [("Craig Lowther", "Durham Constabulary", "dismissed")]
