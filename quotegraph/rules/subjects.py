"""Who is speaking: the subject of a cue, found through conjuncts,
participles, relatives, passives and appositions, and the speaker clause
after a quotation (``"...," Ames said``)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from .. import lexicon
from ..quotes import Quote
from .context import Context
from .syntax import (
    _ADDRESSEE_VERBS,
    _after_break,
    _comma_before,
    _conjunct_of_verb_above,
    _DASHES,
    _FIRST_SECOND_PERSON,
    is_reporting,
    _misread_relative,
    _names_time,
    _NON_PERSONAL_SUBJECTS,
    _OPEN_MARKS,
    _passive_participle,
    _perfect_read_as_passive,
    _phrase_before_cue,
    _REPORTING_HINT,
    _SEQUENCE_WORDS,
    _token_at_or_after,
)


_INHERIT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl"})
_SPEAKER_PRONOUNS = lexicon.PERSON_PRONOUNS | lexicon.GROUP_PRONOUNS
#: Nouns that can carry words: "a statement saying ...", "a sign reading ...".
_SAYING_NOUNS = frozenset(w for words in lexicon.CUE_NOUNS.values() for w in words) | frozenset(
    "sign banner headline video ad advert advertisement notice note petition leaflet flyer poster release".split()
)
#: What a source puts out, whose words are the source's ("X printed a
#: piece that claimed ...", "X put out figures that show ...").
_ISSUED_NOUNS = _SAYING_NOUNS | lexicon.DOCUMENT_HEADS | frozenset(
    "piece article column editorial op-ed message post tweet documentary spot mailer".split()
)


def _sender_of_message(verb: Token) -> Optional[Token]:
    """Who sent the message a participle reports, where the parser hangs
    the participle on those it was sent to: in "The union sent an email to
    members saying the pier was unsafe" the email says it and the union,
    its sender, is the source (not the members). Only verbs of saying: in
    "sent a letter to leaders opposing the plan" the leaders may be the ones
    opposed to it."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or lexicon.cue_category(verb.lemma_.lower()) not in ("speech", "writing"):
        return None
    to = verb.head.head
    if verb.head.dep_ != "pobj" or to.lower_ != "to" or to.dep_ not in ("prep", "dative") or verb.head.i + 1 != verb.i:
        return None
    work = to.head
    if work.pos_ in ("VERB", "AUX"):
        work = next((c for c in work.children if c.dep_ == "dobj" and c.i < to.i), None)
    return _issuer(work) if work is not None and work.pos_ == "NOUN" else None


def _named_in_sentence(verb: Token) -> bool:
    """Whether *verb*, a verb of naming read as a participle on the noun
    before it, names something in quotation marks or after a comma ("Ames,
    a fare critic, called the plan “a scam.”"), as the verb of the sentence
    does, unlike "a dog called Rex"."""
    if verb.lemma_.lower() not in lexicon.NAMING_VERBS:
        return False
    pred = next((c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.i > verb.i), None)
    if pred is None:
        return False
    doc = verb.doc
    quoted = any(doc[k].text in _OPEN_MARKS for k in range(verb.i + 1, verb.right_edge.i + 1))
    return quoted or _comma_before(doc, verb.i)


