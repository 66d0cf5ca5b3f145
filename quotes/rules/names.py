"""What is and is not part of a person's name."""

# Courtesy titles and honorifics: dropped from the speaker's name.
HONORIFICS = (
    "The Rt Hon the", "Rt Hon the", "The Right Honourable the", "The Rt Hon", "The Right Honourable",
    "The Right Hon", "The Hon", "Rt Hon", "Rt. Hon.", "Rt Hon.", "Rt. Hon",
    "Right Honourable", "Rt Honourable", "Hon", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss",
    "Mx", "Dr", "Dr.", "Doctor", "Dame", "Sir", "Professor", "Prof", "Prof.", "Emeritus Professor",
    "Reverend", "Rev", "Rev.", "Revd", "The Reverend", "The Revd", "The Rev", "Rt Revd", "Rt Rev",
    "The Rt Revd", "The Rt Rev", "Right Reverend", "The Right Reverend", "Most Revd", "The Most Revd",
    "Most Reverend", "The Most Reverend", "Very Revd", "The Very Revd", "Very Reverend",
    "The Very Reverend", "Venerable", "The Venerable", "Ven", "Canon", "Father", "Rabbi", "Imam",
    "Bishop", "Archbishop", "Cllr", "Cllr.", "Councillor", "County Councillor", "Alderman",
    "Mayor", "Judge", "Justice", "Lady Justice", "Lord Justice", "Mr Justice", "Mrs Justice",
)

# The styles of a privy counsellor or an honourable member ("the Rt Hon", "The Right Honourable"), which may stand
# before any name, a peer's too ("has appointed The Rt Hon Lord Roe as Chair of ..."). Each is one of HONORIFICS.
COURTESY_STYLES = (
    "The Rt Hon the", "Rt Hon the", "The Right Honourable the", "The Rt Hon", "The Right Honourable",
    "The Right Hon", "The Hon", "Rt Hon", "Rt. Hon.", "Rt Hon.", "Rt. Hon", "Right Honourable", "Rt Honourable", "Hon",
)

# Honorifics that are also offices: a title before a name only when nothing
# but other titles stands before them. "Mayor Andy Burnham" drops the title;
# in "West Midlands Mayor Andy Street" and "Bishop of London" it is the office.
OFFICE_HONORIFICS = frozenset({"Mayor", "Bishop", "Archbishop", "Judge"})
# Styles that tell the office held when the line gives no other role, as a bare rank does ("Cllr Anne Forde
# said,": a councillor); taken off the name all the same.
OFFICE_STYLES = OFFICE_HONORIFICS | {"Cllr", "Councillor", "County Councillor"}

# Endings of nouns that name a title's subject ("Prosecutions", "Development",
# "Partnerships", "Economics") and of no given name.
TITLE_NOUN_ENDINGS = ("ions", "ation", "ution", "ition", "ment", "ments", "ship", "ships", "ics")

# Second words of places' names ("Thames Valley", "Tees Valley", "North Yorkshire
# Moors"), which no given name is: a title's place, not the start of the name.
PLACE_NAME_WORDS = frozenset({
    "Valley", "Vale", "Coast", "Borough", "County", "Counties", "Islands", "Isles", "Downs", "Moors", "Dales",
    "Fens", "Hills", "Peninsula", "Region", "Riding", "Marches", "Estuary", "Bay", "Midlands", "Gateway",
    "Sea", "Ocean", "Gulf", "Straits", "Strait", "Channel", "Basin", "Sahel", "Balkans", "Caucasus", "Lakes",
})

# Last words of the names of events ("the Labour Party Conference", "the G7 Summit"), which no given
# name is: a lead-in's event, not the start of the name after it.
EVENT_NAME_WORDS = frozenset({
    "Conference", "Summit", "Forum", "Congress", "Convention", "Festival", "Show", "Awards", "Games", "Week",
    "Day", "Expo", "Exhibition", "Symposium", "Debate", "Launch", "Ceremony", "Dinner", "Reception",
})

