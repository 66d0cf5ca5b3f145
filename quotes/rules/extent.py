"""Signals that tell the speaker's words from the press office's narration.

Used by :mod:`quotes.extent`. Each paragraph after the first one of a quote
gets a score: the sum of the weights of the signals it shows, plus a few
signals of where it stands (how far from the attribution, what follows it).
The quote goes on while the score is above zero.

The weights were set by hand against the development gold (quotes whose
extent was taken from the original GOV.UK blockquote markup); what they
encode is general press-office style:

* first person ("I", "we", "our") is the speaker talking;
* evaluative and rhetorical words ("vital", "delighted", "must") are speech;
* a paragraph opening with "This"/"It"/"These", or with a discourse marker
  ("Ultimately", "Of course"), carries the speaker's thought on, and so does
  one more point of the same argument ("will also ...");
* dates, schedules ("is expected to start in April"), figures, runs of
  proper names and lists of what something includes are the press office
  stating facts;
* the government, the department or the speaker named in the third person
  is narration;
* quotes are short: every paragraph further from the attribution is less
  likely to be quoted; a line right before "Notes to editors" or the end of
  the release is usually the press office's closing line.
"""

# Headings after which nothing is quoted any more.
STOP_HEADINGS = (
    "notes to editors", "notes for editors", "note to editors", "note for editors", "editor's notes",
    "editors' notes", "editors notes", "notes to editor", "background", "ends", "end", "further information",
    "more information", "for more information", "contact", "contacts", "media enquiries", "press enquiries",
    "media contacts", "press office", "about", "case study", "case studies", "key facts", "facts",
    "additional information", "further details", "related links", "useful links", "links",
)

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"

# A person named ("Peter Clarke", "Dr Hopkins"), and the last words of a body's name, which a person's never is
# ("Public Health England", "the Office for National Statistics").
_PERSON_NAMED = (r"(?:(?:Dr|Professor|Prof|Sir|Dame|Lord|Lady|Baroness|Mr|Mrs|Ms|Miss) \p{Lu}[\p{L}'’-]+"
                 r"(?: \p{Lu}[\p{L}'’-]+){0,2}|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})")
_BODY_END = (r"\b(?:England|Scotland|Wales|Ireland|Agency|Authority|Office|Service|Statistics|Council|Commission"
             r"|Trust|Department|Government|NHS|Police|Institute|Foundation|Society|Association|Board|Bank"
             r"|University|College|Group|Ltd|plc|Network|Rail|Executive|Partnership|Forum|Union|Federation)")

# A word of a name opening a paragraph as its subject, and the capitalised words that open a sentence without
# naming anyone ("Every", "Many", "Today").
_SUBJECT_WORD = r"\p{Lu}[\p{L}’'&.-]*"
_NOT_SUBJECT_NAMES = ("This", "It", "These", "That", "Those", "We", "Our", "I", "My", "They", "There", "Here", "He",
                      "She", "Today", "Now", "But", "And", "So", "As", "If", "When", "While", "With", "By", "For", "In",
                      "On", "At", "Every", "All", "Some", "Many", "Most", "No", "Not", "Nobody", "Everyone", "Only",
                      "Together", "Yet")

# A tag closing a paragraph that credits its last sentence to someone in the third person (", the motoring group
# said.", and after words in marks read removed, "... one woman in Beira said.", "“...,” Jane Doe said."): a comma
# before it, a stop with the tag in lower case, or nothing; not "I" or "we", nor a clause ("..., as the Minister said.", "That is what the
# inspectorate said.").
_CREDIT_TAG = (
    r"(?:,\s+|[.!?]\s+(?=\p{Ll})|^\s+)(?!(?i:I|We|You|As|And|But|So|Which|What|Who|That|This|It|There|Here|Nobody"
    r"|No one|Everyone|Anyone)\b)[\p{L}0-9’'&-]+(?: [\p{L}0-9’'&()-]+){0,5}? (?:said|says|added|adds|explained|warned"
    r"|told [\p{L}-]+(?: [\p{L}-]+)?)[.!]?\s*$"
)

# A count opening a paragraph as its subject ("A total of more than 20 ships, 35 aircraft and eight ground units took
# part in the exercise.", "Around 1,300 prisoners were in employment ...", "In total, 24 projects have won funding"):
# the press office stating figures; a speaker seldom opens on a bare number.
_COUNT_OPENING = (r"^(?:A total of|In total,?|Altogether,?|Around|About|Approximately|Roughly|Some|Almost|Nearly|Over"
                  r"|More than|Fewer than|Less than|Up to|At least|Just over|Just under|Well over)"
                  r"(?: (?:more than|over|almost|nearly|around|about|some|just over|just under|up to|at least))? £?[0-9]")

# A minister or leader told of by title alone ("PM", "Prime Minister", "Foreign Secretary", "Minister for Schools",
# "Secretary of State for Wales"), after "the": in the third person after a fronted clause ("During the visit, the PM
# also held ..."; not opening the sentence, "The Prime Minister also held talks with business, but ...", which a
# speaker says too).
OFFICE_TITLE = (r"(?:PM|Prime Minister|Chancellor|(?:\p{Lu}\p{Ll}+ ){0,3}?(?:Minister|Secretary)"
                r"(?: (?:of State )?(?:of|for) \p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,3})?)")
_REPORTED_TITLE = rf"the {OFFICE_TITLE}"

