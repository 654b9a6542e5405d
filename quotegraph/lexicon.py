"""Word lists: reporting cues, source kinds, channels.

Every list here was written for quotegraph from English grammar and usage,
not taken from an annotated corpus. All are typed module constants; the
extractor copies what it is given, so a user's edits never leak between
instances.
"""

from __future__ import annotations

#: Reporting verbs by category. Where a lemma is listed twice, the first
#: category (in this order) is the one it reports.
CUE_VERBS: dict[str, frozenset[str]] = {
    "speech": frozenset(
        """
        say tell add state claim announce declare explain insist argue assert
        maintain note observe remark comment reply respond answer ask warn
        caution admit acknowledge concede confirm deny allege accuse charge
        complain boast brag promise pledge vow threaten suggest propose
        recommend urge demand describe characterize praise criticize
        criticise blast slam attack condemn denounce mention recall reiterate
        repeat stress emphasize emphasise underscore agree disagree dispute
        contend counter testify joke quip shout yell whisper scream exclaim
        disclose reveal inform assure lament muse opine hint signal tout
        retort call label dub brand question insinuate predict imply rule
        posit reaffirm remind
        advise caution plead beg implore instruct order command decree
        concur rebut refute object protest grumble mutter murmur sigh
        chide scold lash rip hammer knock mock ridicule taunt tease boast
        thank congratulate apologize apologise vouch swear affirm aver
        proclaim pronounce preach lecture explain elaborate clarify specify
        speak talk discuss address brief confide divulge leak echo
        reassure guarantee predict forecast project speculate theorize
        wonder insist pressure push lobby encourage invite ask request
        applaud hail laud commend endorse defend justify blame fault
        acknowledge admit confess emphasize highlight point refer
        dismiss reject focus name
        intimate query gloat grouse gripe gush fume whine
        """.split()
    ),
    "writing": frozenset(
        """
        write tweet retweet post publish report email text blog pen
        editorialize editorialise document cite quote reference list
        detail outline summarize summarise
        """.split()
    ),
    "belief": frozenset(
        """
        believe think feel fear hope expect know doubt suspect worry assume
        consider reckon want wish understand suppose guess figure bet
        imagine realize realise recognize recognise plan intend seek
        refuse decline support oppose favor favour prefer insist predict
        anticipate hope envision foresee trust presume conclude sense
        back decide like
        surmise reason hypothesize deduce infer ponder resent judge contemplate
        """.split()
    ),
    "finding": frozenset(
        """
        show find indicate demonstrate determine prove estimate reveal
        suggest conclude project calculate measure record confirm rank rate
        """.split()
    ),
}

#: Verbs that report speech only next to a quotation ("he continued: ...",
#: "the sign read “...”"; a title in title case after "read" is no quotation),
#: and manner-of-speaking verbs that report only a quotation ("“...,” the
#: deckhand barked", "Ames interjected: “...”", "she beamed" alone says nothing).
QUOTE_ONLY_CUES: frozenset[str] = frozenset(
    {"continue", "go", "begin", "read", "interject", "bark", "beam", "retaliate", "scoff", "snap", "cry", "marvel"}
)

#: Phrasal cues: verb lemma -> particles that make it one ("point out").
CUE_PARTICLES: dict[str, frozenset[str]] = {
    "point": frozenset({"out"}),
    "lay": frozenset({"out"}),
    "spell": frozenset({"out"}),
    "sum": frozenset({"up"}),
    "bring": frozenset({"up"}),
    "speak": frozenset({"out", "up"}),
    "lash": frozenset({"out"}),
    "hit": frozenset({"back"}),
    "fire": frozenset({"back"}),
    "weigh": frozenset({"in"}),
    "chime": frozenset({"in"}),
    "write": frozenset({"in"}),
}

#: Verbs that take their content as an infinitive (``X wants to ...``) or
#: a gerund (``X supports raising the toll``, ``the firm reported spending
#: ...``, ``she considered running``); also advice and instruction with the
#: one advised (``the guard cautioned skippers not to sail``) and ``ruled
#: out raising fares``. Not "invite" or "pressure" (on PolNeAR train 2 of 7
#: and 1 of 4 right), nor "request" ("requested anonymity to speak").
XCOMP_CUES: frozenset[str] = frozenset(
    """
    want plan intend seek refuse decline promise pledge vow threaten hope
    expect agree offer vow demand ask urge tell order encourage call push
    propose claim appear seem
    support oppose consider report suggest mention describe decide like
    prefer
    advise lobby instruct endorse argue caution rule
    """.split()
)