def subject_of(verb: Token) -> Optional[Token]:
    """The subject of *verb*, inherited from the governing verb for
    participles, infinitives and coordinated verbs (``..., claiming``).

    A participle after a comma or dash (``X said A, saying B``, also with a
    quote mark between: ``X said A “B,” adding C``) takes the subject of the
    nearest reporting verb above it when there is one, but not above a
    conjoined clause with a subject of its own; else that of the verb whose
    that-clause it hangs in (``X rejected the claim that A, saying B``): the
    parser often hangs it on a verb of the reported clause instead.
    """
    if _perfect_read_as_passive(verb):
        return next(c for c in verb.children if c.dep_ == "nsubjpass")  # "he's said ...": he has said
    if any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
        # "it was reported that ...", "it is said that ...": no one in particular, or the
        # agent if named ("it was announced by the council that ...")
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if verb.lemma_.lower() in _ADDRESSEE_VERBS and _passive_participle(verb):
        # "Asked about the fire, Ames said ...", "she was told that ...": the
        # one asked or told is no source; the asker is the agent, if named
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    sender = _sender_of_message(verb)
    if sender is not None:
        return sender
    held = _participle_holder(verb)
    if held is not None:
        return held
    if verb.tag_ == "VBG" and verb.dep_ in _INHERIT_DEPS and _after_break(verb):
        anc = verb.head
        while anc.head.i != anc.i:
            if anc.lemma_.lower() in _REPORTING_HINT and anc.i < verb.i:
                break
            if anc.dep_ == "conj" and any(c.dep_ == "nsubj" for c in anc.children):
                break  # "X says A, and Y sued, saying ...": Y's own clause
            anc = anc.head
        if anc.lemma_.lower() in _REPORTING_HINT and anc.i < verb.i:
            subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
        top = _above_that_clause(verb.head)
        if top is not verb.head:
            subj = next((c for c in top.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in _SEQUENCE_WORDS and verb.head.dep_ == "prep":
        clause = verb.head.head  # "Ames said the pier is safe before adding that ...": Ames
        if clause.dep_ == "ccomp" and is_reporting(clause.head) and clause.head.i < clause.i:
            said_by = subject_of(clause.head)
            if said_by is not None:
                return said_by
    listed = _listed_participle_cue(verb)
    if listed is not None:
        return subject_of(listed)  # "..., saying A and calling B": the speaker of "saying"
    tok = verb
    clause = verb.head
    if (verb.dep_ == "conj" and clause.dep_ == "ccomp" and is_reporting(verb) and is_reporting(clause.head)
            and not is_reporting(clause) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and not any(c.dep_ == "nsubj" and c.lower_ in _SPEAKER_PRONOUNS and not _same_speaker(c, clause.head)
                        for c in clause.children)):  # fmt: skip
        # "Ames said the ferry had left and said ...": the second "said"
        # hung on the first one's clause, and so in "Ames said she would
        # stay and vowed ..." (not so in "Ames said they had left and said
        # ...", where they may have said it)
        tok = clause.head
    for _ in range(6):
        for child in _subjects_nearest_first(tok):
            if child.dep_ == "nsubj":
                if tok.dep_ in ("relcl", "acl") and child.lower_ in lexicon.RELATIVE_PRONOUNS:
                    work = _work_before(tok.head)
                    issuer = _issuer(work if work is not None else tok.head)
                    if issuer is not None:
                        return issuer  # "X ran an ad that attacked Y": X
                    if work is not None and child.lower_ in ("that", "which"):
                        return work  # "the report on the fire that found ...": the report
                if tok is not verb and _dummy_subject(child, tok):
                    return None  # "it is worth stressing that ...": no one in particular
                # a relative "who" is returned as it is: the mention is the
                # pronoun, the entity its antecedent (see extract.py)
                return _second_clause_subject(_past_dateline(child, tok), tok)
            if child.dep_ == "agent" and not _passive_conjunct_head(verb, tok):  # "was told by X"
                for gc in child.children:
                    if gc.dep_ == "pobj":
                        return gc
            if child.dep_ == "nsubjpass" and tok is not verb and tok.lemma_.lower() in _PASSIVE_WITNESS:
                return child  # "Ames was quoted as saying ...", "Ames was heard saying ...": Ames
            if child.dep_ == "nsubjpass" and _passive_conjunct_head(verb, tok):
                return child  # "Ames was joined by Cole and said ...": Ames
        if tok.dep_ == "relcl" and _purpose_infinitive(tok):
            tok = _governing_verb(tok.head)  # "Ames used the hearing to paint herself as ...": Ames
            continue
        if _finite_conj_of_infinitive(verb, tok):
            tok = _governing_verb(tok.head)  # "Ames ran on a plan to cut fares and accused ...": Ames
            continue
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "Ames, who was born here and says ...": the relative pronoun
            # (its entity is the antecedent), else the noun itself
            rel = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.lower_ in ("who", "that", "which")), None)
            return rel if rel is not None and verb is not tok else tok.head
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.lemma_.lower() in _SAYING_NOUNS:
            # "X issued a statement saying ...": X; "a sign reading ...": the sign
            return _issuer(tok.head) or _speaker_of_speech(tok.head) or tok.head
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ in ("dobj", "attr") and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head  # "X wrote to members saying ...": the participle is X's
            continue
        if (tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and tok.head.dep_ == "dobj" and tok.head.head.pos_ == "VERB"
                and _comma_before(tok.doc, tok.i) and any(c.dep_ == "dobj" for c in tok.children)):  # fmt: skip
            # "the board rejected the claims, ruled Ames eligible and ...": a
            # past tense with an object of its own, listed after the first verb
            tok = tok.head.head
            continue
        if (tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN")
                and not any(c.dep_ == "aux" for c in tok.children)
                and (any(c.dep_ == "ccomp" for c in tok.children) or _named_in_sentence(tok))):  # fmt: skip
            # "Two analysts, Ames and Cole, found that ...", parsed as a
            # phrase with "found" as a participle on it: the verb of the
            # sentence; so too "Ames, a fare critic, called the plan “a
            # scam.”" (not "a dog called Rex", a name given, not a naming)
            return tok.head
        if (tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN", "PRON")
                and (lexicon.cue_category(tok.lemma_.lower()) == "speech" or tok.lemma_.lower() == "back")):  # fmt: skip
            # "candidates proposing tax cuts": the candidates; so too "a group
            # backing the mayor" (other beliefs there, "supporting" among
            # them, are reports less often than not)
            return tok.head
        if tok.dep_ == "conj" and tok.head.dep_ == "xcomp" and _conjunct_of_verb_above(tok.head, tok):
            tok = tok.head.head  # "Ames urged the crew to stay and vowed ...": Ames vowed, not the crew
            continue
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _OBJECT_CONTROL_VERBS:
            # "the result led some to wonder ...": the object of the verb
            # above is the subject of its infinitive
            obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
            if obj is not None and obj.lower_ not in ("it", "this", "that"):
                return obj
        if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.tag_ == "VB":
            # "Ames left, urging the crew to stay calm and promising ...": a
            # participle is coordinated with the participle above the
            # infinitive, not with the infinitive (whose subject is the crew)
            above = next((a for a in tok.head.ancestors if a.tag_ == "VBG"), None)
            if above is not None and above.i < tok.i and above.dep_ in ("advcl", "conj", "xcomp") and not any(c.dep_ == "aux" for c in above.children):
                tok = above
                continue
        if tok.dep_ in _INHERIT_DEPS | {"prep", "acomp"} and tok.head.i != tok.i:
            tok = tok.head
            continue
        if _listed_finite_verb(tok):
            tok = tok.head  # "Ames paused, then admitted she ...": Ames admitted
            continue
        if _gerund_host(verb, tok):
            tok = tok.head  # "Ames stopped short of endorsing ...", "was the first in denouncing ...": Ames
            continue
        if _verb_conjunct_on_complement(verb, tok):
            tok = tok.head  # "Ames called it “absurd” and called on ...": the conjunct hung on "absurd"
            continue
        break
    left = _left_subject(verb)
    if left is None and tok is not verb and tok.dep_ == "ROOT" and tok.pos_ == "VERB":
        left = _left_subject(tok)  # "In a talk in Leeds Ames continued to insist ...": the verb above
    return left


