"""Words for the articles: what officers were accused of, what people say about it, headlines,
page furniture, and the topics of articles about no misconduct at all.

All of it was written for this generator. Placeholders: {he} {him} {his} {He} {His} for the
officer, {force} for a force's name as the article writes it, {title} for "PC Smith",
{surname}, {town}, {n} for a number. Sentences hold no double quotation marks, so a quote's
closing mark is never ambiguous; apostrophes are curly and an article may straighten them.
"""
from __future__ import annotations

# What the officer did, as a past-tense verb phrase: "an officer who {allegation}".
ALLEGATIONS = [
    "sent sexually explicit messages to a woman {he} had met while responding to a burglary",
    "used police systems to look up details of a former partner for no policing purpose",
    "shared offensive memes in a WhatsApp group with other officers",
    "posted a racist comment on a social media account run under a false name",
    "failed to declare a business interest selling cars online",
    "pursued a relationship with a vulnerable witness in a case {he} was investigating",
    "lied to a supervisor about {his} whereabouts during a night shift",
    "drove a marked police car at speed while off duty and without authorisation",
    "pushed a handcuffed man to the ground in a custody suite",
    "failed to record a domestic abuse report properly, leaving the victim without support",
    "made inappropriate comments about the appearance of female colleagues",
    "claimed overtime for hours {he} had not worked",
    "took a bottle of whisky seized during a search and kept it",
    "was found to have been drinking before reporting for duty",
    "leaked details of an ongoing investigation to a friend",
    "failed to challenge a colleague who used homophobic language in front of {him}",
    "used excessive force while arresting a teenager in a shopping centre",
    "accessed the police national computer to check on a neighbour",
    "sent a series of unwanted messages to a junior colleague",
    "worked as a personal trainer while on sick leave from the force",
    "filmed a member of the public on {his} phone and shared the clip online",
    "failed to attend a report of a missing child for several hours",
    "falsified entries in {his} pocket notebook",
    "made a threatening phone call to a former partner",
    "sold tickets for a charity event and kept part of the money",
    "searched a man without grounds and then failed to record the search",
    "ignored a request for help from a woman who said she was being followed",
    "posted images from a crime scene in a group chat",
    "used a police database to find the address of a journalist",
    "bullied a probationer over several months",
    "turned off {his} body-worn camera during an arrest",
    "made a false statement about an incident outside a nightclub",
    "was convicted of drink-driving after crashing {his} own car",
    "failed to pass on intelligence about a risk to a child",
    "made a joke about a sexual assault victim in front of colleagues",
    "kept a seized mobile phone and used it for months",
    "harassed a former partner with repeated calls and messages",
    "shared confidential information with a relative who was under investigation",
    "exchanged messages of a sexual nature while on duty",
    "made a discriminatory remark to a member of the public at a train station",
    "failed to declare a friendship with a known drug dealer",
    "struck a prisoner in a cell and did not report it",
    "used a force credit card to pay for personal shopping",
    "tried to start a relationship with the victim of a robbery",
    "slept in a patrol car when {he} should have been on foot patrol",
    "attended a party at the home of a man {he} knew to be a suspect",
    "made misogynistic comments in a group chat with recruits",
    "did not disclose a previous caution when applying to join",
    "altered a witness statement after it had been signed",
    "misused a blue-light exemption to jump traffic on the way to a football match",
    "sent abusive messages to a member of the public on social media",
    "failed to safeguard a vulnerable adult in custody",
    "lied on a mortgage application using {his} police role to vouch for a friend",
    "took a relative for a ride in an unmarked car during a shift",
    "gave a false account of a road collision involving a police vehicle",
    "made derogatory comments about disabled people during training",
    "contacted a domestic abuse victim on a dating app",
    "failed to log property seized at a house search",
    "shared the address of a protected witness with a colleague outside the inquiry",
    "sold explicit images through an online account while still serving",
]