#: Verbs whose content may be their direct object (``X announced a plan``,
#: ``X condemned the attack``); used only when no clause is found. Chosen
#: by hand from the reporting verbs, then checked on the PolNeAR training
#: split: verbs whose object was rarely what the source said ("tell",
#: "ask", "find" + object) were left out. "allege", "document", "vow",
#: "taunt" and "preach" were added later (11 of 13 objects right on train,
#: where nothing else covered the object). "deny" takes its object only
#: alone ("denied the charges"), not after the one refused ("denied the
#: town a vote").
OBJECT_CUES: frozenset[str] = frozenset(
    """
    accuse acknowledge admit announce applaud attack blame blast cite
    condemn confirm congratulate criticize criticise declare defend
    denounce describe detail disclose discuss dismiss dispute echo
    emphasize endorse estimate explain hail highlight lament list
    mention mock note oppose outline point post praise predict prefer
    promise propose publish question recognize recommend reference
    reiterate reject repeat report retweet reveal seek slam
    stress suggest support thank tout tweet urge want warn
    call concede order claim recall rebut back name
    believe charge consider decline expect feel signal state underscore
    understand chide commend demand laud rip deny
    allege document vow taunt preach
    """.split()
)

#: Verbs whose content is a prepositional object: ``called for X``,
#: ``warned of X``, ``argued against X``.
PREP_CUES: dict[str, frozenset[str]] = {
    "call": frozenset({"for"}),
    "warn": frozenset({"of", "about", "against"}),
    "argue": frozenset({"for", "against"}),
    "push": frozenset({"for"}),
    "admit": frozenset({"to"}),
    "press": frozenset({"for"}),
    "lobby": frozenset({"for", "against"}),
    "advocate": frozenset({"for"}),
    "campaign": frozenset({"for", "against"}),
    "plead": frozenset({"for"}),
    "appeal": frozenset({"for"}),
    "complain": frozenset({"about", "of"}),
    "boast": frozenset({"about", "of"}),
    "brag": frozenset({"about"}),
    "testify": frozenset({"about", "on"}),
    "comment": frozenset({"on", "about"}),
    "vote": frozenset({"for", "against"}),
    "rail": frozenset({"against"}),
    "talk": frozenset({"about", "of"}),
    "ask": frozenset({"about", "for"}),
    "speak": frozenset({"about", "of", "out"}),
    "write": frozenset({"about"}),
    "tweet": frozenset({"about"}),
    "point": frozenset({"to"}),
    "respond": frozenset({"to"}),
    "refer": frozenset({"to"}),
    "apologize": frozenset({"for"}),
    "apologise": frozenset({"for"}),
    "hint": frozenset({"at"}),
    "vouch": frozenset({"for"}),
    "lash": frozenset({"at"}),
    "criticize": frozenset({"for"}),
    "criticise": frozenset({"for"}),
    "agree": frozenset({"on", "with"}),
    "disagree": frozenset({"on", "with"}),
    "opine": frozenset({"on", "about"}),
    "joke": frozenset({"about"}),
    "speculate": frozenset({"about", "on"}),
    "object": frozenset({"to"}),
    "insist": frozenset({"on"}),
    "hope": frozenset({"for"}),
    "praise": frozenset({"for"}),
    "worry": frozenset({"about"}),
    "think": frozenset({"about"}),
    "believe": frozenset({"in"}),
    "focus": frozenset({"on"}),
    "report": frozenset({"about"}),
    "muse": frozenset({"about"}),
    "wonder": frozenset({"about"}),
    "lecture": frozenset({"about"}),
    "remind": frozenset({"of", "about"}),
}

#: Phrasal verbs that report a stance or a saying with their particle only,
#: and the slot that holds what they report: ``"obj"`` for the direct object
#: (``played down the risk``, ``singled out the levy``, ``laid out a plan``,
#: ``walked back her remarks``), else the preposition (``doubled down on the plan``,
#: ``weighed in on the race``). Lemma -> (particle, slot, category).
PHRASAL_CUES: dict[str, tuple[str, str, str]] = {
    "double": ("down", "on", "belief"),
    "weigh": ("in", "on", "speech"),
    "zero": ("in", "on", "speech"),
    "play": ("down", "obj", "speech"),
    "single": ("out", "obj", "speech"),
    "shrug": ("off", "obj", "belief"),
    "tick": ("off", "obj", "speech"),
    "walk": ("back", "obj", "speech"),
    "lay": ("out", "obj", "speech"),
    "spell": ("out", "obj", "speech"),
    "sound": ("off", "on", "speech"),
}

#: ``call``-like verbs: ``X called the deal "a disaster"`` (object + predicate).
NAMING_VERBS: frozenset[str] = frozenset(
    "call label dub brand describe characterize term name deem consider".split()
)

#: Verbs that state a view of something with an "as" phrase: ``Democrats
#: see the mayor as a spoiler``, ``she described the plan as reckless``. The
#: content is the object with its "as" phrase; without the phrase most of
#: them report nothing ("see a film", "cast a vote"). Category per verb.
AS_CUES: dict[str, str] = {
    **dict.fromkeys("see view regard perceive consider rate judge count".split(), "belief"),
    **dict.fromkeys(
        """
        describe portray paint cast characterize characterise depict label brand
        dismiss cite hail tout praise criticize criticise denounce slam present
        frame bill pitch define decry condemn mock ridicule deride identify
        position knock savage skewer assail lambaste castigate excoriate
        berate pillory lampoon rebuke herald sum
        """.split(),
        "speech",
    ),
}