# name -> regular expression; each is searched in the paragraph's text with
# quoted passages removed.
SIGNALS = {
    # the speaker talking
    "first_person": r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Ww]e're"
                    r"|[Ww]e’re|[Ww]e've|[Ww]e’ve|[Ww]e'd|[Ww]e’d|[Ww]e'll|[Ww]e’ll|us|[Oo]ur|[Oo]urs|[Oo]urselves"
                    r"|[Ll]et's|[Ll]et’s)\b",
    # the first person plural ("We support the call made by ...", "our partners", "with us"; not "US", the
    # country): no weight of its own, it explains "many_names" away (see CANCELS)
    "first_person_plural": r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|[Oo]urselves|us)\b",
    # ("The effects of this are being felt most by ...": a noun referring back to what was just said)
    "continues_thought": r"^(?:This|It|These|That|Those|Such)\b|^The (?:\w+ ){1,2}of (?:this|these|that|those)\b"
                         r"(?! (?:year|month|week|summer|autumn|winter|spring|decade|century|period|time)\b)",
    # (not "By 2018, ...": a date, the press office's)
    "subordinate_opening": r"^(?:By(?! (?:19|20)\d\d\b)|With|Without|Whether|If|As|Whilst|While|Although|So)\b",
    # "And it gives councils the tools they need ...", "But we know there is more to do": a coordinating conjunction
    # carries on the sentence before it, which the press office never begins a paragraph with
    "conjunction_opening": r"^(?:And|But|Yet|Nor|Or)\b",
    # an opening of argument or exhortation ("Nobody should ...", "Too often, ...", "Now the hard work begins",
    # "Make no mistake", "Why should ...?"): the speaker's rhetoric, not the press office's report
    "rhetorical_opening": r"^(?:Now(?! that)|Nobody|No one|Everyone|Every (?:\w+ ){1,2}(?:should|must|deserves?|needs?)"
                          r"|Too (?:many|often|much|few)|Make no mistake|Enough is enough|Let us|Let's|Let’s"
                          r"|Why (?:should|would|do|does|is|are|can)|What (?:is|'s|’s) (?:not|more|clear)|Is it (?:right|fair))\b",
    # a discourse marker opening the paragraph: the speaker building an argument
    "discourse_marker": r"^(?:In the meantime|Ultimately|Above all|Of course|After all|Equally|Indeed|Crucially"
                        r"|Importantly|Frankly|Put simply|In short|Quite simply)\b",
    # a later sentence pointing back at the one before it ("The agreement links pay to modernisation. That is the
    # only basis on which ...", "... That is why we are reforming ..."): the speaker's argument going on
    "links_back": r"[.!?] (?:That is|That’s|That's|This is why|That is why|Which is why)\b",
    # "will also ...", "also means ...": one more point in the same argument
    "adds_a_point": r"\b(?:will|would|can|could|should|must) also\b|\balso (?:represents?|makes?|means?|needs?"
                    r"|helps?|gives?|provides?)\b",
    # the press office stating facts
    "opens_with_the": r"^The\b",
    "promises_benefit": r"\bwill (?:also |now |further |really |soon )?(?:help|bring|give|provide|make|mean|deliver"
                        r"|boost|improve|transform|ensure|allow|enable|free|create|reduce|cut|save|benefit|support"
                        r"|encourage|offer|play|build|unlock|revolutionise)\b",
    "date": rf"\b[0-9]{{1,2}}(?:st|nd|rd|th)? {_MONTH}\b|\b{_MONTH} (?:19|20)[0-9][0-9]\b"
            r"|\b(?:[Ii]n|[Ff]rom|[Uu]ntil|[Bb]y|[Ss]ince|[Dd]uring) (?:19|20)[0-9][0-9]\b"  # "In 2008, ..." too
            r"|\b(?:on|from|until|by|next|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    "passive": r"\b(?:is|are|was|were|be|been|being) (?:\w+ly )?(?:\w+ed|made|given|taken|held|run|built|sold|paid"
               r"|set|put|led|seen|known)\b",
    # a colon inside the paragraph ("Key elements of the proposal included: preservation of ..."); not one that
    # goes on with what the sentence's subject does ("Britain will continue to stand with Lebanon: supporting the
    # Lebanese Armed Forces, helping to educate refugee children and pushing for ..."): the speaker's own sentence
    "inline_colon": r":\s+(?!\p{Ll}+ing\b)\S",
    "schedule": rf"\b(?:is expected to|are expected to|will (?:begin|start|run|open|close|take place|be published"
                rf"|come into force|be available)|from {_MONTH}|by (?:19|20)\d\d|in {_MONTH}|until|closes on"
                rf"|deadline"
                # what starts or opens when ("A new public information campaign ... launches this week.", "...
                # their allocations in the coming weeks")
                rf"|(?:launch(?:es)?|opens?|starts?|begins?|runs?|closes?|goes live) (?:this|next|later this)"
                rf" (?:week|month|year|spring|summer|autumn|winter)|in the coming (?:days|weeks|months))\b",
    # (and a count a sentence opens with: "About 1,200 people in England have SMA.", "Around 1,300 prisoners were ...")
    "figures": r"£\s?[0-9]|\bper cent\b|%|" + _COUNT_OPENING +
               # and a count something has drawn ("A petition opposing the change has attracted more than 400,000
               # signatures.")
               r"|\b(?:has|have|had) (?:now |already )?(?:attracted|received|gathered|collected|drawn|reached)"
               r" (?:more than |over |almost |nearly |around |about |some |well over |just over )?[0-9]",
    "number": r"[0-9]",
    # (as a sign of its own too: see WEIGHTS)
    "count_opening": _COUNT_OPENING,
    # a figure set against an earlier or another one ("... a funding level of 113% in 2022, compared to 104% in
    # 2010", "... worth £834 billion, up from £815 billion", "an increase of 230%"): the press office's statistics
    # (a figure, not a name with a digit in it: "the rise of 5G")
    "figures_compared": r"\b(?:compared (?:to|with)|up from|down from|(?:increase|rise|fall|drop|decrease)"
                        r" (?:of|from)) (?:the |a |just |around |about |over |some |almost |nearly )?[£$€]?[0-9]"
                        r"[0-9,.]*(?:m|bn|k)?(?!\p{L})",
    # what the money or the thing announced is for, in the passive ("The money will be used to help get patients
    # home quicker", "It could also be used to support new trails"): the press office describing a scheme; a
    # speaker puts it in the first person ("We are adding £2m, which will be used to ...")
    "states_use": r"\b(?:will|would|can|could|may|might|is to|are to)(?: also| now| only| then)? be used (?:to|for)\b",
    "government_third_person": r"\b[Tt]he (?:[Gg]overnment|[Dd]epartment|Home Office|Prime Minister|Chancellor"
                               r"|(?:[A-Z][a-z]+ ){0,3}(?:Secretary|Minister)(?: of State)?)\b"
                               r"|(?:^|[.!?] )Ministers (?:are|were|have|had|will|would|also|today|recently)\b",
    # the government or its ministers reported in the third person doing something
    "government_reported": (
        r"\b(?:[Tt]he (?:[Gg]overnment|[Dd]epartment|Home Office|Prime Minister|Chancellor"
        r"|(?:[A-Z][a-z]+ ){0,3}(?:Secretary|Minister)(?: of State)?)|(?:^|(?<=[.!?] ))Ministers)(?:'s|’s)? (?:has |have "
        r"|had |will |also |today |recently |yesterday |is |are |was |were )*(?:(?<=(?:is|are|was|were) (?:also |now |still )?)considering|announced"
        r"|published|confirmed|launched|unveiled|set out|revealed|said"
        r"|welcomed|visited|met|agreed|appointed|approved|awarded|(?<!\bis )(?<!\bare )committed|pledged|outlined|introduced"
        r"|toured|praised|thanked|(?<=also )had the (?:chance|opportunity)|took the opportunity)\b"
    ),
    # "He also met ...", "She also visited ...", "He added that ...", "Speaking at the event, he praised ...",
    # "Both ministers agreed ...": the press office reporting what someone did (an opening clause may come
    # first, unless the speaker is in it: "When I met them, she thanked me ..." is speech)
    "third_person_report": (
        r"^(?:(?:(?:Speaking|Talking|Addressing|Commenting|Responding|During|On|At|After|Before|While|Whilst|Later"
        r"|Afterwards|Earlier|Following|Later)\b(?![^,]*\b(?:I|we|We|my|our|us|me)\b)[^,.;:!?“”\"]{0,80}, "
        rf"(?:he|she|{_REPORTED_TITLE})(?: also| later| then| additionally)?"
        r"|(?:He|She)(?: also| later| then| additionally))"
        r" (?:met|visited|toured|praised|thanked|added|said|explained|continued|warned|noted|announced|welcomed"
        r"|highlighted|opened|unveiled|stressed|emphasised|paid tribute|took part|went on to"
        r"|held (?:talks|meetings|a meeting|discussions)|updated (?:Parliament|the House|MPs)"
        r"|had the (?:chance|opportunity)|took the opportunity|was shown|was given a tour)"
        r"|(?:He|She) (?:added|said|explained|continued|warned|noted|announced|stressed|emphasised|went on to"
        r"|was shown|was given a tour|took the opportunity|had the (?:chance|opportunity))"
        r"|(?:On|During|After|As part of) (?:his|her) (?:visit|trip|tour)"
        r"|(?:Both|The two|The) (?:[Mm]inisters|leaders)(?: also)? (?:agreed|discussed|met|signed|welcomed|reaffirmed"
        r"|spoke|underlined|emphasised|noted|looked forward|visited|toured))\b"
    ),
    # the press office's appeal for witnesses or information ("Anyone with information should call 101")
    "appeal": (
        r"\b(?:[Aa]nyone (?:with|who (?:has|had|saw|witnessed|knows|suspects|is concerned|is worried|thinks|believes)\b)|[Cc]rimestoppers|call(?:ing)? (?:police on )?101\b"
        r"|(?:is|are) (?:asked|urged|encouraged|requested) to (?:call|contact|get in touch|come forward)"
        r"|quot(?:e|ing) (?:the )?(?:reference|crime|CAD|incident)|[Ww]itnesses (?:are|should|can))"
    ),
    # where to find more, as the paragraph's own point: the press office pointing readers elsewhere ("More
    # details can be found on GOV.UK", "For more information, visit ..."); not a speaker's aside ("families can
    # find out more on the website")
    "signpost": (
        r"(?:^|[.!?]\s+)(?:For (?:more|further) (?:information|details)|Find out more"
        r"|(?:More|Further|Full) (?:information|details)|Visit\b|Details (?:are|can|of the))|www\.|https?://|GOV\.UK|gov\.uk"
        r"|\bcan be (?:found|read|viewed|downloaded|accessed) (?:at|on|here|via|online)"
        r"|\b(?:is|are) (?:available|published) (?:at|on|online|via|from (?!today|now|tomorrow|this|next|\d))\b"
        r"|^(?:\p{Lu}\p{Ll}+|Anyone|People|Businesses|Employers|Families|Applicants|Organisations) can apply"
        r" (?:online|for|from|now|at|via|through|by)\b"
        # "visit the Environment Agency website", "call Floodline on 0345 988 1188", "contact the helpline"
        r"|\b[Vv]isit the (?:[\w’'-]+ ){1,6}?website\b"
        # "..., available here.": a link the page gave
        r"|\bavailable here\b"
        r"|\b(?:call|ring|phone|contact)\b[^.!?]{0,60}?\b(?:[Hh]elpline|[Hh]otline|Floodline)\b"
        r"|\b(?:call|ring|phone|contact|on) (?:\w+ ){0,3}?0[0-9]{2,4} ?[0-9]{3} ?[0-9]{3,4}\b"
    ),
    # a body's figures or findings reported ("According to the Office for National Statistics, ..."): the press
    # office's way of putting them; a speaker may say it too, so a sign rather than proof
    "according_to": r"^According to (?:the )?\p{Lu}",
    # a court's or the police's outcome, reported ("Jones was jailed for life", "He was charged with ...")
    "case_outcome": (
        r"\b(?:was|were) (?:jailed|sentenced|remanded|convicted|charged|found guilty|acquitted|arrested|bailed"
        r"|fined|disqualified|ordered to pay)\b|\bpleaded (?:guilty|not guilty)\b"
        r"|\b(?:appeared|will appear|is due to appear|are due to appear) (?:at|before)\b"
    ),
    # another person named and reported as saying something ("Peter Clarke, HM Chief Inspector of Prisons,
    # said the plan was ...", "According to Dr Hopkins, ...", "Care and Support Minister Jane Doe also welcomed
    # ..."): the press office's report, not the speaker's words
    "reports_another": (
        rf"^According to (?!the\b)(?>{_PERSON_NAMED})(?<!{_BODY_END}),|^(?!(?:The|This|These|That|Those|It|Its|Our|We|A|An|In|On|At|As|By|For|With)\b)"
        rf"(?:\p{{Lu}}\p{{Ll}}+ (?:and |for |of )?){{0,4}}?{_PERSON_NAMED}(?<!{_BODY_END})(?:, [^,.;:“”\"]{{3,120}},)?"
        r" (?:(?:has|had|also) ){0,2}(?:said|says|added that|welcomed"
        r"|welcomes|told|explained|warned|praised|stressed|noted|argued|insisted)\b"
    ),
    # anyone else reported as saying or welcoming something, a body, a group or an unnamed person as much as a
    # named one ("The British Medical Association said the plan was welcome ...", "Campaigners said the changes
    # could ...", "Residents described the flooding as ‘the worst in living memory’", "Campaigners have long
    # described the throwaway culture as ...", "One head teacher in Leeds said the team had ...", "SSAFA, the
    # Armed Forces charity, also welcomed the announcement", "Families who have arrived have spoken of the warm welcome ...", "... hosted by
    # Dame Kelly Holmes, who said it had been ...", "described by one local resident as ..."): the press office's
    # report. Not "I", "we", "he" or "she" (their own signals), nor "Nobody said it would be easy". Also what
    # someone told others ("Local residents told aid workers that the water rose within minutes"; not "Victims
    # told me that ..."), and a sentence ending in a tag that credits it to a third party ("Research by the AA
    # found that a third of drivers had not heard of the changes, the motoring group said.", "“We lost
    # everything,” one woman in Beira said.": the words in marks are read removed, leaving the tag).
    "reported_speech": (
        r"^(?:(?:However|Meanwhile|Separately|Elsewhere|Similarly|Likewise|In response|By contrast"
        # a lead-in of when or where, with no first person in it ("In its 2024 report, the Council for Science and
        # Technology said the UK risked ...", "In sentencing one offender last year, Judge Sarah Munro said the
        # defendant had ...")
        r"|(?:In|At|During|After|Before|Following|Earlier|Later|Last) (?![^,.;:!?“”\"]*\b(?:I|we|my|our|us|me)\b)"
        r"[^,.;:!?“”\"]{2,80}), )?"
        r"(?!(?i:I|We|It|This|That|These|Those|They|He|She|As|If|When|Whether|While|Whilst|Like|What|Where|Why|How"
        r"|Although|But|And|So|Nobody|No one|Everyone|Everybody|Someone|Somebody|Anyone|Our|My|Let|Let's|Let’s)\b)"
        # (a name may end in its mark: "Consumer group Which? said households should ...")
        r"(?:[\p{L}0-9’'&-]+ ){0,9}?[\p{L}0-9’'&-]+[?!]?(?: \(\p{Lu}[\p{L}&]{1,9}\))?(?:(?:, [^,.;:!?“”\"]{2,120}){1,2},)?"
        r"(?<!\b(?:I|[Ww]e|[Yy]ou))"  # (not the speaker after an opening of time: "Last year we said ...")
        r" (?:(?:has|have|had|also|later|previously|recently|earlier|both|all|themselves|long) ){0,3}"
        r"(?:said|says|told(?: (?!(?:me|us)\b)\p{Ll}[\p{L}-]*(?: \p{Ll}[\p{L}-]*){0,2}(?= that\b))?|warned|argued"
        r"|claimed|insisted|stated|heard|welcomed|spoken of|spoke of|described|branded)"
        r"(?= (?:that|of|about|the|it|its|they|their|there|this|these|he|his|she|her|a|an|in|on|at|to)\b"
        # or a clause's own subject and verb ("A report by Audit Scotland said costs had risen ...")
        r"| \p{Ll}+ (?:had|has|have|was|were|is|are|would|could|should|will|must|might|may)\b)"
        r"|, who (?:(?:has|had|also|later) ){0,2}(?:said|says|told|described|warned)\b"
        r"|\bdescribed by [^,.;:!?]{2,60}? as\b"
        rf"|{_CREDIT_TAG}"
    ),
    # a person brought in by name and age ("William Shakespeare, 81, from Warwickshire, was the second person to
    # receive the vaccine", "Jones, 34, of Croydon, ..."): the press office's case study or report, never the
    # speaker's words
    "person_introduced": (
        r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady) )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3},"
        r" (?:aged )?[0-9]{1,3}, (?:from|of|who|whose|a|an|the|was|is|has|had"
        # or a verb of what they did ("Kelsey, 19, left school without any qualifications ...")
        r"|\p{Ll}+ed|left|went|began|became|got|found|took|made|came|spent|lost|won|knew|felt|saw|heard|met)\b"
    ),
    # a demand made of the government ("The government must use the forthcoming green paper to ...", "The
    # government must now bring forward the legislation", "We urge the government to ...", "Until the government
    # addresses fair pay, nurses will continue to leave ..."): a charity's, a union's or an opponent's words, never
    # the press office's, which reports what the government does
    "demands_of_government": (
        r"\b[Tt]he (?:[Gg]overnment|Treasury)(?:’s|'s)? (?:(?:now|also|still|urgently|therefore|then|simply|really) )?"
        r"(?:must|should|needs? to|has to|ought to|cannot|can't|can’t)\b"
        r"|\b(?:urge|urges|urging|call on|calls on|calling on|challenge|challenges) the [Gg]overnment to\b"
        r"|\b(?:[Uu]ntil|[Uu]nless) the (?:[Gg]overnment|Treasury)\b(?!’s|'s)"
    ),
    # the speaker asking the public ("So please, continue to follow the advice.", "Please stay at home."); not the
    # press office's "please call ...", "For further information please visit ...", "Please remember to renew"
    "exhortation": (
        r"\b[Pp]lease\b(?!,? (?:call|contact|visit|see|e-?mail|ring|phone|note|forward|refer|click|go to|quote|send"
        r"|write|read|bear|remember|apply|register|find|check|follow (?:us|the link)|sign up)\b)"
    ),
    # "He met ...", "She opened ...": someone's doings in the third person, which a tribute tells too ("She met
    # every challenge with courage"): a sign of narration, not proof of it
    "third_person_doing": r"^(?:He|She) (?:met|visited|toured|praised|thanked|welcomed|highlighted|opened|unveiled"
                          r"|paid tribute|took part)\b",
    # a body described in the third person by its size or its beginnings ("Co-operatives UK represents more
    # than 6,000 businesses", "The charity employs 300 staff", "The Trust was founded in 1895"): the press
    # office's line about the body, whose own speaker says "we" ("This represents 20 per cent ..." is speech), and
    # what it runs, by the name it is known by ("Great Western Railway (GWR) operates more than 1,600 services a day")
    "body_described": (
        r"^(?:(?:[Tt]he |[Aa]n? )?\p{Lu}[\p{L}&'’-]*(?: (?:of |for |and |the )?\p{Lu}[\p{L}&'’-]*){0,6}"
        r"(?: \(\p{Lu}[\p{L}&]{1,9}\))?"
        r"|[Tt]he (?:[\w-]+ ){0,2}?(?:charity|organisation|association|body|agency|company|firm|trust|federation"
        r"|network|society|union|partnership|group|operator))(?<!^(?:This|That|It|These|Those|Such|We|Our|I))"
        r" (?:now |currently |already |also )?(?:(?:represents|employs|supports|serves|works with|brings together"
        r"|operates|runs|manages|maintains|carries)"
        r" (?:more than |over |around |almost |nearly |some |about |up to |at least )?[0-9][0-9,.]*\b|has"
        r" (?:more than |over |around |almost |nearly |some |about |up to |at least )?[0-9][0-9,.]* (?:members|staff"
        r"|employees|volunteers|branches|offices|sites|stores)\b)"
        r"|^(?:(?:[Tt]he |[Aa]n? )?\p{Lu}[\p{L}&'’-]*(?: (?:of |for |and |the )?\p{Lu}[\p{L}&'’-]*){0,6})"
        r"(?<!^(?:This|That|It|These|Those|Such|We|Our|I)) (?:was|were) (?:set up|founded|established|formed"
        r"|created) in (?:1[89]|20)[0-9][0-9]\b"
    ),
    # a rule laid on others ("Councils must consult local businesses ...", "Applicants should contact the
    # helpline"): "must" and "should" here state a procedure, not the speaker's exhortation
    "duty_of_others": (
        r"^(?:\p{Lu}\p{Ll}+s|\p{Lu}\p{Ll}+ \p{Ll}+s)(?: (?:with|who|that|of|in|on|wishing|seeking|applying)\b"
        r"[^,.;:!?]{0,80}?)? (?:must|should|will be required to|are required to|will have to|will need to)"
        r"(?: also| now| first| still)? (?:consult|contact|apply|register|publish|submit|report|notify|record|provide"
        r"|declare|seek|obtain|complete|pay|follow|check|call|inform|display|carry|send|give)\b"
    ),
    # what others may or must do under the scheme, stated as procedure ("Councils that take up the offer will be
    # eligible for ...", "Governors will be able to opt out ...", "Members of the public can nominate ...", "Local
    # authorities will receive their allocations in the coming weeks")
    "procedure_for_others": (
        r"^(?!(?:This|That|It|These|Those|We|Our|I|They)\b)\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3}?s\b"
        r"(?: (?:that|who|which|with|of|in|on|bidding|applying|taking)\b[^,.;:!?]{0,80}?)?"
        r" (?:will|can|could|may|had to|have to|must|are|were)(?: also| now| then| first)?"
        r" (?:be (?:able to|required to|eligible|given|expected to|asked to|allowed to|entitled to|invited to)"
        r"|apply|nominate|register|bid|opt out|report|show|demonstrate|submit|receive)\b"
        # what the public can do to use a service ("Employers can also refer staff through a dedicated portal",
        # "Parents can check their child’s vaccination status in their red book")
        r"|^(?!(?:This|That|It|These|Those|We|Our|I|They)\b)\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,3}?s\b"
        r"(?: (?:that|who|which|with|of|in|on|aged|over|under)\b[^,.;:!?]{0,80}?)? can(?: also| now| still)?"
        r" (?:refer|check|book|contact|access|claim|request|order|download|sign up|visit|call|view|search"
        r"|find out)\b"
    ),
    # "Q: Will there be a vote?": a block of questions and answers, the press office's format
    "question_line": r"^(?:Q|Q[0-9]{1,2}|Question(?: [0-9]{1,2})?)\s?[:.]\s",
    # "This follows ...", "It comes as ...": the press office linking the news to what came before it
    "narration_link": r"^(?:This|It|The news|(?:The|This|Today’s|Today's) (?:new |latest |additional |extra )?"
                      r"(?:announcement|funding|money|investment|grant|award|package|scheme|programme|move|plans?"
                      r"|consultation|strategy|decision|deal|agreement|review|report|campaign|initiative|pilot))"
                      r" (?:follows|comes (?:as|after|ahead|just|on the back)|builds on|is the latest"
                      r"|(?:brings|takes|raises) the (?:overall )?(?:total|number))\b",
    # a named third party as the paragraph's subject ("Lloyds Banking Group will provide ...", "The Republic of
    # Korea has agreed to ...", "Tech City UK figures show ...", "The Act also contains ...", "Italy, which holds
    # the G7 presidency next year, will ..."): the press office stating facts about someone else; the speaker's
    # own words about them show speech too (see CANCELS), and the speaker's own organisation is no third party
    # (see extent.py)
    "named_subject": (
        rf"^(?!(?:{'|'.join(_NOT_SUBJECT_NAMES)})\b)(?:(?:The {_SUBJECT_WORD}(?: (?:(?:of|for|and|&|the|de|von|der) )*"
        rf"{_SUBJECT_WORD})*|{_SUBJECT_WORD}(?: (?:(?:of|for|and|&|the|de|von|der) )*{_SUBJECT_WORD})+|\p{{Lu}}{{2,}})"
        rf" \p{{Ll}}|(?:The )?{_SUBJECT_WORD}(?: (?:(?:of|for|and|&|the|de|von|der) )*{_SUBJECT_WORD})*, (?:which|who) )"
    ),
    "narration_opening": (
        rf"^(?:Today's|Today’s|The announcement|This announcement|The news|This follows|It follows|This comes|"
        r"It comes|The move|The consultation|The report|The review|The research|The figures|The statistics|"
        r"The data|The government|The Government|The Department|The department|The Minister|The minister|"
        r"The Secretary|The Prime Minister|The Chancellor|Under the|As part of the|In addition|Additionally|"
        r"Separately|Meanwhile|Elsewhere|Further information|More information|For more|Full details|"
        r"Details of|Find out|Visit|Read|See|A copy|Copies|Contact|Press enquiries|Media enquiries|Notes|"
        rf"Since|In (?:19|20)\d\d|In {_MONTH}|On {_MONTH}|At the same time|On \d{{1,2}} |From \d{{1,2}} |Last year|"
        r"Earlier this|Later this|Next year|"
        r"Figures|Statistics|According to|Currently|Launching|Speaking|Commenting|Responding|Announcing|"
        r"Alongside|Following)\b"
    ),
}