# Narrative around a hearing; none of it names an outcome, so the outcome sentence stays the evidence.
CONTEXT = [
    "The hearing was told the officer had an otherwise unblemished record.",
    "Colleagues raised concerns with a supervisor, who reported the matter to professional standards.",
    "The officer admitted some of the allegations but denied others.",
    "A representative for the officer told the panel {he} had been struggling with {his} mental health at the time.",
    "The panel heard evidence from two colleagues and read messages recovered from the officer’s phone.",
    "Character references described the officer as hard-working and well liked by the public.",
    "The hearing was held in public at the force’s headquarters in {town}.",
    "The hearing lasted {n} days.",
    "The officer did not attend the final day of the hearing.",
    "The panel considered written submissions from both sides before making its decision.",
    "The officer has the right to appeal to the Police Appeals Tribunal.",
    "Details of the hearing were published on the force’s website in advance.",
    "The woman involved told investigators she had felt unable to refuse.",
    "The officer’s representative argued that the messages had been taken out of context.",
    "The panel rejected the suggestion that the behaviour had been a misunderstanding.",
    "Investigators recovered deleted messages from a work phone.",
    "The matter first came to light after an anonymous report through the force’s confidential line.",
    "The officer had joined the force in {year} after working in retail.",
    "Body-worn video of the incident was played to the panel.",
    "The officer was moved away from front-line duties while the investigation took place.",
    "A member of the public complained to the force the following day.",
    "The panel said it had given weight to the officer’s early admissions.",
]

ROUNDUP_CONTEXT = [
    "Forces were asked for the figures under the Freedom of Information Act.",
    "Several forces did not respond, and others said the information would cost too much to gather.",
    "Some forces said their figures included cases in which no misconduct was found.",
    "The figures cover both police officers and members of police staff.",
    "Many of the cases never reached a formal hearing and were dealt with inside the force.",
    "Forces record allegations differently, which makes comparisons between them difficult.",
    "In several cases the officer involved had already left the service before the case concluded.",
    "The details of individual cases were released with names and identifying details removed.",
]

TOPICS = [  # what a round-up is about
    "messages on social media and phone apps",
    "relationships with members of the public met on duty",
    "drink and drug offences",
    "dishonesty, from expenses to false statements",
    "racist, sexist and homophobic remarks",
    "misuse of police computer systems",
    "use of force during arrests",
    "failures to respond to domestic abuse",
]

CHAIR = [
    "The public are entitled to expect that officers will behave with honesty and integrity at all times.",
    "This was a serious and deliberate breach of the standards expected of a police officer.",
    "I have considered the officer’s long service and the character references put before the panel.",
    "Even taking those references into account, the seriousness of the conduct cannot be ignored.",
    "The behaviour fell far below what the public and colleagues are entitled to expect.",
    "The officer’s conduct was planned and it continued over a significant period of time.",
    "There is no evidence that the officer has shown real insight into the harm caused.",
    "Trust is at the heart of policing, and that trust has been badly damaged by this conduct.",
    "The panel accepts that the officer was under pressure at work and at home at the time.",
    "Pressure at work cannot excuse the choices that were made, again and again.",
    "The panel has taken into account the guidance issued by the College of Policing on outcomes.",
    "The harm to public confidence in this case is considerable.",
    "A lesser outcome would not reflect the seriousness of what happened or protect the public.",
    "The panel is satisfied that the allegations are proven on the balance of probabilities.",
    "The officer abused a position of trust over someone who was entitled to protection.",
    "We have found the officer’s account to be neither credible nor consistent.",
    "The officer admitted the conduct at an early stage, which the panel has taken into account.",
    "Such behaviour has no place in a modern police service.",
    "It is to the officer’s credit that the matter was reported promptly and honestly.",
    "The purpose of these proceedings is not to punish but to maintain public confidence and high standards.",
    "I am satisfied that the conduct was a one-off and is unlikely to be repeated.",
    "The panel considered every outcome open to it before reaching this decision.",
    "Members of the public would be shocked to learn that an officer had acted in this way.",
    "Colleagues who raised concerns did exactly what is expected of them, and they should be thanked.",
]

