"""Speaker, role and organisation of attribution lines: parties' representatives, councillors' styles, devolved
First Ministers, names after a body's name, lead-ins set off by dashes, joint lines."""
from __future__ import annotations

import pytest

from quotes import extract
from quotes.speaker import parse_subject, split_role_org, strip_lead_in

from conftest import dump, release

_QUOTE = "This is a matter of real importance for families across the region and we will keep pressing for answers."


def _one(body: list[str], publisher: str, date: str = "28 September 2022"):
    (quote,) = extract(dump(release("A release", body, publisher=publisher, date=date)), "t.txt")
    return quote.speaker, quote.role, quote.organisation


@pytest.mark.parametrize("publisher, body, expected", [
    # a representative named in the narration with the party before the post; the attribution by seat
    ("Sinn Fein", ["Sinn Féin MLA Jane Doherty has written to the minister about the delay.", "The Foyle MLA said:"],
     ("Jane Doherty", "MLA", "Sinn Féin")),
    # the party and a seat before the post: the seat stays in the role
    ("the DUP", ["DUP Mid Ulster MLA John Watt has condemned the attack.", "Mr Watt said,"],
     ("John Watt", "Mid Ulster MLA", "Democratic Unionist Party")),
    # a councillor of the party, named with the party before the style: the style as the line writes it
    ("the DUP", ["DUP Councillor Anne Black visited the hall.", "Cllr Anne Black said,"],
     ("Anne Black", "Cllr", "Democratic Unionist Party")),
    # no narration: the elected member's letters are the post in the party's own release
    ("Sinn Fein", ["Speaking after the meeting, Mary Kelly MLA said:"], ("Mary Kelly", "MLA", "Sinn Fein")),
    ("Plaid Cymru", ["Rhys Evans MS said:"], ("Rhys Evans", "MS", "Plaid Cymru")),
    # a spokesperson's post in the party's release
    ("the Liberal Democrats", ["Liberal Democrat health spokesperson Jo Bell said:"],
     ("Jo Bell", "health spokesperson", "Liberal Democrats")),
])
def test_a_partys_representative_speaks_for_the_party(publisher, body, expected):
    assert _one(body + [_QUOTE], publisher) == expected


@pytest.mark.parametrize("publisher, line, organisation", [
    # a party's short form or adjective is written out, in any release
    ("the Department for Transport", "Conservative MP Jane Smith said:", "Conservative Party"),
    ("the Northern Ireland Office", "Ulster Unionist MLA Tom Green said:", "Ulster Unionist Party"),
    ("the Scotland Office", "SNP MP Ann Black said:", "Scottish National Party"),
    ("Labour Party", "Labour MP for Leeds North, John Brown, said:", "Labour Party"),
    # a nation's branch keeps its own name; a whole name is kept as written
    ("the Scotland Office", "Scottish Conservative MSP Alan Grey said:", "Scottish Conservatives"),
    ("Sinn Fein", "Sinn Féin MLA Mary Kelly said:", "Sinn Féin"),
    # a body whose name merely opens with a party's word is no party
    ("the Home Office", "Jane Doe, Director of the Labour Market Enforcement Office, said:",
     "Labour Market Enforcement Office"),
])
def test_a_partys_name_is_written_out(publisher, line, organisation):
    assert _one([line, _QUOTE], publisher)[2] == organisation


@pytest.mark.parametrize("publisher, line, expected", [
    # outside a party's release the member's letters are no role and name no body
    ("the Home Office", "Greg Hall MP said:", ("Greg Hall", None, None)),
    # a body's post in a party's release stays the body's
    ("the DUP", "Jane Doe, Chief Executive of the Acme Trust, said:", ("Jane Doe", "Chief Executive", "Acme Trust")),
    # honours are no post
    ("Sinn Fein", "Mary Kelly OBE said:", ("Mary Kelly", None, None)),
])
def test_party_rule_leaves_other_lines_alone(publisher, line, expected):
    assert _one([line, _QUOTE], publisher) == expected


@pytest.mark.parametrize("role, expected", [
    ("Sinn Féin MLA", ("MLA", "Sinn Féin")),
    ("DUP Mid Ulster MLA", ("Mid Ulster MLA", "DUP")),
    ("Labour candidate", ("candidate", "Labour")),
    ("SNP MSP", ("MSP", "SNP")),
    # not a party's representative: a body whose name starts with a party's word, a shadow minister's title
    ("Labour Market Enforcement Director", ("Labour Market Enforcement Director", None)),
    ("Shadow Health Secretary", ("Shadow Health Secretary", None)),
])
def test_a_partys_name_before_a_post_is_the_organisation(role, expected):
    assert split_role_org(role) == expected


