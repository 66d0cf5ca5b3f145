"""Words that make a phrase a role (job title), and how roles split from organisations."""
from __future__ import annotations

import datetime as dt

# Head words of roles. A role phrase contains at least one of these
# (case-insensitive); the organisation, if any, sits before or after it.
# Titles in Welsh: role words, and the mark of a title's Welsh rendering in brackets ("Welsh Language Commissioner
# (Comisiynydd y Gymraeg)"), which is no part of the title as written in English.
WELSH_ROLE_WORDS = frozenset(
    """
    gweinidog prif weithredwr gweithredwr cyfarwyddwr ysgrifennydd cadeirydd swyddog pennaeth
    comisiynydd rheolwr
    """.split()
)

ROLE_WORDS = frozenset(
    """
    minister ministers secretary secretaries director directors director-general chair chairman
    chairwoman chairperson chairs president vice-president manager managers head lead leader
    leaders commissioner commissioners mayor commander member members spokesperson spokesman
    spokeswoman founder co-founder cofounder partner principal governor trustee ambassador envoy
    consul adviser advisor consultant coordinator co-ordinator administrator registrar inspector auditor
    controller comptroller treasurer solicitor attorney advocate counsel champion tsar czar editor
    dean provost rector chancellor vice-chancellor clerk convenor steward superintendent constable
    analyst engineer scientist economist caseworker nurse surgeon physician ombudsman regulator owner
    proprietor volunteer campaigner expert researcher planner specialist representative delegate
    councillor officer officers executive ceo coo cfo cto cio cmo md chief deputy depute general
    professor lecturer fellow peer whip speaker captain pilot driver examiner instructor
    teacher headteacher headmaster headmistress doctor gp pharmacist paramedic firefighter
    officer sergeant inspector detective warden ranger keeper curator campaigner ambassador
    patron holder cabinet portfolio prosecutor prosecutors lawyer investigator coroner sheriff recorder
    co-chair co-chairs co-chairman
    vice-chair vice-chairman convener
    meteorologist forecaster hydrologist climatologist epidemiologist statistician technician historian
    librarian archivist geologist ecologist biologist chemist botanist archaeologist dentist optometrist
    midwife therapist psychologist psychiatrist pathologist radiologist oncologist cardiologist
    paediatrician obstetrician anaesthetist dietitian nutritionist veterinarian toxicologist virologist
    tánaiste taoiseach paymaster lieutenant organiser organizer organisers coxswain ce sec
    """.split()
) | WELSH_ROLE_WORDS

# Words that qualify a role word and belong with it, not with the organisation
# before it: "First Great Western | Managing Director", "Morrison's | Group Retail Director";
# a contest's ("Double Olympic champion", "World champion boxer") names no body.
ROLE_MODIFIERS = frozenset(
    """
    managing executive chief deputy depute assistant senior junior interim acting vice joint co regional
    national international global european local area route technical commercial operations operating
    finance financial marketing sales policy programme project research development business strategy
    strategic customer retail digital communications corporate legal clinical medical scientific principal
    general associate lead leading non-executive independent honorary founding special permanent
    incident enforcement engineering security safety investigation investigations investigating operational quality
    duty
    compliance people transformation partnerships engagement delivery procurement emergency
    olympic paralympic world double triple two-time three-time four-time
    """.split()
)

# Words that praise or describe the person before a title in lower case ("Outstanding headteacher Jane Doe",
# "Award-winning chef John Smith"): capitalised only because they open the sentence, they name no body.
PERSON_ADJECTIVES = frozenset(
    """
    outstanding leading renowned respected distinguished eminent acclaimed celebrated award-winning
    prize-winning experienced inspirational inspiring talented pioneering prominent successful popular
    long-serving veteran retired dedicated passionate committed well-known brilliant exceptional
    """.split()
)

# A government rank without its office: a title written after the name says which office ("Under-Secretary of
# State Jane Doe, Minister for Schools" is the Minister for Schools).
MINISTERIAL_RANKS = frozenset({
    "secretary of state", "minister of state", "under-secretary of state", "under secretary of state",
    "parliamentary under-secretary of state", "parliamentary under secretary of state", "parliamentary secretary",
    "junior minister", "minister",
})
# A minister referred to without the office's name ("the Minister said:"): the one minister the release names.
BARE_MINISTER_TITLES = frozenset({"minister"})

# Qualifiers that may stand before a title "Chief ..." ("Deputy Chief Executive", "Group Chief Executive"); an
# area of work may not ("Angling Trust and Fish Legal | Chief Executive": "Legal" ends the body's name).
CHIEF_RANKS = frozenset(
    """
    deputy depute assistant acting interim joint co vice group senior associate temporary founding executive
    """.split()
)

# People-group nouns whose plural possessive is part of a role, not an
# organisation: "Victims’ Commissioner", "Children's Commissioner".
POSSESSIVE_ROLE_NOUNS = frozenset(
    """
    victims victim children child women woman men man motorists veterans patients consumers passengers
    workers farmers students pupils parents families tenants residents drivers cyclists pedestrians
    taxpayers people disabled older young carers survivors
    """.split()
)

# Offices held in their own right: without another organisation, the office
# itself is the body quoted ("Victims’ Commissioner for England and Wales").
# Words naming a country or the state, which qualify a role ("UK Special
# Envoy", "UK Government Minister for Wales") without being its organisation.
NATIONAL_QUALIFIERS = frozenset({
    "uk", "u.k.", "hm", "his majesty's", "her majesty's", "british", "english", "scottish", "welsh",
    "northern irish", "uk government", "hm government", "the uk government", "government", "national",
})

