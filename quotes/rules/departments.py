"""UK government roles and the departments they belong to.

Departments were created, renamed and merged over the years, so each entry
has the dates between which it holds (inclusive; None = open). A role is
matched case-insensitively against the patterns in order; the first entry
whose pattern matches and whose dates cover the release date wins.

Sources: the machinery-of-government changes published on GOV.UK
(for example BIS -> BEIS in July 2016, DCLG -> MHCLG in January 2018,
the departments of February 2023).
"""
from __future__ import annotations

import datetime as dt

D = dt.date

# Subjects shared by departments that were renamed or merged over the years.
_HEALTH = r"\bhealth\b|\bcare minister\b|\bcare services\b|\bminister (?:of state )?for care\b|\bsocial care\b|\bsuicide prevention\b|\bmental health\b|\bpublic health\b|\bnhs\b"
_UNIVERSITIES = (r"\buniversities\b|\bhigher education\b|\bfurther education\b|\bskills\b|\bapprenticeships\b"
                 r"|\blifelong learning\b")
_CULTURE = (r"\bculture\b|\bmedia\b|\bsports?\b|\bolympics?\b|\btourism\b|\bheritage\b|\barts\b|\bcreative industries\b"
            r"|\bloneliness\b|\bgambling\b")
# (building regulations and their safety, homelessness and integration are local government's: "Minister for Building
# Safety and Fire" names building safety first)
_COMMUNITIES = (r"\bcommunities\b|\blocal government\b|\bhousing\b|\bplanning\b|\bdecentralisation\b|\blevelling up\b"
                r"|\bnorthern powerhouse\b|\blocal growth\b|\bfaith\b|\bbuilding safety\b|\bhomelessness\b"
                r"|\brough sleeping\b|\bintegration\b")
# Forests, trees and the health of plants: the agriculture ministry's, then Defra's.
_FORESTRY = r"|\bforestry\b|\bforests?\b|\btrees\b|\bwoodlands?\b|\bplant health\b"

