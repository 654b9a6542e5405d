"""Nouns that carry a report: ``noun_clause`` (``the claim that ...``),
``noun_prep``, ``noun_infinitive``, ``copular_report``, ``open_stance``,
polls and estimates."""

from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Doc, Token

from .. import lexicon
from .context import Candidate, Context
from .subjects import subject_of
from .syntax import (
    _bare_clause,
    clause_tokens,
    contiguous,
    cue_span,
    _FIRST_SECOND_PERSON,
    _governs_clause,
    is_reporting,
    _names_time,
    _NON_PERSONAL_SUBJECTS,
    _opens_with_that,
    _POLL_SUBJECTS,
    _prep_object,
    _prep_phrase_end,
    _put_out_noun,
    span_chars,
    trim,
    _UNOWNED_CLAUSE_NOUNS,
)


def _personal_subject(verb: Token) -> Optional[Token]:
    """The subject of *verb* (see :func:`subject_of`) unless it is a pronoun
    that names no one (:data:`_NON_PERSONAL_SUBJECTS`: "it", "this", ...)."""
    subj = subject_of(verb)
    return subj if subj is not None and subj.lower_ not in _NON_PERSONAL_SUBJECTS else None


_POSSESSIVE_NUMBER = {"his": "sg", "her": "sg", "its": "sg", "their": "pl"}