@pytest.mark.parametrize("line, role", [
    ("Cllr Anne Forde said:", "Cllr"),
    ("Councillor Anne Forde said:", "Councillor"),
    ("Chief Constable Anne Forde said:", "Chief Constable"),  # a bare rank gives its rank the same way
    ("Cllr Anne Forde, Leader of Mid Ulster Council, said:", "Leader"),  # another role wins
    ("Ms Anne Forde said:", None),  # a courtesy title is no office
])
def test_a_councillors_style_is_the_role_when_no_other_is_given(line, role):
    assert _one([line, _QUOTE], "the Acme Trust")[1] == role


@pytest.mark.parametrize("publisher, date, body, speaker", [
    ("the Scottish Government", "7 November 2022", ["The First Minister said:"], "Nicola Sturgeon"),
    ("the Welsh Government", "4 March 2021", ["The First Minister said:"], "Mark Drakeford"),
    ("the Welsh Government", "4 March 2021", ["The First Minister of Wales met the Scottish First Minister today.",
                                              "The First Minister said:"], None),  # which of them speaks?
    ("the Northern Ireland Office", "5 March 2019", ["The First Minister said:"], None),  # no executive sat
    ("the Home Office", "7 November 2022", ["The First Minister said:"], None),  # the nation is not told
])
def test_a_devolved_first_minister_is_named_by_the_date(publisher, date, body, speaker):
    assert _one(body + [_QUOTE], publisher, date)[0] == speaker


@pytest.mark.parametrize("subject, name, role, organisation", [
    # the last word of a unit's name is no given name; the unit stays in the title, the body before it speaks
    ("Food Standards Agency Head of National Food Crime Unit Andrew Quinn", "Andrew Quinn",
     "Head of National Food Crime Unit", "Food Standards Agency"),
    ("Director of the Counter Fraud Office Jane Doe", "Jane Doe", "Director", "Counter Fraud Office"),
    # a real three-word name after a title is kept whole
    ("Chief Executive Mary Jane Doe", "Mary Jane Doe", "Chief Executive", None),
])
def test_a_name_never_starts_with_a_bodys_noun(subject, name, role, organisation):
    parsed = parse_subject(subject)
    assert (parsed.name, parsed.role, parsed.organisation) == (name, role, organisation)


@pytest.mark.parametrize("subject, name, role", [
    ("Launching her report – “Homes for the Future” – Jane Barker", "Jane Barker", None),
    ("Launching the review – the first of its kind – John Smith", "John Smith", None),
    ("Commenting on the funding, Richard Bowker", "Richard Bowker", None),
    # a dash inside a title is no lead-in
    ("Managing Director – Rail, Jane Smith", "Jane Smith", "Managing Director, Rail"),
])
def test_a_lead_in_set_off_by_dashes_is_no_role(subject, name, role):
    parsed = parse_subject(subject)
    assert (parsed.name, parsed.role) == (name, role)


@pytest.mark.parametrize("subject, name, role, organisation", [
    ("In a joint statement, Ruth Jones, Financial Secretary to the Treasury and Mel Brown, Minister for Consumers",
     "Ruth Jones", "Financial Secretary to the Treasury", None),
    # a body's name with "and" in it is not a second person
    ("Jane Doe, Director of Marks and Spencer Retail", "Jane Doe", "Director", "Marks and Spencer Retail"),
])
def test_a_joint_line_keeps_the_first_persons_own_title(subject, name, role, organisation):
    parsed = parse_subject(subject)
    assert (parsed.name, parsed.role, parsed.organisation) == (name, role, organisation)


@pytest.mark.parametrize("subject, name, role, organisation", [
    # a member's seat after "for" is a place, however much it reads like a name; the person follows
    ("Labour MP for Leeds North, John Brown", "John Brown", "MP for Leeds North", "Labour"),
    ("The MSP for Glasgow Kelvin, Sandra White", "Sandra White", "MSP for Glasgow Kelvin", None),
    ("Jane Doe MP for Bath", "Jane Doe", "MP for Bath", None),
    # "Member of Parliament" is one title: its "of" opens no body
    ("The Member of Parliament for Bath, Wera Hobhouse", "Wera Hobhouse", "Member of Parliament for Bath", None),
    # unchanged: a name before the seat, and a name after a title's subject
    ("Jane Doe, MP for Witney", "Jane Doe", "MP for Witney", None),
    ("Minister for Women Jane Doe", "Jane Doe", "Minister for Women", None),
])
def test_a_members_seat_is_no_name(subject, name, role, organisation):
    parsed = parse_subject(subject)
    assert (parsed.name, parsed.role, parsed.organisation) == (name, role, organisation)