# (role pattern, department, valid from, valid to)
ROLE_DEPARTMENTS: list[tuple[str, str, dt.date | None, dt.date | None]] = [
    # Prime Minister and the centre
    (r"^(?:the )?(?:prime minister|pm)\b(?! ?'s)", "Prime Minister's Office, 10 Downing Street", None, None),
    (r"\bdeputy prime minister\b", "Office of the Deputy Prime Minister", D(2002, 5, 29), D(2006, 5, 4)),
    (r"\bdeputy prime minister\b", "Deputy Prime Minister's Office", D(2010, 5, 11), D(2015, 5, 8)),
    (r"\bchancellor of the duchy of lancaster\b|\bcabinet office\b|\bminister for the cabinet office\b"
     r"|\bminister for the constitution\b|\bcabinet secretary\b|\bhead of the civil service\b|\bthe union\b"
     r"|\bgovernment policy\b",
     "Cabinet Office", None, None),
    (r"\bcivil society\b", "Cabinet Office", None, D(2016, 7, 13)),
    (r"\bcivil society\b", "Department for Culture, Media and Sport", D(2016, 7, 14), D(2017, 7, 2)),
    (r"\bcivil society\b", "Department for Digital, Culture, Media and Sport", D(2017, 7, 3), D(2023, 2, 6)),
    (r"\bcivil society\b", "Department for Culture, Media and Sport", D(2023, 2, 7), None),
    (r"\bpaymaster general\b", "HM Treasury", None, D(2015, 5, 10)),
    (r"\bpaymaster general\b", "Cabinet Office", D(2015, 5, 11), None),
    (r"(?<!lord )(?<!vice-)(?<!vice )\bchancellor(?: of the exchequer)?\b(?! of the duchy)|\btreasury\b"
     r"|\bexchequer secretary\b"
     r"|\beconomic secretary\b|\bfinancial secretary\b|\bcity minister\b",
     "HM Treasury", None, None),
    (r"\battorney general\b|\bsolicitor general\b", "Attorney General's Office", None, None),
    (r"\badvocate general\b", "Office of the Advocate General for Scotland", None, None),
    (r"\bleader of the house of commons\b", "Office of the Leader of the House of Commons", None, None),
    (r"\bleader of the house of lords\b", "Office of the Leader of the House of Lords", None, None),
    # Fire and rescue policy was with local government from June 2001 until January 2016
    (r"\bfire\b", "Department for Transport, Local Government and the Regions", D(2001, 6, 8), D(2002, 5, 28)),
    (r"\bfire\b", "Office of the Deputy Prime Minister", D(2002, 5, 29), D(2006, 5, 4)),
    (r"\bfire\b", "Department for Communities and Local Government", D(2006, 5, 5), D(2016, 1, 4)),
    # Home Office
    (r"\bhome secretary\b|\bhome office\b|\bsecretary of state for the home department\b|\bpolicing\b"
     r"|\bpolice minister\b|\bcrime\b|\bsecurity minister\b|\bminister (?:of state )?for security\b"
     r"|\bmigration\b|\bimmigration\b|\bborder|\bsafeguarding\b|\bfire\b|\bcountering extremism\b"
     r"|\bcounter.?terrorism\b|\brefugees\b|\bresettlement\b",
     "Home Office", None, None),
    (r"\bprisons?\b|\bprobation\b|\bvictims\b|\bsentencing\b|\bcriminal justice\b", "Home Office", None,
     D(2007, 5, 8)),
    # Justice
    (r"\blord chancellor\b|\bconstitutional affairs\b|(?<!social )\bjustice\b|\bcourts\b|\blegal aid\b",
     "Lord Chancellor's Department", None, D(2003, 6, 11)),
    (r"\blord chancellor\b|\bconstitutional affairs\b|(?<!social )\bjustice\b|\bcourts\b|\blegal aid\b",
     "Department for Constitutional Affairs", D(2003, 6, 12), D(2007, 5, 8)),
    (r"\blord chancellor\b|(?<!social )\bjustice\b|\bprisons?\b|\bprobation\b|\bcourts\b"
     r"|\bvictims\b|\bsentencing\b|\blegal aid\b",
     "Ministry of Justice", D(2007, 5, 9), None),
    # Transport
    (r"\btransport\b|\brail\b|\brailways?\b|\broads?\b|\broad safety\b|\baviation\b|\bmaritime\b"
     r"|\bshipping\b|\bbuses\b|\bcycling\b|\bhigh speed rail\b|\bhs2\b",
     "Department of the Environment, Transport and the Regions", None, D(2001, 6, 7)),
    (r"\btransport\b|\brail\b|\brailways?\b|\broads?\b|\broad safety\b|\baviation\b|\bmaritime\b"
     r"|\bshipping\b|\bbuses\b|\bcycling\b|\bregions\b",
     "Department for Transport, Local Government and the Regions", D(2001, 6, 8), D(2002, 5, 28)),
    (r"\btransport\b|\brail\b|\brailways?\b|\broads?\b|\broad safety\b|\baviation\b|\bmaritime\b"
     r"|\bshipping\b|\bbuses\b|\bcycling\b|\bhigh speed rail\b|\bhs2\b",
     "Department for Transport", D(2002, 5, 29), None),
    # Environment
    # (forestry and plant health too: "Forestry Minister Lord Goldsmith" in the Forestry Commission's release)
    (r"\benvironment(?:al)? secretary\b|\bdefra\b|\bnature\b|\bfarming\b|\bfood\b|\bfisheries\b|\bwater\b"
     r"|\bfloods?\b|\brural\b|\bbiosecurity\b|\banimal welfare\b|\benvironment\b|\bagri" + _FORESTRY,
     "Department for Environment, Food and Rural Affairs", D(2001, 6, 8), None),
    (r"\bfarming\b|\bfood\b|\bfisheries\b|\bagri|\banimal welfare\b|\bbiosecurity\b" + _FORESTRY,
     "Ministry of Agriculture, Fisheries and Food", None, D(2001, 6, 7)),
    (r"\benvironment\b|\bwater\b|\bfloods?\b|\bnature\b|\brural\b|\bregions\b|\blocal government\b|\bclimate change\b"
     r"|\bhousing\b|\bplanning\b",
     "Department of the Environment, Transport and the Regions", None, D(2001, 6, 7)),
    # climate change was the environment department's until the Department of Energy and Climate Change
    (r"\bclimate change\b", "Department for Environment, Food and Rural Affairs", D(2001, 6, 8), D(2008, 10, 2)),
    # Health
    (_HEALTH,
     "Department of Health", None, D(2018, 1, 7)),
    (_HEALTH,
     "Department of Health and Social Care", D(2018, 1, 8), None),
    # Employment relations (a business portfolio): before "employment", which is Work and Pensions
    (r"\bemployment relations\b", "Department of Trade and Industry", None, D(2007, 6, 27)),
    (r"\bemployment relations\b", "Department for Business, Enterprise and Regulatory Reform", D(2007, 6, 28),
     D(2009, 6, 4)),
    (r"\bemployment relations\b", "Department for Business, Innovation and Skills", D(2009, 6, 5), D(2016, 7, 13)),
    (r"\bemployment relations\b", "Department for Business, Energy and Industrial Strategy", D(2016, 7, 14),
     D(2023, 2, 6)),
    (r"\bemployment relations\b", "Department for Business and Trade", D(2023, 2, 7), None),
    # Work and pensions
    # ("Minister for Social Security and Disability", 2024; a devolved government's social security minister is
    # read before this table)
    (r"\bwork and pensions\b|\bpensions?\b|\bemployment\b|\bwelfare\b|\bdisabled people\b|\bdwp\b"
     r"|\bsocial security\b|\bdisability\b",
     "Department for Work and Pensions", D(2001, 6, 8), None),
    (r"\bsocial security\b|\bpensions?\b|\bwelfare\b|\bdisabled people\b",
     "Department of Social Security", None, D(2001, 6, 7)),
    # Education
    (r"\beducation\b|\bschools?\b|\bchildren\b|\bchildcare\b|\bearly years\b|\bemployment\b|\bskills\b",
     "Department for Education and Employment", None, D(2001, 6, 7)),
    (r"\beducation\b|\bschools?\b|\bchildren\b|\bchildcare\b|\bearly years\b|\bfamilies\b|\bskills\b",
     "Department for Education and Skills", D(2001, 6, 8), D(2007, 6, 27)),
    (r"\bschools?\b|\bchildren\b|\bchildcare\b|\bearly years\b|\bfamilies\b|\byoung people\b|\beducation\b",
     "Department for Children, Schools and Families", D(2007, 6, 28), D(2010, 5, 11)),
    (r"\beducation\b|\bschools?\b|\bchildren\b|\bchildcare\b|\bearly years\b|\bfamilies\b",
     "Department for Education", D(2010, 5, 12), None),
    (_UNIVERSITIES + r"|\bscience\b|\binnovation\b",
     "Department for Innovation, Universities and Skills", D(2007, 6, 28), D(2009, 6, 4)),
    # further education went with the universities from 2007 (before the schools' "education" entries below)
    (_UNIVERSITIES,
     "Department for Business, Innovation and Skills", D(2009, 6, 5), D(2016, 7, 13)),
    (_UNIVERSITIES,
     "Department for Education", D(2016, 7, 14), None),
    # Business, energy, trade, science
    (r"\btrade and industry\b|\bbusiness\b|\benterprise\b|\bconsumer\b|\bscience\b|\binnovation\b|\bindustry\b"
     r"|\btrade\b|\bexports?\b|\benergy\b|\bnuclear\b|\bemployment relations\b|\bdti\b",
     "Department of Trade and Industry", None, D(2007, 6, 27)),
    (r"\bbusiness\b|\benterprise\b|\bregulatory reform\b|\bconsumer\b|\bindustry\b|\btrade\b|\bexports?\b"
     r"|\bemployment relations\b|\bberr\b",
     "Department for Business, Enterprise and Regulatory Reform", D(2007, 6, 28), D(2009, 6, 4)),
    (r"\benergy\b|\bnuclear\b", "Department for Business, Enterprise and Regulatory Reform", D(2007, 6, 28),
     D(2008, 10, 2)),
    (r"\bbusiness\b|\benterprise\b|\bconsumer\b|\bscience\b|\binnovation\b|\bsmall business\b|\bbis\b"
     r"|\btrade\b|\bexports?\b",
     "Department for Business, Innovation and Skills", D(2009, 6, 5), D(2016, 7, 13)),
    (r"\benergy\b|\bclimate change\b|\bnuclear\b", "Department of Energy and Climate Change", D(2008, 10, 3),
     D(2016, 7, 13)),
    # the Investment Security Unit: BEIS, then the Cabinet Office (before the trade entries: same place in a role)
    (r"\binvestment security\b", "Department for Business, Energy and Industrial Strategy", D(2016, 7, 14),
     D(2023, 2, 6)),
    (r"\binvestment security\b", "Cabinet Office", D(2023, 2, 7), None),
    (r"\binternational trade\b|\btrade\b|\bexports?\b|\binvestment\b", "Department for International Trade",
     D(2016, 7, 14), D(2023, 2, 6)),
    (r"\bbusiness\b|\benergy\b|\bindustr|\bclimate\b|\bscience\b|\binnovation\b|\benterprise\b|\bnuclear\b",
     "Department for Business, Energy and Industrial Strategy", D(2016, 7, 14), D(2023, 2, 6)),
    (r"\bbusiness\b|\btrade\b|\benterprise\b|\bindustry\b|\bconsumer\b|\bexports?\b|\binvestment\b",
     "Department for Business and Trade", D(2023, 2, 7), None),
    (r"\benergy\b|\bnet zero\b|\bclimate\b|\bnuclear\b", "Department for Energy Security and Net Zero",
     D(2023, 2, 7), None),
    (r"\btechnology\b|\bscience\b|\binnovation\b|\bdigital\b|\bai\b|\bartificial intelligence\b|\bonline safety\b"
     r"|\btech\b|\bdata\b",
     "Department for Science, Innovation and Technology", D(2023, 2, 7), None),
    (r"\bdigital\b", "Department for Digital, Culture, Media and Sport", D(2017, 7, 3), D(2023, 2, 6)),
    (_CULTURE,
     "Department for Culture, Media and Sport", None, D(2017, 7, 2)),
    (_CULTURE,
     "Department for Digital, Culture, Media and Sport", D(2017, 7, 3), D(2023, 2, 6)),
    (_CULTURE,
     "Department for Culture, Media and Sport", D(2023, 2, 7), None),
    # Communities and local government
    (_COMMUNITIES + r"|\bregions\b",
     "Department for Transport, Local Government and the Regions", D(2001, 6, 8), D(2002, 5, 28)),
    (_COMMUNITIES + r"|\bregions\b",
     "Office of the Deputy Prime Minister", D(2002, 5, 29), D(2006, 5, 4)),
    (_COMMUNITIES,
     "Department for Communities and Local Government", D(2006, 5, 5), D(2018, 1, 7)),
    (_COMMUNITIES,
     "Ministry of Housing, Communities and Local Government", D(2018, 1, 8), D(2021, 9, 18)),
    (_COMMUNITIES,
     "Department for Levelling Up, Housing and Communities", D(2021, 9, 19), D(2024, 7, 7)),
    (_COMMUNITIES,
     "Ministry of Housing, Communities and Local Government", D(2024, 7, 8), None),
    # Foreign affairs, development, defence
    (r"\bforeign\b|\bafrica\b|\beurope\b|\bmiddle east\b|\basia\b|\bamericas\b|\bcommonwealth\b|\bindo-pacific\b",
     "Foreign and Commonwealth Office", None, D(2020, 9, 1)),
    (r"\binternational development\b|\bdevelopment secretary\b",
     "Department for International Development", None, D(2020, 9, 1)),
    (r"\bforeign\b|\bafrica\b|\beurope\b|\bmiddle east\b|\basia\b|\bamericas\b|\bcommonwealth\b|\bindo-pacific\b"
     r"|\binternational development\b|\bdevelopment\b",
     "Foreign, Commonwealth and Development Office", D(2020, 9, 2), None),
    (r"\bdefence\b|\barmed forces\b|\bdefence procurement\b",
     "Ministry of Defence", None, None),
    # the veterans minister sat in the Cabinet Office, over its Office for Veterans' Affairs, from October 2022 to
    # July 2024 ("Veterans Minister Johnny Mercer"); a defence portfolio named first stays defence's ("Minister for
    # Defence People, Veterans and Families")
    (r"\bveterans\b", "Ministry of Defence", None, D(2022, 10, 24)),
    (r"\bveterans\b", "Cabinet Office", D(2022, 10, 25), D(2024, 7, 4)),
    (r"\bveterans\b", "Ministry of Defence", D(2024, 7, 5), None),
    (r"\bexiting the european union\b|\bbrexit\b", "Department for Exiting the European Union",
     D(2016, 7, 14), D(2020, 1, 31)),
    # Territorial offices; before devolution the Scottish and Welsh Offices ran their territory's business
    # themselves ("Scottish Office Industry Minister" in 1998: the Scottish Office, not trade's)
    (r"\bscottish office\b|\bscotland\b|\bscottish secretary\b", "Scottish Office", None, D(1999, 6, 30)),
    (r"\bwelsh office\b|\bwales\b|\bwelsh secretary\b", "Welsh Office", None, D(1999, 6, 30)),
    (r"\bscotland\b|\bscottish secretary\b", "Scotland Office", D(1999, 7, 1), None),
    (r"\bwales\b|\bwelsh secretary\b", "Wales Office", D(1999, 7, 1), None),
    (r"\bnorthern ireland\b", "Northern Ireland Office", None, None),
    (r"\bequalities\b|\bwomen and equalities\b|\bminister (?:of state )?for women(?=$|,| and\b)",
     "Government Equalities Office", None, None),
]