def _possessor_source(noun: Token) -> Optional[Token]:
    """The possessor of a cue noun, or, where it is a pronoun that the
    subject of the verb taking the noun as its object stands for, that
    subject ("Ames stepped up her attacks on Cole": Ames, the one named)."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in _POSSESSIVE_NUMBER or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return poss
    if is_reporting(noun.head):
        return poss  # "Ames questioned his support for ...": a reaction to another's
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _NON_PERSONAL_SUBJECTS or subj.lower_ in lexicon.RELATIVE_PRONOUNS:
        return poss
    plural = subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we") or any(c.dep_ == "conj" for c in subj.children)
    return subj if plural == (_POSSESSIVE_NUMBER[poss.lower_] == "pl") else poss


#: Nouns of a shared sense or feeling whose "among" phrase before their
#: that-clause names who holds it ("a feeling among the crews that the
#: pier is doomed"); those that are no cue noun otherwise report only
#: with it (bare, "a sense that ..." is mostly the writer's). Not "concern":
#: "raised concerns among the crews that ..." is the raiser's.
_AMONG_CLAUSE_NOUNS: dict[str, str] = dict.fromkeys("sense feeling recognition perception fear fears".split(), "belief")


#: Nouns of a belief that report their that-clause with no possessor only
#: when the verb taking them names who holds it ("the board never warmed to
#: the idea that the ferry pays", "the crews hold out hope that ...");
#: bare ("the idea that ...", "is a belief that ...") they are mostly the
#: writer's.
_HELD_CLAUSE_NOUNS: dict[str, str] = dict.fromkeys("idea hope belief".split(), "belief")

#: Nouns with a that-clause outside the cue nouns of the lexicon, with their
#: category (an unowned noun's first, then an "among" noun's, then a held one's).
_OTHER_CLAUSE_NOUNS: dict[str, str] = {**_HELD_CLAUSE_NOUNS, **_AMONG_CLAUSE_NOUNS, **_UNOWNED_CLAUSE_NOUNS}


#: Prepositions through which a verb takes a noun of what was said as an
#: argument ("came out with the claim that ...", "backed away from the
#: suggestion that ..."), not as a circumstance ("despite complaints that").
_ARGUMENT_PREPS = frozenset({"with", "from", "at", "to", "on", "against", "behind"})


#: Verbs whose subject stirs up or looks into talk of others ("the vote
#: stoked speculation that ...", "the board heard complaints that
#: ..."), besides those of :data:`_UNDERGOING_VERBS`.
_STIRRING_VERBS = frozenset({"stoke", "feed", "drive", "hear", "investigate", "probe"})


def _clause_noun_holder(noun: Token) -> Optional[Token]:
    """The one who makes or takes up the claim of a noun of
    :data:`_UNOWNED_CLAUSE_NOUNS` with no possessor: the subject of the verb
    taking it as its object or through an argument preposition ("Ames
    repeated the claim that ...", "Cole scoffed at the suggestion that
    ..."), as the annotation has it, unless the verb is one of meeting or
    setting off what others say (:data:`_UNDERGOING_VERBS`: "the vote
    prompted complaints that ..."); else nobody."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _ARGUMENT_PREPS:
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    if head.pos_ != "VERB" or head.lemma_.lower() in _UNDERGOING_VERBS | _STIRRING_VERBS:
        return None
    return _personal_subject(head)


def noun_clause_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``Trump's claim that the election was rigged``, ``the warning by
    officials that ...``: a cue noun with a that-clause, its source the
    possessor (or a "by" / "from" phrase before the clause: "advice from
    the crews that ..."). Nouns of :data:`_UNOWNED_CLAUSE_NOUNS`
    report their clause with no source too ("complaints that the ferry is
    late")."""
    for tok in ctx.tokens_where(doc, lemma=set().union(*lexicon.CUE_NOUNS.values(), _OTHER_CLAUSE_NOUNS)):
        if tok.pos_ != "NOUN":
            continue
        lemma = tok.lemma_.lower()
        category = lexicon.cue_noun_category(lemma) or _OTHER_CLAUSE_NOUNS.get(lemma)
        if category is None or category not in ctx.categories:
            continue
        clause = next(
            (c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > tok.i
             and _opens_with_that(c)),
            None,
        )
        if clause is None:
            continue
        source = _possessor_source(tok)
        if source is None:
            preps = ("by", "from", "among") if lemma in _AMONG_CLAUSE_NOUNS else ("by", "from")
            by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps and c.i < clause.i), None)
            source = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if source is None and lemma in _HELD_CLAUSE_NOUNS:
            source = _clause_noun_holder(tok)  # "never warmed to the idea that ..."
            if source is None or source.lower_ in _FIRST_SECOND_PERSON or not (source.pos_ in ("PROPN", "PRON") or source.tag_ == "NNS"):
                continue  # a singular common noun is mostly a thing ("the plan rests on the belief that ...")
            if _put_out_noun(tok.head) == tok:
                continue  # "floated the idea that ...": light_verb_rules report it with the verb as cue
        elif source is None and lexicon.cue_noun_category(lemma) is None and lemma not in _UNOWNED_CLAUSE_NOUNS:
            continue  # "a sense that ...": no one named
        if source is None:
            if lemma not in _UNOWNED_CLAUSE_NOUNS or any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
                continue
            source = _clause_noun_holder(tok)
        toks = trim(contiguous(clause_tokens(clause, ctx=ctx)))
        if len(toks) < 3:
            continue
        yield Candidate(
            content=span_chars(toks),
            cue=(tok.idx, tok.idx + len(tok.text)),
            cue_token=tok,
            source_token=source,
            rule="noun_clause",
            confidence=0.6 if source is not None else 0.3,
            cue_lemma=lemma,
            cue_category=category,
        )


#: Report nouns whose "about" phrase is what was said (``the mayor's
#: remarks about the pier were brief``) only as the subject of their clause:
#: as an object or after a preposition ("rejected the mayor's remarks about
#: ...", "stood by her remarks about ...") they are mostly another
#: report's content (on PolNeAR train 6 of 8 right as subjects, 6 of 22
#: elsewhere).
_SAID_ABOUT_NOUNS = frozenset(lexicon.SAID_ABOUT_NOUNS)


def noun_prep_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``the mayor's support for the plan``, ``her attack on the board``: a
    stance noun (:data:`quotegraph.lexicon.STANCE_NOUNS`) with a possessor,
    the source (see :func:`_possessor_source`), and the prepositional phrase
    that holds the content."""
    for tok in ctx.tokens_where(doc, lemma=lexicon.STANCE_NOUNS):
        if tok.pos_ != "NOUN":
            continue
        entry = lexicon.STANCE_NOUNS.get(tok.lemma_.lower())
        if entry is None or entry[0] not in ctx.categories:
            continue
        source = _possessor_source(tok)
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in entry[1]), None)
        if source is None or prep is None or prep.right_edge.i == prep.i:
            continue
        if tok.lemma_.lower() in _SAID_ABOUT_NOUNS and tok.dep_ not in ("nsubj", "nsubjpass"):
            continue  # "rejected the mayor's remarks about the pier": the remarks as another's object
        toks = _prep_object(prep)
        if toks:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok,
                            source_token=source, rule="noun_prep", confidence=0.4, cue_lemma=tok.lemma_.lower(),
                            cue_category=entry[0])  # fmt: skip


#: Verbs whose subject meets a stance that others hold, or sets it off, and
#: holds none of it: "the mayor faced questions about the pier", "the vote
#: prompted criticism of the board".
_UNDERGOING_VERBS = (lexicon.RECEIVING_VERBS - {"have"}) | frozenset(
    "face confront endure field dodge deflect duck deal weather prompt raise beg spark fuel trigger provoke invite renew".split()
)  # not "have": "Cole has doubts about the plan" are Cole's


def _open_stance_holder(noun: Token) -> Optional[Token]:
    """Who holds the stance of an open stance noun with no possessor: the
    object of a "from", "by" or "among" phrase of the noun ("criticism of
    the levy from the crews"), else the subject of a verb taking the noun as
    its object that is not one of :data:`_UNDERGOING_VERBS` ("the anchor asked
    a question about fares"), else nobody."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "among")), None)
    if prep is not None:
        return next((g for g in prep.children if g.dep_ == "pobj"), None)
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() not in _UNDERGOING_VERBS:
        return subject_of(noun.head)  # "the anchor asked a question about fares": the anchor's
    return None


def _trailing_agent(prep: Token, toks: list[Token]) -> Optional[Token]:
    """A "by" or "from" phrase that closes the phrase of *prep* and that the
    parser hung on its object, naming who holds the stance of the noun
    before *prep* ("criticism of the plan by the crews", "opposition to the
    deal from unions"): the preposition, or None."""
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if pobj is None or not toks:
        return None
    return next((c for c in pobj.rights if c.dep_ == "prep" and c.lower_ in ("by", "from")
                 and c.right_edge.i == toks[-1].i and c.right_edge.i > c.i), None)  # fmt: skip


#: Nouns of talk whose "about" phrase, with no possessor, is what was said
#: (``made a joke about the tides``, ``there was talk about a new ferry``,
#: ``regaled the crew with stories about the storm``), as PolNeAR marks it
#: about half the time on train; the rest is the writer's naming of a topic
#: ("an article about the harbour").
_TALK_ABOUT_NOUNS: dict[str, tuple[str, frozenset[str]]] = dict.fromkeys(
    """story comment statement talk joke conversation word argument remark message speech
    tweet report book post interview letter lecture rant tirade anecdote claim warning complaint
    testimony essay editorial memo email speculation rumor assertion detail debate discussion
    article column""".split(),
    ("speech", frozenset({"about"})),
)
_OPEN_NOUNS = {**_TALK_ABOUT_NOUNS, **lexicon.OPEN_STANCE_NOUNS}


#: Prepositions through which a verb takes a noun of talk that its subject
#: gives: "regaled them with stories about ...", "went on a rant about ...",
#: "launched into a speech about ...", "is engaged in talks about ...".
_TALK_PREPS = frozenset({"with", "into", "on", "in"})


def _talk_holder(noun: Token) -> Optional[Token]:
    """Who gives the talk of a noun of :data:`_TALK_ABOUT_NOUNS` hung on a
    verb through a preposition of :data:`_TALK_PREPS`: the verb's subject
    ("the skipper regaled us with stories about the storm")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _TALK_PREPS or prep.head.pos_ != "VERB":
        return None
    return _personal_subject(prep.head)


def open_stance_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``Opposition to the levy has grown``, ``she faced questions about her
    health``, ``doubts about the plan``: a noun of stance with no possessor
    (:data:`quotegraph.lexicon.OPEN_STANCE_NOUNS`) whose prepositional phrase
    is what is held or asked, whether or not a holder is named (see
    :func:`_open_stance_holder`). So are nouns of talk with an "about"
    phrase (:data:`_TALK_ABOUT_NOUNS`: ``made a joke about the tides``)."""
    for tok in ctx.tokens_where(doc, lemma=_OPEN_NOUNS):
        if tok.pos_ != "NOUN":
            continue
        entry = _OPEN_NOUNS.get(tok.lemma_.lower())
        if entry is None or entry[0] not in ctx.categories:
            continue
        if tok.dep_ == "ROOT" and tok.lemma_.lower() in _TALK_ABOUT_NOUNS:
            continue  # "Cook talks about fares": a verb read as a noun (misread_verb_rules)
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in entry[1]), None)
        if prep is None and tok.lemma_.lower() == "question" and tok.dep_ == "dobj":
            # "skirted the question of whether ...": the question asked, a clause
            # ("the question of cost", "it is a question of how much ...": a topic)
            prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" and _governs_clause(c)), None)
        if prep is None or prep.right_edge.i == prep.i or any(c.dep_ == "poss" for c in tok.children):
            continue  # "her doubts about ...": see noun_prep_rules
        toks = _prep_object(prep)
        holder = _open_stance_holder(tok)
        if holder is None and tok.lemma_.lower() in _TALK_ABOUT_NOUNS:
            holder = _talk_holder(tok)
        agent = _trailing_agent(prep, toks) if holder is None else None
        if agent is not None:
            toks = trim([t for t in toks if t.i < agent.i])
            holder = next((g for g in agent.children if g.dep_ == "pobj"), None)
        if toks:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok,
                            source_token=holder, rule="open_stance", confidence=0.35,
                            cue_lemma=tok.lemma_.lower(), cue_category=entry[0])  # fmt: skip