@pytest.mark.parametrize("subject, role, organisation", [
    # a firm's name joined by "&", whatever word closes it (HM Treasury, 2019)
    ("Sir John Doe, Group Chief Executive, Legal & General", "Group Chief Executive", "Legal & General"),
    ("Jane Doe, Partner, Smith & Partners", "Partner", "Smith & Partners"),
    # titles joined by "&" are one role
    ("Jane Doe, Chair & Chief Executive, Acme", "Chair & Chief Executive", "Acme"),
    ("Jane Doe, Chair & Chief Executive", "Chair & Chief Executive", None),
])
def test_a_firm_joined_by_an_ampersand(subject, role, organisation):
    parsed = parse_subject(subject)
    assert (parsed.role, parsed.organisation) == (role, organisation)


@pytest.mark.parametrize("role, expected", [
    # a remit after the title's "of", then the body after "at": the remit stays in the role
    ("Director of Capability at Strategic Command", ("Director of Capability", "Strategic Command")),
    ("Deputy Director of Integration at Joint Forces Command", ("Deputy Director of Integration",
                                                               "Joint Forces Command")),
    # a unit headed within a body named before the title still speaks for that body
    ("Food Standards Agency Head of National Food Crime Unit", ("Head of National Food Crime Unit",
                                                                "Food Standards Agency")),
    # a ship's or a unit's post: the ship or unit is the body
    ("HMS Spey’s second-in-command", ("second-in-command", "HMS Spey")),
    # a commissioner's place is no body
    ("Kent’s Police and Crime Commissioner", ("Kent’s Police and Crime Commissioner", None)),
    # a remit of rights and freedoms after "for" is no body (Office for Students, 2023) ...
    ("Director for Freedom of Speech and Academic Freedom", ("Director for Freedom of Speech and Academic Freedom",
                                                             None)),
    ("Head of Freedom of Information", ("Head of Freedom of Information", None)),
    # ... but a body named with such words is one
    ("Chief Executive of Disability Rights UK", ("Chief Executive", "Disability Rights UK")),
    ("Director of Human Rights Watch", ("Director", "Human Rights Watch")),
    # a workplace after "at" whose name ends in a role word (MHCLG, 2020); not a post after "at"
    ("Chief Inspector of Buildings at the Health and Safety Executive", ("Chief Inspector of Buildings",
                                                                        "Health and Safety Executive")),
    ("Head of Policy at the Scottish Executive", ("Head of Policy", "Scottish Executive")),
    ("Adviser at the Chief Executive", ("Adviser at the Chief Executive", None)),
    # a workplace's kind before its name (Cable.co.uk, 2024)
    ("consumer telecoms analyst at broadband advice site Cable.co.uk", ("consumer telecoms analyst", "Cable.co.uk")),
    ("analyst at price comparison website Acme", ("analyst", "Acme")),
])
def test_remits_units_and_posts_within_units(role, expected):
    assert split_role_org(role) == expected


@pytest.mark.parametrize("line, organisation", [
    # a department named without its last noun is that department
    ("A Foreign, Commonwealth and Development spokesperson said:", "Foreign, Commonwealth and Development Office"),
    ("A Foreign and Commonwealth spokesperson said:", "Foreign and Commonwealth Office"),
    ("A Foreign, Commonwealth & Development spokesperson said:", "Foreign, Commonwealth and Development Office"),
])
def test_a_department_named_without_its_last_noun(line, organisation):
    assert _one([line, _QUOTE], "the Foreign Office", "12 March 2024")[2] == organisation


def test_a_place_alone_is_no_department():
    assert _one(["Jane Doe, Director, Northern Ireland, said:", _QUOTE], "the Foreign Office",
                "12 March 2024")[2] != "Northern Ireland Office"


@pytest.mark.parametrize("line, expected", [
    # a relation is no post: the family speaks with no role
    ("The family of Corporal John Smith said:", (None, None, None)),
    ("Private Kennington’s family said:", (None, None, None)),
    ("In a statement, his family said:", (None, None, None)),
    # a post whose title names families is a post
    ("Minister for Children and Families Jane Doe said:", ("Jane Doe", "Minister for Children and Families",
                                                          "Department for Education")),
])
def test_a_relation_is_no_role(line, expected):
    assert _one(["Corporal John Smith served with distinction.", line, _QUOTE], "the Department for Education",
                "12 March 2024") == expected