FORCE_LEAD = [
    "The standards we expect of our officers are clear, and the vast majority meet them every day.",
    "Where officers fall short of those standards, we will act, and we will do so in public.",
    "This officer let down the public and let down colleagues who work hard to keep people safe.",
    "I want to thank the colleagues who came forward; it takes courage to report a fellow officer.",
    "We have made changes to the way we vet and supervise officers as a result of this case.",
    "Anyone who has concerns about the behaviour of an officer or member of staff should report it.",
    "We know that cases like this damage the trust that the people of {town} place in us.",
    "Our professional standards department will continue to root out those who are not fit to serve.",
    "There is no place in {force} for people who behave in this way.",
    "This behaviour is completely at odds with our values and with the oath every officer takes.",
    "I recognise the distress this case has caused, and I apologise to those affected.",
    "We referred the matter to the Independent Office for Police Conduct as soon as we became aware of it.",
    "The outcome sends a clear message about the standards we expect.",
    "We will continue to hold misconduct hearings in public so that people can see justice being done.",
    "It is right that this officer has faced the consequences of {his} actions.",
    "We will be reviewing what more could have been done to spot the warning signs earlier.",
    "The panel has reached its decision after hearing all of the evidence, and we respect that decision.",
    "We have offered support to the people affected and will continue to do so.",
    "Every officer and member of staff in {force} has a duty to challenge behaviour like this.",
    "I am determined that we learn every possible lesson from what happened.",
]

WATCHDOG = [
    "Police officers are in a position of trust and are rightly held to the highest standards.",
    "Our investigation found evidence that the officer had breached the standards of professional behaviour.",
    "Abusing a policing role to pursue a sexual or emotional relationship is a serious form of corruption.",
    "We gathered statements from witnesses and examined the officer’s phone and police systems.",
    "The public must be able to trust that information held by the police will be used properly.",
    "This case shows why it matters that people come forward when they see wrongdoing.",
    "We shared our findings with the force, which agreed the officer had a case to answer.",
    "Where we find evidence that officers have fallen short, we will make sure they are held to account.",
    "We hope this outcome gives some reassurance to the people who raised concerns with us.",
    "Forces must make sure the warning signs are acted on at the earliest opportunity.",
    "Our thoughts remain with the woman at the centre of this case.",
    "It is important that lessons are learned across policing, not just within one force.",
    "We made recommendations to the force about supervision and the use of work phones.",
    "Discriminatory language from a police officer is unacceptable in any setting.",
    "Officers who behave in this way undermine the work of the many who serve with integrity.",
]

CAMPAIGNER = [
    "These figures show that too many officers are keeping their jobs after serious wrongdoing.",
    "Women are being failed by a system that is meant to protect them.",
    "What we are seeing is only the cases that reach a hearing; many more never get that far.",
    "A written warning for behaviour like this sends entirely the wrong message.",
    "Forces say they have zero tolerance, but the outcomes tell a different story.",
    "Victims need to see that complaints are taken seriously and acted on quickly.",
    "There must be a single national standard for how misconduct cases are decided.",
    "The culture that allows this behaviour to go unchallenged has to change.",
    "We have been raising these concerns for years and they still have not been addressed.",
    "Public confidence will not recover until people see real consequences.",
    "Too often it is the person who reports misconduct who ends up leaving the service.",
    "We want every force to publish the outcomes of every hearing, in full.",
]

LEADERSHIP = [
    "The vast majority of officers and staff serve the public with dedication and integrity.",
    "We recognise that a small minority behave in ways that badly damage public trust.",
    "Chief constables are committed to identifying and removing those who are not fit to serve.",
    "Vetting standards have been strengthened and forces are checking serving officers again.",
    "Every force has a professional standards department with a confidential reporting line.",
    "Serious allegations are referred to the independent watchdog, which decides whether to investigate.",
    "Hearings for gross misconduct are led by an independent, legally qualified chair.",
    "We will keep working with the College of Policing to make the process quicker and clearer.",
    "Nobody in policing is above the standards we set for ourselves.",
    "We want victims to have the confidence to come forward, whoever the offender is.",
]

