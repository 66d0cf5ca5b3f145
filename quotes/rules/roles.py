"""Words that make a phrase a role (job title), and how roles split from organisations."""

# Head words of roles. A role phrase contains at least one of these
# (case-insensitive); the organisation, if any, sits before or after it.
ROLE_WORDS = frozenset(
    """
    minister ministers secretary secretaries director directors director-general chair chairman
    chairwoman chairperson chairs president vice-president manager managers head lead leader
    leaders commissioner commissioners mayor commander member members spokesperson spokesman
    spokeswoman founder co-founder cofounder partner principal governor trustee ambassador envoy
    adviser advisor consultant coordinator co-ordinator administrator registrar inspector auditor
    controller comptroller treasurer solicitor attorney advocate counsel champion tsar czar editor
    dean provost rector chancellor vice-chancellor clerk convenor steward superintendent constable
    analyst engineer scientist economist nurse surgeon physician ombudsman regulator owner
    proprietor volunteer campaigner expert researcher planner specialist representative delegate
    councillor officer officers executive ceo coo cfo cto cio cmo md chief deputy general
    professor lecturer fellow peer whip speaker captain pilot driver examiner instructor
    teacher headteacher headmaster headmistress doctor gp pharmacist paramedic firefighter
    officer sergeant inspector detective warden ranger keeper curator producer presenter
    journalist author writer broadcaster chef farmer fisherman student pupil parent resident
    survivor victim mother father campaigner ambassador patron holder cabinet portfolio
    """.split()
)

# Role words that mark a UK government office holder; such roles are kept
# whole ("Minister for Nature", "Secretary of State for Transport") and their
# organisation comes from the department table.
GOVERNMENT_ROLE_WORDS = frozenset(
    """
    minister secretary chancellor whip paymaster attorney solicitor advocate
    """.split()
)

# "X of Y", "X at Y", "X for Y": Y is an organisation when it carries one of
# these words (or is an acronym, or a name defined in the release).
ORG_KEYWORDS = frozenset(
    """
    council councils foundation association agency authority authorities trust society institute
    institution commission committee office board federation union alliance centre center club
    forum department ministry bureau inquiry review panel taskforce university college school
    academy police constabulary force fire service services network group company companies ltd
    limited plc llp inc holdings corporation consortium coalition partnership partnerships railway
    railways rail trains airline airlines airways airport airports port ports bank fund charity
    hospital hospitals nhs chamber confederation executive command unit programme project campaign
    court tribunal parliament assembly government team organisation organization institute
    laboratory laboratories museum library gallery theatre orchestra church diocese charity
    charities uk plc. co ltd. international worldwide global europe transport trust
    """.split()
)

# Offices whose organisation is not in their title (facts, not guesses).
OFFICE_ORGANISATIONS = {
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
    "chief medical officer": "Department of Health and Social Care",
    "chief scientific adviser": None,
    "cabinet secretary": "Cabinet Office",
    "head of the civil service": "Cabinet Office",
}