def _listed_finite_verb(tok: Token) -> bool:
    """Whether *tok* is a past or present tense verb listed after a comma
    with no subject of its own, which the parser hung on the verb before
    it as an unlabelled dependent ("the board delayed the vote, admitted
    it had lost the file, and ...", "Ames paused, then admitted ..."): it
    shares that verb's subject."""
    if tok.dep_ != "dep" or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    head = tok.head
    if head.i >= tok.i or head.pos_ not in ("VERB", "AUX"):
        return False
    before = tok.left_edge.i - 1
    if before > 0 and tok.doc[before].lower_ == "then":
        before -= 1  # "paused, then admitted": "then" hung on the verb before
    return before > 0 and tok.doc[before].text == ","


def _listed_participle_cue(verb: Token) -> Optional[Token]:
    """The participle cue that *verb*, a participle with no subject of its
    own after "and", is listed with when the parser hung *verb* on a verb of
    the first one's reported clause: in "..., saying the pier was safe and
    calling the closure a farce" the one who called is the one who said."""
    if verb.tag_ != "VBG" or verb.dep_ != "conj" or verb.left_edge.i != verb.i or verb.i == 0:
        return None
    if verb.doc[verb.i - 1].dep_ != "cc" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in verb.children):
        return None
    above = next((a for a in verb.ancestors if a.tag_ == "VBG" and is_reporting(a)), None)
    if above is None or above.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    comp = next((c for c in above.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if comp is None or verb not in list(comp.subtree):
        return None
    return above


def _gerund_host(verb: Token, tok: Token) -> bool:
    """Whether *tok* is a word on the verb above that a gerund of *verb*
    hangs on through a preposition ("stopped *short* of endorsing", "was
    the *first* in denouncing", "has a *record* of backing"): the gerund's
    subject is that verb's."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or tok.dep_ not in ("advmod", "attr", "dobj", "oprd"):
        return False
    return tok.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "prep" and c.is_ancestor(verb) for c in tok.children)


#: Verbs whose object's participle is still the subject's: reaching someone
#: ("she texted the crew saying ..."), putting out a work ("the board passed
#: a motion urging ...", "the party ran an ad mocking ..."), taking part in
#: an event ("the mayor opened the meeting praising ...") and idioms ("had a
#: hard time explaining", "drew crowds promising ...").
_SUBJECTS_PARTICIPLE_VERBS = frozenset(
    "email e-mail text call phone ring write message contact mail wire cable tweet address send"
    " run air launch release publish file submit pass adopt approve issue feature unveil produce post create introduce"
    " open enter hold host make do give deliver lead start end close begin attend join"
    " have spend draw".split()
)


def _verb_conjunct_on_complement(verb: Token, tok: Token) -> bool:
    """Whether *tok*, reached from *verb* through the coordination, is a
    complement of another verb that the parser coordinated *verb* with: in
    "Ames called the plan “absurd” and vowed to fight it", "vowed" hangs on
    "absurd"; a verb is coordinated with a verb, so the subject is that of
    the verb above."""
    if tok.pos_ in ("VERB", "AUX") or tok.dep_ not in ("oprd", "dobj", "attr") or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    below = next((t for t in [verb, *verb.ancestors] if t.head.i == tok.i and t.i != tok.i), None)
    return below is not None and below.dep_ == "conj" and below.pos_ == "VERB" and below.i > tok.i


def _passive_conjunct_head(verb: Token, tok: Token) -> bool:
    """Whether *verb* is an active verb coordinated with the passive *tok*
    by a conjunction: in "Ames was joined by Cole and said ...", the passive
    subject says it, not the agent (without the conjunction, in "... was
    built by a firm, Cole's, is ...", the parser may have cut a subject off)."""
    return (verb.dep_ == "conj" and verb.head.i == tok.i and tok is not verb
            and not any(c.dep_ == "auxpass" for c in verb.children) and verb.tag_ in ("VBD", "VBZ", "VBP")
            and any(c.dep_ == "cc" and tok.i < c.i < verb.i for c in tok.children))  # fmt: skip


_SINGULAR_PRONOUNS = frozenset({"he", "she", "i"})


def _same_speaker(pronoun: Token, verb: Token) -> bool:
    """Whether the subject *pronoun* of a that-clause may stand for the
    subject of the reporting *verb* above it: "he" or "she" under one
    named or singular speaker ("Ames said she would stay"), "I" under "I",
    never "they" under "Ames"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or pronoun.lower_ not in _SINGULAR_PRONOUNS:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ == pronoun.lower_
    return subj.tag_ in ("NN", "NNP") and pronoun.lower_ != "i"


def _finite_conj_of_infinitive(verb: Token, tok: Token) -> bool:
    """Whether *tok* is an infinitive on a noun ("a plan to cut fares") that
    the parser made the head of the tensed verb *verb* coordinated with it:
    in "Ames ran on a plan to cut fares and accused the board of waste",
    "accused" is no part of the plan; its subject is that of the clause."""
    return (verb.dep_ == "conj" and verb.head.i == tok.i and verb.tag_ in ("VBD", "VBZ")
            and tok.dep_ == "acl" and tok.tag_ == "VB" and tok.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children))  # fmt: skip


#: Passive verbs of hearing or recording whose subject is the speaker of a
#: participle below them: "Ames was quoted as saying ...", "was overheard
#: telling ...", "was caught on tape saying ...".
_PASSIVE_WITNESS = frozenset("quote hear overhear see catch record film tape videotape photograph".split())


def _above_that_clause(verb: Token) -> Token:
    """The verb whose that-clause or noun's that-clause *verb* heads, or
    *verb* itself: in "the mayor rejected the claim that the ferry was late,
    saying ...", the parser hangs "saying" on "was"; the mayor says it."""
    top = verb
    while top.dep_ in ("ccomp", "acl") and any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in top.children):
        top = top.head
        while top.pos_ in ("NOUN", "PROPN") and top.dep_ in ("dobj", "pobj", "prep") and top.head.i != top.i:
            top = top.head
        while top.dep_ == "prep" and top.head.i != top.i:
            top = top.head
    return top if top.pos_ in ("VERB", "AUX") else verb


def _subjects_nearest_first(verb: Token) -> list[Token]:
    """The children of *verb*, with its subjects before it nearest first:
    where the parser gives a verb two subjects ("In Leeds, Ohio, Ames (D)
    said", with the place as a subject too), the nearer is the speaker,
    unless it stands in a bracketed aside."""
    children = list(verb.children)
    before = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(before) >= 2:  # (the bracket test reads the sentence: only when needed)
        before = [c for c in before if not _in_brackets(c)]
    if len(before) >= 2 and before[-1].lower_ in _FLOATING_QUANTIFIERS:
        before = before[:-1]  # "The crews - whose pay was cut - both said ...": the crews
    if len(before) < 2:
        return children
    return sorted(before, key=lambda c: -c.i) + [c for c in children if c not in before]


#: Quantifiers that float after the subject they count ("the crews both said").
_FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})