#: Nouns of support whose possessor is the one supported and whose "among"
#: phrase names who gives it: "her support among farmers".
_SUPPORT_NOUNS = frozenset({"support", "backing"})


def support_among_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The mayor's support among farmers has slipped``, ``Cole has kept his
    backing among the crews``: a noun of support (:data:`_SUPPORT_NOUNS`)
    with a possessor and an "among" phrase, on the noun or on the verb after
    it; the possessor is who is supported (the content) and the "among"
    phrase who supports them (the source), as a poll reports it. A "from"
    phrase is left: as often where the support went ("took support from
    Cole")."""
    if "belief" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=_SUPPORT_NOUNS):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _SUPPORT_NOUNS:
            continue
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None:
            continue
        preps = [*tok.children, *(c for c in tok.head.children if c.i > tok.i)] if tok.head.pos_ in ("VERB", "AUX") else list(tok.children)
        among = next((c for c in preps if c.dep_ == "prep" and c.lower_ == "among"), None)
        source = next((g for g in among.children if g.dep_ == "pobj"), None) if among is not None else None
        if source is None:
            continue
        toks = [t for t in doc[poss.left_edge.i : poss.i + 1] if t.dep_ != "case"]
        if toks:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok,
                            source_token=source, rule="support_among", confidence=0.45, cue_lemma=tok.lemma_.lower(),
                            cue_category="belief")  # fmt: skip