# Benefits and programmes a department runs itself, whose directors are its officials ("Neil Couling, Director
# General of Universal Credit": the Department for Work and Pensions). (programme pattern, department, from, to)
PROGRAMME_DEPARTMENTS = (
    (r"\buniversal credit\b|\bpension credit\b|\bkickstart\b|\baccess to work\b",
     "Department for Work and Pensions", D(2001, 6, 8), None),
)

# Devolved governments: a role that names one ("Welsh Government Minister",
# "Cabinet Secretary for Health in the Scottish Government") belongs to it,
# not to a Whitehall department.
DEVOLVED_GOVERNMENTS = ("Welsh Government", "Scottish Government", "Northern Ireland Executive")
# Offices only a devolved government has, and the places that tell which: "First Minister of Wales",
# "Scotland's First Minister".
DEVOLVED_OFFICES = ("first minister",)
DEVOLVED_PLACES = {
    "wales": "Welsh Government", "welsh": "Welsh Government",
    "scotland": "Scottish Government", "scottish": "Scottish Government",
    "northern ireland": "Northern Ireland Executive",
}
# When each devolved government first took office: before it, a "Scottish Health Minister" was no devolved
# government's.
DEVOLVED_SINCE = {"Scottish Government": D(1999, 7, 1), "Welsh Government": D(1999, 7, 1),
                  "Northern Ireland Executive": D(1999, 12, 2)}