# Appointments a nation makes abroad: "UK Trade Envoy", "British Ambassador"
# keep the nation in the role rather than reading it as a body.
NATIONAL_APPOINTMENTS = frozenset({"envoy", "ambassador", "consul", "consul-general", "commissioner",
                                   "representative"})

# Last words of bodies that have a board ("Highways Agency Board"): the board
# speaks for the body. A "Health Board" is itself the body.
BOARDED_BODY_NOUNS = frozenset({
    "agency", "authority", "company", "trust", "commission", "corporation", "executive", "service", "ltd",
    "limited", "plc", "group", "office",
})

# Compound posts held within a unit or a ship, whose possessor is that unit ("HMS Spey’s second-in-command"), not a
# place as for a commissioner ("Kent's Police and Crime Commissioner").
UNIT_POSTS = ("second in command", "second-in-command", "officer commanding")

# Offices whose title opens with words that would otherwise read as a body
# ("Police and Crime | Commissioner"): kept whole as the role.
COMPOUND_ROLES = ("registrar of companies", "police and crime commissioner", "police, fire and crime commissioner",
                  "police fire and crime commissioner", "member of parliament", "member of the scottish parliament",
                  "member of the welsh parliament", "member of the senedd", "member of the legislative assembly",
                  "member of the european parliament") + UNIT_POSTS

# Titles of two words whose first is no body's word: "Environment Management | Team Leader" (a team leader of the
# environment management team, not the team's leader).
TWO_WORD_TITLES = frozenset({"Team Leader", "Team Manager"})

# Words that open a title and never end one: a capitalised word after them is the rest of the title ("Chief
# Investigator", "Deputy Registrar"), not a surname as after a whole title ("Minister Smith").
TITLE_OPENERS = frozenset({"chief", "deputy", "depute", "assistant", "senior", "principal", "acting", "interim",
                           "vice", "joint"})

# Prefixes joined to a title by a hyphen ("Co-leader", "Vice-Chair", "Under-Secretary"): such a word is a title,
# where a hyphenated surname ending like a title is a name ("Jane Clarke-Head", "Mark Ellis-Dean").
TITLE_PREFIXES = frozenset({"co", "vice", "under", "deputy", "joint", "pro", "sub", "acting"})

SELF_STANDING_OFFICES = frozenset({"commissioner", "ombudsman", "tsar", "czar", "comptroller", "regulator"})
# Nouns that name a body in short once the release has named it ("the Commission's Chief Executive" for the
# Charity Commission, "the Agency's Director of Operations" for the Environment Agency).
SHORT_FORM_NOUNS = frozenset({"commission", "agency", "authority", "service", "council", "inspectorate", "executive",
                              "board", "trust", "office", "regulator", "ombudsman", "university", "college"})
# Of those, the nouns a body's name may open ("University of St Andrews", "College of Policing").
NOUN_FIRST_BODIES = frozenset({"university", "college"})
# Titles that end like one of those yet name a post, not a body: an envoy, like an ambassador.
NOT_SELF_STANDING = ("high commissioner", "trade commissioner")

# The Treasury's secretaries, each "<rank> Secretary to the Treasury".
TREASURY_SECRETARY_RANKS = ("chief", "financial", "economic", "exchequer", "commercial")
# A UK government office holder (case-insensitive search over the role).
GOVERNMENT_ROLE_PATTERN = (
    r"(?<!vice-)(?<!vice )\b(?:prime minister|minister|ministers|chancellor|whip|paymaster general|attorney general"
    r"|solicitor general"
    r"|advocate general|secretary of state|gweinidog|ysgrifennydd|canghellor)\b"
    r"|(?<!permanent )(?<!general )(?<!company )(?<!private )(?<!press )(?<!principal )(?<!assistant )"
    r"(?<!executive )(?<!honorary )(?<!deputy permanent )\bsecretary\b(?! general)(?!-general)"
    r"(?! of the (?!treasury))(?! to the (?!treasury))(?! of [a-z])"
    # the Treasury's ministers, their title written with "of" ("Chief Secretary of the Treasury"); not the United
    # States' "(Under) Secretary of the Treasury"
    r"|\b(?:" + "|".join(TREASURY_SECRETARY_RANKS) + r") secretary of the treasury\b"
)

# "X of Y", "X at Y", "X for Y": Y is an organisation when it carries one of
# these words (or is an acronym, or a name defined in the release).
ORG_KEYWORDS = frozenset(
    """
    council councils foundation association agency authority authorities trust society institute brigade
    institution commission committee office board federation union alliance centre center club
    forum department ministry bureau inquiry review panel taskforce university college school
    academy police constabulary force fire service services network group company companies ltd
    limited plc llp inc holdings corporation consortium coalition partnership partnerships railway
    railways rail trains airline airlines airways airport airports port ports bank fund charity
    hospital hospitals nhs chamber confederation executive command unit programme project campaign
    court tribunal parliament assembly government team organisation organization institute
    laboratory laboratories museum library gallery theatre orchestra church diocese charity jobcentre
    charities uk plc. co ltd. international worldwide global europe transport trust
    """.split()
)

# A body's kind written before its name: "chief executive of mental health charity Mind", "general secretary
# of school leaders' union the NAHT", "of the children's charity NSPCC": the name is the body.
BODY_KIND_NOUNS = frozenset("""
    charity union trust think-tank watchdog regulator campaigners campaign group network body association
    provider operator firm company consultancy retailer manufacturer developer publisher
    site website platform app supplier lender insurer bank broadcaster airline insurer housebuilder
    """.split())