def _to_infinitive(tok: Token) -> Optional[Token]:
    """The infinitive a noun takes ("a decision *to close the pier*"), if any."""
    return next((c for c in tok.rights if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"
                 and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)), None)  # fmt: skip


#: More nouns whose infinitive, with a possessor, says what the possessor
#: means to do or claims, as for lexicon.INTENT_NOUNS ("the board's plan to
#: sell the ferry", "her claim to speak for the crews", "the court's order to
#: reopen the pier", "the union's resolve not to yield"). Not nouns of a mere
#: try ("effort", "attempt", "bid": 7 of 33 right on train) nor "willingness"
#: (0 of 4: mostly the writer's praise).
_INTENT_LIKE_NOUNS: frozenset[str] = lexicon.INTENT_NOUNS | frozenset(
    "plan strategy claim unwillingness order pitch resolve".split()
)


#: Nouns of a proposal or a wish whose infinitive says what is proposed or
#: wished even when no possessor names whose it is: "unveiled a proposal to
#: widen the pier", "toured the coast with promises to cut fares", "requests
#: to reopen the pier". Not "decision" (0 of 10 on train without an owner:
#: mostly the writer's telling), nor "plan" (as often a schedule: "plans to
#: hold a rally at noon"), nor "order" ("in order to").
_OPEN_INTENT_NOUNS = frozenset("proposal promise pledge request desire recommendation".split())
_ANY_INTENT_NOUNS = _INTENT_LIKE_NOUNS | _OPEN_INTENT_NOUNS