# Last words of the names of bodies and their parts ("Head of National Food Crime Unit Andrew Quinn", "Director of
# the Counter Terrorism Command Jane Doe"), which no given name is: the title's body, not the start of the name.
BODY_NAME_WORDS = frozenset({
    "Unit", "Office", "Agency", "Board", "Authority", "Council", "Service", "Services", "Team", "Directorate",
    "Command", "Division", "Department", "Bureau", "Branch", "Taskforce", "Commission", "Committee", "Centre",
    "Inspectorate", "Executive", "Institute", "Squad", "Panel", "Partnership", "Trust", "Foundation",
    "Academy", "School", "College", "University", "Hospital",
})

# Words after which capitalised words name a place, not a person: in "Environment Minister Rebecca Pow
# visited Blackpool South beach today. She said:", she is the minister, not "Blackpool South". ("to" and
# "from" are left out: "presented the award to Jane Doe", "heard from Jane Doe" name people.)
PLACE_LEADS = frozenset({"visited", "visits", "visiting", "toured", "tours", "touring", "in", "at", "near",
                         "across", "around", "outside", "inside"})

# Peerage and royal titles: part of the name ("Baroness Kidron", "Lord Hanson of Flint").
PEERAGES = (
    "Lord", "Lady", "Baroness", "Baron", "Viscount", "Viscountess", "Earl", "Countess",
    "Marquess", "Marchioness", "Duke", "Duchess", "Prince", "Princess", "King", "Queen",
)

# Police, fire, military and civil ranks: dropped from the name; used as the
# role only when no other role is given.
RANKS = (
    "T/Chief Constable", "T/Deputy Chief Constable", "T/Assistant Chief Constable",
    "Temporary Chief Constable", "Temporary Deputy Chief Constable", "Temporary Assistant Chief Constable",
    "Acting Chief Constable", "Acting Deputy Chief Constable", "Acting Assistant Chief Constable",
    "Chief Constable", "Deputy Chief Constable", "Assistant Chief Constable",
    "T/CC", "T/DCC", "T/ACC", "CC", "DCC", "ACC",
    "Commissioner", "Deputy Commissioner", "Assistant Commissioner", "Deputy Assistant Commissioner",
    "Commander", "Chief Superintendent", "Detective Chief Superintendent", "Superintendent",
    "Detective Superintendent", "Chief Inspector", "Detective Chief Inspector", "Inspector",
    "Detective Inspector", "Sergeant", "Detective Sergeant", "Police Sergeant", "Constable",
    "Detective Constable", "Police Constable", "DCS", "DSU", "Det Supt", "Det Ch Supt", "Ch Supt",
    "Supt", "DCI", "DI", "DS", "DC", "PC", "PCSO", "Sgt", "Insp",
    "Chief Fire Officer", "Deputy Chief Fire Officer", "Assistant Chief Fire Officer",
    "Station Commander", "Group Commander", "Area Manager", "Group Manager", "Station Manager", "Watch Manager",
    "Crew Manager", "Watch Commander", "Crew Commander", "Area Commander", "Brigade Manager",
    "Field Marshal", "General", "Lieutenant General", "Lt Gen", "Major General", "Maj Gen",
    "Brigadier", "Brig", "Colonel", "Col", "Lieutenant Colonel", "Lt Col", "Major", "Maj",
    "Captain", "Capt", "Lieutenant", "Lt", "Second Lieutenant", "2nd Lt", "Sergeant Major",
    "Warrant Officer", "Staff Sergeant", "Corporal", "Cpl", "Lance Corporal", "L/Cpl", "Private",
    "Pte", "Gunner", "Trooper", "Sapper", "Rifleman", "Guardsman", "Admiral", "Vice Admiral",
    "Rear Admiral", "Commodore", "Cdre", "Lieutenant Commander", "Lt Cdr", "Cdr", "Sub Lieutenant",
    "Midshipman", "Able Seaman", "Air Chief Marshal", "Air Marshal", "Air Vice-Marshal",
    "Air Vice Marshal", "AVM", "Air Commodore", "Group Captain", "Gp Capt", "Wing Commander",
    "Wg Cdr", "Squadron Leader", "Sqn Ldr", "Flight Lieutenant", "Flt Lt", "Flying Officer",
    "Pilot Officer", "Flight Sergeant", "Chief Technician", "Senior Aircraftman",
    "Surgeon Vice Admiral", "Surgeon Rear Admiral", "Surgeon Commodore", "Surgeon Captain", "Surgeon Commander",
    "Surgeon Lieutenant Commander", "Surgeon Lieutenant", "Surgeon General",
    # hyphenated and shortened spellings of the same ranks
    "Lieutenant-Colonel", "Lieut-Colonel", "Lieut Colonel", "Lieut-Col", "Lt-Col", "Lieutenant-General",
    "Lt-Gen", "Major-General", "Maj-Gen", "Vice-Admiral", "Rear-Admiral", "Lieutenant-Commander", "Lt-Cdr",
    "Lieut Commander", "Lieut Cdr", "Lieut General", "Lieut Col", "Lieut", "Wing-Commander", "Squadron-Leader",
    "Group-Captain",
    # the coastguard's watch officers
    "Watch Officer", "Senior Watch Officer",
)

