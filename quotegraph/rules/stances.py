"""Views, impressions and reactions: ``view``, ``impression`` (``the race
appears to tighten``), ``adjective`` (``X is confident that``),
``received``, reactions to a report."""

from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from .context import Candidate, Context, cue_lemma
from .extents import _impression_clause, _without_trailing_aside, _without_trailing_participle
from .subjects import subject_of
from .syntax import (
    _ASIDE_MARKS,
    _bare_noun,
    clause_tokens,
    contiguous,
    cue_span,
    _FIRST_SECOND_PERSON,
    is_cue_verb,
    _is_full_clause,
    _names_time,
    _object_phrase_end,
    _occasion_phrase,
    _opens_with_that,
    _prep_object,
    _REFLEXIVES,
    _reported_belief,
    _seeming_report,
    _span_before,
    span_chars,
    trim,
    _WH_WORDS,
)


#: Subjects that name a time or a thing, not someone holding a view: "the
#: next week will see a vote", "2016 has seen a rise".
_NO_VIEWER = frozenset({"it", "this", "that", "what", "which", "there"})


def _present_tense(verb: Token) -> bool:
    """Whether *verb* is in the simple or progressive present ("sees",
    "does not see", "are seeing"), not past, perfect, future or a gerund."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_.lower() in ("do", "be") for c in verb.children)


def _says_nothing_of(words: Span) -> bool:
    """Whether *words* after an object say nothing of it but when ("every
    summer", "on Monday")."""
    return all(t.is_punct or t.pos_ in ("DET", "ADP", "NUM") or _names_time(t) for t in words)


def view_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``Analysts see a hard winter for the port``, ``most traders see the
    fares rising``, ``residents see that the pier is unsafe``: "see" in the
    present as holding a view (:data:`quotegraph.lexicon.VIEW_VERBS`). The
    content is the object with what the verb says of it (up to a comma or
    dash of the verb's), or the clause; the source is the verb's subject.
    Past and perfect tenses are left out: "the crowd saw the ferry dock",
    "she had seen the letters" mostly tell what met the eye. So are
    quotations, the reader's "you see", a bare pronoun ("sees it"), "we
    see whether ..." and an "as" phrase (:func:`as_rules`)."""
    if "belief" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=lexicon.VIEW_VERBS):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lexicon.VIEW_VERBS or tok.dep_ in ("amod", "compound"):
            continue
        if not _present_tense(tok) or ctx.quote_at(tok.idx) is not None:
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") or c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i for c in tok.children):
            continue
        source = subject_of(tok)
        if source is None or source.lower_ in _NO_VIEWER or _names_time(source) or not _reported_belief(tok, source, ctx):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        toks: list[Token] = []
        if obj is not None:
            if any(c.dep_ == "prep" and c.lower_ == "as" for c in obj.children):
                continue
            end = _object_phrase_end(tok, obj, small_clause=True)
            if obj.lower_ == "eye" or (obj.pos_ == "PRON" or _bare_noun(obj)) and _says_nothing_of(doc[obj.right_edge.i + 1 : end + 1]):
                continue  # "sees him", "see the castle every summer"; "see eye to eye" (agree)
            toks = trim(list(doc[obj.left_edge.i : end + 1]))
            if toks:
                toks = _impression_clause(toks, tok, obj)
        else:
            comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
            if comp is not None:
                toks = trim(contiguous(clause_tokens(comp, ctx=ctx)))
        if not toks or toks[0].lower_ in _WH_WORDS or toks[0].lower_ == "if":
            continue
        yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=source,
                        rule="view", confidence=0.4, cue_lemma=tok.lemma_.lower(), cue_category="belief")  # fmt: skip


def _misread_predicate(verb: Token) -> Optional[Token]:
    """The predicate of an impression verb that the parser read as
    something else: a comparative right after it as an adverb ("the race
    appears closer"), a noun phrase as its object ("the vote seemed a
    warning")."""
    for c in verb.children:
        if c.i == verb.i + 1 and c.dep_ == "advmod" and c.tag_ in ("RBR", "JJR"):
            return c
        if c.i > verb.i and c.dep_ == "dobj" and c.pos_ == "NOUN":
            return c
    return None