def _in_brackets(tok: Token) -> bool:
    """Whether *tok* stands in a bracketed aside ("Ames (her book sold
    well) said")."""
    words = [t.text for t in tok.doc[tok.sent.start : tok.i]]
    return words.count("(") > words.count(")")


def _purpose_infinitive(verb: Token) -> bool:
    """Whether *verb*, an infinitive the parser hangs on a noun as a relative
    clause, says what the noun is for ("used the hearing to paint herself as ...",
    "held a briefing to boast that ...") rather than who acts ("the first
    mayor to say ...", "the only one to object")."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or any(c.lower_ in _SUBJECT_MARKING_MODIFIERS or c.ent_type_ == "ORDINAL" for c in noun.children):
        return False
    return _governing_verb(noun) is not noun


#: Modifiers that make an infinitive on a noun the noun's act ("the first to say").
_SUBJECT_MARKING_MODIFIERS = frozenset("first last only next second third".split())


def _governing_verb(noun: Token) -> Token:
    """The verb *noun* is the object of, directly or through a preposition
    ("pointed to a case": "pointed"), or *noun* itself."""
    tok = noun
    while tok.dep_ in ("dobj", "pobj", "prep", "dative", "attr", "npadvmod") and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return noun


def _second_clause_subject(subj: Token, verb: Token) -> Token:
    """The subject of the second of two clauses the parser read as one
    subject: in "a few captains called for a strike, and the union
    denounced the plan", "called" is parsed as a reduced relative on
    "captains" and "the union" as its conjunct, both the subject of
    "denounced". A past tense (not a participle, as in "a group called
    Tidewatch") with a complement of its own marks the first clause."""
    first = next((c for c in subj.rights if c.dep_ == "acl" and c.tag_ == "VBD"
                  and any(g.dep_ in ("dobj", "prep", "ccomp", "xcomp") for g in c.children)), None)  # fmt: skip
    if first is None:
        return subj
    conj = [c for c in subj.rights if c.dep_ == "conj" and c.i > first.right_edge.i and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
    if not conj or not any(c.dep_ == "cc" and first.right_edge.i < c.i < conj[-1].i for c in subj.children):
        return subj
    return conj[-1]


def _dummy_subject(subj: Token, verb: Token) -> bool:
    """Whether *subj* of the copula *verb* stands for no one, where a cue
    below inherits it: "it is only fair to ask ...", "it is worth stressing
    ...", "there is cause to think ...", "that is not to say ..."."""
    return subj.lower_ in ("it", "there", "that", "this") and verb.lemma_.lower() in ("be", "mean")


def _past_dateline(subj: Token, verb: Token) -> Token:
    """The subject after a dateline the parser took for it: in "LEEDS, May 4
    (Wire) — The mayor said ...", the place is parsed as the subject and the
    mayor as its apposition or as a second subject. Only a phrase opening
    the sentence and closed by a single dash counts."""
    if subj.i > verb.i or subj.i + 1 == verb.i or subj.left_edge.i != subj.sent.start:
        return subj  # (right before the verb: no room for a dash)
    dashes = [t for t in subj.doc[subj.i + 1 : verb.i] if t.text in _DASHES and subj.doc[t.i - 1].whitespace_]
    if len(dashes) != 1 or dashes[0].head.i not in (subj.i, verb.i) and dashes[0] not in subj.subtree:
        return subj
    after = [c for c in verb.children if c.dep_ == "nsubj" and dashes[0].i < c.i < verb.i]
    after += [c for c in subj.children if c.dep_ == "appos" and dashes[0].i < c.i < verb.i]
    return after[-1] if after else subj


def _participle_holder(verb: Token) -> Optional[Token]:
    """The noun phrase right before a participle that is its subject.

    After "with" ("the hearing closed with the mayor asking ...", but not
    "replaced it with a text calling for ...", the participle hung on the
    noun); as the object of a verb of perceiving or leaving ("the vote left many residents
    wondering ...", "we saw the crew waving ..."); and where the participle
    hangs on the object of another verb ("the office got calls asking ...",
    "he is a man saying ..."), but not after a verb of contacting ("the union
    emailed its members saying ...") or of putting out a work ("the board
    passed a motion urging ..."): there the subject says it; and where it
    hangs on a subject or on a noun after "of" ("the share of voters saying
    ..."), but not on an adverbial phrase ("on most days reporting ...").
    A participle of belief is never the object's ("the crew left port
    knowing ...").

    A comma before the participle is allowed only where it closes an aside
    in the object ("left residents, even the mayor's allies, wondering").
    """
    if verb.tag_ != "VBG" or verb.i < 2:
        return None
    doc = verb.doc
    i = verb.i - 1
    if doc[i].text == ",":
        i -= 1
    noun, tok = None, doc[i]
    while (tok.right_edge.i == i or tok.is_ancestor(verb)) and tok.i < verb.i:
        if tok.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "DET") and tok.dep_ != "prep":
            noun = tok  # the whole phrase: "most of the crew", "voters, even his allies,"
        elif tok.pos_ != "ADP" and tok.dep_ != "prep":
            break
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if noun is None or noun.pos_ in ("ADJ", "DET") and not any(c.dep_ == "prep" for c in noun.children):
        return None
    if noun.lemma_.lower() in _SAYING_NOUNS:
        return None  # "a statement saying ...": see subject_of
    if i != verb.i - 1 and not any(t.text == "," for t in doc[noun.i : i + 1]):
        return None  # "left the meeting, saying ...": the subject's
    if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "without") and verb.head.i != noun.i:
        return noun
    if lexicon.cue_category(verb.lemma_.lower()) == "belief":
        return None
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _PERCEIVING_VERBS and verb.head.i in (noun.i, head.i):
        return noun
    if verb.dep_ != "acl" or i != verb.i - 1 or not noun.is_ancestor(verb) and verb.head.i != noun.i:
        return None
    if noun.dep_ == "attr":
        return noun
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        return None if head.lemma_.lower() in _SUBJECTS_PARTICIPLE_VERBS or is_reporting(head) else noun
    if noun.dep_ in ("nsubj", "nsubjpass", "conj", "appos", "ROOT") or noun.dep_ == "pobj" and noun.head.lower_ not in ("in", "on", "at", "with", "without", "during", "after", "before", "for"):
        return noun  # "voters saying they are unsure rose ...", "the share of voters saying ..."
    return None