# A place joined to where a person comes from or works ("Laois-born Jane Doe", "London-based campaigner Jane
# Doe"): a description before the name, never a name's word or a body's name.
PLACE_DESCRIPTION_RX = r"\p{Lu}[\p{L}’'-]*-(?:born|based|bred|raised|educated|headquartered)"

# Judges' styles before a name ("Recorder Paul Dodds", "His Honour Judge Andrew Goymer"): dropped from the name
# like ranks, and the role when no other is given; no police force's or service's ranks ("Recorder of
# Westminster" is an office).
JUDICIAL_STYLES = ("His Honour Judge", "Her Honour Judge", "HHJ", "District Judge", "Deputy District Judge",
                   "Recorder")

# High Court judges' styles: kept before a surname alone, the name they are known and searched by ("Mr Justice
# Edis"), as a peer's is ("Lord Justice Holroyde"); dropped before a full name ("Mrs Justice Maura McGowan").
SURNAME_STYLES = ("Mr Justice", "Mrs Justice", "Ms Justice")

# Ranks that are ranks wherever they stand, even after a title ("Director Land Equipment Major General
# Robert Talbot-Rice", "Senior Investigating Officer Detective Chief Inspector Jane Doe"): no title ends in them.
RANKS_AFTER_TITLES = frozenset({
    "Field Marshal", "Lieutenant General", "Lt Gen", "Major General", "Maj Gen", "Brigadier", "Lieutenant Colonel",
    "Lt Col", "Second Lieutenant", "Vice Admiral", "Rear Admiral", "Lieutenant Commander", "Lt Cdr",
    "Sub Lieutenant", "Air Chief Marshal", "Air Marshal", "Air Vice-Marshal", "Air Vice Marshal", "Air Commodore",
    "Group Captain", "Wing Commander", "Squadron Leader", "Flight Lieutenant", "Detective Chief Superintendent",
    "Detective Superintendent", "Detective Chief Inspector", "Detective Inspector", "Detective Sergeant",
    "Detective Constable",
})

# Ranks that stay ranks after a title of the person's own, though not after a body's name alone: "NPCC lead for
# roads policing Chief Constable Jane Doe" (a lead, who is a chief constable), but "Kent Police Chief Constable".
RANKS_AFTER_ROLES = frozenset({"Chief Constable", "Deputy Chief Constable", "Assistant Chief Constable",
                               "Chief Superintendent", "Chief Fire Officer"})