# The territorial offices and the devolved government of their territory. Their ministers are the Secretary of
# State and junior ministers for the territory, with no portfolio of their own: a minister of a portfolio no UK
# department holds, quoted in their releases ("Economy Minister Vaughan Gething", "Finance Secretary Kate Forbes"),
# is the devolved government's.
TERRITORIAL_OFFICES = {
    "scotland office": "Scottish Government",
    "office of the secretary of state for scotland": "Scottish Government",
    "wales office": "Welsh Government",
    "office of the secretary of state for wales": "Welsh Government",
    "northern ireland office": "Northern Ireland Executive",
}
# Portfolios several departments give a junior minister ("Minister for Innovation" at Health in 2020, at Business
# elsewhere): a junior minister holding only these belongs to the department that published the release, when a
# department did. A secretary of state's title ("Technology Secretary") keeps the table's department.
CROSS_CUTTING_PORTFOLIOS = frozenset({"innovation", "technology", "tech", "data", "decarbonisation", "decarbonization"})
# Words of a minister's title around its portfolio ("Minister for the Economy", "Finance Secretary").
PORTFOLIO_TITLE_WORDS = frozenset({"minister", "secretary", "for", "of", "the", "and", "&"})
# Periods of direct rule, when the Northern Ireland Office's own ministers held the Northern Ireland
# departments' portfolios ("Health Minister", "Security Minister" in its releases are its ministers).
DIRECT_RULE = ((D(2000, 2, 11), D(2000, 5, 29)), (D(2002, 10, 15), D(2007, 5, 7)))
# The Northern Ireland Executive's departments, whose releases are its own (the Executive's ministers speak in
# them): names no Whitehall department has, or any name marked as Northern Ireland's.
NI_EXECUTIVE_PUBLISHERS = r"""(?ix)
    \((?:northern\ ireland|ni)\)|\bni\s*$|^(?:the\ )?executive\ office$|^department\ for\ infrastructure$
    |^department\ for\ the\ economy$|^department\ of\ finance$|^department\ of\ justice$|^department\ for\ communities$
    |^department\ of\ agriculture,\ environment\ and\ rural\ affairs$|^daera$
    |^office\ of\ the\ first\ minister\ and\ deputy\ first\ minister$|^ofmdfm$
"""
# Names an Executive department shares with a Whitehall department, from the day Whitehall's was renamed: "the
# Department of Health" publishing in 2024 is Northern Ireland's (the UK's became Health and Social Care on 8 January
# 2018). (name in lower case, without "the": the first day it is only the Executive's)
NI_SHARED_DEPARTMENT_NAMES = {"department of health": D(2018, 1, 8)}
# The Executive's ministers each head a department: in that department's own release a minister whose title names its
# portfolio ("Health Minister" in the Department of Health's, "Minister of Agriculture, Environment and Rural Affairs"
# in DAERA's), or none ("Minister Mallon"), speaks for the department. Words of a minister's title around the
# portfolio are PORTFOLIO_TITLE_WORDS ("Junior Minister" is the Executive Office's, not the publisher's).
# The departments' chief officers, by the word of their title that names the department's subject: the Chief
# Medical Officer is the Department of Health's, the Chief Veterinary Officer the agriculture department's.
NI_CHIEF_OFFICER_SUBJECTS = {
    "medical": "health", "nursing": "health", "dental": "health", "pharmaceutical": "health",
    "veterinary": "agriculture",
}
# Places that tell a devolved nation too, though no First Minister is "of" them: the capitals and the seats.
DEVOLVED_CAPITALS = {
    "edinburgh": "Scottish Government", "holyrood": "Scottish Government",
    "cardiff": "Welsh Government", "senedd": "Welsh Government",
    "belfast": "Northern Ireland Executive", "stormont": "Northern Ireland Executive",
}
# A devolved government's ministers are ministers and cabinet secretaries. "... Secretary" alone ("Health
# Secretary", "Home Secretary") is read as a UK Secretary of State, who is quoted in devolved releases
# too (a four-nations statement); a club's or a union's secretary is no minister at all.
DEVOLVED_MINISTER_TITLES = ("minister", "cabinet secretary", "counsel general", "lord advocate", "gweinidog",
                            "ysgrifennydd cabinet")