# Nations that end a body's name: "Highways England", "Sport England", "Shelter Scotland".
NATION_NAME_ENDS = frozenset({"England", "Scotland", "Wales", "Ireland", "Cymru", "UK", "Britain"})
# Public bodies named by a nation, whose name ends there before a title ("Highways England Service Delivery
# Manager"); elsewhere a nation may sit inside a name ("Keep Britain Tidy", "Northern Ireland Policing Board").
NATION_NAMED_BODIES = frozenset(name.strip() for name in """
    highways england|natural england|sport england|historic england|public health england|nhs england|homes england
    |arts council england|health education england|active travel england|visitengland|visit england
    |sport scotland|sportscotland|historic environment scotland|visitscotland|visit scotland|public health scotland
    |nhs scotland|nature scot|naturescot|skills development scotland|transport scotland|police scotland
    |social security scotland|guardianship scotland|shelter scotland|food standards scotland|creative scotland
    |natural resources wales|public health wales|sport wales|visit wales|transport for wales|arts council of wales
    |cadw|careers wales|shelter cymru|great british railways|shelter england
    """.split("|"))
# Bodies named by "UK" and a subject, which a head's title "of" reads as its area otherwise ("Head of UK Sport" heads
# UK Sport; "Head of UK Operations" heads no body)
UK_NAMED_BODIES = frozenset(name.strip() for name in """
    uk sport|uk finance|uk youth|uk music|uk athletics|uk hospitality|uk steel|uk research and innovation
    |uk space agency|uk anti-doping|uk export finance|uk statistics authority|uk health security agency
    |uk power networks|uk fashion council|uk aid|uk theatre|uk cinema association|uk sport and physical activity
    """.split("|"))
# Charities and campaign groups known by a name with no body's noun, which reads as a person's ("Christian Aid",
# "Oxfam") or as a phrase ("Save the Children", "Friends of the Earth"): "Save the Children said:" is the body.
# (compared in lower case, without "the")
PLAINLY_NAMED_BODIES = frozenset(name.strip() for name in """
    save the children|oxfam|christian aid|friends of the earth|citizens advice|greenpeace|barnardo's|barnardo’s
    |mencap|wateraid|actionaid|tearfund|cafod|islamic relief|médecins sans frontières|medecins sans frontieres
    |unicef|unhcr|victim support|women's aid|women’s aid|macmillan cancer support|cancer research uk|age uk|stonewall
    """.split("|"))
# Units inside a body that a title may name after it: "Environment Agency | Enforcement Team Leader".
WORKING_UNITS = frozenset({"team", "unit", "programme", "project", "service", "services", "delivery", "branch",
                           "squad", "section"})

# Nouns that make a body's name with a possessive before them ("Alzheimer's Society", "Women's Aid", "Prince's
# Trust", "Guy's Hospital"): written before a title, the whole name is the body, not the possessor.
POSSESSIVE_NAME_NOUNS = frozenset("""
    society aid fund trust hospital hospice college foundation league ambulance register bench university
    """.split())

# The nations a title's remit may list ("Director General of Probation and Wales", "Flag Officer Scotland, Northern
# England and Northern Ireland"): with words of work or with each other, they name no body.
REMIT_NATIONS = frozenset({"england", "wales", "scotland", "northern", "ireland"})

# Title words that also open bodies' names as adjectives: "General Dynamics UK", "General Medical Council".
BODY_OPENING_TITLE_WORDS = frozenset({"general"})

# Bodies whose own name ends in "'s": "Barnardo's Chief Executive" keeps it.
NAMES_ENDING_IN_S = frozenset({
    "barnardo's", "sainsbury's", "mcdonald's", "lloyd's", "sotheby's", "christie's", "moody's", "domino's",
    "kellogg's", "macy's",
})

# A British envoy abroad speaks for the foreign ministry: "British Ambassador to France", "UK Deputy High
# Commissioner in Bangladesh" (a nation's word first, or in a release of the foreign ministry or of a post).
ENVOY_TITLES = ("ambassador", "high commissioner", "consul general", "consul-general", "consul",
                "chargé d'affaires", "charge d'affaires", "head of mission", "deputy head of mission")
BRITISH_WORDS = ("british", "uk", "hm", "his majesty's", "her majesty's")
# A British trade post abroad ("HM Trade Commissioner for Asia Pacific", "UK Trade Envoy to Nigeria") speaks
# for the department for trade of the day.
TRADE_POSTS = ("trade commissioner", "trade envoy")
# A nation's possessive before an envoy's title ("the UK's Ambassador to the United States") is no body.
NATION_POSSESSORS = frozenset({"uk", "britain", "great britain", "united kingdom"})
# Nations a UK office serves: their possessive before the office's title names no body ("England's Chief Medical
# Officer" is the Department of Health's).
OFFICE_NATIONS = frozenset({"england", "uk", "britain", "great britain", "united kingdom"})
ENVOY_PUBLISHERS = ("foreign", "embassy", "high commission", "consulate")

# A region a body works in, written after its name: "the Environment Agency in the North East".
BODY_REGIONS = ("north east", "north west", "south east", "south west", "east midlands", "west midlands",
                "north", "south", "east", "west", "midlands")

# Military units, written with their number first ("5 Medical Regiment", "35 Squadron").
MILITARY_UNITS = frozenset(
    """
    regiment squadron battalion brigade division corps fleet wing flotilla company battery
    """.split()
)

# Plural nouns for people: "Labour MPs said:", "NHS staff said:" name a group
# of people, not a body speaking for itself.
PEOPLE_GROUP_NOUNS = frozenset(
    """
    staff officials sources pupils students passengers people residents members councillors workers
    parents families volunteers campaigners experts leaders ministers officers nurses doctors teachers
    drivers users customers patients victims survivors veterans employees colleagues representatives
    delegates spokespeople commuters travellers cyclists farmers businesses owners tenants voters
    """.split()
)