# The UK named as a paragraph's subject ("The UK will continue to ...", "Britain's roads are among the safest in the
# world"): for a speaker of the UK government, their own side, not a named third party (see extent.py).
OWN_COUNTRY = r"^(?:The )?(?:UK|United Kingdom|Great Britain|Britain)(?:['’]s)? \p{Ll}"
# What follows the publisher, the speaker's organisation or the government named as a paragraph's subject when the
# press office reports what it did that day ("The Foreign, Commonwealth & Development Office today summoned the
# Russian Embassy ...", "The Department has today published ..."): narration even in a spokesperson's statement,
# which speaks of its body in the third person ("The Department remains committed ..."), but not of its doings today.
OWN_BODY_ACTS_TODAY = (r"(?: \(\p{Lu}[\p{L}&]{1,9}\))?(?:, [^,.;:!?“”\"]{1,80},)? (?:has |have |had )?"
                       r"(?:today|yesterday|earlier today|this (?:morning|afternoon|evening)|last night) \p{Ll}")
# The government as a paragraph's subject ("The Government remains committed to ..."): in its unnamed
# spokesperson's statement, the speaker's own side (a minister's quote is followed by the press office's "The
# Government has also published ...", so there it stays a sign of narration).
OWN_GOVERNMENT = r"^The (?:UK |British |)[Gg]overnment(?:['’]s)? \p{Ll}"