# Letters after a name: dropped.
POST_NOMINALS = (
    "MP", "MSP", "MS", "AM", "MLA", "MEP", "KC", "QC", "CBE", "OBE", "MBE", "BEM", "KBE", "DBE",
    "GBE", "CB", "KCB", "GCB", "DCB", "CMG", "KCMG", "GCMG", "DCMG", "CVO", "LVO", "MVO", "KCVO",
    "GCVO", "DCVO", "RVM", "CH", "OM", "PC", "DL", "JP", "FRS", "FREng", "FRSE", "FBA", "FRCP",
    "FRCS", "FRCGP", "FRCPsych", "FMedSci", "FRSA", "FRICS", "FCA", "FCIHT", "FICE", "FIMechE",
    "FRAeS", "FRGS", "FAcSS", "FCGI", "FRCN", "RGN", "RN", "PhD", "DPhil", "MD", "MA", "MSc", "BSc",
    "BA", "LLB", "LLM", "MBA", "QPM", "KPM", "QFSM", "KFSM", "VC", "GC", "DSO", "MC", "DFC", "AFC",
    "ADC", "RAF", "RM", "Bt", "Bart", "Jr", "Jnr", "Sr", "Snr", "II", "III", "KStJ", "CStJ",
    # military decorations and the sovereign's honorary appointments ("Queen's/King's Honorary Surgeon")
    "ADC(P)", "QGM", "KGM", "QCVS", "KCVS", "QHS", "KHS", "QHP", "KHP", "QHC", "KHC", "QHNS", "KHNS", "QHDS",
    "KHDS", "QVRM", "KVRM", "DSC", "DFM", "CGC", "GM", "DSM", "AFM", "RRC", "ARRC", "TD", "RNR", "RAuxAF",
    "PCC",  # an elected office written after the name, as "MP" is ("Jane Doe PCC")
)
# Letters of more than one word ("General Sir Nick Carter GCB CBE DSO ADC Gen": aide-de-camp general).
MULTI_WORD_POST_NOMINALS = (("ADC", "Gen"),)

# Post-nominals that are also offices: "The Foyle MLA said:" refers to a member named before.
MEMBER_LETTERS = ("MP", "MSP", "MS", "MLA", "MEP", "AM")

# Short forms of given names, and the full forms each may stand for: a release
# that introduces "Douglas Oakervee" may quote "Doug Oakervee".
SHORT_GIVEN_NAMES = {
    "doug": ("douglas",), "chris": ("christopher", "christine", "christina"), "nick": ("nicholas", "nicola"),
    "rob": ("robert",), "bob": ("robert",), "bill": ("william",), "will": ("william",), "jim": ("james",),
    "jamie": ("james",), "mike": ("michael",), "tom": ("thomas",), "tony": ("anthony",), "andy": ("andrew",),
    "dave": ("david",), "steve": ("stephen", "steven"), "phil": ("philip", "phillip"), "pat": ("patrick",
    "patricia"), "ed": ("edward", "edmund"), "ted": ("edward",), "dan": ("daniel",), "ben": ("benjamin",),
    "sam": ("samuel", "samantha"), "alex": ("alexander", "alexandra"), "jo": ("joanna", "joanne", "josephine"),
    "liz": ("elizabeth",), "beth": ("elizabeth",), "kate": ("katherine", "catherine", "kathryn"),
    "cathy": ("catherine",), "sue": ("susan",), "jenny": ("jennifer",), "becky": ("rebecca",),
    "mandy": ("amanda",), "matt": ("matthew",), "greg": ("gregory",), "jon": ("jonathan",),
    "tim": ("timothy",), "jeff": ("jeffrey",), "geoff": ("geoffrey",), "ken": ("kenneth",), "ron": ("ronald",),
    "gus": ("augustine", "angus"), "di": ("diana",), "vicky": ("victoria",), "tessa": ("theresa",),
}

# Letters that are also a title when written before a name ("Local MP Jane
# Smith", "Conservative MSP John Doe").
POLITICAL_TITLES = frozenset({"MP", "MPs", "MSP", "MS", "AM", "MLA", "MEP"})