# Offices written as letters: after a name they are a role, not a body's
# initials ("Jane Doe, Kent PCC", "Jane Doe, SIO").
ROLE_ACRONYMS = frozenset(
    """
    pcc dpcc dpp hmi hmci sio sro rsm co oc ned gm dj mp mps msp ms mla mep cmo cno cso csa
    """.split()
)

# Initials of a field of work or a thing, never of a body: before a title they are its field ("TV doctor", "IT
# Director", "HR Manager"), not an organisation.
FIELD_INITIALISMS = frozenset(
    """
    tv it ict hr pr ai r&d a&e gp icu ivf esg csr ux gis sen send stem
    """.split()
)

# One person described by what they are, not by an office: "Rail Passenger",
# "University Student", "Network Rail Apprentice" name no body.
PERSON_NOUNS = frozenset(
    """
    pupil student passenger resident member worker parent volunteer campaigner expert nurse doctor
    teacher driver user customer patient victim survivor veteran employee colleague commuter traveller
    cyclist farmer owner tenant voter apprentice trainee graduate cadet presenter journalist author
    mum dad mother father carer mentor coach player athlete paralympian olympian fan supporter
    rider motorist pilot soldier sailor reservist recruit learner householder claimant jobseeker grandparent
    grandmother grandfather teenager
    """.split()
)

# Areas of work, not bodies: "Director of Policy", "Head of Operations and
# Finance" keep the whole phrase as the role.
FUNCTION_AREAS = frozenset(
    """
    policy policies strategy operations operational communications finance financial marketing sales research
    development engagement relations affairs resources standards planning delivery programmes innovation
    insight insights data safeguarding compliance governance public external corporate government human
    people technology digital legal regulation regulatory campaigns advocacy membership services health
    enforcement markets market mergers remedies competition consumer consumers supervision investigations
    investigation acquisition procurement analysis analytics audit assurance risk estates commercial contracts
    litigation prosecutions casework inspection inspections quality business access evidence
    and & the
    """.split()
)

# Nouns of a body that also name an area of work after another such word ("Director of Service Delivery for
# EEAST": the area, then the body after "for").
AREA_NOUNS = frozenset({"service", "operations", "services"})

# Subjects of a portfolio: in "Cabinet Member for Transport, Environment and
# Regeneration" the words after the role's comma continue its list of
# subjects rather than name a body. Government roles need no such check
# ("Secretary of State for Environment, Food and Rural Affairs").
PORTFOLIO_SUBJECTS = FUNCTION_AREAS | frozenset(
    """
    environment regeneration housing homes transport highways roads infrastructure economy economic growth
    skills education learning children young youth families adult adults social care wellbeing communities
    community neighbourhood neighbourhoods culture leisure sport sports tourism arts heritage libraries parks waste climate
    food energy sustainability sustainable net zero safety safer equalities equality inclusion diversity employment
    jobs business enterprise investment trade crime criminal policing fire justice prevention resilience property assets
    customer customers support performance partnership partnerships transformation recovery rural urban green environmental
    travel active homelessness licensing schools protection democracy devolution levelling defence security
    intelligence foreign development international exports pensions pension clean cleaner streets recycling
    parks events strategic spaces open greener air commerce industry industrial science technology innovation
    healthcare language languages gaelic media constitution veterans agriculture fisheries migration
    freedom freedoms speech expression academic rights religion belief disability disabilities mental of change
    """.split()
)

# Words that go on a portfolio's subject after a word of it ("Minister for Pensions Reform", "... for Social
# Exclusion", "... for Crime Reduction", "Minister for Welfare Delivery Will Quince", "... for Child
# Maintenance"), though alone they may name a body ("Director of Reform").
SUBJECT_CONTINUATIONS = frozenset("""
    reform reforms exclusion reduction cohesion renewal modernisation efficiency excellence delivery maintenance
    """.split())

# Words written after "e", "i" or "m" in camel case that make a term, not a brand ("eCommerce", "eLearning").
CAMEL_CASE_TERMS = ("Commerce", "Learning", "Government", "Mail", "Health", "Business", "Books?", "Services",
                    "Procurement", "Portfolio", "Reader", "Phone", "Pad", "Money", "Voting", "Invoicing", "Banking",
                    "Safety", "Referral", "Visa", "Passport", "Gates?")

# Words that open the name of a body ("Association of Chief Police Officers",
# "Council of Mortgage Lenders"): what follows them is the body's name, even
# where it holds role words.
BODY_HEAD_NOUNS = frozenset(
    """
    association council foundation agency authority trust society institute institution commission
    committee federation union alliance confederation chamber university college
    """.split()
)

# Roles that head a body: "Chief Executive of Victim Support" names the body
# even without an organisation word in it ("of Operational Standards" after
# a functional "Director" does not).
HEAD_ROLES = frozenset(
    w.strip()
    for w in """
    chief executive|chief executive officer|ceo|chair|chairman|chairwoman|chairperson|president|founder|
    co-founder|cofounder|managing director|director general|director-general|general secretary|
    secretary general|secretary-general|principal|vice-chancellor|vice chancellor|leader|chief constable|
    executive director|owner|trustee|patron|chief officer|chief operating officer|interim chief executive|
    acting chief executive|deputy chief executive|joint chief executive|co-chair|vice chair|vice-chair|
    deputy chair|honorary president|director|national director|head teacher|headteacher|governor|
    chief financial officer|chief investment officer|chief technology officer|chief information officer|
    chief commercial officer|chief marketing officer|chief people officer|cfo|cto|coo|cio
    """.split("|")
)
# Words before a head's title that share the post: "Joint Managing Directors of Sizewell C" (not a time's:
# "interim chair of Governors" chairs the governors).
HEAD_ROLE_SHARERS = frozenset({"joint", "co"})