# A devolved government's releases shorten its cabinet secretaries' titles ("Justice Secretary Keith Brown");
# such a title is read as the devolved government's when the release is no joint statement with the UK
# government (a four-nations statement quotes the UK's "Health Secretary" too) and its matter is one the
# devolved government holds. The Northern Ireland Executive has ministers, not secretaries.
SHORT_SECRETARY_GOVERNMENTS = ("Scottish Government", "Welsh Government")
# Signs of a joint statement. The UK government merely mentioned (often in the devolved minister's own
# criticism of it), the Prime Minister, a Whitehall department, or a UK holder of the same title named
# ("UK Health Secretary Matt Hancock", which tells the two apart) is no such sign.
UK_GOVERNMENT_MENTIONS = ("four nations", "four uk", "uk-wide", "uk ministers", "secretary of state",
                          "uk government ministers")
# The matters of a devolved cabinet secretary's shortened title: every word of "Rural Affairs", "Net Zero and
# Just Transition" is one of these, and the last is a noun ("Social Secretary" is a club's officer).
DEVOLVED_SECRETARY_NOUNS = frozenset("""
    health care wellbeing sport education skills learning justice veterans finance economy rural affairs islands
    land reform communities housing government environment climate zero transition work equalities children
    people culture constitution transport
    """.split())
DEVOLVED_SECRETARY_QUALIFIERS = frozenset("""
    social lifelong local net just fair young external and & the
    """.split())
# Matters the UK government keeps, anywhere in the title ("International Trade Secretary"); in Wales, also
# justice and policing ("Social Justice" is a devolved matter of its own).
RESERVED_SECRETARIES = ("home", "foreign", "defence", "trade", "business", "pensions", "energy", "levelling",
                        "brexit", "digital", "science", "technology", "development", "international")
RESERVED_IN = {"Welsh Government": ("justice", "policing")}
# Portfolios of junior ministers that the UK government keeps everywhere ("Security Minister", "Immigration
# Minister"): never a devolved government's minister, whatever body's release quotes them.
RESERVED_MINISTERS = ("security", "immigration", "borders", "border", "armed", "veterans", "europe", "exports",
                      "counter-terrorism", "terrorism", "intelligence", "nuclear", "space", "cyber", "financial",
                      "pensions", "treasury", "employment", "telecoms", "broadcasting")