# Lower-case words that may sit inside a name ("Theo de Pencier").
NAME_PARTICLES = (
    "de", "da", "di", "del", "della", "der", "den", "van", "von", "du", "le", "la", "bin", "bint",
    "al", "el", "ap", "ter", "ten", "dos", "das", "do", "y", "zu", "af", "st",
)

# First words of place names of several words ("Greater Manchester", "New
# Zealand", "Sri Lanka"): after a title's preposition ("Mayor of", "Ambassador
# to") they open the place, and the name only starts after the place.
PLACE_OPENERS = frozenset(
    """
    Greater Great New North South East West Northern Southern Eastern Western Central Mid Upper Lower United
    Sri Saudi Hong Costa El San Santa Sierra Burkina Papua Puerto Cape Isle
    """.split()
)

# Surnames that are also titles or common words: allowed as the last word of
# a name when a plausible given name stands before them ("Ashton West",
# "Edmund King", "John Major").
SURNAME_WORDS = frozenset(
    """
    West North South East Green Young King Major Dean Bishop Constable Chancellor Judge Marshal Marshall
    Steward Clerk Power Banks Bank Cross Law Lord Earl Duke Prince Church Street Hall Mayor Price Justice
    Knight Page Sergeant Sargent Fisher Farmer Archer Baker Brown White Black Gray Grey Rose Hope Bell
    Wood Hill Field Ford Fox Hunt Walker Turner Cook Cooper Carter Mason Rich Little Long Short Small
    Strong Wise Noble Sharp Best Good Cash Gold Moss Burns Rivers Lake Brook Brooks Marsh Heath Dale
    Woods Fields Hills Park Parks Carr Shepherd Chambers Holland Wales Scotland England Ireland London
    Crew Gunner Canon Sapper Flight Temple Pope Abbott Prior Dean Deacon Porter Squire Villiers House
    """.split()
)

# Honorifics only a person bears: after one, a given name and any capitalised word are a name, even a
# word of a title's subject ("Dr Will Welfare", "Mr John Justice").
PERSONAL_HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Dr", "Dr.", "Sir", "Dame",
                                 "Professor", "Prof", "Prof.", "Cllr", "Councillor"})
# A knight's or a dame's style goes with the given name ("Sir John", "Dame Jane"); every other honorific
# before one word goes with the surname ("Mr Roe", "Dr Doe").
GIVEN_NAME_STYLES = frozenset({"Sir", "Dame"})
# Honorifics that say nothing about which person of a surname is meant: "added Mr Brown" after John Brown.
PLAIN_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx"})
# Two spellings of one honorific: "added Councillor Smith" after "Cllr Jane Smith".
HONORIFIC_SPELLINGS = {"Councillor": "Cllr", "Professor": "Prof", "Doctor": "Dr"}

# Words of a constituency's name ("Glasgow East", "Belfast North", "Leeds Central"), never of a person's.
SEAT_WORDS = frozenset({"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
                        "Mid", "Upper", "Lower", "Inner", "Outer", "City", "Rural", "Urban"})

# Given names that are also titles: after another title they start the name ("Commander Dean Haydon",
# "Chief Superintendent Earl Smith"), where a surname alone would be left.
GIVEN_NAME_TITLES = frozenset({"Dean", "Earl", "Duke", "Major", "Judge", "Bishop", "King", "Prince"})

# Words that open a clause, never a first name standing alone: "Overall, a third of drivers ...".
NOT_FIRST_NAMES = frozenset("""
    Overall Instead Now Here There Then Together Again Tonight Tomorrow Afterwards Still Thus Indeed Hence Yet
    Next Despite Regarding Furthermore Moreover Nevertheless Nonetheless Likewise Therefore Otherwise Since Though
    Although Besides Beforehand Sometimes Often Once Later Earlier Soon Already Elsewhere Overseas Abroad Nearby
    Alongside Similarly Consequently Accordingly Importantly Crucially Notably Equally Ultimately Recently
    """.split())
# What a first name's description may not be about: a body or a place ("Tesco, a supermarket chain";
# "Leeds, a city of 800,000 people").
NOT_PERSON_NOUNS = frozenset("""
    chain retailer supermarket brand company firm business charity organisation group county city town village
    region country nation district borough area place site port harbour island river lake park festival event
    """.split())

