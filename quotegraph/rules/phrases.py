"""Phrases that attribute a whole sentence: ``according_to``, ``noun_cue``
(``In a statement, ...``), ``adverb`` (``reportedly``), ``perspective``
(``To Ames, ...``), ``stance_phrase`` and other fixed phrases."""

from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Doc, Token

from .. import lexicon
from .context import Candidate, Context
from .extents import _without_fronted_question
from .subjects import subject_of
from .syntax import (
    _bare_clause,
    clause_tokens,
    contiguous,
    cue_span,
    _DASHES,
    _FINITE_TAGS,
    is_cue_verb,
    _is_full_clause,
    _NON_PERSONAL_SUBJECTS,
    _opens_with_that,
    _prep_object,
    _reported_belief,
    span_chars,
    _TIME_WORDS,
    trim,
)


def according_to_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``According to X, ...``, ``..., according to X``, ``..., per X``."""
    if "speech" not in ctx.categories and "writing" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lower="according"):
        if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        to = doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            nxt = tok.i + 2
            if nxt >= len(doc):
                continue
            pobj = doc[nxt]
        # the source runs from after "to" to the end of the phrase, stopping
        # at the comma that opens the reported clause
        sent = tok.sent
        last = max(pobj.right_edge.i, to.right_edge.i, tok.right_edge.i)
        last = min(last, sent.end - 1)
        src = [t for t in doc[to.i + 1 : last + 1]]
        while src and (src[-1].is_punct or src[-1].is_space):
            src.pop()
        if not src:
            continue
        pp_toks = list(doc[tok.i : src[-1].i + 1])
        pp_end = pp_toks[-1]
        text = ctx.text
        # a quotation right after "according to X,"
        pos = pp_end.idx + len(pp_end.text)
        while pos < len(text) and (text[pos].isspace() or text[pos] in ",:"):
            pos += 1
        q = ctx.quote_at(pos)
        if q is not None and q.start == pos:
            content = (q.start, q.end)
        else:
            # the rest of the sentence without the phrase: the longer side,
            # unless the phrase closes the sentence after a comma
            before = [t for t in sent if t.i < tok.i]
            after = [t for t in sent if t.i > pp_end.i]
            side = after if len(trim(after)) >= len(trim(before)) else before
            if side is after and before and len(trim(before)) >= 3 and before[-1].text != ",":
                side = before
            if side is after and len(trim(before)) >= 3 and _trailing_fragment(trim(after)):
                side = before  # "Ames leads by ten points, according to the poll, and has ..."
            if side is before and after and _opens_reported_clause(before):
                side = after  # "The pier shut because, according to Ames, the piles rotted"
            elif side is after and _verbless(after) and not _verbless(before):
                side = before  # "Ames leads by ten points, according to a poll last week - up from five"
            toks = trim(side)
            if len(toks) < 2:
                continue
            if side is after and _opening_phrase(before):
                toks = trim(before) + toks  # "That evening, according to Ames, the pier shut"
            content = span_chars(toks)
        yield Candidate(
            content=content,
            cue=(tok.idx, to.idx + len(to.text)),
            cue_token=tok,
            source_token=pobj,
            source_span=doc[src[0].i : src[-1].i + 1],
            rule="according_to",
            confidence=0.85,
            cue_lemma="according to",
            cue_category="speech",
            kind="according_to",
        )


def _opens_reported_clause(before: list[Token]) -> bool:
    """Whether *before*, the words of the sentence ahead of a mid-sentence
    "according to X", end with what opens the clause after it: a
    subordinator or "that" ("the pier shut because, according to Ames, the
    piles rotted", "she said that according to the count the vote was
    lost") or a colon or semicolon ("It did not go unnoticed: according to
    a poll, ...")."""
    words = trim(before)
    if not words:
        return False
    if before[-1].text in (":", ";"):
        return True
    last = words[-1]
    return last.dep_ == "mark" or last.lower_ == "that" and last.tag_ in ("IN", "WDT") and last.dep_ in ("mark", "nsubj", "dobj") and last.i > words[0].i


def _verbless(toks: list[Token]) -> bool:
    """Whether *toks* hold no verb that could head a clause."""
    return not any(t.tag_ in _FINITE_TAGS or t.pos_ in ("VERB", "AUX") for t in toks)


def _opening_phrase(before: list[Token]) -> bool:
    """Whether *before*, the words of the sentence ahead of a mid-sentence
    "according to X," are a phrase that opens the reported clause after it
    (a time, a subject, "Among the risks"): no finite verb, no quotation
    mark or dash aside, on one line, ending with a comma ("In May,
    according to the ministry, the pier shut", "The bridge, according to
    the ministry, will reopen"). Not a clause of its own ("Ames leads,
    according to the poll, ...")."""
    words = trim(before)
    if not words or before[-1].text != ",":
        return False
    return not any(
        t.tag_ in _FINITE_TAGS or t.is_space or t.text in _QUOTE_OR_DASH for t in before
    )


_QUOTE_OR_DASH = _DASHES | {"“", "”", '"', "''", "``", "(", ")"}


def _trailing_fragment(toks: list[Token]) -> bool:
    """Whether *toks*, the words after a mid-sentence source phrase, go on
    with the writer's addition rather than a reported clause: they open with
    a conjunction, a subordinator, a preposition or a participle ("and has
    a small lead", "although few have won", "despite winning", "becoming
    the owner")."""
    if not toks:
        return False
    first = toks[0]
    return first.pos_ in ("CCONJ", "SCONJ", "ADP") or first.dep_ in ("cc", "mark") or first.tag_ == "VBG"


#: Adverbs that mark a clause as reported by someone unnamed.
_REPORT_ADVERBS = frozenset({"reportedly"})


def adverb_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The club is reportedly selling its stadium``: a clause reported by
    sources the text does not name. The content is the whole clause."""
    if "speech" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lower=_REPORT_ADVERBS):
        if tok.lower_ not in _REPORT_ADVERBS or tok.dep_ != "advmod" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        head = tok.head
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children) or ctx.quote_at(tok.idx) is not None:
            continue
        toks = trim(contiguous(clause_tokens(head, ctx=ctx)))
        toks = _without_fronted_question(head, toks)
        if len(toks) < 4:
            continue
        yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=None,
                        rule="adverb", confidence=0.5, cue_lemma=tok.lower_, cue_category="speech")  # fmt: skip


def _respondents_in(verb: Token, doc_noun: Token, category: str) -> bool:
    """Whether the cue *verb* after "In <a poll>, ..." reports the poll's
    respondents ("In a new poll, 40 percent said ..."): the poll reports
    what they said (their own report, nested in it, is dropped as the
    poll's finding unless ``all_nested``). Not so with a
    named or pronoun subject ("In a study, Ames found ..."): the study is
    theirs."""
    if category != "finding" or any(c.dep_ == "poss" for c in doc_noun.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ in ("NOUN", "NUM", "ADJ")


def noun_cue_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``In a new poll, Trump leads by 5 points``; ``In his statement, ...``:
    a sentence-initial "in" phrase naming a document or statement frames the
    main clause as its content."""
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if first is None or first.lower_ not in ("in", "per"):
            continue
        pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        head = pobj.lemma_.lower()
        category = lexicon.cue_noun_category(head)
        if category is None or category not in ctx.categories:
            continue
        main = first.head
        if main.i == first.i or is_cue_verb(main, ctx) and not _respondents_in(main, pobj, category):
            continue  # "In a statement, X said ...": the verb rule has it
        poss = next((c for c in pobj.children if c.dep_ == "poss"), None)
        if poss is not None:
            source = poss
            source_span = None
        elif category == "finding":
            source = pobj
            source_span = doc[pobj.left_edge.i : pobj.right_edge.i + 1]
        else:
            continue
        toks = trim([t for t in sent if t.i > pobj.right_edge.i])
        if len(toks) < 3:
            continue
        yield Candidate(
            content=span_chars(toks),
            cue=(first.idx, pobj.idx + len(pobj.text)),
            cue_token=first,
            source_token=source,
            source_span=source_span,
            rule="noun_cue",
            confidence=0.6,
            cue_lemma=head,
            cue_category=category,
        )
    if "finding" in ctx.categories:
        yield from _trailing_poll_phrases(doc, ctx)


#: Nouns of one poll named by a trailing "in" phrase ("in a new county poll").
_POLL_NOUNS = frozenset({"poll", "survey", "average"})


def _named_poll(prep: Token) -> Optional[Token]:
    """The noun of "in a new Gallup poll", "in the survey released Monday":
    one poll with a determiner and a word that singles it out (a name, an
    adjective, a participle), not the polls in general ("in the polls",
    "in polls")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lower_ not in _POLL_NOUNS:
        return None
    if not any(c.dep_ == "det" for c in pobj.children):
        return None
    if not any(t.i != pobj.i and (t.dep_ in ("compound", "amod", "nmod", "acl", "poss") or t.tag_ == "NNP") for t in pobj.subtree):
        return None
    return pobj


def _trailing_poll_phrases(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``Ames led Cole by nine points in a new county poll``: an "in"
    phrase naming one poll after the clause it measures frames that clause
    (from its subject to the phrase) as the poll's finding. (A fronted one
    is :func:`noun_cue_rules`'; "in the polls" in general is no report.)"""
    for tok in ctx.tokens_where(doc, lower="in"):
        if tok.dep_ != "prep" or tok.i == tok.sent.start:
            continue
        pobj = _named_poll(tok)
        if pobj is None or ctx.quote_at(tok.idx) is not None:
            continue
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i > tok.i or is_cue_verb(verb, ctx) or not _is_full_clause(verb):
            continue
        subj = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass"))
        if subj.i > tok.i:
            continue
        toks = trim([t for t in doc[subj.left_edge.i : tok.i]])
        if len(toks) < 3:
            continue
        yield Candidate(
            content=span_chars(toks),
            cue=(tok.idx, tok.idx + len(tok.text)),
            cue_token=tok,
            source_token=pobj,
            source_span=doc[pobj.left_edge.i : pobj.right_edge.i + 1],
            rule="noun_cue",
            confidence=0.5,
            cue_lemma=pobj.lemma_.lower(),
            cue_category="finding",
        )


def stance_phrase_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The mayor is in favour of the toll``, ``Cole spoke out in support
    of the ferry``, ``the unions are against the plan``, ``the party lined
    up behind Ames``: a stance phrase (:data:`quotegraph.lexicon.STANCE_PHRASES`)
    or preposition (:data:`quotegraph.lexicon.STANCE_PREPOSITIONS`) on a
    verb; the content is what the preposition governs, the source the verb's
    subject."""
    if "belief" not in ctx.categories:
        return
    prepositions = {prep for _, prep in lexicon.STANCE_PREPOSITIONS}
    for tok in ctx.tokens_where(doc, lower=lexicon.STANCE_PHRASES.keys() | prepositions):
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.dep_ == "prep" and tok.lower_ in lexicon.STANCE_PHRASES:
            verb = tok.head.head  # "voted in favour of"
            prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == lexicon.STANCE_PHRASES[tok.lower_]), None)
            start = tok.head
        elif tok.dep_ == "prep" and (tok.head.lemma_.lower(), tok.lower_) in lexicon.STANCE_PREPOSITIONS:
            verb, prep, start = tok.head, tok, tok.head  # "are against"
        else:
            continue
        if prep is None or prep.right_edge.i == prep.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        source = subject_of(verb)
        if source is None or prep is tok and source.lower_ in ("it", "there", "this", "that") or not _reported_belief(tok, source, ctx):
            continue  # "it is against the rules" states no stance
        toks = _prep_object(prep)
        if toks:
            yield Candidate(content=span_chars(toks), cue=(start.idx, prep.idx + len(prep.text)), cue_token=tok,
                            source_token=source, rule="stance_phrase", confidence=0.45, cue_lemma=tok.lower_,
                            cue_category="belief")  # fmt: skip


def hope_phrase_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``Ames wrote to the board in the hope that it would act``, ``the crews
    marched in hopes of saving the pier``: "in (the) hope(s)" on a verb
    with a that-clause or an "of" phrase says what the verb's subject hopes
    for (a belief; the content is the clause or the "of" phrase)."""
    if "belief" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma="hope"):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != "hope" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
            continue
        verb = tok.head.head
        source = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        if source is None or source.lower_ in _NON_PERSONAL_SUBJECTS or ctx.quote_at(tok.idx) is not None:
            continue
        toks: list[Token] = []
        for c in tok.rights:
            if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and (_opens_with_that(c) or _bare_clause(c)):
                toks = trim(contiguous(clause_tokens(c, ctx=ctx)))
            elif c.dep_ == "prep" and c.lower_ == "of" and c.right_edge.i > c.i:
                toks = _prep_object(c)
            if toks:
                break
        if len(toks) >= 2:
            yield Candidate(content=span_chars(toks), cue=(tok.head.idx, tok.idx + len(tok.text)), cue_token=tok,
                            source_token=source, rule="hope_phrase", confidence=0.4, cue_lemma="hope",
                            cue_category="belief")  # fmt: skip


def perspective_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``To Ames, the ferry is a lifeline``, ``to many islanders, the toll
    seems unfair``: a sentence-initial "to" phrase naming people, then a
    comma, frames the main clause as their view (a fronted "for" phrase far
    more often gives a purpose or a time: "For years, ...")."""
    if "belief" not in ctx.categories:
        return
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if first is None or first.lower_ != "to" or first.dep_ not in ("prep", "dative"):
            continue
        pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
        if pobj is None or not (pobj.pos_ in ("PROPN", "PRON") or pobj.tag_ == "NNS") or pobj.lower_ in _NOT_PEOPLE:
            continue
        end = first.right_edge.i
        main = first.head
        if end + 1 >= sent.end or doc[end + 1].text != "," or main.i == first.i or is_cue_verb(main, ctx):
            continue  # "To the mayor, Ames said ...": the verb rule has it
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in main.children):
            continue
        toks = trim([t for t in sent if t.i > end + 1])
        if len(toks) >= 3:
            yield Candidate(content=span_chars(toks), cue=(first.idx, first.idx + len(first.text)), cue_token=first,
                            source_token=pobj, source_span=doc[pobj.left_edge.i : pobj.right_edge.i + 1],
                            rule="perspective", confidence=0.5, cue_lemma="to", cue_category="belief")  # fmt: skip


#: Possessors of a view phrase that name the writer, or inside a quotation
#: the speaker, whose own view it is ("in my view", "in our judgment").
_WRITER_POSSESSIVES = frozenset({"my", "our"})
#: Nouns of a held view in a phrase that frames a clause: "in her view",
#: "from his point of view" (keyed by the preposition).
_VIEW_PHRASE_NOUNS = {"in": frozenset({"view", "opinion", "estimation", "judgment", "judgement"}),
                      "from": frozenset({"perspective", "standpoint", "point"})}  # fmt: skip


def view_phrase_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The pier, in Ames's view, is beyond repair``, ``the fares are too
    high, in her opinion``, ``From Cole's point of view, the toll is fair``:
    a view phrase with a possessor frames the clause it hangs on as that
    person's view. (A sentence-initial "in" phrase is
    :func:`noun_cue_rules`'.)"""
    if "belief" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lower=_VIEW_PHRASE_NOUNS):
        nouns = _VIEW_PHRASE_NOUNS.get(tok.lower_) if tok.dep_ == "prep" else None
        if nouns is None:
            continue
        verb = tok.head
        if verb.dep_ in ("nsubj", "nsubjpass") and verb.i < tok.i:
            verb = verb.head  # "The pier, in Ames's view, is ...": hung on the subject
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ROOT", "relcl") or is_cue_verb(verb, ctx):
            continue  # a clause of its own, not a report's ("..., in his view, Ames added")
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in nouns:
            continue
        preps = [c for c in pobj.children if c.dep_ == "prep"]
        if pobj.lower_ == "point":
            if not any(c.lower_ == "of" and any(g.lower_ == "view" for g in c.children) for c in preps):
                continue  # "from his point of view", not "from that point on"
        elif preps:
            continue  # "differ in their views on the plan": in respect of, no frame
        source = next((c for c in pobj.children if c.dep_ == "poss"), None)
        if source is None or source.lower_ in _WRITER_POSSESSIVES:
            continue  # "in my view", "in our judgment": the writer's own, or the speaker's inside a quotation
        first = next((t for t in tok.sent if not t.is_punct and not t.is_space), None)
        if tok.lower_ == "in" and first is not None and first.i == tok.i:
            continue  # "In Ames's view, ...": noun_cue_rules
        toks = clause_tokens(verb, exclude=tok, ctx=ctx)
        if all(t.is_punct for t in toks if t.i > tok.i):
            toks = [t for t in toks if t.i < tok.i]  # "..., in her opinion."
        toks = trim(contiguous([t for t in toks if not t.is_punct]))
        if len(toks) >= 3:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, pobj.right_edge.idx + len(pobj.right_edge.text)), cue_token=tok,
                            source_token=source, rule="view_phrase", confidence=0.6, cue_lemma=pobj.lemma_.lower(),
                            cue_category="belief")  # fmt: skip


#: Heads of a fronted "to" phrase that name no one ("To this day, ...";
#: the rules read no named entities, see :func:`quotegraph.extract.find_candidates`).
_NOT_PEOPLE = frozenset("this that these those it date days".split()) | _TIME_WORDS
