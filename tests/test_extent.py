"""Where a quote ends when the dump has lost its quotation marks: a table of releases.

Each case is an attribution, the paragraphs that follow it and the number of
them that are the speaker's words. The paragraphs are written in the style of
real releases; each case shows one signal of :mod:`quotes.rules.extent` at work.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes import extract
from quotes.extent import SpeakerCue, paragraph_signals

from conftest import dump, release

CASES = [
    pytest.param(
        "Roads Minister Ann Example said:",
        ["I am delighted that work on the new bypass can now begin.",
         "The improvements include a new roundabout at the northern junction and a segregated cycle lane.",
         "Work is expected to start in April 2026."],
        1, id="the press office listing what a scheme includes ends the quote"),
    pytest.param(
        "Rail Minister Ben Sample said:",
        ["We want passengers to see better services from the very first day of the new franchise.",
         "Our aim is a railway that is reliable and good value.",
         "The winning bidder will also need to build successful working relationships with Network Rail.",
         "The competition closes on 1 March 2026."],
        3, id="'will also' carries the speaker's argument on"),
    pytest.param(
        "Dr Cara Placeholder, chief executive of the Example Trust, said:",
        ["This funding is a welcome step for every family we support.",
         "Too many carers still wait months for help.",
         "Ultimately, the test of this plan is whether families notice the change.",
         "The Example Trust supports 40,000 carers a year."],
        3, id="a discourse marker opening a later paragraph keeps it in the quote"),
    pytest.param(
        "Transport Secretary Dan Instance said:",
        ["Our motorways are the backbone of the economy.",
         "We are investing in every region.",
         "Together with the new funding, this is an ambitious programme for the whole network.",
         "In her response the Transport Secretary also pledged:",
         "• A new plan for every major route."],
        3, id="evaluative words keep a third-person paragraph in the quote"),
    pytest.param(
        "Policing Minister Eve Sample said:",
        ["We are giving officers the powers they need.",
         "The Home Office published the guidance today and will consult on further changes in the spring.",
         "Chief Constable Max Example said:",
         "This is welcome news for forces."],
        1, id="the government reported in the third person is narration"),
    pytest.param(
        "Schools Minister Ann Example said:",
        ["Poor attendance at school can have a hugely damaging effect on children's education.",
         "The Government is committed to tackling persistent absence so that every child gets an education.",
         "We are putting in place measures to give schools more power to act.",
         "The figures were published by the Department for Education on Thursday 12 May 2025."],
        3, id="a minister saying the government is committed is still speaking"),
    pytest.param(
        "Minister for Nature Fay Instance said:",
        ["I want every child to be able to walk to a green space.",
         "That is why we are funding 100 new parks.",
         "Fay Instance visited a park in Leeds to announce the funding."],
        2, id="the speaker named in the third person ends the quote"),
    # third-person narration after an unmarked quote
    *[pytest.param(
        "Armed Forces Minister Jane Doe said:",
        ["I am proud of the work our personnel do to keep the eastern flank of the alliance secure.",
         narration,
         "The exercise involves 9,000 troops from 14 countries."],
        1, id=f"narration: {narration[:40]}") for narration in (
        "He also met with the Estonian defence minister and senior commanders.",
        "She also visited the new training facility at the base.",
        "He added that the UK would continue to support Ukraine for as long as it takes.",
        "The Armed Forces Minister also met troops deployed on the operation.",
        "Both ministers agreed to deepen cooperation on cyber security.",
        "Speaking at the event, he praised the troops for their professionalism.",
        "On his visit, the Armed Forces Minister also had the chance to witness training on the exercise.",
        "This follows the Prime Minister’s commitment to increase defence spending.",
    )],
    pytest.param(
        "Armed Forces Minister Jane Doe said:",
        ["I am proud of the work our personnel do to keep the eastern flank of the alliance secure.",
         "When I met them this morning, she thanked me for the support their families receive.",
         "The exercise involves 9,000 troops from 14 countries."],
        2, id="a third-person report inside the speaker's own first-person sentence is still speech"),
    # statements whose paragraphs carry no quotation marks
    pytest.param(
        "Schools Minister Ann Example said:",
        ["Reforms to public sector pensions are essential and the status quo is not an option.",
         "We have put forward an improved offer which protects those closest to retirement.",
         "Strikes benefit no one – they damage pupils’ education and disrupt parents’ lives."],
        3, id="a statement release ends with the speaker's last paragraph, even without first person"),
    pytest.param(
        "Chief Constable Sir Hugh Orde, President of the Association of Chief Police Officers, commented:",
        ["The police service recognises the need for reform and will work with the Government to implement it.",
         "However, these changes must be introduced fairly and with the support of officers.",
         "ENDS",
         "The Association of Chief Police Officers leads the development of policing practice."],
        2, id="a statement release ends with the speaker's last paragraph before ENDS"),
    pytest.param(
        "Chief Constable Jane Example commented:",
        ["The police service recognises the need for reform and will work with the Government to implement it.",
         "The new rules come into force on 1 April 2013.",
         "ENDS"],
        1, id="a statement release's closing line of facts before ENDS is the press office's"),
    pytest.param(
        "Northern Ireland Secretary Jane Doe said:",
        ["This statement is in response to the publication of the interim report today.",
         "There can be no doubt that the inquiry, commissioned in 2016, has been trusted by many families.",
         "Over 3,500 people were killed during the Troubles and tens of thousands more were injured.",
         "I will not comment on the detail of the report while it remains before the courts.",
         "The report was published by the Police Service of Northern Ireland on 8 March 2024."],
        4, id="a statement goes on through a paragraph of figures when the speaker speaks again after it"),
    pytest.param(
        "A Welsh Government spokesperson said:",
        ["Following continued discussions, we are pleased to announce an improved pay offer for health staff.",
         "This revised offer comprises an additional 3%, backdated to April 2022. Included in the package are "
         "a number of non-pay commitments.",
         "Whilst there is currently no improved offer in England, it was also agreed to revisit the offer.",
         "We would like to thank those that have taken part in the negotiations.",
         "Unions will ballot their members over the coming weeks.",
         "Notes to editors"],
        4, id="a spokesperson's statement goes on through paragraphs of facts to its next 'we'"),
    pytest.param(
        "Detective Chief Inspector Jane Example said:",
        ["Every knife taken off the street is potentially a life saved.",
         "Anyone with information should call police on 101 or Crimestoppers anonymously on 0800 555 111."],
        1, id="a police appeal after the quote is the press office's"),
    pytest.param(
        "A Ministry of Justice spokesperson said:",
        ["This plan will make our prisons safer and give staff the tools they need.",
         "Peter Clarke, HM Chief Inspector of Prisons, said the plan was “a welcome start”.",
         "The plan will be reviewed next year."],
        1, id="another person reported as saying something ends the quote"),
    pytest.param(
        "Jane Example, Chief Executive of the Acme Trust, said:",
        ["We are determined to keep people safe.",
         "More details can be found on GOV.UK."],
        1, id="a pointer to more information ends the quote"),
    pytest.param(
        "Mr Example said:",
        ["This scheme will help firms to grow.", "-ENDS-", "Notes to Editors"],
        1, id="the end mark with its dashes ends the quote"),
    pytest.param(
        "Chief Constable John Example said:",
        ["I was deeply saddened to hear of Jane's death. She was a dedicated officer.",
         "She met every challenge with courage and good humour, and was loved by her colleagues.",
         "My thoughts are with her family at this terrible time."],
        3, id="a tribute telling what she did goes on"),
    pytest.param(
        "Jane Example, Chief Executive of Acme, said:",
        ["We are delighted to welcome the minister to our site today.",
         "She met apprentices and toured the new workshop.",
         "Notes to editors"],
        1, id="the visit told in the third person before the notes is the press office's"),    # the press office's next line after a one-paragraph quote
    *[pytest.param(
        "Care Minister Jane Doe said:",
        ["Compassionate care should be the norm in every hospital and every care home, not the exception.",
         narration,
         "Councils will receive their allocations in the spring."],
        1, id=f"after one paragraph: {narration[:40]}") for narration in (
        "Ministers are also considering whether care homes should be required to publish similar information.",
        "Today's announcement brings the total number of homes supported by the scheme to 45,000.",
        "The funding comes as new figures show a rise in the number of older people needing care.",
        "Health Minister John Roe also welcomed the announcement.",
        "Police forces will be required to record the age and ethnicity of everyone on whom a Taser is drawn.",
        "Farmers with questions about their payments should contact the Rural Payments Agency helpline.",
        "Last year, 2,340 potential victims of modern slavery were referred for support, an increase of 34 per cent.",
        "Anyone who suspects that someone is a victim of modern slavery can call the helpline on 0800 0121 700.",
        "The charity represents more than 2,000 member groups across the country.",
        "In 2008, around 9,000 cigarette vending machines were still operating in pubs and clubs in England.",
    )],
    pytest.param(
        "Louise Doe, the Government's crime adviser, said:",
        ["The public told me loud and clear that they want to see offenders paying back. Now they will.",
         "Members of the public can nominate projects for offenders to work on through their local probation area.",
         "Notes to editors"],
        1, id="a line of what the public can do after a one-paragraph quote is the press office's"),
    pytest.param(
        "Crime Prevention Minister Jane Doe added:",
        ["Most pubs and clubs are well run, and they have nothing to fear.",
         "Councils must consult local businesses and the police before introducing the levy.",
         "Notes to editors"],
        1, id="a rule laid on others before the notes is the press office's"),
    # ... and the speaker's own, which goes on
    *[pytest.param(
        "Care Minister Jane Doe said:",
        ["Compassionate care should be the norm in every hospital and every care home, not the exception.",
         speech],
        2, id=f"goes on: {speech[:40]}") for speech in (
        "This represents more than 6,000 new places across the country, and it is a huge boost for families.",
        "Councils must now get on with the job and use these powers.",
        "Anyone who needs help should not suffer in silence.",
        "Modern care homes must be places where people are treated with dignity.",
        "Families will see the difference from the very first day.",
        "Older people deserve to be treated with dignity wherever they live.",
    )],
    # a long quote's closing flourish without "I" or "we" is still the speaker's
    *[pytest.param(
        "Communities Secretary Jane Doe said:",
        ["I want every council to freeze council tax this year, and we are giving them the money to do it.",
         "Councils have already saved millions through shared services and joint procurement.",
         flourish,
         "The offer closes on 22 February 2026."],
        3, id=f"closing flourish: {flourish[:40]}") for flourish in (
        "Why should residents pay more when councils are sitting on £10 billion of reserves?",
        "Nobody should leave prison without someone to meet them at the gate and help them find a home.",
        "Too often, energy is something done to communities rather than with them. That has to change.",
        "Now the hard work begins. The legacy of these Games must be a generation inspired to take up sport.",
    )],
    pytest.param(
        "Minister of State Jane Doe said:",
        ["I am delighted with this deal. It protects our place in the Union and respects all communities.",
         "Q: Will there be a vote in Parliament?",
         "A: Yes. Parliament will have the opportunity to vote on the agreement."],
        1, id="questions and answers after the quote are the press office's"),
    pytest.param(
        "An Environment Agency spokesperson said:",
        ["We would urge people not to walk or drive through flood water. Just 30cm of water can float a car.",
         "For the latest flood warnings visit the Environment Agency website or call Floodline on 0345 988 1188."],
        1, id="a website to visit and a number to call after a spokesperson's words are the press office's"),
    pytest.param(
        "Jane Doe, Chief Executive of HM Courts & Tribunals Service, added:",
        ["Our staff are at the heart of this programme and we will work closely with them as we bring these "
         "changes in.",
         "The joint statement, Transforming Our Justice System, is published on GOV.UK."],
        1, id="'Our' inside a document's Title-Case name is no one speaking"),
    # someone else reported as saying something, then the next speaker
    *[pytest.param(
        "Chief Nursing Officer Jane Doe said:",
        ["Nursing is a fantastic career, and this plan will mean thousands more people can join the profession.",
         reported,
         "Dr John Smith, President of the Royal College of Psychiatrists, said:",
         "We welcome this plan."],
        1, id=f"reported: {reported[:40]}") for reported in (
        "The British Medical Association said the plan was welcome but did not address the immediate pressures "
        "facing doctors.",
        "One head teacher in Leeds said the team had made ‘a real difference’ to pupils since it started working at "
        "the school last year.",
        "A Public Health England spokesperson said the figures would be kept under review.",
        "Campaigners said the changes could undermine the independence of the Parole Board.",
        "SSAFA, the Armed Forces charity, which will administer several of the grants, also welcomed the "
        "announcement.",
        "Families who have already arrived through the Ukraine Family Scheme have spoken of the warm welcome they "
        "have received.",
        "The homecoming was hosted by double Olympic champion Dame Kelly Holmes, who said it had been “an honour” to "
        "celebrate the athletes’ achievements.",
        "Among the parks to benefit is Saltwell Park in Gateshead, described by one local resident as “the jewel in "
        "Gateshead’s crown”.",
    )],
    pytest.param(
        "Chief Nursing Officer Jane Doe said:",
        ["Nursing is a fantastic career, and this plan will mean thousands more people can join the profession.",
         "Nobody said it would be easy, but nurses have shown again and again what they can achieve.",
         "Dr John Smith, President of the Royal College of Psychiatrists, said:",
         "We welcome this plan."],
        2, id="'Nobody said it would be easy' is the speaker's, not a report"),
    pytest.param(
        "May Example said:",
        ["It’s a huge honour to be the first in the country to deliver the vaccine to a patient.",
         "William Shakespeare, 81, from Warwickshire, was the second person to receive the vaccine and described "
         "the experience as ‘wonderful’.",
         "Sir Simon Example, NHS chief executive, said:",
         "This is a landmark day."],
        1, id="a person brought in by name and age is the press office's case study"),
    pytest.param(
        "Housing and Planning Minister Jane Example said:",
        ["This government is determined that everyone who works hard should have the chance to own their own home.",
         "The Housing and Planning Act will help us deliver 1 million more homes by the end of this Parliament.",
         "And it gives councils the tools they need to tackle rogue landlords, including banning orders for the "
         "worst offenders.",
         "The National Housing Federation reached a voluntary agreement with the government last October."],
        3, id="a third paragraph opening with 'And' carries the speaker's sentence on"),
    *[pytest.param(
        "Jane Example, Chief Executive of Spinal Muscular Atrophy UK, said:",
        ["Today is a day that many in the SMA community thought would never come.", count],
        1, id=f"a closing count: {count[:40]}") for count in (
        "About 1,200 people in England have SMA.",
        "Around 1,300 prisoners were in employment six months after release last year.",
    )],
    pytest.param(
        "Professor Jane Example, National Coordinator of the Testing Programme, said:",
        ["Expanding testing to more essential workers is an important next step.",
         "Employers can also refer staff through a dedicated portal, which opened on Friday.",
         "Minister for Innovation John Example said:",
         "This is a major milestone."],
        1, id="what employers can also do to use a service is the press office's, 'also' or not"),
    pytest.param(
        "Heritage Minister Jane Example said:",
        ["Our parks are loved by communities across the country, and this funding will ensure they continue to be "
         "enjoyed for years to come.",
         "Among the parks to benefit is Saltwell Park in Gateshead, which will restore its Victorian bandstand.",
         "Ros Example, Chief Executive of the National Lottery Heritage Fund, said:",
         "Parks matter."],
        1, id="'Among the parks to benefit is ...' lists what benefits: the press office's"),
    # a demand made of the government: a charity's words, never the press office's
    *[pytest.param(
        "Jane Example, Chief Executive of Shelter, said:",
        ["Today’s plans are a huge win for England’s 11 million private renters.",
         demand,
         "Ben Example, Chief Executive of the National Residential Landlords Association, said:",
         "Landlords need confidence."],
        2, id=f"demand: {demand[:40]}") for demand in (
        "The government must now bring forward the legislation without delay.",
        "The government must use the forthcoming green paper to put social care on a sustainable footing once and "
        "for all.",
        "Until the government addresses fair pay, nurses will continue to leave the profession faster than they can "
        "be replaced.",
    )],
    pytest.param(
        "Jane Example, Chief Executive of Shelter, said:",
        ["Today’s plans are a huge win for England’s 11 million private renters.",
         "The government will now bring forward the legislation in the autumn.",
         "Ben Example, Chief Executive of the National Residential Landlords Association, said:",
         "Landlords need confidence."],
        1, id="what the government will do, reported after a charity's words, is the press office's"),
    # the speaker's next words announced right after a paragraph
    pytest.param(
        "Kate Example, Interim Chief Executive of the Care Quality Commission, said:",
        ["This year’s State of Care shows a health and care system in gridlock.",
         "We are seeing people waiting too long in emergency departments.",
         "The effects of this are being felt most by those who are already disadvantaged.",
         "Ms Example added:",
         "We need a long-term plan for social care."],
        3, id="the paragraph before 'Ms X added:' is the speaker's"),
    pytest.param(
        "Specialist Prosecutor Jane Example, of the CPS Specialist Fraud Division, said:",
        ["These men deliberately targeted vulnerable and elderly people.",
         "The CPS will now seek confiscation orders to strip the defendants of their criminal gains.",
         "She added:",
         "I would like to thank the victims for their courage."],
        2, id="the paragraph before 'She added:' is the speaker's"),
    pytest.param(
        "Jane Example, Chief Executive of UKHospitality, said:",
        ["The plan is a welcome recognition of the importance of hospitality and tourism to the economy.",
         "The sector lost an estimated £80 billion in revenue in 2020, according to industry figures.",
         "She added:",
         "The immediate priority must be to remove the remaining restrictions on our businesses."],
        1, id="figures set between two parts of a quote are the press office's"),
]

# A release whose attribution comes after several paragraphs of the press office's own.
NARRATED_CASES = [
    pytest.param(
        ["Passengers will have their say on the next East Coast franchise.",
         "The consultation, launched today, runs until 18 September.",
         "It seeks views on services, stations and fares."],
        "Rail Minister Ann Example said:",
        ["There are exciting changes on the horizon for the line and its passengers.",
         "The consultation outlines what we expect the next operator to deliver.",
         "The winning bidder, which will operate services from 2013, will need to deliver improvements.",
         "The successful bidder is expected to introduce new trains. We also want to hear ideas on stations.",
         "Related documents"],
        2, id="an agency's 'we' after a paragraph of facts is the press office, not the speaker resuming"),
    pytest.param(
        ["The department has published its plans for pension schemes.",
         "The consultation runs until Friday 19 April."],
        "Minister for Pensions Ann Example said:",
        ["We are in a welcome position, with schemes enjoying high levels of funding.",
         "Over the last decade most schemes have become better funded, with the average at 113% in 2022."],
        1, id="a closing paragraph of figures in a narrated release is the press office's"),
    pytest.param(
        ["The department has published its plans for pension schemes.",
         "The consultation runs until Friday 19 April."],
        "Minister for Pensions Ann Example said:",
        ["We are in a welcome position, with schemes enjoying high levels of funding.",
         "Over the last decade most schemes have become better funded, with the average at 113% in 2022.",
         "Schemes are regulated by the Pensions Regulator, which was set up in 2005.",
         "I want this money to work harder for savers and for the wider economy."],
        4, id="the speaker saying 'I' again after a paragraph of figures is still the quote"),
    pytest.param(
        ["Parents are being urged to check their children are up to date with the MMR vaccine.",
         "Cases of measles have risen across England this year."],
        "Public Health Minister Jane Example said:",
        ["Vaccines are our best defence against measles. Please check that your children are up to date.",
         "Parents can check their child’s vaccination status in their red book or by contacting their GP practice."],
        1, id="what parents can do to use a service, closing the release, is the press office's"),
    *[pytest.param(
        ["Prison governors are to be given new freedoms.", "Six reform prisons will open this year."],
        "Prisons Minister Jane Doe said:",
        ["I have visited many prisons and seen the difference a good governor makes.",
         procedure,
         "Legislation to create reform prisons will be introduced in a bill later this year."],
        1, id=f"what others may do: {procedure[:40]}") for procedure in (
        "Governors of reform prisons will be able to opt out of national contracts and rules, and will be held to "
        "account through new league tables of performance.",
        "Regional schools commissioners will be given new powers to intervene in coasting academies and local "
        "authority schools alike.",
        "Supermarkets will report their figures to WRAP, the Government's waste advisory body, which will publish "
        "them every six months.",
    )],
    pytest.param(
        ["A multinational exercise off the Scottish coast brought together forces from 12 nations.",
         "The exercise tested how air and missile defences work together."],
        "Air Commodore Jane Example, Head of Operations at Joint Command, said:",
        ["The exercise showed how well our forces work with our allies.",
         "As the lead command, we will keep supporting this exercise and learn its lessons.",
         "A total of more than 30 ships, 40 aircraft and six ground units took part in the exercise.",
         "By working with our partners, we can deter any threat to our security."],
        2, id="a paragraph opening on a count is the press office's figures"),
]


@pytest.mark.parametrize("lead, attribution, following, spoken", NARRATED_CASES)
def test_quote_extent_after_narration(lead, attribution, following, spoken):
    body = [*lead, attribution, *following]
    quotes = [q for q in extract(dump(release("Extent case", body)), "t.txt") if q.attribution == attribution]
    assert len(quotes) == 1
    assert quotes[0].paragraphs == following[:spoken]


def test_a_paragraph_of_facts_right_before_the_speaker_goes_on_in_the_first_person_is_theirs():
    # (DfT, 2011 form) the department's own funding told in figures, then "I would like to thank ...": one quote
    attribution = "Ann Example said:"
    spoken = ["There is nothing more frustrating than being stuck in a traffic jam for hours on end. That is why we "
              "are determined to improve the clear-up of accidents.",
              "Today's £2.7 million DfT funding award will see 3D laser scanners rolled out quickly where they are "
              "needed most. This will benefit drivers by reducing incident clear up times by 39 minutes on average.",
              "I would like to thank police forces for seizing this opportunity to purchase laser scanners."]
    body = ["Drivers are to benefit from shorter motorway closures after crashes, Roads Minister Ann Example announced "
            "today.", "The Department for Transport has awarded 27 police forces a total of £2.7million.",
            attribution, *spoken,
            "Last year (2010) there were more than 18,000 full or partial motorway closures."]
    (quote,) = extract(dump(release("Extent case", body, publisher="the Department for Transport")), "t.txt")
    assert quote.paragraphs == spoken


def test_the_press_offices_we_after_a_paragraph_of_narration_does_not_carry_the_quote_on():
    # "We will publish ..." is the department's as often as the speaker's: it does not carry the quote through the
    # department's own narration before it
    attribution = "Transport Secretary John Roe said:"
    body = ["A new line will link the cities of the North.", attribution,
            "This is a great day for passengers in the North. The new line will cut journey times in half and bring "
            "jobs.",
            "The Department for Transport is investing £5 billion in rail across the North.",
            "We will publish the timetable next month."]
    (quote,) = extract(dump(release("Extent case", body)), "t.txt")
    assert len(quote.paragraphs) == 1


@pytest.mark.parametrize("attribution, following, spoken", CASES)
def test_quote_extent(attribution, following, spoken):
    body = ["The department announced new plans today.", attribution, *following]
    quotes = [q for q in extract(dump(release("Extent case", body)), "t.txt") if q.attribution == attribution]
    assert len(quotes) == 1
    assert quotes[0].paragraphs == following[:spoken]


@pytest.mark.parametrize("text, signal, expected", [
    ("Other changes to the law include new powers for councils.", "enumerates", True),
    ("The package included three new grants for hauliers.", "enumerates", True),
    ("We will help everyone, including drivers of older cars.", "enumerates", False),
    ("Among the sites added are a Grade II listed lido in Kent and a medieval church in Norfolk.", "enumerates", True),
    ("Among the parks to benefit is Saltwell Park in Gateshead.", "enumerates", True),
    ("We are among the first countries to act.", "enumerates", False),
    ("The new powers will also free up police time.", "adds_a_point", True),
    ("The station also has a new ticket hall.", "adds_a_point", False),
    ("Of course, everyone should still plan their journey.", "discourse_marker", True),
    ("Passengers should, of course, plan their journey.", "discourse_marker", False),
    ("Green buses are an absolute no brainer.", "evaluative", True),
    ("Key elements of the proposal included: preservation of the existing routes.", "inline_colon", True),
    ("Britain will continue to stand with Lebanon: supporting the Lebanese Armed Forces, helping to educate refugee "
     "children and pushing for a stable, sovereign and prosperous Lebanon.", "inline_colon", False),
    ("The Assad regime and its backers, Russia and Iran, bear responsibility for ensuring that civilians are "
     "protected.", "evaluative", True),
    ("The next few weeks are critical.", "evaluative", True),
    ("The UK will continue to support efforts to hold those responsible to account.", "evaluative", True),
    ("The patient remains in a critical condition in hospital.", "evaluative", False),
    ("Ports are critical infrastructure under the new rules.", "evaluative", False),
    ("The council has responsibility for the roads in the area.", "evaluative", False),
    ("Governors will be held to account through new league tables of performance.", "evaluative", False),
    ("The changes come into force on Monday.", "date", True),
    ("Mondays are always busy at the station.", "date", False),
    ("He also met with local business leaders.", "third_person_report", True),
    ("During her visit, she toured the new ward.", "third_person_report", True),
    ("The two ministers discussed trade and security.", "third_person_report", True),
    ("He was a dedicated officer who served his community.", "third_person_report", False),
    ("When we met them, she thanked the volunteers.", "third_person_report", False),
    # (No 10, 2010; FCO, 2011) the speaker told of by title, and more verbs of a visit's narration
    ("During the visit, the PM also held meetings with the First Minister.", "third_person_report", True),
    ("He also updated Parliament on progress in the talks.", "third_person_report", True),
    ("On Friday, the Minister for Schools also visited the new academy.", "third_person_report", True),
    ("The Minister will set out the plans in the spring.", "third_person_report", False),
    ("The Secretary of State for Wales will chair the first meeting.", "third_person_report", False),
    ("The Defence Procurement Minister also visited the yard.", "government_reported", True),
    ("It comes as new figures show a fall in casualties.", "narration_link", True),
    ("It comes down to whether families notice the change.", "narration_link", False),
    ("Anyone with information should call police on 101 or Crimestoppers anonymously on 0800 555 111.", "appeal",
     True),
    ("Anyone who witnessed the collision is urged to contact Kent Police.", "appeal", True),
    ("Anyone can apply, and everyone deserves a fair hearing.", "appeal", False),
    ("More details can be found on GOV.UK.", "signpost", True),
    ("Many of the barriers can be found in the bureaucracy that delays improvements.", "signpost", False),
    ("Jones, 34, of Croydon, was jailed for life at the Old Bailey.", "case_outcome", True),
    ("Peter Clarke, HM Chief Inspector of Prisons, said the plan was “a welcome start”.", "reports_another", True),
    ("According to Dr Hopkins, most cases have been mild.", "reports_another", True),
    ("Stolen Device Protection adds additional security if a device is away from home.", "reports_another", False),
    ("The Government welcomes this report and is grateful to Mary.", "reports_another", False),
    ("Public Health England has warned that flu could be severe this year.", "reports_another", False),
    ("According to the Office for National Statistics, more people are in work.", "reports_another", False),
    ("Support is available from today, and families can find out more on the website.", "signpost", False),
    ("The campaign runs from 1st December. For more information and the facts.", "signpost", True),
    ("DPTAC welcomes the move by the Minister.", "reports_another", False),
    ("According to the Office for National Statistics, crime fell by 5% last year.", "according_to", True),
    ("Employers can apply for the grant online from 1 April.", "signpost", True),
    ("Guidance is available from local Jobcentres.", "signpost", True),
    ("Visit the website to learn more.", "signpost", True),
    ("In 2008, around 9,000 vending machines were still operating in pubs and clubs.", "date", True),
    ("Since 2010, the number of apprentices has doubled.", "date", True),
    ("By 2018, every school will have a qualified nurse.", "subordinate_opening", False),
    ("By working together we can beat this disease.", "subordinate_opening", True),
    ("Ministers are also considering whether care homes should publish similar information.", "government_reported",
     True),
    ("Ministers and officials have worked hard on this.", "government_reported", False),
    ("The funding comes as new figures show a rise in demand.", "narration_link", True),
    ("Today's announcement brings the total number of homes supported to 45,000.", "narration_link", True),
    ("This brings real benefits to families.", "narration_link", False),
    ("Care and Support Minister Jane Doe also welcomed the announcement.", "reports_another", True),
    ("Anyone who suspects that a child is at risk should call the NSPCC.", "appeal", True),
    ("Anyone who needs help should not suffer in silence.", "appeal", False),
    ("For the latest flood warnings visit the Environment Agency website.", "signpost", True),
    ("Call Floodline on 0345 988 1188 for advice.", "signpost", True),
    ("The new helpline will support thousands of callers.", "signpost", False),
    ("Co-operatives UK represents more than 6,000 co-operative businesses.", "body_described", True),
    ("The Trust was founded in 1895 by three volunteers.", "body_described", True),
    ("This represents 20 per cent of all new homes.", "body_described", False),
    ("Britain has 27 million homes, many of them poorly insulated.", "body_described", False),
    ("Great Western Railway (GWR) operates more than 1,600 services a day.", "body_described", True),
    ("The operator runs 300 trains a day on the route.", "body_described", True),
    ("It runs 300 trains a day on the route.", "body_described", False),
    ("We operate more than 1,600 services a day.", "body_described", False),
    ("Councils must consult local businesses before introducing the levy.", "duty_of_others", True),
    ("Councils must do more to support their high streets.", "duty_of_others", False),
    ("Victims of modern slavery are often too frightened to come forward.", "evaluative", False),
    ("Every council should take up this offer.", "rhetorical_opening", True),
    ("Every year, 300 people are injured on the road.", "rhetorical_opening", False),
    ("Now that the scheme is open, applications are rising.", "rhetorical_opening", False),
    ("Together with funding from the operator, the Government will pay for the new platform.", "rhetorical_opening",
     False),
    ("Community groups bidding for the money had to show that they could act within two years.",
     "procedure_for_others", True),
    ("Councils that take up the offer will be eligible for extra capital funding.", "procedure_for_others", True),
    ("These councils will be eligible for extra funding.", "procedure_for_others", False),
    ("We will be able to do more.", "procedure_for_others", False),
    ("The joint statement, Transforming Our Justice System, is published on GOV.UK.", "first_person", False),
    ("The Strategy for our Veterans will be followed by a public consultation.", "first_person", False),
    ("The government's Our Plan for Change sets out six milestones.", "first_person", False),
    ("Our Armed Forces are the envy of the world.", "first_person", True),
    ("Thank you to the NHS and our Armed Forces.", "first_person", True),
    ("We will publish the Strategy for the Armed Forces next year.", "first_person", True),
    ("The Council said the guidelines would also cover disclosing private sexual images.", "reported_speech", True),
    ("Rape charities said the figures were ‘deeply worrying’.", "reported_speech", True),
    ("The court heard that he had repeatedly threatened her.", "reported_speech", True),
    ("Patients taking part in the trials said their quality of life had improved.", "reported_speech", True),
    ("The effects of this are being felt most by those who are already disadvantaged.", "continues_thought", True),
    ("The publication of these Standards will help to ensure that all drivers acquire the right skills.",
     "continues_thought", True),
    ("The rest of this year will be spent consulting on the details.", "continues_thought", False),
    ("The Department of Health published the figures today.", "continues_thought", False),
    ("More than 2,000 British soldiers have deployed to Estonia.", "figures", True),
    ("Some 40 councils have signed up.", "figures", True),
    ("Over the last decade most schemes have become better funded.", "figures", False),
    ("About time too.", "figures", False),
    ("A petition opposing the change has attracted more than 400,000 signatures.", "figures", True),
    ("The consultation has received 4,000 responses.", "figures", True),
    ("The scheme has reached its target.", "figures", False),
    ("But we also know that short sentences fail to cut crime.", "conjunction_opening", True),
    ("Andover station will close for a week.", "conjunction_opening", False),
    ("We urge the government to act now.", "demands_of_government", True),
    ("But the government must also unfreeze housing benefit.", "demands_of_government", True),
    ("Until the government addresses fair pay, nurses will continue to leave the profession.",
     "demands_of_government", True),
    ("Until the government's review is complete, the current rules apply.", "demands_of_government", False),
    ("The government proposes that the owner asks the government to purchase the property.", "demands_of_government",
     False),
    ("The government has committed £5 million to the scheme.", "demands_of_government", False),
    ("Nobody said it would be easy.", "reported_speech", False),
    ("Residents described the flooding as ‘the worst in living memory’, and some have been unable to return.",
     "reported_speech", True),
    ("Campaigners have long described the throwaway culture as ‘a plastic tide’ washing up on Britain’s beaches.",
     "reported_speech", True),
    ('Civil liberties groups have described the plans as "expensive and intrusive".', "reported_speech", True),
    ("I described the scheme as a lifeline when I visited last year.", "reported_speech", False),
    ("However, the Association of School and College Leaders (ASCL) said the definition of coasting needed to be "
     "fair and transparent.", "reported_speech", True),
    ("Meanwhile, the Local Government Association said the funding would not cover rising costs.",
     "reported_speech", True),
    ("However, we said the plan was right, and it was.", "reported_speech", False),
    ("Local residents told aid workers that the water rose within minutes.", "reported_speech", True),
    ("Victims told me that they had been ignored for years.", "reported_speech", False),
    ("Research by the AA found that a third of drivers had not heard of the changes, the motoring group said.",
     "reported_speech", True),
    ("The water rose within minutes. “We lost everything,” one woman in Beira said.", "reported_speech", True),
    ("“It changed my life,” Jane Doe said.", "reported_speech", True),
    ("We must act now, as the Chief Constable said.", "reported_speech", False),
    ("That is exactly what the inspectorate said.", "reported_speech", False),
    ("The changes are welcome, and that is what we said.", "reported_speech", False),
    ("Kelsey, 19, left school without any qualifications and is now an apprentice with Bradford Council.",
     "person_introduced", True),
    ("Sam, 24, started his new job in March.", "person_introduced", True),
    ("The agreement links pay to modernisation. That is the only basis on which the Government was ever prepared "
     "to see it funded.", "links_back", True),
    ("One young person in two still leaves school without five good GCSEs. That is why we are reforming the "
     "curriculum.", "links_back", True),
    ("That is why the consultation was launched.", "links_back", False),  # the opening's own signal
    ("The station reopens in May. That day will be a celebration.", "links_back", False),
    ("Local authorities will receive their allocations in the coming weeks.", "procedure_for_others", True),
    ("Local authorities will receive their allocations in the coming weeks.", "schedule", True),
    ("We will set out more detail in the coming weeks.", "first_person", True),
    ("These families will receive the help they need.", "procedure_for_others", False),
    ("As we described the problem in our report, it is urgent.", "reported_speech", False),
    ("Adam Hussain, 24, from Luton, had been sentenced to 2 years and 6 months’ imprisonment.", "person_introduced",
     True),
    ("Paul Dawson, 58, was originally sentenced to 9 years’ imprisonment.", "person_introduced", True),
    ("Leeds, Bradford and York will each receive funding.", "person_introduced", False),
    ("At 81, my grandmother still volunteers every week.", "person_introduced", False),
    ("As the report said, the system is broken.", "reported_speech", False),
    ("Parents told us they wanted more flexibility.", "reported_speech", False),
    ("We said we would act, and we have.", "reported_speech", False),
    ("So please, continue to follow the advice.", "exhortation", True),
    ("Please stay at home if you have symptoms.", "exhortation", True),
    ("For further information please call Jane Doe on 020 7944 4604.", "exhortation", False),
    ("Please remember, it is your responsibility to renew in time.", "exhortation", False),
    ("So far, 300 homes have been connected.", "exhortation", False),
    ("In its 2024 report, the Council for Science and Technology said the UK risked falling behind its competitors.",
     "reported_speech", True),
    ("In sentencing one offender last year, Judge Sarah Munro KC said the defendant had ‘shown no remorse’.",
     "reported_speech", True),
    ("Consumer group Which? said households should be wary of cold callers offering grants.", "reported_speech", True),
    ("A report by Audit Scotland said costs had risen substantially.", "reported_speech", True),
    ("After the verdict, the family said they were relieved.", "reported_speech", True),
    ("Last year we said costs would rise.", "reported_speech", False),
    ("Earlier this year I said the plan was right.", "reported_speech", False),
    ("When I met them, residents said the flooding was the worst they had seen.", "reported_speech", False),
    ("In my view, the review said the right thing.", "reported_speech", False),
    ("Employers can also refer staff through a dedicated portal.", "procedure_for_others", True),
    ("Veterans who left the armed forces before December 2018 can now apply for a veteran ID card.",
     "procedure_for_others", True),
    ("Families can get the help they need, when they need it.", "procedure_for_others", False),
    ("Patients can check the new service for themselves.", "procedure_for_others", True),
    ("This means patients can check their records online.", "procedure_for_others", False),
    ("Q: Will there be a vote in Parliament?", "question_line", True),
    ("A total of 24 projects have won funding.", "count_opening", True),
    ("In total, 1,200 homes will be built.", "count_opening", True),
    ("Around 1,300 prisoners were in employment last year.", "count_opening", True),
    ("We have built 1,200 homes in total.", "count_opening", False),
    ("The exports were worth £834 billion, up from £815 billion a year before.", "figures_compared", True),
    ("This is an increase of 12% on last year.", "figures_compared", True),
    ("Compared to other countries, we are doing well.", "figures_compared", False),
    ("The money will be used to help get patients home quicker.", "states_use", True),
    ("It could also be used to support new trails.", "states_use", True),
    ("We used to wait months for a decision.", "states_use", False),
    ("People will get used to the new system quickly.", "states_use", False),
    ("Quite simply: this is a good deal.", "question_line", False),
])
def test_signals_of_real_sentences(text, signal, expected):
    assert paragraph_signals(text, SpeakerCue())[signal] is expected


def test_what_others_can_also_do_adds_no_point_of_the_speakers():
    from quotes.extent import paragraph_score

    signals = paragraph_signals("Employers can also refer staff through a dedicated portal.", SpeakerCue())
    assert signals["adds_a_point"] and signals["procedure_for_others"]
    without = dict(signals, adds_a_point=False)
    assert paragraph_score(signals, 1, "text") == paragraph_score(without, 1, "text")


@pytest.mark.parametrize("line, before, expected", [
    ("Ms Terroni added:", "The effects of this are being felt most by the disadvantaged.", True),
    ("She added:", "The CPS will now seek confiscation orders.", True),
    ("Professor Kate Terroni went on to say:", "The effects of this are felt most by the disadvantaged.", True),
    ("He added:", "The new centre was opened by council leader John Smith.", False),
    ("Mr Smith added:", "The effects of this are being felt most by the disadvantaged.", False),
    ("In a statement, she added:", "The CPS will now seek confiscation orders.", False),
    ("She said the plans were welcome:", "The CPS will now seek confiscation orders.", False),
])
def test_a_line_announcing_more_words_of_the_speaker(line, before, expected):
    from quotes.extent import continues_speaker, words_pattern

    cue = SpeakerCue(names=words_pattern(("Kate Terroni", "Terroni")))
    assert continues_speaker(line, before, cue) is expected


def _ungated(text: str) -> dict[str, bool]:
    """Every pattern signal searched directly, without the cheap text tests in front of them (the speaker named
    is "he said" and the like, with no cue)."""
    import regex

    from quotes.extent import (_CAPITALISED, _OPENING_SIGNALS, _PRONOUN_REPORT, _QUOTED_SPANS, _WORD, SIGNAL_SPAN,
                               blank_first_person_in_names)
    from quotes.rules.extent import MANY_NAMES, PHRASE_SIGNALS, SIGNALS, WORD_SIGNALS

    text = text[:SIGNAL_SPAN]
    unquoted = _QUOTED_SPANS.sub(" ", text)
    found = {name: regex.search(rx, text if name in _OPENING_SIGNALS else unquoted) is not None
             for name, rx in SIGNALS.items()}
    for name in ("first_person", "first_person_plural"):
        found[name] = regex.search(SIGNALS[name], blank_first_person_in_names(unquoted)) is not None
    lower = unquoted.lower()
    words = set(_WORD.findall(lower))
    for name, vocabulary in WORD_SIGNALS.items():
        found[name] = not words.isdisjoint(vocabulary) or (
            name in PHRASE_SIGNALS and regex.search(PHRASE_SIGNALS[name], lower) is not None)
    found["many_names"] = len(_CAPITALISED.findall(unquoted)) >= MANY_NAMES
    found["speaker_named"] = _PRONOUN_REPORT.search(unquoted) is not None
    return found


def _same_as_ungated(text: str) -> None:
    from quotes.extent import speaks_in_first_person

    gated = paragraph_signals(text, SpeakerCue())
    ungated = _ungated(text)
    assert {name: gated[name] for name in ungated} == ungated, text
    assert speaks_in_first_person(text) is ungated["first_person"], text


def test_signal_gates_never_change_a_signal_on_the_bundled_releases():
    from quotes.archive import read_dump
    from quotes.models import Document
    from quotes.pipeline import bundled_corpus

    docs = [d for d in read_dump(bundled_corpus().read_text(encoding="utf-8"), "b.txt") if isinstance(d, Document)]
    paragraphs = [p.text for d in docs for p in d.paragraphs]
    assert len(paragraphs) > 200
    for text in paragraphs:
        _same_as_ungated(text)


_PIECES = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzTHG £%0123456789'’“”.,") + [
    "also ", "will ", "the Government ", "The Minister ", "per cent ", "12 May ", "in 2020", "£5",
    "The Home Office ", "January 2021 ", "٣ May ", "ALSO ", "WILL ", "on Monday ", "last Sunday ", "until 1999 ",
    "3rd June ", "since 2010 ", "“quoted” ", "need to ", "Needs to ", "!", "?", "good news ", "no-brainer ",
    "is available ", "was appointed ", "he said ", "she added ", "They told ", "Jane ", "Smith ", "ACME ", "Fund ",
    "Anyone with ", "Crimestoppers ", "call 101 ", "are asked to call ", "quoting reference ", "Witnesses are ",
    "was jailed ", "WERE charged ", "pleaded guilty ", "will appear at ", "can be found at ", "are published on ",
    "Find out more ", "For more information ", "Further details ", "www.", "GOV.UK ", "can apply for ",
    "He met ", "She opened ", "he toured ", "Visit ", ". Visit ", "https://", "Businesses can apply online ",
    "According to the ", "is available from ", "Our ", "our ", "My ", "Transforming Our Justice System ",
    "Strategy for our Veterans ", "Find My ", "Campaigners said the ", ", who said ", "described by one resident as ",
    "SSAFA, the charity, also welcomed the ", "have spoken of ", "Nobody said ", "the Government must ",
    "urge the government to ", "The Treasury should ", "About 1,200 ", "Over 3 ", "More than 40 ", "Some ",
    "Employers can also refer ", "Parents can check ", "Until the government ", "unless the Treasury's ",
    "Among the ", "Amongst those "])


@given(st.lists(_PIECES, max_size=60).map("".join))
@settings(max_examples=300, deadline=None)
def test_signal_gates_never_change_a_signal_on_generated_text(text):
    _same_as_ungated(text)


QUOTATION_CASES = [
    pytest.param(
        "Jane Doe, the party's local representative, said,",
        ["“I visited the hall this evening as fire crews were battling to bring the blaze under control.",
         "The police are investigating the circumstances. I call on anyone with information to contact them.",
         "I also call on all political leaders to condemn those who continue to attack community halls.”",
         "The hall was built in 1901 and is used by many groups in the town."],
        3, id="a quotation left open runs through unmarked paragraphs to the one that closes it"),
    pytest.param(
        "The Prime Minister said:",
        ["“Easter is the most important date in the Christian calendar.",
         "This year we have particular reason to celebrate, as the summit meets in the spring.",
         "The churches are the conscience of our country, reminding us of ‘the least of these’.",
         "With warm best wishes to you and your families for a Happy Easter,",
         "Gordon.”",
         "The Prime Minister's message was published on Sunday."],
        5, id="a signed message closes on its last line"),
    pytest.param(
        "Speaking after the vote, Minister for Climate Change, Jane Doe said:",
        ["“I am delighted that the move to 20mph has received cross-party support today.",
         "The evidence is clear, decreasing speeds not only reduces accidents and saves lives.",
         "We know this move won’t be easy, but over time it will become the norm.",
         "The Welsh Government will publish guidance for councils on 1 September 2023."],
        3, id="a quotation that never closes goes on as unmarked words do"),
    pytest.param(
        "The Minister said:",
        ["“We are investing in every region.”",
         "The funding covers 12 councils, which officials described as “a fair share.”",
         "Jane Doe, leader of Acme Council, said:",
         "“This is good news.”"],
        1, id="a closed quotation ends at its closing mark; a phrase quoted in narration is no continuation"),
    pytest.param(
        "The Minister said:",
        ["“We are investing in every region of the country.",
         "The funding covers 12 councils in the north and was agreed in May.",
         "The councils were named as “priority areas.”",
         "Jane Doe, leader of Acme Council, said:"],
        1, id="a narration paragraph closing its own quoted phrase closes no open quotation"),
    pytest.param(
        "The Solicitor General Jane Doe said:",
        ["This scheme allows victims and the public to ask us to review sentences that appear too low.",
         "Offenders who commit the most serious crimes should be properly punished.",
         "The scheme has been a pillar of criminal justice since it was introduced in 1988.”",
         "The Unduly Lenient Sentence scheme is open to anyone."],
        3, id="a closing mark whose opening mark was lost ends the quote there"),
    pytest.param(
        "An FCDO spokesperson said:",
        ["We condemn the launch of another ballistic missile, in violation of several resolutions.",
         "The UK strongly urges North Korea to stop such provocations and return to dialogue."],
        2, id="a spokesperson names its own country in the third person"),
    pytest.param(
        "The Local Government Association said:",
        ["Councils will welcome this funding for local roads.",
         "The Local Government Association represents 350 councils in England."],
        1, id="a body describing itself in the third person is the press office"),
    pytest.param(
        "Justice Secretary Jane Doe said:",
        ["“Prison must be a place of hard work and rehabilitation.",
         "The Howard League welcomed the announcement.",
         "Its chief executive said prisons had been “warehouses for too long.”"],
        1, id="after a quotation that never closes, a plain narration line is not taken in"),
    pytest.param(
        "Environment Secretary Jane Doe:",
        ["We expect water companies to do more to protect our rivers.",
         "“We have written to every company asking for its plans.",
         "Billpayers deserve better, and we are pushing for faster action.”",
         "The Environment Agency will publish its annual report in July."],
        3, id="marks that resume after an unmarked first paragraph are more of the same words"),
    pytest.param(
        "Home Secretary Jane Doe said:",
        ["We are determined to give young people the support they need.",
         "“This is fantastic news for our young people.",
         "“We look forward to working with the Home Office,” said John Smith, chief executive of Youth Futures."],
        1, id="marks that open someone else's quotation, credited after it, are not the speaker's"),
    pytest.param(
        "Home Secretary Jane Doe said:",
        ["We are determined to give young people the support they need.",
         "“Zombie knives” were banned from sale in September 2024 after a campaign."],
        1, id="a quoted term opening narration is no resumed quotation"),
    pytest.param(
        "Home Secretary Jane Doe said:",
        ["We are determined to give young people the support they need.",
         "“The club has changed my life.” – Amy, 17, Leeds"],
        1, id="a credited testimonial is no resumed quotation"),
    pytest.param(
        "Home Secretary Jane Doe said:",
        ["We are determined to give young people the support they need.",
         "“Youth services have been cut to the bone.",
         "“This money is a welcome first step.”",
         "So said John Smith of the National Youth Agency."],
        1, id="a quotation credited by the line after it is not the speaker's"),
    pytest.param(
        "Detective Superintendent Jane Doe said:",
        ["“This was a targeted operation by our specialist teams.",
         "“They are out doing this work every day and they will be out again today”.",
         "Anyone with information about drink driving should call 101.",
         "Officers will be out again this weekend across the county."],
        2, id="a closing mark before the final full stop closes the quotation"),
    pytest.param(
        "Detective Superintendent Jane Doe said:",
        ["“This was a targeted operation by our specialist teams.",
         "They are out doing this work every day and they will be out again today”.",
         "Anyone with information about drink driving should call 101.",
         "Officers will be out again this weekend across the county."],
        2, id="a closing mark before the final full stop closes a quotation left open"),
    pytest.param(
        "Home Secretary Jane Doe said:",
        ["“We are determined to give young people the support they need.",
         "“The new clubs will be called “safe spaces”.",
         "It is the best thing we could do for them.”",
         "The clubs open in May."],
        3, id="a closing mark before the full stop that closes only a quoted term closes no quotation"),
    pytest.param(
        "Northern Ireland Secretary Jane Doe said:",
        ["“My focus has always been on delivering for the people of Northern Ireland.",
         "“I continue to engage with all the parties and these talks are making progress.",
         "I also want to ensure that public services are able to meet the needs of the people.",
         "“The Government is willing to help, but these issues are best addressed by local institutions.",
         "“And I hope our work together over the next few days will do exactly that.”",
         "The talks continue at Hillsborough Castle on Monday."],
        5, id="one paragraph of a marked run without its opening mark does not end the quotation"),
    pytest.param(
        "Northern Ireland Secretary Jane Doe said:",
        ["“My focus has always been on delivering for the people of Northern Ireland.",
         "“I continue to engage with all the parties and these talks are making progress.",
         "The Secretary of State met the party leaders at Hillsborough Castle. The talks will go on next week.",
         "“The Government is willing to help.",
         "“And I hope our work together will do exactly that.”"],
        2, id="a narration line inside a marked run that never closed before it is not taken in"),
    pytest.param(
        "Northern Ireland Secretary Jane Doe said:",
        ["“My focus has always been on delivering for the people of Northern Ireland.",
         "“I continue to engage with all the parties and these talks are making progress.",
         "I also want to ensure that public services are able to meet the needs of the people.",
         "“This is a welcome first step,” said John Smith of the Example Party."],
        3, id="marks reopened after an unmarked paragraph for someone else's words are not the speaker's"),
    pytest.param(
        "Jane Doe, Charity Director General at Acme Trust says:",
        ["'The legislation announced today has the potential to transform our unfair social care system.",
         "But to have any chance in succeeding we need to see it twinned with a commitment to more spending.",
         "'Since this Government came to power, £710 million has been cut from social care spending.",
         "'Good care makes good sense for older people and for the public purse.",
         "Single tier pensions",
         "The Government also set out its plans for a new single tier State Pension."],
        4, id="the second paragraph of a run never closed lost its opening mark: the marks taken up after it go on"),
]


@pytest.mark.parametrize("attribution, following, spoken", QUOTATION_CASES)
def test_quote_extent_with_quotation_marks(attribution, following, spoken):
    body = ["The department announced new plans today.", attribution, *following]
    quotes = [q for q in extract(dump(release("Extent case", body)), "t.txt") if q.attribution == attribution]
    assert len(quotes) == 1
    assert len(quotes[0].paragraphs) == spoken


# An inline quotation left open in the attribution's line ("X said: “From today ..." with no closing mark):
# the line, the paragraphs after it and how many of them are more of the speaker's words.
OPEN_INLINE_CASES = [
    pytest.param(
        "Schools Minister Jane Doe said: “From today, every infant pupil will be entitled to a free, healthy "
        "school lunch. This will save families around £400 a year.",
        ["Ms Doe was speaking at a primary school in Leeds.",
         "Schools have been told to offer a hot meal where they can."],
        0, id="the speaker named in narration right after a quotation left open is not in it"),
    pytest.param(
        "Schools Minister Jane Doe said: “From today, every infant pupil will be entitled to a free, healthy "
        "school lunch. This will save families around £400 a year.",
        ["The Minister also visited a primary school in Leeds to see the new kitchens.",
         "Schools have been told to offer a hot meal where they can."],
        0, id="the minister reported right after a quotation left open is not in it"),
    pytest.param(
        "Transport Secretary Jane Doe said: \"Investment on this scale, in every region of the country, shows how "
        "focused we are on a faster railway network.",
        ["These plans to increase capacity on intercity and freight services are, alongside our plans for high "
         "speed rail, absolutely key to securing the country's prosperity.",
         "The investment was also hailed by the Prime Minister and the Chancellor."],
        1, id="a quotation left open goes on into the next paragraph that reads as speech"),
    pytest.param(
        "Agency chief executive Jane Doe said: \"The agency relies for income on the fees we receive from our "
        "customers so we have a duty to spend that money responsibly.",
        ["As the theory test centres in Bath, Bristol and Swindon all have spare capacity it is not cost "
         "effective to keep all three centres running.",
         "Theory and practical test centres are entirely separate and delivery of the practical test remains "
         "unaffected."],
        1, id="after the paragraph a quotation left open runs into, the bar is that of a quotation never closed"),
    pytest.param(
        "Justice Secretary Jane Doe said: “Prison must be a place of hard work and rehabilitation.",
        ["Too many prisoners leave with no job and nowhere to live.",
         "That is why the new reforms matter so much.”",
         "The reforms come into force in April."],
        2, id="a quotation left open in the attribution's line runs to the paragraph that closes it"),
]


@pytest.mark.parametrize("line, following, spoken", OPEN_INLINE_CASES)
def test_quote_extent_after_a_quotation_left_open_inline(line, following, spoken):
    body = ["The department announced new plans today.", line, *following]
    quote = extract(dump(release("Extent case", body)), "t.txt")[0]
    assert quote.paragraphs[1:] == [p.rstrip("”") for p in following[:spoken]]


def test_a_caption_inside_an_open_quotation_does_not_end_it():
    attribution = "In response to the publication Jane Doe, Victims’ Commissioner, said:"
    following = ["“This is a timely focus on the needs and rights of victims.",
                 "“Victims consistently tell me that the system is weighted towards the offender.",
                 "Jane Doe attends the strategy launch at Downing Street.",
                 "“I welcome this strategy, which brings a victims law a step closer.",
                 "I will continue to push government to make sure victims are heard.”",
                 "The strategy sets out plans for a new code of practice."]
    body = ["The commissioner has welcomed the strategy.", attribution, *following]
    quotes = [q for q in extract(dump(release("Extent case", body)), "t.txt") if q.attribution == attribution]
    assert len(quotes) == 1
    assert quotes[0].paragraphs[-1] == "I will continue to push government to make sure victims are heard."
    assert "This is a timely focus on the needs and rights of victims." in quotes[0].paragraphs
    assert "Jane Doe attends the strategy launch at Downing Street." not in quotes[0].paragraphs  # the caption
    assert len(quotes[0].paragraphs) == 4


def test_the_caption_is_reported_as_an_interruption():
    from quotes.extent import interruptions, quote_extent
    from quotes.models import Paragraph

    texts = ["“This is a timely focus on the needs and rights of victims.",
             "Jane Doe attends the strategy launch at Downing Street.",
             "“I welcome this strategy, which brings a victims law a step closer.”",
             "The strategy sets out plans for a new code of practice."]
    paragraphs = [Paragraph(index=i, kind="text", text=t) for i, t in enumerate(texts)]
    end = quote_extent(paragraphs, 0, SpeakerCue(), lambda text: False)
    assert end == 3
    assert interruptions(paragraphs, 0, end, lambda text: False) == {1}


def test_a_caption_after_a_closed_quotation_is_no_interruption():
    attribution = "Home Secretary Jane Doe said:"
    following = ["“We are investing in every region.”",
                 "Jane Doe visits a youth club in Leeds.",
                 "“This is good news for the club,” said John Smith, its manager."]
    body = ["The department announced new plans today.", attribution, *following]
    quotes = [q for q in extract(dump(release("Extent case", body)), "t.txt") if q.attribution == attribution]
    assert len(quotes) == 1
    assert quotes[0].paragraphs == ["We are investing in every region."]


def test_a_closing_mark_before_the_full_stop_ends_an_inline_quotation():
    body = ["Officers carried out checks across the county.",
            "Detective Superintendent Jane Doe said: “This was a targeted operation by our specialist teams.",
            "“Their work is vital to keep you safe”.",
            "Anyone with information about drink driving should call 101.",
            "Officers will be out again this weekend across the county."]
    quotes = extract(dump(release("Extent case", body)), "t.txt")
    assert len(quotes) == 1
    assert len(quotes[0].paragraphs) == 2


def test_a_closing_mark_before_the_full_stop_ends_the_quote_and_stays_as_written():
    body = ["Officers carried out checks across the county.", "Chief Inspector Jane Doe said:",
            "“We will keep patrolling the area every night until residents feel safe again”.",
            "The force has increased patrols in the town centre."]
    (quote,) = extract(dump(release("Closing mark", body)), "t.txt")
    assert quote.paragraphs == ["We will keep patrolling the area every night until residents feel safe again”."]


def test_a_line_reporting_someone_inside_an_open_quotation_is_no_caption():
    body = ["The funding was announced today.", "Local Government Minister Jane Example said:",
            "“This funding will transform the town centre.", "Local councillor Ann Other welcomed the funding.",
            "“This is great news for everyone who lives here.”"]
    (quote, *_) = extract(dump(release("Caption", body)), "t.txt")
    assert quote.paragraphs == ["This funding will transform the town centre."]


@pytest.mark.parametrize("closing", ["View the full statement here.", "Applications are open now.",
                                     "This press release was updated to correct a typo."])
def test_a_statement_release_does_not_keep_the_press_offices_closing_line(closing):
    body = ["A Home Office spokesperson said:", "We are clear that violence has no place in our society.",
            "Those responsible will face the full force of the law.", closing]
    (quote,) = extract(dump(release("Statement", body)), "t.txt")
    assert closing not in quote.paragraphs


@pytest.mark.parametrize("following, spoken", [
    # words in marks credited to someone unnamed are theirs, not more of the quote above
    (["\"The PSNI will continue to work with its partners to pursue those involved in organised crime.\"",
      "\"We know who many of these people are,\" said one senior officer, who did not wish to be named."], 1),
    # the speaker's own next paragraph in marks goes on
    (["\"The PSNI will continue to work with its partners to pursue those involved in organised crime.\"",
      "\"We know who many of these people are, and we will bring them to justice.\""], 2),
])
def test_a_marked_paragraph_credited_to_someone_else_ends_the_quote(following, spoken):
    attribution = "The Chief Constable of the Police Service of Northern Ireland, Sir Hugh Orde, said:"
    body = ["The department announced new plans today.", attribution, *following]
    quotes = [q for q in extract(dump(release("Extent case", body)), "t.txt") if q.attribution == attribution]
    assert len(quotes) == 1
    assert len(quotes[0].paragraphs) == spoken


@pytest.mark.parametrize("text, organisation, expected", [
    ("Lloyds Banking Group will provide face-to-face digital skills training to 2.5 million individuals.", None, True),
    ("The Republic of Korea has agreed to co-host a mini virtual summit on AI in the next six months.", None, True),
    ("Tech City UK figures show that digital businesses now employ 1.5 million people across the UK.", None, True),
    ("The Act also contains provisions for a new criminal offence of re-identifying individuals.", None, True),
    ("Italy, which holds the G7 presidency next year, will make AI a priority of its programme.", None, True),
    ("The Example Trust supports 40,000 carers a year.", "Example Trust", False),  # the speaker's own body
    ("The scheme will open to applications in the spring.", None, False),  # no name
    ("Thousands of people will benefit from the new service.", None, False),
    ("Many Londoners are already using the new line.", None, False),
    ("This, which we have long argued for, is welcome.", None, False),
])
def test_a_named_third_party_as_the_subject(text, organisation, expected):
    from quotes.extent import words_pattern

    cue = SpeakerCue(organisation=words_pattern((organisation,)) if organisation else None)
    assert paragraph_signals(text, cue)["named_subject"] is expected


@pytest.mark.parametrize("text, government, expected", [
    ("The UK will continue to lead efforts at the UN Human Rights Council to secure justice for the Rohingya.",
     True, False),  # a UK government speaker's own side
    ("Britain’s roads are among the safest in the world.", True, False),
    ("The UK will continue to lead efforts at the UN Human Rights Council to secure justice for the Rohingya.",
     False, True),  # a charity's or a foreign minister's third party
    ("The Assad regime and its backers, Russia and Iran, bear responsibility for protecting civilians.", True, True),
    ("The UK Space Agency will fund the mission.", True, True),  # a body, not the country
])
def test_the_uk_is_a_government_speakers_own_side(text, government, expected):
    assert paragraph_signals(text, SpeakerCue(government=government))["named_subject"] is expected


@pytest.mark.parametrize("attribution, following, spoken", [
    pytest.param("Minister of State for Digital and Culture Ann Example said:",
                 ["We want everyone to have the digital skills they need to succeed in life and work.",
                  "Lloyds Banking Group will provide face-to-face digital skills training to 2.5 million individuals, "
                  "charities and small businesses by 2020."],
                 1, id="a company's commitment after a one-paragraph quote is the press office's"),
    pytest.param("President of the European Commission Jane Example said:",
                 ["We are building a common understanding of the risks of frontier AI.",
                  "Italy, which holds the G7 presidency next year, will make AI a priority of its programme."],
                 1, id="what another country will do is the press office's"),
    pytest.param("A Cabinet Office spokesperson said:",
                 ["Businesses have six months to prepare for the new controls.",
                  "A new public information campaign, ‘The UK’s new start: let’s get going’, launches this week."],
                 1, id="what launches this week is the press office's timetable"),
    pytest.param("Business Secretary Ben Sample said:",
                 ["Our tech sector is a great British success story.",
                  "Lloyds Banking Group has shown real leadership here, and I want others to follow."],
                 2, id="the speaker talking about a named company in the first person is still speaking"),
    pytest.param("The Children’s Commissioner for England, Dame Jane Example, said:",
                 ["Every child deserves a healthy meal and something to do in the holidays.",
                  "Local authorities will receive their allocations in the coming weeks.",
                  "Council leader Ben Sample said:",
                  "This is great news for families in our area."],
                 1, id="what councils receive and when, before the next speaker, is the press office's"),
    pytest.param("Sir Daniel Example, Chief Executive of the Example Federation, said:",
                 ["Every child deserves a good school, and coasting is not good enough.",
                  "However, the Association of School and College Leaders (ASCL) said the definition of coasting "
                  "needed to be fair and transparent."],
                 1, id="a body's words reported after 'However,' are the press office's"),
    pytest.param("Deputy Prime Minister Jane Example will add:",
                 ["Teachers should be free to teach, not buried in paperwork.",
                  "The government will also work with Ofsted to make clear what inspectors do and do not expect to see.",
                  "Head teacher Ben Sample said:",
                  "This will make a real difference in my school."],
                 1, id="a line of the government's plans between two speakers is the press office's bridge"),
    pytest.param("Deputy Prime Minister Jane Example will add:",
                 ["Teachers should be free to teach, not buried in paperwork.",
                  "We will also work with Ofsted to make clear what inspectors do and do not expect to see.",
                  "Head teacher Ben Sample said:",
                  "This will make a real difference in my school."],
                 2, id="the speaker's own plans in the first person before the next speaker are still the quote"),
    pytest.param("International Development Minister Jane Example said:",
                 ["The UK is doing everything it can to support those affected.",
                  "Local residents told aid workers that the water rose within minutes. “We lost everything,” one "
                  "woman in Beira said."],
                 1, id="what others told aid workers, with an unnamed person's words, is the press office's"),
    pytest.param("Lord Example of Wimbledon, Minister for South Asia and the Commonwealth, said:",
                 ["This report makes for harrowing reading. The international community must ensure that those "
                  "responsible for these appalling crimes are held to account.",
                  "The UK will continue to lead efforts at the UN Human Rights Council to secure justice for the "
                  "Rohingya.",
                  "Lord Example will travel to New York next week for the UN General Assembly."],
                 2, id="the UK as the subject of a Foreign Office minister's words is their own side"),
    pytest.param("Jane Example, Chief Executive of the Example Relief Trust, said:",
                 ["This report makes for harrowing reading. The international community must ensure that those "
                  "responsible for these appalling crimes are held to account.",
                  "The UK will continue to lead efforts at the UN Human Rights Council to secure justice for the "
                  "Rohingya."],
                 1, id="the UK as the subject after a charity's words is the press office's"),
    pytest.param("The Foreign Secretary, Ben Example, said:",
                 ["The reports of summary executions of civilians in eastern Aleppo are deeply disturbing.",
                  "The Assad regime and its backers, Russia and Iran, bear responsibility for ensuring that civilians "
                  "are protected.",
                  "The UK will continue to support efforts to hold those responsible to account.",
                  "The UN Office of the High Commissioner for Human Rights said it had received reports of at least "
                  "82 civilians killed."],
                 3, id="a minister's moral judgement of a named party and the UK's commitment are their words"),
    pytest.param("International Development Secretary Jane Example said:",
                 ["The UK is leading the international response to Ebola in Sierra Leone.",
                  "But we cannot do this alone. Other countries must step up.",
                  "The next few weeks are critical.",
                  "The Department added that 750 military personnel had been deployed to build treatment centres."],
                 3, id="a short evaluative line goes on the quote"),
    pytest.param("Speaking at the event, Her Majesty’s Ambassador to Lebanon, Ben Example, said:",
                 ["This year we celebrate sixty years of Her Majesty’s reign. The friendship between our peoples has "
                  "endured.",
                  "Britain will continue to stand with Lebanon: supporting the Lebanese Armed Forces, helping to "
                  "educate refugee children and pushing for a stable, sovereign and prosperous Lebanon.",
                  "Guests included the Prime Minister, Najib Mikati, and representatives of all Lebanon’s main "
                  "political parties."],
                 2, id="an envoy's commitment spelt out after a colon is their words"),
    pytest.param("GWR Managing Director Mark Example said:",
                 ["Our customers now have more seats and faster journeys. We are grateful for their patience.",
                  "Great Western Railway (GWR) operates more than 1,600 services a day."],
                 1, id="the speaker's own operator described by what it runs is the press office's line"),
    pytest.param("Duncan Example, Head of Campaigns at Cycling UK, said:",
                 ["These are the most important changes to the Highway Code for years.",
                  "Research by the AA found that a third of drivers had not heard of the changes, the motoring group "
                  "said."],
                 1, id="a sentence credited to another body by a closing tag is the press office's"),
    pytest.param("Pensions Minister Ben Example said:",
                 ["We want this money to work harder for savers and the wider economy.",
                  "Most schemes are now better funded, with an average funding level of 110% in 2023, compared to "
                  "95% in 2012.",
                  "The consultation on the plans runs until the spring."],
                 1, id="a figure set against an earlier one is the press office's statistics"),
    pytest.param("Environment Secretary Jane Example said:",
                 ["Our parks are treasured places and this money will help keep them open for everyone.",
                  "The grant will help protect visitor centres. It could also be used to support new cycle trails."],
                 1, id="what the money may be used for, in the passive, is the press office's"),
    pytest.param("Rail Minister Ben Example said:",
                 ["Passengers deserve stations they can use with ease.",
                  "We are adding £2 million a year, which will be used to fund new lifts at small stations."],
                 2, id="what the money is used for in the speaker's own first person is still the quote"),
    pytest.param("Housing Minister Jane Example said:",
                 ["Neighbourhood planning puts power in the hands of local people.",
                  "More than 1,000 communities have seized this opportunity, and the results have been remarkable."],
                 2, id="a count opening the speaker's own judgement is still the quote"),
])
def test_quote_extent_stops_at_the_press_offices_facts(attribution, following, spoken):
    body = ["The department announced new plans today.", attribution, *following]
    quotes = [q for q in extract(dump(release("Extent case", body)), "t.txt") if q.attribution == attribution]
    assert len(quotes) == 1
    assert quotes[0].paragraphs == following[:spoken]


@pytest.mark.parametrize("following, spoken", [
    pytest.param(["Clean power by 2030 is the right choice for the country, because it will protect billpayers.",
                  "Today we are publishing a plan to deliver it, including:",
                  "• reforms to planning so that clean energy projects can be built faster",
                  "• a new approach to grid connections that puts the most important projects first",
                  "The plan also confirms funding for the next Contracts for Difference allocation round."],
                 4, id="the speaker's own sentence introducing a list runs through its items"),
    pytest.param(["Clean power by 2030 is the right choice for the country, because it will protect billpayers.",
                  "The plan sets out reforms including:",
                  "• reforms to planning so that clean energy projects can be built faster",
                  "The plan also confirms funding for the next allocation round."],
                 1, id="the press office introducing a list ends the quote"),
    pytest.param(["Clean power by 2030 is the right choice for the country, because it will protect billpayers.",
                  "We asked the industry what it needs, and here is what it told us:",
                  "The plan also confirms funding for the next allocation round."],
                 1, id="a first-person line ending in a colon with no list after it ends the quote"),
])
def test_a_list_the_speaker_introduces(following, spoken):
    attribution = "Energy Secretary Ann Example said:"
    body = ["The department announced new plans today.", attribution, *following]
    quotes = [q for q in extract(dump(release("Extent case", body)), "t.txt") if q.attribution == attribution]
    assert len(quotes) == 1
    assert quotes[0].paragraphs == following[:spoken]


@pytest.mark.parametrize("text, expected", [
    ('"Reducing Re-offending Through Skills and Employment", which sets out how offenders will be helped into '
     'work, was published alongside the strategy.', True),
    ("“Every Child Matters” was published in September.", True),
    ('"We want employers to see ex-offenders not as a risk but as a resource."', False),
    ("“Today’s plan is a first step. We will go further.”", False),
    ("“It is a disgrace. We will act,” the report’s authors wrote.", False),  # a sentence ends inside the marks
])
def test_a_paragraph_opening_with_a_quoted_title(text, expected):
    from quotes.extent import opens_with_quoted_title

    assert opens_with_quoted_title(text) is expected


def test_a_quoted_title_after_a_closed_quotation_does_not_resume_it():
    attribution = "Baroness Example, Minister of State for Criminal Justice, said:"
    following = ['"Two thirds of offenders leaving prison re-offend within two years.',
                 '"We want employers to see ex-offenders not as a risk but as a resource."',
                 '"Reducing Re-offending Through Skills and Employment", which sets out how offenders will be '
                 'helped into work, was published alongside the strategy.']
    body = ["The department announced new plans today.", attribution, *following]
    quotes = [q for q in extract(dump(release("Extent case", body)), "t.txt") if q.attribution == attribution]
    assert len(quotes) == 1
    assert len(quotes[0].paragraphs) == 2


@pytest.mark.parametrize("text, cue, expected", [
    # the speaker's own side opening the paragraph: the opening "The" is no sign of the press office's fact
    ("The UK shares the desire for a peaceful end to the crisis.", SpeakerCue(government=True), False),
    ("The United Kingdom condemns the attack on the embassy.", SpeakerCue(government=True), False),
    ("The Government remains committed to a negotiated settlement.", SpeakerCue(government=True, body=True), False),
    # no government speaker, or a body of the country rather than the country itself
    ("The UK shares the desire for a peaceful end to the crisis.", SpeakerCue(), True),
    ("The UK Space Agency will fund the mission.", SpeakerCue(government=True), True),
    # a minister's quote followed by the government in the third person: the press office's line
    ("The Government has also published its response to the consultation.", SpeakerCue(government=True), True),
    ("The Government remains committed to a negotiated settlement.", SpeakerCue(body=True), True),
])
def test_the_speakers_own_side_opening_a_paragraph_is_no_opening_the(text, cue, expected):
    assert paragraph_signals(text, cue)["opens_with_the"] is expected


@pytest.mark.parametrize("text, expected", [
    # the first person plural naming those the speaker acts with
    ("We support the call made by President Jan Novak, the National Assembly and the Organisation of American "
     "States for free and fair elections.", False),
    ("Our partners in the Royal Navy, the Merchant Navy and the Maritime and Coastguard Agency keep British "
     "Waters safe.", False),
    # no first person plural: a list of names is the press office's
    ("President Jan Novak met the National Assembly, the Supreme Court and the Organisation of American States "
     "on Monday.", True),
    ("I met President Jan Novak, the National Assembly and the Organisation of American States on Monday.", True),
    ("The Our Future Fund backs the Royal Navy, the Merchant Navy and the Maritime and Coastguard Agency.", True),
])
def test_names_listed_in_the_first_person_plural_are_no_list_of_names(text, expected):
    from quotes.extent import _cancelled

    signals = paragraph_signals(text, SpeakerCue(government=True))
    assert signals["many_names"]
    assert ("many_names" not in _cancelled(signals)) is expected


@pytest.mark.parametrize("last, spoken", [
    pytest.param("The UK shares the desire for a peaceful end to the crisis in Examplia. We support the call made by "
                 "President Jan Novak and the National Assembly for free and fair elections under the Constitution.",
                 4, id="a spokesperson's closing words about the UK's stand are the statement's"),
    pytest.param("The Supreme Court of Examplia met on Monday with President Jan Novak and the National Assembly to "
                 "review the Constitution and the Electoral Commission.",
                 3, id="a closing list of who met whom is the press office's"),
])
def test_a_government_spokespersons_statement_keeps_its_own_sides_closing_paragraph(last, spoken):
    following = ["The UK is deeply concerned by the arrest of members of the National Assembly of Examplia.",
                 "On 3 March, the Supreme Court removed the immunity of two more members. This brings the number "
                 "of members who have lost their immunity to 12.",
                 "We support the effective use of sanctions against those responsible for the crisis.",
                 last]
    body = ["A Foreign Office spokesperson said:", *following]
    (quote,) = extract(dump(release("Examplia", body, publisher="the Foreign Office")), "t.txt")
    assert quote.paragraphs == following[:spoken]


@pytest.mark.parametrize("text, organisation, expected", [
    ("The Foreign, Commonwealth & Development Office today summoned the Examplian Ambassador to make clear that we "
     "hold the authorities responsible.", "Foreign, Commonwealth and Development Office", True),
    ("The FCDO has today summoned the Examplian Ambassador.", "Foreign, Commonwealth and Development Office", True),
    ("The Government has today published its plan for the talks.", None, True),
    ("The Home Office yesterday announced tougher rules.", "Home Office", True),
    # the body says where it stands, in its spokesperson's voice: no report of what it did that day
    ("The Foreign, Commonwealth & Development Office remains committed to the talks.",
     "Foreign, Commonwealth and Development Office", False),
    ("The Government is clear that today marks a new start.", None, False),
    # a third party acting that day is the statement's matter, not the press office's report
    ("The Examplian authorities today arrested the opposition leader.", "Foreign, Commonwealth and Development Office",
     False),
])
def test_the_publisher_or_its_government_reported_acting_that_day(text, organisation, expected):
    from quotes.extent import words_pattern
    from quotes.extract import _initials

    cue = SpeakerCue(organisation=words_pattern(_initials(organisation)) if organisation else None,
                     publisher=words_pattern(_initials("Home Office")), body=True, government=True)
    assert paragraph_signals(text, cue)["own_body_reported"] is expected


@pytest.mark.parametrize("attribution, following, spoken", [
    pytest.param("FCDO Spokesperson:",
                 ["We welcome the progress towards a ceasefire in Examplia and look forward to further talks.",
                  "The return of former detainees to their homes is also welcome. We congratulate all those involved.",
                  "The crucial next step is inclusive talks under the UN Special Envoy Jan Novak. The UK strongly "
                  "encourages all parties to support his efforts.",
                  "Peace is the only way to improve the dire humanitarian situation in the country."],
                 4, id="a spokesperson's statement speaks of the next step and the UK in the third person"),
    pytest.param("An FCDO spokesperson said:",
                 ["We stand today with the family, friends and supporters of Jan Novak.",
                  "The Examplian authorities saw Mr Novak as a threat. Many Examplian citizens felt he gave them a "
                  "voice.",
                  "In recent years, the authorities imprisoned him on fabricated charges.",
                  "No-one should doubt the brutal nature of the Examplian system.",
                  "His death must be investigated fully and transparently.",
                  "The Foreign, Commonwealth & Development Office today summoned the Examplian Ambassador to make "
                  "clear that we hold the authorities fully responsible."],
                 5, id="a spokesperson's statement runs through a foreign government's doings to the press office"),
    pytest.param("An FCDO spokesperson said:",
                 ["We stand today with the family, friends and supporters of Jan Novak.",
                  "The Examplian authorities arrested 40 protesters at his memorial in the capital on 3 March.",
                  "Peace is the only way to improve the dire humanitarian situation in the country."],
                 1, id="a paragraph of dates and figures after the statement is the press office's"),
    pytest.param("Foreign Secretary Jane Doe said:",
                 ["We stand today with the family, friends and supporters of Jan Novak.",
                  "The Examplian authorities saw Mr Novak as a threat. Many Examplian citizens felt he gave them a "
                  "voice.",
                  "In recent years, the authorities imprisoned him on fabricated charges."],
                 1, id="after a named minister's words, a third party in the third person is the press office's"),
])
def test_a_government_spokespersons_statement_speaks_of_third_parties(attribution, following, spoken):
    body = ["The UK has issued a statement on events in Examplia.", attribution, *following]
    (quote,) = extract(dump(release("Examplia", body, publisher="the Foreign Office")), "t.txt")
    assert quote.paragraphs == following[:spoken]


# (CBI Northern Ireland, 2024 form) a response release: the attribution is the release's first paragraph, and the
# whole release is the speaker's words, figures and all
_RESPONSE = [
    "Businesses across the region recognise that people and skills are the foundation of a successful economy. "
    "That's why the announcement of £12 million of funding for skills is hugely welcome.",
    "With local colleges having faced significant financial pressures in recent years, this announcement will not "
    "only provide much-needed relief, but also demonstrates a clear commitment to a more resilient economy.",
    "With Acme research showing that 90% of the workforce will need up-skilling by 2030, investing in the local "
    "workforce now is critical as the region moves towards a greener economy.",
]


def test_a_release_that_opens_with_its_attribution_is_the_speakers_statement_to_its_end():
    attribution = "Jane Doe, Acme Northern Region Director, said:"
    (quote,) = extract(dump(release("Acme responds to skills funding", [attribution, *_RESPONSE],
                                    publisher="Acme Northern Region")), "t.txt")
    assert quote.paragraphs == _RESPONSE


def test_after_the_press_offices_own_opening_the_same_paragraphs_end_the_quote_at_the_figures():
    attribution = "Jane Doe, Acme Northern Region Director, said:"
    body = ["The Economy Minister today announced £12 million of funding for skills.", attribution, *_RESPONSE]
    (quote,) = extract(dump(release("Acme responds to skills funding", body, publisher="Acme Northern Region")),
                       "t.txt")
    assert quote.paragraphs == _RESPONSE[:2]


def test_a_statement_release_still_ends_where_the_press_office_reports_the_speaker():
    attribution = "Jane Doe, Acme Northern Region Director, said:"
    body = [attribution, *_RESPONSE[:2],
            "Ms Doe said the organisation would publish its own survey of employers in the autumn."]
    (quote,) = extract(dump(release("Acme responds to skills funding", body, publisher="Acme Northern Region")),
                       "t.txt")
    assert quote.paragraphs == _RESPONSE[:2]


def test_a_ministers_release_that_opens_with_the_attribution_still_goes_back_to_the_departments_facts():
    # a department's release whose first paragraph is "X said:" is no statement release: its facts are its own
    attribution = "Justice Secretary Jane Doe said:"
    spoken = "Victims deserve to see justice done, and these new courtrooms will help cut the backlog."
    body = [attribution, spoken,
            "The Crown Court backlog stood at 67,000 cases at the end of September, according to the latest figures.",
            "Twenty new Nightingale courtrooms will open across England and Wales by the summer."]
    (quote,) = extract(dump(release("Courts", body, publisher="the Ministry of Justice")), "t.txt")
    assert quote.paragraphs == [spoken]


@pytest.mark.parametrize("about", [
    "He also chaired the national committee on rural crime for a decade, and his work shaped the way we police "
    "today.",
    "He also spoke up for officers across the country when no one else would, and we will miss him.",
])
def test_a_tribute_going_on_about_its_subject_is_still_the_speakers(about):
    # "He also chaired ...", "He also spoke up ...": the speaker's words about the one they mourn, no report of a visit
    spoken = ["John was a dedicated public servant who gave 35 years to policing in this county.", about,
              "Our thoughts are with his family and friends at this difficult time."]
    body = ["Tributes have been paid to a retired officer.", "Chief Constable Jane Doe said:", *spoken]
    (quote,) = extract(dump(release("Tribute", body, publisher="Northshire Police")), "t.txt")
    assert quote.paragraphs == spoken


@pytest.mark.parametrize("facts", [
    "The £20 million grant will fund a new market hall, improvements to the high street and a new cycle route.",
    "The festival runs from 12 to 20 July and features more than 200 events across the town.",
])
def test_a_statement_releases_paragraph_of_plain_facts_is_still_the_press_offices(facts):
    # the attribution opens the release, but a paragraph with no sign of speech gets no statement weight
    spoken = "This is fantastic news for Northtown and a vote of confidence in our plans for the town centre."
    body = ["Councillor Jane Doe, Leader of Northtown Council, said:", spoken, facts]
    (quote,) = extract(dump(release("Funding", body, publisher="Northtown Council")), "t.txt")
    assert quote.paragraphs == [spoken]


def test_a_speaker_telling_of_a_minister_at_the_start_of_a_sentence_goes_on_speaking():
    # "The Prime Minister also held talks ..." in a union leader's words: only a fronted clause's "the PM also held"
    # is the press office reporting a visit
    spoken = ["The Chancellor has once again failed working people. Public sector pay is falling behind and "
              "services are at breaking point.",
              "The Prime Minister also held talks with business leaders last week, but he has not once sat down "
              "with the unions who keep our public services running."]
    body = ["Jane Doe, General Secretary of Acme Union, said:", *spoken, "Ends"]
    (quote,) = extract(dump(release("Budget", body, publisher="Acme Union")), "t.txt")
    assert quote.paragraphs == spoken