#: Verbs whose subject holds none of the wish or proposal of its object as
#: this rule would give it: "has no desire to ..." (a denial; with "plans", 0
#: of 5 on train), "made a promise to ..." (light_verb_rules report it).
_NOT_HOLDING_VERBS = frozenset({"have", "make"})


def _open_intent_holder(noun: Token) -> Optional[Token]:
    """Who holds the wish or proposal of an open intent noun
    (:data:`_OPEN_INTENT_NOUNS`) with no possessor: the subject of a verb
    that takes it as its object ("Ames unveiled a proposal to ..."), unless
    that verb meets what others propose (:data:`_UNDERGOING_VERBS`: "got
    requests to ..."), or of a verb on which the noun hangs through "with"
    or "around" ("toured the coast with promises to cut fares"); else nobody."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("with", "around") and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj" or verb.lemma_.lower() in _UNDERGOING_VERBS:
        return None
    if verb.pos_ != "VERB":
        return None
    return _personal_subject(verb)


def noun_infinitive_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The mayor's decision to close the pier``, ``Cole's promise not to
    raise fares``: a noun of intent (:data:`quotegraph.lexicon.INTENT_NOUNS`)
    with a possessor or a "by" phrase (``the decision by the board to ...``),
    the source, and an infinitive, the content. Nouns of a proposal or a
    wish (:data:`_OPEN_INTENT_NOUNS`) report their infinitive with no owner
    too (``unveiled a proposal to widen the pier``)."""
    if "belief" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=_ANY_INTENT_NOUNS):
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in _ANY_INTENT_NOUNS:
            continue
        source = next((c for c in tok.children if c.dep_ == "poss"), None)
        if source is None:
            by = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
            source = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        owned = source is not None
        if not owned and lemma in _OPEN_INTENT_NOUNS:
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _NOT_HOLDING_VERBS:
                continue
            source = _open_intent_holder(tok)
        elif not owned:
            continue
        clause = _to_infinitive(tok)
        if clause is None:
            continue
        toks = trim(contiguous(clause_tokens(clause, ctx=ctx)))
        if len(toks) >= 2:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok,
                            source_token=source, rule="noun_infinitive", confidence=0.5 if owned else 0.35, cue_lemma=lemma,
                            cue_category="belief")  # fmt: skip


#: Verbs of setting a figure: "the poll puts her support at 40 percent".
_ESTIMATE_VERBS = frozenset({"put", "peg", "place"})


def estimate_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``A new survey puts the mayor's approval at 40 percent``, ``the
    magazine pegged his fortune at $2 billion``: a figure set by the
    subject, a finding; its content the object and the "at" phrase, which
    must hold a number ("put the crews at risk" sets none)."""
    if "finding" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=_ESTIMATE_VERBS):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _ESTIMATE_VERBS:
            continue
        obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
        at = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "at" and obj is not None and c.i > obj.i), None)
        pobj = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
        if pobj is None:
            continue
        if not any(t.tag_ == "CD" and not _names_time(t) for t in pobj.subtree):
            continue
        source = subject_of(tok)
        if source is None or source.lower_ in _NON_PERSONAL_SUBJECTS:
            continue
        toks = trim(list(doc[obj.left_edge.i : _prep_phrase_end(at) + 1]))
        if toks:
            yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=source,
                            rule="estimate", confidence=0.6, cue_lemma=tok.lemma_.lower(), cue_category="finding")  # fmt: skip
    yield from _poll_standings(doc, ctx)


#: Nouns of a standing a poll gives a candidate ("gave Ames a ten-point lead").
_STANDING_NOUNS = frozenset({"lead", "advantage", "edge", "margin", "point"})


def _has_figure(tok: Token) -> bool:
    """Whether *tok*'s phrase holds a number other than a date or time."""
    return any(t.tag_ == "CD" and not _names_time(t) for t in tok.subtree)