DEVOLVED_MATTERS = ("social justice",)
# A devolved government's own officers: "Cabinet Secretary for Health" (the UK's Cabinet Secretary has no
# "for"), and, in its releases, a chief officer with no UK or England in the title ("Chief Medical Officer").
DEVOLVED_CABINET_SECRETARY = r"\bcabinet secretary (?:for|of)\b"
# (and the national clinical director: "He added:" after "National Clinical Director Professor Jason Leitch said
# compliance had been excellent." in a Scottish Government release)
DEVOLVED_CHIEF_OFFICERS = (r"^(?:the )?(?:deputy )?(?:chief (?:medical|nursing|veterinary|scientific|dental|pharmaceutical)"
                           r" (?:officer|adviser|advisor)|national clinical director)$")
# Parties, whose releases quote their shadow ministers: words of their names.
PARTY_WORDS = (
    "party", "conservative", "conservatives", "labour", "liberal democrat", "liberal democrats", "snp",
    "plaid cymru", "green", "greens", "reform uk", "dup", "democratic unionist", "sinn fein", "sinn féin",
    "sdlp", "alliance", "uup", "ulster unionist", "ukip", "tories", "social democratic and labour",
    "scottish national", "lib dem", "lib dems",
)
# Parties' names as releases write them before a post ("Sinn Féin MLA", "DUP Councillor", "Welsh Labour
# candidate") or as a party's release's publisher: folded -> one key per party, so that two spellings of one party
# ("Sinn Fein", "Sinn Féin") are told to be the same.
PARTY_NAMES = {
    "sinn féin": "sinn féin", "sinn fein": "sinn féin",
    "dup": "dup", "democratic unionist party": "dup", "democratic unionist": "dup",
    "sdlp": "sdlp", "social democratic and labour party": "sdlp",
    "uup": "uup", "ulster unionist party": "uup", "ulster unionist": "uup", "ulster unionists": "uup",
    "alliance party": "alliance", "alliance party of northern ireland": "alliance",
    "tuv": "tuv", "traditional unionist voice": "tuv",
    "plaid cymru": "plaid cymru", "plaid": "plaid cymru",
    "snp": "snp", "scottish national party": "snp",
    "green party": "green", "scottish green party": "green", "scottish greens": "green", "scottish green": "green",
    "wales green party": "green", "green party of england and wales": "green",
    "reform uk": "reform uk", "ukip": "ukip",
    "liberal democrats": "liberal democrats", "liberal democrat": "liberal democrats", "lib dem": "liberal democrats",
    "lib dems": "liberal democrats", "scottish liberal democrat": "liberal democrats",
    "scottish liberal democrats": "liberal democrats", "welsh liberal democrats": "liberal democrats",
    "welsh liberal democrat": "liberal democrats",
    "labour": "labour", "labour party": "labour", "welsh labour": "labour", "scottish labour": "labour",
    "the labour party": "labour",
    "conservative": "conservatives", "conservatives": "conservatives", "conservative party": "conservatives",
    "the conservative party": "conservatives", "scottish conservative": "conservatives",
    "scottish conservatives": "conservatives", "welsh conservative": "conservatives",
    "welsh conservatives": "conservatives", "tory": "conservatives", "tories": "conservatives",
}
# A party's name written out, for the short forms and adjectives releases use ("DUP MLA", "Conservative MP",
# "Lib Dem spokesperson"), as an organisation is written out ("IWF" -> "Internet Watch Foundation"): each party
# of PARTY_NAMES by its key. Parties not listed here ("Sinn Féin", "Reform UK") are kept as written.
PARTY_FULL_NAMES = {
    "conservatives": "Conservative Party", "labour": "Labour Party", "liberal democrats": "Liberal Democrats",
    "snp": "Scottish National Party", "dup": "Democratic Unionist Party", "uup": "Ulster Unionist Party",
    "sdlp": "Social Democratic and Labour Party", "tuv": "Traditional Unionist Voice", "ukip": "UK Independence Party",
    "plaid cymru": "Plaid Cymru", "alliance": "Alliance Party", "green": "Green Party",
}
# A nation's branch by its adjective ("Scottish Conservative MSP"); other spellings that open with a nation's word
# ("Welsh Labour", "Scottish Greens") are the branch's own name, kept as written.
PARTY_BRANCHES = {
    "scottish conservative": "Scottish Conservatives", "welsh conservative": "Welsh Conservatives",
    "scottish liberal democrat": "Scottish Liberal Democrats", "welsh liberal democrat": "Welsh Liberal Democrats",
    "scottish green": "Scottish Greens",
}
# (a spelling longer than the name is the name in full already: "Alliance Party of Northern Ireland")
PARTY_IN_FULL = {
    **{spelling: PARTY_FULL_NAMES[key] for spelling, key in PARTY_NAMES.items()
       if key in PARTY_FULL_NAMES and not spelling.startswith(("scottish ", "welsh ", "wales "))
       and len(spelling) <= len(PARTY_FULL_NAMES[key])},
    **PARTY_BRANCHES,
}
# Posts a party's own representative holds and speaks for the party in (the last word of a role: "Foyle MLA",
# "health spokesperson", "Labour candidate"), and the post-nominals of elected members ("Sinéad Ennis MLA").
PARTY_POSTS = frozenset({
    "mp", "msp", "mla", "ms", "am", "mep", "councillor", "cllr", "cllr.", "peer", "leader", "co-leader", "chair",
    "co-chair", "chairman",
    "chairwoman", "president", "spokesperson", "spokesman", "spokeswoman", "candidate", "whip", "mayor",
    "deputy", "convener", "treasurer",
})
REPRESENTATIVE_POST_NOMINALS = ("MP", "MSP", "MLA", "MS", "AM", "MEP")
# A devolved legislature's members' letters, the government its ministers serve in, and since when the letters
# name that legislature's members only ("AM" is a London Assembly member's too; "MS" the Senedd's from May 2020).
DEVOLVED_MEMBER_LETTERS = {
    "MSP": ("Scottish Government", D(1999, 7, 1)),
    "MLA": ("Northern Ireland Executive", D(1999, 12, 2)),
    "MS": ("Welsh Government", D(2020, 5, 6)),
}
# Offices only the UK government has: in a devolved government's release a minister holding none of them
# is one of its own ("Minister for Public Health" in a Scottish Government release).
UK_ONLY_OFFICES = (
    "uk", "secretary of state", "prime minister", "chancellor", "welsh secretary", "scottish secretary",
    "northern ireland secretary", "wales office", "scotland office", "northern ireland office", "whitehall",
    "treasury", "exchequer", "paymaster",
)