#: Verbs of perception that state a view with an object or a clause, in the
#: present: ``analysts see a hard winter for the port``, ``most traders see
#: the fares rising`` (see :func:`quotegraph.rules.view_rules`).
VIEW_VERBS: frozenset[str] = frozenset({"see"})

#: Verbs of impression: ``the mayor seemed rattled``, ``the race appears to
#: tighten``. The writer's own assessment, with no source; PolNeAR marks
#: them as attributions of the whole clause.
IMPRESSION_VERBS: frozenset[str] = frozenset({"seem", "appear"})

#: Passive verbs of judgement with a predicate, reported with no source:
#: ``the bridge is considered the town's oldest``, ``she was declared the winner``.
PASSIVE_JUDGEMENT: frozenset[str] = frozenset(
    {"consider", "declare", "deem", "judge", "rate", "rank", "label", "brand", "dub", "proclaim"}
)

#: Adjectives of stance after a copula, with the complements that state
#: what the subject holds: ``"that"`` (a clause: ``she is confident that
#: ...``), ``"to"`` (an infinitive: ``he was eager to cut ...``) or a
#: preposition (``critical of``, ``worried about``). Category belief.
STANCE_ADJECTIVES: dict[str, frozenset[str]] = {
    **dict.fromkeys("confident hopeful optimistic pessimistic sure certain convinced adamant doubtful".split(),
                    frozenset({"that", "about", "in"})),
    **dict.fromkeys("worried afraid fearful glad pleased proud disappointed surprised angry upset".split(),
                    frozenset({"that", "about"})),
    "concerned": frozenset({"that", "about", "with"}),
    **dict.fromkeys("eager reluctant keen loath hesitant".split(), frozenset({"to"})),
    "critical": frozenset({"of"}),
    "skeptical": frozenset({"of", "about", "that"}),
    "sceptical": frozenset({"of", "about", "that"}),
    "supportive": frozenset({"of"}),
    "dismissive": frozenset({"of"}),
    "wary": frozenset({"of"}),
    "suspicious": frozenset({"of"}),
    "opposed": frozenset({"to"}),
    "enthusiastic": frozenset({"about"}),
    "vocal": frozenset({"about", "on"}),
    "outspoken": frozenset({"about", "on", "in"}),
    "unhappy": frozenset({"with", "about", "that"}),
    "frustrated": frozenset({"with", "by", "that"}),
    "pleased": frozenset({"with", "by", "that"}),
    "happy": frozenset({"with", "about", "that", "to"}),
    "satisfied": frozenset({"with"}),
    "unaware": frozenset({"that", "of"}),
    "mistrustful": frozenset({"of"}),
    "distrustful": frozenset({"of"}),
    "uncertain": frozenset({"about", "that"}),
    "unsure": frozenset({"about", "that"}),
    **dict.fromkeys("determined prepared".split(), frozenset({"to"})),
    "aware": frozenset({"of", "that"}),
    "interested": frozenset({"in"}),
    "favorable": frozenset({"to", "toward", "towards"}),
    "unfavorable": frozenset({"to", "toward", "towards"}),
    "nervous": frozenset({"about", "that"}),
    "enamored": frozenset({"of", "with"}),
    "comfortable": frozenset({"with"}),
    "fond": frozenset({"of"}),
    "upbeat": frozenset({"about"}),
    "appreciative": frozenset({"of"}),
    "open": frozenset({"to", "about"}),
    "committed": frozenset({"to"}),
    "bent": frozenset({"on"}),
    "intent": frozenset({"on"}),
    "right": frozenset({"about", "that"}),
    "wrong": frozenset({"about", "that"}),
    "honest": frozenset({"about"}),
    "silent": frozenset({"on", "about"}),
    "clear": frozenset({"about", "that"}),
    "unclear": frozenset({"about", "on"}),
    "sympathetic": frozenset({"to", "toward", "towards"}),
    "ambivalent": frozenset({"about"}),
    "excited": frozenset({"about", "that", "to"}),
    "thrilled": frozenset({"that", "about", "with"}),
    "grateful": frozenset({"for", "that"}),
    "thankful": frozenset({"for", "that"}),
    # attitudes toward a thing or a course ("the crews are leery of the
    # plan", "the board was lukewarm about it", "she is willing to sell")
    "willing": frozenset({"to"}),
    "devoted": frozenset({"to"}),
    "impressed": frozenset({"with", "by"}),
    "shocked": frozenset({"that", "by"}),
    "leery": frozenset({"of", "about"}),
    **dict.fromkeys("sick tired mindful conscious".split(), frozenset({"of"})),
    **dict.fromkeys("lukewarm upfront shy unapologetic sanguine passionate sensitive cagey".split(), frozenset({"about"})),
    **dict.fromkeys("unified undecided".split(), frozenset({"on", "about"})),
    # "the crews are split on whether to sail", "the council is divided over the toll"
    **dict.fromkeys("divided split".split(), frozenset({"on", "about", "over"})),
    "furious": frozenset({"at", "about", "with", "that"}),
    "irritated": frozenset({"about", "with", "by"}),
}