def _describing_relative(verb: Token, subj: Token) -> bool:
    """Whether the impression verb heads a free relative with "what" as
    its subject that is itself the subject or object of another verb
    ("what seems most useful is a map", "they sell what seems a cheap
    copy"): the phrase names a thing; the impression is no statement."""
    return subj.lower_ == "what" and verb.dep_ in ("csubj", "ccomp")


def impression_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The mayor seemed unsure of the figures``, ``the race appears
    closer``: an impression the text gives with no source stated
    (:data:`quotegraph.lexicon.IMPRESSION_VERBS`, category belief). The
    content is the whole clause, subject included; the source is None.
    A second verb with no subject of its own takes the first verb's ("the
    mayor won the vote and seemed relieved"), unless the first reports
    (its report would be swallowed) or the subject is a demonstrative."""
    if "belief" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=lexicon.IMPRESSION_VERBS):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lexicon.IMPRESSION_VERBS:
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subj is not None and subj.lower_ in ("it", "there") and ctx.quote_at(tok.idx) is None:
            # "it seems (likely) that ...": the clause, or the adjective with it
            comp = next((c for c in tok.rights if c.dep_ in ("ccomp", "acomp", "oprd") and c.right_edge.i > c.i), None)
            toks = trim(list(doc[comp.i if comp.dep_ != "ccomp" else comp.left_edge.i : comp.right_edge.i + 1])) if comp is not None else []
            if len(toks) < 3:
                # "there seems to be little interest", "it appeared to stall the
                # talks": the whole clause with its "it" / "there"
                comp = next((c for c in tok.rights if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
                toks = trim(list(doc[subj.i : comp.right_edge.i + 1])) if comp is not None and not _seeming_report(comp, ctx) else []
            if len(toks) >= 3:
                yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=None,
                                rule="impression", confidence=0.35, cue_lemma=tok.lemma_.lower(), cue_category="belief")  # fmt: skip
            continue
        comp = next((c for c in tok.children if c.i > tok.i and (c.dep_ in ("xcomp", "oprd", "acomp")
                                                                  or c.dep_ == "prep" and c.lower_ == "like")), None)  # fmt: skip
        if comp is None:
            comp = _misread_predicate(tok)
        if subj is None and comp is not None and tok.dep_ == "conj" and not is_cue_verb(tok.head, ctx):
            # "the mayor won the vote and seemed relieved": the first verb's subject
            subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.head.i and c.lower_ not in _NO_VIEWER), None)
        if subj is None or comp is None or subj.lower_ in _FIRST_SECOND_PERSON or subj.lower_ in ("it", "there"):
            continue
        if ctx.quote_at(tok.idx) is not None:
            continue
        if _seeming_report(comp, ctx) or _describing_relative(tok, subj):
            continue
        toks = trim(list(doc[subj.left_edge.i : comp.right_edge.i + 1]))
        if toks:
            toks = _impression_clause(toks, tok, comp)
        if toks:
            yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=None,
                            rule="impression", confidence=0.35, cue_lemma=tok.lemma_.lower(), cue_category="belief")  # fmt: skip


#: Verbs that leave their object holding a stance ("the delays left the
#: crews wary of the pier", "the vote made the council keen to settle").
_STANCE_CAUSERS = frozenset({"leave", "make", "keep", "render"})


def _loose_stance_holder(tok: Token) -> Optional[Token]:
    """The holder of a stance adjective that hangs on no copula: the object
    of a verb of leaving or making ("the delays left the crews fearful that
    ..."); the subject of the verb it is set off from by a comma or dash
    ("the board pressed on with the repairs, confident that ..."); the
    subject of the first of coordinated predicates ("the crews were
    relieved by the forecast and confident that ..."; not an adjective
    right after the first, "sick and tired of ...")."""
    head, doc = tok.head, tok.doc
    if tok.dep_ in ("oprd", "ccomp") and head.lemma_.lower() in _STANCE_CAUSERS and tok.lower_ not in _NOT_HELD:
        own = next((c for c in tok.children if c.dep_ == "nsubj"), None)  # "made the council wary"
        obj = own or next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), None)
        # "made themselves comfortable with ...": the verb's subject
        return subject_of(head) if obj is not None and obj.lower_ in _REFLEXIVES else obj
    if tok.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and head.i < tok.i:
        if doc[tok.left_edge.i - 1].text not in _ASIDE_MARKS or any(c.dep_ == "mark" or c.lower_ == "as" for c in tok.children):
            return None  # "as opposed to", "while open to"
        return subject_of(head)
    if tok.dep_ == "ROOT" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
        # "the crews are split on whether to sail", "few are convinced that ...", read as a passive:
        # the subject, also where the parser hung it on the auxiliary
        aux = next(c for c in tok.children if c.dep_ == "auxpass")
        return next((c for t in (tok, aux) for c in t.children if c.dep_ in ("nsubjpass", "nsubj") and c.i < tok.i), None)
    if tok.dep_ == "conj" and tok.i > head.i + 2:
        first = head
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ == "acomp" and first.head.lemma_.lower() != "make":
            return subject_of(first.head)
        if first.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in first.children):
            return next((c for c in first.children if c.dep_ == "nsubjpass"), None)  # "were relieved by ... and confident that"
    return None


#: Stance adjectives that after a noun rarely say what it holds ("avenues
#: open to the council", "the one clear about ...").
_NOT_HELD = frozenset({"open", "right", "wrong", "clear", "unclear", "sure", "aware"})


def _role_copula(tok: Token) -> Optional[Token]:
    """The copula of a stance role noun (:data:`quotegraph.lexicon.STANCE_ROLES`)
    predicated of its subject: "Ames is a critic of the plan", "the unions
    were among the first backers of the plan"; else None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lexicon.STANCE_ROLES:
        return None
    if tok.dep_ == "attr":
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.lemma_ == "be":
        return tok.head.head
    return None


def _thing_then_colon(tok: Token, frames: frozenset[str]) -> list[Token]:
    """For a stance adjective *tok* followed by one of its prepositions and
    a short "(one) thing(s)" phrase closed by a colon ("the mayor was clear
    about one thing: the pier stays open"), that phrase and what the colon
    introduces, to the end of the sentence; else []. The parser often reads
    "about" there as "approximately" and hangs the clause after the colon
    elsewhere, so the words are read in order."""
    doc = tok.doc
    k = tok.i + 1
    if k >= len(doc) or doc[k].lower_ not in frames:
        return []
    for j in range(k + 1, min(k + 4, len(doc) - 1)):
        if doc[j].lemma_.lower() == "thing" and doc[j + 1].text == ":":
            return trim(list(doc[k + 1 : tok.sent.end]))
        if doc[j].is_punct:
            break
    return []


def adjective_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The mayor is confident that ...``, ``critics were eager to cut
    ...``, ``unions are critical of the plan``, ``she is a critic of the
    plan``: a stance adjective (:data:`quotegraph.lexicon.STANCE_ADJECTIVES`)
    or role noun (:data:`quotegraph.lexicon.STANCE_ROLES`) after a copula
    whose complement states what the subject holds (for a role noun also a
    name before it, ``she is a longtime Cole supporter``, and ``among``:
    ``unions were among the first backers of the plan``). The source is the
    copula's subject; for an adjective after a noun (``the crews, wary of
    the storm, ...``) that noun, and for a relative "that" (``a union that
    is wary of ...``) the noun it follows. A that-clause may hang on the
    copula (``were hopeful on Monday that ...``)."""
    if "belief" not in ctx.categories:
        return
    # a stance adjective by its lemma or its form, or a role noun
    for tok in ctx.tokens_where(doc, lemma=lexicon.STANCE_ADJECTIVES.keys() | lexicon.STANCE_ROLES, lower=lexicon.STANCE_ADJECTIVES):
        held = tok.dep_ == "amod" and tok.i > tok.head.i and tok.head.pos_ in ("NOUN", "PROPN", "PRON") and tok.lower_ not in _NOT_HELD
        # a participle keeps its own form ("unified", lemma "unify")
        # "made sure that ..." is an act, not a stance
        acomp = tok.dep_ == "acomp" and tok.head.lemma_.lower() != "make"
        # "left the crews wary of ...", "sailed on, confident that ...", "were tired and wary of ..."
        loose = _loose_stance_holder(tok) if not acomp and not held else None
        frames = lexicon.STANCE_ADJECTIVES.get(tok.lemma_.lower(), lexicon.STANCE_ADJECTIVES.get(tok.lower_)) if acomp or held or loose is not None else None
        copula = _role_copula(tok)
        if copula is not None:
            frames = frozenset({"of"})  # "the mayor is a fierce critic of the plan"
        if frames is None:
            continue
        # "the crews, wary of the storm, ...": the noun the adjective follows
        source = tok.head if held else loose if loose is not None else subject_of(copula if copula is not None else tok.head)
        if held and tok.head.dep_ == "dobj" and doc[tok.left_edge.i - 1].text in _ASIDE_MARKS:
            # "the club dropped two races, wary of ...": set off after the object, the subject's
            source = subject_of(tok.head.head) or source
        if source is None and tok.dep_ == "attr":
            source = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)  # "he's been a critic of ..."
        # a relative "that" stands for the noun it follows ("a group that is wary of ...")
        holder = source.head.head if source is not None and source.lower_ == "that" and source.head.dep_ == "relcl" else source
        if holder is None or holder.lower_ in ("it", "there", "this", "that", "i", "we") or not _reported_belief(tok, holder, ctx):
            continue
        toks: list[Token] = []
        named = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] if copula is not None else []
        if named and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
            toks = list(doc[named[0].left_edge.i : named[-1].i + 1])  # "Ames is a longtime Cole supporter": Cole
        rights = list(tok.rights)
        if tok.dep_ == "acomp" and "that" in frames and not rights:
            # "were hopeful on Tuesday that ...": the clause hung on the copula
            rights = [c for c in tok.head.rights if c.i > tok.i and c.dep_ == "ccomp" and _opens_with_that(c)]
        for c in rights:
            if c.dep_ == "xcomp" and is_cue_verb(c, ctx) and ctx.cue_verbs[cue_lemma(c)] in ("speech", "writing"):
                break  # "keen to stress that ...": the report is the infinitive's
            if c.dep_ == "ccomp" and "that" in frames or c.dep_ == "xcomp" and "to" in frames:
                toks = trim(contiguous(clause_tokens(c, ctx=ctx)))
                toks = _without_trailing_aside(toks, c) if toks else toks  # as for a verb's clause
                toks = _without_trailing_participle(toks, ctx) if toks else toks
            elif c.dep_ == "prep" and c.lower_ in frames and c.right_edge.i > c.i:
                toks = _prep_object(c)
            if toks:
                break
        if tok.dep_ == "acomp":
            toks = _thing_then_colon(tok, frames) or toks  # "was clear about one thing: ..."
        if toks:
            yield Candidate(content=span_chars(toks), cue=(tok.idx if held or loose is not None else tok.head.idx, tok.idx + len(tok.text)),
                            cue_token=tok, source_token=source, rule="adjective", confidence=0.45,
                            source_span=_span_before(source, tok) if held and source == tok.head else None,
                            cue_lemma=tok.lemma_.lower(), cue_category="belief")  # fmt: skip


#: Nouns that name a report or a stance (what :func:`reaction_rules` takes
#: as the object reacted to): "remarks", "support", "decision", "claim".
_REPORT_NOUNS: frozenset[str] = frozenset(
    set(lexicon.STANCE_NOUNS) | set(lexicon.OPEN_STANCE_NOUNS) | lexicon.INTENT_NOUNS | set().union(*lexicon.CUE_NOUNS.values())
)


def _reaction_content(verb: Token, obj: Token) -> list[Token]:
    """The object phrase of a reaction verb (with the phrases after it that
    :func:`_object_phrase_end` joins), up to a comma and a participle the
    parser hung inside it ("reaffirmed their opposition to Cole, underscoring
    the rift", the participle joined to "Cole": the writer's gloss)."""
    doc = verb.doc
    toks = list(doc[obj.left_edge.i : _object_phrase_end(verb, obj) + 1])
    cut = next((t.i for t in toks if t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VBG"), None)
    return trim([t for t in toks if cut is None or t.i < cut])


def reaction_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The crowd cheered the mayor's remarks on fares``, ``Cole reaffirmed
    her support for the toll``: a verb of :data:`quotegraph.lexicon.REACTION_VERBS`
    whose direct object is a report or stance noun with its owner (a
    possessor); the object phrase is the content, the subject the source,
    as for an object cue. With any other object these verbs report nothing
    ("welcomed the guests", "challenged the ruling")."""
    for tok in ctx.tokens_where(doc, lemma=lexicon.REACTION_VERBS):
        category = lexicon.REACTION_VERBS.get(tok.lemma_.lower())
        if tok.pos_ != "VERB" or category is None or category not in ctx.categories:
            continue
        obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
        if (obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in _REPORT_NOUNS
                or not any(c.dep_ == "poss" for c in obj.children)):  # fmt: skip
            continue
        source = subject_of(tok)
        if source is None:
            continue
        toks = _reaction_content(tok, obj)
        if toks:
            yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=source,
                            rule="verb_object", confidence=0.4, cue_lemma=tok.lemma_.lower(),
                            cue_category=category)  # fmt: skip


def stirred_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The mayor's remarks on fares angered the crews``, ``the plan has
    alarmed her supporters``: a verb of :data:`quotegraph.lexicon.STIRRING_VERBS`
    with a report or stance noun as its subject and an object; the object,
    the one stirred, holds a stance (belief) on the subject's phrase, the
    content. Not negated ("did not bother the crews": no reaction) nor
    passive ("the crews were angered by ...", another order)."""
    if "belief" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=lexicon.STIRRING_VERBS):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lexicon.STIRRING_VERBS:
            continue
        if any(c.dep_ in ("auxpass", "neg") for c in tok.children):
            continue
        subj = next((c for c in tok.lefts if c.dep_ == "nsubj"), None)
        obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
        if subj is None or obj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in _REPORT_NOUNS:
            continue
        toks = trim(list(doc[subj.left_edge.i : subj.right_edge.i + 1]))
        if toks:
            yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=obj,
                            rule="stirred", confidence=0.4, cue_lemma=tok.lemma_.lower(),
                            cue_category="belief")  # fmt: skip


def received_stance_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``the mayor has the backing of two unions``, ``the plan drew
    criticism from residents``: a stance received
    (:data:`quotegraph.lexicon.RECEIVED_STANCES`); its content is the
    subject, the one endorsed or criticised, its source the object of the
    noun's "of" or "from"."""
    for tok in ctx.tokens_where(doc, lemma=lexicon.RECEIVING_VERBS):
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in lexicon.RECEIVING_VERBS:
            continue
        noun = next((c for c in tok.rights if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.RECEIVED_STANCES), None)
        if noun is None:
            continue
        category, preps = lexicon.RECEIVED_STANCES[noun.lemma_.lower()]
        # "from" may hang on the verb: "drew criticism yesterday from ..."
        prep = next((c for c in sorted([*noun.rights, *(c for c in tok.rights if c.i > noun.i)], key=lambda t: t.i)
                     if c.dep_ == "prep" and c.lower_ in preps), None)  # fmt: skip
        source = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        subj = subject_of(tok)
        if category not in ctx.categories or source is None or subj is None or subj.lower_ in lexicon.RELATIVE_PRONOUNS:
            continue
        toks = trim(list(doc[subj.left_edge.i : subj.right_edge.i + 1]))
        if toks:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, noun.idx + len(noun.text)), cue_token=noun,
                            source_token=source, rule="received", confidence=0.45, cue_lemma=noun.lemma_.lower(),
                            cue_category=category)  # fmt: skip


def put_it_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``As Ames put it, the pier is a wreck``, ``The pier, as Ames puts it,
    is a wreck``: "put it" in an "as" clause before or inside the clause it
    hangs on, which is what the source said, in the words the clause gives.
    (A trailing one, "..., as Ames put it", is left, as for "as Ames said".)"""
    if "speech" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma="put"):
        if tok.lemma_.lower() != "put" or tok.pos_ != "VERB" or tok.dep_ != "advcl" or tok.i > tok.head.i:
            continue
        if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i for c in tok.children):
            continue
        if any(c.dep_ == "prep" and not _occasion_phrase(c) for c in tok.children):
            continue  # "as the crew put it on the deck": a place, not words
        source = subject_of(tok)
        if source is None or not _is_full_clause(tok.head):
            continue
        toks = trim(contiguous(clause_tokens(tok.head, exclude=tok, ctx=ctx)))
        if len(toks) >= 3:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok,
                            source_token=source, rule="postposed", confidence=0.7, cue_lemma="put",
                            cue_category="speech")  # fmt: skip