# Areas of work after the title of a body's director ("Director General of Prisons", "Executive Director of Flood
# and Coastal Risk Management"): with the subjects of portfolios, the words of an area, not of a body's name.
WORK_AREA_TITLES = frozenset({"director general", "director-general", "executive director"})
WORK_AREA_WORDS = frozenset("""
    prisons probation tax taxes design flood flooding coastal risk management customer customers strategy services
    service operations benefits borders immigration water land rivers waste fisheries farming universal credit
    conservation engineering fundraising waterway waterways navigation ecology biodiversity countryside
    """.split())
# The words of an area of work a title may name, a portfolio's or a function's ("Flood and Coastal Risk",
# "Neighbourhood Services and Infrastructure").
AREA_WORDS = PORTFOLIO_SUBJECTS | WORK_AREA_WORDS | frozenset({"and", "&"})

# A body's governing organs, named after its possessive: the title is held at the body ("Chair of the Acme
# Trust’s Board of Trustees" is the Acme Trust's chair).
GOVERNING_ORGANS = frozenset(w.strip() for w in """
    board|board of trustees|board of directors|board of governors|board of management|management board|
    trustees|trustee board|council|governing body|governing council|executive committee|executive board
    """.split("|"))

# Titles only the head of a body holds: one proper word before them is the body ("Shelter Chief Executive",
# "Tesco Chairman"), where before other titles it may be the post's field ("Finance Director").
BODY_HEAD_TITLES = frozenset(
    w.strip()
    for w in """
    chief executive|chief executive officer|ceo|chair|chairman|chairwoman|chairperson|president|founder|
    co-founder|managing director|director general|director-general|general secretary|secretary general|
    secretary-general
    """.split("|")
)
# Words that stand before a title to say when it was held, never a body's name: "Former Chief Executive".
TITLE_TIME_WORDS = frozenset("former new then past outgoing incoming current retiring late founding".split())

_HEALTH_DEPARTMENTS = (("Department of Health", None, dt.date(2018, 1, 7)),
                       ("Department of Health and Social Care", dt.date(2018, 1, 8), None))
# The NHS's national leaders (its chief executive, national directors, the Chief Nursing Officer for England) were
# the Department of Health's, then the NHS Commissioning Board's, which took the name NHS England in April 2013.
NHS_NATIONAL_BODIES = (("Department of Health", None, dt.date(2012, 9, 30)),
                       ("NHS Commissioning Board", dt.date(2012, 10, 1), dt.date(2013, 3, 31)),
                       ("NHS England", dt.date(2013, 4, 1), None))
# The posts of those national leaders, written after "NHS" ("NHS chief executive", "NHS national medical director",
# "NHS director for vaccinations and screening"); an "NHS consultant" or an "NHS spokesperson" may be any NHS body's.
NHS_NATIONAL_POSTS = (
    r"^(?:(?:interim|acting|deputy|joint)\s+)*(?:chief executive(?:\s+officer)?|chair(?:man|woman)?"
    r"|chief (?:operating|financial|nursing|people|digital|data|scientific|delivery|commercial) officer"
    r"|(?:national|regional)\b.*\bdirector\b.*|(?:medical|clinical|nursing|operations?)\s+director\b.*"
    r"|director (?:for|of)\s+\S.*)$")
# The government's chief officers for animal and plant health sat in the agriculture ministry, then in Defra
# ("Chief Veterinary Officer Nigel Gibbens", "Chief Plant Health Officer Martin Ward"); a devolved government's own
# chief veterinary officer is its government's (DEVOLVED_CHIEF_OFFICERS).
_AGRICULTURE_DEPARTMENTS = (("Ministry of Agriculture, Fisheries and Food", None, dt.date(2001, 6, 7)),
                            ("Department for Environment, Food and Rural Affairs", dt.date(2001, 6, 8), None))
_CONSTABULARY_INSPECTORATES = (
    ("HM Inspectorate of Constabulary", None, dt.date(2017, 7, 18)),
    ("HM Inspectorate of Constabulary and Fire & Rescue Services", dt.date(2017, 7, 19), None),
)

