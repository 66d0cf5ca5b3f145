"""Whole releases in, quotes out: extent, references, organisations, inline quotes."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes import extract
from quotes.pipeline import bundled_corpus
from quotes.extract import names_in_run

from conftest import dump, release


@pytest.fixture(scope="module")
def bundled_quotes():
    return extract(bundled_corpus().read_text(encoding="utf-8"), "home-office-2025-01-02.txt")


def by_attribution(quotes, attribution):
    found = [q for q in quotes if q.attribution == attribution]
    assert found, f"no quote with attribution {attribution!r}"
    return found


def test_bundled_corpus_quote_fields(bundled_quotes):
    assert len(bundled_quotes) == 30
    q = by_attribution(bundled_quotes, "Home Secretary Yvette Cooper said:")[0]
    assert (q.speaker, q.role, q.organisation) == ("Yvette Cooper", "Home Secretary", "Home Office")
    assert q.date == dt.date(2025, 2, 6) and q.publisher == "Home Office"
    assert q.title == "Home Secretary hosts summit on mobile phone theft"
    assert q.source.file == "home-office-2025-01-02.txt" and q.source.release == 1
    assert q.rule == "said-colon" and q.inline is False and q.complete is True
    assert q.text == "\n\n".join(q.paragraphs)
    # The quote stops where the press office's narration resumes.
    assert len(q.paragraphs) == 3
    assert q.paragraphs[-1].startswith("At the same time, this government is doubling")
    assert not any("The commitment follows" in p for p in q.paragraphs)


def test_names_are_clean_and_organisations_written_out(bundled_quotes):
    dj = by_attribution(bundled_quotes, "Policing Minister Dame Diana Johnson said:")[0]
    assert dj.speaker == "Diana Johnson" and dj.organisation == "Home Office"
    iwf = by_attribution(bundled_quotes, "Interim Chief Executive of the IWF, Derek Ray-Hill, said:")[0]
    assert iwf.organisation == "Internet Watch Foundation"  # "The Internet Watch Foundation (IWF)" in the release
    kyle = by_attribution(bundled_quotes, "Technology Secretary, Peter Kyle said:")[0]
    assert kyle.organisation == "Department for Science, Innovation and Technology"
    nature = by_attribution(bundled_quotes, "Minister for Nature, Mary Creagh said:")[0]
    assert nature.organisation == "Department for Environment, Food and Rural Affairs"
    pm = by_attribution(bundled_quotes, "Prime Minister Keir Starmer said:")[0]
    assert pm.organisation == "Prime Minister's Office, 10 Downing Street"
    blyth = by_attribution(bundled_quotes,
                           "T/CC Maggie Blyth, National Police Chief’s Council lead for Violence Against Women and Girls said:")[0]
    assert blyth.speaker == "Maggie Blyth"
    kidron = by_attribution(bundled_quotes, "Crossbench Peer and Chair of 5Rights Foundation, Baroness Kidron said:")[0]
    assert kidron.speaker == "Baroness Kidron"


def test_quote_ending_at_next_attribution_and_at_end_of_release(bundled_quotes):
    khan = by_attribution(bundled_quotes, "The Mayor of London, Sadiq Khan, said:")[0]
    assert len(khan.paragraphs) == 3 and khan.paragraphs[0].startswith("I’m really pleased")
    last = by_attribution(bundled_quotes, "Harvinder Saimbhi, ASB Help CEO said:")[0]
    assert last.paragraphs[-1].startswith("We therefore welcome the government’s response")


SUMMIT = [
    "The Home Secretary brought together police leaders today.",
    "Home Secretary Yvette Cooper said:",
    "We will not stand by while organised gangs make our high streets feel unsafe.",
    "I brought together tech companies and law enforcement today to pursue stronger action.",
    "She added:",
    "This is only the start, and we will meet again in three months.",
    "The summit follows figures published last week showing a 43% rise in snatch theft.",
    "Notes to editors",
    "• The summit took place at the Home Office.",
]


def test_he_added_resolves_to_the_person_named_earlier():
    quotes = extract(dump(release("Summit on phone theft", SUMMIT)), "t.txt")
    assert [q.attribution for q in quotes] == ["Home Secretary Yvette Cooper said:", "She added:"]
    added = quotes[1]
    assert (added.speaker, added.role, added.organisation) == ("Yvette Cooper", "Home Secretary", "Home Office")
    # Narration resumes after the added quote: statistics in the third person.
    assert added.paragraphs == ["This is only the start, and we will meet again in three months."]
    assert quotes[0].paragraphs == SUMMIT[2:4]


def test_role_and_surname_references_resolve_within_the_release():
    body = [
        "Transport Secretary Patrick McLoughlin today cancelled the competition.",
        "Mr McLoughlin said:",
        "I have had to cancel the competition because of deeply regrettable mistakes.",
        "The Transport Secretary added:",
        "We will make sure passengers are not affected while the reviews take place.",
    ]
    quotes = extract(dump(release("Competition cancelled", body, publisher="the Department for Transport")), "t.txt")
    assert [(q.speaker, q.role, q.organisation) for q in quotes] == [
        ("Patrick McLoughlin", "Transport Secretary", "Department for Transport"),
        ("Patrick McLoughlin", "Transport Secretary", "Department for Transport"),
    ]


def test_people_listed_with_commas_keep_their_own_roles():
    # Real form (DfT, 2010): two office holders named in one sentence, each set off by commas.
    body = [
        "Communities Secretary, Eric Pickles, and Transport Secretary, Philip Hammond, have written to councils.",
        "Eric Pickles said:",
        "Too many of our streets are cluttered with signs that nobody reads.",
        "Philip Hammond said:",
        "I want councils to take down the signs that do nothing for road safety.",
    ]
    quotes = extract(dump(release("Clutter", body, date="26 August 2010",
                                  publisher="the Department for Transport")), "t.txt")
    assert [(q.speaker, q.role) for q in quotes] == [
        ("Eric Pickles", "Communities Secretary"), ("Philip Hammond", "Transport Secretary")]


@pytest.mark.parametrize("mention, reference, speaker, role, organisation", [
    # a surname of two words after "Mr"
    ("Work and Pensions Secretary Iain Duncan Smith today announced a new scheme.", "Mr Duncan Smith said:",
     "Iain Duncan Smith", "Work and Pensions Secretary", "Department for Work and Pensions"),
    # a peer named short after the full title, with the office written after the name
    ("Baroness Williams of Trafford, Minister for Countering Extremism, visited the project.",
     "Baroness Williams said:", "Baroness Williams of Trafford", "Minister for Countering Extremism", "Home Office"),
    # a role and body written after the name earlier
    ("Jane Doe, Chief Executive of the Acme Trust, opened the new centre.", "Ms Doe said:",
     "Jane Doe", "Chief Executive", "Acme Trust"),
    ("NCA Director General Graeme Biggar opened the new centre.", "Graeme Biggar said:",
     "Graeme Biggar", "Director General", "National Crime Agency"),
    # a given name written short (real form, DfT 2012)
    ("Douglas Oakervee has been appointed as the new chair of HS2 Ltd, the company set up to build the line.",
     "Doug Oakervee said:", "Doug Oakervee", "chair", "HS2 Ltd"),
    # a party title before the name
    ("Local MP Jane Smith welcomed the new station.", "Jane Smith said:", "Jane Smith", "Local MP", None),
    # a role and its body written after the name, between commas
    ("Jane Doe, Head of Policy, Age UK, welcomed the plan.", "Jane Doe said:", "Jane Doe", "Head of Policy",
     "Age UK"),
    # the end of a list before the name holds no title (real form, DfT 2012)
    ("Rail Minister Theresa Villiers visited the new entrance today.",
     "Visiting the site with co-funders Metro, Theresa Villiers said:", "Theresa Villiers", "Rail Minister",
     "Department for Transport"),
])
def test_short_forms_take_the_name_role_and_body_of_the_first_mention(mention, reference, speaker, role,
                                                                      organisation):
    body = [mention, reference, "This will change lives for families across the country for years to come."]
    (quote,) = extract(dump(release("Short forms", body, date="12 March 2019")), "t.txt")
    assert (quote.speaker, quote.role, quote.organisation) == (speaker, role, organisation)


@pytest.mark.parametrize("mention, speaker", [
    # a peer styled "Professor the Lord": the article is the style's, no role; the short form named again in
    # between takes the full style
    ("The review will be led by Professor the Lord Darzi of Denham, a practising surgeon.", "Lord Darzi of Denham"),
    ("The review will be led by Lord Darzi of Denham.", "Lord Darzi of Denham"),
    # a given name written before a surname is no peer's style
    ("The review will be led by Jane Darzi.", "Lord Darzi"),
])
def test_a_peer_named_short_takes_the_full_style(mention, speaker):
    body = [mention, "The Health Secretary said Lord Darzi’s review would report in September.", "Lord Darzi said:",
            "This will change lives for families across the country for years to come."]
    (quote,) = extract(dump(release("Peer", body, date="12 March 2019")), "t.txt")
    assert (quote.speaker, quote.role) == (speaker, None)


@pytest.mark.parametrize("before, line, speaker", [
    # a first name with a description is the person the release named in full, or stands alone
    ("Jane Jones, Chief Executive of Acme, welcomed the plans.", "Jones, who chairs the committee, said:",
     "Jane Jones"),
    ("Olena Petrenko, 34, arrived in March.", "Olena, who arrived in Leeds last month, said:", "Olena Petrenko"),
    ("The scheme opened in March.", "Olena, who arrived in Leeds last month, said:", "Olena"),
    ("The scheme opened in March.", "Mark, 45, who slept rough for two years, said:", "Mark"),
    ("Olena Petrenko, 34, arrived in March.", "Mother-of-two Olena said:", "Olena Petrenko"),
])
def test_a_first_name_described_is_the_person_named_in_full_before(before, line, speaker):
    body = [before, line, "We are delighted that the government has listened to the people we work with."]
    (quote,) = extract(dump(release("Case study", body, date="12 March 2019")), "t.txt")
    assert quote.speaker == speaker


@pytest.mark.parametrize("line", [
    # a group's relative clause, a body's, a clause's opening word: no one named
    "Residents, who have campaigned for years, said:",
    "Mind, who run the helpline, said:",
    "Tesco, which runs 3,000 stores, said:",
    "Overall, who knows, said:",
])
def test_a_word_before_a_groups_relative_clause_is_no_first_name(line):
    body = ["The scheme opened in March.", line, "We are delighted that the government has listened to us."]
    assert extract(dump(release("Case study", body, date="12 March 2019")), "t.txt") == []


@pytest.mark.parametrize("line, role, organisation", [
    # a judge's style is no rank of the publishing force's: the judge is not its officer
    ("Sentencing, Recorder Paul Dodds said:", "Recorder", None),
    ("Sentencing, His Honour Judge Andrew Lockhart said:", "His Honour Judge", None),
    ("Detective Constable Jane Doe said:", "Detective Constable", "Essex Police"),
])
def test_a_judges_style_in_a_police_release_is_not_the_forces(line, role, organisation):
    body = ["Two men were jailed at Chelmsford Crown Court.", line,
            "These offences caused great distress to the victims and their families."]
    (quote,) = extract(dump(release("Jailed", body, publisher="Essex Police", date="12 March 2019")), "t.txt")
    assert (quote.role, quote.organisation) == (role, organisation)


@pytest.mark.parametrize("before, line, role, organisation", [
    # a style that is also an office is the role when nothing else tells it
    ("The plans were welcomed across the region.", "Mayor Andy Burnham said:", "Mayor", None),
    ("The plans were welcomed across the region.", "Bishop John Smith said:", "Bishop", None),
    # the office the release gave the person comes first
    ("Mayor of Greater Manchester Andy Burnham welcomed the plans.", "Mayor Andy Burnham said:",
     "Mayor of Greater Manchester", "Greater Manchester Combined Authority"),
    # a courtesy title is no office
    ("The plans were welcomed across the region.", "Dr Jane Doe said:", None, None),
])
def test_a_style_that_is_an_office_is_the_role_when_nothing_else_is(before, line, role, organisation):
    body = [before, line, "This is great news for the region and we will deliver it with our partners."]
    (quote,) = extract(dump(release("Mayor", body, publisher="the Ministry of Housing, Communities and Local Government",
                                    date="12 March 2019")), "t.txt")
    assert (quote.role, quote.organisation) == (role, organisation)


@pytest.mark.parametrize("before, line, organisation", [
    # one word the release names as a body: after a body's kind, or as someone's body
    ("The plans were welcomed by the housing charity Shelter and by councils.", "Shelter said:", "Shelter"),
    ("Polly Neate, Chief Executive of Shelter, welcomed the plans.", "Shelter said:", "Shelter"),
    ("The homelessness charity Crisis welcomed the plans.", "In a statement, Crisis said:", "Crisis"),
    # a body known by its short name, named nowhere else in the release (DCMS, 2020)
    ("The government will legislate through a new Telecoms Security Bill.", "Ofcom said:", "Ofcom"),
    # a word whose title someone holds in the release
    ("The plans were welcomed by Google’s chief executive.", "Google said:", "Google"),
])
def test_one_word_the_release_names_as_a_body_speaks_as_the_body(before, line, organisation):
    body = [before, line, "We are delighted that the government has listened to the people we work with."]
    (quote,) = extract(dump(release("Body", body, date="12 March 2019")), "t.txt")
    assert (quote.speaker, quote.role, quote.organisation) == (None, None, organisation)


@pytest.mark.parametrize("before, line", [
    ("The plans were welcomed.", "Shelter said:"),  # a word the release names no body by
    ("Parents were asked about the plans.", "Parents said:"),
    ("Residents were consulted.", "Residents said:"),
    ("Ministers met Johnson’s new plan with caution.", "Johnson said:"),  # a possessive without a title
])
def test_one_word_the_release_names_no_body_by_is_nobody(before, line):
    body = [before, line, "We are delighted that the government has listened to the people we work with."]
    assert extract(dump(release("Body", body, date="12 March 2019")), "t.txt") == []


@pytest.mark.parametrize("before, line, speaker", [
    # a first name the narration introduced with an age is that person, in a block or an inline credit
    ("Amir, 22, from Birmingham, found a job through the scheme last month.", "Amir said:", "Amir"),
    ("Kelsey, 19, left school without any qualifications.",
     "“I never thought I would get a job this quickly,” Kelsey said.", "Kelsey"),
    # ... not a word the narration gave a count, nor a name met only later
    ("Parents, 1,200 of them, answered the survey.", "Parents said:", None),
    ("The scheme opened in March.", "Amir said:", None),
    # a first name the narration introduced with a description of one person, set off by dashes or commas
    ("This summer, Maria – a volunteer at a local food bank – became the first to finish the course.",
     "Speaking about the course, Maria said:", "Maria"),
    ("Tom, a keen cyclist, rode the new route on its first day.", "Tom said:", "Tom"),
    # ... not a body or a place described, nor someone met along the way
    ("Riverside, a charity in Leeds, runs the course.", "Riverside said:", None),
    ("Leeds, a city of 800,000 people, will host the course.", "Leeds said:", None),
    ("Volunteers met Maria, a nurse from Leeds, at the launch.", "Maria said:", None),
])
def test_a_first_name_introduced_with_an_age_or_a_description_speaks_later(before, line, speaker):
    body = [before, line, "I never thought I would get a job this quickly and the support was brilliant."]
    quotes = extract(dump(release("Jobs", body, date="12 March 2019")), "t.txt")
    assert [q.speaker for q in quotes] == ([speaker] if speaker else [])


@pytest.mark.parametrize("line, date, organisation", [
    # a department by its everyday name, dated like the offices
    ("A Downing Street spokesperson said:", "4 February 2025", "Prime Minister's Office, 10 Downing Street"),
    ("The Prime Minister's official spokesman said:", "4 February 2025",
     "Prime Minister's Office, 10 Downing Street"),
    ("A Treasury spokesperson said:", "4 February 2025", "HM Treasury"),
    ("A Foreign Office spokesperson said:", "4 February 2015", "Foreign and Commonwealth Office"),
    ("A Foreign Office spokesperson said:", "4 February 2025", "Foreign, Commonwealth and Development Office"),
    ("A Network Rail spokesperson said:", "4 February 2025", "Network Rail"),
    # "the department" is the one that published the release (here the Home Office)
    ("The department said:", "4 February 2025", "Home Office"),
    ("A spokesperson for the department said:", "4 February 2025", "Home Office"),
    ("The government said:", "4 February 2025", "Government"),
])
def test_everyday_names_of_departments_are_written_out(line, date, organisation):
    body = [line, "We will set out our response to the report in full in due course."]
    (quote,) = extract(dump(release("Spokesperson", body, date=date, month=" ".join(date.split()[1:]))), "t.txt")
    assert (quote.speaker, quote.organisation) == (None, organisation)


@pytest.mark.parametrize("before, line, organisation", [
    # a regulator known by its short name keeps it, unless the release spells the name out
    ([], "Ofsted Chief Inspector Amanda Spielman said:", "Ofsted"),
    ([], "Ofgem chief executive Jonathan Brearley said:", "Ofgem"),
    (["The Office of Gas and Electricity Markets (Ofgem) regulates energy suppliers."],
     "Ofgem chief executive Jonathan Brearley said:", "Office of Gas and Electricity Markets"),
])
def test_regulators_keep_the_short_name_they_are_known_by(before, line, organisation):
    body = before + [line, "We will hold every provider to the same high standard, without exception."]
    (quote,) = extract(dump(release("Regulator", body)), "t.txt")
    assert quote.organisation == organisation


@pytest.mark.parametrize("publisher, organisation", [
    ("the Department for Education", "Department for Education"),
    ("the Driver and Vehicle Standards Agency", None),  # an agency's release: whose official is unknown
])
def test_a_departments_own_official_belongs_to_the_publishing_department(publisher, organisation):
    body = ["Jane Doe, Permanent Secretary, said:", "I am proud of the work our staff do every day for children."]
    (quote,) = extract(dump(release("Official", body, publisher=publisher)), "t.txt")
    assert (quote.role, quote.organisation) == ("Permanent Secretary", organisation)


@pytest.mark.parametrize("publisher, date, organisation", [
    # the government's Chief Nursing Officer named bare in a department's release: the Department of Health's, NHS
    # England's from 2013; a hospital trust's own chief nursing officer is the trust's, a devolved government's its own
    ("the Department of Health", "13 June 2005", "Department of Health"),
    ("the Department of Health and Social Care", "13 June 2019", "NHS England"),
    ("Leeds Teaching Hospitals NHS Trust", "13 June 2019", "Leeds Teaching Hospitals NHS Trust"),
    ("the Welsh Government", "13 June 2019", "Welsh Government"),
])
def test_the_governments_chief_nursing_officer_in_a_departments_release(publisher, date, organisation):
    body = ["Chief Nursing Officer Jane Doe said:", "Nurses are the backbone of the health service."]
    month = " ".join(date.split()[1:])
    (quote,) = extract(dump(release("Nurses", body, date=date, month=month, publisher=publisher)), "t.txt")
    assert (quote.role, quote.organisation) == ("Chief Nursing Officer", organisation)


@pytest.mark.parametrize("role, organisation", [
    ("Mayor of the West of England", "West of England Combined Authority"),
    ("Tees Valley Mayor", "Tees Valley Combined Authority"),  # the place before the office
    ("West Midlands Mayor", "West Midlands Combined Authority"),
    ("Bristol Mayor", None),  # a city's mayor: no body in the table
    ("Leader of the House of Lords", "Office of the Leader of the House of Lords"),
    ("Government Chief Scientific Adviser", "Government Office for Science"),
    ("His Majesty’s Chief Inspector of Prisons", "HM Inspectorate of Prisons"),  # the royal style, or "HM"
    ("Director of Public Prosecutions", "Crown Prosecution Service"),
    # a renamed body, as it was named on the release's date
    ("Chief Medical Officer", "Department of Health and Social Care"),
    ("HM Chief Inspector of Constabulary", "HM Inspectorate of Constabulary and Fire & Rescue Services"),
    # a rank alone names no body, though "Commissioner" heads an office of its own elsewhere
    ("Deputy Assistant Commissioner", None),
    ("Commissioner", None),
    ("Children's Commissioner", "Children's Commissioner"),
    ("Information Commissioner", "Information Commissioner's Office"),
    ("Comptroller and Auditor General", "National Audit Office"),
    ("First Sea Lord", "Royal Navy"),
    ("Second Sea Lord", "Royal Navy"),
    ("Commander Field Army", "British Army"),
    ("Commander Strategic Command", "Ministry of Defence"),
    # a deputy or a stand-in speaks for the office's body
    ("Deputy Chief of the General Staff", "British Army"),
    ("Vice Chief of the Defence Staff", "Ministry of Defence"),
    ("Assistant Chief of the Defence Staff (Reserves and Cadets)", "Ministry of Defence"),
    ("Deputy Chief Medical Officer for England", "Department of Health and Social Care"),
    ("Acting Metropolitan Police Commissioner", "Metropolitan Police Service"),
    # the education department's own commissioners are its officials, a regional one for any region
    ("National Schools Commissioner", "Department for Education"),
    ("Regional Schools Commissioner for Lancashire and West Yorkshire", "Department for Education"),
    ("Education Recovery Commissioner", "Department for Education"),
    ("Deputy Chief Executive", None),  # no office of the table after the word
    ("Assistant Commissioner", None),
    # a mayor elected "metro" or "directly" is the mayor of the place
    ("Metro Mayor of the Liverpool City Region", "Liverpool City Region Combined Authority"),
    ("Liverpool City Region Metro Mayor", "Liverpool City Region Combined Authority"),
    ("directly elected Mayor of the West Midlands", "West Midlands Combined Authority"),
    ("Metro Mayor", None),
    # the Care Quality Commission's chief inspectors
    ("Chief Inspector of Hospitals", "Care Quality Commission"),
    ("Deputy Chief Inspector of Adult Social Care", "Care Quality Commission"),
    # the Irish government's offices by their Irish titles; an office joined to another title before it
    ("Tánaiste", "Government of Ireland"),
    ("An Taoiseach", "Government of Ireland"),
    ("Tánaiste and Minister for Foreign Affairs", "Government of Ireland"),
    ("Chief Executive and Registrar of Companies for England and Wales", "Companies House"),
    # an envoy's post is no body of its own: a British envoy speaks for the foreign ministry
    ("British High Commissioner", "Foreign, Commonwealth and Development Office"),
    ("Australian High Commissioner", None),
])
def test_offices_with_a_body_of_their_own(role, organisation):
    from quotes.organisation import resolve_organisation

    assert resolve_organisation(role, None, dt.date(2023, 6, 1), {}) == organisation


@pytest.mark.parametrize("role, date, organisation", [
    ("Chief Medical Officer", dt.date(2011, 5, 4), "Department of Health"),
    ("Chief Medical Officer for England", dt.date(2018, 1, 8), "Department of Health and Social Care"),
    ("Chief Nursing Officer for England", dt.date(2011, 5, 4), "Department of Health"),
    ("Chief Nursing Officer for England", dt.date(2023, 6, 30), "NHS England"),
    ("HM Chief Inspector of Constabulary", dt.date(2012, 3, 1), "HM Inspectorate of Constabulary"),
    # the government's chief officers for animal and plant health: the agriculture ministry's, then Defra's
    # Northern Ireland's prosecutor's department became the Public Prosecution Service in June 2005
    ("Director of Public Prosecutions for Northern Ireland", dt.date(2005, 6, 13),
     "Public Prosecution Service for Northern Ireland"),
    ("Director of Public Prosecutions for Northern Ireland", dt.date(2003, 6, 13),
     "Department of the Director of Public Prosecutions for Northern Ireland"),
    ("Chief Veterinary Officer", dt.date(1999, 5, 4), "Ministry of Agriculture, Fisheries and Food"),
    ("Chief Veterinary Officer", dt.date(2011, 5, 4), "Department for Environment, Food and Rural Affairs"),
    ("Deputy Chief Veterinary Officer", dt.date(2022, 5, 4), "Department for Environment, Food and Rural Affairs"),
    ("Chief Plant Health Officer", dt.date(2012, 10, 4), "Department for Environment, Food and Rural Affairs"),
    # forests, trees and plant health are the agriculture department's portfolio
    ("Forestry Minister", dt.date(2021, 6, 1), "Department for Environment, Food and Rural Affairs"),
    ("Minister for Trees and Woodlands", dt.date(2021, 6, 1), "Department for Environment, Food and Rural Affairs"),
    ("Forestry Minister", dt.date(1999, 6, 1), "Ministry of Agriculture, Fisheries and Food"),
    ("His Majesty's Chief Inspector of Constabulary", dt.date(2024, 3, 1),
     "HM Inspectorate of Constabulary and Fire & Rescue Services"),
])
def test_an_office_names_its_body_as_it_was_called_then(role, date, organisation):
    from quotes.organisation import resolve_organisation

    assert resolve_organisation(role, None, date, {}) == organisation


@pytest.mark.parametrize("publisher, before, line, organisation", [
    # a nation's possessive before an office names no body: the office's body
    ("Public Health England", [], "England’s Chief Medical Officer, Professor Dame Sally Davies, said:",
     "Department of Health and Social Care"),
    ("NHS England", [], "England's Chief Nursing Officer, Ruth May, said:", "NHS England"),
    ("Public Health England", [], "Scotland's Chief Medical Officer, Dr Catherine Calderwood, said:",
     "Scottish Government"),
    ("the Department for Business and Trade", [], "Britain's Foreign Secretary David Lammy said:",
     "Foreign, Commonwealth and Development Office"),
    ("the Animal and Plant Health Agency", [], "The UK’s Chief Veterinary Officer Christine Middlemiss said:",
     "Department for Environment, Food and Rural Affairs"),
    ("the Animal and Plant Health Agency", [], "England's Chief Veterinary Officer Christine Middlemiss said:",
     "Department for Environment, Food and Rural Affairs"),
    # ... nor where no office of the tables follows it: the nation is no body
    ("the Department for Education", [], "Sir Steve Smith, the UK’s International Education Champion, said:", None),
    # a devolved government's own chief veterinary officer in its release stays its own
    ("the Welsh Government", [], "Chief Veterinary Officer Christianne Glossop said:", "Welsh Government"),
    # ... and stays as written where no office of the tables follows it
    ("the Department for Culture, Media and Sport", [], "England captain Leah Williamson said:", "England"),
    ("the Home Office", [], "London's Victims' Commissioner, Claire Waxman, said:", "London"),
    # a nation's possessive in the narration gives the title to no other body: the publisher's own officer
    ("the Care Quality Commission", ["England's Chief Inspector of Mental Health has found that the trust must improve."],
     "Dr Paul Lelliott, the Chief Inspector of Mental Health, said:", "Care Quality Commission"),
    ("the Care Quality Commission", ["Acme Health's Chief Inspector of Mental Health has found that the trust must improve."],
     "Dr Paul Lelliott, the Chief Inspector of Mental Health, said:", None),
])
def test_a_nations_possessive_before_an_office_names_no_body(publisher, before, line, organisation):
    body = before + [line, "We will keep working with every partner to make this a success for everyone."]
    (quote,) = extract(dump(release("Nation", body, date="3 May 2025", publisher=publisher)), "t.txt")
    assert quote.organisation == organisation


@pytest.mark.parametrize("publisher, date, line, organisation", [
    # a territorial office has no portfolio ministers: a portfolio no UK department holds is the devolved government's
    ("the Wales Office", "4 February 2024", "Economy Minister Vaughan Gething said:", "Welsh Government"),
    ("the Office of the Secretary of State for Scotland", "4 February 2021", "Finance Secretary Kate Forbes said:",
     "Scottish Government"),
    ("the Northern Ireland Office", "4 February 2021", "Finance Minister Conor Murphy said:",
     "Northern Ireland Executive"),
    ("the Northern Ireland Office", "4 February 2021", "Minister for the Economy Diane Dodds said:",
     "Northern Ireland Executive"),
    # ... not the office's own ministers, nor a portfolio a UK department holds, nor another country's minister
    ("the Wales Office", "4 February 2024", "Wales Office Minister David TC Davies said:", "Wales Office"),
    ("the Northern Ireland Office", "4 February 2021", "Minister of State Robin Walker said:",
     "Northern Ireland Office"),
    ("the Scotland Office", "4 February 2021", "Business Minister Paul Scully said:",
     "Department for Business, Energy and Industrial Strategy"),
    ("the Northern Ireland Office", "4 February 2021", "Irish Finance Minister Paschal Donohoe said:", None),
    # ... nor under direct rule, when the Northern Ireland Office's own ministers held the portfolios
    ("the Northern Ireland Office", "4 February 2006", "Finance Minister David Hanson said:",
     "Northern Ireland Office"),
])
def test_a_portfolio_minister_in_a_territorial_offices_release_is_the_devolved_governments(publisher, date, line,
                                                                                          organisation):
    body = [line, "This deal will bring jobs and investment to every part of the region."]
    month = " ".join(date.split()[1:])
    (quote,) = extract(dump(release("Deal", body, date=date, month=month, publisher=publisher)), "t.txt")
    assert quote.organisation == organisation


@pytest.mark.parametrize("publisher, date, line, organisation", [
    # the NHS's national leaders are NHS England's from April 2013, the Department of Health's before October 2012
    ("NHS England", "30 June 2023", "NHS chief executive Amanda Pritchard said:", "NHS England"),
    ("NHS England", "22 January 2024", "Steve Russell, NHS director for vaccinations and screening, said:",
     "NHS England"),
    ("the UK Health Security Agency", "18 September 2023",
     "Professor Sir Stephen Powis, NHS national medical director, said:", "NHS England"),
    ("the Department of Health", "9 January 2010", "NHS Chief Executive David Nicholson said:", "Department of Health"),
    # ... not a post any NHS body has, nor a devolved nation's NHS, nor a body whose name opens with NHS
    ("NHS England", "30 June 2023", "NHS consultant Jane Doe said:", "NHS"),
    ("the Welsh Government", "9 January 2020", "NHS chief executive Andrew Goodall said:", "NHS"),
    ("NHS England", "30 June 2023", "NHS Providers chief executive Chris Hopson said:", "NHS Providers"),
])
def test_the_nhss_national_leaders_speak_for_nhs_england(publisher, date, line, organisation):
    body = [line, "This plan will help us treat more patients more quickly in every part of the country."]
    month = " ".join(date.split()[1:])
    (quote,) = extract(dump(release("NHS", body, date=date, month=month, publisher=publisher)), "t.txt")
    assert quote.organisation == organisation


@pytest.mark.parametrize("publisher, line, organisation", [
    # a junior minister of a portfolio several departments give one is the publishing department's
    ("the Department of Health and Social Care", "Minister for Innovation Lord Bethell said:",
     "Department of Health and Social Care"),
    ("the Department of Health and Social Care", "Parliamentary Under Secretary of State for Innovation, Lord Bethell, said:",
     "Department of Health and Social Care"),
    # ... not with a portfolio of one department's in the title, nor outside a ministerial department's release
    ("the Department of Health and Social Care", "Minister for Science, Research and Innovation Amanda Solloway said:",
     "Department for Business, Energy and Industrial Strategy"),
    ("UK Research and Innovation", "Minister for Innovation Jane Doe said:",
     "Department for Business, Energy and Industrial Strategy"),
    ("the Scotland Office", "Minister for Innovation Jane Doe said:",
     "Department for Business, Energy and Industrial Strategy"),
])
def test_a_junior_minister_of_a_shared_portfolio_is_the_publishers(publisher, line, organisation):
    body = [line, "This technology will help us treat more patients more quickly in every part of the country."]
    (quote,) = extract(dump(release("Innovation", body, date="23 April 2020", month="April 2020",
                                    publisher=publisher)), "t.txt")
    assert quote.organisation == organisation


@pytest.mark.parametrize("role, date, department", [
    ("Minister for Disabled People, Health and Work", dt.date(2018, 1, 1), "Department for Work and Pensions"),
    ("Minister for Social Security and Disability", dt.date(2025, 1, 1), "Department for Work and Pensions"),
    ("Minister for Lifelong Learning", dt.date(2025, 1, 1), "Department for Education"),
    ("Secretary of State for Health and Social Care", dt.date(2019, 1, 1), "Department of Health and Social Care"),
    ("Lord Chancellor and Secretary of State for Justice", dt.date(2019, 1, 1), "Ministry of Justice"),
    ("Chancellor of the Duchy of Lancaster", dt.date(2019, 1, 1), "Cabinet Office"),
    ("Secretary of State for Exiting the European Union", dt.date(2018, 1, 1),
     "Department for Exiting the European Union"),
    # portfolios that moved between departments
    ("Minister for Civil Society", dt.date(2013, 1, 1), "Cabinet Office"),
    ("Minister for Sport and Civil Society", dt.date(2019, 1, 1), "Department for Digital, Culture, Media and Sport"),
    ("Minister for Exports", dt.date(2019, 1, 1), "Department for International Trade"),
    ("Minister for Exports", dt.date(2024, 1, 1), "Department for Business and Trade"),
    ("Minister for Nuclear and Networks", dt.date(2025, 1, 1), "Department for Energy Security and Net Zero"),
    ("Minister for Refugees", dt.date(2024, 1, 1), "Home Office"),
    ("Minister for Civil Society", dt.date(2017, 1, 1), "Department for Culture, Media and Sport"),
    ("Minister for Investment Security", dt.date(2022, 1, 1),
     "Department for Business, Energy and Industrial Strategy"),
    ("Vice-Chancellor", dt.date(2022, 1, 1), None),  # a university's head, not a Treasury minister
    # portfolios of the 2010s written the way releases shorten them
    ("Care Services Minister", dt.date(2011, 5, 4), "Department of Health"),
    ("Minister for Care", dt.date(2024, 9, 1), "Department of Health and Social Care"),
    ("Sports Minister", dt.date(2011, 5, 4), "Department for Culture, Media and Sport"),
    ("Trade Minister", dt.date(2011, 5, 4), "Department for Business, Innovation and Skills"),
    ("Minister for Government Policy", dt.date(2011, 5, 4), "Cabinet Office"),
    ("Employment Relations Minister", dt.date(2011, 5, 4), "Department for Business, Innovation and Skills"),
    ("Minister for Employment Relations", dt.date(2020, 1, 1),
     "Department for Business, Energy and Industrial Strategy"),
    ("Employment Minister", dt.date(2011, 5, 4), "Department for Work and Pensions"),  # still DWP
    ("Minister for Children and Families", dt.date(2011, 5, 4), "Department for Education"),  # not "care"
    ("Minister for Suicide Prevention", dt.date(2019, 5, 4), "Department of Health and Social Care"),
    ("Minister for Loneliness", dt.date(2019, 5, 4), "Department for Digital, Culture, Media and Sport"),
    ("Minister for Women", dt.date(2019, 5, 4), "Government Equalities Office"),
    ("Minister for Women's Health", dt.date(2023, 5, 4), "Department of Health and Social Care"),
    # the departments before 2010, each on its own dates
    ("Trade and Industry Secretary", dt.date(2006, 4, 4), "Department of Trade and Industry"),
    ("Energy Minister", dt.date(2006, 4, 4), "Department of Trade and Industry"),
    ("Business Secretary", dt.date(2008, 4, 4), "Department for Business, Enterprise and Regulatory Reform"),
    ("Energy Minister", dt.date(2008, 4, 4), "Department for Business, Enterprise and Regulatory Reform"),
    ("Energy Minister", dt.date(2009, 4, 4), "Department of Energy and Climate Change"),
    ("Climate Change Minister", dt.date(2008, 4, 4), "Department for Environment, Food and Rural Affairs"),
    ("Science Minister", dt.date(2008, 4, 4), "Department for Innovation, Universities and Skills"),
    ("Higher Education Minister", dt.date(2006, 4, 4), "Department for Education and Skills"),
    ("Higher Education Minister", dt.date(2009, 9, 4), "Department for Business, Innovation and Skills"),
    ("Schools Minister", dt.date(2008, 4, 4), "Department for Children, Schools and Families"),
    ("Schools Minister", dt.date(2000, 4, 4), "Department for Education and Employment"),
    ("Employment Minister", dt.date(2000, 4, 4), "Department for Education and Employment"),
    ("Employment Relations Minister", dt.date(2008, 4, 4), "Department for Business, Enterprise and Regulatory Reform"),
    ("Constitutional Affairs Secretary", dt.date(2006, 4, 4), "Department for Constitutional Affairs"),
    ("Prisons Minister", dt.date(2006, 4, 4), "Home Office"),
    ("Prisons Minister", dt.date(2008, 4, 4), "Ministry of Justice"),
    ("Local Government Minister", dt.date(2004, 4, 4), "Office of the Deputy Prime Minister"),
    ("Local Government Minister", dt.date(2007, 4, 4), "Department for Communities and Local Government"),
    ("Transport Secretary", dt.date(2002, 4, 4), "Department for Transport, Local Government and the Regions"),
    ("Transport Secretary", dt.date(2000, 4, 4), "Department of the Environment, Transport and the Regions"),
    ("Farming Minister", dt.date(2000, 4, 4), "Ministry of Agriculture, Fisheries and Food"),
    ("Social Security Secretary", dt.date(2000, 4, 4), "Department of Social Security"),
    ("Further Education Minister", dt.date(2008, 4, 4), "Department for Innovation, Universities and Skills"),
    ("Further Education Minister", dt.date(2011, 4, 4), "Department for Business, Innovation and Skills"),
    # fire and rescue was with local government from 2001 to January 2016
    ("Fire Minister", dt.date(2011, 4, 4), "Department for Communities and Local Government"),
    ("Fire Minister", dt.date(2004, 4, 4), "Office of the Deputy Prime Minister"),
    ("Fire Minister", dt.date(2017, 4, 4), "Home Office"),
    # portfolios of culture's and of local government's, whoever publishes
    ("Gambling Minister", dt.date(2021, 2, 4), "Department for Digital, Culture, Media and Sport"),
    ("Gambling Minister", dt.date(2024, 2, 4), "Department for Culture, Media and Sport"),
    ("Building Safety Minister", dt.date(2021, 2, 4), "Ministry of Housing, Communities and Local Government"),
    ("Minister for Building Safety and Fire", dt.date(2021, 2, 4),
     "Ministry of Housing, Communities and Local Government"),  # building safety named first
    ("Homelessness Minister", dt.date(2023, 2, 4), "Department for Levelling Up, Housing and Communities"),
    ("Minister for Integration", dt.date(2019, 2, 4), "Ministry of Housing, Communities and Local Government"),
    ("Fire Minister", dt.date(2021, 2, 4), "Home Office"),
    ("Minister for Care and Integration", dt.date(2021, 2, 4), "Department of Health and Social Care"),
    # the veterans minister sat in the Cabinet Office from October 2022 to July 2024
    ("Veterans Minister", dt.date(2021, 2, 4), "Ministry of Defence"),
    ("Veterans Minister", dt.date(2024, 1, 4), "Cabinet Office"),
    ("Minister for Veterans' Affairs", dt.date(2023, 5, 4), "Cabinet Office"),
    ("Minister for Veterans and People", dt.date(2025, 2, 4), "Ministry of Defence"),
    ("Minister for Defence People, Veterans and Families", dt.date(2023, 5, 4), "Ministry of Defence"),
])
def test_the_subject_named_first_and_the_date_decide_the_department(role, date, department):
    from quotes.organisation import department_for

    assert department_for(role, date) == department


def test_the_role_table_searched_once_per_role_gives_the_department_of_every_date():
    from quotes.organisation import _ROLE_TABLE, _holds_on, department_for
    from quotes.rules.departments import ROLE_DEPARTMENTS

    def scanned(role, date):
        low, best = role.casefold().replace("’", "'"), None
        for pattern, dept, start, end in _ROLE_TABLE:
            m = pattern.search(low) if (end is None if date is None else _holds_on(date, start, end)) else None
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), dept)
        return best[1] if best else None

    roles = ["Home Secretary", "Minister for Disabled People, Health and Work", "Minister of State for Trade",
             "Secretary of State for Business, Energy and Industrial Strategy", "Foreign Secretary", "Chancellor",
             "Culture Secretary", "Minister for Women and Equalities", "Energy Minister", "Digital Minister"]
    roles += [pattern.replace("\\b", "").replace("(?:", "").replace(")", "").replace("?", "").split("|")[0]
              for pattern, _, _, _ in ROLE_DEPARTMENTS]
    dates = [None] + [dt.date(year, month, 1) for year in range(1997, 2027) for month in (1, 7)]
    for role in roles:
        for date in dates:
            assert department_for(role, date) == scanned(role, date), (role, date)


def _acronyms_ungated(texts):
    """acronym_definitions without the cheap bracket tests in front of its patterns."""
    from quotes import organisation as org

    found = {}
    for text in texts:
        for m in org._DEFINED_AFTER.finditer(text):
            full = org._trim_definition(m.group("full"), m.group("acr"))
            if full and m.group("acr") not in found:
                found[m.group("acr")] = full
        for m in org._DEFINED_BEFORE.finditer(text):
            acr, full = m.group("acr"), m.group("full").strip()
            if acr not in found and org._initials_match(full, acr):
                found[acr] = org._THE.sub("", full)
    return found


def test_the_bracket_tests_never_change_the_acronyms_a_release_defines():
    from quotes.archive import read_dump
    from quotes.models import Document
    from quotes.organisation import acronym_definitions

    docs = [d for d in read_dump(bundled_corpus().read_text(encoding="utf-8"), "b.txt") if isinstance(d, Document)]
    assert any(acronym_definitions([p.text for p in d.paragraphs]) for d in docs)
    for d in docs:
        texts = [d.title] + [p.text for p in d.paragraphs]
        assert acronym_definitions(texts) == _acronyms_ungated(texts)


_ACRONYM_PIECES = st.sampled_from(list("abAB (])[.,") + [
    "Internet Watch Foundation ", "(IWF)", "[IWF]", "IWF (Internet Watch Foundation)", " of the ", "DfT ", "(DfT)",
    "Driving Standards Agency ", "(DSA) ", "(pictured) ", "(£5 million) ", "NHS England (NHSE)", "Acme"])


@given(st.lists(_ACRONYM_PIECES, max_size=30).map("".join))
@settings(max_examples=300, deadline=None)
def test_the_bracket_tests_never_change_the_acronyms_of_generated_text(text):
    from quotes.organisation import acronym_definitions

    assert acronym_definitions([text]) == _acronyms_ungated([text])


@pytest.mark.parametrize("sentence, people", [
    ("Jane Doe, chief executive of the Acme Trust, welcomed the plan.", [("Jane Doe", "chief executive", "Acme Trust")]),
    # real form (DfT, 2012); a body's board speaks for the body
    ("Alan Cook has been reappointed by Transport Secretary Justine Greening as non-executive chairman of the "
     "Highways Agency Board for a further 12 months.", [("Alan Cook", "non-executive chairman", "Highways Agency")]),
    ("Sarah Smith has been appointed as the new Chief Executive of the Food Standards Agency.",
     [("Sarah Smith", "Chief Executive", "Food Standards Agency")]),
    ("The Head of the Civil Service is pleased to announce the appointment of Philip Rutnam as the new Permanent "
     "Secretary at the Department for Transport.",
     [("Philip Rutnam", "Permanent Secretary", "Department for Transport")]),
    ("Jane Doe has been named as Chair of the Acme Trust.", [("Jane Doe", "Chair", "Acme Trust")]),
    ("Jane Smith was confirmed as Chair for NHS England last year.", [("Jane Smith", "Chair", "NHS England")]),
    # the whole title, with its subject after "for"
    ("Jane Doe has been appointed as Minister for Housing and Planning.",
     [("Jane Doe", "Minister for Housing and Planning", None)]),
    # the active form: the person appointed is described, not the one who appoints
    ("Environment Secretary Thérèse Coffey has appointed Alan Lovell as the new Chair of the Environment Agency.",
     [("Alan Lovell", "Chair", "Environment Agency")]),
    ("The Prime Minister today named Jane Doe as the new Chief Executive of the Acme Trust.",
     [("Jane Doe", "Chief Executive", "Acme Trust")]),
    # a peer's territorial title is part of the name appointed
    ("His Majesty has today appointed Baroness Jane Doe of Old Town as the new Chair of the Acme Commission.",
     [("Baroness Jane Doe of Old Town", "Chair", "Acme Commission")]),
    # a style before the name appointed is no part of it
    ("The Secretary of State has appointed The Rt Hon Lord Roe as Chair of the Northtown Inquiry.",
     [("Lord Roe", "Chair", "Northtown Inquiry")]),
    ("The Prime Minister has appointed the Rt Hon Jane Doe as Chair of the Acme Commission.",
     [("Jane Doe", "Chair", "Acme Commission")]),
    # a description with an article, its body's initials first, ending the sentence; the occasion it goes on to
    # is no part of the post (MOD, 2023)
    ("Among those in attendance was Jane Roe, a JCCC caseworker at her first JCCC service.",
     [("Jane Roe", "caseworker", "JCCC")]),
    ("Jane Doe, an NHS nurse, said the plan was good.", [("Jane Doe", "nurse", "NHS")]),
    # a title in lower case first, with its body, then the name in commas (Labour, 2018)
    ("The leader of the Labour Party, Rt Hon Jane Doe MP, visited the site.", [("Jane Doe", "leader", "Labour Party")]),
    ("The leader of the Labour Party, Rt Hon Jane Doe MP visited the site.", [("Jane Doe", "leader", "Labour Party")]),
    ("It was opened by the chief executive of the Acme Trust, Jane Doe, and the mayor.",
     [("Jane Doe", "chief executive", "Acme Trust")]),
    # must yield nothing: places, descriptions that are no office, a list of people
    ("The Minister named Hebden Bridge as the town of the year.", []),
    # at the sentence's end, a description that names no body, or the next clause's subject, is no post
    ("The review will be led by Professor the Lord Roe of Old Town, a practising surgeon.", []),
    ("Together with Scottish Office Industry Minister, Lord Jones, the Chancellor hosted a roadshow in Glasgow.", []),
    ("Jane Roe, a nurse who trained in Manchester.", []),
    ("Jane Roe, an engineer on the Crossrail project.", []),
    # a participle after the name, at the sentence's end, describes no post (MoD, 2024)
    ("The review will be led by Lord Roe of Old Town, supported by General Sir John Doe and Dr Jane Poe as "
     "external reviewers.", []),
    # a thing described, whose words name a person: the person is not described by them (DH, 2000)
    ("The NHS Plan, published today by Health Secretary Alan Milburn, sets out a ten-year programme.", []),
    ("A new NHS Plan, unveiled today by Health Secretary Alan Milburn, sets out reforms.", []),
    ("He has named Acme Holdings Ltd as the preferred bidder for the contract.", []),
    ("In London, Paris and Rome, the figures rose.", []),
    ("Jane Doe, a mother of two, said the scheme had changed her life.", []),
    ("The town of Anytown, Jane Doe said, was the best place to live.", []),
    ("The best of the Acme Trust, Jane Doe and John Smith, were there.", []),
    ("The daughter of the chief executive of the Acme Trust, Jane Doe, opened the centre.", []),
    ("Communities Secretary, Eric Pickles, and Transport Secretary, Philip Hammond, wrote to councils.", []),
])
def test_people_described_after_their_name(sentence, people):
    from quotes.extract import described_people

    assert described_people(sentence) == people


def test_a_given_name_takes_the_post_and_body_of_a_description_with_an_article():
    # real form (MOD, 2023): the body's initials are expanded where the release defines them
    body = ["The service was organised by the Ministry of Defence's Joint Casualty and Compassionate Centre (JCCC).",
            "Among those in attendance was Jane Roe, a JCCC caseworker at her first JCCC service.",
            "Jane said:", "“It has been a privilege to help find this soldier's family and to be here today.”"]
    (quote,) = extract(dump(release("A soldier identified", body)), "t.txt")
    assert (quote.speaker, quote.role, quote.organisation) == (
        "Jane Roe", "caseworker", "Joint Casualty and Compassionate Centre")


def test_a_similar_given_name_is_another_person():
    body = ["Paul Smith, Chief Executive of the Acme Trust, said:", "We welcome the plan and will work with everyone.",
            "Paula Smith said:", "As a parent I can tell you that this matters to every family in the country."]
    first, second = extract(dump(release("Two people", body)), "t.txt")
    assert (second.speaker, second.role, second.organisation) == ("Paula Smith", None, None)


def test_two_people_described_in_one_run_keep_their_own_roles():
    from quotes.extract import names_in_run

    assert names_in_run("Jane Doe, Chief Executive, and John Smith, Chairman of the Acme Trust") == [
        ("Jane Doe", "Chief Executive"), ("John Smith", "Chairman of the Acme Trust")]


def test_a_bare_group_of_people_is_no_speaker():
    body = ["Parents told the survey: “We want more support for our children at school.”",
            "Residents said:", "We have waited years for this and it is very welcome news.",
            "The plan was published today."]
    assert extract(dump(release("Groups", body)), "t.txt") == []


def test_a_body_named_before_a_person_is_no_role_and_is_written_out():
    body = [
        "The Driving Standards Agency's new guidance was published today.",
        "The Office of Rail Regulation's Bill Emery said:",
        "The cost of running the railway is too high, and the burden on the taxpayer too great.",
        "Jane Phillips, DSA's director of engagement, said:",
        "We want every learner to be ready for a lifetime of safe driving.",
    ]
    emery, phillips = extract(dump(release("Bodies", body, publisher="the Department for Transport")), "t.txt")
    assert (emery.speaker, emery.role, emery.organisation) == ("Bill Emery", None, "Office of Rail Regulation")
    assert phillips.organisation == "Driving Standards Agency"  # not "...Agency's"


def test_a_minister_named_only_by_the_publisher_gets_its_name_with_and():
    body = ["The Minister said:", "This is good news for the creative industries and for jobs."]
    (quote,) = extract(dump(release("Publisher", body, date="3 May 2015",
                                    publisher="the Department for Culture, Media & Sport")), "t.txt")
    assert quote.organisation == "Department for Culture, Media and Sport"


def test_unnamed_spokesperson():
    body = ["A Home Office spokesperson said:", "We do not comment on individual cases."]
    (q,) = extract(dump(release("Statement on a case", body)), "t.txt")
    assert q.speaker is None and q.role == "spokesperson" and q.organisation == "Home Office"


def test_quotation_marks_decide_the_extent_and_are_dropped():
    body = [
        "The Victims’ Commissioner said:",
        "“Victims have waited too long for this.",
        "“Every force must now put these changes into practice without delay.”",
        "We urge every victim to come forward and we will support them.",  # first person, but outside the marks
    ]
    quotes = extract(dump(release("Marks", body)), "t.txt")
    assert quotes[0].paragraphs == ["Victims have waited too long for this.",
                                    "Every force must now put these changes into practice without delay."]


def test_inline_quotes_in_narration():
    body = [
        "The scheme opens today across England and Wales.",
        "“This will make a real difference to families in every part of the country,” said Emma Jones, "
        "Chief Executive of Victim Support.",
        "Councillor Mark Dowd said: “We have waited a long time for this and we are delighted it has arrived.”",
    ]
    quotes = extract(dump(release("Inline", body)), "t.txt")
    assert [q.inline for q in quotes] == [True, True]
    first, second = quotes
    assert first.paragraphs == ["This will make a real difference to families in every part of the country"]
    assert (first.speaker, first.role, first.organisation) == ("Emma Jones", "Chief Executive", "Victim Support")
    assert second.speaker == "Mark Dowd"
    assert second.paragraphs == ["We have waited a long time for this and we are delighted it has arrived."]


def test_inline_quotes_in_consecutive_paragraphs_stay_apart():
    body = ["“We welcome this,” said Jane Doe of the Acme Trust.",
            "“It is long overdue,” added John Roe of the Beta Foundation.",
            "The plan was published today."]
    quotes = extract(dump(release("Reactions", body)), "t.txt")
    assert [(q.speaker, q.organisation, q.paragraphs) for q in quotes] == [
        ("Jane Doe", "Acme Trust", ["We welcome this"]), ("John Roe", "Beta Foundation", ["It is long overdue"])]


def test_a_nested_quotation_leaves_the_outer_one_open():
    body = ["“We have listened to the “fair funding” campaign and to everyone who told us their story.",
            "“This is a big day for every family in the country,” said Jane Doe of the Acme Trust.",
            "The plan was published today."]
    (quote,) = extract(dump(release("Nested", body)), "t.txt")
    assert len(quote.paragraphs) == 2 and quote.paragraphs[0].startswith("We have listened")


def test_reported_speech_yields_no_quote():
    body = ["The minister said the plan would cut waiting lists by half within two years.",
            "The department said that further details would follow in the spring."]
    assert extract(dump(release("Reported speech only", body)), "t.txt") == []


def test_attribution_followed_by_a_heading_yields_no_quote():
    body = ["Home Secretary Yvette Cooper said:", "Notes to editors", "• Details are online."]
    assert extract(dump(release("Nothing quoted", body)), "t.txt") == []


def test_quote_cut_off_by_the_end_of_the_input_is_marked_incomplete():
    body = ["Minister for Crime and Policing Dame Diana Johnson said:",
            "For victims of antisocial behaviour, the impact on their lives can be devastating, but for too long th"]
    (q,) = extract(dump(release("Cut off", body)), "t.txt")
    assert q.complete is False


@pytest.mark.parametrize("quoted, paragraphs, complete", [
    # a quotation opened and never closed before the input stops runs on to the cut
    (["“By being part of the Union, the region benefits from the country’s economic strength.",
      "Overall this budget is challenging for households and made more difficult by the former Finance Minister, "
      "who failed to set a budget in 2022.",
      "We welcome the retention of the pensions triple lock and the plans for the tech sector."], 4, False),
    # a quotation closed in its first paragraph ends there; the press office's lines follow
    (["“By being part of the Union, the region benefits from the country’s economic strength.”",
      "The budget was announced in the Commons on Thursday and takes effect in April.",
      "The measures were costed by the Office for Budget Responsibility before the statement."], 1, True),
])
def test_a_quotation_still_open_where_the_input_stops_runs_on_to_the_cut(quoted, paragraphs, complete):
    body = ["Jane Doe responded to the Chancellor’s statement today.", "After speaking in the Commons Ms Doe said,",
            *quoted, "Dozens of our local firms rely"]
    (quote,) = extract(dump(release("Budget", body, publisher="the DUP")), "t.txt")
    assert (len(quote.paragraphs), quote.complete) == (paragraphs, complete)


@pytest.mark.parametrize("last", ["ENDS", "Notes to editors", "Press office 020 7946 0000",
                                  "For more information contact the press office on 020 7946 0000 or press@acme.org"])
def test_a_quotation_left_open_does_not_run_over_a_closing_line(last):
    # the release is complete: its quotation lost its closing mark, and the press office's lines follow
    body = ["The fund opens today.", "Housing Minister Jane Doe said:",
            "“This fund will help every family in the country to find a home.",
            "The fund was first announced in the spring.", "Councils can bid from April.", last]
    (quote,) = extract(dump(release("Fund", body)), "t.txt")
    assert (len(quote.paragraphs), quote.complete) == (1, True)


@pytest.mark.parametrize("after, speakers", [
    # someone else speaks before the cut: the quotation left open ends before them
    (["Acme Trust chair John Roe said:", "We have waited years for a fund like this and our members"],
     [("Jane Doe", 1), ("John Roe", 1)]),
    # a paragraph with marks of its own is not the same quotation running on, nor a closing heading
    (["Councils called the plan “a lifeline” for the high street.",
      "The fund was first announced in the spring, and councils in every region of the country can"],
     [("Jane Doe", 1)]),
    (["Notes to editors:", "The fund was first announced in the spring, and councils in every region of the country can"],
     [("Jane Doe", 1)]),
    # more than a few paragraphs without marks: the quotation does not run that far
    ([f"Councils in region {n} can bid from April." for n in range(1, 8)] + ["Dozens of our local firms rely"],
     [("Jane Doe", 1)]),
])
def test_a_quotation_left_open_runs_to_the_cut_only_when_no_one_else_speaks_and_nothing_is_marked(after, speakers):
    body = ["Jane Doe responded to the Chancellor’s statement today.", "After speaking in the Commons Ms Doe said,",
            "“By being part of the Union, the region benefits from the country’s economic strength.", *after]
    quotes = extract(dump(release("Budget", body, publisher="the DUP")), "t.txt")
    assert [(q.speaker, len(q.paragraphs)) for q in quotes] == speakers


def test_acronym_spelled_out_in_the_release_expands_the_organisation():
    body = [
        "The Animal and Plant Health Agency (APHA) confirmed the case.",
        "Dr Jane Smith, APHA Chief Veterinary Adviser, said:",
        "We are monitoring the situation closely and will act quickly.",
    ]
    (q,) = extract(dump(release("Animal health", body)), "t.txt")
    assert q.speaker == "Jane Smith"
    assert q.organisation == "Animal and Plant Health Agency"


@pytest.mark.parametrize("line, organisation", [
    # a body's area or division written after its initials is the body, written out
    ("Jenny Hopkins, Chief Crown Prosecutor for CPS London, said:", "Crown Prosecution Service"),
    ("Deputy Chief Crown Prosecutor for CPS South West, Victoria Cook, said:", "Crown Prosecution Service"),
    ("Specialist Prosecutor Rebecca Grant, of the CPS Specialist Fraud Division, said:", "Crown Prosecution Service"),
    # ... only for the bodies named so: other initials before a name are part of another body's name
    ("Chris Hopson, chief executive of NHS Providers, said:", "NHS Providers"),
    ("Sir Simon Stevens, chief executive of NHS England, said:", "NHS England"),
])
def test_a_bodys_area_after_its_initials_is_the_body(line, organisation):
    body = [line, "This was a cowardly attack and the sentence reflects the seriousness of the offence."]
    (quote,) = extract(dump(release("Sentenced", body, publisher="the Crown Prosecution Service")), "t.txt")
    assert quote.organisation == organisation


@pytest.mark.parametrize("lead, year, organisation", [
    # initials of two public bodies: of those that existed on the release's date, the one whose field it names
    ("New rules on food hygiene in restaurants come into force today.", "2005", "Food Standards Agency"),
    ("New rules on personal pensions come into force today.", "2005", "Financial Services Authority"),
    ("The Financial Services and Markets Act comes into force today.", "2005", "Financial Services Authority"),
    # ... the usual one when it names both fields, or neither
    ("New rules for banks and for food retailers come into force today.", "2005", "Food Standards Agency"),
    ("New rules come into force today.", "2005", "Food Standards Agency"),
    # ... never a body outside its dates, whatever the field
    ("Financial support for businesses is available from today.", "2020", "Food Standards Agency"),
    ("New rules on mortgages come into force today.", "2020", "Food Standards Agency"),
    ("New rules on food hygiene in restaurants come into force today.", "1999", "Financial Services Authority"),
])
def test_ambiguous_initials_are_read_by_the_date_and_the_field_the_release_names(lead, year, organisation):
    body = [lead, "Sir John Roe, Chairman of the FSA, said:", "We are ready for the new regime and will enforce it."]
    text = release("New rules", body, publisher="HM Treasury", date=f"4 February {year}", month=f"February {year}")
    (quote,) = extract(dump(text), "t.txt")
    assert quote.organisation == organisation


@pytest.mark.parametrize("sentence, acronym, full", [
    # one capitalised word inside the name need not give a letter
    ("The National Institute for Health and Care Excellence (NICE) has approved the drug.", "NICE",
     "National Institute for Health and Care Excellence"),
    ("Crews from the Welsh Ambulance Services NHS Trust (WAST) attended.", "WAST", "Welsh Ambulance Services NHS Trust"),
    ("The Medicines and Healthcare products Regulatory Agency (MHRA) approved it.", "MHRA",
     "Medicines and Healthcare products Regulatory Agency"),
    # ... but the first and the last word must, and two-letter initials skip no word
    ("The National Institute for Health and Care Excellence (NIHR) has approved the drug.", "NIHR", None),
    ("The Health Care Agency (HA) approved it.", "HA", None),
    # a name whose article is its own, and gives the first initial
    ("The Pensions Regulator (TPR) has fined the trustees.", "TPR", "The Pensions Regulator"),
    ("It was fined by the Pensions Regulator (PR).", "PR", "Pensions Regulator"),
])
def test_initials_defined_in_brackets(sentence, acronym, full):
    from quotes.organisation import acronym_definitions

    assert acronym_definitions([sentence]).get(acronym) == full


@pytest.mark.parametrize("publisher, line, organisation", [
    # the publisher's own initials are written out as its name, as a definition in brackets would be
    ("the National Institute for Health and Care Excellence",
     "Helen Knight, interim director of medicines evaluation at NICE, said:",
     "National Institute for Health and Care Excellence"),
    ("the Medicines and Healthcare products Regulatory Agency", "Andy Morling, Head of Enforcement at the MHRA, said:",
     "Medicines and Healthcare products Regulatory Agency"),
    ("the National Institute for Health and Care Excellence", "Jane Doe, NIHR director, said:", "NIHR"),
])
def test_the_publishers_own_initials_are_written_out(publisher, line, organisation):
    body = [line, "We are monitoring the situation closely and will act quickly."]
    (q,) = extract(dump(release("Initials", body, publisher=publisher)), "t.txt")
    assert q.organisation == organisation


def test_department_table_follows_the_release_date():
    body = ["Business Secretary Vince Cable said:", "This is good news for British manufacturing and for jobs."]
    (old,) = extract(dump(release("Old", body, date="3 May 2012", publisher="the Department for Transport")), "t.txt")
    assert old.organisation == "Department for Business, Innovation and Skills"
    body = ["Business Secretary Jonathan Reynolds said:", "This is good news for British manufacturing and for jobs."]
    (new,) = extract(dump(release("New", body, date="3 May 2025")), "t.txt")
    assert new.organisation == "Department for Business and Trade"


@pytest.mark.parametrize("attribution, organisation", [
    ("Lord Chancellor and Justice Secretary Shabana Mahmood said:", "Ministry of Justice"),
    ("Chancellor Rachel Reeves said:", "HM Treasury"),
    ("Welsh Government Minister Jane Hutt said:", "Welsh Government"),  # devolved: not the publisher
])
def test_office_holders_map_to_their_government(attribution, organisation):
    body = [attribution, "This is good news for British manufacturing and for jobs."]
    (quote,) = extract(dump(release("Offices", body, date="3 May 2025")), "t.txt")
    assert quote.organisation == organisation


def test_attribution_that_lost_its_colon_is_not_a_heading():
    body = ["Bidders for the new franchise were announced today.", "Rail Minister Theresa Villiers said",
            "Our reformed approach to franchising will give passengers a better deal.", "Notes to editors"]
    (quote,) = extract(dump(release("No colon", body)), "t.txt")
    assert (quote.speaker, quote.role) == ("Theresa Villiers", "Rail Minister")
    assert quote.paragraphs == ["Our reformed approach to franchising will give passengers a better deal."]


def test_quotation_opened_in_earlier_paragraphs_and_attributed_at_its_end():
    body = [
        "The new law comes into force today.",
        "“This is a landmark day for victims of stalking.",
        "“No one should have to live in fear in their own home,” said Jess Phillips, Minister for Safeguarding.",
        "The law was first announced in the King’s Speech.",
    ]
    (q,) = extract(dump(release("Stalking law", body)), "t.txt")
    assert q.speaker == "Jess Phillips" and q.inline is True
    assert q.paragraphs == ["This is a landmark day for victims of stalking.",
                            "No one should have to live in fear in their own home"]
    assert q.source.paragraph == 2


def test_quoted_paragraphs_after_an_inline_quote_continue_it():
    body = ["The department announced a plan today.",
            "“We will act now to protect victims,” Home Secretary Yvette Cooper said.",
            "“This is only the start of our plan and we will go further.”",
            "The plan will be published in spring."]
    (quote,) = extract(dump(release("Inline continued", body)), "t.txt")
    assert quote.inline and quote.speaker == "Yvette Cooper"
    assert quote.paragraphs == ["We will act now to protect victims",
                                "This is only the start of our plan and we will go further."]


@pytest.mark.parametrize("paragraph", [
    "Jane Doe, chief executive of Acme, said that “we are delighted with the result today”.",
    "Jane Doe, chief executive of Acme, said that “we are delighted with the result today”, and that more would "
    "follow.",
])
def test_a_quotation_closed_before_the_full_stop_does_not_run_on(paragraph):
    body = [paragraph, "The scheme opens in May and applications close in June."]
    (quote,) = extract(dump(release("Closed", body)), "t.txt")
    assert quote.paragraphs == ["we are delighted with the result today"]


@pytest.mark.parametrize("body, words", [
    (["The Defence Secretary also announced:", "a new fleet of 20 armoured vehicles for the Army",
      "£50 million for new training ranges", "The plans were welcomed by the industry."], None),
    (["The Defence Secretary announced:", "We are investing £50 million in the training ranges our soldiers need.",
      "The plans were welcomed by the industry."],
     ["We are investing £50 million in the training ranges our soldiers need."]),
    # words spoken without "I" or "we", or in quotation marks, are still a quote
    (["Health Secretary Wes Streeting announced:", "Today marks the end of the postcode lottery for patients.",
      "The plan was published today."], ["Today marks the end of the postcode lottery for patients."]),
    (["A Home Office spokesperson confirmed:", "“A man has been arrested and inquiries are continuing.”",
      "The investigation continues."], ["A man has been arrested and inquiries are continuing."]),
    # words in the first person that open with a figure are spoken
    (["Defence Secretary Ben Wallace confirmed:",
      "2,000 troops will be deployed to the region and I thank them for their service.",
      "The deployment begins in May."],
     ["2,000 troops will be deployed to the region and I thank them for their service."]),
    # measures are listed as "ours", in long items too
    (["The Chancellor announced:", "£3 billion to help our high streets adapt and thrive, including a new Future "
      "High Streets Fund and business rates relief.", "The plans were welcomed by the industry."], None),
    # "our" is no speaker acting: a list item that ends with a full stop is still one
    (["The Chancellor also announced:", "£2.5 billion to support our NHS through the winter.", "a new fund",
      "The plans were welcomed by the industry."], None),
    # a list item with "our" in it is still a list item
    (["The Defence Secretary also announced:", "£50 million for our armed forces training ranges",
      "a new fleet of vehicles", "The plans were welcomed by the industry."], None),
])
def test_an_announcement_before_a_list_is_no_quote(body, words):
    quotes = extract(dump(release("Announcement", body)), "t.txt")
    assert [q.paragraphs for q in quotes] == ([words] if words else [])


def test_a_phrase_quoted_inside_an_open_quotation_does_not_close_it():
    body = ["The Prime Minister said: “Our “Plan for Change” is about delivering for every part of the country.",
            "“That is why we are investing in every region of the country today.”",
            "The plan was published today."]
    (quote,) = extract(dump(release("Nested", body)), "t.txt")
    assert quote.paragraphs == ["Our “Plan for Change” is about delivering for every part of the country.",
                                "That is why we are investing in every region of the country today."]


def test_a_lead_in_clause_is_no_name_for_the_title_after_it():
    body = ["Recognising Volunteers Week, the Minister for Civil Society said:",
            "Volunteers are the backbone of our communities and we thank every one of them.", "Events run all week."]
    (quote,) = extract(dump(release("Lead-in", body)), "t.txt")
    assert (quote.speaker, quote.role) == (None, "Minister for Civil Society")


@pytest.mark.parametrize("mention, speaker, role, organisation", [
    # a lead-in word before the name goes; the name and role are remembered
    ("Today Jane Doe, Chief Executive of Acme Trust, welcomed the plans.", "Jane Doe", "Chief Executive",
     "Acme Trust"),
    ("On Monday Jane Doe, Chief Executive of Acme Trust, welcomed the plans.", "Jane Doe", "Chief Executive",
     "Acme Trust"),
    # a month that is a given name stays
    ("Today June Doe, Chief Executive of Acme Trust, welcomed the plans.", "June Doe", "Chief Executive",
     "Acme Trust"),
    ("Under-Secretary of State Jane Doe, Minister for Schools, visited a school today.", "Jane Doe",
     "Minister for Schools", "Department for Education"),
    # a government rank before the name: the office after it says which
    ("Secretary of State Jane Doe, Minister for Schools, visited a school today.", "Jane Doe",
     "Minister for Schools", "Department for Education"),
    ("Transport Secretary Jane Doe, Minister for Schools, visited a school today.", "Jane Doe",
     "Transport Secretary", "Department for Transport"),
])
def test_a_mention_after_a_lead_in_word_is_remembered(mention, speaker, role, organisation):
    body = [mention, "Ms Doe said:", "This is good news for everyone who uses our services.", "It opens in May."]
    (quote,) = extract(dump(release("Mention", body)), "t.txt")
    assert (quote.speaker, quote.role, quote.organisation) == (speaker, role, organisation)



SPOKEN = "We are determined to do everything we can to help the people affected."


def last_quote_of(body, publisher, date="4 February 2025"):
    """(speaker, role, organisation) of the last quote of a release made of these paragraphs."""
    quotes = extract(dump(release("Test release", body, publisher=publisher, date=date,
                                  month=" ".join(date.split()[1:]))), "t.txt")
    last = quotes[-1]
    return last.speaker, last.role, last.organisation


def only_quote(body, publisher="the Home Office", date="4 February 2025"):
    """The one quote of a release made of these paragraphs and a spoken line after them."""
    (quote,) = extract(dump(release("Case", [*body, SPOKEN], publisher=publisher, date=date,
                                    month=" ".join(date.split()[1:]))), "t.txt")
    return quote


@pytest.mark.parametrize("publisher, attribution, organisation", [
    # a devolved government's own ministers speak for it, not for the Whitehall department of the subject
    ("the Scottish Government", "Public Health Minister Maree Todd said:", "Scottish Government"),
    ("the Welsh Government", "Speaking after the vote, Minister for Climate Change, Julie James said:",
     "Welsh Government"),
    ("the Welsh Government", "First Minister Mark Drakeford said:", "Welsh Government"),
    # UK offices stay with the UK government in a devolved release
    ("the Welsh Government", "Secretary of State for Wales David TC Davies said:", "Wales Office"),
    ("the Scottish Government", "UK Government Minister for Scotland John Lamont said:", "Scotland Office"),
    # a First Minister named in a UK release heads the government of the place named, or none told
    ("the Home Office", "First Minister of Wales Mark Drakeford said:", "Welsh Government"),
    ("the Home Office", "Scotland's First Minister John Swinney said:", "Scottish Government"),
    # (a bare title, with the name of who held it that day: his government; anyone else's, none told)
    ("the Home Office", "First Minister Mark Drakeford said:", "Welsh Government"),
    ("the Home Office", "First Minister Jane Doe said:", None),
    ("the Home Office", "Public Health Minister Maree Todd said:", "Department of Health and Social Care"),
    # a devolved minister named with the nation in a UK release is the devolved government's
    ("the Department for Business and Trade", "Northern Ireland Economy Minister Gordon Lyons said:",
     "Northern Ireland Executive"),
    ("the Department for Levelling Up, Housing and Communities", "Scotland’s Economy Secretary Neil Gray said:",
     "Scottish Government"),
    ("the Department for Business and Trade", "Scottish Economy Secretary Neil Gray said:", "Scottish Government"),
    ("the Department for Business and Trade", "Welsh Economy Minister Vaughan Gething said:", "Welsh Government"),
    ("the Department for Business and Trade", "Wales’ Economy Minister Vaughan Gething said:", "Welsh Government"),
    # ... not a UK minister for the nation, nor its territorial office's
    ("the Northern Ireland Office", "Northern Ireland Minister Steve Baker said:", "Northern Ireland Office"),
    ("the Scotland Office", "Scotland Office Minister John Lamont said:", "Scotland Office"),
    ("the Scotland Office", "Scottish Secretary Alister Jack said:", "Scotland Office"),
])
def test_devolved_governments_speak_for_their_own_ministers(publisher, attribution, organisation):
    assert only_quote([attribution], publisher, "21 March 2023").organisation == organisation


@pytest.mark.parametrize("line, organisation", [
    ("A Foreign, Commonwealth & Development Office (FCDO) spokesperson said:",
     "Foreign, Commonwealth and Development Office"),
    ("A Foreign & Commonwealth Office spokesperson said:", "Foreign and Commonwealth Office"),
    ("Jane Doe, Chief Executive of Marks & Spencer, said:", "Marks & Spencer"),  # only departments change
])
def test_a_department_written_with_an_ampersand_or_its_initials_is_written_out(line, organisation):
    body = [line, "We will set out our response to the report in full in due course."]
    (quote,) = extract(dump(release("Spokesperson", body, date="4 February 2021", month="February 2021")), "t.txt")
    assert quote.organisation == organisation


@pytest.mark.parametrize("body, attribution, speaker, role", [
    # a lead-in without its comma, then a peer
    (["Lord Janvrin has been appointed to chair the memorial committee."],
     "Commenting on his appointment Lord Janvrin said:", "Lord Janvrin", None),
    # a title and a surname refer to the person named before, with or without the lead-in's comma
    (["The British Ambassador to Lebanon, Hamish Cowell, met the Prime Minister today."],
     "Following the meeting Ambassador Cowell said:", "Hamish Cowell", "Ambassador"),
    (["The British Ambassador to Lebanon, Hamish Cowell, met the Prime Minister today."],
     "Following the meeting, Ambassador Cowell said:", "Hamish Cowell", "Ambassador"),
    # an elected member referred to by constituency and letters is the member the release named (the party
    # before the post is the organisation)
    (["Sinn Féin MLA Pádraig Delargy has written to the Justice Minister seeking an explanation."],
     "The Foyle MLA said:", "Pádraig Delargy", "MLA"),
    (["SNP MP John Mason has written to the Home Secretary about the decision."],
     "The SNP Glasgow East MP said:", "John Mason", "MP"),
    # a pronoun with nothing before it in its paragraph is the last person named with a title, not a
    # team read as a name
    (["Prime Minister Rishi Sunak has congratulated footballer Harry Kane on his record.",
      "In a video call, the Prime Minister offered the England and Tottenham Hotspur striker his thanks."],
     "He went on to say:", "Rishi Sunak", "Prime Minister"),
    # ... also when that paragraph quotes a few words of his, commas and all
    (["Prime Minister Jane Roe has congratulated the cyclist John Doe on his third world title.",
      "In a call this morning, the Prime Minister offered the Olympic champion “warm congratulations, from all "
      "of us, on a remarkable ride.”"],
     "She went on to say:", "Jane Roe", "Prime Minister"),
])
def test_references_to_people_named_before(body, attribution, speaker, role):
    line = f"{attribution} “You are a phenomenal example to everyone in the country and we are proud of you.”"
    quotes = extract(dump(release("References", body + [line], publisher="10 Downing Street")), "t.txt")
    assert [(q.speaker, q.role) for q in quotes] == [(speaker, role)]


def test_he_said_before_a_quotation_in_one_paragraph():
    body = ["Transport Secretary Jane Doe visited the school today.",
            "He said: “We are proud of every pupil here and of the teachers who work so hard.”"]
    (quote,) = extract(dump(release("Pronoun", body)), "t.txt")
    assert quote.inline and quote.paragraphs == ["We are proud of every pupil here and of the teachers who work so hard."]


@pytest.mark.parametrize("line, speaker, role", [
    ("First Sea Lord Admiral Sir Ben Key said:", "Ben Key", "First Sea Lord"),
    ("Chief of the General Staff General Sir Patrick Sanders said:", "Patrick Sanders", "Chief of the General Staff"),
    ("Border Security Commander Martin Hewitt said:", "Martin Hewitt", "Border Security Commander"),  # a title
])
def test_a_rank_after_a_whole_office_is_no_part_of_the_role(line, speaker, role):
    quote = only_quote([line], "the Ministry of Defence")
    assert (quote.speaker, quote.role) == (speaker, role)


def test_a_person_named_at_the_end_of_a_sentence_keeps_the_title_before_the_name():
    body = ["Road users are encouraged to take part in a study launched today by Roads Minister Mike Penning. "
            "The A14 Challenge will deliver major improvements to the corridor.",
            "Mike Penning said:", "I urge anyone with an interest in the route to submit their ideas."]
    (quote,) = extract(dump(release("Mention", body, publisher="the Department for Transport", date="8 December 2011",
                                    month="December 2011")), "t.txt")
    assert (quote.speaker, quote.role, quote.organisation) == ("Mike Penning", "Roads Minister",
                                                               "Department for Transport")


@pytest.mark.parametrize("text, run", [
    ("It was launched by Roads Minister Mike Penning. The Challenge opens.", "Roads Minister Mike Penning"),
    ("Chaired by the Rt Hon. Oliver Dowden MP, it met.", "the Rt Hon. Oliver Dowden MP"),  # an abbreviation goes on
    ("Mrs. Jane Doe met the pupils.", "Mrs. Jane Doe"),
])
def test_runs_of_capitals_stop_at_the_end_of_a_sentence(text, run):
    from quotes.extract import name_runs

    assert run in list(name_runs(text))


def test_a_title_in_a_lead_in_clause_names_no_one():
    body = ["The Prime Minister has thanked the emergency services. Prime Minister Gordon Brown visited Hampshire.",
            "Appearing on the BBC’s Radio Solent, the Prime Minister said central government was doing everything "
            "it could to help, adding: “If there are things that are outstanding, we should be told so we can act.”"]
    (quote,) = extract(dump(release("Weather", body, publisher="10 Downing Street", date="8 January 2010",
                                    month="January 2010")), "t.txt")
    assert (quote.speaker, quote.role, quote.organisation) == (
        "Gordon Brown", "Prime Minister", "Prime Minister's Office, 10 Downing Street")


@pytest.mark.parametrize("publisher, body, attribution, speaker, role", [
    # a lead-in without its comma before "the" and a title, or a member's letters
    ("the Democratic Unionist Party", ["East Belfast MP Gavin Robinson raised the issue in the House of Commons."],
     "Speaking afterwards the DUP MP said:", "Gavin Robinson", "East Belfast MP"),
    # a place's name in the lead-in; a person named without a title is not taken for the office (the
    # holder on the release date is)
    ("10 Downing Street", ["Gordon Brown met Barack Obama in London today."],
     "Speaking to journalists in 10 Downing Street the PM said:", "Gordon Brown", "PM"),
    ("10 Downing Street", ["Captain Sir Tom Moore has died aged 100."], "The Prime Minister said:", "Gordon Brown",
     "Prime Minister"),
    # a place's name at the end of a title is no given name
    ("the Foreign, Commonwealth and Development Office", [],
     "UK Special Envoy to the Horn of Africa and Red Sea Alison Blackburne said:", "Alison Blackburne",
     "UK Special Envoy to the Horn of Africa and Red Sea"),
])
def test_more_forms_of_older_and_other_releases(publisher, body, attribution, speaker, role):
    quote = only_quote(body + [attribution], publisher, "8 January 2010")
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize("body, attribution, speaker, role", [
    # a title refers to the person who holds it, not to another whose title ends the same way
    (["Transport Secretary Grant Shapps joined the Home Secretary at Dover to see the new checks."],
     "The Home Secretary said:", "Yvette Cooper", "Home Secretary"),  # the holder on the release date
    (["Hartlepool MP Jane Doe and Strangford MP John Smith met the minister."], "The Foyle MLA said:", None,
     "Foyle MLA"),
    # a pronoun is the last person named, titled or not
    (["Health Secretary Wes Streeting visited the new maternity unit at Leeds General Infirmary.",
      "Sarah Jones, whose son was born at the unit last week, welcomed the investment."],
     "She said:", "Sarah Jones", None),
])
def test_references_are_not_stretched_to_another_person(body, attribution, speaker, role):
    quote = only_quote(body + [attribution])
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize("publisher, date, body, attribution, speaker, organisation", [
    # a great office quoted by title alone, its holder never named: the holder on the release date
    ("10 Downing Street", "17 March 2004", ["The Prime Minister met the new police recruits."],
     "The Prime Minister said:", "Tony Blair", "Prime Minister's Office, 10 Downing Street"),
    ("HM Treasury", "22 June 2010", ["The Budget sets out the plan to deal with the deficit."],
     "The Chancellor said:", "George Osborne", "HM Treasury"),
    ("the Foreign and Commonwealth Office", "3 March 2015", ["The talks covered trade and security."],
     "Speaking after the talks, the Foreign Secretary said:", "Philip Hammond", "Foreign and Commonwealth Office"),
    ("the Home Office", "9 September 2025", ["The new rules apply from today."],
     "The Home Secretary said:", "Shabana Mahmood", "Home Office"),
    # the release names the holder: that name, as written
    ("10 Downing Street", "17 March 2004", ["Prime Minister Anthony Blair met the new police recruits."],
     "The Prime Minister said:", "Anthony Blair", "Prime Minister's Office, 10 Downing Street"),
    # a changeover day: either holder may be speaking
    ("10 Downing Street", "13 July 2016", ["The new Cabinet met for the first time."],
     "The Prime Minister said:", None, "Prime Minister's Office, 10 Downing Street"),
    # before the table starts; another country's prime minister; an office outside the table
    ("10 Downing Street", "12 March 1996", ["The summit ended."], "The Prime Minister said:", None,
     "Prime Minister's Office, 10 Downing Street"),
    # a devolved First Minister, from the devolved table, in the government's own release
    ("the Scottish Government", "3 March 2015", ["The summit ended."], "The First Minister said:",
     "Nicola Sturgeon", "Scottish Government"),
])
def test_a_great_office_by_title_alone_is_its_holder_on_the_day(publisher, date, body, attribution, speaker,
                                                                  organisation):
    quote = only_quote(body + [attribution], publisher, date)
    assert (quote.speaker, quote.organisation) == (speaker, organisation)


@pytest.mark.parametrize("role, organisation", [
    ("Indian Prime Minister", "Prime Minister's Office, 10 Downing Street"),  # not the title alone
    ("Chancellor", "University of Leeds"),  # a university's chancellor
    ("Chancellor of the Duchy of Lancaster", "Cabinet Office"),
])
def test_titles_that_are_not_a_great_office_name_no_one(role, organisation):
    from quotes.holders import office_holder

    assert office_holder(role, organisation, dt.date(2015, 3, 3)) is None

@pytest.mark.parametrize("publisher, body, attribution, speaker, role, organisation", [
    # a person named as the owner of a possessive, with a preposition before the title
    ("HM Treasury", ["The report of Chancellor Gordon Brown’s Business Advisory Group was published today."],
     "Welcoming the report, Mr Brown said :", "Gordon Brown", "Chancellor", "HM Treasury"),
    # an article that is not after a preposition starts the title written before a name
    ("HM Treasury", ["Ahead of the meeting of G7 Finance Ministers the Chancellor of the Exchequer, the Rt Hon "
                     "Gordon Brown MP, set out plans."],
     "Speaking in advance of the meeting, Mr Brown said:", "Gordon Brown", "Chancellor of the Exchequer",
     "HM Treasury"),
    # an office with a body of its own, and a title the words of a committee follow
    ("the Cabinet Office", [], "Baroness Gisela Stuart, the First Civil Service Commissioner, said:",
     "Baroness Gisela Stuart", "First Civil Service Commissioner", "Civil Service Commission"),
    ("the Cabinet Office", [], "Commenting, Siobhian Brown MSP, Convener of the COVID-19 Recovery Committee, said:",
     "Siobhian Brown", "Convener", "COVID-19 Recovery Committee"),
])
def test_titles_written_around_names_in_narration(publisher, body, attribution, speaker, role, organisation):
    quote = only_quote(body + [attribution], publisher, "3 November 1998")
    assert (quote.speaker, quote.role, quote.organisation) == (speaker, role, organisation)


@pytest.mark.parametrize("body, attribution, speaker, role, organisation", [
    # a rank and a surname: the post the release gave when it named the person
    (["The Defence Senior Advisor to the Middle East and North Africa, Air Marshal Martin Sampson, visited."],
     "At the end of his visit, Air Marshal Sampson said:", "Martin Sampson",
     "Defence Senior Advisor to the Middle East and North Africa", None),
    (["Chief Constable Jane Doe of Kent Police met officers."], "Chief Constable Doe said:", "Jane Doe",
     "Chief Constable", "Kent Police"),
    # a title set off by a comma before the name in narration
    (["UK Economic Secretary to the Treasury, Patricia Hewitt, announced the decisions today."],
     "Welcoming the decisions, Patricia Hewitt said:", "Patricia Hewitt", "UK Economic Secretary to the Treasury",
     "HM Treasury"),
    # a body written with figures before its possessive
    ([], "Wing Commander Scott MacColl, 140 Expeditionary Air Wing’s Commanding Officer, said:", "Scott MacColl",
     "Commanding Officer", "140 Expeditionary Air Wing"),
])
def test_posts_given_where_a_person_is_first_named(body, attribution, speaker, role, organisation):
    quote = only_quote(body + [attribution], "the Ministry of Defence")
    assert (quote.speaker, quote.role, quote.organisation) == (speaker, role, organisation)


@pytest.mark.parametrize("publisher, attribution, speaker, role, organisation", [
    # a UK Secretary of State or Treasury minister in a devolved government's release is still the UK's
    ("the Welsh Government", "Chief Secretary to the Treasury Danny Alexander said:", "Danny Alexander",
     "Chief Secretary to the Treasury", "HM Treasury"),
    ("the Scottish Government", "Treasury Minister Lord Deighton said:", "Lord Deighton", "Treasury Minister",
     "HM Treasury"),
    ("the Scottish Government", "Defence Secretary Ben Wallace said:", "Ben Wallace", "Defence Secretary",
     "Ministry of Defence"),
    ("the Scotland Office", "First Minister John Swinney said:", "John Swinney", "First Minister",
     "Scottish Government"),
    # "first" in lower case is no First Minister
    ("the Department for Culture, Media and Sport", "The first Minister for Loneliness, Tracey Crouch, said:",
     "Tracey Crouch", "first Minister for Loneliness", "Department for Digital, Culture, Media and Sport"),
    # a lead-in without a comma before a body and a title; an adjective before a title is no lead-in
    ("the Department for Transport", "In response Passenger Focus chief executive Anthony Smith said:",
     "Anthony Smith", "chief executive", "Passenger Focus"),
    ("the Ministry of Justice", "Leading barrister Jane Doe KC said:", "Jane Doe", "Leading barrister", None),
    ("the Northern Ireland Office", "Speaking afterwards the Sinn Féin MLA said:", None, "Sinn Féin MLA", None),
    ("the Department for Transport", "Speaking at the Labour Party Conference Jane Doe said:", "Jane Doe", None,
     None),
    # a person's name before a possessive; a body's or an office's possessive stays whole
    ("the Department of Health", "The King's Fund Chief Executive Richard Murray said:", "Richard Murray",
     "Chief Executive", "King's Fund"),
    # a devolved government's own ministers and cabinet secretaries; a Secretary of State stays the UK's
    ("the Scottish Government", "Cabinet Secretary for Justice Keith Brown said:", "Keith Brown",
     "Cabinet Secretary for Justice", "Scottish Government"),
    ("the Scottish Government", "International Development Minister Neil Gray said:", "Neil Gray",
     "International Development Minister", "Scottish Government"),
    ("the Scottish Government", "Home Secretary Suella Braverman said:", "Suella Braverman", "Home Secretary",
     "Home Office"),
    # a shadow minister is the opposition's: the party that published the release, or no one told
    ("the Welsh Conservatives", "Commenting, Welsh Conservative Shadow Local Government Minister, Sam Rowlands MS "
     "said:", "Sam Rowlands", "Welsh Conservative Shadow Local Government Minister", "Welsh Conservatives"),
    ("the Home Office", "Shadow Home Secretary Yvette Cooper said:", "Yvette Cooper", "Shadow Home Secretary", None),
    ("the TUC", "SNP Shadow Chancellor Stephen Flynn said:", "Stephen Flynn", "Shadow Chancellor",
     "Scottish National Party"),
    # a body called "Shadow ..." is a body; a club's secretary in a devolved release is no minister
    ("the Department for Transport", "Laura Shoaf, Chair of Shadow Great British Railways, said:", "Laura Shoaf",
     "Chair", "Shadow Great British Railways"),
    ("the Scottish Government", "Club Secretary Jim Brown said:", "Jim Brown", "Club Secretary", None),
    ("the Scottish Government", "Justice Secretary Keith Brown said:", "Keith Brown", "Justice Secretary",
     "Scottish Government"),
    ("the Welsh Government", "Health Secretary Vaughan Gething said:", "Vaughan Gething", "Health Secretary",
     "Welsh Government"),
    ("the Welsh Government", "Social Justice Secretary Jane Hutt said:", "Jane Hutt", "Social Justice Secretary",
     "Welsh Government"),
    # ... but not a matter the UK government keeps (justice in Wales; trade anywhere), nor in Northern
    # Ireland, whose Executive has ministers, nor a club's officer named after a matter
    ("the Welsh Government", "Justice Secretary Alex Chalk said:", "Alex Chalk", "Justice Secretary",
     "Ministry of Justice"),
    ("the Scottish Government", "International Trade Secretary Liz Truss said:", "Liz Truss",
     "International Trade Secretary", "Department for International Trade"),
    ("the Northern Ireland Executive", "Health Secretary Matt Hancock said:", "Matt Hancock", "Health Secretary",
     "Department of Health and Social Care"),
    ("the Scottish Government", "Social Secretary Jim Brown said:", "Jim Brown", "Social Secretary", None),
    # a devolved government's culture and transport secretaries, its cabinet secretaries and chief officers
    ("the Scottish Government", "Culture Secretary Angus Robertson said:", "Angus Robertson", "Culture Secretary",
     "Scottish Government"),
    ("the Scottish Government", "The Cabinet Secretary said:", None, "Cabinet Secretary", "Scottish Government"),
    ("NHS Lothian", "Cabinet Secretary for Health Jeane Freeman said:", "Jeane Freeman",
     "Cabinet Secretary for Health", None),
    ("the Welsh Government", "Chief Medical Officer Frank Atherton said:", "Frank Atherton", "Chief Medical Officer",
     "Welsh Government"),
    ("the Home Office", "Chief Medical Officer Chris Whitty said:", "Chris Whitty", "Chief Medical Officer",
     "Department of Health and Social Care"),
    # a British envoy speaks for the foreign ministry of the day; another nation's does not
    ("the Department for Transport", "British Ambassador to France Ed Llewellyn said:", "Ed Llewellyn",
     "British Ambassador to France", "Foreign and Commonwealth Office"),
    ("the Foreign and Commonwealth Office", "Irish Ambassador Adrian O'Neill said:", "Adrian O'Neill",
     "Irish Ambassador", None),
    ("the Foreign and Commonwealth Office", "The UK’s Ambassador to the United States, Dame Karen Pierce, said:",
     "Karen Pierce", "UK’s Ambassador to the United States", "Foreign and Commonwealth Office"),
    ("UK Export Finance", "Her Majesty’s Ambassador to Brazil, Vijay Rangarajan, said:", "Vijay Rangarajan",
     "Her Majesty’s Ambassador to Brazil", "Foreign and Commonwealth Office"),
    ("the Department for International Trade", "UK Consul General in New York Antony Phillipson said:",
     "Antony Phillipson", "UK Consul General in New York", "Foreign and Commonwealth Office"),
    # a British trade post abroad is the trade department's
    ("the Department for International Trade", "HM Trade Commissioner for Asia Pacific Natalie Black said:",
     "Natalie Black", "HM Trade Commissioner for Asia Pacific", "Department for International Trade"),
    ("the Department for International Trade", "UK Trade Envoy to Nigeria Helen Grant said:", "Helen Grant",
     "UK Trade Envoy to Nigeria", "Department for International Trade"),
    # another country's ministers and envoys are no UK department's, whatever the release's publisher
    ("the Foreign and Commonwealth Office", "Japanese Foreign Minister Fumio Kishida said:", "Fumio Kishida",
     "Japanese Foreign Minister", None),
    ("the Department for International Trade", "Australian Trade Minister Simon Birmingham said:",
     "Simon Birmingham", "Australian Trade Minister", None),
    ("the Department for International Trade", "New Zealand Trade Minister David Parker said:", "David Parker",
     "New Zealand Trade Minister", None),
    ("the Foreign and Commonwealth Office", "Foreign Minister of Japan Taro Kono said:", "Taro Kono",
     "Foreign Minister of Japan", None),
    ("the Department for International Trade", "US Trade Representative Robert Lighthizer said:",
     "Robert Lighthizer", "US Trade Representative", None),
    # ... except a European Commissioner, whose body is the Commission (DCMS, 2020), and a United States
    # Secretary, whose department the title names, the country written as the release writes it (HM Treasury, 2024)
    ("the Department for International Trade", "EU Trade Commissioner Cecilia Malmström said:",
     "Cecilia Malmström", "EU Trade Commissioner", "European Commission"),
    ("the Department for Digital, Culture, Media & Sport", "EU Commissioner for Internal Market Jean Roe said:",
     "Jean Roe", "EU Commissioner for Internal Market", "European Commission"),
    ("HM Treasury", "Jane L. Doe, U.S. Secretary of the Treasury, said:", "Jane L. Doe",
     "U.S. Secretary of the Treasury", "U.S. Department of the Treasury"),
    ("the Foreign, Commonwealth & Development Office", "US Secretary of State Jane Doe said:", "Jane Doe",
     "US Secretary of State", "US Department of State"),
    ("the Ministry of Defence", "Jane Doe, US Secretary of Defense, said:", "Jane Doe", "Secretary of Defense",
     "US Department of Defense"),
    ("HM Treasury", "US Treasury Secretary Jane Doe said:", "Jane Doe", "US Treasury Secretary",
     "US Department of the Treasury"),
    # (without the country, the same titles are the UK's)
    ("HM Treasury", "Treasury Secretary Jane Doe said:", "Jane Doe", "Treasury Secretary", "HM Treasury"),
    ("the Department for International Trade", "The High Commissioner of Australia to the UK, George Brandis, "
     "said:", "George Brandis", "High Commissioner of Australia to the UK", None),
    # a great office's title before someone who never held the UK office is another country's holder's
    ("Prime Minister's Office, 10 Downing Street", "Prime Minister Giorgia Meloni said:", "Giorgia Meloni",
     "Prime Minister", None),
    ("Prime Minister's Office, 10 Downing Street", "Chancellor Scholz said:", "Scholz", "Chancellor", None),
    ("Prime Minister's Office, 10 Downing Street", "Prime Minister Keir Starmer said:", "Keir Starmer",
     "Prime Minister", "Prime Minister's Office, 10 Downing Street"),
    ("HM Treasury", "Chancellor Reeves said:", "Reeves", "Chancellor", "HM Treasury"),
    # ... while a UK portfolio that ends like a nationality is the UK's
    ("HM Treasury", "Economic Secretary John Glen said:", "John Glen", "Economic Secretary", "HM Treasury"),
    ("the Department for Business, Energy & Industrial Strategy", "Clean Growth Minister Claire Perry said:",
     "Claire Perry", "Clean Growth Minister", "Department for Business, Energy and Industrial Strategy"),
    # an acronym of a portfolio before a minister's title is no body; a department's is
    ("the Department for Digital, Culture, Media & Sport", "AI Minister Jane Doe said:", "Jane Doe", "AI Minister",
     "Department for Digital, Culture, Media and Sport"),
    ("the Department for Exiting the European Union", "EU Minister Chris Heaton-Harris said:", "Chris Heaton-Harris",
     "EU Minister", "Department for Exiting the European Union"),
    # a devolved government's name before its minister's title is the body
    ("the Department for International Trade", "Welsh Government Economy Minister Vaughan Gething said:",
     "Vaughan Gething", "Economy Minister", "Welsh Government"),
    ("the Home Office", "DfT permanent secretary Bernadette Kelly said:", "Bernadette Kelly", "permanent secretary",
     "Department for Transport"),
    # a department's initials before a minister's title tell the department, whatever the portfolio
    ("the Home Office", "David Hanson, NIO Minister with responsibility for criminal justice, said:", "David Hanson",
     "Minister with responsibility for criminal justice", "Northern Ireland Office"),
    # with no body named, a police officer in a force's own release serves that force; a head of something
    # unnamed, or an officer in a prosecutor's release, stays without one
    ("Essex Police", "Detective Superintendent Gary Biddle said:", "Gary Biddle", "Detective Superintendent",
     "Essex Police"),
    ("the Department for Transport", "Chief Executive Jane Doe said:", "Jane Doe", "Chief Executive", None),
    ("UK Export Finance", "Chief Executive Graeme Macdonald said:", "Graeme Macdonald", "Chief Executive", None),
    ("the Crown Prosecution Service", "Detective Inspector John Smith said:", "John Smith", "Detective Inspector",
     None),
    # a staff title named with no body in a body's own release is the body's; not in a department's release, nor
    # a trade's or a former post's
    ("Alzheimer's Society", "Dr Jane Doe, Associate Director for Research said:", "Jane Doe",
     "Associate Director for Research", "Alzheimer's Society"),
    ("the Environment Agency", "John Smith, Flood and Coastal Risk Manager for the East Midlands said:", "John Smith",
     "Flood and Coastal Risk Manager for the East Midlands", "Environment Agency"),
    ("the Department for Transport", "Jane Doe, Associate Director for Research, said:", "Jane Doe",
     "Associate Director for Research", None),
    ("Alzheimer's Society", "Dr Jane Doe, GP and TV doctor, said:", "Jane Doe", "GP and TV doctor", None),
    ("Alzheimer's Society", "Jane Doe, former Director of Research, said:", "Jane Doe", "former Director of Research",
     None),
    ("the Environment Agency", "Jane Doe, Officer in the Royal Navy, said:", "Jane Doe", "Officer in the Royal Navy",
     None),
    ("the Environment Agency", "Jane Doe, Head Teacher, said:", "Jane Doe", "Head Teacher", None),
    # a title's places and areas of work after "for", "of" or a comma are the title's; the body is named before it
    ("Natural England", "Dr Helen Fairweather, Natural England's Area Manager for Devon, Cornwall and the Isles of "
     "Scilly, said:", "Helen Fairweather", "Area Manager for Devon, Cornwall and the Isles of Scilly",
     "Natural England"),
    ("the Environment Agency", "John Smith, Environment Agency Area Director for Kent, South London and East Sussex, "
     "said:", "John Smith", "Area Director for Kent, South London and East Sussex", "Environment Agency"),
    ("the Department for International Trade", "Jane Smith, Regional Director for Europe, Procter and Gamble, said:",
     "Jane Smith", "Regional Director for Europe", "Procter and Gamble"),
    ("the Environment Agency", "John Smith, the Environment Agency's Director of Operations, Yorkshire and North East, "
     "said:", "John Smith", "Director of Operations, Yorkshire and North East", "Environment Agency"),
    ("Ofsted", "Lee Owston, Ofsted’s National Director, Education, said:", "Lee Owston",
     "National Director, Education", "Ofsted"),
    ("HM Prison and Probation Service", "Phil Copple, Director General of Prisons, said:", "Phil Copple",
     "Director General of Prisons", "HM Prison and Probation Service"),
    # a benefit a department runs is the director's area, and the department the body
    ("the Department for Work and Pensions", "Neil Couling, Director General of Universal Credit, said:",
     "Neil Couling", "Director General of Universal Credit", "Department for Work and Pensions"),
    ("the Home Office", "Neil Couling, Director General of Universal Credit, said:",
     "Neil Couling", "Director General of Universal Credit", "Department for Work and Pensions"),
    ("the Department for Work and Pensions", "Jane Doe, Director General of Credit Suisse, said:",
     "Jane Doe", "Director General", "Credit Suisse"),
    # ... but "the" and a body's noun make a body's name of work-area words
    ("the Cabinet Office", "Kevin Cunnington, Director General of the Government Digital Service, said:",
     "Kevin Cunnington", "Director General", "Government Digital Service"),
    ("the Cabinet Office", "Stephen Foreshaw, Executive Director of the Government Digital Service, said:",
     "Stephen Foreshaw", "Executive Director", "Government Digital Service"),
    ("the Environment Agency", "John Curtin, Executive Director of Flood and Coastal Risk Management, said:",
     "John Curtin", "Executive Director of Flood and Coastal Risk Management", "Environment Agency"),
    ("the Department for International Trade", "Director General of the National Trust Hilary McGrady said:",
     "Hilary McGrady", "Director General", "National Trust"),
    ("Companies House", "Tim Moss, Chief Executive and Registrar of Companies for England and Wales, said:",
     "Tim Moss", "Chief Executive and Registrar of Companies for England and Wales", "Companies House"),
    ("the Ministry of Justice", "Simon Hayes, Chief Executive and Chief Land Registrar, said:", "Simon Hayes",
     "Chief Executive and Chief Land Registrar", "HM Land Registry"),
    ("HM Revenue and Customs", "HMRC Permanent Secretary Jim Harra said:", "Jim Harra", "Permanent Secretary",
     "HM Revenue and Customs"),
    # a body's name of several words before a title only its head holds; a town after a body's name
    ("the Department for International Development", "Save the Children Chief Executive Justin Forsyth said:",
     "Justin Forsyth", "Chief Executive", "Save the Children"),
    ("the Department for International Trade", "Sarah Jones, owner of The Little Bakery in Stroud, said:",
     "Sarah Jones", "owner", "Little Bakery"),
    ("the Department for International Trade", "Jane Doe, chief executive of Business in the Community, said:",
     "Jane Doe", "chief executive", "Business in the Community"),
    ("the Department for Education", "Richard Pennycook, interim chair of Skills England, said:",
     "Richard Pennycook", "interim chair", "Skills England"),
    ("Ofsted", "Amanda Spielman, Her Majesty’s Chief Inspector, said:", "Amanda Spielman",
     "Her Majesty’s Chief Inspector", "Ofsted"),
    # a regulator's head is no office of its own: the publisher's, or the body named after the title
    ("Ofqual", "Dame Glenys Stacey, Chief Regulator, said:", "Glenys Stacey", "Chief Regulator", "Ofqual"),
    ("the Department for Education", "Dame Glenys Stacey, Chief Regulator of Ofqual, said:", "Glenys Stacey",
     "Chief Regulator", "Ofqual"),
    # (a deputy of an office of the table speaks for the office's body)
    ("the Home Office", "Jane Doe, Deputy Information Commissioner, said:", "Jane Doe",
     "Deputy Information Commissioner", "Information Commissioner's Office"),
    # an office held in its own right after another's title is the body, not the whole title
    ("the Department for Work and Pensions", "Jane Doe, Chief Executive of The Pensions Regulator, said:", "Jane Doe",
     "Chief Executive of The Pensions Regulator", "Pensions Regulator"),
    ("the Home Office", "Jane Doe, Head of Staff to the Victims' Commissioner, said:", "Jane Doe",
     "Head of Staff to the Victims' Commissioner", "Victims' Commissioner"),
    ("the Home Office", "Nicole Jacobs, Domestic Abuse Commissioner for England and Wales, said:", "Nicole Jacobs",
     "Domestic Abuse Commissioner for England and Wales", "Domestic Abuse Commissioner for England and Wales"),
    # ... and the office's own publisher, when the office published the release (not another area's office)
    ("the Office of the Police and Crime Commissioner for Kent", "Police and Crime Commissioner for Kent Ann Barnes "
     "said:", "Ann Barnes", "Police and Crime Commissioner for Kent",
     "Office of the Police and Crime Commissioner for Kent"),
    ("the Office of the Police and Crime Commissioner for Essex", "Police and Crime Commissioner for Kent Ann Barnes "
     "said:", "Ann Barnes", "Police and Crime Commissioner for Kent", "Police and Crime Commissioner for Kent"),
    ("South Wales Police", "South Wales Police and Crime Commissioner Alun Michael said:", "Alun Michael",
     "South Wales Police and Crime Commissioner", "South Wales Police and Crime Commissioner"),
    # a body named by its noun alone is the publisher, or the one body of the noun the release names
    ("the Charity Commission", "Helen Stephenson CBE, the Commission’s Chief Executive, said:", "Helen Stephenson",
     "Chief Executive", "Charity Commission"),
    ("Kent County Council", "A spokesperson for the Council said:", None, "spokesperson", "Kent County Council"),
    ("the Home Office", "A spokesperson for the Council said:", None, "spokesperson", "Council"),
    # a body named by a nation, standing alone after the name
    ("Natural England", "Ken Jones, Natural England, said:", "Ken Jones", None, "Natural England"),
    # a body's region is no part of its name; the Met's Commissioner heads the Metropolitan Police Service
    ("the Environment Agency", "Kevin Summerson, flood risk manager with the Environment Agency in the North East, "
     "said:", "Kevin Summerson", "flood risk manager", "Environment Agency"),
    ("the Home Office", "Met Commissioner Sir Mark Rowley said:", "Mark Rowley", "Met Commissioner",
     "Metropolitan Police Service"),
    # "Social Justice" is no justice department's
    ("Social Security Scotland", "Social Justice Secretary Shirley-Anne Somerville said:", "Shirley-Anne Somerville",
     "Social Justice Secretary", None),
    # a spokesperson for a named person is unnamed
    ("the Home Office", "A spokesperson for Sir Robert McAlpine, the main contractor, said:", None, "spokesperson",
     "Sir Robert McAlpine, the main contractor"),
    # a named person who is a body's spokesperson is no unnamed spokesperson; a unit written with figures
    ("the Scottish Government", "Councillor Maureen Chalmers, COSLA's Community Wellbeing Spokesperson, said:",
     "Maureen Chalmers", "Community Wellbeing Spokesperson", "COSLA"),
    ("the Ministry of Defence", "Major Tony Morgan – Officer Commanding 35 Squadron, 5 Medical Regiment said:",
     "Tony Morgan", "Officer Commanding 35 Squadron", "5 Medical Regiment"),
])
def test_regression_guards_for_devolved_releases_lead_ins_and_possessives(publisher, attribution, speaker, role,
                                                                          organisation):
    quote = only_quote([attribution], publisher, "21 March 2019")
    assert (quote.speaker, quote.role, quote.organisation) == (speaker, role, organisation)


def test_a_possessive_after_an_office_keeps_the_person_named_with_it():
    body = ["Children's Commissioner Anne Longfield welcomed the report.", "Ms Longfield said:",
            "Every child deserves a safe home and a good school."]
    (quote,) = extract(dump(release("Possessive", body)), "t.txt")
    assert (quote.speaker, quote.role) == ("Anne Longfield", "Children's Commissioner")


def test_a_company_abbreviation_does_not_end_the_sentence_of_a_mention():
    from quotes.extract import name_runs

    assert "Acme Inc. Chief Executive Jane Doe" in list(name_runs("The deal was signed with Acme Inc. Chief "
                                                                  "Executive Jane Doe said it was welcome."))


def test_a_devolved_cabinet_secretary_criticising_the_uk_government_is_still_the_devolved_governments():
    body = ["Small grants will be made available to promote Scottish produce.",
            "Speaking at the conference, Rural Secretary Fergus Ewing said:",
            "“Given the continuing lack of clarification from the UK Government, it is more important than ever "
            "that we ensure a robust market at home.”"]
    (quote,) = extract(dump(release("Produce", body, publisher="the Scottish Government", date="18 April 2018",
                                    month="April 2018")), "t.txt")
    assert (quote.speaker, quote.organisation) == ("Fergus Ewing", "Scottish Government")


def test_a_secretary_in_a_devolved_release_that_brings_in_the_uk_government_is_the_uks():
    body = ["The UK Government and the devolved administrations have agreed a four nations approach.",
            "Health Secretary Matt Hancock said:"]
    quote = only_quote(body, "the Scottish Government", "10 June 2020")
    assert (quote.speaker, quote.organisation) == ("Matt Hancock", "Department of Health and Social Care")


@pytest.mark.parametrize("text, people", [
    # two people in one run, each with the title written before them and letters after the first
    ("The Secretary of State for Northern Ireland, the Rt Hon Chris Heaton-Harris MP and the Foreign Secretary, "
     "the Rt Hon James Cleverly MP have met political leaders.",
     [("Chris Heaton-Harris", "Secretary of State for Northern Ireland"), ("James Cleverly", "Foreign Secretary")]),
    # a name and "to" before the title are the sentence's, not the title's
    ("The report, with a letter from Sebastian James to Secretary of State for Education Michael Gove, is online.",
     [("Michael Gove", "Secretary of State for Education")]),
    # ... but a body's or a title's own "to" stays in the title
    ("Welcome to Yorkshire Chief Executive Gary Verity welcomed the race.",
     [("Gary Verity", "Welcome to Yorkshire Chief Executive")]),
    ("Chaplain to the Speaker Rose Hudson-Wilkin led the prayers.",
     [("Rose Hudson-Wilkin", "Chaplain to the Speaker")]),
    # a list of people, each with the title written before them, set apart by commas
    ("The summit was attended by Communities Secretary Eric Pickles, Local Government Minister Brandon Lewis, "
     "Chairman of the Local Government Association Sir Merrick Cockell and the Mayor of London Boris Johnson.",
     [("Eric Pickles", "Communities Secretary"), ("Brandon Lewis", "Local Government Minister"),
      ("Merrick Cockell", "Chairman of the Local Government Association"), ("Boris Johnson", "Mayor of London")]),
    # a list too long to take at once is taken person by person, not cut inside a title
    ("The summit was attended by Communities Secretary Eric Pickles, Local Government Minister Brandon Lewis, "
     "Chairman of the Local Government Association Sir Merrick Cockell, Housing Minister Grant Shapps, Secretary "
     "of State for Environment, Food and Rural Affairs Owen Paterson and Agriculture Minister David Heath.",
     [("Eric Pickles", "Communities Secretary"), ("Brandon Lewis", "Local Government Minister"),
      ("Merrick Cockell", "Chairman of the Local Government Association"), ("Grant Shapps", "Housing Minister"),
      ("Owen Paterson", "Secretary of State for Environment, Food and Rural Affairs"),
      ("David Heath", "Agriculture Minister")]),
    ("UK Shipping Minister, Mike Penning, and Irish Minister for Transport, Noel Dempsey, have reached an "
     "agreement.", [("Mike Penning", "UK Shipping Minister"), ("Noel Dempsey", "Irish Minister for Transport")]),
    # a title's subjects listed with commas are no person, and the whole list is the title
    ("Minister for Policing, Criminal Justice and Victims, the Rt Hon Damian Green MP and the Secretary of State "
     "for Justice, the Rt Hon Chris Grayling MP visited the court.",
     [("Damian Green", "Minister for Policing, Criminal Justice and Victims"),
      ("Chris Grayling", "Secretary of State for Justice")]),
    # a list of names alone, after a titled one
    ("Transport Minister Jane Doe, John Smith and Ann Brown opened the station.",
     [("Jane Doe", "Transport Minister"), ("John Smith", None), ("Ann Brown", None)]),
    # a body after a title's "of" is no person
    # someone with an honorific after a list keeps no title of the person before
    ("Business Secretary Vince Cable, Universities Minister David Willetts, Sir John Armitt and Lord Adonis "
     "attended the launch.", [("Vince Cable", "Business Secretary"), ("David Willetts", "Universities Minister"),
                              ("John Armitt", None), ("Lord Adonis", None)]),
    ("Chief Executive of Network Rail, Mark Carne and Rail Minister Claire Perry opened the station.",
     [("Mark Carne", "Chief Executive of Network Rail"), ("Claire Perry", "Rail Minister")]),
    # a title's list of subjects after the name goes on past its commas, and is no body
    ("The review was chaired by Jane Doe MSP, Cabinet Secretary for Health, Wellbeing and Sport, and the Board’s "
     "Chairman, John Smith.", [("Jane Doe", "Cabinet Secretary for Health, Wellbeing and Sport"),
                               ("John Smith", "Board’s Chairman")]),
    # a councillor's style before the name gives way to the office after it
    ("Councillor Jane Doe, Leader of Anytown Council welcomes the funding.",
     [("Jane Doe", "Leader of Anytown Council")]),
])
def test_people_named_in_long_runs_of_capitals(text, people):
    from quotes.extract import name_runs, names_in_run

    assert [p for run in name_runs(text) for p in names_in_run(run)] == people


def test_a_bare_first_minister_in_a_uk_wide_release_is_of_the_place_the_release_names():
    body = ["A joint statement was agreed by the Prime Minister and the First Minister of Scotland today.",
            "First Minister John Swinney said:"]
    quote = only_quote(body, "the Cabinet Office", "7 March 2025")
    assert (quote.speaker, quote.organisation) == ("John Swinney", "Scottish Government")


def test_a_pronoun_after_a_person_reported_as_saying_something_is_that_person():
    body = ["Ennerdale has been declared a National Nature Reserve.", "Tony Juniper, Chair of Natural England, said:",
            "“This is a special place for nature and for the people who visit it.”",
            "Environment minister, Trudy Harrison, said the creation of the reserve was “a milestone for nature”.",
            "She added:", "“I want to thank everyone who worked so hard to make this happen.”"]
    quotes = extract(dump(release("Reserve", body, publisher="Natural England", date="8 June 2022",
                                  month="June 2022")), "t.txt")
    assert [(q.speaker, q.organisation) for q in quotes] == [
        ("Tony Juniper", "Natural England"), ("Trudy Harrison", "Department for Environment, Food and Rural Affairs")]


@pytest.mark.parametrize("report, speaker", [
    # a dump that lost the marks: "said that" is still the person speaking
    ("Jo Ellis, Area Director for Wessex, said that teams were working around the clock.", "Jo Ellis"),
    ("Jo Ellis, Area Director for Wessex, says that teams are working around the clock.", "Jo Ellis"),
    ("Chief Superintendent Jo Ellis, who leads the operation, said BTP would not tolerate abuse.", "Jo Ellis"),
    # what someone told a court is no one going on speaking
    ("Jo Ellis told the court she had been threatened.", "James Bevan"),
])
def test_a_pronoun_after_a_person_reported_without_quotation_marks(report, speaker):
    body = ["Flood defences held overnight.", "Sir James Bevan, Chief Executive of the Environment Agency, said:",
            "“We have teams out across the country.”", report, "She added:", "“Please sign up for flood warnings.”"]
    quotes = extract(dump(release("Floods", body, publisher="the Environment Agency", date="8 February 2020",
                                  month="February 2020")), "t.txt")
    assert quotes[-1].speaker == speaker


@pytest.mark.parametrize("mention, role, organisation", [
    ("Network Rail chief executive Andrew Haines visited the site today.", "chief executive", "Network Rail"),
    ("Yesterday chief executive Andrew Haines visited the site.", "chief executive", None),  # a time, no body
    ("Andrew Haines visited the site today.", None, None),
    # a word praising the person opens the sentence: no body
    ("Outstanding chief executive Andrew Haines visited the site today.", "chief executive", None),
    ("Award-winning Acme chief executive Andrew Haines visited the site today.", "chief executive", "Acme"),
])
def test_a_title_in_lower_case_before_a_name_in_narration_is_kept_for_a_later_surname(mention, role, organisation):
    body = ["Work on the line began this week.", mention, "Speaking during the visit, Mr Haines said:",
            "“This is a huge project for the north.”"]
    (quote,) = extract(dump(release("Visit", body, date="8 February 2020", month="February 2020")), "t.txt")
    assert (quote.speaker, quote.role, quote.organisation) == ("Andrew Haines", role, organisation)


@pytest.mark.parametrize("opening, date, role, organisation", [
    # the great office its holder on the day is told of by title
    ("The Home Secretary has urged police forces to use the new powers.", "4 February 2012", "Home Secretary",
     "Home Office"),
    # by then she held another office; and a deputy's title is not the office
    ("The Home Secretary has urged police forces to use the new powers.", "4 February 2017", None, None),
    ("The Deputy Prime Minister has urged police forces to use the new powers.", "4 February 2017", None, None),
])
def test_a_bare_named_holder_of_a_great_office_the_release_names_by_title(opening, date, role, organisation):
    quote = only_quote([opening, "Theresa May said:"], "the Home Office", date)
    assert (quote.speaker, quote.role, quote.organisation) == ("Theresa May", role, organisation)


def test_an_officer_in_a_force_release_that_names_another_force_is_not_given_the_publisher():
    body = ["The investigation was led by Kent Police.", "Detective Inspector John Smith said:"]
    quote = only_quote(body, "Essex Police", "21 March 2023")
    assert (quote.speaker, quote.organisation) == ("John Smith", None)


@pytest.mark.parametrize("publisher, narration, organisation", [
    # a chief constable named by rank alone leads the one force the release names
    ("the Scottish Government", "Violent crime fell, a testament to the hard work of Police Scotland officers.",
     "Police Scotland"),
    ("the Home Office", "Officers from Kent Police and the Kent Police Federation met the minister.", "Kent Police"),
    # ... not where it names two forces, or none (a police and crime commissioner is no force)
    ("the Home Office", "The Metropolitan Police Service and Avon and Somerset Constabulary took part.", None),
    ("the Home Office", "The Kent Police and Crime Commissioner welcomed the funding.", None),
    # ... nor in a force's own release that names another force: either force's chief may speak
    ("Essex Police", "The investigation was led by Kent Police.", None),
])
def test_a_chief_constable_named_by_rank_alone_leads_the_one_force_the_release_names(publisher, narration,
                                                                                    organisation):
    quote = only_quote([narration, "Chief Constable Sir Stephen House said:"], publisher, "21 March 2013")
    assert (quote.speaker, quote.organisation) == ("Stephen House", organisation)


@pytest.mark.parametrize("publisher, body, role, organisation", [
    # a kind of body in place of the body: the one body of that kind the release names, or the publisher
    ("the Department for Infrastructure", ["Newry, Mourne and Down District Council said it had opened a rest centre.",
                                           "Council Chief Executive Marie Ward said:"],
     "Council Chief Executive", "Newry, Mourne and Down District Council"),
    ("the Welsh Government", ["Betsi Cadwaladr University Health Board has been placed back into special measures.",
                              "This will help health boards provide more beds.",
                              "Dyfed Edwards, the new chair of the health board, said:"],
     "new chair of the health board", "Betsi Cadwaladr University Health Board"),
    ("Kent County Council", ["Council Chief Executive Jane Doe said:"], "Council Chief Executive", "Kent County Council"),
    # ... none when the release names two bodies of the kind, or none
    ("the Home Office", ["Kent County Council and Medway Council will share the funding.",
                         "Council Chief Executive Jane Doe said:"], "Council Chief Executive", None),
    ("the Home Office", ["The scheme opens next week.", "Jane Doe, the chair of the board, said:"],
     "chair of the board", None),
])
def test_a_kind_of_body_in_a_title_is_the_one_body_of_that_kind_the_release_names(publisher, body, role,
                                                                                   organisation):
    quote = only_quote(body, publisher, "3 November 2023")
    assert (quote.role, quote.organisation) == (role, organisation)


@pytest.mark.parametrize("publisher, organisation", [
    # a devolved government's national clinical director, resolved through "He added:", is the government's
    ("the Scottish Government", "Scottish Government"),
    # ... and in a public body's own release its own staff's title is the body's
    ("NHS England", "NHS England"),
    # ... but not in a department's, which quotes other bodies' people
    ("the Department of Health and Social Care", None),
])
def test_a_national_clinical_director_in_a_devolved_release_is_the_governments(publisher, organisation):
    body = ["National Clinical Director Professor Jason Leitch said compliance had been excellent.",
            "He added:"]
    quote = only_quote(body, publisher, "3 November 2020")
    assert (quote.speaker, quote.organisation) == ("Jason Leitch", organisation)


def test_a_title_after_a_case_study_is_not_the_case_studys_speaker():
    body = ["Carers will get more support from April.", "Jane Smith, who cares for her mother, said:",
            "“This will make a real difference to families like ours.”", "The Minister added:",
            "“Carers are the backbone of our care system and deserve our support.”"]
    quotes = extract(dump(release("Carers", body, publisher="the Department of Health", date="2 August 2018",
                                  month="August 2018")), "t.txt")
    assert [q.speaker for q in quotes] == ["Jane Smith", None]


def test_a_uk_counterpart_named_leaves_the_devolved_holder_of_the_same_title_her_government():
    body = ["Health Secretary Jeane Freeman has written to UK Health Secretary Matt Hancock about the vaccine.",
            "Ms Freeman said:"]
    quote = only_quote(body, "the Scottish Government", "10 June 2020")
    assert (quote.speaker, quote.organisation) == ("Jeane Freeman", "Scottish Government")


def test_a_pronoun_takes_the_body_out_of_the_title_it_was_named_with():
    body = ["Environment Agency Enforcement Team Leader Lesley Robertson said the fines were a warning.", "She said:",
            "“We will not hesitate to take action against those who break the law.”"]
    (quote,) = extract(dump(release("Fines", body, publisher="the Environment Agency", date="2 May 2017",
                                    month="May 2017")), "t.txt")
    assert (quote.speaker, quote.role, quote.organisation) == ("Lesley Robertson", "Enforcement Team Leader",
                                                               "Environment Agency")


@pytest.mark.parametrize("publisher, body, speaker, organisation", [
    # a bare First Minister is placed from the release only when it names one nation
    ("10 Downing Street", ["The Prime Minister met the First Minister of Scotland in Edinburgh before travelling "
                           "to Belfast.", "In Belfast, First Minister Arlene Foster said:"], "Arlene Foster", None),
    ("10 Downing Street", ["The Prime Minister met the First Minister of Scotland and the First Minister of Wales.",
                           "First Minister Jane Doe said:"], "Jane Doe", None),
    # ... or when the name is of who held the office that day
    ("10 Downing Street", ["The Prime Minister met the First Minister of Scotland and the First Minister of Wales.",
                           "First Minister Mark Drakeford said:"], "Mark Drakeford", "Welsh Government"),
    # (the one nation named: its First Minister on the day, from the devolved table)
    ("10 Downing Street", ["The Prime Minister met the First Minister of Scotland in Edinburgh.",
                           "The First Minister said:"], "Nicola Sturgeon", "Scottish Government"),
    # a great office's holder is not named when the release names another country's holder of the title
    ("10 Downing Street", ["The Prime Minister of Japan visited London today for talks.", "The Prime Minister said:"],
     None, "Prime Minister's Office, 10 Downing Street"),
    ("10 Downing Street", ["The Japanese Prime Minister visited London today.", "The Prime Minister said:"],
     None, "Prime Minister's Office, 10 Downing Street"),
    ("10 Downing Street", ["The Prime Minister met the Deputy Prime Minister today.", "The Prime Minister said:"],
     "Theresa May", "Prime Minister's Office, 10 Downing Street"),
    # a title only the publishing body's staff hold, in its own release, unless the release gives the title to
    # another body
    ("the Competition and Markets Authority", ["A fine was imposed.",
                                               "Juliette Enser, Interim Executive Director of Enforcement, said:"],
     "Juliette Enser", "Competition and Markets Authority"),
    ("Ofsted", ["Schools were inspected.", "Amanda Spielman, Her Majesty's Chief Inspector, said:"],
     "Amanda Spielman", "Ofsted"),
    ("Ofsted", ["Charlie Taylor, Chief Inspector of Prisons, also spoke.", "Jane Doe, Chief Inspector, said:"],
     "Jane Doe", None),
    ("the Department for Education", ["Schools were inspected.", "Jane Doe, Chief Inspector, said:"],
     "Jane Doe", None),
    # His Majesty's Chief Inspector named bare is the head of the one inspectorate the release names, else of the one
    # the publisher's releases quote (Ofsted in the education department's); none when the release names several
    ("the Home Office", ["HM Inspectorate of Prisons published its report today.",
                         "His Majesty’s Chief Inspector, Charlie Taylor, said:"], "Charlie Taylor",
     "HM Inspectorate of Prisons"),
    ("the Department for Education", ["Schools will no longer get a single-word grade.",
                                      "His Majesty’s Chief Inspector, Sir Martyn Oliver, said:"], "Martyn Oliver", "Ofsted"),
    ("the Department for Education", ["Ofsted will now inspect every school.", "HMCI Amanda Spielman said:"],
     "Amanda Spielman", "Ofsted"),
    ("the Department for Education", ["Estyn and Ofsted will inspect jointly.",
                                      "His Majesty’s Chief Inspector, Sir Martyn Oliver, said:"], "Martyn Oliver", None),
    ("the Home Office", ["Prisons were inspected.", "His Majesty’s Chief Inspector, Charlie Taylor, said:"],
     "Charlie Taylor", None),
    # a body named by its noun alone is the one body of that noun the release names; none when it names two
    ("the Department for Environment, Food & Rural Affairs", ["The Environment Agency will lead the work.",
                                                              "John Smith, the Agency’s Director of Operations, said:"],
     "John Smith", "Environment Agency"),
    ("the Department for Environment, Food & Rural Affairs",
     ["The Environment Agency and the Food Standards Agency will lead the work.",
      "John Smith, the Agency’s Director of Operations, said:"], "John Smith", "Agency"),
    # initials spelt out with a word in lower case
    ("the Department of Health and Social Care",
     ["The Medicines and Healthcare products Regulatory Agency (MHRA) approved the vaccine.",
      "Dr June Raine, MHRA Chief Executive, said:"], "June Raine", "Medicines and Healthcare products Regulatory Agency"),
])
def test_places_offices_and_heads_are_told_only_when_the_release_tells_them(publisher, body, speaker, organisation):
    quote = only_quote(body, publisher, "4 March 2019")
    assert (quote.speaker, quote.organisation) == (speaker, organisation)


@pytest.mark.parametrize("publisher, body, expected", [
    # a government office going on after a speaker named bare is that speaker
    ("the Welsh Government", ["Vaughan Gething said:", "“This is great news for patients.”",
                              "The Health Secretary added:", "“We will keep investing.”"],
     [("Vaughan Gething", None), ("Vaughan Gething", "Health Secretary")]),
    # not after a case study's speaker, and not a bare "Minister"
    ("the Department of Health", ["Jane Smith, who cares for her mother, said:", "“This will help.”",
                                  "The Care Minister added:", "“Carers are the backbone.”"],
     [("Jane Smith", None), (None, "Care Minister")]),
    ("the Department of Health", ["Jane Smith said:", "“This will help.”", "The Minister added:",
                                  "“Carers are the backbone.”"],
     [("Jane Smith", None), (None, "Minister")]),
    # a pronoun after a report of what a review found goes on from the last speaker
    ("the Home Office", ["Policing Minister Jane Doe said:", "“Crime is falling.”",
                         "A review led by Professor John Smith said the scheme had cut crime.", "She added:",
                         "“We will go further.”"],
     [("Jane Doe", "Policing Minister"), ("Jane Doe", "Policing Minister")]),
])
def test_who_goes_on_speaking(publisher, body, expected):
    quotes = extract(dump(release("Going on", ["News today.", *body], publisher=publisher, date="4 March 2019",
                                  month="March 2019")), "t.txt")
    assert [(q.speaker, q.role) for q in quotes] == expected


@pytest.mark.parametrize("publisher, attribution, organisation", [
    # a former holder speaks for no office
    ("the Ministry of Justice", "The former Home Secretary, Jack Straw, said:", None),
    ("the Ministry of Justice", "Dame Vera Baird KC, the former Victims’ Commissioner for England and Wales, said:",
     None),
    # a body's unit named with its possessive, and the body's everyday name
    ("the Metropolitan Police Service",
     "Detective Chief Inspector Simon Harding, from the Met's Specialist Crime Command, said:",
     "Metropolitan Police Service"),
    ("the Metropolitan Police Service", "Commander Alex Murray, the Met's lead for tackling violence, said:",
     "Metropolitan Police Service"),
    ("the Met Office", "Jane Doe, Chief Executive of the Met Office, said:", "Met Office"),
    ("HM Revenue and Customs", "Sandra Smith, Assistant Director of HMRC's Fraud Investigation Service, said:",
     "HM Revenue and Customs"),
    # a place's possessive before a service is part of the service's name
    ("the Department of Health", "Jane Doe, Chief Executive of London's Ambulance Service, said:",
     "London's Ambulance Service"),
    # an office whose body is not in its title
    ("the Maritime and Coastguard Agency", "Chief Coastguard Peter Mizen said:", "HM Coastguard"),
    # a charity known by a plain name speaks for itself
    ("the Department for International Development", "Oxfam said:", "Oxfam"),
])
def test_former_holders_units_and_everyday_names_of_bodies(publisher, attribution, organisation):
    assert only_quote([attribution], publisher, "4 March 2019").organisation == organisation


@pytest.mark.parametrize("paragraph, expected", [
    # each speaker of a paragraph gets their own words
    ("“This is a welcome boost for the industry,” said Andrew Glover, Chair of the Electric Vehicle Association. "
     "“The challenge now is to build quickly,” added Clive Selley, Chief Executive of Openreach.",
     [("Andrew Glover", "This is a welcome boost for the industry"),
      ("Clive Selley", "The challenge now is to build quickly")]),
    # each speaker's line with its colon, one after the other
    ("Chief Inspector Jane Doe said: “We welcome this plan for the town.” Councillor John Smith added: “It will "
     "help every family here.”",
     [("Jane Doe", "We welcome this plan for the town."), ("John Smith", "It will help every family here.")]),
    # the same speaker going on, by pronoun or by surname, is one quote
    ("“This is a welcome boost,” said Jane Doe, Chair of Acme. “It will help everyone,” she added.",
     [("Jane Doe", "This is a welcome boost. It will help everyone")]),
    ("“This is a welcome boost,” said Jane Doe. “It will help everyone,” said Doe.",
     [("Jane Doe", "This is a welcome boost. It will help everyone")]),
])
def test_two_speakers_quoted_in_one_paragraph(paragraph, expected):
    quotes = extract(dump(release("Two", ["News today.", paragraph], publisher="the Department for Transport",
                                  date="4 March 2019", month="March 2019")), "t.txt")
    assert [(q.speaker, q.text) for q in quotes] == expected


@pytest.mark.parametrize("publisher, attribution, organisation", [
    # initials of the day, in any case, and the publisher's own name spelling out its initials
    ("the Department for Constitutional Affairs", "A DCA spokesman said:", "Department for Constitutional Affairs"),
    ("the Department for International Development", "DfID Minister Gareth Thomas said:",
     "Department for International Development"),
    ("the Learning and Skills Council", "An LSC spokeswoman said:", "Learning and Skills Council"),
])
def test_initials_of_older_departments_are_written_out(publisher, attribution, organisation):
    assert only_quote([attribution], publisher, "4 April 2006").organisation == organisation


@pytest.mark.parametrize("publisher, body, attribution, speaker", [
    # another holder of the title in the release: no one named from the table
    ("the Foreign, Commonwealth and Development Office", ["The Foreign Secretary met the Greek Prime Minister."],
     "The Prime Minister said:", None),
    ("10 Downing Street", ["The Foreign Secretary met Australia's Prime Minister today."], "The Prime Minister said:",
     None),
    ("10 Downing Street", ["The Foreign Secretary met the Prime Minister of the Netherlands."],
     "The Prime Minister said:", None),
    ("the Department for Science, Innovation and Technology",
     ["The minister was joined by the Chancellor of the University of Kent."], "The Chancellor said:", None),
    # words from another time
    ("the Northern Ireland Office", ["The peace deal was signed."],
     "Speaking at the signing in 1998, the Prime Minister said:", None),
    # an ordinary word before the title is no other country's, nor a possessive of our own
    ("10 Downing Street", ["Today the Prime Minister visited Leeds."], "The Prime Minister said:", "Theresa May"),
    ("10 Downing Street", ["At Prime Minister's Questions today, the plan was set out to MPs."],
     "The Prime Minister said:", "Theresa May"),
    ("10 Downing Street", ["Britain's Prime Minister visited Leeds."], "The Prime Minister said:", "Theresa May"),
    # colleges in the release are no chancellor's unless one is the title's
    ("HM Treasury", ["The Budget provides £300 million for further education colleges."], "The Chancellor said:",
     "Philip Hammond"),
    ("HM Treasury", ["The university's Chancellor opened the building."], "The Chancellor said:", None),
    ("HM Treasury", ["The new campus was opened at Anytown University by its Chancellor."], "The Chancellor said:",
     None),
    ("10 Downing Street", [], "Speaking at the 2012 Olympics, the Prime Minister said:", None),
    # a year that is a thing's, not the time of the words
    ("the Home Office", [], "Commenting on the 2018 figures, the Home Secretary said:", "Sajid Javid"),
])
def test_the_holder_table_names_no_one_when_the_title_may_be_someone_elses(publisher, body, attribution, speaker):
    assert only_quote(body + [attribution], publisher, "4 March 2019").speaker == speaker


def test_an_office_going_on_is_not_a_speaker_the_release_tells_apart():
    body = ["The Health Secretary opened a new cancer centre in Leeds today, meeting patients and staff.",
            "Marigold Fenwick said:", "“The staff here saved my life.”", "The Health Secretary added:",
            "“Patients like Marigold are why we are investing in the NHS.”"]
    quotes = extract(dump(release("Centre", body, publisher="the Department of Health and Social Care",
                                  date="4 March 2019", month="March 2019")), "t.txt")
    assert [(q.speaker, q.role) for q in quotes] == [("Marigold Fenwick", None), (None, "Health Secretary")]


def test_an_undated_release_takes_the_departments_of_today():
    from quotes.organisation import department_for

    assert [department_for(r, None) for r in ("Transport Secretary", "Justice Secretary", "Education Secretary")] \
        == ["Department for Transport", "Ministry of Justice", "Department for Education"]


@pytest.mark.parametrize("publisher, attribution, organisation", [
    # a place's or the government's unit keeps its whole name
    ("the Home Office", "Jane Doe, Director of Scotland's Violence Reduction Unit, said:",
     "Scotland's Violence Reduction Unit"),
    ("the Cabinet Office", "Jane Doe, from the Government's Behavioural Insights Team, said:",
     "Government's Behavioural Insights Team"),
    # a term written in camel case is no brand
    ("the Department for Education", "Jane Doe, Director of eCommerce, said:", None),
    # a company in the release: a title its staff hold too is not taken for the publisher's
    ("the Education and Skills Funding Agency", "Executive Director of People Bryony Keel said:", None),
])
def test_units_terms_and_partners_are_not_stretched(publisher, attribution, organisation):
    body = ["Acme Ltd has joined the apprenticeship scheme."] if "Keel" in attribution else []
    assert only_quote(body + [attribution], publisher, "4 March 2019").organisation == organisation


def test_a_list_of_the_four_nations_does_not_unplace_the_first_minister():
    body = ["The Prime Minister met the First Minister of Wales in Cardiff. Businesses across England, Scotland, "
            "Wales and Northern Ireland will benefit.", "The First Minister said:"]
    assert only_quote(body, "10 Downing Street", "4 March 2019").organisation == "Welsh Government"


def test_the_same_office_going_on_in_one_paragraph_is_one_quote():
    paragraph = ("“This is a big investment in policing,” said the Home Secretary. “It will put more officers on our "
                 "streets,” added the Home Secretary.")
    quotes = extract(dump(release("Two", ["News today.", paragraph], date="4 March 2019", month="March 2019")), "t.txt")
    assert [q.text for q in quotes] == ["This is a big investment in policing. It will put more officers on our streets"]


@pytest.mark.parametrize("publisher, date, body, attribution, speaker, organisation", [
    # "the Secretary of State" is the department's secretary introduced by the subject
    ("the Department of Trade and Industry", "4 April 2006", ["Trade and Industry Secretary Alan Johnson today "
                                                              "launched a new scheme."],
     "The Secretary of State said:", "Alan Johnson", "Department of Trade and Industry"),
    ("the Department for Culture, Media and Sport", "4 April 2006", ["Permanent Secretary Jane Doe opened it."],
     "The Secretary of State said:", None, "Department for Culture, Media and Sport"),
    # the government's officer of the office table
    ("the Department of Health", "4 April 2006", [],
     "Professor Sir Liam Donaldson, the Government's Chief Medical Officer, said:", "Liam Donaldson",
     "Department of Health"),
    # the Northern Ireland Office's ministers under direct rule
    ("the Northern Ireland Office", "4 April 2006", [], "Health Minister Shaun Woodward said:", "Shaun Woodward",
     "Northern Ireland Office"),
    ("the Northern Ireland Office", "4 April 2012", [], "Health Minister Jane Doe said:", "Jane Doe",
     "Department of Health"),
])
def test_older_releases_offices(publisher, date, body, attribution, speaker, organisation):
    quote = only_quote(body + [attribution], publisher, date)
    assert (quote.speaker, quote.organisation) == (speaker, organisation)


def test_a_quotation_left_open_after_an_inline_attribution_keeps_its_words_and_runs_on():
    body = ["News.", "“This scheme will help firms to grow,” said Mr Johnson. “It shows the plan is working.",
            "“We will continue to back British manufacturing.”", "The scheme opens in June."]
    (quote,) = extract(dump(release("Open", body, publisher="the Department of Trade and Industry",
                                    date="4 April 2006", month="April 2006")), "t.txt")
    assert quote.paragraphs == ["This scheme will help firms to grow. It shows the plan is working.",
                                "We will continue to back British manufacturing."]


@pytest.mark.parametrize("publisher, body, attribution, speaker, organisation", [
    # "the Secretary of State" is no union's general secretary, nor another department's secretary
    ("the Department for Education and Skills", ["Education Secretary Jane Quinnell today announced a plan.",
                                      "NASUWT General Secretary Matt Wrackley said:", "“We object.”"],
     "The Secretary of State said:", "Jane Quinnell", "Department for Education and Skills"),
    ("the Home Office", ["The Foreign Secretary visited the Home Office."], "The Secretary of State said:", None,
     "Home Office"),
    # under direct rule, a minister of a named department or of another country keeps it
    ("the Northern Ireland Office", [], "Home Office Minister Hazel Blenkin said:", "Hazel Blenkin", "Home Office"),
])
def test_offices_are_not_stretched_across_departments(publisher, body, attribution, speaker, organisation):
    quote = [q for q in extract(dump(release("Offices", [*body, attribution, "“We welcome this.”"],
                                             publisher=publisher, date="14 November 2005", month="November 2005")),
                                "t.txt") if q.attribution == attribution][0]
    assert (quote.speaker, quote.organisation) == (speaker, organisation)


@pytest.mark.parametrize("attribution, organisation", [
    ("Sean Quimby, Managing Director of eBay UK, said:", "eBay UK"),  # a brand with a one-letter start
    ("Andrew Haldorsen, Director of Reform, said:", "Reform"),  # a continuation word alone is a body's name
    ("Jane Doe, Director of Microsoft's Digital Crimes Unit, said:", "Microsoft"),  # a company's unit
    ("Jane Doe, Head of London's Violence Reduction Unit, said:", "London's Violence Reduction Unit"),
    # the sovereign in a body's name is no body whose unit it is
    ("Sir Brian Leveson, President of the Queen's Bench Division, said:", "Queen's Bench Division"),
])
def test_bodies_named_in_less_usual_ways(attribution, organisation):
    assert only_quote([attribution], "the Home Office", "4 March 2019").organisation == organisation


@pytest.mark.parametrize("publisher, body, attribution, organisation", [
    # a staff title of the publisher's kind of body, with no other of its kind named
    ("London Fire Brigade", [], "Station Commander John Smith said:", "London Fire Brigade"),
    ("London Fire Brigade", ["Crews from Kent Fire and Rescue Service also attended."],
     "Station Commander John Smith said:", None),
    ("Southwark Council", [], "Cllr Jane Doe, Cabinet Member for Clean Streets, Recycling and Environment, said:",
     "Southwark Council"),
    ("the Crown Prosecution Service", [], "Jane Doe, Senior Crown Prosecutor, said:", "Crown Prosecution Service"),
    ("Leeds Teaching Hospitals NHS Trust", [], "Dr Jane Doe, Consultant Cardiologist, said:",
     "Leeds Teaching Hospitals NHS Trust"),
    # the head of the body, in its own release, when no other body is given the title (NHS trust, 2024)
    ("Southwark Council", [], "Jane Doe, Chief Executive, said:", "Southwark Council"),
    ("Southwark Council", ["John Smith, chief executive of the Acme Trust, welcomed the plan."],
     "Jane Doe, Chief Executive, said:", None),
    # a staff title named bare is the body's own; a head when the release names a partner by its kind may be the
    # partner's
    ("Network Rail", [], "Route Director, Jane Doe, explained:", "Network Rail"),
    ("Network Rail", ["The work was done by contractor Acme Rail."], "Route Director, Jane Doe, explained:", None),
    ("Network Rail", ["The work was done by contractor Acme Rail over the weekend."], "Jane Doe, Chief Executive, said:",
     None),
    # initials spelt out with a word in capitals; a brigade is a body
    ("the Department for Science, Innovation and Technology", ["UK Research and Innovation (UKRI) has announced "
                                                               "funding."],
     "Professor Jane Doe, Executive Chair of UKRI, said:", "UK Research and Innovation"),
    ("the Home Office", [], "London Fire Brigade Station Commander John Smith said:", "London Fire Brigade"),
])
def test_public_bodies_own_staff_and_names(publisher, body, attribution, organisation):
    assert only_quote(body + [attribution], publisher, "4 March 2023").organisation == organisation


@pytest.mark.parametrize("body, speaker", [
    (["One of those diagnosed early is Jean, 69, from Doncaster. She said:"], "Jean"),
    (["Retired engineer Keith, 64, from Hull, was diagnosed last year.", "He said:"], "Keith"),
    (["He added:"], "Stephen Powis"),
])
def test_a_pronoun_after_someone_introduced_by_first_name_and_age(body, speaker):
    quotes = extract(dump(release("P", ["Professor Stephen Powis said:", "“Screening saves lives.”", *body,
                                        "“I am so grateful.”"], publisher="NHS England", date="4 March 2023",
                                  month="March 2023")), "t.txt")
    assert quotes[-1].speaker == speaker


@pytest.mark.parametrize("publisher, body, attribution, organisation", [
    # another of the kind in the release, or a title another kind of body gives too
    ("London Fire Brigade", ["Officers from the Metropolitan Police worked through the night."],
     "Commander Olwen Basquill said:", None),
    ("Anytown Fire and Rescue Service", ["A fire broke out at the Acme bakery."], "Gwilym Pardoe, manager, said:", None),
    ("the Crown Prosecution Service", ["The case was brought with help from the Dutch authorities."],
     "Prosecutor Liesbeth van Doorn said:", None),
    ("Leeds Teaching Hospitals NHS Trust", ["The centre was designed by Smith Architects."],
     "Inigo Farrant, consultant architect, said:", None),
    ("Leeds Teaching Hospitals NHS Trust", ["The trial was run with the University of Anytown and UCLH."],
     "Dr Pippa Langstroth, consultant neurologist, said:", None),
    ("Anytown Borough Council", ["The scheme is funded by the Greater London Authority."],
     "Jules Prendergast, Executive Member for Housing, said:", None),
    # initials spelt out only by a body's name, a definition in brackets or the publisher's name
    ("the Department of Health and Social Care", ["The deal was agreed with NHS Employers."],
     "Dame Orla Fenwick, NHSE's chief executive, said:", "NHSE"),
    ("NHS England", ["The deal was agreed with NHS Employers."], "Dame Orla Fenwick, NHSE's chief executive, said:",
     "NHS England"),
    ("the Department for Business and Trade", ["UK Export Finance has backed the deal."],
     "UKEF Chief Executive Tim Reid said:", "UK Export Finance"),
    # a person's or a place's team is no body's unit
    ("the Greater London Authority", [], "Jane Doe, head of Thames Valley's Violence Reduction Unit, said:",
     "Thames Valley's Violence Reduction Unit"),
])
def test_own_staff_and_names_are_not_stretched(publisher, body, attribution, organisation):
    assert only_quote(body + [attribution], publisher, "4 March 2023").organisation == organisation


@pytest.mark.parametrize("body, speaker", [
    # an age in the last speaker's own words, or someone met along the way, is no new speaker
    (["Dr Priya Okafor-Lund said:", "“Patients like Jean, 69, from Doncaster, are living proof of what works.”",
      "She added:"], "Priya Okafor-Lund"),
    (["Health Minister Jane Achterberg said:", "“This centre will save lives.”",
      "During her visit she met patients including Margaret, 81, who had a scan there last week. She said:"],
     "Jane Achterberg"),
])
def test_ages_that_introduce_no_speaker(body, speaker):
    quotes = extract(dump(release("P", [*body, "“I am so grateful.”"], publisher="NHS England", date="4 March 2023",
                                  month="March 2023")), "t.txt")
    assert quotes[-1].speaker == speaker


@pytest.mark.parametrize("publisher, date, organisation", [
    # an Executive department's own minister speaks for it
    ("the Department of Health (Northern Ireland)", "4 March 2023", "Department of Health (Northern Ireland)"),
    # ... and "the Department of Health" is Northern Ireland's once Whitehall's was renamed (January 2018)
    ("the Department of Health", "4 March 2023", "Department of Health"),
    ("the Department of Health", "4 March 2017", "Department of Health"),  # Whitehall's
    ("the Department of Health and Social Care", "4 March 2023", "Department of Health and Social Care"),
    # another department's minister in an Executive department's release: the Executive
    ("the Department for Infrastructure", "4 March 2023", "Northern Ireland Executive"),
])
def test_the_northern_ireland_executives_departments_release_its_ministers_words(publisher, date, organisation):
    assert only_quote(["Health Minister Jane Doe said:"], publisher, date).organisation == organisation


def test_a_commissioner_introduced_in_the_narration_speaks_for_the_office_that_published_the_release():
    body = ["Kent's Police and Crime Commissioner Ann Barnes has published her first Police and Crime Plan.",
            "Ann Barnes said:"]
    quote = only_quote(body, "the Office of the Police and Crime Commissioner for Kent", "28 March 2013")
    assert (quote.speaker, quote.organisation) == ("Ann Barnes", "Office of the Police and Crime Commissioner for Kent")


@pytest.mark.parametrize("publisher, body, organisation", [
    # a minister whose title names the publishing department's portfolio, or none, speaks for that department
    ("the Department for Infrastructure", ["Infrastructure Minister Nichola Mallon visited the site.",
                                           "Minister Mallon said:"], "Department for Infrastructure"),
    ("the Department for the Economy", ["Economy Minister Gordon Lyons said:"], "Department for the Economy"),
    ("the Department of Agriculture, Environment and Rural Affairs",
     ["Edwin Poots MLA, Minister of Agriculture, Environment and Rural Affairs, said:"],
     "Department of Agriculture, Environment and Rural Affairs"),
    ("the Department of Health (Northern Ireland)", ["Chief Medical Officer Professor Sir Michael McBride said:"],
     "Department of Health (Northern Ireland)"),
    # ... not another portfolio's minister or officer, nor the Executive Office's junior ministers
    ("the Department for Infrastructure", ["Finance Minister Caoimhe Archibald said:"], "Northern Ireland Executive"),
    ("the Department for Infrastructure", ["Chief Medical Officer Professor Sir Michael McBride said:"],
     "Northern Ireland Executive"),
    ("The Executive Office", ["Junior Minister Aisling Reilly said:"], "Northern Ireland Executive"),
    # ... and in the Northern Ireland Office's release the Executive's ministers stay the Executive's
    ("the Northern Ireland Office", ["Economy Minister Diane Dodds said:"], "Northern Ireland Executive"),
])
def test_an_executive_departments_own_minister_speaks_for_the_department(publisher, body, organisation):
    assert only_quote(body, publisher, "4 March 2023").organisation == organisation


def test_the_first_minister_is_not_the_deputy_first_minister():
    body = ["First Minister Michelle O'Neill and deputy First Minister Emma Little-Pengelly visited the site.",
            "The First Minister said:", "“We welcome this.”", "The deputy First Minister said:", "“We agree.”"]
    quotes = extract(dump(release("D", body, publisher="The Executive Office", date="4 March 2024",
                                  month="March 2024")), "t.txt")
    assert [(q.speaker, q.organisation) for q in quotes] == [
        ("Michelle O'Neill", "Northern Ireland Executive"), ("Emma Little-Pengelly", "Northern Ireland Executive")]


@pytest.mark.parametrize("publisher, body, speaker", [
    # "the Secretary of State" is the publishing department's, never another department's
    ("the Wales Office", ["The Secretary of State for Wales, Jo Stevens, visited Cardiff today.",
                          "She was joined by Business Secretary Jonathan Reynolds, who said:", "“Great news.”"],
     "Jo Stevens"),
    ("the Department for Education", ["Health Secretary Wes Streeting joined the visit."], None),
    # a release of no department: the secretary it introduced
    ("the Environment Agency", ["Environment Secretary Steve Reed visited the flood defences."], "Steve Reed"),
])
def test_the_secretary_of_state_is_the_publishers_own(publisher, body, speaker):
    quotes = extract(dump(release("SoS", [*body, "The Secretary of State said:", "“We welcome this.”"],
                                  publisher=publisher, date="4 March 2025", month="March 2025")), "t.txt")
    assert quotes[-1].speaker == speaker


@pytest.mark.parametrize("publisher, body, attribution, organisation", [
    ("London Fire Brigade", [], "Assistant Commissioner Jane Doe said:", "London Fire Brigade"),
    ("Leeds City Council", ["As the Licensing Authority, the council reviewed the premises."],
     "Cabinet Member for Housing, Councillor Jane Doe, said:", "Leeds City Council"),
    ("the Crown Prosecution Service", ["The sentence was referred by the Attorney General as unduly lenient."],
     "Senior Crown Prosecutor Jane Doe said:", "Crown Prosecution Service"),
    ("Leeds Teaching Hospitals NHS Trust", ["The unit follows NICE guidance."],
     "Dr Jane Doe, Consultant in Emergency Medicine, said:", "Leeds Teaching Hospitals NHS Trust"),
    ("the Home Office", [], "John Smith, head of Ofsted's Social Care Team, said:", "Ofsted"),
])
def test_own_staff_and_units_in_ordinary_releases(publisher, body, attribution, organisation):
    assert only_quote(body + [attribution], publisher, "4 March 2025").organisation == organisation


@pytest.mark.parametrize("attribution, speaker", [
    # an anniversary is no other time
    ("Marking eight years since the 2017 Grenfell Tower fire, the Prime Minister said:", "Keir Starmer"),
])
def test_anniversaries_are_spoken_today(attribution, speaker):
    assert only_quote(["News today.", attribution], "10 Downing Street", "4 March 2025").speaker == speaker


@pytest.mark.parametrize("paragraph", [
    "“This is good news,” said Lord Hanson of Flint, the Policing Minister. “It will help,” added Lord Hanson.",
    "“This is good news,” said Dame Diana Johnson. “It will help,” added Dame Diana.",
    # two spellings of one title, and a plain honorific before the surname
    "“This is good news,” said Cllr Jane Smith, Cabinet Member for Transport. “It will help,” added Councillor Smith.",
    "“This is good news,” said John Brown, chair of the Acme Trust. “It will help,” added Mr Brown.",
])
def test_the_same_peer_or_dame_going_on_is_one_quote(paragraph):
    quotes = extract(dump(release("Two", ["News today.", paragraph], date="4 March 2025", month="March 2025")), "t.txt")
    assert len(quotes) == 1


@pytest.mark.parametrize("lead, speaker", [
    ("Former RAF engineer Keith, 64, from Hull, was diagnosed last year.", "Keith"),
    ("In Hull, Keith, 64, was diagnosed last year.", "Keith"),
])
def test_someone_introduced_by_age_after_a_description_or_a_place(lead, speaker):
    quotes = extract(dump(release("P", ["Professor Stephen Powis said:", "“Screening saves lives.”", lead, "He said:",
                                        "“I am so grateful.”"], publisher="NHS England", date="4 March 2023",
                                  month="March 2023")), "t.txt")
    assert quotes[-1].speaker == speaker


@pytest.mark.parametrize("publisher, body, speaker", [
    ("the Office of the Secretary of State for Wales", ["Welsh Secretary Jo Stevens visited Newport."], "Jo Stevens"),
    ("the Wales Office", ["Welsh Secretary Jo Stevens visited Newport."], "Jo Stevens"),
    ("the Home Office", ["Secretary of State for Education, Bridget Phillipson, visited."], None),
])
def test_the_secretary_of_state_by_the_publishers_department_however_it_is_written(publisher, body, speaker):
    quotes = extract(dump(release("SoS", [*body, "The Secretary of State said:", "“We welcome this.”"],
                                  publisher=publisher, date="4 March 2025", month="March 2025")), "t.txt")
    assert quotes[-1].speaker == speaker


@pytest.mark.parametrize("attribution", ["In a 2015 speech, the Prime Minister said:",
                                         "At the 2012 Olympics, the Prime Minister said:"])
def test_words_from_an_event_of_another_year_name_no_holder(attribution):
    assert only_quote(["News.", attribution], "10 Downing Street", "4 March 2025").speaker is None


@pytest.mark.parametrize("paragraph", [
    "“This is good news,” said John Smith. “It will help,” added Sir John.",
    "“This is good news,” said Mr John Smith. “It will help,” added Mrs Smith.",
])
def test_another_person_with_the_same_first_name_and_a_title_is_another_speaker(paragraph):
    quotes = extract(dump(release("Two", ["Sir John Armitt and John Smith visited Kent.", paragraph],
                                  date="4 March 2025", month="March 2025")), "t.txt")
    assert len(quotes) == 2


@pytest.mark.parametrize("body, speaker", [
    (["Home Secretary Yvette Cooper said:", "“Crime is falling.”",
      "Home Secretary Yvette Cooper heard from Sarah, 34, whose phone was snatched. She said:"], "Yvette Cooper"),
    (["Nurse Jane Doe said:", "“Screening works.”", "One of those helped is single mother Sarah, 34, from Leeds.",
      "She said:"], "Sarah"),
])
def test_who_an_age_introduces(body, speaker):
    quotes = extract(dump(release("P", [*body, "“We will act.”"], date="4 March 2025", month="March 2025")), "t.txt")
    assert quotes[-1].speaker == speaker


@pytest.mark.parametrize("after, words", [
    # the next paragraph only closes the quotation left open after "said X": it is hers
    (["We will keep going until every family has a home.”", "The scheme starts in May."],
     ["We are delighted. It is a great day for the town.", "We will keep going until every family has a home."]),
    # narration after the open quotation is not taken
    (["The scheme starts in May and the council will review it.", "Its budget is £2 million."],
     ["We are delighted. It is a great day for the town."]),
])
def test_a_quotation_left_open_after_said_x_ends_in_the_paragraph_that_closes_it(after, words):
    opening = "“We are delighted,” said Jane Smith, chief executive of the Acme Trust. “It is a great day for the town."
    (quote,) = extract(dump(release("Open", ["The council announced a scheme today.", opening, *after],
                                    date="4 March 2025", month="March 2025")), "t.txt")
    assert quote.text.split("\n\n") == words


def test_a_case_study_by_first_name_after_a_person_noun_keeps_the_first_name():
    body = ["New plans for children with special needs were published today.",
            "Parent Jo, whose 9-year-old son has autism, said:",
            "I have waited two years for a place and I am so relieved that this is changing.", "Ends"]
    (quote,) = extract(dump(release("Case study", body)), "t.txt")
    assert (quote.speaker, quote.role) == ("Jo", "Parent")


@pytest.mark.parametrize("body, speaker, role", [
    # a person introduced in the pronoun's own paragraph, before it, is the one who speaks (not the last speaker)
    (["Chief Secretary Paul Boateng said:", "“We are pleased with the response.”",
      "Mary Marsh, Director of the NSPCC, welcomed the proposals. She said:"], "Mary Marsh", "Director"),
    (["Chief Secretary Paul Boateng said:", "“We are pleased with the response.”",
      "Mary Marsh, Director of the NSPCC, welcomed the proposals. She said: “We will act on this now.”"],
     "Mary Marsh", "Director"),
    # a place visited is nobody, however it is written
    (["Environment Minister Rebecca Pow visited Blackpool South beach today to see the improvements for herself. "
      "She said:"], "Rebecca Pow", "Environment Minister"),
    (["Floods Minister Rory Stewart toured Hebden Bridge today. He said:"], "Rory Stewart", "Floods Minister"),
    # the titled subject of the paragraph before, not the capitalised words that end it
    (["Education Secretary Gavin Williamson visited Bridgwater and Taunton College today to meet some of the first "
      "T Level students.", "Speaking during the visit, he said:"], "Gavin Williamson", "Education Secretary"),
    (["Floods Minister Rory Stewart visited Hebden Bridge today to meet residents.", "He said:"], "Rory Stewart",
     "Floods Minister"),
    # a quotation's words before the first attribution are nobody's introduction
    (["“A Supreme Court, housed in its own building, will reflect the independence of our judges.”",
      "He said:"], None, None),
    # someone the pronoun's paragraph names as the object of a verb is still a person
    (["Health Secretary Wes Streeting said:", "“Screening saves lives.”",
      "The minister presented the award to Jane Doe, a nurse at the hospital. She said:"], "Jane Doe", None),
])
def test_a_pronoun_is_the_person_introduced_before_it_not_a_place(body, speaker, role):
    words = ["“We will act.”"] if body[-1].endswith(":") else []
    quotes = extract(dump(release("P", [*body, *words], date="4 March 2025", month="March 2025")), "t.txt")
    assert (quotes[-1].speaker, quotes[-1].role) == (speaker, role)


@pytest.mark.parametrize("before, role", [
    # the title's initials in brackets between the title and the name (Ofsted, 2014)
    ("Secondary schools are in danger of stalling, Her Majesty’s Chief Inspector (HMCI) Sir Michael Wilshaw warned "
     "today as he launched the Annual Report.", "Her Majesty’s Chief Inspector"),
    ("Schools are improving, Chief Executive (CEO) Sir Michael Wilshaw said today.", "Chief Executive"),
    # a body's initials before the name are no title
    ("The Internet Watch Foundation (IWF) Sir Michael Wilshaw warned today.", None),
])
def test_a_title_with_its_initials_before_the_name_is_the_role(before, role):
    body = [before, "Launching the report in London, Sir Michael said:", "I am worried about what we found."]
    (quote,) = extract(dump(release("HMCI", body, publisher="Ofsted", date="10 December 2014",
                                    month="December 2014")), "t.txt")
    assert (quote.speaker, quote.role) == ("Michael Wilshaw", role)


@pytest.mark.parametrize("publisher, body, organisation", [
    # a body's route, region or service after its possessive: the body speaks
    ("Network Rail", ["Ellie Burrows, route managing director for Network Rail's Anglia route, added:"],
     "Network Rail"),
    ("HM Revenue & Customs", ["HM Revenue & Customs (HMRC) has jailed a fraudster.",
                              "Sandra Smith, Assistant Director of HMRC's Fraud Investigation Service, said:"],
     "HM Revenue and Customs"),
    # a body whose own name ends in 's keeps it
    ("the Department for Transport", ["Jane Doe, Director of Sainsbury's Customer Service, said:"], "Sainsbury's"),
    # a place's possessive before a unit is part of the unit's name, as before
    ("the Home Office", ["Jane Doe, Director of London's Violence Reduction Unit, said:"],
     "London's Violence Reduction Unit"),
    # a road's number before a title names the scheme: its owner's, in the owner's release; no body in a department's
    ("Highways England", ["David Bray, A14 project director, said:"], "Highways England"),
    ("the Department for Transport", ["David Bray, A14 project director, said:"], None),
    ("the Department for Transport", ["Jane Doe, M25 programme manager, said:"], None),
    # a body's initials before a title are still the body
    ("the Department for Transport", ["Jane Doe, HS2 project director, said:"], "HS2"),
])
def test_a_bodys_unit_and_a_roads_scheme(publisher, body, organisation):
    assert only_quote(body, publisher, "9 December 2019").organisation == organisation


@pytest.mark.parametrize("role, organisation", [
    # a department's senior official "to the" department: that department
    ("Permanent Secretary to the Treasury", "HM Treasury"),
    ("Second Permanent Secretary to the Treasury", "HM Treasury"),
    ("Chief Scientific Adviser to the Department for Transport", "Department for Transport"),
    # other titles "to" someone, and bodies that are no department, as before
    ("Private Secretary to the Treasury", None),
    ("Permanent Secretary to the Acme Trust", None),
    ("Adviser to the Domestic Abuse Commissioner", "Domestic Abuse Commissioner"),
])
def test_a_departments_official_serves_the_department_named(role, organisation):
    from quotes.organisation import resolve_organisation

    assert resolve_organisation(role, None, dt.date(2022, 6, 1), {}) == organisation


@pytest.mark.parametrize("publisher, date, body, expected", [
    # a peer's title and surname for the one person the release named with that surname and a title
    ("the Foreign, Commonwealth & Development Office", "10 January 2024",
     ["Foreign Secretary David Cameron has announced additional UK aid for civilians in Gaza.",
      "Commenting, Lord Cameron said:"],
     ("Lord Cameron", "Foreign Secretary", "Foreign, Commonwealth and Development Office")),
    # not when two people of the release have the surname
    ("the Department for Transport", "4 March 2019",
     ["Rail Minister Jane Smith visited the site with John Smith, chief executive of Network Rail.",
      "Lord Smith said:"],
     ("Lord Smith", None, None)),
    # nor when the release names the peer as such: not the minister of the same surname
    ("the Department for Transport", "4 March 2019",
     ["Rail Minister Jane Smith visited the site with Lord Smith, chair of the Acme Trust.", "Lord Smith said:"],
     ("Lord Smith", None, None)),
    # a post no longer held is no role to carry over
    ("HM Treasury", "17 May 2010",
     ["Sir Alan Budd, former member of the Bank of England's Monetary Policy Committee, has agreed to chair the "
      "Office for Budget Responsibility.", "Sir Alan Budd said:"],
     ("Alan Budd", None, None)),
    # the post held, as before
    ("HM Treasury", "17 May 2010",
     ["Jane Doe, chief executive of the Acme Trust, welcomed the plan.", "Ms Doe said:"],
     ("Jane Doe", "chief executive", "Acme Trust")),
    # an office styled "Lord" before a person, not a peer's title (Shrewsbury and Telford Hospital NHS Trust, 2018)
    ("Acme Hospital NHS Trust", "4 March 2018",
     ["The Lord Lieutenant of Anyshire, Sir John Roe-Smith, has unveiled a new MRI scanner.", "Sir John told guests:"],
     ("John Roe-Smith", "Lord Lieutenant of Anyshire", None)),
])
def test_a_role_carried_over_from_the_release(publisher, date, body, expected):
    quote = only_quote(body, publisher, date)
    assert (quote.speaker, quote.role, quote.organisation) == expected


_PM_INTRO = "Prime Minister Jane Doe visited the flood defences at Carlisle today."


@pytest.mark.parametrize("lead, quoted, speaker, paragraphs", [
    # a narration sentence about a person speaking, ending in a colon without "said:" at its end
    ("Jane Doe emphasised the importance of the summit, and said that she would bring countries together:",
     ["“This deal matters for Britain and for the world.", "“We will not stop until it is done.”"],
     "Jane Doe", ["This deal matters for Britain and for the world.", "We will not stop until it is done."]),
    ("She also spoke about helping the towns hit hardest by the storms:",
     ["“Nobody who lost a home this winter will be left to cope alone.”"],
     "Jane Doe", ["Nobody who lost a home this winter will be left to cope alone."]),
    ("Chief Executive of Acme, Jane Doe commented on the funding for peatland restoration announced in today’s "
     "budget:", ["“The additional funding for peatland restoration is welcome and we will use it well.”"],
     "Jane Doe", ["The additional funding for peatland restoration is welcome and we will use it well."]),
    # a paragraph reporting what a person said, then one wholly in quotation marks that credits nobody
    ("The PM said engineers working with the army are able to show immediate progress.",
     ["“This work, which so often goes unnoticed, is vital to the recovery of every town.”"],
     "Jane Doe", ["This work, which so often goes unnoticed, is vital to the recovery of every town."]),
    ("Before the meeting the PM said they would also discuss the bid for the games.",
     ["“We have an outstanding bid and world-leading facilities.", "“I hope the committee will back it.”"],
     "Jane Doe", ["We have an outstanding bid and world-leading facilities.", "I hope the committee will back it."]),
    ("Jane Doe said she had spoken to the largest salt suppliers, who had assured her of enough stock.",
     ["“What we are trying to do first is make sure there is enough salt in every part of the country.”"],
     "Jane Doe", ["What we are trying to do first is make sure there is enough salt in every part of the country."]),
])
def test_narration_about_a_person_speaking_attributes_the_quotation_after_it(lead, quoted, speaker, paragraphs):
    body = [_PM_INTRO, lead, *quoted, "The visit ended with a meeting of the council."]
    (q,) = extract(dump(release("Floods", body, publisher="10 Downing Street", date="16 December 2009")), "t.txt")
    assert (q.speaker, q.paragraphs, q.attribution) == (speaker, paragraphs, lead)


@pytest.mark.parametrize("lead, quoted", [
    # a body's announcement or a list's introduction, before a list or a quotation
    ("The Government spoke of its plans for the coast:", "“We will rebuild the sea wall by 2012.”"),
    ("Our responses to the points raised are as follows:", "“The scheme will be reviewed next year.”"),
    # a document or a body reported, not a person
    ("The report said the scheme had cut waiting times by a third.", "“Waiting times have fallen sharply.”"),
    ("Ministers said the scheme had cut waiting times by a third.", "“Waiting times have fallen sharply.”"),
    # the quotation credits someone of its own
    ("The PM said the scheme had cut waiting times by a third.",
     "“Waiting times have fallen sharply,” said Dr John Smith, chair of the trust."),
    # a scare quote that opens a narration sentence: the paragraph is no quotation
    ("The PM said the scheme had cut waiting times by a third.",
     "“Fast track” clinics will open in Leeds and Hull next year."),
    # reported speech that ends in narration before it, and no quotation opening the next paragraph
    ("The PM said the scheme had cut waiting times by a third.", "The scheme opened in 2008 in three towns."),
])
def test_narration_before_a_quotation_credits_no_one_unless_a_person_speaks(lead, quoted):
    body = [_PM_INTRO, lead, quoted, "The visit ended with a meeting of the council."]
    quotes = extract(dump(release("Floods", body, publisher="10 Downing Street", date="16 December 2009")), "t.txt")
    assert [q for q in quotes if q.attribution == lead] == []


@pytest.mark.parametrize("lead, following, speaker", [
    # a person named in full, a verb that is no speech verb, a colon; then words in the first person
    ("Jane Doe today congratulated the schools opening as academies this term:",
     ["I am delighted that more schools are opening as academies this week.",
      "Schools are taking up our offer because they see the benefits for their pupils."], "Jane Doe"),
    ("Ms Doe thanked the volunteers who had cleared the beaches:",
     ["I have been moved by the way whole towns turned out to help."], "Jane Doe"),
    ("Jane Doe has welcomed the first schools to open as academies:",
     ["I am delighted that more schools are opening as academies this week."], "Jane Doe"),
    # a body, a pronoun, a list, or words that are not the speaker's own
    ("The Department welcomed the schools opening as academies this term:",
     ["I am delighted that more schools are opening as academies this week."], None),
    ("She congratulated the schools opening as academies this term:",
     ["I am delighted that more schools are opening as academies this week."], None),
    ("Jane Doe outlined the measures as follows:", ["I will double the number of inspectors."], None),
    ("Jane Doe today visited the schools opening as academies this term:",
     ["The schools will open in September with 400 places."], None),
    ("Jane Doe today unveiled three measures:", ["We will build 100 new schools by 2015."], None),
])
def test_a_named_person_before_a_colon_then_words_in_the_first_person_is_an_attribution(lead, following,
                                                                                       speaker):
    body = ["Figures released today show that 400 academies are now open, Education Secretary Jane Doe said.",
            lead, *following, "Notes to editors", "The figures are for England."]
    quotes = [q for q in extract(dump(release("Academies", body, publisher="the Department for Education")),
                                 "t.txt") if q.attribution == lead]
    if speaker is None:
        assert quotes == []
    else:
        (q,) = quotes
        assert (q.speaker, q.paragraphs) == (speaker, following)


@pytest.mark.parametrize("words, cut, complete", [
    # a quote without marks right before a cut paragraph may go on there: incomplete
    ("I am delighted that more schools are opening as academies this week.",
     "The Coalition believes that headteachers and teachers know best how to run their schools. Th", False),
    # a quotation closed before it ended where it closed
    ("“I am delighted that more schools are opening as academies this week.”",
     "The figures published today show that the number of academies has more than doubled since Se", True),
])
def test_a_quote_right_before_a_cut_off_paragraph(words, cut, complete):
    following = release("Next release", ["Nothing is quoted here."])
    (q,) = extract(dump(release("Cut off", ["Minister Jane Doe said:", words, cut]), following), "t.txt")
    assert q.complete is complete


@pytest.mark.parametrize("first", [
    "“I am pleased that the review will be led by a team with such wide experience of consumer issues.",
    "” I am pleased that the review will be led by a team with such wide experience of consumer issues.",
])
def test_a_cut_off_paragraph_opening_a_quotation_left_open_before_it_goes_with_the_quote(first):
    cut = "“Their expertise will help to ensure that the review produces a rounded analysis of how codes can be"
    body = ["Minister Jane Doe said:", first, cut]
    following = release("Next release", ["Nothing is quoted here."])
    (q,) = extract(dump(release("Cut off", body), following), "t.txt")
    assert len(q.paragraphs) == 2 and q.complete is False


@pytest.mark.parametrize("cut", [
    # a cut paragraph in marks going on with the speaker's words, whose last sentence has "I" as its subject
    "“As prices keep rising, the agreement must be built upon. I told the committee it is absolutely i",
    "“I said to the minister that we cannot wait any longer and I told the committee it is",
])
def test_a_cut_paragraph_whose_subject_is_i_goes_on_with_the_quote(cut):
    body = ["Party Chairperson Mary Kelly has met the committee.", "Ms Kelly said:",
            "“The bill is an affront to democracy and we will oppose it at every stage.", cut]
    following = release("Next release", ["Nothing is quoted here."])
    (q,) = extract(dump(release("Cut off", body, publisher="Sinn Fein"), following), "t.txt")
    assert len(q.paragraphs) == 2 and q.complete is False


@pytest.mark.parametrize("fragment", [
    "Rent", "The £22 billion", "I am delighted to reappoint Peter, Lord", "The successful trial of t",
])
def test_a_release_cut_right_after_an_attribution_gives_an_incomplete_quote(fragment):
    body = ["Fraud Minister Jane Doe said:", fragment]
    following = release("Next release", ["Nothing is quoted here."])
    (q,) = extract(dump(release("Cut off", body), following), "t.txt")
    assert (q.paragraphs, q.complete) == ([fragment], False)


def test_a_cut_last_paragraph_continuing_a_quote_stays_in_it_and_marks_it_incomplete():
    body = ["Minister Jane Doe said:", "We are backing families who want to move to the countryside.",
            "My three children are really stoked to be moving to"]
    following = release("Next release", ["Nothing is quoted here."])
    (q,) = extract(dump(release("Cut off", body), following), "t.txt")
    assert q.paragraphs[-1] == "My three children are really stoked to be moving to" and q.complete is False


@pytest.mark.parametrize("last", ["Notes to editors", "Press office 020 7944 4400", "Ends"])
def test_a_heading_or_contact_line_ending_a_release_is_no_cut_quote(last):
    body = ["Minister Jane Doe said:", "We are backing families who want to move to the countryside.", last]
    following = release("Next release", ["Nothing is quoted here."])
    (q,) = extract(dump(release("Whole", body), following), "t.txt")
    assert q.paragraphs == ["We are backing families who want to move to the countryside."] and q.complete is True


def test_an_attribution_then_a_heading_in_mid_release_still_yields_no_quote():
    body = ["Minister Jane Doe said:", "Background", "The scheme opened in 2008."]
    assert extract(dump(release("Nothing quoted", body)), "t.txt") == []


@pytest.mark.parametrize("paragraphs, expected", [
    # the closing mark before the final stop stays where it is written; only the outer marks go
    (["“We will not hesitate to act, including, ultimately, franchise termination”."],
     ["We will not hesitate to act, including, ultimately, franchise termination”."]),
    (["“Our action has led to significant seizures of terrorist funds”,"],
     ["Our action has led to significant seizures of terrorist funds”,"]),
    (["“The first paragraph of the statement.", "“The second paragraph, which ends here”."],
     ["The first paragraph of the statement.", "The second paragraph, which ends here”."]),
    # a mark at the very end goes; a mark closing words quoted inside stays
    (["“We will act today.”"], ["We will act today."]),
    (["“Staff called it a ‘game changer’ and we agree.”"], ["Staff called it a ‘game changer’ and we agree."]),
    (["“Staff called it a “game changer”."], ["Staff called it a “game changer”."]),
    # a paragraph opening with a quoted phrase keeps its marks: the phrase closes inside it
    (["‘Never again’ is a solemn promise, and one we renew today."],
     ["‘Never again’ is a solemn promise, and one we renew today."]),
    (["“Levelling up” is not a slogan for us.”"], ["“Levelling up” is not a slogan for us."]),
    (["'Build, build, build' is what we said, and we meant it."],
     ["'Build, build, build' is what we said, and we meant it."]),
    # ... but a mark whose partner closes only at the end, or never, opens the paragraph's quotation
    (["‘We’re ready for the winter,’"], ["We’re ready for the winter,"]),
    (["“Our ‘can do’ attitude will see us through."], ["Our ‘can do’ attitude will see us through."]),
])
def test_quoted_paragraphs_are_published_as_written_but_for_their_outer_marks(paragraphs, expected):
    body = ["The minister visited the depot today.", "Rail Minister Jane Doe said:", *paragraphs,
            "The depot opened in 1998."]
    (quote,) = extract(dump(release("Verbatim", body, publisher="the Department for Transport")), "t.txt")
    assert quote.paragraphs == expected


@pytest.mark.parametrize("body, speakers", [
    (["“Fares have gone up again.”", "Commenting, Shadow Transport Secretary Jane Doe said:",
      "“Passengers are paying the price.”"], ["Jane Doe"]),
    # no attribution line: no quote, whoever the title names
    (["“Fares have gone up again, and passengers are paying the price.”"], []),
])
def test_a_single_post_page_without_a_bullet_header_gives_its_attributed_quotes(body, speakers):
    text = ("Category: Press Releases\n\nJane Doe – 2019 Press Release on Bus Fares\n\n"
            "Below is a press release issued by the Labour Party on 23/11/2019.\n\n" + "\n\n".join(body) + "\n")
    quotes = extract(text, "t.txt")
    assert [q.speaker for q in quotes] == speakers
    assert all(q.date == dt.date(2019, 11, 23) and q.publisher == "Labour Party" for q in quotes)
    assert all(q.title == "Jane Doe – 2019 Press Release on Bus Fares" for q in quotes)


@pytest.mark.parametrize("narration, pronoun, speaker, role", [
    # the subject after the lead-in, not the last person the sentence's object names
    ("After arriving in Geneva, the PM went straight into talks with the Prime Minister of Norway, Erna Lund, "
     "and Canadian PM John Hale.", "She said:", "Jane Roe", "Prime Minister"),
    ("After arriving in Geneva, the Prime Minister met the Norwegian Prime Minister, Erna Lund.",
     "She said:", "Jane Roe", "Prime Minister"),
    # ... who may be another country's leader, named as the subject
    ("After arriving in Geneva, the Prime Minister of Norway, Erna Lund, went straight into talks with the Prime "
     "Minister.", "She said:", "Erna Lund", "Prime Minister of Norway"),
])
def test_a_pronoun_after_narration_is_the_sentence_subject(narration, pronoun, speaker, role):
    body = ["Prime Minister Jane Roe is in Geneva for trade talks.", narration, pronoun,
            "“We have a chance this week to agree a deal that helps every country here.”"]
    (quote,) = extract(dump(release("Talks", body, publisher="10 Downing Street")), "t.txt")
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize("lead, role, organisation", [
    # the release titled the speaker first, then named them bare before the pronoun: the title holds
    ("The Health and Social Care Secretary Jane Roe will today set out her plans for winter.",
     "Health and Social Care Secretary", "Department of Health and Social Care"),
    # nobody titled her: a bare name stays without a post
    ("Jane Roe will today set out her plans for winter.", None, None),
])
def test_a_pronoun_after_a_bare_mention_keeps_the_title_given_earlier(lead, role, organisation):
    body = [lead, "Addressing a conference in Leeds, Jane Roe will say she will focus “on what matters most”.",
            "In her first speech since returning to the role, Ms Roe will outline her key priorities:",
            "• Supporting the workforce", "• Tackling delayed discharge",
            "She will say:", "“We face the twin threats of flu and covid, and we must act now to protect patients.”"]
    (quote,) = extract(dump(release("Winter plans", body, publisher="the Department of Health and Social Care",
                                    date="16 November 2022", month="November 2022")), "t.txt")
    assert (quote.speaker, quote.role, quote.organisation) == ("Jane Roe", role, organisation)


def test_a_pronoun_after_narration_opening_with_an_untitled_name():
    # a person named without a title opens the sentence, and its object names another: the subject speaks
    body = ["The chair of the Acme Rail Authority is to change.",
            "Sir John Roe announced today that he will step down this Friday to enable Jane Doe to succeed him.",
            "He said:", "“I want to make way for new leadership now that the time is right for the authority.”"]
    (quote,) = extract(dump(release("Chair", body, publisher="the Acme Rail Authority")), "t.txt")
    assert quote.speaker == "John Roe"


@pytest.mark.parametrize("sentence, name, opens", [
    ("Sir John Roe announced today that he will step down.", "John Roe", True),
    ("After the meeting John Roe thanked the staff.", "John Roe", True),
    # a list of people, a name before its description, a name that is no subject
    ("John Roe and Jane Doe met council leaders in Leeds today.", "John Roe", False),
    ("John Roe, Chief Executive of Acme, visited the site.", "John Roe", False),
    ("Talks were held with John Roe yesterday.", "John Roe", False),
])
def test_a_name_then_a_verb(sentence, name, opens):
    from quotes.extract import _then_a_verb

    assert _then_a_verb(sentence, name) is opens


@pytest.mark.parametrize("lead, speaker", [
    # a body's name after "at" is no one "she" can be
    ("Jane Doe today welcomed the plans. Speaking at the Westfield Academy, she also said that pupils will gain.",
     "Jane Doe"),
    ("Jane Doe today held talks on the plans in Lancaster House.", "Jane Doe"),  # nor a place after "in"
    # a person named last is still who "she" can be
    ("Headteacher Tom Hart today welcomed the plans with Jane Doe.", "Jane Doe"),
])
def test_a_pronoun_is_no_body_or_place_named_before(lead, speaker):
    body = [lead, "Some 600 schools are now academies.", "Speaking about the plans she said:",
            "Schools that work together do better for their pupils."]
    (quote,) = extract(dump(release("Academies", body, publisher="the Department for Education")), "t.txt")
    assert quote.speaker == speaker


@pytest.mark.parametrize("title, role", [
    ("Prime Minister Jane Roe in Geneva for trade talks", "Prime Minister"),
    ("Jane Roe in Geneva for trade talks", None),  # the title gives no office
])
def test_the_title_tells_the_office_of_a_person_the_text_names_bare(title, role):
    body = ["Jane Roe is calling on countries to work together at a critical moment.", "Jane Roe said:",
            "“We have a chance this week to agree a deal that helps every country here.”"]
    (quote,) = extract(dump(release(title, body, publisher="10 Downing Street")), "t.txt")
    assert (quote.speaker, quote.role) == ("Jane Roe", role)


@pytest.mark.parametrize("first, line, role", [
    # the one person the release named, as a sentence's subject, holds the title the narration gives bare
    ("Jane Roe sets out the importance of evidence in the use of AI in schools.",
     "She told the conference, which was attended by thousands of teachers and tech experts:", "Education Secretary"),
    # which of two holds it is not told; nor is it someone named only as an object
    ("Jane Roe and John Doe set out the importance of evidence in the use of AI in schools.",
     "She told the conference:", None),
    ("The awards were presented by Jane Roe, who won the prize last year.", "She told the conference:", None),
])
def test_a_pronoun_after_a_title_without_a_name(first, line, role):
    body = [first, "Speaking at the show in London today, the Education Secretary encouraged the sector to innovate.",
            line, "Since I stood on this stage last year, we have seen the technology develop at pace across the world."]
    (quote,) = extract(dump(release("Show", body, publisher="the Department for Education", date="24 January 2024")),
                       "t.txt")
    assert quote.role == role
    if role:
        assert (quote.speaker, quote.organisation) == ("Jane Roe", "Department for Education")


def test_a_passive_lead_before_a_quotation_gives_the_quote():
    body = ["The party has questioned the plans for the annual programme.",
            "The issue was raised by Shadow Rural Affairs Minister Jane Doe MS in the Senedd today:",
            "“The disease has caused immense pain and heartache to the farmers of Wales over the last decade.",
            "“Today would have been a good opportunity to bring this statement to the floor of the chamber.”"]
    (quote,) = extract(dump(release("Plans", body, publisher="the Welsh Conservatives")), "t.txt")
    assert (quote.speaker, quote.role) == ("Jane Doe", "Shadow Rural Affairs Minister")
    assert len(quote.paragraphs) == 2


@pytest.mark.parametrize("text, people", [
    # a title set off by commas before the name, the run going on into the sentence's subject after them
    ("Together with Welsh Office Industry Minister, Lord Jones, the Secretary of State opened the plant in Newport.",
     [("Lord Jones", "Welsh Office Industry Minister")]),
    ("Alongside the Housing Minister, Jane Doe, the Mayor of London toured the estate.",
     [("Jane Doe", "Housing Minister")]),
    # two people, each with a title after the name, with no comma before the "and" between them
    ("The plans were set out by Jane Roe, Financial Secretary to the Treasury and John Smith, Chief Economic "
     "Adviser to the Treasury in speeches to business leaders today.",
     [("Jane Roe", "Financial Secretary to the Treasury"),
      ("John Smith", "Chief Economic Adviser to the Treasury")]),
    ("The centre was opened by Jane Doe, Chief Executive of Acme and John Smith, Leader of Leeds City Council.",
     [("Jane Doe", "Chief Executive of Acme"), ("John Smith", "Leader of Leeds City Council")]),
    # a body or a place after the "and" is no second person
    ("It was opened by Jane Doe, Chief Executive of Acme and Network Rail, Chair of the Rail Forum.",
     [("Jane Doe", "Chief Executive of Acme and Network Rail")]),
    ("Visiting Leeds, Bradford and Hull, the Secretary of State met local businesses.", []),
])
def test_titles_set_off_by_commas_in_narration(text, people):
    from quotes.extract import name_runs, names_in_run

    assert [p for run in name_runs(text) for p in names_in_run(run)] == people


@pytest.mark.parametrize("lead, attribution, role, organisation", [
    # the title given in the narration, set off by commas, goes to the person's later line
    ("Together with Scottish Office Industry Minister, Lord Jones, the Chancellor hosted a roadshow in Glasgow.",
     "Lord Jones said:", "Scottish Office Industry Minister", "Scottish Office"),
    ("The plans were set out by Jane Roe, Chief Secretary to the Treasury and Lord Jones, Chief Economic Adviser "
     "to the Treasury in speeches today.", "Lord Jones said:", "Chief Economic Adviser to the Treasury",
     "HM Treasury"),
    # a title only near the name, with no comma to set it off, is no title of his
    ("The Chancellor hosted a roadshow in Glasgow with Lord Jones and the Scottish Office.", "Lord Jones said:",
     None, None),
])
def test_a_title_set_off_by_commas_in_the_lead_goes_to_the_later_line(lead, attribution, role, organisation):
    quote = only_quote([lead, attribution], "HM Treasury", "20 November 1998")
    assert (quote.speaker, quote.role, quote.organisation) == ("Lord Jones", role, organisation)


@pytest.mark.parametrize("lead, narration, role, organisation", [
    # the title the sentence before gives its subject with no name, the one person named as a sentence's subject
    ("Jane Roe has invited head teachers to a summit.",
     "Ms Roe will host it in London. In her letter, the Schools Minister set out her plans.",
     "Schools Minister", "Department for Education"),
    # another person named: which of them holds the title is not told
    ("Jane Roe has invited head teachers to a summit, which John Smith will chair.",
     "Ms Roe will host it in London. In her letter, the Schools Minister set out her plans.", None, None),
    # no title told
    ("Jane Roe has invited head teachers to a summit.",
     "Ms Roe will host it in London. In her letter, she set out her plans.", None, None),
])
def test_a_pronoun_takes_the_title_the_sentence_before_gives_without_a_name(lead, narration, role, organisation):
    body = [lead, f"{narration} In her letter she wrote:",
            "“I have said before that every day in school counts, and I will not stop until every child is in class.”"]
    (quote,) = extract(dump(release("Summit", body, publisher="the Department for Education", date="4 February 2020",
                                    month="February 2020")), "t.txt")
    assert (quote.speaker, quote.role, quote.organisation) == ("Jane Roe", role, organisation)


@pytest.mark.parametrize("opening, date, role, organisation", [
    # a great office its holder on the day is told of by title, before a pronoun's line
    ("The Prime Minister said every country must play its part.", "10 October 2008", "Prime Minister",
     "Prime Minister's Office, 10 Downing Street"),
    # not the holder on the day; the title never written
    ("The Prime Minister said every country must play its part.", "10 October 2012", None, None),
    ("He said every country must play its part.", "10 October 2008", None, None),
])
def test_a_pronoun_for_a_bare_named_holder_of_a_great_office_takes_its_title(opening, date, role, organisation):
    body = [f"Gordon Brown has called a meeting of finance ministers on the banks. {opening}",
            "Mr Brown will chair the talks in London. In his article for a Sunday paper he wrote:",
            "“Confidence in the banks will return only when every government acts together, and acts now.”"]
    (quote,) = extract(dump(release("Meeting", body, publisher="10 Downing Street", date=date,
                                    month=" ".join(date.split()[1:]))), "t.txt")
    assert (quote.speaker, quote.role, quote.organisation) == ("Gordon Brown", role, organisation)


@pytest.mark.parametrize("role, date, organisation", [
    # before devolution the Scottish and Welsh Offices ran their territory's business: a title naming one is its
    ("Scottish Office Industry Minister", dt.date(1998, 11, 20), "Scottish Office"),
    ("Secretary of State for Wales", dt.date(1998, 11, 20), "Welsh Office"),
    ("Secretary of State for Scotland", dt.date(2005, 11, 20), "Scotland Office"),
    # ... until the day before devolution, 1 July 1999
    ("Secretary of State for Scotland", dt.date(1999, 6, 30), "Scottish Office"),
    ("Secretary of State for Scotland", dt.date(1999, 7, 1), "Scotland Office"),
    ("Secretary of State for Wales", dt.date(1999, 6, 30), "Welsh Office"),
    ("Secretary of State for Wales", dt.date(1999, 7, 1), "Wales Office"),
    # a department's chief economic adviser is its own official
    ("Chief Economic Adviser to the Treasury", dt.date(2002, 9, 13), "HM Treasury"),
    ("Chief Economic Adviser to the Acme Bank", dt.date(2002, 9, 13), None),
])
def test_territorial_offices_and_departmental_officials_before_devolution(role, date, organisation):
    from quotes.organisation import resolve_organisation

    assert resolve_organisation(role, None, date, {}) == organisation


_CHANCELLOR_INTRO = "Chancellor Jane Doe visited the new training centre in Leeds today."


def _treasury_quotes(body: list[str]) -> list:
    return extract(dump(release("Skills", body, publisher="HM Treasury", date="2 December 2000")), "t.txt")


def test_a_pronoun_after_a_lead_in_with_commas_is_the_person_introduced():
    body = ["The plan was outlined today in Leeds by the new Chief Secretary John Smith.",
            "Speaking at the fourth in a series of joint regional Enterprise Roadshows, held at Leeds Bradford Airport, "
            "he said:",
            "“We are committed to seeing every region share in growth.”"]
    (q,) = _treasury_quotes(body)
    assert (q.speaker, q.role) == ("John Smith", "Chief Secretary")


@pytest.mark.parametrize("lead, words, found", [
    # a title or a pronoun, a verb of speech, a colon closing narration; then words plainly in the first person
    ("She praised the staff. The Chancellor went on to call for other firms to follow the centre’s lead:",
     "Today I ask every employer in the region to offer a place to a young person.", True),
    ("She stressed the need for more apprenticeships:",
     "I want every young person in this city to have the chance to learn a trade.", True),
    # a list, words of "we" only, the first person late, another person spoken to or of
    ("The Chancellor went on to outline the measures:", "£50 million for new training places in the region", False),
    ("The Chancellor highlighted the support on offer:", "We will fund 100 new apprenticeships in Leeds.", False),
    ("The Chancellor stressed the scheme’s reach:", "The scheme opens in May with 400 places. I hope many apply.",
     False),
    ("The Chancellor spoke to an apprentice at the centre:", "I started here last year and I love the work.", False),
    # ... another's text, or a person of a common noun, whose own words may be the paragraph
    ("She highlighted a letter from one parent in the city:", "I have lived here for thirty years and I have never "
     "seen the streets so clean.", False),
    ("She pointed to the victim’s statement:", "I have not slept properly since the attack and I still feel afraid.",
     False),
])
def test_a_titled_lead_before_words_in_the_first_person_without_marks(lead, words, found):
    quotes = [q for q in _treasury_quotes([_CHANCELLOR_INTRO, lead, words, "Notes to editors"])
              if q.attribution == lead]
    assert [(q.speaker, q.paragraphs) for q in quotes] == ([("Jane Doe", [words])] if found else [])


@pytest.mark.parametrize("first, between, goes_on", [
    # "they" right after a quote of two people: the same speaker as recorded for that quote
    ("Speaking after the meeting, the Chancellor and John Smith said:", [], True),
    # one person before, or narration between: "they" is nobody known
    ("Speaking after the meeting, the Chancellor said:", [], False),
    ("Speaking after the meeting, the Chancellor and John Smith said:", ["The centre has 400 places."], False),
    ("Business and Trade Secretary John Smith said:", [], False),
])
def test_they_go_on_from_a_quote_of_two_people(first, between, goes_on):
    lead = "Continuing, they stressed that the work was far from over:"
    body = [_CHANCELLOR_INTRO, first, "“We are pleased with the progress made by every partner this year.”",
            *between, lead, "“We must keep going until every young person has a place.”", "Notes to editors"]
    quotes = _treasury_quotes(body)
    after = [q for q in quotes if q.attribution == lead]
    if goes_on:
        (q,) = after
        assert (q.speaker, q.role) == (quotes[0].speaker, quotes[0].role)
    else:
        assert after == []


@pytest.mark.parametrize("lead, speaker", [
    # reported speech whose subject follows a fronted clause naming someone else
    ("In the week in which the Prime Minister announced the appointment of John Smith as the new skills adviser, "
     "Ms Doe urged employers to work with colleges.", "Jane Doe"),
    ("In the week in which the Prime Minister announced the plan, employers urged colleges to work with them.", None),
])
def test_reported_speech_after_a_fronted_clause_then_a_quotation(lead, speaker):
    body = [_CHANCELLOR_INTRO, lead, "“We will be working with business so that every college is ready.”",
            "Notes to editors"]
    quotes = [q for q in _treasury_quotes(body) if q.attribution == lead]
    assert [q.speaker for q in quotes] == ([speaker] if speaker else [])


def test_a_that_clause_naming_no_one_leaves_the_quote_to_the_sentences_subject():
    body = ["Home Secretary Jane Doe visited Leeds today.",
            "The Home Secretary made clear that she would act and said “We are determined to see this through.”"]
    (quote,) = extract(dump(release("Leeds", body)), "t.txt")
    assert (quote.speaker, quote.role) == ("Jane Doe", "Home Secretary")


def test_a_document_quoted_in_a_that_clause_is_no_quote_of_the_person_written_to():
    body = ["The Fire Brigades Union has criticised the minister’s account of its role in the rollout.",
            "The union then wrote to Jane Doe (as reported in circular 2019GEN14), chair of the Home Affairs select "
            "committee, to correct the record, pointing out that a union circular in December 2020 clearly stated "
            "that “Firefighters are ready to assist the rollout of vaccines after an agreement was reached”."]
    assert extract(dump(release("Rollout", body, publisher="the Fire Brigades Union")), "t.txt") == []


@pytest.mark.parametrize("lead, speaker", [
    # a promise reported, then a paragraph wholly in marks that credits nobody: the promise's maker speaks
    ("Ms Doe pledged to deliver the new training places by the end of the year.", "Jane Doe"),
    ("Ms Doe vowed that no region would be left behind.", "Jane Doe"),
    # a plan announced is the press office's report of what was done, not of words
    ("Ms Doe announced plans for new training places.", None),
])
def test_a_promise_reported_before_a_quotation(lead, speaker):
    body = [_CHANCELLOR_INTRO, lead, "“We will be working with business so that every college is ready.”",
            "Notes to editors"]
    quotes = [q for q in _treasury_quotes(body) if q.attribution == lead]
    assert [q.speaker for q in quotes] == ([speaker] if speaker else [])


@pytest.mark.parametrize("line, speaker", [
    # a welcome of whatever was announced, ending in a colon, before the words of welcome
    ("Chancellor Jane Doe today welcomed the new rate of tax:", "Jane Doe"),
    ("Chancellor Jane Doe welcomed today’s figures:", "Jane Doe"),
    # ... not a list's introduction
    ("Chancellor Jane Doe welcomed the following:", None),
])
def test_a_welcome_ending_in_a_colon_before_a_quotation(line, speaker):
    body = ["The new starting rate of tax comes into force today.", line,
            "“My Budget introduced tax cuts for a purpose: to make work pay and support families.”"]
    quotes = [q for q in _treasury_quotes(body) if q.attribution == line]
    assert [q.speaker for q in quotes] == ([speaker] if speaker else [])


_KEEP_UP = "“We will keep up the pressure on every firm until the job is done.”"


@pytest.mark.parametrize("body, speaker, role, organisation", [
    # "the Minister" for the one minister named before, whose title has no "Minister" in it
    (["Further progress has been made, Economic Secretary Jane Roe announced today.",
      "Publishing the figures, the Minister said:"], "Jane Roe", "Economic Secretary", "HM Treasury"),
    # ... named in the line's own paragraph before it
    (["Economic Secretary Jane Roe visited Leeds today. The Minister said:"], "Jane Roe", "Economic Secretary",
     "HM Treasury"),
    # ... beside a great office, which the release calls by its own title
    (["Chancellor John Smith and Economic Secretary Jane Roe met the firms today.", "The Minister said:"],
     "Jane Roe", "Economic Secretary", "HM Treasury"),
    # ... and not another country's minister met
    (["Economic Secretary Jane Roe met the French Finance Minister Jean Dupont in London today.",
      "The Minister said:"], "Jane Roe", "Economic Secretary", "HM Treasury"),
    # two ministers named: which of them speaks is not told
    (["Economic Secretary Jane Roe and Financial Secretary John Smith met the firms today.", "The Minister said:"],
     None, "Minister", "HM Treasury"),
    # no minister named before: the Chancellor alone, a shadow, a former one, or one named only after the line
    (["Chancellor John Smith met the firms today.", "The Minister said:"], None, "Minister", "HM Treasury"),
    (["Shadow Economic Secretary Jane Roe criticised the plan today.", "The Minister said:"], None, "Minister",
     "HM Treasury"),
    (["The scheme was set up by former Economic Secretary Jane Roe in 1997.", "The Minister said:"], None,
     "Minister", "HM Treasury"),
    # a department's minister ("the Treasury Minister") is the one minister of that department named before; not
    # another department's
    (["Economic Secretary Jane Roe announced the figures today.", "On hearing the news the Treasury Minister said:"],
     "Jane Roe", "Economic Secretary", "HM Treasury"),
    (["Economic Secretary Jane Roe announced the figures today.", "The Home Office Minister said:"], None,
     "Home Office Minister", "Home Office"),
    # a portfolio's minister the release gave no one ("the Minister for India") is the one minister named before
    (["Economic Secretary Jane Roe announced the figures today.", "The Minister for Savings said:"], "Jane Roe",
     "Economic Secretary", "HM Treasury"),
    # ... nor when two ministers' titles are written before
    (["Economic Secretary Jane Roe and Minister for Pensions, Savings and Welfare John Smith met the firms.",
      "The Treasury Minister said:"], None, "Treasury Minister", "HM Treasury"),
])
def test_a_bare_minister_is_the_one_minister_the_release_names(body, speaker, role, organisation):
    quote = extract(dump(release("Figures", body + [_KEEP_UP], publisher="HM Treasury", date="12 March 1998",
                                 month="March 1998")), "t.txt")[0]
    assert (quote.speaker, quote.role, quote.organisation) == (speaker, role, organisation)


@pytest.mark.parametrize("publisher, body, speaker, role, organisation", [
    # a cabinet secretary or minister named with a devolved legislature's letters is that government's (NHS
    # Greater Glasgow and Clyde, 2015)
    ("NHS Anytown", ["The review was chaired by Jane Doe MSP, Cabinet Secretary for Health, Wellbeing and Sport.",
                     "Ms Doe said:"], "Jane Doe", "Cabinet Secretary for Health, Wellbeing and Sport",
     "Scottish Government"),
    ("Anytown Trust", ["The centre was opened by Jane Doe MLA, Minister for Communities.", "Ms Doe said:"],
     "Jane Doe", "Minister for Communities", "Northern Ireland Executive"),
    # (a staff title in a release naming another body at work, as the agent of the work, is not the publisher's)
    ("Anytown Trust", ["The scheme was delivered by contractor BAM Nuttall.", "Jane Doe, Site Manager, said:"],
     "Jane Doe", "Site Manager", None),
    # ... not by letters that name other members too, nor before the Senedd's members were "MS"
    ("Anytown Trust", ["The centre was opened by Jane Doe MS, Minister for Communities.", "Ms Doe said:"],
     "Jane Doe", "Minister for Communities", "Ministry of Housing, Communities and Local Government"),
    # a kind of body in place of its name, in its own release ("The Board’s Chairman" in an NHS board's)
    ("NHS Anytown", ["The Board’s Chairman, John Smith, said:"], "John Smith", "Chairman", "NHS Anytown"),
    # a committee's chair in the committee's release, or in a release naming one committee (2018; London
    # Assembly, 2005)
    ("the Work and Pensions Committee", ["Rt Hon John Smith MP, Chair of the Committee, said:"], "John Smith",
     "Chair of the Committee", "Work and Pensions Committee"),
    ("the London Assembly", ["The Anytown Environment Committee reports today.",
                             "John Smith AM, Chair of the Committee, said:"], "John Smith", "Chair of the Committee",
     "Anytown Environment Committee"),
    ("Anytown Council", ["The Trust’s Chairman, John Smith, said:"], "John Smith", "Chairman", "Trust"),
    # ... but the one body of the kind the release names comes first
    ("NHS Anytown", ["The Anytown Ambulance Service Board met today.", "The Board’s Chairman, John Smith, said:"],
     "John Smith", "Chairman", "Anytown Ambulance Service Board"),
    # a wire service's dateline before the first words
    ("the Foreign and Commonwealth Office", ["LONDON, United Kingdom, April 6, 2018/ — The Minister for Africa, "
                                             "Jane Doe said:"], "Jane Doe", "Minister for Africa",
     "Foreign and Commonwealth Office"),
    # a council's portfolio of a field's initials and a subject
    ("Anytown County Council", ["Jane Doe, Portfolio Holder for HR and Communications, said:"], "Jane Doe",
     "Portfolio Holder for HR and Communications", "Anytown County Council"),
])
def test_devolved_letters_kinds_of_body_datelines_and_portfolios(publisher, body, speaker, role, organisation):
    quote = only_quote(body + ["“I am delighted that the new centre is now open to everyone.”"], publisher,
                       "6 April 2018")
    assert (quote.speaker, quote.role, quote.organisation) == (speaker, role, organisation)


def test_a_closing_mark_typed_for_the_opening_one_after_a_colon_opens_the_quotation():
    (quote,) = extract(dump(release("Opening", ["The hospital opened today.", "Jane Doe, Chair, said:” I am "
                                                "delighted that the hospital is now open to patients."],
                                    publisher="NHS Anytown")), "t.txt")
    assert quote.paragraphs == ["I am delighted that the hospital is now open to patients."]


def test_two_apostrophes_typed_for_a_double_mark_are_a_quotation_mark():
    (quote,) = extract(dump(release("Marks", ["The scheme opens today.", "Jane Doe said: ''We will hold the "
                                              "regulator to account for every failure.''"],
                                    publisher="the Department for Work and Pensions")), "t.txt")
    assert quote.paragraphs == ["We will hold the regulator to account for every failure."]


@pytest.mark.parametrize("line", [
    "The FSB Annual Chairman''s Dinner is tonight.",  # an apostrophe doubled inside a word
    "Jane Doe spoke of ‘an oligopoly in the banking sector'' in her speech.",  # closing a single mark
])
def test_doubled_apostrophes_that_open_no_quotation_are_left_as_written(line):
    from quotes.paragraphs import split_paragraphs

    assert [p.text for p in split_paragraphs([line])] == [line]


def test_an_end_mark_on_the_last_line_ends_the_release_and_leaves_the_quotation_whole():
    (quote,) = extract(dump(release("End", ["Jane Doe, Chief Executive, said:", "“I am delighted that the hospital "
                                                                                  "is now open to patients.” ENDS"],
                                    publisher="Acme Trust")), "t.txt")
    assert (quote.paragraphs, quote.complete) == (["I am delighted that the hospital is now open to patients."], True)


def test_a_bare_minister_is_no_minister_named_only_after_the_line():
    body = ["Firms have made further progress.", "The Minister said:", _KEEP_UP,
            "Economic Secretary Jane Roe will publish the next figures in April."]
    (quote,) = extract(dump(release("Figures", body, publisher="HM Treasury", date="12 March 1998",
                                    month="March 1998")), "t.txt")
    assert (quote.speaker, quote.role) == (None, "Minister")


def test_a_bare_minister_after_the_same_minister_was_quoted_by_surname():
    body = ["Economic Secretary Jane Roe said today that firms had done better.", "Ms Roe said:", _KEEP_UP,
            "The figures cover older investors only.", "Commenting on the guidance, the Minister said:", _KEEP_UP]
    quotes = extract(dump(release("Figures", body, publisher="HM Treasury", date="21 September 1998",
                                  month="September 1998")), "t.txt")
    assert [(q.speaker, q.role) for q in quotes] == [("Jane Roe", "Economic Secretary")] * 2


@pytest.mark.parametrize("lead, role, organisation", [
    # a title, then the name with its style between dashes
    ("Skills matter for growth, the Chief Secretary of the Treasury – the Rt Hon Jane Roe – outlined today.",
     "Chief Secretary of the Treasury", "HM Treasury"),
    ("Skills matter for growth, the Economic Secretary — Jane Roe — said today.", "Economic Secretary",
     "HM Treasury"),
    # not a description between dashes, nor a name the dash does not close around
    ("The pilot began in Kent – Jane Roe, a parent – and others joined.", None, None),
    ("Skills matter for growth, said the Chief Secretary to the Treasury – Jane Roe.", None, None),
])
def test_a_title_before_a_name_set_off_by_dashes_is_kept_for_a_later_surname(lead, role, organisation):
    quote = only_quote([lead, "Ms Roe said:"], "HM Treasury", "3 February 2005")
    assert (quote.speaker, quote.role, quote.organisation) == ("Jane Roe", role, organisation)


@pytest.mark.parametrize("body, attribution, expected", [
    # a lead-in without its comma and with no usual clause word; the person is the one named in the lead
    (["Changes to help credit unions were announced by Economic Secretary Jane Roe today."],
     "Welcoming these changes Miss Roe said:", ("Jane Roe", "Economic Secretary", "HM Treasury")),
    # a person named after a complement, in an inverted reporting clause, with the title set off after the name
    (["John Doe is to be Chief Executive of the new Office of Public Procurement, Jane Roe, Chief Secretary to the "
      "Treasury, announced today."],
     "Speaking about the appointments Jane Roe said:", ("Jane Roe", "Chief Secretary to the Treasury", "HM Treasury")),
    # the agent of a passive is who "she" is, not the thing the sentence is about
    (["The Government’s support for young families was championed today by the Chief Secretary Jane Roe as she met "
      "staff at a new children’s centre in Leeds."],
     "She commented:", ("Jane Roe", "Chief Secretary", "HM Treasury")),
    # ... but a person who is the subject stays the subject
    (["Chief Secretary Jane Roe was joined today by Health Minister John Smith at a new centre in Leeds."],
     "She commented:", ("Jane Roe", "Chief Secretary", "HM Treasury")),
])
def test_people_named_in_a_lead_with_a_lead_in_a_complement_or_a_passive(body, attribution, expected):
    line = "“We are determined to give every child the best start in life, and this centre shows how.”"
    quotes = extract(dump(release("Lead", body + [attribution, line], publisher="HM Treasury", date="3 June 1999",
                                  kind="HISTORIC PRESS RELEASE", month="June 1999")), "t.txt")
    assert [(q.speaker, q.role, q.organisation) for q in quotes] == [expected]


@pytest.mark.parametrize("run, expected", [
    ("Office of Public Procurement, Jane Roe, Chief Secretary to the Treasury",
     [("Jane Roe", "Chief Secretary to the Treasury")]),
    # a title's subjects before the name stay the title
    ("Minister for Policing, Criminal Justice and Victims, Jane Doe",
     [("Jane Doe", "Minister for Policing, Criminal Justice and Victims")]),
    # no title after the name: the name alone, as before
    ("Office of Public Procurement, Jane Roe", [("Jane Roe", None)]),
])
def test_a_person_after_the_end_of_a_complement(run, expected):
    assert names_in_run(run) == expected


def test_a_paragraph_that_lost_its_opening_mark_goes_on_from_the_open_quotation_before():
    # the second paragraph of a quotation closes it and credits it, but its own opening mark is missing
    body = ["The Treasury today set out its plans for the coming year.",
            "“We have worked hard on this plan for many months and it is ready now.",
            "It will help families across the country to save money,” Economic Secretary Jane Doe said today.",
            "She was speaking in Glasgow."]
    (quote,) = extract(dump(release("A plan", body)), "t.txt")
    assert (quote.speaker, quote.role) == ("Jane Doe", "Economic Secretary")
    assert quote.text.split("\n\n") == ["We have worked hard on this plan for many months and it is ready now.",
                                        "It will help families across the country to save money"]


def test_the_occasion_of_the_words_before_a_paragraph_wholly_quoted_is_their_attribution():
    # real form (HM Treasury, 1999): the title's short form resolves to the person the release named with it
    body = ["Childcare should be a right, said the new Paymaster General Jane Doe today, as she set out the plan.",
            "The Paymaster was discussing the childcare tax credit, which will help with childcare costs.",
            "“The tax credit is very good news for about a million families on low to middle incomes.",
            "“It will help parents who want to return to work.”",
            "The credit starts in October."]
    quotes = extract(dump(release("Childcare", body)), "t.txt")
    quote = next(q for q in quotes if q.attribution.startswith("The Paymaster"))
    assert (quote.speaker, quote.role) == ("Jane Doe", "Paymaster General")
    assert len(quote.text.split("\n\n")) == 2


@pytest.mark.parametrize("lead, line, publisher, expected", [
    # a surname alone after the title of the office its holder held that day (Scottish Government, 2020)
    ("The First Minister has confirmed Scotland will move into phase one from Friday.", "Ms Sturgeon said:",
     "the Scottish Government", ("Nicola Sturgeon", "First Minister", "Scottish Government")),
    ("The Prime Minister has announced new funding for schools today.", "Mr Johnson said:",
     "the Prime Minister's Office, 10 Downing Street",
     ("Boris Johnson", "Prime Minister", "Prime Minister's Office, 10 Downing Street")),
    # someone else of that surname named in the release, or a surname no holder has: no office
    ("The Prime Minister has announced new funding for schools with Alan Johnson.", "Mr Johnson said:",
     "the Prime Minister's Office, 10 Downing Street", ("Alan Johnson", None, None)),
    ("The Prime Minister has announced new funding for schools today.", "Mr Smith said:",
     "the Prime Minister's Office, 10 Downing Street", ("Smith", None, None)),
])
def test_a_surname_alone_is_the_holder_of_the_office_the_release_names(lead, line, publisher, expected):
    body = [lead, line, "“We will keep these measures under review every three weeks and act as needed.”"]
    (quote,) = extract(dump(release("Measures", body, publisher=publisher, date="28 May 2020", month="May 2020")),
                       "t.txt")
    assert (quote.speaker, quote.role, quote.organisation) == expected


@pytest.mark.parametrize("publisher, line, name, role, organisation", [
    # a UK minister's title in Welsh, in the Wales Office's Welsh release, is the English title's (Wales Office, 2018)
    ("the Wales Office", "Meddai’r Ysgrifennydd Trafnidiaeth, Jane Doe:", "Jane Doe", "Ysgrifennydd Trafnidiaeth",
     "Department for Transport"),
    ("the Wales Office", "Meddai’r Ysgrifennydd Iechyd, Jane Doe:", "Jane Doe", "Ysgrifennydd Iechyd",
     "Department of Health and Social Care"),
    ("the Wales Office", "Meddai’r Canghellor, Jane Doe:", "Jane Doe", "Canghellor", "HM Treasury"),
    ("the Wales Office", "Meddai Ysgrifennydd Gwladol Cymru, Jane Doe:", "Jane Doe", "Ysgrifennydd Gwladol Cymru",
     "Wales Office"),
    # ... and a minister in the Welsh Government's own release is the Welsh Government's
    ("the Welsh Government", "Meddai’r Gweinidog Addysg, Jane Doe:", "Jane Doe", "Gweinidog Addysg",
     "Welsh Government"),
])
def test_titles_written_in_welsh(publisher, line, name, role, organisation):
    body = ["Mae’r cynllun newydd yn dechrau heddiw.", line,
            "“Mae hwn yn gam pwysig i Gymru ac i’r Deyrnas Unedig gyfan.”"]
    (quote,) = extract(dump(release("Cynllun", body, publisher=publisher, date="4 February 2018",
                                    month="February 2018")), "t.txt")
    assert (quote.speaker, quote.role, quote.organisation) == (name, role, organisation)


def test_our_post_is_the_publishers():
    # real form (NHS trust, 2023): the publisher speaks of its own chief executive
    body = ["The trust has been rated good by the Care Quality Commission.", "Our chief executive, Jane Doe, said:",
            "“We are proud of our staff and the care they give every day.”"]
    (quote,) = extract(dump(release("Rated good", body, publisher="Tees, Esk and Wear Valleys NHS Foundation Trust")),
                       "t.txt")
    assert (quote.speaker, quote.role, quote.organisation) == (
        "Jane Doe", "chief executive", "Tees, Esk and Wear Valleys NHS Foundation Trust")


@pytest.mark.parametrize("publisher, line, date, organisation", [
    # a devolved portfolio's minister in the release of a body of that nation (SEPA, 2012; NRW)
    ("the Scottish Environment Protection Agency", "Jane Doe, Minister for Environment and Climate Change, said:",
     "19 March 2012", "Scottish Government"),
    ("Natural Resources Wales", "Environment Minister Jane Doe said:", "19 March 2012", "Welsh Government"),
    # ... not a portfolio the UK government keeps, nor a body of no nation, nor before devolution
    ("Police Scotland", "Security Minister Jane Doe said:", "19 March 2012", "Home Office"),
    ("Network Rail", "Rail Minister Jane Doe said:", "19 March 2012", "Department for Transport"),
    ("the Scottish Environment Protection Agency", "Environment Minister, Jane Doe, said:", "19 March 1998",
     "Department of the Environment, Transport and the Regions"),
])
def test_a_minister_in_a_devolved_nations_bodys_release(publisher, line, date, organisation):
    body = ["The agency published its report today.", line,
            "“This report shows the progress we have made together over the last year.”"]
    (quote,) = extract(dump(release("Report", body, publisher=publisher, date=date, month=None)), "t.txt")
    assert quote.organisation == organisation


def test_the_university_by_its_noun_is_the_one_the_release_names():
    # real form (University of St Andrews, 2005)
    body = ["The First Minister opened the new building at the University of St Andrews today.",
            "At the opening, the University’s Principal and Vice-Chancellor Dr Jane Doe said:",
            "“This building will serve our students and researchers for generations.”"]
    (quote,) = extract(dump(release("Opening", body, publisher="the Scottish Government")), "t.txt")
    assert (quote.speaker, quote.role, quote.organisation) == (
        "Jane Doe", "Principal and Vice-Chancellor", "University of St Andrews")


def test_a_statement_given_in_the_paragraph_of_its_line():
    # real form (Network Rail, 2014): the body's own chief executive, in its release
    body = ["Engineers worked through the night at the station.",
            "Jane Doe, chief executive, has made the following statement:\"While we have completed a huge amount of "
            "work across the country, the last few days have been unacceptable.\""]
    (quote,) = extract(dump(release("Statement", body, publisher="Network Rail")), "t.txt")
    assert (quote.speaker, quote.role, quote.organisation) == ("Jane Doe", "chief executive", "Network Rail")
    assert quote.text.startswith("While we have completed")


@pytest.mark.parametrize("again, speaker", [
    # the person the release's title names in full, named again by title and surname in the text (2013)
    ("Minister Roe acknowledged the contribution of all nurses.", "Jane Roe"),
    # ... not when the text never names them again
    ("The awards recognised the contribution of all nurses.", None),
])
def test_the_person_of_the_title_named_again_by_surname(again, speaker):
    title = "Health Minister Jane Roe this evening praised nurses across the Health Service"
    body = ["The Minister was speaking at the annual Nurse of the Year awards.", again,
            "The Minister continued: “There is a fundamental human need to be looked after with care and compassion.”"]
    (quote,) = extract(dump(release(title, body, publisher="Falcon PR", date="7 June 2013", month="June 2013")),
                       "t.txt")
    assert quote.speaker == speaker


@pytest.mark.parametrize("run, people", [
    # a style that is also an office is the title a later bare name takes (Mayor of London, 2018)
    ("Mayor Jane Doe", [("Jane Doe", "Mayor")]),
    ("Cllr Jane Doe", [("Jane Doe", "Cllr")]),
    # a courtesy style is none
    ("Sir John Doe", [("John Doe", None)]),
])
def test_a_style_that_is_an_office_is_a_mention_s_title(run, people):
    from quotes.extract import names_in_run

    assert names_in_run(run) == people


def test_a_bare_name_takes_the_office_of_its_style_in_the_narration():
    body = ["Mayor Jane Doe has announced plans to set up a new Violence Reduction Unit.",
            "“The causes of violent crime are complex and we must tackle them together,” Jane Doe said."]
    (quote,) = extract(dump(release("Violence Reduction Unit", body, publisher="the Mayor of London")), "t.txt")
    assert (quote.speaker, quote.role) == ("Jane Doe", "Mayor")


@pytest.mark.parametrize("run, people", [
    # a department's subjects listed with commas before a Secretary's title, in the narration (Defra, 2008)
    ("Environment, Food and Rural Affairs Secretary Jane Doe", [("Jane Doe", "Environment, Food and Rural Affairs "
                                                                             "Secretary")]),
    ("Children, Schools and Families Secretary Jane Doe", [("Jane Doe", "Children, Schools and Families Secretary")]),
    # ... not places listed before a title, nor a body's name before one
    ("London, Birmingham, Rail Minister Jane Doe", [("Jane Doe", "Rail Minister")]),
    ("Department for Transport, Roads Minister Jane Doe", [("Jane Doe", "Roads Minister")]),
])
def test_a_portfolio_listed_with_commas_stays_in_a_mention_s_title(run, people):
    from quotes.extract import names_in_run

    assert names_in_run(run) == people


@pytest.mark.parametrize("lead, line, organisation", [
    # a body's plural possessive before a title in the narration: the body without its mark (Police Federation, 2018)
    ("That is the response of the Police Federation of England and Wales’ chair Jane Doe to the figures.",
     "Ms Doe said:", "Police Federation of England and Wales"),
    # the body's chair named with no body, in its own release (Essex Police Federation, 2020)
    ("However, Chair Jane Doe has urged officers to take their rest days.", "She said:", "Essex Police Federation"),
])
def test_bodies_of_a_federation_s_people(lead, line, organisation):
    body = [lead, line, "“Officers must get the time away from the frontline that they are owed.”"]
    (quote,) = extract(dump(release("Rest days", body, publisher="Essex Police Federation")), "t.txt")
    assert quote.organisation == organisation


def test_a_quotation_marked_only_at_its_ends_runs_to_its_closing_mark():
    # real form (Rape Crisis, 2015): eight paragraphs, the first opening the quotation, the last closing it
    middle = [f"Point {k}: the police must keep survivors informed at every stage of their case." for k in range(2, 8)]
    body = ["The police and prosecutors launched new guidance on consent yesterday.",
            "Jane Doe, spokeswoman for the charity, said:",
            "“Let us be clear that this guidance does not in any way reflect a change in the law.",
            *middle,
            "Support services are just as crucial as prosecutions and must also be prioritised.”",
            "The charity runs centres across the country."]
    (quote,) = extract(dump(release("Consent", body, publisher="Rape Crisis England & Wales")), "t.txt")
    assert len(quote.text.split("\n\n")) == 8
    assert quote.text.endswith("must also be prioritised.")


@pytest.mark.parametrize("publisher, line, organisation", [
    # a company whose name holds a nation is no devolved public body
    ("Scottish Power", "Climate Change Minister Jane Doe said:", "Department of Energy and Climate Change"),
    ("Scottish Widows", "Financial Services Minister Jane Doe said:", None),
])
def test_a_company_named_for_a_nation_is_no_devolved_body(publisher, line, organisation):
    body = ["The company published its report today.", line, "“This report shows the progress made over the year.”"]
    (quote,) = extract(dump(release("Report", body, publisher=publisher, date="19 March 2012", month=None)), "t.txt")
    assert quote.organisation == organisation


def test_a_surname_alone_in_a_councils_release_is_no_great_office():
    body = ["The council welcomed the Prime Minister's speech on local growth.", "Mr Johnson said:",
            "“We will keep working with businesses across the county.”"]
    (quote,) = extract(dump(release("Growth", body, publisher="Kent County Council", date="28 May 2020",
                                    month="May 2020")), "t.txt")
    assert (quote.speaker, quote.role) == ("Johnson", None)


def test_the_title_s_person_needs_a_title_before_the_surname_again():
    title = "Health Minister Jane Roe this evening praised nurses across the Health Service"
    body = ["Professor John Roe said the awards recognised all nurses.",
            "The Minister continued: “There is a fundamental human need to be looked after with care.”"]
    (quote,) = extract(dump(release(title, body, publisher="Falcon PR", date="7 June 2013", month="June 2013")),
                       "t.txt")
    assert quote.speaker is None


@pytest.mark.parametrize("publisher, line, organisation", [
    # a title that opens with the publisher's own name is the publisher's (Greenpeace UK, 2008)
    ("Greenpeace UK", "Greenpeace Executive Director Jane Doe said:", "Greenpeace UK"),
    # ... not another body's name, nor a word many bodies open with
    ("Greenpeace UK", "Acme Executive Director Jane Doe said:", None),
    ("National Trust", "National Grid Director Jane Doe said:", None),
])
def test_a_title_that_names_the_publisher(publisher, line, organisation):
    body = ["The campaign group published its report today.", line,
            "“This report shows how far we still have to go on climate.”"]
    (quote,) = extract(dump(release("Report", body, publisher=publisher)), "t.txt")
    assert quote.organisation == organisation


@pytest.mark.parametrize("publisher, body, speaker, role, org", [
    # "He" after a sentence naming two people is the last one named (the sentence's subject may be either: "...
    # met Chief Constable John Roe. He said:")
    ("the Home Office", ["Home Secretary Jane Doe visited Kent today and met Chief Constable John Roe. He said:",
                         "“Our officers are working hard to keep people safe.”"],
     "John Roe", None, None),  # (a rank, not a post)
    # ... unless the last name has no title and the sentence opens with a titled person (Northamptonshire Police form)
    ("Acme Police", ["Chief Constable Jane Doe, who served in the Royal Navy including the Falklands War, is a "
                     "staunch advocate of veterans in policing. She said: “Our force has a proud record.”"],
     "Jane Doe", "Chief Constable", "Acme Police"),
    # ... and "She added:" goes on from the last speaker, whoever the narration between names
    ("the Department for Education", ["Education Secretary Jane Doe said:", "“Every child deserves a good school.”",
                                      "Schools Minister John Roe visited a school in Leeds last week.", "She added:",
                                      "“We will build more of them.”"],
     "Jane Doe", "Education Secretary", "Department for Education"),
    # ... and the narration right before, naming a new subject with a title, beats the last speaker
    ("Ceredigion County Council", ["Acme chair John Roe described the plan as bold.", "He said:",
                                   "“I would like to thank every volunteer who made this possible.”",
                                   "Acme Trust chair Jane Doe welcomed the plan.", "She said:",
                                   "“It is good news for every family in the county.”"],
     "Jane Doe", "chair", "Acme Trust"),
    # a title before the name and its comma ("Our chief executive, Jane Doe, has welcomed ...") goes to "He said:"
    ("Sport England", ["Our chief executive, Jane Doe, has welcomed the announcement, which matches our strategy.",
                       "She said:", "“This announcement is good news for every community club.”"],
     "Jane Doe", "chief executive", "Sport England"),
    # a body appointing to "its" post: the body's (The Reading Agency, 2019)
    ("The Acme Agency", ["The Acme Agency has appointed Jane Doe as its new Chief Executive Officer.",
                         "Doe says: “I am really delighted to be joining The Acme Agency.”"],
     "Jane Doe", "Chief Executive Officer", "Acme Agency"),
    # a committee named short is the publisher's, written in full in the release (London Assembly, 2014)
    ("London Assembly", ["The London Assembly Housing Committee today warned the Mayor that his strategy is weak.",
                         "Jane Doe AM, Housing Committee Chair, said:", "“The Mayor must do more to build homes.”"],
     "Jane Doe", "Chair", "London Assembly Housing Committee"),
    # a body written straight after a title with no "of" or comma, and named elsewhere in the release (DfT, 2012)
    ("the Department for Transport", ["The registry will be developed by ABC Point, a chargepoint maker.",
                                      "Jane Doe, Commercial Director ABC Point said:",
                                      "“We are proud to build the registry for every driver.”"],
     "Jane Doe", "Commercial Director", "ABC Point"),
    # ... not an area or a site the release names twice (no body's initials, noun or company ending)
    ("Network Rail", ["Work on the Wessex Route begins in May.", "Jane Doe, Managing Director Wessex Route said:",
                      "“We are proud to build the line for every passenger.”"],
     "Jane Doe", "Managing Director Wessex Route", None),
    # ... not a title's area or nation, nor a body the release names nowhere else
    ("the Department for Transport", ["The registry will be developed by Acme Point, a chargepoint maker.",
                                      "Jane Doe, Managing Director UK and Ireland said:",
                                      "“We are proud to build the registry for every driver.”"],
     "Jane Doe", "Managing Director UK and Ireland", None),
    ("the Department for Transport", ["The registry will be developed by a chargepoint maker.",
                                      "Jane Doe, Commercial Director Acme Point said:",
                                      "“We are proud to build the registry for every driver.”"],
     "Jane Doe", "Commercial Director Acme Point", None),
])
def test_references_and_bodies_the_release_tells(publisher, body, speaker, role, org):
    assert last_quote_of(body, publisher) == (speaker, role, org)


@pytest.mark.parametrize("publisher, date, body, speaker, role, org", [
    # a head's title named bare is the publisher's, though the release writes the title "of" the publisher itself
    ("the Acme Federation", "8 February 2012",
     ["The National Chairman of the Acme Federation, speaking tonight, said that steps are needed.",
      "Addressing the guests, National Chairman, Jane Doe urged them to press ahead.",
      "Ms Doe said: “The Autumn Statement was a step in the right direction for small firms.”"],
     "Jane Doe", "National Chairman", "Acme Federation"),
    # a managing director named bare is nobody's told: a council's release may quote its contractor's
    ("Leeds City Council", "27 March 2009",
     ["Acme Construction will build the new school in Galashiels.",
      "Jane Doe, UK Managing Director, commented, “This is great news for the Borders.”"],
     "Jane Doe", "UK Managing Director", None),
    # a body, a lower-case title and a comma before the name (Ulster Farmers' Union, 2018 form)
    ("the Acme Union", "13 September 2018",
     ["Acme Union president, Jane Doe, was in London this week showcasing the best of local produce.",
      "Ms Doe said, “It was a great day for farming and for every one of our members.”"],
     "Jane Doe", "president", "Acme Union"),
    # a member named with her seat, then "MP Ms Doe" (What More UK, 2012 form)
    ("Acme Limited", "31 January 2012",
     ["Jane Doe MP for Haslingden and Hyndburn Lancashire, visited Acme Limited to meet staff.",
      "After the tour of the factory, MP Ms Doe said: “It is great to see a world class company from our area.”"],
     "Jane Doe", "MP", None),
    # a given name after the full name in the sentence before, which ends in a title (Somerset Wildlife Trust)
    ("the Acme Trust", "3 May 2020",
     ["The volunteers will grow the flowers under the guidance of Jake Roe, Acme Trust’s Mendip Hills Advisory "
      "Officer. Jake said: “Projects like this are vital for nature’s recovery.”"],
     "Jake Roe", "Mendip Hills Advisory Officer", "Acme Trust"),
    # a bare "First Minister" named is the government of the one who held the office that day
    ("the Acme Business Council", "3 May 2020", ["Business leaders met today.", "First Minister Nicola Sturgeon said:",
                                                 "“We welcome this investment in our country.”"],
     "Nicola Sturgeon", "First Minister", "Scottish Government"),
    ("the Acme Business Council", "3 May 2005", ["Business leaders met today.", "First Minister Nicola Sturgeon said:",
                                                 "“We welcome this investment in our country.”"],
     "Nicola Sturgeon", "First Minister", None),
])
def test_people_the_release_names_before_and_bodies_of_titles(publisher, date, body, speaker, role, org):
    assert last_quote_of(body, publisher, date) == (speaker, role, org)


@pytest.mark.parametrize("publisher, body, speaker, role, org", [
    # a title after a kind of body's possessive, then the name, carried to "Sir John" (Edinburgh Airport, 2012 form)
    ("Acme Airport", ["The airport's chairman, Sir John Roe, and chief executive, Jane Doe, will tell a gathering of "
                      "business leaders that the new ownership is a radical change.",
                      "Sir John will tell guests that the change “opens an exciting new chapter in our history.”"],
     "John Roe", "chairman", "Acme Airport"),
    # the chair of a body's own board, named bare in its release, is the body's; its organs listed together ("The
    # Council and Board will ...") are no body of their own (IoD, 2021 form)
    ("the Acme Institute", ["The Council and Board will now begin the search for a new permanent Chair.",
                            "Jane Doe, acting Chairman of the Board, said:",
                            "“We will take the time we need to find the right person.”"],
     "Jane Doe", "acting Chairman of the Board", "Acme Institute"),
])
def test_heads_and_kinds_of_body_in_the_release(publisher, body, speaker, role, org):
    assert last_quote_of(body, publisher) == (speaker, role, org)


@pytest.mark.parametrize("publisher, body, speaker, role, org", [
    # a comment's heading read as a heading (no stop) still brings in the words after it
    ("the Acme Federation", ["Jane Doe, Acme Federation Lead Economist, responds to last GDP data",
                             "“The latest GDP data likely marks the start of a downturn for the economy.”",
                             "“A weaker outlook will make for some difficult decisions on policy.”"],
     "Jane Doe", "Lead Economist", "Acme Federation"),
    # reported speech credited at its end, then "he said" in the next paragraph (Rothamsted form)
    ("the Acme Institute", ["Professor John Roe said: “We welcome the new rules for research.”",
                            "Benefits could include less land being used for farming, says engineering pioneer, "
                            "Professor Jane Doe.",
                            "“The sector is now open for business,” she said. “Early benefits could include "
                            "healthier crops.”"],
     "Jane Doe", "engineering pioneer", None),
    # a kind of body named after a title is the publisher of that kind (Alan Turing Institute form)
    ("The Acme Institute", ["The Acme Institute announced a partnership today.",
                            "Sir John Roe, CEO of the Institute, commented:", "“We are delighted.”"],
     "John Roe", "CEO of the Institute", "Acme Institute"),
    # a nation's possessive before a devolved title is that nation's government (Skanska form)
    ("Acme Construction", ["Work began on the new prison.", "Scotland’s Cabinet Secretary for Justice, Jane Doe, said:",
                           "“It is a good day for justice.”"],
     "Jane Doe", "Cabinet Secretary for Justice", "Scottish Government"),
    # a vice-chancellor named bare, in a university's own release
    ("the University of Acme", ["The university renewed its pledge.", "Vice Chancellor Jane Doe said:",
                                "“We are proud to recommit our support.”"],
     "Jane Doe", "Vice Chancellor", "University of Acme"),
])
def test_headings_reported_speech_and_bodies_by_kind(publisher, body, speaker, role, org):
    assert last_quote_of(body, publisher) == (speaker, role, org)


@pytest.mark.parametrize("publisher, attribution, organisation", [
    # Scotland's Law Officers: the prosecution service in its own releases, the Scottish Government in its
    ("the Crown Office and Procurator Fiscal Service", "Solicitor General Jane Doe KC said:",
     "Crown Office and Procurator Fiscal Service"),
    ("the Scottish Government", "Solicitor General Jane Doe KC said:", "Scottish Government"),
    ("the Home Office", "Solicitor General for Scotland Jane Doe said:", "Scottish Government"),
    # ... and the UK's Solicitor General elsewhere
    ("the Attorney General's Office", "Solicitor General Jane Doe KC said:", "Attorney General's Office"),
])
def test_scotlands_law_officers(publisher, attribution, organisation):
    body = ["Prosecutors published new guidance today.", attribution, "“We will act on every report we receive.”"]
    assert last_quote_of(body, publisher, "3 September 2024")[2] == organisation


def test_a_media_officers_contact_line_is_no_quote():
    body = ["Acme for Children responded to the Queen’s Speech today.",
            "Jane Doe, Senior Media Officer, Acme for Children:", "07700 900 123 / jane.doe@acme.org.uk"]
    quotes = extract(dump(release("Test release", body, publisher="Acme for Children")), "t.txt")
    assert quotes == []


@pytest.mark.parametrize("publisher, body, speaker, role, org", [
    # a title before a councillor's style is the person's title (COSLA form, Scottish Government release)
    ("the Scottish Government", ["ABC Resources spokesperson Councillor Jane Doe welcomed the funding.", "She said:",
                                 "“We welcome the commitment to affordable housing.”"],
     "Jane Doe", "Resources spokesperson", "ABC"),
    # the Office of the First Minister and deputy First Minister is the Northern Ireland Executive's
    ("the Office of the First Minister and deputy First Minister", ["Ministers paid tribute today.",
                                                                  "The deputy First Minister said:",
                                                                  "“He was a great man of peace.”"],
     None, "deputy First Minister", "Northern Ireland Executive"),
])
def test_titles_before_styles_and_the_executive_office(publisher, body, speaker, role, org):
    found_speaker, found_role, found_org = last_quote_of(body, publisher, "5 December 2013")
    assert (found_role, found_org) == (role, org)
    assert speaker is None or found_speaker == speaker


def test_a_staff_title_of_waterways_is_the_publishers():
    body = ["Officers seized a boat on the Thames.", "Jane Doe, Waterway Operations Manager said:",
            "“We will act against anyone who breaks the rules on our rivers.”"]
    assert last_quote_of(body, "the Environment Agency") == ("Jane Doe", "Waterway Operations Manager",
                                                             "Environment Agency")


@pytest.mark.parametrize("publisher, body, speaker, role, org", [
    # a comment's heading with narration after it, not words in marks, heads no quote
    ("the Home Office", ["Minister Jane Doe responds to the Home Affairs Committee report",
                         "The Government has today published its response to the committee's report.",
                         "Policing Minister John Roe said:", "“We welcome the committee's work.”"],
     "John Roe", "Policing Minister", "Home Office"),
    # credit at a report's end does not take "He added:" from the last speaker
    ("the Home Office", ["Policing Minister John Roe said:", "“We will act on knife crime.”",
                         "The scheme will be rolled out nationally next year, says Chief Constable Jane Doe.",
                         "He added:", "“Every force will take part.”"],
     "John Roe", "Policing Minister", "Home Office"),
    # "its new Chief Executive" after a time phrase: the body, without the time
    ("the Acme Trust", ["Yesterday Acme Trust appointed Jane Doe as its new Chief Executive.",
                        "Ms Doe said: “I am delighted to be joining.”"],
     "Jane Doe", "Chief Executive", "Acme Trust"),
    # a kind of body named after a title, when the release lists two bodies: the one of that kind
    ("the Home Office", ["The Institute for Fiscal Studies and the Acme Foundation published a report.",
                         "Jane Doe, Director of the Foundation, said:", "“It is a sobering read.”"],
     "Jane Doe", "Director of the Foundation", "Acme Foundation"),
])
def test_misfires_the_review_found_stay_mended(publisher, body, speaker, role, org):
    assert last_quote_of(body, publisher) == (speaker, role, org)


def test_a_threat_told_to_a_victim_is_no_quote():
    body = ["Roe then told the victim, “Give me your phone or I will stab you.”",
            "Detective Constable Jane Roe said:", "“This was a frightening attack on a young man.”"]
    quotes = extract(dump(release("Test release", body, publisher="Kent Police")), "t.txt")
    assert [q.attribution for q in quotes] == ["Detective Constable Jane Roe said:"]


def test_spoken_words_with_a_telephone_number_stay_a_quote():
    body = ["The appeal opens today.", "Jane Doe, Chief Executive, said:", "“Please call 0800 123 4567 today.”"]
    quotes = extract(dump(release("Test release", body, publisher="the Acme Trust")), "t.txt")
    assert [q.text for q in quotes] == ["Please call 0800 123 4567 today."]


@pytest.mark.parametrize("body, speakers", [
    # a byline right before words in marks credits them, even on a line read as a heading, one after another
    (["The Acme Trust welcomed the Budget.", "Jane Doe | Acme Trust chief executive",
      "“We are pleased that the Chancellor has listened.”", "Councillor John Roe, cabinet member for housing",
      "“This will help families across the borough.”"], ["Jane Doe", "John Roe"]),
    # after words in marks credited to no one, the line signs them: it credits nothing after it
    (["The Acme Trust welcomed the Budget.", "“We are pleased that the Chancellor has listened.”",
      "Jane Doe, Chief Executive, Acme Trust", "“This will help families across the borough.”"], []),
    # a byline before narration credits nothing
    (["Jane Doe, Chief Executive, Acme Trust", "The Trust runs 40 homes across the county."], []),
])
def test_a_byline_credits_the_quotation_after_it(body, speakers):
    quotes = extract(dump(release("Test release", body, publisher="the Acme Trust")), "t.txt")
    assert [q.speaker for q in quotes] == speakers


def test_the_speakers_own_byline_carries_on_her_quote():
    # a pull-quote after the line that credits it, then the speaker's byline and the rest of her words (a health
    # think tank's releases, 2017)
    body = ["The Acme Trust responds to the Budget.", "Jane Doe said:", "“A short pull-quote for the page.”",
            "Jane Doe, Chief Executive, Acme Trust", "“The first paragraph of what she went on to say.”",
            "“And the last paragraph of it.”", "The Acme Trust is an independent charity."]
    quotes = extract(dump(release("Test release", body, publisher="the Acme Trust")), "t.txt")
    assert [(q.speaker, q.paragraphs) for q in quotes] == [
        ("Jane Doe", ["A short pull-quote for the page.", "The first paragraph of what she went on to say.",
                      "And the last paragraph of it."])]



def test_a_member_named_with_letters_and_seat_is_the_surname_later():
    # "John Roe, SNP MSP for Northtown" names him; "Mr Roe, who is Deputy Convener ..., said:" is he (an MSP's
    # release, 2012)
    body = ["Jane Roe, SNP MSP for Northtown, has welcomed the funding.",
            "Ms Roe, who is Deputy Convener of the Finance Committee, said:", "“We are proud.”"]
    assert last_quote_of(body, "Jane Roe MSP")[0] == "Jane Roe"



@pytest.mark.parametrize("publisher, body, expected", [
    # a byline-like line before a quoted title that opens narration, a contact line, a photo caption, a quoted
    # title after the speaker's own byline, words a report is credited with: none of them credits a quote
    ("Northtown Council", ["Councillor Jane Doe, Cabinet Member for Culture",
                           "“Northtown Live” returns to the town centre this summer with more than 50 free events."],
     []),
    ("the Acme Trust", ["Jane Doe, Press Officer, Acme Trust",
                        "“Acme” and the Acme logo are registered trademarks of the Trust."], []),
    ("the Acme Trust", ["Pupils at Northtown Primary School with Jane Doe, Chief Executive",
                        "“We loved the day out at the farm.”"], []),
    ("the Acme Trust", ["Jane Doe said: “We are delighted with the result.”", "Jane Doe, Chief Executive, Acme Trust",
                        "“Acme Awards” nominations open today and close on 1 March."],
     [("Jane Doe", ["We are delighted with the result."])]),
    ("the Acme Trust", ["John Roe, Chair of Trustees",
                        "“John has chaired the Trust since 2010,” the Trust's annual report notes."], []),
    # a post told in the sentence before is not the named person's when it is no voice of that sentence, or
    # when the person's own line follows at once
    ("the Acme Trust", ["The award was presented by the chair of the Acme Federation.",
                        "Jane Doe said: “I am thrilled to have won.”"], [("Jane Doe", ["I am thrilled to have won."])]),
    ("the Acme Trust", ["Acme Forests has appointed a new chief executive.",
                        "John Roe said: “We are delighted to welcome her.”"],
     [("John Roe", ["We are delighted to welcome her."])]),
    # a name that opens with a speech verb, a title in marks after a titled name, a statement's noun in narration
    ("the Acme Trust", ["Said Business School, “one of the world's leading business schools”, will host the summit."],
     []),
    ("the Acme Trust", ["Professor Jane Doe, Vice-Chancellor, University of Northtown: “Universities and the Civic "
                        "Mission of Tomorrow”", "10am, Main Hall"], []),
    ("the Acme Trust", ["The Minister has given this response some thought.", "The consultation closes on 1 March."],
     []),
])
def test_near_misses_of_this_rounds_rules_stay_quiet(publisher, body, expected):
    quotes = extract(dump(release("Test release", body, publisher=publisher)), "t.txt")
    assert [(q.speaker, q.paragraphs) for q in quotes] == expected
    if expected and body[0].startswith(("The award", "Acme Forests")):
        assert (quotes[0].role, quotes[0].organisation) == (None, None)



@pytest.mark.parametrize("publisher, body, expected", [
    # a name-colon quotation closed before its stop, or short and exclaimed; a statement made "this afternoon"; a
    # byline whose title holds "Media" but is no contact's; a verb-first quotation before a photo's note
    ("Acme Ltd", ["Jane Doe, Chief Executive of the Acme Trust: “We are delighted with this funding boost for the "
                  "town”."], [("Jane Doe", "Chief Executive")]),
    ("Acme Ltd", ["Jane Doe, Chief Executive of the Acme Trust: “Fantastic news for the town!”"],
     [("Jane Doe", "Chief Executive")]),
    ("Northtown Police", ["Chief Constable Jane Doe made the following statement this afternoon.",
                          "“Our thoughts are with the family at this terrible time.”"], [("Jane Doe", "Chief Constable")]),
    ("Acme Ltd", ["Professor Jane Doe, Head of Media Studies, University of Northtown",
                  "“Our findings show that young people get their news from social media.”"],
     [("Jane Doe", "Head of Media Studies")]),
    ("Northtown Council", ["Jane Doe, Cabinet Member for Culture, opened the show.",
                           "Added Doe: “We are delighted with the result.” (Photo: Northtown Council)"],
     [("Jane Doe", "Cabinet Member for Culture")]),
])
def test_guards_let_the_rules_cases_through(publisher, body, expected):
    quotes = extract(dump(release("Test release", body, publisher=publisher)), "t.txt")
    assert [(q.speaker, q.role) for q in quotes] == expected


@pytest.mark.parametrize("publisher, body, speaker, role, org", [
    # a post described with no name, then the holder's name opening the next sentence (police federations' and
    # a royal college's releases, 2018-2025)
    ("the Acme Trust",
     ["Officers must bite back, according to the new national chair of the Acme Federation of England and Wales.",
      "And Jane Doe has vowed to take a tough stance.", "“For too long officers have been taken advantage of,” she said."],
     "Jane Doe", "national chair", "Acme Federation of England and Wales"),
    ("the Acme Trust",
     ["Officers should be protected, says the chair of Northshire Acme Federation. Jane Doe spoke out after the case.",
      "“This sentence is an insult,” says Jane."], "Jane Doe", "chair", "Northshire Acme Federation"),
    ("the Acme Trust",
     ["That is the message from the leader of the Royal College of Examples (RCE) as she opened its conference. "
      "Jane Doe also reminded delegates of their work.", "Jane said: “Too many families are not receiving care.”"],
     "Jane Doe", "leader", "Royal College of Examples"),
    # the sentence before names its own person, or a former post: nothing carried over
    ("the Acme Trust",
     ["Officers must bite back, says the chair of the Acme Federation, John Roe.", "Jane Doe has vowed to act.",
      "“For too long officers have been taken advantage of,” she said."], "Jane Doe", None, None),
    ("the Acme Trust",
     ["The plan was drawn up by the former chair of the Acme Federation.", "Jane Doe has vowed to act.",
      "“For too long officers have been taken advantage of,” she said."], "Jane Doe", None, None),
    # a body's name that runs across "and", before a title set off from the name by a comma (a borough council,
    # 2018)
    ("the Acme Party",
     ["Northtown Coast and Glens Borough Council Mayor, Councillor Jane Doe, has praised the citizens of the "
      "Borough.", "Cllr Doe said:", "“Thank you all for your support this year.”"],
     "Jane Doe", "Mayor", "Northtown Coast and Glens Borough Council"),
    # a party's portfolio spokesperson is the one member of the party the release names (a party's release, 2020)
    ("the Acme Party", ["Acme Party MLA Jane Doe has welcomed the announcement of funding.",
      "The Acme Party spokesperson for children and young people said:", "“This is welcome news.”"],
     "Jane Doe", "Acme Party spokesperson for children and young people", "Acme Party"),
    # two members named: the post's holder is not told
    ("the Acme Party", ["Acme Party MLA Jane Doe and Acme Party MLA John Roe welcomed the announcement.",
      "The Acme Party spokesperson for children and young people said:", "“This is welcome news.”"],
     None, "Acme Party spokesperson for children and young people", "Acme Party"),
    # "the Charity's" in the release of a charity whose name ends so (an air ambulance charity, 2026)
    ("the Acme Air Ambulance Charity", ["Dr Jane Doe, the Charity’s Chief Executive, said:", "“We are proud.”"],
     "Jane Doe", "Chief Executive", "Acme Air Ambulance Charity"),
    # "the union's" where no union is named in full: no body, not the word "union"
    ("the Acme Trust", ["Jane Doe, the union's organiser in Scotland, said:", "“We are proud.”"],
     "Jane Doe", "organiser in Scotland", None),
    # "Our Cabinet Member", "Chairman of our Board of Trustees": the publisher's, without "our" (a county council,
    # 2020; an animal charity, 2018)
    ("Northshire County Council", ["Our Cabinet Member for Health, Councillor Jane Doe, said:", "“We are proud.”"],
     "Jane Doe", "Cabinet Member for Health", "Northshire County Council"),
    ("the Acme Cross", ["The Chairman of our Board of Trustees, Jane Doe, said:", "“We are proud.”"],
     "Jane Doe", "Chairman of our Board of Trustees", "Acme Cross"),
    # the office the publisher is, named without its area (commissioners' own releases, 2022)
    ("the Northshire Police and Crime Commissioner",
     ["Current Police and Crime Commissioner Jane Doe said:", "“It has been an honour.”"],
     "Jane Doe", "Current Police and Crime Commissioner", "Northshire Police and Crime Commissioner"),
    ("the Police, Fire and Crime Commissioner for Northshire",
     ["Jane Doe, Police, Fire and Crime Commissioner said:", "“It has been an honour.”"],
     "Jane Doe", "Police, Fire and Crime Commissioner", "Police, Fire and Crime Commissioner for Northshire"),
    # a body's name before a noun for its people names no one: "he" is the sentence's subject (a charity, 2016)
    ("the Acme Cross", ["Jane Roe, head of volunteering at the Acme Cross, said: “We need more people.”",
                        "John Doe, 26, signed up after being helped by British Acme Cross volunteers. He said:",
                        "“I wanted to give something back.”"], "John Doe", None, None),
    # a body's new post with the body as the subject, its holder named in the next sentence (a forestry body, 2019)
    ("Acme Forests", ["Acme Forests, the country’s largest land manager, has a new chief executive. Jane Doe has "
                      "almost 30 years of experience in forestry.", "Jane said:", "“We are proud.”"],
     "Jane Doe", "chief executive", "Acme Forests"),
    # a board member's title before a councillor's style (a transport partnership, 2016)
    ("Acme Connect", ["Acme Connect board member Cllr Jane Doe, who is also leader of Northshire County Council, "
                      "welcomed the move.", "Cllr Doe said:", "“We are proud.”"],
     "Jane Doe", "board member", "Acme Connect"),
    # a title opening a sentence in lower case after its first word: no body "Chief" (a company's results, 2008)
    ("Acme Innovations", ["Chief executive Jane Doe reported on a steady flow of new ideas.",
                          "“We are proud,” said Doe."], "Jane Doe", "Chief executive", "Acme Innovations"),
    # a verb opening the sentence is no given name of the person after it (a company's results, 2008)
    ("Acme Innovations", ["The group reported good results for the half year, according to Jane Knight.",
                          "Said Knight, “The Group continues to be focused on getting technology to market.”"],
     "Jane Knight", None, None),
    # the publisher's own company name is no other company that may hold its head's title (a company's results,
    # 2009)
    ("Acme Therapeutics plc", ["Acme Therapeutics plc (AIM: ACM) is pleased to announce its interim results.",
                               "Commenting on the results, Chairman Jane Doe said:", "“We are proud.”"],
     "Jane Doe", "Chairman", "Acme Therapeutics plc"),
    # another company named: the title may be its head's
    ("Acme Therapeutics plc", ["Acme Therapeutics plc has agreed a deal with Roe Holdings plc.",
                               "Commenting on the deal, Chairman Jane Doe said:", "“We are proud.”"],
     "Jane Doe", "Chairman", None),
    # two people across "and", the second titled and set off by commas (a council, 2021)
    ("Southtown Council", ["Jane Doe and Southtown Council Leader, Cllr John Roe, welcomed the plan.",
                           "Cllr Roe said:", "“We are proud.”"], "John Roe", "Leader", "Southtown Council"),
    # "Our MP" is no post of the publisher's; "A Labour spokesperson for health" is one of the party's, unnamed
    ("Northtown Council", ["Our MP, Jane Doe, said:", "“We are proud.”"], "Jane Doe", "MP", None),
    ("the Acme Trust", ["Labour MP Jane Doe has welcomed the plan.", "A Labour spokesperson for health said:",
                        "“It is good news.”"], None, "spokesperson for health", "Labour Party"),
])
def test_speaker_role_and_organisation_from_the_release(publisher, body, speaker, role, org):
    """Releases of real forms (names invented): who the last quote is credited to, with what the release tells."""
    assert last_quote_of(body, publisher) == (speaker, role, org)


def _quotes_of(body, publisher="the Acme Union"):
    return extract(dump(release("Test release", body, publisher=publisher)), "t.txt")


@pytest.mark.parametrize("body, speaker, words", [
    # a report of someone's speech, then their words set apart, whose marks a dump lost (party and union forms)
    (["Jane Doe MLA said she was delighted to have been selected by colleagues to contest the election.",
      "I have lived in this constituency all my life, and it is the most important election in a generation.",
      "Candidates will be confirmed at a meeting in May."],
     "Jane Doe", ["I have lived in this constituency all my life, and it is the most important election in a "
                  "generation."]),
    (["Acme National Organiser John Roe said he was disappointed that anyone had been enticed into the group.",
      "Over the last twelve months I have seen problems with a handful of members.",
      "I urge every member to stay with the union that has served them well."],
     "John Roe", ["Over the last twelve months I have seen problems with a handful of members.",
                  "I urge every member to stay with the union that has served them well."]),
    # a comment's heading, then words that say "I" and lost their marks
    (["Jane Doe, Acme Chair, responds to the measures set out in the King’s Speech",
      "I welcome the new measures to tackle crime, which our members have long called for."],
     "Jane Doe", ["I welcome the new measures to tackle crime, which our members have long called for."]),
    # (CBI, 2022 form) a comment's heading that opens the release: the release is her comment, "I" or not
    (["Jane Doe, Acme Lead Economist, responds to the latest GDP data",
      "The latest GDP data likely marks the start of a downturn for our economy, which could last for most of the "
      "coming year.",
      "A weaker growth outlook and persistently high inflation will make for some difficult decisions on policy."],
     "Jane Doe", ["The latest GDP data likely marks the start of a downturn for our economy, which could last for "
                  "most of the coming year.",
                  "A weaker growth outlook and persistently high inflation will make for some difficult decisions on "
                  "policy."]),
])
def test_unmarked_words_after_a_report_of_speech(body, speaker, words):
    (quote,) = _quotes_of(body)
    assert quote.speaker == speaker
    assert quote.text.split("\n\n") == words


@pytest.mark.parametrize("body", [
    # the next paragraph is narration: its "us" and "we" are the press office's, not the speaker's
    ["In addition to responding to the crisis, the Chancellor pledged to put hardworking people first.",
     "A record sum will be invested in roads and railways to give us the infrastructure for growth."],
    ["The Chair of the Acme Federation, speaking tonight at its dinner, said that small steps must become a leap.",
     "Addressing the Chancellor, Chair John Roe urged him to press ahead, as we approach the Budget."],
    ["The Minister said the new test centre would open in May.", "Drivers can book tests online from today."],
    ["The Minister said the scheme would open in May.",
     "We will publish the details of how to apply on GOV.UK in the coming weeks."],
    ["Jane Doe, Chief Executive of Acme Trust, said the funding was long overdue.",
     "We are the UK's leading charity for people with dementia, and we campaign for change."],
    # a comment's heading followed by narration, or by the body's own "we"
    ["Jane Doe, Acme Chair, responds to the measures set out in the King’s Speech",
     "The measures were announced in Parliament today."],
    ["Jane Doe, Chief Executive, responds to the Budget",
     "We have published our full analysis of the Budget on our website, available here."],
    # the heading names a body, not a titled person
    ["The Acme Trust responds to an emergency every four hours – from fires to floods.",
     "A new report published by the Acme Trust and Beta Insurance shows that most people want to help in a "
     "disaster."],
    # the heading opens the release, but the press office's figures follow it, or a report of the government
    ["Jane Doe, Acme Chief Executive, responds to the latest unemployment figures",
     "Unemployment rose to 4.4% in the three months to June, according to figures published today by the Office "
     "for National Statistics.",
     "The number of job vacancies fell by 30,000 to 890,000 over the same period."],
    ["Cllr Jane Doe, Chair of the Acme Board, responded to the announcement of the second round of funding",
     "The Levelling Up Fund will provide £2.1 billion for 111 projects across England, the government announced "
     "today.",
     "Councils submitted more than 500 bids in the second round."],
    ["Jane Doe, Chief Executive of Acme, responds to today's announcement on children's social care",
     "Today's announcement will see every council required to set up a family help service by 2027.",
     "It follows the Independent Review of Children's Social Care, which reported in 2022."],
    # the heading comes after the press office's own opening: narration may follow it
    ["Figures published today show that the economy shrank in the third quarter.",
     "Jane Doe, Acme Lead Economist, responds to the latest GDP data",
     "The latest GDP data likely marks the start of a downturn for the economy, which could last for most of the "
     "coming year."],
])
def test_no_words_after_a_report_of_speech_without_the_first_person(body):
    assert _quotes_of(body) == []


def test_a_caption_naming_the_speaker_between_the_attribution_and_the_words_is_passed_over():
    # (Defra, 2022 form) the minister's photo caption stands between "... said:" and the quotation
    body = ["Ministers have delayed the new environmental targets.", "Environment Secretary, Jane Doe said:",
            "The Rt Hon Jane Doe MP", "“I was part of the team that wrote the plan.",
            "“We will finalise the targets at pace.”"]
    (quote,) = extract(dump(release("Caption", body, publisher="the Department for Environment, Food and Rural "
                                                                 "Affairs")), "t.txt")
    assert (quote.speaker, quote.paragraphs) == ("Jane Doe", ["I was part of the team that wrote the plan.",
                                                              "We will finalise the targets at pace."])


def test_a_name_line_before_the_speakers_biography_is_no_caption():
    # "Jane Doe" then "Jane Doe has led Acme since 2019 ...": no words of hers after it
    body = ["Jane Doe, Chief Executive of Acme, said:", "Jane Doe",
            "Jane Doe has led Acme since 2019 and previously worked at the Treasury."]
    assert extract(dump(release("Caption", body, publisher="Acme")), "t.txt") == []


def test_a_line_naming_someone_else_after_the_attribution_is_no_caption_of_the_speaker():
    body = ["Ministers have delayed the new environmental targets.", "Environment Secretary, Jane Doe said:",
            "John Roe MP", "“We will finalise the targets at pace.”"]
    quotes = extract(dump(release("Caption", body)), "t.txt")
    assert [q.paragraphs for q in quotes if q.speaker == "Jane Doe"] == []


_ROUND_TABLE = ("At a round table in Number 10, the PM and guests debated the programme with Minister for Civil "
                "Society John Roe.")


@pytest.mark.parametrize("opening, report, speaker, role", [
    # (Cabinet Office, 2010 form) the report right before "He said:" tells of the PM by title: the office's holder
    (_ROUND_TABLE, "Speaking in the Cabinet Room, the PM said he wanted his vision to be one of the great legacies of "
     "his government.", "David Cameron", "PM"),
    # ... not when the release names another holder of that title, whom "the Prime Minister" may be
    ("Indian Prime Minister Narendra Roe arrived in London today for a three-day visit.",
     "Speaking at the Guildhall, the Prime Minister said he wanted to double trade between the two countries.",
     "Narendra Roe", "Indian Prime Minister"),
    # ... a report of a body's view tells of no one: "He" is still the last person named
    (_ROUND_TABLE, "Speaking in the Cabinet Room, the council said it wanted the plan to be a legacy of the "
     "programme.", "John Roe", "Minister for Civil Society"),
])
def test_he_said_after_a_report_of_an_office_holder_speaking(opening, report, speaker, role):
    body = [opening, report, "He said:", "“We are going to make it happen.”"]
    found_speaker, found_role, _ = last_quote_of(body, "the Cabinet Office", "19 July 2010")
    assert (found_speaker, found_role) == (speaker, role)


@pytest.mark.parametrize("where, org", [
    # (DCLG, 2017 form) a title in capitals, then its body after "at": the body "Professor Hunter said:" speaks for
    ("at the University of Lincoln", "University of Lincoln"),
    # ... a place after "at" is no body
    ("at Lincoln", None),
    # ... and the body ends at its name: "in the School of Medicine", "on Monday" after it are no part of it
    ("at the University of Lincoln in the School of Medicine", "University of Lincoln"),
    ("at the University of Lincoln on Monday", "University of Lincoln"),
])
def test_a_body_after_a_titles_at_in_narration_carries_over_to_the_speaker(where, org):
    body = [f"The Minister toured the science park with Jane Doe from the Acme Trust and Professor Andrew Hunter, "
            f"Deputy Vice Chancellor for Research {where}.",
            "Professor Hunter said: “We were delighted to welcome the Minister to the science park today.”"]
    assert last_quote_of(body, "the Department for Communities and Local Government", "2 March 2017") == (
        "Andrew Hunter", "Deputy Vice Chancellor for Research", org)