#: Nouns of a stance held, after a copula with "of": ``she is a critic of
#: the plan``, ``he has long been a backer of the mayor``.
STANCE_ROLES: frozenset[str] = frozenset(
    "supporter proponent opponent critic fan backer advocate champion skeptic sceptic defender foe booster architect".split()
)

#: Report nouns whose "about" phrase is what their possessor said or
#: holds ("his remarks about the pier", "her posts about the fares"), with
#: their category: part of :data:`STANCE_NOUNS`, and reported only as the
#: subject of their clause (see ``rules.noun_prep_rules``).
SAID_ABOUT_NOUNS: dict[str, str] = {
    **dict.fromkeys("remark comment statement claim speech".split(), "speech"),
    "post": "writing",
    **dict.fromkeys("view concern".split(), "belief"),
}

#: Nouns of stance whose prepositional phrase says what their possessor
#: holds or said: ``his support for the plan``, ``her attack on the mayor``.
#: Category per noun and the prepositions that carry the content.
STANCE_NOUNS: dict[str, tuple[str, frozenset[str]]] = {
    "support": ("belief", frozenset({"for", "of"})),
    "embrace": ("belief", frozenset({"of"})),
    "endorsement": ("speech", frozenset({"of"})),
    "criticism": ("speech", frozenset({"of"})),
    "attack": ("speech", frozenset({"on", "against"})),
    "praise": ("speech", frozenset({"for", "of"})),
    "condemnation": ("speech", frozenset({"of"})),
    "rejection": ("speech", frozenset({"of"})),
    **{w: ("speech", frozenset({"about", "on"})) for w in "thought thoughts".split()},
    **{w: ("speech", frozenset({"of"})) for w in "critique assessment".split()},
    **{w: ("belief", frozenset({"for"})) for w in "enthusiasm passion".split()},
    "commitment": ("belief", frozenset({"to"})),
    **{w: (category, frozenset({"about"})) for w, category in SAID_ABOUT_NOUNS.items()},
}


#: Nouns of a stance whose prepositional phrase says what is held or asked
#: even when no possessor names who holds it: ``opposition to the levy has
#: grown``, ``she faced questions about her health``, ``doubts about the
#: plan``, ``anger at the board``, ``a backlash over the toll``. "support",
#: "call" and "demand" were tried too: their phrase is as often the writer's
#: own (``support for small farms``, ``demand for ferries``). Category per
#: noun and the prepositions that carry the content.
OPEN_STANCE_NOUNS: dict[str, tuple[str, frozenset[str]]] = {
    "opposition": ("belief", frozenset({"to"})),
    "question": ("speech", frozenset({"about"})),
    "criticism": ("speech", frozenset({"of", "over", "about", "on"})),
    "doubt": ("belief", frozenset({"about"})),
    "praise": ("speech", frozenset({"for"})),
    "backlash": ("belief", frozenset({"against", "over"})),
    **dict.fromkeys("outrage anger fury".split(), ("belief", frozenset({"at", "over"}))),
    "enthusiasm": ("belief", frozenset({"for", "about"})),
}


#: Phrases of stance on a verb: the noun after "in" and the preposition
#: that carries the content (``is in favour of the toll``, ``spoke in
#: support of the ferry``).
STANCE_PHRASES: dict[str, str] = {"favor": "of", "favour": "of", "support": "of", "opposition": "to"}

#: (verb lemma, preposition) pairs that state a stance on the preposition's
#: object: ``the unions are against the plan``, ``donors lined up behind
#: Ames``, ``she stood by her remarks``.
STANCE_PREPOSITIONS: frozenset[tuple[str, str]] = frozenset(
    {("be", "against"), ("line", "behind"), ("rally", "behind"), ("stand", "by")}
)

#: Verbs of taking a side in a vote or a choice, outside the cue lexicon:
#: their content is the prepositional object (``the council voted for the
#: plan``, ``Ames voted against the levy``) or, with ``"to"``, an infinitive
#: (``the board voted to close the pier``). Bare ("the town votes in May")
#: they report nothing.
CHOICE_VERBS: dict[str, frozenset[str]] = {"vote": frozenset({"for", "against", "to"})}

#: Verbs of judging someone for a deed, outside the cue lexicon, with the
#: prepositions that give the deed: ``the senator assailed her for backing
#: the levy``, ``Cole hit the mayor over the fares``, ``credited the crew
#: with saving the pier``. Only with the object and that phrase are they a
#: report (rules.censure_rules): bare, "hit" and "knock" are seldom speech.
CENSURE_VERBS: dict[str, frozenset[str]] = {
    **{
        lemma: frozenset({"for", "over"})
        for lemma in """
        assail berate castigate chastise excoriate lambaste lambast rebuke
        reprimand reproach scold upbraid hit knock bludgeon pillory skewer
        jab pan flay lampoon savage protest
        """.split()
    },
    "credit": frozenset({"for", "with"}),
}

#: Nouns of intent whose infinitive says what their possessor decided or
#: means to do: ``the mayor's decision to close the pier``.
INTENT_NOUNS: frozenset[str] = frozenset("decision promise pledge vow refusal proposal desire call intention reluctance".split())