#: Verbs whose object does what their participle says ("saw the mayor
#: waving", "left voters wondering").
_PERCEIVING_VERBS = frozenset("see hear watch find catch notice leave keep".split())


def _issuer(noun: Token) -> Optional[Token]:
    """Who put out the statement, ad or video *noun*: the subject of the
    verb it is the object of ("X issued a statement", "X ran an ad")."""
    if noun.lemma_.lower() not in _ISSUED_NOUNS:
        return None
    if noun.dep_ == "conj" and noun.head.dep_ == "dobj":
        noun = noun.head  # "X ran a video and an ad that ...": the first conjunct is the object
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subj is None and noun.head.tag_ == "VBG" and noun.head.dep_ in ("advcl", "xcomp", "conj"):
        # "X hit back, releasing a statement that ...": X (but in "a man
        # carrying a sign saying ...", the participle on a noun, the sign's)
        subj = subject_of(noun.head)
    return subj


def _work_before(noun: Token) -> Optional[Token]:
    """The statement, ad or report a relative clause hung on *noun* belongs
    to, where *noun* only ends its phrase: in "the report on the fire that
    found ...", "X posted a video on its site that shows ..." and "X put out
    figures on Monday that show ...", the clause is the report's, the video's
    and the figures'. None where *noun* is itself such a work."""
    if noun.lemma_.lower() in _ISSUED_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "in", "about") and noun.head.dep_ == "prep":
        work = noun.head.head
        if work.pos_ in ("VERB", "AUX"):
            # the phrase hung on the verb: the object right before it
            work = next((c for c in work.children if c.dep_ == "dobj" and c.right_edge.i == noun.head.i - 1), work)
        if work.pos_ == "NOUN" and work.lemma_.lower() in _ISSUED_NOUNS:
            return work
    if noun.dep_ == "npadvmod" and _names_time(noun) and noun.left_edge.i > 0:
        prev = noun.doc[noun.left_edge.i - 1]
        if prev.pos_ == "NOUN" and prev.lemma_.lower() in _ISSUED_NOUNS and prev.dep_ == "dobj" and prev.head.i == noun.head.i:
            return prev
    return None