# Capitalised words that are never part of a personal name: the vocabulary
# of titles, offices, subjects and places that sits beside names in
# attributions ("Director of Government and External Relations").
NOT_NAME_WORDS = frozenset(
    """
    A An The And Of For To At In On By With From Our Its Their His Her This That These Those
    UK GB US EU UN NHS HM HMG
    Minister Ministers Secretary Secretaries State Deputy Assistant Under Parliamentary Shadow Junior
    Senior Chief Executive Executives Officer Officers Director Directors General Generals Chair
    Chairman Chairwoman Chairperson Chairs President Vice Manager Managers Head Heads Lead Leader
    Leaders Commissioner Commissioners Mayor Commander Member Members Spokesperson Spokesman
    Spokeswoman Founder Co-founder Cofounder Partner Partners Principal Governor Governors Trustee
    Trustees Ambassador Envoy Adviser Advisor Advisers Advisors Consultant Coordinator Co-ordinator
    Prosecutor Prosecutors Coroner Sheriff Statement Report Guidance Letter
    Administrator Registrar Inspector Auditor Controller Comptroller Treasurer Solicitor Attorney
    Advocate Counsel Champion Tsar Czar Editor Dean Provost Rector Chancellor Clerk Convenor
    Steward Superintendent Constable Analyst Engineer Scientist Economist Nurse Surgeon Physician
    Ombudsman Regulator Owner Proprietor Worker Volunteer Campaigner Expert Researcher Planner
    Specialist Representative Delegate Councillor Cabinet Portfolio Holder Whip Speaker Peer
    Peers Crossbench Interim Acting Temporary Managing Operating Operations Operational Technical
    Financial Commercial Marketing Sales Digital Data Research Science Sciences Scientific
    Innovation Technology Technologies Engineering Environment Environmental Energy Health Care
    Education Skills Business Businesses Trade Industry Industrial Economy Economic Finance Justice
    Crime Policing Prevention Protection Rights Children Child Women Girls Victims Victim Violence
    Abuse Nature Food Rural Water Housing Communities Community Culture Media Sport Sports Arts Art
    Heritage Tourism Employment Pensions Welfare Work Defence Foreign Affairs Development Migration
    Citizenship Immigration Border Borders Security Counter Terrorism Rail Railway Railways Roads
    Road Aviation Maritime Shipping Buses Bus Cycling Walking Safety Transport Transportation
    Customer Customers Service Services Network Networks Change Planning Engagement Communication
    Communications Partnership Partnerships Relations External Internal Government Governments
    Public National International Global Regional Local Central Strategy Strategic Programme
    Programmes Program Project Projects Policy Policies Standards Standard Regulatory Legal
    Compliance Online Operations Corporate Group Company Companies Council Councils Foundation
    Association Agency Authority Authorities Trust Society Institute Institution Commission
    Committee Office Offices Board Federation Union Alliance Centre Center Club Forum Department
    Ministry Bureau Inquiry Review Panel Taskforce Team University College School Schools Police
    Force Forces Fire Rescue Ambulance Army Navy Royal Air Military Armed Ltd Limited Plc PLC LLP
    Inc Holdings Group Scotland Wales England Ireland Northern Britain British Kingdom United Great
    London North South East West Midlands Yorkshire Humber Greater City County Borough District
    Metropolitan Region Regions Combined Welsh Scottish English Irish European Commonwealth
    Affairs Sector Sectors Quality Performance Resources Resource People Human Insight Insights
    Intelligence Investigations Investigation Enforcement Regulation Licensing Registration Support
    Advice Access Inclusion Diversity Equality Equalities Wellbeing Mental Social Family Families
    Adult Adults Young Youth Older Disabled Disability Disabilities Veterans Veteran Armed Defence
    Procurement Property Estates Infrastructure Construction Housing Planning Levelling Up Net Zero
    Climate Green Clean Growth Investment Investments Prosperity Opportunity Opportunities Policy
    Patient Patients Medical Medicine Clinical Clinician Pharmacy Hospital Hospitals Primary
    Secondary Higher Further Early Years Apprenticeships Universities Students Student Teachers
    Teaching Learning Curriculum Exams Examinations Qualifications Standards Ofsted Europe
    Americas Asia Africa Pacific Middle Overseas Territories Islands Statistics Statistical
    Official Officials Agriculture Fisheries Farming Farmers Animal Plant Wildlife Biodiversity
    Waste Flooding Floods Coastal Marine Oceans Ports Airports Airport Port Motorway Motorways
    Highways Vehicle Vehicles Drivers Driver Driving Licence Licensing Cyber Space Telecoms
    Broadband Mobile Phone Internet AI Artificial Competition Consumer Consumers Markets Market
    Investment Exports Export Imports Import Tax Taxes Revenue Customs Treasury Exchequer Budget
    Spending Fiscal Monetary Banking Bank Banks Insurance Pensions Benefits Universal Credit Jobs
    Job Labour Conservative Liberal Democrat Democrats Party Green Independent Opposition
    Parliament Parliamentary House Commons Lords Assembly Senedd Stormont Holyrood Westminster
    Whitehall Downing Street
    Gweinidog Gweinidogion Diogelwch Ffyrdd Prif Weithredwr Gweithredwr Cyfarwyddwr Ysgrifennydd
    Cadeirydd Asiantaeth Safonau Gyrru Llywodraeth Cymru Trafnidiaeth Dros Ar Yr Y Ac A Swyddog
    Pennaeth Cyngor Comisiynydd Cenedlaethol Rheolwr Ymgysylltu Gweithredu Cyfathrebu
    """.split()
)