@pytest.mark.parametrize("publisher, line, expected", [
    # a hyphenated title before a name is a title, and a co-leader speaks for the party in its release
    ("the Green Party", "Co-leader Adrian Ramsay said:", ("Adrian Ramsay", "Co-leader", "Green Party")),
    ("the Home Office", "Vice-Chair Jane Doe said:", ("Jane Doe", "Vice-Chair", None)),
    # a hyphenated surname stays whole, also when it ends like a title
    ("the Home Office", "Jane Smith-Jones said:", ("Jane Smith-Jones", None, None)),
    ("the Home Office", "Jane Clarke-Head said:", ("Jane Clarke-Head", None, None)),
    ("the Home Office", "Professor Mark Ellis-Dean, University of Leeds, said:",
     ("Mark Ellis-Dean", None, "University of Leeds")),
    ("the Home Office", "Pro-Vice-Chancellor Jane Doe said:", ("Jane Doe", "Pro-Vice-Chancellor", None)),
])
def test_a_hyphenated_title_is_no_given_name(publisher, line, expected):
    assert _one([line, _QUOTE], publisher) == expected


@pytest.mark.parametrize("subject, name, role, organisation", [
    # a word that only opens a title takes the next word into the title, not as a surname
    ("Insolvency Service Chief Investigator, David Usher", "David Usher", "Chief Investigator", "Insolvency Service"),
    ("Deputy Registrar, Jane Doe", "Jane Doe", "Deputy Registrar", None),
    # after a title of its own, a given name that is also a title opens the name
    ("Insolvency Service Chief Executive, Dean Beale", "Dean Beale", "Chief Executive", "Insolvency Service"),
    # unchanged: a whole title before a surname, a rank before a given name that is a title
    ("Minister Smith", "Smith", "Minister", None),
    ("Commander Dean Haydon", "Dean Haydon", "Commander", None),
])
def test_title_openers_and_given_names_that_are_titles(subject, name, role, organisation):
    parsed = parse_subject(subject)
    assert (parsed.name, parsed.role, parsed.organisation) == (name, role, organisation)


@pytest.mark.parametrize("publisher, line, organisation", [
    # a junior portfolio of words several departments give is the publishing department's
    ("the Department for Transport", "Technology and Decarbonisation Minister, Jane Doe, said:",
     "Department for Transport"),
    # one such word before "Minister" is the table's department
    ("the Department for Transport", "Tech Minister Jane Doe said:", "Department for Science, Innovation and Technology"),
])
def test_a_cross_cutting_junior_portfolio(publisher, line, organisation):
    assert _one([line, _QUOTE], publisher, "12 March 2024")[2] == organisation


@pytest.mark.parametrize("subject, name, honorific", [
    # the courtesy title written with a stop after "Hon"
    ("the Rt Hon. Jane Doe MP", "Jane Doe", "Rt Hon."),
    ("The Rt. Hon. Jane Doe", "Jane Doe", "Rt. Hon."),
])
def test_courtesy_titles_with_stops(subject, name, honorific):
    parsed = parse_subject(subject)
    assert (parsed.name, parsed.honorific) == (name, honorific)


@pytest.mark.parametrize("subject, name, role, reference", [
    # a lead-in with no comma, whose object has capitals: the article before the title starts the subject
    ("Announcing the plans at a breakfast meeting with the TUC and CBI the Chancellor Jane Roe", "Jane Roe",
     "Chancellor", None),
    ("Writing in the Times the Health Secretary Jane Roe", "Jane Roe", "Health Secretary", None),
    # the article of a title's own subject, after its preposition, stays in the title
    ("Speaking at the CBI conference the Secretary of State for the Home Department Jane Roe", "Jane Roe",
     "Secretary of State for the Home Department", None),
    ("Commenting on the figures the Chancellor Jane Roe", "Jane Roe", "Chancellor", None),
    # an office and a person speaking together: the office named first speaks, as the first person does elsewhere
    ("Speaking after the IMF announced the news, the Chancellor and John Smith", None, "Chancellor", "role"),
    ("The Chancellor and John Smith, International Development Secretary", None, "Chancellor", "role"),
    # one office whose subjects go on after "and", then its holder
    ("The Minister for Culture and Heritage Jane Roe", "Jane Roe", "Minister for Culture and Heritage", None),
    # a body before "and" is no title of the person after it
    ("Network Rail and Jane Roe", "Jane Roe", None, None),
])
def test_the_subject_after_a_lead_in_or_a_joint_office_keeps_a_clean_title(subject, name, role, reference):
    parsed = parse_subject(subject)
    assert (parsed.name, parsed.role, parsed.reference) == (name, role, reference)