#: Speeches and texts whose words are their speaker's or writer's.
_SPEECH_NOUNS = frozenset(lexicon.CUE_NOUNS["speech"] | lexicon.CUE_NOUNS["writing"]) - lexicon.DOCUMENT_HEADS


def _speaker_of_speech(noun: Token) -> Optional[Token]:
    """Who gave the speech or wrote the piece *noun* that a verb's
    prepositional phrase names after it ("Ames hit back in an article
    arguing ...", "Ames spent the speech defending ..."): the verb's subject.
    A phrase before the subject frames the report ("In a statement
    defending the mayor, the party said ..."): the statement is the source."""
    if noun.lemma_.lower() not in _SPEECH_NOUNS or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    if noun.head.lower_ == "of" and verb.dep_ in ("dobj", "npadvmod") and verb.lower_ in _SHARE_WORDS:
        verb = verb.head  # "Ames spent much of the speech defending ...": the verb above the share
    if verb.pos_ not in ("VERB", "AUX") or noun.i < verb.i:
        return None
    return subject_of(verb)


#: Words for a share of something ("much of the speech").
_SHARE_WORDS = frozenset("much most part half all some rest bulk portion majority".split())


def _left_subject(verb: Token) -> Optional[Token]:
    """The noun phrase right before a finite verb the parser left without a
    subject, having hung it on an earlier phrase ("Speaking in Leeds on
    behalf of his sister, her brother Tom Ames said ...": "Ames" parsed as
    an apposition of "sister").

    An aside between the phrase and the verb is stepped over: "Ames, the
    mayor, said", "Ames, who chairs the board, said", "Ames (a Green)
    says", "Ames - in a short speech - declared". The phrase before the
    aside's opening mark is taken when the aside hangs on it or on the verb.
    """
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not (verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
        return None  # but "A fifth objected ..." with the verb tagged as a participle
    stranded = _stranded_subject(verb) or _listed_clause_subject(verb)
    if stranded is not None:
        return stranded
    doc, first = verb.doc, verb.sent.start
    i = verb.i - 1
    while i >= first and doc[i].pos_ in ("ADV", "AUX", "PART") and doc[i].head.i == verb.i:
        i -= 1
    if i <= first:
        return None
    tok = doc[i]
    if tok.text not in _ASIDE_CLOSERS:
        if tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and (tok.head.i != verb.i or tok.dep_ in ("npadvmod", "dep", "nummod")):
            return tok  # also "Some 3 in 5 think ...", the number hung on the verb
        if tok.dep_ == "compound" and tok.head.i == verb.i and tok.text[:1].isalpha():
            return tok  # "..., harbour board records show.": the phrase read as the verb's compound
        return None
    opener = "(" if tok.text == ")" else tok.text
    last = doc[i - 1]
    for j in range(i - 2, max(first, i - 40), -1):
        if doc[j].text != opener or j - 1 < first:
            continue
        noun = doc[j - 1]
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if opener != "," or noun in last.ancestors or noun.i == last.i or doc[j + 1].head.i == verb.i:
            return noun
    return None


def _stranded_subject(verb: Token) -> Optional[Token]:
    """The subject of *verb* that the parser gave to a relative clause
    before it, read as the verb's complement: in "Ames, who runs the
    ferry, said ...", "runs" gets two subjects, "Ames" and "who"."""
    for clause in verb.lefts:
        if clause.dep_ not in ("ccomp", "advcl", "parataxis"):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        rel = [c for c in subjects if c.lower_ in lexicon.RELATIVE_PRONOUNS]
        nouns = [c for c in subjects if c.pos_ in ("NOUN", "PROPN") and rel and c.i < rel[0].i]
        # "Ames, who chairs the board and opposed the plan, said": the
        # second verb of the relative clause read as the verb's complement
        nouns += [c for c in subjects if c.pos_ in ("NOUN", "PROPN") and any(g.dep_ == "relcl" and g.i > c.i for g in c.children)]
        # "Ames, whose firm, Ocean Lines, runs ferries, said"
        nouns += [c for c in subjects if c.pos_ in ("NOUN", "PROPN") and any(g.tag_ == "WP$" and g.i > c.i for g in c.subtree)]
        if nouns:
            return nouns[0]
    return None


def _listed_clause_subject(verb: Token) -> Optional[Token]:
    """The subject of the first of two verbs listed with a comma, which the
    parser read as a clause reported by the second: in "Ames praised the
    crew, then denounced the board and said ...", "praised" is parsed as the
    complement of "denounced", which is left without a subject. The second
    verb must have a complement of its own (else it may be a speaker clause
    set after the report: "The pier is safe, says Ames")."""
    if not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return None
    doc = verb.doc
    for clause in verb.lefts:
        if clause.dep_ != "ccomp" or clause.pos_ != "VERB":
            continue
        between = doc[clause.right_edge.i + 1 : verb.i]
        if not any(t.text == "," for t in between) or not all(t.is_punct or t.pos_ == "ADV" for t in between):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subj is not None and subj.lower_ not in _NON_PERSONAL_SUBJECTS and subj.lower_ not in _FIRST_SECOND_PERSON:
            return subj
    return None


#: Marks that close an aside between a subject and its verb.
_ASIDE_CLOSERS = frozenset({",", ")", "-", "–", "—", "--"})


#: Verbs whose object is the subject of their infinitive ("led some to
#: wonder", "urged voters to reject").
_OBJECT_CONTROL_VERBS = frozenset(
    "lead leave prompt cause force ask tell urge encourage push press allow want expect get convince persuade"
    " inspire spur drive invite pressure help enable require order challenge dare move provoke".split()
)


def _trailing_speaker_clause(doc: Doc, q: Quote, ctx: Context) -> Optional[tuple[Token, Token]]:
    """The cue and speaker of the clause right after quotation *q*, which
    breaks off with a comma (or ? or !): ``“A,” Ames, 61, recalled on
    Monday``, ``“A,” the editorial read``, ``“A,” added Ames.`` The cue is
    the first word that is a form of a speech or writing verb (whatever its
    tag: the parser often mistags a clause it does not join to the
    quotation), else the first verb in the past or present tense; the
    speaker is its subject, else the last word of the phrase before it, or
    of the name after it (``said Ann Ames, who ...``)."""
    text = ctx.text
    inner = text[q.start : q.end].rstrip("”\"’'» ")
    if not inner.endswith((",", "?", "!")):
        return None
    j = _token_at_or_after(doc, q.end)
    if j is None:
        return None
    cue = None
    relative = False  # past a relative clause on the speaker: only a speech verb may follow
    for t in doc[j : min(len(doc), j + 12)]:
        if t.text in _OPEN_MARKS or t.text in (".", ";") or "\n" in t.text:
            return None
        lemma = lexicon.CUE_FORMS.get(t.lower_)
        if lemma is not None and ctx.cue_verbs.get(lemma) in ("speech", "writing") and t.dep_ not in ("aux", "compound", "amod"):
            cue = t
            break
        if t.tag_ in ("VBD", "VBZ", "VBP") and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") and not relative:
            if inner.endswith(("?", "!")) or any(c.dep_ == "mark" for c in t.children):
                # “... tonight!” The drama follows ...: a new sentence after a
                # closing ! or ?; “A,” after Cole left ...: a subordinate clause
                continue
            if t.dep_ == "relcl" and _misread_relative(t):
                # "“A,” a sailor who heads the trust": no speaker clause, unless a
                # speech verb follows the relative ("“A,” Ames, the clerk who
                # founded the trust, wrote on Monday")
                relative = True
                continue
            cue = t
            break
    if relative and cue is None:
        return None
    if cue is None:
        return None
    source = subject_of(cue)
    if source is not None and q.end <= source.idx < cue.idx:
        return cue, source
    before = [t for t in doc[j : cue.i] if not (t.is_punct or t.is_space)]
    if before:
        head = _phrase_before_cue(doc[j : cue.i])
        if head is None:
            # the words up to the first comma: "the 43-year-old", "Ames, 61,"
            chunk = []
            for t in doc[j : cue.i]:
                if t.text == ",":
                    break
                if not t.is_punct:
                    chunk.append(t)
            head = chunk[-1] if 0 < len(chunk) <= 6 and chunk[-1].pos_ not in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ") else None
        return (cue, head) if head is not None else None
    # inverted: "said Ann Ames": the last word of the name after the verb
    name = []
    for t in doc[cue.i + 1 : min(len(doc), cue.i + 8)]:
        if t.is_punct or t.lower_ in lexicon.RELATIVE_PRONOUNS or t.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ"):
            break
        name.append(t)
    if name and name[-1].pos_ in ("PROPN", "NOUN") or name and name[-1].text[:1].isupper():
        return cue, name[-1]
    if any(t.is_space for t in doc[j : cue.i]):
        return cue, None  # the clause past a no-break space ("”\u00a0said ..."), its speaker not found: no source
    return None