# Nouns that describe a member of the public, a performer or an athlete, written before the name like a
# title ("Leaseholder Priya Shah", "Paralympian Amy Foster-Reid", "Actor Olivia Marsh"): the role, never a given
# name. (Not nouns that are also surnames: "Singer", "Boxer", "Farmer", "Player".)
PERSON_DESCRIPTIONS = frozenset("""
    Leaseholder Freeholder Householder Homeowner Tenant Renter Lodger Resident Landlord Landlady Shopkeeper
    Publican Trader Entrepreneur Businessman Businesswoman Pensioner Student Pupil Apprentice Trainee Graduate
    Carer Survivor Activist Fundraiser Actor Actress Author Writer Novelist Poet Playwright Screenwriter
    Broadcaster Presenter Journalist Comedian Comedienne Songwriter Musician Composer Pianist Violinist Cellist
    Guitarist Artist Sculptor Photographer Filmmaker Film-maker Designer Architect Chef Footballer Cricketer
    Golfer Rower Swimmer Sprinter Cyclist Gymnast Jockey Athlete Olympian Paralympian Sportsman Sportswoman
    Mountaineer Explorer Adventurer Astronaut Blogger Vlogger Influencer YouTuber
    """.split())

# People who speak for someone else ("The family of John Smith said:"): the
# person named after "of" is not the speaker.
RELATIVE_NOUNS = (
    "family", "families", "parents", "mother", "father", "wife", "husband", "widow", "widower", "son",
    "daughter", "sons", "daughters", "brother", "sister", "siblings", "relatives", "loved ones", "children",
    "grandmother", "grandfather", "fiancée", "fiance", "fiancé",
)


# Bodies whose name ends in a question or exclamation mark: the mark is part of the name, not the end of a
# sentence ("Which? executive director Richard Lloyd said:", "Yahoo! UK managing director Jane Doe said:").
NAMES_WITH_MARKS = ("Which?", "Yahoo!")


# A peer's titles that stand before a surname the peer was known by as a commoner: "Lord Cameron" for
# "Foreign Secretary David Cameron" named earlier in the release ("Lady", also a knight's wife's style, is not).
PEER_SURNAME_TITLES = ("Lord", "Baroness")