# A name written in Title Case: a document, programme or body ("the joint statement, Transforming Our Justice
# System, is published", "The Strategy for our Veterans will be followed by ...", "the Better Care Fund"). Its
# words are the name's: "Our" there is no speaker's first person, "Transforming" and "Better" no evaluation.
# Two or more capitalised words joined by small words, or a document's noun followed by "for our" and a
# capitalised word. (A run that opens a sentence keeps its first word: see extent.py.)
_TITLE_WORD = r"\p{Lu}\p{L}[\p{L}’'-]*"
DOCUMENT_NOUNS = ("Strategy", "Plan", "Programme", "Fund", "Charter", "Covenant", "Framework", "Vision", "Agenda",
                  "Review", "Compact", "Pledge", "Deal", "Bill", "Act", "Campaign", "Partnership", "Promise", "Prize",
                  "Awards", "Week", "Day", "Challenge", "Scheme", "Initiative", "Manifesto", "Mission")
TITLE_CASE_NAME = (rf"\b{_TITLE_WORD}(?:(?:\s(?:of|for|and|the|to|&))*\s{_TITLE_WORD}"
                   rf"|(?<=\b(?:{'|'.join(DOCUMENT_NOUNS)}))\s(?:for|to) our\s{_TITLE_WORD})+")