# Offices whose organisation is not in their title (facts, not guesses). A
# body that was renamed is given with the dates between which each name holds
# (inclusive; None = open), like the departments.
OFFICE_ORGANISATIONS: dict[str, str | tuple[tuple[str, dt.date | None, dt.date | None], ...]] = {
    "mayor of london": "Greater London Authority",
    "deputy mayor of london": "Greater London Authority",
    "london's transport commissioner": "Transport for London",
    "commissioner of transport for london": "Transport for London",
    "mayor of greater manchester": "Greater Manchester Combined Authority",
    "mayor of the west midlands": "West Midlands Combined Authority",
    "mayor of west yorkshire": "West Yorkshire Combined Authority",
    "mayor of the liverpool city region": "Liverpool City Region Combined Authority",
    "mayor of south yorkshire": "South Yorkshire Mayoral Combined Authority",
    "mayor of the north east": "North East Combined Authority",
    "mayor of the north of tyne": "North of Tyne Combined Authority",
    "mayor of the west of england": "West of England Combined Authority",
    "mayor of the tees valley": "Tees Valley Combined Authority",
    "mayor of cambridgeshire and peterborough": "Cambridgeshire and Peterborough Combined Authority",
    "mayor of the east midlands": "East Midlands Combined County Authority",
    "mayor of york and north yorkshire": "York and North Yorkshire Combined Authority",
    "leader of the house of commons": "Office of the Leader of the House of Commons",
    "leader of the house of lords": "Office of the Leader of the House of Lords",
    "government chief scientific adviser": "Government Office for Science",
    "chief of the defence staff": "Ministry of Defence",
    "director of public prosecutions": "Crown Prosecution Service",
    # Northern Ireland's prosecutor: his department became the Public Prosecution Service on 13 June 2005
    "director of public prosecutions for northern ireland": (
        ("Department of the Director of Public Prosecutions for Northern Ireland", None, dt.date(2005, 6, 12)),
        ("Public Prosecution Service for Northern Ireland", dt.date(2005, 6, 13), None)),
    "hm chief inspector of prisons": "HM Inspectorate of Prisons",
    "chief inspector of prisons": "HM Inspectorate of Prisons",
    "hm chief inspector of probation": "HM Inspectorate of Probation",
    "chief inspector of probation": "HM Inspectorate of Probation",
    "independent chief inspector of borders and immigration": "Independent Chief Inspector of Borders and Immigration",
    "national statistician": "Office for National Statistics",
    "chief medical officer": _HEALTH_DEPARTMENTS,
    "chief medical officer for england": _HEALTH_DEPARTMENTS,
    "chief nursing officer for england": NHS_NATIONAL_BODIES,
    # the education department's own commissioners, officials of the department (not offices of their own)
    "national schools commissioner": "Department for Education",
    "regional schools commissioner": "Department for Education",
    "education recovery commissioner": "Department for Education",
    "chief veterinary officer": _AGRICULTURE_DEPARTMENTS,
    "chief veterinary officer for the uk": _AGRICULTURE_DEPARTMENTS,
    "chief veterinary officer for england": _AGRICULTURE_DEPARTMENTS,
    "uk chief veterinary officer": _AGRICULTURE_DEPARTMENTS,
    "chief plant health officer": _AGRICULTURE_DEPARTMENTS,
    "uk chief plant health officer": _AGRICULTURE_DEPARTMENTS,
    "hm chief inspector of constabulary": _CONSTABULARY_INSPECTORATES,
    "chief inspector of constabulary": _CONSTABULARY_INSPECTORATES,
    "hm chief inspector of fire and rescue services": _CONSTABULARY_INSPECTORATES,
    "cabinet secretary": "Cabinet Office",
    "head of the civil service": "Cabinet Office",
    "national security adviser": "Cabinet Office",
    "first civil service commissioner": "Civil Service Commission",
    "civil service commissioner": "Civil Service Commission",
    "commissioner for public appointments": "Office of the Commissioner for Public Appointments",
    "information commissioner": "Information Commissioner's Office",
    "registrar of companies": "Companies House",
    "registrar of companies for england and wales": "Companies House",
    "chief land registrar": "HM Land Registry",
    "comptroller and auditor general": "National Audit Office",
    "hm chief inspector of education, children's services and skills": "Ofsted",
    "chief inspector of education, children's services and skills": "Ofsted",
    "hm chief inspector of schools": "Ofsted",
    "first sea lord": "Royal Navy",
    "second sea lord": "Royal Navy",
    "fleet commander": "Royal Navy",
    "chief of the general staff": "British Army",
    "commander field army": "British Army",
    "commander land forces": "British Army",
    "commander home command": "British Army",
    "chief of the air staff": "Royal Air Force",
    "commander joint forces command": "Ministry of Defence",
    "commander strategic command": "Ministry of Defence",
    "commander uk strategic command": "Ministry of Defence",
    # the Care Quality Commission's chief inspectors (from 2013)
    "chief inspector of hospitals": "Care Quality Commission",
    "chief inspector of adult social care": "Care Quality Commission",
    "chief inspector of general practice": "Care Quality Commission",
    "chief inspector of primary medical services": "Care Quality Commission",
    "commissioner of police of the metropolis": "Metropolitan Police Service",
    # the Irish government's head and deputy head, known by their Irish titles
    "taoiseach": "Government of Ireland",
    "an taoiseach": "Government of Ireland",
    "tánaiste": "Government of Ireland",
    "tanaiste": "Government of Ireland",
    "met commissioner": "Metropolitan Police Service",
    "met police commissioner": "Metropolitan Police Service",
    "metropolitan police commissioner": "Metropolitan Police Service",
    # the head of the coastguard service, part of the Maritime and Coastguard Agency ("Chief Coastguard Peter Mizen")
    "chief coastguard": "HM Coastguard",
}

# The inspectorates whose head is "His/Her Majesty's Chief Inspector" (HMCI) with no "of": the title named bare in
# another body's release ("His Majesty’s Chief Inspector, Sir Martyn Oliver" in the education department's) is the
# head of the one inspectorate the release names. (name as written in a release, the body)
INSPECTORATES = (
    (r"\bOfsted\b", "Ofsted"),
    (r"\bHM Inspectorate of Prisons\b|\bHMI Prisons\b", "HM Inspectorate of Prisons"),
    (r"\bHM Inspectorate of Probation\b|\bHMI Probation\b", "HM Inspectorate of Probation"),
    (r"\bHM Inspectorate of Constabulary\b|\bHMICF?R?S?\b", "HM Inspectorate of Constabulary"),
    (r"\bEstyn\b", "Estyn"),
    (r"\bHM Crown Prosecution Service Inspectorate\b|\bHMCPSI\b", "HM Crown Prosecution Service Inspectorate"),
)
# Publishers whose releases quote one inspectorate's chief inspector, when the release names no inspectorate: the
# education department's (DfE, DfES, DCSF) quote Ofsted's. (publisher pattern, the body)
PUBLISHER_INSPECTORATES = ((r"(?i)^(?:the\s+)?department for (?:education|children)\b", "Ofsted"),)