@pytest.mark.parametrize("subject, expected", [
    # a lead-in without its comma, then an office with its portfolio and no name: the lead-in goes
    ("Launching the new digital service at a nursery in Cardiff the Deputy Minister for Social Services",
     "the Deputy Minister for Social Services"),
    ("Speaking at the launch the Secretary of State for Wales", "the Secretary of State for Wales"),
    ("Visiting the site today the Minister for the Cabinet Office", "the Minister for the Cabinet Office"),
    ("After meeting the Cabinet Secretary for Health the Minister for Public Health",
     "the Minister for Public Health"),
    # not the object of the lead-in's own verb, nor a portfolio that is no name's words
    ("Welcoming the Minister for Social Services", "Welcoming the Minister for Social Services"),
    ("Speaking at the launch the Minister for the new service",
     "Speaking at the launch the Minister for the new service"),
])
def test_an_office_after_a_lead_in_without_its_comma(subject, expected):
    assert strip_lead_in(subject) == expected


def test_an_office_after_a_lead_in_without_its_comma_is_the_role():
    parsed = parse_subject("Launching the service at a nursery in Cardiff the Deputy Minister for Social Services")
    assert (parsed.name, parsed.role, parsed.reference) == (None, "Deputy Minister for Social Services", "role")


def test_an_office_and_a_person_speaking_together_is_the_office_holder():
    body = ["Chancellor Jane Roe and International Development Secretary John Smith today welcomed the news.",
            "Speaking after the World Bank announced the news, the Chancellor and John Smith said:",
            "“We are pleased that we have not only met, but exceeded that target for the poorest countries.”"]
    assert _one(body, "HM Treasury", "22 December 2000") == ("Jane Roe", "Chancellor", "HM Treasury")


def _speakers(title: str, body: list[str], publisher: str = "the DUP") -> list:
    quotes = extract(dump(release(title, body, publisher=publisher, date="9 November 2022")), "t.txt")
    return [q.speaker for q in quotes]


_SECOND = "“Progress is only made here when there is a foundation based on the consent of everyone.”"


@pytest.mark.parametrize("title, body, speakers", [
    # no lead: a knight's style with the given name and an honorific with the surname are the one person the
    # title names in full
    ("Jane Doherty – A deal is key to restoring the Assembly",
     ["Dame Jane said,", f"“{_QUOTE}”", "Ms Doherty continued,", _SECOND], ["Jane Doherty", "Jane Doherty"]),
    ("John Watt calls for the Protocol to be replaced", ["Mr Watt said,", f"“{_QUOTE}”"], ["John Watt"]),
    # a title naming no one of that name, a style that goes with the other part of the name, or two people of
    # that surname: the word as written
    ("A deal is key to restoring the Assembly", ["Dame Jane said,", f"“{_QUOTE}”"], ["Jane"]),
    ("Jane Doherty – A deal is key to restoring the Assembly", ["Sir John said,", f"“{_QUOTE}”"], ["John"]),
    ("Jane Doherty – A deal is key to restoring the Assembly", ["Mr Jane said,", f"“{_QUOTE}”"], ["Jane"]),
    ("Jane Doherty and John Doherty – Protocol is key", ["Mr Doherty said,", f"“{_QUOTE}”"], ["Doherty"]),
])
def test_a_one_word_name_is_the_person_the_title_names_in_full(title, body, speakers):
    assert _speakers(title, body) == speakers