# Text a signal cannot match without: at least one of these strings must be
# in the (lower-cased) paragraph before its pattern is tried. A speed-up only;
# a test checks that it never changes a signal.
# The speaker alone: the press office may write "we" (an agency about itself), never "I".
FIRST_PERSON_SINGULAR = r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b"

_GOVERNMENT_WORDS = ("government", "department", "office", "minister", "chancellor", "secretary")
SIGNAL_NEEDS = {
    "date": (*"0123456789", "day"),
    "figures": ("£", "%", "per cent", "around ", "about ", "approximately ", "roughly ", "some ", "almost ", "nearly ",
                "over ", "more than ", "fewer than ", "less than ", "up to ", "at least ", "just ", "well over ",
                "attracted", "received", "gathered", "collected", "drawn", "reached"),
    "adds_a_point": ("also",),
    "count_opening": tuple("0123456789"),
    "figures_compared": ("compared", "up from", "down from", "increase", "rise", "fall", "drop", "decrease"),
    "states_use": ("be used",),
    "promises_benefit": ("will",),
    "government_third_person": _GOVERNMENT_WORDS,
    "government_reported": _GOVERNMENT_WORDS,
    "demands_of_government": ("government", "treasury"),
    "exhortation": ("please",),
    # rare signals, each of which names one of a few words
    "appeal": ("anyone", "crimestoppers", "101", "ed to ", "quot", "witnesses"),
    "case_outcome": ("was ", "were ", "pleaded", "appear"),
    "signpost": ("can ", "available", "published", "find out", "information", "details", "www.", "gov.uk", "visit",
                 "http", "line", "0"),
    "third_person_doing": ("he ",),
    "duty_of_others": ("must", "should", "required", "have to", "need to"),
    "reported_speech": ("said", "says", "told", "warned", "argued", "claimed", "insisted", "stated", "heard",
                        "welcomed", "spoke", "described", "branded", "added", "adds", "explained"),
}