#: Verbs that are no report with just any object but take a stance on, or
#: restate, what someone said or holds when their object is such a report
#: with its owner (``the crowd cheered the mayor's remarks on fares``,
#: ``she reaffirmed her support for the toll``, ``contradicted his earlier
#: claims``): the report is what the subject's stance is on. Verbs of
#: taking a stance back (reverse, withdraw, retract) are left: with "his
#: position" as object they mostly mark a change, not a report; so is
#: "welcome" ("welcomed their support": support received).
REACTION_VERBS: dict[str, str] = {
    **dict.fromkeys("cheer celebrate embrace".split(), "belief"),
    **dict.fromkeys("bash challenge contradict affirm reaffirm clarify revise indicate trumpet".split(), "speech"),
}

#: Verbs of stirring a feeling whose subject, a report or stance with its
#: wording ("the mayor's remarks on fares angered the crews"), is what the
#: object, the one stirred, reacts to: the object holds a stance on it.
STIRRING_VERBS: frozenset[str] = frozenset(
    """
    alarm anger worry frustrate please delight upset concern trouble irk
    rankle infuriate outrage disturb encourage reassure dismay disappoint
    embarrass annoy offend shock surprise impress hearten thrill enrage
    unsettle spook bother
    """.split()
)

#: Verbs of receiving a stance (``won the endorsement of``, ``drew
#: criticism from``) and the nouns of stance received, with their category
#: and the prepositions that name who holds it.
RECEIVING_VERBS: frozenset[str] = frozenset(
    "receive get win secure earn have face draw attract gain enjoy land pick garner collect".split()
)
RECEIVED_STANCES: dict[str, tuple[str, frozenset[str]]] = {
    **dict.fromkeys("endorsement support backing blessing".split(), ("belief", frozenset({"of", "from"}))),
    **dict.fromkeys("criticism praise attack rebuke condemnation scrutiny ire".split(), ("speech", frozenset({"from"}))),
}

#: Nouns of what is said or held that state it after a copula: ``her
#: argument was that ...``, ``the fear is that ...``.
COPULAR_CUE_NOUNS: frozenset[str] = frozenset(
    """
    message argument view belief position idea hope point refrain answer response reply
    claim promise pledge fear concern worry complaint slogan theme motto mantra pitch case
    impression advice suggestion assumption contention goal
    """.split()
)


#: Nouns of what people hold or say that an existential sentence reports
#: with no one named: ``there are fears (that) the pier will close``,
#: ``there is broad agreement that ...``, ``there were complaints about the
#: fares``. Category per noun.
EXISTENTIAL_CUE_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "concern worry fear anxiety agreement consensus disagreement confusion skepticism optimism frustration".split(),
        "belief",
    ),
    **dict.fromkeys("complaint speculation chatter talk criticism".split(), "speech"),
}


def _light(category: str, entries: str) -> dict[str, tuple[str, frozenset[str]]]:
    """``"clear:that case:that,for"`` -> {noun: (category, complements)}."""
    out = {}
    for entry in entries.split():
        noun, comps = entry.split(":")
        out[noun] = (category, frozenset(comps.split(",")))
    return out


#: Light-verb cues: a verb and the noun it takes, with the complements that
#: hold the content (``"that"``, a clause; otherwise a preposition):
#: ``she made clear that ...``, ``he took issue with ...``, ``critics raised
#: concerns about ...``. Keyed by verb lemma, then noun lemma.
LIGHT_VERB_CUES: dict[str, dict[str, tuple[str, frozenset[str]]]] = {
    "make": _light("speech", "clear:that case:that,for,against secret:of mention:of point:that argument:that,for,against"
                             " claim:that promise:that,to commitment:that,to pledge:that,to vow:to accusation:that,against comment:about,on comments:about,on statement:about,on"
                             " reference:to remark:about,on remarks:about,on call:for apology:for attack:on,against appeal:for"
                             " pitch:for plea:for push:for"),
    "take": {**_light("speech", "issue:with credit:for shot:at swipe:at aim:at exception:to"),
             **_light("belief", "stance:on,against position:on,against")},
    "have": _light("belief", "doubt:that,about opinion:of,on,about view:on,of,about feeling:about,toward,towards,on"
                             " impression:of misgiving:about reservation:about concern:about,over,that attitude:about,toward,towards"
                             " plan:to intention:of,to interest:in confidence:in faith:in"),
    "hold": _light("belief", "opinion:of,on,about view:on,of,about"),
    "harbor": _light("belief", "doubt:about,that concern:about,over,that reservation:about misgiving:about"),
    "air": _light("speech", "concern:about,over,that grievance:about,over,with complaint:about"),
    "pledge": _light("speech", "support:for,to"),
    "throw": _light("speech", "support:behind,to weight:behind"),
    "express": _light("speech", "support:for concern:about,over,that hope:that doubt:about,that frustration:with,over,about"
                                " confidence:in,that opposition:to regret:for,over,that"),
    "voice": _light("speech", "support:for concern:about,over,that opposition:to doubt:about,that frustration:with,over,about"
                              " skepticism:about"),
    "raise": _light("speech", "concern:about,over,that question:about,over doubt:about alarm:about,over"),
    "cast": _light("speech", "doubt:on"),
    "press": _light("speech", "case:that"),
    "sound": _light("speech", "note:about,on,for alarm:about,over,on warning:about,on,over,that"),
    "pay": _light("speech", "tribute:to"),
    "lend": _light("belief", "support:to"),
    "offer": _light("speech", "support:for praise:for criticism:of defense:of apology:for assessment:of explanation:for"
                              " prediction:that,of promise:that endorsement:of preview:of view:of critique:of"),
    "give": _light("speech", "endorsement:to credit:for support:to praise:to warning:about,that assessment:of preview:of"
                             " account:of answer:about,to speech:on,about hint:of,that blessing:to testimony:about"),
    **{v: _light("belief", "attention:to") for v in "draw turn".split()},
    "put": _light("belief", "faith:in"),
    "deliver": _light("speech", "critique:of rebuke:of,to defense:of endorsement:of warning:about,that message:that"),
    "issue": _light("speech", "warning:about,that,against call:for apology:for denial:of"),
    "launch": _light("speech", "attack:on,against"),
    "level": _light("speech", "criticism:at,against accusation:at,against charge:against"),
    "show": _light("belief", "sign:of,that inclination:to interest:in enthusiasm:for appetite:for willingness:to"
                             " support:for hint:of,that"),
}