def _poll_standings(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The new poll has Ames leading Cole by six points``, ``the survey had
    her at 9 percent``, ``a poll giving Ames a ten-point lead``: a poll
    (:data:`_POLL_SUBJECTS`) that has a candidate doing something or at a
    figure, or gives them a lead, reports that standing (a finding; its
    content from the candidate on). Not "the survey has a sample of 800 riders":
    neither a clause nor an "at" figure follows the object."""
    for tok in ctx.tokens_where(doc, lemma={"have", "give"}):
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in ("have", "give"):
            continue
        source = subject_of(tok)
        if source is None or source.lemma_.lower() not in _POLL_SUBJECTS or source.i > tok.i:
            continue
        after = [c for c in tok.children if c.i > tok.i]
        if tok.lemma_.lower() == "give":
            held = next((c for c in after if c.dep_ == "dative"), None)
            obj = next((c for c in after if c.dep_ == "dobj"), None)
            if held is None or obj is None or obj.i < held.i or not (obj.lemma_.lower() in _STANDING_NOUNS or _has_figure(obj)):
                continue
            end = obj.right_edge.i
        else:
            clause = next((c for c in after if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBG"), None)
            obj = next((c for c in after if c.dep_ == "dobj"), None)
            at = next((c for c in after if c.dep_ == "prep" and c.lower_ == "at" and obj is not None and c.i > obj.i), None)
            if clause is not None and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children):
                held = clause.left_edge
            elif at is not None and any(_has_figure(c) for c in at.children if c.dep_ == "pobj"):
                held = obj.left_edge
            else:
                continue
            end = tok.right_edge.i
        toks = trim(list(doc[held.left_edge.i : end + 1]))
        if len(toks) >= 2 and ctx.quote_at(tok.idx) is None:
            yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=source,
                            rule="estimate", confidence=0.5, cue_lemma=tok.lemma_.lower(), cue_category="finding")  # fmt: skip


def copular_report_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``Her argument was that the ferry pays for itself``, ``the fear is
    that fares will rise``, ``her hope is to sell the pier``: a noun of what
    is said or held (:data:`quotegraph.lexicon.COPULAR_CUE_NOUNS`) as the
    subject of a copula whose complement clause is the content; the source
    is the noun's possessor, if any (an infinitive only with one: "the goal
    is to win" is often the writer's)."""
    if "speech" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=lexicon.COPULAR_CUE_NOUNS):
        if tok.dep_ != "nsubj" or tok.pos_ != "NOUN" or tok.head.lemma_ != "be" or tok.lemma_.lower() not in lexicon.COPULAR_CUE_NOUNS:
            continue
        verb = tok.head
        source = next((c for c in tok.children if c.dep_ == "poss"), None)
        comp = next((c for c in verb.rights if c.dep_ == "ccomp" or c.dep_ == "xcomp" and source is not None), None)
        if comp is None or ctx.quote_at(tok.idx) is not None:
            continue
        toks = trim(contiguous(clause_tokens(comp, ctx=ctx)))
        if len(toks) >= 3:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, verb.idx + len(verb.text)), cue_token=tok,
                            source_token=source, rule="copular_report", confidence=0.6, cue_lemma=tok.lemma_.lower(),
                            cue_category="speech")  # fmt: skip


#: Nouns of what is said or held that, owned and opening a sentence, give
#: what follows a colon as their content ("Her argument: ...").
_COLON_REPORT_NOUNS: frozenset[str] = lexicon.COPULAR_CUE_NOUNS | lexicon.PUT_OUT_NOUNS | lexicon.CUE_NOUNS["speech"] | lexicon.CUE_NOUNS["belief"]