# The characters a signal's match can start with (a speed-up only; the same
# test checks it never changes a signal).
SIGNAL_STARTS = {
    "date": "0-9JFMASONDBIUbdfilnosu",  # digits, months, and in/from/until/by/since/during/on/next/last
}

# Signals made of single words, matched against the paragraph's lower-cased
# words (faster and clearer than long alternations), with the few phrases
# each needs.
WORD_SIGNALS = {
    "evaluative": frozenset("""
        great fantastic delighted pleased vital crucial significant welcome excellent exciting essential
        fundamental huge really proud glad happy confident hope hopeful determined committed opportunity
        difference marvellous brilliant wonderful superb shocking unacceptable disgraceful appalling
        transform transforms transformed transforming transformation transformational transformative
        success successes successful successfully achieve achieves achieved achieving achievement achievements
        ambitious paramount rigorous endless tremendous enormous remarkable outstanding incredible terrific massive
        unnecessary absolute perfect ideal exciting innovative sensible
        """.split()),
    "mild_evaluative": frozenset("""
        important importance key boost benefit benefits better best right clear strong serious ensure help helps real
        """.split()),
    "rhetoric": frozenset("""
        must should cannot can't can’t won't won’t don't don’t isn't isn’t it's it’s that's that’s there's there’s
        thrilled excited believe urge urges encourage absolutely clearly simply condemn condemns
        """.split()),
    "narration_verb": frozenset("""
        said says added adds announced announces confirmed confirms unveiled unveils published revealed reveals
        welcomed welcomes visited visits met meets launched launches explained commented told wrote urged warned
        stated praised thanked highlighted
        """.split()),
    # "The improvements include ...": the press office listing what something consists of
    "enumerates": frozenset("include includes included".split()),
}
PHRASE_SIGNALS = {
    # (and moral judgement: "The Assad regime and its backers bear responsibility for ...", "The next few weeks are
    # critical.", "... efforts to hold those responsible to account"; not "Governors will be held to account through
    # new league tables", a procedure)
    "evaluative": r"\bgood news\b|\bno[- ]brainer\b|\bshot in the arm\b|\bcommon[- ]sense\b|\b(?:world|first)[- ]class\b"
                  r"|\bbears? (?:full |the |some |a heavy |heavy )?responsibility\b"
                  r"|\b(?:is|are|was|were|will be|remains?) (?:\w+ly )?critical\b(?! (?:condition|care|infrastructure))"
                  r"|\b(?:bring|brings|bringing|hold|holds|holding) (?:those|the people|whoever is) responsible"
                  r" to (?:account|justice)\b",
    "rhetoric": r"\bneeds? to\b|[!?]",
    "narration_verb": r"\b(?:will be published|is available|are available|can be found|has been appointed"
                      r"|was appointed)\b",
    # "Among the parks to benefit is Saltwell Park in Gateshead", "Among the sites added are ...": a list too
    "enumerates": r"^among(?:st)? (?:the|those)\b",
}
# Text a phrase cannot match without, as SIGNAL_NEEDS (a speed-up only; the same test checks it).
PHRASE_NEEDS = {
    "evaluative": ("good news", "brainer", "shot in the arm", "common", "class", "responsibility", "critical",
                   "responsible to"),
    "rhetoric": ("need", "!", "?"),
    "narration_verb": ("published", "available", "found", "appointed"),
    "enumerates": ("among",),
}
# So many capitalised words that the paragraph is listing names and places.
MANY_NAMES = 6