#: Verbs that put out what is said when their object is a noun of saying,
#: opinion or proposal (:data:`PUT_OUT_NOUNS`): ``made the case that ...``,
#: ``offered his view on how ...``, ``laid out her ideas for cutting fares``.
#: The value is the particle the verb needs (``lay out``, ``put forward``),
#: or None.
PUTTING_VERBS: dict[str, frozenset[str] | None] = {
    **dict.fromkeys("make offer give provide share present deliver unveil release float voice air sketch".split()),
    **dict.fromkeys("lay spell set".split(), frozenset({"out"})),
    "put": frozenset({"forward", "out"}),
}
#: Nouns of what is said, held or proposed that, as the object of a
#: putting verb, make it a report whose content is the noun's complement
#: clause: ``made the suggestion that ...``, ``offered few ideas for cutting
#: fares``, ``gave no details on how ...``.
PUT_OUT_NOUNS: frozenset[str] = frozenset(
    """
    argument case point suggestion claim allegation accusation promise pledge commitment vow
    proposal plan idea vision view opinion thought detail specific message advice tip recommendation
    insight perspective rationale justification excuse solution guidance criticism critique praise
    defense assessment evaluation analysis appraisal diagnosis warning
    statement remark comment announcement answer response reply retort rebuttal explanation
    description account testimony condolence congratulation apology appeal plea call request demand
    complaint admission endorsement joke reference mention observation assertion prediction forecast
    estimate verdict judgment assurance reassurance encouragement concession objection threat pitch
    """.split()
)

#: Noun cues: ``in a statement``, ``X's claim that ...``.
CUE_NOUNS: dict[str, frozenset[str]] = {
    "speech": frozenset(
        """
        statement remarks remark comment comments interview speech testimony
        claim claims assertion allegation allegations warning announcement
        argument promise pledge vow response answer reply message address
        briefing conference suggestion contention insistence admission
        assurance assurances prediction denial
        """.split()
    ),
    "writing": frozenset(
        """
        tweet tweets post posts letter memo email op-ed column editorial
        article essay filing complaint lawsuit ruling opinion
        """.split()
    ),
    "belief": frozenset(
        "view belief opinion position assessment hope fear conviction suspicion expectation concern concerns doubt doubts worry".split()
    ),
    "finding": frozenset(
        "report study survey poll analysis data research findings finding estimate".split()
    ),
}

#: Prepositional cue phrases with the source as their object.
ACCORDING_TO = ("according to", "in the words of", "as reported by", "per")

#: Heads of noun phrases that name an unnamed person (an anonymous source).
ANONYMOUS_HEADS: frozenset[str] = frozenset(
    """
    official officials source sources aide aides spokesman spokeswoman
    spokesperson commander officer officers diplomat diplomats insider
    insiders person people witness witnesses resident residents observer
    observers critic critics supporter supporters member members staffer
    staffers employee employees lawmaker lawmakers adviser advisers advisor
    advisors expert experts analyst analysts someone somebody one activist
    activists investigator investigators agent agents soldier soldiers
    fighter fighters worker workers executive executives leader leaders
    operative operatives strategist strategists representative
    representatives negotiator negotiators friend friends relative
    relatives voter voters user users insider
    """.split()
)

#: Role nouns that, with "the", name one known person ("the mayor said").
PERSON_ROLES: frozenset[str] = frozenset(
    """
    mayor governor president minister senator congressman congresswoman
    chairman chairwoman chair ceo founder director secretary ambassador
    judge prosecutor sheriff commissioner candidate nominee speaker
    chancellor premier king queen prince pope bishop coach manager owner
    author lawyer attorney economist professor chief superintendent
    principal dean captain general admiral spokesman spokeswoman
    spokesperson leader head boss actress actor singer
    """.split()
)