def colon_noun_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``Her argument: the ferry pays for itself.``, ``The board's message:
    fares will rise.``: a sentence that opens with a possessed noun of what
    is said or held (:data:`_COLON_REPORT_NOUNS`) right before a colon; the
    rest of the sentence is the content, the possessor the source. Without
    a possessor ("The goal: to win") the words are mostly the writer's; a
    quotation after the colon is left to the quotation rules. The noun may
    also be the object of a verb whose subject is the source ("The mayor
    sent the board a blunt message: the pier must close"), at a low
    confidence, and not when the words after the colon report on their own
    ("took liberal views: most riders say ...")."""
    if "speech" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=_COLON_REPORT_NOUNS):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _COLON_REPORT_NOUNS or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ":":
            continue
        source = next((c for c in tok.children if c.dep_ == "poss"), None)
        if source is not None and tok.left_edge.i != tok.sent.start:
            source = None
        confidence = 0.6 if source is not None else 0.2
        if source is None and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            source = subject_of(tok.head)  # "sent the board a blunt message: ..."
            if source is not None and (source.lower_ in _NON_PERSONAL_SUBJECTS or source.lower_ in lexicon.RELATIVE_PRONOUNS):
                source = None
        if source is None or ctx.quote_at(tok.idx) is not None or doc[tok.i + 2].is_quote:
            continue  # a quotation after the colon is left to the quotation rules
        sent = doc[tok.i + 2].sent
        toks = trim(list(doc[tok.i + 2 : sent.end]))
        if confidence < 0.5 and any(is_reporting(t) for t in toks if t.pos_ == "VERB"):
            continue  # "took liberal views: most say they ...": the reports inside are the thing
        if len(toks) >= 3:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok,
                            source_token=source, rule="colon_noun", confidence=confidence, cue_lemma=tok.lemma_.lower(),
                            cue_category="speech")  # fmt: skip


#: Prepositions after an existential cue noun that carry its content
#: ("concerns about the fares", "no consensus on the route").
_EXISTENTIAL_PREPS = frozenset({"about", "over", "on"})


def _existential_noun(be: Token) -> Optional[Token]:
    """The cue noun that "there" + *be* introduces ("there are *fears* ..."),
    if it is one of :data:`quotegraph.lexicon.EXISTENTIAL_CUE_NOUNS`."""
    if not any(c.dep_ == "expl" and c.lower_ == "there" for c in be.children):
        return None
    return next((c for c in be.rights if c.dep_ in ("attr", "nsubj") and c.pos_ == "NOUN"
                 and c.lemma_.lower() in lexicon.EXISTENTIAL_CUE_NOUNS), None)  # fmt: skip


def existential_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``There are fears (that) the pier will close``, ``there is broad
    agreement that ...``, ``there were complaints about the fares``: an
    existential sentence whose noun is something held or said
    (:data:`quotegraph.lexicon.EXISTENTIAL_CUE_NOUNS`); the content is the
    noun's clause or its "about"/"over"/"on" phrase. Nobody is named, unless
    an "among" phrase names who holds it ("there is concern among the crews
    that ..."). Inside a quotation it is the speaker's own claim."""
    for tok in ctx.tokens_where(doc, lemma="be"):
        if tok.lemma_ != "be" or tok.pos_ not in ("AUX", "VERB"):
            continue
        noun = _existential_noun(tok)
        if noun is None or ctx.quote_at(tok.idx) is not None:
            continue
        category = lexicon.EXISTENTIAL_CUE_NOUNS[noun.lemma_.lower()]
        if category not in ctx.categories:
            continue
        among = next((c for c in [*noun.children, *tok.children] if c.dep_ == "prep" and c.lower_ == "among"), None)
        source = next((g for g in among.children if g.dep_ == "pobj"), None) if among is not None else None
        toks: list[Token] = []
        for c in sorted([*noun.rights, *(c for c in tok.rights if c.i > noun.i)], key=lambda t: t.i):
            if c.dep_ == "prep" and c.lower_ in _EXISTENTIAL_PREPS and c.right_edge.i > c.i:
                toks = _prep_object(c)
            elif c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and (_opens_with_that(c) or _bare_clause(c)):
                toks = trim(contiguous(clause_tokens(c, ctx=ctx)))  # "fears (that) the pier will close"
            if toks:
                break
        if len(toks) >= 2 or toks and toks[0].pos_ == "PROPN":
            yield Candidate(content=span_chars(toks), cue=(tok.idx, noun.idx + len(noun.text)), cue_token=noun,
                            source_token=source, rule="existential", confidence=0.5, cue_lemma=noun.lemma_.lower(),
                            cue_category=category)  # fmt: skip