FEDERATION = [
    "Officers are entitled to a fair hearing, and the process must be timely for everyone involved.",
    "Cases that drag on for years help nobody, least of all the public.",
    "We will be supporting the officer as {he} considers the next steps.",
    "The pressures on front-line officers are immense and welfare support must improve.",
    "We accept the panel’s decision and will not be commenting further.",
    "It is important to remember that the officer has a family who have also been affected.",
]

FAMILY = [
    "We were let down by the very people who should have protected us.",
    "Nothing that happened at the hearing can undo the damage that was done.",
    "We hope no other family has to go through what we have been through.",
    "It has taken far too long to get to this point.",
    "We are grateful to the investigators who listened to us when nobody else would.",
    "We just want to know that lessons have actually been learned.",
]

OVERSEAS_CHIEF = [
    "The conduct in this case does not reflect the values of this department.",
    "The officer has a right to appeal the decision under the union contract.",
    "We take every complaint from the community seriously and we investigate it fully.",
    "Our internal affairs unit completed a thorough review of the body camera footage.",
    "The department will be reviewing its training on the use of force as a result.",
    "Residents deserve officers who treat every person with dignity and respect.",
]

# Short fragments a writer quotes inside a sentence of narrative: "behaviour described as ‘...’".
FRAGMENTS = [
    "wholly unacceptable", "a gross breach of trust", "deeply troubling", "out of character",
    "an error of judgement", "completely unprofessional", "a deliberate course of conduct",
    "naive rather than malicious", "far below the standard expected", "a serious lapse",
    "grossly offensive", "shameful", "calculated and persistent",
]

# ---------------------------------------------------------------------------- headlines

HEADLINE_OUTCOME = {
    "dismissed": ["dismissed", "sacked", "fired", "dismissed without notice"],
    "would_have_been_dismissed": ["would have been sacked", "would have been dismissed, panel rules"],
    "reduction_in_rank": ["demoted", "reduced in rank"],
    "final_written_warning": ["given final written warning", "handed final warning"],
    "written_warning": ["given written warning", "receives written warning"],
    "management_advice": ["given management advice", "keeps job after misconduct finding"],
    "reflective_practice": ["referred to reflective practice", "keeps job after hearing"],
    "no_action": ["faces no action", "keeps job"],
    "no_case_to_answer": ["has no case to answer, watchdog finds", "cleared by watchdog"],
    "not_proven": ["cleared of misconduct", "cleared after hearing"],
    "resigned": ["resigns before hearing", "quits force"],
    "retired": ["retired before hearing", "retires before misconduct case"],
    "pending": ["to face misconduct hearing", "suspended as investigation continues"],
    "suspended": ["suspended without pay", "handed suspension"],
}

HEADLINE_TAIL = [
    "after misconduct hearing", "over messages", "for gross misconduct", "after hearing",
    "following IOPC investigation", "over conduct", "after panel finds misconduct proven", "",
]

ROUNDUP_TITLES = [
    "Hundreds of officers kept their jobs after misconduct over {topic}",
    "Revealed: how police forces dealt with officers accused of {topic}",
    "Only a fraction of officers investigated over {topic} were sacked, figures show",
    "Police misconduct over {topic}: the cases forces did not want you to read",
    "Officers investigated over {topic} often faced little more than advice",
]

# ---------------------------------------------------------------------------- page furniture

FURNITURE_TOP = ["Skip to main content", "Printable version", "Menu", "Home › News › Crime",
                 "Listen to this article", "Sign in", "Search"]
FURNITURE_BOTTOM = ["Share this article", "Share on Facebook", "Share on X", "Related stories",
                    "Most read", "Sign up to our daily newsletter", "Advertisement",
                    "Comments are closed.", "Back to top", "Report an error",
                    "Original article link:", "Channel website:", "Read more"]

# ---------------------------------------------------------------------------- no misconduct