WEIGHTS = {
    "bias": 0.9,
    "first_person": 2.3,
    "evaluative": 0.8,
    "mild_evaluative": 0.3,
    "speaker_organisation_named": -0.5,
    "rhetoric": 0.4,
    "continues_thought": 0.7,
    "links_back": 0.7,
    "promises_benefit": 0.5,
    "passive": -0.5,
    "inline_colon": -0.2,
    "subordinate_opening": 0.2,
    "conjunction_opening": 0.7,
    "discourse_marker": 1.0,
    "rhetorical_opening": 0.7,
    "procedure_for_others": -0.5,
    "adds_a_point": 0.6,
    "enumerates": -1.0,
    "opens_with_the": -0.55,
    "date": -0.5,
    "schedule": -0.45,
    "figures": -0.35,
    "count_opening": -0.4,  # with "figures", which a count opening also shows
    "figures_compared": -0.5,
    "states_use": -0.7,
    "many_names": -0.6,
    "government_third_person": -0.45,
    "government_reported": -2.5,
    "narration_opening": -0.35,
    "narration_link": -1.0,
    "narration_verb": -0.3,
    "appeal": -1.6,
    "signpost": -1.2,
    "case_outcome": -1.2,
    "reports_another": -2.5,
    "reported_speech": -2.5,
    "named_subject": -0.8,
    "demands_of_government": 1.2,  # outweighs "the government" in the third person and the opening "The"
    "exhortation": 0.8,
    "person_introduced": -2.5,
    "third_person_doing": -0.6,
    "body_described": -0.8,
    "duty_of_others": -0.6,  # cancels "rhetoric", which its "must"/"should" show, and a little more
    "according_to": -1.0,  # with "narration_verb", which its verbs also show
    "long": -0.2,  # over 600 characters
    "publisher_named": -0.6,
    "own_body_reported": -2.5,  # with "publisher_named" or "government_third_person", which it also shows
    # where the paragraph stands
    "second": -0.15,  # the quote's second paragraph (a one-paragraph quote is often followed by a line of facts)
    "third_or_later": -1.1,  # the quote's third paragraph or later
    "fourth_or_later": -0.7,
    "next_is_heading": -0.75,  # a heading or list follows
    "next_is_end": -0.4,  # the release ends after it
    "next_is_attribution": -0.25,
    # a line between a one-paragraph quote and the next speaker is the press office's bridge more often than not
    # ("Local authorities will receive their allocations in the coming weeks." then "Council leader X said:")
    "second_before_attribution": -0.15,
    "next_is_same_speaker": 1.0,  # "Ms Terroni added:": the speaker goes on after it, and so before it (see below)
    "next_is_first_person": 0.75,
    # the next paragraph's first sentence says "I" ("I would like to thank ..."): the speaker goes on
    "next_opens_in_first_person": 0.95,
    # the attribution is the release's first paragraph ("Responding to the Budget, Jane Doe, chief executive of
    # Acme, said:"): the release is the speaker's statement, and the press office, which has said nothing yet,
    # rarely takes over before its end; for a paragraph that shows a sign of speech (SPEECH_SIGNS). A release that
    # opens with its own summary or narration does not count, nor one whose speaker holds a government's office (a
    # department's release goes back to its facts all the same)
    "attribution_opens_release": 1.5,
}

# A line announcing more words of the same speaker ("Ms Terroni added:", "She added:", "He went on:"): the
# subject (a pronoun, or a name that must be the speaker's) and nothing else before the verb.
CONTINUATION_LINE = (r"^(?P<subject>He|She|(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Professor|Prof|Sir|Dame|Lord|Lady) )?\p{Lu}[\p{L}'’-]+"
                     r"(?: \p{Lu}[\p{L}'’-]+)?) (?:also |then |later )?(?:added|adds|continued|continues|went on"
                     r"(?: to say)?|concluded|concludes)\s*:\s*$")
# A person named in the paragraph before "He added:" or "She added:", who the pronoun may be (two capitalised
# words not opening a sentence: "... visited by Local MP John Smith."): the pronoun is then no proof that the
# speaker goes on.
NAME_IN_TEXT = r"(?<!^|[.!?:;]\s|[“\"‘]|\s[–—-]\s)\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+"

# Facts the press office sets between two parts of one quote ("The sector lost an estimated £80 billion in revenue
# in 2020, according to industry figures." then "She added:"): a paragraph showing one is not taken for the
# speaker's because the speaker goes on after it.
FACTS_BETWEEN = ("figures", "date", "schedule")

