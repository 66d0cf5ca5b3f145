"""Attribution lines in their real forms, and lines that must not match.

Each row is a real attribution line (from GOV.UK press releases) with the
name, role and organisation its subject must parse into. The organisation
here is the one written in the line (acronyms are expanded later, from the
release's own text).
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.attribution import byline, find_attribution


def name_role_org(line: str) -> tuple:
    """The name, role and organisation the subject of an attribution line parses into."""
    subject = find_attribution(line).subject
    return subject.name, subject.role, subject.organisation


REAL_LINES = [
    # Title Name said:
    ("Home Secretary Yvette Cooper said:", "Yvette Cooper", "Home Secretary", None),
    ("Policing Minister Dame Diana Johnson said:", "Diana Johnson", "Policing Minister", None),
    ("NCA Director General Graeme Biggar said:", "Graeme Biggar", "Director General", "NCA"),
    ("Border Security Commander Martin Hewitt said:", "Martin Hewitt", "Border Security Commander", None),
    # a body's initials, then a title of several words: the words are the title's ("Incident"), and an "of"
    # after it names the title's subject, not a body
    ("UKHSA Incident Director Dr Meera Chand said:", "Meera Chand", "Incident Director", "UKHSA"),
    ("HMRC Director of Individuals and Small Business Compliance Penny Ciniewicz said:", "Penny Ciniewicz",
     "Director of Individuals and Small Business Compliance", "HMRC"),
    ("NHS Test and Trace Executive Chair Dido Harding said:", "Dido Harding", "Executive Chair",
     "NHS Test and Trace"),
    # an appointment's title, then the person by rank; a rank after a title; units known by their numbers
    ("Director Land Equipment, Major General Robert Talbot-Rice, said:", "Robert Talbot-Rice",
     "Director Land Equipment", None),
    ("Commander Joint Helicopter Command, Air Vice-Marshal Richard Maddison, said:", "Richard Maddison",
     "Commander Joint Helicopter Command", None),
    ("Commander Field Army Lieutenant General Ivan Jones said:", "Ivan Jones", "Commander Field Army", None),
    ("Lieutenant Colonel Frazer Lawrence, Commanding Officer of 1st Battalion The Royal Welsh, said:",
     "Frazer Lawrence", "Commanding Officer", "1st Battalion The Royal Welsh"),
    ("Commander 3 Commando Brigade, Brigadier Jane Doe, said:", "Jane Doe", "Commander", "3 Commando Brigade"),
    ("Flight Lieutenant John Doe, a pilot with 617 Squadron, said:", "John Doe", "pilot", "617 Squadron"),
    # a fire service's rank of two words after its name
    ("Hampshire Fire and Rescue Service Group Manager Pete Smith said:", "Pete Smith", "Group Manager",
     "Hampshire Fire and Rescue Service"),
    # a first name described by its head noun; a body whose name holds "for" or ends in a nation or a subject
    ("Sarah, a park ranger, said:", "Sarah", "park ranger", None),
    ("Emma, a charity worker, said:", "Emma", "charity worker", None),
    ("Hannah White, Director, Institute for Government, said:", "Hannah White", "Director", "Institute for Government"),
    ("Disclosure Scotland Chief Executive Lynne Neilson said:", "Lynne Neilson", "Chief Executive",
     "Disclosure Scotland"),
    ("Royal Academy of Engineering Chief Executive Hayaatun Sillem said:", "Hayaatun Sillem", "Chief Executive",
     "Royal Academy of Engineering"),
    # an area of a regulator's work after a head title is no body
    ("Anna Abbott, Executive Director of Enforcement, said:", "Anna Abbott", "Executive Director of Enforcement", None),
    ("Jane Doe, Senior Director of Mergers, said:", "Jane Doe", "Senior Director of Mergers", None),
    # a titled person and another person after "and": the title after the comma is the second person's
    ("Environment Minister Rebecca Pow and Eve Ellis, Chief Executive of the Woodland Trust, said in a joint "
     "statement:", "Rebecca Pow", "Environment Minister", None),
    # the verb first
    ("Said Defence Secretary Liam Fox:", "Liam Fox", "Defence Secretary", None),
    ("Added Lieutenant Colonel Rob Thomson:", "Rob Thomson", "Lieutenant Colonel", None),
    # names that end like a document's are names
    ("Jude Law said:", "Jude Law", None, None),
    # a description of the body after its name is no body
    ("Adam Sampson, Chief Executive of Shelter, the housing charity, said:", "Adam Sampson", "Chief Executive",
     "Shelter"),
    # a portfolio's words go on after a word of it
    ("Minister for Pensions Reform James Purnell said:", "James Purnell", "Minister for Pensions Reform", None),
    ("Minister for Social Exclusion Hilary Armstrong said:", "Hilary Armstrong", "Minister for Social Exclusion",
     None),
    # older forms: "the Rt Hon the Lord", "went on", "pointed out"
    ("The Rt Hon the Lord Falconer of Thoroton said:", "Lord Falconer of Thoroton", None, None),
    ("Mr Johnson went on:", "Johnson", None, None),
    ("Mr Johnson also pointed out:", "Johnson", None, None),
    # brands written in camel case are bodies' names
    ("Julian David, CEO of techUK, said:", "Julian David", "CEO", "techUK"),
    ("techUK CEO Julian David said:", "Julian David", "CEO", "techUK"),
    ("Jane Doe, easyJet's Chief Executive, said:", "Jane Doe", "Chief Executive", "easyJet"),
    # a body's head noun inside its name, before "of"
    ("Dr Maureen Baker, Chair of the Royal College of General Practitioners, said:", "Maureen Baker", "Chair",
     "Royal College of General Practitioners"),
    # Title, Name(,) said:
    ("The Mayor of London, Sadiq Khan, said:", "Sadiq Khan", "Mayor of London", None),
    ("Minister for Nature, Mary Creagh said:", "Mary Creagh", "Minister for Nature", None),
    ("Minister for Policing, Fire and Crime Prevention, Dame Diana Johnson, said:", "Diana Johnson",
     "Minister for Policing, Fire and Crime Prevention", None),
    ("Interim Chief Executive of the IWF, Derek Ray-Hill, said:", "Derek Ray-Hill", "Interim Chief Executive", "IWF"),
    ("Policy Manager for Child Safety Online at the NSPCC, Rani Govender said:", "Rani Govender",
     "Policy Manager for Child Safety Online", "NSPCC"),
    ("The Victims’ Commissioner for England and Wales, Baroness Newlove, said:", "Baroness Newlove",
     "Victims’ Commissioner for England and Wales", None),
    # Name, Title(, Org)(,) said:
    ("Sarah Crew, Chief Constable of Avon and Somerset Police, said:", "Sarah Crew", "Chief Constable",
     "Avon and Somerset Police"),
    ("Professor Dame Sally Davies, the UK Special Envoy on Antimicrobial Resistance, said:", "Sally Davies",
     "UK Special Envoy on Antimicrobial Resistance", None),
    ("UK Government Minister for Wales, Nia Griffith, said:", "Nia Griffith", "UK Government Minister for Wales", None),
    # Titles, Name of/from Org said: (this row and those below are written in the forms of real lines)
    ("Dr Jane Doe from the University of Leeds said:", "Jane Doe", None, "University of Leeds"),
    ("Chief Constable Jo Shiner of Sussex Police said:", "Jo Shiner", "Chief Constable", "Sussex Police"),
    # a body whose name holds commas, or role words after its head noun; an area of work is no body
    ("Jane Doe, Chair of the York, Selby and Harrogate Community Rail Partnership, said:", "Jane Doe", "Chair",
     "York, Selby and Harrogate Community Rail Partnership"),
    ("John Smith, President of the Association of Directors of Environment, Economy, Planning and Transport, said:",
     "John Smith", "President", "Association of Directors of Environment, Economy, Planning and Transport"),
    ("Assistant Chief Constable John Smith, of the Association of Chief Police Officers, said:", "John Smith",
     "Assistant Chief Constable", "Association of Chief Police Officers"),
    ("Jane Doe, Director of Policy, said:", "Jane Doe", "Director of Policy", None),
    ("NHS England chief executive Amanda Pritchard said:", "Amanda Pritchard", "chief executive", "NHS England"),
    # between dashes: a role is kept, a description dropped
    ("Jane Doe – Chief Executive, Acme Trust – said:", "Jane Doe", "Chief Executive", "Acme Trust"),
    ("Jane Doe, Director of Carplus - the national charity for car clubs - said:", "Jane Doe", "Director",
     "Carplus"),
    # "Lord" before an office is part of the office, not a peer's name
    ("Lord Chancellor and Justice Secretary Shabana Mahmood said:", "Shabana Mahmood",
     "Lord Chancellor and Justice Secretary", None),
    # a member of the public: age and home town are neither role nor organisation
    ("Jane Doe, 34, from Leeds, said:", "Jane Doe", None, None),
    ("Ian Moffat, a car club member from London, said:", "Ian Moffat", "car club member", None),
    ("Tom Brown, an apprentice at BAE Systems, said:", "Tom Brown", "apprentice", "BAE Systems"),
    # a portfolio's list of subjects is one role, also when nothing follows it
    ("Steve Reed, Secretary of State for Environment, Food and Rural Affairs, said:", "Steve Reed",
     "Secretary of State for Environment, Food and Rural Affairs", None),
    ("Lord Hanson, Minister of State for Policing, Fire and Crime Prevention, said:", "Lord Hanson",
     "Minister of State for Policing, Fire and Crime Prevention", None),
    ("Councillor Timothy Huxtable, Cabinet Member for Transport, Environment and Regeneration, said:",
     "Timothy Huxtable", "Cabinet Member for Transport, Environment and Regeneration", None),
    ("John Smith, Director for Europe, Procter and Gamble, said:", "John Smith", "Director for Europe",
     "Procter and Gamble"),
    # ... but a lead-in word before a title still comes off
    ("Today, Secretary of State for Defence Ben Wallace said:", "Ben Wallace", "Secretary of State for Defence",
     None),
    ("Acting on the recommendations, Health Secretary Matt Hancock said:", "Matt Hancock", "Health Secretary", None),
    # a department after a portfolio is the organisation, not more of the list
    ("Alan Duncan, Minister of State for Europe, Foreign and Commonwealth Office, said:", "Alan Duncan",
     "Minister of State for Europe", "Foreign and Commonwealth Office"),
    # a health board is a body; a description's body after "from"
    ("Jane Doe, Chief Executive of Betsi Cadwaladr University Health Board, said:", "Jane Doe", "Chief Executive",
     "Betsi Cadwaladr University Health Board"),
    ("Jane Doe, a volunteer from the Acme Trust, said:", "Jane Doe", "volunteer", "Acme Trust"),
    # compound offices anywhere in the title, also split by commas
    ("West Midlands Police and Crime Commissioner David Jamieson said:", "David Jamieson",
     "West Midlands Police and Crime Commissioner", None),
    ("Roger Hirst, Police, Fire and Crime Commissioner for Essex, said:", "Roger Hirst",
     "Police, Fire and Crime Commissioner for Essex", None),
    ("Ambassador to the United States Karen Pierce said:", "Karen Pierce", "Ambassador to the United States", None),
    # a body's short name from the table before a title; a kind of body is no body; a nation's envoy
    ("Ofsted Chief Inspector Amanda Spielman said:", "Amanda Spielman", "Chief Inspector", "Ofsted"),
    ("HM Chief Inspector of Constabulary Sir Tom Winsor said:", "Tom Winsor", "HM Chief Inspector of Constabulary",
     None),
    ("UK Trade Envoy to Nigeria Helen Grant said:", "Helen Grant", "UK Trade Envoy to Nigeria", None),
    # the words of a known office are never the start of a name
    ("Director of Public Prosecutions Max Hill said:", "Max Hill", "Director of Public Prosecutions", None),
    # a title in -ing is no lead-in clause
    ("Commanding Officer, Lieutenant Commander Michael Hutchinson, said:", "Michael Hutchinson",
     "Commanding Officer", None),
    ("Presiding Officer Elin Jones said:", "Elin Jones", "Presiding Officer", None),
    # the object of a title is not the start of the name
    ("Mayor of Greater Manchester Andy Burnham said:", "Andy Burnham", "Mayor of Greater Manchester", None),
    # a title that is also an office, after the words that name its place
    ("West Midlands Mayor Andy Street said:", "Andy Street", "West Midlands Mayor", None),
    ("Mayor Andy Burnham said:", "Andy Burnham", None, None),
    ("The Bishop of London, the Rt Revd Sarah Mullally, said:", "Sarah Mullally", "Bishop of London", None),
    ("The Rt Revd Sarah Mullally, Bishop of London, said:", "Sarah Mullally", "Bishop of London", None),
    # the sovereign's title is no body
    ("Sir Martyn Oliver, His Majesty’s Chief Inspector, said:", "Martyn Oliver", "His Majesty’s Chief Inspector",
     None),
    ("High Commissioner to New Zealand Iona Thomas said:", "Iona Thomas", "High Commissioner to New Zealand", None),
    ("British High Commissioner to Sri Lanka Andrew Patrick said:", "Andrew Patrick",
     "British High Commissioner to Sri Lanka", None),
    ("Work and Pensions Secretary Iain Duncan Smith said:", "Iain Duncan Smith", "Work and Pensions Secretary", None),
    ("Minister for Employment Iain Duncan Smith said:", "Iain Duncan Smith", "Minister for Employment", None),
    ("Police and Crime Commissioner for Kent Matthew Scott said:", "Matthew Scott",
     "Police and Crime Commissioner for Kent", None),
    # a kind of body before a title names no body
    ("Council leader Cllr Jane Doe said:", "Jane Doe", "Council leader", None),
    ("CPS Chief Crown Prosecutor Jaswant Narwal said:", "Jaswant Narwal", "Chief Crown Prosecutor", "CPS"),
    ("Police and Crime Commissioner for the Thames Valley Matthew Barber said:", "Matthew Barber",
     "Police and Crime Commissioner for the Thames Valley", None),
    # a body's own board or committee speaks for the body
    ("Councillor Tony Newman, Chair of the Local Government Association's Environment and Housing Board, said:",
     "Tony Newman", "Chair", "Local Government Association"),
    ("Dr Ian Bogle, Chairman of the British Medical Association's Council, said:", "Ian Bogle", "Chairman",
     "British Medical Association"),
    ("Dr Hamish Meldrum, Chairman of the BMA Council, said:", "Hamish Meldrum", "Chairman", "BMA"),
    # ... not a council or a board that is a body of its own, nor one of a name that is no body's
    ("Jane Doe, Chair of the General Medical Council, said:", "Jane Doe", "Chair", "General Medical Council"),
    ("Jane Doe, Chair of Arts Council England, said:", "Jane Doe", "Chair", "Arts Council England"),
    ("Jane Doe, Chair of the NHS Board, said:", "Jane Doe", "Chair", "NHS Board"),
    # the second word of a place's name, or a noun of the title's subject, starts no name
    ("Police and Crime Commissioner for Thames Valley Matthew Barber said:", "Matthew Barber",
     "Police and Crime Commissioner for Thames Valley", None),
    ("Minister for Local Government and English Devolution Jim McMahon said:", "Jim McMahon",
     "Minister for Local Government and English Devolution", None),
    # two capitalised words right after the title's preposition are its subject, not a name
    ("The Minister for High Streets, Mark Prisk, added:", "Mark Prisk", "Minister for High Streets", None),
    # a body's name may hold role words before its head noun
    ("Chief Fire Officer Paul Hancock, president of the Chief Fire Officers Association, said:", "Paul Hancock",
     "president", "Chief Fire Officers Association"),
    # after "and", the first capitalised word still belongs to the title's subject
    ("Police and Crime Commissioner for Devon and Cornwall Alison Hernandez said:", "Alison Hernandez",
     "Police and Crime Commissioner for Devon and Cornwall", None),
    ("Minister for Housing and Homelessness Rushanara Ali said:", "Rushanara Ali",
     "Minister for Housing and Homelessness", None),
    ("Aleyne Johnson, Director of Government and External Relations, Samsung UK, said:", "Aleyne Johnson",
     "Director of Government and External Relations", "Samsung UK"),
    ("Gary Davis, Senior Director, Regulatory Legal, Apple, said:", "Gary Davis", "Senior Director, Regulatory Legal",
     "Apple"),
    ("Rahul Kalia, Managing Partner at IBM UK and Ireland, said:", "Rahul Kalia", "Managing Partner",
     "IBM UK and Ireland"),
    ("Harvinder Saimbhi, ASB Help CEO said:", "Harvinder Saimbhi", "CEO", "ASB Help"),
    ("Alex Rawle, Safety and Security Lead, Google UK said:", "Alex Rawle", "Safety and Security Lead", "Google UK"),
    ("Mark Hopwood, First Great Western Managing Director, said:", "Mark Hopwood", "Managing Director",
     "First Great Western"),
    ("Malcolm Shepherd, Sustrans' Chief Executive, said:", "Malcolm Shepherd", "Chief Executive", "Sustrans"),
    ("Tony Burton, Director of Civic Voice, said:", "Tony Burton", "Director", "Civic Voice"),
    # one proper word before a title only a body's head holds is the body; not a nation, a time or a field
    ("Shelter Chief Executive Polly Neate said:", "Polly Neate", "Chief Executive", "Shelter"),
    ("Tesco Chairman John Allan said:", "John Allan", "Chairman", "Tesco"),
    ("French President Emmanuel Macron said:", "Emmanuel Macron", "French President", None),
    ("Former Chief Executive Jane Doe said:", "Jane Doe", "Former Chief Executive", None),
    ("Finance Director Jane Doe said:", "Jane Doe", "Finance Director", None),
    # particles in a row, and initials written together
    ("Ursula von der Leyen, President of the European Commission, said:", "Ursula von der Leyen", "President",
     "European Commission"),
    ("J.K. Rowling said:", "J.K. Rowling", None, None),
    # Ranks, honorifics, peerages, post-nominals
    ("T/CC Maggie Blyth, National Police Chief’s Council lead for Violence Against Women and Girls said:",
     "Maggie Blyth", "National Police Chief’s Council lead for Violence Against Women and Girls",
     "National Police Chief’s Council"),
    ("Assistant Chief Constable Tom Harding, the College of Policing’s Director of Operational Standards, said:",
     "Tom Harding", "Director of Operational Standards", "College of Policing"),
    ("Crossbench Peer and Chair of 5Rights Foundation, Baroness Kidron said:", "Baroness Kidron",
     "Crossbench Peer and Chair", "5Rights Foundation"),
    ("Solicitor General Sarah Sackman KC MP said:", "Sarah Sackman", "Solicitor General", None),
    ("Lord Hanson of Flint, Minister for Policing, said:", "Lord Hanson of Flint", "Minister for Policing", None),
    ("Dai Powell OBE, Chair of the Disabled Persons Transport Advisory Committee (DPTAC) said:", "Dai Powell", "Chair",
     "Disabled Persons Transport Advisory Committee"),
    ("The Rt Hon Angela Rayner MP, Deputy Prime Minister, said:", "Angela Rayner", "Deputy Prime Minister", None),
    ("Professor Sir Chris Whitty, Chief Medical Officer for England, explained:", "Chris Whitty",
     "Chief Medical Officer for England", None),
    ("Ashton West, Chief Executive at the Motor Insurers' Bureau, said:", "Ashton West", "Chief Executive",
     "Motor Insurers' Bureau"),
    ("AA President Edmund King said:", "Edmund King", "President", "AA"),
    # Other verbs and forms
    ("Justice Secretary Shabana Mahmood MP added:", "Shabana Mahmood", "Justice Secretary", None),
    ("Nick Donovan, Chief Executive of First TransPennine Express, commented:", "Nick Donovan", "Chief Executive",
     "First TransPennine Express"),
    ("Health Secretary Wes Streeting is expected to say:", "Wes Streeting", "Health Secretary", None),
    ("Commenting on the figures, Home Secretary Yvette Cooper said:", "Yvette Cooper", "Home Secretary", None),
    ("Speaking at the summit today, Technology Secretary Peter Kyle said:", "Peter Kyle", "Technology Secretary", None),
    ("Ian Bevan, Managing Director of Northern Rail, which runs services on the route, said:", "Ian Bevan",
     "Managing Director", "Northern Rail"),
    ("Environment Secretary Steve Reed:", "Steve Reed", "Environment Secretary", None),
    ("The Minister of State for Transport (Theresa Villiers):", "Theresa Villiers", "Minister of State for Transport",
     None),
    ("Meddai'r Gweinidog Diogelwch Ffyrdd Mike Penning:", "Mike Penning", "Gweinidog Diogelwch Ffyrdd", None),
    ("Rail Minister Theresa Villiers said", "Theresa Villiers", "Rail Minister", None),
    ("Philip Hammond said;", "Philip Hammond", None, None),
    # a body's kind written before its name; a body's name ending in 's, or holding a plural possessive
    ("Russell Hobby, general secretary of school leaders’ union the NAHT, said:", "Russell Hobby",
     "general secretary", "NAHT"),
    ("Paul Farmer, chief executive of mental health charity Mind, said:", "Paul Farmer", "chief executive", "Mind"),
    ("Peter Wanless, chief executive of the children’s charity NSPCC, said:", "Peter Wanless", "chief executive",
     "NSPCC"),
    ("Javed Khan, Barnardo’s Chief Executive, said:", "Javed Khan", "Chief Executive", "Barnardo’s"),
    ("National Police Chiefs’ Council Chair Sara Thornton said:", "Sara Thornton", "Chair",
     "National Police Chiefs’ Council"),
    # a lead's title keeps its body, as written ("lead for knife crime" alone names no post)
    ("Commander Stephen Clayman, National Police Chiefs’ Council lead for knife crime, said:", "Stephen Clayman",
     "National Police Chiefs’ Council lead for knife crime", "National Police Chiefs’ Council"),
    ("Commander Stephen Clayman, National Police Chiefs' Council lead for knife crime, said:", "Stephen Clayman",
     "National Police Chiefs' Council lead for knife crime", "National Police Chiefs' Council"),
    ("Chief Constable Jane Doe (ACPO lead for Roads Policing) said:", "Jane Doe", "ACPO lead for Roads Policing",
     "ACPO"),  # (the line's body as written; the release's organisation step spells the initials out)
    ("Jane Doe, Acme lead engineer, said:", "Jane Doe", "lead engineer", "Acme"),
    ("Jane Doe, Sustrans' Chief Executive, said:", "Jane Doe", "Chief Executive", "Sustrans"),
    # a body's name before a title of several words ends at its noun or at the nation that closes it
    ("Michael Freeman, Highways England Service Delivery Manager, said:", "Michael Freeman",
     "Service Delivery Manager", "Highways England"),
    ("Environment Agency Enforcement Team Leader Lesley Robertson said:", "Lesley Robertson",
     "Enforcement Team Leader", "Environment Agency"),
    ("Sport England Chief Executive Tim Hollingsworth said:", "Tim Hollingsworth", "Chief Executive", "Sport England"),
    ("Local Government Association Chairman Sir Merrick Cockell said:", "Merrick Cockell", "Chairman",
     "Local Government Association"),
    ("Network Rail Route Managing Director Jane Doe said:", "Jane Doe", "Route Managing Director", "Network Rail"),
    # after a body's initials, a unit's word is the title's; a unit's word that ends a body's name stays in it
    ("NCA Branch Commander Tony Cook said:", "Tony Cook", "Branch Commander", "NCA"),
    ("Air Accidents Investigation Branch Chief Inspector Jane Doe said:", "Jane Doe", "Chief Inspector",
     "Air Accidents Investigation Branch"),
    # a nation or a body's noun inside a body's name does not end it
    ("Keep Britain Tidy Chief Executive Allison Ogden-Newton said:", "Allison Ogden-Newton", "Chief Executive",
     "Keep Britain Tidy"),
    ("Betsi Cadwaladr University Health Board Chief Executive Jo Whitehead said:", "Jo Whitehead", "Chief Executive",
     "Betsi Cadwaladr University Health Board"),
    ("Northern Ireland Policing Board Chair Anne Connolly said:", "Anne Connolly", "Chair",
     "Northern Ireland Policing Board"),
    # a lead-in whose own words hold commas ends where a subject opens; a person the lead-in names is not the speaker
    ("Following the publication of the Review of Law, Policy and Procedure Relating to Parole Decisions, Chief "
     "Executive, Jane Doe said:", "Jane Doe", "Chief Executive", None),
    ("Responding to the return of the Assembly, and the announcement of the new Minister for Infrastructure, Jane "
     "Doe, Regional Director of Northern Ireland for the Institution of Civil Engineers, John Smith, said:",
     "John Smith", "Regional Director of Northern Ireland", "Institution of Civil Engineers"),
    ("Responding to the report on roads, rail and buses, Jane Doe, Chief Executive of Acme Trust, said:", "Jane Doe",
     "Chief Executive", "Acme Trust"),
    # ... but a comma inside a list of a body's or a title's words is no end of the lead-in
    ("Welcoming the news, Newry, Mourne and Down District Council Chairperson, Councillor Jane Doe said:", "Jane Doe",
     "Chairperson", "Newry, Mourne and Down District Council"),
    ("Speaking at the launch, Culture, Media and Sport Secretary, Jane Doe said:", "Jane Doe",
     "Culture, Media and Sport Secretary", None),
    # a body, or a unit of one, after "in the" or "with" a title; not a House of Parliament or a region
    ("Jane Doe, Specialist Lawyer in the CPS Special Crime Division, said:", "Jane Doe", "Specialist Lawyer",
     "CPS Special Crime Division"),
    ("Jane Doe, a senior lawyer with the Crown Prosecution Service, said:", "Jane Doe", "senior lawyer",
     "Crown Prosecution Service"),
    ("Jane Doe, Government Whip in the House of Lords, said:", "Jane Doe", "Government Whip in the House of Lords",
     None),
    ("Jane Doe, Head of Policy in the region, said:", "Jane Doe", "Head of Policy in the region", None),
    ("Jane Doe, Manager in the Town Centre, said:", "Jane Doe", "Manager in the Town Centre", None),
    # two bodies' initials joined by a hyphen before a title
    ("NCA-CEOP Director Jane Doe said:", "Jane Doe", "Director", "NCA-CEOP"),
    ("Jane Doe, UK-US Trade Envoy, said:", "Jane Doe", "UK-US Trade Envoy", None),  # two countries, no body
    # a field's initials in a body's name, not a list of areas of work
    ("Jane Doe, Chief Executive of STEM Learning, said:", "Jane Doe", "Chief Executive", "STEM Learning"),
    # a minister's portfolio list keeps its commas, though a subject's last word may end a body's name
    ("Jane Doe, the Minister for Culture, Skills and Social Partnership, yesterday said:", "Jane Doe",
     "Minister for Culture, Skills and Social Partnership", None),
    ("Jane Doe, Chair of the Bishop Line Community Rail Partnership, said:", "Jane Doe", "Chair",
     "Bishop Line Community Rail Partnership"),
    # words of areas of work before a title are the title's, not a body
    ("John Smith, Flood and Coastal Risk Manager for the East Midlands said:", "John Smith",
     "Flood and Coastal Risk Manager for the East Midlands", None),
    # a fire service's ranks of two words (Hereford & Worcester Fire and Rescue Service, 2019); a unit's support
    # work before "for" and the body
    ("Watch Commander Jane Doe said:", "Jane Doe", "Watch Commander", None),
    ("Area Commander Jane Doe said:", "Jane Doe", "Area Commander", None),
    ("Jane Doe, Head of Operations Support for Anytown Fire and Rescue Service, said:", "Jane Doe",
     "Head of Operations Support", "Anytown Fire and Rescue Service"),
    # brackets right after a title narrow it and are part of it; not a body's initials, a person, a body or a
    # title's Welsh rendering
    ("Jane Doe, Minister of State for Health (Secondary Care), said:", "Jane Doe",
     "Minister of State for Health (Secondary Care)", None),
    ("Minister of State for Health (Secondary Care) Jane Doe said:", "Jane Doe",
     "Minister of State for Health (Secondary Care)", None),
    ("Jane Doe, Director of Operations (North), Acme Trust, said:", "Jane Doe", "Director of Operations (North)",
     "Acme Trust"),
    ("Lieutenant Commander Jane Doe, HMS Spey’s second-in-command (temporary commander), said:", "Jane Doe",
     "second-in-command (temporary commander)", "HMS Spey"),
    ("Jane Doe, Chief Executive of the Disasters Emergency Committee (DEC), said:", "Jane Doe", "Chief Executive",
     "Disasters Emergency Committee"),
    ("Jane Doe (Acme Trust) said:", "Jane Doe", None, "Acme Trust"),
    # a body's name in brackets after a title is the body; a caption's, a party's word is neither title nor body
    ("Jane Doe, Head of Policy (Shelter), said:", "Jane Doe", "Head of Policy", "Shelter"),
    ("Jane Doe, Minister for Housing (pictured), said:", "Jane Doe", "Minister for Housing", None),
    ("Jane Doe, Head of Service (Children and Families), said:", "Jane Doe", "Head of Service", None),
    ("Jane Doe, Welsh Language Commissioner (Comisiynydd y Gymraeg), said:", "Jane Doe",
     "Welsh Language Commissioner", None),
    # a place after a lead-in's preposition is no speaker
    ("In New York, Foreign Secretary Boris Johnson said:", "Boris Johnson", "Foreign Secretary", None),
    ("At Lancaster House, Prime Minister Theresa May said:", "Theresa May", "Prime Minister", None),
]


@pytest.mark.parametrize("line,name,role,org", REAL_LINES, ids=[r[0][:50] for r in REAL_LINES])
def test_real_attribution_lines_parse_into_name_role_and_organisation(line, name, role, org):
    att = find_attribution(line)
    assert att is not None, f"not recognised: {line}"
    assert att.quote is None  # a block attribution: the quote follows
    assert att.subject.name == name
    assert att.subject.role == role
    assert att.subject.organisation == org


REFERENCES = [
    ("He added:", "pronoun", None),
    ("She said:", "pronoun", None),
    ("The Home Secretary added:", "role", "Home Secretary"),
    ("The PM said:", "role", "PM"),
    ("Mr McLoughlin said:", "surname", None),
    ("Greening said:", "surname", None),
    # a lead-in clause before "the" and a title, or before a pronoun, comes off, even when it names a title
    ("Responding to the Chief Inspector's report, the Home Secretary said:", "role", "Home Secretary"),
    ("Recognising Volunteers Week, the Minister for Civil Society said:", "role", "Minister for Civil Society"),
    # verbs of speech ahead of the words, and a post
    ("The Health Secretary will tell the conference:", "role", "Health Secretary"),
    ("The Prime Minister tweeted:", "role", "Prime Minister"),
    ("Speaking at the launch in Margate, he said:", "pronoun", None),
    ("Responding to the report, the Home Secretary said:", "role", "Home Secretary"),
    ("Responding to the report, the Chief Executive of Acme said:", "role", "Chief Executive"),
]


@pytest.mark.parametrize("line,kind,role", REFERENCES)
def test_short_references_are_recognised_for_resolution(line, kind, role):
    att = find_attribution(line)
    assert att is not None
    assert att.subject.reference == kind
    assert att.subject.role == role


@pytest.mark.parametrize("line, name, role, organisation", [
    # a body's name straight before a spokesperson's word is the body, with or without a verb or an article
    ("Premier League spokesperson:", None, "spokesperson", "Premier League"),
    ("A Premier League spokesperson:", None, "spokesperson", "Premier League"),
    ("Ofcom spokesperson:", None, "spokesperson", "Ofcom"),
    ("Premier League spokesperson said:", None, "spokesperson", "Premier League"),
    ("A Unite representative:", None, "representative", "Unite"),
    # a person set off by a comma keeps their name
    ("Jane Doe, spokesperson, said:", "Jane Doe", "spokesperson", None),
])
def test_a_body_before_a_spokesperson_is_spoken_for(line, name, role, organisation):
    att = find_attribution(line)
    assert att is not None, line
    assert (att.subject.name, att.subject.role, att.subject.organisation) == (name, role, organisation)


@pytest.mark.parametrize("line", ["Source:", "Statement:", "A Home Office official:", "Premier League statement:"])
def test_a_heading_without_a_spokesperson_is_no_attribution(line):
    assert find_attribution(line) is None


@pytest.mark.parametrize("line, role", [
    ("The Secretary of State said:", "Secretary of State"),  # a title before "of" is a post
    ("The Chair of the Association said:", "Chair of the Association"),
])
def test_a_title_of_a_body_is_a_reference_not_the_body(line, role):
    att = find_attribution(line)
    assert att is not None and att.subject.reference == "role" and att.subject.role == role


def test_unnamed_spokesperson_has_role_and_organisation_but_no_name():
    att = find_attribution("A Home Office spokesperson said:")
    assert att.subject.name is None
    assert att.subject.role == "spokesperson"
    assert att.subject.organisation == "Home Office"
    att = find_attribution("A spokesperson for the Department for Education said:")
    assert att.subject.organisation == "Department for Education"
    att = find_attribution("Responding to the report, a Home Office spokesperson said:")
    assert (att.subject.role, att.subject.organisation) == ("spokesperson", "Home Office")
    # a statement is the body's, and names no post
    att = find_attribution("A statement from the Acme Trust said:")
    assert (att.subject.name, att.subject.role, att.subject.organisation) == (None, None, "Acme Trust")


@pytest.mark.parametrize("line, organisation", [
    ("Network Rail said:", "Network Rail"),
    ("Age UK said:", "Age UK"),
    ("Transport for London said:", "Transport for London"),
    ("Greater Manchester Police said:", "Greater Manchester Police"),
    ("The expert panel said:", "expert panel"),
    # a body a nation's name closes, from the table, though named like a person ("Ashton West")
    ("Historic England said:", "Historic England"),
    ("Sport England said:", "Sport England"),
    ("In a statement, Homes England said:", "Homes England"),
    # a charity known by a plain name from the table, though named like a person or a phrase
    ("Oxfam said:", "Oxfam"),
    ("Save the Children said:", "Save the Children"),
    ("Christian Aid said:", "Christian Aid"),
    ("In a statement, Friends of the Earth said:", "Friends of the Earth"),
    # capitalised words after a bare article, with no title: a body, and the article is no role
    ("The Premier League said:", "Premier League"),
    ("In a statement, the Premier League said:", "Premier League"),
    # a body's noun, then "of" and the members or field it is named for: their titles are no one's post
    ("The Association of Chief Police Officers (ACPO) said:", "Association of Chief Police Officers"),
    ("The Institute of Directors said:", "Institute of Directors"),
    ("The Chamber of Commerce said:", "Chamber of Commerce"),
])
def test_a_body_may_speak_for_itself(line, organisation):
    att = find_attribution(line)
    assert att is not None and att.subject.unnamed
    assert (att.subject.name, att.subject.organisation) == (None, organisation)


@pytest.mark.parametrize("line, organisation", [
    # a statement issued by a body or a list of them, then its words
    ("The UK, United States and Norway issued a joint statement, which read:", "UK, United States and Norway"),
    ("The Foreign Office issued a statement, which said:", "Foreign Office"),
])
def test_a_statement_issued_which_read(line, organisation):
    att = find_attribution(line)
    assert (att.rule, att.subject.name, att.subject.organisation) == ("statement", None, organisation)


@pytest.mark.parametrize("line", [
    # a statement told of, with no words to follow
    "The UK, United States and Norway issued a joint statement on Sudan.",
    "The report, which read:",
])
def test_a_statement_told_of_is_no_attribution(line):
    assert find_attribution(line) is None


@pytest.mark.parametrize("line", [
    "Many Local Residents said:", "Parents told the survey:", "Labour MPs said:", "NHS Staff said:",
    "Rail Passengers said:", "Gove MP said:", "Dr Patel of the NHS said:", "HRH The Duke of Cambridge said:",
    "Parents said:", "His family said he had always loved the sea.",
])
def test_a_group_of_people_is_no_body(line):
    att = find_attribution(line)
    assert att is None or att.subject.organisation is None


def test_pronoun_after_a_naming_sentence_keeps_that_sentence_as_context():
    att = find_attribution("The Chair of the CAA, Dame Deirdre Hutton, welcomed Mr Haines' reappointment. She commented:")
    assert att.subject.reference == "pronoun"
    assert "Deirdre Hutton" in att.context


INLINE = [
    ("“This is a landmark moment for victims,” said Emma Jones, Chief Executive of Victim Support.",
     "inline-before", "Emma Jones", "Chief Executive", "This is a landmark moment for victims"),
    ("Emma Jones said: “This is a landmark moment for victims and their families.”",
     "inline-after", "Emma Jones", None, "This is a landmark moment for victims and their families."),
    ("‘We are determined to get this right for every family,’ the Education Secretary said.",
     "inline-before", None, "Education Secretary", "We are determined to get this right for every family"),
    ("The Minister welcomed the report, adding: “We will act on every one of its recommendations without delay.”",
     "inline-after", None, "Minister", "We will act on every one of its recommendations without delay."),
    # the comma outside the closing mark
    ("“This is a landmark moment for victims”, said Emma Jones, Chief Executive of Victim Support.",
     "inline-before", "Emma Jones", "Chief Executive", "This is a landmark moment for victims"),
    # three words before "said X" are a quotation
    ("“We welcome this,” said Jane Doe of the Acme Trust.", "inline-before", "Jane Doe", None, "We welcome this"),
    # "told" and whom, then the quotation
    ("Jane Doe told reporters: “We have campaigned for this for years and it will help families.”",
     "inline-after", "Jane Doe", None, "We have campaigned for this for years and it will help families."),
    # the sentence goes on after the speaker
    ("“We are delighted with the result today,” Jane Doe said, adding that the scheme would help thousands.",
     "inline-before", "Jane Doe", None, "We are delighted with the result today"),
    # the name and what follows it between commas before the verb
    ("“This is a great day for the industry and its workers,” Jane Doe, chief executive of Acme plc, said.",
     "inline-before", "Jane Doe", "chief executive", "This is a great day for the industry and its workers"),
    ("“We welcome the plan and will work with ministers on it,” John Smith, who chairs the board, added.",
     "inline-before", "John Smith", None, "We welcome the plan and will work with ministers on it"),
    # a verb of explaining closes its own sentence before the quotation (NHS National Services Scotland, 2024)
    ("Jane Doe, Chief Executive of NHS National Services Scotland explains more. “At NSS we provide national "
     "solutions across the health and care landscape.”", "inline-after", "Jane Doe", "Chief Executive",
     "At NSS we provide national solutions across the health and care landscape."),
    # a statement given before its quotation in the same paragraph (Network Rail, 2014)
    ("Jane Doe, chief executive, has made the following statement:\"While we have completed a huge amount of work, "
     "the last few days have been unacceptable.\"", "inline-after", "Jane Doe", "chief executive",
     "While we have completed a huge amount of work, the last few days have been unacceptable."),
    ("Cllr Jane Doe, leader of Anytown District Council, has issued a statement on the war in Ukraine: “This Friday "
     "marks one year since the invasion.”", "inline-after", "Jane Doe", "leader",
     "This Friday marks one year since the invasion."),
    # a quotation split mid-sentence by its credit: the comma of the break goes, unless a clause goes on after it
    # (DECC, 2012)
    ("“Today’s decision,” said Jane Doe, Chief Executive of the Acme Association, “gives the industry the clarity "
     "it needs.”", "inline-before", "Jane Doe", "Chief Executive",
     "Today’s decision gives the industry the clarity it needs."),
    ("“We welcome this,” said Jane Doe, “and we will work with ministers on it.”", "inline-before", "Jane Doe",
     None, "We welcome this, and we will work with ministers on it."),
    ("“This plan,” said Jane Doe, “which we have long called for, will help families.”", "inline-before",
     "Jane Doe", None, "This plan, which we have long called for, will help families."),
    ("“If we act now,” said Jane Doe, “we can save lives.”", "inline-before", "Jane Doe", None,
     "If we act now, we can save lives."),
    ("“We need homes, jobs,” said Jane Doe, “schools and hospitals.”", "inline-before", "Jane Doe", None,
     "We need homes, jobs, schools and hospitals."),
    # a title and a name in commas, then the verb and when (HM Treasury, 1997), or the comma after the name left out
    ("“What is best for the country, and for every family in it?” Economic Secretary, Jane Doe, said today.",
     "inline-before", "Jane Doe", "Economic Secretary", "What is best for the country, and for every family in it?"),
    ("“This is what is best for every family in the land,” Economic Secretary, Jane Doe said today.",
     "inline-before", "Jane Doe", "Economic Secretary", "This is what is best for every family in the land"),
    # a quotation whose opening mark was lost at the paragraph's start: the paragraph opens it (HM Treasury, 1997)
    ("The decision will centre round one simple question: what is best for the country?”, Economic Secretary, "
     "Jane Doe said today.", "inline-before", "Jane Doe", "Economic Secretary",
     "The decision will centre round one simple question: what is best for the country?"),
    # ... or a single closing mark, with no comma, before the verb and the credit (Cancer Research UK, 2020)
    ("I’m so thrilled to be accepting this award on behalf of the charity. But our work is far from over and we "
     "will fund research across the UK and internationally’ said Jane Doe, CEO, Acme Trust.", "inline-before",
     "Jane Doe", "CEO", "I’m so thrilled to be accepting this award on behalf of the charity. But our work is far "
     "from over and we will fund research across the UK and internationally"),
    ("“We will fund research across the UK and internationally for years to come” said Jane Doe, CEO, Acme Trust.",
     "inline-before", "Jane Doe", "CEO", "We will fund research across the UK and internationally for years to come"),
    # the full stop outside the closing mark ends the quotation there
    ("Jane Doe, chief executive of Acme, said that “we are delighted with the result today”.", "inline-after",
     "Jane Doe", "chief executive", "we are delighted with the result today"),
    # a dump that has lost the quotation marks: the words after "said:", or before ", said X."
    ("Jane Doe, Chief Executive of the Acme Trust, said today: We welcome the plan and will work with ministers.",
     "inline-colon", "Jane Doe", "Chief Executive", "We welcome the plan and will work with ministers."),
    ("Councils will get more money next year and we will see it is spent well, said Jane Doe, leader of Leeds "
     "City Council.", "inline-end", "Jane Doe", "leader",
     "Councils will get more money next year and we will see it is spent well"),
    # ... only the sentence the attribution closes, after the time it was said
    ("The minister met apprentices in Leeds on Monday. Safety is our top priority, said Jane Doe on Monday.",
     "inline-end", "Jane Doe", None, "Safety is our top priority"),
    ("Jane Doe told MPs: We will act quickly on this issue this year.", "inline-colon", "Jane Doe", None,
     "We will act quickly on this issue this year."),
    # ... cut short in a truncated dump, after a whole sentence of them (LNER, 2024)
    ("Jane Doe, Engineering Director at Acme Rail, said: The launch five years ago was a milestone for us. We are "
     "proud to have taken tens of millions of passengers to their destinations over the l", "inline-colon",
     "Jane Doe", "Engineering Director", "The launch five years ago was a milestone for us. We are proud to have "
     "taken tens of millions of passengers to their destinations over the l"),
    # the quotation first, closed without punctuation, then a body and its verb ending the sentence
    ("“In the face of rising costs the record of the service has been remarkable” the Audit Commission said today.",
     "inline-before", None, None, "In the face of rising costs the record of the service has been remarkable"),
    # marks around a phrase only, and "said" again inside the words
    ("Jane Doe said: We are backing the 'Levelling Up' fund in every region.", "inline-colon", "Jane Doe", None,
     "We are backing the 'Levelling Up' fund in every region."),
    ("Jane Doe said: We welcome the plan, said to be worth £5 million over five years.", "inline-colon", "Jane Doe",
     None, "We welcome the plan, said to be worth £5 million over five years."),
    # a quotation credited after a dash, as in lists of reactions
    ("“A welcome step forward for the whole sector.” – Jane Doe, Chief Executive, RenewableUK",
     "dash-credit", "Jane Doe", "Chief Executive", "A welcome step forward for the whole sector."),
    ("\"We will work with ministers to make this plan succeed.\" - Professor Jane Doe, University of Leeds.",
     "dash-credit", "Jane Doe", None, "We will work with ministers to make this plan succeed."),
    ("“A welcome step forward for the whole sector”. – Jane Doe, Chief Executive, RenewableUK",
     "dash-credit", "Jane Doe", "Chief Executive", "A welcome step forward for the whole sector"),
    # a long quotation in the first person needs no final stop; a body the table knows credits an office
    ("“We are delighted that the scheme is finally getting the recognition it deserves” – Tom Stratton, Chief "
     "Executive, Duchy of Cornwall.", "dash-credit", "Tom Stratton", "Chief Executive",
     "We are delighted that the scheme is finally getting the recognition it deserves"),
    ("“This work will make the A30 safer for everyone who uses it.” — Ken Jones, Highways England", "dash-credit",
     "Ken Jones", None, "This work will make the A30 safer for everyone who uses it."),
    # an open single mark whose first words end in a plural's possessive is a quotation, not a term in marks
    ("Jane Doe said ‘Our workers’ rights are protected and we will keep it that way for every family.",
     "inline-after", "Jane Doe", None,
     "Our workers’ rights are protected and we will keep it that way for every family."),
]


@pytest.mark.parametrize("text,rule,name,role,quote", INLINE, ids=[r[1] + ":" + r[0][:30] for r in INLINE])
def test_inline_quotations_give_the_quoted_words_only(text, rule, name, role, quote):
    att = find_attribution(text)
    assert att is not None and att.rule == rule
    assert att.subject.name == name
    assert att.subject.role == role
    assert att.quote == quote


def test_a_body_credited_after_a_quotation_closed_without_punctuation_is_its_organisation():
    att = find_attribution("“The economy of the country has grown faster than any other in Europe” the "
                           "International Monetary Fund said today.")
    assert (att.subject.name, att.subject.organisation) == (None, "International Monetary Fund")


def test_a_person_credited_after_a_quotation_closed_without_punctuation_speaks():
    att = find_attribution("“The economy of the country has grown faster than any other in Europe” Chancellor Jane "
                           "Doe said today.")
    assert (att.rule, att.subject.name, att.subject.role) == ("inline-before", "Jane Doe", "Chancellor")
    assert att.quote == "The economy of the country has grown faster than any other in Europe"


@pytest.mark.parametrize("line, rule", [
    # "said in a statement" is a speaker's line; only a statement issued or released is the statement form
    ("Jane Doe said in a statement:", "said-colon"),
    ("The Acme Trust issued the following statement:", "statement"),
    ("The UK and Norway issued a joint statement, which read:", "statement"),
    ("She told the conference, which was attended by thousands of teachers, tech experts and educators:",
     "said-colon"),
])
def test_the_statement_form_is_told_by_its_own_words(line, rule):
    assert find_attribution(line).rule == rule


@pytest.mark.parametrize("line, name, role, organisation", [
    # a statement's heading with no colon names its author, with the date it was made (a council, 2021; the FSB,
    # 2024)
    ("Statement from The Lord Mayor, Cllr Jane Doe", "Jane Doe", "Lord Mayor", None),
    ("Statement on the riots from Federation of Small Businesses (FSB) National Chair Jane Doe, 6 August 2024",
     "Jane Doe", "National Chair", "Federation of Small Businesses"),
])
def test_a_statement_heading_without_a_colon_names_its_author(line, name, role, organisation):
    att = find_attribution(line)
    assert (att.rule, att.subject.name, att.subject.role, att.subject.organisation) == (
        "statement", name, role, organisation)


NOT_ATTRIBUTIONS = [
    # a body and a clause about it in commas before the verb names no one
    "‘We will keep our streets safe for everyone,’ the council, which runs the scheme, said.",
    "Overall, a third of drivers said:",  # a clause's opening word and a share of people: no one named
    # a single mark after a word that credits nobody, or a colon before words cut short with no sentence ended
    "The scheme is known locally as the ‘Green Way’ said residents of the town.",
    "Councillors agreed the plan at the meeting of the Governors’ said Jane Doe.",  # a plural's possessive
    "Jane Doe has issued a statement. The council will meet on Monday.",  # a statement told of, none given
    "Jane Doe said: We will look at the options for the scheme and report back to the council in the new year and",
    "Afterwards, a resident said:",  # a time word, not a first name
    "The figures were published (see annex)",  # brackets that are no day
    "Leeds, a city of 800,000 people, said:",  # a place described
    "The Joint Statement said:",  # a kind of statement, not whose
    # a statement's heading that names a body only, or a person with no title: a heading, no attribution
    "Statement from Acme Trust",
    "Statement by Jane Doe",
    "Statement from the family of Jane Doe",
    "As the Prime Minister said: “We will not stand by while this happens again.”",  # recalls, does not attribute
    "“Absolutely right,” said Jane Doe.",  # two words: a label, not a statement
    "The minister said the plan would cut waiting lists.",
    "The review said that councils should act.",
    "The measures proposed today go beyond the statutory requirements by:",
    "Under the new system:",
    "Notes to editors",
    "The Government believes a new high speed rail network would offer:",
    "Launching in April, the centre will build on existing areas of work to:",
    "Bidders for Great Western franchise:",
    "Figures show that 43% of people said:",
    "The report highlighted:",
    "The new laws are being welcomed by law enforcement agencies like the National Crime Agency (NCA), and include:",
    "Home Secretary Yvette Cooper has today (2 February) revealed the UK will be the first country in the world to:",
    "“Short,” he said.",  # too few quoted words to be a quote
    # without quotation marks: a body's words, an answer, a list, a paraphrase, a headline
    "The report said: Councils should act now to protect children in care.",
    "Jane Doe said: The plan includes:",
    "The programme will run until March, the minister said.",
    "More services available with high speed rail, says Transport Secretary.",
    "The government would invest £5 billion in the scheme, said the Chancellor.",
    "Exports rose by 5% last year, noted the Office for National Statistics.",
    "The Highway Code says: You must not cycle on the pavement.",
    "The council said: Bins will be collected on Saturday this week.",
    "As the Prime Minister said: We must never give up on our children and young people.",
    "Said to be the largest ever:",  # a verb first, and no one after it
    "Added to that, ministers have also confirmed the following:",
    "The 2024 Parent Survey says:",  # a document with a determiner
    "NHS Constitution states:",  # a document named without one
    "Ms Kelly added that 'trust schools' would be able to set their own admissions policies.",  # a term in marks
    # a label in marks after a participle ("saying" what the label says), not the subject speaking
    "The Water Minister has told makers that packets saying ‘biodegradable’ or ‘safe for drains’ may mislead buyers.",
    "Shelter, a charity helping homeless families, said:",  # a charity described, not a first-named person
    # a document's name: it says things, but is nobody
    "The White Paper says:",
    "The Highway Code states:",
    "The NHS Constitution states:",
    "The Strategic Defence and Security Review says:",
    # a statement that names no body
    "The statement said:",
    "A joint statement said:",
    # a title or a name credited after a dash: no one speaks
    "“The Road to Net Zero” – Transport Secretary Mark Harper",
    "“Project Gigabit” – the government’s programme to connect hard-to-reach homes – has reached 1 million homes.",
    "“We welcome this plan wholeheartedly.” – Acme Trust",
    "“We welcome this plan wholeheartedly.” – She",
    "“Get Britain Working: the government’s plan to tackle economic inactivity and get more people into work” "
    "– Work and Pensions Secretary Liz Kendall",
    # sayings of record and citations are not statements to the press
    "“We shall fight on the beaches.” – Winston Churchill, 1940",
    "“To be, or not to be, that is the question.” – William Shakespeare, Hamlet",
    "“This is a good day for the whole country and its people.” – Jane Doe, The Guardian",
    "“This is a good day for the whole country.” – Jane Doe, Chief Executive, Acme – and a great day for all",
    # words reported from a hearing, and a phrase quoted inside reported speech
    "The court heard that Pike told HMRC investigators:",
    "Magistrates heard how the director told inspectors:",
    "The jury was told that the driver said:",
    "Jane Doe said in a statement that the announcement was “a welcome step for everyone in the sector”.",
    # a quotation closed without punctuation that the sentence goes on after, or a short scare quote
    "“In the face of rising costs the record has been remarkable” the Audit Commission said in its report on Leeds.",
    "“Levelling up” the Minister said.",
    # a closing mark without its opening, credited to no one or after a phrase too short to be spoken
    "A good start”, the Minister said.",
    # a credit whose clause goes on to someone else is not theirs
    "“We will win this,” Jane Doe told supporters in Leeds, as her deputy John Smith added.",
    # a document that explains, and its own quotation
    "The report explains why. “Costs rose sharply,” it says.",
    "The scheme was, in the words of the report, a good start for everyone”.",
    # a title and a name in commas, then a verb that a that-clause follows
    "“This is what is best for every family in the land,” Economic Secretary, Jane Doe said, and left.",
]


@pytest.mark.parametrize("text", NOT_ATTRIBUTIONS)
def test_reported_speech_and_narration_are_not_attributions(text):
    assert find_attribution(text) is None


MORE_FORMS = [
    ("British Ambassador to Portugal Kirsty Hayes said:", "Kirsty Hayes", "British Ambassador to Portugal", None),
    ("Rob Perrins of Berkeley Homes said:", "Rob Perrins", None, "Berkeley Homes"),
    # a body's name alone after the name: the organisation, and no role
    ("Professor Jane Doe, University of Leeds, said:", "Jane Doe", None, "University of Leeds"),
    ("Jane Doe, NSPCC, said:", "Jane Doe", None, "NSPCC"),
    ("DCI Jane Doe, Kent Police, said:", "Jane Doe", "DCI", "Kent Police"),
    ("Jane Doe, Labour MPs, said:", "Jane Doe", "Labour MPs", None),  # a group of people is no body
    ("Jane Doe, University Student, said:", "Jane Doe", "University Student", None),  # nor is one person
    # an office written as letters is a role, not a body's initials
    ("Jane Doe, Kent PCC, said:", "Jane Doe", "Kent PCC", None),
    ("Jane Doe, SIO, said:", "Jane Doe", "SIO", None),
    ("Jane Doe, Food YouTuber, said:", "Jane Doe", "Food YouTuber", None),  # capitals inside a word: no initials
    ("Jane Doe, Ofcom, said:", "Jane Doe", None, "Ofcom"),  # a body known by its short name
    # a given name that is also a title, after a title; a surname that is also a common word, after a given name
    ("Commander Dean Haydon said:", "Dean Haydon", "Commander", None),
    ("Chief Constable Sir Stephen House said:", "Stephen House", "Chief Constable", None),
    ("Major Smith said:", "Smith", "Major", None),
    # a lead-in without its comma before a name that has one after it; a lead-in's object is no subject
    ("In response to the publication Baroness Newlove, Victims’ Commissioner for England and Wales said:",
     "Baroness Newlove", "Victims’ Commissioner for England and Wales", None),
    ("Welcoming the Transport Secretary Grant Shapps, Jane Doe said:", "Jane Doe", None, None),
    # a body named by a nation at its end; an area of work and a nation is no body
    ("Catriona MacSween, Head of Guardianship Scotland, said:", "Catriona MacSween", "Head", "Guardianship Scotland"),
    ("Jane Doe, Head of Fundraising Scotland, said:", "Jane Doe", "Head of Fundraising Scotland", None),
    # a lead-in's object set off by commas before a titled person is no part of the title
    ("Announcing the consultation, Corporation tax reform, Paymaster General Dawn Primarolo said:",
     "Dawn Primarolo", "Paymaster General", None),
    ("Launching the strategy, A Connected Society, Minister for Civil Society Tracey Crouch said:", "Tracey Crouch",
     "Minister for Civil Society", None),
    # a post after a rank and a name is the role, not a body
    ("“We train hard for this,” explained Captain Josh Roughton RM, Second in Command of O Squadron.",
     "Josh Roughton", "Second in Command of O Squadron", None),
    # a run of letters after a name that holds a known one; a word of a subject after an honorific and a
    # given name is a surname
    ("Dr Nina Skorupska CBE FEI, Chief Executive of the Association for Renewable Energy and Clean Technology, "
     "said:", "Nina Skorupska", "Chief Executive", "Association for Renewable Energy and Clean Technology"),
    ("Dr Will Welfare, Incident Director at UKHSA, said:", "Will Welfare", "Incident Director", "UKHSA"),
    # a unit of the title, then the body it is of, after the title's comma
    ("Martin Brown, Assistant Director, Criminal Investigation for HMRC said:", "Martin Brown",
     "Assistant Director, Criminal Investigation", "HMRC"),
    ("Mark Jones, area manager, flood and coastal risk management for the Environment Agency, said:", "Mark Jones",
     "area manager, flood and coastal risk management", "Environment Agency"),
    ("Jane Doe, Director, speaking at the launch in Leeds, said:", "Jane Doe", "Director", None),
    # the day in brackets after the verb
    ("Energy and Climate Change Secretary Chris Huhne said (July 8th)", "Chris Huhne",
     "Energy and Climate Change Secretary", None),
    ("Business Secretary Vince Cable said (8 July):", "Vince Cable", "Business Secretary", None),
    # a member of the public named by first name only, then described
    ("Ted, a truck driver from Godmanchester, said:", "Ted", "truck driver", None),
    ("Sarah, 34, from Leeds, said:", "Sarah", None, None),
    # a title before an office honorific leaves it a title; a body before "Deputy Mayor" is a body
    ("Rt Revd Bishop Jane Doe said:", "Jane Doe", None, None),
    ("Jane Doe, Greater London Authority Deputy Mayor, said:", "Jane Doe", "Deputy Mayor",
     "Greater London Authority"),
    # a noun of the title's subject is no given name
    ("Director of Service Prosecutions Jane Doe said:", "Jane Doe", "Director", "Service Prosecutions"),
    # a body spoken for, before or after the name; not the government for a minister
    ("On behalf of the Acme Trust, Jane Doe said:", "Jane Doe", None, "Acme Trust"),
    ("Jane Doe, Chair, speaking on behalf of the Acme Trust, said:", "Jane Doe", "Chair", "Acme Trust"),
    ("Jane Doe, speaking on behalf of the Acme Trust at the launch, said:", "Jane Doe", None, "Acme Trust"),
    ("On behalf of John Smith, Jane Doe said:", "Jane Doe", None, None),  # a person is no body
    ("Speaking on behalf of the Government, Jane Doe, Minister for Schools, said:", "Jane Doe",
     "Minister for Schools", None),
    # real form (DfT, 2012): the body of the title written in the line comes first
    ("Speaking on behalf of the Cycle Rail Working Group, Michael Roberts, Chief Executive of the Association of "
     "Train Operating Companies said:", "Michael Roberts", "Chief Executive", "Association of Train Operating Companies"),
    # titles joined by "and" both head the body; a body in brackets; a body unnamed in the line
    ("Jane Doe, Founder and Chief Executive of Acme, said:", "Jane Doe", "Founder and Chief Executive", "Acme"),
    ("Jane Doe (Acme Trust) said:", "Jane Doe", None, "Acme Trust"),
    # a body's name in brackets after a title is the body; a caption's, a party's word is neither title nor body
    ("Jane Doe, Head of Policy (Shelter), said:", "Jane Doe", "Head of Policy", "Shelter"),
    ("Jane Doe, Minister for Housing (pictured), said:", "Jane Doe", "Minister for Housing", None),
    ("Jane Doe, Head of Service (Children and Families), said:", "Jane Doe", "Head of Service", None),
    # (a kind of body unnamed: the kind, which the organisation step resolves to a body the release names or to none)
    ("Jane Doe, the charity’s chief executive, said:", "Jane Doe", "chief executive", "charity"),
    # a possessive body before the title loses its possessive
    ("The King’s Fund’s Chief Executive, Sarah Woolnough, said:", "Sarah Woolnough", "Chief Executive",
     "King’s Fund"),
    ("The Office of Rail Regulation's Bill Emery said:", "Bill Emery", None, "Office of Rail Regulation"),
    ("David Morgan and Mark Smith of the Heritage Railway Association said:", "David Morgan", None,
     "Heritage Railway Association"),
    ("Transport Minister Norman Baker and Business Minister Mark Prisk said:", "Norman Baker", "Transport Minister",
     None),
]


@pytest.mark.parametrize("line,name,role,org", MORE_FORMS, ids=[r[0][:40] for r in MORE_FORMS])
def test_places_bodies_after_names_and_joint_speakers(line, name, role, org):
    assert name_role_org(line) == (name, role, org)


def test_split_inline_quotation_keeps_its_words_in_order():
    att = find_attribution("“We will act now,” said Emma Jones, “and we will act fast.”")
    assert att.quote == "We will act now, and we will act fast."
    outside = find_attribution("“We will act now”, said Emma Jones, “and we will act fast.”")
    assert outside.quote == "We will act now, and we will act fast."
    sentences = find_attribution("“We will act now,” said Emma Jones, chair of the Acme Trust. “Victims cannot wait.”")
    assert sentences.quote == "We will act now. Victims cannot wait."
    assert (sentences.subject.role, sentences.subject.organisation) == ("chair", "Acme Trust")


@pytest.mark.parametrize("line, name, organisation", [
    # a body's initials before a title are its name, not a kind of body
    ("NHS chief executive Simon Stevens said:", "Simon Stevens", "NHS"),
    ("Jane Doe, NHS chief executive, said:", "Jane Doe", "NHS"),
    # a given name in -ing is no lead-in clause
    ("Irving Stone, the Director of the Acme Trust, said:", "Irving Stone", "Acme Trust"),
    # "and" between two given names is no title's subject
    ("Paul and Sarah Jane Cooper, owners of the Acme Farm, said:", "Sarah Jane Cooper", None),
    # a board's owner must be named: initials, or a name ending in a body's noun
    ("Jane Doe, Chair of the BMA's GP Committee, said:", "Jane Doe", "BMA"),
    ("Jane Doe, Chair of the Council's Planning Committee, said:", "Jane Doe", "Council's Planning Committee"),
])
def test_names_and_bodies_beside_titles(line, name, organisation):
    att = find_attribution(line)
    assert att is not None
    assert (att.subject.name, att.subject.organisation) == (name, organisation)


def test_a_title_in_ing_before_the_article_keeps_its_role():
    att = find_attribution("Training and Development Manager, the Army's Jane Doe said:")
    assert (att.subject.name, att.subject.role) == ("Jane Doe", "Training and Development Manager")


# How the role and the organisation split inside one attribution: commas, "and", brackets, dashes and
# possessives that belong to a title or a body's name, and those that part them.
ROLE_ORGANISATION_SPLITS = [
    # "and" inside the body's name or between two heads' titles, a shared or plural title: the body after "of"
    ("Emily Spurrell, Chair of the Association of Police and Crime Commissioners (APCC), said:", "Emily Spurrell",
     "Chair", "Association of Police and Crime Commissioners"),
    ("Ruth Porat, Chief Investment Officer of Marks and Spencer, said:", "Ruth Porat", "Chief Investment Officer",
     "Marks and Spencer"),
    ("Ruth Porat, President and Chief Investment Officer of Alphabet and Google, said:", "Ruth Porat",
     "President and Chief Investment Officer", "Alphabet and Google"),
    ("Julia Pyke and Nigel Cann, Joint Managing Directors of Sizewell C, said:", "Julia Pyke",
     "Joint Managing Directors", "Sizewell C"),
    # an office whose title reads like a body stays whole; an area of work is no body
    ("Matthew Barber, Thames Valley Police and Crime Commissioner, said:", "Matthew Barber",
     "Thames Valley Police and Crime Commissioner", None),
    ("Jane Doe, Director of Government and External Relations, said:", "Jane Doe",
     "Director of Government and External Relations", None),
    # a title's list of subjects that opens with a word in -ing is no lead-in clause; a lead-in's word is one
    ("Levelling Up, Housing and Communities Secretary Michael Gove said:", "Michael Gove",
     "Levelling Up, Housing and Communities Secretary", None),
    ("Housing, Communities and Local Government Secretary James Brokenshire said:", "James Brokenshire",
     "Housing, Communities and Local Government Secretary", None),
    ("Speaking, Housing and Planning Minister Brandon Lewis said:", "Brandon Lewis", "Housing and Planning Minister",
     None),
    # a board's name that lists its subjects, after its owner's possessive: the owner speaks; the body of the title
    # goes before a body in brackets, which stays the body when the title names none
    ("Cllr Ian Stephens, Chair of the LGA’s Culture, Tourism and Sport Board, said:", "Ian Stephens", "Chair", "LGA"),
    ("Councillor Gerald Vernon-Jackson (Portsmouth City Council), Chair of the LGA’s Culture, Tourism and Sport "
     "Board, said:", "Gerald Vernon-Jackson", "Chair", "LGA"),
    ("Jane Doe (Acme Trust), Chief Executive, said:", "Jane Doe", "Chief Executive", "Acme Trust"),
    # one capitalised word after a head's modified title is a body, but not an area of work, a place or a group
    ("Harry Fletcher, Assistant General Secretary of Napo, the probation officers' union, said:", "Harry Fletcher",
     "Assistant General Secretary", "Napo"),
    ("Jane Doe, Deputy General Secretary of Unison, said:", "Jane Doe", "Deputy General Secretary", "Unison"),
    ("Jane Doe, Vice President of Engineering, said:", "Jane Doe", "Vice President of Engineering", None),
    ("Jane Doe, interim chair of Governors, said:", "Jane Doe", "interim chair of Governors", None),
    ("Jane Doe, Vice President of Research, said:", "Jane Doe", "Vice President of Research", None),
    # a second title after "and": the first title's body is the one spoken for; words of a body's name after "and"
    # are no title
    ("Mark Reynolds, Chief Executive of Mace and co-chair of the Construction Leadership Council, said:",
     "Mark Reynolds", "Chief Executive", "Mace"),
    ("Cllr Peter Box CBE, Leader of Wakefield Council and LGA Vice-Chair, said:", "Peter Box", "Leader",
     "Wakefield Council"),
    ("Lord Kerslake, Chair of the UK2070 Commission and former head of the civil service, said:", "Lord Kerslake",
     "Chair", "UK2070 Commission"),
    ("Cllr Stephen Houghton, Leader of Barnsley Council and Chair of SIGOMA, said:", "Stephen Houghton", "Leader",
     "Barnsley Council"),
    ("Jane Doe, Chief Executive of the Royal College of Physicians and Surgeons, said:", "Jane Doe",
     "Chief Executive", "Royal College of Physicians and Surgeons"),
    ("Jane Doe, Professor of Medicine and Director of the Acme Institute, said:", "Jane Doe",
     "Professor of Medicine and Director", "Acme Institute"),
    # areas of work after a title's comma, in one segment or several, are the title's; a company after them is the body
    ("Julian Beach, MHRA Interim Executive Director, Healthcare Quality and Access, said:", "Julian Beach",
     "Interim Executive Director, Healthcare Quality and Access", "MHRA"),
    ("Jane Doe, NICE Director, Science, Evidence and Analytics, said:", "Jane Doe",
     "Director, Science, Evidence and Analytics", "NICE"),
    ("Jane Doe, Senior Director, Regulatory Legal, Apple, said:", "Jane Doe", "Senior Director, Regulatory Legal",
     "Apple"),
    # a title's topic, then "for" and the body it is worked on for; a body's name that holds "for" stays whole
    ("Professor Wei Shen Lim, Chair of COVID-19 immunisation for the JCVI, said:", "Wei Shen Lim",
     "Chair of COVID-19 immunisation", "JCVI"),
    ("Jane Doe, Head of Policy for the Acme Trust, said:", "Jane Doe", "Head of Policy", "Acme Trust"),
    ("Jane Doe, Chief Executive of Action for Children, said:", "Jane Doe", "Chief Executive", "Action for Children"),
    ("Jane Doe, Chief Executive of the Institute for Government, said:", "Jane Doe", "Chief Executive",
     "Institute for Government"),
    # a body named by its members after its initials; members alone are no body
    ("Dr Graham Jackson, co-chair of NHS Clinical Commissioners, said:", "Graham Jackson", "co-chair",
     "NHS Clinical Commissioners"),
    ("Jane Doe, Chair of Police Officers, said:", "Jane Doe", "Chair of Police Officers", None),
    # a field of work's initials before a title are the title's; a body's initials are the body
    ("Dr Dawn Harper, GP and TV doctor, said:", "Dawn Harper", "GP and TV doctor", None),
    ("Jane Doe, IT Director, said:", "Jane Doe", "IT Director", None),
    ("Jane Doe, HR Manager at Acme, said:", "Jane Doe", "HR Manager", "Acme"),
    ("Jane Doe, GP and BBC doctor, said:", "Jane Doe", "GP and BBC doctor", "BBC"),
    # a possessive inside a body's name before a title stays in the name; a possessor before a title is the body
    ("Alzheimer's Society Chief Executive Jeremy Hughes said:", "Jeremy Hughes", "Chief Executive",
     "Alzheimer's Society"),
    ("Women’s Aid Chief Executive Farah Nazeer said:", "Farah Nazeer", "Chief Executive", "Women’s Aid"),
    ("Children's Commissioner Anne Longfield said:", "Anne Longfield", "Children's Commissioner", None),
    ("the College of Policing’s Director of Operations Jane Doe said:", "Jane Doe", "Director of Operations",
     "College of Policing"),
    # a spokesperson for a body names no one, even a body named like a person; the body without its kind or a
    # clause about it; a spokesperson named after the comma is the speaker, and the article no body
    ("A spokesperson for the penal reform charity the Howard League said:", None, "spokesperson", "Howard League"),
    ("Commenting on the guideline, a spokesperson for the drugs charity Release said:", None, "spokesperson",
     "Release"),
    ("A spokesperson for Help for Heroes, which supports wounded veterans, said:", None, "spokesperson",
     "Help for Heroes"),
    ("A spokesman for the family, John Smith, said:", "John Smith", "spokesman for the family", None),
    ("An Acme Trust spokesperson said:", None, "spokesperson", "Acme Trust"),
    # the nations of a director's remit go with its area of work; a body a nation's name closes is a body
    ("Amy Rees, Director General of Probation and Wales, said:", "Amy Rees", "Director General of Probation and Wales",
     None),
    ("Jane Doe, Director General of Sport England, said:", "Jane Doe", "Director General", "Sport England"),
    # a bracket inside a unit's name, after its number, stays in the name; one after a name stands aside
    ("Brigadier Andrew Dawes, Commander of 160th (Welsh) Brigade, said:", "Andrew Dawes", "Commander",
     "160th (Welsh) Brigade"),
    ("Jane Doe (Acme Trust), Chair, said:", "Jane Doe", "Chair", "Acme Trust"),
    # a title that reads like a body keeps its words, but not the unit it commands
    ("Wing Commander Mark Flewin, Officer Commanding 6 Squadron, said:", "Mark Flewin", "Officer Commanding",
     "6 Squadron"),
    ("Major General James Martin, General Officer Commanding 3rd (United Kingdom) Division, said:", "James Martin",
     "General Officer Commanding", "3rd (United Kingdom) Division"),
    ("Wing Commander Chris Moon, Officer Commanding 135 Expeditionary Air Wing, commented:", "Chris Moon",
     "Officer Commanding", "135 Expeditionary Air Wing"),
    ("Captain Josh Roughton RM, Second in Command of O Squadron, said:", "Josh Roughton",
     "Second in Command of O Squadron", None),
    # a title's word that opens a body's name as an adjective, before initials or a body's noun
    ("Jane Doe, Vice President, General Dynamics UK, said:", "Jane Doe", "Vice President", "General Dynamics UK"),
    ("Jane Doe, Chief Executive, General Medical Council, said:", "Jane Doe", "Chief Executive",
     "General Medical Council"),
    ("Jane Doe, General Secretary, Unite, said:", "Jane Doe", "General Secretary", "Unite"),
    # a company's division after a dash stays with the company; a title or a description after a dash does not
    ("Kevin Connell, Vice President, General Dynamics UK – Land Systems, said:", "Kevin Connell", "Vice President",
     "General Dynamics UK – Land Systems"),
    ("Jane Doe, Managing Director, BAE Systems - Naval Ships, said:", "Jane Doe", "Managing Director",
     "BAE Systems - Naval Ships"),
    ("Jane Doe – Chief Executive, Acme – said:", "Jane Doe", "Chief Executive", "Acme"),
    ("Jane Doe, Chief Executive, Carplus - the national charity for car clubs, said:", "Jane Doe", "Chief Executive",
     "Carplus"),
    # the nations of a title's remit, after its comma too, are no body; a body named with a nation is one
    ("Rear Admiral Bob Anstey, the Royal Navy’s Flag Officer Scotland, Northern England and Northern Ireland, said:",
     "Bob Anstey", "Flag Officer Scotland, Northern England and Northern Ireland", "Royal Navy"),
    ("Jane Doe, Director for Scotland, Wales and Northern Ireland, said:", "Jane Doe",
     "Director for Scotland, Wales and Northern Ireland", None),
    ("Jane Doe, Director for Scotland, Acme Ltd, said:", "Jane Doe", "Director for Scotland", "Acme Ltd"),
    ("Jane Doe, Chief Executive of Northern Ireland Water, said:", "Jane Doe", "Chief Executive",
     "Northern Ireland Water"),
    # "Northern" alone is no nation: a body's name, in a block or an inline attribution
    ("David Brown, Managing Director of Northern, said:", "David Brown", "Managing Director", "Northern"),
    ("‘Our customers will start to see the benefits of these trains this year,’ said David Brown, Managing Director "
     "of Northern.", "David Brown", "Managing Director", "Northern"),
    ("Jane Doe, Director for Northern Ireland, said:", "Jane Doe", "Director for Northern Ireland", None),
]


@pytest.mark.parametrize("line,name,role,org", ROLE_ORGANISATION_SPLITS,
                         ids=[r[0][:50] for r in ROLE_ORGANISATION_SPLITS])
def test_role_and_organisation_split_inside_the_line(line, name, role, org):
    att = find_attribution(line)
    assert att is not None, f"not recognised: {line}"
    assert (att.subject.name, att.subject.role, att.subject.organisation) == (name, role, org)


@pytest.mark.parametrize("text, name, role, organisation", [
    # "as" and a post is more of the speaker; "as" or "and" and a clause is not
    ("“We are delighted with the result today,” said Jane Doe, as chair of the Acme Trust.", "Jane Doe", "chair",
     "Acme Trust"),
    ("“We are delighted with the result today,” said Professor Jane Doe, and the minister agreed.", "Jane Doe",
     None, None),
    ("“These heroes deserve our thanks,” the Defence Secretary said, as he met troops in Estonia.", None,
     "Defence Secretary", None),
])
def test_what_follows_the_speaker_after_a_comma(text, name, role, organisation):
    att = find_attribution(text)
    assert (att.subject.name, att.subject.role, att.subject.organisation) == (name, role, organisation)


@pytest.mark.parametrize("line, role", [
    ("The family of John Smith said:", "family of John Smith"),
    ("In a statement, the family of PC Andrew Harper said:", "family of PC Andrew Harper"),
    ("Paying tribute, the parents of Jane Doe said:", "parents of Jane Doe"),
    ("The family of murdered schoolgirl Jane Doe said:", "family of murdered schoolgirl Jane Doe"),
    ("Harry Dunn's family said:", "Harry Dunn's family"),
    # a relative of someone named by a noun, also after a lead-in
    ("The victim's daughter said:", "victim's daughter"),
    ("In a victim personal statement read to the court, the victim’s daughter said:", "victim’s daughter"),
    ("Speaking outside court, the victim’s sister said:", "victim’s sister"),
    # a family of someone named before, by a possessive determiner
    ("In a statement, his family said:", "family"),
    ("Her parents said:", "parents"),
    ("Their family said:", "family"),
    # relatives of someone described, not named: the relation alone
    ("The family of a 13-year-old girl whose body was found in woodland near Guildford have issued the following "
     "statement through Surrey Police:", "family"),
    ("The parents of a man who died in the crash said:", "parents"),
])
def test_a_family_speaks_for_the_person_it_names(line, role):
    att = find_attribution(line)
    assert (att.subject.name, att.subject.role, att.subject.unnamed) == (None, role, True)
    assert find_attribution("Jane Doe, mother of John Smith, said:").subject.name == "Jane Doe"


@pytest.mark.parametrize("line, name, role, organisation", [
    # a relative named after the one they speak for; bodies and titles that open with such nouns
    ("The mother of Sarah Smith, Jane Doe, said:", "Jane Doe", "mother of Sarah Smith", None),
    ("Daughters of Charity Services chief executive Jane Doe said:", "Jane Doe", "chief executive",
     "Daughters of Charity Services"),
    ("The Families of British Servicemen Association said:", None, None,
     "Families of British Servicemen Association"),
    # a body whose name opens with a title word is still a body
    ("The Cabinet Office said:", None, None, "Cabinet Office"),
    ("The General Medical Council said:", None, None, "General Medical Council"),
    # a lead-in clause whose object is a title
    ("Meeting the Chief Constable, the Home Secretary said:", None, "Home Secretary", None),
    # a title and its body, not a body's name
    ("The Chief Constable of Kent Police said:", None, "Chief Constable", "Kent Police"),
    ("The Leader of Manchester City Council said:", None, "Leader", "Manchester City Council"),
    ("The Chief Fire Officers Association said:", None, None, "Chief Fire Officers Association"),
    # a family described after a comma still speaks unnamed; two given names are no speaker named
    ("The family of Sgt John Smith, of 1st Battalion The Rifles, said:", None, "family of Sgt John Smith", None),
    ("The parents of Jane Doe, John and Mary Doe, said:", None, "parents of Jane Doe", None),
    ("The family of Corporal John Smith of the Parachute Regiment said:", None,
     "family of Corporal John Smith of the Parachute Regiment", None),
    ("Families of the Fallen said:", None, None, "Families of the Fallen"),  # a body named like relatives
    ("Families of the Fallen chairman Jane Doe said:", "Jane Doe", "chairman", "Families of the Fallen"),
    ("Relatives of the Hillsborough victims said:", None, "Relatives of the Hillsborough victims", None),
    ("Urging Londoners, Transport Secretary, Grant Shapps, said:", "Grant Shapps", "Transport Secretary", None),
    ("Remembering Srebrenica, Minister for the Middle East, Alistair Burt, said:", "Alistair Burt",
     "Minister for the Middle East", None),
    # a title before the comma is no lead-in, whatever follows; a name is no lead-in before a title
    ("Housing and Planning Minister, Brandon Lewis, said:", "Brandon Lewis", "Housing and Planning Minister", None),
    ("Sterling Moss, Chair of Acme, and Minister for Sport Tracey Crouch said:", "Sterling Moss", "Chair", "Acme"),
    # a given name in -ing is no lead-in, before a title either
    ("Irving Stone, Chief Executive of Acme, said:", "Irving Stone", "Chief Executive", "Acme"),
    # but a clause in -ing is one when a full name or "the" and a title follow it
    ("Urging Londoners, Transport Secretary Justine Greening said:", "Justine Greening", "Transport Secretary",
     None),
    ("Congratulating the Chief Constable, Policing Minister Kit Malthouse said:", "Kit Malthouse",
     "Policing Minister", None),
    # after a lead-in, a relation then the name in commas: the relation is the role, the lead-in goes
    ("Outside court, the victim's sister, Karen Stead, said:", "Karen Stead", "victim's sister", None),
    ("After the verdict, her brother, John Green, said:", "John Green", "brother", None),
    ("In a statement, the victim's sister, Karen Stead, said:", "Karen Stead", "victim's sister", None),
    ("Outside court, Detective Inspector Jim Grey said:", "Jim Grey", "Detective Inspector", None),
    # a body's name after the name, then the post held in it
    ("Commander Chris Greany, City of London Police, the national policing lead for economic crime, said:",
     "Chris Greany", "national policing lead for economic crime", "City of London Police"),
    ("Superintendent John Doe, Kent Police, the force lead for roads policing, said:", "John Doe",
     "force lead for roads policing", "Kent Police"),
    ("Jane Doe, University of Leeds, said:", "Jane Doe", None, "University of Leeds"),
])
def test_relatives_bodies_and_lead_ins(line, name, role, organisation):
    att = find_attribution(line)
    assert (att.subject.name, att.subject.role, att.subject.organisation) == (name, role, organisation)


@pytest.mark.parametrize("text, name, role, organisation", [
    ("“We are delighted with the result today,” said Jane Doe, as newly appointed director of Acme Wales.",
     "Jane Doe", "newly appointed director", "Acme Wales"),
    ("“We are investing in every region of the country,” the Prime Minister tweeted.", None, "Prime Minister",
     None),
    # a workplace after the title is the body, not where the words were said
    ("“We will keep working to protect the river,” said Jane Smith, Head of Operations at the Environment Agency.",
     "Jane Smith", "Head of Operations", "Environment Agency"),
    ("“We will keep working to protect the river,” said Jane Smith at the Global Summit.", "Jane Smith", None, None),
    ("“We are delighted with the science on show,” said Jane Smith, Chief Executive at the Big Bang Fair in "
     "Birmingham.", "Jane Smith", "Chief Executive", None),
    # a welcome with a colon is the words welcoming
    ("Kate Mavor, Chief Executive of English Heritage, welcomed the news: “This support is fantastic news.”",
     "Kate Mavor", "Chief Executive", "English Heritage"),
    # a statement's heading is no part of the title
    ("Statement by Secretary of State for Northern Ireland the Rt Hon James Brokenshire MP:", "James Brokenshire",
     "Secretary of State for Northern Ireland", None),
    ("Statement by the Scottish Secretary David Mundell:", "David Mundell", "Scottish Secretary", None),
    # the title, then the name in commas, then the verb
    ("‘Teachers are the key, and this award shows we value them,’ the Education Secretary, Bridget Phillipson, "
     "said.", "Bridget Phillipson", "Education Secretary", None),
    ("‘We will keep our streets safe,’ the Policing Minister, Sarah Jones, said.", "Sarah Jones", "Policing Minister",
     None),
])
def test_more_inline_forms(text, name, role, organisation):
    att = find_attribution(text)
    assert att is not None
    assert (att.subject.name, att.subject.role, att.subject.organisation) == (name, role, organisation)


@pytest.mark.parametrize("text, name, role", [
    ("As announced today, Transport Secretary Grant Shapps said: “We are investing in every region.”",
     "Grant Shapps", "Transport Secretary"),
    ("As a result of the review, the Home Secretary said: “We are investing in every region.”", None,
     "Home Secretary"),
])
def test_an_as_clause_before_a_comma_is_a_lead_in(text, name, role):
    att = find_attribution(text)
    assert (att.subject.name, att.subject.role) == (name, role)


def test_as_a_result_before_a_pronoun_comes_off():
    att = find_attribution("As a result she said: “This is a big day for the country and its people.”")
    assert att is not None and att.subject.reference == "pronoun"


def test_as_a_result_is_no_recollection():
    att = find_attribution("As a result the Minister said: “We are investing in every region of the country.”")
    assert att is not None and att.quote == "We are investing in every region of the country."
    assert att.subject.role == "Minister"


def test_informal_department_names_speak_as_bodies():
    att = find_attribution("Downing Street said:")
    assert (att.subject.name, att.subject.organisation) == (None, "Downing Street")


# Forms from other departments' releases (2022-2025): a body inside a later one of joined titles, a
# portfolio word before a name written without a comma, initials inside a name, a title ending in a word
# that is also an honorific, a council member's portfolio listed with commas, two people after the title.
OTHER_DEPARTMENTS = [
    ("Project lead and Environment Agency researcher Ros Wright said:", "Ros Wright",
     "Project lead and Environment Agency researcher", "Environment Agency"),
    ("Jane Doe, Chair and BBC Trustee, said:", "Jane Doe", "Chair and BBC Trustee", "BBC"),
    ("Minister for Rough Sleeping Felicity Buchan said:", "Felicity Buchan", "Minister for Rough Sleeping", None),
    ("Minister for Social Care Helen Whately said:", "Helen Whately", "Minister for Social Care", None),
    ("Minister for Skills Irving Stone said:", "Irving Stone", "Minister for Skills", None),
    ("Welsh Secretary David TC Davies said:", "David TC Davies", "Welsh Secretary", None),
    ("Lord Chancellor and Secretary of State for Justice Alex Chalk said:", "Alex Chalk",
     "Lord Chancellor and Secretary of State for Justice", None),
    ("Jane Doe, Calderdale Council’s Cabinet Member for Climate Action, Active Travel and Housing, said:",
     "Jane Doe", "Cabinet Member for Climate Action, Active Travel and Housing", "Calderdale Council"),
    ("Co-chairs of the Acme Committee, Dr Melissa Ryan and Dr Ross Nieuwoudt, said:", "Melissa Ryan",
     "Co-chairs", "Acme Committee"),
    ("Jane Doe and John Smith, co-chairs of the Acme Trust, said:", "Jane Doe", "co-chairs", "Acme Trust"),
    # professions and other countries' titles are titles, not names
    ("Met Office Chief Meteorologist Frank Saunders said:", "Frank Saunders", "Chief Meteorologist", "Met Office"),
    ("Environment Agency Senior Hydrologist Jane Doe said:", "Jane Doe", "Senior Hydrologist", "Environment Agency"),
    ("Tánaiste Simon Coveney said:", "Simon Coveney", "Tánaiste", None),
    # a title after "the" between dashes; a peer whose name opens with a particle
    ("Jo Ellis — the Environment Agency’s Area Director for Wessex — said:", "Jo Ellis", "Area Director for Wessex",
     "Environment Agency"),
    ("Environment Minister Lord de Mauley said:", "Lord de Mauley", "Environment Minister", None),
    ("Baroness de Souza said:", "Baroness de Souza", None, None),
    # one title whose subject's words stand either side of "and", after a nation's adjective
    ("Indian Commerce and Industry Minister Piyush Goyal said:", "Piyush Goyal",
     "Indian Commerce and Industry Minister", None),
    ("David Browning and Transport Minister John Smith said:", "David Browning", None, None),
    # a body a nation's name closes, with its title, before the person between commas
    ("Natural England Chief Executive, Helen Phillips, said:", "Helen Phillips", "Chief Executive", "Natural England"),
    # a relative clause naming the body the person heads
    ("John Smith, who chairs the Federation of Small Businesses, said:", "John Smith", None,
     "Federation of Small Businesses"),
    ("Ellen MacArthur, whose charity - the Ellen MacArthur Foundation - already uses an electric van, said:",
     "Ellen MacArthur", None, "Ellen MacArthur Foundation"),
    ("Jane Doe, who runs a council in Leeds, said:", "Jane Doe", None, None),
    ("Professor Mirella Lapata, who leads the centre at the University of Edinburgh, said:", "Mirella Lapata", None,
     "University of Edinburgh"),
    ("Jane Doe, who runs a cafe at Leeds Station, said:", "Jane Doe", None, None),
    ("Jane Doe, who represents Leeds North, said:", "Jane Doe", None, None),
    # a title and name set off inside the relative clause are its object, not the speaker (NIO, 2007)
    ("The Prime Minister, Tony Blair, who attended the ceremony at Stormont with the Taoiseach, Bertie Ahern, said:",
     "Tony Blair", "Prime Minister", None),
    ("Tony Blair, who met the Taoiseach, Bertie Ahern, said:", "Tony Blair", None, None),
    ("The Prime Minister, Tony Blair, who attended the ceremony with Taoiseach Bertie Ahern, said:", "Tony Blair",
     "Prime Minister", None),
    # a place after "in" at the end of a lead-in is no title and name
    ("Speaking at the United Nations General Assembly in New York, Justine Greening said:", "Justine Greening",
     None, None),
    ("Launching the White Paper at the Natural History Museum, Mrs Spelman said:", "Spelman", None, None),
    # must stay as they were
    ("Jane Doe, Head of Policy and Public Affairs, said:", "Jane Doe", "Head of Policy and Public Affairs", None),
    ("Mr Justice Jane Doe said:", "Jane Doe", None, None),
    ("Chief Executive of Acme UK Jane Doe said:", "Jane Doe", "Chief Executive", "Acme UK"),
    ("Transport Minister Norman Baker and Business Minister Mark Prisk said:", "Norman Baker", "Transport Minister",
     None),
]


@pytest.mark.parametrize("line,name,role,org", OTHER_DEPARTMENTS, ids=[r[0][:45] for r in OTHER_DEPARTMENTS])
def test_forms_from_other_departments(line, name, role, org):
    assert name_role_org(line) == (name, role, org)


@pytest.mark.parametrize("line", [
    # the first person is the speaker going on, never someone else credited
    "“We will keep pressing the case. I told the committee it is absolutely i",
    "I told the committee:",
    "Speaking to the committee today, I said:",
    "“We cannot wait any longer and I told the committee it is",
])
def test_a_first_person_subject_is_no_attribution(line):
    assert find_attribution(line) is None


@pytest.mark.parametrize("line, name", [
    # a name or a title is still someone credited, a regnal number too
    ("Speaking to the committee today, Jane Doe said:", "Jane Doe"),
    ("Mr Idris told the committee:", "Idris"),
    ("Queen Elizabeth I said:", "Elizabeth I"),
])
def test_a_person_other_than_i_is_still_credited(line, name):
    assert find_attribution(line).subject.name == name


@pytest.mark.parametrize("line, name, role", [
    # after a lead-in without its comma the subject is a title, a body and a title, or an honorific and a name
    ("Speaking in Bristol Ms Doe said:", "Doe", None),
    ("After Jane Doe spoke Transport Secretary Patrick McLoughlin said:", "Patrick McLoughlin", "Transport Secretary"),
    ("Also commenting RAC Foundation director Steve Gooding said:", "Steve Gooding", "director"),
    # a place after "in" goes with the lead-in, the subject starts at the title
    ("After a meeting with tax agents in Manchester HMRC’s Chief Executive Jim Harra commented:", "Jim Harra",
     "Chief Executive"),
    ("Speaking in New York Foreign Secretary William Hague said:", "William Hague", "Foreign Secretary"),
])
def test_the_subject_after_a_lead_in_without_its_comma(line, name, role):
    subject = find_attribution(line).subject
    assert (subject.name, subject.role) == (name, role)


@pytest.mark.parametrize("line, name, role, org", [
    # a linking word straight before a name and its titles sets nothing aside but itself
    ("Whilst Professor Jane Doe, Dean for Partnerships at the University of Essex, said:", "Jane Doe",
     "Dean for Partnerships", "University of Essex"),
    ("Meanwhile Jane Doe, Chief Executive of the Example Trust, said:", "Jane Doe", "Chief Executive",
     "Example Trust"),
    # ... while a clause after it is still a lead-in
    ("Whilst visiting the site, Rail Minister Jane Doe said:", "Jane Doe", "Rail Minister", None),
    ("Meanwhile in Leeds, Jane Doe, Chief Executive of the Example Trust, said:", "Jane Doe", "Chief Executive",
     "Example Trust"),
])
def test_a_linking_word_before_a_name(line, name, role, org):
    assert name_role_org(line) == (name, role, org)


@pytest.mark.parametrize("line, name, role", [
    ("The Solicitor General Michael Tomlinson KC MP said:", "Michael Tomlinson", "Solicitor General"),
    ("The Rt Hon Jane Doe MP said:", "Jane Doe", None),
    ("The Sinn Féin MLA said:", None, "Sinn Féin MLA"),  # a member named before, by party and letters
])
def test_the_and_a_members_letters(line, name, role):
    subject = find_attribution(line).subject
    assert (subject.name, subject.role) == (name, role)


@pytest.mark.parametrize("line, name", [
    ("The Conservative Jane Smith MP said:", "Jane Smith"),  # a party before a member's name
    ("The SNP Glasgow East MP said:", None),  # a party and a seat: a member named before
])
def test_a_party_before_a_member_and_a_seat_before_letters(line, name):
    att = find_attribution(line)
    assert att is not None and att.subject.name == name


NAMES_AND_TITLES = [
    # a relative clause that gives the post held or to be held is the role; one held before is not
    ("Commenting on the Bill, Kevin Hyland, who will become the first Independent Anti-Slavery Commissioner, said:",
     "Kevin Hyland", "Independent Anti-Slavery Commissioner", None),
    ("Jane Doe, who is Chief Executive of the Acme Trust, said:", "Jane Doe", "Chief Executive", "Acme Trust"),
    ("Jane Doe, who was Chief Executive of the Acme Trust until 2019, said:", "Jane Doe", None, None),
    ("Jane Doe, who runs a cafe at Leeds Station, said:", "Jane Doe", None, None),
    # a portfolio's word after a nation's adjective is the title's subject, not a given name
    ("Minister for Education and Welsh Language Jeremy Miles said:", "Jeremy Miles",
     "Minister for Education and Welsh Language", None),
    ("Cabinet Secretary for Economy, Energy and Welsh Language Jeremy Miles said:", "Jeremy Miles",
     "Cabinet Secretary for Economy, Energy and Welsh Language", None),
    ("Minister for Welsh Language Jeremy Miles said:", "Jeremy Miles", "Minister for Welsh Language", None),
    ("Housing and Communities Secretary Steve Reed said:", "Steve Reed", "Housing and Communities Secretary", None),
    # a rank's word after a title's preposition is the title's subject ("General Practice"), not a rank before a
    # surname; the person is named after the comma
    ("England’s Chief Inspector of General Practice, Professor Steve Field, said:", "Steve Field",
     "Chief Inspector of General Practice", "England"),
    ("Chair of the Royal College of General Practitioners, Professor Martin Marshall, said:", "Martin Marshall",
     "Chair", "Royal College of General Practitioners"),
    ("Chief Inspector of General Practice Steve Field said:", "Steve Field", "Chief Inspector of General Practice",
     None),
    ("The Chief Inspector of General Practice said:", None, "Chief Inspector of General Practice", None),
    ("Chief of the General Staff, General Sir Patrick Sanders, said:", "Patrick Sanders", "Chief of the General Staff",
     None),
    # a title and a surname still refer to someone named before
    ("Ambassador Cowell said:", "Cowell", "Ambassador", None),
    # "the" before a peerage belongs to the style: no role is made of an honorific and an article
    ("Professor the Lord Darzi of Denham OM KBE said:", "Lord Darzi of Denham", None, None),
    ("Dr the Baroness Smith said:", "Baroness Smith", None, None),
    ("Leader of the House of Lords, the Lord Strathclyde, said:", "Lord Strathclyde", "Leader of the House of Lords",
     None),
    ("The Rt Hon the Lord Falconer of Thoroton said:", "Lord Falconer of Thoroton", None, None),
    # a description before the name is the role, never a given name; a contest's adjective names no body
    ("Leaseholder Priya Shah, who has lived in the block since 2016, said:", "Priya Shah", "Leaseholder", None),
    ("Actor Olivia Marsh, who began her career in regional repertory theatre, said:", "Olivia Marsh", "Actor", None),
    ("Paralympian Amy Foster-Reid, who won 2 gold medals in the pool, said:", "Amy Foster-Reid", "Paralympian", None),
    ("Author and broadcaster Jane Doe said:", "Jane Doe", "Author and broadcaster", None),
    ("Olympic champion Jessica Ennis-Hill said:", "Jessica Ennis-Hill", "Olympic champion", None),
    ("Double Olympic champion Jane Doe said:", "Jane Doe", "Double Olympic champion", None),
    ("World champion boxer Jane Doe said:", "Jane Doe", "World champion boxer", None),
    # ... but a body's name that opens with such a word keeps it, and surnames that are nouns stay names
    ("World Bank President Jim Yong Kim said:", "Jim Yong Kim", "President", "World Bank"),
    ("British Olympic Association Chief Executive Andy Hunt said:", "Andy Hunt", "Chief Executive",
     "British Olympic Association"),
    ("Paul Farmer, Chief Executive of Mind, said:", "Paul Farmer", "Chief Executive", "Mind"),
    ("Barbara Boxer said:", "Barbara Boxer", None, None),
    # people after "the" with a title or a peerage, and a surname that is a nation's name, are still people
    ("Ashton West said:", "Ashton West", None, None),
    ("The Lord Darzi said:", "Lord Darzi", None, None),
    ("The Reverend Jane Doe said:", "Jane Doe", None, None),
    ("Natural England chair Tony Juniper said:", "Tony Juniper", "chair", "Natural England"),
    # a description after the name loses its relative clause and its home town
    ("Sarah Jones, 27, a nurse who bought a 2-bedroom flat in Swindon with her partner through the scheme, said:",
     "Sarah Jones", "nurse", None),
    ("Jane Smith, a leaseholder in Manchester, said:", "Jane Smith", "leaseholder", None),
    # a workplace named by its kind keeps the place it is in; a home town after a bare description goes
    ("Shaheen Akhtar, a teacher at a DFID-supported school in Lahore, said:", "Shaheen Akhtar",
     "teacher at a DFID-supported school in Lahore", None),
    ("Jane Smith, a nurse at a hospital from Leeds, said:", "Jane Smith", "nurse at a hospital", None),
    # a past post added after the present one and its body is no part of the role
    ("Economist Andrew Sentance, senior economic adviser at PwC and a former MPC member, said:", "Andrew Sentance",
     "senior economic adviser", "PwC"),
    ("Jane Doe, chair of the Acme Trust and former Minister for Schools, said:", "Jane Doe", "chair", "Acme Trust"),
    ("Jane Doe, Chief Executive and former Finance Director of Acme, said:", "Jane Doe",
     "Chief Executive and former Finance Director", "Acme"),
    # a known office's words are never a given name
    ("Chief Coastguard Peter Mizen said:", "Peter Mizen", "Chief Coastguard", None),
    ("Peter Mizen, Chief Coastguard, said:", "Peter Mizen", "Chief Coastguard", None),
    ("Jane Smith, a partner in Acme LLP, said:", "Jane Smith", "partner", "Acme LLP"),
    ("Jane Doe, Minister in the Cabinet Office, said:", "Jane Doe", "Minister in the Cabinet Office", None),
    # military letters after a name, also of two words ("ADC Gen"), and the naval surgeons' ranks
    ("Chief of the Defence Staff, General Sir Nick Carter GCB CBE DSO ADC Gen, said:", "Nick Carter",
     "Chief of the Defence Staff", None),
    ("General Sir Patrick Sanders KCB CBE DSO ADC Gen, Chief of the General Staff, said:", "Patrick Sanders",
     "Chief of the General Staff", None),
    ("Colonel Jane Smith QGM said:", "Jane Smith", "Colonel", None),
    ("Captain Jane Smith QCVS said:", "Jane Smith", "Captain", None),
    ("Surgeon Vice Admiral Jane Smith QHS said:", "Jane Smith", "Surgeon Vice Admiral", None),
    ("Surgeon General Jane Smith said:", "Jane Smith", "Surgeon General", None),
    ("Jane Smith, Surgeon General, said:", "Jane Smith", "Surgeon General", None),
    # a junior rank and a unit known by its number, after a comma or straight after the name
    ("Lance Corporal Jordan Reid, 23, of 2nd Battalion The Parachute Regiment, who receives the Queen’s Gallantry "
     "Medal, said:", "Jordan Reid", "Lance Corporal", "2nd Battalion The Parachute Regiment"),
    ("Sergeant Amy Clarke of 1st Regiment Royal Horse Artillery said:", "Amy Clarke", "Sergeant",
     "1st Regiment Royal Horse Artillery"),
    ("Corporal John Smith from 1 RIFLES said:", "John Smith", "Corporal", "1 RIFLES"),
    ("Trooper Liam Hughes, 21, of the Queen’s Royal Hussars, from Manchester, said:", "Liam Hughes", "Trooper",
     "Queen’s Royal Hussars"),
    # a year is no unit; a home town is no body
    ("Jane Doe, 34, from Leeds, said:", "Jane Doe", None, None),
    # ... but a jobcentre is a body, after "from" too
    ("Jobcentre work coach Priya Sharma, from Wolverhampton Jobcentre, said:", "Priya Sharma", "Jobcentre work coach",
     "Wolverhampton Jobcentre"),
    ("Work coach Priya Sharma, from Wolverhampton, said:", "Priya Sharma", "Work coach", None),
    # a High Court judge's style stays with a surname alone, as a peer's does; judges' styles before a full name
    # go, and are the role when no office is given
    ("Sentencing, Mr Justice Edis told Okafor:", "Mr Justice Edis", None, None),
    ("Mrs Justice Cheema-Grubb said:", "Mrs Justice Cheema-Grubb", None, None),
    ("Lord Justice Holroyde said:", "Lord Justice Holroyde", None, None),
    ("Mrs Justice Maura McGowan said:", "Maura McGowan", None, None),
    ("Sentencing, Recorder Paul Dodds said:", "Paul Dodds", "Recorder", None),
    ("His Honour Judge Andrew Lockhart QC said:", "Andrew Lockhart", "His Honour Judge", None),
    ("District Judge Jane Doe said:", "Jane Doe", "District Judge", None),
    ("The Recorder of London, His Honour Judge Mark Lucraft QC, said:", "Mark Lucraft", "Recorder of London", None),
    ("Recorder of Westminster Andrew Goymer said:", "Andrew Goymer", "Recorder of Westminster", None),
    # after a lead-in, "the" and an office, then its holder between commas: the office is the role
    ("Sentencing the men, the Recorder of Westminster, His Honour Judge Andrew Goymer, said:", "Andrew Goymer",
     "Recorder of Westminster", None),
    ("Speaking at the launch, the Chief Executive of Acme, Jane Doe, said:", "Jane Doe", "Chief Executive", "Acme"),
]


@pytest.mark.parametrize("line, name, role", [
    # a member of the public by first name, with an age or a relative clause of one person
    ("Olena, who arrived in Leeds last month with her two children, said:", "Olena", None),
    ("Mark, 45, who slept rough for two years, said:", "Mark", None),
    ("Sarah, who has two children, said:", "Sarah", None),
    ("“My children and I have been overwhelmed by the kindness of people here,” said Olena, who arrived in Leeds "
     "last month with her two children.", "Olena", None),
    # a description joined by "-of-" before the name is the role
    ("Mother-of-two Olena said:", "Olena", "Mother-of-two"),
    ("Mother-of-two Jane Smith said:", "Jane Smith", "Mother-of-two"),
    # a first name and an age alone; a person's description before a first name with an age or a clause; a
    # relation to someone named before, then a first name
    ("Sam, 24, said:", "Sam", None),
    ("Jo, 24, said:", "Jo", None),
    ("Year 5 pupil Maisie, 10, said:", "Maisie", "Year 5 pupil"),
    ("Mum-of-two Claire, 34, from Wolverhampton, said:", "Claire", "Mum-of-two"),
    ("Single mum Claire, 34, from Wolverhampton, said:", "Claire", "Single mum"),
    ("Parent Jo, whose 9-year-old son has autism, said:", "Jo", "Parent"),
    ("Lee's work coach, Sam, said:", "Sam", "work coach"),
    ("Her work coach, Jo, said:", "Jo", "work coach"),
])
def test_a_first_name_a_description_shows_to_be_a_person(line, name, role):
    att = find_attribution(line)
    assert att is not None and (att.subject.name, att.subject.role) == (name, role)


@pytest.mark.parametrize("line, name, role, org", NAMES_AND_TITLES, ids=[r[0][:50] for r in NAMES_AND_TITLES])
def test_names_honorifics_and_ranks(line, name, role, org):
    att = find_attribution(line)
    assert att is not None, f"not recognised: {line}"
    assert (att.subject.name, att.subject.role, att.subject.organisation) == (name, role, org)


def _block_test_unbounded(end: str) -> bool:
    """The cheap block test as one pattern searched over the whole end of the paragraph."""
    import regex

    from quotes.attribution import _BLOCK_WORDS, _BLOCK_WORD_TO_END
    from quotes.rules.speech import VERB_FIRST

    return regex.search(rf"(?i:\b(?:{'|'.join(_BLOCK_WORDS)})\b)[^.!?]{{0,{_BLOCK_WORD_TO_END}}}$"
                        rf"|^(?:{'|'.join(VERB_FIRST)})|:\s*$", end) is not None


def test_the_block_test_starting_late_never_changes_its_answer_on_the_bundled_releases():
    from quotes.archive import read_dump
    from quotes.attribution import _may_be_block
    from quotes.models import Document
    from quotes.pipeline import bundled_corpus

    docs = [d for d in read_dump(bundled_corpus().read_text(encoding="utf-8"), "b.txt") if isinstance(d, Document)]
    ends = [p.text[-400:] for d in docs for p in d.paragraphs]
    assert len(ends) > 200
    for end in ends + [e[-k:] for e in ends for k in (120, 135, 150)]:
        assert _may_be_block(end) is _block_test_unbounded(end), end


_END_PIECES = st.sampled_from(list("ab .!?:,;\n") + ["said", "SAYS", "ſaid", "Meddai", "statement", "told", "’",
                                                     " and the plans for the future of the town" * 3])


@given(st.lists(_END_PIECES, max_size=40).map("".join))
@settings(max_examples=300, deadline=None)
def test_the_block_test_starting_late_never_changes_its_answer_on_generated_text(end):
    from quotes.attribution import _may_be_block

    assert _may_be_block(end) is _block_test_unbounded(end)


# The attribution line's own parsing: titles, bodies and names that earlier rules split in the wrong place.
LINE_PARSES = [
    # a hyphenated title whose last element is a role word is a title, not a body
    ("Gareth Thomas, Parliamentary Under-Secretary of State for International Development, added:", "Gareth Thomas",
     "Parliamentary Under-Secretary of State for International Development", None),
    ("Jane Doe, Parliamentary Under-Secretary for International Development, said:", "Jane Doe",
     "Parliamentary Under-Secretary for International Development", None),
    ("Gareth Thomas, Parliamentary Under Secretary of State for International Development, added:", "Gareth Thomas",
     "Parliamentary Under Secretary of State for International Development", None),
    # a possessive determiner before a lower-case title is not part of it; "His Majesty's" is
    ("Speaking on behalf of the Renewable Power Association, its chief executive Philip Wolfe said:", "Philip Wolfe",
     "chief executive", "Renewable Power Association"),
    ("His work coach, Jo Hartley, said:", "Jo Hartley", "work coach", None),
    ("His Majesty’s Chief Inspector, Sir Martyn Oliver, said:", "Martyn Oliver", "His Majesty’s Chief Inspector", None),
    # a body whose name ends in a mark: the mark ends no sentence, and the body is the organisation
    ("Which? executive director Richard Lloyd said:", "Richard Lloyd", "executive director", "Which?"),
    ("Which? consumer law expert Lisa Webb said:", "Lisa Webb", "consumer law expert", "Which?"),
    ("Rocio Concha, Which? Director of Policy and Advocacy, said:", "Rocio Concha", "Director of Policy and Advocacy",
     "Which?"),
    ("Which? Director of Policy Rocio Concha said:", "Rocio Concha", "Director of Policy", "Which?"),
    ("Richard Lloyd, executive director of Which?, said:", "Richard Lloyd", "executive director", "Which?"),
    ("Yahoo! UK managing director Jane Doe said:", "Jane Doe", "managing director", "Yahoo! UK"),
    ("Which? said:", None, None, "Which?"),
    ("“We are delighted with this outcome for all our customers,” said Which? executive director Richard Lloyd.",
     "Richard Lloyd", "executive director", "Which?"),
    # a real question before the line still ends a sentence
    ("Which would you choose? The minister said:", None, "minister", None),
    # a joint statement by a group: a quote, by no one person and no one body (not the lead-in as a body)
    ("In a joint statement, the two leaders said:", None, None, None),
    ("The two leaders said:", None, None, None),
    ("In a joint statement, Ofcom and the ICO said:", None, None, "Ofcom and the ICO"),
    ("In a statement, the Prime Minister said:", None, "Prime Minister", None),
    # an unnamed individual speaking for a body is still a spokesperson
    ("A Home Office spokesperson said:", None, "spokesperson", "Home Office"),
    # a word that goes on a portfolio's subject is no given name
    ("Minister for Welfare Delivery Will Quince said:", "Will Quince", "Minister for Welfare Delivery", None),
    ("Minister for Child Maintenance Jane Doe said:", "Jane Doe", "Minister for Child Maintenance", None),
    ("Minister for Employment Iain Duncan Smith said:", "Iain Duncan Smith", "Minister for Employment", None),
    ("Minister for Scotland Iain Stewart said:", "Iain Stewart", "Minister for Scotland", None),
    # a body's last words are no name when a later segment is one
    ("Employer and owner of Pixel Forge Studios, Dan Hughes, said:", "Dan Hughes", "Employer and owner",
     "Pixel Forge Studios"),
    ("Kickstart employer and owner of Sweet Treats Bakery, Jo Brown, said:", "Jo Brown", "Kickstart employer and owner",
     "Sweet Treats Bakery"),
    ("Minister for Crime and Policing Jane Doe, Home Office, said:", "Jane Doe", "Minister for Crime and Policing",
     "Home Office"),
    # "and" inside a body's name before a title: one body and one person, not two people
    ("Country Land and Business Association (CLA) President Ross Murray said:", "Ross Murray", "President",
     "Country Land and Business Association"),
    ("Game and Wildlife Conservation Trust Director Teresa Dent said:", "Teresa Dent", "Director",
     "Game and Wildlife Conservation Trust"),
    ("David Morgan and Mark Smith of the Heritage Railway Association said:", "David Morgan", None,
     "Heritage Railway Association"),
    ("Jane Doe and Home Secretary Yvette Cooper said:", "Jane Doe", None, None),
    # a body's initials before the title: what follows "for" is the post's remit, unless an article makes it a body
    ("Sarah Lyons, NCSC Deputy Director for Economy and Society, said:", "Sarah Lyons",
     "Deputy Director for Economy and Society", "NCSC"),
    ("Jane Doe, NCSC Director for the Cyber Growth Unit, said:", "Jane Doe", "NCSC Director", "Cyber Growth Unit"),
    ("Jane Doe, HMRC Director of Individuals and Small Business Compliance, said:", "Jane Doe",
     "Director of Individuals and Small Business Compliance", "HMRC"),
    # a last segment describing the body named before it ("a part of GCHQ"); "a member of" is a role
    ("Lindy Cameron, CEO of the National Cyber Security Centre (NCSC), a part of GCHQ, said:", "Lindy Cameron", "CEO",
     "National Cyber Security Centre"),
    ("District Judge Richard Blake, a member of the Sentencing Council, said:", "Richard Blake", "member",
     "Sentencing Council"),
    ("Adam Sampson, Chief Executive of Shelter, the housing charity, said:", "Adam Sampson", "Chief Executive",
     "Shelter"),
    # "Title, Area at Company": the area goes with the title, the company after "at" is the body
    ("Nadia Brennan, President, Global Affairs at Meta, said:", "Nadia Brennan", "President, Global Affairs", "Meta"),
    ("Jane Doe, Vice President, Public Policy at Google, said:", "Jane Doe", "Vice President, Public Policy",
     "Google"),
    ("Jane Doe, Assistant Director, Criminal Investigation for HMRC, said:", "Jane Doe",
     "Assistant Director, Criminal Investigation", "HMRC"),
    # two posts, a body written before the first: that body, and both posts whole in the role
    ("Harvey Bradshaw, Environment Agency Executive Director for Environment and Business and chair of the National "
     "Drought Group, said:", "Harvey Bradshaw",
     "Executive Director for Environment and Business and chair of the National Drought Group", "Environment Agency"),
    ("Jane Doe, Environment Agency Area Director and chair of the Cumbria Strategic Flood Partnership, said:",
     "Jane Doe", "Area Director and chair of the Cumbria Strategic Flood Partnership", "Environment Agency"),
    # (a workplace after "at" in the second post is still the body)
    ("Helen Dolphin, DPTAC Member and Director of Policy and Campaigns at Mobilise said:", "Helen Dolphin",
     "DPTAC Member and Director of Policy and Campaigns", "Mobilise"),
    ("Jane Doe, Founder and Chief Executive of Acme Trust, said:", "Jane Doe", "Founder and Chief Executive",
     "Acme Trust"),
    # a relation to someone named before gives way to the person's own title; a possessive determiner is no body
    ("Her manager, practice owner Mark Evans, explained:", "Mark Evans", "practice owner", None),
    ("Her manager, Mark Evans, said:", "Mark Evans", "manager", None),
    ("Their spokesperson said:", None, "spokesperson", None),
    # an area of work never stands before "Chief ...": it ends the body's name; a rank does not
    ("Angling Trust and Fish Legal Chief Executive Mark Lloyd said:", "Mark Lloyd", "Chief Executive",
     "Angling Trust and Fish Legal"),
    ("Environment Agency Deputy Chief Executive John Leyland said:", "John Leyland", "Deputy Chief Executive",
     "Environment Agency"),
    ("Network Rail Chief Executive Mark Carne said:", "Mark Carne", "Chief Executive", "Network Rail"),
    # "Under-Secretary" opens a title, not the lead-in "Under"
    ("Under-Secretary of State Jane Doe, Minister for Schools, said:", "Jane Doe", "Minister for Schools", None),
    # a person's noun before a name describes them, and is no given name
    ("Pupil Jo Smith said:", "Jo Smith", "Pupil", None),
    ("Apprentice Ellie Marsh, 18, said:", "Ellie Marsh", "Apprentice", None),
    ("Coach Gareth Southgate said:", "Gareth Southgate", "Coach", None),
    # a title's area after a dash stays with it as written; a title between dashes is still a segment
    ("Emily Keane, Deputy Commissioner – Regulatory Supervision, ICO, said:", "Emily Keane",
     "Deputy Commissioner – Regulatory Supervision", "ICO"),
    ("Jane Doe – Chief Executive, Acme – said:", "Jane Doe", "Chief Executive", "Acme"),
]


# One of many, unnamed and speaking for no body, is no speaker (GOLD_FORMAT: a named person, a body or its
# spokesperson); "One parent told the review:" and "said one shopkeeper" were already no quote.
@pytest.mark.parametrize("line", [
    "One small business owner told researchers: “We simply don’t have the time or money to do this properly.”",
    "“We know who many of these people are,” said one senior officer, who did not wish to be named.",
    "A small business owner said:",
    "Said one officer:",
    "One parent told the review: “We simply don’t have the time or money to do this properly.”",
    "“People here want a town centre that is different,” said one shopkeeper.",
])
def test_an_unnamed_individual_is_no_speaker(line):
    assert find_attribution(line) is None


@pytest.mark.parametrize("line, name, role, org", LINE_PARSES, ids=[r[0][:50] for r in LINE_PARSES])
def test_the_line_is_split_into_name_role_and_body(line, name, role, org):
    att = find_attribution(line)
    assert att is not None, f"not recognised: {line}"
    assert (att.subject.name, att.subject.role, att.subject.organisation) == (name, role, org)


@pytest.mark.parametrize("word, is_role", [
    ("Under-Secretary", True), ("Co-Director", True), ("Vice-Chair", True),
    ("Mother-of-two", False), ("Bristol-based", False), ("Smith-Jones", False),
])
def test_a_hyphenated_title_is_a_role_word(word, is_role):
    from quotes.speaker import _is_role_word

    assert _is_role_word(word) is is_role


def test_a_name_with_a_mark_is_given_back_as_written():
    line = "Rocio Concha, Which? Director of Policy and Advocacy, said:"
    att = find_attribution(line)
    assert att.text == line and "ʔ" not in att.context


@pytest.mark.parametrize("line", [
    "Parents said:", "Residents said:", "Parents, who have campaigned for years, said:", "Overall, 34, said:",
    "Dr, 34, said:", "Council leader Smith, who chairs the board, said:",
])
def test_no_first_name_of_a_case_study(line):
    att = find_attribution(line)
    assert att is None or att.subject.reference != "given"


@pytest.mark.parametrize("line, role, name", [
    # a lead-in with commas of its own, then a title: the title speaks
    ("Speaking ahead of a visit to the research and test site, PNDC, in Cumbernauld, the First Minister said:",
     "First Minister", None),
    # a name between the lead-in and the title is the speaker
    ("Commenting on the plan, Jane Doe, the Chief Executive, said:", "Chief Executive", "Jane Doe"),
    # a subject with two verbs: the subject of both speaks, not the first predicate
    ("The traffic commissioner also considered the company’s maintenance records and said “The repute of the "
     "operator is badly tarnished and hanging by a thread.”", "traffic commissioner", None),
    ("Jane Doe visited the school and said: “We are proud of every pupil here and of all the staff.”", None,
     "Jane Doe"),
])
def test_the_subject_after_a_long_lead_in_or_before_a_second_verb(line, role, name):
    att = find_attribution(line)
    assert att is not None and (att.subject.role, att.subject.name) == (role, name)


@pytest.mark.parametrize("line, name, role", [
    # the passive, with the person after "by", before a quotation: they speak
    ("The issue was raised by Shadow Rural Affairs Minister Jane Doe MS in the Senedd today:", "Jane Doe",
     "Shadow Rural Affairs Minister"),
    ("The plan was welcomed by Jane Doe, Chief Executive of the Acme Trust:", "Jane Doe", "Chief Executive"),
    ("The scheme was launched by the Prime Minister:", None, "Prime Minister"),
])
def test_a_passive_lead_with_the_person_after_by(line, name, role):
    from quotes.attribution import lead_colon_attribution

    att = lead_colon_attribution(line)
    assert att is not None and (att.subject.name, att.subject.role) == (name, role)


@pytest.mark.parametrize("line", [
    "The report was published by the Department today:",  # a body
    "The figures were compiled by officials:",  # a group
    "The centre was opened by Jane Doe, who said:",  # a clause of its own
])
def test_a_passive_lead_by_no_one_person_is_none(line):
    from quotes.attribution import lead_colon_attribution

    assert lead_colon_attribution(line) is None


@pytest.mark.parametrize("line, reference", [
    # a pronoun after a comma, right before the verb, is the subject: what stands before it is a lead-in
    ("Speaking at the fourth in a series of joint regional Enterprise Roadshows, held at Leeds Bradford Airport, he "
     "said:", "pronoun"),
    ("Speaking at the fourth of the joint regional Enterprise Roadshows, hosted at Leeds Bradford Airport, they "
     "said:", "pronoun"),
    ("Speaking at the fourth in a series of joint regional Enterprise Roadshows, held at Leeds Bradford Airport, she "
     "said: “We are committed to every town in the region.”", "pronoun"),
    # no comma before the pronoun: a recollection, or two people
    ("As he said:", None),
    ("Jane Doe and he said:", None),
])
def test_a_pronoun_after_a_lead_in_is_the_subject(line, reference):
    att = find_attribution(line)
    if reference is None:
        assert att is None
    else:
        assert att is not None and att.subject.reference == reference and att.subject.name is None


@pytest.mark.parametrize("line, speaks", [
    # the verb after a that-clause is the clause's: a document there says the words, not the letter's addressee
    ("The union then wrote to Jane Doe, chair of the Home Affairs committee, to correct the record, pointing out "
     "that a union circular in March 2021 clearly stated that “Firefighters are ready to help with the rollout.”",
     None),
    ("The union wrote to Jane Doe, pointing out that the report had stated “Firefighters are ready to help.”", None),
    # a person or a body as the that-clause's subject speaks
    ("The union wrote to Jane Doe, pointing out that the Chief Fire Officer, John Smith, had said: “Firefighters "
     "are ready to help.”", "John Smith"),
    ("The union wrote to Jane Doe, noting that the Home Office had said “Firefighters are ready to help.”",
     "Home Office"),
    # a that-clause closed by a comma before the verb is an aside: the sentence's subject speaks
    ("The Minister, noting that the figures were up, said: “We are seeing real progress in every region now.”",
     "Minister"),
    # ... and so it does when the that-clause names no one, or ends in "and" before the subject's second verb
    ("The Home Secretary made clear that she would act and said “We are determined to see this through.”",
     "Home Secretary"),
    ("Jane Doe made clear that the law would change and said “We are determined to see this through.”",
     "Jane Doe"),
    ("The Home Secretary made clear that the Chief Constable would lead the review and said “We are determined "
     "to see this through.”", "Home Secretary"),
    ("The Minister pointed out that in the past year she had said “We are determined to see this through.”",
     "Minister"),
    # a document written with a possessive or a body's name before its head noun is no speaker either
    ("The union noted that last year’s survey of members stated “Firefighters are ready to help in every region.”",
     None),
    ("The union noted that the Home Office guidance said “Firefighters are ready to help in every region.”", None),
    ("The union noted that staff survey in March had stated “Firefighters are ready to help in every region.”", None),
])
def test_the_subject_of_a_that_clause_before_an_inline_quotation(line, speaks):
    att = find_attribution(line)
    if speaks is None:
        assert att is None
    else:
        assert att is not None and speaks in (att.subject.name, att.subject.role, att.subject.organisation)


@pytest.mark.parametrize("line, pair", [
    ("Speaking after the IMF and World Bank announced the news, the Chancellor and Jane Doe said:", True),
    ("Jane Doe and John Smith said:", True),
    ("Mr Smith and Ms Doe said:", True),
    # one person's title or posts with "and" in them; a group
    ("Business and Trade Secretary Jane Doe said:", False),
    ("Jane Doe, Chair of Acme and Trustee of the Foo Trust, said:", False),
    ("Parents and teachers said:", False),
    ("The Minister said:", False),
])
def test_an_attribution_to_two_people_together(line, pair):
    from quotes.attribution import names_two_people

    assert names_two_people(line) is pair


@pytest.mark.parametrize("line, who", [
    # a fronted clause, which may name others and hold clauses of its own, then the person reporting
    ("In the week in which the Prime Minister announced the appointment of John Smith as the new skills adviser, "
     "Ms Doe urged employers to work with colleges.", "Doe"),
    ("After John Smith said the plan was flawed, the Chancellor insisted it would work.", "Chancellor"),
    # after the fronted clause, a group or a body reports: no one
    ("In the week in which the Chancellor announced the plan, employers urged colleges to work with them.", None),
    ("In the week in which the Chancellor announced the plan, the Treasury urged colleges to work with firms.", None),
    ("In the week in which the Chancellor announced the plan, she met John Smith to discuss it.", None),
    # the occasion of the words, in the progressive (HM Treasury, 1999)
    ("The Paymaster was discussing the childcare tax credit – part of the new Working Families Tax Credit – which "
     "will help with childcare costs.", "Paymaster"),
    ("The Chancellor was speaking at the CBI conference in Birmingham.", "Chancellor"),
    # a response told before the words (a council group's release, 2012)
    ("Councillor Jane Doe, Leader of the Labour group responds to the news that a councillor has been expelled.",
     "Jane Doe"),
    ("The report comments on the rise in costs.", None),
    # ... but not a body's or a group's, nor a verb of another kind
    ("The Treasury was speaking to employers about the plan.", None),
    ("Ministers were discussing the plan with employers.", None),
    ("The Chancellor was visiting a factory in Birmingham.", None),
])
def test_leads_reporting_speech(line, who):
    from quotes.attribution import reported_speech_attribution

    att = reported_speech_attribution(line)
    if who is None:
        assert att is None
    else:
        assert att is not None and who in (att.subject.name, att.subject.role)


@pytest.mark.parametrize("line, speaks", [
    ("She praised the staff. The Chancellor went on to call for other firms to follow the centre’s lead:", True),
    ("She stressed the need for more apprenticeships:", True),
    # someone else, whose words may follow; a list; a group; a body
    ("The Chancellor spoke to an apprentice at the centre:", False),
    ("The Chancellor highlighted the work of Amy Smith, an apprentice at the centre:", False),
    ("The Chancellor highlighted the following:", False),
    ("Ministers stressed the need for more apprenticeships:", False),
    ("The Treasury stressed the need for more apprenticeships:", False),
    # another's text, a person's or a group's noun, a person's possessive: their words may follow
    ("She highlighted a letter from one parent in the city:", False),
    ("She pointed to the victim’s statement:", False),
    ("She stressed the plight of the families:", False),
    ("She highlighted the minister’s record on jobs:", False),
    ("She highlighted Jane Doe’s record on jobs:", False),
    # ... not a country's or a body's possessive, nor a report welcomed
    ("The Chancellor went on to call for other countries to follow the UK’s lead:", True),
    ("The Minister welcomed the report:", True),
])
def test_a_lead_before_words_without_marks_in_the_speakers_own_person(line, speaks):
    from quotes.attribution import lead_colon_own_words

    assert (lead_colon_own_words(line) is not None) is speaks


@pytest.mark.parametrize("text, who, quote", [
    # a person reported as saying something, a colon, then their own words in marks, in one sentence
    ("Mr Roe said some firms, especially the largest, would be asked to pay more in the years ahead: "
     "“But in return we can promise them a fair plan for growth.”", ("Roe", None),
     "But in return we can promise them a fair plan for growth."),
    ("The Prime Minister warned that the threat remained: “We cannot be complacent about what lies ahead.”",
     (None, "Prime Minister"), "We cannot be complacent about what lies ahead."),
    # an apostrophe or a decimal point in the reported words ends no sentence
    ("Mr Roe said the UK’s finances were strong: “But in return we can promise them a fair plan for growth.”",
     ("Roe", None), "But in return we can promise them a fair plan for growth."),
    ("Jane Doe said £1.5 billion would go to schools: “Every pupil will feel the difference by the autumn.”",
     ("Jane Doe", None), "Every pupil will feel the difference by the autumn."),
    # the closing mark before the stop closes the quotation as well
    ("Mr Roe said the plan was fair: “In return we can promise them a fair plan for growth”.",
     ("Roe", None), "In return we can promise them a fair plan for growth"),
    # a document, a group, or reported words that end their sentence before the colon: no one
    ("The report said the figures were clear: “Crime has fallen in every region this year.”", None, None),
    ("Ministers said the plan was ready: “We will act now to cut waiting lists.”", None, None),
    ("Jane Doe said the plan was ready. Details follow: “Phase one begins in May with new clinics.”", None, None),
    # ... nor a quotation that opens before the colon: the words in marks there are a term, not the speaker's
    ("Jane Doe said the ‘clinic deal’ was ready: “Phase one begins in May with new clinics.”", None, None),
])
def test_reported_speech_then_a_colon_and_the_speakers_words(text, who, quote):
    found = find_attribution(text)
    if who is None:
        assert found is None
    else:
        assert (found.subject.name, found.subject.role, found.quote) == (*who, quote)


def test_reported_speech_then_a_colon_and_a_quotation_left_open():
    # a British quotation that runs on into the next paragraph
    found = find_attribution("Mr Roe said the plan was fair: “In return we can promise them a fair plan for growth.")
    assert (found.subject.name, found.quote, found.open_ended) == (
        "Roe", "In return we can promise them a fair plan for growth.", True)


@pytest.mark.parametrize("text, quote", [
    # a quotation closed at its own mark mid-sentence: the narration after it, and a later fragment, are no part of it
    ("At a meeting in Geneva on 3 March, Jane Doe said that “plans to invest in roads and rail are justified by the "
     "evidence” and welcomed the council’s efforts “to support new businesses”.",
     "plans to invest in roads and rail are justified by the evidence"),
    # ... a phrase quoted inside the quotation does not close it, nor does the stop after the closing mark
    ("Jane Doe said: “We call it “levelling up”, and it works for every town.”",
     "We call it “levelling up”, and it works for every town."),
    ("Jane Doe said: “This is a good day for the country and for every family in it”.",
     "This is a good day for the country and for every family in it"),
])
def test_an_inline_quotation_ends_at_its_own_closing_mark(text, quote):
    assert find_attribution(text).quote == quote


@pytest.mark.parametrize("line, name, role, org", [
    # a member's ward, area or party in brackets after the name is neither a name nor a body (WLGA, 2020 form)
    ("Councillor Jane Doe (Flintshire), WLGA Education Spokesperson said:", "Jane Doe", "Education Spokesperson",
     "WLGA"),
    ("Cllr Jane Doe (Lab, Newport East), WLGA Spokesperson for Housing, said:", "Jane Doe",
     "Spokesperson for Housing", "WLGA"),
    ("Jane Doe (Rhondda Cynon Taf), WLGA Leader, said:", "Jane Doe", "Leader", "WLGA"),
    # ... but a body's name in the brackets is the body
    ("Jane Doe (Acme Trust), Chief Executive, said:", "Jane Doe", "Chief Executive", "Acme Trust"),
    # a body's name, then a title whose "of" names its area of work (Electoral Commission, 2023 form)
    ("Jane Doe, Electoral Commission Director of Political Finance and Regulation, said:", "Jane Doe",
     "Director of Political Finance and Regulation", "Electoral Commission"),
    ("Jane Doe, Ofgem Director of Retail, said:", "Jane Doe", "Director of Retail", "Ofgem"),
    # ... not a title's own words before its head word (DfT, 2012)
    ("Jane Doe, Group Retail Director of Acme's, said:", "Jane Doe", "Group Retail Director", "Acme's"),
    # a body's board after the body's possessive is the body's (The Reading Agency, 2019)
    ("Jane Doe, Chair of The Acme Agency’s Board of Trustees says:", "Jane Doe", "Chair", "Acme Agency"),
    ("Jane Doe, Chair of the National Police Chiefs’ Council, said:", "Jane Doe", "Chair",
     "National Police Chiefs’ Council"),
    # a place joined to "-born" or "-based" describes the person: no name's word, no body
    ("Laois-born Jane Doe said:", "Jane Doe", "Laois-born", None),
    ("London-based campaigner Jane Doe said:", "Jane Doe", "London-based campaigner", None),
    # "Party" before a party's post is no party's name
    ("Party leader Jane Doe MP said:", "Jane Doe", "Party leader", None),
])
def test_brackets_after_a_name_bodies_before_titles_and_descriptions(line, name, role, org):
    assert name_role_org(line) == (name, role, org)


@pytest.mark.parametrize("text, who", [
    # the one told is no speaker: the agent after "by" is, when one person is named (Scottish Conservatives, 2018)
    ("He was told by officials: “Officials spoke to the retailer to seek clarity on the labels.”", None),
    ("He was told by the Chief Executive of Acme, Jane Doe: “We spoke to the retailer about the labels.”",
     "Jane Doe"),
    ("The audience was told by Health Secretary Jane Doe: “We will act on this now.”", "Jane Doe"),
])
def test_a_passive_before_an_inline_quotation(text, who):
    found = find_attribution(text)
    assert (found.subject.name if found else None) == who


@pytest.mark.parametrize("line, role, org", [
    # a post in a party's group keeps the group in the title; the body it sits on is the body (WLGA, 2023 form)
    ("Councillor Jane Doe, WLGA Plaid Cymru Group Leader:", "Plaid Cymru Group Leader", "WLGA"),
    ("Cllr Jane Doe, Leader of the Conservative Group on Acme Council, said:", "Leader of the Conservative Group",
     "Acme Council"),
    ("Councillor Jane Doe, Labour Group Deputy Leader, said:", "Labour Group Deputy Leader", None),
    # ... not a company named "Group"
    ("Jane Doe, Acme Group Chief Executive, said:", "Chief Executive", "Acme Group"),
])
def test_a_post_in_a_partys_group(line, role, org):
    subject = find_attribution(line).subject
    assert (subject.name, subject.role, subject.organisation) == ("Jane Doe", role, org)


@pytest.mark.parametrize("line, name, role, org", [
    # a title written in lower case, then "for" and the body (Brake, Anglian Water, The Wildlife Trusts forms)
    ("Jane Doe, campaigns director for ABC, said:", "Jane Doe", "campaigns director", "ABC"),
    ("Jane Doe, spokesperson for Acme Water, said:", "Jane Doe", "spokesperson", "Acme Water"),
    # ... not a place or a field ("manager for Yorkshire", "clinical director for Cancer")
    ("Jane Doe, manager for Yorkshire, said:", "Jane Doe", "manager for Yorkshire", None),
    ("Jane Doe, national clinical director for Stroke, said:", "Jane Doe", "national clinical director for Stroke",
     None),
    ("Jane Doe, head of A Living Landscape for The Acme Trusts, said:", "Jane Doe", "head of A Living Landscape",
     "Acme Trusts"),
    # ... not a unit's name that "for" belongs to
    ("Jane Doe, head of Mission Control for Clean Power 2030, said:", "Jane Doe",
     "head of Mission Control for Clean Power 2030", None),
    # a two-word title after words of an area is no body's ("Environment Management | Team Leader")
    ("Jane Doe, Environment Management Team Leader, said:", "Jane Doe", "Environment Management Team Leader", None),
    # words of an area before a title, then the name after a comma, are no name (Environment Agency, 2010 form)
    ("Flood Risk Manager, Jane Doe, says:", "Jane Doe", "Flood Risk Manager", None),
    # a body's initials, then an area of work, then the title
    ("Jane Doe, RSPB Conservation Director, said:", "Jane Doe", "Conservation Director", "RSPB"),
    # the subject of "welcomed ... and said:" is the person, not the whole first predicate (Open University, 2015)
    ("Jane Doe, Vice-Chancellor of The Acme University welcomed the publication of the Green Paper and said:",
     "Jane Doe", "Vice-Chancellor", "Acme University"),
    # a long lead-in before the person goes before the subject's length is judged (Russell Group, 2023)
    ("In response to the report published by Universities UK International (UUKi), the Higher Education Policy "
     "Institute (HEPI) and Acme International on the costs and benefits of international higher education students "
     "to the UK published today (16 May 2023), Dr Jane Doe, Chief Executive of the Acme Group, said:", "Jane Doe",
     "Chief Executive", "Acme Group"),
])
def test_titles_for_bodies_areas_and_long_leads(line, name, role, org):
    assert name_role_org(line) == (name, role, org)


@pytest.mark.parametrize("text, name", [
    # "told" a publication, then a comma and the words (University of Glasgow, 2012 form)
    ("Professor Jane Doe, Vice-Principal Learning and Teaching told Campus E-News, “This is very welcome publicity "
     "for the tremendous work that goes on.”", "Jane Doe"),
    # a semicolon before the words (RSPB, 2012 form)
    ("Jane Doe, Acme Conservation Director, says; 'If woodlands are healthy then they are one of our greatest "
     "natural assets.'", "Jane Doe"),
])
def test_inline_quotation_after_told_or_a_semicolon(text, name):
    found = find_attribution(text)
    assert found is not None and found.subject.name == name


def test_a_pronoun_after_and_is_the_subject():
    found = find_attribution("This visit was his first chance to see the port since becoming the Maritime Minister "
                             "and he said: “It is great to see how the port operates.”")
    assert (found.subject.reference, found.subject.honorific) == ("pronoun", "he")


@pytest.mark.parametrize("line, name, role", [
    # a joint statement's heading with a colon names the first of its authors (IoD, 2021 form)
    ("Joint statement from Jane Doe, acting Chairman of the Board and John Roe, Director General:", "Jane Doe",
     "acting Chairman of the Board"),
    ("Joint statement from Jane Doe, Chief Executive, and John Roe, Chair:", "Jane Doe", "Chief Executive"),
])
def test_a_joint_statements_heading_names_its_first_author(line, name, role):
    subject = find_attribution(line).subject
    assert (subject.name, subject.role) == (name, role)


@pytest.mark.parametrize("line, name, role, org", [
    # a comment's heading in the present tense names its author (CBI, ASCL, JRF forms)
    ("Jane Doe, ABC Lead Economist, responds to last GDP data", "Jane Doe", "Lead Economist", "ABC"),
    ("Jane Doe, General Secretary of the Acme Association, comments on the publication today of the results in "
     "England.", "Jane Doe", "General Secretary", "Acme Association"),
    # ... or in the past tense, standing without a stop (LGA form)
    ("Cllr Jane Doe, Chairman of the Acme People and Places Board, responded to the announcement of projects "
     "awarded in the second round of funding", "Jane Doe", "Chairman", "Acme People and Places Board"),
    # a title in lower case, then the person, after a lead-in (NHS Providers form)
    ("Responding to the speech, the deputy chief executive of Acme Providers, Jane Doe said:", "Jane Doe",
     "deputy chief executive", "Acme Providers"),
    # a participle before a description is no body
    ("Armed forces champion Cllr Jane Doe said:", "Jane Doe", "Armed forces champion", None),
])
def test_comment_headings_and_titles_after_lead_ins(line, name, role, org):
    assert name_role_org(line) == (name, role, org)


@pytest.mark.parametrize("line", [
    "The Acme Trust responds to the consultation",  # a body, no person
    "Jane Doe responds to critics of the plan",  # a name with no title
    # in the past tense with a stop: a sentence of narration, whatever follows it
    "Jane Doe, Acme Chair, responded to the report.",
    "Station Manager Jane Doe responded to 300 incidents last year.",
])
def test_a_comment_heading_needs_a_titled_author(line):
    assert find_attribution(line) is None


@pytest.mark.parametrize("line, name, role, org", [
    # a subject's word before "Justice" keeps it in the title ("Cabinet Secretary for Social Justice")
    ("Cabinet Secretary for Social Justice Jane Doe said:", "Jane Doe", "Cabinet Secretary for Social Justice", None),
    # ... while an honorific after a subject is still one
    ("Minister for Health Dr Jane Doe said:", "Jane Doe", "Minister for Health", None),
    # a lead-in's comma, then a title in lower case with its body, then the person (Action for Children form)
    ("In response to the Commissioner’s annual Stability Index, head of policy and research at Acme for Children, "
     "Jane Doe, said:", "Jane Doe", "head of policy and research", "Acme for Children"),
    # a lead-in's one verb with no comma before the name (Citizens Advice Scotland form)
    ("Commenting Jane Doe, Head of Policy at Acme Advice, said,", "Jane Doe", "Head of Policy", "Acme Advice"),
    # a body named after a saint keeps its possessive (St Mungo's form)
    ("Jane Doe, St Acme’s Executive Director of Strategy, said:", "Jane Doe", "Executive Director of Strategy",
     "St Acme’s"),
    # "A message from ..." heads the words of the person it names (Homeless Link form)
    ("A message from Acme Link CEO Jane Doe, to the homelessness sector:", "Jane Doe", "CEO", "Acme Link"),
])
def test_lead_ins_subjects_and_possessives_of_titles(line, name, role, org):
    assert name_role_org(line) == (name, role, org)


@pytest.mark.parametrize("line, name, role, org", [
    # an age in brackets after a first name (Action for Children form)
    ("Geraint (aged 18), a member of the Acme Youth Panel, said:", "Geraint", "member of the Acme Youth Panel", None),
    # "our" title after a lead-in is the publisher's (resolved later): marked as the release's own body
    ("Speaking to Channel 4 news, our director of development Jane Doe, said:", "Jane Doe", "director of development",
     "our"),
    # a comment's heading with a participle after the titled name (Citizens Advice form)
    ("Dame Jane Doe, Chief Executive of Acme Advice, responding to the chancellor's Spring Statement", "Jane Doe",
     "Chief Executive", "Acme Advice"),
])
def test_ages_our_titles_and_responding_headings(line, name, role, org):
    assert name_role_org(line) == (name, role, org)


def test_a_participle_inside_a_sentence_heads_no_comment():
    assert find_attribution("The report, responding to concerns, sets out plans.") is None


@pytest.mark.parametrize("line, name, role, org", [
    # a place's "-based" before a body is the body's description; a place ending in s keeps no possessive; "and
    # she" after a clause whose subject is named is that subject
    ("Cambridge-based Acme Therapeutics chief executive Jane Doe said:", "Jane Doe", "chief executive",
     "Acme Therapeutics"),
    ("Jane Doe, St Helens’s Director of Public Health, said:", "Jane Doe", "Director of Public Health", "St Helens"),
    ("Maritime Minister Jane Doe met port staff and their families and she said:", "Jane Doe", "Maritime Minister",
     None),
])
def test_descriptions_places_and_a_clauses_own_subject(line, name, role, org):
    assert name_role_org(line) == (name, role, org)


@pytest.mark.parametrize("line", [
    # a sentence of narration about responding is no comment's heading (a relative clause or an age in the subject)
    "Station Manager Jane Doe, who leads the Acme crew, responds to around 300 incidents each year.",
    "Crew Manager Jane Doe, 34, responds to calls across the county.",
])
def test_narration_about_responding_is_no_comment_heading(line):
    assert find_attribution(line) is None


@pytest.mark.parametrize("line, name", [
    # reported speech that lost its stop is no attribution line (Welsh Government, 2017 form)
    ("Wales continues to punch above its weight when attracting inward investors to the country, Cabinet Secretary "
     "for Economy Jane Doe said today", None),
    # ... while a line that lost its colon still is, after a lead-in too
    ("Rail Minister Jane Doe said", "Jane Doe"),
    ("Commenting on the figures published today by the department, Jane Doe said", "Jane Doe"),
])
def test_reported_speech_without_its_stop_is_no_line(line, name):
    found = find_attribution(line)
    assert (found.subject.name if found else None) == name



@pytest.mark.parametrize("line", [
    "The minister said the plan would work.",  # reported speech closes with its stop
    "Last year the council issued the following statement in reply to residents.",  # no one named
    "Jane Doe has issued a statement.",  # a statement told of, none given
])
def test_a_stop_closes_no_statement_without_a_named_giver(line):
    assert find_attribution(line) is None


@pytest.mark.parametrize("line, name, role, org", [
    # a titled person and nothing else, by comma or bar (a housing institute, 2020; a London borough, 2019)
    ("Jane Doe | Acme chief executive", "Jane Doe", "chief executive", "Acme"),
    ("Jane Doe, Chief Executive, Acme Trust", "Jane Doe", "Chief Executive", "Acme Trust"),
    ("Councillor Jane Doe, cabinet member for children", "Jane Doe", "cabinet member for children", None),
])
def test_a_byline_names_a_titled_person(line, name, role, org):
    att = byline(line)
    assert (att.rule, att.subject.name, att.subject.role, att.subject.organisation) == ("byline", name, role, org)


@pytest.mark.parametrize("line", [
    "Jane Doe",  # no title
    "Notes to editors",
    "Chief Executive",  # no name
    "Jane Doe said",  # a verb: a line of its own kind
    "Jane Doe, Press Officer, 01234 567890",  # a contact
    "Funding for schools in Acme County",
    "Acme Trust welcomes Budget",
])
def test_a_line_that_is_no_byline(line):
    assert byline(line) is None



@pytest.mark.parametrize("text, name, role, quote", [
    # the verb first, then the subject and the words in marks (a party's release, 2023)
    ("Said the Foyle MLA: “It is extremely concerning that two officers have been arrested.”", None, "Foyle MLA",
     "It is extremely concerning that two officers have been arrested."),
    ("Says Jane Doe, Chief Executive: “We are delighted with the result today.”", "Jane Doe", "Chief Executive",
     "We are delighted with the result today."),
    # a verb in the present tense before the words (a police force's appeal, 2019)
    ("Police Constable Jane Doe, who is the investigating officer, states \"This type of behaviour will not be "
     "tolerated.\"", "Jane Doe", "Police Constable", "This type of behaviour will not be tolerated."),
])
def test_verb_first_and_present_tense_inline_quotations(text, name, role, quote):
    att = find_attribution(text)
    assert (att.rule, att.subject.name, att.subject.role, att.quote) == ("inline-after", name, role, quote)


def test_verb_first_inline_keeps_the_line_as_written():
    att = find_attribution("Said the Foyle MLA: “It is extremely concerning that two officers have been arrested.”")
    assert att.text == "Said the Foyle MLA:"


def test_added_to_that_is_no_verb_first_inline():
    assert find_attribution("Added to that: “we will act on it now and in the future.”") is None



@pytest.mark.parametrize("text, rule, name, role, quote", [
    # a titled person, a colon and the words, with no verb (an aid charity's round-up, 2021)
    ("Jane Doe, Executive Director at the Acme Cross: “We are deeply worried about the situation in the region.”",
     "name-colon", "Jane Doe", "Executive Director", "We are deeply worried about the situation in the region."),
    # a space typed after the opening mark (a lottery fund's release, 2003)
    ("Jane Doe, Executive Director, Acme UK said:\" Project Hope will change lives in the city.\"",
     "inline-after", "Jane Doe", "Executive Director", "Project Hope will change lives in the city."),
])
def test_name_colon_inline_and_a_spaced_opening_mark(text, rule, name, role, quote):
    att = find_attribution(text)
    assert (att.rule, att.subject.name, att.subject.role, att.quote) == (rule, name, role, quote)


@pytest.mark.parametrize("text", [
    "Background: “The scheme was launched in 2010 to help families.”",  # no one named
    "Notes to editors: \"All figures are provisional.\"",
    "Jane Doe: “We will act now on this matter.”",  # a name with no title
])
def test_a_colon_before_marks_without_a_titled_person_is_no_attribution(text):
    assert find_attribution(text) is None



@pytest.mark.parametrize("text, name, role, quote", [
    # the verb first and a comma (a company's results, 2008); a credit with no comma before its verb (a science
    # centre, 2024)
    ("Said Knight, “The Group continues to be focused on getting technology to market.”", "Knight", None,
     "The Group continues to be focused on getting technology to market."),
    ("“We are pleased to be announcing this key investment today.”, Dr Jane Doe, Deputy Director for Innovation, "
     "ACME commented.", "Jane Doe", "Deputy Director for Innovation",
     "We are pleased to be announcing this key investment today."),
])
def test_verb_first_with_a_comma_and_a_credit_without_one(text, name, role, quote):
    att = find_attribution(text)
    assert (att.subject.name, att.subject.role, att.quote) == (name, role, quote)
    assert not att.text.startswith(",")


@pytest.mark.parametrize("line, name, rank", [
    ("Lieut-Colonel Jane Doe said:", "Jane Doe", "Lieut-Colonel"),
    ("Major-General Jane Doe said:", "Jane Doe", "Major-General"),
])
def test_hyphenated_ranks_leave_the_name(line, name, rank):
    att = find_attribution(line)
    assert (att.subject.name, att.subject.rank) == (name, rank)



def test_a_shows_name_after_today_is_no_time_before_the_subject():
    name, role, _ = name_role_org("Today Programme presenter Jane Doe said:")
    assert name == "Jane Doe" and role != "Programme presenter"


def test_a_place_after_a_title_and_a_name_is_no_body():
    assert name_role_org("Campaigner Jane Doe from Leeds said:")[2] != "Leeds"


@pytest.mark.parametrize("line, name, role, org", [
    # a statement given, its sentence closed by a stop (COSLA, 2023), or called a reply or an address (Barnardo's,
    # 2024; a district council, 2020)
    ("The COSLA President Councillor Jane Doe issued the following statement.", "Jane Doe", "President", "COSLA"),
    ("Acme chief executive Jane Doe has given this reply:", "Jane Doe", "chief executive", "Acme"),
    ("Jane Doe, Chief Executive of Acme District Council, made the following address to all councillors:",
     "Jane Doe", "Chief Executive", "Acme District Council"),
    # a time phrase with no comma after it opens the sentence before the subject
    ("On Wednesday 15 July Jane Doe, Chief Executive of Acme District Council, made the following address:",
     "Jane Doe", "Chief Executive", "Acme District Council"),
    ("Yesterday Jane Doe, Chief Executive of the Acme Trust, said:", "Jane Doe", "Chief Executive", "Acme Trust"),
    ("On 3 May Transport Secretary Jane Doe said:", "Jane Doe", "Transport Secretary", None),
    # a day in brackets inside a lead-in with no comma; initials in brackets there end no lead-in
    ("Following a meeting of Council Leaders today (Friday) the COSLA President Councillor Jane Doe issued the "
     "following statement.", "Jane Doe", "President", "COSLA"),
    ("On the work of the Director General of the Organisation for the Prohibition of Chemical Weapons (OPCW) John "
     "Roe, Defence Minister Jane Doe added:", "Jane Doe", "Defence Minister", None),
    # a title, a full name, then the body the person is from (coastguard and company releases)
    ("Watch Officer Jane Doe of Northtown Coastguard said:", "Jane Doe", "Watch Officer", "Northtown Coastguard"),
    ("Chief Executive Jane Doe of the Acme Trust said:", "Jane Doe", "Chief Executive", "Acme Trust"),
    ("Minister Jane Doe from the Department for Transport said:", "Jane Doe", "Minister", "Department for Transport"),
    # watch and duty titles, organisers and coxswains (a coastguard's, a union's and a lifeboat's releases)
    ("Northtown Coastguard Watch Officer Jane Doe said:", "Jane Doe", "Watch Officer", "Northtown Coastguard"),
    ("HM Coastguard Duty Controller Jane Doe said:", "Jane Doe", "Duty Controller", "HM Coastguard"),
    ("Jane Doe, ACME's organiser in Scotland, said:", "Jane Doe", "organiser in Scotland", "ACME"),
    ("Lifeboat Coxswain Jane Doe said:", "Jane Doe", "Lifeboat Coxswain", None),
    # a lead-in whose object holds a full name's worth of capitals, then the person set off by commas (an aid
    # charity, 2019); a department's own comma inside a lead-in (a department, 2000)
    ("Launching the new Humanitarian Emergency Fund, Jane Doe, Head of Fundraising for Acme Scotland, said:",
     "Jane Doe", "Head of Fundraising for Acme Scotland", None),
    ("Publishing the Annual Report for the Department of the Environment, Transport and the Regions, Mr Doe said:",
     "Doe", None, None),
    # a function's head "of" a nation's area, after a body's initials (a labour regulator, 2021)
    ("GLAA Head of UK Operations Jane Doe said:", "Jane Doe", "Head of UK Operations", "GLAA"),
    ("NCA Senior Investigating Officer Jane Doe said:", "Jane Doe", "Senior Investigating Officer", "NCA"),
    # "UK" before a body's name after a head's title stays a body
    ("Jane Doe, Chief Executive of UK Sport, said:", "Jane Doe", "Chief Executive", "UK Sport"),
    # a wire service's dateline before the line (a union's release on a wire, 2008)
    ("LONDON, UNITED KINGDOM--(Marketwire - Dec. 16, 2008) - Commenting on the report, ABC gen sec Jane Doe said "
     "today:", "Jane Doe", "gen sec", "ABC"),
    ("LONDON--(BUSINESS WIRE)--Jane Doe, CEO of Acme, said:", "Jane Doe", "CEO", "Acme"),
    # a member's letters set off after a titled name are no body (an assembly committee, 2019)
    ("Chairperson Jane Doe, MLA said:", "Jane Doe", "Chairperson", None),
    # a lead-in's one verb before a bare name (an MP's release, 2023); "My colleague" before a title (an MSP's,
    # 2019); the Scots "Depute" (a council's, 2018)
    ("Commenting Jane Doe said:", "Jane Doe", None, None),
    ("My colleague, SNP MSP Jane Doe, added:", "Jane Doe", "MSP", "SNP"),
    ("Depute Council Leader Jane Doe said:", "Jane Doe", "Depute Council Leader", None),
    # a body named "Watch", a short "Lieut" before a rank's word, "Head of UK Sport"
    ("Human Rights Watch director Jane Doe said:", "Jane Doe", "director", "Human Rights Watch"),
    ("Lieut Commander Jane Doe said:", "Jane Doe", "Lieut Commander", None),
    ("Jane Doe, Head of UK Sport, said:", "Jane Doe", "Head", "UK Sport"),
    # the guards keep what the rules were for: a post's body after "from", a body after a time, a function's
    # area after a nation's qualifier, a bare "Lieut"
    ("Chief Executive Jane Doe from Shelter said:", "Jane Doe", "Chief Executive", "Shelter"),
    ("Chairman John Roe of Tesco said:", "John Roe", "Chairman", "Tesco"),
    ("Campaigner Jane Doe from Leeds said:", "Jane Doe", "Campaigner", None),
    ("Yesterday Northtown Council said:", None, None, "Northtown Council"),
    ("Jane Doe, Head of UK Operations, said:", "Jane Doe", "Head of UK Operations", None),
    ("Lieut Jane Doe said:", "Jane Doe", "Lieut", None),
])
def test_real_lines_name_role_and_organisation(line, name, role, org):
    """Attribution lines of real forms (names invented): the speaker, role and organisation they parse into."""
    assert name_role_org(line) == (name, role, org)