NOISE = {
    "recruitment": {
        "titles": ["{force} welcomes {n} new recruits", "Passing-out parade for {n} new officers in {town}",
                   "{force} launches recruitment drive for detectives"],
        "lines": [
            "Family and friends gathered at the force’s training centre to watch the new officers take their oath.",
            "The recruits completed an intensive training course covering law, first aid and safeguarding.",
            "Many of the new officers will be posted to neighbourhood teams across {town} and the surrounding villages.",
            "The force said it was particularly keen to hear from people with experience outside policing.",
            "Applications for the next intake open in the spring, and the force is running open evenings for anyone interested.",
            "The new officers range in age from 19 to 52 and include a former teacher and a paramedic.",
        ],
        "quotes": [
            "I am incredibly proud of every one of these officers and of what they have achieved.",
            "They are joining at a time when the public need visible, local policing more than ever.",
            "Policing is a demanding career, but there is nothing else quite like it.",
            "Each of them has chosen to serve their community, and I wish them every success.",
        ],
    },
    "award": {
        "titles": ["{rank} {surname} honoured for bravery", "Officer praised after rescuing driver from river",
                   "{town} officer wins community policing award"],
        "lines": [
            "The officer was on patrol when a call came in reporting a car in the water near the old mill.",
            "Without waiting for specialist teams, the officer waded in and helped the driver to the bank.",
            "The award was presented at a ceremony attended by the chief constable and local dignitaries.",
            "Colleagues nominated the officer for years of work with young people on the estate.",
            "The officer has run a weekly football session for local teenagers since joining the force.",
            "The chief constable praised the officer’s courage and quick thinking.",
        ],
        "quotes": [
            "I was just doing my job, and anyone on my team would have done the same.",
            "It means a great deal to be recognised, but the real credit belongs to the whole team.",
            "I would encourage anyone thinking about a career in policing to give it a go.",
        ],
    },
    "statistics": {
        "titles": ["Burglaries fall across {town} as patrols increase", "Crime figures: what has changed in {town}",
                   "Knife crime down in {town}, new figures show"],
        "lines": [
            "The figures, published by the force, cover the twelve months to the end of March.",
            "Vehicle crime rose slightly, which the force put down to a series of thefts from vans.",
            "The force said extra patrols in the town centre on Friday and Saturday nights had made a difference.",
            "Residents can check the figures for their own street on the national police website.",
        ],
        "quotes": [
            "These figures are encouraging, but we are not complacent.",
            "We will keep listening to residents about the issues that matter most to them.",
        ],
    },
    "court": {
        "titles": ["{town} man jailed for dangerous driving", "Woman sentenced over fraud at {town} charity",
                   "Man admits string of shed break-ins"],
        "lines": [
            "The court heard the defendant had been driving at more than twice the speed limit.",
            "Officers arrested the man at his home the following morning after tracing the car.",
            "The judge said the defendant had shown genuine remorse and had pleaded guilty at the first opportunity.",
            "He was also banned from driving for three years and ordered to pay costs.",
        ],
        "quotes": [
            "This was a reckless act that could easily have cost someone their life.",
            "I hope this sentence sends a clear message to anyone who thinks about doing the same.",
        ],
    },
    "retirement": {
        "titles": ["{rank} {surname} retires after 30 years of service", "Farewell to {town}’s longest-serving officer"],
        "lines": [
            "The officer joined the force as a constable and spent most of a long career in {town}.",
            "Colleagues lined the corridor of the station to applaud on the final day.",
            "The officer retired on Friday and plans to spend more time walking the coast path.",
            "Over three decades the officer worked in response, neighbourhood and roads policing.",
        ],
        "quotes": [
            "It has been a privilege to serve the people of this town for so long.",
            "I will miss the team more than anything, and I know the town is in good hands.",
        ],
    },
    "roads": {
        "titles": ["Summer drink-drive campaign launched in {town}", "Police warn drivers over mobile phone use"],
        "lines": [
            "Officers will be carrying out roadside checks throughout the summer months.",
            "Last year the campaign led to more than {n} arrests across the force area.",
            "The force is also reminding drivers that using a hand-held phone at the wheel carries six penalty points.",
        ],
        "quotes": [
            "One drink can be enough to affect your judgement, so the only safe option is none.",
            "We would much rather educate drivers than prosecute them, but we will not hesitate to do both.",
        ],
    },
}