# Government departments and agencies by acronym; used when a release uses
# the short form without spelling it out.
DEPARTMENT_ACRONYMS = {
    "DfT": "Department for Transport",
    "DFT": "Department for Transport",
    "DfE": "Department for Education",
    "DFE": "Department for Education",
    "DWP": "Department for Work and Pensions",
    "DH": "Department of Health",
    "DoH": "Department of Health",
    "DHSC": "Department of Health and Social Care",
    "DCMS": "Department for Culture, Media and Sport",
    "Defra": "Department for Environment, Food and Rural Affairs",
    "DEFRA": "Department for Environment, Food and Rural Affairs",
    "DESNZ": "Department for Energy Security and Net Zero",
    "DSIT": "Department for Science, Innovation and Technology",
    "DBT": "Department for Business and Trade",
    "BIS": "Department for Business, Innovation and Skills",
    "BEIS": "Department for Business, Energy and Industrial Strategy",
    "DECC": "Department of Energy and Climate Change",
    "DCLG": "Department for Communities and Local Government",
    "MHCLG": "Ministry of Housing, Communities and Local Government",
    "DLUHC": "Department for Levelling Up, Housing and Communities",
    "MoJ": "Ministry of Justice",
    "MOJ": "Ministry of Justice",
    "MoD": "Ministry of Defence",
    "MOD": "Ministry of Defence",
    "FCO": "Foreign and Commonwealth Office",
    "FCDO": "Foreign, Commonwealth and Development Office",
    "DFID": "Department for International Development",
    "DIT": "Department for International Trade",
    "DTI": "Department of Trade and Industry",
    "BERR": "Department for Business, Enterprise and Regulatory Reform",
    "DIUS": "Department for Innovation, Universities and Skills",
    "DCSF": "Department for Children, Schools and Families",
    "DfES": "Department for Education and Skills",
    "DFES": "Department for Education and Skills",
    "DfEE": "Department for Education and Employment",
    "ODPM": "Office of the Deputy Prime Minister",
    "DETR": "Department of the Environment, Transport and the Regions",
    "DTLR": "Department for Transport, Local Government and the Regions",
    "MAFF": "Ministry of Agriculture, Fisheries and Food",
    "DCA": "Department for Constitutional Affairs",
    "LCD": "Lord Chancellor's Department",
    "UKBA": "UK Border Agency",
    "NOMS": "National Offender Management Service",
    "HEFCE": "Higher Education Funding Council for England",
    "UKTI": "UK Trade & Investment",
    "HMT": "HM Treasury",
    "NIO": "Northern Ireland Office",
    "HMRC": "HM Revenue and Customs",
    "NCA": "National Crime Agency",
    "NPCC": "National Police Chiefs' Council",
    "ACPO": "Association of Chief Police Officers",
    "CPS": "Crown Prosecution Service",
    "DVLA": "Driver and Vehicle Licensing Agency",
    "DVSA": "Driver and Vehicle Standards Agency",
    "DSA": "Driving Standards Agency",
    "VOSA": "Vehicle and Operator Services Agency",
    "CAA": "Civil Aviation Authority",
    "MCA": "Maritime and Coastguard Agency",
    "ORR": "Office of Rail and Road",
    "HSE": "Health and Safety Executive",
    "ONS": "Office for National Statistics",
    "UKHSA": "UK Health Security Agency",
    "PHE": "Public Health England",
    "EA": "Environment Agency",
    "APHA": "Animal and Plant Health Agency",
    "FSA": "Food Standards Agency",
    "HMPPS": "HM Prison and Probation Service",
    "HMCTS": "HM Courts and Tribunals Service",
    "IPO": "Intellectual Property Office",
    "CMA": "Competition and Markets Authority",
    "Ofsted": "Office for Standards in Education, Children's Services and Skills",
    "Ofgem": "Office of Gas and Electricity Markets",
    "Ofcom": "Office of Communications",
    "Ofwat": "Water Services Regulation Authority",
    "Ofqual": "Office of Qualifications and Examinations Regulation",
}