#: Words that make an unnamed person phrase an anonymous source explicitly.
ANONYMITY_MARKERS: frozenset[str] = frozenset(
    """
    anonymous anonymity unnamed unidentified familiar
    """.split()
)

#: Heads of government bodies.
GOVERNMENT_HEADS: frozenset[str] = frozenset(
    """
    government administration ministry department agency office cabinet
    parliament congress senate house assembly council commission court
    police army military navy pentagon kremlin white_house state
    prosecutors prosecutor authorities authority regime embassy consulate
    """.split()
)

#: Named government bodies (lower-case, without a leading "the").
GOVERNMENT_NAMES: frozenset[str] = frozenset(
    name.strip()
    for name in """
    white house|pentagon|kremlin|state department|justice department|
    department of justice|department of state|department of defense|
    defense department|homeland security|department of homeland security|
    fbi|cia|nsa|irs|epa|congress|senate|house|supreme court|treasury|
    downing street|elysee|élysée|un security council|european commission|
    federal reserve|fed|congressional budget office|cbo|gao|dhs|doj|
    house of representatives|u.s. senate|u.s. house|parliament|
    ministry of defence|ministry of defense|foreign ministry|interior ministry
    """.replace("\n", "").split("|")
    if name.strip()
)

#: Heads that mark a document, poll or data as the source.
DOCUMENT_HEADS: frozenset[str] = frozenset(
    """
    poll polls survey surveys study studies report reports data analysis
    document documents memo memos letter letters filing filings record
    records figures statistics research paper census audit review
    estimate estimates projection projections model forecast indictment
    complaint lawsuit ruling email emails cable cables transcript
    polling results numbers evidence findings tallies video videos footage
    """.split()
)

#: Media outlets (lower-case, without a leading "the"). The graph treats
#: media as intermediaries.
MEDIA_NAMES: frozenset[str] = frozenset(
    name.strip()
    for name in """
    reuters|associated press|ap|afp|agence france-presse|agence france presse|
    bloomberg|bloomberg news|cnn|fox news|fox|msnbc|nbc|nbc news|abc|abc news|
    cbs|cbs news|bbc|bbc news|npr|pbs|c-span|new york times|times|
    washington post|post|wall street journal|journal|usa today|
    los angeles times|la times|chicago tribune|boston globe|politico|
    the hill|hill|breitbart|breitbart news|huffington post|huffpost|huff post|
    axios|guardian|the guardian|telegraph|daily telegraph|daily mail|
    al jazeera|xinhua|tass|ria novosti|ria|interfax|sputnik|rt|ansa|dpa|efe|
    kyodo|yonhap|haaretz|der spiegel|spiegel|le monde|economist|newsweek|
    time|time magazine|buzzfeed|buzzfeed news|vox|slate|atlantic|
    new yorker|daily beast|national review|washington examiner|
    washington times|new york post|cnbc|financial times|forbes|
    business insider|propublica|mother jones|salon|daily caller|
    western journal|western journalism|christian news service|cns|
    cns news|cnsnews|the intercept|intercept|mediaite|talking points memo|
    raw story|the blaze|blaze|infowars|drudge report|daily kos|
    new york daily news|daily news|miami herald|houston chronicle|
    dallas morning news|philadelphia inquirer|star tribune|
    wikileaks|the times|sunday times|independent|the independent|mirror|
    sun|the sun|sky news|itv|channel 4|france 24|deutsche welle|dw|
    anadolu|sana|irna|fars|tasnim|al arabiya|al-jazeera|al-arabiya|
    el país|el pais|corriere della sera|asahi|nikkei|south china morning post|
    times of israel|jerusalem post|hindustan times|times of india|
    abc news australia|cbc|globe and mail|toronto star|national post|
    yahoo news|yahoo|huffington|breitbart london|nbcnews|foxnews
    """.replace("\n", "").split("|")
    if name.strip()
)

#: Words that make an organisation name a media outlet.
#: Last words of newspaper names ("the Harbour Gazette", "the Leeds
#: Herald"): capitalised, they name a media outlet.
MASTHEAD_WORDS: frozenset[str] = frozenset(
    "gazette herald tribune journal chronicle courier examiner inquirer dispatch telegraph observer bulletin"
    " sentinel ledger times post mirror guardian".split()
)

MEDIA_WORDS: frozenset[str] = frozenset(
    """
    newspaper newspapers news agency broadcaster network channel magazine
    tabloid daily weekly paper outlet outlets station reporter reporters
    correspondent correspondents journalist journalists columnist
    editor editors anchor radio television tv press wire
    """.split()
)

#: Nouns after a preposition that name the channel of a statement.
CHANNEL_NOUNS: frozenset[str] = frozenset(
    """
    telephone phone statement interview interviews email e-mail letter
    twitter facebook instagram tiktok youtube telegram x tweet post video
    conference briefing speech radio television tv broadcast podcast
    release release op-ed blog website press call text message rally
    hearing testimony memo call
    """.split()
)