# The government's chief officers whose title is also a post in other bodies ("Chief Nursing Officer" of a
# hospital trust): named bare in a department's release, the government's (the Chief Nursing Officer for England).
GOVERNMENT_CHIEF_OFFICERS = {"chief nursing officer": NHS_NATIONAL_BODIES}

# Offices of the table held for a region named after "for": "Regional Schools Commissioner for the North".
REGIONAL_OFFICES = frozenset({"regional schools commissioner"})

# Words before an office that make its holder a deputy or a stand-in, who speaks for the office's body: "Deputy
# Chief Medical Officer for England", "Vice Chief of the Defence Staff", "Acting Metropolitan Police Commissioner".
OFFICE_DEPUTY_WORDS = ("deputy", "depute", "assistant", "vice", "acting", "interim")  # ("depute": Scots)
# Words before "Mayor" that tell how the mayor is elected, not where: "Metro Mayor of the Liverpool City Region",
# "the directly elected Mayor of the West Midlands".
MAYOR_QUALIFIERS = ("metro", "directly elected", "elected")

# Offices of a place: the words before them name the place, not a body
# ("Tees Valley Mayor", "Bristol Mayor").
PLACE_OFFICES = frozenset({"mayor"})

# Possessors that make a title, not a body: "His Majesty's Chief Inspector".
ROYAL_POSSESSORS = frozenset({"his majesty", "her majesty", "the king", "the queen", "king", "queen"})

# Kinds of public body that a title names in place of the body ("Council Chief Executive Marie Ward", "the new
# chair of the health board"): the person speaks for the one body of that kind the release names in full
# ("Newry, Mourne and Down District Council", "Betsi Cadwaladr University Health Board"). (lower case)
# Publishers of a kind whose names do not end in it: Scotland's health boards are "NHS Lothian", "NHS Greater
# Glasgow and Clyde" ("The Board's Chairman" in their releases is their own).
KIND_BY_NAME_OPENING = {"board": ("NHS ",), "health board": ("NHS ",)}
BODY_KINDS_IN_TITLES = frozenset({"council", "district council", "county council", "borough council",
                                  "city council", "health board", "board", "trust", "nhs trust", "authority",
                                  "combined authority", "commission", "agency", "committee", "institute",
                                  "society", "association", "foundation", "federation", "charity", "union"})
# Forces whose names open with "Police" (most end with it: "Kent Police", "Thames Valley Police"): a chief
# constable named by rank alone in a release that names one force ("Chief Constable Sir Stephen House said:" where
# the release speaks of "Police Scotland officers") leads that force.
FORCES_NAMED_POLICE_FIRST = ("Police Scotland", "Police Service of Scotland", "Police Service of Northern Ireland")
# A department's own senior officials: written without a department, they
# belong to the department that published the release ("Lin Homer, the
# Permanent Secretary, said:" in a Department for Transport release).
DEPARTMENTAL_OFFICES = frozenset({
    "permanent secretary", "second permanent secretary", "permanent under-secretary",
    "permanent under secretary", "chief scientific adviser", "departmental chief scientific adviser",
    "chief economic adviser",
})


# The head words of a body's staff titles ("Associate Director for Research", "Flood and Coastal Risk Manager",
# "Chief Operating Officer"): named with no body in the release of a body that is no department, government or
# party, and with no partner named, such a title is the publisher's own. Not the words of a trade or a calling
# ("GP and TV doctor", "Actor"), nor of a post no longer held.
STAFF_TITLE_WORDS = frozenset(
    """
    director directors manager officer head coordinator co-ordinator controller administrator consultant
    superintendent inspector
    """.split()
)
# Words in brackets after a title that do not narrow it: a photograph's caption, a state of the post.
NOT_QUALIFIER_WORDS = frozenset("pictured left right centre center above below top bottom inset retired former "
                                "designate elect".split())
COMPASS_WORDS = frozenset("north south east west northern southern eastern western central".split())
NOT_STAFF_WORDS = frozenset("former ex retired honorary visiting volunteer patient".split())
# Words of a staff title before its head word besides role words, their modifiers and areas of work ("Chief Nursing
# Officer", "Paediatric Consultant"); any other word may be another body's name ("National Grid Director").
STAFF_TITLE_QUALIFIERS = frozenset("nursing ambulance paediatric station site".split())