# Initials that stand for more than one public body, each with the dates it existed (inclusive; None = open) and
# words of its field. Only a body that existed on the release's date is chosen; among those, the one whose field
# the release speaks of, and where it speaks of none or of several, the usual one of the table above (or, where
# that did not exist yet, the one that did): "the FSA" in a 2005 release about pensions is the Financial Services
# Authority, in a 2020 one about "financial support" the Food Standards Agency, in a 1999 one the Financial
# Services Authority whatever its field.
AMBIGUOUS_ACRONYMS = {
    "FSA": (
        ("Food Standards Agency", D(2000, 4, 1), None, ("food", "foods", "hygiene", "allergen", "allergens")),
        ("Financial Services Authority", D(1997, 10, 28), D(2013, 3, 31),
         ("financial services", "pension", "pensions", "mortgage", "mortgages", "insurance", "insurer", "insurers",
          "bank", "banks", "banking", "investor", "investors")),
    ),
}

# Bodies whose areas and divisions are written with the body's initials first ("CPS London", "CPS Specialist Fraud
# Division"): their staff speak for the body, as the Environment Agency's in a region do.
AREA_NAMED_BODIES = frozenset({"CPS"})

# Bodies known by their short names, which GOV.UK uses as their names: the
# short name stands unless the release writes the full name out.
SHORT_NAMED_BODIES = frozenset({"Ofsted", "Ofgem", "Ofcom", "Ofwat", "Ofqual"})

# Everyday names of bodies that are no initials (compared in lower case, without "the").
INFORMAL_BODY_NAMES = {
    "met": "Metropolitan Police Service",
    "met police": "Metropolitan Police Service",
    "scotland yard": "Metropolitan Police Service",
}

# A body's own unit named with the body's possessive ("the Met's Specialist Crime Command", "GMP's Serious
# Crime Division", "Network Rail's Anglia route", "HMRC's Fraud Investigation Service"): the person speaks for the
# body. The unit's last word is one of these.
# Places, nations and the government: their possessive before a unit ("London's Violence Reduction Unit", "the
# UK's Vaccine Taskforce") is part of the unit's name, not a body the unit belongs to.
PLACE_POSSESSORS = frozenset(w.strip() for w in """
    uk|britain|great britain|england|scotland|wales|northern ireland|ireland|europe|eu|world|country|nation|region
    |city|county|capital|government|london|manchester|birmingham|leeds|liverpool|glasgow|edinburgh|cardiff|belfast
    |bristol|sheffield|newcastle|nottingham|leicester|southampton|portsmouth|aberdeen|dundee|swansea|coventry
    |bradford|hull|plymouth|derby|wolverhampton|brighton|oxford|cambridge|york|norwich|exeter|kent|essex|surrey
    |yorkshire|lancashire|cornwall|devon|merseyside|the north|the midlands|the west midlands|greater manchester
    """.split("|"))
UNIT_NOUNS = frozenset("""
    command division unit team directorate squad branch section taskforce department bureau route region service
    """.split())

# A road's number before a title names a scheme, not a body ("David Bray, A14 project director"; "M25", "A1(M)").
ROAD_NUMBER = r"[ABM]\d{1,4}(?:\s?\(M\))?"


# Everyday names of departments, each with an office whose department the
# dated table knows ("A Downing Street spokesperson", "a Foreign Office
# source": the Foreign and Commonwealth Office before September 2020).
INFORMAL_DEPARTMENT_NAMES = {
    "downing street": "prime minister",
    "no10": "prime minister",
    "no 10": "prime minister",
    "no. 10": "prime minister",
    "number 10": "prime minister",
    "number ten": "prime minister",
    "prime minister": "prime minister",
    "treasury": "chancellor of the exchequer",
    "foreign office": "foreign secretary",
}

# A department named by a common noun ("The department said:", "a department
# spokesperson") is the one that published the release.
THE_PUBLISHING_DEPARTMENT = frozenset({"department", "ministry"})

# Departments whose names hold commas ("Department of the Environment, Transport and the Regions"): a line is
# never split into parts at these commas, which are the name's own.
COMMA_DEPARTMENT_NAMES = tuple(sorted(
    {name for _, name, _, _ in ROLE_DEPARTMENTS if "," in name} | {n for n in DEPARTMENT_ACRONYMS.values() if "," in n}))

# The executive departments of the United States government, by the subject of their Secretary's title ("U.S.
# Secretary of the Treasury", "US Defense Secretary"): a joint UK-US release quotes them with the country first,
# and the department is written with the country as the release writes it ("U.S. Department of the Treasury").
US_DEPARTMENTS = {
    "treasury": "Department of the Treasury",
    "state": "Department of State",
    "defense": "Department of Defense",
    "commerce": "Department of Commerce",
    "energy": "Department of Energy",
    "homeland security": "Department of Homeland Security",
    "health and human services": "Department of Health and Human Services",
    "agriculture": "Department of Agriculture",
    "transportation": "Department of Transportation",
    "education": "Department of Education",
    "labor": "Department of Labor",
    "interior": "Department of the Interior",
    "housing and urban development": "Department of Housing and Urban Development",
    "veterans affairs": "Department of Veterans Affairs",
}
# How a release writes the country before such a title, and how the department's name writes it then.
US_NAMES = {"U.S.": "U.S.", "US": "US", "USA": "US", "United States": "United States", "American": "US"}