#: Pronouns that stand for a person; for a group; for a thing.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "i", "me"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "we", "us"})
THING_PRONOUNS = frozenset({"it", "its"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})

#: Titles stripped when comparing names ("Governor Samra" = "Samra").
TITLES: frozenset[str] = frozenset(
    """
    mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady
    president vice prime minister secretary governor gov gov. senator sen
    sen. rep rep. representative congressman congresswoman mayor judge
    justice chairman chairwoman chair ceo director general gen gen. col
    col. lt lt. sgt sgt. captain capt capt. commander chief king queen
    prince princess pope rev rev. father sheikh ayatollah president-elect
    candidate nominee former leader speaker attorney ambassador
    spokesman spokeswoman spokesperson minority majority whip house
    democratic republican gop state foreign defense interior deputy
    acting press u.s. us federal
    """.split()
)


def cue_noun_category(lemma: str) -> str | None:
    """The category of a cue noun, or None.

    >>> cue_noun_category("statement"), cue_noun_category("poll"), cue_noun_category("bridge")
    ('speech', 'finding', None)
    """
    for category, words in CUE_NOUNS.items():
        if lemma in words:
            return category
    return None


def cue_category(lemma: str) -> str | None:
    """The category of a reporting verb lemma, or None if it is no cue.

    >>> cue_category("say"), cue_category("believe"), cue_category("eat")
    ('speech', 'belief', None)
    """
    for category, words in CUE_VERBS.items():
        if lemma in words:
            return category
    return None


#: Irregular past forms of cue verbs.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said",),
    "tell": ("told",),
    "think": ("thought",),
    "write": ("wrote", "written"),
    "find": ("found",),
    "know": ("knew", "known"),
    "feel": ("felt",),
    "speak": ("spoke", "spoken"),
    "show": ("shown",),
    "swear": ("swore", "sworn"),
    "bet": ("bet",),
    "foresee": ("foresaw", "foreseen"),
    "understand": ("understood",),
    "hit": ("hit",),
    "bring": ("brought",),
    "seek": ("sought",),
    "lay": ("laid",),
    "go": ("went", "gone"),
    "begin": ("began", "begun"),
    "forecast": ("forecast",),
    "broadcast": ("broadcast",),
    "put": ("put",),
    "see": ("saw", "seen"),
    "cast": ("cast",),
}


def inflections(lemma: str) -> set[str]:
    """The regular and irregular forms of an English verb.

    >>> sorted(inflections("hope"))
    ['hope', 'hoped', 'hopes', 'hoping']
    >>> sorted(inflections("deny"))
    ['denied', 'denies', 'deny', 'denying']
    """
    forms = {lemma}
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        stem = lemma[:-1]
        forms |= {lemma + "s", lemma + "d", stem + "ing"}
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        # a final consonant after one short vowel doubles: admit, admitted
        if len(lemma) >= 3 and lemma[-1] in "bdgmnprt" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    forms |= set(_IRREGULAR.get(lemma, ()))
    return forms


def _form_table() -> dict[str, str]:
    table: dict[str, str] = {}
    lemmas = {w for words in CUE_VERBS.values() for w in words} | QUOTE_ONLY_CUES
    for lemma in sorted(lemmas):
        for form in inflections(lemma):
            table.setdefault(form, lemma)
    return table


#: Word form -> cue lemma, for when the tagger's lemma is wrong ("hopes" -> "hop").
CUE_FORMS: dict[str, str] = _form_table()


#: Verbs outside :data:`CUE_VERBS` that report only with a clause after
#: them, a that-clause, a question clause or a bare one ("the pilot noticed
#: that the buoys had moved", "the crews debated whether to sail"); with an
#: object they perceive or discuss a thing ("noticed the smoke", "debated
#: the budget"), no report. They go to the verb-frame rule as ``ccomp``;
#: "dawn" holds its clause for the one it dawned on ("it dawned on the crew
#: that the tide had turned").
CLAUSE_CUES: dict[str, str] = {"notice": "finding", "debate": "speech", "dawn": "belief"}


def _read_frames() -> dict[tuple[str, str], tuple[str, float]]:
    """The verb frames of ``data/frames.tsv`` (chosen with ``scripts/learn_frames.py``)."""
    from importlib.resources import files

    table: dict[tuple[str, str], tuple[str, float]] = {}
    path = files("quotegraph") / "data" / "frames.tsv"
    if not path.is_file():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("lemma\t"):
            continue
        lemma, frame, category = line.split("\t")
        table[lemma, frame] = (category, FRAME_CONFIDENCE)
    return table


#: The confidence of a report found through a verb frame outside the hand
#: lexicon (:data:`FRAMES`, :data:`CLAUSE_CUES`): lower than a cue verb's.
FRAME_CONFIDENCE = 0.5

#: (verb lemma, frame) -> (category, confidence): verbs outside the hand
#: lexicon whose complement in that frame reports ("X touts Y", "X decried
#: Y", "X vowed to ...").
FRAMES: dict[tuple[str, str], tuple[str, float]] = _read_frames()