@pytest.mark.parametrize("publisher, title, lead, expected", [
    # a party's release naming one person, titled as the party's: the member a constituency's descriptor stands for
    ("Sinn Fein", "Mary Kelly tells Lords the Protocol must be built upon",
     "Sinn Féin National Chairperson Mary Kelly has met the Lords committee on the Protocol.", "Mary Kelly"),
    ("the DUP", "A release", "DUP Party Chairman John Watt has met the Lords committee on the Protocol.",
     "John Watt"),
    # not in another publisher's release, nor when the release names someone else with a title (or in its
    # title), nor for someone titled as no party's or as another party's
    ("the Northern Ireland Office", "A release", "Sinn Féin Chairperson Mary Kelly has met the Lords committee.",
     None),
    ("Sinn Fein", "A release",
     "Sinn Féin National Chairperson Mary Kelly has met Health Minister John Roe about waiting lists.", None),
    ("Sinn Fein", "John Roe must act on waiting lists",
     "Sinn Féin National Chairperson Mary Kelly has written about waiting lists.", None),
    ("Sinn Fein", "A release", "Health Minister John Roe has been criticised over waiting lists.", None),
    ("Sinn Fein", "A release", "DUP leader John Roe has been criticised over waiting lists.", None),
])
def test_a_member_by_constituency_is_the_one_person_a_partys_release_names(publisher, title, lead, expected):
    body = [lead, "The South Antrim MLA said:", _QUOTE]
    (quote,) = extract(dump(release(title, body, publisher=publisher, date="21 October 2022")), "t.txt")
    assert (quote.speaker, quote.role) == (expected, "South Antrim MLA")


@pytest.mark.parametrize("subject, name, role", [
    # a thing done in the passive: the agent after "by" speaks, with the title written before the name
    ("The meeting was chaired by Economic Secretary Jane Roe", "Jane Roe", "Economic Secretary"),
    ("The new centre was officially opened by Home Secretary Jane Roe", "Jane Roe", "Home Secretary"),
    ("The visit was led by Chief Executive John Smith", "John Smith", "Chief Executive"),
    ("It was hosted by Sports Minister Jane Roe", "Jane Roe", "Sports Minister"),
    # a person joined by another, who speaks (", who said:")
    ("The Chancellor was accompanied by Economic Secretary John Smith", "John Smith", "Economic Secretary"),
    # not a passive: the report's own words are the subject's
    ("The Chancellor and John Smith", None, "Chancellor"),
    # a doer going on past the agent into its own verb ("... and said:") speaks, not the agent
    ("The Minister was joined by Jane Roe and", None, "Minister"),
    ("Home Secretary Jane Doe was joined by John Roe and", "Jane Doe", "Home Secretary"),
])
def test_the_agent_of_a_passive_is_who_speaks(subject, name, role):
    parsed = parse_subject(subject)
    assert (parsed.name, parsed.role) == (name, role)


@pytest.mark.parametrize("subject, role", [
    # a role never ends in "and", with a name or without
    ("The Chancellor and", "Chancellor"),
    ("The Minister for Sport and", "Minister for Sport"),
    ("The Minister for Sport", "Minister for Sport"),
])
def test_a_title_alone_never_ends_in_and(subject, role):
    parsed = parse_subject(subject)
    assert (parsed.name, parsed.role) == (None, role)


@pytest.mark.parametrize("subject, name, role", [
    # a name with its style set off by dashes after the title
    ("the Chief Secretary to the Treasury – the Rt Hon Jane Roe –", "Jane Roe", "Chief Secretary to the Treasury"),
    ("Economic Secretary — the Rt Hon Jane Roe MP", "Jane Roe", "Economic Secretary"),
    # a description after "the" between dashes is still no role
    ("Carplus - the national charity for car clubs", "Carplus", None),
])
def test_a_styled_name_between_dashes_after_a_title(subject, name, role):
    parsed = parse_subject(subject)
    assert (parsed.name, parsed.role) == (name, role)


@pytest.mark.parametrize("role, government", [
    ("Chief Secretary of the Treasury", True),  # the title written with "of" for "to"
    ("Financial Secretary to the Treasury", True),
    ("Secretary of the Treasury Committee", False),  # a select committee's
    ("Secretary of the Anytown Cricket Club", False),
    ("U.S. Secretary of the Treasury", False),  # the United States' titles
    ("Under Secretary of the Treasury for Terrorism and Financial Intelligence", False),
])
def test_a_treasury_secretary_written_with_of_is_a_government_office(role, government):
    from quotes.speaker import is_government_role

    assert is_government_role(role) is government