# Staff titles of a kind of body, which in a release of a body of that kind, naming no other of its kind, are
# the publisher's own ("Station Commander Jane Doe said:" in a fire service's release). Each entry: what the
# publisher's name holds, the title (compared in lower case), and how another body of the kind is named.
OWN_STAFF_KINDS = (
    (r"(?i)\bfire (?:and|&) rescue\b|\bfire brigade\b|\bfire service\b",
     r"^(?:(?:deputy|assistant|acting)\s+)*(?:(?:area|group|station|watch|crew|borough)\s+(?:commander|manager)"
     r"|chief fire officer|firefighter|commissioner)$",
     r"\b(?:\p{Lu}[\p{L}&-]*\s+){1,4}(?:Fire and Rescue Service|Fire & Rescue Service|Fire Brigade|Fire Service)\b"),
    (r"(?i)\bcouncil\b|\bcombined authority\b",
     r"^(?:(?:deputy|lead|executive)\s+)?(?:cabinet member|portfolio holder|executive member|leader of the council"
     r"|deputy leader of the council)\b(?:\s+(?:for|of)\s+.*)?$",
     r"\b(?:\p{Lu}[\p{L}&-]*\s+){1,4}(?:Council|Combined Authority)\b|\bGreater London Authority\b"
     r"|\bRoyal Borough of\b"),
    (r"(?i)\bcrown prosecution service\b",
     r"^(?:(?:senior|chief|deputy chief|specialist|principal|district)\s+)*crown prosecutor\b.*"
     r"|^(?:(?:senior|chief|deputy chief|specialist|principal|district)\s+)+prosecutor\b.*$",
     r"\b(?:Crown Office|Procurator Fiscal|Public Prosecution Service|Public Prosecutor|District Attorney"
     r"|US Attorney|Attorney's Office)\b"),
    (r"(?i)\bnhs\b.*\b(?:trust|foundation trust)\b|\bhealth board\b|\bhospitals?\b",
     r"^(?:(?:lead|senior|deputy|associate)\s+)*(?:consultant\s+(?:in\s+\w.*|(?:\w+\s+)?\w*(?:ologist|iatrist|ician"
     r"|surgeon|physician|nurse|midwife|anaesthetist|therapist|radiographer))|chief nurse|medical director"
     r"|director of nursing|clinical director\b.*|matron|ward manager)$",
     r"\b(?:\p{Lu}[\p{L}&'’-]*\s+){1,6}(?:Trust|Health Board|Hospital|University|College)\b|\bUniversity of\b"),
)

# Verbs and nouns of a relative clause that name the body a person heads or belongs to ("who chairs the
# Federation of Small Businesses", "whose charity – the Ellen MacArthur Foundation –").
RELATIVE_BODY_VERBS = ("chairs", "heads", "leads", "runs", "founded", "co-founded", "owns", "manages", "directs",
                       "set up", "works for", "works at")
RELATIVE_BODY_NOUNS = ("charity", "company", "firm", "organisation", "business", "group", "trust", "foundation",
                       "campaign", "association", "union")


# A member's seat ("MP for Blackpool North and Cleveleys", "Labour MSP for Glasgow Kelvin"): the member speaks
# for their constituents, no body, and lends no office they hold elsewhere in the build to the quote.
MEMBER_SEAT = (r"(?i)^(?:the\s+)?(?:\S+\s+){0,2}?(?:MP|MPs|MSP|MS|AM|MLA|Member of Parliament"
               r"|Member of the (?:Scottish Parliament|Senedd|Welsh Assembly|Legislative Assembly))\s+for\s+\S")


# Welsh words of UK government titles and their portfolios, in English, for releases issued in Welsh ("Meddai’r
# Ysgrifennydd Trafnidiaeth, Chris Grayling:" is the Transport Secretary's line). Phrases first; the words of a
# portfolio are no one's name ("Ysgrifennydd Iechyd, Jane Doe": Iechyd is the portfolio).
WELSH_TITLE_WORDS = {
    "ysgrifennydd gwladol": "secretary of state", "prif weinidog": "prime minister", "llywodraeth leol": "local government",
    "materion gwledig": "rural affairs", "gogledd iwerddon": "northern ireland", "yr alban": "scotland",
    "gwaith a phensiynau": "work and pensions",
    "ysgrifennydd": "secretary", "gweinidog": "minister", "canghellor": "chancellor", "dros": "for",
    "trafnidiaeth": "transport", "ffyrdd": "roads", "rheilffyrdd": "rail", "diogelwch": "safety",
    "iechyd": "health", "addysg": "education", "amddiffyn": "defence", "cyfiawnder": "justice",
    "cartref": "home", "tramor": "foreign", "trysorlys": "treasury", "ynni": "energy", "amgylchedd": "environment",
    "busnes": "business", "masnach": "trade", "diwylliant": "culture", "tai": "housing", "economi": "economy",
    "cyllid": "finance", "gwaith": "work", "pensiynau": "pensions", "cymunedau": "communities",
    "digidol": "digital", "gwyddoniaeth": "science", "amaeth": "agriculture", "bwyd": "food", "cymru": "wales",
}
# Of those words, the ones that are also people's names ("Jane Tai"): read as names.
WELSH_ALSO_NAMES = frozenset({"tai"})

# Organs whose members hold a post by them, in lower case before "member": "board member", "committee member".
MEMBERS_ORGANS = ("board", "committee", "panel", "council", "cabinet", "executive")

# Head words of a post held at a body, not of a person's description: after "Chief Executive Jane Doe from
# Shelter" the body stays; after "Campaigner Jane Doe from Leeds" the town goes.
POST_HEAD_WORDS = frozenset("""
    executive director chair chairs chairman chairwoman chairperson manager officer head president founder ceo
    secretary leader governor principal partner owner editor lead
    """.split())

# Head words of a function's title, whose area "of" a nation's qualifier is the title's ("Head of UK Operations").
FUNCTION_HEAD_WORDS = frozenset({"head", "lead", "manager", "officer", "coordinator", "co-ordinator"})

# Head words of a body's own posts after "our" ("Our Cabinet Member", "Our chief executive"), and words that make a
# post no post of the publisher's: a member elected for the area ("Our MP"), a cleric ("Our Bishop"), another
# service's head ("Our Chief Fire Officer").
OWN_POST_HEAD_WORDS = frozenset("""
    member leader executive chair chairman chairwoman chairperson director manager head president trustee trustees
    treasurer secretary coordinator co-ordinator ceo
    """.split())
NOT_OWN_POST_WORDS = frozenset("fire police constable parliament bishop mp msp ms am mla mep".split())