# Signals that explain another away: the "also" of what others can do adds a step of the procedure, not a point
# of the speaker's argument ("Employers can also refer staff ...").
CANCELS = {"procedure_for_others": ("adds_a_point",),
           # a named subject the speaker talks about, in their own voice ("Lloyds Banking Group has shown real
           # leadership", "The UK must lead"): speech, not the press office's fact
           **{name: ("named_subject",) for name in ("first_person", "evaluative", "rhetoric", "conjunction_opening",
                                                      "rhetorical_opening", "discourse_marker",
                                                      "demands_of_government")},
           # what a third party will do is no benefit the speaker promises ("Italy, which holds the G7 presidency
           # next year, will make AI a priority")
           "named_subject": ("promises_benefit",),
           # the names a speaker lists in the first person plural are of those they act with ("We support the call
           # made by President Jan Novak and the National Assembly ..."), the statement's matter, not the press
           # office's list of who did what
           "first_person_plural": ("many_names",)}

# Signals that end a quote whatever else the paragraph shows.
HARD_NARRATION = (
    "third_person_report",  # "He also met ...", "She added that ...": narration about someone
    "speaker_named",  # the speaker by name, or "he said"/"she added": narration about them
    "list_intro",  # ends with ':' and introduces the press office's list
    "question_line",  # "Q: ...": questions and answers follow
)

# Signals of the press office's voice in the paragraph after a comment's heading that opens the release ("Jane Doe,
# Acme Lead Economist, responds to the latest GDP data"): with any of them, the paragraph is no part of her comment
# whose marks were lost ("A new report published by Acme today shows ...", "Ms Doe said the figures ...", "The Fund
# will provide £2.1 billion ..., the government announced today.").
# Signs of someone speaking, which narration seldom shows: a comment's opening paragraph must show one ("Today's
# announcement will see every council ..." shows none), and a statement release's paragraph gets the statement's
# weight only with one (not "The festival runs from 12 to 20 July ...").
SPEECH_SIGNS = ("first_person", "evaluative", "mild_evaluative", "rhetoric", "rhetorical_opening", "discourse_marker",
                "conjunction_opening", "demands_of_government", "exhortation")
COMMENT_OPENING_NARRATION = (
    *HARD_NARRATION, "reported_speech", "reports_another", "person_introduced", "own_body_reported",
    "publisher_named", "narration_link", "appeal", "signpost", "government_reported", "named_subject",
    "narration_opening",
)

# Signals that are no narration when an unnamed spokesperson speaks: a statement names its government,
# its department or its body in the third person ("The Government remains committed ...").
BODY_VOICE = ("government_third_person", "publisher_named", "speaker_organisation_named",
              "third_person_report")  # a spokesperson's read-out reports its minister: "He welcomed ..."

# Openings of a line that credits the quotation right above it to someone ("So said Jane Doe of the ...",
# "That was the conclusion of the review"): such words are not the speaker's before.
CREDIT_OPENINGS = ("So said", "That was", "Those were", "These were", "This was", "Such was", "The words of",
                   "Words from", "Source:")

# Signs of the press office's voice: an unmarked statement is never carried through a paragraph showing one
# (see STATEMENT_GAP). Facts alone (figures, dates, names, the passive, a schedule) are no such sign: a
# speaker states them too.
NARRATION_SIGNS = (
    "speaker_named", "list_intro", "third_person_report", "narration_link", "narration_opening", "narration_verb",
    "government_reported", "government_third_person", "publisher_named", "speaker_organisation_named",
    "inline_colon", "appeal", "signpost", "reports_another", "reported_speech", "person_introduced", "according_to",
    "question_line", "own_body_reported",
)
# Facts that make a statement release's last paragraph the press office's closing line, not the speaker's
# ("The exercise involves 9,000 troops.", "Work is expected to start in April.", and what others can or must do
# under the scheme: "Members of the public can nominate projects through their local probation area.").
FACT_SIGNS = ("date", "schedule", "figures", "number", "enumerates", "opens_with_the", "many_names",
              "procedure_for_others", "duty_of_others")
# Of those, the signs of a paragraph about a third party ("The Russian authorities saw him as a threat.", "The
# crucial next step is inclusive talks under the UN Special Envoy ..."): in a statement by a government
# department's unnamed spokesperson, which speaks of other countries and of "the UK" in the third person, the
# statement's matter, not the press office's closing line.
THIRD_PARTY_SIGNS = ("opens_with_the", "many_names")
# An unmarked statement goes on through at most this many paragraphs of plain facts (figures, dates, the
# passive) that the scorer would stop at, when the speaker then speaks again in the first person or the
# release ends, and none of them shows a sign of narration.
STATEMENT_GAP = 2
# A government department's spokesperson's statement release goes on through at most this many such paragraphs
# (showing no narration and no facts but a third party's) up to the first paragraph in the press office's voice.
STATEMENT_RUN = 6
# A statement release's last line that is the press office's all the same: an instruction to the reader
# ("View the full statement here."), a word about the release itself ("This press release was updated ..."),
# or a line too short to be a statement's close ("Applications are open now.").
OFFICE_CLOSING_LINE = (
    r"^(?:View|Read|See|Find|Visit|Download|Watch|Follow|Sign up|Apply|Click|Contact|Call|Email|Register|Share)\b"
    r"|\b(?:press release|news release|this release|this story|this article|this page|was updated|has been updated"
    r"|correct(?:ed)? (?:a|an|the) (?:typo|error))\b"
)
CLOSING_LINE_MIN = 60
# A release whose attribution line comes after at most this many paragraphs is a statement: its closing
# paragraphs are the speaker's even without first-person words.
STATEMENT_LEAD = 1

# A quoted name opening a paragraph, its sentence going on in lower case after the closing mark ('"Reducing
# Re-offending Through Skills and Employment", which sets out ...', '“Every Child Matters” was published ...'):
# no sentence ends inside the marks, as one would in quoted words.
QUOTED_TITLE_OPENING = r"^[“\"][^“”\".!?]{1,150}[”\"],?\s+\p{Ll}"

# A one-line interruption inside a quotation still open (a photo caption) is at most this long.
INTERRUPTION_LENGTH = 160

LONG_PARAGRAPH = 600
THRESHOLD = 0.0
# After a quotation that opened and never closed, a paragraph without marks must score above this.
UNCLOSED_THRESHOLD = 1.0
# Paragraphs that lost their opening mark, at most, between a quote's marked run left open and the marks that
# take it up again: the quotation goes on through them.
LOST_MARK_RUN = 1