@pytest.mark.parametrize("subject, expected", [
    # a lead-in without its comma: a verb in -ing (any, not only the usual lead-in words) or a preposition, then
    # lower-case words no title has, then a person
    ("Welcoming these changes Miss Roe", "Miss Roe"),
    ("Acknowledging these concerns Economic Secretary Jane Roe", "Economic Secretary Jane Roe"),
    ("Congratulating the winners Jane Doe", "Jane Doe"),
    ("Amid growing concern Ms Doe", "Ms Doe"),
    ("Outside court Detective Inspector Jane Doe", "Detective Inspector Jane Doe"),
    ("Welcoming these changes the Minister", "the Minister"),
    # a title or a description that opens with a word in -ing is no lead-in
    ("Acting Chief Constable Jane Doe", "Acting Chief Constable Jane Doe"),
    ("Managing Director John Smith", "Managing Director John Smith"),
    ("Leading Seaman John Smith", "Leading Seaman John Smith"),
    ("Acting head teacher Jane Doe", "Acting head teacher Jane Doe"),
    ("Leading barrister Jane Doe", "Leading barrister Jane Doe"),
    ("Serving police officer John Smith", "Serving police officer John Smith"),
    ("Campaigning mum Jane Doe", "Campaigning mum Jane Doe"),
    ("Housing association tenant Jane Doe", "Housing association tenant Jane Doe"),
    ("Presiding Judge Sir John Smith", "Presiding Judge Sir John Smith"),
])
def test_a_lead_in_without_its_comma_opens_with_a_verb_in_ing_or_a_preposition(subject, expected):
    assert strip_lead_in(subject) == expected


@pytest.mark.parametrize("subject, expected", [
    # a relative clause after a name with no comma before it is set aside, as one with a comma is
    ("Jane Roe who moves from her current post of Permanent Secretary of the Department of the Environment, "
     "Transport and the Regions", ("Jane Roe", None, None)),
    ("Mr Smith who has led the campaign", ("Smith", None, None)),
    ("Chief Executive Jane Doe who joined Acme in May", ("Jane Doe", "Chief Executive", None)),
    ("Jane Doe who will become the first Independent Anti-Slavery Commissioner",
     ("Jane Doe", "Independent Anti-Slavery Commissioner", None)),
    # a department's name is never cut at its own comma
    ("Jane Doe, Permanent Secretary of the Department of the Environment, Transport and the Regions",
     ("Jane Doe", "Permanent Secretary", "Department of the Environment, Transport and the Regions")),
    ("Jane Doe, who moves from the Department of the Environment, Transport and the Regions", ("Jane Doe", None, None)),
    # unchanged: a company's name after a title, a portfolio's list
    ("Jane Doe, Director for Europe, Procter and Gamble", ("Jane Doe", "Director for Europe", "Procter and Gamble")),
    ("Jane Doe, Secretary of State for Environment, Food and Rural Affairs",
     ("Jane Doe", "Secretary of State for Environment, Food and Rural Affairs", None)),
])
def test_a_relative_clause_without_its_comma_and_a_departments_own_commas(subject, expected):
    parsed = parse_subject(subject)
    assert (parsed.name, parsed.role, parsed.organisation) == expected


@pytest.mark.parametrize("subject", ["The man who found the dog", "Those who took part"])
def test_no_one_named_before_who(subject):
    assert parse_subject(subject) is None


@pytest.mark.parametrize("subject, organisation", [
    # bodies speaking together, after a lead-in or a group heading them (Defra, 2020; DfE, 2023)
    ("In a joint statement, the Environment Agency, Natural England and the Forestry Commission",
     "Environment Agency, Natural England and the Forestry Commission"),
    ("In a joint statement, the leaders of ASCL, NAHT, NEU and NASUWT", "ASCL, NAHT, NEU and NASUWT"),
    ("the Environment Agency and Natural England", "Environment Agency and Natural England"),
])
def test_bodies_listed_speak_together(subject, organisation):
    parsed = parse_subject(subject)
    assert (parsed.name, parsed.role, parsed.organisation) == (None, None, organisation)


@pytest.mark.parametrize("subject, name", [
    # people in a list, or a lead-in whose commas list places, are no list of bodies
    ("Jane Doe and John Smith", "Jane Doe"),
    ("Commenting on the plan, Jane Doe, Chief Executive of Acme", "Jane Doe"),
])
def test_people_are_no_list_of_bodies(subject, name):
    assert parse_subject(subject).name == name


PUBLIC_SERVICE_POSTS = [
    # a body's initials, then the words of a function before a post below its head (fire service, 2023)
    ("HIWFRS Prevention Manager Jane Doe", "Jane Doe", "Prevention Manager", "HIWFRS"),
    ("DSA Customer Services Manager Jane Doe", "Jane Doe", "Customer Services Manager", "DSA"),
    # ... not a body those words end, nor the head of a body so named
    ("NHS England Medical Director Jane Doe", "Jane Doe", "Medical Director", "NHS England"),
    ("NHS Property Services Chief Executive Jane Doe", "Jane Doe", "Chief Executive", "NHS Property Services"),
    # a function alone before a post names no body (APCC, 2020); "PCC" after a name is an office's letters
    ("Performance lead, Jane Doe PCC", "Jane Doe", "Performance lead", None),
    ("APCC Performance lead, Jane Doe PCC", "Jane Doe", "Performance lead", "APCC"),
    # a body's name ends at its possessive, though its last word is a title's (APCC, 2023)
    ("The Association of Police and Crime Commissioners’ Joint Prevention Lead Jane Doe", "Jane Doe",
     "Joint Prevention Lead", "Association of Police and Crime Commissioners"),
    # an area of work after "of", then the body after "for" (ambulance trust, 2016); a body named "Transport for"
    # is still one
    ("Jane Doe, Acting Director of Service Delivery for EEAST", "Jane Doe", "Acting Director of Service Delivery",
     "EEAST"),
    ("Jane Doe, Chair of the Transport for Greater Manchester Committee", "Jane Doe", "Chair",
     "Transport for Greater Manchester Committee"),
]


NAME_BODY_TITLE_WITHOUT_COMMAS = [
    # a full name, a body's name and a title with no commas between them (Network Rail, 2008)
    ("Jane Doe Network Rail Chief Executive", "Jane Doe", "Chief Executive", "Network Rail"),
    # ... not a place that opens a body's name
    ("Tees Valley Combined Authority Chair", None, "Chair", "Tees Valley Combined Authority"),
    ("North East Ambulance Service Chief Executive", None, "Chief Executive", "North East Ambulance Service"),
    # ... nor a firm of two words and its country
    ("Morgan Stanley UK Chief Executive", None, "Chief Executive", "Morgan Stanley UK"),
    # a Welsh portfolio's word that is also a name is a name
    ("Jane Tai, chief executive of Acme", "Jane Tai", "chief executive", "Acme"),
]


PARTY_POSTS_AND_OCCASIONS = [
    # a party's post after "of", a relative clause after it (Green Party, 2019)
    ("Jane Doe, co-leader of the Green Party who won a climate emergency declaration", "Jane Doe", "co-leader",
     "Green Party"),
    # a party before a member's post joined with another (SNP, 2010)
    ("SNP MSP and Finance Committee member Jane Doe", "Jane Doe", "MSP and Finance Committee member", "SNP"),
    # a clause of the occasion after the title is no body (Labour, 2019)
    ("Jane Doe MP, Shadow Communities Secretary, responding to the IFS’s report showing that councils cut costs",
     "Jane Doe", "Shadow Communities Secretary", None),
    # ... and a post after "of" whose body only opens with a party's word is not the party's
    ("Jane Doe, Chair of Labour Market Forum", "Jane Doe", "Chair", "Labour Market Forum"),
]


@pytest.mark.parametrize("subject, role, organisation, rank", [
    # a police rank after a lead's title is the person's rank, no part of the title (ACPO, 2012)
    ("ACPO lead for professional standards Chief Constable Jane Doe", "ACPO lead for professional standards", "ACPO",
     "Chief Constable"),
    ("NPCC Chair Chief Constable Jane Doe", "Chair", "NPCC", "Chief Constable"),
    # ... after a body's name alone it is the title
    ("Kent Police Chief Constable Jane Doe", "Chief Constable", "Kent Police", None),
])
def test_a_police_rank_after_a_title(subject, role, organisation, rank):
    parsed = parse_subject(subject)
    assert (parsed.name, parsed.role, parsed.organisation, parsed.rank) == ("Jane Doe", role, organisation, rank)


@pytest.mark.parametrize("subject, organisation", [
    ("Our chief executive, Jane Doe", "our"),  # the publisher's, put in by the organisation step
    ("Our partners at the Beta Trust, chair Jane Doe", None),  # another body's people
])
def test_our_post_only(subject, organisation):
    assert parse_subject(subject).organisation == organisation


@pytest.mark.parametrize("subject, name, role, organisation",
                         PUBLIC_SERVICE_POSTS + NAME_BODY_TITLE_WITHOUT_COMMAS + PARTY_POSTS_AND_OCCASIONS)
def test_names_posts_and_bodies(subject, name, role, organisation):
    parsed = parse_subject(subject)
    assert (parsed.name, parsed.role, parsed.organisation) == (name, role, organisation)
